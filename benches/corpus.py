"""End to end: a corpus of many articles through slant.Corpus (entities, incidents,
coverage), timed, with peak memory.

Usage (inside an environment with slant; `benches/run` runs it):

    python benches/corpus.py [--shared ../shared] [--articles 10000]

The articles are built by resampling real sentences (the SCO articles and the UD
English GUM and EWT texts) with a fixed seed: each takes a source name, a story and
12 to 30 sentences, so incidents recur across sources as they do in news.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine  # noqa: E402


def sentences(shared: Path) -> list[str]:
    import slant

    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "sco-2025").glob("*.txt"))]
    for name in ("ud_gum_dev_sentences.jsonl", "ud_ewt_dev_sentences.jsonl"):
        with (shared / "data" / name).open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    out = []
    for t in texts:
        out += [s.text for s in slant.split_sentences(t) if len(s.text) > 20]
    return out


def build(pool: list[str], n: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [
        (f"source-{i:05d}", " ".join(rng.choice(pool) for _ in range(rng.randint(12, 30))))
        for i in range(n)
    ]


def measure(shared: Path, articles: int, threads: int) -> dict:
    import slant

    docs = build(sentences(shared), articles)
    size = sum(len(t.encode("utf-8")) for _, t in docs)
    t0 = time.perf_counter()
    corpus = slant.Corpus(docs, n_threads=threads)
    cov = corpus.coverage()
    secs = time.perf_counter() - t0
    return {
        "articles": len(docs),
        "mb": size / 1e6,
        "seconds": secs,
        "incidents": len(corpus.incidents()),
        "rows": len(cov),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--threads", default="1,2", help="thread counts, each run in its own process")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.shared, args.articles, args.child)))
        return 0

    runs = {}
    for n in [int(x) for x in args.threads.split(",")]:
        # Its own process, so that each peak RSS is its own.
        done = subprocess.run(
            [sys.executable, __file__, "--shared", str(args.shared), "--articles", str(args.articles), "--child", str(n)],
            capture_output=True,
            text=True,
            check=True,
        )
        runs[n] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"Corpus end to end, one run on {machine()}")
    print()
    print("| articles | MB | threads | seconds | articles/s | MB/s | incidents | coverage rows | peak RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n, r in runs.items():
        print(
            f"| {r['articles']:,} | {r['mb']:.1f} | {n} | {r['seconds']:.1f} | {r['articles'] / r['seconds']:,.0f} | "
            f"{r['mb'] / r['seconds']:.2f} | {r['incidents']:,} | {r['rows']:,} | {r['rss_mb']:.0f} |"
        )
    if 1 in runs and 2 in runs:
        print(f"\n2 threads / 1 thread (end to end): {runs[1]['seconds'] / runs[2]['seconds']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
