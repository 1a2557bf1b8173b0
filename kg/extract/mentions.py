"""Mentions: which entities a document names, and which tokens name them.

People first (so that an organization or a place the model tagged on a
person's name is read as that person), then spelled-out acronyms, countries,
organizations and places (through the gazetteer), titles kept as roles, and
agreements ("the Lima Declaration"; "the pact" refers back to the last one).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from kg.extract.model import Entity
from kg.extract.names import (
    clean,
    company_base,
    full_name_of,
    same_person_name,
    single_spaced,
)
from kg.extract.rules import Rules
from kg.extract.syntax import dash_joined_start, sentence_of
from kg.gazetteer import Gazetteer

__all__ = ["PLACE_LABELS", "Mentions"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PERSON_LABELS = {"PERSON"}
_ORG_LABELS = {"ORG"}
_TICKER = re.compile(r"^[A-Z0-9]{1,6}(\.[A-Z]{1,3})?$")


def _ticker_follows(span: Span) -> bool:
    """Whether a stock ticker in brackets follows the span: "Tesla (TSLA.O)", "CATL (300750.SZ)"."""
    doc, end = span.doc, span.end
    return (
        end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and bool(_TICKER.match(doc[end + 1].text))
        and any(c.isalpha() for c in doc[end + 1].text)
    )


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_NICKNAME = re.compile(r"\s*[\"“‘'][^\"”’']{1,40}[\"”’']\s*")


def _person_text(core: Span) -> str:
    """A person's name as the text gives it, without a nickname in quotes."""
    return clean(_NICKNAME.sub(" ", core.text))


def _with_nicknames(
    doc: Doc, named: list[tuple[Span, str, str]], titles: frozenset[str]
) -> list[tuple[Span, str, str]]:
    """Join a name cut by a nickname in quotes into one person: Ferdinand "Bongbong" Marcos Jr."""
    out: list[tuple[Span, str, str]] = []
    i = 0
    while i < len(named):
        span, text, label = named[i]
        opening = span.end - 1 if doc[span.end - 1].text in _QUOTES else span.end
        if label == "PERSON" and opening < len(doc) and doc[opening].text in _QUOTES:
            close = next(
                (
                    k
                    for k in range(opening + 1, min(opening + 5, len(doc)))
                    if doc[k].text in _QUOTES
                ),
                None,
            )
            after = next(
                (
                    j
                    for j in range(i + 1, len(named))
                    if close is not None and named[j][0].start == close + 1
                ),
                None,
            )
            if after is not None and named[after][2] == "PERSON":
                joined = Span(doc, span.start, named[after][0].end, label="PERSON")
                out.append((joined, joined.text, "PERSON"))
                i = after + 1
                continue
        if (
            label == "PERSON"
            and span.start >= 4
            and doc[span.start - 1].text in _QUOTES
        ):  # the given name left untagged
            quote = next(
                (
                    k
                    for k in range(span.start - 2, max(span.start - 6, 0), -1)
                    if doc[k].text in _QUOTES
                ),
                None,
            )
            start = quote
            while (
                start is not None
                and start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].is_title
                and doc[start - 1].lower_ not in titles
            ):
                start -= 1
            if start is not None and start < (quote or 0):
                joined = Span(doc, start, span.end, label="PERSON")
                out = [
                    o for o in out if o[0].end <= start
                ]  # the model's guesses inside the name ("Ferdinand" a place)
                out.append((joined, joined.text, "PERSON"))
                i += 1
                continue
        out.append((span, text, label))
        i += 1
    return out


def _headline(token: Token, titles: frozenset[str]) -> bool:
    """Whether ``token``'s sentence is written in title case, as headlines are ("Steel Tariff Hits Aluminium"):
    most of its other words that are no names, titles or stop words are capitalised."""
    words = [
        t
        for t in sentence_of(token)
        if t.is_alpha
        and not t.ent_type_
        and not t.is_stop
        and t.lower_ not in titles
        and t != token
    ]
    return len(words) >= 3 and sum(t.is_title for t in words) > 0.6 * len(words)


