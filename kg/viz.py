"""Draw a knowledge graph as one self-contained, interactive HTML page.

The page opens from a file with no network at all: vis-network (the copy that
ships inside pyvis) and every style are inlined, the graph travels as escaped
JSON, and tooltips, the side panel and the labels drawn on the canvas are
built from text, so names and sentences taken from the news never become
markup. Positions are computed here (each connected group on its own, the
groups packed side by side), so even large graphs appear at once instead of
settling for minutes in the browser. What the page does with the data (labels
by degree, the lone-entity toggle, affiliation lines, weights, the panel, the
time filter) is in ``templates/graph.js``.

>>> from rdflib import Graph
>>> turtle = '''
... @prefix kg: <https://w3id.org/newskg/ontology#> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... @prefix country: <https://w3id.org/newskg/id/country/> .
... @prefix agreement: <https://w3id.org/newskg/id/agreement/> .
... country:norland a kg:Country ; rdfs:label "Norland" .
... agreement:port-accord a kg:Agreement ; rdfs:label "Port Accord" .
... country:norland kg:signed agreement:port-accord .
... '''
>>> net = to_networkx(Graph().parse(data=turtle, format="turtle"))
>>> sorted(net.nodes(data="label"))  # doctest: +NORMALIZE_WHITESPACE
[('https://w3id.org/newskg/id/agreement/port-accord', 'Port Accord'),
 ('https://w3id.org/newskg/id/country/norland', 'Norland')]
>>> [relation for _, _, relation in net.edges(data="relation")]
['signed']
>>> page = to_html(net, title="Port Accord")
>>> page.startswith("<!DOCTYPE html>") and "<script src" not in page
True
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import functools
import hashlib
import html
import importlib.util
import json
import math
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import numpy as np
from markupsafe import Markup
from rdflib import RDF, RDFS, SKOS, ConjunctiveGraph, Graph, Literal
from rdflib.namespace import PROV
from rdflib.term import Node

from kg.errors import InputError, KGError
from kg.namespace import KG
from kg.rdf import linked_graph
from kg.relations import registry

__all__ = ["GraphView", "show", "to_html", "to_networkx", "write_html"]

#: Above this many linked entities the page starts with physics off (positions are final).
PHYSICS_MAX_NODES = 300
#: Above this many linked entities edges are drawn straight and hidden while dragging or zooming.
LARGE_GRAPH_NODES = 1000
#: Physics iterations the browser may spend before the first picture of a small graph.
STABILISATION_ITERATIONS = 150

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_ENTITY_CLASSES = ("Person", "Organization", "Country", "Location", "Agreement")
_SIZE_RANGE = (10.0, 40.0)  # pixels, for the least and the most central entity
_EDGE_PX = 140.0  # drawn length of an edge of ideal length 1 in the layout
_GRAVITY = 1.0  # pull towards the centre, so a connected group stays compact
_WIDTH = (
    1.5,
    2.0,
    9.0,
)  # edge width in pixels: for one report, added per doubling, at most
_EPOCH = dt.date(1970, 1, 1).toordinal()
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


# --------------------------------------------------------------------------- networkx


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The entities and relations of ``graph`` as a networkx multigraph.

    Nodes are entity IRIs with ``label``, ``class`` (``"Person"`` …), ``aliases``
    and ``roles``; edges carry ``relation`` (also their key) and ``events``: one
    record per asserted event behind the edge, with its ``evidence`` sentence,
    ``date`` (resolved, ``None`` when the text's words could not be),
    ``dateText`` (those words), ``mentions`` (the reports of it), ``place``,
    ``document``, ``headline`` and ``source`` (``None`` when the graph does not
    say). A person's ``kg:affiliation`` is an edge too, with relation
    ``"affiliation"`` and no events. ``metWith`` is stated both ways in the
    graph, so it gives two edges here; the page draws them as one. A Dataset
    (TriG, N-Quads) is read as its default graph (the linked graph ``kg build``
    writes there), or as the union of its named graphs when it has no default graph.
    """
    if not isinstance(graph, Graph):
        raise InputError(
            f"to_networkx expects an rdflib.Graph, got {type(graph).__name__}"
        )
    if isinstance(
        graph, ConjunctiveGraph
    ):  # a Dataset too: its linked default graph, else every named graph
        graph = linked_graph(graph)
    net = nx.MultiDiGraph()
    for name in _ENTITY_CLASSES:
        for entity in sorted(set(graph.subjects(RDF.type, KG[name])), key=str):
            if entity not in net:
                net.add_node(str(entity), **_entity(graph, entity, name))

    def add_edge(
        subject: Node, relation: str, obj: Node, records: list[dict[str, Any]]
    ) -> None:
        for end in (subject, obj):
            if str(end) not in net:
                net.add_node(str(end), **_entity(graph, end, "Entity"))
        net.add_edge(
            str(subject), str(obj), key=relation, relation=relation, events=records
        )

    events = _events_by_statement(graph)
    for relation in registry():
        for subject, obj in sorted(graph.subject_objects(relation.predicate)):
            add_edge(
                subject,
                relation.key,
                obj,
                sorted(events.get((subject, relation.key, obj), []), key=_event_order),
            )
    for person, group in sorted(graph.subject_objects(KG.affiliation)):
        if person != group:
            add_edge(person, "affiliation", group, [])
    return net


