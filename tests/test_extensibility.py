"""Adding a trigger word or a relation type is a change to data files plus the ontology.

Each test copies the package's data into a temporary folder, edits the copy,
and points ``KG_DATA_DIR`` at it (kg/resources.py), as a user would. The loaders
cache what they read, so the fixture empties those caches before and after.
A relation type added so is extracted, validated and scored, and also linked
across documents, exported into its documents' named graphs, drawn on the page
and given to networkx, like the package's own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import RDF, RDFS, Graph, URIRef

import kg.evaluate
import kg.extract
import kg.extract.rules
import kg.rdf
import kg.relations
import kg.validate
from kg.errors import InputError
from kg.export import document_dataset, export
from kg.namespace import KG
from kg.neighbourhood import neighbourhood
from kg.query import query
from kg.relations import PALETTE, registry
from kg.resources import DATA_DIR_VARIABLE, data_file, ontology_file
from kg.viz import to_html, to_networkx

# A relation type the package does not have: a person visited a country or place.
VISITED = {
    "name": "visited",
    "event": "Visit",
    "predicate": "visited",
    "symmetric": False,
    "subject_role": "visitor",
    "object_role": "destination",
    "subject_classes": ["Person"],
    "object_classes": ["Country", "Location"],
    "verbs": ["visit", "tour"],
    "object_deps": ["dobj"],
    "confidence": 0.8,
}
VISIT_TERMS = """
kg:Visit a owl:Class ; rdfs:subClassOf kg:Event ;
    rdfs:label "visit"@en ; rdfs:comment "A person's visit to a country or place."@en .
kg:visited a owl:ObjectProperty ; rdfs:label "visited"@en ;
    rdfs:comment "The subject, a person, visited the object, a country or place."@en .
kg:visitor a owl:ObjectProperty ; rdfs:label "visitor"@en ; rdfs:comment "Who made a kg:Visit."@en .
kg:destination a owl:ObjectProperty ; rdfs:label "destination"@en ; rdfs:comment "Where a kg:Visit went."@en .
"""


def term(name: str) -> URIRef:
    return URIRef(str(KG) + name)  # KG itself refuses names it does not declare


def _clear_caches() -> None:
    """Forget what the loaders of these modules read (their functools caches)."""
    for module in (kg.extract.rules, kg.rdf, kg.relations, kg.validate, kg.evaluate):
        for value in vars(module).values():
            if (
                callable(value)
                and getattr(value, "__module__", None) == module.__name__
            ):
                clear = getattr(value, "cache_clear", None)
                if clear is not None:
                    clear()


class DataDir:
    """A folder of replacement data files, filled from copies of the package's own."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def relations(self) -> dict[str, Any]:
        path = self.folder / "relations.json"
        source = path if path.is_file() else data_file("relations.json")
        return json.loads(source.read_text(encoding="utf-8"))  # type: ignore[no-any-return]

    def write_relations(self, data: dict[str, Any]) -> None:
        (self.folder / "relations.json").write_text(
            json.dumps(data, indent=1), encoding="utf-8"
        )
        _clear_caches()

    def add_to_ontology(self, turtle: str) -> None:
        text = ontology_file("kg.ttl").read_text(encoding="utf-8")
        (self.folder / "kg.ttl").write_text(text + "\n" + turtle, encoding="utf-8")
        _clear_caches()

    def edit_shapes(self, old: str, new: str) -> None:
        text = ontology_file("shapes.ttl").read_text(encoding="utf-8")
        assert text.count(old) == 1, (
            f"shapes.ttl no longer lists the event classes as {old!r}: update this test"
        )
        (self.folder / "shapes.ttl").write_text(
            text.replace(old, new), encoding="utf-8"
        )
        _clear_caches()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DataDir]:
    folder = tmp_path / "my-data"
    folder.mkdir()
    _clear_caches()
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(folder))
    yield DataDir(folder)
    monkeypatch.delenv(DATA_DIR_VARIABLE)
    _clear_caches()


def pairs(graph: Graph, predicate: URIRef) -> set[tuple[str, str]]:
    return {
        (str(graph.value(s, RDFS.label)), str(graph.value(o, RDFS.label)))
        for s, o in graph.subject_objects(predicate)
    }


def test_the_package_data_is_used_when_the_folder_has_no_replacement(
    data_dir: DataDir,
) -> None:
    assert data_file("relations.json").parent.name == "data"
    assert [spec.name for spec in kg.extract.relation_specs()] == [
        "signed",
        "met_with",
        "imposed_tariff_on",
    ]


