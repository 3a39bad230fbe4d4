"""Whole pages in Japanese, in the layouts MOFA and the prime minister's office use (pages we wrote)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.errors import NotAReadoutError
from readoutlib.languages import Page
from readoutlib.languages.ja import JapanesePack
from readoutlib.model import BOTH, Readout

PAGES = Path(__file__).parent / "pages"
MEETING_URL = "https://www.mofa.go.jp/mofaj/na/na1/ca/page4_000001.html"


Person = tuple[str, str | None, tuple[str, ...], bool, str, tuple[str, ...]]


def _people(readout: Readout) -> list[Person]:
    return [(p.name, p.country, p.titles, p.requested, p.key, p.aliases) for p in readout.event.participants]


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_mofa_call_text_dump() -> None:
    """A MOFA telephone talk as a text dump: event, both sides with Latin-form keys, every statement."""
    readout = readoutlib.parse(PAGES / "mofa-call.txt")
    expected_event = ("ja", "phone_call", dt.date(2021, 4, 6), "relative", None)
    actual_event = (
        readout.source.language,
        readout.event.kind.value,
        readout.event.date,
        readout.event.date_basis,
        readout.event.location,
    )
    assert expected_event == actual_event
    expected_people = [
        ("山田花子", "JP", ("外務大臣",), False, "JP:山田花子", ()),
        ("アンナ・シュミット", "DE", ("外務大臣",), False, "DE:anna-schmidt", ("Anna Schmidt",)),
    ]
    assert expected_people == _people(readout)
    yamada, schmidt = (p.id for p in readout.event.participants)
    expected = [
        (1, yamada, "述べる", "シュミット大臣の就任に祝意を述べる"),
        (1, yamada, "述べました", "日独関係を一層強化していきたい旨述べました"),
        (1, schmidt, "表明されました", "謝意が表明されました"),
        (
            2,
            BOTH,
            "一致しました",
            "インド太平洋地域の情勢について意見交換を行い，" + "引き続き緊密に連携していくことで一致しました",
        ),
        (3, schmidt, "説明があり", "来月の国際会議の準備状況につき説明があり"),
        (
            3,
            yamada,
            "伝えました",
            "会議の成功に向けて協力したい旨述べた上で，" + "日本として積極的に貢献する考えを伝えました",
        ),
    ]
    assert expected == _said(readout)


def test_mofa_meeting_html() -> None:
    """A MOFA meeting as HTML: the place from "ニューヨーク出張中の", the day before the page's date."""
    readout = readoutlib.parse(PAGES / "mofa-meeting.html", url=MEETING_URL)
    expected = (
        "meeting",
        dt.date(2023, 9, 19),
        "ニューヨーク",
        [
            ("山田花子", "JP", ("外務大臣",), False, "JP:山田花子", ()),
            ("マリー・トランブレ", "CA", ("外務大臣",), False, "CA:marie-tremblay", ("Marie Tremblay",)),
        ],
        [(1, "述べました"), (1, "発言がありました"), (2, "一致しました"), (3, "説明がありました")],
    )
    actual = (
        readout.event.kind.value,
        readout.event.date,
        readout.event.location,
        _people(readout),
        [(s.paragraph, s.verb) for s in readout.statements],
    )
    assert expected == actual


def test_prime_ministers_office_call() -> None:
    """A prime minister's call: 先方の求めに応じ marks the counterpart as the one who asked; a sentence
    with no subject of its own ("さらに,…一致しました") continues the last speaker."""
    readout = readoutlib.parse(PAGES / "kantei-summit.txt")
    expected_people = [
        ("佐藤一郎", "JP", ("内閣総理大臣",), False, "JP:佐藤一郎", ()),
        ("トム・ベイカー", "AU", ("首相",), True, "AU:tom-baker", ("Tom Baker",)),
    ]
    assert expected_people == _people(readout)
    sato, baker = (p.id for p in readout.event.participants)
    expected = [
        (
            1,
            baker,
            "表明がありました",
            "年始の挨拶とともに," + "豪州の山火事に対する日本の支援に謝意の表明がありました",
        ),
        (1, sato, "伝えました", "被害に心からお見舞いを伝えました"),
        (3, BOTH, "確認しました", "経済連携を一層深めていくことを確認しました"),
        (3, BOTH, "一致しました", "本年中の対面での会談の実現に向けて調整していくことで一致しました"),
    ]
    assert expected == _said(readout)


def test_a_publishers_profile_tunes_the_pack() -> None:
    """A profile's joint subjects, kind patterns and not-readout patterns reach the Japanese stages."""
    pack = JapanesePack()
    page = Page(
        "日米外相会談",
        (
            "山田外務大臣は，リード国務長官と夕食会を行いました。",
            "全閣僚は，連携の重要性を確認しました。",
        ),
        published=dt.date(2021, 4, 9),
    )
    profile = Profile(joint_subjects=("全閣僚",), kind_patterns=(("夕食会", "talks"),))
    genre = pack.genre(page, profile)
    event = pack.event(page, genre, profile)
    people = pack.participants(page, genre, event, profile)
    said = pack.statements(genre, people, profile)
    plain = pack.statements(genre, people, Profile())
    expected = ("talks", [(1, BOTH, "確認しました")], [])
    actual = (
        event.kind.value,
        [(s.paragraph, s.speaker, s.verb) for s in said.statements],
        [(s.paragraph, s.speaker, s.verb) for s in plain.statements],
    )
    assert expected == actual
    with pytest.raises(NotAReadoutError) as caught:
        pack.genre(page, Profile(not_readout_patterns=("外相会談$",)))
    expected_reason = "not a readout: the publisher's profile marks it as no readout"
    assert expected_reason == str(caught.value)


def test_a_copy_without_a_date_line_is_dated_by_its_url() -> None:
    """A copy of a release on another site, with no date line: "本9日" against the URL's date."""
    page = "本9日，山田花子外務大臣は，トム・リード米国国務長官と電話会談を行いました。\n両者は一致しました。"
    readout = readoutlib.parse(page, url="https://copies.example.org/2021/04/09/12345")
    expected = (dt.date(2021, 4, 9), "relative", None)
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("press-conference.txt", "a press conference"),
        ("coming-visit.txt", "an announcement of a coming event"),
    ],
)
def test_pages_that_are_not_readouts(page: str, reason: str) -> None:
    """A spokesperson's press conference and an announced visit are refused, with the reason."""
    with pytest.raises(NotAReadoutError) as caught:
        readoutlib.parse(PAGES / page)
    expected = f"not a readout: {reason}"
    assert expected == str(caught.value).split(": ", 1)[1]
