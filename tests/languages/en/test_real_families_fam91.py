"""Refusals and kinds after the blind run of en-ad, en-ae and en-af (issue #8, round 91), invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_host_who_received_his_guests_in_his_office_reports_a_meeting() -> None:
    """A host "received in his office today Ambassador X" is the host's account of an audience, as "received
    in the Kremlin X" and "received here today X" are (it was refused: no past-tense report)."""
    readout = _page(
        "Foreign Minister receives the new envoys of Sylvania and Freedonia",
        "The Foreign Minister, Ambassador Tomas Berg, received in his office today Ambassador Ana Ruiz, the"
        " new ambassador of Sylvania, and Ambassador Karl Lund, the new ambassador of Freedonia.",
        "The Minister called for closer ties with both countries.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_host_who_received_a_guest_at_her_office_reports_a_meeting() -> None:
    """The same with "at her office" and no time."""
    readout = _page(
        "Speaker receives envoy",
        "Speaker Ana Ruiz received at her office Ambassador Karl Lund of Freedonia.",
        "The two discussed trade between their parliaments.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_minister_who_discussed_with_a_delegation_led_by_a_named_envoy_reports_the_event() -> None:
    """A minister who "discussed with a delegation led by <titled name>" reports an encounter, as
    "discussed ... with <Name>" does (it was refused: "with a" is no capitalised counterpart). Its kind
    stays what such a sentence names, none (docs/languages.md, "Kinds": `other`)."""
    readout = _page(
        "Berg discusses with Sylvanian envoy",
        "(Port Tan, March 3)--Foreign Minister Tomas Berg discussed here on Sunday with a delegation led by"
        " Sylvanian Ambassador to the United Nations Ana Ruiz.",
        "Berg said relations between the two countries would grow stronger.",
    )
    assert "Ana Ruiz" in {person.name for person in readout.event.participants}


def test_a_topic_discussed_with_a_delegation_of_journalists_reports_no_event() -> None:
    """Still no counterpart in a lowercase group with no one leading it."""
    readout_text = (
        "Minister at forum\n\n"
        "The Minister said reforms would continue. He discussed the budget with a group of students.\n"
    )
    try:
        readoutlib.parse(readout_text)
    except readoutlib.NotAReadoutError:
        return
    raise AssertionError("read as a readout")


def test_a_visit_paid_to_an_office_holder_is_a_meeting() -> None:
    """A guest who "paid a visit to Prime Minister X" calls on a person, as a courtesy visit does: a
    meeting, not a trip (it was read as a visit)."""
    readout = _page(
        "Freedonian Ambassador Calls on Prime Minister",
        "At the Prime Minister's Office, Freedonian Ambassador Karl Lund paid a visit to Prime Minister"
        " Ana Ruiz.",
        "The Prime Minister thanked the Freedonian leadership for its greetings.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_visit_paid_to_a_country_stays_a_visit() -> None:
    """A visit paid to a place is still the trip."""
    readout = _page(
        "Prime Minister in Freedonia",
        "Prime Minister Ana Ruiz paid a visit to Freedonia, where she met President Karl Lund.",
    )
    assert readout.event.kind is EventKind.VISIT
