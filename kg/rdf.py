"""Stage 4: entities and events of one document become RDF under our ontology.

IRIs are minted from slugs (and short hashes where a slug would lose
information), never from raw text; the text is kept in ``rdfs:label``.

>>> slug("Pete Hegseth")
'pete-hegseth'
>>> slug("Côte d’Ivoire")
'cote-d-ivoire'
>>> slug("<script>")
'script'
>>> slug("北京")
'x-2ce33b27'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, XSD

from kg.extract import Entity, Event, Extraction, relation_specs
from kg.namespace import KG
from kg.read import Document

__all__ = ["DEFAULT_BASE", "Minter", "bind_prefixes", "document_graph", "slug"]

DEFAULT_BASE = "https://w3id.org/newskg/id/"
_DATATYPES = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}
_IRI_SAFE = re.compile(r"^[A-Za-z0-9._~-]{1,80}$")


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def slug(text: str, *, limit: int = 60) -> str:
    """A lower-case ASCII slug of ``text``; a hash where nothing ASCII is left."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    core = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if not core:
        return f"x-{_hash(text)}"
    if len(core) > limit:
        return f"{core[:limit].rstrip('-')}-{_hash(text)}"
    return core


class Minter:
    """Stable IRIs under a base: the same input always gives the same IRIs.

    >>> m = Minter("https://example.org/kg/")
    >>> m.document("dev 001")
    rdflib.term.URIRef('https://example.org/kg/doc/dev-001-6a2f1ea0')
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not re.match(r"^https?://[^\s<>\"{}|\\^`]+[/#]$", base):
            from kg.errors import InputError

            raise InputError(f"base IRI {base!r} must be an http(s) IRI ending in '/' or '#'")
        self.base = Namespace(base)

    def document_slug(self, doc_id: str) -> str:
        return doc_id if _IRI_SAFE.match(doc_id) else f"{slug(doc_id)}-{_hash(doc_id)}"

    def document(self, doc_id: str) -> URIRef:
        return self.base[f"doc/{self.document_slug(doc_id)}"]

    def named_graph(self, doc_id: str) -> URIRef:
        return self.base[f"graph/{self.document_slug(doc_id)}"]

    def entity(self, entity: Entity, doc_id: str) -> URIRef:
        kind = entity.cls.lower()
        if entity.cls == "Agreement":  # agreement names are not unique across articles
            return self.base[f"{kind}/{self.document_slug(doc_id)}-{slug(entity.name)}"]
        return self.base[f"{kind}/{slug(entity.name)}"]

    def event(self, event: Event, doc_id: str) -> URIRef:
        roles = sorted((r, tuple(sorted(v))) for r, v in event.roles.items())
        digest = _hash(f"{event.kind}|{event.start}|{event.end}|{event.trigger}|{roles}")
        return self.base[f"event/{self.document_slug(doc_id)}-{digest}"]


def bind_prefixes(graph: Graph, base: str = DEFAULT_BASE) -> Graph:
    """Bind the prefixes our graphs use, for readable Turtle."""
    graph.bind("kg", KG._NS)
    for kind in ("person", "organization", "country", "location", "agreement", "event", "doc", "graph"):
        graph.bind(kind, Namespace(f"{base}{kind}/"))
    graph.bind("rdfs", RDFS)
    graph.bind("skos", SKOS)
    graph.bind("prov", PROV)
    graph.bind("xsd", XSD)
    return graph


def _text(value: str) -> Literal:
    """A string literal safe for any serialisation: no lone surrogates or NULs."""
    cleaned = value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")
    return Literal(cleaned)


def document_graph(
    document: Document,
    extraction: Extraction,
    *,
    minter: Minter | None = None,
    min_confidence: float = 0.0,
    labels: dict[URIRef, str] | None = None,
) -> Graph:
    """The RDF of one document: the document, its entities, events and relations.

    ``labels`` carries canonical labels across the documents of a build: an
    entity already labelled keeps its label and gets this one as an alias.
    """
    minter = minter or Minter()
    labels = labels if labels is not None else {}
    g = bind_prefixes(Graph(), str(minter.base))
    doc_iri = minter.document(document.id)
    g.add((doc_iri, RDF.type, KG.Document))
    g.add((doc_iri, KG.documentId, _text(document.id)))
    if document.source:
        g.add((doc_iri, KG.source, _text(document.source)))
    if document.published:
        g.add((doc_iri, KG.published, Literal(document.published.isoformat(), datatype=XSD.date)))
    if document.title:
        g.add((doc_iri, KG.headline, _text(document.title)))

    used = _used_entities(extraction)
    iris = {key: minter.entity(extraction.entities[key], document.id) for key in used}
    for key in used:
        entity = extraction.entities[key]
        iri = iris[key]
        label = labels.setdefault(iri, entity.name)
        g.add((iri, RDF.type, getattr(KG, entity.cls)))
        g.add((iri, RDFS.label, _text(label)))
        for alias in sorted(entity.aliases | {entity.name}):
            if alias != label:
                g.add((iri, SKOS.altLabel, _text(alias)))
        for role in sorted(entity.roles):
            g.add((iri, KG.role, _text(role)))
        for other in sorted(entity.affiliations):
            if other in iris:
                g.add((iri, KG.affiliation, iris[other]))
        g.add((iri, KG.mentionedIn, doc_iri))

    specs = {spec.name: spec for spec in relation_specs()}
    for event in extraction.events:
        spec = specs[event.relation]
        ev = minter.event(event, document.id)
        g.add((ev, RDF.type, getattr(KG, event.kind)))
        for role, keys in event.roles.items():
            for key in keys:
                g.add((ev, getattr(KG, role), iris[key]))
        if event.place and event.place in iris:
            g.add((ev, KG.place, iris[event.place]))
        if event.date_text:
            g.add((ev, KG.dateText, _text(event.date_text)))
        if event.date:
            value, kind = event.date
            g.add((ev, KG.date, Literal(value, datatype=_DATATYPES[kind])))
        g.add((ev, KG.evidence, _text(event.evidence)))
        g.add((ev, KG.startOffset, Literal(event.start)))
        g.add((ev, KG.endOffset, Literal(event.end)))
        g.add((ev, KG.trigger, _text(event.trigger)))
        g.add((ev, KG.confidence, Literal(f"{event.confidence:.2f}", datatype=XSD.decimal)))
        g.add((ev, KG.status, Literal(event.status)))
        g.add((ev, PROV.wasDerivedFrom, doc_iri))
        if event.status == "asserted" and event.confidence >= min_confidence:
            predicate = getattr(KG, spec.predicate)
            for a, b in event.pairs(spec):
                g.add((iris[a], predicate, iris[b]))
    return g


def _used_entities(extraction: Extraction) -> list[str]:
    """Entities worth a resource: those events refer to, people, and countries and
    organizations the gazetteer knows; their affiliations too. Other names the
    statistical model found on its own stay out unless an event needs them."""
    keys: dict[str, None] = {}
    for event in extraction.events:
        for values in event.roles.values():
            keys.update(dict.fromkeys(values))
        if event.place:
            keys[event.place] = None
    for key, entity in extraction.entities.items():
        if entity.cls == "Person" or entity.ids:
            keys[key] = None
    for key in list(keys):
        keys.update(dict.fromkeys(a for a in extraction.entities[key].affiliations if a in extraction.entities))
    return sorted(keys)
