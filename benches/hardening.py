"""Memory and worst-case time: the loaded analyzer's RSS, RSS while streaming text
through the batch API, and adversarial inputs against ordinary text of the same size.

Usage (inside an environment with slant; `benches/run` runs it):

    python benches/hardening.py [--shared ../shared] [--stream-mb 1000] [--size-mb 10]

- Loaded analyzer: RSS of a fresh process after importing slant and using every
  embedded table and model once (splitter, gazetteer, tagger, incidents, attitude),
  then after pandas is imported for DataFrame results.
- Streaming: `--stream-mb` of real sentences (UD GUM, EWT, SCO, resampled) split in
  batches of 2,000 documents, and a tenth of it tagged for entities, with the RSS
  after each tenth. Flat means the last reading is close to the first.
- Adversarial: 10 MB of dots, of quote marks, of capitalised words, of nested
  brackets, and one 50 MB line without a space, each timed for sentences and entities
  against ordinary news text of the same size; the ratio must stay under 2.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine  # noqa: E402

LOADED = """
import slant
from slant._slant import analyze_corpus

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

slant.split_sentences("One. Two.")
slant.tag_entities("Pakistani troops left Quetta on May 2, 2025.")
slant.attitude("Critics condemned the minister.", 22, 30)
analyze_corpus(["A bomb attack in Quetta killed 9 people.", "Talks in Geneva."], [None, None])
core = rss()
slant.Corpus({"a": "A bomb attack in Quetta killed 9 people.", "b": "Talks in Geneva."}).stance()
print(core, rss())
"""


def rss_mb() -> float:
    """Current resident set size (not the peak), from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pool(shared: Path) -> list[str]:
    import slant

    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "sco-2025").glob("*.txt"))]
    for name in ("ud_gum_dev_sentences.jsonl", "ud_ewt_dev_sentences.jsonl"):
        with (shared / "data" / name).open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return [s.text for t in texts for s in slant.split_sentences(t) if len(s.text) > 20]


def ordinary(sentences: list[str], size: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    parts, n = [], 0
    while n < size:
        s = rng.choice(sentences)
        parts.append(s)
        n += len(s) + 1
    return " ".join(parts)[:size]


def adversarial(size: int) -> dict[str, str]:
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "dots": fill("."),
        "quote marks": fill('"“”\''),
        "capitalised words": fill("Foo Bar Baz Qux "),
        "nested brackets, 2 × size": fill("(") + fill(")"),
        "one line, no space, 5 × size": fill("x") * 5,
    }


def timed(fn, text: str) -> float:
    """Best of three runs, or of those that fit in about a second: a single run of a
    few hundredths of a second moves by half on a shared machine."""
    best, spent, runs = float("inf"), 0.0, 0
    while runs < 3 and (runs == 0 or spent < 1.0):
        gc.collect()
        t0 = time.perf_counter()
        fn(text)
        dt = time.perf_counter() - t0
        best, spent, runs = min(best, dt), spent + dt, runs + 1
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--stream-mb", type=int, default=1000)
    ap.add_argument("--size-mb", type=int, default=10)
    args = ap.parse_args()
    import slant

    print(f"Memory and worst cases, one run on {machine()}")
    print()
    out = subprocess.run([sys.executable, "-c", LOADED], capture_output=True, text=True, check=True).stdout
    core, with_pandas = (float(x) for x in out.split())
    print(
        f"Loaded analyzer (every embedded table and model used once): RSS {core:.0f} MB; "
        f"{with_pandas:.0f} MB once pandas is imported for DataFrame results"
    )
    print()

    sentences = pool(args.shared)
    rng = random.Random(11)
    batch_docs, doc_sentences = 2000, 25

    def batch() -> list[str]:
        return [" ".join(rng.choice(sentences) for _ in range(doc_sentences)) for _ in range(batch_docs)]

    print("| streamed | through | RSS MB |")
    print("|---|---|---|")
    target = args.stream_mb * 1_000_000
    done = tagged = 0
    step = target // 10
    next_report = step
    t0 = time.perf_counter()
    print(f"| 0 MB | start | {rss_mb():.0f} |")
    while done < target:
        texts = batch()
        size = sum(len(t) for t in texts)
        slant.split_sentences_batch(texts, n_threads=2)
        if tagged < target // 10:
            slant.tag_entities_batch(texts, n_threads=2)
            tagged += size
        done += size
        del texts
        if done >= next_report:
            print(f"| {done / 1e6:,.0f} MB | sentences (+ entities on {tagged / 1e6:,.0f} MB) | {rss_mb():.0f} |")
            next_report += step
    print(f"\n{done / 1e6:,.0f} MB in {time.perf_counter() - t0:.1f} s")
    print()

    size = args.size_mb * 1_000_000
    base = ordinary(sentences, size)
    layers = {
        "sentences": slant.split_sentences,
        "entities": slant.tag_entities,
    }
    print(f"| input ({args.size_mb} MB unless named) | layer | seconds | ordinary text, same size | ratio |")
    print("|---|---|---|---|---|")
    for name, text in adversarial(size).items():
        same = base if len(text) == size else ordinary(sentences, len(text))
        for layer, fn in layers.items():
            t_bad = timed(fn, text)
            t_ok = timed(fn, same)
            print(f"| {name} | {layer} | {t_bad:.2f} | {t_ok:.2f} | {t_bad / t_ok:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
