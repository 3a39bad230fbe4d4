"""Kinds and refusals after en-aa, en-ab and en-ac's blind run (round 80 of issue #8), on invented text."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_consultations_held_with_a_counterpart_are_talks() -> None:
    """'held consultations with' a counterpart is a round of talks, as consultations with a delegation
    are (it was read as no kind at all: 'other')."""
    readout = _page(
        "Sylvanian and Freedonian deputy ministers review the harbour region",
        "Deputy Foreign Minister Tomas Berg held consultations with Freedonian"
        " counterpart Ana Ruiz in Port Tan.",
        "The parties discussed the situation in the harbour region.",
    )
    assert readout.event.kind is EventKind.TALKS


def test_consultations_co_chaired_as_a_named_round_are_talks() -> None:
    """Two officials who co-chaired 'the 5th Foreign Office Consultations' held talks; a courtesy call
    told in the next sentence is no kind of the round."""
    readout = _page(
        "Port Tan: Ana Ruiz, Secretary (East), Ministry of External Affairs, Freedonia"
        " together with Tomas Berg,"
        " Deputy Secretary-General, Ministry of Foreign Affairs, Sylvania co-chaired the 5th Foreign Office"
        " Consultations between Freedonia and Sylvania on Tuesday, the ministry said.",
        "During the visit, Secretary (East) also paid a courtesy call on the Foreign Minister of Sylvania.",
    )
    assert readout.event.kind is EventKind.TALKS


def test_a_virtual_visit_is_a_video_call() -> None:
    """'met today with X to open his virtual visit to Y': the visit was virtual, so the meeting was held
    by video (it was read as a meeting in person)."""
    readout = _page(
        "Secretary of State Ana Ruiz met today with Sylvanian President Tomas Berg and"
        " Foreign Minister Eko Tan"
        " to open her virtual visit to Sylvania.",
        "They discussed the partnership between Freedonia and Sylvania.",
    )
    assert readout.event.kind is EventKind.VIDEO_CALL


def test_a_headline_virtual_meeting_beats_the_openings_dialogue() -> None:
    """A readout titled a 'Virtual Meeting With' whose opening hosts a dialogue's round: the channel
    decides first (docs/languages.md), the headline's where the opening names none (it was read as talks
    from the dialogue's name)."""
    readout = _page(
        "Readout of Deputy Secretary Ana Ruiz Virtual Meeting With Sylvanian Permanent Secretary Tomas Berg",
        "Deputy Secretary Ana Ruiz hosted the fourth iteration of the Freedonia-Sylvania"
        " Defense Dialogue today"
        " with her Sylvanian counterpart, Permanent Secretary Tomas Berg.",
        "They discussed approaches to strategy development.",
    )
    assert readout.event.kind is EventKind.VIDEO_CALL


def test_a_meeting_still_to_come_is_no_kind_of_the_call() -> None:
    """'has spoken with X about his visit where he will take part in the ministerial meeting next month':
    the meeting is the one still to come, so the call is read from 'spoken with' (it was read as a
    meeting)."""
    readout = _page(
        "Secretary of State Ana Ruiz has spoken with Sylvanian Foreign Minister Tomas"
        " Berg about her scheduled"
        " visit to Port Tan where she will take part in the Harbour Council ministerial meeting next month,"
        " the spokesperson said on Wednesday.",
        '"They discussed the planned visit," the spokesperson said.',
    )
    assert readout.event.kind is EventKind.PHONE_CALL


def test_what_two_leaders_discussed_during_their_meeting_is_a_readout() -> None:
    """'X and Y discussed A and B during their meeting Wednesday' reports the meeting, as 'at their
    meeting' does (the page was refused: no past-tense report in the opening)."""
    readout = _page(
        "The palace said President Ana Ruiz and Sylvanian President Tomas Berg discussed"
        " security and economic"
        " issues during their meeting Wednesday.",
        "The statement said the two presidents agreed to continue their close cooperation.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_what_a_minister_said_during_a_strategic_dialogue_is_a_readout() -> None:
    """'During the first strategic dialogue between the two countries' foreign ministers in X, A said
    ...' reports the dialogue as 'During the talks in X' does (the page was refused: its one event
    clause, the summit the ministers agreed to hold, is still to come)."""
    readout = _page(
        "Port Tan, May 4 (Wire)--Freedonian Foreign Minister Ana Ruiz and her Sylvanian"
        " counterpart, Tomas Berg,"
        " agreed Wednesday to enhance cooperation on harbour security.",
        "During the first strategic dialogue between the two countries' foreign ministers in Port Tan, Ruiz"
        " said Freedonia wants to strengthen its ties with Sylvania.",
        "Ruiz and Berg also agreed that the leaders of the region will hold a summit"
        " meeting at an early date.",
    )
    assert readout.event.kind is EventKind.TALKS


def test_a_signing_announced_after_a_meeting_is_a_preview() -> None:
    """'The ministers will sign the declaration following the trilateral meeting in X' announces the
    meeting: 'following the meeting in X' is then no past report (the page was read as a readout)."""
    with pytest.raises(NotAReadoutError):
        _page(
            "Freedonian, Sylvanian, Ruritanian FMs to sign two documents in Port Tan",
            "Ana Ruiz, Tomas Berg and Eko Tan, the foreign ministers of Freedonia, Sylvania"
            " and Ruritania, will"
            " sign the Port Tan Declaration following the trilateral meeting in Port Tan, the ministry's"
            " spokesman told reporters.",
            "The next meeting of the foreign ministers of the three countries will be held"
            " in Port Tan on May 6.",
        )


def test_a_fronted_holding_discussions_reports_the_event() -> None:
    """'Holding discussions in X, A and B also discussed ...' reports the encounter, as 'During the
    discussions in X' would (the page, whose first sentence says only that the two 'have discussed'
    the elections, was refused)."""
    readout = _page(
        "President Ana Ruiz and the Secretary-General of the Harbour League, Tomas Berg have discussed"
        " preparations for the upcoming elections in Freedonia.",
        "Holding discussions in Port Tan, Sylvania, President Ruiz and Tomas Berg also"
        " discussed the situation"
        " in the region.",
        "The Secretary-General thanked Freedonia for its support.",
    )
    assert {p.name for p in readout.event.participants} >= {"Ana Ruiz", "Tomas Berg"}


def test_discussions_the_next_sentence_says_they_met_in_are_a_meeting() -> None:
    """'A and B have held wide-ranging discussions ... They met in X on Saturday': the lead names the
    discussions again as a meeting in person, as 'During the meeting, ...' does (docs/languages.md,
    'Discussions are what was done'); it was read as talks."""
    readout = _page(
        "Trade Representative Ana Ruiz and Commerce Minister Tomas Berg have held wide-ranging discussions,"
        " including on the next ministerial conference.",
        "They met in Port Tan on Saturday, ahead of the regional trade ministers' gathering.",
        "During their meeting in Port Tan, Ruiz expressed her desire for progress on key topics.",
    )
    assert readout.event.kind is EventKind.MEETING
