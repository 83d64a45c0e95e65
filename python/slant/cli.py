"""The ``slant`` command line."""

from __future__ import annotations

import argparse
import sys
from importlib import resources

from slant._slant import Gazetteer, __version__, split_sentences, tag_entities


def demo_texts() -> dict[str, str]:
    """The embedded demo corpus: {source: text}, written for slant (fictional events)."""
    folder = resources.files("slant") / "demo"
    return {
        entry.name.removesuffix(".txt"): entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".txt")
    }


def demo_gazetteer() -> Gazetteer:
    """The demo corpus's invented places and bodies, merged over slant's gazetteer."""
    source = resources.files("slant") / "demo" / "gazetteer.json"
    return Gazetteer.from_json(source.read_text(encoding="utf-8"))


def _demo(args: argparse.Namespace) -> int:
    from slant.corpus import Corpus

    texts = demo_texts()
    gazetteer = demo_gazetteer()
    corpus = Corpus(texts, gazetteer=gazetteer)
    sources = corpus.sources
    coverage = corpus.coverage()
    print("Which source mentions which incident (x = mentioned, . = left out)")
    print()
    width = max(len(n) for n in coverage["name"]) if len(coverage) else 10
    print(" " * width + "  " + "  ".join(f"{s:>14}" for s in sources))
    for name, rows in coverage.groupby("name", sort=False):
        marks = {r.source: ("x" if r.mentioned else ".") for r in rows.itertuples()}
        print(f"{name:<{width}}  " + "  ".join(f"{marks[s]:>14}" for s in sources))
    print()
    for source in sources:
        missing = corpus.omissions(source)
        for row in missing.itertuples():
            said = coverage[(coverage["name"] == row.name) & coverage["mentioned"]]
            phrases = ", ".join(f"{r.source}: {r.label!r}" for r in said.itertuples())
            print(f"{source} leaves out {row.name} ({phrases})")
    print()
    for source, text in texts.items():
        sentences = split_sentences(text)
        print(f"== {source}: {len(sentences)} sentences")
        for i, s in enumerate(sentences):
            print(f"{i:3d} [{s.start:5d}:{s.end:5d}] {s.text}")
        print()
        entities = tag_entities(text, gazetteer=gazetteer)
        print(f"-- {source}: {len(entities)} entities")
        for e in entities:
            detail = f" = {e.value}" if e.value is not None and str(e.value) != e.canonical else ""
            role = f" ({e.role})" if e.role else ""
            print(f"    {e.label:<8} {e.text!r:<36} -> {e.canonical} [{e.id}]{detail}{role}")
        print()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the ``slant`` command; returns the exit code."""
    parser = argparse.ArgumentParser(prog="slant", description="How different news sources tell the same story.")
    parser.add_argument("--version", action="version", version=f"slant {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="analyse the embedded demo corpus")
    demo.set_defaults(run=_demo)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except BrokenPipeError:  # e.g. `slant demo | head`
        sys.stderr.close()
        return 0
