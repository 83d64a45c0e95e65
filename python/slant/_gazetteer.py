"""Reading gazetteer records from JSON, CSV and DataFrames, and rebuilding pickles.

The compiled tables live in Rust; this module only turns files into the list of
dicts that ``slant.Gazetteer`` validates.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Any

from slant.errors import SlantTypeError, SlantValueError


def _text_of(source: Any, what: str, who: str = "Gazetteer") -> str:
    if isinstance(source, os.PathLike):
        return Path(source).read_text(encoding="utf-8")
    if isinstance(source, str):
        # JSON text starts with a bracket or brace; anything else names a file.
        if what == "JSON" and source.lstrip()[:1] in ("[", "{", '"'):
            return source
        path = Path(source)
        if not path.is_file():
            raise SlantValueError(f"{who}.from_{what.lower()}: no such file: {source!r}")
        return path.read_text(encoding="utf-8")
    if hasattr(source, "read"):
        return source.read()
    raise SlantTypeError(f"{who}.from_{what.lower()}: source must be a path or a file object, not {type(source).__name__}")


def read_json(source: Any, who: str = "Gazetteer") -> list[dict[str, Any]]:
    """Records from a JSON file, file object or JSON text (a list of objects)."""
    text = _text_of(source, "JSON", who)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SlantValueError(
            f"{who}.from_json: invalid JSON at line {exc.lineno}, column {exc.colno} (character {exc.pos}): {exc.msg}"
        ) from None
    if isinstance(data, dict) and "records" in data:
        data = data["records"]
    if not isinstance(data, list):
        raise SlantValueError(f"{who}.from_json: expected a list of records, found {type(data).__name__}")
    return data


def read_csv(source: Any, who: str = "Gazetteer") -> list[dict[str, Any]]:
    """Records from a CSV file with a header row; empty cells count as missing."""
    text = _text_of(source, "CSV", who)
    rows = list(csv.DictReader(text.splitlines()))
    return [{k: (v if v != "" else None) for k, v in row.items() if k is not None} for row in rows]


def read_dataframe(frame: Any, who: str = "Gazetteer") -> list[dict[str, Any]]:
    """Records from a pandas DataFrame (one row per entry)."""
    if not hasattr(frame, "to_dict"):
        raise SlantTypeError(f"{who}.from_dataframe: expected a DataFrame, not {type(frame).__name__}")
    return frame.to_dict("records")


def _rebuild(records: list[dict[str, Any]], defaults: bool) -> Any:
    from slant._slant import Gazetteer

    return Gazetteer(records, defaults=defaults)


def _rebuild_catalogue(records: list[dict[str, Any]], gazetteer: Any) -> Any:
    from slant._slant import Catalogue

    return Catalogue(records, gazetteer=gazetteer)
