"""Families of misses found on real pages in round 6 of issue #8 (en-g, its bulk check), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout

_LEAD = "President Tomas Berg of Portugal held a call with Prime Minister Ana Ruiz of Spain on 3 March 2023."


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _whole(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_a_fronted_subordinate_clause_is_no_report_and_ends_the_statement_before() -> None:
    """'As he had relayed to the mayors, Berg conveyed …': the statement before ends at its full stop."""
    readout = _page(
        "President speaks with Prime Minister",
        _LEAD,
        "Berg noted the ferry would run in May. As he had relayed to the mayors, Berg conveyed to Ruiz"
        " that the port must stay open.",
        "Ruiz thanked Berg for the call. Since the mayors had asked for it, Ruiz invited Berg to Madrid.",
    )
    expected = [
        (1, "tomas-berg", "noted", "the ferry would run in May."),
        (1, "tomas-berg", "conveyed", "the port must stay open."),
        (2, "ana-ruiz", "thanked", "Berg for the call."),
        (2, "ana-ruiz", "invited", "Berg to Madrid."),
    ]
    assert expected == _whole(readout)


def test_he_without_its_last_full_stop_is_a_style() -> None:
    """'H.E Ana Ruiz' names the principal Ana Ruiz, in the participants and as a speaker."""
    readout = _page(
        "Berg meets Ruiz",
        "President Tomas Berg of Portugal held a meeting with the Spanish Ambassador, H.E Ana Ruiz, in Lisbon"
        " on 3 March 2023.",
        "H.E Ana Ruiz conveyed her thanks for the invitation.",
    )
    expected = (["Tomas Berg", "Ana Ruiz"], [(1, "ana-ruiz", "conveyed", "her thanks for the invitation.")])
    assert expected == ([p.name for p in readout.event.participants], _whole(readout))


def test_the_head_of_our_state_and_the_pms() -> None:
    """'The head of our state pointed to …' is the head of state; 'The PMs also said …' is both sides."""
    readout = _page(
        "President speaks with Prime Minister",
        _LEAD,
        "The head of our state pointed to the priority of the ferry."
        " The PMs also said that the port would open.",
    )
    expected = [
        (1, "tomas-berg", "pointed to", "the priority of the ferry."),
        (1, "both", "said", "the port would open."),
    ]
    assert expected == _whole(readout)


def test_a_counterpart_joined_without_his_or_after_a_comma_is_the_second_principal() -> None:
    """'Berg and Spanish counterpart Ruiz', 'Berg and his Spanish counterpart, Ruiz': both are principals."""
    names = []
    for lead in (
        "Prime Minister Tomas Berg and Spanish counterpart Ana Ruiz held discussions at a bilateral meeting.",
        "President Tomas Berg and his Spanish counterpart, Ana Ruiz have today met and held discussions.",
    ):
        readout = _page(lead, "They agreed that the ferry would run.")
        names.append([(p.name, p.country) for p in readout.event.participants])
    expected = [[("Tomas Berg", None), ("Ana Ruiz", "ES")]] * 2
    assert expected == names


def test_a_counterpart_named_after_a_comma_and_a_style_keeps_a_demonym_of_two_words() -> None:
    """'his South African counterpart, H.E Ana Ruiz' is South African (ZA), as is one without a comma."""
    readout = _page(
        "President Tomas Berg and his South African counterpart, H.E Ana Ruiz have today met and held talks.",
        "They agreed that the ferry would run.",
    )
    expected = [("Tomas Berg", None), ("Ana Ruiz", "ZA")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_a_declaration_named_after_its_verb_is_the_source() -> None:
    """'“…, Berg and Ruiz expressed their trust that …”, says the Prime Minister’s declaration.' is theirs."""
    readout = _page(
        "President speaks with Prime Minister",
        _LEAD,
        "“Berg and Ruiz expressed their trust that the ferry would run”,"
        " says the Prime Minister’s declaration.",
    )
    expected = [(1, "both", "expressed", "their trust that the ferry would run")]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_as_a_principal_noted_still_reports_and_a_noted_statement_is_no_source() -> None:
    """'As Ruiz noted, X' and 'As Ruiz said earlier, X' report X; so does 'noted the Minister’s statement'."""
    readout = _page(
        "President speaks with Prime Minister",
        _LEAD,
        "Berg thanked Ruiz for the call. As Ruiz noted, the port will open in May.",
        "Berg noted the Foreign Minister’s statement that the port would open.",
        "As Ruiz said earlier, the bridge is safe.",
    )
    expected = [
        (1, "tomas-berg", "thanked", "Ruiz for the call."),
        (1, "ana-ruiz", "noted", "the port will open in May."),
        (2, "tomas-berg", "noted", "the Foreign Minister’s statement that the port would open."),
    ]
    assert expected == [w for w in _whole(readout) if w[0] < 3]
    # where "said earlier" starts its content is not this rule's: only that it is Ruiz's report
    later = [(3, "ana-ruiz", "said")]
    assert later == [(s.paragraph, s.speaker, s.verb) for s in readout.statements[3:]]
