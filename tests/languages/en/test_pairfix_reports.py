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
