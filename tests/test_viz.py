"""The graph page (kg/viz.py): networkx view, escaping, payload, and the page in a real browser.

Browser tests drive Debian's headless Chromium through Playwright with every
request that leaves ``file://`` blocked and recorded.
"""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from conftest import REPO, SEED
from rdflib import RDF, Graph

import kg
from kg.errors import InputError
from kg.namespace import KG
from kg.query import load_graph
from kg.viz import (
    LARGE_GRAPH_NODES,
    PHYSICS_MAX_NODES,
    GraphView,
    show,
    to_html,
    to_networkx,
    write_html,
)

HOSTILE = REPO / "tests" / "data" / "viz-hostile.ttl"
SMALL_TRIG = REPO / "tests" / "data" / "small-graph.trig"
ID = "https://w3id.org/newskg/id/"
HOSTILE_PERSON = ID + "person/img-src-x"
HOSTILE_LABEL = (
    '<img src="https://attacker.invalid/label.png" onerror="window.kgPwned=\'label\'">'
)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The page marks itself ready after its first complete drawing. (Playwright's wait_for_function
# would need eval, which the page's Content-Security-Policy forbids.)
READY = "html[data-kg-ready=true]"
ENTITY_CLASSES = ("Person", "Organization", "Country", "Location", "Agreement")

pytestmark = pytest.mark.filterwarnings(
    r"ignore:(Dataset\.\w+|ConjunctiveGraph) is deprecated:DeprecationWarning"
)


# --------------------------------------------------------------------------- helpers


def expected_counts(graph: Graph) -> tuple[int, int]:
    """Entities and links (relation statements, metWith once per pair, and affiliations) of ``graph``,
    counted straight from the RDF."""
    entities = {
        s for name in ENTITY_CLASSES for s in graph.subjects(RDF.type, KG[name])
    }
    statements: set[Any] = set()
    for relation in ("signed", "metWith", "imposedTariffOn", "affiliation"):
        for s, o in graph.subject_objects(KG[relation]):
            entities |= {s, o}
            statements.add(
                frozenset((s, o)) if relation == "metWith" else (s, relation, o)
            )
    return len(entities), len(statements)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: dict[str, str] = {}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = dict(attrs).get("id")

    def handle_data(self, data: str) -> None:
        if self._in:
            self.data[self._in] = self.data.get(self._in, "") + data

    def handle_endtag(self, tag: str) -> None:
        self._in = None


def parse_page(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


def payload(page: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(parse_page(page).data["kg-data"])
    return data


@pytest.fixture(scope="module")
def hostile() -> Graph:
    return Graph().parse(HOSTILE, format="turtle")


# --------------------------------------------------------------------------- networkx


def test_to_networkx_gives_one_node_per_entity_with_its_names_class_and_roles(
    hostile: Graph,
) -> None:
    net = to_networkx(hostile)
    assert net.number_of_nodes() == expected_counts(hostile)[0] == 10
    ada = net.nodes[ID + "person/ada-moreno"]
    assert ada == {
        "label": "Ada Moreno",
        "class": "Person",
        "aliases": ["Moreno", "Trade Minister Ada Moreno"],
        "roles": ["Trade Minister"],
    }
    assert net.nodes[ID + "agreement/harbour-port-accord"]["class"] == "Agreement"
    assert net.nodes[ID + "location/port-eden"]["class"] == "Location"
    assert (
        net.nodes[HOSTILE_PERSON]["label"] == HOSTILE_LABEL
    )  # kept as text; escaping is the page's job


def test_to_networkx_edges_carry_the_relation_and_the_events_behind_it(
    hostile: Graph,
) -> None:
    net = to_networkx(hostile)
    relations = sorted(
        (u.rsplit("/", 1)[1], k, v.rsplit("/", 1)[1])
        for u, v, k in net.edges(keys=True)
    )
    assert relations == [
        ("ada-moreno", "affiliation", "norland"),
        ("ada-moreno", "metWith", "bo-lindqvist"),
        ("bo-lindqvist", "metWith", "ada-moreno"),
        ("cleo-vance", "affiliation", "sudland"),
        ("cleo-vance", "imposedTariffOn", "westmark"),
        ("cleo-vance", "metWith", "img-src-x"),
        ("harbour-league", "signed", "harbour-port-accord"),
        ("img-src-x", "metWith", "cleo-vance"),
        ("norland", "signed", "harbour-port-accord"),
        ("sudland", "imposedTariffOn", "norland"),
        ("sudland", "signed", "harbour-port-accord"),
    ]
    signing = net.edges[
        ID + "country/norland", ID + "agreement/harbour-port-accord", "signed"
    ]["events"]
    assert signing == [
        {
            "event": ID + "event/harbour-1",
            "evidence": "Norland, Sudland and the Harbour League signed the Port Accord in Port Eden on Thursday.",
            "date": "2031-03-13",
            "dateText": "on Thursday",
            "mentions": None,
            "place": "Port Eden",
            "document": "harbour",
            "headline": "Harbour talks end with a port accord",
            "source": "https://example.org/news/harbour-accord",
        }
    ]
    duties = net.edges[
        ID + "person/cleo-vance", ID + "country/westmark", "imposedTariffOn"
    ]["events"]
    assert [e["event"].rsplit("/", 1)[1] for e in duties] == [
        "hostile-2",
        "hostile-3",
    ]  # undated first
    assert duties[0]["date"] is None and duties[0]["place"] is None
    assert (
        net.edges[ID + "person/ada-moreno", ID + "country/norland", "affiliation"][
            "events"
        ]
        == []
    )


def test_to_networkx_keeps_the_words_of_a_date_it_could_not_resolve_apart_from_the_date(
    hostile: Graph,
) -> None:
    net = to_networkx(hostile)
    (meeting,) = net.edges[HOSTILE_PERSON, ID + "person/cleo-vance", "metWith"][
        "events"
    ]
    assert (
        meeting["date"] is None
        and meeting["dateText"] == "<script>window.kgPwned='date'</script>"
    )


def test_to_networkx_leaves_out_events_that_did_not_happen(hostile: Graph) -> None:
    net = to_networkx(hostile)
    events = {e["event"] for _, _, es in net.edges(data="events") for e in es}
    assert ID + "event/harbour-4" not in events  # hypothetical duties
    assert not net.has_edge(ID + "country/norland", ID + "country/sudland")


def test_to_networkx_reads_every_named_graph_of_a_dataset() -> None:
    dataset = load_graph(SMALL_TRIG)
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    net = to_networkx(dataset)
    assert net.number_of_nodes() == expected_counts(union)[0] > 0
    relation_triples = [
        t
        for r in ("signed", "metWith", "imposedTariffOn", "affiliation")
        for t in union.triples((None, KG[r], None))
    ]
    assert net.number_of_edges() == len(relation_triples) > 0


def test_to_networkx_rejects_what_is_not_a_graph() -> None:
    with pytest.raises(InputError, match="rdflib.Graph"):
        to_networkx("graph.ttl")  # type: ignore[arg-type]


def test_the_package_exports_the_networkx_view_and_the_notebook_display() -> None:
    assert kg.to_networkx is to_networkx
    assert kg.show is show


# --------------------------------------------------------------------------- page: escaping and payload


def test_the_page_has_no_markup_from_the_graph_only_our_own_tags(
    hostile: Graph,
) -> None:
    page = to_html(
        hostile, title="Hostile </title><script>window.kgPwned='title'</script>"
    )
    tags = parse_page(page).tags
    assert {tag for tag, _ in tags} <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "h1",
        "input",
        "span",
        "main",
        "aside",
        "p",
        "fieldset",
        "legend",
        "div",
        "script",
        "ul",
        "label",
        "output",
    }
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert (
        scripts[0] == {"type": "application/json", "id": "kg-data"}
        and len(scripts) == 3
    )
    data = parse_page(page).data["kg-data"]
    assert (
        "<" not in data and ">" not in data and "&" not in data
    )  # \u003c …: cannot close the script
    outside_data = page.replace(data, "")
    assert (
        "attacker.invalid" not in outside_data and "kgPwned='label'" not in outside_data
    )
    assert (
        "&lt;/title&gt;&lt;script&gt;" in page
    )  # the title, escaped in <title> and <h1>


def test_the_payload_carries_the_graph_as_text_exactly(hostile: Graph) -> None:
    data = payload(to_html(hostile))
    n_nodes, n_edges = expected_counts(hostile)
    assert len(data["nodes"]) == n_nodes and len(data["edges"]) == n_edges == 9
    person = next(n for n in data["nodes"] if n["id"] == HOSTILE_PERSON)
    assert person["label"] == HOSTILE_LABEL
    assert person["aliases"] == ["</script><script>window.kgPwned='alias'</script>"]
    meeting = next(
        e
        for e in data["edges"]
        if e["relation"] == "metWith" and HOSTILE_PERSON in (e["from"], e["to"])
    )
    (event,) = meeting["events"]
    assert event["evidence"].startswith(
        'The envoy <img src="https://attacker.invalid/evidence.png"'
    )
    assert event["evidence"].endswith("\u2028next line")
    assert (
        event["dateText"] == "<script>window.kgPwned='date'</script>"
        and "date" not in event
    )
    assert event["source"] == "javascript:window.kgPwned='source'"


def test_the_payload_styles_every_class_and_relation_it_uses(hostile: Graph) -> None:
    data = payload(to_html(hostile))
    assert {n["class"] for n in data["nodes"]} == set(ENTITY_CLASSES)
    assert set(data["classes"]) >= set(ENTITY_CLASSES)
    assert (
        {e["relation"] for e in data["edges"]}
        == set(data["relations"])
        == {"signed", "metWith", "imposedTariffOn", "affiliation"}
    )
    assert all(
        set(style) >= {"color", "shape", "glyph"} for style in data["classes"].values()
    )


def test_the_relation_styles_come_from_the_relation_registry(hostile: Graph) -> None:
    relations = payload(to_html(hostile))["relations"]
    assert relations["signed"] == {
        "label": "signed",
        "color": "#c0392b",
        "arrows": True,
        "glyph": "→",
        "symmetric": False,
    }
    assert relations["metWith"] == {
        "label": "met with",
        "color": "#2e6da4",
        "arrows": False,
        "glyph": "↔",
        "symmetric": True,
    }
    assert relations["imposedTariffOn"]["label"] == "imposed tariff on"
    assert relations["imposedTariffOn"]["color"] == "#d4820f"


def test_entities_are_sized_by_degree_and_laid_out_apart(hostile: Graph) -> None:
    nodes = {n["id"]: n for n in payload(to_html(hostile))["nodes"]}
    accord, eden = (
        nodes[ID + "agreement/harbour-port-accord"],
        nodes[ID + "location/port-eden"],
    )
    assert accord["degree"] == 3 and eden["degree"] == 0
    assert accord["size"] == max(n["size"] for n in nodes.values()) > eden["size"]
    points = {(n["x"], n["y"]) for n in nodes.values()}
    assert len(points) == len(nodes)
    assert eden["y"] > max(
        n["y"] for n in nodes.values() if n["degree"]
    )  # lone entities sit under the drawing


def test_size_by_takes_centralities_and_names_the_valid_ones(hostile: Graph) -> None:
    for size_by in ("betweenness", "eigenvector"):
        assert payload(to_html(hostile, size_by=size_by))["nodes"]
    with pytest.raises(InputError, match="betweenness, degree, eigenvector"):
        to_html(hostile, size_by="pagerank")


def test_the_same_graph_gives_the_same_page(hostile: Graph) -> None:
    assert to_html(hostile) == to_html(to_networkx(hostile))


def test_an_empty_graph_gives_an_empty_page() -> None:
    data = payload(to_html(Graph()))
    assert data["nodes"] == [] and data["edges"] == []


def test_the_page_forbids_every_outside_load_and_any_script_but_its_own(
    hostile: Graph,
) -> None:
    page = to_html(hostile)
    (csp,) = [
        attrs["content"]
        for tag, attrs in parse_page(page).tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp is not None
    assert "default-src 'none'" in csp
    script_src = next(
        part for part in csp.split(";") if part.strip().startswith("script-src")
    )
    assert (
        "unsafe-inline" not in script_src
        and len(re.findall(r"'sha256-", script_src)) == 2
    )


def chain(n: int) -> nx.MultiDiGraph:
    net = nx.MultiDiGraph()
    for i in range(n):
        net.add_node(f"p{i}", label=f"Person {i}", **{"class": "Person"})
    for i in range(n - 1):
        net.add_edge(f"p{i}", f"p{i + 1}", key="metWith", relation="metWith", events=[])
    return net


def test_small_graphs_settle_with_physics_large_ones_start_still_and_light() -> None:
    small = payload(to_html(chain(PHYSICS_MAX_NODES)))
    assert (
        small["options"]["physics"]["enabled"] and small["options"]["edges"]["smooth"]
    )
    medium = payload(to_html(chain(PHYSICS_MAX_NODES + 1)))
    assert (
        not medium["options"]["physics"]["enabled"]
        and medium["options"]["edges"]["smooth"]
    )
    large = payload(to_html(chain(LARGE_GRAPH_NODES + 1)))
    assert not large["options"]["physics"]["enabled"]
    assert (
        large["options"]["edges"]["smooth"] is False
        and large["options"]["interaction"]["hideEdgesOnDrag"]
    )


def test_entities_without_a_link_do_not_count_towards_the_size_that_turns_physics_off() -> (
    None
):
    net = chain(PHYSICS_MAX_NODES)
    net.add_nodes_from(
        (f"lone{i}", {"label": f"Lone {i}", "class": "Location"}) for i in range(50)
    )
    assert payload(to_html(net))["options"]["physics"]["enabled"]


def weighted(reports: list[int | None]) -> nx.MultiDiGraph:
    """Two countries and one tariff edge backed by an event per item of ``reports`` (its mentionCount)."""
    net = chain(0)
    net.add_node("a", label="A", **{"class": "Country"})
    net.add_node("b", label="B", **{"class": "Country"})
    events = [
        {"event": f"e{n}", "evidence": f"Sentence {n}.", "mentions": m}
        for n, m in enumerate(reports)
    ]
    net.add_edge(
        "a", "b", key="imposedTariffOn", relation="imposedTariffOn", events=events
    )
    return net


@pytest.mark.parametrize(
    ("reports", "weight"),
    [
        ([None], 1),
        ([1], 1),
        ([None, None], 2),
        ([1, 1, 1, 1], 4),
        ([3], 3),
        ([2, None], 3),
        ([], 1),
    ],
)
def test_an_edge_weighs_the_reports_behind_its_events(
    reports: list[int | None], weight: int
) -> None:
    (edge,) = payload(to_html(weighted(reports)))["edges"]
    assert edge["weight"] == weight and len(edge["events"]) == len(reports)


def test_a_heavier_edge_is_drawn_wider_up_to_a_limit() -> None:
    widths = [
        payload(to_html(weighted([n])))["edges"][0]["width"] for n in (1, 2, 4, 1000)
    ]
    assert widths[0] < widths[1] < widths[2] < widths[3] <= 9


@pytest.mark.parametrize(
    ("date", "first", "last"),
    [
        ("2031-03-13", "2031-03-13", "2031-03-13"),
        ("2031-03", "2031-03-01", "2031-03-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2030", "2030-01-01", "2030-12-31"),
    ],
)
def test_each_resolved_date_covers_its_days_for_the_time_filter(
    date: str, first: str, last: str
) -> None:
    net = weighted([None])
    net.edges["a", "b", "imposedTariffOn"]["events"][0]["date"] = date
    data = payload(to_html(net))
    (event,) = data["edges"][0]["events"]
    day = datetime.date(1970, 1, 1).toordinal()
    assert (
        event["span"]
        == [
            datetime.date.fromisoformat(first).toordinal() - day,
            datetime.date.fromisoformat(last).toordinal() - day,
        ]
        == data["days"]
    )


@pytest.mark.parametrize(
    "date", [None, "Today", "2031-13-01", "2031-02-30", "<b>2031</b>"]
)
def test_what_is_not_a_resolved_date_gives_no_days(date: str | None) -> None:
    net = weighted([None])
    net.edges["a", "b", "imposedTariffOn"]["events"][0]["date"] = date
    data = payload(to_html(net))
    assert "span" not in data["edges"][0]["events"][0] and data["days"] is None


def test_affiliations_are_links_of_their_own_kind_without_events(
    hostile: Graph,
) -> None:
    data = payload(to_html(hostile))
    names = {n["id"]: n["label"] for n in data["nodes"]}
    affiliations = sorted(
        (names[e["from"]], names[e["to"]])
        for e in data["edges"]
        if e["relation"] == "affiliation"
    )
    assert affiliations == [("Ada Moreno", "Norland"), ("Cleo Vance", "Sudland")]
    assert data["relations"]["affiliation"]["dashes"] is True
    assert all(not e["events"] for e in data["edges"] if e["relation"] == "affiliation")


def test_a_graph_outside_the_ontology_is_refused_with_the_valid_values() -> None:
    net = chain(2)
    net.nodes["p0"]["class"] = "Spaceship"
    with pytest.raises(InputError, match="valid classes: Person"):
        to_html(net)
    with pytest.raises(InputError, match="rdflib.Graph or the networkx graph"):
        to_html({"nodes": []})  # type: ignore[arg-type]


def test_the_notebook_view_embeds_the_page_in_a_sandboxed_iframe(
    hostile: Graph,
) -> None:
    view = show(hostile, height=300)
    assert isinstance(view, GraphView)
    tags = parse_page(view._repr_html_()).tags
    assert [tag for tag, _ in tags] == [
        "iframe"
    ]  # the page is one attribute, not markup of the notebook
    attrs = tags[0][1]
    assert attrs["srcdoc"] == to_html(hostile) and attrs["sandbox"] == "allow-scripts"
    assert "height: 300px" in (attrs["style"] or "")


def test_write_html_writes_the_page(tmp_path: Path, hostile: Graph) -> None:
    path = write_html(hostile, tmp_path / "graph.html", title="Harbour")
    assert path.read_text(encoding="utf-8") == to_html(hostile, title="Harbour")


# --------------------------------------------------------------------------- command line


def run_kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ},
    )


def test_kg_viz_draws_a_graph_file_in_any_rdf_format(
    tmp_path: Path, hostile: Graph
) -> None:
    source = tmp_path / "hostile.jsonld"
    hostile.serialize(source, format="json-ld")
    result = run_kg("viz", str(source), "-o", str(tmp_path / "page.html"))
    assert result.returncode == 0, result.stderr
    data = payload((tmp_path / "page.html").read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["edges"])) == expected_counts(hostile)
    trig = run_kg(
        "viz", str(SMALL_TRIG), "-o", str(tmp_path / "small.html"), "--title", "Small"
    )
    assert trig.returncode == 0, trig.stderr
    assert "<title>Small</title>" in (tmp_path / "small.html").read_text(
        encoding="utf-8"
    )


