"""The embedded demo corpus: slant's answer on it is the truth its three articles tell.

The demo articles were written for slant, so what each one mentions is known:

- the Geneva talks of the Tamsin River Commission (June 12-13, 2025) and the joint
  statement Norland would not sign: civic_post ("Geneva water talks", "Norland's
  decision not to sign the commission's statement"), harbour_herald ("River Talks in
  Geneva", "Talks ... ended on Friday", "Talks began ... on Thursday") and
  northern_wire ("river talks", "joint declaration", "the talks");
- Norland's refusal to sign, on June 13, an event of no known class that all three
  tell ("decision not to sign", "refused to sign", "refused on Friday to sign", "We
  cannot sign"): the event is what was not done, the sign;
- the commission's next session, in September: civic_post ("next session is scheduled
  for Sept. 18 in Geneva") and northern_wire ("expected to meet again in Sept."), not
  harbour_herald;
- the March 3 bombing at Kelso: all three ("the explosion at Kelso" in civic_post);
- the May 12 shooting near Ardent Pass: civic_post and harbour_herald, not
  northern_wire.
"""

import pytest

from slant import Corpus
from slant.cli import demo_gazetteer, demo_texts
from slant.report import voices_list

JUNE_TALKS = "Geneva meeting (2025-06-13)"
NEXT_SESSION = "Geneva meeting (2025-09-18)"
KELSO = "Kelso bombing (2025-03-03)"
ARDENT_PASS = "Ardent Pass shooting (2025-05-12)"
NOT_SIGNED = "Tamsin River Commission sign (2025-06-13)"

MATRIX = {
    JUNE_TALKS: {"civic_post": True, "harbour_herald": True, "northern_wire": True},
    NEXT_SESSION: {"civic_post": True, "harbour_herald": False, "northern_wire": True},
    KELSO: {"civic_post": True, "harbour_herald": True, "northern_wire": True},
    ARDENT_PASS: {"civic_post": True, "harbour_herald": True, "northern_wire": False},
    NOT_SIGNED: {"civic_post": True, "harbour_herald": True, "northern_wire": True},
}

# Every phrase that names an incident, with the incident it names.
MENTIONS = {
    ("civic_post", "Geneva water talks"): JUNE_TALKS,
    ("civic_post", "statement"): JUNE_TALKS,
    ("civic_post", "Ardent Pass shooting"): ARDENT_PASS,
    ("civic_post", "explosion"): KELSO,
    ("civic_post", "session"): NEXT_SESSION,
    ("harbour_herald", "Talks"): JUNE_TALKS,
    ("harbour_herald", "Joint Statement"): JUNE_TALKS,
    ("harbour_herald", "joint statement"): JUNE_TALKS,
    ("harbour_herald", "March 3 bombing"): KELSO,
    ("harbour_herald", "May 12 shooting"): ARDENT_PASS,
    # A toll told with its incident is a mention of it: "in which 14 workers were killed".
    ("harbour_herald", "killed"): KELSO,
    ("civic_post", "killed"): ARDENT_PASS,
    ("harbour_herald", "attack"): ARDENT_PASS,
    ("northern_wire", "talks"): JUNE_TALKS,
    ("northern_wire", "Kelso bombing"): KELSO,
    ("northern_wire", "joint declaration"): JUNE_TALKS,
    ("northern_wire", "terrorist bombing"): KELSO,
    ("northern_wire", "meet"): NEXT_SESSION,
    ("civic_post", "sign"): NOT_SIGNED,
    ("harbour_herald", "sign"): NOT_SIGNED,
    ("northern_wire", "sign"): NOT_SIGNED,
}


@pytest.fixture(scope="module")
def demo() -> Corpus:
    return Corpus(demo_texts(), gazetteer=demo_gazetteer())


def test_the_coverage_matrix_is_what_the_articles_say(demo):
    matrix = demo.coverage_matrix()
    got = {name: {s: bool(v) for s, v in row.items()} for name, row in matrix.iterrows()}
    assert got == MATRIX


def test_the_omissions_are_exactly_the_true_ones(demo):
    omitted = {s: sorted(demo.omissions(s)["name"]) for s in demo.sources}
    assert omitted == {
        "civic_post": [],
        "harbour_herald": [NEXT_SESSION],
        "northern_wire": [ARDENT_PASS],
    }


def test_every_incident_phrase_names_the_right_incident(demo):
    mentions = demo.mentions()
    got = {(r.source, r.label): r.name for r in mentions.itertuples()}
    assert got == MENTIONS
    assert mentions["name"].notna().all()


def test_the_june_talks_are_a_meeting_with_a_place(demo):
    incidents = demo.incidents().set_index("name")
    assert incidents.loc[JUNE_TALKS, "type"] == "meeting"
    assert incidents.loc[JUNE_TALKS, "place"] == incidents.loc[NEXT_SESSION, "place"]
    assert incidents.loc[NEXT_SESSION, "date"] == "2025-09-18"


def test_every_quote_has_its_speaker(demo):
    quotes = demo.quotes()
    spoken = quotes[quotes["kind"] != "scare"]
    assert spoken["speaker"].notna().all(), spoken
    # The quote told "according to officials close to the delegation" is theirs.
    row = spoken[spoken["quote"].str.startswith("blamed a whole nation")].iloc[0]
    assert row["speaker"] == "officials close to the delegation"
    html = voices_list(demo)
    assert "unknown" not in html and "(-)" not in html and "no speaker named" not in html
    assert "officials close to the delegation" in html
