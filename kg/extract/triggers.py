"""Triggers: the words that state a relation, and one handler per kind of trigger.

``TRIGGER_KINDS`` is the table the sentence loop reads: for a token that is
one of a relation's trigger words, every kind whose test holds runs its
handler, in the table's order. A handler finds the subjects and objects around
its trigger (through ``Arguments``), the status (through ``modality``), and
records the events (through ``EventRecorder``).

- verb: "A *signed* the accord", "A *imposed* duties on B" (a theme noun),
  "the deal, *signed* by A and B";
- light verb: a trigger noun as the object of a theme verb, "A *held talks* with B";
- noun: "the *signing* of the pact by A", "a *meeting* between A and B",
  "U.S. *tariffs* on Mexico";
- collective: a plural subject with no object, "A and B *met*";
- members: the relation's subjects listed, "*Signatories* of the charter include A and B".

A listing verb ("The 12 nations *include* A, B and C") names the members of a
group an earlier trigger left unnamed: ``name_group``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import combinations

from spacy.tokens import Span, Token

from kg.extract.agreements import generic_agreement, names_partner
from kg.extract.arguments import Arguments, onlooker
from kg.extract.discourse import Discourse, UnnamedGroup
from kg.extract.events import EventRecorder
from kg.extract.lists import mention_end, named_after, named_before
from kg.extract.mentions import Mentions
from kg.extract.modality import event_status, remote, reversal, standing, undone
from kg.extract.model import Event
from kg.extract.people import unrecognised_person
from kg.extract.rules import RelationSpec, Rules
from kg.extract.syntax import (
    RELATIVE_PRONOUNS,
    WEEKDAYS,
    copula_counting,
    in_headline,
    line_of,
    list_goes_on,
    listed_after_colon,
    objects_of,
    plain_path,
    prep_objects_of,
    raised_in,
    reciprocal,
    sentence_of,
    window_start,
    with_conjuncts,
    within_phrase,
)
from kg.text import bare_name

__all__ = [
    "LISTING_VERBS",
    "Stages",
    "TRIGGER_KINDS",
    "TriggerKind",
    "Word",
    "name_agreements",
    "name_group",
    "name_targets",
    "trigger_words",
]

#: verbs that list the members of a group ("The 12 nations include A, B and C")
LISTING_VERBS = frozenset({"include", "comprise"})
#: prepositions that set someone apart from the clause ("*Unlike* A, B met C")
_CONTRASTING = frozenset({"unlike", "like", "besides", "except", "apart"})


@dataclass
class Stages:
    """The stages a trigger handler reads and writes, for one document."""

    rules: Rules
    mentions: Mentions
    discourse: Discourse
    arguments: Arguments
    recorder: EventRecorder

    def status(self, spec: RelationSpec, trigger: Token) -> str:
        """The status the words around ``trigger`` give an event of ``spec`` (a noun's also those
        of the verb whose object it is: "is to call on A and hold *talks* with B")."""
        status = event_status(trigger, self.rules.modality, spec.factual_governors)
        verb = trigger
        noun = (  # "is expected to issue *duty* orders": the orders' verb is the duty's
            trigger.head
            if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN"
            else trigger
        )
        if (
            status == "asserted"
            and noun.pos_ in {"NOUN", "PROPN"}
            and noun.dep_ == "dobj"
            and noun.head.pos_ in {"VERB", "AUX"}
        ):
            verb = noun.head
            status = event_status(verb, self.rules.modality, spec.factual_governors)
        if status == "asserted" and self._purpose(verb):
            return (
                "planned"  # "travelled to Lima to sign the accord": what for, not done
            )
        return status

    def _purpose(self, verb: Token) -> bool:
        """Whether a verb is what someone went or met for ("met B in Lima *to sign* the
        agreement"), not the errand someone was sent on ("sent A *to meet* B": A met B)."""
        return (
            verb.dep_ == "advcl"
            and verb.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.lemma_.lower() not in self.rules.lexicon.sending_verbs
        )

    def nominal_confidence(self, spec: RelationSpec) -> float:
        """The confidence of an event found through a noun (or a plural subject) rather than a verb."""
        return spec.confidence - self.rules.penalties.nominal_trigger

    def named_after_copula(
        self, trigger: Token, classes: frozenset[str] = frozenset({"Person"})
    ) -> list[str]:
        """Those of ``classes`` a copula (or "include") lists for the group a relative clause
        of ``trigger`` describes ("The four envoys *who paid calls on A* were B, C and D",
        "Among those *he met* were B, C and D": B, C and D)."""
        verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
        group = verb.head
        if verb.dep_ != "relcl" or group.pos_ not in {"NOUN", "PRON"}:
            return []
        if group.dep_ == "pobj" and group.head.lower_ == "among":
            # "Among those he met were A, B and C"
            copula, slots = group.head.head, {"nsubj", "attr"}
        elif group.dep_ == "nsubj":
            # "The four envoys who paid calls on A were B, C and D"; "Those he met included A"
            copula, slots = group.head, {"attr", "dobj"}
        else:
            return []
        if copula.lemma_ not in {"be", "include"}:
            return []
        return [
            e
            for c in copula.children
            if c.dep_ in slots and c != group
            for e in self.arguments.entities(c, classes)
        ]

    def _player(self, parties: list[str]) -> bool:
        """Whether one of the parties is named as a player ("striker A")."""
        roles = self.rules.lexicon.sport_roles
        mentions = self.mentions
        return any(
            word in roles
            for key in parties
            if (entity := mentions.entities.get(key)) is not None
            for role in entity.roles
            for word in role.lower().split()
        ) or any(  # "Brazilian striker A", a role in lower case
            i > 0 and mentions.lowers[i - 1] in roles
            for i, key in mentions.by_token.items()
            if key in parties and mentions.by_token.get(i - 1) != key
        )

    def _countries(self, person: str) -> set[str]:
        """The countries a person is known to be of (none if the person is unknown)."""
        entity = self.mentions.entities.get(person)
        return entity.affiliations if entity is not None else set()

    def _one_country(self, a: str, b: str) -> bool:
        """Whether two people are known to be of one country."""
        return bool(self._countries(a) & self._countries(b))

    def _one_side(self, people: list[str]) -> bool:
        """Whether two or more people are not known to come from different countries."""
        people = list(dict.fromkeys(people))
        return len(people) >= 2 and not all(
            self._countries(a)
            and self._countries(b)
            and not self._countries(a) & self._countries(b)
            for a, b in combinations(people, 2)
        )

    def record(
        self,
        spec: RelationSpec,
        trigger: Token,
        subjects: list[str],
        objects: list[str],
        status: str,
        *,
        confidence: float,
    ) -> None:
        """Record the events of a trigger, less sure if an argument had to be inferred; an actor
        with nothing acted on is remembered for a later sentence to complete."""
        if spec.symmetric and remote(trigger, self.rules.lexicon.remote_words):
            return  # "held talks with A by phone": a call, not a meeting
        if "Agreement" in spec.object_classes and self._player(subjects):
            return  # "inked a deal with Brazilian striker A": a transfer, no agreement
        if spec.symmetric and _contest(
            trigger, self.rules.lexicon.contest_words, spec.nouns
        ):
            return  # "met A in the final": a game, not a meeting
        if spec.symmetric and _joining(trigger, self.rules.lexicon.membership_nouns):
            return  # "welcomed A to the race": a new member, not a guest
        if spec.symmetric and objects and not subjects:
            members = self.named_after_copula(trigger)
            if members:
                # "The four envoys who paid courtesy calls on A were B, C, D and E": each met A
                for member in members:
                    self.record(
                        spec, trigger, [member], objects, status, confidence=confidence
                    )
                return
        if spec.symmetric and objects and self._one_side(subjects):
            # "Prime Minister A and Foreign Minister B met C": each met C; A and B came
            # together (people of different countries would be a three-way meeting)
            for subject in dict.fromkeys(subjects):
                self.record(
                    spec, trigger, [subject], objects, status, confidence=confidence
                )
            return
        if spec.symmetric and not objects and len(set(subjects)) >= 3:
            # "Prime Minister A, Foreign Minister B and President C held talks": A and B, of one
            # country, came together to meet C
            people = list(dict.fromkeys(subjects))
            pairs = [
                (a, b)
                for a, b in combinations(people, 2)
                if not self._one_country(a, b)
            ]
            if len(pairs) < len(people) * (len(people) - 1) // 2:
                for a, b in pairs:
                    self.record(spec, trigger, [a], [b], status, confidence=confidence)
                return
        if subjects and not objects and status == "asserted":
            self.discourse.unfinished[spec.name] = (list(subjects), trigger.i)
        pair = list(dict.fromkeys([*subjects, *objects]))
        if (
            spec.symmetric
            and status == "asserted"
            and len(pair) == 2
            and not _said_in_passing(trigger)
        ):
            # the two who just met: "the two leaders" of what follows
            self.discourse.last_pair = (pair, trigger.i)
        self.recorder.record(
            spec,
            trigger,
            subjects,
            objects,
            status,
            confidence=confidence,
            inferred=self.arguments.inferred > 0,
        )


#: conjunctions of a clause that tells when, in passing ("a day *after* B held talks with C")
_WHEN_MARKS = frozenset({"after", "before", "since", "until", "while", "when"})


def _said_in_passing(trigger: Token) -> bool:
    """Whether a trigger's clause only tells when the main one happened ("A hosted B, a day after
    B held talks with C": not the two "the two leaders" then means)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    return any(c.dep_ == "mark" and c.lower_ in _WHEN_MARKS for c in verb.children) or (
        verb.dep_ == "pcomp" and verb.head.lower_ in _WHEN_MARKS
    )


_CONTEST_PREPS = frozenset({"in", "for", "at"})


def _contest(trigger: Token, words: frozenset[str], talks: frozenset[str]) -> bool:
    """Whether players met in or for a contest ("met A in the semi-final", "for the title"),
    the phrase hung on the verb or on its object."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return any(
        (p.lemma_.lower() in words or _joined_word(p) in words)
        # "for a round of talks": the talks' round, no game
        and not any(
            o.lemma_.lower() in talks for o in prep_objects_of(p, frozenset({"of"}))
        )
        for h in heads
        for p in prep_objects_of(h, _CONTEST_PREPS)
    )


def _joined_word(token: Token) -> str:
    """The word a token is part of with no space between ("semi-final" of "semi", "-", "final")."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_:
        end += 1
    return doc[start:end].text.lower()


def _joining(trigger: Token, nouns: frozenset[str]) -> bool:
    """Whether someone is welcomed to or into a body as a member ("welcomed A to the race",
    "into the party")."""
    return trigger.lemma_.lower() == "welcome" and any(
        p.lemma_.lower() in nouns
        for p in prep_objects_of(trigger, frozenset({"to", "into"}))
    )


@dataclass(frozen=True)
class Word:
    """A token the sentence loop reads, with the forms the tests look at."""

    token: Token
    lemma: str
    lower: str
    pos: str


@dataclass(frozen=True)
class TriggerKind:
    """One kind of trigger: when a word is one for a relation, and what reads its arguments."""

    name: str
    test: Callable[[RelationSpec, Word], bool]
    handle: Callable[[Stages, RelationSpec, Token], None]


def trigger_words(rules: Rules) -> frozenset[str]:
    """Every lemma or lower-case word that can trigger some relation (most tokens are none)."""
    return frozenset().union(
        *(
            spec.verbs
            | spec.nouns
            | spec.collective_verbs
            | spec.member_nouns
            | set(spec.phrasal)
            | set(spec.idioms)
            | (set(spec.qualified_theme_nouns) if spec.nouns else set())
            for spec in rules.relations
        ),
        LISTING_VERBS,
    )


# --------------------------------------------------------------------------- tests


def _phrasal(spec: RelationSpec, word: Word) -> bool:
    """A word that triggers only with its preposition: "called on the president", not "called him
    on Monday", nor "called on A to resign" (urged)."""
    preps = spec.phrasal.get(word.lemma)
    if preps is None or any(
        c.dep_ == "xcomp"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in word.token.children
    ):
        return False
    verb = word.token
    if any(
        c.dep_ in _PARTICLES
        and c.lower_ in preps
        and any(
            p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"} for p in c.children
        )
        for c in verb.children
    ):
        return True
    bare = _bare_particle(verb, preps)
    return (
        bare is not None
        and any(  # "called on Prime Minister A": A the verb's object
            d.dep_ == "dobj" and d.i > bare.i and d.ent_type_ == "PERSON"
            for d in verb.children
        )
    )


