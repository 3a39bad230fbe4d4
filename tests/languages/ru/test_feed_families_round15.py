"""Russian families of feed pages (issue #8, round 15: the Kremlin's working meetings with governors that
came out with the governor only), invented pages."""

from __future__ import annotations

import readoutlib

_URL = "http://kremlin.ru/events/president/news/99995"


def _page(headline: str, *paragraphs: str) -> readoutlib.Readout:
    return readoutlib.parse(("\n\n".join((headline, *paragraphs)) + "\n").encode(), url=_URL)


def test_the_transcripts_first_other_speaker_is_the_host() -> None:
    """'Рабочая встреча с главой ...' whose lead names no host ('В Кремле состоялась рабочая встреча с
    ...'), and whose transcript opens 'П.Зорин: ...': the speaker who is not the headline's guest is the
    own side, with the publisher's country; the meeting stays domestic with both sides."""
    readout = _page(
        "Рабочая встреча с губернатором Озёрной области Иваном Лесковым",
        "В Кремле состоялась рабочая встреча с губернатором Озёрной области Иваном Лесковым. Обсуждалась "
        "подготовка к посевной.",
        "П.Зорин: Иван Петрович, добрый день! Как идёт подготовка?",
        "И.Лесков: Добрый день! Семена закуплены, техника готова.",
    )
    assert len(readout.event.participants) == 2
    assert "RU" in {p.country for p in readout.event.participants}
    assert readout.event.scope == "domestic"


def test_a_lead_with_no_event_clause_takes_the_speaker_too() -> None:
    """'Встреча с губернатором ...' over a lead that only says what was discussed: the same."""
    readout = _page(
        "Встреча с губернатором Озёрной области Иваном Лесковым",
        "Обсуждалась социально-экономическая ситуация в регионе.",
        "П.Зорин: Добрый день! С чего начнём?",
        "И.Лесков: С дорог, если позволите.",
    )
    assert len(readout.event.participants) == 2
