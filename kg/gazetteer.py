"""Countries and international organizations: recognise a name, get the entity.

The data are ``kg/data/countries.jsonl`` and ``kg/data/organizations.jsonl``
(made by ``scripts/make_gazetteer.py``; ``kg/data/README.md`` says where each
field comes from). A name, alias, demonym or capital finds its country:

>>> gaz = default_gazetteer()
>>> gaz.country("U.S.").name
'United States'
>>> gaz.country("the United States").iso2, gaz.country("New Delhi").iso2, gaz.country("Emirati").iso2
('US', 'IN', 'AE')
>>> gaz.organization("E.U.").key
'org:Q458'

Acronyms and words with another meaning keep their case; a form that names
two countries ("Congo", "Korean") names neither:

>>> gaz.country("us") is None, gaz.country("male") is None, gaz.country("Male").name
(True, True, 'Maldives')
>>> gaz.country("Congo") is None
True

``patterns()`` gives spaCy EntityRuler patterns whose ``id`` is the entity's key:

>>> next(p for p in gaz.patterns() if p["id"] == "country:IN" and p["label"] == "NORP")
{'label': 'NORP', 'pattern': [{'LOWER': 'indian'}], 'id': 'country:IN'}
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.resources import data_file
from kg.text import lookup_key, without_article

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "Country",
    "Gazetteer",
    "Organization",
    "STATE_FORMS",
    "default_gazetteer",
    "load_countries",
    "load_organizations",
]

#: the first words of a state's formal name ("the *Sultanate* of Oman")
STATE_FORMS = (
    "Republic",
    "Kingdom",
    "State",
    "Sultanate",
    "Principality",
    "Commonwealth",
)
#: a country's formal name: "(the) Republic of Rwanda", "the Kingdom of Lesotho"
_FORMAL = re.compile(rf"(?:[Tt]he )?(?:{'|'.join(STATE_FORMS)}) of (.+)")


@dataclass(frozen=True, slots=True)
class Country:
    """A sovereign state or a territory that news reports as an actor.

    >>> india = default_gazetteer().entity("country:IN")
    >>> india.name, india.iso3, india.wikidata, india.capitals
    ('India', 'IND', 'Q668', ('New Delhi', 'Delhi'))
    """

    name: str
    iso2: str
    iso3: str
    numeric: str | None
    wikidata: str | None
    status: str  # un-member, un-observer, limited-recognition or territory
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()  # forms left out of patterns() unless asked for
    case_sensitive: tuple[str, ...] = ()  # forms matched only in the case written

    @property
    def key(self) -> str:
        """Stable key, also the pattern id: ``country:`` and the ISO alpha-2 code."""
        return f"country:{self.iso2}"

    @property
    def ids(self) -> dict[str, str]:
        """The identifiers an extracted entity carries: key, ISO 3166-1 codes and Wikidata id.

        >>> default_gazetteer().entity("country:IN").ids
        {'key': 'country:IN', 'iso2': 'IN', 'iso3': 'IND', 'wikidata': 'Q668'}
        """
        ids = {"key": self.key, "iso2": self.iso2, "iso3": self.iso3}
        return ids | ({"wikidata": self.wikidata} if self.wikidata else {})

    def named_by(self, text: str) -> bool:
        """Whether ``text`` is the country's own name or an alias of it, not its people's or its
        capital's.

        >>> india = default_gazetteer().entity("country:IN")
        >>> india.named_by("India"), india.named_by("Indian"), india.named_by("New Delhi")
        (True, False, False)
        """
        return text == self.name or text in self.aliases

    def forms(self) -> Iterator[tuple[str, str]]:
        """Each surface form with its spaCy label: GPE for names and capitals, NORP for demonyms."""
        for form in (self.name, *self.aliases, *self.capitals):
            yield form, "GPE"
        for form in self.demonyms:
            yield form, "NORP"


@dataclass(frozen=True, slots=True)
class Organization:
    """An international organization, alliance, bloc, forum, agency or court, or a company.

    >>> nato = default_gazetteer().organization("NATO")
    >>> nato.name, nato.kind, nato.key, nato.seat
    ('NATO', 'alliance', 'org:Q7184', 'Brussels')
    """

    name: str
    kind: str
    wikidata: str | None
    seat: str | None = None
    aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Stable key, also the pattern id: ``org:`` and the Wikidata id, else a slug of the name."""
        if self.wikidata:
            return f"org:{self.wikidata}"
        return "org:" + re.sub(r"[^a-z0-9]+", "-", self.name.casefold()).strip("-")

    @property
    def ids(self) -> dict[str, str]:
        """The identifiers an extracted entity carries: key and Wikidata id.

        >>> default_gazetteer().entity("org:Q458").ids
        {'key': 'org:Q458', 'wikidata': 'Q458'}
        """
        return {"key": self.key} | (
            {"wikidata": self.wikidata} if self.wikidata else {}
        )

    def forms(self) -> Iterator[tuple[str, str]]:
        """Each surface form with its spaCy label (ORG)."""
        for form in (self.name, *self.aliases):
            yield form, "ORG"