#: the parser's dependencies of a phrasal verb's preposition ("called *on* A": a particle too)
_PARTICLES = frozenset({"prep", "prt"})


def _bare_particle(verb: Token, preps: Iterable[str]) -> Token | None:
    """A phrasal verb's preposition the parser left without its object ("called on | Prime
    Minister A", A made the verb's object)."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in _PARTICLES and c.lower_ in preps and not any(c.children)
        ),
        None,
    )


def _is_verb(spec: RelationSpec, word: Word) -> bool:
    return word.pos in {"VERB", "AUX"} and (
        word.lemma in spec.verbs or _phrasal(spec, word) or _idiom(spec, word.token)
    )


#: the prepositions of an idiom's objects, besides the relation's own ("put her signature *to*
#: the accord", "put pen to paper *on* the deal", "exchanged views *with* B")
_IDIOM_PREPS = frozenset({"to", "on"})


def _idiom(spec: RelationSpec, verb: Token) -> bool:
    """A verb that triggers only with one of its idiom's objects ("*put* pen to paper")."""
    nouns = spec.idioms.get(verb.lemma_.lower(), frozenset())
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _is_trigger_noun(spec: RelationSpec, word: Word) -> bool:
    """A noun trigger the verb above it does not already read ("imposed *tariffs* on …")."""
    noun = word.token
    if word.pos not in {"NOUN", "PROPN"} or not (
        word.lemma in spec.nouns
        or word.lower in spec.nouns
        or _phrasal(spec, word)
        or (
            spec.nouns and spec.qualified_theme(noun)
        )  # "the anti-dumping *measures* on A"
    ):
        return False
    return not (
        spec.theme_nouns
        and noun.head.lemma_.lower() in spec.verbs
        and noun.dep_ in {"dobj", "nsubjpass", "pobj"}
    )


def _light_verb(spec: RelationSpec, noun: Token) -> Token | None:
    """The light verb of the relation whose object is ``noun`` ("*held* talks"), or whose object
    is a measure of it ("*held* two days of talks", "the first round of talks")."""
    measure = noun
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.pos_ == "NOUN"
        and noun.head.head.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}
    ):
        measure = noun.head.head
    if measure.dep_ == "dobj" and measure.head.lemma_.lower() in spec.theme_verbs:
        return measure.head
    return None


def _under_light_verb(spec: RelationSpec, noun: Token) -> bool:
    """Whether a noun is the object of one of the relation's light verbs ("*held* talks")."""
    return _light_verb(spec, noun) is not None


def _is_light_verb_object(spec: RelationSpec, word: Word) -> bool:
    return _is_trigger_noun(spec, word) and _under_light_verb(spec, word.token)


def _is_noun(spec: RelationSpec, word: Word) -> bool:
    return _is_trigger_noun(spec, word) and not _under_light_verb(spec, word.token)


def _is_collective(spec: RelationSpec, word: Word) -> bool:
    return word.pos == "VERB" and word.lemma in spec.collective_verbs


def _is_member_noun(spec: RelationSpec, word: Word) -> bool:
    return word.pos == "NOUN" and (
        word.lemma in spec.member_nouns or word.lower in spec.member_nouns
    )


# --------------------------------------------------------------------------- verbs


#: what makes a meeting with several counterparts one meeting of all ("a *trilateral* meeting
#: with B and C")
_ALL_TOGETHER = frozenset({"trilateral", "tripartite", "three-way", "quadrilateral"})


def _all_together(noun: Token) -> bool:
    """Whether a meeting noun says that all its participants met together ("a *trilateral*
    meeting")."""
    return any(c.lower_ in _ALL_TOGETHER for c in noun.children if c.dep_ == "amod")


def verb_trigger(stages: Stages, spec: RelationSpec, verb: Token) -> None:
    """ "A signed the accord with B", "A imposed duties on B", "the deal, signed by A and B"."""
    if "Agreement" in spec.object_classes and _into_law(verb):
        return  # "signed the budget plan into law": a law, no agreement between parties
    if spec.theme_nouns and reversal(verb, stages.rules.modality):
        return  # "the court set aside the duties": undone, not imposed
    if verb.lemma_.lower() in stages.rules.modality.unfinished_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in stages.rules.lexicon.draft_nouns
        for c in verb.children
    ):
        return  # "finalised the text of the accord": agreed on, not signed
    arguments = stages.arguments
    subjects, passive = arguments.subjects(verb, spec.subject_classes)
    named_subjects = bool(subjects)  # not those "with" brings ("… signed it with B")
    objects: list[str] = []
    theme: Token | None = None
    if spec.theme_nouns:
        lexicon = stages.rules.lexicon
        theme = _theme(spec, verb, lexicon.quantity_nouns | lexicon.action_nouns)
        misread = _relative_read_as_participle(verb)
        if theme is None and misread is not None and spec.theme_word(misread[0]):
            # "the tariffs on B that A introduced in March remain": the parser made
            # "introduced" A's participle and "that" the subject of "remain"
            theme, subjects = (
                misread[0],
                arguments.entities(misread[1], spec.subject_classes),
            )
        if theme is None and (
            not spec.verb_without_theme or not (spec.object_deps or spec.object_preps)
        ):
            return
    if theme is not None and not spec.symmetric and not subjects and not passive:
        # "Trump imposed a 25% tariff on …", the model missing the name: who imposes duties by
        # a one-word name no gazetteer knows is a person
        subjects = [
            key
            for c in verb.children
            if c.dep_ == "nsubj" and c.pos_ == "PROPN"
            if (key := unrecognised_person(stages.mentions, c)) is not None
        ]
    if (
        not passive
        and verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and (
            any(
                c.dep_ == "agent"
                or (c.dep_ == "prep" and c.lower_ in spec.co_subject_preps)
                for c in verb.children
            )
            # "B, hit with a 50% tariff, …"
            or (
                theme is not None
                and theme.head.lower_ == "with"
                and theme.head.head == verb
            )
        )
    ):
        # "the deal, signed in 2019 by Chile and Peru", "a deal struck between A and B":
        # the noun is the object, the agent (or those it is between) the subject
        subjects, passive = (
            arguments.prep_objects(verb, frozenset({"by"}), spec.subject_classes),
            True,
        )
        if "nsubjpass" in spec.object_deps:
            objects.extend(_named_above(arguments, verb.head, spec.object_classes))
        if spec.theme_nouns and verb.head.lemma_.lower() in spec.theme_nouns:
            theme = verb.head
    elif not passive and (signed := _participle_read_as_verb(arguments, spec, verb)):
        # "a deal struck between A and B sparked protests": the parser made the deal the
        # participle's subject; the deal is the object, those it is between the subjects
        subjects, passive = [], True
        objects.extend(signed)
    if passive:
        shared = [  # "A arrived on Sunday and was welcomed by B": the first verb's subject
            c
            for c in verb.head.children
            if verb.dep_ == "conj"
            and not any(d.dep_ == "nsubjpass" for d in verb.children)
            and c.dep_ in {"nsubj", "nsubjpass"}
            and "nsubjpass" in spec.object_deps
        ]
        for c in [*verb.children, *shared]:
            if c in shared or (
                c.dep_ == "nsubjpass" and "nsubjpass" in spec.object_deps
            ):
                # "the agreement on the pipeline, which was signed by A": the agreement
                objects.extend(_object_named(arguments, verb, c, spec.object_classes))
            if c.dep_ == "nsubjpass" and c.lemma_.lower() in spec.theme_nouns:
                theme = c
        if theme is not None and (
            theme.head.dep_ == "agent"
            or (theme.head.lower_ == "of" and theme.head.head.head.dep_ == "agent")
        ):
            # "Chinese steelmakers were hit by US tariffs": the tariffs' owner imposes them on
            # the ones hit
            subjects = _owners(arguments, spec, theme) or [
                # "Malaysia was hit by a 19% tariff imposed by the United States"
                e
                for m in theme.children
                if m.dep_ == "acl" and m.tag_ == "VBN"
                for a in m.children
                if a.dep_ == "agent"
                for p in a.children
                if p.dep_ == "pobj"
                for e in arguments.entities(p, spec.subject_classes)
            ]
            objects.extend(
                e
                for c in verb.children
                if c.dep_ == "nsubjpass"
                for e in arguments.entities(c, spec.object_classes, deep=True)
            )
            if verb.dep_ == "acl" and "nsubjpass" not in spec.object_deps:
                # "B was among the countries hit by US tariffs": those the participle is on
                objects.extend(_named_above(arguments, verb.head, spec.object_classes))
    elif _partners_apart(stages, spec, verb, subjects):
        return
    else:
        _direct_objects(stages, spec, verb, subjects, objects)
    if _idiom(spec, verb):
        # "put pen to paper on the deal": what is "to" or "on" it; or the verb's other object,
        # where the parser left "on" bare ("put pen to paper on | the pact")
        nouns = spec.idioms[verb.lemma_.lower()]
        objects.extend(
            e
            for t in verb.subtree
            if (t.dep_ == "prep" and t.lower_ in _IDIOM_PREPS | spec.object_preps)
            or (t.dep_ == "dobj" and t.head == verb and t.lemma_.lower() not in nouns)
            for p in (objects_of(t) if t.dep_ == "prep" else [t])
            for e in arguments.entities(p, spec.object_classes)
        )
    subjects.extend(
        arguments.prep_objects(verb, spec.co_subject_preps, spec.subject_classes)
    )
    object_preps = spec.object_preps | spec.phrasal.get(
        verb.lemma_.lower(), frozenset()
    )
    # "entered into an agreement with Ethiopia", "called on President A"
    for p in prep_objects_of(verb, object_preps):
        if onlooker(p, stages.rules.lexicon.onlooker_nouns):
            continue  # "with A as a witness", "with A in attendance"
        found = arguments.entities(p, spec.object_classes, deep=bool(spec.theme_nouns))
        objects.extend(found)
        if found and not spec.symmetric:
            subjects.extend(
                arguments.prep_objects(p, spec.co_subject_preps, spec.subject_classes)
            )
    if theme is not None:
        objects.extend(_theme_targets(arguments, spec, verb, theme))
        if theme.head.dep_ == "prep" and theme.head.head == verb:
            # "hit Brazil with a 50% tariff", "Brazil was hit with a 50% tariff": the verb's
            # object is the target
            for c in verb.children:
                if c.dep_ == ("nsubjpass" if passive else "dobj"):
                    objects.extend(
                        arguments.entities(c, spec.object_classes, deep=True)
                    )
            if passive and verb.dep_ == "acl" and "nsubjpass" not in spec.object_deps:
                # "B, hit with a 50% tariff, …", "B was among the countries hit with …"
                objects.extend(_named_above(arguments, verb.head, spec.object_classes))
            if passive and not subjects:  # "… with a 50% tariff by the United States"
                subjects = arguments.prep_objects(
                    theme, frozenset({"by"}), spec.subject_classes
                )
            if passive and not subjects:  # "India was hit with a 25% US tariff"
                subjects = [
                    e for e in _owners(arguments, spec, theme) if e not in objects
                ]
            if passive and not subjects:
                # "Trump announced tariffs. India was hit with a 50% levy."
                subjects = _last_imposer(stages, spec, verb)
                arguments.inferred += bool(subjects)
            if passive and objects:
                # "A was hit with 39%, B with 35% and C with 25%": each with its own
                objects.extend(_rates_after(stages.mentions, theme))
        if not objects and not spec.symmetric:
            # the parser hung "on …" somewhere else in the clause
            objects.extend(
                arguments.clause_targets(verb, spec.theme_preps, spec.object_classes)
            )
        if not objects and subjects and not passive and _definite(theme):
            # "India imposed duties on rods from Vietnam. The ministry said it had imposed the
            # duty after a probe": the duties of the last imposition
            objects.extend(_last_targets(stages, spec, verb, subjects))
            arguments.inferred += bool(objects)
        if not objects and subjects and _goods_named_before(spec, verb, theme):
            # "… pipe exported from Thailand and Malaysia. Australia imposed duties on the
            # goods.": where the goods the sentence before told of come from
            objects.extend(_origins_before(stages, spec, verb))
            arguments.inferred += bool(objects)
    if (
        passive
        and not subjects
        and objects
        and theme is not None
        and theme.dep_ == "nsubjpass"
    ):
        if _definite(theme):
            # "Brazil imposed duties on Monday. The duties are levied on steel from China."
            subjects = _last_imposer(stages, spec, theme)
        else:
            # "The Commission adopted a regulation. A definitive duty is imposed on imports
            # from China.": who issued the instrument just named
            subjects = _issuer(stages, spec, theme)
        arguments.inferred += bool(subjects)
    instrument = _instrument_subject(stages, verb)
    if not subjects and theme is not None and instrument is not None:
        # "Trump's order sets tariffs of 39% on B"; "Trump signed an executive order. The
        # order imposes a 25% duty on steel from Brazil." (With no target named, the issuer
        # stays the imposer of the targets the text goes on to give.)
        subjects = [
            e
            for c in instrument.children
            if c.dep_ == "poss"
            for e in arguments.entities(c, spec.subject_classes)
        ]
        if not subjects:
            subjects = _issuer(stages, spec, instrument) or _last_imposer(
                stages, spec, verb
            )
            arguments.inferred += bool(subjects)
    if not subjects and not passive and not spec.symmetric:
        # "The countries that signed the charter are A, B and C"
        subjects = stages.named_after_copula(verb, spec.subject_classes)
    if not subjects and not passive and sentence_of(verb).start == verb.i:
        # "Signed the agreement: A, B and C."
        subjects = [
            e
            for c in verb.children
            if c.dep_ in spec.object_deps
            for a in c.children
            if a.dep_ == "appos"
            for e in arguments.entities(a, spec.subject_classes)
        ]
    if spec.symmetric and not objects and subjects:
        # "met on the sidelines of the summit with B"
        objects.extend(
            arguments.clause_targets(verb, object_preps, spec.object_classes)
        )
    if not passive and theme is None and not (subjects and objects):
        _read_along(stages, spec, verb, subjects, objects)
    if not objects and subjects and not passive:
        objects.extend(_unsaid_object(stages, spec, verb))
    if spec.symmetric and not objects and subjects:
        # "Among those he met were A, B and C"
        objects.extend(stages.named_after_copula(verb))
    if spec.symmetric and not objects and subjects and not passive:
        # "A received at the palace today President B", as Gulf wires write it: the parser
        # made B the place's apposition or the verb's adverbial
        displaced = [
            c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
        ] + [
            a
            for p in prep_objects_of(verb, frozenset({"at", "in", "on"}))
            for a in p.children
            if a.dep_ == "appos"
        ]
        objects.extend(
            e
            for c in displaced
            for e in arguments.entities(c, spec.object_classes)
            if e.startswith("Person:")
        )
    if spec.symmetric and theme is not None and _all_together(theme):
        # "joined a trilateral meeting with B and C": all three met, B and C too
        subjects, objects = list(dict.fromkeys([*subjects, *objects])), []
    if spec.symmetric and not objects:
        if len(subjects) < 2:
            # "Ministers from three countries met", "A received three governors": who they
            # are, the next sentence may say
            _remember_unnamed_group(
                stages.discourse,
                spec,
                verb,
                subjects,
                _verb_status(stages, spec, verb, theme),
                deps=frozenset({"dobj"} if subjects else {"nsubj"}),
            )
        return
    if (
        theme is not None
        and (undoer := standing(theme, stages.rules.modality)) is not None
        and (
            not subjects
            or any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)
        )
    ):  # "urged Peru to withdraw the duty (it) imposed on B": the one asked imposed it
        subjects = _asked(arguments, spec, undoer)
    status = _verb_status(stages, spec, verb, theme)
    if any(c.lower_ == "respectively" for c in verb.children) and (
        len(set(objects)) > 1
    ):
        # "A and B met C and D respectively": A with C, B with D, if the lists match (not "the
        # MoU was signed by A and B, the ministers of X and Y respectively": both signed it)
        subjects, objects = list(dict.fromkeys(subjects)), list(dict.fromkeys(objects))
        if len(subjects) == len(objects):
            for one, other in zip(subjects, objects, strict=True):
                stages.record(
                    spec, verb, [one], [other], status, confidence=spec.confidence
                )
        return
    if (
        not objects
        and len(set(subjects)) >= 2
        and not spec.symmetric
        and spec.theme_nouns
        and reciprocal(verb)
    ):
        # "A and B slapped duties on each other's goods": each on the others
        for imposer in dict.fromkeys(subjects):
            others = [k for k in dict.fromkeys(subjects) if k != imposer]
            stages.record(
                spec, verb, [imposer], others, status, confidence=spec.confidence
            )
        return
    if objects and not named_subjects:
        # "Twelve nations signed the charter", "Four ambassadors called on A", "Four states
        # signed an accord with B": who, the next sentence may say
        _remember_unnamed_group(stages.discourse, spec, verb, objects, status)
    if not spec.symmetric and subjects:
        subjects = [*subjects, *_fellow_subjects(arguments, spec, verb)]
    stages.record(spec, verb, subjects, objects, status, confidence=spec.confidence)