@pytest.mark.model
def test_a_trigger_word_added_to_relations_json_makes_a_new_sentence_extract(
    build: Any, data_dir: DataDir
) -> None:
    text = "Chile and Peru notarized the Andes Water Accord in Lima."
    assert (
        pairs(build(text), KG.signed) == set()
    )  # "notarize" is no trigger word of the package

    relations = data_dir.relations()
    signed = next(spec for spec in relations["relations"] if spec["name"] == "signed")
    signed["verbs"].append("notarize")
    data_dir.write_relations(relations)

    assert pairs(build(text), KG.signed) == {
        ("Chile", "Andes Water Accord"),
        ("Peru", "Andes Water Accord"),
    }


@pytest.mark.model
def test_a_new_relation_type_is_an_entry_in_relations_json_plus_its_ontology_terms(
    build: Any, data_dir: DataDir, tmp_path: Path
) -> None:
    text = "Foreign Minister Ana Rojas visited Bolivia on Tuesday."
    relations = data_dir.relations()
    relations["relations"].append(VISITED)
    data_dir.write_relations(relations)
    data_dir.add_to_ontology(VISIT_TERMS)

    graph = build(text)
    assert pairs(graph, term("visited")) == {("Ana Rojas", "Bolivia")}
    (visit,) = graph.subjects(RDF.type, term("Visit"))
    assert {
        str(graph.value(o, RDFS.label)) for o in graph.objects(visit, term("visitor"))
    } == {"Ana Rojas"}
    assert (
        graph.value(visit, KG.trigger) is not None
        and graph.value(visit, KG.evidence) is not None
    )
    assert (
        kg.validate.undeclared_terms(graph) == set()
    )  # every term is in the (copied) ontology
    # the SHACL shapes name the event classes: the new one joins the list
    data_dir.edit_shapes(
        "( kg:Signing kg:Meeting kg:TariffImposition )",
        "( kg:Signing kg:Meeting kg:TariffImposition kg:Visit )",
    )
    report = kg.validate.validate(graph)
    assert report.conforms, report.text

    # kg eval scores the new type like the others
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "visit", "text": text,
        "entities": [{"name": "Ana Rojas", "type": "Person", "aliases": ["Rojas"]},
                     {"name": "Bolivia", "type": "Country", "aliases": []}],
        "relations": [{"type": "visited", "subject": "Ana Rojas", "object": "Bolivia", "optional": False}],
    }) + "\n", encoding="utf-8")  # fmt: skip
    evaluation = kg.evaluate.evaluate_graphs(
        kg.evaluate.load_gold(gold), {"visit": graph}
    )
    assert "visited" in evaluation.relation_types
    assert (evaluation.counts("visited").tp, evaluation.counts().fp) == (1, 0)


@pytest.mark.model
def test_a_relation_type_whose_terms_the_ontology_lacks_is_refused_by_name(
    build: Any, data_dir: DataDir
) -> None:
    relations = data_dir.relations()
    relations["relations"].append(VISITED)
    data_dir.write_relations(relations)
    with pytest.raises(
        InputError, match="relations.json names kg:Visit, which the ontology"
    ):
        build("Foreign Minister Ana Rojas visited Bolivia on Tuesday.")


# --------------------------------------------------------------------------- beyond extraction


@pytest.fixture
def visits(data_dir: DataDir) -> DataDir:
    """The data folder with the relation type ``visited`` added: its entry and its ontology terms."""
    relations = data_dir.relations()
    relations["relations"].append(VISITED)
    data_dir.write_relations(relations)
    data_dir.add_to_ontology(VISIT_TERMS)
    return data_dir


def test_a_relation_type_added_as_data_is_in_the_relation_registry(
    visits: DataDir,
) -> None:
    visited = registry().get("visited")
    assert visited is not None and visited.name == "visited"
    assert (visited.predicate, visited.event, visited.roles) == (
        term("visited"),
        term("Visit"),
        (term("visitor"), term("destination")),
    )
    assert (visited.label, visited.symmetric) == (
        "visited",
        False,
    )  # the label is the ontology's
    assert visited.color == PALETTE[0]  # its entry names no colour
    assert [r.color for r in registry()][:3] == ["#c0392b", "#2e6da4", "#d4820f"]


def test_a_relation_type_whose_role_the_ontology_lacks_is_not_registered(
    data_dir: DataDir,
) -> None:
    relations = data_dir.relations()
    relations["relations"].append(VISITED)
    data_dir.write_relations(relations)
    data_dir.add_to_ontology(VISIT_TERMS.replace("kg:destination", "kg:whereTo"))
    with pytest.raises(InputError, match="names kg:destination, which the ontology"):
        registry()


