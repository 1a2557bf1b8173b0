"""One event however many articles report it; merges across documents recorded as data.

The rule itself is tested on small hand-made graphs (no model); the articles of
tests/data/link-articles.jsonl (written for these tests) check it end to end.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import SEED
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV

from kg.extract import Entity
from kg.link import COUNTRY_REASON, EVENT_REASON, NAME_REASON, link
from kg.namespace import KG
from kg.query import query
from kg.rdf import Minter, bind_prefixes
from kg.validate import validate

BASE = "https://example.org/kg/"
ID = Namespace(BASE)
DATA = Path(__file__).parent / "data"
EXAMPLES = Path(__file__).parent.parent / "examples"
WD = Namespace("http://www.wikidata.org/entity/")
XSD = Namespace(
    "http://www.w3.org/2001/XMLSchema#"
)  # a plain namespace: pytest probes closed ones for odd names

ANA, IVO, LENA = ID["person/ana-costa"], ID["person/ivo-petrov"], ID["person/lena-holm"]
PORT, LIMA = ID["location/port-eden"], ID["location/lima"]


class Reports:
    """A union graph of per-document reports, written the way kg.rdf writes them."""

    def __init__(self) -> None:
        self.graph = bind_prefixes(Graph(), BASE)
        for person, name in (
            (ANA, "Ana Costa"),
            (IVO, "Ivo Petrov"),
            (LENA, "Lena Holm"),
        ):
            self.graph.add((person, RDF.type, KG.Person))
            self.graph.add((person, RDFS.label, Literal(name)))
        for place, name in ((PORT, "Port Eden"), (LIMA, "Lima")):
            self.graph.add((place, RDF.type, KG.Location))
            self.graph.add((place, RDFS.label, Literal(name)))

    def meeting(
        self,
        doc: str,
        published: str | None,
        *people: URIRef,
        when: Literal | None = None,
        place: URIRef | None = None,
        status: str = "asserted",
        confidence: str = "0.90",
    ) -> URIRef:
        g = self.graph
        document = ID[f"doc/{doc}"]
        g.add((document, RDF.type, KG.Document))
        g.add((document, KG.documentId, Literal(doc)))
        if published:
            g.add((document, KG.published, Literal(published, datatype=XSD.date)))
        event, mention = ID[f"event/{doc}-1"], ID[f"mention/{doc}-1"]
        sentence = "Costa met Petrov."
        g.add((event, RDF.type, KG.Meeting))
        g.add((event, KG.status, Literal(status)))
        g.add((event, KG.mention, mention))
        g.add((event, KG.mentionCount, Literal(1)))
        g.add((mention, RDF.type, KG.Mention))
        for node in (event, mention):
            g.add((node, KG.evidence, Literal(sentence)))
            g.add((node, KG.startOffset, Literal(0)))
            g.add((node, KG.endOffset, Literal(len(sentence))))
            g.add((node, KG.confidence, Literal(Decimal(confidence))))
            g.add((node, PROV.wasDerivedFrom, document))
            if when is not None:
                g.add((node, KG.date, when))
        if place is not None:
            g.add((event, KG.place, place))
            g.add((place, KG.mentionedIn, document))
        for person in people:
            g.add((event, KG.participant, person))
            g.add((person, KG.mentionedIn, document))
        if status == "asserted":
            for a in people:
                for b in people:
                    if a != b:
                        g.add((a, KG.metWith, b))
        return event

    def linked(self) -> Graph:
        return link(self.graph, base=BASE)


def day(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def month(text: str) -> Literal:
    return Literal(text, datatype=XSD.gYearMonth)


def meetings(graph: Graph) -> list[URIRef]:
    return sorted(graph.subjects(RDF.type, KG.Meeting))  # type: ignore[arg-type]


def mention_docs(graph: Graph, event: URIRef) -> list[str]:
    return sorted(
        str(graph.value(m, PROV.wasDerivedFrom)).rsplit("/", 1)[-1]
        for m in graph.objects(event, KG.mention)
    )


# --- the rule ------------------------------------------------------------------------------------


def test_two_reports_of_one_meeting_become_one_event_with_both_mentions() -> None:
    r = Reports()
    first = r.meeting("a", "2025-10-31", ANA, IVO, when=day("2025-10-30"), place=PORT)
    r.meeting(
        "b",
        "2025-11-02",
        ANA,
        IVO,
        when=day("2025-10-30"),
        place=PORT,
        confidence="0.95",
    )
    g = r.linked()
    assert meetings(g) == [first]  # the earlier report's IRI
    assert mention_docs(g, first) == ["a", "b"]
    assert g.value(first, KG.mentionCount) == Literal(2)
    assert g.value(first, KG.confidence).toPython() == Decimal(
        "0.95"
    )  # the surest report
    assert (
        g.value(first, PROV.wasDerivedFrom) == ID["doc/a"]
    )  # the primary report's, with its offsets
    assert validate(g).conforms


def test_the_binary_relation_is_not_duplicated() -> None:
    r = Reports()
    r.meeting("a", "2025-10-31", ANA, IVO, when=day("2025-10-30"))
    r.meeting("b", "2025-11-02", ANA, IVO, when=day("2025-10-30"))
    g = r.linked()
    assert sorted(g.subject_objects(KG.metWith)) == sorted([(ANA, IVO), (IVO, ANA)])


def test_the_same_two_people_meeting_a_month_later_stay_two_meetings() -> None:
    r = Reports()
    r.meeting("a", "2025-10-31", ANA, IVO, when=day("2025-10-30"), place=PORT)
    r.meeting("b", "2025-11-29", ANA, IVO, when=day("2025-11-28"), place=PORT)
    g = r.linked()
    assert len(meetings(g)) == 2
    assert all(g.value(e, KG.mentionCount) == Literal(1) for e in meetings(g))
    assert not set(g.objects(None, KG.mergedResource)) & set(meetings(g))


@pytest.mark.parametrize(
    ("second", "merged"),
    [
        (dict(when=day("2025-10-30"), place=LIMA), False),  # another place
        (dict(when=day("2025-10-29"), place=PORT), False),  # the day before
        (dict(when=month("2025-10"), place=PORT), True),  # a month holding the day
        (dict(when=month("2025-11"), place=PORT), False),
        (dict(when=day("2025-10-30")), True),  # no place given: no conflict
        (
            dict(when=day("2025-10-30"), place=PORT, status="planned"),
            False,
        ),  # another status
    ],
    ids=[
        "other-place",
        "day-before",
        "same-month",
        "other-month",
        "no-place",
        "planned",
    ],
)
def test_places_dates_and_status_must_agree(
    second: dict[str, object], merged: bool
) -> None:
    r = Reports()
    r.meeting("a", "2025-10-31", ANA, IVO, when=day("2025-10-30"), place=PORT)
    r.meeting("b", "2025-11-02", ANA, IVO, **second)  # type: ignore[arg-type]
    assert len(meetings(r.linked())) == (1 if merged else 2)


def test_a_third_participant_makes_another_meeting() -> None:
    r = Reports()
    r.meeting("a", "2025-10-31", ANA, IVO, when=day("2025-10-30"))
    r.meeting("b", "2025-10-31", ANA, IVO, LENA, when=day("2025-10-30"))
    assert len(meetings(r.linked())) == 2


def test_the_most_precise_date_wins_and_a_missing_place_is_filled() -> None:
    r = Reports()
    r.meeting("a", "2025-10-31", ANA, IVO, when=month("2025-10"), place=PORT)
    precise = r.meeting("b", "2025-11-02", ANA, IVO, when=day("2025-10-30"))
    g = r.linked()
    assert meetings(g) == [precise]
    assert g.value(precise, KG.date) == day("2025-10-30")
    assert g.value(precise, KG.place) == PORT
    assert validate(g).conforms


@pytest.mark.parametrize(
    ("published", "merged"),
    [("2025-10-30", True), ("2025-11-06", True), ("2025-11-10", False)],
)
def test_an_undated_report_joins_a_meeting_only_if_published_within_a_week_after_it(
    published: str, merged: bool
) -> None:
    r = Reports()
    r.meeting("a", "2025-10-31", ANA, IVO, when=day("2025-10-30"), place=PORT)
    r.meeting("b", published, ANA, IVO, place=PORT)
    assert len(meetings(r.linked())) == (1 if merged else 2)


def test_two_undated_reports_stay_apart() -> None:
    r = Reports()
    r.meeting("a", "2025-10-31", ANA, IVO, place=PORT)
    r.meeting("b", "2025-10-31", ANA, IVO, place=PORT)
    assert len(meetings(r.linked())) == 2


def test_a_report_that_fits_two_meetings_joins_neither() -> None:
    r = Reports()
    r.meeting("a", "2025-10-03", ANA, IVO, when=day("2025-10-02"))
    r.meeting("b", "2025-10-31", ANA, IVO, when=day("2025-10-30"))
    vague = r.meeting("c", "2025-11-02", ANA, IVO, when=month("2025-10"))
    g = r.linked()
    assert len(meetings(g)) == 3 and vague in meetings(g)


# --- merge records -------------------------------------------------------------------------------


def test_every_cross_document_merge_is_recorded_with_its_reason() -> None:
    r = Reports()
    event = r.meeting("a", "2025-10-31", ANA, IVO, when=day("2025-10-30"))
    r.meeting("b", "2025-11-02", ANA, IVO, when=day("2025-10-30"))
    g = r.linked()
    records = {
        g.value(rec, KG.mergedResource): rec
        for rec in g.subjects(RDF.type, KG.MergeRecord)
    }
    assert set(records) == {ANA, IVO, event}
    assert str(g.value(records[ANA], KG.mergeReason)) == NAME_REASON
    assert str(g.value(records[ANA], KG.mergeKey)) == "Person ana costa"
    assert str(g.value(records[event], KG.mergeReason)) == EVENT_REASON
    assert set(g.objects(records[event], KG.mergedFrom)) == {ID["doc/a"], ID["doc/b"]}
    assert validate(g).conforms


def test_the_saved_query_lists_the_merges() -> None:
    r = Reports()
    r.meeting("a", "2025-10-31", ANA, IVO, when=day("2025-10-30"))
    r.meeting("b", "2025-11-02", ANA, IVO, when=day("2025-10-30"))
    (rec,) = query(r.linked(), "merges", resource="ana costa").records()
    assert (str(rec["label"]), rec["documents"], rec["reason"]) == (
        "Ana Costa",
        Literal(2),
        Literal(NAME_REASON),
    )
    assert sorted(str(rec["document_ids"]).split(", ")) == ["a", "b"]


@pytest.mark.parametrize(
    ("cls", "name", "shared"),
    [
        ("Person", "Rajnath Singh", True),
        ("Person", "Singh", False),  # a bare surname never joins two articles
        ("Organization", "Eurasia Group", True),
        ("Organization", "QP", False),  # nor an acronym the gazetteer does not know
        ("Location", "Kuala Lumpur", True),
        ("Agreement", "framework agreement", False),
    ],
)
def test_names_that_join_documents(cls: str, name: str, shared: bool) -> None:
    minter = Minter(BASE)
    assert (
        minter.entity(Entity("k", cls, name), "a")
        == minter.entity(Entity("k", cls, name), "b")
    ) is shared


# --- identifiers ---------------------------------------------------------------------------------

# Cross-checked by hand: the gazetteer's Wikidata ids of the best-known countries and organizations.
WELL_KNOWN = {
    "United States": "Q30", "India": "Q668", "United Kingdom": "Q145", "United Arab Emirates": "Q878",
    "China": "Q148", "Russia": "Q159", "Malaysia": "Q833", "Japan": "Q17", "Germany": "Q183", "France": "Q142",
    "European Union": "Q458", "United Nations": "Q1065", "NATO": "Q7184", "World Trade Organization": "Q7825",
    "ASEAN": "Q7768", "African Union": "Q7159", "OPEC": "Q7795", "G7": "Q1764511", "G20": "Q19771",
    "International Monetary Fund": "Q7804", "World Health Organization": "Q7817", "OECD": "Q41550",
}  # fmt: skip


@pytest.mark.parametrize(("name", "qid"), sorted(WELL_KNOWN.items()))
def test_well_known_wikidata_ids(name: str, qid: str) -> None:
    from kg.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    found = gaz.country(name) or gaz.organization(name)
    assert found is not None and found.wikidata == qid


@pytest.mark.parametrize(
    ("form", "iso2", "iso3"),
    [("US", "US", "USA"), ("U.S.", "US", "USA"), ("Washington", "US", "USA"), ("American", "US", "USA"),
     ("UK", "GB", "GBR"), ("UAE", "AE", "ARE"), ("New Delhi", "IN", "IND"), ("Indian", "IN", "IND")],
)  # fmt: skip
def test_short_forms_demonyms_and_capitals_give_the_country_and_its_iso_codes(
    form: str, iso2: str, iso3: str
) -> None:
    from kg.gazetteer import default_gazetteer

    country = default_gazetteer().country(form)
    assert country is not None and (country.iso2, country.iso3) == (iso2, iso3)


# --- end to end ----------------------------------------------------------------------------------


def build_jsonl(nlp: object, *paths: Path) -> Graph:
    from kg.build import GraphBuilder
    from kg.read import document_from_record

    builder = GraphBuilder(nlp=nlp)  # type: ignore[arg-type]
    records = [
        json.loads(line)
        for path in paths
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    results = list(builder.add_documents([document_from_record(r) for r in records]))
    assert all(r.ok for r in results)
    return builder.graph


MEETINGS = """
SELECT ?meeting ?date ?count ?doc WHERE {
  ?meeting a kg:Meeting ; kg:participant ?a, ?b ; kg:mentionCount ?count ; kg:mention/prov:wasDerivedFrom/kg:documentId ?doc .
  ?a rdfs:label "Pete Hegseth" . ?b rdfs:label "Rajnath Singh" .
  OPTIONAL { ?meeting kg:date ?date }
}
"""


def hegseth_singh_meetings(graph: Graph) -> list[tuple[str, int, set[str]]]:
    """Each meeting of the two ministers: its date, mention count and the documents of its mentions."""
    found: dict[object, tuple[str, int, set[str]]] = {}
    for meeting, when, count, doc in graph.query(MEETINGS):  # type: ignore[misc]
        found.setdefault(meeting, (str(when), int(count), set()))[2].add(str(doc))
    return sorted(found.values(), key=lambda row: row[0])


@pytest.fixture(scope="module")
def articles(nlp) -> Graph:  # type: ignore[no-untyped-def]
    return build_jsonl(nlp, DATA / "link-articles.jsonl")


@pytest.mark.model
def test_two_articles_about_one_meeting_give_one_meeting_and_the_later_one_stays_apart(
    articles: Graph,
) -> None:
    assert hegseth_singh_meetings(articles) == [
        ("2025-10-30", 2, {"kl-talks", "kl-follow-up"}),
        ("2025-11-28", 1, {"kl-again"}),
    ]


@pytest.mark.model
def test_a_country_named_many_ways_is_one_resource_with_its_codes_and_wikidata_link(
    articles: Graph,
) -> None:
    (us,) = articles.subjects(KG.iso3166Alpha2, Literal("US"))
    assert str(articles.value(us, RDFS.label)) == "United States"
    assert {"US", "U.S.", "Washington", "American"} <= {
        str(n) for n in articles.objects(us, SKOS.altLabel)
    }
    assert articles.value(us, KG.iso3166Alpha3) == Literal("USA")
    assert list(articles.objects(us, OWL.sameAs)) == [WD.Q30]
    assert len(set(articles.objects(us, KG.mentionedIn))) == 3
    (record,) = articles.subjects(KG.mergedResource, us)
    assert str(articles.value(record, KG.mergeReason)) == COUNTRY_REASON
    assert str(articles.value(record, KG.mergeKey)) == "ISO 3166-1 US"


@pytest.mark.model
def test_an_organization_of_the_gazetteer_is_linked_to_wikidata(
    articles: Graph,
) -> None:
    (asean,) = articles.subjects(RDFS.label, Literal("ASEAN"))
    assert list(articles.objects(asean, OWL.sameAs)) == [WD.Q7768]


@pytest.mark.model
def test_the_linked_build_conforms(articles: Graph) -> None:
    assert validate(articles).conforms


@pytest.mark.model
@pytest.mark.skipif(not SEED.is_file(), reason=f"the seed article is not at {SEED}")
def test_the_seed_and_our_article_about_the_same_meeting_give_one_meeting(
    nlp, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    seed = tmp_path / "seed.jsonl"
    seed.write_text(
        json.dumps(
            {"id": "seed", "published": "2025-10-31", "text": SEED.read_text("utf-8")}
        )
        + "\n"
    )
    g = build_jsonl(nlp, seed, EXAMPLES / "kl-defence-talks.jsonl")
    assert hegseth_singh_meetings(g) == [
        ("2025-10-30", 2, {"seed", "kl-defence-talks"})
    ]
