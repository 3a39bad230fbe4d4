"""Statement families of issue #8, task fam176 (attribution lines opened by the circumstance of the
telling, and the other shifted statements), each on invented text."""

from __future__ import annotations

import readoutlib

_HEAD = (
    "Norway-Chile Foreign Ministers' Meeting",
    "On 2 April 2020, Foreign Minister Ana Lind of Norway received Foreign Minister Tomas Otto of Chile "
    "in Oslo.",
    "The two ministers talked about the fisheries accord.",
)


def _page(*lines: str) -> readoutlib.Readout:
    return readoutlib.parse("\n\n".join((*_HEAD, *lines)) + "\n")


def test_a_circumstance_before_the_announcing_clause_keeps_it_an_attribution_line() -> None:
    """'Speaking to the press after the talks, Minister Lind said:' and 'Writing on her social media
    account after the meeting Lind said:' only announce the quotation below, as 'Minister Lind said
    at the end of the meeting:' does: no body paragraph, the quotation still hers and in its place."""
    for line in (
        "Speaking to the press after the talks, Minister Lind said:",
        "Writing on her social media account after the meeting Lind said:",
        "After the talks, Lind stated:",
    ):
        readout = _page(line, "“The accord will serve both our coasts.”", "Minister Otto thanked Lind.")
        assert readout.paragraphs[2] == "“The accord will serve both our coasts.”", line
        found = [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]
        verb = line.rsplit(" ", 1)[1].rstrip(":")
        assert (2, "ana-lind", verb, "“The accord will serve both our coasts.”") in found
        assert (3, "tomas-otto", "thanked", "Lind.") in found


def test_a_circumstance_line_that_reports_something_stays_a_paragraph() -> None:
    """A line whose words before the colon report something ('After the talks, Lind was pleased and
    said:') is a paragraph of its own, as without the circumstance."""
    readout = _page("After the talks, Lind was pleased and said:", "“The accord is good.”")
    assert readout.paragraphs[2] == "After the talks, Lind was pleased and said:"
