"""Names as text: telling when two names are one (cleaning a mention's words is kg.text.bare_name)."""

from __future__ import annotations

__all__ = ["PATRONYMIC", "company_base", "full_name_of", "same_person_name", "surname"]

#: words before a father's name: "Mohammed bin Salman" is not "Salman"
PATRONYMIC = frozenset({"bin", "bint", "ibn", "ben"})


def surname(name: str) -> str | None:
    """The word a full name is shortened to: its last, unless that is a father's name.

    >>> surname("Narendra Modi"), surname("Mohammed bin Salman"), surname("Modi")
    ('Modi', None, None)
    """
    words = name.split()
    if len(words) < 2 or words[-2].casefold() in PATRONYMIC:
        return None
    return words[-1]


def _surname_forms(word: str | None) -> set[str]:
    """A surname and, if it starts with a lower-case particle joined by a dash, the rest ("el-Sisi": "Sisi").

    >>> sorted(_surname_forms("el-Sisi")), sorted(_surname_forms("Modi"))
    (['Sisi', 'el-Sisi'], ['Modi'])
    """
    if word is None:
        return set()
    particle, dash, rest = word.partition("-")
    if dash and rest and particle.islower() and len(particle) <= 3:
        return {word, rest}
    return {word}


def same_person_name(a: str, b: str) -> bool:
    """Two full names of one person: the same surname, and one given name a form of the other ("Stef"/"Stephanus")."""
    x, y = a.casefold().split(), b.casefold().split()
    if len(x) != len(y) or len(x) < 2 or x[1:] != y[1:] or x[0] == y[0]:
        return False
    short, long = sorted((x[0], y[0]), key=len)
    return len(short) >= 3 and long.startswith(short[:3]) and short[0].isalpha()


def full_name_of(text: str, full: dict[str, str]) -> str:
    """The full name (a value of ``full``, keyed by every full name the text gives) that ``text`` shortens, or ``text``
    (a name in capitals, as a headline writes it, in title case).

    >>> full = {"Ilham Gasimov": "Ilham Gasimov"}
    >>> full_name_of("Gasimov", full), full_name_of("GASIMOV", full), full_name_of("BERIDZE", full)
    ('Ilham Gasimov', 'Ilham Gasimov', 'Beridze')
    """
    if text.isupper() and len(text) > 3:
        text = text.title()
    if text in full:
        return full[text]
    parts = text.split()
    last_matches = (
        {full[n] for n in full if parts[-1] in _surname_forms(surname(n))}
        if parts
        else set()
    )
    if len(last_matches) == 1:
        return last_matches.pop()
    first_matches = (
        {full[n] for n in full if n.split()[0] == parts[0]} if parts else set()
    )
    if len(parts) == 1 and len(first_matches) == 1:
        return first_matches.pop()
    contains = {
        full[n]
        for n in full
        if f" {text} " in f" {n} "
        and not any(
            f" {p} {text} ".casefold() in f" {n} ".casefold() for p in PATRONYMIC
        )
    }
    if len(contains) == 1:
        return contains.pop()
    return text


def company_base(name: str, suffixes: frozenset[str]) -> str:
    """A company's name without its company-form words: "Bharti Airtel Limited" -> "Bharti Airtel"."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().rstrip(".") in suffixes:
        words.pop()
    return " ".join(words)
