"""The notebooks in notebooks/: committed without outputs, and each runs top to bottom
on a fresh kernel, showing real results from the example articles.

Each notebook is executed once (nbclient, kernel ``python3``, started in the
notebook's folder as Jupyter does) with one extra cell appended that prints, as
JSON, what the notebook computed; the tests read those facts and the outputs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = REPO / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
BUILD_AND_QUERY = "01-build-and-query.ipynb"
ANALYSE = "02-analyse.ipynb"
CELL_TIMEOUT = 300  # seconds; a guard against a hung kernel, not a speed test
FACTS = "NOTEBOOK-FACTS "

# The appended cell of each notebook: what it computed, by the notebook's own names.
PROBES = {
    BUILD_AND_QUERY: """
import json as _json, sys as _sys
print("NOTEBOOK-FACTS " + _json.dumps({
    "prefix": _sys.prefix,
    "documents": [d.id for d in documents],
    "agreement_parties": sorted(agreements["party_label"].dropna().unique().tolist()),
    "meetings": meetings[["person1_label", "person2_label"]].values.tolist(),
    "tariffs": tariffs[["imposer_label", "target_label"]].values.tolist(),
    "people": len(people),
    "signed_by_japan": signed_by["agreement_name"].tolist(),
    "queries": [q.name for q in kg.list_queries()],
    "sentence": sentence,
    "evidence": str(fact["evidence"]),
    "out": str(OUT),
    "written": sorted(p.name for p in OUT.iterdir()),
}))
""",
    ANALYSE: """
