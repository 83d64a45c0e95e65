"""HTML views: a document with its spans marked, the corpus report, the stance plot."""

from __future__ import annotations

import re

import pytest

import slant


@pytest.fixture(scope="module")
def sco(sco_corpus: dict[str, str]) -> slant.Corpus:
    return slant.Corpus({name[:3]: text for name, text in sco_corpus.items()})


def test_document_marks_entities_with_canonical_names_on_hover() -> None:
    doc = slant.Document("Kh Asif met Khawaja Muhammad Asif's aides in Qingdao on June 26, 2025.")
    html = doc._repr_html_()
    assert re.search(r'class="ent ent-GPE"[^>]*title="GPE: Qingdao \[geonames:\d+\]">Qingdao</span>', html)
    assert 'title="PERSON: Khawaja Muhammad Asif' in html
    assert "Document('document', 1 sentences" in repr(doc)


def test_document_escapes_markup_and_keeps_every_character() -> None:
    text = "<script>alert(1)</script> & Pakistani troops left Quetta."
    html = slant.Document(text).to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html
    plain = re.sub(r"<[^>]+>", "", html.split('<div class="doc">', 1)[1])
    assert text in plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_repeated_passages_and_site_lines_are_greyed(sco: slant.Corpus) -> None:
    html = sco.document("001").to_html()
    assert 'class="dup"' in html
    assert 'class="inc"' in html or 'class="inc ' in html
    assert "site line" in sco.document("004").to_html() or "site line" in sco.document("000").to_html()


def test_corpus_report_has_every_section(sco: slant.Corpus) -> None:
    html = sco.to_html(full_page=True)
    assert html.startswith("<!DOCTYPE html>")
    matrix = html.split('id="coverage">', 1)[1].split("</table>", 1)[0]
    assert matrix.count("<tr>") == len(sco.incidents()) + 1
    for source in sco.sources:
        assert f"<th>{source}</th>" in matrix
    for heading in ("Which source mentions which incident", "The words each source chooses", "How each source leans",
                    "Whose voices each source quotes", "Documents"):
        assert heading in html
    assert "IIOJK" in html and "Indian-administered Kashmir" in html
    assert "<details><summary>001</summary>" in html
    assert 'id="coverage"' in sco._repr_html_() and "<details>" not in sco._repr_html_()


def test_plot_stance_draws_one_bar_per_source_and_target(sco: slant.Corpus) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    ax = sco.plot_stance(["India", "Pakistan", "China"])
    assert len(ax.patches) == 3 * len(sco.sources)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["China", "India", "Pakistan"]
    matplotlib.pyplot.close("all")


def test_a_quote_without_a_speaker_is_listed_as_such() -> None:
    from slant.report import voices_list

    corpus = slant.Corpus(
        {"a": 'Norland had demanded wording that "blamed a whole nation for the acts of a few militants".'}
    )
    html = voices_list(corpus)
    assert "<b>no speaker named</b> (1)" in html
    assert "quoted:</span> blamed a whole nation" in html
    assert "unknown" not in html and "(-)" not in html
