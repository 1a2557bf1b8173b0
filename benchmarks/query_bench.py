"""How fast the saved queries run on a large graph: in-memory rdflib against an on-disk Oxigraph store.

Makes a synthetic graph in our ontology (documents, people, countries,
organizations, places, agreements, and signing, meeting and tariff events
with their evidence and provenance, one named graph per document), then
prints the time to load it into an rdflib Graph and into an Oxigraph store
(the layout ``kg.store`` keeps: named graphs plus their merge as the default
graph), the time of each saved query through ``kg.query`` on both, their
ratio, and the time to export Turtle with ``kg.export``.

    .venv/bin/python benchmarks/query_bench.py                    # 1,000,000 triples
    .venv/bin/python benchmarks/query_bench.py --triples 100000 --timeout 60

Each query runs once, in a forked child process so that one that runs past
``--timeout`` seconds can be stopped; its row is then marked ``>TIMEOUT``.
The machine's load average is printed before and after: on a shared machine
the absolute figures move with it, the ratios less so.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ID = "https://w3id.org/newskg/id/"
KG = "https://w3id.org/newskg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
ALT = "<http://www.w3.org/2004/02/skos/core#altLabel>"
DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
XSD = "http://www.w3.org/2001/XMLSchema#"
ROLES = ("Trade Minister", "Foreign Minister", "Defence Minister", "President", "Ambassador", "Envoy")
SUBJECTS = ("port security", "fisheries", "rail freight", "grain exports", "coastal patrols", "clean energy")
# What the benchmark binds: required parameters, and one filter that looks names up.
BINDINGS: dict[str, dict[str, str]] = {
    "countries-linked": {"country": "Country 007"}, "entity": {"entity": "Country 007"}, "tariffs-on": {"country": "Country 007"},
}


def k(local: str) -> str:
    return f"<{KG}{local}>"


def lit(text: str, datatype: str | None = None) -> str:
    quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{quoted}^^<{XSD}{datatype}>" if datatype else quoted


class Synthetic:
    """Writes documents as N-Quads until the graph holds ``target`` distinct triples."""

    def __init__(self, target: int, seed: int) -> None:
        self.target = target
        self.random = random.Random(seed)
        self.countries = [f"{ID}country/c{n:03d}" for n in range(1, 181)]
        self.people = [f"{ID}person/p{n:05d}" for n in range(1, 30001)]
        self.organizations = [f"{ID}organization/o{n:04d}" for n in range(1, 3001)]
        self.places = [f"{ID}location/l{n:04d}" for n in range(1, 2001)]
        self.described: set[str] = set()
        self.triples = 0
        self.documents = 0

    def describe(self, entity: str, kind: str, out: list[str], document: str) -> None:
        """The entity's description the first time it is named, and its kg:mentionedIn this document."""
        out.append(f"<{entity}> {k('mentionedIn')} <{document}>")
        if entity in self.described:
            return
        self.described.add(entity)
        number = entity.rsplit("/", 1)[1][1:]
        out.append(f"<{entity}> {RDF_TYPE} {k(kind)}")
        out.append(f"<{entity}> {LABEL} {lit(f'{kind} {number}')}")
        out.append(f"<{entity}> {ALT} {lit(f'{kind[:3]}. {number}')}")
        if kind in ("Person", "Organization"):
            out.append(f"<{entity}> {k('affiliation')} <{self.random.choice(self.countries)}>")
        if kind == "Person":
            out.append(f"<{entity}> {k('role')} {lit(self.random.choice(ROLES))}")

    def event(self, slug: str, n: int, document: str, out: list[str], mentioned: dict[str, str]) -> None:
        r = self.random
        event = f"{ID}event/{slug}-{n}"
        status = r.choices(("asserted", "planned", "negated"), (85, 10, 5))[0]
        year, month, day = r.randint(2020, 2026), r.randint(1, 12), r.randint(1, 28)
        date = lit(f"{year}-{month:02d}-{day:02d}", "date") if r.random() < 0.8 else lit(f"{year}-{month:02d}", "gYearMonth")
        kind = r.choices(("Signing", "Meeting", "TariffImposition"), (30, 45, 25))[0]
        facts: list[str] = []
        if kind == "Signing":
            parties = r.sample(self.countries, 2)
            agreement = f"{ID}agreement/{slug}-a{n}"
            mentioned[agreement] = "Agreement"
            facts += [f"<{event}> {k('party')} <{p}>" for p in parties] + [f"<{event}> {k('agreement')} <{agreement}>"]
            if status == "asserted":
                facts += [f"<{p}> {k('signed')} <{agreement}>" for p in parties]
            sentence = f"The two governments signed an accord on {r.choice(SUBJECTS)}."
        elif kind == "Meeting":
            pair = r.sample(self.people, 2)
            place = r.choice(self.places)
            mentioned[place] = "Location"
            facts += [f"<{event}> {k('participant')} <{p}>" for p in pair] + [f"<{event}> {k('place')} <{place}>"]
            if status == "asserted":
                facts += [f"<{pair[0]}> {k('metWith')} <{pair[1]}>", f"<{pair[1]}> {k('metWith')} <{pair[0]}>"]
            sentence = f"The ministers met to discuss {r.choice(SUBJECTS)}."
            mentioned.update(dict.fromkeys(pair, "Person"))
            parties = []
        else:
            imposer = r.choice(self.countries) if r.random() < 0.5 else r.choice(self.people)
            target = r.choice(self.countries)
            facts += [f"<{event}> {k('imposer')} <{imposer}>", f"<{event}> {k('target')} <{target}>"]
            if status == "asserted" and imposer != target:
                facts.append(f"<{imposer}> {k('imposedTariffOn')} <{target}>")
            mentioned[imposer] = "Country" if "/country/" in imposer else "Person"
            parties = [target]
            sentence = f"Tariffs were raised on {r.choice(SUBJECTS)}."
        mentioned.update(dict.fromkeys((p for p in parties if "/country/" in p), "Country"))
        start = r.randint(0, 2000)
        out += facts + [
            f"<{event}> {RDF_TYPE} {k(kind)}",
            f"<{event}> {k('date')} {date}",
            f"<{event}> {k('dateText')} {lit('on Tuesday')}",
            f"<{event}> {k('evidence')} {lit(sentence)}",
            f"<{event}> {k('startOffset')} {lit(str(start), 'integer')}",
            f"<{event}> {k('endOffset')} {lit(str(start + len(sentence)), 'integer')}",
            f"<{event}> {k('trigger')} {lit('signed' if kind == 'Signing' else 'met' if kind == 'Meeting' else 'tariffs')}",
            f"<{event}> {k('confidence')} {lit(str(r.choice((0.7, 0.8, 0.85, 0.9))), 'decimal')}",
            f"<{event}> {k('status')} {lit(status)}",
            f"<{event}> {DERIVED} <{document}>",
        ]

    def document(self) -> tuple[str, list[str]]:
        """The slug and the distinct triples (N-Triples, without the final dot) of one more document."""
        self.documents += 1
        slug = f"d{self.documents:06d}"
        document = f"{ID}doc/{slug}"
        out = [
            f"<{document}> {RDF_TYPE} {k('Document')}",
            f"<{document}> {k('documentId')} {lit(slug)}",
            f"<{document}> {k('source')} {lit(f'https://example.org/news/{slug}')}",
            f"<{document}> {k('published')} {lit('2026-01-15', 'date')}",
            f"<{document}> {k('headline')} {lit(f'Invented headline number {self.documents}')}",
        ]
        mentioned: dict[str, str] = {}
        for n in range(1, self.random.randint(4, 12) + 1):
            self.event(slug, n, document, out, mentioned)
        for entity, kind in mentioned.items():
            self.describe(entity, kind, out, document)
        unique = list(dict.fromkeys(out))
        return slug, unique

    def write(self, nquads: Path, ntriples: Path) -> None:
        """Write the dataset as N-Quads (one graph per document) and its union as N-Triples."""
        seen: set[str] = set()
        with nquads.open("w", encoding="utf-8") as quads, ntriples.open("w", encoding="utf-8") as triples:
            while len(seen) < self.target:
                slug, facts = self.document()
                graph = f"<{ID}graph/{slug}>"
                for fact in facts:
                    quads.write(f"{fact} {graph} .\n")
                    if fact not in seen:
                        seen.add(fact)
                        triples.write(f"{fact} .\n")
        self.triples = len(seen)


