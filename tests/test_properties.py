"""Any text at all builds: strict Turtle, valid IRIs, names kept as written, a page where no text runs.

Texts come from hypothesis: any Unicode (NUL and other controls, direction
marks, emoji, code points of every plane) mixed with hostile fragments and
invented news sentences (tests/hostile.py). benchmarks/fuzz.py runs the same
checks over 10,000 generated documents.
"""

from __future__ import annotations

import functools
import io
import random
from collections.abc import Callable, Iterable

import pyoxigraph
import pytest
from hostile import (
    HOSTILE,
    NEWS,
    iri_problems,
    label_problems,
    long_run,
    page_problems,
    turtle_problems,
)
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.term import Node

from kg.build import GraphBuilder, NQuadsWriter
from kg.errors import InputError
from kg.namespace import KG
from kg.nlp import MAX_RUN_CHARS, BoundedTokenizer
from kg.read import Document
from kg.store import _to_rdflib
from kg.viz import to_html

PIPELINE = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

_SEPARATORS = st.sampled_from(["", " ", "\n", "\n\n", "\t", "\r\n"])
_PIECES = st.one_of(
    st.text(
        max_size=60
    ),  # any code point but lone surrogates, which UTF-8 input cannot hold
    st.sampled_from(HOSTILE),
    st.sampled_from(NEWS),
    st.builds(lambda h, n: h + n, st.sampled_from(HOSTILE), st.sampled_from(NEWS)),
)
TEXTS = st.lists(st.tuples(_PIECES, _SEPARATORS), min_size=1, max_size=10).map(
    lambda xs: "".join(p + s for p, s in xs)
)
#: Hostile identifiers, titles and sources.
FIELDS = st.one_of(st.text(min_size=1, max_size=40), st.sampled_from(HOSTILE))

#: Runs of 100,000 characters without a space.
LONG_RUNS = {
    "letters": "x" * 100_000,
    "accents-after-a-sentence": "India signed a pact with " + "é" * 100_000 + ".",
}
#: Runs that spaCy splits into a token per character: each is a 100,000-token document.
LONG_SPLIT_RUNS = {
    "emoji": "😀" * 100_000,
    "markup": "Peru met Chile. " + "ab<c>" * 20_000,
}


@functools.cache
def _blank_tokenizer() -> Callable[[str], object]:
    import spacy

    return spacy.blank("en").tokenizer  # type: ignore[no-any-return]


def _graph(nlp: object, text: str, **fields: str | None) -> Graph:
    builder = GraphBuilder(nlp=nlp)  # type: ignore[arg-type]
    builder.add(
        text,
        doc_id=fields.get("doc_id") or "t",
        title=fields.get("title"),
        source=fields.get("source"),
    )
    return builder.graph


@pytest.mark.model
@PIPELINE
@given(text=TEXTS)
@example(text="\x00")
@example(text=" \n\t\u2028")
@example(text="\u202e\u200f😀<script>alert(1)</script>\"'\\")
@example(text="President Ana Ruiz met Prime Minister Ivo Petrov in Lima.\x00\U0010ffff")
def test_any_text_builds_into_turtle_a_strict_parser_accepts_with_valid_iris(
    nlp: object, text: str
) -> None:
    if not text.strip():
        with pytest.raises(InputError, match="empty"):
            _graph(nlp, text)
        return
    graph = _graph(nlp, text)
    assert (None, RDF.type, KG.Document) in graph
    assert turtle_problems(graph) == []
    assert iri_problems(graph) == []


@pytest.mark.model
@PIPELINE
@given(text=TEXTS.filter(str.strip), doc_id=FIELDS, title=FIELDS)
@example(text="Peru met Chile.", doc_id='\n\n\n9910\\"', title='a "quoted"\r\nline\\')
def test_the_streamed_n_quads_of_any_text_parse_strictly_and_hold_its_triples(
    nlp: object, text: str, doc_id: str, title: str
) -> None:
    builder = GraphBuilder(nlp=nlp, keep=False)  # type: ignore[arg-type]
    result = next(builder.add_documents([Document(id=doc_id, text=text, title=title)]))
    out = io.BytesIO()
    NQuadsWriter(out, builder.minter).write(result.document, result.triples)  # type: ignore[arg-type]
    back = Graph()
    for quad in pyoxigraph.parse(out.getvalue(), pyoxigraph.RdfFormat.N_QUADS):
        assert quad.graph_name == pyoxigraph.NamedNode(
            builder.minter.named_graph(doc_id)
        )
        back.add(
            tuple(
                _to_rdflib(term) for term in (quad.subject, quad.predicate, quad.object)
            )
        )  # type: ignore[arg-type]
    assert set(back) == set(result.graph)  # type: ignore[arg-type]


