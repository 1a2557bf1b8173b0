"""The graph page (kg/viz.py): networkx view, escaping, payload, and the page in a real browser.

Browser tests drive Debian's headless Chromium through Playwright with every
request that leaves ``file://`` blocked and recorded.
"""

from __future__ import annotations

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
from rdflib import RDF, Graph

import kg
from conftest import REPO, SEED
from kg.errors import InputError
from kg.namespace import KG
from kg.query import load_graph
from kg.viz import LARGE_GRAPH_NODES, PHYSICS_MAX_NODES, GraphView, show, to_html, to_networkx, write_html

HOSTILE = REPO / "tests" / "data" / "viz-hostile.ttl"
SMALL_TRIG = REPO / "tests" / "data" / "small-graph.trig"
ID = "https://w3id.org/newskg/id/"
HOSTILE_PERSON = ID + "person/img-src-x"
HOSTILE_LABEL = '<img src="https://attacker.invalid/label.png" onerror="window.kgPwned=\'label\'">'
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
# The page marks itself ready after its first complete drawing. (Playwright's wait_for_function
# would need eval, which the page's Content-Security-Policy forbids.)
READY = "html[data-kg-ready=true]"
ENTITY_CLASSES = ("Person", "Organization", "Country", "Location", "Agreement")


# --------------------------------------------------------------------------- helpers


def expected_counts(graph: Graph) -> tuple[int, int]:
    """Entities and relation statements of ``graph``, counted straight from the RDF (metWith once per pair)."""
    entities = {s for name in ENTITY_CLASSES for s in graph.subjects(RDF.type, KG[name])}
    statements: set[Any] = set()
    for relation in ("signed", "metWith", "imposedTariffOn"):
        for s, o in graph.subject_objects(KG[relation]):
            entities |= {s, o}
            statements.add(frozenset((s, o)) if relation == "metWith" else (s, relation, o))
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


def test_to_networkx_gives_one_node_per_entity_with_its_names_class_and_roles(hostile: Graph) -> None:
    net = to_networkx(hostile)
    assert net.number_of_nodes() == expected_counts(hostile)[0] == 10
    ada = net.nodes[ID + "person/ada-moreno"]
    assert ada == {"label": "Ada Moreno", "class": "Person", "aliases": ["Moreno", "Trade Minister Ada Moreno"],
                   "roles": ["Trade Minister"]}
    assert net.nodes[ID + "agreement/harbour-port-accord"]["class"] == "Agreement"
    assert net.nodes[ID + "location/port-eden"]["class"] == "Location"
    assert net.nodes[HOSTILE_PERSON]["label"] == HOSTILE_LABEL  # kept as text; escaping is the page's job


def test_to_networkx_edges_carry_the_relation_and_the_events_behind_it(hostile: Graph) -> None:
    net = to_networkx(hostile)
    relations = sorted((u.rsplit("/", 1)[1], k, v.rsplit("/", 1)[1]) for u, v, k in net.edges(keys=True))
    assert relations == [
        ("ada-moreno", "metWith", "bo-lindqvist"), ("bo-lindqvist", "metWith", "ada-moreno"),
        ("cleo-vance", "imposedTariffOn", "westmark"), ("cleo-vance", "metWith", "img-src-x"),
        ("harbour-league", "signed", "harbour-port-accord"), ("img-src-x", "metWith", "cleo-vance"),
        ("norland", "signed", "harbour-port-accord"), ("sudland", "imposedTariffOn", "norland"),
        ("sudland", "signed", "harbour-port-accord"),
    ]
    signing = net.edges[ID + "country/norland", ID + "agreement/harbour-port-accord", "signed"]["events"]
    assert signing == [{
        "event": ID + "event/harbour-1",
        "evidence": "Norland, Sudland and the Harbour League signed the Port Accord in Port Eden on Thursday.",
        "date": "2031-03-13", "place": "Port Eden", "document": "harbour",
        "headline": "Harbour talks end with a port accord", "source": "https://example.org/news/harbour-accord",
    }]
    duties = net.edges[ID + "person/cleo-vance", ID + "country/westmark", "imposedTariffOn"]["events"]
    assert [e["event"].rsplit("/", 1)[1] for e in duties] == ["hostile-2", "hostile-3"]  # undated first
    assert duties[0]["date"] is None and duties[0]["place"] is None


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
    relation_triples = [t for r in ("signed", "metWith", "imposedTariffOn") for t in union.triples((None, KG[r], None))]
    assert net.number_of_edges() == len(relation_triples) > 0


