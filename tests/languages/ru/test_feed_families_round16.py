"""Russian families of feed pages (issue #8, round 16: the stop hook's "names that are not names": a Kremlin
lead whose subject is the office alone, "Президент провёл ..."), invented pages."""

from __future__ import annotations

import readoutlib

_URL = "http://kremlin.ru/events/president/news/99994"


def _page(headline: str, *paragraphs: str) -> readoutlib.Readout:
    return readoutlib.parse(("\n\n".join((headline, *paragraphs)) + "\n").encode(), url=_URL)


def test_an_office_named_subject_takes_the_transcripts_speaker() -> None:
    """'Президент провёл рабочую встречу с ...' over a transcript 'П.Зорин: ...': the host is the speaker
    who is not the guest, keeps the office as a title, and has the publisher's country."""
    readout = _page(
        "Встреча с губернатором Озёрной области Иваном Лесковым",
        "Президент провёл рабочую встречу с губернатором Озёрной области Иваном Лесковым. Обсуждалась "
        "подготовка к посевной.",
        "П.Зорин: Иван Петрович, добрый день! Как идёт подготовка?",
        "И.Лесков: Добрый день! Семена закуплены, техника готова.",
    )
    host = readout.event.participants[0]
    assert host.name == "П. Зорин"
    assert host.country == "RU"
    assert "Президент" in host.titles
    assert readout.event.scope == "domestic"


def test_a_longer_office_takes_the_speaker_too() -> None:
    """'Глава Российского государства провёл встречу с ...' (a foreign guest): the same host."""
    readout = _page(
        "Встреча с министром иностранных дел Фрисландии Яном Ван Дейком",
        "Глава Российского государства провёл встречу с министром иностранных дел Фрисландии Яном Ван "
        "Дейком.",
        "П.Зорин: Уважаемый господин министр, рад вас видеть.",
        "Я.Ван Дейк: Спасибо, господин Президент.",
    )
    assert readout.event.participants[0].name == "П. Зорин"


def test_an_office_with_no_transcript_stays_the_office() -> None:
    """Guard: with no speaker labelled, the office is all the page gives: it stays."""
    readout = _page(
        "Встреча с губернатором Озёрной области Иваном Лесковым",
        "Президент провёл рабочую встречу с губернатором Озёрной области Иваном Лесковым. Обсуждалась "
        "подготовка к посевной.",
    )
    assert readout.event.participants[0].name == "Президент"
