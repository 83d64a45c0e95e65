"""slant over a dask DataFrame: sentences, entities and coverage per partition.

Each helper returns a lazy dask DataFrame in slant's long form; ``.compute()`` gives
the same rows as the single-process functions. Analyzers (``Gazetteer``,
``Catalogue``) travel to the workers by pickling their records.

>>> import dask.dataframe as dd, pandas as pd
>>> import slant.dask
>>> articles = dd.from_pandas(pd.DataFrame({"text": ["One. Two.", "Three."]}), npartitions=2)
>>> slant.dask.sentences(articles).compute()["text"].tolist()
['One.', 'Two.', 'Three.']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from slant._optional import need

need("dask.dataframe", "slant.dask", "dask")

from slant.corpus import Corpus  # noqa: E402 - after the check that dask is there
from slant.errors import SlantTypeError, SlantValueError
from slant.frames import TEXT, entities_frame, sentences_frame

if TYPE_CHECKING:
    import dask.dataframe as dd

    from slant._slant import Catalogue, Gazetteer

STORY = "story"


def _texts(frame: Any, text: str) -> Any:
    """The column of texts of a dask DataFrame, or the Series itself."""
    import dask.dataframe as dd

    if isinstance(frame, dd.Series):
        return frame
    if isinstance(frame, dd.DataFrame):
        if text not in frame.columns:
            raise SlantValueError(f"slant.dask: the DataFrame has no column {text!r} (columns: {list(frame.columns)})")
        return frame[text]
    raise SlantTypeError(f"slant.dask: expected a dask DataFrame or Series, not {type(frame).__name__}")


def _sentences_part(part: pd.Series, n_threads: int | None) -> pd.DataFrame:
    return sentences_frame(part, n_threads=n_threads, progress=False)


def _entities_part(part: pd.Series, gazetteer: Gazetteer | None, n_threads: int | None) -> pd.DataFrame:
    # Each document is read on its own: linking people across documents needs the
    # whole story in one place (see coverage()).
    return entities_frame(part, gazetteer=gazetteer, n_threads=n_threads, link_across=False, progress=False)


def sentences(frame: Any, text: str = "text", *, n_threads: int | None = None) -> dd.DataFrame:
    """Sentences of every document: doc (the frame's index), sent, start, end, text."""
    series = _texts(frame, text)
    meta = sentences_frame([], progress=False)
    return series.map_partitions(_sentences_part, n_threads, meta=meta)


def entities(
    frame: Any, text: str = "text", *, gazetteer: Gazetteer | None = None, n_threads: int | None = None
) -> dd.DataFrame:
    """Entities of every document, each read on its own (``link_across=False``)."""
    series = _texts(frame, text)
    meta = entities_frame([], link_across=False, progress=False)
    return series.map_partitions(_entities_part, gazetteer, n_threads, meta=meta)


def _coverage_part(
    part: pd.DataFrame,
    story: str,
    text: str,
    source: str,
    date: str,
    catalogue: Catalogue | None,
    gazetteer: Gazetteer | None,
) -> pd.DataFrame:
    frames = []
    for key, rows in part.groupby(story, sort=True):
        corpus = Corpus(rows, text=text, source=source, date=date, catalogue=catalogue, gazetteer=gazetteer)
        frames.append(corpus.coverage().assign(**{story: key}))
    if not frames:
        return _coverage_meta(story)
    out = pd.concat(frames, ignore_index=True)
    return out[[story, *[c for c in out.columns if c != story]]]


def _coverage_meta(story: str) -> pd.DataFrame:
    empty = Corpus({}).coverage()
    return empty.assign(**{story: pd.Series(dtype=TEXT)})[[story, *empty.columns]]


def coverage(
    frame: Any,
    *,
    story: str = STORY,
    text: str = "text",
    source: str = "source",
    date: str = "date",
    catalogue: Catalogue | None = None,
    gazetteer: Gazetteer | None = None,
) -> dd.DataFrame:
    """Coverage of each story: one row per (story, incident, source) as in
    :meth:`Corpus.coverage`. The articles of one story are moved to one partition
    (a shuffle on ``story``); without a ``story`` column the frame is one story."""
    import dask.dataframe as dd

    if not isinstance(frame, dd.DataFrame):
        raise SlantTypeError(f"slant.dask.coverage: expected a dask DataFrame, not {type(frame).__name__}")
    for col in (text, source):
        if col not in frame.columns:
            raise SlantValueError(f"slant.dask.coverage: the DataFrame has no column {col!r}")
    if story not in frame.columns:
        frame = frame.assign(**{story: "all"}).repartition(npartitions=1)
    else:
        frame = frame.shuffle(on=story)
    meta = _coverage_meta(story)
    return frame.map_partitions(_coverage_part, story, text, source, date, catalogue, gazetteer, meta=meta)
