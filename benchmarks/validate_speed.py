"""How long `kg validate` takes as graphs grow: kg.validate's own evaluator against pySHACL.

Run from the repository root:

    .venv/bin/python benchmarks/validate_speed.py [--documents 100 500 2140] [--graph FILE]

Each synthetic document is a renamed copy of tests/data/conforming-graph.ttl
(4 events, 6 entities shared by all copies; 2,140 documents make 124,136
triples). ``--graph`` adds a graph file of your own. Prints one line per graph:
triples, then CPU seconds of kg.validate.validate (best of three) and of
pySHACL with the same shapes and ontology (one run: it takes minutes on big
graphs), and how many times faster the first is. CPU time, not wall-clock
time, so that other work on the machine does not move the figures. Last run
(the graph: `kg build` of the first 630 articles of kg.newsgen.write_jsonl(…, 1500)):

           graph  triples   kg (s)  pySHACL (s)  faster
   100 documents     5816     0.10         1.05   10.7x
   500 documents    29016     0.51         7.19   14.2x
       graph.ttl   129346     2.34       172.76   73.8x
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from rdflib import Graph

from kg.query import load_graph
from kg.validate import _shapes, validate

SAMPLE = (
    Path(__file__).resolve().parent.parent / "tests" / "data" / "conforming-graph.ttl"
)


def synthetic_graph(documents: int) -> Graph:
    """``documents`` copies of the sample document, each with its own events and agreement."""
    text = SAMPLE.read_text(encoding="utf-8")
    graph = Graph()
    for number in range(documents):
        graph.parse(data=text.replace("briefing", f"briefing{number}"), format="turtle")
    return graph


def cpu_seconds(graph: Graph, *, pyshacl: bool) -> float:
    """CPU time of one validation: ours, or pySHACL's (kg.validate sends given shapes to pySHACL)."""
    start = time.process_time()
    report = validate(graph, shapes=_shapes()) if pyshacl else validate(graph)
    if not report.conforms:
        raise SystemExit(
            "the graph does not conform; the comparison is meant for conforming graphs"
        )
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="*", default=[100, 500, 2140])
    parser.add_argument(
        "--graph", type=Path, default=None, help="also time this graph file"
    )
    args = parser.parse_args()
    graphs = [(f"{n} documents", synthetic_graph(n)) for n in args.documents]
    if args.graph is not None:
        graphs.append((args.graph.name, load_graph(args.graph)))
    print(
        f"{'graph':>16} {'triples':>8} {'kg (s)':>8} {'pySHACL (s)':>12} {'faster':>7}",
        flush=True,
    )
    for name, graph in graphs:
        ours = min(cpu_seconds(graph, pyshacl=False) for _ in range(3))
        theirs = cpu_seconds(graph, pyshacl=True)
        print(
            f"{name:>16} {len(graph):>8} {ours:>8.2f} {theirs:>12.2f} {theirs / ours:>6.1f}x",
            flush=True,
        )


if __name__ == "__main__":
    main()
