"""The FormatAdapter defaults: detection from declared markers and URL, layout from declared rules."""

from __future__ import annotations

from typing import ClassVar

import pytest

from readoutlib import FormatAdapter, load
from readoutlib import adapter as adapter_module
from readoutlib.segment import DumpRules

PAGE = """Ministry of Examples
Minister Ana Lind Speaks with Foreign Minister Jon Berg
2024-05-06 10:00
Port Example, 6 May 2024 (EXA): Minister Ana Lind spoke by phone with Foreign Minister Jon Berg today.
Ana Lind said that the two countries would open a consulate.
© Ministry of Examples
"""


class _Declared(FormatAdapter):
    """An adapter made of declarations only."""

    name = "toy-declared"
    url_patterns: ClassVar[tuple[str, ...]] = (r"^https://mfa\.example/",)
    markers: ClassVar[tuple[tuple[str, float], ...]] = ((r"©\s*Ministry of Examples", 0.5),)
    supporting_markers: ClassVar[tuple[tuple[str, float], ...]] = ((r"\bconsulate\b", 0.5),)
    rules: ClassVar[DumpRules | None] = DumpRules(header=(r"ministry of examples$",), stop=(r"©",))
    dateline: ClassVar[str | None] = r"^(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)*), [^:]{4,30}\(EXA\):\s*"


def test_markers_and_supporting_markers_combine() -> None:
    """A marker scores; a supporting marker adds only on top of it: 1 - 0.5 * 0.5."""
    expected = 0.75
    assert expected == pytest.approx(_Declared().detect(load(PAGE)))


def test_supporting_marker_alone_scores_nothing() -> None:
    """Phrasing the publisher shares with others never claims a page on its own."""
    expected = 0.0
    assert expected == _Declared().detect(load("The consulate opened on 3 May 2024 in Port Example."))


@pytest.mark.parametrize(("weight", "expected"), [(0.8, 0.95), (1.0, 1.0)])
def test_url_counts_as_one_more_marker(weight: float, expected: float) -> None:
    """A URL match combines with the markers as evidence of weight url_weight."""

    class Weighted(_Declared):
        url_weight: ClassVar[float] = weight

    document = load(PAGE, url="https://mfa.example/news/1")
    assert expected == pytest.approx(Weighted().detect(document))


def test_default_layout_cuts_the_dateline_and_keeps_its_place() -> None:
    """The default layout splits by the rules, cuts the dateline and reports its place."""
    parts = _Declared().layout(load(PAGE))
    expected = (
        "Minister Ana Lind Speaks with Foreign Minister Jon Berg",
        "Minister Ana Lind spoke by phone with Foreign Minister Jon Berg today.",
        2,
        "Port Example",
        "en",
    )
    assert expected == (parts.title, parts.paragraphs[0], len(parts.paragraphs), parts.place, parts.language)


def test_adapter_without_markers_scores_only_its_url() -> None:
    """An adapter that declares nothing scores 0 on content, url_weight on its URL."""

    class Bare(FormatAdapter):
        name = "toy-bare"
        url_patterns: ClassVar[tuple[str, ...]] = (r"example\.net",)

    expected = (0.0, 0.8)
    assert expected == (Bare().detect(load(PAGE)), Bare().detect(load(PAGE, url="https://example.net/a")))


def test_an_absurdly_long_body_is_read_up_to_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Body text past MAX_ANALYSED_CHARS is not analysed: the paragraphs up to it are, with a warning."""
    monkeypatch.setattr(adapter_module, "MAX_ANALYSED_CHARS", 100)
    readout = _Declared().extract(load(PAGE))
    expected = (
        ("Minister Ana Lind spoke by phone with Foreign Minister Jon Berg today.",),
        (
            "no country found for participant 'Ana Lind'",
            "no country found for participant 'Jon Berg'",
            "the body is 130 characters long: only its first 1 of 2 paragraphs (70 characters) are read",
        ),
    )
    assert expected == (readout.paragraphs, readout.warnings)