def test_kg_viz_writes_next_to_the_graph_by_default(tmp_path: Path) -> None:
    shutil.copy(HOSTILE, tmp_path / "g.ttl")
    assert run_kg("viz", str(tmp_path / "g.ttl")).returncode == 0
    assert (tmp_path / "g.html").is_file()


def test_kg_viz_explains_bad_input(tmp_path: Path) -> None:
    missing = run_kg("viz", str(tmp_path / "none.ttl"))
    assert missing.returncode == 2 and "no graph file" in missing.stderr
    no_folder = run_kg("viz", str(tmp_path / "no-store"), "--entity", "Ada Moreno")
    assert (
        no_folder.returncode == 2
        and f"no graph file or store folder '{tmp_path / 'no-store'}'"
        in no_folder.stderr
    )
    unknown = run_kg("viz", str(REPO / "README.md"))
    assert (
        unknown.returncode == 2
        and "known extensions: " in unknown.stderr
        and ".ttl" in unknown.stderr
    )
    unwritable = run_kg(
        "viz", str(HOSTILE), "-o", str(tmp_path / "no" / "such" / "dir" / "page.html")
    )
    assert unwritable.returncode == 2 and "cannot write" in unwritable.stderr


@pytest.mark.model
def test_kg_build_also_writes_the_page(tmp_path: Path) -> None:
    result = run_kg(
        "build",
        str(REPO / "examples" / "harbour-accord.txt"),
        "--out",
        str(tmp_path),
        "-q",
    )
    assert result.returncode == 0, result.stderr
    data = payload((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["edges"])) == expected_counts(
        load_graph(tmp_path / "graph.ttl")
    )
    assert data["edges"]


