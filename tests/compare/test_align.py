"""Aligning two readouts of one event: linked statements, what only one side reports, the facts."""

from __future__ import annotations

import datetime as dt
import math
import re

import attrs
import pytest

from readoutlib.compare import Attribution, Fact, PersonMatch, Point, StatementLink, compare, render_text
from readoutlib.compare.align import (
    BELOW,
    LINKED,
    MIN_SCORE,
    bare_topic,
    content_words,
    holds_position,
    link_trace,
    points_of,
    rarity,
    similarity,
    statement_similarity,
)
from readoutlib.compare.subjects import SUBJECTS, subjects_of
from readoutlib.model import Event, EventKind, Participant, Readout, Source, Statement

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
    """A point A gives to B's own principal, which B does not report, is an attribution."""
    expected = (
        Attribution("a", 2, "Tomas Berg", "Tomas Berg promised to lift the tariffs on Croatian olive oil."),
    )
    assert expected == compare(SIDE_A, SIDE_B).attributions


def test_compare_link_fields() -> None:
    """A link carries both speakers as each side names them, the similarity score and its pass."""
    link = compare(SIDE_A, SIDE_B).links[0]
    expected = StatementLink(0, 0, link.score, "Ana Kovac", "Tomas Berg", False, "statements")
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
    assert expected == (
        statement_similarity(a, b) >= MIN_SCORE,
        statement_similarity(a - {"@IR"}, b - {"@IR"}) < MIN_SCORE,
    )


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
    expected = "not a readoutlib-compare/2 document (its 'schema' must be 'readoutlib-compare/2')"
    assert expected == str(caught.value)


def _page(paragraphs: tuple[str, ...], said: tuple[tuple[str, str, int, str], ...]) -> Readout:
    """A readout of the invented Kovac-Berg call with these paragraphs; ``said`` are (speaker id, verb,
    paragraph, text) of statements found in them."""
    people = (
        Participant(id="ana-kovac", name="Ana Kovac", country="HR"),
        Participant(id="tomas-berg", name="Tomas Berg", country="NO"),
    )
    statements = []
    for speaker, verb, number, text in said:
        start = paragraphs[number].index(text)
        statements.append(Statement(speaker, verb, text, number, start, start + len(text)))
    return Readout(
        source=Source(publisher="aa-mfa", language="en", published=DAY),
        title="t",
        event=Event(kind=EventKind.PHONE_CALL, participants=people),
        statements=tuple(statements),
        paragraphs=paragraphs,
    )


OPENING = "On March 3, 2024, Foreign Minister Ana Kovac held a phone call with Foreign Minister Tomas Berg."
TOPICS = "The ministers discussed the fisheries treaty and the ferry line to Bergen."
STRESSED = "Ana Kovac stressed that the treaty must protect the cod stocks of the Adriatic."


def test_points_are_sentences_with_the_statement_they_hold() -> None:
    """Every sentence that reports something is a point; the opening frame and furniture are not."""
    page = _page(
        (OPENING, f"{TOPICS} {STRESSED}", "Share this page."),
        (("ana-kovac", "stressed", 1, "that the treaty must protect the cod stocks of the Adriatic."),),
    )
    start = len(TOPICS) + 1
    expected = (
        Point(1, 0, len(TOPICS), TOPICS),
        Point(1, start, start + len(STRESSED), STRESSED, "Ana Kovac", "stressed", 0),
    )
    assert expected == points_of(page)


AGREED = "The ministers agreed to open the ferry line to Bergen from the port of Split."


def test_compare_links_a_sentence_the_parser_gives_to_no_one() -> None:
    """A sentence holding no statement (and naming more than a topic) is linked to the other side's
    statement on its subject."""
    a = _page((OPENING, AGREED), ())
    b = _page(
        (OPENING, "Tomas Berg welcomed the plan for a ferry line to Bergen from Split."),
        (("tomas-berg", "welcomed", 1, "the plan for a ferry line to Bergen from Split."),),
    )
    result = compare(a, b)
    expected = ([(0, 0, "sentences")], (), ())
    got = [(link.a, link.b, link.basis) for link in result.links]
    assert expected == (got, result.only_a, result.only_b)


