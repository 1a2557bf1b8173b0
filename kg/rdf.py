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
'x-685e1518'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, MutableMapping
from functools import cache, lru_cache
from types import SimpleNamespace

from rdflib import (
    OWL,
    RDF,
    RDFS,
    SKOS,
    ConjunctiveGraph,
    Dataset,
    Graph,
    Literal,
    Namespace,
    URIRef,
)
from rdflib.namespace import PROV, XSD
from rdflib.term import Node

from kg.errors import InputError
from kg.extract import Entity, Event, Extraction, relation_specs
from kg.namespace import KG
from kg.read import Document
from kg.resources import ontology_file
from kg.text import short_hash, slug

__all__ = [
    "DEFAULT_BASE",
    "WIKIDATA",
    "Minter",
    "Triple",
    "bind_prefixes",
    "document_triples",
    "linked_graph",
    "ontology_term",
    "slug",
    "triples_graph",
]

DEFAULT_BASE = "https://w3id.org/newskg/id/"
#: One statement: subject, predicate, object.
Triple = tuple[URIRef, URIRef, Node]
#: Wikidata entities, the target of ``owl:sameAs`` for countries and organizations.
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
_DATATYPES = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}
#: The terms every document's triples use, looked up once (each look-up in a DefinedNamespace is a Python call).
_T = SimpleNamespace(
    type=RDF.type,
    label=RDFS.label,
    alt_label=SKOS.altLabel,
    same_as=OWL.sameAs,
    derived_from=PROV.wasDerivedFrom,
    decimal=XSD.decimal,
    date_type=XSD.date,
    **{
        name: KG[name]
        for name in (
            "Document",
            "Mention",
            "documentId",
            "source",
            "published",
            "headline",
            "role",
            "affiliation",
            "mentionedIn",
            "place",
            "evidence",
            "trigger",
            "startOffset",
            "endOffset",
            "confidence",
            "dateText",
            "date",
            "mention",
            "mentionCount",
            "status",
            "iso3166Alpha2",
            "iso3166Alpha3",
        )
    },
)
_IRI_ESCAPE = re.compile(r"[^A-Za-z0-9_-]")
_ESCAPED_LIMIT = 100


class Minter:
    """Stable IRIs under a base: the same input always gives the same IRIs.

    >>> m = Minter("https://example.org/kg/")
    >>> m.document("dev 001")
    rdflib.term.URIRef('https://example.org/kg/doc/dev.20001')
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not re.match(r"^https?://[^\s<>\"{}|\\^`]+[/#]$", base):
            raise InputError(
                f"base IRI {base!r} must be an http(s) IRI ending in '/' or '#'"
            )
        self.base = Namespace(base)

    def document_slug(self, doc_id: str) -> str:
        return _document_slug(doc_id)

    def document(self, doc_id: str) -> URIRef:
        return self.base[f"doc/{self.document_slug(doc_id)}"]

    def named_graph(self, doc_id: str) -> URIRef:
        return self.base[f"graph/{self.document_slug(doc_id)}"]

    def entity(self, entity: Entity, doc_id: str) -> URIRef:
        """The entity's IRI: shared by every document that uses the same full name and class.

        Names that may mean different things in different articles stay in
        their document: agreements, a person known only by one name ("Singh"),
        an organization known only by an acronym the gazetteer does not have.

        >>> m = Minter("https://example.org/kg/")
        >>> m.entity(Entity("k", "Person", "Rajnath Singh"), "a") == m.entity(Entity("k", "Person", "Rajnath Singh"), "b")
        True
        >>> m.entity(Entity("k", "Person", "Singh"), "a")
        rdflib.term.URIRef('https://example.org/kg/person/a.singh')
        """
        kind = entity.cls.lower()
        if _document_scoped(entity):
            return self.base[
                f"{kind}/{self.document_slug(doc_id)}.{slug(entity.name)}"
            ]  # no slug holds a "."
        return self.base[f"{kind}/{slug(entity.name)}"]

    def event_and_mention(self, event: Event, doc_id: str) -> tuple[URIRef, URIRef]:
        """The IRIs of an event and of its report in this document.

        The report's IRI keeps the document's slug after events of several documents merge.
        """
        name = f"{self.document_slug(doc_id)}-{_event_digest(event)}"
        return self.base[f"event/{name}"], self.base[f"mention/{name}"]


@lru_cache(maxsize=2**10)
def _document_slug(doc_id: str) -> str:
    """The id as it appears in IRIs: one id, one slug, and two ids never share one.

    Letters, digits, ``_`` and ``-`` stay as they are; any other character
    becomes ``.`` and the hex of each of its UTF-8 bytes (``.20`` for a space),
    so no slug holds a bare ``.`` and none ends in one. An id whose escaped form
    is longer than :data:`_ESCAPED_LIMIT` becomes a slug of it, ``.z`` and its
    full SHA-256 (``.z`` never occurs in an escaped id).

    >>> [_document_slug(i) for i in ("dev-001", "dev 001", "a.", "dev.20001")]
    ['dev-001', 'dev.20001', 'a.2e', 'dev.2e20001']
    """
    escaped = _IRI_ESCAPE.sub(_escape, doc_id)
    if len(escaped) <= _ESCAPED_LIMIT:
        return escaped
    digest = hashlib.sha256(doc_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{slug(doc_id, limit=40)}.z{digest}"


def _escape(match: re.Match[str]) -> str:
    return "".join(
        f".{byte:02x}" for byte in match.group().encode("utf-8", "surrogatepass")
    )


def _event_digest(event: Event) -> str:
    roles = sorted((r, tuple(sorted(v))) for r, v in event.roles.items())
    return short_hash(f"{event.kind}|{event.start}|{event.end}|{event.trigger}|{roles}")


def _document_scoped(entity: Entity) -> bool:
    """Whether the entity's name is too weak to join documents: see :meth:`Minter.entity`."""
    if entity.cls == "Agreement":  # agreement names are not unique across articles
        return True
    if entity.ids.get("key"):  # the gazetteer knows it: one resource everywhere
        return False
    words = re.findall(r"[^\W_]+", entity.name)
    if entity.cls == "Person":
        return len(words) < 2
    if entity.cls == "Organization":
        return len(words) == 1 and entity.name.isupper()
    return False


