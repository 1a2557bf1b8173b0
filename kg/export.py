"""Write a graph in the common formats: RDF for machines, GraphML/GEXF for graph tools, CSV for people.

``export(graph, path, format)`` writes ``graph`` (an rdflib Graph, a Dataset,
or a graph file) to ``path`` and returns the path, or returns the text when
``path`` is ``None``. The format defaults to the one :data:`FORMATS` gives the
path's extension.

>>> from rdflib import Graph
>>> graph = Graph().parse(format="turtle", data='''
...     @prefix kg: <https://w3id.org/newskg/ontology#> .
...     <https://w3id.org/newskg/id/country/norland> kg:signed <https://w3id.org/newskg/id/agreement/port-accord> .
... ''')
>>> print(export(graph, None, "nt").strip())
<https://w3id.org/newskg/id/country/norland> <https://w3id.org/newskg/ontology#signed> <https://w3id.org/newskg/id/agreement/port-accord> .
>>> export(graph, None, "rdfxml")
Traceback (most recent call last):
...
kg.errors.ExportError: unknown export format 'rdfxml'; choose one of: ttl, nt, jsonld, trig, nq, graphml, gexf, csv

TriG and N-Quads put each document in its own named graph ``<base>graph/<slug>``
(for the document ``<base>doc/<slug>``): a Dataset that has named graphs is
written as it is, and a plain graph is split by :func:`document_dataset`.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import RDF, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV

from kg.errors import ExportError
from kg.jsonld import jsonld_context, prefixes, to_jsonld
from kg.namespace import KG
from kg.query import query
from kg.rdf import linked_graph
from kg.relations import registry
from kg.sources import read_graph

__all__ = [
    "ALIASES",
    "FORMATS",
    "ExportFormat",
    "document_dataset",
    "export",
    "format_for",
    "jsonld_context",
]


@dataclass(frozen=True)
class ExportFormat:
    """A format :func:`export` writes: its file extension and what it holds."""

    extension: str
    description: str


FORMATS = {
    "ttl": ExportFormat(".ttl", "Turtle: the graph, compact and readable"),
    "nt": ExportFormat(".nt", "N-Triples: one triple a line"),
    "jsonld": ExportFormat(".jsonld", "JSON-LD, compacted with our @context"),
    "trig": ExportFormat(".trig", "TriG: one named graph per document"),
    "nq": ExportFormat(".nq", "N-Quads: one named graph per document"),
    "graphml": ExportFormat(
        ".graphml",
        "GraphML (yEd, Gephi, Cytoscape): entities, their relations and affiliations",
    ),
    "gexf": ExportFormat(
        ".gexf", "GEXF (Gephi): entities, their relations and affiliations"
    ),
    "csv": ExportFormat(
        ".csv", "CSV: one row per relation, with the event and document behind it"
    ),
}
"""The export formats by name (the usual file extension)."""

ALIASES = {"turtle": "ttl", "ntriples": "nt", "json-ld": "jsonld", "nquads": "nq"}
"""Other names :func:`format_for` accepts for a format."""

_DOC = re.compile(r"(?P<base>.*)doc/(?P<slug>[^/#?]+)")
_NOT_XML = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]"
)  # characters XML 1.0 cannot hold


def format_for(path: str | Path | None, format: str | None = None) -> str:
    """The export format named, or else the one of ``path``'s extension.

    >>> format_for("out/graph.nq"), format_for(None, "turtle")
    ('nq', 'ttl')
    """
    if format is not None:
        format = ALIASES.get(format.lower(), format.lower())
        if format not in FORMATS:
            raise ExportError(
                f"unknown export format {format!r}; choose one of: {', '.join(FORMATS)}"
            )
        return format
    suffix = Path(path).suffix.lower() if path is not None else ""
    for name, spec in FORMATS.items():
        if suffix and spec.extension == suffix:
            return name
    known = ", ".join(f"{spec.extension} ({name})" for name, spec in FORMATS.items())
    raise ExportError(
        f"cannot tell the export format of {str(path)!r}: name one, or use an extension among {known}"
    )


def export(
    graph: Graph | str | Path, path: str | Path | None = None, format: str | None = None
) -> str | Path:
    """Write ``graph`` to ``path`` in ``format`` and return the path; with no path, return the text.

    ``graph`` is an rdflib Graph or Dataset, a graph file, or a store folder
    or SPARQL endpoint URL (read in full, one named graph per document).
    """
    name = format_for(path, format)
    source = read_graph(graph) if isinstance(graph, str | Path) else graph
    if not isinstance(source, Graph):
        raise ExportError(
            f"cannot export a {type(source).__name__}: give an rdflib Graph, a graph file or a store"
        )
    text = _WRITERS[name](source)
    if path is None:
        return text
    out = Path(path)
    try:
        out.write_text(text, encoding="utf-8", newline="")  # keep CSV's CRLF as written
    except OSError as exc:
        raise ExportError(f"cannot write {str(out)!r}: {exc.strerror or exc}") from None
    return out


# --- RDF ------------------------------------------------------------------------------


def _with_prefixes(graph: Graph) -> Graph:
    """``graph`` with our prefixes bound where it has neither the prefix nor the namespace."""
    bound = dict(graph.namespaces())
    namespaces = {str(ns) for ns in bound.values()}
    for prefix, namespace in prefixes(graph).items():
        if prefix not in bound and namespace not in namespaces:
            graph.bind(prefix, namespace)
    return graph


def _turtle(graph: Graph) -> str:
    union = _with_prefixes(linked_graph(graph))
    return _rewrite(union.serialize(format="nt", encoding="utf-8"), union, "ttl")


def _rewrite(data: bytes, graph: Graph, format: str) -> str:
    """N-Triples or N-Quads from rdflib, written again as Turtle or TriG by Oxigraph.

    rdflib's own Turtle and TriG writers get one string wrong (a literal with a
    line break that ends in a backslash and a quote), so the compact formats are
    written by pyoxigraph from rdflib's line formats, which it writes right.
    Statements are sorted, so the same graph always gives the same text.
    """
    import pyoxigraph as ox

    source, target = (
        (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE)
        if format == "ttl"
        else (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
    )
    statements = sorted(
        ox.parse(data, format=source),
        key=lambda q: (
            str(q.graph_name),
            str(q.subject),
            str(q.predicate),
            str(q.object),
        ),
    )
    if format == "ttl":
        statements = [q.triple for q in statements]
    used = {
        prefix: str(ns)
        for prefix, ns in graph.namespaces()
        if prefix and f"<{ns}".encode() in data
    }
    written = io.BytesIO()
    ox.serialize(statements, written, target, prefixes=used)
    text = written.getvalue().decode("utf-8")
    # A blank line after the prefixes and after each statement, as people write Turtle. Line breaks
    # inside literals are written as \n, so every line break in the text is between terms.
    lines: list[str] = []
    for line, following in zip(text.split("\n"), [*text.split("\n")[1:], ""]):
        lines.append(line)
        if (
            line.endswith((" .", "}"))
            and not (line.startswith("@prefix") and following.startswith("@prefix"))
            and following
        ):
            lines.append("")
    return "\n".join(lines)


def _ntriples(graph: Graph) -> str:
    return linked_graph(graph).serialize(format="nt")


def _graph_name(document: URIRef) -> URIRef:
    match = _DOC.fullmatch(str(document))
    return URIRef(f"{match['base']}graph/{match['slug']}") if match else document


def document_dataset(graph: Graph) -> Dataset:
    """One named graph per document, ``<base>graph/<slug>`` for ``<base>doc/<slug>``.

    A document's graph holds the document, the events ``prov:wasDerivedFrom``
    it, the relation triples those events back (both ends are arguments of
    one of them), and each entity ``kg:mentionedIn`` it: the entity's
    description is repeated in the graph of every document that mentions it,
    while each ``kg:mentionedIn`` triple goes to the graph of the document it
    names. Triples of no document stay in the default graph. A Dataset that
    already has named graphs is returned as it is.
    """
    if isinstance(graph, Dataset) and any(
        len(g) for g in graph.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID
    ):
        return graph
    graph = linked_graph(graph)
    documents = set(graph.subjects(RDF.type, KG.Document))
    sources: defaultdict[Any, set[Any]] = defaultdict(set)  # event -> its documents
    for event, document in graph.subject_objects(PROV.wasDerivedFrom):
        sources[event].add(document)
    events_of: defaultdict[Any, set[Any]] = defaultdict(set)  # argument -> events
    for event in sources:
        for argument in graph.objects(event, None):
            events_of[argument].add(event)
    mentions: defaultdict[Any, set[Any]] = defaultdict(set)
    for entity, document in graph.subject_objects(KG.mentionedIn):
        mentions[entity].add(document)
    relations = registry().predicates

    def homes(s: Any, p: Any, o: Any) -> set[Any]:
        if s in documents:
            return {s}
        if s in sources:
            return sources[s]
        if p in relations:
            backed = {
                d for event in events_of[s] & events_of[o] for d in sources[event]
            }
            if backed:
                return backed
        if p == KG.mentionedIn:
            return {o}
        return mentions.get(s, set())

    dataset = Dataset()
    for prefix, namespace in graph.namespaces():
        dataset.bind(prefix, namespace)
    named: dict[Any, Graph] = {}
    for triple in graph:
        targets = homes(*triple)
        if not targets:
            dataset.add(triple)
        for document in targets:
            if document not in named:
                named[document] = dataset.graph(_graph_name(document))
            named[document].add(triple)
    return dataset


def _quads(format: str) -> Callable[[Graph], str]:
    def write(graph: Graph) -> str:
        dataset = document_dataset(graph)
        if format == "trig":
            return _rewrite(
                dataset.serialize(format="nquads", encoding="utf-8"),
                _with_prefixes(dataset),
                "trig",
            )
        return dataset.serialize(format=format)

    return write


def _jsonld(graph: Graph) -> str:
    return to_jsonld(linked_graph(graph))


# --- networks and tables ------------------------------------------------------------------


def _plain(value: object) -> str | int | float | bool | None:
    """A value GraphML and GEXF can hold: a number or XML-safe text (a list's items joined by `` | ``)."""
    if isinstance(value, str):
        return _NOT_XML.sub("\ufffd", value)
    if value is None or isinstance(value, int | float | bool):
        return value
    if isinstance(value, Literal):
        python = value.toPython()
        return str(value) if isinstance(python, Literal) else _plain(python)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return " | ".join(str(_plain(item)) for item in items if item is not None)
    return str(value)


def _flat(attributes: dict[str, Any]) -> None:
    """Make ``attributes`` plain, in place: a list of records (an edge's events) becomes
    its count, and each field of the records an attribute of its own."""
    for key, value in list(attributes.items()):
        if (
            isinstance(value, list)
            and value
            and all(isinstance(item, Mapping) for item in value)
        ):
            attributes[key] = len(value)
            for field in dict.fromkeys(f for record in value for f in record):
                attributes.setdefault(field, [record.get(field) for record in value])
    for key, value in list(attributes.items()):
        plain = _plain(value)
        if plain is None or plain == "":
            del attributes[key]
        else:
            attributes[key] = plain


def _network(graph: Graph) -> Any:
    """The entity network of ``kg.viz.to_networkx``, its attributes made plain."""
    from kg.viz import to_networkx

    net = to_networkx(linked_graph(graph))
    _flat(net.graph)
    for _, attributes in net.nodes(data=True):
        _flat(attributes)
    for *_, attributes in net.edges(keys=True, data=True):
        _flat(attributes)
    return net


def _graphml(graph: Graph) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(_network(graph))) + "\n"


def _gexf(graph: Graph) -> str:
    import networkx as nx

    return "\n".join(nx.generate_gexf(_network(graph))) + "\n"


#: What a spreadsheet may read as the start of a formula (OWASP, "CSV Injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(text: str) -> str:
    """``text`` as a spreadsheet shows it, never runs it: a leading ``'`` before a formula start.

    >>> print(spreadsheet_cell('=HYPERLINK("http://x")'), spreadsheet_cell("Dale Harmon"))
    '=HYPERLINK("http://x") Dale Harmon
    """
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(graph: Graph) -> str:
    """The ``evidence`` query's rows (CRLF line ends), every cell safe to open in a spreadsheet."""
    result = query(linked_graph(graph), "evidence")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.vars)
    writer.writerows(
        [spreadsheet_cell("" if term is None else str(term)) for term in row]
        for row in result.rows
    )
    return out.getvalue()


_WRITERS: dict[str, Callable[[Graph], str]] = {
    "ttl": _turtle,
    "nt": _ntriples,
    "jsonld": _jsonld,
    "trig": _quads("trig"),
    "nq": _quads("nquads"),
    "graphml": _graphml,
    "gexf": _gexf,
    "csv": _csv,
}
