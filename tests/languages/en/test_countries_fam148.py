"""Country families of issue #8, task fam148 (a participant's country from the office he holds), each
on invented text."""

from __future__ import annotations

import pytest

import readoutlib


def _sides(text: str, url: str | None = "https://www.somenews.com/story/") -> dict[str, str | None]:
    return {p.name: p.country for p in readoutlib.parse(text, url=url).event.participants}


@pytest.mark.parametrize(
    "opening",
    [
        "A video call was held between the Managing Director (MD) of the IMF, Ana Lobo, and the Finance "
        "Minister of Moldova, Ivan Rusu.",
        "The head of the International Monetary Fund (IMF), Ana Lobo, said on Monday she had a useful talk "
        "with Moldova's Finance Minister Ivan Rusu.",
    ],
)
def test_an_office_of_a_body_named_before_the_holder_is_the_bodys(opening: str) -> None:
    """'<office> of the <Body>, <name>': the body is the holder's, not the state the page is about and
    names again and again (en-aq, en-al: a fund's head given none, or the minister's state)."""
    page = (
        f"{opening}\n\n"
        "The two discussed the reforms in Moldova. Ms. Lobo praised Moldova's response to the crisis and "
        "said the fund stands with Moldova and its people.\n"
    )
    sides = _sides(page)
    assert sides["Ana Lobo"] == "IMF"
    assert sides["Ivan Rusu"] == "MD"


def test_a_bodys_name_and_bracketed_code_before_its_office_and_holder() -> None:
    """'<Body> (<CODE>) director-general Dr <name>' in a list of leaders: the body's code is the holder's
    (en-aj: a health body's head, listed among presidents, was given no country)."""
    page = (
        "President Ivan Rusu of Moldova held a video conference with several heads of state, French "
        "President Paul Marin and World Health Organization (WHO) director-general Dr Omar Dali to "
        "discuss the epidemic.\n\n"
        "The leaders agreed to share vaccines.\n"
    )
    assert _sides(page)["Omar Dali"] == "WHO"


def test_a_state_named_before_a_comma_is_no_bodys_office() -> None:
    """'… called on the EU, Prime Minister X said': a body named before a comma with no 'of' before it
    gives the name after it nothing."""
    page = (
        "Prime Minister Ivan Rusu of Moldova met President Paul Marin of France in Paris.\n\n"
        "Moldova wants closer ties with the European Union, Prime Minister Ivan Rusu said after the talks.\n"
    )
    assert _sides(page)["Ivan Rusu"] == "MD"


@pytest.mark.parametrize(
    "appositive",
    ["Chief of the General Staff (CGS) Norway called on", "Secretary of Trade, Kingdom of Norway, called on"],
)
def test_an_appositive_ending_in_a_state_gives_its_holder_that_state(appositive: str) -> None:
    """'<name>, <office> (<CODE>) <State> called on <host>' on the host's own news site: the state the
    appositive ends in is the visitor's, before the publisher's home goes to the first side named
    (en-aq: a visiting chief given his hosts' state, and they his)."""
    page = (
        f"ISLAMABAD: General Lars Berg, {appositive} General Omar Dali, the Chief of Army Staff, on "
        "Tuesday.\n\n"
        "Views were exchanged on defence cooperation. The visiting general praised the army's efforts.\n"
    )
    sides = _sides(page, url="https://www.dailypaper.com.pk/story/1")
    assert sides["Lars Berg"] == "NO"
    assert sides["Omar Dali"] == "PK"


@pytest.mark.parametrize(
    "post",
    ["Ambassador of Norway accredited to the Maldives", "Charge d'Affaires a.i. of Norway in Maldives"],
)
def test_an_envoy_is_of_the_state_whose_envoy_he_is_not_the_one_he_serves_in(post: str) -> None:
    """'<post> of <A> accredited to <B> X has paid a courtesy call on President Y': the envoy is A's though
    B stands nearer his name; his host takes the publisher's home (en-am, en-v)."""
    page = (
        f"The {post} Lars Berg has paid a courtesy call on President Omar Dali.\n\n"
        "At the meeting, discussions were held on the bilateral relations between the two countries.\n"
    )
    sides = _sides(page, url="https://www.presidency.gov.mv/Press/Article/1")
    assert sides["Lars Berg"] == "NO"
    assert sides["Omar Dali"] == "MV"


def test_a_state_in_an_offices_remit_is_not_its_holders() -> None:
    """'X, Deputy Assistant Secretary for Andean Affairs and Peru, Bureau of …': the state the office
    serves is its remit, not its holder's (en-ai: a US official given the state her remit ends with)."""
    page = (
        "Minister of Foreign Affairs Omar Dali met with Ms. Ann Cole, Deputy Assistant Secretary for Andean "
        "Affairs and Peru, Bureau of Western Affairs, United States Department of State.\n\n"
        "The two discussed trade and security.\n"
    )
    assert _sides(page, url="https://www.foreign.gov.tt/news/1")["Ann Cole"] != "PE"
