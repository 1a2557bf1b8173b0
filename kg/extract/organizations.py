"""Organizations, countries and places: the model's other entities, read through the gazetteer.

A span the gazetteer knows is its country or organization ("Peru", "Lima",
"Peruvian", "the WTO"); a government named with its country stands for the
country ("Chad's Government"); an organization's name before the acronym its
words spell is one organization ("Central Board of Indirect Taxes and Customs
(CBIC)"); other ORG spans are organizations (with a bracketed acronym as a
second name) unless they are a titled person, an office or a heading, and
GPE, LOC and FAC spans are places.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.mentions import (
    ORG_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    Mentions,
    ticker_follows,
)
from kg.extract.names import PATRONYMIC
from kg.extract.people import (
    BUILDINGS,
    TitledName,
    body_before_name,
    courtesy_title,
    in_portfolio,
    office_region_end,
    portfolio_end,
)
from kg.extract.syntax import dash_joined
from kg.gazetteer import Country
from kg.text import bare_name

__all__ = [
    "find_organizations_and_places",
    "find_regional_governments",
    "find_spelled_acronyms",
    "find_suffixed_companies",
    "find_unnamed_bodies",
    "find_untagged_companies",
]

_CONNECTORS = frozenset({"of", "and", "for", "the", "&", "on", "in"})


def find_spelled_acronyms(mentions: Mentions) -> None:
    """An organization's name followed by the acronym its words spell, in brackets:
    "Central Board of Indirect Taxes and Customs (CBIC)" is one organization, and "CBIC" names it."""
    tokens, lowers = mentions.tokens, mentions.lowers
    for i in range(2, len(tokens) - 1):
        acronym = tokens[i].text
        if tokens[i - 1].text != "(" or not (
            acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8
        ):
            continue  # the closing bracket may be missing: "Qatar Petroleum (QP signed …"
        if i - 1 in mentions.by_token or i in mentions.by_token:
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
            elif lowers[start - 1] not in _CONNECTORS:
                break
            start -= 1
        while start < i - 1 and not tokens[start].text[:1].isupper():
            start += 1
        if (
            letters
            or start >= i - 2
            or any(t.i in mentions.by_token for t in tokens[start : i - 1])
        ):
            continue
        name = bare_name(mentions.doc[start : i - 1].text)
        if (
            lowers[i - 2] in mentions.lexicon.agreement_nouns
            or mentions.gazetteer.country(name)
            or any(
                lowers[k] in mentions.lexicon.titles
                and lowers[k] in mentions.lexicon.person_titles
                for k in range(start, i - 1)
            )
        ):
            continue
        key = mentions.add("Organization", name, name, range(start, i - 1))
        mentions.acronyms[acronym] = key
        mentions.entities[key].aliases.add(acronym)


def find_untagged_companies(mentions: Mentions) -> None:
    """A name the model left untagged is a company before a stock ticker ("CATL (300750.SZ) said …")
    or described as one ("Kestrel, the Oslo shipping company, …")."""
    doc, tokens = mentions.doc, mentions.tokens
    kinds = mentions.lexicon.definite_anaphors
    for i, token in enumerate(tokens[1:], start=1):
        ticker = token.text == "("
        described = token.text == "," and any(
            c.dep_ == "appos" and kinds.get(c.lemma_.lower()) == "Organization"
            for c in tokens[i - 1].children
        )
        if not (ticker or described) or token.i in mentions.by_token:
            continue
        start = _untagged_name_start(mentions, i)
        if start == i or (ticker and not ticker_follows(doc[start:i])):
            continue
        name = bare_name(doc[start:i].text)
        if (
            name
            and not mentions.gazetteer.country(name)
            # "Commission Implementing Regulation (EU) 2024/1873": a document, not a company;
            # "a Reciprocal Access Agreement (RAA)": an agreement
            and tokens[i - 1].lemma_.lower() not in mentions.lexicon.instrument_nouns
            and tokens[i - 1].lower_ not in mentions.lexicon.agreement_nouns
        ):
            mentions.add("Organization", name, name, range(start, i))


def _untagged_name_start(
    mentions: Mentions, end: int, *, within_sentence: bool = False
) -> int:
    """Where the capitalised proper nouns no entity claims, which end at ``end``, start (``end``
    if there are none; with ``within_sentence``, not before the sentence's first word)."""
    tokens = mentions.tokens
    start = end
    while (
        start > 0
        and not (within_sentence and tokens[start].is_sent_start)
        and tokens[start - 1].pos_ == "PROPN"
        and (tokens[start - 1].is_title or tokens[start - 1].is_upper)
        and not tokens[start - 1].ent_type_
        and start - 1 not in mentions.by_token
    ):
        start -= 1
    return start


def find_suffixed_companies(mentions: Mentions) -> None:
    """A name the model left untagged is a company's when a company form ends it ("Bukit Energi
    Tbk", "PT Vale Indonesia Tbk", "Huayou Cobalt Co Ltd")."""
    doc, tokens = mentions.doc, mentions.tokens
    suffixes = mentions.lexicon.company_suffixes
    i = 1
    while i < len(tokens):
        end = i
        while (
            end < len(tokens)
            and tokens[end].lower_.rstrip(".") in suffixes
            and (tokens[end].is_upper or tokens[end].is_title)
            and not tokens[end].ent_type_
            and end not in mentions.by_token
        ):
            end += 1
        if end == i:
            i += 1
            continue
        start = _untagged_name_start(mentions, i, within_sentence=True)
        name = bare_name(doc[start:end].text)
        if start < i and name and not mentions.gazetteer.country(doc[start:i].text):
            mentions.add("Organization", name, name, range(start, end))
        i = end


def find_unnamed_bodies(mentions: Mentions) -> None:
    """A government body the text names by its portfolio in lower case ("the finance ministry
    said it had imposed …"): an organization of that name, where no country's word or name
    qualifies it ("Brazil's commerce ministry" stands for Brazil)."""
    lexicon = mentions.lexicon
    for token in mentions.tokens:
        if (
            not token.is_lower
            or token.tag_
            in {"NNS", "NNPS"}  # "the commerce ministries" of two: no one body
            or token.lemma_.lower() not in lexicon.government_bodies
            or token.i in mentions.by_token
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            # "the commerce ministry of Brazil", "the health ministries of A and B": a country's
            or any(c.dep_ == "prep" for c in token.children)
        ):
            continue
        words = [
            c for c in token.lefts if c.dep_ in {"compound", "amod", "poss", "nmod"}
        ]
        if (
            not words
            or not all(
                c.is_lower
                and c.dep_ == "compound"
                and c.lower_ in lexicon.portfolio_words
                for c in words
            )
            or words[-1].i != token.i - 1
        ):
            continue
        name = mentions.doc[words[0].i : token.i + 1].text
        mentions.add("Organization", name, name, range(words[0].i, token.i + 1))


def find_regional_governments(mentions: Mentions) -> None:
    """A government the text names by a region the model left untagged ("the Maharashtra
    government signed …"): an organization of that name. A country's government stands for the
    country, and is read elsewhere."""
    for token in mentions.tokens:
        if (
            token.lower_ != "government"
            or token.i in mentions.by_token
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        ):
            continue
        words = [
            w  # "the Andhra Pradesh government": the region's words, however hung
            for c in token.lefts
            if c.dep_ in {"compound", "amod", "nmod"}
            for w in c.subtree
        ]
        if (
            not 1 <= len(words) <= 3
            or words[-1].i != token.i - 1
            or words[-1].i - words[0].i != len(words) - 1
            or not all(
                w.pos_ == "PROPN"
                and w.is_title
                and w.i not in mentions.by_token
                and w.ent_type_ != "NORP"  # "the Chinese government": China's
                for w in words
            )
        ):
            continue
        region = mentions.doc[words[0].i : token.i]
        if mentions.gazetteer.country(region.text):
            continue
        name = mentions.doc[words[0].i : token.i + 1].text
        mentions.add("Organization", name, name, range(words[0].i, token.i + 1))


def find_companies_beside_companies(mentions: Mentions) -> None:
    """A word in mixed case joined by "and" to an organization's name is an organization's, if
    the model left it untagged or took it for a place ("KenGen and Ethiopian Electric Power
    signed …")."""
    tokens = mentions.tokens
    for token in tokens:
        first = token.head
        if token.dep_ != "conj" or first.dep_ not in {
            "nsubj",
            "nsubjpass",
            "dobj",
            "pobj",
        }:
            continue  # subjects or objects, not the words of a name ("Ministry of Culture and …")
        for one, beside in ((token, first), (first, token)):
            key = mentions.entity_of(beside)
            if (
                key is None
                or not key.startswith("Organization:")
                or mentions.entity_of(beside.head) == key
            ):
                continue
            own = mentions.entity_of(one)
            if own is not None and own.startswith("Location:"):
                name = mentions.entities[own].name
                if _mixed_case(name) and not mentions.gazetteer.country(name):
                    mentions.reclassify(own, "Organization")
                continue
            if (
                own is None
                and one.pos_ == "PROPN"
                and not one.ent_type_
                and _company_word(mentions, one)
                and not mentions.gazetteer.country(one.text)
                and not any(c.dep_ in {"compound", "amod"} for c in one.children)
            ):
                mentions.add("Organization", one.text, one.text, [one.i])


def _company_word(mentions: Mentions, token: Token) -> bool:
    """Whether one word beside a company's name can be a company's name of its own: in mixed case
    ("KenGen"), in capitals ("JANAF"), or capitalised inside a sentence ("Elering"), and no title
    or word of the text's vocabulary of relations."""
    word, lower = token.text, token.lower_
    if (
        not word.isalpha()
        or len(word) < 2
        or lower in mentions.lexicon.titles
        or lower in mentions.lexicon.organization_words
        or lower in mentions.lexicon.portfolio_words  # "… on Media and Publicity"
        or any(c.dep_ == "poss" for c in token.children)
    ):
        return False
    if _mixed_case(word) or word.isupper():
        # not "TPA", which the text spells out: "Tanzania Ports Authority (TPA)"
        return word not in mentions.acronyms
    return (
        word.istitle()
        and not token.is_sent_start
        and lower not in mentions.rules.relation_nouns
        and lower not in mentions.lexicon.collective_nouns
    )


def _mixed_case(word: str) -> bool:
    """ "KenGen", "PetroSA": a capital after the first letter, and not all capitals."""
    return word.isalpha() and not word.isupper() and any(c.isupper() for c in word[1:])


def find_organizations_and_places(mentions: Mentions) -> list[TitledName]:
    """Countries, organizations and places; returns the names of people found in ORG spans, with their titles."""
    roles: list[TitledName] = []
    person_names = _person_names(mentions)
    lowers = mentions.lowers
    for span in mentions.ents:
        label = span.label_
        if label in PERSON_LABELS:
            continue
        if label in ORG_LABELS:
            span = _with_portfolio(
                mentions, _with_suffix(mentions, _before_bracket(span))
            )
        text = bare_name(span.text)
        if not text:
            continue
        tokens = [
            i
            for i in range(span.start, span.end)
            if lowers[i] not in {"the", "'s", "’s"}
        ]
        if tokens and all(i in mentions.by_token for i in tokens):
            continue  # a part of a name already read whole ("Customs" in "Central Board of … and Customs")
        if (
            label not in ORG_LABELS
            and tokens
            and all(lowers[i] in mentions.lexicon.titles for i in tokens)
        ):
            continue  # "Brig.", "Amb.": a title the model took for a place ("USTR" is a body)
        if label != "NORP" and _agreement_name(mentions, span):
            continue  # "the Lima Declaration" is an agreement, named below
        if lowers[span.end - 1] in mentions.lexicon.government_nouns and _government(
            mentions, span
        ):
            continue  # "the Government", "Chad's Government": its country, or nothing
        if _government_of(mentions, span):
            continue  # "the Federal Government of Nigeria": Nigeria
        if text in mentions.acronyms:
            named = mentions.entities[mentions.acronyms[text]]
            mentions.add(named.cls, named.name, text, tokens)
            continue
        bloc = mentions.lexicon.bloc_demonyms.get(text.lower())
        if label == "NORP" and bloc is not None and _of_goods(span):
            # "tariffs on European goods": the bloc's, as "Chinese goods" are China's
            org = mentions.gazetteer.organization(bloc)
            if org is not None:
                mentions.add("Organization", org.name, text, tokens, **org.ids)
            continue
        country = mentions.gazetteer.country(text) or _one_named(mentions, span, text)
        if (
            country is not None
            and text in country.ambiguous
            and country not in _countries_named(mentions)
        ):  # "Victoria signed an MoU with Tamil Nadu": no Seychelles named
            country = None
        if country is not None and (
            label in PLACE_LABELS | {"NORP", "ORG"}
            or country.named_by(text)  # "Cyprus", a product?
        ):
            if text in country.capitals:
                mentions.capital_tokens.update(tokens)
            key = mentions.add("Country", country.name, text, tokens, **country.ids)
            if country.named_by(text) and not any(
                w.isupper() or "." in w or w == "of" for w in text.split()
            ):  # "Türkiye"; not "US", "U.S.", "Korea RP", "Republic of Colombia"
                mentions.country_names.setdefault(key, []).append(text)
            continue
        org = mentions.gazetteer.organization(text)
        if org is None and label in PLACE_LABELS and _acting(span):
            org = mentions.gazetteer.bloc_seated_in(text)  # "Brussels imposed duties …"
        if org is not None:
            mentions.add("Organization", org.name, text, tokens, **org.ids)
            continue
        if label in ORG_LABELS and _agreement_topic(mentions, span):
            continue  # "the Protocol on Cross-Border Trade": the rest of its name
        if label in ORG_LABELS:
            _organization(mentions, span, text, tokens, person_names, roles)
        elif label in PLACE_LABELS and _described_as_organization(mentions, span):
            # "Chile's state copper company Codelco": a company the model took for a place
            mentions.add("Organization", text, text, tokens)
        elif label in PLACE_LABELS and text in person_names:
            # "Trong warmly welcomed Xi": the model's place on a person's name
            mentions.add(
                "Person", mentions.entities[person_names[text]].name, text, tokens
            )
        elif label in PLACE_LABELS and (
            _titled_person(mentions, span, roles)  # "H.E. Prak Sokhonn", a place?
            or _office_country_then_person(mentions, span, roles)
            or _region_then_person(mentions, span, roles)
            # "Minister for the | Middle East A": the portfolio, then the holder
            or _portfolio_then_person(mentions, span, roles)
        ):
            continue  # "President of | the Republic of Cyprus Nikos Andreou"
        elif label in PLACE_LABELS:
            mentions.add("Location", text, text, tokens)
    return roles


def _one_named(mentions: Mentions, span: Span, text: str) -> Country | None:
    """The country of a people's name several share, when the text names only one of them by
    its own name ("Korean cars" where the text names South Korea and not North Korea)."""
    if span.label_ != "NORP":
        return None
    sharing = mentions.gazetteer.countries_sharing(text)
    found = [c for c in sharing if c in _countries_named(mentions)]
    return found[0] if len(found) == 1 else None


def _countries_named(mentions: Mentions) -> set[Country]:
    """The countries the text names by their own names (not by a people's or a capital's)."""
    return {
        country
        for e in mentions.ents
        if e.label_ in PLACE_LABELS
        and (country := mentions.gazetteer.country_named(bare_name(e.text))) is not None
    }


def _agreement_name(mentions: Mentions, span: Span) -> bool:
    """Whether a span names an agreement: it ends in an agreement word ("the Lima
    Declaration") or is headed by one ("the Framework Agreement on Economic Cooperation")."""
    nouns = mentions.lexicon.agreement_nouns
    return mentions.lowers[span.end - 1] in nouns or (
        span.root.pos_ in {"NOUN", "PROPN"}
        and span.root.i < span.end - 1
        and span.root.lemma_.lower() in nouns
    )


def _agreement_topic(mentions: Mentions, span: Span) -> bool:
    """Whether a span is what an agreement is on or for, and so part of its name
    ("the Treaty on Enhanced Cooperation and Friendship")."""
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ in {"on", "for"}
        and prep.head.lemma_.lower() in mentions.lexicon.agreement_nouns
        and all(t.is_title or not t.is_alpha or t.lower_ in _CONNECTORS for t in span)
    )


