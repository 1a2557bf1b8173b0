"""Documents to one RDF graph: each document's extraction (:mod:`kg.stage`) made RDF, in order, then linked.

>>> g = build_graph("Japan and Chile signed a trade pact in Tokyo.", doc_id="note")  # doctest: +SKIP
>>> len(g) > 0  # doctest: +SKIP
True
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from rdflib import RDFS, SKOS, BNode, Dataset, Graph, URIRef
from rdflib.term import Node

from kg.errors import InputError, OptionError
from kg.extract import Extraction
from kg.link import LinkView, link, plan
from kg.ntriples import nt_term
from kg.rdf import (
    DEFAULT_BASE,
    Minter,
    Triple,
    bind_prefixes,
    document_triples,
    triples_graph,
)
from kg.read import Document, parse_published
from kg.stage import ExtractedDocument, extract_documents, settle

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "BuiltDocument",
    "GraphBuilder",
    "NQuadsWriter",
    "build_graph",
    "replacing",
]


@dataclass(frozen=True)
class BuiltDocument:
    """One document after building: its triples, or the error that stopped it."""

    document: Document
    triples: list[Triple] | None = None
    error: str | None = None
    base: str = field(default=DEFAULT_BASE, repr=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    @cached_property
    def graph(self) -> Graph | None:
        """The document's triples as an rdflib graph, made on first use (``None`` for a failed document)."""
        return None if self.triples is None else triples_graph(self.triples, self.base)


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary file beside ``target`` that replaces it only when the block ends without an error.

    A failed or interrupted build never leaves a truncated or empty file where a good one was.
    """
    temp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        yield temp
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise OptionError(
                f"cannot write {str(target)!r}: {exc.strerror or exc}; name an --out folder you can write to"
            ) from None
    finally:
        temp.unlink(missing_ok=True)


class GraphBuilder:
    """Adds documents one at a time, or many at once, to one graph.

    Entities merge across the documents of a builder: India is one resource
    however many articles name it. ``dataset`` keeps one named graph per document.

    ``jobs`` > 1 parses in that many worker processes, each loading the model
    once (forked from this one where the platform allows, so an ``nlp`` given
    here is shared; otherwise each loads ``model``). ``scheduler`` (a
    ``dask.distributed`` address or ``Client``) parses on a dask cluster instead.
    Either way RDF is made here, in document order, so the graph is the same as
    with one process. ``keep=False`` keeps no document graph (each is only
    yielded), for builds streamed to a file or a store in bounded memory.
    """

    def __init__(
        self,
        *,
        model: str | None = None,
        nlp: Language | None = None,
        base_iri: str = DEFAULT_BASE,
        min_confidence: float = 0.0,
        batch_size: int = 32,
        jobs: int = 1,
        scheduler: object | None = None,
        keep: bool = True,
    ) -> None:
        if not 0.0 <= min_confidence <= 1.0:
            raise InputError(
                f"min_confidence must be between 0 and 1, not {min_confidence}"
            )
        if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
            raise InputError(
                f"jobs must be a whole number of processes, 1 or more, not {jobs!r}"
            )
        if (
            not isinstance(batch_size, int)
            or isinstance(batch_size, bool)
            or batch_size < 1
        ):
            raise InputError(
                f"batch_size must be a whole number, 1 or more, not {batch_size!r}"
            )
        self._model = model
        self._nlp = nlp
        self.minter = Minter(base_iri)
        self.min_confidence = min_confidence
        self.batch_size = batch_size
        self.jobs = jobs
        self.scheduler = scheduler
        self.keep = keep
        self._labels: MutableMapping[URIRef, str] = {}
        self._triples: dict[str, list[Triple]] = {}
        self._linked: Graph | None = (
            None  # the linked graph, until another document is added
        )
        self._built = 0

    @property
    def nlp(self) -> Language:
        """The spaCy pipeline, loaded on first use (then kept out of the garbage collector's way)."""
        if self._nlp is None:
            from kg.nlp import load_pipeline

            self._nlp = load_pipeline(self._model)
            settle()
        return self._nlp

    @property
    def labels(self) -> MutableMapping[URIRef, str]:
        """The canonical label of each entity met so far that other documents may name (the first name it was given).

        Grows with the number of distinct entities shared across documents, not
        with the documents. Seed it, or set another mapping (such as
        :class:`kg.store.StoreLabels`), to carry labels over from an earlier build.
        """
        return self._labels

    @labels.setter
    def labels(self, labels: MutableMapping[URIRef, str]) -> None:
        self._labels = labels

    def add(
        self,
        text: str | Document,
        *,
        doc_id: str | None = None,
        source: str | None = None,
        published: date | str | None = None,
        title: str | None = None,
    ) -> Graph:
        """Add one document; returns its own graph. Raises :class:`~kg.errors.InputError` on bad input."""
        document = (
            text
            if isinstance(text, Document)
            else _document(text, doc_id, source, published, title)
        )
        result = next(self.add_documents([document]))
        if result.error is not None:
            raise InputError(f"document {document.id!r}: {result.error}")
        assert result.graph is not None  # an ok result always carries its graph
        return result.graph

    def add_documents(
        self,
        documents: Iterable[Document],
        *,
        on_parsed: Callable[[int], None] | None = None,
    ) -> Iterator[BuiltDocument]:
        """Add many documents, parsed in batches; yields one result per document, in order.

        A document that fails yields a result with its error; the others go on.
        ``on_parsed`` is called with the number of characters parsed (per piece in
        one process, per document with ``jobs`` or ``scheduler``). ``documents``
        is read as the build goes, so it may be a generator of any length.
        """
        for item in self._extracted(documents, on_parsed):
            if item.extraction is None:
                yield BuiltDocument(item.document, error=item.error or "no extraction")
            else:
                yield self._finish(item.document, item.extraction)

    def _extracted(
        self, documents: Iterable[Document], on_parsed: Callable[[int], None] | None
    ) -> Iterator[ExtractedDocument]:
        if self.scheduler is not None:
            from kg.parallel import dask_extract

            return dask_extract(
                documents,
                self.scheduler,
                model=self._model,
                batch_size=self.batch_size,
                on_parsed=on_parsed,
            )
        if self.jobs > 1:
            from kg.parallel import process_extract

            return process_extract(
                documents,
                jobs=self.jobs,
                model=self._model,
                nlp=self._nlp,
                batch_size=self.batch_size,
                on_parsed=on_parsed,
            )
        return extract_documents(
            self.nlp, documents, batch_size=self.batch_size, on_parsed=on_parsed
        )

    def _finish(self, document: Document, extraction: Extraction) -> BuiltDocument:
        try:
            triples = document_triples(
                document,
                extraction,
                minter=self.minter,
                min_confidence=self.min_confidence,
                labels=self._labels,
            )
        except Exception as exc:
            return BuiltDocument(
                document, error=f"graph failed: {type(exc).__name__}: {exc}"
            )
        self._built += 1
        if self.keep:
            self._triples[document.id] = triples
            self._linked = None
        return BuiltDocument(document, triples, base=str(self.minter.base))

    def _kept(self) -> dict[str, list[Triple]]:
        if not self.keep:
            raise RuntimeError(
                "this GraphBuilder was made with keep=False: it keeps no graph; "
                "use the triples or graph of each result of add_documents"
            )
        return self._triples

    @property
    def graph(self) -> Graph:
        """Every document's triples in one graph, reports of one event merged (:func:`kg.link.link`).

        The documents are linked when the graph is first read after one was
        added; reading it again gives the same graph (copy it to change it).
        """
        if self._linked is None:
            base = str(self.minter.base)
            union = bind_prefixes(Graph(), base)
            add = union.add
            for triples in self._kept().values():
                for triple in triples:
                    add(triple)
            self._linked = link(union, base=base)
        return self._linked

    @property
    def dataset(self) -> Dataset:
        """One named graph per document (named ``<base>graph/<document>``), and the linked :attr:`graph` as default graph."""
        ds = Dataset()
        bind_prefixes(ds, str(self.minter.base))
        for doc_id, triples in self._kept().items():
            named = ds.graph(self.minter.named_graph(doc_id))
            for triple in triples:
                named.add(triple)
        default = ds.default_graph
        for linked in self.graph:
            default.add(linked)
        return ds

    def __len__(self) -> int:
        """The number of documents built (each id once when graphs are kept)."""
        return len(self._triples) if self.keep else self._built


class NQuadsWriter:
    """Writes each document's triples to an N-Quads file as soon as they are built.

    Each document is its own named graph (``<base>graph/<document>``), as in
    :attr:`GraphBuilder.dataset`, so nothing is held back: memory stays flat
    however many documents go through.

    >>> import io
    >>> from rdflib import Literal
    >>> out = io.BytesIO()
    >>> writer = NQuadsWriter(out, Minter("https://example.org/"))
    >>> writer.write(Document(id="d1", text="..."), [(URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("x"))])
    >>> out.getvalue().decode()
    '<https://example.org/a> <https://example.org/p> "x" <https://example.org/graph/d1> .\\n'
    """

    #: Terms already written are remembered, up to this many: names recur from document to document.
    CACHE_SIZE = 100_000

    def __init__(self, out: BinaryIO, minter: Minter, *, linked: bool = False) -> None:
        self.out = out
        self.minter = minter
        self.documents = 0
        self.quads = 0
        self._written: dict[Node, str] = {}
        self._blanks: dict[
            BNode, str
        ] = {}  # never forgotten: a blank node keeps its label in every document
        self._view: LinkView | None = None
        if linked:
            self._view = LinkView(
                skip=f"{minter.base}mention/"
            )  # a report's own statements: linking never reads them

    def write(self, document: Document, triples: Iterable[Triple]) -> None:
        """Append ``triples`` (a list of them, or an rdflib graph) as the named graph of ``document``."""
        end = f" {nt_term(self.minter.named_graph(document.id))} .\n"
        term = self._term
        lines = [f"{term(s)} {term(p)} {term(o)}{end}" for s, p, o in triples]
        self.out.write("".join(lines).encode("utf-8"))
        self.documents += 1
        self.quads += len(lines)
        if self._view is not None:
            add = self._view.add
            for triple in triples:
                add(triple)

    def write_linked(self, path: Path) -> None:
        """Append the linked graph of every document written so far as the default graph (``linked=True`` only).

        ``path`` is the file being written: its named graphs are read back line
        by line and rewritten as :func:`kg.link.link` would change them, so the
        default graph holds what a Turtle build holds (a triple stated by several
        documents appears once per document; N-Quads readers keep it once).
        """
        if self._view is None:
            raise RuntimeError(
                "this NQuadsWriter was made without linked=True: it kept nothing to link"
            )
        found = plan(self._view, base=str(self.minter.base))
        term = self._term
        dropped = {term(s) for s in found.dropped}
        unset = {(term(s), term(p)) for s, p in found.unset}
        replaced = {term(a): term(b) for a, b in found.replaced.items()}
        labels = {term(s): term(o) for s, o in found.labels.items()}
        label, alt = term(RDFS.label), term(SKOS.altLabel)
        self.out.flush()
        end = self.out.tell()
        with path.open("rb") as written:
            while written.tell() < end and (line := written.readline()):
                s, p, rest = line.decode("utf-8").split(" ", 2)
                o = rest.rsplit(" ", 2)[0]
                if s in dropped or (s, p) in unset:
                    continue
                if s in replaced:
                    s = replaced[s]
                    p = alt if p == label else p
                if p == alt and labels.get(s) == o:
                    continue
                self.out.write(f"{s} {p} {replaced.get(o, o)} .\n".encode())
        self.out.write(
            "".join(
                f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in found.added
            ).encode("utf-8")
        )
        self._view = None

    def _term(self, term: Node) -> str:
        written = self._written.get(term)
        if written is None:
            written = nt_term(term, self._blanks)
            if len(self._written) >= self.CACHE_SIZE:
                self._written.clear()
            self._written[term] = written
        return written


def _document(
    text: str,
    doc_id: str | None,
    source: str | None,
    published: date | str | None,
    title: str | None,
) -> Document:
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InputError("empty: no text to read")
    return Document(
        id=doc_id
        or f"doc-{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()[:12]}",
        text=text,
        source=source,
        published=parse_published(published) if published else None,
        title=title,
    )


def build_graph(
    text_or_texts: str | Document | Iterable[str | Document],
    *,
    doc_id: str | None = None,
    model: str | None = None,
    base_iri: str = DEFAULT_BASE,
    min_confidence: float = 0.0,
    published: date | str | None = None,
    source: str | None = None,
) -> Graph:
    """Build the knowledge graph of one text or many.

    One text gets ``doc_id`` (default: a hash of its text); several get
    ``doc_id-1``, ``doc_id-2`` … (default ``doc-1`` …), unless they are
    :class:`~kg.read.Document` objects with ids of their own.
    """
    builder = GraphBuilder(
        model=model, base_iri=base_iri, min_confidence=min_confidence
    )
    if isinstance(text_or_texts, (str, Document)):
        builder.add(text_or_texts, doc_id=doc_id, published=published, source=source)
        return builder.graph
    documents = []
    for n, item in enumerate(text_or_texts, start=1):
        documents.append(
            item
            if isinstance(item, Document)
            else _document(item, f"{doc_id or 'doc'}-{n}", source, published, None)
        )
    failures = [r for r in builder.add_documents(documents) if not r.ok]
    if failures:
        raise InputError(
            "; ".join(f"document {r.document.id!r}: {r.error}" for r in failures)
        )
    return builder.graph
