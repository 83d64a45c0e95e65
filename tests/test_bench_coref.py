"""The coreference scores benches/incidents.py prints (benches/coref.py)."""

import doctest
import importlib.util
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[1] / "benches" / "coref.py"
spec = importlib.util.spec_from_file_location("coref", PATH)
assert spec is not None and spec.loader is not None
coref = importlib.util.module_from_spec(spec)
spec.loader.exec_module(coref)


def test_a_worked_example():
    # Key {a, b, c} {d, e}; response {a, b} {c, d, e}: worked by hand.
    key = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    response = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 2}
    s = coref.conll(key, response)
    assert s["muc"] == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert s["b3"][2] == pytest.approx(11 / 15)
    assert s["ceafe"] == pytest.approx((0.8, 0.8, 0.8))
    assert s["conll"] == pytest.approx((2 / 3 + 11 / 15 + 0.8) / 3)


def test_the_best_alignment_is_found():
    # Greedy would take 0.9 and be left with 0.0; the best total is 0.8 + 0.8.
    assert coref.assignment([[0.9, 0.8], [0.8, 0.0]]) == pytest.approx(1.6)
    assert coref.assignment([]) == 0.0


def test_the_modules_doctests():
    assert doctest.testmod(coref).failed == 0
