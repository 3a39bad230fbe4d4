"""Refusals and kinds on en-aj..en-al (issue #8, fam123): an adverbial set off by commas between the
verb and its event noun, and a bare singular "held discussion with", on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.event import clause_tense, event_kind
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_meeting_had_after_a_place_set_off_by_commas_is_reported() -> None:
    """'had today, at the margins of the summit in Geneva, a bilateral meeting with' reports the meeting:
    the place between commas keeps the verb from its noun, and the page is a readout, not
    the announcement of the summit's next sitting."""
    readout = _page(
        "Ocean Summit: Commissioner Ruiz and Minister Berg",
        "Commissioner Ana Ruiz had today, at the margins of the Ocean Summit in Geneva, a bilateral"
        " meeting with the Foreign Minister of Freedonia, Tomas Berg.",
        "Fisheries and the coming harvest season were on the agenda; the summit will meet again tomorrow.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_talks_held_on_a_weekday_at_a_place_set_off_by_commas_are_talks() -> None:
    """'held on Monday at the seat of the government, talks with' names talks, not a call."""
    opening = (
        "President Ana Ruiz held on Monday at the seat of the Government of the Republic, talks with her"
        " Freedonian counterpart, Tomas Berg."
    )
    assert clause_tense(opening) == "past"
    assert event_kind(None, opening, Profile()) is EventKind.TALKS


def test_a_bare_singular_held_discussion_with_is_talks() -> None:
    """'held discussion with' (no article) is the plural's construction: talks, as 'held discussions'."""
    opening = "The Chairperson on Tuesday held discussion with the Freedonian Foreign Minister, Tomas Berg."
    assert event_kind(None, opening, Profile()) is EventKind.TALKS
