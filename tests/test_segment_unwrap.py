"""Hard-wrapped press releases (an e-mailed release copied line by line, issue #12 batch 10: Scoop's copy of a
New Zealand release): the wrapped lines are read as the paragraphs they break, on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.segment.wrap import unwrap

_WRAPPED = [
    "PM Ruiz Call With President Berg",
    "Friday, 16 July 2031, 1:24 pm",
    "Press Release: Freedonian Government",
    "Prime Minister Ana Ruiz spoke with Ruritanian President",
    "Tomas Berg this morning, ahead of the regional leaders’",
    "Retreat on fisheries.",
    "“President Berg and I",
    "discussed the forthcoming summit and the importance of",
    "working together as a region on the fishing grounds”, Ana",
    "Ruiz said.",
    "“We also discussed the stability of the",
    "Northern Sea. Freedonia and Ruritania share many common",
    "interests, including a commitment to open sea lanes.",
    "“I",
    "thanked the President for his country joining the Harbour",
    "Pact,” Ana Ruiz said.",
]


def test_hard_wrapped_lines_are_joined_into_their_sentences() -> None:
    expected = [
        "PM Ruiz Call With President Berg",
        "Friday, 16 July 2031, 1:24 pm",
        "Press Release: Freedonian Government",
        "Prime Minister Ana Ruiz spoke with Ruritanian President Tomas Berg this morning, ahead of the"
        " regional leaders’ Retreat on fisheries.",
        "“President Berg and I discussed the forthcoming summit and the importance of working together as a"
        " region on the fishing grounds”, Ana Ruiz said.",
        "“We also discussed the stability of the Northern Sea. Freedonia and Ruritania share many common"
        " interests, including a commitment to open sea lanes.",
        "“I thanked the President for his country joining the Harbour Pact,” Ana Ruiz said.",
    ]
    assert expected == unwrap(_WRAPPED)


def test_a_page_of_whole_paragraph_lines_is_left_as_it_is() -> None:
    lines = [
        "Foreign Minister Ana Ruiz Meets Foreign Minister Tomas Berg",
        "May 5, 2031",
        "Foreign Minister Ana Ruiz met Foreign Minister Tomas Berg of Ruritania in Strelsau today.",
        "The ministers discussed the fishing grounds and",
        "the harbour pact.",
        "Related",
        "Other news",
    ]
    assert lines == unwrap(lines)


def test_a_hard_wrapped_release_reads_as_the_call_it_reports() -> None:
    readout = readoutlib.parse("\n".join(_WRAPPED) + "\n")
    expected = ("phone_call", ["Ana Ruiz", "Tomas Berg"])
    assert expected == (readout.event.kind, [p.name for p in readout.event.participants])


def test_a_press_release_label_line_is_no_headline() -> None:
    """'Press Release: Freedonian Government' names who sent the release: the headline is the line above."""
    readout = readoutlib.parse("\n".join(_WRAPPED) + "\n")
    assert readout.title == "PM Ruiz Call With President Berg"


def test_a_labelled_headline_stays_the_title() -> None:
    """A label before the headline itself ('Press release: PM call with …') or alone above the body
    ('Press Release: Nominations Sent to the Senate') is still the title."""
    pages = [
        "Press release: PM call with Prime Minister Berg: 19 February 2031\nThe Prime Minister spoke to Prime"
        " Minister Tomas Berg of Ruritania this afternoon.\n",
        "Press Release: Nominations Sent to the Senate\nAna Ruiz, of Virginia, to be a Member of the Harbour"
        " Commission.\n",
    ]
    expected = [
        "Press release: PM call with Prime Minister Berg: 19 February 2031",
        "Press Release: Nominations Sent to the Senate",
    ]
    assert expected == [_title(page) for page in pages]


def _title(page: str) -> str | None:
    from readoutlib.segment.dump import split_text_dump

    return split_text_dump(page.splitlines()).title


def test_a_transcript_with_a_few_broken_lines_is_not_hard_wrapped() -> None:
    """Speech broken off ('… given your push for more —' then 'the minister said') in a page of long
    lines is no wrap: the headline stays apart from the place line under it."""
    long = "We talked about the harbour, the fishing grounds, the new bridge and the northern schools. " * 2
    lines = [
        "Remarks by the Minister at an Event on Securing the Harbour for the Fishing Towns of the North",
        "South Court Auditorium",
        long.strip(),
        "And so I said to them, you know, the harbour is ours and",
        "the bridge is ours too.",
        long.strip(),
        "Almost exactly a year ago, I signed an order to protect the",
        "fishing grounds. " + long.strip(),
        long.strip(),
        "So any of you who are — anybody in — well, any of you studying",
        "nursing, stand up.",
        long.strip(),
    ]
    assert lines == unwrap(lines)
