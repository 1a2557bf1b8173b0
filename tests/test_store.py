"""The on-disk graph store: documents put, skipped, replaced; reopened; locked; killed; full.

The tests marked ``model`` run ``kg build --store`` as a user does, in a separate process.
"""

from __future__ import annotations

import errno
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef, Variable
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDFS
from storedocs import ID, content_hash, document, graph_iri, put, write_articles

from kg.build import GraphBuilder
from kg.errors import InputError, QueryError, StoreError
from kg.namespace import KG
from kg.read import Document
from kg.store import (
    INDEX_GRAPH,
    LocalStore,
    _bind,
    build_into,
    check_services,
    open_store,
)

HELPER = Path(__file__).with_name("storedocs.py")
ANA, TOMAS, MIRA = (
    ID[f"person/{name}"] for name in ("ana-ruiz", "tomas-berg", "mira-kovac")
)


def union_of(*docs: tuple[str, int]) -> Graph:
    merged = Graph()
    for doc_id, version in docs:
        merged += document(doc_id, version)
    return merged


# Each case: the puts made in order as (id, version), what each returned, what the store holds after.
PUTS = [
    ("a new document is stored", [("a", 1)], [True], {"a": 1}),
    (
        "the same content again changes nothing",
        [("a", 1), ("a", 1)],
        [True, False],
        {"a": 1},
    ),
    (
        "changed content replaces the old facts",
        [("a", 1), ("a", 2)],
        [True, True],
        {"a": 2},
    ),
    (
        "a change back is a change too",
        [("a", 1), ("a", 2), ("a", 1)],
        [True, True, True],
        {"a": 1},
    ),
    (
        "documents are independent",
        [("a", 1), ("b", 2), ("a", 3)],
        [True, True, True],
        {"a": 3, "b": 2},
    ),
]


@pytest.mark.parametrize(
    ("puts", "returned", "held"),
    [case[1:] for case in PUTS],
    ids=[case[0] for case in PUTS],
)
def test_put_document(
    tmp_path: Path,
    puts: list[tuple[str, int]],
    returned: list[bool],
    held: dict[str, int],
) -> None:
    with open_store(tmp_path / "store") as store:
        assert [put(store, doc_id, version) for doc_id, version in puts] == returned
    with open_store(
        tmp_path / "store", read_only=True
    ) as store:  # reopened: it is all on disk
        assert store.documents() == {d: content_hash(d, v) for d, v in held.items()}
        dataset = store.to_dataset()
        for doc_id, version in held.items():
            assert isomorphic(
                dataset.graph(graph_iri(doc_id)), document(doc_id, version)
            )
        assert {g.identifier for g in dataset.graphs() if len(g)} == {
            graph_iri(d) for d in held
        }
        assert isomorphic(store.to_graph(), union_of(*held.items()))


def test_the_default_graph_is_the_merge_of_the_documents(tmp_path: Path) -> None:
    # "a" and "b" state the same meeting and labels; "c" replaced its meeting, whose triples must go.
    with open_store(tmp_path) as store:
        for doc_id, version in (("a", 1), ("b", 1), ("c", 2), ("c", 3)):
            put(store, doc_id, version)
        merged = union_of(("a", 1), ("b", 1), ("c", 3))
        everything = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        assert len(everything) == len(
            merged
        )  # each triple once, though two documents hold it
        found = Graph()
        for row in everything:
            found.add(tuple(row))
        assert isomorphic(found, merged)
        counted = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?a kg:metWith ?b }")
        assert [row.n.toPython() for row in counted] == [
            len(list(merged.triples((None, KG.metWith, None))))
        ]
        assert not store.query(
            "ASK { ?graph <https://w3id.org/newskg/store#contentHash> ?hash }"
        ).askAnswer


