"""Splitting lines once: reused kept lines and a split for the head only give what the full split gives."""

from __future__ import annotations

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutlib.segment.dump import kept_lines, split_text_dump
from readoutlib.segment.rules import DumpRules
from readoutlib.segment.vocabulary import furniture_patterns

# Lines of every kind the split tells apart: headlines, date lines, a dateline, furniture, a
# breadcrumb, a boilerplate line, a footer that stops the page, a glued date, prose, blanks.
_LINES = (
    "Readout of the President's Call with Prime Minister Kato",
    "Foreign Minister Holds Talks with Counterpart",
    "March 3, 2024",
    "Published 3 March 2024",
    "Updated: 4 March 2024",
    "Washington, DC, March 3, 2024 - The President spoke today with the Prime Minister.",
    "The two leaders discussed trade and security. They agreed to meet again soon.",
    "The Minister welcomed the visit and stressed the importance of close cooperation in the region.",
    "Home > News > Readouts",
    "Share this page",
    "Scroll to Top",
    "Press Releases",
    "From:",
    "Ministry of Foreign Affairs",
    "This is historical material frozen in time.",
    "  spaced   out   line  ",
    "",
    "They spoke on March 4.March 5, 2024",
    "The below is attributable to Spokesperson Lee:",
    "Tokyo, 5 March 2024",
)
_RULES = (None, DumpRules(stop=(r"Press Releases$",), header=(r"Ministry of Foreign Affairs$",)))
_PAGES = st.lists(st.sampled_from(_LINES + furniture_patterns().footers[:2]), max_size=14)


@settings(max_examples=300, deadline=None)
@given(_PAGES, _PAGES, st.sampled_from(_RULES))
def test_kept_lines_of_two_parts_join(above: list[str], below: list[str], rules: DumpRules | None) -> None:
    """The kept lines of two runs of lines, joined, are the kept lines of the whole."""
    expected = kept_lines([*above, *below], rules)
    assert expected == kept_lines(above, rules).then(kept_lines(below, rules))


@settings(max_examples=300, deadline=None)
@given(_PAGES, st.sampled_from(_RULES), st.sampled_from((None, "Readout of the President's Call")))
def test_a_split_for_its_head_only_differs_only_in_later_paragraphs(
    lines: list[str], rules: DumpRules | None, hint: str | None
) -> None:
    """Split for its head only, a page has the full split's parts and its first two paragraphs."""
    full = split_text_dump(lines, title_hint=hint, rules=rules)
    expected = attrs.evolve(full, paragraphs=full.paragraphs[:2])
    assert expected == split_text_dump(kept_lines(lines, rules), title_hint=hint, rules=rules, head_only=True)
