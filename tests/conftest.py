"""Shared fixtures: the data folder that sits beside the repository (../shared)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SLANT_SHARED", REPO.parent / "shared"))


def read_jsonl(name: str) -> list[dict]:
    path = SHARED / "data" / name
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def sco_corpus() -> dict[str, str]:
    folder = SHARED / "corpus" / "sco-2025"
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
