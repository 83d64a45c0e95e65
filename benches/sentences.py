"""Sentence splitting: slant against its peers, measured side by side in one run.

Usage (inside an environment that has slant and the peers; `benches/run` makes one):

    python benches/sentences.py [--shared ../shared] [--seconds 1.0]

Each tool runs in its own child process so that its peak memory is its own. For each
tool the table gives: Golden Rules passed (of 48), boundary F1 on UD GUM and EWT dev
(a boundary is a sentence end moved left over whitespace, without 0 and the text end),
single-thread MB/s through the tool's own Python API with its Python results built,
and the child's peak RSS. slant also reports its batch API on 1 and 2 threads.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import bench_args, machine, print_thread_ratio, thread_times, throughput  # noqa: E402

TOOLS = ["slant", "slant-batch", "pysbd", "blingfire", "syntok", "sentencex", "spacy-sentencizer"]


def load(shared: Path):
    def jsonl(name):
        with (shared / "data" / name).open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]

    rules = jsonl("golden_rules_en.jsonl")
    gum = jsonl("ud_gum_dev_sentences.jsonl")
    ewt = jsonl("ud_ewt_dev_sentences.jsonl")
    news = [p.read_text(encoding="utf-8") for p in sorted((shared / "corpus" / "sco-2025").glob("*.txt"))]
    return rules, gum, ewt, news


def make_splitter(tool: str):
    """A function text -> list[str] through the tool's own Python API."""
    if tool == "slant":
        import slant

        return lambda t: [s.text for s in slant.split_sentences(t)]
    if tool == "pysbd":
        import pysbd

        seg = pysbd.Segmenter(language="en", clean=False)
        return seg.segment
    if tool == "blingfire":
        import blingfire

        return lambda t: blingfire.text_to_sentences(t).split("\n")
    if tool == "syntok":
        import syntok.segmenter as segmenter

        def split(t):
            out = []
            for paragraph in segmenter.analyze(t):
                for sentence in paragraph:
                    out.append("".join(tok.spacing + tok.value for tok in sentence).strip())
            return out

        return split
    if tool == "sentencex":
        from sentencex import segment

        return lambda t: list(segment("en", t))
    if tool == "spacy-sentencizer":
        import spacy

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.max_length = 10**8
        return lambda t: [s.text for s in nlp(t).sents]
    raise SystemExit(f"unknown tool {tool}")


def boundaries_from_strings(text: str, sentences: list[str]) -> set[int]:
    """Map each sentence's end onto the text by counting non-space characters, which
    every tool keeps even when it rewrites whitespace."""
    positions = [i for i, c in enumerate(text) if not c.isspace()]
    ends, seen = set(), 0
    for s in sentences:
        seen += sum(1 for c in s if not c.isspace())
        if 0 < seen <= len(positions):
            ends.add(positions[seen - 1] + 1)
    last = len(text.rstrip())
    return {e for e in ends if 0 < e < last}


def gold_boundaries(doc) -> set[int]:
    text = doc["text"]
    last = len(text.rstrip())
    out = set()
    for _, e in doc["sentences"]:
        e = len(text[:e].rstrip())
        if 0 < e < last:
            out.add(e)
    return out


def f1(split, docs) -> float:
    tp = fp = fn = 0
    for doc in docs:
        gold = gold_boundaries(doc)
        pred = boundaries_from_strings(doc["text"], split(doc["text"]))
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p = tp / max(tp + fp, 1)
    r = tp / max(tp + fn, 1)
    return 2 * p * r / max(p + r, 1e-9)


def child(tool: str, shared: Path, seconds: float) -> dict:
    rules, gum, ewt, news = load(shared)
    speed_texts = [d["text"] for d in gum + ewt] + news
    if tool == "slant-batch":
        import slant

        # The batch API is measured on a larger corpus so that threads have work to share.
        big = speed_texts * 8
        size = sum(len(t.encode("utf-8")) for t in big)
        times = thread_times(lambda b, n: slant.split_sentences_batch(b, n_threads=n), big, seconds)
        result = {"threads": {n: {"mbs": size / t / 1e6} for n, t in times.items()}}
    else:
        split = make_splitter(tool)
        passed = sum(
            [s.strip() for s in split(r["text"]) if s.strip()] == r["sentences"] for r in rules
        )
        result = {
            "golden": passed,
            "gum": f1(split, gum),
            "ewt": f1(split, ewt),
            "mbs": throughput(lambda b: [split(t) for t in b], speed_texts, seconds),
        }
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> int:
    parsed = bench_args(__doc__, TOOLS, 1.0, __file__, child)
    if parsed is None:
        return 0
    _, results = parsed

    print(f"Sentence splitting, one run on {machine()}")
    print()
    print("| tool | Golden Rules | GUM dev F1 | EWT dev F1 | MB/s (1 thread) | peak RSS MB |")
    print("|---|---|---|---|---|---|")
    for tool, r in results.items():
        if "error" in r:
            print(f"| {tool} | error: {r['error']} | | | | |")
        elif "golden" in r:
            print(
                f"| {tool} | {r['golden']}/48 | {r['gum']:.3f} | {r['ewt']:.3f} | {r['mbs']:.2f} | {r['rss_mb']:.0f} |"
            )
    batch = {t: r for t, r in results.items() if t.startswith("slant-batch") and "mbs" in r}
    if batch:
        print()
        print("| slant batch API | MB/s | peak RSS MB |")
        print("|---|---|---|")
        for tool, r in batch.items():
            print(f"| {tool.rsplit('-', 1)[1]} thread(s) | {r['mbs']:.1f} | {r['rss_mb']:.0f} |")
        print_thread_ratio(batch, "mbs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
