"""News reports relaying a government's account (issues #12, #8, task pfix12): invented pages, one
test per family, each seen failing before its rule."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError


def _people(readout: readoutlib.Readout) -> list[str]:
    return [p.name for p in readout.event.participants]


def test_a_call_named_in_passing_takes_the_surnames_its_sentence_reports() -> None:
    """A wire report whose lead names both leaders in full but no event, then names the call only in
    a phrase ("In a statement after a one-hour phone call, the presidency said Varga told Reed …"):
    the surnames the call's sentence gives are the leaders the lead names in full."""
    text = (
        "Ruritanian President Ana Varga urged her Freedonian counterpart Tom Reed to declare a truce "
        "and open the border, her office said on Monday.\n\n"
        "In a statement after a one-hour phone call, the Ruritanian presidency said Varga told Reed "
        "that Ruritania was ready to help end the conflict.\n"
    )
    readout = readoutlib.parse(text)
    assert (readout.event.kind.value, _people(readout)) == ("phone_call", ["Ana Varga", "Tom Reed"])


BRIEFING = """Briefing by Aide to the President Ivan Petrov following a telephone conversation \
between Ana Varga and Tom Reed

Ivan Petrov briefed media representatives on the telephone conversation between President of Portugal \
Ana Varga and President of Chile Tom Reed. * * * Aide to the President Ivan Petrov: Good evening! \
A telephone conversation between the two Presidents has just concluded. It lasted for about an hour. \
President Reed said that the two nations must keep talking. President Varga replied that Portugal \
sought no confrontation.
"""


def test_a_briefing_on_a_call_between_named_leaders_reports_that_call() -> None:
    """An aide's briefing titled as following a call between two named leaders is the publisher's
    account of that call (the Kremlin's Ushakov briefings): its principals are the leaders, not
    the aide; a briefing that names no such event stays refused."""
    readout = readoutlib.parse(BRIEFING)
    assert (readout.event.kind.value, sorted(_people(readout))) == ("phone_call", ["Ana Varga", "Tom Reed"])


def test_a_briefing_naming_no_event_between_people_is_refused() -> None:
    text = BRIEFING.replace(
        "following a telephone conversation between Ana Varga and Tom Reed", "on the harvest"
    )
    with pytest.raises(NotAReadoutError):
        readoutlib.parse(text)
