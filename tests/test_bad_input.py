"""Every bad input in README's table gets its documented result or a slant exception
naming the argument, the row and the position; nothing in a batch is dropped."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable

import pytest

import slant

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def raises(kind: type[Exception], pattern: str, call: Callable[[], Any]) -> None:
    with pytest.raises(kind, match=pattern):
        call()


def none_in_a_batch() -> None:
    out = slant.split_sentences_batch(["One. Two.", None, float("nan")])
    assert [len(x) if x is not None else None for x in out] == [2, None, None]
    ents = slant.tag_entities_batch([None, "Lee met Park in Seoul."])
    assert ents[0] is None and len(ents[1]) == 3


def none_alone() -> None:
    raises(slant.SlantTypeError, "split_sentences: text must be str, not NoneType", lambda: slant.split_sentences(None))


def bytes_alone() -> None:
    raises(slant.SlantTypeError, "tag_entities: text must be str, not bytes", lambda: slant.tag_entities(b"x"))


def int_in_a_batch() -> None:
    raises(
        slant.SlantTypeError,
        r"split_sentences_batch: texts\[1\] is int, expected str or None",
        lambda: slant.split_sentences_batch(["ok", 3, None]),
    )


def a_str_where_a_batch_is_expected() -> None:
    raises(
        slant.SlantTypeError,
        "texts must be an iterable of str, not a single str",
        lambda: slant.split_sentences_batch("One. Two."),
    )


def lone_surrogates() -> None:
    text = "Fine \ud800 text. Next one."
    sents = slant.split_sentences(text)
    assert [s.text for s in sents] == ["Fine \ud800 text.", "Next one."]
    assert all(text[s.start : s.end] == s.text for s in sents)


def nul_characters() -> None:
    text = "A\x00B went home. Then\x00 left."
    assert [s.text for s in slant.split_sentences(text)] == ["A\x00B went home.", "Then\x00 left."]


def a_byte_order_mark() -> None:
    text = "\ufeffLee met Park. They talked."
    sents = slant.split_sentences(text)
    assert sents[0].start == 1 and sents[0].text == "Lee met Park."


def windows_line_ends() -> None:
    text = "Headline\r\n\r\nBody text here. More.\r\n"
    assert [s.text for s in slant.split_sentences(text)] == ["Headline", "Body text here.", "More."]


def a_50_mb_string() -> None:
    text = "Officials met in Geneva on Monday. " * 1_500_000
    assert len(text) >= 50_000_000
    sents = slant.split_sentences(text)
    assert len(sents) == 1_500_000 and sents[-1].end == len(text.rstrip())


def an_empty_corpus() -> None:
    corpus = slant.Corpus({})
    assert corpus.sources == [] and corpus.coverage().empty and corpus.stance().empty


def duplicate_source_names() -> None:
    raises(
        slant.SlantValueError,
        r"Corpus: duplicate source 'a' \(document 1\)",
        lambda: slant.Corpus([("a", "One."), ("a", "Two.")]),
    )


def a_record_without_a_field() -> None:
    raises(slant.SlantValueError, r'Gazetteer: records\[0\]: missing field "canonical"', lambda: slant.Gazetteer([{"label": "GPE"}]))
    raises(slant.SlantValueError, r'Catalogue: records\[0\]: missing field "id"', lambda: slant.Catalogue([{"name": "x"}]))


def a_field_of_the_wrong_type() -> None:
    raises(
        slant.SlantTypeError,
        r'Gazetteer: records\[1\]: field "canonical" must be str, not int',
        lambda: slant.Gazetteer([{"label": "GPE", "canonical": "A"}, {"label": "GPE", "canonical": 5}]),
    )
    raises(
        slant.SlantTypeError,
        r'Catalogue: records\[0\]: field "date" must be str, not int',
        lambda: slant.Catalogue([{"id": "a", "name": "b", "type": "attack", "date": 5}]),
    )


def invalid_json() -> None:
    raises(slant.SlantValueError, r"Gazetteer.from_json: invalid JSON at line 1, column 2", lambda: slant.Gazetteer.from_json("{oops"))
    raises(slant.SlantValueError, r"Catalogue.from_json: invalid JSON at line 1, column 2", lambda: slant.Catalogue.from_json("{oops"))


def an_unknown_label() -> None:
    raises(
        slant.SlantValueError,
        r'records\[0\]: field "label": unknown label "XYZ"; expected one of PERSON',
        lambda: slant.Gazetteer([{"label": "XYZ", "canonical": "A"}]),
    )


def an_empty_alias() -> None:
    raises(
        slant.SlantValueError,
        r'records\[0\]: field "aliases": aliases\[0\] is empty',
        lambda: slant.Gazetteer([{"label": "GPE", "canonical": "A", "aliases": [""]}]),
    )


def a_target_outside_the_text() -> None:
    raises(slant.SlantValueError, r"attitude: target 0 is \(2, 9\).*len\(text\) = 4", lambda: slant.attitude("four", 2, 9))


CASES: dict[str, Callable[[], None]] = {
    "None or NaN in a batch": none_in_a_batch,
    "None alone": none_alone,
    "bytes": bytes_alone,
    "an int in a batch (mixed list)": int_in_a_batch,
    "a str where a batch is expected": a_str_where_a_batch_is_expected,
    "lone surrogates": lone_surrogates,
    "NUL characters": nul_characters,
    "a byte-order mark": a_byte_order_mark,
    "`\\r\\n` line ends": windows_line_ends,
    "a 50 MB string": a_50_mb_string,
    "an empty corpus": an_empty_corpus,
    "duplicate source names": duplicate_source_names,
    "a record without a field": a_record_without_a_field,
    "a field of the wrong type": a_field_of_the_wrong_type,
    "invalid JSON": invalid_json,
    "an unknown label": an_unknown_label,
    "an empty alias": an_empty_alias,
    "a target outside the text": a_target_outside_the_text,
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name: str) -> None:
    CASES[name]()


def test_readme_table_lists_every_case() -> None:
    table = README.split("### Bad input", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1].strip() for line in table.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[1:] == list(CASES)


def test_errors_are_value_and_type_errors() -> None:
    assert issubclass(slant.SlantValueError, ValueError) and issubclass(slant.SlantTypeError, TypeError)
    assert issubclass(slant.SlantValueError, slant.SlantError) and re.search("errors", slant.SlantError.__module__)


def test_lean_rows_names_what_is_wrong() -> None:
    from slant._slant import lean_rows

    got = lean_rows([0, 0, 1], [0, 0, 0], ["negative", "positive", "neutral"], [-0.5, 0.25, 0.0])
    assert got["mentions"] == [2, 1] and got["evidence"] == [0, 2] and got["score"][0] == pytest.approx(-0.125)
    with pytest.raises(slant.SlantValueError, match="3 sources, 2 targets"):
        lean_rows([0, 0, 1], [0, 0], ["neutral"] * 3, [0.0] * 3)
    with pytest.raises(slant.SlantValueError, match='label of row 1 is "angry"'):
        lean_rows([0, 0], [0, 0], ["neutral", "angry"], [0.0, 0.0])
