"""Check a graph against our SHACL shapes, and find terms the ontology lacks.

``validate`` runs pySHACL with ``ontology/shapes.ttl`` and mixes the ontology
into (a copy of) the data graph, so that class checks see the subclass
hierarchy. No inference is run: RDFS inference would type the object of every
``kg:signed`` triple as a ``kg:Agreement`` and so hide exactly the errors we
look for.

>>> from rdflib import Graph
>>> validate(Graph()).conforms
True
>>> graph = Graph().parse(format="turtle", data='''
...     @prefix kg: <https://w3id.org/newskg/ontology#> .
...     <https://example.org/doc/a> a kg:Document .
... ''')
>>> report = validate(graph)
>>> report.conforms
False
>>> [violation.message for violation in report.violations]
['A document has exactly one kg:documentId, a non-empty xsd:string.']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import cast

import pyshacl
from rdflib import Graph
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, SH
from rdflib.paths import AlternativePath, InvPath, MulPath, Path, SequencePath
from rdflib.term import Literal, Node, URIRef

from kg.namespace import KG
from kg.resources import ontology_file

__all__ = [
    "ValidationReport",
    "Violation",
    "declared_terms",
    "undeclared_terms",
    "validate",
]

_DECLARATIONS = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
)


@dataclass(frozen=True)
class Violation:
    """One result of a SHACL validation: which node, which property, and why.

    ``path`` is the property (an rdflib path such as ``~KG.metWith`` for
    complex SHACL paths), or None when the constraint is on the node itself;
    ``severity`` is ``"Violation"``, ``"Warning"`` or ``"Info"``; ``component``
    names the SHACL constraint that failed (``"MinCountConstraintComponent"``,
    ``"SPARQLConstraintComponent"``, …); ``value`` is the offending value, None
    when the constraint is about the focus node as a whole (e.g. a count).
    """

    focus: Node
    path: URIRef | Path | None
    message: str
    severity: str
    component: str
    value: Node | None = None


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`: a verdict, its results, and pySHACL's text."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str


@cache
def _ontology() -> Graph:
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def validate(graph: Graph, *, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``graph`` against our shapes (or ``shapes``); the graph is not changed.

    >>> validate(Graph()).violations
    ()
    """
    conforms, results, text = pyshacl.validate(
        graph,
        shacl_graph=_shapes() if shapes is None else shapes,
        ont_graph=_ontology(),
        inference="none",
        inplace=False,
    )
    results = cast(Graph, results)  # a Graph unless a serialized report is asked for
    violations = sorted(
        (
            _violation(results, result)
            for report in results.subjects(RDF.type, SH.ValidationReport)
            for result in results.objects(report, SH.result)  # not the nested sh:detail ones
        ),
        key=lambda v: (str(v.focus), str(v.path), v.component, v.message, str(v.value)),
    )
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations), text=str(text))


def _violation(results: Graph, result: Node) -> Violation:
    def one(predicate: URIRef) -> Node | None:
        return results.value(result, predicate)

    messages = sorted(str(m) for m in results.objects(result, SH.resultMessage) if isinstance(m, Literal))
    return Violation(
        focus=cast(Node, one(SH.focusNode)),  # every SHACL result has one
        path=_path(results, one(SH.resultPath)),
        message="; ".join(messages),
        severity=_local_name(one(SH.resultSeverity)),
        component=_local_name(one(SH.sourceConstraintComponent)),
        value=one(SH.value),
    )


def _path(graph: Graph, node: Node | None) -> URIRef | Path | None:
    return None if node is None else _property_path(graph, node)


def _property_path(graph: Graph, node: Node) -> URIRef | Path:
    """A SHACL property path, as written in ``graph``, turned into an rdflib path."""
    if isinstance(node, URIRef):
        return node
    if graph.value(node, RDF.first) is not None:
        return SequencePath(*(_property_path(graph, step) for step in Collection(graph, node)))
    for predicate, build in (
        (SH.inversePath, InvPath),
        (SH.zeroOrMorePath, lambda p: MulPath(p, "*")),
        (SH.oneOrMorePath, lambda p: MulPath(p, "+")),
        (SH.zeroOrOnePath, lambda p: MulPath(p, "?")),
    ):
        inner = graph.value(node, predicate)
        if inner is not None:
            return build(_property_path(graph, inner))
    alternatives = graph.value(node, SH.alternativePath)
    if alternatives is not None:
        return AlternativePath(*(_property_path(graph, step) for step in Collection(graph, alternatives)))
    raise ValueError(f"not a SHACL property path: {node!r}")


def _local_name(node: Node | None) -> str:
    return "" if node is None else str(node).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def declared_terms() -> frozenset[URIRef]:
    """Every term of the kg namespace that ``ontology/kg.ttl`` declares.

    >>> KG.metWith in declared_terms()
    True
    """
    namespace = str(KG)
    return frozenset(
        term
        for kind in _DECLARATIONS
        for term in _ontology().subjects(RDF.type, kind)
        if isinstance(term, URIRef) and term.startswith(namespace)
    )


def undeclared_terms(graph: Graph) -> set[URIRef]:
    """IRIs of the kg namespace used anywhere in ``graph`` that the ontology does not declare.

    >>> from rdflib import URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://example.org/a"), KG.metWith, URIRef(str(KG) + "Alien")))
    >>> sorted(undeclared_terms(g))
    [rdflib.term.URIRef('https://w3id.org/newskg/ontology#Alien')]
    """
    namespace = str(KG)
    used = {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(namespace)
    }
    return used - declared_terms()