def _person_names(mentions: Mentions) -> dict[str, str]:
    """A person's full name, and each word of it that no other person's name has -> the person.

    "Nguyen Phu Trong" gives "Trong", "Prabowo Subianto" "Prabowo" and
    "Subianto"; short words, particles ("Al", "bin", "da") and a father's
    name ("Salman" of "Mohammed bin Salman") give nothing.
    """
    known = [e for e in mentions.entities.values() if e.cls == "Person"]
    owners: dict[str, set[str]] = {}
    for entity in known:
        words = entity.name.split()
        for n, word in enumerate(words):
            after_particle = n > 0 and words[n - 1].casefold() in PATRONYMIC
            if len(word) >= 4 and word.istitle() and not after_particle:
                owners.setdefault(word, set()).add(entity.key)
    names = {word: keys.pop() for word, keys in owners.items() if len(keys) == 1}
    return names | {e.name: e.key for e in known}


def _organization(
    mentions: Mentions,
    span: Span,
    text: str,
    tokens: list[int],
    person_names: dict[str, str],
    roles: list[TitledName],
) -> None:
    """An ORG span the gazetteer does not know: an organization, unless it is a person, an office or a heading."""
    lowers = mentions.lowers
    if (
        _titled_person(mentions, span, roles)
        or _after_title(mentions, span, roles)
        or _country_then_person(mentions, span, roles)
        or _body_then_person(mentions, span, roles)
        or _named_body_then_person(mentions, span, roles)
        or _portfolio_then_person(mentions, span, roles)
        or _region_then_person(mentions, span, roles)
    ):
        return
    if _described_as_person(mentions, span):
        mentions.add("Person", text, text, tokens)
        return
    if tokens and lowers[tokens[0]] in mentions.lexicon.person_titles:
        return  # "the Minister of Finance": an office, whose holder an apposition names
    if _inside_title(mentions, span):
        return  # "Secretary of | State for Business and Trade | Jonathan Reynolds": an office
    if (
        any(lowers[i] in mentions.rules.relation_nouns for i in tokens)
        and lowers[span.end - 1] not in mentions.lexicon.organization_words
    ):
        # "Anti-Dumping Import Duty on Certain Products": a heading, not an organization
        # (but "the National Tariff Commission" is one)
        return
    if text in person_names:  # the model's ORG on a person's name
        mentions.add("Person", mentions.entities[person_names[text]].name, text, tokens)
        return
    name = _org_name(mentions, span)
    if name:
        key = mentions.add(
            "Organization",
            name,
            text,
            [t for t in tokens if mentions.by_token.get(t) is None],
        )
        mentions.acronym_after(span, key)
        owner = _owner(mentions, span)
        if owner is not None:
            mentions.owners[key] = owner


