"""The country and organization gazetteers (kg/gazetteer.py, kg/data/*.jsonl)."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler

from kg.gazetteer import (
    Country,
    Gazetteer,
    Organization,
    default_gazetteer,
    load_countries,
    load_organizations,
)

ROOT = Path(__file__).resolve().parent.parent
QID = re.compile(r"^Q[1-9][0-9]*$")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture(scope="module")
def patterns(gaz: Gazetteer) -> list[dict[str, Any]]:
    return gaz.patterns()


def fold(form: str) -> str:
    """The key under which two forms count as the same name."""
    text = unicodedata.normalize("NFC", form).replace("\u2019", "'").replace(".", "")
    return " ".join(text.split()).casefold()


# --- look-ups -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "iso2"),
    [
        ("US", "US"),
        ("U.S.", "US"),
        ("U.S.A.", "US"),
        ("USA", "US"),
        ("the United States", "US"),
        ("United States of America", "US"),
        ("America", "US"),
        ("America's", "US"),
        ("American", "US"),
        ("Americans", "US"),
        ("Washington", "US"),
        ("Washington, D.C.", "US"),
        ("India", "IN"),
        ("India's", "IN"),
        ("New Delhi", "IN"),
        ("Indian", "IN"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("UK", "GB"),
        ("U.K.", "GB"),
        ("British", "GB"),
        ("Briton", "GB"),
        ("UAE", "AE"),
        ("Emirati", "AE"),
        ("Abu Dhabi", "AE"),
        ("Dhaka", "BD"),
        ("Bangladeshi", "BD"),
        ("Male", "MV"),
        ("Malé", "MV"),
        ("Maldivian", "MV"),
        ("the Maldives", "MV"),
        ("Beijing", "CN"),
        ("Chinese", "CN"),
        ("PRC", "CN"),
        ("People\u2019s Republic of China", "CN"),
        ("Taipei", "TW"),
        ("Taiwanese", "TW"),
        ("Russian Federation", "RU"),
        ("Moscow", "RU"),
        ("Korea", "KR"),
        ("ROK", "KR"),
        ("Seoul", "KR"),
        ("DPRK", "KP"),
        ("Pyongyang", "KP"),
        ("Türkiye", "TR"),
        ("Turkish", "TR"),
        ("Ankara", "TR"),
        ("Czechia", "CZ"),
        ("the Republic of Rwanda", "RW"),  # a formal name the list lacks
        ("Kingdom of Lesotho", "LS"),
        ("Burma", "MM"),
        ("Holland", "NL"),
        ("Dutch", "NL"),
        ("THE NETHERLANDS", "NL"),
        ("Côte d\u2019Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Saudi", "SA"),
        ("Saudis", "SA"),
        ("KSA", "SA"),
        ("Riyadh", "SA"),
        ("Kyiv", "UA"),
        ("Kiev", "UA"),
        ("Brasília", "BR"),
        ("Brasilia", "BR"),
        ("Ottawa", "CA"),
        ("Canadian", "CA"),
        ("Canberra", "AU"),
        ("Tokyo", "JP"),
        ("Mexican", "MX"),
        ("the Philippines", "PH"),
        ("Filipino", "PH"),
        ("The Gambia", "GM"),
        ("Bahamas", "BS"),
        ("Hong Kong", "HK"),
        ("Palestinian", "PS"),
        ("Kosovo", "XK"),
        ("Vatican", "VA"),
        ("The Hague", "NL"),
    ],
)
def test_country_lookup(gaz: Gazetteer, surface: str, iso2: str) -> None:
    found = gaz.country(surface)
    assert found is not None and found.iso2 == iso2


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("EU", "European Union"),
        ("E.U.", "European Union"),
        ("the European Union", "European Union"),
        ("NATO", "NATO"),
        ("Nato", "NATO"),
        ("UN", "United Nations"),
        ("U.N.", "United Nations"),
        ("UN Security Council", "UN Security Council"),
        ("UNSC", "UN Security Council"),
        ("UNGA", "UN General Assembly"),
        ("WTO", "World Trade Organization"),
        ("World Trade Organisation", "World Trade Organization"),
        ("ASEAN", "ASEAN"),
        ("African Union", "African Union"),
        ("OPEC", "OPEC"),
        ("G7", "G7"),
        ("G-20", "G20"),
        ("APEC", "APEC"),
        ("IMF", "International Monetary Fund"),
        ("World Bank", "World Bank"),
        ("WHO", "World Health Organization"),
        ("European Commission", "European Commission"),
        ("BRICS", "BRICS"),
        ("Quad", "Quad"),
        ("SCO", "Shanghai Cooperation Organisation"),
        ("GCC", "Gulf Cooperation Council"),
        ("Arab League", "Arab League"),
        ("OECD", "OECD"),
        ("Mercosur", "Mercosur"),
        # companies
        ("Equinor", "Equinor"),
        ("Equinor ASA", "Equinor"),
        ("SOCAR", "SOCAR"),
        ("Socar", "SOCAR"),
        ("Aramco", "Saudi Aramco"),
        ("Saudi Arabian Oil Company", "Saudi Aramco"),
        ("Saudi Aramco's", "Saudi Aramco"),
        ("China National Petroleum Corporation", "CNPC"),
        ("Petróleos Mexicanos", "Pemex"),
        ("L&T", "Larsen & Toubro"),
        (
            "the China Railway Construction Corporation",
            "China Railway Construction Corporation",
        ),
        ("A.P. Moller-Maersk", "Maersk"),
        ("Shell", "Shell"),  # ambiguous: no pattern, but the one entity of that name
        ("Northvolt", "Northvolt"),
    ],
)
def test_organization_lookup(gaz: Gazetteer, surface: str, name: str) -> None:
    found = gaz.organization(surface)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "surface",
    [
        "us",  # the pronoun, not the country
        "male",  # the word, not Maldives' capital
        "MALE",
        "turkey",
        "china",
        "polish",
        "Congo",  # either Congo
        "Congolese",
        "Korean",  # either Korea
        "Dominican",  # Dominica or the Dominican Republic
        "Brussels",  # left to the extractor: EU, NATO or Belgium
        "Hague",
        "EU",  # an organization, not a country
        "Narnia",
        "Republic of Narnia",
        "State of Qatari",  # a formal name takes a country's name, not its people's
        "",
        "the",
    ],
)
def test_country_lookup_finds_nothing(gaz: Gazetteer, surface: str) -> None:
    assert gaz.country(surface) is None


@pytest.mark.parametrize(
    "surface",
    [
        "eu",
        "who",
        "quad",
        "nato alliance",
        "India",
        "Brussels",
        "Commission",
        "equinor",  # company names keep their case
        "shell",
        "indian oil",
        "Total",  # a word; the company is TotalEnergies
        "Samsung",  # a group name several companies share
        "Volvo",
        "IOC",  # also the Olympic committee, not Indian Oil
        "MSC",  # also the Munich Security Conference
        "Statoil",  # a former name: its articles keep it
        "Qatar Petroleum",
    ],
)
def test_organization_lookup_finds_nothing(gaz: Gazetteer, surface: str) -> None:
    assert gaz.organization(surface) is None


def test_entity_by_key(gaz: Gazetteer) -> None:
    assert gaz.entity("country:IN") is gaz.country("India")
    assert gaz.entity("org:Q458") is gaz.organization("EU")
    assert gaz.entity("org:quad") is gaz.organization("Quad")
    assert gaz.entity("country:ZZ") is None


def test_a_gazetteer_over_given_entities() -> None:
    freedonia = Country(
        "Freedonia", "FD", "FDN", None, None, "territory", demonyms=("Freedonian",)
    )
    guild = Organization(
        "Guild of Calligraphers",
        "forum",
        None,
        aliases=("GoC",),
        case_sensitive=("GoC",),
    )
    gaz = Gazetteer([freedonia], [guild])
    assert gaz.country("freedonian") is freedonia
    assert gaz.country("India") is None
    assert gaz.organization("GoC") is guild and gaz.organization("goc") is None
    assert guild.key == "org:guild-of-calligraphers"


# --- the data -------------------------------------------------------------------


def test_counts_and_statuses() -> None:
    statuses = [c.status for c in load_countries()]
    assert statuses.count("un-member") == 193
    assert sorted(c.name for c in load_countries() if c.status == "un-observer") == [
        "Palestine",
        "Vatican City",
    ]
    assert set(statuses) == {
        "un-member",
        "un-observer",
        "limited-recognition",
        "territory",
    }
    kinds = [o.kind for o in load_organizations()]
    assert len(kinds) - kinds.count("company") >= 30
    assert 150 <= kinds.count("company") <= 250


def test_loading_is_cached_and_entities_are_frozen() -> None:
    assert (
        load_countries() is load_countries()
        and load_organizations() is load_organizations()
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        load_countries()[0].name = "Elsewhere"  # type: ignore[misc]


def test_codes_are_unique() -> None:
    for field in ("iso2", "iso3", "name"):
        values = [getattr(c, field) for c in load_countries()]
        assert len(values) == len(set(values)), field


def test_codes_match_pycountry() -> None:
    pycountry = pytest.importorskip("pycountry")
    outside_iso = []
    for country in load_countries():
        record = pycountry.countries.get(alpha_2=country.iso2)
        if record is None:
            outside_iso.append(country.iso2)
            continue
        assert (country.iso3, country.numeric) == (record.alpha_3, record.numeric), (
            country.name
        )
    assert outside_iso == ["XK"]  # Kosovo: user-assigned code, no ISO numeric


def test_wikidata_ids_are_well_formed_and_unique() -> None:
    entities: list[Country | Organization] = [*load_countries(), *load_organizations()]
    ids = [e.wikidata for e in entities if e.wikidata is not None]
    assert all(QID.match(q) for q in ids)
    assert len(ids) == len(set(ids))
    assert all(c.wikidata for c in load_countries())
    known = {"US": "Q30", "IN": "Q668", "CN": "Q148", "GB": "Q145", "RU": "Q159"}
    assert {c.iso2: c.wikidata for c in load_countries() if c.iso2 in known} == known


def test_kinds_are_known() -> None:
    kinds = {
        "agency",
        "alliance",
        "bloc",
        "company",
        "court",
        "financial",
        "forum",
        "intergovernmental",
        "movement",
        "organ",
    }
    assert {o.kind for o in load_organizations()} == kinds


def test_no_organization_takes_a_countrys_name() -> None:
    country_forms = {fold(f) for c in load_countries() for f, _ in c.forms()}
    assert not [
        (o.name, form)
        for o in load_organizations()
        for form, _ in o.forms()
        if fold(form) in country_forms
    ]


def test_company_forms_are_all_case_sensitive() -> None:
    companies = [o for o in load_organizations() if o.kind == "company"]
    assert companies
    for company in companies:
        assert company.wikidata is None and company.key.startswith("org:")
        assert {f for f, _ in company.forms()} == set(company.case_sensitive)


@pytest.mark.parametrize(
    "entities",
    [load_countries(), load_organizations()],
    ids=["countries", "organizations"],
)
def test_every_form_names_one_entity_or_is_marked_ambiguous(
    gaz: Gazetteer, entities: tuple[Country | Organization, ...]
) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for form, _label in entity.forms():
            owners[fold(form)].add(entity.key)
    lookup = gaz.country if isinstance(entities[0], Country) else gaz.organization
    for entity in entities:
        for form, _label in entity.forms():
            if len(owners[fold(form)]) > 1:
                assert form in entity.ambiguous, (form, sorted(owners[fold(form)]))
                assert lookup(form) is None, form
            else:
                assert lookup(form) is entity, form


@pytest.mark.parametrize(
    "entities",
    [load_countries(), load_organizations()],
    ids=["countries", "organizations"],
)
def test_case_sensitive_forms_match_only_in_their_case(
    gaz: Gazetteer, entities: tuple[Country | Organization, ...]
) -> None:
    lookup = gaz.country if isinstance(entities[0], Country) else gaz.organization
    for entity in entities:
        assert set(entity.ambiguous) <= set(entity.case_sensitive), entity.name
        insensitive = {
            fold(f) for f, _ in entity.forms() if f not in entity.case_sensitive
        }
        for form in entity.case_sensitive:
            if fold(form) not in insensitive and form.lower() != form:
                assert lookup(form.lower()) is not entity, form


def test_generator_reproduces_the_committed_files() -> None:
    pytest.importorskip("pycountry")
    spec = importlib.util.spec_from_file_location(
        "make_gazetteer", ROOT / "scripts" / "make_gazetteer.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    countries, organizations = script.build()
    assert script.jsonl(countries) == (
        ROOT / "kg" / "data" / "countries.jsonl"
    ).read_text("utf-8")
    assert script.jsonl(organizations) == (
        ROOT / "kg" / "data" / "organizations.jsonl"
    ).read_text("utf-8")


# --- spaCy patterns -----------------------------------------------------------------


def entities_in(text: str, patterns: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": True})
    assert isinstance(ruler, EntityRuler)
    ruler.add_patterns(patterns)  # validate=True rejects malformed token patterns
    return {(e.text, e.label_, e.ent_id_) for e in nlp(text).ents}


SENTENCE = (
    "After the U.S. and India agreed terms in New Delhi, Emirati and Maldivian envoys told us "
    "that NATO and E.U. officials would fly to Male; the Chinese delegation stayed in Beijing."
)


def test_patterns_find_countries_demonyms_and_organizations(
    patterns: list[dict[str, Any]],
) -> None:
    found = entities_in(SENTENCE, patterns)
    assert found == {
        ("U.S.", "GPE", "country:US"),
        ("India", "GPE", "country:IN"),
        ("New Delhi", "GPE", "country:IN"),
        ("Emirati", "NORP", "country:AE"),
        ("Maldivian", "NORP", "country:MV"),
        ("NATO", "ORG", "org:Q7184"),
        ("E.U.", "ORG", "org:Q458"),
        ("Chinese", "NORP", "country:CN"),
        ("Beijing", "GPE", "country:CN"),
    }  # neither "us" nor the ambiguous "Male"


def test_ambiguous_forms_only_on_request(
    gaz: Gazetteer, patterns: list[dict[str, Any]]
) -> None:
    with_ambiguous = gaz.patterns(include_ambiguous=True)
    assert ("Male", "GPE", "country:MV") in entities_in(SENTENCE, with_ambiguous)
    assert len(with_ambiguous) > len(patterns)
    shared = {
        "Congo",
        "Congolese",
        "Korean",
        "Dominican",
    }  # name two countries: never a pattern
    assert not [
        p
        for p in with_ambiguous
        if len(p["pattern"]) == 1 and p["pattern"][0].get("ORTH") in shared
    ]


def test_patterns_are_well_formed_and_unambiguous(
    gaz: Gazetteer, patterns: list[dict[str, Any]]
) -> None:
    ids_by_match: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for p in patterns:
        assert set(p) == {"label", "pattern", "id"} and p["label"] in {
            "GPE",
            "NORP",
            "ORG",
        }
        assert gaz.entity(p["id"]) is not None
        ((attr, _),) = p["pattern"][0].items()
        assert all(list(t) == [attr] for t in p["pattern"]) and attr in {
            "ORTH",
            "LOWER",
        }
        ids_by_match[
            tuple(str(v).lower() for t in p["pattern"] for v in t.values())
        ].add(p["id"])
    assert {m: ids for m, ids in ids_by_match.items() if len(ids) > 1} == {}


def test_an_entitys_ids_lead_back_to_it_and_carry_its_codes() -> None:
    gaz = default_gazetteer()
    for entity in (*gaz.countries, *gaz.organizations):
        ids = entity.ids
        assert gaz.entity(ids["key"]) is entity
        assert ids.get("wikidata") == (entity.wikidata or None)
        if isinstance(entity, Country):
            assert (ids["iso2"], ids["iso3"]) == (entity.iso2, entity.iso3)
        else:
            assert "iso2" not in ids and "iso3" not in ids


# --- companies through the whole pipeline ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "companies"),
    [
        ("Equinor signed a supply deal with SOCAR.", ["Equinor", "SOCAR"]),  # the model tags neither
        ("Saudi Aramco signed an agreement with KazMunayGas.", ["Saudi Aramco", "KazMunayGas"]),  # NORP
        ("Larsen & Toubro and CRRC signed a contract with DP World.", ["Larsen & Toubro", "CRRC", "DP World"]),
        ("Northvolt agreed a battery deal with Volkswagen.", ["Northvolt", "Volkswagen"]),
        ("On Monday, Sonatrach signed a gas deal with Pemex.", ["Sonatrach", "Pemex"]),
        ("Rosneft signed an oil supply deal with Indian Oil Corporation.", ["Rosneft", "Indian Oil Corporation"]),
    ],
)  # fmt: skip
def test_companies_come_out_as_organizations(
    nlp: Language,
    gaz: Gazetteer,
    text: str,
    companies: list[str],
) -> None:
    from kg.extract import extract

    found = {
        e.ids.get("key"): e.cls for e in extract(nlp(text)).entities.values() if e.ids
    }
    for name in companies:
        company = gaz.organization(name)
        assert company is not None and company.kind == "company", name
        assert found.get(company.key) == "Organization", (name, found)
