"""Domestic readouts on a government's own site read as diplomatic (round fam235 of issue #8): a guest given
the topic's country by the text's guess, a headline office counted twice, a bill or a body read as a person.
Invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.participants import Principal, assign_countries
from readoutlib.model import Readout

_URL = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/05/02/readout-of-a-meeting/"


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n", url=_URL)


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def _countries(texts: list[str], *people: tuple[str, str, int]) -> list[tuple[str | None, str | None]]:
    """The countries the country stage gives ``people`` (name, title, side) on a page of the White House's
    kind (a profile whose home is the US), the second text the opening."""
    principals = [Principal(name, [title], None, side=side) for name, title, side in people]
    assign_countries(principals, texts, Profile(home_country="US"), None, texts[1])
    return [(p.name, p.country) for p in principals]


def test_a_guest_takes_no_country_the_text_names_only_as_its_topic() -> None:
    """A government's own page whose guests help a foreign country's people at home: the text names that
    country's people again and again, never beside the guest's name, so the guest is not of it (feeds-dev31
    White House briefings 208, feeds-dev30 219, feeds-dev21 251, feeds-dev28 1184: a faith leader, a
    Congresswoman, a company chair and a policy advisor given the topic's country)."""
    texts = [
        "Readout of White House Meeting with Church Leaders on Housing Haitian Families",
        "Today, Domestic Policy Advisor Ana Ruiz met with church leaders who are helping families find homes"
        " across the country.",
        "The leaders told how Haitians who arrived this spring found work, and how their churches welcome"
        " Haitian arrivals. Haitians at risk were given shelter.",
        "- The Rev. Maria Lopes, Senior Pastor, Grace Harbor Church",
    ]
    found = _countries(texts, ("Ana Ruiz", "Domestic Policy Advisor", 0), ("Maria Lopes", "Senior Pastor", 1))
    assert found == [("Ana Ruiz", "US"), ("Maria Lopes", None)]


def test_a_guest_named_beside_his_state_still_takes_it() -> None:
    """The same guess stands where a sentence naming the guest names his state: the text ties the state
    to him, not only to the topic (a real foreign principal keeps his country)."""
    texts = [
        "Readout of National Security Advisor Ana Ruiz's Meeting with Minister Pedro Soto",
        "Today, National Security Advisor Ana Ruiz met with Minister Pedro Soto on cooperation between the"
        " United States and Chile.",
        "Minister Soto described Chile's plans for its ports. The two discussed Chile's mines.",
    ]
    found = _countries(texts, ("Ana Ruiz", "National Security Advisor", 0), ("Pedro Soto", "Minister", 1))
    assert found == [("Ana Ruiz", "US"), ("Pedro Soto", "CL")]


def test_the_headlines_office_is_the_lead_subject_who_holds_it() -> None:
    """'Readout of the Deputy Adviser's Meeting with …' over 'Deputy Adviser X welcomed …', the body then
    calling him 'Mr. X': of two principals, the headline's office is the named holder, not a second side
    (feeds-dev White House briefings 879, the Principal Deputy National Security Advisor added again by
    office)."""
    readout = _parse(
        "Readout by NSC Spokesperson of the Principal Deputy National Security Advisor’s Meeting with"
        " Representatives of the Three 2022 Harbour Prize Laureates",
        "Yesterday, Principal Deputy National Security Advisor Tom Ruiz welcomed to the White House"
        " representatives of the three 2022 Harbour Prize laureates— Ana Berg for the jailed writer Lena"
        " Hart, and Pedro Soto for the Valley Teachers Union. The representatives discussed with Mr. Ruiz"
        " the need for fair wages in the region. Mr. Ruiz applauded their work.",
    )
    assert _sides(readout) == [("Tom Ruiz", "US")]


def test_committees_and_a_spending_bill_are_no_people() -> None:
    """'… the Chairs of the Armed Services, and Appropriations Committees' and '… His National Security
    Supplemental' in a headline name a body and a bill, not people (feeds-dev30 White House briefings
    1089: both read as participants, the bill given the topic's country)."""
    readout = _parse(
        "Readout of President Ana Ruiz's Meeting with Congressional Leaders on Chile and Her Budget"
        " Supplemental",
        "Today, President Ana Ruiz convened the Chairs and Ranking Members of the House and Senate Armed"
        " Services, and Appropriations Committees to discuss the budget. The President called on Congress"
        " to pass her full budget supplemental.",
    )
    assert _sides(readout) == [("Ana Ruiz", "US")]
    assert readout.event.scope == "domestic"


def test_a_first_peoples_name_holds_no_foreign_state() -> None:
    """'Leaders from American Indian and Alaska Native Communities': a people of the publisher's own
    country, 'Indian' no India, 'Alaska Native' no person (feeds-dev White House briefings 1484)."""
    readout = _parse(
        "Readout of Vice President Ana Ruiz's Meeting with Leaders from American Indian and Alaska Native"
        " Communities",
        "Today, Vice President Ana Ruiz met with leaders from American Indian and Alaska Native communities"
        " to discuss voting rights.",
    )
    assert _sides(readout) == [("Ana Ruiz", "US")]
    assert readout.event.scope == "domestic"


def test_a_meeting_on_a_country_with_civil_groups_is_domestic() -> None:
    """'Meeting on Haiti with Leaders of Civil Rights Groups', about 'the crisis in Haiti': the country
    is what they met on (feeds-dev28 White House briefings 1184)."""
    readout = _parse(
        "Readout of Deputy Adviser Ana Ruiz's Meeting on Haiti with Leaders of Civil Rights Groups",
        "Today, Deputy Adviser Ana Ruiz met with leaders of civil rights groups to talk about the crisis in"
        " Haiti.",
    )
    assert _sides(readout) == [("Ana Ruiz", "US")]
    assert readout.event.scope == "domestic"


def test_the_home_forces_abroad_are_a_topic() -> None:
    """'… to discuss the ongoing drawdown of U.S. forces in Afghanistan' with veterans' groups: where
    the publisher's own forces serve is what they met on, no side (feeds-dev White House briefings 194)."""
    readout = _parse(
        "Readout of White House Meeting with Veteran and Military Family Groups",
        "Today, Secretary of Veterans Affairs Ana Ruiz and Senior Advisor Pedro Soto hosted a meeting with"
        " veteran and military family groups to discuss the ongoing drawdown of U.S. forces in Chile.",
    )
    assert readout.event.scope == "domestic"


def test_developments_on_the_borders_of_a_country_are_a_topic() -> None:
    """'… convened a meeting of the National Security Council to discuss the latest developments on the
    borders of Ukraine': the President's own council on a border, no side (feeds-dev White House
    briefings 345)."""
    readout = _parse(
        "Readout of President Ana Ruiz's National Security Council Meeting",
        "Today, President Ana Ruiz convened a meeting of the National Security Council to discuss the latest"
        " developments on the borders of Chile.",
    )
    assert readout.event.scope == "domestic"


def test_a_call_with_allies_and_partners_is_diplomatic() -> None:
    """'Readout of the President's Call with Allies and Partners': other states named as a group, no
    country among them (feeds-dev White House briefings 402, a `readout` read domestic)."""
    readout = _parse(
        "Readout of the President’s Call with Allies and Partners",
        "President Ana Ruiz hosted a videoconference today with Allies and partners to discuss support for"
        " the harbour plan.",
    )
    assert readout.event.scope == "diplomatic"


def test_representatives_of_foreign_governments_and_states_parties_are_other_states() -> None:
    """'… hosted over 70 representatives from foreign governments, private companies …' and '… met with a
    group of Treaty States Parties': other states, no country named (feeds-dev White House briefings 930,
    feeds-dev State 2011)."""
    hosted = _parse(
        "Readout of National Security Advisor Ana Ruiz’s Roundtable on Harbour Safety",
        "National Security Advisor Ana Ruiz today hosted over 70 representatives from foreign governments,"
        " private companies and civil society at the White House to discuss harbour safety.",
    )
    parties = _parse(
        "Secretary Ruiz’s Meeting with Harbour Treaty States Parties",
        "Secretary of State Ana Ruiz met with a group of Harbour Treaty States Parties today on the margins"
        " of the review conference in New York.",
    )
    assert [hosted.event.scope, parties.event.scope] == ["diplomatic", "diplomatic"]


def test_a_guest_whose_state_is_paired_with_the_home_country_keeps_it() -> None:
    """A king never named beside his state, whose state the text pairs with the publisher's ('the special
    relationship between the United States and the United Kingdom', feeds-dev White House briefings 550,
    856; 'the U.S.-UAE agenda', 789): the pair names the other side, he keeps it."""
    texts = [
        "Readout of President Ana Ruiz’s Call with King Pedro IV",
        "President Ana Ruiz spoke today with King Pedro IV to offer her condolences. She praised the special"
        " relationship between the United States and Norway. The President looks forward to welcoming"
        " Norway's delegation in May.",
    ]
    found = _countries(texts, ("Ana Ruiz", "President", 0), ("Pedro IV", "King", 1))
    assert found == [("Ana Ruiz", "US"), ("Pedro IV", "NO")]