def test_to_networkx_rejects_what_is_not_a_graph() -> None:
    with pytest.raises(InputError, match="rdflib.Graph"):
        to_networkx("graph.ttl")  # type: ignore[arg-type]


def test_the_package_exports_the_networkx_view_and_the_notebook_display() -> None:
    assert kg.to_networkx is to_networkx
    assert kg.show is show


# --------------------------------------------------------------------------- page: escaping and payload


def test_the_page_has_no_markup_from_the_graph_only_our_own_tags(hostile: Graph) -> None:
    page = to_html(hostile, title="Hostile </title><script>window.kgPwned='title'</script>")
    tags = parse_page(page).tags
    assert {tag for tag, _ in tags} <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "input",
                                        "span", "main", "aside", "p", "fieldset", "legend", "div", "script"}
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts[0] == {"type": "application/json", "id": "kg-data"} and len(scripts) == 3
    data = parse_page(page).data["kg-data"]
    assert "<" not in data and ">" not in data and "&" not in data  # \u003c …: cannot close the script
    outside_data = page.replace(data, "")
    assert "attacker.invalid" not in outside_data and "kgPwned='label'" not in outside_data
    assert "&lt;/title&gt;&lt;script&gt;" in page  # the title, escaped in <title> and <h1>


def test_the_payload_carries_the_graph_as_text_exactly(hostile: Graph) -> None:
    data = payload(to_html(hostile))
    n_nodes, n_edges = expected_counts(hostile)
    assert len(data["nodes"]) == n_nodes and len(data["edges"]) == n_edges == 7
    person = next(n for n in data["nodes"] if n["id"] == HOSTILE_PERSON)
    assert person["label"] == HOSTILE_LABEL
    assert person["aliases"] == ["</script><script>window.kgPwned='alias'</script>"]
    meeting = next(e for e in data["edges"] if e["relation"] == "metWith" and HOSTILE_PERSON in (e["from"], e["to"]))
    (event,) = meeting["events"]
    assert event["evidence"].startswith('The envoy <img src="https://attacker.invalid/evidence.png"')
    assert event["evidence"].endswith("\u2028next line")
    assert event["date"] == "<script>window.kgPwned='date'</script>"
    assert event["source"] == "javascript:window.kgPwned='source'"


def test_the_payload_styles_every_class_and_relation_it_uses(hostile: Graph) -> None:
    data = payload(to_html(hostile))
    assert {n["class"] for n in data["nodes"]} == set(ENTITY_CLASSES)
    assert set(data["classes"]) >= set(ENTITY_CLASSES)
    assert {e["relation"] for e in data["edges"]} == set(data["relations"]) == {"signed", "metWith", "imposedTariffOn"}
    assert all(set(style) >= {"color", "shape", "glyph"} for style in data["classes"].values())


def test_entities_are_sized_by_degree_and_laid_out_apart(hostile: Graph) -> None:
    nodes = {n["id"]: n for n in payload(to_html(hostile))["nodes"]}
    accord, eden = nodes[ID + "agreement/harbour-port-accord"], nodes[ID + "location/port-eden"]
    assert accord["degree"] == 3 and eden["degree"] == 0
    assert accord["size"] == max(n["size"] for n in nodes.values()) > eden["size"]
    points = {(n["x"], n["y"]) for n in nodes.values()}
    assert len(points) == len(nodes)
    assert eden["y"] > max(n["y"] for n in nodes.values() if n["degree"])  # lone entities sit under the drawing


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


