"""Japanese pages that are not readouts, body furniture, principals and who asked for the call."""

from __future__ import annotations

import pytest

from readoutlib.languages.ja.event import find_opening, headline_opening
from readoutlib.languages.ja.genre import body_paragraphs, refusal
from readoutlib.languages.ja.participants import mentioned_people, principals
from readoutlib.model import Participant

OPENING = "山田花子外務大臣は，トム・リード米国国務長官と電話会談を行いました。"
NO_OPENING = "no opening sentence reports a call or meeting between named people"
COMING = "an announcement of a coming event"


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("日米外相電話会談", (OPENING,), None),
        ("外務大臣記者会見記録", (OPENING,), "a press conference"),
        ("中東情勢について(外務大臣談話)", (OPENING,), "a statement"),
        ("外務報道官会見", ("【報道官】冒頭，申し上げます。", OPENING), "a press conference transcript"),
        ("出張報告", ("各地で多くの外相会談を行いました。",), NO_OPENING),
        ("日米外相会談の開催", ("山田外務大臣は，リード国務長官と会談を行う予定です。",), COMING),
    ],
)
def test_refusal(headline: str, body: tuple[str, ...], expected: str | None) -> None:
    """Press conferences, statements, pages with no opening and coming events are refused."""
    assert expected == refusal(headline, body, find_opening(body))


def test_a_headline_opens_a_readout_with_no_lead_sentence() -> None:
    """ "<A>による<B>表敬" names the event and both sides when the body has no lead sentence."""
    opening = headline_opening("山田外務大臣によるアンナ・シュミット独連邦共和国首相表敬")
    assert opening is not None
    expected = ("山田", ["アンナ・シュミット"], "DE", None)
    actual = (
        opening.subject.name,
        [m.name for m in opening.others],
        opening.others[0].country,
        headline_opening("日独外相会談"),
    )
    assert expected == actual


def test_an_opening_past_the_third_paragraph_does_not_count() -> None:
    """A list of the week's meetings far down a page is no readout's opening."""
    body = ("冒頭，申し上げます。", "今週は多くの要人が来日しました。", "詳細は別途お知らせします。", OPENING)
    assert find_opening(body) is None


def test_body_without_furniture() -> None:
    """Labels, date lines, language switchers, headings, captions and "back to" links are not body."""
    lines = ("報道発表", "令和3年4月6日", "英語版 (English)", OPENING, "1 二国間関係", "両者は一致しました。")
    lines += ("(写真)会談に臨む両外相", "関連リンク", "報道発表へ戻る")
    expected = (OPENING, "両者は一致しました。")
    assert expected == body_paragraphs(lines)


Read = tuple[str, str | None, tuple[str, ...], bool]


def _read(sentence: str, headline: str | None = None) -> list[Read]:
    opening = find_opening((sentence,))
    assert opening is not None
    return [(p.name, p.country, p.titles, p.requested) for p in principals(opening, headline)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "山田外務大臣は，トム・リード米国務長官の発意により，同長官との間で電話会談を行いました。",
            [("山田", "JP", ("外務大臣",), False), ("トム・リード", "US", ("国務長官",), True)],
        ),
        (
            "山田外務大臣は，先方の求めに応じ，トム・リード米国務長官と電話会談を行いました。",
            [("山田", "JP", ("外務大臣",), False), ("トム・リード", "US", ("国務長官",), True)],
        ),
        (
            "山田外務大臣は，我が方の要請により，トム・リード米国務長官と電話会談を行いました。",
            [("山田", "JP", ("外務大臣",), True), ("トム・リード", "US", ("国務長官",), False)],
        ),
        (
            "山田外務大臣は，トム・リード米国務長官及びジョン・ドウ豪外務大臣と会談を行いました。",
            [
                ("山田", "JP", ("外務大臣",), False),
                ("トム・リード", "US", ("国務長官",), False),
                ("ジョン・ドウ", "AU", ("外務大臣",), False),
            ],
        ),
    ],
)
def test_principals_and_requests(sentence: str, expected: list[Read]) -> None:
    """Subject, counterparts with titles and countries; の発意により / 先方の求めに応じ / 我が方の要請."""
    assert expected == _read(sentence)


def test_country_from_the_headline_pair() -> None:
    """A counterpart written without a country takes the one the headline pairs with Japan."""
    expected = [("山田", "JP", ("外務大臣",), False), ("ドウ", "AU", ("外相",), False)]
    assert expected == _read("山田外務大臣は，ドウ外相と電話会談を行いました。", "日豪外相電話会談")


def test_key_from_the_latin_form() -> None:
    """The Latin form printed beside a name gives the key an English readout of the person has."""
    text = "山田外務大臣は，トム・リード米国務長官(The Honorable Tom Reed, Secretary)と会談を行いました。"
    opening = find_opening((text,))
    assert opening is not None
    expected = ["JP:山田", "US:tom-reed"]
    assert expected == [p.key for p in principals(opening, None)]


def test_aliases_are_the_latin_form_and_the_reading() -> None:
    """The Latin form and the kana reading a page prints beside a name become its aliases."""
    text = "山田外務大臣は，金民洙(キム・ミンス)韓国外交部長官(H.E. Mr. Kim Min-su)と会談を行いました。"
    opening = find_opening((text,))
    assert opening is not None
    expected = [((), "JP:山田"), (("Kim Min-su", "キム・ミンス"), "KR:kim-min-su")]
    assert expected == [(p.aliases, p.key) for p in principals(opening, None)]


def test_mentioned_people() -> None:
    """Other people named with a title; the principals and references ("同長官") are not listed."""
    people = [
        Participant(id="yamada", name="山田花子", country="JP", titles=("外務大臣",)),
        Participant(id="reed", name="トム・リード", country="US", titles=("国務長官",)),
    ]
    body = (
        "山田大臣から，佐藤総理の訪米と，ジョン・ドウ駐日大使の着任を歓迎しました。",
        "同長官は謝意を述べました。",
    )
    expected = ("佐藤", "ジョン・ドウ")
    assert expected == mentioned_people(body, people)
