"""People: the persons a document names, their titles as roles, and their countries as affiliations.

A PERSON span of the model, grown over name words it left out and cut before
its titles ("Foreign Minister Ana Rojas" -> Ana Rojas, role "Foreign
Minister"); names the model missed after a title ("Envoy Ivo Petrov"); a
shorter form joined to the one full name it shortens ("Rojas", "Prince
Khalid"); a surname alone; and, asked by ``Arguments``, a capitalised name at a
place only a person can stand ("Modi also met …").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.extract.mentions import ORG_LABELS, PERSON_LABELS, Mentions
from kg.extract.names import full_name_of, same_person_name, surname
from kg.extract.syntax import (
    DASHES,
    WEEKDAYS,
    dash_joined,
    in_headline,
    sentence_of,
    title_phrase,
)
from kg.gazetteer import STATE_FORMS
from kg.text import bare_name

__all__ = [
    "BUILDINGS",
    "TitledName",
    "courtesy_title",
    "find_people",
    "find_surnames",
    "in_portfolio",
    "keep_appositive_roles",
    "keep_title_role",
    "office_region_end",
    "personal_name",
    "portfolio_end",
    "unrecognised_person",
]

_NICKNAME = re.compile(r"\s*[\"“‘'][^\"”’']{1,40}[\"”’']\s*")
#: where a surname the model did not read as a proper noun still stands for its person
_NAME_POSITIONS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos"}
)
#: styles of address before a name ("*Mr* Stone"), not offices
_COURTESY_TITLES = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "h.e."}
    | {"shri", "smt", "smt.", "shrimati", "hon", "hon.", "honourable", "honorable"}
)
_COURTESY_WORDS = _COURTESY_TITLES | {"the", "his", "her"}


def courtesy_title(token: Token) -> bool:
    """Whether a word is a style of address before a name ("*Mr* Stone", "*Dr* Ana Costa")."""
    return token.lower_ in _COURTESY_TITLES


class TitledName(NamedTuple):
    """A person's name, the title tokens before it, and the person's key: its role is read once all names are known."""

    core: Span
    titles: list[Token]
    key: str


def _wordlike(token: Token) -> bool:
    """Whether a token is letters, perhaps with an apostrophe or a dash inside ("Hu’akavameiliku")."""
    return token.text.replace("’", "").replace("'", "").replace("-", "").isalpha()


#: a surname's Gaelic prefix before its capital ("McGuinty", "MacDonald")
_SCOTTISH = re.compile(r"Ma?c[A-Z][a-z]+")


def _capitalised(token: Token) -> bool:
    """Whether a word is capitalised like a name: "Lind", "Hu’akavameiliku", "McGuinty" (not
    "MoU")."""
    if token.is_alpha:
        return token.is_title or _SCOTTISH.fullmatch(token.text) is not None
    return _wordlike(token) and re.split(r"[’'-]", token.text)[0].istitle()


def _person_text(core: Span) -> str:
    """A person's name as the text gives it, without a nickname in quotes."""
    return bare_name(_NICKNAME.sub(" ", core.text))


def _is_title(mentions: Mentions, token: Token) -> bool:
    """Whether a word is a title, also in the plural ("Foreign *Ministers* A of Chile and B of Peru")."""
    titles = mentions.lexicon.titles
    return token.lower_ in titles or (
        token.lower_.endswith("s") and token.lower_[:-1] in titles
    )


#: words that join the words of a portfolio ("Minister of Energy *and* Mines")
_PORTFOLIO_JOINS = frozenset({"and", "&", ",", "the"})


def _portfolio_word(mentions: Mentions, token: Token) -> bool:
    """A capitalised portfolio word ("Energy"), a capitalised title word ("State") or a joiner."""
    return token.lower_ in _PORTFOLIO_JOINS or (
        token.is_title
        and (
            token.lower_ in mentions.lexicon.portfolio_words
            or _is_title(mentions, token)
        )
    )


def in_portfolio(mentions: Mentions, i: int) -> bool:
    """Whether the word at ``i`` names part of an office's portfolio, between its title's "of" or
    "for" and a name ("Minister for | *Planning* Ahsan Iqbal", "Minister of Energy and | *Mines*
    Jorge Salas"): never a name's first word."""
    doc, lexicon = mentions.doc, mentions.lexicon
    if doc[i].lower_ not in lexicon.portfolio_words or not doc[i].is_title:
        return False
    j = i - 1
    while j > 0 and (
        _portfolio_word(mentions, doc[j])
        or doc[j].ent_type_ == "NORP"  # "Minister for East African Cooperation"
    ):
        j -= 1
    return j > 0 and doc[j].lower_ in {"of", "for"} and _is_title(mentions, doc[j - 1])


def portfolio_end(mentions: Mentions, i: int) -> int:
    """Where the name after an office's portfolio starts, the portfolio starting at ``i``
    ("Minister of | Trade, Commerce and Food Security | Ana Costa"); ``i`` if none starts there."""
    doc = mentions.doc
    end, last = i, i
    while end < len(doc) and _portfolio_word(mentions, doc[end]):
        if doc[end].lower_ not in _PORTFOLIO_JOINS:
            last = end + 1
        end += 1
    if last == i:
        return i
    if last < len(doc) - 1 and doc[last].lower_ == "of":
        # "Minister of Foreign Affairs | of Chad | A": the country whose portfolio it is
        named = _country_named_at(mentions, last + 1)
        if named:
            last += 1 + named
    return last + 1 if last < len(doc) and doc[last].text == "," else last


