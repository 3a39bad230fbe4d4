"""Readouts the genre and scope stages refused (issue #8, fam146), each family as a page of our own.

A headline naming the summit before its colon, an official who joined others in their meeting, a summit
the leaders concluded, and a visitor whose host welcomed him on arrival: each is a readout. The pages
beside them, which stay refused, keep the rules from letting non-readouts through.
"""

from __future__ import annotations

from readoutlib.languages.en.genre import title_genre
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal


def _family(title: str) -> str | None:
    rule = title_genre(title)
    return None if rule is None else rule.family


def test_an_event_named_before_the_colon_is_no_quoted_speaker() -> None:
    """'Northern Seas Summit: ...' names the event, not a speaker whose words follow."""
    assert _family("Northern Seas Online Summit: Leaders call for joint action on the floods") is None


def test_a_person_before_the_colon_is_still_a_quoted_speaker() -> None:
    """'Ana Ruiz: ...' stays a quotation headline."""
    assert _family("Ana Ruiz: Freedonia will double its trade with Sylvania") == "quotation headline"


def test_a_summit_headline_with_the_summit_held_below_is_a_readout() -> None:
    """The lead's second paragraph tells the summit held: the page reports it."""
    readout = _analyze(
        "Northern Seas Online Summit: Leaders call for joint action on the floods",
        [
            "In a season of storms, even leaders meet from afar.",
            "Leaders of the Northern Seas Council held an extraordinary online summit on 4 May 2031 "
            "to agree on a joint plan against the floods.",
            "President Ana Ruiz of Freedonia and President Tomas Berg of Sylvania took part by video link.",
        ],
    )
    assert readout.event.kind is not EventKind.OTHER


def test_joining_a_counterpart_in_his_meeting_reports_the_meeting() -> None:
    """'X joined President Y in his meeting with Z' is a report of that meeting."""
    readout = _analyze(
        "Working lunch with the Sylvanian minister",
        [
            "Foreign Minister Ana Ruiz joined President Tomas Berg in his meeting with the Deputy Foreign "
            "Minister of Sylvania Kenji Sato at the palace.",
            "The envoy invited the Freedonian government to a forum in Lima.",
        ],
    )
    assert readout.event.kind is EventKind.MEETING


def test_joining_others_in_discussions_reports_them() -> None:
    """'X joined his counterpart Y and President Z in discussions of ...' reports the talks."""
    readout = _analyze(
        "The First Three-Party Summit",
        [
            "Premier Tomas Berg joined his Sylvanian counterpart Kenji Sato and President of Ruritania "
            "Ana Ruiz in discussions of regional trade and the storms.",
            "The leaders agreed to share weather data.",
        ],
    )
    assert readout.event.kind is EventKind.MEETING


def test_joining_a_call_for_action_is_no_meeting() -> None:
    """'joined X in calling for ...' names no encounter: the page stays refused."""
    reason = _refusal(
        "Freedonia backs the appeal",
        ["Foreign Minister Ana Ruiz joined President Tomas Berg in calling for an end to the blockade."],
    )
    assert reason.startswith("not a readout")


def test_a_summit_the_leaders_concluded_is_a_meeting() -> None:
    """'Five leaders concluded the 9th Group Leaders Summit in Lima after discussions' reports it."""
    readout = _analyze(
        "Leaders end their summit",
        [
            "Five island leaders, among them President Ana Ruiz, concluded the 9th Coral Group Leaders "
            "Summit in Port Ruiz yesterday after discussions on fisheries and the climate.",
            "Present were President Tomas Berg of Sylvania and Prime Minister Kenji Sato of Ruritania.",
        ],
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_visitor_welcomed_by_the_host_on_arrival_is_a_readout() -> None:
    """An arrival whose host 'accorded a warm welcome to' the visitor is a visit, not a tourist's trip."""
    readout = _analyze(
        "",
        [
            "Freedonia’s Prime Minister Ana Ruiz arrived in Port Berg this morning for a working visit. "
            "President Tomas Berg accorded a warm welcome to the Prime Minister at the airport.",
            "The two leaders then held discussions on trade.",
        ],
    )
    assert readout.event.kind in {EventKind.VISIT, EventKind.MEETING}


def test_a_visitor_received_by_an_unnamed_counterpart_is_a_readout() -> None:
    """'was received by his Sylvanian counterpart' tells the host even unnamed."""
    readout = _analyze(
        "Minister Ruiz in Sylvania on her first trip abroad",
        [
            "Foreign Minister Ana Ruiz arrived in Port Berg on a one-day official visit today.",
            "Ruiz was received by her Sylvanian counterpart upon her arrival at the palace.",
        ],
    )
    assert readout.event.kind is EventKind.VISIT


def test_a_visit_to_a_place_with_no_host_stays_refused() -> None:
    """An arrival with no one who welcomed the visitor is still no readout."""
    reason = _refusal(
        "Minister Ruiz in Port Berg",
        [
            "Foreign Minister Ana Ruiz arrived in Port Berg today and toured the new harbour.",
            "She thanked the harbour workers for their efforts.",
        ],
    )
    assert reason.startswith("not a readout")


def test_a_visit_undertaken_reports_the_visit() -> None:
    """'undertook an official visit to X' reports the visit as 'paid a visit' does."""
    readout = _analyze(
        "",
        [
            "The Ministry informs the public that Foreign Minister Ana Ruiz of Peru recently undertook an "
            "official visit to the Republic of Chile as a special envoy of the President.",
            "During her visit, Minister Ruiz delivered a message to President Tomas Berg of Chile.",
        ],
    )
    assert readout.event.kind is EventKind.VISIT


def test_a_visit_to_undertake_later_stays_an_announcement() -> None:
    """'will undertake a visit' still announces the visit: the page stays refused."""
    reason = _refusal(
        "",
        ["Foreign Minister Ana Ruiz will undertake an official visit to the Republic of Sylvania next week."],
    )
    assert reason.startswith("not a readout")
