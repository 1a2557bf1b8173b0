#!/usr/bin/env python3
"""Write the gazetteers ``kg/data/countries.jsonl`` and ``kg/data/organizations.jsonl``.

Run by hand when the tables below change, never at build or run time::

    .venv/bin/python scripts/make_gazetteer.py          # rewrite both files
    .venv/bin/python scripts/make_gazetteer.py --check  # exit 1 if they are stale

ISO 3166-1 codes and the official names come from ``pycountry``; everything
else (the news name, aliases, demonyms, capitals, Wikidata ids, ambiguity
flags) is curated in the tables of this file. ``kg/data/README.md`` says where
each field comes from and why the ambiguous forms are what they are.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pycountry

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
COUNTRIES_FILE = DATA / "countries.jsonl"
ORGANIZATIONS_FILE = DATA / "organizations.jsonl"

STATUSES = ("un-member", "un-observer", "limited-recognition", "territory")
KINDS = (
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
)
QID = re.compile(r"^Q[1-9][0-9]*$")

# Codes that ISO 3166-1 does not assign; used by the EU, the IMF and others for Kosovo.
USER_ASSIGNED = {"XK": ("XKX", None)}

# Forms that are also ordinary lower-case English (or Latin) words: matched only
# in the case written here. Acronyms and every ambiguous form are case-sensitive too.
COMMON_WORDS = frozenset(
    {
        "Brazil",
        "Chad",
        "Chile",
        "China",
        "Dutch",
        "French",
        "Guinea",
        "Japan",
        "Lima",
        "Niger",
        "Panama",
        "Paris",
        "Pole",
        "Poles",
        "Polish",
        "Swede",
        "Swedes",
        "Swiss",
        "Tonga",
        "Turkey",
    }
)


class C(NamedTuple):
    """One hand-curated country row."""

    iso2: str
    name: str
    wikidata: str | None
    aka: tuple[str, ...] = ()  # aliases
    dem: tuple[str, ...] = ()  # demonyms (regular plurals in -n, -i, -er are added)
    cap: tuple[str, ...] = ()  # capitals / seats of government used as metonyms
    amb: tuple[str, ...] = ()  # forms that need care: see README
    status: str = "un-member"


def c(
    iso2: str,
    name: str,
    wikidata: str | None,
    *,
    aka: Iterable[str] = (),
    dem: Iterable[str] = (),
    cap: Iterable[str] = (),
    amb: Iterable[str] = (),
    status: str = "un-member",
) -> C:
    return C(
        iso2, name, wikidata, tuple(aka), tuple(dem), tuple(cap), tuple(amb), status
    )


# fmt: off
COUNTRIES: tuple[C, ...] = (
    c("AF", "Afghanistan", "Q889", dem=["Afghan"], cap=["Kabul"]),
    c("AL", "Albania", "Q222", dem=["Albanian"], cap=["Tirana"]),
    c("DZ", "Algeria", "Q262", dem=["Algerian"], cap=["Algiers"]),
    c("AD", "Andorra", "Q228", dem=["Andorran"], cap=["Andorra la Vella"]),
    c("AO", "Angola", "Q916", dem=["Angolan"], cap=["Luanda"]),
    c("AG", "Antigua and Barbuda", "Q781", aka=["Antigua"], dem=["Antiguan", "Barbudan"],
      cap=["St. John's", "St John's", "Saint John's"], amb=["St. John's", "St John's", "Saint John's"]),
    c("AR", "Argentina", "Q414", dem=["Argentine", "Argentines", "Argentinian"], cap=["Buenos Aires"]),
    c("AM", "Armenia", "Q399", dem=["Armenian"], cap=["Yerevan"]),
    c("AU", "Australia", "Q408", dem=["Australian"], cap=["Canberra"]),
    c("AT", "Austria", "Q40", dem=["Austrian"], cap=["Vienna"]),
    c("AZ", "Azerbaijan", "Q227", dem=["Azerbaijani", "Azeri"], cap=["Baku"]),
    c("BS", "Bahamas", "Q778", dem=["Bahamian"], cap=["Nassau"], amb=["Nassau"]),
    c("BH", "Bahrain", "Q398", dem=["Bahraini"], cap=["Manama"]),
    c("BD", "Bangladesh", "Q902", dem=["Bangladeshi"], cap=["Dhaka"]),
    c("BB", "Barbados", "Q244", dem=["Barbadian", "Bajan"], cap=["Bridgetown"]),
    c("BY", "Belarus", "Q184", dem=["Belarusian"], cap=["Minsk"]),
    # Brussels is left out on purpose: in news it stands for the EU (see organizations).
    c("BE", "Belgium", "Q31", dem=["Belgian"]),
    c("BZ", "Belize", "Q242", dem=["Belizean"], cap=["Belmopan"]),
    c("BJ", "Benin", "Q962", dem=["Beninese"], cap=["Porto-Novo", "Cotonou"]),
    c("BT", "Bhutan", "Q917", dem=["Bhutanese"], cap=["Thimphu"]),
    c("BO", "Bolivia", "Q750", dem=["Bolivian"], cap=["La Paz", "Sucre"], amb=["Sucre"]),
    c("BA", "Bosnia and Herzegovina", "Q225", aka=["Bosnia", "Bosnia-Herzegovina", "BiH"],
      dem=["Bosnian", "Herzegovinian"], cap=["Sarajevo"]),
    c("BW", "Botswana", "Q963", dem=["Motswana", "Batswana", "Botswanan"], cap=["Gaborone"]),
    c("BR", "Brazil", "Q155", dem=["Brazilian"], cap=["Brasília", "Brasilia"]),
    c("BN", "Brunei", "Q921", dem=["Bruneian"], cap=["Bandar Seri Begawan"]),
    c("BG", "Bulgaria", "Q219", dem=["Bulgarian"], cap=["Sofia"], amb=["Sofia"]),
    c("BF", "Burkina Faso", "Q965", dem=["Burkinabe", "Burkinabè"], cap=["Ouagadougou"]),
    c("BI", "Burundi", "Q967", dem=["Burundian"], cap=["Gitega", "Bujumbura"]),
    c("KH", "Cambodia", "Q424", dem=["Cambodian"], cap=["Phnom Penh"]),
    c("CM", "Cameroon", "Q1009", dem=["Cameroonian"], cap=["Yaoundé", "Yaounde"]),
    c("CA", "Canada", "Q16", dem=["Canadian"], cap=["Ottawa"]),
    c("CV", "Cape Verde", "Q1011", aka=["Cabo Verde"], dem=["Cape Verdean", "Cabo Verdean"], cap=["Praia"]),
    c("CF", "Central African Republic", "Q929", aka=["CAR"], dem=["Central African"], cap=["Bangui"]),
    c("TD", "Chad", "Q657", dem=["Chadian"], cap=["N'Djamena", "Ndjamena"]),
    c("CL", "Chile", "Q298", dem=["Chilean"], cap=["Santiago"], amb=["Santiago"]),
    c("CN", "China", "Q148", aka=["PRC", "People's Republic of China", "Mainland China"],
      dem=["Chinese"], cap=["Beijing"]),
    c("CO", "Colombia", "Q739", dem=["Colombian"], cap=["Bogotá", "Bogota"]),
    c("KM", "Comoros", "Q970", dem=["Comorian"], cap=["Moroni"]),
    # "Congo" and "Congolese" name either Congo: listed under both, they resolve to neither.
    c("CG", "Republic of the Congo", "Q971",
      aka=["Congo-Brazzaville", "Republic of Congo", "Congo Republic", "Congo"],
      dem=["Congolese"], cap=["Brazzaville"], amb=["Congo", "Congolese"]),
    c("CD", "Democratic Republic of the Congo", "Q974",
      aka=["Democratic Republic of Congo", "DR Congo", "D.R. Congo", "DRC", "Congo-Kinshasa", "Congo"],
      dem=["Congolese"], cap=["Kinshasa"], amb=["Congo", "Congolese"]),
    c("CR", "Costa Rica", "Q800", dem=["Costa Rican"], cap=["San José", "San Jose"], amb=["San José", "San Jose"]),
    c("CI", "Ivory Coast", "Q1008", aka=["Côte d'Ivoire", "Cote d'Ivoire"], dem=["Ivorian"],
      cap=["Yamoussoukro", "Abidjan"]),
    c("HR", "Croatia", "Q224", dem=["Croatian", "Croat", "Croats"], cap=["Zagreb"]),
    c("CU", "Cuba", "Q241", dem=["Cuban"], cap=["Havana"]),
    c("CY", "Cyprus", "Q229", dem=["Cypriot", "Cypriots"], cap=["Nicosia"]),
    c("CZ", "Czech Republic", "Q213", aka=["Czechia"], dem=["Czech", "Czechs"], cap=["Prague"]),
    c("DK", "Denmark", "Q35", dem=["Danish", "Dane", "Danes"], cap=["Copenhagen"]),
    c("DJ", "Djibouti", "Q977", dem=["Djiboutian"]),
    # "Dominican" is the demonym of both Dominica and the Dominican Republic.
    c("DM", "Dominica", "Q784", dem=["Dominican"], cap=["Roseau"], amb=["Dominican", "Dominicans"]),
    c("DO", "Dominican Republic", "Q786", dem=["Dominican"], cap=["Santo Domingo"], amb=["Dominican", "Dominicans"]),
    c("EC", "Ecuador", "Q736", dem=["Ecuadorian", "Ecuadorean"], cap=["Quito"]),
    c("EG", "Egypt", "Q79", dem=["Egyptian"], cap=["Cairo"]),
    c("SV", "El Salvador", "Q792", dem=["Salvadoran", "Salvadorean"], cap=["San Salvador"]),
    c("GQ", "Equatorial Guinea", "Q983", dem=["Equatorial Guinean", "Equatoguinean"], cap=["Malabo"]),
    c("ER", "Eritrea", "Q986", dem=["Eritrean"], cap=["Asmara"]),
    c("EE", "Estonia", "Q191", dem=["Estonian"], cap=["Tallinn"]),
    c("SZ", "Eswatini", "Q1050", aka=["Swaziland"], dem=["Swazi"], cap=["Mbabane", "Lobamba"]),
    c("ET", "Ethiopia", "Q115", dem=["Ethiopian"], cap=["Addis Ababa"]),
    c("FJ", "Fiji", "Q712", dem=["Fijian"], cap=["Suva"]),
    c("FI", "Finland", "Q33", dem=["Finnish", "Finn"], cap=["Helsinki"]),
    c("FR", "France", "Q142", dem=["French"], cap=["Paris"]),
    c("GA", "Gabon", "Q1000", dem=["Gabonese"], cap=["Libreville"]),
    c("GM", "Gambia", "Q1005", dem=["Gambian"], cap=["Banjul"]),
    # Georgia is also a US state, and "Georgian" an architectural style.
    c("GE", "Georgia", "Q230", dem=["Georgian"], cap=["Tbilisi"], amb=["Georgia", "Georgian", "Georgians"]),
    c("DE", "Germany", "Q183", dem=["German"], cap=["Berlin"]),
    c("GH", "Ghana", "Q117", dem=["Ghanaian"], cap=["Accra"]),
    c("GR", "Greece", "Q41", dem=["Greek", "Greeks"], cap=["Athens"]),
    c("GD", "Grenada", "Q769", dem=["Grenadian"], cap=["St. George's", "St George's", "Saint George's"],
      amb=["St. George's", "St George's", "Saint George's"]),
    c("GT", "Guatemala", "Q774", dem=["Guatemalan"], cap=["Guatemala City"]),
    c("GN", "Guinea", "Q1006", dem=["Guinean"], cap=["Conakry"]),
    c("GW", "Guinea-Bissau", "Q1007", dem=["Bissau-Guinean"], cap=["Bissau"]),
    c("GY", "Guyana", "Q734", dem=["Guyanese"], cap=["Georgetown"], amb=["Georgetown"]),
    c("HT", "Haiti", "Q790", dem=["Haitian"], cap=["Port-au-Prince"]),
    c("HN", "Honduras", "Q783", dem=["Honduran"], cap=["Tegucigalpa"]),
    c("HU", "Hungary", "Q28", dem=["Hungarian"], cap=["Budapest"]),
    c("IS", "Iceland", "Q189", dem=["Icelandic", "Icelander"], cap=["Reykjavik", "Reykjavík"]),
    c("IN", "India", "Q668", aka=["Bharat"], dem=["Indian"], cap=["New Delhi", "Delhi"]),
    c("ID", "Indonesia", "Q252", dem=["Indonesian"], cap=["Jakarta"]),
    c("IR", "Iran", "Q794", dem=["Iranian"], cap=["Tehran"]),
    c("IQ", "Iraq", "Q796", dem=["Iraqi"], cap=["Baghdad"]),
    c("IE", "Ireland", "Q27", aka=["Republic of Ireland", "Irish Republic"], dem=["Irish"], cap=["Dublin"]),
    # Jerusalem's status is contested; news uses it for the Israeli government.
    c("IL", "Israel", "Q801", dem=["Israeli"], cap=["Jerusalem"], amb=["Jerusalem"]),
    c("IT", "Italy", "Q38", dem=["Italian"], cap=["Rome"]),
    c("JM", "Jamaica", "Q766", dem=["Jamaican"], cap=["Kingston"], amb=["Kingston"]),
    c("JP", "Japan", "Q17", dem=["Japanese"], cap=["Tokyo"]),
    # Jordan is a common given name and surname in news.
    c("JO", "Jordan", "Q810", dem=["Jordanian"], cap=["Amman"], amb=["Jordan"]),
    c("KZ", "Kazakhstan", "Q232", dem=["Kazakh", "Kazakhs", "Kazakhstani"], cap=["Astana", "Nur-Sultan"]),
    c("KE", "Kenya", "Q114", dem=["Kenyan"], cap=["Nairobi"]),
    c("KI", "Kiribati", "Q710", dem=["I-Kiribati"], cap=["Tarawa", "South Tarawa"]),
    c("KW", "Kuwait", "Q817", dem=["Kuwaiti"], cap=["Kuwait City"]),
    c("KG", "Kyrgyzstan", "Q813", dem=["Kyrgyz", "Kyrgyzstani"], cap=["Bishkek"]),
    c("LA", "Laos", "Q819", aka=["Lao PDR"], dem=["Laotian", "Lao"], cap=["Vientiane"]),
    c("LV", "Latvia", "Q211", dem=["Latvian"], cap=["Riga"]),
    c("LB", "Lebanon", "Q822", dem=["Lebanese"], cap=["Beirut"]),
    c("LS", "Lesotho", "Q1013", dem=["Basotho", "Mosotho"], cap=["Maseru"]),
    c("LR", "Liberia", "Q1014", dem=["Liberian"], cap=["Monrovia"]),
    # Tripoli is also Lebanon's second city.
    c("LY", "Libya", "Q1016", dem=["Libyan"], cap=["Tripoli"], amb=["Tripoli"]),
    c("LI", "Liechtenstein", "Q347", dem=["Liechtensteiner"], cap=["Vaduz"]),
    c("LT", "Lithuania", "Q37", dem=["Lithuanian"], cap=["Vilnius"]),
    c("LU", "Luxembourg", "Q32", dem=["Luxembourger", "Luxembourgish"]),
    c("MG", "Madagascar", "Q1019", dem=["Malagasy"], cap=["Antananarivo"]),
    c("MW", "Malawi", "Q1020", dem=["Malawian"], cap=["Lilongwe"]),
    c("MY", "Malaysia", "Q833", dem=["Malaysian"], cap=["Kuala Lumpur", "Putrajaya"]),
    # "Male" is an English word: only "Male", capitalised, and only on request in patterns.
    c("MV", "Maldives", "Q826", dem=["Maldivian"], cap=["Malé", "Male"], amb=["Male"]),
    c("ML", "Mali", "Q912", dem=["Malian"], cap=["Bamako"]),
    c("MT", "Malta", "Q233", dem=["Maltese"], cap=["Valletta"]),
    c("MH", "Marshall Islands", "Q709", dem=["Marshallese"], cap=["Majuro"]),
    c("MR", "Mauritania", "Q1025", dem=["Mauritanian"], cap=["Nouakchott"]),
    c("MU", "Mauritius", "Q1027", dem=["Mauritian"], cap=["Port Louis"]),
    c("MX", "Mexico", "Q96", dem=["Mexican"], cap=["Mexico City"]),
    # Micronesia is also the Pacific region the federation is named after.
    c("FM", "Micronesia", "Q702", dem=["Micronesian"], cap=["Palikir"],
      amb=["Micronesia", "Micronesian", "Micronesians"]),
    c("MD", "Moldova", "Q217", dem=["Moldovan"], cap=["Chișinău", "Chisinau"]),
    c("MC", "Monaco", "Q235", dem=["Monegasque", "Monégasque"]),
    c("MN", "Mongolia", "Q711", dem=["Mongolian"], cap=["Ulaanbaatar", "Ulan Bator"]),
    c("ME", "Montenegro", "Q236", dem=["Montenegrin"], cap=["Podgorica"]),
    c("MA", "Morocco", "Q1028", dem=["Moroccan"], cap=["Rabat"]),
    c("MZ", "Mozambique", "Q1029", dem=["Mozambican"], cap=["Maputo"]),
    c("MM", "Myanmar", "Q836", aka=["Burma"], dem=["Burmese"], cap=["Naypyidaw", "Naypyitaw", "Nay Pyi Taw"]),
    c("NA", "Namibia", "Q1030", dem=["Namibian"], cap=["Windhoek"]),
    c("NR", "Nauru", "Q697", dem=["Nauruan"], cap=["Yaren"]),
    c("NP", "Nepal", "Q837", dem=["Nepali", "Nepalese"], cap=["Kathmandu"]),
    # The Hague is the seat of government, and of the ICC and the ICJ.
    c("NL", "Netherlands", "Q55", aka=["Holland"], dem=["Dutch"], cap=["Amsterdam", "The Hague"], amb=["The Hague"]),
    c("NZ", "New Zealand", "Q664", aka=["NZ"], dem=["New Zealander"], cap=["Wellington"]),
    c("NI", "Nicaragua", "Q811", dem=["Nicaraguan"], cap=["Managua"]),
    c("NE", "Niger", "Q1032", dem=["Nigerien"], cap=["Niamey"]),
    c("NG", "Nigeria", "Q1033", dem=["Nigerian"], cap=["Abuja"]),
    # "Korean" is either Korea's (and the language): listed under both, it resolves to neither.
    c("KP", "North Korea", "Q423", aka=["DPRK", "N. Korea", "N.Korea"], dem=["North Korean", "N. Korean", "Korean"], cap=["Pyongyang"],
      amb=["Korean", "Koreans"]),
    # Macedonia is also the Greek region.
    c("MK", "North Macedonia", "Q221", aka=["Macedonia"], dem=["North Macedonian", "Macedonian"], cap=["Skopje"],
      amb=["Macedonia", "Macedonian", "Macedonians"]),
    c("NO", "Norway", "Q20", dem=["Norwegian"], cap=["Oslo"]),
    c("OM", "Oman", "Q842", dem=["Omani"], cap=["Muscat"]),
    c("PK", "Pakistan", "Q843", dem=["Pakistani"], cap=["Islamabad"]),
    c("PW", "Palau", "Q695", dem=["Palauan"], cap=["Ngerulmud"]),
    c("PA", "Panama", "Q804", dem=["Panamanian"], cap=["Panama City"], amb=["Panama City"]),
    c("PG", "Papua New Guinea", "Q691", aka=["PNG"], dem=["Papua New Guinean"], cap=["Port Moresby"]),
    c("PY", "Paraguay", "Q733", dem=["Paraguayan"], cap=["Asunción", "Asuncion"]),
    c("PE", "Peru", "Q419", dem=["Peruvian"], cap=["Lima"]),
    c("PH", "Philippines", "Q928", dem=["Filipino", "Filipinos", "Filipina", "Philippine"], cap=["Manila"]),
    c("PL", "Poland", "Q36", dem=["Polish", "Pole", "Poles"], cap=["Warsaw"], amb=["Pole", "Poles"]),
    c("PT", "Portugal", "Q45", dem=["Portuguese"], cap=["Lisbon"]),
    c("QA", "Qatar", "Q846", dem=["Qatari"], cap=["Doha"]),
    c("RO", "Romania", "Q218", dem=["Romanian"], cap=["Bucharest"]),
    c("RU", "Russia", "Q159", dem=["Russian"], cap=["Moscow"]),
    c("RW", "Rwanda", "Q1037", dem=["Rwandan"], cap=["Kigali"]),
    c("KN", "Saint Kitts and Nevis", "Q763",
      aka=["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts", "St Kitts", "St. Kitts"],
      dem=["Kittitian", "Nevisian"], cap=["Basseterre"]),
    c("LC", "Saint Lucia", "Q760", aka=["St Lucia", "St. Lucia"], dem=["Saint Lucian", "St Lucian"], cap=["Castries"]),
    c("VC", "Saint Vincent and the Grenadines", "Q757",
      aka=["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent", "St Vincent",
           "St. Vincent"],
      dem=["Vincentian"], cap=["Kingstown"]),
    c("WS", "Samoa", "Q683", dem=["Samoan"], cap=["Apia"]),
    c("SM", "San Marino", "Q238", dem=["Sammarinese"]),
    c("ST", "São Tomé and Príncipe", "Q1039", aka=["Sao Tome and Principe"], dem=["Santomean"],
      cap=["São Tomé", "Sao Tome"]),
    c("SA", "Saudi Arabia", "Q851", aka=["KSA"], dem=["Saudi", "Saudi Arabian"], cap=["Riyadh"]),
    c("SN", "Senegal", "Q1041", dem=["Senegalese"], cap=["Dakar"]),
    c("RS", "Serbia", "Q403", dem=["Serbian", "Serb", "Serbs"], cap=["Belgrade"]),
    c("SC", "Seychelles", "Q1042", dem=["Seychellois"], cap=["Victoria"], amb=["Victoria"]),
    c("SL", "Sierra Leone", "Q1044", dem=["Sierra Leonean"], cap=["Freetown"]),
    c("SG", "Singapore", "Q334", dem=["Singaporean"]),
    c("SK", "Slovakia", "Q214", dem=["Slovak", "Slovaks", "Slovakian"], cap=["Bratislava"]),
    c("SI", "Slovenia", "Q215", dem=["Slovenian", "Slovene", "Slovenes"], cap=["Ljubljana"]),
    c("SB", "Solomon Islands", "Q685", aka=["Solomons"], dem=["Solomon Islander"], cap=["Honiara"]),
    c("SO", "Somalia", "Q1045", dem=["Somali", "Somalian"], cap=["Mogadishu"]),
    c("ZA", "South Africa", "Q258", dem=["South African"], cap=["Pretoria"]),
    # Unqualified "Korea" in current news is the Republic of Korea (its own English short name).
    c("KR", "South Korea", "Q884", aka=["Korea", "Republic of Korea", "ROK", "S. Korea", "S.Korea", "Korea RP", "Korea Republic"], dem=["South Korean", "S. Korean", "Korean"],
      cap=["Seoul"], amb=["Korean", "Koreans"]),
    c("SS", "South Sudan", "Q958", dem=["South Sudanese"], cap=["Juba"]),
    c("ES", "Spain", "Q29", dem=["Spanish", "Spaniard", "Spaniards"], cap=["Madrid"]),
    c("LK", "Sri Lanka", "Q854", dem=["Sri Lankan"], cap=["Colombo", "Sri Jayawardenepura Kotte"]),
    # Port Sudan has been the army-led government's seat since 2023.
    c("SD", "Sudan", "Q1049", dem=["Sudanese"], cap=["Khartoum", "Port Sudan"]),
    c("SR", "Suriname", "Q730", dem=["Surinamese"], cap=["Paramaribo"]),
    c("SE", "Sweden", "Q34", dem=["Swedish", "Swede", "Swedes"], cap=["Stockholm"]),
    c("CH", "Switzerland", "Q39", dem=["Swiss"], cap=["Bern", "Berne"]),
    c("SY", "Syria", "Q858", dem=["Syrian"], cap=["Damascus"]),
    c("TJ", "Tajikistan", "Q863", dem=["Tajik", "Tajiks", "Tajikistani"], cap=["Dushanbe"]),
    c("TZ", "Tanzania", "Q924", dem=["Tanzanian"], cap=["Dodoma", "Dar es Salaam"]),
    c("TH", "Thailand", "Q869", dem=["Thai"], cap=["Bangkok"]),
    c("TL", "East Timor", "Q574", aka=["Timor-Leste"], dem=["Timorese", "East Timorese"], cap=["Dili"]),
    c("TG", "Togo", "Q945", dem=["Togolese"], cap=["Lomé", "Lome"]),
    c("TO", "Tonga", "Q678", dem=["Tongan"], cap=["Nuku'alofa"]),
    c("TT", "Trinidad and Tobago", "Q754", aka=["Trinidad"], dem=["Trinidadian", "Tobagonian"],
      cap=["Port of Spain"]),
    c("TN", "Tunisia", "Q948", dem=["Tunisian"], cap=["Tunis"]),
    c("TR", "Turkey", "Q43", aka=["Türkiye", "Turkiye"], dem=["Turkish", "Turk", "Turks"], cap=["Ankara"]),
    c("TM", "Turkmenistan", "Q874", dem=["Turkmen"], cap=["Ashgabat"]),
    c("TV", "Tuvalu", "Q672", dem=["Tuvaluan"], cap=["Funafuti"]),
    c("UG", "Uganda", "Q1036", dem=["Ugandan"], cap=["Kampala"]),
    c("UA", "Ukraine", "Q212", dem=["Ukrainian"], cap=["Kyiv", "Kiev"]),
    # Emirates is also the airline.
    c("AE", "United Arab Emirates", "Q878", aka=["UAE", "U.A.E.", "Emirates"], dem=["Emirati"], cap=["Abu Dhabi"],
      amb=["Emirates"]),
    c("GB", "United Kingdom", "Q145", aka=["UK", "U.K.", "Britain", "Great Britain"],
      dem=["British", "Briton", "Brit", "Brits"], cap=["London"]),
    c("US", "United States", "Q30", aka=["US", "U.S.", "USA", "U.S.A.", "America"], dem=["American"],
      cap=["Washington", "Washington, D.C.", "Washington D.C."]),
    c("UY", "Uruguay", "Q77", dem=["Uruguayan"], cap=["Montevideo"]),
    c("UZ", "Uzbekistan", "Q265", dem=["Uzbek", "Uzbeks", "Uzbekistani"], cap=["Tashkent"]),
    c("VU", "Vanuatu", "Q686", dem=["Ni-Vanuatu"], cap=["Port Vila"]),
    c("VE", "Venezuela", "Q717", dem=["Venezuelan"], cap=["Caracas"]),
    c("VN", "Vietnam", "Q881", aka=["Socialist Republic of Vietnam", "Việt Nam"], dem=["Vietnamese"],
      cap=["Hanoi", "Hà Nội"]),
    c("YE", "Yemen", "Q805", dem=["Yemeni"], cap=["Sanaa", "Sana'a"]),
    c("ZM", "Zambia", "Q953", dem=["Zambian"], cap=["Lusaka"]),
    c("ZW", "Zimbabwe", "Q954", dem=["Zimbabwean"], cap=["Harare"]),
    # UN observer states
    c("VA", "Vatican City", "Q237", aka=["Vatican", "Holy See"], status="un-observer"),
    c("PS", "Palestine", "Q219060", aka=["Palestinian territories"], dem=["Palestinian"], cap=["Ramallah"],
      status="un-observer"),
    # States with limited recognition
    c("TW", "Taiwan", "Q865", aka=["Republic of China", "ROC", "Chinese Taipei"], dem=["Taiwanese"],
      cap=["Taipei"], status="limited-recognition"),
    c("XK", "Kosovo", "Q1246", aka=["Republic of Kosovo"], dem=["Kosovar", "Kosovan"], cap=["Pristina", "Prishtina"],
      status="limited-recognition"),
    # Territories often reported as actors of their own
    c("HK", "Hong Kong", "Q8646", aka=["Hong Kong SAR", "HKSAR"], dem=["Hong Konger", "Hongkonger"],
      status="territory"),
    c("MO", "Macau", "Q14773", aka=["Macao SAR"], dem=["Macanese"], status="territory"),
    c("GL", "Greenland", "Q223", dem=["Greenlandic", "Greenlander"], cap=["Nuuk"], status="territory"),
    c("PR", "Puerto Rico", "Q1183", dem=["Puerto Rican"], cap=["San Juan"], amb=["San Juan"], status="territory"),
    # States in free association with New Zealand, with their own foreign ministers and treaties
    c("CK", "Cook Islands", "Q26988", dem=["Cook Islander", "Cook Islands Maori"], cap=["Avarua"], status="territory"),
    c("NU", "Niue", "Q34020", dem=["Niuean"], cap=["Alofi"], status="territory"),
)
# fmt: on


class OrgRow(NamedTuple):
    """One hand-curated organization row."""

    name: str
    wikidata: str | None
    kind: str
    aka: tuple[str, ...] = ()
    seat: str | None = None
    amb: tuple[str, ...] = ()


def o(
    name: str,
    wikidata: str | None,
    kind: str,
    *,
    aka: Iterable[str] = (),
    seat: str | None = None,
    amb: Iterable[str] = (),
) -> OrgRow:
    return OrgRow(name, wikidata, kind, tuple(aka), seat, tuple(amb))


# fmt: off
ORGANIZATIONS: tuple[OrgRow, ...] = (
    # "Brussels" as a metonym is not an alias: it is also Belgium's capital and NATO's seat.
    o("European Union", "Q458", "bloc", aka=["EU", "E.U."], seat="Brussels"),
    o("European Commission", "Q8880", "organ", aka=["EU Commission", "E.U. Commission"], seat="Brussels"),
    o("European Council", "Q8886", "organ", seat="Brussels"),
    o("Council of the European Union", "Q8896", "organ", aka=["Council of the EU"], seat="Brussels"),
    o("European Parliament", "Q8889", "organ", aka=["EU Parliament", "Europarl"], seat="Strasbourg"),
    o("European Central Bank", "Q8901", "financial", aka=["ECB"], seat="Frankfurt"),
    o("United Nations", "Q1065", "intergovernmental", aka=["UN", "U.N."], seat="New York"),
    o("UN General Assembly", "Q47423", "organ",
      aka=["United Nations General Assembly", "U.N. General Assembly", "UNGA", "General Assembly"],
      seat="New York", amb=["General Assembly"]),
    o("UN Security Council", "Q37470", "organ",
      aka=["United Nations Security Council", "U.N. Security Council", "UNSC", "Security Council"],
      seat="New York", amb=["Security Council"]),
    o("UNESCO", "Q7809", "agency", aka=["Unesco"], seat="Paris"),
    o("UNICEF", "Q740308", "agency", aka=["Unicef", "United Nations Children's Fund"], seat="New York"),
    o("UNHCR", "Q132551", "agency",
      aka=["UN refugee agency", "U.N. refugee agency", "United Nations High Commissioner for Refugees"],
      seat="Geneva"),
    o("World Health Organization", "Q7817", "agency", aka=["WHO", "World Health Organisation"], seat="Geneva"),
    o("International Atomic Energy Agency", "Q41984", "agency", aka=["IAEA"], seat="Vienna"),
    o("World Trade Organization", "Q7825", "intergovernmental", aka=["WTO", "World Trade Organisation"],
      seat="Geneva"),
    o("International Monetary Fund", "Q7804", "financial", aka=["IMF"], seat="Washington"),
    o("World Bank", "Q7164", "financial", seat="Washington"),
    o("International Court of Justice", "Q7801", "court", aka=["ICJ", "World Court"], seat="The Hague"),
    # ICC is also the International Cricket Council and the International Chamber of Commerce.
    o("International Criminal Court", "Q47488", "court", aka=["ICC"], seat="The Hague", amb=["ICC"]),
    o("Interpol", "Q8475", "agency", aka=["INTERPOL", "International Criminal Police Organization"], seat="Lyon"),
    # -- trade authorities that news names by an acronym alone (the entity's label is the name
    # here, so a body a text spells out is left to the model: its label stays the text's)
    o("MOFCOM", None, "agency", aka=["Mofcom"], seat="Beijing"),
    o("NATO", "Q7184", "alliance",
      aka=["Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"], seat="Brussels"),
    o("OECD", "Q41550", "intergovernmental",
      aka=["Organisation for Economic Co-operation and Development",
           "Organization for Economic Cooperation and Development",
           "Organisation for Economic Cooperation and Development"], seat="Paris"),
    o("OSCE", "Q81299", "intergovernmental",
      aka=["Organization for Security and Co-operation in Europe",
           "Organization for Security and Cooperation in Europe"], seat="Vienna"),
    o("Council of Europe", "Q8908", "intergovernmental", seat="Strasbourg"),
    o("OPEC", "Q7795", "intergovernmental",
      aka=["Opec", "Organization of the Petroleum Exporting Countries",
           "Organisation of the Petroleum Exporting Countries"], seat="Vienna"),
    o("G7", "Q1764511", "forum", aka=["G-7", "Group of Seven"]),
    o("G20", "Q19771", "forum", aka=["G-20", "Group of Twenty", "Group of 20"]),
    o("BRICS", "Q243630", "forum", aka=["Brics"]),
    o("APEC", "Q170481", "forum", aka=["Apec", "Asia-Pacific Economic Cooperation"], seat="Singapore"),
    # No Wikidata id we could confirm offline: keyed by slug.
    o("Quad", None, "forum", aka=["Quadrilateral Security Dialogue"], amb=["Quad"]),
    o("Shanghai Cooperation Organisation", "Q485207", "bloc",
      aka=["SCO", "Shanghai Cooperation Organization"], seat="Beijing"),
    o("ASEAN", "Q7768", "bloc",
      aka=["Asean", "Association of Southeast Asian Nations", "Association of South East Asian Nations"],
      seat="Jakarta"),
    # AU is also gold's symbol and a short form of Australia.
    o("African Union", "Q7159", "bloc", aka=["AU"], seat="Addis Ababa", amb=["AU"]),
    o("ECOWAS", "Q193272", "bloc", aka=["Ecowas", "Economic Community of West African States"], seat="Abuja"),
    o("Arab League", "Q7172", "bloc", aka=["League of Arab States"], seat="Cairo"),
    o("Gulf Cooperation Council", "Q217172", "bloc",
      aka=["GCC", "Cooperation Council for the Arab States of the Gulf"], seat="Riyadh"),
    o("Organisation of Islamic Cooperation", "Q47543", "intergovernmental",
      aka=["OIC", "Organization of Islamic Cooperation"], seat="Jeddah"),
    o("Mercosur", "Q4264", "bloc", aka=["MERCOSUR", "Mercosul", "Southern Common Market"], seat="Montevideo"),
    o("Organization of American States", "Q123759", "intergovernmental", aka=["OAS"], seat="Washington"),
    o("CARICOM", "Q205995", "bloc", aka=["Caricom", "Caribbean Community"], seat="Georgetown"),
    # "Commonwealth" alone also names US states (Virginia, Kentucky…) and Puerto Rico.
    o("Commonwealth of Nations", "Q7785", "intergovernmental", aka=["Commonwealth"], seat="London",
      amb=["Commonwealth"]),
    # Armed and political movements that news names as actors, which the model tags as a
    # person or a place as often as an organization ("A met Hamas"). No Wikidata id (none we
    # could confirm offline); "IS", "RSF" and a bare "Wagner" (a surname) are left out.
    o("Hamas", None, "movement", aka=["HAMAS"], seat="Gaza"),
    o("Hezbollah", None, "movement", aka=["Hizbollah", "Hizballah"], seat="Beirut"),
    o("Fatah", None, "movement", seat="Ramallah"),
    o("Taliban", None, "movement", seat="Kandahar"),
    o("Houthis", None, "movement", aka=["Ansar Allah"], seat="Sanaa"),
    o("Al-Shabaab", None, "movement", aka=["al-Shabaab", "Al Shabaab", "al Shabaab"]),
    o("Islamic State", None, "movement", aka=["ISIS", "ISIL", "Daesh"]),
    o("PKK", None, "movement", aka=["Kurdistan Workers' Party"]),
    o("Boko Haram", None, "movement"),
    o("M23", None, "movement", aka=["March 23 Movement"]),
    o("Polisario Front", None, "movement", aka=["Polisario"]),
    o("Muslim Brotherhood", None, "movement"),
    o("Wagner Group", None, "movement", aka=["PMC Wagner"]),
)
# fmt: on


def co(
    name: str,
    seat: str | None,
    *,
    aka: Iterable[str] = (),
    amb: Iterable[str] = (),
) -> OrgRow:
    """A company: no Wikidata id (none we could confirm offline), keyed by the slug of its name."""
    return o(name, None, "company", aka=aka, seat=seat, amb=amb)


# Companies that sign international deals, each under the name news uses most. Every form
# of a company is matched only in the case written (see ``_org_record``). Left out: a bare
# group name that several companies share ("Samsung", "Hyundai", "Mitsubishi", "Hanwha",
# "GE", "Volvo"), a form that is also another organization ("IOC", "MSC"), since a look-up
# would give the company for it, and former names ("Statoil", "Qatar Petroleum"): an
# article that uses one is about the company as it was, and should keep its name.
# fmt: off
COMPANIES: tuple[OrgRow, ...] = (
    # -- oil and gas: national companies
    co("Saudi Aramco", "Dhahran", aka=["Aramco", "Saudi Arabian Oil Company", "Saudi Arabian Oil Co"]),
    co("ADNOC", "Abu Dhabi", aka=["Adnoc", "Abu Dhabi National Oil Company", "Abu Dhabi National Oil Co"]),
    co("QatarEnergy", "Doha"),
    co("Kuwait Petroleum Corporation", "Kuwait City", aka=["KPC", "Kuwait Petroleum Corp"]),
    co("Petronas", "Kuala Lumpur", aka=["PETRONAS", "Petroliam Nasional Berhad", "Petroliam Nasional"]),
    co("Pertamina", "Jakarta", aka=["PT Pertamina"]),
    co("Petrobras", "Rio de Janeiro", aka=["Petróleo Brasileiro", "Petroleo Brasileiro"]),
    co("Pemex", "Mexico City", aka=["PEMEX", "Petróleos Mexicanos", "Petroleos Mexicanos"]),
    co("Sinopec", "Beijing",
       aka=["Sinopec Group", "China Petroleum & Chemical Corporation", "China Petroleum and Chemical Corporation",
            "China Petrochemical Corporation"]),
    co("CNPC", "Beijing", aka=["China National Petroleum Corporation", "China National Petroleum Corp"]),
    co("CNOOC", "Beijing", aka=["China National Offshore Oil Corporation", "China National Offshore Oil Corp"]),
    co("Gazprom", "Saint Petersburg"),
    co("Rosneft", "Moscow"),
    co("Lukoil", "Moscow", aka=["LUKOIL"]),
    co("Novatek", "Moscow", aka=["NOVATEK"]),
    co("Equinor", "Stavanger", aka=["Equinor ASA"]),
    co("SOCAR", "Baku",
       aka=["Socar", "State Oil Company of Azerbaijan Republic", "State Oil Company of the Azerbaijan Republic"]),
    co("KazMunayGas", "Astana", aka=["KMG", "KazMunaiGas"]),
    co("Sonatrach", "Algiers"),
    co("NNPC", "Abuja",
       aka=["NNPC Limited", "NNPC Ltd", "Nigerian National Petroleum Corporation",
            "Nigerian National Petroleum Company"]),
    co("Ecopetrol", "Bogotá"),
    co("ONGC", "New Delhi", aka=["Oil and Natural Gas Corporation", "Oil and Natural Gas Corp"]),
    # "IOC" is left out: it is also the International Olympic Committee, which the model tags ORG too.
    co("Indian Oil Corporation", "New Delhi", aka=["IndianOil", "Indian Oil Corp", "IOCL"]),
    co("PDVSA", "Caracas", aka=["Petróleos de Venezuela", "Petroleos de Venezuela"]),
    co("National Iranian Oil Company", "Tehran", aka=["NIOC"]),
    co("BOTAS", "Ankara", aka=["BOTAŞ", "Botas", "Botaş"]),
    # -- oil and gas: majors and others
    co("ExxonMobil", "Spring", aka=["Exxon Mobil", "Exxon", "Exxon Mobil Corporation", "Exxon Mobil Corp"]),
    # "chevron" is a word (and the US "Chevron doctrine").
    co("Chevron", "Houston", aka=["Chevron Corporation", "Chevron Corp"], amb=["Chevron"]),
    co("Shell", "London", aka=["Shell plc"], amb=["Shell"]),
    co("BP", "London", aka=["BP plc"]),
    # "Total" alone is left out: a common word, and the company's name since 2021 is TotalEnergies.
    co("TotalEnergies", None, aka=["TotalEnergies SE"]),
    co("ConocoPhillips", "Houston"),
    # Eni is no English word and no name news uses for anything else.
    co("Eni", "Rome", aka=["ENI"]),
    co("Repsol", "Madrid"),
    co("Woodside Energy", "Perth", aka=["Woodside"], amb=["Woodside"]),
    co("JERA", "Tokyo"),
    co("Cheniere Energy", "Houston", aka=["Cheniere"]),
    co("Venture Global", "Arlington"),
    # -- power and nuclear
    co("Rosatom", "Moscow", aka=["State Atomic Energy Corporation Rosatom"]),
    # EDF is also the Environmental Defense Fund, a US campaign group.
    co("EDF", "Paris", aka=["Électricité de France", "Electricite de France"], amb=["EDF"]),
    co("KEPCO", "Naju", aka=["Kepco", "Korea Electric Power Corporation", "Korea Electric Power Corp"]),
    co("Korea Hydro & Nuclear Power", "Gyeongju", aka=["KHNP", "Korea Hydro and Nuclear Power"]),
    co("Westinghouse Electric Company", "Cranberry Township", aka=["Westinghouse"]),
    co("China General Nuclear Power Group", "Shenzhen", aka=["CGN", "China General Nuclear"]),
    co("China National Nuclear Corporation", "Beijing", aka=["CNNC"]),
    co("Orano", None),
    co("State Grid Corporation of China", "Beijing", aka=["State Grid"]),
    co("Masdar", "Abu Dhabi", aka=["Abu Dhabi Future Energy Company"]),
    co("ACWA Power", "Riyadh"),
    co("Siemens Energy", "Munich"),
    co("GE Vernova", "Cambridge"),
    # -- defence and aerospace
    co("Lockheed Martin", "Bethesda"),
    # RTX is also a line of Nvidia graphics cards. Raytheon is one of its businesses.
    co("RTX", "Arlington", aka=["RTX Corporation"], amb=["RTX"]),
    co("Northrop Grumman", "Falls Church"),
    co("General Dynamics", "Reston"),
    co("Boeing", "Arlington", aka=["Boeing Company"]),
    co("GE Aerospace", "Evendale"),
    co("BAE Systems", "London", aka=["BAE"]),
    co("Airbus", None, aka=["Airbus SE"]),
    co("Thales", None, aka=["Thales Group"]),
    co("Safran", "Paris"),
    # Dassault Systèmes is the other Dassault.
    co("Dassault Aviation", "Saint-Cloud", aka=["Dassault"], amb=["Dassault"]),
    co("MBDA", None),
    co("KNDS", None),
    co("Rheinmetall", "Düsseldorf"),
    co("Leonardo", "Rome", aka=["Leonardo SpA", "Leonardo S.p.A."], amb=["Leonardo"]),
    co("Saab", "Stockholm", aka=["Saab AB"]),
    co("Kongsberg", "Kongsberg", aka=["Kongsberg Gruppen"], amb=["Kongsberg"]),
    co("Elbit Systems", "Haifa", aka=["Elbit"]),
    co("Israel Aerospace Industries", "Lod", aka=["IAI"]),
    co("Rafael Advanced Defense Systems", "Haifa", aka=["Rafael"], amb=["Rafael"]),
    co("Hanwha Aerospace", None),
    co("Hyundai Rotem", None),
    co("Korea Aerospace Industries", "Sacheon", aka=["KAI"]),
    co("Mitsubishi Heavy Industries", "Tokyo", aka=["MHI"]),
    co("Hindustan Aeronautics Limited", "Bengaluru", aka=["HAL", "Hindustan Aeronautics", "Hindustan Aeronautics Ltd"]),
    co("Embraer", "São José dos Campos"),
    co("Rostec", "Moscow"),
    co("Baykar", "Istanbul"),
    co("Aselsan", "Ankara", aka=["ASELSAN"]),
    co("Turkish Aerospace", "Ankara", aka=["TUSAŞ", "TUSAS"]),
    co("Norinco", "Beijing",
       aka=["NORINCO", "China North Industries Group", "China North Industries Corporation"]),
    co("AVIC", "Beijing", aka=["Aviation Industry Corporation of China"]),
    co("COMAC", "Shanghai", aka=["Commercial Aircraft Corporation of China"]),
    co("EDGE Group", "Abu Dhabi", aka=["EDGE"]),
    # -- shipbuilders
    co("Naval Group", "Paris"),
    co("ThyssenKrupp Marine Systems", "Kiel", aka=["TKMS", "thyssenkrupp Marine Systems"]),
    co("Fincantieri", "Trieste"),
    co("HD Hyundai Heavy Industries", "Ulsan"),
    co("Samsung Heavy Industries", None),
    co("Hanwha Ocean", "Geoje"),
    co("China State Shipbuilding Corporation", "Shanghai", aka=["CSSC"]),
    co("Mazagon Dock Shipbuilders", "Mumbai", aka=["Mazagon Dock"]),
    co("Damen Shipyards", "Gorinchem", aka=["Damen", "Damen Shipyards Group"]),
    # -- automakers
    co("Toyota", "Toyota", aka=["Toyota Motor", "Toyota Motor Corporation", "Toyota Motor Corp"]),
    co("Volkswagen", "Wolfsburg", aka=["Volkswagen Group", "Volkswagen AG", "VW"]),
    co("Stellantis", None),
    co("BMW", "Munich", aka=["BMW Group", "Bayerische Motoren Werke"]),
    co("Mercedes-Benz", "Stuttgart", aka=["Mercedes-Benz Group", "Mercedes"], amb=["Mercedes"]),
    # "GM" is also genetically modified (GM crops).
    co("General Motors", "Detroit", aka=["GM"], amb=["GM"]),
    co("Ford", "Dearborn", aka=["Ford Motor", "Ford Motor Company", "Ford Motor Co"], amb=["Ford"]),
    co("Tesla", "Austin", aka=["Tesla Inc"]),
    co("Honda", "Tokyo", aka=["Honda Motor", "Honda Motor Co"], amb=["Honda"]),
    co("Nissan", "Yokohama", aka=["Nissan Motor"]),
    co("Hyundai Motor Company", "Seoul", aka=["Hyundai Motor", "Hyundai Motors"]),
    co("Kia", "Seoul", aka=["Kia Corporation"]),
    co("Renault", "Boulogne-Billancourt", aka=["Renault Group", "Groupe Renault"]),
    # "Volvo" alone is also the truck maker (AB Volvo): left out.
    co("Volvo Cars", "Gothenburg"),
    co("Jaguar Land Rover", "Coventry", aka=["JLR"]),
    co("BYD", "Shenzhen", aka=["BYD Company", "BYD Auto"]),
    co("Geely", "Hangzhou", aka=["Zhejiang Geely Holding Group", "Geely Holding", "Geely Auto"]),
    # "SAIC" is left out: it is also Science Applications International, a US defence contractor.
    co("SAIC Motor", "Shanghai"),
    # -- batteries
    co("Panasonic", "Osaka"),
    co("CATL", "Ningde", aka=["Contemporary Amperex Technology", "Contemporary Amperex Technology Co"]),
    co("LG Energy Solution", "Seoul", aka=["LGES"]),
    co("Samsung SDI", "Yongin"),
    co("SK On", "Seoul"),
    co("Northvolt", "Stockholm"),
    co("Gotion High-Tech", "Hefei", aka=["Gotion"]),
    # -- mining and metals
    co("BHP", "Melbourne", aka=["BHP Group"]),
    co("Rio Tinto", "London"),
    co("Vale", "Rio de Janeiro", aka=["Vale SA", "Vale S.A."], amb=["Vale"]),
    co("Glencore", "Baar"),
    # "Anglo-American" is also the adjective of Britain and America together.
    co("Anglo American", "London", aka=["Anglo American plc"], amb=["Anglo American"]),
    co("Freeport-McMoRan", "Phoenix", aka=["Freeport"], amb=["Freeport"]),
    co("Codelco", "Santiago"),
    co("CMOC", "Luoyang", aka=["CMOC Group"]),
    co("Barrick", "Toronto", aka=["Barrick Gold", "Barrick Mining"]),
    co("SQM", "Santiago", aka=["Sociedad Química y Minera", "Sociedad Quimica y Minera"]),
    co("Ma'aden", "Riyadh", aka=["Maaden", "Saudi Arabian Mining Company"]),
    co("Gecamines", "Lubumbashi", aka=["Gécamines"]),
    co("Nornickel", "Moscow", aka=["Norilsk Nickel"]),
    co("ArcelorMittal", "Luxembourg"),
    co("POSCO", "Pohang", aka=["POSCO Holdings"]),
    co("Nippon Steel", "Tokyo"),
    co("MP Materials", "Las Vegas"),
    co("OCP Group", "Casablanca", aka=["OCP", "Office Chérifien des Phosphates"]),
    # -- technology and telecommunications
    co("Apple", "Cupertino", aka=["Apple Inc."], amb=["Apple"]),
    co("Microsoft", "Redmond"),
    co("Alphabet", "Mountain View", aka=["Alphabet Inc."], amb=["Alphabet"]),
    co("Google", "Mountain View"),
    co("Amazon", "Seattle", aka=["Amazon.com"], amb=["Amazon"]),
    co("Meta", "Menlo Park", aka=["Meta Platforms"], amb=["Meta"]),
    co("Nvidia", "Santa Clara", aka=["NVIDIA"]),
    co("Intel", "Santa Clara"),
    co("AMD", "Santa Clara", aka=["Advanced Micro Devices"]),
    co("Qualcomm", "San Diego"),
    co("Micron", "Boise", aka=["Micron Technology"], amb=["Micron"]),
    co("Oracle", None, aka=["Oracle Corporation"], amb=["Oracle"]),
    co("OpenAI", "San Francisco"),
    co("TSMC", "Hsinchu",
       aka=["Taiwan Semiconductor Manufacturing Company", "Taiwan Semiconductor Manufacturing Co",
            "Taiwan Semiconductor"]),
    co("Samsung Electronics", "Suwon"),
    co("SK Hynix", "Icheon", aka=["SK hynix"]),
    co("ASML", "Veldhoven"),
    co("SMIC", "Shanghai", aka=["Semiconductor Manufacturing International Corporation"]),
    co("Nexperia", "Nijmegen"),
    co("Foxconn", None, aka=["Hon Hai", "Hon Hai Precision Industry"]),
    co("Huawei", "Shenzhen", aka=["Huawei Technologies"]),
    co("ZTE", "Shenzhen"),
    co("Ericsson", "Stockholm"),
    co("Nokia", "Espoo"),
    co("Alibaba", "Hangzhou", aka=["Alibaba Group"]),
    co("ByteDance", "Beijing"),
    # -- engineering, construction and industry
    # "China Railway" alone is also the national railway operator (China State Railway Group): left out.
    co("China Railway Group", "Beijing",
       aka=["CREC", "China Railway Group Limited"]),
    co("China Railway Construction Corporation", "Beijing", aka=["CRCC", "China Railway Construction Corp"]),
    co("CRRC", "Beijing", aka=["CRRC Corporation"]),
    co("PowerChina", "Beijing", aka=["POWERCHINA", "Power Construction Corporation of China"]),
    co("China Communications Construction Company", "Beijing",
       aka=["CCCC", "China Communications Construction", "China Communications Construction Co"]),
    co("China Harbour Engineering Company", "Beijing", aka=["CHEC", "China Harbour Engineering", "China Harbour"]),
    co("China Road and Bridge Corporation", "Beijing", aka=["CRBC", "China Road & Bridge Corporation"]),
    co("China State Construction Engineering", "Beijing",
       aka=["CSCEC", "China State Construction", "China State Construction Engineering Corporation"]),
    # "CEEC" is left out: it is also the Central and Eastern European Countries (China's "16+1").
    co("China Energy Engineering Corporation", "Beijing", aka=["Energy China"]),
    co("Larsen & Toubro", "Mumbai", aka=["L&T", "Larsen and Toubro"]),
    co("Bechtel", "Reston"),
    co("Hyundai Engineering & Construction", "Seoul", aka=["Hyundai E&C", "Hyundai Engineering and Construction"]),
    co("Siemens", "Munich", aka=["Siemens AG"]),
    # -- ports and shipping
    co("DP World", "Dubai"),
    co("AD Ports Group", "Abu Dhabi", aka=["AD Ports", "Abu Dhabi Ports"]),
    co("Maersk", "Copenhagen", aka=["A.P. Moller-Maersk", "A.P. Møller-Mærsk", "AP Moller-Maersk"]),
    # "MSC" is left out: it is also the Munich Security Conference.
    co("Mediterranean Shipping Company", "Geneva"),
    co("CMA CGM", "Marseille"),
    co("COSCO Shipping", "Shanghai", aka=["COSCO", "Cosco", "Cosco Shipping", "China COSCO Shipping"]),
    co("China Merchants Port Holdings", "Hong Kong", aka=["China Merchants Port"]),
    co("CK Hutchison", "Hong Kong", aka=["CK Hutchison Holdings"]),
    co("Hutchison Ports", "Hong Kong"),
    # "PSA" is left out: it is also Peugeot's former group.
    co("PSA International", "Singapore"),
    co("Adani Ports and Special Economic Zone", "Ahmedabad", aka=["Adani Ports", "APSEZ"]),
    # -- sovereign funds, state holdings and conglomerates
    co("Public Investment Fund", "Riyadh", aka=["PIF"]),
    co("Mubadala", "Abu Dhabi", aka=["Mubadala Investment Company"]),
    co("ADQ", "Abu Dhabi", aka=["Abu Dhabi Developmental Holding Company"]),
    co("Abu Dhabi Investment Authority", "Abu Dhabi", aka=["ADIA"]),
    co("Qatar Investment Authority", "Doha", aka=["QIA"]),
    # "KIA" is left out: it is also the carmaker in capitals, and "killed in action".
    co("Kuwait Investment Authority", "Kuwait City"),
    co("Temasek", "Singapore", aka=["Temasek Holdings"]),
    co("GIC", "Singapore", aka=["GIC Private Limited"]),
    co("Danantara", "Jakarta", aka=["Danantara Indonesia"]),
    co("China Investment Corporation", "Beijing", aka=["CIC"]),
    co("Tata Group", "Mumbai", aka=["Tata Sons", "Tata"], amb=["Tata"]),
    co("Adani Group", "Ahmedabad", aka=["Adani"], amb=["Adani"]),
    co("Reliance Industries", "Mumbai", aka=["Reliance", "RIL"], amb=["Reliance"]),
    co("SoftBank Group", "Tokyo", aka=["SoftBank"]),
    co("Mitsubishi Corporation", "Tokyo", aka=["Mitsubishi Corp"]),
    co("Mitsui & Co.", "Tokyo"),
)
# fmt: on


def _dedupe(forms: Iterable[str], *, skip: Iterable[str] = ()) -> list[str]:
    seen = set(skip)
    out = []
    for form in forms:
        if form and form not in seen:
            seen.add(form)
            out.append(form)
    return out


def _plurals(demonyms: Iterable[str]) -> Iterator[str]:
    """The demonyms and their regular people-plurals: Indian(s), Saudi(s), Icelander(s)."""
    for d in demonyms:
        yield d
        if d.endswith(("n", "i", "er")) and not d.startswith("I-"):
            yield d + "s"


def _iso_names(record: Any) -> Iterator[str]:
    """pycountry's names that read as plain English (not "Korea, Republic of")."""
    for attr in ("name", "official_name", "common_name"):
        value = getattr(record, attr, None)
        if value and "," not in value and "(" not in value:
            yield value.removeprefix("the ")


