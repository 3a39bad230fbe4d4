"""The Chinese pack's rules, each on invented sentences: fold, names and offices, the opening, dates,
genre and body, statements."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutlib.analysis.profile import Profile
from readoutlib.languages.zh.event import (
    dateline_day,
    event_date,
    event_kind,
    event_location,
    find_opening,
    requester,
)
from readoutlib.languages.zh.genre import body_start, future_event, refusal
from readoutlib.languages.zh.people import mentions
from readoutlib.languages.zh.statements import Speaker, find_statements
from readoutlib.languages.zh.text import clause_starts, fold, sentences
from readoutlib.model import BOTH, EventKind

ZHAO = Speaker("zhao", "赵明")
OLSEN = Speaker("olsen", "奥尔森")


def test_fold_maps_traditional_one_for_one() -> None:
    """Traditional characters fold to simplified, and the text keeps its length (offsets hold)."""
    text = "外長趙明應約同挪威外交大臣奧爾森通電話，呼籲雙方對話。"
    expected = "外长赵明应约同挪威外交大臣奥尔森通电话，呼吁双方对话。"
    assert (expected, len(text)) == (fold(text), len(fold(text)))


def test_sentences_and_clauses_keep_offsets() -> None:
    """Sentences end at 。 (a closing quote stays with it); clauses start after commas and colons."""
    text = "赵明说：“很好。” 奥尔森表示，同意，谢谢。"
    spans = list(sentences(text))
    expected = (["赵明说：“很好。”", "奥尔森表示，同意，谢谢。"], [10, 16, 19])
    assert expected == ([text[a:b] for a, b in spans], clause_starts(text, *spans[1]))


def test_ascii_full_stop_after_han_ends_a_sentence() -> None:
    """'通電話. 王毅表示' is two sentences; '3.5' and 'Mr.' are not sentence ends."""
    text = "赵明同奥尔森通电话. 赵明表示, 增长3.5%左右. Mr. Li 说好。"
    expected = ["赵明同奥尔森通电话.", "赵明表示, 增长3.5%左右.", "Mr. Li 说好。"]
    assert expected == [text[a:b] for a, b in sentences(text)]


def _people(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [(m.name, m.titles, m.country) for m in mentions(text)]


def test_offices_before_a_name_with_country_and_joined_offices() -> None:
    """'<country><office>、<office><name>', '<office>兼<office><name>': offices split, country cut."""
    text = "2024年3月1日，中国国务委员兼外长赵明应约同挪威首相府国务秘书、外交大臣奥尔森通电话。"
    expected = [("赵明", ("国务委员", "外长"), "CN"), ("奥尔森", ("首相府国务秘书", "外交大臣"), "NO")]
    assert expected == _people(text)


def test_agency_dateline_in_brackets_is_not_an_office() -> None:
    """'新华社北京9月3日电(记者李华)国家主席赵明': the reporter's bracket ends before the office."""
    expected = [("赵明", ("国家主席",), None), ("奥尔森", ("首相",), "NO")]
    assert expected == _people("新华社北京9月3日电(记者李华)国家主席赵明3日会见挪威首相奥尔森。")


def test_one_character_country_before_an_office() -> None:
    """'俄外长' is Russia's foreign minister; '美国务卿' is 美 + 国务卿, not 美国 + 务卿."""
    expected = [
        ("拉夫罗夫", ("外长",), "RU"),
        ("李安", ("国务卿",), "US"),
        ("赵明", ("中央外事办主任",), None),
    ]
    assert expected == _people("俄外长拉夫罗夫、美国务卿李安和中央外事办主任赵明出席。")


def test_party_office_keeps_the_party_and_gives_the_country() -> None:
    """'中共中央政治局委员' is an office of China's party: kept whole, country CN."""
    expected = [("赵明", ("中共中央政治局委员", "外交部长"), "CN")]
    assert expected == _people("中共中央政治局委员、外交部长赵明出席。")


