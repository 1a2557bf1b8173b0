"""Arguments: the entities that stand in a trigger's argument positions.

Given a token in an argument position (a subject, an object, the object of a
preposition), ``Arguments`` says which entities it refers to: through the
mentions of the document, conjuncts and appositions, lists ("partners including
A and B"), offices ("the president of Guyana, Irfan Singh"), and, through the
discourse, pronouns and group words. It counts the arguments it had to infer,
which make an event less sure.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from spacy.tokens import Span, Token

from kg.extract.agreements import generic_agreement
from kg.extract.discourse import Discourse
from kg.extract.lists import (
    holder_after,
    listed_after,
    listed_before,
    mention_end,
    mention_start,
    named_after,
    named_before,
)
from kg.extract.mentions import Mentions
from kg.extract.people import in_portfolio, personal_name, unrecognised_person
from kg.extract.syntax import (
    RELATIVE_PRONOUNS,
    copula_counting,
    dash_joined,
    line_of,
    list_goes_on,
    listed_after_colon,
    lists_examples,
    prep_objects_of,
    sentence_of,
    with_conjuncts,
    within_clause,
    within_phrase,
)

__all__ = ["Arguments", "fits", "onlooker"]

_PEOPLE = frozenset({"Person"})
#: numbers written as words, as far as a list a text spells out goes
_NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
#: the ranks of titles: journalists call leaders of one rank counterparts ("President A met his
#: Indian counterpart, Prime Minister B"), but a minister's counterpart is no head of state
_OFFICE_RANKS = dict.fromkeys(
    [
        "president",
        "prime",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
    ],
    "leader",
) | dict.fromkeys(["minister", "secretary", "fm"], "minister")


#: words of a minister's title that say nothing of the portfolio
_NO_PORTFOLIO = frozenset(
    {"minister", "secretary", "of", "for", "the", "and", "affairs", "state", "cabinet"}
)


def _office(role: str) -> tuple[str, frozenset[str]] | None:
    """A title's rank and, for a minister, the words of the portfolio: "Prime Minister" is a
    leader, "Deputy Prime Minister" a deputy leader, "Defence Minister" a minister of defence."""
    words = role.lower().split()
    ranks = [_OFFICE_RANKS[w] for w in words if w in _OFFICE_RANKS]
    if not ranks:
        return None
    if "leader" in ranks:
        deputy = any(w in {"deputy", "vice"} for w in words)
        return ("deputy leader" if deputy else "leader"), frozenset()
    return "minister", frozenset(w for w in words if w not in _NO_PORTFOLIO)


def _alike(one: tuple[str, frozenset[str]], other: tuple[str, frozenset[str]]) -> bool:
    """Whether two offices are of one rank and, where both name a portfolio, share a word of it."""
    return one[0] == other[0] and (
        not one[1] or not other[1] or bool(one[1] & other[1])
    )


#: nouns for people some of whom the "of" phrase names ("members of the delegation led by A")
_GROUPS_OF_PEOPLE = frozenset(
    {"member", "delegation", "team", "mission", "group", "side", "party"}
)
#: nouns that point back to whoever came to visit ("hosted *the visitor*")
_VISITOR_NOUNS = frozenset({"visitor", "guest", "delegation", "dignitary"})


def _in_respect_of(prep: Token) -> bool:
    """The last word of "in respect of", "with regard to": a preposition of its own."""
    return prep.lower_ in {"of", "to"} and prep.head.lower_ in {"respect", "regard"}


def onlooker(noun: Token, onlooker_nouns: frozenset[str]) -> bool:
    """Whether a phrase names someone present as a witness, not a party ("with Ecuador as a
    witness", "with A in attendance")."""
    after = [  # the parser may hang "in attendance" on the verb, right after the name
        c for c in noun.head.head.children if c.i == noun.right_edge.i + 1
    ]
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"as", "in"}
        and any(
            p.dep_ == "pobj" and p.lemma_.lower() in onlooker_nouns for p in c.children
        )
        for c in [*noun.children, *after]
    )


def fits(mentions: Mentions, key: str, classes: Iterable[str]) -> bool:
    """Whether entity ``key`` is of one of ``classes`` (``Bloc``: an organization of states the
    gazetteer knows, not a company: "duties on the EU", not "BYD faces a 17% duty", nor a
    ministry)."""
    cls = key.split(":", 1)[0]
    if cls in classes:
        return True
    if "Bloc" not in classes or cls != "Organization":
        return False
    known = mentions.gazetteer.organization(mentions.entities[key].name)
    return known is not None and known.kind != "company"


_QUOTES = frozenset({'"', "“", "”"})


def _quote_marks(token: Token) -> list[Token]:
    """The marks that open and close the quotation ``token`` stands in, within its paragraph, if it
    stands in one: an odd number of marks before it on its line."""
    doc = token.doc
    start, end = line_of(token)
    before = [t for t in doc[start : token.i] if t.text in _QUOTES]
    if len(before) % 2 == 0:
        return []
    after = next((t for t in doc[token.i : end] if t.text in _QUOTES), None)
    return [before[-1], *([after] if after is not None else [])]


