"""SIGKILL `mapstudio format` at random moments, many times: the map file is always complete.

Each run rewrites a compact (non-canonical) map of about 1 MB in canonical form through the
atomic writer. Half of the kills fall at a uniformly random moment of the run (start-up,
reading, validating, writing); the other half are aimed at the write itself: once the writer's
temporary file appears, the kill comes after a random part of the measured write time. Two
runs go at once, one per core.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from benchmarks.generate import build_map

from mapstudio.files import dump_map, read_map, write_atomic

KILLS = 100  # in all, over two workers
ROOT = Path(__file__).resolve().parents[2]


def start_format(path: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "mapstudio", "format", str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def temp_files(folder: Path) -> list[str]:
    return [n for n in os.listdir(folder) if n.endswith(".tmp")]


def wait_for_temp(proc: subprocess.Popen, folder: Path) -> float | None:
    """Poll until the writer's temporary file appears; the time it did, or None."""
    while proc.poll() is None:
        if temp_files(folder):
            return time.monotonic()
        time.sleep(0.001)
    return None


def calibrate(folder: Path, compact: bytes) -> tuple[float, float]:
    """(whole run, temporary file's life) durations of one uninterrupted run."""
    target = folder / "BIG.json"
    write_atomic(target, compact)
    start = time.monotonic()
    proc = start_format(target)
    seen = wait_for_temp(proc, folder) or time.monotonic()
    while temp_files(folder):
        time.sleep(0.0002)
    gone = time.monotonic()
    proc.wait()
    end = time.monotonic()
    assert proc.returncode == 0 and target.read_bytes() != compact  # it really rewrote it
    return end - start, max(0.001, gone - seen)


def worker(folder: Path, compact: bytes, canonical: bytes, kills: int, seed: int) -> dict:
    rng = random.Random(seed)
    run_time, write_time = calibrate(folder, compact)
    print(f"run {run_time:.3f} s, temporary file lives {write_time * 1000:.1f} ms")
    target = folder / "BIG.json"
    stats = {"kills": 0, "during_write": 0, "finished": 0, "old": 0, "new": 0}
    while stats["kills"] < kills:
        if target.read_bytes() != compact:
            write_atomic(target, compact)
        started = time.monotonic()
        proc = start_format(target)
        aimed = rng.random() < 0.5
        if not aimed:
            time.sleep(rng.uniform(0, run_time * 0.9))
        else:
            wait_for_temp(proc, folder)
            time.sleep(rng.uniform(0, write_time))
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            stats["kills"] += 1
        left = temp_files(folder) if killed else []  # a killed writer leaves its temp file
        stats["during_write"] += bool(left)
        for name in left:
            os.unlink(folder / name)
        if aimed:  # keep aiming inside the write as the machine's speed changes
            write_time = min(0.05, max(0.0005, write_time * (1.1 if left else 0.8)))
        if not killed:
            stats["finished"] += 1
            run_time = 0.5 * run_time + 0.5 * (time.monotonic() - started)
        # The file is always a complete, valid map: the old bytes or the new, nothing between.
        data = target.read_bytes()
        assert data in (compact, canonical), f"damaged file after kill {stats['kills']}"
        assert dump_map(read_map(target)) == canonical
        stats["old" if data == compact else "new"] += 1
    return stats


@pytest.mark.slow
def test_sigkill_during_format_never_leaves_a_damaged_file(tmp_path):
    m = build_map(cards=2000, stages=10, personas=3, seed=7)
    canonical = dump_map(m)
    compact = json.dumps(json.loads(canonical), ensure_ascii=False).encode("utf-8")
    assert len(compact) > 700_000
    folders = [tmp_path / "a", tmp_path / "b"]
    for f in folders:
        f.mkdir()
    with ThreadPoolExecutor(2) as pool:
        jobs = [
            pool.submit(worker, f, compact, canonical, KILLS // 2, seed)
            for seed, f in enumerate(folders)
        ]
        results = [j.result() for j in jobs]
    total = {k: sum(r[k] for r in results) for k in results[0]}
    print("kill test:", total)
    assert total["kills"] >= KILLS
    assert total["during_write"] >= 10  # the write itself was really hit
