"""Families of feed pages (issue #8, round 17: feeds-dev20's misses and the development samples' remaining
ones), invented pages.

Each test is one family, written as a page of our own; the guards are pages whose reading stays. Labels,
kinds and scope follow the convention the development samples state (feeds/README's "Headline against
lead").
"""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from tests.languages.en.layout_kit import state_page as _state
from tests.languages.en.layout_kit import white_house_page as _white_house

# --- Leaders convened with no government named: a meeting, not a round of governments ------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Today, the White House convened leaders from shipping companies, port operators and rail unions to "
        "discuss the backlog at the harbour.",
        "Last week, the Office of Public Engagement convened over 60 Lakeland leaders for Heritage Day at "
        "the White House.",
        "Yesterday, the Vice President convened river leaders from local and national organizations to "
        "discuss the cleanup.",
        "This week, Harbour Adviser Ana Ruiz convened White House officials and the co-chairs of four river "
        "commissions.",
    ],
)
def test_leaders_convened_with_no_government_meet(lead: str) -> None:
    """'convened over 20 leaders from throughout the entertainment industry', 'convened environmental
    leaders from local, state, and national level organizations', 'convened White House officials and the
    Federal Co-Chairs of six Regional Commissions': people at home, no round of governments."""
    readout = _white_house(
        "Readout of White House Convening on the Harbour",
        lead,
        "Participants discussed the next steps. Officials thanked them for their work.",
    )
    assert readout.event.kind == "meeting"


@pytest.mark.parametrize(
    "lead",
    [
        "Today the Secretary convened the foreign ministers of the region to coordinate the river response.",
        "Today the Secretary convened senior officials from 14 countries to coordinate the river response.",
        "Today the Secretary convened leaders of twelve governments to coordinate the river response.",
    ],
)
def test_governments_convened_stay_talks(lead: str) -> None:
    """Guard: ministers, or leaders and officials of named governments or countries, convened are a
    round of governments."""
    readout = _state("Secretary Ruiz Convenes River Partners", lead, "They agreed to meet again in May.")
    assert readout.event.kind == "talks"


# --- Virtual sessions and plural meetings: the video channel ------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "This week, Harbour Coordinator Ana Ruiz held virtual listening sessions with groups representing "
        "ferry owners and dock workers to discuss the new schedule.",
        "This week, Harbour Coordinator Ana Ruiz held two virtual meetings with ferry owners and dock "
        "workers to discuss the new schedule.",
    ],
)
def test_virtual_sessions_are_video(lead: str) -> None:
    """'held virtual listening sessions with groups representing landlords and tenant advocates': the
    sessions were online; a plural 'virtual meetings' too."""
    readout = _white_house(
        "Readout of White House Meetings with Ferry Owners and Dock Workers",
        lead,
        "In both meetings, officials heard feedback on the schedule.",
    )
    assert readout.event.kind == "video_call"


def test_a_session_held_in_person_stays_a_meeting() -> None:
    """Guard: a listening session with no channel named is a meeting."""
    readout = _white_house(
        "Readout of White House Listening Session with Ferry Owners",
        "This week, Harbour Coordinator Ana Ruiz held a listening session with ferry owners at the White "
        "House to discuss the new schedule.",
    )
    assert readout.event.kind == "meeting"


# --- An "Engagement with" headline: an encounter in person -----------------------------------------------


def test_an_engagement_on_the_sidelines_is_a_meeting() -> None:
    """'Readout of President Biden's Engagement with President Joko Widodo of Indonesia' over 'had the
    opportunity to engage on the sidelines of the G20': the two met there."""
    readout = _white_house(
        "Readout of President Ruiz’s Engagement with President Tom Berg of Freedonia",
        "President Ruiz and President Tom Berg had the opportunity to engage on the sidelines of the Harbour "
        "Summit in Lakeport. President Ruiz congratulated President Berg on his leadership of the river "
        "council.",
        "The two leaders agreed to keep working together on the river treaty.",
    )
    assert readout.event.kind == "meeting"


def test_an_engagement_by_phone_stays_a_call() -> None:
    """Guard: the channel the lead names decides over the headline's noun."""
    readout = _white_house(
        "Readout of President Ruiz’s Engagement with President Tom Berg of Freedonia",
        "President Ruiz spoke by phone today with President Tom Berg of Freedonia about the river treaty.",
    )
    assert readout.event.kind == "phone_call"


