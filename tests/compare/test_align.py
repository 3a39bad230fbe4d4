"""Aligning two readouts of one event: linked statements, what only one side reports, the facts."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from readoutlib.compare import Attribution, Fact, PersonMatch, StatementLink, compare
from readoutlib.compare.align import MIN_SCORE, content_words, similarity
from readoutlib.compare.subjects import SUBJECTS, subjects_of
from readoutlib.model import EventKind

from .kit import make_readout

DAY = dt.date(2024, 3, 3)

# Two accounts of one invented call, in each side's own words.
SIDE_A = make_readout(
    "aa-mfa",
    "Minister Kovac holds phone call with Minister Berg",
    [("Ana Kovac", "HR"), ("Tomas Berg", "NO")],
    published=DAY,
    requested="Tomas Berg",
    said=[
        (
            "Ana Kovac",
            "thanked",
            "Norway for its steady support of Croatia's sovereignty and territorial integrity.",
        ),
        ("both", "agreed", "to resume negotiations on the fisheries treaty early next year."),
        ("Tomas Berg", "promised", "to lift the tariffs on Croatian olive oil."),
    ],
)
SIDE_B = make_readout(
    "bb-ud",
    "Foreign Minister Berg spoke with Foreign Minister Kovač",
    [("Tomas Berg", "NO"), ("Ana Kovač", "HR")],
    kind=EventKind.VIDEO_CALL,
    date=DAY,
    said=[
        (
            "Tomas Berg",
            "reaffirmed",
            "Norway's commitment to Croatia's sovereignty and territorial integrity.",
        ),
        ("Tomas Berg", "raised", "the safety of shipping in the Adriatic."),
        ("both", "welcomed", "the plan to resume talks on a fisheries treaty in the new year."),
    ],
)


def test_compare_links_statements_on_the_same_subject() -> None:
    """Statements on one subject are linked across the sides; the rest is what only one side reports."""
    result = compare(SIDE_A, SIDE_B)
    links = [(link.a, link.b, link.same_speaker) for link in result.links]
    expected = ([(0, 0, False), (1, 2, True)], (2,), (1,))
    assert expected == (links, result.only_a, result.only_b)


def test_compare_facts_and_persons() -> None:
    """Kind, date, place, who asked and who is named are set side by side."""
    result = compare(SIDE_A, SIDE_B)
    expected_persons = (
        PersonMatch("Ana Kovac", "Ana Kovač", "participants"),
        PersonMatch("Tomas Berg", "Tomas Berg", "participants"),
    )
    expected_facts = (
        Fact("kind", "phone_call", "video_call", False),
        Fact("date", "2024-03-03 (published)", "2024-03-03 (event)", True),
        Fact("place", None, None, True),
        Fact("requested by", "Tomas Berg", None, False),
        Fact("principals named", "Ana Kovac; Tomas Berg", "Tomas Berg; Ana Kovač", True),
        Fact("statements given to Ana Kovač", "1", "0", False),
        Fact("statements given to Tomas Berg", "1", "2", False),
        Fact("joint statements", "1", "1", True),
    )
    assert (expected_persons, expected_facts) == (result.persons, result.facts)


def test_compare_headline_finding() -> None:
    """A statement A gives to B's own principal, which B does not report, is an attribution."""
    expected = (Attribution("a", 2, "Tomas Berg", "to lift the tariffs on Croatian olive oil."),)
    assert expected == compare(SIDE_A, SIDE_B).attributions


def test_compare_link_fields() -> None:
    """A link carries both speakers as each side names them and the similarity score."""
    link = compare(SIDE_A, SIDE_B).links[0]
    expected = StatementLink(0, 0, link.score, "Ana Kovac", "Tomas Berg", False)
    assert (expected, True) == (link, 50 <= link.score <= 100)


