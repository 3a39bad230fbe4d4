"""Scope: whether a readout reports diplomacy (officials of different states or international bodies)
or a domestic meeting (a leader with governors, ministers, companies of the same country).

Both are readouts; a user building a data set of diplomatic contacts filters on ``Event.scope``.
The evidence is the principals' countries and the countries the headline and the opening name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from ..model import Participant
from .countries import (
    COUNTRY_PATTERN,
    COUNTRY_WORD_GATE,
    DEMONYM_PATTERN,
    ORGANISATION_CODES,
    country_from_demonym,
    country_from_name,
)

__all__ = ["event_scope", "visits_abroad"]


@cache
def _country_words() -> re.Pattern[str]:
    return re.compile(rf"{COUNTRY_WORD_GATE}\b(?:{COUNTRY_PATTERN}|{DEMONYM_PATTERN})(?!\w)")


def _named_countries(texts: Iterable[str]) -> set[str]:
    """Codes of the countries and organisations the texts name ("Japanese", "the United Nations")."""
    found: set[str] = set()
    for text in texts:
        for match in _country_words().finditer(text):
            word = match.group(0)
            code = country_from_name(word) or country_from_demonym(word)
            if code:
                found.add(code)
    return found


def event_scope(
    participants: Sequence[Participant],
    texts: Sequence[str | None],
    home: str | None = None,
    *,
    foreign_side: bool = False,
    lead: Sequence[str | None] = (),
    cue: bool = False,
) -> str:
    """``"diplomatic"`` or ``"domestic"``: never None on a parsed readout.

    Diplomatic: the principals come from two or more countries, one is an international
    organisation, the headline or opening (``texts``) names a country other than theirs, or the
    language pack found another side named with no country (``foreign_side``: "G7 Leaders").
    Domestic: every principal with a known country shares it, and no other country is named.
    The publisher's ``home`` country counts as a principal's: its own side is always present.
    With no side's country known, the countries named tell the sides (``_unknown_sides``).
    """
    countries = {p.country for p in participants if p.country} | ({home} if home else set())
    named = _named_countries(t for t in texts if t)
    if countries & ORGANISATION_CODES or len(countries) >= 2 or (countries and foreign_side):
        return "diplomatic"
    if not countries:
        return _unknown_sides(named, foreign_side or cue, lead)
    return "diplomatic" if named - countries else "domestic"


def _unknown_sides(named: set[str], foreign_side: bool, lead: Sequence[str | None]) -> str:
    """The scope when no principal's country is known and the publisher has no home: diplomatic when
    the headline and opening name two countries or an organisation, or another side by its grouping
    (``foreign_side``) or by a word of diplomacy (``cue``, the pack's ``diplomatic_cue``: "her
    counterpart", "bilateral talks", "top diplomats"); failing those, when the lead paragraph
    (``lead``, the pack's ``scope_lead``: "talks between representatives of Germany, France,
    Ukraine and Russia") does.
    Otherwise no other state is a side: domestic (a leader with "representatives of the Ukrainian
    Council of Churches", a roundtable of experts naming no country)."""
    if len(named) >= 2 or named & ORGANISATION_CODES or foreign_side:
        return "diplomatic"
    around = named | _named_countries(t for t in lead if t)
    return "diplomatic" if len(around) >= 2 or around & ORGANISATION_CODES else "domestic"


def visits_abroad(participants: Sequence[Participant], opening: str | None) -> bool:
    """True when the opening names a country other than the principals' (a visit to another state)."""
    countries = {p.country for p in participants if p.country}
    return bool(_named_countries([opening or ""]) - countries)
