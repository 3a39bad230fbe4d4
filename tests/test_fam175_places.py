"""Places left over (fam175, issue #8; each seen failing first on main 01c9553c). People and events
are invented."""

from __future__ import annotations

import readoutlib

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
