"""Mentions: the entities of a document, and which tokens mention them.

``Mentions`` is where the entity finders (``people``, ``organizations``,
``agreements``, run in order by ``entities.find_entities``) register what they
find, and what later stages ask: which entity a token mentions, which were
named before a point, the model's entities with their labels corrected.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from kg.extract.model import Entity
from kg.extract.names import company_base
from kg.extract.rules import Rules
from kg.extract.syntax import WEEKDAYS
from kg.gazetteer import Gazetteer
from kg.text import single_spaced

__all__ = ["Mentions", "ORG_LABELS", "PERSON_LABELS", "PLACE_LABELS", "ticker_follows"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: titles a one-word portfolio before them belongs to ("*Trade* Minister", "*Treasury* Secretary")
_PORTFOLIO_TITLES = frozenset({"minister", "ministers", "secretary", "secretaries"})
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG"}
_TICKER = re.compile(r"^[A-Z0-9]{1,6}(\.[A-Z]{1,3})?$")


#: the model's labels of dates and amounts, which no ticker follows
_MEASURE_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)


#: words no name ends with, left where another name took the rest ("Ministry of | the
#: Republic of Colombia")
_DANGLING = frozenset({"of", "for", "and", "&", "the"})

#: the tags of a finite verb: "raised", "raises", "raise"
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def ticker_follows(span: Span) -> bool:
    """Whether a stock ticker in brackets follows the span: "Tesla (TSLA.O)", "CATL (300750.SZ)"."""
    doc, end = span.doc, span.end
    return (
        end + 2 < len(doc)
        and doc[end].text == "("
        and doc[end + 2].text == ")"
        and bool(_TICKER.match(doc[end + 1].text))
        and any(c.isalpha() for c in doc[end + 1].text)
        and doc[end + 1].text not in CAPTION_SIDES
    )


#: where a photo's caption puts the one named: "A (L) and B (R)", "A (C)"
CAPTION_SIDES = frozenset({"L", "R", "C", "M"})


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def _with_dashed_surnames(
    doc: Doc, named: list[tuple[Span, str, str]]
) -> list[tuple[Span, str, str]]:
    """Join a person's surname of two words joined by a dash, which the model took for another
    entity right after the given names, to the person: Jane Naana | Opoku-Agyemang."""
    out: list[tuple[Span, str, str]] = []
    for span, text, label in named:
        if out and label != "PERSON" and out[-1][2] == "PERSON":
            person = out[-1][0]
            words = [t for t in span if t.text != "-"]
            if (
                person.end == span.start
                and len(words) == 2
                and all(t.is_title and t.is_alpha for t in words)
                and any(t.text == "-" and not t.whitespace_ for t in span)
                and doc[span.start - 1].whitespace_  # a space before the surname
            ):
                joined = Span(doc, person.start, span.end, label="PERSON")
                out[-1] = (joined, joined.text, "PERSON")
                continue
        out.append((span, text, label))
    return out


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


#: labels the model gives a speaker's name after a quote that no speaker can have ("Fatou
#: Ceesay-Touray said", a work of art)
_SPEECHLESS_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT"})

#: the most words a byline runs to
_BYLINE_WORDS = 16


class Mentions:
    """Entities of one document and which tokens mention them."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, rules: Rules) -> None:
        """No mentions yet: ``kg.extract.entities.find_entities`` fills them in."""
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
        #: acronym -> the key of the organization or agreement it names ("QP", "CBIC")
        self.acronyms: dict[str, str] = {}
        #: organization -> the country its name says it belongs to ("China's Ministry of Commerce")
        self.owners: dict[str, str] = {}
        #: old key -> new key of an entity found to be of another class after all
        self.renamed: dict[str, str] = {}
        #: country -> the names (not demonyms, capitals or acronyms) the text writes for it
        self.country_names: dict[str, list[str]] = {}
        #: the model's entities, relabelled (doc.ents builds new spans on every access)
        self.ents: list[Span] = self._relabelled(list(doc.ents))
        self.ent_at: dict[int, Span] = {
            t: ent for ent in self.ents for t in range(ent.start, ent.end)
        }

    def _credited(self, e: Span) -> bool:
        """Whether a name is a picture's credit: after "Photo:", "Photograph by", "(Image:"."""
        before = [t.lower_ for t in self.tokens[max(0, e.start - 2) : e.start]]
        return (
            len(before) == 2
            and before[1] in {":", "by"}
            and before[0] in self.lexicon.credit_words
        )

    def _bylined(self, e: Span) -> bool:
        """Whether a name is a writer's in a byline: a line of its own that opens with "By" and
        has no verb ("By Ana Costa, Luis Paredes and staff reporters")."""
        tokens = self.tokens
        start = e.start
        while start > 0 and "\n" not in tokens[start - 1].text_with_ws:
            start -= 1
            if e.start - start > _BYLINE_WORDS:
                return False  # (a long line is read no further: no byline runs so long)
        if tokens[start].text != "By":
            return False
        end = e.end
        while end < len(tokens) and "\n" not in tokens[end - 1].text_with_ws:
            end += 1
            if end - start > _BYLINE_WORDS:
                return False
        return not any(t.pos_ in {"VERB", "AUX"} for t in tokens[start:end])

    def _speaking(self, e: Span) -> bool:
        """Whether a span is a name, as people's are, that a verb of speech has for its subject."""
        root = e.root
        return (
            root.dep_ == "nsubj"
            and root.head.lemma_.lower() in self.lexicon.speech_verbs
            and 2 <= len([t for t in e if t.is_alpha]) <= 4
            and all(
                (t.is_title and t.pos_ == "PROPN")
                or (t.text in "-‐" and not t.whitespace_)
                for t in e
            )
            and not any(t.lower_ in self.lexicon.titles for t in e)
        )

    def _holder_after_office(self, e: Span) -> Span | None:
        """The name at the end of a body's span after a title's "of", past a comma ("Chairman of
        the | Cabinet of Ministers, Nurbek Sydykov |"): two or three capitalised words no
        organization has."""
        doc = self.doc
        commas = [t.i for t in e if t.text == ","]
        if not commas or e.start < 2:
            return None
        name = doc[commas[-1] + 1 : e.end]
        before = doc[max(0, e.start - 3) : e.start]
        if (
            not 2 <= len(name) <= 3
            or not all(t.is_title and t.pos_ == "PROPN" for t in name)
            or not any(t.lower_ == "of" for t in before)
            or not any(t.lower_ in self.lexicon.titles for t in before)
            or self.gazetteer.organization(name.text) is not None
            or any(
                t.lower_ in self.lexicon.titles
                or t.lower_ in self.lexicon.portfolio_words
                for t in name
            )
        ):
            return None
        return name

    def _relabelled(self, ents: list[Span]) -> list[Span]:
        """The model's entities, with the labels it gets wrong in ways the text shows corrected."""
        doc = self.doc
        named = [
            (e, e.text, e.label_) for e in ents
        ]  # Span.text joins the tokens again on each access
        companies = {
            text
            for e, text, label in named
            if label not in _MEASURE_LABELS
            and ticker_follows(e)
            # "Lula da Silva (PT)", "Alexandre Silveira (PSD)": a person's party; a person's
            # name is a company's only before a ticker with its exchange ("(TSLA.O)")
            and (label != "PERSON" or not doc[e.end + 1].text.isalpha())
        }  # "Tesla (TSLA.O)" is a company; "March 12 (PTI)" a dateline's date
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
        named = _with_dashed_surnames(doc, named)
        named = self._with_whole_countries(named)
        name_starts = {e.start for e, _, label in named if label in {"ORG", "LAW"}}
        out = []
        for e, text, label in named:
            if self._credited(e) or self._bylined(e):
                continue  # "Photograph: Jim Doyle/PA": who took the picture, named nowhere else
            # "The Office of the Trade Representative raised Section 301 tariffs": a verb in
            # lower case ends a name
            end = next(
                (
                    t.i
                    for t in e[1:]
                    if t.pos_ == "VERB"
                    and t.tag_ in _FINITE
                    and t.is_lower
                    # "Sylvia dos Anjos": a name's particle the tagger took for a verb
                    and t.lower_ not in self.lexicon.name_particles
                ),
                e.end,
            )
            cut = end
            while (
                end - e.start > 1
                and self.lowers[end - 1] in _DANGLING
                and (
                    cut not in name_starts
                    or self.lowers[end - 2].rstrip(".") in self.lexicon.company_suffixes
                )
            ):
                # "the Ministry of Commerce of | the Republic of Colombia", "the Information
                # Office of | A": no name ends so (but "Agreement for | Trans-Pacific
                # Partnership" goes on in the next one, unless a company's form ends the
                # first: "Acme Ltd and | Birch Ltd")
                end -= 1
            if end != e.end:
                e = Span(doc, e.start, end, label=label)
                text = e.text
            if label in _SPEECHLESS_LABELS and self._speaking(e):
                # '"We will help," Fatou Ceesay-Touray said': the model read a work's name
                label = "PERSON"
                e = Span(doc, e.start, e.end, label=label)
            holder = self._holder_after_office(e) if label == "ORG" else None
            if holder is not None:
                # "the Chairman of the Cabinet of Ministers, Nurbek Sydykov": the body, then
                # the office's holder
                out.append(Span(doc, e.start, holder.start - 1, label=label))
                label = "PERSON"
                e = Span(doc, holder.start, holder.end, label=label)
                text = e.text
            joined = [t.i for t in e[1:-1] if t.lower_ == "and"]
            if label == "PERSON" and len(joined) == 1 and joined[0] + 1 < e.end:
                # "Sylvia dos Anjos and Alejandro Narváez": two people, one span
                out.append(Span(doc, e.start, joined[0], label=label))
                e = Span(doc, joined[0] + 1, e.end, label=label)
                text = e.text
            if (
                label == "ORG"
                and len(e) <= 3
                and all(t.is_title for t in e)
                and e.end < len(doc)
                and self.lowers[e.end] in _PORTFOLIO_TITLES
                and not text.isupper()
                and not self.gazetteer.organization(text)
            ):
                # "Trade Minister A", "Omani Energy Minister A": part of the title, but for
                # the country that leads it
                if len(e) > 1 and self.gazetteer.country(e[0].text):
                    out.append(Span(doc, e.start, e.start + 1, label="NORP"))
                continue
            if (
                label == "ORG"
                and self._portfolio_goes_on(e.start)
                and all(
                    t.lower_ in self.lexicon.portfolio_words | {"and", "&", "of"}
                    for t in e
                    if not t.is_punct
                )
            ):
                continue  # "Minister for Finance, *Strategic Planning*, …": the title's portfolio
            if (
                len(e) > 1
                and label not in _MEASURE_LABELS
                and not any(c.isalnum() or c in "([" for c in e[0].text)
            ):
                # "• Marcos": a list's bullet is no word of the name
                e = Span(doc, e.start + 1, e.end, label=label)
                text = e.text
            if label == "ORG" and e[0].lower_ in WEEKDAYS and len(e) > 1:
                # "received on Sunday European Commission President A": the day is no name's
                e = Span(doc, e.start + 1, e.end, label=label)
                text = e.text
            person = self._titled_person(e) if label == "ORG" else None
            if person is not None:
                e = person
            elif label == "ORG" and self._office_only(e):
                continue  # "A, Kazakh Minister of Energy, …": an office, no organization
            split = self._name_of_country(e) if label == "ORG" else None
            if split is not None:
                # "Thabo Nkosi of South Africa": a person, then a country
                out.extend(split)
                continue
            if (
                label in {"PERSON", "ORG", "NORP", "GPE"}
                and any(a < e.start and e.end <= b for a, b in datelines)
                and doc[e.start - 1].text in {"(", "."}
            ):
                e = Span(
                    doc, e.start, e.end, label="ORG"
                )  # "WASHINGTON (Reuters) -", "ASTANA. KAZINFORM –": an agency
            elif label in {"PERSON", "ORG", "NORP"} and any(
                a <= e.start and e.end <= b for a, b in datelines
            ):
                end = e.end
                while end - 1 > e.start and doc[end - 1].is_punct:
                    end -= 1  # "HARARE -": the place, not its dash
                e = Span(doc, e.start, end, label="GPE")
            elif (
                label == "PERSON"
                and self.destination(e.root)
                and not self._after_title(e)
            ):
                e = Span(doc, e.start, e.end, label="GPE")  # "on a visit to Tamil Nadu"
            elif text in companies and label != "ORG":
                e = Span(doc, e.start, e.end, label="ORG")
            elif (
                label == "PERSON"
                and len(e) >= 2
                and self.lowers[e.end - 1]
                in self.lexicon.organization_words | self.lexicon.company_suffixes
            ):
                if self._office_only(e):
                    continue  # "A, Kazakh Minister of Energy, …": an office, no one's name
                e = Span(doc, e.start, e.end, label="ORG")  # "Shuang Deng Group"
            elif (
                label == "PERSON"
                and self.gazetteer.country(text)
                and not self._after_title(e)
            ):
                e = Span(
                    doc, e.start, e.end, label="GPE"
                )  # "Ghana and Togo", not a "Togo" person
            elif (
                label == "PERSON"
                and self.gazetteer.organization(text)
                and not self._after_title(e)
            ):
                e = Span(doc, e.start, e.end, label="ORG")  # "Petronas", not a person
            out.append(e)
        return out

    def _portfolio_goes_on(self, start: int) -> bool:
        """Whether the words before ``start`` are a title's portfolio that a comma or "and" goes
        on with ("Minister for Finance, | Strategic Planning", "Minister of Foreign Affairs and |
        International Cooperation")."""
        lowers, portfolio = self.lowers, self.lexicon.portfolio_words
        k = start - 1
        if (
            k < 1
            or lowers[k] not in {",", "and", "&"}
            or lowers[k - 1] not in portfolio
        ):
            return False
        while k >= 0 and (lowers[k] in portfolio or lowers[k] in {",", "and", "&"}):
            k -= 1
        return (
            k >= 1
            and lowers[k] in {"of", "for"}
            and (
                lowers[k - 1] in self.lexicon.person_titles
                or lowers[k - 1] in self.lexicon.government_bodies
            )
        )

    def _office_only(self, span: Span) -> bool:
        """Whether a span is only an office: a person's title, then only the words of its
        portfolio ("Kazakh Minister of Energy"), no body's word and no name after the title."""
        lexicon = self.lexicon
        titles = [t.i for t in span if t.lower_ in lexicon.person_titles]
        return (
            bool(titles)
            and not any(
                (
                    t.lower_ in lexicon.organization_words
                    and t.lower_ not in lexicon.portfolio_words
                )
                or t.lower_ in lexicon.government_bodies
                for t in span
            )
            and all(
                t.lower_ in lexicon.portfolio_words | {"of", "for", "and", "&", "the"}
                for t in span
                if t.i > titles[-1]
            )
            and not self.gazetteer.organization(span.text)
        )

    def _with_whole_countries(
        self, named: list[tuple[Span, str, str]]
    ) -> list[tuple[Span, str, str]]:
        """A country whose name the model cut into parts ("Guinea | - | Bissau", "Antigua | and |
        Barbuda", "DR | Congo"), as one place: not Guinea, nor a person Barbuda, as well."""
        out: list[tuple[Span, str, str]] = []
        covered = -1
        for span, text, label in named:
            if span.start < covered:
                continue
            whole = self._whole_country(span)
            if whole is not None:
                out = [o for o in out if o[0].end <= whole.start]
                out.append((whole, whole.text, "GPE"))
                covered = whole.end
                continue
            out.append((span, text, label))
        return out

    def _whole_country(self, span: Span) -> Span | None:
        """The longest country's name that ``span`` is part of, with a word before it, or a
        dash or "and" and a word or two after it, if the gazetteer knows it by that name."""
        doc = self.doc
        ends = [span.end]
        if span.end + 1 < len(doc) and doc[span.end].text in {"-", "and"}:
            ends += [span.end + 2, span.end + 3]
        candidates = [
            Span(doc, start, end, label="GPE")
            for start in (span.start - 1, span.start)
            if start >= 0
            for end in ends
            if end <= len(doc) and (start, end) != (span.start, span.end)
        ]
        return max(
            (c for c in candidates if self.gazetteer.country_named(c.text)),
            key=len,
            default=None,
        )

    def destination(self, token: Token) -> bool:
        """Whether a name is where someone travels ("travelled to | Lima", "on a visit to | Tamil
        Nadu"): a place (but one pays a visit to people)."""
        prep = token.head
        travel = prep.head
        return (
            token.dep_ == "pobj"
            and prep.lower_ == "to"
            and travel.lemma_.lower() in self.lexicon.travel_words
            and (
                travel.pos_ == "VERB"
                or (travel.dep_ == "pobj" and travel.head.lower_ == "on")
            )
        )

    def _after_title(self, e: Span) -> bool:
        """Whether a title stands right before ``e`` ("President | Togo"; not "his | Nigerien")."""
        return (
            e.start > 0
            and self.lowers[e.start - 1] in self.lexicon.titles
            and self.doc[e.start - 1].pos_ not in {"DET", "PRON"}
        )

    def _titled_person(self, e: Span) -> Span | None:
        """An organization the model found that is a title with its portfolio, then a name
        ("Head of Government Ana Costa"; two or more capitalised words after the portfolio, none
        an organization's word): as a person's span, without "the"."""
        lexicon = self.lexicon
        if e[0].pos_ == "DET":  # "The Head of Government …"
            e = e[1:]
        if not (
            len(e) >= 5
            and e[0].is_title
            and self.lowers[e.start] in lexicon.person_titles
            and self.lowers[e.start + 1] in {"of", "for"}
        ):
            return None
        name = [t for t in e[-3:] if t.is_title and t.pos_ == "PROPN"]
        if len(name) < 2 or any(
            t.lower_ in lexicon.organization_words
            or t.lower_ in lexicon.portfolio_words
            or self.gazetteer.country(t.text)
            for t in e[-2:]
        ):
            return None
        return Span(self.doc, e.start, e.end, label="PERSON")

    def _name_of_country(self, e: Span) -> list[Span] | None:
        """A person's name and country the model read as one organization ("Thabo Nkosi of
        South Africa"): two or three capitalised words no organization has, "of", a country."""
        of = next((t.i for t in e if t.lower_ == "of"), None)
        if of is None or not 2 <= of - e.start <= 3:
            return None
        words = self.doc[e.start : of]
        lexicon = self.lexicon
        if not self.gazetteer.country(self.doc[of + 1 : e.end].text) or any(
            not w.is_alpha
            or not w.is_title
            or w.lower_ in lexicon.titles
            or w.lower_ in lexicon.organization_words
            or w.lower_ in lexicon.company_words
            or self.gazetteer.country(w.text)
            for w in words
        ):
            return None
        if self.gazetteer.organization(words.text):
            return None
        return [
            Span(self.doc, e.start, of, label="PERSON"),
            Span(self.doc, of + 1, e.end, label="GPE"),
        ]

    def mark_acronyms(self) -> None:
        """Every later use of an acronym recorded by ``acronym_after`` mentions its entity."""
        if not self.acronyms:
            return
        for token in self.tokens:
            key = self.acronyms.get(token.text)
            if key is not None:
                self.by_token.setdefault(token.i, key)

    def add(
        self, cls: str, name: str, surface: str, tokens: Iterable[int], **ids: str
    ) -> str:
        """Register an entity (or another name for one) and the tokens that mention it; its key."""
        base = name
        if cls == "Organization":  # "Bharti Airtel Limited" is "Bharti Airtel"
            lexicon = self.lexicon
            base = company_base(name, lexicon.company_suffixes | lexicon.company_words)
        key = f"{cls}:{base.casefold()}"
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

    def label_countries(self) -> None:
        """A country the text names only otherwise than by its canonical name ("Türkiye",
        "Czechia") is labelled by the name the text writes most."""
        for key, names in self.country_names.items():
            entity = self.entities.get(self.current(key))
            if entity is not None and entity.name not in names:
                entity.written = Counter(names).most_common(1)[0][0]

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
        """The key of the entity ``token`` mentions, if any."""
        return self.by_token.get(token.i)

    def acronym_after(self, span: Span, key: str) -> None:
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
        short_form = (
            2 <= len(acronym.text) <= 8
            and acronym.text[0].isupper()
            and sum(c.isupper() for c in acronym.text) >= 2
        )  # "QP", "MoIT"
        short_name = (
            acronym.is_title
            and acronym.pos_ == "PROPN"
            and 3 <= len(acronym.text) <= 12
        )  # "(Petros)"
        if not (acronym.is_alpha and (short_form or short_name)):
            return
        self.acronyms[acronym.text] = key
        self.entities[key].aliases.add(acronym.text)

    def reclassify(self, key: str, cls: str, name: str | None = None) -> str:
        """The entity ``key`` is of class ``cls`` after all (and named ``name``): every mention of it
        moves to the new key."""
        entity = self.entities.pop(key)
        new = self.add(cls, name or entity.name, entity.name, [])
        self.renamed[key] = new
        self.entities[new].aliases |= entity.aliases
        for i, k in list(self.by_token.items()):
            if k == key:
                self.by_token[i] = new
        self._order = None
        return new

    def current(self, key: str) -> str:
        """The key an entity has now (an event recorded before it was reclassified has the old one)."""
        while key in self.renamed:
            key = self.renamed[key]
        return key

    def mark(self, token: Token, key: str) -> None:
        """``token`` mentions ``key``, whatever it was thought to mention before."""
        self.by_token[token.i] = key
