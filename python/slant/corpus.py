"""The corpus layer: several sources' articles on one story, compared side by side."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from slant import _progress
from slant._optional import need
from slant._slant import Catalogue, Gazetteer, analyze_corpus, attitude_batch, lean_rows
from slant.errors import SlantTypeError, SlantValueError
from slant.frames import TEXT, _pandas

if TYPE_CHECKING:
    import pandas as pd

ATTITUDE_COLUMNS = [
    "source", "target", "target_id", "kind", "start", "end", "text", "label", "score", "cues", "sentence",
]
STANCE_COLUMNS = [
    "source", "target", "target_id", "kind", "mentions", "negative", "neutral", "positive", "score", "evidence",
    "evidence_score",
]


F = TypeVar("F", bound=Callable[..., Any])


def _long_frame(method: F) -> F:
    """Give a result frame stable dtypes: text columns (every value a str or missing)
    become pandas' ``string`` dtype, so frames concatenate and round-trip alike."""

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from pandas.api.types import infer_dtype

        frame = method(*args, **kwargs)
        for name in frame.columns:
            col = frame[name]
            if str(col.dtype) == "str":  # pandas 3's default for text
                frame[name] = col.astype(TEXT)
            elif col.dtype == object and infer_dtype(col, skipna=True) in ("string", "empty"):
                frame[name] = col.astype(TEXT)
        return frame

    return wrapper  # type: ignore[return-value]


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:
        return True
    return type(value).__name__ in ("NAType", "NaTType")


def _read_docs(docs: Any, text: str, source: str, date: str) -> list[tuple[str, str, Any]]:
    """(source, text, date) triples from a mapping, a list of pairs or triples, or a DataFrame."""
    if hasattr(docs, "columns") and hasattr(docs, "itertuples"):
        for col in (text, source):
            if col not in docs.columns:
                raise SlantValueError(f"Corpus: the DataFrame has no column {col!r} (columns: {list(docs.columns)})")
        dates = docs[date] if date in docs.columns else [None] * len(docs)
        rows: list[tuple[Any, Any, Any]] = list(zip(docs[source], docs[text], dates))
    elif isinstance(docs, Mapping):
        rows = [(k, v, None) for k, v in docs.items()]
    elif isinstance(docs, Iterable) and not isinstance(docs, (str, bytes)):
        rows = []
        for i, item in enumerate(docs):
            if not isinstance(item, (tuple, list)) or len(item) not in (2, 3):
                raise SlantTypeError(
                    f"Corpus: docs[{i}] must be a (source, text) or (source, text, date) pair, not {type(item).__name__}"
                )
            rows.append((item[0], item[1], item[2] if len(item) == 3 else None))
    else:
        raise SlantTypeError(
            f"Corpus: docs must be a mapping {{source: text}}, a list of (source, text) or a DataFrame, not {type(docs).__name__}"
        )
    out: list[tuple[str, str, Any]] = []
    seen: set[str] = set()
    for i, (src, body, when) in enumerate(rows):
        if _missing(src):
            raise SlantValueError(f"Corpus: document {i} has no source")
        src = str(src)
        if src in seen:
            raise SlantValueError(f"Corpus: duplicate source {src!r} (document {i}); give each document its own name")
        seen.add(src)
        if _missing(body):
            body = ""
        if not isinstance(body, str):
            raise SlantTypeError(f"Corpus: text of {src!r} (document {i}) is {type(body).__name__}, expected str")
        out.append((src, body, None if _missing(when) else when))
    return out


