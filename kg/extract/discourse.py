"""Discourse: what earlier sentences make available to pronouns, "the two leaders" and "the country"."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.mentions import Mentions
from kg.extract.modality import remote
from kg.extract.rules import Lexicon, RelationSpec
from kg.extract.syntax import (
    clause_subjects,
    clause_verb,
    line_of,
    looking_on,
    prep_objects_of,
    sentence_of,
    title_phrase,
    window_start,
    with_conjuncts,
)

__all__ = ["Discourse", "UnnamedGroup", "aside"]

#: titles written in more than one way, as the words of their longest form
_SAME_TITLE = {
    "premier": ("prime", "minister"),
    "pm": ("prime", "minister"),
    "fm": ("foreign", "minister"),
}


#: offices by their common names, with the titles of those who hold them ("the head of
#: state": a president, a king, an emir …)
_OFFICES = {
    "head of state": frozenset(
        {"president", "king", "queen", "emir", "amir", "sultan", "monarch", "emperor"}
    ),
    "head of government": frozenset({"prime", "premier", "chancellor"}),
}


#: verbs whose subjects stand beside what happens rather than take part ("spokesmen A and B
#: briefed reporters", "A and B attended")
_ASIDE_VERBS = frozenset(
    {"brief", "criticise", "criticize", "accompany", "witness", "watch"}
)


#: number words before a group noun ("the *three* countries"): a group of that many
_NUMBERS = {
    w: n
    for n, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}


def _count(group: Token) -> int | None:
    """How many a group noun says its group holds ("the three countries": 3), if it says."""
    for c in group.lefts:
        if c.dep_ == "nummod":
            return int(c.text) if c.text.isdigit() else _NUMBERS.get(c.lower_)
    return None


#: verbs by which a group only reports ("spokesmen A and B said"; not "announced a deal")
_REPORTING_VERBS = frozenset({"say", "tell", "add", "note", "comment", "remark"})


def aside(token: Token, lexicon: Lexicon) -> bool:
    """Whether a mention stands beside what happens: in a group subject of a verb that
    attends, briefs, looks on, is present or speaks ("Ambassadors A and B attended"; not "A
    and B attended a forum", where they take part), or in a call ("A spoke by phone with B")."""
    while token.dep_ in {"compound", "flat", "conj", "appos"} and token.head != token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "with":
        token = token.head  # "… spoke by phone with B"
    verb = token.head
    lemma = verb.lemma_.lower()
    if token.dep_ == "prep" and remote(verb, lexicon.remote_words):
        return True  # the one called, not those on the call: "they last met in person"
    group = any(c.dep_ in {"conj", "appos"} for c in token.children)
    return (
        group
        and token.dep_ == "nsubj"
        and (
            lemma in _ASIDE_VERBS
            or lemma in _REPORTING_VERBS
            or (lemma == "attend" and not any(c.dep_ == "dobj" for c in verb.children))
            or (lemma == "be" and any(c.lower_ == "present" for c in verb.children))
        )
    )


#: verbs whose subject comes as a visitor ("A arrived in Hanoi", "A visited Chile")
_VISITING_VERBS = frozenset({"arrive", "visit", "land", "fly", "travel"})
#: verbs whose object comes as a visitor ("A hosted B", "A received B")
_HOSTING_VERBS = frozenset({"host", "receive", "welcome"})
#: nouns for a visiting party, led by someone ("a delegation headed by A")
_PARTY_NOUNS = frozenset({"delegation", "team", "mission"})


def _introduced(head: Token, verb: Token) -> bool:
    """Whether a name (its head token, under ``verb``) comes as a visitor: the subject of
    arriving or visiting, the object of hosting or receiving, one who paid a call, or the
    leader of a delegation ("a delegation headed by A", "A led a delegation")."""
    lemma = verb.lemma_.lower()
    if head.dep_ == "nsubj" and lemma in _VISITING_VERBS:
        return True
    if head.dep_ == "dobj" and lemma in _HOSTING_VERBS:
        return True  # "A hosted B", "A received B at the palace"
    if (
        head.dep_ == "pobj"
        and verb.lower_ == "from"
        and verb.head.lemma_.lower() in {"call", "visit"}
    ):
        return True  # "A received a courtesy call from B"
    if head.dep_ == "nsubj" and lemma in {"lead", "head"}:
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in _PARTY_NOUNS for c in verb.children
        )
    return (
        head.dep_ == "pobj"
        and verb.lower_ == "by"
        and verb.head.lemma_.lower() in {"lead", "head"}
        and verb.head.head.lemma_.lower() in _PARTY_NOUNS
    )


