"""Invented news-like articles, as many as asked for, for benchmarks and tests.

Every sentence comes from templates written for this project and every person
and agreement name is made up; countries are real names so that the
gazetteer knows them. Article ``n`` of a seed is always the same text,
whatever else is generated, so any slice of a corpus can be made again.

>>> first = next(generate_documents(1, seed=7))
>>> first.id, first == article(0, seed=7)
('gen-000000', True)
>>> any(verb in first.text for verb in (" signed ", " met ", " tariffs "))
True
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from kg.read import Document

__all__ = ["article", "generate_documents", "write_jsonl"]

_FIRST = (
    "Amara",
    "Bogdan",
    "Celia",
    "Dario",
    "Elin",
    "Farid",
    "Greta",
    "Hiro",
    "Ines",
    "Jonas",
    "Kaveh",
    "Lena",
    "Marek",
    "Nadia",
    "Oskar",
    "Priya",
    "Quentin",
    "Rosa",
    "Stefan",
    "Talia",
    "Umar",
    "Vera",
    "Wim",
    "Yara",
)
_LAST = (
    "Albrecht",
    "Brannigan",
    "Castello",
    "Dravek",
    "Eskildsen",
    "Fonteyn",
    "Garrido",
    "Halvorsen",
    "Ivanko",
    "Jarmusz",
    "Kestrel",
    "Lindqvist",
    "Moravec",
    "Nakashima",
    "Okonkwo",
    "Pellegrin",
    "Quiroga",
    "Rautio",
    "Sandoval",
    "Tervonen",
    "Ubaldi",
    "Vasquez",
    "Wendling",
    "Zelenko",
)
_TITLES = (
    "President",
    "Prime Minister",
    "Foreign Minister",
    "Trade Minister",
    "Defence Minister",
    "Finance Minister",
)
# (country, demonym, a city in it)
_COUNTRIES = (
    ("Chile", "Chilean", "Santiago"),
    ("Peru", "Peruvian", "Lima"),
    ("Norway", "Norwegian", "Oslo"),
    ("Japan", "Japanese", "Tokyo"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Canada", "Canadian", "Ottawa"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("India", "Indian", "New Delhi"),
    ("Poland", "Polish", "Warsaw"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Morocco", "Moroccan", "Rabat"),
    ("Portugal", "Portuguese", "Lisbon"),
    ("Ghana", "Ghanaian", "Accra"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Finland", "Finnish", "Helsinki"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Australia", "Australian", "Canberra"),
)
_TOPICS = (
    "fisheries",
    "water",
    "energy",
    "defence",
    "shipping",
    "rail",
    "fertiliser",
    "data",
    "customs",
    "grain",
)
_GOODS = (
    "steel",
    "wine",
    "solar panels",
    "rice",
    "copper",
    "timber",
    "coffee",
    "electric cars",
    "cement",
    "salmon",
)
_KINDS = ("agreement", "accord", "pact", "treaty", "memorandum of understanding")
_NAMED = ("Accord", "Compact", "Framework", "Partnership")
_PLACES = (
    "Harbour",
    "Lakeside",
    "Granite",
    "Meridian",
    "Northgate",
    "Silverline",
    "Cobalt",
    "Riverside",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_MONTHS = (
    "Jan",
    "Feb",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)

_SIGNED = (
    "{c1} and {c2} signed a {topic} {kind} in {city} on {day}.",
    "{title} {p1} of {c1} signed the {place} {named} with {c2} on {day}, officials said.",
    "The two governments, {c1} and {c2}, signed a ten-year {topic} {kind} after months of talks.",
    "{c1} signed a {topic} {kind} with {c2} in {city}, according to a statement from the {dem1} government.",
)
_MET = (
    "{title} {p1} met {title2} {p2} in {city} on {day} to discuss {topic} cooperation.",
    "The pact followed a meeting between {dem1} {title} {p1} and {dem2} {title2} {p2} in {city}.",
    "{p1}, the {dem1} {title_lower}, met her {dem2} counterpart {p2} on the sidelines of the summit.",
    "{title} {p1} will meet {p2} in {city} next week, the ministry said.",
)
_TARIFF = (
    "{c1} imposed tariffs of {rate} per cent on {dem2} {goods} on {day}.",
    "{c1} imposed a {rate} per cent tariff on {goods} from {c2}, citing unfair subsidies.",
    "Last month {c2} slapped tariffs on {dem1} {goods}, and {c1} said it was weighing a response.",
    "{c1} may impose tariffs on {dem2} {goods} if the talks fail, {title} {p1} warned.",
)
_FILLER = (
    "Officials said the talks would continue next month.",
    "{p1} said the deal would create jobs in both countries.",
    "She said the two sides had agreed to meet again before the end of the year.",
    "He told reporters that {topic} trade between the neighbours had doubled in five years.",
    "Analysts in {city} said the move was widely expected.",
    "The ministry did not give further details.",
    "Markets in {city} rose slightly after the announcement.",
    "Opposition lawmakers criticised the plan, calling it rushed.",
    "The statement said both governments remained committed to open trade.",
    "A spokesperson for {c2} declined to comment on the {topic} talks.",
)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _slots(rng: random.Random) -> dict[str, str]:
    (c1, dem1, city1), (c2, dem2, _city2) = rng.sample(_COUNTRIES, 2)
    title = rng.choice(_TITLES)
    return {
        "c1": c1,
        "c2": c2,
        "dem1": dem1,
        "dem2": dem2,
        "city": city1,
        "p1": _person(rng),
        "p2": _person(rng),
        "title": title,
        "title_lower": title.lower(),
        "title2": rng.choice(_TITLES),
        "topic": rng.choice(_TOPICS),
        "goods": rng.choice(_GOODS),
        "kind": rng.choice(_KINDS),
        "named": rng.choice(_NAMED),
        "place": rng.choice(_PLACES),
        "day": rng.choice(_DAYS),
        "rate": str(rng.choice((5, 10, 12, 15, 20, 25, 30, 45))),
    }


def article(n: int, *, seed: int = 0) -> Document:
    """Article number ``n`` of the corpus made from ``seed``: a dateline and a few paragraphs.

    >>> article(3).text == article(3).text and article(3).text != article(4).text
    True
    """
    rng = random.Random(f"newskg-{seed}-{n}")
    published = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    slots = _slots(rng)
    paragraphs = []
    for number in range(rng.randint(3, 9)):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            pool = rng.choice((_SIGNED, _MET, _TARIFF, _FILLER, _FILLER))
            if rng.random() < 0.3:
                slots = _slots(rng)  # a new pair of countries and people now and then
            sentences.append(rng.choice(pool).format(**slots))
        paragraphs.append(" ".join(sentences))
        if number == 0:
            month = _MONTHS[published.month - 1]
            paragraphs[0] = f"{slots['city']}, {month} {published.day}: {paragraphs[0]}"
    return Document(
        id=f"gen-{n:06d}",
        text="\n".join(paragraphs),
        source="newsgen",
        published=published,
        title=f"{slots['c1']} and {slots['c2']} in {slots['topic']} talks",
    )


def generate_documents(
    count: int, *, seed: int = 0, start: int = 0
) -> Iterator[Document]:
    """Articles ``start`` … ``start + count - 1`` of the corpus made from ``seed``.

    >>> [d.id for d in generate_documents(2, start=5)]
    ['gen-000005', 'gen-000006']
    """
    for n in range(start, start + count):
        yield article(n, seed=seed)


def write_jsonl(path: str | Path, count: int, *, seed: int = 0) -> Path:
    """Write ``count`` articles as JSON Lines (the input format of ``kg build``)."""
    target = Path(path)
    with target.open("w", encoding="utf-8") as out:
        for doc in generate_documents(count, seed=seed):
            record = {
                "id": doc.id,
                "text": doc.text,
                "source": doc.source,
                "title": doc.title,
                "published": doc.published.isoformat() if doc.published else None,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return target


if __name__ == "__main__":  # python -m kg.newsgen COUNT FILE.jsonl [SEED]
    if len(sys.argv) not in (3, 4) or not sys.argv[1].isdigit():
        sys.exit("usage: python -m kg.newsgen COUNT FILE.jsonl [SEED]")
    write_jsonl(
        sys.argv[2],
        int(sys.argv[1]),
        seed=int(sys.argv[3]) if len(sys.argv) == 4 else 0,
    )
