"""The Russian pack on whole pages we wrote in each layout: kremlin.ru dump, mid.ru, a news copy."""

from __future__ import annotations

from pathlib import Path

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.evaluate import speaker_name

PAGES = Path(__file__).parent / "pages"


def _summary(name: str, url: str) -> dict[str, object]:
    readout = readoutlib.parse((PAGES / name).read_bytes(), url=url)
    return {
        "language": readout.source.language,
        "kind": readout.event.kind.value,
        "date": str(readout.event.date),
        "basis": readout.event.date_basis,
        "participants": [
            (p.name, p.country, p.titles, p.requested, p.aliases) for p in readout.event.participants
        ],
        "statements": [
            (speaker_name(readout, s), s.verb, s.paragraph, " ".join(s.text.split()[:5]))
            for s in readout.statements
        ],
        "mentioned": list(readout.mentioned),
    }


def test_kremlin_call_flattened_page() -> None:
    """A kremlin.ru call flattened to one line: nominatives, the date line, joint and shared subjects."""
    expected = {
        "language": "ru",
        "kind": "phone_call",
        "date": "2026-11-03",
        "basis": "published",
        "participants": [
            ("Владимир Путин", "RU", ("Президент",), False, ("Владимира Путина",)),
            ("Анна Виртанен", "FI", ("Президент",), True, ("Анной Виртанен",)),
        ],
        "statements": [
            ("Анна Виртанен", "подчеркнула", 1, "её страна заинтересована в спокойной"),
            ("Владимир Путин", "отметил", 1, "важность регулярных контактов пограничных служб"),
            ("Владимир Путин", "выразил", 1, "готовность к дальнейшему диалогу. Отмечена"),
            ("both", "договорились", 1, "продолжить обсуждение на уровне министров."),
        ],
        "mentioned": [],
    }
    assert expected == _summary("kremlin-call.txt", "http://kremlin.ru/events/president/news/99999")


def test_mid_call_with_initials() -> None:
    """A mid.ru call: initials as written, no state name in titles, «Министры обсудили» topic-only."""
    expected = {
        "language": "ru",
        "kind": "phone_call",
        "date": "2026-10-12",
        "basis": "text",
        "participants": [
            ("С.В.Лавров", "RU", ("Министр иностранных дел",), False, ("С.В.Лаврова",)),
            ("М.Сантос", "BR", ("Министр иностранных дел",), True, ("М.Сантосом",)),
        ],
        "statements": [
            ("С.В.Лавров", "информировал", 1, "собеседника о российских подходах к"),
            ("С.В.Лавров", "заявил о", 2, "готовности продолжать совместную работу в"),
            ("both", "условились о", 2, "новых контактах."),
        ],
        "mentioned": [],
    }
    assert expected == _summary("mid-call.txt", "https://mid.ru/ru/foreign_policy/news/1999999/")


def test_news_copy() -> None:
    """A news copy: a "see also" line dropped, a day and month dated by the URL, a spokesman mentioned."""
    expected = {
        "language": "ru",
        "kind": "phone_call",
        "date": "2026-11-06",
        "basis": "relative",
        "participants": [
            ("Владимир Путин", "RU", ("Президент",), False, ()),
            ("Кэндзи Като", "JP", ("премьер-министр",), True, ()),
        ],
        "statements": [("both", "высказались за", 2, "продолжение переговоров о рыболовстве.")],
        "mentioned": ["Иван Кузнецов"],
    }
    assert expected == _summary("news-call.txt", "https://news.example.ru/2026/11/06/putin-kato/")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("announcement.txt", "not a readout: an announcement of an event to come"),
        ("decree.txt", "not a readout: a decree or an appointment"),
    ],
)
def test_non_readouts_refused(name: str, reason: str) -> None:
    """An announcement of talks to come and a decree are refused with the reason."""
    with pytest.raises(NotAReadoutError) as caught:
        readoutlib.parse((PAGES / name).read_bytes(), url="http://kremlin.ru/events/president/news/1")
    assert reason == str(caught.value)


def test_a_workers_party_of_korea_official_is_of_north_korea() -> None:
    """A Politburo member of the Workers' Party of Korea is of KP: the meeting is diplomatic, not domestic."""
    page = (
        "Встреча с членом Политбюро Трудовой партии Кореи\n\n"
        "Владимир Путин встретился в Кремле с членом Политбюро, Секретарём Центрального комитета Трудовой "
        "партии Кореи Чхве Сон Ёном, который находится в Москве с визитом.\n"
    ).encode()
    readout = readoutlib.parse(page, url="http://kremlin.ru/events/president/news/99998")
    expected = ("diplomatic", [("Владимир Путин", "RU"), ("Чхве Сон Ён", "KP")])
    assert expected == (readout.event.scope, [(p.name, p.country) for p in readout.event.participants])
