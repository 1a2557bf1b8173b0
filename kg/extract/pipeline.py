"""The sentence loop: each trigger word, each relation, each kind of trigger that fits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from spacy.tokens import Doc, Span

from kg.extract.arguments import Arguments
from kg.extract.discourse import Discourse, aside
from kg.extract.entities import find_entities
from kg.extract.events import EventRecorder, dedupe
from kg.extract.model import Event, Extraction
from kg.extract.rules import rules
from kg.extract.scorer import (
    Candidate,
    Scorer,
    candidates,
    default_scorer,
    shared_probabilities,
)
from kg.extract.triggers import (
    LISTING_VERBS,
    TRIGGER_KINDS,
    Stages,
    Word,
    name_agreements,
    name_group,
    name_targets,
    read_rows,
    trigger_words,
)
from kg.gazetteer import Gazetteer, default_gazetteer

__all__ = ["extract", "rules_and_candidates"]

_GROUP_CLASSES = ("Person", "Country", "Organization")
_GROUP_POSITIONS = {"nsubj", "nsubjpass", "pobj", "dobj"}
#: the places of a noun, where an adjective stands for one ("held a *bilateral* with B")
_NOUN_SLOTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})


def extract(
    doc: Doc,
    *,
    published: date | None = None,
    gazetteer: Gazetteer | None = None,
    scorer: Scorer | None = None,
    learned: bool = True,
) -> Extraction:
    """Entities and events of one parsed document: what the rules read, then (unless ``learned`` is
    false) the pairs the scorer (by default the package's) finds likely where the rules found none."""
    stages = _read_by_rules(doc, published, gazetteer)
    if learned:
        scorer = scorer or default_scorer()
        found = list(_candidates(stages, doc, scorer.context_words))
        likely = shared_probabilities(
            [c for c, _ in found], [scorer.probability(c.features) for c, _ in found]
        )
        for (candidate, read), probability in zip(found, likely):
            if (
                not read
                and candidate.addable
                and scorer.adds_to(candidate.spec.name)
                and probability >= scorer.threshold
            ):
                spec, trigger = candidate.spec, candidate.trigger
                stages.recorder.record(
                    spec,
                    trigger,
                    [candidate.subject],
                    [candidate.object],
                    stages.status(spec, trigger),
                    confidence=scorer.confidence,
                    inferred=False,
                )
    return _extraction(stages)


def _extraction(stages: Stages) -> Extraction:
    """The entities and the events, each event naming its entities by their final keys."""
    mentions = stages.mentions
    for event in stages.recorder.events:
        event.roles = {
            role: list(dict.fromkeys(mentions.current(k) for k in keys))
            for role, keys in event.roles.items()
        }
    return Extraction(mentions.entities, dedupe(stages.recorder.events))


def rules_and_candidates(
    doc: Doc, context_words: frozenset[str]
) -> tuple[Extraction, list[tuple[Candidate, bool]]]:
    """What the rules read in ``doc``, and every candidate of its sentences with whether the rules
    read its pair (to train a scorer on)."""
    stages = _read_by_rules(doc, None, None)
    found = list(_candidates(stages, doc, context_words))
    return _extraction(stages), found


def _read_pairs(stages: Stages) -> set[tuple[str, str, str]]:
    """The (relation, subject, object) of every event the rules recorded, whatever its status,
    both ways round (the rules have said which way a relation runs)."""
    specs = {spec.name: spec for spec in stages.rules.relations}
    current = stages.mentions.current
    return {
        (event.relation, *ends)
        for event in stages.recorder.events
        for a, b in event.pairs(specs[event.relation])
        for ends in ((current(a), current(b)), (current(b), current(a)))
    }


def _candidates(
    stages: Stages, doc: Doc, context_words: frozenset[str]
) -> Iterator[tuple[Candidate, bool]]:
    """Every candidate of the document, and whether an event of the rules has its pair."""
    read = _read_pairs(stages)
    for sent in doc.sents:
        for c in candidates(sent, stages.mentions, stages.rules, context_words):
            yield c, (c.spec.name, c.subject, c.object) in read


def _read_by_rules(
    doc: Doc, published: date | None, gazetteer: Gazetteer | None
) -> Stages:
    known = rules()
    mentions = find_entities(doc, gazetteer or default_gazetteer(), known)
    discourse = Discourse(mentions)
    arguments = Arguments(mentions, discourse)
    recorder = EventRecorder(doc, mentions, known, published)
    stages = Stages(known, mentions, discourse, arguments, recorder)
    words = trigger_words(known)
    for sent in doc.sents:
        before = len(recorder.events)
        for token in mentions.tokens[sent.start : sent.end]:
            lower, lemma = mentions.lowers[token.i], token.lemma_.lower()
            if lemma in LISTING_VERBS or lemma == "be":
                # "They include X", "Among them were X"; "The list includes A"
                name_agreements(stages, token)
                name_targets(stages, token)
                if discourse.unnamed_groups or discourse.named_group:
                    name_group(stages, token)
            if lemma not in words and lower not in words:
                continue  # no relation's trigger word: most tokens
            pos = token.pos_
            if pos == "ADJ" and token.dep_ in _NOUN_SLOTS:
                pos = "NOUN"  # an adjective in a noun's place: "held a *bilateral* with B"
            if pos not in {"VERB", "AUX", "NOUN", "PROPN"}:
                continue
            word = Word(token, lemma, lower, pos)
            for spec in known.relations:
                arguments.inferred = 0
                for kind in TRIGGER_KINDS:
                    if kind.test(spec, word):
                        kind.handle(stages, spec, token)
        read_rows(stages, sent)
        _remember_groups(stages, sent, recorder.events[before:])
    return stages


def _remember_groups(stages: Stages, sent: Span, new_events: list[Event]) -> None:
    """Remember the last two-or-more people, countries and organizations named together."""
    mentions = stages.mentions
    in_sentence = mentions.mentions_between(sent.start, sent.end)
    # each side of an event that is not the same for both (who imposed duties, on whom) is a
    # group of its own; those who met are one
    symmetric = {spec.name for spec in stages.rules.relations if spec.symmetric}
    for cls in _GROUP_CLASSES:
        prefix = cls + ":"
        from_events = False
        for event in new_events:
            sides = (
                [[k for keys in event.roles.values() for k in keys]]
                if event.relation in symmetric
                else list(event.roles.values())
            )
            for side in sides:
                group = list(dict.fromkeys(k for k in side if k.startswith(prefix)))
                if len(group) < 2:
                    continue
                stages.discourse.last_groups[cls] = group
                stages.discourse.event_groups[cls] = group
                from_events = True
        if from_events:
            continue
        for i, key in in_sentence:
            # "Japan's A and India's B attended …", though the model took A for an organization
            token = mentions.tokens[i]
            if aside(token, stages.rules.lexicon):
                continue
            if token.dep_ in _GROUP_POSITIONS and (
                key.startswith(prefix)
                or (
                    cls == "Person"
                    and any(
                        (mentions.entity_of(c) or "").startswith(prefix)
                        for c in token.conjuncts
                    )
                )
            ):
                group = stages.arguments.entities(token, frozenset({cls}))
                if len(group) >= 2:
                    stages.discourse.last_groups[cls] = group