# --- timing ------------------------------------------------------------------------------------


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = call()
    return time.perf_counter() - start, value


def _child(connection: Connection, run: Callable[[], tuple[float, int]]) -> None:
    try:
        connection.send(run())
    except BaseException as exc:  # noqa: BLE001 - reported by the parent
        connection.send(exc)
    finally:
        connection.close()


def in_child(run: Callable[[], tuple[float, int]], timeout: float) -> tuple[float, int] | str:
    """``run()`` in a forked process: its (seconds, rows), or why it gave none."""
    context = mp.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, run))
    process.start()
    send.close()
    answer: Any = f">{timeout:.0f} s"
    if receive.poll(timeout):
        answer = receive.recv()
    process.kill()
    process.join()
    if isinstance(answer, BaseException):
        return f"error: {type(answer).__name__}: {answer}"
    return answer  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the synthetic graph (default: 1,000,000)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before a query is stopped (default: 600)")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the synthetic graph")
    args = parser.parse_args(argv)

    import pyoxigraph as ox
    import rdflib
    from rdflib import Graph

    import kg
    from kg.export import export
    from kg.query import list_queries
    from kg.resources import query_dir
    from kg.store import open_store

    print(f"python {platform.python_version()}, rdflib {rdflib.__version__}, pyoxigraph {ox.__version__}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory(prefix="kg-query-bench-") as folder:
        work = Path(folder)
        synthetic = Synthetic(args.triples, args.seed)
        seconds, _ = timed(lambda: synthetic.write(work / "graph.nq", work / "graph.nt"))
        print(f"synthetic graph: {synthetic.triples:,} triples, {synthetic.documents:,} documents, "
              f"{len(synthetic.described):,} entities (generated in {seconds:.1f} s)")

        rdflib_load, graph = timed(lambda: Graph().parse(work / "graph.nt", format="nt"))
        print(f"load, rdflib Graph from N-Triples:            {rdflib_load:8.1f} s ({len(graph):,} triples)")

        def load_store() -> None:
            store = ox.Store(str(work / "store"))
            store.bulk_load(path=str(work / "graph.nq"), format=ox.RdfFormat.N_QUADS)
            store.update((query_dir() / "store" / "merge-graphs.ru").read_text(encoding="utf-8"))
            store.flush()

        store_load, _ = timed(load_store)
        print(f"load, Oxigraph store from N-Quads (+ merge):  {store_load:8.1f} s")

        print(f"\n{'query':<17} {'rdflib s':>10} {'Oxigraph s':>11} {'ratio':>8}  rows (rdflib / Oxigraph)  bindings")
        for saved in list_queries():
            bindings = BINDINGS.get(saved.name, {})

            def on_rdflib(name: str = saved.name, values: dict[str, str] = bindings) -> tuple[float, int]:
                seconds, result = timed(lambda: kg.query(graph, name, **values))
                return seconds, len(result)

            def on_store(name: str = saved.name, values: dict[str, str] = bindings) -> tuple[float, int]:
                with open_store(work / "store", read_only=True) as store:
                    seconds, result = timed(lambda: kg.query(store, name, **values))
                return seconds, len(result)

            a, b = in_child(on_rdflib, args.timeout), in_child(on_store, args.timeout)
            ratio = f"{a[0] / b[0]:8.1f}" if isinstance(a, tuple) and isinstance(b, tuple) and b[0] > 0 else f"{'-':>8}"
            cell = [f"{x[0]:.2f}" if isinstance(x, tuple) else x for x in (a, b)]
            rows = " / ".join(f"{x[1]:,}" if isinstance(x, tuple) else "-" for x in (a, b))
            print(f"{saved.name:<17} {cell[0]:>10} {cell[1]:>11} {ratio}  {rows:<24}  {bindings or ''}", flush=True)

        export_seconds, _ = timed(lambda: export(graph, work / "graph.ttl", "ttl"))
        size = (work / "graph.ttl").stat().st_size
        print(f"\nexport Turtle with kg.export (rdflib):        {export_seconds:8.1f} s ({size / 1e6:.0f} MB)")
    print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
