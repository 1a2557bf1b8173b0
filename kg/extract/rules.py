"""What extraction knows, read from package data: relation types, word lists and modality words.

``kg/data/relations.json``, ``lexicon.json`` and ``modality.json`` are read once
(per set of files: a ``KG_DATA_DIR`` replacement is another set) into frozen
dataclasses, so that the stages ask for ``rules.lexicon.titles`` rather than a
string key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.resources import data_file

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "Lexicon",
    "Modality",
    "Penalties",
    "RelationSpec",
    "Rules",
    "relation_specs",
    "rules",
]


@dataclass(frozen=True)
class RelationSpec:
    """One relation type, as ``kg/data/relations.json`` describes it."""

    name: str
    event: str
    predicate: str
    symmetric: bool
    subject_role: str
    object_role: str
    subject_classes: frozenset[str]
    object_classes: frozenset[str]
    verbs: frozenset[str]
    object_deps: frozenset[str]
    object_preps: frozenset[str]
    co_subject_preps: frozenset[str]
    theme_nouns: frozenset[str]
    theme_verbs: frozenset[str]
    theme_preps: frozenset[str]
    nouns: frozenset[str]
    noun_object_preps: frozenset[str]
    noun_subject_preps: frozenset[str]
    collective_verbs: frozenset[str]
    clause_verbs: frozenset[str]
    clause_preps: frozenset[str]
    #: light verbs that state a meeting only with a counterpart named ("attend")
    counterpart_verbs: frozenset[str]
    #: verbs whose object is a participant only if it carries a title ("visited President A",
    #: not "visited Rajghat", a place the model took for a person)
    titled_object_verbs: frozenset[str]
    #: words that are triggers only with one of these prepositions ("call on")
    phrasal: dict[str, frozenset[str]]
    #: verbs that are triggers only with one of these objects, the objects of the relation
    #: then those of "to" or "on" ("*put* her signature to the accord", "*put* pen to paper on
    #: the deal")
    idioms: dict[str, frozenset[str]]
    #: nouns for the subjects of the relation, listed by "include" or "be" ("signatories")
    member_nouns: frozenset[str]
    #: verbs whose unsaid object is the one just named ("The accord was signed on Monday. A
    #: *signed* for Peru")
    objectless_verbs: frozenset[str]
    #: verbs that conclude an agreement without signing it ("struck a deal"), so a signing
    #: still to come in their sentence makes them planned
    concluding_verbs: frozenset[str]
    #: governors that state this relation as done ("decided to impose" a tariff)
    factual_governors: frozenset[str]
    qualified_theme_nouns: dict[str, frozenset[str]]
    confidence: float
    #: the verb alone is a trigger ("met"), not only with a theme noun
    verb_without_theme: bool = False
    #: "object" or "subject": one event for each, not one for all
    one_event_per: str | None = None

    def theme_word(self, noun: Token) -> bool:
        """Whether ``noun`` is one of the theme nouns, by its lemma or as written ("*duties*")."""
        return (
            noun.lemma_.lower() in self.theme_nouns or noun.lower_ in self.theme_nouns
        )

    def qualified_theme(self, noun: Token) -> bool:
        """Whether ``noun`` is a theme only with a modifier, and has one, before it or in its "of"
        phrase ("anti-dumping *measures*", "*rates* of 41%")."""
        qualifiers = self.qualified_theme_nouns.get(noun.lemma_.lower())
        if qualifiers is None:
            return False
        modifiers = [m for m in noun.subtree if m.i < noun.i] + [
            m
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
            for m in p.subtree
            if m.i <= p.i
        ]
        return any(
            m.lower_ in qualifiers or m.lemma_.lower() in qualifiers for m in modifiers
        )


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``kg/data/lexicon.json`` (its ``_comment`` says what each is for)."""

    titles: frozenset[str]
    person_titles: frozenset[str]
    name_honorifics: frozenset[str]
    #: words of a minister's portfolio ("Minister for *Planning* A"): never a name's first word
    portfolio_words: frozenset[str]
    #: words that end a region's name ("Governor of Kano *State* A")
    region_words: frozenset[str]
    agreement_nouns: frozenset[str]
    weak_agreement_nouns: frozenset[str]
    qualified_agreement_nouns: frozenset[str]
    vague_modifiers: frozenset[str]
    speech_verbs: frozenset[str]
    locative_preps: frozenset[str]
    #: words whose "to" phrase names where someone goes ("a visit *to* Tamil Nadu"): a place
    travel_words: frozenset[str]
    temporal_preps: frozenset[str]
    government_nouns: frozenset[str]
    government_bodies: frozenset[str]
    origin_preps: frozenset[str]
    origin_verbs: frozenset[str]
    quantity_nouns: frozenset[str]
    #: the act of imposing a measure ("announced the *imposition* of duties on A")
    action_nouns: frozenset[str]
    #: a player's positions: a deal a player signs is a transfer ("inked a deal with *striker* A")
    sport_roles: frozenset[str]
    organization_words: frozenset[str]
    company_suffixes: frozenset[str]
    company_words: frozenset[str]
    singling_adverbs: frozenset[str]
    #: nouns whose "of" phrase names someone present ("received the *credentials* of A")
    presence_nouns: frozenset[str]
    #: verbs whose subject is the target of the duties they take ("Peru *faces* a 20% tariff")
    facing_verbs: frozenset[str]
    #: lower-case words inside a name, followed by a capitalised one ("von der Leyen")
    name_particles: frozenset[str]
    #: words of a style standing for a person named before ("His *Highness* also received A")
    honorific_styles: frozenset[str]
    #: verbs whose object does what their "to" clause says ("A *sent* B to meet C")
    sending_verbs: frozenset[str]
    remote_words: frozenset[str]
    envoy_nouns: frozenset[str]
    name_suffixes: frozenset[str]
    onlooker_nouns: frozenset[str]
    exemption_nouns: frozenset[str]
    #: words that make a name a place's ("Al-Yamamah *Palace*")
    place_words: frozenset[str]
    #: measures that are no duties ("imposed *sanctions* on A")
    other_measures: frozenset[str]
    #: who buys goods, not the goods' origin ("tariffs on *buyers* of Russian oil")
    buyer_nouns: frozenset[str]
    #: what a government issues that imposes a measure itself ("The *order* imposes duties")
    instrument_nouns: frozenset[str]
    #: verbs whose subject issues the instrument they take ("*signed* an order imposing …")
    issuing_verbs: frozenset[str]
    #: words through which a country is why or when duties came, not on whom ("*over* its
    #: *purchases* of Russian oil")
    cause_words: frozenset[str]
    #: what players meet in or for ("met A *in the final*"): a game, not a meeting
    contest_words: frozenset[str]
    #: what someone is welcomed to as a member ("welcomed A *to the race*"): no meeting
    membership_nouns: frozenset[str]
    #: words that credit a picture to the name after them ("*Photograph*: A/Reuters")
    credit_words: frozenset[str]
    #: what is settled before an agreement is signed ("finalised *the text* of the accord")
    draft_nouns: frozenset[str]
    #: verbs whose object did first what their subject does "in" doing it ("A *joined* B in
    #: signing the accord": B signed it too)
    joining_verbs: frozenset[str]
    #: plural words that refer back to a group, with the classes they may mean
    collective_nouns: dict[str, tuple[str, ...]]
    #: "the country" -> the class it refers back to
    definite_anaphors: dict[str, str]
    #: a title written short -> the title ("gov." -> "governor"), which "the governor" names
    title_abbreviations: dict[str, str]
    #: a bloc's people's word -> the bloc ("tariffs on *European* goods": the European Union's)
    bloc_demonyms: dict[str, str]


