"""Load on a live session: N participants add notes and place dots at once against a real
``mapstudio session serve`` process on 127.0.0.1; prints lost notes, convergence and latency.

    python -m benchmarks.session_load --participants 30 [--notes 10] [--dots 3]

A note's latency is from sending it to the host's acknowledgement, which comes once the note is
an edit on the host's map. "Converged" means every participant's view of the notes and dots
equals the map file the host saved when it was stopped. Exit status 1 when a note is lost, a
view differs, or the 95th percentile is over the budget (100 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mapstudio.core.model import DotVote
from mapstudio.files import read_map, write_map
from mapstudio.resources import resource_path
from mapstudio.session.pageclient import PageClient

CODE = "LOAD2026"
P95_BUDGET_MS = 100.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def participant(
    url: str, name: str, notes: int, dots: int, seed: int, latencies: list[float]
) -> tuple[PageClient, list[str]]:
    rng = random.Random(seed)
    client = PageClient(url, CODE, name)
    assert await client.join(), client.refusal
    cells = [(s, x) for s in client.objects["stages"] for x in client.objects["lanes"]]
    made: list[str] = []
    for n in range(notes):
        await asyncio.sleep(rng.uniform(0, 0.05))  # people do not type in lockstep
        stage, lane = rng.choice(cells)
        answer, seconds = await client.timed(
            {"type": "add_note", "stage": stage, "lane": lane, "text": f"{name}: idea {n}"}
        )
        if answer.get("type") == "ack":
            made.append(answer["id"])
            latencies.append(seconds)
    for card in rng.sample(made, min(dots, len(made))):
        await client.request({"type": "cast_dot", "card": card})
    return client, made


async def load(url: str, participants: int, notes: int, dots: int) -> tuple[list, list, list]:
    latencies: list[float] = []
    results = await asyncio.gather(
        *(participant(url, f"P{i:02d}", notes, dots, i, latencies) for i in range(participants))
    )
    await asyncio.sleep(0.5)  # the last patches on their way
    return [c for c, _ in results], [m for _, m in results], latencies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--notes", type=int, default=10, help="notes per participant")
    parser.add_argument("--dots", type=int, default=3, help="dots per participant")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="mapstudio-load-"))
    path = folder / "workshop.journey.json"
    m = read_map(resource_path("examples", "smartphone-en.journey.json"))
    lanes = [x.id for x in m.lanes if x.kind != "emotions"]
    m.votes.append(DotVote(id="vote-load", title="Load", lanes=lanes, dots_each=max(1, args.dots)))
    write_map(path, m)
    before = len(m.cards)
    port = free_port()
    host = subprocess.Popen(
        [sys.executable, "-m", "mapstudio", "session", "serve", str(path),
         "--port", str(port), "--code", CODE],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert host.stdout is not None
        host.stdout.readline()  # the join code: listening
        started = time.perf_counter()
        clients, made, latencies = asyncio.run(
            load(f"ws://127.0.0.1:{port}/ws", args.participants, args.notes, args.dots)
        )
        elapsed = time.perf_counter() - started
        host.send_signal(signal.SIGINT)
        host.wait(30)
    finally:
        if host.poll() is None:
            host.kill()
    saved = read_map(path)
    on_map = {c.id: (c.stage, c.lane, c.text, c.author) for c in saved.cards}
    acked = [i for ids in made for i in ids]
    lost = sum(1 for i in acked if i not in on_map)
    refused = args.participants * args.notes - len(acked)
    dots = {d.id for d in saved.dots}
    converged = all(c.notes() == on_map and set(c.objects.get("dots", {})) == dots for c in clients)
    ms = sorted(s * 1000 for s in latencies)
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)] if ms else float("nan")
    print(f"participants: {args.participants}, notes each: {args.notes}, dots each: {args.dots}")
    print(f"notes acknowledged: {len(acked)} (refused: {refused}); on the saved map: "
          f"{len(saved.cards) - before}; dots: {len(dots)}")  # fmt: skip
    print(f"lost notes: {lost}")
    print(f"converged: {'yes' if converged else 'NO'} ({len(clients)} participants' views "
          f"equal to the saved map)")  # fmt: skip
    print(f"note latency to the host's map: p50 {statistics.median(ms):.1f} ms, "
          f"p95 {p95:.1f} ms (budget {P95_BUDGET_MS:.0f}), max {ms[-1]:.1f} ms")  # fmt: skip
    print(f"whole run: {elapsed:.2f} s")
    ok = lost == 0 and refused == 0 and converged and p95 <= P95_BUDGET_MS
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