def test_office_joined_by_and_is_one_office() -> None:
    """'外交与安全政策高级代表' is one office, not two people."""
    expected = [("李安", ("外交与安全政策高级代表",), "EU")]
    assert expected == _people("欧盟外交与安全政策高级代表李安在布鲁塞尔会见赵明。")


def test_name_before_its_office() -> None:
    """'赵明外长在…会见了…' names 赵明 with the office after the name."""
    expected = [("赵明", ("外长",), None), ("李安", ("前总统",), "US")]
    assert expected == _people("4月27日，赵明外长在纽约会见了美国前总统李安。")


def test_latin_form_and_spouses() -> None:
    """A Latin-script form in brackets is kept; a spouse's office marks the mention as a spouse."""
    found = list(mentions("挪威外交大臣奥尔森（Ola Olsen）同大使夫人李安见面。"))
    expected = [("奥尔森", "Ola Olsen", False), ("李安", None, True)]
    assert expected == [(m.name, m.latin, m.spouse) for m in found]


def test_opening_is_the_first_sentence_naming_two_sides() -> None:
    """A lead naming one official is passed over; the opening may name a side known from the lead."""
    paragraphs = [
        "首页 新闻 图片",
        "外交部副部长赵明在挪威同当地官员会面。",
        "赵明在奥斯陆同挪威外交部秘书长奥尔森举行政治磋商。",
    ]
    opening = find_opening(paragraphs)
    assert opening is not None
    expected = (2, ["赵明", "奥尔森"], ["外交部副部长", "外交部秘书长"])
    assert expected == (
        opening.paragraph,
        [s.name for s in opening.sides],
        [s.titles[-1] for s in opening.sides],
    )


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("赵明同奥尔森举行视频会晤。", EventKind.VIDEO_CALL),
        ("趙明同奧爾森進行視像會晤。", EventKind.VIDEO_CALL),
        ("赵明应约同奥尔森通电话。", EventKind.PHONE_CALL),
        ("赵明致电奥尔森，祝贺他当选。", EventKind.MESSAGE),
        ("赵明在北京同奥尔森举行会谈。", EventKind.TALKS),
        ("赵明在北京会见奥尔森。", EventKind.MEETING),
        ("赵明出席论坛。", EventKind.OTHER),
    ],
)
def test_event_kind(sentence: str, kind: EventKind) -> None:
    """The channel wins over the encounter, talks over a meeting."""
    assert kind == event_kind(sentence)


def test_requester() -> None:
    """'应约': the second side asked; '应<X>之约': X asked; none when neither phrase is there."""
    sentences_ = [
        "外长赵明应约同挪威外交大臣奥尔森通电话。",
        "应挪威外交大臣奥尔森之约，外长赵明同他通电话。",
        "外长赵明同挪威外交大臣奥尔森通电话。",
    ]
    found = []
    for text in sentences_:
        opening = find_opening([text])
        assert opening is not None
        found.append(requester(text, opening.sides))
    expected = [1, 0, None]
    assert expected == found


def test_location_after_the_first_side_and_none_for_calls() -> None:
    """The city of a meeting without its country; a place said before the subject is not it."""
    meeting = "据报道，外长赵明在挪威奥斯陆会见外交大臣奥尔森。"
    found = (
        event_location(meeting, EventKind.MEETING, meeting.index("赵明")),
        event_location("网站在官网上公布，赵明在首都奥斯陆同奥尔森会谈。", EventKind.TALKS, 10),
        event_location("赵明在北京同奥尔森通电话。", EventKind.PHONE_CALL),
    )
    expected = ("奥斯陆", "奥斯陆", None)
    assert expected == found


