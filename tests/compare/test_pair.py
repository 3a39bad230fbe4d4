"""Pairing readouts of one event from different publishers, and leaving the rest alone."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from readoutlib.compare import MatchEvidence, PairedEvent, PersonMatch, pair
from readoutlib.compare.pair import compatible_kinds, dated, kind_for_pairing
from readoutlib.model import EventKind, Readout

from .kit import make_readout

DAY = dt.date(2024, 3, 3)
KOVAC, BERG, LUND = ("Ana Kovac", "HR"), ("Tomas Berg", "NO"), ("Eva Lund", "SE")


def hr(people: list[tuple[str, str]], day: dt.date = DAY, kind: EventKind = EventKind.PHONE_CALL) -> Readout:
    return make_readout("hr-mvep", "The Minister's call", people, kind=kind, published=day)


def no(people: list[tuple[str, str]], day: dt.date = DAY, kind: EventKind = EventKind.PHONE_CALL) -> Readout:
    return make_readout("no-ud", "The Foreign Minister's call", people, kind=kind, published=day)


def groups(events: tuple[PairedEvent, ...], readouts: list[Readout]) -> list[list[int]]:
    index = {id(r): n for n, r in enumerate(readouts)}
    return [[index[id(r)] for r in event.readouts] for event in events]


def test_pair_joins_two_publishers_a_day_apart_with_evidence() -> None:
    """Two publishers' readouts of one call, dated a day apart, make one event with its evidence."""
    a = hr([KOVAC, BERG])
    b = no([("Tomas Berg", "NO"), ("Ana Kovač", "HR")], day=DAY + dt.timedelta(days=1))
    expected = (
        PairedEvent(
            readouts=(a, b),
            evidence=(
                MatchEvidence(
                    a=0,
                    b=1,
                    persons=(
                        PersonMatch("Ana Kovac", "Ana Kovač", "participants"),
                        PersonMatch("Tomas Berg", "Tomas Berg", "participants"),
                    ),
                    date_a=DAY,
                    date_b=DAY + dt.timedelta(days=1),
                    date_basis_a="published",
                    date_basis_b="published",
                    kind_a=EventKind.PHONE_CALL,
                    kind_b=EventKind.PHONE_CALL,
                ),
            ),
        ),
    )
    assert expected == pair([a, b])


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("two days apart", no([BERG, KOVAC], day=DAY + dt.timedelta(days=2))),
        ("other people the same day", no([BERG, LUND])),
        ("a meeting, not a call", no([BERG, KOVAC], kind=EventKind.MEETING)),
        ("the same publisher", hr([BERG, KOVAC])),
        ("no date at all", make_readout("no-ud", "Berg and Kovac", [BERG, KOVAC])),
    ],
)
def test_pair_leaves_alone(name: str, other: Readout) -> None:
    """Readouts that differ in date, people, kind or publisher, or have no date, are not paired."""
    readouts = [hr([KOVAC, BERG]), other]
    expected = [[0], [1]]
    assert expected == groups(pair(readouts), readouts), name


def test_pair_leaves_a_tie_alone() -> None:
    """Two equally good partners from one publisher (two different readouts): neither is chosen."""
    other = make_readout("no-ud", "The State Secretary's call", [BERG, KOVAC], published=DAY)
    readouts = [hr([KOVAC, BERG]), no([BERG, KOVAC]), other]
    expected = [[0], [1], [2]]
    assert expected == groups(pair(readouts), readouts)


def test_pair_prefers_the_closer_match() -> None:
    """Of two partners from one publisher, the one sharing more principals and the same day wins."""
    readouts = [
        hr([KOVAC, BERG, LUND]),
        no([BERG, KOVAC], day=DAY + dt.timedelta(days=1)),
        no([BERG, KOVAC, LUND]),
    ]
    expected = [[0, 2], [1]]
    assert expected == groups(pair(readouts), readouts)


