"""Scorer: a learned second reading of each sentence, for the pairs the rules left out.

Every sentence with a relation's trigger word and two entities of the classes
the relation takes is a *candidate*: (relation, trigger, subject, object). Its
features are binary strings — the trigger's lemma, the dependency paths from
the trigger to each argument (with their prepositions), word order, distances,
the entities in between, modal words near the trigger. A logistic model over
them (``kg/data/scorer.json``, written by ``scripts/train_scorer.py`` from
annotated news, with its out-of-fold figures) gives each candidate a
probability; a candidate the rules did not find, in any status, becomes an
event when the probability reaches the file's threshold. The event takes the
status the modality stage gives its trigger, and the file's confidence: the
precision such additions had out of fold, not the probability itself.

>>> scorer = default_scorer()
>>> 0.0 < scorer.threshold < 1.0 and 0.0 < scorer.confidence < 1.0
True
>>> round(Scorer({"rel=met_with": 2.0}, bias=-2.0, threshold=0.5, confidence=0.5).probability(["rel=met_with"]), 2)
0.5
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from kg.errors import InputError
from kg.extract.agreements import generic_agreement
from kg.extract.arguments import fits, onlooker
from kg.extract.mentions import Mentions
from kg.extract.modality import remote, reversal, reverses
from kg.extract.rules import Lexicon, RelationSpec, Rules
from kg.extract.syntax import (
    excluded,
    lists_examples,
    looking_on,
    raised_in,
    within_clause,
    within_phrase,
)
from kg.resources import data_file

__all__ = [
    "Candidate",
    "Scorer",
    "candidates",
    "default_scorer",
    "shared_probabilities",
]

#: parts of speech a trigger word may have
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
#: a path longer than this many steps is only "long"
_LONGEST_PATH = 5
#: a sentence naming more entities than this is a list, not a statement of relations
_MOST_ENTITIES = 30


@dataclass(frozen=True)
class Candidate:
    """A pair of entities of one sentence that a relation's trigger word may join."""

    spec: RelationSpec
    trigger: Token
    subject: str
    object: str
    features: list[str]
    #: the first of the coordinated names each argument stands among ("from A, B and C": A for
    #: each): the candidates of one trigger whose lists are the same are decided together
    lists: tuple[int, int] = (-1, -1)
    #: whether the scorer may add it (it learns from every candidate): not when the verb's
    #: object names no measure ("set dumping margins for A")
    addable: bool = True