def _owner(mentions: Mentions, span: Span) -> str | None:
    """The country an organization's name says it belongs to: "China's Ministry of Commerce",
    "the Chinese Ministry of Commerce"."""
    lowers, by_token = mentions.lowers, mentions.by_token
    possessive = [
        i for i in range(span.start, span.end) if lowers[i] in {"'s", "’s"} and i > 0
    ]
    country_named = (
        _country_at(mentions, possessive[0] - 1, span.end) if possessive else None
    )
    if country_named is not None:
        return country_named  # "the Ministry of Commerce of the People's Republic of China"
    if possessive:
        at = possessive[0] - 1
    elif span.start >= 2 and lowers[span.start - 1] in {"'s", "’s"}:
        at = span.start - 2
    elif span.start >= 1 and mentions.tokens[span.start - 1].ent_type_ == "NORP":
        at = span.start - 1
    else:  # its first word: "the Chinese Ministry of Commerce"
        at = span.start + (lowers[span.start] == "the")
    owner = by_token.get(at, "")
    if owner.startswith("Country:"):
        return owner
    country = mentions.gazetteer.country(mentions.tokens[at].text)
    if country is None:
        return None
    return mentions.add(
        "Country", country.name, mentions.tokens[at].text, [], **country.ids
    )


def _country_at(mentions: Mentions, start: int, end: int) -> str | None:
    """The country whose name starts at ``start`` and is longest before ``end``."""
    for stop in range(end, start + 1, -1):
        text = mentions.doc[start:stop].text
        country = mentions.gazetteer.country(text)
        if country is not None:
            return mentions.add("Country", country.name, text, [], **country.ids)
    return None