def _entity(graph: Graph, entity: Node, kind: str) -> dict[str, Any]:
    return {
        "label": _label(graph, entity),
        "class": kind,
        "aliases": sorted({str(a) for a in graph.objects(entity, SKOS.altLabel)}),
        "roles": sorted({str(r) for r in graph.objects(entity, KG.role)}),
    }


def _label(graph: Graph, node: Node) -> str:
    labels = sorted(str(label) for label in graph.objects(node, RDFS.label))
    if labels:
        return labels[0]
    return re.split(r"[/#]", str(node).rstrip("/#"))[-1] or str(node)


def _text(value: Node | None) -> str | None:
    return str(value) if isinstance(value, Literal) else None


def _events_by_statement(
    graph: Graph,
) -> dict[tuple[Node, str, Node], list[dict[str, Any]]]:
    """Event records keyed by the (subject, relation, object) statement they back."""
    index: dict[tuple[Node, str, Node], list[dict[str, Any]]] = defaultdict(list)
    for relation in registry():
        for event in set(graph.subjects(RDF.type, relation.event)):
            status = graph.value(event, KG.status)
            if status is not None and str(status) != "asserted":
                continue
            record = _event_record(graph, event)
            for subject in graph.objects(event, relation.subject_role):
                for obj in graph.objects(event, relation.object_role):
                    if subject != obj:
                        index[(subject, relation.key, obj)].append(record)
    return index


def _event_record(graph: Graph, event: Node) -> dict[str, Any]:
    place = graph.value(event, KG.place)
    document = graph.value(event, PROV.wasDerivedFrom)
    mentions = graph.value(event, KG.mentionCount)
    return {
        "event": str(event),
        "evidence": _text(graph.value(event, KG.evidence)),
        "date": _text(graph.value(event, KG.date)),
        "dateText": _text(graph.value(event, KG.dateText)),
        "mentions": int(mentions)
        if isinstance(mentions, Literal) and str(mentions).isdigit()
        else None,
        "place": _label(graph, place) if place is not None else None,
        "document": (_text(graph.value(document, KG.documentId)) or str(document))
        if document is not None
        else None,
        "headline": _text(graph.value(document, KG.headline))
        if document is not None
        else None,
        "source": _text(graph.value(document, KG.source))
        if document is not None
        else None,
    }


def _event_order(record: dict[str, Any]) -> tuple[str, str, str]:
    return (record["date"] or "", record["document"] or "", record["event"] or "")


# --------------------------------------------------------------------------- page