def test_compare_does_not_link_a_topic_to_a_statement() -> None:
    """A sentence that only says what was discussed names a topic, not a statement (rule 1 of the
    alignment convention): it is not linked to the other side's statement on that topic."""
    a = _page((OPENING, TOPICS), ())
    b = _page(
        (OPENING, "Tomas Berg welcomed the plan for a ferry line to Bergen from Split."),
        (("tomas-berg", "welcomed", 1, "the plan for a ferry line to Bergen from Split."),),
    )
    result = compare(a, b)
    expected: tuple[object, ...] = ((), (), (0,), (0,), ())
    assert expected == (result.links, result.only_a, result.only_b, result.topics_a, result.topics_b)


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("The leaders also discussed the current situation in Afghanistan.", True),
        ("The presidents focused on humanitarian issues and humanitarian corridors.", True),
        ("We also discussed the Secretary's efforts in Brussels today.", True),
        ("The Chancellor held a call today to discuss a range of issues on the bilateral agenda.", True),
        ("The ministers exchanged views on the fisheries treaty.", True),
        ("Minister Kovac spoke today with Minister Berg of Norway about her recent visit to Bergen.", True),
        ("Minister Kovac spoke today with Minister Berg to underscore that the ferry will run.", False),
        ("They discussed the importance of the fisheries treaty.", False),
        ("They discussed X and the ministers agreed to open the ferry line.", True),
        ("The ministers agreed to open the ferry line to Bergen.", False),
        ("They reflected that we are strongest when we work together.", False),
        ("The ministers had a frank exchange of views over the fisheries dispute.", True),
        ("The presidents held a thorough discussion on the situation at the border.", True),
        ("It was agreed that the ministers will keep in touch on the issues discussed.", False),
        ("It was emphasised that the treaty discussed today would protect the cod stocks.", False),
    ],
)
def test_bare_topic(sentence: str, topic: bool) -> None:
    """A sentence without a statement that only names a topic (a topic verb, no position) is a bare topic."""
    expected = topic
    assert expected == bare_topic(Point(0, 0, len(sentence), sentence))


def test_compare_does_not_link_two_topics() -> None:
    """Two sentences that only say what was discussed name topics, not statements: no link."""
    a = _page((OPENING, TOPICS), ())
    b = _page((OPENING, "The ministers also discussed the ferry line to Bergen."), ())
    result = compare(a, b)
    expected: tuple[object, ...] = ((), (), (), (0,), (0,))
    assert expected == (result.links, result.only_a, result.only_b, result.topics_a, result.topics_b)


def test_compare_lists_topics_apart_from_what_one_side_reports() -> None:
    """A sentence that only names a topic is no difference between the accounts: it is listed apart
    (``topics_a``), in the terminal view under its own heading, and not as what only that side reports."""
    a = _page((OPENING, TOPICS, STRESSED), (("ana-kovac", "stressed", 2, STRESSED[18:]),))
    b = _page((OPENING, "Tomas Berg welcomed the new ferry timetable for the summer."), ())
    result = compare(a, b)
    text = render_text(result, width=100)
    heading = "Topics named, no statement (not a difference: the other side may cover them)"
    expected = ((1,), (0,), (), True, "[A0] The ministers discussed the fisheries treat")
    actual = (
        result.only_a,
        result.topics_a,
        result.topics_b,
        heading in text,
        text.split(heading, 1)[1].split("\n")[2][:48],
    )
    assert expected == actual


def test_similarity_weights_rare_words() -> None:
    """Point similarity is the Dice overlap with each word weighted by its rarity among the points."""
    weights = rarity([frozenset({"ferry", "line"}), frozenset({"line"}), frozenset({"line", "treaty"})])
    expected = (
        {"ferry": math.log(4), "line": math.log(2), "treaty": math.log(4)},
        50.0,
        round(100 * 2 * math.log(2) / (math.log(4) + math.log(2) + math.log(2) + math.log(4)), 6),
    )
    a, b = frozenset({"ferry", "line"}), frozenset({"line", "treaty"})
    assert expected == (weights, similarity(a, b), round(similarity(a, b, weights), 6))