def _government(mentions: Mentions, span: Span) -> bool:
    """Whether ``span`` names a government: the country it names ("the Republic of Chad's Government",
    "the Chinese government") then stands for it, and a bare "the Government" for nothing."""
    lowers = mentions.lowers
    words = [
        i
        for i in range(span.start, span.end - 1)
        if lowers[i] not in {"the", "'s", "’s"}
    ]
    if not words:
        return True
    owner = bare_name(mentions.doc[words[0] : words[-1] + 1].text)
    country = _country_named(mentions, owner)
    if country is None:
        return False
    mentions.add("Country", country.name, owner, [*words, span.end - 1], **country.ids)
    return True


def _country_named(mentions: Mentions, name: str) -> Country | None:
    """The country a name stands for, also as "(the) Republic of" it."""
    return mentions.gazetteer.country(name) or mentions.gazetteer.country(
        re.sub(r"^(?:the )?republic of ", "", name, flags=re.I)
    )


def _described_as_organization(mentions: Mentions, span: Span) -> bool:
    """Whether a name stands in apposition to a word for an organization ("the state company
    Codelco", "Codelco, the state company")."""
    kinds = mentions.lexicon.definite_anaphors
    root = span.root
    described = [root.head] if root.dep_ == "appos" else []
    described += [c for c in root.children if c.dep_ == "appos"]
    return any(kinds.get(t.lemma_.lower()) == "Organization" for t in described)


