"""tests/data/small-graph.trig as fixtures: the dataset (one graph per document) and its union.

Test modules that query or export the small graph import these two fixtures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.query import load_graph

SMALL = Path(__file__).parent / "data" / "small-graph.trig"


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_graph(SMALL)  # type: ignore[return-value]


@pytest.fixture(scope="module")
def graph(dataset: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    return union
