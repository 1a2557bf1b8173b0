"""Every export format: what each file holds, and that it reads back with the usual tools."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from smallgraph import SMALL, dataset, graph  # noqa: F401  (fixtures)

from kg.cli import EXPORT_FORMATS
from kg.errors import ExportError
from kg.export import FORMATS, document_dataset, export, format_for, jsonld_context
from kg.query import load_graph, query

ID = "https://w3id.org/newskg/id/"
DOCUMENTS = {"harbour-talks", "tariff-note", "hostile"}
EVE = ID + "person/eve-script-alert-kg-script-o-brien"
RELATIONS = (
    8  # 2 signed, 4 metWith (both directions of two meetings), 2 imposedTariffOn
)
AFFILIATIONS = 4  # people and the country they act for: edges of the entity network too

pytestmark = pytest.mark.filterwarnings(
    r"ignore:(Dataset\.\w+|ConjunctiveGraph) is deprecated:DeprecationWarning"
)


def named_graphs(dataset: Dataset) -> dict[str, Graph]:
    return {
        str(g.identifier): g
        for g in dataset.graphs()
        if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)
    }


def written(graph: Graph, tmp_path: Path, fmt: str) -> Path:
    path = export(graph, tmp_path / f"graph{FORMATS[fmt].extension}")
    assert isinstance(path, Path) and path.stat().st_size > 0
    return path


def test_the_command_offers_every_format() -> None:
    assert tuple(FORMATS) == EXPORT_FORMATS


@pytest.mark.parametrize(
    ("fmt", "rdflib_format", "oxigraph_format"),
    [
        ("ttl", "turtle", pyoxigraph.RdfFormat.TURTLE),
        ("nt", "nt", pyoxigraph.RdfFormat.N_TRIPLES),
        ("jsonld", "json-ld", pyoxigraph.RdfFormat.JSON_LD),
        ("trig", "trig", pyoxigraph.RdfFormat.TRIG),
        ("nq", "nquads", pyoxigraph.RdfFormat.N_QUADS),
    ],
)
def test_rdf_formats_read_back_as_the_same_triples(
    graph: Graph,
    tmp_path: Path,
    fmt: str,
    rdflib_format: str,
    oxigraph_format: pyoxigraph.RdfFormat,
) -> None:
    path = written(graph, tmp_path, fmt)
    back = Dataset().parse(path, format=rdflib_format)
    union = Graph()
    for s, p, o, _ in back.quads():
        union.add((s, p, o))
    assert isomorphic(union, graph)
    assert len(
        {
            (q.subject, q.predicate, q.object)
            for q in pyoxigraph.parse(path=str(path), format=oxigraph_format)
        }
    ) == len(graph)


def test_jsonld_uses_our_context_and_round_trips(graph: Graph, tmp_path: Path) -> None:
    document = json.loads(
        written(graph, tmp_path, "jsonld").read_text(encoding="utf-8")
    )
    assert document["@context"] == jsonld_context()
    nodes = {node["@id"]: node for node in document["@graph"]}
    india = nodes["country:india"]
    assert (india["type"], india["label"], india["signed"]) == (
        "Country",
        "India",
        "agreement:harbour-talks-framework-agreement",
    )
    assert isomorphic(Graph().parse(data=json.dumps(document), format="json-ld"), graph)


def test_jsonld_follows_a_graph_minted_under_another_base() -> None:
    graph = Graph()
    graph.bind("id", "https://example.org/kg/")
    graph.add(
        (
            URIRef("https://example.org/kg/country/chile"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            URIRef("https://example.org/kg/country/peru"),
        )
    )
    document = json.loads(str(export(graph, None, "jsonld")))
    assert document["@context"]["country"] == "https://example.org/kg/country/"
    assert isomorphic(Graph().parse(data=json.dumps(document), format="json-ld"), graph)


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_quads_put_each_document_in_its_own_graph(
    graph: Graph, dataset: Dataset, tmp_path: Path, fmt: str
) -> None:
    """From a plain graph, the split by document is the one the hand-written TriG makes."""
    back = load_graph(written(graph, tmp_path, fmt))
    assert isinstance(back, Dataset)
    found, expected = named_graphs(back), named_graphs(dataset)
    assert set(found) == {f"{ID}graph/{slug}" for slug in DOCUMENTS} == set(expected)
    for name, named in found.items():
        assert isomorphic(named, expected[name]), name
    assert len(back.graph(DATASET_DEFAULT_GRAPH_ID)) == 0


def test_a_dataset_with_named_graphs_is_written_as_it_is(dataset: Dataset) -> None:
    assert document_dataset(dataset) is dataset


@pytest.mark.parametrize(
    ("fmt", "read"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)]
)
def test_graphml_and_gexf_hold_the_entity_network(
    graph: Graph, tmp_path: Path, fmt: str, read: object
) -> None:
    net = read(written(graph, tmp_path, fmt))  # type: ignore[operator]
    assert net.number_of_edges() == RELATIONS + AFFILIATIONS
    affiliated = {
        (u, v)
        for u, v, attributes in net.edges(data=True)
        if attributes["relation"] == "affiliation"
    }
    assert (
        ID + "person/dale-harmon",
        ID + "country/united-states",
    ) in affiliated and len(affiliated) == AFFILIATIONS
    labels = {node: attributes["label"] for node, attributes in net.nodes(data=True)}
    assert labels[ID + "country/india"] == "India"
    assert (
        labels[EVE] == "Eve \"<script>alert('kg')</script>\" O\\Brien"
    )  # markup kept as text
    tariffs = {
        (u, v)
        for u, v, attributes in net.edges(data=True)
        if attributes["relation"] == "imposedTariffOn"
    }
    assert tariffs == {
        (ID + "person/dale-harmon", ID + "country/india"),
        (ID + "person/dale-harmon", ID + "country/brazil"),
    }
    kl = [
        a
        for u, v, a in net.edges(data=True)
        if (u, v) == (ID + "person/mara-lindqvist", ID + "person/arjun-mehra")
    ]
    assert [(a["relation"], a["date"], a["place"], a["document"]) for a in kl] == [
        ("metWith", "2025-10-30", "Colombo", "harbour-talks"),
    ]


def test_csv_has_a_row_per_relation_with_its_provenance(
    graph: Graph, tmp_path: Path
) -> None:
    text = written(graph, tmp_path, "csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == RELATIONS
    assert list(rows[0]) == list(query(graph, "evidence").vars)
    brazil = next(r for r in rows if r["object"] == ID + "country/brazil")
    assert {
        k: brazil[k]
        for k in (
            "subject_label",
            "relation",
            "event_type",
            "date",
            "start",
            "end",
            "document_id",
            "source",
        )
    } == {
        "subject_label": "Dale Harmon",
        "relation": "imposedTariffOn",
        "event_type": "TariffImposition",
        "date": "2025-07",
        "start": "50",
        "end": "104",
        "document_id": "tariff-note",
        "source": "https://example.org/news/tariff-note",
    }
    eve = next(r for r in rows if r["subject"] == EVE)
    assert (
        eve["evidence"]
        == 'Eve "<script>alert(\'kg\')</script>" O\\Brien met Mehra, "quietly";\tthen left'
    )


def test_a_store_folder_exports_its_document_graphs(
    dataset: Dataset, tmp_path: Path
) -> None:
    from kg.store import open_store

    folder = tmp_path / "store"
    with open_store(folder) as store:
        for name, named in named_graphs(dataset).items():
            store.put_document(
                name.rsplit("/", 1)[-1], "sha256:0", named, graph_iri=URIRef(name)
            )
    back = load_graph(export(folder, tmp_path / "graph.trig"))
    found, expected = named_graphs(back), named_graphs(dataset)  # type: ignore[arg-type]
    assert set(found) == set(expected)
    assert all(isomorphic(found[name], expected[name]) for name in expected)


@pytest.mark.parametrize(
    ("path", "fmt", "expected"),
    [
        ("out/graph.ttl", None, "ttl"),
        ("out/graph.NQ", None, "nq"),
        (None, "turtle", "ttl"),
        (None, "nquads", "nq"),
        ("out/graph.txt", "gexf", "gexf"),
    ],
)
def test_the_format_comes_from_its_name_or_the_extension(
    path: str | None, fmt: str | None, expected: str
) -> None:
    assert format_for(path, fmt) == expected


@pytest.mark.parametrize(
    ("path", "fmt", "message"),
    [
        ("graph.xlsx", None, r"\.graphml \(graphml\)"),
        (None, None, "name one"),
        ("graph.ttl", "rdfxml", "choose one of: ttl"),
    ],
)
def test_an_unknown_format_lists_the_formats(
    graph: Graph, path: str | None, fmt: str | None, message: str
) -> None:
    with pytest.raises(ExportError, match=message):
        export(graph, path, fmt)


# --- the commands ---------------------------------------------------------------------------


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONWARNINGS": "ignore::DeprecationWarning"},
    )


def test_kg_export_writes_the_format_of_the_extension(
    graph: Graph, tmp_path: Path
) -> None:
    out = tmp_path / "graph.gexf"
    result = kg("export", str(SMALL), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert nx.read_gexf(out).number_of_edges() == RELATIONS + AFFILIATIONS
    to_stdout = kg("export", str(SMALL), "--format", "nt")
    assert isomorphic(Graph().parse(data=to_stdout.stdout, format="nt"), graph)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", str(SMALL), "-o", "graph.docx"], "cannot tell the export format"),
        (["export", "missing.ttl", "-f", "nt"], "no graph file"),
        (["export", str(SMALL)], "name one"),
    ],
)
def test_kg_export_refuses_what_it_cannot_do(args: list[str], message: str) -> None:
    result = kg(*args)
    assert (
        result.returncode == 2
        and message in result.stderr
        and "Traceback" not in result.stderr
    )


def test_kg_query_prints_json_and_csv_results(tmp_path: Path) -> None:
    as_json = kg(
        "query",
        str(SMALL),
        "tariffs-on",
        "--param",
        "country=India",
        "--format",
        "json",
    )
    assert as_json.returncode == 0, as_json.stderr
    (row,) = json.loads(as_json.stdout)["results"]["bindings"]
    assert row["imposer"] == {"type": "uri", "value": ID + "person/dale-harmon"}
    as_csv = kg(
        "query",
        str(SMALL),
        "SELECT DISTINCT ?name WHERE { ?x kg:imposedTariffOn ?y ; rdfs:label ?name }",
        "-f",
        "csv",
    )
    assert as_csv.stdout.splitlines() == ["name", "Dale Harmon"]
    rq = tmp_path / "labels.rq"
    rq.write_text(
        "# The label of a thing.\n# param thing: iri, required. The thing.\n"
        "SELECT ?label ?thing WHERE { ?thing rdfs:label ?label }\n",
        encoding="utf-8",
    )
    table = kg("query", str(SMALL), str(rq), "-p", "thing=country:brazil")
    assert table.stdout.splitlines() == ["label", "------", "Brazil", "(1 row)"]


def test_kg_query_list_names_every_saved_query_and_its_parameters() -> None:
    result = kg("query", "--list")
    assert result.returncode == 0
    from kg.query import list_queries

    for saved in list_queries():
        assert f"{saved.name}: {saved.description}" in result.stdout
        for parameter in saved.parameters:
            assert f"--param {parameter.name}=" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", str(SMALL)], "give a SOURCE and a QUERY"),
        (["query", str(SMALL), "meetings", "--param", "participant"], "NAME=VALUE"),
        (["query", str(SMALL), "meetings", "-p", "who=Mehra"], "no parameter 'who'"),
        (["query", str(SMALL), "entity"], "needs a value for 'entity'"),
        (["query", str(SMALL), "SELECT ?x WHERE {"], "not a SPARQL query"),
        (["query", str(SMALL), "who-met-whom"], "the saved queries are: agreements"),
        (["query", "missing.ttl", "meetings"], "no graph file"),
    ],
)
def test_kg_query_refuses_what_it_cannot_do(args: list[str], message: str) -> None:
    result = kg(*args)
    assert (
        result.returncode == 2
        and message in result.stderr
        and "Traceback" not in result.stderr
    )


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["nq", "graphml", "gexf", "csv"])
def test_kg_build_writes_every_export_format(tmp_path: Path, fmt: str) -> None:
    text = tmp_path / "note.txt"
    text.write_text(
        "Norland and Vesta signed a fisheries accord in Port Alder on Monday.\n",
        encoding="utf-8",
    )
    result = kg(
        "build",
        str(text),
        "--out",
        str(tmp_path / "out"),
        "--format",
        fmt,
        "--no-html",
        "--quiet",
    )
    assert result.returncode == 0, result.stderr
    path = tmp_path / "out" / f"graph.{fmt}"
    if fmt == "nq":
        assert set(named_graphs(load_graph(path))) == {f"{ID}graph/note"}  # type: ignore[arg-type]
    elif fmt == "csv":
        assert next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))[:3] == [
            "subject",
            "subject_label",
            "relation",
        ]
    else:
        assert (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(
            path
        ).number_of_nodes() >= 1


@pytest.mark.parametrize(
    "hostile",
    [
        '=HYPERLINK("http://evil.example","x")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1,1)",
        "\t=1+1",
        "\r=1+1",
    ],
)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(
    graph: Graph, tmp_path: Path, hostile: str
) -> None:
    from rdflib import Literal

    from kg.namespace import KG

    changed = Graph()
    for s, p, o in graph:
        changed.add((s, p, Literal(hostile) if p in (KG.documentId, KG.source) else o))
    rows = list(
        csv.DictReader(
            io.StringIO(
                written(changed, tmp_path, "csv").read_bytes().decode(), newline=""
            )
        )
    )
    documents = [r for r in rows if r["document"]]
    assert {r["document_id"] for r in documents} == {"'" + hostile}
    assert {r["source"] for r in documents} == {
        "'" + hostile,
        "",
    }  # one document has no source