def _government_of(mentions: Mentions, span: Span) -> bool:
    """Whether ``span`` is "(the) (Federal) Government of" a country; the country then stands for it."""
    lowers = mentions.lowers
    of = next((i for i in range(span.start, span.end - 1) if lowers[i] == "of"), None)
    if of is None or lowers[of - 1] not in mentions.lexicon.government_nouns:
        return False
    if any(
        not mentions.tokens[i].is_title and lowers[i] != "the"
        for i in range(span.start, of - 1)
    ):
        return False
    country = _country_named(mentions, bare_name(mentions.doc[of + 1 : span.end].text))
    if country is None:
        return False
    tokens = [i for i in range(span.start, span.end) if lowers[i] not in {"the", "of"}]
    mentions.add("Country", country.name, bare_name(span.text), tokens, **country.ids)
    return True


def _before_bracket(span: Span) -> Span:
    """A name without the bracket the model ran it into ("a Comprehensive Economic Partnership
    Agreement (CEPA": the acronym is read on its own)."""
    bracket = next((t.i for t in span if t.text == "(" and t.i > span.start), None)
    if bracket is None:
        return span
    return Span(span.doc, span.start, bracket, label=span.label_)


def _with_suffix(mentions: Mentions, span: Span) -> Span:
    """An organization's name with the company-form words the model left out ("CCS Ventures | Sdn Bhd")."""
    end = span.end
    while (
        end < len(span.doc)
        and span.doc[end].text[:1].isupper()
        and span.doc[end].lower_.rstrip(".") in mentions.lexicon.company_suffixes
        and not span.doc[end].ent_type_
    ):
        end += 1
    return (
        span if end == span.end else Span(span.doc, span.start, end, label=span.label_)
    )


