"""Saved and ad hoc SPARQL: what each saved query finds, how values are bound, how results are written."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS, XSD
from rdflib.plugins.sparql.results.jsonresults import JSONResult
from rdflib.term import Node
from smallgraph import SMALL, dataset, graph  # noqa: F401  (fixtures)

from kg.errors import InputError, QueryError
from kg.namespace import KG
from kg.query import (
    RESULT_FORMATS,
    QueryResult,
    SavedQuery,
    list_queries,
    load_graph,
    load_query,
    prefixes,
    query,
    to_node,
)

SAVED = [
    "agreements",
    "countries-linked",
    "entity",
    "evidence",
    "meetings",
    "merges",
    "tariffs-on",
    "timeline",
]
EVE = "person:eve-script-alert-kg-script-o-brien"
INJECTION = '"} ; DROP ALL #'

# rdflib's own TriG parser and Dataset still call what rdflib 7 deprecates.
pytestmark = pytest.mark.filterwarnings(
    r"ignore:(Dataset\.\w+|ConjunctiveGraph) is deprecated:DeprecationWarning"
)


def short(term: Node | None) -> str | None:
    """A term as the tables below write it: IRIs with our prefixes, literals as their text."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        for prefix, namespace in sorted(
            prefixes().items(), key=lambda item: -len(item[1])
        ):
            if term.startswith(namespace):
                return f"{prefix}:{term[len(namespace) :]}"
    return str(term)


def columns(result: QueryResult, *names: str) -> list[tuple[str | None, ...]]:
    return [tuple(short(record[name]) for name in names) for record in result.records()]


# --- what the saved queries find ---------------------------------------------------------------

KL_MEETING = (
    "2025-10-30",
    "person:arjun-mehra",
    "person:mara-lindqvist",
    "location:colombo",
    "doc:harbour-talks",
)
EVE_MEETING = ("2025", "person:arjun-mehra", EVE, "country:brazil", "doc:hostile")
TARIFF_INDIA = ("country:india", "person:dale-harmon", "2025-08-27", "doc:tariff-note")
TARIFF_BRAZIL = ("country:brazil", "person:dale-harmon", "2025-07", "doc:tariff-note")
SIGNED = [
    (
        "country:india",
        "signed",
        "agreement:harbour-talks-framework-agreement",
        "event:harbour-talks-1",
        "24",
        "99",
        "doc:harbour-talks",
    ),
    (
        "country:united-states",
        "signed",
        "agreement:harbour-talks-framework-agreement",
        "event:harbour-talks-1",
        "24",
        "99",
        "doc:harbour-talks",
    ),
]
EVIDENCE = ("subject", "relation", "object", "event", "start", "end", "document")

