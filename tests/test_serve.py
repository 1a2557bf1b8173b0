"""The SPARQL endpoint (the Oxigraph server) and remote stores, over real loopback HTTP."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from storedocs import ID, content_hash, document, graph_iri, put, write_articles

from kg.errors import QueryError, StoreError
from kg.namespace import KG
from kg.serve import Server, start_server
from kg.store import RemoteStore, open_store

ANA, TOMAS, MIRA, IDRIS, LENA = (
    ID[f"person/{n}"]
    for n in ("ana-ruiz", "tomas-berg", "mira-kovac", "idris-bello", "lena-holm")
)
MET = "PREFIX kg: <https://w3id.org/newskg/ontology#> SELECT ?a ?b WHERE { ?a kg:metWith ?b }"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def select(url: str, sparql: str) -> list[tuple[str, ...]]:
    """Rows of a SELECT asked with SPARQLWrapper, as sorted tuples of values."""
    client = SPARQLWrapper(url)
    client.setQuery(sparql)
    client.setReturnFormat(JSON)
    client.setTimeout(30)
    answer = client.queryAndConvert()
    names = answer["head"]["vars"]  # type: ignore[index]
    return sorted(
        tuple(row[n]["value"] for n in names) for row in answer["results"]["bindings"]
    )  # type: ignore[index]


def update(server: Server, sparql: str) -> None:
    client = SPARQLWrapper(server.query_url, updateEndpoint=server.update_url)
    if server.token:
        client.addCustomHttpHeader("Authorization", f"Bearer {server.token}")
    client.setMethod(POST)
    client.setQuery(sparql)
    client.setTimeout(30)
    client.query()


def pairs(*people: tuple[URIRef, URIRef]) -> list[tuple[str, ...]]:
    return sorted({(str(a), str(b)) for x, y in people for a, b in ((x, y), (y, x))})


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of three documents; "a" and "b" report the same meeting."""
    folder = tmp_path_factory.mktemp("served") / "store"
    with open_store(folder) as store:
        put(store, "a", 1)
        put(store, "b", 1)
        put(store, "c", 2)
    return folder


@pytest.fixture
def served(built: Path) -> Iterator[Server]:
    with start_server(built, port=0) as server:
        yield server


def test_the_endpoint_answers_sparqlwrapper_with_each_fact_once(served: Server) -> None:
    assert served.url.startswith("http://127.0.0.1:")
    assert select(served.query_url, MET) == pairs((ANA, TOMAS), (ANA, MIRA))
    labels = select(
        served.query_url,
        "SELECT ?name WHERE { ?p a <https://w3id.org/newskg/ontology#Person> ;"
        " <http://www.w3.org/2000/01/rdf-schema#label> ?name }",
    )
    assert labels == [("Ana Ruiz",), ("Mira Kovac",), ("Tomas Berg",)]


def test_a_read_only_endpoint_refuses_updates(served: Server) -> None:
    with pytest.raises(urllib.error.HTTPError) as refused:
        update(served, f"INSERT DATA {{ <{IDRIS}> <{KG.metWith}> <{ANA}> }}")
    assert refused.value.code == 403
    assert select(served.query_url, MET) == pairs((ANA, TOMAS), (ANA, MIRA))


def test_a_served_store_takes_no_build_but_other_readers(
    served: Server, built: Path
) -> None:
    with pytest.raises(StoreError, match="in use by another build or by kg serve"):
        open_store(built)
    with open_store(built, read_only=True) as reader:
        assert set(reader.documents()) == {"a", "b", "c"}


def test_a_local_query_may_call_a_loopback_service(
    served: Server, tmp_path: Path
) -> None:
    with open_store(tmp_path) as store:
        rows = store.query(
            f"SELECT ?a ?b WHERE {{ SERVICE <{served.query_url}> {{ ?a kg:metWith ?b }} }}"
        )
        assert sorted((str(a), str(b)) for a, b in rows) == pairs(
            (ANA, TOMAS), (ANA, MIRA)
        )


