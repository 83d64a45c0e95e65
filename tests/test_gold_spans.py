"""Boundary F1 against gold sentence spans of real text (UD English GUM and EWT, dev).

A boundary is a sentence end moved left over whitespace, without offset 0 and the
document's end; the scoring matches the project's benchmark.
"""

import pytest

import slant
from conftest import read_jsonl


def boundaries(text, ends):
    last = len(text.rstrip())
    out = set()
    for e in ends:
        e = len(text[:e].rstrip())
        if 0 < e < last:
            out.add(e)
    return out


def f1(docs):
    tp = fp = fn = 0
    predicted = slant.split_sentences_batch([d["text"] for d in docs])
    for doc, sents in zip(docs, predicted):
        gold = boundaries(doc["text"], (e for _, e in doc["sentences"]))
        pred = boundaries(doc["text"], (s.end for s in sents))
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
    p, r = tp / (tp + fp), tp / (tp + fn)
    return 2 * p * r / (p + r)


@pytest.mark.parametrize(
    "name, floor",
    [("ud_gum_dev_sentences.jsonl", 0.98), ("ud_ewt_dev_sentences.jsonl", 0.92)],
)
def test_boundary_f1_reaches_target(name, floor):
    score = f1(read_jsonl(name))
    assert score >= floor, f"{name}: F1 {score:.4f} < {floor}"


def test_gold_offsets_are_character_offsets():
    # Guards the scorer itself: gold spans index Python strings.
    for doc in read_jsonl("ud_gum_dev_sentences.jsonl")[:5]:
        for s, e in doc["sentences"]:
            assert doc["text"][s:e].strip() == doc["text"][s:e]