def to_html(
    graph: Graph | nx.MultiDiGraph,
    *,
    title: str = "Knowledge graph",
    size_by: str = "degree",
) -> str:
    """The interactive page of ``graph`` (an rdflib graph or :func:`to_networkx`'s result).

    ``size_by`` scales entities by ``"degree"``, ``"betweenness"`` or
    ``"eigenvector"`` centrality.
    """
    net = _as_networkx(graph)
    vis_js, vis_css = _vis_assets()
    page_js = (_TEMPLATES / "graph.js").read_text(encoding="utf-8")
    page_css = (_TEMPLATES / "graph.css").read_text(encoding="utf-8")
    scripts = [vis_js, page_js]
    styles = [vis_css, page_css]
    csp = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(_csp_hash(s) for s in scripts),
            "style-src " + " ".join(_csp_hash(s) for s in styles),
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    data = json.dumps(
        _payload(net, size_by),
        ensure_ascii=True,
        separators=(",", ":"),
        allow_nan=False,
    )
    return _template().render(
        title=title,
        csp=csp,
        data=Markup(data.translate(_JSON_ESCAPES)),
        scripts=[Markup(s) for s in scripts],
        styles=[Markup(s) for s in styles],
    )


def write_html(
    graph: Graph | nx.MultiDiGraph,
    path: str | PathLike[str],
    *,
    title: str = "Knowledge graph",
    size_by: str = "degree",
) -> Path:
    """Write the page of ``graph`` to ``path`` (see :func:`to_html`); returns the path."""
    target = Path(path)
    target.write_text(to_html(graph, title=title, size_by=size_by), encoding="utf-8")
    return target


@dataclass(frozen=True)
class GraphView:
    """A page shown inline by Jupyter (JupyterLab, Notebook, VS Code).

    The page goes into an ``<iframe srcdoc>``, sandboxed to scripts only, so it
    keeps its own styles and cannot touch the notebook.

    >>> view = GraphView("<!DOCTYPE html><p>hi</p>", height=200)
    >>> view._repr_html_()[:60]
    '<iframe srcdoc="&lt;!DOCTYPE html&gt;&lt;p&gt;hi&lt;/p&gt;" '
    """

    html: str
    height: int = 640

    def _repr_html_(self) -> str:
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
            f'sandbox="allow-scripts" title="knowledge graph" '
            f'style="width: 100%; height: {int(self.height)}px; border: 1px solid #ddd;"></iframe>'
        )


def show(
    graph: Graph | nx.MultiDiGraph,
    *,
    title: str = "Knowledge graph",
    size_by: str = "degree",
    height: int = 640,
) -> GraphView:
    """The page of ``graph`` for a notebook cell: end a cell with ``kg.show(graph)``."""
    return GraphView(to_html(graph, title=title, size_by=size_by), height=height)


def _as_networkx(graph: Graph | nx.MultiDiGraph) -> nx.MultiDiGraph:
    if isinstance(graph, Graph):
        return to_networkx(graph)
    if isinstance(graph, nx.MultiDiGraph):
        return graph
    if isinstance(graph, nx.Graph):
        return nx.MultiDiGraph(graph)
    raise InputError(
        f"expected an rdflib.Graph or the networkx graph of kg.to_networkx, got {type(graph).__name__}"
    )


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_TEMPLATES),
        autoescape=True,
        keep_trailing_newline=True,
    )
    return env.get_template("graph.html")


@functools.cache
def _style() -> dict[str, dict[str, dict[str, Any]]]:
    style: dict[str, dict[str, dict[str, Any]]] = json.loads(
        (_TEMPLATES / "graph-style.json").read_text(encoding="utf-8")
    )
    return style


@functools.cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style sheet, read from the installed pyvis."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KGError("pyvis is not installed: pip install 'pyvis>=0.3.2'")
    folder = Path(next(iter(spec.submodule_search_locations))) / "lib"
    found = sorted(
        folder.glob("vis-*/vis-network.min.js"), key=lambda p: _version(p.parent.name)
    )
    if not found:
        raise KGError(f"no vis-network.min.js under {folder}; reinstall pyvis")
    script = found[-1].read_text(encoding="utf-8")
    style = found[-1].with_name("vis-network.css").read_text(encoding="utf-8")
    if "</script" in script.lower() or "<!--" in script or "</style" in style.lower():
        raise KGError(f"{found[-1].parent} cannot be inlined in a page safely")
    return script, style


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", name))


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


