"""Phrasings that say where the sides stand though the parser gives them to no one, and subjects two
accounts name in other words (issue #12, align10). The people and events are invented."""

from __future__ import annotations

import attrs
import pytest

from readoutlib.compare import compare
from readoutlib.compare.align import holds_position
from readoutlib.compare.model import Point
from readoutlib.compare.subjects import subjects_of

from .kit import make_readout
from .test_across_languages import ENGLISH_CN, _chinese, _english_call, _russian, _russian_call
from .test_align import OPENING, _page


@pytest.mark.parametrize(
    ("sentence", "holds"),
    [
        ("It was agreed to keep the ferry line to Bergen open through the winter.", True),
        ("It was noted that the cod stocks of the Adriatic had recovered.", True),
        ("It has been emphasised that the treaty protects the fishing villages.", True),
        ("It was a long day for the fishing fleet of Split.", False),
        ("中方愿同挪方加强渔业合作。", True),
        ("挪方支持双方尽快重启渡轮航线。", True),
        ("地方政府支持渡轮航线。", False),
    ],
)
def test_a_passive_report_or_a_sides_stance_holds_a_position(sentence: str, holds: bool) -> None:
    """An official translation's passive report ("It was agreed to ...") and the Chinese formula of one
    side's stance ("中方愿……", "挪方支持……") state where the sides stand; 地方 (local) is no side."""
    expected = holds
    assert expected == holds_position(Point(0, 0, len(sentence), sentence))


@pytest.mark.parametrize(
    "phrase",
    [
        "agreed to continue contacts at various levels",
        "the ministries will maintain regular contact",
        "to keep up working contacts",
    ],
)
def test_keeping_in_contact_in_other_words_is_the_contact_subject(phrase: str) -> None:
    """ "continue contacts", "maintain regular contact", "contacts at various levels" are one subject
    with "stay in close touch"."""
    expected = frozenset({"#contact"})
    assert expected == subjects_of(phrase)


def test_a_passive_agreement_is_linked_to_the_statement_it_reports() -> None:
    """ "It was agreed to continue contacts at various levels" (no speaker) and a statement that the
    ministries will stay in close touch are one point: they share the contact subject, not a word."""
    said = "that their ministries will stay in close touch on the fisheries dispute."
    a = _page((OPENING, f"Ana Kovac and Tomas Berg agreed {said}"), (("both", "agreed", 1, said),))
    b = _page((OPENING, "It was agreed to continue contacts at various levels."), ())
    expected = [(0, 0)]
    assert expected == [(link.a, link.b) for link in compare(a, b).links]


def test_a_chinese_sides_stance_is_linked_across_languages() -> None:
    """A Chinese sentence of the side's stance ("中方愿……", no speaker) states something, so across
    languages it is weighed against the English statement naming the same third countries."""
    english = make_readout(
        "aa-mfa",
        "President Ruiz spoke with Minister Wang",
        [("Marta Ruiz", "ES"), ("Wang Fang", "CN")],
        date=ENGLISH_CN.event.date,
        said=[("Marta Ruiz", "welcomed", "closer coordination with Georgia and Armenia on the fisheries.")],
    )
    chinese = attrs.evolve(
        _chinese(make_readout("cc-mfa", "王芳同鲁伊斯通电话", [("王芳", "CN"), ("Marta Ruiz", "ES")])),
        paragraphs=("中方愿同西方加强同格鲁吉亚和亚美尼亚的渔业协调。",),
    )
    expected = [(0, 0)]
    assert expected == [(link.a, link.b) for link in compare(english, chinese).links]


@pytest.mark.parametrize(
    ("phrase", "talks"),
    [
        ("gave an assessment of the delegation's series of discussions with the Ukrainian side", True),
        ("the third round of discussions is scheduled for today", True),
        ("held discussions with Norwegian representatives in Split", True),
        ("held discussions on the fisheries treaty", False),
    ],
)
def test_rounds_of_discussions_with_representatives_are_talks(phrase: str, talks: bool) -> None:
    """A round or series of discussions, or discussions with the other side's representatives, are
    talks (the diplomacy subject, as "negotiations"); discussions on a subject are no talks."""
    expected = talks
    assert expected == ("#diplomacy" in subjects_of(phrase))


@pytest.mark.parametrize(
    "phrase",
    [
        "Orlov briefed Ruiz on the special military operation",
        "the decision to launch a special operation",
        "Russia's full-scale invasion",
        "о целях специальной военной операции",
        "在乌东部地区采取特别军事行动",
    ],
)
def test_a_military_operation_is_one_subject_in_every_language(phrase: str) -> None:
    """A special military operation, a full-scale invasion, "специальная военная операция" and
    "特别军事行动" are one subject, however each side names the war."""
    expected = frozenset({"#military-operation"})
    assert expected == subjects_of(phrase) & expected


def test_a_military_operation_links_a_russian_account_to_an_english_one() -> None:
    """The English side's "briefed ... on the military operation" and the Russian side's "рассказал о ходе
    специальной военной операции" share the subject and nothing else: they are linked."""
    english = _english_call(
        [("Pavel Orlov", "briefed", "Marta Ruiz on the course of the military operation.")]
    )
    russian = _russian(_russian_call([("Павел Орлов", "рассказал", "о ходе специальной военной операции.")]))
    expected = [(0, 0)]
    assert expected == [(link.a, link.b) for link in compare(english, russian).links]