VISIT_NEWS = {  # two reports of one visit, and a document that names the visitor only
    "visit-a": "Foreign Minister Ana Rojas visited Bolivia on 3 March 2025.",
    "visit-b": "Ana Rojas visited Bolivia on March 3, 2025, her office said.",
    "remarks": "Foreign Minister Ana Rojas spoke to reporters in Lima on Friday.",
}


@pytest.fixture
def visit_graph(nlp: Any, visits: DataDir) -> Graph:
    """The linked graph of :data:`VISIT_NEWS`, built with ``visited`` added as data."""
    from kg.build import GraphBuilder

    builder = GraphBuilder(nlp=nlp)
    for doc_id, text in VISIT_NEWS.items():
        builder.add(text, doc_id=doc_id, published="2025-03-04")
    return builder.graph


@pytest.mark.model
def test_reports_of_one_visit_in_two_documents_are_linked_as_one_event(
    visit_graph: Graph,
) -> None:
    (visit,) = visit_graph.subjects(RDF.type, term("Visit"))
    assert int(visit_graph.value(visit, KG.mentionCount)) == 2  # type: ignore[arg-type]
    (record,) = visit_graph.subjects(KG.mergedResource, visit)
    assert {
        str(d).rsplit("/", 1)[-1] for d in visit_graph.objects(record, KG.mergedFrom)
    } == {
        "visit-a",
        "visit-b",
    }


@pytest.mark.model
def test_a_visit_is_exported_into_the_named_graph_of_the_document_that_reports_it(
    visit_graph: Graph,
) -> None:
    graphs = {
        str(g.identifier).rsplit("/", 1)[-1]: g
        for g in document_dataset(visit_graph).graphs()
    }
    visitor = {"visit-a", "visit-b", "remarks"}  # every document names Ana Rojas
    assert {name for name, g in graphs.items() if pairs(g, KG.mentionedIn)} >= visitor
    # the statement goes where its event is: the merged visit's primary report
    assert {
        name for name, g in graphs.items() if (None, term("visited"), None) in g
    } == {"visit-a"}


@pytest.mark.model
def test_a_visit_is_an_edge_in_networkx_with_the_event_behind_it(
    visit_graph: Graph,
) -> None:
    net = to_networkx(visit_graph)
    edges = [
        (net.nodes[u]["label"], net.nodes[v]["label"], data)
        for u, v, key, data in net.edges(keys=True, data=True)
        if key == "visited"
    ]
    assert [(u, v) for u, v, _ in edges] == [("Ana Rojas", "Bolivia")]
    ((*_, data),) = edges
    (event,) = data["events"]
    assert event["mentions"] == 2 and event["date"] == "2025-03-03"


@pytest.mark.model
def test_a_visit_is_drawn_on_the_page_with_its_legend_entry(
    visit_graph: Graph,
) -> None:
    page = to_html(visit_graph)
    data = json.loads(page.split('id="kg-data">', 1)[1].split("</script>", 1)[0])
    assert data["relations"]["visited"] == {
        "label": "visited",
        "color": PALETTE[0],
        "arrows": True,
        "glyph": "→",
        "symmetric": False,
    }
    (edge,) = [e for e in data["edges"] if e["relation"] == "visited"]
    labels = {n["id"]: n["label"] for n in data["nodes"]}
    assert (labels[edge["from"]], labels[edge["to"]], edge["weight"]) == (
        "Ana Rojas",
        "Bolivia",
        2,
    )


@pytest.mark.model
def test_a_visit_has_its_evidence_row_in_the_saved_queries_and_the_csv_export(
    visit_graph: Graph,
) -> None:
    (row,) = query(visit_graph, "evidence", p="visited").records()
    assert [str(row[c]) for c in ("subject_label", "object_label", "event_type")] == [
        "Ana Rojas",
        "Bolivia",
        "Visit",
    ]
    assert str(row["evidence"]).startswith("Foreign Minister Ana Rojas visited Bolivia")
    assert "Ana Rojas,visited,https" in str(export(visit_graph, None, "csv"))
    (dated,) = query(visit_graph, "timeline", entity="Bolivia").records()
    assert str(dated["event_type"]) == "Visit"
    merged = query(visit_graph, "merges").records()
    (visit,) = (r for r in merged if str(r["label"]) == "Visit")
    assert sorted(str(visit["document_ids"]).split(", ")) == ["visit-a", "visit-b"]


@pytest.mark.model
def test_a_visit_is_in_the_neighbourhood_kg_viz_draws_from_a_store(
    visit_graph: Graph,
) -> None:
    around = neighbourhood(visit_graph, "Bolivia")
    assert pairs(around, term("visited")) == {("Ana Rojas", "Bolivia")}
    (visit,) = around.subjects(RDF.type, term("Visit"))
    assert around.value(visit, KG.evidence) is not None
