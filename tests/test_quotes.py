"""Quotes and voices: quote shapes, reporting verb classes, named and unnamed
speakers, on sentences written for these tests and on the SCO articles."""

from __future__ import annotations

import pytest

import slant
from slant import find_quotes


def only(text: str) -> dict:
    (q,) = [q for q in find_quotes(text) if q["kind"] != "scare"]
    return q


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "klass", "quote"),
    [
        ("“The talks failed,” said Lt Gen Tomas Brek.", "Tomas Brek", "said", "neutral", "The talks failed,"),
        ('"The talks failed," Ilse Varga told reporters.', "Ilse Varga", "told", "neutral", "The talks failed,"),
        ("Marta Souza said: “We have waited on rooftops for three days.”", "Marta Souza", "said", "neutral", "We have waited on rooftops for three days."),
        ("The ministry claimed there was “a lack of consensus” on terrorism.", "The ministry", "claimed", "distancing", "a lack of consensus"),
        ("Police confirmed that four people were arrested.", "Police", "confirmed", "endorsing", "four people were arrested."),
        ("Pakistan denied any role in the attack.", "Pakistan", "denied", "denying", "any role in the attack."),
        ("According to sources close to the meeting, the text was changed twice.", "sources close to the meeting", "According to", "neutral", "the text was changed twice."),
        ("An unnamed Indian official stated, “Selective outrage damages our credibility.”", "An unnamed Indian official", "stated", "neutral", "Selective outrage damages our credibility."),
    ],
)
def test_speaker_verb_and_quote(text, speaker, verb, klass, quote):
    q = only(text)
    assert (q["speaker"], q["verb"], q["verb_class"], q["quote"]) == (speaker, verb, klass, quote)
    assert text[q["start"] : q["end"]] == q["quote"]


def test_quote_split_around_the_verb_and_over_sentences():
    text = "“We cannot sign this,” Defence Minister Rajnath Singh said, “because it forgets our dead. Not one line names them.”"
    qs = find_quotes(text)
    assert [q["quote"] for q in qs] == ["We cannot sign this,", "because it forgets our dead. Not one line names them."]
    assert {q["canonical"] for q in qs} == {"Rajnath Singh"} and {q["kind"] for q in qs} == {"direct"}


def test_pronouns_and_scare_quotes():
    qs = find_quotes(
        "Ilse Varga spoke first. She said the water quotas were unfair. The “reform” left farmers"
        " poorer. Critics called it a “cosmetic fix”. Pavel Brek said the talks had been “a farce”."
    )
    assert [(q["kind"], q["speaker"], q["canonical"]) for q in qs] == [
        ("indirect", "She", "Ilse Varga"),
        ("scare", None, None),
        # A few quoted words that end the clause a speaker reports are that speaker's.
        ("direct", "Critics", None),
        ("direct", "Pavel Brek", "Pavel Brek"),
    ]


def test_no_speech_no_quote():
    assert find_quotes("The omission of the Kelso bombing claimed the attention of many.") == []
    with pytest.raises(slant.SlantTypeError, match="text must be str"):
        find_quotes(3)


def test_voices_on_the_sco_articles(sco_corpus):
    c = slant.Corpus({name[:3]: text for name, text in sco_corpus.items()})
    v = c.voices()
    spoke = {(r.source, r.canonical) for r in v.itertuples()}
    assert ("000", "Dong Jun") in spoke
    assert ("003", "Khawaja Muhammad Asif") in spoke and ("002", "Khawaja Muhammad Asif") in spoke
    assert ("003", "Rajnath Singh") in spoke
    assert ("001", "An unnamed Indian official") in spoke and ("002", "A Pakistani official") in spoke
    # The body 001 repeats counts once.
    assert v[(v["source"] == "001") & (v["canonical"] == "An unnamed Indian official")]["total"].item() == 1
    q = c.quotes()
    assert all(c.text(r.source)[r.start : r.end] == r.quote for r in q.itertuples())


def test_word_choice_per_source(sco_corpus):
    c = slant.Corpus({name[:3]: text for name, text in sco_corpus.items()})
    labels = c.labels()
    pahalgam = labels[labels["referent"].str.contains("Pahalgam")]
    frames = pahalgam.groupby("source")["frame"].agg(set).to_dict()
    # 001 calls it terrorism; 000 tells it as a "shooting incident" and quotes India calling it terrorism.
    assert "condemning" in frames["001"]
    assert {"minimising", "condemning"} <= frames["000"]
    kashmir = labels[labels["referent"] == "Jammu and Kashmir"]
    names = kashmir.groupby("source")["phrase"].agg(set).to_dict()
    assert "Indian-administered Kashmir" in names["000"]
    assert "IIOJK" in names["003"]
    assert set(kashmir[kashmir["phrase"] == "IIOJK"]["frame"]) == {"delegitimising"}
    attribution = c.attribution().set_index("source")
    assert attribution.loc["002", "distancing"] >= 1  # "The Indian foreign ministry claimed"
    assert (attribution["words"] > 0).all()


def test_corpus_quotes_equal_single_text_quotes(sco_corpus):
    c = slant.Corpus({name[:3]: text for name, text in sco_corpus.items()})
    q = c.quotes()
    for name, text in sco_corpus.items():
        mine = q[q["source"] == name[:3]]
        single = slant.find_quotes(text)
        assert [(r.start, r.end, r.kind, r.verb if isinstance(r.verb, str) else None) for r in mine.itertuples()] == [
            (x["start"], x["end"], x["kind"], x["verb"]) for x in single
        ]


def test_labels_stand_for_the_group_beside_them():
    c = slant.Corpus(
        {
            "a": "The government designated the Mountain Front as a terrorist group on Monday.",
            "b": "Officials met the oppressed Rohingya refugees in Dhaka.",
        }
    )
    referents = {(r.source, r.phrase): r.referent for r in c.labels().itertuples()}
    assert referents[("a", "terrorist")] == "Mountain Front"
    assert referents[("b", "oppressed")] == "Rohingya"


def test_framing_and_hedges_on_own_sentences():
    c = slant.Corpus(
        {
            "a": "Gunmen reportedly killed 9 people in a terrorist attack in Quetta on May 2, 2025.",
            "b": "Freedom fighters carried out an operation in Quetta on May 2, 2025, so-called officials said.",
        }
    )
    labels = c.labels()
    assert set(labels[labels["source"] == "a"]["frame"]) >= {"condemning", "neutral"}
    assert "legitimising" in set(labels[labels["source"] == "b"]["frame"])
    assert c.attribution().set_index("source")["hedges"].to_dict() == {"a": 1, "b": 1}
