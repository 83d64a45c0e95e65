"""pandas DataFrames of slant's results, in long form (one row per span)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from slant._slant import split_sentences_batch
from slant.errors import SlantTypeError

if TYPE_CHECKING:
    import pandas as pd

SENTENCE_COLUMNS = ["doc", "sent", "start", "end", "text"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "slant's DataFrame functions need pandas: pip install 'slant[pandas]'"
        ) from exc
    return pandas


def sentences_frame(texts: Any, *, n_threads: int | None = None) -> pd.DataFrame:
    """Sentences of many texts as a long DataFrame: doc, sent, start, end, text.

    ``texts`` is a str (one document), a pandas Series (its index becomes ``doc``),
    a mapping {doc: text} or any iterable of str (``doc`` is the position).
    None/NaN documents give no rows; other layers keep them as empty results too.

    >>> sentences_frame(["One. Two.", None]).to_dict("list")["text"]
    ['One.', 'Two.']
    """
    pd = _pandas()
    if isinstance(texts, str):
        keys: list[Any] = [0]
        values: list[Any] = [texts]
    elif isinstance(texts, pd.Series):
        keys, values = list(texts.index), list(texts.array)
    elif isinstance(texts, dict):
        keys, values = list(texts.keys()), list(texts.values())
    elif isinstance(texts, Iterable):
        values = list(texts)
        keys = list(range(len(values)))
    else:
        raise SlantTypeError(
            f"sentences_frame: texts must be str, a Series or an iterable of str, not {type(texts).__name__}"
        )
    results = split_sentences_batch(values, n_threads=n_threads)
    doc: list[Any] = []
    sent: list[int] = []
    start: list[int] = []
    end: list[int] = []
    text: list[str] = []
    for key, sentences in zip(keys, results):
        for i, s in enumerate(sentences or ()):
            doc.append(key)
            sent.append(i)
            start.append(s.start)
            end.append(s.end)
            text.append(s.text)
    return pd.DataFrame(
        {
            "doc": pd.Series(doc, dtype=object if not doc else None),
            "sent": pd.Series(sent, dtype="int64"),
            "start": pd.Series(start, dtype="int64"),
            "end": pd.Series(end, dtype="int64"),
            "text": pd.Series(text, dtype="string"),
        },
        columns=SENTENCE_COLUMNS,
    )
