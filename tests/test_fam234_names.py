"""Names taken too short, and people of no event read as principals (fam234, issue #8; each seen
failing first on main 60592097). The people and the pages are invented."""

from __future__ import annotations

import readoutlib
from readoutlib.folding import fold
from readoutlib.languages.en.text import may_be_same_person


def _principals(text: str) -> list[str]:
    return [p.name for p in readoutlib.parse(text).event.participants]


def test_a_two_letter_family_name_is_the_name_it_opens() -> None:
    """A family name of two letters written first ("Ng", "Li", "Wu") names the person whose full
    name it opens ("Wu Lan Fei"); it does not match a name that only holds it later."""
    assert [
        may_be_same_person("Wu", "Wu Lan Fei"),
        may_be_same_person("Li", "Li Meng"),
        may_be_same_person("Wu", "Tom Wu Hale"),
    ] == [True, True, False]


def test_a_short_family_name_in_the_opening_takes_the_full_name_of_the_lead() -> None:
    """The lead names the minister in full ("Minister for Trade Wu Lan Fei"), the opening by his
    family name with a style ("Dr Wu"): the principal is named by the full form."""
    text = (
        "SEAPORT: Minister for Trade Wu Lan Fei and visiting Sylvanian Trade Minister Tom Hale have "
        "agreed to widen ties.\n\n"
        "Mr Hale called on Dr Wu on Monday morning at the ministry."
    )
    assert sorted(_principals(text)) == ["Tom Hale", "Wu Lan Fei"]


def test_a_family_name_of_two_words_takes_the_given_name_a_titled_form_writes() -> None:
    """A principal named by a family name of two words ("Tavo Reyes", from the opening) is the person
    the page writes with a title and a given name before those words ("Foreign Minister Ana Tavo
    Reyes"): the fullest form the text gives."""
    text = (
        "Trade talks in Port Ruiz\n\n"
        "On the margins of the summit, Foreign Minister Ana Tavo Reyes attended a forum of the region's "
        "states.\n\n"
        "Tavo Reyes held bilateral talks with Foreign Minister Tom Hale of Sylvania on Monday. Tavo Reyes "
        "said the two countries share a long border."
    )
    assert "Ana Tavo Reyes" in _principals(text)


def test_a_letter_with_a_stroke_folds_to_its_plain_letter() -> None:
    """ "ł", "đ", "ø" carry a stroke, not an accent: the fold drops it as it drops "ñ"'s tilde."""
    assert [fold("Łukasz Đorđe Øster"), fold("Kılıç")] == ["lukasz dorde oster", "kilic"]


def test_a_surname_spelt_with_a_stroke_takes_the_full_name_spelt_without() -> None:
    """The lead names the minister in full without the stroke ("Pawel Wlodek"), the next paragraph
    by his family name with it ("Minister Włodek"): one person, named by the full form."""
    text = (
        "Defence ties important for the region\n\n"
        "Closer defence cooperation was the main topic discussed by Pawel Wlodek, Minister of National "
        "Defence and Ana Ruiz Minister of Defence of Sylvania.\n\n"
        "On Friday Minister Włodek met with Minister Ana Ruiz in the Ministry of National Defence in "
        "Port Ruiz. The meeting was held during the two governments' consultations."
    )
    assert _principals(text) == ["Pawel Wlodek", "Ana Ruiz"]


def test_an_office_of_the_headline_is_the_one_untitled_principal_of_its_state() -> None:
    """The headline and the opening call a side by office and state ("Latvian Prime Minister"), the
    next sentence names him with his state but no title ("his Latvian counterpart Tom Hale"): the
    office is that person, not a third principal."""
    text = (
        "Latvian Prime Minister visits Estonia\n\n"
        "Tartu. 3 May. Latvian Prime Minister paid an unofficial visit to Estonia.\n\n"
        "The Prime Minister of Estonia Ana Ruiz met with his Latvian counterpart Tom Hale in Tartu "
        "and discussed trade."
    )
    assert sorted(_principals(text)) == ["Ana Ruiz", "Tom Hale"]


def test_a_heads_spouse_hosting_with_him_is_no_principal() -> None:
    """ "President X and First Lady Y hosted a state dinner for President Z": the spouse is the host's
    company, no side of the event."""
    text = (
        "Sylvania hosts state dinner for Velorian president\n\n"
        "President Ana Ruiz and First Lady Maria Ruiz hosted a state dinner to honour the official visit "
        "of President Tom Hale of Velor. The dinner took place at State Lodge in Port Ruiz on May 3, 2031."
    )
    assert _principals(text) == ["Ana Ruiz", "Tom Hale"]


def test_an_abbreviation_before_the_name_is_no_given_name() -> None:
    """A style the scan does not know, abbreviated ("M." of a French copy), before the name is no
    given name: the principal keeps the name without it."""
    text = (
        "Readout of the Secretary-General's meeting with H.E. Mr. Tom Abdel Hale, President of Sylvania\n\n"
        "The Secretary-General met today with H.E. Mr. Tom Abdel Hale, President of Sylvania.\n\n"
        "Le Secrétaire général s'est entretenu avec S.E. M. Tom Abdel Hale, Président de la Sylvanie."
    )
    assert "Tom Abdel Hale" in _principals(text)