def test_a_writable_endpoint_takes_updates_and_locks_out_readers(
    tmp_path: Path,
) -> None:
    with open_store(tmp_path / "store") as store:
        put(store, "a")
    with start_server(tmp_path / "store", port=0, writable=True) as server:
        update(server, f"INSERT DATA {{ <{IDRIS}> <{KG.metWith}> <{MIRA}> }}")
        assert select(server.query_url, MET) == sorted(
            [*pairs((ANA, TOMAS)), (str(IDRIS), str(MIRA))]
        )
        with pytest.raises(StoreError, match="being written"):
            open_store(tmp_path / "store", read_only=True)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("seed.ttl", document("a").serialize(format="turtle")),
        (
            "seed.trig",
            "\n".join(  # two named graphs stating the same meeting: served once, merged
                f"<{graph_iri(d)}> {{ {document(d).serialize(format='nt')} }}"
                for d in ("a", "b")
            ),
        ),
    ],
)
def test_an_rdf_file_is_served_with_its_graphs_merged(
    tmp_path: Path, name: str, text: str
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with start_server(tmp_path / name, port=0) as server:
        assert select(server.query_url, MET) == pairs((ANA, TOMAS))
    assert list(tmp_path.iterdir()) == [tmp_path / name]  # nothing left behind


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "missing.ttl", "no graph file or store at"),
        (
            lambda tmp: (tmp / "graph.csv").write_text("a,b") and tmp / "graph.csv",
            "cannot tell the RDF format",
        ),
        (
            lambda tmp: (tmp / "bad.ttl").write_text("<a> <b") and tmp / "bad.ttl",
            "is not valid Turtle",
        ),
        (lambda tmp: (tmp / "notes").mkdir() or tmp / "notes", "no graph store at"),
    ],
    ids=["missing", "unknown format", "bad turtle", "plain folder"],
)
def test_what_cannot_be_served_is_a_clear_error(
    tmp_path: Path, make, message: str
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match=message):
        start_server(make(tmp_path), port=0)


def test_a_port_in_use_is_a_clear_error(served: Server, built: Path) -> None:
    with pytest.raises(StoreError, match=f"cannot listen on 127.0.0.1:{served.port}"):
        start_server(built, port=served.port)


def test_a_query_past_the_time_limit_is_cancelled_by_the_server(tmp_path: Path) -> None:
    (tmp_path / "seed.ttl").write_text(
        document("a", 1, 20).serialize(format="turtle"), encoding="utf-8"
    )
    # five unconstrained patterns over ~300 triples: ~10^12 rows to filter, far beyond 1 second
    heavy = (
        "SELECT DISTINCT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o "
        "FILTER (?c = ?o && ?f = ?l && ?i = ?b) }"
    )
    with start_server(tmp_path / "seed.ttl", port=0, query_timeout=1) as server:
        request = urllib.request.Request(
            server.query_url,
            data=urllib.parse.urlencode({"query": heavy}).encode(),
            headers={"Accept": "application/sparql-results+json"},
        )
        # The answer had begun (status 200) when the server gave up: it ends with the reason, not with JSON.
        with urllib.request.urlopen(request, timeout=120) as answer:
            body = answer.read().decode()
        assert body.endswith("The SPARQL operation has been cancelled")
        # and the next query is served as usual
        assert select(server.query_url, MET) == pairs(
            (ANA, TOMAS), (TOMAS, MIRA), (MIRA, IDRIS), (IDRIS, LENA), (LENA, ANA)
        )