def test_pair_prefers_the_same_kind_a_day_apart_to_another_kind_the_same_day() -> None:
    """A call reported the next morning in a later time zone pairs with the other side's account of the
    call, not with that side's video conference of the same day (batch 10: New Zealand's release of
    Ardern's call with Biden, with the White House's call the day before and its virtual retreat)."""
    readouts = [
        hr([KOVAC, BERG], day=DAY + dt.timedelta(days=1)),
        no([BERG, KOVAC]),
        no([BERG, KOVAC], day=DAY + dt.timedelta(days=1), kind=EventKind.VIDEO_CALL),
    ]
    expected = [[0, 1], [2]]
    assert expected == groups(pair(readouts), readouts)


def test_pair_three_publishers_one_event() -> None:
    """Three publishers' readouts of one call make one event of three."""
    third = make_readout("se-ud", "Lund joins", [LUND, KOVAC, BERG], published=DAY)
    readouts = [hr([KOVAC, BERG, LUND]), no([BERG, KOVAC, LUND]), third]
    expected = [[0, 1, 2]]
    assert expected == groups(pair(readouts), readouts)


def test_dated_sets_aside_an_event_date_after_publication() -> None:
    """An event date more than a day after the publication date is a date looked forward to: the
    publication date is used; a day after (time zones) is kept."""
    looked_forward = make_readout(
        "x", "t", [KOVAC], date=DAY + dt.timedelta(days=2), published=DAY, date_basis="text"
    )
    next_day = make_readout(
        "x", "t", [KOVAC], date=DAY + dt.timedelta(days=1), published=DAY, date_basis="text"
    )
    expected = [(DAY, "published"), (DAY + dt.timedelta(days=1), "text")]
    assert expected == [dated(looked_forward), dated(next_day)]


def test_pair_joins_a_readout_whose_text_names_a_later_date() -> None:
    """A readout whose parse took a date the text looks forward to still pairs on its publication day."""
    a = make_readout(
        "hr-mvep", "Call", [KOVAC, BERG], date=DAY + dt.timedelta(days=2), published=DAY, date_basis="text"
    )
    readouts = [a, no([BERG, KOVAC])]
    expected = [[0, 1]]
    assert expected == groups(pair(readouts), readouts)


def test_dated_prefers_the_event_date() -> None:
    """The event's own date (with its basis) is used before the publication date."""
    later = DAY + dt.timedelta(days=1)
    stated = make_readout("x", "t", [KOVAC], date=DAY, published=later, date_basis="text")
    unknown_basis = make_readout("x", "t", [KOVAC], date=DAY, published=later)
    published_only = make_readout("x", "t", [KOVAC], published=DAY)
    expected = [(DAY, "text"), (DAY, "event"), (DAY, "published")]
    assert expected == [dated(stated), dated(unknown_basis), dated(published_only)]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (EventKind.MEETING, EventKind.VIDEO_CALL, True),
        (EventKind.PHONE_CALL, EventKind.VIDEO_CALL, True),
        (EventKind.TALKS, EventKind.MEETING, True),
        (EventKind.PHONE_CALL, EventKind.MEETING, False),
        (EventKind.MESSAGE, EventKind.PHONE_CALL, False),
        (EventKind.OTHER, EventKind.VISIT, True),
    ],
)
def test_compatible_kinds(a: EventKind, b: EventKind, expected: bool) -> None:
    """A meeting by video link is a video call; a phone call is not a meeting."""
    assert expected == compatible_kinds(a, b)


@pytest.mark.parametrize(
    ("title", "kind", "expected"),
    [
        ("Japan-U.S. Foreign Ministers' Telephone Meeting", EventKind.MEETING, EventKind.PHONE_CALL),
        (
            "Readout of the President's Virtual Meeting with the Taoiseach",
            EventKind.MEETING,
            EventKind.VIDEO_CALL,
        ),
        ("Japan-U.S. Foreign Ministers' Meeting", EventKind.MEETING, EventKind.MEETING),
        ("Telephone conversation with the Chancellor", EventKind.PHONE_CALL, EventKind.PHONE_CALL),
    ],
)
def test_kind_for_pairing(title: str, kind: EventKind, expected: EventKind) -> None:
    """A meeting whose headline names the telephone or a video link pairs as a phone or video call."""
    assert expected == kind_for_pairing(make_readout("x", title, [KOVAC], kind=kind))