@dataclass(frozen=True)
class Scorer:
    """A logistic model over candidate features, its threshold and the confidence of what it adds."""

    weights: dict[str, float]
    bias: float
    threshold: float
    confidence: float
    #: words near the trigger that are features of their own ("will", "not", "plan")
    context_words: frozenset[str] = frozenset()
    #: the relations it may add to (None: every one); one whose additions were right less than
    #: half the time out of fold adds none
    relations: frozenset[str] | None = None

    def adds_to(self, relation: str) -> bool:
        """Whether the scorer may add pairs of ``relation``."""
        return self.relations is None or relation in self.relations

    def probability(self, features: Iterable[str]) -> float:
        """The probability that a candidate with these features states its relation."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Scorer:
        """A scorer from the contents of a scorer file."""
        try:
            return cls(
                weights={str(k): float(v) for k, v in dict(data["weights"]).items()},
                bias=float(data["bias"]),
                threshold=float(data["threshold"]),
                confidence=float(data["confidence"]),
                context_words=frozenset(str(w) for w in data.get("context_words", [])),
                relations=(
                    frozenset(str(r) for r in data["relations"])
                    if "relations" in data
                    else None
                ),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise InputError(
                f"a scorer file needs weights, bias, threshold and confidence: {err!r}"
            ) from err


def default_scorer() -> Scorer:
    """The scorer in the data files in use (``kg/data/scorer.json``, or ``kg.resources.data_file``'s)."""
    return _scorer_at(data_file("scorer.json"))


@cache
def _scorer_at(path: Path) -> Scorer:
    return Scorer.from_json(json.loads(path.read_text(encoding="utf-8")))


def trigger_lemmas(spec: RelationSpec) -> frozenset[str]:
    """The words that make a sentence a candidate for ``spec``: its verbs, nouns, theme nouns (also
    those that need a modifier), collective verbs and phrasal words."""
    return (
        spec.verbs
        | spec.nouns
        | spec.theme_nouns
        | spec.collective_verbs
        | frozenset(spec.phrasal)
        | frozenset(spec.qualified_theme_nouns)
    )


def candidates(
    sent: Span, mentions: Mentions, rules: Rules, context_words: frozenset[str]
) -> Iterator[Candidate]:
    """Every candidate of one sentence, with its features; a symmetric relation's pairs once."""
    lexicon = rules.lexicon
    by_key: dict[str, list[Token]] = {}
    for i in range(sent.start, sent.end):
        key = mentions.by_token.get(i)
        if (
            key is not None
            and not generic_agreement(mentions, key)
            and not onlooker(_mention_head(mentions, i), lexicon.onlooker_nouns)
            and not looking_on(mentions.tokens[i], lexicon.onlooker_nouns)
        ):
            # "signed agreements" names none: the rules read the ones it lists, if any;
            # "with Ecuador as a witness" names no party
            by_key.setdefault(key, []).append(mentions.tokens[i])
    if not 2 <= len(by_key) <= _MOST_ENTITIES:
        return
    event_nouns = frozenset().union(*(spec.nouns for spec in rules.relations))
    for spec in rules.relations:
        words = trigger_lemmas(spec)
        other_nouns = event_nouns - spec.nouns - spec.theme_nouns
        others = frozenset().union(
            *(o.nouns | o.theme_nouns for o in rules.relations if o != spec)
        )
        triggers = [
            t
            for t in sent
            if _trigger(t, spec, words, others, rules, mentions.by_token)
        ]
        if not triggers:
            continue
        # for each trigger and entity, the entity's token nearest the trigger in the parse
        nearest = {
            (t.i, key): min(((_length(t, x), x) for x in tokens), key=lambda lx: lx[0])
            for t in triggers
            for key, tokens in by_key.items()
        }
        for a in by_key:
            if _cls(a) not in spec.subject_classes:
                continue
            for b in by_key:
                if (
                    a == b
                    or not fits(mentions, b, spec.object_classes)
                    or (spec.symmetric and b < a)
                ):
                    continue
                trigger = min(
                    triggers,
                    key=lambda t: nearest[t.i, a][0] + nearest[t.i, b][0],
                )
                x, y = nearest[trigger.i, a][1], nearest[trigger.i, b][1]
                if (
                    (not spec.symmetric and _patient(mentions, x, trigger))
                    or (not spec.symmetric and _national(mentions, x, trigger, lexicon))
                    or _apart(mentions, x, trigger)
                    or _apart(mentions, y, trigger)
                    or _describes(mentions, x, trigger)
                    or _describes(mentions, y, trigger)
                    or (spec.symmetric and _counterparts(mentions, x, y, trigger, spec))
                    or (
                        spec.symmetric
                        and _object_side(mentions, x, trigger)
                        and _object_side(mentions, y, trigger)
                    )
                    or _other_clause(mentions, x, trigger, spec, lexicon.origin_verbs)
                    or _other_clause(mentions, y, trigger, spec, lexicon.origin_verbs)
                    or _through(mentions, x, trigger, other_nouns)
                    or _through(mentions, y, trigger, other_nouns)
                    or (
                        spec.theme_nouns
                        and _through(mentions, y, trigger, lexicon.buyer_nouns)
                    )
                    or (
                        spec.theme_nouns
                        and _through(mentions, y, trigger, lexicon.cause_words, _ANY)
                    )
                    or (
                        "Agreement" in spec.object_classes
                        and _through(mentions, y, trigger, None, _VERBS)
                    )
                    or (
                        spec.theme_nouns
                        and _through(
                            mentions, y, trigger, rules.modality.reversals, _VERBS
                        )
                    )
                    or (spec.symmetric and _elsewhere(mentions, x, trigger, triggers))
                    or (spec.symmetric and _elsewhere(mentions, y, trigger, triggers))
                    or excluded(_mention_head(mentions, x.i))
                    or excluded(_mention_head(mentions, y.i))
                    or (
                        trigger.lemma_.lower() in spec.titled_object_verbs
                        and not all(mentions.entities[k].roles for k in (a, b))
                    )
                    or _inside(mentions, x, y)
                    or _inside_another(mentions, x, y)
                    or _speaker(mentions, x, lexicon)
                    or _speaker(mentions, y, lexicon)
                    or (
                        not spec.symmetric
                        and _clause_apart(
                            mentions, y, trigger, rules.modality.reversals
                        )
                    )
                    or _inside(mentions, y, x)
                    or (not spec.symmetric and _exemplified(mentions, y))
                    or (spec.theme_nouns and _between_others(mentions, y, spec))
                    or (spec.theme_nouns and _for_owned(mentions, y, trigger))
                ):
                    continue
                features = _features(
                    spec.name, trigger, x, y, a, b, by_key, mentions, context_words
                )
                yield Candidate(
                    spec,
                    trigger,
                    a,
                    b,
                    features,
                    (_first(x), _first(y)),
                    addable=not _measureless(trigger, spec),
                )


_VERBS = frozenset({"VERB", "AUX"})
_ANY = frozenset({"NOUN", "VERB", "ADP", "SCONJ", "ADV"})


def shared_probabilities(
    found: list[Candidate], probabilities: list[float]
) -> list[float]:
    """Each candidate's probability, raised to the highest of its list's: the candidates of one
    document and trigger whose arguments stand in the same coordinations ("on imports from A, B
    and C") are one decision, however far down the list a name stands.

    >>> class C:  # a stand-in with what a candidate's group is made of
    ...     def __init__(self, trigger, lists):
    ...         self.spec, self.trigger, self.lists = C, C, lists
    ...     name, i = "imposed_tariff_on", 4
    >>> shared_probabilities([C(4, (0, 7)), C(4, (0, 7)), C(4, (0, 12))], [0.9, 0.4, 0.2])
    [0.9, 0.9, 0.2]
    """
    best: dict[tuple[str, int, tuple[int, int]], float] = {}
    keys = [(c.spec.name, c.trigger.i, c.lists) for c in found]
    for key, p in zip(keys, probabilities):
        best[key] = max(best.get(key, 0.0), p)
    return [best[key] for key in keys]


def _first(token: Token) -> int:
    """The index of the first name of the coordination ``token`` stands in (its own if none)."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token.i


def _trigger(
    token: Token,
    spec: RelationSpec,
    words: frozenset[str],
    others: frozenset[str],
    rules: Rules,
    named: dict[int, str],
) -> bool:
    """Whether ``token`` is one of ``spec``'s trigger words as the rules read them: a phrasal word
    only with its preposition ("called *on*"), a theme noun not undone ("*lifted* the duties"), a
    verb whose object is none of ``others`` (the other relations' nouns)."""
    if token.pos_ not in _TRIGGER_POS:
        return False
    lemma = token.lemma_.lower()
    if lemma not in words and token.lower_ not in words:
        return False
    if spec.theme_nouns and reversal(token, rules.modality):
        return False  # "set aside the duties": undone
    if (
        lemma in spec.qualified_theme_nouns
        and lemma not in spec.verbs | spec.nouns | spec.theme_nouns
        and not spec.qualified_theme(token)
    ):
        return False  # "measures" alone are nothing; "anti-dumping measures" are duties
    if (
        spec.symmetric
        and token.pos_ in {"VERB", "AUX"}
        and any(
            c.dep_ == "dobj"
            and not (named.get(c.i) or "").startswith("Person:")
            and c.lemma_.lower() not in spec.theme_nouns | spec.nouns
            for c in token.children
        )
    ):
        return False  # "received a letter from A", "visited the grave of A": a thing, no one met
    if (
        token.pos_ in {"VERB", "AUX"}
        and spec.theme_nouns
        and not spec.verb_without_theme
        and lemma in spec.verbs
        and any(
            c.dep_ in {"dobj", "nsubjpass"}
            and any(
                t.lower_ in rules.lexicon.other_measures
                for t in (c, *(m for m in c.children if m.dep_ == "compound"))
            )
            for c in token.children
        )
    ):
        return False  # "imposed sanctions on A", "visa requirements": what was imposed is no duty
    if (
        spec.theme_nouns
        and token.pos_ in {"VERB", "AUX"}
        and any(
            c.dep_ == "prep"
            and c.lower_ == "for"
            and any(p.lemma_.lower() in spec.theme_nouns for p in c.children)
            for c in token.children
        )
    ):
        return False  # "applied for duties on A": asked for, not imposed
    if spec.theme_nouns and any(
        raised_in(t) for t in token.subtree if t.lemma_.lower() in spec.theme_nouns
    ):
        return False  # "collected $2 billion in duties": money raised, no duty imposed
    if spec.symmetric and remote(token, rules.lexicon.remote_words):
        return False  # "held talks with A by phone": a call, not a meeting
    if token.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() in others for c in token.children
    ):
        return False  # "concluded negotiations on an accord": the talks ended, nothing was signed
    preps = spec.phrasal.get(lemma)
    if preps is not None and lemma not in spec.verbs | spec.nouns | spec.theme_nouns:
        return any(  # "called on the president", not "called him on Monday"
            c.dep_ == "prep" and c.lower_ in preps and p.dep_ == "pobj" and p.i in named
            for c in token.children
            for p in c.children
        )
    return not reverses(token, rules.modality)


def _measure(noun: Token, spec: RelationSpec) -> bool:
    """Whether ``noun`` names a measure of ``spec`` ("duties", "anti-dumping measures", "tariff
    rates")."""
    return spec.theme_word(noun) or spec.qualified_theme(noun)


def _mention_head(mentions: Mentions, i: int) -> Token:
    """The token of a mention the rest of it hangs from ("Lind" of "Sara Lind")."""
    token = mentions.tokens[i]
    key = mentions.by_token.get(i)
    while token.head.i != token.i and mentions.by_token.get(token.head.i) == key:
        token = token.head
    return token


def _patient(mentions: Mentions, token: Token, trigger: Token) -> bool:
    """Whether a mention is the passive subject of the trigger, the one acted on ("Brazil was hit
    with a tariff"), never the one who acts."""
    head = _mention_head(mentions, token.i)
    if head.dep_ in {"amod", "compound", "poss"}:
        head = head.head  # "*Chinese* steelmakers were hit by US tariffs"
    return head.dep_ == "nsubjpass" and head.head == trigger


def _national(
    mentions: Mentions, token: Token, trigger: Token, lexicon: Lexicon
) -> bool:
    """Whether a would-be actor only says where something else is from ("the *Japanese* trading
    house Mitsui signed …", "*Chinese* steelmakers were hit by US tariffs"); its government, side
    or ministry acts for it ("the *Chilean* government signed", "the *Chinese* side")."""
    head = _mention_head(mentions, token.i)
    noun = head.head
    return (
        head.dep_ in {"amod", "compound"}
        and noun != trigger
        and noun.pos_ == "NOUN"
        and mentions.by_token.get(noun.i) is None
        and noun.lemma_.lower()
        not in lexicon.government_nouns | lexicon.government_bodies
    )


def _apart(mentions: Mentions, token: Token, trigger: Token) -> bool:
    """Whether a mention is the subject of a clause the trigger is not part of ("A met B, and C
    told reporters …")."""
    head = _mention_head(mentions, token.i)
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = head.head
    return verb != trigger and verb not in set(trigger.ancestors)


def _describes(mentions: Mentions, token: Token, trigger: Token) -> bool:
    """Whether a mention qualifies a description of something else ("Helios, a *Malaysian* firm"),
    another mention ("*Chile's* state company Codelco"), or is a person qualifying another noun than
    the trigger ("*Paredes's* deputy")."""
    head = _mention_head(mentions, token.i)
    key = mentions.by_token.get(head.i, "")
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in {"of", "to", "for"}
        and key.startswith("Person:")
    ):  # "the wife *of A*", "an aide *to A*": someone else, who is A's
        described = head.head.head
        return (
            described.pos_ == "NOUN"
            and described != trigger
            and mentions.by_token.get(described.i) is None
        )
    if head.dep_ not in {"amod", "compound", "poss", "nmod"}:
        return False
    if head.head.dep_ == "appos":
        return True
    described = head.head
    if {
        mentions.by_token.get(t.i)
        for t in [described, *(c for c in described.children if c.dep_ == "appos")]
    } - {None, key}:
        return True  # "*Chile's* state company Codelco": Codelco is the one that acts
    return (
        key.startswith("Person:")
        and head.head != trigger
        and mentions.by_token.get(head.head.i) is None
    )


