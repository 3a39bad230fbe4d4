"""Participants' countries on a publisher with a home country (round fam217 of issue #8): invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout

_URL = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/05/02/readout-of-a-meeting/"


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n", url=_URL)


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def test_the_publishers_own_subjects_share_its_country_over_the_topics() -> None:
    """'Today, A, B and C hosted …' on the White House, about Haitian families resettled at home
    (feeds-dev White House briefings 730, 219): the three subjects are one side, the publisher's; the
    text's Haiti is the topic, not the country of the second and third."""
    readout = _parse(
        "Readout of White House Event Honoring Volunteers",
        "Today, National Security Advisor Ana Ruiz, Deputy Chief of Staff Pedro Soto, and Senior"
        " Director Lena Hart hosted volunteers who helped Haitian families settle in new homes.",
        "The volunteers described their work with Haitian families. Haitian children now attend"
        " local schools, and the Haitian families thanked the volunteers.",
    )
    assert _sides(readout) == [("Ana Ruiz", "US"), ("Pedro Soto", "US"), ("Lena Hart", "US")]


def test_people_welcomed_to_settle_are_no_side_of_a_home_meeting() -> None:
    """'… hosted veterans and volunteers …, through which the government welcomed tens of thousands of
    our Afghan allies to America' (feeds-dev29 White House briefings 730): the publisher's three
    officials share its country, and the people welcomed to settle are the topic: domestic."""
    readout = _parse(
        "Readout of White House Event Honoring Volunteers",
        "Today, National Security Advisor Ana Ruiz, Deputy Chief of Staff Pedro Soto, and Senior"
        " Director Lena Hart hosted veterans and volunteers to honor their work, through which the"
        " government welcomed tens of thousands of our Haitian allies to America.",
        "The volunteers described their work with the families.",
    )
    assert _sides(readout) == [("Ana Ruiz", "US"), ("Pedro Soto", "US"), ("Lena Hart", "US")]
    assert readout.event.scope == "domestic"
