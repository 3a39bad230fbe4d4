"""Families of participant and country misses on en-z after its blind measurement (#8, fam67), on
invented pages."""

from __future__ import annotations

from tests.languages.en.layout_kit import text_page as _page


def _countries(readout: object) -> dict[str, str | None]:
    return {p.name: p.country for p in readout.event.participants}  # type: ignore[attr-defined]


def test_the_uk_foreign_and_commonwealth_secretary_is_british() -> None:
    """ "Secretary of State for Foreign and Commonwealth Affairs Ivo Brand": an office of the UK only,
    whatever other country the text ties to him (the publisher's neighbour in a topic)."""
    readout = _page(
        "Foreign Minister meets UK counterpart",
        "",
        "Foreign Minister Ana Ruiz met Secretary of State for Foreign and Commonwealth Affairs Ivo Brand on"
        " the sidelines of the summit in London.",
        "The foreign minister briefed Secretary Brand on Velor-Norland relations and the situation along"
        " the Norland border.",
        url="https://mofa.gov.pk/some-press-release/",
    )
    assert _countries(readout)["Ivo Brand"] == "GB"


def test_a_newly_elected_double_office_after_a_name_is_the_persons() -> None:
    """ "Mr. Ivo Brand, newly elected Chairperson of the African Union and President of Velor": the words
    that say the office is new open the appositive as they do after "the"; the state of the double role
    is the person's side."""
    readout = _page(
        "Readout of the Secretary-General's meeting with the Chairperson of the African Union",
        "",
        "The Secretary-General met this morning with H. E. Mr. Ivo Brand, newly elected Chairperson of the"
        " African Union and President of Equatorial Guinea, in Addis Ababa, Ethiopia.",
        "The two discussed peace and security on the continent.",
    )
    brand = next(p for p in readout.event.participants if p.name == "Ivo Brand")
    assert (brand.country, brand.titles) == ("GQ", ("Chairperson of the African Union", "President"))


def test_a_hyphenated_under_secretary_general_is_an_office() -> None:
    """ "UN Under-Secretary-General Ana Ruiz": the hyphenated office is a title as "Secretary-General" is,
    and the organisation before it gives her side."""
    readout = _page(
        "Officials meet the Prime Minister",
        "",
        "UN Under-Secretary-General Ana Ruiz met with Prime Minister Omar Haddad on Friday in Velor City.",
        "They discussed support for refugees.",
    )
    ruiz = next(p for p in readout.event.participants if p.name == "Ana Ruiz")
    assert (ruiz.country, ruiz.titles) == ("UN", ("Under-Secretary-General",))


def test_a_list_of_the_leaders_called_set_apart_by_semicolons_is_every_side() -> None:
    """ "spoke to Prime Minister Ruiz and President Haddad of Chile; President Lund of Norway; Prime
    Minister Berg of Italy; and Prime Minister Sato of Japan.": the pieces after the clause's own are
    the rest of the people called, each titled, each of the country the piece names (both people of
    the first piece too)."""
    readout = _page(
        "President Brand bids goodbye to world leaders",
        "",
        "President Brand this morning spoke to a number of world leaders.",
        "",
        "According to his office, Mr. Brand spoke to Prime Minister Ruiz and President Haddad of Chile;"
        " President Lund of Norway; Prime Minister Berg of Italy; and Prime Minister Sato of Japan.",
        "",
        "They thanked him for his work.",
    )
    countries = _countries(readout)
    assert {name: countries.get(name) for name in ("Ruiz", "Lund", "Berg", "Sato")} == {
        "Ruiz": "CL",
        "Lund": "NO",
        "Berg": "IT",
        "Sato": "JP",
    }


def test_the_emergency_relief_coordinators_office_is_one_title() -> None:
    """ "UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator, Ana Ruiz":
    "Emergency Relief" is the portfolio, no person named "Relief", and the two UN officials named before
    the clause are both the one side."""
    readout = _page(
        "Officials meet the Prime Minister",
        "",
        "The UN High Commissioner for Refugees, Ivo Brand and UN Under-Secretary-General for Humanitarian"
        " Affairs and Emergency Relief Coordinator, Ana Ruiz met with Prime Minister Omar Haddad on Friday.",
        "They discussed support for refugees.",
    )
    assert _countries(readout) == {"Ivo Brand": "UN", "Ana Ruiz": "UN", "Omar Haddad": None}
    assert "Relief" not in readout.mentioned