# --- World leaders convened: the other side, though no country is named -------------------------------


def test_world_leaders_convened_are_the_foreign_side() -> None:
    """'President Biden convened 40 world leaders in a virtual Leaders Summit on Climate': a summit of
    other states' leaders, diplomatic though no one else is named."""
    readout = _white_house(
        "Harbour Leaders Summit Summary of Proceedings",
        "After joining the river treaty, President Ruiz convened 30 world leaders in a virtual Harbour "
        "Leaders Summit this week to rally the world in cleaning the seas.",
        "Many countries announced new targets for cleaner harbours.",
    )
    assert readout.event.scope == "diplomatic"


def test_leaders_of_the_world_of_business_stay_at_home() -> None:
    """Guard: business leaders convened at home are domestic."""
    readout = _white_house(
        "Readout of White House Roundtable with Harbour Business Leaders",
        "Today, Harbour Adviser Ana Ruiz convened business leaders from across the country for a roundtable "
        "on the harbour cleanup.",
    )
    assert readout.event.scope == "domestic"


# --- A fundraising campaign's new ambassador: an announcement, not a readout -----------------------------


def _ukraine(title: str, *paragraphs: str) -> readoutlib.Readout:
    page = "\n\n".join((title, *paragraphs)) + "\n"
    return readoutlib.parse(page.encode(), url="https://www.president.gov.ua/en/news/x-12345")


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "Famous Ukrainian swimmer Ana Ruiz became a HARBOUR24 ambassador",
            "Olympic swimmer Ana Ruiz has become the second ambassador for HARBOUR24, a fundraising platform "
            "initiated by President of Ukraine Volodymyr Zelenskyy. The ambassador was introduced during a "
            "zoom call with the President of Ukraine and the platform coordinator Tom Berg.",
        ),
        (
            "President supported the initiative to establish the national brand HARBOUR 24, the first "
            "ambassador of which is Tom Berg",
            "President of Ukraine Volodymyr Zelenskyy signed a decree on the establishment of the national "
            "brand HARBOUR 24. During the meeting at the President's Office, he congratulated the brand's "
            "first ambassador, the singer Tom Berg.",
        ),
    ],
)
def test_a_campaign_ambassador_named_is_an_announcement(title: str, lead: str) -> None:
    """'Famous Ukrainian tennis player Elina Svitolina became a UNITED24 ambassador', '... the national
    brand UNITED 24, the first ambassador of which is Andriy Shevchenko': a fundraising platform's new
    face is announced; the zoom call or meeting is the occasion (feeds-dev5 and feeds-dev8 labels)."""
    with pytest.raises(NotAReadoutError):
        _ukraine(title, lead)


def test_a_meeting_with_an_ambassador_stays_a_readout() -> None:
    """Guard: a diplomat met is the readout."""
    readout = _ukraine(
        "President of Ukraine met with the Ambassador of Portugal",
        "President of Ukraine Volodymyr Zelenskyy met with the Ambassador of Portugal Tom Berg. They "
        "discussed the harbour.",
    )
    assert readout.event.kind == "meeting"


# --- "in which they met": a relative clause that describes, not the lead's event -----------------------


def test_a_format_in_which_they_met_is_no_event() -> None:
    """'expects that the result of the second meeting of the partner countries in the composition in
    which they met at Ramstein Air Base, scheduled for May 23, will be ...': the relative clause names
    the format of a meeting still to come; the quotation that follows answers the media (feeds-dev5
    Ukraine 799)."""
    with pytest.raises(NotAReadoutError):
        _ukraine(
            "President Ruiz expects firm decisions from the next meeting of river partners",
            "President Ana Ruiz expects that the result of the next meeting of the partner countries in the "
            "format in which they met at Lakeport, scheduled for June 2, will be new pumps for the harbour. "
            '"We have high hopes. We expect a good result on the pumps," said the President, answering '
            "questions from media representatives following talks with Prime Minister of Freedonia Tom Berg "
            "in Lakeport.",
        )


def test_they_met_in_the_lead_stays_the_event() -> None:
    """Guard: 'the two presidents met in Lakeport' is the lead's event."""
    readout = _ukraine(
        "President Ruiz met with President of Portugal Tom Berg",
        "President Ana Ruiz and President of Portugal Tom Berg met in Lakeport. They discussed the harbour.",
    )
    assert readout.event.kind == "meeting"