class Mentions:
    """Entities of one document and which tokens mention them."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, rules: Rules) -> None:
        """Find every mention of ``doc`` (the work is done here, once)."""
        self.doc = doc
        #: one Token object per position: doc[i] makes a new one each time
        self.tokens: list[Token] = list(doc)
        #: looked at by every scan of the document
        self.lowers: list[str] = [t.lower_ for t in self.tokens]
        self.gazetteer = gazetteer
        self.rules = rules
        self.lexicon = rules.lexicon
        self.entities: dict[str, Entity] = {}
        #: token index -> the key of the entity it mentions
        self.by_token: dict[int, str] = {}
        #: tokens that name a country by its capital ("Beijing")
        self.capital_tokens: set[int] = set()
        self._order: list[tuple[int, str]] | None = None  # by_token in text order
        self._first: dict[str, int] = {}
        self._acronyms: dict[str, str] = {}
        #: the model's entities, relabelled (doc.ents builds new spans on every access)
        self.ents: list[Span] = self._relabelled(list(doc.ents))
        self.ent_at: dict[int, Span] = {
            t: ent for ent in self.ents for t in range(ent.start, ent.end)
        }
        self._pending_roles: list[tuple[Span, list[Token], str]] = []
        self._people()
        self._spelled_acronyms()
        self._others()
        for core, titles, key in self._pending_roles:
            self._title_role(core, titles, key)
        self._acronym_mentions()
        self._short_name_mentions()
        self._agreements()

    def _relabelled(self, ents: list[Span]) -> list[Span]:
        """The model's entities, with the labels it gets wrong in ways the text shows corrected."""
        doc = self.doc
        named = [
            (e, e.text, e.label_) for e in ents
        ]  # Span.text joins the tokens again on each access
        companies = {
            text for e, text, _ in named if _ticker_follows(e)
        }  # "Tesla (TSLA.O)" is a company
        labels = Counter(
            (text, label) for _, text, label in named
        )  # a name called ORG more often than PERSON
        companies |= {
            text
            for (text, label), n in labels.items()
            if label == "PERSON" and labels[(text, "ORG")] > n
        }
        orgs = {
            e.root.i for e, _, label in named if label == "ORG"
        }  # a product coordinated with companies
        companies |= {
            text
            for e, text, label in named
            if label == "PRODUCT"
            and any(c.i in orgs for c in e.root.children if c.dep_ == "conj")
            | (e.root.dep_ == "conj" and e.root.head.i in orgs)
        }
        datelines = [
            (d.start, d.end) for d in doc.spans.get("kg_dateline", [])
        ]  # "Rabat, June 23:" names a place
        named = _with_nicknames(doc, named, self.lexicon.titles)
        out = []
        for e, text, label in named:
            if label in {"PERSON", "ORG", "NORP"} and any(
                a <= e.start and e.end <= b for a, b in datelines
            ):
                e = Span(doc, e.start, e.end, label="GPE")
            elif text in companies and label != "ORG":
                e = Span(doc, e.start, e.end, label="ORG")
            out.append(e)
        return out

    def _short_name_mentions(self) -> None:
        """A person's surname alone, where the model missed it, mentions that person ("Modi also met …").

        Only surnames that one person of the document bears, on capitalised proper
        nouns that no other entity claims.
        """
        owners: dict[str, set[str]] = {}
        for entity in self.entities.values():
            words = [
                w
                for w in entity.name.split()
                if w.casefold().rstrip(".") not in self.lexicon.name_suffixes
            ]
            if entity.cls == "Person" and len(words) >= 2:
                owners.setdefault(words[-1], set()).add(entity.key)
        unique = {word: keys.pop() for word, keys in owners.items() if len(keys) == 1}
        if not unique:
            return
        for token in self.tokens:
            key = unique.get(token.text)
            if (
                key is None
                or token.i in self.by_token
                or token.pos_ != "PROPN"
                or not token.is_title
            ):
                continue
            ent = self.ent_at.get(token.i)
            if ent is not None and ent.label_ not in _PERSON_LABELS | _ORG_LABELS:
                continue
            self.by_token[token.i] = key

    def unrecognised_person(self, head: Token) -> str | None:
        """A person's name the model did not tag, at a place only a person can stand ("Modi also met …").

        The name is the run of capitalised proper nouns ending at ``head``, less
        titles and country names before it; no word of it may be a title, an
        organization word or a plural, it may not be a country or an organization
        the gazetteer knows, and a headline in title case names nobody this way.
        A single word stands for the one full name of the document it shortens, if any.
        """
        if (
            head.ent_type_
            or not head.is_title
            or head.tag_ == "NNPS"
            or head.i in self.by_token
            or _headline(head, self.lexicon.titles)
        ):
            return None
        start = head.i
        while (
            start > 0
            and self.tokens[start - 1].pos_ == "PROPN"
            and self.tokens[start - 1].is_title
            and not self.tokens[start - 1].ent_type_
            and not self.tokens[start - 1].whitespace_.count("\n")
        ):
            start -= 1
        words = list(self.tokens[start : head.i + 1])
        while words and (
            words[0].lower_ in self.lexicon.titles
            or self.gazetteer.country(words[0].text)
            or (
                len(words) > 1
                and self.gazetteer.country(f"{words[0].text} {words[1].text}")
            )
        ):
            words.pop(0)
        if not words or any(
            w.lower_ in self.lexicon.titles
            or w.lower_.removesuffix("s") in self.lexicon.titles
            or w.lower_ in self.lexicon.organization_words
            or w.lower_ in self.lexicon.collective_nouns
            or w.lower_ in self.lexicon.name_honorifics
            or w.tag_ == "NNPS"
            or w.lower_ in self.rules.relation_nouns
            for w in words
        ):
            return None
        text = clean(self.doc[words[0].i : head.i + 1].text)
        if (
            not text
            or self.gazetteer.country(text)
            or self.gazetteer.organization(text)
        ):
            return None
        full = {
            e.name: e.name
            for e in self.entities.values()
            if e.cls == "Person" and " " in e.name
        }
        return self.add("Person", full_name_of(text, full), text, [w.i for w in words])

    def _spelled_acronyms(self) -> None:
        """An organization's name followed by the acronym its words spell, in brackets:
        "Central Board of Indirect Taxes and Customs (CBIC)" is one organization, and "CBIC" names it."""
        tokens, lowers = self.tokens, self.lowers
        for i in range(2, len(tokens) - 1):
            acronym = tokens[i].text
            if tokens[i - 1].text != "(" or not (
                acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8
            ):
                continue  # the closing bracket may be missing: "Qatar Petroleum (QP signed …"
            if i - 1 in self.by_token or i in self.by_token:
                continue
            letters, start, skipped = list(acronym.lower()), i - 1, 0
            while start > 0 and letters:
                word = tokens[start - 1]
                if word.text[:1].isupper() and word.is_alpha:
                    if word.lower_[0] == letters[-1]:
                        letters.pop()
                    elif skipped or start == i - 1:
                        break
                    else:
                        skipped += 1  # one word the acronym leaves out ("Indirect Taxes and Customs (CBIC)")
                elif lowers[start - 1] not in {
                    "of",
                    "and",
                    "for",
                    "the",
                    "&",
                    "on",
                    "in",
                }:
                    break
                start -= 1
            while start < i - 1 and not tokens[start].text[:1].isupper():
                start += 1
            if (
                letters
                or start >= i - 2
                or any(t.i in self.by_token for t in tokens[start : i - 1])
            ):
                continue
            name = clean(self.doc[start : i - 1].text)
            if (
                lowers[i - 2] in self.lexicon.agreement_nouns
                or self.gazetteer.country(name)
                or any(
                    lowers[k] in self.lexicon.titles
                    and lowers[k] in self.lexicon.person_titles
                    for k in range(start, i - 1)
                )
            ):
                continue
            key = self.add("Organization", name, name, range(start, i - 1))
            self._acronyms[acronym] = key
            self.entities[key].aliases.add(acronym)

    def _acronym_mentions(self) -> None:
        if not self._acronyms:
            return
        for token in self.tokens:
            key = self._acronyms.get(token.text)
            if key is not None:
                self.by_token.setdefault(token.i, key)

    # -- registration
    def add(
        self, cls: str, name: str, surface: str, tokens: Iterable[int], **ids: str
    ) -> str:
        key = f"{cls}:{name.casefold()}"
        if cls == "Organization":  # "Bharti Airtel Limited" is "Bharti Airtel"
            key = f"{cls}:{company_base(name, self.lexicon.company_suffixes | self.lexicon.company_words).casefold()}"
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(key=key, cls=cls, name=name)
        entity.ids.update(ids)
        surface = single_spaced(surface)
        if surface and surface != name:
            entity.aliases.add(surface)
        for i in tokens:
            self.by_token.setdefault(i, key)
        return key

    def mentions_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """The (token index, entity key) mentions from ``start`` up to ``end``, in text order."""
        order = self._in_order()
        return order[bisect_left(order, (start, "")) : bisect_left(order, (end, ""))]

    def first_mention(self, key: str) -> int:
        """The token index where ``key`` is first mentioned."""
        self._in_order()
        return self._first.get(key, len(self.doc))

    def _in_order(self) -> list[tuple[int, str]]:
        """``by_token`` sorted by position (and each key's first position), rebuilt when mentions were added."""
        if self._order is None or len(self._order) != len(self.by_token):
            self._order = sorted(self.by_token.items())
            self._first = {}
            for i, k in reversed(self._order):
                self._first[k] = i
        return self._order

    def entity_of(self, token: Token) -> str | None:
        return self.by_token.get(token.i)

    # -- people
    def _person_core(self, span: Span) -> tuple[Span, list[Token]]:
        """The name inside a PERSON span, without leading titles, and the title tokens."""
        titles = self.lexicon.titles
        tokens = list(span)
        start = 0
        while start < len(tokens) - 1 and (
            tokens[start].lower_ in titles or self.gazetteer.country(tokens[start].text)
        ):
            start += 1
        if (
            start
            and len(tokens) - start == 1
            and tokens[start - 1].lower_ in self.lexicon.name_honorifics
        ):
            start -= (
                1  # "Sheikh Hasina": an honorific before a single name is part of it
            )
        end = len(tokens)
        while end > start + 1 and (
            tokens[end - 1].is_punct or tokens[end - 1].lower_ in {"'s", "’s"}
        ):
            end -= 1
        return span.doc[span.start + start : span.start + end], tokens[:start]

    def _expand(self, span: Span) -> Span:
        """Grow a name leftwards over capitalised name words the model left out ("Khalid" bin Salman)."""
        doc, start = span.doc, span.start
        while start > 0:
            t = doc[start - 1]
            if (
                t.pos_ != "PROPN"
                or not t.is_title
                or t.ent_type_
                or t.lower_ in self.lexicon.titles
            ):
                break
            if t.head.i not in range(start - 1, span.end) or t.dep_ not in {
                "compound",
                "nmod",
                "flat",
            }:
                break
            start -= 1
        return doc[start : span.end]

    def _titled_names(self, *, single: bool = False) -> list[Span]:
        """Names the model missed after a title: "Envoy Ivo Petrov", "Minister Keiko Mori".

        With ``single``, also one-word names ("Prince Khalid"), which count only
        where they shorten a full name the text gives elsewhere.
        """
        doc, found = self.doc, []
        titles = self.lexicon.person_titles
        for i, lower in enumerate(self.lowers):
            if lower not in titles:
                continue
            t = self.tokens[i]
            if not t.is_title or t.i + 2 >= len(doc):
                continue
            end = t.i + 1
            while (
                end < len(doc)
                and doc[end].pos_ == "PROPN"
                and doc[end].is_title
                and not doc[end].ent_type_
                and doc[end].lower_ not in self.lexicon.titles
            ):
                end += 1
            if end - t.i >= 3 or (single and end - t.i == 2):
                found.append(doc[t.i + 1 : end])
        return found

    def _people(self) -> None:
        spans = [
            self._expand(e) for e in self.ents if e.label_ in _PERSON_LABELS
        ] + self._titled_names()
        # ORG or other spans that repeat a person's name are the person (spaCy confuses them).
        cores: list[tuple[Span, list[Token]]] = []
        for span in spans:
            core, titles = self._person_core(span)
            if not any((t.is_alpha and t.is_title) or t.is_upper for t in core):
                continue
            cores.append((core, titles))
        full: dict[
            str, str
        ] = {}  # every full name the text gives -> the name it stands for
        cores = [
            (core, titles)
            for core, titles in cores
            if not all(
                t.lower_ in self.lexicon.titles or not t.is_alpha for t in core
            )  # "Chairperson", "the Emir": an office
            and not any(t.lower_ in self.rules.relation_nouns for t in core)
        ]  # "WTO Ministerial Meeting": an event
        for core, _ in sorted(cores, key=lambda c: (-len(c[0]), c[0].start)):
            text = _person_text(core)
            if len(core) > 1 and text not in full:
                within = {
                    n for n in full.values() if f" {text} " in f" {n} "
                }  # "Marcos Jr." in "Ferdinand Marcos Jr."
                full[text] = next(
                    (n for n in full.values() if same_person_name(n, text)),
                    within.pop() if len(within) == 1 else text,
                )
        for core, titles in cores:
            text = _person_text(core)
            name = full_name_of(text, full)
            key = self.add("Person", name, text, range(core.start, core.end))
            self._pending_roles.append((core, titles, key))
        for core in self._titled_names(single=True):
            if len(core) == 1 and core.start not in self.by_token:
                name = full_name_of(clean(core.text), full)
                if name != clean(
                    core.text
                ):  # "Prince Khalid" after "Khalid bin Salman"
                    key = self.add("Person", name, core.text, [core.start])
                    self._pending_roles.append((core, [core.doc[core.start - 1]], key))

    def _title_role(self, core: Span, inner_titles: list[Token], key: str) -> None:
        """Keep the title before a name as a role, and a country or org before it as affiliation."""
        doc = self.doc
        words: list[Token] = list(inner_titles)
        i = (inner_titles[0].i if inner_titles else core.start) - 1
        while (
            i >= 0
            and doc[i].lower_ in self.lexicon.titles
            and (  # "United States Secretary of State Paul Ames"
                doc[i].head.i in range(i, core.end + 1)
                or (
                    doc[i].head.i in range(i - 2, i)
                    and doc[i].head.lower_ in self.lexicon.titles
                )
            )
        ):
            words.insert(0, doc[i])
            i -= 1
        role = " ".join(
            t.text
            for t in words
            if t.lower_
            not in {
                "mr",
                "mr.",
                "mrs",
                "mrs.",
                "ms",
                "ms.",
                "dr",
                "dr.",
                "the",
                "his",
                "her",
            }
        )
        entity = self.entities[key]
        if role and any(w.lower_ in self.lexicon.person_titles for w in words):
            entity.roles.add(role)
        if i >= 0 and words:
            for look in (
                doc[i],
                doc[i - 1] if i >= 1 and doc[i].lower_ in {"'s", "’s"} else doc[i],
            ):
                country = self._country_of_token(look)
                if country:
                    entity.affiliations.add(country)
                    break

    def _country_of_token(self, token: Token) -> str | None:
        ent = self.by_token.get(token.i)
        if ent and ent.startswith(("Country:", "Organization:")):
            return ent
        return None

    # -- countries, organizations, places
    def _others(self) -> None:
        known = [e for e in self.entities.values() if e.cls == "Person"]
        people = {e.key for e in known}
        person_names = {e.name.split()[-1]: e.key for e in known} | {
            e.name: e.key for e in known
        }
        lowers = self.lowers
        for span in self.ents:
            label = span.label_
            if label in _PERSON_LABELS:
                continue
            if label in _ORG_LABELS:
                span = self._with_suffix(span)
            text = clean(span.text)
            if not text:
                continue
            tokens = [
                i
                for i in range(span.start, span.end)
                if lowers[i] not in {"the", "'s", "’s"}
            ]
            if tokens and all(i in self.by_token for i in tokens):
                continue  # a part of a name already read whole ("Customs" in "Central Board of … and Customs")
            if lowers[span.end - 1] in self.lexicon.agreement_nouns and label not in {
                "PERSON",
                "NORP",
            }:
                continue  # "the Lima Declaration" is an agreement, named below
            if lowers[
                span.end - 1
            ] in self.lexicon.government_nouns and self._government(span):
                continue  # "the Government", "Chad's Government": its country, or nothing
            if text in self._acronyms:
                self.add(
                    self.entities[self._acronyms[text]].cls,
                    self.entities[self._acronyms[text]].name,
                    text,
                    tokens,
                )
                continue
            country = self.gazetteer.country(text)
            if country is not None and label in PLACE_LABELS | {"NORP", "ORG"}:
                if text in country.capitals:
                    self.capital_tokens.update(tokens)
                self.add("Country", country.name, text, tokens, key=country.key)
                continue
            org = self.gazetteer.organization(text)
            if org is not None:
                self.add("Organization", org.name, text, tokens, key=org.key)
                continue
            if label == "NORP":
                continue
            if label in _ORG_LABELS and self._titled_person(span):
                continue
            if label in _ORG_LABELS and self._after_title(span):
                continue
            if label in _ORG_LABELS and self._described_as_person(span):
                self.add("Person", text, text, tokens)
                continue
            if (
                label in _ORG_LABELS
                and tokens
                and lowers[tokens[0]] in self.lexicon.person_titles
            ):
                continue  # "the Minister of Finance": an office, whose holder an apposition names
            if label in _ORG_LABELS and any(
                lowers[i] in self.rules.relation_nouns for i in tokens
            ):
                continue  # "Anti-Dumping Import Duty on Certain Products": a heading, not an organization
            if label in _ORG_LABELS:
                if text in person_names and person_names[text] in people:
                    entity = self.entities[person_names[text]]
                    self.add("Person", entity.name, text, tokens)
                    continue
                name = self._org_name(span)
                if name:
                    key = self.add(
                        "Organization",
                        name,
                        text,
                        [t for t in tokens if self.by_token.get(t) is None],
                    )
                    self._acronym(span, key)
            elif label in PLACE_LABELS:
                self.add("Location", text, text, tokens)

    def _government(self, span: Span) -> bool:
        """Whether ``span`` names a government: the country it names ("the Republic of Chad's Government",
        "the Chinese government") then stands for it, and a bare "the Government" for nothing."""
        lowers = self.lowers
        words = [
            i
            for i in range(span.start, span.end - 1)
            if lowers[i] not in {"the", "'s", "’s"}
        ]
        if not words:
            return True
        owner = clean(self.doc[words[0] : words[-1] + 1].text)
        country = self.gazetteer.country(owner) or self.gazetteer.country(
            re.sub(r"^(?:the )?republic of ", "", owner, flags=re.I)
        )
        if country is None:
            return False
        self.add(
            "Country", country.name, owner, [*words, span.end - 1], key=country.key
        )
        return True

    def _with_suffix(self, span: Span) -> Span:
        """An organization's name with the company-form words the model left out ("CCS Ventures | Sdn Bhd")."""
        end = span.end
        while (
            end < len(span.doc)
            and span.doc[end].text[:1].isupper()
            and span.doc[end].lower_.rstrip(".") in self.lexicon.company_suffixes
            and not span.doc[end].ent_type_
        ):
            end += 1
        return (
            span
            if end == span.end
            else Span(span.doc, span.start, end, label=span.label_)
        )

    def _acronym(self, span: Span, key: str) -> None:
        """ "Qatar Petroleum (QP)": the acronym in brackets names the same organization everywhere."""
        doc = span.doc
        end = span.end
        if span[-1].text == "(" and end < len(doc):
            acronym = doc[end]
        elif end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acronym = doc[end + 1]
        elif len(span) >= 2 and span[-2].text == "(":
            acronym = span[-1]
        else:
            return
        short_form = acronym.is_upper and 2 <= len(acronym.text) <= 8
        short_name = (
            acronym.is_title
            and acronym.pos_ == "PROPN"
            and 3 <= len(acronym.text) <= 12
        )  # "(Petros)"
        if not (acronym.is_alpha and (short_form or short_name)):
            return
        self._acronyms[acronym.text] = key
        self.entities[key].aliases.add(acronym.text)

    def _titled_person(self, span: Span) -> bool:
        """An "organization" that is a titled person ("Crown Prince Mohammed bin Zayed") is a person."""
        titles = self.lexicon.person_titles | self.lexicon.name_honorifics
        last = max((t.i for t in span if t.lower_ in titles), default=None)
        if last is None:
            return False
        end = span.end
        while (
            end < len(span.doc)
            and span.doc[end].pos_ == "PROPN"
            and span.doc[end].is_title
            and span[-1].head.i == end
        ):
            end += 1  # the model's span stopped before the last name ("Maha Chakri | Sirindhorn")
        name = span.doc[last + 1 : end]
        if len(name) < 2 or not all(t.pos_ == "PROPN" or t.is_punct for t in name):
            return False
        text = clean(name.text)
        key = self.add("Person", text, text, range(name.start, name.end))
        self._pending_roles.append((name, [t for t in span if t.i <= last], key))
        return True

    def _after_title(self, span: Span) -> bool:
        """An "organization" right after a person's title ("President | Amara Diallo") is that person."""
        before = span.doc[span.start - 1] if span.start else None
        if (
            before is None
            or before.lower_ not in self.lexicon.person_titles
            or not before.is_title
        ):
            return False
        names = self._name_words(span)
        if names is None or not all(t.is_title for t in names):
            return False
        text = clean(span.text)
        key = self.add("Person", text, text, range(span.start, span.end))
        title = [before]
        while (
            title[0].i > 0
            and span.doc[title[0].i - 1].lower_ in self.lexicon.titles
            and span.doc[title[0].i - 1].is_title
        ):
            title.insert(0, span.doc[title[0].i - 1])
        self._pending_roles.append((span, title, key))
        return True

    def _described_as_person(self, span: Span) -> bool:
        """An "organization" described by a title ("Jean Dupont, president of the Council") is a person."""
        return self._name_words(span) is not None and any(
            c.dep_ == "appos" and c.lower_ in self.lexicon.person_titles
            for c in span.root.children
        )

    def _name_words(self, span: Span) -> list[Token] | None:
        """The words of a span that could be a person's name (two to four capitalised proper nouns), else None."""
        names = [t for t in span if not t.is_punct]
        if not 2 <= len(names) <= 4 or not all(
            t.pos_ == "PROPN" and t.text[:1].isupper() for t in names
        ):
            return None
        if any(
            t.lower_ in self.lexicon.agreement_nouns
            or t.lower_ in self.lexicon.organization_words
            for t in names
        ):
            return None
        return names

    def _org_name(self, span: Span) -> str | None:
        tokens = list(span)
        # "China's Ministry of Commerce": the possessor is the affiliation, the rest the name.
        for j, t in enumerate(tokens):
            if t.lower_ in {"'s", "’s"} and j + 1 < len(tokens):
                tokens = tokens[j + 1 :]
                break
        while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
            tokens = tokens[1:]
        if "(" in [t.text for t in tokens]:
            tokens = tokens[: [t.text for t in tokens].index("(")]
        if not tokens or "\n" in span.text:
            return None
        text = clean(span.doc[tokens[0].i : tokens[-1].i + 1].text)
        if not any(c.isupper() for c in text):
            return None
        return text

    # -- agreements
    def _agreements(self) -> None:
        """Agreements: noun phrases headed by an agreement word; "the pact" refers back to the last one."""
        nouns = self.lexicon.agreement_nouns
        weak = self.lexicon.weak_agreement_nouns
        vague = self.lexicon.vague_modifiers
        last: str | None = None
        for token, lower in zip(self.tokens, self.lowers):
            if lower not in nouns and token.lemma_.lower() not in nouns:
                continue
            if token.pos_ not in {"NOUN", "PROPN"} or token.i in self.by_token:
                continue
            if token.dep_ == "compound" and token.head.lower_ in nouns:
                continue  # "framework agreement": the head names it
            modifiers = [
                t
                for t in token.lefts
                if t.dep_ in {"compound", "amod", "nmod", "poss", "nummod"}
            ]
            determiner = next((t.lower_ for t in token.lefts if t.dep_ == "det"), "")
            if any(t.lower_ in vague for t in modifiers) or determiner in vague:
                continue  # "other cooperation agreements" names nothing
            definite = determiner in {"the", "this", "that", "these", "those"} or any(
                t.dep_ == "poss" and t.pos_ == "PRON" for t in modifiers
            )
            named = self._named_span(token)
            if (
                named is None
                and definite
                and last is not None
                and not self._names_new(token, modifiers)
            ):
                earlier = self.entities[last]
                if (
                    modifiers and earlier.name.casefold() in nouns
                ):  # "an accord … the maritime access arrangement": its name
                    earlier.aliases.add(earlier.name)
                    earlier.name = self._agreement_label(token)
                self._mark(token, last)
                continue
            if (
                named is None
                and token.lemma_.lower() in weak
                and not modifiers
                and not _qualified(token)
            ):
                continue
            label = (
                clean(named.text) if named is not None else self._agreement_label(token)
            )
            key = self.add("Agreement", label, label, [])
            self._mark(token, key)
            if named is not None:
                self._acronym(
                    named, key
                )  # "the General Security of Military Information Agreement (GSOMIA)"
            last = key

    def _named_span(self, head: Token) -> Span | None:
        """The named entity an agreement word ends ("the Lima Declaration"), if any.

        Words joined to it by a dash with no space belong to the name ("United
        States–Mexico–Canada Agreement"), whatever the model's span says.
        """
        ent = self.ent_at.get(head.i)
        if (
            ent is None
            or ent.end - 1 != head.i
            or ent.label_ in {"DATE", "CARDINAL", "PERSON", "GPE", "NORP"}
        ):
            return None
        start = dash_joined_start(self.doc, ent.start)
        return (
            ent
            if start == ent.start
            else Span(self.doc, start, ent.end, label=ent.label_)
        )

    def _names_new(self, head: Token, modifiers: list[Token]) -> bool:
        """Whether a definite agreement phrase adds words that name a different agreement."""
        for t in modifiers:
            if t.ent_type_ or (t.pos_ == "PROPN"):
                return True
        if head.dep_ == "appos":  # "documents, particularly the joint statement"
            return True
        return any(
            t.dep_ == "prep"
            and (
                t.lower_ in {"on", "for", "between"}
                or any(p.pos_ == "PROPN" for p in t.children if p.dep_ == "pobj")
            )
            for t in head.rights
        )

    def _agreement_label(self, head: Token) -> str:
        """The words that name an agreement: its modifiers, its head and its "on …" / "with …" phrases."""
        dropped: set[int] = set()
        for c in head.children:
            if (
                c.dep_
                in {
                    "det",
                    "predet",
                    "relcl",
                    "acl",
                    "advcl",
                    "advmod",
                    "conj",
                    "cc",
                    "appos",
                    "punct",
                    "prep",
                }
                and not (
                    c.dep_ == "prep"
                    and c.i > head.i
                    and c.lower_ in {"on", "for", "between", "with", "of", "to", "in"}
                )
            ) or (
                c.i < head.i
                and (
                    c.like_num
                    or (c.dep_ == "poss" and c.pos_ == "PRON")
                    or c.dep_ == "nummod"
                )
            ):
                dropped.update(t.i for t in c.subtree)
        for t in head.subtree:  # "an accord between President A and B", "a deal with the Minister of X", "an accord in Geneva"
            if (
                t.dep_ == "prep"
                and t.i > head.i
                and t.i not in dropped
                and self._names_person_or_place(t, at_head=t.head == head)
            ):
                dropped.update(x.i for x in t.subtree)
        tokens = [t for t in head.subtree if t.i not in dropped]
        if tokens:  # "United States–Mexico–Canada Agreement": words joined by a dash belong to the name
            start = dash_joined_start(self.doc, tokens[0].i)
            tokens = list(self.doc[start : tokens[0].i]) + tokens
        label_tokens: list[Token] = []
        for t in tokens:
            if t.i > head.i and (
                t.text in {",", ";", "(", "—", "–"}
                or t.dep_ in {"relcl", "acl", "advcl"}
            ):
                break
            label_tokens.append(t)
        if len(label_tokens) > 14:
            label_tokens = [t for t in label_tokens if t.i <= head.i + 8]
        if [t.i for t in label_tokens] == [
            head.i
        ]:  # a bare "deal" is named by what it is for: "a deal to order 42 jets"
            after = [
                c for c in head.children if c.dep_ == "acl"
            ] + [  # or the parser hung it on the verb
                c
                for c in head.head.children
                if c.dep_ in {"advcl", "xcomp"} and c.left_edge.i == head.i + 1
            ]
            purpose = next(
                (
                    c
                    for c in after
                    if any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
                ),
                None,
            )
            if purpose is not None:
                what = [
                    x
                    for o in purpose.children
                    if o.dep_ == "dobj"
                    for x in o.subtree
                    if not (x.i > o.i and x.dep_ == "prep")
                ]
                words = (
                    [
                        x
                        for x in purpose.subtree
                        if x.lower_ == "to" and x.head == purpose
                    ]
                    + [purpose]
                    + what
                )
                label_tokens += sorted(words, key=lambda t: t.i)[:8]
        # One space wherever the text had anything between two kept words (a space, a dropped quote mark).
        text = "".join(
            t.text + (" " if nxt.idx > t.idx + len(t.text) else "")
            for t, nxt in pairwise(label_tokens)
        )
        text = (text + label_tokens[-1].text if label_tokens else "").strip()
        return clean(text) or head.text

    def _names_person_or_place(self, prep: Token, *, at_head: bool) -> bool:
        """Whether a phrase names a person or an office ("with the President of Somaliland"), or, on the
        agreement word itself, where it was signed ("an accord in Geneva", not "cooperation in the Arctic")."""
        objects = [p for p in prep.children if p.dep_ == "pobj"]
        if (
            at_head
            and prep.lower_ in self.lexicon.locative_preps
            and any(p.ent_type_ in PLACE_LABELS for p in objects)
        ):
            return True
        return any(
            (self.by_token.get(t.i) or "").startswith("Person:")
            or t.ent_type_ == "PERSON"
            or t.lower_ in self.lexicon.person_titles
            for p in objects
            for t in [
                p,
                *(c for c in p.children if c.dep_ in {"compound", "appos", "conj"}),
            ]
        )

    def _mark(self, token: Token, key: str) -> None:
        self.by_token[token.i] = key


def _qualified(noun: Token) -> bool:
    """Whether a weak agreement word is qualified by a phrase of its own ("declaration of peace", "letter of intent")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "on"}
        and any(p.dep_ == "pobj" and p.pos_ == "NOUN" for p in c.children)
        for c in noun.rights
    )
