"""Statement families of fam152 (issue #8), on invented text: the person addressed before the content."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _said(readout: Readout) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text.rstrip(". ")) for s in readout.statements]


def test_a_named_principal_addressed_before_bare_content_is_passed() -> None:
    """'conveyed to <principal> warm greetings from Y': the content starts after the person addressed
    even when it opens with no article."""
    readout = _page(
        "Foreign Minister Tomas Berg met with President Ana Ruiz of Freedonia in Harbourtown on Monday.",
        "Tomas Berg conveyed to Ana Ruiz warm greetings from the King of Sylvania.",
    )
    expected = [("tomas-berg", "conveyed", "warm greetings from the King of Sylvania")]
    assert expected == _said(readout)


def test_a_principal_addressed_by_office_and_name_before_capitalised_content_is_passed() -> None:
    """'relayed to Prime Minister X Her Majesty's wishes': the person addressed is the office and name
    that name a principal; the content starts at the next capitalised word."""
    readout = _page(
        "High Commissioner Tomas Berg paid a courtesy call on Prime Minister Ana Ruiz of Freedonia on"
        " Monday.",
        "Mr Berg relayed to Prime Minister Ruiz Her Majesty's good wishes for the jubilee year.",
    )
    expected = [("tomas-berg", "relayed", "Her Majesty's good wishes for the jubilee year")]
    assert expected == _said(readout)


def test_someone_addressed_who_is_no_principal_stays_in_the_content() -> None:
    """'conveyed to <someone else> …': a person who is not a principal is not passed over."""
    readout = _page(
        "Foreign Minister Tomas Berg met with President Ana Ruiz of Freedonia in Harbourtown on Monday.",
        "Tomas Berg conveyed to Sylvanian Farmers warm greetings from the harvest fair.",
    )
    assert [s.text for s in readout.statements if s.verb == "conveyed"] != [
        "warm greetings from the harvest fair."
    ]


def test_an_office_written_as_its_initials_is_its_holder() -> None:
    """'COAS thanked …' on a page whose principal is the Chief of Army Staff: the initials of a
    principal's title name that principal."""
    readout = _page(
        "General Tomas Berg, Chief of Army Staff, met Admiral Ana Ruiz, Commander of the Freedonian Navy,"
        " in Harbourtown on Monday.",
        "COAS thanked the Admiral for the navy's help after the floods.",
    )
    expected = [("tomas-berg", "thanked", "the Admiral for the navy's help after the floods")]
    assert expected == _said(readout)


def test_a_country_written_short_is_no_office_of_initials() -> None:
    """'The US welcomed …': a country's short name speaks for no principal, even one whose title has
    those initials (an Under Secretary)."""
    readout = _page(
        "Under Secretary Tomas Berg met with Foreign Minister Ana Ruiz of Freedonia in Harbourtown on"
        " Monday.",
        "The US welcomed the reopening of the harbour.",
    )
    assert not [s for s in readout.statements if s.paragraph == 1]


def test_a_closing_tell_clause_ending_on_the_person_addressed_reports_the_sentence_before() -> None:
    """'<content>, Berg told Ruiz.': the tag closes the sentence on the principal addressed; the
    report is what precedes the comma, not the name after 'told'."""
    readout = _page(
        "Foreign Minister Tomas Berg met with President Ana Ruiz of Freedonia in Harbourtown on Monday.",
        "Sylvania is ready to reopen the northern ferry line before the summer, Berg told Ruiz.",
    )
    expected = [
        ("tomas-berg", "told", "Sylvania is ready to reopen the northern ferry line before the summer")
    ]
    assert expected == _said(readout)


def test_a_style_with_full_stops_after_a_tell_verb_is_no_closing_addressee() -> None:
    """'Moreover, he informed H.E. Ana Ruiz of Y.': the style's full stop ends no sentence; the report
    is Y, after the person informed."""
    readout = _page(
        "Foreign Minister Tomas Berg met with President Ana Ruiz of Freedonia in Harbourtown on Monday.",
        "On trade, Berg said that the ferry would run again. Moreover, he informed H.E. Ana Ruiz of his plan"
        " to open a second port.",
    )
    assert ("tomas-berg", "informed", "his plan to open a second port") in _said(readout)
