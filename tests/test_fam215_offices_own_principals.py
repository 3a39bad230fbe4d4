"""Principals named only by office while the body names the person, and a publisher's own principal
declared by office and term (fam215, issue #8). People, publishers and events are invented."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import ClassVar

import pytest

import readoutlib
from readoutlib import registry
from readoutlib.plugin import FormatAdapter, OwnPrincipal, Profile

_URL = "https://example.org/news/2031/03/02/defence-talks.html"


def _names(page: str, url: str = _URL) -> list[str]:
    return [p.name for p in readoutlib.parse(page, url=url).event.participants]


def test_one_of_a_plural_office_is_the_counterpart_the_body_names() -> None:
    """ "The defence ministers of A and B met …", then "A's minister X … with B's counterpart Y": the
    second side is Y, never "The Defence Minister"."""
    page = (
        "HALDEN - The defence ministers of Norway and Denmark met Tuesday in Halden to talk about "
        "the security of the northern sea lanes.\n\n"
        "Norwegian Defence Minister Ana Lind said she looked forward to working with Danish "
        "counterpart Tomas Berg, who took office in May.\n\n"
        '"We train together every year and will keep doing so," Lind said in a statement.\n'
    )
    assert _names(page) == ["Ana Lind", "Tomas Berg"]


def test_an_office_named_alone_is_the_person_the_body_names_in_it() -> None:
    """ "A Norwegian General met …" in the headline and opening, then "Norway's General X" in the
    body: the principal is X."""
    page = (
        "Norwegian top General held important meeting with Danish Army Chief\n\n"
        "LUNDA: Norwegian military top General held an important meeting with Danish Army Chief "
        "General Piet Mols in Lunda.\n\n"
        "Norway's General Karl Oster, the deputy head of the defence council, visited the Danish "
        "Army's headquarters with a delegation on Monday and held a one-on-one meeting with General "
        "Piet Mols.\n\n"
        "General Mols thanked the guests for their support on all important issues.\n"
    )
    names = _names(page)
    assert "Karl Oster" in names
    assert not any(n.startswith("The ") for n in names)


def test_an_office_with_two_holders_named_stays_the_office() -> None:
    """Two other people the body names in that office: no one is chosen."""
    from readoutlib.languages.en.participants import Principal, name_unnamed_offices

    office = Principal(None, ["Foreign Minister"], "NO", office="Foreign Minister")
    principals = [Principal("Ana Lind", ["Prime Minister"], "DK"), office]
    body = [
        "Norwegian Foreign Minister Karl Oster and Norwegian Foreign Minister Piet Mols both "
        "spoke at the forum that week."
    ]
    name_unnamed_offices(principals, body, Profile())
    assert office.name is None


class _HarbourAdapter(FormatAdapter):
    """An invented presidency whose pages are its President's calls."""

    name = "xa-harbour-president"
    publisher = "tests"
    description = "An invented presidency declaring its own principal by term."
    url_patterns: ClassVar[tuple[str, ...]] = (r"^https?://president\.harbour\.invalid/",)
    profile: ClassVar[Profile] = Profile(
        home_country="NO",
        own_principals=(
            OwnPrincipal("President of Norway", "Olaf Brandt", dt.date(2020, 1, 1), dt.date(2026, 1, 1)),
            OwnPrincipal("President of Norway", "Vera Nolde", dt.date(2026, 1, 1)),
        ),
    )


@pytest.fixture
def harbour(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A registry with the invented presidency only (and generic)."""
    registry.reset()
    monkeypatch.setattr(registry, "_entry_points", {})
    monkeypatch.setattr(registry, "_runtime", {})
    readoutlib.register(_HarbourAdapter)
    yield
    registry.reset()


@pytest.mark.usefixtures("harbour")
def test_a_declared_own_principal_named_only_as_an_object_is_a_participant() -> None:
    """The presidency's principal, named only after "wished … to", is the second side."""
    page = (
        "Telephone conversation with President of Denmark Tomas Berg\n\n"
        "During the telephone conversation, President of Denmark Tomas Berg warmly wished a happy "
        "birthday to President of Norway Olaf Brandt.\n\n"
        "They discussed trade and the situation in the region.\n"
    )
    readout = readoutlib.parse(page, url="https://president.harbour.invalid/news/1")
    found = [(p.name, p.country) for p in readout.event.participants]
    assert found == [("Tomas Berg", "DK"), ("Olaf Brandt", "NO")] or found[-1] == ("Olaf Brandt", "NO")


@pytest.mark.usefixtures("harbour")
def test_a_declared_own_principal_named_nowhere_is_the_holder_of_the_date() -> None:
    """A call the presidency reports without naming its own side: the holder of the event's date."""
    page = (
        "Telephone conversation with President of Denmark Tomas Berg\n\n"
        "On 4 March 2027, a telephone conversation took place with President of Denmark Tomas Berg.\n\n"
        "They discussed trade and the situation in the region.\n"
    )
    readout = readoutlib.parse(page, url="https://president.harbour.invalid/news/2")
    assert "Vera Nolde" in [p.name for p in readout.event.participants]


def test_a_term_holds_from_its_first_day_to_the_day_before_its_end() -> None:
    term = OwnPrincipal("President of Norway", "Olaf Brandt", dt.date(2020, 1, 1), dt.date(2026, 1, 1))
    days = (dt.date(2019, 12, 31), dt.date(2020, 1, 1), dt.date(2025, 12, 31), dt.date(2026, 1, 1))
    assert [term.holds_on(d) for d in days] == [False, True, True, False]


def test_a_holder_of_the_office_in_another_state_is_not_taken() -> None:
    """ "Danish Prime Minister Karl Oster", later "Oster" untagged, and "Prime Minister Piet Mols"
    of Norway: the unnamed Norwegian Prime Minister is Mols, never Oster."""
    from readoutlib.languages.en.participants import Principal, name_unnamed_offices

    office = Principal(None, ["Prime Minister"], "NO", office="Prime Minister")
    principals = [Principal("Ana Lind", ["High Commissioner"], "DK"), office]
    body = [
        "Danish Prime Minister Karl Oster says he is keen to meet his Norwegian counterpart, Prime "
        "Minister Piet Mols, at the summit later this year.",
        "The High Commissioner said Prime Minister Oster had written to Prime Minister Mols last week.",
    ]
    name_unnamed_offices(principals, body, Profile())
    assert office.name == "Piet Mols"


def test_an_untitled_phrase_of_the_offices_state_is_no_holder() -> None:
    """ "The Secretary-General met …" and "the UN's June Rio+20 conference": a capitalised phrase the
    name reader takes for a UN person, with no office, never names the Secretary-General."""
    from readoutlib.languages.en.participants import Principal, name_unnamed_offices

    office = Principal(None, ["Secretary-General"], "UN", office="Secretary-General")
    principals = [office, Principal("Karl Oster", ["President"], "NO")]
    body = [
        "They discussed trade as well as the UN’s June Rio+20 sustainable development conference at length."
    ]
    name_unnamed_offices(principals, body, Profile())
    assert office.name is None
