"""Names as text: one apostrophe table and the forms a name is normalised to.

A name is normalised for different purposes, and each has its own function:

- :func:`bare_name`: the name a mention gives, as a label (extraction);
- :func:`lookup_key`: the spelling the gazetteer looks names up by;
- :func:`comparable_name`: the name as linking compares names;
- :func:`slug`: the name in an IRI (with :func:`short_hash` where letters are lost).

They share the steps below them: curly apostrophes made straight
(:func:`straighten`), single spaces, a leading "the" dropped
(:func:`without_article`) and the ASCII words of a name (:func:`ascii_words`);
evaluation's matching rule (:func:`kg.evaluate.normalise`) is made of them too.
This module imports nothing from ``kg``: every stage may use it.

>>> bare_name('"the European Union\u2019s"'), lookup_key("Côte d\u2019Ivoire")
('European Union', "Côte d'Ivoire")
>>> comparable_name("Côte d\u2019Ivoire"), slug("Côte d\u2019Ivoire")
('cote d ivoire', 'cote-d-ivoire')
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import Final

__all__ = [
    "APOSTROPHES",
    "ascii_words",
    "bare_name",
    "comparable_name",
    "lookup_key",
    "short_hash",
    "single_spaced",
    "slug",
    "straighten",
    "without_article",
]

#: Apostrophes that news text writes for ``'``: d’Ivoire is d'Ivoire.
APOSTROPHES: Final = {"\u2019": "'", "\u2018": "'", "\u02bc": "'"}
_STRAIGHT = str.maketrans(APOSTROPHES)
#: For look-ups, hyphens that look like ``-`` are ``-`` too.
_LOOKUP = str.maketrans({**APOSTROPHES, "\u2010": "-", "\u2011": "-"})
_SPACES = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_WORD = re.compile(r"[a-z0-9]+")


# --------------------------------------------------------------------------- steps


def straighten(text: str) -> str:
    """The text with straight apostrophes (:data:`APOSTROPHES`).

    >>> straighten("d\u2019Ivoire")
    "d'Ivoire"
    """
    return text.translate(_STRAIGHT)


def single_spaced(text: str) -> str:
    """The words of the text, one space apart.

    >>> single_spaced("  Washington,\\n  D.C. ")
    'Washington, D.C.'
    """
    return " ".join(text.split())


def without_article(name: str) -> str:
    """A single-spaced name without a leading "the" (any case) when more words follow.

    >>> without_article("The Hague"), without_article("the"), without_article("Theresa May")
    ('Hague', 'the', 'Theresa May')
    """
    first, _, rest = name.partition(" ")
    return rest if rest and first.casefold() == "the" else name


def ascii_words(text: str) -> list[str]:
    """The lower-case ASCII words of the text: accents dropped, apostrophes and punctuation between words.

    >>> ascii_words("Côte d\u2019Ivoire"), ascii_words("北京")
    (['cote', 'd', 'ivoire'], [])
    """
    folded = (
        unicodedata.normalize("NFKD", straighten(text))
        .encode("ascii", "ignore")
        .decode("ascii")
        .lower()
    )
    return _WORD.findall(folded)


# --------------------------------------------------------------------------- forms


@lru_cache(maxsize=2**14)
def bare_name(text: str) -> str:
    """The name a mention gives: no surrounding punctuation or quotes, no unclosed bracket,
    possessive or leading "the"; case and apostrophes as written (names recur: kept a while).

    >>> bare_name("Qatar Petroleum (QP"), bare_name("the  Kremlin's"), bare_name("\u2018Reuters\u2019")
    ('Qatar Petroleum', 'Kremlin', 'Reuters')
    """
    text = _SPACES.sub(" ", text).strip(' ,;:"“”‘’()[]')
    if text.count("(") != text.count(")"):  # the name before an unclosed bracket
        text = text.split("(")[0].strip()
    return without_article(_POSSESSIVE.sub("", text).strip())


def lookup_key(text: str) -> str:
    """The spelling a name is looked up by: NFC, straight apostrophes and hyphens, no dots,
    single spaces; case kept (the gazetteer folds case where a name allows it).

    >>> lookup_key(" U.S.A. "), lookup_key("Guinea\u2010Bissau"), lookup_key("Washington,  D.C.")
    ('USA', 'Guinea-Bissau', 'Washington, DC')
    """
    text = unicodedata.normalize("NFC", text).translate(_LOOKUP).replace(".", "")
    return single_spaced(text)


def comparable_name(name: str) -> str:
    """The name as names are compared: case, accents and punctuation do not count.

    >>> comparable_name("  Rajnath SINGH ") == comparable_name("Rajnath Singh") == "rajnath singh"
    True
    >>> comparable_name("北京")
    '北京'
    """
    return " ".join(ascii_words(name)) or name.casefold().strip()


@lru_cache(maxsize=2**16)
def slug(text: str, *, limit: int = 60) -> str:
    """A lower-case ASCII slug of the text for an IRI, at most ``limit`` characters and a hash;
    a hash where nothing ASCII is left (names recur: kept a while).

    >>> slug("Pete Hegseth"), slug("<script>"), slug("北京")
    ('pete-hegseth', 'script', 'x-685e1518')
    """
    core = "-".join(ascii_words(text))
    if not core:
        return f"x-{short_hash(text)}"
    if len(core) > limit:
        return f"{core[:limit].rstrip('-')}-{short_hash(text)}"
    return core


def short_hash(text: str) -> str:
    """Eight hex digits of the text's SHA-1: enough to tell names apart in an IRI.

    >>> short_hash("北京")
    '685e1518'
    """
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