def case_sensitive(form: str, ambiguous: Iterable[str]) -> bool:
    """Acronyms (one word of two capitals or more: US, U.S., BiH), common words and
    ambiguous forms keep their case.

    >>> [case_sensitive(f, ["Male"]) for f in ("U.S.", "BiH", "Porto-Novo", "Male", "Turkey", "India")]
    [True, True, False, True, True, False]
    """
    acronym = (
        not any(ch in " -'" for ch in form) and sum(ch.isupper() for ch in form) >= 2
    )
    return acronym or form in COMMON_WORDS or form in set(ambiguous)


def _country_record(row: C) -> dict[str, Any]:
    if row.iso2 in USER_ASSIGNED:
        iso3, numeric = USER_ASSIGNED[row.iso2]
        iso_names: list[str] = []
    else:
        record = pycountry.countries.get(alpha_2=row.iso2)
        if record is None:
            raise SystemExit(f"{row.iso2}: not an ISO 3166-1 code in pycountry")
        iso3, numeric = record.alpha_3, record.numeric
        iso_names = list(_iso_names(record))
    aliases = _dedupe([*row.aka, *iso_names], skip=[row.name])
    demonyms = _dedupe(_plurals(row.dem))
    capitals = _dedupe(row.cap)
    forms = [row.name, *aliases, *demonyms, *capitals]
    unknown = set(row.amb) - set(forms)
    if unknown:
        raise SystemExit(
            f"{row.iso2}: ambiguous forms {sorted(unknown)} are not among its forms"
        )
    return {
        "name": row.name,
        "aliases": aliases,
        "demonyms": demonyms,
        "capitals": capitals,
        "ambiguous": list(row.amb),
        "case_sensitive": [f for f in forms if case_sensitive(f, row.amb)],
        "iso2": row.iso2,
        "iso3": iso3,
        "numeric": numeric,
        "wikidata": row.wikidata,
        "status": row.status,
    }


