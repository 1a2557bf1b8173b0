"""The ontology (ontology/kg.ttl) and its shapes (ontology/shapes.ttl) as files."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SH, SKOS, VANN
from rdflib.term import Node

from kg.namespace import KG, ONTOLOGY_IRI
from kg.resources import ontology_file
from kg.validate import declared_terms, undeclared_terms

# Plain namespaces: pytest looks up odd attributes on module globals, and rdflib's
# closed namespaces for these two warn about every name they do not know.
SDO = Namespace("https://schema.org/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

DOCS = Path(__file__).resolve().parent.parent / "docs"

TERMS = sorted(KG.__annotations__)
CLASSES = [
    "Entity", "Person", "Organization", "Country", "Location", "Agreement",
    "Document", "Event", "Signing", "Meeting", "TariffImposition", "Mention", "MergeRecord",
]  # fmt: skip
OBJECT_PROPERTIES = [
    "signed", "metWith", "imposedTariffOn", "party", "participant", "imposer",
    "target", "agreement", "place", "affiliation", "mentionedIn", "mention",
    "mergedResource", "mergedFrom",
]  # fmt: skip
DATATYPE_PROPERTIES = [
    "date", "dateText", "evidence", "startOffset", "endOffset", "confidence",
    "status", "trigger", "role", "documentId", "source", "published", "headline",
    "mentionCount", "iso3166Alpha2", "iso3166Alpha3", "mergeReason", "mergeKey",
]  # fmt: skip
ACTOR = {KG.Person, KG.Organization, KG.Country}
REPORT = {
    KG.Event,
    KG.Mention,
}  # properties of a report, on the event and on each mention


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def union_members(graph: Graph, node: Node | None) -> set[Node | None]:
    """The named classes or datatypes of an owl:unionOf, or the node itself."""
    members = graph.value(node, OWL.unionOf)
    return {node} if members is None else set(Collection(graph, members))


# --- Syntax ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl"])
def test_file_parses_with_rdflib_and_with_oxigraphs_strict_parser(name: str) -> None:
    path = ontology_file(name)
    strict = list(pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(strict) == len(Graph().parse(path, format="turtle")) > 0


# --- Terms ----------------------------------------------------------------------------


def test_the_term_lists_of_this_test_cover_the_namespace() -> None:
    assert sorted(CLASSES + OBJECT_PROPERTIES + DATATYPE_PROPERTIES) == TERMS


def test_kg_ttl_describes_exactly_the_terms_of_the_python_namespace(
    ontology: Graph,
) -> None:
    described = {
        s
        for s in ontology.subjects()
        if isinstance(s, URIRef) and s.startswith(str(KG))
    }
    assert described == {getattr(KG, name) for name in TERMS}
    assert declared_terms() == described


@pytest.mark.parametrize(
    ("names", "kind"),
    [
        (CLASSES, OWL.Class),
        (OBJECT_PROPERTIES, OWL.ObjectProperty),
        (DATATYPE_PROPERTIES, OWL.DatatypeProperty),
    ],
)
def test_each_term_has_its_kind(
    ontology: Graph, names: list[str], kind: URIRef
) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for name in names:
        assert set(ontology.objects(getattr(KG, name), RDF.type)) & kinds == {kind}, (
            name
        )


@pytest.mark.parametrize("name", TERMS)
def test_each_term_has_one_english_label_and_comment_and_is_defined_by_the_ontology(
    ontology: Graph, name: str
) -> None:
    term = getattr(KG, name)
    labels = list(ontology.objects(term, RDFS.label))
    comments = list(ontology.objects(term, RDFS.comment))
    assert len(labels) == 1 and len(comments) == 1
    assert all(
        isinstance(text, Literal) and text.language == "en"
        for text in labels + comments
    )
    assert list(ontology.objects(term, RDFS.isDefinedBy)) == [ONTOLOGY_IRI]


@pytest.mark.parametrize("name", OBJECT_PROPERTIES + DATATYPE_PROPERTIES)
def test_each_property_has_one_domain_and_one_range(ontology: Graph, name: str) -> None:
    assert len(list(ontology.objects(getattr(KG, name), RDFS.domain))) == 1
    assert len(list(ontology.objects(getattr(KG, name), RDFS.range))) == 1


# --- Meaning --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sub", "sup"),
    [
        (KG.Person, KG.Entity),
        (KG.Organization, KG.Entity),
        (KG.Country, KG.Entity),
        (KG.Location, KG.Entity),
        (KG.Agreement, KG.Entity),
        (KG.Signing, KG.Event),
        (KG.Meeting, KG.Event),
        (KG.TariffImposition, KG.Event),
        (KG.Person, SDO.Person),
        (KG.Person, FOAF.Person),
        (KG.Organization, SDO.Organization),
        (KG.Country, SDO.Country),
        (KG.Location, SDO.Place),
        (KG.Document, PROV.Entity),
        (KG.Document, FOAF.Document),
        (KG.Event, PROV.Entity),  # prov:wasDerivedFrom links entities, not activities
        (KG.Event, SDO.Event),
    ],
)
def test_class_hierarchy_and_alignment(
    ontology: Graph, sub: URIRef, sup: URIRef
) -> None:
    assert (sub, RDFS.subClassOf, sup) in ontology


@pytest.mark.parametrize(
    ("term", "predicate", "other"),
    [
        (KG.party, RDFS.subPropertyOf, SDO.participant),
        (KG.participant, RDFS.subPropertyOf, SDO.participant),
        (KG.place, RDFS.subPropertyOf, SDO.location),
        (KG.role, RDFS.subPropertyOf, SDO.jobTitle),
        (KG.documentId, RDFS.subPropertyOf, DCTERMS.identifier),
        (KG.published, RDFS.subPropertyOf, DCTERMS.issued),
        (KG.headline, RDFS.subPropertyOf, SDO.headline),
        (KG.mentionedIn, OWL.inverseOf, SDO.mentions),
        (KG.Document, SKOS.closeMatch, SDO.NewsArticle),
        (KG.date, SKOS.closeMatch, SDO.startDate),
        (KG.affiliation, SKOS.closeMatch, SDO.affiliation),
    ],
)
def test_property_alignment(
    ontology: Graph, term: URIRef, predicate: URIRef, other: URIRef
) -> None:
    assert (term, predicate, other) in ontology


def test_no_equivalence_is_claimed_with_outside_terms(ontology: Graph) -> None:
    for predicate in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs):
        assert not list(ontology.triples((None, predicate, None)))


@pytest.mark.parametrize(
    ("name", "domain", "range_"),
    [
        ("signed", ACTOR, {KG.Agreement}),
        ("metWith", ACTOR, ACTOR),
        (
            "imposedTariffOn",
            ACTOR,
            {KG.Country, KG.Organization},
        ),  # a customs union (the EU) is an organization
        ("party", {KG.Signing}, ACTOR),
        ("participant", {KG.Meeting}, ACTOR),
        ("imposer", {KG.TariffImposition}, ACTOR),
        ("target", {KG.TariffImposition}, {KG.Country, KG.Organization}),
        ("agreement", {KG.Signing}, {KG.Agreement}),
        ("place", {KG.Event}, {KG.Location, KG.Country}),
        ("affiliation", {KG.Person}, {KG.Organization, KG.Country}),
        ("mentionedIn", {KG.Entity}, {KG.Document}),
        ("date", REPORT, {XSD.date, XSD.gYearMonth, XSD.gYear}),
        ("dateText", REPORT, {XSD.string}),
        ("evidence", REPORT, {XSD.string}),
        ("startOffset", REPORT, {XSD.integer}),
        ("endOffset", REPORT, {XSD.integer}),
        ("confidence", REPORT, {XSD.decimal}),
        ("status", {KG.Event}, {XSD.string}),
        ("trigger", REPORT, {XSD.string}),
        ("role", {KG.Person}, {XSD.string}),
        ("documentId", {KG.Document}, {XSD.string}),
        ("source", {KG.Document}, {XSD.string}),
        ("published", {KG.Document}, {XSD.date, XSD.dateTime}),
        ("headline", {KG.Document}, {XSD.string}),
        ("mention", {KG.Event}, {KG.Mention}),
        ("mentionCount", {KG.Event}, {XSD.integer}),
        ("iso3166Alpha2", {KG.Country}, {XSD.string}),
        ("iso3166Alpha3", {KG.Country}, {XSD.string}),
        ("mergedResource", {KG.MergeRecord}, {KG.Entity, KG.Event}),
        ("mergedFrom", {KG.MergeRecord}, {KG.Document}),
        ("mergeReason", {KG.MergeRecord}, {XSD.string}),
        ("mergeKey", {KG.MergeRecord}, {XSD.string}),
    ],
)
def test_domain_and_range(
    ontology: Graph, name: str, domain: set[URIRef], range_: set[URIRef]
) -> None:
    assert (
        union_members(ontology, ontology.value(getattr(KG, name), RDFS.domain))
        == domain
    )
    assert (
        union_members(ontology, ontology.value(getattr(KG, name), RDFS.range)) == range_
    )


def test_met_with_is_symmetric(ontology: Graph) -> None:
    assert (KG.metWith, RDF.type, OWL.SymmetricProperty) in ontology


@pytest.mark.parametrize(
    "members",
    [
        {KG.Person, KG.Organization, KG.Country, KG.Location, KG.Agreement},
        {KG.Entity, KG.Document, KG.Event, KG.Mention, KG.MergeRecord},
        {KG.Signing, KG.Meeting, KG.TariffImposition},
    ],
)
def test_disjoint_classes(ontology: Graph, members: set[URIRef]) -> None:
    groups = [set(Collection(ontology, m)) for m in ontology.objects(None, OWL.members)]
    assert members in groups


# --- Header ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicate", "expected"),
    [
        (RDF.type, OWL.Ontology),
        (OWL.versionInfo, Literal("0.1.0")),
        (OWL.versionIRI, URIRef(f"{ONTOLOGY_IRI}/0.1.0")),
        (DCTERMS.license, URIRef("https://opensource.org/licenses/MIT")),
        (VANN.preferredNamespacePrefix, Literal("kg")),
        (VANN.preferredNamespaceUri, Literal(str(KG))),
    ],
)
def test_header_values(ontology: Graph, predicate: URIRef, expected: object) -> None:
    assert list(ontology.objects(ONTOLOGY_IRI, predicate)) == [expected]


@pytest.mark.parametrize(
    ("predicate", "datatype"),
    [(DCTERMS.title, None), (DCTERMS.description, None), (DCTERMS.created, XSD.date)],
)
def test_header_texts(
    ontology: Graph, predicate: URIRef, datatype: URIRef | None
) -> None:
    (value,) = ontology.objects(ONTOLOGY_IRI, predicate)
    assert (
        isinstance(value, Literal) and str(value).strip() and value.datatype == datatype
    )


# --- Shapes and docs agree with the ontology ------------------------------------------


def test_shapes_use_only_declared_terms(shapes: Graph) -> None:
    assert undeclared_terms(shapes) == set()


def test_shapes_target_the_classes_with_rules(shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    assert targeted == {
        KG.Entity, KG.Person, KG.Country, KG.Document, KG.Event, KG.Signing, KG.Meeting, KG.TariffImposition,
        KG.Mention, KG.MergeRecord,
    }  # fmt: skip


def test_graph_model_examples_parse_and_use_only_declared_terms() -> None:
    text = (DOCS / "graph-model.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```turtle\n(.*?)```", text, flags=re.DOTALL)
    assert blocks
    examples = Graph().parse(data="\n".join(blocks), format="turtle")
    assert undeclared_terms(examples) == set()


@pytest.mark.parametrize("name", TERMS)
def test_ontology_doc_mentions_each_term(name: str) -> None:
    assert f"`kg:{name}`" in (DOCS / "ontology.md").read_text(encoding="utf-8")
