"""Reading the three relations out of a graph, for tests."""

from __future__ import annotations

from rdflib import RDFS, Graph, URIRef

from kg.namespace import KG

Fact = tuple[str, str, str]


def label(graph: Graph, node: URIRef) -> str:
    return str(graph.value(node, RDFS.label))


def facts(graph: Graph) -> set[Fact]:
    """The three relations as (relation, subject label, object label); metWith once per pair."""
    out: set[Fact] = set()
    for predicate, name in (
        (KG.signed, "signed"),
        (KG.metWith, "metWith"),
        (KG.imposedTariffOn, "imposedTariffOn"),
    ):
        for s, o in graph.subject_objects(predicate):
            a, b = label(graph, s), label(graph, o)  # type: ignore[arg-type]
            if name == "metWith":
                a, b = sorted((a, b))
            out.add((name, a, b))
    return out