def test_the_page_forbids_every_outside_load_and_any_script_but_its_own(hostile: Graph) -> None:
    page = to_html(hostile)
    (csp,) = [attrs["content"] for tag, attrs in parse_page(page).tags
              if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    assert csp is not None
    assert "default-src 'none'" in csp
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    assert "unsafe-inline" not in script_src and len(re.findall(r"'sha256-", script_src)) == 2


def chain(n: int) -> nx.MultiDiGraph:
    net = nx.MultiDiGraph()
    for i in range(n):
        net.add_node(f"p{i}", label=f"Person {i}", **{"class": "Person"})
    for i in range(n - 1):
        net.add_edge(f"p{i}", f"p{i + 1}", key="metWith", relation="metWith", events=[])
    return net


def test_small_graphs_settle_with_physics_large_ones_start_still_and_light() -> None:
    small = payload(to_html(chain(PHYSICS_MAX_NODES)))
    assert small["options"]["physics"]["enabled"] and small["edgeLabels"]
    medium = payload(to_html(chain(PHYSICS_MAX_NODES + 1)))
    assert not medium["options"]["physics"]["enabled"] and medium["edgeLabels"]
    assert medium["options"]["edges"]["smooth"]
    large = payload(to_html(chain(LARGE_GRAPH_NODES + 1)))
    assert not large["options"]["physics"]["enabled"] and not large["edgeLabels"]
    assert large["options"]["edges"]["smooth"] is False and large["options"]["interaction"]["hideEdgesOnDrag"]


def test_a_graph_outside_the_ontology_is_refused_with_the_valid_values() -> None:
    net = chain(2)
    net.nodes["p0"]["class"] = "Spaceship"
    with pytest.raises(InputError, match="valid classes: Person"):
        to_html(net)
    with pytest.raises(InputError, match="rdflib.Graph or the networkx graph"):
        to_html({"nodes": []})  # type: ignore[arg-type]


def test_the_notebook_view_embeds_the_page_in_a_sandboxed_iframe(hostile: Graph) -> None:
    view = show(hostile, height=300)
    assert isinstance(view, GraphView)
    tags = parse_page(view._repr_html_()).tags
    assert [tag for tag, _ in tags] == ["iframe"]  # the page is one attribute, not markup of the notebook
    attrs = tags[0][1]
    assert attrs["srcdoc"] == to_html(hostile) and attrs["sandbox"] == "allow-scripts"
    assert "height: 300px" in (attrs["style"] or "")


def test_write_html_writes_the_page(tmp_path: Path, hostile: Graph) -> None:
    path = write_html(hostile, tmp_path / "graph.html", title="Harbour")
    assert path.read_text(encoding="utf-8") == to_html(hostile, title="Harbour")


# --------------------------------------------------------------------------- command line


def run_kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ})


def test_kg_viz_draws_a_graph_file_in_any_rdf_format(tmp_path: Path, hostile: Graph) -> None:
    source = tmp_path / "hostile.jsonld"
    hostile.serialize(source, format="json-ld")
    result = run_kg("viz", str(source), "-o", str(tmp_path / "page.html"))
    assert result.returncode == 0, result.stderr
    data = payload((tmp_path / "page.html").read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["edges"])) == expected_counts(hostile)
    trig = run_kg("viz", str(SMALL_TRIG), "-o", str(tmp_path / "small.html"), "--title", "Small")
    assert trig.returncode == 0, trig.stderr
    assert "<title>Small</title>" in (tmp_path / "small.html").read_text(encoding="utf-8")


def test_kg_viz_writes_next_to_the_graph_by_default(tmp_path: Path) -> None:
    shutil.copy(HOSTILE, tmp_path / "g.ttl")
    assert run_kg("viz", str(tmp_path / "g.ttl")).returncode == 0
    assert (tmp_path / "g.html").is_file()


def test_kg_viz_explains_bad_input(tmp_path: Path) -> None:
    missing = run_kg("viz", str(tmp_path / "none.ttl"))
    assert missing.returncode == 2 and "no graph file" in missing.stderr
    unknown = run_kg("viz", str(REPO / "README.md"))
    assert unknown.returncode == 2 and "known extensions: " in unknown.stderr and ".ttl" in unknown.stderr
    unwritable = run_kg("viz", str(HOSTILE), "-o", str(tmp_path / "no" / "such" / "dir" / "page.html"))
    assert unwritable.returncode == 1 and "cannot write" in unwritable.stderr


