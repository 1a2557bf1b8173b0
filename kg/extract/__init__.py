"""Stage 3: from a parsed spaCy ``Doc`` to entities and events.

The rules read their words from package data (``kg/data/relations.json``,
``modality.json``, ``lexicon.json``) and the gazetteer; this module only knows
where arguments stand in a dependency parse.

>>> from kg.nlp import load_pipeline  # doctest: +SKIP
>>> found = extract(load_pipeline()("Japan and Chile signed a trade pact."))  # doctest: +SKIP
>>> [(e.kind, e.status) for e in found.events]  # doctest: +SKIP
[('Signing', 'asserted')]
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from kg.dates import resolve_date
from kg.gazetteer import Gazetteer, default_gazetteer
from kg.resources import data_file

__all__ = ["Entity", "Event", "Extraction", "RelationSpec", "extract", "relation_specs"]

ENTITY_CLASSES = ("Person", "Organization", "Country", "Location", "Agreement")


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
    counterpart_verbs: frozenset[
        str
    ]  # light verbs that state a meeting only with a counterpart named ("attend")
    phrasal: dict[
        str, frozenset[str]
    ]  # words that are triggers only with one of these prepositions ("call on")
    member_nouns: frozenset[
        str
    ]  # nouns for the subjects of the relation, listed by "include" or "be" ("signatories")
    factual_governors: frozenset[
        str
    ]  # governors that state this relation as done ("decided to impose" a tariff)
    qualified_theme_nouns: dict[str, frozenset[str]]
    confidence: float
    verb_without_theme: bool = (
        False  # the verb alone is a trigger ("met"), not only with a theme noun
    )
    one_event_per: str | None = (
        None  # "object" or "subject": one event for each, not one for all
    )


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


# --------------------------------------------------------------------------- data


@cache
def _read_json(path: Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8"))


def relation_specs() -> tuple[RelationSpec, ...]:
    """The relation types in ``kg/data/relations.json``."""
    return _relation_specs(data_file("relations.json"))


@cache
def _relation_specs(path: Path) -> tuple[RelationSpec, ...]:
    specs = []
    for raw in _read_json(path)["relations"]:  # type: ignore[union-attr]
        sets = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
        specs.append(
            RelationSpec(
                name=raw["name"],
                event=raw["event"],
                predicate=raw["predicate"],
                symmetric=raw["symmetric"],
                subject_role=raw["subject_role"],
                object_role=raw["object_role"],
                confidence=float(raw.get("confidence", 0.9)),
                verb_without_theme=bool(raw.get("verb_without_theme", False)),
                one_event_per=raw.get("one_event_per"),
                qualified_theme_nouns={
                    k: frozenset(v)
                    for k, v in raw.get("qualified_theme_nouns", {}).items()
                },
                phrasal={k: frozenset(v) for k, v in raw.get("phrasal", {}).items()},
                **{
                    f: sets.get(f, frozenset())
                    for f in (
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
                        "member_nouns",
                        "factual_governors",
                    )
                },
            )
        )
    return tuple(specs)


@dataclass(frozen=True)
class _Data:
    """Everything extraction reads from its data files; one snapshot per document (look-ups are per token)."""

    specs: tuple[RelationSpec, ...]
    lex: dict[str, frozenset[str]]
    collective: dict[str, tuple[str, ...]]
    anaphors: dict[str, str]
    theme_nouns: frozenset[
        str
    ]  # every relation's trigger and theme nouns: no name of an organization or a person
    modality: dict[str, Any]  # word lists as frozensets, word -> status tables as dicts
    penalties: dict[str, float]


def _data() -> _Data:
    return _data_at(
        data_file("relations.json"),
        data_file("lexicon.json"),
        data_file("modality.json"),
    )


@cache
def _data_at(relations: Path, lexicon: Path, modality: Path) -> _Data:
    words: dict[str, Any] = _read_json(lexicon)
    return _Data(
        specs=_relation_specs(relations),
        lex={k: frozenset(v) for k, v in words.items() if isinstance(v, list)},
        collective={
            word: tuple(kinds) for word, kinds in words["collective_nouns"].items()
        },
        anaphors=words["definite_anaphors"],
        theme_nouns=frozenset().union(
            *(spec.theme_nouns | spec.nouns for spec in _relation_specs(relations))
        ),
        modality={
            k: frozenset(v) if isinstance(v, list) else v
            for k, v in _read_json(modality).items()
        },
        penalties={
            k: float(v)
            for k, v in _read_json(relations)["confidence"].items()
            if not k.startswith("_")
        },  # type: ignore[union-attr]
    )


# --------------------------------------------------------------------------- entities

_PERSON_LABELS = {"PERSON"}
_LISTING_VERBS = frozenset({"include", "comprise"})
_PEOPLE = frozenset({"Person"})
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_ORG_LABELS = {"ORG"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=2**14)
def _clean(text: str) -> str:
    """A name without surrounding punctuation, a possessive or a leading "the" (names recur: kept a while)."""
    text = _SPACES.sub(" ", text).strip(' ,;:"“”‘’()[]')
    if text.count("(") != text.count(
        ")"
    ):  # "Qatar Petroleum (QP": the name before an unclosed bracket
        text = (
            text.split("(")[0].strip() or text.replace("(", "").replace(")", "").strip()
        )
    text = _POSSESSIVE.sub("", text).strip()
    if text.lower().startswith("the "):
        text = text[4:]
    return text


_TICKER = re.compile(r"^[A-Z0-9]{1,6}(\.[A-Z]{1,3})?$")


def _same_person_name(a: str, b: str) -> bool:
    """Two full names of one person: the same surname, and one given name a form of the other ("Stef"/"Stephanus")."""
    x, y = a.casefold().split(), b.casefold().split()
    if len(x) != len(y) or len(x) < 2 or x[1:] != y[1:] or x[0] == y[0]:
        return False
    short, long = sorted((x[0], y[0]), key=len)
    return len(short) >= 3 and long.startswith(short[:3]) and short[0].isalpha()


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


def _company_base(name: str, suffixes: frozenset[str]) -> str:
    """A company's name without its company-form words: "Bharti Airtel Limited" -> "Bharti Airtel"."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().rstrip(".") in suffixes:
        words.pop()
    return " ".join(words)


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_NICKNAME = re.compile(r"\s*[\"“‘'][^\"”’']{1,40}[\"”’']\s*")


def _person_text(core: Span) -> str:
    """A person's name as the text gives it, without a nickname in quotes."""
    return _clean(_NICKNAME.sub(" ", core.text))


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
            opening = next(
                (
                    k
                    for k in range(span.start - 2, max(span.start - 6, 0), -1)
                    if doc[k].text in _QUOTES
                ),
                None,
            )
            start = opening
            while (
                start is not None
                and start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].is_title
                and doc[start - 1].lower_ not in titles
            ):
                start -= 1
            if start is not None and start < (opening or 0):
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
        for t in _sentence(token)
        if t.is_alpha
        and not t.ent_type_
        and not t.is_stop
        and t.lower_ not in titles
        and t != token
    ]
    return len(words) >= 3 and sum(t.is_title for t in words) > 0.6 * len(words)


def _full_name_of(text: str, full: dict[str, str]) -> str:
    """The full name (a value of ``full``, keyed by every full name the text gives) that ``text`` shortens, or ``text``."""
    if text in full:
        return full[text]
    parts = text.split()
    last_matches = (
        {full[n] for n in full if n.split()[-1] == parts[-1]} if parts else set()
    )
    if len(last_matches) == 1:
        return last_matches.pop()
    first_matches = (
        {full[n] for n in full if n.split()[0] == parts[0]} if parts else set()
    )
    if len(parts) == 1 and len(first_matches) == 1:
        return first_matches.pop()
    contains = {full[n] for n in full if f" {text} " in f" {n} "}
    if len(contains) == 1:
        return contains.pop()
    return text