def _fellow_subjects(
    arguments: Arguments, spec: RelationSpec, verb: Token
) -> list[str]:
    """Who did the same as the verb's subject: "A signed the accord, *as did B*"; "A signed
    it; *so did B*"; "A joined (followed) *B* in signing the accord", "A was joined by *B* in
    signing it", "A, together with *B*, signed it"."""
    others: list[Token] = [
        s
        for c in verb.children
        if c.dep_ == "advcl"
        and c.lemma_ == "do"
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        for s in c.children
        if s.dep_ == "nsubj"
    ]
    others += [  # "A, together with B, signed": the parser hung "with" on A
        p
        for subject in verb.children
        if subject.dep_ == "nsubj"
        for w in subject.children
        if w.dep_ == "prep"
        and w.lower_ == "with"
        and any(a.lower_ in {"together", "along"} for a in w.children)
        for p in w.children
        if p.dep_ == "pobj"
    ]
    head = verb.head
    if (
        verb.dep_ == "ccomp"
        and head.lemma_ == "do"
        and any(c.dep_ == "advmod" and c.lower_ == "so" for c in head.children)
    ):
        others += [c for c in head.children if c.dep_ == "nsubj"]
    if (
        verb.dep_ == "pcomp"
        and head.lower_ == "in"
        and head.head.lemma_.lower() in arguments.lexicon.joining_verbs
    ):
        # "A joined B in signing", "A was joined by B in signing"
        others += [c for c in head.head.children if c.dep_ == "dobj"] + [
            p
            for c in head.head.children
            if c.dep_ == "agent"
            for p in c.children
            if p.dep_ == "pobj"
        ]
    return [e for o in others for e in arguments.entities(o, spec.subject_classes)]


def _verb_status(
    stages: Stages, spec: RelationSpec, verb: Token, theme: Token | None
) -> str:
    """The status of a verb trigger's events: the words around it, "*lifted* the duties", and
    "struck a deal …, but it still has to be signed"."""
    status = stages.status(spec, verb)
    if theme is not None and standing(theme, stages.rules.modality) is not None:
        return "asserted"  # "urged Peru to withdraw the duty imposed on B": it stands
    if theme is not None and undone(theme, stages.rules.modality):
        return "reversed"  # "lifted the duties", "imposed a tariff, which it later withdrew"
    if status == "asserted" and _signing_to_come(stages, spec, verb):
        return "planned"
    return status


def _owners(arguments: Arguments, spec: RelationSpec, theme: Token) -> list[str]:
    """The entities that qualify a measure as theirs ("*US* tariffs", "*Chinese* duties",
    "*Peru's* levy")."""
    return [
        e
        for m in theme.children
        if m.dep_ in {"compound", "amod", "nmod", "poss"}
        for e in arguments.entities(m, spec.subject_classes)
    ]


def _into_law(verb: Token) -> bool:
    """Whether a verb makes what it takes a law ("signed the bill *into law*")."""
    return any(
        p.lemma_.lower() == "law"
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "into"
        for p in c.children
        if p.dep_ == "pobj"
    )


def _signing_to_come(stages: Stages, spec: RelationSpec, verb: Token) -> bool:
    """Whether a verb that concludes an agreement without signing it ("struck a deal",
    "finalised the accord") is followed in its sentence by a signing still to come ("…, but it
    still has to be signed", "…, and it will be signed next month")."""
    if verb.lemma_.lower() not in spec.concluding_verbs:
        return False  # "signed", "initialled": done; or another relation's verb
    return any(
        t.lemma_.lower() in spec.objectless_verbs
        and stages.status(spec, t) in {"planned", "hypothetical"}
        for t in sentence_of(verb)
        if t.i > verb.i and t.pos_ in {"VERB", "AUX"}
    )


def _unsaid_object(stages: Stages, spec: RelationSpec, verb: Token) -> list[str]:
    """ "The accord was signed on Monday. A signed for Peru": the last one of the object's classes
    named in this sentence or the one before, when the verb says nothing of its own object."""
    if verb.lemma_.lower() not in spec.objectless_verbs or any(
        c.dep_ in {"dobj", "dative", "attr", "prt", "xcomp", "agent"}
        or (c.dep_ == "ccomp" and c.i > verb.i)  # not "A signed it; B signed for C"
        or (c.dep_ == "prep" and c.lower_ in spec.object_preps)
        or (c.dep_ == "conj" and any(o.dep_ == "dobj" for o in c.children))
        for c in verb.children
    ):
        return []  # "signed and exchanged letters": the object is the other verb's
    if in_headline(verb, stages.rules.lexicon.titles):
        return []  # a headline ("Also read: A, B Sign Cable Deal") names what it is about
    found = [
        key
        for cls in sorted(spec.object_classes)
        if (key := stages.discourse.previous(cls, verb)) is not None
    ] or [
        # "The treaty opened for signature in March. It sets a price. Fiji signed on the
        # first day": the last named in the sentences before, up to three; not for a
        # clause on a noun that names no agreement ("the swap that A and B signed")
        key
        for cls in sorted(spec.object_classes)
        if not (
            verb.dep_ in {"relcl", "acl"}
            and verb.head.lemma_.lower() not in stages.rules.lexicon.agreement_nouns
        )
        and (key := stages.discourse.previous_further(cls, verb)) is not None
    ]
    stages.arguments.inferred += bool(found)
    return found[-1:]


def _partners_apart(
    stages: Stages, spec: RelationSpec, verb: Token, subjects: list[str]
) -> bool:
    """ "Ghana signed a memorandum with Brazil and a protocol with Senegal": each object with its
    own partner, recorded apart; whether there were such objects."""
    if not spec.co_subject_preps or spec.symmetric:
        return False
    arguments, mentions = stages.arguments, stages.mentions
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        parts = [
            (key, _partners(arguments, spec, p))
            for p in with_conjuncts(c)
            if (key := mentions.entity_of(p)) is not None
            and arguments.fits(key, spec.object_classes)
        ]
        partners = [tuple(found) for _, found in parts if found]
        if len(parts) < 2 or len(set(partners)) < 2:
            return False
        status = _verb_status(stages, spec, verb, None)
        for key, found in parts:
            stages.record(
                spec,
                verb,
                [*subjects, *found],
                [key],
                status,
                confidence=spec.confidence,
            )
        return True
    return False