def test_query_bindings_work_like_rdflib_init_bindings(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        put(store, "a", 1)
        put(store, "b", 2)
        plain = union_of(("a", 1), ("b", 2))
        for sparql in (
            "SELECT ?b WHERE { ?a kg:metWith ?b } ORDER BY ?b",  # ?a is bound but not selected
            "SELECT (COUNT(?b) AS ?n) WHERE { ?a kg:metWith ?b }",  # and counted after binding
        ):
            expected = plain.query(
                sparql, initBindings={"a": ANA}, initNs={"kg": KG._NS}
            )
            assert list(store.query(sparql, {"a": ANA})) == list(expected)
        assert (
            len(
                store.query(
                    "SELECT ?who WHERE { ?who rdfs:label ?name }",
                    {"name": Literal("Tomas Berg")},
                )
            )
            == 1
        )


def test_query_answers_ask_and_construct(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        put(store, "a", 1)
        assert store.query("ASK { ?a kg:metWith ?b }").askAnswer is True
        assert store.query("ASK { ?a kg:signed ?b }").askAnswer is False
        built = store.query(
            "CONSTRUCT { ?a kg:metWith ?b } WHERE { ?a kg:metWith ?b }"
        ).graph
        assert set(built) == {(ANA, KG.metWith, TOMAS), (TOMAS, KG.metWith, ANA)}


BIND_CASES = [
    (
        "select",
        "SELECT ?b WHERE { ?a ?p ?b }",
        "SELECT ?b WHERE { VALUES ?a { <urn:x> } ?a ?p ?b }",
    ),
    (
        "no WHERE keyword",
        "SELECT * { ?a ?p ?b }",
        "SELECT * { VALUES ?a { <urn:x> } ?a ?p ?b }",
    ),
    (
        "braces in a comment and a string",
        '# a { here\nSELECT ?a WHERE { ?a ?p "}{" }',
        '# a { here\nSELECT ?a WHERE { VALUES ?a { <urn:x> } ?a ?p "}{" }',
    ),
    (
        "a # in an IRI starts no comment",
        "PREFIX e: <urn:e#> SELECT ?a WHERE { ?a e:p 1 }",
        "PREFIX e: <urn:e#> SELECT ?a WHERE { VALUES ?a { <urn:x> } ?a e:p 1 }",
    ),
    (
        "construct template first",
        "CONSTRUCT { ?a ?p ?b } WHERE { ?a ?p ?b }",
        "CONSTRUCT { ?a ?p ?b } WHERE { VALUES ?a { <urn:x> } ?a ?p ?b }",
    ),
    (
        "a variable named where",
        "select ?where where { ?a ?p ?where }",
        "select ?where where { VALUES ?a { <urn:x> } ?a ?p ?where }",
    ),
]


@pytest.mark.parametrize(
    ("sparql", "bound"),
    [case[1:] for case in BIND_CASES],
    ids=[c[0] for c in BIND_CASES],
)
def test_bindings_open_the_where_group(sparql: str, bound: str) -> None:
    assert _bind(sparql, {"a": URIRef("urn:x")}) == bound


@pytest.mark.parametrize(
    ("bindings", "message"),
    [
        ({"a": "Ana Ruiz"}, "must be an rdflib URIRef or Literal"),
        ({"a b": ANA}, "not a SPARQL variable name"),
    ],
)
def test_bad_bindings_are_refused(
    tmp_path: Path, bindings: dict[str, object], message: str
) -> None:
    with open_store(tmp_path) as store, pytest.raises(QueryError, match=message):
        store.query("SELECT ?b WHERE { ?a kg:metWith ?b }", bindings)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("service", "allowed"),
    [
        ("<http://127.0.0.1:7878/query>", True),
        ("<http://localhost/sparql>", True),
        ("<http://[::1]:3030/ds/query>", True),
        ("<https://query.example.org/sparql>", False),
        ("<http://10.1.2.3/sparql>", False),
        ("?endpoint", False),
    ],
)
def test_service_calls_leave_this_machine_only_when_allowed(
    service: str, allowed: bool
) -> None:
    sparql = f"SELECT * WHERE {{ VALUES ?endpoint {{ <urn:e> }} SERVICE {service} {{ ?s ?p ?o }} }}"
    check_services(sparql, allow_external=True)
    if allowed:
        check_services(sparql)
    else:
        with pytest.raises(QueryError, match="outside this machine"):
            check_services(sparql)


def test_a_store_query_refuses_an_external_service_before_running(
    tmp_path: Path,
) -> None:
    with (
        open_store(tmp_path) as store,
        pytest.raises(QueryError, match="outside this machine"),
    ):
        store.query(
            "SELECT * WHERE { SERVICE <https://query.example.org/sparql> { ?s ?p ?o } }"
        )
    # the word alone is no SERVICE call
    with open_store(tmp_path) as store:
        assert not store.query('ASK { ?s rdfs:label "customer service" }').askAnswer


def test_a_malformed_query_is_a_query_error(tmp_path: Path) -> None:
    with (
        open_store(tmp_path) as store,
        pytest.raises(QueryError, match="does not parse"),
    ):
        store.query("SELECT ?s WHERE { ?s ?p ")


def test_any_text_survives_the_store(tmp_path: Path) -> None:
    # Language tags are compared case-insensitively in RDF; Oxigraph keeps them lower-cased.
    with open_store(tmp_path) as store:

        @given(text=st.text(max_size=40), lang=st.sampled_from([None, "en", "fr-be"]))
        @settings(max_examples=60, deadline=None)
        def round_trip(text: str, lang: str | None) -> None:
            facts = Graph()
            facts.add((ANA, KG.evidence, Literal(text, lang=lang)))
            facts.add((ANA, KG.startOffset, Literal(len(text))))
            store.put_document("t", f"{lang} {text}", facts, graph_iri=ID["graph/t"])
            assert isomorphic(store.to_dataset().graph(ID["graph/t"]), facts)
            assert store.documents() == {"t": f"{lang} {text}"}

        round_trip()


BAD_PUTS = [  # a document no store can hold is bad input (InputError); a call that misuses the store, a StoreError
    (
        "relative IRI",
        dict(graph=Graph().add((URIRef("person/ana"), RDFS.label, Literal("Ana")))),
        InputError,
        "absolute IRI",
    ),
    (
        "IRI with a space",
        dict(graph=Graph().add((URIRef("urn:a b"), RDFS.label, Literal("Ana")))),
        InputError,
        "absolute IRI",
    ),
    (
        "a lone surrogate",
        dict(graph=Graph().add((ANA, RDFS.label, Literal("Ana\udfff")))),
        InputError,
        "lone surrogate",
    ),
    (
        "graph IRI as text",
        dict(graph_iri="urn:g"),
        StoreError,
        "must be an rdflib URIRef",
    ),
    ("empty id", dict(doc_id=""), StoreError, "doc_id must be a non-empty string"),
    (
        "no hash",
        dict(content_hash=None),
        StoreError,
        "content_hash must be a non-empty string",
    ),
    (
        "not a graph",
        dict(graph=[(ANA, RDFS.label, Literal("Ana"))]),
        StoreError,
        "must be an rdflib Graph",
    ),
    (
        "a graph of another document",
        dict(doc_id="b", graph_iri=graph_iri("a")),
        StoreError,
        "already holds document 'a'",
    ),
]


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [case[1:] for case in BAD_PUTS],
    ids=[c[0] for c in BAD_PUTS],
)
def test_bad_documents_are_refused_and_change_nothing(
    tmp_path: Path, change: dict[str, object], error: type[Exception], message: str
) -> None:
    arguments = (
        dict(
            doc_id="a",
            content_hash="h2",
            graph=document("a", 2),
            graph_iri=graph_iri("a"),
        )
        | change
    )
    with open_store(tmp_path) as store:
        put(store, "a", 1)
        with pytest.raises(error, match=message):
            store.put_document(**arguments)  # type: ignore[arg-type]
        assert store.documents() == {"a": content_hash("a", 1)}
        assert isomorphic(store.to_graph(), document("a", 1))