def test_kg_serve_answers_until_ctrl_c_then_stops_cleanly(built: Path) -> None:
    port = free_port()
    command = [sys.executable, "-m", "kg.cli", "serve", str(built), "--port", str(port)]
    child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stderr is not None
        assert (
            child.stderr.readline()
            == f"SPARQL endpoint (read-only): http://127.0.0.1:{port}/query (Ctrl-C to stop)\n"
        )
        assert select(f"http://127.0.0.1:{port}/query", MET) == pairs(
            (ANA, TOMAS), (ANA, MIRA)
        )
        child.send_signal(
            signal.SIGINT
        )  # to the Python process only: it must stop the server itself
        assert child.wait(timeout=30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()
    with open_store(built, read_only=True) as reader:  # and the store is free again
        assert set(reader.documents()) == {"a", "b", "c"}


@pytest.fixture
def endpoint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """A writable Oxigraph server on an empty store: the remote store's other end, given the token by $KG_SERVE_TOKEN."""
    monkeypatch.setenv("KG_SERVE_TOKEN", "test-token-" + str(tmp_path.name))
    open_store(tmp_path / "remote").close()
    with start_server(tmp_path / "remote", port=0, writable=True) as server:
        assert server.token == "test-token-" + str(tmp_path.name)
        yield server


def test_a_remote_store_takes_replaces_and_skips_documents(
    endpoint: Server, tmp_path: Path
) -> None:
    store = open_store(endpoint.url)
    assert isinstance(store, RemoteStore)
    assert [
        put(store, d, v) for d, v in (("a", 1), ("a", 1), ("b", 1), ("c", 2), ("c", 3))
    ] == [True, False, True, True, True]
    assert store.documents() == {
        "a": content_hash("a"),
        "b": content_hash("b"),
        "c": content_hash("c", 3),
    }
    assert store.has_document("c", content_hash("c", 3)) and not store.has_document(
        "c", content_hash("c", 2)
    )
    dataset = store.to_dataset()
    for doc_id, version in (("a", 1), ("b", 1), ("c", 3)):
        assert isomorphic(dataset.graph(graph_iri(doc_id)), document(doc_id, version))
    merged = document("a") + document("b") + document("c", 3)
    assert isomorphic(store.to_graph(), merged)
    assert len(store.query("SELECT * WHERE { ?s ?p ?o }")) == len(
        merged
    )  # c's old meeting is gone
    assert select(endpoint.query_url, MET) == pairs((ANA, TOMAS), (ANA, IDRIS))


def test_a_remote_store_binds_like_rdflib(endpoint: Server) -> None:
    store = open_store(endpoint.url)
    put(store, "a", 1)
    put(store, "b", 2)
    plain = document("a", 1) + document("b", 2)
    for sparql in (
        "SELECT ?b WHERE { ?a kg:metWith ?b } ORDER BY ?b",
        "SELECT (COUNT(?b) AS ?n) WHERE { ?a kg:metWith ?b }",
    ):
        expected = plain.query(sparql, initBindings={"a": ANA}, initNs={"kg": KG._NS})
        assert list(store.query(sparql, {"a": ANA})) == list(expected)
    assert store.query("ASK { ?a kg:metWith ?b }").askAnswer is True
    built = store.query(
        "CONSTRUCT { ?a kg:metWith ?b } WHERE { ?a kg:metWith ?b }", {"a": TOMAS}
    ).graph
    assert set(built) == {(TOMAS, KG.metWith, ANA)}
    with pytest.raises(
        QueryError, match="not a SPARQL query"
    ):  # refused before it is sent
        store.query("SELECT ?s WHERE { ?s ?p ")


def test_what_a_remote_store_wrote_is_an_ordinary_store(
    endpoint: Server, tmp_path: Path
) -> None:
    put(open_store(endpoint.url), "a", 1)
    endpoint.stop()
    with open_store(tmp_path / "remote", read_only=True) as local:
        assert local.documents() == {"a": content_hash("a")}
        assert isomorphic(local.to_graph(), document("a"))


def test_a_read_only_endpoint_refuses_a_remote_build(served: Server) -> None:
    with pytest.raises(StoreError, match="answered HTTP 403"):
        put(open_store(served.url), "d")


def test_an_unreachable_endpoint_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot reach SPARQL endpoint"):
        open_store(f"http://127.0.0.1:{free_port()}", timeout=5).documents()


def test_hostile_text_reaches_a_remote_store_as_text(endpoint: Server) -> None:
    store = open_store(endpoint.url)
    put(store, "a", 1)
    attack = 'x" } ; DROP ALL ; INSERT DATA { <urn:evil> <urn:p> "1'
    for text in (attack, attack.replace('"', "\\u0022"), "tab\tnul\x00\u202eRTL"):
        facts = Graph().add((ANA, KG.evidence, Literal(text)))
        store.put_document("t", text, facts, graph_iri=ID["graph/t"])
        assert store.documents() == {"a": content_hash("a"), "t": text}
        assert isomorphic(store.to_dataset().graph(ID["graph/t"]), facts)
        assert not store.query("ASK { <urn:evil> ?p ?o }").askAnswer


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
@pytest.mark.model
def test_kg_build_into_a_remote_store_equals_the_local_build(
    endpoint: Server, tmp_path: Path
) -> None:
    articles = write_articles(tmp_path / "news.jsonl", 6)
    remote = kg("build", str(articles), "--store", f"{endpoint.url}/")
    assert remote.returncode == 0, remote.stderr
    assert (
        "6 added, 0 replaced, 0 unchanged, 0 failed; it holds 6 documents"
        in remote.stderr
    )
    local = kg("build", str(articles), "--store", str(tmp_path / "local"))
    assert local.returncode == 0, local.stderr
    again = kg("build", str(articles), "--store", f"{endpoint.url}/")
    assert "0 added, 0 replaced, 6 unchanged, 0 failed" in again.stderr
    with open_store(tmp_path / "local", read_only=True) as here:
        there = open_store(endpoint.url)
        assert there.documents() == here.documents()
        mine, theirs = here.to_dataset(), there.to_dataset()
        names = {g.identifier for g in mine.graphs() if len(g)}
        assert len(names) == 6
        assert names == {g.identifier for g in theirs.graphs() if len(g)}
        for name in names:
            assert isomorphic(theirs.graph(name), mine.graph(name)), name
        assert isomorphic(there.to_graph(), here.to_graph())
        met = "SELECT ?a ?b WHERE { ?a kg:metWith ?b }"
        assert sorted(there.query(met)) == sorted(here.query(met))
        assert len(there.query(met)) > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.ttl"], "kg serve: error: no graph file or store at missing.ttl"),
        (
            ["missing.ttl", "--timeout", "0"],
            "kg serve: error: query_timeout must be a positive number of seconds",
        ),
        (
            ["missing.ttl", "--timeout", "nan"],
            "kg serve: error: --timeout must be a number of seconds up to 86,400 (a day), not nan",
        ),
        (
            ["missing.ttl", "--timeout", "inf"],
            "kg serve: error: --timeout must be a number of seconds up to 86,400 (a day), not inf",
        ),
        (
            ["missing.ttl", "--port", "99999"],
            "kg serve: error: --port must be a port number from 1 to 65535 (0 picks a free one)",
        ),
    ],
    ids=["no such source", "no time limit", "nan", "infinite", "port out of range"],
)
def test_kg_serve_refuses_what_it_cannot_serve(args: list[str], message: str) -> None:
    refused = (
        kg("serve", *args) if "--port" in args else kg("serve", *args, "--port", "0")
    )
    assert refused.returncode == 2
    assert message in refused.stderr and "Traceback" not in refused.stderr


