"""Participants of many-sided pages and offices (round fam167 of issue #8): invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


_BALTIC = [("The Foreign Minister", "EE"), ("The Foreign Minister", "LV"), ("The Foreign Minister", "LT")]


def test_a_plural_office_from_a_counted_list_of_countries_is_one_side_per_country() -> None:
    """'… hosted on Friday a convening of the foreign ministers from five Central Asian countries,
    including A, B, …' (Anadolu, en-ap C5+1): "from" lists the countries as "of" does, a count of
    countries may stand before the list ("including", "namely", a colon), and a time or a gathering
    may stand between the verb and the group."""
    for lead in (
        "Spanish Foreign Minister Ana Ruiz held a call with the foreign ministers from Estonia, Latvia"
        " and Lithuania.",
        "Spanish Foreign Minister Ana Ruiz hosted on Monday a meeting of the foreign ministers from three"
        " Baltic countries, including Estonia, Latvia, and Lithuania, the ministry said.",
        "Spanish Foreign Minister Ana Ruiz met today with the foreign ministers of three Baltic states:"
        " Estonia, Latvia and Lithuania.",
    ):
        readout = _parse("Ministers meet in Madrid", lead, "They discussed energy links in the region.")
        assert _sides(readout) == [("Ana Ruiz", "ES"), *_BALTIC]


def test_a_plural_office_of_one_country_stays_no_group() -> None:
    """One country after the count is no list: the group pattern wants two or more."""
    lead = (
        "Spanish Foreign Minister Ana Ruiz met today with the foreign ministers of three states,"
        " including Estonia."
    )
    readout = _parse("Ministers meet in Madrid", lead, "They discussed energy links in the region.")
    assert _sides(readout) == [("Ana Ruiz", "ES")]
