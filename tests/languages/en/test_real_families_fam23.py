"""Statement families the parser did not find (issue #8, fam23: en-h, en-i, en-l), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.evaluate import speaker_name
from readoutlib.model import Readout

_LEAD = "Prime Minister Tomas Berg met President Ana Ruiz of Sylvania in Lima on Monday."
_LAST = "President Ruiz stressed the value of the fisheries pact."


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join((_LEAD, *lines, _LAST)) + "\n")


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [
        (s.paragraph, speaker_name(readout, s), s.verb, " ".join(s.text.split()[:3]))
        for s in readout.statements
    ]


def test_today_yesterday_or_on_a_day_between_subject_and_verb_is_stripped() -> None:
    """'X today sought …', 'X yesterday stressed …', 'X on Monday urged …' each report X."""
    readout = _page(
        "Prime Minister Berg today sought Sylvanian support for the harbour plan.",
        "President Ruiz yesterday stressed the value of regional trade.",
        "Prime Minister Berg on Tuesday urged both sides to resume the talks.",
        "President Ruiz earlier today welcomed the new shipping route.",
    )
    assert _said(readout) == [
        (1, "Tomas Berg", "sought", "Sylvanian support for"),
        (2, "Ana Ruiz", "stressed", "the value of"),
        (3, "Tomas Berg", "urged", "both sides to"),
        (4, "Ana Ruiz", "welcomed", "the new shipping"),
        (5, "Ana Ruiz", "stressed", "the value of"),
    ]
