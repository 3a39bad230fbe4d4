"""Families behind en-l's kind misses (issue #8, fam18), invented pages.

Each test is one family, written as a page or sentence of our own; each was seen failing before its rule.
The kinds follow docs/languages.md, "Kinds": the page's own name for the event decides; a trip's page
that reports one encounter with its host is that encounter; a trip with encounters with several people
is a visit.
"""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze


def test_talks_held_during_a_visit_are_talks() -> None:
    """'Official bilateral discussions between A and B have been held during the visit to B by X': the
    page names the event talks held during a trip; the talks are the event (en-l, The Edition)."""
    readout = _analyze(
        "Official talks held during Foreign Minister's trip to Sylvania",
        [
            "Official bilateral discussions between Freedonia and Sylvania have been held today during the "
            "visit to Sylvania by Minister of Foreign Affairs Ana Ruiz.",
            "Minister Ruiz thanked Foreign Minister Piet Berg for the invitation.",
        ],
    )
    assert readout.event.kind is EventKind.TALKS


def test_a_trips_one_meeting_in_the_lead_is_a_meeting() -> None:
    """A headline visit over a lead that reports one meeting of the visitor and his counterpart ('In a
    meeting in Port Tan on Sunday, X and his counterpart Y pledged …') is that meeting (en-l, Vietnam's
    government)."""
    readout = _analyze(
        "Tavian PM makes first foreign visit to Sylvania",
        [
            "Tavian Prime Minister Olek Varga is in Sylvania on his first foreign visit since May.",
            "In a meeting in Port Tan on Sunday, Varga and his counterpart, Sylvanian Prime Minister "
            "Piet Berg, pledged to work closely to implement their agreements.",
        ],
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_headline_visit_with_meetings_of_several_people_stays_a_visit() -> None:
    """The guard: a headline visit whose lead lists meetings with two people stays a visit."""
    readout = _analyze(
        "Tavian PM makes first foreign visit to Sylvania",
        [
            "During his visit to Sylvania, Tavian Prime Minister Olek Varga met with President Ana Ruiz and "
            "Prime Minister Piet Berg.",
            "Varga said Tavia valued the partnership.",
        ],
    )
    assert readout.event.kind is EventKind.VISIT


def test_talks_with_several_leaders_during_a_stay_are_a_visit() -> None:
    """'During his stay in Y, X met and held talks with A, B, and C': talks with three hosts during a
    trip are the trip (the held-out trip rule; en-l, allAfrica's Eritrean visit)."""
    readout = _analyze(
        None,
        [
            "During his stay in Sylvania President Olek Varga met and held talks with Gen. Ana Ruiz, Prime "
            "Minister Piet Berg, and Foreign Minister Ida Marsh on strengthening bilateral relations.",
            "The two leaders also called for closer consultation in the region.",
        ],
    )
    assert readout.event.kind is EventKind.VISIT


def test_talks_with_one_leader_during_a_stay_stay_talks() -> None:
    """The guard: talks with one host during a stay are the talks."""
    readout = _analyze(
        None,
        [
            "During his stay in Sylvania President Olek Varga held talks with Prime Minister Piet Berg on "
            "strengthening bilateral relations.",
            "The two leaders also called for closer consultation in the region.",
        ],
    )
    assert readout.event.kind is EventKind.TALKS


def test_a_host_meeting_visitors_during_their_visit_is_a_meeting() -> None:
    """The guard: a host who 'met with A, B and C during their visit to our country' held one meeting
    with visiting ministers; the trip is theirs, told after the encounter (bulk, Ukraine's presidency)."""
    readout = _analyze(
        "President met with foreign ministers of the Harbour format",
        [
            "President of Freedonia Ana Ruiz met with Minister of Foreign Affairs of Sylvania Piet Berg, "
            "Minister of Foreign Affairs of Tavia Olek Varga and Minister of Foreign Affairs of Ruritania "
            "Ida Marsh during their visit to our country.",
            "Ana Ruiz briefed the ministers on the situation.",
        ],
    )
    assert readout.event.kind is EventKind.MEETING


def _verbs(sentence: str) -> list[tuple[str, str]]:
    readout = readoutlib.parse(
        "\n\n".join(
            [
                "Foreign Minister meets Foreign Minister of Sylvania",
                "Foreign Minister Ana Ruiz met Sylvanian Foreign Minister Tomas Berg in Lima on Monday.",
                sentence,
            ]
        )
        + "\n"
    )
    return [(s.verb, s.text) for s in readout.statements]


@pytest.mark.parametrize(
    ("sentence", "verb", "text"),
    [
        (
            "Ruiz settled to work together towards the early opening of the border crossing.",
            "settled",
            "to work together towards the early opening of the border crossing.",
        ),
        (
            "The two ministers valued the progress of the talks on the harbour.",
            "valued",
            "the progress of the talks on the harbour.",
        ),
        (
            "Ruiz shared an update on the fiscal situation in Freedonia.",
            "shared an update on",
            "the fiscal situation in Freedonia.",
        ),
    ],
)
def test_a_reporting_verb_no_row_read_introduces_a_statement(sentence: str, verb: str, text: str) -> None:
    """'settled to' (a commitment, as 'resolved to'), 'valued' (a position, as 'appreciated'), 'shared
    an update on' (as 'provided an update on'): each reports what a principal said (en-l, Pakistan's
    MOFA and The Edition; en-g, Albania's PMO)."""
    assert (verb, text) in _verbs(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruiz settled the dispute over the fishing quotas.",
        "Ruiz called Sylvania a valued partner of long standing.",
    ],
)
def test_settled_and_valued_without_their_shape_report_nothing(sentence: str) -> None:
    """The guards: 'settled the dispute' and the adjective 'a valued partner' report nothing."""
    verbs = [verb for verb, _ in _verbs(sentence)]
    assert "settled" not in verbs
    assert "valued" not in verbs