def _org_record(row: OrgRow) -> dict[str, Any]:
    aliases = _dedupe(row.aka, skip=[row.name])
    forms = [row.name, *aliases]
    unknown = set(row.amb) - set(forms)
    if unknown:
        raise SystemExit(
            f"{row.name}: ambiguous forms {sorted(unknown)} are not among its forms"
        )
    # A company's names are proper names: every form keeps its case ("Shell", "Indian Oil
    # Corporation", "General Dynamics", not "shell", "indian oil", "general dynamics").
    company = row.kind == "company"
    return {
        "name": row.name,
        "aliases": aliases,
        "ambiguous": list(row.amb),
        "case_sensitive": [f for f in forms if company or case_sensitive(f, row.amb)],
        "kind": row.kind,
        "seat": row.seat,
        "wikidata": row.wikidata,
    }


def _key(form: str) -> str:
    """The lookup key the loader uses (dots and curly apostrophes do not count)."""
    return form.replace("\u2019", "'").replace(".", "").casefold()


def _slug(name: str) -> str:
    """The key ``kg.gazetteer.Organization`` gives an organization without a Wikidata id."""
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def _check(
    countries: list[dict[str, Any]], organizations: list[dict[str, Any]]
) -> None:
    problems = []
    for field in ("iso2", "iso3", "name"):
        values = [r[field] for r in countries]
        problems += [
            f"duplicate {field} {v!r}" for v in set(values) if values.count(v) > 1
        ]
    qids = [r["wikidata"] for r in [*countries, *organizations] if r["wikidata"]]
    problems += [f"bad Wikidata id {q!r}" for q in qids if not QID.match(q)]
    problems += [f"duplicate Wikidata id {q!r}" for q in set(qids) if qids.count(q) > 1]
    problems += [
        f"{r['iso2']}: unknown status" for r in countries if r["status"] not in STATUSES
    ]
    problems += [
        f"{r['name']}: unknown kind" for r in organizations if r["kind"] not in KINDS
    ]
    names = [r["name"] for r in organizations]
    problems += [
        f"duplicate organization {n!r}" for n in set(names) if names.count(n) > 1
    ]
    slugs = [_slug(r["name"]) for r in organizations if r["wikidata"] is None]
    problems += [
        f"organization key org:{k} is not unique"
        for k in set(slugs)
        if slugs.count(k) > 1
    ]
    # An organization (a company above all) never takes a country's name, demonym or capital.
    country_forms = {
        _key(form): r["iso2"]
        for r in countries
        for form in [r["name"], *r["aliases"], *r["demonyms"], *r["capitals"]]
    }
    problems += [
        f"{form!r} of {r['name']} is also a form of country {country_forms[_key(form)]}"
        for r in organizations
        for form in [r["name"], *r["aliases"]]
        if _key(form) in country_forms
    ]
    members = sum(r["status"] == "un-member" for r in countries)
    if members != 193:
        problems.append(f"{members} UN member states, not 193")
    for table, label in ((countries, "iso2"), (organizations, "name")):
        owners: dict[str, set[str]] = defaultdict(set)
        for r in table:
            for form in [
                r["name"],
                *r["aliases"],
                *r.get("demonyms", []),
                *r.get("capitals", []),
            ]:
                owners[_key(form)].add(r[label])
        for r in table:
            for form in [
                r["name"],
                *r["aliases"],
                *r.get("demonyms", []),
                *r.get("capitals", []),
            ]:
                if len(owners[_key(form)]) > 1 and form not in r["ambiguous"]:
                    problems.append(
                        f"{form!r} names {sorted(owners[_key(form)])} and is not marked ambiguous"
                    )
    if problems:
        raise SystemExit(
            "gazetteer tables are inconsistent:\n  "
            + "\n  ".join(sorted(set(problems)))
        )


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The country and organization records, checked and sorted by name."""
    countries = sorted((_country_record(r) for r in COUNTRIES), key=lambda r: r["name"])
    organizations = sorted(
        (_org_record(r) for r in (*ORGANIZATIONS, *COMPANIES)), key=lambda r: r["name"]
    )
    _check(countries, organizations)
    return countries, organizations


def jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="only report whether the files are up to date",
    )
    args = parser.parse_args(argv)
    countries, organizations = build()
    outputs = {
        COUNTRIES_FILE: jsonl(countries),
        ORGANIZATIONS_FILE: jsonl(organizations),
    }
    if args.check:
        stale = [
            p.name
            for p, text in outputs.items()
            if not p.is_file() or p.read_text("utf-8") != text
        ]
        if stale:
            print(
                f"stale: {', '.join(stale)}; run scripts/make_gazetteer.py",
                file=sys.stderr,
            )
            return 1
        print(
            f"up to date: {len(countries)} countries, {len(organizations)} organizations"
        )
        return 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    filled = sum(r["wikidata"] is not None for r in [*countries, *organizations])
    print(
        f"wrote {len(countries)} countries and {len(organizations)} organizations "
        f"({filled} with a Wikidata id) to {DATA}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
