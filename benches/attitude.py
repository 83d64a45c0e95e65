"""Attitude toward a target: slant against VADER, side by side in one run.

Usage (inside an environment that has slant and vaderSentiment; `benches/run` makes one):

    python benches/attitude.py [--shared ../shared] [--seconds 2.0]

Scores: NewsMTSC dev_rw (real-world) and dev_mt (multi-target), macro-F1 and
accuracy over negative/neutral/positive. VADER has no notion of a target, so it reads
the whole sentence ("vader-sentence") or the target with 10 whitespace tokens on each
side ("vader-window"); its compound score maps to a label with its usual thresholds
(>= 0.05 positive, <= -0.05 negative). Speed: sentences per second on one thread
through each tool's API (slant.attitude per sentence, slant.attitude_batch with one
and two threads, VADER's polarity_scores), Python results included.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import bench_args, best_time, machine, print_thread_ratio, thread_times  # noqa: E402

TOOLS = ["slant", "slant-batch", "vader-sentence", "vader-window"]
SETS = ("dev_rw", "dev_mt")
Row = tuple[str, int, int]


def read(shared: Path, name: str) -> tuple[list[Row], list[str]]:
    rows, gold = [], []
    with (shared / "data" / "newsmtsc" / f"{name}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                rows.append((r["sentence"], r["from"], r["to"]))
                gold.append(r["polarity"])
    return rows, gold


def window(sentence: str, start: int, end: int, k: int = 10) -> str:
    left = sentence[:start].split()[-k:]
    right = sentence[end:].split()[:k]
    return " ".join([*left, sentence[start:end], *right])


def make(tool: str):
    """A function list[Row] -> list[label] through the tool's API."""
    if tool == "slant":
        import slant

        return lambda rows: [slant.attitude(s, a, b).label for s, a, b in rows]
    if tool == "slant-batch":
        import slant

        def run(rows, n=2):
            found = slant.attitude_batch([s for s, _, _ in rows], [[(a, b)] for _, a, b in rows], n_threads=n)
            return [f[0].label for f in found]

        return run
    if tool.startswith("vader"):
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        vader = SentimentIntensityAnalyzer()

        def label(text: str) -> str:
            c = vader.polarity_scores(text)["compound"]
            return "positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral"

        if tool == "vader-sentence":
            return lambda rows: [label(s) for s, _, _ in rows]
        return lambda rows: [label(window(s, a, b)) for s, a, b in rows]
    raise SystemExit(f"unknown tool {tool}")


def scores(gold: list[str], pred: list[str]) -> tuple[float, float]:
    f1 = 0.0
    for k in ("negative", "neutral", "positive"):
        tp = sum(g == p == k for g, p in zip(gold, pred))
        p = tp / max(1, sum(x == k for x in pred))
        r = tp / max(1, sum(x == k for x in gold))
        f1 += 2 * p * r / (p + r) if p + r else 0.0
    acc = sum(g == p for g, p in zip(gold, pred)) / max(1, len(gold))
    return f1 / 3, acc


def child(tool: str, shared: Path, seconds: float) -> dict:
    run = make(tool)
    result: dict = {}
    everything: list[Row] = []
    for name in SETS:
        rows, gold = read(shared, name)
        result[name] = scores(gold, run(rows))
        everything += rows
    # Time on the sentences as strings the tool has not seen (fresh copies each round).
    texts = [s for s, _, _ in everything]
    spans = [(a, b) for _, a, b in everything]
    if tool == "slant-batch":
        import slant

        # The batch API alone, on a batch four times larger so that threads have work
        # to share; the targets are built once, outside the timing.
        texts, targets = texts * 4, [[span] for span in spans] * 4
        times = thread_times(lambda ts, n: slant.attitude_batch(ts, targets, n_threads=n), texts, seconds)
        result["threads"] = {n: {"sps": len(texts) / t} for n, t in times.items()}
    else:
        result["sps"] = len(texts) / best_time(lambda ts: run(list(zip(ts, *zip(*spans)))), texts, seconds)
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> int:
    parsed = bench_args(__doc__, TOOLS, 2.0, __file__, child)
    if parsed is None:
        return 0
    _, results = parsed
    print(f"Attitude toward a target on NewsMTSC dev, one run on {machine()}")
    print()
    print("| tool | dev_rw macro-F1 / acc | dev_mt macro-F1 / acc | sentences/s | peak RSS MB |")
    print("|---|---|---|---|---|")
    for tool, r in results.items():
        if "error" in r:
            print(f"| {tool} | error: {r['error']} | | | |")
            continue
        cells = [f"{r[n][0]:.3f} / {r[n][1]:.3f}" for n in SETS]
        print(f"| {tool} | {' | '.join(cells)} | {r['sps']:,.0f} | {r['rss_mb']:.0f} |")
    print_thread_ratio(results, "sps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