CASES: list[
    tuple[str, dict[str, str], tuple[str, ...], list[tuple[str | None, ...]]]
] = [
    (
        "agreements",
        {},
        ("agreement", "party", "date", "document"),
        [
            (
                "agreement:harbour-talks-framework-agreement",
                "country:india",
                "2025-10-31",
                "doc:harbour-talks",
            ),
            (
                "agreement:harbour-talks-framework-agreement",
                "country:united-states",
                "2025-10-31",
                "doc:harbour-talks",
            ),
            (
                "agreement:hostile-trade-deal",
                None,
                None,
                "doc:hostile",
            ),  # planned only: no party
        ],
    ),
    (
        "meetings",
        {},
        ("date", "person1", "person2", "place", "document"),
        [EVE_MEETING, KL_MEETING],
    ),
    (
        "meetings",
        {"participant": "LINDQVIST"},
        ("date", "person1", "person2", "place", "document"),
        [KL_MEETING],
    ),
    (
        "meetings",
        {"participant": EVE},
        ("date", "person1", "person2", "place", "document"),
        [EVE_MEETING],
    ),
    ("meetings", {"participant": "Dale Harmon"}, ("date",), []),
    (
        "tariffs-on",
        {},
        ("target", "imposer", "date", "document"),
        [TARIFF_BRAZIL, TARIFF_INDIA],
    ),
    (
        "tariffs-on",
        {"country": "India"},
        ("target", "imposer", "date", "document"),
        [TARIFF_INDIA],
    ),
    (
        "tariffs-on",
        {"country": "new delhi"},
        ("target", "imposer", "date", "document"),
        [TARIFF_INDIA],
    ),
    (
        "tariffs-on",
        {"country": "country:brazil"},
        ("target", "imposer", "date", "document"),
        [TARIFF_BRAZIL],
    ),
    (
        "tariffs-on",
        {"country": "https://w3id.org/newskg/id/country/brazil"},
        ("target",),
        [("country:brazil",)],
    ),
    (
        "tariffs-on",
        {"country": "United States"},
        ("target",),
        [],
    ),  # India's tariffs are negated
    (
        "entity",
        {"entity": "colombo"},
        ("subject", "property", "object"),
        [
            ("event:harbour-talks-2", "kg:place", "location:colombo"),
            ("location:colombo", "rdf:type", "kg:Location"),
            ("location:colombo", "rdfs:label", "Colombo"),
            ("location:colombo", "kg:mentionedIn", "doc:harbour-talks"),
        ],
    ),
    (
        "entity",
        {"entity": "agreement:hostile-trade-deal"},
        ("subject", "property", "object"),
        [
            ("agreement:hostile-trade-deal", "rdf:type", "kg:Agreement"),
            ("agreement:hostile-trade-deal", "rdfs:label", 'trade deal "phase one"'),
            ("agreement:hostile-trade-deal", "kg:mentionedIn", "doc:hostile"),
            ("event:hostile-2", "kg:agreement", "agreement:hostile-trade-deal"),
        ],
    ),
    (
        "evidence",
        {"s": "harmon", "p": "imposedTariffOn"},
        EVIDENCE,
        [
            (
                "person:dale-harmon",
                "imposedTariffOn",
                "country:brazil",
                "event:tariff-note-2",
                "50",
                "104",
                "doc:tariff-note",
            ),
            (
                "person:dale-harmon",
                "imposedTariffOn",
                "country:india",
                "event:tariff-note-1",
                "0",
                "48",
                "doc:tariff-note",
            ),
        ],
    ),
    ("evidence", {"p": "kg:signed"}, EVIDENCE, SIGNED),
    ("evidence", {"o": "Pact"}, EVIDENCE, SIGNED),
    (
        "evidence",
        {"s": "mehra", "o": EVE},
        ("subject", "object", "event", "evidence"),
        [
            (
                "person:arjun-mehra",
                EVE,
                "event:hostile-1",
                'Eve "<script>alert(\'kg\')</script>" O\\Brien met Mehra, "quietly";\tthen left',
            ),
        ],
    ),
    (
        "timeline",
        {},
        ("date", "event_type", "status", "event"),
        [
            ("2025", "Meeting", "asserted", "event:hostile-1"),
            ("2025-07", "TariffImposition", "asserted", "event:tariff-note-2"),
            ("2025-08-27", "TariffImposition", "asserted", "event:tariff-note-1"),
            ("2025-10-30", "Meeting", "asserted", "event:harbour-talks-2"),
            ("2025-10-31", "Signing", "asserted", "event:harbour-talks-1"),
            ("2026-01-15", "Signing", "planned", "event:hostile-2"),
        ],
    ),
    (
        "timeline",
        {"entity": "Colombo"},
        ("date", "event"),
        [("2025-10-30", "event:harbour-talks-2")],
    ),
    (
        "timeline",
        {"entity": "india"},
        ("date", "event"),
        [  # its own events and those of its people
            ("2025", "event:hostile-1"),
            ("2025-08-27", "event:tariff-note-1"),
            ("2025-10-30", "event:harbour-talks-2"),
            ("2025-10-31", "event:harbour-talks-1"),
        ],
    ),
    (
        "timeline",
        {"entity": "brazil"},
        ("date", "event"),
        [
            ("2025", "event:hostile-1"),
            ("2025-07", "event:tariff-note-2"),
            ("2026-01-15", "event:hostile-2"),
        ],
    ),
    (
        "countries-linked",
        {},
        ("country1", "country2", "hops", "via"),
        [
            ("country:brazil", "country:india", "1", None),
            ("country:india", "country:united-states", "1", None),
            ("country:brazil", "country:united-states", "2", "country:india"),
        ],
    ),
    (
        "countries-linked",
        {"country": "Brasília"},
        ("country1", "country2", "hops", "via"),
        [
            ("country:brazil", "country:india", "1", None),
            ("country:brazil", "country:united-states", "2", "country:india"),
        ],
    ),
    # The small graph is hand-written, without merge records; tests/test_link.py runs "merges" on a build.
    ("merges", {}, ("merged",), []),
]


@pytest.mark.parametrize(("name", "bindings", "names", "expected"), CASES)
def test_saved_query_finds(
    dataset: Dataset,
    name: str,
    bindings: dict[str, str],
    names: tuple[str, ...],
    expected: list[tuple[str | None, ...]],
) -> None:
    assert columns(query(dataset, name, **bindings), *names) == expected


def test_every_saved_query_has_a_case() -> None:
    assert (
        {name for name, *_ in CASES} == set(SAVED) == {q.name for q in list_queries()}
    )


def test_parameter_columns_are_left_out_of_the_result(dataset: Dataset) -> None:
    result = query(dataset, "evidence", s="India")
    assert result.vars == (
        "subject",
        "subject_label",
        "relation",
        "object",
        "object_label",
        "event",
        "event_type",
        "date",
        "place",
        "evidence",
        "start",
        "end",
        "document",
        "document_id",
        "source",
        "confidence",
    )


def test_a_store_gets_complete_sparql_and_nodes(dataset: Dataset) -> None:
    """kg.store's Store binds with a VALUES block opening the WHERE group: the saved queries agree."""
    import tempfile

    from kg.store import open_store

    with tempfile.TemporaryDirectory() as folder, open_store(folder) as store:
        for named in dataset.graphs():
            if len(named):
                store.put_document(
                    str(named.identifier).rsplit("/", 1)[-1],
                    "sha256:0",
                    named,
                    graph_iri=named.identifier,
                )
        for name, bindings, *_ in CASES:
            expected, found = (
                query(dataset, name, **bindings),
                query(store, name, **bindings),
            )
            assert (found.vars, sorted(map(repr, found.rows))) == (
                expected.vars,
                sorted(map(repr, expected.rows)),
            ), name


