"""Conventions settled by fam114 (issue #8): a teleconference's kind by its number of principals, and
"Syed" kept as a word of the name. Invented pages, seen failing first on main 85955c39."""

from __future__ import annotations

import pytest

from readoutlib.model import EventKind
from tests.languages.en.layout_kit import text_page


def test_a_two_party_teleconference_is_a_phone_call() -> None:
    """A teleconference naming no video between two principals is a call, as "spoke with" is
    (CONVENTIONS.md, "Kinds and places")."""
    readout = text_page(
        "Freedonia-Sylvania Foreign Ministers' Teleconference",
        "At the request of Sylvanian Foreign Minister Ana Ruiz, Foreign Minister Eko Tan of Freedonia had a "
        "teleconference with her for about 30 minutes on the evening of May 4, 2031.",
        "Minister Tan said that the harbour agreement should be signed before winter.",
    )
    assert sorted(p.name for p in readout.event.participants) == ["Ana Ruiz", "Eko Tan"]
    assert readout.event.kind is EventKind.PHONE_CALL


@pytest.mark.parametrize(
    "opening",
    [
        "Foreign ministers of Freedonia, Sylvania, Ruritania and Grand Fenwick held a teleconference on "
        "May 4, 2031 to discuss the harbour crisis.",
        "Foreign Minister Eko Tan of Freedonia had a video teleconference with Sylvanian Foreign Minister "
        "Ana Ruiz on May 4, 2031.",
    ],
)
def test_a_teleconference_of_several_or_by_video_stays_a_video_call(opening: str) -> None:
    """Three or more sides on a teleconference, or a teleconference the page says was by video: a
    video call."""
    readout = text_page("Ministers hold teleconference", opening, "They agreed to meet again in June.")
    assert readout.event.kind is EventKind.VIDEO_CALL


def test_syed_stays_in_the_name() -> None:
    """"Syed" in a Pakistani name is a word of the name as published, not a style (CONVENTIONS.md,
    "Names")."""
    readout = text_page(
        "Tan telephones Pakistani Prime Minister",
        "ISLAMABAD: Freedonian President Eko Tan on Thursday telephoned Prime Minister Syed Karim Raza "
        "Shah of Pakistan and invited him to visit Port Tan.",
    )
    assert "Syed Karim Raza Shah" in [p.name for p in readout.event.participants]
