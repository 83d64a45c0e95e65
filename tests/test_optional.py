"""Optional packages: a missing one gives an error naming what to install."""

import builtins
import importlib
import sys

import pytest

import slant
from slant._optional import need


def test_need_imports_what_is_there():
    assert need("json", "a test").dumps([1]) == "[1]"


def test_a_missing_extra_names_the_distribution_and_the_extra():
    with pytest.raises(ImportError) as info:
        need("no_such_module_here.sub", "Corpus.plot_stance", "notebook")
    message = str(info.value)
    assert message.startswith("Corpus.plot_stance needs no_such_module_here, which is not installed")
    assert 'pip install "slant-news[notebook]"' in message
    assert 'pip install ".[notebook]"' in message


def test_plot_stance_without_matplotlib_says_which_extra(monkeypatch):
    real_import = builtins.__import__

    def no_matplotlib(name, *args, **kwargs):
        if name.split(".")[0] == "matplotlib":
            raise ImportError("No module named 'matplotlib'")
        return real_import(name, *args, **kwargs)

    for name in [m for m in sys.modules if m.split(".")[0] == "matplotlib"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(builtins, "__import__", no_matplotlib)
    monkeypatch.setattr(importlib, "import_module", lambda name: no_matplotlib(name))
    corpus = slant.Corpus({"a": "A bomb attack in Quetta killed 9 people on May 2, 2025."})
    with pytest.raises(ImportError, match=r'Corpus\.plot_stance needs matplotlib.*slant-news\[notebook\]'):
        corpus.plot_stance()
