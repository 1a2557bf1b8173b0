"""kg.validate: graphs that follow docs/graph-model.md conform; broken ones say why."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, SKOS
from rdflib.paths import MulPath
from rdflib.paths import Path as RDFPath

from kg.namespace import KG
from kg.validate import ValidationReport, Violation, _shapes, undeclared_terms, validate

CONFORMING = Path(__file__).resolve().parent / "data" / "conforming-graph.ttl"

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # see the note in test_ontology.py
ID = "https://w3id.org/newskg/id/"
DOC, PERSON, COUNTRY, LOCATION, AGREEMENT, EVENT = (
    Namespace(f"{ID}{kind}/")
    for kind in ("doc", "person", "country", "location", "agreement", "event")
)
NAMESPACES = {
    "kg": Namespace(str(KG)), "rdfs": RDFS, "xsd": XSD, "prov": PROV, "doc": DOC, "person": PERSON,
    "country": COUNTRY, "location": LOCATION, "agreement": AGREEMENT, "event": EVENT,
}  # fmt: skip

ADA, BO = PERSON["ada-moreno"], PERSON["bo-lindqvist"]
SIGNING, MEETING, TARIFFS, THREAT = (EVENT[f"briefing-{n}"] for n in range(1, 5))


def conforming_graph() -> Graph:
    return Graph().parse(CONFORMING, format="turtle")


def found(report: ValidationReport) -> set[tuple[object, object, str]]:
    return {(v.focus, v.path, v.component) for v in report.violations}


# --- Conforming graphs ----------------------------------------------------------------


@pytest.mark.parametrize(
    "parser", ["turtle", "ox-turtle"]
)  # ox-turtle types plain strings as xsd:string
def test_a_graph_that_follows_the_graph_model_conforms(parser: str) -> None:
    report = validate(Graph().parse(CONFORMING, format=parser))
    assert report.violations == ()
    assert report.conforms
    assert "Conforms: True" in report.text


def test_the_conforming_graph_uses_only_declared_terms() -> None:
    assert undeclared_terms(conforming_graph()) == set()


def test_validation_leaves_the_graph_unchanged() -> None:
    graph = conforming_graph()
    graph.add((ADA, RDFS.label, Literal("Ada")))  # something to report
    before = Graph()
    for triple in graph:
        before.add(triple)
    assert not validate(graph).conforms
    assert isomorphic(graph, before)


# --- Broken graphs --------------------------------------------------------------------

BROKEN = [
    pytest.param(
        'INSERT DATA { person:ada-moreno rdfs:label "A. Moreno" }',
        (ADA, RDFS.label, "MaxCountConstraintComponent"),
        id="entity-with-two-labels",
    ),
    pytest.param(
        'DELETE DATA { person:bo-lindqvist rdfs:label "Bo Lindqvist"@en } ; '
        "INSERT DATA { person:bo-lindqvist rdfs:label 42 }",
        (BO, RDFS.label, "NodeConstraintComponent"),
        id="label-that-is-not-a-string",
    ),
    pytest.param(
        "INSERT DATA { person:ada-moreno a kg:Country }",
        (ADA, RDF.type, "QualifiedMaxCountConstraintComponent"),
        id="entity-of-two-kinds",
    ),
    pytest.param(
        "INSERT DATA { person:ada-moreno kg:affiliation location:port-eden }",
        (ADA, KG.affiliation, "OrConstraintComponent"),
        id="affiliation-with-a-place",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-2 kg:participant person:bo-lindqvist }",
        (MEETING, KG.participant, "MinCountConstraintComponent"),
        id="meeting-with-one-participant",
    ),
    pytest.param(
        "INSERT DATA { event:briefing-2 kg:participant agreement:briefing-port-accord }",
        (MEETING, KG.participant, "NodeConstraintComponent"),
        id="agreement-taking-part-in-a-meeting",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-1 kg:agreement agreement:briefing-port-accord }",
        (SIGNING, KG.agreement, "MinCountConstraintComponent"),
        id="signing-without-agreement",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-1 kg:agreement agreement:briefing-port-accord } ; "
        "INSERT DATA { event:briefing-1 kg:agreement country:sudland }",
        (SIGNING, KG.agreement, "ClassConstraintComponent"),
        id="signing-of-something-that-is-not-an-agreement",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-1 kg:party country:norland }",
        (SIGNING, KG.party, "MinCountConstraintComponent"),
        id="signing-without-party",
    ),
    pytest.param(
        "INSERT DATA { event:briefing-3 kg:imposer person:ada-moreno }",
        (TARIFFS, KG.imposer, "MaxCountConstraintComponent"),
        id="tariffs-with-two-imposers",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-4 kg:target country:sudland } ; "
        "INSERT DATA { event:briefing-4 kg:target location:port-eden }",
        (THREAT, KG.target, "OrConstraintComponent"),
        id="tariff-target-that-is-not-a-country-or-customs-union",
    ),
    pytest.param(
        "INSERT DATA { event:briefing-2 kg:party country:norland }",
        (MEETING, None, "ClassConstraintComponent"),
        id="party-of-a-meeting",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-1 kg:confidence 0.9 } ; INSERT DATA { event:briefing-1 kg:confidence 1.5 }",
        (SIGNING, KG.confidence, "MaxInclusiveConstraintComponent"),
        id="confidence-above-one",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-1 kg:confidence 0.9 } ; "
        'INSERT DATA { event:briefing-1 kg:confidence "0.9"^^xsd:double }',
        (SIGNING, KG.confidence, "DatatypeConstraintComponent"),
        id="confidence-as-a-float",  # rdflib types a Python float as xsd:double
    ),
    pytest.param(
        "DELETE DATA { event:briefing-1 kg:confidence 0.9 }",
        (SIGNING, KG.confidence, "MinCountConstraintComponent"),
        id="event-without-confidence",
    ),
    pytest.param(
        'DELETE DATA { event:briefing-4 kg:status "hypothetical" } ; '
        'INSERT DATA { event:briefing-4 kg:status "rumoured" }',
        (THREAT, KG.status, "PatternConstraintComponent"),
        id="unknown-status",
    ),
    pytest.param(
        'INSERT DATA { event:briefing-4 kg:status "planned" }',
        (THREAT, KG.status, "MaxCountConstraintComponent"),
        id="two-statuses",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-1 kg:startOffset 0 } ; INSERT DATA { event:briefing-1 kg:startOffset 31 }",
        (SIGNING, KG.startOffset, "LessThanOrEqualsConstraintComponent"),
        id="offsets-reversed",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-1 kg:startOffset 0 } ; INSERT DATA { event:briefing-1 kg:startOffset -1 }",
        (SIGNING, KG.startOffset, "MinInclusiveConstraintComponent"),
        id="negative-offset",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-1 kg:endOffset 30 } ; "
        'INSERT DATA { event:briefing-1 kg:endOffset "30" }',
        (SIGNING, KG.endOffset, "DatatypeConstraintComponent"),
        id="offset-as-a-string",
    ),
    pytest.param(
        'DELETE DATA { event:briefing-2 kg:evidence "Moreno met Bo Lindqvist in Port Eden" }',
        (MEETING, KG.evidence, "MinCountConstraintComponent"),
        id="event-without-evidence",
    ),
    pytest.param(
        'INSERT DATA { event:briefing-4 kg:date "Thursday" }',
        (THREAT, KG.date, "OrConstraintComponent"),
        id="date-that-is-not-a-date",
    ),
    pytest.param(
        'INSERT DATA { event:briefing-4 kg:date "2031-02-30"^^xsd:date }',
        (THREAT, KG.date, "OrConstraintComponent"),
        id="ill-formed-date",
    ),
    pytest.param(
        'INSERT DATA { event:briefing-4 kg:date "2031-03-13T10:00:00"^^xsd:dateTime }',
        (THREAT, KG.date, "OrConstraintComponent"),
        id="date-with-a-time",
    ),
    pytest.param(
        "INSERT DATA { event:briefing-2 kg:place agreement:briefing-port-accord }",
        (MEETING, KG.place, "MaxCountConstraintComponent"),
        id="two-places",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-3 prov:wasDerivedFrom doc:briefing }",
        (TARIFFS, PROV.wasDerivedFrom, "MinCountConstraintComponent"),
        id="event-without-provenance",
    ),
    pytest.param(
        "DELETE DATA { event:briefing-3 prov:wasDerivedFrom doc:briefing } ; "
        "INSERT DATA { event:briefing-3 prov:wasDerivedFrom country:norland }",
        (TARIFFS, PROV.wasDerivedFrom, "ClassConstraintComponent"),
        id="event-derived-from-something-that-is-not-a-document",
    ),
    pytest.param(
        "INSERT DATA { event:briefing-1 a kg:Meeting }",
        (SIGNING, RDF.type, "QualifiedMaxCountConstraintComponent"),
        id="event-of-two-kinds",
    ),
    pytest.param(
        'DELETE DATA { doc:briefing kg:documentId "briefing" }',
        (DOC.briefing, KG.documentId, "MinCountConstraintComponent"),
        id="document-without-id",
    ),
    pytest.param(
        'INSERT DATA { doc:briefing kg:documentId "briefing-2" }',
        (DOC.briefing, KG.documentId, "MaxCountConstraintComponent"),
        id="document-with-two-ids",
    ),
    pytest.param(
        "INSERT DATA { location:port-eden kg:signed agreement:briefing-port-accord }",
        (LOCATION["port-eden"], None, "NodeConstraintComponent"),
        id="a-place-signed",
    ),
    pytest.param(
        "INSERT DATA { country:norland kg:signed country:sudland }",
        (COUNTRY.norland, KG.signed, "ClassConstraintComponent"),
        id="signed-something-that-is-not-an-agreement",
    ),
    pytest.param(
        "INSERT DATA { country:sudland kg:signed agreement:briefing-port-accord }",
        (COUNTRY.sudland, KG.signed, "SPARQLConstraintComponent"),
        id="signed-without-a-signing",
    ),
    pytest.param(
        "INSERT DATA { country:norland kg:imposedTariffOn country:sudland }",
        (COUNTRY.norland, KG.imposedTariffOn, "SPARQLConstraintComponent"),
        id="tariffs-from-an-event-that-is-only-hypothetical",
    ),
    pytest.param(
        "INSERT DATA { country:sudland kg:imposedTariffOn person:ada-moreno }",
        (COUNTRY.sudland, KG.imposedTariffOn, "OrConstraintComponent"),
        id="tariffs-on-a-person",
    ),
    pytest.param(
        "DELETE DATA { person:bo-lindqvist kg:metWith person:ada-moreno }",
        (ADA, ~KG.metWith, "EqualsConstraintComponent"),
        id="met-with-in-one-direction-only",
    ),
    pytest.param(
        "INSERT DATA { person:ada-moreno kg:metWith location:port-eden . "
        "location:port-eden kg:metWith person:ada-moreno }",
        (LOCATION["port-eden"], None, "NodeConstraintComponent"),
        id="met-with-a-place",
    ),
    pytest.param(
        'DELETE DATA { event:briefing-2 kg:status "asserted" } ; INSERT DATA { event:briefing-2 kg:status "planned" }',
        (ADA, KG.metWith, "SPARQLConstraintComponent"),
        id="met-with-from-a-planned-meeting",
    ),
]


@pytest.mark.parametrize(("update", "expected"), BROKEN)
def test_a_broken_graph_fails_with_the_expected_violation(
    update: str, expected: tuple[URIRef, URIRef | RDFPath | None, str]
) -> None:
    graph = conforming_graph()
    graph.update(update, initNs=NAMESPACES)
    report = validate(graph)
    assert not report.conforms
    assert expected in found(report)
    assert all(v.message and v.severity == "Violation" for v in report.violations)


@pytest.mark.parametrize(
    "update",
    [
        pytest.param("", id="conforming"),
        *(pytest.param(case.values[0], id=case.id) for case in BROKEN),
    ],
)
def test_our_evaluator_finds_exactly_what_pyshacl_finds(update: str) -> None:
    graph = conforming_graph()
    if update:
        graph.update(update, initNs=NAMESPACES)
    ours, theirs = (
        validate(graph),
        validate(graph, shapes=_shapes()),
    )  # given shapes go to pySHACL
    assert ours.violations == theirs.violations
    assert ours.conforms == theirs.conforms


def test_a_number_in_a_sparql_constraints_report_is_as_the_graph_writes_it() -> None:
    """Oxigraph, which runs our SPARQL constraints, keeps "1.0"^^xsd:decimal as "1"; the report
    gives the value as written, as pySHACL does (a case the random graphs below once found)."""
    graph = conforming_graph()
    written = Literal("1.0", datatype=URIRef(XSD.decimal))
    graph.add((COUNTRY.sudland, KG.imposedTariffOn, written))
    ours = validate(graph).violations
    assert ours == validate(graph, shapes=_shapes()).violations
    sparql = [v for v in ours if v.component == "SPARQLConstraintComponent"]
    assert [(str(v.value), "1.0 has no" in v.message) for v in sparql] == [
        ("1.0", True)
    ]


@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_our_evaluator_agrees_with_pyshacl_on_graphs_broken_at_random(
    data: st.DataObject,
) -> None:
    """Triples dropped, and objects moved to other triples, anywhere in the conforming graph."""
    triples = sorted(conforming_graph(), key=str)
    dropped = data.draw(st.sets(st.integers(0, len(triples) - 1), max_size=12))
    moved = data.draw(
        st.lists(
            st.tuples(
                st.integers(0, len(triples) - 1), st.integers(0, len(triples) - 1)
            ),
            max_size=6,
        )
    )
    graph = Graph()
    for i, triple in enumerate(triples):
        if i not in dropped:
            graph.add(triple)
    for target, source in moved:
        s, p, _ = triples[target]
        graph.add((s, p, triples[source][2]))
    assert validate(graph).violations == validate(graph, shapes=_shapes()).violations


# --- The report -----------------------------------------------------------------------


def test_a_violation_carries_the_value_and_the_shapes_message() -> None:
    graph = conforming_graph()
    graph.set((MEETING, KG.confidence, Literal(Decimal("1.01"))))
    assert validate(graph).violations == (
        Violation(
            focus=MEETING,
            path=KG.confidence,
            message="An event has exactly one kg:confidence, an xsd:decimal from 0 to 1.",
            severity="Violation",
            component="MaxInclusiveConstraintComponent",
            value=Literal(Decimal("1.01")),
        ),
    )


@pytest.mark.parametrize(
    ("shacl_path", "rdflib_path"),
    [
        ("kg:participant", KG.participant),
        ("( kg:participant skos:altLabel )", KG.participant / SKOS.altLabel),
        ("[ sh:inversePath kg:participant ]", ~KG.participant),
        (
            "[ sh:alternativePath ( kg:participant kg:place ) ]",
            KG.participant | KG.place,
        ),
        ("[ sh:oneOrMorePath kg:participant ]", MulPath(KG.participant, "+")),
        ("[ sh:zeroOrMorePath kg:place ]", MulPath(KG.place, "*")),
        ("[ sh:zeroOrOnePath kg:place ]", MulPath(KG.place, "?")),
    ],
)
def test_other_shapes_can_be_given_and_their_paths_come_back_as_rdflib_paths(
    shacl_path: str, rdflib_path: URIRef | RDFPath
) -> None:
    shapes = Graph().parse(
        format="turtle",
        data=f"""
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix kg: <https://w3id.org/newskg/ontology#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            [] a sh:NodeShape ; sh:targetClass kg:Meeting, kg:Person ;
               sh:property [ sh:path {shacl_path} ; sh:maxCount 0 ; sh:message "found one" ] .
        """,
    )
    violations = validate(conforming_graph(), shapes=shapes).violations
    assert violations
    assert {(v.path, v.message) for v in violations} == {(rdflib_path, "found one")}


# --- Undeclared terms -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("triple", "undeclared"),
    [
        ((ADA, KG.metWith, BO), set()),
        ((ADA, URIRef(f"{KG}knows"), BO), {URIRef(f"{KG}knows")}),
        ((ADA, RDF.type, URIRef(f"{KG}Minister")), {URIRef(f"{KG}Minister")}),
        (
            (URIRef(f"{KG}Minister"), RDFS.subClassOf, KG.Person),
            {URIRef(f"{KG}Minister")},
        ),
        ((ADA, SKOS.related, URIRef(f"{KG}nobody")), {URIRef(f"{KG}nobody")}),
        (
            (ADA, URIRef("https://example.org/knows"), BO),
            set(),
        ),  # other namespaces are not ours to check
    ],
)
def test_undeclared_terms(
    triple: tuple[URIRef, URIRef, URIRef], undeclared: set[URIRef]
) -> None:
    graph = Graph()
    graph.add(triple)
    assert undeclared_terms(graph) == undeclared


# --- Graph files from elsewhere ---------------------------------------------------------

_RDF_XML = (
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
    '<rdf:Description rdf:about="http://example.org/a"><ex:p>{}</ex:p></rdf:Description></rdf:RDF>\n'
)
_LAUGHS = "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
)  # each 10 of the one before
#: XML graph files that declare entities, each with the entity its refusal names.
ENTITY_FILES = [
    (
        "laughs.rdf",
        '<!DOCTYPE rdf:RDF [<!ENTITY lol0 "lol">'
        + _LAUGHS
        + "]>"
        + _RDF_XML.format("&lol9;"),
        "lol0",
    ),
    (
        "one.owl",
        '<!DOCTYPE rdf:RDF [<!ENTITY x "harmless">]>' + _RDF_XML.format("&x;"),
        "x",
    ),
    (
        "external.rdf",
        '<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + _RDF_XML.format("&x;"),
        "x",
    ),
    (
        "parameter.xml",
        "<!DOCTYPE rdf:RDF [<!ENTITY % p \"&#60;!ENTITY y 'y'>\"> %p;]>"
        + _RDF_XML.format("z"),
        "p",
    ),
    (
        "graph.trix",
        '<!DOCTYPE TriX [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        '<TriX xmlns="http://www.w3.org/2004/03/trix/trix-1/"><graph><triple><uri>http://example.org/a</uri>'
        "<uri>http://example.org/p</uri><plainLiteral>&b;</plainLiteral></triple></graph></TriX>",
        "a",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "entity"), ENTITY_FILES, ids=[name for name, _, _ in ENTITY_FILES]
)
def test_an_xml_graph_file_that_declares_entities_is_refused_before_parsing(
    tmp_path: Path, name: str, text: str, entity: str
) -> None:
    import subprocess
    import sys

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert len(path.read_bytes()) < 2_000
    extra = {"export": ["-f", "ttl"], "query": ["ASK {}"], "serve": ["--port", "0"]}
    for command in ("validate", "viz", "export", "query", "serve"):
        args = [str(path), *extra.get(command, [])]
        # the time limit only stops the test hanging on a parser that expands (85 s of CPU before the fix)
        result = subprocess.run(
            [sys.executable, "-m", "kg.cli", command, *args],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2
        assert result.stderr.strip() == (
            f"kg {command}: error: {str(path)!r} declares the XML entity {entity!r}; graph files "
            "that declare entities are refused (they can expand without bound): remove the "
            "entity declarations from its DOCTYPE"
        )


def test_xml_graph_files_without_entities_are_read_and_big_ones_refused(
    tmp_path: Path,
) -> None:
    from kg.errors import InputError
    from kg.query import load_graph
    from kg.rdfguard import check_rdf_file

    plain = tmp_path / "plain.rdf"
    plain.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF>' + _RDF_XML.format("&amp; &#65;"),
        encoding="utf-8",
    )
    assert [str(o) for o in load_graph(plain).objects()] == ["& A"]
    check_rdf_file(plain, max_xml_bytes=plain.stat().st_size)
    with pytest.raises(
        InputError,
        match="over the limit of 100 bytes for XML graph files; convert it to N-Triples",
    ):
        check_rdf_file(plain, max_xml_bytes=100)
    turtle = tmp_path / "big.ttl"
    turtle.write_text(
        "<http://example.org/a> <http://example.org/p> 1 .\n" * 10, encoding="utf-8"
    )
    check_rdf_file(
        turtle, max_xml_bytes=100
    )  # no limit on the formats that expand nothing