def test_the_noun_values_opens_no_statement() -> None:
    """The guard (bulk, Kremlin and White House): 'values' as a noun or a present inside a statement
    opens no statement of its own."""
    verbs = _verbs(
        "Ruiz said that Freedonia, as a neighbour of the lake, values its fishing grounds and the basic "
        "values of its people."
    )
    assert [verb for verb, _ in verbs] == ["said"]


def test_the_participants_of_one_principals_roundtable_are_not_both_sides() -> None:
    """'The participants thanked the Governor' on a page whose one principal convened a roundtable:
    the participants are her guests, not both sides (bulk, White House roundtables of the Vice
    President); on a page of two principals they still are (en-l, Armenia's MFA)."""
    readout = _analyze(
        "Readout of Governor Ana Ruiz's Roundtable with Harbour Workers",
        [
            "Yesterday, in Port Tan, Governor Ana Ruiz convened a roundtable with harbour workers and union "
            "leaders to discuss safety on the docks.",
            "The Governor thanked the workers for their service. The participants thanked the Governor for "
            "the new safety rules.",
        ],
    )
    speakers = [s.speaker for s in readout.statements]
    assert "both" not in speakers


def test_they_after_one_principals_participants_are_not_both_sides() -> None:
    """'Participants raised their concerns, and they shared stories …' on a one-principal page: 'they'
    are the participants, not both sides (bulk, White House roundtables)."""
    readout = _analyze(
        "Readout of Governor Ana Ruiz's Roundtable with Harbour Workers",
        [
            "Yesterday, in Port Tan, Governor Ana Ruiz convened a roundtable with harbour workers and union "
            "leaders to discuss safety on the docks.",
            "The Governor thanked the workers for their service. Participants expressed concerns about the "
            "night shifts, and they shared stories about accidents on the docks.",
        ],
    )
    speakers = [s.speaker for s in readout.statements]
    assert "both" not in speakers
