"""The Japanese opening, event kind, date and place."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.languages.ja.event import event_date, event_kind, event_place, find_opening
from readoutlib.model import EventKind

CALL = "山田外務大臣は，リード国務長官と電話会談を行いました。"


def test_opening_subject_and_counterpart() -> None:
    """The opening's は marks the subject; the others are the people named before the event noun."""
    opening = find_opening(("本6日，山田花子外務大臣は，トム・リード米国国務長官と電話会談を行いました。",))
    expected = ("山田花子", ["トム・リード"], "トム・リード米国国務長官と電話会談", False)
    actual = (
        opening.subject.name if opening else None,
        [m.name for m in opening.others] if opening else None,
        opening.event if opening else None,
        opening.planned if opening else None,
    )
    assert expected == actual


def test_opening_counterpart_named_by_office_after_a_request() -> None:
    """ "…の発意により，同長官との間で": the counterpart named once, then by "同長官"."""
    text = (
        "山田外務大臣は，トム・リード米国務長官の発意により，同長官との間で電話会談を行い，"
        "同長官より祝意が伝えられました。"
    )
    opening = find_opening((text,))
    expected = ("山田", ["トム・リード"])
    assert expected == ((opening.subject.name, [m.name for m in opening.others]) if opening else None)


@pytest.mark.parametrize(
    "text",
    [
        "長崎では式典に出席し，来日中の事務総長と会談を行いました。",
        "本日，日独外相会談が行われました。",
        "山田外務大臣は，ドイツを訪問しました。",
    ],
)
def test_no_opening(text: str) -> None:
    """No opening without a named subject, or without a named counterpart."""
    assert find_opening((text,)) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("山田外務大臣は，リード国務長官と電話会談を行いました。", EventKind.PHONE_CALL),
        ("山田外務大臣は，リード国務長官とテレビ会議形式で会談を行いました。", EventKind.VIDEO_CALL),
        ("山田外務大臣は，リード国務長官と立ち話を行いました。", EventKind.MEETING),
        ("山田外務大臣は，リード国務長官の表敬を受けました。", EventKind.MEETING),
        ("山田外務大臣は，リード国務長官と戦略対話を行いました。", EventKind.TALKS),
    ],
)
def test_kinds(sentence: str, expected: EventKind) -> None:
    """The channel the event phrase names, before the plain meeting."""
    assert expected == event_kind(find_opening((sentence,)), None)


def test_kind_from_the_headline_when_the_opening_names_none() -> None:
    """With no opening, the headline's event noun gives the kind."""
    expected = EventKind.PHONE_CALL
    assert expected == event_kind(None, "日豪首脳電話会談")


@pytest.mark.parametrize(
    ("opening", "published", "expected"),
    [
        ("本26日，", dt.date(2015, 5, 26), (dt.date(2015, 5, 26), "relative")),
        ("3日(日曜日),", dt.date(2013, 2, 4), (dt.date(2013, 2, 3), "relative")),
        ("30日，", dt.date(2020, 1, 2), (dt.date(2019, 12, 30), "relative")),
        ("12月31日，", dt.date(2021, 1, 1), (dt.date(2020, 12, 31), "relative")),
        ("令和2年1月7日，", dt.date(2020, 1, 9), (dt.date(2020, 1, 7), "text")),
        ("", dt.date(2020, 1, 9), (dt.date(2020, 1, 9), "published")),
    ],
)
def test_dates(opening: str, published: dt.date, expected: tuple[dt.date, str]) -> None:
    """本26日, a day with its weekday, a month and day across the new year, an era date, none at all."""
    when = event_date(find_opening((opening + CALL,)), None, published)
    assert expected == (when.date, when.basis)


def test_no_date_without_the_page_date() -> None:
    """A day of the month with no page date to resolve it against gives no date."""
    when = event_date(find_opening(("本26日，" + CALL,)), None, None)
    expected = (None, None)
    assert expected == (when.date, when.basis)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("国際会議のためジュネーブ出張中の山田外務大臣は，リード国務長官と会談を行いました。", "ジュネーブ"),
        ("山田外務大臣は，ジュネーブにおいて，リード国務長官と会談を行いました。", "ジュネーブ"),
        ("山田外務大臣は，国連内において，リード国務長官と会談を行いました。", None),
        ("ジュネーブ出張中の山田外務大臣は，リード国務長官と電話会談を行いました。", None),
        ("スイス・ジュネーブを訪問中の山田外務大臣は，リード国務長官と会談を行いました。", "ジュネーブ"),
        ("ガーナ共和国を訪問中の山田外務大臣は，リード国務長官と会談を行いました。", None),
        ("米国を訪問中の山田外務大臣は，リード国務長官と会談を行いました。", None),
    ],
)
def test_place(sentence: str, expected: str | None) -> None:
    """The city of a meeting (a country before it dropped); none for a country, a room, a call."""
    opening = find_opening((sentence,))
    assert expected == event_place(opening, event_kind(opening, None))