class Document:
    """One analysed article: sentences, entities, incident mentions, quotes, repeated
    passages and site lines. Renders as HTML in Jupyter (``to_html()`` gives the string).

    >>> d = Document("Gunmen killed 9 people in Quetta on May 2, 2025. Police said so.")
    >>> [e.text for e in d.entities if e.label == "GPE"], len(d.sentences)
    (['Quetta'], 2)
    """

    source: str
    text: str
    sentences: list[tuple[int, int]]
    repeated: list[bool]
    boilerplate: list[str | None]
    entities: list[Any]
    mentions: list[dict[str, Any]]
    quotes: list[dict[str, Any]]

    def __init__(
        self,
        text: str,
        *,
        source: str = "document",
        gazetteer: Gazetteer | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        if not isinstance(text, str):
            raise SlantTypeError(f"Document: text must be str, not {type(text).__name__}")
        corpus = Corpus({source: text}, gazetteer=gazetteer, catalogue=catalogue)
        other = corpus.document(source)
        self.__dict__.update(other.__dict__)

    @classmethod
    def _of(cls, source: str, text: str, doc: dict[str, Any], mentions: list[dict[str, Any]]) -> Document:
        self = cls.__new__(cls)
        self.source = source
        self.text = text
        self.sentences = [tuple(s) for s in doc["sentences"]]
        self.repeated = list(doc["repeated"])
        self.boilerplate = list(doc["boilerplate"])
        self.entities = list(doc["entities"])
        self.mentions = mentions
        self.quotes = list(doc["quotes"])
        return self

    def to_html(self, *, full_page: bool = False) -> str:
        """The text with entities highlighted by label (canonical name on hover),
        incident mentions underlined, repeated passages and site lines greyed."""
        from slant import report

        body = report.document_body(self)
        return report.page(body, self.source) if full_page else report.fragment(body)

    def _repr_html_(self) -> str:
        return self.to_html()

    def __repr__(self) -> str:
        return (
            f"Document({self.source!r}, {len(self.sentences)} sentences, {len(self.entities)} entities, "
            f"{len(self.mentions)} incident mentions)"
        )


class Corpus:
    """Articles from several sources about one story, analysed together.

    ``docs`` is a mapping {source: text}, a list of (source, text) or (source, text,
    date) tuples, or a DataFrame with ``text``, ``source`` and optionally ``date``
    columns (names set by the keyword arguments). A document without a date is read
    against its dateline, or its first full date (weekdays near it, on either side),
    or else the latest date of the corpus. With a ``catalogue``,
    mentions link to its incidents (which keep the catalogue's ids and names).
    ``progress`` draws a tqdm bar (by default only for 200 or more documents in a
    terminal or a notebook).

    >>> c = Corpus({"a": "A bomb attack in Quetta killed 9 people on May 2, 2025.",
    ...             "b": "Officials met in Geneva.",
    ...             "c": "The May 2 bombing in Quetta drew condemnation."})
    >>> c.coverage_matrix().loc["Quetta bombing (2025-05-02)"].to_dict()
    {'a': True, 'b': False, 'c': True}
    """

    def __init__(
        self,
        docs: Any,
        *,
        text: str = "text",
        source: str = "source",
        date: str = "date",
        catalogue: Catalogue | None = None,
        gazetteer: Gazetteer | None = None,
        n_threads: int | None = None,
        progress: bool | None = None,
    ) -> None:
        rows = _read_docs(docs, text, source, date)
        self._sources = [r[0] for r in rows]
        self._texts = [r[1] for r in rows]
        dates = [r[2] for r in rows]
        if catalogue is not None and not isinstance(catalogue, Catalogue):
            raise SlantTypeError(f"Corpus: catalogue must be a slant.Catalogue, not {type(catalogue).__name__}")
        self._docs, self._incidents, coverage = _progress.run(
            lambda counter: analyze_corpus(
                self._texts, dates, gazetteer=gazetteer, catalogue=catalogue, n_threads=n_threads, progress=counter
            ),
            len(self._texts),
            progress,
            "corpus",
        )
        self._attitude_rows: list[dict[str, Any]] | None = None
        # The core decides coverage (which mentions count, which documents are
        # compared on an item, what is an omission); these are its cells as columns.
        self._stories: list[int] = coverage["stories"]
        self._incident_cells: dict[str, list[Any]] = coverage["incident_cells"]
        self._actor_cells: dict[str, list[Any]] = coverage["actor_cells"]
        self._actors: list[tuple[str, str, str]] = list(
            zip(coverage["actor_ids"], coverage["actor_names"], coverage["actor_kinds"])
        )

    @property
    def sources(self) -> list[str]:
        """Source names, in input order."""
        return list(self._sources)

    def text(self, source: str) -> str:
        """The text of one source."""
        return self._texts[self._index(source)]

    def _index(self, source: str) -> int:
        try:
            return self._sources.index(source)
        except ValueError:
            raise SlantValueError(f"Corpus: unknown source {source!r}; sources are {self._sources}") from None

    def document(self, source: str) -> Document:
        """One source's document with its sentences, entities, incident mentions and
        quotes; renders as HTML in Jupyter."""
        d = self._index(source)
        doc = self._docs[d]
        mentions = [
            {**m, "name": None if m["incident"] is None else self._incidents[m["incident"]]["name"]}
            for m in doc["mentions"]
        ]
        return Document._of(source, self._texts[d], doc, mentions)

    def to_html(self, *, documents: bool = True, full_page: bool = False) -> str:
        """The comparison as HTML: coverage matrix, omissions, word choice, stance,
        voices and (with ``documents``) each document with its spans marked.
        ``full_page`` gives a standalone page (``slant compare --format html``)."""
        from slant import report

        body = report.corpus_body(self, documents=documents)
        return report.page(body, "slant report") if full_page else report.fragment(body)

    def _repr_html_(self) -> str:
        return self.to_html(documents=False)

    def _lean(self, targets: Iterable[str] | None, top: int = 6) -> pd.DataFrame:
        """The stance table to draw: the given targets, or the ``top`` actors (not
        incidents) with the most mentions."""
        table = self.stance(targets)
        if targets is None:
            actors = table[table["kind"] != "incident"]
            busiest = actors.groupby("target")["mentions"].sum().sort_values(ascending=False)
            table = actors[actors["target"].isin(list(busiest.index[:top]))]
        return table

    def plot_stance(self, targets: Iterable[str] | None = None, *, ax: Any = None) -> Any:
        """A diverging bar chart (matplotlib) of each source's mean attitude toward each
        target; returns the Axes."""
        plt = need("matplotlib.pyplot", "Corpus.plot_stance", "notebook")
        table = self._lean(targets)
        wide = table.pivot(index="target", columns="source", values="score").reindex(columns=self._sources)
        if ax is None:
            _, ax = plt.subplots(figsize=(7, 0.6 + 0.5 * len(wide) * max(1, len(self._sources)) / 2))
        wide.plot.barh(ax=ax, width=0.8)
        ax.axvline(0, color="#374151", linewidth=0.8)
        ax.set_xlim(-1, 1)
        ax.set_xlabel("mean attitude (negative ← → positive)")
        ax.set_ylabel("")
        return ax

    def _sentence(self, d: int, k: int) -> str:
        s, e = self._docs[d]["sentences"][k]
        return self._texts[d][s:e]

    @_long_frame
    def entities(self) -> pd.DataFrame:
        """Entities of every document, one row per mention, with its source and the
        actor it stands for (its id; a demonym's or a capital's country, see
        :meth:`actors`)."""
        pd = _pandas()
        rows = [
            (src, e.start, e.end, e.text, e.label, e.canonical, e.id, key, e.date, e.number, e.role)
            for src, doc in zip(self._sources, self._docs)
            for e, key in zip(doc["entities"], doc["actor_keys"])
        ]
        cols = ["source", "start", "end", "text", "label", "canonical", "id", "actor", "date", "number", "role"]
        return pd.DataFrame(rows, columns=cols)

    @_long_frame
    def incidents(self) -> pd.DataFrame:
        """Incidents found in the corpus: incident, name, type, place, date, sources."""
        pd = _pandas()
        rows = []
        by_incident: dict[int, list[int]] = {}
        cells = self._incident_cells
        for k, d, n in zip(cells["item"], cells["doc"], cells["mentions"]):
            if n:
                by_incident.setdefault(k, []).append(d)
        for k, inc in enumerate(self._incidents):
            sources = [self._sources[d] for d in by_incident.get(k, [])]
            date = inc["date"]
            rows.append(
                {
                    "incident": inc["id"],
                    "name": inc["name"],
                    "type": inc["type"],
                    "place": inc["places"][0] if inc["places"] else None,
                    "countries": inc["countries"],
                    "date": None if date is None else (date[0] if date[0] == date[1] else f"{date[0]}/{date[1]}"),
                    "sources": sources,
                    "catalogued": inc["catalogued"],
                }
            )
        cols = ["incident", "name", "type", "place", "countries", "date", "sources", "catalogued"]
        return pd.DataFrame(rows, columns=cols)

    @_long_frame
    def mentions(self) -> pd.DataFrame:
        """Every incident mention: source, incident, the phrase used, its sentence, and
        whether the sentence repeats an earlier passage of the same document."""
        pd = _pandas()
        rows = []
        for d, doc in enumerate(self._docs):
            for m in doc["mentions"]:
                k = m["incident"]
                rows.append(
                    {
                        "source": self._sources[d],
                        "incident": None if k is None else self._incidents[k]["id"],
                        "name": None if k is None else self._incidents[k]["name"],
                        "type": m["type"],
                        "label": m["text"],
                        "start": m["start"],
                        "end": m["end"],
                        "sentence": self._sentence(d, m["sentence"]),
                        "repeated": m["repeated"],
                    }
                )
        cols = ["source", "incident", "name", "type", "label", "start", "end", "sentence", "repeated"]
        return pd.DataFrame(rows, columns=cols)

    @property
    def stories(self) -> list[int]:
        """Each document's story: documents grouped by the names and rarer words they
        share, numbered from 0 in order of first document. Coverage compares the
        sources of one story; a corpus of one story is all 0.

        >>> Corpus({"a": "Floods hit Valencia.", "b": "Valencia floods: 200 dead."}).stories
        [0, 0]
        """
        return list(self._stories)

    @_long_frame
    def coverage(self, kind: str = "incident") -> pd.DataFrame:
        """One row per (incident, source) compared: mentioned, omitted (left out while
        another source tells it, or the catalogue lists it), mentions (outside repeated
        passages and site lines), evidence (the first sentence that mentions it), start,
        end and label (the phrase the source used). An incident is compared across the
        sources whose articles tell its story (see :attr:`stories`; a catalogued
        incident, across all). ``kind="entity"`` does the same for actors."""
        if kind == "entity":
            return self._coverage_frame("entity", [a[0] for a in self._actors], [a[1] for a in self._actors])
        if kind != "incident":
            raise SlantValueError(f"Corpus.coverage: kind must be 'incident' or 'entity', not {kind!r}")
        return self._coverage_frame(
            "incident", [inc["id"] for inc in self._incidents], [inc["name"] for inc in self._incidents]
        )

    def _coverage_frame(self, kind: str, ids: list[str], names: list[str]) -> pd.DataFrame:
        import numpy as np

        pd = _pandas()
        cells = self._incident_cells if kind == "incident" else self._actor_cells
        item = np.asarray(cells["item"], dtype="int64")
        doc = np.asarray(cells["doc"], dtype="int64")
        first = cells["first"]
        n = len(item)
        start = np.zeros(n, dtype="int64")
        end = np.zeros(n, dtype="int64")
        missing = np.ones(n, dtype=bool)
        # Text columns are built only for the cells that have a mention and spread out
        # with one take (missing elsewhere): most cells of a large corpus are omissions.
        found = np.full(n, -1, dtype="int64")
        evidence: list[str] = []
        label: list[str] = []
        starts: dict[int, list[int]] = {}
        for at, (d, f) in enumerate(zip(cells["doc"], first)):
            if f < 0:
                continue
            docd = self._docs[d]
            if kind == "incident":
                m = docd["mentions"][f]
                s, e, k = m["start"], m["end"], m["sentence"]
                said = m["text"]
            else:
                if f < len(docd["entities"]):
                    ent = docd["entities"][f]
                    s, e, said = ent.start, ent.end, ent.text
                else:
                    # A group named without a proper name ("protesters"): after the entities.
                    s, e = docd["groups"][f - len(docd["entities"])][:2]
                    said = self._texts[d][s:e]
                if d not in starts:
                    starts[d] = [a for a, _ in docd["sentences"]]
                k = bisect.bisect_right(starts[d], s) - 1
            found[at] = len(evidence)
            evidence.append(self._sentence(d, k) if k >= 0 else said)
            label.append(said)
            start[at], end[at] = s, e
            missing[at] = False

        def pick(values: list[str], index: np.ndarray) -> Any:
            return pd.array(values, dtype=TEXT).take(index, allow_fill=True)

        frame = pd.DataFrame(
            {
                kind: pick(ids, item),
                "name": pick(names, item),
                "source": pick(list(self._sources), doc),
                "mentioned": np.asarray(cells["mentions"], dtype="int64") > 0,
                "omitted": np.asarray(cells["omitted"], dtype=bool),
                "mentions": np.asarray(cells["mentions"], dtype="int64"),
                "evidence": pick(evidence, found),
                "start": pd.arrays.IntegerArray(start, missing.copy()),
                "end": pd.arrays.IntegerArray(end, missing),
                "label": pick(label, found),
            },
            copy=False,  # the arrays are new and owned by nobody else
        )
        return frame

    @_long_frame
    def actors(self) -> pd.DataFrame:
        """The actors the sources name, one row each: actor (its id, shared across
        sources), name, kind (person, organisation, country, group, place), mentions
        (outside repeated passages and site lines) and the sources that mention it. A
        demonym or a capital speaking for its country counts toward the country.

        >>> c = Corpus({"a": "Indian troops crossed into Pakistan.", "b": "New Delhi said Islamabad lied."})
        >>> c.actors()[["actor", "name", "kind", "mentions", "sources"]].values.tolist()
        [['iso:IN', 'India', 'country', 2, ['a', 'b']], ['iso:PK', 'Pakistan', 'country', 2, ['a', 'b']]]
        """
        pd = _pandas()
        cells = self._actor_cells
        counts = [0] * len(self._actors)
        sources: list[list[str]] = [[] for _ in self._actors]
        for k, d, n in zip(cells["item"], cells["doc"], cells["mentions"]):
            if n:
                counts[k] += n
                sources[k].append(self._sources[d])
        rows = [
            (ident, name, kind, counts[k], sources[k])
            for k, (ident, name, kind) in enumerate(self._actors)
        ]
        return pd.DataFrame(rows, columns=["actor", "name", "kind", "mentions", "sources"])

    @_long_frame
    def actor_mentions(self) -> pd.DataFrame:
        """Every mention of an actor, one row each: source, start, end, text, actor
        (its id, shared across sources; see :meth:`actors`), name, kind, and whether
        it counts as evidence (not in a repeated passage or a site line). Names of
        people, organisations, places and groups, demonyms and capitals speaking for
        their country, and groups named without a proper name ("protesters")."""
        pd = _pandas()
        about = {ident: (name, kind) for ident, name, kind in self._actors}
        rows = []
        for src, doc, text in zip(self._sources, self._docs, self._texts):
            for s, e, ident, counted in doc["actor_mentions"]:
                name, kind = about.get(ident, (text[s:e], None))
                rows.append((src, s, e, text[s:e], ident, name, kind, counted))
        cols = ["source", "start", "end", "text", "actor", "name", "kind", "counted"]
        return pd.DataFrame(rows, columns=cols).astype({"counted": bool})

    def coverage_matrix(self, kind: str = "incident") -> pd.DataFrame:
        """Wide table: one row per incident (or actor) by name, one boolean column per
        source (False also where the source tells another story)."""
        df = self.coverage(kind)
        table = df.pivot_table(
            index="name", columns="source", values="mentioned", aggfunc="any", sort=False, fill_value=False
        )
        return table.reindex(columns=self._sources, fill_value=False).astype(bool)

    @_long_frame
    def omissions(self, source: str) -> pd.DataFrame:
        """Incidents that other sources of the same story (or the catalogue) have and
        ``source`` leaves out, with the sources that mention them."""
        self._index(source)
        pd = _pandas()
        cells = self._incident_cells
        told: dict[int, list[str]] = {}
        mine: set[int] = set()
        left: list[int] = []
        for k, d, n, out in zip(cells["item"], cells["doc"], cells["mentions"], cells["omitted"]):
            src = self._sources[d]
            if n:
                told.setdefault(k, []).append(src)
                if src == source:
                    mine.add(k)
            elif out and src == source:
                left.append(k)
        rows = []
        for k in dict.fromkeys(left):
            if k in mine:
                continue
            inc = self._incidents[k]
            others = list(dict.fromkeys(s for s in told.get(k, []) if s != source))
            rows.append({"incident": inc["id"], "name": inc["name"], "type": inc["type"], "mentioned_by": others})
        return pd.DataFrame(rows, columns=["incident", "name", "type", "mentioned_by"])

    @_long_frame
    def boilerplate(self) -> pd.DataFrame:
        """Sentences that belong to the site, not the story: teasers ("Read more:"),
        share and comment notices, embedded social posts, copyright lines. Flagged,
        never removed; their incident mentions do not count as coverage."""
        pd = _pandas()
        rows = [
            (src, s, e, kind, self._texts[d][s:e])
            for d, (src, doc) in enumerate(zip(self._sources, self._docs))
            for (s, e), kind in zip(doc["sentences"], doc["boilerplate"])
            if kind
        ]
        return pd.DataFrame(rows, columns=["source", "start", "end", "kind", "text"])

    @_long_frame
    def omission_claims(self) -> pd.DataFrame:
        """Sentences in which a source says that some document left an incident out
        ("made no mention of", "lack of reference to", ...): the claimant, the document
        spoken of, and the incident left out, one row per omitted incident."""
        pd = _pandas()
        rows = []
        for d, (src, doc) in enumerate(zip(self._sources, self._docs)):
            ents, mentions = doc["entities"], doc["mentions"]
            for c in doc["claims"]:
                who = ents[c["claimant"]] if c["claimant"] is not None else None
                document = mentions[c["document"]] if c["document"] is not None else None
                doc_k = None if document is None else document["incident"]
                for i in c["omitted"]:
                    k = mentions[i]["incident"]
                    rows.append(
                        {
                            "source": src,
                            "claimant": None if who is None else who.canonical,
                            "claimant_id": None if who is None else who.id,
                            "cue": c["cue"],
                            "document": None if document is None else document["text"],
                            "document_incident": None if doc_k is None else self._incidents[doc_k]["name"],
                            "omitted": mentions[i]["text"],
                            "incident": None if k is None else self._incidents[k]["id"],
                            "name": None if k is None else self._incidents[k]["name"],
                            "sentence": self._sentence(d, c["sentence"]),
                            "start": c["start"],
                            "end": c["end"],
                        }
                    )
        cols = ["source", "claimant", "claimant_id", "cue", "document", "document_incident"]
        cols += ["omitted", "incident", "name", "sentence", "start", "end"]
        return pd.DataFrame(rows, columns=cols)

    @_long_frame
    def quotes(self) -> pd.DataFrame:
        """Quotes and reported speech, one row each: source, speaker (as written),
        canonical and id (when the speaker is a named entity, linked across sources),
        kind (direct, indirect, scare), verb and its class (neutral, distancing,
        endorsing, denying), the quote, its offsets, and whether it sits in a repeated
        passage or a site line."""
        pd = _pandas()
        rows = []
        for src, doc in zip(self._sources, self._docs):
            ents = doc["entities"]
            starts = [s for s, _ in doc["sentences"]]
            for q in doc["quotes"]:
                e = ents[q["entity"]] if q["entity"] is not None else None
                k = max(bisect.bisect_right(starts, q["start"]) - 1, 0)
                flagged = bool(starts) and not doc["counted"][k]
                rows.append(
                    {
                        "source": src,
                        "speaker": q["speaker"],
                        "canonical": e.canonical if e is not None else q["speaker"],
                        "id": e.id if e is not None else None,
                        "kind": q["kind"],
                        "verb": q["verb"],
                        "verb_class": q["verb_class"],
                        "quote": q["quote"],
                        "start": q["start"],
                        "end": q["end"],
                        "repeated": flagged,
                    }
                )
        cols = ["source", "speaker", "canonical", "id", "kind", "verb", "verb_class", "quote", "start", "end", "repeated"]
        return pd.DataFrame(rows, columns=cols).astype({"repeated": bool})

    @_long_frame
    def voices(self) -> pd.DataFrame:
        """Who speaks how often in each source: one row per (source, speaker), with
        direct and indirect counts; unnamed speakers keep their description."""
        pd = _pandas()
        q = self.quotes()
        # A repeated passage or a site line adds no voice.
        q = q[(q["kind"] != "scare") & ~q["repeated"]]
        if q.empty:
            return pd.DataFrame(columns=["source", "canonical", "id", "direct", "indirect", "total"])
        q = q.assign(direct=(q["kind"] == "direct").astype(int), indirect=(q["kind"] == "indirect").astype(int))
        out = q.groupby(["source", "canonical"], sort=False, dropna=False).agg(
            id=("id", "first"), direct=("direct", "sum"), indirect=("indirect", "sum")
        )
        out["total"] = out["direct"] + out["indirect"]
        return out.reset_index().sort_values(["source", "total"], ascending=[True, False], ignore_index=True)

    def _counted(self, doc: dict, k: int) -> bool:
        """Whether sentence k of a document counts (not a repeat, not a site line)."""
        return bool(doc["counted"][k])

    @_long_frame
    def labels(self) -> pd.DataFrame:
        """The words each source chooses: one row per (referent, source, phrase) with the
        phrase's frame (condemning, neutral, minimising, legitimising, delegitimising),
        intensity, count and the first sentence using it. The referent is the incident
        the phrase names or sits beside, or the entity it names ("IIOJK" → Jammu and
        Kashmir); "(general)" otherwise."""
        pd = _pandas()
        groups: dict[tuple[str, str, str], dict[str, Any]] = {}
        for d, (src, doc) in enumerate(zip(self._sources, self._docs)):
            for f in doc["frames"]:
                k = f["sentence"]
                if not self._counted(doc, k):
                    continue
                referent = f["referent"]
                key = (referent, src, f["phrase"].lower())
                g = groups.get(key)
                if g is None:
                    groups[key] = {
                        "referent": referent,
                        "source": src,
                        "phrase": f["phrase"],
                        "frame": f["frame"],
                        "intensity": f["intensity"],
                        "count": 1,
                        "evidence": self._sentence(d, k),
                    }
                else:
                    g["count"] += 1
        cols = ["referent", "source", "phrase", "frame", "intensity", "count", "evidence"]
        return pd.DataFrame(list(groups.values()), columns=cols)

    @_long_frame
    def attribution(self) -> pd.DataFrame:
        """Per source: words, reported speech by verb class (neutral, distancing,
        endorsing, denying), hedges ("reportedly", "so-called") and scare quotes."""
        pd = _pandas()
        q = self.quotes()
        q = q[~q["repeated"]]
        rows = []
        for src, doc, text in zip(self._sources, self._docs, self._texts):
            words = sum(
                len(text[s:e].split()) for k, (s, e) in enumerate(doc["sentences"]) if self._counted(doc, k)
            )
            mine = q[q["source"] == src]
            spoken = mine[mine["kind"] != "scare"]
            row = {"source": src, "words": words}
            for klass in ("neutral", "distancing", "endorsing", "denying"):
                row[klass] = int((spoken["verb_class"] == klass).sum())
            row["hedges"] = sum(1 for h in doc["hedges"] if self._counted(doc, h["sentence"]))
            row["scare_quotes"] = int((mine["kind"] == "scare").sum())
            rows.append(row)
        cols = ["source", "words", "neutral", "distancing", "endorsing", "denying", "hedges", "scare_quotes"]
        return pd.DataFrame(rows, columns=cols)

    def _attitudes(self) -> list[dict[str, Any]]:
        """Every actor and incident mention outside repeats and site lines, with the
        attitude its sentence expresses toward it (computed once, in parallel)."""
        if self._attitude_rows is not None:
            return self._attitude_rows
        # The core says which mentions are targets (actors outside repeats and site
        # lines, a demonym or a capital counting toward its country; incidents).
        jobs = [[(t[0], t[1]) for t in doc["stance_targets"]] for doc in self._docs]
        meta = [[(t[2], t[3], t[4]) for t in doc["stance_targets"]] for doc in self._docs]
        found = _progress.run(
            lambda counter: attitude_batch(self._texts, jobs, progress=counter), len(jobs), None, "attitude"
        )
        rows: list[dict[str, Any]] = []
        for src, info, atts in zip(self._sources, meta, found):
            for (target, key, kind), a in zip(info, atts):
                rows.append(
                    {
                        "source": src,
                        "target": target,
                        "target_id": key,
                        "kind": kind,
                        "start": a.start,
                        "end": a.end,
                        "text": a.target,
                        "label": a.label,
                        "score": a.score,
                        "cues": ", ".join(c[2] for c in a.cues),
                        "sentence": a.evidence,
                    }
                )
        self._attitude_rows = rows
        return rows

    @_long_frame
    def attitudes(self) -> pd.DataFrame:
        """The attitude toward every mention of an actor (person, organisation, place,
        group, demonym) or incident: one row per mention with its source, target
        (demonyms and capitals count toward their country), label (negative, neutral,
        positive), score in [-1, 1], the words that decided it (cues) and the sentence."""
        pd = _pandas()
        return pd.DataFrame(self._attitudes(), columns=ATTITUDE_COLUMNS)

    @_long_frame
    def stance(self, targets: Iterable[str] | None = None, *, min_mentions: int = 1) -> pd.DataFrame:
        """How each source leans toward each target: one row per (source, target) with
        the number of mentions, how many read negative, neutral and positive, the mean
        score in [-1, 1], and the sentence with the strongest attitude as evidence.

        ``targets`` picks targets by name, id or as written ("India", "iso:IN",
        "Indian"), in that order; by default every target with ``min_mentions``."""
        pd = _pandas()
        rows = self._attitudes()
        order: list[str] | None = None
        if targets is not None:
            if isinstance(targets, str):
                targets = [targets]
            wanted: dict[str, str] = {}
            for t in targets:
                if not isinstance(t, str):
                    raise SlantTypeError(f"Corpus.stance: targets must be str, not {type(t).__name__}")
                wanted[t.casefold()] = t
            keys: dict[str, str] = {}
            for r in rows:
                for name in (r["target"], r["target_id"], r["text"]):
                    if name.casefold() in wanted:
                        keys.setdefault(r["target_id"], wanted[name.casefold()])
            rows = [r for r in rows if r["target_id"] in keys]
            rank = {t.casefold(): i for i, t in enumerate(wanted.values())}
            order = sorted(set(keys), key=lambda k: rank[keys[k].casefold()])
        # The core adds the rows up per (source, target): counts, mean score and the
        # strongest sentence as evidence.
        source_no: dict[str, int] = {}
        target_no: dict[str, int] = {}
        first_row: dict[tuple[int, int], int] = {}
        for i, r in enumerate(rows):
            key = (source_no.setdefault(r["source"], len(source_no)), target_no.setdefault(r["target_id"], len(target_no)))
            first_row.setdefault(key, i)
        groups = lean_rows(
            [source_no[r["source"]] for r in rows],
            [target_no[r["target_id"]] for r in rows],
            [r["label"] for r in rows],
            [r["score"] for r in rows],
        )
        out = []
        for k in range(len(groups["source"])):
            if groups["mentions"][k] < min_mentions:
                continue
            first = rows[first_row[(groups["source"][k], groups["target"][k])]]
            strongest = rows[groups["evidence"][k]]
            out.append(
                {
                    "source": first["source"],
                    "target": first["target"],
                    "target_id": first["target_id"],
                    "kind": first["kind"],
                    "mentions": groups["mentions"][k],
                    "negative": groups["negative"][k],
                    "neutral": groups["neutral"][k],
                    "positive": groups["positive"][k],
                    "score": groups["score"][k],
                    "evidence": strongest["sentence"],
                    "evidence_score": strongest["score"],
                }
            )
        frame = pd.DataFrame(out, columns=STANCE_COLUMNS)
        source_rank = {s: i for i, s in enumerate(self._sources)}
        if order is not None:
            target_rank = {k: i for i, k in enumerate(order)}
            frame = frame.sort_values(
                ["target_id", "source"], key=lambda c: c.map(target_rank if c.name == "target_id" else source_rank)
            )
        else:
            frame = frame.sort_values(["source", "mentions"], ascending=[True, False], key=lambda c: c.map(source_rank) if c.name == "source" else c)
        return frame.reset_index(drop=True)

    @_long_frame
    def repeats(self) -> pd.DataFrame:
        """Sentences that repeat an earlier passage of their document (flagged, never removed)."""
        pd = _pandas()
        rows = [
            (src, s, e, self._texts[d][s:e])
            for d, (src, doc) in enumerate(zip(self._sources, self._docs))
            for (s, e), rep in zip(doc["sentences"], doc["repeated"])
            if rep
        ]
        return pd.DataFrame(rows, columns=["source", "start", "end", "text"])

    def __repr__(self) -> str:
        return f"Corpus({len(self._sources)} sources, {len(self._incidents)} incidents)"