def _between_others(mentions: Mentions, token: Token, spec: RelationSpec) -> bool:
    """Whether a mention is one side of a "between" phrase of a noun that is no word of the
    relation ("raised tariffs as a trade war *between A and B* escalated"): a matter of the two,
    not something done to either."""
    head = _mention_head(mentions, token.i)
    while head.dep_ == "conj":
        head = head.head
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "between"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() not in spec.nouns | spec.theme_nouns
    )


def _for_owned(mentions: Mentions, token: Token, trigger: Token) -> bool:
    """Whether a mention hangs from the trigger through "for" and something owned ("tariffs on A
    *for its* imports of oil from B": why, not on whom)."""
    _, down = _path(trigger, _mention_head(mentions, token.i))
    return any(
        t.lower_ == "for"
        and t.pos_ == "ADP"
        and any(
            p.dep_ == "pobj" and any(c.dep_ == "poss" for c in p.children)
            for p in t.children
        )
        for t in down[:-1]
    )


def _exemplified(mentions: Mentions, token: Token) -> bool:
    """Whether a name only qualifies a noun whose members a list names ("on several *ASEAN*
    economies, including A and B"): the members are acted on, not the name."""
    head = _mention_head(mentions, token.i)
    noun = head.head
    return (
        head.dep_ in {"compound", "amod", "nmod"}
        and noun.pos_ == "NOUN"
        and noun.tag_ == "NNS"
        and any(c.dep_ == "prep" and lists_examples(c) for c in noun.children)
    )