# --- nothing let in: Host, Origin, token, SERVICE, the child process, the port -------------------


def ask(
    url: str,
    *,
    data: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
) -> tuple[int, str]:
    """Status and body of one request, HTTP errors included."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(
        url, data=body, headers=headers or {}, method=method
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def raw(port: int, request: bytes) -> bytes:
    """Send bytes as they are (urllib cannot send a Host header of our choosing)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(request)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
        return answer


@pytest.fixture
def writable(built: Path, tmp_path: Path) -> Iterator[Server]:
    import shutil

    shutil.copytree(
        built, tmp_path / "store", ignore=shutil.ignore_patterns("kg.lock", "LOCK")
    )
    with start_server(tmp_path / "store", port=0, writable=True) as server:
        yield server


def meetings(server: Server) -> int:
    return len(select(server.query_url, MET))


EVIL = "http://evil.example"
DROP = {"update": "DROP ALL"}


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Origin": EVIL}, 403),  # the attacking page's form post
        ({"Origin": "null"}, 403),  # a sandboxed page
        ({"Sec-Fetch-Site": "cross-site"}, 403),  # a browser says where it comes from
        ({}, 401),  # no token
        ({"Authorization": "Bearer wrong"}, 401),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, 401),
    ],
)
def test_a_writable_endpoint_refuses_updates_from_other_origins_and_without_the_token(
    writable: Server, headers: dict[str, str], status: int
) -> None:
    assert ask(writable.update_url, data=DROP, headers=headers)[0] == status
    assert meetings(writable) == 4


