"""Genre: the kinds of page a publisher's feed carries besides readouts, as rows of a table.

A news feed mixes readouts with fact sheets, proclamations, nominations, statements, greetings and
schedules; most of them name a meeting or a call somewhere, so "some sentence reports an event" is
not evidence enough. The title says what a page is: each row of ``GENRE_TITLES`` is one family of
titles that are not readouts, with an example title that the row must match (a parametrised test
runs every row). A *soft* row (statements, joint statements) yields to a lead that reports the event
itself ("Statement by the Spokesperson on the Secretary's call": "The Secretary spoke today with
..."); a hard row decides unless the title itself reports the event. ``EVENT_TITLES`` are the
rows of titles that report an event (a readout's own headline).
"""

from __future__ import annotations

import re
from functools import cache

import attrs

__all__ = ["EVENT_TITLES", "GENRE_TITLES", "GenreRule", "event_title", "title_genre"]


@attrs.frozen
class GenreRule:
    """One row: a family of titles, the pattern that finds it, and an example it must match.

    Attributes:
        family: what the page is, in words; the refusal reason names it.
        pattern: a regular expression, matched case-insensitively against the title.
        example: a title the pattern matches (run by the tests).
        soft: the page is still a readout when its lead reports the event.
    """

    family: str
    pattern: str
    example: str
    soft: bool = False

    @property
    def compiled(self) -> re.Pattern[str]:
        """The pattern, compiled once."""
        return _compile(self.pattern)


@cache
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


GENRE_TITLES: tuple[GenreRule, ...] = (
    GenreRule("fact sheet", r"\bfact\s*sheet\b", "FACT SHEET: The Partnership for Clean Ports"),
    GenreRule("proclamation", r"\bproclamation\b", "A Proclamation on National Beekeeping Week, 2031"),
    GenreRule("executive order", r"\bexecutive\s+order\b", "Executive Order on Improving Road Safety"),
    GenreRule(
        "memorandum, notice or letter",
        r"^(?:\w+\s+)?(?:memorandum|notice|letter|message)\s+(?:on|to|from|for|regarding)\b",
        "Memorandum on the Delegation of Authority Under the Ports Act",
    ),
    GenreRule(
        "appointments or nominations",
        r"\b(?:nomin(?:at(?:es|ed|ions?)|ees?)|appoint(?:s|ed|ees?|ments?)|intent\s+to\s+appoint)\b",
        "The President Announces Key Nominees",
    ),
    GenreRule(
        "announcement",
        r"\bannounc(?:es|ed|ing|ement)\b|\blaunch(?:es|ed)\b|\bunveils?\b",
        "The Administration Announces New Funding for Rural Clinics",
        soft=True,
    ),
    GenreRule(
        "greetings, congratulations or condolences",
        r"^(?!.*\bexchange)(?:[\w’'-]+\s+){0,4}?(?:greetings|congratulations|condolences|congratulatory"
        r"|message\s+of)\b|\b(?:day|anniversary|new\s+year)\s+greetings\b",
        "Congratulations to the Champions of the Junior Chess Olympiad",
    ),
    GenreRule(
        "press conference or statements for the press",
        r"\b(?:news|press)\s+conference\b|\bstatements?\s+(?:for|to)\s+the\s+(?:press|media)\b"
        r"|\bjoint\s+press\s+(?:conference|availability)\b",
        "Statements for the press following Freedonia-Sylvania talks",
    ),
    GenreRule(
        "quotation headline",
        r"(?-i:^(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'.-]+:\s"
        r"|\s[-–—]\s+(?:the\s+)?(?:President(?:\s+of\s+[A-Z][\w’'-]+)?|Head\s+of\s+(?:the\s+)?State"
        r"|(?:[A-Z][\w’'-]+\s+){1,2}[A-Z][\w’'-]+)$)",
        "Trade with Sylvania will double by 2030 - Head of State",
        soft=True,
    ),
    GenreRule(
        "communiqué or declaration",
        r"\bcommuniqu[eé]\b|\bdeclaration\b",
        "Joint Declaration on the Future of the Northern Corridor",
    ),
    GenreRule(
        "joint statement",
        r"\bjoint\s+(?:statement|press\s+release)\b",
        "Joint Statement on the Freedonia-Sylvania Consultations",
        soft=True,
    ),
    GenreRule(
        "statement",
        r"^(?:[\w’'.-]+\s+){0,6}?statement\b|\bstatement\s+(?:by|from|of|on)\b|\bleaders['’]?\s+statement\b",
        "Statement by the Press Secretary on the Flood Relief Bill",
        soft=True,
    ),
    GenreRule("schedule", r"\bschedule\b|\bweek\s+ahead\b", "Public Schedule – June 13, 2031"),
    GenreRule(
        "announcement of a coming event",
        r"\bwill\s+(?:travel|visit|host|meet|hold|speak|call|attend|receive|welcome|take\s+part|participate|chair)\b"
        r"|\b(?:to|set\s+to)\s+(?:visit|travel\s+to|host|meet)\b|\bupcoming\b",
        "The Prime Minister will visit Freedonia",
    ),
    GenreRule(
        "trip",
        r"\btravel\s+to\b|['’]s\s+travel\b",
        "Deputy Secretary Ortiz’s Travel to Lima and Quito",
        soft=True,
    ),
    GenreRule(
        "ceremony or launch",
        r"\bceremony\b|\blaunching\b|\bflag-raising\b",
        "Flag-raising ceremony on a new research vessel",
    ),
    GenreRule(
        "address or speech",
        r"\baddress\s+(?:by|of|to)\b|\bvideo\s+address\b|\baddresse[sd]\b|\bop-?ed\b|\bwhat\s+they\s+are\s+saying\b",
        "Address by the President to the Nation on the Budget",
    ),
    GenreRule(
        "national day or commemoration",
        r"\bnational\s+day\b|\bindependence\s+day\b|\bday\s+of\s+remembrance\b|\bwreath\b|\blaid\s+flowers\b"
        r"|\bcommemorat\w*\b|\banniversary\s+of\b",
        "Freedonia’s National Day",
        soft=True,
    ),
)

