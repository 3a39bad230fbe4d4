"""Task fam50 (issue #8): domestic vs diplomatic at a glance, participant lists under a heading, and
press round-ups refused. Every page here is invented."""

from __future__ import annotations

import pytest

from readoutlib.errors import NotAReadoutError

from .layout_kit import refusal, text_page, white_house_page

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