ANCHOR = dt.date(2024, 1, 3)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2023年12月22日，赵明同奥尔森通电话。", (dt.date(2023, 12, 22), "text")),
        ("二〇二三年十二月二十二日，赵明同奥尔森通电话。", (dt.date(2023, 12, 22), "text")),
        ("12月30日晚，赵明同奥尔森通电话。", (dt.date(2023, 12, 30), "relative")),
        ("赵明2日同奥尔森通电话。", (dt.date(2024, 1, 2), "relative")),
        ("赵明周二（2 日）同奥尔森通电话。", (dt.date(2024, 1, 2), "relative")),
        ("赵明28日同奥尔森通电话。", (dt.date(2023, 12, 28), "relative")),
        ("赵明今天同奥尔森通电话。", (dt.date(2024, 1, 3), "relative")),
        ("赵明昨天同奥尔森通电话。", (dt.date(2024, 1, 2), "relative")),
        ("赵明同奥尔森通电话。", None),
    ],
)
def test_event_date(sentence: str, expected: tuple[dt.date, str] | None) -> None:
    """Full dates; a month and day, a day, today and yesterday against the anchor, never ahead of it."""
    assert expected == event_date(sentence, ANCHOR)


def test_relative_date_without_anchor_is_none() -> None:
    """'28日' with no publication date to complete it gives no date (no guess)."""
    assert event_date("赵明28日同奥尔森通电话。", None) is None


def test_dateline_gives_the_day_written_and_where_the_text_starts() -> None:
    """'新华社北京1月2日电': the day the report was written; the text after it is dated against it."""
    sentence = "新华社北京1月2日电 国家主席赵明2日应约同挪威首相奥尔森通电话。"
    skip, written = dateline_day(sentence, dt.date(2024, 1, 3))
    expected = ("新华社北京1月2日电", dt.date(2024, 1, 2), (dt.date(2024, 1, 2), "relative"))
    assert expected == (sentence[:skip], written, event_date(sentence[skip:], written))


@pytest.mark.parametrize(
    ("headline", "reason"),
    [
        ("2024年6月11日外交部发言人李华主持例行记者会", "a press conference"),
        ("赵明在论坛上的主旨演讲", "a speech"),
        ("外交部发言人关于地区局势的声明", "a statement"),
        ("中挪联合声明", None),
        ("赵明会见奥尔森并发表讲话", None),
    ],
)
def test_refusal_by_headline(headline: str, reason: str | None) -> None:
    """Other genres are refused by their headline unless it reports a call or meeting itself."""
    assert reason == refusal(headline, ())


def test_question_and_answer_lines_refuse_the_page() -> None:
    """Two '问：' / '答：' lines among the first paragraphs: a press conference, whatever the headline."""
    paragraphs = ["问：中方如何看待赵明同奥尔森通电话？", "答：赵明外长同挪威外交大臣奥尔森通电话。"]
    expected = "a press conference (questions and answers)"
    assert expected == refusal("中挪关系", paragraphs)


def test_publisher_patterns_refuse_the_page() -> None:
    """A profile's not_readout_patterns refuse a page by its headline or first two paragraphs."""
    profile = Profile(not_readout_patterns=(r"^情况通报",))
    expected = "the page matches the publisher's pattern for pages that are not readouts"
    assert expected == refusal("情况通报：赵明会见奥尔森", [], profile)


def test_body_starts_at_the_prose_before_the_opening() -> None:
    """A lead paragraph in prose is body; a menu line or a date line is not."""
    lead = "赵明在挪威同当地官员会面时表示，合作前景广阔。"
    paragraphs = ["首页 新闻 图片", "2024-06-10", lead, "赵明在奥斯陆会见奥尔森。"]
    expected = (2, 2)
    assert expected == (body_start(paragraphs, 3), body_start([*paragraphs[:2], paragraphs[3]], 2))


def _said(paragraphs: list[str], speakers: tuple[Speaker, ...] = (ZHAO, OLSEN)) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text) for s in find_statements(paragraphs, speakers)]