@pytest.mark.model
@pytest.mark.parametrize("text", LONG_RUNS.values(), ids=LONG_RUNS.keys())
def test_a_token_of_100000_characters_builds(nlp: object, text: str) -> None:
    graph = _graph(nlp, text)
    assert turtle_problems(graph) == []
    assert iri_problems(graph) == []


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("text", LONG_SPLIT_RUNS.values(), ids=LONG_SPLIT_RUNS.keys())
def test_a_run_of_100000_emoji_or_brackets_builds(nlp: object, text: str) -> None:
    """Hours before the tokenizer took such runs in slices (spaCy's suffix rules are quadratic)."""
    graph = _graph(nlp, text)
    assert turtle_problems(graph) == []
    assert iri_problems(graph) == []


@pytest.mark.model
@PIPELINE
@given(text=st.sampled_from(NEWS), doc_id=FIELDS, title=FIELDS, source=FIELDS)
def test_hostile_ids_titles_and_sources_give_valid_iris_and_strict_turtle(
    nlp: object, text: str, doc_id: str, title: str, source: str
) -> None:
    graph = _graph(nlp, text, doc_id=doc_id, title=title, source=source)
    assert turtle_problems(graph) == []
    assert iri_problems(graph) == []
    document = next(graph.subjects(RDF.type, KG.Document))
    assert str(graph.value(document, KG.documentId)) == doc_id.replace("\x00", "\ufffd")
    assert str(graph.value(document, KG.headline)) == title.replace("\x00", "\ufffd")


@pytest.mark.model
@PIPELINE
@given(text=TEXTS)
# a place in capitals glued to control characters, which the model took for a person's name
# (labelled in title case, as names in capitals are)
@example(
    text="\x01\x02\x03KUALA LUMPUR, Oct 31 (Agency) - Malaysia and Thailand signed a pact."
)
def test_names_are_labelled_exactly_as_the_text_writes_them(
    nlp: object, text: str
) -> None:
    if not text.strip():
        return
    assert label_problems(_graph(nlp, text), text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("<b>", "</b>"),
        ('"', '\\"'),
        ("\u202e", "\u200f"),
        ("😀 ", " 🇯🇵"),
        ("\\", "\\\\"),
        ("{{", "}}"),
    ],
)
@pytest.mark.parametrize(
    ("first", "second"),
    [("Zoë Ó Briain", "Søren Dahl"), ("Nguyễn Thị Lan", "Jean-Luc Moreau")],
)
def test_names_next_to_hostile_text_keep_every_character(
    nlp: object, before: str, after: str, first: str, second: str
) -> None:
    text = (
        f"{before}\n\nPresident {first} met Prime Minister {second} in Lima.\n\n{after}"
    )
    graph = _graph(nlp, text)
    labels = {
        str(o)
        for s in graph.subjects(RDF.type, KG.Person)
        for o in graph.objects(s, RDFS.label)
    }
    assert {first, second} <= labels
    assert turtle_problems(graph) == []


@pytest.mark.model
@PIPELINE
@given(text=TEXTS)
@example(
    text="President Ana Ruiz met Prime Minister </script><script>alert(1)</script> Ivo Petrov in Lima."
)
def test_the_page_of_any_text_runs_no_code_from_it(nlp: object, text: str) -> None:
    if not text.strip():
        return
    graph = _graph(nlp, text)
    assert page_problems(to_html(graph), graph) == []


@settings(max_examples=100, deadline=None)
@given(
    label=st.one_of(st.text(), st.sampled_from(HOSTILE)),
    alias=st.sampled_from(HOSTILE),
    evidence=st.text(),
)
def test_the_page_carries_any_label_as_data_not_markup(
    label: str, alias: str, evidence: str
) -> None:
    graph = Graph()
    a, b = (
        URIRef("https://w3id.org/newskg/id/person/a"),
        URIRef("https://w3id.org/newskg/id/person/b"),
    )
    event = URIRef("https://w3id.org/newskg/id/event/e")
    for person, name in ((a, label), (b, alias)):
        graph.add((person, RDF.type, KG.Person))
        graph.add((person, RDFS.label, Literal(name)))
        graph.add((person, SKOS.altLabel, Literal(alias + label)))
    graph.add((a, KG.metWith, b))
    graph.add((event, RDF.type, KG.Meeting))
    graph.add((event, KG.participant, a))
    graph.add((event, KG.participant, b))
    graph.add((event, KG.evidence, Literal(evidence)))
    assert page_problems(to_html(graph), graph) == []


@given(text=TEXTS)
@settings(max_examples=200, deadline=None)
def test_tokenizing_keeps_every_character_and_feeds_spacy_short_runs(text: str) -> None:
    seen: list[str] = []
    inner = _blank_tokenizer()

    def spy(piece: str) -> object:
        seen.append(piece)
        return inner(piece)

    doc = BoundedTokenizer(spy)(
        text + long_run(random.Random(len(text)), 3 * MAX_RUN_CHARS + 7)
    )
    assert doc.text.startswith(text)
    assert max(len(run) for piece in seen for run in piece.split()) <= MAX_RUN_CHARS


# ---------------------------------------------------------------- the checks themselves can fail


