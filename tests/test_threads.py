"""Eight Python threads sharing one analyzer get the same results as serial calls."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import slant

TEXTS = [
    "A bomb attack in Kelso killed 14 workers on March 3, 2025, police said.",
    "Water Minister Ilse Varga said Sudmark had sheltered the bombers for years.",
    "“We cannot sign a text that forgets our dead,” Varga told reporters in Geneva.",
    "Lt. Gen. Tomas Brek praised the talks, but critics accused him of stalling.",
] * 6


def test_threads_share_one_gazetteer_and_catalogue() -> None:
    g = slant.Gazetteer(
        [
            {"label": "GPE", "canonical": "Kelso", "id": "demo:kelso"},
            {"label": "GPE", "canonical": "Sudmark", "id": "demo:sudmark"},
        ]
    )
    cat = slant.Catalogue(
        [{"id": "kelso", "name": "Kelso bombing", "type": "bombing", "place": "Kelso", "date": "2025-03-03"}],
        gazetteer=g,
    )

    def work(i: int) -> tuple:
        text = TEXTS[i]
        ents = [(e.start, e.end, e.label, e.id) for e in slant.tag_entities(text, gazetteer=g)]
        att = [(a.label, round(a.score, 6)) for a in slant.attitude_batch([text], [[(0, 5)]])[0]]
        corpus = slant.Corpus({"a": text, "b": TEXTS[(i + 1) % len(TEXTS)]}, gazetteer=g, catalogue=cat, n_threads=2)
        cov = corpus.coverage()[["incident", "source", "mentioned"]].values.tolist()
        return ents, att, cov

    serial = [work(i) for i in range(len(TEXTS))]
    with ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(work, range(len(TEXTS))))
    assert threaded == serial
    assert any(row[2] for _, _, cov in serial for row in cov if row[0] == "kelso")


def test_extension_allocator_gives_memory_back() -> None:
    # The options (no transparent huge pages, no purge delay) are set only when
    # mimalloc reports its own defaults under the option numbers slant expects; an
    # update of mimalloc that renumbers them turns this test red instead of leaving
    # freed memory resident unnoticed.
    assert slant._slant._allocator_tuned is True
