"""Small hand-written document graphs shaped as docs/graph-model.md, for the store tests.

Run as a program it drives a store from a separate process:

    python tests/storedocs.py write STORE COUNT EVENTS   # put COUNT documents, then again changed,
                                                       # printing "ID VERSION" after each commit
    python tests/storedocs.py hold STORE               # open STORE for writing, print "ready",
                                                       # keep it until stdin closes
    python tests/storedocs.py fill STORE               # put documents until the disk is full,
                                                       # then print a JSON report

``write_articles`` writes short invented news texts as JSON Lines, for ``kg build`` runs.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV, RDF, RDFS, XSD

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.errors import StoreError
from kg.namespace import KG
from kg.store import open_store

ID = Namespace("https://w3id.org/newskg/id/")
PEOPLE = ["Ana Ruiz", "Tomas Berg", "Mira Kovac", "Idris Bello", "Lena Holm"]
PLACES = ["Lisbon", "Oslo", "Accra"]


def slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def graph_iri(doc_id: str) -> URIRef:
    return ID[f"graph/{doc_id}"]


def content_hash(doc_id: str, version: int = 1, events: int = 1) -> str:
    return (
        "sha256:" + hashlib.sha256(f"{doc_id}/{version}/{events}".encode()).hexdigest()
    )


def document(doc_id: str, version: int = 1, events: int = 1) -> Graph:
    """A news document whose ``events`` meetings pair people picked by ``version``."""
    g = Graph()
    doc = ID[f"doc/{doc_id}"]
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, KG.documentId, Literal(doc_id)))
    g.add((doc, KG.headline, Literal(f"Envoys meet again (edition {version})")))
    for i in range(events):
        first, second = PEOPLE[i % 5], PEOPLE[(i + version) % 5]
        place = PLACES[i % 3]
        a, b, where = (
            ID[f"person/{slug(first)}"],
            ID[f"person/{slug(second)}"],
            ID[f"location/{slug(place)}"],
        )
        sentence = (
            f"{first} met {second} in {place} on Tuesday to talk about fishing rights."
        )
        event = ID[f"event/{doc_id}-{version}-{i}"]
        for person, name in ((a, first), (b, second)):
            g.add((person, RDF.type, KG.Person))
            g.add((person, RDFS.label, Literal(name)))
            g.add((person, KG.mentionedIn, doc))
            g.add((event, KG.participant, person))
        g.add((where, RDF.type, KG.Location))
        g.add((where, RDFS.label, Literal(place)))
        g.add((a, KG.metWith, b))
        g.add((b, KG.metWith, a))
        g.add((event, RDF.type, KG.Meeting))
        g.add((event, KG.place, where))
        g.add((event, KG.dateText, Literal("Tuesday")))
        g.add((event, KG.evidence, Literal(sentence)))
        g.add((event, KG.startOffset, Literal(100 * i)))
        g.add((event, KG.endOffset, Literal(100 * i + len(sentence))))
        g.add((event, KG.trigger, Literal("met")))
        g.add((event, KG.confidence, Literal("0.9", datatype=XSD.decimal)))
        g.add((event, KG.status, Literal("asserted")))
        g.add((event, PROV.wasDerivedFrom, doc))
    return g


def write_articles(
    path: Path, count: int, *, changed: frozenset[int] = frozenset()
) -> Path:
    """``count`` one-sentence meeting reports as JSON Lines (ids ``n000`` …); those in ``changed`` reworded."""
    lines = []
    for i in range(count):
        first, second = PEOPLE[i % 5], PEOPLE[(i + 1 + i // 5) % 5]
        if first == second:
            second = PEOPLE[(i + 2) % 5]
        day = "Friday" if i in changed else "Tuesday"
        text = f"{first} met {second} in {PLACES[i % 3]} on {day} to discuss fishing quotas."
        lines.append(json.dumps({"id": f"n{i:03d}", "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def put(store, doc_id: str, version: int = 1, events: int = 1) -> bool:  # type: ignore[no-untyped-def]
    return store.put_document(
        doc_id,
        content_hash(doc_id, version, events),
        document(doc_id, version, events),
        graph_iri=graph_iri(doc_id),
    )


def _write(folder: str, count: int, events: int) -> None:
    with open_store(folder) as store:
        for version in (1, 2):
            for i in range(count):
                put(store, f"doc-{i:03d}", version, events)
                print(f"doc-{i:03d} {version}", flush=True)


def _hold(folder: str) -> None:
    with open_store(folder) as store:
        put(store, "held")
        print("ready", flush=True)
        sys.stdin.read()


def _fill(folder: str) -> None:
    committed: list[str] = []
    error = ""
    store = open_store(folder)
    try:
        while True:
            doc_id = f"doc-{len(committed):04d}"
            put(store, doc_id, 1, 40)
            committed.append(doc_id)
    except StoreError as failure:
        error = str(failure)
    with contextlib.suppress(
        StoreError
    ):  # closing flushes, which the full disk refuses too
        store.close()
    with open_store(folder, read_only=True) as reopened:
        found = reopened.documents()
        dataset = reopened.to_dataset()
        intact = all(
            isomorphic(dataset.graph(graph_iri(d)), document(d, 1, 40)) for d in found
        )
    print(
        json.dumps(
            {
                "committed": committed,
                "error": error,
                "found": sorted(found),
                "intact": intact,
            }
        )
    )


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "write":
        _write(args[0], int(args[1]), int(args[2]))
    elif command == "hold":
        _hold(args[0])
    elif command == "fill":
        _fill(args[0])
    else:
        sys.exit(f"unknown command {command!r}; use write, hold or fill")
