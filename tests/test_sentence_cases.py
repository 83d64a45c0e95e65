"""Sentence cases written for slant (not a peer's spec): quotations, abbreviations at a
sentence's end, lists and headings, parentheses, ellipses, e-mails and URLs, and news
conventions, each with the sentences a reader would mark."""

import json
from pathlib import Path

import pytest

import slant

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "sentence_cases.jsonl").read_text(encoding="utf-8").splitlines()
]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_written_case(case):
    got = [s.text for s in slant.split_sentences(case["text"])]
    assert got == case["sentences"]


def test_cases_cover_each_kind():
    texts = [c["text"] for c in CASES]
    assert len(CASES) >= 190
    assert any("@" in t for t in texts) and any("https://" in t for t in texts)
    assert any("..." in t or "…" in t for t in texts)
    assert any("II. " in t for t in texts)
