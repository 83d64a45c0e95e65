"""The corpus layer: incidents, coverage and omissions across sources, read on the
mission's SCO articles and on a second corpus about a different kind of event."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import slant
from slant import Corpus, SlantTypeError, SlantValueError

FLOODS = Path(__file__).resolve().parent / "data" / "floods-2024"


@pytest.fixture(scope="module")
def sco(sco_corpus) -> Corpus:
    # Sources by the first three characters of the file names: 000 ... 004.
    return Corpus({name[:3]: text for name, text in sco_corpus.items()})


def row(matrix: pd.DataFrame, *words: str) -> dict[str, bool]:
    (name,) = [n for n in matrix.index if all(w in n for w in words)]
    return matrix.loc[name].to_dict()


def test_sco_coverage_of_the_three_incidents(sco):
    # Read from the articles: 004 is about the meeting and mentions only last month's
    # standoff; 001 speaks of Pahalgam but of no train or clash.
    m = sco.coverage_matrix()
    assert row(m, "Pahalgam") == {"000": True, "001": True, "002": True, "003": True, "004": False}
    assert row(m, "Jaffar Express", "hijacking") == {"000": True, "001": False, "002": False, "003": True, "004": False}
    assert row(m, "India–Pakistan", "clash") == {"000": True, "001": False, "002": True, "003": True, "004": True}


def test_mentions_that_never_name_the_incident_join_it(sco):
    mentions = sco.mentions()
    pahalgam = mentions[mentions["name"].str.contains("Pahalgam", na=False)]
    # 000 never writes "Pahalgam": a shooting targeting tourists in Indian-administered Kashmir in April.
    labels_000 = set(pahalgam[pahalgam["source"] == "000"]["label"])
    assert "shooting" in labels_000 and not any("Pahalgam" in label for label in labels_000)
    # 004 calls the clash "last month's military standoff"; 003 "the recent armed conflict".
    clash = mentions[mentions["name"].str.contains("clash", na=False)]
    assert "military standoff" in set(clash[clash["source"] == "004"]["label"])
    assert "recent armed conflict" in set(clash[clash["source"] == "003"]["label"])
    # 000 names the train by nothing but "a train ... hijacked" and its place and month.
    jaffar = mentions[mentions["name"].str.contains("Jaffar", na=False)]
    assert set(jaffar["source"]) == {"000", "003"}


def test_omissions_and_evidence(sco):
    om = sco.omissions("004")
    assert any("Pahalgam" in n for n in om["name"]) and any("Jaffar" in n for n in om["name"])
    assert not any("clash" in n for n in om["name"])
    cov = sco.coverage()
    first = cov[(cov["source"] == "002") & cov["name"].str.contains("Pahalgam")].iloc[0]
    text = sco.text("002")
    assert first["mentioned"] and first["label"] in first["evidence"]
    assert text[first["start"] : first["end"]] == first["label"]
    assert list(cov.columns) == ["incident", "name", "source", "mentioned", "omitted", "mentions", "evidence", "start", "end", "label"]


def test_repeated_body_is_flagged_and_counted_once(sco):
    reps = sco.repeats()
    assert set(reps["source"]) == {"001"}
    text = sco.text("001")
    assert all(text[s:e] == t for s, e, t in reps[["start", "end", "text"]].itertuples(index=False))
    # The body appears twice; its mentions of Pahalgam count once.
    mentions = sco.mentions()
    p = mentions[(mentions["source"] == "001") & mentions["name"].str.contains("Pahalgam", na=False)]
    counted = sco.coverage()
    n = counted[(counted["source"] == "001") & counted["name"].str.contains("Pahalgam")]["mentions"].item()
    assert n == (~p["repeated"]).sum() and p["repeated"].sum() >= n - 1


def test_incidents_table_and_people_across_sources(sco):
    inc = sco.incidents()
    pahalgam = inc[inc["name"].str.contains("Pahalgam")].iloc[0]
    assert pahalgam["date"] == "2025-04-22" and pahalgam["type"] in ("attack", "shooting")
    assert pahalgam["place"] == "geonames:1260880"
    ents = sco.entities()
    asif = ents[(ents["label"] == "PERSON") & ents["text"].str.contains("Asif")]
    assert set(asif["canonical"]) == {"Khawaja Muhammad Asif"}
    # Actors too: 001 speaks only of "India's Defence Minister", 002 never of him.
    actors = sco.coverage_matrix(kind="entity")
    assert actors.loc["Rajnath Singh"].to_dict() == {"000": True, "001": False, "002": False, "003": True, "004": True}


def test_a_different_story_needs_no_new_rules():
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted(FLOODS.glob("*.txt"))}
    m = Corpus(docs).coverage_matrix()
    assert row(m, "flood") == {"city_paper": True, "ministry": True, "wire": True}
    assert row(m, "landslide") == {"city_paper": False, "ministry": False, "wire": True}
    assert row(m, "protest") == {"city_paper": True, "ministry": False, "wire": False}
    assert len(m) == 3


def test_undated_documents_read_against_the_corpus_date():
    c = Corpus([("a", "By Staff, June 27, 2025\nTalks opened."), ("b", "Last month's clashes between India and Pakistan ended.")])
    (clash,) = [n for n in c.incidents()["name"] if "clash" in n]
    assert clash == "India–Pakistan armed clash (2025-05)"


def test_inputs_and_errors():
    frame = pd.DataFrame({"outlet": ["x", "y"], "body": ["A flood hit Porto Alegre.", None]})
    c = Corpus(frame, text="body", source="outlet")
    assert c.sources == ["x", "y"] and c.text("y") == ""
    assert Corpus([("x", "Floods hit Recife.", "2024-05-01")]).sources == ["x"]
    with pytest.raises(SlantValueError, match="duplicate source 'x'"):
        Corpus([("x", "a"), ("x", "b")])
    with pytest.raises(SlantTypeError, match=r"text of 'x' \(document 0\) is bytes"):
        Corpus({"x": b"a"})
    with pytest.raises(SlantValueError, match="no column 'text'"):
        Corpus(pd.DataFrame({"source": ["x"]}))
    with pytest.raises(SlantValueError, match="unknown source 'z'"):
        c.omissions("z")
    with pytest.raises(SlantValueError, match="kind must be"):
        c.coverage(kind="actor")
    assert Corpus({}).coverage_matrix().empty
    assert "incidents" in repr(slant.Corpus({"a": "Talks."}))


CATALOGUE = [
    {"id": "pahalgam-2025", "name": "Pahalgam attack", "type": "attack", "place": "Pahalgam", "date": "2025-04-22"},
    {
        "id": "jaffar-express-2025",
        "name": "Jaffar Express hijacking",
        "type": "hijacking",
        "place": "Balochistan",
        "date": "2025-03-11",
        "aliases": ["Jaffar Express"],
    },
    {
        "id": "india-pakistan-2025",
        "name": "India–Pakistan clashes",
        "type": "armed-clash",
        "place": ["India", "Pakistan"],
        "date": "2025-05-07/2025-05-10",
    },
    {"id": "kargil-1999", "name": "Kargil War", "type": "armed-clash", "place": ["India", "Pakistan"], "date": "1999-05/1999-07"},
]


def test_coverage_with_a_catalogue_keeps_its_ids(sco_corpus):
    c = Corpus({name[:3]: text for name, text in sco_corpus.items()}, catalogue=slant.Catalogue(CATALOGUE))
    m = c.coverage_matrix()
    assert m.loc["Pahalgam attack"].to_dict() == {"000": True, "001": True, "002": True, "003": True, "004": False}
    assert m.loc["Jaffar Express hijacking"].to_dict() == {"000": True, "001": False, "002": False, "003": True, "004": False}
    assert m.loc["India–Pakistan clashes"].to_dict() == {"000": True, "001": False, "002": True, "003": True, "004": True}
    # A catalogued incident nobody mentions is an omission of every source.
    assert not m.loc["Kargil War"].any()
    assert "kargil-1999" in set(c.omissions("004")["incident"])
    cov = c.coverage()
    assert set(cov["incident"]) >= {"pahalgam-2025", "jaffar-express-2025", "india-pakistan-2025"}
    assert c.incidents().set_index("incident").loc["pahalgam-2025", "catalogued"]


def test_catalogue_sources_and_errors(tmp_path):
    import json
    import pickle

    cat = slant.Catalogue.from_json(json.dumps(CATALOGUE))
    assert len(cat) == 4 and len(pickle.loads(pickle.dumps(cat))) == 4
    assert len(slant.Catalogue.from_dataframe(pd.DataFrame(CATALOGUE[:2]))) == 2
    csv_path = tmp_path / "c.csv"
    csv_path.write_text("id,name,type,place,date\nk,Kargil War,armed-clash,India|Pakistan,1999-05/1999-07\n", encoding="utf-8")
    assert len(slant.Catalogue.from_csv(csv_path)) == 1
    bad = [
        ([{"name": "X", "type": "attack"}], SlantValueError, r'records\[0\]: missing field "id"'),
        ([{"id": "x", "name": "X", "type": "riot"}], SlantValueError, r'field "type": unknown type "riot"'),
        ([{"id": "x", "name": "X", "type": "attack", "place": "Atlantis Prime"}], SlantValueError, r'field "place"'),
        ([{"id": "x", "name": "X", "type": "attack", "date": "22/04/2025"}], SlantValueError, r'field "date"'),
        ([CATALOGUE[0], CATALOGUE[0]], SlantValueError, r'records\[1\]: field "id": duplicate id'),
        ([{"id": 5, "name": "X", "type": "attack"}], SlantTypeError, r'field "id" must be str, not int'),
        ("x", SlantTypeError, "records must be a list of dicts"),
    ]
    for records, error, message in bad:
        with pytest.raises(error, match=message):
            slant.Catalogue(records)
    with pytest.raises(SlantValueError, match="invalid JSON"):
        slant.Catalogue.from_json("[{")
    with pytest.raises(SlantTypeError, match="catalogue must be a slant.Catalogue"):
        Corpus({"a": "x"}, catalogue=CATALOGUE)


def test_omission_claims_name_claimant_document_and_incident(sco):
    claims = sco.omission_claims()
    pahalgam = claims[claims["name"].str.contains("Pahalgam", na=False)]
    assert set(pahalgam["source"]) >= {"000", "002", "003"}
    rajnath = pahalgam[pahalgam["source"] == "000"].iloc[0]
    assert rajnath["claimant"] == "Rajnath Singh" and rajnath["cue"] == "failed to address"
    assert rajnath["document"] == "declaration" and rajnath["omitted"] == "shooting"
    india = pahalgam[pahalgam["source"] == "002"].iloc[0]
    assert india["claimant_id"] == "iso:IN" and india["document"] == "communique"
    assert pahalgam[pahalgam["source"] == "003"].iloc[0]["claimant"] == "India"


def test_boilerplate_is_flagged_not_removed(sco):
    bp = sco.boilerplate()
    kinds = dict(zip(bp["text"].str[:10], bp["kind"]))
    assert kinds["Read more:"] == "teaser" and kinds["Comments a"] == "comments"
    assert kinds["— PTV News"] == "social"
    for row in bp.itertuples():
        assert sco.text(row.source)[row.start : row.end] == row.text


def test_catalogue_pickles_with_its_gazetteer():
    import pickle

    g = slant.Gazetteer([{"label": "GPE", "canonical": "Kelso", "id": "place:kelso"}])
    cat = slant.Catalogue([{"id": "k", "name": "Kelso bombing", "type": "bombing", "place": "Kelso"}], gazetteer=g)
    again = pickle.loads(pickle.dumps(cat))
    c = Corpus({"a": "The bombing of the Kelso pumping station killed 14 workers."}, catalogue=again, gazetteer=g)
    assert c.coverage_matrix().loc["Kelso bombing"].to_dict() == {"a": True}


def test_a_signatory_is_not_where_a_declaration_was_made():
    # "a joint declaration of the X" names what the declaration belongs to; the state
    # that refused to sign it, before the trigger, is not its place.
    c = slant.Corpus(
        {
            "a": "India refused on Friday to sign a joint declaration of the Shanghai Cooperation Organisation.",
            "b": "Pakistan welcomed the joint declaration of the Shanghai Cooperation Organisation on Friday.",
        }
    )
    places = {m["text"]: m["places"] for d in c._docs for m in d["mentions"]}
    assert places["joint declaration"] == []


def test_sources_are_compared_within_their_story():
    # Two stories in one corpus: an article on the Porto Alegre floods does not omit
    # the Quetta bombing; an article on Quetta that leaves the bombing out does.
    docs = {
        "wire": "A bomb attack in Quetta killed 9 people on May 2, 2025. Police in Quetta said the bombers "
        "targeted a bus carrying Baloch workers.",
        "daily": "The May 2 bombing in Quetta drew condemnation. Baloch leaders in Quetta said the bus was attacked.",
        "post": "Floods hit Porto Alegre in Rio Grande do Sul on May 3, 2025, and rescuers in Porto Alegre pulled "
        "residents from roofs.",
        "globe": "Rescuers in Porto Alegre worked through the night as floods in Rio Grande do Sul rose.",
        "tribune": "Baloch workers in Quetta returned to their bus depot on Monday, police in Quetta said.",
    }
    c = Corpus(docs)
    assert c.stories == [0, 0, 1, 1, 0]
    cov = c.coverage()
    bombing = cov[cov["name"] == "Quetta bombing (2025-05-02)"]
    assert dict(zip(bombing["source"], bombing["omitted"])) == {"wire": False, "daily": False, "tribune": True}
    assert list(c.omissions("tribune")["mentioned_by"]) == [["wire", "daily"]]
    assert c.omissions("post").empty and c.omissions("globe").empty
    assert c.coverage_matrix().loc["Quetta bombing (2025-05-02)"].to_dict() == {
        "wire": True, "daily": True, "post": False, "globe": False, "tribune": False,
    }
    # Every omission sits beside a source of its story that tells the item.
    for kind in ("incident", "entity"):
        rows = c.coverage(kind)
        key = rows.columns[0]
        told = set(rows.loc[rows["mentioned"], key])
        assert set(rows.loc[rows["omitted"], key]) <= told
        assert not (rows["omitted"] & rows["mentioned"]).any()


def test_site_lines_do_not_count_for_actors_either(sco):
    # One rule for incidents and actors: a repeated passage or a site line is no
    # evidence. 001 repeats its body; its counts equal those of its first copy.
    cov = sco.coverage(kind="entity")
    ents = sco.entities()
    mine = ents[ents["source"] == "001"]
    counted = cov[cov["source"] == "001"]["mentions"].sum()
    assert 0 < counted < len(mine[mine["label"].isin(["PERSON", "ORG", "GPE", "LOC", "NORP"])])


def test_each_person_is_one_actor_and_capitals_speak_for_their_country(sco):
    actors = sco.actors()
    people = actors[actors["kind"] == "person"]
    for surname, sources in (("Asif", ["002", "003", "004"]), ("Singh", ["000", "003", "004"]), ("Dong", ["000", "004"])):
        (row,) = [r for r in people.itertuples() if surname in r.name]
        assert row.sources == sources, (surname, row.sources)
    # "New Delhi said", "Islamabad ... responded": the capital counts toward its country,
    # in the actor list and in stance alike.
    att = sco.attitudes()
    assert set(att.loc[att["text"] == "New Delhi", "target_id"]) == {"iso:IN"}
    assert set(att.loc[att["text"] == "Islamabad", "target_id"]) == {"iso:PK"}
    countries = actors[actors["kind"] == "country"].set_index("actor")
    assert countries.loc["iso:IN", "name"] == "India" and countries.loc["iso:PK", "name"] == "Pakistan"
    cov = sco.coverage(kind="entity")
    assert set(cov.columns) >= {"entity", "name", "source", "mentioned", "omitted"}
    assert cov[(cov["entity"] == "iso:IN")]["mentioned"].all()


def test_one_person_one_actor_across_articles_whatever_the_tagger_read():
    # "Trump" opening a sentence, "Senator McConnell of Kentucky" read as an
    # organisation in one article: the corpus settles both.
    docs = {
        "a": "President Donald Trump signed the bill on Friday. Senate Majority Leader Mitch McConnell praised it.",
        "b": "Trump signed the measure Friday. McConnell said the Republican Party would not back down.",
        "c": "Mr. Trump, speaking at the White House, signed the law. Senator McConnell of Kentucky said the "
        "Democratic Party had stalled.",
    }
    c = Corpus(docs)
    ents = c.entities()
    for surname in ("Trump", "McConnell"):
        mine = ents[ents["text"].str.endswith(surname)]
        assert set(mine["source"]) == {"a", "b", "c"}, (surname, mine)
        assert mine["actor"].nunique() == 1 and set(mine["label"]) == {"PERSON"}, (surname, mine)
    people = c.actors()
    assert set(people.loc[people["kind"] == "person", "sources"].map(tuple)) == {("a", "b", "c")}


def test_an_acronym_defined_in_one_article_names_the_same_actor_in_another():
    docs = {
        "a": "The Democratic National Committee (DNC) sued on Monday.",
        "b": "The DNC said the suit was filed in federal court.",
        "c": "A Democratic National Committee spokesman said the party would appeal.",
    }
    actors = Corpus(docs).actors()
    (dnc,) = [r for r in actors.itertuples() if r.name == "Democratic National Committee"]
    assert dnc.sources == ["a", "b", "c"] and dnc.kind == "organisation"
    # Undefined anywhere, an acronym keeps its own id.
    alone = Corpus({"x": "The XYZQ said nothing.", "y": "The XYZQ met."}).actors()
    assert alone[["actor", "name", "sources"]].values.tolist() == [["org:xyzq", "XYZQ", ["x", "y"]]]


def test_a_pinned_person_keeps_the_users_id_in_every_article():
    g = slant.Gazetteer(
        [{"label": "person", "canonical": "Khawaja Muhammad Asif", "aliases": ["Khawaja Asif"], "id": "person:kma"}]
    )
    c = Corpus(
        {
            "a": "Defence Minister Khawaja Asif spoke in Qingdao.",
            "b": "Kh Asif left. Asif said nothing more.",
            "c": "Khawaja Muhammad Asif attended.",
        },
        gazetteer=g,
    )
    people = c.entities()
    people = people[people["label"] == "PERSON"]
    assert set(people["id"]) == {"person:kma"} and len(people) == 4
    assert c.actors().set_index("actor").loc["person:kma", "sources"] == ["a", "b", "c"]


def test_groups_are_actors_apart_from_their_country():
    c = Corpus(
        {
            "a": "Protesters clashed with police in Dhaka as Pakistani troops watched.",
            "b": "Police fired tear gas at demonstrators. Indian soldiers crossed the line.",
        }
    )
    actors = c.actors().set_index("actor")
    assert actors.loc["group:protesters", "sources"] == ["a", "b"]  # "demonstrators" too
    assert actors.loc["group:pk:troops", "kind"] == "group" and actors.loc["group:in:troops", "sources"] == ["b"]
    assert actors.loc["iso:PK", "kind"] == "country"
    mentions = c.actor_mentions()
    row = mentions[mentions["text"] == "demonstrators"].iloc[0]
    assert row["actor"] == "group:protesters" and row["counted"]
    assert c.text(row["source"])[row["start"] : row["end"]] == "demonstrators"
    # Groups are actors, not named entities: the entity frame stays the tagger's.
    assert "demonstrators" not in set(c.entities()["text"])


def test_the_floods_actors_are_one_each_in_the_sources_that_name_them():
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted(FLOODS.glob("*.txt"))}
    actors = Corpus(docs).actors().set_index("name")
    assert actors.loc["Porto Alegre", "sources"] == ["city_paper", "wire"]  # "PORTO ALEGRE" dateline too
    assert actors.loc["Rio Grande do Sul", "sources"] == ["ministry", "wire"]
    # "President Luiz Inácio Lula da Silva" and, later, "the president": one person.
    lula = actors.loc["Luiz Inácio Lula da Silva"]
    assert lula["kind"] == "person" and lula["mentions"] == 2 and lula["sources"] == ["ministry"]
    people = actors[actors["kind"] == "person"]
    assert sorted(people.index) == ["Eduardo Leite", "Luiz Inácio Lula da Silva", "Marta Souza", "Sebastião Melo"]


def test_one_actor_across_house_styles_of_naming():
    # One outlet writes formal names with middle initials, another the usual ones.
    c = Corpus(
        {
            "formal": "Joseph R. Biden Jr. met Senator Charles E. Schumer and Donald J. Trump. "
            "The Department of Justice declined to comment.",
            "usual": "Joe Biden met Chuck Schumer and Donald Trump. The Justice Department was silent.",
            "short": "Mr. Biden, Mr. Schumer and Mr. Trump met. DOJ officials stayed away.",
        }
    )
    mentions = c.actor_mentions()
    ids = mentions.groupby("actor")["source"].apply(set)
    for name in ("Biden", "Schumer", "Trump", "DOJ"):
        actor = mentions[mentions["text"].str.contains(name)]["actor"]
        assert actor.nunique() == 1, (name, sorted(set(actor)))
        assert ids[actor.iloc[0]] == {"formal", "usual", "short"}, name


def test_the_senate_alone_is_the_one_senate_the_corpus_names():
    corpus = slant.Corpus({"a": "The U.S. Senate passed the bill on Tuesday.", "b": "The Senate voted 51-50 on Tuesday."})
    actors = corpus.actors().set_index("actor")
    assert sorted(actors.loc["org:us-senate"].sources) == ["a", "b"]
    # Two senates in the corpus: the bare word stays its own.
    two = slant.Corpus({"a": "The U.S. Senate met.", "b": "The Philippine Senate met.", "c": "The Senate voted."})
    in_c = {r.actor for r in two.actors().itertuples() if "c" in r.sources}
    assert in_c and "org:us-senate" not in in_c


def test_a_detail_of_its_sentences_incident_is_that_incident():
    # "Protesters" beside "stormed", "held hostage" beside "hijacked": told within the
    # sentence's incident, never left without one.
    corpus = Corpus(
        {
            "a": "Protesters stormed the Swedish embassy in Baghdad on Thursday.",
            "b": "Gunmen hijacked a train in Balochistan on March 11, with 440 passengers held hostage.",
        }
    )
    mentions = corpus.mentions()
    assert mentions.incident.notna().all(), mentions
    by_source = mentions.groupby("source").incident.nunique()
    assert by_source["a"] == 1 and by_source["b"] == 1, mentions
