"""Countries, places and dates left over (fam175, issue #8; each seen failing first on main 01c9553c).
People and events are invented."""

from __future__ import annotations

import readoutlib


def _countries(
    page: str, url: str = "https://example.org/news/2031/03/02/meeting.html"
) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readoutlib.parse(page, url=url).event.participants}


def test_the_last_country_of_a_remits_list_is_not_the_holders() -> None:
    """ "Under-Secretary of State for Peru, Central America and Bolivia Tom Brack": the list after
    "for" is the post's remit; its last country, right before the name, names no nationality."""
    page = (
        "The concerns were raised by Parliamentary Under-Secretary of State for Peru, Central "
        "America, the Caribbean and Bolivia Tom Brack during his meeting with the Interior Minister "
        "of Chile, Rosa Vidal, in Santiago.\n\n"
        "Tom Brack said the talks had been frank and useful.\n"
    )
    assert _countries(page).get("Tom Brack") != "BO"


def test_a_country_right_before_a_name_after_and_still_counts() -> None:
    """Two names joined by "and", the second with its own demonym, keep that demonym."""
    page = (
        "The Foreign Minister of Chile, Rosa Vidal, and Peruvian Minister Tom Brack met in Lima.\n\n"
        "Tom Brack said the talks had been frank and useful.\n"
    )
    assert _countries(page).get("Tom Brack") == "PE"


_KREMLIN_URL = "http://kremlin.ru/events/president/news/99001"


def _kremlin_flat(place: str) -> str:
    """A Kremlin news page in Russian flattened to one paragraph: breadcrumb, headline and lead again,
    then the date line with its time, the place line, and the body run on."""
    return (
        "Встреча с Президентом Республики Перу Хуаном Ортисом\n\n"
        "Владимир Путин провёл встречу с Президентом Республики Перу Хуаном Ортисом.\n\n"
        "События Встреча с Президентом Республики Перу Хуаном Ортисом Владимир Путин провёл встречу "
        "с Президентом Республики Перу Хуаном Ортисом. 3 апреля 2031 года 14:10 "
        f"{place} Стороны обсудили торговлю и поставки удобрений. Хуан Ортис отметил, что "
        "отношения двух стран развиваются.\n"
    )


def test_the_place_line_under_a_russian_kremlin_date_line_is_the_city() -> None:
    """ "3 апреля 2031 года 14:10 Москва, Кремль …": the line after the date and time names the
    city, then the building; the city is where the meeting was held."""
    event = readoutlib.parse(_kremlin_flat("Москва, Кремль"), url=_KREMLIN_URL).event
    assert event.kind == "meeting"
    assert event.location == "Москва"


def test_a_one_word_city_under_the_date_line_ends_before_the_body() -> None:
    """ "… 14:10 Мурманск Стороны обсудили …": a city written alone; the body's first word is not
    part of it."""
    assert readoutlib.parse(_kremlin_flat("Мурманск"), url=_KREMLIN_URL).event.location == "Мурманск"


def test_a_two_word_city_under_the_date_line_is_kept_whole() -> None:
    """An adjective and a noun name one city ("Нижний Новгород")."""
    found = readoutlib.parse(_kremlin_flat("Нижний Новгород"), url=_KREMLIN_URL).event.location
    assert found == "Нижний Новгород"
