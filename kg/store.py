"""Graph stores that keep each document in its own named graph, on disk or remote.

``open_store`` opens a folder as an on-disk Oxigraph store (pyoxigraph, RocksDB)
and an ``http(s)://`` URL as a SPARQL 1.1 Update endpoint (Oxigraph server,
Fuseki, GraphDB). Either way a build writes each document with
:meth:`Store.put_document`: one SPARQL Update request, applied as one
transaction, that replaces the document's named graph and records the hash of
the content it came from in an index graph. A document already there with the
same hash is left alone; a build killed midway leaves every document committed
before it intact. The store's default graph is kept, in the same transaction, as
the merge of the document graphs (each triple once, however many documents state
it), so a query written for a plain graph works unchanged and counts the same.

>>> import tempfile
>>> from rdflib import Graph, Literal, URIRef
>>> from rdflib.namespace import RDFS
>>> india = URIRef("https://w3id.org/newskg/id/country/india")
>>> facts = Graph().add((india, RDFS.label, Literal("India")))
>>> graph_iri = URIRef("https://w3id.org/newskg/id/graph/seed")
>>> with tempfile.TemporaryDirectory() as folder:
...     with open_store(folder) as store:
...         store.put_document("seed", "sha256:5d1f", facts, graph_iri=graph_iri)
...         store.put_document("seed", "sha256:5d1f", facts, graph_iri=graph_iri)
...     with open_store(folder, read_only=True) as store:
...         [str(row.label) for row in store.query("SELECT ?label WHERE { ?x rdfs:label ?label }")]
True
False
['India']
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import io
import ipaddress
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from string import Template
from types import TracebackType
from typing import TYPE_CHECKING, ClassVar, NamedTuple

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef, Variable
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import Result, ResultRow
from rdflib.term import Identifier, Node

from kg.errors import InputError, QueryError, StoreError
from kg.namespace import KG
from kg.ntriples import nt_term
from kg.resources import query_dir

if TYPE_CHECKING:
    from kg.build import BuiltDocument, GraphBuilder
    from kg.read import Document

__all__ = [
    "INDEX_GRAPH",
    "LOCK_FILE",
    "PREFIXES",
    "STORE",
    "LocalStore",
    "MemoryStore",
    "RemoteStore",
    "Store",
    "StoreLabels",
    "StoreLock",
    "StoredDocument",
    "build_into",
    "check_services",
    "content_key",
    "endpoint_base",
    "holds_store",
    "is_endpoint",
    "merge_unless_linked",
    "open_store",
    "require_store",
    "service_calls",
]

#: Terms of the store's own bookkeeping (never part of a document graph).
STORE = Namespace("https://w3id.org/newskg/store#")
#: The named graph holding one ``store:documentId`` and ``store:contentHash`` per document graph.
INDEX_GRAPH = STORE.index
#: The advisory lock file a local store keeps in its folder (RocksDB ignores it).
LOCK_FILE = "kg.lock"
#: Prefixes every query may use without declaring them, as in an rdflib graph.
PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
}

_IN_USE = "store {} is in use by another build or by kg serve; wait for it to finish or use another store"
_BEING_WRITTEN = (
    "store {} is being written by a build; wait for it to finish or query a copy"
)


def open_store(
    location: str | Path,
    *,
    read_only: bool = False,
    query_url: str | None = None,
    update_url: str | None = None,
    timeout: float = 60.0,
    token: str | None = None,
) -> Store:
    """Open the store at a folder (created if new) or at a SPARQL endpoint URL.

    A URL ``http://host:port/path`` is queried at ``…/path/query`` and updated at
    ``…/path/update`` (Oxigraph server, Fuseki datasets); ``query_url`` and
    ``update_url`` override either. ``timeout`` (seconds) bounds each HTTP request.
    ``token`` (default: the environment variable ``KG_SERVE_TOKEN``) is sent as
    ``Authorization: Bearer TOKEN``, as a writable ``kg serve`` asks.

    >>> open_store("https://example.org/sparql").update_url
    'https://example.org/sparql/update'
    >>> open_store("http://127.0.0.1:7878/query").query_url  # the URL kg serve prints
    'http://127.0.0.1:7878/query'
    """
    text = str(location)
    if is_endpoint(text):
        return RemoteStore(
            endpoint_base(text),
            read_only=read_only,
            query_url=query_url,
            update_url=update_url,
            timeout=timeout,
            token=token,
        )
    if query_url or update_url:
        raise StoreError(
            f"query_url and update_url apply to a SPARQL endpoint URL, not to the folder {text}"
        )
    return LocalStore(Path(location), read_only=read_only)


def holds_store(folder: str | Path) -> bool:
    """Whether ``folder`` holds an on-disk store (RocksDB, under Oxigraph, keeps a ``CURRENT`` file there)."""
    return (Path(folder) / "CURRENT").is_file()


def require_store(folder: str | Path) -> None:
    """Refuse a folder that holds no store, saying how to make one."""
    if not holds_store(folder):
        raise StoreError(
            f"no graph store at {folder}; build one with: kg build … --store {folder}"
        )


def is_endpoint(location: str | Path) -> bool:
    """Whether ``location`` is a SPARQL endpoint URL (``http(s)://…``) rather than a store folder.

    >>> is_endpoint("HTTP://127.0.0.1:7878/query"), is_endpoint("stores/news")
    (True, False)
    """
    return bool(re.match(r"https?://", str(location), re.IGNORECASE))


def endpoint_base(url: str) -> str:
    """The base of a SPARQL endpoint URL: the URL without a trailing ``/query`` or ``/``.

    >>> endpoint_base("http://127.0.0.1:7878/query"), endpoint_base("http://h:1/ds/")
    ('http://127.0.0.1:7878', 'http://h:1/ds')
    """
    base = url.rstrip("/")
    return base[: -len("/query")] if base.lower().endswith("/query") else base


def service_calls(sparql: str, *, update: bool = False) -> list[Identifier]:
    """The endpoint of each SERVICE call in ``sparql`` (a query, or an update when ``update``), as parsed.

    The text is parsed (escapes such as ``\\u0053ERVICE`` expanded, as SPARQL
    says), never searched: text that cannot be parsed is refused.

    >>> service_calls("SELECT * WHERE { \\u0053ERVICE <http://example.org/q> { ?s ?p ?o } }")
    [rdflib.term.URIRef('http://example.org/q')]
    """
    return [
        node.term
        for node in _algebra_nodes(sparql, update)
        if node.name == "ServiceGraphPattern"
    ]


def check_services(
    sparql: str,
    *,
    allow_external: bool = False,
    allowed: Iterable[str] = (),
    update: bool = False,
) -> None:
    """Refuse a query whose SERVICE calls leave this machine, unless ``allow_external``.

    A SERVICE on a loopback host (``localhost``, 127.0.0.0/8, ``[::1]``) is allowed,
    and so is one whose endpoint is in ``allowed``.

    >>> check_services("SELECT * WHERE { SERVICE <http://127.0.0.1:7878/query> { ?s ?p ?o } }")
    >>> check_services("SELECT * WHERE { SERVICE <https://query.example.org/sparql> { ?s ?p ?o } }")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: the query calls SERVICE <https://query.example.org/sparql> outside this machine; ...
    """
    if allow_external:
        return
    endpoints = service_calls(sparql, update=update)
    outside = sorted(
        {
            e.n3()
            for e in endpoints
            if not _is_loopback(e) and str(e) not in set(allowed)
        }
    )
    if outside:
        raise QueryError(
            f"the query calls SERVICE {', '.join(outside)} outside this machine; SERVICE may "
            "only reach loopback hosts (localhost, 127.0.0.0/8, [::1]) unless external calls are allowed explicitly"
        )


class _Row(NamedTuple):
    graph: URIRef
    id: str
    hash: str
    origin: str | None = None


class Store(ABC):
    """A graph store holding one named graph per document, and an index of them."""

    location: str
    read_only: bool

    def put_document(
        self,
        doc_id: str,
        content_hash: str,
        graph: Graph,
        *,
        graph_iri: URIRef,
        origin: str | None = None,
    ) -> bool:
        """Store ``graph`` as document ``doc_id``, replacing what the id had before.

        Returns False, changing nothing, when the store already holds this id with
        this ``content_hash`` in ``graph_iri``. The replacement is one transaction.
        ``origin`` (the file the document was read from) is kept in the index.
        Raises :class:`~kg.errors.InputError` when the document holds a term no
        store can take (the store is unchanged).
        """
        if self.read_only:
            raise StoreError(
                f"store {self.location} is open read-only; it cannot take documents"
            )
        for name, value in (("doc_id", doc_id), ("content_hash", content_hash)):
            if not isinstance(value, str) or not value:
                raise StoreError(f"{name} must be a non-empty string, not {value!r}")
        if not isinstance(graph_iri, URIRef):
            raise StoreError(f"graph_iri must be an rdflib URIRef, not {graph_iri!r}")
        if not isinstance(graph, Graph):
            raise StoreError(
                f"graph must be an rdflib Graph, not {type(graph).__name__}"
            )
        try:  # first: a document no store can hold changes nothing
            terms = {
                name: nt_term(Literal(value))
                for name, value in (("doc", doc_id), ("hash", content_hash))
            }
            where = f"; store:origin {nt_term(Literal(origin))}" if origin else ""
            blanks: dict[BNode, str] = {}
            facts = "\n".join(
                " ".join(nt_term(term, blanks) for term in triple) + " ."
                for triple in graph
            )
            " ".join([*terms.values(), where, facts]).encode()
        except UnicodeEncodeError:
            raise InputError(
                f"cannot store document {doc_id!r}: it holds a lone surrogate, which is not text"
            ) from None
        except InputError as error:
            raise InputError(f"cannot store document {doc_id!r}: {error}") from None
        held = self._lookup(id=doc_id)
        if [(row.graph, row.hash) for row in held] == [(graph_iri, content_hash)]:
            return False
        owners = {row.id for row in self._lookup(graph=graph_iri)} - {doc_id}
        if owners:
            raise StoreError(
                f"graph {graph_iri} already holds document {min(owners)!r}, not {doc_id!r}; "
                "each document needs its own graph IRI"
            )
        self._update(
            _REPLACE.substitute(
                **terms,
                graph=_nt(graph_iri),
                old=_nt(held[0].graph if held else graph_iri),
                facts=facts,
                origin=where,
            )
        )
        return True

    def origins(self) -> dict[str, str | None]:
        """The file each document was read from (None where not recorded), by document id."""
        return {row.id: row.origin for row in self._lookup()}

    def link(self, base: str) -> int:
        """Make the store's default graph the linked merge of its document graphs (:func:`kg.link.link`).

        Reads only the statements linking needs, plans the merges, and rewrites
        the default graph from the document graphs in one transaction, so it
        can run after every build. Returns the number of merge records.
        """
        from kg.link import LinkView, plan

        if self.read_only:
            raise StoreError(
                f"store {self.location} is open read-only; it cannot be linked"
            )
        view = LinkView(skip=f"{base}mention/")
        for triple in self._view_triples():
            view.add(triple)
        found = plan(view, base=base)
        blanks: dict[BNode, str] = {}

        def rows(tuples: Iterable[tuple[Node, ...]]) -> str:
            return " ".join(
                "(" + " ".join(_nt(term, blanks) for term in row) + ")"
                for row in tuples
            )

        self._update(
            _LINK.substitute(
                dropped=rows((event,) for event in found.dropped),
                unset=rows(found.unset),
                replaced=rows(found.replaced.items()),
                labels=rows(found.labels.items()),
                added="\n".join(rows([triple])[1:-1] + " ." for triple in found.added),
            )
        )
        return sum(
            1 for _, p, o in found.added if p == RDF.type and o == KG.MergeRecord
        )

    def has_document(self, doc_id: str, content_hash: str | None = None) -> bool:
        """Whether the store holds ``doc_id`` (built from ``content_hash``, when given)."""
        return any(content_hash in (None, row.hash) for row in self._lookup(id=doc_id))

    def documents(self) -> dict[str, str]:
        """The content hash of each document the store holds, by document id."""
        return {row.id: row.hash for row in self._lookup()}

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Node | Sequence[Node]] | None = None,
        *,
        allow_external_service: bool = False,
        limit: int | None = None,
    ) -> Result:
        """Run a SPARQL query whose default graph is the merge of the document graphs.

        ``bindings`` give variables values, like rdflib's ``initBindings``, or
        several values each (a sequence: one row per value); the prefixes in
        :data:`PREFIXES` need no declaration. SERVICE calls leaving this machine
        are refused unless ``allow_external_service``. ``limit`` keeps the
        first rows of a SELECT result (an on-disk or in-memory store reads no
        further: the rest are never decoded).
        """
        check_services(_prolog(sparql) + sparql, allow_external=allow_external_service)
        values: dict[str, tuple[Identifier, ...]] = {}
        for name, value in (bindings or {}).items():
            name = str(name).lstrip("?$")
            if not re.fullmatch(r"\w+", name):
                raise QueryError(
                    f"cannot bind {name!r}: it is not a SPARQL variable name"
                )
            terms = (
                tuple(value)
                if isinstance(value, Sequence) and not isinstance(value, str)
                else (value,)
            )
            for term in terms:
                if not isinstance(term, (URIRef, Literal)):
                    raise QueryError(
                        f"the binding of ?{name} must be an rdflib URIRef or Literal, not {term!r}"
                    )
            values[name] = terms  # type: ignore[assignment]
        return self._query(sparql, values, limit)

    def label(self, thing: URIRef) -> str | None:
        """The ``rdfs:label`` the store's documents give ``thing`` (the least, if several), or None."""
        labels = [
            str(row.label) for row in _rows(self._query(_LABEL, {"thing": thing}))
        ]
        return min(labels) if labels else None

    def to_dataset(self) -> Dataset:
        """A copy of the document graphs as an rdflib Dataset (without the index)."""
        dataset = Dataset()
        dataset.bind("kg", KG._NS)
        for g, s, p, o in self._quads():
            dataset.graph(g).add((s, p, o))
        return dataset

    def to_graph(self) -> Graph:
        """A copy of the union of the document graphs as one rdflib Graph."""
        union = Graph()
        union.bind("kg", KG._NS)
        for _, s, p, o in self._quads():
            union.add((s, p, o))
        return union

    def close(self) -> None:  # noqa: B027 (most stores have nothing to release)
        """Release the store (further calls fail); closing twice is harmless."""

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "read-write"
        return f"<{type(self).__name__} {self.location} {mode}>"

    def _view_triples(self) -> Iterable[tuple[Node, Node, Node]]:
        """The statements of the document graphs that linking reads (:func:`kg.link.view_predicates`)."""
        from kg.link import view_predicates

        view = self._query(
            _LINK_VIEW.substitute(
                predicates=" ".join(_nt(p) for p in sorted(view_predicates()))
            ),
            {},
        )
        return view.graph or ()

    def _lookup(
        self, *, id: str | None = None, graph: URIRef | None = None
    ) -> list[_Row]:
        """Index entries, all or those of one document id or graph."""
        bound: dict[str, Identifier] = {}
        if id is not None:
            bound["id"] = Literal(id)
        if graph is not None:
            bound["graph"] = graph
        return [
            _Row(
                URIRef(row.graph),
                str(row.id),
                str(row.hash),
                None if row.origin is None else str(row.origin),
            )
            for row in _rows(self._query(_DOCUMENTS, bound))
        ]

    @abstractmethod
    def _query(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier | tuple[Identifier, ...]],
        limit: int | None = None,
    ) -> Result:
        """Run ``sparql`` on the store's dataset, as it is, keeping the first ``limit`` rows of a SELECT."""

    @abstractmethod
    def _update(self, sparql: str) -> None:
        """Apply one SPARQL Update request as one transaction."""

    @abstractmethod
    def _quads(self) -> Iterable[tuple[URIRef, Node, Node, Node]]:
        """Every (graph, subject, predicate, object) of the document graphs."""