# --------------------------------------------------------------------------- a part of a big graph

SMALL_PEOPLE = {
    "Dale Harmon",
    "Arjun Mehra",
    "Mara Lindqvist",
    "Eve \"<script>alert('kg')</script>\" O\\Brien",
}
EVE = "Eve \"<script>alert('kg')</script>\" O\\Brien"


@pytest.fixture(scope="module")
def small_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk store holding the documents of ``small-graph.trig``, one named graph each."""
    from rdflib import URIRef
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kg.store import open_store

    folder = tmp_path_factory.mktemp("viz-store") / "store"
    with open_store(folder) as store:
        for named in load_graph(SMALL_TRIG).graphs():  # type: ignore[attr-defined]
            if named.identifier != DATASET_DEFAULT_GRAPH_ID and len(named):
                name = str(named.identifier)
                store.put_document(
                    name.rsplit("/", 1)[-1], "sha256:0", named, graph_iri=URIRef(name)
                )
    return folder


def labels_of(graph: Graph) -> set[str]:
    return {attrs["label"] for _, attrs in to_networkx(graph).nodes(data=True)}


@pytest.mark.parametrize(
    ("entity", "hops", "limit", "expected"),
    [
        ("Dale Harmon", 0, 500, {"Dale Harmon"}),
        ("dale harmon", 1, 500, {"Dale Harmon", "Brazil", "India", "United States"}),
        (
            "Harmon",
            2,
            500,
            {
                "Dale Harmon",
                "Brazil",
                "India",
                "United States",
                "framework agreement",
                "Arjun Mehra",
                "Mara Lindqvist",
                EVE,
            },
        ),
        (
            "Dale Harmon",
            2,
            3,
            {"Dale Harmon", "Brazil", "India"},
        ),  # neighbours in the order of their IRIs
        (
            ID + "country/india",
            1,
            500,
            {"India", "framework agreement", "Dale Harmon", "Arjun Mehra"},
        ),
        ("MEHRA", 1, 500, {"Arjun Mehra", "India", "Mara Lindqvist", EVE}),
    ],
)
@pytest.mark.parametrize("kind", ["file", "store"])
def test_the_neighbourhood_of_an_entity_is_every_entity_within_its_hops(
    small_store: Path, kind: str, entity: str, hops: int, limit: int, expected: set[str]
) -> None:
    from kg.neighbourhood import neighbourhood

    source = SMALL_TRIG if kind == "file" else small_store
    assert labels_of(neighbourhood(source, entity, hops=hops, limit=limit)) == expected


def test_a_neighbourhood_carries_the_relations_among_its_entities_and_the_events_behind_them(
    small_store: Path,
) -> None:
    from kg.neighbourhood import neighbourhood

    data = payload(to_html(neighbourhood(small_store, "Dale Harmon", hops=1)))
    names = {n["id"]: n["label"] for n in data["nodes"]}
    links = {
        (names[e["from"]], e["relation"], names[e["to"]]): e for e in data["edges"]
    }
    assert set(links) == {
        ("Dale Harmon", "imposedTariffOn", "Brazil"),
        ("Dale Harmon", "imposedTariffOn", "India"),
        ("Dale Harmon", "affiliation", "United States"),
    }
    (event,) = links["Dale Harmon", "imposedTariffOn", "Brazil"]["events"]
    assert (
        event["date"] == "2025-07"
        and event["document"] == "tariff-note"
        and event["evidence"]
    )
    assert event["source"] == "https://example.org/news/tariff-note"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            [],
            2,
            "too big to draw whole: draw the part around an entity with --entity NAME",
        ),
        (["--entity", "Nobody"], 2, "no entity is called 'Nobody'"),
        (["--entity", "Dale Harmon", "--hops", "-1"], 2, "hops must be 0 or more"),
        (["--construct", "SELECT * WHERE { ?s ?p ?o }"], 2, "not from a SELECT query"),
        (["--construct", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p "], 2, "SPARQL query"),
        (
            ["--entity", "x", "--construct", "CONSTRUCT WHERE { ?s ?p ?o }"],
            2,
            "not allowed with argument",
        ),
    ],
)
def test_kg_viz_of_a_store_explains_what_it_cannot_draw(
    small_store: Path, tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    result = run_kg("viz", str(small_store), *args, "-o", str(tmp_path / "page.html"))
    assert (result.returncode, result.stdout) == (code, "") and message in result.stderr
    assert "kg viz: error: " in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "people"),
    [
        (["--entity", "Dale Harmon", "--hops", "1"], {"Dale Harmon"}),
        (
            ["--entity", "United States", "--hops", "1"],
            {"Dale Harmon", "Mara Lindqvist"},
        ),
        (
            [
                "--construct",
                "CONSTRUCT { ?a kg:metWith ?b . ?a a ?c ; rdfs:label ?l } "
                "WHERE { ?a kg:metWith ?b . ?a a ?c ; rdfs:label ?l }",
            ],
            {"Arjun Mehra", "Mara Lindqvist", EVE},
        ),
    ],
)
def test_kg_viz_draws_a_part_of_a_store(
    small_store: Path, tmp_path: Path, args: list[str], people: set[str]
) -> None:
    page = tmp_path / "part.html"
    result = run_kg("viz", str(small_store), *args, "-o", str(page))
    assert result.returncode == 0, result.stderr
    data = payload(page.read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"] if n["class"] == "Person"} == people
    assert data["edges"]


def test_kg_viz_draws_the_neighbourhood_of_an_entity_from_an_endpoint(
    small_store: Path, tmp_path: Path
) -> None:
    from kg.serve import start_server

    page = tmp_path / "remote.html"
    with start_server(small_store, port=0) as server:
        base = server.query_url.rsplit("/", 1)[0] + "/"
        missing_out = run_kg("viz", base, "--entity", "Dale Harmon")
        result = run_kg(
            "viz", base, "--entity", "Dale Harmon", "--hops", "1", "-o", str(page)
        )
    assert missing_out.returncode == 2 and "-o PAGE.html" in missing_out.stderr
    assert result.returncode == 0, result.stderr
    data = payload(page.read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"]} == {
        "Dale Harmon",
        "Brazil",
        "India",
        "United States",
    }


# --------------------------------------------------------------------------- in Chromium


def _playwright() -> Any:
    if not Path(CHROMIUM).is_file():
        pytest.skip(
            f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip(
            "browser tests need Playwright's Python client: pip install -e '.[test]'"
        )
    return sync_playwright


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = _playwright()
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Tab:
    """A fresh browser context on one page, recording console errors and every request off ``file://``."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on(
            "console",
            lambda m: (
                self.errors.append(m.text) if m.type in ("error", "warning") else None
            ),
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", self._request)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector(READY, state="attached", timeout=60_000)
        self.page.evaluate(
            "network.stopSimulation()"
        )  # so the points we aim the mouse at stay put

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _request(self, request: Any) -> None:
        if not request.url.startswith(("file://", "data:")):
            self.outside.append(request.url)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def point_of_node(self, node_id: str) -> tuple[float, float]:
        return self._to_page(
            self.js("id => network.canvasToDOM(network.getPosition(id))", node_id)
        )

    def point_of_edge(self, edge_id: int) -> tuple[float, float]:
        return self._to_page(
            self.js(
                "id => network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5))",
                edge_id,
            )
        )

    def _to_page(self, dom: dict[str, float]) -> tuple[float, float]:
        box = self.page.locator("#kg-network").bounding_box()
        return box["x"] + dom["x"], box["y"] + dom["y"]

    def hover(self, point: tuple[float, float]) -> None:
        self.page.mouse.move(*point)
        self.page.wait_for_selector("#kg-tooltip:not([hidden])")

    def click_empty(self) -> None:
        box = self.page.locator("#kg-network").bounding_box()
        self.page.mouse.click(box["x"] + 5, box["y"] + box["height"] - 5)

    def pixel(self, node_id: str) -> list[int]:
        """The colour drawn at the centre of an entity, read back from the canvas."""
        return list(
            self.js(
                """id => {
            const canvas = document.querySelector('#kg-network canvas');
            const at = network.canvasToDOM(network.getPosition(id));
            const scale = canvas.width / canvas.clientWidth;
            return Array.from(canvas.getContext('2d').getImageData(at.x * scale, at.y * scale, 1, 1).data);
        }""",
                node_id,
            )
        )

    def tooltip(self) -> str:
        return str(
            self.js(
                "document.getElementById('kg-tooltip').hidden ? '' : "
                "document.getElementById('kg-tooltip').textContent"
            )
        )

    def details(self) -> str:
        """The text of the side panel, empty when it is closed."""
        return str(
            self.js(
                "document.getElementById('kg-details').hidden ? '' : "
                "document.getElementById('kg-details').textContent"
            )
        )

    def drawn(self) -> tuple[int, int]:
        """Entities and links vis-network draws now."""
        nodes, links = self.js(
            "[network.body.nodeIndices.length, "
            "network.body.edgeIndices.filter(id => network.body.edges[id].connected).length]"
        )
        return nodes, links

    def labelled(self) -> list[dict[str, Any]]:
        """The labels the page drew in its last frame: an entity's ``id`` or a link's ``edge``, and the box."""
        labels: list[dict[str, Any]] = self.js("window.kgLabels")
        return labels

    def set_range(self, which: str, day: str) -> None:
        """Move a time slider (``from`` or ``to``) to ``day`` (YYYY-MM-DD), as dragging it would."""
        value = (
            datetime.date.fromisoformat(day).toordinal()
            - datetime.date(1970, 1, 1).toordinal()
        )
        self.js(
            "([id, value]) => { const input = document.getElementById(id); input.value = String(value); "
            "input.dispatchEvent(new Event('input')); }",
            [f"kg-{which}", value],
        )

    def dark_pixels(self, box: dict[str, float]) -> int:
        """How many pixels inside ``box`` (page coordinates of the network) are drawn dark, as text is."""
        return int(
            self.js(
                """box => {
            const canvas = document.querySelector('#kg-network canvas');
            const scale = canvas.width / canvas.clientWidth;
            const pixels = canvas.getContext('2d').getImageData(box.x * scale, box.y * scale,
                                                                box.w * scale, box.h * scale).data;
            let dark = 0;
            for (let i = 0; i < pixels.length; i += 4) if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 200) dark++;
            return dark;
        }""",
                box,
            )
        )

    def pwned(self) -> Any:
        return self.js(
            "[window.kgPwned, document.querySelectorAll('img, svg, iframe, #kg-network script').length]"
        )

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def hostile_tab(browser: Any, tmp_path: Path, hostile: Graph) -> Iterator[Tab]:
    tab = Tab(browser, write_html(hostile, tmp_path / "hostile.html", title="Hostile"))
    yield tab
    tab.close()


