"""Statement families of task fam144 (issue #8): a person welcomed is a greeting wherever it stands
(benchmarks/real/CONVENTIONS.md, fam144). Invented pages, each seen failing first on main f7495b21."""

from __future__ import annotations

import readoutlib

_LEAD = (
    "Freedonian Minister meets Sylvanian Minister\n\n"
    "Foreign Minister Eko Tan of Freedonia met Foreign Minister Ana Ruiz of Sylvania in Port Lark on "
    "Monday.\n\n"
)


def _statements(text: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements]


def test_a_guest_welcomed_to_a_place_below_the_lead_is_no_statement() -> None:
    """'welcomed the Minister to the Palace and said …' below the lead: the welcome greets, the
    saying reports; a visit or a decision welcomed still reports."""
    text = (
        _LEAD + "Minister Tan welcomed the Sylvanian Minister to the Blue Palace and said the ferry talks"
        " were timely.\n\n"
        "Minister Ruiz welcomed Freedonia’s decision to reopen the harbour to fishing boats.\n"
    )
    assert _statements(text) == [
        (1, "eko-tan", "said", "the ferry talks were tim"),
        (2, "ana-ruiz", "welcomed", "Freedonia’s decision to "),
    ]


def test_an_office_welcomed_then_a_coordinated_report_is_the_report_only() -> None:
    """'welcomed the Foreign Minister, and noted that …': the office names the guest greeted; the
    noting reports. 'welcomed the Freedonian proposal and noted …' welcomes content."""
    text = (
        _LEAD + "Minister Tan welcomed the Foreign Minister, and noted that this was her first visit to the"
        " islands.\n\n"
        "Minister Ruiz welcomed the Freedonian proposal and noted that the ferry line could open soon.\n"
    )
    assert _statements(text) == [
        (1, "eko-tan", "noted", "this was her first visit"),
        (2, "ana-ruiz", "welcomed", "the Freedonian proposal"),
        (2, "ana-ruiz", "noted", "the ferry line could ope"),
    ]


def test_a_warm_welcome_extended_to_the_guest_below_the_lead_is_no_statement() -> None:
    """'extended a warm welcome to the Minister on her first visit and conveyed that …': the welcome
    greets wherever it stands; the conveying reports."""
    text = (
        _LEAD + "Minister Tan extended a warm welcome to the Minister on her first visit to Freedonia and"
        " conveyed that such visits help both countries.\n"
    )
    assert _statements(text) == [(1, "eko-tan", "conveyed", "such visits help both co")]


def test_a_caption_placing_people_left_or_right_is_no_paragraph() -> None:
    """'X (R) shakes hands with Y' with no sentence end, between the lead and the body, is a photo
    caption: no paragraph, so the statements below keep their places. A sentence with a retired rank
    '(R)' ending in a full stop stays a paragraph."""
    text = (
        "Freedonian Minister meets Sylvanian Minister\n\n"
        "Foreign Minister Eko Tan of Freedonia on Monday held talks with Foreign Minister Ana Ruiz of"
        " Sylvania, who is on a visit to Port Lark.\n\n"
        "Foreign Minister Eko Tan (R) shakes hands with Sylvanian Foreign Minister Ana Ruiz\n\n"
        "Minister Tan said the ferry line would open in spring.\n\n"
        "Minister Ruiz met Colonel (R) Tomas Berg at the harbour. She said the quay was ready.\n"
    )
    readout = readoutlib.parse(text)
    assert [(s.paragraph, s.speaker, s.verb) for s in readout.statements] == [
        (1, "eko-tan", "said"),
        (2, "ana-ruiz", "said"),
    ]


def test_a_present_tense_caption_between_paragraphs_is_no_paragraph() -> None:
    """'X meets with the Prime Minister of Y, Z' with no sentence end, below the lead, is a photo
    caption (a long one, past the heading's eight words): the statements below keep their places."""
    text = (
        "Secretary General discusses security with Sylvanian Prime Minister\n\n"
        "Harbour Council Secretary General Eko Tan and Sylvanian Prime Minister Ana Ruiz discussed"
        " security in a meeting on Thursday.\n\n"
        "Harbour Council Secretary General Eko Tan meets with the Prime Minister of the Republic of"
        " Sylvania, Ana Ruiz\n\n"
        "Mr. Tan thanked Prime Minister Ruiz for her country’s support.\n"
    )
    readout = readoutlib.parse(text)
    assert [(s.paragraph, s.speaker, s.verb) for s in readout.statements] == [(1, "eko-tan", "thanked")]


def test_the_person_briefed_may_carry_a_dotted_style() -> None:
    """'informed H.E. X of his plan …' starts at 'his plan', as 'informed Minister X of …' does: the
    style's full stops end no sentence."""
    text = _LEAD + "Moreover, Minister Tan informed H.E. Ana Ruiz of his plan to reopen the harbour.\n"
    assert _statements(text) == [(1, "eko-tan", "informed", "his plan to reopen the h")]


def test_an_editors_note_announcing_a_press_release_is_no_paragraph() -> None:
    """'The following is a press release dated Nov. 17.' above the lead is the site's note, no body
    paragraph: the lead stays paragraph 0."""
    text = (
        "Freedonian and Sylvanian ministers meet for talks\n\n"
        "The following is a press release dated Nov. 17.\n\n"
        "Foreign Minister Eko Tan of Freedonia held a meeting with Foreign Minister Ana Ruiz of Sylvania"
        " in Port Lark on November 15.\n\n"
        "The two Foreign Ministers agreed to open a ferry line.\n"
    )
    assert _statements(text) == [(1, "both", "agreed", "to open a ferry line.")]
