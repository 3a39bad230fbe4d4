"""Alignment, tenth round (issue #12, task align11; docs/compare.md "Alignment, tenth round"):
phrasings two accounts of one call use for one point that the earlier passes could not weigh. The
people and events are invented."""

from __future__ import annotations

import attrs
import pytest

from readoutlib.compare import compare
from readoutlib.compare.align import bare_topic, content_words, holds_position, points_of
from readoutlib.compare.model import Point
from readoutlib.compare.subjects import subjects_of
from readoutlib.model import Readout

from .kit import make_readout
from .test_across_languages import DAY
from .test_align import OPENING, _page


def _point(sentence: str) -> Point:
    return Point(0, 0, len(sentence), sentence)


@pytest.mark.parametrize(
    ("sentence", "holds", "topic"),
    [
        ("Minister Kovac called Minister Berg to congratulate him on his re-election.", True, False),
        ("Ana Kovac spoke today with Tomas Berg to commend Norway for the new ferry treaty.", True, False),
        ("Ana Kovac telephoned Tomas Berg to offer her condolences after the storm in Tromso.", True, False),
        (
            "Ana Kovac spoke today with Tomas Berg to underscore that Croatia will never accept it.",
            True,
            False,
        ),
        ("Ana Kovac spoke today with Tomas Berg to discuss the ferry line to Bergen.", False, True),
        ("The ministers met to review the fisheries treaty.", False, True),
        ("To thank the crews of the ferry line for their work in the storm.", False, False),
    ],
)
def test_a_call_made_to_say_something_holds_a_position(sentence: str, holds: bool, topic: bool) -> None:
    """A call's purpose that is itself a report of what its caller said ("spoke with X to congratulate
    him on", "to commend", "to offer condolences", "to underscore that") states something, as the
    statement "congratulated him on" does; a purpose that names a topic ("to discuss", "to review")
    stays a topic, and a sentence that opens with "To thank" is no call's purpose."""
    expected = (holds, topic)
    assert expected == (holds_position(_point(sentence)), bare_topic(_point(sentence)))


def test_two_calls_made_to_congratulate_are_linked() -> None:
    """Each side reports the call as made to congratulate the other on an election (no statement of the
    parser's on either side): the two purposes are one point."""
    a = _page(
        (
            OPENING,
            "Minister Kovac called Minister Berg to congratulate him on his recent election and "
            "the formation of a coalition government of national unity.",
        ),
        (),
    )
    b = _page(
        (
            OPENING,
            "Ana Kovac spoke today with Tomas Berg to congratulate him on his re-election and to "
            "commend the forming of a government of national unity.",
        ),
        (),
    )
    expected = [(0, 0)]
    assert expected == [(link.a, link.b) for link in compare(a, b).links]


def _japanese(readout: Readout) -> Readout:
    """The readout as the Japanese pack gives it: its source's language is "ja"."""
    return attrs.evolve(readout, source=attrs.evolve(readout.source, language="ja"))


# The invented Ruiz-Orlov call, read by a Japanese news agency's edition and by the Spanish side.
JAPANESE = _japanese(
    make_readout(
        "dd-agency",
        "ルイス大統領、オルロフ大統領と電話会談",
        [("Marta Ruiz", "ES"), ("Pavel Orlov", "RU")],
        date=DAY,
        said=[
            ("Marta Ruiz", "は", "ウクライナ危機の政治的解決に向けたあらゆる努力を確認した。"),
            ("Pavel Orlov", "は", "王国の建設的な取り組みに対し、感謝の意を表した。"),
        ],
    )
)
SPANISH = make_readout(
    "aa-mfa",
    "President Ruiz spoke with President Orlov",
    [("Marta Ruiz", "ES"), ("Pavel Orlov", "RU")],
    date=DAY,
    said=[
        ("Pavel Orlov", "thanked", "the Kingdom for hosting the talks of the two delegations in Madrid."),
        ("Marta Ruiz", "stressed", "the importance of a peaceful settlement of the crisis in Ukraine."),
    ],
)


def test_a_japanese_account_is_linked_to_an_english_one_on_what_both_can_share() -> None:
    """A Japanese page is read like a Chinese one: its subjects ("政治的解決" is the peace process,
    "感謝" gratitude) and third countries ("ウクライナ") are matched without spaces, so its statements are
    linked to an English account's across languages."""
    expected = [(0, 1), (1, 0)]
    assert expected == sorted((link.a, link.b) for link in compare(JAPANESE, SPANISH).links)


def test_japanese_phrasings_sentences_and_countries() -> None:
    """ "ミサイル" is a subject wherever it stands, "。" ends a Japanese sentence, and a country's full
    name in katakana is a third country ("ウクライナ" is UA)."""
    paragraph = "両首脳は地域情勢について意見交換を行った。弾道ミサイルの発射を非難した。"
    readout = attrs.evolve(JAPANESE, statements=(), paragraphs=(paragraph,))
    expected = (
        frozenset({"#missiles"}),
        ["両首脳は地域情勢について意見交換を行った。", "弾道ミサイルの発射を非難した。"],
        frozenset({"@UA"}),
    )
    actual = (
        subjects_of("北朝鮮のミサイル"),
        [point.text for point in points_of(readout)],
        frozenset(w for w in content_words("ウクライナの主権を支持した。") if w[0] == "@"),
    )
    assert expected == actual