def _partners(arguments: Arguments, spec: RelationSpec, part: Token) -> list[str]:
    """The co-subjects a "with" phrase anywhere in one object's phrase names, not in the phrases of
    the objects joined to it ("a memorandum on cocoa processing *with Brazil*")."""
    found: list[str] = []
    for t in part.subtree:
        if t.dep_ != "prep" or t.lower_ not in spec.co_subject_preps:
            continue
        node = t.head
        while node != part and node.dep_ != "conj":
            node = node.head
        if node == part:
            found.extend(
                e
                for p in t.children
                if p.dep_ == "pobj"
                for e in arguments.entities(p, spec.subject_classes)
            )
    return found


def _deep_partner(arguments: Arguments, spec: RelationSpec, part: Token) -> list[str]:
    """The one named after a "with" the parser hung on a noun deep in an agreement's phrase ("a
    memorandum on land transport *with* Minister C"); not a verb's "with" ("capacity paired
    with 600 MW"), nor a name's own phrases."""
    return [
        key
        for t in part.subtree
        if t.dep_ == "prep"
        and t.lower_ == "with"
        and t.head != part
        and t.head.pos_ == "NOUN"
        and not _phrase_between(t.head, _WITH)
        for p in t.children
        if p.dep_ == "pobj"
        and (key := arguments.mentions.entity_of(p)) is not None
        and arguments.fits(key, spec.subject_classes)
    ]


def _direct_objects(
    stages: Stages,
    spec: RelationSpec,
    verb: Token,
    subjects: list[str],
    objects: list[str],
) -> None:
    """The objects of an active verb, and the co-subjects they bring ("signed an agreement with Tesla")."""
    arguments = stages.arguments
    # "call" is a trigger only with "on": its objects are those of the preposition, or its
    # object where the parser left the preposition bare ("called on | Prime Minister A")
    lemma = verb.lemma_.lower()
    if lemma in spec.verbs:
        object_deps = spec.object_deps
    elif _bare_particle(verb, spec.phrasal.get(lemma, ())) is not None:
        object_deps = frozenset({"dobj"})
    else:
        object_deps = frozenset()
    # "met the mayor of Struga, A, and the leader of the party, B": the parser made the second
    # object a conjunct of the verb
    stray = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "NOUN"
        and "dobj" in object_deps
        and any(d.dep_ == "dobj" for d in verb.children)
        and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.children)
    ]
    for c in [*verb.children, *stray]:
        if (c.dep_ not in object_deps and c not in stray) or c.dep_ == "nsubjpass":
            continue
        if (
            c.dep_ == "dobj"
            and c.left_edge.i > 0
            and c.doc[c.left_edge.i - 1].text == ","
            and any(d.lower_ in {"a", "an"} for d in c.children if d.dep_ == "det")
            and any(d.dep_ == "dobj" and d.i < c.i for d in verb.children)
            # "the first of its kind", "the largest": words that describe, not name
            and any(
                d.dep_ == "amod" and (d.ent_type_ == "ORDINAL" or d.tag_ == "JJS")
                for d in c.children
            )
        ):
            continue  # "signed a memorandum on Wednesday, a first arrangement of its kind": the
            # same one, described
        if "Agreement" in spec.object_classes and any(
            c.lemma_.lower() in other.nouns
            for other in stages.rules.relations
            if other is not spec
        ):
            continue  # "concluded negotiations on the agreement": the talks, not the accord
        found = _object_named(arguments, verb, c, spec.object_classes)
        own = list(found)
        if verb.dep_ == "relcl" and c.lower_ in RELATIVE_PRONOUNS:
            c = (
                verb.head
            )  # "the treaty, which Chile signed": its words are the treaty's
        if (
            not found
            and "Agreement" in spec.object_classes
            and c.pos_ in {"NOUN", "PROPN"}
        ):
            # "signed a heads of agreement", "the Status of Visiting Forces Agreement": the
            # agreement whose name the parser hung on its first words
            found = [
                e
                for p in prep_objects_of(c, frozenset({"of"}))
                for e in arguments.entities(p, frozenset({"Agreement"}))
            ]
        if found and "Agreement" in spec.object_classes:
            # "an agreement for the avoidance of double taxation and a memorandum on …": the
            # second agreement the parser hung on the first one's words; "three agreements:
            # a loan agreement, …": the first of a list that spells a plural out
            nouns = stages.rules.lexicon.agreement_nouns
            found += [
                e
                for t in [*c.subtree, *list_goes_on(c)]
                if (
                    (t.dep_ == "conj" and t.head != c)
                    or (t.dep_ == "appos" and t.head == c and c.tag_ == "NNS")
                )
                and t.lemma_.lower() in nouns
                # not what a clause of the agreement sets out ("an agreement setting out the
                # terms and land arrangements")
                and not _verb_between(t, c)
                for e in arguments.entities(t, spec.object_classes)
                if e not in found
            ]
            spelled = [
                e
                for t in c.children
                if t.dep_ == "appos"
                and c.tag_ == "NNS"
                and any(x.dep_ == "conj" for x in t.children)
                for e in arguments.entities(t, spec.object_classes)
            ]
            if spelled:  # a list spells the plural out: it is no agreement of its own
                found = [e for e in found if e in spelled or e not in own]
        if c.pos_ == "PROPN" and verb.lemma_.lower() in spec.titled_object_verbs:
            # "visited President A", not "visited Rajghat" (a place the model took for a person)
            found = [k for k in found if stages.mentions.entities[k].roles]
        objects.extend(found)
        _name_after_partner(stages.mentions, found, verb)
        if found:
            # "signed an agreement with Tesla", "a memorandum of understanding with Equinor",
            # "the contract for a power plant with B" (the parser hung "with" on the plant)
            for part in [c, *prep_objects_of(c, _AGREEMENT_PHRASES)]:
                if part != c and _phrase_between(part, spec.co_subject_preps):
                    continue  # "a memorandum on a line along their borders with B"
                subjects.extend(
                    arguments.prep_objects(
                        part, spec.co_subject_preps, spec.subject_classes
                    )
                )
            subjects.extend(_deep_partner(arguments, spec, c))
    if (
        not objects
        and "dobj" in object_deps
        and not spec.theme_nouns
        and not any(c.dep_ == "dobj" for c in verb.children)
    ):
        # "Chile signed and ratified the treaty": the object the parser gave the other verb
        objects.extend(
            e
            for c in verb.children
            if c.dep_ == "conj" and c.pos_ == "VERB"
            for d in c.children
            if d.dep_ == "dobj"
            for e in arguments.entities(d, spec.object_classes)
        )
    if not objects and "dobj" in object_deps:
        # "met: Ms A, …; Mr B, …; and Dr C, …"
        objects.extend(
            e
            for c in listed_after_colon(verb)
            for e in arguments.entities(c, spec.object_classes)
        )
    if not objects and "dobj" in object_deps:
        # "received on Friday Foreign Minister A": the parser hung the object on the date;
        # "received at Bayan Palace Qatar's Minister A": on the place, a title its head
        titles = stages.rules.lexicon.person_titles
        objects.extend(
            e
            for p in prep_objects_of(verb, frozenset({"on", "in", "at"}))
            if p.ent_type_ not in {"DATE", "TIME"}
            and (
                any(
                    x.ent_type_ in {"DATE", "TIME"} or x.lower_ in WEEKDAYS
                    for x in p.subtree
                    if x.i < p.i
                )  # "received on Sunday European Commission President A": the model ran the
                # day into the name after it
                or (p.lower_ in titles and p.is_title)
                # "received at Qasr Al Watan President A": the place ran into the titled name
                or (
                    (stages.mentions.entity_of(p) or "").startswith("Person:")
                    and any(x.lower_ in titles for x in p.subtree if x.i < p.i)
                    and any(
                        stages.mentions.entity_of(x) is not None
                        and not (stages.mentions.entity_of(x) or "").startswith(
                            "Person:"
                        )
                        for x in p.subtree
                        if x.i < p.i
                    )
                )
            )
            for e in arguments.entities(p, spec.object_classes)
        )


def _read_along(
    stages: Stages,
    spec: RelationSpec,
    verb: Token,
    subjects: list[str],
    objects: list[str],
) -> None:
    """ "A on Friday evening hosted President B": the names beside a verb the parse cut off from them.

    Only where the tree has no subject (or no object) at all, so that a
    pronoun or a common noun there is never replaced by a name nearby; a name
    read this way makes the event less sure.
    """
    arguments, mentions = stages.arguments, stages.mentions
    deps = {c.dep_ for c in verb.children}
    if not subjects and not deps & {"nsubj", "csubj", "expl"}:
        found = named_before(
            mentions, verb, lambda key: arguments.fits(key, spec.subject_classes)
        )
        if found and any(
            c.dep_ == "prep" and c.lower_ in _CONTRASTING and c.i < verb.i
            for c in verb.children
        ):
            # "Unlike his predecessor A, President B met C": the parser hung B on A, in the
            # phrase of someone else; the actor is the last name before the verb
            found = [
                next(
                    (
                        key
                        for i in range(verb.i - 1, -1, -1)
                        if (key := mentions.by_token.get(i)) in found
                    ),
                    found[0],
                )
            ]
        arguments.inferred += bool(found)
        subjects.extend(found)
    if subjects and not objects and not deps & {"dobj", "prep", "dative", "attr"}:
        found = named_after(
            mentions, verb, lambda key: arguments.fits(key, spec.object_classes)
        )
        arguments.inferred += bool(found)
        objects.extend(found)


def _object_named(
    arguments: Arguments, verb: Token, obj: Token, classes: frozenset[str]
) -> list[str]:
    """The entities a verb's object names; for a relative pronoun, its antecedent's ("the
    treaty, which Chile signed", "the agreement on the pipeline, which was signed by A")."""
    if verb.dep_ == "relcl" and obj.lower_ in RELATIVE_PRONOUNS:
        return _named_above(arguments, verb.head, classes)
    if (
        obj.lower_ in {"that", "those"}
        and verb.dep_ in {"advcl", "conj"}
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    ):
        # "Ghana's part of the deal was signed by A, while that of the US was initialled by
        # B": what the clause before named
        return [
            e
            for o in verb.head.children
            if o.dep_ == obj.dep_
            for x in [o, *prep_objects_of(o, frozenset({"of"}))]
            for e in arguments.entities(x, classes)
        ]
    return arguments.entities(obj, classes)


def _verb_between(token: Token, top: Token) -> bool:
    """Whether a verb stands on the way up from ``token`` to ``top`` (its ancestor)."""
    node = token.head
    while node != top and node.head != node:
        if node.pos_ in {"VERB", "AUX"}:
            return True
        node = node.head
    return False