def _with_portfolio(mentions: Mentions, span: Span) -> Span:
    """A ministry's name with the rest of its portfolio the model left out ("Ministry of Roads |
    and Highways", "Ministry of Higher Education | , Research and Innovation")."""
    doc, lexicon = span.doc, mentions.lexicon
    if span[-1].lower_ not in lexicon.portfolio_words or not any(
        t.lower_ in lexicon.government_bodies for t in span
    ):
        return span
    end = i = span.end
    while i < len(doc) and (
        doc[i].lower_ in {"and", ",", "&"}
        or (doc[i].is_title and doc[i].lower_ in lexicon.portfolio_words)
    ):
        if doc[i].lower_ in lexicon.portfolio_words:
            end = i + 1
        i += 1
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)


def _titled_person(mentions: Mentions, span: Span, roles: list[TitledName]) -> bool:
    """An "organization" that is a titled person ("Crown Prince Mohammed bin Zayed") is a person."""
    titles = mentions.lexicon.person_titles | mentions.lexicon.name_honorifics
    if (
        span.start > 0
        and span[0].is_title
        and span[0].lower_ in mentions.lexicon.titles
        and span.doc[span.start - 1].lower_ in mentions.lexicon.titles
    ):
        # "(Secretary of) State for Business and Trade Ana Reyes": the rest of a title
        titles = titles | mentions.lexicon.titles
    last = max(
        (t.i for t in span if t.lower_ in titles or courtesy_title(t)), default=None
    )
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
    single = (  # "Pres. Ruto": one name after a person's title, which no gazetteer knows
        len(name) == 1
        and span[last - span.start].lower_ in mentions.lexicon.person_titles
        and span[last - span.start].lower_ not in {"official", "officials"}
        and name[0].is_title
        and not mentions.gazetteer.country(name.text)
        and not mentions.gazetteer.organization(name.text)
    )
    if (
        (len(name) < 2 and not single)
        or not all(t.pos_ == "PROPN" or t.is_punct for t in name)
        or name[0].is_punct  # "the Governor | -General": the rest of a dashed title
        or name[-1].lower_ in BUILDINGS  # "Queen Street", a place
    ):
        return False
    text = bare_name(name.text)
    key = mentions.add("Person", text, text, range(name.start, name.end))
    roles.append(TitledName(name, [t for t in span if t.i <= last], key))
    return True


def _country_then_person(
    mentions: Mentions, span: Span, roles: list[TitledName]
) -> bool:
    """An "organization" that is a country and then a person's name ("Minister of | Kazakhstan Aru
    Bekov", "President of | South Africa Thabo Nkosi"): the country, and the person."""
    for cut in (3, 2, 1):
        if cut >= len(span):
            continue
        country = mentions.gazetteer.country(span[:cut].text)
        if country is None:
            continue
        person = span[cut:]
        names = _name_words(mentions, person)
        if names is None or any(t.lower_ in mentions.lexicon.titles for t in names):
            return False
        mentions.add(
            "Country",
            country.name,
            span[:cut].text,
            range(span.start, span.start + cut),
            **country.ids,
        )
        _add_person(mentions, person, roles)
        return True
    return False


