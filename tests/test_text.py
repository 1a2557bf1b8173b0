"""Names as text (``kg/text.py``): each normal form does its one job, and every stage reads apostrophes alike."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kg.text
from kg.evaluate import normalise
from kg.gazetteer import default_gazetteer
from kg.text import (
    APOSTROPHES,
    ascii_words,
    bare_name,
    comparable_name,
    lookup_key,
    slug,
    straighten,
    without_article,
)


def test_the_module_uses_nothing_of_the_package_so_every_stage_may_use_it() -> None:
    tree = ast.parse(Path(kg.text.__file__).read_text(encoding="utf-8"))
    imported = [
        name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for name in (
            [a.name for a in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
        )
    ]
    assert imported and not [name for name in imported if name.split(".")[0] == "kg"]


@pytest.mark.parametrize("apostrophe", sorted(APOSTROPHES))
def test_every_stage_reads_a_curly_apostrophe_as_a_straight_one(
    apostrophe: str,
) -> None:
    name = f"Côte d{apostrophe}Ivoire"
    assert straighten(name) == "Côte d'Ivoire"
    assert default_gazetteer().country(name) is default_gazetteer().country(
        "Côte d'Ivoire"
    )
    assert comparable_name(name) == comparable_name("Côte d'Ivoire")
    assert slug(name) == slug("Côte d'Ivoire") == "cote-d-ivoire"
    assert normalise(f"Argentina{apostrophe}s central bank") == normalise(
        "Argentina's central bank"
    )


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ('"Reuters"', "Reuters"),
        ("\u2018Reuters\u2019,", "Reuters"),
        ("the  Kremlin's", "Kremlin"),
        ("The European Union\u2019s", "European Union"),
        ("Qatar Petroleum (QP", "Qatar Petroleum"),
        ("Tesla (TSLA.O)", "Tesla"),
        ("Bank of China (Hong Kong) Ltd", "Bank of China (Hong Kong) Ltd"),
        ("the", "the"),
        ("Theresa May", "Theresa May"),
        ("Côte d\u2019Ivoire", "Côte d\u2019Ivoire"),
    ],
)
def test_a_bare_name_is_the_name_as_written_without_what_surrounds_it(
    mention: str, name: str
) -> None:
    assert bare_name(mention) == name


def test_an_article_goes_only_when_a_name_follows_it() -> None:
    assert without_article("THE Hague") == "Hague"
    assert without_article("the") == "the"
    assert without_article("Thebes") == "Thebes"


def test_a_lookup_key_keeps_case_and_drops_dots_spacing_and_unicode_variants() -> None:
    decomposed = "Co\u0302te d\u2019Ivoire"
    assert lookup_key(decomposed) == lookup_key("Côte d'Ivoire") == "Côte d'Ivoire"
    assert lookup_key(" U.S.A. ") == "USA"
    assert lookup_key("Guinea\u2011Bissau") == "Guinea-Bissau"
    assert lookup_key("Washington,\n D.C.") == "Washington, DC"


def test_comparable_names_ignore_case_accents_and_punctuation() -> None:
    assert comparable_name("  Rajnath SINGH ") == comparable_name("Rajnath Singh")
    assert comparable_name("José-Manuel Barroso") == "jose manuel barroso"
    assert comparable_name("Xi Jinping") != comparable_name("Xi Jing")


def test_a_name_without_ascii_letters_is_compared_as_written_case_folded() -> None:
    assert comparable_name(" 北京 ") == "北京"
    assert ascii_words("北京") == []


def test_a_slug_is_ascii_words_joined_by_hyphens_and_a_hash_when_letters_are_lost() -> (
    None
):
    assert slug("Pete Hegseth") == "pete-hegseth"
    assert slug("<script>") == "script"
    assert re.fullmatch(r"x-[0-9a-f]{8}", slug("北京"))
    assert slug("北京") != slug("上海")
    long = slug("word " * 30, limit=20)
    assert re.fullmatch(r"word-word-word-word-[0-9a-f]{8}", long)
    assert long != slug("word " * 31, limit=20)


@given(st.text(max_size=80))
def test_any_slug_is_safe_in_an_iri_and_holds_no_dot(text: str) -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug(text))
    assert len(slug(text, limit=20)) <= 20 + 9