def test_a_writable_endpoint_takes_an_update_with_the_token_even_from_its_own_origin(
    writable: Server,
) -> None:
    own = {"Authorization": f"Bearer {writable.token}", "Origin": writable.url}
    assert ask(writable.update_url, data=DROP, headers=own)[0] == 204
    assert meetings(writable) == 0


def test_graph_store_writes_need_the_token(writable: Server) -> None:
    assert ask(f"{writable.url}/store?default", method="DELETE")[0] == 401
    assert meetings(writable) == 4


@pytest.mark.parametrize(
    "host", [b"evil.example", b"evil.example:80", b"rebind.127.0.0.1.nip.io", b""]
)
def test_a_host_header_that_does_not_name_this_machine_is_refused(
    served: Server, host: bytes
) -> None:
    query = urllib.parse.quote(MET).encode()
    answer = raw(
        served.port,
        b"GET /query?query="
        + query
        + b" HTTP/1.1\r\nHost: "
        + host
        + b"\r\nConnection: close\r\n\r\n",
    )
    assert answer.startswith((b"HTTP/1.1 403", b"HTTP/1.0 403"))
    assert b"Host header" in answer


@pytest.mark.parametrize(
    "host", [b"127.0.0.1", b"localhost", b"127.0.0.1:{port}", b"localhost:{port}"]
)
def test_loopback_host_headers_are_served(served: Server, host: bytes) -> None:
    query = urllib.parse.quote(MET).encode()
    host = host.replace(b"{port}", str(served.port).encode())
    answer = raw(
        served.port,
        b"GET /query?query="
        + query
        + b" HTTP/1.1\r\nHost: "
        + host
        + b"\r\nAccept: application/sparql-results+json\r\nConnection: close\r\n\r\n",
    )
    assert answer.startswith(b"HTTP/1.1 200"), answer[:200]


@pytest.mark.parametrize(
    "keyword", ["SERVICE", "service SILENT", "\\u0053ERVICE", "\\U00000053ervice"]
)
def test_the_endpoint_sends_no_service_request(
    served: Server, listener: tuple[str, list[str]], keyword: str
) -> None:
    url, hits = listener
    sparql = f"SELECT * WHERE {{ {keyword} <{url}/internal?x=1> {{ ?s ?p ?o }} }}"
    for request in ({"data": {"query": sparql}}, {"data": None}):
        target = (
            served.query_url
            if request["data"]
            else f"{served.query_url}?{urllib.parse.urlencode({'query': sparql})}"
        )
        status, body = ask(target, data=request["data"])
        assert status in (400, 403), body
    assert hits == []


def test_allow_service_lets_the_listed_endpoint_be_called(
    built: Path, tmp_path: Path, listener: tuple[str, list[str]]
) -> None:
    import shutil

    url, hits = listener
    shutil.copytree(
        built, tmp_path / "store", ignore=shutil.ignore_patterns("kg.lock", "LOCK")
    )
    with start_server(
        tmp_path / "store", port=0, allow_service=[f"{url}/sparql"]
    ) as server:
        ask(
            server.query_url,
            data={
                "query": f"SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}"
            },
        )
        status, _ = ask(
            server.query_url,
            data={
                "query": f"SELECT * WHERE {{ SERVICE <{url}/other> {{ ?s ?p ?o }} }}"
            },
        )
    assert hits and all(hit.startswith("/sparql") for hit in hits)
    assert status == 403


def test_a_writable_endpoint_checks_the_services_of_updates(
    writable: Server, listener: tuple[str, list[str]]
) -> None:
    url, hits = listener
    token = {"Authorization": f"Bearer {writable.token}"}
    sparql = f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/x> {{ ?s ?p ?o }} }}"
    assert ask(writable.update_url, data={"update": sparql}, headers=token)[0] == 403
    assert hits == []


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(p) for p in text]
    return found


