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
import unicodedata
from functools import cache
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, XSD

from kg.extract import Entity, Event, Extraction, relation_specs
from kg.gazetteer import Country, default_gazetteer
from kg.namespace import KG
from kg.read import Document
from kg.resources import ontology_file

__all__ = ["DEFAULT_BASE", "WIKIDATA", "Minter", "bind_prefixes", "document_graph", "ontology_term", "slug"]

DEFAULT_BASE = "https://w3id.org/newskg/id/"
#: Wikidata entities, the target of ``owl:sameAs`` for countries and organizations.
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
_DATATYPES = {"date": XSD.date, "gYearMonth": XSD.gYearMonth, "gYear": XSD.gYear}
_IRI_SAFE = re.compile(r"^[A-Za-z0-9._~-]{1,80}$")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})  # d’Ivoire is d'Ivoire


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def slug(text: str, *, limit: int = 60) -> str:
    """A lower-case ASCII slug of ``text``; a hash where nothing ASCII is left."""
    folded = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES)).encode("ascii", "ignore").decode("ascii").lower()
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
    rdflib.term.URIRef('https://example.org/kg/doc/dev-001-1f742d6c')
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
        """The entity's IRI: shared by every document that uses the same full name and class.

        Names that may mean different things in different articles stay in
        their document: agreements, a person known only by one name ("Singh"),
        an organization known only by an acronym the gazetteer does not have.

        >>> m = Minter("https://example.org/kg/")
        >>> m.entity(Entity("k", "Person", "Rajnath Singh"), "a") == m.entity(Entity("k", "Person", "Rajnath Singh"), "b")
        True
        >>> m.entity(Entity("k", "Person", "Singh"), "a")
        rdflib.term.URIRef('https://example.org/kg/person/a-singh')
        """
        kind = entity.cls.lower()
        if _document_scoped(entity):
            return self.base[f"{kind}/{self.document_slug(doc_id)}-{slug(entity.name)}"]
        return self.base[f"{kind}/{slug(entity.name)}"]

    def event(self, event: Event, doc_id: str) -> URIRef:
        return self.base[f"event/{self.document_slug(doc_id)}-{_event_digest(event)}"]

    def mention(self, event: Event, doc_id: str) -> URIRef:
        """The IRI of one report of an event: it keeps the document's slug after events merge."""
        return self.base[f"mention/{self.document_slug(doc_id)}-{_event_digest(event)}"]


def _event_digest(event: Event) -> str:
    roles = sorted((r, tuple(sorted(v))) for r, v in event.roles.items())
    return _hash(f"{event.kind}|{event.start}|{event.end}|{event.trigger}|{roles}")


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
    for kind in ("person", "organization", "country", "location", "agreement", "event", "mention", "merge", "doc", "graph"):
        graph.bind(kind, Namespace(f"{base}{kind}/"))
    graph.bind("rdf", RDF)
    graph.bind("rdfs", RDFS)
    graph.bind("skos", SKOS)
    graph.bind("prov", PROV)
    graph.bind("xsd", XSD)
    graph.bind("owl", OWL)
    graph.bind("wd", WIKIDATA)
    return graph


def _text(value: str) -> Literal:
    """A string literal safe for any serialisation: no lone surrogates or NULs."""
    cleaned = value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")
    return Literal(cleaned)


@cache
def _declared_names() -> frozenset[str]:
    """Local names of the kg: terms that the ontology file (``kg.ttl``, or its replacement) describes."""
    ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    namespace = str(KG)
    return frozenset(
        str(s)[len(namespace):] for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(namespace)
    )


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
    from kg.errors import InputError

    raise InputError(f"relations.json names kg:{name}, which the ontology (kg.ttl) does not declare")


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
    # A plain triple store (no contexts, no default prefixes): several times cheaper per triple added.
    g = bind_prefixes(Graph(store="SimpleMemory", bind_namespaces="none"), str(minter.base))
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
        _identifiers(g, iri, entity)

    specs = {spec.name: spec for spec in relation_specs()}
    for event in extraction.events:
        spec = specs[event.relation]
        ev = minter.event(event, document.id)
        g.add((ev, RDF.type, ontology_term(event.kind)))
        for role, keys in event.roles.items():
            for key in keys:
                g.add((ev, ontology_term(role), iris[key]))
        if event.place and event.place in iris:
            g.add((ev, KG.place, iris[event.place]))
        mention = minter.mention(event, document.id)
        for node in (ev, mention):  # the event keeps its primary report's evidence; here its only one
            if event.date_text:
                g.add((node, KG.dateText, _text(event.date_text)))
            if event.date:
                value, kind = event.date
                g.add((node, KG.date, Literal(value, datatype=_DATATYPES[kind])))
            g.add((node, KG.evidence, _text(event.evidence)))
            g.add((node, KG.startOffset, Literal(event.start)))
            g.add((node, KG.endOffset, Literal(event.end)))
            g.add((node, KG.trigger, _text(event.trigger)))
            g.add((node, KG.confidence, Literal(f"{event.confidence:.2f}", datatype=XSD.decimal)))
            g.add((node, PROV.wasDerivedFrom, doc_iri))
        g.add((mention, RDF.type, KG.Mention))
        g.add((ev, KG.mention, mention))
        g.add((ev, KG.mentionCount, Literal(1)))
        g.add((ev, KG.status, Literal(event.status)))
        if event.status == "asserted" and event.confidence >= min_confidence:
            predicate = ontology_term(spec.predicate)
            for a, b in event.pairs(spec):
                g.add((iris[a], predicate, iris[b]))
    return g


def _identifiers(g: Graph, iri: URIRef, entity: Entity) -> None:
    """ISO 3166-1 codes and Wikidata links of the countries and organizations the gazetteer knows."""
    key = entity.ids.get("key")
    known = default_gazetteer().entity(key) if key else None
    if known is None:
        return
    if isinstance(known, Country):
        g.add((iri, KG.iso3166Alpha2, Literal(known.iso2)))
        g.add((iri, KG.iso3166Alpha3, Literal(known.iso3)))
    if known.wikidata:
        g.add((iri, OWL.sameAs, WIKIDATA[known.wikidata]))


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
