"""Name forms of the English name grammar (fam192, issue #8; each seen failing first on main
b23b8135): a style closing a name, a given name written short, a family name written first before a
hyphenated given name, a portfolio list with a serial comma, the place of a lower-case office. The
people, places and offices are invented."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import find_mentions


def _names(text: str) -> list[str | None]:
    return [m.name for m in find_mentions(text) if m.name is not None]


def _titled(text: str) -> dict[str | None, tuple[str, ...]]:
    return {m.name: m.titles for m in find_mentions(text)}


def test_a_style_word_closing_a_name_is_its_family_name() -> None:
    """A style after two name words, with no name word after it, ends the name ("… Omar Faruq Shaikh
    Monday"); before a name word it is still the style of the next person."""
    text = "The envoy called on Minister for Housing, Omar Faruq Shaikh Monday and discussed trade."
    assert _names(text) == ["Omar Faruq Shaikh"]
    text = "The envoy called on Minister for Housing, Omar Faruq Sheikh, at his office."
    assert _names(text) == ["Omar Faruq Sheikh"]


def test_a_style_alone_after_one_name_word_stays_out() -> None:
    """One name word before the style is too little: "Governor Tamsin Sheikh." stays as it was read."""
    assert "Omar Sheikh" not in _names("The talks were hosted by Prince Omar Sheikh.")


def test_a_given_name_written_short_with_a_period() -> None:
    """South Asian usage writes a given name short before the rest of the name ("Ch." as "Md.")."""
    text = "The consul called on Acting Governor Ch. Ravindra Naidu at the guest house on Monday."
    assert _names(text) == ["Ch. Ravindra Naidu"]


def test_a_place_noun_family_name_before_a_hyphenated_given_name() -> None:
    """A family name that is a place noun, written first, before a given name of two capitalised
    syllables ("Hill Seo-Yun"), after a courtesy style or a title."""
    assert _names("The delegation was led by Hon. Park Dae-Sung and met the Speaker.") == ["Park Dae-Sung"]
    assert _names("The delegation was led by Mayor Hill Seo-Yun and met the Speaker.") == ["Hill Seo-Yun"]


def test_a_portfolio_list_with_a_serial_comma_stays_one_title() -> None:
    text = "She called Minister of Energy, Mining, and Industry of Chile Oda Kenji today."
    assert _titled(text) == {"Oda Kenji": ("Minister of Energy, Mining, and Industry",)}


def test_the_place_of_a_lower_case_office_in_an_appositive_is_no_person() -> None:
    text = "The party chief met with Mark Olsen, mayor of Vel Marin, and his delegation yesterday."
    assert _names(text) == ["Mark Olsen"]
    text = "The party chief met with Mark Olsen, the governor of Santa Ilda, on Monday."
    assert _names(text) == ["Mark Olsen"]


def test_the_place_of_a_lower_case_office_after_with_is_no_person() -> None:
    assert _names("Li meets with mayor of Vel Marin") == []


def test_a_consul_general_posted_in_a_city_then_named() -> None:
    """The post of an envoy whose title is two words ("Consul General in <city>,") is no region of a
    place: the name after its comma is the envoy's, a middle initial and all."""
    text = "The Consul General in Kestria, Alan B. Moy, called on the Governor on Monday."
    assert _names(text) == ["Alan B. Moy"]


def test_a_possessive_pronoun_alone_before_capitals_is_no_style() -> None:
    """In a Title Case headline "Her" right before capitalised words is the pronoun, not the first
    word of "Her Excellency": the words after it name nobody."""
    text = "Envoy Pays Farewell Call on Minister Doe -As Minister Doe Praises Her Fruitful Tenure of Duty"
    assert "Fruitful Tenure" not in _names(text)
    assert _names("Her Excellency Ana Ruiz arrived in Oslo.") == ["Ana Ruiz"]


def test_the_seat_of_an_office_before_its_holder_with_a_city_noun() -> None:
    text = "He met the Mayor of Vel Marin City, Dr. Ana Ruiz, on Monday."
    assert _titled(text) == {"Ana Ruiz": ("Mayor of Vel Marin City",)}


def test_a_consuls_city_before_the_consuls_name() -> None:
    """A consulate stands in a city that is seldom a capital: the one word after the consul's "in" is
    the post, the two after it the consul, a headline's too."""
    text = "Velorian Consul General in Kestria Lan Weiming Meets with the Speaker of the Assembly"
    assert _titled(text).get("Lan Weiming") == ("Consul General in Kestria",)
    text = "Velorian Consul General in Kestria Lan Weiming met the Speaker on Monday."
    assert _names(text) == ["Lan Weiming"]


def test_a_committees_name_of_two_joined_words_before_its_chair() -> None:
    """ "Committee on <Word> and <Word>": both words are the body's, whether the chair's name follows
    at once or after a comma."""
    text = "The group was led by Chairman of the Senate Committee on Roads and Bridges Ana Ruiz in Lima."
    assert _titled(text) == {"Ana Ruiz": ("Chairman of the Senate Committee on Roads and Bridges",)}
    text = "The Chairman of the Committee on Roads and Bridges, Ana Ruiz, spoke."
    assert _names(text) == ["Ana Ruiz"]


def test_a_place_noun_family_name_after_a_nominees_title() -> None:
    text = "Foreign minister nominee Hill Seon met with his Velorian counterpart in Kestria on Monday."
    assert _names(text) == ["Hill Seon"]


def test_a_headline_naming_one_minister_twice_gives_one_principal() -> None:
    """The headline names the host by his family name twice, the lead by his full name: one
    principal, with the full name."""
    page = (
        "Departing Velorian Envoy Pays Farewell Call on Foreign Minister Dambo -As Minister Dambo "
        "Praises Her Fruitful Tenure in Kestria\n\n"
        "Foreign Minister Kwabo Tennet Dambo has praised the outgoing Velorian Ambassador to "
        "Kestria, Her Excellency Madam Ilse Varga for the support her country gives Kestria.\n\n"
        "Minister Dambo made the remarks on Monday, March 2, 2031 when Madam Ilse Varga paid a "
        "courtesy call on him at the ministry.\n"
    )
    names = [p.name for p in readoutlib.parse(page).event.participants]
    assert sorted(n for n in names if n) == ["Ilse Varga", "Kwabo Tennet Dambo"]


def test_members_present_at_an_online_meeting_its_chairs_opened() -> None:
    """The lead names the two chairs ("chaired by A and his counterpart B"), the next sentence the
    other members, inverted ("Present at the virtual meeting were also C, D, and E"): all are sides."""
    page = (
        "Leaders of the river commission states met online on Monday, March 2, 2031.\n\n"
        "They spoke at the fourth River Leaders’ Meeting held online on March 2 and chaired by "
        "Velorian Prime Minister Anek Sorvath and his Kestrian counterpart Lin Baoqiang.\n\n"
        "Present at the virtual meeting were also Prime Minister Tran Van Duc, Cambodian Prime "
        "Minister Chea Sokha, and Thai Prime Minister Somchai Rattana.\n\n"
        "They praised the projects financed by the commission's fund.\n"
    )
    names = [p.name for p in readoutlib.parse(page).event.participants]
    assert {"Tran Van Duc", "Chea Sokha", "Somchai Rattana", "Anek Sorvath", "Lin Baoqiang"} <= set(names)


def test_myanmars_courtesy_style_before_a_name_is_no_initial() -> None:
    assert _names("Myanmar President U Tin Aung Kyaw attended the summit.") == ["Tin Aung Kyaw"]
    assert _names("Ambassador Ana U. Ruiz attended the summit.") == ["Ana U. Ruiz"]


def test_a_pronoun_and_a_principal_inside_a_statement_start_none() -> None:
    """ "… expressed hope that X will visit … as he and X agreed to …": the joint subject sits inside
    the first statement's content; its last conjunct alone is no new statement."""
    page = (
        "Foreign minister nominee Hill Seon met with Velorian foreign minister Ilse Varga in Kestria "
        "on Monday. Varga expressed hope that Hill will visit Velor soon as she and Hill agreed to "
        "pursue talks among their ministries.\n"
    )
    found = [(s.speaker, s.verb) for s in readoutlib.parse(page).statements]
    assert found == [("ilse-varga", "expressed")]
