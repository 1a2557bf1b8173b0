"""The relation types, in one registry: what linking, export, the page and networkx know of them.

A relation type is an entry of ``kg/data/relations.json`` (the same file
extraction reads its trigger words from) whose terms the ontology (``kg.ttl``)
declares: the binary predicate, the event class behind each statement and the
two role properties the statement's ends fill in that event. The label is the
predicate's ``rdfs:label`` in the ontology; the colour on the page is the
entry's ``color``, or else one of :data:`PALETTE` in the order of the entries.
Both files are found through :mod:`kg.resources`, so a ``KG_DATA_DIR`` folder
can add a relation type without touching the package.

>>> signed = registry().get("signed")
>>> signed.event, signed.subject_role, signed.object_role
(rdflib.term.URIRef('https://w3id.org/newskg/ontology#Signing'), rdflib.term.URIRef('https://w3id.org/newskg/ontology#party'), rdflib.term.URIRef('https://w3id.org/newskg/ontology#agreement'))
>>> [(r.key, r.label, r.symmetric) for r in registry()]
[('signed', 'signed', False), ('metWith', 'met with', True), ('imposedTariffOn', 'imposed tariff on', False)]
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import cycle
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef

from kg.errors import InputError
from kg.namespace import KG
from kg.resources import data_file, ontology_file

__all__ = ["PALETTE", "Registry", "Relation", "registry"]

#: Colours for relation types whose entry names none, given in the order of the entries.
PALETTE = ("#17becf", "#8c564b", "#bcbd22", "#e377c2", "#7f7f7f", "#9467bd")


@dataclass(frozen=True)
class Relation:
    """One relation type: its predicate, the event class behind it and the roles of its two ends."""

    name: str  # the entry's name in relations.json, gold files and kg eval ("met_with")
    predicate: URIRef
    event: URIRef
    subject_role: URIRef
    object_role: URIRef
    symmetric: bool  # both ends play one role, and the graph states both directions
    label: str  # the predicate's rdfs:label ("met with")
    color: str  # the colour of its edges and legend entry on the page

    @property
    def key(self) -> str:
        """The predicate's local name (``metWith``): the relation's name on the page and in networkx."""
        return self.predicate[len(str(KG)) :]

    @property
    def roles(self) -> tuple[URIRef, ...]:
        """The role properties, each once (a symmetric relation has one)."""
        return tuple(dict.fromkeys((self.subject_role, self.object_role)))


@dataclass(frozen=True)
class Registry:
    """The relation types, in the order ``relations.json`` lists them."""

    relations: tuple[Relation, ...]

    def __iter__(self) -> Iterator[Relation]:
        return iter(self.relations)

    def get(self, key: str) -> Relation | None:
        """The relation whose predicate's local name is ``key`` (``metWith``), or None."""
        return next((r for r in self.relations if r.key == key), None)

    @property
    def predicates(self) -> frozenset[URIRef]:
        """The binary predicates the relations are stated with."""
        return frozenset(r.predicate for r in self.relations)

    @property
    def event_classes(self) -> tuple[URIRef, ...]:
        """The event classes, each once, in the order of the relations."""
        return tuple(dict.fromkeys(r.event for r in self.relations))

    @property
    def roles(self) -> tuple[URIRef, ...]:
        """Every relation's role properties, each once, in the order of the relations."""
        return tuple(dict.fromkeys(role for r in self.relations for role in r.roles))


def registry() -> Registry:
    """The relation types of ``relations.json`` and the ontology in use (read once per pair of files)."""
    return _load(data_file("relations.json"), ontology_file("kg.ttl"))


@cache
def _load(relations_file: Path, ontology: Path) -> Registry:
    entries = json.loads(relations_file.read_text(encoding="utf-8"))["relations"]
    terms = Graph().parse(ontology, format="turtle")
    declared = {s for s in terms.subjects(RDF.type, None) if isinstance(s, URIRef)}

    def term(entry: dict[str, object], field: str) -> URIRef:
        value = entry.get(field)
        if not isinstance(value, str):
            raise InputError(
                f"relations.json: relation {entry.get('name')!r} has no {field!r}"
            )
        iri = URIRef(str(KG) + value)
        if iri not in declared:
            raise InputError(
                f"relations.json names kg:{value}, which the ontology (kg.ttl) does not declare"
            )
        return iri

    palette = cycle(PALETTE)
    relations = []
    for entry in entries:
        event = term(entry, "event")  # named first, as building names it
        subject_role, object_role = (
            term(entry, "subject_role"),
            term(entry, "object_role"),
        )
        predicate = term(entry, "predicate")
        color = entry.get("color")
        relations.append(
            Relation(
                name=str(entry.get("name")),
                predicate=predicate,
                event=event,
                subject_role=subject_role,
                object_role=object_role,
                symmetric=bool(entry.get("symmetric", False)),
                label=str(
                    terms.value(predicate, RDFS.label) or predicate[len(str(KG)) :]
                ),
                color=color if isinstance(color, str) else next(palette),
            )
        )
    return Registry(tuple(relations))