def _imposer_of_whole(
    arguments: Arguments, spec: RelationSpec, noun: Token
) -> list[str]:
    """Who imposed the measures a copula or "include" says a measure is one of ("The tariffs
    *Trump announced* included a 26% levy on B"; "*Peru's* duties include …")."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "attr"} or verb.lemma_ not in LISTING_VERBS | {"be"}:
        return []
    found: list[str] = []
    for whole in verb.children:
        if whole.dep_ != "nsubj" or not spec.theme_word(whole):
            continue
        for c in whole.children:
            if c.dep_ == "poss":
                found.extend(arguments.entities(c, spec.subject_classes))
            elif c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in spec.verbs:
                found.extend(
                    e
                    for s in c.children
                    if s.dep_ == "nsubj"
                    for e in arguments.entities(s, spec.subject_classes)
                )
    return found


def _relative_read_as_participle(verb: Token) -> tuple[Token, Token] | None:
    """The noun a relative clause is on and the clause's subject, where the parser made its verb
    a participle of the subject and "that" the subject of the verb after ("the tariffs *that
    Trump introduced* in March remain …": the tariffs, Trump)."""
    subject = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or subject.pos_ != "PROPN":
        return None
    start = subject.left_edge.i
    if start == 0:
        return None
    relative = verb.doc[start - 1]
    clause = relative.head
    if (
        relative.lower_ not in {"that", "which"}
        or relative.dep_ not in {"nsubj", "mark"}
        or clause.dep_ != "relcl"
        or subject.head != clause
    ):
        return None
    return clause.head, subject


def _named_above(
    arguments: Arguments, token: Token, classes: frozenset[str]
) -> list[str]:
    """The entities a phrase refers to, or the one whose prepositional phrase it ends ("a
    memorandum on climate *cooperation*, signed by A": the memorandum)."""
    found = arguments.entities(token, classes)
    counted = arguments.counted_in(token, classes) if not found else None
    if (
        counted is not None
    ):  # "A was among the countries hit by …": the copula's subject
        return counted
    while not found and token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head.head
        found = arguments.entities(token, classes)
    return found


#: the words of a rate ("imposed 15 *percent* on …", "25 per *cent*")
_RATE_WORDS = frozenset({"%", "percent", "cent", "pc"})
#: the prepositions that put a measure on its target ("duties *on* A", "*against* A")
_ON_PREPS = frozenset({"on", "against"})
#: a measure's preposition that may give its reason rather than its target
_REASON_PREPS = frozenset({"for"})


def _theme_targets(
    arguments: Arguments, spec: RelationSpec, verb: Token, theme: Token
) -> list[str]:
    """The objects a theme noun's prepositions name: "duties on X", "tariffs of 30% on X",
    "duties totalling 80.5 percent on X", or the verb's own "on X"; "for X" only where nothing
    else names one ("tariffs on A *for* its purchases of B's oil": a reason)."""
    # "hosted a dinner *for* B": the noun's own prepositions
    preps = spec.theme_preps | spec.phrasal.get(theme.lemma_.lower(), frozenset())
    found = _theme_objects(arguments, spec, verb, theme, preps - _REASON_PREPS)
    return found or _theme_objects(arguments, spec, verb, theme, preps)


def _theme_objects(
    arguments: Arguments,
    spec: RelationSpec,
    verb: Token,
    theme: Token,
    preps: frozenset[str],
) -> list[str]:
    """The objects of ``preps`` on a theme noun, its conjuncts, rates and participles, and its
    verb."""
    found: list[str] = []
    classes = spec.object_classes
    causes = arguments.lexicon.cause_words
    parts = with_conjuncts(theme)
    for part in parts:
        # "a 25% tariff on A and a penalty for buying B's oil": what is no measure is only on
        # something
        own = preps if part == theme or spec.theme_word(part) else preps & _ON_PREPS
        found.extend(arguments.prep_objects(part, own, classes, deep=True))
        for rate in prep_objects_of(part, frozenset({"of"})):
            found.extend(arguments.prep_objects(rate, preps, classes, deep=True))
        for c in part.children:
            if c.dep_ == "acl":
                found.extend(arguments.prep_objects(c, preps, classes, deep=True))
    found.extend(arguments.prep_objects(verb, preps, classes, deep=True))
    for head in [*parts, verb]:
        # "duties on Nigerian cement, Senegalese flour": a headline's list without "and"
        found.extend(
            e
            for p in prep_objects_of(head, preps)
            for a in p.children
            if a.dep_ == "appos" and _national_goods(a)
            for e in arguments.entities(a, classes, deep=True)
        )
    for rate in _rates_alongside(verb):
        # "imposed 25 percent tariffs on A, along with 10 percent on B": a rate of its own
        found.extend(arguments.prep_objects(rate, preps, classes, deep=True))
    for head in [*parts, verb]:
        for word in _goods_read_as_verbs(head, preps, causes):
            # "duties on cutting tools from B", the parser taking "cutting" for a verb: the
            # goods are its object, and its prepositions theirs
            for goods in word.children:
                if goods.dep_ == "dobj":
                    found.extend(arguments.entities(goods, classes, deep=True))
            found.extend(arguments.prep_objects(word, preps, classes, deep=True))
    return found


def _national_goods(noun: Token) -> bool:
    """Whether a noun names goods by the people that make them, bare ("*Senegalese flour*"), not
    a description ("the largest US trading partner")."""
    return not any(c.dep_ == "det" for c in noun.children) and any(
        c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"}
        for c in noun.children
    )


def _rates_alongside(verb: Token) -> list[Token]:
    """The rates a verb's "with" or "along with" phrase gives besides its measure ("imposed tariffs
    on A, *along with 10 percent* on B")."""
    withs = [
        w
        for c in verb.children
        if c.dep_ == "prep"
        for w in (
            [c]
            if c.lower_ == "with"
            else [d for d in c.children if d.lower_ == "with"]
            if c.lower_ in {"along", "together"}
            else []
        )
    ]
    return [
        p
        for w in withs
        for p in w.children
        if p.dep_ == "pobj" and p.lower_ in _RATE_WORDS
    ]


def _goods_read_as_verbs(
    noun: Token, preps: frozenset[str], causes: frozenset[str]
) -> list[Token]:
    """The "-ing" words the parser took for verbs right after a noun's prepositions, with the
    goods as their objects ("duties on *cutting* tools", "on *reinforcing* steel bars"); not a
    reason ("on *buying* oil")."""
    return [
        v
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in preps
        for v in p.children
        if v.dep_ == "pcomp"
        and v.tag_ == "VBG"
        and v.i == p.i + 1
        and v.lemma_.lower() not in causes
        and any(d.dep_ == "dobj" and d.left_edge.i == v.i + 1 for d in v.children)
    ]


def _remember_unnamed_group(
    discourse: Discourse,
    spec: RelationSpec,
    verb: Token,
    objects: list[str],
    status: str,
    deps: frozenset[str] = frozenset({"nsubj"}),
) -> None:
    """ "Twelve nations signed the charter", "Ministers of three states met", "A hosted five
    governors": who they are may be said later (``objects``: what, or whom, they acted on)."""
    titles = discourse.mentions.lexicon.person_titles
    for c in verb.children:
        if c.dep_ in deps and (
            (
                c.pos_ == "NOUN"
                and (c.tag_ == "NNS" or any(n.dep_ == "nummod" for n in c.children))
            )
            # "Nine Heads of Mission paid courtesy calls on A": a title in capitals
            or (c.tag_ == "NNPS" and c.lower_.removesuffix("s") in titles)
        ):
            discourse.unnamed_groups[c.lemma_.lower()] = UnnamedGroup(
                spec, list(dict.fromkeys(objects)), status, verb.i
            )


def _theme(spec: RelationSpec, verb: Token, quantities: frozenset[str]) -> Token | None:
    """The noun that makes a verb a trigger ("imposed *duties*", "anti-dumping *measures*", "met *with* talks",
    "two rounds of *tariffs*", "announced the imposition of *duties*": ``quantities`` are the
    nouns whose "of" phrase is the theme)."""
    for child in verb.children:
        c, dep = child, child.dep_
        if dep in {"dobj", "nsubjpass"} and c.lemma_.lower() in quantities:
            # "slapped two rounds of tariffs on B": the theme is what there are rounds of;
            # "announced the imposition of duties on B": what is imposed
            c = next(iter(prep_objects_of(c, frozenset({"of"}))), c)
        if dep in {"dobj", "nsubjpass", "attr"} and spec.theme_word(c):
            return c
        if dep in {"dobj", "nsubjpass"} and spec.qualified_theme(c):
            return c
        if dep in {"dobj", "nsubjpass"} and any(
            cc.dep_ == "compound" and cc.lemma_.lower() in spec.theme_nouns
            for cc in c.children
        ):
            return c
        if (
            dep == "dobj"
            and c.lower_ in _RATE_WORDS
            and verb.lemma_.lower() in spec.verbs
            and any(p.lower_ in spec.theme_preps for p in [*c.children, *verb.children])
        ):
            # "slapped an extra 15% on American chicken": a rate imposed is a duty
            return c
        if dep == "agent" and verb.lemma_.lower() in spec.clause_verbs:
            # "were hit by US tariffs", "by a fresh round of US duties"
            for p in objects_of(c):
                if p.lemma_.lower() in quantities:
                    p = next(iter(prep_objects_of(p, frozenset({"of"}))), p)
                if p.lemma_.lower() in spec.theme_nouns:
                    return p
        if dep == "prep" and c.lower_ == "with":
            for p in c.children:
                if p.dep_ == "pobj" and spec.theme_word(p):
                    return p
                if (
                    p.dep_ == "pobj"
                    and p.lower_ in _RATE_WORDS
                    and spec.theme_nouns
                    and verb.lemma_.lower() in spec.clause_verbs
                ):  # "Lesotho was hit with 50%", after a sentence on the tariffs: the rate
                    return p
    if verb.dep_ in {"acl", "relcl"} and verb.head.lemma_.lower() in spec.theme_nouns:
        # "duties imposed on B", "the levies A placed on B"
        return verb.head
    owner = (
        verb.head.head.head
    )  # "the duty on goods from B imposed by A": the parser hung
    if (  # the participle on the goods; "the levy on Swiss imports that A imposed": the
        # relative clause on them too
        (
            (verb.dep_ == "acl" and verb.tag_ == "VBN")
            or (verb.dep_ == "relcl" and verb.tag_ in {"VBD", "VBN", "VBZ", "VBP"})
        )
        and verb.head.dep_ == "pobj"
        and verb.head.head.dep_ == "prep"
        and owner.lemma_.lower() in spec.theme_nouns
    ):
        return owner
    return None


_WITH = frozenset({"with"})


def _phrase_between(noun: Token, preps: frozenset[str]) -> bool:
    """Whether another prepositional phrase of ``noun`` comes before its ``preps`` ("a line
    *along their borders* with B": the parser hung "with" on the line, but it is the borders')."""
    first = next(
        (c.i for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None
    )
    return first is not None and any(
        c.dep_ == "prep" and c.i < first and c.lower_ not in preps
        for c in noun.children
    )


#: the prepositions of an agreement's own phrases, on whose last noun the parser may hang its
#: partner ("a contract *for* a power plant with B")
_AGREEMENT_PHRASES = frozenset({"of", "for", "on"})


def _met_in_clause(
    stages: Stages, spec: RelationSpec, noun: Token
) -> tuple[list[str], list[str]]:
    """Who took part in a meeting noun that names no one, from the clause its phrase hangs on:
    "A and B signed the accord after (their) talks" (the clause's two or more people); "A told
    B at a meeting in Lima" (the one who spoke and the one told), "At their meeting, A urged
    B …" (the subject and the object)."""
    arguments, verb = stages.arguments, noun.head.head
    theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    if noun.head.lower_ in {"after", "following"} and verb.pos_ == "VERB":
        bare = (
            noun.tag_ == "NNS"
            and not any(  # "… signed the MOU after talks in Seoul"
                c.dep_ in {"poss", "det"} or (c.dep_ == "prep" and c.lower_ == "with")
                for c in noun.children
            )
        )
        if theirs or bare:
            people = arguments.subjects(verb, spec.subject_classes)[0]
            if len(set(people)) >= 2:
                return people, []
    if noun.head.lower_ in {"at", "during"} and (
        verb.lemma_.lower() in stages.rules.lexicon.speech_verbs
        # "At their meeting, A urged B to …": whatever the verb, "their" is A's and B's
        or (theirs and verb.pos_ == "VERB")
    ):
        told = [
            e
            for c in verb.children
            if c.dep_ == "dobj"
            for e in arguments.entities(c, spec.object_classes)
        ]
        if told:
            return arguments.subjects(verb, spec.subject_classes)[0], told
    return [], []


def _participle_read_as_verb(
    arguments: Arguments, spec: RelationSpec, verb: Token
) -> list[str]:
    """The agreement a verb has for its subject where it can only be a participle describing
    it, with a "between" phrase and no object ("a deal *struck* between A and B sparked
    protests"); none otherwise."""
    if "Agreement" not in spec.object_classes or any(
        c.dep_ == "dobj" for c in verb.children
    ):
        return []
    if not any(
        c.dep_ == "prep" and c.lower_ in spec.co_subject_preps for c in verb.children
    ):
        return []
    return [
        e
        for c in verb.children
        if c.dep_ == "nsubj"
        for e in arguments.entities(c, frozenset({"Agreement"}))
    ]


def _name_after_partner(mentions: Mentions, agreements: list[str], verb: Token) -> None:
    """A bare "deal" signed "with Shell" is named "deal with Shell"."""
    partner = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None
    )
    if partner is None or not names_partner(mentions, partner):
        return  # "a deal with its Chinese counterpart" is the deal
    words = "".join(t.text_with_ws for t in partner.subtree).strip()
    for key in agreements:
        entity = mentions.entities.get(key)
        if (
            entity is not None
            and entity.cls == "Agreement"
            and " " not in entity.name
            and entity.name.islower()  # a "deal", not "GSOMIA"
        ):
            entity.aliases.add(entity.name)
            entity.name = f"{entity.name} {bare_name(words) if not words.startswith('with') else words}"


# --------------------------------------------------------------------------- nouns


def noun_trigger(stages: Stages, spec: RelationSpec, noun: Token) -> None:
    """ "a meeting between A and B", "the signing of the pact by A", "U.S. tariffs on Mexico"."""
    if raised_in(noun):
        return  # "collected $2 billion in duties on A": money raised, no duty imposed
    if (
        spec.symmetric
        and noun.is_title
        and not noun.is_sent_start
        and noun.dep_ == "pobj"
        and noun.head.lower_ in {"at", "during", "of", "on"}
        and not any(c.dep_ == "prep" for c in noun.children)
    ):
        return  # "signed at the APEC Leaders' Meeting": a named gathering, where, not who met
    arguments = stages.arguments
    subjects: list[str] = []
    objects: list[str] = []
    object_preps = spec.noun_object_preps | spec.phrasal.get(
        noun.lemma_.lower(), frozenset()
    )
    children = list(noun.children)
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        # "the signing ceremony of the accord between A and B": the phrases are the ceremony's;
        # "Washington's tariff hike on Chinese goods": a rise's owner too
        children += [
            c
            for c in noun.head.children
            if c.dep_ == "prep"
            or (c.dep_ == "poss" and noun.head.lemma_.lower() in _RISES)
        ]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in spec.theme_verbs:
        # "talks were held between A and B": the phrases hang on the verb
        children += [c for c in noun.head.children if c.dep_ == "prep"]
        if spec.symmetric and noun.head.lemma_.lower() not in spec.counterpart_verbs:
            # "the meeting was co-chaired by A and B": those who met (not "attended by", others)
            subjects.extend(
                arguments.prep_objects(
                    noun.head, frozenset({"by"}), spec.subject_classes
                )
            )
    for c in children:
        if c.dep_ == "prep" and c.lower_ in spec.noun_subject_preps:
            subjects.extend(_named_by(stages, spec, c))
        if c.dep_ == "prep" and c.lower_ in object_preps:
            pobjs = objects_of(c)
            objects.extend(
                e
                for p in pobjs
                for e in arguments.entities(
                    p, spec.object_classes, deep=bool(spec.theme_nouns)
                )
            )
            if not spec.theme_nouns:
                # "the signing of the accord by Chile": the parser hangs "by" on the accord;
                # "Kenya's signing of the pact with Uganda": Uganda signed it too
                subjects.extend(
                    e
                    for p in pobjs
                    # "the signing of a memorandum of understanding between A and B": the
                    # parser hung "between" on the name's last noun
                    for part in [p, *prep_objects_of(p, _AGREEMENT_PHRASES)]
                    for e in arguments.prep_objects(
                        part,
                        spec.noun_subject_preps | spec.co_subject_preps,
                        spec.subject_classes,
                    )
                )
        if c.dep_ == "poss" and (spec.theme_nouns or c.pos_ != "PRON"):
            # "Peru's tariffs on B", "A's meeting with B", "Kenya's signing of the pact"
            subjects.extend(arguments.entities(c, spec.subject_classes))
    # "tariffs (of 25 percent on steel), which took effect for Canada"
    for c in noun.subtree:
        if (
            c.dep_ in {"relcl", "acl"}
            and c.lemma_.lower() in spec.clause_verbs
            and within_phrase(c.head, noun)
        ):
            objects.extend(_clause_objects(arguments, spec, c))
    own_objects = bool(
        objects
    )  # "the duties on Mexico", not "the duties apply to Mexico"
    status_word = noun
    if (
        spec.theme_nouns
        and noun.dep_ in {"nsubj", "nsubjpass"}
        and noun.head.lemma_.lower() in spec.clause_verbs
    ):  # "The duties apply to imports from China": the noun's own clause names the target,
        # and says whether it is so ("do not apply", "will apply")
        objects.extend(_clause_objects(arguments, spec, noun.head))
        status_word = noun.head
    if spec.theme_nouns and not subjects:
        # "U.S. tariffs on Mexico": a country or person before the noun imposes it.
        for c in noun.children:
            if c.dep_ in {"compound", "amod", "nmod"}:
                subjects.extend(arguments.entities(c, spec.subject_classes))
        # "The tariffs Trump announced included a 26% levy on India": who imposed the
        # measures it is one of
        subjects.extend(_imposer_of_whole(arguments, spec, noun))
        if noun.dep_ == "pobj" and noun.head.lower_ == "with":
            subjects.extend(arguments.subjects(noun.head.head, spec.subject_classes)[0])
        if not subjects:
            # "A issued regulations on the imposition of duties on B": who issued them
            issuer = _issuing_verb(spec, noun)
            if issuer is not None:
                subjects.extend(arguments.subjects(issuer, spec.subject_classes)[0])
    facer = (
        _facing(noun, stages.rules.lexicon.facing_verbs) if spec.theme_nouns else None
    )
    if facer is not None:
        # "Peru faces a 20% tariff on wine exports to Chile", "Peru could face tariffs from
        # Chile", "wine from Peru faces Chilean duties", "… is subject to duties": who faces
        # them is the target; the noun's qualifier, its "from" or the exports' destination
        # imposes them, and the verb says whether they are real
        status_word = facer
        imposers = [
            e
            for t in [*noun.subtree, *facer.children]
            # "… faces a 20% duty *in Peru*": where the duty is levied
            if (
                (t.dep_ == "prep" and t.lower_ in {"to", "from", "in"})
                or t.dep_ == "agent"
            )
            and t.i > noun.i
            for p in t.children
            if p.dep_ == "pobj"
            for e in arguments.entities(p, spec.subject_classes)
        ]
        # "Vietnam continues to face a tariff": the subject of the verb "face" completes;
        # "A is among the countries facing US tariffs": the copula's
        holder = facer.head if facer.dep_ == "xcomp" else facer
        if facer.dep_ == "acl" and (copula := copula_counting(facer.head)) is not None:
            holder = copula
        objects = [o for o in objects if o not in imposers] + [
            e
            for c in {*facer.children, *holder.children}
            if c.dep_ == "nsubj"
            for e in arguments.entities(c, spec.object_classes, deep=True)
        ]
        if objects:
            # "Peru faces a 20% duty, Chile 15% and Bolivia 10%": each faces one
            objects += _rates_after(stages.mentions, noun)
        subjects.extend(imposers)
        if any(
            (c.dep_ in {"det", "amod", "nummod"} and c.lower_ in {"no", "zero", "0"})
            for c in noun.children
        ):
            status_word = noun  # "Canada faces no duties", "… zero tariffs": none
    if (
        spec.theme_nouns
        and not spec.symmetric
        and objects
        and not subjects
        and (_definite(noun) or status_word is not noun)
    ):  # "Brazil imposed duties on steel. The duties apply to imports from China.";
        # "The US imposed tariffs. Goods from Brazil face a 50% duty."
        subjects = _last_imposer(stages, spec, noun, objects if own_objects else [])
        arguments.inferred += bool(subjects)
    if spec.symmetric and noun.dep_ in {"pobj", "dobj"} and objects and not subjects:
        # "during his meeting with B, A said"; "A spoke at a meeting with B"; "A requested a
        # meeting with B" (the verb says whether it took place)
        holder = _holder(noun)
        if holder.pos_ in {"VERB", "AUX"}:
            subjects = arguments.subjects(holder, spec.subject_classes)[0]
    if (
        spec.symmetric
        and not objects
        and not subjects
        and noun.dep_ == "pobj"
        and noun.head.head.pos_ == "PROPN"
        and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)
    ):  # a caption: "A and B during their meeting in Lima on Monday"
        subjects = arguments.entities(noun.head.head, spec.subject_classes)
    if spec.symmetric and not objects and not subjects and noun.dep_ == "pobj":
        subjects, objects = _met_in_clause(stages, spec, noun)
    if spec.symmetric and objects and not subjects:
        # "… arrived on Monday. His meeting with B lasted an hour": the one "he" is
        owner = next(
            (c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None
        )
        person = stages.discourse.previous_person(owner) if owner is not None else None
        if person is not None:
            subjects = [person]
            arguments.inferred += 1
    undoer = standing(noun, stages.rules.modality) if spec.theme_nouns else None
    if undoer is not None and (
        not subjects
        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
    ):  # "called on Chile to remove its tariff on B": the one asked imposed it
        subjects = _asked(arguments, spec, undoer)
    if undoer is not None and not objects:
        # "that Brazil abolish its tariffs on steel from Argentina": the parser hung the
        # origin on the verb
        objects = arguments.prep_objects(undoer, spec.theme_preps, spec.object_classes)
    stages.record(
        spec,
        noun,
        subjects,
        objects,
        "asserted"  # "urged Chile to remove its tariff on B": it stands
        if undoer is not None
        else "reversed"
        if spec.theme_nouns
        and not spec.symmetric
        and undone(noun, stages.rules.modality)
        else stages.status(spec, status_word),
        confidence=stages.nominal_confidence(spec),
    )


def _holder(noun: Token) -> Token:
    """The word a meeting noun in a phrase or an object hangs on, whose subject holds the meeting:
    "A spoke at a meeting with B", "A walked out of a meeting with B", and through the nouns and
    gerund between, "A expressed his interest in upgrading ties *in talks* with B"."""
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head
    while holder.pos_ in {"ADP", "ADV", "PART"} and holder.head != holder:
        holder = holder.head
    steps = 0
    while (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and steps < 4
        and holder.head != holder
        and (
            holder.pos_ in {"ADP", "ADV", "PART"}
            or (holder.pos_ == "NOUN" and holder.dep_ in {"dobj", "pobj"})
            or (
                holder.dep_ == "pcomp"
                and not any(c.dep_ == "nsubj" for c in holder.children)
            )
        )
    ):
        holder, steps = holder.head, steps + 1
    return holder


def _asked(arguments: Arguments, spec: RelationSpec, undoer: Token) -> list[str]:
    """Who is asked to undo duties, or refuses to: "urged *Peru* to withdraw", "called on *Chile*
    to remove", "demanded that *Brazil* abolish", "*Chile* refused to lift"."""
    if undoer.dep_ == "xcomp":
        for c in undoer.head.children:
            if c.dep_ == "dobj":
                found = arguments.entities(c, spec.subject_classes)
            elif c.dep_ == "prep" and c.lower_ in {"on", "upon"}:
                found = arguments.prep_objects(
                    undoer.head, frozenset({c.lower_}), spec.subject_classes
                )
            else:
                continue
            if found:
                return found
    return arguments.subjects(undoer, spec.subject_classes)[0]


def _rates_after(mentions: Mentions, noun: Token) -> list[str]:
    """The countries a list of rates right after a duty's phrase gives, each with its rate and no
    verb of its own ("a 20% duty, *Chile 15% and Bolivia 10%*", "a 25% tariff and *Brazil a 50%
    tariff*", "hit with 39%, *Canada with 35%*")."""
    tokens, found = mentions.tokens, []
    i = noun.i + 1
    while i < len(tokens) and tokens[i].lower_ in {",", "and"}:
        while i < len(tokens) and tokens[i].lower_ in {",", "and"}:
            i += 1
        key = mentions.by_token.get(i)
        if key is None or not key.startswith("Country:"):
            break
        end = mention_end(mentions, i)
        if end < len(tokens) and tokens[end].lower_ in {"a", "an", "with"}:
            end += 1  # "… and Brazil *a* 50% tariff", "Canada *with* 35%"
        if not (
            end + 1 < len(tokens)
            and tokens[end].like_num
            and tokens[end + 1].lower_ in _RATE_WORDS
        ):
            break
        found.append(key)
        i = end + 2
        if i < len(tokens) and tokens[i].lemma_.lower() == noun.lemma_.lower():
            i += 1  # "… and Brazil a 50% *tariff*"
    return found


def _facing(noun: Token, facing_verbs: frozenset[str]) -> Token | None:
    """The verb whose subject faces the duties a noun names: "Peru *faces* a tariff", "steel from
    Peru *carries* a duty", "Peru *is* subject to duties"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in facing_verbs:
        return noun.head
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.head.lower_ == "subject"
        and prep.head.head.pos_ in {"VERB", "AUX"}
    ):
        return prep.head.head
    return None


#: nouns of a measure's rise, whose owner is the measure's ("Washington's tariff *hike*")
_RISES = frozenset({"hike", "increase", "rise"})


def _clause_objects(arguments: Arguments, spec: RelationSpec, verb: Token) -> list[str]:
    """The objects a clause verb of ``spec`` names: through its prepositions and its direct object
    ("which *took* effect *for* Canada", "the duties *hit* goods from China")."""
    return arguments.prep_objects(
        verb, spec.clause_preps, spec.object_classes, deep=True
    ) + [
        e
        for d in verb.children
        if d.dep_ == "dobj"
        for e in arguments.entities(d, spec.object_classes, deep=True)
    ]


def _definite(noun: Token) -> bool:
    """Whether a noun points back: "the duties", "these tariffs", "its levies"."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "these", "those", "this", "such"})
        or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in noun.children
    )


