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


def test_readme_shows_what_the_demo_prints():
    from slant import Corpus
    from slant.cli import coverage_text, demo_gazetteer, demo_texts

    shown = re.search(r"The comparison it prints first.*?```text\n(.*?)```", README, flags=re.S)
    assert shown, "README lost the demo's output"
    printed = coverage_text(Corpus(demo_texts(), gazetteer=demo_gazetteer()))
    assert printed.strip() == shown.group(1).strip()


def test_readme_install_lines_install_this_project():
    # The name `slant` on the package index is another project's: every install line
    # installs from a checkout or names this distribution.
    lines = [line for line in README.splitlines() if "pip install" in line]
    assert lines
    for line in lines:
        for spec in re.findall(r"pip install ([^`\s]+(?:\[[^\]]*\])?\"?)", line):
            assert not re.match(r"^\"?slant(\[|\"|$)", spec), line
    assert "pip install . && slant demo" in README.splitlines()
