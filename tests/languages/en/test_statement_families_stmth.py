"""Statement families missed on new publishers' pages (issue #8: en-h, en-g, en-f), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.evaluate import speaker_name
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [
        (s.paragraph, speaker_name(readout, s), s.verb, " ".join(s.text.split()[:4]))
        for s in readout.statements
    ]


def test_verbs_of_credit_wish_belief_and_value_report_a_principal() -> None:
    """'attributed', 'wished', 'believes', 'ensured' each start a statement."""
    readout = _page(
        "Prime Minister Tomas Berg met President Ana Ruiz of Sylvania in Lima on Monday.",
        "Prime Minister Berg attributed the harbour's growth to the fishermen of the coast.",
        "President Ruiz wished Freedonia success in the coming season.",
        "The Prime Minister believes it is important for partners to support the harbour plan.",
        "President Ruiz ensured Sylvania's commitment to the fisheries agreement.",
        "President Ruiz also ensured the envoy of the Community's support for the harbour plan.",
    )
    expected = [
        (1, "Tomas Berg", "attributed", "the harbour's growth to"),
        (2, "Ana Ruiz", "wished", "Freedonia success in the"),
        (3, "Tomas Berg", "believes", "it is important for"),
        (4, "Ana Ruiz", "ensured", "Sylvania's commitment to the"),
        (5, "Ana Ruiz", "ensured", "the Community's support for"),
    ]
    assert expected == _said(readout)


def test_an_office_said_to_be_new_or_departing_is_its_holder() -> None:
    """'The departing High Commissioner assured …' is said by the High Commissioner."""
    readout = _page(
        "Foreign Minister Tomas Berg met outgoing Sylvanian High Commissioner Ana Ruiz at the ministry"
        " in Lima on Monday.",
        "The departing High Commissioner assured the minister to convey the proposals to her government.",
        "The newly appointed High Commissioner noted that the harbour plan was sound.",
        "The former Foreign Minister said that the harbour plan was late.",
    )
    expected = [
        (1, "Ana Ruiz", "assured", "the minister to convey"),
        (2, "Ana Ruiz", "noted", "the harbour plan was"),
    ]
    assert expected == _said(readout)


def test_a_plural_noun_in_reported_content_does_not_end_the_statement() -> None:
    """'share fundamental values and expressed …': 'values' is no verb, so 'expressed' starts a statement."""
    readout = _page(
        "Foreign Minister Tomas Berg held a telephone talk with Foreign Minister Ana Ruiz of Sylvania"
        " on Monday.",
        "Minister Berg stated that the two countries share fundamental values and expressed her intention"
        " to strengthen cooperation.",
    )
    expected = [
        (1, "Tomas Berg", "stated", "the two countries share"),
        (1, "Tomas Berg", "expressed", "her intention to strengthen"),
    ]
    assert expected == _said(readout)


def test_ensuring_after_a_clause_is_a_purpose_not_a_report() -> None:
    """'while ensuring complementarity', ', ensuring the devices are secure' report nothing."""
    readout = _page(
        "President Tomas Berg spoke today with President Ana Ruiz of Sylvania.",
        "The two leaders discussed efforts to enable a stronger defense while ensuring complementarity"
        " with the alliance.",
        "The two leaders welcomed the harbour plan, ensuring the ships of both countries are safe.",
    )
    expected = [(2, "both", "welcomed", "the harbour plan, ensuring")]
    assert expected == _said(readout)
