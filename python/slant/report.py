"""HTML views of slant's results: one document with its spans marked, and the
comparison of a corpus (coverage matrix, omissions, word choice, voices, stance).

The HTML is self-contained (inline CSS, no scripts), so it renders the same in
Jupyter, in a browser and in a saved file.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from slant.corpus import Corpus, Document

ENTITY_COLOURS = {
    "PERSON": "#fde68a",
    "ORG": "#bfdbfe",
    "GPE": "#bbf7d0",
    "LOC": "#d9f99d",
    "NORP": "#fbcfe8",
    "EVENT": "#fecaca",
    "DATE": "#e5e7eb",
    "CARDINAL": "#e5e7eb",
}
FRAME_COLOURS = {
    "condemning": "#b91c1c",
    "delegitimising": "#9a3412",
    "neutral": "#374151",
    "minimising": "#1d4ed8",
    "legitimising": "#047857",
}

CSS = (
    ".slant{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:14px;"
    "line-height:1.5;color:#111827;max-width:1100px}"
    ".slant h2{font-size:18px;margin:18px 0 6px}.slant h3{font-size:15px;margin:12px 0 4px}"
    ".slant table{border-collapse:collapse;margin:6px 0}"
    ".slant th,.slant td{border:1px solid #d1d5db;padding:3px 8px;text-align:left;vertical-align:top}"
    ".slant th{background:#f3f4f6}"
    ".slant td.yes{background:#dcfce7}.slant td.no{background:#fee2e2;color:#991b1b;text-align:center}"
    ".slant .doc{white-space:pre-wrap;border:1px solid #e5e7eb;padding:8px;border-radius:4px}"
    ".slant .ent{border-radius:3px;padding:0 1px}"
    ".slant .inc{border-bottom:2px solid #dc2626}"
    ".slant .dup,.slant .site{color:#9ca3af}"
    ".slant .lab{font-size:10px;color:#4b5563;margin-left:2px;vertical-align:super}"
    ".slant .bar{display:flex;width:240px;height:14px}"
    ".slant .bar .l,.slant .bar .r{width:120px;display:flex}"
    ".slant .bar .l{justify-content:flex-end;border-right:1px solid #6b7280}"
    ".slant .neg{background:#dc2626}.slant .pos{background:#16a34a}"
    ".slant .muted{color:#6b7280}"
)


def _text(value: Any) -> str:
    """A cell as text: missing values (None, NaN, pandas.NA) are empty."""
    return value if isinstance(value, str) else ""


def page(body: str, title: str) -> str:
    """A whole HTML page around a fragment."""
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<style>{CSS}</style></head><body><div class="slant">{body}</div></body></html>\n'
    )


def fragment(body: str) -> str:
    """A fragment with its style, for Jupyter."""
    return f'<div class="slant"><style>{CSS}</style>{body}</div>'


def marked_text(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """``text`` as HTML with spans (start, end, css classes, hover title) marked.

    Spans may nest or overlap: the text is cut at every span edge, and each piece
    carries the classes and titles of all spans over it.
    """
    spans = [s for s in spans if 0 <= s[0] < s[1] <= len(text)]
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    out: list[str] = []
    starts: dict[int, list[int]] = {}
    for i, s in enumerate(spans):
        starts.setdefault(s[0], []).append(i)
    active: list[int] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [i for i in active if spans[i][1] > a] + starts.get(a, [])
        piece = escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        classes = " ".join(dict.fromkeys(c for i in active for c in spans[i][2].split()))
        titles = " | ".join(dict.fromkeys(spans[i][3] for i in active if spans[i][3]))
        style = ""
        for i in active:
            for c in spans[i][2].split():
                if c.startswith("ent-"):
                    style = f' style="background:{ENTITY_COLOURS.get(c[4:], "#e5e7eb")}"'
        out.append(f'<span class="{classes}"{style} title="{escape(titles)}">{piece}</span>')
    return "".join(out)


def document_body(doc: Document) -> str:
    """One document: entities highlighted by label (canonical name on hover), incident
    mentions underlined, repeated passages and site lines greyed."""
    spans: list[tuple[int, int, str, str]] = []
    for (s, e), dup, site in zip(doc.sentences, doc.repeated, doc.boilerplate):
        if dup:
            spans.append((s, e, "dup", "repeats an earlier passage"))
        elif site is not None:
            spans.append((s, e, "site", f"site line: {site}"))
    for m in doc.mentions:
        spans.append((m["start"], m["end"], "inc", f"incident: {m['name'] or m['type']}"))
    for ent in doc.entities:
        spans.append((ent.start, ent.end, f"ent ent-{ent.label}", f"{ent.label}: {ent.canonical} [{ent.id}]"))
    legend = " ".join(
        f'<span class="ent" style="background:{c}">{label}</span>' for label, c in ENTITY_COLOURS.items()
    )
    return (
        f"<h3>{escape(doc.source)}</h3>"
        f'<div class="muted">{len(doc.sentences)} sentences, {len(doc.entities)} entities, '
        f"{len(doc.mentions)} incident mentions. {legend} "
        f'<span class="inc">incident</span> <span class="dup">repeated or site line</span></div>'
        f'<div class="doc">{marked_text(doc.text, spans)}</div>'
    )


def coverage_table(corpus: Corpus) -> str:
    """The coverage matrix: incidents × sources, the phrase used where mentioned (the
    first sentence on hover), a dash where left out."""
    cov = corpus.coverage()
    sources = corpus.sources
    head = "".join(f"<th>{escape(s)}</th>" for s in sources)
    rows = []
    for name, group in cov.groupby("name", sort=False):
        cells = {r.source: r for r in group.itertuples()}
        tds = []
        for s in sources:
            r = cells.get(s)
            if r is not None and r.mentioned:
                label = escape(_text(r.label)) or "✓"
                evidence = escape(_text(r.evidence))
                tds.append(f'<td class="yes" title="{evidence}">{label} <span class="muted">×{r.mentions}</span></td>')
            elif r is not None:
                tds.append('<td class="no" title="not mentioned">—</td>')
            else:
                tds.append('<td class="other" title="tells another story"></td>')
        rows.append(f"<tr><th>{escape(str(name))}</th>{''.join(tds)}</tr>")
    return (
        '<table class="slant-coverage" id="coverage"><thead><tr><th>incident</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def omissions_list(corpus: Corpus) -> str:
    items = []
    for s in corpus.sources:
        names = list(corpus.omissions(s)["name"])
        if names:
            items.append(f"<li><b>{escape(s)}</b> leaves out {', '.join(escape(n) for n in names)}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else '<p class="muted">No source leaves out an incident.</p>'


def labels_table(corpus: Corpus) -> str:
    """Word choice side by side: per referent, each source's phrases coloured by frame."""
    labels = corpus.labels()
    labels = labels[labels["referent"] != "(general)"]
    if labels.empty:
        return '<p class="muted">No framing phrases found.</p>'
    sources = corpus.sources
    rows = []
    for referent, group in labels.groupby("referent", sort=False):
        tds = []
        for s in sources:
            mine = group[group["source"] == s]
            words = [
                f'<span style="color:{FRAME_COLOURS.get(r.frame, "#111827")}" title="{escape(r.frame)}: '
                f'{escape(r.evidence)}">{escape(r.phrase)}</span>'
                for r in mine.itertuples()
            ]
            tds.append(f"<td>{', '.join(words)}</td>")
        rows.append(f"<tr><th>{escape(referent)}</th>{''.join(tds)}</tr>")
    legend = " ".join(f'<span style="color:{c}">{f}</span>' for f, c in FRAME_COLOURS.items())
    head = "".join(f"<th>{escape(s)}</th>" for s in sources)
    return (
        f'<div class="muted">frames: {legend}</div><table class="slant-labels"><thead><tr><th>referent</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _how_said(verb: Any, verb_class: Any) -> str:
    """The reporting verb and its class ("said (neutral)"), or how a quote stands
    without one."""
    verb, verb_class = _text(verb), _text(verb_class)
    if not verb:
        return "quoted"
    return f"{verb} ({verb_class})" if verb_class else verb


def voices_list(corpus: Corpus) -> str:
    """Quotes grouped by source and speaker."""
    q = corpus.quotes()
    q = q[(q["kind"] != "scare") & ~q["repeated"]]
    if q.empty:
        return '<p class="muted">No quotes or reported speech.</p>'
    parts = []
    for source, mine in q.groupby("source", sort=False):
        speakers = []
        for speaker, said in mine.groupby("canonical", sort=False, dropna=False):
            quotes = "".join(
                f"<li><span class=\"muted\">{escape(_how_said(r.verb, r.verb_class))}:</span> {escape(r.quote)}</li>"
                for r in said.itertuples()
            )
            who = _text(speaker) or "no speaker named"
            speakers.append(f"<li><b>{escape(who)}</b> ({len(said)})<ul>{quotes}</ul></li>")
        parts.append(f"<h3>{escape(str(source))}</h3><ul>{''.join(speakers)}</ul>")
    return "".join(parts)


def stance_bars(corpus: Corpus, targets: list[str] | None = None, top: int = 6) -> str:
    """Diverging bars: mean attitude of each source toward each target, negative to
    the left, positive to the right, with the strongest sentence on hover."""
    table = corpus._lean(targets, top)
    if table.empty:
        return '<p class="muted">No actors to read attitude toward.</p>'
    rows = []
    for target, group in table.groupby("target", sort=False):
        for k, r in enumerate(group.itertuples()):
            head = f'<th rowspan="{len(group)}">{escape(target)}</th>' if k == 0 else ""
            width = int(round(min(abs(r.score), 1.0) * 120))
            bar = f'<div class="{"neg" if r.score < 0 else "pos"}" style="width:{width}px"></div>'
            left, right = (bar, "") if r.score < 0 else ("", bar)
            rows.append(
                f"<tr>{head}<td>{escape(r.source)}</td>"
                f'<td><div class="bar" title="{escape(_text(r.evidence))}"><div class="l">{left}</div>'
                f'<div class="r">{right}</div></div></td><td>{r.score:+.2f}</td>'
                f"<td>{r.mentions} ({r.negative} − / {r.neutral} ○ / {r.positive} +)</td></tr>"
            )
    return (
        '<table class="slant-stance"><thead><tr><th>target</th><th>source</th><th>negative | positive</th>'
        f"<th>score</th><th>mentions</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def corpus_body(corpus: Corpus, *, documents: bool = True) -> str:
    """The whole comparison as an HTML fragment."""
    parts = [
        f"<h2>{len(corpus.sources)} sources, {len(corpus.incidents())} incidents</h2>",
        "<h2>Which source mentions which incident</h2>",
        coverage_table(corpus),
        "<h3>Omissions</h3>",
        omissions_list(corpus),
        "<h2>The words each source chooses</h2>",
        labels_table(corpus),
        "<h2>How each source leans</h2>",
        stance_bars(corpus),
        "<h2>Whose voices each source quotes</h2>",
        voices_list(corpus),
    ]
    if documents:
        parts.append("<h2>Documents</h2>")
        for s in corpus.sources:
            parts.append(f"<details><summary>{escape(s)}</summary>{document_body(corpus.document(s))}</details>")
    return "".join(parts)
