"""The command line: `slant demo`, `slant compare` and `python -m slant`."""

import csv
import io
import json
import subprocess
import sys

import pytest

from slant.cli import demo_texts, main


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    # `slant demo` writes its report to the working directory.
    monkeypatch.chdir(tmp_path)


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


def test_module_entry_point_runs(tmp_path):
    done = subprocess.run([sys.executable, "-m", "slant", "demo"], capture_output=True, text=True, check=True)
    assert "== harbour_herald" in done.stdout
    report = (tmp_path / "slant-demo.html").read_text(encoding="utf-8")
    assert 'id="coverage"' in report and "Kelso bombing" in report


SCO_LIKE = {
    "wire": "A bomb attack in Quetta killed 9 people on May 2, 2025. Officials met in Geneva on May 5, 2025.",
    "daily": "The May 2 bombing in Quetta drew condemnation from Islamabad.",
    "post": "Officials met in Geneva on May 5, 2025 to discuss water.",
}


def write_txt(folder):
    paths = []
    for name, text in SCO_LIKE.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_compare_txt_files_as_a_table(tmp_path, capsys):
    assert main(["compare", *write_txt(tmp_path)]) == 0
    out = capsys.readouterr().out
    bombing = next(line for line in out.splitlines() if line.startswith("Quetta bombing"))
    assert bombing.split()[-3:] == ["x", "x", "."]
    assert "post leaves out Quetta bombing (2025-05-02)" in out


def test_compare_jsonl_to_json_and_csv(tmp_path, capsys):
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps({"source": k, "text": v}) + "\n" for k, v in SCO_LIKE.items()), encoding="utf-8")
    assert main(["compare", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sources"] == ["wire", "daily", "post"]
    assert "Quetta bombing (2025-05-02)" in data["omissions"]["post"]
    assert main(["compare", str(path), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["source"] for r in rows} == {"wire", "daily", "post"}


def test_compare_csv_to_an_html_file(tmp_path):
    path = tmp_path / "docs.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "text", "date"])
        for k, v in SCO_LIKE.items():
            w.writerow([k, v, "2025-05-06"])
    out = tmp_path / "report.html"
    assert main(["compare", str(path), "--format", "html", "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'id="coverage"' in html


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (None, "missing.txt", "missing.txt: no such file"),
        ("x", "notes.docx", "unsupported file type .docx"),
        ('{"source": "a", "text": "x"}\n{oops\n', "bad.jsonl", "bad.jsonl:2: invalid JSON"),
        ('{"source": "a"}\n', "short.jsonl", "short.jsonl:1: missing or empty field 'text'"),
    ],
)
def test_compare_errors_go_to_stderr_with_exit_1(tmp_path, content, name, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "slant", "compare", str(path)], capture_output=True, text=True)
    assert done.returncode == 1
    assert message in done.stderr and done.stdout == ""


def test_unknown_command_exits_non_zero():
    done = subprocess.run([sys.executable, "-m", "slant", "nonsense"], capture_output=True, text=True)
    assert done.returncode != 0 and "invalid choice" in done.stderr


def test_a_bad_option_shows_that_commands_usage_and_exits_2():
    done = subprocess.run([sys.executable, "-m", "slant", "demo", "--bogus"], capture_output=True, text=True)
    assert done.returncode == 2
    assert done.stderr.startswith("usage: slant demo")
    assert "unrecognized arguments: --bogus" in done.stderr


def test_compare_takes_source_names(tmp_path, capsys):
    assert main(["compare", *write_txt(tmp_path), "--names", "Wire,Daily,Post"]) == 0
    out = capsys.readouterr().out
    assert "Post leaves out Quetta bombing (2025-05-02)" in out
    header = out.splitlines()[2].split()
    assert header == ["Wire", "Daily", "Post"]


def test_compare_names_must_match_the_documents(tmp_path, capsys):
    assert main(["compare", *write_txt(tmp_path), "--names", "a,b"]) == 1
    assert "--names gives 2 names for 3 documents" in capsys.readouterr().err


def test_long_file_stems_make_short_columns_with_a_legend(tmp_path, capsys):
    paths = []
    for name, text in SCO_LIKE.items():
        path = tmp_path / f"2025-05-03-{name}-quetta-bombing-condemned-by-everyone.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert main(["compare", *paths]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines[:6]) < 100
    assert lines[2].split() == ["2025-05-03-wire…", "2025-05-03-dail…", "2025-05-03-post…"]
    assert "2025-05-03-wire… = 2025-05-03-wire-quetta-bombing-condemned-by-everyone" in lines
