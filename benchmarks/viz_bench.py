"""How fast the graph page is written and how soon it is interactive in Chromium.

Run from the repository root (needs Debian's chromium at /usr/bin/chromium):

    .venv/bin/python benchmarks/viz_bench.py [--nodes 500 5000 20000] [--runs 3]

Each size is a synthetic graph in our ontology: news-like, with a few hub
entities, about four relations per entity, one asserted event (with an
evidence sentence and a document) behind each relation, and half the people
affiliated with a country. Prints one line per size: entities, relations, RDF
triples, seconds for ``to_networkx``, seconds for ``to_html``, page size, and
time-to-interactive (navigation start until the page sets ``window.kgReady``
after its first complete drawing, labels included), best and median of
``--runs`` fresh page loads; then, on one more load, the time a click on the
most connected entity takes to light up its neighbourhood and list it in the
side panel, a search that chooses an entity, and a move of the time slider
that hides half the dated events.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import numpy as np
from rdflib import RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, XSD

from kg.namespace import KG
from kg.viz import PHYSICS_MAX_NODES, to_html, to_networkx

CHROMIUM = "/usr/bin/chromium"
ID = Namespace("https://w3id.org/newskg/id/")
CLASSES = [
    ("Person", 0.45),
    ("Organization", 0.15),
    ("Country", 0.05),
    ("Location", 0.15),
    ("Agreement", 0.20),
]
SENTENCE = "In a statement on {day} March, officials said {a} and {b} had agreed terms after talks that ran late."


def synthetic_graph(nodes: int, *, per_node: int = 4, seed: int = 1) -> Graph:
    """About ``nodes`` entities and ``per_node * nodes`` relation statements, each backed by an event."""
    rng = np.random.default_rng(seed)
    graph = Graph()
    add = graph.add
    members: dict[str, list[URIRef]] = {}
    for name, share in CLASSES:
        count = max(2, round(nodes * share))
        members[name] = [ID[f"{name.lower()}/{name.lower()}-{i}"] for i in range(count)]
        for i, entity in enumerate(members[name]):
            add((entity, RDF.type, KG[name]))
            add((entity, RDFS.label, Literal(f"{name} {i}")))
            add((entity, SKOS.altLabel, Literal(f"{name[:3]}{i}")))
            if name == "Person":
                add((entity, KG.role, Literal("Minister")))

    def pick(name: str) -> URIRef:
        # Zipf-like choice: a few hubs, a long tail
        pool = members[name]
        return pool[
            min(int(rng.zipf(1.6)) - 1, len(pool) - 1)
            if rng.random() < 0.5
            else int(rng.integers(len(pool)))
        ]

    statements: set[tuple[URIRef, URIRef, URIRef]] = set()
    target = per_node * nodes
    while len(statements) < target:
        roll = rng.random()
        if roll < 0.5:
            a, b = pick("Person"), pick("Person")
            if a == b or (b, KG.metWith, a) in statements:
                continue
            statements.add((a, KG.metWith, b))
        elif roll < 0.8:
            party = pick("Country") if rng.random() < 0.5 else pick("Organization")
            statements.add((party, KG.signed, pick("Agreement")))
        else:
            imposer = pick("Country") if rng.random() < 0.7 else pick("Person")
            country = pick("Country")
            if imposer != country:
                statements.add((imposer, KG.imposedTariffOn, country))

    for person in members["Person"][::2]:
        add((person, KG.affiliation, pick("Country")))

    event_class = {
        KG.metWith: KG.Meeting,
        KG.signed: KG.Signing,
        KG.imposedTariffOn: KG.TariffImposition,
    }
    roles = {
        KG.metWith: (KG.participant, KG.participant),
        KG.signed: (KG.party, KG.agreement),
        KG.imposedTariffOn: (KG.imposer, KG.target),
    }
    for n, (a, relation, b) in enumerate(sorted(statements)):
        add((a, relation, b))
        if relation == KG.metWith:
            add((b, relation, a))
        document = ID[f"doc/d{n // 8}"]
        if n % 8 == 0:
            add((document, RDF.type, KG.Document))
            add((document, KG.documentId, Literal(f"d{n // 8}")))
            add((document, KG.headline, Literal(f"Report number {n // 8}")))
        event = ID[f"event/e{n}"]
        sentence = SENTENCE.format(
            day=n % 28 + 1, a=a.rsplit("/", 1)[-1], b=b.rsplit("/", 1)[-1]
        )
        add((event, RDF.type, event_class[relation]))
        add((event, roles[relation][0], a))
        add((event, roles[relation][1], b))
        add((event, KG.evidence, Literal(sentence)))
        add((event, KG.date, Literal(f"2031-03-{n % 28 + 1:02d}", datatype=XSD.date)))
        add((event, KG.place, members["Location"][n % len(members["Location"])]))
        add((event, KG.startOffset, Literal(0)))
        add((event, KG.endOffset, Literal(len(sentence))))
        add((event, KG.confidence, Literal(Decimal("0.9"))))
        add((event, KG.status, Literal("asserted")))
        add((event, PROV.wasDerivedFrom, document))
    return graph


def browser_times(page: Path, runs: int) -> tuple[list[float], dict[str, float]]:
    """Time-to-interactive of ``runs`` fresh loads (ms), and the ms of a click, a search and a time filter."""
    from playwright.sync_api import sync_playwright

    args = [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    ready: list[float] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            context.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith("file:")
                    else route.abort()
                ),
            )
            tab = context.new_page()
            tab.goto(page.as_uri(), timeout=300_000)
            tab.wait_for_selector(
                "html[data-kg-ready=true]", state="attached", timeout=300_000
            )
            ready.append(tab.evaluate("window.kgReadyAt"))
            context.close()
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        tab = context.new_page()
        tab.goto(page.as_uri(), timeout=300_000)
        tab.wait_for_selector(
            "html[data-kg-ready=true]", state="attached", timeout=300_000
        )
        actions = tab.evaluate(
            """() => {
                 const data = JSON.parse(document.getElementById("kg-data").textContent);
                 const hub = data.nodes.reduce((a, b) => (b.degree > a.degree ? b : a));
                 const timed = (act) => { const start = performance.now(); act(); return performance.now() - start; };
                 const click = timed(() => network.emit("click", {nodes: [hub.id], edges: [], pointer: {DOM: {x: 10, y: 10}}}));
                 const search = document.getElementById("kg-search");
                 search.value = data.nodes[data.nodes.length - 1].label;
                 const find = timed(() => search.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter"})));
                 const from = document.getElementById("kg-from");
                 from.value = String(Math.round((data.days[0] + data.days[1]) / 2));
                 const time = timed(() => from.dispatchEvent(new Event("input")));
                 return {click: click, search: find, time: time, labels: window.kgLabels.length};
               }"""
        )
        browser.close()
    return ready, actions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[500, 5000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(
        f"physics in the browser up to {PHYSICS_MAX_NODES} entities; precomputed positions above"
    )
    print(
        f"{'entities':>8} {'relations':>9} {'triples':>8} {'to_nx s':>7} {'to_html s':>9} {'page MB':>7} "
        f"{'TTI best ms':>11} {'TTI median ms':>13} {'click ms':>8} {'search ms':>9} {'time ms':>7}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size in args.nodes:
            graph = synthetic_graph(size)
            start = time.perf_counter()
            net = to_networkx(graph)
            networkx_seconds = time.perf_counter() - start
            start = time.perf_counter()
            page = to_html(net, title=f"{size} entities")
            html_seconds = time.perf_counter() - start
            path = Path(folder) / f"graph-{size}.html"
            path.write_text(page, encoding="utf-8")
            ready, actions = browser_times(path, args.runs)
            relations = len(
                {
                    (min(u, v), max(u, v)) if k == "metWith" else (u, v, k)
                    for u, v, k in net.edges(keys=True)
                    if k != "affiliation"
                }
            )
            print(
                f"{net.number_of_nodes():>8} {relations:>9} {len(graph):>8} {networkx_seconds:>7.2f} "
                f"{html_seconds:>9.2f} {len(page.encode()) / 1e6:>7.1f} {min(ready):>11.0f} "
                f"{statistics.median(ready):>13.0f} {actions['click']:>8.0f} {actions['search']:>9.0f} "
                f"{actions['time']:>7.0f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