class LocalStore(Store):
    """An on-disk Oxigraph store in a folder: one writer, or any number of readers.

    The folder's ``kg.lock`` makes a second writer, or a reader during a write,
    fail at once with :class:`StoreError` instead of reading half-written state.
    """

    #: Written data goes to disk after this many updates (documents): memory stays flat during a long build.
    FLUSH_EVERY = 200

    def __init__(self, folder: Path, *, read_only: bool = False) -> None:
        self.location = str(folder)
        self.read_only = read_only
        self._updates = 0
        _check_folder(folder, read_only)
        self._lock = StoreLock(folder, shared=read_only)
        try:
            self._store: ox.Store | None = (
                ox.Store.read_only(str(folder)) if read_only else ox.Store(str(folder))
            )
        except OSError as error:
            self._lock.release()
            raise _store_error(error, self.location, "open") from error
        except (
            RuntimeError
        ) as error:  # RocksDB finds the store damaged (a truncated CURRENT file, …)
            self._lock.release()
            raise StoreError(
                f"store {self.location} is damaged ({error}); restore it from a backup "
                "or build it again into a new folder"
            ) from None

    @property
    def _oxigraph(self) -> ox.Store:
        if self._store is None:
            raise StoreError(f"store {self.location} is closed")
        return self._store

    def close(self) -> None:
        store, self._store = self._store, None
        try:
            if store is not None and not self.read_only:
                store.flush()
        except OSError as error:
            raise _store_error(error, self.location, "close") from error
        finally:
            del store  # the last reference: RocksDB closes and drops its own lock
            self._lock.release()

    def _query(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier | tuple[Identifier, ...]],
        limit: int | None = None,
    ) -> Result:
        return _ask_oxigraph(self._oxigraph, sparql, bindings, self.location, limit)

    def _update(self, sparql: str) -> None:
        try:
            self._oxigraph.update(sparql)
            self._updates += 1
            if self._updates % self.FLUSH_EVERY == 0:
                self._oxigraph.flush()  # else RocksDB's write buffers grow with every document written
        except (
            SyntaxError
        ) as error:  # a term the serialiser let through but Oxigraph refuses
            raise StoreError(
                f"store {self.location} refused the document: {error}"
            ) from error
        except OSError as error:
            raise _store_error(error, self.location, "write") from error

    def _view_triples(self) -> Iterable[tuple[Node, Node, Node]]:
        """Streamed from the disk, predicate by predicate, so memory holds only the compact view."""
        from kg.link import view_predicates

        try:
            for predicate in sorted(view_predicates()):
                for quad in self._oxigraph.quads_for_pattern(
                    None, ox.NamedNode(predicate), None, None
                ):
                    graph = quad.graph_name
                    if isinstance(graph, ox.NamedNode) and graph.value != str(
                        INDEX_GRAPH
                    ):
                        yield (
                            _to_rdflib(quad.subject),
                            predicate,
                            _to_rdflib(quad.object),
                        )
        except OSError as error:
            raise _store_error(error, self.location, "read") from error

    def _quads(self) -> Iterable[tuple[URIRef, Node, Node, Node]]:
        try:
            for row in self._lookup():
                for quad in self._oxigraph.quads_for_pattern(
                    None, None, None, ox.NamedNode(row.graph)
                ):
                    yield (
                        row.graph,
                        _to_rdflib(quad.subject),
                        _to_rdflib(quad.predicate),
                        _to_rdflib(quad.object),
                    )
        except OSError as error:
            raise _store_error(error, self.location, "read") from error


