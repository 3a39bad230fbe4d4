"""Families of attributed statements on en-aa after its blind run (round 83 of issue #8), invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout

_HEADLINE = "Freedonia and Sylvania review their harbour cooperation"
_LEAD = (
    "Freedonian Foreign Minister Ana Ruiz met Sylvanian Foreign Minister Tomas Berg in Port Avel on Tuesday"
    " to discuss the harbour project."
)


def _page(*body: str) -> Readout:
    return readoutlib.parse("\n\n".join((_HEADLINE, _LEAD, *body)) + "\n")


def _said(readout: Readout) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text.split()[0]) for s in readout.statements]


def test_the_sides_after_a_fronted_event_with_its_topic_speak() -> None:
    """'"During the discussion on the issues of the bilateral agenda the sides expressed mutual interest
    in …," the statement said.' (TASS on a Kremlin call, en-aa): the event phrase has a topic of its
    own before the subject and no comma, and the subject is still the sides; a name after such a
    phrase speaks too."""
    readout = _page(
        "\u201cDuring the discussion on the issues of the bilateral agenda the sides expressed mutual"
        " interest in further developing cooperation,\u201d the statement said.",
        "During the talks on the harbour project Berg stressed the need for new shipping routes.",
    )
    assert _said(readout) == [("both", "expressed", "mutual"), ("tomas-berg", "stressed", "the")]


def test_the_sides_named_by_their_demonyms_and_a_plural_office_speak_as_both() -> None:
    """'The Colombian and Venezuelan foreign ministers on Thursday agreed to invest …' (Colombia Reports,
    en-aa): two demonyms, each of one principal, before a plural office are both sides; a demonym of
    no principal's country names nobody."""
    lead = "Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Tomas Berg in Arica on Tuesday."
    body = "The Chilean and Peruvian foreign ministers on Thursday agreed to invest in their border region."
    readout = readoutlib.parse("\n\n".join(("Chile and Peru review their border", lead, body)) + "\n")
    assert _said(readout) == [("both", "agreed", "to")]
    other = body.replace("Peruvian", "Bolivian")
    readout = readoutlib.parse("\n\n".join(("Chile and Peru review their border", lead, other)) + "\n")
    assert _said(readout) == []


def test_an_impersonal_passive_with_its_agent_is_the_agents_statement() -> None:
    """'It was noted by both sides that the dialogue … was intensified' (Serbia's consulate, en-aa): the
    agent after "by" speaks, from "that"; with no agent ("It was noted that …") nobody does."""
    readout = _page("It was noted by both sides that the dialogue between the two states was intensified.")
    assert _said(readout) == [("both", "noted", "the")]
    readout = _page("It was also stressed by Minister Berg that the harbour would open next year.")
    assert _said(readout) == [("tomas-berg", "stressed", "the")]
    assert _said(_page("It was noted that the dialogue between the two states was intensified.")) == []


def test_a_book_or_gift_presented_is_no_report() -> None:
    """'… Minister Bogdan Aurescu presented a book on the history of diplomatic relations …' (Euro Weekly
    News, en-aa): an object handed over, like a gift presented to someone, reports nothing; a plan or
    findings presented still do."""
    assert _said(_page("Ruiz presented a book on the history of relations between the two countries.")) == []
    assert _said(_page("Berg presented the visitors a commemorative medal of the port.")) == []
    readout = _page("Ruiz presented the plan for a second harbour to the Sylvanian side.")
    assert _said(readout) == [("ana-ruiz", "presented", "the")]