def _body_end(doc: Doc, start: int) -> int:
    """Where a country's or an organization's name the model found at ``start`` ends ("of | the
    Republic of Senegal | A"); ``start`` if none starts there."""
    first = start
    if first < len(doc) - 1 and doc[first].lower_ == "the" and not doc[first].ent_type_:
        first += 1
    if first >= len(doc) or doc[first].ent_iob_ != "B":
        return start
    if doc[first].ent_type_ not in {"GPE", "ORG"}:
        return start
    end = first + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _country_named_at(mentions: Mentions, start: int) -> int:
    """How many words from ``start`` (three at most) give a country's own name ("Chad", "Saudi
    Arabia"); 0 if none does."""
    doc = mentions.doc
    for n in (3, 2, 1):
        if start + n <= len(doc) and mentions.gazetteer.country_named(
            doc[start : start + n].text
        ):
            return n
    return 0


def _country_word(mentions: Mentions, word: str, after: int) -> bool:
    """Whether a word before a name is a country's (not its capital's, which is also a given name:
    "Sofia", "Santiago"), with a name of two words or more after it ("Jordan Petersen" is a name)."""
    country = mentions.gazetteer.country(word)
    return country is not None and word not in country.capitals and after >= 2


def office_region_end(mentions: Mentions, span: Span) -> int:
    """Where a name starts inside a span that goes on from a title's "of" with the region of the
    office ("Governor of | Kano State Musa Danjuma"), or the span's start if it does not."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return span.start
    if not _is_title(mentions, doc[span.start - 2]):
        return span.start
    return max(
        (
            t.i + 1
            for t in span[:-2]
            if t.lower_ in mentions.lexicon.region_words and t.is_title
        ),
        default=span.start,
    )


def _country_office(mentions: Mentions, core: Span) -> bool:
    """Whether a "name" is a country's word and a title: an office ("*Kazakh Minister* of
    Transport A")."""
    return any(_is_title(mentions, t) for t in core) and all(
        _is_title(mentions, t) or mentions.gazetteer.country(t.text) for t in core
    )


def body_before_name(mentions: Mentions, span: Span) -> int | None:
    """Where a person's name starts in a span after a title's "of" that opens with the name of a
    body the text also gives alone, or the gazetteer knows ("Chief Executive of | Vantor | Kamila
    Osei", with "Vantor shares rose" after), else None."""
    doc, lexicon = span.doc, mentions.lexicon
    if span.start < 2 or doc[span.start - 1].lower_ not in {"of", "at"}:
        return None
    title = span.start - 1
    while title > 0 and doc[title - 1].lower_ in lexicon.titles:
        title -= 1  # "Director General | of"
    if not any(t.lower_ in lexicon.person_titles for t in doc[title : span.start]):
        return None
    words = [t.text for t in doc]
    elsewhere = [*words[: span.start], "\n", *words[span.end :]]

    def named_alone(part: list[str]) -> bool:
        n = len(part)
        return any(elsewhere[i : i + n] == part for i in range(len(elsewhere) - n + 1))

    for cut in range(span.start + 1, span.end - 1):
        body, person = doc[span.start : cut], doc[cut : span.end]
        if not 2 <= len(person) <= 3 or not all(
            t.pos_ == "PROPN" and t.is_title for t in person
        ):
            continue
        if body[0].lower_ == "the" or not all(t.is_title or t.is_upper for t in body):
            continue
        name = [t.text for t in body]
        if named_alone([*name, person[0].text]):
            continue  # "Standard Chartered" named elsewhere: no "Standard" and "Chartered A"
        if mentions.gazetteer.organization(body.text) is not None or named_alone(name):
            return cut
    return None


#: the most words a title's "for" or "of" phrase runs to before a name
_PHRASE_WORDS = 8


def _phrase_lead(mentions: Mentions, span: Span) -> int:
    """How many words a name's span opens with that end a title's "for" or "of" phrase, the words
    before them being ones that cannot end one ("Special Envoy for the Belgrade-Pristina |
    *Dialogue* A", "Commissioner for International | *Partnerships* B", "Envoy for the Andes- |
    *Amazon Dialogue* C"); 0 if it opens with the name."""
    doc = span.doc
    i = span.start - 1
    if i < 2 or not (
        doc[i].pos_ == "ADJ"
        or doc[i].lower_ == "the"
        or (doc[i].text in DASHES and not doc[i].whitespace_)
        or (doc[i - 1].text in DASHES and not doc[i - 1].whitespace_)
    ):
        return 0
    while (
        i > 1
        and span.start - i <= _PHRASE_WORDS
        and (
            doc[i].is_title
            or doc[i].lower_ in _PORTFOLIO_JOINS
            or doc[i].text in DASHES
        )
    ):
        i -= 1
    if doc[i].lower_ not in {"for", "of"} or not _is_title(mentions, doc[i - 1]):
        return 0
    lead = 1
    while lead < len(span) - 2 and _portfolio_word(mentions, span[lead]):
        lead += 1
    return lead