import json as _json, sys as _sys
print("NOTEBOOK-FACTS " + _json.dumps({
    "prefix": _sys.prefix,
    "documents": len(documents),
    "components": nx.number_connected_components(links),
    "top_actors": actors.head(5)[["actor", "class"]].values.tolist(),
    "communities": groups["countries"].tolist(),
    "path": path,
    "hops": [sorted(countries.edges[a, b]["through"]) for a, b in zip(path, path[1:])],
    "counts": {k: int(v) for k, v in counts.items()},
    "dates": events["date"].astype(str).tolist(),
    "types": sorted(events["type"].unique().tolist()),
    "drawn": len(drawn),
}))
""",
}


@dataclass(frozen=True)
class Run:
    notebook: nbformat.NotebookNode
    facts: dict[str, Any]

    def outputs(self) -> list[nbformat.NotebookNode]:
        return [
            output
            for cell in self.notebook.cells[:-1]
            if cell.cell_type == "code"
            for output in cell.outputs
        ]


def _files(folder: Path) -> set[Path]:
    return {
        path for path in folder.rglob("*") if ".ipynb_checkpoints" not in path.parts
    }


@pytest.fixture(scope="module")
def run_notebook() -> Callable[[str], Run]:
    """Execute a notebook (once per module) with its probe cell appended."""
    runs: dict[str, Run] = {}

    def run(name: str) -> Run:
        if name not in runs:
            notebook = nbformat.read(NOTEBOOK_DIR / name, as_version=4)
            notebook.cells.append(
                nbformat.v4.new_code_cell(PROBES[name], id="test-probe")
            )
            client = NotebookClient(
                notebook,
                timeout=CELL_TIMEOUT,
                kernel_name="python3",
                resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
            )
            client.execute()  # raises CellExecutionError, with the traceback, if any cell fails
            printed = "".join(
                o.get("text", "")
                for o in notebook.cells[-1].outputs
                if o.output_type == "stream"
            )
            line = next(line for line in printed.splitlines() if line.startswith(FACTS))
            runs[name] = Run(notebook, json.loads(line[len(FACTS) :]))
        return runs[name]

    return run


# --- committed files ------------------------------------------------------------------


def test_the_two_notebooks_are_there() -> None:
    assert [path.name for path in NOTEBOOKS] == [BUILD_AND_QUERY, ANALYSE]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_committed_notebook_is_valid_and_carries_no_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert [
        cell.id for cell in code if cell.outputs or cell.execution_count is not None
    ] == []
    assert [
        cell.id for cell in code if "execution" in cell.metadata
    ] == []  # no timings saved
    assert "widgets" not in notebook.metadata
    assert notebook.metadata.kernelspec.name == "python3"


def test_the_python3_kernel_is_this_environment() -> None:
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("import sys; print(sys.prefix)")]
    )
    NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3").execute()
    assert notebook.cells[0].outputs[0].text.strip() == sys.prefix


# --- executed on a fresh kernel -----------------------------------------------------------


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("name", [BUILD_AND_QUERY, ANALYSE])
def test_notebook_runs_clean_top_to_bottom_and_writes_nothing_into_the_repository(
    name: str, run_notebook: Callable[[str], Run]
) -> None:
    before = _files(REPO / "notebooks") | _files(REPO / "examples")
    run = run_notebook(name)
    assert _files(REPO / "notebooks") | _files(REPO / "examples") == before
    code = [cell for cell in run.notebook.cells if cell.cell_type == "code"]
    assert [cell.execution_count for cell in code] == list(range(1, len(code) + 1))
    assert [
        o
        for o in run.outputs()
        if o.output_type == "error" or o.get("name") == "stderr"
    ] == []
    assert run.facts["prefix"] == sys.prefix


@pytest.mark.model
@pytest.mark.slow
def test_build_and_query_notebook_queries_the_four_example_articles(
    run_notebook: Callable[[str], Run],
) -> None:
    facts = run_notebook(BUILD_AND_QUERY).facts
    assert facts["documents"] == ["ex-001", "ex-002", "ex-003", "ex-004"]
    assert {"Japan", "Vietnam", "Portugal", "Morocco"} <= set(
        facts["agreement_parties"]
    )
    assert facts["meetings"] == [["Kenji Sato", "Tran Van Long"]]
    assert facts["tariffs"] == [["Canada", "China"]]
    assert facts["people"] >= 5
    assert facts["signed_by_japan"] == ["defence equipment transfer agreement"]
    assert {"agreements", "evidence", "meetings", "tariffs-on", "timeline"} <= set(
        facts["queries"]
    )


@pytest.mark.model
@pytest.mark.slow
def test_build_and_query_notebook_shows_turtle_and_the_graph_inline(
    run_notebook: Callable[[str], Run],
) -> None:
    run = run_notebook(BUILD_AND_QUERY)
    printed = "".join(
        o.get("text", "") for o in run.outputs() if o.output_type == "stream"
    )
    assert "person:kenji-sato a kg:Person" in printed
    assert "a kg:Meeting" in printed
    frames = [
        o
        for o in run.outputs()
        if "text/html" in o.get("data", {}) and "<table" in o["data"]["text/html"]
    ]
    assert len(frames) >= 6
    pages = [
        o["data"]["text/html"]
        for o in run.outputs()
        if "<iframe" in o.get("data", {}).get("text/html", "")
    ]
    assert len(pages) == 1 and "Kenji Sato" in pages[0]


@pytest.mark.model
@pytest.mark.slow
def test_build_and_query_notebook_traces_a_fact_to_its_sentence_in_a_temporary_folder(
    run_notebook: Callable[[str], Run],
) -> None:
    facts = run_notebook(BUILD_AND_QUERY).facts
    assert facts["sentence"] == facts["evidence"]
    assert (
        "Kenji Sato met Vietnamese Defence Minister Tran Van Long" in facts["sentence"]
    )
    assert not Path(facts["out"]).resolve().is_relative_to(REPO)
    assert facts["written"] == ["graph.html", "graph.jsonld", "graph.ttl"]


@pytest.mark.model
@pytest.mark.slow
def test_analyse_notebook_ranks_actors_and_finds_regional_communities(
    run_notebook: Callable[[str], Run],
) -> None:
    facts = run_notebook(ANALYSE).facts
    assert facts["documents"] == 12
    assert facts["components"] == 1
    assert len(facts["top_actors"]) == 5
    assert {kind for _, kind in facts["top_actors"]} <= {
        "Country",
        "Person",
        "Organization",
    }
    assert facts["top_actors"][0] == ["India", "Country"]
    assert len(facts["communities"]) >= 3
    assert any(
        {"Argentina", "Chile"} <= set(group.split(", "))
        for group in facts["communities"]
    )


@pytest.mark.model
@pytest.mark.slow
def test_analyse_notebook_links_portugal_to_vietnam_through_agreements_and_meetings(
    run_notebook: Callable[[str], Run],
) -> None:
    facts = run_notebook(ANALYSE).facts
    assert facts["path"][0] == "Portugal" and facts["path"][-1] == "Vietnam"
    assert 3 <= len(facts["path"]) <= 6
    assert all(
        any(how.startswith("signed the ") or " met " in how for how in hop)
        for hop in facts["hops"]
    )


@pytest.mark.model
@pytest.mark.slow
def test_analyse_notebook_charts_relation_counts_and_a_timeline(
    run_notebook: Callable[[str], Run],
) -> None:
    run = run_notebook(ANALYSE)
    facts = run.facts
    assert set(facts["counts"]) == {"signed", "metWith", "imposedTariffOn"}
    assert all(count > 0 for count in facts["counts"].values())
    assert facts["types"] == ["Meeting", "Signing", "TariffImposition"]
    assert len(facts["dates"]) >= 12 and facts["dates"] == sorted(facts["dates"])
    assert facts["drawn"] >= 12
    assert len([o for o in run.outputs() if "image/png" in o.get("data", {})]) == 2
