"""Participant and country families of issue #8, task fam48 (the misses of en-q, en-r, en-s and en-t),
each on invented text seen failing on main."""

from __future__ import annotations

import readoutlib


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.country) for p in readoutlib.parse(text).event.participants]


def test_a_trip_to_a_capital_is_a_trip_to_its_country() -> None:
    """'Foreign Secretary X visited Santiago …, met Deputy Foreign Minister Y': the capital the
    opening's subject travels to names the hosts' country, not the traveller's, as the country's
    name does (en-t, India's Foreign Secretary in Moscow given Russia and his host India)."""
    page = (
        "Foreign Secretary Lars Berg Visits Chile\n\n"
        "Foreign Secretary Lars Berg visited Santiago from April 1-2.\n\n"
        "During the visit, the Foreign Secretary met Deputy Foreign Minister Juan Soto for consultations.\n\n"
        "Discussions covered cooperation between Norway and Chile, and Norway's trade with the region.\n"
    )
    assert _sides(page) == [("Lars Berg", "NO"), ("Juan Soto", "CL")]


def test_the_head_of_a_regional_body_is_of_the_body() -> None:
    """'Mr X, Secretary General of the Central American Integration System, or SICA, in Brussels':
    the head of Central America's integration body is of that body (its short code), not of the
    country the page's 'Central America' seems to name nor the one it meets in; the words of its name
    are no person (en-t, the EU's and SICA's pages: 'System' taken for a name, the head given the US
    or El Salvador)."""
    page = (
        "Commissioner Lars Berg and senior EU officials have held meetings with Mr Juan Soto, Secretary "
        "General of the Central American Integration System, or SICA, in Brussels.\n\n"
        "At the meetings the European Union expressed support for regional integration in Central "
        "America and for cooperation with Central America.\n"
    )
    sides = _sides(page)
    assert [name for name, _ in sides] == ["Lars Berg", "Juan Soto"]
    assert sides[1] == ("Juan Soto", "SICA")
    hosted = (
        "San Salvador, December 8, 2014: The Secretary General of the Central American Integration "
        "System (SICA), Dr. Ana Ruiz, held a meeting with the new Ambassador of Chile accredited to El "
        "Salvador.\n\nThe ambassador thanked her for the reception.\n"
    )
    assert _sides(hosted)[0] == ("Ana Ruiz", "SICA")


def test_a_minister_and_his_named_counterpart_who_discussed() -> None:
    """'Foreign Minister X and his Chilean counterpart Y on Thursday discussed ways to …': the joint
    subject of 'discussed', one of them the other's counterpart, reports the talks between the two,
    and 'following their talks in the Chilean capital Santiago' places them (en-q, News Ghana's
    Bourita and Albares: no side read, the opening taken from the press briefing below)."""
    page = (
        "Norwegian Foreign Minister Lars Berg and his Chilean counterpart Juan Soto on Thursday discussed "
        "ways to enhance bilateral cooperation in economic and cultural fields.\n\n"
        "At a press briefing following their talks in the Chilean capital Santiago, Berg said the "
        "relations between the two countries were strong.\n"
    )
    readout = readoutlib.parse(page)
    assert [(p.name, p.country) for p in readout.event.participants] == [
        ("Lars Berg", "NO"),
        ("Juan Soto", "CL"),
    ]
    assert readout.event.location == "Santiago"


def test_a_president_and_his_peer_set_off_by_a_comma() -> None:
    """'Norwegian president X and his Chilean peer, Y held a video conference': a peer is a
    counterpart, so the two are the clause's joint subject (en-r, MercoPress: Lacalle Pou left out)."""
    page = (
        "Norwegian president Lars Berg and his Chilean peer, Juan Soto held a half-hour video conference "
        "Tuesday to address trade.\n"
    )
    assert _sides(page) == [("Lars Berg", "NO"), ("Juan Soto", "CL")]


def test_the_cook_islands_and_niue_are_sides() -> None:
    """'… met with the Chair of the Forum and Prime Minister of Cook Islands Honourable X': the Cook
    Islands and Niue, states in free association that meet others as states, are sides, by name and
    demonym (en-t, the Solomon Islands' MFA under a headline ending in a full stop: the Prime Minister
    of Cook Islands left unnamed)."""
    page = (
        "Foreign Minister Berg meets with Forum Chair & Prime Minister of Cook Islands.\n\n"
        "Minister for Foreign Affairs, Honourable Lars Berg, met with the Chair of the Pacific Islands "
        "Forum and Prime Minister of Cook Islands Honourable Juan Soto, on the margins of the Forum "
        "Foreign Ministers’ Meeting in Suva, Fiji.\n\n"
        "Prime Minister Soto informed that preparations are going well.\n"
    )
    assert _sides(page)[1] == ("Juan Soto", "CK")
    niue = "Norwegian Foreign Minister Lars Berg met Niuean Premier Juan Soto in Oslo on Monday.\n"
    assert _sides(niue) == [("Lars Berg", "NO"), ("Juan Soto", "NU")]


def test_an_aide_who_supported_the_subject_is_no_side() -> None:
    """'Prime Minister X supported by Secretary Y, met with Samoa Prime Minister Z': the official who
    supported (or assisted) the subject is of the delegation, no side, as one who accompanied him is
    (en-r, the Cook Islands' MFA: its Secretary read as a third side)."""
    page = (
        "Suva, Fiji, 15 September 2023 - Prime Minister the Honourable Lars Berg supported by Ministry of "
        "Foreign Affairs Secretary Ana Ruiz, met with Samoa Prime Minister the Honourable Juan Soto "
        "yesterday in Suva.\n\nThe two leaders discussed the Forum.\n"
    )
    assert [name for name, _ in _sides(page)] == ["Lars Berg", "Juan Soto"]


def test_two_principals_words_run_together_in_a_headline_are_no_person() -> None:
    """'Soto Lars meet concludes sans trade deal' above 'Prime Minister Lars Berg met Chilean President
    Juan Soto': a headline's two words, each a word of another principal's name, are the two of them
    run together, no third person (en-s, OneIndia's 'Bush Manmohan meet concludes sans nuke deal')."""
    page = (
        "Soto Lars meet concludes sans trade deal\n\n"
        "Oslo, September 26, 2008 : Norwegian Prime Minister Lars Berg met Chilean President Juan Soto on "
        "Thursday. Both leaders had a warm meeting, which lasted for more than 30 minutes.\n"
    )
    assert _sides(page) == [("Lars Berg", "NO"), ("Juan Soto", "CL")]