def _last_imposer(
    stages: Stages, spec: RelationSpec, noun: Token, targets: list[str] | None = None
) -> list[str]:
    """The subjects of the last trigger of ``spec`` in this sentence or the one before, whether
    or not it named what it acted on; with ``targets`` (the noun's own: "the duties *on
    Mexico*"), of the last one that acted on one of them, or named nothing acted on."""
    start = window_start(noun)
    since, doc = noun.doc[start].idx, noun.doc
    event = _last_event(stages, spec, since, len(doc.text))
    unfinished = _unfinished(stages, spec, start, noun.i + 1)
    if unfinished and (event is None or doc[unfinished[1]].idx > event.start):
        return unfinished[0]
    if targets:
        event = next(
            (
                e
                for e in reversed(stages.recorder.events)
                if e.relation == spec.name
                and e.start >= since
                and set(targets) & set(e.roles.get(spec.object_role, []))
            ),
            None,
        )
    return list(event.roles.get(spec.subject_role, [])) if event else []


def _instrument_subject(stages: Stages, verb: Token) -> Token | None:
    """The subject of ``verb`` if it is an instrument pointed back to or owned ("*the order*
    imposes …", "*Trump's order* sets …"), or the instrument ``verb`` describes ("signed an
    *order* imposing …", "a *decree* that raises …")."""
    head = verb.head
    if (
        verb.dep_ in {"acl", "relcl"}
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in stages.rules.lexicon.instrument_nouns
    ):
        return head
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj"
            and c.pos_ == "NOUN"
            and c.lemma_.lower() in stages.rules.lexicon.instrument_nouns
            and (_definite(c) or any(d.dep_ == "poss" for d in c.children))
        ),
        None,
    )


