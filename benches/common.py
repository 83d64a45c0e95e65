"""Helpers shared by the benchmarks: timing with fresh strings, and the machine line."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable


def fresh(texts: list[str]) -> list[str]:
    # New str objects each round: CPython caches a str's UTF-8 form, and a reused
    # string would let a tool skip that conversion after the first round.
    return [(" " + t)[1:] for t in texts]


def throughput(run, texts: list[str], seconds: float) -> float:
    """MB/s (UTF-8 bytes) of the best round; rounds repeat until `seconds` have passed."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    return size / best_time(run, texts, seconds) / 1e6


def best_time(run, texts: list[str], seconds: float) -> float:
    """Seconds of the fastest call of `run` on fresh copies of `texts`."""
    best = float("inf")
    spent = 0.0
    rounds = 0
    while spent < seconds or rounds < 2:
        batch = fresh(texts)
        t0 = time.perf_counter()
        out = run(batch)
        dt = time.perf_counter() - t0
        # Freeing the results is not part of producing them; the user keeps them.
        del out
        best = min(best, dt)
        spent += dt
        rounds += 1
        if dt > seconds and rounds >= 1:
            break
    return best


def thread_times(run, texts: list[str], seconds: float, threads=(1, 2), per_turn: int = 5) -> dict[int, float]:
    """Best seconds of `run(batch, n)` for each thread count n. The counts take turns
    of `per_turn` rounds, so that a slow spell of a shared machine falls on all of
    them alike instead of skewing their ratio; within a turn the first round wakes
    cores that sat idle during the other count's turn (on this VM an idle core runs
    the next few milliseconds of work up to a fifth slower), and the best round is kept."""
    best = {n: float("inf") for n in threads}
    spent = 0.0
    turns = 0
    while spent < seconds * len(threads) or turns < 3:
        for n in threads:
            for _ in range(per_turn):
                batch = fresh(texts)
                t0 = time.perf_counter()
                out = run(batch, n)
                dt = time.perf_counter() - t0
                del out
                best[n] = min(best[n], dt)
                spent += dt
        turns += 1
    return best


def print_thread_ratio(results: dict[str, dict], key: str) -> None:
    """The line that compares the batch API on two threads with one thread."""
    one, two = results.get("slant-batch-1", {}).get(key), results.get("slant-batch-2", {}).get(key)
    if one and two:
        print(f"\n2 threads / 1 thread (batch API, in turns of 5 rounds): {two / one:.2f}x")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def run_children(script: str, tools: list[str], extra: list[str]) -> dict[str, dict]:
    """Measure each tool in a child process of `script` (so that its peak memory is its
    own); a child prints its result as one JSON line."""
    results: dict[str, dict] = {}
    for tool in tools:
        done = subprocess.run(
            [sys.executable, script, "--child", tool, *extra],
            capture_output=True,
            text=True,
            env={**os.environ, "SLANT_NUM_THREADS": "2"},
        )
        if done.returncode != 0:
            results[tool] = {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
        else:
            result = json.loads(done.stdout.strip().splitlines()[-1])
            # A child that measured several thread counts gives one row per count.
            for n, own in result.pop("threads", {}).items():
                results[f"{tool}-{n}"] = {**result, **own}
            if not any(t.startswith(f"{tool}-") for t in results):
                results[tool] = result
        print(f"measured {tool}", file=sys.stderr)
    return results


def bench_args(doc: str, tools: list[str], seconds: float, script: str, child: Callable[..., dict]) -> Any:
    """The command line every peer benchmark shares. As a child (--child TOOL) it prints
    that tool's measurements and returns None; otherwise it measures every tool in its
    own process and returns (args, results)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(script).resolve().parents[2] / "shared")
    ap.add_argument("--seconds", type=float, default=seconds, help="time spent per speed measurement")
    ap.add_argument("--tools", default=",".join(tools))
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.shared, args.seconds)))
        return None
    extra = ["--shared", str(args.shared), "--seconds", str(args.seconds)]
    return args, run_children(script, args.tools.split(","), extra)
