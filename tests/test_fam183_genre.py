"""Readout or not, and its kind: constructions the genre stage left (fam183, issue #8; each seen
failing first on main 64a47fc5). Every page here is written for the test."""

from __future__ import annotations

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.event import event_kind, past_clause
from readoutlib.model import EventKind


def _kind(sentence: str) -> EventKind:
    """The kind an opening sentence alone gives, under no headline."""
    return event_kind(None, sentence, Profile())


def test_consultations_between_leaders_underway_are_talks() -> None:
    """Consultations or negotiations the lead reports in progress are talks, not "other"."""
    assert (
        _kind("Consultations between the presidents of the two republics are currently underway.")
        is EventKind.TALKS
    )
    assert (
        _kind("The negotiations with the Sylvanian delegation are now under way in Port Tan.")
        is EventKind.TALKS
    )


def test_preparations_for_talks_underway_are_no_talks() -> None:
    """Preparations for talks under way report no talks held: the noun is no subject of its own."""
    assert (
        _kind("Preparations for the consultations between the two ministers are underway.") is EventKind.OTHER
    )
    assert _kind("Work on the consultations with the Sylvanian delegation is under way.") is EventKind.OTHER


def test_a_page_whose_lead_reports_consultations_underway_is_talks() -> None:
    page = (
        "Norland and Velor heads meet on the coast\n\n"
        "The Norland-Velor presidential consultations are taking on a new meaning, Norland President "
        "Ana Ruiz said on Monday. Consultations between the leaders of both states are currently "
        "underway.\n\n"
        "According to her office, the consultations between Ms Ruiz and her Velorian counterpart Eko Tan "
        "covered energy and trade.\n"
    )
    assert readoutlib.parse(page).event.kind is EventKind.TALKS


def test_a_guest_welcomed_on_a_courtesy_visit_was_met() -> None:
    """A host who welcomed a guest on a courtesy visit met the guest: a past clause."""
    assert past_clause("The Minister welcomed on Friday the Ambassador of Sylvania, on a courtesy visit.")
    assert past_clause("The Premier received the new High Commissioner for a farewell call.")
    assert past_clause("The Minister welcomed the decision to open a consulate on a courtesy basis.") is None


def test_a_discussion_whose_lead_tells_the_courtesy_visit_is_a_meeting() -> None:
    """ "X discussed with Y …" names no kind; the courtesy visit told below makes it a meeting."""
    page = (
        "Foreign Minister Ana Ruiz discussed on Tuesday with the Ambassador of Sylvania Eko Tan about the "
        "state of relations between the two countries.\n\n"
        "According to a release of the ministry, the Norland Minister welcomed on Tuesday the Ambassador "
        "of Sylvania, on a courtesy visit.\n\n"
        "The two officials also talked about trade between Norland and Sylvania.\n"
    )
    assert readoutlib.parse(page).event.kind is EventKind.MEETING