# --- binding values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "kinds", "expected"),
    [
        (
            "country:india",
            ("iri", "string"),
            URIRef("https://w3id.org/newskg/id/country/india"),
        ),
        ("kg:metWith", ("iri", "string"), KG.metWith),
        ("https://example.org/a", ("iri", "string"), URIRef("https://example.org/a")),
        ("<urn:x-test:a>", ("iri", "string"), URIRef("urn:x-test:a")),
        ("India", ("iri", "string"), Literal("India")),
        ("kg:has space", ("iri", "string"), Literal("kg:has space")),
        (
            "Washington: the capital",
            ("iri", "string"),
            Literal("Washington: the capital"),
        ),
        ("nowhere:place", ("iri", "string"), Literal("nowhere:place")),
        (
            "http://x.org/a> } ; DROP ALL #",
            ("iri", "string"),
            Literal("http://x.org/a> } ; DROP ALL #"),
        ),
        ("country:india", ("string",), Literal("country:india")),
        ("2025-10-30", ("date",), Literal("2025-10-30", datatype=XSD.date)),
        ("12", ("integer",), Literal(12)),
        ("0.75", ("decimal",), Literal("0.75", datatype=XSD.decimal)),
        (3, ("integer",), Literal(3)),
        (date(2025, 1, 2), ("date",), Literal(date(2025, 1, 2))),
        (KG.signed, ("iri",), KG.signed),
    ],
)
def test_values_become_terms(
    value: object, kinds: tuple[str, ...], expected: Node
) -> None:
    node = to_node(value, kinds)
    assert (type(node), node) == (type(expected), expected)


