"""pandas DataFrames of slant's results, in long form (one row per span)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from slant import _progress
from slant._optional import need
from slant._slant import Gazetteer, split_sentences_batch, tag_entities_batch
from slant.errors import SlantTypeError

if TYPE_CHECKING:
    import pandas as pd

# Text columns: pandas' string dtype with Python storage, so that a frame behaves the
# same whether or not pyarrow is installed (Arrow storage changes what, for example,
# groupby(...).agg(set) returns).
TEXT = "string[python]"
SENTENCE_COLUMNS = ["doc", "sent", "start", "end", "text"]
ENTITY_COLUMNS = ["doc", "start", "end", "text", "label", "canonical", "id", "date", "number", "role"]


def _pandas() -> Any:
    # pandas is a dependency of the distribution; it is imported only here, when a
    # DataFrame is first built, so that `import slant` stays fast.
    return need("pandas", "slant's DataFrame results")


def _documents(texts: Any, who: str) -> tuple[list[Any], list[Any]]:
    """Keys and texts of the accepted inputs: a str, a Series, a mapping or an iterable."""
    pd = _pandas()
    if isinstance(texts, str):
        return [0], [texts]
    if isinstance(texts, pd.Series):
        return list(texts.index), list(texts.array)
    if isinstance(texts, dict):
        return list(texts.keys()), list(texts.values())
    if isinstance(texts, Iterable):
        values = list(texts)
        return list(range(len(values))), values
    raise SlantTypeError(
        f"{who}: texts must be str, a Series or an iterable of str, not {type(texts).__name__}"
    )


def sentences_frame(texts: Any, *, n_threads: int | None = None, progress: bool | None = None) -> pd.DataFrame:
    """Sentences of many texts as a long DataFrame: doc, sent, start, end, text.

    ``texts`` is a str (one document), a pandas Series (its index becomes ``doc``),
    a mapping {doc: text} or any iterable of str (``doc`` is the position).
    None/NaN documents give no rows; other layers keep them as empty results too.
    ``progress`` draws a tqdm bar (by default only for large batches in a terminal or
    a notebook).

    >>> sentences_frame(["One. Two.", None]).to_dict("list")["text"]
    ['One.', 'Two.']
    """
    pd = _pandas()
    keys, values = _documents(texts, "sentences_frame")
    results = _progress.run(
        lambda counter: split_sentences_batch(values, n_threads=n_threads, progress=counter),
        len(values),
        progress,
        "sentences",
    )
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
            "text": pd.Series(text, dtype=TEXT),
        },
        columns=SENTENCE_COLUMNS,
    )


def entities_frame(
    texts: Any,
    *,
    gazetteer: Gazetteer | None = None,
    date: Any = None,
    n_threads: int | None = None,
    link_across: bool = True,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Entities of many texts as a long DataFrame, one row per mention.

    Columns: doc, start, end, text, label, canonical, id, date (ISO value of a DATE),
    number (value of a CARDINAL) and role (what a CARDINAL counts). ``texts`` is
    accepted as by :func:`sentences_frame`; None/NaN documents give no rows. The texts
    are one corpus: people are linked across them (``link_across=False`` keeps each
    text's own reading).

    >>> df = entities_frame({"a": "Indian troops reached Srinagar on May 10, 2025."})
    >>> df[["doc", "text", "label", "canonical"]].values.tolist()
    [['a', 'Indian', 'NORP', 'Indian'], ['a', 'Srinagar', 'GPE', 'Srinagar'], ['a', 'May 10, 2025', 'DATE', '2025-05-10']]
    """
    pd = _pandas()
    keys, values = _documents(texts, "entities_frame")
    results = _progress.run(
        lambda counter: tag_entities_batch(
            values, gazetteer=gazetteer, date=date, n_threads=n_threads, link_across=link_across, progress=counter
        ),
        len(values),
        progress,
        "entities",
    )
    columns: dict[str, list[Any]] = {c: [] for c in ENTITY_COLUMNS}
    for key, ents in zip(keys, results):
        for e in ents or ():
            columns["doc"].append(key)
            columns["start"].append(e.start)
            columns["end"].append(e.end)
            columns["text"].append(e.text)
            columns["label"].append(e.label)
            columns["canonical"].append(e.canonical)
            columns["id"].append(e.id)
            columns["date"].append(e.date)
            columns["number"].append(e.number if e.number is not None else float("nan"))
            columns["role"].append(e.role)
    docs = columns["doc"]
    return pd.DataFrame(
        {
            "doc": pd.Series(docs, dtype=object if not docs else None),
            "start": pd.Series(columns["start"], dtype="int64"),
            "end": pd.Series(columns["end"], dtype="int64"),
            **{
                c: pd.Series(columns[c], dtype=TEXT)
                for c in ("text", "label", "canonical", "id", "date")
            },
            "number": pd.Series(columns["number"], dtype="float64"),
            "role": pd.Series(columns["role"], dtype=TEXT),
        },
        columns=ENTITY_COLUMNS,
    )
