"""Builds on several cores, streamed to disk, or on a dask cluster give the graph of one process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from test_cli import kg as run_kg

import kg
from kg.newsgen import article, generate_documents, write_jsonl
from kg.read import Document

FORK = (
    sys.platform == "linux"
)  # workers forked from the test process share its pipeline (and its monkeypatches)


def _quads(ds: Dataset) -> set[tuple[str, ...]]:
    return {
        tuple(str(t) for t in quad)
        for quad in ds.quads()
        if quad[3] is not None and len(ds.graph(quad[3]))
    }


def test_importing_the_command_line_loads_neither_spacy_nor_rdflib() -> None:
    code = "import sys, kg.cli; print(sorted(m for m in ('spacy', 'rdflib', 'distributed') if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_generator_makes_the_same_article_for_the_same_number_and_seed() -> None:
    assert article(12, seed=3) == article(12, seed=3)
    assert article(12, seed=3).text != article(12, seed=4).text
    texts = " ".join(d.text for d in generate_documents(20))
    for phrase in (" signed ", " met ", "tariff"):
        assert phrase in texts


@pytest.mark.parametrize(
    "options",
    [["--engine", "dask"], ["--scheduler", "tcp://127.0.0.1:1"], ["--jobs", "-1"]],
)
def test_contradictory_parallel_options_are_refused_with_a_message(
    tmp_path: Path, options: list[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "Chile and Peru signed a water treaty.", encoding="utf-8"
    )
    result = run_kg(
        "build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), *options
    )
    assert result.returncode == 2
    assert "error:" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.model
@pytest.mark.skipif(
    not FORK, reason="the workers share the test's pipeline only when forked"
)
def test_two_processes_build_the_same_graph_as_one(nlp) -> None:  # type: ignore[no-untyped-def]
    documents = list(generate_documents(20))
    one = kg.GraphBuilder(nlp=nlp)
    two = kg.GraphBuilder(nlp=nlp, jobs=2)
    assert all(r.ok for r in one.add_documents(documents))
    results = list(two.add_documents(documents))
    assert [r.document.id for r in results] == [
        d.id for d in documents
    ]  # in input order
    assert len(two) == 20
    assert isomorphic(one.graph, two.graph)
    assert _quads(one.dataset) == _quads(two.dataset)


@pytest.mark.model
@pytest.mark.skipif(
    not FORK, reason="the monkeypatch reaches the workers only when they are forked"
)
def test_a_failing_document_does_not_lose_the_others_in_parallel(
    nlp, poisoned: str
) -> None:  # type: ignore[no-untyped-def]
    documents = list(generate_documents(40))
    documents[17] = Document(id="bad", text=poisoned)
    results = list(kg.GraphBuilder(nlp=nlp, jobs=2).add_documents(documents))
    assert [r.document.id for r in results if not r.ok] == ["bad"]
    assert "RuntimeError: boom" in (results[17].error or "")
    assert sum(r.ok for r in results) == 39


@pytest.mark.model
@pytest.mark.parametrize("jobs", [1, 2])
def test_documents_are_read_as_the_build_goes_not_all_at_once(
    nlp, endless, jobs: int
) -> None:  # type: ignore[no-untyped-def]
    from kg.parallel import DOCS_PER_TASK

    builder = kg.GraphBuilder(nlp=nlp, jobs=jobs, batch_size=8, keep=False)
    results = builder.add_documents(iter(endless))
    for _ in range(3):
        assert next(results).ok
    assert endless.pulled <= max(8 * 2, (2 * jobs + 2) * DOCS_PER_TASK)
    assert (
        builder._triples == {}
    )  # nothing kept: each document's triples went out with its result
    with pytest.raises(RuntimeError, match="keep=False"):
        builder.graph  # noqa: B018


@pytest.mark.model
def test_a_streamed_n_quads_build_on_two_processes_matches_the_dataset_of_one(
    nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    corpus = write_jsonl(tmp_path / "news.jsonl", 20)
    result = run_kg(
        "build",
        str(corpus),
        "--out",
        str(tmp_path / "out"),
        "--format",
        "nq",
        "--jobs",
        "2",
        "--quiet",
    )
    assert result.returncode == 0, result.stderr
    assert "20 of 20 documents built" in result.stderr
    streamed = Dataset().parse(tmp_path / "out" / "graph.nq", format="nquads")
    builder = kg.GraphBuilder(nlp=nlp)
    assert all(r.ok for r in builder.add_documents(kg.read_inputs([corpus])))  # type: ignore[arg-type]
    assert _quads(streamed) == _quads(
        builder.dataset
    )  # no blank nodes: the same quads, not only isomorphic


@pytest.mark.model
@pytest.mark.slow
def test_a_dask_cluster_of_worker_processes_builds_the_same_graph(
    nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
    documents = list(generate_documents(20, seed=1))
    local = kg.GraphBuilder(nlp=nlp)
    assert all(r.ok for r in local.add_documents(documents))
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = kg.GraphBuilder(scheduler=cluster.scheduler_address)
        results = list(remote.add_documents(documents))
        with distributed.Client(cluster) as client:
            workers = client.run(os.getpid)
        corpus = write_jsonl(tmp_path / "news.jsonl", 6, seed=2)
        cli = run_kg(
            "build",
            str(corpus),
            "--out",
            str(tmp_path / "out"),
            "--format",
            "nq",
            "--quiet",
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
        )
    assert (
        len(set(workers.values())) == 2 and os.getpid() not in workers.values()
    )  # two separate processes
    assert [r.document.id for r in results] == [d.id for d in documents] and all(
        r.ok for r in results
    )
    assert isomorphic(local.graph, remote.graph)
    assert cli.returncode == 0, cli.stderr
    assert "6 of 6 documents built" in cli.stderr
    streamed = Dataset().parse(tmp_path / "out" / "graph.nq", format="nquads")
    named = {quad[3] for quad in streamed.quads()} - {
        DATASET_DEFAULT_GRAPH_ID
    }  # the default graph: the linked graph
    assert len(named) == 6  # one named graph per document