class MemoryStore(Store):
    """An in-memory Oxigraph store holding a copy of an rdflib graph or of a graph file, for querying.

    The copy is loaded in bulk (N-Triples or N-Quads bytes, never triple by
    triple), and its default graph is the merge of its named graphs, as in a
    store folder. It takes no documents.

    >>> from rdflib import Graph
    >>> store = MemoryStore.of(Graph().parse(data='<urn:x:a> <urn:x:b> "c" .', format="nt"))
    >>> [str(row.o) for row in store.query("SELECT ?o WHERE { ?s ?p ?o }")]
    ['c']
    """

    #: Graph file extensions Oxigraph reads itself; other formats are read with rdflib first.
    NATIVE: ClassVar[dict[str, ox.RdfFormat]] = {
        ".nt": ox.RdfFormat.N_TRIPLES,
        ".nq": ox.RdfFormat.N_QUADS,
        ".ttl": ox.RdfFormat.TURTLE,
        ".trig": ox.RdfFormat.TRIG,
    }

    def __init__(self, location: str = "memory") -> None:
        self.location = location
        self.read_only = True
        self._store = ox.Store()

    @classmethod
    def of(cls, graph: Graph) -> MemoryStore:
        """A copy of an rdflib Graph, or of a Dataset (each of its graphs, and their merge)."""
        store = cls(f"memory copy of {type(graph).__name__}")
        if isinstance(graph, Dataset):
            store._load(
                graph.serialize(format="nquads", encoding="utf-8"),
                ox.RdfFormat.N_QUADS,
                "the dataset",
            )
        else:
            store._load(
                graph.serialize(format="nt", encoding="utf-8"),
                ox.RdfFormat.N_TRIPLES,
                "the graph",
            )
        return store

    @classmethod
    def read(cls, path: str | Path) -> MemoryStore:
        """A copy of a graph file in one of the formats Oxigraph reads (:data:`NATIVE`: N-Triples, N-Quads, Turtle, TriG).

        ``kg.sources.opened`` reads the other formats with rdflib first.
        """
        path = Path(path)
        rdf_format = cls.NATIVE.get(path.suffix.lower())
        if rdf_format is None:
            raise InputError(
                f"cannot read {str(path)!r} into a store directly; give a {', '.join(cls.NATIVE)} file"
            )
        store = cls(str(path))
        try:
            data = path.read_bytes()
        except OSError as error:
            raise InputError(
                f"cannot read {str(path)!r}: {error.strerror or error}"
            ) from None
        store._load(data, rdf_format, repr(str(path)))
        return store

    def _load(self, data: bytes, rdf_format: ox.RdfFormat, what: str) -> None:
        try:
            self._store.bulk_load(data, format=rdf_format)
        except SyntaxError as error:
            raise InputError(
                f"cannot read {what} as {rdf_format.name}: {error}"
            ) from None
        if rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            merge_unless_linked(
                self._store
            )  # no linked default graph: the merge of the documents' graphs stands in

    def _query(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier | tuple[Identifier, ...]],
        limit: int | None = None,
    ) -> Result:
        return _ask_oxigraph(self._store, sparql, bindings, self.location, limit)

    def _update(self, sparql: str) -> None:
        raise StoreError(f"{self.location} is a read-only copy for querying")

    def _quads(self) -> Iterable[tuple[URIRef, Node, Node, Node]]:
        for quad in self._store.quads_for_pattern(None, None, None, None):
            if not isinstance(quad.graph_name, ox.DefaultGraph):
                yield (
                    _to_rdflib(quad.graph_name),
                    _to_rdflib(quad.subject),  # type: ignore[misc]
                    _to_rdflib(quad.predicate),
                    _to_rdflib(quad.object),
                )

    def _lookup(
        self, *, id: str | None = None, graph: URIRef | None = None
    ) -> list[_Row]:
        return []


