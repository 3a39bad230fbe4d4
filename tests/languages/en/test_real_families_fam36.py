"""Participant families of issue #8, task fam36 (principals the opening names by office or country
only, named later in the body), each on invented text."""

from __future__ import annotations

import readoutlib


def _sides(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readoutlib.parse(text).event.participants]


def test_demonyms_before_a_plural_office_as_the_whole_subject() -> None:
    """'The Norwegian and Chilean prime ministers had a telephone conversation': one office-holder per
    demonym, each named by the body's one holder of that office and country (en-p, BNS: 'The
    Lithuanian and Polish prime ministers' gave no participant)."""
    page = (
        "The Norwegian and Chilean prime ministers had a telephone conversation on Friday to discuss "
        "bilateral relations.\n\n"
        '"It was a warm talk," an adviser to Norwegian Prime Minister Lars Berg told reporters.\n\n'
        "Chilean Prime Minister Ana Ruiz said she was pleased with the relations.\n"
    )
    assert _sides(page) == [("Lars Berg", "NO"), ("Ana Ruiz", "CL")]


def test_an_unnamed_counterpart_is_named_by_the_body() -> None:
    """'… had a telephone conversation with his Chilean counterpart': the other side is the holder
    of the subject's office in that country whom the body names ('Chilean Prime Minister Ana Ruiz
    said …'); with no such holder it is left out, as before."""
    opening = (
        "Norwegian Prime Minister Lars Berg had a telephone conversation with his Chilean counterpart "
        "on Friday to discuss bilateral relations.\n\n"
    )
    named = opening + "Chilean Prime Minister Ana Ruiz said she was pleased with the relations.\n"
    assert _sides(named) == [("Lars Berg", "NO"), ("Ana Ruiz", "CL")]
    assert _sides(opening + "The two discussed trade.\n") == [("Lars Berg", "NO")]
    lower = named.replace("Norwegian Prime Minister Lars Berg had", "The Norwegian prime minister had")
    lower += "\nNorwegian Prime Minister Lars Berg thanked her.\n"
    assert _sides(lower) == [("Lars Berg", "NO"), ("Ana Ruiz", "CL")]


def test_an_advisers_account_is_no_principals_statement() -> None:
    """'"…," Per Olsen, foreign policy adviser to Prime Minister Berg, told NTB.' and '"…", he added.'
    after 'the adviser said': the adviser is the source, neither verb a principal's report (en-p, BNS:
    once its two prime ministers were found, 'told BNS' and 'he added' went to the Polish one)."""
    page = (
        "Norwegian Prime Minister Lars Berg had a telephone conversation with Chilean Prime Minister "
        "Ana Ruiz on Friday.\n\n"
        '"Trade ties were developing well. The Chilean prime minister thanked the government for its '
        'help," Per Olsen, foreign policy adviser to Norwegian Prime Minister Lars Berg, told NTB.\n\n'
        'Ruiz "said she was pleased with the relations," the adviser said.\n\n'
        '"It was a very warm conversation", he added.\n'
    )
    statements = readoutlib.parse(page).statements
    assert [(s.speaker, s.verb) for s in statements] == [("ana-ruiz", "thanked"), ("ana-ruiz", "said")]


def test_the_hosts_joiners_of_other_countries_are_sides() -> None:
    """'The meeting was hosted by Norway's Foreign Minister X … He was joined by his Chilean
    counterpart Y and his Peruvian counterpart Z': each joiner of another country is a side, with the
    host's office for a counterpart; one of the host's own country is of the delegation (en-q,
    MENAFN's three foreign ministers gave the host alone)."""
    page = (
        "The meeting was hosted by Norway's Foreign Minister Lars Berg at the Permanent Mission of "
        "Norway to the UN, on the sidelines of the General Assembly. He was joined by his Chilean "
        "counterpart Ana Ruiz, State Secretary Per Olsen and his Peruvian counterpart Juan Soto.\n\n"
        "They agreed on the importance of cooperation.\n"
    )
    participants = readoutlib.parse(page).event.participants
    assert [(p.name, p.country) for p in participants] == [
        ("Lars Berg", "NO"),
        ("Ana Ruiz", "CL"),
        ("Juan Soto", "PE"),
    ]
    assert participants[1].titles[0] == "Foreign Minister"


