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


def test_a_guest_welcomed_to_the_island_is_a_meeting() -> None:
    """'welcomed Chairman, Prime Minister X of Y to the island': the host received the guest, a meeting,
    as 'welcomed X to <Place>' is; his office may end in a comma before the title and name."""
    kind = _kind(
        "Prime Minister of storm-hit Freedonia Tomas Berg on Tuesday welcomed Union Chairman, Prime"
        " Minister Dr. Ana Ruiz of Sylvania to the island for a first hand view of the damage.",
        "Prime Minister Berg praised the strong support of the Union.",
    )
    assert kind == "meeting"


def test_a_welcome_to_the_country_s_goals_is_no_guest() -> None:
    """A commitment welcomed 'to the country's' goals names no guest: no encounter."""
    with pytest.raises(NotAReadoutError):
        _page(
            "Minister Tomas Berg welcomed Sylvania's commitment to the country's energy goals.",
            "The ferry plan is due next year.",
        )


def test_a_round_of_meetings_said_held_by_a_minister_is_a_meeting() -> None:
    """'A round of bilateral meetings was held earlier today by Minister X': read, a meeting."""
    kind = _kind(
        "A round of bilateral meetings was held earlier today by Foreign Minister Tomas Berg, after"
        " receiving the copies of the credentials of the new Sylvanian Ambassador Ana Ruiz.",
        "During the discussion, Minister Berg and Ambassador Ruiz spoke on the floods.",
    )
    assert kind == "meeting"


def test_a_guest_welcomed_in_a_welcoming_ceremony_is_a_meeting() -> None:
    """'warmly welcomed President X and his delegation in an official welcoming ceremony at …':
    the reception, a meeting."""
    kind = _kind(
        "Prime Minister Tomas Berg warmly welcomed President Ana Ruiz and her delegation in an official"
        " welcoming ceremony at the Office of the Prime Minister.",
        "Prime Minister Berg lauded President Ruiz for her leadership.",
    )
    assert kind == "meeting"


def test_consultations_welcomed_after_met_leave_the_meeting() -> None:
    """'X met today with Y in Port Ruiz, D.C. The Secretary welcomed the … Consultations held today at …':
    the consultations are no subject of their own; the opening's 'met' stays the meeting."""
    kind = _kind(
        "Secretary Tomas Berg met today with Sylvanian Foreign Minister Ana Ruiz in Port Ruiz, D.C. The"
        " Secretary welcomed the eighth iteration of the Freedonia-Sylvania Annual Consultations held today"
        " at the ministry.",
        "The Secretary and the Foreign Minister agreed on the ferry link.",
    )
    assert kind == "meeting"
