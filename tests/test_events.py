"""slant.find_events: event mentions of any kind from the learned tagger."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import slant


def events(text: str) -> list[tuple[str, str | None]]:
    return [(e["text"], e["class"]) for e in slant.find_events(text)]


def one_incident(corpus: slant.Corpus, query: str):
    """The one incident of `corpus.incidents()` that `query` selects (asserting there is one)."""
    found = corpus.incidents().query(query)
    assert len(found) == 1, found
    return found.iloc[0]


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


# slant.cluster_events: event coreference across texts.

EARTHQUAKES = [
    "A magnitude 6.1 earthquake struck Aceh in Indonesia on Tuesday, killing 12 people.",
    "The Aceh earthquake on Tuesday killed 12 people and destroyed hundreds of homes, officials said.",
    "An earthquake shook northern California near Eureka on Sunday, cracking roads.",
    "Sunday's quake near Eureka, California, damaged a bridge but killed no one.",
]


def spans_of(texts: list[str], words: list[tuple[int, str]]) -> list[tuple[int, int, int]]:
    out = []
    for doc, w in words:
        start = texts[doc].index(w)
        out.append((doc, start, start + len(w)))
    return out


def test_one_kind_of_event_in_two_stories_is_two_events():
    # Known limit: on a handful of short texts the stories rest on few shared words;
    # with "magnitude" in both earthquakes' first lines, these four texts form one story.
    mentions = spans_of(EARTHQUAKES, [(0, "earthquake"), (1, "earthquake"), (2, "earthquake"), (3, "quake")])
    groups = slant.cluster_events(EARTHQUAKES, mentions)
    assert groups[0] == groups[1]
    assert groups[2] != groups[0]
    assert len(groups) == 4


def test_inflections_and_irregular_forms_are_one_event():
    texts = [
        "Police shot a gunman in Denver on Friday after a standoff at the Rossi bakery.",
        "The shooting of the Rossi bakery gunman by Denver police on Friday ended the standoff.",
    ]
    groups = slant.cluster_events(texts, spans_of(texts, [(0, "shot"), (1, "shooting")]))
    assert groups == [0, 0]


def test_cluster_events_offsets_are_str_indices():
    texts = ["🙂 Rebels seized Kidal on Monday.", "Rebels seized the town of Kidal on Monday, the army said."]
    mentions = spans_of(texts, [(0, "seized"), (1, "seized"), (1, "said")])
    assert texts[0][mentions[0][1] : mentions[0][2]] == "seized"
    groups = slant.cluster_events(texts, mentions)
    assert groups[0] == groups[1] != groups[2]


def test_cluster_events_bad_input_names_the_problem():
    texts = ["Rebels seized Kidal.", "Rebels seized Kidal."]
    with pytest.raises(slant.SlantValueError, match="mention 1 names text 5"):
        slant.cluster_events(texts, [(0, 7, 13), (5, 0, 3)])
    with pytest.raises(slant.SlantValueError, match=r"mention 0 spans 7\.\.99"):
        slant.cluster_events(texts, [(0, 7, 99)])
    with pytest.raises(slant.SlantTypeError, match="mention 0 is str"):
        slant.cluster_events(texts, ["seized"])
    with pytest.raises(slant.SlantTypeError, match="text 1 is NoneType"):
        slant.cluster_events(["Rebels seized Kidal.", None], [])
    assert slant.cluster_events([], []) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=4), st.data())
def test_cluster_events_is_total(texts: list[str], data) -> None:
    mentions = []
    for doc, t in enumerate(texts):
        if len(t) >= 1:
            start = data.draw(st.integers(0, len(t) - 1))
            end = data.draw(st.integers(start + 1, len(t)))
            mentions.append((doc, start, end))
    groups = slant.cluster_events(texts, mentions)
    assert len(groups) == len(mentions)
    assert all(0 <= g < len(mentions) for g in groups)


# --- Corpus: events of no known class, linked across sources by coreference ---------


def test_an_event_no_list_knows_told_by_three_sources_is_one_incident():
    corpus = slant.Corpus(
        {
            "a": "The Kelp Institute was founded in 1998 by marine biologists. It now employs 40 people.",
            "b": "Founded in 1998, the Kelp Institute studies seaweed along the coast of Maine.",
            "c": "The Kelp Institute, founded in 1998, has a new director.",
        }
    )
    incidents = corpus.incidents()
    assert list(incidents.name) == ["Kelp Institute founded (1998)"]
    mentions = corpus.mentions()
    assert sorted(mentions.source) == ["a", "b", "c"]
    assert set(mentions.label.str.lower()) == {"founded"}
    assert corpus.coverage_matrix().loc["Kelp Institute founded (1998)"].all()


def test_the_same_word_in_different_years_is_no_shared_event():
    # Each source tells its own founding: one article's event is not an incident, and
    # the two differ in year and place, so nothing links them.
    corpus = slant.Corpus(
        {
            "a": "Acme Corp. was founded in 1998 in Ohio. It makes anvils.",
            "b": "Acme Corp. was founded in 2005 in Texas, according to its website.",
        }
    )
    assert len(corpus.incidents()) == 0
    assert len(corpus.mentions()) == 0


def test_an_event_no_list_knows_joins_by_a_shared_participant():
    # No date or place: the person both sources name makes it one event.
    corpus = slant.Corpus(
        {
            "a": "Mayor Tom Bell blessed the turkey in a short ceremony.",
            "b": "In a short ceremony, Tom Bell blessed a turkey named Gobbles.",
        }
    )
    assert list(corpus.incidents().name) == ["Tom Bell blessed"]
    assert sorted(corpus.mentions().source) == ["a", "b"]


def test_prepositions_and_roles_are_no_events_of_their_own():
    corpus = slant.Corpus(
        {
            "a": "Forums like the council matter, said Jane Roe, who led the delegation.",
            "b": "Jane Roe, who led the delegation, said forums like the council matter.",
        }
    )
    assert len(corpus.incidents()) == 0


def test_event_scores_rank_clear_events_above_doubtful_words():
    found = {e["text"]: e["score"] for e in slant.find_events("The company was acquired on Friday, and the chief executive resigned.")}
    assert found["acquired"] > 0 and found["resigned"] > 0
    assert all(isinstance(s, float) for s in found.values())


def test_one_bombing_told_in_different_words_is_one_incident():
    # The place comes from one source; the other joins by coreference of the two
    # bomb phrases ("exploded", "went off"), with nothing that disagrees.
    corpus = slant.Corpus(
        {
            "a": "A bomb exploded in Kabul on Monday, killing 12 people.",
            "b": "Twelve people died when a bomb went off in the Afghan capital on Monday.",
        }
    )
    assert list(corpus.incidents().name) == ["Kabul bombing"]
    assert corpus.coverage_matrix().loc["Kabul bombing"].all()
    # The deaths told with the bombing are its toll: mentions of it, not incidents.
    assert sorted(corpus.mentions().label) == ["bomb exploded", "bomb went off", "died", "killing"]
    assert set(corpus.mentions().name) == {"Kabul bombing"}


def test_deaths_told_alone_are_the_toll_of_the_incident_another_source_tells():
    # One source tells the shooting, the other only its dead; where and when agree.
    corpus = slant.Corpus(
        {
            "a": "A gunman opened fire at a supermarket in Buffalo on Saturday, police said.",
            "b": "Ten people were killed in Buffalo on Saturday.",
            "c": "An earthquake struck eastern Turkey on Monday.",
            "d": "Dozens of people died in eastern Turkey on Monday.",
        }
    )
    incidents = corpus.incidents().set_index("name")
    assert list(incidents.index) == ["Buffalo shooting", "Turkey earthquake"]
    assert list(incidents.type) == ["shooting", "earthquake"]
    # Deaths elsewhere or on another day are no toll of it.
    apart = slant.Corpus(
        {
            "a": "A gunman opened fire at a supermarket in Buffalo on Saturday, police said.",
            "b": "Ten people were killed in Chicago on Saturday.",
        }
    )
    names = apart.mentions().set_index("source").name
    assert (names["a"], names["b"]) == ("Buffalo shooting", "Chicago killing")


def test_a_named_storm_is_one_event_entity_and_names_its_incident():
    text = "Hurricane Ian slammed into southwest Florida on Wednesday. The National Hurricane Center warned of flooding."
    events = [(e.text, e.id) for e in slant.tag_entities(text) if e.label == "EVENT"]
    assert events == [("Hurricane Ian", "event:hurricane-ian")]
    corpus = slant.Corpus({"a": text, "b": "Typhoon Haiyan killed thousands in the Philippines."})
    names = set(corpus.incidents().name)
    assert "Hurricane Ian" in names and "Typhoon Haiyan" in names
    assert set(corpus.incidents().type) >= {"storm"}


def test_a_legislature_vote_is_not_an_election_and_its_parts_are_one_incident():
    import pandas as pd

    docs = pd.DataFrame(
        {
            "source": ["left", "center", "right"],
            "text": [
                "The Senate on Tuesday passed a sweeping climate bill. The 51-50 vote sends the measure to the House.",
                "The Senate narrowly approved the climate bill on Tuesday in a 51-50 party-line vote.",
                "Senate Democrats pushed their bill through on Tuesday in a 51-50 vote.",
            ],
            "date": "2022-08-09",
        }
    )
    corpus = slant.Corpus(docs)
    mentions = corpus.mentions()
    assert "election" not in set(mentions.type)
    # "passed a sweeping climate bill", "approved the climate bill" and "pushed their
    # bill through" are approvals.
    approvals = mentions[mentions.type == "approval"]
    assert sorted(set(approvals.source)) == ["center", "left", "right"]
    # The vote and the approval are parts of one legislative incident, in all three.
    incidents = corpus.incidents()
    assert len(incidents) == 1 and incidents.type[0] == "legislation"
    assert sorted(incidents.sources[0]) == ["center", "left", "right"]
    # An election keeps its type.
    poll = slant.Corpus({"a": "Voters went to the polls on Sunday. The vote was peaceful, observers said."})
    assert set(poll.mentions().type) >= {"election"}


def test_a_firing_told_three_ways_is_one_dismissal():
    corpus = slant.Corpus(
        [
            ("left", "President Trump fired FBI Director James Comey on Tuesday."),
            ("center", "James Comey was dismissed as FBI director on Tuesday."),
            ("right", "Trump's dismissal of James Comey drew bipartisan criticism."),
        ]
    )
    incidents = corpus.incidents()
    assert list(incidents.type) == ["dismissal"]
    assert sorted(incidents.sources[0]) == ["center", "left", "right"]
    # "fired" at a crowd, "dismissed" claims: no personnel change.
    other = slant.Corpus({"a": "Police fired at the crowd. The minister dismissed the claims as lies."})
    assert "dismissal" not in set(other.mentions().type)


def test_a_confirmation_is_an_appointment_and_a_tally_makes_a_vote_a_legislatures():
    corpus = slant.Corpus(
        [
            ("a", "The Senate confirmed Ketanji Brown Jackson to the Supreme Court on Thursday. The vote was 53-47."),
            ("b", "Ketanji Brown Jackson was confirmed as a Supreme Court justice in a 53-47 vote on Thursday."),
        ]
    )
    types = corpus.mentions().groupby("source").type.apply(set)
    assert types["a"] == {"appointment", "vote"} and types["b"] == {"appointment", "vote"}
    appointment = corpus.incidents().query("type == 'appointment'")
    assert sorted(appointment.sources.iloc[0]) == ["a", "b"]


def test_an_executive_order_and_a_signed_law_are_legislative_events():
    found = slant.Corpus({"a": "President Joe Biden signed an executive order on Friday.", "b": "Biden signed the bill into law on Saturday."}).mentions()
    assert set(found.type) >= {"decree", "approval"}


def test_his_resignation_is_the_resignation_of_who_announces_it():
    corpus = slant.Corpus(
        [
            ("a", "British Prime Minister Boris Johnson resigned on Thursday."),
            ("b", "Boris Johnson announced his resignation as leader of the Conservative Party on Thursday."),
        ]
    )
    assert list(corpus.incidents().name) == ["Boris Johnson resignation"]
    assert sorted(corpus.incidents().sources[0]) == ["a", "b"]


def test_missile_launches_sanctions_and_labour_strikes_are_incidents():
    types = lambda text: set(slant.Corpus({"a": text}).mentions().type)  # noqa: E731
    assert "missile-launch" in types("North Korea fired a ballistic missile into the sea on Wednesday.")
    assert "missile-launch" not in types("Russia fired missiles at Kyiv on Wednesday.")
    assert "sanctions" in types("The United States imposed new sanctions on Russia on Friday.")
    assert "labour-strike" in types("The union launched a strike against three automakers on Friday.")
    assert "labour-strike" not in types("The army launched a strike against rebel positions on Friday.")
    # People who clash argue; troops who clash fight.
    assert "armed-clash" not in types("Joe Biden and Donald Trump clashed over the economy on Thursday.")
    assert "armed-clash" in types("Indian and Pakistani troops clashed along the border on Thursday.")
    # "North Korea" and its capital as the launcher: one incident.
    corpus = slant.Corpus(
        {
            "a": "North Korea fired a ballistic missile into the sea off its east coast on Wednesday.",
            "b": "Pyongyang launched a missile on Wednesday that landed in the sea.",
        }
    )
    assert len(corpus.incidents()) == 1 and sorted(corpus.incidents().sources[0]) == ["a", "b"]


def test_gunned_down_is_a_shooting_and_he_was_terminated_a_dismissal():
    types = lambda text: set(slant.Corpus({"a": text}).mentions().type)  # noqa: E731
    assert "shooting" in types("A company chief executive was gunned down at an office party in Vancouver on Friday.")
    assert "dismissal" in types("The coach sued the team on Monday, claiming he was terminated without cause.")
    assert "dismissal" not in types("The contract was terminated without cause on Monday.")


def test_political_news_events_have_their_classes():
    types = lambda text: set(slant.Corpus({"a": text}).mentions().type)  # noqa: E731
    assert "impeachment" in types("The House impeached the president on Wednesday.")
    assert "pardon" in types("The governor pardoned three inmates on Friday.")
    assert "inauguration" in types("The new president was sworn in on Monday in Brasilia.")
    assert "agreement" in types("The two countries signed a peace agreement in Doha on Saturday.")
    assert "shutdown" in types("A government shutdown began at midnight on Saturday.")
    # One averted did not happen.
    assert "shutdown" not in types("Congress averted a government shutdown late on Saturday.")
    assert "election" in types("Voters in Iowa cast ballots in the primaries on Monday.")


def test_the_person_a_verb_of_saying_acts_on_takes_part():
    # "confirmed" is also a verb of saying, but "confirmed Ketanji Brown Jackson" is
    # about her, not said by her.
    corpus = slant.Corpus(
        [
            ("l", "The Senate confirmed Ketanji Brown Jackson to the Supreme Court on Thursday."),
            ("r", "Senate Democrats confirmed Ketanji Brown Jackson, Biden's pick, on Thursday."),
        ]
    )
    assert list(corpus.incidents().name) == ["Ketanji Brown Jackson appointment"]


def test_an_interest_rate_decision_is_dated_by_its_day_not_by_since():
    corpus = slant.Corpus(
        [
            ("a", "The Federal Reserve raised interest rates on Wednesday, its largest hike since 1994."),
            ("b", "Jerome Powell's Federal Reserve hiked rates again Wednesday."),
        ]
    )
    incidents = corpus.incidents()
    assert list(incidents.type) == ["rate-decision"] and sorted(incidents.sources[0]) == ["a", "b"]
    assert "1994" not in incidents.name[0]


def test_coups_outbreaks_and_plane_crashes_are_incidents():
    types = lambda text: set(slant.Corpus({"a": text}).mentions().type)  # noqa: E731
    assert "coup" in types("Niger's military said on Wednesday it had overthrown the president.")
    assert "epidemic" in types("Health officials declared an outbreak of Ebola in Equateur province on Tuesday.")
    assert "crash" in types("A passenger plane crashed near Pokhara on Sunday, killing 68 people.")
    # One outbreak told three ways, in a province, in the country, by its disease.
    corpus = slant.Corpus(
        [
            ("a", "Health officials in Congo declared an outbreak of Ebola on Tuesday after two deaths in Equateur province."),
            ("b", "The World Health Organization said a new Ebola outbreak had been confirmed in the Democratic Republic of Congo."),
            ("c", "Congo's latest Ebola outbreak, its 14th, has killed two people, officials said."),
        ]
    )
    assert len(corpus.incidents()) == 1 and sorted(corpus.incidents().sources[0]) == ["a", "b", "c"]


def test_naming_someone_is_an_appointment_only_to_a_post():
    types = lambda text: set(slant.Corpus({"a": text}).mentions().type)  # noqa: E731
    assert "appointment" in types("The academy named Hugh Jackman as host on Friday.")
    assert "appointment" in types("The team named Maurice Cheeks coach on Saturday.")
    assert "appointment" not in types("A man named John Smith was killed on Monday.")
    assert "appointment" not in types("Police confirmed John Smith was the victim on Monday.")
    assert "dismissal" not in types("The judge dismissed Smith's lawsuit on Monday.")


def test_a_win_and_a_defeat_in_one_match_are_one_contest():
    corpus = slant.Corpus(
        [
            ("a", "Argentina won the World Cup on Sunday, beating France on penalties after a 3-3 draw in Lusail, Qatar."),
            ("b", "Lionel Messi finally lifted the World Cup on Sunday as Argentina defeated France in Qatar."),
        ]
    )
    incidents = corpus.incidents()
    assert len(incidents) == 1 and sorted(incidents.sources[0]) == ["a", "b"]
    # France, beaten, is no place of the match: Lusail in Qatar is.
    assert incidents.place[0] != "iso:FR"


def test_an_arraignment_told_three_ways_is_one_incident():
    corpus = slant.Corpus(
        [
            ("left", "Donald Trump was arraigned in Manhattan on Tuesday on 34 felony counts. He pleaded not guilty."),
            ("centre", "Former President Donald Trump pleaded not guilty on April 4, 2023, to 34 counts of falsifying business records."),
            ("right", "Trump entered a plea of not guilty on Tuesday and flew home to Florida."),
        ]
    )
    assert sorted(one_incident(corpus, "type == 'arraignment'").sources) == ["centre", "left", "right"]


def test_a_massacre_is_the_shooting_and_a_visit_the_meeting_it_is_told_with():
    corpus = slant.Corpus(
        [
            ("a", "An 18-year-old gunman opened fire at Robb Elementary School in Uvalde, Texas, on May 24, 2022, killing 21 people."),
            ("b", "Texas officials faced questions about the police response to the Uvalde massacre of May 24, 2022."),
        ]
    )
    incidents = corpus.incidents()
    assert len(incidents) == 1 and sorted(incidents.sources[0]) == ["a", "b"]
    assert incidents.type[0] == "shooting"
    corpus = slant.Corpus(
        [
            ("left", "Chinese President Xi Jinping met Vladimir Putin in the Kremlin on Monday, the first day of a three-day state visit to Russia."),
            ("centre", "Xi Jinping arrived in Moscow on March 20, 2023, for talks with Russian President Vladimir Putin."),
            ("right", "Putin welcomed Xi to Moscow on Monday for a summit with the Chinese leader."),
        ]
    )
    assert sorted(one_incident(corpus, "type == 'meeting'").sources) == ["centre", "left", "right"]


def test_weekdays_read_near_a_date_another_article_tells_of():
    corpus = slant.Corpus(
        [
            ("a", "Hurricane Milton made landfall near Siesta Key, Florida, on Wednesday night. At least 16 people were killed, officials said on Friday."),
            ("b", "Milton came ashore on Florida's Gulf Coast on October 9, 2024, then exited into the Atlantic on Thursday morning."),
        ]
    )
    milton = one_incident(corpus, "name.str.startswith('Hurricane Milton')")
    assert sorted(milton.sources) == ["a", "b"]
    assert milton.date == "2024-10-09"
    dates = corpus.entities().query("label == 'DATE'").set_index("text").id
    assert dates["Thursday"] == "date:2024-10-10" and dates["Friday"] == "date:2024-10-11"


def test_a_government_measure_told_three_ways_is_one_incident():
    corpus = slant.Corpus(
        [
            ("left", "The Environmental Protection Agency finalized strict new limits on tailpipe emissions on Wednesday."),
            ("centre", "The EPA issued a rule on March 20, 2024, requiring automakers to cut emissions from new cars."),
            ("right", "The EPA's new emissions rule, released Wednesday, is a mandate in disguise, automakers' allies said."),
        ]
    )
    assert sorted(one_incident(corpus, "type == 'policy'").sources) == ["centre", "left", "right"]


def test_a_shutdown_dated_by_its_start_and_by_a_milestone_weeks_later_is_one_incident():
    # A shutdown lasts weeks: sources date it by its first day or by a day it made news.
    corpus = slant.Corpus(
        {
            "a": "The federal government shut down on October 1, 2025, after the Senate failed to pass a bill.",
            "b": "The government shutdown became the longest in history on November 5, 2025.",
        }
    )
    shutdown = one_incident(corpus, "type == 'shutdown'")
    assert sorted(shutdown["sources"]) == ["a", "b"]


def test_a_verdict_and_an_acquisition_told_by_three_sources_are_one_incident_each():
    # Who only answers the verdict ("called the Floyd family after the verdict") or
    # reacts to the takeover ("shares fell after news of the takeover") takes no part
    # in it, and a sale told by the seller is the buyer's acquisition.
    verdict = slant.Corpus(
        {
            "a": "A jury in Minneapolis on Tuesday found former police officer Derek Chauvin guilty of murder.",
            "b": "Derek Chauvin was convicted Tuesday. President Biden called the Floyd family after the verdict.",
            "c": "The former Minneapolis officer was found guilty on Tuesday.",
        }
    )
    verdicts = verdict.incidents().query("type == 'verdict'")
    assert len(verdicts) == 1, verdict.incidents()
    assert sorted(verdicts.sources.iloc[0]) == ["a", "b", "c"]
    deal = slant.Corpus(
        {
            "a": "Microsoft agreed on Tuesday to buy the video game maker Activision Blizzard.",
            "b": "Microsoft will acquire Activision Blizzard in an all-cash transaction.",
            "c": "Activision Blizzard, which is being sold to Microsoft, was sued by California. "
            "Sony shares fell 13 percent after news of the takeover.",
        }
    )
    incidents = deal.incidents()
    assert "sale" not in set(incidents.type), incidents
    acquisitions = incidents.query("type == 'acquisition'")
    assert len(acquisitions) == 1, incidents
    assert sorted(acquisitions.sources.iloc[0]) == ["a", "b", "c"]


def test_a_rate_decision_and_a_strike_told_by_three_sources_are_one_incident_each():
    # A rate rise readied ("prepared to raise rates further") is none, and the strike
    # of an earlier year that an article recalls ("since 2008, when a strike lasted
    # 57 days") is another strike.
    fed = slant.Corpus(
        {
            "a": "WASHINGTON (Sept. 20, 2023) - The Federal Reserve raised its benchmark interest rate "
            "on Wednesday. Powell said the Fed is prepared to raise rates further if needed. "
            "The European Central Bank held its key rate steady last week.",
            "b": "The U.S. central bank on Wednesday increased borrowing costs for the eleventh time.",
            "c": "The Federal Reserve on Wednesday raised interest rates by 0.25 percentage point.",
        }
    )
    decisions = fed.incidents().query("type == 'rate-decision'")
    assert len(decisions) == 2, fed.incidents()
    told_by = sorted(sorted(s) for s in decisions.sources)
    assert told_by == [["a"], ["a", "b", "c"]], decisions
    strike = slant.Corpus(
        {
            "a": "SEATTLE (Sept. 13, 2024) - More than 30,000 Boeing machinists went on strike early Friday.",
            "b": "Thousands of workers at Boeing's factories stopped work on Friday. The stoppage is "
            "the first at the planemaker since 2008, when a strike lasted 57 days.",
            "c": "Boeing factory workers began a strike on Friday after rejecting the company's offer.",
        }
    )
    strikes = strike.incidents().query("type == 'labour-strike'")
    told_by = sorted(sorted(s) for s in strikes.sources)
    assert told_by == [["a", "b", "c"], ["b"]], strikes


def _news_words() -> list[str]:
    """The phrases the incident rules read, whole: every entry of the shipped incident
    word lists ("trade war", "ran aground", "fined"), and the small words, names and
    numbers the rules look at beside them."""
    root = Path(__file__).resolve().parents[1] / "knowledge" / "incidents"
    words: set[str] = set()
    for path in sorted(root.glob("*.t*")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                words.add(line.split("\t")[0])
    words.update(
        "the a to keep by on in not could be that said voted leads , . ; Trump Russia Kyiv"
        " Monday 14,000 2020 workers officials out ruled diplomats drones moon".split()
    )
    return sorted(w for w in words if w.strip())


NEWS_WORDS = _news_words()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=14).map(" ".join), min_size=1, max_size=3))
def test_any_sentences_of_news_words_make_a_corpus(texts: list[str]) -> None:
    # The incident rules add and drop mentions in turn; none may index past its list
    # ("It is a trade war." once did) whatever the words.
    corpus = slant.Corpus({f"s{i}": t for i, t in enumerate(texts)})
    for r in corpus.mentions().itertuples():
        text = texts[int(r.source[1:])]
        assert 0 <= r.start < r.end <= len(text)


def test_a_sentence_whose_only_trigger_is_dropped_tells_nothing() -> None:
    corpus = slant.Corpus({"a": "It is a trade war.", "b": "She urged her supporters to keep fighting."})
    assert corpus.incidents().empty


def test_raw_corpus_mentions_carry_who_took_part_and_who_it_was_done_to():
    from slant._slant import analyze_corpus

    docs, _, _ = analyze_corpus(["Police arrested John Smith in Boston on Monday."], [None])
    (arrest,) = [m for m in docs[0]["mentions"] if m["type"] == "arrest"]
    assert arrest["text"] == "arrested"
    assert "person:john-smith" in arrest["patients"]
    assert "person:john-smith" in arrest["participants"]


def test_a_craft_that_lost_contact_and_one_gone_missing_are_one_disappearance():
    corpus = slant.Corpus(
        {
            "a": "A Malaysia Airlines jet lost contact with air traffic control over the South China Sea on Saturday.",
            "b": "The Malaysia Airlines plane went missing with 239 people on board.",
        }
    )
    incidents = corpus.incidents()
    assert incidents.type.tolist() == ["disappearance"]
    assert sorted(incidents.sources[0]) == ["a", "b"]