@dataclass(frozen=True)
class Modality:
    """The words of ``kg/data/modality.json`` that make an event other than asserted."""

    auxiliaries: dict[str, str]
    negations: frozenset[str]
    #: prepositions whose gerund did not happen ("left *without* signing")
    negating_preps: frozenset[str]
    governors: dict[str, str]
    governing_nouns: dict[str, str]
    object_governors: frozenset[str]
    reversals: frozenset[str]
    #: nouns that undo the duties they govern ("the *removal* of US tariffs on A")
    reversal_nouns: frozenset[str]
    #: verbs whose subject, a measure, comes to an end ("the duty *expired*")
    endings: frozenset[str]
    conditionals: frozenset[str]
    future_modifiers: frozenset[str]
    preparation_nouns: frozenset[str]
    preparation_verbs: frozenset[str]
    hedges: frozenset[str]
    #: verbs whose noun subject is the event itself ("a meeting *will be held*")
    event_verbs: frozenset[str]
    #: verbs whose "that" clause did not happen ("*denied* that he had met A")
    denials: frozenset[str]
    #: verbs whose "that" clause is a claim ("*alleged* that he had met A")
    allegations: frozenset[str]
    #: adverbs that make an event a claim ("A *allegedly* met B")
    doubting_adverbs: frozenset[str]
    #: words that make a report, or an event noun, a claim ("*unconfirmed* reports that …")
    doubting_modifiers: frozenset[str]
    #: verbs of an end reached that, in the progressive, is not reached yet ("*were finalising*
    #: an accord")
    unfinished_verbs: frozenset[str]
    #: verbs (with their particles and "on") that make a plan or threat they take come true
    #: ("*followed through on* his threat to impose duties": imposed)
    fulfilments: frozenset[str]