def _inside(mentions: Mentions, x: Token, y: Token) -> bool:
    """Whether one mention is part of the other's noun phrase ("*China's* Ministry of Commerce",
    "the joint statement of the *Pacific Mining Forum*")."""
    head, top = _mention_head(mentions, x.i), _mention_head(mentions, y.i)
    return top in head.ancestors and within_phrase(head, top)


def _speaker(mentions: Mentions, token: Token, lexicon: Lexicon) -> bool:
    """Whether a mention is who reports the event, not who takes part ("…, spokesman *A*
    said", "attributable to *A*", "according to *A*")."""
    head = _mention_head(mentions, token.i)
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in lexicon.speech_verbs:
        return True
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "to"
        and head.head.head.lower_ in {"attributable", "according"}
    )


def _inside_another(mentions: Mentions, x: Token, y: Token) -> bool:
    """Whether mention ``x`` is part of the phrase of another mention of ``y``'s class ("signed a
    grant agreement with *Japan* and a loan agreement with the World Bank": Japan is the grant
    agreement's)."""
    head, other = _mention_head(mentions, x.i), mentions.by_token.get(y.i, "")
    cls = other.split(":", 1)[0] + ":"
    return any(
        (key := mentions.by_token.get(t.i, "")).startswith(cls)
        and key != other
        and within_phrase(head, t)
        for t in head.ancestors
    )