@pytest.mark.browser
def test_the_page_draws_every_linked_entity_and_every_link_offline(
    hostile_tab: Tab, hostile: Graph
) -> None:
    n_nodes, n_links = expected_counts(hostile)
    assert hostile_tab.js("[nodes.length, edges.length]") == [n_nodes, n_links]
    assert hostile_tab.drawn() == (
        n_nodes - 1,
        n_links,
    )  # Port Eden takes part in no relation
    assert hostile_tab.js("document.querySelectorAll('#kg-classes input').length") == 5
    assert (
        hostile_tab.js("document.querySelectorAll('#kg-relations input').length") == 4
    )
    assert hostile_tab.errors == [] and hostile_tab.outside == []


@pytest.mark.browser
def test_hostile_text_shows_as_text_on_load_hover_and_click(hostile_tab: Tab) -> None:
    tab = hostile_tab
    assert tab.pwned() == [None, 0]
    mouse = tab.page.mouse
    labels = {
        n["id"]: n["label"]
        for n in tab.js(
            "JSON.parse(document.getElementById('kg-data').textContent).nodes"
        )
    }
    for node in tab.js("network.body.nodeIndices"):
        tab.click_empty()
        tab.hover(tab.point_of_node(node))
        assert labels[node] in tab.tooltip()
        mouse.click(*tab.point_of_node(node))
        assert labels[node] in tab.details()
    tab.click_empty()
    tab.hover(tab.point_of_node(HOSTILE_PERSON))
    assert (
        HOSTILE_LABEL in tab.tooltip()
        and "</script><script>window.kgPwned='alias'</script>" in tab.tooltip()
    )
    assert (
        "<b onmouseover=\"window.kgPwned='role'\">Envoy</b> & adviser" in tab.tooltip()
    )
    relation_labels = {
        e["id"]: tab.js(
            "r => JSON.parse(document.getElementById('kg-data').textContent)"
            ".relations[r].label",
            e["relation"],
        )
        for e in tab.js(
            "JSON.parse(document.getElementById('kg-data').textContent).edges"
        )
    }
    for edge, label in relation_labels.items():
        tab.click_empty()
        tab.hover(tab.point_of_edge(edge))
        assert f" \u2014 {label} \u2014 " in tab.tooltip()
        assert any(
            drawn.get("edge") == edge for drawn in tab.labelled()
        )  # its label, drawn on hover
        mouse.click(*tab.point_of_edge(edge))
        assert f" \u2014 {label} \u2014 " in tab.details()
    tab.click_empty()
    mouse.click(*tab.point_of_node(HOSTILE_PERSON))
    panel = tab.details()
    assert (
        "onerror=\"window.kgPwned='evidence'\"" in panel and "<svg onload=" in panel
    )  # the evidence, the headline
    assert (
        "\u201c<script>window.kgPwned='date'</script>\u201d (not resolved to a date)"
        in panel
    )
    assert "javascript:window.kgPwned='source'" in panel
    assert (
        tab.js("document.querySelectorAll('#kg-details a').length") == 0
    )  # not a link: not http(s)
    assert tab.pwned() == [None, 0]
    assert tab.errors == [] and tab.outside == []


