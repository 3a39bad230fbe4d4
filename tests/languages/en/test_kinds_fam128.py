"""Arrivals and kinds on en-aj (issue #8, fam128): an arrival whose next sentences name the host who
welcomed the visitor is the visit's first encounter, not an arrival note; on invented text."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.errors import NotAReadoutError
from readoutlib.languages.en.event import clause_tense, event_kind
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_an_arrival_accorded_a_welcome_by_a_named_host_is_a_visit() -> None:
    """An arrival headline, the arrival, then 'was accorded a warm welcome by Mr. X, Minister …' and the
    talks still to come: the welcome was held, so the page reports the visit."""
    readout = _page(
        "Sylvanian Trade Minister arrives in Port Ruiz",
        "Port Ruiz, 3 May 2021 - The Trade Minister of Sylvania, Ms. Ana Berg, arrived in Port Ruiz this"
        " afternoon for a three-day working visit.",
        "At the harbour terminal, Ms. Ana Berg was accorded a warm welcome by Mr. Tomas Lund, Minister of"
        " Commerce, and other officials.",
        "During her stay, Ms. Berg will hold talks with President Ivo Brand on trade and transport.",
    )
    assert readout.event.kind is EventKind.VISIT
    assert "Tomas Lund" in {p.name for p in readout.event.participants}


def test_an_arrival_whose_named_host_welcomed_the_delegation_is_a_visit() -> None:
    """The active form: 'State Minister X and the Ambassador welcomed the delegation at the airport'."""
    readout = _page(
        "Norwegian foreign minister arrives in Chile",
        "The Foreign Minister of Norway, Marta Kovac, has arrived in Chile on a two-day official visit.",
        "She travels with a delegation of ten.",
        "State Minister Paulo Reyes and the Norwegian Ambassador welcomed the delegation at the airport.",
        "Bilateral relations will be discussed at meetings later today.",
    )
    assert readout.event.kind is EventKind.VISIT


def test_an_arrival_note_welcomed_by_no_one_named_stays_refused() -> None:
    """The feeds' arrival notes: arrived, then meetings to come, no named host: still no readout."""
    with pytest.raises(NotAReadoutError):
        _page(
            "Sylvanian Trade Minister arrives in Port Ruiz",
            "The Trade Minister of Sylvania, Ana Berg, arrived in Port Ruiz on Monday for a working visit.",
            "She was welcomed at the terminal by a band and schoolchildren.",
            "During her stay, she will hold talks with President Ivo Brand on trade.",
        )


def test_accorded_a_welcome_by_a_host_is_a_past_encounter() -> None:
    """'was accorded a warm welcome by' reads as a reception held, as 'was received by' does."""
    assert clause_tense("The envoy was accorded a warm welcome by Foreign Minister Lund.") == "past"


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "Foreign Minister Ana Ruiz had a teleconference with him for half an hour on Friday.",
            EventKind.PHONE_CALL,
        ),
        ("The minister held a teleconference with his Chilean counterpart on Monday.", EventKind.PHONE_CALL),
        (
            "President Ana Ruiz held a teleconference with Prime Minister Tomas Berg on trade.",
            EventKind.PHONE_CALL,
        ),
        (
            "President Ana Ruiz held a teleconference with Prime Minister Tomas Berg and President Ivo"
            " Brand on trade.",
            EventKind.VIDEO_CALL,
        ),
        (
            "President Ana Ruiz held a video teleconference with Prime Minister Tomas Berg.",
            EventKind.VIDEO_CALL,
        ),
        (
            "President Ana Ruiz convened a teleconference with several heads of state on Friday.",
            EventKind.VIDEO_CALL,
        ),
    ],
)
def test_a_teleconference_with_one_person_is_a_phone_call(opening: str, kind: EventKind) -> None:
    """A teleconference held 'with' one person (named, a pronoun, 'his counterpart') and no one after is
    two sides on a line: a call (CONVENTIONS, a two-party teleconference); with several named, with a
    group, or by video it stays a video call."""
    assert event_kind(None, opening, Profile()) is kind


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "Secretary General Ana Ruiz met with Foreign Minister Tomas Berg and Defence Minister Ivo Brand"
            " on Monday to discuss the alliance.",
            EventKind.MEETING,
        ),
        ("Secretary General Ana Ruiz visited Oslo on 3 and 4 May.", EventKind.VISIT),
    ],
)
def test_a_visits_headline_over_an_opening_that_met_someone_is_a_meeting(
    opening: str, kind: EventKind
) -> None:
    """'X visits <Place>' over an opening whose own event is 'met with' is that meeting: the opening's
    encounter gives the kind before the headline; an opening that 'visited' the place stays the visit."""
    assert event_kind("Secretary General visits Oslo", opening, Profile()) is kind


def test_a_summit_two_leaders_would_have_is_announced_not_held() -> None:
    """'announced that A and B would have a virtual summit the following day' reports a plan: no event
    clause, so a page whose lead says only that is an announcement; 'would have' before a participle is
    left as it was."""
    assert (
        clause_tense("The ministry announced that A and B would have a virtual summit the following day.")
        is None
    )
    with pytest.raises(NotAReadoutError):
        _page(
            "Sylvanian and Chilean Presidents to hold virtual summit on Friday",
            "The Foreign Ministry of Sylvania announced on Thursday that President Ana Ruiz and her Chilean"
            " counterpart, Tomas Berg, would have a virtual summit the following day.",
            "The two leaders will review trade and health cooperation, the ministry said.",
        )
