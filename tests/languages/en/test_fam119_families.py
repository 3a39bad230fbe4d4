"""Participants the parser made up or missed (round 119 of issue #8): invented pages in each layout."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import find_mentions, scan_people
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _people(readout: Readout) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.country) for m in scan_people(text).people]


def test_a_state_possessive_before_a_full_name_gives_a_person_of_that_state() -> None:
    """'India's X Y and Pakistan's Z W met' (en-ag, UPI): the possessive read as the start of a proper
    noun ("the Speaker's Lunch") left both envoys unread."""
    found = _names("Norway's Ingrid Dahl and Peru's Rosa Quispe met in the capital on Monday.")
    assert found == [("Ingrid Dahl", "NO"), ("Rosa Quispe", "PE")]


def test_a_state_possessive_before_a_body_is_no_person() -> None:
    """The bodies after a state's possessive stay out: a court, a party, a ministry."""
    assert _names("Norway's Supreme Court ruled on the case.") == []
    assert _names("Peru's Popular Action Party won the vote.") == []
    assert _names("Norway's Foreign Ministry said so.") == []


def test_a_states_broadcaster_reporting_a_principal_is_not_that_principal() -> None:
    """'"…," India's NDTV reported Rao as saying' (en-ag, UPI): the outlet's initials after the
    state's possessive were read as an office of that state's one principal, who became the speaker."""
    readout = _parse(
        "Norway, Peru hold talks",
        "OSLO, March 3 -- Norway's Ingrid Dahl and Peru's Rosa Quispe met on Monday in Oslo.",
        "They discussed fishing quotas.",
        '"Talks are the only way forward," Norway\'s NRKT reported Dahl as saying in an earlier interview.',
    )
    assert ("Ingrid Dahl", "NO") in _people(readout)
    assert not [s for s in readout.statements if s.verb == "reported"]


def test_a_headlines_clipped_office_after_a_state_is_no_person() -> None:
    """'Peru FA Min meets with various dignitaries' (en-ai, Andina): initials and a clipped office word
    after the state's name are an office (Foreign Affairs Minister), not a person called "FA Min"."""
    assert _names("Chile FA Min meets with visiting envoys") == []
    assert _names("Norway DP Sec. holds talks in Lima") == []


def test_initials_before_a_surname_stay_a_person() -> None:
    """A person's initials before a short family name are still a name ("AK Sen", "KP Oli")."""
    assert _names("The economist AK Sen met the minister.") == [("AK Sen", None)]
    assert [name for name, _ in _names("Nepal PM KP Oli met with the envoy.")] == ["KP Oli"]


def test_a_place_named_after_an_office_is_no_office_holder() -> None:
    """'held a dialogue at King’s Bay Naval Base' (State, a Japan–US dialogue, bulk): the office's
    possessive opening a place's name was read as "The King", the dialogue's only named principal."""
    readout = _parse(
        "Norway-Peru Maritime Dialogue",
        "The Government of Norway and the Government of Peru held a maritime dialogue at Queen’s Harbour"
        " Naval Station in Bergen on May 4, 2022. The Norwegian side was led by Mr. Lars Berg, Director"
        " General, Ministry of Foreign Affairs, while the Peruvian side was led by Ms. Rosa Quispe,"
        " Director General, Ministry of Defense.",
        "The two sides discussed maritime security.",
    )
    names = [name for name, _ in _people(readout)]
    assert "The Queen" not in names
    assert "Lars Berg" in names


def test_the_holders_possessive_after_an_article_stays_an_office() -> None:
    """'the Queen’s visit': the holder's, still an office mention."""
    assert [m.titles for m in find_mentions("The Queen’s visit to Bergen was short.")] == [("Queen",)]


def test_an_office_the_body_writes_before_a_principals_name_is_that_principal() -> None:
    """'Senator Dodd engaged with leaders. The Senator spoke with …' (State, bulk): the lead titles him
    otherwise, so "The Senator" stood as a second, unnamed principal."""
    readout = _parse(
        "Special Advisor for Arctic Affairs Lars Berg Travel to Reykjavik",
        "Special Advisor for Arctic Affairs Lars Berg traveled to Reykjavik, Iceland, May 4-5 to meet with"
        " Nordic leaders to discuss regional priorities.",
        "Senator Berg engaged with the leaders in person and online. The Senator spoke with ministers"
        " from Denmark, Finland and Sweden.",
    )
    names = [name for name, _ in _people(readout)]
    assert names == ["Lars Berg"]