class RemoteStore(Store):
    """A store behind a SPARQL 1.1 Query and Update endpoint, over HTTP.

    Its default graph must be the dataset's own (Oxigraph without
    ``--union-default-graph``, Fuseki's default), which puts keep as the merge.
    """

    def __init__(
        self,
        url: str,
        *,
        read_only: bool = False,
        query_url: str | None = None,
        update_url: str | None = None,
        timeout: float = 60.0,
        token: str | None = None,
    ) -> None:
        base = url.rstrip("/")
        self.location = url
        self.read_only = read_only
        self.query_url = query_url or f"{base}/query"
        self.update_url = update_url or f"{base}/update"
        if not (isinstance(timeout, int | float) and 0 < timeout < float("inf")):
            raise StoreError(
                f"the network timeout must be a positive number of seconds, not {timeout}"
            )
        self.timeout = timeout
        self._token = token or os.environ.get("KG_SERVE_TOKEN")

    def _query(
        self,
        sparql: str,
        bindings: Mapping[str, Identifier | tuple[Identifier, ...]],
        limit: int | None = None,
    ) -> Result:
        kind, body = self._post(
            self.query_url,
            urllib.parse.urlencode(
                {"query": _prolog(sparql) + _bind(sparql, bindings)}
            ).encode(),
            "application/x-www-form-urlencoded",
            "application/sparql-results+json, application/n-triples;q=0.9",
        )
        if kind == "application/n-triples":
            result = Result("CONSTRUCT")
            result.graph = Graph().parse(data=body.decode("utf-8"), format="nt")
            return result
        try:
            result = Result.parse(io.BytesIO(body), format="json")
        except Exception as error:  # the parser raises several kinds
            raise StoreError(
                f"SPARQL endpoint {self.query_url} sent an unreadable answer ({kind}): {error}"
            ) from error
        if limit is not None and result.type == "SELECT":
            result.bindings = result.bindings[:limit]
        return result

    def _update(self, sparql: str) -> None:
        self._post(self.update_url, sparql.encode(), "application/sparql-update", "*/*")

    def _quads(self) -> Iterable[tuple[URIRef, Node, Node, Node]]:
        for row in _rows(self._query(_QUADS, {})):
            yield URIRef(row.g), row.s, row.p, row.o

    def _post(
        self, url: str, body: bytes, content_type: str, accept: str
    ) -> tuple[str, bytes]:
        headers = {"Content-Type": content_type, "Accept": accept}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        request = urllib.request.Request(url, data=body, method="POST", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip()[:500]
            kind = (
                QueryError
                if error.code == 400 and url == self.query_url
                else StoreError
            )
            raise kind(
                f"SPARQL endpoint {url} answered HTTP {error.code}: {detail}"
            ) from error
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise StoreError(f"cannot reach SPARQL endpoint {url}: {reason}") from error


_DOCUMENTS = (query_dir() / "store" / "documents.rq").read_text(encoding="utf-8")
_QUADS = (query_dir() / "store" / "quads.rq").read_text(encoding="utf-8")
_LABEL = "SELECT ?label WHERE { ?thing rdfs:label ?label }"
_REPLACE = Template(
    (query_dir() / "store" / "replace-document.ru").read_text(encoding="utf-8")
)
_LINK_VIEW = Template(
    (query_dir() / "store" / "link-view.rq").read_text(encoding="utf-8")
)
_LINK = Template((query_dir() / "store" / "link.ru").read_text(encoding="utf-8"))
_MERGE = (query_dir() / "store" / "merge-graphs.ru").read_text(encoding="utf-8")


def merge_unless_linked(store: ox.Store) -> None:
    """Make the merge of a store's named graphs its default graph, unless it holds one already (a built
    file's linked graph)."""
    if (
        next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None)
        is None
    ):
        store.update(_MERGE)


