"""Families of participants on en-a..en-ac (round 88 of issue #8): invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


_NAMED_LATER = (
    "The talks covered energy links in the region. Estonian Foreign Minister Anna Tamm, Latvian Foreign"
    " Minister Juris Ozols and Finnish Foreign Minister Pekka Virtanen signed a joint declaration on energy."
)


def test_a_plural_office_subject_after_a_fronted_date_is_one_side_per_country() -> None:
    """'On 28th of July the ministers for foreign affairs of A, B and C have met in X.' (a regional
    ministers' meeting, en-aa): the plural office of listed countries is the opening's subject after a
    fronted date, and "ministers for foreign affairs" is the plural of "Foreign Minister"; the people
    a later sentence names by that office are those sides."""
    for lead in (
        "On 3rd of May the foreign ministers of Estonia, Latvia and Finland met in Riga.",
        "On 3rd of May the ministers for foreign affairs of Estonia, Latvia and Finland met in Riga.",
        "The ministers of foreign affairs of Estonia, Latvia and Finland met in Riga on 3 May.",
    ):
        readout = _parse("Foreign ministers of three states meet in Riga", lead, _NAMED_LATER)
        assert _sides(readout) == [("Anna Tamm", "EE"), ("Juris Ozols", "LV"), ("Pekka Virtanen", "FI")]


def test_a_charge_d_affaires_is_named_with_the_whole_title() -> None:
    """'… today received US Chargé d’Affaires of the US Embassy in Saudi Arabia Martina Strong.' (SPA,
    en-ab): the French "d'Affaires", in lowercase, is the title's head, not the end of a name; the
    person after it is named, not "The Chargé"."""
    for title in ("Chargé d'Affaires", "Chargé d\u2019Affaires", "Charge d'Affaires"):
        lead = f"Estonian Foreign Minister Anna Tamm today received Finnish {title} Pekka Virtanen."
        readout = _parse("Minister meets the Finnish envoy", lead, "Both sides discussed energy links.")
        assert [p.name for p in readout.event.participants] == ["Anna Tamm", "Pekka Virtanen"]
        assert readout.event.participants[1].titles == (title,)
        assert readout.event.participants[1].country == "FI"


def test_an_office_and_a_country_s_title_after_one_article_are_one_person() -> None:
    """'… met on February 13 with the Director of the Office of the CCP Central Foreign Affairs Commission
    and China's Foreign Minister Wang Yi.' (State Department, en-ac): one "the" for both titles, the
    second opened by a country: one person with two offices, not an unnamed Director beside him. An
    office of another country than the person's is another side."""
    lead = (
        "Estonian Foreign Minister Anna Tamm met on May 3 with the Director of the Office of the Central"
        " Policy Commission of the Party and Finland's Foreign Minister Pekka Virtanen."
    )
    readout = _parse("Minister Tamm meets Finnish counterpart", lead, "The meeting was constructive.")
    assert [p.name for p in readout.event.participants] == ["Anna Tamm", "Pekka Virtanen"]
    other = lead.replace("of the Central Policy Commission of the Party", "of Latvia")
    readout = _parse("Minister Tamm meets Finnish counterpart", other, "The meeting was constructive.")
    assert len(readout.event.participants) == 3
