"""Our spaCy components: what they change in a parsed document, on texts written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEADLINE = "Peru Imposes Safeguard Duty on Solar Panel Imports from Chile, Bolivia"
BODY = "Local producers had complained about cheap imports, and the duty was imposed on Monday, officials said."


def test_a_title_case_headline_is_read_in_sentence_case(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(f"{HEADLINE}\n\n{BODY}")
    imposes = doc[1]
    assert (imposes.text, imposes.lemma_, imposes.pos_, imposes.dep_) == (
        "Imposes",
        "impose",
        "VERB",
        "ROOT",
    )
    assert (
        doc.text == f"{HEADLINE}\n\n{BODY}"
    )  # only the reading changes, never the text
    names = {e.text: e.label_ for e in doc.ents if e.end <= 13}
    assert {"Peru", "Chile", "Bolivia"} <= set(names)
    assert all(
        e.label_ == "GPE" for e in doc.ents if e.text in {"Peru", "Chile", "Bolivia"}
    )
    assert not any(e.start <= 1 < e.end for e in doc.ents)  # "Peru Imposes" is no name


def test_without_the_headline_reader_the_model_reads_names(nlp) -> None:  # type: ignore[no-untyped-def]
    with nlp.select_pipes(disable=["kg_headline"]):
        doc = nlp(f"{HEADLINE}\n\n{BODY}")
    assert (
        doc[1].pos_ != "VERB"
    )  # what the reader is for: the model alone misses the verb


def test_a_headlines_comma_between_two_names_is_read_as_and(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Peru, Bolivia ink lithium pact\n\nLIMA - Officials attended."
    doc = nlp(text)
    ink = doc[3]
    assert (ink.text, ink.pos_, ink.dep_) == ("ink", "VERB", "ROOT")
    assert {t.text for t in ink.children if t.dep_ == "nsubj"} == {"Peru"}
    assert (doc[1].text, doc[1].dep_, doc[2].dep_) == (",", "cc", "conj")
    assert doc.text == text  # only the reading changes, never the text
    with nlp.select_pipes(disable=["kg_headline"]):
        assert nlp(text)[3].pos_ != "VERB"  # what the reader is for


def test_a_headlines_verb_in_the_present_is_read_in_the_past(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "US slaps antidumping tariff on Chilean steel products\n\nLIMA - Officials spoke."
    doc = nlp(text)
    slaps = doc[1]
    assert (slaps.text, slaps.lemma_, slaps.pos_, slaps.dep_) == (
        "slaps",
        "slap",
        "VERB",
        "ROOT",
    )
    assert {t.text for t in slaps.children if t.dep_ == "nsubj"} == {"US"}
    assert doc.text == text
    with nlp.select_pipes(disable=["kg_headline"]):
        assert nlp(text)[1].pos_ != "VERB"  # what the reader is for


def test_a_title_case_headlines_verb_after_a_title_and_name_is_read_in_the_past(
    nlp,
) -> None:  # type: ignore[no-untyped-def]
    text = "President Trump Slaps 25% Tariffs On Peru\n\nPresident Donald Trump spoke on Monday."
    doc = nlp(text)
    slaps = doc[2]
    assert (slaps.text, slaps.lemma_, slaps.pos_, slaps.dep_) == (
        "Slaps",
        "slap",
        "VERB",
        "ROOT",
    )
    assert {t.text for t in slaps.children if t.dep_ == "nsubj"} == {"Trump"}
    assert {t.text for t in slaps.children if t.dep_ == "dobj"} == {"Tariffs"}
    assert doc.text == text


def test_a_name_read_as_a_noun_before_its_verb_is_read_as_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Trump imposed tariffs on Peru."
    doc = nlp(text)
    imposed = doc[1]
    assert (imposed.pos_, imposed.dep_) == ("VERB", "ROOT")
    assert {t.text for t in imposed.children if t.dep_ == "nsubj"} == {"Trump"}
    assert doc.text == text
    with nlp.select_pipes(disable=["kg_headline"]):
        assert nlp(text)[1].dep_ != "ROOT"  # what the reader is for


@pytest.mark.parametrize(
    "line",
    [
        # a sentence full of names, ending in a full stop, is no headline
        "Meanwhile, Dr Amara Diallo Has Also Met South Sudan President Kofi Mensah For Talks.",
        # a line in sentence case is no headline
        "Peru imposed safeguard duties on solar panels from Chile",
        # a comma after a place is no "and": a dateline's place and country
        "LIMA, Peru - Officials sign the accord",
        # nor before a headline's verb the lexicon does not list
        "Lima, Peru hosts the summit",
    ],
)
def test_other_lines_keep_the_models_reading(nlp, line: str) -> None:  # type: ignore[no-untyped-def]
    text = f"{line}\n\n{BODY}"
    with nlp.select_pipes(disable=["kg_headline"]):
        expected = [
            (t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in nlp(text)
        ]
    assert [
        (t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_) for t in nlp(text)
    ] == expected


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Kuala Lumpur, Oct 31: India and", "Kuala Lumpur", "Oct 31"),
        ("SHANGHAI (Agency) - China", "SHANGHAI", None),
        ("Brussels, Belgium, May 2, 2023 — The", "Brussels, Belgium", "May 2, 2023"),
        ("LIMA, 3 June 2021 - Peru", "LIMA", "3 June 2021"),
        (
            "State House, Accra, Ghana, Monday 4 March 2024 – His",
            "State House, Accra, Ghana",
            "Monday 4 March 2024",
        ),
        ("LIMA, Oct. 9 (Andina) -- Peru", "LIMA", "Oct. 9"),
        ("BOGOTÁ, March 4 (Wire) - Colombia", "BOGOTÁ", "March 4"),
        ("ŁÓDŹ, Poland — Czech", "ŁÓDŹ, Poland", None),
        (
            "ABU DHABI, 12th January, 2025 (WAM) -- The",
            "ABU DHABI",
            "12th January, 2025",
        ),
        ("Nairobi | Kenya", "Nairobi", None),
        ("OTTAWA / BEIJING - China", "OTTAWA / BEIJING", None),
        ("DOHA, Gulf Times - Qatar", "DOHA, Gulf Times", None),
        ("N'DJAMENA (Agency) — Chad", "N'DJAMENA", None),
        ("CAMP DAVID, Md. - U.S.", "CAMP DAVID, Md.", None),
        ("LIMA (Agência Andina) - Peru", "LIMA", None),  # an agency beyond ASCII
        ("BAGHDAD (Sawt Al-Rafidain) - Iraq", "BAGHDAD", None),
        (
            "BISHKEK. STANWIRE – Kyrgyzstan",
            "BISHKEK",
            None,
        ),  # an agency after a full stop
        (
            "NEW DELHI, Sep 29 (PTI) The",
            "NEW DELHI",
            "Sep 29",
        ),  # no dash after the agency
        ("Porto Verde, 24.03.2025 (Agency) - The", "Porto Verde", "24.03.2025"),
        ("São Paulo, 2025-03-24 - Brazil", "São Paulo", "2025-03-24"),
        (
            "Rio de Janeiro, May 7th 2025 - (Agency) - Mercosur",
            "Rio de Janeiro",
            "May 7th 2025",
        ),  # a particle inside the place, a dash before the agency
    ],
)
def test_a_dateline_gives_its_place_and_date(
    line: str, place: str, date: str | None
) -> None:
    from kg.nlp import DATELINE

    match = DATELINE.search(line)
    assert match is not None
    assert (match.group("place"), match.group("date")) == (place, date)


@pytest.mark.parametrize(
    "line",
    [
        "Mr Smith, the President, said - nothing",
        "Peru and Chile signed a pact.",
        "The Chile–Peru Fisheries Accord is signed",  # a dash inside a name
        "Acme (ACME) The company said",  # a ticker, no date: no agency of a dateline
        "Talks ended. NATO - the alliance - met",  # a full stop and capitals, no dateline's place
    ],
)
def test_a_sentence_is_no_dateline(line: str) -> None:
    from kg.nlp import DATELINE

    assert DATELINE.search(line) is None


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("10:32 GMT - Peru and Chile", "10:32 GMT - "),
        ("0932 GMT - Peru", "0932 GMT - "),
        ("11.15am | Peru", "11.15am | "),
        ("10:32 - Peru", "10:32 - "),
    ],
)
def test_a_live_blog_time_stamp_opens_its_line(line: str, stamp: str) -> None:
    from kg.nlp import TIMESTAMP

    match = TIMESTAMP.match(line)
    assert match is not None and match.group() == stamp


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("July 6, 2018 - The United States", "July 6, 2018 - "),
        ("* Dec. 1, 2018 – Trump and Xi", "* Dec. 1, 2018 – "),
        ("12 March 2019: Peru", "12 March 2019: "),
    ],
)
def test_a_timeline_entry_opens_with_its_date(line: str, stamp: str) -> None:
    from kg.nlp import TIMELINE

    match = TIMELINE.match(line)
    assert match is not None and match.group() == stamp


@pytest.mark.parametrize(
    "line",
    ["July 6 was a Monday - and", "Peru, July 6, 2018 - the", "2018 - 2019 talks"],
)
def test_a_date_inside_a_line_is_no_timeline_entry(line: str) -> None:
    from kg.nlp import TIMELINE

    assert TIMELINE.match(line) is None


@pytest.mark.parametrize(
    "line", ["2,500 - the number of", "Peru at 10:32 GMT - a", "12 - 3 was the score"]
)
def test_a_number_is_no_time_stamp(line: str) -> None:
    from kg.nlp import TIMESTAMP

    assert TIMESTAMP.match(line) is None


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # wrapped in the middle of a sentence: one sentence
        ("Minister Ilham Gasimov met\nwith Prime Minister Levan Beridze on Monday.", 1),
        ("The accord was signed by Ana Ruiz\nand Luis Soto in Lima.", 1),
        # a line that ends a sentence, a headline, a blank line: two
        (
            "Kenya and Uganda sign pipeline deal\nNairobi officials said it was signed.",
            2,
        ),
        ("Chile signed the accord.\nit was ratified later.", 2),
        ("Chile signed the accord\n\nratified later by Peru.", 2),
    ],
)
def test_a_line_break_inside_a_sentence_does_not_end_it(  # type: ignore[no-untyped-def]
    nlp, text: str, sentences: int
) -> None:
    assert len([s for s in nlp(text).sents if s.text.strip()]) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a title written short ends no sentence
        ("Foreign Minister Ana Costa met Brig. Tomas Vidal in Lima on Monday.", 1),
        ("Foreign Minister Ana Costa met Gov. Tomas Vidal in Lima.", 1),
        # a title written out at the end of a sentence still ends it
        ("Ana Costa met the Queen. Tomas Vidal left on Monday.", 2),
        ("Peru signed it with the Emir. Chile did not.", 2),
    ],
)
def test_a_title_written_short_ends_no_sentence(  # type: ignore[no-untyped-def]
    nlp, text: str, sentences: int
) -> None:
    assert len([s for s in nlp(text).sents if s.text.strip()]) == sentences


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ana Costa and Luis Paredes co-chaired the commission.", "co-chaired"),
        ("Co-hosted by Peru, the summit opened on Monday.", "Co-hosted"),
        # followed by punctuation, still whole
        ("The two ministers agreed to co-sign.", "co-sign"),
    ],
)
def test_a_word_the_lexicon_keeps_whole_is_one_token(  # type: ignore[no-untyped-def]
    nlp, text: str, word: str
) -> None:
    assert word in [t.text for t in nlp(text)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Peru imposed duties on sheets of a thickness of 0.45 mm. originating in Chile.",
            1,
        ),
        # a name, then a title in lower case: the parser would start a sentence at "vice"
        (
            "The memorandum was signed by Anil Verma and Infosys vice-president Meera Nair.",
            1,
        ),
        ("Prices rose: exporters paid more.", 1),
        (
            "Talks ended.\n- tariffs stay in place",
            2,
        ),  # a list's line may start in lower case
    ],
)
def test_no_sentence_starts_in_lower_case_inside_a_line(  # type: ignore[no-untyped-def]
    nlp, text: str, sentences: int
) -> None:
    assert len([s for s in nlp(text).sents if s.text.strip()]) == sentences


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "LAGOS, Nov 20 - Dangote Industries signed a crude supply agreement with Acme "
            "Oil on Wednesday.",
            "Dangote Industries",
        ),
        (
            "LAGOS, Nov 20 - Acme Corp signed a supply agreement with Beta Corp.",
            "Acme Corp",
        ),
    ],
)
def test_the_words_after_a_dateline_keep_the_names_the_model_finds_in_them_alone(  # type: ignore[no-untyped-def]
    nlp, text: str, name: str
) -> None:
    assert name in [e.text for e in nlp(text).ents]