def test_speaker_verb_comma_content() -> None:
    """'<speaker>表示，<content>' starts after the comma; '双方' is both; '他' the last speaker."""
    paragraphs = [
        "赵明表示，两国关系稳步发展。奥尔森说，挪方愿加强合作。",
        "双方同意保持沟通。他还强调，对话十分重要。",
    ]
    expected = [
        ("zhao", "表示", "两国关系稳步发展。"),
        ("olsen", "说", "挪方愿加强合作。"),
        (BOTH, "同意", "保持沟通。"),
        ("olsen", "强调", "对话十分重要。"),
    ]
    assert expected == _said(paragraphs)


def test_verb_with_an_object_lets_the_next_clause_add_a_statement() -> None:
    """'感谢…，表示…': two statements; after a verb of speech a verb clause is what was said."""
    paragraphs = ["奥尔森感谢中方的支持，表示挪方愿扩大合作，希望早日访华。"]
    expected = [("olsen", "感谢", "中方的支持"), ("olsen", "表示", "挪方愿扩大合作，希望早日访华。")]
    assert expected == _said(paragraphs)


def test_object_before_the_verb_starts_the_statement() -> None:
    """'奥尔森对…表示慰问' starts at '对'; '赵明向…致以问候' at '向'."""
    paragraphs = ["奥尔森对洪涝灾害表示慰问，强调挪方愿提供帮助。赵明向挪威人民致以问候。"]
    expected = [
        ("olsen", "表示", "对洪涝灾害表示慰问"),
        ("olsen", "强调", "挪方愿提供帮助。"),
        ("zhao", "致以", "向挪威人民致以问候。"),
    ]
    assert expected == _said(paragraphs)


def test_subject_with_offices_time_and_place_before_the_verb() -> None:
    """'外交部长赵明星期三在奥斯陆会面时认为，…': offices before the name, time and place before the verb."""
    expected = [("zhao", "认为", "两国关系正在改善。")]
    assert expected == _said(["外交部长赵明星期三在奥斯陆会面时认为，两国关系正在改善。"])


def test_opening_clause_lends_its_subject_to_a_verb_after_it() -> None:
    """'赵明同奥尔森通电话，欢迎…' is a statement of 赵明; a topic verb after it is none."""
    paragraphs = ["赵明今日同奥尔森通电话，欢迎对方年内访华。", "赵明同奥尔森通电话，讨论双边合作。"]
    expected = [("zhao", "欢迎", "对方年内访华。")]
    assert expected == _said(paragraphs)


def test_topic_clause_ends_the_statement_before_and_makes_none() -> None:
    """'双方就…交换了意见' makes no statement; the statement before it ends there."""
    expected = [("zhao", "表示", "合作很重要。")]
    assert expected == _said(["赵明表示，合作很重要。双方还就地区局势交换了意见。"])


def test_others_and_first_person_start_no_statement() -> None:
    """A clause whose subject is not a principal ('我', '中方', another person) starts none."""
    paragraphs = ["赵明指出，我在会上明确指出，中方表示欢迎。李华主席强调，合作重要。"]
    expected = [("zhao", "指出", "我在会上明确指出，中方表示欢迎。李华主席强调，合作重要。")]
    assert expected == _said(paragraphs)


def test_traditional_page_keeps_its_characters() -> None:
    """A traditional page is read through the fold; verb and text are cut from the page as written."""
    speakers = (Speaker("zhao", "趙明"), OLSEN)
    expected = [("zhao", "轉達了", "國家主席對挪威首相的問候。"), (BOTH, "同意", "繼續保持溝通。")]
    assert expected == _said(["趙明首先轉達了國家主席對挪威首相的問候。雙方同意繼續保持溝通。"], speakers)


def test_after_a_verb_of_speech_the_sentence_is_what_was_said() -> None:
    """'赵明表示，两国元首为合作指出方向，…': the joint subject inside what was said starts nothing."""
    expected = [("zhao", "表示", "两国元首为合作指出方向，双方同意加强沟通。")]
    assert expected == _said(["赵明表示，两国元首为合作指出方向，双方同意加强沟通。"])


