"""A Russian or Chinese account against an English one: subjects, countries and figures are shared."""

from __future__ import annotations

import datetime as dt

import attrs

from readoutlib.compare import compare
from readoutlib.compare.align import (
    across_languages,
    bare_topic,
    content_words,
    holds_position,
    neutral,
    points_of,
)
from readoutlib.compare.subjects import subjects_of
from readoutlib.model import Readout

from .kit import make_readout

DAY = dt.date(2025, 4, 2)


def _russian(readout: Readout) -> Readout:
    """The readout as the Russian pack gives it: its source's language is "ru"."""
    return attrs.evolve(readout, source=attrs.evolve(readout.source, language="ru"))


def _english_call(said: list[tuple[str, str, str]]) -> Readout:
    """The English side's account of the invented Ruiz-Orlov call, saying ``said``."""
    return make_readout(
        "aa-mfa",
        "President Ruiz spoke with President Orlov",
        [("Marta Ruiz", "ES"), ("Pavel Orlov", "RU")],
        date=DAY,
        said=said,
    )


def _russian_call(said: list[tuple[str, str, str]]) -> Readout:
    """The Russian side's account of the same call (in Russian, not yet marked "ru"), saying ``said``."""
    return make_readout(
        "bb-kremlin",
        "Телефонный разговор с Председателем Правительства Испании",
        [("Павел Орлов", "RU"), ("Марта Руис", "ES")],
        date=DAY,
        said=said,
    )


# Two accounts of one invented call: the English side's, and the Russian side's in Russian.
ENGLISH = _english_call(
    [
        ("both", "agreed", "that the exchange of prisoners between Georgia and Armenia was a success."),
        ("Marta Ruiz", "stressed", "the importance of normal relations between the two countries."),
        ("Pavel Orlov", "noted", "the 80th anniversary of the victory over Nazi Germany."),
    ],
)
RUSSIAN = _russian(
    _russian_call(
        [
            ("Павел Орлов", "отметил", "80-летний юбилей Великой Победы над нацизмом."),
            ("Марта Руис", "подчеркнула", "важность нормализации двусторонних отношений."),
            ("Павел Орлов", "сообщил", "об успешном обмене пленными между Грузией и Арменией."),
        ],
    )
)


def test_a_russian_account_is_linked_to_an_english_one_on_what_both_can_share() -> None:
    """Across languages each point is linked to the one naming the same subjects, countries and figures."""
    result = compare(ENGLISH, RUSSIAN)
    expected = [(0, 2), (1, 1), (2, 0)]
    assert expected == [(link.a, link.b) for link in result.links]


def test_across_languages_only_the_neutral_words_are_compared() -> None:
    """Two readouts are across languages when their packs differ; what they compare is what both can hold."""
    words = frozenset({"#prisoners", "@GE", "=80", "обмен", "exchang"})
    expected = (True, False, frozenset({"#prisoners", "@GE", "=80"}))
    assert expected == (
        across_languages(ENGLISH, RUSSIAN),
        across_languages(ENGLISH, ENGLISH),
        neutral(words),
    )


def test_russian_words_are_read_as_lemmas_with_their_third_countries() -> None:
    """A Russian word is cut from its lemma, a country in any case is a third country or a side."""
    words = content_words(
        "Выражена признательность за обмен пленными между Россией и Украиной.",
        sides=frozenset({"RU", "AE"}),
    )
    expected = frozenset({"выразит", "признат", "обмен", "пленный", "@UA", "#gratitude", "#prisoners"})
    assert expected == words


def test_russian_phrasings_name_the_english_subjects() -> None:
    """A subject has one name in both languages; 'в отношении' (regarding) and the 'гуманитарная сфера'
    (culture and people-to-people ties) are no subject of theirs."""
    texts = (
        "нормализации двусторонних отношений",
        "normal relations",
        "резолюция в отношении конфликта",
        "в торгово-экономической и гуманитарной областях",
        "соображениями гуманитарного характера",
        "в вопросах ядерного нераспространения",
        "the proliferation of strategic weapons",
    )
    expected = [
        frozenset({"#relationship"}),
        frozenset({"#relationship"}),
        frozenset(),
        frozenset({"#economy"}),
        frozenset({"#humanitarian"}),
        frozenset({"#nuclear"}),
        frozenset({"#nuclear", "#defence"}),
    ]
    assert expected == [subjects_of(text) for text in texts]