def _rows(result: Result) -> Iterator[ResultRow]:
    """The rows of a SELECT result (rdflib types a result's items as rows, triples or a boolean)."""
    for row in result:
        if isinstance(row, ResultRow):
            yield row


def _prolog(sparql: str) -> str:
    """PREFIX lines for the prefixes of :data:`PREFIXES` that ``sparql`` does not declare itself."""
    declared = {
        m[1] or ""
        for m in re.finditer(r"PREFIX\s+([A-Za-z][\w.-]*)?:", sparql, re.IGNORECASE)
    }
    return "".join(
        f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared
    )


def _ask_oxigraph(
    store: ox.Store,
    sparql: str,
    bindings: Mapping[str, Identifier | tuple[Identifier, ...]],
    location: str,
    limit: int | None = None,
) -> Result:
    """Run ``sparql`` with ``bindings`` on a pyoxigraph store, as an rdflib result (its first ``limit`` rows)."""
    try:
        return _result(store.query(_bind(sparql, bindings), prefixes=PREFIXES), limit)
    except SyntaxError as error:
        raise QueryError(f"the SPARQL query does not parse: {error}") from error
    except OSError as error:
        if (
            "returned by" in str(error) or "service" in str(error).lower()
        ):  # a SERVICE call that failed
            raise QueryError(f"the SPARQL query failed: {error}") from error
        raise _store_error(error, location, "query") from error
    except RuntimeError as error:  # e.g. an unbound SERVICE variable
        raise QueryError(f"the SPARQL query failed: {error}") from error