def test_the_checks_catch_what_they_look_for() -> None:
    graph = Graph()
    graph.add((URIRef("https://example.org/a b"), RDFS.label, Literal("Ghost Name")))
    graph.add((URIRef("https://example.org/é"), RDF.type, KG.Person))
    graph.add((URIRef("https://example.org/é"), RDFS.label, Literal("Ghost Name")))
    assert any("invalid IRI" in p for p in iri_problems(graph))
    assert any("need escaping" in p for p in iri_problems(graph))
    assert label_problems(graph, "No such person here.") == [
        "https://example.org/é label 'Ghost Name' is not in the text"
    ]
    page = to_html(Graph())
    assert page_problems(
        page.replace("</header>", "</header><img src=x onerror=alert(1)>"), Graph()
    )
    assert page_problems(
        page.replace(
            '<script type="application/json" id="kg-data">{',
            '<script>alert(1)</script><script type="application/json" id="kg-data">{',
        ),
        Graph(),
    )


# ---------------------------------------------------------------- found by benchmarks/fuzz.py


@pytest.mark.model
@pytest.mark.parametrize(
    "doc_id", ['\n\n\n9910\\"', 'line one\nends in a quoted backslash \\"']
)
def test_a_literal_with_a_line_break_ending_in_backslash_quote_survives_turtle(
    nlp: object, doc_id: str
) -> None:
    graph = _graph(nlp, "Peru met Chile.", doc_id=doc_id)
    assert turtle_problems(graph) == []


@pytest.mark.model
def test_the_same_literal_survives_trig(nlp: object) -> None:
    from kg.export import export

    graph = _graph(nlp, "Peru met Chile.", doc_id='\n\n\n9910\\"')
    quads = list(
        pyoxigraph.parse(
            export(graph, format="trig").encode("utf-8"), pyoxigraph.RdfFormat.TRIG
        )
    )  # type: ignore[union-attr]
    assert '\n\n\n9910\\"' in {
        q.object.value for q in quads if isinstance(q.object, pyoxigraph.Literal)
    }


#: Every RDF format kg writes, with the name rdflib and pyoxigraph read it by.
RDF_FORMATS = [
    ("ttl", "turtle", pyoxigraph.RdfFormat.TURTLE),
    ("nt", "nt", pyoxigraph.RdfFormat.N_TRIPLES),
    ("jsonld", "json-ld", pyoxigraph.RdfFormat.JSON_LD),
    ("trig", "trig", pyoxigraph.RdfFormat.TRIG),
    ("nq", "nquads", pyoxigraph.RdfFormat.N_QUADS),
]


def _plain(triples: Iterable[tuple[Node, Node, Node]]) -> set[tuple[Node, Node, Node]]:
    """Triples with ``"x"`` and ``"x"^^xsd:string`` counted as the one literal they are in RDF 1.1."""

    def term(t: Node) -> Node:
        return (
            Literal(str(t))
            if isinstance(t, Literal) and t.datatype == XSD.string and not t.language
            else t
        )

    return {(term(s), term(p), term(o)) for s, p, o in triples}


@pytest.mark.model
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(st.sampled_from(NEWS), TEXTS.filter(str.strip)),
    doc_id=FIELDS,
    title=FIELDS,
    source=FIELDS,
)
@example(text=NEWS[0], doc_id="a", title="0", source='=HYPERLINK("http://x")')
@example(text=NEWS[0], doc_id="a.", title="x", source="y")
@example(text=NEWS[0], doc_id='\n\n\n9910\\"', title='"""', source="\\")
def test_every_output_format_reads_back_in_rdflib_and_pyoxigraph(
    nlp: object, text: str, doc_id: str, title: str, source: str
) -> None:
    import csv

    import networkx as nx
    from rdflib import Dataset

    from kg.export import export
    from kg.query import query

    graph = _graph(nlp, text, doc_id=doc_id, title=title, source=source)
    expected = _plain(graph)
    for fmt, rdflib_format, oxigraph_format in RDF_FORMATS:
        data = str(export(graph, None, fmt))
        by_rdflib = Dataset().parse(data=data, format=rdflib_format)
        assert _plain((s, p, o) for s, p, o, _ in by_rdflib.quads()) == expected, fmt
        by_oxigraph = pyoxigraph.parse(data.encode("utf-8"), oxigraph_format)
        assert (
            _plain(
                (_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object))
                for q in by_oxigraph
            )
            == expected
        ), fmt
    relations = len(query(graph, "evidence"))
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        network = read(io.BytesIO(str(export(graph, None, fmt)).encode("utf-8")))
        drawn = (
            KG.signed,
            KG.metWith,
            KG.imposedTariffOn,
            KG.affiliation,
        )  # relations, and people's countries
        assert network.number_of_edges() == sum(1 for _, p, _ in graph if p in drawn), (
            fmt
        )
    rows = list(csv.reader(io.StringIO(str(export(graph, None, "csv")), newline="")))
    assert len(rows) == 1 + relations
