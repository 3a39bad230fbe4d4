"""Japanese mentions of people: name, titles, country and the Latin form printed beside them."""

from __future__ import annotations

import pytest

from readoutlib.languages.ja.names import (
    find_mentions,
    headline_countries,
    latin_name,
    parse_mention,
    same_person,
)

Read = tuple[str, tuple[str, ...], str | None, bool, str | None]


def _read(text: str) -> list[Read]:
    return [(m.name, m.titles, m.country, m.home_office, m.latin) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("山田花子外務大臣は会談した。", [("山田花子", ("外務大臣",), None, True, None)]),
        ("山田大臣から述べました。", [("山田", ("大臣",), None, False, None)]),
        ("トム・リード米国国務長官と会談", [("トム・リード", ("国務長官",), "US", False, None)]),
        ("トム・リード米国務長官と会談", [("トム・リード", ("国務長官",), "US", False, None)]),
        ("トム・ベイカー・オーストラリア連邦首相と", [("トム・ベイカー", ("首相",), "AU", False, None)]),
        ("劉明中国国務委員兼外交部長と会談", [("劉明", ("国務委員", "外交部長"), "CN", False, None)]),
        ("ジョン・ドウ運輸長官が参列", [("ジョン・ドウ", ("運輸長官",), None, False, None)]),
        ("ジョン・ドウ駐日大使の着任", [("ジョン・ドウ", ("駐日大使",), None, False, None)]),
        ("劉主席から発言がありました。", [("劉", ("主席",), None, False, None)]),
        ("金民洙(キム・ミンス)韓国外交部長官と", [("金民洙", ("外交部長官",), "KR", False, None)]),
        (
            "劉明(りゅう・めい)中国共産党中央政治局委員と",
            [("劉明", ("共産党中央政治局委員",), "CN", False, None)],
        ),
        (
            "ジェーン・ドウ英外務・英連邦大臣と",
            [("ジェーン・ドウ", ("外務・英連邦大臣",), "GB", False, None)],
        ),
        (
            "ポール・ル・ドウ・フランス共和国欧州・外務大臣と",
            [("ポール・ル・ドウ", ("欧州・外務大臣",), "FR", False, None)],
        ),
        ("ラム・シン・インド鉄道・商工大臣が", [("ラム・シン", ("鉄道・商工大臣",), "IN", False, None)]),
        ("アンナ・シュミット独連邦共和国首相を", [("アンナ・シュミット", ("首相",), "DE", False, None)]),
    ],
)
def test_mentions(text: str, expected: list[Read]) -> None:
    """A name with or without its given name, the country before the title, stacked and office titles."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "同長官より謝意が示されました。",
        "両外相は一致しました。",
        "日米外相会談",
        "国務長官就任に祝意",
        "豪州首相と",
    ],
)
def test_titles_with_no_name(text: str) -> None:
    """References ("同長官"), joint subjects, country pairs and a country alone name no one."""
    expected: list[Read] = []
    assert expected == _read(text)


def test_latin_form_beside_the_name() -> None:
    """The parenthesis after a mention gives the Latin name without honorifics or post-nominals."""
    text = "トム・ベイカー豪首相(The Hon. Tom Baker MP, Prime Minister of Australia)と電話会談"
    expected = [("トム・ベイカー", ("首相",), "AU", False, "Tom Baker")]
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("The Honorable Tom Reed, Secretary of State", "Tom Reed"),
        ("H.E. Ms. Anna Schmidt, Federal Minister", "Anna Schmidt"),
        ("The Rt Hon Jane Doe MP", "Jane Doe"),
        ("写真", None),
        ("2+2", None),
    ],
)
def test_latin_name(inner: str, expected: str | None) -> None:
    """Only a capitalised Latin name of two to five words counts."""
    assert expected == latin_name(inner)


def test_parse_mention_of_a_phrase() -> None:
    """A phrase ending in a title is one mention; one ending elsewhere is none."""
    found = parse_mention("マリー・トランブレ・カナダ外務大臣(The Honourable Marie Tremblay, Minister)")
    expected = [("マリー・トランブレ", "CA", "Marie Tremblay"), None]
    actual = [(found.name, found.country, found.latin) if found else None, parse_mention("訪問の結果")]
    assert expected == actual


@pytest.mark.parametrize(
    ("reference", "name", "expected"),
    [
        ("山田", "山田花子", True),
        ("リード", "トム・リード", True),
        ("トム・リード", "トム・リード", True),
        ("花子", "山田花子", False),
        ("ル・ドウ", "ポール・ル・ドウ", True),
        ("ル", "ポール・ル・ドウ", False),
        ("シュミット", "トム・リード", False),
    ],
)
def test_same_person(reference: str, name: str, expected: bool) -> None:
    """A family name joins a full kanji name from its start, a katakana name by its parts."""
    assert expected == same_person(reference, name)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("日米外相電話会談", ("JP", "US")),
        ("日米豪首脳会談", ("JP", "US", "AU")),
        ("日・モンテネグロ首脳会談", ("JP", "ME")),
        ("外務大臣会見記録", ()),
    ],
)
def test_headline_countries(headline: str, expected: tuple[str, ...]) -> None:
    """A headline pairs Japan with the countries it abbreviates or names after "日・"."""
    assert expected == headline_countries(headline)
