"""How long SHACL validation takes as graphs grow, with and without RDFS inference.

Run from the repository root:

    .venv/bin/python benchmarks/validate_speed.py [--documents 1 10 100]

Each document is a renamed copy of tests/data/conforming-graph.ttl (4 events,
6 entities shared by all copies). Prints one line per size and inference mode:
documents, triples, inference, best of three wall-clock seconds.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pyshacl
from rdflib import Graph

from kg.resources import ontology_file
from kg.validate import validate

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "conforming-graph.ttl"


def synthetic_graph(documents: int) -> Graph:
    """``documents`` copies of the sample document, each with its own events and agreement."""
    text = SAMPLE.read_text(encoding="utf-8")
    graph = Graph()
    for number in range(documents):
        graph.parse(data=text.replace("briefing", f"briefing{number}"), format="turtle")
    return graph


def best_of_three(graph: Graph, inference: str) -> float:
    """The same call as kg.validate.validate makes, with the given inference."""
    shapes = Graph().parse(ontology_file("shapes.ttl"))
    ontology = Graph().parse(ontology_file("kg.ttl"))
    times = []
    for _ in range(3):
        start = time.perf_counter()
        pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, inference=inference)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, nargs="+", default=[1, 10, 100])
    args = parser.parse_args()
    print(f"{'documents':>9} {'triples':>8} {'inference':>9} {'seconds':>8}")
    for documents in args.documents:
        graph = synthetic_graph(documents)
        if not validate(graph).conforms:
            raise SystemExit("the synthetic graph does not conform; fix the sample first")
        for inference in ("none", "rdfs"):
            seconds = best_of_three(graph, inference)
            print(f"{documents:>9} {len(graph):>8} {inference:>9} {seconds:>8.3f}")


if __name__ == "__main__":
    main()
