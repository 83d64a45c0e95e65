"""The ``slant`` command line."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slant._slant import Catalogue, Gazetteer, __version__, split_sentences, tag_entities
from slant.errors import SlantError

if TYPE_CHECKING:
    from slant.corpus import Corpus


class UsageError(Exception):
    """A problem with the command line's inputs, reported on stderr."""


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


# Column headings of the text table longer than this are shortened (file stems of
# scraped articles run to a hundred characters).
COLUMN_WIDTH = 16


def column_names(sources: list[str], limit: int = COLUMN_WIDTH) -> list[str]:
    """Headings for the sources' columns: each name, or its first ``limit`` - 1
    characters and "…" when it is longer; numbers ("#1", "#2", ...) when shortening
    would make two alike.

    >>> column_names(["wire", "2025-06-27-india-refuses-to-sign-sco-statement"])
    ['wire', '2025-06-27-indi…']
    >>> column_names(["a-very-long-name-one", "a-very-long-name-two"])
    ['#1', '#2']
    """
    short = [s if len(s) <= limit else s[: limit - 1] + "…" for s in sources]
    if len(set(short)) < len(short):
        return [f"#{i}" for i in range(1, len(sources) + 1)]
    return short


def coverage_text(corpus: Corpus) -> str:
    """The coverage matrix and the omissions as plain text."""
    sources = corpus.sources
    coverage = corpus.coverage()
    several = len(set(corpus.stories)) > 1
    key = "x = mentioned, . = left out" + (", blank = tells another story" if several else "")
    lines = [f"Which source mentions which incident ({key})", ""]
    width = max((len(n) for n in coverage["name"]), default=10)
    heads = column_names(sources)
    col = max(3, *(len(h) for h in heads)) if heads else 3
    lines.append(" " * width + "  " + "  ".join(f"{h:>{col}}" for h in heads))
    for name, rows in coverage.groupby("name", sort=False):
        marks = {r.source: ("x" if r.mentioned else ".") for r in rows.itertuples()}
        lines.append(f"{name:<{width}}  " + "  ".join(f"{marks.get(s, ' '):>{col}}" for s in sources))
    if heads != sources:
        lines.append("")
        lines.extend(f"{h} = {s}" for h, s in zip(heads, sources) if h != s)
    lines.append("")
    for source in sources:
        for row in corpus.omissions(source).itertuples():
            said = coverage[(coverage["name"] == row.name) & coverage["mentioned"]]
            phrases = ", ".join(f"{r.source}: {r.label!r}" for r in said.itertuples())
            lines.append(f"{source} leaves out {row.name}" + (f" ({phrases})" if phrases else ""))
    return "\n".join(lines) + "\n"


def _demo(args: argparse.Namespace) -> int:
    from slant.corpus import Corpus

    texts = demo_texts()
    gazetteer = demo_gazetteer()
    corpus = Corpus(texts, gazetteer=gazetteer)
    print(coverage_text(corpus))
    out = Path(args.out)
    out.write_text(corpus.to_html(full_page=True), encoding="utf-8")
    print(f"HTML report written to {out}")
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


def read_inputs(paths: list[str]) -> list[tuple[str, str, Any]]:
    """(source, text, date) rows from .txt files (source = file stem) and .jsonl/.csv
    files with ``text`` and ``source`` columns (``date`` optional)."""
    rows: list[tuple[str, str, Any]] = []
    for name in paths:
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"{name}: no such file")
        suffix = path.suffix.lower()
        try:
            content = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(f"{name}: not UTF-8 text (byte {exc.start})") from None
        if suffix == ".txt":
            rows.append((path.stem, content, None))
        elif suffix == ".jsonl":
            for i, line in enumerate(content.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise UsageError(f"{name}:{i}: invalid JSON ({exc.msg} at column {exc.colno})") from None
                rows.append(_record(record, f"{name}:{i}"))
        elif suffix == ".csv":
            for i, record in enumerate(csv.DictReader(io.StringIO(content)), 2):
                rows.append(_record(record, f"{name}:{i}"))
        else:
            raise UsageError(f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .jsonl or .csv")
    if not rows:
        raise UsageError("no documents to compare")
    return rows


def _record(record: Any, where: str) -> tuple[str, str, Any]:
    if not isinstance(record, dict):
        raise UsageError(f"{where}: expected an object with text and source, not {type(record).__name__}")
    for key in ("text", "source"):
        if not isinstance(record.get(key), str) or not record[key]:
            raise UsageError(f"{where}: missing or empty field {key!r}")
    return record["source"], record["text"], record.get("date") or None


def _compare(args: argparse.Namespace) -> int:
    from slant.corpus import Corpus

    rows = read_inputs(args.paths)
    if args.names:
        names = [n.strip() for n in args.names.split(",")]
        if len(names) != len(rows) or not all(names):
            raise UsageError(f"--names gives {len(names)} names for {len(rows)} documents; give one per document")
        rows = [(name, text, date) for name, (_, text, date) in zip(names, rows)]
    catalogue = None
    if args.catalogue:
        path = Path(args.catalogue)
        if not path.is_file():
            raise UsageError(f"{args.catalogue}: no such file")
        reader = Catalogue.from_csv if path.suffix.lower() == ".csv" else Catalogue.from_json
        catalogue = reader(str(path))
    corpus = Corpus(rows, catalogue=catalogue)
    if args.format == "html":
        output = corpus.to_html(full_page=True)
    elif args.format == "json":
        coverage = corpus.coverage()
        output = json.dumps(
            {
                "sources": corpus.sources,
                "incidents": json.loads(corpus.incidents().to_json(orient="records")),
                "coverage": json.loads(coverage.to_json(orient="records")),
                "omissions": {s: list(corpus.omissions(s)["name"]) for s in corpus.sources},
            },
            ensure_ascii=False,
            indent=1,
        )
    elif args.format == "csv":
        output = corpus.coverage().to_csv(index=False)
    else:
        output = coverage_text(corpus)
    if args.out:
        Path(args.out).write_text(output, encoding="utf-8")
        print(f"written to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(output if output.endswith("\n") else output + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the ``slant`` command; returns the exit code."""
    parser = argparse.ArgumentParser(prog="slant", description="How different news sources tell the same story.")
    parser.add_argument("--version", action="version", version=f"slant {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    demo = commands.add_parser("demo", help="analyse the embedded demo corpus and write an HTML report")
    demo.add_argument("--out", default="slant-demo.html", help="where to write the HTML report")
    demo.set_defaults(run=_demo)
    compare = commands.add_parser("compare", help="compare how several sources tell one story")
    compare.add_argument("paths", nargs="+", metavar="PATH", help=".txt (source = file stem), .jsonl or .csv")
    compare.add_argument("--format", choices=["table", "json", "csv", "html"], default="table")
    compare.add_argument("--out", help="write to this file instead of standard output")
    compare.add_argument("--catalogue", help="known incidents, as JSON or CSV records")
    compare.add_argument(
        "--names", help="source names, comma-separated, one per document in order (default: file stems)"
    )
    compare.set_defaults(run=_compare)
    args, extra = parser.parse_known_args(argv)
    if extra:
        # An option the command does not take: say so with that command's usage (exit 2).
        {"demo": demo, "compare": compare}[args.command].error(f"unrecognized arguments: {' '.join(extra)}")
    try:
        return int(args.run(args))
    except BrokenPipeError:  # e.g. `slant demo | head`
        sys.stderr.close()
        return 0
    except (UsageError, SlantError, OSError) as exc:
        print(f"slant {args.command}: {exc}", file=sys.stderr)
        return 1