def _title_words(words: list[str]) -> set[str]:
    """The words of a title, with "premier" and "PM" read as "prime minister"."""
    return {w for word in words for w in _SAME_TITLE.get(word, (word,))}


#: how many sentences before the one before a pronoun's may name the person it is, when
#: those two name no one
_FURTHEST_SENTENCES = 3
_PERSON = frozenset({"Person"})


def _in_prose(token: Token) -> bool:
    """Whether a word stands on a line of prose, which ends as sentences do, not on a headline
    or a link's line ("Related: A, B sign border pact")."""
    end = line_of(token)[1]
    last = token.doc[end - 1] if end > 0 else token
    return last.text[-1:] in {".", "!", "?", '"', "”", "'", "’", ")"}


@dataclass(frozen=True)
class UnnamedGroup:
    """An event whose subject is a group named later ("Twelve nations signed …")."""

    spec: RelationSpec
    objects: list[str]
    status: str
    #: where the event's trigger stands
    at: int = 0


#: group words for the parties to an event ("the *parties* inked the accord")
_PARTY_WORDS = frozenset({"parties", "sides"})

#: words that make a title another one ("*prime* minister", "*vice* president")
_RANKS = frozenset({"prime", "vice", "deputy"})

#: titles too loose to tell one pair from another ("the two *leaders*")
_LOOSE_TITLES = frozenset(
    {"leader", "official", "representative", "counterpart", "chief"}
)


def _counterpart(name: Token) -> bool:
    """Whether a person is named as someone's counterpart ("her Danish *counterpart* B"), who
    holds that one's title."""
    t = name
    while t.i > 0 and t.nbor(-1).ent_iob_ == "I" and t.ent_iob_ == "I":
        t = t.nbor(-1)  # the name's first word
    for before in reversed(name.doc[max(t.i - 3, 0) : t.i]):
        if before.lemma_.lower() == "counterpart":
            return True
        if before.pos_ not in {"ADJ", "PROPN"}:
            return False
    return False


