"""User gazetteers: building from records, JSON, CSV and DataFrames, merging, pickling, errors."""

from __future__ import annotations

import io
import json
import pickle

import pytest

from slant import Gazetteer, SlantTypeError, SlantValueError, tag_entities

RECORDS = [
    {"label": "ORG", "canonical": "Tamsin River Commission", "aliases": ["TRC", "River Commission"]},
    {"label": "GPE", "canonical": "Kelso", "id": "place:kelso", "parent": "iso:GB"},
    {"label": "person", "canonical": "Ilse Varga", "aliases": "Dr Varga|Varga"},
]


def test_user_records_merge_over_the_defaults():
    g = Gazetteer(RECORDS)
    ents = tag_entities("The TRC met in Kelso and India; Varga chaired.", gazetteer=g)
    assert [(e.text, e.label, e.canonical, e.id) for e in ents][:3] == [
        ("TRC", "ORG", "Tamsin River Commission", "user:org:tamsin-river-commission"),
        ("Kelso", "GPE", "Kelso", "place:kelso"),
        ("India", "GPE", "India", "iso:IN"),
    ]
    assert g.lookup("Kelso")["parent"] == "iso:GB"
    assert "TRC" in g and "TRC" not in Gazetteer()
    assert len(Gazetteer([RECORDS[0], RECORDS[2]], defaults=False)) == 2
    with pytest.raises(SlantValueError, match="unknown id"):
        Gazetteer(RECORDS, defaults=False)  # its parent is a default entry


def test_user_entries_win_aliases():
    # A user who means the river commission by "SCO" gets it.
    g = Gazetteer([{"label": "ORG", "canonical": "Sudmark Coast Office", "aliases": ["SCO"]}])
    assert tag_entities("The SCO met.", gazetteer=g)[0].canonical == "Sudmark Coast Office"


def test_round_trips_through_pickle_and_cloudpickle_style_reduce():
    g = Gazetteer(RECORDS)
    h = pickle.loads(pickle.dumps(g))
    assert len(h) == len(g)
    text = "The TRC met in Kelso."
    assert tag_entities(text, gazetteer=h) == tag_entities(text, gazetteer=g)
    fn, args = g.__reduce__()
    assert fn.__module__ == "slant._gazetteer"


def test_json_csv_and_dataframe_sources(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    assert "TRC" in Gazetteer.from_json(path)
    assert "TRC" in Gazetteer.from_json(json.dumps(RECORDS))
    csv_text = "label,canonical,aliases,id,parent\nORG,Tamsin River Commission,TRC|River Commission,,\n"
    (tmp_path / "g.csv").write_text(csv_text, encoding="utf-8")
    assert "River Commission" in Gazetteer.from_csv(tmp_path / "g.csv")
    assert "TRC" in Gazetteer.from_csv(io.StringIO(csv_text))
    pd = pytest.importorskip("pandas")
    assert "Varga" in Gazetteer.from_dataframe(pd.DataFrame(RECORDS))
    assert "TRC" in Gazetteer.from_records(RECORDS)


@pytest.mark.parametrize(
    ("records", "error", "message"),
    [
        ([{"label": "PERSN", "canonical": "X"}], SlantValueError, r'records\[0\]: field "label": unknown label'),
        ([RECORDS[0], {"label": "ORG"}], SlantValueError, r'records\[1\]: missing field "canonical"'),
        ([{"label": "ORG", "canonical": "  "}], SlantValueError, r'field "canonical": must be a non-empty'),
        ([{"label": "ORG", "canonical": "X", "aliases": ["a", ""]}], SlantValueError, r"aliases\[1\] is empty"),
        ([{"label": "ORG", "canonical": "X", "parent": "nowhere"}], SlantValueError, r'unknown id "nowhere"'),
        ([{"label": "DATE", "canonical": "X"}], SlantValueError, r"unknown label"),
        ([{"label": "ORG", "canonical": 5}], SlantTypeError, r'records\[0\]: field "canonical" must be str, not int'),
        ([{"label": "ORG", "canonical": "X", "aliases": [1]}], SlantTypeError, r"aliases\[0\] must be str"),
        ([7], SlantTypeError, r"records\[0\] must be a dict, not int"),
        ("ORG,X", SlantTypeError, r"records must be a list of dicts, not str"),
    ],
)
def test_bad_records_name_the_row_and_field(records, error, message):
    with pytest.raises(error, match=message):
        Gazetteer(records)


def test_invalid_json_names_the_position():
    with pytest.raises(SlantValueError, match=r"invalid JSON at line 1, column \d+"):
        Gazetteer.from_json('[{"label": "ORG",]')
    with pytest.raises(SlantValueError, match="expected a list of records"):
        Gazetteer.from_json('"ORG"')


def test_a_division_named_by_its_position_alone_answers_to_its_full_name_only():
    # Cameroon's West Region is not "the West" of news, nor is Iceland's "South".
    text = "Russia freed him in the largest swap between Moscow and the West since the Cold War."
    assert not any(e.id.startswith("adm1:") for e in tag_entities(text))
    ids = {e.text: e.id for e in tag_entities("Police in the Northern Territory said on Monday that Darwin was calm.")}
    assert ids["Northern Territory"] == "adm1:AU:northern-territory"
