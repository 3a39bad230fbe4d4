"""Participant families of issue #8, task fam32 (en-p and en-q misses), each on invented text."""

from __future__ import annotations

import pytest

import readoutlib


@pytest.mark.parametrize("style", ["Shaikh", "Sayyid"])
def test_a_gulf_style_before_a_name_is_no_name_word(style: str) -> None:
    """'Foreign Minister Shaikh Omar …', 'Sayyid Omar …': the Gulf spelling of 'Sheikh' and the style
    of Oman's ruling family are styles like 'Sheikh', dropped from the name and from the speaker
    (en-q, Bahrain's and Oman's foreign ministers were named with the style)."""
    readout = readoutlib.parse(
        f"Foreign Minister {style} Omar bin Rashid Al Haddad received Lars Berg, Ambassador of Norway, "
        f"on 4 June.\n\n{style} Omar expressed his satisfaction with the progress of relations.\n"
    )
    assert [p.name for p in readout.event.participants] == ["Omar bin Rashid Al Haddad", "Lars Berg"]
    assert readout.event.participants[0].titles[0] == "Foreign Minister"
    assert [s.speaker for s in readout.statements] == ["omar-bin-rashid-al-haddad"]


def test_an_acronym_after_the_is_a_body_not_a_name_word() -> None:
    """'Ambassador to the OECS Lars Berg': a body's acronym after "the" closes the office and opens
    no name; the headline's bare family name then takes the full name (en-p, State: 'Taglialatela'
    alone, the page's 'Linda Taglialatela' read as 'OECS Linda Taglialatela')."""
    readout = readoutlib.parse(
        "Ambassador Berg’s Call with Chilean Foreign Minister Ana Ruiz\n\n"
        "U.S. Ambassador to the OECS Lars Berg spoke by phone with Chilean Foreign Minister Ana Ruiz "
        "on April 16.  The Ambassador expressed his willingness to work with Chile.\n"
    )
    assert [p.name for p in readout.event.participants] == ["Lars Berg", "Ana Ruiz"]


def test_a_topic_after_an_opening_on_is_no_person() -> None:
    """'On Norstream, the Prime Minister stressed …': a capitalised word after the preposition that
    opens the sentence is a topic or a place, as after a lowercase 'on' (en-p, gov.uk: 'On Brexit,
    the Prime Minister' gave a person 'Brexit' styled Prime Minister)."""
    from readoutlib.languages.en.names import find_mentions

    for sentence in (
        "On Norstream, the Prime Minister stressed the quota.",
        "At Tromso, the Prime Minister spoke.",
    ):
        assert [m.name for m in find_mentions(sentence)] == [None]
    assert [m.name for m in find_mentions("They agreed. On Norstream, the Minister spoke.")] == [None]


def test_a_publishers_own_office_named_later_by_that_office() -> None:
    """gov.uk: 'The Prime Minister spoke to Prime Minister Ruiz of Chile', then 'Prime Minister Berg
    underlined …': the publisher's own office-holder is the one person the body calls by that office
    who is no other side (en-p, gov.uk: 'The Prime Minister' where the page names 'Prime Minister
    Johnson')."""
    readout = readoutlib.parse(
        "This evening the Prime Minister spoke to Prime Minister Ruiz of Chile, who congratulated him "
        "on his new role.\n\n"
        "The two leaders discussed trade. In particular, Prime Minister Berg underlined the importance "
        "of open markets.\n\nPrime Minister Ruiz pledged to work with the UK.\n",
        url="https://www.gov.uk/government/news/readout-of-pm-call-with-prime-minister-ruiz",
    )
    assert [(p.name, p.country) for p in readout.event.participants] == [("Berg", "GB"), ("Ruiz", "CL")]


def test_a_publishers_own_office_stays_unnamed_without_a_holder() -> None:
    """The same office with no holder named in the body stays 'The Prime Minister'."""
    readout = readoutlib.parse(
        "This evening the Prime Minister spoke to Prime Minister Ruiz of Chile.\n\n"
        "The two leaders discussed trade.\n",
        url="https://www.gov.uk/government/news/readout-of-pm-call-with-prime-minister-ruiz",
    )
    assert [p.name for p in readout.event.participants] == ["The Prime Minister", "Ruiz"]


def test_a_former_holder_of_the_office_does_not_name_it() -> None:
    """'… opposition leaders such as former President Tomas Berg': a past holder of the office is not
    the publisher's unnamed office-holder ('The President spoke with President Ruiz')."""
    readout = readoutlib.parse(
        "The President spoke today with President Ana Ruiz of Chile to congratulate her on the accord.\n\n"
        "The President encouraged President Ruiz to continue a broad national dialogue, including with "
        "opposition leaders such as former President Tomas Berg, to build consensus.\n",
        url="https://obamawhitehouse.archives.gov/the-press-office/2016/10/03/readout-presidents-call",
    )
    assert [p.name for p in readout.event.participants] == ["The President", "Ana Ruiz"]