def test_verb_after_another_office_holder_is_not_the_subjects() -> None:
    """'赵明同奥尔森通话 外交部发言人李华表示，…': 表示 is the spokesperson's, not 赵明's."""
    expected: list[tuple[str, str, str]] = []
    assert expected == _said(["赵明同奥尔森通话 外交部发言人李华表示，双方谈得很好。"])


def test_briefing_takes_an_object_and_lets_a_verb_follow() -> None:
    """'奥尔森通报了…看法，希望…': two statements (a briefing is reported speech, not a topic)."""
    expected = [("olsen", "通报了", "挪方对局势的看法"), ("olsen", "希望", "各方保持克制。")]
    assert expected == _said(["奥尔森通报了挪方对局势的看法，希望各方保持克制。"])


def test_narration_of_the_event_ends_the_statement_before() -> None:
    """A teaser statement before the opening ends where '赵明同奥尔森通电话' narrates the event."""
    expected = [("zhao", "说", "合作很重要。"), ("olsen", "表示", "同意。")]
    assert expected == _said(["赵明说，合作很重要。 6月1日，外长赵明同奥尔森通电话。奥尔森表示，同意。"])


def test_welcome_ceremony_is_not_a_welcome_statement() -> None:
    """'为奥尔森举行欢迎仪式' holds the noun 欢迎仪式, not the reporting verb 欢迎."""
    expected = [("zhao", "欢迎", "奥尔森访华。")]
    assert expected == _said(["会谈前，赵明为奥尔森举行欢迎仪式。赵明欢迎奥尔森访华。"])


def test_message_addressee_with_country_and_office_given_later() -> None:
    """'赵明致电奥尔森，祝贺他当选挪威首相': the addressee is a side, with the country and office after."""
    opening = find_opening(["2024年5月6日，国家主席赵明致电奥尔森，祝贺他当选挪威首相。"])
    assert opening is not None
    expected = [("赵明", ("国家主席",), None), ("奥尔森", ("首相",), "NO")]
    assert expected == [(s.name, s.titles, s.country) for s in opening.sides]


def test_first_character_of_a_name_with_an_office_or_a_verb() -> None:
    """'赵外长表示' and '奥对此表示赞赏' name the principals by their first character; '赵国' does not."""
    paragraphs = ["赵外长表示，合作重要。奥对此表示赞赏。赵国表示欢迎。"]
    expected = [("zhao", "表示", "合作重要。"), ("olsen", "表示", "对此表示赞赏。赵国表示欢迎。")]
    assert expected == _said(paragraphs)


def test_family_name_of_a_dotted_name_is_the_speaker() -> None:
    """'安娜·奥尔森' introduced, '奥尔森表示' is her statement."""
    expected = [("olsen", "表示", "挪方愿加强合作。")]
    assert expected == _said(["奥尔森表示，挪方愿加强合作。"], (ZHAO, Speaker("olsen", "安娜·奥尔森")))


def test_headless_page_is_judged_by_its_first_sentence() -> None:
    """No headline: a press conference's first sentence refuses the page even if later ones name talks."""
    paragraphs = ["6月1日，外交部发言人李华主持例行记者会。李华宣布，外长赵明将同挪威外长举行会谈。"]
    expected = "a press conference"
    assert expected == refusal(None, paragraphs)


def test_opening_that_announces_a_coming_visit() -> None:
    """'赵明将于…对挪威进行正式访问': a coming event; '赵明同奥尔森举行会谈' is not."""
    coming = "外长赵明将于5月6日对挪威进行正式访问，同挪威外交大臣奥尔森举行会谈。"
    held = "外长赵明同挪威外交大臣奥尔森举行会谈。"
    expected = (True, False)
    assert expected == (future_event(coming, 2), future_event(held, 2))