def _body_then_person(mentions: Mentions, span: Span, roles: list[TitledName]) -> bool:
    """An "organization" after the "of" of a title that is a body and then a person's name
    ("Speaker of | Parliament Ion Rusu", "Chairman of | Orion Motor Company Park Ji-hoon"): the
    body, and the person."""
    doc, lexicon = span.doc, mentions.lexicon
    if span.start == 0 or not (
        doc[span.start - 1].lower_ in {"of", "for"}
        or (  # "Permanent Secretary in | the Ministry of Finance Ana Costa"
            span.start > 1
            and doc[span.start - 1].lower_ in {"in", "at"}
            and doc[span.start - 2].lower_ in lexicon.person_titles
        )
    ):
        return False
    body_words = lexicon.organization_words | lexicon.company_suffixes
    cut = max((t.i + 1 for t in span if t.lower_ in body_words), default=None)
    if cut is None or cut >= span.end:
        return False
    if doc[cut].lower_ in {"of", "for"} and cut + 1 < span.end:
        cut = max(
            cut, portfolio_end(mentions, cut + 1)
        )  # "Ministry of | Finance | Ana Costa"
    if cut >= span.end:
        return False
    person = span.doc[cut : span.end]
    names = [t for t in person if not dash_joined(t)]
    if not 2 <= len(names) <= 4 or not all(
        t.pos_ == "PROPN" and t.is_title and t.lower_ not in body_words for t in names
    ):
        return False
    body = span.doc[span.start : cut]
    name = _org_name(mentions, body)
    if name:
        mentions.add("Organization", name, body.text, range(body.start, body.end))
    _add_person(mentions, person, roles)
    return True


def _named_body_then_person(
    mentions: Mentions, span: Span, roles: list[TitledName]
) -> bool:
    """An "organization" after a title's "of" that is a body known by its name alone and then a
    person's name ("Director General of | Vantor Kamila Osei"): the body, and the person."""
    cut = body_before_name(mentions, span)
    if cut is None or _name_words(mentions, span.doc[cut : span.end]) is None:
        return False
    body = span.doc[span.start : cut]
    name = _org_name(mentions, body)
    if name:
        mentions.add("Organization", name, body.text, range(body.start, body.end))
    _add_person(mentions, span.doc[cut : span.end], roles)
    return True


def _portfolio_then_person(
    mentions: Mentions, span: Span, roles: list[TitledName]
) -> bool:
    """An "organization" that is the rest of an office's portfolio and then a person's name
    ("Minister of | Infrastructure Ana Costa"): the person."""
    if span[0].lower_ == "the" and len(span) > 1:
        span = span[1:]  # "Minister for | the Middle East A"
    if not in_portfolio(mentions, span.start):
        return False
    person = span.doc[portfolio_end(mentions, span.start) : span.end]
    if (
        person.start == span.start
        or _name_words(mentions, person) is None
        or any(t.lower_ in mentions.lexicon.portfolio_words for t in person)
    ):  # "Minister for Pacific | Island Affairs": the rest of the portfolio, no one
        return False
    _add_person(mentions, person, roles)
    return True


def _region_then_person(
    mentions: Mentions, span: Span, roles: list[TitledName]
) -> bool:
    """An entity after a title's "of" that is the region of the office and then a person's name
    ("Governor of | Kano State Musa Danjuma"): the place, and the person."""
    cut = office_region_end(mentions, span)
    person = span.doc[cut : span.end]
    if cut == span.start or _name_words(mentions, person) is None:
        return False
    region = span.doc[span.start : cut]
    text = bare_name(region.text)
    mentions.add("Location", text, text, range(region.start, region.end))
    _add_person(mentions, person, roles)
    return True


def _office_country_then_person(
    mentions: Mentions, span: Span, roles: list[TitledName]
) -> bool:
    """A place after a title's "of" that is a country and then a person's name ("President of
    | the Republic of Cyprus Nikos Andreou"): the country, and the person."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    if doc[span.start - 2].lower_ not in mentions.lexicon.person_titles:
        return False
    if span[0].lower_ == "the":
        span = doc[span.start + 1 : span.end]
    return _country_then_person(mentions, span, roles)


def _add_person(mentions: Mentions, person: Span, roles: list[TitledName]) -> None:
    """The person whose name ends an "organization" span, with no title of its own there."""
    text = bare_name(person.text)
    key = mentions.add("Person", text, text, range(person.start, person.end))
    roles.append(TitledName(person, [], key))


def _after_title(mentions: Mentions, span: Span, roles: list[TitledName]) -> bool:
    """An "organization" right after a person's title ("President | Amara Diallo") is that person."""
    before = span.doc[span.start - 1] if span.start else None
    if (
        before is None
        or not (
            before.lower_ in mentions.lexicon.person_titles or courtesy_title(before)
        )
        or not before.is_title
    ):
        return False
    names = _name_words(mentions, span, fewest=1)  # "Chancellor | Brandt"
    if names is None or not all(t.is_title for t in names):
        return False
    text = bare_name(span.text)
    key = mentions.add("Person", text, text, range(span.start, span.end))
    title = [before]
    while (
        title[0].i > 0
        and span.doc[title[0].i - 1].lower_ in mentions.lexicon.titles
        and span.doc[title[0].i - 1].is_title
    ):
        title.insert(0, span.doc[title[0].i - 1])
    roles.append(TitledName(span, title, key))
    return True


