"""The Russian pack on Kremlin meetings with the country's own officials (issue #8, fam17): the stop's
bulk pages showed a governor's meeting parsed with the governor alone. Invented pages."""

from __future__ import annotations

import readoutlib

_URL = "http://kremlin.ru/events/president/news/99998"


def _people(text: str) -> list[tuple[str, tuple[str, ...]]]:
    readout = readoutlib.parse(text.encode("utf-8"), url=_URL)
    return [(p.name, p.titles) for p in readout.event.participants]


def test_a_guest_received_by_a_lowercase_office_is_the_object() -> None:
    """'Владимир Путин принял в Кремле главу Республики …': the host and the guest, though the guest's
    office opens in lowercase (before, the host was lost)."""
    page = (
        "Встреча с главой Северной республики Ильёй Громовым\n\n"
        "Владимир Путин принял в Кремле главу Северной республики Илью Громова. "
        "Илья Громов информировал Президента о развитии региона.\n"
    )
    names = [name for name, _ in _people(page)]
    expected = ["Владимир Путин", "Илья Громов"]
    assert expected == names


def test_a_lead_reporting_to_the_president_names_him() -> None:
    """A headline naming the governor alone, a lead 'Губернатор доложил Президенту о …': the President
    is the page's own principal beside the governor."""
    page = (
        "Встреча с губернатором Озёрной области Петром Лесковым\n\n"
        "Губернатор доложил Президенту о результатах развития области. Обсуждалась также подготовка "
        "к уборке урожая.\n"
    )
    names = [name for name, _ in _people(page)]
    expected = ["Президент", "Пётр Лесков"]
    assert expected == names


def test_an_office_subject_stops_before_a_phrase_of_manner() -> None:
    """'Президент в режиме видеоконференции провёл встречу с …': the subject is 'Президент', not the
    office with the manner phrase after it."""
    page = (
        "Встреча с губернатором Озёрной области Петром Лесковым\n\n"
        "Президент в режиме видеоконференции провёл рабочую встречу с губернатором Озёрной области "
        "Петром Лесковым.\n"
    )
    first = _people(page)[0]
    expected = ("Президент", ("Президент",))
    assert expected == first