def _issuer(stages: Stages, spec: RelationSpec, instrument: Token) -> list[str]:
    """Who issued the instrument an anaphor names, in its sentence or the one before: the
    subjects of the last verb whose object was an instrument ("Trump *signed* an executive
    *order* …")."""
    lexicon = stages.rules.lexicon
    nouns = lexicon.instrument_nouns
    verb = instrument.head
    if (
        instrument.dep_ in {"dobj", "nsubjpass"}
        and verb.lemma_.lower() in lexicon.issuing_verbs
    ):  # "Trump signed an order imposing …", "a decree raising … was published by A"
        return stages.arguments.subjects(verb, spec.subject_classes)[0]
    for t in reversed(instrument.doc[window_start(instrument) : instrument.i]):
        if t.lemma_.lower() in nouns and t.dep_ in {"dobj", "nsubjpass"}:
            return stages.arguments.subjects(t.head, spec.subject_classes)[0]
    return []


def _goods_named_before(spec: RelationSpec, verb: Token, theme: Token) -> bool:
    """Whether the duties are on goods pointed back to ("on *the goods*", "on *the subject
    goods*", "on *these products*")."""
    return any(
        _definite(p) and p.pos_ == "NOUN"
        for head in (theme, verb)
        for p in prep_objects_of(head, spec.theme_preps)
    )


def _origins_before(stages: Stages, spec: RelationSpec, verb: Token) -> list[str]:
    """The countries the sentence before names as where goods come from ("pipe *exported from*
    Thailand", "imports *from* Egypt", "*originating in* Vietnam")."""
    doc, lexicon = verb.doc, stages.rules.lexicon
    here = sentence_of(verb).start
    found: list[str] = []
    for i, key in stages.mentions.mentions_between(window_start(verb), here):
        name = doc[i]
        while name.dep_ in {"conj", "compound"} and name.head != name:
            name = name.head  # "from A and B", "from South Korea"
        prep = name.head
        if (
            stages.arguments.fits(key, spec.object_classes)
            and prep.dep_ == "prep"
            and prep.lower_ in lexicon.origin_preps - {"of", "including"}
            and (
                prep.head.lemma_.lower() in lexicon.origin_verbs
                or prep.head.pos_ == "NOUN"
            )
        ):
            found.append(key)
    return list(dict.fromkeys(found))


def _last_targets(
    stages: Stages, spec: RelationSpec, verb: Token, subjects: list[str]
) -> list[str]:
    """What the last asserted event of ``spec`` in ``verb``'s sentence (before it) or the one before
    acted on, unless another country acts now ("A imposed duties on B, and C raised its tariffs
    on wheat": C's own tariffs)."""
    doc = verb.doc
    event = _last_event(stages, spec, doc[window_start(verb)].idx, verb.idx)
    if event is None or event.status != "asserted":
        return []
    if all(s.startswith("Country:") for s in subjects) and not set(subjects) & set(
        event.roles.get(spec.subject_role, [])
    ):
        return []
    return list(event.roles.get(spec.object_role, []))


def _last_event(
    stages: Stages, spec: RelationSpec, since: int, until: int
) -> Event | None:
    """The last event of ``spec`` recorded so far whose evidence starts at a character in
    [``since``, ``until``)."""
    return next(
        (
            e
            for e in reversed(stages.recorder.events)
            if e.relation == spec.name and since <= e.start < until
        ),
        None,
    )


def _unfinished(
    stages: Stages, spec: RelationSpec, start: int, end: int
) -> tuple[list[str], int] | None:
    """The subjects and position of the last trigger of ``spec`` that named nothing acted on, if
    it stands at a token in [``start``, ``end``)."""
    subjects, at = stages.discourse.unfinished.get(spec.name, ([], -1))
    return (subjects, at) if start <= at < end else None


def _issuing_verb(spec: RelationSpec, noun: Token) -> Token | None:
    """The relation's verb a trigger noun hangs from through a few nouns and prepositions ("*issued*
    regulations relating to the imposition of duty"), if any."""
    node = noun
    for _ in range(6):
        if node.head == node or (node.dep_ == "pobj" and node.head.lower_ == "for"):
            return None  # "applied for duties on B": asked for, not issued
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"acl", "relcl", "amod"}:
            return node if node.lemma_.lower() in spec.verbs else None
    return None


def _named_by(stages: Stages, spec: RelationSpec, prep: Token) -> list[str]:
    """The subjects a noun trigger's preposition names ("by A", "between A and B")."""
    named = [
        e
        for p in prep.children
        if p.dep_ == "pobj"
        for e in stages.arguments.entities(p, spec.subject_classes)
    ]
    if prep.lower_ == "between" and len(named) == 1:
        # the parser hid one name inside the other's phrase
        named = list(
            dict.fromkeys(
                k
                for t in prep.subtree
                if (k := stages.mentions.entity_of(t))
                and stages.arguments.fits(k, spec.subject_classes)
            )
        )
    return named


def light_verb_trigger(stages: Stages, spec: RelationSpec, noun: Token) -> None:
    """ "A held talks with B", "A and B concluded their meeting"."""
    arguments = stages.arguments
    verb = _light_verb(spec, noun)
    if verb is None:
        return
    subjects, _ = arguments.subjects(verb, spec.subject_classes)
    preps = (
        spec.theme_preps
        | spec.noun_object_preps
        | spec.phrasal.get(noun.lemma_.lower(), frozenset())
    )
    others = arguments.prep_objects(noun, preps, spec.object_classes)
    if noun.head != verb and noun.head.head != verb:
        # "held two days of talks": the measure's phrases too
        others += arguments.prep_objects(noun.head.head, preps, spec.object_classes)
    others += arguments.prep_objects(verb, spec.object_preps, spec.object_classes)
    between = arguments.prep_objects(
        noun, spec.noun_subject_preps, spec.subject_classes
    )
    if not others and not between and subjects:
        # "held two meetings: with A, and with B"
        others = arguments.clause_targets(verb, preps, spec.object_classes)
    if not others and verb.lemma_.lower() in spec.counterpart_verbs:
        return  # "A and B attended the meeting": no one they met is named
    if _all_together(noun):  # "held a trilateral meeting with B and C": B and C met too
        subjects, others = list(dict.fromkeys([*subjects, *others])), []
    status = stages.status(spec, verb)
    if not subjects and not between and others:
        # "Four envoys paid courtesy calls on A": who they are, the next sentence may say
        _remember_unnamed_group(stages.discourse, spec, verb, others, status)
    stages.record(
        spec,
        verb,
        subjects + between,
        others,
        status,
        confidence=stages.nominal_confidence(spec),
    )


def collective_trigger(stages: Stages, spec: RelationSpec, verb: Token) -> None:
    """ "A and B met", "A and B discussed … during a meeting"."""
    lemma = verb.lemma_.lower()
    if verb.lemma_ in spec.verbs and any(
        c.lower_ in spec.object_preps
        if c.dep_ == "prep"
        else c.dep_ in spec.object_deps
        # "met on Thursday, their second meeting": the event's own noun names no one met
        and c.lemma_.lower() not in spec.nouns
        for c in verb.children
    ):
        return  # an object is named: the verb rule covers it
    if listed_after_colon(verb):
        return  # "A met: B, C and D": objects, which the verb rule reads
    subjects, passive = stages.arguments.subjects(verb, spec.subject_classes)
    if not passive and len(set(subjects)) == 1:
        # "Minister A and Minister B met", parsed as one bent phrase
        subjects += [
            k
            for c in verb.children
            if c.dep_ == "nsubj"
            for t in c.subtree
            if (k := stages.mentions.entity_of(t))
            and k.startswith("Person:")
            and plain_path(t, c)
        ]
    if passive or len(set(subjects)) < 2:
        return
    # a verb of talking counts only beside a meeting noun ("during a meeting")
    if lemma not in spec.verbs and not any(
        t.lemma_.lower() in spec.nouns for t in verb.subtree if t.dep_ == "pobj"
    ):
        return
    stages.record(
        spec,
        verb,
        subjects,
        [],
        stages.status(spec, verb),
        confidence=stages.nominal_confidence(spec),
    )


