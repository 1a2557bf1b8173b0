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
   :data:`UNDATED_WINDOW_DAYS` days after it. Two undated reports stay apart,
   except signings: the same parties sign one agreement once.

Every member of a group must be compatible with every other, and a report that
would fit two groups joins neither. Agreements belong to the document that
names them, but before events are compared, agreements of several documents
with the same parties, compatible names and compatible signing dates become
one (:data:`AGREEMENT_REASON`), so two articles about one treaty give one
agreement and one signing.

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
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from kg.namespace import KG
from kg.relations import registry
from kg.text import comparable_name

__all__ = [
    "UNDATED_WINDOW_DAYS",
    "EventReport",
    "LinkPlan",
    "LinkView",
    "compatible",
    "date_span",
    "link",
    "plan",
    "view_predicates",
]

#: How many days after an event a report without a date may be published and still join it.
UNDATED_WINDOW_DAYS = 7

_ENTITY_CLASSES = (KG.Person, KG.Organization, KG.Country, KG.Location)
#: Words that say what kind of agreement, not which one.
_GENERIC_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "on",
        "for",
        "and",
        "new",
        "agreement",
        "accord",
        "deal",
        "pact",
        "treaty",
        "memorandum",
        "understanding",
        "mou",
        "framework",
    }
)

AGREEMENT_REASON = "same parties, compatible names and signing dates"
# What plan reads besides the relations' role properties.
_VIEW_PREDICATES = frozenset({
    RDF.type, KG.status, KG.place, KG.date, PROV.wasDerivedFrom, KG.startOffset, KG.mention,
    KG.confidence, KG.published, KG.mentionedIn, RDFS.label, KG.iso3166Alpha2, OWL.sameAs,
})  # fmt: skip

EVENT_REASON = (
    "same event type and status, same role fillers, compatible place and dates"
)
NAME_REASON = "same class and normalised full name"
COUNTRY_REASON = "same country in the gazetteer (ISO 3166-1 code)"
WIKIDATA_REASON = "same organization in the gazetteer (Wikidata id)"


def view_predicates() -> frozenset[URIRef]:
    """The predicates :func:`plan` reads: a build streamed or stored keeps only these for linking.

    >>> KG.participant in view_predicates() and KG.evidence not in view_predicates()
    True
    """
    return _VIEW_PREDICATES | frozenset(registry().roles)


