"""The mission's own corpus: scraped news with headlines, bylines and noise."""

import slant


def texts(corpus, stem_prefix):
    (text,) = [t for k, t in corpus.items() if k.startswith(stem_prefix)]
    return [s.text for s in slant.split_sentences(text)]


def test_headline_and_byline_are_sentences(sco_corpus):
    sents = texts(sco_corpus, "001")
    assert sents[0] == "India Faces Diplomatic Blow at SCO Defence Meeting as Rift Grows Over Terrorism Discourse"
    assert sents[1] == "By [Your Name], June 27, 2025"
    assert "The Event: SCO Defence Ministers Convene in Qingdao" in sents
    assert "Backdrop: The Pahalgam Terror Attack" in sents


def test_headlines_and_read_more_lines(sco_corpus):
    sents = texts(sco_corpus, "004")
    assert sents[:2] == [
        "SCO summit may bring Pakistan, India defence ministers face-to-face",
        "SCO Summit Offers Rare Opportunity for India-Pakistan Defence Contact",
    ]
    assert "Read more:\u00a0No Asif–Rajnath Meeting at SCO, Confirms Foreign Office Amid Media Buzz" in sents
    assert sents[-1] == "Comments are closed, but trackbacks and pingbacks are open."


def test_no_split_inside_names_or_elisions(sco_corpus):
    sents = texts(sco_corpus, "003")
    assert any("Lt Gen Asim Malik attended" in s for s in sents)
    assert sents[1] == "Defence Minister Kh Asif reaffirms Islamabad’s unwavering commitment to SCO’s principles and objectives."
    elided = [s for s in sents if "[….]" in s]
    assert len(elided) == 1
    assert elided[0].startswith("“The biggest challenges") and elided[0].endswith("the Indian defence czar said.")


def test_embedded_social_post_lines(sco_corpus):
    sents = texts(sco_corpus, "002")
    assert "— PTV News (@PTVNewsOfficial) June 26, 2025" in sents


def test_every_span_matches_its_text(sco_corpus):
    for text in sco_corpus.values():
        for s in slant.split_sentences(text):
            assert text[s.start : s.end] == s.text