def members_trigger(stages: Stages, spec: RelationSpec, noun: Token) -> None:
    """ "Signatories of the charter include A, B and C", "A and B are signatories to the charter",
    "A was among the first signatories"."""
    arguments = stages.arguments
    verb = noun.head
    copula = copula_counting(noun) if noun.dep_ == "pobj" else None
    if (
        copula is not None
    ):  # "A was among the first signatories", "one of the signatories"
        verb = copula
        listed = [c for c in verb.children if c.dep_ == "nsubj"]
    elif verb.lemma_.lower() not in LISTING_VERBS | {"be", "become"}:
        return  # "Chile became a signatory to the accord"
    elif noun.dep_ == "nsubj":
        listed = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    elif noun.dep_ == "attr":
        listed = [c for c in verb.children if c.dep_ == "nsubj"]
    else:
        return
    members = [e for c in listed for e in arguments.entities(c, spec.subject_classes)]
    objects = arguments.prep_objects(noun, frozenset({"of", "to"}), spec.object_classes)
    if not objects:  # "The charter was signed in May. Signatories include …"
        arguments.inferred += 1
        objects = [
            k
            for cls in sorted(spec.object_classes)
            if (k := stages.discourse.previous(cls, noun))
        ][-1:]
    stages.record(
        spec,
        noun,
        members,
        objects,
        stages.status(spec, verb),
        confidence=stages.nominal_confidence(spec),
    )


def name_agreements(stages: Stages, verb: Token) -> None:
    """ "A and B signed five agreements. They include X and Y." / "Among them were X and Y.":
    the signers of the sentence before signed each agreement listed."""
    lexicon = stages.rules.lexicon
    arguments = stages.arguments

    def points_back(t: Token) -> bool:  # "they", "these", "the documents", "them"
        return t.lower_ in {"they", "these", "those", "them"} or (
            t.lemma_.lower() in lexicon.agreement_nouns
            and t.tag_ in {"NNS", "NNPS"}
            and any(c.lower_ in {"the", "these", "those"} for c in t.children)
        )

    groups, listed = _listing(verb)
    if not any(points_back(g) for g in groups):
        return
    for spec in stages.rules.relations:
        if "Agreement" not in spec.object_classes:
            continue
        agreements = [
            e for c in listed for e in arguments.entities(c, spec.object_classes)
        ]
        signers = _last_signers(stages, spec, verb)
        if agreements and signers:
            stages.recorder.record(
                spec,
                verb,
                signers,
                agreements,
                "asserted",
                confidence=spec.confidence,
                inferred=True,  # the signers are named in the sentence before
            )


def _names_a_group(subject: Token) -> bool:
    """Whether a listing verb's subject is a group said before: "*They* were A and B", "*The
    envoys* included C"."""
    return subject.dep_ == "nsubj" and (
        subject.lower_ == "they"
        or (
            subject.tag_ == "NNS"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
        )
    )


def _listing(verb: Token) -> tuple[list[Token], list[Token]]:
    """The group a listing sentence names and the members it lists: "*They* include *X* and Y"
    (the subject of "include" or "comprise"), "Among *them* were *X* and Y" (the object of
    "among" before "be"); nothing for any other verb."""
    lemma = verb.lemma_.lower()
    if lemma in LISTING_VERBS:
        groups = [c for c in verb.children if c.dep_ == "nsubj"]
        return groups, [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    if lemma == "be":
        groups = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "among"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return groups, [c for c in verb.children if c.dep_ in {"nsubj", "attr"}]
    return [], []


#: words of a phrase about those a measure reached ("the countries *affected*", "the *list*")
_REACHED = frozenset({"list", "target", "affect", "hit", "subject", "face"})
#: words of a phrase about those a measure left out ("the countries *spared*")
_SPARED = frozenset(
    {"exempt", "spare", "exclude", "exemption", "negotiate", "retaliate", "escape"}
)


def name_targets(stages: Stages, verb: Token) -> None:
    """ "Peru imposed duties on 40 economies. The list includes A and B." / "Among the countries
    affected are A and B.": whoever imposed the duties the sentence before left without a target
    imposed them on each one listed (not on "the countries spared")."""
    groups, listed = _listing(verb)
    words = {t.lemma_.lower() for g in groups for t in g.subtree}
    for spec in stages.rules.relations:
        if spec.symmetric or not spec.theme_nouns or not listed:
            continue
        if not words & (_REACHED | spec.theme_nouns) or words & _SPARED:
            continue
        unfinished = _unfinished(stages, spec, window_start(verb), verb.i)
        if unfinished is None:
            continue
        targets = [
            e
            for c in listed
            for e in stages.arguments.entities(c, spec.object_classes, deep=True)
            if e not in unfinished[0]
        ]
        if targets:
            stages.recorder.record(
                spec,
                verb,
                unfinished[0],
                targets,
                stages.status(spec, verb),
                confidence=spec.confidence,
                inferred=True,  # the imposer is named in the sentence before
            )


def _last_signers(stages: Stages, spec: RelationSpec, verb: Token) -> list[str]:
    """The subjects of the last trigger of ``spec`` in the sentence before ``verb``'s, if what they
    acted on was no named agreement ("signed five agreements", "signed several documents")."""
    start, here = window_start(verb), sentence_of(verb).start
    doc = verb.doc
    event = _last_event(stages, spec, doc[start].idx, doc[here].idx)
    if event is not None:
        objects = event.roles.get(spec.object_role, [])
        named_nothing = event.status == "asserted" and all(
            generic_agreement(stages.mentions, k) for k in objects
        )
        return (
            list(event.roles.get(spec.subject_role, []))
            if objects and named_nothing
            else []
        )
    unfinished = _unfinished(stages, spec, start, here)
    return unfinished[0] if unfinished else []


def read_rows(stages: Stages, sent: Span) -> None:
    """Rows of a list after a header that names who acts but not on whom ("Trump set these
    tariffs:" then "Vietnam: 46%", "Thailand – 36 per cent"): each row's country is acted on.

    A row is a line with no verb that starts with a country and gives a number; a header is a
    line that ends with a colon.
    """
    doc, mentions, discourse = sent.doc, stages.mentions, stages.discourse
    # not the start of a line ("WASHINGTON - The US set these rates:"): the parser split one,
    # which may end in a header but is no row
    start, end = line_of(doc[sent.start])
    inside = start < sent.start
    line = [t for t in doc[sent.start : end + 1] if not t.is_space]
    if inside and not (line and line[-1].text == ":"):
        return
    first = next((t for t in line if not t.is_punct), None)
    country = mentions.entity_of(first) if first is not None else None
    numbers = [t for t in line if t.like_num]
    row = (
        not inside
        and country is not None
        and country.startswith("Country:")
        and not any(t.pos_ == "VERB" for t in line)
        and bool(numbers)
    )
    spared = row and all(t.text.strip("0.,") == "" for t in numbers)  # "Canada: 0%"
    for spec in stages.rules.relations:
        if spec.symmetric or not spec.theme_nouns:
            continue
        actors = discourse.row_list.get(spec.name)
        if spared and actors:
            continue  # a row of the list, but no duty on it
        if row and actors and first is not None and country is not None:
            stages.recorder.record(
                spec,
                first,
                actors,
                [country],
                "asserted",
                confidence=spec.confidence,
                inferred=True,  # the actor is named in the header
            )
            continue
        if not inside:
            discourse.row_list.pop(spec.name, None)
        # the header's own line, or a bare header on the line after ("… on Thursday.\nThe
        # rates:")
        unfinished = _unfinished(stages, spec, window_start(sent[0]), end + 1)
        if (
            unfinished
            and line
            and line[-1].text == ":"
            and _heads_rows(spec, doc[unfinished[1]], sentence_of(line[-1]))
        ):
            discourse.row_list[spec.name] = unfinished[0]


def _heads_rows(spec: RelationSpec, trigger: Token, header: Span) -> bool:
    """Whether the sentence a colon ends introduces the rows of ``trigger``: it is the trigger's
    own, or a bare phrase about rates or duties ("Rates by country:", "Countervailing duty rates
    by country:", "The duties are as follows:"), not about who was spared ("Countries exempt
    from the new duties:") or anything else ("Share of imports:")."""
    if trigger in header:
        return True

    def rates(t: Token) -> bool:
        return t.lemma_.lower() in spec.theme_nouns or t.lemma_.lower() == "rate"

    def copula_of_rates(t: Token) -> bool:  # "The duties are (as follows):"
        return t.lemma_ == "be" and any(
            c.dep_ == "nsubj" and rates(c) for c in t.children
        )

    return not any(
        (
            t.pos_ in {"VERB", "AUX"}
            and not copula_of_rates(t)
            and t.dep_ not in {"amod", "compound"}  # "countervailing duty rates"
            and not (t.lemma_ == "follow" and copula_of_rates(t.head))  # "as follows"
        )
        or (t.pos_ == "ADJ" and any(t.children))
        for t in header
    ) and any(rates(t) for t in header)


def name_group(stages: Stages, verb: Token) -> None:
    """ "Twelve nations signed the charter. The 12 nations include A, B and C."; "Four envoys
    called on A. They were B and C. The envoys also included D." """
    discourse = stages.discourse
    unnamed = discourse.unnamed_groups
    listing = verb.lemma_ == "be" or verb.lemma_ in LISTING_VERBS
    group = next(
        (
            c
            for c in (verb.subtree if listing else verb.children)
            # "The nine envoys who paid the courtesy calls on A were …": the parser may
            # hang the group on a noun of its relative clause
            if c.dep_ == "nsubj" and c.i < verb.i and c.lemma_.lower() in unnamed
        ),
        None,
    )
    start = sentence_of(verb).start
    if group is not None:
        waiting = unnamed.pop(group.lemma_.lower())
    elif not listing or not any(_names_a_group(c) for c in verb.children):
        return
    elif (
        (last := next(reversed(unnamed), None)) is not None
        and window_start(verb) <= unnamed[last].at < start
    ):  # "… signed the accord. They are A, B and C": the group of the sentence before
        waiting = unnamed.pop(last)
    elif (
        discourse.named_group is not None
        and any(c.lower_ == "also" for c in verb.children)
        and window_start(verb) <= discourse.named_group.at < start
    ):  # "They were A and B. The envoys also included C": more of the same group
        waiting = discourse.named_group
    else:
        return
    discourse.named_group = replace(waiting, at=verb.i)
    spec = waiting.spec
    named = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    members = [
        e for c in named for e in stages.arguments.entities(c, spec.subject_classes)
    ]
    if spec.symmetric:
        # "They were His Excellency A Ambassador of X, B the Ambassador of Y and …": every
        # person the phrase names, however the parser hung them
        members = list(
            dict.fromkeys(
                [
                    *members,
                    *(
                        k
                        for c in named
                        for t in c.subtree
                        if (k := stages.mentions.entity_of(t))
                        and k.startswith("Person:")
                    ),
                ]
            )
        )
    if spec.symmetric and len(members) + len(waiting.objects) < 2:
        return
    stages.recorder.record(
        spec,
        verb,
        waiting.objects if spec.symmetric and waiting.objects else members,
        members if spec.symmetric and waiting.objects else waiting.objects,
        waiting.status,
        confidence=spec.confidence,
        inferred=True,  # the members are named in another sentence
    )


#: The kinds of trigger, in the order their handlers run for one word and relation.
TRIGGER_KINDS = (
    TriggerKind("verb", _is_verb, verb_trigger),
    TriggerKind("light verb", _is_light_verb_object, light_verb_trigger),
    TriggerKind("noun", _is_noun, noun_trigger),
    TriggerKind("collective", _is_collective, collective_trigger),
    TriggerKind("members", _is_member_noun, members_trigger),
)