@pytest.mark.model
def test_kg_build_also_writes_the_page(tmp_path: Path) -> None:
    result = run_kg("build", str(REPO / "examples" / "harbour-accord.txt"), "--out", str(tmp_path), "-q")
    assert result.returncode == 0, result.stderr
    data = payload((tmp_path / "graph.html").read_text(encoding="utf-8"))
    assert (len(data["nodes"]), len(data["edges"])) == expected_counts(load_graph(tmp_path / "graph.ttl"))
    assert data["edges"]


# --------------------------------------------------------------------------- in Chromium


def _playwright() -> Any:
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need Playwright's Python client: pip install -e '.[test]'")
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
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", self._request)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector(READY, state="attached", timeout=60_000)
        self.page.evaluate("network.stopSimulation()")  # so the points we aim the mouse at stay put

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
        return self._to_page(self.js("id => network.canvasToDOM(network.getPosition(id))", node_id))

    def point_of_edge(self, edge_id: int) -> tuple[float, float]:
        return self._to_page(self.js("id => network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5))",
                                     edge_id))

    def _to_page(self, dom: dict[str, float]) -> tuple[float, float]:
        box = self.page.locator("#kg-network").bounding_box()
        return box["x"] + dom["x"], box["y"] + dom["y"]

    def hover(self, point: tuple[float, float]) -> None:
        self.page.mouse.move(*point)
        self.page.wait_for_selector("#kg-tooltip:not([hidden])")

    def click_empty(self) -> None:
        box = self.page.locator("#kg-network").bounding_box()
        self.page.mouse.click(box["x"] + box["width"] - 5, box["y"] + box["height"] - 5)

    def pixel(self, node_id: str) -> list[int]:
        """The colour drawn at the centre of an entity, read back from the canvas."""
        return list(self.js("""id => {
            const canvas = document.querySelector('#kg-network canvas');
            const at = network.canvasToDOM(network.getPosition(id));
            const scale = canvas.width / canvas.clientWidth;
            return Array.from(canvas.getContext('2d').getImageData(at.x * scale, at.y * scale, 1, 1).data);
        }""", node_id))

    def tooltip(self) -> str:
        return str(self.js("document.getElementById('kg-tooltip').hidden ? '' : "
                           "document.getElementById('kg-tooltip').textContent"))

    def pwned(self) -> Any:
        return self.js("[window.kgPwned, document.querySelectorAll('img, svg, iframe, #kg-network script').length]")

    def close(self) -> None:
        self.context.close()


@pytest.fixture()
def hostile_tab(browser: Any, tmp_path: Path, hostile: Graph) -> Iterator[Tab]:
    tab = Tab(browser, write_html(hostile, tmp_path / "hostile.html", title="Hostile"))
    yield tab
    tab.close()


@pytest.mark.browser
def test_the_page_draws_every_entity_and_relation_offline(hostile_tab: Tab, hostile: Graph) -> None:
    assert hostile_tab.js("[nodes.length, edges.length]") == list(expected_counts(hostile))
    assert hostile_tab.js("[network.body.nodeIndices.length, network.body.edgeIndices.length]") == \
        list(expected_counts(hostile))
    assert hostile_tab.js("document.querySelectorAll('#kg-classes input').length") == 5
    assert hostile_tab.errors == [] and hostile_tab.outside == []


@pytest.mark.browser
def test_hostile_text_shows_as_text_on_load_hover_and_click(hostile_tab: Tab) -> None:
    tab = hostile_tab
    assert tab.pwned() == [None, 0]
    mouse = tab.page.mouse
    for node in tab.js("nodes.get()"):
        tab.click_empty()
        tab.hover(tab.point_of_node(node["id"]))
        assert node["label"] in tab.tooltip()
        mouse.click(*tab.point_of_node(node["id"]))
        assert node["label"] in tab.tooltip()
    tab.click_empty()
    tab.hover(tab.point_of_node(HOSTILE_PERSON))
    assert HOSTILE_LABEL in tab.tooltip() and "</script><script>window.kgPwned='alias'</script>" in tab.tooltip()
    assert "<b onmouseover=\"window.kgPwned='role'\">Envoy</b> & adviser" in tab.tooltip()
    for edge in tab.js("edges.get()"):
        tab.click_empty()
        tab.hover(tab.point_of_edge(edge["id"]))
        assert f" \u2014 {edge['label']} \u2014 " in tab.tooltip()
        mouse.click(*tab.point_of_edge(edge["id"]))
        assert f" \u2014 {edge['label']} \u2014 " in tab.tooltip()
    tab.click_empty()
    meeting = tab.js("id => network.getConnectedEdges(id)[0]", HOSTILE_PERSON)
    mouse.click(*tab.point_of_edge(meeting))
    assert "onerror=\"window.kgPwned='evidence'\"" in tab.tooltip() and "kgPwned='date'" in tab.tooltip()
    assert "<svg onload=" in tab.tooltip()  # the headline
    assert tab.pwned() == [None, 0]
    assert tab.errors == [] and tab.outside == []


