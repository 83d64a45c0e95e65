"""Optional packages: imported when a feature needs them, with an error that names the
extra to install when they are missing."""

from __future__ import annotations

import importlib
from types import ModuleType

DISTRIBUTION = "slant-news"


def need(module: str, feature: str, extra: str | None = None) -> ModuleType:
    """Import ``module`` for ``feature``, or raise ImportError saying how to install it.

    >>> need("json", "a doctest").__name__
    'json'
    >>> need("no_such_module_here", "Corpus.plot_stance", "notebook")
    Traceback (most recent call last):
    ...
    ImportError: Corpus.plot_stance needs no_such_module_here, which is not installed: pip install "slant-news[notebook]" (in a checkout of slant: pip install ".[notebook]")
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        package = module.split(".")[0]
        how = (
            f'pip install "{DISTRIBUTION}[{extra}]" (in a checkout of slant: pip install ".[{extra}]")'
            if extra
            else f"pip install {package}"
        )
        raise ImportError(f"{feature} needs {package}, which is not installed: {how}") from exc
