"""Stage 3 for many documents: parse them with spaCy in batches and extract each.

The serial build, the worker processes (:mod:`kg.parallel`) and the dask
workers (:mod:`kg.cluster`) all run :func:`extract_documents`; each yields one
:class:`ExtractedDocument` per document, in order, and RDF is made from them
by the caller (:class:`kg.build.GraphBuilder`).

>>> [(start, len(piece)) for start, piece in _chunks("One. Two. Three.", limit=10)]
[(0, 10), (10, 6)]
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract import Entity, Event, Extraction, extract
from kg.read import Document

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "CHUNK_CHARS",
    "ExtractedDocument",
    "checked_documents",
    "extract_documents",
    "settle",
]

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Texts longer than this are parsed in pieces cut at paragraph or sentence ends.
CHUNK_CHARS = 100_000


def _chunks(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Cut ``text`` into pieces of at most ``limit`` characters at the best boundary."""
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0)
        if cut < limit // 2:
            ends = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s", window)]
            cut = ends[-1] if ends and ends[-1] >= limit // 2 else 0
        if cut < limit // 2:
            space = window.rfind(" ")
            cut = space if space >= limit // 2 else limit
        yield start, text[start : start + cut]
        start += cut
    yield start, text[start:]


def _merge_pieces(parts: list[tuple[int, Extraction]]) -> Extraction:
    """One extraction of a text parsed in pieces, from each piece's extraction and where the piece starts."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    entities: dict[str, Entity] = {}
    events: list[Event] = []
    for offset, part in parts:
        for key, entity in part.entities.items():
            if key in entities:
                entities[key].aliases |= entity.aliases
                entities[key].roles |= entity.roles
                entities[key].affiliations |= entity.affiliations
            else:
                entities[key] = entity
        for event in part.events:
            event.start += offset
            event.end += offset
            events.append(event)
    return Extraction(entities, events)


@dataclass(frozen=True)
class ExtractedDocument:
    """One document after parsing and extraction, before RDF: its extraction, or the error that stopped it.

    Plain data, cheap to pickle: what a worker process or a dask task sends back.
    """

    document: Document
    extraction: Extraction | None = None
    error: str | None = None


@dataclass
class _Pending:
    document: Document
    total: int
    offsets: list[int] = field(default_factory=list)
    parts: list[tuple[int, Extraction]] = field(default_factory=list)
    skipped: int = 0
    error: str | None = None


def checked_documents(documents: Iterable[Document]) -> Iterator[Document]:
    """``documents``, refusing anything that is not a :class:`~kg.read.Document`."""
    for document in documents:
        if not isinstance(document, Document):
            raise TypeError(
                f"add_documents takes kg.Document objects, not {type(document).__name__}"
            )
        yield document


def extract_documents(
    nlp: Language,
    documents: Iterable[Document],
    *,
    batch_size: int = 32,
    on_parsed: Callable[[int], None] | None = None,
) -> Iterator[ExtractedDocument]:
    """Parse ``documents`` with ``nlp`` in batches and extract each; one result per document, in order.

    Long texts are parsed in pieces (:data:`CHUNK_CHARS`) and their extractions
    merged. A document whose extraction fails carries its error; the others go on.
    ``on_parsed`` is called with the number of characters of each parsed piece.
    """
    pending: dict[int, _Pending] = {}

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for n, document in enumerate(checked_documents(documents)):
            chunks = list(_chunks(document.text))
            pending[n] = _Pending(document, len(chunks))
            for offset, piece in chunks:
                pending[n].offsets.append(offset)
                yield (
                    _SURROGATE.sub("\ufffd", piece),
                    (n, len(piece)),
                )  # spaCy cannot hash half a character

    for parsed, (n, length) in nlp.pipe(
        pieces(), as_tuples=True, batch_size=batch_size
    ):
        state = pending[n]
        offset = state.offsets[len(state.parts) + state.skipped]
        if on_parsed is not None:
            on_parsed(length)  # not len(parsed.text): Doc.text joins every token again
        if state.error is None:
            try:
                state.parts.append(
                    (offset, extract(parsed, published=state.document.published))
                )
            except Exception as exc:
                state.error = f"extraction failed: {type(exc).__name__}: {exc}"
                state.skipped += 1
        else:
            state.skipped += 1
        if len(state.parts) + state.skipped == state.total:
            del pending[n]
            if state.error is not None:
                yield ExtractedDocument(state.document, error=state.error)
            else:
                try:
                    yield ExtractedDocument(state.document, _merge_pieces(state.parts))
                except Exception as exc:
                    yield ExtractedDocument(
                        state.document,
                        error=f"merging failed: {type(exc).__name__}: {exc}",
                    )


def settle() -> None:
    """Move every object alive now (a loaded model, above all) out of the cyclic garbage collector's sight.

    A pipeline lives as long as its process; without this, each full collection
    during a build walks all of its objects again (``gc.freeze``).
    """
    gc.collect()
    gc.freeze()
