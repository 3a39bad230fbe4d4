"""Participant families of issue #8, task fam41 (names and styles fam36/fam37 left), each on invented
text seen failing on main."""

from __future__ import annotations

import readoutlib


def _sides(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readoutlib.parse(text).event.participants]


def test_an_office_of_no_country_named_later_by_its_one_holder() -> None:
    """'The Secretary-General has been meeting …', then 'Secretary-General Ana Ruiz said': the office
    of no known country on a news page is named by the one holder the body gives, of no country
    either (en-g, the Commonwealth's 'The Secretary-General' beside Patricia Scotland)."""
    page = (
        "The Secretary-General has been meeting Norwegian Prime Minister Lars Berg at the United "
        "Nations in New York to discuss trade.\n\n"
        "The two leaders spoke about climate change.\n\n"
        'Secretary-General Ana Ruiz said, "It was a pleasure to hear his ideas."\n'
    )
    assert [p[0] for p in _sides(page)] == ["Ana Ruiz", "Lars Berg"]


def test_an_office_another_principal_holds_is_not_named_so() -> None:
    """The office stays unnamed where another principal holds it: 'The Prime Minister met Prime
    Minister Lars Berg', then 'Prime Minister Ana Ruiz' of no country is not taken for it blindly
    when the body names two holders."""
    page = (
        "The Prime Minister met Norwegian Prime Minister Lars Berg in Oslo on Monday to discuss "
        "trade.\n\n"
        "Prime Minister Ana Ruiz and Prime Minister Juan Soto spoke later.\n"
    )
    assert "Ana Ruiz" not in [p[0] for p in _sides(page)]


def test_a_lowercase_office_set_off_after_a_demonym() -> None:
    """'met the Norwegian prime minister, Lars Berg, …': the lowercase office and the demonym before
    the name set off by a comma are his office and country (en-g Commonwealth, 'the Bangladeshi prime
    minister, Sheikh Hasina Wazed')."""
    page = (
        "President Ana Ruiz met the Norwegian prime minister, Lars Berg, in Oslo on Monday to discuss "
        "trade.\n\nThe two leaders spoke about climate change.\n"
    )
    participants = readoutlib.parse(page).event.participants
    berg = next(p for p in participants if p.name == "Lars Berg")
    assert berg.country == "NO"
    assert berg.titles == ("Prime Minister",)


def test_a_word_and_an_initial_cut_off_is_no_person() -> None:
    """'Outgoing S. Chilean FM holds phone call …': a word and an initial, the name cut after it, is
    no person (en-q, Yonhap's 'Outgoing S.' for 'Outgoing S. Korean FM')."""
    page = (
        "Outgoing S. Chilean FM holds phone call with Norwegian counterpart\n"
        "SANTIAGO, May 9 -- Chile's outgoing foreign minister had a farewell phone call with his "
        "Norwegian counterpart Monday.\n"
        "Foreign Minister Juan Soto had the call with Norwegian Foreign Minister Lars Berg at his "
        "request.\n"
    )
    assert _sides(page) == [("Juan Soto", "CL"), ("Lars Berg", "NO")]


def test_a_style_that_is_a_given_name_before_one_family_name_with_an_office() -> None:
    """'… with Amir Berg, the visiting Speaker of the Norwegian Parliament,': a style that is also a
    given name, alone before one family name whose holder the appositive gives another office, is
    his given name (en-m, Georgia's 'Amir Ohana' read as the style Amir and 'Ohana'); the ruler's
    style before a name and no other office stays a style."""
    page = (
        "Chilean Foreign Minister Juan Soto on Monday discussed bilateral cooperation with Amir Berg, "
        "the visiting Speaker of the Norwegian Parliament, in Santiago.\n\n"
        "Both officials highlighted the cooperation.\n"
    )
    participants = readoutlib.parse(page).event.participants
    assert [(p.name, p.country) for p in participants] == [("Juan Soto", "CL"), ("Amir Berg", "NO")]
    assert participants[1].titles == ("Speaker of the Norwegian Parliament",)
    ruler = "Chilean Foreign Minister Juan Soto met Amir Tamim of Qatar in Doha on Monday.\n"
    assert [p.name for p in readoutlib.parse(ruler).event.participants] == ["Juan Soto", "Tamim"]


def test_a_calendar_word_that_is_a_family_name_after_a_title() -> None:
    """'New Chilean Ambassador Sun Liwen presented her credentials …', then 'The ambassador conveyed
    …': 'Sun' right after a title and before a given name is the family name written first, as a
    place noun is ('Foreign Minister Park Jin'), so the envoy is named and speaks (en-q, Xinhua's
    'Ambassador Sun Baohong' read as 'The Ambassador'); the weekday alone stays no name."""
    page = (
        "ACCRA, April 25 -- New Chilean Ambassador Sun Liwen presented her credentials to Norwegian "
        "President Lars Berg at the palace here on Friday.\n\n"
        "The ambassador conveyed greetings from the Chilean president.\n"
    )
    assert _sides(page) == [("Sun Liwen", "CL"), ("Lars Berg", "NO")]
    assert [s.speaker for s in readoutlib.parse(page).statements] == ["sun-liwen"]
    assert not readoutlib.languages.en.names.find_mentions("The shops close early on Sun and reopen.")


def test_a_delegations_minister_names_no_other_sides_bare_office() -> None:
    """The other side's office ('… held talks with Foreign Minister al Omar …', a name the reader
    misses) is not named by the guest's own minister the last paragraph lists ('The meeting was
    attended by Mr. Juan Soto, Minister of Foreign Affairs'): only the opening's subject, the page's
    own office-holder, is named so (en-l, Eritrea's visit to Sudan)."""
    page = (
        "During his stay in Norway President Ana Ruiz met and held talks with Prime Minister Lars Berg "
        "and Foreign Minister al Sadiq al Omar on bilateral relations.\n\n"
        "The two leaders called for more cooperation.\n\n"
        "The meeting was attended by Mr. Juan Soto, Minister of Foreign Affairs, and Mr. Eko Tan, "
        "Chilean Ambassador to Norway.\n"
    )
    assert "Juan Soto" not in [p[0] for p in _sides(page)]