def test_a_social_posters_line_is_no_headline_and_no_principal() -> None:
    """'Tim Gatt · @TimGattITV' (en-ag, a long-tweet post): the poster's name and handle on the first
    line became the headline and its name a principal."""
    readout = _parse(
        "Lena Holm · @LenaHolmNews",
        "4th May 2012 from a long-post site",
        "Government spokesman on Ana Ruiz's phone call to Vladimir Putin this evening:",
        '"The Prime Minister said that she had been following the elections closely. The leaders agreed'
        " on the importance of building a stronger relationship.",
        '"The Prime Minister and Mr Putin also discussed Syria and the need for united action."',
    )
    assert readout.title != "Lena Holm · @LenaHolmNews"
    assert "Lena Holm" not in [name for name, _ in _people(readout)]


def test_a_remits_last_word_before_a_second_office_is_no_person() -> None:
    """'Deputy Prime Minister for EU Funds and Minister of Finance X' (State, bulk): "Funds" was a
    person with the first office and X had only the second."""
    found = scan_people(
        "Ruritanian Deputy Prime Minister for EU Grants and Minister of Trade Ivo Petrov led the delegation."
    ).people
    assert [(m.name, m.titles) for m in found] == [
        ("Ivo Petrov", ("Deputy Prime Minister for EU Grants", "Minister of Trade"))
    ]


def test_a_surname_after_a_remit_before_a_second_holder_stays_a_person() -> None:
    """'Minister for Europe Berg and Minister Ruiz met': two people."""
    assert [name for name, _ in _names("Minister for Europe Berg and Minister Ruiz met.")] == ["Berg", "Ruiz"]


def test_a_second_company_before_a_name_goes_to_the_title() -> None:
    """'member of the Board of Directors of Tesla and SpaceX Kimbal Musk' (President of Ukraine,
    bulk): the second company, in a brand's shape, was read as the name's first word."""
    text = "He met with businessman, member of the Board of Northwind and AeroX Ana Maria Ruiz."
    assert [name for name, _ in _names(text)] == ["Ana Maria Ruiz"]
    assert [name for name, _ in _names("He met the Minister of Trade and McLeod Ana Ruiz.")] == [
        "McLeod Ana Ruiz"
    ]


def test_the_last_words_of_a_programmes_long_name_are_no_person() -> None:
    """'the National Program of Mental Health and Psychosocial Support for War Victims' (President of
    Ukraine, bulk): the words after "and" and "for" in the programme's name were two people."""
    text = (
        "Ana Ruiz discussed with Queen Sofia of Norway the National Plan of Public Health and Family"
        " Support for Flood Victims in Norway"
    )
    assert [name for name, _ in _names(text)] == ["Ana Ruiz", "Sofia"]


def test_a_person_after_a_short_bodys_name_and_and_stays_a_person() -> None:
    """'thanked the Friends of Europe and Ana Ruiz': a short name before "and" may be followed by a person."""
    assert [name for name, _ in _names("He thanked the Friends of Europe and Ana Ruiz.")] == ["Ana Ruiz"]


def test_an_office_shared_with_a_named_holder_of_it_stays_a_second_principal() -> None:
    """'The Prime Minister spoke to Prime Minister Berg' (UK readouts, en-d): two prime ministers."""
    readout = _parse(
        "PM call with Prime Minister Berg of Norway: 4 May 2022",
        "The Prime Minister spoke to Prime Minister Lars Berg of Norway this afternoon.",
        "The leaders discussed energy security. Prime Minister Berg thanked him for the support.",
    )
    names = [name for name, _ in _people(readout)]
    assert "The Prime Minister" in names
    assert "Lars Berg" in names


def test_an_office_joined_to_a_named_holder_of_another_office_stays_a_principal() -> None:
    """'The Prime Minister and President Berg agreed …' (UK readouts, en-y): read as one mention with
    two titles, it made the unnamed Prime Minister the President's twin."""
    readout = _parse(
        "PM call with President Berg of Norway: 4 May 2022",
        "The Prime Minister spoke to President Lars Berg of Norway this afternoon.",
        "The Prime Minister and President Berg agreed to deepen trade ties.",
    )
    names = [name for name, _ in _people(readout)]
    assert names == ["The Prime Minister", "Lars Berg"]