def test_pair_joins_a_telephone_meeting_with_a_call() -> None:
    """One side's "Telephone Meeting" and the other's call the same day are one event."""
    meeting = make_readout(
        "no-ud", "Foreign Ministers' Telephone Meeting", [BERG, KOVAC], kind=EventKind.MEETING, published=DAY
    )
    readouts = [hr([KOVAC, BERG]), meeting]
    expected = [[0, 1]]
    assert expected == groups(pair(readouts), readouts)


def test_events_json_round_trip() -> None:
    """Paired events written as JSON read back into the identical models."""
    from readoutlib.compare.serialize import dumps, loads

    events = pair([hr([KOVAC, BERG]), no([BERG, KOVAC]), no([LUND, BERG], day=DAY + dt.timedelta(days=5))])
    assert events == loads(dumps(events))


def test_pair_takes_one_principal_from_a_lead_not_two() -> None:
    """A lead names third persons too: two principals found only there make no pair, one does."""
    full = hr([KOVAC, BERG])
    only_lead = make_readout(
        "no-ud",
        "Credentials",
        [LUND],
        published=DAY,
        said=[("both", "received", "Ana Kovac and Tomas Berg.")],
    )
    one_from_lead = make_readout(
        "se-ud", "Meeting", [KOVAC], published=DAY, said=[("both", "welcomed", "Tomas Berg.")]
    )
    expected = ([[0], [1]], [[0, 1]])
    assert expected == (
        groups(pair([full, only_lead]), [full, only_lead]),
        groups(pair([full, one_from_lead]), [full, one_from_lead]),
    )


def test_pair_a_word_for_word_copy_does_not_tie_with_its_original() -> None:
    """One publisher's release carried twice (two feeds) still pairs; the copy stays alone."""
    original = hr([KOVAC, BERG])
    readouts = [original, no([BERG, KOVAC]), attrs.evolve(original)]
    expected = [[0, 1], [2]]
    assert expected == groups(pair(readouts), readouts)


def test_pair_needs_one_sides_own_principal() -> None:
    """Two calls with the same two third parties, each side's own principal absent from the other: apart."""
    one = make_readout("hr-mvep", "Calls", [KOVAC, BERG, LUND], published=DAY)
    other = make_readout("fi-um", "Call", [("Aino Virtanen", "FI"), BERG, LUND], published=DAY)
    readouts = [one, other]
    expected = [[0], [1]]
    assert expected == groups(pair(readouts), readouts)


def _with_titles(publisher: str, people: list[tuple[str, str, str]]) -> Readout:
    """A readout of ``DAY`` whose participants are (name, country, title); ids of their own, since
    two principals may share a name ("The Leader" of two countries)."""
    readout = make_readout(
        publisher, "Call", [(f"P{n}", c) for n, (_, c, _) in enumerate(people)], published=DAY
    )
    participants = tuple(
        attrs.evolve(p, name=name, titles=(title,))
        for p, (name, _, title) in zip(readout.event.participants, people, strict=True)
    )
    return attrs.evolve(readout, event=attrs.evolve(readout.event, participants=participants))


def test_pair_joins_a_leaders_call_that_names_the_others_by_country() -> None:
    """An account of "the leaders of Croatia and Norway" pairs with the account that names them;
    the same offices of other countries do not."""
    by_country = _with_titles(
        "ie-dt",
        [
            ("The Prime Minister", "IE", "Prime Minister"),
            ("The Leader", "HR", "Leader"),
            ("The Leader", "NO", "Leader"),
        ],
    )
    named = _with_titles(
        "hr-pv",
        [
            ("Ana Kovac", "HR", "President"),
            ("Sean Doyle", "IE", "Prime Minister"),
            ("Tomas Berg", "NO", "Prime Minister"),
        ],
    )
    others = _with_titles(
        "se-sr",
        [
            ("Eva Lund", "SE", "Prime Minister"),
            ("Aino Virtanen", "FI", "President"),
            ("Sean Doyle", "IE", "Prime Minister"),
        ],
    )
    readouts = [by_country, others, named]
    expected = [[0, 2], [1]]
    assert expected == groups(pair(readouts), readouts)


