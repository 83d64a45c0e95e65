"""slant.find_events: event mentions of any kind from the learned tagger."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import slant


def events(text: str) -> list[tuple[str, str | None]]:
    return [(e["text"], e["class"]) for e in slant.find_events(text)]


def test_news_events_beyond_attacks_and_meetings():
    found = dict(events("The senator resigned on Friday after he was charged with fraud."))
    assert found["resigned"] == "personnel"
    assert found["charged"] == "justice"


def test_business_and_life_events_have_their_classes():
    found = dict(events("Lindsay Lohan checked into rehab. Microsoft bought LinkedIn, its biggest acquisition."))
    assert found.get("checked into") == "life"
    assert found.get("acquisition") == "business"


def test_names_are_not_events():
    found = [t for t, _ in events("Lindsay Lohan is an actress from New York.")]
    assert not any("Lohan" in t or "York" in t for t in found), found


def test_offsets_are_str_indices_after_emoji_and_accents():
    text = "🎉 Café owner Zoë Müller was arrested in Zürich on Monday."
    found = slant.find_events(text)
    assert found, found
    for e in found:
        assert text[e["start"] : e["end"]] == e["text"]
    assert any(e["text"] == "arrested" and e["type"] == "arrest" for e in found)


def test_bad_input_names_the_problem():
    with pytest.raises(slant.SlantTypeError, match="find_events: text must be str, not bytes"):
        slant.find_events(b"arrested")  # type: ignore[arg-type]
    with pytest.raises(slant.SlantValueError, match="find_events"):
        slant.find_events("x", date="not a date")


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_any_text_gives_valid_spans(text: str) -> None:
    previous = 0
    for e in slant.find_events(text):
        assert previous <= e["start"] < e["end"] <= len(text)
        assert text[e["start"] : e["end"]] == e["text"]
        previous = e["end"]
