"""Country families of issue #8, task fam124 (participants' countries on en-aj, en-ak, en-al), each on
invented text."""

from __future__ import annotations

import pytest

import readoutlib


def _sides(text: str, url: str | None = "https://www.somenews.com/story/") -> list[tuple[str, str | None]]:
    return sorted((p.name, p.country) for p in readoutlib.parse(text, url=url).event.participants)


@pytest.mark.parametrize(
    "tag",
    ["(XNA)", "/XNA/"],
)
def test_a_bodys_name_right_before_its_office_beats_an_agencys_tag_before_it(tag: str) -> None:
    """'Lomé, 4 May 2021 (XNA) African Union Commission Chairperson X': the body's name of two words or
    more that ends the words before the office is the holder's, whatever stands before it (en-al: a
    dateline and an agency's tag before the body's name left the chairperson to the host's country)."""
    page = (
        f"Lomé, 4 May 2021 {tag} African Union Commission Chairperson Ana Lobo on Tuesday held talks with "
        "Chilean Foreign Minister Pablo Rojas on regional issues.\n\nThey discussed trade.\n"
    )
    assert ("Ana Lobo", "AU") in _sides(page)


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("the Organization for Security and Cooperation in Europe", "OSCE"),
        ("the Organisation for Security and Co-operation in Europe", "OSCE"),
    ],
)
def test_a_bodys_long_name_after_the_holders_name(body: str, code: str) -> None:
    """'Secretary-General X of the Organization for Security and Cooperation in Europe': a body's name of
    up to eight words after the holder's "of", in the spellings its pages print (en-al: the OSCE's
    secretary-general given the visiting minister's country)."""
    page = (
        f"Minister Jan Peeters had a meeting with Secretary-General Karl Huber of {body} in Vienna "
        "on Thursday.\n\nThey discussed security.\n"
    )
    assert ("Karl Huber", code) in _sides(page)


def test_the_groups_name_before_its_presidents_office() -> None:
    """'World Bank Group President X': the body's full name before the office (en-al)."""
    page = (
        "Today, World Bank Group President Tom Reed had a phone call with President Ivan Orlov of Russia.\n\n"
        "They discussed debt relief.\n"
    )
    assert _sides(page) == [("Ivan Orlov", "RU"), ("Tom Reed", "WB")]


@pytest.mark.parametrize(
    ("dateline", "code"),
    [("ALGIERS –", "DZ"), ("Amman:", "JO"), ("ISLAMABAD:", "PK"), ("Muscat:", "OM")],
)
def test_a_news_agencys_dateline_gives_the_one_side_without_a_country(dateline: str, code: str) -> None:
    """A story told from a capital on a site of no country: the one principal the page gives no country
    is of the dateline's state, where the other side holds another (en-ak, en-ab, en-ag: heads of state
    and ministers named by an office of no state's name, "President of the Republic X")."""
    page = (
        f"{dateline} President of the Republic Omar Dali held talks on Thursday with his Chilean "
        "counterpart Pablo Rojas.\n\nThe two presidents discussed trade.\n"
    )
    assert _sides(page) == [("Omar Dali", code), ("Pablo Rojas", "CL")]


def test_a_dateline_of_the_other_sides_state_gives_nothing() -> None:
    """The dateline's state held by the other side already: the one without a country is not given it."""
    page = (
        "SANTIAGO: President of the Republic Omar Dali held talks on Thursday with his Chilean counterpart "
        "Pablo Rojas.\n\nThe two presidents discussed trade.\n"
    )
    assert ("Omar Dali", "CL") not in _sides(page)


@pytest.mark.parametrize("office", ["Commission President-Elect", "Commission President"])
def test_a_bodys_name_of_two_words_before_an_appositive_office(office: str) -> None:
    """'X, the European Commission President-Elect, …': the body's name of two words opens the appositive
    after the holder's name and gives the body (en-al: the holder was left to the publisher's country)."""
    page = (
        f"The Prime Minister met with Paul Lenz, the European {office}, today in Brussels.\n\n"
        "They discussed the next budget.\n"
    )
    assert ("Paul Lenz", "EU") in _sides(page, url="https://www.gov.uk/government/news/pm-meeting")


def test_a_dateline_at_a_bodys_seat_leaves_its_officials_guest_alone() -> None:
    """'JAKARTA – The Secretary-General of ASEAN met Ana Ruiz, the new ambassador …': the capital seats
    the body whose official opens the story; his guest named after him is not of the capital's state
    (en-c, en-d: the dateline rule first gave ASEAN's guests ID)."""
    page = (
        "JAKARTA - Secretary-General of ASEAN Lim Bo Han met with Ana Ruiz, the new permanent "
        "representative to the bloc, in Jakarta on May 13.\n\nThey discussed the community's plans.\n"
    )
    assert ("Ana Ruiz", "ID") not in _sides(page)


@pytest.mark.parametrize(("state", "code"), [("Latvia", "LV"), ("North Macedonia", "MK")])
def test_a_ministers_trailing_for_country_is_his_state(state: str, code: str) -> None:
    """'X, Minister of Foreign Affairs for <Country>': the trailing "for" names the minister's state, as
    "of" would, and leaves the title (fam130, en-aj: the minister was left without a country and the
    other side was given his)."""
    page = (
        "Vice President Lena Ortiz held a video call with Ivo Petrov, Minister of Foreign Affairs for "
        f"{state}, on trade.\n\nThey discussed grain exports.\n"
    )
    parsed = readoutlib.parse(page, url="https://www.somenews.com/story/").event.participants
    petrov = next(p for p in parsed if p.name == "Ivo Petrov")
    assert petrov.country == code
    assert petrov.titles == ("Minister of Foreign Affairs",)


def test_an_envoys_for_country_is_his_brief() -> None:
    """'Special Envoy for <Country>': the country of his brief, never his own (fam130)."""
    page = (
        "Minister Jan Peeters met Karl Huber, Special Envoy for Yemen, in Brussels on Monday.\n\n"
        "They discussed the truce.\n"
    )
    assert ("Karl Huber", "YE") not in _sides(page)