def _person_core(mentions: Mentions, span: Span) -> tuple[Span, list[Token]]:
    """The name inside a PERSON span, without leading titles, and the title tokens."""
    titles = mentions.lexicon.titles
    country = mentions.gazetteer.country
    tokens = list(span)
    start = 0
    if in_portfolio(mentions, span.start):  # "Minister for | Planning Ahsan Iqbal"
        start = min(portfolio_end(mentions, span.start), span.end - 1) - span.start
    elif (
        len(tokens) > 3
        and _is_title(mentions, tokens[0])
        and tokens[1].lower_ in {"of", "for"}
        and (named := portfolio_end(mentions, span.start + 2)) > span.start + 2
    ):  # "Head of Government Ana Costa", all of which the model took for a name
        start = min(named, span.end - 1) - span.start
    start = max(start, office_region_end(mentions, span) - span.start)
    if (lead := _phrase_lead(mentions, span)) and len(tokens) - lead >= 2:
        start = max(
            start, lead
        )  # "Envoy for the Belgrade-Pristina | Dialogue Miroslav Lajčák"
    inner = [
        k
        for k in range(start + 1, len(tokens) - 1)
        if _is_title(mentions, tokens[k])
        and tokens[k].is_title
        and tokens[k + 1].pos_ == "PROPN"
        and tokens[k + 1].lower_ not in _PATRONYMICS | _FAMILY
        and all(_portfolio_word(mentions, t) for t in tokens[start:k])
    ]
    if inner:  # "Swiss | Federal Councillor | Guy Parmelin": the title ends inside
        start = inner[-1] + 1
    if (cut := body_before_name(mentions, span)) is not None:
        start = cut - span.start  # "Chief Executive of | Vantor | Kamila Osei"
    if (
        span.start > 0
        and len(tokens) > 2
        and country(f"{span.doc[span.start - 1].text} {tokens[0].text}")
    ):
        start = (
            1  # "… of Saudi | Arabia Mohammed bin Salman": the end of a country's name
        )
    while start < len(tokens) - 1:
        if tokens[start + 1].lower_ in _PATRONYMICS or (
            tokens[start].lower_ in _GIVEN_TITLES
            and tokens[start + 1].lower_ in _FAMILY
        ):
            break  # "Sultan bin Abdulrahman", "Sultan Al Jaber": a given name, not a title
        if _is_title(mentions, tokens[start]) or _country_word(
            mentions, tokens[start].text, len(tokens) - start - 1
        ):
            start += 1
        elif start < len(tokens) - 2 and country(
            f"{tokens[start].text} {tokens[start + 1].text}"
        ):
            start += 2  # "Saudi Arabia Mohammed bin Salman"
        else:
            break
    if (
        start
        and len(tokens) - start == 1
        and tokens[start - 1].lower_ in mentions.lexicon.name_honorifics
    ):
        start -= 1  # "Sheikh Hasina": an honorific before a single name is part of it
    end = len(tokens)
    while end > start + 1 and (
        tokens[end - 1].is_punct
        or tokens[end - 1].lower_ in {"'s", "’s"}
        or (  # "Ahlangene Sigcau High Commissioner": the office after the name
            tokens[end - 1].lower_ in titles and end - 1 > start + 1
        )
    ):
        end -= 1
    return span.doc[span.start + start : span.start + end], tokens[:start]


#: the words of an Arabic name chain ("son of", "daughter of")
_PATRONYMICS = frozenset({"bin", "bint", "binti", "ibn", "ibni"})
#: titles that are also given names, and the family particle that shows them given names
#: ("*Sultan* Al Jaber", not Sultan "Al Jaber")
_GIVEN_TITLES = frozenset({"sultan"})
_FAMILY = frozenset({"al", "el"})


