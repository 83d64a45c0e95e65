"""The HTML report in a real browser: headless Chromium renders the coverage matrix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("SLANT_REQUIRE_BROWSER"):
        pytest.fail("SLANT_REQUIRE_BROWSER is set but no Chromium is installed")
    pytest.skip("no Chromium installed")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, sco_corpus: dict[str, str]) -> Path:
    folder = tmp_path_factory.mktemp("report")
    paths = []
    for name, text in sco_corpus.items():
        path = folder / f"{name[:3]}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    out = folder / "report.html"
    subprocess.run(
        [sys.executable, "-m", "slant", "compare", *paths, "--format", "html", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def test_browser_renders_the_coverage_matrix(report: Path) -> None:
    browser = chromium()
    dom = subprocess.run(
        [browser, *CHROMIUM_FLAGS, "--dump-dom", report.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert '<table class="slant-coverage" id="coverage">' in dom
    assert "Pahalgam shooting (2025-04-22)" in dom and "Jaffar Express hijacking (2025-03)" in dom


def test_screenshot_shows_the_coloured_matrix(report: Path, tmp_path: Path) -> None:
    image = pytest.importorskip("PIL.Image")
    browser = chromium()
    shot = tmp_path / "report.png"
    subprocess.run(
        [browser, *CHROMIUM_FLAGS, "--window-size=1200,900", f"--screenshot={shot}", report.as_uri()],
        capture_output=True,
        timeout=120,
    )
    assert shot.is_file()
    with image.open(shot) as img:
        assert img.size == (1200, 900)
        colours = {colour: n for n, colour in img.convert("RGB").getcolors(maxcolors=1 << 22)}
    # Mentioned cells are green (#dcfce7), omitted ones red (#fee2e2): both must be on screen.
    assert colours.get((0xDC, 0xFC, 0xE7), 0) > 2000
    assert colours.get((0xFE, 0xE2, 0xE2), 0) > 2000