class Discourse:
    """What earlier sentences of the document make available to pronouns and "the two leaders"."""

    def __init__(self, mentions: Mentions) -> None:
        self.mentions = mentions
        self.onlookers = mentions.lexicon.onlooker_nouns
        #: entity class -> the last two or more entities of it named together
        self.last_groups: dict[str, list[str]] = {}
        #: entity class -> the last two or more entities of it that took part in one event
        self.event_groups: dict[str, list[str]] = {}
        #: the two people of the last meeting read, and where its trigger stands
        self.last_pair: tuple[list[str], int] | None = None
        #: group noun ("nation") -> an event waiting for the group's members to be named
        self.unnamed_groups: dict[str, UnnamedGroup] = {}
        #: the last such event whose members a sentence named (" … The envoys *also* included
        #: D and E": more of them), with where they were named
        self.named_group: UnnamedGroup | None = None
        #: relation -> the subjects of its last trigger that named nothing acted on, and where
        #: ("Brazil imposed duties on steel": on whom, a later sentence may say)
        self.unfinished: dict[str, tuple[list[str], int]] = {}
        #: relation -> who acts in a list of rows that follows ("Trump set these tariffs:\n
        #: Vietnam: 46%\nThailand: 36%")
        self.row_list: dict[str, list[str]] = {}
        #: token index -> the person a "he" or "she" there was read as ("She then met C": the
        #: same "she" as the sentence before's)
        self.pronouns: dict[int, str] = {}

    def _main_subjects(self, token: Token) -> list[str]:
        """The names joined as the subject of the clause a subject pronoun's own clause depends
        on, before the pronoun ("A and B endorsed the goal *when they met*")."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.dep_ not in {"advcl", "relcl", "ccomp"}:
            return []
        return list(
            dict.fromkeys(
                key
                for s in verb.head.children
                if s.dep_ == "nsubj" and s.i < token.i
                for c in with_conjuncts(s)
                if (key := self.mentions.entity_of(c))
            )
        )

    def resolve(self, token: Token, classes: frozenset[str]) -> list[str]:
        """The entities a pronoun or a plural group word ("they", "both", "the two nations") refers to."""
        lower = token.lower_
        collective = self.mentions.lexicon.collective_nouns
        plural = lower in {"they", "we", "both", "them", "two"} or lower in collective
        if plural and self._watched_by_the_named(token):
            return []  # "In their presence, the two ministers signed …": others, unnamed
        if plural and any(
            (
                c.dep_ == "appos"
                or (c.dep_ == "conj" and token.nbor(1).text == "," and c.i > token.i)
            )
            and self.mentions.entity_of(c)
            for c in token.children
        ):
            return []  # "the two ministers, A and B, signed": A and B, named right there
        if lower == "they" and len(own := self._main_subjects(token)) >= 2:
            # "A and B endorsed the goal when they met": A and B (those of them that fit)
            return [k for k in own if k.split(":", 1)[0] in classes]
        if plural:
            kinds = collective.get(lower, ("Person", "Country", "Organization"))
            met_here = self._just_met(token, sentence_of(token).start)
            if lower == "they" and met_here and classes == {"Person"}:
                # "A held talks with B, during which they discussed …": the two who met, not
                # a group named before
                return met_here
            if (
                lower in _PARTY_WORDS
                and _count(token) in {None, 2}
                # "Modi met Mahama, and the two sides inked …": those who just met, first
                and not met_here
            ):
                # "A and B signed an MoU. A exported power to C. The two sides had initialled
                # the draft": the two of the last event, not the last two named
                for cls in kinds:
                    group = self.event_groups.get(cls, [])
                    if cls in classes and len(group) == 2:
                        return group
            if lower == "two" or any(c.lower_ in {"two", "both"} for c in token.lefts):
                # "A held talks with B, and the two leaders signed …": the two who just met;
                # else "A held talks with B, after which the two ministers signed …": the last
                # two of its own sentence; "… Modi's swearing-in. The two leaders then held
                # talks": the two the text just named
                people = "Person" in kinds and "Person" in classes
                if met_here and people:
                    return self._holding(token, met_here)
                met = self._just_met(token, window_start(token))
                if met and not people and "Country" in kinds and "Country" in classes:
                    # "A held talks with Guatemalan President B. The two governments signed
                    # …": the countries of the two who just met, or the two named since the
                    # sentence before; not two named before, in another story
                    pair = self._countries_of_pair(met) or self._just_named(
                        "Country", token
                    )
                    return pair if len(pair) == 2 else []
                for cls in kinds:
                    own = self._named_in_sentence(cls, token)
                    if cls in classes and len(own) >= 2:
                        return own[-2:]
                    met = self._just_met(token, window_start(token))
                    if met and people and set(own) <= set(met):
                        # (not when its own sentence names someone else before it)
                        return self._holding(token, met)
                    pair = self._just_named(cls, token)
                    if cls in classes and len(pair) == 2:
                        return self._holding(token, pair)
            # "the parties", "the sides": those of the last event, not the last ones named;
            # "the three countries": the three of the last event, or the last three named
            count = _count(token)
            groups = (
                [self.event_groups, self.last_groups]
                if lower in _PARTY_WORDS or count is not None
                else [self.last_groups]
            )
            for known in groups:
                for cls in kinds:
                    group = known.get(cls, [])
                    if (
                        cls in classes
                        and len(group) >= 2
                        and count in {None, len(group)}  # "the three countries": three
                    ):
                        return self._holding(token, group) if len(group) == 2 else group
            if (
                lower in collective
                and any(c.lower_ == "the" for c in token.lefts)
                and not any(c.dep_ == "nummod" for c in token.lefts)
            ):
                # "A is visiting at the invitation of B. The leaders held talks": the two just named
                for cls in kinds:
                    pair = self._just_named(cls, token)
                    if cls in classes and len(pair) == 2:
                        return pair
            if any(
                c.lower_ == "two" for c in token.lefts
            ):  # "the two nations": the last two named
                for cls in kinds:
                    if cls in classes:
                        recent = list(
                            dict.fromkeys(
                                k
                                for i, k in reversed(
                                    self.mentions.mentions_between(0, token.i)
                                )
                                if k.startswith(cls + ":")
                                and not self._looking_on(token.doc[i], token)
                            )
                        )
                        if len(recent) >= 2:
                            return self._holding(token, recent[:2])
            if lower == "they" and classes == {"Person"}:
                # "A flew to Lima to see B. They held talks": only people can meet, and two
                # were just named
                pair = self._just_named("Person", token)
                if len(pair) == 2:
                    return pair
            return []
        if lower in {"he", "she", "him", "her"} and "Person" in classes:
            person = self.previous_person(token)
            if (
                person is not None
                and token.dep_ in {"dobj", "pobj"}
                and person in self.clause_subject_keys(token)
            ):  # "B welcomed him": not B
                person = self.previous_person(token, besides=person)
            if person is not None:
                self.pronouns[token.i] = person
            return [person] if person else []
        if (
            lower == "it" and token.dep_ == "nsubj"
        ):  # "It also raised tariffs": the last country or company as subject
            return self.previous_subject(token, classes & {"Country", "Organization"})
        if lower == "it" and "Agreement" in classes:
            # "… will sign the accord, but Bolivia signed it last year": the last agreement named
            agreement = self.previous("Agreement", token)
            return [agreement] if agreement else []
        return []

    def _watched_by_the_named(self, token: Token) -> bool:
        """Whether a group word's sentence says that those the text named looked on, so that
        the group is someone else: "*in their presence*, the two ministers signed", "… in the
        presence of *the presidents*", "A and B *were present* as the two sides signed"."""
        for t in sentence_of(token):
            if t in token.subtree:
                continue
            lemma = t.lemma_.lower()
            if lemma == "presence" or lemma in self.onlookers:
                named_by = [
                    *(c for c in t.children if c.dep_ == "poss"),
                    *prep_objects_of(t, frozenset({"of"})),
                ]
                if any(
                    (n.pos_ == "PRON" and n.lower_ in {"their", "them"})
                    or (
                        n.tag_ in {"NNS", "NNPS"} and self.mentions.entity_of(n) is None
                    )
                    for n in named_by
                ):
                    return True
            if (
                lemma == "present"
                and t.dep_ == "acomp"
                and any(
                    c.dep_ == "nsubj" and any(d.dep_ == "conj" for d in c.children)
                    for c in t.head.children
                )
            ):
                return True
        return False

    def _named_in_sentence(self, cls: str, token: Token) -> list[str]:
        """The entities of ``cls`` named in ``token``'s sentence before it, each once, last named last."""
        named = [
            k
            for i, k in self.mentions.mentions_between(
                sentence_of(token).start, token.i
            )
            if k.startswith(cls + ":") and not self._looking_on(token.doc[i], token)
        ]
        return list(reversed(dict.fromkeys(reversed(named))))

    def clause_subject_keys(self, token: Token) -> set[str | None]:
        """The entities the subjects of ``token``'s clause mention ("B welcomed *him*": B)."""
        return {self.mentions.entity_of(c) for c in clause_subjects(token)}

    def _looking_on(self, token: Token, group: Token) -> bool:
        """Whether a mention names someone only present at what the group word's clause says ("in
        the presence of A and B, the two sides signed": not A and B; but "the signing, witnessed
        by A and B, followed a meeting between the two leaders": A and B)."""
        return looking_on(token, self.onlookers) and clause_verb(token) == clause_verb(
            group
        )

    def _holding(self, token: Token, pair: list[str]) -> list[str]:
        """``pair``, unless "the two *presidents*" are two others the text named with that title
        ("A met President B. Critics C and D … The two presidents later held talks": A and B)."""
        title = token.lemma_.lower()
        if (
            title not in self.mentions.lexicon.person_titles
            or title in _LOOSE_TITLES
            or not all(k.startswith("Person:") for k in pair)
        ):
            return pair
        # "the two *prime* ministers": every word of the title
        qualifiers = title_phrase(token, self.mentions.lexicon.titles)[:-1]
        words = _title_words([title, *(t.lower_ for t in qualifiers)])

        def titled(key: str) -> bool:
            entity = self.mentions.entities.get(key)
            return entity is not None and any(
                words <= _title_words(r.lower().split()) for r in entity.roles
            )

        if all(titled(k) for k in pair):
            return pair
        holders = list(
            dict.fromkeys(
                k
                for i, k in reversed(self.mentions.mentions_between(0, token.i))
                if k.startswith("Person:") and (titled(k) or _counterpart(token.doc[i]))
            )
        )
        return holders[:2][::-1] if len(holders) >= 2 else pair

    def _countries_of_pair(self, pair: list[str]) -> list[str]:
        """The two countries two people are of, one each, if the text gives them."""
        countries = [self.mentions.entities[k].affiliations for k in pair]
        if not all(len(c) == 1 for c in countries):
            return []
        found = [next(iter(c)) for c in countries]
        return found if len(set(found)) == 2 else []

    def _just_met(self, token: Token, since: int) -> list[str]:
        """The two people of the last meeting read between ``since`` and ``token``, if any."""
        if self.last_pair is None:
            return []
        pair, at = self.last_pair
        return pair if since <= at < token.i else []

    def _just_named(self, cls: str, token: Token) -> list[str]:
        """The entities of ``cls`` named in the sentence before ``token``'s and in its own up to it."""
        return list(
            dict.fromkeys(
                k
                for i, k in self.mentions.mentions_between(window_start(token), token.i)
                if k.startswith(cls + ":")
                and not self._looking_on(token.doc[i], token)
                and not aside(token.doc[i], self.mentions.lexicon)
            )
        )

    def previous_subject(self, token: Token, classes: frozenset[str]) -> list[str]:
        """The entity of the last subject in this sentence or the one before, if of ``classes``."""
        start = window_start(token)
        lexicon = self.mentions.lexicon
        for t in reversed(token.doc[start : token.i]):
            if t.dep_ != "nsubj":
                continue
            key = self.mentions.entity_of(t)
            if key is None and t.lemma_.lower() in (
                lexicon.government_bodies | lexicon.government_nouns
            ):
                # "Turkey's trade ministry imposed duties. It levied …": Turkey's
                key = next(
                    (
                        k
                        for c in t.children
                        if c.dep_ in {"poss", "amod", "compound"}
                        and (k := self.mentions.entity_of(c) or "").startswith(
                            "Country:"
                        )
                    ),
                    None,
                )
            if key is not None and any(
                c.dep_ == "conj" and self.mentions.entity_of(c) for c in t.children
            ):
                return []  # "Chile and Peru held talks. It …": which one, it does not say
            if key is not None:
                return [key] if key.split(":", 1)[0] in classes else []
        return []

    def resolve_title(self, token: Token, classes: frozenset[str]) -> list[str]:
        """The one person named earlier whose role has the title ``token`` ("the president"), and the
        words and country before it ("the prime minister", "the Chinese leader": any title will do)."""
        if "Person" not in classes:
            return []
        lexicon = self.mentions.lexicon
        qualifiers = [c for c in token.lefts if c.dep_ in {"amod", "compound", "nmod"}]
        countries = {
            k
            for c in qualifiers
            if (k := self.mentions.entity_of(c) or "").startswith("Country:")
        }
        words = _title_words([t.lower_ for t in title_phrase(token, lexicon.titles)])
        any_title = token.lower_ == "leader" and bool(countries)
        # "the head of state": one whose title is a head of state's
        office = next(
            (
                _OFFICES[phrase]
                for p in prep_objects_of(token, frozenset({"of"}))
                if (phrase := f"{token.lower_} of {p.lower_}") in _OFFICES
            ),
            None,
        )
        if token.lower_ == "head" and office is None:
            return []  # "the head of the delegation" is no title of its own
        if any(c.lower_ in {"host", "hosting"} for c in token.lefts):
            return []  # "received by the host president": not the guest, of that title too
        matches = [
            k
            for k, e in self.mentions.entities.items()
            if e.cls == "Person"
            and (
                any_title
                # "his Spanish counterpart A … the Spanish minister": a counterpart holds the
                # office the title names
                or (
                    bool(countries)
                    and any("counterpart" in r.lower().split() for r in e.roles)
                )
                or (
                    office is not None
                    and any(office & set(r.lower().split()) for r in e.roles)
                )
                or (
                    office is None
                    and any(words <= _title_words(r.lower().split()) for r in e.roles)
                )
            )
            and countries <= e.affiliations
            and self.mentions.first_mention(k) < token.i
        ]
        if len(set(matches)) > 1 and token.dep_ in {"dobj", "pobj"}:
            # "B welcomed the visiting prime minister": not B, who is a prime minister too
            subjects = self.clause_subject_keys(token)
            matches = [k for k in matches if k not in subjects]
        if len(set(matches)) > 1 and office is None:
            # "Minister A … Prime Minister B … the minister": A; a rank the phrase does not
            # say makes another title ("the president": not Vice President C)
            plain = [
                k
                for k in matches
                if any(
                    not (_title_words(r.lower().split()) - words) & _RANKS
                    for r in self.mentions.entities[k].roles
                )
            ]
            matches = plain if len(set(plain)) == 1 else matches
        if (
            len(set(matches)) > 1
            and token.dep_ in {"nsubj", "nsubjpass"}
            and any(c.lower_ == "also" for c in token.head.children)
        ):
            # "Minister A met Minister B in Seoul. The minister *also* held talks with C": the
            # subject goes on
            last = [k for k in self.previous_subject(token, classes) if k in matches]
            matches = last if len(last) == 1 else matches
        return matches[-1:] if len(set(matches)) == 1 else []

    def previous(
        self, cls: str, token: Token, besides: Collection[str | None] = ()
    ) -> str | None:
        """The last entity of class ``cls`` (not one of ``besides``) named in this sentence or the
        one before, before ``token``."""
        found = [
            k
            for _, k in self.mentions.mentions_between(window_start(token), token.i)
            if k.startswith(cls + ":") and k not in besides
        ]
        return found[-1] if found else None

    def previous_further(self, cls: str, token: Token) -> str | None:
        """The one entity of class ``cls`` named in the nearest sentence that names any, of up to
        three before the one before ``token`` (where this sentence and the one before name
        none), in prose, not a headline or a link's line; none if that sentence names two."""
        start = window_start(token)
        for _ in range(_FURTHEST_SENTENCES):
            if start == 0:
                return None
            end, start = start, sentence_of(token.doc[start - 1]).start
            found = {
                k
                for i, k in self.mentions.mentions_between(start, end)
                if k.startswith(cls + ":") and _in_prose(token.doc[i])
            }
            if found:  # one, or which is unclear
                return found.pop() if len(found) == 1 else None
        return None

    def named_body(self, word: str, token: Token) -> str | None:
        """The one organization named before ``token`` whose name has ``word`` in it: "the ministry"
        after "the Ministry of Trade (MOT)", "the Malaysian ministry" after "the Malaysian Ministry of
        Trade" (a name that only adds a qualifier to another is the same body). None if no
        organization, or more than one, is so named."""
        qualifiers = {
            c.lower_ for c in token.children if c.dep_ in {"amod", "compound"}
        }
        found = {
            name
            for _, k in self.mentions.mentions_between(0, token.i)
            if k.startswith("Organization:")
            and word in (name := k.split(":", 1)[1]).split()
            and qualifiers <= set(name.split()) | {word}
        }
        bases = {
            n for n in found if not any(o != n and n.endswith(" " + o) for o in found)
        }
        return f"Organization:{bases.pop()}" if len(bases) == 1 else None

    def visitor(self, token: Token) -> str | None:
        """The one person the text just introduced as a visitor ("the visitor", "his guest",
        "the delegation", "the visiting Head of State"): who arrived or visited, or led a
        delegation, in this sentence or up to three before it; None if not exactly one."""
        doc = token.doc
        start = window_start(token)
        for _ in range(_FURTHEST_SENTENCES - 1):
            if start:
                start = sentence_of(doc[start - 1]).start
        own = self.clause_subject_keys(token)
        found = []
        for i, key in self.mentions.mentions_between(start, token.i):
            head = doc[i]
            while (
                head.dep_ in {"compound", "flat", "conj", "appos"} and head.head != head
            ):
                head = head.head  # "A and B arrived": both; "hosted President | A"
            verb = head.head
            if key.startswith("Person:") and key not in own and _introduced(head, verb):
                found.append(key)
        found = list(dict.fromkeys(found))
        return found[0] if len(found) == 1 else None

    def previous_person(self, token: Token, besides: str | None = None) -> str | None:
        """The person "he" or "she" at ``token`` is: the one named in this sentence or the one before
        (other than ``besides``); if those name no one, the sentences before them, up to three
        ("A arrived in Tokyo. [two sentences naming no one] She met B")."""
        window = window_start(token)
        people = sorted(
            (i, k)
            for i, k in [
                *self.mentions.mentions_between(window, token.i),
                *((i, k) for i, k in self.pronouns.items() if window <= i < token.i),
            ]
            if k.startswith("Person:") and k != besides
        )
        if not people:
            # "The Mauritanian leader was on a visit. Later, he held talks with B": the one the
            # title in the sentence before is
            people = [
                (t.i, found[0])
                for t in token.doc[window : token.i]
                if t.dep_ == "nsubj"
                and any(c.lower_ == "the" for c in t.lefts)
                and (
                    t.lower_ in self.mentions.lexicon.person_titles
                    or t.lower_ == "leader"
                )
                and len(found := self.resolve_title(t, _PERSON)) == 1
                and found[0] != besides
            ]
        start = window
        for _ in range(_FURTHEST_SENTENCES):
            if people or start == 0:
                break
            start = sentence_of(token.doc[start - 1]).start
            people = [
                (i, k)
                for i, k in self.mentions.mentions_between(start, window)
                if k.startswith("Person:")
            ]
        if not people:
            return None
        # A second, different person makes "he" ambiguous: take the last one who was a subject,
        # in the pronoun's own sentence first ("A told reporters, where she was hosting B, …"),
        # else before it.
        if len({k for _, k in people}) > 1:
            own = sentence_of(token).start
            subjects = [
                (i >= own, k)
                for i, k in people
                if token.doc[i].dep_ in {"nsubj", "nsubjpass"}
                or (  # "The EU envoy, A, said he met B": the subject's name (or the
                    # name of a noun the parser made the root, its verb a participle)
                    token.doc[i].dep_ == "appos"
                    and (
                        token.doc[i].head.dep_ in {"nsubj", "nsubjpass"}
                        or (
                            token.doc[i].head.dep_ == "ROOT"
                            and token.doc[i].head.pos_ in {"NOUN", "PROPN"}
                        )
                    )
                )
            ]
            same = [k for here, k in subjects if here]
            before = [k for here, k in subjects if not here]
            found = same or before
            return found[-1] if found else None
        return people[-1][1]