@pytest.mark.browser
def test_clicking_an_entity_lights_up_and_labels_its_neighbours(
    hostile_tab: Tab,
) -> None:
    tab = hostile_tab
    cleo, westmark, ada = (
        ID + "person/cleo-vance",
        ID + "country/westmark",
        ID + "person/ada-moreno",
    )
    before = {node: tab.pixel(node) for node in (westmark, ada)}
    tab.page.mouse.click(*tab.point_of_node(cleo))
    lit = tab.js("window.kgHighlight")
    neighbours = [cleo, HOSTILE_PERSON, westmark, ID + "country/sudland"]
    assert lit["focus"] == [cleo] and sorted(lit["nodes"]) == sorted(neighbours)
    assert len(lit["edges"]) == 3  # the meeting, the duties, the affiliation
    assert {label.get("id") for label in tab.labelled()} >= set(neighbours)
    assert tab.pixel(westmark) == before[westmark]  # a neighbour keeps its colour
    assert (
        sum(tab.pixel(ada)[:3]) > sum(before[ada][:3]) + 150
    )  # the rest fades under a veil
    tab.click_empty()
    assert tab.js("window.kgHighlight") is None and tab.details() == ""


@pytest.mark.browser
def test_the_panel_lists_every_relation_of_an_entity_with_its_evidence_date_place_and_document(
    hostile_tab: Tab,
) -> None:
    tab = hostile_tab
    tab.page.mouse.click(*tab.point_of_node(ID + "country/norland"))
    panel = tab.page.locator("#kg-details")
    assert panel.locator("h2").text_content() == "Norland"
    headings = panel.locator("h3").all_text_contents()
    assert sorted(headings) == sorted(
        [
            "signed Port Accord \u00b7 1 event",
            "Sudland imposed tariff on \u00b7 1 event",
            "Affiliated",
        ]
    )
    text = tab.details()
    for expected in (
        "Norland, Sudland and the Harbour League signed the Port Accord in Port Eden on Thursday.",
        "2031-03-13 (\u201con Thursday\u201d)",
        "Port Eden",
        "Harbour talks end with a port accord (harbour)",
        "Sudland imposed tariffs on Norland last year.",
        "2030",
        "Also called: Norlandic",
        "Ada Moreno",
    ):
        assert expected in text
    assert "Norland may answer" not in text  # a hypothetical event is no relation
    assert tab.js(
        "Array.from(document.querySelectorAll('#kg-details a'), a => a.href)"
    ) == [
        "https://example.org/news/harbour-accord",
        "https://example.org/news/harbour-accord",
    ]
    panel.get_by_role("button", name="Ada Moreno").press(
        "Enter"
    )  # keyboard: on to a neighbour
    assert panel.locator("h2").text_content() == "Ada Moreno"
    assert (
        "Affiliation: Norland" in tab.details()
        and "met with Bo Lindqvist" in tab.details()
    )
    tab.page.keyboard.press("Escape")
    assert tab.details() == "" and tab.js("network.getSelectedNodes()") == []
    assert tab.outside == [] and tab.errors == []


