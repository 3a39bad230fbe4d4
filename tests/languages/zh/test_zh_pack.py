"""The Chinese pack end to end: invented pages in the fmprc HTML and news-copy text layouts, and the
pack's place among the installed languages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.cli import main
from readoutlib.errors import NotAReadoutError
from readoutlib.languages import Page, language_pack
from readoutlib.model import EventKind
from readoutlib.testing import Case, cases_in, check_case

CASES = cases_in(Path(__file__).parent / "cases")


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each invented page parses to its gold (detection, every field, both round trips)."""
    check_case(case)


def test_requested_by_the_other_side() -> None:
    """'应约' in the opening: the side named second asked for the call."""
    page = next(c for c in CASES if c.stem.endswith("olsen-call-zh")).page
    readout = readoutlib.parse(page)
    expected = [("赵明", False), ("奥尔森", True)]
    assert expected == [(p.name, p.requested) for p in readout.event.participants]


def test_speech_headline_is_refused_with_its_reason() -> None:
    """A speech is not a readout, and the refusal says so."""
    text = "赵明在论坛开幕式上的演讲（全文）\n\n赵明表示，各国应加强合作，共同应对挑战。\n"
    with pytest.raises(NotAReadoutError) as caught:
        readoutlib.parse(text)
    expected = "not a readout: a speech"
    assert expected == caught.value.reason


def test_page_without_an_event_between_officials_is_refused() -> None:
    """A report of an embassy's charity sale names no call or meeting: refused with the reason."""
    text = "驻挪威使馆举办慈善义卖\n\n2024年5月3日，驻挪威使馆举办慈善义卖活动，所得款项捐给当地学校。\n"
    with pytest.raises(NotAReadoutError) as caught:
        readoutlib.parse(text)
    expected = (
        "not a readout: no call, meeting or talks between two officials named with their offices is reported"
    )
    assert expected == caught.value.reason


def test_pack_is_registered_as_zh() -> None:
    """The entry point 'zh' gives the ChinesePack."""
    pack = language_pack("zh-Hant")
    expected = ("zh", "Chinese", "ChinesePack")
    assert expected == (pack.code, pack.name, type(pack).__name__)


def test_languages_command_lists_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """`readout languages` lists the Chinese pack with what it reads."""
    code = main(["languages"])
    line = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("zh"))
    expected = (0, ["zh", "Chinese"])
    assert expected == (code, line.split()[:2])


def test_key_is_the_same_in_both_scripts() -> None:
    """A principal written in traditional characters gets the key of the simplified spelling."""
    page = next(c for c in CASES if c.stem.endswith("soto-call-hant")).page
    readout = readoutlib.parse(page)
    expected = [("習近平", "CN:习近平"), ("索托", "CL:索托")]
    assert expected == [(p.name, p.key) for p in readout.event.participants]


def test_mentioned_people_are_names_not_sentence_pieces() -> None:
    """Others named "<name><office>" or "<country><office><name>" are mentioned; words after an
    office that go on with the sentence ("总统新任期…") and office words ("国家主席") are not."""
    text = (
        "赵明同挪威外交大臣奥尔森通电话\n\n"
        "2024年6月10日，外长赵明同挪威外交大臣奥尔森通电话。\n\n"
        "赵明表示，今年3月李华主席访问挪威以来，两国合作不断深化，希望美国总统新任期有一个好的开始。\n\n"
        "奥尔森表示，挪方赞赏瑞典首相卡尔松的倡议。\n\n"
        "标签：国家主席；外交部长\n"
    )
    expected = ("李华", "卡尔松")
    assert expected == readoutlib.parse(text).mentioned


def test_latin_form_printed_beside_a_name_is_an_alias() -> None:
    """'拉夫罗夫(Sergei Lavrov)' in the opening: the name as written, the Latin form in aliases and key."""
    text = (
        "王毅同拉夫罗夫通电话\n\n"
        "2021年3月4日，中国外长王毅同俄罗斯外长拉夫罗夫（Sergei Lavrov）通电话。\n\n"
        "王毅表示，双方要加强合作。\n"
    )
    expected = [("王毅", (), "CN:王毅"), ("拉夫罗夫", ("Sergei Lavrov",), "RU:sergei-lavrov")]
    assert expected == [(p.name, p.aliases, p.key) for p in readoutlib.parse(text).event.participants]


def test_dateline_dates_an_opening_without_a_date() -> None:
    """No date in the opening: the agency's dateline (the day it was written) dates the event,
    not the copy's later publication date."""
    text = (
        "赵明同挪威首相奥尔森通电话\n\n"
        "2024-06-11 08:00 来源：新华社\n\n"
        "新华社北京6月10日电 国家主席赵明应约同挪威首相奥尔森通电话。\n\n"
        "赵明表示，两国关系稳步发展。\n"
    )
    event = readoutlib.parse(text).event
    expected = (dt.date(2024, 6, 10), "published")
    assert expected == (event.date, event.date_basis)


def test_publisher_kind_patterns_come_first() -> None:
    """A profile's kind_patterns decide the kind before the pack's table ('会见' read as talks here)."""
    pack = language_pack("zh")
    page = Page("赵明会见奥尔森", ("2024年5月6日，外长赵明在北京会见挪威外交大臣奥尔森。",))
    profile = Profile(kind_patterns=((r"会见", "talks"),))
    genre = pack.genre(page, profile)
    expected = (EventKind.TALKS, EventKind.MEETING)
    assert expected == (pack.event(page, genre, profile).kind, pack.event(page, genre, Profile()).kind)
