"""Type stubs of the compiled core, slant._slant."""

from collections.abc import Iterable, Mapping, Sequence
from datetime import date as _Date
from os import PathLike
from typing import IO, Any, final

from typing_extensions import Self

__version__: str
_allocator_tuned: bool
__all__ = [
    "Attitude",
    "Catalogue",
    "Entity",
    "Gazetteer",
    "Progress",
    "Sentence",
    "__version__",
    "_allocator_tuned",
    "analyze_corpus",
    "lean_rows",
    "attitude",
    "attitude_batch",
    "cluster_events",
    "find_events",
    "find_quotes",
    "split_sentences",
    "split_sentences_batch",
    "tag_entities",
    "tag_entities_batch",
]

@final
class Sentence:
    """One sentence of a text; ``text[s.start:s.end] == s.text`` (character offsets)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    def __new__(cls, start: int, end: int, text: str) -> Self: ...
    def __len__(self) -> int: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

def split_sentences(text: str) -> list[Sentence]:
    """Split one text into sentences (character offsets). Raises SlantTypeError for non-str."""

@final
class Progress:
    """A counter that batch calls advance from their worker threads (for progress bars)."""

    def __new__(cls) -> Self: ...
    @property
    def done(self) -> int:
        """How many documents are done."""

def split_sentences_batch(
    texts: Iterable[str | None | float], n_threads: int | None = None, *, progress: Progress | None = None
) -> list[list[Sentence] | None]:
    """Split many texts on up to ``n_threads`` threads with the GIL released.

    None, NaN and pandas.NA give None; any other non-str raises SlantTypeError naming its index.
    """

@final
class Entity:
    """An entity mention; ``text[e.start:e.end] == e.text`` (character offsets).

    ``label`` is one of PERSON, ORG, GPE, LOC, NORP, EVENT, DATE, CARDINAL (spaCy's
    names). ``canonical`` and ``id`` identify what it names across documents.
    """

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def canonical(self) -> str: ...
    @property
    def id(self) -> str: ...
    @property
    def date(self) -> str | None:
        """DATE: ISO 8601 value ("2025-04-22", "2025-05", "2025", "2025-W26")."""
    @property
    def number(self) -> float | None:
        """CARDINAL: the number."""
    @property
    def role(self) -> str | None:
        """CARDINAL: what it counts: killed, injured, hostages, abducted, missing, arrested, rescued, passengers, displaced."""
    @property
    def refers(self) -> str | None:
        """A capital or seat of power where it may stand for its country ("New Delhi said"): the country's id; None after a word of place ("talks in New Delhi")."""
    @property
    def value(self) -> str | int | float | None:
        """DATE: the ISO value; CARDINAL: the number; otherwise None."""
    def __new__(
        cls,
        start: int,
        end: int,
        text: str,
        label: str,
        canonical: str,
        id: str,
        date: str | None = None,
        number: float | None = None,
        role: str | None = None,
        refers: str | None = None,
    ) -> Self: ...
    def __len__(self) -> int: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Gazetteer:
    """Known names merged over slant's embedded gazetteer; immutable and picklable.

    Records are dicts with ``label`` and ``canonical`` (required), ``aliases`` (list of
    str, or one str joined by "|"), ``id`` and ``parent`` (optional). A bad record
    raises SlantValueError or SlantTypeError naming ``records[i]`` and the field.
    """

    def __new__(cls, records: Iterable[Mapping[str, Any]] | None = None, *, defaults: bool = True) -> Self: ...
    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, defaults: bool = True) -> Gazetteer: ...
    @classmethod
    def from_json(cls, source: str | PathLike[str] | IO[str], *, defaults: bool = True) -> Gazetteer: ...
    @classmethod
    def from_csv(cls, source: str | PathLike[str] | IO[str], *, defaults: bool = True) -> Gazetteer: ...
    @classmethod
    def from_dataframe(cls, frame: Any, *, defaults: bool = True) -> Gazetteer: ...
    def lookup(self, name: str) -> dict[str, Any] | None:
        """The entry ``name`` refers to (id, label, canonical, parent, refers, aliases), or None."""
    def __contains__(self, name: str, /) -> bool: ...
    def __len__(self) -> int: ...

def tag_entities(
    text: str, *, gazetteer: Gazetteer | None = None, date: str | _Date | None = None
) -> list[Entity]:
    """Tag people, organisations, places, groups, events, dates and figures in one text.

    ``date`` is the text's own date, used to resolve "last month" or "on Thursday";
    without it the first full date in the text serves (a date in running text, rather
    than a dateline, with weekdays read within three days either side of it).
    """

def tag_entities_batch(
    texts: Iterable[str | None | float],
    *,
    gazetteer: Gazetteer | None = None,
    date: str | _Date | None | Iterable[str | _Date | None] = None,
    n_threads: int | None = None,
    link_across: bool = False,
    progress: Progress | None = None,
) -> list[list[Entity] | None]:
    """Tag many texts on up to ``n_threads`` threads with the GIL released; None/NaN give None.

    ``link_across=True`` links people across the texts as one corpus: "Kh Asif" in one
    article takes the canonical name and id of "Khawaja Muhammad Asif" in another.
    """