def _inside_title(mentions: Mentions, span: Span) -> bool:
    """Whether an "organization" continues a person's title up to the person's name, or in an
    apposition after it ("A, Minister of | State for Foreign Trade |, signed")."""
    doc, titles = span.doc, mentions.lexicon.titles
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].lower_ in titles
        and doc[span.start].lower_ in titles
        and doc[span.end].ent_type_ == "PERSON"
    ) or (
        span.start > 1
        and doc[span.start - 1].lower_ in {"of", "for"}
        and doc[span.start - 2].lower_ in mentions.lexicon.person_titles
        and doc[span.start - 2].dep_ == "appos"
    )


def _described_as_person(mentions: Mentions, span: Span) -> bool:
    """An "organization" described by a title ("Jean Dupont, president of the Council") is a person."""
    return _name_words(mentions, span) is not None and any(
        c.dep_ == "appos" and c.lower_ in mentions.lexicon.person_titles
        for c in span.root.children
    )


def _name_words(
    mentions: Mentions, span: Span, *, fewest: int = 2
) -> list[Token] | None:
    """The words of a span that could be a person's name (``fewest`` to four capitalised proper
    nouns), else None."""
    names = [t for t in span if not t.is_punct]
    if not fewest <= len(names) <= 4 or not all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in names
    ):
        return None
    if any(
        t.lower_ in mentions.lexicon.agreement_nouns
        or t.lower_.rstrip(".") in mentions.lexicon.organization_words
        for t in names
    ):
        return None  # "Korea | Zinc Co.": a company's name, not a country and a person
    if all(t.lower_ in mentions.lexicon.titles for t in names):
        return None  # "His Royal Highness": a style, whoever bears it
    return names


def _of_goods(span: Span) -> bool:
    """Whether a people's word says whose the goods of an "on", "from" or "against" phrase are
    ("duties on *European* steel"), not who someone is ("European leaders")."""
    root = span.root
    goods = root.head
    return (
        root.dep_ in {"amod", "compound"}
        and goods.dep_ == "pobj"
        and goods.head.lower_ in {"on", "from", "against"}
    )


def _acting(span: Span) -> bool:
    """Whether a place's name is a clause's subject or a thing's owner, as a body's is ("*Brussels*
    imposed duties", "*Brussels'* duties"), not where something happens."""
    root = span.root
    while root.dep_ == "conj":
        root = root.head
    return root.dep_ in {"nsubj", "poss"} or (
        root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent"
    )


def _in_country_name(mentions: Mentions, span: Span, start: int) -> bool:
    """Whether a country's name starts at ``start`` and ends inside ``span`` ("People's Republic
    of China")."""
    doc = mentions.doc
    return any(
        mentions.gazetteer.country(doc[start:end].text) is not None
        for end in range(start + 2, span.end + 1)
    )


#: possessors that are words of a body's name, not who it belongs to ("the *People's* Bank")
_NAMING_POSSESSORS = frozenset(
    {"people", "women", "children", "workers", "farmers", "citizens", "veterans", "men"}
)


def _org_name(mentions: Mentions, span: Span) -> str | None:
    tokens = list(span)
    # "China's Ministry of Commerce": the possessor is the affiliation, the rest the name
    # (not in a country's own name: "the Ministry of Commerce of the People's Republic of China")
    for j, t in enumerate(tokens):
        if (
            t.lower_ in {"'s", "’s"}
            and 0 < j < len(tokens) - 1
            and _in_country_name(mentions, span, tokens[j - 1].i)
        ):
            break
        if (
            t.lower_ in {"'s", "’s"}
            and j + 1 < len(tokens)
            and not (j > 0 and tokens[j - 1].lower_ in _NAMING_POSSESSORS)
        ):
            tokens = tokens[j + 1 :]
            break
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
        tokens = tokens[1:]
    if "(" in [t.text for t in tokens]:
        tokens = tokens[: [t.text for t in tokens].index("(")]
    if not tokens or "\n" in span.text:
        return None
    text = bare_name(span.doc[tokens[0].i : tokens[-1].i + 1].text)
    if not any(c.isupper() for c in text):
        return None
    return text
