"""People listed under a heading: the event's participants one a line.

Some publishers end a readout of a convening with its people as a list under a heading the profile
declares (``Profile.participant_headings``: "Administration Participants Included:", "Participants
in the convening included:"), each line a name, a comma and the office ("- Jon Bell, Under
Secretary, Department of Harbours"). Each such person is a principal, with the office as its title.
A rank before the name ("Maj Gen (ret)", "Dr.") and degrees after it ("MD, MPH") are neither the
name nor the office. A short sub-heading ("Industry:", "Government:") does not end the list; any
other line does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import attrs

from ...analysis.countries import country_from_name
from ...analysis.profile import Profile
from ...rules import compile_rows
from .names import scan_people
from .text import fold

__all__ = ["Listed", "listed_people"]


@attrs.frozen
class Listed:
    """A person of the list: the name, the titles (before the name, then the office after it) and the
    country where the item names one instead of an office."""

    name: str
    titles: tuple[str, ...]
    country: str | None


#: A list item: an optional bullet, the part before the first comma, then the rest.
_ITEM = re.compile(r"^\s*(?:[-*•–]\s*)?(?P<head>[^,;:]{3,80}?)\s*,\s*(?P<rest>\S.*)$")
#: A rank or courtesy word before the name: "Maj Gen (ret)", "Dr.", "The Honorable", "Rev.".
_RANK = re.compile(
    r"^(?:(?:(?:Maj|Lt|Brig|Gen|Col|Adm|Capt|Cmdr|Sgt|Dr|Rev|Hon|Mr|Mrs|Ms|Mx|Prof|Amb)\.?|General|Admiral|"
    r"Colonel|Major|Captain|Honorable|Ambassador|Reverend|Pastor|Rabbi|Bishop|Imam|Father|Sister|The|"
    r"\((?:ret|Ret|retired)\.?\))\s+)+"
)
#: A person's name: two to five words, each capitalised or an initial, with the particles names carry.
_NAME = re.compile(
    r"^(?:[A-Z][\w’'.-]*|(?:de|da|del|della|van|von|der|bin|al|la|le)(?=\s))"
    r"(?:\s+(?:[A-Z][\w’'.-]*|de|da|del|della|van|von|der|bin|al|la|le)){1,4}$"
)
#: Degrees and post-nominals after the name, not the office: "MD", "MPH", "JD", "FACS", "Ph.D.".
_DEGREE = re.compile(
    r"^(?:M\.?D\.?|MPH|JD|Ph\.?\s?D\.?|MBA|MPP|MPA|MSW|MSN|BA|BS|MS|MA|FACS|FACP|FAAP|RN|DO|DNP|Ed\.?D\.?|LLM|CPA|"
    r"Jr\.?|Sr\.?|Esq\.?|II|III|IV)$"
)
#: A sub-heading inside the list: a few words and a colon ("Industry:", "Federal Government:").
_SUBHEADING = re.compile(r"^[^\W\d][^.,;:]{0,40}:$")
#: An abbreviation in brackets ending the office ("… Department of Harbours (DHCW)").
_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


@lru_cache(maxsize=64)
def _headings(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """A profile's heading patterns, compiled once (case-insensitive)."""
    return tuple(pattern for pattern, _ in compile_rows(patterns, owner="a publisher profile", flags=re.I))


def _item(line: str) -> Listed | None:
    """The person of a list item, or None when the line is no person's item. The name and the titles
    before it are the people scanner's where it reads one person ("President Ana Ruiz"); the office
    is the first part after the name that is no degree, or the country where that part names one
    ("President Ana Ruiz, Republic of Sylvania")."""
    found = _ITEM.match(line)
    if found is None:
        return None
    head = found.group("head").strip()
    people = scan_people(head).people
    name = _RANK.sub("", people[0].name if len(people) == 1 and people[0].name else head).strip()
    titles = list(people[0].titles) if len(people) == 1 and people[0].name else []
    # a lone name under a title the scanner read ("Prime Minister Sheikh Hasina") is a name too
    if not (_NAME.match(name) or (titles and _NAME.match(f"{titles[-1]} {name}"))):
        return None
    if name.split()[0] in {"The", "A", "An"}:
        return None
    parts = [part.strip() for part in found.group("rest").split(",")]
    office = next((part for part in parts if part and not _DEGREE.match(part)), None)
    country = country_from_name(office) if office else None
    if office and not country:
        titles.append(_BRACKETS.sub("", office))
    return Listed(name, tuple(t for t in titles if t), country)


def listed_people(body: Sequence[str], profile: Profile, named: Sequence[str]) -> list[Listed]:
    """Each person listed under one of the profile's participant headings,
    in order, but those already ``named`` (a principal of the opening listed again)."""
    if not profile.participant_headings:
        return []
    headings = _headings(profile.participant_headings)
    known = {fold(name) for name in named}
    found: list[Listed] = []
    reading = False
    for paragraph in body:
        line = paragraph.strip()
        if any(heading.search(line) for heading in headings):
            reading = True
            continue
        if not reading or _SUBHEADING.match(line):
            continue
        item = _item(line)
        if item is None:
            reading = False
            continue
        if fold(item.name) not in known:
            known.add(fold(item.name))
            found.append(item)
    return found
