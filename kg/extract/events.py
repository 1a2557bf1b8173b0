"""Events: recording what a trigger states, with its evidence, place, date and confidence."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from kg.dates import resolve_date
from kg.extract.mentions import Mentions
from kg.extract.modality import hedged
from kg.extract.model import Event
from kg.extract.rules import RelationSpec, Rules
from kg.extract.syntax import sentence_of
from kg.text import bare_name

__all__ = ["EventRecorder", "dedupe"]


class EventRecorder:
    """The events of one document, in the order their triggers were read."""

    def __init__(
        self, doc: Doc, mentions: Mentions, rules: Rules, published: date | None
    ) -> None:
        self.doc = doc
        self.mentions = mentions
        self.rules = rules
        self.published = published
        #: what relative dates ("on Monday") count from: the dateline's date, else the publication date
        self.reference = self._dateline_date() or published
        self.events: list[Event] = []
        self._sentence_texts: dict[int, str] = {}  # Span.text joins tokens each time

    def record(
        self,
        spec: RelationSpec,
        trigger: Token,
        subjects: list[str],
        objects: list[str],
        status: str,
        *,
        confidence: float,
        inferred: bool,
    ) -> None:
        """Record the events a trigger states; a symmetric relation's ``objects`` are counterparts of every subject.

        ``inferred``: an argument came through a pronoun, a group word or an earlier sentence.
        """
        subjects = list(dict.fromkeys(subjects))
        objects = [k for k in dict.fromkeys(objects) if k not in subjects]
        if spec.symmetric:
            if subjects and objects:
                # an actor and its counterparts: one event per counterpart, none among them
                for counterpart in objects:
                    self._record(
                        spec,
                        trigger,
                        {spec.subject_role: [*subjects, counterpart]},
                        status,
                        confidence,
                        inferred,
                    )
                return
            if objects or len(subjects) < 2:
                return  # counterparts with no actor: who met them is not said
            self._record(
                spec,
                trigger,
                {spec.subject_role: subjects},
                status,
                confidence,
                inferred,
            )
            return
        if not subjects or not objects:
            return
        roles = {spec.subject_role: subjects, spec.object_role: objects}
        self._record(spec, trigger, roles, status, confidence, inferred)

    def _record(
        self,
        spec: RelationSpec,
        trigger: Token,
        roles: dict[str, list[str]],
        status: str,
        confidence: float,
        inferred: bool,
    ) -> None:
        penalties = self.rules.penalties
        if inferred:
            confidence -= penalties.inferred_argument
        if hedged(trigger, self.rules.modality):  # "reportedly signed"
            confidence -= penalties.hedged
        sent = sentence_of(trigger)
        text = self._sentence_texts.get(sent.start)
        if text is None:
            text = self._sentence_texts[sent.start] = sent.text
        place = self._place(trigger)
        date_text = self._date(trigger)
        resolved = (
            resolve_date(date_text, self.reference, future=status == "planned")
            if date_text
            else None
        )
        for event_roles in _split(spec, roles):
            self.events.append(
                Event(
                    kind=spec.event,
                    relation=spec.name,
                    roles=event_roles,
                    evidence=text.strip(),
                    start=sent.start_char + (len(text) - len(text.lstrip())),
                    end=sent.start_char + len(text.rstrip()),
                    trigger=trigger.text,
                    status=status,
                    confidence=round(max(0.0, min(1.0, confidence)), 2),
                    place=place,
                    date_text=date_text,
                    date=resolved,
                )
            )

    def _dateline_date(self) -> date | None:
        for span in self.doc.spans.get("kg_dateline", []):
            for ent in self.mentions.ents:
                if ent.label_ == "DATE" and span.start <= ent.start < span.end:
                    resolved = resolve_date(ent.text, self.published)
                    if resolved and resolved[1] == "date":
                        return date.fromisoformat(resolved[0])
        return None

    def _place(self, trigger: Token) -> str | None:
        """Where the event took place: a country, or a place ("in Lima"); a capital named is the city."""
        mentions = self.mentions
        objects = [c for c in trigger.children if c.dep_ in {"dobj", "pobj"}]
        objects += [
            p
            for c in trigger.children
            if c.dep_ == "prep"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        for node in (trigger, trigger.head, *objects):
            for c in node.children:
                if c.dep_ != "prep" or c.lower_ not in mentions.lexicon.locative_preps:
                    continue
                for p in c.children:
                    key = mentions.entity_of(p) if p.dep_ == "pobj" else None
                    if key is None or not key.startswith(("Location:", "Country:")):
                        continue
                    if key.startswith("Country:") and p.i in mentions.capital_tokens:
                        name = bare_name(self.doc[p.left_edge.i : p.i + 1].text)
                        return mentions.add("Location", name, name, [])
                    return key
        return None

    def _date(self, trigger: Token) -> str | None:
        """The words that date the event ("on Monday", "in March 2024")."""
        for node in (trigger, trigger.head):
            for c in node.children:
                if c.ent_type_ == "DATE" and c.dep_ in {
                    "npadvmod",
                    "tmod",
                    "advmod",
                    "nmod",
                    "pobj",
                }:
                    return self._entity_text(c)
                if (
                    c.dep_ == "prep"
                    and c.lower_ in self.mentions.lexicon.temporal_preps
                ):
                    for p in c.children:
                        if p.dep_ == "pobj" and p.ent_type_ == "DATE":
                            return self._entity_text(p)
        return None

    def _entity_text(self, token: Token) -> str:
        ent = self.mentions.ent_at.get(token.i)
        return ent.text if ent is not None else token.text


def _split(
    spec: RelationSpec, roles: dict[str, list[str]]
) -> list[dict[str, list[str]]]:
    """The roles of each event: one per object (or subject) where the relation says so (``one_event_per``)."""
    role = {"object": spec.object_role, "subject": spec.subject_role}.get(
        spec.one_event_per or ""
    )
    if role is None or spec.symmetric or len(roles.get(role, [])) <= 1:
        return [roles]
    return [{**roles, role: [key]} for key in roles[role]]


def dedupe(events: list[Event]) -> list[Event]:
    """One event per kind, sentence, role fillers and status: the surest of those found ("has not
    retaliated with tariffs on A, though in 2019 it imposed duties on A" states both)."""
    seen: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = (
            event.kind,
            event.start,
            tuple(sorted((r, tuple(sorted(v))) for r, v in event.roles.items())),
            event.status,
        )
        if key not in seen or event.confidence > seen[key].confidence:
            seen[key] = event
    return list(seen.values())