def test_a_read_only_store_takes_no_documents(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    with (
        open_store(tmp_path, read_only=True) as store,
        pytest.raises(StoreError, match="read-only"),
    ):
        put(store, "a")


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.documents()


def test_open_store_tells_folders_from_urls(tmp_path: Path) -> None:
    with open_store(str(tmp_path)) as store:
        assert isinstance(store, LocalStore)
    assert (
        open_store("http://127.0.0.1:7878").query_url == "http://127.0.0.1:7878/query"
    )
    remote = open_store(
        "https://sparql.example.org/ds/",
        update_url="https://sparql.example.org/ds/statements",
    )
    assert (remote.query_url, remote.update_url) == (
        "https://sparql.example.org/ds/query",
        "https://sparql.example.org/ds/statements",
    )


def _not_a_store(tmp: Path) -> Path:
    (tmp / "notes.txt").write_text("mine")
    return tmp


def _a_file(tmp: Path) -> Path:
    (tmp / "graph.ttl").write_text("")
    return tmp / "graph.ttl"


@pytest.mark.parametrize(
    ("where", "read_only", "message"),
    [
        (lambda tmp: tmp / "missing", True, "no graph store at"),
        (_not_a_store, False, "is not empty and holds no graph store"),
        (_a_file, False, "is a file, not a store folder"),
        (lambda tmp: _a_file(tmp) / "store", False, "cannot create store"),
    ],
    ids=["read-only and missing", "a folder of other files", "a file", "below a file"],
)
def test_what_is_not_a_store_is_refused(
    tmp_path: Path, where, read_only: bool, message: str
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match=message):
        open_store(where(tmp_path), read_only=read_only)


def test_query_urls_apply_to_endpoints_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="apply to a SPARQL endpoint URL"):
        open_store(tmp_path, query_url="http://127.0.0.1:7878/query")


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [
        (False, False, "in use by another build"),
        (False, True, "being written by a build"),
        (True, False, "in use by another build"),
    ],
)
def test_one_writer_or_many_readers(
    tmp_path: Path, first: bool, second: bool, message: str
) -> None:
    open_store(tmp_path).close()
    with (
        open_store(tmp_path, read_only=first),
        pytest.raises(StoreError, match=message),
    ):
        open_store(tmp_path, read_only=second)
    with open_store(tmp_path):  # free again once closed
        pass