def _expand(mentions: Mentions, span: Span) -> Span:
    """Grow a name over capitalised name words the model left out ("Khalid" bin Salman, Pham Minh "Chinh")."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start].lower_ in _PATRONYMICS and doc[start - 1].is_title:
        start -= 1  # "Prince Sultan | bin Saad": the given name, though also a title
    while start > 0:
        t = doc[start - 1]
        if (
            t.lower_ in _PATRONYMICS
            and start > 1
            and doc[start - 2].is_title
            and not _is_title(mentions, doc[start - 2])
        ):
            start -= (
                2  # "Lubna bint | Khalid Al Qasimi": the model cut the name at "bint"
            )
            continue
        if (
            t.pos_ != "PROPN"
            or not t.is_title
            or t.ent_type_
            or _is_title(mentions, t)
            or in_portfolio(mentions, t.i)
        ):
            break
        if t.head.i not in range(start - 1, span.end) or t.dep_ not in {
            "compound",
            "nmod",
            "flat",
        }:
            break
        start -= 1
    end = span.end
    particles = mentions.lexicon.name_particles
    while (
        end + 1 < len(doc) and doc[end].lower_ in _PATRONYMICS and doc[end + 1].is_title
    ):
        end += 2  # "Mohammed bin Abdulrahman | bin Jassim Al-Thani"
        while end < len(doc) and (
            (doc[end].is_title and doc[end].pos_ == "PROPN")
            or (  # "Al-Thani"
                doc[end].text == "-"
                and not doc[end - 1].whitespace_
                and end + 1 < len(doc)
                and doc[end + 1].is_title
            )
            or (doc[end - 1].text == "-" and not doc[end - 2].whitespace_)
        ):
            end += 1
    while end < len(doc) and (
        (
            doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and not doc[end].ent_type_
            and not _is_title(mentions, doc[end])
            and doc[end - 1].head.i == end
            and doc[end - 1].dep_ in {"compound", "flat"}
        )  # the last word the model left out ("Pham Minh | Chinh")
        or (
            doc[end - 1].lower_ in particles
            and (doc[end].is_title or doc[end].lower_ in particles)
            and doc[end].ent_type_ != "PERSON"
        )  # or gave another label ("Ursula von | der Leyen")
        or (
            doc[end].is_lower
            and doc[end].lower_ in particles
            and end + 1 < len(doc)
            and doc[end + 1].is_title
            and doc[end + 1].pos_ == "PROPN"
            and (
                doc[end + 1].ent_type_ in {"", "PERSON"}
                or (  # "Andre Correa | do | Lago", the last word alone as another kind
                    doc[end + 1].ent_iob_ == "B"
                    and (end + 2 == len(doc) or doc[end + 2].ent_iob_ != "I")
                )
            )
        )  # a particle after the name's last word ("Ulisses Correia | e Silva")
        or (  # "Han Duck | -soo", "Ahn Duk- | geun"
            end < len(doc)
            and dash_joined(doc[end])
            and doc[end].ent_type_ in {"", "PERSON"}
        )
        or _pronoun_in_name(doc, end)  # "Liu | He", no pronoun inside a sentence
        or _last_word_mistyped(mentions, doc, end)  # "Phạm Minh | Chính" (a place?)
        or _compound_goes_on(
            mentions, doc, end
        )  # "Mohammad bin Abdulrahman | Al Thani"
    ):
        end += 1
    return doc[start : _past_numeral(mentions, end)]


def _pronoun_in_name(doc: Doc, end: int) -> bool:
    """Whether the word at ``end`` is a name's last word spelt like a pronoun ("Liu | He"):
    capitalised straight after the name's words, with no mark between (the parser may still
    start a sentence there)."""
    return (
        0 < end < len(doc)
        and doc[end].text == "He"
        and doc[end - 1].whitespace_ == " "
        and doc[end - 1].is_title
        and doc[end - 1].pos_ == "PROPN"
    )


def _last_word_mistyped(mentions: Mentions, doc: Doc, end: int) -> bool:
    """Whether the word at ``end`` is the last word of the name before it, though the model gave
    it a label of its own ("Phạm Minh | Chính", "Chính" a place): a capitalised word alone in its
    entity, which the name's words are a compound of, that names no country or body known."""
    if end >= len(doc) or end < 1:
        return False
    token = doc[end]
    return (
        token.ent_type_ in {"GPE", "LOC", "ORG", "NORP"}
        and token.ent_iob_ == "B"
        and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")
        and token.pos_ == "PROPN"
        and token.is_title
        and doc[end - 1].head.i == end
        and doc[end - 1].dep_ in {"compound", "flat"}
        and not _is_title(mentions, token)
        and mentions.gazetteer.country(token.text) is None
        and mentions.gazetteer.organization(token.text) is None
    )


def _compound_goes_on(mentions: Mentions, doc: Doc, end: int) -> bool:
    """Whether the name ending before ``end`` is a compound of a later word, every word up to which
    is a capitalised name word the model left untagged ("Mohammad bin Abdulrahman | Al Thani")."""
    if end >= len(doc) or doc[end - 1].dep_ not in {"compound", "flat"}:
        return False
    head = doc[end - 1].head.i
    return (
        head >= end
        and all(
            (
                t.pos_ == "PROPN"
                and _capitalised(t)  # "Ndung'u", which Python does not call title case
                and not t.ent_type_
                and not _is_title(mentions, t)
            )
            or (t.text in DASHES and not t.whitespace_)
            for t in doc[end : head + 1]
        )
    )


def _joined(mentions: Mentions, spans: list[Span]) -> list[Span]:
    """Names the model cut in two, one straight after the other, as one ("Hassan Sheikh |
    Mohamud", "Mohamed Salem | Ould Merzoug"; not "H.H. Sheikh | Abdullah …", titles only)."""
    styles = mentions.lexicon.titles | mentions.lexicon.name_honorifics
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.end == span.start
            and last[-1].whitespace_ == " "
            and last[-1].is_alpha
            and span[0].is_title
            and not all(t.lower_ in styles for t in last)
        ):
            joined[-1] = span.doc[last.start : span.end]
        else:
            joined.append(span)
    return joined


def _past_numeral(mentions: Mentions, end: int) -> int:
    """Where a name ending at ``end`` ends with a regnal numeral after it ("King Abdullah | II")."""
    doc = mentions.doc
    if (
        end < len(doc)
        and doc[end].is_upper
        and doc[end].lower_ in mentions.lexicon.name_suffixes
        and not doc[end].ent_type_
    ):
        return end + 1
    return end