def _counterparts(
    mentions: Mentions, x: Token, y: Token, trigger: Token, spec: RelationSpec
) -> bool:
    """Whether two people are joined by "and" as the counterparts of a verb that is not reciprocal
    ("welcomed A and B": each met whoever welcomed them, not each other)."""
    a, b = _mention_head(mentions, x.i), _mention_head(mentions, y.i)
    joined = (a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a)
    return (
        joined
        and trigger.pos_ in {"VERB", "AUX"}
        and trigger.lemma_.lower() not in spec.collective_verbs
    )


def _object_side(mentions: Mentions, token: Token, trigger: Token) -> bool:
    """Whether a mention is among the trigger's counterparts, below it as an object or in a
    prepositional phrase ("met *with A* and *with B*": A and B each met the subject, not each other;
    "talks *between* A and B" joins them)."""
    up, down = _path(trigger, _mention_head(mentions, token.i))
    if up or not down:
        return False
    first = down[0]
    if first.dep_ == "prep":
        return first.lower_ not in {"between", "among", "of"}
    return first.dep_ in {"dobj", "dative", "pobj", "attr"}


def _other_clause(
    mentions: Mentions,
    token: Token,
    trigger: Token,
    spec: RelationSpec,
    participles: frozenset[str],
) -> bool:
    """Whether a mention below the trigger sits in a clause of its own ("tariffs on imports from
    any country that *buys* Venezuelan oil": Venezuela is not what the tariffs are on)."""
    head = _mention_head(mentions, token.i)
    if trigger not in head.ancestors:
        return False
    if (
        spec.one_event_per == "object"
    ):  # signings: any other clause, or a clause of a noun
        # ("signed a law *ratifying* the accord": a law was signed)
        return not within_clause(head, trigger, participles) or any(
            t.pos_ in {"VERB", "AUX"} and t.dep_ == "acl" and t.tag_ == "VBG"
            for t in head.ancestors
            if t.i != trigger.i and trigger in t.ancestors
        )
    node = head.head
    while node != trigger:
        if node.dep_ == "relcl" and node.lemma_.lower() not in participles:
            return True
        node = node.head
    return False


