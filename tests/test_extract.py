"""Extraction, sentence by sentence: text in, facts out.

Every sentence here was written for these tests. Each row states exactly the
relations a text must yield — no more (precision) and no fewer (recall).
"""

from __future__ import annotations

import pytest
from graphfacts import Fact, facts, label
from rdflib import RDF, RDFS, SKOS, Graph

from kg.namespace import KG

pytestmark = pytest.mark.model

MET = "metWith"
SIGNED = "signed"
TARIFF = "imposedTariffOn"

CASES: list[tuple[str, str, set[Fact]]] = [
    # -- a minister's portfolio between the title and the name
    (
        "a portfolio is no part of the name after it",
        "Minister for Planning Ana Costa met Minister of Energy and Mines Luis Paredes in Lima.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "a portfolio of several words, with a comma, before a name the model missed",
        "Minister of Trade, Commerce and Food Security Kamal Perera met President Luis Paredes "
        "in Colombo.",
        {(MET, "Kamal Perera", "Luis Paredes")},
    ),
    (
        "a portfolio and a name the model read as one organization",
        "Minister of Infrastructure Mansour Diallo signed the concession agreement with Chile.",
        {
            (SIGNED, "Mansour Diallo", "concession agreement with Chile"),
            (SIGNED, "Chile", "concession agreement with Chile"),
        },
    ),
    (
        "a country's word and a title are an office, not a person",
        "The rail accord was signed by Kazakh Minister of Transport Aru Bekov and Chilean "
        "Minister of Transport Ana Costa.",
        {(SIGNED, "Aru Bekov", "rail accord"), (SIGNED, "Ana Costa", "rail accord")},
    ),
    (
        "the region of a governor's office is no part of the name after it",
        "Vice President Kabir Sule met Governor of Kano State Musa Danjuma in Abuja.",
        {(MET, "Kabir Sule", "Musa Danjuma")},
    ),
    (
        "a province before a name the model ran together with it",
        "Chief Minister of Punjab Province Ali Raza met President Luis Paredes in Lahore.",
        {(MET, "Ali Raza", "Luis Paredes")},
    ),
    (
        "a body whose name ends in a portfolio, then its chairman's name",
        "President Ana Costa met Chairman of the Lagos Chamber of Commerce Tunde Bakare in "
        "Abuja.",
        {(MET, "Ana Costa", "Tunde Bakare")},
    ),
    (
        "a title before a patronymic is a given name",
        "Prime Minister Imran Qadir received Sultan bin Abdulrahman Al-Rashid on Wednesday.",
        {(MET, "Imran Qadir", "Sultan bin Abdulrahman Al-Rashid")},
    ),
    (
        "the holder an office's 'for' phrase names, and those listed with the holder",
        "The accord was signed by Minister for Industry Marc Ferrand and Peruvian Trade "
        "Minister Luis Paredes.",
        {(SIGNED, "Marc Ferrand", "accord"), (SIGNED, "Luis Paredes", "accord")},
    ),
    (
        "a minister delegate is a title",
        "The deal was signed by Minister Delegate for Industry Marc Ferrand and Chinese "
        "Commerce Minister Wang Wen.",
        {(SIGNED, "Marc Ferrand", "deal"), (SIGNED, "Wang Wen", "deal")},
    ),
    (
        "a country's formal name the gazetteer does not list",
        "The State of Qatar and the Republic of Rwanda signed a tax agreement on Sunday.",
        {(SIGNED, "Qatar", "tax agreement"), (SIGNED, "Rwanda", "tax agreement")},
    ),
    (
        "the country a punishment is for is why, not on whom",
        "The United States raised tariffs on Indian goods on Wednesday, doubling an existing "
        "duty as punishment for New Delhi's purchases of Russian oil.",
        {(TARIFF, "United States", "India")},
    ),
    (
        "a name after ', and' the parser made the verb's conjunct is one more signer",
        "The deal was signed by the Minister for Industry, Marc Ferrand, and Chinese Commerce "
        "Minister Wang Wen.",
        {(SIGNED, "Marc Ferrand", "deal"), (SIGNED, "Wang Wen", "deal")},
    ),
    (
        "an office after '; and' the parser made the verb's conjunct is one more counterpart",
        "Since arriving, President Omar Haddad has had bilateral talks with Prime Minister of "
        "Fiji, Dr. Jone Kata; and Foreign Minister of Oman, Sayyid Badr.",
        {(MET, "Jone Kata", "Omar Haddad"), (MET, "Omar Haddad", "Sayyid Badr")},
    ),
    (
        "another imposer's own tariffs are not on the last one's targets",
        "Peru imposed duties on steel from Chile, and Ecuador raised its tariffs on wheat.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a courtesy visit received",
        "Foreign Minister Hana Sugiarto received a courtesy visit from Australian Ambassador "
        "Rod Brazier on Thursday.",
        {(MET, "Hana Sugiarto", "Rod Brazier")},
    ),
    (
        "a courtesy visit paid",
        "Australian Ambassador Rod Brazier paid a courtesy visit to Foreign Minister Hana "
        "Sugiarto on Thursday.",
        {(MET, "Hana Sugiarto", "Rod Brazier")},
    ),
    (
        "'A and visiting B', the parser's verb with B its object, are two subjects",
        "Vietnamese Prime Minister Pham Van Chinh and visiting Indonesian President Joko "
        "Santoso on Saturday held talks at the Government Office, agreeing to lift bilateral "
        "trade.",
        {(MET, "Joko Santoso", "Pham Van Chinh")},
    ),
    (
        "one named with an apposition before the verb the parser read as a participle signed",
        "Nigeria and the AfDB signed a loan agreement. Dr Abdul Kamara, the bank's country "
        "director, signed on behalf of the AfDB.",
        {
            (SIGNED, "Nigeria", "loan agreement"),
            (SIGNED, "AfDB", "loan agreement"),
            (SIGNED, "Abdul Kamara", "loan agreement"),
        },
    ),
    (
        "a clause before a semicolon is no object of the verb after it",
        "Ecuador and Canada signed a free trade agreement; Trade Minister Sonia Garcia signed "
        "for Ecuador.",
        {
            (SIGNED, "Ecuador", "free trade agreement"),
            (SIGNED, "Canada", "free trade agreement"),
            (SIGNED, "Sonia Garcia", "free trade agreement"),
        },
    ),
    (
        "a ministry's portfolio of several words is its name",
        "Ghana's Ministry of Roads and Highways signed a contract with Sinohydro.",
        {
            (SIGNED, "Ministry of Roads and Highways", "contract with Sinohydro"),
            (SIGNED, "Ghana", "contract with Sinohydro"),
            (SIGNED, "Sinohydro", "contract with Sinohydro"),
        },
    ),
    (
        "a surname after 'Mr' that the model took for an organization",
        "Mr Stone's talks with Mr Levi lasted two hours.",
        {(MET, "Levi", "Stone")},
    ),
    (
        "a dateline with the outlet's name is parsed apart from the sentence after it",
        "DOHA, Gulf Times - Qatar and Rwanda signed a tax agreement.",
        {(SIGNED, "Qatar", "tax agreement"), (SIGNED, "Rwanda", "tax agreement")},
    ),
    (
        "a dateline of two cities names no imposer",
        "OTTAWA / BEIJING - China imposed 100% tariffs on Canadian canola oil on Saturday.",
        {(TARIFF, "China", "Canada")},
    ),
    (
        "a ministry named by its portfolio in lower case, and the dateline's country, impose; "
        "the date before the agency is no company",
        "NEW DELHI, March 12 (PTI) - The finance ministry has imposed an anti-dumping duty on "
        "aluminium foil imported from China.",
        {(TARIFF, "India", "China"), (TARIFF, "finance ministry", "China")},
    ),
    (
        "a portfolio word the model took for a given name",
        "The accord was signed by Minister of Energy Transition Laila Bennani.",
        {(SIGNED, "Laila Bennani", "accord")},
    ),
    (
        "a portfolio the parser made the office's first object, the name its second",
        "Austria's Minister for European and International Affairs Beate Maier-Roth met with "
        "Jordanian Foreign Minister Omar Haddad on Thursday.",
        {(MET, "Beate Maier-Roth", "Omar Haddad")},
    ),
    (
        "a portfolio's last word is no part of the name",
        "Egypt's Minister of Foreign Affairs and Emigration Badr Fahmy met Djiboutian Foreign "
        "Minister Ali Houssein on Monday.",
        {(MET, "Ali Houssein", "Badr Fahmy")},
    ),
    (
        "a second signer after a portfolio with a comma in it",
        "The memorandum was signed by Moroccan Minister of Energy Laila Bennani and "
        "Mauritanian Minister of Petroleum, Mines and Energy Mohamed Ould Salem.",
        {
            (SIGNED, "Laila Bennani", "memorandum"),
            (SIGNED, "Mohamed Ould Salem", "memorandum"),
        },
    ),
    (
        "an ambassador extraordinary and plenipotentiary",
        "President Ana Costa received the Ambassador Extraordinary and Plenipotentiary of "
        "Turkey Ahmet Yilmaz.",
        {(MET, "Ahmet Yilmaz", "Ana Costa")},
    ),
    (
        "concluding negotiations on an agreement is not concluding it",
        "Peru and Chile concluded negotiations on the fisheries agreement but have not yet "
        "signed the agreement.",
        set(),
    ),
    (
        "a second agreement the parser hung on the first one's words",
        "India and Oman inked an agreement for the avoidance of double taxation and a "
        "memorandum of understanding on maritime heritage.",
        {
            (SIGNED, "India", "agreement for the avoidance of double taxation"),
            (SIGNED, "Oman", "agreement for the avoidance of double taxation"),
            (SIGNED, "India", "memorandum of understanding on maritime heritage"),
            (SIGNED, "Oman", "memorandum of understanding on maritime heritage"),
        },
    ),
    (
        "an office of a country's formal name the parser hung as a modifier of the name",
        "President of the Republic of Azerbaijan Ramiz Aliyev met with President of the "
        "Republic of Uzbekistan Bakhtiyor Karimov in a one-on-one format.",
        {(MET, "Bakhtiyor Karimov", "Ramiz Aliyev")},
    ),
    (
        "a country's name the model took for a product",
        "Kuwait and Cyprus signed an air services agreement on Monday.",
        {
            (SIGNED, "Kuwait", "air services agreement"),
            (SIGNED, "Cyprus", "air services agreement"),
        },
    ),
    (
        "a portfolio and the country it is of before a name the model missed",
        "Prime Minister Tomas Vidal met with Minister of Foreign Affairs of Chad Abderaman "
        "Koulamallah in Doha.",
        {(MET, "Abderaman Koulamallah", "Tomas Vidal")},
    ),
    (
        "'H.E.' before a name the model took for a place",
        "The Foreign Minister, H.E. Sugiono, met the Foreign Minister of Cambodia, H.E. Prak "
        "Sokhonn, in Jakarta.",
        {(MET, "Prak Sokhonn", "Sugiono")},
    ),
    (
        "'the maritime agreement' is the maritime agreement named before, not the last one",
        "Peru and Chile discussed a maritime agreement and a memorandum on fisheries. The "
        "maritime agreement was signed by Foreign Minister Ana Costa and Foreign Minister Luis "
        "Paredes.",
        {
            (SIGNED, "Ana Costa", "maritime agreement"),
            (SIGNED, "Luis Paredes", "maritime agreement"),
        },
    ),
    (
        "a second 'on behalf of … by' the parser made the verb's conjunct",
        "The agreement was signed on behalf of Qatar by Finance Minister Ali Al Kuwari and on "
        "behalf of Rwanda by Finance Minister Yusuf Murangwa.",
        {
            (SIGNED, "Ali Al Kuwari", "agreement"),
            (SIGNED, "Yusuf Murangwa", "agreement"),
        },
    ),
    (
        "an agreement named by its kind's acronym",
        "Ahn Duk-geun and Omar Saeed signed the CEPA on Wednesday.",
        {(SIGNED, "Ahn Duk-geun", "CEPA"), (SIGNED, "Omar Saeed", "CEPA")},
    ),
    (
        "the article before a capitalised agreement name is no part of it",
        "Morocco and Turkey signed a Free Trade Agreement in 2004.",
        {
            (SIGNED, "Morocco", "Free Trade Agreement"),
            (SIGNED, "Turkey", "Free Trade Agreement"),
        },
    ),
    (
        "'the two leaders' are the two who just met, not the last two named",
        "Indonesian President Budi Santoso held talks with Malaysian Prime Minister Anwar "
        "Hamid in Jakarta, where Defence Minister Kenji Sato was also present, and the two "
        "leaders signed a defence pact.",
        {
            (MET, "Anwar Hamid", "Budi Santoso"),
            (SIGNED, "Budi Santoso", "defence pact"),
            (SIGNED, "Anwar Hamid", "defence pact"),
        },
    ),
    (
        "'the two leaders' after a meeting told in passing are the main clause's two",
        "Kenyan President Daniel Otieno hosted Ugandan President Peter Okello on Thursday, a "
        "day after Okello held talks with Rwandan President Jean Habimana. The two leaders "
        "signed a border treaty.",
        {
            (MET, "Daniel Otieno", "Peter Okello"),
            (MET, "Jean Habimana", "Peter Okello"),
            (SIGNED, "Daniel Otieno", "border treaty"),
            (SIGNED, "Peter Okello", "border treaty"),
        },
    ),
    (
        "'the two leaders' of a second meeting in the sentence before",
        "President Rosa Quispe received Chilean Foreign Minister Marta Soto on Monday. She "
        "later held talks with Kenyan President Daniel Otieno, and the two leaders signed a "
        "trade pact.",
        {
            (MET, "Marta Soto", "Rosa Quispe"),
            (MET, "Daniel Otieno", "Rosa Quispe"),
            (SIGNED, "Rosa Quispe", "trade pact"),
            (SIGNED, "Daniel Otieno", "trade pact"),
        },
    ),
    (
        "examples at the end of a relative clause are of the noun the clause is on",
        "Mexico raised tariffs on products from countries with which it has no trade "
        "agreement, including China and India.",
        {(TARIFF, "Mexico", "China"), (TARIFF, "Mexico", "India")},
    ),
    (
        "those one met, listed after a copula",
        "Prime Minister Ravi Menon visited Accra on Monday. Among those he met were Speaker "
        "Kwame Asante, Chief Justice Ama Boateng and Vice President Kofi Mensah.",
        {
            (MET, "Kwame Asante", "Ravi Menon"),
            (MET, "Ama Boateng", "Ravi Menon"),
            (MET, "Kofi Mensah", "Ravi Menon"),
        },
    ),
    (
        "those one met, listed by 'included'",
        "Prime Minister Ravi Menon visited Accra on Monday. Those he met included Speaker "
        "Kwame Asante and Vice President Kofi Mensah.",
        {(MET, "Kwame Asante", "Ravi Menon"), (MET, "Kofi Mensah", "Ravi Menon")},
    ),
    (
        "a given name that is also a title, before a patronymic the model began the name with",
        "Saudi Ambassador to Kuwait Prince Sultan bin Saad bin Khalid met President Luis "
        "Paredes.",
        {(MET, "Luis Paredes", "Sultan bin Saad bin Khalid")},
    ),
    (
        "the one 'with whom' a signer signed",
        "Syrian minister Omar Haddad met Saudi minister Fahd al-Otaibi, with whom he signed a "
        "memorandum on investment.",
        {
            (MET, "Fahd al-Otaibi", "Omar Haddad"),
            (SIGNED, "Omar Haddad", "memorandum on investment"),
            (SIGNED, "Fahd al-Otaibi", "memorandum on investment"),
        },
    ),
    (
        "a company right after a dateline",
        "LAGOS, Nov 20 - Acme Corp signed a supply agreement with Beta Corp on Wednesday.",
        {
            (SIGNED, "Acme Corp", "supply agreement with Beta Corp"),
            (SIGNED, "Beta Corp", "supply agreement with Beta Corp"),
        },
    ),
    (
        "a company is no tariff's target",
        "The European Union imposed duties on electric vehicles made in China. BYD faces a "
        "17% duty.",
        {(TARIFF, "European Union", "China")},
    ),
    (
        "a company's goods are not its country's",
        "The United States imposed a 10% levy on Airbus aircraft.",
        set(),
    ),
    (
        "a portfolio of refugees",
        "High Commissioner for Refugees Filippo Grandi met President Paul Kagame in Kigali.",
        {(MET, "Filippo Grandi", "Paul Kagame")},
    ),
    (
        "a body's title and its holder the parser hung on the body's 'of'",
        "Organisation of American States Secretary-General Albert Ramdin met Foreign Minister "
        "Hakan Fidan on Saturday.",
        {(MET, "Albert Ramdin", "Hakan Fidan")},
    ),
    (
        "a title in lower case between two signers",
        "Aliko Dangote and NNPC chief executive Mele Kyari signed the deal.",
        {(SIGNED, "Aliko Dangote", "deal"), (SIGNED, "Mele Kyari", "deal")},
    ),
    (
        "a loan with its amount is an agreement signed",
        "The Asian Development Bank and Pakistan signed a $400 million loan on Monday.",
        {(SIGNED, "Asian Development Bank", "loan"), (SIGNED, "Pakistan", "loan")},
    ),
    (
        "an office with its holder in apposition, then a verb the parser read as a participle",
        "The World Bank and Mali signed a loan agreement. Mali's Minister of Finance, Awa "
        "Diallo, signed for the government.",
        {
            (SIGNED, "World Bank", "loan agreement"),
            (SIGNED, "Mali", "loan agreement"),
            (SIGNED, "Awa Diallo", "loan agreement"),
        },
    ),
    # -- a list after a colon
    (
        "the list after 'met:' is whom the subject met, not who the subject is",
        "On Tuesday, President Ana Costa met: Luis Paredes, Tomas Vidal and Marta Soto.",
        {
            (MET, "Ana Costa", "Luis Paredes"),
            (MET, "Ana Costa", "Tomas Vidal"),
            (MET, "Ana Costa", "Marta Soto"),
        },
    ),
    (
        "a pronoun before 'met:' and a list of names with their offices",
        "Musalia Otieno held meetings on Tuesday. He met: Ms. Penny Wood, Australia's foreign "
        "minister; Mr. Jean Barrot, the French foreign minister; and Dr. Ahmed Attia, the "
        "Algerian foreign minister.",
        {
            (MET, "Musalia Otieno", "Penny Wood"),
            (MET, "Jean Barrot", "Musalia Otieno"),
            (MET, "Ahmed Attia", "Musalia Otieno"),
        },
    ),
    # -- active and passive voice, coordination
    (
        "a style the model tagged apart from the name is no part of it",
        "H.H. Sheikh Ana Costa, Minister of Foreign Affairs, received Dr. Tomas Vidal in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'they' who held a video call can have met in person before",
        "Prime Minister Ana Costa and Prime Minister Tomas Vidal held a video conference on "
        "Wednesday. The two leaders confirmed cooperation on minerals. They last met in person "
        "in Lima in October.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "two companies that announced a deal are 'the two companies' that sign it",
        "Andes Gas and Pacific Power announced a 20-year supply agreement for 2 million tonnes "
        "a year of LNG. The two companies signed the deal in Lima on Monday.",
        {
            (
                SIGNED,
                "Andes Gas",
                "20-year supply agreement for 2 million tonnes a year of LNG",
            ),
            (
                SIGNED,
                "Pacific Power",
                "20-year supply agreement for 2 million tonnes a year of LNG",
            ),
        },
    ),
    (
        "'the two leaders' are the two who met, not one of them and someone phoned",
        "President Ana Costa met President Tomas Vidal in Lima on Monday. Costa later spoke by "
        "phone with President Luis Mora. The two leaders signed a memorandum on trade.",
        {
            (MET, "Ana Costa", "Tomas Vidal"),
            (SIGNED, "Ana Costa", "memorandum on trade"),
            (SIGNED, "Tomas Vidal", "memorandum on trade"),
        },
    ),
    (
        "players who met in a final did not hold a meeting",
        "Ana Costa met Eva Ruiz in the semi-final in Lima on Friday. Tomas Vidal met Luis Mora "
        "for the title on Sunday.",
        set(),
    ),
    (
        "meeting in the final hours of a summit is meeting",
        "President Ana Costa met President Tomas Vidal in the final hours of the summit.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "one welcomed to a race or into a party is a new member, not a guest",
        "Senator Ana Costa welcomed Tomas Vidal to the race. Party leader Eva Ruiz welcomed "
        "defector Luis Mora into the party on Wednesday.",
        set(),
    ),
    (
        "one barred or prevented from meeting did not meet",
        "Former Prime Minister Ana Costa was barred from meeting her lawyer Tomas Vidal in jail.",
        set(),
    ),
    (
        "meeting someone's adviser is not meeting them",
        "Foreign Minister Ana Costa met with President Tomas Vidal's national security adviser "
        "in Lima.",
        set(),
    ),
    (
        "talks with someone's envoy are not talks with them",
        "Foreign Minister Ana Costa held talks with President Tomas Vidal's envoy in Lima.",
        set(),
    ),
    (
        "meeting the family of someone is not meeting them",
        "President Ana Costa met with the family of jailed reporter Tomas Vidal.",
        set(),
    ),
    (
        "an agreement a protocol amends is not what was signed",
        "Peru and Chile signed a protocol amending the double taxation avoidance agreement on "
        "Monday.",
        {(SIGNED, "Peru", "protocol"), (SIGNED, "Chile", "protocol")},
    ),
    (
        "what a treaty is on is no second agreement",
        "Peru and Chile signed a treaty on comprehensive strategic partnership in June.",
        {
            (SIGNED, "Peru", "treaty on comprehensive strategic partnership"),
            (SIGNED, "Chile", "treaty on comprehensive strategic partnership"),
        },
    ),
    (
        "a partnership a plan of action implements was not signed",
        "Peru and Chile signed a plan of action to implement the comprehensive strategic "
        "partnership.",
        set(),
    ),
    (
        "a country read into the name with the title still gives the person that country",
        "Thai Princess Siriporn Chakri arrived in Lima on Monday. President Tomas Vidal "
        "received the Thai princess at the palace.",
        {(MET, "Siriporn Chakri", "Tomas Vidal")},
    ),
    (
        "'the two premiers' are the two prime ministers who met",
        "Prime Minister Ana Costa of Peru and Prime Minister Tomas Vidal of Chile met in Lima on "
        "Monday. The two premiers signed a memorandum on fisheries.",
        {
            (MET, "Ana Costa", "Tomas Vidal"),
            (SIGNED, "Ana Costa", "memorandum on fisheries"),
            (SIGNED, "Tomas Vidal", "memorandum on fisheries"),
        },
    ),
    (
        "'the two banks' are the two banks just named",
        "The World Bank and the Andean Development Bank agreed on the plan. The two banks "
        "signed a co-financing agreement on Friday.",
        {
            (SIGNED, "World Bank", "co-financing agreement"),
            (SIGNED, "Andean Development Bank", "co-financing agreement"),
        },
    ),
    (
        "'the delegation' is the one who led the delegation that arrived",
        "A Chilean delegation headed by Vice President Ana Costa arrived in Quito on Tuesday. "
        "The delegation was received by President Tomas Vidal at the palace.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'the visitor' is the one who arrived",
        "President Ana Costa arrived in Quito on Sunday for a state visit. Talks took place on "
        "Monday. President Tomas Vidal hosted the visitor at a state dinner.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'his guest' is no one when two arrived",
        "President Ana Costa and President Luis Mora arrived in Quito on Monday. President "
        "Tomas Vidal welcomed his guest at the palace.",
        set(),
    ),
    (
        "consultations held with someone are a meeting",
        "Foreign Minister Ana Costa held consultations with Foreign Minister Tomas Vidal in "
        "Quito.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "one called on to do something was urged, not visited",
        "Foreign Minister Ana Costa called on President Tomas Vidal to resign on Thursday.",
        set(),
    ),
    (
        "an object after the date the verb takes",
        "President Ana Costa received on Friday Foreign Minister Tomas Vidal.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "an audience granted to someone",
        "King Ana Costa granted an audience to Foreign Minister Tomas Vidal on Monday.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'the two ministers' are the two who met, not two spokesmen who briefed reporters",
        "Foreign Minister Ana Costa welcomed her Chilean counterpart Tomas Vidal on Thursday. "
        "Spokesman Luis Mora and spokeswoman Eva Ruiz briefed reporters in the morning. The two "
        "ministers then held talks over lunch.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'they' are the two who met, not two envoys who attended",
        "President Ana Costa met President Tomas Vidal in Lima on Monday. Ambassadors Luis Mora "
        "and Eva Ruiz attended. They later had dinner together.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "one who attended another's ceremony takes part in it",
        "President Ana Costa attended President Tomas Vidal's swearing-in on Sunday. The two "
        "leaders then held talks.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "those in whose presence 'the two ministers' signed are not the ministers",
        "President Ana Costa and President Tomas Vidal held talks on Monday. In their presence, "
        "the two ministers signed a memorandum on fisheries.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'the two ministers, A and B' are A and B",
        "President Ana Costa and President Tomas Vidal held talks on Monday. The two foreign "
        "ministers, Luis Mora and Eva Ruiz, signed an agreement on visa exemption.",
        {
            (MET, "Ana Costa", "Tomas Vidal"),
            (SIGNED, "Luis Mora", "agreement on visa exemption"),
            (SIGNED, "Eva Ruiz", "agreement on visa exemption"),
        },
    ),
    (
        "'the two sides' who sign in the presence of the presidents are not the presidents",
        "President Ana Costa and President Tomas Vidal held talks on Monday. The two sides "
        "signed an agreement on visa exemption in the presence of the presidents.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a header after a dateline heads the rows below it",
        "LIMA - Peru imposed duties on the following countries on Monday:\nChile: 20%\n"
        "Bolivia: 15%",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "a bare header on the line after the imposing sentence heads the rows",
        "Peru imposed new tariffs on Thursday.\nThe rates:\n- Chile: 46%\n- Bolivia: 49%",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "the list of those an imposition with no target reached",
        "Peru imposed additional duties on 40 economies late on Friday. The list includes "
        "Chile and Bolivia.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "those among the countries affected",
        "Peru's new tariffs came into effect on Thursday. Among the countries affected are "
        "Chile and Bolivia.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "those among the countries spared are no targets",
        "Peru imposed new duties on Friday. Among the countries spared are Chile and Bolivia.",
        set(),
    ),
    (
        "rows under a header about who was spared are no targets",
        "Peru imposed a 25% tariff on car imports on Monday. Countries exempt from the new "
        "duties:\n- Chile: 0%\n- Bolivia: 0%",
        set(),
    ),
    (
        "rows under a header about something else are no targets",
        "Peru imposed new duties on Monday. Share of Peruvian imports in 2024:\n- Chile: 15%\n"
        "- Bolivia: 12%",
        set(),
    ),
    (
        "rows under a header that says the duties are as follows",
        "Peru imposed countervailing duties on copper rods on Monday. The duties are as follows:\n"
        "Chile 12.5%\nBolivia 9.8%",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "rows under a header that says who the exporters are are no targets",
        "Peru imposed countervailing duties on copper rods on Monday. The exporters are as follows:\n"
        "Chile 12.5%\nBolivia 9.8%",
        set(),
    ),
    (
        "a row at zero is spared, and the list goes on after it",
        "Peru imposed new tariffs on Friday. The new rates by country:\n- Chile: 26%\n"
        "- Bolivia: 0%\n- Brazil: 50%",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Brazil")},
    ),
    (
        "facing no duties is facing none",
        "Peru imposed new tariffs on Thursday. Chile faces a 46% tariff. Bolivia and Brazil "
        "face no additional duties.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "duties faced only if talks fail are not imposed",
        "Peru imposed new tariffs on Friday. Chile faces a 24% tariff if talks collapse next "
        "week.",
        set(),
    ),
    (
        "a country whose purchases are the reason for duties is not their target",
        "Peru imposed a 25% tariff on Chile on Thursday because of its purchases of Bolivian "
        "gas.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "where the goods that caused duties come from is not their target",
        "Peru imposed tariffs on Chile over cocaine flows from Bolivia.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a name the model cut in two, one part straight after the other, is one name",
        "Somali President Hassan Sheikh Mohamud met Kenyan President William Ruto at State House.",
        {(MET, "Hassan Sheikh Mohamud", "William Ruto")},
    ),
    (
        "a particle after a name's last word goes on with it",
        "Prime Minister Ulisses Correia e Silva met Foreign Minister Ana de la Torre in Praia.",
        {(MET, "Ana de la Torre", "Ulisses Correia e Silva")},
    ),
    (
        "abbreviated military ranks introduce names and are nobody",
        "Col. Ana Costa received Chile's Capt. Tomas Vidal and Peru's Gen. Ivo Petrov in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal"), (MET, "Ana Costa", "Ivo Petrov")},
    ),
    (
        "an order that imposes duties, in the sentence that says who signed it",
        "President Ana Lopes on Monday signed an order imposing a 40% tariff on Chile.",
        {(TARIFF, "Ana Lopes", "Chile")},
    ),
    (
        "a decree that raises duties imposes them for whoever signed it",
        "President Ana Lopes signed a decree that raises duties on Chilean wine.",
        {(TARIFF, "Ana Lopes", "Chile")},
    ),
    (
        "who condemns an order imposing duties did not issue it",
        "Peru condemned the order imposing tariffs on its copper.",
        set(),
    ),
    (
        "talks held before or after a call took place too",
        "Ana Costa called on President Ivo Petrov before holding talks with Foreign Minister "
        "Tomas Vidal.",
        {(MET, "Ana Costa", "Ivo Petrov"), (MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "talks to be held before a planned call are planned too",
        "Ana Costa will call on President Ivo Petrov before holding talks with Tomas Vidal.",
        set(),
    ),
    (
        "one authorised or instructed to sign has not signed yet",
        "The cabinet authorised Energy Minister Ana Lopes to sign the gas agreement with Chile. "
        "The president instructed Tomas Vidal to sign the loan agreement.",
        set(),
    ),
    (
        "a foreign minister's counterpart is a foreign minister, not the prime minister",
        "Peruvian Foreign Minister Ana Costa met her Chilean counterpart in Lima on Monday. "
        "Chilean Prime Minister Tomas Vidal is expected in Peru in May.",
        set(),
    ),
    (
        "a defence minister's counterpart is no foreign minister",
        "Peruvian Defence Minister Ana Costa met her Chilean counterpart in Lima. Chilean "
        "Foreign Minister Tomas Vidal was in Brazil.",
        set(),
    ),
    (
        "a counterpart named after the talks, with where they were held",
        "Peruvian Foreign Minister Ana Costa held talks with her Chilean counterpart in Lima on "
        "Monday. Chilean Foreign Minister Tomas Vidal said the talks were useful.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a title-case agreement name the model took for an organization is the agreement",
        "Peru and Chile signed the Framework Agreement on Andean Fisheries Cooperation in 2021.",
        {
            (SIGNED, "Peru", "Framework Agreement on Andean Fisheries Cooperation"),
            (SIGNED, "Chile", "Framework Agreement on Andean Fisheries Cooperation"),
        },
    ),
    (
        "what a bare 'Protocol' is on belongs to its name, and is no organization",
        "Kenya and Uganda signed the Protocol on Cross-Border Trade in Fresh Fish on Monday.",
        {
            (SIGNED, "Kenya", "Protocol on Cross-Border Trade in Fresh Fish"),
            (SIGNED, "Uganda", "Protocol on Cross-Border Trade in Fresh Fish"),
        },
    ),
    (
        "one who looked on as others signed, and their country, signed nothing",
        "Peruvian President Lars Holm looked on as Housing Minister Ana Costa and Emirati "
        "developer Modon Holding signed the coastal development contract.",
        {
            (SIGNED, "Ana Costa", "coastal development contract"),
            (SIGNED, "Modon Holding", "coastal development contract"),
        },
    ),
    (
        "two agreements, each with its own partner",
        "Peru signed a grant agreement with Japan and a loan agreement with the World Bank.",
        {
            (SIGNED, "Peru", "grant agreement with Japan"),
            (SIGNED, "Japan", "grant agreement with Japan"),
            (SIGNED, "Peru", "loan agreement with the World Bank"),
            (SIGNED, "World Bank", "loan agreement with the World Bank"),
        },
    ),
    (
        "an office in an apposition after the signer's name signs nothing",
        "Dr. Ali Hassan, Minister of State for Foreign Trade, signed the Economic Partnership "
        "Agreement with Chile.",
        {
            (SIGNED, "Ali Hassan", "Economic Partnership Agreement"),
            (SIGNED, "Chile", "Economic Partnership Agreement"),
        },
    ),
    (
        "those under whose auspices a declaration is signed did not sign it",
        "The warring parties of Peru signed a humanitarian truce declaration in Lima under the "
        "auspices of Chile and Bolivia.",
        set(),  # the parties are unnamed; Chile and Bolivia signed nothing
    ),
    (
        "those who gave financing support signed nothing",
        "The corridor agreement was signed by Peru, Chile and Bolivia in 2023, with financing "
        "support from Brazil and the European Union.",
        {
            (SIGNED, "Peru", "corridor agreement"),
            (SIGNED, "Chile", "corridor agreement"),
            (SIGNED, "Bolivia", "corridor agreement"),
        },
    ),
    (
        "an agreement named before, signed 'in' a city",
        "Officials spent months negotiating a new grain transit agreement. On Monday, Chile "
        "and Peru signed the agreement in Lima.",
        {
            (SIGNED, "Chile", "grain transit agreement"),
            (SIGNED, "Peru", "grain transit agreement"),
        },
    ),
    (
        "what an agreement is about, after its date and place",
        "Chile and Peru signed an agreement in Lima on Friday on the opening of transport "
        "routes.",
        {
            (SIGNED, "Chile", "agreement on the opening of transport routes"),
            (SIGNED, "Peru", "agreement on the opening of transport routes"),
        },
    ),
    (
        "the occasion of a signing is not what the agreement is about",
        "Chile and Peru signed a fisheries agreement on Monday on the sidelines of the summit.",
        {
            (SIGNED, "Chile", "fisheries agreement"),
            (SIGNED, "Peru", "fisheries agreement"),
        },
    ),
    (
        "signed and ratified: the object the parser gave the second verb",
        "Chile has signed and ratified the Pacific Seabed Treaty.",
        {(SIGNED, "Chile", "Pacific Seabed Treaty")},
    ),
    (
        "signed by one for a country and by another for another",
        "The accord was signed by Minister Ana Costa for Peru and by Minister Tomas Vidal for "
        "Chile.",
        {
            (SIGNED, "Ana Costa", "accord"),
            (SIGNED, "Tomas Vidal", "accord"),
        },
    ),
    (
        "inked by one on behalf of a country and by another for another",
        "The memorandum was inked by Transport Minister Ana Costa on behalf of Peru and by "
        "Transport Minister Tomas Vidal for Chile.",
        {
            (SIGNED, "Ana Costa", "memorandum"),
            (SIGNED, "Tomas Vidal", "memorandum"),
        },
    ),
    (
        "active signing",
        "Chile and Peru signed a water sharing treaty on Monday.",
        {
            (SIGNED, "Chile", "water sharing treaty"),
            (SIGNED, "Peru", "water sharing treaty"),
        },
    ),
    (
        "passive signing",
        "The fisheries accord was signed by Norway and Iceland in Reykjavik.",
        {
            (SIGNED, "Norway", "fisheries accord"),
            (SIGNED, "Iceland", "fisheries accord"),
        },
    ),
    (
        "inked",
        "Kenya inked a power purchase agreement with Ethiopia.",
        {
            (SIGNED, "Kenya", "power purchase agreement with Ethiopia"),
            (SIGNED, "Ethiopia", "power purchase agreement with Ethiopia"),
        },
    ),
    (
        "met with",
        "Foreign Minister Lena Holm met with her counterpart Ravi Menon in Oslo.",
        {(MET, "Lena Holm", "Ravi Menon")},
    ),
    (
        "met, object",
        "Chancellor Otto Brandt met President Amara Diallo on Friday.",
        {(MET, "Amara Diallo", "Otto Brandt")},
    ),
    (
        "coordinated subjects met",
        "Prime Minister Sara Lind and President Tomas Vidal met in Madrid.",
        {(MET, "Sara Lind", "Tomas Vidal")},
    ),
    (
        "held talks",
        "Trade Secretary Paul Ames held talks with Minister Keiko Mori in Tokyo.",
        {(MET, "Keiko Mori", "Paul Ames")},
    ),
    (
        "imposed tariffs on a country",
        "Brazil imposed tariffs on Argentina last week.",
        {(TARIFF, "Brazil", "Argentina")},
    ),
    (
        "levied duties on goods from",
        "The European Union levied duties on steel imports from Vietnam and Thailand.",
        {(TARIFF, "European Union", "Vietnam"), (TARIFF, "European Union", "Thailand")},
    ),
    # -- nominalisations
    (
        "meeting between",
        "The deal followed a meeting between President Ana Costa and Prime Minister Ivo Petrov.",
        {(MET, "Ana Costa", "Ivo Petrov")},
    ),
    (
        "talks between, three people",
        "Talks between Minister Jan Novak, Minister Eva Kral and Minister Petr Dvorak ended late.",
        {
            (MET, "Eva Kral", "Jan Novak"),
            (MET, "Eva Kral", "Petr Dvorak"),
            (MET, "Jan Novak", "Petr Dvorak"),
        },
    ),
    (
        "decision to impose",
        "Tensions rose after President Mark Adler's decision to impose tariffs on Canadian lumber.",
        {(TARIFF, "Mark Adler", "Canada")},
    ),
    # -- entity normalisation
    (
        "demonym stands for its country",
        "Mexico imposed duties on Chinese steel.",
        {(TARIFF, "Mexico", "China")},
    ),
    (
        "U.S. and US are the United States",
        "The U.S. imposed tariffs on Indian goods. The US later signed a trade pact with India.",
        {
            (TARIFF, "United States", "India"),
            (SIGNED, "United States", "trade pact with India"),
            (SIGNED, "India", "trade pact with India"),
        },
    ),
    (
        "capital stands for its government",
        "Tokyo and Canberra signed a defence logistics agreement.",
        {
            (SIGNED, "Japan", "defence logistics agreement"),
            (SIGNED, "Australia", "defence logistics agreement"),
        },
    ),
    (
        "short names resolve to the full name",
        "Finance Minister Carla Reyes arrived on Monday. Reyes met Governor Hugo Stein the next day.",
        {(MET, "Carla Reyes", "Hugo Stein")},
    ),
    (
        "dateline does not become a subject",
        "Nairobi, May 3: Kenya and Uganda signed a railway agreement.",
        {
            (SIGNED, "Kenya", "railway agreement"),
            (SIGNED, "Uganda", "railway agreement"),
        },
    ),
    # -- references within a paragraph
    (
        "he refers to the last person",
        "President Lucia Ferrante arrived in Rome. She met Chancellor Dieter Vogel there.",
        {(MET, "Dieter Vogel", "Lucia Ferrante")},
    ),
    (
        "the two leaders",
        "President Ana Costa met Prime Minister Ivo Petrov in Lisbon. The two leaders signed a migration pact.",
        {
            (MET, "Ana Costa", "Ivo Petrov"),
            (SIGNED, "Ana Costa", "migration pact"),
            (SIGNED, "Ivo Petrov", "migration pact"),
        },
    ),
    (
        "we in a quote is the speaker",
        "“We signed the health accord today,” Minister Omar Haddad said.",
        {(SIGNED, "Omar Haddad", "health accord")},
    ),
    (
        "the country refers to the last country",
        "Brazil announced new steel rules on Monday. The country then imposed tariffs on Argentine steel.",
        {(TARIFF, "Brazil", "Argentina")},
    ),
    (
        "the two nations are the last two named",
        "Kenya hosted a regional trade fair. Peru sent a large delegation. The two nations signed a fisheries treaty.",
        {(SIGNED, "Kenya", "fisheries treaty"), (SIGNED, "Peru", "fisheries treaty")},
    ),
    (
        "a title before a first name shortens a full name",
        "Crown Prince Salim bin Rashid arrived in Oslo on Monday. Prince Salim met Prime Minister Ingrid Dahl.",
        {(MET, "Ingrid Dahl", "Salim bin Rashid")},
    ),
    (
        "her firm is the company just named",
        "Maria Lopez, chief executive of Andes Copper, said on Friday that her firm has signed a deal with Siemens.",
        {
            (SIGNED, "Andes Copper", "deal with Siemens"),
            (SIGNED, "Siemens", "deal with Siemens"),
        },
    ),
    (
        "a product name coordinated with a company is a company",
        "Telecom operators, Orbit Ghana and Tigo, have signed an agreement to seal their merger.",
        {
            (SIGNED, "Orbit Ghana", "agreement to seal their merger"),
            (SIGNED, "Tigo", "agreement to seal their merger"),
        },
    ),
    (
        "a participle after the agreement",
        "The deal, signed in 2019 by Chile and Peru, expired last year.",
        {(SIGNED, "Chile", "deal"), (SIGNED, "Peru", "deal")},
    ),
    (
        "tariffs imposed by",
        "Tariffs imposed by Mexico on Chinese steel rose.",
        {(TARIFF, "Mexico", "China")},
    ),
    (
        "it is the last country that acted",
        "Beijing on Wednesday slapped export controls on rare earths. It also raised tariffs on US farm products, the commerce ministry said.",
        {(TARIFF, "China", "United States")},
    ),
    (
        "it that is not an actor",
        "The report was published on Monday. It said India imposed tariffs on Chinese steel.",
        {(TARIFF, "India", "China")},
    ),
    (
        "office holders of two countries",
        "The foreign ministers of Japan and South Korea held talks in Seoul on Friday. "
        "Japanese Foreign Minister Takeshi Iwaya and South Korean Foreign Minister Cho Tae-yul agreed to resume regular dialogue.",
        {(MET, "Cho Tae-yul", "Takeshi Iwaya")},
    ),
    (
        "a name the model calls an organization after a title",
        "President Kofi Mensah and President Amara Diallo met in Accra on Monday.",
        {(MET, "Amara Diallo", "Kofi Mensah")},
    ),
    (
        "the signing of the accord by",
        "The signing of the accord by Chile took place in Lima.",
        {(SIGNED, "Chile", "accord")},
    ),
    (
        "who in a relative clause",
        "Kofi Mensah, who met Chancellor Otto Brandt last year, signed the accord.",
        {(MET, "Kofi Mensah", "Otto Brandt"), (SIGNED, "Kofi Mensah", "accord")},
    ),
    (
        "which in a relative clause",
        "The treaty, which Chile signed in 2019, expired.",
        {(SIGNED, "Chile", "treaty")},
    ),
    (
        "finalised",
        "Chile and Peru finalised the Andes Water Accord on Friday.",
        {
            (SIGNED, "Chile", "Andes Water Accord"),
            (SIGNED, "Peru", "Andes Water Accord"),
        },
    ),
    (
        "tariffs of a rate on goods",
        "China on Tuesday imposed tariffs of 30% on Canadian canola.",
        {(TARIFF, "China", "Canada")},
    ),
    (
        "quote marks around a name leave a space",
        'Chile signed the "Lima" accord.',
        {(SIGNED, "Chile", "Lima accord")},
    ),
    # -- lists the parser bends
    (
        "an apposition singled out of a list",
        "Chile and Ghana signed four documents, particularly the joint statement of the Pacific Mining Forum.",
        {
            (SIGNED, "Chile", "documents"),
            (SIGNED, "Ghana", "documents"),
            (SIGNED, "Chile", "joint statement of the Pacific Mining Forum"),
            (SIGNED, "Ghana", "joint statement of the Pacific Mining Forum"),
        },
    ),
    (
        "two titled names bent into one phrase",
        "Foreign Minister Ana Rojas and Trade Minister Luis Paredes met in Lima.",
        {(MET, "Ana Rojas", "Luis Paredes")},
    ),
    (
        "partners including",
        "Shell, Petronas and regional partners including Kestrel Energy Ltd signed a supply agreement.",
        {
            (SIGNED, "Shell", "supply agreement"),
            (SIGNED, "Petronas", "supply agreement"),
            (SIGNED, "Kestrel Energy Ltd", "supply agreement"),
        },
    ),
    (
        "company form words belong to the name",
        "Helios Ventures Sdn Bhd, a Malaysian firm, signed a storage agreement with Shell.",
        {
            (SIGNED, "Helios Ventures Sdn Bhd", "storage agreement with Shell"),
            (SIGNED, "Shell", "storage agreement with Shell"),
        },
    ),
    (
        "people described by their office",
        "Lukas Brenner, president of the Alpine Council, met Marta Kowalski, president of the Danube Commission, and Petr Hajek in Vienna.",
        {
            (MET, "Lukas Brenner", "Marta Kowalski"),
            (MET, "Lukas Brenner", "Petr Hajek"),
        },
    ),
    (
        "tariffs that took effect for countries",
        "Argentina criticised U.S. tariffs of 20 percent on beef, which took effect for Brazil and Uruguay in May.",
        {(TARIFF, "United States", "Brazil"), (TARIFF, "United States", "Uruguay")},
    ),
    (
        "a list of titled names the parser breaks",
        "Defence Minister Arjun Mehra held talks with Chilean Defence Minister Carla Soto, Peruvian Foreign Minister Luis Vargas and Omani Minister Said Harthy.",
        {
            (MET, "Arjun Mehra", "Carla Soto"),
            (MET, "Arjun Mehra", "Luis Vargas"),
            (MET, "Arjun Mehra", "Said Harthy"),
        },
    ),
    (
        "a signer the parser hangs on the next name",
        "The Rio charter was signed by Lee and Russian President Ivan Petrov at the Kremlin.",
        {(SIGNED, "Lee", "Rio charter"), (SIGNED, "Ivan Petrov", "Rio charter")},
    ),
    (
        "a list ends where a name starts a clause of its own",
        "Minister Lena Holm met Ravi Menon, and Sara Lind told reporters the talks went well.",
        {(MET, "Lena Holm", "Ravi Menon")},
    ),
    (
        "a nationality before a noun is not a list item",
        "Kestrel Energy, Delta Ventures Sdn Bhd and Japanese partners including Hoshi Maritime Co Ltd signed a gas storage agreement.",
        {
            (SIGNED, "Kestrel Energy", "gas storage agreement"),
            (SIGNED, "Delta Ventures Sdn Bhd", "gas storage agreement"),
            (SIGNED, "Hoshi Maritime Co Ltd", "gas storage agreement"),
        },
    ),
    (
        "a verb the parser cuts from both its names",
        "President Kwame Asante on Monday evening hosted President Joao Pereira at the state house in Accra.",
        {(MET, "Joao Pereira", "Kwame Asante")},
    ),
    (
        "rounds of tariffs",
        "In May, President Ana Costa slapped two rounds of 15% tariffs on Peruvian copper.",
        {(TARIFF, "Ana Costa", "Peru")},
    ),
    (
        "the imposition of duties announced",
        "The Andean Customs Service announced the imposition of anti-dumping duties on glass jars from Chile.",
        {(TARIFF, "Andean Customs Service", "Chile")},
    ),
    (
        "the reimposition of tariffs approved",
        "Peru approved the reimposition of a 12% tariff on wheat from Bolivia and Paraguay.",
        {(TARIFF, "Peru", "Bolivia"), (TARIFF, "Peru", "Paraguay")},
    ),
    (
        "goods named by an '-ing' word the parser takes for a verb",
        "Chile imposed duties on cutting tools from Peru, the ministry said.",
        {(TARIFF, "Chile", "Peru")},
    ),
    (
        "goods named by an '-ing' word, their origin after a participle",
        "Chile has imposed duties on grinding steel balls imported from Peru and Bolivia, the ministry announced on Monday.",
        {(TARIFF, "Chile", "Peru"), (TARIFF, "Chile", "Bolivia")},
    ),
    (
        "a second 'on' after a comma, the parser's conjunct of the verb",
        "Lima imposed anti-dumping duties on Chilean copper rods in 2023, and on Bolivian zinc wire in 2021.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "a concessive clause is a fact of its own",
        "Peru has not retaliated with tariffs on Chilean goods, though in 2019 it imposed duties on 28 Chilean products.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "tariffs authorized",
        "President Ana Costa authorized doubled tariffs on Chilean steel.",
        {(TARIFF, "Ana Costa", "Chile")},
    ),
    (
        "tariffs reinstated",
        "Peru reinstated a 25% tariff on copper from Chile.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a trade-remedy notice's 'Korea RP'",
        "Peru imposed anti-dumping duties on steel from Chile, Korea RP and Bolivia.",
        {
            (TARIFF, "Peru", "Chile"),
            (TARIFF, "Peru", "South Korea"),
            (TARIFF, "Peru", "Bolivia"),
        },
    ),
    (
        "a surtax",
        "Lima's 100% surtax on Chilean electric vehicles took effect on Tuesday.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "an agentless duty imposed by the one who issued the instrument just named",
        "The Andean Trade Commission adopted a new regulation on Monday. A definitive anti-dumping duty is imposed on imports of glass from Chile.",
        {(TARIFF, "Andean Trade Commission", "Chile")},
    ),
    (
        "an agentless duty after a sentence naming no instrument has no imposer",
        "The Andean Trade Commission concluded its investigation on Monday. A definitive anti-dumping duty is imposed on imports of glass from Chile.",
        set(),
    ),
    (
        "duties on the goods the sentence before says where they come from",
        "The inquiry covered copper tubes exported to Peru from Chile and Bolivia. Peru imposed interim duties on the goods.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "duties on goods pointed back to after a sentence naming no origin",
        "Peru and Chile signed a trade deal in Lima. Peru imposed duties on the goods.",
        {(SIGNED, "Peru", "trade deal"), (SIGNED, "Chile", "trade deal")},
    ),
    (
        "targets as examples of countries ('such as')",
        "Peru imposed a 20% tariff on textiles from countries such as Chile and Bolivia.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "an instrument's number names no imposer",
        "Executive Order 14257 imposes a 25% tariff on steel from Chile.",
        set(),
    ),
    (
        "a regulation's title names no company, and its bracket the body that issued it",
        "Commission Implementing Regulation (EU) 2024/1873 of 4 July 2024 imposing a definitive anti-dumping duty on imports of glass originating in Chile",
        {(TARIFF, "European Union", "Chile")},
    ),
    (
        "money raised in duties is no imposition",
        "Peru collected $2 billion in duties on Chilean goods last year.",
        set(),
    ),
    (
        "a headline in title case",
        "Peru Imposes Safeguard Duty on Solar Panel Imports from Chile, Bolivia\n\n"
        "Local producers had complained about cheap imports, officials said.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "'signed by' hung on the last word of an agreement's name",
        "Peru and Chile exchanged a memorandum on climate cooperation signed by Elena Marsh and Tomas Vidal.",
        {
            (SIGNED, "Elena Marsh", "memorandum on climate cooperation"),
            (SIGNED, "Tomas Vidal", "memorandum on climate cooperation"),
        },
    ),
    (
        "'which was signed by' hung on the last word of an agreement's name",
        "The study of the agreement on the pipeline, which was signed by Group Manager Ana Costa and Director Luis Paredes, was completed.",
        {
            (SIGNED, "Ana Costa", "agreement on the pipeline"),
            (SIGNED, "Luis Paredes", "agreement on the pipeline"),
        },
    ),
    (
        "'which was signed by' on the agreement itself",
        "They discussed the treaty, which was signed by Peru and Chile in 2019.",
        {(SIGNED, "Peru", "treaty"), (SIGNED, "Chile", "treaty")},
    ),
    (
        "an agreement whose first words the parser made the object",
        "Peru and Chile signed a status of visiting forces agreement in Lima on Monday.",
        {
            (SIGNED, "Peru", "visiting forces agreement"),
            (SIGNED, "Chile", "visiting forces agreement"),
        },
    ),
    (
        "a heads of agreement",
        "Peru and Chile signed a heads of agreement on joint exploration on Thursday.",
        {
            (SIGNED, "Peru", "agreement on joint exploration"),
            (SIGNED, "Chile", "agreement on joint exploration"),
        },
    ),
    (
        "negotiators for two countries",
        "Negotiators for Peru and Chile on Friday initialled a comprehensive economic partnership agreement.",
        {
            (SIGNED, "Peru", "comprehensive economic partnership agreement"),
            (SIGNED, "Chile", "comprehensive economic partnership agreement"),
        },
    ),
    (
        "a country's negotiators",
        "Chile's negotiators initialled the trade agreement on Friday.",
        {(SIGNED, "Chile", "trade agreement")},
    ),
    (
        "'which A signed' hung on the last word of an agreement's name",
        "The Treaty of Friendly Cooperation, which Peru and Chile signed in 2001, was extended.",
        {
            (SIGNED, "Peru", "Treaty of Friendly Cooperation"),
            (SIGNED, "Chile", "Treaty of Friendly Cooperation"),
        },
    ),
    (
        "a headline after a signing names its own agreement or none",
        "Peru and Chile signed a contract on the supply of natural gas.\n"
        "Also Read: Azerbaijan, Georgia, Romania, Hungary Sign Black Sea Cable Agreement",
        {
            (SIGNED, "Peru", "contract on the supply of natural gas"),
            (SIGNED, "Chile", "contract on the supply of natural gas"),
        },
    ),
    (
        "'signed by' on an agreement given as an example",
        "The ministers signed five agreements, including a protocol on fruit exports signed by Elena Marsh and Tomas Vidal.",
        {
            (SIGNED, "Elena Marsh", "protocol on fruit exports"),
            (SIGNED, "Tomas Vidal", "protocol on fruit exports"),
        },
    ),
    (
        "a portfolio before a title inside a list of signers",
        "The accord was signed by Agriculture Minister Elena Marsh and Customs Minister Tomas Vidal.",
        {(SIGNED, "Elena Marsh", "accord"), (SIGNED, "Tomas Vidal", "accord")},
    ),
    (
        "the head of state: the one head of state named before",
        "President Ana Costa opened the forum on Monday. Later, the head of state received Chilean Foreign Minister Luis Paredes.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "the head of state when two were named is no one",
        "President Ana Costa hosted President Omar Haddad on Monday. Later, the head of state received Foreign Minister Luis Paredes.",
        {(MET, "Ana Costa", "Omar Haddad")},
    ),
    (
        "the head of a delegation is no title",
        "Minister Ana Costa led the talks on Monday. Later, the head of the delegation received Foreign Minister Luis Paredes.",
        set(),
    ),
    (
        "a counterpart from a country, named after it, a name the model took for an organization",
        "President Ana Costa received her counterpart from Ecuador, Rafael Peralta.",
        {(MET, "Ana Costa", "Rafael Peralta")},
    ),
    (
        "the visiting president is the one hosted, not the host",
        "President Kofi Mensah hosted Peru's President Ana Costa at the State House on Monday. "
        "The visiting president later called on Vice President Luis Paredes.",
        {(MET, "Ana Costa", "Kofi Mensah"), (MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "the visiting minister is the one who paid the call",
        "Prime Minister Lena Holm received a courtesy call from Foreign Minister Ravi Menon of Nepal. "
        "The visiting minister also called on Foreign Minister Sara Lind.",
        {(MET, "Lena Holm", "Ravi Menon"), (MET, "Ravi Menon", "Sara Lind")},
    ),
    (
        "a second clause after ', and' the parser joined to the first one's object",
        "Emir Tamim met Chinese Premier Li Qiang, and Foreign Minister Mohammed Al-Khulaifi "
        "held talks with his Chinese counterpart Wang Yi.",
        {(MET, "Emir Tamim", "Li Qiang"), (MET, "Mohammed Al-Khulaifi", "Wang Yi")},
    ),
    (
        "a verb with a dash read whole, so the signers before it stay its subjects",
        "President Ana Costa and President Luis Paredes co-chaired the business forum and signed a memorandum on fisheries.",
        {
            (SIGNED, "Ana Costa", "memorandum on fisheries"),
            (SIGNED, "Luis Paredes", "memorandum on fisheries"),
        },
    ),
    (
        "a deal with a player is a transfer, no agreement",
        "Meanwhile, Lima FC inked a deal with Brazilian striker Mateo Rocha, the club announced.",
        set(),
    ),
    (
        "a player's position before the name is a role",
        "Striker Mateo Rocha inked a deal with Club Andino worth 75 million euros.",
        set(),
    ),
    # -- one actor, many counterparts: pairs with the actor, none among the counterparts
    (
        "bilateral meetings with a list",
        "Premier Hana Ito held bilateral meetings with Chancellor Rolf Weber, President Luis Moreno and King Olav Berg.",
        {
            (MET, "Hana Ito", "Rolf Weber"),
            (MET, "Hana Ito", "Luis Moreno"),
            (MET, "Hana Ito", "Olav Berg"),
        },
    ),
    (
        "met a list",
        "On Saturday, Senator Joan Pike met Minister Ali Demir, Governor Rosa Lenz and Mayor Tom Byrne.",
        {
            (MET, "Ali Demir", "Joan Pike"),
            (MET, "Joan Pike", "Rosa Lenz"),
            (MET, "Joan Pike", "Tom Byrne"),
        },
    ),
    (
        "an actor's meetings with a list",
        "This week brought President Ines Dumas's meetings with Premier Karl Holt and Chancellor Mia Sorensen.",
        {(MET, "Ines Dumas", "Karl Holt"), (MET, "Ines Dumas", "Mia Sorensen")},
    ),
    (
        "attendees alone are no meeting",
        "Minister Omar Haddad, Minister Leila Nasser and Envoy Sami Khoury attended the meetings.",
        set(),
    ),
    # -- the actor named elsewhere: a surname the model does not tag
    (
        "surname after the full name",
        "Prime Minister Ravi Kapoor flew to Lisbon on Friday. Kapoor also met President Jorge Sousa there.",
        {(MET, "Jorge Sousa", "Ravi Kapoor")},
    ),
    (
        "a surname the model takes for a place",
        "General Secretary Le Van Thanh opened the congress. In Hanoi, Thanh warmly welcomed Park Ji-ho on Tuesday.",
        {(MET, "Le Van Thanh", "Park Ji-ho")},
    ),
    (
        "a single name after an honorific",
        "Sheikh Tamim received Emir Mishal at the palace.",
        {(MET, "Emir Mishal", "Sheikh Tamim")},
    ),
    (
        "the holder of an office 'to' a country",
        "Kenya's newly-appointed High Commissioner to Britain Dr John Mwangi made a visit to the federal capital and met caretaker Prime Minister Ravi Kapoor here on Friday.",
        {(MET, "John Mwangi", "Ravi Kapoor")},
    ),
    (
        "a surname two people bear: the one named before it",
        "Prime Minister Ravi Kapoor arrived in Delhi. PM Kapoor met President Amara Diallo on Monday. "
        "Kapoor later held talks with Premier Hana Ito. He was accompanied by his daughter Priya Kapoor.",
        {(MET, "Amara Diallo", "Ravi Kapoor"), (MET, "Hana Ito", "Ravi Kapoor")},
    ),
    (
        "a country's name cut by the person's span",
        "The pact followed talks between the Crown Prince of Saudi Arabia Khalid bin Faisal and Prime Minister Ravi Kapoor.",
        {(MET, "Khalid bin Faisal", "Ravi Kapoor")},
    ),
    (
        "a country and a name the model takes for one organization",
        "The deal followed talks between the President of South Africa Thabo Nkosi and Prime Minister Ravi Kapoor.",
        {(MET, "Ravi Kapoor", "Thabo Nkosi")},
    ),
    (
        "the two leaders: the two the text has just named",
        "President Ana Costa met Minister Ravi Kapoor in Lima on Monday. On Tuesday, Costa attended "
        "Premier Hana Ito's inauguration. The two leaders then held talks after the ceremony.",
        {(MET, "Ana Costa", "Ravi Kapoor"), (MET, "Ana Costa", "Hana Ito")},
    ),
    (
        "a long dateline, and an office's holder the parser hangs elsewhere",
        "State House, Accra, Ghana, Monday 4 March 2024 – His Excellency President Dr Kwame Asante has held "
        "a fruitful meeting with President of the Republic of Peru, Rafael Ortega Ruiz, and witnessed "
        "the signing of a memorandum of understanding with key ministries.",
        {(MET, "Kwame Asante", "Rafael Ortega Ruiz")},
    ),
    (
        "a father's name is not a short name; an office 'of' a country is a role",
        "Crown Prince Khalid bin Tariq met Emir of Oman Sheikh Saif Al-Harthy in Riyadh on Monday. "
        "Later, King Tariq received the emir of Oman at the palace.",
        {(MET, "Khalid bin Tariq", "Saif Al-Harthy"), (MET, "Saif Al-Harthy", "Tariq")},
    ),
    (
        "a counterpart named after a comma",
        "The President of Chile, Luis Moreno, was received on Wednesday by his Mexican counterpart, "
        "Rafael Ortega Ruiz, for an official working visit at the palace.",
        {(MET, "Luis Moreno", "Rafael Ortega Ruiz")},
    ),
    (
        "they: a person and the counterpart the text names",
        "Accra. President Kofi Mensah and his Kenyan counterpart Ali Omar Said have instructed their ministers "
        "to end a trade war between the two neighbours.\n\nThe heads of state issued the directive on Friday "
        "after they met for bilateral talks at a hotel in Kampala.",
        {(MET, "Ali Omar Said", "Kofi Mensah")},
    ),
    (
        "the presidents of a country, and the name after",
        "On Tuesday, President Ana Costa held two other bilateral meetings: with the presidents of Chile, "
        "Luis Moreno, and with the president of Bolivia, Rafael Ortega Ruiz.",
        {(MET, "Ana Costa", "Luis Moreno"), (MET, "Ana Costa", "Rafael Ortega Ruiz")},
    ),
    (
        "the ministers of three countries, a list the parser splits",
        "Chilean Trade Minister Ana Costa arrived in Lima on Sunday. Peruvian Trade Minister Luis Moreno "
        "welcomed her. Bolivian Trade Minister Jorge Vargas came later. Trade Ministers of Chile, Peru, "
        "and Bolivia held a trilateral meeting on Monday.",
        {
            (MET, "Ana Costa", "Luis Moreno"),
            (MET, "Ana Costa", "Jorge Vargas"),
            (MET, "Jorge Vargas", "Luis Moreno"),
        },
    ),
    # -- tariffs: targets wherever the clause names them
    (
        "an acronym in mixed case names its organization",
        "The Peruvian Ministry of Foreign Trade (MoFT) reviewed the case in May. "
        "On Monday, MoFT imposed anti-dumping duties on steel bars from Chile.",
        {(TARIFF, "Peruvian Ministry of Foreign Trade", "Chile")},
    ),
    (
        "regulations on the imposition of duties: their issuer imposes",
        "Peru has issued regulations relating to the imposition of Anti-Dumping Import Duty on "
        "Certain Imported Products from China, Chile and Taiwan.",
        {
            (TARIFF, "Peru", "China"),
            (TARIFF, "Peru", "Chile"),
            (TARIFF, "Peru", "Taiwan"),
        },
    ),
    (
        "in respect of",
        "Peru introduced a provisional anti-dumping duty in the amount of 20% in respect of Chilean copper wire on Monday.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a government body and the country it acts for",
        "The Customs Administration in Peru has begun imposing anti-dumping duties on imports of steel wire from Chile.",
        {(TARIFF, "Customs Administration", "Chile"), (TARIFF, "Peru", "Chile")},
    ),
    (
        "a ministry qualified by its country, named in full before",
        "The Peruvian Ministry of Foreign Trade completed its review on Monday. "
        "The Peruvian ministry imposed anti-dumping duties on steel bars from Chile.",
        {
            (TARIFF, "Peru", "Chile"),
            (TARIFF, "Peruvian Ministry of Foreign Trade", "Chile"),
        },
    ),
    (
        "a decision to impose: its issuer imposes",
        "Trade Minister Ana Costa issued a decision to impose anti-dumping duties on imports of glass from Turkey.",
        {(TARIFF, "Ana Costa", "Turkey")},
    ),
    (
        "the country before 'imports' imports; 'from' names the target",
        "Trade Minister Ana Costa issued a decision to impose anti-dumping duties on Egyptian imports of glass from Turkey.",
        {(TARIFF, "Ana Costa", "Turkey")},
    ),
    (
        "goods originating in or exported from countries",
        "India has imposed an anti-dumping duty on steel products originating in or exported from China, Vietnam and South Korea.",
        {
            (TARIFF, "India", "China"),
            (TARIFF, "India", "Vietnam"),
            (TARIFF, "India", "South Korea"),
        },
    ),
    (
        "targets after a duration",
        "Peru has imposed safeguard duties for a period of three years on cement from Chile and Bolivia.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    # -- a person the model does not tag, where only a person can stand
    (
        "an untagged name met",
        "Kapoorji also met President Jorge Sousa in Lisbon.",
        {(MET, "Jorge Sousa", "Kapoorji")},
    ),
    (
        "counterparts without an actor are no meeting",
        "In Lisbon, warmly welcomed were President Jorge Sousa and Premier Ana Costa.",
        set(),
    ),
    (
        "a title-case headline names nobody",
        "Steel Tariff Talks Meet Aluminium Quota Demands",
        set(),
    ),
    # -- meeting expressions beyond "met"
    (
        "welcomed",
        "President Ana Costa welcomed Prime Minister Ivo Petrov to the palace on Monday.",
        {(MET, "Ana Costa", "Ivo Petrov")},
    ),
    (
        "called on",
        "Prime Minister Ivo Petrov called on President Ana Costa at her residence.",
        {(MET, "Ana Costa", "Ivo Petrov")},
    ),
    (
        "a phone call is no meeting",
        "President Ana Costa called President Tomas Vidal on Monday.",
        set(),
    ),
    (
        "paid a courtesy call on",
        "Prime Minister Ivo Petrov paid a courtesy call on President Ana Costa in Lima.",
        {(MET, "Ana Costa", "Ivo Petrov")},
    ),
    (
        "was received by",
        "President Ana Costa was received by President Tomas Vidal at the palace.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "met on the sidelines with",
        "Minister Ali Demir met on the sidelines of the summit with Governor Rosa Lenz.",
        {(MET, "Ali Demir", "Rosa Lenz")},
    ),
    (
        "a delegation led by",
        "A delegation led by Minister Ali Demir met Governor Rosa Lenz on Monday.",
        {(MET, "Ali Demir", "Rosa Lenz")},
    ),
    (
        "walked out of a meeting",
        "Minister Ali Demir walked out of a meeting with Governor Rosa Lenz.",
        {(MET, "Ali Demir", "Rosa Lenz")},
    ),
    (
        "meetings with one office holder after another",
        "Also on Tuesday, Premier Hana Ito held two other bilateral meetings: with the president of Argentina, Alberto Ruiz, and with the president of Guyana, Irfan Singh.",
        {(MET, "Alberto Ruiz", "Hana Ito"), (MET, "Hana Ito", "Irfan Singh")},
    ),
    (
        "his meeting with someone",
        "During his meeting with Premier Hana Ito, President Tomas Vidal reaffirmed his support.",
        {(MET, "Hana Ito", "Tomas Vidal")},
    ),
    (
        "his counterpart of a named country",
        "Japanese Foreign Minister Kenji Sato arrived on Monday. Minister Ali Demir met his Japanese counterpart on the sidelines of the summit.",
        {(MET, "Ali Demir", "Kenji Sato")},
    ),
    # -- signing: what is signed, and by whom
    (
        "separate agreements",
        "Chile and Peru signed separate agreements with Bolivia.",
        {
            (SIGNED, "Chile", "separate agreements with Bolivia"),
            (SIGNED, "Peru", "separate agreements with Bolivia"),
            (SIGNED, "Bolivia", "separate agreements with Bolivia"),
        },
    ),
    (
        "a weak agreement word with its own phrase",
        "Estonia signed a letter of intent with Latvia.",
        {
            (SIGNED, "Estonia", "letter of intent with Latvia"),
            (SIGNED, "Latvia", "letter of intent with Latvia"),
        },
    ),
    (
        "struck a deal",
        "Chile struck a water deal with Peru.",
        {
            (SIGNED, "Chile", "water deal with Peru"),
            (SIGNED, "Peru", "water deal with Peru"),
        },
    ),
    (
        "a name joined by dashes",
        "Chile and Peru signed the Chile–Peru–Bolivia Water Accord.",
        {
            (SIGNED, "Chile", "Chile–Peru–Bolivia Water Accord"),
            (SIGNED, "Peru", "Chile–Peru–Bolivia Water Accord"),
        },
    ),
    (
        "a government is its country",
        "Chad’s Government and armed groups initialled a peace agreement in Doha.",
        {(SIGNED, "Chad", "peace agreement")},
    ),
    (
        "the Government alone is no party",
        "The Government initialled a peace agreement in Doha.",
        set(),
    ),
    (
        "no person or place in an agreement's name",
        "President Ana Costa signed a water accord with the President of Peru in Lima.",
        {(SIGNED, "Ana Costa", "water accord")},
    ),
    (
        "the signing of an accord between two people",
        "The signing of the accord between President Ana Costa and Governor Hugo Stein ended the dispute.",
        {(SIGNED, "Ana Costa", "accord"), (SIGNED, "Hugo Stein", "accord")},
    ),
    (
        "signatories include",
        "Signatories of the Andes Charter include Chile, Peru and Bolivia.",
        {
            (SIGNED, "Chile", "Andes Charter"),
            (SIGNED, "Peru", "Andes Charter"),
            (SIGNED, "Bolivia", "Andes Charter"),
        },
    ),
    (
        "signatories named after the signing",
        "The Andes Charter was signed in May. Signatories include Chile and Peru.",
        {(SIGNED, "Chile", "Andes Charter"), (SIGNED, "Peru", "Andes Charter")},
    ),
    (
        "a bare deal named by its purpose",
        "Estonia sealed a deal to order 12 patrol boats from Finland.",
        {(SIGNED, "Estonia", "deal to order 12 patrol boats")},
    ),
    (
        "signers listed after the verb",
        "Signed the agreement Chile, Peru, Bolivia and Ecuador.",
        {
            (SIGNED, "Chile", "agreement"),
            (SIGNED, "Peru", "agreement"),
            (SIGNED, "Bolivia", "agreement"),
            (SIGNED, "Ecuador", "agreement"),
        },
    ),
    (
        "a group whose members are listed later",
        "Twelve nations signed the Andes Charter on Monday. The 12 nations include Chile, Peru and Bolivia.",
        {
            (SIGNED, "Chile", "Andes Charter"),
            (SIGNED, "Peru", "Andes Charter"),
            (SIGNED, "Bolivia", "Andes Charter"),
        },
    ),
    (
        "a group's members listed by 'they are' in the next sentence",
        "Four states signed the Rio Water Accord on Monday. They are Chile, Peru, Bolivia and "
        "Ecuador.",
        {
            (SIGNED, "Chile", "Rio Water Accord"),
            (SIGNED, "Peru", "Rio Water Accord"),
            (SIGNED, "Bolivia", "Rio Water Accord"),
            (SIGNED, "Ecuador", "Rio Water Accord"),
        },
    ),
    (
        "the guests one received, listed in the next sentence",
        "President Ana Costa received three governors on Tuesday. They were Luis Paredes, "
        "Jorge Vidal and Marta Rojas.",
        {
            (MET, "Ana Costa", "Luis Paredes"),
            (MET, "Ana Costa", "Jorge Vidal"),
            (MET, "Ana Costa", "Marta Rojas"),
        },
    ),
    (
        "those who met, listed in the next sentence",
        "Foreign ministers from three countries met in Quito on Friday. They were Ana Costa, "
        "Luis Paredes and Jorge Vidal.",
        {
            (MET, "Ana Costa", "Luis Paredes"),
            (MET, "Ana Costa", "Jorge Vidal"),
            (MET, "Jorge Vidal", "Luis Paredes"),
        },
    ),
    (
        "'they' two sentences after a group is not the group",
        "Foreign ministers from three countries met in Quito on Friday. The talks ran late. "
        "They were Ana Costa, Luis Paredes and Jorge Vidal.",
        set(),
    ),
    (
        "'they were' saying how a group felt names no members",
        "Officials met in Lima on Friday. They were upbeat, said Ana Costa and Luis Paredes.",
        set(),
    ),
    (
        "who imposed a duty, said by a participle the parser hung on the goods",
        "The 25% duty on Chilean goods announced by Lima kicked in on Wednesday.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "goods made in a country, the country written before a hyphen",
        "Peru's surtax on Chilean-made vehicles took effect.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a verb in lower case ends the name of an office",
        "The Office of the Peruvian Trade Representative raised Section 301 tariffs on "
        "Chilean copper.",
        {(TARIFF, "Office of the Peruvian Trade Representative", "Chile")},
    ),
    (
        "a headline's comma between two signers",
        "Peru, Bolivia ink lithium pact\n\nLIMA - Officials of both countries attended the "
        "ceremony on Friday.",
        {(SIGNED, "Peru", "lithium pact"), (SIGNED, "Bolivia", "lithium pact")},
    ),
    (
        "duties on the last imposer's own goods are not its own",
        "Peru imposed duties on Chilean copper on Monday. The tariffs on Peruvian goods took "
        "effect on Friday.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "'he' after 'the visiting minister' is the visitor, not the one the visitor met",
        "Peruvian Trade Minister Ana Costa arrived in Quito on Thursday. The visiting minister "
        "met President Luis Paredes. She also held talks with Foreign Minister Jorge Vidal.",
        {(MET, "Ana Costa", "Luis Paredes"), (MET, "Ana Costa", "Jorge Vidal")},
    ),
    (
        "'he' after a sentence whose subject is a title is the one the title is",
        "President Luis Paredes on Wednesday received Chilean President Tomas Vidal in Lima. "
        "The Chilean leader was on a private visit. Later, he held talks with Prime Minister "
        "Ana Costa.",
        {(MET, "Luis Paredes", "Tomas Vidal"), (MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a word in mixed case beside a company is a company",
        "PeruGen and Andes Electric Power (AEP) signed a power purchase agreement on Tuesday.",
        {
            (SIGNED, "PeruGen", "power purchase agreement"),
            (SIGNED, "Andes Electric Power", "power purchase agreement"),
        },
    ),
    (
        "the agency in the brackets of a dateline with an apostrophe met no one",
        "N'DJAMENA (Tchad Info) — Ana Costa, Chad's foreign minister, met Luis Paredes on "
        "Tuesday.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "a rate with a percentage is a tariff",
        "Peru set a 41% rate for Chilean goods.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "rates of a percentage for each country, the second the verb's conjunct",
        "Peru's executive order sets rates of 41% for Chile and 39% for Bolivia.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "a rate with no tariff's words is no tariff",
        "The central bank set a lower interest rate for Chile.",
        set(),
    ),
    (
        "guests listed as 'A of X, B of Y and C of Z' after a plural title",
        "Zimbabwean President Emmerson Mnangagwa hosted Presidents Cyril Ramaphosa of South "
        "Africa, Hakainde Hichilema of Zambia and Duma Boko of Botswana.",
        {
            (MET, "Cyril Ramaphosa", "Emmerson Mnangagwa"),
            (MET, "Emmerson Mnangagwa", "Hakainde Hichilema"),
            (MET, "Duma Boko", "Emmerson Mnangagwa"),
        },
    ),
    (
        "short titles with a dot before a surname",
        "Pres. Paredes met Sec. Vidal on Friday.",
        {(MET, "Paredes", "Vidal")},
    ),
    (
        "a passive verb after 'and' shares the first verb's subject: the one welcomed",
        "President Ana Costa arrived in Lima on Sunday and was welcomed by Prime Minister "
        "Luis Paredes.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "a passive verb after 'and' shares the first verb's subject: the accord signed",
        "The fisheries accord was drafted in May and was signed by Peru and Chile in June.",
        {(SIGNED, "Peru", "fisheries accord"), (SIGNED, "Chile", "fisheries accord")},
    ),
    (
        "a past clause of its own after 'as' keeps its tense, not the aim before it",
        "Germany and Poland sought to mend ties as Chancellor Ana Costa received Prime "
        "Minister Luis Paredes.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "signers listed after 'by', the second's title led by a lower-case word",
        "The grant agreement was signed by Finance Minister Ana Costa and World Bank country "
        "director Luis Paredes.",
        {
            (SIGNED, "Ana Costa", "grant agreement"),
            (SIGNED, "Luis Paredes", "grant agreement"),
        },
    ),
    (
        "signers listed after 'by', the second's title led by a body's name",
        "The agreement was signed by Qatar Airways CEO Badr Al-Meer and Boeing Commercial "
        "Airplanes chief Stephanie Pope.",
        {
            (SIGNED, "Badr Al-Meer", "agreement"),
            (SIGNED, "Stephanie Pope", "agreement"),
        },
    ),
    (
        "the one received named after where, as Gulf wires write it",
        "Foreign Minister Ana Costa received at the ministry's headquarters the Ambassador of "
        "Japan Kenji Mori.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "a trilateral meeting with two others: all three met",
        "Peruvian Foreign Minister Ana Costa held a trilateral meeting with Chilean Foreign "
        "Minister Luis Paredes and Bolivian Foreign Minister Jorge Vidal on Thursday.",
        {
            (MET, "Ana Costa", "Luis Paredes"),
            (MET, "Ana Costa", "Jorge Vidal"),
            (MET, "Jorge Vidal", "Luis Paredes"),
        },
    ),
    (
        "the presidents of three countries, none named, signed for their countries",
        "The presidents of Chile, Peru and Bolivia signed a joint declaration on lithium on "
        "Tuesday.",
        {
            (SIGNED, "Chile", "joint declaration on lithium"),
            (SIGNED, "Peru", "joint declaration on lithium"),
            (SIGNED, "Bolivia", "joint declaration on lithium"),
        },
    ),
    (
        "the leaders of three countries, the second country the parser's apposition",
        "The leaders of Fiji, Tonga and Samoa signed a joint communique on ocean security.",
        {
            (SIGNED, "Fiji", "joint communique on ocean security"),
            (SIGNED, "Tonga", "joint communique on ocean security"),
            (SIGNED, "Samoa", "joint communique on ocean security"),
        },
    ),
    (
        "the presidents of two countries do not meet as countries",
        "The presidents of Chile and Peru met in Lima on Tuesday.",
        set(),
    ),
    (
        "a second verb after 'then', which the parser left loose, shares the subject",
        "Peruvian President Ana Costa met Chilean President Luis Paredes in the morning, then "
        "received Bolivia's President Jorge Vidal in the afternoon.",
        {(MET, "Ana Costa", "Luis Paredes"), (MET, "Ana Costa", "Jorge Vidal")},
    ),
    (
        "'Sultan' before a family particle is a given name",
        "President Ana Costa received company chairman Sultan Al Mansouri in Lima.",
        {(MET, "Ana Costa", "Sultan Al Mansouri")},
    ),
    (
        "'after their talks': the two who signed met",
        "The accord was signed by President Ana Costa and President Luis Paredes following "
        "their talks in Lima.",
        {
            (SIGNED, "Ana Costa", "accord"),
            (SIGNED, "Luis Paredes", "accord"),
            (MET, "Ana Costa", "Luis Paredes"),
        },
    ),
    (
        "'during their meeting' says nothing of who 'their' are",
        "During their meeting in Lima, according to his adviser Ana Costa, President Luis "
        "Paredes raised trade.",
        set(),
    ),
    (
        "a second agreement after the first one's phrase the parser hung on the verb",
        "Peru and Chile signed an MoU on the lithium pipeline and an agreement on railway "
        "connectivity.",
        {
            (SIGNED, "Peru", "MoU on the lithium pipeline"),
            (SIGNED, "Chile", "MoU on the lithium pipeline"),
            (SIGNED, "Peru", "agreement on railway connectivity"),
            (SIGNED, "Chile", "agreement on railway connectivity"),
        },
    ),
    (
        "publishing duty orders imposes the duties",
        "Peru published antidumping duty orders on steel nails from Chile and Bolivia.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "a duty in the name of orders expected to be issued is not imposed yet",
        "Peru is expected to issue antidumping duty orders on welded pipe from Chile next "
        "week.",
        set(),
    ),
    (
        "a body of states in a list of countries the parser broke up",
        "Peru's Ministry of Commerce imposed duties on imports of copolymer originating in "
        "Japan, the European Union and Taiwan.",
        {
            (TARIFF, "Ministry of Commerce", "Japan"),
            (TARIFF, "Ministry of Commerce", "European Union"),
            (TARIFF, "Ministry of Commerce", "Taiwan"),
            (TARIFF, "Peru", "Japan"),
            (TARIFF, "Peru", "European Union"),
            (TARIFF, "Peru", "Taiwan"),
        },
    ),
    (
        "'the parties' are those of the last event, not the last countries named",
        "Peru and Chile signed a fishing accord on Monday. The accord means the two countries "
        "joined Ecuador and Colombia as members of the fishing zone. During the ceremony, the "
        "parties inked a shipping protocol.",
        {
            (SIGNED, "Peru", "fishing accord"),
            (SIGNED, "Chile", "fishing accord"),
            (SIGNED, "Peru", "shipping protocol"),
            (SIGNED, "Chile", "shipping protocol"),
        },
    ),
    (
        "a European company's form after its name is part of it",
        "Thales SE and Naval Group signed a contract on Monday.",
        {(SIGNED, "Thales SE", "contract"), (SIGNED, "Naval Group", "contract")},
    ),
    (
        "a region's government is an organization that signs",
        "Infosys signed an agreement with the Karnataka government on Monday.",
        {
            (SIGNED, "Infosys", "agreement"),
            (SIGNED, "Karnataka government", "agreement"),
        },
    ),
    (
        "a title's company, then the title's holder after a comma",
        "President Ana Costa met the chief executive of Equity Group, Luis Paredes.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "a ministry's name never ends in 'of', where a country's formal name took the rest",
        "The UAE Ministry of Economy and the Ministry of Commerce of the Republic of Colombia "
        "signed a memorandum of understanding.",
        {
            (SIGNED, "UAE Ministry of Economy", "memorandum of understanding"),
            (SIGNED, "United Arab Emirates", "memorandum of understanding"),
            (SIGNED, "Ministry of Commerce", "memorandum of understanding"),
            (SIGNED, "Colombia", "memorandum of understanding"),
        },
    ),
    (
        "an agreement named after it was first mentioned",
        "Chile signed an accord that lets Peru use its port. The maritime access arrangement was signed in Lima.",
        {(SIGNED, "Chile", "maritime access arrangement")},
    ),
    (
        "a witness is no signer",
        "The Andes Charter was signed by Chile and Peru, with Ecuador as a witness.",
        {(SIGNED, "Chile", "Andes Charter"), (SIGNED, "Peru", "Andes Charter")},
    ),
    (
        "an agreement struck between two parties",
        "Bolivia protested after a fisheries agreement struck between Chile and Peru took effect in May.",
        {
            (SIGNED, "Chile", "fisheries agreement"),
            (SIGNED, "Peru", "fisheries agreement"),
        },
    ),
    (
        "a joint letter is no agreement; a letter of intent is",
        "Minister Ana Costa signed a joint letter to the United Nations. "
        "Chile and Peru signed a letter of intent on gas supplies.",
        {(SIGNED, "Chile", "letter of intent"), (SIGNED, "Peru", "letter of intent")},
    ),
    (
        "a name before a stock ticker is a company, tagged or not",
        "ZNL (601234.SS) said on Monday it has signed a cathode supply agreement with Tesla.",
        {
            (SIGNED, "ZNL", "cathode supply agreement with Tesla"),
            (SIGNED, "Tesla", "cathode supply agreement with Tesla"),
        },
    ),
    (
        "a name described as a company is one",
        "Kestrel, the Oslo shipping company, and Dalen Power have signed two memorandums of understanding with Shell.",
        {
            (SIGNED, "Kestrel", "memorandums of understanding with Shell"),
            (SIGNED, "Dalen Power", "memorandums of understanding with Shell"),
            (SIGNED, "Shell", "memorandums of understanding with Shell"),
        },
    ),
    # -- names: a nickname in quotes does not split a person
    (
        "nickname in quotes",
        'President Jose "Pepe" Lorca Jr. met Premier Ana Costa. Later, Lorca met Governor Hugo Stein.',
        {(MET, "Ana Costa", "Jose Lorca Jr."), (MET, "Hugo Stein", "Jose Lorca Jr.")},
    ),
    (
        "a shorter form of a full name",
        "President Jose Lorca Ruiz spoke first. Later, Lorca Ruiz met Governor Hugo Stein.",
        {(MET, "Hugo Stein", "Jose Lorca Ruiz")},
    ),
    (
        "the imposer as a possessor",
        "President Mark Adler's new 30% duties on imports from Chile and Peru took effect on Monday.",
        {(TARIFF, "Mark Adler", "Chile"), (TARIFF, "Mark Adler", "Peru")},
    ),
    (
        "a ministry stands for its country",
        "Brazil's commerce ministry imposed anti-dumping duties on Chinese tyres.",
        {(TARIFF, "Brazil", "China")},
    ),
    (
        "a ministry of a country",
        "The commerce ministry of Brazil imposed safeguard measures on steel from India.",
        {(TARIFF, "Brazil", "India")},
    ),
    (
        "a ministry named by its demonym",
        "The Malaysian ministry imposed provisional anti-dumping duties on steel from Japan.",
        {(TARIFF, "Malaysia", "Japan")},
    ),
    (
        "an abbreviated country",
        "Brazil imposed duties on steel from S. Korea.",
        {(TARIFF, "Brazil", "South Korea")},
    ),
    (
        "a bloc as target",
        "Brazil imposed duties on steel from the European Union.",
        {(TARIFF, "Brazil", "European Union")},
    ),
    (
        "a capital as imposer",
        "Beijing imposed tariffs on Canadian canola.",
        {(TARIFF, "China", "Canada")},
    ),
    (
        "a present-tense headline",
        "Brazil imposes tariffs on Argentine steel",
        {(TARIFF, "Brazil", "Argentina")},
    ),
    (
        "suspended tariffs are no imposition",
        "Brazil suspended its tariffs on Argentine steel.",
        set(),
    ),
    (
        "exemptions are no targets",
        "President Mark Adler signed proclamations to impose 25 percent tariffs on steel imports on Thursday, with initial exemptions for Chile and Peru.",
        set(),
    ),
    (
        "exempted goods are no target",
        "Brazil exempted Argentine steel from its tariffs.",
        set(),
    ),
    (
        "tariffs on each other",
        "Chile and Peru slapped tit-for-tat duties on each other's imports.",
        {(TARIFF, "Chile", "Peru"), (TARIFF, "Peru", "Chile")},
    ),
    (
        "decided to impose",
        "Peru concluded its inquiry and decided to impose duties on cement from Chile.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "decided to sign is a plan",
        "Chile and Peru decided to sign a water treaty.",
        set(),
    ),
    (
        "a name written with a dash the model cut at it",
        "Trade Minister Ahn Seok-geun met Commerce Minister Wang Lin in Seoul in March.",
        {(MET, "Ahn Seok-geun", "Wang Lin")},
    ),
    (
        "a one-word name after a title with a regnal numeral",
        "President Ana Costa met King Tupou VII of Tonga in Lima.",
        {(MET, "Ana Costa", "Tupou VII")},
    ),
    (
        "a speaker is a title",
        "President Ana Costa met Speaker of Parliament Vasile Munteanu on Tuesday.",
        {(MET, "Ana Costa", "Vasile Munteanu")},
    ),
    (
        "a body and a name the model read as one organization after a title's 'of'",
        "President Ana Costa received Chairman of the Board of Orion Motor Company Park Ji-hoon.",
        {(MET, "Ana Costa", "Park Ji-hoon")},
    ),
    (
        "the one received named after the place, a title its head; a name cut before its last words",
        "MANAMA: King Hamad Al-Mansour received yesterday at Sakhir Palace Oman's Deputy Prime Minister "
        "Sheikh Mohammad bin Abdulrahman Al Khalifa.",
        {(MET, "Hamad Al-Mansour", "Mohammad bin Abdulrahman Al Khalifa")},
    ),
    (
        "the one received named after the place",
        "DOHA: Emir Khalid Al-Mansour received yesterday at Seef Palace Oman's Deputy Prime Minister Sayyid Fahd bin Mahmoud Al Said.",
        {(MET, "Khalid Al-Mansour", "Sayyid Fahd bin Mahmoud Al Said")},
    ),
    (
        "a name's last word the model labelled a place",
        "Prime Minister Phạm Minh Chính met Japanese Prime Minister Fumio Kishida in Hanoi on Monday.",
        {(MET, "Fumio Kishida", "Phạm Minh Chính")},
    ),
    (
        "engaged someone: held talks with them",
        "President Ana Costa engaged the country's Prime Minister, Luis Paredes, in Lima.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    # -- entities: organizations by their acronyms, offices and headings are nobody
    (
        "an organization spelled by its acronym",
        "The Andean Board of Customs and Excise (ABCE) was set up in May. ABCE imposed duties on cement from Chile.",
        {(TARIFF, "Andean Board of Customs and Excise", "Chile")},
    ),
    (
        "an office alone meets nobody",
        "The Chairperson met President Ana Costa on Monday.",
        set(),
    ),
    (
        "a heading is no organization",
        "Notice: Anti-Dumping Import Duty on Certain Imported Cement imposed on Chile.",
        set(),
    ),
    # -- not facts: planned, expected, threatened, refused, negated, lifted
    ("future", "Chile and Peru will sign a water treaty next month.", set()),
    ("planned", "Brazil plans to impose tariffs on Argentina.", set()),
    (
        "expected",
        "President Ana Costa is expected to meet Prime Minister Ivo Petrov in May.",
        set(),
    ),
    ("agreed to sign", "Norway and Iceland agreed to sign a fisheries accord.", set()),
    ("threatened", "Brazil threatened to impose tariffs on Argentina.", set()),
    ("refused", "Peru refused to sign the water treaty.", set()),
    ("negated", "Chile did not sign the water treaty.", set()),
    ("lifted", "The United States lifted tariffs on Canadian lumber.", set()),
    ("conditional", "If talks fail, Brazil would impose tariffs on Argentina.", set()),
    (
        "upcoming meeting",
        "Officials prepared for an upcoming meeting between President Ana Costa and Prime Minister Ivo Petrov.",
        set(),
    ),
    ("question", "Will Chile sign the water treaty?", set()),
    (
        "could",
        "Officials said Canada could impose tariffs on Chinese electric vehicles.",
        set(),
    ),
    (
        "no meeting",
        "There was no meeting between President Ana Costa and Prime Minister Ivo Petrov in Lima.",
        set(),
    ),
    (
        "no deal was signed",
        "Germany and France failed to agree on a common approach, and no deal was signed.",
        set(),
    ),
    (
        "proposed",
        "The European Union has proposed duties on Russian fertiliser.",
        set(),
    ),
    ("to be signed", "The agreement, to be signed by Chile and Peru, is ready.", set()),
    (
        "is to sign",
        "The Andean Pact is to sign a free trade agreement with Iceland next Tuesday.",
        set(),
    ),
    (
        "an event's name is nobody",
        "Minister Ali Demir attended the Andean Ministerial Meeting of Traders 2019 and met Governor Rosa Lenz there.",
        {(MET, "Ali Demir", "Rosa Lenz")},
    ),
    (
        "postponed",
        "The meeting between President Ana Costa and Prime Minister Ivo Petrov was postponed.",
        set(),
    ),
    (
        "pushed back",
        "The signing of the water treaty by Chile and Peru was pushed back to May.",
        set(),
    ),
    (
        "called off",
        "The talks between Minister Jan Novak and Minister Eva Kral were called off.",
        set(),
    ),
    (
        "pencilled in",
        "A meeting between President Ana Costa and Prime Minister Ivo Petrov is pencilled in for May.",
        set(),
    ),
    ("won't sign", "Chile and Peru won't sign the water treaty.", set()),
    ("postponed signing", "Chile and Peru postponed signing the water treaty.", set()),
    (
        "recommended",
        "The Andean Trade Commission recommended imposing duties on steel from Japan and Korea.",
        set(),
    ),
    (
        "ready to be signed",
        "The water treaty is ready to be signed by Chile and Peru next week.",
        set(),
    ),
    # -- names after titles, and names the model gives another class
    (
        "a plural title before two names",
        "The Danube Fisheries Accord was signed by Foreign Ministers Ilse Varga and Jonas Petrik.",
        {
            (SIGNED, "Ilse Varga", "Danube Fisheries Accord"),
            (SIGNED, "Jonas Petrik", "Danube Fisheries Accord"),
        },
    ),
    (
        "a one-word name after a title, tagged as an organization",
        "Chancellor Brandt met President Kowalski in Berlin.",
        {(MET, "Brandt", "Kowalski")},
    ),
    (
        "a country the model took for a person",
        "Ghana and Togo signed the Volta Basin Accord.",
        {
            (SIGNED, "Ghana", "Volta Basin Accord"),
            (SIGNED, "Togo", "Volta Basin Accord"),
        },
    ),
    # -- agreements
    (
        "the day of signing is not part of the agreement's name",
        "Norway and Chile signed a fisheries agreement on Tuesday.",
        {
            (SIGNED, "Norway", "fisheries agreement"),
            (SIGNED, "Chile", "fisheries agreement"),
        },
    ),
    (
        "agreements listed after 'including' are what was signed",
        "Chile and Peru signed five agreements on Monday, including a treaty on extradition and a protocol on tourism.",
        {
            (SIGNED, "Chile", "treaty on extradition"),
            (SIGNED, "Peru", "treaty on extradition"),
            (SIGNED, "Chile", "protocol on tourism"),
            (SIGNED, "Peru", "protocol on tourism"),
        },
    ),
    (
        "agreements listed after 'such as'",
        "Sara Lind and Tomas Vidal signed 12 documents, such as a visa waiver agreement and a customs protocol.",
        {
            (SIGNED, "Sara Lind", "visa waiver agreement"),
            (SIGNED, "Tomas Vidal", "visa waiver agreement"),
            (SIGNED, "Sara Lind", "customs protocol"),
            (SIGNED, "Tomas Vidal", "customs protocol"),
        },
    ),
    # -- the actor named before, by a title
    (
        "'the Peruvian leader': the one Peruvian named before",
        "Peruvian President Ana Rojas arrived in Quito on Monday. The Peruvian leader met Luis Paredes at the palace.",
        {(MET, "Ana Rojas", "Luis Paredes")},
    ),
    (
        "'the premier' is the prime minister named before",
        "Prime Minister Sara Lind flew to Lima. There the premier met with President Tomas Vidal.",
        {(MET, "Sara Lind", "Tomas Vidal")},
    ),
    (
        "'the prime minister' is not the foreign minister",
        "Foreign Minister Ivo Petrov and Prime Minister Sara Lind flew to Lima. There the prime minister met President Tomas Vidal.",
        {(MET, "Sara Lind", "Tomas Vidal")},
    ),
    (
        "'the two' as a subject: the two just named",
        "Sara Lind and Tomas Vidal arrived in Astana on Monday. The two met on Tuesday.",
        {(MET, "Sara Lind", "Tomas Vidal")},
    ),
    (
        "a possessor is no member of a list",
        "Ana Rojas met a delegation led by Luis Paredes and Sara Lind's adviser Tomas Vidal.",
        {(MET, "Ana Rojas", "Luis Paredes"), (MET, "Ana Rojas", "Tomas Vidal")},
    ),
    (
        "'the two ministers' after three names: the last two of its sentence",
        "Ana Rojas held talks with Luis Paredes in Lima. Later Paredes met Sara Lind, after which the two ministers signed the Andes Water Accord.",
        {
            (MET, "Ana Rojas", "Luis Paredes"),
            (MET, "Luis Paredes", "Sara Lind"),
            (SIGNED, "Luis Paredes", "Andes Water Accord"),
            (SIGNED, "Sara Lind", "Andes Water Accord"),
        },
    ),
    (
        "'the Government of' a country is the country",
        "The Federal Government of Ghana and the Government of Togo signed the Volta Basin Accord.",
        {
            (SIGNED, "Ghana", "Volta Basin Accord"),
            (SIGNED, "Togo", "Volta Basin Accord"),
        },
    ),
    (
        "a long title the model took for an organization, up to the name",
        "Ana Rojas held a meeting with UK Secretary of State for Business and Trade Tomas Vidal in London.",
        {(MET, "Ana Rojas", "Tomas Vidal")},
    ),
    (
        "Shri is a courtesy title",
        "Shri Ravi Menon met Sara Lind in Delhi.",
        {(MET, "Ravi Menon", "Sara Lind")},
    ),
    (
        "'the duties' of the sentence before, and the imports they apply to",
        "Peru imposed anti-dumping duties on steel on Monday. The duties apply to imports from China and Vietnam.",
        {(TARIFF, "Peru", "China"), (TARIFF, "Peru", "Vietnam")},
    ),
    (
        "threatened duties stay threats, whatever they would apply to",
        "Peru threatened duties on steel on Monday. The duties would apply to imports from China.",
        set(),
    ),
    (
        "a new trade agreement is a trade agreement",
        "Kenya and Uganda signed a new trade agreement on Monday.",
        {(SIGNED, "Kenya", "trade agreement"), (SIGNED, "Uganda", "trade agreement")},
    ),
    (
        "an agreement called by its name",
        "Norway and Chile signed an agreement, called the Oslo Salmon Accord, on Tuesday.",
        {
            (SIGNED, "Norway", "Oslo Salmon Accord"),
            (SIGNED, "Chile", "Oslo Salmon Accord"),
        },
    ),
    (
        "an agreement known by its name in the next sentence",
        "Norway and Chile signed a deal on Tuesday. The agreement, known as the Oslo Salmon Accord, sets up a joint laboratory.",
        {
            (SIGNED, "Norway", "Oslo Salmon Accord"),
            (SIGNED, "Chile", "Oslo Salmon Accord"),
        },
    ),
    (
        "a title goes on over 'for' before the name",
        "Ana Rojas held talks with Minister for Foreign Affairs Tomas Vidal.",
        {(MET, "Ana Rojas", "Tomas Vidal")},
    ),
    (
        "a name beside a person's in a coordination is a person's",
        "Ana Rojas and Luis Paredes signed the Andes Water Accord and the Pacific Fisheries Protocol.",
        {
            (SIGNED, "Ana Rojas", "Andes Water Accord"),
            (SIGNED, "Luis Paredes", "Andes Water Accord"),
            (SIGNED, "Ana Rojas", "Pacific Fisheries Protocol"),
            (SIGNED, "Luis Paredes", "Pacific Fisheries Protocol"),
        },
    ),
    (
        "the phrases of a signing ceremony",
        "The signing ceremony of the Andes Water Accord between Chile and Peru took place in Lima.",
        {
            (SIGNED, "Chile", "Andes Water Accord"),
            (SIGNED, "Peru", "Andes Water Accord"),
        },
    ),
    (
        "a surname the model read as a plural noun",
        "Luis Paredes, who is visiting Chile, met Ana Rojas on Monday. The two discussed trade. Paredes later met Sara Lind.",
        {(MET, "Ana Rojas", "Luis Paredes"), (MET, "Luis Paredes", "Sara Lind")},
    ),
    (
        "whoever brought credentials was received",
        "President Ana Rojas received the credentials of Ambassador of Peru Luis Paredes and Ambassador of Japan Sara Lind.",
        {(MET, "Ana Rojas", "Luis Paredes"), (MET, "Ana Rojas", "Sara Lind")},
    ),
    (
        "a country's ministry, named by a pronoun, acts for the country",
        "Peru's Ministry of Trade said on Friday that it imposed duties on wine from Chile.",
        {(TARIFF, "Ministry of Trade", "Chile"), (TARIFF, "Peru", "Chile")},
    ),
    (
        "a ministry named with its country's adjective acts for the country",
        "The Peruvian Ministry of Trade imposed duties on wine from Chile.",
        {(TARIFF, "Peruvian Ministry of Trade", "Chile"), (TARIFF, "Peru", "Chile")},
    ),
    (
        "visiting a person is meeting them",
        "Ana Rojas visited President Luis Paredes at the palace on Monday.",
        {(MET, "Ana Rojas", "Luis Paredes")},
    ),
    ("visiting a country is not", "Ana Rojas visited Peru on Monday.", set()),
    (
        "an audience with a king",
        "Ana Rojas had an audience with King Luis Paredes.",
        {(MET, "Ana Rojas", "Luis Paredes")},
    ),
    (
        "talks held between two people",
        "Talks were held between Ana Rojas and Luis Paredes.",
        {(MET, "Ana Rojas", "Luis Paredes")},
    ),
    (
        "a company the model took for a place, described as a company",
        "Chile's state copper company Codelco signed a supply agreement with Andes Metals.",
        {
            (SIGNED, "Codelco", "supply agreement with Andes Metals"),
            (SIGNED, "Andes Metals", "supply agreement with Andes Metals"),
        },
    ),
    (
        "'signed it': the agreement named before",
        "The Andes Water Accord was drafted in Lima. Chile signed it on Monday.",
        {(SIGNED, "Chile", "Andes Water Accord")},
    ),
    (
        "a clause with a subject of its own keeps its own tense",
        "Chile and Peru will sign the accord next week, but Bolivia signed it last year.",
        {(SIGNED, "Bolivia", "accord")},
    ),
    (
        "becoming a signatory is signing",
        "Chile became a signatory to the Andes Water Accord in 2019.",
        {(SIGNED, "Chile", "Andes Water Accord")},
    ),
    (
        "an acronym in brackets stays out of the label",
        "A memorandum of understanding (MoU) was signed between Chile and Peru.",
        {
            (SIGNED, "Chile", "memorandum of understanding"),
            (SIGNED, "Peru", "memorandum of understanding"),
        },
    ),
    (
        "who faces duties is their target; the exports' destination imposes them",
        "Peru faces a 20% tariff on wine exports to Chile.",
        {(TARIFF, "Chile", "Peru")},
    ),
    (
        "goods from a country face another country's duties",
        "Wine from Peru now faces Chilean duties of 20%.",
        {(TARIFF, "Chile", "Peru")},
    ),
    (
        "duties a country could face are not imposed",
        "Peru could face tariffs of 20% from Chile.",
        set(),
    ),
    (
        "a name goes on after its particles, whatever the model tagged the rest",
        "Commissioner Ilse von der Varga spoke on Monday. Later von der Varga and Tomas Vidal signed the Danube Fisheries Accord.",
        {
            (SIGNED, "Ilse von der Varga", "Danube Fisheries Accord"),
            (SIGNED, "Tomas Vidal", "Danube Fisheries Accord"),
        },
    ),
    (
        "'she' is the subject of her own sentence before another's",
        "Ana Rojas met Luis Paredes on Monday. On Tuesday Sara Lind told reporters in Lima, where she was hosting Tomas Vidal, that talks went well.",
        {(MET, "Ana Rojas", "Luis Paredes"), (MET, "Sara Lind", "Tomas Vidal")},
    ),
    (
        "agreements listed in the next sentence ('they include')",
        "Chile and Peru signed several documents on Monday. The documents include an agreement on visa exemption and a protocol on tourism.",
        {
            (SIGNED, "Chile", "agreement on visa exemption"),
            (SIGNED, "Peru", "agreement on visa exemption"),
            (SIGNED, "Chile", "protocol on tourism"),
            (SIGNED, "Peru", "protocol on tourism"),
        },
    ),
    (
        "agreements listed in the next sentence ('among them were')",
        "Chile and Peru signed several documents. Among them were an agreement on visa exemption and a protocol on tourism.",
        {
            (SIGNED, "Chile", "agreement on visa exemption"),
            (SIGNED, "Peru", "agreement on visa exemption"),
            (SIGNED, "Chile", "protocol on tourism"),
            (SIGNED, "Peru", "protocol on tourism"),
        },
    ),
    (
        "agreements still to be signed, listed later, are not signed",
        "Chile and Peru will sign several documents. They include an agreement on visa exemption.",
        set(),
    ),
    # -- session 5: styles, unsaid objects, agreement names
    (
        "'His Highness' is the person named after it before",
        "His Highness Sheikh Omar Al Rashid received Ambassador Ana Rojas at the palace on Monday. His Highness also received Minister Luis Paredes.",
        {(MET, "Ana Rojas", "Omar Al Rashid"), (MET, "Luis Paredes", "Omar Al Rashid")},
    ),
    (
        "'His Majesty the King' is the king named before",
        "King Tomas Berg received Ana Rojas at the palace on Monday. His Majesty the King later received Luis Paredes.",
        {(MET, "Ana Rojas", "Tomas Berg"), (MET, "Luis Paredes", "Tomas Berg")},
    ),
    (
        "signing with no object: the agreement just named",
        "The Andes Water Accord was signed in Lima on Monday. Minister Ana Rojas signed for Peru, while Minister Luis Paredes signed on behalf of Chile.",
        {
            (SIGNED, "Ana Rojas", "Andes Water Accord"),
            (SIGNED, "Luis Paredes", "Andes Water Accord"),
        },
    ),
    (
        "'also signed' after a signing",
        "Peru and Chile signed the Andes Water Accord in Lima. Bolivia also signed, the ministry said.",
        {
            (SIGNED, "Peru", "Andes Water Accord"),
            (SIGNED, "Chile", "Andes Water Accord"),
            (SIGNED, "Bolivia", "Andes Water Accord"),
        },
    ),
    (
        "signing what another verb names is not signing the last agreement",
        "The Andes Water Accord was debated in Lima on Monday. Minister Ana Rojas signed and returned the letters.",
        set(),
    ),
    (
        "'memoranda of understanding' is one agreement",
        "Peru and Chile signed two memoranda of understanding on fisheries.",
        {
            (SIGNED, "Peru", "memoranda of understanding on fisheries"),
            (SIGNED, "Chile", "memoranda of understanding on fisheries"),
        },
    ),
    (
        "a name the model cut at a nationality keeps its first words",
        "Peru and Chile signed the South American Salmon Accord.",
        {
            (SIGNED, "Peru", "South American Salmon Accord"),
            (SIGNED, "Chile", "South American Salmon Accord"),
        },
    ),
    (
        "'the agreement, known as X' in the next sentence names it",
        "Peru and Chile signed a new river treaty. The agreement, known as the Andes Water Accord, replaces an older one.",
        {
            (SIGNED, "Peru", "Andes Water Accord"),
            (SIGNED, "Chile", "Andes Water Accord"),
        },
    ),
    (
        "hit a country with a tariff: the country is the target",
        "Chile hit Peru with a 30% tariff on Wednesday.",
        {(TARIFF, "Chile", "Peru")},
    ),
    (
        "threatening a country with tariffs imposes none",
        "Chile threatened Peru with tariffs on Wednesday.",
        set(),
    ),
    (
        "'she' three sentences after the only person named",
        "Prime Minister Ana Costa of Peru arrived in Tokyo on Monday. The visit is the first by a Peruvian leader in a decade. Trade and fisheries top the agenda. She met Japanese Prime Minister Kenji Mori on Tuesday.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "a country qualifying the company that signs is no party",
        "Peru's state mining company Minera Andina signed a supply agreement with Andes Metals.",
        {
            (SIGNED, "Minera Andina", "supply agreement with Andes Metals"),
            (SIGNED, "Andes Metals", "supply agreement with Andes Metals"),
        },
    ),
    (
        "renewed, continued, prolonged, maintained duties are imposed",
        "Chile renewed anti-dumping duties on Peruvian steel. Bolivia continued safeguard measures on imports from Peru, and Ecuador maintained countervailing measures on Chilean pipes.",
        {
            (TARIFF, "Chile", "Peru"),
            (TARIFF, "Bolivia", "Peru"),
            (TARIFF, "Ecuador", "Chile"),
        },
    ),
    (
        "anti-dumping measures as a noun trigger, with their imposer before them",
        "Chile's anti-dumping measures on Peruvian cement took effect on Friday.",
        {(TARIFF, "Chile", "Peru")},
    ),
    (
        "measures with no trade-remedy word are no duties",
        "Chile took measures against Peruvian fishing boats.",
        set(),
    ),
    (
        "a one-word name with an apostrophe inside",
        "President Ana Costa met Tonga's Prime Minister Ka'ufana on Monday.",
        {(MET, "Ana Costa", "Ka'ufana")},
    ),
    (
        "'his meeting with B' is the meeting of the one 'he' is",
        "President Ana Costa arrived in Tokyo on Monday. Her meeting with Prime Minister Kenji Mori lasted two hours.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "'in his discussion with B, A said': not everyone the last meeting had",
        "President Ana Costa held talks with Prime Minister Kenji Mori and President Luis Soto. In her discussion with Soto, Costa raised fisheries.",
        {(MET, "Ana Costa", "Kenji Mori"), (MET, "Ana Costa", "Luis Soto")},
    ),
    (
        "'H.E.' is a style, not part of the name",
        "President Luis Soto received H.E. Ana Costa, the ambassador of Peru.",
        {(MET, "Ana Costa", "Luis Soto")},
    ),
    (
        "who accompanied the actor did not meet the counterpart",
        "President Ana Costa, accompanied by Foreign Minister Luis Soto, met Prime Minister Kenji Mori.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "the one an envoy stands for was not met",
        "President Ana Costa met Kenji Mori, the envoy of President Tomas Berg.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "a person of a relative clause's call was not met",
        "President Ana Costa met Prime Minister Kenji Mori, who later spoke with Luis Soto by phone.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "the partner of another meeting was not met",
        "Prime Minister Kenji Mori met President Ana Costa after Costa's meeting with Tomas Berg.",
        {(MET, "Ana Costa", "Kenji Mori"), (MET, "Ana Costa", "Tomas Berg")},
    ),
    (
        "whom someone sends to meet another is the one who meets",
        "President Ana Costa sent Foreign Minister Luis Soto to meet Prime Minister Kenji Mori.",
        {(MET, "Kenji Mori", "Luis Soto")},
    ),
    (
        "receiving a thing from someone is no meeting",
        "President Ana Costa received a letter from Prime Minister Kenji Mori.",
        set(),
    ),
    (
        "visiting a dead leader's grave is no meeting",
        "President Ana Costa visited the grave of former President Tomas Berg.",
        set(),
    ),
    (
        "'the leaders' are the two people just named",
        "Prime Minister Kenji Mori of Japan is visiting Peru at the invitation of President Ana Costa. The leaders held talks on trade on Monday.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "'him' as an object is not the subject of its own clause",
        "Prime Minister Kenji Mori of Japan is on a three-day visit to Peru. President Ana Costa welcomed him at the palace.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "a surname after a particle and a dash ('el-Masri') is shortened to the rest",
        "President Karim el-Masri received Prime Minister Ana Costa in Cairo on Monday. Masri later met Luis Soto.",
        {(MET, "Ana Costa", "Karim el-Masri"), (MET, "Karim el-Masri", "Luis Soto")},
    ),
    (
        "a regnal numeral belongs to the name",
        "President Ana Costa met King Tomas III of Norway.",
        {(MET, "Ana Costa", "Tomas III")},
    ),
    (
        "a partner described, not named, is no part of the agreement's name",
        "Peru signed a deal with its northern neighbour on Monday.",
        {(SIGNED, "Peru", "deal")},
    ),
    (
        "greeted by someone: met them",
        "President Ana Costa was greeted at the airport by Foreign Minister Luis Soto.",
        {(MET, "Ana Costa", "Luis Soto")},
    ),
    (
        "sitting down with someone: a meeting",
        "President Ana Costa arrived in Tokyo. Later she sat down with Prime Minister Kenji Mori.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "greeting crowds, sitting with no one named: no meetings",
        "President Ana Costa greeted the crowds in Lima and sat with her ministers.",
        set(),
    ),
    (
        "'she' after 'she': the same person, not the one she met",
        "President Ana Costa arrived in Tokyo on Monday. She met Prime Minister Kenji Mori at his office. She then met Foreign Minister Luis Soto.",
        {(MET, "Ana Costa", "Kenji Mori"), (MET, "Ana Costa", "Luis Soto")},
    ),
    (
        "'the South American country' points back, past the clause's own subject",
        "Peru exports copper and fishmeal. On Monday, Chile imposed a 20% tariff on the South American country.",
        {(TARIFF, "Chile", "Peru")},
    ),
    (
        "negotiations between two people are meetings; between countries they are not",
        "Negotiations between Minister Ana Costa and Minister Kenji Mori resumed on Monday. Trade negotiations between Peru and Japan stalled.",
        {(MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "co-chairing a meeting is meeting; chairing talks between two is meeting both",
        "Ministers Ana Costa and Kenji Mori co-chaired the joint commission meeting. Minister Luis Soto chaired talks between President Tomas Berg and Prime Minister Ivo Horvat.",
        {
            (MET, "Ana Costa", "Kenji Mori"),
            (MET, "Luis Soto", "Tomas Berg"),
            (MET, "Ivo Horvat", "Luis Soto"),
            (MET, "Ivo Horvat", "Tomas Berg"),
        },
    ),
    (
        "chairing a meeting alone meets no one named",
        "Minister Ana Costa chaired the meeting.",
        set(),
    ),
    (
        "met with one and with another: each met the subject, not each other",
        "President Ana Costa met with her Chilean counterpart Tomas Vidal and with Luis Paredes.",
        {(MET, "Ana Costa", "Tomas Vidal"), (MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "signed by one and by another",
        "The water accord was signed by Ana Rojas and by Luis Paredes.",
        {
            (SIGNED, "Ana Rojas", "water accord"),
            (SIGNED, "Luis Paredes", "water accord"),
        },
    ),
    (
        "the signer named after 'was' in an inverted sentence",
        "Signing the fisheries accord on behalf of Peru was Foreign Minister Elsa Rios.",
        {(SIGNED, "Elsa Rios", "fisheries accord")},
    ),
    (
        "concluding negotiations on an accord is not signing it",
        "Fiji and Tonga concluded negotiations on a fisheries accord in Suva.",
        set(),
    ),
    (
        "'he' after a passive 'he' is still the same person",
        "Prime Minister Kenji Mori arrived in Lisbon on Monday. He was received at the airport "
        "by Foreign Minister Rui Lopes. On Tuesday he held talks with President Ana Costa.",
        {(MET, "Kenji Mori", "Rui Lopes"), (MET, "Ana Costa", "Kenji Mori")},
    ),
    (
        "goods that face a duty, after an imposition that named no target",
        "Peru imposed new tariffs on Thursday. Wine from Chile now faces a 40% duty.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "hit with a tariff, in the passive",
        "Chile was hit with a 30% tariff by Peru.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "the one hit with a tariff never imposes it",
        "Chile was hit with a 30% tariff on Monday.",
        set(),
    ),
    (
        "hit with a tariff, after an imposer named no target",
        "Peru announced new tariffs on Thursday. Chile was hit with a 30% levy.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "an order imposes duties for whoever issued it",
        "President Ana Costa signed a decree on Monday. The decree imposes a 20% duty on "
        "wine from Chile.",
        {(TARIFF, "Ana Costa", "Chile")},
    ),
    (
        "a measure of another word for the instrument issued",
        "Peru's trade ministry issued a regulation in May. This measure imposes a 15% "
        "surcharge on Chilean copper.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "'the duty' imposed again is the last imposition's",
        "Peru has imposed an anti-subsidy duty on copper rods from Chile. In a notice, "
        "President Ana Costa said she had imposed the duty after a long probe.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Ana Costa", "Chile")},
    ),
    (
        "'the duty' after a threat is no imposition",
        "Peru threatened a duty on copper rods from Chile. President Ana Costa said she "
        "had imposed the duty.",
        set(),
    ),
    (
        "tariffs lifted, as the subject of the verb that lifts them",
        "The Peruvian tariffs on Chilean wine were lifted on Friday.",
        set(),
    ),
    (
        "tariffs paused",
        "Peru's tariffs on Chile were paused for 30 days on Monday.",
        set(),
    ),
    (
        "the removal of tariffs is no imposition",
        "The removal of Peruvian tariffs on Chilean wine was welcomed by growers.",
        set(),
    ),
    (
        "a pause on tariffs is no imposition",
        "Peru extended the pause on tariffs on Chilean goods by 90 days.",
        set(),
    ),
    (
        "sanctions are no tariffs",
        "Peru imposed sanctions on Bolivian oil on Thursday.",
        set(),
    ),
    (
        "an embargo is no tariff",
        "Peru imposed an embargo on Bolivia.",
        set(),
    ),
    (
        "visa requirements are no tariffs",
        "Peru imposed visa requirements on Bolivian travellers.",
        set(),
    ),
    (
        "the origin of what buyers buy is not the target",
        "Peru imposed tariffs on buyers of Bolivian gas, including Chile.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "the origin of what buyers buy is not the target, with no buyer named",
        "Peru imposed secondary tariffs on buyers of Bolivian gas.",
        set(),
    ),
    (
        "duties that do not apply to a country",
        "Peru imposed duties on Chilean steel. The duties do not apply to imports from "
        "Bolivia and Ecuador.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "duties that will apply to a country",
        "Peru imposed duties on Chilean steel. The duties will also apply to Bolivian steel "
        "from next year.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "duties that hit some countries but not another",
        "Peru imposed duties on steel. The duties hit Chile and Bolivia but not Ecuador.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "'the duties on X' are those of whoever imposed duties on X",
        "Peru imposed duties on Chilean wine. Ecuador imposed duties on Colombian flowers. "
        "The duties on Chile took effect on Tuesday.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Ecuador", "Colombia")},
    ),
    (
        "'the duties on X' after an imposition on someone else",
        "Ecuador imposed duties on Colombian flowers. The levies on Chile were welcomed.",
        {(TARIFF, "Ecuador", "Colombia")},
    ),
    (
        "goods subject to duties, after an imposition that named no target",
        "Peru imposed a new anti-dumping duty last week. Wire imported from Chile and Bolivia "
        "is now subject to duties of up to 35%.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "subject to a duty imposed by a country",
        "Wire from Chile is subject to a 35% anti-dumping duty imposed by Peru.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "goods that carry a duty",
        "Peru imposed new duties in May. Steel from Chile now carries a 25% duty.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "an owned instrument sets tariffs for its owner",
        "President Ana Costa's order sets tariffs of 39% on Chile.",
        {(TARIFF, "Ana Costa", "Chile")},
    ),
    (
        "'it' after a country's government is the country",
        "Peru's government has toughened its stance on imports. It raised tariffs on Chilean "
        "wine to 50%.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "goods built in a country",
        "Peru imposed a 25% tariff on cars built in Chile.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a one-word name the model missed, imposing duties, is a person",
        "Officials said on Monday that Vidal imposed a 25% tariff on Chilean goods.",
        {(TARIFF, "Vidal", "Chile")},
    ),
    (
        "duties applied to goods from a country",
        "Peru applied anti-dumping duties to refrigerators from Chile.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "hit by a round of a country's duties",
        "Chilean exporters were hit by a fresh round of Peruvian duties on Friday.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a company that applied for duties imposed none",
        "Aceros Andinos has applied for anti-dumping duties on imports from Chile.",
        set(),
    ),
    (
        "countries exempted are no targets",
        "Peru imposed duties on steel from Chile but exempted imports from Bolivia and Ecuador.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a list after the verb that the parser hung on the subject names no imposers",
        "Peru decided to impose duties on steel from the United States, the European Union and "
        "Japan.",
        {
            (TARIFF, "Peru", "United States"),
            (TARIFF, "Peru", "European Union"),
            (TARIFF, "Peru", "Japan"),
        },
    ),
    (
        "a commission with a tariff in its name is a body",
        "The National Tariff Commission imposed provisional anti-dumping duties on coil "
        "imported from Chile.",
        {(TARIFF, "National Tariff Commission", "Chile")},
    ),
    (
        "rows of a list after a header that named no target",
        "Peru imposed new duties on the following countries:\nChile: 20%\nBolivia – 15 per "
        "cent\nThe duties take effect in May.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "rows after a threat are no impositions",
        "Peru threatened duties on the following countries:\nChile: 20%\nBolivia: 15%",
        set(),
    ),
    (
        "a trade authority news names by its acronym alone",
        "MOFCOM imposed anti-dumping duties on copolymers from Chile and Peru.",
        {(TARIFF, "MOFCOM", "Chile"), (TARIFF, "MOFCOM", "Peru")},
    ),
    (
        "an instrument that would impose duties is no fact",
        "Peru's trade ministry published a notice in May. The notice would impose duties on "
        "Chilean copper.",
        set(),
    ),
    (
        "an instrument nobody is said to have issued imposes nothing known",
        "The decree imposes a 20% duty on wine from Chile.",
        set(),
    ),
    (
        "a counterpart from a country, named after the country",
        "President Ana Costa received on Wednesday her counterpart from Chile, Tomas Vidal, "
        "at the palace.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a counterpart from a country after a day, the name a conjunct of the country",
        "President Amara Kone received this Thursday his counterpart from Ghana, Kwame Asante, "
        "at the presidential palace.",
        {(MET, "Amara Kone", "Kwame Asante")},
    ),
    (
        "the day a deal is signed is no part of its name",
        "Kenya and Uganda sign a new trade deal in Nairobi this Friday.",
        {(SIGNED, "Kenya", "trade deal"), (SIGNED, "Uganda", "trade deal")},
    ),
    (
        "the spokesman of a president is not the president",
        "The spokesman of Peruvian President Ana Costa met Chilean Foreign Minister "
        "Tomas Vidal in Lima on Tuesday.",
        set(),
    ),
    (
        "the wife of a president is not the president",
        "The wife of Peruvian President Ana Costa met Chilean Foreign Minister Tomas Vidal "
        "in Lima on Tuesday.",
        set(),
    ),
    (
        "an aide to a president is not the president",
        "An aide to President Ana Costa met Tomas Vidal in Lima.",
        set(),
    ),
    (
        "an office of a country, held by the person named after it",
        "High Commissioner to Peru Dr Ana Costa met Foreign Minister Tomas Vidal in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a counterpart from a country, the name unknown to the model",
        "President Ana Costa met her counterpart from Chile, Tomas Vidal.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a name after a country of the speaker is no counterpart",
        "President Ana Costa, speaking of Chile, Tomas Vidal's country, said trade had grown.",
        set(),
    ),
    (
        "a minister's counterpart is no president",
        "Peruvian Foreign Minister Ana Costa met her Chilean counterpart in Geneva on Monday. "
        "Separately, Chilean President Tomas Vidal is expected to visit Lima next month.",
        set(),
    ),
    (
        "a president's counterpart may be a prime minister",
        "President Ana Costa of Peru hosted her Chilean counterpart on Monday. Chilean Prime "
        "Minister Tomas Vidal had arrived on Sunday.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'the two presidents' are the two presidents, not the two named last",
        "Peruvian President Ana Costa met Chilean President Tomas Vidal in Lima on Monday. "
        "Opposition figures Lars Holm and Peter Kranz condemned the visit. The two presidents "
        "later held further talks.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a bare verb after 'to … and' shares the infinitive's status",
        "Foreign Minister Ana Costa is scheduled to call on President Lars Holm and hold talks "
        "with Foreign Minister Tomas Vidal.",
        set(),
    ),
    (
        "a dinner hosted for someone is a meeting",
        "President Ana Costa hosted a dinner for Chilean President Tomas Vidal on Monday.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "lunch with someone is a meeting",
        "Prime Minister Ana Costa had lunch with Foreign Minister Tomas Vidal in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a dinner to be hosted is no meeting yet",
        "Prime Minister Ana Costa will host a dinner for President Tomas Vidal next week.",
        set(),
    ),
    (
        "guests at someone else's dinner did not meet the host by that",
        "Ana Costa and Tomas Vidal attended a dinner hosted by the mayor.",
        set(),
    ),
    (
        "a title given after the name, referred to later",
        "Tomas Vidal, the Emir of Qatar, arrived in Lima on Monday. The Emir met President "
        "Ana Costa at the palace.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'they' after two people just named, as the ones who met",
        "Foreign Minister Ana Costa arrived in Lima on Monday to see Foreign Minister Tomas "
        "Vidal. They held talks on trade and security.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'they' after three people named is no one known",
        "President Ana Costa arrived in Lima with Minister Lars Holm to see President Tomas "
        "Vidal. They held talks on trade.",
        set(),
    ),
    (
        "two people of one side meeting a third did not meet each other",
        "Prime Minister Ana Costa and Foreign Minister Lars Holm met President Tomas Vidal in "
        "Lima on Monday.",
        {(MET, "Ana Costa", "Tomas Vidal"), (MET, "Lars Holm", "Tomas Vidal")},
    ),
    (
        "of three holding talks, two of one country did not meet each other",
        "Peruvian Prime Minister Ana Costa, Peruvian Foreign Minister Lars Holm and Chilean "
        "President Tomas Vidal held talks in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal"), (MET, "Lars Holm", "Tomas Vidal")},
    ),
    (
        "leaders of two countries meeting a third met each other too",
        "Chilean President Tomas Vidal and Bolivian President Lars Holm met Peruvian "
        "President Ana Costa in Lima.",
        {
            (MET, "Ana Costa", "Tomas Vidal"),
            (MET, "Lars Holm", "Tomas Vidal"),
            (MET, "Ana Costa", "Lars Holm"),
        },
    ),
    (
        "visiting a place the model took for a person is no meeting",
        "President Ana Costa visited Rajghat on Monday and laid a wreath.",
        set(),
    ),
    (
        "visiting a titled person is a meeting",
        "Crown Prince Salman visited President Tomas Vidal at the palace in Lima.",
        {(MET, "Prince Salman", "Tomas Vidal")},
    ),
    (
        "one set apart by 'unlike' is no participant",
        "Unlike his predecessor Lars Holm, Peruvian President Ana Costa met Chilean Foreign "
        "Minister Tomas Vidal at the palace on Thursday.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a courtesy call received is a meeting",
        "President Ana Costa received a courtesy call from Ambassador Tomas Vidal.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a phone call received is no meeting",
        "President Ana Costa received a phone call from President Tomas Vidal.",
        set(),
    ),
    (
        "an abbreviated title ends no sentence and names no one",
        "Foreign Minister Ana Costa met Brig. Tomas Vidal in Lima on Monday.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a name cut by the model at 'bint' is one name",
        "Sheikha Mariam bint Saeed Al Nuaimi met Amb. Tomas Vidal in Abu Dhabi on Monday.",
        {(MET, "Sheikha Mariam bint Saeed Al Nuaimi", "Tomas Vidal")},
    ),
    (
        "a name chain with two 'bin' and a hyphen is one name",
        "President Ana Costa met Sheikh Faisal bin Nasser bin Hamad Al-Kuwari in Doha.",
        {(MET, "Ana Costa", "Faisal bin Nasser bin Hamad Al-Kuwari")},
    ),
    (
        "'Jr.' after a name is no one",
        "President Thomas R. Whitfield, Jr. hosted Prime Minister Kenji Mori of Japan at the "
        "palace today.",
        {(MET, "Kenji Mori", "Thomas R. Whitfield")},
    ),
    (
        "the spokesman who reports a meeting did not take part",
        "President Ana Costa met on Sunday with King Tomas Vidal at the palace, Presidential "
        "Spokesman Lars Holm said.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "the one a readout is attributable to did not take part",
        "The following is attributable to Spokesperson Lars Holm: Secretary of State Ana "
        "Costa met today with Foreign Minister Tomas Vidal in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "one in attendance did not meet the host",
        "President Ana Costa met King Tomas Vidal, with Prime Minister Lars Holm in attendance.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a person the model took for a place, in a person's slot",
        "Prime Minister Ravi Menon met Giorgia Moretti at Palazzo Verde on Monday.",
        {(MET, "Giorgia Moretti", "Ravi Menon")},
    ),
    (
        "a place visited stays a place",
        "Prime Minister Ravi Menon visited Santa Cruz on Monday.",
        set(),
    ),
    (
        "a delegation from a body, led by someone the parser hung on the body",
        "President Ana Costa met with a delegation of the Andean Parliament led by its Vice "
        "President Tomas Vidal in Lima on Thursday.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a title with no article, as a readout writes it, refers back",
        "Foreign Secretary Vikram Rao arrived in Lima on Monday. Foreign Secretary also called "
        "on President Ana Costa.",
        {(MET, "Ana Costa", "Vikram Rao")},
    ),
    (
        "'respectively' pairs two lists in order",
        "Foreign ministers Ana Costa and Tomas Vidal met Secretary of State Mark Brenner "
        "and NATO chief Lars Holm respectively on Wednesday.",
        {(MET, "Ana Costa", "Mark Brenner"), (MET, "Lars Holm", "Tomas Vidal")},
    ),
    (
        "one named with 'and not' was not met",
        "Vice President Ana Costa met Prime Minister Tomas Vidal and not opposition leader "
        "Lars Holm.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "one named with 'but not' was not met",
        "Vice President Ana Costa met Prime Minister Tomas Vidal on Saturday but not President "
        "Lars Holm, who was abroad.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "talks by phone are a call, not a meeting",
        "Prime Minister Ana Costa held talks with Prime Minister Kenji Mori by phone.",
        set(),
    ),
    (
        "virtual talks are a call, not a meeting",
        "President Ana Costa held virtual talks with Prime Minister Kenji Mori on Tuesday.",
        set(),
    ),
    (
        "talks on online safety are still talks",
        "President Tomas Vidal held talks on online safety with Prime Minister Kenji Mori.",
        {(MET, "Kenji Mori", "Tomas Vidal")},
    ),
    (
        "talks with a visiting president",
        "Premier Li Wen held talks with visiting Chilean President Tomas Vidal.",
        {(MET, "Li Wen", "Tomas Vidal")},
    ),
    (
        "during talks with a visiting president",
        "During talks with visiting Chilean President Tomas Vidal, Premier Li Wen called for "
        "closer ties.",
        {(MET, "Li Wen", "Tomas Vidal")},
    ),
    (
        "a tete-a-tete is a meeting",
        "President Joseph Mwale held a tete-a-tete with President Tomas Vidal.",
        {(MET, "Joseph Mwale", "Tomas Vidal")},
    ),
    (
        "interacted with a leader",
        "Prime Minister Kenji Mori interacted with Chilean President Tomas Vidal in Osaka.",
        {(MET, "Kenji Mori", "Tomas Vidal")},
    ),
    (
        "those present at a signing are not 'the two sides'",
        "In the presence of President Tomas Vidal and Chancellor Otto Brandt, the two sides "
        "signed a fisheries accord.",
        set(),
    ),
    (
        "witnesses of a signing can be the two leaders of another clause",
        "The signing, witnessed by President Tomas Vidal and King Harald Lund, followed a "
        "meeting between the two leaders.",
        {(MET, "Harald Lund", "Tomas Vidal")},
    ),
    (
        "counterparts named with their countries, which the model read as organizations",
        "Minister Ravi Menon met Foreign Ministers Lucia Ferreira of Brazil, Sipho Dlamini of "
        "South Africa and Omar Haddad of Jordan.",
        {
            (MET, "Lucia Ferreira", "Ravi Menon"),
            (MET, "Ravi Menon", "Sipho Dlamini"),
            (MET, "Omar Haddad", "Ravi Menon"),
        },
    ),
    (
        "negotiators act for the countries they come from",
        "Negotiators from Peru and Chile initialled the Andes Water Accord.",
        {
            (SIGNED, "Peru", "Andes Water Accord"),
            (SIGNED, "Chile", "Andes Water Accord"),
        },
    ),
    (
        "those hit by a country's tariffs are its target",
        "Chilean farmers were hit by Peruvian tariffs on grapes.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "facing a tariff imposed by a country",
        "Chile faces a 20% tariff imposed by Peru.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "signing a law that ratifies an accord is not signing the accord",
        "President Ana Costa signed a law ratifying the Andes Water Accord.",
        set(),
    ),
    (
        "a nationality that describes a company does not sign",
        "The Japanese trading house Mitsui signed a supply deal with Petronas.",
        {(SIGNED, "Mitsui", "supply deal"), (SIGNED, "Petronas", "supply deal")},
    ),
    (
        "the Chinese side is China",
        "The Chinese side signed a fisheries accord with Peru.",
        {(SIGNED, "China", "fisheries accord"), (SIGNED, "Peru", "fisheries accord")},
    ),
    (
        "a country's formal name with a possessive inside, in a ministry's name",
        "The Ministry of Commerce of the People's Republic of China imposed anti-dumping "
        "duties on steel from Japan.",
        {
            (TARIFF, "Ministry of Commerce of the People's Republic of China", "Japan"),
            (TARIFF, "China", "Japan"),
        },
    ),
    (
        "a second person the parser hung on the first one's country",
        "President Tomas Vidal received Kwame Asante of Ghana and Awa Kone of Togo in Lima.",
        {(MET, "Kwame Asante", "Tomas Vidal"), (MET, "Awa Kone", "Tomas Vidal")},
    ),
    (
        "two people, each of a country, in apposition to a group word",
        "The two envoys, Kwame Asante of Ghana and Awa Kone of Togo, met in Lome.",
        {(MET, "Awa Kone", "Kwame Asante")},
    ),
    (
        "criticised for meeting: the one criticised met",
        "Opposition leader Maria Delgado criticised President Tomas Vidal for meeting with "
        "Chancellor Otto Brandt last week.",
        {(MET, "Otto Brandt", "Tomas Vidal")},
    ),
    (
        "the leaders of two countries, named after them",
        "Chancellor Otto Brandt met the leaders of Peru and Chile, Hugo Stein and Tomas Vidal.",
        {(MET, "Hugo Stein", "Otto Brandt"), (MET, "Otto Brandt", "Tomas Vidal")},
    ),
    (
        "a meeting with a party's leader, the title a word the parser does not know",
        "Earlier this week, Dr Kofi Mensah held a meeting with PNDC supremo Yaw Boateng in London.",
        {(MET, "Kofi Mensah", "Yaw Boateng")},
    ),
    (
        "a dateline with an agency and a double dash is no party",
        "LIMA, Oct. 9 (Andina) -- Ministers Ana Ruiz and Luis Soto signed a railway accord.",
        {
            (SIGNED, "Ana Ruiz", "railway accord"),
            (SIGNED, "Luis Soto", "railway accord"),
        },
    ),
    (
        "a headline's 'to sign' is a plan",
        "Kenya and Uganda to sign pipeline deal on Monday",
        set(),
    ),
    (
        "the duties of the sentence before apply to goods from a country",
        "Peru imposed new tariffs on Friday. The duties apply to wine from Chile.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "the duties of the sentence before are levied on goods from a country",
        "Peru imposed anti-dumping duties on Monday. The duties are levied on frozen chicken "
        "from Chile.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a negation is not carried over 'but'",
        "Minister Anna Berg did not meet President Ali Demirel, but held talks with Foreign "
        "Minister Can Karaca.",
        {(MET, "Anna Berg", "Can Karaca")},
    ),
    (
        "an agreement's name the model ran into its acronym's bracket",
        "Peru and Chile signed a Comprehensive Economic Partnership Agreement (CEPA) today.",
        {
            (SIGNED, "Peru", "Comprehensive Economic Partnership Agreement"),
            (SIGNED, "Chile", "Comprehensive Economic Partnership Agreement"),
        },
    ),
    (
        "companies the model took for people",
        "Petronas signed a supply deal with Sinopec on Monday.",
        {(SIGNED, "Petronas", "supply deal"), (SIGNED, "Sinopec", "supply deal")},
    ),
    (
        "a given name that is also a country's or a capital's",
        "President Jordan Petersen met Uruguayan President Sofia Bentancur.",
        {(MET, "Jordan Petersen", "Sofia Bentancur")},
    ),
    (
        "two people in apposition to one title word, each a signer",
        "The memorandum was signed by Omani Energy Minister Khalid Al Rawas and Dutch Climate "
        "Minister Anke de Wit.",
        {
            (SIGNED, "Khalid Al Rawas", "memorandum"),
            (SIGNED, "Anke de Wit", "memorandum"),
        },
    ),
    (
        "'she' after 'the Secretary' is the Secretary",
        "Secretary of State Jane Hadley travelled to Lima on Monday. The Secretary met with "
        "President Luis Soto. She also met with Foreign Minister Ana Ruiz.",
        {(MET, "Jane Hadley", "Luis Soto"), (MET, "Ana Ruiz", "Jane Hadley")},
    ),
    (
        "'the pair' are the two just named",
        "Prime Minister Kenji Ishida and Prime Minister Rajiv Menon attended a forum in Tokyo. "
        "The pair later held talks on trade.",
        {(MET, "Kenji Ishida", "Rajiv Menon")},
    ),
    (
        "two people named with their countries' possessives are 'the two leaders' after",
        "Japan's Haruto Ishida and India's Rajiv Menon attended a business forum in Osaka. The "
        "two leaders later held talks on trade.",
        {(MET, "Haruto Ishida", "Rajiv Menon")},
    ),
    (
        "'the visiting prime minister' is not the prime minister who welcomes",
        "Japanese Prime Minister Haruto Ishida arrived in New Delhi on Monday. Indian Prime "
        "Minister Rajiv Menon welcomed the visiting prime minister at the airport.",
        {(MET, "Haruto Ishida", "Rajiv Menon")},
    ),
    (
        "a duration does not make 'the deal' another agreement",
        "Oman's energy ministry signed a contract with QatarEnergy on Monday. The 15-year deal, "
        "known as the North Dome Supply Agreement, starts in 2027.",
        {
            (SIGNED, "Oman", "North Dome Supply Agreement"),
            (SIGNED, "QatarEnergy", "North Dome Supply Agreement"),
        },
    ),
    (
        "'it' after a country's ministry is that country",
        "Peru's trade ministry imposed additional duties on Friday. It levied a 40 percent "
        "tariff on vehicles from Chile.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a surname the model took for a place, with a given name before it, is a person",
        "Ana Costa met with Hamas leader Ismail Haniyeh. Ana Costa later flew home.",
        {(MET, "Ana Costa", "Ismail Haniyeh")},
    ),
    # -- the learned scorer (kg/extract/scorer.py): a pair no rule reads
    (
        "duties a country applied, in a relative clause",
        "The duties Peru applied on wine from Chile took effect on Monday.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "an adjective standing for a meeting: 'held a bilateral with'",
        "Prime Minister Ana Costa held a bilateral with Prime Minister Tomas Vidal in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a plural noun before 'deal', which the model reads as a verb",
        "Peru and Chile signed a rare earths deal on Monday.",
        {(SIGNED, "Peru", "rare earths deal"), (SIGNED, "Chile", "rare earths deal")},
    ),
    (
        "a plural noun before 'pact', with the partner after it",
        "Peru signed a chips pact with Chile on Monday.",
        {
            (SIGNED, "Peru", "chips pact with Chile"),
            (SIGNED, "Chile", "chips pact with Chile"),
        },
    ),
    (
        "a surname alone that the model reads as a common word is the person named before",
        "President Donald Trump spoke in Ohio on Monday. Trump imposed duties on Peru.",
        {(TARIFF, "Donald Trump", "Peru")},
    ),
    (
        "a visitor's 'visiting' before their title is no meeting with the signers",
        "In the presence of President Ana Costa and visiting Prime Minister Tomas Vidal, "
        "ministers Luis Reyes and Maria Soto signed a power deal.",
        {(SIGNED, "Luis Reyes", "power deal"), (SIGNED, "Maria Soto", "power deal")},
    ),
    (
        "meeting a visitor described as 'visiting'",
        "President Ana Costa met visiting Foreign Minister Tomas Vidal in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "talks measured in days, held by the two named",
        "Trade Minister Ana Costa and Vice Premier Tomas Vidal held two days of talks in Geneva.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a session of talks held with someone",
        "President Ana Costa held a closed session of talks with President Tomas Vidal.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "an agreement a clause of its own describes, with other words, is another agreement",
        "President Ana Costa and President Tomas Vidal signed a migration protocol. The free "
        "trade agreement that Chile and Peru signed in 2006 removed tariffs.",
        {
            (SIGNED, "Ana Costa", "migration protocol"),
            (SIGNED, "Tomas Vidal", "migration protocol"),
            (SIGNED, "Chile", "free trade agreement"),
            (SIGNED, "Peru", "free trade agreement"),
        },
    ),
    (
        "plural agreements a clause describes are not the one just signed",
        "Chile and Peru signed a security agreement on Monday. It resembles the security "
        "deals that Peru signed with Bolivia and Ecuador.",
        {
            (SIGNED, "Chile", "security agreement"),
            (SIGNED, "Peru", "security agreement"),
            (SIGNED, "Peru", "security deals"),
            (SIGNED, "Bolivia", "security deals"),
            (SIGNED, "Ecuador", "security deals"),
        },
    ),
    (
        "'the three countries' are not the last four named",
        "Peru imposed tariffs on Chile, Bolivia, Ecuador and Colombia on Monday. Critics cited "
        "the Andean trade accord, which the three countries signed in 2009.",
        {
            (TARIFF, "Peru", "Chile"),
            (TARIFF, "Peru", "Bolivia"),
            (TARIFF, "Peru", "Ecuador"),
            (TARIFF, "Peru", "Colombia"),
        },
    ),
    (
        "a utility's tariff on a country's households is a price, not a duty on the country",
        "Kenya Power imposed a 12% tariff increase on Kenyan households on Monday.",
        set(),
    ),
    (
        "a name after 'Head of Government', all of which the model took for an organization",
        "The Head of Government Ana Costa met President Tomas Vidal in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a demonym after 'his' that the model took for a person is the country's",
        "Niger's Foreign Minister Ana Costa visited Algiers on Sunday. Algerian Foreign "
        "Minister Tomas Vidal held talks with his Nigerien counterpart.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'Professor' is a title, not part of the name",
        "Chief Adviser Professor Ana Costa met Foreign Minister Tomas Vidal in Dhaka.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a reception hosted for someone",
        "President Ana Costa hosted a reception for Foreign Minister Tomas Vidal in Havana.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "'the agreement' is the last agreement so named, not the memorandum after it",
        "Chile and Peru signed an agreement on visas and a memorandum on farming. The "
        "agreement was signed by Minister Ana Costa.",
        {
            (SIGNED, "Chile", "agreement on visas"),
            (SIGNED, "Peru", "agreement on visas"),
            (SIGNED, "Chile", "memorandum on farming"),
            (SIGNED, "Peru", "memorandum on farming"),
            (SIGNED, "Ana Costa", "agreement on visas"),
        },
    ),
    (
        "signers on each side, the second side's phrase the parser hung on the first agent",
        "The accord was signed on the Chilean side by Minister Ana Costa and on the Peruvian "
        "side by Minister Tomas Vidal.",
        {(SIGNED, "Ana Costa", "accord"), (SIGNED, "Tomas Vidal", "accord")},
    ),
    (
        "goods targeted with duties",
        "Peru targeted Chilean wine with 20% duties on Monday.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "retaliation against a country with duties",
        "Peru retaliated against Chile with duties on wine.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "retaliation that names no measure is no tariff",
        "Peru retaliated against Chile on Monday.",
        set(),
    ),
    (
        "a name whose first word is also a function word, after a title",
        "General Secretary To Lam received Prime Minister Ana Costa in Hanoi.",
        {(MET, "Ana Costa", "To Lam")},
    ),
    (
        "'called on' whose 'on' the parser made a particle",
        "President Ana Costa called on Lower House Speaker Tomas Vidal in Tokyo.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a named host and 'the visiting leader' held talks",
        "President Ana Costa arrived in Lilongwe on Monday. President Tomas Vidal and the "
        "visiting leader held talks.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a deal struck between two, read by the parser as the deal's own verb",
        "The visit was cancelled after a water deal struck between Chile and Peru sparked "
        "protests.",
        {(SIGNED, "Chile", "water deal"), (SIGNED, "Peru", "water deal")},
    ),
    (
        "a partner the parser hung on the noun of the agreement's own phrase (the name ends at "
        "its last noun)",
        "Minister Ana Costa signed the contract for a solar power plant with Lumo Group here.",
        {
            (
                SIGNED,
                "Ana Costa",
                "contract for a solar power plant with Lumo Group",
            ),
            (
                SIGNED,
                "Lumo Group",
                "contract for a solar power plant with Lumo Group",
            ),
        },
    ),
    (
        "the levy on a country's goods that another imposed, the clause hung on the goods",
        "The 39% levy on Chilean imports that Peru imposed on Thursday hurt winemakers.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a decision to raise duties, its owner named before the noun",
        "Chile said the Peruvian decision to raise tariffs on Chilean wine took effect.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "where someone is on a visit to is a place, never the one who called on someone",
        "Prime Minister Ana Costa, on a visit to Tamil Nadu, called on Governor Tomas Vidal.",
        set(),
    ),
    (
        "a country named by two words joined by a dash, which the model cut in two",
        "Senegal and Guinea-Bissau signed a fisheries agreement on Monday.",
        {
            (SIGNED, "Senegal", "fisheries agreement"),
            (SIGNED, "Guinea-Bissau", "fisheries agreement"),
        },
    ),
    (
        "a dashed country name the model cut short, labelled as the text writes it",
        "Indonesia and Timor-Leste signed a border pact on Monday.",
        {(SIGNED, "Indonesia", "border pact"), (SIGNED, "Timor-Leste", "border pact")},
    ),
    (
        "a country named 'A and B', which the model cut into a place and a person",
        "Antigua and Barbuda and Canada signed a tax treaty on Monday.",
        {
            (SIGNED, "Antigua and Barbuda", "tax treaty"),
            (SIGNED, "Canada", "tax treaty"),
        },
    ),
    (
        "a country's short name whose first word the model left out",
        "The DR Congo and Rwanda signed a peace deal on Monday.",
        {
            (SIGNED, "Democratic Republic of the Congo", "peace deal"),
            (SIGNED, "Rwanda", "peace deal"),
        },
    ),
    (
        "a signing ceremony held for an accord between two",
        "A signing ceremony for the water accord between Chile and Peru was held in Lima.",
        {
            (SIGNED, "Chile", "water accord between Chile and Peru"),
            (SIGNED, "Peru", "water accord between Chile and Peru"),
        },
    ),
    (
        "telling someone something at a meeting is meeting them",
        "President Ana Costa told President Tomas Vidal at a meeting in Lima that trade would "
        "grow.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "two who signed after talks, with no one else named, held them together",
        "Minister Ana Costa and her Chilean counterpart Tomas Vidal signed the memorandum "
        "after talks in Lima.",
        {
            (MET, "Ana Costa", "Tomas Vidal"),
            (SIGNED, "Ana Costa", "memorandum"),
            (SIGNED, "Tomas Vidal", "memorandum"),
        },
    ),
    (
        "'her Chilean counterpart' is the one of Chile named after, with the country after the name",
        "President Ana Costa met her Chilean counterpart on Monday. President Tomas Vidal of "
        "Chile said ties were strong.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    # -- a group that met someone, named in the next sentence
    (
        "a group that called on someone, named by the next sentence's 'the' and its own word",
        "Four ambassadors paid courtesy calls on Vice President Jane Banda in Lusaka on Friday. "
        "The ambassadors were Tom Hale of Canada and Ana Ruiz of Spain.",
        {(MET, "Jane Banda", "Tom Hale"), (MET, "Ana Ruiz", "Jane Banda")},
    ),
    (
        "a group that met someone, named by 'they' and by more of them 'also'",
        "Three governors met President Jane Banda on Monday. They were Tom Hale and Ana Ruiz. "
        "The governors also included Li Wei.",
        {
            (MET, "Jane Banda", "Tom Hale"),
            (MET, "Ana Ruiz", "Jane Banda"),
            (MET, "Jane Banda", "Li Wei"),
        },
    ),
    (
        "a group met by someone, named by another word for it",
        "Four ambassadors met Vice President Jane Banda in Lusaka on Friday. The envoys "
        "included Tom Hale, the ambassador of Canada, and Ana Ruiz, the ambassador of Spain.",
        {(MET, "Jane Banda", "Tom Hale"), (MET, "Ana Ruiz", "Jane Banda")},
    ),
    (
        "a plural subject after the group that is not it names no one",
        "Three governors met President Jane Banda on Monday. The talks were productive. The "
        "investors were Tom Hale and Li Wei.",
        set(),
    ),
    # -- a signing still to come makes only a concluding verb planned
    (
        "an initialled draft that is still to be signed was initialled",
        "Tom Hale and Ana Ruiz initialled a draft peace agreement, which is expected to be "
        "signed by the presidents later this month.",
        {
            (SIGNED, "Tom Hale", "draft peace agreement"),
            (SIGNED, "Ana Ruiz", "draft peace agreement"),
        },
    ),
    (
        "a plural spelled out after a colon: every item, and not the plural",
        "Chile and Peru signed three agreements: a loan agreement, a grant agreement and a "
        "memorandum of cooperation.",
        {
            (SIGNED, "Chile", "loan agreement"),
            (SIGNED, "Peru", "loan agreement"),
            (SIGNED, "Chile", "grant agreement"),
            (SIGNED, "Peru", "grant agreement"),
            (SIGNED, "Chile", "memorandum of cooperation"),
            (SIGNED, "Peru", "memorandum of cooperation"),
        },
    ),
    # -- a one-word name the model took for a place or a people, across a meeting from a person
    (
        "a one-word name taken for a place, met by a person, is a person",
        "Wong met Modi in Delhi on Friday.",
        {(MET, "Modi", "Wong")},
    ),
    (
        "a one-word name taken for a people, met by a person, is a person",
        "Ruto met Museveni in Entebbe.",
        {(MET, "Museveni", "Ruto")},
    ),
    (
        "a one-word subject taken for a people, meeting a person, is a person",
        "Albanese met Peter Dutton on Monday.",
        {(MET, "Albanese", "Peter Dutton")},
    ),
    (
        "a one-word name taken for a place, in talks with a person, is a person",
        "Sanchez held talks with Petro in Madrid on Tuesday.",
        {(MET, "Petro", "Sanchez")},
    ),
    (
        "a one-word name taken for an organization, in a headline, received by a person",
        "Tinubu receives Mahama in Abuja",
        {(MET, "Mahama", "Tinubu")},
    ),
    (
        "a movement the gazetteer knows stays an organization when a person meets it",
        "President Ana Costa met Hamas on Friday.",
        set(),
    ),
    (
        "a title-case headline's verb in the present after a title and a surname",
        "President Trump Slaps 25% Tariffs On Peru\n\nPresident Donald Trump spoke on Monday.",
        {(TARIFF, "Donald Trump", "Peru")},
    ),
    (
        "'the two ministers' are the two with that title, a counterpart holding the other's",
        "Foreign Minister Anna Berg spoke by telephone with her Danish counterpart Lars Holm on "
        "Sunday. She will meet President Maria Lund in June. The two ministers last met in Oslo "
        "in February.",
        {(MET, "Anna Berg", "Lars Holm")},
    ),
    (
        "a group that signed with a named partner, named in the next sentence",
        "Four Andean states signed a transit accord with Chile on Thursday. They were Peru, "
        "Bolivia, Ecuador and Colombia.",
        {
            (SIGNED, "Chile", "transit accord with Chile"),
            (SIGNED, "Peru", "transit accord with Chile"),
            (SIGNED, "Bolivia", "transit accord with Chile"),
            (SIGNED, "Ecuador", "transit accord with Chile"),
            (SIGNED, "Colombia", "transit accord with Chile"),
        },
    ),
    # -- "the government" as the subject of a main clause
    (
        "'the government' is the country the last subject named",
        "Canada announced new rules on Monday. The government also imposed 25 per cent tariffs "
        "on China.",
        {(TARIFF, "Canada", "China")},
    ),
    (
        "'the government' after two countries as one subject is neither",
        "Chile and Peru held talks in Lima. The government signed a transit accord with Bolivia.",
        {(SIGNED, "Bolivia", "transit accord with Bolivia")},
    ),
    (
        "'the government' in a clause on another country is not the last subject's",
        "Chile signed a port deal with Peru. Chile is a neighbour of Bolivia, where the "
        "government shocked the region by striking a transit pact with Brazil.",
        {
            (SIGNED, "Chile", "port deal"),
            (SIGNED, "Peru", "port deal"),
            (SIGNED, "Brazil", "transit pact with Brazil"),
        },
    ),
    # -- a headline's host
    (
        "a headline's 'hosts' is read as a verb, and the next clause is the host's",
        "Ramaphosa hosts Tinubu, inks gas transit deal\n\nPRETORIA - Officials attended.",
        {
            (MET, "Ramaphosa", "Tinubu"),
            (SIGNED, "Ramaphosa", "gas transit deal"),
        },
    ),
    (
        "duties a ministry notified are imposed",
        "Chile's Ministry of Finance notified anti-dumping duties on polyol from Singapore.",
        {
            (TARIFF, "Ministry of Finance", "Singapore"),
            (TARIFF, "Chile", "Singapore"),
        },
    ),
    # -- duties someone is asked to remove, or refuses to, stand: they were imposed
    (
        "a duty someone is urged to withdraw was imposed by them",
        "Chile has urged Peru to withdraw the anti-dumping duty imposed on Chilean cement.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a tariff someone is called on to remove is theirs",
        "Peru called on Chile to remove its 20% tariff on Peruvian avocados.",
        {(TARIFF, "Chile", "Peru")},
    ),
    (
        "levies someone is asked to scrap, which 'it' imposed, are theirs",
        "Ghana asked Nigeria to scrap the levies it imposed on Ghanaian rice last year.",
        {(TARIFF, "Nigeria", "Ghana")},
    ),
    (
        "tariffs someone is told to abolish, on goods from a country the verb names",
        "The minister demanded that Brazil abolish its additional tariffs on steel products "
        "from Argentina.",
        {(TARIFF, "Brazil", "Argentina")},
    ),
    (
        "a tariff someone refuses to lift stands",
        "Chile refused to lift its 20% tariff on Peruvian avocados.",
        {(TARIFF, "Chile", "Peru")},
    ),
    (
        "tariffs someone agrees to remove are going: no imposition stated",
        "Chile agreed to remove its tariffs on Peruvian wine.",
        set(),
    ),
    (
        "tariffs someone lifted are no imposition",
        "Chile lifted its 20% tariff on Peruvian avocados.",
        set(),
    ),
    (
        "'the minister' is not the prime minister named in between",
        "Sultan Haitham received Indian minister Ravi Kumar on Tuesday. Kumar conveyed greetings "
        "from Prime Minister Narendra Modi. Later in the day the minister met Omani Foreign "
        "Minister Badr Albusaidi.",
        {
            (MET, "Ravi Kumar", "Sultan Haitham"),
            (MET, "Badr Albusaidi", "Ravi Kumar"),
        },
    ),
    (
        "'the president' is not the vice president named beside",
        "President Ana Costa and Vice President Tomas Vidal arrived in Lima. The president met "
        "Peruvian Prime Minister Luis Paredes.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "both of two titles joined by 'and' are the person's: 'the Crown Prince' names them",
        "Crown Prince and Prime Minister Khalid bin Saud received a phone call from Iranian "
        "President Masoud Pezeshkian. The Crown Prince had earlier hosted Egyptian President "
        "Abdel Fattah el-Sisi in Riyadh.",
        {(MET, "Abdel Fattah el-Sisi", "Khalid bin Saud")},
    ),
    # -- a relative clause in the past with its own subject is a fact of its own
    (
        "a past relative clause keeps its own mood under a negated verb",
        "Ruiz said he would not retaliate against the 10% tariff Chile placed on Peruvian "
        "exports.",
        {(TARIFF, "Chile", "Peru")},
    ),
    (
        "a past relative clause keeps its own mood under a hypothetical",
        "Bolivia had no right to invoke the 2015 border accord, which Peru signed with Chile.",
        {(SIGNED, "Peru", "border accord"), (SIGNED, "Chile", "border accord")},
    ),
    (
        "'the two prime ministers' are the two prime ministers, not the last two ministers named",
        "Prime Minister Ana Costa and her Peruvian counterpart Luis Paredes witnessed the "
        "signing. The memorandum was signed by Minister Tomas Vidal and Peruvian Energy Minister "
        "Rosa Quispe. Earlier, the two prime ministers held talks.",
        {
            (SIGNED, "Tomas Vidal", "memorandum"),
            (SIGNED, "Rosa Quispe", "memorandum"),
            (MET, "Ana Costa", "Luis Paredes"),
        },
    ),
    (
        "tariffs someone ordered are imposed",
        "President Ana Costa ordered 25% tariffs on Peruvian cement.",
        {(TARIFF, "Ana Costa", "Peru")},
    ),
    (
        "a co-signer 'alongside' the signer signs too",
        "Trade Minister Ana Costa inked the free trade agreement alongside Peruvian Trade "
        "Minister Luis Paredes.",
        {
            (SIGNED, "Ana Costa", "free trade agreement"),
            (SIGNED, "Luis Paredes", "free trade agreement"),
        },
    ),
    (
        "a name the model read as a common noun before its verb, with rates per country",
        "Trump imposed tariffs on Vietnam at 46% and on Thailand at 36%.",
        {(TARIFF, "Trump", "Vietnam"), (TARIFF, "Trump", "Thailand")},
    ),
    (
        "a rate and its place named again for each further country",
        "President Ana Costa imposed a 46% tariff on Peru, 36% on Bolivia and 32% on Ecuador.",
        {
            (TARIFF, "Ana Costa", "Peru"),
            (TARIFF, "Ana Costa", "Bolivia"),
            (TARIFF, "Ana Costa", "Ecuador"),
        },
    ),
    # -- idioms of signing
    (
        "'put pen to paper on' an agreement is signing it",
        "Minister Ana Costa and Minister Luis Paredes put pen to paper on the fisheries pact in "
        "Lima on Monday.",
        {
            (SIGNED, "Ana Costa", "fisheries pact"),
            (SIGNED, "Luis Paredes", "fisheries pact"),
        },
    ),
    (
        "'put her signature to' an agreement is signing it",
        "Trade Minister Ana Costa put her signature to the trade agreement on Monday.",
        {(SIGNED, "Ana Costa", "trade agreement")},
    ),
    (
        "'put' an agreement to parliament is no signing",
        "The minister put the agreement to parliament on Monday.",
        set(),
    ),
    (
        "'exchanged views with' someone is meeting them",
        "President Kwame Asante exchanged views on trade with Minister Tunde Bello in Accra.",
        {(MET, "Kwame Asante", "Tunde Bello")},
    ),
    (
        "views exchanged by phone are no meeting",
        "President Kwame Asante exchanged views with Minister Tunde Bello by phone on Monday.",
        set(),
    ),
    (
        "a photo caption: two people 'during their meeting'",
        "Prime Minister Ana Costa and President Luis Paredes during their meeting in Lima on "
        "Monday.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "a country 'hit with' a bare rate, after a sentence on the tariffs",
        "Chile imposed a 30% tariff on Peruvian goods. Bolivia was hit with 20 percent.",
        {(TARIFF, "Chile", "Peru"), (TARIFF, "Chile", "Bolivia")},
    ),
    (
        "a bare rate with no tariff before it is no tariff",
        "Peru's exports fell sharply. Bolivia was hit with 20 percent.",
        set(),
    ),
    (
        "'in talks with' someone, deep in the clause, is the subject's meeting",
        "Mr Costa expressed his interest in upgrading ties in talks with Prime Minister Luis "
        "Paredes.",
        {(MET, "Costa", "Luis Paredes")},
    ),
    (
        "the goods of a tariff the imposition answers are not its target",
        "Governor Ana Costa imposed a surcharge on electricity exported to Texas in retaliation "
        "for Mexican tariffs on Peruvian goods.",
        {(TARIFF, "Mexico", "Peru")},
    ),
    (
        "a title before the name's commas is the person's, for 'the Prime Minister' later",
        "The Prime Minister, Tomas Vidal, arrived in Munich. The Prime Minister also met Foreign "
        "Minister Anna Gruber-Stein.",
        {(MET, "Anna Gruber-Stein", "Tomas Vidal")},
    ),
    (
        "a sentence whose root is a noun ends the climb to a verb (it once never ended)",
        "Ghana and Guinea plan to meet again in May.",
        set(),
    ),
    (
        "each name of a list whose names carry their countries is met: 'A of X, B of Y and C of Z'",
        "President Ana Costa met Karl Maier of Austria, Tomas Lindqvist of Sweden and Akira "
        "Tanaka of Japan.",
        {
            (MET, "Ana Costa", "Karl Maier"),
            (MET, "Ana Costa", "Tomas Lindqvist"),
            (MET, "Akira Tanaka", "Ana Costa"),
        },
    ),
    (
        "each signer of a list whose names carry their countries signs",
        "The charter was signed by Karl Maier of Austria, Tomas Lindqvist of Sweden and Akira "
        "Tanaka of Japan.",
        {
            (SIGNED, "Karl Maier", "charter"),
            (SIGNED, "Tomas Lindqvist", "charter"),
            (SIGNED, "Akira Tanaka", "charter"),
        },
    ),
    (
        "a name right after an office's country, with no comma, is the office holder's",
        "President Ana Costa met the President of the Republic of Senegal Awa Diomaye Ndiaye.",
        {(MET, "Ana Costa", "Awa Diomaye Ndiaye")},
    ),
    (
        "an outlet in brackets after the dateline, with letters beyond ASCII, is no one met",
        "LIMA (Agência Andina) - President Ana Costa received Chile's Foreign Minister Tomas "
        "Vidal on Saturday.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "an outlet with a hyphen in its name after the dateline is no one met",
        "BAGHDAD (Sawt Al-Rafidain) - Prime Minister Omar al-Hadi received Jordan's Foreign "
        "Minister Layla Haddad on Saturday.",
        {(MET, "Layla Haddad", "Omar al-Hadi")},
    ),
    (
        "'co-signed' is signed",
        "Prime Minister Sonexay Vongsa co-signed the memorandum on Friday.",
        {(SIGNED, "Sonexay Vongsa", "memorandum")},
    ),
    (
        "a roadmap 'for' something is an agreement",
        "President Ana Costa and Vice President Luis Paredes signed a roadmap for trade "
        "cooperation.",
        {
            (SIGNED, "Ana Costa", "roadmap for trade cooperation"),
            (SIGNED, "Luis Paredes", "roadmap for trade cooperation"),
        },
    ),
    (
        "a letter 'for' something is no agreement (a letter 'of intent' is)",
        "Ana Costa signed a letter for the resumption of talks.",
        set(),
    ),
    (
        "a signer whose surname the model took for a place, beside another signer, signs",
        "Ana Prado and Luis Arce signed a trade pact.",
        {(SIGNED, "Ana Prado", "trade pact"), (SIGNED, "Luis Arce", "trade pact")},
    ),
    (
        "each name of a list whose items have their own day or place is met: 'A on Monday and B "
        "on Friday'",
        "President Ana Prado met Chilean President Tomas Vidal on Thursday and Bolivian "
        "President Luis Arce on Friday.",
        {(MET, "Ana Prado", "Tomas Vidal"), (MET, "Ana Prado", "Luis Arce")},
    ),
    (
        "a name after a place the first name had is no list item unless it has its own",
        "Ana Costa met Tomas Vidal in Lima and Luis Paredes.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a second verb's subject, parsed as the first verb's object, is its own: 'A met B and C "
        "met D'",
        "Ana Costa met Tomas Vidal and Luis Paredes met Maria Quispe.",
        {(MET, "Ana Costa", "Tomas Vidal"), (MET, "Luis Paredes", "Maria Quispe")},
    ),
    (
        "a second verb's subject after a day is its own",
        "Ana Costa met Tomas Vidal on Monday and Luis Paredes met Maria Quispe on Tuesday.",
        {(MET, "Ana Costa", "Tomas Vidal"), (MET, "Luis Paredes", "Maria Quispe")},
    ),
    (
        "a second country's own tariff is not the first's",
        "Peru imposed tariffs on Chile and Bolivia imposed duties on Peru.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Bolivia", "Peru")},
    ),
    (
        "the subject of a second clause that leaves out its verb is no target of the first",
        "The United States raised tariffs on China, and the European Union on Vietnam.",
        {(TARIFF, "United States", "China")},
    ),
    (
        "the subject of a second clause that leaves out its verb is no partner of the first",
        "Chile signed an accord with Argentina, and Peru with Ecuador.",
        {
            (SIGNED, "Chile", "accord with Argentina"),
            (SIGNED, "Argentina", "accord with Argentina"),
        },
    ),
    (
        "each country of a list of rates after a duty someone faces faces one",
        "Peru announced new tariffs on Wednesday. Chile faces a 20% duty, Bolivia 15% and "
        "Ecuador 10%.",
        {
            (TARIFF, "Peru", "Chile"),
            (TARIFF, "Peru", "Bolivia"),
            (TARIFF, "Peru", "Ecuador"),
        },
    ),
    (
        "the issuer of an order that imposes duties on no one named imposes those the text then "
        "gives",
        "President Ana Costa signed a decree imposing new tariffs on dozens of trading partners. "
        "Under the decree, goods from Chile face a 20% levy.",
        {(TARIFF, "Ana Costa", "Chile")},
    ),
    (
        "duties someone is urged to roll back, which another has imposed, stand",
        "She urged both to roll back the duties Peru has slapped on Chilean goods since 2018.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "an agreement someone plans to leave, which a country has signed, was signed",
        "The new government plans to leave the accord Peru has signed with Chile.",
        {(SIGNED, "Peru", "accord"), (SIGNED, "Chile", "accord")},
    ),
    (
        "a ministry that reports duties after their list of targets is no target",
        "Peru imposed duties on steel from China, South Korea and Vietnam, the Ministry of "
        "Production, Trade and Industry said.",
        {
            (TARIFF, "Peru", "China"),
            (TARIFF, "Peru", "South Korea"),
            (TARIFF, "Peru", "Vietnam"),
        },
    ),
    (
        "'MoU' at a sentence's end, its full stop split off, is an agreement",
        "Kofi Mensah and Ama Kossi signed the MoU.",
        {(SIGNED, "Kofi Mensah", "MoU"), (SIGNED, "Ama Kossi", "MoU")},
    ),
    (
        "the holder a dashed title of a body goes on to name signs ('the Director-General of X, "
        "Mr A')",
        "The agreement was signed by the Director-General of the Food Authority, Mr Kofi Mensah.",
        {(SIGNED, "Kofi Mensah", "agreement")},
    ),
    (
        "the holder of an office 'of State for' a portfolio, after a comma, is met",
        "Hon. Lee Mwangi held talks with the UAE Minister of State for Foreign Trade, Dr Omar Al "
        "Hashimi.",
        {(MET, "Lee Mwangi", "Omar Al Hashimi")},
    ),
    (
        "the holder of a country's office 'for' a portfolio, after a comma, is met",
        "Ratu Josefa Vunivalu held talks with New Zealand's Minister for Trade, Mr Callum Reid, "
        "in Suva yesterday.",
        {(MET, "Callum Reid", "Ratu Josefa Vunivalu")},
    ),
    (
        "the holder of an office 'to' a country, after a comma, is met",
        "Hon. John Okello met the High Commissioner to Uganda, Ms Amina Juma, in Kampala.",
        {(MET, "Amina Juma", "John Okello")},
    ),
    (
        "'they' in a clause that hangs on a clause of two named subjects is those two",
        "Ana Costa met Tomas Vidal in Lima on Monday. Luis Arce and Paula Rojas agreed on the "
        "plan when they met in 2018.",
        {(MET, "Ana Costa", "Tomas Vidal"), (MET, "Luis Arce", "Paula Rojas")},
    ),
    (
        "a meeting before a semicolon is no clause of the verb after it",
        "Foreign Minister Rania Haddad met her Jordanian counterpart Omar Safi on Thursday; the "
        "ministers also agreed to reopen the consulate in Aqaba.",
        {(MET, "Omar Safi", "Rania Haddad")},
    ),
    (
        "a cancelled 'bilateral' is no meeting",
        "Ana Costa's bilateral with Tomas Vidal was cancelled.",
        set(),
    ),
    (
        "a list goes on after the holder an office named: 'Zambia's Minister of X, A, and "
        "Tanzania's Minister for Y, B'",
        "The protocol was signed by Zambia's Minister of Transport, Hon. Frank Tembo, and "
        "Tanzania's Minister for Transport, Prof. Amani Mbaruku.",
        {(SIGNED, "Frank Tembo", "protocol"), (SIGNED, "Amani Mbaruku", "protocol")},
    ),
    (
        "each holder a list of offices goes on to name after a comma is met",
        "Ana Costa held talks with Chile's Minister of Trade, Mr Tomas Vidal, and Bolivia's "
        "Minister for Foreign Affairs, Dr Luis Arce.",
        {(MET, "Ana Costa", "Tomas Vidal"), (MET, "Ana Costa", "Luis Arce")},
    ),
    (
        "the signer 'by' whom a country's part was signed, which the parser hung on the country, "
        "signs",
        "The agreement was signed on behalf of the Sultanate of Oman by H.E. Hamed Al Rashdi, "
        "Minister of Finance, and on behalf of the State of Qatar by H.E. Ali Al Mansoori, "
        "Minister of Finance.",
        {
            (SIGNED, "Hamed Al Rashdi", "agreement"),
            (SIGNED, "Ali Al Mansoori", "agreement"),
        },
    ),
    (
        "a capitalised word that opens a bullet before the noun it qualifies is no one who met",
        "Programme:\n- Courtesy call by President Ana Costa on former President Tomas Vidal in "
        "Lima.",
        set(),
    ),
    (
        "a capitalised word before a number is a label, no one met",
        "Schedule:\n- Day one: meeting with Chilean President Tomas Vidal.\n- Day two: talks "
        "with Peruvian Foreign Minister Ana Costa.\n- Day three: call on Bolivian President "
        "Luis Arce in La Paz.",
        set(),
    ),
    (
        "talks held in a clause that hangs on an agreement are not with the agreement's partner",
        "President Ana Costa signed, on behalf of the bloc, a financing agreement with Tomas "
        "Vidal, while "
        "Luis Arce and Paula Rojas held talks.",
        {
            (SIGNED, "Ana Costa", "financing agreement"),
            (SIGNED, "Tomas Vidal", "financing agreement"),
            (MET, "Luis Arce", "Paula Rojas"),
        },
    ),
    (
        "the country a relative 'which' stands for is the target of the duties it was hit with",
        "Brazil, which the United States hit with 50 percent tariffs in August, has sought new "
        "markets.",
        {(TARIFF, "United States", "Brazil")},
    ),
    (
        "the possessor of a signing, and its partner 'with', sign",
        "Kenya's signing of the trade pact with Uganda was hailed in Nairobi.",
        {
            (SIGNED, "Kenya", "trade pact with Uganda"),
            (SIGNED, "Uganda", "trade pact with Uganda"),
        },
    ),
    (
        "the name right before a verb of an 'after' clause the parser left without a subject is "
        "its subject, not the main clause's",
        "Uganda joined the charter after Minister of Water Sam Okello signed it.",
        {(SIGNED, "Sam Okello", "charter")},
    ),
    (
        "a country that signs 'along with' the signer signs too",
        "Norway signed the Nordic Shipping Convention in 2009 along with Iceland and Denmark.",
        {
            (SIGNED, "Norway", "Nordic Shipping Convention"),
            (SIGNED, "Iceland", "Nordic Shipping Convention"),
            (SIGNED, "Denmark", "Nordic Shipping Convention"),
        },
    ),
    (
        "those who 'put their names to' an agreement sign it",
        "Ministers James Kapa and Ana Costa put their names to the treaty.",
        {(SIGNED, "James Kapa", "treaty"), (SIGNED, "Ana Costa", "treaty")},
    ),
    (
        "an agreement's name before its acronym in brackets is no company with a ticker",
        "Peru and Chile signed a Reciprocal Access Agreement (RAA) on Monday.",
        {
            (SIGNED, "Peru", "Reciprocal Access Agreement"),
            (SIGNED, "Chile", "Reciprocal Access Agreement"),
        },
    ),
    (
        "a live blog's time stamp is no part of the name after it",
        "Live updates\n10:32 GMT - Mauritius and Seychelles have signed a maritime boundary "
        "treaty.\n11:15 GMT - Anura Perera held talks with Mohamed Saeed.",
        {
            (SIGNED, "Mauritius", "maritime boundary treaty"),
            (SIGNED, "Seychelles", "maritime boundary treaty"),
            (MET, "Anura Perera", "Mohamed Saeed"),
        },
    ),
    (
        "a time stamp without a time zone is no part of the name after it",
        "10:32 - Mauritius and Seychelles have signed a maritime boundary treaty.",
        {
            (SIGNED, "Mauritius", "maritime boundary treaty"),
            (SIGNED, "Seychelles", "maritime boundary treaty"),
        },
    ),
    (
        "a subject the parser hung on its verb's auxiliary is the verb's ('A had, however, "
        "signed')",
        "The minister said Kenya had, however, signed the protocol with the European Union.",
        {
            (SIGNED, "Kenya", "protocol with the European Union"),
            (SIGNED, "European Union", "protocol with the European Union"),
        },
    ),
    (
        "a one-word name, which the model took for an organization, that receives a titled "
        "person is a person",
        "Tinubu, however, received the French ambassador Marc Dupont in Abuja.",
        {(MET, "Marc Dupont", "Tinubu")},
    ),
    (
        "'I' in a later sentence of a quote after 'A said:' is A",
        'President Ana Costa wrote: "The talks were good. I have met President Luis Arce."',
        {(MET, "Ana Costa", "Luis Arce")},
    ),
    (
        "'we' in a later sentence of a quote before '…, A said' is A",
        '"The talks were good. We signed the trade agreement with Japan today," Peru\'s foreign '
        "minister Ana Costa told reporters.",
        {
            (SIGNED, "Ana Costa", "trade agreement with Japan"),
            (SIGNED, "Japan", "trade agreement with Japan"),
        },
    ),
    (
        "each holder a list of offices separated by semicolons names is met",
        "President Ana Costa held bilateral meetings with the Prime Minister of Fiji, Sitiveni "
        "Rabuka; the President of Palau, Surangel Whipps; and the Prime Minister of Tonga, Siaosi "
        "Sovaleni.",
        {
            (MET, "Ana Costa", "Sitiveni Rabuka"),
            (MET, "Ana Costa", "Surangel Whipps"),
            (MET, "Ana Costa", "Siaosi Sovaleni"),
        },
    ),
    (
        "those a signing is 'between', which the parser hung on the agreement's last noun, sign",
        "The two prime ministers witnessed the signing of a memorandum of understanding between "
        "the health ministries of Vietnam and Laos.",
        {
            (
                SIGNED,
                "Vietnam",
                "memorandum of understanding between the health ministries of Vietnam and Laos",
            ),
            (
                SIGNED,
                "Laos",
                "memorandum of understanding between the health ministries of Vietnam and Laos",
            ),
        },
    ),
    (
        "'that of' a country in a clause after a signing stands for what that signing's clause "
        "named",
        "Peru and Chile signed a trade deal. Peru's part of the deal was signed by the Minister "
        "of Finance, Mr Tomas Vidal, while that of Chile was initialed by the visiting Chilean "
        "Secretary of Commerce, Mr Luis Arce.",
        {
            (SIGNED, "Peru", "trade deal"),
            (SIGNED, "Chile", "trade deal"),
            (SIGNED, "Tomas Vidal", "trade deal"),
            (SIGNED, "Luis Arce", "trade deal"),
        },
    ),
    (
        "a group of envoys named later by the same word, which the parser hung on its relative "
        "clause's noun, met the one they called on",
        "Nine ambassadors paid courtesy calls on Vice President Kemal Banda in Lilongwe. The nine "
        "ambassadors who paid the courtesy calls on Banda were Karl Maier of Austria, Tomas "
        "Lindqvist of Sweden and Akira Tanaka of Japan.",
        {
            (MET, "Karl Maier", "Kemal Banda"),
            (MET, "Kemal Banda", "Tomas Lindqvist"),
            (MET, "Akira Tanaka", "Kemal Banda"),
        },
    ),
    (
        "a group with a title in capitals ('Heads of Mission') is a group, and each person its "
        "list names is a member",
        "Nine Heads of Mission on Friday paid courtesy calls on Vice President Kemal Banda in "
        "Lilongwe. The envoys were His Excellency Karl Maier Ambassador of Austria, Tomas "
        "Lindqvist the Ambassador of Sweden and Akira Tanaka Ambassador of Japan.",
        {
            (MET, "Karl Maier", "Kemal Banda"),
            (MET, "Kemal Banda", "Tomas Lindqvist"),
            (MET, "Akira Tanaka", "Kemal Banda"),
        },
    ),
    (
        "a name the model missed that a company form ends is a company's",
        "Bukit Raya Tbk signed a supply agreement with Glencore on Wednesday.",
        {
            (SIGNED, "Bukit Raya Tbk", "supply agreement with Glencore"),
            (SIGNED, "Glencore", "supply agreement with Glencore"),
        },
    ),
    (
        "the country 'in' which goods face a duty imposes it",
        "Chilean wine now faces a 20% duty in Peru.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "those a meeting is 'of' met",
        "A meeting of President Ana Costa and President Tomas Vidal took place in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a meeting 'of' a body is no meeting between people",
        "President Ana Costa attended a meeting of the cabinet.",
        set(),
    ),
    (
        "a timeline's line after its year is told in the present, as a headline is",
        "Timeline:\n2018 - Lima imposes 25% tariffs on Chilean goods.\n2019 - Kenya, Uganda sign "
        "pipeline deal.",
        {
            (TARIFF, "Peru", "Chile"),
            (SIGNED, "Kenya", "pipeline deal"),
            (SIGNED, "Uganda", "pipeline deal"),
        },
    ),
    (
        "a live blog's line after its time stamp is told in the present",
        "10:32 GMT - Ana Costa meets Tomas Vidal in Lima.",
        {(MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "each signer of a list whose signers sign 'for' their countries signs",
        "The agreements were signed by Foreign Minister Kofi Mensah for Ghana and Foreign "
        "Minister Ama Diallo for Senegal.",
        {(SIGNED, "Kofi Mensah", "agreements"), (SIGNED, "Ama Diallo", "agreements")},
    ),
    (
        "a list goes on past an adverb after its 'and' ('A and later B')",
        "President Ana Costa met Prime Minister Luis Arce and later Foreign Minister Tomas Vidal.",
        {(MET, "Ana Costa", "Luis Arce"), (MET, "Ana Costa", "Tomas Vidal")},
    ),
    (
        "a negation after a list's 'and' still ends it",
        "President Ana Costa met Prime Minister Luis Arce and not Foreign Minister Tomas Vidal.",
        {(MET, "Ana Costa", "Luis Arce")},
    ),
    (
        "a list goes on past 'as well as' and a plural title after it",
        "President Ana Costa met Prime Minister Luis Arce, as well as ministers Tomas Vidal and "
        "Paula Rojas.",
        {
            (MET, "Ana Costa", "Luis Arce"),
            (MET, "Ana Costa", "Tomas Vidal"),
            (MET, "Ana Costa", "Paula Rojas"),
        },
    ),
    (
        "a one-word name the model took for an organization, across a meeting from a list of "
        "people, is a person",
        "On the sidelines of the summit, Costa met Ruto, Museveni and Kagame.",
        {(MET, "Costa", "Ruto"), (MET, "Costa", "Museveni"), (MET, "Costa", "Kagame")},
    ),
    (
        "'respectively' after signers' offices pairs nothing: both signed the one agreement",
        "The MoU was signed by Kofi Mensah and Ama Diallo, the trade ministers of Ghana and "
        "Senegal respectively.",
        {(SIGNED, "Kofi Mensah", "MoU"), (SIGNED, "Ama Diallo", "MoU")},
    ),
    (
        "'respectively' pairs two lists of people met",
        "Ana Costa and Luis Arce met Tomas Vidal and Paula Rojas respectively.",
        {(MET, "Ana Costa", "Tomas Vidal"), (MET, "Luis Arce", "Paula Rojas")},
    ),
    (
        "those who represented the parties a signing is between sign",
        "The deal was signed between Ghana, represented by Trade Minister Kofi Mensah, and "
        "Senegal, represented by Ama Diallo.",
        {
            (SIGNED, "Ghana", "deal"),
            (SIGNED, "Kofi Mensah", "deal"),
            (SIGNED, "Senegal", "deal"),
            (SIGNED, "Ama Diallo", "deal"),
        },
    ),
    (
        "a portfolio in brackets after an office is no person",
        "Meanwhile, the Minister of State for Foreign Affairs (Regional Cooperation), Hon. John "
        "Okello, met the Tanzanian High Commissioner to Uganda, Ms Amina Juma, in Kampala.",
        {(MET, "Amina Juma", "John Okello")},
    ),
    # -- stop 37: signings by companies and institutions, duties named by their owner
    (
        "a full name the model took for a place, joined to a signer's, is a signer",
        "The accord was signed by Kenji Morimoto and Lina Okafor.",
        {(SIGNED, "Kenji Morimoto", "accord"), (SIGNED, "Lina Okafor", "accord")},
    ),
    (
        "a company's form ends its name before 'and'",
        "Acme Ltd and Birch Ltd signed a supply agreement on Monday.",
        {
            (SIGNED, "Acme Ltd", "supply agreement"),
            (SIGNED, "Birch Ltd", "supply agreement"),
        },
    ),
    (
        "'penned' an agreement is a signing",
        "Ghana and Togo penned a border pact on Monday.",
        {(SIGNED, "Ghana", "border pact"), (SIGNED, "Togo", "border pact")},
    ),
    (
        "'the country' as a subject is the last country that was one, not the last named",
        "South Africa imposed a duty on Brazilian chicken. The country also raised the duty "
        "on Polish chicken.",
        {(TARIFF, "South Africa", "Brazil"), (TARIFF, "South Africa", "Poland")},
    ),
    (
        "a country that acts on an event in a clause of its own is not its target",
        "Brazil hikes tariffs on Chinese steel; Mexico mulls similar move",
        {(TARIFF, "Brazil", "China")},
    ),
    (
        "the country a duty is named for imposes it on who was hit with it",
        "India was hit with a 25% US tariff on Wednesday.",
        {(TARIFF, "United States", "India")},
    ),
    (
        "'the two mayors' are the two mayors just named",
        "Mayor Aroha Te Rangi met Mayor Hideki Sato. The two mayors signed the pact on Thursday.",
        {
            (MET, "Aroha Te Rangi", "Hideki Sato"),
            (SIGNED, "Aroha Te Rangi", "pact"),
            (SIGNED, "Hideki Sato", "pact"),
        },
    ),
    (
        "'Country Manager' is a title, not part of the name",
        "The grant agreement was signed by World Bank Country Manager Ayodele Okonkwo.",
        {(SIGNED, "Ayodele Okonkwo", "grant agreement")},
    ),
    (
        "'ICT' is a ministry's portfolio: 'and' goes on inside its name",
        "The Ministry of ICT and Innovation signed a grant agreement on Friday.",
        {(SIGNED, "Ministry of ICT and Innovation", "grant agreement")},
    ),
    (
        "a company named before 'group' in lower case is the group",
        "Kaveri group on Thursday signed a port agreement with Malta.",
        {
            (SIGNED, "Kaveri", "port agreement with Malta"),
            (SIGNED, "Malta", "port agreement with Malta"),
        },
    ),
    # -- stop 37: offices kept as roles for titles that point back
    (
        "a counterpart of a country is who 'the minister' of that country points back to",
        "Rosa Mendes and her Chilean counterpart, Tomas Vidal, held talks on Tuesday. The "
        "Chilean minister was later received by President Luis Paredes.",
        {(MET, "Rosa Mendes", "Tomas Vidal"), (MET, "Luis Paredes", "Tomas Vidal")},
    ),
    (
        "an office 'of' a country before the name's commas gives the person that country",
        "The Minister of Foreign Affairs, Kabir Sule, met the Foreign Minister of Senegal, Awa "
        "Ndiaye, in Abuja. Sule and Ndiaye discussed the exit of Mali. The Senegalese minister "
        "was also received by Vice President Musa Danjuma.",
        {(MET, "Awa Ndiaye", "Kabir Sule"), (MET, "Awa Ndiaye", "Musa Danjuma")},
    ),
    (
        "the country before a body whose office a person holds is the person's too",
        "Prime Minister Tran Van Minh received Cambodian Senate President Sok Chenda in Hanoi on "
        "Monday. Chairman Le Quang Vu held talks with the Cambodian leader.",
        {(MET, "Sok Chenda", "Tran Van Minh"), (MET, "Le Quang Vu", "Sok Chenda")},
    ),
    (
        "'the host president' is not the guest who is a president too",
        "The President of Chile, Tomas Berg, arrived on Monday. The head of state of the South "
        "American country and his partner, Ana Diaz, were received by the host president.",
        set(),
    ),
    # -- stop 37: which agreement a phrase points back to; commitments and calls
    (
        "a definite agreement phrase points back to the one its word named",
        "Kenya and Tanzania signed three agreements, including a protocol on the Namanga border "
        "post and an agreement on double taxation. Trade minister Lee Kinyanjui and his "
        "counterpart Selemani Jafo signed the trade protocol.",
        {
            (SIGNED, "Kenya", "protocol on the Namanga border post"),
            (SIGNED, "Tanzania", "protocol on the Namanga border post"),
            (SIGNED, "Kenya", "agreement on double taxation"),
            (SIGNED, "Tanzania", "agreement on double taxation"),
            (SIGNED, "Lee Kinyanjui", "protocol on the Namanga border post"),
            (SIGNED, "Selemani Jafo", "protocol on the Namanga border post"),
        },
    ),
    (
        "'the MoU' points back to the memorandum",
        "The accords include a memorandum on rice trade and an agreement on culture. The rice "
        "MoU was signed by Agriculture Secretary Ramon Diaz and Minister Nguyen Van Hai.",
        {
            (SIGNED, "Ramon Diaz", "memorandum on rice trade"),
            (SIGNED, "Nguyen Van Hai", "memorandum on rice trade"),
        },
    ),
    (
        "a statement in a later sentence does not name agreements signed before",
        "Lima and Quito signed five agreements on Thursday. Boluarte said in her statement that "
        "the ties were strong.",
        {(SIGNED, "Peru", "agreements"), (SIGNED, "Ecuador", "agreements")},
    ),
    (
        "what a declaration commits the parties to sign is not yet signed",
        "The declaration commits Chile and Peru to sign a final agreement by August.",
        set(),
    ),
    (
        "a phone conversation the parser hung on the subject makes it a call",
        "Foreign Minister Abbas Karimi, in a phone conversation on Sunday with his Omani "
        "counterpart Badr Al Hinai, exchanged views on the region.",
        set(),
    ),
    (
        "an agreement signed into law is made a law, not signed between parties",
        "President Tomas Berg signed the trade agreement with Chile into law on Monday.",
        set(),
    ),
    (
        "a duty a participle says was imposed by someone stands under a negated verb",
        "Brazil will not retaliate against a 50% tariff imposed by the United States on "
        "Brazilian goods.",
        {(TARIFF, "United States", "Brazil")},
    ),
    (
        "a list of rates after a faced duty may repeat its article and noun",
        "President Donald Trump signed an executive order on Thursday raising tariffs on dozens "
        "of countries. Under the order, Japan faces a 25% tariff and Brazil a 50% tariff.",
        {(TARIFF, "Donald Trump", "Japan"), (TARIFF, "Donald Trump", "Brazil")},
    ),
    (
        "a ministry named by its portfolio in lower case is 'it' in its own report",
        "India has imposed a duty on copper rods from Indonesia and Malaysia. In a notification, "
        "the finance ministry said that it has imposed the countervailing duty after the probe.",
        {
            (TARIFF, "India", "Indonesia"),
            (TARIFF, "India", "Malaysia"),
            (TARIFF, "finance ministry", "Indonesia"),
            (TARIFF, "finance ministry", "Malaysia"),
        },
    ),
    (
        "a plural title before a list of names is each one's office",
        "President Ana Ruiz met President Tomas Berg in Lima on Monday. Foreign ministers Rosa "
        "Mendes and Kabir Sule also attended. The foreign ministers signed a memorandum on "
        "lithium research.",
        {
            (MET, "Ana Ruiz", "Tomas Berg"),
            (SIGNED, "Rosa Mendes", "memorandum on lithium research"),
            (SIGNED, "Kabir Sule", "memorandum on lithium research"),
        },
    ),
    (
        "a weak agreement word does not rename agreements counted before",
        'Peru, Chile ink MoUs on digital ID, energy hub\n\n"Productive talks on our '
        'development partnership," the minister said.',
        {(SIGNED, "Peru", "MoUs"), (SIGNED, "Chile", "MoUs")},
    ),
    (
        "the event's own noun after a comma names no one met",
        "Ruto and Abiy met on Thursday, their second meeting this year.",
        {(MET, "Abiy", "Ruto")},
    ),
    (
        "a list of titled names after 'with' is read back from its last name",
        "Wang Yi held talks with Thai Foreign Minister Maris Sangiampongsa and Cambodian Foreign "
        "Minister Prak Sokhonn.",
        {(MET, "Maris Sangiampongsa", "Wang Yi"), (MET, "Prak Sokhonn", "Wang Yi")},
    ),
    (
        "a country in a clause that spares or drops it is no target of the duties",
        "The Commission imposed duties on steel from China; a parallel probe into Thailand was "
        "dropped.",
        {(TARIFF, "Commission", "China")},
    ),
    (
        "a country in a contrast clause with its own subject is no target of the first duties",
        "Turkey imposed duties on yarn from China, though exporters in Bangladesh were spared.",
        {(TARIFF, "Turkey", "China")},
    ),
    (
        "a building is no one's name",
        "Prime Minister Shigeru Ishiba met Sheikh Khaled bin Mohamed bin Zayed Al Nahyan, Crown "
        "Prince of Abu Dhabi, and visited the Sheikh Zayed Grand Mosque before leaving for Riyadh.",
        {(MET, "Khaled bin Mohamed bin Zayed Al Nahyan", "Shigeru Ishiba")},
    ),
    (
        "a country the model's given name ran into is no person",
        "Foreign Minister Winston Peters met Cook Islands Prime Minister Mark Brown in Avarua.",
        {(MET, "Mark Brown", "Winston Peters")},
    ),
    (
        "a past passive in a relative clause keeps its own tense under a future main verb; "
        "'whose' is no part of the agreement's name",
        "Kenya's crude will flow through Tanzania under the pipeline, whose host government "
        "agreements were signed by Kenya and Tanzania in 2021.",
        {
            (SIGNED, "Kenya", "host government agreements"),
            (SIGNED, "Tanzania", "host government agreements"),
        },
    ),
    (
        "a counterpart of a country no one is known to be of is the one named with the actor's office",
        "Foreign Minister Ana Ruiz led the Chilean delegation. The Japanese side was led by "
        "Foreign Minister Kenji Mori. Ruiz met her Japanese counterpart on Monday.",
        {(MET, "Ana Ruiz", "Kenji Mori")},
    ),
    (
        "a second object the parser made a conjunct of the verb is met too",
        "Rama later met the mayor of Struga, Ramiz Merko, and the leader of the Democratic Union "
        "for Integration, Ali Ahmeti.",
        {(MET, "Rama", "Ramiz Merko"), (MET, "Ali Ahmeti", "Rama")},
    ),
    (
        "the signers after a place the parser hung 'by' on",
        "The agreement was signed at the company's headquarters by Joseph Siror and Amina "
        "Odhiambo.",
        {
            (SIGNED, "Joseph Siror", "agreement"),
            (SIGNED, "Amina Odhiambo", "agreement"),
        },
    ),
    (
        "a visit's 'by' in the phrase after a signing names a visitor, not a signer",
        "The agreement was signed in Baghdad during a visit by Total chief Patrick Pouyanne.",
        set(),
    ),
    (
        "'the state copper miner' as a subject is the last company that was one",
        "Codelco signed a deal with Rio Tinto in January. In April the state copper miner also "
        "signed a preliminary agreement with Anglo American.",
        {
            (SIGNED, "Codelco", "deal with Rio Tinto"),
            (SIGNED, "Rio Tinto", "deal with Rio Tinto"),
            (SIGNED, "Codelco", "preliminary agreement with Anglo American"),
            (SIGNED, "Anglo American", "preliminary agreement with Anglo American"),
        },
    ),
    (
        "'the two sides' are the two of the last event, not the last two named",
        "Bhutan and Bangladesh signed an MoU on power sales on Friday. Bhutan exported electricity "
        "to India last year. The two sides had initialled the draft of the MoU in January.",
        {
            (SIGNED, "Bhutan", "MoU on power sales"),
            (SIGNED, "Bangladesh", "MoU on power sales"),
            (SIGNED, "Bhutan", "MoU"),
            (SIGNED, "Bangladesh", "MoU"),
        },
    ),
    (
        "a minister's portfolio of several words after commas is no signer",
        "Fiji's Minister for Finance, Strategic Planning, National Development and Statistics, "
        "Biman Prasad, and Australian High Commissioner Ewen McDonald signed a grant agreement.",
        {
            (SIGNED, "Biman Prasad", "grant agreement"),
            (SIGNED, "Ewen McDonald", "grant agreement"),
        },
    ),
    (
        "the rest of a dashed title is no one's name",
        "Prime Minister Andrew Holness called on the Governor-General, Sir Patrick Allen, on Monday.",
        {(MET, "Andrew Holness", "Patrick Allen")},
    ),
    (
        "an office's holder the model took for a place, with a name particle, is a person",
        "The Minister of Foreign Affairs of Peru, Hugo de Zela, and the Bolivian Foreign Minister, "
        "Fernando Aramayo, signed the joint declaration.",
        {
            (SIGNED, "Hugo de Zela", "joint declaration"),
            (SIGNED, "Fernando Aramayo", "joint declaration"),
        },
    ),
    (
        "an office of a place the model took for a name gives way to its holder",
        "Last week, the Kabaka of Buganda, Ronald Muwenda Mutebi II, received the Kenyan High "
        "Commissioner, Joash Maangi.",
        {(MET, "Joash Maangi", "Ronald Muwenda Mutebi II")},
    ),
    (
        "a party's abbreviation in brackets after a person's name is no stock ticker",
        "The decision came after Trump met with President Luiz Inácio Lula da Silva (PT) in Kuala "
        "Lumpur.",
        {(MET, "Luiz Inácio Lula da Silva", "Trump")},
    ),
    (
        "an office holder with a party's abbreviation in brackets meets",
        "The Minister of Mines and Energy, Alexandre Silveira (PSD), met with Justo Zacarías Irún "
        "on Tuesday.",
        {(MET, "Alexandre Silveira", "Justo Zacarías Irún")},
    ),
    (
        "'the government' with no country named before is the dateline's",
        "NEW DELHI: The government has imposed anti-dumping duty on solar glass from China and "
        "Vietnam for five years.",
        {(TARIFF, "India", "China"), (TARIFF, "India", "Vietnam")},
    ),
    (
        "'Government' with no article, in reported speech, under a dateline with a dash",
        "HARARE - Industry Minister Sipho Ndlovu said Government had imposed a 25 percent surtax "
        "on imported goods from South Africa and Zambia.",
        {(TARIFF, "Zimbabwe", "South Africa"), (TARIFF, "Zimbabwe", "Zambia")},
    ),
    (
        "who continues to face a duty imposed by another is its target",
        "Vietnam continues to face a 20% tariff imposed by the U.S. on its exports.",
        {(TARIFF, "United States", "Vietnam")},
    ),
    (
        "who was hit by a duty a participle says another imposed is its target",
        "Malaysia was hit by a 19 per cent tariff imposed by the United States in August.",
        {(TARIFF, "United States", "Malaysia")},
    ),
    (
        "a counterpart among a verb's subjects is read without reading the verb's subjects again",
        "Foreign Minister Ayman Safadi met Syrian Foreign Minister Asaad Al Shaibani. Safadi and "
        "his Syrian counterpart signed an agreement.",
        {
            (MET, "Asaad Al Shaibani", "Ayman Safadi"),
            (SIGNED, "Ayman Safadi", "agreement"),
        },
    ),
    (
        "a word of a state's formal name is no one's name",
        "His Majesty Sultan Haitham bin Tarik received Narendra Modi, who is on a state visit to the "
        "Sultanate of Oman.",
        {(MET, "Haitham bin Tarik", "Narendra Modi")},
    ),
    (
        "an office after a name's comma is no organization, nor a signer",
        "Suhail Al Mazrouei, Minister of Energy, and Almasadam Satkaliyev, Kazakh Minister of "
        "Energy, signed an MoU on renewable energy.",
        {
            (SIGNED, "Suhail Al Mazrouei", "MoU on renewable energy"),
            (SIGNED, "Almasadam Satkaliyev", "MoU on renewable energy"),
        },
    ),
    (
        "a portfolio that goes on after 'and' is the title's, not an organization",
        "The agreements were signed by the Minister of Foreign Affairs and International "
        "Cooperation, Amb. Olivier Nduhungirehe, and Qatar's Minister of State for Foreign "
        "Affairs, Sultan bin Saad Al-Muraikhi.",
        {
            (SIGNED, "Olivier Nduhungirehe", "agreements"),
            (SIGNED, "Sultan bin Saad Al-Muraikhi", "agreements"),
        },
    ),
    (
        "a day the model ran into the titled name after a verb",
        "President Abdel-Fattah El-Sisi received on Sunday European Commission President Ursula "
        "von der Leyen at the Ittihadiya Palace.",
        {(MET, "Abdel-Fattah El-Sisi", "Ursula von der Leyen")},
    ),
    (
        "a place the model ran into the titled name after a verb",
        "Sheikh Mohamed bin Zayed today received at Qasr Al Watan President Kassym-Jomart Tokayev.",
        {(MET, "Kassym-Jomart Tokayev", "Mohamed bin Zayed")},
    ),
    (
        "a named gathering a signing took place at is no meeting of the last pair named",
        "The port was opened by President Ana Ruiz and President Tomas Berg. The deal was signed at "
        "the APEC Leaders' Meeting.",
        set(),
    ),
    (
        "an addendum is an agreement",
        "The energy minister, Mauricio Medinaceli, signed an addendum with the Russian company "
        "Uranium One Group on Monday.",
        {
            (SIGNED, "Mauricio Medinaceli", "addendum"),
            (SIGNED, "Uranium One Group", "addendum"),
        },
    ),
    (
        "a title written short in capitals before a name the model missed",
        "CEO Satya Nadella met PM Modi in Delhi.",
        {(MET, "Modi", "Satya Nadella")},
    ),
    (
        "a title written short in capitals the model ran into the name after it",
        "EAM Jaishankar met Foreign Minister Arzu Rana Deuba in New Delhi.",
        {(MET, "Arzu Rana Deuba", "Jaishankar")},
    ),
    (
        "a second object after a comma that describes the first is no second agreement",
        "The leaders of Fiji, Tonga and Samoa signed a memorandum on labour mobility on Wednesday, "
        "a first trilateral arrangement of its kind.",
        {
            (SIGNED, "Fiji", "memorandum on labour mobility"),
            (SIGNED, "Tonga", "memorandum on labour mobility"),
            (SIGNED, "Samoa", "memorandum on labour mobility"),
        },
    ),
    (
        "ministries of two countries in the plural are no one organization that signs",
        "The two prime ministers witnessed the signing of an MoU on border trade by the commerce "
        "ministries.",
        set(),
    ),
    (
        "'the two sides' in the sentence of a meeting are the two who just met",
        "Earlier in Accra, Modi met Ghanaian President John Mahama, and the two sides inked four "
        "agreements on culture, traditional medicine and standards.",
        {
            (MET, "John Mahama", "Modi"),
            (SIGNED, "Modi", "agreements on culture"),
            (SIGNED, "John Mahama", "agreements on culture"),
        },
    ),
    (
        "a short form of a place's name is no title written short",
        "DR Congo and Rwanda signed a peace accord.",
        {
            (SIGNED, "Democratic Republic of the Congo", "peace accord"),
            (SIGNED, "Rwanda", "peace accord"),
        },
    ),
    (
        "a weak agreement word points back to the agreement whose name has it",
        "Namibia and Germany signed a grant agreement of N$ 75 million. Minister Ericah Shafudah "
        "and Ambassador Thorsten Hutter signed the grant at the ministry.",
        {
            (SIGNED, "Namibia", "grant agreement of N$ 75 million"),
            (SIGNED, "Germany", "grant agreement of N$ 75 million"),
            (SIGNED, "Ericah Shafudah", "grant agreement of N$ 75 million"),
            (SIGNED, "Thorsten Hutter", "grant agreement of N$ 75 million"),
        },
    ),
    (
        "a title's 'of' opens with a body the text names alone, then the holder's name",
        "Director General of Vantor Hamid Rezaei and Energy Minister of Chile Ana Soto signed "
        "the fuel supply agreement in Santiago on Monday. Vantor will build the plant by 2030.",
        {
            (SIGNED, "Hamid Rezaei", "fuel supply agreement"),
            (SIGNED, "Ana Soto", "fuel supply agreement"),
        },
    ),
    (
        "a body the gazetteer knows opens the name after a title's 'of'",
        "Secretary General of NATO Pieter Hendriks met Defence Minister Ola Berg in Oslo.",
        {(MET, "Ola Berg", "Pieter Hendriks")},
    ),
    (
        "a two-word company named alone elsewhere is not split after its first word",
        "The chairman of Standard Chartered Bill Winters met Finance Minister Lawrence Wong. "
        "Standard Chartered has operated in Singapore since 1859.",
        {(MET, "Bill Winters", "Lawrence Wong")},
    ),
    (
        "a deputy's title joined to a name, and the holder its 'of' names after a company",
        "Karim Taha and Deputy CEO of QPC Sheikh Nawaf Saud Al-Rashid inked the pipeline "
        "agreement. QPC owns the terminal.",
        {
            (SIGNED, "Karim Taha", "pipeline agreement"),
            (SIGNED, "Nawaf Saud Al-Rashid", "pipeline agreement"),
        },
    ),
    (
        "a two-word title whose head is no office alone, and the holder its 'of' names",
        "Director General of Kestrel Rail Tomas Lindgren met Transport Minister Ana Costa in Lisbon.",
        {(MET, "Ana Costa", "Tomas Lindgren")},
    ),
    (
        "a people's name two countries share is the one the text names",
        "South Korea's carmakers braced for a hard year. The United States imposed 25% tariffs on "
        "Korean cars in April.",
        {(TARIFF, "United States", "South Korea")},
    ),
    (
        "a people's name two countries share names neither when the text names both",
        "North Korea fired a missile. South Korea braced for new duties. The United States "
        "imposed 25% tariffs on Korean cars.",
        set(),
    ),
    (
        "a relative pronoun hit by duties is the country it relates to",
        "Peru, which was hit by US duties in March, filed a complaint at the WTO.",
        {(TARIFF, "United States", "Peru")},
    ),
    (
        "a company's name that opens with its country's is one company, not a country and a person",
        "Peru Copper Co. signed a supply agreement with Glencore on Monday.",
        {
            (SIGNED, "Peru Copper Co.", "supply agreement with Glencore"),
            (SIGNED, "Glencore", "supply agreement with Glencore"),
        },
    ),
    (
        "an administration in a body's name makes it a body",
        "The Chile Space Administration signed a cooperation agreement with NASA.",
        {
            (SIGNED, "Chile Space Administration", "cooperation agreement with NASA"),
            (SIGNED, "NASA", "cooperation agreement with NASA"),
        },
    ),
    (
        "a cabinet's approval of a signing is no signing",
        "The Cabinet approved the signing of a treaty between Ghana and Chile on mining.",
        set(),
    ),
    (
        "an approval given for signing is no signing",
        "The Cabinet gave its approval for signing a fisheries agreement with Peru.",
        set(),
    ),
    (
        "an agency after a dateline's full stop is no imposer",
        "TASHKENT. UZNEWS – The Eurasian Economic Commission has raised the import duty on "
        "cars from China.",
        {(TARIFF, "Eurasian Economic Commission", "China")},
    ),
    (
        "a title written short names the holder the full title refers back to",
        "Sen. Maria Lopez flew to Taipei on Monday. The senator met Premier Cho Jung-tai on "
        "Tuesday.",
        {(MET, "Cho Jung-tai", "Maria Lopez")},
    ),
    (
        "two titled names joined by 'and', the first of which the parser hung on the second",
        "Russian Minister of Energy Pavel Orlov and Kazakh Minister of Energy Daulet Nurlanov met "
        "in Astana.",
        {(MET, "Daulet Nurlanov", "Pavel Orlov")},
    ),
    (
        "one agreement named by its word is not some agreements named before",
        "Deputy Prime Minister Rauf Aliyev met Deputy Prime Minister Timur Sadykov in Baku. The "
        "sides reviewed the implementation of agreements. After the talks, Aliyev and Sadykov "
        "signed the protocol.",
        {
            (MET, "Rauf Aliyev", "Timur Sadykov"),
            (SIGNED, "Rauf Aliyev", "protocol"),
            (SIGNED, "Timur Sadykov", "protocol"),
        },
    ),
    (
        "an object the parser ran into 'and the two sides' after it",
        "Rajan Mehta called on Prime Minister Lim Wei.\n\nOn Friday, Mehta met Defence Minister "
        "Tan Boon Hock and the two sides exchanged views on maritime security.",
        {(MET, "Lim Wei", "Rajan Mehta"), (MET, "Rajan Mehta", "Tan Boon Hock")},
    ),
    (
        "a title with a dash in lower case between two signers",
        "The MoU was signed by Anil Verma and Google vice-president Meera Nair.",
        {(SIGNED, "Anil Verma", "MoU"), (SIGNED, "Meera Nair", "MoU")},
    ),
    (
        "a body's name before a title in lower case is no signer of its own",
        "The memorandum was signed by Anil Verma and Infosys vice-president Meera Nair.",
        {(SIGNED, "Anil Verma", "memorandum"), (SIGNED, "Meera Nair", "memorandum")},
    ),
    (
        "the first to sign did sign, and an article the parser hung on the agreement's first word",
        "Chile was the first South American country to sign a fisheries pact with Norway, in 2019.",
        {
            (SIGNED, "Chile", "fisheries pact with Norway"),
            (SIGNED, "Norway", "fisheries pact with Norway"),
        },
    ),
    (
        "a bracket inside an agreement's name is closed",
        "Vinacomin signed an engineering, procurement and construction (EPC) contract with Doosan.",
        {
            (
                SIGNED,
                "Vinacomin",
                "engineering, procurement and construction (EPC) contract with Doosan",
            ),
            (
                SIGNED,
                "Doosan",
                "engineering, procurement and construction (EPC) contract with Doosan",
            ),
        },
    ),
    (
        "an office's holder the model took for a body, with a dash in the given name",
        "Finance Minister Amara Okonjo-Bassey arrived in Accra on Monday. Okonjo-Bassey held "
        "talks with the Governor of the Bank of Ghana, Jean-Baptiste Ouedraogo.",
        {(MET, "Amara Okonjo-Bassey", "Jean-Baptiste Ouedraogo")},
    ),
    (
        "a Portuguese particle inside a name, before a last word the model gave another kind",
        "COP30 President Andre Correa do Lago met EU climate commissioner Wopke Hoekstra.",
        {(MET, "Andre Correa do Lago", "Wopke Hoekstra")},
    ),
    (
        "a list of names each after a company's title in capitals",
        "Prime Minister Lina Haddad met Unilever CEO Hein Schumacher and Nokia CEO Justin Hotard.",
        {
            (MET, "Hein Schumacher", "Lina Haddad"),
            (MET, "Justin Hotard", "Lina Haddad"),
        },
    ),
    (
        "a consortium signs for the companies its 'of' names",
        "Vinacomin and a consortium of Doosan Enerbility and Samsung C&T signed the contract.",
        {
            (SIGNED, "Vinacomin", "contract"),
            (SIGNED, "Doosan Enerbility", "contract"),
            (SIGNED, "Samsung C&T", "contract"),
        },
    ),
    (
        "a bloc that only qualifies the economies a list names is no target",
        "The United States imposed tariffs of up to 30 per cent on several Mercosur economies, "
        "including Paraguay and Uruguay.",
        {(TARIFF, "United States", "Paraguay"), (TARIFF, "United States", "Uruguay")},
    ),
    (
        "unnamed ministers from countries sign for them",
        "Ministers from Norway, Iceland and Peru also signed the protocol on fisheries.",
        {
            (SIGNED, "Norway", "protocol on fisheries"),
            (SIGNED, "Iceland", "protocol on fisheries"),
            (SIGNED, "Peru", "protocol on fisheries"),
        },
    ),
    (
        "'no' on the subject of a passive negates it",
        "No duties have been imposed on Danish pork by China so far.",
        set(),
    ),
    (
        "a covenant, a ceasefire and a CETA are agreements",
        "President Ana Rojas and Governor Luis Paredes signed the Tarija Covenant on Tuesday. "
        "The Karen National Union signed a ceasefire with the army in April. The Canada-Peru "
        "CETA was signed by Mary Chen and Jorge Salas.",
        {
            (SIGNED, "Ana Rojas", "Tarija Covenant"),
            (SIGNED, "Luis Paredes", "Tarija Covenant"),
            (SIGNED, "Karen National Union", "ceasefire"),
            (SIGNED, "Mary Chen", "Canada-Peru CETA"),
            (SIGNED, "Jorge Salas", "Canada-Peru CETA"),
        },
    ),
    (
        "'the text' points back to the agreement signed before",
        "Peru and Japan signed a fisheries agreement on Monday. Foreign Minister Ana Soto and "
        "Ambassador Kenji Mori signed the text in Lima.",
        {
            (SIGNED, "Peru", "fisheries agreement"),
            (SIGNED, "Japan", "fisheries agreement"),
            (SIGNED, "Ana Soto", "fisheries agreement"),
            (SIGNED, "Kenji Mori", "fisheries agreement"),
        },
    ),
    (
        "'the document' is the last agreement signed, not the last one named",
        "Ghana and Togo signed a declaration of principles on Tuesday, committing to talks on a "
        "border treaty. The document was signed by Minister Ama Mensah and Minister Kofi Agbo.",
        {
            (SIGNED, "Ghana", "declaration of principles"),
            (SIGNED, "Togo", "declaration of principles"),
            (SIGNED, "Ama Mensah", "declaration of principles"),
            (SIGNED, "Kofi Agbo", "declaration of principles"),
        },
    ),
    (
        "an office of a body named by common nouns, then its holder after a comma",
        "The agreement was signed by the head of the delegation, Nasser Bin Khalid.",
        {(SIGNED, "Nasser Bin Khalid", "agreement")},
    ),
    (
        "'the two governments' after two people met are theirs, never two named in another story",
        "Peru and Chile signed a water accord.\n\nPresident Ana Rojas held talks with Bolivian "
        "President Luis Arce. The two governments signed a migration accord.",
        {
            (SIGNED, "Peru", "water accord"),
            (SIGNED, "Chile", "water accord"),
            (MET, "Ana Rojas", "Luis Arce"),
        },
    ),
    (
        "a title two people hold, with 'also', is the subject going on",
        "Trade Minister Lee Jin-ho met Thai Minister Somchai Wong in Busan. The minister also "
        "held talks with Indian Ambassador Ravi Menon.",
        {(MET, "Lee Jin-ho", "Somchai Wong"), (MET, "Lee Jin-ho", "Ravi Menon")},
    ),
    (
        "a picture's credit names no one 'he' could be",
        "Senator Tom Vickers flew to Ottawa on Monday.\n\nPhoto: Jim Doyle/Reuters\n\nHe later "
        "met Finance Minister Ana Ruiz.",
        {(MET, "Ana Ruiz", "Tom Vickers")},
    ),
    (
        "a round of talks is no game's round",
        "Trade Minister Tim Walsh met Piyush Goyal in Delhi for a round of talks.",
        {(MET, "Piyush Goyal", "Tim Walsh")},
    ),
    (
        "a region as a minister's portfolio, then the holder",
        "Minister for the Middle East Tom Harding met Faisal Al-Rashid. Minister for Asia Ella "
        "Quinn met Yoko Sato.",
        {(MET, "Faisal Al-Rashid", "Tom Harding"), (MET, "Ella Quinn", "Yoko Sato")},
    ),
    (
        "a capital's name other places share names its country only where the text names it",
        "Victoria has signed a memorandum of understanding with Tamil Nadu.",
        {
            (SIGNED, "Victoria", "memorandum of understanding"),
            (SIGNED, "Tamil Nadu", "memorandum of understanding"),
        },
    ),
    (
        "a partner the parser hung on a word deep in the agreement's phrase",
        "Transport Minister Ali Haddad signed a memorandum of understanding on land transport "
        "with Iraqi Transport Minister Karim Al-Saadi.",
        {
            (SIGNED, "Ali Haddad", "memorandum of understanding on land transport"),
            (SIGNED, "Karim Al-Saadi", "memorandum of understanding on land transport"),
        },
    ),
    (
        "a verb of duties whose object names a country and no measure imposes nothing",
        "Romania has notified Moldova that it will close the border crossing.",
        set(),
    ),
    (
        "a weekday is no one met",
        "Former president Pedro Alvarez recalled that he and Tomas Vidal had met every Friday at "
        "the palace.",
        {(MET, "Pedro Alvarez", "Tomas Vidal")},
    ),
    (
        "portfolios that go on with commas and 'and' before the holder's name",
        "The Minister of Foreign Affairs, National Community Abroad and African Affairs, Karim "
        "Belkacem, received the Minister of Trade and Export Promotion of Tunisia, Sami Ben Salah.",
        {(MET, "Karim Belkacem", "Sami Ben Salah")},
    ),
    (
        "a timeline's entry: its date and dash name no one, the rest is a sentence",
        "July 6, 2018 - The United States imposes 25% tariffs on Chilean copper.\n"
        "* Dec. 1, 2018 - Prime Minister Ana Costa and President Luis Paredes meet in Lima.",
        {(TARIFF, "United States", "Chile"), (MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "a working session with someone is a meeting",
        "The Minister of Economy, Paul Mba, held a working session with his Gabonese counterpart, "
        "Jean-Marie Ogandaga.",
        {(MET, "Jean-Marie Ogandaga", "Paul Mba")},
    ),
    (
        "'the text' with its length is no name for the deal signed",
        "Parliament ratified the trade agreement, months after President Ana Rojas and President "
        "Luis Paredes signed the deal in Lima. Critics said MPs had too little time to study the "
        "900-page text.",
        {
            (SIGNED, "Ana Rojas", "trade agreement"),
            (SIGNED, "Luis Paredes", "trade agreement"),
        },
    ),
    (
        "a counterpart right before a name the parser hung on the verb, then 'the Omani minister'",
        "Kuwaiti Foreign Minister Ahmad Al-Sabah met with his Omani counterpart Sayyid Faisal bin "
        "Said Al Harthi in Kuwait City on Sunday. Al Harthi, for his part, conveyed greetings to "
        "Kuwaiti Prime Minister Ahmad Al-Abdullah. The Omani foreign minister later met with Prime "
        "Minister Al-Abdullah at the palace.",
        {
            (MET, "Ahmad Al-Sabah", "Sayyid Faisal bin Said Al Harthi"),
            (MET, "Ahmad Al-Abdullah", "Sayyid Faisal bin Said Al Harthi"),
        },
    ),
    (
        "a title with its portfolio the parser split from the name keeps its country",
        "Iranian Minister of Roads Reza Karimi and Iraqi Minister of Trade Hassan Al-Jabouri "
        "co-chaired the commission. The Iraqi minister met with Iranian First Vice President "
        "Mohammad Tehrani.",
        {(MET, "Hassan Al-Jabouri", "Mohammad Tehrani")},
    ),
    (
        "a partnership signed with a partner named is an agreement",
        "Kestrel Systems signed a partnership with OpenAI on Monday.",
        {
            (SIGNED, "Kestrel Systems", "partnership with OpenAI"),
            (SIGNED, "OpenAI", "partnership with OpenAI"),
        },
    ),
    (
        "the text of a treaty is the treaty, which they signed",
        "Prime Minister Ana Costa held talks with Prime Minister Luis Paredes. The two leaders "
        "announced they had agreed the text of the Andes defence treaty, which they signed in "
        "Lima days later.",
        {
            (MET, "Ana Costa", "Luis Paredes"),
            (SIGNED, "Ana Costa", "Andes defence treaty"),
            (SIGNED, "Luis Paredes", "Andes defence treaty"),
        },
    ),
    (
        "a technical annex initialled after a declaration is no second signing of the declaration",
        "Prime Minister Ana Costa and President Luis Paredes signed a declaration on de-escalation "
        "on Wednesday; their foreign ministers, Tomas Vidal and Omar Haddad, initialled the "
        "technical annex.",
        {
            (SIGNED, "Ana Costa", "declaration on de-escalation"),
            (SIGNED, "Luis Paredes", "declaration on de-escalation"),
        },
    ),
    (
        "'the signed covenant' is the covenant, which 'it' points back to",
        "Minister Ana Costa presented the signed covenant to parliament on Friday. Costa and "
        "Governor Luis Paredes had signed it in Tarija.",
        {(SIGNED, "Ana Costa", "covenant"), (SIGNED, "Luis Paredes", "covenant")},
    ),
    (
        "a name's last word spelt like a pronoun, with no mark between, is the name's",
        "Vice Premier Zhou He met Trade Minister Ana Costa in Lima on Monday.",
        {(MET, "Ana Costa", "Zhou He")},
    ),
    (
        "a known person's surname alone, which the model read as a product, is the person",
        "Ghanaian President John Mahama hosted Togolese President Faure Gnassingbe on Tuesday."
        "\n\nMahama and Gnassingbe signed a memorandum on border security.",
        {
            (MET, "Faure Gnassingbe", "John Mahama"),
            (SIGNED, "John Mahama", "memorandum on border security"),
            (SIGNED, "Faure Gnassingbe", "memorandum on border security"),
        },
    ),
    (
        "a named agreement the parser hung on its first capitalised word is the agreement signed",
        "Ana Costa and Luis Paredes signed the Status of Visiting Forces Agreement in April.",
        {
            (SIGNED, "Ana Costa", "Status of Visiting Forces Agreement"),
            (SIGNED, "Luis Paredes", "Status of Visiting Forces Agreement"),
        },
    ),
    (
        "racing or hoping to sign is no signing yet",
        "Chile and Peru are racing to sign a fisheries accord. Bolivia and Paraguay are hoping to "
        "sign a rail treaty by June.",
        set(),
    ),
    (
        "the writers a byline names are no one the story's group words mean",
        "By Anna Lee, Bo Chen and staff reporters\n\nThe Chilean and Peruvian prime ministers "
        "held their first talks since July.",
        set(),
    ),
    (
        "a definite agreement with nouns of its own is not the last one, named by others",
        "A pipeline agreement is expected to be signed next year. Chile and Peru signed their "
        "fisheries quota agreement in August.",
        {
            (SIGNED, "Chile", "fisheries quota agreement"),
            (SIGNED, "Peru", "fisheries quota agreement"),
        },
    ),
    (
        "a definite agreement points back to the one whose name has its noun",
        "Chile and Peru signed a memorandum on fisheries cooperation in May. Both are expected to "
        "sign a pipeline agreement next year. Ministers Ana Costa and Luis Paredes signed "
        "the fisheries accord in April.",
        {
            (SIGNED, "Chile", "memorandum on fisheries cooperation"),
            (SIGNED, "Peru", "memorandum on fisheries cooperation"),
            (SIGNED, "Ana Costa", "memorandum on fisheries cooperation"),
            (SIGNED, "Luis Paredes", "memorandum on fisheries cooperation"),
        },
    ),
    (
        "a possessive that is a word of a body's name stays in the name",
        "The People's Bank of Chile signed a currency swap agreement with Peru's central bank.",
        {(SIGNED, "People's Bank of Chile", "currency swap agreement")},
    ),
    (
        "a list's bullet is no word of the name after it",
        "MORE HEADLINES\n• Marcos met Sanae Takaichi in Kuala Lumpur last week.",
        {(MET, "Marcos", "Sanae Takaichi")},
    ),
    (
        "a country's name as its own people write it, with the marks of their alphabet",
        "Canada imposed a 15 per cent duty on furniture from Việt Nam in May.",
        {(TARIFF, "Canada", "Việt Nam")},
    ),
    (
        "a roadmap whose 'on' or 'for' phrase the parser hung on the verb is an agreement",
        "Chile and Peru signed a roadmap on energy cooperation. Bolivia and Paraguay signed a "
        "roadmap for the construction of a river port.",
        {
            (SIGNED, "Chile", "roadmap on energy cooperation"),
            (SIGNED, "Peru", "roadmap on energy cooperation"),
            (SIGNED, "Bolivia", "roadmap for the construction of a river port"),
            (SIGNED, "Paraguay", "roadmap for the construction of a river port"),
        },
    ),
    (
        "the seat of a bloc that is no country's capital, acting, is the bloc",
        "Brussels raised duties on Bolivian quinoa in July, weeks after ministers met in Brussels.",
        {(TARIFF, "European Union", "Bolivia")},
    ),
    (
        "a title's 'for' phrase, whose last words the model took into the name",
        "Special Envoy for the Andes-Amazon Dialogue Miroslav Petrov met Commissioner for "
        "International Partnerships Jozef Novak in Quito.",
        {(MET, "Jozef Novak", "Miroslav Petrov")},
    ),
    (
        "a title that ends inside the model's name, after words of office only",
        "The accord was signed by Swiss Federal Councillor Guy Morel and Foreign Minister Ana "
        "Costa.",
        {(SIGNED, "Guy Morel", "accord"), (SIGNED, "Ana Costa", "accord")},
    ),
    (
        "two companies 'between' which an agreement was signed, the first hung on the second's name",
        "The agreement was signed between Acme Holdings and Sumitomo Corporation.",
        {
            (SIGNED, "Acme Holdings", "agreement"),
            (SIGNED, "Sumitomo Corporation", "agreement"),
        },
    ),
    (
        "a meeting moved to another day is still to come",
        "A meeting between President Ana Costa and President Luis Paredes was moved to Thursday.",
        set(),
    ),
    (
        "a meeting co-chaired by two people is theirs; one attended by others is not",
        "The meeting was co-chaired by Ana Costa and Luis Paredes. It was attended by Tomas Vidal "
        "and Omar Haddad.",
        {(MET, "Ana Costa", "Luis Paredes")},
    ),
    (
        "the two sides of a trade war 'between' them are no targets of another's tariffs",
        "Peru raised tariffs on Chinese imports as a trade war between Chile and Bolivia escalated.",
        {(TARIFF, "Peru", "China")},
    ),
    (
        "duties a condition says may not be lowered are no fact",
        "Peru threatened to raise tariffs on Chilean wine if Chile did not lower duties on "
        "Peruvian textiles.",
        set(),
    ),
    (
        "the owner of a tariff's rise imposed the tariff",
        "Lima's tariff hike on Chilean goods angered Santiago.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a rate 'along with' a measure, on a target of its own",
        "Peru imposed 25 percent tariffs on Chile, along with 10 percent on Bolivia.",
        {(TARIFF, "Peru", "Chile"), (TARIFF, "Peru", "Bolivia")},
    ),
    (
        "one word in capitals, or capitalised inside a sentence, joined to a company's name is a company",
        "JADRAN and MOL signed a contract on oil transport. Acme Holdings and Elering signed a "
        "cooperation agreement.",
        {
            (SIGNED, "JADRAN", "contract on oil transport"),
            (SIGNED, "MOL", "contract on oil transport"),
            (SIGNED, "Acme Holdings", "cooperation agreement"),
            (SIGNED, "Elering", "cooperation agreement"),
        },
    ),
    (
        "a dateline's town before a numeric date, and an agency after a dash, are no parties",
        "Porto Verde, 24.03.2025 (Agency) - The Armament Agency signed a contract with Acme Steel."
        "\n\nRio de Janeiro, May 7th 2025 - (Plata Press) - Mercosur and EFTA signed a free trade "
        "agreement.",
        {
            (SIGNED, "Armament Agency", "contract with Acme Steel"),
            (SIGNED, "Acme Steel", "contract with Acme Steel"),
            (SIGNED, "Mercosur", "free trade agreement"),
            (SIGNED, "EFTA", "free trade agreement"),
        },
    ),
    (
        "a name's particle the tagger took for a verb, and two people in one of the model's names",
        "The memorandum was signed by Sylvia dos Anjos and Alejandro Narváez.",
        {
            (SIGNED, "Sylvia dos Anjos", "memorandum"),
            (SIGNED, "Alejandro Narváez", "memorandum"),
        },
    ),
    (
        "an office's holder after a comma, inside the body's name the model read",
        "Ana Costa also met with the Chairman of the Cabinet of Ministers, Nurbek Sydykov.",
        {(MET, "Ana Costa", "Nurbek Sydykov")},
    ),
    (
        "a surname with a Gaelic prefix alone is the person; a street after a royal title is a place",
        "David McGuinty arrived in Manila on Monday. Ana Costa met McGuinty at the ministry, as "
        "protesters marched down Queen Street.",
        {(MET, "Ana Costa", "David McGuinty")},
    ),
    (
        "a country only modifying the officials a 'by' phrase names signs nothing",
        "The two leaders witnessed the signing of a declaration of intent on defence cooperation "
        "by Chilean and Peruvian officials.",
        set(),
    ),
    (
        "'he' after a subject named in apposition to its role is that subject",
        "Tomas Vidal spoke first. The EU envoy, Henrik Lindqvist, said he met Besnik Krasniqi in "
        "March.",
        {(MET, "Besnik Krasniqi", "Henrik Lindqvist")},
    ),
    (
        "a speaker after a quote, whom the model read as a work's name, is a person 'she' is",
        '"We will help," Fatou Ceesay-Touray said. On Thursday, she met Adama Konaté.',
        {(MET, "Adama Konaté", "Fatou Ceesay-Touray")},
    ),
    (
        "a bloc's people's word on goods is the bloc's, as a country's is the country's",
        "Peru imposed 20 percent tariffs on European goods, as European leaders met in Lima.",
        {(TARIFF, "Peru", "European Union")},
    ),
    (
        "a target a copula counts among the countries a participle's tariffs hit",
        "Kenya was among the countries hit by Ottawa's 12% levy, and Ghana was one of the "
        "nations hit with new Brazilian duties in May.",
        {(TARIFF, "Canada", "Kenya"), (TARIFF, "Brazil", "Ghana")},
    ),
    (
        "a participle in apposition to the target, its tariffs owned by the imposer",
        "Uruguay, hit with a 15% Chilean tariff last week, filed a complaint.",
        {(TARIFF, "Chile", "Uruguay")},
    ),
    (
        "a penalty joined to a tariff, and a tariff's 'for', give a reason, not a target",
        "Peru imposed a 20% tariff on Bolivia and an extra 10% penalty for its purchases of "
        "Venezuelan fuel. Ecuador imposed duties on Colombia for its imports of sugar from "
        "Brazil.",
        {(TARIFF, "Peru", "Bolivia"), (TARIFF, "Ecuador", "Colombia")},
    ),
    (
        "a 'with' after another phrase of an agreement's noun is that phrase's, no partner",
        "Chile and Peru signed a memorandum on a fence along their border with Bolivia.",
        {
            (SIGNED, "Chile", "memorandum on a fence along their border with Bolivia"),
            (SIGNED, "Peru", "memorandum on a fence along their border with Bolivia"),
        },
    ),
    (
        "a negated verb does not negate a tariff it is about that a name owns",
        "Bolivia has not yet responded to Paraguay's 15% duty on Bolivian soy, and the ministry "
        "did not comment on the Chilean tariffs on Bolivian quinoa.",
        {(TARIFF, "Paraguay", "Bolivia"), (TARIFF, "Chile", "Bolivia")},
    ),
    (
        "duties a court sets aside are undone, not imposed",
        "The Federal Court set aside the duties on tiles from Malaysia on Friday.",
        set(),
    ),
    (
        "'I' joined to a name in a quote is the speaker, whether they signed or held talks",
        '"Kofi Boateng and I signed a water accord," Amara Diallo said on Monday. "Rui Pereira '
        'and I held talks today," said Lina Okafor.',
        {
            (SIGNED, "Amara Diallo", "water accord"),
            (SIGNED, "Kofi Boateng", "water accord"),
            (MET, "Lina Okafor", "Rui Pereira"),
        },
    ),
    (
        "the imposer and the target of duties are no group a later 'we' could be",
        "Last year Peru imposed duties on tiles from Chile. In March we imposed duties on glass "
        "from Bolivia.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "a headline's list of goods without 'and' names each maker's country",
        "Australia slaps duties on Thai, Malaysian steel",
        {(TARIFF, "Australia", "Thailand"), (TARIFF, "Australia", "Malaysia")},
    ),
    (
        "a rate a tariff verb imposes is a duty",
        "In May last year, the Peruvian government slapped an extra 15% on Chilean wine.",
        {(TARIFF, "Peru", "Chile")},
    ),
    (
        "after a tariff sentence, each country listed with its rate was hit",
        "Peru imposed new tariffs on Friday. Chile was hit with 30%, Bolivia with 20% and "
        "Ecuador with 10%.",
        {
            (TARIFF, "Peru", "Chile"),
            (TARIFF, "Peru", "Bolivia"),
            (TARIFF, "Peru", "Ecuador"),
        },
    ),
    (
        "a style of honorific words alone is no person",
        "His Royal Highness the Emir welcomed President Ana Costa. Later, His Royal Highness "
        "Prince Khalid bin Saud held talks with Tomas Vidal.",
        {(MET, "Khalid bin Saud", "Tomas Vidal")},
    ),
    (
        "finalising an agreement's text signs nothing",
        "Officials said Peru and Chile had finalised the text of an agreement on fisheries.",
        set(),
    ),
    (
        "a person represented by another at a meeting did not meet",
        "Vice President Amara Diallo, represented by Senator Kofi Boateng, received the "
        "Peruvian Ambassador, Tomas Vidal.",
        {(MET, "Kofi Boateng", "Tomas Vidal")},
    ),
    (
        "what an agreement's clause sets out is no agreement signed",
        "Acme Hydrogen signed a project agreement setting out the fiscal terms, land access "
        "arrangements and royalty provisions.",
        {(SIGNED, "Acme Hydrogen", "project agreement")},
    ),
    (
        "'they' after a meeting in its own sentence are the two who met, not a group before",
        "On the Peruvian side, it was attended by Foreign Minister Ana Costa and State "
        "Secretary Rui Pereira. On the sidelines of the visit, Prince Khalid bin Saud held talks "
        "with Foreign Minister Ana Costa, during which they discussed preparations for the next "
        "session.",
        {(MET, "Ana Costa", "Khalid bin Saud")},
    ),
    (
        "an agreement of a kind its own words give is one, however 'similar' it is",
        "Peru and Chile signed a similar trade agreement in Lima.",
        {
            (SIGNED, "Peru", "similar trade agreement"),
            (SIGNED, "Chile", "similar trade agreement"),
        },
    ),
    (
        "a framework on doing something is an agreement",
        "Ana Costa and Tomas Vidal signed a framework on securing lithium supplies.",
        {
            (SIGNED, "Ana Costa", "framework on securing lithium supplies"),
            (SIGNED, "Tomas Vidal", "framework on securing lithium supplies"),
        },
    ),
    (
        "a portfolio of two words joined by 'and' runs into its holder's name",
        "The agreement was signed by Minister for Petroleum and Energy Kofi Boateng and Amara "
        "Diallo.",
        {(SIGNED, "Kofi Boateng", "agreement"), (SIGNED, "Amara Diallo", "agreement")},
    ),
    (
        "a country's treasury that imposes duties stands for the country",
        "Ghana's Treasury imposed a 25% duty on rice from Togo.",
        {(TARIFF, "Ghana", "Togo"), (TARIFF, "Treasury", "Togo")},
    ),
    (
        "'he' after a subject the parser made the root is that subject's appositive name",
        "Bolivia's President Rui Pereira denied the report. Meanwhile Peru's Prime Minister, Dr "
        "Kofi Boateng, posted on Thursday that he had met Chilean Ambassador Tomas Vidal.",
        {(MET, "Kofi Boateng", "Tomas Vidal")},
    ),
    (
        "a denied report's 'that' clause is denied, wherever the parser hung it",
        "Minister Rui Pereira denied a report in a local newspaper that he had met Kofi Boateng.",
        set(),
    ),
    (
        "a second 'by' after a comma and 'and' names another signer",
        "The memorandum was signed by the Minister of Foreign Affairs, Ana Costa, and by the "
        "Minister of Foreign Affairs of Bolivia, Rui Pereira.",
        {(SIGNED, "Ana Costa", "memorandum"), (SIGNED, "Rui Pereira", "memorandum")},
    ),
    (
        "a power purchase agreement written short is an agreement",
        "Kenya Power signed a 25-year PPA with Acme Solar on Monday.",
        {(SIGNED, "Kenya Power", "25-year PPA"), (SIGNED, "Acme Solar", "25-year PPA")},
    ),
    (
        "'the two executives' are the two people just named",
        "Sara Lind and chairman Rui Mendes signed the supply deal. Later, Prime Minister Ana "
        "Costa received the two executives.",
        {
            (SIGNED, "Sara Lind", "supply deal"),
            (SIGNED, "Rui Mendes", "supply deal"),
            (MET, "Ana Costa", "Sara Lind"),
            (MET, "Ana Costa", "Rui Mendes"),
        },
    ),
    (
        "a government named by a region the model did not tag is an organization",
        "The Maharashtra government inked an MoU with Acme Logistics for a cold chain hub.",
        {
            (SIGNED, "Maharashtra government", "MoU with Acme Logistics"),
            (SIGNED, "Acme Logistics", "MoU with Acme Logistics"),
        },
    ),
    (
        "'their' meeting a clause hangs on is its subject's and its object's",
        "At their meeting in Quito, Kofi Boateng urged Tomas Vidal to reopen the border.",
        {(MET, "Kofi Boateng", "Tomas Vidal")},
    ),
    (
        "the subject a copula counts among those who signed, or calls the latest to sign",
        "Peru is among the countries that have signed the Andes Water Charter. On Monday, "
        "Bolivia was the latest to sign a new fisheries accord, and Chile will be the next to "
        "sign it.",
        {
            (SIGNED, "Peru", "Andes Water Charter"),
            (SIGNED, "Bolivia", "fisheries accord"),
        },
    ),
    (
        "one who did the same ('as did B', 'so did B', 'A joined B in …') did it too",
        "Peru signed the Andes Water Charter on Monday, as did Chile. Ecuador imposed duties on "
        "Bolivian sugar; so did Colombia. Mexico joined Brazil in slapping tariffs on "
        "Argentine wine.",
        {
            (SIGNED, "Peru", "Andes Water Charter"),
            (SIGNED, "Chile", "Andes Water Charter"),
            (TARIFF, "Ecuador", "Bolivia"),
            (TARIFF, "Colombia", "Bolivia"),
            (TARIFF, "Mexico", "Argentina"),
            (TARIFF, "Brazil", "Argentina"),
        },
    ),
    (
        "one of those a copula counts among the signers signed",
        "Peru was one of 12 countries to sign the Andes Water Charter, and Chile was among "
        "those who signed a fisheries accord.",
        {
            (SIGNED, "Peru", "Andes Water Charter"),
            (SIGNED, "Chile", "fisheries accord"),
        },
    ),
    (
        "the group a relative clause describes, as a copula lists it, did it",
        "The countries that signed the Andes Water Charter are Peru, Chile and Bolivia.",
        {
            (SIGNED, "Peru", "Andes Water Charter"),
            (SIGNED, "Chile", "Andes Water Charter"),
            (SIGNED, "Bolivia", "Andes Water Charter"),
        },
    ),
    (
        "one 'together with' the subject, or joining it by 'by', did it too",
        "Peru was joined by Chile in signing the Andes Water Charter. Ecuador, together with "
        "Colombia, imposed duties on Bolivian sugar.",
        {
            (SIGNED, "Peru", "Andes Water Charter"),
            (SIGNED, "Chile", "Andes Water Charter"),
            (TARIFF, "Ecuador", "Bolivia"),
            (TARIFF, "Colombia", "Bolivia"),
        },
    ),
    (
        "a relative clause the parser read as its subject's participle is still on the tariffs",
        "The 25% tariffs on Bolivian goods that Morales introduced in March remain in place.",
        {(TARIFF, "Morales", "Bolivia")},
    ),
    (
        "a country a copula counts among those facing duties, and duties charged",
        "Peru is among the countries facing the highest Chilean tariffs. Bolivia has since "
        "August charged a 30% duty on Paraguayan soy.",
        {(TARIFF, "Chile", "Peru"), (TARIFF, "Bolivia", "Paraguay")},
    ),
    (
        "a dateline's place in capitals that the model cut short is read whole",
        "KUALA LUMPUR — The government imposed a 15% duty on glass from Thailand.",
        {(TARIFF, "Malaysia", "Thailand")},
    ),
    (
        "'neither A nor B has signed' is no signing",
        "Neither Ecuador nor Bolivia has signed the Lima protocol on fishing.",
        set(),
    ),
    (
        "one a copula counts among the signatories, or that became the latest to sign, signed",
        "The Andes Water Charter opened for signature in March. Ecuador was among the first "
        "signatories. Later, Bolivia became the latest to sign the charter.",
        {
            (SIGNED, "Ecuador", "Andes Water Charter"),
            (SIGNED, "Bolivia", "Andes Water Charter"),
        },
    ),
    (
        "a title before a name's comma is its role, which a later 'the Peruvian minister' names",
        "The memorandum was signed by the Malian Minister of Mines, Moussa Ould Taleb. The "
        "Malian minister was received in the afternoon by the Prime Minister, Mr. Farid Haddad.",
        {
            (SIGNED, "Moussa Ould Taleb", "memorandum"),
            (MET, "Farid Haddad", "Moussa Ould Taleb"),
        },
    ),
    (
        "a second 'by' the parser hung on the name after its title names another signer",
        "The agreement was signed by the Minister of Energy, Mr. Amara Diallo, and by the "
        "Minister of Petroleum, Mr. Kofi Boateng.",
        {(SIGNED, "Amara Diallo", "agreement"), (SIGNED, "Kofi Boateng", "agreement")},
    ),
    (
        "a counted plural's list after a dash, as many as it counts, are those it names",
        "Japan and the four members of Mercosur — Brazil, Argentina, Uruguay and Paraguay — "
        "signed a trade agreement.",
        {
            (SIGNED, "Japan", "trade agreement"),
            (SIGNED, "Brazil", "trade agreement"),
            (SIGNED, "Argentina", "trade agreement"),
            (SIGNED, "Uruguay", "trade agreement"),
            (SIGNED, "Paraguay", "trade agreement"),
        },
    ),
    (
        "a signing verb with no object signs the one agreement named a few sentences before",
        "The Andes Fishing Treaty opened for signature in March. It sets a minimum price for "
        "fishing days. Ecuador signed on the first day, as did Peru.",
        {
            (SIGNED, "Ecuador", "Andes Fishing Treaty"),
            (SIGNED, "Peru", "Andes Fishing Treaty"),
        },
    ),
    (
        "what two discuss in a telephone call is no meeting, wherever the parser hung the clause",
        "Also, the Minister of Foreign Affairs, Dr. Amara Diallo, received a telephone call from "
        "his Peruvian counterpart, Tomas Vidal, in which the two ministers discussed the "
        "preparations of the summit.",
        set(),
    ),
    (
        "anti-dumping and compensatory 'rights', as translations write duties, are duties",
        "Peru applied definitive antidumping rights to ceramic tiles originating in Brazil, and "
        "Bolivia imposed compensatory rights on steel from Chile.",
        {(TARIFF, "Peru", "Brazil"), (TARIFF, "Bolivia", "Chile")},
    ),
    (
        "a measure the whole a copula or 'include' names is one of is imposed by its imposer",
        "The tariffs Morales announced on Monday included a 26% levy on Peru.",
        {(TARIFF, "Morales", "Peru")},
    ),
    (
        "carrying out a threat to impose duties imposes them; repeating it does not",
        "Bolivia carried out its threat to impose duties on Chilean wine. Peru repeated its "
        "threat to impose duties on Ecuador.",
        {(TARIFF, "Bolivia", "Chile")},
    ),
    (
        "a regional government's name is all its region's words",
        "NEW DELHI: The Andhra Pradesh government on Tuesday signed a memorandum of "
        "understanding with Acme Cloud.",
        {
            (SIGNED, "Andhra Pradesh government", "memorandum of understanding"),
            (SIGNED, "Acme Cloud", "memorandum of understanding"),
        },
    ),
    (
        "an objectless signing reaches back to prose, never to a link's line or a relative's",
        "Related: Peru, Chile sign water pact in Lima\n\nThe talks in Quito lasted a week. "
        "Delegates spoke at length. Ecuador signed on Friday.",
        {(SIGNED, "Peru", "water pact"), (SIGNED, "Chile", "water pact")},
    ),
    (
        "a signing verb in a clause on a noun signs that noun, not an agreement named before",
        "Peru and Chile signed a water pact in March. The talks lasted a week. Delegates spoke "
        "at length. Analysts praised the US$ 5 billion currency swap that the Bolivian Treasury "
        "and the Central Bank of Brazil signed on Monday.",
        {(SIGNED, "Peru", "water pact"), (SIGNED, "Chile", "water pact")},
    ),
]

#: Facts a text may also yield, neither required nor wrong: the country of an official who signs
#: is an optional party under the annotation guidelines, which the learned scorer adds or not
#: as its training decides.
OPTIONAL: dict[str, set[Fact]] = {
    # "a courtesy call by A on B" as a noun phrase is not read (yet): the fact may come
    "Programme:\n- Courtesy call by President Ana Costa on former President Tomas Vidal in "
    "Lima.": {(MET, "Ana Costa", "Tomas Vidal")},
    # the second clause, its verb left out, is not read: its facts may come, none must
    "The United States raised tariffs on China, and the European Union on Vietnam.": {
        (TARIFF, "European Union", "Vietnam")
    },
    "The Rio charter was signed by Lee and Russian President Ivan Petrov at the Kremlin.": {
        (SIGNED, "Russia", "Rio charter")
    },
}

STATUSES: list[tuple[str, str, str]] = [
    (
        "duties told of by unconfirmed reports are a claim",
        "Unconfirmed reports that Lima had imposed a 20 percent tariff on Chilean electronics "
        "sent shares lower.",
        "hypothetical",
    ),
    (
        "a meeting unverified reports tell of is a claim",
        "Unverified reports said Ana Costa met Tomas Vidal in Lima.",
        "hypothetical",
    ),
    (
        "rumours of duties are a claim",
        "Rumours that Lima imposed tariffs on Chilean electronics were false.",
        "hypothetical",
    ),
    (
        "an alleged meeting is a claim",
        "The alleged meeting between Ana Costa and Tomas Vidal drew criticism.",
        "hypothetical",
    ),
    (
        "what someone came for is not what they did",
        "President Ana Costa travelled to Lima to sign the trade agreement with Chile.",
        "planned",
    ),
    (
        "a tariff withdrawn, the parser hanging the clause on the goods",
        "Peru imposed a 25 percent tariff on Chilean goods, which it later withdrew.",
        "reversed",
    ),
    (
        "the present progressive with a time ahead is arranged, not done",
        "Chancellor Ana Costa is meeting Prime Minister Luis Paredes in Lima next Wednesday.",
        "planned",
    ),
    (
        "the present progressive with a day is arranged",
        "President Ana Costa is holding talks with President Luis Paredes in Lima on Friday.",
        "planned",
    ),
    (
        "the present with a time ahead is arranged",
        "President Ana Costa meets President Luis Paredes in Lima next week.",
        "planned",
    ),
    (
        "duties imposed from a day to come are decided now",
        "Peru is imposing tariffs on Chile from August 1.",
        "asserted",
    ),
    (
        "duties imposed next month are to come",
        "Peru is imposing tariffs on Chile next month.",
        "planned",
    ),
    (
        "deciding against imposing",
        "Peru decided against imposing tariffs on Chile.",
        "negated",
    ),
    (
        "refraining from imposing",
        "Peru refrained from imposing tariffs on Chile.",
        "negated",
    ),
    ("ruling out imposing", "Peru ruled out imposing tariffs on Chile.", "negated"),
    (
        "no duties imposed",
        "Peru had imposed no new duties on goods from Chile.",
        "negated",
    ),
    (
        "talks that would go on",
        "Talks between President Ana Costa and President Luis Paredes would continue by "
        "video link.",
        "hypothetical",
    ),
    ("opposing imposing", "Peru opposed imposing tariffs on Chile.", "hypothetical"),
    (
        "a past verb after an infinitive is a fact of its own",
        "Prime Minister Sok Dara and Prime Minister Anong Chai agreed to reopen the border "
        "and signed a joint declaration.",
        "asserted",
    ),
    (
        "opposition to signing",
        "There was strong opposition to signing the fisheries accord with Chile.",
        "hypothetical",
    ),
    (
        "wary of signing",
        "Peru is wary of signing the fisheries accord with Chile.",
        "hypothetical",
    ),
    (
        "negotiations on signing",
        "Chile and Peru launched negotiations on signing a fisheries accord with Ecuador.",
        "planned",
    ),
    (
        "denying talks",
        "President Ana Costa denied secret talks with President Luis Paredes.",
        "negated",
    ),
    (
        "offering talks",
        "President Ana Costa offered talks with President Luis Paredes.",
        "planned",
    ),
    (
        "the past progressive with a day is a fact",
        "President Ana Costa was meeting President Luis Paredes in Lima on Friday when the news broke.",
        "asserted",
    ),
    (
        "a headline's present tells of the past",
        "President Ana Costa Meets President Luis Paredes In Lima On Friday",
        "asserted",
    ),
    (
        "an invitation to meet is not a meeting",
        "President Ana Costa accepted an invitation to meet President Tomas Vidal in Lima.",
        "planned",
    ),
    (
        "offering to host is not hosting",
        "President Ana Costa offered to host President Tomas Vidal in Lima.",
        "planned",
    ),
    (
        "what was supposed to happen did not",
        "President Ana Costa was supposed to meet President Tomas Vidal on Monday.",
        "planned",
    ),
    (
        "a meeting said to be unlikely has not happened",
        "A meeting between President Ana Costa and President Tomas Vidal was unlikely, "
        "officials said.",
        "hypothetical",
    ),
    (
        "won't is a refusal, not a plan",
        "Chile and Peru won't sign the water treaty.",
        "negated",
    ),
    (
        "postponed is not yet held",
        "The meeting between President Ana Costa and Prime Minister Ivo Petrov was postponed.",
        "planned",
    ),
    (
        "called off is not held",
        "The talks between Minister Jan Novak and Minister Eva Kral were called off.",
        "negated",
    ),
    (
        "a recommendation is not a decision",
        "The Andean Trade Commission recommended imposing duties on steel from Japan.",
        "planned",
    ),
    ("yet to sign is not signed", "Chile has yet to sign the water treaty.", "negated"),
    (
        "a hope is a plan, whatever the lemmatizer makes of 'hopes'",
        "Ana Rojas hopes to sign the Andes Water Accord with Luis Paredes.",
        "planned",
    ),
    (
        "a meeting that will be held is planned",
        "A meeting will be held between Ana Rojas and Luis Paredes.",
        "planned",
    ),
    (
        "talks expected to begin are planned",
        "Talks between Ana Rojas and Luis Paredes are expected to begin on Monday.",
        "planned",
    ),
    (
        "slated to meet is planned",
        "President Ana Costa is slated to meet Prime Minister Kenji Mori.",
        "planned",
    ),
    (
        "a requested meeting has not taken place",
        "President Ana Costa requested a meeting with Prime Minister Kenji Mori.",
        "hypothetical",
    ),
    (
        "inviting someone to sign is no signing",
        "President Ana Costa invited Prime Minister Kenji Mori to sign the Pacific Fisheries Accord.",
        "planned",
    ),
    (
        "duties in a relative clause, since lifted",
        "The duties that Peru imposed on Chilean wine were lifted in May.",
        "reversed",
    ),
    (
        "goods that could face a duty",
        "Peru raised tariffs on Monday. Wine from Chile could face a 40% duty next year.",
        "hypothetical",
    ),
    (
        "denying a meeting",
        "President Tomas Vidal denied that he had met businessman Hugo Stein.",
        "negated",
    ),
    (
        "a condition by inversion",
        "Had Prime Minister Kenji Mori met President Tomas Vidal, the dispute might have ended, "
        "analysts said.",
        "hypothetical",
    ),
    (
        "a deal struck that still has to be signed is not signed",
        "Chile and Peru struck a deal on water sharing on Sunday, but it still has to be "
        "signed by both cabinets.",
        "planned",
    ),
    (
        "an accord finalised to be signed next month is not signed",
        "Chile and Peru finalised the free trade agreement on Tuesday, and it will be signed in "
        "Lima next month.",
        "planned",
    ),
    (
        "agreements finalised each with its partner, to be signed later, are not signed",
        "Peru finalised a memorandum with Chile and a protocol with Bolivia, and they will be "
        "signed in Lima next month.",
        "planned",
    ),
    (
        "what has to be signed is not signed yet",
        "Peru has to sign the fisheries accord by June.",
        "planned",
    ),
    (
        "what had to be signed was signed",
        "Peru had to sign the fisheries accord in June.",
        "asserted",
    ),
    (
        "a recommendation that a government impose duties is no imposition",
        "The trade authority recommended that the Peruvian government impose a duty on glass "
        "from Chile.",
        "planned",
    ),
    (
        "a recommendation to impose duties is no imposition",
        "The ministry did not accept the Peruvian Trade Commission's recommendation to impose "
        "duties on steel from Chile.",
        "planned",
    ),
    (
        "a duty that expired",
        "Peru's anti-dumping duty on Chilean glass expired on Friday.",
        "reversed",
    ),
    (
        "duties that lapsed",
        "Peru's duties on Chilean wine lapsed in May.",
        "reversed",
    ),
    (
        "a report of a meeting that was denied is no fact",
        "The palace denied a newspaper report that President Ana Costa had secretly met envoy "
        "Tomas Vidal in Lima.",
        "negated",
    ),
    (
        "an allegation of a meeting is no fact",
        "Prosecutors alleged that Ana Costa had met Tomas Vidal in a Lima hotel.",
        "hypothetical",
    ),
    (
        "an alleged meeting is no fact",
        "Ana Costa allegedly met Tomas Vidal in a Lima hotel.",
        "hypothetical",
    ),
    (
        "a suspected meeting is no fact",
        "Ana Costa is suspected of having met Tomas Vidal in a Lima hotel.",
        "hypothetical",
    ),
    (
        "a reported meeting is a fact",
        "Ana Costa reportedly met Tomas Vidal in a Lima hotel.",
        "asserted",
    ),
    (
        "an accusation of a meeting is no fact",
        "Maria Delgado accused President Tomas Vidal of meeting Chancellor Otto Brandt in secret.",
        "hypothetical",
    ),
    (
        "a planned meeting of a group listed in the next sentence",
        "Ministers from five countries will meet in Lima next week. They are Ana Costa, "
        "Luis Paredes and Jorge Vidal.",
        "planned",
    ),
    (
        "leaving without signing is not signing",
        "Volkswagen AG left without signing an agreement, a source said.",
        "negated",
    ),
    (
        "yet again is again",
        "Peru has yet again imposed duties on Chilean steel.",
        "asserted",
    ),
    (
        "duties a court blocked",
        "A federal court blocked President Ana Costa's tariffs on Chile.",
        "reversed",
    ),
    (
        "duties a court struck down",
        "A court struck down President Ana Costa's duties on Chile and Peru.",
        "reversed",
    ),
    (
        "talks the two sides are arranging to hold",
        "President Ana Costa and President Tomas Vidal are arranging to hold talks in Lima.",
        "planned",
    ),
    (
        "a signing someone was called 'incapable' of, the phrase hung on the copula",
        'The minister walked out, saying Chile was "incapable" of signing the trade accord.',
        "negated",
    ),
    (
        "duties a country reserves the right to impose",
        "Peru reserved the right to impose duties on Chilean wine.",
        "hypothetical",
    ),
]


@pytest.mark.parametrize(
    ("text", "status"), [pytest.param(t, s, id=i) for i, t, s in STATUSES]
)
def test_non_facts_keep_their_status(build, text: str, status: str) -> None:  # type: ignore[no-untyped-def]
    assert {str(s) for s in build(text).objects(None, KG.status)} == {status}


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES]
)
def test_text_yields_exactly_these_facts(build, text: str, expected: set[Fact]) -> None:  # type: ignore[no-untyped-def]
    assert facts(build(text)) - OPTIONAL.get(text, set()) == expected


def _entity(graph: Graph, name: str):  # type: ignore[no-untyped-def]
    found = [s for s in graph.subjects(RDFS.label, None) if label(graph, s) == name]  # type: ignore[arg-type]
    assert len(found) == 1, f"{name!r}: {found}"
    return found[0]


def test_a_title_is_stripped_from_the_name_and_kept_as_a_role(build) -> None:  # type: ignore[no-untyped-def]
    g = build(
        "US Defence Secretary Pete Hegseth met Indian Defence Minister Rajnath Singh on Thursday."
    )
    hegseth = _entity(g, "Pete Hegseth")
    assert (hegseth, RDF.type, KG.Person) in g
    assert {str(r) for r in g.objects(hegseth, KG.role)} == {"Defence Secretary"}
    assert label(g, g.value(hegseth, KG.affiliation)) == "United States"  # type: ignore[arg-type]
    singh = _entity(g, "Rajnath Singh")
    assert label(g, g.value(singh, KG.affiliation)) == "India"  # type: ignore[arg-type]


def test_one_resource_per_entity_with_every_name_as_alias(build) -> None:  # type: ignore[no-untyped-def]
    g = build(
        "The U.S. and India met in Delhi. Washington said the United States would respond. "
        "Hegseth spoke later. Secretary Pete Hegseth left on Friday. Prime Minister Narendra Modi’s visit ended."
    )
    us = _entity(g, "United States")
    assert {"U.S.", "Washington"} <= {str(a) for a in g.objects(us, SKOS.altLabel)}
    assert len(list(g.objects(us, RDFS.label))) == 1
    assert {label(g, s) for s in g.subjects(RDF.type, KG.Person)} >= {
        "Pete Hegseth",
        "Narendra Modi",
    }  # type: ignore[arg-type]
    assert "Hegseth" not in {label(g, s) for s in g.subjects(RDF.type, KG.Person)}  # type: ignore[arg-type]


def test_non_facts_stay_as_events_with_their_status(build) -> None:  # type: ignore[no-untyped-def]
    g = build(
        "Brazil threatened to impose tariffs on Argentina. Chile will sign a water treaty."
    )
    statuses = {str(s) for s in g.objects(None, KG.status)}
    assert statuses == {"hypothetical", "planned"}
    assert not facts(g)


def test_events_carry_place_date_evidence_and_offsets(build) -> None:  # type: ignore[no-untyped-def]
    text = "Kuala Lumpur, Oct 31: Officials spoke.\nEnvoy Ana Costa met Envoy Ivo Petrov in Kuala Lumpur on Thursday."
    g = build(text, published="2025-10-31")
    (event,) = g.subjects(RDF.type, KG.Meeting)
    start, end = int(g.value(event, KG.startOffset)), int(g.value(event, KG.endOffset))  # type: ignore[arg-type]
    assert text[start:end] == str(g.value(event, KG.evidence))
    assert (
        str(g.value(event, KG.evidence))
        == "Envoy Ana Costa met Envoy Ivo Petrov in Kuala Lumpur on Thursday."
    )
    assert label(g, g.value(event, KG.place)) == "Kuala Lumpur"  # type: ignore[arg-type]
    assert str(g.value(event, KG.dateText)) == "Thursday"
    assert str(g.value(event, KG.date)) == "2025-10-30"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "a verb naming both sides",
            "Envoy Ana Costa met Envoy Ivo Petrov in Lisbon.",
            0.9,
        ),
        (
            "a noun trigger",
            "A meeting between Envoy Ana Costa and Envoy Ivo Petrov took place in Lisbon.",
            0.85,
        ),
        (
            "a pronoun resolved from the sentence before",
            "Envoy Ana Costa flew to Lisbon. She met Envoy Ivo Petrov there.",
            0.8,
        ),
        ("a hedge", "Envoy Ana Costa reportedly met Envoy Ivo Petrov in Lisbon.", 0.7),
        (
            "a noun trigger and a pronoun",
            "Envoy Ana Costa flew to Lisbon. Her meeting with Envoy Ivo Petrov went well.",
            0.75,
        ),
    ],
)
def test_confidence_falls_with_weaker_evidence(
    build, name: str, text: str, expected: float
) -> None:  # type: ignore[no-untyped-def]
    g = build(text)
    (event,) = g.subjects(RDF.type, KG.Meeting)
    assert float(g.value(event, KG.confidence)) == pytest.approx(expected)  # type: ignore[arg-type]


def test_a_name_with_a_stock_ticker_is_a_company(build) -> None:  # type: ignore[no-untyped-def]
    g = build(
        "Battery maker Vantor Energy (VNTE.O) said on Monday it signed a supply agreement with Tesla (TSLA.O)."
    )
    for name in ("Vantor Energy", "Tesla"):
        assert (_entity(g, name), RDF.type, KG.Organization) in g
    assert not list(g.subjects(RDF.type, KG.Person))


def test_company_form_words_do_not_split_a_company(build) -> None:  # type: ignore[no-untyped-def]
    g = build(
        "Bharti Airtel Limited signed a tower deal with Indus Towers. Bharti Airtel later signed a fibre contract with Jio."
    )
    companies = {label(g, s) for s in g.subjects(RDF.type, KG.Organization)}  # type: ignore[arg-type]
    assert len([c for c in companies if c.startswith("Bharti Airtel")]) == 1


def test_a_dateline_place_is_never_a_person(build) -> None:  # type: ignore[no-untyped-def]
    g = build("Rabat, June 23: Morocco and Kenya signed a fisheries treaty.")
    assert facts(g) == {
        (SIGNED, "Morocco", "fisheries treaty"),
        (SIGNED, "Kenya", "fisheries treaty"),
    }
    assert "Rabat" not in {label(g, s) for s in g.subjects(RDF.type, KG.Person)}  # type: ignore[arg-type]


def test_a_short_given_name_is_the_same_person(build) -> None:  # type: ignore[no-untyped-def]
    g = build(
        "Foreign Minister Alex Varga met Envoy Lea Horn in Bern. Alexander Varga later flew home. Varga said the talks went well."
    )
    assert {label(g, s) for s in g.subjects(RDF.type, KG.Person)} == {
        "Alex Varga",
        "Lea Horn",
    }  # type: ignore[arg-type]
    assert facts(g) == {(MET, "Alex Varga", "Lea Horn")}


ENTITIES: list[tuple[str, str, str, str, str | None]] = [
    # (case, text, label, class, affiliation label)
    (
        "a titled person's country in an 'of' phrase after the name",
        "President Tomas Vidal of Chile met President Ana Costa in Lima.",
        "Tomas Vidal",
        "Person",
        "Chile",
    ),
    (
        "a surname of two words joined by a dash, which the model split off, is the person's",
        "Minister Ana Costa met Ghana's Vice-President Jane Naana Opoku-Agyemang, who is on "
        "a visit to Lima.",
        "Jane Naana Opoku-Agyemang",
        "Person",
        None,
    ),
    (
        "a country the text names only by another of its names is labelled so",
        "Türkiye and Chile signed a trade pact in Ankara.",
        "Türkiye",
        "Country",
        None,
    ),
    (
        "a name the model took for a person that ends in an organization's word",
        "Minister Ana Costa signed the contract with Shuang Wei Group here.",
        "Shuang Wei Group",
        "Organization",
        None,
    ),
    (
        "an office after a name is no part of it",
        "President Ana Costa received Mr Kwame Asante High Commissioner of Ghana.",
        "Kwame Asante",
        "Person",
        None,
    ),
    (
        "country before a lower-case title",
        "Bangladesh foreign minister Karim Uddin met Premier Hana Ito in Dhaka.",
        "Karim Uddin",
        "Person",
        "Bangladesh",
    ),
    (
        "country before a title with 'of'",
        "United States Secretary of State Paul Ames met Premier Hana Ito in Dhaka.",
        "Paul Ames",
        "Person",
        "United States",
    ),
    (
        "a name before an unclosed bracket",
        "Andean Petroleum (AP signed a supply deal with Shell.",
        "Andean Petroleum",
        "Organization",
        None,
    ),
    (
        "the last word of a name the model cut off",
        "Prime Minister Nguyen Van Thanh received Sara Lind in Hanoi.",
        "Nguyen Van Thanh",
        "Person",
        None,
    ),
    (
        "a country's name the model tagged as a person's",
        "Ghana and Togo signed the Volta Basin Accord.",
        "Togo",
        "Country",
        None,
    ),
    (
        "a ministry and its portfolio, then a name the model read as one organization",
        "Permanent Secretary in the Ministry of Finance Natu Banda signed the loan agreement.",
        "Natu Banda",
        "Person",
        None,
    ),
    (
        "a country's formal name after a title's 'of', then a name the model ran into it",
        "The Emir welcomed President of the Republic of Cyprus Nikos Andreou to Doha.",
        "Nikos Andreou",
        "Person",
        None,
    ),
    (
        "an office holder named by apposition",
        "The president of Guyana, Irfan Singh, met Premier Hana Ito.",
        "Irfan Singh",
        "Person",
        None,
    ),
    (
        "a surname with an apostrophe that the model left out of the name is the person's",
        "Treasury Cabinet Secretary Wanjiru Ndung'u signed the loan agreement on behalf of "
        "Kenya.",
        "Wanjiru Ndung'u",
        "Person",
        None,
    ),
    (
        "a utility named with its country's demonym is one organization, not a country and a person",
        "Kenya Power signed a supply deal with Ethiopian Electric Power.",
        "Ethiopian Electric Power",
        "Organization",
        None,
    ),
    (
        "a movement met by a person is an organization, whatever the model took it for",
        "President Ana Costa met Hezbollah on Friday.",
        "Hezbollah",
        "Organization",
        None,
    ),
    (
        "a one-word name met by a person, which the model took for a place, is a person",
        "Wong met Modi in Delhi on Friday.",
        "Modi",
        "Person",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "name", "cls", "country"),
    [pytest.param(t, n, c, a, id=i) for i, t, n, c, a in ENTITIES],
)
def test_entities_are_one_resource_of_the_right_class(
    build, text: str, name: str, cls: str, country: str | None
) -> None:  # type: ignore[no-untyped-def]
    g = build(text)
    named = [s for s in g.subjects(RDFS.label, None) if label(g, s) == name]  # type: ignore[arg-type]
    assert len(named) == 1, [label(g, s) for s in g.subjects(RDFS.label, None)]  # type: ignore[arg-type]
    assert (named[0], RDF.type, KG[cls]) in g
    if country is not None:
        assert {label(g, a) for a in g.objects(named[0], KG.affiliation)} == {country}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "ticker"),
    [
        ("Acme Corp (ACME.N) rose", True),
        ("Ana Costa (R) smiled", False),  # a photo caption's side
        ("Ana Costa (L) and Luis Paredes (R)", False),
    ],
)
def test_a_caption_side_in_brackets_is_no_stock_ticker(text: str, ticker: bool) -> None:
    import spacy

    from kg.extract.mentions import ticker_follows

    assert ticker_follows(spacy.blank("en")(text)[0:2]) is ticker


def test_an_acronym_the_text_spells_out_is_labelled_as_the_text_writes_it(
    build,
) -> None:  # type: ignore[no-untyped-def]
    g = build(
        "The China National Offshore Oil Corporation signed a gas deal with Peru."
    )
    assert facts(g) == {
        (SIGNED, "China National Offshore Oil Corporation", "gas deal"),
        (SIGNED, "Peru", "gas deal"),
    }
    company = next(g.subjects(RDF.type, KG.Organization))
    assert str(g.value(company, SKOS.altLabel)) == "CNOOC"  # the gazetteer's name stays


def test_a_person_and_their_administration_are_one_resource(build) -> None:  # type: ignore[no-untyped-def]
    g = build(
        "President Mark Adler spoke on Monday. The Adler administration imposed tariffs on Canada. Adler later met Premier Hana Ito."
    )
    people = {label(g, s) for s in g.subjects(RDF.type, KG.Person)}  # type: ignore[arg-type]
    assert people == {"Mark Adler", "Hana Ito"}
    assert facts(g) == {
        (TARIFF, "Mark Adler", "Canada"),
        (MET, "Hana Ito", "Mark Adler"),
    }


def test_a_sentence_joining_a_thousand_names_is_read_without_running_out_of_stack(
    build,
) -> None:  # type: ignore[no-untyped-def]
    people = [
        f"{first} {last}{n}"
        for n, (first, last) in enumerate(
            [
                (f, surname)
                for f in ("Ana", "Bo", "Carla", "Dev", "Eli")
                for surname in ("Silva", "Chen", "Moreno", "Patel")
            ]
            * 50
        )
    ]
    g = build(
        " and ".join(people) + " signed a trade agreement."
    )  # coordination a thousand deep
    signers = {s for relation, s, _ in facts(g) if relation == SIGNED}
    assert len(signers & set(people)) > 10


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Lina Haddad met Energy Minister Paulo Reis in Amman.",
        "The memorandum was signed by Commerce Secretary Ivo Petrov.",
    ],
)
def test_a_portfolio_before_a_title_is_no_organization(build, text: str) -> None:  # type: ignore[no-untyped-def]
    g = build(text)
    assert not set(g.subjects(RDF.type, KG.Organization))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister James Marape met the Minister for Pacific Island Affairs, Pat "
        "Conroy, and the Minister for Defence, Richard Marles.",
        "Kazakh Minister of Transport Aru Bekov signed the rail accord.",
    ],
)
def test_the_words_of_an_office_are_no_person(build, text: str) -> None:  # type: ignore[no-untyped-def]
    g = build(text)
    people = {label(g, p) for p in g.subjects(RDF.type, KG.Person)}  # type: ignore[arg-type]
    assert not {"Island Affairs", "Kazakh Minister"} & people, people


def test_an_entity_found_to_be_a_person_after_an_event_named_it_keeps_the_event(
    build,
) -> None:  # type: ignore[no-untyped-def]
    # the model reads "Eva Kral" as an organization; the second argument of the list makes it a
    # person only after the signing was recorded with the organization's key
    g = build(
        "ŁÓDŹ, Poland — Czech and Slovak ministers Jan Novak and Eva Kral signed a transport pact."
    )
    assert (SIGNED, "Eva Kral", "transport pact") in facts(g)