class Arguments:
    """Reads the entities in argument positions, with the document's mentions and discourse."""

    def __init__(self, mentions: Mentions, discourse: Discourse) -> None:
        self.mentions = mentions
        self.discourse = discourse
        self.lexicon = mentions.lexicon
        #: words of a government or one of its bodies ("government", "ministry", "customs")
        self.governments = (
            self.lexicon.government_nouns | self.lexicon.government_bodies
        )
        #: arguments found through another sentence or a pronoun since the last reset
        self.inferred = 0
        #: whether a counterpart's office is being weighed against its actor's
        self._weighing_counterpart = False

    def entities(
        self, token: Token, classes: frozenset[str], *, deep: bool = False
    ) -> list[str]:
        """Entities a noun phrase headed by ``token`` (and its conjuncts) refers to."""
        found: list[str] = []
        conjuncts = with_conjuncts(token)
        if "Person" in classes:
            conjuncts += self._listed_after_country(conjuncts)
        for t in conjuncts:
            if t is not token and self._describing(t):
                continue  # "A and Emirati developer B": the parser made "Emirati" a conjunct
            named = self._refers_to(t, classes, deep=deep)
            if (
                not named
                and "Person" in classes
                and t.pos_ == "PROPN"
                and len(conjuncts) > 1
                and any(
                    (self.mentions.entity_of(c) or "").startswith("Person:")
                    for c in conjuncts
                )
            ):  # "Ana Rojas and Luis Paredes signed": a name beside a person's is a person's
                key = unrecognised_person(self.mentions, t)
                named = [key] if key is not None else []
            found.extend(named)
            anchor = t if named and self.mentions.entity_of(t) in named else None
            if anchor is None and named and t.pos_ == "NOUN":
                # "signed by A and World Bank country director B": the parser made B the
                # title's apposition
                anchor = next(
                    (
                        c
                        for c in t.children
                        if c.dep_ == "appos"
                        and c.left_edge.i == t.i + 1
                        and self.mentions.entity_of(c) in named
                    ),
                    None,
                )
            if anchor is None and len(named) == 1 and self._titled(t):
                # "signed by Zambia's Minister of Transport, A, and Tanzania's Minister for
                # Transport, B": the holder the title went on to name, and the list after it
                sentence = sentence_of(t)
                anchor = next(
                    (
                        x
                        for x in t.doc[t.i + 1 : min(t.i + 12, sentence.end)]
                        if self.mentions.entity_of(x) == named[0]
                    ),
                    None,
                )
            if anchor is not None:
                # "met Turkish President A, Brazil President B and …": the list the parse lost
                fits = functools.partial(self.fits, classes=classes)
                if (
                    t.dep_ != "pobj"
                    or t.head.dep_ == "agent"
                    or t.head.lower_ == "with"
                ):
                    # "signed by A and Russian President B", "A and UAE President B signed",
                    # "held talks with Thai Foreign Minister A and Cambodian Foreign Minister B"
                    start = mention_start(self.mentions, anchor.i)
                    found.extend(listed_before(self.mentions, start, fits))
                found.extend(
                    listed_after(
                        self.mentions, mention_end(self.mentions, anchor.i), fits
                    )
                )
            if named and (key := self.mentions.entity_of(t)) in named:
                items = self._examples(t, classes, deep=deep)
                if items:  # "signed five agreements, including A and B": A and B
                    found.extend(items)
                    if generic_agreement(self.mentions, key):
                        found.remove(key)
            for c in t.children:
                if c.dep_ == "acl" and c.lemma_ == "represent":
                    # "between Ghana, represented by Minister A, and Senegal, represented by
                    # B": who acted for it (the parser may hang the next party on A)
                    agents = [
                        e
                        for a in c.children
                        if a.dep_ == "agent"
                        for p in a.children
                        if p.dep_ == "pobj"
                        for e in self.entities(p, classes, deep=deep)
                    ]
                    if agents and named and named[0].startswith("Person:"):
                        # "Vice President A, represented by Senator B, received C": A was
                        # not there
                        found = [k for k in found if k not in named]
                    found.extend(agents)
            for c in t.children:  # "documents, particularly the joint statement"
                if c.dep_ == "appos" and any(
                    a.lower_ in self.lexicon.singling_adverbs
                    for a in c.children
                    if a.dep_ in {"advmod", "prep"}
                ):
                    found.extend(self._refers_to(c, classes, deep=deep))
        return list(dict.fromkeys(found))

    def _describing(self, t: Token) -> bool:
        """Whether a country's word only qualifies the common noun after it ("*Emirati* developer
        Modon Holding"), or a body's name the title in lower case after it ("*Infosys*
        vice-president A")."""
        key = self.mentions.entity_of(t) or ""
        end = mention_end(self.mentions, t.i)
        after = t.doc[end] if end < len(t.doc) else None
        if key.startswith("Organization:") and after is not None:
            return (
                after.is_lower
                and after.pos_ in {"NOUN", "ADJ"}  # not a joiner: "the Ministry *of* …"
                and after.lower_ in self.lexicon.titles
            )
        return (
            key.startswith("Country:")
            and end == t.i + 1
            and after is not None
            and after.pos_ == "NOUN"
            and after.is_lower
            and after.dep_ in {"compound", "amod"}
            and after.head.i > after.i
        )

    def _country_after_office(self, office: Token, word: Token) -> bool:
        """Whether the parser made a country an office's apposition, where it goes on the office's
        "of" list ("the leaders of A, B and C": B is no leader)."""
        return (
            office.lemma_.lower() in self.lexicon.person_titles
            and (self.mentions.entity_of(word) or "").startswith("Country:")
            and bool(prep_objects_of(office, frozenset({"of"})))
        )

    def _titled(self, noun: Token) -> bool:
        """Whether a noun is a title, or ends one ("the *chairman*", "the chief *executive*")."""
        return (
            noun.lower_ in self.lexicon.titles
            or noun.lemma_.lower() in self.lexicon.titles
        )

    def _countries_of(self, person: Token) -> list[Token]:
        """The countries of a name's "of" phrase ("A of Ghana")."""
        return [
            p
            for p in prep_objects_of(person, frozenset({"of"}))
            if (self.mentions.entity_of(p) or "").startswith("Country:")
        ]

    def _listed_after_country(self, people: list[Token]) -> list[Token]:
        """People the parser hung on the country of the one before ("A of Ghana and B of Togo
        signed": B as a conjunct of Ghana)."""
        entity_of = self.mentions.entity_of
        return [
            c
            for t in people
            if (entity_of(t) or "").startswith("Person:")
            for p in self._countries_of(t)
            for c in with_conjuncts(p)[1:]
            if (entity_of(c) or "").startswith("Person:")
        ]

    def _examples(self, t: Token, classes: frozenset[str], *, deep: bool) -> list[str]:
        """The things an "including …" or "such as …" phrase after ``t`` names, on ``t`` or on its verb
        ("signed five agreements on Monday, including A and B")."""
        preps = [c for c in t.children if c.dep_ == "prep"] + [
            c for c in t.head.children if c.dep_ == "prep" and c.i > t.i
        ]
        found: list[str] = []
        for prep in preps:
            if not lists_examples(prep):
                continue
            for p in prep.children:
                if p.dep_ == "pobj":
                    found.extend(self.entities(p, classes, deep=deep))
            found.extend(  # "…, including an accord on A, a treaty on B and …"
                e
                for c in t.children
                if c.dep_ == "appos" and c.i > prep.i
                for e in self.entities(c, classes, deep=deep)
            )
        return found

    def _person_named(self, t: Token) -> bool:
        """Whether a name could be a person's: one, none the model found, or a two- or three-word
        one the model took for an organization or a place ("Colombia, Gustavo Petro")."""
        key = self.mentions.entity_of(t)
        return (
            key is None
            or key.startswith("Person:")
            or personal_name(self.mentions, key)
        )

    def _refers_to(self, t: Token, classes: frozenset[str], *, deep: bool) -> list[str]:
        """The entities of ``classes`` one token refers to (``deep``: or, failing that, the entities
        that qualify it: "Brazil's commerce ministry" -> Brazil)."""
        key = self.mentions.entity_of(t)
        if key is not None and self.fits(key, classes) and self._title_as_name(t, key):
            # "the Kabaka of Buganda, Ronald Mutebi II, received …": an office the model took
            # for a name; its holder after the commas is the one
            return [
                e
                for c in t.children
                if c.dep_ == "appos"
                for e in self._refers_to(c, classes, deep=False)
            ]
        if key is not None and self.fits(key, classes):
            if (
                key.startswith("Organization:")
                and "Country" in classes
                and t.lemma_.lower() in self.governments
            ):
                # "the Customs Administration in Morocco": the body, and the country it acts for
                countries = self._modifiers(t, frozenset({"Country"}))
                if not countries and self.mentions.entities[key].name.islower():
                    # "NEW DELHI (PTI) - The finance ministry imposed …": the dateline's
                    countries = self._dateline_country(t)
                return list(
                    dict.fromkeys([key, *countries, *self._acting_for([key], classes)])
                )
            return [key]
        found = []
        appositions = [
            c
            for c in t.children
            if c.dep_ == "appos"
            and c not in listed_after_colon(t.head)
            and not self._country_after_office(t, c)
        ]
        if not appositions and "Person" in classes and t.pos_ == "NOUN":
            # "her counterpart from Chile, Tomas Vidal": the parser hung the name on the country
            preps = [
                c
                for c in [*t.children, *t.head.children]
                if c.dep_ == "prep"
                and c.lower_ in {"from", "of"}
                and (c.head == t or c.i == t.right_edge.i + 1)
            ]  # "met her counterpart from Chile": the parser may hang "from" on the verb
            # "the chief executive of Equity Group, A": a title's body, then its holder
            bodies = ("Country:", "Organization:") if self._titled(t) else ("Country:",)
            appositions = [
                c
                for prep in preps
                for p in prep.children
                if p.dep_ == "pobj"
                and (self.mentions.entity_of(p) or "").startswith(bodies)
                for c in p.children
                if (
                    c.dep_ == "appos"
                    or (c.dep_ == "conj" and t.doc[c.left_edge.i - 1].lower_ == ",")
                )  # "… from Ghana, Kwame Asante": the parser may make the name a conjunct
                and self._person_named(c)
                and c.pos_ == "PROPN"
                for c in with_conjuncts(c)  # "the leaders of A and B, C and D": C and D
            ]
        for c in appositions:  # "The President of the United States, George W. Bush"
            named = self._refers_to(c, classes, deep=False)
            if named and "Person" in classes:
                # "the two ministers, A of Ghana and B of Togo"
                named += [
                    e
                    for x in self._listed_after_country([c])
                    for e in self._refers_to(x, classes, deep=False)
                ]
                # "hosted Presidents A of Ghana, B of Togo and C of Benin": B the parser made
                # A's apposition, C B's conjunct
                named += [
                    e
                    for x in c.children
                    if x.dep_ == "appos"
                    and x.pos_ == "PROPN"
                    and t.doc[x.left_edge.i - 1].text == ","
                    and self._countries_of(c)
                    and self._countries_of(x)
                    for e in self.entities(x, classes)
                ]
            found += named
        if found:  # each apposition ("… by Energy Minister A and Climate Minister B")
            return list(dict.fromkeys(found))
        if (
            key is None
            and t.lower_ in RELATIVE_PRONOUNS
            and t.lower_
            != "that"  # after a preposition, "that" points, it does not relate
            and t.dep_ == "pobj"
            and t.head.head.dep_ == "relcl"
        ):
            # "A met B, with whom he signed a memorandum": B
            return self._refers_to(t.head.head.head, classes, deep=deep)
        if (
            key is None
            and t.lower_ in {"which", "whom"}
            and t.dep_ in {"dobj", "nsubjpass"}
            and t.head.dep_ == "relcl"
        ):
            # "Brazil, which the United States hit with 50% tariffs": Brazil; "Canada, which
            # was hit by US tariffs": Canada
            return self._refers_to(t.head.head, classes, deep=deep)
        if key is None and classes == _PEOPLE and t.pos_ == "PROPN":
            # the slot says it is a person: "Modi also met …"; "Ruto met Museveni", which the
            # model took for a people, if a person is named on the other side
            key = unrecognised_person(
                self.mentions, t, nationality=self._beside_a_person(t)
            )
            if key is not None:
                return [key]
        if (
            key is not None
            and classes == _PEOPLE
            and personal_name(self.mentions, key)
            and not (
                key.startswith("Location:")
                and (t.head.lemma_.lower() == "visit" or self.mentions.destination(t))
            )
        ):
            # "Giorgia Meloni met …", which the model took for an organization or a place
            # (but one visits places, and goes on a visit to them)
            return [self.mentions.reclassify(key, "Person")]
        if key is not None and (
            classes == _PEOPLE
            # "Ana Prado and B signed": where an organization may stand too, a place only
            or ("Person" in classes and key.startswith("Location:"))
        ):
            person = self._given_name_before(t, key)
            if person is not None:
                return [person]
            if (
                key.startswith("Location:")
                and personal_name(self.mentions, key)
                and self._conjoined_with_person(t)
            ):  # "signed by A and Lina Okafor", the model taking the name for a place
                return [self.mentions.reclassify(key, "Person")]
        if (
            key is not None
            and classes == _PEOPLE
            and self._beside_a_person(t)
            and personal_name(self.mentions, key, single=True)
        ):  # "Wong met Modi", the model taking Modi for a place ("met Hamas": the gazetteer
            # knows it)
            return [self.mentions.reclassify(key, "Person")]
        if (
            key is not None
            and key.startswith("Organization:")
            and classes == _PEOPLE
            and (word := self._office_holder(t)) is not None
            and any(x.lower_ in self.lexicon.titles for x in t.doc[t.i : word.i])
        ):
            # "Organisation of American States Secretary-General A met …": the parser hung
            # the title and its holder on the body's "of"
            return self._refers_to(word, classes, deep=False)
        if key is not None:
            return []  # a mention of an entity of another class
        for reader in self._READERS:
            read = reader(self, t, classes, deep)
            if read is not None:
                return read
        return []

    def _beside_a_person(self, t: Token) -> bool:
        """Whether a one-word name stands where only a person can, across a meeting from a
        person the model knew: the subject or object of its verb ("Wong met Modi"), or "with"
        it ("Sanchez held talks with Petro")."""
        if t.tag_ != "NNP" or t.dep_ not in {"nsubj", "dobj", "pobj"}:
            return False
        if t.dep_ == "pobj" and t.head.lower_ != "with":
            return False
        verb = t.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        slots = {"nsubj", "dobj", "pobj"}

        def slot(x: Token) -> bool:
            """ "Tinubu received the French ambassador A" (the title's apposition), "Costa met
            Ruto, Museveni and Kagame" (a conjunct)."""
            while x.dep_ in {"appos", "conj"} and x.head.i != x.i:
                x = x.head
            return x.dep_ in slots

        return any(
            x.i != t.i
            and (self.mentions.entity_of(x) or "").startswith("Person:")
            and slot(x)
            for x in verb.subtree
        )

    def _conjoined_with_person(self, t: Token) -> bool:
        """Whether a name is a conjunct of a person's name, or has one: "A and *B*", "*B* and A"."""
        return any(
            (self.mentions.entity_of(x) or "").startswith("Person:")
            for x in [*(c for c in t.children if c.dep_ == "conj"), t.head]
            if x.i != t.i and (x.dep_ == "conj" or t.dep_ == "conj")
        )

    def _given_name_before(self, t: Token, key: str) -> str | None:
        """ "Ana Costa met …", where the model took the surname alone for a place or a company: with
        the capitalised word before it that no entity claims, a person's name."""
        mentions = self.mentions
        entity = mentions.entities[key]
        given = t.i - 1
        if (
            entity.cls not in {"Location", "Organization"}
            or " " in entity.name
            or entity.ids
            or given < 0
        ):
            return None
        before = mentions.tokens[given]
        if (
            before.pos_ != "PROPN"
            or not before.is_title
            or before.ent_type_
            or given in mentions.by_token
            or before.head != t
            or before.lower_ in self.lexicon.titles
            or mentions.gazetteer.country(before.text)
        ):
            return None
        person = mentions.reclassify(key, "Person", f"{before.text} {entity.name}")
        mentions.by_token[given] = person
        return person

    # Readers of a token no mention names: each gives the entities it finds, or None to let the next one try.

    def _listed(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "partners including A and B", "countries like A", "countries such as A"."""
        if t.pos_ != "NOUN":
            return None
        preps = [
            c
            for c in t.children
            if c.dep_ == "prep" and (c.lower_ == "like" or lists_examples(c))
        ]
        preps += [  # "countries with which it has no trade agreement, including A and B"
            x
            for c in t.children
            if c.dep_ == "relcl"
            for x in c.subtree
            if x.dep_ == "prep"
            and lists_examples(x)
            and x.nbor(-1).text == ","
            and x.right_edge.i == t.right_edge.i
        ]
        listed = [
            e
            for c in preps
            for p in c.children
            if p.dep_ == "pobj"
            for e in self.entities(p, classes)
        ]
        return listed or None

    def _plural_office(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "the foreign ministers of Japan and Peru": each country's minister the text names; if
        it names none, and a country may act, the countries ("the presidents of A, B and C
        signed")."""
        plural_title = (
            t.tag_ == "NNS" and t.lemma_.lower() in self.lexicon.person_titles
        )
        kinds = self.lexicon.collective_nouns.get(
            t.lower_, ("Person",) if plural_title else ()
        )
        if "Person" not in kinds or "Person" not in classes:
            return None
        of = prep_objects_of(t, frozenset({"of"}))
        listed = [  # "the leaders of Peru and Chile, A and B", which the parser lists together
            c
            for p in of
            for c in with_conjuncts(p)
            if (self.mentions.entity_of(c) or "").startswith("Person:")
        ]
        if len(listed) >= 2:
            return [e for c in listed for e in self._refers_to(c, classes, deep=False)]
        holders = self._office_holders(t)
        if holders or listed or "Country" not in classes:
            return holders or None
        countries = [
            e
            for p in of
            + [
                c
                for c in t.children
                if c.dep_ == "appos" and self._country_after_office(t, c)
            ]
            for e in self.entities(p, frozenset({"Country"}))
        ]
        return countries if len(countries) >= 2 else None

    def _before_a_name(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "a meeting with PMLN supremo A", where the parser took the party for the one met and a
        word of the title for a verb: the person named right after."""
        if (
            classes != _PEOPLE
            or t.dep_ != "pobj"
            or (not t.is_title and not t.is_upper)
        ):
            return None
        for k in range(t.i + 1, min(t.i + 4, len(t.doc))):
            word = self.mentions.tokens[k]
            key = self.mentions.by_token.get(k)
            if key is not None:
                return [key] if key.startswith("Person:") else None
            if word.is_punct or not word.is_alpha:
                return None
        return None

    def _envoys(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "negotiators from Serbia and Kosovo", "representatives of Peru", "negotiators for the EU
        and Peru", "Chile's negotiators", "ministers from Japan and Peru": those they act for."""
        if not classes & {"Country", "Organization"}:
            return None
        titles = self.lexicon.person_titles
        if t.pos_ == "NOUN" and t.lemma_.lower() in self.lexicon.envoy_nouns:
            preps = frozenset({"from", "of", "for"})
        elif (
            t.tag_ in {"NNS", "NNPS"}
            and (t.lemma_.lower() in titles or t.lower_.removesuffix("s") in titles)
        ):  # unnamed office holders "from" their countries (not "of": an office's country)
            preps = frozenset({"from"})
        else:
            return None
        bodies = classes & {"Country", "Organization"}
        return [
            e
            for p in [
                *prep_objects_of(t, preps),
                *(
                    c
                    for c in t.children
                    if c.dep_ == "poss" and c.pos_ == "PROPN" and "of" in preps
                ),
            ]
            for e in self.entities(p, bodies)
        ] or None

    def _quantity(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "a number of agreements", "a series of deals": what it is a number of."""
        if t.lemma_.lower() not in self.lexicon.quantity_nouns:
            return None
        of = prep_objects_of(t, frozenset({"of"}))
        if not of:
            return None  # "the pair held talks": no number of anything
        return [e for p in of for e in self.entities(p, classes, deep=deep)]

    def _spelled_out(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "the four members of Mercosur — A, B, C and D": the list after a counted plural (or
        after its "of" phrase, where the parser hung it), if it has as many names."""
        count = next((c for c in t.children if c.dep_ == "nummod"), None)
        if t.tag_ != "NNS" or count is None:
            return None
        try:
            wanted = int(count.text)
        except ValueError:
            wanted = _NUMBER_WORDS.get(count.lower_, 0)
        hosts = [t, *prep_objects_of(t, frozenset({"of"}))]
        for listed in (c for h in hosts for c in h.children if c.dep_ == "appos"):
            names = [
                e for x in with_conjuncts(listed) for e in self.entities(x, classes)
            ]
            if len(set(names)) == wanted:
                return list(dict.fromkeys(names))
        return None

    def _led_by(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "the two sides led by A and B", "a delegation headed by A": who leads it (also "a
        delegation from the IMF led by A", the parser hanging "led" on the IMF)."""
        if t.pos_ not in {"NOUN", "PRON"}:
            return None
        hosts = [t, *prep_objects_of(t, frozenset({"of", "from"}))]
        for c in (c for h in hosts for c in h.children):
            if c.dep_ == "acl" and c.lemma_ in {"lead", "head"}:
                return [
                    e
                    for a in c.children
                    if a.dep_ == "agent"
                    for p in a.children
                    if p.dep_ == "pobj"
                    for e in self.entities(p, classes)
                ]
        return None

    def _bearer(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "received the credentials of Ambassador A": who brought them."""
        if t.lemma_.lower() not in self.lexicon.presence_nouns:
            return None
        return [
            e
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in {"of", "from"}
            for p in c.children
            if p.dep_ == "pobj"
            for e in self.entities(p, classes)
        ] or None

    def _pronoun(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """A pronoun or "the two sides", "both countries": what an earlier mention or the speaker is."""
        if not (
            t.pos_ == "PRON"
            or (  # "the two held talks"
                t.lower_ == "two"
                and t.dep_ in {"nsubj", "nsubjpass"}
                and any(c.lower_ == "the" for c in t.lefts)
            )
            or (
                t.lower_ in self.lexicon.collective_nouns
                and any(c.lower_ in {"the", "two", "both", "three"} for c in t.lefts)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
            )  # "the presidents of Argentina, A" names them: an office, read below
        ):
            return None
        self.inferred += 1
        found = self.discourse.resolve(t, classes) or self._reported_speaker(t, classes)
        return found + self._acting_for(found, classes)

    def _honorific(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "His Highness also received A": the person named after "His Highness" before, else the
        one "he" would be; "His Highness the Emir": the Emir named before."""
        if (
            "Person" not in classes
            or t.lower_ not in self.lexicon.honorific_styles
            or not any(
                c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in t.children
            )
        ):
            return None
        self.inferred += 1
        for c in t.children:
            if c.dep_ == "appos" and c.lower_ in self.lexicon.person_titles:
                return self.discourse.resolve_title(c, classes)
        styled = [  # the first person named after each earlier "His Highness"
            next(
                (
                    k
                    for _, k in self.mentions.mentions_between(u.i + 1, u.i + 8)
                    if k.startswith("Person:")
                ),
                None,
            )
            for u in t.doc[: t.i]
            if u.lower_ == t.lower_
        ]
        if any(styled):
            return [k for k in styled if k][-1:]
        person = self.discourse.previous_person(t)
        return [person] if person else []

    def _acting_for(self, keys: list[str], classes: frozenset[str]) -> list[str]:
        """The countries the government bodies among ``keys`` belong to ("China's Ministry of
        Commerce … it"), where a country may stand."""
        if "Country" not in classes:
            return []
        owners = self.mentions.owners
        return [
            owners[key]
            for key in keys
            if key in owners
            and owners[key] not in keys
            and any(
                w.casefold() in self.lexicon.government_bodies
                for w in self.mentions.entities[key].name.split()
            )
        ]

    def _government_body(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "the Malaysian ministry": Malaysia, and the one ministry the text named before, if any;
        "The government also imposed …": the country the sentence before was about."""
        word = t.lemma_.lower()
        definite = any(
            c.dep_ == "det" and c.lower_ in {"the", "this"} for c in t.children
        ) or (  # "said Government had imposed …", as Commonwealth papers write it
            t.text == "Government" and not any(c.dep_ == "det" for c in t.children)
        )
        if (
            word in self.lexicon.government_nouns
            and definite
            and t.dep_ == "nsubj"
            # not "Solomon Islands, where the government …"; "said the government had …"
            and t.head.dep_ in {"ROOT", "conj", "ccomp"}
            and "Country" in classes
            and not any(c.dep_ != "det" for c in t.children)
        ):
            # "Canada announced new rules. The government also imposed …": as "it" would;
            # "NEW DELHI: The government has imposed …": the dateline's country
            found = self.discourse.previous_subject(
                t, frozenset({"Country"})
            ) or self._dateline_country(t)
            self.inferred += bool(found)
            return found or None
        if word not in self.lexicon.government_bodies:
            return None
        found = self._modifiers(t, classes)
        named = self.discourse.named_body(word, t) if definite else None
        if named is not None and self.fits(named, classes):
            self.inferred += 1
            found.append(named)
        if not found and definite and "Country" in classes:
            # "NEW DELHI (PTI) - The finance ministry imposed …": the dateline's country
            found = self._dateline_country(t)
            self.inferred += bool(found)
        return found or None

    def _dateline_country(self, t: Token) -> list[str]:
        """The country the last dateline before ``t`` is in ("NEW DELHI, March 12 (PTI) -")."""
        datelines = [d for d in t.doc.spans.get("kg_dateline", []) if d.end <= t.i]
        if not datelines:
            return []
        keys = {self.mentions.entity_of(x) for x in datelines[-1]}
        return sorted(k for k in keys if k is not None and k.startswith("Country:"))

    def _definite_anaphor(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "the country", "the company", "his firm": the last one named, if nothing qualifies the noun."""
        anaphor = self.lexicon.definite_anaphors.get(t.lower_)
        pointer = any(
            (c.dep_ == "det" and c.lower_ in {"the", "this"})
            or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in t.children
        )
        qualified = any(
            (c.dep_ == "compound" and self.mentions.entity_of(c) is not None)
            or c.dep_ in {"prep", "relcl", "acl", "nmod"}
            or (c.dep_ == "poss" and c.pos_ != "PRON")
            for c in t.children
        )  # "the South American country" still points back; "the Chinese company" names one
        if not anaphor or not pointer or qualified:
            return None
        self.inferred += 1
        # "Chile imposed a tariff on the country": not Chile, the subject of its own clause
        own = (
            set()
            if t.dep_ in {"nsubj", "nsubjpass"}
            else self.discourse.clause_subject_keys(t)
        )
        # "South Africa imposed a duty on Brazilian chicken. The country also raised …": a
        # subject points back to the last subject of its class first
        subject = (
            self.discourse.previous_subject(t, frozenset({anaphor}))
            if t.dep_ == "nsubj"
            else []
        )
        key = (
            subject[0] if subject else self.discourse.previous(anaphor, t, besides=own)
        )
        return [key] if key and self.fits(key, classes) else []

    def _counterpart_of(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "his Japanese counterpart": the one person of Japan the text names."""
        if classes != _PEOPLE or t.lemma_.lower() != "counterpart":
            return None
        holder = self._counterpart(t)
        if not holder:
            return None
        self.inferred += 1
        return [holder]

    def _office(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "the president of Argentina, Alberto Ruiz": the person the phrase goes on to name."""
        titles = self.lexicon.person_titles
        if "Person" not in classes or (
            t.lower_ not in titles
            and t.lemma_.lower() not in titles  # "the presidents of …"
            # "the Director-General of …": the title's first word
            and not (dash_joined(t) and t.doc[t.i - 2].lower_ in titles)
            and not self._titled_body(t)
        ):
            return None
        if self._serves_person(t):
            return None  # "the spokesman of President A": A's, not A
        word = self._office_holder(t)
        if word is not None:
            # "by Minister for Industry A and Commerce Minister B": and those listed with A
            return (
                list(
                    dict.fromkeys(
                        e
                        for x in with_conjuncts(word)
                        for e in self._refers_to(x, _PEOPLE, deep=False)
                    )
                )
                or None
            )
        if t.i + 1 < len(t.doc) and (
            t.nbor().text == ","
            or t.nbor().lower_ in {"of", "to", "for"}
            or (self.mentions.entity_of(t.nbor()) or "").startswith("Person:")
        ):
            # "President of Peru, A", "his Mexican counterpart, A", "the High Commissioner to
            # Uganda, A": the parser hung the name elsewhere; read on along the words
            holder = holder_after(self.mentions, t, self._holder_fits)
            if holder is not None and holder.startswith("Organization:"):
                # a body the office's "of" names ("Chairman of the company Doosan Enerbility,
                # A"), unless after the office's comma ("the Governor of the Bank of Ghana,
                # Jean-Baptiste A")
                at = next(
                    i
                    for i, k in self.mentions.mentions_between(t.i, len(t.doc))
                    if k == holder
                )
                if self.mentions.tokens[at - 1].text != ",":
                    return None
            if holder is not None and holder.startswith(("Location:", "Organization:")):
                # "The Minister of Foreign Affairs of Peru, Hugo de Zela, …": a name the model
                # took for a place (or a body), where the office names its holder
                holder = self.mentions.reclassify(holder, "Person")
            return [holder] if holder else None
        return None

    def _titled_body(self, t: Token) -> bool:
        """Whether a title no office is named by alone heads one whose holder its "of" names
        ("Director General of …"; "Deputy CEO of Vantor Ana Costa")."""
        if t.lower_ not in self.lexicon.titles or not (t.is_title or t.is_upper):
            return False
        return any(
            c.dep_ == "compound" and c.lower_ in self.lexicon.person_titles
            for c in t.children
        ) or any(
            (self.mentions.entity_of(p) or "").startswith("Person:")
            for c in t.children
            if c.dep_ == "prep" and c.lower_ in {"of", "at"}
            for p in c.children
            if p.dep_ == "pobj"
        )

    def _title_as_name(self, t: Token, key: str) -> bool:
        """Whether a one-word "person" after "the" is an office of a place whose holder a
        person's name in apposition gives ("the Kabaka of Buganda, Ronald Mutebi II")."""
        return (
            key.startswith("Person:")
            and " " not in self.mentions.entities[key].name
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
            and any(
                c.dep_ == "appos"
                and (self.mentions.entity_of(c) or "").startswith("Person:")
                and self.mentions.entity_of(c) != key
                for c in t.children
            )
        )

    def _holder_fits(self, key: str) -> bool:
        """Whether an office's holder may be the entity ``key``: a person, or a place named as
        people are."""
        return self.fits(key, _PEOPLE) or personal_name(self.mentions, key)

    def _visitor(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "the visitor", "his guest", "the delegation", "the visiting Head of State": the one
        person the text just introduced as arriving, visiting or leading a delegation."""
        pointer = any(
            (c.dep_ == "det" and c.lower_ == "the")
            or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in t.children
        )
        visiting = any(c.dep_ == "amod" and c.lower_ == "visiting" for c in t.children)
        if (
            "Person" not in classes
            or not pointer
            # "A and the visiting leader held talks": a conjunct too
            or t.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}
            or not (t.lemma_.lower() in _VISITOR_NOUNS or visiting)
        ):
            return None
        person = self.discourse.visitor(t)
        if person is None:
            return None
        self.inferred += 1
        self.discourse.pronouns[t.i] = (
            person  # "The visitor met B. He then met C": the visitor
        )
        return [person]

    def _title_anaphor(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "the president" as an argument: the one person named earlier with that title."""
        if not (
            t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and (t.lower_ in self.lexicon.person_titles or t.lower_ == "head")
            and (
                any(c.lower_ == "the" for c in t.lefts)
                # "Foreign Secretary also called on B", as readouts write it: a capitalised
                # title with no article, as a subject
                or (
                    t.dep_ == "nsubj"
                    and t.is_title
                    and not any(c.dep_ in {"det", "poss"} for c in t.children)
                )
            )
        ):
            return None
        self.inferred += 1
        found = self.discourse.resolve_title(t, classes)
        if len(found) == 1 and found[0].startswith("Person:"):
            # "The Secretary met B. She also met C": "she" is the one "the Secretary" is
            self.discourse.pronouns[t.i] = found[0]
        return found

    def _qualifiers(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "Brazil's commerce ministry", "the ministry of Peru": the country (with ``deep``, for any noun)."""
        if not deep and t.lemma_.lower() not in self.governments:
            return None
        if classes == _PEOPLE and t.lemma_.lower() not in _GROUPS_OF_PEOPLE:
            return []  # "A's adviser", "the family of A" are not A
        return self._modifiers(t, classes) or self._regional_government(t, classes)

    def _body_word(
        self, t: Token, classes: frozenset[str], deep: bool
    ) -> list[str] | None:
        """ "Adani group", "the Tata group": the organization named right before the word in
        lower case that says what it is."""
        if (
            "Organization" not in classes
            or not t.is_lower
            or t.lemma_.lower() not in self.lexicon.organization_words
            or t.i == 0
        ):
            return None
        before = t.doc[t.i - 1]
        key = self.mentions.entity_of(before)
        if before.dep_ != "compound" or before.head != t or key is None:
            return None
        return [key] if key.startswith("Organization:") else None

    def _regional_government(self, t: Token, classes: frozenset[str]) -> list[str]:
        """ "the Karnataka government": a region's government, an organization of that name."""
        region = t.doc[t.i - 1] if t.i else None
        if (
            t.lemma_.lower() != "government"
            or "Organization" not in classes
            or region is None
            or region.dep_ != "compound"
            or not (self.mentions.entity_of(region) or "").startswith("Location:")
        ):
            return []
        first = next(
            i
            for i in range(region.left_edge.i, t.i)
            if self.mentions.entity_of(t.doc[i]) is not None
        )
        name = t.doc[first : t.i + 1].text
        return [self.mentions.add("Organization", name, name, range(first, t.i + 1))]

    #: The readers, tried in this order.
    _READERS: tuple[
        Callable[[Arguments, Token, frozenset[str], bool], list[str] | None], ...
    ] = (
        _listed,
        _plural_office,
        _before_a_name,
        _envoys,
        _quantity,
        _spelled_out,
        _led_by,
        _bearer,
        _pronoun,
        _honorific,
        _government_body,
        _definite_anaphor,
        _counterpart_of,
        _office,
        _visitor,
        _title_anaphor,
        _body_word,
        _qualifiers,
    )

    def _counterpart(self, noun: Token) -> str | None:
        """The person a "counterpart" of some country is: the only one of that country the document names."""
        if self._weighing_counterpart:
            # "A and his Syrian counterpart signed": A's office is being read
            return None
        self._weighing_counterpart = True
        try:
            return self._counterpart_named(noun)
        finally:
            self._weighing_counterpart = False

    def _counterpart_named(self, noun: Token) -> str | None:
        """:meth:`_counterpart`, once."""
        country_class = frozenset({"Country"})
        countries = set(
            self._modifiers(noun, country_class)
        )  # "his Japanese counterpart", "… of Japan"
        countries -= {  # "… his Lebanese counterpart in Amman": where they met
            e
            for p in prep_objects_of(noun, frozenset({"in", "at"}))
            for e in self.entities(p, country_class, deep=True)
        }
        if len(countries) != 1:
            return None
        country = countries.pop()
        people = [
            e.key
            for e in self.mentions.entities.values()
            if e.cls == "Person" and country in e.affiliations
        ]
        if not people:
            # "Kuwait's Foreign Minister A … the Japanese party was led by Foreign Minister B. A
            # met his Japanese counterpart": the one of no known country named before with the
            # actor's office
            people = [
                e.key
                for e in self.mentions.entities.values()
                if e.cls == "Person"
                and e.roles
                and not any(a.startswith("Country:") for a in e.affiliations)
                and self.mentions.first_mention(e.key) < noun.i
                and self._same_office(noun, e.key, strict=True)
            ]
        if len(people) != 1 or not self._same_office(noun, people[0]):
            return None
        return people[0]

    def _same_office(
        self, counterpart: Token, key: str, *, strict: bool = False
    ) -> bool:
        """Whether the one a "counterpart" may be holds an office like the actor's, where both
        have a title ("Foreign Minister A met his Chinese counterpart": not President B, nor
        Prime Minister C, nor Defence Minister D); with ``strict``, only where both have one,
        and never the actor."""
        verb = counterpart.head
        # "talks with his counterpart", "held talks with his counterpart"
        for _ in range(4):
            if verb.pos_ in {"VERB", "AUX"} or verb.head == verb:
                break
            verb = verb.head
        actors = self.subjects(verb, _PEOPLE)[0] if verb.pos_ in {"VERB", "AUX"} else []

        def offices(person: str) -> set[tuple[str, frozenset[str]]]:
            entity = self.mentions.entities.get(person)
            roles = entity.roles if entity is not None else set()
            return {office for r in roles if (office := _office(r)) is not None}

        theirs = offices(key)
        if strict:
            return (
                bool(actors)
                and key not in actors
                and bool(theirs)
                and all(
                    any(_alike(a, b) for a in offices(actor) for b in theirs)
                    for actor in actors
                )
            )
        return not theirs or all(
            not (mine := offices(actor))
            or any(_alike(a, b) for a in mine for b in theirs)
            for actor in actors
        )

    def _office_holder(self, title: Token) -> Token | None:
        """The word of the person an office's "of" (or "to", "for") phrase goes on to name: "the
        president of Guyana, Irfan Singh", "High Commissioner to Britain Dr Ali Khan"."""
        for c in title.children:
            if c.dep_ != "prep" or c.lower_ not in {"of", "to", "for"}:
                continue
            for t in c.subtree:
                key = self.mentions.entity_of(t)
                if (
                    key is not None
                    and key.startswith("Person:")
                    and t.dep_ in {"appos", "conj", "pobj"}
                    and within_phrase(t, title)
                ):
                    return t
        return None

    def _serves_person(self, title: Token) -> bool:
        """Whether an office's "of" (or "to", "for") names the person it serves ("the spokesman
        *of President A*", "an aide to A"), not a country or body whose office a person holds
        ("the president of Guyana, A"; "High Commissioner to Britain Dr A", the country's name
        run into the holder's; "Minister for Foreign Affairs A", a portfolio's)."""
        entity_of = self.mentions.entity_of
        titles = self.lexicon.person_titles

        def the_office(word: Token, key: str) -> bool:
            """A word before the name that makes the office a country's or a portfolio's."""
            country = (entity_of(word) or "").startswith("Country:")
            return (
                word.dep_ in {"compound", "amod", "nmod"}
                and entity_of(word) != key
                and (
                    # "President of the Republic of Azerbaijan A": the parser's nmod
                    (country and word.dep_ in {"compound", "nmod"})
                    or (
                        not country
                        and word.dep_ != "nmod"
                        and word.lower_ not in titles
                    )
                )
            )

        return any(
            (key := entity_of(p) or "").startswith("Person:")
            and not any(the_office(d, key) for d in p.subtree if d.i < p.i)
            # "Minister for European and International Affairs A", the parser's two objects
            and not in_portfolio(self.mentions, p.left_edge.i - 1)
            # "Minister for Petroleum and Energy A": the portfolio runs into the name
            and not in_portfolio(self.mentions, mention_start(self.mentions, p.i) - 1)
            # "President of the Republic of Senegal A": the parser's two objects
            and not (entity_of(p.doc[p.left_edge.i - 1]) or "").startswith(
                ("Country:", "Organization:")
            )
            for c in title.children
            if c.dep_ == "prep" and c.lower_ in {"of", "to", "for"}
            for p in c.children
            if p.dep_ == "pobj"
        )

    def _office_holders(self, t: Token) -> list[str]:
        """The people a plural title "of" some countries names, one per country, where the text named them
        (at least two)."""
        countries = [
            k
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
            for k in self.entities(p, frozenset({"Country"}))
        ]
        if len(countries) < 2:
            return []
        head = t.lemma_.lower()
        if head == t.lower_ and head.endswith(
            "s"
        ):  # the model leaves capitalised plurals ("Ministers") as they are
            head = head[:-1]
        words = {c.lower_ for c in t.children if c.dep_ in {"compound", "amod"}} | {
            head
        }
        found = []
        for country in countries:
            holders = [
                e.key
                for e in self.mentions.entities.values()
                if e.cls == "Person"
                and country in e.affiliations
                and any(words <= set(r.lower().split()) for r in e.roles)
            ]
            if len(holders) > 1:
                return []  # which of them is meant is not said
            found.extend(holders)  # a holder the text does not name is left out
        return found if len(found) >= 2 else []

    def _modifiers(self, t: Token, classes: frozenset[str]) -> list[str]:
        """Entities that qualify a noun: "Indian goods", "imports from China", "yarns imported from Vietnam"
        ("Egyptian imports of glass from Turkey": Turkey; the country before "imports" is then the
        importer, wherever the parser hung "from"); for buyers, only those listed ("buyers of
        Russian oil, including India": India; the oil's origin is not who they are)."""
        if t.lemma_.lower() in self.lexicon.buyer_nouns:
            return [
                e
                for d in t.subtree
                if d.dep_ == "prep" and lists_examples(d)
                for p in d.children
                if p.dep_ == "pobj"
                for e in self.entities(p, classes)
            ]
        inner: list[str] = []
        importer = t.lemma_.lower() == "import" and any(
            d.lower_ == "from"
            and d.i > t.i
            and any(
                (k := self.mentions.entity_of(p)) is not None
                and k.startswith("Country:")
                for p in d.children
            )
            for d in sentence_of(t)
        )
        for c in t.children:
            if c.dep_ == "amod" and c.lemma_.lower() in self.lexicon.origin_verbs:
                inner.extend(self._modifiers(c, classes))  # "Chinese-made cars"
            elif c.dep_ in {"amod", "compound", "poss", "nmod"} and not importer:
                inner.extend(
                    e
                    for x in with_conjuncts(c)
                    for e in self._refers_to(x, classes, deep=False)
                )
            elif c.dep_ == "prep" and c.lower_ in self.lexicon.origin_preps:
                inner.extend(
                    e
                    for p in c.children
                    if p.dep_ == "pobj"
                    for e in self.entities(p, classes, deep=True)
                )
            elif c.dep_ == "acl" and c.lemma_.lower() in self.lexicon.origin_verbs:
                inner.extend(self._modifiers(c, classes))
            elif c.dep_ == "npadvmod" and t.lemma_.lower() in self.lexicon.origin_verbs:
                inner.extend(self._refers_to(c, classes, deep=False))
        return inner

    def fits(self, key: str, classes: frozenset[str]) -> bool:
        """Whether entity ``key`` is of one of ``classes`` (see :func:`fits`)."""
        return fits(self.mentions, key, classes)

    def counted_in(self, group: Token, classes: frozenset[str]) -> list[str] | None:
        """Those a copula counts in a group word ("*A* was among the countries hit by …", "*A*
        is one of the countries that …"), or None if no copula counts anyone in it."""
        copula = copula_counting(group)
        if copula is None:
            return None
        return [
            e
            for c in copula.children
            if c.dep_ == "nsubj"
            for e in self.entities(c, classes)
        ]

    def _reported_speaker(self, pronoun: Token, classes: frozenset[str]) -> list[str]:
        """Who "it", "they", "we" or "I" is in reported speech ("A and I signed," B said): the
        subject of the verb of saying."""
        subject = pronoun  # "A and I signed": the subject the pronoun is a conjunct of
        while subject.dep_ == "conj" and subject.head != subject:
            subject = subject.head
        if pronoun.lower_ not in {"i", "we", "it", "they"} or subject.dep_ not in {
            "nsubj",
            "nsubjpass",
        }:
            return []
        clause = subject.head
        while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
            clause = clause.head
        if (
            clause.dep_ not in {"ccomp", "parataxis"}
            or clause.head.lemma_ not in self.lexicon.speech_verbs
        ):
            return []
        for c in clause.head.children:
            if c.dep_ == "nsubj" and c != pronoun:
                return self.entities(c, classes)
        return []

    def subjects(self, verb: Token, classes: frozenset[str]) -> tuple[list[str], bool]:
        """Subject entities of a verb (following conj, xcomp and clause heads); and whether it is passive."""
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
        if passive:
            # "by A", "by A and *by* B" (the second "by" the parser's conjunct, another agent
            # of the verb after "and", or hung on a preposition: "by A for Qatar and by B …")
            first = next((c for c in verb.children if c.dep_ == "agent"), None)
            # "on behalf of A by B and *on behalf of C by D*": a phrase the parser made the
            # verb's conjunct, or the first agent's ("by A and *on the Emirati side by B*")
            branches = {
                t.i
                for a in [*verb.children, *(first.children if first else [])]
                if (a.dep_ == "conj" and a.pos_ == "ADP")
                # "on behalf of A by B": the parser hung "by" on A
                or (a.lower_ == "on" and any(p.lower_ == "behalf" for p in a.children))
                # "signed at the company's headquarters by A and B": on the place
                or (
                    first is None
                    and a.dep_ == "prep"
                    and a.head == verb
                    and a.lower_ in {"at", "in"}
                )
                for t in a.subtree
                if a.dep_ != "prep"
                or a.lower_ not in {"at", "in"}
                or t.head.head == a  # the place's own "by", not a visit's in it
            }
            agents = [
                b
                for b in verb.subtree
                if b.lower_ == "by"
                and (
                    (
                        b.dep_ == "agent"
                        and b.head == verb
                        and (b == first or b.nbor(-1).lower_ == "and")
                    )
                    or (
                        b.dep_ == "conj"
                        and b.head.pos_ == "ADP"
                        and within_clause(b, verb)
                    )
                    # "by A, and by B": the parser made the second "by" the verb's conjunct
                    or (
                        b.dep_ == "conj"
                        and b.head == verb
                        and b.nbor(-1).lower_ == "and"
                    )
                    or (b.dep_ == "prep" and b.i in branches)
                )
            ]
            named = [p for a in agents for p in a.children if p.dep_ == "pobj"]
            named += [c for p in named[-1:] for c in list_goes_on(p)]
            named += [  # "… and by the Minister of Petroleum, Mr. B": the parser made B the
                # verb's conjunct and hung "by" on B
                c
                for c in verb.children
                if c.dep_ == "conj"
                and c.pos_ == "PROPN"
                and any(b.dep_ == "prep" and b.lower_ == "by" for b in c.children)
            ]
            return [e for p in named for e in self.entities(p, classes)], True
        if (
            verb.dep_ == "pcomp"
            and verb.head.lower_ in {"for", "of"}
            and verb.head.head.pos_ == "VERB"
        ):
            # "A criticised B for meeting C", "accused B of signing": B did it
            named = [c for c in verb.head.head.children if c.dep_ == "dobj"]
            if named:
                return [e for c in named for e in self.entities(c, classes)], False
        if verb.tag_ == "VBG":
            # "Signing the accord for Peru was Foreign Minister A": the one named after "was"
            copulas = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "be"]
            if verb.dep_ == "csubj" and verb.head.lemma_ == "be":
                copulas.append(verb.head)
            named = [c for b in copulas for c in b.children if c.dep_ == "attr"]
            if named:
                return [e for c in named for e in self.entities(c, classes)], False
        plan = verb.head
        if (
            verb.dep_ == "acl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and plan.pos_ == "NOUN"
            and plan.lemma_.lower() in self.mentions.rules.modality.governing_nouns
            and plan.dep_ in {"dobj", "pobj"}
        ):
            # "A followed through on his threat to impose duties", "A carried out its threat
            # to …": whose the plan or threat is
            holder = plan.head.head if plan.dep_ == "pobj" else plan.head
            # (not "the Commission's recommendation to impose …", "the US decision to …":
            # read below, the body's)
            if holder.pos_ in {"VERB", "AUX"} and not any(
                (c.dep_ == "poss" and c.pos_ != "PRON")
                or (
                    c.dep_ in {"compound", "nmod", "amod"}
                    and self.mentions.entity_of(c) is not None
                )
                for c in plan.children
            ):
                found = self.subjects(holder, classes)[0]
                if found:
                    return found, False
        node = verb
        for _ in range(4):
            subj = [
                c
                for c in node.children
                if c.dep_ in {"nsubj", "csubj"}
                or (c.dep_ == "nsubjpass" and node != verb)  # "A is slated to meet B"
            ]
            if (
                node.dep_ == "relcl"
            ):  # "Kofi Mensah, who met Amara Diallo": the relative pronoun is the noun
                subj = [node.head if c.lower_ in RELATIVE_PRONOUNS else c for c in subj]
            counted = (
                self.counted_in(node.head, classes)
                if node is verb and node.dep_ in {"relcl", "acl"}
                else None
            )
            if counted and not any(self.entities(s, classes) for s in subj):
                # "A is among the countries that signed …", "A was the latest to sign …": who
                # the group counts in
                return counted, False
            if subj:
                found = [e for s in subj for e in self.entities(s, classes)]
                found += [
                    e
                    for s in subj
                    for e in self._joined_before(s, classes)
                    if e not in found
                ]
                if node is verb and verb.dep_ == "conj":
                    found = self._after_objectless(verb, found, classes)
                if not found:
                    found = [
                        e for s in subj for e in self._quote_speaker(s, node, classes)
                    ]
                    self.inferred += bool(found)
                return found, False
            if node.head != node and (
                node.dep_ == "xcomp"
                or (
                    node.dep_ == "advcl"
                    and node.head.lemma_.lower() in self.lexicon.sending_verbs
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
                )
            ):
                controllers = [
                    e
                    for c in node.head.children
                    if c.dep_ == "dobj"
                    for e in self.entities(c, classes)
                ]
                if controllers:  # "A asked B to sign", "A sent B to meet C": B does
                    return controllers, False
            if node is verb and node.dep_ == "advcl":
                # "joined the charter after Minister of Water A signed it": the parser hung
                # A on "after"; the name right before the verb is its subject
                before = named_before(
                    self.mentions, verb, functools.partial(self.fits, classes=classes)
                )
                if before:
                    return before, False
            if (
                node.head != node
                and (
                    node.dep_ in {"conj", "xcomp", "advcl", "pcomp"}
                    or (  # "met A in the morning, then received B": a verb the parser left loose
                        node.dep_ == "dep"
                        and node.pos_ == "VERB"
                        and node.head.pos_ == "VERB"
                        and node.i > node.head.i
                    )
                )
            ):
                node = node.head
                if node.pos_ == "ADP":
                    node = node.head
                continue
            if (
                node is verb
                and node.dep_ == "acl"
                and node.tag_ in {"VBD", "VBN"}
                and node.i > 0
                and node.nbor(-1).text == ","
                and not any(c.dep_ == "agent" for c in node.children)
                and (
                    (self.mentions.entity_of(node.head) or "").startswith("Person:")
                    or node.head.lower_ in self.lexicon.person_titles
                )  # "Mali's Minister of Finance, A, signed for the government"
            ):
                # "A, the bank's country director, signed on behalf of the bank": the
                # parser's participle after an apposition is A's verb
                return self.entities(node.head, classes), False
            if node.dep_ == "acl" and node.head.pos_ in {"NOUN", "PROPN"}:
                owner = [c for c in node.head.children if c.dep_ == "poss"] or [
                    c  # "the U.S. decision to raise tariffs": the name before the noun
                    for c in node.head.children
                    if node.tag_ == "VB"
                    and c.dep_ in {"compound", "nmod", "amod"}
                    and self.mentions.entity_of(c)
                ]
                if not owner and node.head.dep_ == "dobj" and node.tag_ == "VB":
                    # "A issued a decision to impose duties": who issued it
                    node = node.head.head
                    continue
                return [
                    e for s in owner for e in self.entities(s, classes, deep=True)
                ], False
            break
        return [], False

    def _joined_before(self, subject: Token, classes: frozenset[str]) -> list[str]:
        """The names the parser hung on a subject's name as its modifier, where "and" joins them
        ("Russian Minister of Energy A | and Kazakh Minister of Energy B met": A, a modifier of
        B with its "and")."""
        return [
            e
            for c in subject.children
            if c.dep_ == "nmod"
            and c.i < subject.i
            and any(d.dep_ == "cc" and d.lower_ == "and" for d in c.children)
            and (e := self.mentions.entity_of(c)) is not None
            and self.fits(e, classes)
        ]  # (its own name only: "A and NNPC chief executive B", where NNPC is B's company)

    def _after_objectless(
        self, verb: Token, found: list[str], classes: frozenset[str]
    ) -> list[str]:
        """The subjects of a second clause, less the names the parse took from the first clause's
        objectless verb: "A met B, and Minister C held talks with D" (B met A; C held talks)."""
        first = verb.head
        if first.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ in {"dobj", "nsubjpass"} for c in first.children
        ):
            return found
        taken = set(
            named_after(
                self.mentions, first, functools.partial(self.fits, classes=classes)
            )
        )
        return [e for e in found if e not in taken] or found

    def _quote_speaker(
        self, pronoun: Token, verb: Token, classes: frozenset[str]
    ) -> list[str]:
        """Who "I" or "we" is in a quoted sentence: the subject of the verb of saying."""
        if pronoun.lower_ not in {"i", "we"}:
            return []
        node = verb
        while node.dep_ in {"ccomp", "conj", "xcomp"} and node.head != node:
            node = node.head
        candidates = [node] + [c for c in node.children if c.dep_ == "parataxis"]
        for v in candidates:
            if v.lemma_ in self.lexicon.speech_verbs or v == node:
                for c in v.children:
                    if c.dep_ == "nsubj" and c != pronoun:
                        found = self.entities(c, classes)
                        if found:
                            return found
        # its own sentence; "A said: "The talks were good. I met B."": the sentences that open
        # and close the quote (each read once)
        sentences: dict[int, Span] = {}
        for word in [pronoun, *_quote_marks(pronoun)]:
            sentences.setdefault(sentence_of(word).start, sentence_of(word))
        for sent in sentences.values():
            for t in sent:
                if t.lemma_ in self.lexicon.speech_verbs and t.i != verb.i:
                    for c in t.children:
                        if c.dep_ == "nsubj":
                            found = self.entities(c, classes)
                            if found:
                                return found
        return []

    def prep_objects(
        self,
        head: Token,
        preps: frozenset[str],
        classes: frozenset[str],
        *,
        deep: bool = False,
    ) -> list[str]:
        """Entities of the objects of ``head``'s prepositions among ``preps`` ("with A, and with B"); no witnesses.

        Names the parser hung on an object as its modifier, with "and", are objects too
        ("between | Pertamina and | Sumitomo Corporation")."""
        found = []
        for p in prep_objects_of(head, preps):
            if self._onlooker(p):
                continue
            own = self.entities(p, classes, deep=deep)
            if own and self.mentions.entity_of(p) is not None:
                # not "by U.S. and Qatari officials": a name of its own, beside another
                found.extend(self._joined_before(p, classes))
            found.extend(own)
        return found

    def _onlooker(self, noun: Token) -> bool:
        return onlooker(noun, self.lexicon.onlooker_nouns)

    def clause_targets(
        self, verb: Token, preps: frozenset[str], classes: frozenset[str]
    ) -> list[str]:
        """Objects of ``preps`` anywhere in the verb's own clause ("imposed duties for five years on rods from X")."""
        found: list[str] = []
        subjects = {
            t.i
            for c in verb.children
            if c.dep_ in {"nsubj", "nsubjpass"}
            for t in c.subtree
        }
        for prep in verb.subtree:
            if (
                prep.dep_ != "prep"
                or (prep.lower_ not in preps and not _in_respect_of(prep))
                or prep.i in subjects
                or prep.head == verb
            ):
                continue
            if prep.head.lemma_.lower() in self.lexicon.exemption_nouns:
                continue  # "tariffs on steel, with exemptions for Canada": Canada is spared, not targeted
            if any(
                a.lemma_.lower() in self.lexicon.cause_words
                for a in prep.ancestors
                if a.i != verb.i and verb in a.ancestors
            ):
                # "as punishment for A's purchases of Russian oil", "in retaliation for US
                # tariffs on Canadian goods": why, not on whom
                continue
            if not within_clause(prep, verb, self.lexicon.origin_verbs):
                continue
            found.extend(
                e
                for p in prep.children
                if p.dep_ == "pobj"
                for e in self.entities(p, classes, deep=True)
            )
        return found