# --------------------------------------------------------------------------- data


def _payload(net: nx.MultiDiGraph, size_by: str) -> dict[str, Any]:
    """Everything the page script needs, as plain JSON-ready data."""
    style = _style()
    rank = {name: n for n, name in enumerate(style["classes"])}
    ids = sorted(net.nodes, key=lambda node: _node_order(net.nodes[node], node, rank))
    simple = nx.Graph()
    simple.add_nodes_from(ids)
    simple.add_edges_from((u, v) for u, v in net.edges() if u != v)
    sizes = _sizes(simple, size_by)
    positions = _layout(simple, ids)
    records = []
    for i, node in enumerate(ids):
        attrs = net.nodes[node]
        kind = attrs.get("class", "Entity")
        if kind not in style["classes"]:
            raise InputError(
                f"node {node!r} has class {kind!r}; valid classes: {', '.join(style['classes'])}"
            )
        records.append(
            {
                "id": str(node),
                "label": str(attrs.get("label", node)),
                "class": kind,
                "aliases": list(attrs.get("aliases", [])),
                "roles": list(attrs.get("roles", [])),
                "degree": simple.degree(node),
                "size": round(sizes[node], 1),
                "x": round(float(positions[i, 0]) * _EDGE_PX, 1),
                "y": round(float(positions[i, 1]) * _EDGE_PX, 1),
            }
        )
        if not simple.degree(node):
            records[-1]["physics"] = (
                False  # shown by the toggle, stays in its row under the drawing
            )
    relations = _relation_styles()
    edges = _edge_records(net, relations)
    spans = [
        event["span"] for edge in edges for event in edge["events"] if "span" in event
    ]
    linked = sum(1 for node in ids if simple.degree(node))
    return {
        "classes": style["classes"],
        "relations": relations,
        "nodes": records,
        "edges": edges,
        "days": [min(s[0] for s in spans), max(s[1] for s in spans)] if spans else None,
        "options": _vis_options(linked),
    }


def _relation_styles() -> dict[str, dict[str, Any]]:
    """How the page draws each relation type (:mod:`kg.relations`), then the other links (``graph-style.json``)."""
    drawn: dict[str, dict[str, Any]] = {
        relation.key: {
            "label": relation.label,
            "color": relation.color,
            "arrows": not relation.symmetric,
            "glyph": "↔" if relation.symmetric else "→",
            "symmetric": relation.symmetric,
        }
        for relation in registry()
    }
    return drawn | _style()["relations"]


def _node_order(
    attrs: dict[str, Any], node: Any, rank: dict[str, int]
) -> tuple[int, str, str]:
    return (
        rank.get(attrs.get("class", "Entity"), len(rank)),
        str(attrs.get("label", node)).casefold(),
        str(node),
    )


def _edge_records(
    net: nx.MultiDiGraph, relations: dict[str, Any]
) -> list[dict[str, Any]]:
    """One record per statement; a symmetric relation's two directions become one edge.

    Its ``weight`` counts the reports behind it (each event's ``mentions``, at
    least one), and sets its drawn ``width``.
    """
    merged: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {}
    for u, v, key, attrs in net.edges(keys=True, data=True):
        relation = attrs.get("relation", key)
        if relation not in relations:
            raise InputError(
                f"edge {u!r} -> {v!r} has relation {relation!r}; valid relations: {', '.join(relations)}"
            )
        ends = (
            sorted((str(u), str(v)))
            if relations[relation].get("symmetric")
            else [str(u), str(v)]
        )
        events = merged.setdefault((relation, ends[0], ends[1]), {})
        for record in attrs.get("events", []):
            events[str(record.get("event"))] = _event_payload(record)
    out = []
    for n, ((relation, source, target), events) in enumerate(sorted(merged.items())):
        weight = sum(event.get("mentions", 1) for event in events.values()) or 1
        out.append(
            {
                "id": n,
                "from": source,
                "to": target,
                "relation": relation,
                "events": list(events.values()),
                "weight": weight,
                "width": round(
                    min(_WIDTH[0] + _WIDTH[1] * math.log2(weight), _WIDTH[2]), 2
                ),
            }
        )
    return out


