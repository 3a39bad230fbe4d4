"""Refusals and scope (fam102, issue #8): pages whose event is told below the lead, and pages that
read as readouts but report no encounter. Every page here is written for the test."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.event import find_opening, not_readout_reason

_LEAD = [
    "Ruritania on Wednesday promised to help Freedonia join the regional trade forum.",
    '"We will back their bid at the forum," Jan Novak, spokesman at the Ministry of Foreign Affairs,'
    " told reporters.",
]


def _reason(title: str, paragraphs: list[str]) -> str | None:
    profile = Profile()
    return not_readout_reason(title, paragraphs, find_opening(paragraphs, profile), profile)


@pytest.mark.parametrize(
    "third",
    [
        "Novak made these remarks right after Karel Dvorak, the foreign minister, met with the Freedonian"
        " Ambassador Rufus Firefly.",
        "The ministry said in a statement after Foreign Minister Karel Dvorak held talks with Freedonian"
        " Ambassador Rufus Firefly.",
        "Novak gave the comments shortly after Karel Dvorak met Freedonian Ambassador Rufus Firefly"
        " at the ministry.",
    ],
)
def test_remarks_placed_at_an_encounter_below_the_lead_report_it(third: str) -> None:
    """A third paragraph placing the lead's remarks at an encounter reports that encounter."""
    assert _reason("Ruritania backs Freedonia bid", [*_LEAD, third]) is None


def test_an_encounter_told_only_below_the_lead_without_the_tie_is_still_refused() -> None:
    """Without the remarks placed at it, an encounter three paragraphs down is background."""
    third = "Last month Karel Dvorak met with the Freedonian Ambassador Rufus Firefly."
    assert _reason("Ruritania backs Freedonia bid", [*_LEAD, third]) == (
        "the title reports no event and the lead reports none either"
    )


def _parse(text: str) -> readoutlib.Readout | str:
    try:
        return readoutlib.parse(text)
    except readoutlib.NotAReadoutError as exc:
        return str(exc)


_VISIT = (
    "Chair of the Union pays a working visit to the Union Commission\n\n"
    "Port Lumen, March 3, 2031\n\n"
    "President Amara Velde, Chair of the Assembly of the Coastal Union, paid a working visit to the"
    " Coastal Union Commission headquarters in Port Lumen today.\n\n"
)


@pytest.mark.parametrize(
    "second",
    [
        "President Velde was briefed by Dr. Tomas Okoro, President of the Union Commission,"
        " on its programmes.",
        "He was warmly welcomed by Dr. Tomas Okoro, President of the Union Commission.",
    ],
)
def test_a_visits_host_named_by_a_passive_in_the_next_sentence_is_its_counterpart(second: str) -> None:
    """A visit's opening names the traveller alone; the next sentence's passive names the host."""
    readout = _parse(_VISIT + second + "\n\nThe two discussed the Union's budget.\n")
    assert not isinstance(readout, str), readout
    assert [p.name for p in readout.event.participants] == ["Amara Velde", "Tomas Okoro"]


def test_a_passive_whose_subject_is_not_the_traveller_names_no_host() -> None:
    """A plan welcomed by someone is no host of the visit: its agent is not a side."""
    second = "The new budget plan was welcomed by Dr. Tomas Okoro, President of the Union Commission."
    readout = _parse(_VISIT + second + "\n")
    names = [] if isinstance(readout, str) else [p.name for p in readout.event.participants]
    assert "Tomas Okoro" not in names


def test_a_single_talk_announced_with_will_have_is_no_report() -> None:
    """ "Will have a special talk with" announces the talk as "will have talks with" does: a trip
    announcement, not a call or meeting held."""
    paragraphs = [
        "Foreign Minister Karel Dvorak on Tuesday left for Lumen to attend the annual assembly."
        " He will have a special talk with Secretary of State Ana Ruiz to strengthen cooperation,"
        " the ministry said.",
        "He will return home next week.",
    ]
    assert _reason("Written by the news desk, 22 May 2031", paragraphs) == (
        "the opening announces a future event instead of reporting one"
    )


def test_a_page_without_a_title_whose_event_is_told_far_below_an_invitation_is_refused() -> None:
    """No headline, a lead reporting an invitation and its plans, and an encounter only as history
    five paragraphs down: not a readout."""
    paragraphs = [
        "President Ana Ruiz has invited the leaders of Freedonia and Sylvania to Lumen"
        " to discuss the border.",
        "The spokeswoman of the foreign ministry confirmed the invitation on Monday.",
        "Preparations for the summit are ongoing, its date to be announced in due course.",
        "The summit might take place at the end of the month, most likely in Port Tan.",
        "The last summit of the three countries took place in November last year, also in Port Tan.",
    ]
    assert (
        _reason("", paragraphs) == "the page has no title and its lead reports no event, only one long past"
    )
    assert _reason("", paragraphs[-1:]) is None


def test_a_principals_own_clause_under_a_pronoun_tag_is_theirs() -> None:
    """ "X also invited Y to visit, he added.": X's invitation, at "invited", as without the tag."""
    page = (
        "Ruritania backs Freedonia bid\n\nWednesday, April 22, 2009\n\nKarel Dvorak, the minister of Foreign"
        " Affairs, met with Freedonian Ambassador Rufus Firefly on Wednesday.\n\nDvorak also invited the"
        " Freedonian foreign minister to visit Ruritania at a suitable time, he added.\n"
    )
    readout = _parse(page)
    assert not isinstance(readout, str), readout
    assert [(s.verb, s.text[:28]) for s in readout.statements] == [
        ("invited", "the Freedonian foreign minis")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dvorak served as ambassador in Freedonia many years ago, he said.",
        "They are deep ties, so Freedonia will always find support here, he stated.",
    ],
)
def test_a_pronoun_tag_still_reports_a_sentence_with_no_reporting_verb_of_its_own(sentence: str) -> None:
    """A sentence whose own subject reports nothing (a fact, a pronoun) stays the tag's report."""
    page = (
        "Ruritania backs Freedonia bid\n\nWednesday, April 22, 2009\n\nKarel Dvorak, the minister of Foreign"
        " Affairs, met with Freedonian Ambassador Rufus Firefly on Wednesday.\n\n" + sentence + "\n"
    )
    readout = _parse(page)
    assert not isinstance(readout, str), readout
    assert [s.verb for s in readout.statements] == [sentence.rstrip(".").rsplit(" ", 1)[-1]]
