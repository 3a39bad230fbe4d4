"""Refusals and kinds left on en-ad, en-ae and en-af after round 91 (issue #8, round 98), invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_host_who_welcomed_an_envoy_of_a_head_of_state_reports_a_meeting() -> None:
    """A host who "welcomed envoy of <Head of State>" (the article left out, a wire's style) received the
    envoy: that audience is the page's event, not a call the same heads had held days before (it was read
    as that earlier call, the only event clause the page had)."""
    readout = _page(
        "Sylvania's president receives Freedonian envoy",
        "Sylvania's new president Ana Ruiz on Tuesday welcomed envoy of Freedonian President Karl Lund,"
        " Minister of State Affairs Tomas Berg.",
        "President Karl Lund had called President Ruiz by telephone hours after her election, and"
        " congratulated her.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_an_envoy_welcomed_in_the_lead_is_the_guest_not_a_statement() -> None:
    """The envoy welcomed in the lead is the meeting's guest, no statement of the host's (as "welcomed X to
    <place>" is not)."""
    readout = _page(
        "Sylvania's president receives Freedonian envoy",
        "Sylvania's new president Ana Ruiz on Tuesday welcomed envoy of Freedonian President Karl Lund,"
        " Minister of State Affairs Tomas Berg.",
        "The meeting was attended by the Freedonian ambassador.",
    )
    assert not any(s.verb == "welcomed" for s in readout.statements)


def test_a_host_who_received_the_special_emissary_of_a_king_reports_a_meeting() -> None:
    """The same with the article and an adjective ("received the special emissary of King X")."""
    readout = _page(
        "Premier meets royal emissary",
        "Premier Tomas Berg on Friday received the special emissary of King Karl of Freedonia.",
        "The two discussed the harbour agreement.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_decision_of_an_envoy_welcomed_is_no_encounter() -> None:
    """Still no event where what is welcomed is an envoy's appointment, not the envoy."""
    text = (
        "Council statement\n\nThe Council welcomed the appointment of a new envoy of the Secretary-General.\n"
    )
    try:
        readoutlib.parse(text)
    except readoutlib.NotAReadoutError:
        return
    raise AssertionError("read as a readout")


def test_a_headline_trilateral_meet_is_a_meeting() -> None:
    """A news headline's noun "meet" after "trilateral" or "bilateral" (Indian English: "4th trilateral meet
    aims for …") names the meeting the body reports; the page was refused (no event in the title)."""
    readout = _page(
        "5th trilateral meet aims for a calmer harbour: Freedonia",
        "A calmer harbour was in focus during the fifth Freedonia-Sylvania-Ruritania trilateral, the"
        " Freedonian government said on Tuesday.",
        "The diplomats of the three countries agreed to continue work together, spokesperson Ana Ruiz told"
        " reporters. The Sylvanian delegation was led by Tomas Berg and Karl Lund represented Ruritania.",
        '"They met to discuss shipping and the harbour," Ruiz said.',
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_verb_meet_after_an_adverb_names_no_meeting() -> None:
    """The verb stays a verb: "leaders to meet" and "will first meet" name no meeting held."""
    from readoutlib.languages.en import event

    assert not event.has_event_words("Leaders will first meet in Port Tan next week")
    assert event.kind_of("The leaders will first meet in Port Tan") is not EventKind.MEETING


def test_an_agreement_to_hold_a_later_summit_does_not_make_a_readout_a_preview() -> None:
    """Ministers who "on Monday agreed that their countries will hold a summit" report their own meeting:
    the later summit is what they agreed on (the page was refused as announcing a future event)."""
    readout = _page(
        "Three ministers agree on leaders' summit",
        "PORT TAN: The foreign ministers of Freedonia, Sylvania and Ruritania on Monday agreed that their"
        " countries will hold a trilateral summit by the end of this year.",
        "In their meeting held in Port Tan, Ministers Ana Ruiz, Tomas Berg and Karl Lund confirmed that"
        " cooperation has advanced.",
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_plan_announced_to_hold_a_summit_stays_a_preview() -> None:
    """Still a preview where someone "announced that" they will hold it, or the lead says they will."""
    from readoutlib.languages.en import event

    assert event.clause_tense("The two leaders will hold a summit next week.") == "future"
    announced = "The ministry announced that the two leaders will hold talks in May."
    assert event.clause_tense(announced) == "future"