def bind_prefixes(graph: Graph, base: str = DEFAULT_BASE) -> Graph:
    """Bind the prefixes our graphs use, for readable Turtle."""
    graph.bind("kg", KG._NS)
    for kind in (
        "person",
        "organization",
        "country",
        "location",
        "agreement",
        "event",
        "mention",
        "merge",
        "doc",
        "graph",
    ):
        graph.bind(kind, Namespace(f"{base}{kind}/"))
    graph.bind("rdf", RDF)
    graph.bind("rdfs", RDFS)
    graph.bind("skos", SKOS)
    graph.bind("prov", PROV)
    graph.bind("xsd", XSD)
    graph.bind("owl", OWL)
    graph.bind("wd", WIKIDATA)
    return graph


@lru_cache(maxsize=2**16)
def _text(value: str) -> Literal:
    """A string literal safe for any serialisation: no lone surrogates or NULs (names repeat: kept a while)."""
    cleaned = value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")
    return Literal(cleaned)


@lru_cache(maxsize=2**12, typed=True)
def _typed(value: object, datatype: URIRef | None = None) -> Literal:
    """A literal of a number, date or word that recurs: offsets, confidences, statuses (kept a while)."""
    return Literal(value, datatype=datatype)


@cache
def _declared_names() -> frozenset[str]:
    """Local names of the kg: terms that the ontology file (``kg.ttl``, or its replacement) describes."""
    ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    namespace = str(KG)
    return frozenset(
        str(s)[len(namespace) :]
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, URIRef) and s.startswith(namespace)
    )


@cache
def ontology_term(name: str) -> URIRef:
    """The kg: term called ``name``: an event class, role or predicate named in ``relations.json``.

    Terms of :class:`~kg.namespace.KG` come first; a relation type added as data
    has its terms declared in the ontology file only, and is found there.

    >>> ontology_term("metWith")
    rdflib.term.URIRef('https://w3id.org/newskg/ontology#metWith')
    >>> ontology_term("visited")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: relations.json names kg:visited, which the ontology (kg.ttl) does not declare
    """
    if not name.startswith("_") and name in KG.__annotations__:
        return URIRef(getattr(KG, name))
    if name in _declared_names():
        return URIRef(str(KG) + name)
    raise InputError(
        f"relations.json names kg:{name}, which the ontology (kg.ttl) does not declare"
    )


def linked_graph(graph: Graph) -> Graph:
    """What ``graph`` says as one plain graph.

    A Dataset (TriG, N-Quads) whose default graph holds anything is read as its
    default graph, where ``kg build`` writes the linked graph beside each
    document's own named graph; one with named graphs only as their union.
    """
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    default = (
        graph.default_graph if isinstance(graph, Dataset) else graph.default_context
    )
    quads = ((s, p, o) for s, p, o, _ in graph.quads((None, None, None, None)))
    plain = Graph()
    for prefix, namespace in graph.namespaces():
        plain.bind(prefix, namespace)
    for triple in default if len(default) else quads:
        plain.add(triple)
    return plain


