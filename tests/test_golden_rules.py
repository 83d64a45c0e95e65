"""The 48 English Golden Rules of sentence splitting, one named case each."""

import pytest

import slant
from conftest import read_jsonl

RULES = read_jsonl("golden_rules_en.jsonl")


@pytest.mark.parametrize("rule", RULES, ids=[f"{r['id']:02d}-{r['name']}" for r in RULES])
def test_golden_rule(rule):
    got = [s.text for s in slant.split_sentences(rule["text"])]
    assert got == rule["sentences"]


def test_all_48_rules_are_present():
    assert len(RULES) == 48