@pytest.mark.browser
def test_clicking_a_link_lists_every_event_behind_it_and_its_weight(
    hostile_tab: Tab,
) -> None:
    tab = hostile_tab
    duties = tab.js(
        "id => network.getConnectedEdges(id).find(e => "
        "JSON.parse(document.getElementById('kg-data').textContent).edges[e].relation === "
        "'imposedTariffOn')",
        ID + "person/cleo-vance",
    )
    tab.page.mouse.click(*tab.point_of_edge(duties))
    text = tab.details()
    assert "Cleo Vance \u2014 imposed tariff on \u2014 Westmark \u00b7 2 events" in text
    assert (
        "Vance raised the Westmark duties again in April." in text
        and "2031-04-01" in text
    )
    assert "Date: undated" in text
    tab.page.locator(
        "#kg-undated"
    ).click()  # Vance's undated duties: out of the filter, still listed, marked
    assert tab.details().count("Outside the time filter") == 1
    assert "Outside the time filterPresident Cleo Vance imposed duties" in tab.details()
    widths = tab.js(
        "network.body.edgeIndices.map(id => network.body.edges[id].options.width)"
    )
    assert (
        tab.js("id => network.body.edges[id].options.width", duties)
        == max(widths)
        > min(widths)
    )


@pytest.mark.parametrize(
    ("steps", "entities", "links"),
    [
        ([], 9, 9),
        (["class:Person"], 4, 4),  # Westmark loses its only link with Vance
        (["class:Person", "class:Person"], 9, 9),
        (["relation:signed"], 7, 6),  # the accord and the league have no other link
        (["relation:affiliation"], 9, 7),
        (["lonely"], 10, 9),  # Port Eden
        (["relation:signed", "lonely"], 10, 6),
        (["from:2031-03-01"], 9, 8),  # Sudland's duties on Norland were in 2030
        (
            ["to:2031-03-12"],
            7,
            6,
        ),  # before the signing (13 March), in the month of the meeting; Vance's duties undated
        (
            ["to:2031-02-28"],
            6,
            5,
        ),  # before the meeting too: Lindqvist has no other link
        (
            ["undated"],
            8,
            8,
        ),  # the envoy's meeting has no date; Vance's duties have a dated event too
        (["undated", "to:2031-03-31"], 7, 7),
        (
            ["from:2031-04-01", "to:2031-04-01", "undated"],
            5,
            3,
        ),  # Vance's duties, and the affiliations
        (
            ["from:2031-04-01", "to:2031-03-01"],
            7,
            5,
        ),  # "to" pushes "from" back: 1 March, the month of the meeting
    ],
)
@pytest.mark.browser
def test_filters_hide_classes_relations_lone_entities_and_events_out_of_time(
    hostile_tab: Tab, steps: list[str], entities: int, links: int
) -> None:
    tab = hostile_tab
    toggles = {"lonely": "#kg-lonely", "undated": "#kg-undated"}
    for step in steps:
        kind, _, value = step.partition(":")
        if kind in ("from", "to"):
            tab.set_range(kind, value)
        elif kind in toggles:
            tab.page.locator(toggles[kind]).click()
        else:
            tab.page.locator(
                f"#kg-{'classes' if kind == 'class' else 'relations'} input[value={value}]"
            ).click()
    assert tab.drawn() == (entities, links)
    assert tab.js("[window.kgShown.nodes, window.kgShown.edges]") == [entities, links]
    assert tab.errors == []


