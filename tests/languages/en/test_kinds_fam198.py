"""Kinds and refusals of issue #8, fam198 (en-be, en-bf, en-bg): invented pages in each layout."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _kind(*lines: str) -> str:
    return _page(*lines).event.kind.value


def test_consultations_said_to_be_held_are_talks() -> None:
    """'The 4th Foreign Office Consultations between A and B were held in X': a named round, talks."""
    kind = _kind(
        "The 4th Foreign Office Consultations between Freedonia and Sylvania were held in Port Ruiz on"
        " 3 March 2023.",
        "The Freedonian delegation was led by Secretary Tomas Berg, and the Sylvanian side by Secretary"
        " Ana Ruiz.",
        "The two sides reviewed trade and the ferry link.",
    )
    assert kind == "talks"


def test_consultations_held_today_with_no_auxiliary_report_the_round() -> None:
    """A headline-style lead ('The Consultation between A and B held today at …'): read, talks."""
    readout = _page(
        "Freedonia and Sylvania hold secretary-level round",
        "The Foreign Office Consultation (FOC) between Freedonian Foreign Secretary Tomas Berg and"
        " Sylvanian Foreign Secretary Ana Ruiz held today at the State Guest House here.",
        "The two secretaries reviewed trade and the ferry link.",
    )
    assert readout.event.kind.value == "talks"
    assert {p.name for p in readout.event.participants} >= {"Tomas Berg", "Ana Ruiz"}


def test_a_discussion_placed_in_a_city_after_the_other_side_is_a_meeting() -> None:
    """'discussed with X in the capital Y on …': the sides were together, a meeting, as 'discussed in Y
    with X' is; 'discussed with X in detail' and a month stay no place."""
    kinds = [
        _kind(
            "The Prime Ministers of Freedonia and Sylvania discussed with Chancellor Tomas Berg in the"
            " Freedonian capital Port Ruiz on energy issues, a spokesman said.",
            "A dinner followed, attended also by Minister Ana Ruiz.",
            "Speaking to reporters following the talks with the prime ministers, Berg praised the ferry.",
        ),
        _kind(
            "President Tomas Berg of Freedonia discussed with Prime Minister Ana Ruiz of Sylvania in March"
            " the ferry link, a spokesman said.",
            "Speaking to reporters following the talks, Berg praised the ferry.",
        ),
    ]
    assert kinds[0] == "meeting"
    assert kinds[1] != "meeting"


def test_matters_reviewed_during_their_meeting_report_the_meeting() -> None:
    """'A and B reviewed relations during their meeting at …': an opening, a meeting (not refused)."""
    kind = _kind(
        "Prime Minister Tomas Berg and Sylvanian President Ana Ruiz reviewed bilateral relations during"
        " their meeting at the Government House on Tuesday.",
        "The two leaders also discussed the ferry link, the press office said.",
    )
    assert kind == "meeting"


def test_reviewed_at_a_meeting_still_to_come_is_no_report() -> None:
    """'will be reviewed during the meeting' announces; the row is for what was reviewed."""
    with pytest.raises(NotAReadoutError):
        _page(
            "Trade will be reviewed during their meeting at the Government House next week, the press"
            " office said.",
            "The ferry link is on the agenda.",
        )
