"""Families behind participant and country misses on unseen English pages (issue #8, fam20), invented pages.

Each test is one family, written as a page or sentence of our own; each was seen failing before its rule.
"""

from __future__ import annotations

from tests.languages.en.layout_kit import analyze_parts as _analyze


def _people(headline: str, paragraphs: list[str]) -> list[tuple[str, str | None]]:
    readout = _analyze(headline, paragraphs)
    return [(p.name, p.country) for p in readout.event.participants]


def test_a_us_state_before_an_office_is_no_country() -> None:
    """'New Mexico Governor Dana Holt': a state's name before a state office makes its holder
    American, not Mexican (the country inside the state's name) (White House and State pages)."""
    people = _people(
        "Readout of the Vice President's Call with New Mexico Governor Dana Holt",
        [
            "Vice President Olek Varga spoke today with New Mexico Governor Dana Holt about wildfires near "
            "the border with Mexico. The Vice President offered federal support."
        ],
    )
    assert ("Dana Holt", "US") in people


def test_a_state_spelt_as_a_country_before_an_office_is_the_state() -> None:
    """'Georgia Governor Dana Holt' is the US state's governor, not a Georgian."""
    people = _people(
        "Readout of the President's Call with Georgia Governor Dana Holt",
        ["President Olek Varga spoke today with Georgia Governor Dana Holt about storm damage."],
    )
    assert ("Dana Holt", "US") in people


def test_a_state_possessive_before_an_office_outweighs_countries_in_the_text() -> None:
    """'Michigan's Governor': the Governor is American even where the text names Burma and Canada
    (feeds-dev14, State 423)."""
    people = _people(
        "Secretary's Call with Michigan's Governor",
        [
            "Secretary Olek Varga spoke today with Michigan's Governor Dana Holt about a citizen detained in "
            "Burma and a pipeline that crosses into Canada."
        ],
    )
    assert ("Dana Holt", "US") in people


def test_a_province_before_premier_is_its_federation() -> None:
    """'Ontario Premier Dana Holt' is Canadian."""
    people = _people(
        "Prime Minister meets Ontario Premier",
        ["Prime Minister Olek Varga of Ireland met Ontario Premier Dana Holt in Dublin on Monday."],
    )
    assert ("Dana Holt", "CA") in people


def test_a_state_named_before_an_office_gives_no_side_its_country() -> None:
    """The state's name is not counted as the country it holds: the page's other side is not made
    Mexican by 'New Mexico Governor'."""
    people = _people(
        "Readout of the Vice President's Call with New Mexico Governor Dana Holt",
        [
            "Vice President Olek Varga spoke today with New Mexico Governor Dana Holt about wildfires. "
            "The Vice President thanked the New Mexico Governor."
        ],
    )
    assert ("Olek Varga", "MX") not in people


def test_a_name_inside_a_relative_clause_is_not_the_subject() -> None:
    """'Foreign Minister, X, who is leading the delegation to the Meeting of the Non-Aligned Movement in
    Kampala, received a call from Y': the subject is X, before the relative clause, not a name inside
    it (en-n, Pakistan's Foreign Office)."""
    people = _people(
        "Foreign Minister receives telephone call of the Foreign Minister of Iran",
        [
            "ISLAMABAD – Foreign Minister, Olek Varga, who is currently leading the Pakistan delegation to "
            "the Ministerial Meeting of the Non-Aligned Movement in Kampala, Uganda, received a telephone "
            "call from the Foreign Minister of Iran, Dana Holt, today.",
        ],
    )
    names = [name for name, _country in people]
    assert names == ["Olek Varga", "Dana Holt"]


def test_a_state_after_a_governors_office_is_no_part_of_the_name() -> None:
    """'Governor of Ohio Dana Holt' is Dana Holt, an American, and 'Governor of New Mexico Ana Ruiz' is
    no Mexican (White House briefings listing the governors on a call)."""
    from readoutlib.languages.en.names import scan_people

    text = "The President met Governor of Ohio Dana Holt and the Governor of New Mexico Ana Ruiz."
    found = scan_people(text)
    people = [(m.name, m.country) for m in found.people]
    assert people == [("Dana Holt", "US"), ("Ana Ruiz", "US")]


def test_plans_and_strategy_close_a_title_before_a_name() -> None:
    """'Under Secretary for Strategy, Policy, and Plans Olek Varga': the portfolio's last word is the
    title's, not the first word of the name (Homeland Security's 'Plans Robert Silvers', State pages)."""
    from readoutlib.languages.en.names import scan_people

    found = scan_people("Under Secretary for Strategy, Policy, and Plans Olek Varga met the Minister.")
    names = [m.name for m in found.people]
    assert names == ["Olek Varga"]


