"""The type stubs match the compiled module, and the package type-checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import slant

PACKAGE = Path(slant.__file__).resolve().parent
SOURCE = Path(__file__).resolve().parents[1] / "python" / "slant"


def test_stubs_match_the_compiled_module() -> None:
    pytest.importorskip("mypy")
    done = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "slant._slant"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_package_type_checks() -> None:
    pytest.importorskip("mypy")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--ignore-missing-imports", "--no-incremental", str(SOURCE)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_public_name_is_typed() -> None:
    assert (PACKAGE / "py.typed").is_file()
    stub = (PACKAGE / "_slant.pyi").read_text(encoding="utf-8")
    for name in slant.__all__:
        obj = getattr(slant, name)
        if getattr(obj, "__module__", "") == "slant._slant" or type(obj).__name__ == "builtin_function_or_method":
            assert f"def {name}(" in stub or f"class {name}" in stub, name
