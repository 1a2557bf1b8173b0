"""One graph whatever the path, and no document lost.

Document ids never share an IRI; every output (Turtle, TriG, N-Quads, a store)
holds the same linked graph; one report of a treaty and another are one
agreement; a record that cannot be built fails alone; a failed run never
leaves a broken graph where a good one was.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from conftest import DEV, REPO
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal, Namespace
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV, XSD

from kg.errors import InputError
from kg.extract import Extraction
from kg.link import AGREEMENT_REASON, link
from kg.namespace import KG
from kg.rdf import Minter, document_triples, triples_graph
from kg.read import Document, Problem, read_inputs

EXAMPLES = REPO / "examples"
ID = Namespace("https://w3id.org/newskg/id/")
RELATIONS = (KG.signed, KG.metWith, KG.imposedTariffOn)
EVENTS = (KG.Signing, KG.Meeting, KG.TariffImposition)


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
    )


def _read(*paths: Path) -> tuple[list[Document], list[Problem]]:
    items = list(read_inputs(paths))
    return [i for i in items if isinstance(i, Document)], [
        i for i in items if isinstance(i, Problem)
    ]


# ------------------------------------------------------------------ document identity


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("dev 001", "dev-001-1f742d6c"),  # the slug-and-hash form an id could spell out
        ("dev 001", "dev.20001"),  # the escaped form an id could spell out
        ("dev 001", "dev-001"),
        ("a.", "a.2e"),
        ("a/b", "a.2fb"),
        ("Dev", "dev"),
        ("x" * 200, "x" * 199 + "y"),  # past the escaped length: slug and full SHA-256
        ("北京 1", "北京 2"),
    ],
)
def test_distinct_ids_give_distinct_documents_and_named_graphs(
    one: str, other: str
) -> None:
    minter = Minter()
    assert minter.document(one) != minter.document(other)
    assert minter.named_graph(one) != minter.named_graph(other)


def test_a_hundred_thousand_numbered_ids_without_letters_never_collide() -> None:
    minter = Minter()
    ids = [f"№ {n}" for n in range(100_000)] + [f"٣{n}" for n in range(100_000)]
    assert len({minter.document(i) for i in ids}) == len(ids)


@pytest.mark.parametrize(
    "doc_id", ["a.", "a..", ".", "-", "~x", "a b.", "dev.", "x" * 300 + ".", "_", "1.0"]
)
def test_any_id_writes_turtle_that_rdflib_and_oxigraph_read_back(doc_id: str) -> None:
    from kg.export import export

    graph = triples_graph(
        document_triples(Document(id=doc_id, text="t"), Extraction({}, []))
    )
    turtle = str(export(graph, None, "ttl"))  # what kg build writes
    assert set(Graph().parse(data=turtle, format="turtle")) == set(graph)
    assert len(
        list(pyoxigraph.parse(turtle.encode(), pyoxigraph.RdfFormat.TURTLE))
    ) == len(graph)
    assert not str(Minter().document(doc_id)).endswith(".")


# ------------------------------------------------------------------ records that fail alone


GOOD = json.dumps(
    {"id": "good", "text": "Chile and Peru signed a water treaty in Lima."}
)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            '{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}",
            "not readable JSON (Exceeds the limit (4300 digits)",
        ),
        ("[" * 200_000, "not readable JSON (nested too deeply)"),
        ('{"id": "a\\udfff", "text": "Talks."}', "'id' holds a lone surrogate"),
        ('{"id": "a\\u0000b", "text": "Talks."}', "'id' holds a NUL"),
        ('{"id": "x", "text": "unterminated', "not valid JSON"),
    ],
)
def test_a_record_that_cannot_be_read_is_skipped_with_its_line_number(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(f"{line}\n{GOOD}\n", encoding="utf-8")
    docs, problems = _read(path)
    assert [d.id for d in docs] == ["good"]
    assert [p.where for p in problems] == [f"{path}:1"]
    assert message in problems[0].message


def test_a_gold_file_names_each_line_the_parser_cannot_read(tmp_path: Path) -> None:
    from kg.evaluate import load_gold

    path = tmp_path / "gold.jsonl"
    path.write_text(
        '{"id": "n", "n": ' + "9" * 5000 + "}\n" + "[" * 200_000 + "\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_gold(path)
    assert (
        "gold.jsonl line 1: not readable JSON (Exceeds the limit (4300 digits)"
        in str(caught.value)
    )
    assert "gold.jsonl line 2: not readable JSON (nested too deeply)" in str(
        caught.value
    )


def test_a_lone_surrogate_in_a_text_becomes_a_replacement_character(
    tmp_path: Path,
) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text(
        '{"id": "cut", "text": "Peru met Chile. \\ud83d", "title": "\\udfff"}\n'
        + GOOD
        + "\n",
        encoding="utf-8",
    )
    docs, problems = _read(path)
    assert problems == []
    assert (
        docs[0].text == "Peru met Chile. \ufffd" and docs[0].title == "\ufffd"
    )  # offsets unchanged


@pytest.mark.parametrize(
    ("name", "content", "ids", "problem"),
    [
        (
            "array.json",
            json.dumps(
                [{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}], indent=2
            ),
            ["a", "b"],
            None,
        ),
        (
            "lines.json",
            json.dumps({"id": "a", "text": "One."})
            + "\n"
            + json.dumps({"id": "b", "text": "Two."})
            + "\n",
            ["a", "b"],
            None,
        ),
        ("one.json", json.dumps({"id": "a", "text": "One."}, indent=2), ["a"], None),
        (
            "bom.jsonl",
            "\ufeff" + json.dumps({"id": "a", "text": "One."}) + "\n",
            ["a"],
            None,
        ),
        ("bom.json", "\ufeff" + json.dumps([{"id": "a", "text": "One."}]), ["a"], None),
        (
            "pretty.jsonl",
            json.dumps({"id": "a", "text": "One."}, indent=2),
            [],
            "this looks like pretty-printed JSON",
        ),
        (
            "array.jsonl",
            json.dumps([{"id": "a", "text": "One."}], indent=1),
            [],
            "this looks like pretty-printed JSON",
        ),
        (
            "bad.json",
            '[{"id": "a", "text": "One."}, 7]',
            ["a"],
            "a JSON Lines record must be an object",
        ),
    ],
)
def test_json_inputs_people_actually_have(
    tmp_path: Path, name: str, content: str, ids: list[str], problem: str | None
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    docs, problems = _read(path)
    assert [d.id for d in docs] == ids
    assert len(problems) == (problem is not None)
    assert all(problem and problem in p.message for p in problems)


def test_a_file_name_that_is_not_utf8_is_refused_alone(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Chile met Peru.", encoding="utf-8")
    Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt")).write_text(
        "Talks.", encoding="utf-8"
    )
    docs, problems = _read(tmp_path)
    assert [d.id for d in docs] == ["good"]
    assert (
        len(problems) == 1
        and "the file name holds bytes that are not UTF-8" in problems[0].message
    )


# ------------------------------------------------------------------ agreements across documents


def _signing_graph(*reports: tuple[str, str, list[str], str | None]) -> Graph:
    """Documents each reporting a signing: (document, agreement name, parties, date)."""
    graph = Graph()
    for doc, name, parties, day in reports:
        agreement, event = ID[f"agreement/{doc}.x"], ID[f"event/{doc}-1"]
        graph.add((ID[f"doc/{doc}"], RDF.type, KG.Document))
        graph.add((agreement, RDF.type, KG.Agreement))
        graph.add((agreement, RDFS.label, Literal(name)))
        graph.add((agreement, KG.mentionedIn, ID[f"doc/{doc}"]))
        for triple in [
            (event, RDF.type, KG.Signing),
            (event, KG.agreement, agreement),
            (event, KG.status, Literal("asserted")),
            (event, KG.mention, ID[f"mention/{doc}-1"]),
            (event, KG.mentionCount, Literal(1)),
            (event, KG.confidence, Literal("0.9", datatype=XSD.decimal)),
            (event, PROV.wasDerivedFrom, ID[f"doc/{doc}"]),
        ]:
            graph.add(triple)
        if day:
            graph.add((event, KG.date, Literal(day, datatype=XSD.date)))
        for party in parties:
            graph.add((event, KG.party, ID[f"country/{party}"]))
            graph.add((ID[f"country/{party}"], KG.signed, agreement))
    return graph


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        (("b", "maritime cooperation agreement", ["pt", "ma"], None), True),
        (
            (
                "b",
                "Five-Year Maritime Cooperation Agreement",
                ["pt", "ma"],
                "2026-03-10",
            ),
            True,
        ),
        (
            ("b", "maritime cooperation agreement", ["pt", "es"], None),
            False,
        ),  # other parties
        (("b", "fisheries agreement", ["pt", "ma"], None), False),  # another name
        (
            ("b", "maritime cooperation agreement", ["pt", "ma"], "2024-01-01"),
            False,
        ),  # signed another day
        (("b", "agreement", ["pt", "ma"], None), False),  # a name that says nothing
    ],
)
def test_one_agreement_reported_by_two_documents_is_one_agreement_and_one_signing(
    second: tuple[str, str, list[str], str | None], merged: bool
) -> None:
    graph = link(
        _signing_graph(
            (
                "a",
                "five-year maritime cooperation agreement",
                ["pt", "ma"],
                "2026-03-10",
            ),
            second,
        ),
        base=str(ID),
    )
    agreements = set(graph.subjects(RDF.type, KG.Agreement))
    signings = set(graph.subjects(RDF.type, KG.Signing))
    assert (len(agreements), len(signings)) == ((1, 1) if merged else (2, 2))
    if merged:
        (agreement,), (signing,) = agreements, signings
        assert graph.value(agreement, RDFS.label) == Literal(
            "five-year maritime cooperation agreement"
        )
        assert len(set(graph.objects(agreement, RDFS.label))) == 1
        assert int(graph.value(signing, KG.mentionCount)) == 2  # type: ignore[arg-type]
        assert set(graph.objects(agreement, KG.mentionedIn)) == {
            ID["doc/a"],
            ID["doc/b"],
        }
        assert set(graph.subjects(KG.signed, None)) == {
            ID["country/pt"],
            ID["country/ma"],
        }
        assert set(graph.objects(None, KG.signed)) == {agreement}
        reasons = {
            str(graph.value(r, KG.mergeReason))
            for r in graph.subjects(KG.mergedResource, agreement)
        }
        assert reasons == {AGREEMENT_REASON}


def test_the_plan_rewrites_triple_by_triple_as_link_does() -> None:
    from kg.link import plan

    graph = _signing_graph(
        ("a", "five-year maritime cooperation agreement", ["pt", "ma"], None),
        ("b", "maritime cooperation agreement", ["pt", "ma"], None),
    )
    found = plan(graph, base=str(ID))
    rewritten = {new for t in graph if (new := found.rewrite(*t)) is not None} | set(
        found.added
    )
    assert rewritten == set(link(graph, base=str(ID)))
    assert (
        ID["agreement/a.x"],
        SKOS.altLabel,
        Literal("maritime cooperation agreement"),
    ) in rewritten


@pytest.mark.parametrize(
    ("with_default", "expected"), [(True, {"linked"}), (False, {"a", "b"})]
)
def test_a_dataset_is_read_as_its_linked_default_graph_else_as_its_union(
    with_default: bool, expected: set[str]
) -> None:
    from kg.query import query
    from kg.rdf import linked_graph

    dataset = Dataset()
    for name in ("a", "b"):
        dataset.graph(ID[f"graph/{name}"]).add(
            (ID[f"x/{name}"], RDFS.label, Literal(name))
        )
    if with_default:
        dataset.default_graph.add((ID["x/linked"], RDFS.label, Literal("linked")))
    assert {str(o) for o in linked_graph(dataset).objects(None, RDFS.label)} == expected
    rows = query(dataset, "SELECT ?label WHERE { ?x rdfs:label ?label }")
    assert {str(row[0]) for row in rows} == expected


# ------------------------------------------------------------------ the store


def test_a_document_no_store_can_hold_fails_alone(tmp_path: Path) -> None:
    from kg.store import open_store

    facts = Graph().add((ID["country/peru"], RDFS.label, Literal("Peru")))
    with open_store(tmp_path / "store") as store:
        with pytest.raises(InputError, match="cannot store document"):
            store.put_document("a\udfff", "sha256:1", facts, graph_iri=ID["graph/a"])
        assert store.put_document(
            "b", "sha256:2", facts, graph_iri=ID["graph/b"], origin="/in/b.txt"
        )
        assert store.documents() == {"b": "sha256:2"} and store.origins() == {
            "b": "/in/b.txt"
        }


def test_a_linked_store_holds_what_link_makes_of_its_documents_however_often_linked(
    tmp_path: Path,
) -> None:
    from kg.store import open_store

    reports = [
        ("a", "five-year maritime cooperation agreement", ["pt", "ma"], "2026-03-10"),
        ("b", "maritime cooperation agreement", ["pt", "ma"], None),
    ]
    with open_store(tmp_path / "store") as store:
        for report in reports:
            store.put_document(
                report[0],
                "sha256:0",
                _signing_graph(report),
                graph_iri=ID[f"graph/{report[0]}"],
            )
        assert (
            store.link(str(ID)) == 2
        )  # merge records of the agreement and of the signing
        assert store.link(str(ID)) == 2
        linked = _store_graph_of(store)
    assert set(linked) == set(link(_signing_graph(*reports), base=str(ID)))
    assert len(set(linked.subjects(RDF.type, KG.Agreement))) == 1


def _store_graph_of(store: object) -> Graph:
    return store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").graph  # type: ignore[attr-defined,no-any-return]


# ------------------------------------------------------------------ the kg command (model)


def _default_graph(path: Path, fmt: str) -> Graph:
    dataset = Dataset()
    dataset.parse(path, format=fmt)
    graph = Graph()
    for triple in dataset.graph(DATASET_DEFAULT_GRAPH_ID):
        graph.add(triple)
    return graph


def _store_graph(store: Path) -> Graph:
    from kg.store import open_store

    with open_store(store, read_only=True) as opened:
        return _store_graph_of(opened)


def _summary(graph: Graph) -> tuple[set[tuple[object, ...]], dict[str, int]]:
    relations = {(s, p, o) for p in RELATIONS for s, o in graph.subject_objects(p)}
    counts = {
        str(c): len(set(graph.subjects(RDF.type, c)))
        for c in (*EVENTS, KG.Agreement, KG.MergeRecord)
    }
    counts["mentions"] = len(set(graph.subject_objects(KG.mention)))
    return relations, counts


@pytest.mark.model
def test_turtle_trig_nquads_and_store_builds_give_one_linked_graph(
    tmp_path: Path,
) -> None:
    inputs = [
        str(EXAMPLES / name)
        for name in (
            "articles.jsonl",
            "harbour-accord.txt",
            "trade-and-diplomacy.jsonl",
        )
    ]
    graphs = {}
    for fmt, parse in (("ttl", None), ("trig", "trig"), ("nq", "nquads")):
        result = kg(
            "build", *inputs, "--out", str(tmp_path / fmt), "-f", fmt, "--no-html", "-q"
        )
        assert result.returncode == 0, result.stderr
        path = tmp_path / fmt / f"graph.{fmt}"
        graphs[fmt] = (
            Graph().parse(path) if parse is None else _default_graph(path, parse)
        )
    result = kg("build", *inputs, "--store", str(tmp_path / "store"), "-q")
    assert result.returncode == 0, result.stderr
    graphs["store"] = _store_graph(tmp_path / "store")
    assert (
        kg(
            "export", str(tmp_path / "store"), "-o", str(tmp_path / "store.trig")
        ).returncode
        == 0
    )
    graphs["store export"] = _default_graph(tmp_path / "store.trig", "trig")
    turtle = _summary(graphs["ttl"])
    assert turtle[0] and turtle[1][str(KG.MergeRecord)] > 0
    assert {fmt: _summary(g) for fmt, g in graphs.items()} == dict.fromkeys(
        graphs, turtle
    )
    assert set(graphs["trig"]) == set(graphs["nq"]) == set(graphs["ttl"])
    # the quick start's two reports of one signing: one agreement, one signing with two mentions
    signings = [
        e
        for e in graphs["ttl"].subjects(RDF.type, KG.Signing)
        if {ID["country/portugal"], ID["country/morocco"]}
        <= set(graphs["ttl"].objects(e, KG.party))
    ]
    assert (
        len(signings) == 1
        and int(graphs["ttl"].value(signings[0], KG.mentionCount)) == 2
    )  # type: ignore[arg-type]
    assert len(set(graphs["ttl"].objects(signings[0], KG.agreement))) == 1


@pytest.mark.model
def test_a_store_replaces_a_document_only_from_the_same_file(tmp_path: Path) -> None:
    for day, text in (
        ("d1", "Chile and Peru signed a water treaty in Lima."),
        ("d2", "Japan and India signed a trade pact."),
    ):
        (tmp_path / day).mkdir()
        (tmp_path / day / "article-001.txt").write_text(text, encoding="utf-8")
    (tmp_path / "d2" / "article-002.txt").write_text(
        "Brazil imposed tariffs on Argentine steel.", encoding="utf-8"
    )
    store = str(tmp_path / "store")
    assert kg("build", str(tmp_path / "d1"), "--store", store, "-q").returncode == 0
    second = kg("build", str(tmp_path / "d2"), "--store", store, "-q")
    assert second.returncode == 1
    assert (
        f"{tmp_path / 'd2' / 'article-001.txt'}: the store already holds a document 'article-001' read from "
        f"{tmp_path / 'd1' / 'article-001.txt'}; refused"
    ) in second.stderr
    assert (
        "1 added, 0 replaced, 0 unchanged, 1 failed; it holds 2 documents"
        in second.stderr
    )
    assert "Chile" in {
        str(o) for o in _store_graph(tmp_path / "store").objects(None, RDFS.label)
    }
    (tmp_path / "d1" / "article-001.txt").write_text(
        "Chile and Peru signed a new water treaty in Lima.", encoding="utf-8"
    )
    assert (
        "0 added, 1 replaced"
        in kg("build", str(tmp_path / "d1"), "--store", store, "-q").stderr
    )  # same file: replaced
    forced = kg("build", str(tmp_path / "d2"), "--store", store, "-q", "--replace")
    assert (
        forced.returncode == 0 and "0 added, 1 replaced, 1 unchanged" in forced.stderr
    )
    relinked = kg("link", store)
    assert (
        relinked.returncode == 0
        and f"kg link: store {store}: 2 documents linked" in relinked.stderr
    )
    nowhere = kg("link", str(tmp_path / "nowhere"))
    assert (
        nowhere.returncode == 2
        and "no graph store at" in nowhere.stderr
        and not (tmp_path / "nowhere").exists()
    )


@pytest.mark.model
def test_bad_records_fail_alone_in_every_kind_of_build(tmp_path: Path) -> None:
    names = " and ".join(
        f"{first} {last}{n}"
        for n, (first, last) in enumerate(
            [
                (f, s)
                for f in ("Ana", "Bo", "Carla", "Dev", "Eli")
                for s in ("Silva", "Chen", "Moreno", "Patel")
            ]
            * 50
        )
    )
    lines = [
        GOOD,
        '{"id": "cut", "text": "Peru met Chile in Lima. \\udfff"}',
        '{"id": "huge", "text": "x", "n": ' + "9" * 5000 + "}",
        "[" * 200_000,
        json.dumps({"id": "crowd", "text": names + " signed a trade agreement."}),
        json.dumps({"id": "last", "text": "Japan imposed tariffs on Korean steel."}),
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for target in (
        ["--out", str(tmp_path / "ttl")],
        ["--out", str(tmp_path / "nq"), "-f", "nq"],
        ["--store", str(tmp_path / "store")],
    ):
        result = kg("build", str(feed), *target, "-q", "--no-html")
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert (
            f"{feed}:3: not readable JSON" in result.stderr
            and f"{feed}:4: not readable JSON" in result.stderr
        )
    built = Graph().parse(tmp_path / "ttl" / "graph.ttl")
    assert {"good", "cut", "last"} <= {
        str(i) for i in built.objects(None, KG.documentId)
    }


@pytest.mark.model
def test_a_failed_run_leaves_the_previous_graph_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.build
    from kg.cli import main

    (tmp_path / "a.txt").write_text(
        "Chile and Peru signed a water treaty in Lima.", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert (
        main(["build", str(tmp_path / "a.txt"), "--out", str(out), "-f", "nq", "-q"])
        == 0
    )
    before = (out / "graph.nq").read_bytes()

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.build.NQuadsWriter, "write", interrupted)
    assert (
        main(["build", str(tmp_path / "a.txt"), "--out", str(out), "-f", "nq", "-q"])
        == 130
    )
    assert (out / "graph.nq").read_bytes() == before and before
    assert sorted(p.name for p in out.iterdir()) == [
        "graph.nq"
    ]  # no partial file left behind


@pytest.mark.model
def test_a_folder_with_a_readme_and_an_image_builds_and_exits_0(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Chile and Peru signed a water treaty in Lima.", encoding="utf-8"
    )
    (folder / "README.md").write_text("# Our articles\n", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = kg("build", str(folder), "--out", str(tmp_path / "out"), "-q", "--no-html")
    assert result.returncode == 0, result.stderr
    assert "skipped 2 files in folders that are not articles" in result.stderr
    named = kg(
        "build",
        str(folder / "missing.md"),
        "--out",
        str(tmp_path / "out2"),
        "-q",
        "--no-html",
    )
    assert named.returncode == 1 and "no such file or folder" in named.stderr


@pytest.mark.model
@pytest.mark.parametrize(
    "inputs",
    [
        pytest.param([EXAMPLES], id="examples"),
        pytest.param(
            [DEV, DEV.with_name("dev2.jsonl")],
            id="development-sets",
            marks=pytest.mark.skipif(
                not (DEV.is_file() and DEV.with_name("dev2.jsonl").is_file()),
                reason=f"the development sets are not at {DEV.parent}",
            ),
        ),
    ],
)
def test_every_graph_a_build_writes_conforms_to_the_shapes(
    nlp, inputs: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    from kg.build import GraphBuilder
    from kg.validate import validate

    builder = GraphBuilder(nlp=nlp)
    documents = [
        d
        for d in read_inputs([p for p in inputs if p.exists()])
        if isinstance(d, Document)
    ]
    assert documents and all(r.ok for r in builder.add_documents(documents))
    report = validate(builder.graph)
    assert report.conforms, report.text