def test_kg_serve_killed_with_sigkill_takes_its_server_along_and_leaves_the_port_free(
    tmp_path: Path,
) -> None:
    import os
    import time

    (tmp_path / "seed.ttl").write_text(
        document("a").serialize(format="turtle"), encoding="utf-8"
    )
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "kg.cli",
        "serve",
        str(tmp_path / "seed.ttl"),
        "--port",
        str(port),
        "--writable",
    ]
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    assert first.stderr is not None
    assert first.stderr.readline().startswith("SPARQL endpoint (read-write)")
    (oxigraph,) = children(first.pid)
    scratch = list(Path("/tmp").glob(f"kg-serve-{first.pid}-*"))
    assert len(scratch) == 1
    first.kill()
    first.wait()
    for _ in range(200):
        if (
            not Path(f"/proc/{oxigraph}").exists()
            or "Z" in Path(f"/proc/{oxigraph}/stat").read_text().split()[2]
        ):
            break
        time.sleep(0.05)
    else:
        os.kill(oxigraph, signal.SIGKILL)
        pytest.fail("the Oxigraph server outlived kg serve")
    second = subprocess.Popen(
        command, stderr=subprocess.PIPE, text=True
    )  # the same port, at once
    try:
        assert second.stderr is not None
        assert (
            second.stderr.readline()
            == f"SPARQL endpoint (read-write): http://127.0.0.1:{port}/query (Ctrl-C to stop)\n"
        )
        assert select(f"http://127.0.0.1:{port}/query", MET) == pairs((ANA, TOMAS))
        assert not scratch[
            0
        ].exists()  # the killed one's temporary store was cleaned at start
    finally:
        second.send_signal(signal.SIGINT)
        second.wait(timeout=30)
    assert not list(Path("/tmp").glob(f"kg-serve-{second.pid}-*"))


def test_kg_query_takes_the_url_kg_serve_prints_with_or_without_query(
    served: Server,
) -> None:
    for url in (served.query_url, served.url, served.url + "/", served.query_url + "/"):
        result = kg(
            "query", url, "SELECT ?a ?b WHERE { ?a kg:metWith ?b }", "--format", "csv"
        )
        assert result.returncode == 0, result.stderr
        assert len(result.stdout.strip().splitlines()) == 1 + 4


def test_an_endpoint_that_never_answers_times_out() -> None:
    import threading
    import time

    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        accepted: list[socket.socket] = []
        threading.Thread(
            target=lambda: accepted.append(silent.accept()[0]), daemon=True
        ).start()
        start = time.monotonic()
        with pytest.raises(StoreError, match="cannot reach SPARQL endpoint"):
            open_store(
                f"http://127.0.0.1:{silent.getsockname()[1]}/query", timeout=1
            ).documents()
        assert time.monotonic() - start < 10
        for connection in accepted:
            connection.close()


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf")])
def test_a_remote_store_needs_a_finite_timeout(timeout: float) -> None:
    with pytest.raises(StoreError, match="timeout"):
        open_store("http://127.0.0.1:9/", timeout=timeout)


@pytest.mark.browser
def test_a_page_on_another_origin_cannot_empty_a_writable_endpoint_in_chromium(
    writable: Server,
) -> None:
    """The attack as a browser makes it: a form that posts DROP ALL as soon as the page opens, and a fetch."""
    import http.server
    import threading

    chromium = Path("/usr/bin/chromium")
    if not chromium.is_file():
        pytest.skip(
            f"browser tests need Debian's chromium at {chromium} (apt-get install chromium)"
        )
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    page = f"""<!doctype html><html><body>
<form id="f" method="POST" action="{writable.update_url}"><input name="update" value="DROP ALL"></form>
<script>
fetch("{writable.update_url}", {{method: "POST", mode: "no-cors", body: new URLSearchParams({{update: "DROP ALL"}})}})
  .finally(() => document.getElementById("f").submit());
</script></body></html>""".encode()

    class Evil(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args: object) -> None:
            pass

    evil = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Evil)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(chromium), args=["--no-sandbox", "--disable-gpu"]
            )
            tab = browser.new_page()
            with tab.expect_navigation(
                url=writable.update_url, timeout=30_000
            ) as navigation:
                tab.goto(f"http://127.0.0.1:{evil.server_address[1]}/")
            assert navigation.value is not None and navigation.value.status == 403
            browser.close()
    finally:
        evil.shutdown()
        evil.server_close()
    assert meetings(writable) == 4