def test_a_headline_office_of_a_country_goes_to_that_countrys_principal() -> None:
    """'PM call with Prime Minister of Peru' over 'the Prime Minister spoke to Prime Minister Ruiz of
    Peru': the headline's Peruvian office is Ruiz's, not the publisher's own unnamed Prime Minister,
    who stays British (en-m, a gov.uk call copied by a Greek community site)."""
    from readoutlib.adapter import Layout
    from readoutlib.analysis import analyze
    from readoutlib.analysis.profile import Profile
    from readoutlib.model import Source

    profile = Profile(
        home_country="GB",
        home_titles=("The Prime Minister",),
        title_patterns=(r"^PM (?P<kind>call) with (?P<b>.+)$",),
    )
    layout = Layout(
        "PM call with Prime Minister of Peru",
        ("This morning the Prime Minister spoke to Prime Minister Ana Ruiz of Peru.",),
    )
    readout = analyze(layout, source=Source(), profile=profile)
    people = [(p.name, p.country) for p in readout.event.participants]
    assert people == [("The Prime Minister", "GB"), ("Ana Ruiz", "PE")]


def test_the_head_of_a_side_is_a_principal() -> None:
    """'The Indian side was led by Ms. X …. The Colombian side was led by Mr. Y': consultations between
    ministries whose opening names no one have the heads of the two sides as principals, as
    'the delegation was led by' does (en-j, India's MEA consultations with Colombia)."""
    people = _people(
        "Peru-Chile hold Foreign Office Consultations",
        [
            "The Fifth Foreign Office Consultations between Peru and Chile were held through video "
            "conference on 7 May 2021.",
            "The Peruvian side was led by Ms. Ana Ruiz, Secretary (West). The Chilean side was led by "
            "Mr. Piet Berg, Vice Minister of Foreign Affairs of Chile.",
        ],
    )
    assert people == [("Ana Ruiz", "PE"), ("Piet Berg", "CL")]


def test_counsel_economist_and_the_spouses_offices_are_titles() -> None:
    """'White House Counsel X', 'Chief Economist X', 'First Lady X', 'Second Gentleman X' and an office
    ending in 'and Outreach': the office's last word is no name word (White House pages in the bulk:
    'Counsel Dana Remus', 'Economist Zach Liscow', 'Gentleman Douglas Emhoff', 'Outreach Emmy Ruiz')."""
    from readoutlib.languages.en.names import scan_people

    text = (
        "The President thanked White House Counsel Ana Ruiz, Chief Economist Piet Berg, First Lady Eva "
        "Lind, Second Gentleman Olek Varga and Director of the Office of Political Strategy and Outreach "
        "Dana Holt."
    )
    names = [m.name for m in scan_people(text).people]
    assert names == ["Ana Ruiz", "Piet Berg", "Eva Lind", "Olek Varga", "Dana Holt"]


def test_an_adviser_to_a_countrys_leader_after_the_name_is_of_that_country() -> None:
    """'Piet Berg, Spokesperson and Chief Advisor to the President of Turkey': the adviser set off after
    the name is Turkish, as one named before it is; on a page without a home country the other side
    was given Turkey (White House briefings copied off-site: Kalin, van Leeuwen, Bonne, Landerholm)."""
    people = _people(
        "Statement on National Security Advisor Olek Varga's Call with Piet Berg",
        [
            "National Security Advisor Olek Varga spoke by phone today with Piet Berg, Spokesperson and "
            "Chief Advisor to the President of Turkey. Mr. Varga underscored the desire to build "
            "constructive U.S.-Turkey ties."
        ],
    )
    assert ("Piet Berg", "TR") in people


def test_the_general_assembly_is_no_office() -> None:
    """'the UN General Assembly', 'a Special Session of the General Assembly': 'General' before
    'Assembly' names the body, not a general (State and White House pages had 'The General' as a
    participant, of the UN or of Russia)."""
    from readoutlib.languages.en.names import find_mentions

    text = (
        "Members of the UN General Assembly Special Committee met on Monday, and the Council convened a "
        "Special Session of the General Assembly. General Piet Berg attended."
    )
    offices = [(m.name, m.office) for m in find_mentions(text)]
    assert offices == [("Piet Berg", None)]


def test_partnerships_close_an_office_name() -> None:
    """'Director of Strategic Outreach and Partnerships X', 'the Office of Faith-Based and Neighborhood
    Partnerships': the word ends the office, no name starts with it (White House briefings: 'Partnerships
    Holly Low'; 'Neighborhood Partnerships' was the one participant of a meeting three officials held)."""
    people = _people(
        "Readout of Senior White House Meeting with Faith Leaders",
        [
            "Today, Domestic Policy Advisor Ana Ruiz, Secretary Piet Berg, and staff from the White House "
            "Office of Faith-Based and Neighborhood Partnerships met with a diverse group of faith leaders.",
        ],
    )
    assert [name for name, _country in people] == ["Ana Ruiz", "Piet Berg"]