Entity = Country | Organization


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record: dict[str, Any] = json.loads(line)
                yield {
                    k: tuple(v) if isinstance(v, list) else v for k, v in record.items()
                }


@cache
def load_countries() -> tuple[Country, ...]:
    """Every country in the package gazetteer, sorted by name.

    >>> len(load_countries()) > 190
    True
    """
    return tuple(
        Country(**record) for record in _read_jsonl(data_file("countries.jsonl"))
    )


@cache
def load_organizations() -> tuple[Organization, ...]:
    """Every organization in the package gazetteer, sorted by name.

    >>> [o.name for o in load_organizations() if o.kind == "alliance"]
    ['NATO']
    """
    return tuple(
        Organization(**record)
        for record in _read_jsonl(data_file("organizations.jsonl"))
    )


def _variants(text: str) -> Iterator[str]:
    """The text as given, then without a leading "the" or a trailing possessive."""
    base = lookup_key(text)
    bare = without_article(base)
    for candidate in (base, bare):
        yield candidate
        if candidate.endswith("'s"):
            yield candidate[:-2]
        elif candidate.endswith("s'"):
            yield candidate[:-1]


class _Index:
    """Surface forms to entities: exact for case-sensitive forms, case-folded for the rest."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._folded: dict[str, set[str]] = defaultdict(set)
        self.by_key: dict[str, Entity] = {}
        self._answers: dict[str, Entity | None] = {}
        for entity in entities:
            self.by_key[entity.key] = entity
            sensitive = set(entity.case_sensitive)
            for form, _label in entity.forms():
                key = lookup_key(form)
                if form in sensitive:
                    self._exact[key].add(entity.key)
                else:
                    self._folded[key.casefold()].add(entity.key)

    def get(self, text: str) -> Entity | None:
        """The one entity ``text`` names, or None (answers are remembered: the same names recur)."""
        try:
            return self._answers[text]
        except KeyError:
            if len(self._answers) >= 100_000:
                self._answers.clear()
            found = self._answers[text] = self._lookup(text)
            return found

    def sharing(self, text: str) -> tuple[Country, ...]:
        """The countries of a form several entities share, in key order."""
        found = [self.by_key[k] for k in sorted(self._keys(text))]
        return tuple(e for e in found if isinstance(e, Country))

    def _lookup(self, text: str) -> Entity | None:
        keys = self._keys(text)  # a form shared by several entities names none of them
        return self.by_key[next(iter(keys))] if len(keys) == 1 else None

    def _keys(self, text: str) -> set[str]:
        """The keys of the entities the first spelling of ``text`` that names any names."""
        for candidate in _variants(text):
            keys = self._exact.get(candidate, set()) | self._folded.get(
                candidate.casefold(), set()
            )
            if keys:
                return keys
        return set()


class Gazetteer:
    """Look-ups over countries and organizations, and spaCy patterns for them.

    >>> gaz = Gazetteer()
    >>> gaz.country("Britain") is gaz.country("U.K.") is gaz.entity("country:GB")
    True
    """

    def __init__(
        self,
        countries: Iterable[Country] | None = None,
        organizations: Iterable[Organization] | None = None,
    ) -> None:
        self.countries: tuple[Country, ...] = tuple(
            load_countries() if countries is None else countries
        )
        self.organizations: tuple[Organization, ...] = tuple(
            load_organizations() if organizations is None else organizations
        )
        self._countries = _Index(self.countries)
        self._organizations = _Index(self.organizations)

    def country(self, name: str) -> Country | None:
        """The country a name, alias, demonym or capital stands for, or None; a name or demonym in
        capitals as a headline writes it, too.

        >>> Gazetteer().country("Maldivian").name, Gazetteer().country("CHINA").name
        ('Maldives', 'China')
        """
        found = self._countries.get(name)
        if found is None and len(name) > 3 and name.isupper():
            found = self._countries.get(name.title())
            if isinstance(found, Country) and name.title() in found.capitals:
                return None  # "MALE" is the word, not the Maldives' capital
        formal = _FORMAL.fullmatch(name) if found is None else None
        if formal is not None:  # "the Republic of Rwanda": a formal name the list lacks
            found = self._countries.get(formal[1])
            if isinstance(found, Country) and not found.named_by(formal[1]):
                return None  # "State of Qatari": a country's name, not its people's
        return found if isinstance(found, Country) else None

    def country_named(self, name: str) -> Country | None:
        """The country whose own name or alias ``name`` is (not its people's or its capital's),
        or None.

        >>> Gazetteer().country_named("Peru").name, Gazetteer().country_named("Peruvian")
        ('Peru', None)
        """
        country = self.country(name)
        return country if country is not None and country.named_by(name) else None

    def countries_sharing(self, name: str) -> tuple[Country, ...]:
        """The countries a form names when it names more than one ("Korean"), else ().

        >>> [c.name for c in Gazetteer().countries_sharing("Korean")]
        ['North Korea', 'South Korea']
        """
        if self._countries.get(name) is not None:
            return ()
        return self._countries.sharing(name)

    def organization(self, name: str) -> Organization | None:
        """The organization a name or alias stands for, or None.

        >>> Gazetteer().organization("the World Trade Organisation").key
        'org:Q7825'
        """
        found = self._organizations.get(name)
        return found if isinstance(found, Organization) else None

    def bloc_seated_in(self, place: str) -> Organization | None:
        """The one bloc whose seat ``place`` is, when no country has it for its capital ("Brussels"
        for the European Union, as news writes it for the bloc), or None.

        >>> Gazetteer().bloc_seated_in("Brussels").name, Gazetteer().bloc_seated_in("Jakarta")
        ('European Union', None)
        """
        if self.country(place) is not None:
            return None
        blocs = [o for o in self.organizations if o.kind == "bloc" and o.seat == place]
        return blocs[0] if len(blocs) == 1 else None

    def entity(self, key: str) -> Country | Organization | None:
        """The entity with this key (``country:IN``, ``org:Q458``), as patterns give it.

        >>> Gazetteer().entity("org:Q1065").name
        'United Nations'
        """
        return self._countries.by_key.get(key) or self._organizations.by_key.get(key)

    def patterns(
        self, *, include_ambiguous: bool = False, nlp: Language | None = None
    ) -> list[dict[str, Any]]:
        """EntityRuler token patterns for every form that names exactly one entity.

        Labels are GPE (country names, aliases, capitals), NORP (demonyms) and ORG;
        ``id`` is the entity's key. Case-sensitive forms match on ORTH, the rest on
        LOWER. Ambiguous forms ("Male", "Jordan") are left out unless asked for.
        Forms are split with ``nlp``'s tokenizer (a blank English one by default).

        >>> [p for p in Gazetteer().patterns() if p["pattern"] == [{"ORTH": "U.S."}]]
        [{'label': 'GPE', 'pattern': [{'ORTH': 'U.S.'}], 'id': 'country:US'}]
        """
        tokenizer = (nlp or _blank_english()).tokenizer
        patterns: list[dict[str, Any]] = []
        seen: set[tuple[str, str, str, str]] = set()
        for entities, lookup in (
            (self.countries, self.country),
            (self.organizations, self.organization),
        ):
            for entity in entities:
                sensitive = set(entity.case_sensitive)
                for form, label in entity.forms():
                    if (form in entity.ambiguous and not include_ambiguous) or lookup(
                        form
                    ) is not entity:
                        continue
                    attr = "ORTH" if form in sensitive else "LOWER"
                    tokens = [
                        t.text if attr == "ORTH" else t.text.lower()
                        for t in tokenizer(form)
                    ]
                    if (
                        signature := (entity.key, label, attr, "\x1f".join(tokens))
                    ) in seen:
                        continue
                    seen.add(signature)
                    patterns.append(
                        {
                            "label": label,
                            "pattern": [{attr: t} for t in tokens],
                            "id": entity.key,
                        }
                    )
        return patterns


@cache
def _blank_english() -> Language:
    import spacy  # imported here: look-ups need no spaCy

    return spacy.blank("en")


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer over the package data, built once.

    >>> default_gazetteer() is default_gazetteer()
    True
    """
    return Gazetteer()
