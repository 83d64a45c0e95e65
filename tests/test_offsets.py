"""Property tests: spans are exact, ordered, cover every non-space character."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import slant

INVISIBLE = {"\ufeff", "\u200b"}

pieces = st.sampled_from(
    [
        "Dr.", "U.S.", "a.m.", "No.", "1.", "a)", "•", "...", ". . .", "…", "[….]", "?!", "!",
        "“", "”", "'", '"', "(", ")", "\r\n", "\n", "\n\n", " ", "  ", "\t", "\u00a0", "\u3000",
        "\ufeff", "\u200b", "😀", "👩‍👩‍👧", "中文。", "e\u0301", "\x00", "\ud800", "\udfff",
        "Hello", "world", "The", "it", "I", "E.", "$100.00", "me@x.org", "#tag", "@handle",
    ]
)
texts = st.one_of(
    st.text(),
    st.lists(st.one_of(pieces, st.text(alphabet=string.ascii_letters + " .?!", max_size=8)), max_size=40).map("".join),
)


def check(text, sents):
    prev_end = 0
    covered = [False] * len(text)
    for s in sents:
        assert 0 <= prev_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert not s.text[0].isspace() and not s.text[-1].isspace()
        for i in range(s.start, s.end):
            covered[i] = True
        prev_end = s.end
    for i, ch in enumerate(text):
        if not covered[i]:
            assert ch.isspace() or ch in INVISIBLE, (i, ch)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_spans_are_exact_ordered_and_lossless(text):
    check(text, slant.split_sentences(text))


@settings(max_examples=100)
@given(st.lists(st.one_of(st.none(), texts), max_size=8))
def test_batch_equals_single(batch):
    got = slant.split_sentences_batch(batch, n_threads=2)
    assert got == [None if t is None else slant.split_sentences(t) for t in batch]


def test_lone_surrogates_keep_offsets_aligned():
    text = "A\ud800b. Next \udfff one. End."
    sents = slant.split_sentences(text)
    check(text, sents)
    assert [s.text for s in sents] == ["A\ud800b.", "Next \udfff one.", "End."]


def test_bom_crlf_and_nul():
    text = "\ufeffFirst line\r\nSecond.\x00 Third."
    assert [s.text for s in slant.split_sentences(text)] == ["First line", "Second.\x00 Third."]


def test_one_megabyte_line_without_spaces():
    text = ("ab.cd" * 200_000) + "."
    sents = slant.split_sentences(text)
    assert len(sents) == 1 and sents[0].end == len(text)


def test_adversarial_runs_are_single_pieces():
    for text in ["." * 100_000, "(" * 100_000, "Ab. " * 50_000]:
        check(text, slant.split_sentences(text))


entity_pieces = st.sampled_from(
    [
        "India", "Pakistan’s", "Defence Minister", "Khawaja Asif", "Kh Asif", "(BLA)", "Balochistan",
        "Liberation Army", "April 22", "last month", "on Thursday", "over 300", "26", "killed",
        "the", "Foreign Office", "NEW DELHI", "Qingdao", "Jammu and Kashmir", "Indian-administered",
        "Lt Gen", "Dr.", "—", "–", "'s", "n't", "U.S.", "1,000.5", "twenty-six", "10-member",
    ]
)
entity_texts = st.one_of(
    texts,
    st.lists(st.one_of(entity_pieces, pieces), max_size=40).map(" ".join),
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(entity_texts)
def test_entity_spans_are_exact_and_ordered(text):
    prev_end = 0
    for e in slant.tag_entities(text):
        assert prev_end <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        assert e.label in {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE", "CARDINAL"}
        assert e.id and e.canonical
        prev_end = e.end


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.none(), entity_texts), max_size=6))
def test_entity_batch_equals_single(batch):
    got = slant.tag_entities_batch(batch, n_threads=2)
    assert got == [None if t is None else slant.tag_entities(t) for t in batch]
