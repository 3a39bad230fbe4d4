"""Readout or not, for a page in Japanese; and the body paragraphs the statements index.

A Japanese readout opens with a sentence in which a person named with a title (marked "は" or "が")
held an event with another named person ("…と電話会談を行ったところ，概要は以下のとおりです").
A page whose headline or first line is a press conference, a statement or a speech
(``genres.toml``) is not one, whatever meetings it lists; nor is a page with no such opening
among its first paragraphs (a spokesperson's list of the week's meetings, a minister's own trip
diary), nor one whose opening is in the future ("会談を行う予定です").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...rules import Table, load_table
from .event import Opening, find_opening

__all__ = ["body_paragraphs", "furniture_probe", "refusal", "refusal_probe"]

_SENTENCE_END = re.compile(r"[。！？.!?]")


@cache
def _genres() -> Table:
    return load_table(__package__, "genres.toml")


@cache
def _furniture() -> Table:
    return load_table(__package__, "furniture.toml")


#: The longest line without a sentence end that is taken for a caption or a heading, not prose.
_CAPTION_MAX = 80


def _is_furniture(line: str) -> bool:
    return any(pattern.search(line) for pattern, _ in _furniture().compiled())


def _is_caption(line: str) -> bool:
    """A short line with no sentence end: a photo caption or a section heading ("1 二国間協力")."""
    return len(line) <= _CAPTION_MAX and not _SENTENCE_END.search(line)


def body_paragraphs(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The paragraphs without furniture lines before the first and after the last prose line, and
    without captions and headings between them."""
    start = 0
    while start < len(paragraphs) and _is_furniture(paragraphs[start]):
        start += 1
    end = len(paragraphs)
    while end > start and _is_furniture(paragraphs[end - 1]):
        end -= 1
    return tuple(p for p in paragraphs[start:end] if not _is_caption(p))


def _refused_by_rows(headline: str | None, first: str | None) -> str | None:
    for text in (headline, first):
        if not text:
            continue
        for pattern, label in _genres().compiled():
            if pattern.search(text):
                return label
    return None


def refusal(
    headline: str | None,
    body: tuple[str, ...],
    opening: Opening | None,
    extra: Sequence[re.Pattern[str]] = (),
) -> str | None:
    """Why the page is not a readout, or None when it is one; ``extra`` patterns (a publisher's
    profile) refuse a headline or first line they match."""
    reason = _refused_by_rows(headline, body[0] if body else None)
    if reason is not None:
        return reason
    first = body[0] if body else ""
    if any(p.search(headline or "") or p.search(first) for p in extra):
        return "the publisher's profile marks it as no readout"
    if opening is None:
        return "no opening sentence reports a call or meeting between named people"
    if opening.planned:
        return "an announcement of a coming event"
    return None


def refusal_probe(text: str) -> str:
    """The reason a page with this headline or first line is refused, or "readout"."""
    return _refused_by_rows(text, None) or "readout"


def furniture_probe(text: str) -> str:
    """ "furniture" for a line that is not body prose, else "body"."""
    return "furniture" if _is_furniture(text) else "body"


def opening_of(body: tuple[str, ...]) -> Opening | None:
    """The opening sentence of a Japanese body (see ``event.find_opening``)."""
    return find_opening(body)
