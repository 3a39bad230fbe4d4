"""Pairing across scripts: principals in Chinese characters and the same people in Latin letters."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from readoutlib.compare import MatchEvidence, PairedEvent, PersonMatch, pair
from readoutlib.compare.persons import office_levels
from readoutlib.model import Readout

from .kit import make_readout

DAY = dt.date(2024, 5, 7)

#: Invented leaders and ministers of two countries, each as (name, country, title).
HAN_ZH, HAN_EN, HAN_RU = (
    ("韩立明", "CN", "国家主席"),
    ("Han Liming", "CN", "President"),
    ("Хань Лимин", "CN", "председатель"),
)
NORD_ZH, NORD_EN, NORD_RU = (
    ("诺德", "NO", "首相"),
    ("Erik Nord", "NO", "Prime Minister"),
    ("Эрик Норд", "NO", "премьер-министр"),
)
MA_ZH, DAHL_ZH = ("马文涛", "CN", "外长"), ("达尔", "NO", "外交大臣")
NORD_UNTITLED = ("Erik Nord", "NO", "")


def readout(publisher: str, people: list[tuple[str, str, str]], day: dt.date = DAY) -> Readout:
    """An invented phone call published by ``publisher`` on ``day``, its principals with their titles."""
    base = make_readout(
        publisher, "A phone call", [(name, country) for name, country, _ in people], published=day
    )
    participants = tuple(
        attrs.evolve(p, titles=(title,) if title else ())
        for p, (_, _, title) in zip(base.event.participants, people, strict=True)
    )
    return attrs.evolve(base, event=attrs.evolve(base.event, participants=participants))


def groups(events: tuple[PairedEvent, ...], readouts: list[Readout]) -> list[list[int]]:
    index = {id(r): n for n, r in enumerate(readouts)}
    return [[index[id(r)] for r in event.readouts] for event in events]


def test_pair_joins_chinese_and_latin_names_by_country_and_office_with_evidence() -> None:
    """A leaders' call read in Chinese and in English (no name key in common) is one event, by office."""
    zh = readout("cn-mfa", [HAN_ZH, NORD_ZH])
    en = readout("no-smk", [NORD_EN, HAN_EN], day=DAY + dt.timedelta(days=1))
    expected = (
        PairedEvent(
            readouts=(zh, en),
            evidence=(
                MatchEvidence(
                    a=0,
                    b=1,
                    persons=(
                        PersonMatch("韩立明", "Han Liming", "country and office"),
                        PersonMatch("诺德", "Erik Nord", "country and office"),
                    ),
                    date_a=DAY,
                    date_b=DAY + dt.timedelta(days=1),
                    date_basis_a="published",
                    date_basis_b="published",
                    kind_a=zh.event.kind,
                    kind_b=en.event.kind,
                ),
            ),
        ),
    )
    actual = pair([zh, en])
    assert expected == actual


def test_pair_joins_chinese_and_cyrillic_names_where_one_principal_has_no_title() -> None:
    """A Chinese and a Russian account pair when one principal's offices agree and the other is untitled."""
    readouts = [readout("cn-mfa", [HAN_ZH, NORD_ZH]), readout("no-smk", [(*NORD_RU[:2], ""), HAN_RU])]
    expected = [[0, 1]]
    actual = groups(pair(readouts), readouts)
    assert expected == actual


@pytest.mark.parametrize(
    ("name", "zh_side", "en_side"),
    [
        ("foreign ministers the same day", [MA_ZH, DAHL_ZH], [HAN_EN, NORD_EN]),
        ("one minister, one leader", [MA_ZH, NORD_ZH], [HAN_EN, NORD_EN]),
        (
            "no office given on either side",
            [(*HAN_ZH[:2], ""), (*NORD_ZH[:2], "")],
            [HAN_EN, NORD_UNTITLED],
        ),
        ("another country", [HAN_ZH, ("奥尔森", "SE", "首相")], [HAN_EN, NORD_EN]),
        ("three named against two", [HAN_ZH, NORD_ZH, DAHL_ZH], [HAN_EN, NORD_EN]),
        ("two of one country", [HAN_ZH, MA_ZH], [HAN_EN, ("Ma Wentao", "CN", "Foreign Minister")]),
    ],
)
def test_pair_leaves_other_offices_and_countries_apart(
    name: str, zh_side: list[tuple[str, str, str]], en_side: list[tuple[str, str, str]]
) -> None:
    """Across scripts, a call whose countries or offices differ is another event, whatever the day."""
    readouts = [readout("cn-mfa", zh_side), readout("no-smk", en_side)]
    expected = [[0], [1]]
    actual = groups(pair(readouts), readouts)
    assert expected == actual


def test_pair_picks_the_leaders_call_not_the_ministers_of_the_same_day() -> None:
    """Beside the ministers' call of the same day and countries, the leaders' call pairs with the leaders'."""
    readouts = [
        readout("cn-mfa", [MA_ZH, DAHL_ZH]),
        readout("cn-gov", [HAN_ZH, NORD_ZH]),
        readout("no-smk", [NORD_EN, HAN_EN]),
    ]
    expected = [[0], [1, 2]]
    actual = groups(pair(readouts), readouts)
    assert expected == actual


def test_pair_leaves_a_mixed_script_side_to_the_name_keys() -> None:
    """A side naming one principal in Latin letters is compared by name keys alone, not by office."""
    readouts = [
        readout("cn-mfa", [HAN_ZH, ("Dag Olsen", "NO", "首相")]),
        readout("no-smk", [HAN_EN, NORD_EN]),
    ]
    expected = [[0], [1]]
    actual = groups(pair(readouts), readouts)
    assert expected == actual


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        (("国家主席",), frozenset({"head of state"})),
        (("总统",), frozenset({"head of state"})),
        (("副总统",), frozenset()),
        (("首相",), frozenset({"head of government"})),
        (("外长",), frozenset({"foreign minister"})),
        (("President",), frozenset({"head of state"})),
        (("Prime Minister",), frozenset({"head of government"})),
        (("Minister of Foreign Affairs",), frozenset({"foreign minister"})),
        (("Председатель",), frozenset({"head of state"})),
        (("министр иностранных дел",), frozenset({"foreign minister"})),
        ((), frozenset()),
    ],
)
def test_office_levels(titles: tuple[str, ...], expected: frozenset[str]) -> None:
    """Titles in three scripts name a level of office; a deputy's title names none."""
    actual = office_levels(titles)
    assert expected == actual