def _titled_names(mentions: Mentions, *, single: bool = False) -> list[Span]:
    """Names the model missed after a title: "Envoy Ivo Petrov", "Minister Keiko Mori".

    With ``single``, also one-word names ("Prince Khalid"), which count only
    where they shorten a full name the text gives elsewhere.
    """
    doc, found = mentions.doc, []
    titles = mentions.lexicon.person_titles
    for i, lower in enumerate(mentions.lowers):
        t = mentions.tokens[i]
        if lower not in titles and lower.removesuffix("s") not in titles:
            continue  # "Minister …", "Foreign Ministers … and …"
        if not t.is_title or t.i + 2 >= len(doc):
            continue
        first = t.i + 1
        while (
            first < len(doc) - 2
            and doc[first].is_title
            and _is_title(mentions, doc[first])
        ):
            first += 1  # "Minister Delegate for Industry A"
        portfolio = doc[first].lower_ in {"of", "for"}
        if portfolio:
            # "Minister of Trade, Commerce and Food Security Ana Costa", "President of the
            # Republic of Senegal Awa Ndiaye"
            name_start = max(
                portfolio_end(mentions, first + 1), _body_end(doc, first + 1)
            )
            if name_start == first + 1:
                continue
            first = name_start
        end = first
        while end < len(doc) and (
            (
                doc[end].pos_ == "PROPN"
                and doc[end].is_title
                and not doc[end].ent_type_
                and not _is_title(mentions, doc[end])
                and not (
                    portfolio and doc[end].lower_ in mentions.lexicon.portfolio_words
                )
            )
            or (end > first and dash_joined(doc[end]))  # "Talal Al-Otaibi"
        ):
            end += 1
        if (
            end - first >= 1
            and end < len(doc)
            and doc[end].ent_type_ in {"GPE", "LOC"}
            and doc[end].is_title
            and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")
            and not mentions.gazetteer.country(doc[end].text)
        ):
            end += 1  # "Minister Ana Costa": a surname the model read as a place
        stop = _past_numeral(mentions, end)
        # two name words, or one and a regnal numeral ("King Mohammed VI")
        if end - first >= 2 or (
            end - first == 1 and (single or stop > end) and not portfolio
        ):  # after a portfolio, two words ("Envoy for Climate Change and …": no one)
            found.append(doc[first:stop])
    return found


def _honorific_names(mentions: Mentions) -> list[Span]:
    """A single name after an honorific the model missed: "Sheikh Tamim", "Emir Mishal", "King Olav".

    The honorific is part of such a name (as in "Sheikh Hasina"); run after the
    short-name rule, which has already read "Prince Khalid" as the "Khalid bin
    Salman" the text names in full.
    """
    doc, tokens, lexicon = mentions.doc, mentions.tokens, mentions.lexicon
    found = []
    for i, lower in enumerate(mentions.lowers[:-1]):
        if lower not in lexicon.name_honorifics or not tokens[i].is_title:
            continue
        name = tokens[i + 1]
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if (
            name.pos_ == "PROPN"
            and name.is_title
            and name.is_alpha
            and name.i not in mentions.by_token
            and name.lower_ not in lexicon.titles
            and name.lower_ not in BUILDINGS  # "Queen Street", a place
            and not mentions.gazetteer.country(name.text)
            and not (after is not None and after.is_title and after.pos_ == "PROPN")
        ):
            found.append(doc[i : i + 2])
    return found


def _shortened(
    text: str, full: dict[str, str], given_at: dict[str, int], at: int
) -> str:
    """The full name ``text`` shortens; if two people share it, the one the text named before ``at``
    ("PM Dahal" after "Pushpa Kamal Dahal", before "his daughter Ganga Dahal")."""
    name = full_name_of(text, full)
    if name != text or text in full:
        return name
    before = {n: v for n, v in full.items() if given_at.get(n, at) < at}
    return full_name_of(text, before)


#: the last words of names of buildings and grounds, never of people ("the Sheikh Zayed Grand
#: *Mosque*", "King Fahd *Stadium*"): unlike "Hall" or "Park", no one's surname
BUILDINGS = frozenset(
    {
        "mosque",
        "stadium",
        "airport",
        "palace",
        "museum",
        "cathedral",
        "temple",
        "university",
        "hotel",
        "bridge",
        "tower",
        "centre",
        "center",
        "plaza",
        "station",
        "residence",
        "street",
        "road",
        "avenue",
        "square",
    }
)


#: words of a state's formal name ("the *Sultanate* of Oman"), never a person's
_STATE_WORDS = frozenset(w.lower() for w in STATE_FORMS) | {
    "emirate",
    "emirates",
    "federation",
}


def find_people(mentions: Mentions) -> list[TitledName]:
    """The people the model tagged or a title introduces; returns their names with the titles before them."""
    roles: list[TitledName] = []
    spans = [
        _expand(mentions, e)
        for e in _joined(
            mentions, [e for e in mentions.ents if e.label_ in PERSON_LABELS]
        )
    ] + _titled_names(mentions)
    # ORG or other spans that repeat a person's name are the person (spaCy confuses them).
    cores: list[tuple[Span, list[Token]]] = []
    for span in spans:
        core, titles = _person_core(mentions, span)
        if not any(_capitalised(t) or t.is_upper for t in core):
            continue
        cores.append((core, titles))
    full: dict[
        str, str
    ] = {}  # every full name the text gives -> the name it stands for
    cores = [
        (core, titles)
        for core, titles in cores
        if not all(
            t.lower_ in mentions.lexicon.titles
            or t.lower_.rstrip(".") in mentions.lexicon.name_suffixes
            or not _wordlike(t)
            for t in core
        )  # "Chairperson", "the Emir": an office; "Jr.": part of a name before it
        and not _country_office(mentions, core)
        and not any(t.lower_ in mentions.rules.relation_nouns for t in core)
        and not (len(core) > 1 and core[-1].lower_ in BUILDINGS)
        and not (len(core) > 1 and mentions.gazetteer.country_named(core.text))
    ]  # "WTO Ministerial Meeting": an event; "Sheikh Zayed Grand Mosque": a building; "Cook
    # Islands", which the model's "Cook" ran into: a country
    given_at: dict[str, int] = {}  # where each full name is first given
    for core, _ in sorted(cores, key=lambda c: (-len(c[0]), c[0].start)):
        text = _person_text(core)
        if len(core) > 1:
            given_at[text] = min(given_at.get(text, core.start), core.start)
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
        name = _shortened(text, full, given_at, core.start)
        key = mentions.add("Person", name, text, range(core.start, core.end))
        roles.append(TitledName(core, titles, key))
    for core in _titled_names(mentions, single=True):
        numeral = len(core) == 2 and core[-1].lower_ in mentions.lexicon.name_suffixes
        after = core.doc[core.end] if core.end < len(core.doc) else None
        if (
            after is not None
            and after.pos_ == "PROPN"
            and after.ent_type_ in ORG_LABELS
        ):
            continue  # "Col. Ana | Costa": a name the model ended as an organization
        if (len(core) == 1 or numeral) and core.start not in mentions.by_token:
            name = full_name_of(bare_name(core.text), full)
            word = core[0]
            if name != bare_name(
                core.text
            ) or (  # "Prince Khalid" after "Khalid bin Salman"
                word.is_alpha
                and word.lower_ not in BUILDINGS  # "Queen Street"
                and not mentions.gazetteer.country(word.text)
                and not mentions.gazetteer.organization(word.text)
            ):
                key = mentions.add(
                    "Person", name, core.text, range(core.start, core.end)
                )
                roles.append(TitledName(core, [core.doc[core.start - 1]], key))
    for core in _honorific_names(mentions):
        key = mentions.add("Person", core.text, core.text, range(core.start, core.end))
        roles.append(TitledName(core, [], key))
    return roles


