"""Type stubs of the compiled core, slant._slant."""

from collections.abc import Iterable

__version__: str

class Sentence:
    """One sentence of a text; ``text[s.start:s.end] == s.text`` (character offsets)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...
    def __init__(self, start: int, end: int, text: str) -> None: ...
    def __len__(self) -> int: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

def split_sentences(text: str) -> list[Sentence]:
    """Split one text into sentences (character offsets). Raises SlantTypeError for non-str."""

def split_sentences_batch(
    texts: Iterable[str | None | float], n_threads: int | None = None
) -> list[list[Sentence] | None]:
    """Split many texts on up to ``n_threads`` threads with the GIL released.

    None, NaN and pandas.NA give None; any other non-str raises SlantTypeError naming its index.
    """
