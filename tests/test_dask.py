"""slant.dask on a real distributed cluster of two worker processes: the results
equal the single-process ones, and analyzers travel to the workers by pickling."""

from __future__ import annotations

import pickle

import pandas as pd
import pytest

import slant

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")
import slant.dask as sd  # noqa: E402

STORIES = {
    ("quetta", "wire"): "A bomb attack in Quetta killed 9 people on May 2, 2025. Kh Asif condemned it.",
    ("quetta", "daily"): "The May 2 bombing in Quetta drew condemnation from Islamabad.",
    ("quetta", "post"): "Water ministers held talks in Geneva on May 5, 2025.",
    ("floods", "wire"): "Floods in Sylhet killed 12 people on June 20, 2024, officials said.",
    ("floods", "daily"): "The June 20 floods in Sylhet displaced 40,000 people.",
}


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with distributed.Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    rows = [{"story": k[0], "source": k[1], "text": v} for k, v in STORIES.items()]
    return pd.DataFrame(rows, index=[f"doc{i}" for i in range(len(rows))])


def test_two_worker_processes(client) -> None:
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2
    assert len({w["host"] + str(w.get("pid", k)) for k, w in workers.items()}) == 2


def test_sentences_equal_single_process(client, articles) -> None:
    lazy = sd.sentences(dd.from_pandas(articles, npartitions=3))
    got = lazy.compute().reset_index(drop=True)
    want = slant.sentences_frame(articles["text"])
    pd.testing.assert_frame_equal(got, want)


def test_entities_equal_single_process_with_a_custom_gazetteer(client, articles) -> None:
    g = slant.Gazetteer([{"label": "ORG", "canonical": "Water Ministry", "aliases": ["water ministers"]}])
    got = sd.entities(dd.from_pandas(articles, npartitions=3), gazetteer=g).compute().reset_index(drop=True)
    want = slant.entities_frame(articles["text"], gazetteer=g, link_across=False)
    pd.testing.assert_frame_equal(got, want)


def test_coverage_per_story_equals_single_process(client, articles) -> None:
    got = sd.coverage(dd.from_pandas(articles, npartitions=3)).compute()
    for story, rows in articles.groupby("story"):
        mine = got[got["story"] == story].drop(columns="story").reset_index(drop=True)
        want = slant.Corpus(rows).coverage()
        pd.testing.assert_frame_equal(mine, want, check_dtype=False)
    quetta = got[(got["story"] == "quetta") & got["mentioned"]]
    assert set(quetta[quetta["name"] == "Quetta bombing (2025-05-02)"]["source"]) == {"wire", "daily"}


def test_analyzers_pickle_and_cloudpickle() -> None:
    g = slant.Gazetteer([{"label": "GPE", "canonical": "Kelso", "id": "demo:kelso"}])
    cat = slant.Catalogue([{"id": "k", "name": "Kelso bombing", "type": "bombing", "place": "Kelso"}], gazetteer=g)
    for dumps in (pickle.dumps, cloudpickle.dumps):
        g2, cat2 = pickle.loads(dumps((g, cat)))
        assert g2.lookup("Kelso")["id"] == "demo:kelso" and len(cat2) == 1
