"""Open any graph source: an rdflib Graph, a graph file, a store folder or a SPARQL endpoint URL.

Query, export, the page and the neighbourhood of an entity all read their
source through here, so "is this a store?" is decided in one place
(:func:`is_store`): a folder is an on-disk store and an ``http(s)://`` URL a
SPARQL endpoint; anything else names a graph file, read by its extension
(:func:`load_graph`). :func:`opened` gives a store to ask SPARQL of (a graph
or graph file copied into memory); :func:`read_graph` reads the whole source
into an rdflib graph.

>>> is_store("http://127.0.0.1:7878/query"), is_store("graph.ttl")
(True, False)
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg.errors import InputError
from kg.rdfguard import check_rdf_file
from kg.store import MemoryStore, Store, is_endpoint, open_store

__all__ = ["READ_FORMATS", "is_store", "load_graph", "opened", "read_graph"]

READ_FORMATS = {
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".n3": "n3",
    ".nq": "nquads",
    ".nquads": "nquads",
    ".nt": "nt",
    ".owl": "xml",
    ".rdf": "xml",
    ".xml": "xml",
    ".trig": "trig",
    ".trix": "trix",
    ".ttl": "turtle",
}
"""The graph file extensions :func:`load_graph` reads, and the rdflib parser of each."""
_QUAD_FORMATS = {"nquads", "trig", "trix"}


def load_graph(path: str | Path) -> Graph:
    """Read a graph file by its extension: a Dataset for TriG, N-Quads and TriX, otherwise a Graph.

    Nothing is fetched: a JSON-LD file whose ``@context`` (or ``@import``) names
    a remote document is refused (see :func:`_local_jsonld`).
    """
    path = Path(path)
    fmt = READ_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"cannot tell the RDF format of {str(path)!r}; known extensions: {', '.join(READ_FORMATS)}"
        )
    if not path.is_file():
        raise InputError(f"no graph file {str(path)!r}")
    check_rdf_file(path)
    graph = Dataset() if fmt in _QUAD_FORMATS else Graph()
    try:
        if fmt == "json-ld":
            graph.parse(data=_local_jsonld(path), format=fmt, publicID=_NO_BASE)
        else:
            graph.parse(path, format=fmt, publicID=_NO_BASE)
    except InputError:
        raise
    except Exception as exc:  # each rdflib parser raises its own exception types
        raise InputError(
            f"cannot read {str(path)!r} as {fmt}: {' '.join(str(exc).split())}"
        ) from None
    graphs = list(graph.graphs()) if isinstance(graph, Dataset) else [graph]
    relative = next(
        (
            t
            for g in graphs
            for t in (g.identifier, *(term for triple in g for term in triple))
            if isinstance(t, URIRef) and str(t).startswith(_NO_BASE)
        ),
        None,
    )
    if relative is not None:
        raise InputError(
            f"{str(path)!r} holds a relative IRI <{str(relative)[len(_NO_BASE) :]}> and declares no base to "
            "resolve it against; write absolute IRIs, or declare one (@base, xml:base, @base in the context)"
        )
    return graph


#: The base a graph file's relative IRIs are resolved against when it declares none: found and refused
#: (rdflib would otherwise make them file:// IRIs naming this machine's folders).
_NO_BASE = "http://no-base.invalid/"


def _local_jsonld(path: Path) -> str:
    """The text of a JSON-LD file whose contexts are all written in it, else an :class:`InputError`.

    A context given by reference (a string in ``@context``, or ``@import``)
    would be fetched from the network while reading: it is refused instead.
    """
    try:
        text = path.read_text(encoding="utf-8")
        document = json.loads(text)
    except (OSError, ValueError, RecursionError) as exc:
        raise InputError(f"cannot read {str(path)!r} as json-ld: {exc}") from None
    stack: list[object] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                contexts = value if isinstance(value, list) else [value]
                remote = (
                    [c for c in contexts if isinstance(c, str)]
                    if key == "@context"
                    else []
                )
                if key == "@import":
                    remote = [str(value)]
                if remote:
                    raise InputError(
                        f"{str(path)!r} names a remote JSON-LD context ({remote[0]!r}), which is never fetched; "
                        "write the context into the file (kg export writes ours there)"
                    )
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return text


def is_store(source: str | Path) -> bool:
    """Whether ``source`` names a store: a folder (an on-disk store) or an ``http(s)://`` URL (a SPARQL endpoint)."""
    return is_endpoint(source) or Path(source).is_dir()


@contextmanager
def opened(source: Graph | str | Path) -> Iterator[Store]:
    """A store to query ``source`` with, closed afterwards.

    A graph, or a graph file, is copied into a store in memory (its default
    graph the linked graph a build wrote, else the merge of its named graphs);
    a store folder or endpoint is opened read-only.
    """
    if isinstance(source, Graph):
        yield MemoryStore.of(source)
    elif not is_store(source):
        yield _in_memory(Path(source))
    else:
        with open_store(source, read_only=True) as store:
            yield store


def _in_memory(path: Path) -> MemoryStore:
    """A copy of a graph file in memory: read by Oxigraph when it can, else by rdflib (:func:`load_graph`)."""
    if path.suffix.lower() in MemoryStore.NATIVE and path.is_file():
        return MemoryStore.read(path)
    store = MemoryStore.of(
        load_graph(path)
    )  # rdflib's parsers, with their checks; errors for missing files
    store.location = str(path)
    return store


def read_graph(source: str | Path) -> Graph:
    """The whole of a graph file, or of a store: one named graph per document, and the linked graph as default graph."""
    if not is_store(source):
        return load_graph(source)
    with open_store(source, read_only=True) as store:
        dataset = store.to_dataset()
        linked = store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        ).graph  # its default graph: the linked graph
        for triple in linked or ():
            dataset.default_graph.add(triple)
        return dataset