# Where a query's WHERE group opens: its form keyword, the WHERE keyword, or a brace,
# outside strings, IRIs and comments.
_SYNTAX = re.compile(
    r"""(?P<skip>"{3}.*?"{3}|'{3}.*?'{3}|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'"""
    r"""|<[^<>"{}|^`\\\x00-\x20]*>|\#[^\n\r]*)"""
    r"|(?<![\w:?$])(?P<form>select|construct|ask|describe|where)(?![\w:-])"
    r"|(?P<brace>\{)",
    re.IGNORECASE | re.DOTALL,
)


def _bind(
    sparql: str, bindings: Mapping[str, Identifier | tuple[Identifier, ...]]
) -> str:
    """``sparql`` with a VALUES block of ``bindings`` opening its WHERE group.

    Joined before anything else, the values bind variables as rdflib's
    ``initBindings`` do, counted or projected or not; a variable given several
    values takes each in turn, and one given none matches nothing.

    >>> _bind("SELECT ?b WHERE { ?a kg:metWith ?b }", {"a": URIRef("https://w3id.org/newskg/id/person/ana-ruiz")})
    'SELECT ?b WHERE { VALUES ?a { <https://w3id.org/newskg/id/person/ana-ruiz> } ?a kg:metWith ?b }'
    """
    if not bindings:
        return sparql
    blocks = []
    for name, value in bindings.items():
        terms = value if isinstance(value, tuple) else (value,)
        blocks.append(f"VALUES ?{name} {{ {' '.join(_nt(term) for term in terms)} }}")
    values = " ".join(blocks)
    keywords: list[str] = []
    for match in _SYNTAX.finditer(sparql):
        if match.lastgroup == "form":
            keywords.append(match.group().lower())
        elif match.lastgroup == "brace" and (
            keywords[:1] != ["construct"] or "where" in keywords
        ):
            return f"{sparql[: match.end()]} {values}{sparql[match.end() :]}"
    raise QueryError(
        "cannot find where the query's WHERE clause opens, so cannot bind its variables"
    )