def date_span(value: Node | None) -> tuple[date, date] | None:
    """The first and last day a ``kg:date`` value covers, or None.

    >>> from rdflib.namespace import XSD
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
            return date(year, month, 1), date(
                year, month, calendar.monthrange(year, month)[1]
            )
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
        return (
            datetime.fromisoformat(text).date()
            if "T" in text
            else date.fromisoformat(text[:10])
        )
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
    confidence: Node | None = None

    @property
    def precision(self) -> int:
        """Days the date covers (fewer is more precise); undated reports last."""
        return (self.span[1] - self.span[0]).days if self.span else 10_000


def compatible(
    a: EventReport, b: EventReport, *, window: int = UNDATED_WINDOW_DAYS
) -> bool:
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
    if (
        a.cls == KG.Signing
    ):  # one agreement is signed by the same parties once: an undated report joins
        return True
    dated, undated = (a, b) if a.span else (b, a)
    if not dated.span or undated.published is None or dated.span[0] != dated.span[1]:
        return False
    return (
        0 <= (undated.published - dated.span[0]).days <= window
    )  # no date arithmetic past year 9999


class LinkView:
    """The statements linking reads (:func:`view_predicates`), indexed by subject, in far less memory than a Graph.

    A build streamed to a file or kept in a store adds each document's triples
    as it goes (reports' own statements, under ``skip``, are left out) and
    plans the merges at the end (:func:`plan`).
    """

    def __init__(self, *, skip: str | None = None) -> None:
        self._facts: dict[Node, dict[URIRef, list[Node]]] = {}
        self._typed: defaultdict[Node, set[Node]] = defaultdict(set)
        self._predicates: dict[Node, URIRef] = {p: p for p in view_predicates()}
        self._objects: dict[Node, Node] = {}  # one object per term met again and again
        self._skip = skip

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        s, p, o = triple
        predicate = self._predicates.get(p)
        if predicate is None or (
            self._skip is not None and isinstance(s, str) and s.startswith(self._skip)
        ):
            return
        o = self._objects.setdefault(o, o)
        if predicate == RDF.type:
            self._typed[o].add(s)
        values = self._facts.setdefault(s, {}).setdefault(predicate, [])
        if o not in values:
            values.append(o)

    def typed(self, cls: URIRef) -> set[Node]:
        return self._typed.get(cls, set())

    def objects(self, s: Node, p: URIRef) -> list[Node]:
        return self._facts.get(s, {}).get(p, [])

    def value(self, s: Node, p: URIRef) -> Node | None:
        values = self.objects(s, p)
        return values[0] if values else None


def _reports(graph: LinkView, replaced: dict[Node, URIRef]) -> list[EventReport]:
    relations = registry()
    reports = []
    for cls in relations.event_classes:
        for event in graph.typed(cls):
            if not isinstance(event, URIRef):
                continue
            roles = frozenset(
                (
                    role,
                    frozenset(replaced.get(o, o) for o in graph.objects(event, role)),
                )
                for role in relations.roles
                if graph.objects(event, role)
            )
            document = graph.value(event, PROV.wasDerivedFrom)
            start = graph.value(event, KG.startOffset)
            reports.append(
                EventReport(
                    iri=event,
                    cls=cls,
                    status=str(graph.value(event, KG.status) or ""),
                    roles=roles,
                    place=graph.value(event, KG.place),
                    span=date_span(graph.value(event, KG.date)),
                    published=_published(graph.value(document, KG.published))
                    if document is not None
                    else None,
                    document=document,
                    start=int(start) if isinstance(start, Literal) else 0,
                    mentions=set(graph.objects(event, KG.mention)),
                    confidence=graph.value(event, KG.confidence),
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
        members.sort(
            key=lambda r: (
                r.precision,
                r.published or date.max,
                str(r.document),
                r.start,
                str(r.iri),
            )
        )
        groups: list[list[EventReport]] = []
        for report in members:
            fits = [
                g
                for g in groups
                if all(compatible(report, other, window=window) for other in g)
            ]
            if len(fits) == 1:
                fits[0].append(report)
            else:
                groups.append([report])
        clusters += groups
    return clusters


def _record(
    base: Namespace,
    local: str,
    resource: URIRef,
    documents: set[Node],
    reason: str,
    key: str,
) -> list[tuple[Node, URIRef, Node]]:
    record = base[f"merge/{local}"]
    triples: list[tuple[Node, URIRef, Node]] = [
        (record, RDF.type, KG.MergeRecord),
        (record, KG.mergedResource, resource),
        (record, KG.mergeReason, Literal(reason)),
        (record, KG.mergeKey, Literal(key)),
    ]
    triples += [
        (record, KG.mergedFrom, document) for document in sorted(documents, key=str)
    ]
    return triples


def _local(iri: URIRef, base: str) -> str:
    return (
        str(iri)[len(base) :].replace("/", "-")
        if str(iri).startswith(base)
        else re.sub(r"[^A-Za-z0-9]+", "-", str(iri))
    )


@dataclass
class LinkPlan:
    """What linking changes in the union of a build's document graphs.

    ``dropped`` resources (reports merged into another event) lose every triple
    they are the subject of; ``replaced`` resources (agreements merged into
    another) become the resource they map to, their label an alternative label;
    ``unset`` (subject, predicate) pairs lose their values; ``added`` triples
    come in. :meth:`rewrite` applies it to one triple, so a build streamed to a
    file or kept in a store is linked as the in-memory graph is.
    """

    dropped: set[Node] = field(default_factory=set)
    replaced: dict[Node, URIRef] = field(default_factory=dict)
    labels: dict[Node, Node] = field(
        default_factory=dict
    )  # the label each kept agreement keeps
    unset: set[tuple[Node, URIRef]] = field(default_factory=set)
    added: list[tuple[Node, URIRef, Node]] = field(default_factory=list)

    def rewrite(self, s: Node, p: Node, o: Node) -> tuple[Node, Node, Node] | None:
        """The triple as the linked graph has it, or None when linking removes it."""
        if s in self.dropped or (s, p) in self.unset:
            return None
        if s in self.replaced:
            s = self.replaced[s]
            if p == RDFS.label:
                if self.labels.get(s) == o:
                    return None
                p = SKOS.altLabel
        if p == SKOS.altLabel and self.labels.get(s) == o:
            return None
        return s, p, self.replaced.get(o, o)

    def apply(self, graph: Graph) -> Graph:
        """Apply the plan to ``graph`` in place."""
        touched = self.dropped | set(self.replaced) | {s for s, _ in self.unset}
        old = [t for s in touched for t in graph.triples((s, None, None))]
        old += [t for o in self.replaced for t in graph.triples((None, None, o))]
        for triple in old:
            graph.remove(triple)
        for triple in old:
            if (new := self.rewrite(*triple)) is not None:
                graph.add(new)
        for kept, label in self.labels.items():
            graph.remove((kept, SKOS.altLabel, label))
        for triple in self.added:
            graph.add(triple)
        return graph


def _merge_agreements(graph: LinkView, base: str, plan: LinkPlan, window: int) -> None:
    """Agreements of several documents that are one: the same parties, compatible names and signing dates."""
    signings: defaultdict[Node, list[Node]] = defaultdict(list)
    for event in graph.typed(KG.Signing):
        for agreement in graph.objects(event, KG.agreement):
            signings[agreement].append(event)
    found: list[_Agreement] = []
    for agreement in sorted(graph.typed(KG.Agreement), key=str):
        parties = frozenset(
            p for e in signings[agreement] for p in graph.objects(e, KG.party)
        )
        documents = frozenset(graph.objects(agreement, KG.mentionedIn))
        spans = [
            span
            for e in signings[agreement]
            if (span := date_span(graph.value(e, KG.date))) is not None
        ]
        if parties and isinstance(agreement, URIRef):
            found.append(
                _Agreement(
                    agreement,
                    str(graph.value(agreement, RDFS.label) or ""),
                    parties,
                    documents,
                    min(spans, key=lambda d: (d[1] - d[0], d)) if spans else None,
                )
            )
    by_parties: dict[frozenset[Node], list[_Agreement]] = defaultdict(list)
    for candidate in found:
        by_parties[candidate.parties].append(candidate)
    for members in by_parties.values():
        groups: list[list[_Agreement]] = []
        # complete linkage; one that fits two groups joins neither
        for member in members:
            fits = [
                g for g in groups if all(_same_agreement(member, other) for other in g)
            ]
            if len(fits) == 1:
                fits[0].append(member)
            else:
                groups.append([member])
        for group in groups:
            if len(group) < 2:
                continue
            kept = min(
                group, key=lambda a: (-len(a.words), str(a.iri))
            )  # the fullest name
            plan.labels[kept.iri] = Literal(kept.label)
            for other in group:
                if other is not kept:
                    plan.replaced[other.iri] = kept.iri
            party_names = " ".join(
                sorted(_local(p, base) for p in kept.parties if isinstance(p, URIRef))
            )
            plan.added += _record(
                Namespace(base),
                _local(kept.iri, base),
                kept.iri,
                set().union(*(a.documents for a in group)),
                AGREEMENT_REASON,
                f"Agreement {' '.join(sorted(kept.words))}; parties {party_names}",
            )


@dataclass
class _Agreement:
    iri: URIRef
    label: str
    parties: frozenset[Node]
    documents: frozenset[Node]
    span: tuple[date, date] | None

    @property
    def words(self) -> frozenset[str]:
        return frozenset(comparable_name(self.label).split()) - _GENERIC_WORDS


def _same_agreement(a: _Agreement, b: _Agreement) -> bool:
    """Names compatible (the words of one within the other's) and signing dates that agree (or one undated)."""
    if a.documents & b.documents:
        return False  # two agreements one article tells apart stay apart
    if not (a.words <= b.words or b.words <= a.words) or not (a.words and b.words):
        return False
    if a.span and b.span:
        return a.span[0] <= b.span[1] and b.span[0] <= a.span[1]
    return True


def _merge_events(graph: LinkView, base: str, plan: LinkPlan, window: int) -> None:
    for cluster in _clusters(_reports(graph, plan.replaced), window):
        if len(cluster) < 2:
            continue
        primary, others = cluster[0], cluster[1:]
        event = primary.iri
        confidences = [r.confidence for r in cluster]
        for other in others:
            if primary.place is None and other.place is not None:
                plan.added.append((event, KG.place, other.place))
                primary.place = other.place
            for mention in other.mentions:
                plan.added.append((event, KG.mention, mention))
            plan.dropped.add(other.iri)
        best = max(
            (c for c in confidences if isinstance(c, Literal)),
            key=lambda c: c.toPython(),
            default=None,
        )
        if best is not None:
            plan.unset.add((event, KG.confidence))
            plan.added.append((event, KG.confidence, best))
        plan.unset.add((event, KG.mentionCount))
        plan.added.append(
            (
                event,
                KG.mentionCount,
                Literal(len(set().union(*(r.mentions for r in cluster)))),
            )
        )
        documents = {r.document for r in cluster if r.document is not None}
        roles = "; ".join(
            f"{_short(role)} {' '.join(sorted(_local(v, base) for v in values if isinstance(v, URIRef)))}"
            for role, values in sorted(primary.roles, key=lambda rv: str(rv[0]))
        )
        key = f"{_short(primary.cls)} {primary.status}; {roles}"
        if len(documents) >= 2:
            plan.added += _record(
                Namespace(base),
                _local(event, base),
                event,
                documents,
                EVENT_REASON,
                key,
            )


def _short(iri: Node) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _record_entity_merges(graph: LinkView, base: str, plan: LinkPlan) -> None:
    namespace = Namespace(base)
    for cls in _ENTITY_CLASSES:
        for entity in sorted(graph.typed(cls), key=str):
            documents = set(graph.objects(entity, KG.mentionedIn))
            if len(documents) < 2 or not isinstance(entity, URIRef):
                continue
            code = graph.value(entity, KG.iso3166Alpha2)
            same = graph.value(entity, OWL.sameAs)
            if cls == KG.Country and code is not None:
                reason, key = COUNTRY_REASON, f"ISO 3166-1 {code}"
            elif same is not None:
                reason, key = WIKIDATA_REASON, f"Wikidata {_short(same)}"
            else:
                reason, key = (
                    NAME_REASON,
                    f"{_short(cls)} {comparable_name(str(graph.value(entity, RDFS.label) or ''))}",
                )
            plan.added += _record(
                namespace, _local(entity, base), entity, documents, reason, key
            )


def plan(
    graph: Graph | LinkView, *, base: str, window: int = UNDATED_WINDOW_DAYS
) -> LinkPlan:
    """What :func:`link` would change in ``graph``: read from the triples of :func:`view_predicates` only."""
    if not isinstance(graph, LinkView):
        view = LinkView()
        for triple in graph:
            view.add(triple)
        graph = view
    found = LinkPlan()
    _merge_agreements(graph, base, found, window)
    _merge_events(graph, base, found, window)
    _record_entity_merges(graph, base, found)
    return found


def link(graph: Graph, *, base: str, window: int = UNDATED_WINDOW_DAYS) -> Graph:
    """Merge one agreement's and one event's reports into one resource and record every cross-document merge.

    Changes ``graph`` in place and returns it. Agreements of several documents
    with the same parties and compatible names (the words of one within the
    other's) and signing dates become the one with the fullest name, the other
    names its ``skos:altLabel``. The merged event keeps the IRI,
    evidence and document of its primary report (the most precise date, then
    the earliest published, then document and offset order); every report stays
    a ``kg:mention`` of it and ``kg:mentionCount`` counts them. Its confidence
    is the highest of its reports'. The binary relations are untouched: they
    were the same triples in every report.
    """
    plan(graph, base=base, window=window).apply(graph)
    graph.bind("merge", Namespace(f"{base}merge/"))
    return graph
