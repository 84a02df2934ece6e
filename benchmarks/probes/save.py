"""Saving a map, in one fresh process per side, timed over several repetitions.

MapStudio: ``app.fileops.save_document`` (what File > Save calls). Floor: pydantic's own JSON
dump of the same validated map plus an atomic write with the same durability (temporary file,
fsync, rename, fsync of the folder).

    python -m benchmarks.probes.save --map FILE --dir TMPDIR --reps N

Both sides run in one process, alternating, after one untimed save each.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from benchmarks.probes.common import report, timed_reps


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    from mapstudio.core.model import JourneyMap
    from mapstudio.gui.app.fileops import open_document, save_document

    ours, floor = Path(args.dir) / "saved-mapstudio.json", Path(args.dir) / "saved-floor.json"
    doc = open_document(args.map)
    m = JourneyMap.model_validate_json(Path(args.map).read_bytes())

    def save_ours() -> None:
        save_document(doc, ours)

    def save_floor() -> None:
        atomic_write(floor, m.model_dump_json(indent=2).encode())

    times: dict[str, list[float]] = {"mapstudio": [], "floor": []}
    for _ in range(args.reps):  # alternate, so a busy moment on the machine hits both sides
        times["mapstudio"] += timed_reps(save_ours, 1)
        times["floor"] += timed_reps(save_floor, 1)
    report({**times, "bytes": ours.stat().st_size})


if __name__ == "__main__":
    main()
