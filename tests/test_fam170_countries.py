"""Countries of principals on two-sided pages (fam170, issue #8; each seen failing first on main
87f7c3e6 with fam163 merged). People, places and events are invented, but the known leaders."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.participants import leader_country


def _countries(
    page: str, url: str = "https://example.org/news/2031/03/02/call.html"
) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readoutlib.parse(page, url=url).event.participants}


def test_a_country_made_a_possessive_before_a_lowercase_office_is_the_guests() -> None:
    """ "Norway's prime minister-designate, X": the possessive says whose office it is, as "Norwegian"
    would; the host then keeps the other state the page names, not the guest's."""
    page = (
        "President Ana Ruiz held a telephone conversation with Norway's prime minister-designate, "
        "Lars Aasen Berg, to congratulate him on his victory.\n\n"
        "Ruiz said both leaders reaffirmed their wish to deepen trade between Norway and Peru.\n"
    )
    found = _countries(page)
    assert found.get("Lars Aasen Berg") == "NO"
    assert found.get("Ana Ruiz") == "PE"


def test_a_countrys_initials_before_an_office_are_its_demonym() -> None:
    """ "his U.K. opposite number X" on an Estonian page: the initials say the guest's state."""
    page = (
        "Defence minister Kalle Tamm held a video call on Thursday with his U.K. opposite number "
        "Oliver Pratt.\n\n"
        "Tamm and Pratt both noted the value of the joint naval drills in the Baltic Sea.\n"
    )
    assert _countries(page, "https://news.example.ee/2031/03/02/call").get("Oliver Pratt") == "GB"


def test_the_counterpart_from_a_country_is_of_it() -> None:
    """ "his counterpart from Chile, Mr X" on a page of the other side's publisher."""
    page = (
        "Defence Minister Tan Wei Ming met his counterpart from Chile, Mr Pablo Soto Vera, on the "
        "sidelines of a security forum yesterday.\n\n"
        "The two ministers agreed to deepen defence ties and noted the good progress made in joint "
        "exercises.\n"
    )
    assert _countries(page, "https://www.example.sg/news/2031/03/02/ties").get("Pablo Soto Vera") == "CL"


def test_a_state_known_by_its_short_name_in_an_office() -> None:
    """ "Prime Minister of St Vincent": the state's short name, as its own press writes it."""
    page = (
        "Dr. Tom Baptiste, Prime Minister of St Vincent, met with Ms. Ines Varga, President of the "
        "European Council, earlier today.\n\n"
        "The two leaders discussed the summit's declaration.\n"
    )
    assert _countries(page, "https://www.example.com/pm-meets-council-president/").get("Tom Baptiste") == "VC"


def test_known_leaders_named_whole_and_in_term() -> None:
    """Rows for leaders the pages named without a state: a shared family name only with the given name."""
    assert leader_country("Theresa May", dt.date(2018, 3, 1)) == "GB"
    assert leader_country("May") is None
    assert leader_country("Donald Tusk", dt.date(2011, 8, 26)) == "PL"
    assert leader_country("Donald Tusk", dt.date(2017, 8, 26)) is None
    assert leader_country("Emmerson Mnangagwa", dt.date(2022, 8, 17)) == "ZW"
    assert leader_country("Bush", dt.date(2005, 1, 1)) == "US"
    assert leader_country("Jeb Bush") is None


def test_an_untitled_known_leader_named_whole_takes_his_state() -> None:
    """A leader named with his given name and no title ("His Excellency Vladimir Putin") is known."""
    page = (
        "Today, President Ana Ruiz made a phone call with His Excellency Vladimir Putin, during which "
        "she congratulated him on his re-election.\n\n"
        "She wished him success in leading his country.\n"
    )
    assert _countries(page, "https://example.org/news/2024/03/20/call.html").get("Vladimir Putin") == "RU"


def test_an_office_of_a_body_written_in_lowercase_after_a_demonym() -> None:
    """ "Speaker of the Estonian parliament": the lowercase noun ends the title, and the demonym gives
    its holder's state, as "Speaker of the Estonian Parliament" does."""
    page = (
        "On Friday, Ana Kalnina, Speaker of the Saeima, hosted a meeting with Eva Tamm, Speaker of the "
        "Estonian parliament, in Riga.\n\n"
        "They discussed the coming anniversary.\n"
    )
    found = {
        p.name: (p.country, p.titles)
        for p in readoutlib.parse(page, url="https://example.lv/2013/11/29/x").event.participants
    }
    assert found.get("Eva Tamm") == ("EE", ("Speaker of the Estonian parliament",))


def test_a_possessive_before_no_office_gives_no_state() -> None:
    """ "At Norway's initiative, X had a call": the possessive owns the initiative, not an office of X's."""
    page = (
        "At Norway's initiative, Ivan Petrov had a telephone conversation with Prime Minister of Norway "
        "Lars Berg.\n\n"
        "The two leaders discussed the situation in the region.\n"
    )
    assert _countries(page, "https://example.ru/2014/05/02/call").get("Ivan Petrov") != "NO"