def _clause_apart(
    mentions: Mentions, token: Token, trigger: Token, undoers: frozenset[str]
) -> bool:
    """Whether a mention sits in a clause the trigger's does not reach: the subject of a verb the
    trigger's clause hangs on ("Brazil hikes tariffs on Chinese steel; *Mexico* mulls a similar
    move": who acts on the event, not its object), or below a verb with a subject of its own, or
    one that spares or drops it, before the path meets the trigger's ("duties on billets, while
    Gulf states have imposed duties on tiles from *India*"; "duties on bikes from China, but
    exempted exporters from *Taiwan*"; "a probe into *Thailand* was dropped")."""
    above = {trigger.i, *(a.i for a in trigger.ancestors)}
    sparing = undoers | _SPARING
    node = _mention_head(mentions, token.i)
    if node.dep_ in {"nsubj", "nsubjpass"} and node.head in trigger.ancestors:
        return True
    while node.i not in above and node.head.i != node.i:
        if any(  # "but *exempted* exporters from Taiwan"
            c.dep_ in {"amod", "acl"} and _spares(c, sparing) for c in node.children
        ):
            return True
        if node.head.i in above:
            # "…; a probe into *Thailand* was dropped": the subject of a verb the trigger's
            # clause hangs on
            return node.dep_ in {"nsubj", "nsubjpass"} and node.head.i != trigger.i
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and (
            any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
            or _spares(node, sparing)
        ):
            return True
    return False


