"""The command line: `slant demo` and `python -m slant demo`."""

import subprocess
import sys

from slant.cli import demo_texts, main


def test_demo_corpus_is_embedded():
    texts = demo_texts()
    assert len(texts) >= 3
    assert all(len(t) > 200 for t in texts.values())


def test_demo_prints_headlines_and_sentences(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "River Talks in Geneva End Without a Joint Statement" in out
    assert "Lt. Gen. Tomas Brek, who led Sudmark's delegation" in out


def test_demo_compares_the_sources(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Which source mentions which incident" in out
    # The Northern Wire leaves out the shooting near Ardent Pass; the others report it.
    assert "northern_wire leaves out Ardent Pass shooting (2025-05-12)" in out
    kelso = next(line for line in out.splitlines() if line.startswith("Kelso bombing"))
    assert kelso.split()[-3:] == ["x", "x", "x"]


def test_module_entry_point_runs():
    done = subprocess.run([sys.executable, "-m", "slant", "demo"], capture_output=True, text=True, check=True)
    assert "== harbour_herald" in done.stdout


def test_unknown_command_exits_non_zero():
    done = subprocess.run([sys.executable, "-m", "slant", "nonsense"], capture_output=True, text=True)
    assert done.returncode != 0 and "invalid choice" in done.stderr