@pytest.mark.browser
def test_clicking_an_entity_lights_up_its_neighbours(hostile_tab: Tab) -> None:
    tab = hostile_tab
    cleo, westmark, ada = ID + "person/cleo-vance", ID + "country/westmark", ID + "person/ada-moreno"
    before = {node: tab.pixel(node) for node in (westmark, ada)}
    tab.page.mouse.click(*tab.point_of_node(cleo))
    lit = tab.js("window.kgHighlight")
    assert lit["focus"] == [cleo]
    assert sorted(lit["nodes"]) == sorted([cleo, HOSTILE_PERSON, ID + "country/westmark"])
    assert len(lit["edges"]) == 2
    assert tab.pixel(westmark) == before[westmark]  # a neighbour keeps its colour
    assert sum(tab.pixel(ada)[:3]) > sum(before[ada][:3]) + 150  # the rest fades under a veil
    assert "Cleo Vance" in tab.tooltip() and "President" in tab.tooltip()
    tab.click_empty()
    assert tab.js("window.kgHighlight") is None and tab.tooltip() == ""


@pytest.mark.browser
def test_filters_hide_a_class_or_a_relation(hostile_tab: Tab, hostile: Graph) -> None:
    tab = hostile_tab
    n_nodes, n_edges = expected_counts(hostile)
    drawn_nodes = "network.body.nodeIndices.length"
    drawn_edges = "network.body.edgeIndices.filter(id => network.body.edges[id].connected).length"
    tab.page.locator("#kg-classes input[value=Person]").uncheck()
    assert tab.js(drawn_nodes) == n_nodes - 4
    assert tab.js(drawn_edges) == n_edges - 3  # two meetings and Vance's duties
    tab.page.locator("#kg-classes input[value=Person]").check()
    tab.page.locator("#kg-relations input[value=signed]").uncheck()
    assert tab.js(drawn_nodes) == n_nodes and tab.js(drawn_edges) == n_edges - 3
    tab.page.locator("#kg-relations input[value=signed]").check()
    assert tab.js(drawn_edges) == n_edges
    assert tab.errors == []


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
    search.fill("nobody by that name")
    search.press("Enter")
    assert tab.page.locator("#kg-status").text_content() == "0 matches"
    assert tab.js("window.kgHighlight") is None
    assert tab.pwned() == [None, 0] and tab.errors == []


@pytest.mark.browser
def test_an_empty_graph_still_gives_a_working_page(browser: Any, tmp_path: Path) -> None:
    tab = Tab(browser, write_html(Graph(), tmp_path / "empty.html"))
    try:
        assert tab.js("[nodes.length, edges.length]") == [0, 0]
        assert tab.page.locator("#kg-counts").text_content() == "0 entities \u00b7 0 relations"
        assert tab.errors == [] and tab.outside == []
    finally:
        tab.close()


@pytest.mark.browser
def test_the_notebook_view_runs_the_page_inside_its_iframe(browser: Any, tmp_path: Path, hostile: Graph) -> None:
    notebook = tmp_path / "notebook.html"
    notebook.write_text(f"<!DOCTYPE html><html><body>{show(hostile)._repr_html_()}</body></html>", encoding="utf-8")
    context = browser.new_context()
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(notebook.as_uri())
        frame = page.frame_locator("iframe")
        frame.locator("#kg-network canvas").wait_for()
        inner = page.frames[1]
        inner.wait_for_selector(READY, state="attached")
        assert inner.evaluate("[nodes.length, edges.length]") == list(expected_counts(hostile))
        assert errors == []
    finally:
        context.close()


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