def test_a_visiting_office_holders_appositive_title() -> None:
    """'… with Ana Ruiz, the visiting Speaker of the Chilean Parliament,': 'visiting' before the
    appositive office is dropped as 'new' is, and the office is hers, with its country (en-m, Georgia's
    foreign ministry: the Israeli Speaker had no office and no country)."""
    from readoutlib.languages.en.names import find_mentions

    found = find_mentions("Berg met with Ana Ruiz, the visiting Speaker of the Chilean Parliament, in Oslo.")
    assert [(m.name, m.titles, m.country) for m in found] == [
        ("Ana Ruiz", ("Speaker of the Chilean Parliament",), "CL")
    ]


def test_a_capital_named_after_capital_is_a_place_and_the_arrival_greeter_a_side() -> None:
    """'has arrived in the Norwegian capital - Oslo Fjordby …': the words after 'capital' (a dash, a
    comma or 'city of' between) name the city, no person; the host's minister who 'was met on arrival
    by' the visitor is the visit's other side (en-q, Liberia's Executive Mansion: 'Addis Ababa' was
    the visit's second participant, the Ethiopian minister who met the President missing)."""
    from readoutlib.languages.en.names import find_mentions

    for sentence in (
        "President Ana Ruiz has arrived in the Norwegian capital - Oslo Fjordby at the start of a visit.",
        "President Ana Ruiz arrived in the Norwegian capital, Oslo Fjordby, on Monday.",
        "President Ana Ruiz arrived in the capital city of Oslo Fjordby on Monday.",
    ):
        assert [m.name for m in find_mentions(sentence)] == ["Ana Ruiz"]
    page = (
        "President Ana Ruiz has arrived in the Norwegian capital - Oslo Fjordby at the start of a "
        "three-day official State visit to the Nordic nation.\n\n"
        "According to a release, the Chilean leader touched down at 8:38 local time at the airport and "
        "was met on arrival by Norwegian Minister for Culture, Dr. Kari Berg, and scores of officials.\n"
    )
    participants = readoutlib.parse(page).event.participants
    assert [(p.name, p.country) for p in participants][1:] == [("Kari Berg", "NO")]
    assert participants[0].name == "Ana Ruiz"


def test_a_plural_office_of_listed_countries_before_its_holders_names() -> None:
    """'Foreign Ministers from Norway, Chile and Fiji, Senator X, the Hon Y and Ratu Z today continued
    trilateral discussions …' before an opening that names no one ('The meeting was held at …'): the
    three are the sides ('today' between them and their verb), each with the office and, in order,
    the country; 'Ratu' (Fiji's chiefly style) is a style, as 'Sheikh' (en-p, Fiji's UN mission: no
    participant)."""
    page = (
        "Foreign Ministers of Norway, Chile and Fiji Meet\n\n"
        "Foreign Ministers from Norway, Chile and Fiji, Senator Lars Berg, the Hon Ana Ruiz and Ratu "
        "Juan Soto today continued trilateral discussions in New York. The meeting was held at Fiji's "
        "Mission to the United Nations.\n\n"
        "Ministers discussed trade.\n"
    )
    participants = readoutlib.parse(page).event.participants
    assert [(p.name, p.country) for p in participants] == [
        ("Lars Berg", "NO"),
        ("Ana Ruiz", "CL"),
        ("Juan Soto", "FJ"),
    ]
    assert all("Foreign Minister" in p.titles for p in participants)


def test_an_openings_subjects_after_a_plural_office_of_listed_countries() -> None:
    """'Foreign Ministers of Norway and Chile, Lars Berg and Ana Ruiz, met …': the subjects hold the
    office of the countries listed before them, in order (they had no office and no country)."""
    page = (
        "The foreign ministers of Norway, Chile and Peru, Lars Berg, Ana Ruiz and Juan Soto, met in Lima "
        "on Monday.\n"
    )
    participants = readoutlib.parse(page).event.participants
    assert [(p.name, p.country, p.titles) for p in participants] == [
        ("Lars Berg", "NO", ("Foreign Minister",)),
        ("Ana Ruiz", "CL", ("Foreign Minister",)),
        ("Juan Soto", "PE", ("Foreign Minister",)),
    ]


def test_leaders_of_listed_countries_before_their_names_give_countries_not_a_title() -> None:
    """'The leaders of Norway and Chile, Lars Berg and Ana Ruiz respectively held talks': the countries
    in order; 'Leader' is a role, no title of theirs (en-q, Halbeeg: 'Leader' read as both titles)."""
    page = "The leaders of Norway and Chile, Lars Berg and Ana Ruiz, held talks in Oslo on Wednesday.\n"
    participants = readoutlib.parse(page).event.participants
    assert [(p.name, p.country, p.titles) for p in participants] == [
        ("Lars Berg", "NO", ()),
        ("Ana Ruiz", "CL", ()),
    ]
