"""Task fam50 (issue #8): domestic vs diplomatic at a glance, participant lists under a heading, and
press round-ups refused. Every page here is invented."""

from __future__ import annotations

import pytest

from readoutlib.adapter import Layout
from readoutlib.analysis import analyze
from readoutlib.analysis.profile import Profile
from readoutlib.errors import NotAReadoutError
from readoutlib.model import Source

from .layout_kit import analyze_parts, refusal, text_page, white_house_page

# --- Press round-ups: not readouts ------------------------------------------------------------------


def test_a_round_up_of_quoted_press_headlines_keeps_its_own_title_and_is_refused() -> None:
    """A press round-up's first line is its title; the quoted headlines of the articles under it
    ("‘Mayor visits the Capitol, says …’") are clippings, not the page's headline, and the page is refused."""
    with pytest.raises(NotAReadoutError) as caught:
        text_page(
            "What They Are Reading in the Provinces: Harbour Plan Brings Jobs to the Coast",
            "",
            "*‘Governor signs harbour bill, says ‘ports will thrive’’",
            "‘Mayor Ana Ruiz visits the Capitol, says harbour funds helped the county’s workers’*",
            "",
            "This week, readers learned how mayors and governors joined President Lee Tam at an event "
            "marking the harbour law. Harbour Coordinator Jon Bell also traveled to Porto Verde and spoke "
            "with local reporters about the plan.",
        )
    assert "round-up" in caught.value.reason


@pytest.mark.parametrize(
    "title",
    [
        "What They Are Reading in the States: The Harbour Plan Lowers Costs",
        "Statements of Support for the Harbour Act",
    ],
)
def test_reading_round_ups_and_statements_of_support_are_round_ups(title: str) -> None:
    """'What They Are Reading …' and 'Statements of Support …' name a round-up of others' words."""
    reason = refusal(
        title,
        ["Mayors and governors met President Lee Tam at the Harbour Office today to discuss the plan."],
    )
    assert "round-up" in reason


# --- Scope: domestic when every side is the publisher's country ------------------------------------


