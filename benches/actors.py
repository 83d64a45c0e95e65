"""Actors across sources on ECB+ dev: cross-document entity coreference and actor
coverage cells (actor x article), beside two baselines computed in the same run.

Usage (inside an environment with slant; `benches/run` runs it):

    python benches/actors.py [--shared ../shared] [--split dev]

Each ECB+ topic holds articles from many outlets about two real events of one kind;
its participant, place and organisation mentions carry chain ids that are the same
across articles. Per topic the articles go through `slant.Corpus` as one corpus.

- Gold actors: mentions of the types HUMAN_PART_PER, HUMAN_PART_ORG, HUMAN_PART_GPE
  and LOC_GEO.
- Coreference: on the gold actor mentions that slant tags as an actor (one of
  `Corpus.actor_mentions()` holding the mention's head word, `head_span`: a PERSON,
  ORG, GPE, LOC or NORP entity, or a group such as "police"; "Brooklyn" in "Brooklyn
  jury" is another actor than the jury), clustered three ways and scored
  against the chains with MUC, B-cubed, CEAF-e and their mean (the CoNLL F1;
  `coref.py`): by slant's actor id; by the mention's exact text (lowercase) per
  topic; by its last word (lowercase) per topic.
- Coverage cells: every named actor (a chain with a capitalised word that does not
  open its sentence, told in 2 or more articles) against every article of its event (ECB+ subtopic). Gold: the article
  mentions the chain. Each method learns the actor only from the other articles'
  mentions, as a reader comparing sources would: slant takes the actor ids its
  entities have at those mentions and says "mentioned" when the article has a counted mention of
  one of them (`Corpus.coverage(kind="entity")`); the exact-string baseline when the
  article contains, as whole words, a text the others used; the last-word baseline
  when it contains the last word of one. Omitted-class precision, recall and F1 treat
  "omitted" as positive.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine  # noqa: E402
from coref import conll  # noqa: E402
from incidents import load, overlaps, phrase_in, prf  # noqa: E402

ACTOR_TYPES = ("HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE", "LOC_GEO")


class Cells:
    """Coverage cells: accuracy and omitted-class precision, recall and F1."""

    def __init__(self) -> None:
        self.right = self.total = self.tp = self.fp = self.fn = 0

    def add(self, gold_mentioned: bool, said_mentioned: bool) -> None:
        self.total += 1
        self.right += gold_mentioned == said_mentioned
        self.tp += not gold_mentioned and not said_mentioned
        self.fp += gold_mentioned and not said_mentioned
        self.fn += not gold_mentioned and said_mentioned

    def row(self) -> tuple[float, float, float, float]:
        p, r, f = prf(self.tp, self.tp + self.fp, self.tp, self.tp + self.fn)
        return (self.right / self.total if self.total else 0.0, p, r, f)


def last_word(text: str) -> str:
    words = re.findall(r"\w+", text.lower())
    return words[-1] if words else text.lower()


PREPOSITIONS = {"in", "at", "on", "near", "between", "around", "across", "to", "from", "outside", "inside", "into", "off", "along", "within", "over", "by", "throughout"}
# Words that end the noun phrase after a place's preposition ("in the Porta Nuova area
# of Palermo": "Porta Nuova area").
PHRASE_ENDS = {"of", ",", "and", "in", "between", "near", "on", "at", "off", "'s", "where"}


def head_span(m: dict) -> tuple[int, int]:
    """Character span of a gold mention's head word: the word ECB+ gives as its head
    ("Brooklyn jury": "jury"; "a Texas prison": "prison"), or, where that head is a
    preposition ("in the Porta Nuova area of Palermo"), the last word of the noun
    phrase after it ("area"). Where no word matches the head, the whole mention.
    A slant actor stands for the mention only if it holds that word: "Brooklyn" in
    "Brooklyn jury" names the borough, not the jury."""
    words = [(x.start() + m["start"], x.end() + m["start"], x.group()) for x in re.finditer(r"\S+", m["text"])]
    head = m.get("head_lemma", "").lower()
    if head in PREPOSITIONS:
        k = next((n for n, w in enumerate(words) if w[2].lower() == head), None)
        if k is not None:
            rest = [w for w in words[k + 1 :] if w[2].lower() not in ("the", "a", "an")]
            phrase = []
            for w in rest:
                if w[2].lower() in PHRASE_ENDS:
                    break
                phrase.append(w)
            if phrase:
                return (phrase[-1][0], phrase[-1][1])
    elif head:
        hit = next((w for w in words if w[2].lower().startswith(head[:4])), None)
        if hit is not None:
            return (hit[0], hit[1])
    return (m["start"], m["end"])


def named(m: dict, text: str) -> bool:
    """Whether a mention holds a capitalised word that does not open its sentence
    (ECB+ texts are one sentence a line): "Hugh Jackman", not "Police" or "We"."""
    line_start = text.rfind("\n", 0, m["start"]) + 1
    words = [(x.start() + m["start"], x.group()) for x in re.finditer(r"\S+", m["text"])]
    return any(w[:1].isupper() and at != line_start for at, w in words)


def evaluate(topics: list[dict], threads: int | None) -> dict:
    import slant

    key: dict = {}
    clusterings: dict[str, dict] = {"slant": {}, "exact string": {}, "last word": {}}
    cells = {"slant": Cells(), "exact string": Cells(), "last word": Cells()}
    gold_total = tagged_total = articles = 0
    seconds = 0.0
    for topic in topics:
        docs = topic["docs"]
        texts = {d["doc"]: d["text"] for d in docs}
        event_of = {d["doc"]: d["subtopic"] for d in docs}
        articles += len(docs)
        t0 = time.perf_counter()
        corpus = slant.Corpus([(d["doc"], d["text"]) for d in docs], n_threads=threads)
        actors = corpus.actor_mentions()
        cov = corpus.coverage(kind="entity")
        seconds += time.perf_counter() - t0
        by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for r in actors.itertuples():
            by_doc[r.source].append((int(r.start), int(r.end), r.actor))
        mentioned = {(r.entity, r.source) for r in cov.itertuples() if r.mentioned}

        gold = [m for m in topic["entities"] if m["type"] in ACTOR_TYPES]
        gold_total += len(gold)
        # The slant id at each gold mention: the actor entity's over its head word.
        id_at: dict[tuple[str, int, int], str] = {}
        for m in gold:
            span = head_span(m)
            hit = next((i for s, e, i in by_doc.get(m["doc"], []) if overlaps((s, e), span)), None)
            if hit is not None:
                id_at[(m["doc"], m["start"], m["end"])] = hit
        for m in gold:
            mention = (m["doc"], m["start"], m["end"])
            if mention not in id_at:
                continue
            tagged_total += 1
            key[mention] = (topic["topic"], m["chain"])
            clusterings["slant"][mention] = (topic["topic"], id_at[mention])
            clusterings["exact string"][mention] = (topic["topic"], m["text"].lower())
            clusterings["last word"][mention] = (topic["topic"], last_word(m["text"]))

        chains: dict[str, list[dict]] = defaultdict(list)
        for m in gold:
            chains[m["chain"]].append(m)
        for chain, ms in chains.items():
            told = {m["doc"] for m in ms}
            if len(told) < 2 or not any(named(m, texts[m["doc"]]) for m in ms):
                continue
            counts = Counter(event_of[d] for d in told)
            # Ties go to the first event by name: the same cells on every run.
            event = min(counts, key=lambda s: (-counts[s], s))
            for doc, text in texts.items():
                if event_of[doc] != event:
                    continue
                gold_mentioned = doc in told
                others = [m for m in ms if m["doc"] != doc]
                ids = {id_at[(m["doc"], m["start"], m["end"])] for m in others if (m["doc"], m["start"], m["end"]) in id_at}
                cells["slant"].add(gold_mentioned, any((i, doc) in mentioned for i in ids))
                lower = text.lower()
                cells["exact string"].add(gold_mentioned, any(phrase_in(m["text"], lower) for m in others))
                cells["last word"].add(gold_mentioned, any(phrase_in(last_word(m["text"]), lower) for m in others))
    return {
        "articles": articles,
        "seconds": seconds,
        "gold": gold_total,
        "tagged": tagged_total,
        "coref": {name: conll(key, c) for name, c in clusterings.items()},
        "cells": {name: c.row() + (c.total,) for name, c in cells.items()},
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    topics = load(args.shared, args.split)
    r = evaluate(topics, args.threads)
    n_docs = sum(len(t["docs"]) for t in topics)
    print(f"Actors on ECB+ {args.split} ({len(topics)} topics, {n_docs} articles), one run on {machine()}")
    print()
    print(f"Cross-document coreference on the {r['tagged']} of {r['gold']} gold actor mentions that slant tags")
    print()
    print("| clustering | MUC F1 | B³ F1 | CEAF-e F1 | CoNLL F1 |")
    print("|---|---|---|---|---|")
    names = {"slant": "slant (actor ids, linked across the corpus)", "exact string": "exact string, per topic", "last word": "same last word, per topic"}
    for name, s in r["coref"].items():
        print(f"| {names[name]} | {s['muc'][2]:.3f} | {s['b3'][2]:.3f} | {s['ceafe'][2]:.3f} | {s['conll']:.3f} |")
    print()
    total = next(iter(r["cells"].values()))[4]
    print(f"Actor coverage cells ({total:,}: named actors told in 2+ articles x the articles of their event)")
    print()
    print("| method | cells right | omitted P | omitted R | omitted F1 |")
    print("|---|---|---|---|---|")
    for name, (acc, p, rec, f, _) in r["cells"].items():
        print(f"| {names[name]} | {acc:.3f} | {p:.3f} | {rec:.3f} | {f:.3f} |")
    print()
    print(f"slant.Corpus: {r['articles']} articles in {r['seconds']:.2f} s ({r['articles'] / r['seconds']:,.0f} articles/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
