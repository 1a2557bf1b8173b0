"""The article the project started from must come out right, and nothing more."""

from __future__ import annotations

import pytest
from conftest import SEED
from graphfacts import facts
from rdflib import Graph

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not SEED.is_file(), reason=f"the seed article is not at {SEED}"),
]


@pytest.fixture(scope="module")
def seed_graph(build) -> Graph:  # type: ignore[no-untyped-def]
    return build(
        SEED.read_text(encoding="utf-8"), doc_id="seed", published="2025-10-31"
    )


def test_the_seed_yields_exactly_its_facts(seed_graph: Graph) -> None:
    found = facts(seed_graph)
    agreements = {o for rel, _, o in found if rel == "signed"}
    assert len(agreements) == 1
    (agreement,) = agreements
    assert "framework agreement" in agreement
    assert found == {
        ("signed", "India", agreement),
        ("signed", "United States", agreement),
        ("metWith", "Pete Hegseth", "Rajnath Singh"),
        ("imposedTariffOn", "Donald Trump", "India"),
    }


def test_the_seed_meeting_has_its_place_and_date(seed_graph: Graph) -> None:
    rows = list(
        seed_graph.query(
            """SELECT ?place ?date ?text WHERE {
             ?m a kg:Meeting ; kg:place/rdfs:label ?place ; kg:date ?date ; kg:dateText ?text .
           }"""
        )
    )
    assert [(str(p), str(d), str(t)) for p, d, t in rows] == [
        ("Kuala Lumpur", "2025-10-30", "Thursday")
    ]
