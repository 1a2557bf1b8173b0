"""Join what several documents of a build say: one event however many articles report it.

Entities already share one IRI across documents when they have the same class
and normalised full name, or the same gazetteer entry (see
:meth:`kg.rdf.Minter.entity`); :func:`link` records each such join as a
``kg:MergeRecord``. Events are read per document, so two articles about one
meeting give two event resources; :func:`link` makes them one.

The rule for "same event" (also in ``docs/graph-model.md``): two reports are of
one event when they have

1. the same event class and the same ``kg:status``;
2. exactly the same fillers for every role (participants, parties and
   agreement, imposer and targets);
3. compatible places: the same place, or a place in only one of them;
4. compatible dates: one date lies within the other ("2025-10-30" within
   "2025-10"); a report without a date joins a report dated to the day only
   when its document was published on that day or up to
   :data:`UNDATED_WINDOW_DAYS` days after it. Two undated reports stay apart.

Every member of a group must be compatible with every other, and a report that
would fit two groups joins neither. Signings rarely merge: agreements belong to
the document that names them, so two articles give two agreements.

>>> from rdflib import Graph
>>> g = Graph().parse(format="turtle", data='''
... @prefix kg: <https://w3id.org/newskg/ontology#> .
... @prefix prov: <http://www.w3.org/ns/prov#> .
... @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
... @prefix : <https://example.org/> .
... :a kg:mentionedIn :d1, :d2 .
... :d1 a kg:Document . :d2 a kg:Document .
... :e1 a kg:Meeting ; kg:participant :a, :b ; kg:status "asserted" ; kg:date "2025-10-30"^^xsd:date ;
...     prov:wasDerivedFrom :d1 ; kg:mention :m1 ; kg:mentionCount 1 .
... :e2 a kg:Meeting ; kg:participant :a, :b ; kg:status "asserted" ; kg:date "2025-10"^^xsd:gYearMonth ;
...     prov:wasDerivedFrom :d2 ; kg:mention :m2 ; kg:mentionCount 1 .
... ''')
>>> linked = link(g, base="https://example.org/")
>>> sorted(str(e) for e in linked.subjects(RDF.type, KG.Meeting))
['https://example.org/e1']
>>> int(linked.value(URIRef("https://example.org/e1"), KG.mentionCount))
2
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, XSD
from rdflib.term import Node

from kg.namespace import KG

__all__ = ["UNDATED_WINDOW_DAYS", "EventReport", "compatible", "date_span", "link", "normalise_name"]

#: How many days after an event a report without a date may be published and still join it.
UNDATED_WINDOW_DAYS = 7

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_EVENT_CLASSES = (KG.Signing, KG.Meeting, KG.TariffImposition)
_ROLES = (KG.party, KG.agreement, KG.participant, KG.imposer, KG.target)
_ENTITY_CLASSES = (KG.Person, KG.Organization, KG.Country, KG.Location)
# Properties of a report that an event holds once, for its primary report.
_REPORT_PROPERTIES = (
    KG.evidence, KG.startOffset, KG.endOffset, KG.trigger, KG.date, KG.dateText, KG.confidence,
    PROV.wasDerivedFrom,
)  # fmt: skip

EVENT_REASON = "same event type and status, same role fillers, compatible place and dates"
NAME_REASON = "same class and normalised full name"
COUNTRY_REASON = "same country in the gazetteer (ISO 3166-1 code)"
WIKIDATA_REASON = "same organization in the gazetteer (Wikidata id)"


def normalise_name(name: str) -> str:
    """The name as names are compared: case, accents and punctuation do not count.

    >>> normalise_name("  Rajnath SINGH ") == normalise_name("Rajnath Singh") == "rajnath singh"
    True
    >>> normalise_name("Côte d’Ivoire")
    'cote d ivoire'
    """
    folded = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES)).encode("ascii", "ignore").decode("ascii").casefold()
    return " ".join(re.findall(r"[a-z0-9]+", folded)) or name.casefold().strip()


def date_span(value: Literal | None) -> tuple[date, date] | None:
    """The first and last day a ``kg:date`` value covers, or None.

    >>> date_span(Literal("2025-02", datatype=XSD.gYearMonth))
    (datetime.date(2025, 2, 1), datetime.date(2025, 2, 28))
    >>> date_span(Literal("2025", datatype=XSD.gYear))
    (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    >>> date_span(Literal("someday")) is None
    True
    """
    if value is None:
        return None
    text = str(value).strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if m := re.fullmatch(r"(\d{4})", text):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def _published(value: Node | None) -> date | None:
    if value is None:
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text[:10])
    except ValueError:
        return None


@dataclass
class EventReport:
    """One event resource of the union graph as the merge rule sees it."""

    iri: URIRef
    cls: URIRef
    status: str
    roles: frozenset[tuple[URIRef, frozenset[Node]]]
    place: Node | None = None
    span: tuple[date, date] | None = None
    published: date | None = None
    document: Node | None = None
    start: int = 0
    mentions: set[Node] = field(default_factory=set)

    @property
    def precision(self) -> int:
        """Days the date covers (fewer is more precise); undated reports last."""
        return (self.span[1] - self.span[0]).days if self.span else 10_000


def compatible(a: EventReport, b: EventReport, *, window: int = UNDATED_WINDOW_DAYS) -> bool:
    """Whether two reports can be of one event (same signature assumed): places and dates agree.

    >>> from datetime import date
    >>> day = EventReport(URIRef("x:1"), KG.Meeting, "asserted", frozenset(), span=(date(2025, 10, 30),) * 2)
    >>> month = EventReport(URIRef("x:2"), KG.Meeting, "asserted", frozenset(), span=(date(2025, 10, 1), date(2025, 10, 31)))
    >>> later = EventReport(URIRef("x:3"), KG.Meeting, "asserted", frozenset(), span=(date(2025, 11, 28),) * 2)
    >>> undated = EventReport(URIRef("x:4"), KG.Meeting, "asserted", frozenset(), published=date(2025, 11, 1))
    >>> compatible(day, month), compatible(day, later), compatible(day, undated), compatible(later, undated)
    (True, False, True, False)
    """
    if a.place is not None and b.place is not None and a.place != b.place:
        return False
    if a.span and b.span:
        inside = a.span[0] <= b.span[0] and b.span[1] <= a.span[1]
        return inside or (b.span[0] <= a.span[0] and a.span[1] <= b.span[1])
    dated, undated = (a, b) if a.span else (b, a)
    if not dated.span or undated.published is None or dated.span[0] != dated.span[1]:
        return False
    return 0 <= (undated.published - dated.span[0]).days <= window  # no date arithmetic past year 9999


def _reports(graph: Graph) -> list[EventReport]:
    reports = []
    for cls in _EVENT_CLASSES:
        for event in set(graph.subjects(RDF.type, cls)):
            if not isinstance(event, URIRef):
                continue
            roles = frozenset(
                (role, frozenset(graph.objects(event, role))) for role in _ROLES if (event, role, None) in graph
            )
            document = graph.value(event, PROV.wasDerivedFrom)
            start = graph.value(event, KG.startOffset)
            reports.append(
                EventReport(
                    iri=event, cls=cls, status=str(graph.value(event, KG.status) or ""), roles=roles,
                    place=graph.value(event, KG.place), span=date_span(graph.value(event, KG.date)),  # type: ignore[arg-type]
                    published=_published(graph.value(document, KG.published)) if document is not None else None,
                    document=document, start=int(start) if start is not None else 0,
                    mentions=set(graph.objects(event, KG.mention)),
                )
            )
    return reports


def _clusters(reports: list[EventReport], window: int) -> list[list[EventReport]]:
    """Groups of reports of one event: complete linkage, and a report fitting two groups joins none."""
    by_signature: dict[tuple[object, ...], list[EventReport]] = defaultdict(list)
    for report in reports:
        by_signature[(report.cls, report.status, report.roles)].append(report)
    clusters: list[list[EventReport]] = []
    for members in by_signature.values():
        members.sort(key=lambda r: (r.precision, r.published or date.max, str(r.document), r.start, str(r.iri)))
        groups: list[list[EventReport]] = []
        for report in members:
            fits = [g for g in groups if all(compatible(report, other, window=window) for other in g)]
            if len(fits) == 1:
                fits[0].append(report)
            else:
                groups.append([report])
        clusters += groups
    return clusters


def _record(graph: Graph, base: Namespace, local: str, resource: URIRef, documents: set[Node], reason: str, key: str) -> None:
    record = base[f"merge/{local}"]
    graph.add((record, RDF.type, KG.MergeRecord))
    graph.add((record, KG.mergedResource, resource))
    for document in sorted(documents, key=str):
        graph.add((record, KG.mergedFrom, document))
    graph.add((record, KG.mergeReason, Literal(reason)))
    graph.add((record, KG.mergeKey, Literal(key)))


def _local(iri: URIRef, base: str) -> str:
    return str(iri)[len(base):].replace("/", "-") if str(iri).startswith(base) else re.sub(r"[^A-Za-z0-9]+", "-", str(iri))


def _merge_events(graph: Graph, base: str, window: int) -> None:
    for cluster in _clusters(_reports(graph), window):
        if len(cluster) < 2:
            continue
        primary, others = cluster[0], cluster[1:]
        event = primary.iri
        confidences = [graph.value(r.iri, KG.confidence) for r in cluster]
        for other in others:
            if primary.place is None and other.place is not None:
                graph.add((event, KG.place, other.place))
                primary.place = other.place
            for mention in other.mentions:
                graph.add((event, KG.mention, mention))
            graph.remove((other.iri, None, None))
            for s, p, _ in list(graph.triples((None, None, other.iri))):
                graph.remove((s, p, other.iri))
                graph.add((s, p, event))
        best = max((c for c in confidences if c is not None), key=lambda c: c.toPython(), default=None)
        if best is not None:
            graph.set((event, KG.confidence, best))
        graph.set((event, KG.mentionCount, Literal(len(set(graph.objects(event, KG.mention))))))
        documents = {r.document for r in cluster if r.document is not None}
        roles = "; ".join(
            f"{_short(role)} {' '.join(sorted(_local(v, base) for v in values if isinstance(v, URIRef)))}"  # type: ignore[arg-type]
            for role, values in sorted(primary.roles, key=lambda rv: str(rv[0]))
        )
        key = f"{_short(primary.cls)} {primary.status}; {roles}"
        if len(documents) >= 2:
            _record(graph, Namespace(base), _local(event, base), event, documents, EVENT_REASON, key)


def _short(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _record_entity_merges(graph: Graph, base: str) -> None:
    namespace = Namespace(base)
    for cls in _ENTITY_CLASSES:
        for entity in sorted(set(graph.subjects(RDF.type, cls)), key=str):
            documents = set(graph.objects(entity, KG.mentionedIn))
            if len(documents) < 2 or not isinstance(entity, URIRef):
                continue
            code = graph.value(entity, KG.iso3166Alpha2)
            same = graph.value(entity, OWL.sameAs)
            if cls == KG.Country and code is not None:
                reason, key = COUNTRY_REASON, f"ISO 3166-1 {code}"
            elif same is not None:
                reason, key = WIKIDATA_REASON, f"Wikidata {_short(same)}"  # type: ignore[arg-type]
            else:
                reason, key = NAME_REASON, f"{_short(cls)} {normalise_name(str(graph.value(entity, RDFS.label) or ''))}"
            _record(graph, namespace, _local(entity, base), entity, documents, reason, key)


def link(graph: Graph, *, base: str, window: int = UNDATED_WINDOW_DAYS) -> Graph:
    """Merge reports of one event into one event resource and record every cross-document merge.

    Changes ``graph`` in place and returns it. The merged event keeps the IRI,
    evidence and document of its primary report (the most precise date, then
    the earliest published, then document and offset order); every report stays
    a ``kg:mention`` of it and ``kg:mentionCount`` counts them. Its confidence
    is the highest of its reports'. The binary relations are untouched: they
    were the same triples in every report.
    """
    _merge_events(graph, base, window)
    _record_entity_merges(graph, base)
    graph.bind("merge", Namespace(f"{base}merge/"))
    return graph