@pytest.mark.parametrize(
    ("value", "kinds", "message"),
    [
        ("India", ("iri",), "takes an IRI"),
        ("http://x.org/a b", ("iri",), "takes an IRI"),
        ("30/10/2025", ("date",), "takes a date"),
        ("twelve", ("integer",), "takes an integer"),
        (Literal("x"), ("iri",), "takes an IRI"),
    ],
)
def test_values_of_the_wrong_kind_are_refused(
    value: object, kinds: tuple[str, ...], message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        to_node(value, kinds)


def test_a_graph_binding_its_own_base_moves_our_prefixes() -> None:
    graph = Graph()
    graph.bind("id", "https://example.org/kg/")
    assert to_node("person:ada", known=prefixes(graph)) == URIRef(
        "https://example.org/kg/person/ada"
    )


@pytest.mark.parametrize(
    ("name", "bindings"),
    [
        ("tariffs-on", {"country": INJECTION}),
        ("entity", {"entity": INJECTION}),
        ("evidence", {"s": INJECTION, "o": INJECTION}),
        ("meetings", {"participant": INJECTION}),
        ("SELECT ?x WHERE { ?x rdfs:label ?name }", {"name": INJECTION}),
    ],
)
def test_a_hostile_value_is_bound_as_a_literal_and_matches_nothing(
    graph: Graph, name: str, bindings: dict[str, str]
) -> None:
    before = len(graph)
    assert len(query(graph, name, **bindings)) == 0
    assert len(graph) == before


def test_values_go_into_a_values_block_not_into_the_text(
    graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name is looked up as a literal; the query gets the IRIs found (here none), never the text."""
    from kg.store import MemoryStore

    seen: list[tuple[str, dict[str, object]]] = []
    original = MemoryStore.query

    def spy(
        self: MemoryStore,
        sparql: str,
        bindings: dict[str, object] | None = None,
        **kwargs: object,
    ) -> object:
        seen.append((sparql, dict(bindings or {})))
        return original(self, sparql, bindings, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(MemoryStore, "query", spy)
    result = query(graph, "tariffs-on", country=INJECTION)
    assert [bindings for _, bindings in seen] == [
        {"name": Literal(INJECTION)},
        {},
        {"country": ()},
    ]  # lookup, closest names, query
    assert all(INJECTION not in text for text, _ in seen)
    assert len(result) == 0


# --- naming queries, parameters and formats ---------------------------------------------------


def test_saved_queries_describe_themselves() -> None:
    for saved in list_queries():
        assert saved.description and "\n" not in saved.description, saved.name
        assert saved.path is not None and saved.path.suffix == ".rq"
        assert load_query(saved.name) == saved.text
        code = "\n".join(
            line
            for line in saved.text.splitlines()
            if not line.lstrip().startswith("#")
        )
        select = re.search(r"SELECT(.*?)WHERE(.*)", code, re.S)
        assert select, saved.name
        for parameter in saved.parameters:
            assert parameter.description and parameter.kinds, (
                saved.name,
                parameter.name,
            )
            assert re.search(rf"\?{parameter.name}\b", select.group(2)), (
                f"{saved.name}: ?{parameter.name} not used"
            )
            assert not re.search(rf"\?{parameter.name}\b", select.group(1)), (
                f"{saved.name}: ?{parameter.name} projected"
            )


def test_a_header_declares_kinds_and_required_parameters() -> None:
    saved = SavedQuery.parse(
        "# Who signed what.\n# param who: iri or string, required. The party.\n# param on: date. The day.\n"
        "SELECT ?who ?what ?on WHERE { ?who kg:signed ?what }",
        "signed",
    )
    assert saved.description == "Who signed what."
    assert [(p.name, p.kinds, p.required, p.description) for p in saved.parameters] == [
        ("who", ("iri", "string"), True, "The party."),
        ("on", ("date",), False, "The day."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "# param who: person. The party.",
        "# param who: iri, optional. The party.",
        "# param who",
    ],
)
def test_a_bad_parameter_line_is_refused(line: str) -> None:
    with pytest.raises(QueryError, match="who|param"):
        SavedQuery.parse(f"# Q.\n{line}\nSELECT * WHERE {{}}", "q")


@pytest.mark.parametrize(
    "call", [lambda: load_query("who-met-whom"), lambda: query(Graph(), "who-met-whom")]
)
def test_an_unknown_saved_query_lists_the_saved_ones(
    call: Callable[[], object],
) -> None:
    with pytest.raises(QueryError, match="who-met-whom") as error:
        call()
    for name in SAVED:
        assert name in str(error.value)


@pytest.mark.parametrize(
    ("name", "bindings", "message"),
    [
        (
            "tariffs-on",
            {"nation": "India"},
            "no parameter 'nation'; its parameters are: country",
        ),
        ("entity", {}, "needs a value for 'entity'"),
        (
            "agreements",
            {"party": "India"},
            "no parameter 'party'; its parameters are: none",
        ),
        ("SELECT ?x WHERE { ?x ?p ?o }", {"y": "India"}, r"no variable \?y"),
        ("SELECT ?x WHERE { ?x ?p ", {}, "not a SPARQL query"),
        ("DROP ALL", {}, "not a SPARQL query"),
    ],
)
def test_bad_calls_say_what_is_wrong(
    graph: Graph, name: str, bindings: dict[str, str], message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        query(graph, name, **bindings)


def test_an_unknown_result_format_lists_the_formats(graph: Graph) -> None:
    with pytest.raises(QueryError, match="xml") as error:
        query(graph, "meetings").serialize("xml")
    for name in RESULT_FORMATS:
        assert name in str(error.value)


# --- sources ----------------------------------------------------------------------------------


def test_sources_graph_dataset_and_files_agree(
    dataset: Dataset, graph: Graph, tmp_path: Path
) -> None:
    turtle = tmp_path / "graph.ttl"
    graph.serialize(turtle, format="turtle")
    found = [
        query(source, "meetings").rows
        for source in (graph, dataset, SMALL, str(SMALL), turtle)
    ]
    assert all(rows == found[0] for rows in found) and len(found[0]) == 2


def test_a_query_file_is_read_with_its_parameters(graph: Graph, tmp_path: Path) -> None:
    path = tmp_path / "labels.rq"
    path.write_text(
        "# Labels.\n# param thing: iri. A thing.\nSELECT ?label WHERE { ?thing rdfs:label ?label }\n"
    )
    result = query(graph, path, thing="country:india")
    assert (result.vars, result.rows) == (("label",), ((Literal("India"),),))
    assert query(graph, str(path), thing="country:brazil").rows == (
        (Literal("Brazil"),),
    )


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("graph.docx", InputError),
        ("missing.ttl", InputError),
        (42, QueryError),
    ],
)
def test_sources_that_cannot_be_queried(
    tmp_path: Path, source: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        query(tmp_path / source if isinstance(source, str) else source, "meetings")


# --- results ----------------------------------------------------------------------------------


def test_json_is_sparql_results_json(graph: Graph) -> None:
    result = query(graph, "tariffs-on", country="India")
    document = json.loads(result.to_json())
    assert document["head"]["vars"] == list(result.vars)
    (binding,) = document["results"]["bindings"]
    assert binding["target"] == {
        "type": "uri",
        "value": "https://w3id.org/newskg/id/country/india",
    }
    assert binding["date"] == {
        "type": "literal",
        "value": "2025-08-27",
        "datatype": str(XSD.date),
    }
    parsed = JSONResult(document)
    assert [tuple(row.get(v) for v in parsed.vars) for row in parsed.bindings] == list(
        result.rows
    )


def test_csv_is_sparql_results_csv(graph: Graph) -> None:
    result = query(graph, "meetings")
    text = result.to_csv()
    assert text.count("\r\n") == len(result) + 1
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(result.vars)
    assert (
        rows[1][result.vars.index("person2_label")]
        == "Eve \"<script>alert('kg')</script>\" O\\Brien"
    )
    assert (
        rows[1][result.vars.index("person2")]
        == "https://w3id.org/newskg/id/person/eve-script-alert-kg-script-o-brien"
    )


def test_the_table_escapes_control_characters(graph: Graph) -> None:
    table = query(graph, "entity", entity=EVE).to_table(max_width=None)
    lines = table.splitlines()
    assert "\x1b" not in table and "\t" not in table
    assert "Eve O\\Brien\\n(alias)\\u001b[31m" in table
    assert lines[-1] == "(8 rows)" and len(lines) == 8 + 3
    assert "person:eve-script-alert-kg-script-o-brien" in lines[2]


def test_the_table_cuts_long_cells(graph: Graph) -> None:
    lines = query(graph, "evidence", p="signed").to_table(max_width=12).splitlines()
    assert "India and t…" in lines[2]


def test_ask(graph: Graph) -> None:
    yes = query(graph, "ASK { ?who kg:imposedTariffOn ?whom }", whom="country:brazil")
    no = query(
        graph, "ASK { ?who kg:imposedTariffOn ?whom }", whom="country:united-states"
    )
    assert (bool(yes), bool(no), yes.to_table(), no.to_table()) == (
        True,
        False,
        "true",
        "false",
    )
    assert json.loads(yes.to_json()) == {"head": {}, "boolean": True}
    with pytest.raises(QueryError, match="ASK"):
        yes.to_csv()


def test_construct_returns_a_graph(graph: Graph) -> None:
    text = "CONSTRUCT { ?who rdfs:label ?name } WHERE { ?who kg:imposedTariffOn ?whom ; rdfs:label ?name }"
    result = query(graph, text)
    expected = Graph().add(
        (
            URIRef(prefixes()["person"] + "dale-harmon"),
            RDFS.label,
            Literal("Dale Harmon"),
        )
    )
    assert (
        result.kind == "CONSTRUCT"
        and result.graph is not None
        and isomorphic(result.graph, expected)
    )
    assert isomorphic(Graph().parse(data=result.to_json(), format="json-ld"), expected)
    assert list(csv.reader(io.StringIO(result.to_csv()))) == [
        ["subject", "predicate", "object"],
        [prefixes()["person"] + "dale-harmon", str(RDFS.label), "Dale Harmon"],
    ]


def test_records_and_dataframe(graph: Graph) -> None:
    result = query(graph, "timeline", entity="India")
    assert [r["event"] for r in result.records()] == [
        row[result.vars.index("event")] for row in result.rows
    ]
    frame = result.to_dataframe()
    assert list(frame.columns) == list(result.vars)
    assert frame["date"].tolist() == [
        "2025",
        date(2025, 8, 27),
        date(2025, 10, 30),
        date(2025, 10, 31),
    ]
    assert frame["event"].tolist()[0] == "https://w3id.org/newskg/id/event/hostile-1"


def test_dataframe_without_pandas_says_how_to_get_it(
    graph: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        query(graph, "meetings").to_dataframe()


def test_a_store_folder_is_a_source(dataset: Dataset, tmp_path: Path) -> None:
    pytest.importorskip("pyoxigraph")
    from kg.store import open_store

    with open_store(tmp_path) as store:
        for named in dataset.graphs():
            if len(named):
                store.put_document(
                    str(named.identifier).rsplit("/", 1)[-1],
                    "sha256:0",
                    named,
                    graph_iri=named.identifier,
                )
    expected = query(dataset, "tariffs-on", country="India")
    for source in (tmp_path, str(tmp_path)):
        found = query(source, "tariffs-on", country="India")
        assert (found.vars, found.rows) == (expected.vars, expected.rows)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { SERVICE <https://query.example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <https://query.example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { \\U00000053ERVICE <https://query.example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service SILENT <https://query.example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE <https://query.example.org/sparql> { ?s ?p ?x } } }",
        "ASK { FILTER EXISTS { SERVICE <http://192.0.2.1/sparql> { ?s ?p ?o } } }",
    ],
)
def test_a_service_call_leaving_the_machine_is_refused_on_the_parsed_query(
    graph: Graph, text: str
) -> None:
    with pytest.raises(QueryError, match="SERVICE <"):
        query(graph, text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * FROM <{url}/graph.ttl> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <{url}/graph.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    ],
)
def test_from_names_graphs_of_the_source_and_fetches_nothing(
    graph: Graph, listener: tuple[str, list[str]], text: str
) -> None:
    url, hits = listener
    assert len(query(graph, text.format(url=url))) == 0
    assert hits == []


def test_a_json_ld_file_naming_a_remote_context_is_refused_unfetched(
    tmp_path: Path, listener: tuple[str, list[str]]
) -> None:
    url, hits = listener
    for n, document in enumerate(
        [
            {"@context": f"{url}/context.jsonld", "@id": "urn:x:a", "name": "A"},
            {
                "@context": [
                    {"kg": "https://w3id.org/newskg/ontology#"},
                    f"{url}/more.jsonld",
                ],
                "@id": "urn:x:a",
            },
            {"@context": {"@import": f"{url}/base.jsonld"}, "@id": "urn:x:a"},
            {"@graph": [{"@context": f"{url}/inner.jsonld", "@id": "urn:x:b"}]},
        ]
    ):
        path = tmp_path / f"remote-{n}.jsonld"
        path.write_text(json.dumps(document), encoding="utf-8")
        with pytest.raises(InputError, match="remote JSON-LD context"):
            load_graph(path)
        with pytest.raises(InputError, match="remote JSON-LD context"):
            query(path, "meetings")
    assert hits == []


def test_a_json_ld_file_with_our_context_inline_is_read(
    graph: Graph, tmp_path: Path
) -> None:
    from kg.export import export

    export(graph, tmp_path / "graph.jsonld")
    assert (
        query(tmp_path / "graph.jsonld", "meetings").rows
        == query(graph, "meetings").rows
    )


# --- on a graph the builder made ----------------------------------------------------------------

BUILT_TEXT = (  # invented for these tests
    "Oslo, May 6: Norway and Chile have signed a three-year salmon research agreement.\n"
    "The agreement followed a meeting between Norwegian Trade Minister Ingrid Dahl and Chilean Trade Minister "
    "Tomas Rojas in Bergen on Monday.\n"
    "Separately, Chile imposed tariffs of 12% on Peruvian copper last week.\n"
)


@pytest.fixture(scope="module")
def built(build: Callable[..., Graph]) -> Graph:
    return build(BUILT_TEXT, doc_id="salmon", published="2026-05-07")


@pytest.mark.model
def test_saved_queries_answer_on_a_built_graph(built: Graph) -> None:
    def rows(name: str, *names: str, **bindings: str) -> list[tuple[str | None, ...]]:
        return columns(query(built, name, **bindings), *names)

    dahl, rojas = "person:ingrid-dahl", "person:tomas-rojas"
    assert rows(
        "meetings", "date", "person1", "person2", "document", participant="tomas rojas"
    ) == [
        ("2026-05-04", dahl, rojas, "doc:salmon"),
    ]
    assert rows("agreements", "agreement_label", "party", "document") == [
        ("three-year salmon research agreement", "country:chile", "doc:salmon"),
        ("three-year salmon research agreement", "country:norway", "doc:salmon"),
    ]
    assert rows("tariffs-on", "target", "imposer", "document", country="Peruvian") == [
        ("country:peru", "country:chile", "doc:salmon"),
    ]
    assert rows("tariffs-on", "target", country="Norway") == []
    assert rows("countries-linked", "country1", "country2", "hops") == [
        ("country:chile", "country:norway", "1")
    ]
    about_chile = rows("entity", "subject", "property", "object", entity="chile")
    assert ("country:chile", "kg:imposedTariffOn", "country:peru") in about_chile
    assert (rojas, "kg:affiliation", "country:chile") in about_chile
    assert rows(
        "evidence", "subject", "object", "event_type", "document_id", p="metWith"
    ) == [
        (dahl, rojas, "Meeting", "salmon"),
        (rojas, dahl, "Meeting", "salmon"),
    ]
    evidence = query(built, "evidence", s="Chile", p="imposedTariffOn").records()[0]
    start, end = int(evidence["start"]), int(evidence["end"])  # type: ignore[arg-type]
    assert BUILT_TEXT[start:end] == str(evidence["evidence"])
    assert [row[0] for row in rows("timeline", "event_type", entity="Ingrid Dahl")] == [
        "Meeting"
    ]
    assert sorted(row[0] for row in rows("timeline", "event_type", entity="Chile")) == [
        "Meeting",
        "TariffImposition",
    ]
    assert rows("merges", "merged") == []  # one document: nothing merged


@pytest.mark.model
@pytest.mark.parametrize("name", SAVED)
def test_a_store_and_rdflib_agree_on_a_built_graph(
    built: Graph, name: str, tmp_path: Path
) -> None:
    from kg.store import open_store

    bindings = {"entity": "Chile"} if name == "entity" else {}
    with open_store(tmp_path) as store:
        store.put_document(
            "salmon",
            "sha256:0",
            built,
            graph_iri=URIRef("https://w3id.org/newskg/id/graph/salmon"),
        )
        found = query(store, name, **bindings)
    expected = query(built, name, **bindings)

    def canonical(rows: tuple[tuple[Node | None, ...], ...]) -> list[str]:
        """Oxigraph writes decimals in canonical form (0.9 for the builder's 0.90): compare values."""

        def term(t: Node | None) -> object:
            return (
                float(t) if isinstance(t, Literal) and t.datatype == XSD.decimal else t
            )

        return sorted(repr(tuple(map(term, row))) for row in rows)

    assert (found.vars, canonical(found.rows)) == (
        expected.vars,
        canonical(expected.rows),
    )
    assert name == "merges" or len(expected) > 0


def test_kg_query_and_kg_export_stay_the_functions_once_their_modules_are_loaded() -> (
    None
):
    import importlib

    import kg
    from kg.export import export

    importlib.import_module("kg.query")
    importlib.import_module("kg.export")
    assert (kg.query, kg.export) == (query, export)
    frame = kg.query(SMALL, "tariffs-on", country="Brazil").to_dataframe()
    assert frame[["target_label", "imposer_label"]].values.tolist() == [
        ["Brazil", "Dale Harmon"]
    ]


# --- every saved query on every kind of source ------------------------------------------------

GAPS = """
@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix doc: <https://w3id.org/newskg/id/doc/> .
@prefix person: <https://w3id.org/newskg/id/person/> .
@prefix country: <https://w3id.org/newskg/id/country/> .
@prefix agreement: <https://w3id.org/newskg/id/agreement/> .
@prefix event: <https://w3id.org/newskg/id/event/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .

<https://w3id.org/newskg/id/graph/gaps> {
    doc:gaps a kg:Document ; kg:documentId "gaps" .
    person:unnamed a kg:Person ; kg:affiliation country:india ; kg:mentionedIn doc:gaps .
    agreement:gaps-deal a kg:Agreement ; kg:mentionedIn doc:gaps .
    country:india kg:imposedTariffOn country:brazil ; kg:signed agreement:gaps-deal .
    person:unnamed kg:metWith person:arjun-mehra .
    person:arjun-mehra kg:metWith person:unnamed .
    event:gaps-1 a kg:TariffImposition ; kg:status "asserted" ; kg:imposer country:india ;
        kg:target country:brazil ; prov:wasDerivedFrom doc:gaps ; kg:evidence "India taxed Brazil." .
    event:gaps-2 a kg:Meeting ; kg:status "asserted" ; kg:participant person:unnamed, person:arjun-mehra ;
        prov:wasDerivedFrom doc:gaps .
    event:gaps-3 a kg:Signing ; kg:status "asserted" ; kg:party country:india ; kg:agreement agreement:gaps-deal ;
        prov:wasDerivedFrom doc:gaps .
    <https://w3id.org/newskg/id/merge/india> a kg:MergeRecord ; kg:mergedResource country:india ;
        kg:mergeReason "same name" ; kg:mergeKey "india" ; kg:mergedFrom doc:gaps, doc:harbour-talks .
}
"""
#: One value for each saved query's parameter (entity's is required: it has no run without one).
PARAMETERS = {
    "agreements": {},
    "countries-linked": {"country": "Brazil"},
    "entity": {"entity": "india"},
    "evidence": {"s": "India", "p": "imposedTariffOn"},
    "meetings": {"participant": "Mehra"},
    "merges": {"resource": "India"},
    "tariffs-on": {"country": "BRAZIL"},
    "timeline": {"entity": "India"},
}
RUNS = [
    (name, values)
    for name in SAVED
    for values in ({}, PARAMETERS[name])
    if name != "entity" or values
]
SOURCES = [
    "graph",
    "dataset",
    "turtle",
    "trig",
    "nquads",
    "jsonld",
    "store",
    "endpoint",
    "endpoint/query",
]


@pytest.fixture(scope="module")
def gappy(dataset: Dataset) -> Dataset:
    """The small graph and a document with undated events, events without a place, an entity without a label."""
    data = Dataset()
    for quad in dataset.quads():
        data.add(quad)
    return data.parse(data=GAPS, format="trig")


@pytest.fixture(scope="module")
def sources(
    gappy: Dataset, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, object]]:
    from kg.export import export
    from kg.serve import start_server
    from kg.store import open_store

    folder = tmp_path_factory.mktemp("sources")
    union = Graph()
    for s, p, o, _ in gappy.quads():
        union.add((s, p, o))
    found: dict[str, object] = {"graph": union, "dataset": gappy}
    for name, suffix in (
        ("turtle", "ttl"),
        ("trig", "trig"),
        ("nquads", "nq"),
        ("jsonld", "jsonld"),
    ):
        found[name] = export(gappy, folder / f"graph.{suffix}")
    with open_store(folder / "store") as store:
        for named in gappy.graphs():
            if len(named):
                store.put_document(
                    str(named.identifier).rsplit("/", 1)[-1],
                    "sha256:0",
                    named,
                    graph_iri=named.identifier,
                )
    found["store"] = folder / "store"
    with start_server(folder / "store", port=0) as server:
        found["endpoint"], found["endpoint/query"] = server.url, server.query_url
        yield found


def canonical(result: QueryResult) -> tuple[tuple[str, ...], list[str]]:
    """Columns and rows, decimals compared by value (a store writes 0.9 for 0.90), and
    the document ids of a merge as a set (SPARQL leaves the order of GROUP_CONCAT open)."""

    def term(var: str, t: Node | None) -> object:
        if var == "document_ids":
            return sorted(str(t).split(", "))
        return float(t) if isinstance(t, Literal) and t.datatype == XSD.decimal else t

    return result.vars, sorted(
        repr(tuple(map(term, result.vars, row))) for row in result.rows
    )


@pytest.mark.parametrize(("name", "values"), RUNS)
def test_every_source_gives_a_saved_query_the_same_rows(
    sources: dict[str, object], name: str, values: dict[str, str]
) -> None:
    expected = canonical(query(sources["graph"], name, **values))
    assert expected[1], (
        f"{name} {values} finds nothing on the graph with gaps: a weak case"
    )
    for source in SOURCES[1:]:
        assert canonical(query(sources[source], name, **values)) == expected, source


@pytest.mark.parametrize("source", ["turtle", "store", "endpoint/query"])
@pytest.mark.parametrize(("name", "values"), RUNS)
def test_kg_query_runs_each_saved_query_on_each_kind_of_source(
    sources: dict[str, object],
    source: str,
    name: str,
    values: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    from kg.cli import main

    arguments = [
        str(sources[source]),
        name,
        *(f"--param={k}={v}" for k, v in values.items()),
    ]
    for output in ("table", "csv", "json"):
        assert main(["query", *arguments, "--format", output]) == 0
        printed = capsys.readouterr()
        assert printed.out and "Traceback" not in printed.err


def test_undated_events_come_first_in_date_order(sources: dict[str, object]) -> None:
    rows = query(sources["trig"], "tariffs-on", country="Brazil").records()
    assert [(short(r["imposer"]), short(r["date"])) for r in rows] == [
        ("country:india", None),
        ("person:dale-harmon", "2025-07"),
    ]
    meetings = query(
        sources["store"], "meetings", participant="person:unnamed"
    ).records()
    assert [
        (short(r["person1"]), r["date"], r["place"], r["person1_label"])
        for r in meetings
    ] == [("person:arjun-mehra", None, None, Literal("Arjun Mehra"))]


@pytest.mark.parametrize("source", SOURCES)
def test_merges_gives_one_row_per_record_with_its_documents_counted_and_listed(
    sources: dict[str, object], source: str
) -> None:
    (row,) = query(sources[source], "merges").records()
    assert (short(row["merged"]), str(row["label"]), int(row["documents"])) == (  # type: ignore[arg-type]
        "country:india",
        "India",
        2,
    )
    assert sorted(str(row["document_ids"]).split(", ")) == ["gaps", "harbour-talks"]
    assert short(row["record"]) == "id:merge/india"


@pytest.mark.parametrize(
    ("value", "note"),
    [
        ("Atlantis", "no entity is named 'Atlantis' (parameter country)"),
        (
            "Brazi",
            "no entity is named 'Brazi' (parameter country); the closest names are: Brazil",
        ),
        ("indain", "the closest names are: Indian, India"),
    ],
)
def test_a_name_that_names_nothing_says_so(
    sources: dict[str, object], value: str, note: str
) -> None:
    result = query(sources["store"], "tariffs-on", country=value)
    assert len(result) == 0
    (said,) = result.notes
    assert note in said


@pytest.mark.parametrize("source", ["graph", "store", "endpoint"])
def test_a_limit_keeps_the_first_rows_in_order(
    sources: dict[str, object], source: str
) -> None:
    every = query(sources[source], "evidence")
    assert len(every) > 2
    assert query(sources[source], "evidence", limit=2).rows == every.rows[:2]
    assert query(sources[source], "evidence", limit=0).rows == ()
    assert query(sources[source], "evidence", limit=len(every) + 5) == every


@pytest.mark.parametrize("limit", [-1, 1.5, True, "3"])
def test_a_limit_is_a_whole_number(sources: dict[str, object], limit: object) -> None:
    with pytest.raises(QueryError, match="a row limit is a whole number"):
        query(sources["store"], "evidence", limit=limit)  # type: ignore[arg-type]


def test_a_saved_query_cannot_name_a_parameter_limit() -> None:
    with pytest.raises(QueryError, match="cannot be named 'limit'"):
        SavedQuery.parse("# Top.\n# param limit: integer. How many.\nASK {}", "top")


def test_kg_query_prints_a_table_of_1000_rows_unless_told(
    sources: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    values = " ".join(map(str, range(1, 1002)))
    numbers = f"SELECT ?n WHERE {{ VALUES ?n {{ {values} }} }} ORDER BY ?n"
    store = str(sources["store"])
    assert main(["query", store, numbers]) == 0
    printed = capsys.readouterr()
    lines = printed.out.splitlines()
    assert (lines[2], lines[-2], lines[-1]) == ("1", "1000", "(1000 rows)")
    assert printed.err == (
        "kg query: note: the first 1,000 rows of more; --limit 0 prints them all\n"
    )
    assert main(["query", store, numbers, "--limit", "0"]) == 0
    printed = capsys.readouterr()
    assert printed.out.splitlines()[-1] == "(1001 rows)" and printed.err == ""
    assert main(["query", store, numbers, "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1 + 1001
    assert main(["query", store, numbers, "--format", "csv", "--limit", "2"]) == 0
    printed = capsys.readouterr()
    assert printed.out.splitlines() == ["n", "1", "2"]
    assert "the first 2 rows of more" in printed.err
    assert main(["query", store, numbers, "--limit", "1001"]) == 0
    assert capsys.readouterr().err == ""


def test_kg_query_prints_the_note_on_stderr_and_exits_0(
    sources: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    assert (
        main(["query", str(sources["turtle"]), "meetings", "-p", "participant=Mehrah"])
        == 0
    )
    printed = capsys.readouterr()
    assert printed.out.strip().endswith("(0 rows)")
    assert (
        printed.err
        == "kg query: note: no entity is named 'Mehrah' (parameter participant); the closest names are: Mehra\n"
    )


def test_entity_without_its_required_parameter_says_so(
    sources: dict[str, object],
) -> None:
    with pytest.raises(QueryError, match="needs a value for 'entity'"):
        query(sources["store"], "entity")


# --- the README's query examples, on the quick-start graph ------------------------------------

README = Path(__file__).resolve().parents[1] / "README.md"


def readme_examples() -> tuple[list[str], list[str]]:
    """The ``kg query`` command lines and ``kg.query(…)`` calls of the README's Querying section."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Querying") : text.index("## Store and endpoint")]
    blocks = re.findall(r"```(sh|python)\n(.*?)```", section, re.S)
    commands = [
        line
        for kind, body in blocks
        if kind == "sh"
        for line in body.splitlines()
        if line.startswith("kg query ")
    ]
    calls = [
        line
        for kind, body in blocks
        if kind == "python"
        for line in body.splitlines()
        if "kg.query(" in line
    ]
    return commands, calls


@pytest.fixture(scope="module")
def quick_start(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's quick start: the example articles built into out/."""
    import subprocess

    folder = tmp_path_factory.mktemp("quick-start")
    examples = README.parent / "examples"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "build",
            str(examples / "articles.jsonl"),
            str(examples / "harbour-accord.txt"),
            "--out",
            str(folder / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return folder


def test_the_readme_has_query_examples() -> None:
    commands, calls = readme_examples()
    assert len(commands) >= 2 and len(calls) >= 1


@pytest.mark.model
@pytest.mark.parametrize("command", readme_examples()[0])
def test_a_readme_kg_query_example_answers_on_the_quick_start_graph(
    quick_start: Path, command: str
) -> None:
    import shlex
    import subprocess

    words = shlex.split(command.split(">", maxsplit=1)[0])[1:]
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", *words],
        cwd=quick_start,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert (
        done.returncode == 0
        and "Traceback" not in done.stderr
        and "note:" not in done.stderr
    ), done.stderr
    assert len(done.stdout.strip().splitlines()) >= 2  # a header and at least one row


@pytest.mark.model
@pytest.mark.parametrize("call", readme_examples()[1])
def test_a_readme_kg_query_call_answers_on_the_quick_start_graph(
    quick_start: Path, call: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg

    monkeypatch.chdir(quick_start)
    names: dict[str, object] = {"kg": kg}
    exec(call.split("#", maxsplit=1)[0].strip(), names)
    (result,) = [v for v in names.values() if isinstance(v, QueryResult)]
    assert len(result) > 0 and not result.notes


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("graph.ttl", "<a> <http://example.org/p> <http://example.org/o> ."),
        (
            "graph.rdf",
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
            '<rdf:Description rdf:about="a"><ex:p>x</ex:p></rdf:Description></rdf:RDF>',
        ),
        ("graph.jsonld", '{"@id": "a", "http://example.org/p": "x"}'),
    ],
)
def test_a_relative_iri_is_refused_not_made_a_path_on_this_machine(
    tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="relative IRI <a>"):
        load_graph(path)
    declared = tmp_path / "based.ttl"
    declared.write_text("@base <http://example.org/> . <a> <p> <o> .", encoding="utf-8")
    assert {str(s) for s in load_graph(declared).subjects()} == {"http://example.org/a"}
