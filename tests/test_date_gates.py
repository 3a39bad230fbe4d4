"""find_dates' gates (a figure somewhere, the month mark for CJK patterns) find what every pattern finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutlib import dates
from readoutlib.dates import DateMatch, find_dates

#: Pieces of dates in every form the patterns read, and words and figures around them.
PIECES = (
    "December", "22", ",", "2020", "22nd", "of", "March", "Sept.", "2021-04-13", "2021.04.13",
    "22/01/2024", "2020年", "12月", "22日", "令和", "元年", "二〇二〇年", "十二月", "二十二日", "5",
    "февраля", "2025", "года", "le", "1er", "mai", "2024", "оны", "4", "сарын", "15", "met", "today",
    "٢", "３", " ", "\n",
)  # fmt: skip


def _every_pattern(text: str) -> list[DateMatch]:
    """find_dates with no gate: every pattern searched in every text."""
    found: list[DateMatch] = []
    for pattern, _marked in dates._scan().patterns:
        for m in pattern.finditer(text):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            parts = dates._parts(m.groupdict(), False)
            if parts is not None:
                found.append(DateMatch(*parts, m.start(), m.end()))
    found.extend(dates._foreign(text, None, found))
    return sorted(found, key=lambda d: d.start)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8))
@example(["令和", "元年", "5", "月", "1", "日"])
@example(["二〇二〇年", "十二月", "二十二日"])
@example(["December", "22", ",", "2020"])
def test_dates_found_as_by_every_pattern(pieces: list[str]) -> None:
    """The gated search finds the dates every pattern searched everywhere finds (CJK ones too)."""
    for text in (" ".join(pieces), "".join(pieces)):
        assert _every_pattern(text) == list(find_dates(text))


def test_texts_without_figures_hold_no_date() -> None:
    """No figure, no date: not even a month word alone ("December") or a CJK month mark."""
    texts = ("The leaders met in December.", "月日", "令和2年12月22日", "二〇二〇年十二月二十二日")
    expected = [[], [], [DateMatch(2020, 12, 22, 0, 10)], [DateMatch(2020, 12, 22, 0, 12)]]
    actual = [list(find_dates(text)) for text in texts]
    assert expected == actual
