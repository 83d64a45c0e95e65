"""pandas accessors: ``series.slant`` and ``frame.slant``.

Registered when pandas is imported (before or after slant), so that ``import slant``
itself stays free of pandas.

>>> import pandas as pd
>>> s = pd.Series({"a": "Dr. Lee met Gen. Ahmed. They talked.", "b": None})
>>> s.slant.sentences()["text"].tolist()
['Dr. Lee met Gen. Ahmed.', 'They talked.']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pandas as pd

from slant._optional import need
from slant.corpus import Corpus
from slant.errors import SlantValueError
from slant.frames import entities_frame, sentences_frame

if TYPE_CHECKING:
    from slant._slant import Catalogue, Gazetteer


@pd.api.extensions.register_series_accessor("slant")
class SeriesAccessor:
    """``series.slant``: slant's layers over a Series of texts; the index becomes ``doc``
    and None/NaN rows give no rows."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def sentences(self, *, n_threads: int | None = None, progress: bool | None = None) -> pd.DataFrame:
        """One row per sentence: doc, sent, start, end, text."""
        return sentences_frame(self._series, n_threads=n_threads, progress=progress)

    def entities(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        date: Any = None,
        n_threads: int | None = None,
        link_across: bool = True,
        progress: bool | None = None,
    ) -> pd.DataFrame:
        """One row per entity mention: doc, start, end, text, label, canonical, id, ..."""
        return entities_frame(
            self._series,
            gazetteer=gazetteer,
            date=date,
            n_threads=n_threads,
            link_across=link_across,
            progress=progress,
        )


@pd.api.extensions.register_dataframe_accessor("slant")
class FrameAccessor:
    """``frame.slant``: a DataFrame of articles as a :class:`slant.Corpus`, and slant's
    long frames as polars."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self._frame = frame

    def corpus(
        self,
        text: str = "text",
        source: str = "source",
        date: str = "date",
        *,
        catalogue: Catalogue | None = None,
        gazetteer: Gazetteer | None = None,
        n_threads: int | None = None,
        progress: bool | None = None,
    ) -> Corpus:
        """The rows as one corpus, one source per row (``date`` is optional)."""
        return Corpus(
            self._frame,
            text=text,
            source=source,
            date=date,
            catalogue=catalogue,
            gazetteer=gazetteer,
            n_threads=n_threads,
            progress=progress,
        )

    def sentences(self, text: str = "text", **kwargs: Any) -> pd.DataFrame:
        """Sentences of the ``text`` column (the index becomes ``doc``)."""
        return self._column(text).slant.sentences(**kwargs)

    def entities(self, text: str = "text", **kwargs: Any) -> pd.DataFrame:
        """Entities of the ``text`` column (the index becomes ``doc``)."""
        return self._column(text).slant.entities(**kwargs)

    def to_polars(self) -> Any:
        """The frame as a polars DataFrame (``doc`` as a column), if polars is installed."""
        pl = need("polars", "to_polars")
        frame = self._frame
        columns = {}
        for name in frame.columns:
            values = frame[name].tolist()
            if name == "doc":
                values = [str(v) for v in values]
            # pandas' missing values (NA, NaN in text columns) become polars nulls.
            columns[str(name)] = [None if v is pd.NA else v for v in values]
        return pl.DataFrame(columns)

    def _column(self, name: str) -> pd.Series:
        if name not in self._frame.columns:
            raise SlantValueError(
                f"frame.slant: the DataFrame has no column {name!r} (columns: {list(self._frame.columns)})"
            )
        return self._frame[name]
