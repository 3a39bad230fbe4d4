"""News reports of a call read as accounts of it (issue #12, pairing recall), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str, url: str | None = None) -> Readout:
    return readoutlib.parse("\n".join(lines) + "\n", url=url)


def test_a_caption_ending_in_an_unbracketed_photo_credit_is_no_title() -> None:
    """'… to discuss the border. Photos: Newswire, Lia Kovac' is a caption: the headline is the title."""
    readout = _page(
        "Ana Ruiz and Tomas Berg discuss fisheries and trade in first call",
        "Prime Minister Ana Ruiz to meet Ruritanian President Tomas Berg to discuss the border."
        " Photos: Newswire, Lia Kovac/Foto",
        "Prime Minister Ana Ruiz has reaffirmed the importance of Freedonia's partnership with Ruritania in"
        " her first call to Ruritanian President Tomas Berg.",
        "Ms Ruiz described the conversation as warm after speaking with Mr Berg on Thursday morning.",
        "“We share that view,” she said.",
    )
    expected = ("Ana Ruiz and Tomas Berg discuss fisheries and trade in first call", "phone_call")
    assert expected == (readout.title, readout.event.kind)


def test_a_call_whose_adjective_opens_a_quotation_is_the_reported_call() -> None:
    """'… confirm that he and Berg had had a “productive call earlier this evening”' reports the call: its
    principals are the two, not a judge named in a congratulation further down (TimesLIVE's family)."""
    readout = _page(
        "Ruritanian President Tomas Berg has joined a number of leaders that President Ana Ruiz has been"
        " engaging on the border dispute.",
        "On Friday evening Ruiz took to social media to confirm that she and Berg had had a “productive call"
        " earlier this evening” to discuss a wide range of issues.",
        "“We agreed to set up a team to strengthen trade,” wrote Ruiz.",
        "Ruiz said she also congratulated Berg on the confirmation of Judge Eva Lund Marsh as the first woman"
        " to lead the Ruritanian High Court.",
    )
    expected = ("phone_call", ["Ana Ruiz", "Tomas Berg"])
    assert expected == (readout.event.kind, [p.name for p in readout.event.participants])


def test_a_passive_agent_before_the_call_is_the_other_side() -> None:
    """'The statement was conveyed by Anru in a telephone conversation with President Berg': the agent,
    by the nickname the lead gives in brackets ('President Ana Ruiz (Anru)'), is the call's other side."""
    readout = _page(
        "Berg to attend the summit",
        "Jakarta: Freedonian President Ana Ruiz (Anru) has confirmed that she will still invite Ruritanian"
        " President Tomas Berg to attend the summit in Bali in November.",
        "The statement was conveyed by Anru in a telephone conversation with President Berg on Thursday"
        " evening.",
        "“I had a phone call with Ruritanian President Tomas Berg,” President Anru said.",
    )
    expected = ("phone_call", ["Ana Ruiz", "Tomas Berg"])
    assert expected == (readout.event.kind, [p.name for p in readout.event.participants])