def keep_appositive_roles(mentions: Mentions) -> None:
    """Keep a title given after a person's name as a role, with its country ("Tomas Vidal, *the
    Emir of Qatar*, …": the Emir, of Qatar), for "the Emir" to refer back to."""
    lexicon = mentions.lexicon
    for i, key in list(mentions.by_token.items()):
        token = mentions.tokens[i]
        if not key.startswith("Person:") or mentions.by_token.get(token.head.i) == key:
            continue  # not the head of its mention
        office = token.head
        preps = [c for c in office.children if c.dep_ == "prep" and c.i < token.i]
        if (
            (
                token.dep_ == "appos"
                # "by the Mauritanian Minister of Petroleum, A": the parser's conjunct
                or (
                    token.dep_ == "conj"
                    and not any(
                        c.dep_ == "cc" and office.i < c.i < token.i
                        for c in office.children
                    )
                )
            )
            and office.i < token.i
            and office.lower_ in lexicon.person_titles
            and office.i not in mentions.by_token
            and mentions.tokens[token.left_edge.i - 1].text == ","
            and token.left_edge.i
            == max([office.i, *(p.right_edge.i for p in preps)]) + 2
        ):  # "The Prime Minister, Tomas Vidal, …", "the Foreign Minister of Senegal, Awa
            # Fall, …": the title (and its country) before the name's commas
            phrase = title_phrase(office, lexicon.titles)
            entity = mentions.entities[key]
            entity.roles.add(" ".join(t.text for t in phrase))
            entity.affiliations.update(
                country
                for c in [
                    *(c for c in office.children if c.dep_ in {"amod", "compound"}),
                    *(c for p in preps if p.lower_ == "of" for c in p.children),
                ]
                if c.dep_ in {"amod", "compound", "pobj"}
                and (country := mentions.by_token.get(c.i, "")).startswith("Country:")
            )
        for title in token.children:
            if title.dep_ != "appos" or title.lower_ not in lexicon.person_titles:
                continue
            entity = mentions.entities[key]
            entity.roles.add(
                " ".join(t.text for t in title_phrase(title, lexicon.titles))
            )
            # "the Qatari Emir", "the Emir of Qatar"
            qualifiers = [c for c in title.children if c.dep_ in {"amod", "compound"}]
            qualifiers += [
                p
                for c in title.children
                if c.dep_ == "prep"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            entity.affiliations.update(
                country
                for t in qualifiers
                if (country := mentions.by_token.get(t.i, "")).startswith("Country:")
            )


def keep_title_role(mentions: Mentions, titled: TitledName) -> None:
    """Keep the title before a name as a role, and a country or org before it as affiliation."""
    doc = mentions.doc
    core, inner_titles, key = titled
    words: list[Token] = list(inner_titles)
    i = (inner_titles[0].i if inner_titles else core.start) - 1
    country_of: str | None = None
    while i >= 0:
        if (
            i >= 2
            and country_of is None
            and (country := _country_or_org_at(mentions, doc[i])) is not None
            and country.startswith("Country:")
            and doc[i - 1].lower_ == "of"
            and doc[i - 2].lower_ in mentions.lexicon.person_titles
        ):
            # "Emir of Kuwait Sheikh Mishal …": the office and its country
            country_of = country
            words[:0] = [doc[i - 2], doc[i - 1], doc[i]]
            i -= 3
            continue
        if not words and i == core.start - 1 and in_portfolio(mentions, i):
            # "Iraqi Minister of Trade A", where the parser split the title from the name: the
            # office with its portfolio, and the country before it
            j = i
            while j > 0 and _portfolio_word(mentions, doc[j]):
                j -= 1
            if (
                j > 0
                and doc[j].lower_ in {"of", "for"}
                and _is_title(mentions, doc[j - 1])
            ):
                words = list(doc[j - 1 : i + 1])
                i = j - 2
                continue
        plural_title = (
            not words
            and i == core.start - 1
            and doc[i].tag_ == "NNS"
            and doc[i].lemma_.lower() in mentions.lexicon.person_titles
        )  # "with foreign *ministers* A and B"
        if (doc[i].lower_ in mentions.lexicon.titles or plural_title) and (
            # "United States Secretary of State Paul Ames"
            doc[i].head.i in range(i, core.end + 1)
            or (
                doc[i].head.i in range(i - 2, i)
                and doc[i].head.lower_ in mentions.lexicon.titles
            )
            # "his Spanish counterpart José Albares": the name hangs on the title (or on the
            # verb, where the parser split them: "met his Omani counterpart Sayyid A")
            or (
                not words
                and i == core.start - 1
                and (
                    (core.root.head.i == i and core.root.dep_ in {"appos", "compound"})
                    or doc[i].lower_ == "counterpart"
                )
            )
        ):
            words.insert(0, doc[i])
            i -= 1
            continue
        break
    short = mentions.lexicon.title_abbreviations
    role = " ".join(
        t.lemma_
        if t.tag_ == "NNS"
        else short[t.lower_].title()  # "Ohio Gov. A": "the governor"
        if t.lower_ in short
        else t.text
        for t in words
        if t.lower_ not in _COURTESY_WORDS
    )
    entity = mentions.entities[key]
    if role and any(
        w.lower_ in mentions.lexicon.person_titles
        or short.get(w.lower_) in mentions.lexicon.person_titles
        or (w.tag_ == "NNS" and w.lemma_.lower() in mentions.lexicon.person_titles)
        for w in words
    ):
        entity.roles.add(role)
        if words[-1].tag_ == "NNS":
            # "foreign ministers A and B": B holds the office too
            for c in core.root.children:
                holder = mentions.by_token.get(c.i, "")
                if c.dep_ == "conj" and holder.startswith("Person:"):
                    mentions.entities[holder].roles.add(role)
        if i >= 1 and doc[i].lower_ == "and":
            # "Crown Prince and Prime Minister A": both offices are A's
            j = i - 1
            while j >= 0 and doc[j].lower_ in mentions.lexicon.titles:
                j -= 1
            other = doc[j + 1 : i]
            if any(w.lower_ in mentions.lexicon.person_titles for w in other):
                entity.roles.add(other.text)
    for n, t in enumerate(inner_titles):
        # "President of Turkmenistan Serdar …", "Jordanian King Abdullah", read as one name
        # (not "Ambassador to Kenya A", who is not Kenya's)
        named = mentions.gazetteer.country(t.text) if t.is_title else None
        if (
            named is not None
            and country_of is None
            and t.i not in mentions.by_token
            and (n == 0 or doc[t.i - 1].lower_ == "of")
            and doc[t.i - 1].lower_ not in {"to", "in", "at", "from"}
            and any(w.lower_ in mentions.lexicon.person_titles for w in words)
        ):
            country_of = mentions.add("Country", named.name, t.text, [t.i], **named.ids)
    if (
        country_of is None
        and words
        and core.end + 1 < len(doc)
        and doc[core.end].lower_ == "of"
        and (after := mentions.by_token.get(core.end + 1, "")).startswith("Country:")
    ):
        country_of = after  # "President Tomas Vidal of Chile"
    if country_of is not None:
        entity.affiliations.add(country_of)
    elif i >= 0 and words:
        for look in (
            doc[i],
            doc[i - 1] if i >= 1 and doc[i].lower_ in {"'s", "’s"} else doc[i],
        ):
            country = _country_or_org_at(mentions, look)
            if country:
                entity.affiliations.add(country)
                if country.startswith("Organization:"):
                    # "Cambodian Senate President A": the body's country too
                    first = look.i
                    while first > 0 and mentions.by_token.get(first - 1) == country:
                        first -= 1
                    if (state := mentions.by_token.get(first - 1, "")).startswith(
                        "Country:"
                    ):
                        entity.affiliations.add(state)
                break


def _country_or_org_at(mentions: Mentions, token: Token) -> str | None:
    ent = mentions.by_token.get(token.i)
    if ent and ent.startswith(("Country:", "Organization:")):
        return ent
    return None


#: labels the model gives a surname alone that no place, people or body could have ("Gnassingbe"
#: a product)
_STRAY_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LANGUAGE"})


def find_surnames(mentions: Mentions) -> None:
    """A person's surname alone, where the model missed it, mentions that person ("Modi also met …").

    Only surnames that one person of the document bears, on capitalised proper
    nouns that no other entity claims.
    """
    owners: dict[str, set[str]] = {}
    for entity in mentions.entities.values():
        words = [
            w
            for w in entity.name.split()
            if w.casefold().rstrip(".") not in mentions.lexicon.name_suffixes
        ]
        if entity.cls == "Person" and len(words) >= 2:
            last = surname(" ".join(words))
            if last is not None:
                owners.setdefault(last, set()).add(entity.key)
    unique = {word: next(iter(keys)) for word, keys in owners.items() if len(keys) == 1}
    shared = {word: keys for word, keys in owners.items() if len(keys) > 1}
    if not owners:
        return
    for token in mentions.tokens:
        key = unique.get(token.text)
        if key is None and token.text in shared:
            # a surname two people bear: the one named before it, if only one was
            named = [
                k for k in shared[token.text] if mentions.first_mention(k) < token.i
            ]
            key = named[0] if len(named) == 1 else None
        if (
            key is None
            or token.i in mentions.by_token
            or not _capitalised(token)
            or (token.pos_ != "PROPN" and token.dep_ not in _NAME_POSITIONS)
        ):  # "Paredes later met …", which the model read as a plural noun, is still Paredes
            continue
        ent = mentions.ent_at.get(token.i)
        if (
            ent is not None
            and ent.label_ not in PERSON_LABELS | ORG_LABELS
            and not (ent.label_ in _STRAY_LABELS and len(ent) == 1)
        ):
            continue
        mentions.by_token[token.i] = key


def personal_name(mentions: Mentions, key: str, *, single: bool = False) -> bool:
    """Whether an organization or a place the model tagged is named as people are: two or three
    capitalised words (or, with ``single``, one), none a title, an organization's or a place's
    word, unknown to the gazetteer, with no acronym."""
    if not key.startswith(("Organization:", "Location:")):
        return False
    entity = mentions.entities[key]
    words = entity.name.split()
    lexicon = mentions.lexicon
    if key.startswith("Location:") and any(
        w.lower() in lexicon.place_words for w in words
    ):
        return False
    return (
        (1 if single else 2) <= len(words) <= 3
        and not entity.ids
        and key not in mentions.acronyms.values()
        and words[0].istitle()
        and words[-1].istitle()
        and all(
            w.replace("-", "").isalpha()  # "Jean-Baptiste"
            and (w.istitle() or w in lexicon.name_particles)  # "Hugo de Zela"
            and w.lower() not in lexicon.titles
            and w.lower() not in lexicon.organization_words
            and w.lower() not in lexicon.company_suffixes
            and not mentions.gazetteer.country(w)
            for w in words
        )
        and not mentions.gazetteer.organization(entity.name)
    )


def _label_word(word: Token) -> bool:
    """Whether one capitalised word only opens a line or labels a thing: the first word of its
    sentence before the noun it qualifies ("- *Courtesy* call by A on B"), or a word before a
    number ("*Day* three: call on B")."""
    doc = word.doc
    first = next(
        (t for t in doc[sentence_of(word).start : word.i + 1] if t.is_alpha), None
    )
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    return (
        first is not None
        and first.i == word.i
        and word.dep_ == "compound"
        and word.head.pos_ == "NOUN"
        and word.head.is_lower
    ) or (after is not None and after.like_num and not after.is_upper)


def unrecognised_person(
    mentions: Mentions, head: Token, *, nationality: bool = False
) -> str | None:
    """A person's name the model did not tag, at a place only a person can stand ("Modi also met …").

    The name is the run of capitalised proper nouns ending at ``head``, less
    titles and country names before it; no word of it may be a title, an
    organization word or a plural, it may not be a country or an organization
    the gazetteer knows, and a headline in title case names nobody this way.
    A single word stands for the one full name of the document it shortens, if any.
    With ``nationality``, a word the model took for a people ("Museveni") may be a name too,
    if the gazetteer knows no such people.
    """
    if (
        (head.ent_type_ and not (nationality and head.ent_type_ == "NORP"))
        or not head.is_title
        or head.tag_ == "NNPS"
        or head.lower_.rstrip(".") in mentions.lexicon.name_suffixes  # "…, Jr."
        or head.i in mentions.by_token
        or in_headline(head, mentions.lexicon.titles)
    ):
        return None
    start = head.i
    while (
        start > 0
        and mentions.tokens[start - 1].pos_ == "PROPN"
        and mentions.tokens[start - 1].is_title
        and not mentions.tokens[start - 1].ent_type_
        and not mentions.tokens[start - 1].whitespace_.count("\n")
    ):
        start -= 1
    words = list(mentions.tokens[start : head.i + 1])
    while words and (
        words[0].is_punct  # "Governor | - | General"
        or words[0].lower_ in mentions.lexicon.titles
        or mentions.gazetteer.country(words[0].text)
        or (
            len(words) > 1
            and mentions.gazetteer.country(f"{words[0].text} {words[1].text}")
        )
    ):
        words.pop(0)
    if not words or any(
        w.lower_ in mentions.lexicon.titles
        or w.lower_ in BUILDINGS
        or w.lower_ in _STATE_WORDS  # "a visit to the Sultanate of Oman"
        or w.lower_.removesuffix("s") in mentions.lexicon.titles
        or w.lower_ in mentions.lexicon.organization_words
        or w.lower_ in mentions.lexicon.collective_nouns
        or w.lower_ in mentions.lexicon.name_honorifics
        or w.lemma_.lower()
        in mentions.lexicon.instrument_nouns  # "Executive Order 14257"
        or w.lower_ in mentions.lexicon.government_bodies  # "… No. 14/2024-Customs"
        or w.tag_ == "NNPS"
        or w.lower_ in mentions.rules.relation_nouns
        or w.lower_ in WEEKDAYS  # "had met every Friday"
        for w in words
    ):
        return None
    if len(words) == 1 and _label_word(head):
        return None
    if all(w.lower_ in mentions.lexicon.portfolio_words for w in words):
        return None  # "Minister of State for Foreign Affairs (Regional Cooperation), A"
    text = bare_name(mentions.doc[words[0].i : head.i + 1].text)
    if (
        not text
        or mentions.gazetteer.country(text)
        or mentions.gazetteer.organization(text)
    ):
        return None
    full = {
        e.name: e.name
        for e in mentions.entities.values()
        if e.cls == "Person" and " " in e.name
    }
    return mentions.add("Person", full_name_of(text, full), text, [w.i for w in words])