def _nt(term: Node, blanks: dict[BNode, str] | None = None) -> str:
    """``term`` written as N-Triples, which SPARQL reads as the same term."""
    try:
        return nt_term(term, blanks)
    except InputError as error:
        raise StoreError(f"cannot store {error}") from None


def _to_rdflib(term: object) -> Identifier:
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return _literal(term.value, term.language, term.datatype.value)
    raise StoreError(f"the store holds a term rdflib cannot represent: {term!r}")


# A result repeats its IRIs and labels on many rows, and making an rdflib term
# checks the IRI or casts the literal each time: remember the recent ones.
@lru_cache(maxsize=1 << 16)
def _iri(value: str) -> URIRef:
    return URIRef(value)


@lru_cache(maxsize=1 << 16)
def _literal(value: str, language: str | None, datatype: str) -> Literal:
    if language:
        return Literal(value, lang=language)
    return Literal(value, datatype=None if datatype == _XSD_STRING else _iri(datatype))


_XSD_STRING = str(XSD.string)


def _result(answer: object, limit: int | None = None) -> Result:
    """An rdflib query result holding a pyoxigraph answer, read in full or up to ``limit`` rows."""
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
    elif isinstance(answer, ox.QuerySolutions):
        result = Result("SELECT")
        result.vars = [Variable(v.value) for v in answer.variables]
        # A result repeats its terms row after row: convert each distinct one once.
        terms: dict[object, Identifier] = {}

        def converted(term: object) -> Identifier:
            known = terms.get(term)
            if known is None:
                known = terms[term] = _to_rdflib(term)
            return known

        result.bindings = [
            {
                var: converted(term)
                for var, term in zip(result.vars, solution, strict=True)
                if term is not None
            }
            for solution in islice(answer, limit)
        ]
    else:
        result = Result("CONSTRUCT")
        result.graph = Graph()
        for triple in answer:  # type: ignore[attr-defined]
            result.graph.add(
                (
                    _to_rdflib(triple.subject),
                    _to_rdflib(triple.predicate),
                    _to_rdflib(triple.object),
                )
            )
    return result


def _is_loopback(endpoint: Identifier) -> bool:
    if not isinstance(endpoint, URIRef):
        return False  # a variable endpoint could be anywhere
    host = urllib.parse.urlsplit(str(endpoint)).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _algebra_nodes(sparql: str, update: bool = False) -> list[CompValue]:
    """Every node of the SPARQL algebra of a query (or an update), as rdflib's parser reads it."""
    from rdflib.plugins.sparql.algebra import translateQuery, translateUpdate, traverse
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        if update:
            algebra: object = list(
                translateUpdate(parseUpdate(sparql), initNs=PREFIXES).algebra
            )
        else:
            algebra = translateQuery(parseQuery(sparql), initNs=PREFIXES).algebra
    except Exception as error:  # rdflib's parser raises many kinds
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise QueryError(
            f"not a SPARQL {'update' if update else 'query'} (it does not parse): {detail}"
        ) from error
    nodes: list[CompValue] = []
    traverse(
        algebra,
        lambda node: nodes.append(node) if isinstance(node, CompValue) else None,
    )
    return nodes


