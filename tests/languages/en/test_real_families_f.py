"""Families of misses found on real pages in round 4 of issue #8 (en-c, en-d, en-e), each on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, " ".join(s.text.split()[:4])) for s in readout.statements]


def test_a_participle_after_a_topic_clause_reports_for_its_subject() -> None:
    """'discussed X, stressing Y': the participle's subject is the clause's principal: a statement."""
    readout = _page(
        "Premier speaks with President",
        "Premier Ana Ruiz of Spain held a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "The two sides discussed the harvest, stressing the value of their joint fisheries plan.",
        "Ruiz referred to the last summit in Lisbon, expressing hope that the river treaty will be signed.",
    )
    expected = [
        (1, "both", "stressing", "the value of their"),
        (2, "ana-ruiz", "expressing", "hope that the river"),
    ]
    assert expected == _said(readout)


def test_a_participle_after_a_reporting_clause_stays_nested() -> None:
    """'welcomed X, noting Y': the participle hangs on a report, so the sentence is one statement."""
    readout = _page(
        "Premier speaks with President",
        "Premier Ana Ruiz of Spain held a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "Berg welcomed the new ferry line, noting that it had doubled the trade in fruit.",
    )
    expected = [(1, "tomas-berg", "welcomed", "the new ferry line,")]
    assert expected == _said(readout)


def test_stressed_on_keeps_its_preposition_but_not_before_a_date() -> None:
    """'stressed on the need' governs its 'on'; in 'agreed on Monday that' the 'on' only dates the clause."""
    readout = _page(
        "Premier speaks with President",
        "Premier Ana Ruiz of Spain held a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "Ruiz stressed on the need for calm at the border.",
        "Berg agreed on Monday that the ferry timetable would change.",
    )
    expected = [
        (1, "ana-ruiz", "stressed on", "the need for calm"),
        (2, "tomas-berg", "agreed", "the ferry timetable would"),
    ]
    assert expected == _said(readout)


def test_a_participle_set_off_after_the_subject_and_a_gerund_in_a_topic_list_make_no_statement() -> None:
    """'Berg, noting X, said Y' is one statement, at 'said'; 'discussed A, B, maintaining C, and D' lists."""
    readout = _page(
        "Premier speaks with President",
        "Premier Ana Ruiz of Spain held a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "Berg, noting that the river had flooded, said the ferry would run again in May.",
        "The two sides discussed the harvest, the ferry, maintaining the old bridge, and the fishing quotas.",
    )
    expected = [(1, "tomas-berg", "said", "the ferry would run")]
    assert expected == _said(readout)


def test_a_principals_clause_inside_a_sources_report_is_a_statement() -> None:
    """'The spokesperson said (that) Ruiz described X': the principal's clause is the statement."""
    readout = _page(
        "Premier speaks with President",
        "Premier Ana Ruiz of Spain held a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "A statement by the ministry said Ruiz described the new ferry as a great step.",
        "Spokesperson Lena Holm also stressed that the two leaders reiterated their support for the treaty.",
        "Ruiz said that Berg agreed to come in May.",
    )
    expected = [
        (1, "ana-ruiz", "described", "the new ferry as"),
        (2, "both", "reiterated", "their support for the"),
        (3, "ana-ruiz", "said", "Berg agreed to come"),
    ]
    assert expected == _said(readout)


def test_shared_before_the_noun_it_qualifies_is_no_verb() -> None:
    """'security and shared prosperity' holds no report; 'and shared concerns about' still reports."""
    readout = _page(
        "Premier speaks with President",
        "Premier Ana Ruiz of Spain held a phone call with President Tomas Berg of Portugal on 3 March 2023.",
        "Ruiz and Berg discussed the need to strengthen economic security and shared prosperity in Iberia.",
        "Berg welcomed the plan and shared concerns about the dam.",
    )
    expected = [
        (2, "tomas-berg", "welcomed", "the plan"),
        (2, "tomas-berg", "shared", "concerns about the dam."),
    ]
    assert expected == _said(readout)


def test_a_principals_title_in_lowercase_and_a_second_office_after_and() -> None:
    """'Portugal's deputy prime minister and minister of foreign affairs' is Berg, his title in lowercase."""
    readout = _page(
        "Minister speaks with Deputy Prime Minister",
        "Spanish Foreign Minister Ana Ruiz held a phone call with Portugal Deputy Prime Minister Tomas Berg "
        "on 3 March 2023.",
        "Portugal’s deputy prime minister and minister of foreign affairs said the bridge was safe.",
        "The deputy prime minister stressed that the ferry would run in May.",
    )
    expected = [
        (1, "tomas-berg", "said", "the bridge was safe."),
        (2, "tomas-berg", "stressed", "the ferry would run"),
    ]
    assert expected == _said(readout)


def test_the_head_of_state_on_a_page_that_gives_no_titles_is_the_principal_last_named() -> None:
    """'The head of state also invited …' where no principal has a title: the one last named alone."""
    readout = _page(
        "Leaders speak by phone",
        "A telephone conversation took place today between the heads of Spain and Portugal.",
        "During the conversation, Ana Ruiz congratulated Tomas Berg on his birthday.",
        "The head of state also invited Tomas Berg to pay a state visit to Spain.",
    )
    expected = [
        (1, "ana-ruiz", "congratulated", "Tomas Berg on his"),
        (2, "ana-ruiz", "invited", "Tomas Berg to pay"),
    ]
    assert expected == _said(readout)


def test_a_statement_that_reads_that_the_principals_agreed_is_their_statement() -> None:
    """'A ministry statement reads that the ministers “agreed that …”': a source; the agreement is theirs."""
    readout = _page(
        "Ministers meet",
        "Spanish Foreign Minister Ana Ruiz met Portuguese Foreign Minister Tomas Berg in Lisbon on 3 March "
        "2023.",
        "A ministry statement reads that the ministers “agreed that a summit will be held in May.”",
        "Ruiz read the letter of the fishermen aloud.",
    )
    expected = [(1, "both", "agreed", "a summit will be")]
    assert expected == _said(readout)
