"""Families of task fam97 (issue #8), each on invented text seen failing first on main 86ea1685."""

from __future__ import annotations

from tests.languages.en.layout_kit import text_page


def test_an_installations_words_are_nobody() -> None:
    """'… at Port Kell Naval Base in Sylvania' names a place: its last words ('Naval Base') read as
    the dialogue's only participant (a State Department family of the bulk sample), and the co-chairs
    of the sides were then not read."""
    readout = text_page(
        "Freedonia-Sylvania Maritime Dialogue",
        "The Government of Freedonia and the Government of Sylvania held a Maritime Dialogue at Port Kell "
        "Naval Base on June 3. The Freedonian side was led by Eko Tan, Director-General, Ministry of "
        "Foreign Affairs, while the Sylvanian side was led by Ana Ruiz, Deputy Assistant Secretary.",
        "The two sides discussed port security.",
    )
    names = [p.name for p in readout.event.participants]
    assert "Naval Base" not in names
    assert names == ["Eko Tan", "Ana Ruiz"]


def test_an_offices_cause_is_nobody() -> None:
    """'the Office of Knife Violence Prevention hosted …': the words of the office's cause are no
    person ('Gun Violence' was read as a participant on a White House page)."""
    readout = text_page(
        "Readout: Office of Knife Violence Prevention Hosts Briefing with Port Authorities",
        "On March 3, the Office of Knife Violence Prevention hosted a briefing with port authorities on "
        "storm readiness. The briefing was led by Deputy Director Eko Tan and Ana Ruiz, Special Assistant "
        "at the Department of Ports.",
        "Participants discussed the new warning system.",
    )
    assert [p.name for p in readout.event.participants] == ["Eko Tan", "Ana Ruiz"]


def test_the_other_sides_head_after_a_named_convener() -> None:
    """'Today, Adviser X convened the Group … The Sylvanian side was led by Minister Y': the opening
    names one side's person, the next sentence the other side's head, who was not read because the
    opening already named someone (a White House family of the bulk sample)."""
    readout = text_page(
        "Readout of the Freedonia-Sylvania Strategic Group",
        "Today, National Security Advisor Eko Tan convened the Freedonia-Sylvania Strategic Group to "
        "consult on port security. The Sylvanian side was led by Minister for Strategic Affairs Ana Ruiz "
        "and National Security Advisor Bo Lind. The discussion began in a small group format.",
        "The two sides agreed to meet again soon.",
    )
    names = [p.name for p in readout.event.participants]
    assert names[:2] == ["Eko Tan", "Ana Ruiz"]


def test_a_headlines_group_words_are_nobody() -> None:
    """'Call with Governors of Ports Impacted by Severe Weather', 'Meeting with Progressive Members of
    Congress': the words that name a group, a task force or what struck it are no person ('States
    Impacted', 'Severe Weather', 'Progressive Members' and 'Bipartisan Task' were read as
    participants on White House pages of the bulk sample)."""
    readout = text_page(
        "Readout of President Ruiz’s Call with Governors of Ports Impacted by Severe Weather",
        "President Ana Ruiz spoke with Harbour Governor Eko Tan to express her condolences for the damage "
        "caused by the storms overnight.",
        "The President asked what the port needs.",
    )
    names = [p.name for p in readout.event.participants]
    assert "Severe Weather" not in names and "Ports Impacted" not in names
    readout = text_page(
        "Readout of President Ruiz’s Meeting with Progressive Members of the Assembly",
        "This afternoon, President Ana Ruiz met with members of the Bipartisan Task Forces for Harbour "
        "Safety about the budget.",
        "The group discussed the budget.",
    )
    names = [p.name for p in readout.event.participants]
    assert "Progressive Members" not in names and "Bipartisan Task" not in names