def test_content_words_drop_names_countries_and_function_words() -> None:
    """Content words are stems of the words that say what, plus the subjects touched."""
    words = content_words(
        "Ana Kovac thanked Norway for the sanctions on shipping.",
        frozenset({"ana", "kovac"}),
        sides=frozenset({"HR", "NO"}),
    )
    assert frozenset({"thanked", "sanctio", "shippin", "#deterrence", "#gratitude"}) == words


def test_content_words_keep_third_countries_and_figures() -> None:
    """The sides' countries are dropped; a third country and a figure are kept as what is talked about."""
    words = content_words(
        "Norway and Croatia urged Iranian compliance with the deal by 2030 and pledged $500 million.",
        sides=frozenset({"NO", "HR"}),
    )
    expected = frozenset({"urged", "complia", "deal", "pledged", "million", "@IR", "=2030", "=500"})
    assert expected == words


def test_similarity_anchored_by_a_figure_and_a_third_country() -> None:
    """Two long statements sharing a figure, a third country and a word reach the threshold."""
    shared = {"=2060", "@IR", "deal"}
    a = frozenset(
        shared
        | set(
            [
                "climate",
                "forests",
                "carbon",
                "pledge",
                "summit",
                "glasgow",
                "delegation",
                "contribute",
                "success",
                "forum",
                "work",
                "international",
                "expanded",
                "troika",
                "consultations",
                "capital",
                "meeting",
                "held",
                "last",
                "week",
                "format",
                "plan",
            ]
        )
    )
    b = frozenset(
        shared
        | set(
            [
                "steps",
                "recent",
                "commit",
                "target",
                "raise",
                "ending",
                "deforestation",
                "ambitious",
                "contribution",
                "nationally",
                "determined",
                "regret",
                "attend",
                "person",
                "coronavirus",
                "light",
                "situation",
                "poisonings",
                "salisbury",
                "tackle",
            ]
        )
    )
    expected = (True, True)
    assert expected == (similarity(a, b) >= MIN_SCORE, similarity(a - {"@IR"}, b - {"@IR"}) < MIN_SCORE)


@pytest.mark.parametrize(("subject", "pattern", "example"), SUBJECTS)
def test_subject_rows(subject: str, pattern: str, example: str) -> None:
    """Each subject row matches its own example, and its pattern compiles."""
    re.compile(pattern)
    assert "#" + subject.replace(" ", "-") in subjects_of(example)


def test_compare_does_not_link_statements_sharing_only_a_few_words() -> None:
    """Two statements on different subjects that share two words stay unlinked (below MIN_SCORE)."""
    a = make_readout(
        "aa-mfa",
        "t",
        [("Ana Kovac", "HR"), ("Tomas Berg", "NO")],
        said=[
            (
                "Ana Kovac",
                "proposed",
                "to resume work on the fisheries treaty, open consulates in Bergen and Split, expand student "
                "exchanges, build a new ferry line and cooperate on polar research.",
            )
        ],
    )
    b = make_readout(
        "bb-ud",
        "t",
        [("Tomas Berg", "NO"), ("Ana Kovac", "HR")],
        said=[
            ("Tomas Berg", "regretted", "the rising price of fuel for fisheries fleets and of polar cruises.")
        ],
    )
    result = compare(a, b)
    expected: tuple[object, ...] = ((), (0,), (0,))
    assert expected == (result.links, result.only_a, result.only_b)


def test_comparison_json_round_trip() -> None:
    """A comparison written as JSON reads back into the identical model."""
    from readoutlib.compare.serialize import dumps, loads

    comparison = compare(SIDE_A, SIDE_B)
    assert comparison == loads(dumps(comparison))


def test_compare_json_refuses_another_schema() -> None:
    """A document of another schema is a SchemaError naming the expected schema."""
    from readoutlib.compare.serialize import loads
    from readoutlib.errors import SchemaError

    with pytest.raises(SchemaError) as caught:
        loads('{"schema": "readoutlib/1"}')
    expected = "not a readoutlib-compare/1 document (its 'schema' must be 'readoutlib-compare/1')"
    assert expected == str(caught.value)