#: verbs that leave out of a measure what they take ("*sparing* Brazilian mills")
_SPARING = frozenset({"spare", "exclude", "exempt", "terminate", "dismiss"})


def _spares(verb: Token, sparing: frozenset[str]) -> bool:
    """Whether a verb is one of ``sparing``, by its lemma or, where the lemmatizer slips
    ("sparing" -> "spar"), by its form less "-ing", "-ed" or "-d"."""
    word = verb.lower_
    return verb.lemma_.lower() in sparing or any(
        word.endswith(end) and (word.removesuffix(end) + extra) in sparing
        for end in ("ing", "ed", "d")
        for extra in ("", "e")
    )


def _measureless(trigger: Token, spec: RelationSpec) -> bool:
    """Whether a verb of a relation with theme nouns takes an object that names no measure, or
    none, with no measure anywhere below it and no rate ("*set* dumping margins for A": a finding,
    no duty; "*retaliated* against A": not said how; but "slapped an extra 10% on A")."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return (
        bool(spec.theme_nouns)
        and not spec.verb_without_theme
        and trigger.pos_ in _VERBS
        and (
            not objects
            or any(
                c.pos_ in {"NOUN", "PROPN"}  # "notified Moldova that …": no measure
                and not any(n.dep_ == "nummod" for n in c.subtree)
                for c in objects
            )
        )
        and not any(_measure(t, spec) for t in trigger.subtree)
    )


def _through(
    mentions: Mentions,
    token: Token,
    trigger: Token,
    lemmas: frozenset[str] | None,
    pos: frozenset[str] = frozenset({"NOUN"}),
) -> bool:
    """Whether a mention hangs from the trigger through a word of ``lemmas`` (any word, with
    None) of a part of speech in ``pos``: another relation's event noun ("the accord was
    concluded after a *meeting* between A and B": A and B met, they did not conclude it), a
    buyer ("tariffs on *buyers* of Russian oil"), a verb that undoes or spares ("imposed duties
    on A but *exempted* imports from B"), any other verb ("signed a plan of action to
    *implement* the strategic partnership": what the thing signed implements, not what was
    signed)."""
    _, down = _path(trigger, _mention_head(mentions, token.i))
    return any(
        t.pos_ in pos and (lemmas is None or t.lemma_.lower() in lemmas)
        for t in down[:-1]
    )


def _elsewhere(
    mentions: Mentions, token: Token, trigger: Token, triggers: list[Token]
) -> bool:
    """Whether a mention hangs from the trigger only through another clause, another trigger or
    another mention ("A, *accompanied by* B, met C"; "met C after A's *meeting* with B"; "met A,
    the envoy of B")."""
    _, down = _path(trigger, _mention_head(mentions, token.i))
    key = mentions.by_token.get(token.i)
    return any(
        t.pos_ in {"VERB", "AUX"}
        or (t in triggers and t != trigger)
        or mentions.by_token.get(t.i) not in {None, key}
        for t in down[:-1]
    )


def _cls(key: str) -> str:
    return key.split(":", 1)[0]


def _path(a: Token, b: Token) -> tuple[list[Token], list[Token]]:
    """The tokens from ``a`` up to the lowest common ancestor, and from it down to ``b``."""
    up, down = [a, *a.ancestors], [b, *b.ancestors]
    at = {t.i: k for k, t in enumerate(down)}
    for k, t in enumerate(up):
        if t.i in at:
            return up[:k], list(reversed(down[: at[t.i]]))
    return up, list(reversed(down))  # no common ancestor (two roots)


def _length(a: Token, b: Token) -> int:
    up, down = _path(a, b)
    return len(up) + len(down)


def _step(token: Token) -> str:
    """A path step: its dependency label, with the word for prepositions ("prep(with)")."""
    if token.dep_ in {"prep", "agent", "dative"} or token.pos_ == "ADP":
        return f"{token.dep_}({token.lower_})"
    return token.dep_


def _path_text(up: list[Token], down: list[Token]) -> str:
    if len(up) + len(down) > _LONGEST_PATH:
        return "long"
    return "^".join(_step(t) for t in up) + "|" + "v".join(_step(t) for t in down)


def _features(
    name: str,
    trigger: Token,
    x: Token,
    y: Token,
    a: str,
    b: str,
    by_key: dict[str, list[Token]],
    mentions: Mentions,
    context_words: frozenset[str],
) -> list[str]:
    """The features of one candidate: ``x`` and ``y`` are the tokens of ``a`` and ``b`` nearest the trigger."""
    doc = trigger.doc
    path_a, path_b = _path(trigger, x), _path(trigger, y)
    pa, pb = _path_text(*path_a), _path_text(*path_b)
    order = "".join(k for _, k in sorted([(x.i, "a"), (y.i, "b"), (trigger.i, "t")]))
    first, last = min(x.i, y.i, trigger.i), max(x.i, y.i, trigger.i)
    others = {
        mentions.by_token[i] for i in range(first, last) if i in mentions.by_token
    } - {a, b}
    same_class = {k for k in others if _cls(k) in {_cls(a), _cls(b)}}
    near = (
        {c.lower_ for c in trigger.children}
        | {c.lemma_.lower() for c in trigger.head.children}
        | {trigger.head.lemma_.lower()}
    )
    features = [
        f"rel={name}",
        f"{name}:trig={trigger.lemma_.lower()}",
        f"{name}:tpos={trigger.pos_}",
        f"{name}:pa={pa}",
        f"{name}:pb={pb}",
        f"{name}:pab={pa}&{pb}",
        f"pa={pa}",
        f"pb={pb}",
        f"{name}:la={min(len(path_a[0]) + len(path_a[1]), 6)}",
        f"{name}:lb={min(len(path_b[0]) + len(path_b[1]), 6)}",
        f"{name}:ord={order}",
        f"ca={_cls(a)}",
        f"cb={_cls(b)}",
        f"{name}:cls={_cls(a)}>{_cls(b)}",
        f"span={min((last - first) // 5, 8)}",
        f"others={min(len(others), 4)}",
        f"{name}:samecls_between={min(len(same_class), 3)}",
        f"tdep={trigger.dep_}",
        f"theaddep={trigger.head.pos_}",
        f"{name}:tense={trigger.tag_}",
        f"{name}:ranka={_rank(trigger, a, by_key)}",
        f"{name}:rankb={_rank(trigger, b, by_key)}",
        f"{name}:nb={min(sum(_cls(k) == _cls(b) for k in by_key), 4)}",
    ]
    features += [f"mod={w}" for w in sorted(near & context_words)]
    if any(c.dep_ == "neg" for c in trigger.children):
        features.append("neg")
    if x.i - x.sent.start < 3:
        features.append("a_at_start")
    if y.head.i == x.i or x.head.i == y.i:
        features.append(f"{name}:direct_{x.dep_ if x.head.i == y.i else y.dep_}")
    if (x.dep_ == "conj" and x.head.i == y.i) or (y.dep_ == "conj" and y.head.i == x.i):
        features.append(f"{name}:conj_ab")
    for arg, role in ((y, "tb"), (x, "ta")):
        words = {
            t.lower_ for t in doc[min(trigger.i, arg.i) + 1 : max(trigger.i, arg.i)]
        }
        features += [f"{name}:{role}_{w}" for w in sorted(words & context_words)]
    return features


def _rank(trigger: Token, key: str, by_key: dict[str, list[Token]]) -> int:
    """How many entities of ``key``'s class stand nearer the trigger than it (at most 3)."""

    def distance(k: str) -> int:
        return min(abs(t.i - trigger.i) for t in by_key[k])

    own = distance(key)
    return min(sum(distance(k) < own for k in by_key if _cls(k) == _cls(key)), 3)
