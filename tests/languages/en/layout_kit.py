"""Shared helpers of the English pack's family tests: analyse a page given as its layout parts."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.adapter import Layout
from readoutlib.analysis import analyze
from readoutlib.analysis.profile import Profile
from readoutlib.errors import NotAReadoutError
from readoutlib.model import Readout, Source


def analyze_parts(title: str | None, paragraphs: list[str]) -> Readout:
    """The Readout the analysis gives for a page of these layout parts."""
    return analyze(Layout(title, tuple(paragraphs)), source=Source(), profile=Profile())


def refusal(title: str | None, paragraphs: list[str]) -> str:
    """The reason the analysis gives for refusing the page."""
    with pytest.raises(NotAReadoutError) as caught:
        analyze_parts(title, paragraphs)
    return caught.value.reason


def page_statements(*lines: str) -> list[tuple[int, str, str, str]]:
    """(paragraph, speaker, verb, text) of each statement the parser reads on a text page of these lines."""
    readout = readoutlib.parse("\n\n".join(lines) + "\n")
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def text_page(*lines: str, url: str | None = None) -> Readout:
    """The Readout of a text dump of these lines, one line each, served from ``url`` if given."""
    return readoutlib.parse("\n".join(lines) + "\n", url=url)


def state_page(title: str, *paragraphs: str) -> Readout:
    """The Readout of a text page with these parts, served from a State Department address."""
    page = "\n\n".join((title, *paragraphs)) + "\n"
    return readoutlib.parse(page.encode(), url="https://www.state.gov/some-page-of-the-department/")


def white_house_page(title: str, *paragraphs: str) -> Readout:
    """The Readout of a text page with these parts, served from a White House briefing-room address."""
    page = "\n\n".join((title, *paragraphs)) + "\n"
    return readoutlib.parse(
        page.encode(), url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/01/x/"
    )
