"""Families of misses found on real pages in round fam15 of issue #8 (en-l), on invented text: reporting
verbs of diplomatic English that no row of the en pack's reporting-verb table held."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _verbs(sentence: str) -> list[tuple[str, str]]:
    readout = _page(
        "Foreign Minister meets Foreign Minister of Sylvania",
        "Foreign Minister Ana Ruiz met Sylvanian Foreign Minister Tomas Berg in Lima on Monday.",
        sentence,
    )
    return [(s.verb, s.text) for s in readout.statements]


@pytest.mark.parametrize(
    ("sentence", "verb", "text"),
    [
        (
            "Ruiz pointed at the danger of a new arms race in the region.",
            "pointed at",
            "the danger of a new arms race in the region.",
        ),
        (
            "Ruiz accentuated that the fishing grounds must stay open to both fleets.",
            "accentuated",
            "the fishing grounds must stay open to both fleets.",
        ),
        (
            "Ruiz called attention to the slow pace of the border demarcation.",
            "called attention to",
            "the slow pace of the border demarcation.",
        ),
        (
            "Ruiz gave an account of her recent trip to the northern provinces.",
            "gave an account of",
            "her recent trip to the northern provinces.",
        ),
        (
            "“Our harbour is open to the Sylvanian fleet,” Ruiz commented.",
            "commented",
            "“Our harbour is open to the Sylvanian fleet",
        ),
        (
            "Ruiz endorsed Sylvania’s bid to host the next regional summit.",
            "endorsed",
            "Sylvania’s bid to host the next regional summit.",
        ),
    ],
)
def test_a_reporting_verb_of_diplomatic_english_introduces_a_statement(
    sentence: str, verb: str, text: str
) -> None:
    """'pointed at', 'accentuated', 'commented', 'called attention to', 'gave an account of', 'endorsed':
    each reports what a principal said, as 'pointed to', 'stressed', 'said', 'drew attention to',
    'described', 'supported' do."""
    assert (verb, text) in _verbs(sentence)


@pytest.mark.parametrize(
    ("headline", "opening"),
    [
        (
            "Foreign Minister holds talks with Foreign Minister of Sylvania",
            "Foreign Ministers Ana Ruiz and Tomas Berg today held a teleconference with the participation of"
            " the mediators of the Lake Commission.",
        ),
        (
            "President Ruiz speaks with Prime Minister Berg",
            "President Ana Ruiz held a secure video teleconference today with Prime Minister Tomas Berg of"
            " Sylvania.",
        ),
    ],
)
def test_a_teleconference_of_principals_is_a_video_call(headline: str, opening: str) -> None:
    """'held a teleconference' is an event as 'held a videoconference' is, and its channel is video:
    not a phone call, whatever the headline's verb."""
    readout = _page(headline, opening + " The two sides discussed the fisheries agreement.")
    assert readout.event.kind.value == "video_call"


def test_commented_in_detail_on_is_commented_on() -> None:
    """A manner between 'commented' and 'on' stays with the verb, as in 'spoke warmly of': the content
    starts after 'on', not at 'on' (what the bare 'commented' would give)."""
    assert ("commented in detail on", "the new fishing quotas.") in _verbs(
        "Ruiz commented in detail on the new fishing quotas."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "They reviewed the truce talks based on the plan set out by Ruiz in May and endorsed unanimously"
        " by the Regional Council.",
        "Ruiz and Berg welcomed the Principles on River Trade, endorsed today by the two trade ministers.",
    ],
)
def test_a_participle_with_an_adverb_before_by_is_no_statement(sentence: str) -> None:
    """'endorsed unanimously by …', 'endorsed today by …': a participle with its agent, as 'endorsed by'
    (bulk White House 1411, 1412, 2910), starts no statement."""
    endorsed = [verb for verb, _ in _verbs(sentence) if verb == "endorsed"]
    expected: list[str] = []
    assert expected == endorsed
