"""Russian families of feed pages (issue #8, round 11: feeds-dev14's misses), invented pages."""

from __future__ import annotations

import readoutlib

_URL = "http://kremlin.ru/events/president/news/99997"


def _readout(headline: str, lead: str) -> readoutlib.Readout:
    return readoutlib.parse(f"{headline}\n\n{lead}\n".encode(), url=_URL)


def test_a_report_heard_by_video_link_is_a_video_call() -> None:
    """'заслушал по видеосвязи доклад' under a 'Встреча с' headline: the channel the lead names decides."""
    readout = _readout(
        "Встреча с министром обороны Иваном Петровым",
        "Президент заслушал по видеосвязи доклад министра обороны Ивана Петрова о ходе учений на севере.",
    )
    expected = "video_call"
    assert expected == readout.event.kind.value


def test_a_meeting_with_a_foreign_church_leader_is_domestic() -> None:
    """A church's Patriarch is no official of a state, whatever church he heads: the meeting stays
    domestic (the feed labels' non-state actors)."""
    readout = _readout(
        "Встреча с Патриархом Сербским Саввой",
        "Владимир Путин встретился в Кремле с Патриархом Сербским Саввой.",
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_a_meeting_with_a_foreign_president_stays_diplomatic() -> None:
    """A guard: the President of Serbia is a state's official."""
    readout = _readout(
        "Встреча с Президентом Сербии Иваном Петровым",
        "Владимир Путин встретился в Кремле с Президентом Сербии Иваном Петровым.",
    )
    expected = "diplomatic"
    assert expected == readout.event.scope
