"""The sentence loop: each trigger word, each relation, each kind of trigger that fits."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from kg.extract.arguments import Arguments
from kg.extract.discourse import Discourse
from kg.extract.entities import find_entities
from kg.extract.events import EventRecorder, dedupe
from kg.extract.model import Event, Extraction
from kg.extract.rules import rules
from kg.extract.triggers import (
    LISTING_VERBS,
    TRIGGER_KINDS,
    Stages,
    Word,
    name_group,
    trigger_words,
)
from kg.gazetteer import Gazetteer, default_gazetteer

__all__ = ["extract"]

_GROUP_CLASSES = ("Person", "Country", "Organization")
_GROUP_POSITIONS = {"nsubj", "nsubjpass", "pobj", "dobj"}


def extract(
    doc: Doc, *, published: date | None = None, gazetteer: Gazetteer | None = None
) -> Extraction:
    """Entities and events of one parsed document."""
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
            if lemma not in words and lower not in words:
                continue  # no relation's trigger word: most tokens
            if token.pos_ not in {"VERB", "AUX", "NOUN", "PROPN"}:
                continue
            word = Word(token, lemma, lower, token.pos_)
            for spec in known.relations:
                arguments.inferred = 0
                for kind in TRIGGER_KINDS:
                    if kind.test(spec, word):
                        kind.handle(stages, spec, token)
            if lemma in LISTING_VERBS and discourse.unnamed_groups:
                name_group(stages, token)
        _remember_groups(stages, sent, recorder.events[before:])
    return Extraction(mentions.entities, dedupe(recorder.events))


def _remember_groups(stages: Stages, sent: Span, new_events: list[Event]) -> None:
    """Remember the last two-or-more people, countries and organizations named together."""
    mentions = stages.mentions
    in_sentence = mentions.mentions_between(sent.start, sent.end)
    for cls in _GROUP_CLASSES:
        prefix = cls + ":"
        from_events = False
        for event in new_events:
            group = list(
                dict.fromkeys(
                    k
                    for keys in event.roles.values()
                    for k in keys
                    if k.startswith(prefix)
                )
            )
            if len(group) >= 2:
                stages.discourse.last_groups[cls] = group
                from_events = True
        if from_events:
            continue
        for i, key in in_sentence:
            if key.startswith(prefix) and mentions.tokens[i].dep_ in _GROUP_POSITIONS:
                group = stages.arguments.entities(mentions.tokens[i], frozenset({cls}))
                if len(group) >= 2:
                    stages.discourse.last_groups[cls] = group
