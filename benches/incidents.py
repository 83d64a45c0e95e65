"""Incidents on ECB+ dev: event mentions, events found across articles, and coverage
cells (event x article), beside baselines computed in the same run.

Usage (inside an environment with slant; `benches/run` runs it):

    python benches/incidents.py [--shared ../shared] [--split dev]

Each ECB+ topic holds articles about two real events of one kind; its annotated
sentences carry event mentions whose chain id is the same across articles. Per topic
the articles go through `slant.Corpus` as one corpus (source = document id).

- Mentions: slant's incident mentions (what `Corpus` compares), and the learned event
  tagger alone (`slant.find_events`, trained on ECB+ train; not yet used by `Corpus`).
  Scored on the texts ECB+ annotated (the others are articles of other stories whose
  events nobody marked), against ECB+'s event mentions less the reporting ones ("said",
  "told": a report is not an event for slant). A predicted mention is right when it
  overlaps a gold event mention (slant's
  phrases are longer than ECB+'s heads: "the April 22 attack" against "attack"); recall
  counts gold mentions that some prediction overlaps.
- Events found: gold chains told by 2 or more articles for which one slant incident
  holds mentions overlapping the chain's mentions in 2 or more of those articles.
- Coverage cells: every such chain against every article of its topic (both events'
  articles): mentioned or omitted. A chain's incident is the slant incident whose
  mentions overlap most of the chain's; its coverage row decides the cell (a chain with
  no incident is omitted everywhere). Omitted-class F1 treats "omitted" as positive.

- Coreference: the gold event mentions (all of them, as ECB+ scores are usually
  reported) clustered four ways and scored against the chains with MUC, B-cubed,
  CEAF-e and their mean (the CoNLL F1; `coref.py`): `slant.cluster_events` on each
  topic's texts and gold mentions; slant's `Corpus` (a gold mention takes the incident
  of a slant mention it overlaps, and stands alone when slant has none); the head
  lemma per topic; and every mention alone.

Baselines in the same run: "all omitted" (every cell omitted) and a keyword match (a
cell is mentioned when the article contains, as whole words, any phrase that the other
articles used for the chain). For mentions, the keyword baseline tags every word that
is the text of some gold mention in the train split.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine  # noqa: E402
from coref import conll  # noqa: E402

Span = tuple[int, int]


def load(shared: Path, split: str) -> list[dict]:
    """Topics with one name per text: the release reuses a document id for two texts
    of a topic (one of them from another story, with no mention of this topic's
    events); each mention belongs to the text whose characters it matches."""
    with (shared / "data" / "ecbplus" / f"{split}.jsonl").open(encoding="utf-8") as fh:
        topics = [json.loads(line) for line in fh if line.strip()]
    for topic in topics:
        texts: dict[str, list[tuple[str, str]]] = defaultdict(list)
        docs = []
        for d in topic["docs"]:
            name = f"{d['doc']}#{len(texts[d['doc']])}" if texts[d["doc"]] else d["doc"]
            texts[d["doc"]].append((name, d["text"]))
            docs.append({**d, "doc": name})
        topic["docs"] = docs
        for key in ("mentions", "entities"):
            kept = []
            for m in topic[key]:
                owner = [n for n, t in texts[m["doc"]] if t[m["start"] : m["end"]] == m["text"]]
                if len(owner) == 1:
                    kept.append({**m, "doc": owner[0]})
            topic[key] = kept
    return topics


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def chains_of(topic: dict) -> dict[str, dict[str, list[Span]]]:
    """chain -> doc -> gold spans, for chains told by 2 or more articles."""
    chains: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for m in topic["mentions"]:
        chains[m["chain"]][m["doc"]].append((m["start"], m["end"]))
    return {c: dict(docs) for c, docs in chains.items() if len(docs) >= 2}


class Cells:
    """Coverage cells: accuracy and omitted-class F1."""

    def __init__(self) -> None:
        self.right = self.total = 0
        self.tp = self.fp = self.fn = 0

    def add(self, gold_mentioned: bool, said_mentioned: bool) -> None:
        self.total += 1
        self.right += gold_mentioned == said_mentioned
        gold_omitted, said_omitted = not gold_mentioned, not said_mentioned
        self.tp += gold_omitted and said_omitted
        self.fp += said_omitted and not gold_omitted
        self.fn += gold_omitted and not said_omitted

    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def omitted_f1(self) -> float:
        return prf(self.tp, self.tp + self.fp, self.tp, self.tp + self.fn)[2]


def words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+(?:[-']\w+)*", text.lower()))


def phrase_in(phrase: str, text_lower: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)", text_lower) is not None


def keyword_vocabulary(train: list[dict]) -> set[str]:
    """Lowercase single words that are the whole text of a gold mention in train."""
    return {m["text"].lower() for t in train for m in t["mentions"] if " " not in m["text"].strip()}


def keyword_mentions(text: str, vocabulary: set[str]) -> list[Span]:
    return [(w.start(), w.end()) for w in re.finditer(r"\w+(?:[-']\w+)*", text) if w.group().lower() in vocabulary]


def evaluate(topics: list[dict], vocabulary: set[str], threads: int | None) -> dict:
    import slant

    # tp_pred, n_pred, tp_gold, n_gold
    det = {"slant": [0, 0, 0, 0], "slant.find_events": [0, 0, 0, 0], "keyword": [0, 0, 0, 0]}
    cells = {"slant": Cells(), "event layer": Cells(), "all omitted": Cells(), "keyword": Cells()}
    found = found_layer = events = articles = 0
    # The same counts for the chains that are not reports ("said", "told"): slant does
    # not count a report as an incident, by design.
    told = {"events": 0, "found": 0, "found_layer": 0}
    seconds = tagger_seconds = 0.0
    # Clusterings of the gold event mentions, pooled over topics.
    key: dict = {}
    clusterings: dict[str, dict] = {"slant.cluster_events": {}, "slant": {}, "head lemma": {}, "each alone": {}}
    coref_seconds = layer_seconds = 0.0
    own_key: dict = {}
    own_response: dict = {}
    for topic in topics:
        docs = topic["docs"]
        texts = {d["doc"]: d["text"] for d in docs}
        articles += len(docs)
        t0 = time.perf_counter()
        corpus = slant.Corpus([(d["doc"], d["text"]) for d in docs], n_threads=threads)
        said = corpus.mentions()
        coverage = corpus.coverage()
        seconds += time.perf_counter() - t0

        # Mentions are scored on the texts ECB+ annotated, against its event mentions
        # less the reporting ones ("said"): a report is not an event for slant.
        gold_by_doc: dict[str, list[Span]] = defaultdict(list)
        for m in topic["mentions"]:
            if m["type"] != "ACTION_REPORTING":
                gold_by_doc[m["doc"]].append((m["start"], m["end"]))
        annotated = {m["doc"] for m in topic["mentions"]}
        pred_by_doc: dict[str, list[tuple[Span, str | None]]] = defaultdict(list)
        for r in said.itertuples():
            incident = r.incident if isinstance(r.incident, str) else None  # NA when unlinked
            pred_by_doc[r.source].append(((int(r.start), int(r.end)), incident))
        t0 = time.perf_counter()
        tagged = {doc: [(e["start"], e["end"]) for e in slant.find_events(text)] for doc, text in texts.items()}
        tagger_seconds += time.perf_counter() - t0
        # The event layer alone: the tagger's mentions grouped across the topic's texts
        # by cluster_events; each group is an event, mentioned where it has a mention.
        order = list(texts)
        own = [(i, s, e) for i, doc in enumerate(order) for s, e in tagged[doc]]
        t0 = time.perf_counter()
        own_groups = slant.cluster_events([texts[d] for d in order], own)
        layer_seconds += time.perf_counter() - t0
        layer_by_doc: dict[str, list[tuple[Span, str]]] = defaultdict(list)
        for (i, s, e), g in zip(own, own_groups):
            layer_by_doc[order[i]].append(((s, e), f"e{g}"))
        layer_mentioned = {(inc, doc) for doc, ms in layer_by_doc.items() for _, inc in ms}
        # Coreference on slant's own mentions: a predicted mention stands for the first
        # unclaimed gold mention it overlaps; gold mentions nobody found are singletons
        # of the response, predicted mentions with no gold one singletons of the key.
        claimed: set = set()
        for (i, s, e), g in zip(own, own_groups):
            doc = order[i]
            match = next(
                (m for m in topic["mentions"] if m["doc"] == doc and overlaps((s, e), (m["start"], m["end"]))
                 and (doc, m["start"], m["end"]) not in claimed),
                None,
            )
            if match is not None:
                mention = (doc, match["start"], match["end"])
                claimed.add(mention)
                own_key[mention] = (topic["topic"], match["chain"])
            else:
                mention = ("predicted", doc, s, e)
                own_key[mention] = mention
            own_response[mention] = (topic["topic"], g)
        for m in topic["mentions"]:
            mention = (m["doc"], m["start"], m["end"])
            if mention not in claimed:
                own_key[mention] = (topic["topic"], m["chain"])
                own_response[mention] = mention
        for doc, text in texts.items():
            if doc not in annotated:
                continue
            gold = gold_by_doc.get(doc, [])
            predictions = (
                ("slant", [s for s, _ in pred_by_doc.get(doc, [])]),
                ("slant.find_events", tagged[doc]),
                ("keyword", keyword_mentions(text, vocabulary)),
            )
            for name, pred in predictions:
                d = det[name]
                d[0] += sum(any(overlaps(p, g) for g in gold) for p in pred)
                d[1] += len(pred)
                d[2] += sum(any(overlaps(p, g) for p in pred) for g in gold)
                d[3] += len(gold)

        for m in topic["mentions"]:
            mention = (m["doc"], m["start"], m["end"])
            key[mention] = (topic["topic"], m["chain"])
            clusterings["head lemma"][mention] = (topic["topic"], m["head_lemma"].lower())
            clusterings["each alone"][mention] = mention
            span = (m["start"], m["end"])
            incident = next((inc for sp, inc in pred_by_doc.get(m["doc"], []) if inc and overlaps(sp, span)), None)
            clusterings["slant"][mention] = (topic["topic"], incident) if incident else mention

        # The gold mentions grouped by slant's event coreference (texts as given).
        names = [d["doc"] for d in docs]
        index = {n: i for i, n in enumerate(names)}
        spans = [(index[m["doc"]], m["start"], m["end"]) for m in topic["mentions"]]
        t0 = time.perf_counter()
        groups = slant.cluster_events([d["text"] for d in docs], spans)
        coref_seconds += time.perf_counter() - t0
        for m, g in zip(topic["mentions"], groups):
            clusterings["slant.cluster_events"][(m["doc"], m["start"], m["end"])] = (topic["topic"], g)

        mentioned = {(r.incident, r.source) for r in coverage.itertuples() if r.mentioned}
        for chain, chain_docs in chains_of(topic).items():
            events += 1
            # The incident holding most of the chain's mentions, and in which articles.
            votes: Counter[str] = Counter()
            where: dict[str, set[str]] = defaultdict(set)
            for doc, spans in chain_docs.items():
                for span, incident in pred_by_doc.get(doc, []):
                    if incident and any(overlaps(span, g) for g in spans):
                        votes[incident] += 1
                        where[incident].add(doc)
            incident = votes.most_common(1)[0][0] if votes else None
            found += incident is not None and len(where[incident]) >= 2
            # The same for the event layer's groups.
            lvotes: Counter[str] = Counter()
            lwhere: dict[str, set[str]] = defaultdict(set)
            for doc, spans in chain_docs.items():
                for span, group in layer_by_doc.get(doc, []):
                    if any(overlaps(span, g) for g in spans):
                        lvotes[group] += 1
                        lwhere[group].add(doc)
            group = lvotes.most_common(1)[0][0] if lvotes else None
            found_layer += group is not None and len(lwhere[group]) >= 2
            if any(m["chain"] == chain and m["type"] != "ACTION_REPORTING" for m in topic["mentions"]):
                told["events"] += 1
                told["found"] += incident is not None and len(where[incident]) >= 2
                told["found_layer"] += group is not None and len(lwhere[group]) >= 2
            phrases = {doc: {m["text"] for m in topic["mentions"] if m["chain"] == chain and m["doc"] == doc} for doc in chain_docs}
            for doc, text in texts.items():
                gold_mentioned = doc in chain_docs
                cells["slant"].add(gold_mentioned, incident is not None and (incident, doc) in mentioned)
                cells["event layer"].add(gold_mentioned, group is not None and (group, doc) in layer_mentioned)
                cells["all omitted"].add(gold_mentioned, False)
                others = {p for d, ps in phrases.items() if d != doc for p in ps}
                lower = text.lower()
                cells["keyword"].add(gold_mentioned, any(phrase_in(p, lower) for p in others))
    return {
        "articles": articles,
        "seconds": seconds,
        "tagger_seconds": tagger_seconds,
        "coref_seconds": coref_seconds,
        "events": events,
        "told": told,
        "found": found,
        "found_layer": found_layer,
        "layer_seconds": layer_seconds,
        "detection": {k: prf(*v) for k, v in det.items()},
        "cells": {k: (c.accuracy(), c.omitted_f1(), c.total) for k, c in cells.items()},
        "coref": {name: conll(key, c) for name, c in clusterings.items()},
        "coref_own": conll(own_key, own_response),
        "gold_mentions": len(key),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    topics = load(args.shared, args.split)
    vocabulary = keyword_vocabulary(load(args.shared, "train"))
    r = evaluate(topics, vocabulary, args.threads)
    print(f"Incidents on ECB+ {args.split} ({len(topics)} topics, {r['articles']} articles), one run on {machine()}")
    print()
    print("| tool | mention P/R/F1 | events in 2+ articles found | coverage cells right | omitted F1 | articles/s |")
    print("|---|---|---|---|---|---|")
    p, rec, f = r["detection"]["slant"]
    acc, of1, n = r["cells"]["slant"]
    rate = r["articles"] / r["seconds"] if r["seconds"] else 0.0
    print(f"| slant | {p:.3f}/{rec:.3f}/{f:.3f} | {r['found']} / {r['events']} | {acc:.3f} | {of1:.3f} | {rate:,.0f} |")
    p, rec, f = r["detection"]["slant.find_events"]
    rate = r["articles"] / r["tagger_seconds"] if r["tagger_seconds"] else 0.0
    print(f"| slant.find_events (learned tagger alone) | {p:.3f}/{rec:.3f}/{f:.3f} | — | — | — | {rate:,.0f} |")
    acc, of1, _ = r["cells"]["event layer"]
    rate = r["articles"] / (r["tagger_seconds"] + r["layer_seconds"]) if r["tagger_seconds"] else 0.0
    print(f"| slant.find_events + slant.cluster_events (event layer alone) | {p:.3f}/{rec:.3f}/{f:.3f} | {r['found_layer']} / {r['events']} | {acc:.3f} | {of1:.3f} | {rate:,.0f} |")
    p, rec, f = r["detection"]["keyword"]
    acc, of1, _ = r["cells"]["keyword"]
    print(f"| keyword match | {p:.3f}/{rec:.3f}/{f:.3f} | — | {acc:.3f} | {of1:.3f} | — |")
    acc, of1, _ = r["cells"]["all omitted"]
    print(f"| all omitted | — | 0 / {r['events']} | {acc:.3f} | {of1:.3f} | — |")
    print()
    t = r["told"]
    print(
        f"Without the {r['events'] - t['events']} chains of reports (\"said\", \"told\"; not incidents for slant): "
        f"slant found {t['found']} / {t['events']}, the event layer {t['found_layer']} / {t['events']}."
    )
    print(f"{n:,} coverage cells; threads: {args.threads}")
    print()
    print(f"Cross-document event coreference on the {r['gold_mentions']:,} gold event mentions (all types)")
    print()
    print("| clustering | MUC F1 | B³ F1 | CEAF-e F1 | CoNLL F1 |")
    print("|---|---|---|---|---|")
    labels = {
        "slant.cluster_events": "slant.cluster_events (stories, then a pair model trained on ECB+ train)",
        "slant": "slant Corpus (each gold mention takes the incident of a slant mention it overlaps; others alone)",
        "head lemma": "head lemma, per topic",
        "each alone": "every mention alone",
    }
    for name, s in r["coref"].items():
        print(f"| {labels[name]} | {s['muc'][2]:.3f} | {s['b3'][2]:.3f} | {s['ceafe'][2]:.3f} | {s['conll']:.3f} |")
    s = r["coref_own"]
    print(f"| slant.find_events + slant.cluster_events on its own mentions (missed gold and extra mentions count as singletons) | {s['muc'][2]:.3f} | {s['b3'][2]:.3f} | {s['ceafe'][2]:.3f} | {s['conll']:.3f} |")
    print()
    print(f"slant.cluster_events: {r['gold_mentions']:,} mentions of {r['articles']} articles in {r['coref_seconds']:.2f} s")


if __name__ == "__main__":
    main()