@pytest.mark.parametrize(
    ("sentence", "holds"),
    [
        ("“President Berg and I pledged to further upgrade the ferry alliance.", True),
        ("Tomas Berg and I agreed that the treaty protects the fishing villages.", True),
        ("At the outset, Minister Berg and I thanked the crews.", True),
        ("The ferry line and Iceland's port were named.", False),
    ],
)
def test_a_leader_speaking_with_the_partner_named_first_holds_a_position(sentence: str, holds: bool) -> None:
    """ "President X and I pledged ..." is a leader's own words, as "We pledged ..." is."""
    expected = holds
    assert expected == holds_position(_point(sentence))


@pytest.mark.parametrize(
    "phrase",
    [
        "reiterated their continued support for Moldova",
        "their steadfast commitment to Moldova",
        "expressed solidarity with the people of Moldova",
        "Norway's support for Moldova was unwavering",
    ],
)
def test_standing_by_a_partner_is_one_subject(phrase: str) -> None:
    """ "continued support for", "steadfast commitment to", "solidarity with": one subject, solidarity."""
    assert "#solidarity" in subjects_of(phrase)


def test_two_long_statements_of_solidarity_with_one_country_are_linked() -> None:
    """Two long statements that stand by one third country, each in its own words, are one point: the
    shared country and the solidarity subject anchor them however many words they do not share (the
    other side names the country twice, so no agenda item joins them)."""
    said_a = (
        "their steadfast commitment to Moldova, and that Croatia's help to the border guards and schools "
        "of the country was unwavering through the winter."
    )
    said_b = "their continued support for Moldova as it resists the pressure on its grid and its farmers."
    other_a = "the ferry line to Bergen should open in May with two ships."
    other_b = "the fishing quotas of the lakes of Moldova must be cut by a third."
    a = _page(
        (OPENING, f"Ana Kovac and Tomas Berg reiterated {said_a}", f"Ana Kovac said {other_a}"),
        (("both", "reiterated", 1, said_a), ("ana-kovac", "said", 2, other_a)),
    )
    b = _page(
        (OPENING, f"Tomas Berg said {other_b}", f"The ministers reiterated {said_b}"),
        (("tomas-berg", "said", 1, other_b), ("both", "reiterated", 2, said_b)),
    )
    expected = [(0, 1)]
    assert expected == [(link.a, link.b) for link in compare(a, b).links]


@pytest.mark.parametrize(
    ("sentence", "holds", "topic"),
    [
        ("The ministers also shared views on the latest affairs of the Adriatic.", False, True),
        ("They shared their opinions about the ferry line to Bergen.", False, True),
        ("They restated their shared view that the fisheries treaty must hold.", True, False),
        ("They discussed their shared interests in the Arctic.", True, False),
    ],
)
def test_views_shared_on_a_matter_name_a_topic(sentence: str, holds: bool, topic: bool) -> None:
    """ "shared views on X" names X as a topic, as "exchanged views on X" does, and is linked to
    nothing; "their shared view that ..." and "their shared interests in ..." stay positions."""
    expected = (holds, topic)
    assert expected == (holds_position(_point(sentence)), bare_topic(_point(sentence)))


@pytest.mark.parametrize(
    ("phrase", "subjects"),
    [
        ("to congratulate him on his re-election", {"#congratulations", "#election"}),
        ("since she took office in May", {"#election"}),
        ("his victory over the Labour candidate", set()),
        ("the 80th anniversary of the Victory over Nazism", {"#war-memory"}),
    ],
)
def test_an_election_is_a_subject_and_no_victory_in_it_a_war_memory(phrase: str, subjects: set[str]) -> None:
    """An election, a re-election, taking office: one subject; a victory over a candidate is no war
    memory (a victory over Nazism is)."""
    assert subjects == set(subjects_of(phrase))


def test_a_congratulation_on_an_election_is_linked_to_the_call_made_for_it() -> None:
    """One side reports the congratulation as a statement on a victory, the other as the call's purpose
    on an election: one point."""
    said = "him on his victory over the Labour candidate Ola Dahl."
    a = _page(
        (
            OPENING,
            "Ana Kovac spoke by telephone with Tomas Berg, elected last Sunday to lead the government "
            f"until 2029, and congratulated {said}",
            "Ana Kovac said that the ferry line to Bergen should open in May.",
        ),
        (("ana-kovac", "congratulated", 1, said),),
    )
    b = _page(
        (OPENING, "Ana Kovac spoke today with Tomas Berg to congratulate him on his election."),
        (),
    )
    expected = [(0, 0)]
    assert expected == [(link.a, link.b) for link in compare(a, b).links]
