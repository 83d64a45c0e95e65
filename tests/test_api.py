"""The Python API: types, batches, missing values, errors, pickling, DataFrames."""

import math
import pickle

import pandas as pd
import pytest

import slant


def test_sentence_object():
    (s,) = slant.split_sentences("Hello there.")
    assert (s.start, s.end, s.text) == (0, 12, "Hello there.")
    assert repr(s) == "Sentence(start=0, end=12, text='Hello there.')"
    assert str(s) == "Hello there." and len(s) == 12
    assert pickle.loads(pickle.dumps(s)) == s
    assert hash(s) == hash(slant.Sentence(0, 12, "Hello there."))


def test_offsets_are_python_characters():
    text = "Émile a vu 中国. Il est parti 😀. Fin."
    sents = slant.split_sentences(text)
    assert [text[s.start : s.end] for s in sents] == [s.text for s in sents]
    assert [s.text for s in sents] == ["Émile a vu 中国.", "Il est parti 😀.", "Fin."]


def test_batch_accepts_generators_series_and_missing_values():
    docs = pd.Series(["One. Two.", None, float("nan"), pd.NA, "Three."], index=list("abcde"))
    out = slant.split_sentences_batch(docs)
    assert [None if r is None else [s.text for s in r] for r in out] == [["One.", "Two."], None, None, None, ["Three."]]
    gen = (t for t in ["A b. C d.", "E."])
    assert len(slant.split_sentences_batch(gen, n_threads=1)) == 2


def test_thread_counts_give_equal_results(sco_corpus):
    texts = list(sco_corpus.values()) * 4
    one = slant.split_sentences_batch(texts, n_threads=1)
    two = slant.split_sentences_batch(texts, n_threads=2)
    assert one == two == [slant.split_sentences(t) for t in texts]


@pytest.mark.parametrize("bad", [b"bytes", 3, 4.5, ["list"]])
def test_non_str_raises_type_error_naming_the_argument(bad):
    with pytest.raises(slant.SlantTypeError, match=r"split_sentences: text must be str"):
        slant.split_sentences(bad)


def test_batch_error_names_the_position():
    with pytest.raises(TypeError, match=r"texts\[2\] is bytes"):
        slant.split_sentences_batch(["ok", None, b"no"])
    with pytest.raises(slant.SlantError, match="not a single str"):
        slant.split_sentences_batch("just one string")
    with pytest.raises(slant.SlantTypeError, match="iterable"):
        slant.split_sentences_batch(42)


def test_sentences_frame_keeps_the_index_as_doc():
    docs = pd.Series(["First. Second.", None, "Third."], index=["x", "y", "z"])
    df = slant.sentences_frame(docs)
    assert list(df.columns) == ["doc", "sent", "start", "end", "text"]
    assert df["doc"].tolist() == ["x", "x", "z"]
    assert df["sent"].tolist() == [0, 1, 0]
    assert df["text"].tolist() == ["First.", "Second.", "Third."]
    assert str(df["text"].dtype) == "string"
    for row in df.itertuples():
        assert docs[row.doc][row.start : row.end] == row.text


def test_sentences_frame_of_plain_inputs():
    assert len(slant.sentences_frame("One. Two.")) == 2
    assert slant.sentences_frame({"a": "Rain. Sun."})["doc"].tolist() == ["a", "a"]
    assert slant.sentences_frame([]).empty
    with pytest.raises(slant.SlantTypeError):
        slant.sentences_frame(12)


def test_nan_is_not_confused_with_text():
    assert slant.split_sentences_batch([math.nan]) == [None]