@final
class Catalogue:
    """Known incidents that a corpus links its mentions to; immutable and picklable.

    Records are dicts with ``id``, ``name``, ``type`` (a type of the hierarchy:
    attack, bombing, shooting, hijacking, armed-clash, strike, protest, flood, ...),
    ``place`` (a name or gazetteer id, or a list of them: the states of a clash),
    ``date`` (a day, a month, a year or a range "2025-05-06/2025-05-10") and optional
    ``aliases``. A bad record raises an error naming ``records[i]`` and the field.
    """

    def __new__(cls, records: Iterable[Mapping[str, Any]], *, gazetteer: Gazetteer | None = None) -> Self: ...
    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, gazetteer: Gazetteer | None = None) -> Catalogue: ...
    @classmethod
    def from_json(cls, source: str | PathLike[str] | IO[str], *, gazetteer: Gazetteer | None = None) -> Catalogue: ...
    @classmethod
    def from_csv(cls, source: str | PathLike[str] | IO[str], *, gazetteer: Gazetteer | None = None) -> Catalogue: ...
    @classmethod
    def from_dataframe(cls, frame: Any, *, gazetteer: Gazetteer | None = None) -> Catalogue: ...
    def __len__(self) -> int: ...

def lean_rows(
    sources: Sequence[int], targets: Sequence[int], labels: Sequence[str], scores: Sequence[float]
) -> dict[str, list[Any]]:
    """Attitude rows added up per (source, target), in order of first row: columns
    ``source``, ``target``, ``mentions``, ``negative``, ``neutral``, ``positive``,
    ``score`` (the mean) and ``evidence`` (the row with the strongest attitude)."""

def analyze_corpus(
    texts: list[str],
    dates: list[str | _Date | None],
    *,
    gazetteer: Gazetteer | None = None,
    catalogue: Catalogue | None = None,
    n_threads: int | None = None,
    progress: Progress | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """The corpus layer's raw results: per document (sentences, repeated flags, reference
    date, which sentences count as evidence, incident mentions with their places, date,
    participants and patients, entities), the incidents, and coverage (each document's
    ``stories`` number; ``incident_cells`` and ``actor_cells`` as columns ``item``,
    ``doc``, ``mentions``, ``first`` (-1 for none), ``omitted``; ``actor_ids``,
    ``actor_names`` and ``actor_kinds``); each document also carries the actor key of
    each entity (``actor_keys``) and, on each framing label, the name of what it is
    about (``referent``). ``slant.Corpus`` wraps it."""

def find_events(
    text: str, *, gazetteer: Gazetteer | None = None, date: str | _Date | None = None
) -> list[dict[str, Any]]:
    """Event mentions of any kind in one text, from the learned event tagger: dicts with
    ``start``, ``end`` (str indices), ``text``, ``type`` and ``class`` (the event type
    and its top class from ``knowledge/incidents/types.tsv``, None when no lexicon
    names the words) and ``score`` (how sure the tagger is: above 0 for every mention,
    a few thousand for clear events).

    >>> [(e["text"], e["class"]) for e in find_events("The senator resigned after he was charged.")]
    [('resigned', 'personnel'), ('charged', 'justice')]
    """

def cluster_events(
    texts: Sequence[str], mentions: Sequence[tuple[int, int, int]]
) -> list[int]:
    """Group event mentions across texts into events: one group number per mention,
    numbered from 0 in order of first mention. A mention is (text index, start, end) in
    str indices. Texts are first grouped into stories by the names and rarer words they
    share; a learned pair model (``knowledge/incidents/coref.tsv``, trained on ECB+)
    links mentions whose words are related.

    >>> texts = ["Police arrested Jon Doe in Boston.", "Jon Doe was arrested in Boston, police said."]
    >>> cluster_events(texts, [(0, 7, 15), (1, 12, 20), (1, 39, 43)])
    [0, 0, 1]
    """

def find_quotes(text: str, *, gazetteer: Gazetteer | None = None) -> list[dict[str, Any]]:
    """Quotes and reported speech in one text: dicts with start, end, quote, kind
    (direct, indirect, scare), speaker (as written), canonical and id (a named speaker),
    verb and verb_class (neutral, distancing, endorsing, denying)."""

@final
class Attitude:
    """The attitude a text expresses toward a target span: ``label`` (negative,
    neutral, positive), ``score`` = P(positive) − P(negative) in [-1, 1], the
    sentence it was read in (``evidence``, with its offsets) and the words that
    decided it (``cues``: (start, end, text, weight), strongest first). Offsets are
    character offsets into the text given."""

    @property
    def label(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def probabilities(self) -> tuple[float, float, float]:
        """P(negative), P(neutral), P(positive)."""
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def target(self) -> str: ...
    @property
    def sentence_start(self) -> int: ...
    @property
    def sentence_end(self) -> int: ...
    @property
    def evidence(self) -> str: ...
    @property
    def cues(self) -> list[tuple[int, int, str, float]]: ...
    def __new__(
        cls,
        label: str,
        score: float,
        probabilities: tuple[float, float, float],
        start: int,
        end: int,
        target: str,
        sentence_start: int,
        sentence_end: int,
        evidence: str,
        cues: list[tuple[int, int, str, float]],
    ) -> Self: ...
    def __eq__(self, other: object, /) -> bool: ...

def attitude(text: str, start: int, end: int) -> Attitude:
    """The attitude ``text`` expresses toward ``text[start:end]``, read in the
    sentence the span falls in.

    >>> import slant
    >>> t = "Critics condemned the minister's disastrous handling of the floods."
    >>> slant.attitude(t, 22, 30).label
    'negative'
    """

def attitude_batch(
    texts: Iterable[str | None],
    targets: Iterable[Iterable[tuple[int, int]] | None],
    *,
    n_threads: int | None = None,
    progress: Progress | None = None,
) -> list[list[Attitude]]:
    """Attitudes toward several targets in each of several texts, in parallel with
    the GIL released: ``targets[i]`` lists (start, end) spans of ``texts[i]``. A
    missing text (None, NaN) gives an empty list."""
