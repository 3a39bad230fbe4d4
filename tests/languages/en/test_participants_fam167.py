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


def test_a_lone_surname_subject_with_the_event_inside_its_predicate_is_the_full_name() -> None:
    """'Prime Minister, Sitiveni Rabuka is confident …' as the page's first line, then 'Rabuka
    highlighted this following an introductory call from …' (FBC, en-ai): the opening's subject is a
    surname alone and the call sits inside its predicate; the one full name the page gives that
    surname is the side, and the sentences he leads are his."""
    page = (
        "\nPrime Minister, Ana Ruiz is confident that Spain and Chile will open new chances for all.",
        "Ruiz highlighted this following an introductory call from Chilean Ambassador Pedro Soto yesterday.",
        "Ruiz thanked Soto and his team for the chance to discuss trade.",
    )
    readout = _parse(*page)
    assert _sides(readout) == [("Ana Ruiz", "ES"), ("Pedro Soto", "CL")]
    assert [s.verb for s in readout.statements if s.speaker == "ana-ruiz"] == ["thanked"]
    # two people the page calls by that surname: neither is the side
    other = (*page, "Marta Ruiz, his adviser, also attended.")
    assert [p.name for p in _parse(*other).event.participants] == ["Pedro Soto"]


def test_a_verb_whose_object_only_points_back_reports_nothing() -> None:
    """'Rabuka highlighted this following an introductory call …' (FBC, en-ai), 'X relayed this during a
    courtesy call …' (SIBC, en-x): "this" and then the occasion carries no content of its own (the
    content came before), so the gold holds no statement there; the statements around it stay."""
    readout = _parse(
        "Ministers meet in Madrid",
        "Spanish Foreign Minister Ana Ruiz met Chilean Foreign Minister Pedro Soto in Madrid on Monday.",
        "Ruiz said trade between Spain and Chile would grow.",
        "Ruiz stressed this during a press conference after the meeting.",
        "Soto said Chile welcomed more investment.",
    )
    assert [(s.speaker, s.verb) for s in readout.statements] == [("ana-ruiz", "said"), ("pedro-soto", "said")]
