"""What extraction yields: entities, events, and a document's ``Extraction``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations

from kg.extract.rules import RelationSpec

__all__ = ["ENTITY_CLASSES", "Entity", "Event", "Extraction"]

ENTITY_CLASSES = ("Person", "Organization", "Country", "Location", "Agreement")


@dataclass
class Entity:
    """One real-world entity of a document: its class, canonical name and the names used."""

    key: str
    cls: str
    name: str
    aliases: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    affiliations: set[str] = field(default_factory=set)
    ids: dict[str, str] = field(default_factory=dict)
    #: the name the text writes for it, where it never writes the canonical one ("Türkiye")
    written: str = ""

    @property
    def label(self) -> str:
        """The name to show: the canonical name, unless the text writes another name and never
        that one, or it is an acronym the text never writes and the text spells it out.

        >>> Entity("k", "Organization", "NNPC", {"Nigerian National Petroleum Corporation"}).label
        'Nigerian National Petroleum Corporation'
        >>> Entity("k", "Organization", "WTO", {"WTO"}).label
        'WTO'
        >>> Entity("k", "Country", "Turkey", {"Türkiye"}, written="Türkiye").label
        'Türkiye'
        """
        if self.written:
            return self.written
        if (
            not self.name.isalpha()
            or not self.name.isupper()
            or self.name in self.aliases
        ):
            return self.name
        spelled = [
            alias
            for alias in self.aliases
            if "".join(w[0] for w in alias.split() if w[0].isupper()) == self.name
        ]
        return max(spelled, key=len) if spelled else self.name


@dataclass
class Event:
    """One reported event: its kind (an ontology class), role fillers and evidence."""

    kind: str
    relation: str
    roles: dict[str, list[str]]
    evidence: str
    start: int
    end: int
    trigger: str
    status: str = "asserted"
    confidence: float = 0.9
    place: str | None = None
    date_text: str | None = None
    date: tuple[str, str] | None = None  # (value, xsd datatype name)

    def pairs(self, spec: RelationSpec) -> Iterator[tuple[str, str]]:
        """The (subject, object) entity keys of the binary relation this event states."""
        subjects = self.roles.get(spec.subject_role, [])
        objects = (
            self.roles.get(spec.object_role, [])
            if spec.object_role != spec.subject_role
            else []
        )
        if spec.symmetric:
            for a, b in combinations(dict.fromkeys(subjects), 2):
                if a != b:
                    yield a, b
                    yield b, a
            return
        for a in subjects:
            for b in objects:
                if a != b:
                    yield a, b


@dataclass
class Extraction:
    """What one document yields: entities by key, and events that refer to them."""

    entities: dict[str, Entity]
    events: list[Event]