@dataclass(frozen=True)
class Penalties:
    """How much less sure an event is when its evidence is weaker (``confidence`` in relations.json)."""

    nominal_trigger: float
    inferred_argument: float
    hedged: float


@dataclass(frozen=True)
class Rules:
    """Everything extraction reads from its data files."""

    relations: tuple[RelationSpec, ...]
    lexicon: Lexicon
    modality: Modality
    penalties: Penalties
    #: every relation's trigger and theme nouns: no name of an organization or a person
    relation_nouns: frozenset[str]
    #: the verbs of the relations whose object is an agreement ("sign", "ink", …)
    signing_verbs: frozenset[str]


def rules() -> Rules:
    """The rules in the data files in use (``kg.resources.data_file``), read once."""
    return _rules_at(
        data_file("relations.json"),
        data_file("lexicon.json"),
        data_file("modality.json"),
    )


def relation_specs() -> tuple[RelationSpec, ...]:
    """The relation types in ``kg/data/relations.json``."""
    return rules().relations


@cache
def _rules_at(relations: Path, lexicon: Path, modality: Path) -> Rules:
    relation_data = _read_json(relations)
    specs = tuple(_relation_spec(raw) for raw in relation_data["relations"])
    return Rules(
        relations=specs,
        lexicon=_lexicon(_read_json(lexicon)),
        modality=_modality(_read_json(modality)),
        penalties=Penalties(
            **{
                f.name: float(relation_data["confidence"][f.name])
                for f in fields(Penalties)
            }
        ),
        relation_nouns=frozenset().union(
            *(spec.theme_nouns | spec.nouns for spec in specs)
        ),
        signing_verbs=frozenset().union(
            *(spec.verbs for spec in specs if "Agreement" in spec.object_classes)
        ),
    )


def _read_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


_WORD_SETS = (
    "subject_classes",
    "object_classes",
    "verbs",
    "object_deps",
    "object_preps",
    "co_subject_preps",
    "theme_nouns",
    "theme_verbs",
    "theme_preps",
    "nouns",
    "noun_object_preps",
    "noun_subject_preps",
    "collective_verbs",
    "clause_verbs",
    "clause_preps",
    "counterpart_verbs",
    "titled_object_verbs",
    "member_nouns",
    "objectless_verbs",
    "concluding_verbs",
    "factual_governors",
)


def _relation_spec(raw: dict[str, Any]) -> RelationSpec:
    return RelationSpec(
        name=raw["name"],
        event=raw["event"],
        predicate=raw["predicate"],
        symmetric=raw["symmetric"],
        subject_role=raw["subject_role"],
        object_role=raw["object_role"],
        confidence=float(raw.get("confidence", 0.9)),
        verb_without_theme=bool(raw.get("verb_without_theme", False)),
        one_event_per=raw.get("one_event_per"),
        qualified_theme_nouns=_word_table(raw.get("qualified_theme_nouns", {})),
        phrasal=_word_table(raw.get("phrasal", {})),
        idioms=_word_table(raw.get("idioms", {})),
        **{name: frozenset(raw.get(name, ())) for name in _WORD_SETS},
    )


def _word_table(raw: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {word: frozenset(words) for word, words in raw.items()}


def _lexicon(raw: dict[str, Any]) -> Lexicon:
    tables = {
        "collective_nouns",
        "definite_anaphors",
        "title_abbreviations",
        "bloc_demonyms",
    }
    return Lexicon(
        collective_nouns={
            word: tuple(kinds) for word, kinds in raw["collective_nouns"].items()
        },
        definite_anaphors=dict(raw["definite_anaphors"]),
        title_abbreviations=dict(raw["title_abbreviations"]),
        bloc_demonyms=dict(raw["bloc_demonyms"]),
        **{
            f.name: frozenset(raw[f.name])
            for f in fields(Lexicon)
            if f.name not in tables
        },
    )


def _modality(raw: dict[str, Any]) -> Modality:
    tables = {"auxiliaries", "governors", "governing_nouns"}
    return Modality(
        auxiliaries=dict(raw["auxiliaries"]),
        governors=dict(raw["governors"]),
        governing_nouns=dict(raw["governing_nouns"]),
        **{
            f.name: frozenset(raw[f.name])
            for f in fields(Modality)
            if f.name not in tables
        },
    )