def triples_graph(triples: Iterable[Triple], base: str = DEFAULT_BASE) -> Graph:
    """``triples`` in a graph of their own, with our prefixes bound."""
    # A plain triple store (no contexts, no default prefixes): several times cheaper per triple added.
    graph = bind_prefixes(Graph(store="SimpleMemory", bind_namespaces="none"), base)
    add = graph.add
    for triple in triples:
        add(triple)
    return graph


def document_triples(
    document: Document,
    extraction: Extraction,
    *,
    minter: Minter | None = None,
    min_confidence: float = 0.0,
    labels: MutableMapping[URIRef, str] | None = None,
) -> list[Triple]:
    """The RDF of one document: the document, its entities, events and relations, each statement once.

    ``labels`` carries canonical labels across the documents of a build: an
    entity already labelled keeps its label and gets this one as an alias.
    Resources of this document only (agreements, people known by one name)
    are not added to it, so it grows with the entities, not the documents.
    """
    minter = minter or Minter()
    labels = labels if labels is not None else {}
    triples: list[Triple] = []
    add = triples.append
    doc_iri = minter.document(document.id)
    add((doc_iri, _T.type, _T.Document))
    add((doc_iri, _T.documentId, _text(document.id)))
    if document.source:
        add((doc_iri, _T.source, _text(document.source)))
    if document.published:
        add(
            (
                doc_iri,
                _T.published,
                _typed(document.published.isoformat(), _T.date_type),
            )
        )
    if document.title:
        add((doc_iri, _T.headline, _text(document.title)))

    used = _used_entities(extraction)
    iris = {key: minter.entity(extraction.entities[key], document.id) for key in used}
    own: dict[URIRef, str] = {}  # labels of this document's own resources
    for key in used:
        entity = extraction.entities[key]
        iri = iris[key]
        label = (own if _document_scoped(entity) else labels).setdefault(
            iri, entity.label
        )
        add((iri, _T.type, ontology_term(entity.cls)))
        add((iri, _T.label, _text(label)))
        for alias in sorted(entity.aliases | {entity.name}):
            if alias != label:
                add((iri, _T.alt_label, _text(alias)))
        for role in sorted(entity.roles):
            add((iri, _T.role, _text(role)))
        for other in sorted(entity.affiliations):
            if other in iris:
                add((iri, _T.affiliation, iris[other]))
        add((iri, _T.mentionedIn, doc_iri))
        triples += _identifiers(iri, entity)

    specs = {spec.name: spec for spec in relation_specs()}
    for event in extraction.events:
        spec = specs[event.relation]
        ev, mention = minter.event_and_mention(event, document.id)
        add((ev, _T.type, ontology_term(event.kind)))
        for role, keys in event.roles.items():
            for key in keys:
                add((ev, ontology_term(role), iris[key]))
        if event.place and event.place in iris:
            add((ev, _T.place, iris[event.place]))
        # The event keeps its primary report's evidence; here its only one.
        report = [
            (_T.evidence, _text(event.evidence)),
            (_T.trigger, _text(event.trigger)),
            (_T.startOffset, _typed(event.start)),
            (_T.endOffset, _typed(event.end)),
            (_T.confidence, _typed(f"{event.confidence:.2f}", _T.decimal)),
            (_T.derived_from, doc_iri),
        ]
        if event.date_text:
            report.append((_T.dateText, _text(event.date_text)))
        if event.date:
            value, kind = event.date
            report.append((_T.date, _typed(value, _DATATYPES[kind])))
        triples += [(node, p, o) for node in (ev, mention) for p, o in report]
        add((mention, _T.type, _T.Mention))
        add((ev, _T.mention, mention))
        add((ev, _T.mentionCount, _typed(1)))
        add((ev, _T.status, _typed(event.status)))
        if event.status == "asserted" and event.confidence >= min_confidence:
            predicate = ontology_term(spec.predicate)
            for a, b in event.pairs(spec):
                add((iris[a], predicate, iris[b]))
    return list(dict.fromkeys(triples))  # each statement once, in the order made


def _identifiers(iri: URIRef, entity: Entity) -> list[Triple]:
    """ISO 3166-1 codes and the Wikidata link of an entity the gazetteer knows, as extraction found them."""
    ids = entity.ids
    found: list[Triple] = []
    if "iso2" in ids:
        found += [
            (iri, _T.iso3166Alpha2, _typed(ids["iso2"])),
            (iri, _T.iso3166Alpha3, _typed(ids["iso3"])),
        ]
    if "wikidata" in ids:
        found.append((iri, _T.same_as, WIKIDATA[ids["wikidata"]]))
    return found


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
        keys.update(
            dict.fromkeys(
                a
                for a in extraction.entities[key].affiliations
                if a in extraction.entities
            )
        )
    return sorted(keys)