TASKED = "The ministers tasked their teams to follow up."


def test_a_statement_run_over_the_sentence_end_is_cut_there() -> None:
    """A statement the parser ran on into the next sentence gives that sentence to no one."""
    called = "Ana Kovac called for a return to diplomacy."
    run_over = "a return to diplomacy. The ministers tasked their teams to follow up."
    page = _page((OPENING, f"{called} {TASKED}"), (("ana-kovac", "called for", 1, run_over),))
    start = len(called) + 1
    expected = (
        Point(1, 0, len(called), called, "Ana Kovac", "called for", 0),
        Point(1, start, start + len(TASKED), TASKED),
    )
    assert expected == points_of(page)


def test_diplomats_are_not_diplomacy() -> None:
    """Diplomats and diplomatic missions are the embassy subject, not diplomacy; diplomatic efforts are."""
    expected = (frozenset({"#embassy"}), frozenset({"#diplomacy"}), frozenset())
    actual = (
        subjects_of("the functioning of the diplomatic missions"),
        subjects_of("further diplomatic efforts"),
        subjects_of("mass expulsions of Russian diplomats"),
    )
    assert expected == actual


def test_html_header_counts_pairs_of_points() -> None:
    """The HTML page's header counts the linked pairs of points, singular for one, and the related points."""
    from readoutlib.compare import render_html

    result = compare(SIDE_A, SIDE_B)
    from readoutlib.compare.model import Related

    one = attrs.evolve(result, links=result.links[:1])
    related = attrs.evolve(result, related_a=(Related(0, 0, "margin"),))
    headers = [re.search(r"<header>.*?<p>(.*?)</p>", render_html(c)) for c in (result, one, related)]
    expected = [
        "2 pairs of points on the same subject · 1 only in A · 1 only in B",
        "1 pair of points on the same subject · 1 only in A · 1 only in B",
        "2 pairs of points on the same subject · 1 on the same subject in other words · "
        "1 only in A · 1 only in B",
    ]
    assert expected == [h.group(1) if h else None for h in headers]


def test_link_trace_says_what_became_of_each_pair_of_points() -> None:
    """The trace gives every pair the second pass weighed: the two links made, the rest below threshold."""
    _points_a, _points_b, links, trace = link_trace(SIDE_A, SIDE_B)
    expected = {(i, j): BELOW for i in range(3) for j in range(3)} | {(0, 0): LINKED, (1, 2): LINKED}
    got = {cell: outcome for cell, (_score, outcome) in trace.items()}
    assert (expected, [(0, 0), (1, 2)]) == (got, [(link.a, link.b) for link in links])


def test_link_trace_marks_a_second_pass_link() -> None:
    """A link the second pass makes (a sentence with no statement and a statement) is traced as linked."""
    a = _page((OPENING, AGREED), ())
    b = _page(
        (OPENING, "Tomas Berg welcomed the plan for a ferry line to Bergen from Split."),
        (("tomas-berg", "welcomed", 1, "the plan for a ferry line to Bergen from Split."),),
    )
    _points_a, _points_b, links, trace = link_trace(a, b)
    expected = ({(0, 0): LINKED}, ["sentences"])
    assert expected == (
        {cell: outcome for cell, (_s, outcome) in trace.items()},
        [link.basis for link in links],
    )


def test_compare_links_two_positions_the_parser_does_not_read() -> None:
    """Two sentences that state a position ("the importance of", "commitment to") with no statement of
    the parser's in them are linked by the positions pass; two bare topics are not (see above)."""
    a = _page(
        (OPENING, "The ministers discussed the importance of protecting the cod stocks of the Adriatic."), ()
    )
    b = _page(
        (OPENING, "Both sides reaffirmed their shared commitment to protecting Adriatic cod stocks."), ()
    )
    result = compare(a, b)
    expected = ([(0, 0, "positions")], (), ())
    got = [(link.a, link.b, link.basis) for link in result.links]
    assert expected == (got, result.only_a, result.only_b)


