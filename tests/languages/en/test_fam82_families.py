"""Families of participants and countries on en-ac after its blind round (#8, fam82), on invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _people(readout: Readout) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {p.name: (p.country, p.titles) for p in readout.event.participants}


def test_an_indian_office_styled_in_hindi_is_a_title() -> None:
    """'Raksha Mantri X' (Defence Minister), 'Videsh Mantri X': Indian English pages keep the Hindi
    style of an office before the name; it is the title, not the first words of the name, and an office of
    India only (the principal was read as of the country the talks were about)."""
    readout = _page(
        "New Delhi: Sylvanian Defence Minister Tomas Berg made a telephone call to Raksha Mantri"
        " Arjun Varma this evening.",
        "The Raksha Mantri and Minister Berg discussed developments in Freedonia and agreed to stay in"
        " contact.",
    )
    people = _people(readout)
    assert "Arjun Varma" in people, people
    assert people["Arjun Varma"] == ("IN", ("Raksha Mantri",))


def test_a_minister_for_a_portfolio_is_the_portfolio_minister_the_page_calls_later() -> None:
    """A headline's 'calls on Interior Minister' and the lead's 'Minister for Interior X': one office
    (as 'Minister for Foreign Affairs' is the 'Foreign Minister'), so one principal, not a second one
    known only by office."""
    readout = _page(
        "Sylvanian embassy delegation calls on Interior Minister",
        "Port Avel: A delegation of the Sylvanian embassy called on Minister for Interior Omar Haddad here on"
        " Thursday.",
        "The delegation, led by Tomas Berg, discussed border health checks.",
        "The Interior Minister assured all out cooperation in this regard.",
    )
    names = [p.name for p in readout.event.participants]
    assert "Omar Haddad" in names, names
    assert not any(n.startswith("The ") for n in names), names


def test_an_ambassador_in_a_capital_is_named_after_it() -> None:
    """'US Ambassador in Dhaka Brent T Christensen paid a courtesy call …': the capital is the envoy's
    post, the words after it his name (the name was 'Dhaka Brent T Christensen', then dropped for
    'The Ambassador')."""
    readout = _page(
        "US ambassador pays courtesy call on fisheries minister",
        "US Ambassador in Dhaka Karl M Mendt today paid a courtesy call on Fisheries Minister Omar Haddad"
        " at his office here.",
        "Greeting the minister, the US ambassador said his country is keen to expand trade in fish.",
    )
    people = _people(readout)
    assert "Karl M Mendt" in people, people
    assert people["Karl M Mendt"][0] == "US"
    assert not any(n.startswith("The ") or "Dhaka" in n for n in people), people