class _Mentions:
    """Entities of one document and which tokens mention them."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.tokens: list[Token] = list(
            doc
        )  # one Token object per position: doc[i] makes a new one each time
        self.lowers: list[str] = [
            t.lower_ for t in self.tokens
        ]  # looked at by every scan of the document
        self.gazetteer = gazetteer
        self.entities: dict[str, Entity] = {}
        self.by_token: dict[int, str] = {}
        self._order: list[tuple[int, str]] | None = (
            None  # by_token in text order, built on first use
        )
        self._first: dict[str, int] = {}
        self.capital_tokens: set[int] = set()
        self.acronyms: dict[str, str] = {}
        self.data = _data()
        self.lex = self.data.lex
        self.ents: list[Span] = self._relabelled(
            list(doc.ents)
        )  # doc.ents builds new spans on every access
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
        named = _with_nicknames(doc, named, self.lex["titles"])
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
                if w.casefold().rstrip(".") not in self.lex["name_suffixes"]
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
            or _headline(head, self.lex["titles"])
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
            words[0].lower_ in self.lex["titles"]
            or self.gazetteer.country(words[0].text)
            or (
                len(words) > 1
                and self.gazetteer.country(f"{words[0].text} {words[1].text}")
            )
        ):
            words.pop(0)
        if not words or any(
            w.lower_ in self.lex["titles"]
            or w.lower_.removesuffix("s") in self.lex["titles"]
            or w.lower_ in self.lex["organization_words"]
            or w.lower_ in self.data.collective
            or w.lower_ in self.lex["name_honorifics"]
            or w.tag_ == "NNPS"
            or w.lower_ in self.data.theme_nouns
            for w in words
        ):
            return None
        text = _clean(self.doc[words[0].i : head.i + 1].text)
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
        return self._add(
            "Person", _full_name_of(text, full), text, [w.i for w in words]
        )

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
            name = _clean(self.doc[start : i - 1].text)
            if (
                lowers[i - 2] in self.lex["agreement_nouns"]
                or self.gazetteer.country(name)
                or any(
                    lowers[k] in self.lex["titles"]
                    and lowers[k] in self.lex["person_titles"]
                    for k in range(start, i - 1)
                )
            ):
                continue
            key = self._add("Organization", name, name, range(start, i - 1))
            self.acronyms[acronym] = key
            self.entities[key].aliases.add(acronym)

    def _acronym_mentions(self) -> None:
        if not self.acronyms:
            return
        for token in self.tokens:
            key = self.acronyms.get(token.text)
            if key is not None:
                self.by_token.setdefault(token.i, key)

    # -- registration
    def _add(
        self, cls: str, name: str, surface: str, tokens: Iterable[int], **ids: str
    ) -> str:
        key = f"{cls}:{name.casefold()}"
        if cls == "Organization":  # "Bharti Airtel Limited" is "Bharti Airtel"
            key = f"{cls}:{_company_base(name, self.lex['company_suffixes'] | self.lex['company_words']).casefold()}"
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(key=key, cls=cls, name=name)
        entity.ids.update(ids)
        surface = _SPACES.sub(" ", surface).strip()
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
        titles = self.lex["titles"]
        tokens = list(span)
        start = 0
        while start < len(tokens) - 1 and (
            tokens[start].lower_ in titles or self.gazetteer.country(tokens[start].text)
        ):
            start += 1
        if (
            start
            and len(tokens) - start == 1
            and tokens[start - 1].lower_ in self.lex["name_honorifics"]
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
                or t.lower_ in self.lex["titles"]
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
        titles = self.lex["person_titles"]
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
                and doc[end].lower_ not in self.lex["titles"]
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
                t.lower_ in self.lex["titles"] or not t.is_alpha for t in core
            )  # "Chairperson", "the Emir": an office
            and not any(t.lower_ in self.data.theme_nouns for t in core)
        ]  # "WTO Ministerial Meeting": an event
        for core, _ in sorted(cores, key=lambda c: (-len(c[0]), c[0].start)):
            text = _person_text(core)
            if len(core) > 1 and text not in full:
                within = {
                    n for n in full.values() if f" {text} " in f" {n} "
                }  # "Marcos Jr." in "Ferdinand Marcos Jr."
                full[text] = next(
                    (n for n in full.values() if _same_person_name(n, text)),
                    within.pop() if len(within) == 1 else text,
                )
        for core, titles in cores:
            text = _person_text(core)
            name = _full_name_of(text, full)
            key = self._add("Person", name, text, range(core.start, core.end))
            self._pending_roles.append((core, titles, key))
        for core in self._titled_names(single=True):
            if len(core) == 1 and core.start not in self.by_token:
                name = _full_name_of(_clean(core.text), full)
                if name != _clean(
                    core.text
                ):  # "Prince Khalid" after "Khalid bin Salman"
                    key = self._add("Person", name, core.text, [core.start])
                    self._pending_roles.append((core, [core.doc[core.start - 1]], key))

    def _title_role(self, core: Span, inner_titles: list[Token], key: str) -> None:
        """Keep the title before a name as a role, and a country or org before it as affiliation."""
        doc = self.doc
        words: list[Token] = list(inner_titles)
        i = (inner_titles[0].i if inner_titles else core.start) - 1
        while (
            i >= 0
            and doc[i].lower_ in self.lex["titles"]
            and (  # "United States Secretary of State Paul Ames"
                doc[i].head.i in range(i, core.end + 1)
                or (
                    doc[i].head.i in range(i - 2, i)
                    and doc[i].head.lower_ in self.lex["titles"]
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
        if role and any(w.lower_ in self.lex["person_titles"] for w in words):
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
            text = _clean(span.text)
            if not text:
                continue
            tokens = [
                i
                for i in range(span.start, span.end)
                if lowers[i] not in {"the", "'s", "’s"}
            ]
            if tokens and all(i in self.by_token for i in tokens):
                continue  # a part of a name already read whole ("Customs" in "Central Board of … and Customs")
            if lowers[span.end - 1] in self.lex["agreement_nouns"] and label not in {
                "PERSON",
                "NORP",
            }:
                continue  # "the Lima Declaration" is an agreement, named below
            if lowers[span.end - 1] in self.lex[
                "government_nouns"
            ] and self._government(span):
                continue  # "the Government", "Chad's Government": its country, or nothing
            if text in self.acronyms:
                self._add(
                    self.entities[self.acronyms[text]].cls,
                    self.entities[self.acronyms[text]].name,
                    text,
                    tokens,
                )
                continue
            country = self.gazetteer.country(text)
            if country is not None and label in _PLACE_LABELS | {"NORP", "ORG"}:
                if text in country.capitals:
                    self.capital_tokens.update(tokens)
                self._add("Country", country.name, text, tokens, key=country.key)
                continue
            org = self.gazetteer.organization(text)
            if org is not None:
                self._add("Organization", org.name, text, tokens, key=org.key)
                continue
            if label == "NORP":
                continue
            if label in _ORG_LABELS and self._titled_person(span):
                continue
            if label in _ORG_LABELS and self._after_title(span):
                continue
            if label in _ORG_LABELS and self._described_as_person(span):
                self._add("Person", text, text, tokens)
                continue
            if (
                label in _ORG_LABELS
                and tokens
                and lowers[tokens[0]] in self.lex["person_titles"]
            ):
                continue  # "the Minister of Finance": an office, whose holder an apposition names
            if label in _ORG_LABELS and any(
                lowers[i] in self.data.theme_nouns for i in tokens
            ):
                continue  # "Anti-Dumping Import Duty on Certain Products": a heading, not an organization
            if label in _ORG_LABELS:
                if text in person_names and person_names[text] in people:
                    entity = self.entities[person_names[text]]
                    self._add("Person", entity.name, text, tokens)
                    continue
                name = self._org_name(span)
                if name:
                    key = self._add(
                        "Organization",
                        name,
                        text,
                        [t for t in tokens if self.by_token.get(t) is None],
                    )
                    self._acronym(span, key)
            elif label in _PLACE_LABELS:
                self._add("Location", text, text, tokens)

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
        owner = _clean(self.doc[words[0] : words[-1] + 1].text)
        country = self.gazetteer.country(owner) or self.gazetteer.country(
            re.sub(r"^(?:the )?republic of ", "", owner, flags=re.I)
        )
        if country is None:
            return False
        self._add(
            "Country", country.name, owner, [*words, span.end - 1], key=country.key
        )
        return True

    def _with_suffix(self, span: Span) -> Span:
        """An organization's name with the company-form words the model left out ("CCS Ventures | Sdn Bhd")."""
        end = span.end
        while (
            end < len(span.doc)
            and span.doc[end].text[:1].isupper()
            and span.doc[end].lower_.rstrip(".") in self.lex["company_suffixes"]
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
        self.acronyms[acronym.text] = key
        self.entities[key].aliases.add(acronym.text)

    def _titled_person(self, span: Span) -> bool:
        """An "organization" that is a titled person ("Crown Prince Mohammed bin Zayed") is a person."""
        titles = self.lex["person_titles"] | self.lex["name_honorifics"]
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
        text = _clean(name.text)
        key = self._add("Person", text, text, range(name.start, name.end))
        self._pending_roles.append((name, [t for t in span if t.i <= last], key))
        return True

    def _after_title(self, span: Span) -> bool:
        """An "organization" right after a person's title ("President | Amara Diallo") is that person."""
        before = span.doc[span.start - 1] if span.start else None
        if (
            before is None
            or before.lower_ not in self.lex["person_titles"]
            or not before.is_title
        ):
            return False
        names = self._name_words(span)
        if names is None or not all(t.is_title for t in names):
            return False
        text = _clean(span.text)
        key = self._add("Person", text, text, range(span.start, span.end))
        title = [before]
        while (
            title[0].i > 0
            and span.doc[title[0].i - 1].lower_ in self.lex["titles"]
            and span.doc[title[0].i - 1].is_title
        ):
            title.insert(0, span.doc[title[0].i - 1])
        self._pending_roles.append((span, title, key))
        return True

    def _described_as_person(self, span: Span) -> bool:
        """An "organization" described by a title ("Jean Dupont, president of the Council") is a person."""
        return self._name_words(span) is not None and any(
            c.dep_ == "appos" and c.lower_ in self.lex["person_titles"]
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
            t.lower_ in self.lex["agreement_nouns"]
            or t.lower_ in self.lex["organization_words"]
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
        text = _clean(span.doc[tokens[0].i : tokens[-1].i + 1].text)
        if not any(c.isupper() for c in text):
            return None
        return text

    # -- agreements
    def _agreements(self) -> None:
        """Agreements: noun phrases headed by an agreement word; "the pact" refers back to the last one."""
        nouns = self.lex["agreement_nouns"]
        weak = self.lex["weak_agreement_nouns"]
        vague = self.lex["vague_modifiers"]
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
                _clean(named.text)
                if named is not None
                else self._agreement_label(token)
            )
            key = self._add("Agreement", label, label, [])
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
        start = _dash_joined_start(self.doc, ent.start)
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
            start = _dash_joined_start(self.doc, tokens[0].i)
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
        return _clean(text) or head.text

    def _names_person_or_place(self, prep: Token, *, at_head: bool) -> bool:
        """Whether a phrase names a person or an office ("with the President of Somaliland"), or, on the
        agreement word itself, where it was signed ("an accord in Geneva", not "cooperation in the Arctic")."""
        objects = [p for p in prep.children if p.dep_ == "pobj"]
        if (
            at_head
            and prep.lower_ in self.lex["locative_preps"]
            and any(p.ent_type_ in _PLACE_LABELS for p in objects)
        ):
            return True
        return any(
            (self.by_token.get(t.i) or "").startswith("Person:")
            or t.ent_type_ == "PERSON"
            or t.lower_ in self.lex["person_titles"]
            for p in objects
            for t in [
                p,
                *(c for c in p.children if c.dep_ in {"compound", "appos", "conj"}),
            ]
        )

    def _mark(self, token: Token, key: str) -> None:
        self.by_token[token.i] = key


# --------------------------------------------------------------------------- relations


class _Sentence:
    """Helpers to read arguments around a trigger, with the document's mentions."""

    def __init__(self, mentions: _Mentions, state: _Discourse) -> None:
        self.m = mentions
        self.state = state
        self.lex = mentions.lex
        self.inferred = 0  # arguments found through another sentence or a pronoun since the last reset

    # -- argument resolution
    def entities(
        self, token: Token, classes: frozenset[str], *, deep: bool = False
    ) -> list[str]:
        """Entities a noun phrase headed by ``token`` (and its conjuncts) refers to."""
        found: list[str] = []
        for t in _with_conjuncts(token):
            found.extend(self._one(t, classes, deep=deep))
            for c in t.children:  # "documents, particularly the joint statement"
                if c.dep_ == "appos" and any(
                    a.lower_ in self.lex["singling_adverbs"]
                    for a in c.children
                    if a.dep_ in {"advmod", "prep"}
                ):
                    found.extend(self._one(c, classes, deep=deep))
        return list(dict.fromkeys(found))

    def _one(self, t: Token, classes: frozenset[str], *, deep: bool) -> list[str]:
        key = self.m.entity_of(t)
        if key is not None and self._fits(key, classes):
            return [key]
        for c in t.children:  # "The President of the United States, George W. Bush"
            if c.dep_ == "appos":
                found = self._one(c, classes, deep=False)
                if found:
                    return found
        if key is None and classes == _PEOPLE and t.pos_ == "PROPN":
            key = self.m.unrecognised_person(
                t
            )  # the slot says it is a person: "Modi also met …"
            if key is not None:
                return [key]
        if key is not None:
            return []
        if t.pos_ == "NOUN":  # "partners including A and B"
            listed = [
                e
                for c in t.children
                if c.dep_ == "prep" and c.lower_ in {"including", "like"}
                for p in c.children
                if p.dep_ == "pobj"
                for e in self.entities(p, classes)
            ]
            if listed:
                return listed
        collective = self.m.data.collective
        if (
            t.lower_ in collective
            and "Person" in collective[t.lower_]
            and "Person" in classes
        ):
            found = self._office_holders(t)  # "the foreign ministers of Japan and Peru"
            if found:
                return found
        if t.lemma_.lower() in self.lex["quantity_nouns"]:  # "a number of agreements"
            return [
                e
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
                for e in self.entities(p, classes, deep=deep)
            ]
        for (
            c
        ) in t.children:  # "the two sides led by A and B", "a delegation headed by A"
            if (
                c.dep_ == "acl"
                and c.lemma_ in {"lead", "head"}
                and t.pos_ in {"NOUN", "PRON"}
            ):
                return [
                    e
                    for a in c.children
                    if a.dep_ == "agent"
                    for p in a.children
                    if p.dep_ == "pobj"
                    for e in self.entities(p, classes)
                ]
        if t.pos_ == "PRON" or (
            t.lower_ in collective
            and any(c.lower_ in {"the", "two", "both", "three"} for c in t.lefts)
        ):
            self.inferred += 1
            return self.state.resolve(t, classes) or self.reported_speaker(t, classes)
        if t.lemma_.lower() in self.lex["government_bodies"]:
            owners = self._modifiers(
                t, classes
            )  # "the Malaysian ministry": Malaysia, before "the ministry" refers back
            if owners:
                return owners
        anaphor = self.m.data.anaphors.get(t.lower_)
        pointer = [
            c
            for c in t.children
            if (c.dep_ == "det" and c.lower_ in {"the", "this"})
            or (c.dep_ == "poss" and c.pos_ == "PRON")
        ]
        if (
            anaphor
            and pointer
            and not any(
                c.dep_ in {"compound", "prep", "relcl", "acl", "nmod"}
                or (c.dep_ == "poss" and c.pos_ != "PRON")
                for c in t.children
            )
        ):  # "the country", "the company", "his firm"
            self.inferred += 1
            key = self.state.previous(anaphor, t)
            return [key] if key and self._fits(key, classes) else []
        if classes == _PEOPLE and t.lemma_.lower() == "counterpart":
            holder = self._counterpart(
                t
            )  # "his Japanese counterpart": the one person of Japan the text names
            if holder:
                self.inferred += 1
                return [holder]
        if "Person" in classes and t.lower_ in self.lex["person_titles"]:
            holder = self._office_holder(
                t
            )  # "the president of Argentina, Alberto Ruiz"
            if holder:
                return [holder]
        if (
            t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
            and t.lower_ in self.lex["person_titles"]
            and any(c.lower_ in {"the"} for c in t.lefts)
        ):
            self.inferred += 1
            return self.state.resolve_title(t, classes)
        if (
            deep
            or t.lemma_.lower()
            in self.lex["government_nouns"] | self.lex["government_bodies"]
        ):
            return self._modifiers(
                t, classes
            )  # "Brazil's commerce ministry", "the ministry of Peru": the country
        return []

    def _counterpart(self, noun: Token) -> str | None:
        """The person a "counterpart" of some country is: the only one of that country the document names."""
        countries = set(
            self._modifiers(noun, frozenset({"Country"}))
        )  # "his Japanese counterpart", "… of Japan"
        if len(countries) != 1:
            return None
        country = countries.pop()
        people = [
            e.key
            for e in self.m.entities.values()
            if e.cls == "Person" and country in e.affiliations
        ]
        return people[0] if len(people) == 1 else None

    def _office_holder(self, title: Token) -> str | None:
        """The person an office's "of" phrase goes on to name: "the president of Guyana, Irfan Singh"."""
        for c in title.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for t in c.subtree:
                key = self.m.entity_of(t)
                if (
                    key is not None
                    and key.startswith("Person:")
                    and t.dep_ in {"appos", "conj", "pobj"}
                    and _within_phrase(t, title)
                ):
                    return key
        return None

    def _office_holders(self, t: Token) -> list[str]:
        """The people a plural title "of" some countries names, one per country, where the text named them."""
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
                for e in self.m.entities.values()
                if e.cls == "Person"
                and country in e.affiliations
                and any(words <= set(r.lower().split()) for r in e.roles)
            ]
            if len(holders) != 1:
                return []
            found.extend(holders)
        return found

    def _modifiers(self, t: Token, classes: frozenset[str]) -> list[str]:
        """Entities that qualify a noun: "Indian goods", "imports from China", "yarns imported from Vietnam"."""
        inner: list[str] = []
        for c in t.children:
            if c.dep_ in {"amod", "compound", "poss", "nmod"}:
                inner.extend(
                    e
                    for x in _with_conjuncts(c)
                    for e in self._one(x, classes, deep=False)
                )
            elif c.dep_ == "prep" and c.lower_ in self.lex["origin_preps"]:
                inner.extend(
                    e
                    for p in c.children
                    if p.dep_ == "pobj"
                    for e in self.entities(p, classes, deep=True)
                )
            elif c.dep_ == "acl" and c.lemma_.lower() in self.lex["origin_verbs"]:
                inner.extend(self._modifiers(c, classes))
        return inner

    def _fits(self, key: str, classes: frozenset[str]) -> bool:
        cls = key.split(":", 1)[0]
        if cls in classes:
            return True
        return (
            "Bloc" in classes
            and cls == "Organization"
            and self.m.gazetteer.organization(self.m.entities[key].name) is not None
        )

    def reported_speaker(self, pronoun: Token, classes: frozenset[str]) -> list[str]:
        """Who "it", "they", "we" or "I" is in reported speech: the subject of the verb of saying."""
        if pronoun.lower_ not in {"i", "we", "it", "they"} or pronoun.dep_ not in {
            "nsubj",
            "nsubjpass",
        }:
            return []
        clause = pronoun.head
        while clause.dep_ in {"conj", "xcomp"} and clause.head != clause:
            clause = clause.head
        if (
            clause.dep_ not in {"ccomp", "parataxis"}
            or clause.head.lemma_ not in self.lex["speech_verbs"]
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
            for c in verb.children:
                if c.dep_ == "agent":
                    return [
                        e
                        for p in c.children
                        if p.dep_ == "pobj"
                        for e in self.entities(p, classes)
                    ], True
            return [], True
        node: Token | None = verb
        for _ in range(4):
            if node is None:
                break
            subj = [c for c in node.children if c.dep_ in {"nsubj", "csubj"}]
            if (
                node.dep_ == "relcl"
            ):  # "Kofi Mensah, who met Amara Diallo": the relative pronoun is the noun
                subj = [
                    node.head if c.lower_ in {"who", "which", "that"} else c
                    for c in subj
                ]
            if subj:
                found = [e for s in subj for e in self.entities(s, classes)]
                if not found:
                    found = [
                        e for s in subj for e in self.quote_speaker(s, node, classes)
                    ]
                    self.inferred += bool(found)
                return found, False
            if node.dep_ in {"conj", "xcomp", "advcl", "pcomp"} and node.head != node:
                node = node.head
                if node.pos_ == "ADP":
                    node = node.head
                continue
            if node.dep_ == "acl" and node.head.pos_ in {"NOUN", "PROPN"}:
                owner = [c for c in node.head.children if c.dep_ == "poss"]
                return [
                    e for s in owner for e in self.entities(s, classes, deep=True)
                ], False
            break
        return [], False

    def quote_speaker(
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
            if v.lemma_ in self.lex["speech_verbs"] or v == node:
                for c in v.children:
                    if c.dep_ == "nsubj" and c != pronoun:
                        found = self.entities(c, classes)
                        if found:
                            return found
        sent = _sentence(pronoun)
        for t in sent:
            if t.lemma_ in self.lex["speech_verbs"] and t.i != verb.i:
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
        found: list[str] = []
        for c in head.children:
            if c.dep_ in {"prep", "agent"} and c.lower_ in preps:
                for prep in [
                    c,
                    *(x for x in c.children if x.dep_ == "conj" and x.lower_ in preps),
                ]:  # "with A, and with B"
                    for p in prep.children:
                        if p.dep_ == "pobj" and not self._onlooker(p):
                            found.extend(self.entities(p, classes, deep=deep))
        return found

    def _onlooker(self, noun: Token) -> bool:
        """Whether a phrase names someone present as a witness, not a party ("with Ecuador as a witness")."""
        return any(
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(
                p.dep_ == "pobj" and p.lemma_.lower() in self.lex["onlooker_nouns"]
                for p in c.children
            )
            for c in noun.children
        )


def _plain_path(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs from ``top`` through names only (compounds, appositions, conjuncts)."""
    while token != top:
        if (
            token.dep_ not in {"compound", "appos", "conj", "cc", "flat"}
            or token.head == token
        ):
            return False
        token = token.head
    return True


def _within_phrase(token: Token, top: Token) -> bool:
    """Whether ``token`` belongs to the noun phrase of ``top`` without crossing a verb."""
    while token != top:
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return False
        token = token.head
    return True


def _dash_joined_start(doc: Doc, start: int) -> int:
    """Where a name ending at ``start`` begins when capitalised words are joined to it by dashes without spaces."""
    while (
        start >= 2
        and doc[start - 1].text in {"-", "–", "—"}
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].text[:1].isupper()
    ):
        start -= 2
        while (
            start > 0
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].whitespace_
            and doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
    return start


def _reciprocal(verb: Token) -> bool:
    """Whether the verb's clause says "each other" or "one another" ("duties on each other's imports")."""
    words = [t.lower_ for t in verb.subtree]
    return any(
        (a == "each" and b == "other") or (a == "one" and b == "another")
        for a, b in pairwise(words)
    )


def _qualified(noun: Token) -> bool:
    """Whether a weak agreement word is qualified by a phrase of its own ("declaration of peace", "letter of intent")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"of", "on"}
        and any(p.dep_ == "pobj" and p.pos_ == "NOUN" for p in c.children)
        for c in noun.rights
    )


def _within_clause(token: Token, verb: Token) -> bool:
    """Whether ``token`` hangs from ``verb`` without passing through another verb's clause."""
    node = token.head
    while node != verb:
        if (
            node.pos_ in {"VERB", "AUX"} and node.dep_ not in {"amod", "acl"}
        ) or node.head == node:
            return False  # participles that qualify a noun ("steel imported from X") stay inside
        node = node.head
    return True


def _with_conjuncts(token: Token) -> list[Token]:
    """A token and the heads it is coordinated with ("A, president of X, and B"), in text order of the walk.

    The walk keeps its own stack: a sentence joining a thousand names with "and"
    is a chain a thousand deep.
    """
    out: list[Token] = []
    stack: list[Token] = [token]
    while stack:
        node = stack.pop()
        out.append(node)
        found: list[Token] = []
        for c in node.children:
            if c.dep_ == "conj":
                found.append(c)
            elif c.dep_ == "appos" and any(cc.dep_ == "conj" for cc in c.children):
                # "A, president of X, and B"; "A, B Sdn Bhd, and C" parsed as an apposition
                if c.pos_ == "PROPN":
                    out.append(c)
                found.extend(cc for cc in c.children if cc.dep_ == "conj")
        stack.extend(reversed(found))
    return out


class _Discourse:
    """What earlier sentences of the document make available to pronouns and "the two leaders"."""

    def __init__(self, mentions: _Mentions) -> None:
        self.m = mentions
        self.last_groups: dict[str, list[str]] = {}
        # events whose subject is a group named later ("Twelve nations signed …"): group noun -> (relation, objects, status)
        self.unnamed_groups: dict[str, tuple[RelationSpec, list[str], str]] = {}

    def resolve(self, token: Token, classes: frozenset[str]) -> list[str]:
        lower = token.lower_
        collective = self.m.data.collective
        plural = lower in {"they", "we", "both", "them"} or lower in collective
        if plural:
            kinds = collective.get(lower, ("Person", "Country", "Organization"))
            for cls in kinds:
                group = self.last_groups.get(cls, [])
                if cls in classes and len(group) >= 2:
                    return group
            if any(
                c.lower_ == "two" for c in token.lefts
            ):  # "the two nations": the last two named
                for cls in kinds:
                    if cls in classes:
                        recent = list(
                            dict.fromkeys(
                                k
                                for _, k in reversed(
                                    self.m.mentions_between(0, token.i)
                                )
                                if k.startswith(cls + ":")
                            )
                        )
                        if len(recent) >= 2:
                            return recent[:2]
            return []
        if lower in {"he", "she", "him", "her"} and "Person" in classes:
            person = self._previous_person(token)
            return [person] if person else []
        if (
            lower == "it" and token.dep_ == "nsubj"
        ):  # "It also raised tariffs": the last country or company as subject
            return self._previous_subject(token, classes & {"Country", "Organization"})
        return []

    def _previous_subject(self, token: Token, classes: frozenset[str]) -> list[str]:
        start = _window_start(token)
        for t in reversed(token.doc[start : token.i]):
            if t.dep_ == "nsubj" and (key := self.m.entity_of(t)) is not None:
                return [key] if key.split(":", 1)[0] in classes else []
        return []

    def resolve_title(self, token: Token, classes: frozenset[str]) -> list[str]:
        title = token.lower_
        matches = [
            k
            for k, e in self.m.entities.items()
            if e.cls == "Person"
            and any(title in r.lower().split() for r in e.roles)
            and self.m.first_mention(k) < token.i
        ]
        return matches[-1:] if len(set(matches)) == 1 and "Person" in classes else []

    def previous(self, cls: str, token: Token) -> str | None:
        """The last entity of class ``cls`` named in this sentence or the one before, before ``token``."""
        found = [
            k
            for _, k in self.m.mentions_between(_window_start(token), token.i)
            if k.startswith(cls + ":")
        ]
        return found[-1] if found else None

    def _previous_person(self, token: Token) -> str | None:
        window = _window_start(token)
        people = [
            (i, k)
            for i, k in self.m.mentions_between(window, token.i)
            if k.startswith("Person:")
        ]
        if not people:
            return None
        # A second, different person in the same window makes "he" ambiguous: take the last one who was a subject.
        if len({k for _, k in people}) > 1:
            subjects = [
                k
                for i, k in people
                if token.doc[i].dep_ == "nsubj"
                and _sentence(token.doc[i]).end <= token.i + 1
            ]
            return subjects[-1] if subjects else None
        return people[-1][1]


def _window_start(token: Token) -> int:
    """Where the sentence before ``token``'s sentence starts (or its own, if it is the first)."""
    start = _sentence(token).start
    return _sentence(token.doc[start - 1]).start if start > 0 else 0


def _sentence(token: Token) -> Span:
    """The sentence of ``token`` (``Token.sent`` walks every sentence before it)."""
    doc = token.doc
    starts = doc.user_data.get("kg_sentence_starts")
    if starts is None:  # where each sentence starts, found once per document
        starts = doc.user_data["kg_sentence_starts"] = [
            sent.start for sent in doc.sents
        ] + [len(doc)]
    n = bisect_right(starts, token.i) - 1
    return doc[starts[n] : starts[n + 1]]


# --------------------------------------------------------------------------- modality


def _governor(verb: Token, governors: dict[str, str]) -> tuple[str | None, bool]:
    """The status a governing verb gives, and whether it came with its particle ("push back", "call off")."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in {"prt", "advmod"} and f"{lemma} {c.lower_}" in governors:
            return governors[f"{lemma} {c.lower_}"], True
    return governors.get(lemma), False


def _status(
    trigger: Token, mod: dict[str, Any], factual: frozenset[str] = frozenset()
) -> str:
    """asserted, planned, negated, reversed or hypothetical, from the words around the trigger (``mod``: modality.json;
    ``factual``: governors that state the relation as done, as "decided to impose" does for a tariff)."""
    aux: dict[str, str] = mod["auxiliaries"]
    governors: dict[str, str] = mod["governors"]
    nouns: dict[str, str] = mod["governing_nouns"]
    conditionals: frozenset[str] = mod["conditionals"]
    future: frozenset[str] = mod["future_modifiers"]
    node = trigger
    for _ in range(5):
        children = list(node.children)
        if any(
            c.dep_ == "neg"
            or (c.dep_ in {"advmod", "det"} and c.lower_ in mod["negations"])
            for c in children
        ):
            return (
                "negated"  # before the auxiliary: "won't sign" is negated, not planned
            )
        for c in children:
            if c.dep_ in {"aux", "auxpass"} and c.lower_ in aux:
                return aux[c.lower_]
            if (
                c.dep_ == "aux"
                and c.lemma_ == "be"
                and any(x.dep_ == "aux" and x.lower_ == "to" for x in children)
            ):
                return "planned"
            if c.dep_ == "mark" and c.lower_ in conditionals:
                return "hypothetical"
        head = node.head
        if head == node:
            break
        governed, phrasal = _governor(head, governors)
        if head.lemma_.lower() in factual:
            governed = None
        if (
            node.dep_ == "xcomp"
            and head.lemma_ == "be"
            and any(c.lower_ == "to" and c.dep_ == "aux" for c in children)
        ):
            return "planned"  # "Mercosur is to sign a trade agreement"
        if node.dep_ == "xcomp" and governed:
            return governed
        if node.dep_ == "acl" and head.lemma_.lower() in nouns:
            return nouns[head.lemma_.lower()]
        if node.dep_ == "acl" and any(
            c.lower_ in future for c in head.children if c.dep_ == "amod"
        ):
            return "planned"  # "a preliminary decision to impose duties"
        if (
            node.dep_ in {"dobj", "nsubjpass"}
            and node.pos_ == "NOUN"
            and governed
            and (phrasal or head.lemma_.lower() in mod["object_governors"])
        ):  # "proposed tariffs", "the meeting was postponed", "the signing was pushed back"
            return governed
        if node.dep_ in {"xcomp", "conj", "acl", "advcl", "relcl"}:
            node = head
            continue
        if node.dep_ == "pobj" and head.dep_ == "prep":
            node = head.head
            continue
        break
    if trigger.pos_ in {"NOUN", "PROPN"}:
        status = _nominal_status(trigger, mod)
        if status:
            return status
    last = next((t for t in reversed(_sentence(trigger)) if not t.is_space), None)
    if last is not None and last.text.endswith("?"):  # a question
        return "hypothetical"
    return "asserted"


def _nominal_status(noun: Token, mod: dict[str, Any]) -> str | None:
    """ "an upcoming meeting", "ahead of the talks", "set the stage for a meeting": not yet held."""
    future: frozenset[str] = mod["future_modifiers"]
    if any(
        c.lower_ in future
        for c in noun.children
        if c.dep_ in {"amod", "compound", "advmod", "npadvmod"}
    ):
        return "planned"
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        phrase = head.lower_
        governor = head.head
        if (
            phrase in {"before", "ahead"}
            or governor.lower_ == "ahead"
            or (phrase == "prior" or governor.lower_ == "prior")
        ):
            return "planned"
        preparation: frozenset[str] = mod["preparation_nouns"]
        if phrase == "for" and (
            governor.lemma_.lower() in preparation
            or governor.lemma_.lower() in mod["preparation_verbs"]
            or any(
                c.dep_ == "dobj" and c.lemma_.lower() in preparation
                for c in governor.children
            )
        ):
            return "planned"
    return None


def _reversed(theme: Token, mod: dict[str, Any]) -> bool:
    reversals: frozenset[str] = mod["reversals"]
    head = theme.head
    return theme.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in reversals


# --------------------------------------------------------------------------- the extractor


class _Extractor:
    def __init__(self, doc: Doc, gazetteer: Gazetteer, published: date | None) -> None:
        self.doc = doc
        self.m = _Mentions(doc, gazetteer)
        self.state = _Discourse(self.m)
        self.s = _Sentence(self.m, self.state)
        self.lex = self.m.lex
        self.mod = self.m.data.modality
        self.penalty = self.m.data.penalties
        self.published = published
        self.reference = self._dateline_date() or published
        self.events: list[Event] = []
        self.sent: Span = doc[0:0]  # the sentence being read
        self._sentence_texts: dict[
            int, str
        ] = {}  # evidence, by sentence start (Span.text joins tokens each time)

    def _dateline_date(self) -> date | None:
        for span in self.doc.spans.get("kg_dateline", []):
            for ent in self.m.ents:
                if ent.label_ == "DATE" and span.start <= ent.start < span.end:
                    resolved = resolve_date(ent.text, self.published)
                    if resolved and resolved[1] == "date":
                        return date.fromisoformat(resolved[0])
        return None

    def run(self) -> Extraction:
        specs = self.m.data.specs
        words = frozenset().union(
            *(
                spec.verbs
                | spec.nouns
                | spec.collective_verbs
                | spec.member_nouns
                | set(spec.phrasal)
                for spec in specs
            ),
            _LISTING_VERBS,
        )
        lowers = self.m.lowers
        for sent in self.doc.sents:
            self.sent = sent
            before = len(self.events)
            for token in self.m.tokens[sent.start : sent.end]:
                lower = lowers[token.i]
                lemma = token.lemma_.lower()
                if lemma not in words and lower not in words:
                    continue  # no relation's trigger word: most tokens
                pos = token.pos_
                if pos not in {"VERB", "AUX", "NOUN", "PROPN"}:
                    continue
                for spec in specs:
                    self.s.inferred = 0
                    phrasal = (
                        lemma in spec.phrasal
                        and any(  # "called on the president", not "called him on Monday"
                            c.dep_ == "prep"
                            and c.lower_ in spec.phrasal[lemma]
                            and any(
                                p.dep_ == "pobj" and p.ent_type_ not in {"DATE", "TIME"}
                                for p in c.children
                            )
                            for c in token.children
                        )
                    )
                    if pos in {"VERB", "AUX"} and (lemma in spec.verbs or phrasal):
                        self._verb(spec, token)
                    elif pos in {"NOUN", "PROPN"} and (
                        lemma in spec.nouns or lower in spec.nouns or phrasal
                    ):
                        self._noun(spec, token)
                    if (
                        spec.collective_verbs
                        and pos == "VERB"
                        and lemma in spec.collective_verbs
                    ):
                        self._collective(spec, token)
                    if pos == "NOUN" and (
                        lemma in spec.member_nouns or lower in spec.member_nouns
                    ):
                        self._members(spec, token)
                if lemma in _LISTING_VERBS and self.state.unnamed_groups:
                    self._group_named(token)
            self._remember_group(sent, before)
        return Extraction(self.m.entities, _dedupe(self.events))

    def _remember_group(self, sent: Span, before: int) -> None:
        """Remember the last two-or-more people, countries and organizations named together."""
        mentions = self.m.mentions_between(sent.start, sent.end)
        for cls in ("Person", "Country", "Organization"):
            prefix = cls + ":"
            from_events = False
            for event in self.events[before:]:
                group = list(
                    dict.fromkeys(
                        k
                        for keys in event.roles.values()
                        for k in keys
                        if k.startswith(prefix)
                    )
                )
                if len(group) >= 2:
                    self.state.last_groups[cls] = group
                    from_events = True
            for i, key in mentions if not from_events else ():
                if key.startswith(prefix) and self.m.tokens[i].dep_ in {
                    "nsubj",
                    "nsubjpass",
                    "pobj",
                    "dobj",
                }:
                    group = self.s.entities(self.m.tokens[i], frozenset({cls}))
                    if len(group) >= 2:
                        self.state.last_groups[cls] = group

    # -- verbs
    def _verb(self, spec: RelationSpec, verb: Token) -> None:
        subjects, passive = self.s.subjects(verb, spec.subject_classes)
        objects: list[str] = []
        theme: Token | None = None
        if spec.theme_nouns:
            theme = self._theme(spec, verb)
            if theme is None and not (spec.object_deps or spec.object_preps):
                return
            if theme is None and not spec.verb_without_theme:
                return
        if (
            not passive
            and verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in verb.children)
        ):
            # "the deal, signed in 2019 by Chile and Peru": the noun is the object, the agent the subject
            subjects, passive = (
                self.s.prep_objects(verb, frozenset({"by"}), spec.subject_classes),
                True,
            )
            if "nsubjpass" in spec.object_deps:
                objects.extend(self.s.entities(verb.head, spec.object_classes))
            if spec.theme_nouns and verb.head.lemma_.lower() in spec.theme_nouns:
                theme = verb.head
        if passive:
            for c in verb.children:
                if c.dep_ == "nsubjpass" and "nsubjpass" in spec.object_deps:
                    objects.extend(self.s.entities(c, spec.object_classes))
                if (
                    c.dep_ == "nsubjpass"
                    and spec.theme_nouns
                    and c.lemma_.lower() in spec.theme_nouns
                ):
                    theme = c
            subjects.extend(
                self.s.prep_objects(verb, spec.co_subject_preps, spec.subject_classes)
            )
        else:
            object_deps = (
                spec.object_deps if verb.lemma_.lower() in spec.verbs else frozenset()
            )  # "call" only with "on"
            for c in verb.children:
                if c.dep_ in object_deps and c.dep_ != "nsubjpass":
                    if verb.dep_ == "relcl" and c.lower_ in {
                        "which",
                        "that",
                        "whom",
                        "who",
                    }:
                        c = verb.head  # "the treaty, which Chile signed"
                    found = self.s.entities(c, spec.object_classes)
                    objects.extend(found)
                    self._name_after_partner(found, verb)
                    if found:  # "signed an agreement with Tesla", "a memorandum of understanding with Equinor"
                        for part in [c] + [
                            p
                            for x in c.children
                            if x.dep_ == "prep" and x.lower_ == "of"
                            for p in x.children
                            if p.dep_ == "pobj"
                        ]:
                            subjects.extend(
                                self.s.prep_objects(
                                    part, spec.co_subject_preps, spec.subject_classes
                                )
                            )
            subjects.extend(
                self.s.prep_objects(verb, spec.co_subject_preps, spec.subject_classes)
            )
        object_preps = spec.object_preps | spec.phrasal.get(
            verb.lemma_.lower(), frozenset()
        )
        for c in (
            verb.children
        ):  # "entered into an agreement with Ethiopia", "called on President A"
            if c.dep_ == "prep" and c.lower_ in object_preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self.s.entities(
                            p, spec.object_classes, deep=bool(spec.theme_nouns)
                        )
                        objects.extend(found)
                        if found and not spec.symmetric:
                            subjects.extend(
                                self.s.prep_objects(
                                    p, spec.co_subject_preps, spec.subject_classes
                                )
                            )
        if theme is not None:
            for part in _with_conjuncts(theme):
                objects.extend(
                    self.s.prep_objects(
                        part, spec.theme_preps, spec.object_classes, deep=True
                    )
                )
                for rate in (
                    p
                    for c in part.children
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                ):
                    objects.extend(
                        self.s.prep_objects(
                            rate, spec.theme_preps, spec.object_classes, deep=True
                        )
                    )  # "tariffs of 30% on X"
                for c in (
                    part.children
                ):  # "duties totalling 80.5 percent on Australian barley"
                    if c.dep_ == "acl":
                        objects.extend(
                            self.s.prep_objects(
                                c, spec.theme_preps, spec.object_classes, deep=True
                            )
                        )
            objects.extend(
                self.s.prep_objects(
                    verb, spec.theme_preps, spec.object_classes, deep=True
                )
            )
            if (
                not objects and not spec.symmetric
            ):  # the parser hung "on …" somewhere else in the clause
                objects.extend(self._clause_targets(spec, verb, spec.theme_preps))
        if (
            not subjects and not passive and _sentence(verb).start == verb.i
        ):  # "Signed the agreement: A, B and C."
            subjects = [
                e
                for c in verb.children
                if c.dep_ in spec.object_deps
                for a in c.children
                if a.dep_ == "appos"
                for e in self.s.entities(a, spec.subject_classes)
            ]
        if (
            spec.symmetric and not objects and subjects
        ):  # "met on the sidelines of the summit with B"
            objects.extend(self._clause_targets(spec, verb, object_preps))
        if spec.symmetric and not objects:
            return
        status = _status(verb, self.mod, spec.factual_governors)
        if theme is not None and _reversed(theme, self.mod):
            status = "reversed"
        if (
            not objects
            and len(set(subjects)) >= 2
            and not spec.symmetric
            and spec.theme_nouns
            and _reciprocal(verb)
        ):
            for imposer in dict.fromkeys(
                subjects
            ):  # "A and B slapped duties on each other's goods": each on the others
                others = [k for k in dict.fromkeys(subjects) if k != imposer]
                self._emit(
                    spec, verb, [imposer], others, status, confidence=spec.confidence
                )
            return
        if (
            not subjects and objects and not spec.symmetric
        ):  # "Twelve nations signed the charter": named later, perhaps
            for c in verb.children:
                if (
                    c.dep_ == "nsubj"
                    and c.pos_ == "NOUN"
                    and any(n.dep_ == "nummod" for n in c.children)
                ):
                    self.state.unnamed_groups[c.lemma_.lower()] = (
                        spec,
                        list(dict.fromkeys(objects)),
                        status,
                    )
        self._emit(spec, verb, subjects, objects, status, confidence=spec.confidence)

    def _clause_targets(
        self, spec: RelationSpec, verb: Token, preps: frozenset[str]
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
                or prep.lower_ not in preps
                or prep.i in subjects
                or prep.head == verb
            ):
                continue
            if prep.head.lemma_.lower() in self.lex["exemption_nouns"]:
                continue  # "tariffs on steel, with exemptions for Canada": Canada is spared, not targeted
            if not _within_clause(prep, verb):
                continue
            found.extend(
                e
                for p in prep.children
                if p.dep_ == "pobj"
                for e in self.s.entities(p, spec.object_classes, deep=True)
            )
        return found

    def _name_after_partner(self, agreements: list[str], verb: Token) -> None:
        """A bare "deal" signed "with Shell" is named "deal with Shell"."""
        partner = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None
        )
        if partner is None:
            return
        words = "".join(t.text_with_ws for t in partner.subtree).strip()
        for key in agreements:
            entity = self.m.entities.get(key)
            if (
                entity is not None
                and entity.cls == "Agreement"
                and " " not in entity.name
            ):
                entity.aliases.add(entity.name)
                entity.name = f"{entity.name} {_clean(words) if not words.startswith('with') else words}"

    def _theme(self, spec: RelationSpec, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ in {"dobj", "nsubjpass", "attr"} and (
                c.lemma_.lower() in spec.theme_nouns or c.lower_ in spec.theme_nouns
            ):
                return c
            if (
                c.dep_ in {"dobj", "nsubjpass"}
                and c.lemma_.lower() in spec.qualified_theme_nouns
            ):
                qualifiers = spec.qualified_theme_nouns[c.lemma_.lower()]
                if any(
                    m.lower_ in qualifiers or m.lemma_.lower() in qualifiers
                    for m in c.subtree
                    if m.i < c.i
                ):
                    return c
            if c.dep_ in {"dobj", "nsubjpass"}:
                for cc in c.children:
                    if cc.dep_ == "compound" and cc.lemma_.lower() in spec.theme_nouns:
                        return c
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    if p.dep_ == "pobj" and (
                        p.lemma_.lower() in spec.theme_nouns
                        or p.lower_ in spec.theme_nouns
                    ):
                        return p
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in spec.theme_nouns:
            return verb.head
        return None

    # -- nominal triggers: "a meeting between A and B", "the signing of the pact by A"
    def _noun(self, spec: RelationSpec, noun: Token) -> None:
        if (
            spec.theme_nouns
            and noun.head.lemma_.lower() in spec.verbs
            and noun.dep_ in {"dobj", "nsubjpass", "pobj"}
        ):
            return  # the verb handles it ("imposed tariffs on …")
        if (
            spec.theme_verbs
            and noun.head.lemma_.lower() in spec.theme_verbs
            and noun.dep_ == "dobj"
        ):
            self._light_verb(spec, noun)
            return
        subjects: list[str] = []
        objects: list[str] = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in spec.noun_subject_preps:
                named = [
                    e
                    for p in c.children
                    if p.dep_ == "pobj"
                    for e in self.s.entities(p, spec.subject_classes)
                ]
                if (
                    c.lower_ == "between" and len(named) == 1
                ):  # the parser hid one name inside the other's phrase
                    named = list(
                        dict.fromkeys(
                            k
                            for t in c.subtree
                            if (k := self.m.entity_of(t))
                            and self.s._fits(k, spec.subject_classes)
                        )
                    )
                subjects.extend(named)
            if (
                c.dep_ == "prep"
                and c.lower_
                in spec.noun_object_preps
                | spec.phrasal.get(noun.lemma_.lower(), frozenset())
            ):
                objects.extend(
                    e
                    for p in c.children
                    if p.dep_ == "pobj"
                    for e in self.s.entities(
                        p, spec.object_classes, deep=bool(spec.theme_nouns)
                    )
                )
                if not spec.theme_nouns:  # "the signing of the accord by Chile": the parser hangs "by" on the accord
                    subjects.extend(
                        e
                        for p in c.children
                        if p.dep_ == "pobj"
                        for e in self.s.prep_objects(
                            p, spec.noun_subject_preps, spec.subject_classes
                        )
                    )
            if c.dep_ == "poss" and spec.theme_nouns:
                subjects.extend(self.s.entities(c, spec.subject_classes))
            if c.dep_ == "poss" and spec.symmetric and c.pos_ != "PRON":
                subjects.extend(self.s.entities(c, spec.subject_classes))
        for c in (
            noun.subtree
        ):  # "tariffs (of 25 percent on steel), which took effect for Canada"
            if (
                c.dep_ in {"relcl", "acl"}
                and c.lemma_.lower() in spec.clause_verbs
                and _within_phrase(c.head, noun)
            ):
                objects.extend(
                    self.s.prep_objects(
                        c, spec.clause_preps, spec.object_classes, deep=True
                    )
                )
                objects.extend(
                    e
                    for d in c.children
                    if d.dep_ == "dobj"
                    for e in self.s.entities(d, spec.object_classes, deep=True)
                )
        if spec.theme_nouns and not subjects:
            # "U.S. tariffs on Mexico": a country or person before the noun imposes it.
            for c in noun.children:
                if c.dep_ in {"compound", "amod", "nmod"}:
                    subjects.extend(self.s.entities(c, spec.subject_classes))
            if noun.dep_ in {"pobj"} and noun.head.lower_ == "with":
                subjects.extend(
                    self.s.subjects(noun.head.head, spec.subject_classes)[0]
                )
        if spec.symmetric:
            if (
                noun.dep_ == "pobj" and objects and not subjects
            ):  # "during his meeting with B, A said"; "A spoke at a meeting with B"
                holder = noun.head.head
                while (
                    holder.pos_ in {"ADP", "ADV", "PART"} and holder.head != holder
                ):  # "walked out of a meeting with B"
                    holder = holder.head
                if holder.pos_ in {"VERB", "AUX"}:
                    subjects = self.s.subjects(holder, spec.subject_classes)[0]
            if len(set(subjects + objects)) < 2:
                return
            self._emit(
                spec,
                noun,
                subjects,
                objects,
                _status(noun, self.mod, spec.factual_governors),
                confidence=spec.confidence - self.penalty["nominal_trigger"],
            )
            return
        if not subjects or not objects:
            return
        self._emit(
            spec,
            noun,
            subjects,
            objects,
            _status(noun, self.mod, spec.factual_governors),
            confidence=spec.confidence - self.penalty["nominal_trigger"],
        )

    def _light_verb(self, spec: RelationSpec, noun: Token) -> None:
        """ "A held talks with B", "A and B concluded their meeting"."""
        verb = noun.head
        subjects, _ = self.s.subjects(verb, spec.subject_classes)
        preps = (
            spec.theme_preps
            | spec.noun_object_preps
            | spec.phrasal.get(noun.lemma_.lower(), frozenset())
        )
        others = self.s.prep_objects(noun, preps, spec.object_classes)
        others += self.s.prep_objects(verb, spec.object_preps, spec.object_classes)
        between = self.s.prep_objects(
            noun, spec.noun_subject_preps, spec.subject_classes
        )
        if (
            not others and not between and subjects
        ):  # "held two meetings: with A, and with B"
            others = self._clause_targets(spec, verb, preps)
        if not others and verb.lemma_.lower() in spec.counterpart_verbs:
            return  # "A and B attended the meeting": no one they met is named
        if len(set(subjects + others + between)) < 2:
            return
        self._emit(
            spec,
            verb,
            subjects + between,
            others,
            _status(verb, self.mod, spec.factual_governors),
            confidence=spec.confidence - self.penalty["nominal_trigger"],
        )

    def _group_named(self, verb: Token) -> None:
        """ "Twelve nations signed the charter. The 12 nations include A, B and C."""
        group = next(
            (
                c
                for c in verb.children
                if c.dep_ == "nsubj" and c.lemma_.lower() in self.state.unnamed_groups
            ),
            None,
        )
        if group is None:
            return
        spec, objects, status = self.state.unnamed_groups.pop(group.lemma_.lower())
        members = [
            e
            for c in verb.children
            if c.dep_ in {"dobj", "attr"}
            for e in self.s.entities(c, spec.subject_classes)
        ]
        self.s.inferred = 1
        self._emit(spec, verb, members, objects, status, confidence=spec.confidence)

    def _members(self, spec: RelationSpec, noun: Token) -> None:
        """ "Signatories of the charter include A, B and C", "A and B are signatories to the charter"."""
        verb = noun.head
        if verb.lemma_.lower() not in {"include", "be", "comprise"}:
            return
        if noun.dep_ == "nsubj":
            listed = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
        elif noun.dep_ == "attr":
            listed = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            return
        members = [e for c in listed for e in self.s.entities(c, spec.subject_classes)]
        objects = self.s.prep_objects(
            noun, frozenset({"of", "to"}), spec.object_classes
        )
        if not objects:  # "The charter was signed in May. Signatories include …"
            self.s.inferred += 1
            objects = [
                k
                for cls in sorted(spec.object_classes)
                if (k := self.state.previous(cls, noun))
            ][-1:]
        self._emit(
            spec,
            noun,
            members,
            objects,
            _status(verb, self.mod, spec.factual_governors),
            confidence=spec.confidence - self.penalty["nominal_trigger"],
        )

    def _collective(self, spec: RelationSpec, verb: Token) -> None:
        """ "A and B met", "A and B discussed … during a meeting"."""
        if any(
            c.dep_ in spec.object_deps | {"prep"}
            and (c.dep_ != "prep" or c.lower_ in spec.object_preps)
            for c in verb.children
            if verb.lemma_ in spec.verbs
        ):
            return  # an object is named: the verb rule covers it
        subjects, passive = self.s.subjects(verb, spec.subject_classes)
        if (
            not passive and len(set(subjects)) == 1
        ):  # "Minister A and Minister B met", parsed as one bent phrase
            subjects += [
                k
                for c in verb.children
                if c.dep_ == "nsubj"
                for t in c.subtree
                if (k := self.m.entity_of(t))
                and k.startswith("Person:")
                and _plain_path(t, c)
            ]
        if passive or len(set(subjects)) < 2:
            return
        # a verb of talking counts only beside a meeting noun ("during a meeting")
        if verb.lemma_.lower() not in spec.verbs and not any(
            t.lemma_.lower() in spec.nouns for t in verb.subtree if t.dep_ == "pobj"
        ):
            return
        self._emit(
            spec,
            verb,
            subjects,
            [],
            _status(verb, self.mod, spec.factual_governors),
            confidence=spec.confidence - self.penalty["nominal_trigger"],
        )

    # -- events
    def _emit(
        self,
        spec: RelationSpec,
        trigger: Token,
        subjects: list[str],
        objects: list[str],
        status: str,
        *,
        confidence: float,
        counterpart: str | None = None,
    ) -> None:
        """Record the events a trigger states; a symmetric relation's ``objects`` are counterparts of every subject."""
        subjects = list(dict.fromkeys(subjects))
        objects = [k for k in dict.fromkeys(objects) if k not in subjects]
        if spec.symmetric:
            if (
                subjects and objects
            ):  # an actor and its counterparts: one event per counterpart, none among them
                for counterpart in objects:
                    self._emit(
                        spec,
                        trigger,
                        subjects,
                        [],
                        status,
                        confidence=confidence,
                        counterpart=counterpart,
                    )
                return
            if objects:
                return  # counterparts with no actor: who met them is not said
            people = list(
                dict.fromkeys(subjects + ([counterpart] if counterpart else []))
            )
            if len(people) < 2:
                return
            roles = {spec.subject_role: people}
        else:
            if not subjects or not objects:
                return
            roles = {spec.subject_role: subjects, spec.object_role: objects}
        if self.s.inferred:
            confidence -= self.penalty["inferred_argument"]
        if any(
            c.dep_ == "advmod" and c.lower_ in self.mod["hedges"]
            for c in trigger.children
        ):  # "reportedly signed"
            confidence -= self.penalty["hedged"]
        sent = (
            self.sent
            if self.sent.start <= trigger.i < self.sent.end
            else _sentence(trigger)
        )
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
        split = {
            "object": (spec.object_role, objects),
            "subject": (spec.subject_role, subjects),
        }.get(spec.one_event_per or "")
        groups = (
            [[k] for k in split[1]]
            if split and not spec.symmetric and len(split[1]) > 1
            else [None]
        )
        for group in groups:
            event_roles = dict(roles)
            if group is not None and split:
                event_roles[split[0]] = group
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

    def _place(self, trigger: Token) -> str | None:
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
                if c.dep_ == "prep" and c.lower_ in self.lex["locative_preps"]:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            key = self.m.entity_of(p)
                            if key and key.startswith(("Location:", "Country:")):
                                if (
                                    key.startswith("Country:")
                                    and p.i not in self.m.capital_tokens
                                ):
                                    return key
                                if key.startswith("Country:"):
                                    name = self.m.doc[p.left_edge.i : p.i + 1].text
                                    return self.m._add(
                                        "Location", _clean(name), _clean(name), []
                                    )
                                return key
        return None

    def _ent_text(self, token: Token) -> str:
        ent = self.m.ent_at.get(token.i)
        return ent.text if ent is not None else token.text

    def _date(self, trigger: Token) -> str | None:
        for node in (trigger, trigger.head):
            for c in node.children:
                if c.ent_type_ == "DATE" and c.dep_ in {
                    "npadvmod",
                    "tmod",
                    "advmod",
                    "nmod",
                    "pobj",
                }:
                    return self._ent_text(c)
                if c.dep_ == "prep" and c.lower_ in self.lex["temporal_preps"]:
                    for p in c.children:
                        if p.dep_ == "pobj" and p.ent_type_ == "DATE":
                            return self._ent_text(p)
        return None


def _dedupe(events: list[Event]) -> list[Event]:
    seen: dict[tuple[object, ...], Event] = {}
    for event in events:
        key = (
            event.kind,
            event.start,
            tuple(sorted((r, tuple(sorted(v))) for r, v in event.roles.items())),
        )
        if key not in seen or event.confidence > seen[key].confidence:
            seen[key] = event
    return list(seen.values())


def extract(
    doc: Doc, *, published: date | None = None, gazetteer: Gazetteer | None = None
) -> Extraction:
    """Entities and events of one parsed document."""
    return _Extractor(doc, gazetteer or default_gazetteer(), published).run()