def _event_payload(record: dict[str, Any]) -> dict[str, Any]:
    """An event as the page reads it: text fields as text, ``mentions`` a count, ``span`` its days."""
    event: dict[str, Any] = {
        k: str(v)
        for k, v in record.items()
        if v is not None and k not in ("mentions", "event")
    }
    mentions = record.get("mentions")
    event["mentions"] = (
        int(mentions) if isinstance(mentions, int) and mentions > 0 else 1
    )
    span = _span(event.get("date"))
    if span is not None:
        event["span"] = span
    return event


def _span(value: str | None) -> list[int] | None:
    """The first and last day a resolved date covers, in days since 1970-01-01 (``None`` if not a date).

    >>> _span("2025-10-30"), _span("2025-02"), _span("2024"), _span("Today")
    ([20391, 20391], [20120, 20147], [19723, 20088], None)
    """
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", (value or "").strip())
    if match is None:
        return None
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if day is not None:
            first = last = dt.date(year, int(month), int(day))
        elif month is not None:
            first = dt.date(year, int(month), 1)
            last = dt.date(year, int(month), calendar.monthrange(year, int(month))[1])
        else:
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return [first.toordinal() - _EPOCH, last.toordinal() - _EPOCH]


_CENTRALITY: dict[str, Callable[[nx.Graph], dict[Any, float]]] = {
    "betweenness": lambda g: nx.betweenness_centrality(g, k=min(len(g), 256), seed=1),
    "degree": lambda g: dict(g.degree()),
    "eigenvector": lambda g: nx.eigenvector_centrality(g, max_iter=1000),
}


def _sizes(simple: nx.Graph, size_by: str) -> dict[Any, float]:
    if size_by not in _CENTRALITY:
        raise InputError(
            f"unknown size_by {size_by!r}; valid values: {', '.join(sorted(_CENTRALITY))}"
        )
    scores = _CENTRALITY[size_by](simple) if len(simple) else {}
    top = max(scores.values(), default=0.0)
    low, high = _SIZE_RANGE
    return {
        node: low + (high - low) * math.sqrt(scores[node] / top) if top > 0 else low
        for node in simple
    }


def _vis_options(linked: int) -> dict[str, Any]:
    """vis-network's options for a page of ``linked`` entities with a relation (the page draws the labels)."""
    physics = 0 < linked <= PHYSICS_MAX_NODES
    large = linked > LARGE_GRAPH_NODES
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 1},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.15,
                "springLength": _EDGE_PX,
                "springConstant": 0.03,
                "avoidOverlap": 0.3,
            },
            "stabilization": {
                "enabled": physics,
                "iterations": STABILISATION_ITERATIONS,
                "fit": True,
            },
        },
        "interaction": {
            "hover": True,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "keyboard": False,
            "multiselect": False,
            "navigationButtons": False,
        },
        "nodes": {"borderWidth": 1},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "selectionWidth": 1.5,
            "smooth": False
            if large
            else {"enabled": True, "type": "curvedCW", "roundness": 0.12},
        },
    }


# --------------------------------------------------------------------------- layout


