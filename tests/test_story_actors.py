"""Actors across sources on the short three-outlet stories of tests/data/stories: each
actor the texts name is one actor, under one id, in every source that names it however
it is written ("Key Bridge" and "Francis Scott Key Bridge", "President Biden" and
"Joe Biden"), and bodies, places and people that differ keep different ids. The
expectations are read from the texts, not from slant's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slant import Corpus

STORIES = json.loads((Path(__file__).resolve().parent / "data" / "stories" / "stories.json").read_text())

# (story, the ways the sources write one actor, the sources that name it)
ONE_ACTOR: list[tuple[str, set[str], set[str]]] = [
    ("bridge", {"Francis Scott Key Bridge", "Key Bridge"}, {"left", "center", "right"}),
    ("collision", {"Reagan National Airport", "Reagan Washington National Airport"}, {"left", "center"}),
    ("quake", {"Hualien", "Hualien County"}, {"left", "center"}),
    ("primary", {"Zohran Mamdani", "Mamdani"}, {"left", "center"}),
    ("doj-sues", {"Apple"}, {"left", "center", "right"}),
    ("hearing", {"JD Vance", "Vance"}, {"center", "right"}),
    ("launch", {"Elon Musk", "Musk"}, {"left", "right"}),
    ("harris-debate", {"ABC News", "ABC"}, {"left", "center", "right"}),
    ("no-kings", {"Philadelphia"}, {"left", "center"}),
    ("order", {"Trump"}, {"left", "center", "right"}),
    ("collision", {"FAA"}, {"center", "right"}),
    # A title before a surname in one article vouches for the person where another
    # writes the surname alone and the tagger missed it.
    ("impeachment-inquiry", {"Biden"}, {"left", "center"}),  # "President Biden" there
    ("kyiv-visit", {"Biden"}, {"left", "center", "right"}),
]

# (story, source, a body, place or person, another one it must not be merged with)
TWO_ACTORS: list[tuple[str, str, str, str, str]] = [
    ("nomination", "left", "Senate", "right", "Senate Democrats"),
    ("impeachment", "left", "House", "center", "House Republicans"),
    ("hearing", "center", "Senate", "left", "Senate Armed Services Committee"),
    ("it-outage", "center", "Microsoft", "center", "Microsoft Windows"),
]


def actor_ids(story: str) -> dict[tuple[str, str], set[str]]:
    """(source, text) -> the actor ids slant gives that text in that source."""
    frame = Corpus(STORIES[story]).actor_mentions()
    ids: dict[tuple[str, str], set[str]] = {}
    for r in frame.itertuples():
        ids.setdefault((r.source, r.text), set()).add(r.actor)
    return ids


@pytest.mark.parametrize("story,forms,sources", ONE_ACTOR, ids=[f"{s}:{sorted(f)[0]}" for s, f, _ in ONE_ACTOR])
def test_one_actor_has_one_id_in_every_source_that_names_it(story, forms, sources):
    ids = actor_ids(story)
    found = {(src, text): i for (src, text), i in ids.items() if text in forms}
    assert {text for _, text in found} == forms, found
    assert {src for src, _ in found} == sources, found
    assert len(set().union(*found.values())) == 1, found


@pytest.mark.parametrize("story,src_a,a,src_b,b", TWO_ACTORS, ids=[f"{s}:{a}" for s, _, a, _, _ in TWO_ACTORS])
def test_different_actors_keep_different_ids(story, src_a, a, src_b, b):
    ids = actor_ids(story)
    assert ids[(src_a, a)] and ids[(src_b, b)], ids
    assert not ids[(src_a, a)] & ids[(src_b, b)], ids


def test_a_titled_surname_is_the_person_who_bears_the_title():
    """"President Biden" in sources whose only full name is "Hunter Biden" is the
    president; his son keeps his own id."""
    ids = actor_ids("hunter-pardon")
    for src in ("center", "right"):
        assert ids[(src, "Biden")] == {"person:joe-biden"}, ids
        assert ids[(src, "Hunter Biden")] == {"person:hunter-biden"}, ids


def test_a_department_named_before_its_secretary_is_the_department():
    """"Homeland Security Secretary Alejandro Mayorkas": the department, not a town
    called Homeland."""
    ids = actor_ids("impeachment")
    assert ids[("left", "Homeland Security")] == {"org:dhs"}, ids
    assert ("left", "Homeland") not in ids, ids