def test_compare_links_a_first_person_statement() -> None:
    """A leader's own words in the first person are a statement for alignment."""
    a = _page((OPENING, "I told Minister Berg that we will protect the cod stocks of the Adriatic."), ())
    b = _page((OPENING, "The ministers discussed the need to protect the Adriatic cod stocks."), ())
    expected = [(0, 0, "positions")]
    assert expected == [(link.a, link.b, link.basis) for link in compare(a, b).links]


@pytest.mark.parametrize(
    ("sentence", "holds"),
    [
        ("The leaders discussed the importance of the NATO alliance.", True),
        ("They discussed the need to accelerate assistance to Ukraine.", True),
        ("The leaders reflected on their shared commitment to the Good Friday Agreement.", True),
        ("They discussed their shared concerns about the military buildup.", True),
        ("At the outset, I expressed my condolences.", True),
        ("We also confirmed that we will continue to cooperate closely.", True),
        ("The leaders discussed the situation in Afghanistan.", False),
        ("They reviewed preparations for the upcoming summit.", False),
        ("The ministers discussed how to accelerate the talks.", False),
        ("We also discussed the Secretary's efforts in Brussels today.", False),
    ],
)
def test_holds_position(sentence: str, holds: bool) -> None:
    """A position or a first-person sentence states something; a topic does not."""
    expected = holds
    assert expected == holds_position(Point(0, 0, len(sentence), sentence))


def test_a_sentence_that_announces_what_follows_is_no_point() -> None:
    """A sentence that only announces what follows ("... is as follows.", "... the following:") is
    page furniture, not a point, so it is never listed as what one side reports."""
    overview = "The overview of the ministers' telephone talk is as follows."
    agenda_line = "The ministers confirmed the following:"
    page = _page((OPENING, overview, agenda_line, TOPICS), ())
    expected = (Point(3, 0, len(TOPICS), TOPICS),)
    assert expected == points_of(page)


def test_related_points_names_the_partner_on_the_same_subject() -> None:
    """A point no link joins that shares enough rare words with a point of the other side is shown
    as on the same subject, with that point as its partner; below the threshold it is not."""
    from readoutlib.compare import align
    from readoutlib.compare.model import Related

    a = _page((OPENING, TOPICS), ())
    b = _page((OPENING, "Berg raised the fisheries treaty and the cod quotas."), ())
    points_a, points_b = points_of(a), points_of(b)
    words_a, words_b, weights = align.point_words(a, b, points_a, points_b)
    got = []
    for threshold in (20.0, 101.0):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(align, "RELATED_SCORE", threshold)
            got.append(align.related_points((points_a, points_b), (words_a, words_b), weights, ((0,), (0,))))
    expected = [((Related(0, 0, "words"),), (Related(0, 0, "words"),)), ((), ())]
    assert expected == got


def test_related_points_from_the_second_pass_margin_and_taken() -> None:
    """A point the second pass left unlinked for the runner-up margin, or because its partner was
    taken, is on the same subject as that partner (the higher-scoring one), not only its side's."""
    from readoutlib.compare import align
    from readoutlib.compare.model import Related

    a = _page((OPENING, TOPICS, AGREED), ())
    b = _page((OPENING, STRESSED), ())
    points_a, points_b = points_of(a), points_of(b)
    words_a, words_b, weights = align.point_words(a, b, points_a, points_b)
    trace = {(0, 0): (30.0, align.MARGIN_LOST), (1, 0): (40.0, align.TAKEN)}
    got = align.related_points((points_a, points_b), (words_a, words_b), weights, ((0, 1), (0,)), trace)
    expected = (
        (Related(0, 0, "margin"), Related(1, 0, "taken")),
        (Related(0, 1, "taken"),),
    )
    assert expected == got