@pytest.mark.parametrize("leaders", ["local leaders", "elected leaders", "tribal leaders", "state leaders"])
def test_the_countrys_own_local_leaders_from_its_states_are_no_foreign_group(leaders: str) -> None:
    """'hosted 30 local leaders from across 15 states' names the country's own states, not other
    nations' leaders: a White House convening of them is domestic."""
    readout = white_house_page(
        "Readout of the White House Convening on Harbour Safety Laws",
        f"Today, the White House Harbour Safety Office hosted 30 {leaders} from across 15 states to "
        "discuss how to put the harbour safety laws into effect.",
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_a_leader_meeting_his_countrys_council_on_a_generic_page_is_domestic() -> None:
    """No principal's country known, no publisher's home, no country named: the page reports an
    official meeting a body of his own country, not another state (was scope None)."""
    readout = analyze_parts(
        "Head of state meets with representatives of the Council of Churches",
        [
            "Head of State Ana Ruiz held a meeting with representatives of the Council of Churches and "
            "Religious Organizations. They discussed the chaplains' service in the army."
        ],
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_talks_whose_lead_paragraph_names_the_states_are_diplomatic() -> None:
    """No principal's country known: the lead paragraph naming the states taking part ("talks between
    representatives of France, Japan, Chile and Peru") makes the talks diplomatic (was scope None)."""
    readout = analyze_parts(
        "Negotiations at the level of political advisers to the leaders ended",
        [
            "Negotiations at the level of political advisers to the leaders of the harbour format ended. "
            "Head of the Office Ana Ruiz took part in them. The talks between representatives of France, "
            "Japan, Chile and Peru lasted more than nine hours."
        ],
    )
    expected = "diplomatic"
    assert expected == readout.event.scope


def test_a_country_named_as_the_topic_in_the_lead_paragraph_is_no_side() -> None:
    """The lead paragraph's topic phrases ("due to Peru's armed aggression") are blanked before its
    countries are read: a meeting of one country's officials on the war stays domestic."""
    readout = analyze_parts(
        "Meeting of the council on harbour defence took place",
        [
            "A meeting of the council on harbour defence took place today. Head of the Office Ana Ruiz "
            "chaired it. The officials of Chile discussed repairs due to Peru's armed aggression."
        ],
    )
    expected = "domestic"
    assert expected == readout.event.scope


# --- Participants listed under a heading the profile declares ---------------------------------------


def test_a_listed_leader_with_a_country_after_the_comma_gets_that_country() -> None:
    """A list item naming a state after the comma ("- President Ana Ruiz, Republic of Chile") gives
    the person that country and keeps the title before the name; a line that is no person's item
    ends the list."""
    profile = Profile(participant_headings=(r"^participants included:$",))
    layout = Layout(
        "Summary of the Harbour Forum Held by the Secretary-General",
        (
            "On Friday, Secretary-General Jon Bell convened a virtual meeting of the Harbour Forum on "
            "the safety of ports.",
            "Participants included:",
            "- President Ana Ruiz, Republic of Chile",
            "- Prime Minister Eko Tan, Japan",
            "The forum will meet again in the spring.",
            "- Mayor Lia Sun, Port Office",
        ),
    )
    readout = analyze(layout, source=Source(), profile=profile)
    found = [(p.name, p.country, p.titles[:1]) for p in readout.event.participants][-2:]
    expected = [("Ana Ruiz", "CL", ("President",)), ("Eko Tan", "JP", ("Prime Minister",))]
    assert expected == found


def test_an_office_in_capitals_after_the_name_is_the_office_not_a_degree() -> None:
    """'- Lia Sun, CEO, Harbour Freight' holds the office 'CEO'; only degrees ("MD", "MPH") are skipped."""
    profile = Profile(participant_headings=(r"^participants:$",))
    layout = Layout(
        "Readout of the Harbour Office Roundtable on Freight",
        (
            "On Friday, Harbour Office Director Jon Bell convened leaders of freight companies to discuss "
            "the safety of ports.",
            "Participants:",
            "- Lia Sun, CEO, Harbour Freight",
            "- Ana Ruiz, MD, MPH, Chief Medical Officer, Port Health",
        ),
    )
    readout = analyze(layout, source=Source(), profile=profile)
    found = [(p.name, p.titles[:1]) for p in readout.event.participants][-2:]
    expected = [("Lia Sun", ("CEO",)), ("Ana Ruiz", ("Chief Medical Officer",))]
    assert expected == found


@pytest.mark.parametrize(
    "opening",
    [
        "Today, Minister Ana Ruiz held Bilateral Talks with her counterpart, Minister Jon Bell.",
        "The three top diplomats met on Monday in the port of Porto Verde.",
        "Foreign Minister Ana Ruiz met with the Prime Minister of Sylvania, Jon Bell.",
    ],
)
def test_words_of_diplomacy_make_a_page_with_no_country_known_diplomatic(opening: str) -> None:
    """No side's country known and no second country named: a counterpart, bilateral talks, diplomats
    or another state's head of government still tell diplomacy (never domestic by default)."""
    readout = analyze_parts("Ministers meet in Porto Verde", [opening])
    expected = "diplomatic"
    assert expected == readout.event.scope


def test_a_page_whose_only_headline_is_quoted_keeps_it() -> None:
    """A quoted header line is a clipping only under the page's own headline: alone, it is the title."""
    readout = text_page(
        "“Sylvania and Freedonia Prime Ministers held bilateral meeting to advance the harbour pact”",
        "",
        "Prime Minister Ana Ruiz of Sylvania met Prime Minister Jon Bell of Freedonia in Porto Verde on "
        "Tuesday to discuss the harbour pact.",
    )
    expected = "“Sylvania and Freedonia Prime Ministers held bilateral meeting to advance the harbour pact”"
    assert expected == readout.title


def test_the_first_paragraph_names_the_sides_when_the_opening_stands_below_it() -> None:
    """The first paragraph ("a message from Chilean Prime Minister X to the Chilean community in
    Peru") names the sides even when the report of the call (the opening) is the next paragraph."""
    readout = analyze_parts(
        None,
        [
            "Prime Minister Ana Ruiz has shared a message from Chilean Prime Minister Jon Bell directed "
            "at the Chilean community in Peru.",
            "In a post, Ruiz said she called Bell on Thursday night to discuss the relief efforts.",
        ],
    )
    expected = "diplomatic"
    assert expected == readout.event.scope