def test_a_russian_passive_report_is_a_position_and_obsuzhdeny_a_topic() -> None:
    """'Отмечена решимость ...' states what both hold (a position); 'Обсуждены вопросы ...' names a topic."""
    readout = _russian(
        attrs.evolve(
            RUSSIAN,
            statements=(),
            paragraphs=(
                "Отмечена решимость двух стран отстаивать правду о событиях Второй мировой войны. "
                "Обсуждены актуальные вопросы двусторонней повестки.",
            ),
        )
    )
    points = points_of(readout)
    expected = [(True, False), (False, True)]
    assert expected == [(holds_position(point), bare_topic(point)) for point in points]


def test_a_figure_is_an_ordinal_too_and_never_a_time_of_day() -> None:
    """'the 30th anniversary' is the figure 30; a dateline's '17:45' is no figure."""
    words = content_words("On 6 May 2025 at 17:45 they marked the 30th anniversary.")
    expected = frozenset({"=2025", "=30"})
    assert expected == frozenset(word for word in words if word.startswith("="))


def _chinese(readout: Readout) -> Readout:
    """The readout as the Chinese pack gives it: its source's language is "zh"."""
    return attrs.evolve(readout, source=attrs.evolve(readout.source, language="zh"))


# The same invented call, read by the other side's foreign ministry in Chinese.
CHINESE = _chinese(
    make_readout(
        "cc-mfa",
        "王芳同鲁伊斯通电话",
        [("王芳", "CN"), ("Marta Ruiz", "ES")],
        date=DAY,
        said=[
            ("王芳", "表示", "中方支持格鲁吉亚和亚美尼亚交换战俘。"),
            ("Marta Ruiz", "表示", "西方愿推动两国关系稳定发展。"),
        ],
    )
)
ENGLISH_CN = make_readout(
    "aa-mfa",
    "President Ruiz spoke with Minister Wang",
    [("Marta Ruiz", "ES"), ("Wang Fang", "CN")],
    date=DAY,
    said=[
        ("Marta Ruiz", "stressed", "the importance of stable relations between the two countries."),
        ("Wang Fang", "welcomed", "the exchange of prisoners between Georgia and Armenia."),
    ],
)


def test_a_chinese_account_is_linked_to_an_english_one_on_what_both_can_share() -> None:
    """A Chinese page's subjects and third countries are read without spaces: linked like a Russian one."""
    result = compare(ENGLISH_CN, CHINESE)
    expected = [(0, 1), (1, 0)]
    assert expected == [(link.a, link.b) for link in result.links]


def test_chinese_phrasings_and_sentences() -> None:
    """'关系' is a relationship wherever it stands, '核心利益' no nuclear subject; '。' ends a sentence."""
    paragraph = "双方就乌克兰局势交换了意见。中方重申核心利益。两国关系稳定发展。"
    readout = attrs.evolve(CHINESE, statements=(), paragraphs=(paragraph,))
    expected = (
        [frozenset({"#relationship"}), frozenset()],
        ["双方就乌克兰局势交换了意见。", "中方重申核心利益。", "两国关系稳定发展。"],
    )
    actual = (
        [subjects_of("中美关系"), subjects_of("核心利益")],
        [point.text for point in points_of(readout)],
    )
    assert expected == actual


def test_of_equally_close_candidates_the_one_at_the_same_place_is_linked() -> None:
    """Two Russian sentences with the very same subjects tie for an English one: the one that stands at
    the same place in its account (both report in much the same order) is linked, not the first."""
    english = _english_call(
        [
            ("Marta Ruiz", "stressed", "the importance of normal relations between the two countries."),
            ("Pavel Orlov", "welcomed", "the grain deal."),
            ("Marta Ruiz", "praised", "the decisive contribution of the Red Army."),
        ],
    )
    russian = _russian(
        _russian_call(
            [
                ("Павел Орлов", "передал", "пожелания здоровья ветеранам."),
                ("Марта Руис", "подчеркнула", "важность нормализации двусторонних отношений."),
                ("Марта Руис", "отметила", "решающий вклад Красной армии."),
            ],
        )
    )
    expected = [(0, 1), (2, 2)]
    assert expected == [(link.a, link.b) for link in compare(english, russian).links]