_OTHER_SIDE = (
    "President Reed holds a call with Prime Minister Ruiz of Sweden\n\n"
    "March 3, 2024\n\n"
    "President Tom Reed held a telephone call today with Prime Minister Ana Ruiz of Sweden. "
    "The two leaders agreed to meet in Santiago in May.\n"
)
_FIRST_PERSON = (
    "A short while ago, I held a telephone talk with President Tom Reed of Chile. I told President "
    "Reed that Sweden stands ready to widen the fisheries accord, and we agreed to meet in Santiago "
    "in May.\n"
)


@pytest.mark.parametrize(
    ("statement", "author"),
    [
        (
            "Press Statement by Prime Minister Ana Ruiz on the Telephone Talk with President Tom Reed\n\n"
            f"March 3, 2024\n\n{_FIRST_PERSON}",
            ("Ana Ruiz", "SE"),
        ),
        (
            "Database of Statements\n[Title] Remarks regarding a Telephone Talk\n[Date] 3 March 2024\n"
            "[Source] Prime Minister of Sweden and the Government Offices\n[Full text]\n"
            f"(On a telephone talk with President Reed)\n{_FIRST_PERSON}",
            ("The Prime Minister of Sweden", "SE"),
        ),
    ],
)
def test_pair_joins_a_first_person_statement_with_the_other_sides_readout(
    statement: str, author: tuple[str, str]
) -> None:
    """A Prime Minister's statement in the first person ("I held a talk with ...") pairs with the
    other side's readout: "I" is the headline's author, else the byline's office."""
    import readoutlib

    mine = readoutlib.parse(statement, url="https://pm.example.se/statements/2024/03/03/telephone-talk")
    # the labelled "[Date]" line is no date line the reader knows: the page's date given, as the gold does
    mine = attrs.evolve(mine, source=attrs.evolve(mine.source, published=DAY))
    other = readoutlib.parse(_OTHER_SIDE, url="https://presidency.example.cl/news/2024/03/03/call-sweden")
    readouts = [mine, other]
    expected = ([author, ("Tom Reed", "CL")], [[0, 1]])
    found = [(p.name, p.country) for p in mine.event.participants]
    assert expected == (found, groups(pair(readouts), readouts))


def test_pair_leaves_a_many_leader_call_apart_from_a_bilateral_one() -> None:
    """A call of many leaders is not the same event as a bilateral call, the same day, between two of them."""
    many = [("Olek Marin", "PL"), ("Ida Roos", "FI"), ("Ugo Sarti", "IT")]
    readouts = [hr([KOVAC, BERG]), no([BERG, KOVAC, *many])]
    expected = [[0], [1]]
    assert expected == groups(pair(readouts), readouts)


def test_pair_joins_a_call_of_three_where_one_side_names_two() -> None:
    """A side that names one principal fewer than the other (a parse that missed one) still pairs."""
    readouts = [hr([KOVAC, BERG]), no([BERG, KOVAC, LUND])]
    expected = [[0, 1]]
    assert expected == groups(pair(readouts), readouts)


def test_a_news_report_dated_by_its_publication_two_days_later_pairs() -> None:
    """A news site's report (a page no publisher's plugin reads) dated only by its publication may come
    out two days after the event (a call at night, reported the next day, put online the day after):
    it pairs. Not where the report is two days before the other page, nor where the later page is a
    publisher's own (dated by publication: see ``test_pair_leaves_alone``) or a date its text gives."""
    later = DAY + dt.timedelta(days=2)
    news = make_readout("generic", "Call", [BERG, KOVAC], date=later, date_basis="published")
    news_before = make_readout(
        "generic", "Call", [BERG, KOVAC], date=DAY - dt.timedelta(days=2), date_basis="published"
    )
    news_text = make_readout("generic", "Call", [BERG, KOVAC], date=later, date_basis="text")
    for other, expected in ((news, [[0, 1]]), (news_before, [[0], [1]]), (news_text, [[0], [1]])):
        readouts = [hr([KOVAC, BERG]), other]
        assert expected == groups(pair(readouts), readouts)