def _layout(
    simple: nx.Graph, ids: list[Any], *, iterations: int = 100, seed: int = 1
) -> np.ndarray:
    """Positions, one row per id, in units of the ideal edge length.

    Each connected group of entities gets its own force-directed layout, and
    the groups are packed side by side, largest first, in a landscape
    rectangle (left alone, small groups drift far out around the big one).
    Entities without any relation are set out in rows under them, in the
    order of ``ids``.
    """
    index = {node: i for i, node in enumerate(ids)}
    lonely = [i for i, node in enumerate(ids) if not simple.degree(node)]
    groups = sorted(
        (
            sorted((index[node] for node in group))
            for group in nx.connected_components(simple)
            if len(group) > 1
        ),
        key=lambda group: (-len(group), group[0]),
    )
    pos = np.zeros((len(ids), 2))
    shapes = []
    for group in groups:
        local = {i: k for k, i in enumerate(group)}
        pairs = np.array(
            [
                (local[index[u]], local[index[v]])
                for u, v in simple.subgraph(ids[i] for i in group).edges()
            ],
            dtype=np.int64,
        ).reshape(-1, 2)
        shape = _force_layout(len(group), pairs, iterations=iterations, seed=seed)
        shapes.append(shape - shape.min(axis=0))
    for group, shape, corner in zip(
        groups, shapes, _pack([s.max(axis=0) for s in shapes]), strict=True
    ):
        pos[group] = shape + corner
    linked = [i for group in groups for i in group]
    if lonely:
        low, high = (
            (pos[linked].min(axis=0), pos[linked].max(axis=0))
            if linked
            else (np.zeros(2), np.zeros(2))
        )
        columns = max(int(high[0] - low[0]) + 1, math.ceil(math.sqrt(len(lonely))))
        rows, cols = np.divmod(np.arange(len(lonely)), columns)
        pos[lonely, 0] = low[0] + cols
        pos[lonely, 1] = high[1] + (1.5 if linked else 0.0) + 0.6 * rows
    return pos - (pos.min(axis=0) + pos.max(axis=0)) / 2 if len(ids) else pos


def _pack(
    sizes: list[np.ndarray], *, gap: float = 1.0, aspect: float = 1.6
) -> list[np.ndarray]:
    """Top-left corners for boxes of ``sizes`` (largest first), in a rectangle about ``aspect`` times wider than tall.

    Boxes go in shelves: the first box of a shelf sets its height, and the
    boxes after it fill rows beside it until the shelf is full.

    >>> [corner.tolist() for corner in _pack([np.array([4.0, 3.0]), np.array([1.0, 1.0]), np.array([1.0, 1.0])])]
    [[0.0, 0.0], [5.0, 0.0], [5.0, 2.0]]
    """
    if not sizes:
        return []
    area = sum(float((w + gap) * (h + gap)) for w, h in sizes)
    width = max(float(sizes[0][0]) + gap, math.sqrt(area * aspect))
    corners: list[np.ndarray] = []
    top = height = left = x = y = row = 0.0
    for w, h in ((float(w), float(h)) for w, h in sizes):
        if corners:
            if x + w > width and x > left:  # the next row beside the shelf's first box
                x, y, row = left, y + row + gap, 0.0
            if x + w <= width and y + h <= top + height:
                corners.append(np.array([x, y]))
                x, row = x + w + gap, max(row, h)
                continue
            top += height + gap  # a new shelf
        corners.append(np.array([0.0, top]))
        height, left = h, w + gap
        x, y, row = left, top, 0.0
    return corners


def _force_layout(
    n: int, pairs: np.ndarray, *, iterations: int, seed: int
) -> np.ndarray:
    """Force-directed positions of ``n`` points joined by index ``pairs``: ideal edge length 1.

    Fruchterman–Reingold forces (edges pull with d², points push with 1/d) and
    a pull towards the centre, with the push approximated so each step costs
    about O(n + edges): exactly between points closer than a cut-off, and
    through a coarse grid of cell centroids beyond it. (networkx's
    ``spring_layout`` costs O(n²) a step and needs scipy above 500 nodes.)
    """
    if n < 2:
        return np.zeros((n, 2))
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)
    pos = rng.uniform(0.0, side, (n, 2))
    grid = int(min(max(side / 4, 8), 40))
    step, cooling, cutoff = side / 5, 0.95, 1.5
    for _ in range(iterations):
        push = _far_push(pos, grid) + _near_push(pos, cutoff)
        pull = _edge_pull(pos, pairs)
        move = push + pull - _GRAVITY * (pos - pos.mean(axis=0))
        length = np.maximum(np.hypot(move[:, 0], move[:, 1]), 1e-9)
        pos += move * (np.minimum(length, step) / length)[:, None]
        step = max(step * cooling, 0.02)
    return pos


