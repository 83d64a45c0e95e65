"""slant.attitude and Corpus.stance: polarity toward a target, with evidence."""

from __future__ import annotations

import pickle

import pytest

import slant
from conftest import read_jsonl


def about(text: str, target: str) -> slant.Attitude:
    i = text.index(target)
    return slant.attitude(text, i, i + len(target))


def test_praise_blame_and_plain_report() -> None:
    assert about("The senator praised the firefighters for their courage.", "firefighters").label == "positive"
    assert about("The mayor was widely admired for her honesty.", "mayor").label == "positive"
    assert about("The minister was accused of lying to parliament.", "minister").label == "negative"
    assert about("Rescuers said the mayor had failed the town.", "mayor").label == "negative"
    assert about("Brown arrived in Geneva on Tuesday.", "Brown").label == "neutral"


def test_speaker_of_a_neutral_verb_is_neutral() -> None:
    assert about("Smith said the talks would resume on Monday.", "Smith").label == "neutral"


def test_negation_takes_the_praise_away() -> None:
    praised = about("The senator praised the firefighters.", "firefighters")
    negated = about("The senator did not praise the firefighters.", "firefighters")
    assert praised.label == "positive"
    assert negated.label != "positive"
    assert negated.score < praised.score
    assert "not" in [c[2] for c in negated.cues]


def test_denying_an_accusation_reads_negative() -> None:
    a = about("Jones denied the allegations of fraud.", "Jones")
    assert a.label == "negative"
    assert {"fraud", "allegations"} & {c[2] for c in a.cues}


def test_two_targets_in_one_sentence_differ() -> None:
    text = "Voters cheered Lee for the rescue, while critics mocked Park's corruption."
    assert about(text, "Lee").score > about(text, "Park").score


def test_offsets_and_evidence_are_python_indices() -> None:
    text = "Ça va. Les médias ont salué le courage de Zoë. “Bravo”, dit-il."
    a = about(text, "Zoë")
    assert text[a.start : a.end] == a.target == "Zoë"
    assert text[a.sentence_start : a.sentence_end] == a.evidence == "Les médias ont salué le courage de Zoë."
    for s, e, word, weight in a.cues:
        assert text[s:e] == word
        assert weight > 0
    assert -1.0 <= a.score <= 1.0
    assert abs(sum(a.probabilities) - 1.0) < 1e-4


def test_bad_arguments_raise_slant_errors() -> None:
    with pytest.raises(slant.SlantValueError, match=r"target 0 is \(5, 3\)"):
        slant.attitude("Some text here.", 5, 3)
    with pytest.raises(slant.SlantValueError, match="len\\(text\\) = 4"):
        slant.attitude("four", 0, 9)
    with pytest.raises(slant.SlantTypeError, match="text must be str, not bytes"):
        slant.attitude(b"bytes", 0, 1)  # type: ignore[arg-type]
    with pytest.raises(slant.SlantTypeError, match=r"texts\[1\] is int"):
        slant.attitude_batch(["ok", 5], [[(0, 1)], [(0, 1)]])  # type: ignore[list-item]
    with pytest.raises(slant.SlantValueError, match="2 target lists for 1 texts"):
        slant.attitude_batch(["ok"], [[(0, 1)], []])
    with pytest.raises(slant.SlantValueError, match=r"texts\[0\]: target 1"):
        slant.attitude_batch(["ok"], [[(0, 1), (1, 7)]])


def test_batch_equals_single_and_keeps_missing_rows() -> None:
    texts = [
        "Critics condemned the minister. The mayor praised the volunteers.",
        None,
        float("nan"),
        "Lee met Park in Seoul.",
    ]
    targets = [[(22, 30), (36, 41), (54, 64)], [(0, 1)], None, [(0, 3), (8, 12), (16, 21)]]
    one = slant.attitude_batch(texts, targets, n_threads=1)
    two = slant.attitude_batch(texts, targets, n_threads=2)
    assert one == two
    assert one[1] == [] and one[2] == []
    for text, spans, row in zip(texts, targets, one):
        if isinstance(text, str):
            assert row == [slant.attitude(text, s, e) for s, e in spans]


def test_attitude_pickles() -> None:
    a = about("The senator praised the firefighters.", "firefighters")
    b = pickle.loads(pickle.dumps(a))
    assert b == a and b.cues == a.cues and b.evidence == a.evidence


def macro_f1(gold: list[str], pred: list[str]) -> float:
    total = 0.0
    for k in ("negative", "neutral", "positive"):
        tp = sum(g == p == k for g, p in zip(gold, pred))
        p = tp / max(1, sum(x == k for x in pred))
        r = tp / max(1, sum(x == k for x in gold))
        total += 2 * p * r / (p + r) if p + r else 0.0
    return total / 3


@pytest.mark.parametrize(("name", "floor"), [("dev_rw.jsonl", 0.68), ("dev_mt.jsonl", 0.64)])
def test_newsmtsc_dev_macro_f1(name: str, floor: float) -> None:
    rows = read_jsonl(f"newsmtsc/{name}")
    found = slant.attitude_batch([r["sentence"] for r in rows], [[(r["from"], r["to"])] for r in rows])
    pred = [f[0].label for f in found]
    assert macro_f1([r["polarity"] for r in rows], pred) >= floor


def test_corpus_stance_toward_the_three_states(sco_corpus: dict[str, str]) -> None:
    corpus = slant.Corpus(sco_corpus)
    table = corpus.stance(["India", "Pakistan", "China"])
    assert list(dict.fromkeys(table["target"])) == ["India", "Pakistan", "China"]
    assert set(table["source"]) == set(sco_corpus)
    assert (table["negative"] + table["neutral"] + table["positive"] == table["mentions"]).all()
    assert table["score"].between(-1, 1).all()
    for row in table.itertuples():
        assert row.evidence in sco_corpus[row.source]
    # Demonyms and capitals count toward their country.
    mentions = corpus.attitudes()
    india = mentions[mentions["target_id"] == "iso:IN"]
    assert {"India", "Indian", "New Delhi"} <= set(india["text"])
    # A repeated body is read once: 001 repeats its text, its mentions are not doubled.
    counts = corpus.stance(["India"]).set_index("source")["mentions"]
    repeated = next(k for k in sco_corpus if k.startswith("001"))
    assert counts[repeated] < sco_corpus[repeated].count("India")


def test_stance_picks_targets_by_demonym_and_rejects_non_str(sco_corpus: dict[str, str]) -> None:
    corpus = slant.Corpus(sco_corpus)
    assert set(corpus.stance("Pakistani")["target"]) == {"Pakistan"}
    with pytest.raises(slant.SlantTypeError, match="targets must be str"):
        corpus.stance([3])  # type: ignore[list-item]