@pytest.mark.browser
def test_the_toggle_says_how_many_entities_are_hidden_and_the_time_filter_its_range(
    hostile_tab: Tab,
) -> None:
    tab = hostile_tab
    assert (
        tab.page.locator("#kg-lonely-row").text_content().strip()
        == "Show 1 entity without a shown link"
    )
    assert (
        tab.page.locator("#kg-counts").text_content()
        == "9 of 10 entities \u00b7 9 of 9 links"
    )
    assert (
        tab.page.locator("#kg-from-text").text_content() == "2030-01-01"
    )  # Sudland's duties, "2030"
    assert tab.page.locator("#kg-to-text").text_content() == "2031-04-01"
    assert tab.page.locator("#kg-undated-text").text_content() == "2 undated events"
    tab.page.locator("#kg-relations input[value=signed]").click()
    assert (
        tab.page.locator("#kg-lonely-row").text_content().strip()
        == "Show 3 entities without a shown link"
    )


@pytest.mark.browser
def test_affiliations_are_drawn_as_light_dashed_links_with_their_own_legend_row(
    hostile_tab: Tab,
) -> None:
    tab = hostile_tab
    dashed = tab.js(
        "network.body.edgeIndices.filter(id => network.body.edges[id].options.dashes)"
        ".map(id => [network.body.edges[id].fromId, network.body.edges[id].toId])"
    )
    assert sorted(dashed) == [
        [ID + "person/ada-moreno", ID + "country/norland"],
        [ID + "person/cleo-vance", ID + "country/sudland"],
    ]
    row = tab.page.locator(
        "#kg-relations label", has=tab.page.locator("input[value=affiliation]")
    )
    assert row.locator("span").all_text_contents() == ["\u21e2", "affiliated with", "2"]
    row.locator("input").uncheck()
    assert (
        tab.js(
            "network.body.edgeIndices.filter(id => network.body.edges[id].options.dashes).length"
        )
        == 0
    )


@pytest.mark.browser
def test_search_finds_names_and_aliases_as_plain_text(hostile_tab: Tab) -> None:
    tab = hostile_tab
    search = tab.page.locator("#kg-search")
    search.fill("lindqvist")
    search.press("Enter")
    assert tab.js("network.getSelectedNodes()") == [ID + "person/bo-lindqvist"]
    assert tab.page.locator("#kg-status").text_content() == "1 match"
    search.fill("Norlandic")
    search.press("Enter")
    assert tab.js("network.getSelectedNodes()") == [ID + "country/norland"]
    search.fill("<img src=")
    search.press("Enter")
    assert tab.js("network.getSelectedNodes()") == [HOSTILE_PERSON]
    assert HOSTILE_LABEL in tab.details()
    search.fill("nobody by that name")
    search.press("Enter")
    assert tab.page.locator("#kg-status").text_content() == "0 matches"
    assert tab.js("window.kgHighlight") is None and tab.details() == ""
    assert tab.pwned() == [None, 0] and tab.errors == []


@pytest.mark.browser
def test_choosing_a_search_result_selects_and_centres_it_by_keyboard(
    hostile_tab: Tab,
) -> None:
    from playwright.sync_api import expect

    tab = hostile_tab
    tab.page.locator("#kg-search").press_sequentially("land")
    results = tab.page.locator("#kg-results button")
    # the list follows each key typed: wait until it shows the matches of the whole word
    expect(results).to_have_text(
        ["Norland Country \u00b7 2 relations", "Sudland Country \u00b7 2 relations"]
    )
    for key in ("ArrowDown", "ArrowDown", "Enter"):
        tab.page.keyboard.press(key)
    assert tab.js("network.getSelectedNodes()") == [ID + "country/sudland"]
    assert (
        tab.js("document.activeElement.textContent") == "Sudland"
    )  # the panel's heading
    centre = tab.js(
        "[(document.getElementById('kg-network').clientWidth - "
        "document.getElementById('kg-details').offsetWidth) / 2, "
        "document.getElementById('kg-network').clientHeight / 2]"
    )  # of the part the panel leaves
    at = tab.js(
        "id => network.canvasToDOM(network.getPosition(id))", ID + "country/sudland"
    )
    assert abs(at["x"] - centre[0]) < 2 and abs(at["y"] - centre[1]) < 2
    assert tab.page.locator("#kg-results").is_hidden()


@pytest.mark.browser
def test_a_hidden_entity_chosen_in_the_search_is_shown(hostile_tab: Tab) -> None:
    tab = hostile_tab
    tab.page.locator("#kg-search").fill("port eden")
    tab.page.locator("#kg-search").press("Enter")
    assert tab.js("network.getSelectedNodes()") == [ID + "location/port-eden"]
    assert tab.drawn()[0] == 10 and "0 relations" in tab.details()
    assert tab.page.locator("#kg-details h2").all_text_contents() == [
        "Port Eden"
    ]  # one panel, not two