def _edge_pull(pos: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    n = len(pos)
    u, v = pairs[:, 0], pairs[:, 1]
    delta = pos[v] - pos[u]
    force = delta * np.hypot(delta[:, 0], delta[:, 1])[:, None]  # |d|² along d
    return np.stack(
        [
            np.bincount(u, force[:, k], n) - np.bincount(v, force[:, k], n)
            for k in (0, 1)
        ],
        axis=1,
    )


def _near_push(pos: np.ndarray, cutoff: float) -> np.ndarray:
    """Exact 1/d push between points closer than ``cutoff``, found through grid cells."""
    n = len(pos)
    first, second = _close_pairs(pos, cutoff)
    delta = pos[first] - pos[second]
    dist2 = np.maximum((delta * delta).sum(axis=1), 1e-4)
    near = dist2 < cutoff * cutoff
    first, second = first[near], second[near]
    force = delta[near] / dist2[near][:, None]  # 1/|d| along d
    return np.stack(
        [
            np.bincount(first, force[:, k], n) - np.bincount(second, force[:, k], n)
            for k in (0, 1)
        ],
        axis=1,
    )


def _close_pairs(pos: np.ndarray, cell: float) -> tuple[np.ndarray, np.ndarray]:
    """Each unordered pair of points in the same or adjacent grid cells, once."""
    cells = np.floor(pos / cell).astype(np.int64)
    cells -= cells.min(axis=0)
    width = int(cells[:, 1].max()) + 3
    key = cells[:, 0] * width + cells[:, 1] + 1
    order = np.argsort(key, kind="stable")
    sorted_key = key[order]
    points = np.arange(len(pos))
    firsts, seconds = [], []
    for offset in (
        0,
        1,
        width - 1,
        width,
        width + 1,
    ):  # this cell and four of its neighbours
        lo = np.searchsorted(sorted_key, key + offset, "left")
        count = np.searchsorted(sorted_key, key + offset, "right") - lo
        first = np.repeat(points, count)
        starts = np.repeat(lo - np.cumsum(count) + count, count)
        second = order[starts + np.arange(len(first))]
        if offset == 0:
            keep = first < second
            first, second = first[keep], second[keep]
        firsts.append(first)
        seconds.append(second)
    return np.concatenate(firsts), np.concatenate(seconds)


def _far_push(pos: np.ndarray, grid: int) -> np.ndarray:
    """The push of all points on each, through the centroids of a ``grid`` × ``grid`` mesh.

    The force is evaluated at the mesh corners (softened by the cell size) and
    interpolated bilinearly at each point.
    """
    low = pos.min(axis=0)
    cell = max(float((pos.max(axis=0) - low).max()) / grid, 1e-9)
    rel = (pos - low) / cell
    corner = np.minimum(rel.astype(np.int64), grid - 1)
    flat = corner[:, 0] * grid + corner[:, 1]
    mass = np.bincount(flat, minlength=grid * grid).astype(float)
    full = mass > 0
    cx = np.bincount(flat, pos[:, 0], grid * grid)[full] / mass[full]
    cy = np.bincount(flat, pos[:, 1], grid * grid)[full] / mass[full]
    axis = np.arange(grid + 1) * cell
    gx = (low[0] + axis)[:, None, None] - cx[None, None, :]
    gy = (low[1] + axis)[None, :, None] - cy[None, None, :]
    weight = mass[full][None, None, :] / (gx * gx + gy * gy + cell * cell)
    field = np.stack([(gx * weight).sum(axis=2), (gy * weight).sum(axis=2)], axis=-1)
    t = (rel - corner)[:, :, None]
    i, j = corner[:, 0], corner[:, 1]
    return (
        field[i, j] * (1 - t[:, 0]) * (1 - t[:, 1])
        + field[i + 1, j] * t[:, 0] * (1 - t[:, 1])
        + field[i, j + 1] * (1 - t[:, 0]) * t[:, 1]
        + field[i + 1, j + 1] * t[:, 0] * t[:, 1]
    )
