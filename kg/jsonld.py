"""Our JSON-LD context (``kg/data/context.jsonld``), the prefixes it names, and JSON-LD written with it."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from rdflib import Graph

from kg.resources import data_file

__all__ = ["jsonld_context", "prefixes", "to_jsonld"]


@lru_cache(maxsize=1)
def _context_file() -> dict[str, Any]:
    context: dict[str, Any] = json.loads(
        data_file("context.jsonld").read_text(encoding="utf-8")
    )["@context"]
    return context


def jsonld_context(graph: Graph | None = None) -> dict[str, Any]:
    """Our JSON-LD ``@context`` (``kg/data/context.jsonld``), its prefixes rebased on the graph's ``id``.

    >>> jsonld_context()["metWith"]
    {'@id': 'kg:metWith', '@type': '@id'}
    """
    context = dict(_context_file())
    ours = prefixes(graph)
    for term, value in context.items():
        if isinstance(value, str) and value.endswith(("/", "#")) and term in ours:
            context[term] = ours[term]
    return context


def to_jsonld(graph: Graph) -> str:
    """``graph`` as JSON-LD, compacted with our context; node IRIs written as compact IRIs."""
    context = jsonld_context(graph)
    text = graph.serialize(format="json-ld", context=context, auto_compact=True)
    iri_terms = {
        t
        for t, v in context.items()
        if isinstance(v, Mapping) and v.get("@type") == "@id"
    }
    namespaces = sorted(
        (
            (t, v)
            for t, v in context.items()
            if isinstance(v, str) and v.endswith(("/", "#"))
        ),
        key=lambda tv: -len(tv[1]),
    )
    return (
        json.dumps(
            _compact_iris(json.loads(text), iri_terms, namespaces),
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )


def _compact_iris(
    node: Any, iri_terms: set[str], namespaces: list[tuple[str, str]], iri: bool = False
) -> Any:
    """Write node IRIs (``@id`` and IRI-valued terms) as compact IRIs such as ``person:ada-moreno``."""
    if isinstance(node, list):
        return [_compact_iris(item, iri_terms, namespaces, iri) for item in node]
    if isinstance(node, dict):
        return {
            key: value
            if key == "@context"
            else _compact_iris(
                value, iri_terms, namespaces, key == "@id" or key in iri_terms
            )
            for key, value in node.items()
        }
    if iri and isinstance(node, str):
        for term, namespace in namespaces:
            rest = node[len(namespace) :]
            if node.startswith(namespace) and rest and not rest.startswith("//"):
                return f"{term}:{rest}"
    return node


def _namespaces() -> dict[str, str]:
    """The context's terms that name a namespace (``kg``, ``id``, ``person`` …)."""
    return {
        term: value
        for term, value in _context_file().items()
        if isinstance(value, str) and value.endswith(("/", "#"))
    }


def prefixes(graph: Graph | None = None) -> dict[str, str]:
    """Our prefixes (``kg``, ``id``, ``person`` …), rebased on the graph's ``id`` binding, plus its own.

    >>> prefixes()["country"]
    'https://w3id.org/newskg/id/country/'
    >>> g = Graph(); _ = g.bind("id", "https://example.org/kg/")
    >>> prefixes(g)["country"]
    'https://example.org/kg/country/'
    """
    ours = _namespaces()
    bound = {p: str(ns) for p, ns in graph.namespaces()} if graph is not None else {}
    default_base, base = ours["id"], bound.get("id", ours["id"])
    if base != default_base:
        ours = {
            p: base + ns[len(default_base) :] if ns.startswith(default_base) else ns
            for p, ns in ours.items()
        }
    return {**ours, **{p: ns for p, ns in bound.items() if p}}