@pytest.mark.browser
def test_a_hub_lists_its_first_fifty_relations_and_the_rest_on_request(
    browser: Any, tmp_path: Path
) -> None:
    net = nx.MultiDiGraph()
    net.add_node("hub", label="Hubland", **{"class": "Country"})
    for n in range(60):
        net.add_node(f"p{n}", label=f"Person {n}", **{"class": "Person"})
        events = [
            {
                "event": f"e{n}",
                "evidence": f"Person {n} put duties on Hubland.",
                "mentions": 1 + n // 30,
            }
        ]
        net.add_edge(
            f"p{n}",
            "hub",
            key="imposedTariffOn",
            relation="imposedTariffOn",
            events=events,
        )
    tab = Tab(browser, write_html(net, tmp_path / "hub.html"))
    try:
        tab.page.mouse.click(*tab.point_of_node("hub"))
        panel = tab.page.locator("#kg-details")
        assert panel.locator("h3").count() == 50
        assert (
            panel.locator("h3")
            .first.text_content()
            .startswith("Person 30 imposed tariff on")
        )  # the heaviest first
        panel.get_by_role("button", name="Show the other 10 relations").click()
        assert (
            panel.locator("h3").count() == 60
            and "Person 9 put duties on Hubland." in tab.details()
        )
        assert tab.errors == []
    finally:
        tab.close()


def hubs(n_hubs: int, leaves: int) -> nx.MultiDiGraph:
    """``n_hubs`` countries, each meeting ... its own ``leaves`` people; hub i has i more than hub 0."""
    net = nx.MultiDiGraph()
    for h in range(n_hubs):
        hub = f"hub{h}"
        net.add_node(hub, label=f"Hub country {h}", **{"class": "Country"})
        for leaf in range(leaves + h):
            person = f"p{h}-{leaf}"
            net.add_node(
                person,
                label=f"Person {h}-{leaf} with a long name",
                **{"class": "Person"},
            )
            net.add_edge(
                person, hub, key="affiliation", relation="affiliation", events=[]
            )
    return net


@pytest.mark.browser
def test_the_most_connected_entities_are_labelled_at_the_first_zoom_more_when_zoomed_in(
    browser: Any, tmp_path: Path
) -> None:
    tab = Tab(browser, write_html(hubs(12, 30), tmp_path / "hubs.html"))
    try:
        first = tab.labelled()
        ids = [label["id"] for label in first]
        assert {f"hub{h}" for h in range(12)} <= set(
            ids
        )  # every hub, the leaves only where there is room
        assert 12 <= len(ids) <= 20 < tab.js("nodes.length")
        for n, a in enumerate(first):
            for b in first[n + 1 :]:
                assert (
                    a["x"] + a["w"] <= b["x"]
                    or b["x"] + b["w"] <= a["x"]
                    or a["y"] + a["h"] <= b["y"]
                    or b["y"] + b["h"] <= a["y"]
                ), (a, b)  # none over another
        assert tab.dark_pixels(first[0]) > 20  # the text is on the canvas
        tab.js("network.moveTo({scale: network.getScale() * 3})")
        tab.page.wait_for_function(
            "count => (window.kgLabels || []).length > count",
            arg=len(first),
            timeout=10_000,
        )
        assert len(tab.labelled()) > len(
            first
        )  # drawn in the next frame at the new zoom
        assert tab.errors == []
    finally:
        tab.close()


@pytest.mark.browser
def test_an_empty_graph_still_gives_a_working_page(
    browser: Any, tmp_path: Path
) -> None:
    tab = Tab(browser, write_html(Graph(), tmp_path / "empty.html"))
    try:
        assert tab.js("[nodes.length, edges.length]") == [0, 0]
        assert (
            tab.page.locator("#kg-counts").text_content()
            == "0 of 0 entities \u00b7 0 of 0 links"
        )
        assert tab.errors == [] and tab.outside == []
    finally:
        tab.close()


@pytest.mark.browser
def test_the_notebook_view_runs_the_page_inside_its_iframe(
    browser: Any, tmp_path: Path, hostile: Graph
) -> None:
    notebook = tmp_path / "notebook.html"
    notebook.write_text(
        f"<!DOCTYPE html><html><body>{show(hostile)._repr_html_()}</body></html>",
        encoding="utf-8",
    )
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on(
            "console", lambda m: errors.append(m.text) if m.type == "error" else None
        )
        page.goto(notebook.as_uri())
        frame = page.frame_locator("iframe")
        frame.locator("#kg-network canvas").wait_for()
        inner = page.frames[1]
        inner.wait_for_selector(READY, state="attached")
        assert inner.evaluate("[nodes.length, edges.length]") == list(
            expected_counts(hostile)
        )
        assert errors == []
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.model
def test_the_screenshot_script_takes_a_small_picture_of_the_examples_page(
    tmp_path: Path,
) -> None:
    _playwright()
    from PIL import Image

    out = tmp_path / "page.png"
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "screenshot.py"),
            "--out",
            str(out),
            "--select",
            "India",
            "--size",
            "1000",
            "600",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    with Image.open(out) as picture:
        assert picture.size == (1000, 600) and picture.mode == "P"  # 256 colours
        assert len(picture.getcolors(256) or []) > 20  # a drawing, not a blank page
    assert 10_000 < out.stat().st_size < 200_000
    missing = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "screenshot.py"),
            "--out",
            str(out),
            "--select",
            "Nobody",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert missing.returncode == 1 and "no entity is called 'Nobody'" in missing.stderr


@pytest.mark.browser
@pytest.mark.model
@pytest.mark.skipif(not SEED.is_file(), reason=f"the seed article is not at {SEED}")
def test_the_seed_article_page(browser: Any, build: Any, tmp_path: Path) -> None:
    graph = build(SEED.read_text(encoding="utf-8"), doc_id="seed")
    tab = Tab(browser, write_html(graph, tmp_path / "seed.html", title="Seed article"))
    try:
        n_nodes, n_edges = expected_counts(graph)
        assert n_edges > 0
        assert tab.js("[nodes.length, edges.length]") == [n_nodes, n_edges]
        tab.page.screenshot(path=tmp_path / "seed-graph.png")
        assert (tmp_path / "seed-graph.png").stat().st_size > 10_000
        assert tab.errors == [] and tab.outside == []
    finally:
        tab.close()