def test_readers_share(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        put(store, "a")
    with (
        open_store(tmp_path, read_only=True) as one,
        open_store(tmp_path, read_only=True) as two,
    ):
        assert one.documents() == two.documents() == {"a": content_hash("a")}


@pytest.mark.slow
def test_a_second_build_process_fails_clearly_and_harms_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    holder = subprocess.Popen(
        [sys.executable, str(HELPER), "hold", str(store)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        second = subprocess.run(
            [sys.executable, str(HELPER), "write", str(store), "1", "1"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode != 0
        assert f"StoreError: store {store} is in use by another build" in second.stderr
    finally:
        holder.communicate("", timeout=60)  # end of stdin: the holder closes the store
    assert holder.returncode == 0
    again = subprocess.run(
        [sys.executable, str(HELPER), "write", str(store), "1", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 0, again.stderr
    with open_store(store, read_only=True) as reopened:
        assert reopened.documents() == {
            "held": content_hash("held"),
            "doc-000": content_hash("doc-000", 2),
        }


@pytest.mark.slow
def test_a_build_killed_midway_keeps_every_committed_document(tmp_path: Path) -> None:
    # The child writes 20 documents, then rewrites each changed, printing each commit; it is
    # killed with SIGKILL after 30 commits, in the middle of replacing documents.
    store = tmp_path / "store"
    count, events = 20, 30
    child = subprocess.Popen(
        [sys.executable, str(HELPER), "write", str(store), str(count), str(events)],
        stdout=subprocess.PIPE,
        text=True,
    )
    committed: dict[str, int] = {}
    try:
        assert child.stdout is not None
        for _ in range(30):
            doc_id, version = child.stdout.readline().split()
            committed[doc_id] = int(version)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert child.returncode == -signal.SIGKILL
    with open_store(
        store
    ) as reopened:  # usable: opens for writing, reads, takes documents
        held = reopened.documents()
        dataset = reopened.to_dataset()
        for doc_id, version in committed.items():
            assert held[doc_id] in (
                content_hash(doc_id, version, events),
                content_hash(doc_id, 2, events),
            )
        versions = {
            d: next(v for v in (1, 2) if content_hash(d, v, events) == h)
            for d, h in held.items()
        }
        assert len(held) == count
        for (
            doc_id,
            version,
        ) in versions.items():  # every document whole, in one version or the other
            assert isomorphic(
                dataset.graph(graph_iri(doc_id)), document(doc_id, version, events)
            )
        merged = Graph()
        for doc_id, version in versions.items():
            merged += document(doc_id, version, events)
        assert len(reopened.query("SELECT * WHERE { ?s ?p ?o }")) == len(merged)
        assert put(reopened, "after", 1)


def _can_mount_tmpfs() -> bool:
    try:
        return (
            subprocess.run(
                ["unshare", "--user", "--map-root-user", "--mount", "true"],
                capture_output=True,
                timeout=30,
            ).returncode
            == 0
        )
    except (OSError, subprocess.SubprocessError):
        return False


@pytest.mark.slow
@pytest.mark.skipif(
    not _can_mount_tmpfs(), reason="needs unshare to mount a small private tmpfs"
)
def test_a_full_disk_is_a_clear_error_and_keeps_what_was_committed(
    tmp_path: Path,
) -> None:
    # A 2 MiB tmpfs, private to the child's mount namespace, fills up while it puts documents.
    disk = tmp_path / "disk"
    disk.mkdir()
    script = f'mount -t tmpfs -o size=2m tmpfs "{disk}" && exec "{sys.executable}" "{HELPER}" fill "{disk}/store"'
    child = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout)
    assert report["error"].startswith(f"the disk holding store {disk}/store is full")
    assert report["committed"]  # some documents fitted before the disk filled
    assert set(report["committed"]) <= set(report["found"])
    assert report["intact"]


def test_a_long_build_puts_its_writes_on_disk_every_so_many_documents(
    tmp_path: Path,
) -> None:
    class Counting:  # forwards to the Oxigraph store, counting flushes
        def __init__(self, store: ox.Store) -> None:
            self.store, self.flushes = store, 0

        def flush(self) -> None:
            self.flushes += 1
            self.store.flush()

        def __getattr__(self, name: str) -> object:
            return getattr(self.store, name)

    with open_store(tmp_path / "store") as store:
        assert isinstance(store, LocalStore)
        store._store = counting = Counting(store._store)  # type: ignore[assignment]
        for n in range(2 * LocalStore.FLUSH_EVERY + 1):
            put(store, f"d{n}")
        assert (
            counting.flushes == 2
        )  # RocksDB's write buffers would otherwise grow with every document
        assert len(store.documents()) == 2 * LocalStore.FLUSH_EVERY + 1


def test_the_index_graph_is_not_a_document(tmp_path: Path) -> None:
    with open_store(tmp_path) as store:
        put(store, "a")
        assert INDEX_GRAPH not in {g.identifier for g in store.to_dataset().graphs()}


def test_hostile_text_is_stored_as_text(tmp_path: Path) -> None:
    # Text shaped to close the update's string and data block and run its own operations.
    attack = 'x" } ; DROP ALL ; INSERT DATA { <urn:evil> <urn:p> "1'
    for text in (
        attack,
        attack.replace('"', "\\u0022"),
        "back\\\\slash\\n",
        "nul\x00 and \u202eRTL",
    ):
        facts = Graph().add((ANA, KG.evidence, Literal(text)))
        with open_store(tmp_path) as store:
            put(store, "a", 1)
            store.put_document("t", text, facts, graph_iri=ID["graph/t"])
            assert store.documents() == {"a": content_hash("a"), "t": text}
            assert isomorphic(store.to_dataset().graph(ID["graph/t"]), facts)
            assert not store.query("ASK { <urn:evil> ?p ?o }").askAnswer


class _FullDisk:
    """A pyoxigraph store whose disk is full: reads work, every write fails as RocksDB reports it."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    def __getattr__(self, name: str) -> object:
        return getattr(self._store, name)

    def update(self, sparql: str) -> None:
        raise OSError(
            errno.ENOSPC,
            "IO error: No space left on device: While appending to file: 000009.log",
        )


def test_a_full_disk_while_writing_is_a_store_error_and_changes_nothing(
    tmp_path: Path,
) -> None:
    with open_store(tmp_path) as store:
        put(store, "a", 1)
        assert isinstance(store, LocalStore)
        store._store = _FullDisk(store._oxigraph)  # type: ignore[assignment]
        for doc_id, version in (("a", 2), ("b", 1)):
            with pytest.raises(
                StoreError, match=f"the disk holding store {tmp_path} is full"
            ):
                put(store, doc_id, version)
        assert store.documents() == {"a": content_hash("a")}
        assert isomorphic(store.to_graph(), document("a"))


# --- kg build --store, run as a user runs it ---------------------------------------------------


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def as_oxigraph_keeps(graph: Graph) -> Graph:
    """``graph`` with its literals in the canonical form Oxigraph stores (``0.90`` becomes ``0.9``)."""
    store = ox.Store()
    store.load(
        graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES
    )
    kept = Graph()
    kept.parse(
        data=store.dump(
            format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()
        ).decode(),
        format="nt",
    )
    return kept


@pytest.mark.slow
def test_a_build_into_a_store_in_use_fails_at_once(tmp_path: Path) -> None:
    store = tmp_path / "store"
    articles = write_articles(tmp_path / "news.jsonl", 2)
    holder = subprocess.Popen(
        [sys.executable, str(HELPER), "hold", str(store)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        second = kg("build", str(articles), "--store", str(store))
    finally:
        holder.communicate("", timeout=60)
    assert second.returncode == 2
    assert (
        f"kg build: error: store {store} is in use by another build or by kg serve"
        in second.stderr
    )
    with open_store(store, read_only=True) as reopened:
        assert reopened.documents() == {"held": content_hash("held")}


@pytest.mark.model
def test_a_build_into_a_store_reads_documents_as_it_goes(
    nlp, endless, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with open_store(tmp_path / "store") as store:
        results = build_into(
            store, iter(endless), GraphBuilder(nlp=nlp, batch_size=4, keep=False)
        )
        assert [next(results).status for _ in range(3)] == ["added"] * 3
        assert endless.pulled <= 4 * 4  # a few batches ahead, never the whole input
        assert len(store.documents()) == 3


@pytest.mark.model
def test_an_entity_the_store_labels_keeps_that_label_and_the_store_is_asked_once(
    nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    peru = ID["country/peru"]
    with open_store(tmp_path / "store") as store:
        store.put_document(
            "old",
            "sha256:1",
            Graph().add((peru, RDFS.label, Literal("Republic of Peru"))),
            graph_iri=ID["graph/old"],
        )
        asked: list[URIRef] = []
        label = store.label
        store.label = lambda thing: asked.append(thing) or label(thing)  # type: ignore[method-assign]
        news = [
            Document(id=f"n{n}", text="Peru and Chile signed a water treaty.")
            for n in range(2)
        ]
        assert [s.status for s in build_into(store, news, GraphBuilder(nlp=nlp))] == [
            "added",
            "added",
        ]
        assert store.query(
            "SELECT ?l WHERE { ?peru rdfs:label ?l }", {"peru": peru}
        ).bindings == [{Variable("l"): Literal("Republic of Peru")}]
        assert store.query(
            "ASK { ?peru skos:altLabel 'Peru' }", {"peru": peru}
        ).askAnswer
        assert (
            asked.count(peru) == 1
        )  # then remembered; the document's own treaty is never asked for
        assert not any("/agreement/" in str(thing) for thing in asked)


@pytest.mark.slow
@pytest.mark.model
def test_kg_build_into_a_store_adds_skips_and_replaces(tmp_path: Path) -> None:
    articles = write_articles(tmp_path / "news.jsonl", 6)
    store = tmp_path / "store"
    steps = [
        (
            "a new store",
            "6 added, 0 replaced, 0 unchanged, 0 failed; it holds 6 documents",
        ),
        (
            "the same articles again",
            "0 added, 0 replaced, 6 unchanged, 0 failed; it holds 6 documents",
        ),
        (
            "one article reworded",
            "0 added, 1 replaced, 5 unchanged, 0 failed; it holds 6 documents",
        ),
    ]
    for step, summary in steps:
        if step == "one article reworded":
            write_articles(articles, 6, changed=frozenset({2}))
        run = kg("build", str(articles), "--store", str(store))
        assert run.returncode == 0, (step, run.stderr)
        assert f"kg build: store {store}: {summary}" in run.stderr, step
    # The store holds what a file build of the articles as they are now holds, graph by graph.
    files = kg(
        "build",
        str(articles),
        "--format",
        "trig",
        "--out",
        str(tmp_path / "out"),
        "--no-html",
    )
    assert files.returncode == 0, files.stderr
    expected = Dataset().parse(tmp_path / "out" / "graph.trig", format="trig")
    named = [
        g
        for g in expected.graphs()
        if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID
    ]
    assert len(named) == 6
    linked = expected.graph(DATASET_DEFAULT_GRAPH_ID)  # the linked graph of them all
    with open_store(store, read_only=True) as reopened:
        dataset = reopened.to_dataset()
        for graph in named:
            assert isomorphic(
                dataset.graph(graph.identifier), as_oxigraph_keeps(graph)
            ), graph.identifier
        union = Graph()
        for graph in named:
            union += graph
        assert isomorphic(reopened.to_graph(), as_oxigraph_keeps(union))
        assert len(reopened.query("SELECT * WHERE { ?s ?p ?o }")) == len(
            linked
        )  # its default graph is linked too
        assert reopened.query('ASK { ?event kg:dateText "Friday" }').askAnswer


@pytest.mark.model
@pytest.mark.slow
def test_kg_build_killed_at_a_random_moment_keeps_its_commits_and_a_rerun_completes_it(
    tmp_path: Path,
) -> None:
    count = 120
    articles = write_articles(tmp_path / "news.jsonl", count)
    command = [sys.executable, "-m", "kg.cli", "build", str(articles), "-q", "--store"]

    def start(store: Path) -> tuple[subprocess.Popen[str], float]:
        child = subprocess.Popen(
            [*command, str(store)], stderr=subprocess.PIPE, text=True
        )
        assert child.stderr is not None
        assert (
            "into store" in child.stderr.readline()
        )  # the store is open, the model loaded
        return child, time.monotonic()

    reference, began = start(
        tmp_path / "reference"
    )  # an uninterrupted run, to compare with and to time
    assert reference.wait(timeout=300) == 0, (
        reference.stderr.read() if reference.stderr else ""
    )
    span = time.monotonic() - began
    seed = random.randrange(1_000_000)
    chance = random.Random(seed)
    store = tmp_path / "store"
    for attempt in range(
        4
    ):  # a run may finish its work before the kill on a busy machine: try sooner
        shutil.rmtree(store, ignore_errors=True)
        child, began = start(store)
        time.sleep(chance.uniform(0.05, 0.9) * span / 2**attempt)
        child.send_signal(signal.SIGKILL)
        child.wait()
        with open_store(
            store, read_only=True
        ) as killed:  # openable, whenever the kill came
            if len(killed.documents()) < count:
                break
    assert child.returncode == -signal.SIGKILL, f"never killed midway (seed {seed})"

    with open_store(tmp_path / "reference", read_only=True) as done:
        whole, whole_dataset, whole_graph = (
            done.documents(),
            done.to_dataset(),
            done.to_graph(),
        )
    assert len(whole) == count
    with open_store(store, read_only=True) as killed:
        committed = killed.documents()
        dataset = killed.to_dataset()
        assert len(committed) < count, f"seed {seed}"
        for (
            doc_id,
            key,
        ) in committed.items():  # every committed document as the whole run built it
            assert key == whole[doc_id]
        for graph in dataset.graphs():
            if len(graph):
                assert isomorphic(graph, whole_dataset.graph(graph.identifier)), (
                    graph.identifier,
                    seed,
                )
        assert sum(1 for g in dataset.graphs() if len(g)) == len(committed)

    rerun = subprocess.run(
        [*command, str(store)], capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    assert (
        f"{count - len(committed)} added, 0 replaced, {len(committed)} unchanged, 0 failed"
        in rerun.stderr
    )
    with open_store(store, read_only=True) as completed:
        assert completed.documents() == whole
        assert isomorphic(completed.to_graph(), whole_graph)
