"""The pipeline end to end: graphs that parse, conform, and name things safely."""

from __future__ import annotations

import re

import pyoxigraph
import pytest
from graphfacts import facts
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

import kg
from kg.errors import InputError
from kg.namespace import KG
from kg.read import Document
from kg.validate import undeclared_terms, validate

DEFAULT = str(DATASET_DEFAULT_GRAPH_ID)

pytestmark = pytest.mark.model

HOSTILE = (
    'Minister "Ana" O\'Hara <script>alert(1)</script> met \\ President Ivo Petrov in </script><img src=x onerror=alert(2)>.\n'
    'Chile and Peru signed a "water" \\treaty\\ <b>today</b>; {curly} `tick` \u202eevil\u202c \x01\x7f 🙂.'
)


def _strict_parse(turtle: str) -> int:
    return len(
        list(pyoxigraph.parse(turtle.encode("utf-8"), pyoxigraph.RdfFormat.TURTLE))
    )


@pytest.mark.parametrize(
    "text",
    [
        "India and Japan signed a defence pact in Tokyo on Monday.",
        HOSTILE,
        "\\" * 500 + '"' * 500 + "<>" * 500,
        "Émilie Durand a rencontré 習近平 à Pékin. Россия и Китай подписали соглашение.",
    ],
)
def test_every_graph_parses_strictly_conforms_and_uses_only_declared_terms(
    build, text: str
) -> None:  # type: ignore[no-untyped-def]
    g = build(text)
    turtle = g.serialize(format="turtle")
    assert _strict_parse(turtle) == len(g)
    assert undeclared_terms(g) == set()
    report = validate(g)
    assert report.conforms, report.text


def test_iris_are_minted_from_slugs_never_from_raw_text(build) -> None:  # type: ignore[no-untyped-def]
    g = build(HOSTILE)
    iris = {str(t) for triple in g for t in triple if isinstance(t, URIRef)}
    minted = {i for i in iris if i.startswith("https://w3id.org/newskg/id/")}
    assert minted
    assert all(
        re.fullmatch(r"https://w3id\.org/newskg/id/[a-z]+/[A-Za-z0-9._~-]+", i)
        for i in minted
    ), minted


def test_the_same_input_gives_the_same_iris(build) -> None:  # type: ignore[no-untyped-def]
    text = "Chile and Peru signed a water treaty. President Ana Costa met Prime Minister Ivo Petrov."
    first, second = build(text, doc_id="x"), build(text, doc_id="x")
    assert set(first) == set(second)


def test_the_base_iri_is_configurable(build) -> None:  # type: ignore[no-untyped-def]
    g = build(
        "Chile and Peru signed a water treaty.", base_iri="https://example.org/news/"
    )
    subjects = {str(s) for s in g.subjects(RDF.type, KG.Country)}
    assert subjects == {
        "https://example.org/news/country/chile",
        "https://example.org/news/country/peru",
    }
    with pytest.raises(InputError, match="base IRI"):
        build("Chile signed.", base_iri="not an iri")


def test_entities_merge_across_the_documents_of_a_build(nlp) -> None:  # type: ignore[no-untyped-def]
    builder = kg.GraphBuilder(nlp=nlp)
    builder.add("Chile and Peru signed a water treaty.", doc_id="a")
    builder.add("Peru imposed tariffs on Chilean wine.", doc_id="b")
    g = builder.graph
    peru = [
        s for s in g.subjects(RDFS.label, None) if str(g.value(s, RDFS.label)) == "Peru"
    ]
    assert len(peru) == 1
    assert len(set(g.objects(peru[0], KG.mentionedIn))) == 2
    assert len(list(g.objects(peru[0], RDFS.label))) == 1
    # one named graph per document in the dataset view
    names = {str(c.identifier) for c in builder.dataset.graphs() if len(c)}
    assert names == {
        "https://w3id.org/newskg/id/graph/a",
        "https://w3id.org/newskg/id/graph/b",
        DEFAULT,
    }
    assert set(builder.dataset.graph(URIRef(DEFAULT))) == set(
        g
    )  # the default graph is the linked graph


