"""Families of misses found on real pages measured blind (benchmarks/real/en-d), each on invented text."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.model import Readout

_CALL = (
    "Chilean Foreign Minister Tomas Berg held a phone conversation with Peruvian Foreign Minister Ana Lopez."
)


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, " ".join(s.text.split()[:4])) for s in readout.statements]


def test_subject_and_his_counterpart_are_both_sides() -> None:
    """'X and his Peruvian counterpart Y on a phone conversation reviewed ...': X is a side too."""
    readout = _page(
        "Chile's Foreign Minister Tomas Ruiz-Berg and his Peruvian counterpart Ana Lopez on a phone "
        "conversation on Sunday reviewed bilateral ties.",
        "Ruiz-Berg, for his part, stressed the significance of trade.",
    )
    expected = (
        [("Tomas Ruiz-Berg", "CL"), ("Ana Lopez", "PE")],
        [(1, "tomas-ruiz-berg", "stressed", "the significance of trade.")],
    )
    assert expected == (_sides(readout), _said(readout))


def test_bare_ministers_are_both_sides() -> None:
    """'During the conversation, ministers ... noted X': a bare plural 'ministers' is both sides."""
    readout = _page(
        _CALL,
        "During the conversation, ministers exchanged views on other issues, and noted the importance "
        "of continuing contacts.",
    )
    expected = [(1, "both", "noted", "the importance of continuing")]
    assert expected == _said(readout)


def test_source_quoting_a_principal_as_saying() -> None:
    """'"...," the statement quoted Berg as saying': the quotation is Berg's, verb 'saying'."""
    readout = _page(_CALL, "\u201cI enjoyed the talks,\u201d the statement quoted Berg as saying.")
    expected = [(1, "tomas-berg", "saying", "\u201cI enjoyed the talks")]
    assert expected == _said(readout)


def test_date_in_an_agency_credit_is_not_the_event_date() -> None:
    """'Jeddah (Forum News - 13th September, 2021) ... on 9 September 2021 received a call': the 9th."""
    readout = _page(
        "Jeddah (Forum News - 13th September, 2021) The Chairperson of the Forum, Ana Lopez, on 9 September "
        "2021 received a telephone call from the Foreign Minister of Chile, Tomas Berg.",
        "Lopez congratulated Berg on his new position.",
    )
    expected = (dt.date(2021, 9, 9), "text")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_speaker_named_by_a_two_word_demonym_and_office() -> None:
    """'"...," the South African President said': of two presidents, the South African one."""
    readout = _page(
        "South African President Ana Lopez met with Chilean President Tomas Berg on Thursday.",
        "\u201cThank you for coming. I was very happy,\u201d the South African President said.",
    )
    expected = [(1, "ana-lopez", "said", "\u201cThank you for coming.")]
    assert expected == _said(readout)


def test_venue_in_the_first_sentence_of_the_next_paragraph() -> None:
    """'The meeting was held ... at the Grand Hotel in Valparaiso.' after the opening places the meeting."""
    readout = _page(
        "Chilean President Ana Lopez met with President Tomas Berg on Thursday.",
        "The meeting was held behind closed doors at the Grand Hotel in Valparaiso, the port city.",
        "The last summit was held in Lima.",
    )
    expected = "Valparaiso"
    assert expected == readout.event.location