EVENT_TITLES: tuple[GenreRule, ...] = (
    GenreRule("readout", r"\breadout\b", "Readout of the Minister’s Call with Her Counterpart"),
    GenreRule(
        "call or conversation",
        r"\b(?:tele)?phone\b|\bcall(?:s|ed)?\s+(?:with|on)\b|\bconversation\b|\bvideo\s*(?:call|conference|link)\b",
        "Telephone conversation with the President of Freedonia",
    ),
    GenreRule(
        "meeting or talks",
        r"\bmeet(?:s|ing)?\s+with\b|\bmeets\b|\bmet\b|\btalks\b|\bmeeting\s+(?:of|between)\b|\breceives\b"
        r"|\breceived\b|\bhosts\b|\bhosted\b|\bwelcomes\b|\bwelcomed\b",
        "Minister Ruiz Meets Foreign Minister Sato",
    ),
    GenreRule(
        "spoke or discussed with",
        r"\bspo(?:ke|ken)\s+with\b|\bspeaks\s+(?:with|to)\b|\bdiscuss(?:es|ed)?\b.*\bwith\b|\bconsultations\b",
        "The Secretary Speaks with the Foreign Minister of Freedonia",
    ),
    GenreRule(
        "visit",
        r"\bvisit(?:s|ed)?\b(?!.*\bwill\b)|\bdialogue\b",
        "The Prime Minister Visits Freedonia",
    ),
)


def title_genre(title: str | None) -> GenreRule | None:
    """The first row of ``GENRE_TITLES`` the title matches, or None."""
    if not title:
        return None
    return next((rule for rule in GENRE_TITLES if rule.compiled.search(title)), None)


def event_title(title: str | None) -> GenreRule | None:
    """The first row of ``EVENT_TITLES`` the title matches: the headline reports an event."""
    if not title:
        return None
    return next((rule for rule in EVENT_TITLES if rule.compiled.search(title)), None)