def test_labels_are_kept_for_shared_entities_not_for_each_document(nlp) -> None:  # type: ignore[no-untyped-def]
    builder = kg.GraphBuilder(nlp=nlp, keep=False)
    texts = [
        f"Chile and Peru signed a {topic} treaty. Minister Rojas praised it."
        for topic in ("water", "fishing", "mining")
    ]
    results = list(
        builder.add_documents(Document(id=f"d{n}", text=t) for n, t in enumerate(texts))
    )
    kinds = {str(iri).split("/")[-2] for iri in builder.labels}
    assert kinds == {
        "country"
    }  # Chile and Peru: not the three treaties, not "Rojas" of each document
    for result in results:  # each document still labels its own treaty
        treaties = [
            s for s, p, o in result.triples if p == RDF.type and o == KG.Agreement
        ]  # type: ignore[union-attr]
        assert len(treaties) == 1 and any(
            s == treaties[0] and p == RDFS.label for s, p, _ in result.triples
        )  # type: ignore[union-attr]


def test_min_confidence_drops_relations_but_keeps_events(build) -> None:  # type: ignore[no-untyped-def]
    text = "Chile and Peru signed a water treaty."
    assert facts(build(text, min_confidence=0.5))
    strict = build(text, min_confidence=1.0)
    assert not facts(strict)
    assert list(strict.subjects(RDF.type, KG.Signing))


def test_build_graph_takes_one_text_or_many(nlp) -> None:  # type: ignore[no-untyped-def]
    one = kg.build_graph("Chile and Peru signed a water treaty.", doc_id="one")
    assert {str(o) for o in one.objects(None, KG.documentId)} == {"one"}
    many = kg.build_graph(
        [
            "Chile signed a water treaty with Peru.",
            Document(id="mine", text="Peru met Chile."),
        ]
    )
    assert {str(o) for o in many.objects(None, KG.documentId)} == {"doc-1", "mine"}


@pytest.mark.parametrize("bad", ["", "   \n ", 42])
def test_bad_api_input_is_an_input_error(nlp, bad: object) -> None:  # type: ignore[no-untyped-def]
    builder = kg.GraphBuilder(nlp=nlp)
    with pytest.raises(InputError):
        builder.add(bad)  # type: ignore[arg-type]


def test_a_failing_document_does_not_lose_the_others(nlp, poisoned: str) -> None:  # type: ignore[no-untyped-def]
    builder = kg.GraphBuilder(nlp=nlp)
    docs = [
        Document(id="a", text="Chile signed a treaty with Peru."),
        Document(id="b", text=poisoned),
        Document(id="c", text="Peru met Chile."),
    ]
    results = list(builder.add_documents(docs))
    assert [(r.document.id, r.ok) for r in results] == [
        ("a", True),
        ("b", False),
        ("c", True),
    ]
    assert "RuntimeError: boom" in (results[1].error or "")
    assert len(builder) == 2


@pytest.mark.slow
def test_a_long_document_is_split_never_truncated(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.stage import CHUNK_CHARS

    para = "Chile and Peru signed a water treaty in Lima. " * 40 + "\n\n"
    text = (
        para * (CHUNK_CHARS * 3 // len(para))
        + "Finally, Norway and Iceland signed a fisheries accord."
    )
    builder = kg.GraphBuilder(nlp=nlp)
    g = builder.add(text, doc_id="long")
    assert ("signed", "Norway", "fisheries accord") in facts(g)
    ends = [int(o) for o in g.objects(None, KG.endOffset)]
    assert max(ends) == len(text)
    assert isomorphic(g, Graph().parse(data=g.serialize(format="nt"), format="nt"))


def test_the_graph_is_linked_once_until_another_document_is_added(
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import kg.build

    linked: list[int] = []
    real_link = kg.build.link

    def counted(graph: Graph, **kwargs: str) -> Graph:
        linked.append(len(graph))
        return real_link(graph, **kwargs)

    monkeypatch.setattr(kg.build, "link", counted)
    builder = kg.GraphBuilder(nlp=nlp)
    builder.add("Chile signed a water treaty with Peru.", doc_id="a")
    first = builder.graph
    assert builder.graph is first
    assert len(builder.dataset.default_graph) == len(first)
    assert len(linked) == 1
    builder.add("Norway met Iceland in Oslo.", doc_id="b")
    second = builder.graph
    assert len(linked) == 2
    assert set(first) < set(second)
