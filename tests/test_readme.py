"""README's Python examples run, and print what README says they print."""

import contextlib
import importlib.util
import warnings
import io
import re
from pathlib import Path

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def test_readme_has_python_examples():
    assert BLOCKS


def test_python_blocks_print_their_comments():
    for block in BLOCKS:
        if "pyspark" in block and importlib.util.find_spec("pyspark") is None:
            continue  # runs where Spark is installed; CI has no Spark

        expected = [line[2:] for line in block.splitlines() if line.startswith("# ")]
        out = io.StringIO()
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            if "pyspark" in block:
                # PySpark warns about the pandas version it runs with.
                warnings.simplefilter("ignore")
            exec(compile(block, "README.md", "exec"), {})
        assert out.getvalue().splitlines() == expected