def _check_folder(folder: Path, read_only: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder} is a file, not a store folder")
    if read_only:
        require_store(folder)
    is_store = holds_store(folder)
    if (
        not is_store
        and folder.is_dir()
        and any(p.name != LOCK_FILE for p in folder.iterdir())
    ):
        raise StoreError(
            f"{folder} is not empty and holds no graph store; give a new or empty folder"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _store_error(error, str(folder), "create") from error


class StoreLock:
    """An advisory lock on a store folder: exclusive for a writer, shared for readers.

    Taking it fails at once with :class:`StoreError` when another process holds
    it in a way that conflicts; :meth:`release` (or the process's end) frees it.
    """

    def __init__(self, folder: Path, *, shared: bool) -> None:
        self._file: io.BufferedRandom | None = None
        try:
            self._file = open(folder / LOCK_FILE, "a+b")  # noqa: SIM115 (held until release)
        except OSError as error:
            if shared:
                return  # a folder nobody may write to has no writer to wait for
            raise _store_error(error, str(folder), "lock") from error
        try:
            fcntl.flock(
                self._file, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB
            )
        except BlockingIOError:
            self.release()
            raise StoreError(
                (_BEING_WRITTEN if shared else _IN_USE).format(folder)
            ) from None

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing drops the flock
            self._file = None


def _store_error(error: OSError, location: str, doing: str) -> StoreError:
    """A StoreError that says plainly what went wrong with the store's disk.

    >>> print(_store_error(OSError(errno.ENOSPC, "No space left on device"), "/data/kg", "write"))
    the disk holding store /data/kg is full ([Errno 28] No space left on device); free some space or use a store on another disk
    """
    text = str(error)
    if (
        error.errno in (errno.ENOSPC, errno.EDQUOT)
        or "No space left" in text
        or "Disk quota" in text
    ):
        return StoreError(
            f"the disk holding store {location} is full ({text}); "
            "free some space or use a store on another disk"
        )
    if (
        isinstance(error, PermissionError)
        or "Permission denied" in text
        or "Read-only file system" in text
    ):
        return StoreError(
            f"cannot {doing} store {location}: permission denied ({text})"
        )
    if (
        "lock" in text.lower()
    ):  # RocksDB's own LOCK, held by a process that ignores kg.lock
        return StoreError(_IN_USE.format(location))
    return StoreError(f"cannot {doing} store {location}: {text}")


class StoredDocument(NamedTuple):
    """One document after :func:`build_into`: what became of it in the store."""

    document: Document
    #: ``added`` (new id), ``replaced`` (changed content), ``unchanged`` (skipped) or ``failed``.
    status: str
    error: str | None = None


def content_key(document: Document, builder: GraphBuilder) -> str:
    """What a store keeps to tell a changed document: its content and the build settings.

    The same text, metadata, base IRI and confidence threshold give the same key.
    """
    settings = f"{document.content_hash}\x00{builder.minter.base}\x00{builder.min_confidence!r}"
    return (
        "sha256:"
        + hashlib.sha256(settings.encode("utf-8", "surrogatepass")).hexdigest()
    )


def build_into(
    store: Store,
    documents: Iterable[Document],
    builder: GraphBuilder,
    *,
    replace: bool = False,
) -> Iterator[StoredDocument]:
    """Build the new and changed ``documents`` with ``builder`` and put each in ``store``, then link the store.

    Each document is committed in its own transaction as soon as it is built, so
    a run stopped midway keeps what it committed and a rerun does the rest.
    Unchanged documents (same id, content and settings) are never parsed, and
    no model is loaded when nothing changed. ``documents`` is read as the build
    goes. Entities already labelled in the store keep their label
    (:class:`StoreLabels`).

    A document replaces the one of its id only when it is the same document:
    read from the same file (or from a file the store does not know). A
    different file with an id the store holds is refused, naming both, unless
    ``replace``. A document that fails, or that no store can hold, is reported
    and the others go on. At the end the default graph is linked (:meth:`Store.link`).
    """
    held = store.documents()
    origins = store.origins()
    decided: list[
        StoredDocument
    ] = []  # met while the builder reads ahead; reported before its next result

    def changed() -> Iterator[Document]:
        for document in documents:
            was = origins.get(document.id)
            if held.get(document.id) == content_key(document, builder):
                decided.append(StoredDocument(document, "unchanged"))
            elif (
                document.id in held
                and was
                and document.file
                and was != document.file
                and not replace
            ):
                decided.append(
                    StoredDocument(
                        document,
                        "failed",
                        (
                            f"the store already holds a document {document.id!r} read from {was}; refused, so as not to "
                            "replace it (give one of them another id, or pass --replace to replace it)"
                        ),
                    )
                )
            else:
                yield document

    todo = changed()
    first = next(todo, None)
    yield from decided
    decided.clear()
    if first is not None:
        builder.labels = StoreLabels(store, builder.labels)
        for result in builder.add_documents(chain([first], todo)):
            yield from decided
            decided.clear()
            yield _put(store, result, builder, replacing=result.document.id in held)
        yield from decided
    store.link(str(builder.minter.base))


def _put(
    store: Store, result: BuiltDocument, builder: GraphBuilder, *, replacing: bool
) -> StoredDocument:
    document = result.document
    if result.graph is None:
        return StoredDocument(document, "failed", result.error)
    try:
        store.put_document(
            document.id,
            content_key(document, builder),
            result.graph,
            graph_iri=builder.minter.named_graph(document.id),
            origin=document.file,
        )
    except InputError as error:
        return StoredDocument(document, "failed", str(error))
    return StoredDocument(document, "replaced" if replacing else "added")


class StoreLabels(MutableMapping[URIRef, str]):
    """The labels of a build into a store: an entity the store already labels keeps that label.

    The store is asked once per entity, when the build first meets it, so memory
    grows with the entities of this build, not with what the store holds.
    """

    def __init__(self, store: Store, known: Mapping[URIRef, str] | None = None) -> None:
        self.store = store
        self._known: dict[URIRef, str] = dict(known or {})

    def __getitem__(self, thing: URIRef) -> str:
        try:
            return self._known[thing]
        except KeyError:
            label = self.store.label(thing)
            if label is None:
                raise
            self._known[thing] = label
            return label

    def __setitem__(self, thing: URIRef, label: str) -> None:
        self._known[thing] = label

    def __delitem__(self, thing: URIRef) -> None:
        del self._known[thing]

    def __iter__(self) -> Iterator[URIRef]:
        return iter(self._known)

    def __len__(self) -> int:
        return len(self._known)
