"""The part of a big graph around one entity, small enough to draw.

A store of 100,000 articles cannot be drawn whole. :func:`neighbourhood`
finds the entities a name (or IRI) stands for and walks ``hops`` links
(relations and affiliations) out from them, asking the source for one entity
at a time with the queries in ``kg/queries/viz/``: a store folder or SPARQL
endpoint is opened once, read-only, and never read in full; a graph or graph
file is copied into memory once (:func:`kg.sources.opened`).
:func:`constructed` draws the result of any CONSTRUCT query instead.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from kg.errors import InputError
from kg.namespace import KG
from kg.query import QueryResult, query
from kg.resources import query_dir
from kg.sources import opened

__all__ = ["DEFAULT_LIMIT", "constructed", "neighbourhood"]

#: At most this many entities in a neighbourhood unless asked otherwise; the walk stops adding there.
DEFAULT_LIMIT = 500


def _viz_query(name: str) -> Path:
    return query_dir() / "viz" / f"{name}.rq"


def neighbourhood(
    source: str | Path | Graph,
    entity: str,
    *,
    hops: int = 1,
    limit: int = DEFAULT_LIMIT,
) -> Graph:
    """The entities within ``hops`` links of ``entity`` in ``source``, with the relations and events among them.

    ``source`` is a graph, a graph file, a store folder or a SPARQL endpoint
    URL; ``entity`` an IRI or any of an entity's names, in any case (each
    entity it names is a starting point). The walk goes out breadth first,
    reading each entity's links, and stops taking in entities at ``limit``;
    then each entity's names and the events behind each relation between two
    of them are read. The result is an rdflib Graph for :func:`kg.viz.to_html`.
    """
    if hops < 0:
        raise InputError(f"hops must be 0 or more, not {hops}")
    if limit < 1:
        raise InputError(f"the entity limit must be 1 or more, not {limit}")
    with opened(source) as target:
        starts = [
            row[0]
            for row in query(target, _viz_query("match"), entity=entity)
            if isinstance(row[0], URIRef)
        ]
        if not starts:
            raise InputError(
                f"no entity is called {entity!r} (nor has that IRI) in {_name(source)}"
            )
        kept: dict[URIRef, None] = dict.fromkeys(starts[:limit])
        links: set[tuple[URIRef, URIRef, URIRef]] = set()
        frontier = list(kept)
        for depth in range(hops + 1):
            reached: list[URIRef] = []
            for node in frontier:
                found = [
                    (o if s == node else s, (s, link, o))
                    for s, link, o in query(target, _viz_query("links"), entity=node)
                    if isinstance(s, URIRef)
                    and isinstance(link, URIRef)
                    and isinstance(o, URIRef)
                ]
                for other, triple in sorted(
                    found
                ):  # neighbours in the order of their IRIs
                    links.add(triple)
                    if depth < hops and other not in kept and len(kept) < limit:
                        kept[other] = None
                        reached.append(other)
            frontier = reached
        graph = Graph()
        for node in kept:
            graph += _graph_of(query(target, _viz_query("entity"), entity=node))
        pairs = set()
        for s, link, o in sorted(links):
            if s in kept and o in kept:
                graph.add((s, link, o))
                if link != KG.affiliation and (s, o) not in pairs:
                    pairs.add((s, o))
                    graph += _graph_of(
                        query(target, _viz_query("events"), subject=s, object=o)
                    )
    return graph


def _graph_of(result: QueryResult) -> Graph:
    """The graph of a CONSTRUCT or DESCRIBE result."""
    if result.graph is None:
        raise InputError(
            f"a page is drawn from a CONSTRUCT or DESCRIBE query, not from a {result.kind} query"
        )
    return result.graph


def constructed(source: str | Path | Graph, sparql: str | Path) -> Graph:
    """The graph a CONSTRUCT (or DESCRIBE) query makes on ``source``: SPARQL text or a ``.rq`` file."""
    with opened(source) as target:
        return _graph_of(query(target, sparql))


def _name(source: str | Path | Graph) -> str:
    return "the graph" if isinstance(source, Graph) else repr(str(source))
