"""The robustness campaign's short run (CI): a seeded sample of mutated pages, the attack catalogue,
the encoding matrix, the broken plugin distributions, and hypothesis properties of every parse.

The long run is ``benchmarks/fuzz.py``; both use the engine in ``campaign.py``.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import readoutlib
from readoutlib.errors import ReadoutError
from tests.fuzz import campaign

#: Inputs in CI's seeded run (the long run does 100,000 and more).
SHORT_RUN = 2000


def test_short_seeded_run_has_no_failure() -> None:
    """2,000 mutated pages: no exception outside ReadoutError, no failed check, none over 10 s."""
    seeds = campaign.load_seeds()
    tally = campaign.Tally()
    for index, outcome, used in campaign.run_mutations(seeds, seed=0, count=SHORT_RUN, timeout=10.0):
        tally.add(outcome, f"seed 0 input {index} ({used})", limit=10.0)
    expected = ([], 0, SHORT_RUN)
    assert expected == (tally.failures, tally.over_limit, sum(tally.counts.values()))


def test_attack_catalogue_is_refused() -> None:
    """Every XML and JSON attack on loads is refused with a SchemaError, quickly, nothing read."""
    results = campaign.run_attacks(limit=10.0)
    actual = {name: outcome.split(":")[0] for name, outcome, _ in results}
    expected = {name: "accepted" if name in campaign.HARMLESS_ATTACKS else "refused" for name in actual}
    assert expected == actual


def test_encoding_matrix_is_read_or_refused() -> None:
    """Every encoding case decodes to the text written, or is refused with a reason."""
    results = campaign.run_encoding_matrix()
    wrong = [
        (case, outcome) for case, outcome in results if outcome != "correct" and "refused" not in outcome
    ]
    expected: list[tuple[str, str]] = []
    assert expected == wrong


def test_broken_plugins_are_contained() -> None:
    """Each broken plugin distribution is a warning naming it and a readout or ReadoutError, no escape."""
    results = campaign.run_broken_plugins()
    actual = {name: outcome.split(":")[0] for name, outcome in results}
    expected = dict.fromkeys(campaign.BROKEN_PLUGINS, "contained")
    assert expected == actual


# --- properties of every successful parse ----------------------------------------------------------

_NAMES = (
    "Ana Lind",
    "Jon Berg",
    "Mr. Karl Vogt",
    "Dr. Mei Lin",
    "the Foreign Minister",
    "U.S. Secretary Ruth Ames",
)
_VERBS = ("said", "noted", "stressed", "agreed", "expressed hope", "told")
_TAILS = (
    "that the two sides would work together",
    "the talks were useful",
    "that trade “must grow” — soon",
    "Japan and France should meet again",
    "the situation in the region, Ukraine and Gaza",
)

_sentence = st.builds(
    "{} {} {}.".format, st.sampled_from(_NAMES), st.sampled_from(_VERBS), st.sampled_from(_TAILS)
)
_paragraph = st.lists(st.one_of(_sentence, st.text(min_size=1, max_size=40)), min_size=1, max_size=5).map(
    " ".join
)
_opening = st.builds(
    "On {} May 2024, {} {} {}.".format,
    st.integers(1, 28),
    st.sampled_from(("Foreign Minister Ana Lind", "President Jon Berg")),
    st.sampled_from(("had a phone call with", "held talks with", "met")),
    st.sampled_from(("Foreign Minister Jon Berg", "Prime Minister Mei Lin")),
)
_pages = st.builds(
    lambda opening, paragraphs, html: (
        "<html><body>" + "".join(f"<p>{p}</p>" for p in (opening, *paragraphs)) + "</body></html>"
        if html
        else "\n\n".join((opening, *paragraphs))
    ),
    _opening,
    st.lists(_paragraph, max_size=6),
    st.booleans(),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_pages)
def test_every_parse_has_true_offsets_and_equal_round_trips(page: str) -> None:
    """Every page that parses: statement offsets index the paragraph text; JSON and XML round trips equal."""
    try:
        readout = readoutlib.parse(page)
    except ReadoutError:
        return
    expected: list[str] = []
    assert expected == campaign.check_readout(readout)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000) | st.text(max_size=2000))
def test_arbitrary_input_parses_or_is_refused(data: bytes | str) -> None:
    """Any bytes or text: a readout that passes every check, or a ReadoutError; nothing else escapes."""
    outcome = campaign.run_one(data, None, timeout=10.0)
    failures = [] if outcome.kind in ("ok", "refused") else [f"{outcome.kind}: {outcome.detail}"]
    expected: list[str] = []
    assert expected == failures


@pytest.mark.parametrize("mutator", sorted(campaign.MUTATORS))
def test_each_mutator_changes_a_page_deterministically(mutator: str) -> None:
    """A mutator given the same seed makes the same page (so failures reproduce from (seed, index))."""
    page = b"<html><body><p>On 3 May 2024, Ana Lind met Jon Berg.</p>\n<p>They agreed.</p></body></html>"
    first = campaign.MUTATORS[mutator](random.Random(5), page)
    second = campaign.MUTATORS[mutator](random.Random(5), page)
    assert first == second
