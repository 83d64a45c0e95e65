"""slant: how different news sources tell the same story.

>>> import slant
>>> [s.text for s in slant.split_sentences("Dr. Lee met Gen. Ahmed. They talked.")]
['Dr. Lee met Gen. Ahmed.', 'They talked.']
>>> [(e.text, e.label) for e in slant.tag_entities("Pakistani troops left Quetta.")]
[('Pakistani', 'NORP'), ('Quetta', 'GPE')]
"""

from slant._slant import (
    Attitude,
    Catalogue,
    Entity,
    Gazetteer,
    Sentence,
    __version__,
    attitude,
    attitude_batch,
    cluster_events,
    find_events,
    find_quotes,
    split_sentences,
    split_sentences_batch,
    tag_entities,
    tag_entities_batch,
)
from slant.corpus import Corpus, Document
from slant.errors import SlantError, SlantTypeError, SlantValueError
from slant.frames import entities_frame, sentences_frame


def _register_pandas_accessors() -> None:
    """Register ``series.slant`` and ``frame.slant`` now if pandas is loaded, else as
    soon as it is: ``import slant`` does not import pandas."""
    import importlib.abc
    import importlib.machinery
    import importlib.util
    import sys
    from collections.abc import Sequence
    from types import ModuleType

    if "pandas" in sys.modules:
        import slant.accessor  # noqa: F401
        return

    class _OnPandasImport(importlib.abc.MetaPathFinder):
        def find_spec(
            self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
        ) -> importlib.machinery.ModuleSpec | None:
            if name != "pandas":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec("pandas")
            loader = getattr(spec, "loader", None)
            if loader is None or not hasattr(loader, "exec_module"):
                return spec
            run_module = loader.exec_module

            def exec_module(module: ModuleType) -> None:
                run_module(module)
                import slant.accessor  # noqa: F401

            setattr(loader, "exec_module", exec_module)  # noqa: B010 - patch this loader only
            return spec

    sys.meta_path.insert(0, _OnPandasImport())


_register_pandas_accessors()

__all__ = [
    "Attitude",
    "Catalogue",
    "Corpus",
    "Document",
    "Entity",
    "Gazetteer",
    "Sentence",
    "SlantError",
    "SlantTypeError",
    "SlantValueError",
    "__version__",
    "attitude",
    "attitude_batch",
    "cluster_events",
    "entities_frame",
    "find_events",
    "find_quotes",
    "sentences_frame",
    "split_sentences",
    "split_sentences_batch",
    "tag_entities",
    "tag_entities_batch",
]
