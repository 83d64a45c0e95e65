"""pandas accessors, long-frame dtypes, lazy imports and progress bars."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import slant


def run_python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_import_slant_does_not_import_pandas() -> None:
    assert run_python("import sys, slant; print('pandas' in sys.modules)") == "False"


def test_accessor_registers_when_pandas_comes_after_slant() -> None:
    code = "import slant, pandas as pd; print(pd.Series(['One. Two.']).slant.sentences()['text'].tolist())"
    assert run_python(code) == "['One.', 'Two.']"


def test_series_sentences_keep_the_index_and_skip_missing_rows() -> None:
    s = pd.Series({"a": "Dr. Lee met Gen. Ahmed. They talked.", "b": None, "c": float("nan"), "d": "Fine."})
    frame = s.slant.sentences()
    assert frame["doc"].tolist() == ["a", "a", "d"]
    assert list(frame.columns) == ["doc", "sent", "start", "end", "text"]
    assert str(frame["text"].dtype) == "string" and str(frame["start"].dtype) == "int64"
    for row in frame.itertuples():
        assert s[row.doc][row.start : row.end] == row.text


def test_series_entities_and_frame_columns() -> None:
    df = pd.DataFrame(
        {"outlet": ["x", "y"], "body": ["Pakistani troops left Quetta.", "Indian officials met in Delhi."]},
        index=[10, 20],
    )
    ents = df.slant.entities(text="body")
    assert set(ents["doc"]) == {10, 20}
    assert ("Quetta", "GPE") in set(zip(ents["text"], ents["label"]))
    assert str(ents["label"].dtype) == "string"
    with pytest.raises(slant.SlantValueError, match="no column 'text'"):
        df.slant.sentences()


def test_frame_corpus() -> None:
    df = pd.DataFrame(
        {
            "source": ["wire", "daily", "post"],
            "text": [
                "A bomb attack in Quetta killed 9 people on May 2, 2025.",
                "The May 2 bombing in Quetta drew condemnation from Islamabad.",
                "Officials met in Geneva to discuss water.",
            ],
        }
    )
    corpus = df.slant.corpus()
    assert corpus.coverage_matrix().loc["Quetta bombing (2025-05-02)"].to_dict() == {
        "wire": True,
        "daily": True,
        "post": False,
    }


def test_to_polars() -> None:
    pl = pytest.importorskip("polars")
    frame = pd.Series({"a": "One. Two."}).slant.sentences()
    out = frame.slant.to_polars()
    assert isinstance(out, pl.DataFrame) and out["text"].to_list() == ["One.", "Two."]


def test_progress_bar_on_request_same_results(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    texts = pd.Series(["Lee met Park in Seoul. They talked."] * 300)
    quiet = slant.entities_frame(texts, progress=False)
    assert capsys.readouterr().err == ""
    shown = slant.entities_frame(texts, progress=True)
    err = capsys.readouterr().err
    assert "entities" in err and "300/300" in err
    pd.testing.assert_frame_equal(quiet, shown)


def test_corpus_progress_counts_documents(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    frame = pd.DataFrame(
        {"source": [f"s{i}" for i in range(40)], "text": ["A bomb attack in Quetta killed 9 people on May 2, 2025."] * 40}
    )
    corpus = frame.slant.corpus(progress=True)
    err = capsys.readouterr().err
    assert "corpus" in err and "40/40" in err
    assert corpus.coverage_matrix().loc["Quetta bombing (2025-05-02)"].all()


def test_no_bar_when_not_interactive(capsys: pytest.CaptureFixture[str]) -> None:
    slant.sentences_frame(["One. Two."] * 500)
    assert capsys.readouterr().err == ""


def test_errors_cross_the_progress_thread() -> None:
    pytest.importorskip("tqdm")
    with pytest.raises(slant.SlantTypeError, match=r"texts\[1\] is int"):
        slant.sentences_frame(["ok", 3], progress=True)


def test_corpus_frames_have_stable_dtypes() -> None:
    corpus = slant.Corpus(
        {
            "wire": "A bomb attack in Quetta killed 9 people on May 2, 2025, police said.",
            "daily": "The May 2 bombing in Quetta drew condemnation from Islamabad.",
        }
    )
    for frame in (corpus.coverage(), corpus.mentions(), corpus.entities(), corpus.quotes(), corpus.stance()):
        assert str(frame["source"].dtype) == "string"
    coverage = corpus.coverage()
    assert str(coverage["label"].dtype) == "string" and str(coverage["mentioned"].dtype) == "bool"
    both = pd.concat([corpus.coverage(), corpus.coverage()])
    assert str(both["name"].dtype) == "string"
