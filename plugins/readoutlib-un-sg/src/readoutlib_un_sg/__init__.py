"""readoutlib format plugin for readouts of the UN Secretary-General's meetings and calls (un.org/sg).

The Secretary-General's office titles its readouts "Readout of the Secretary-General’s meeting with
…" and writes the body about "The Secretary-General" only; the office-holder's name stands apart,
in a header line ("Secretary-General Ban Ki-moon") or a byline ("Ban Ki-Moon, Former
Secretary-General"). That line becomes the layout's summary, from which the shared analysis names
the principal the body calls by office. Publisher knowledge is declared as data.
"""

from __future__ import annotations

import re
from typing import ClassVar

from readoutlib.plugin import Document, DumpRules, FormatAdapter, Layout, Profile, evolve

__all__ = ["UnSgAdapter", "office_holder_line", "place_over_country"]

_NAME = r"(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})"
#: The site's breadcrumb the archive's text keeps before the byline, short items each ended by a
#: bar: "Readouts | Ban Ki-moon, Former Secretary-General" (en-z).
_CRUMBS = r"(?:[A-Z][\w'’ -]{0,30}?\s*\|\s*){0,3}"
#: The lines that name the office-holder: a header "Secretary-General <Name>" or a byline
#: "<Name>, (Former) Secretary-General".
_HOLDER = (
    re.compile(rf"^\s*{_CRUMBS}(?:United Nations |UN )?Secretary-General {_NAME}\s*$"),
    re.compile(rf"^\s*{_CRUMBS}{_NAME}, (?:Former )?(?:United Nations |UN )?Secretary-General\s*$"),
)
#: How far down the page the office-holder's line may stand (it is page furniture above the body).
_HEADER_LINES = 20
#: The older pages' place line with no date under it: the city, its country on the next line, then the
#: readout's title ("Auckland" / "New Zealand" / "Readout of the Secretary-General's meeting with …": en-af).
_PLACE_OVER_COUNTRY = re.compile(
    r"\A\s*(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})[ \t]*\n\s*[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
    r"[ \t]*\n\s*(?=Readout of the Secretary-General)"
)


def place_over_country(text: str) -> str | None:
    """The city of a place line that opens the page over its country's line and the readout's title, or
    None ("Auckland" / "New Zealand" / "Readout of …" → "Auckland")."""
    found = _PLACE_OVER_COUNTRY.match(text)
    return found.group("place") if found else None


def office_holder_line(text: str) -> str | None:
    """ "Secretary-General <Name>" from the page's header or byline line naming the office-holder."""
    for line in text.splitlines()[:_HEADER_LINES]:
        for pattern in _HOLDER:
            found = pattern.match(line)
            if found:
                return f"Secretary-General {found.group('name')}"
    return None


class UnSgAdapter(FormatAdapter):
    """Readouts of the UN Secretary-General's meetings and calls, as un.org serves them or as text."""

    #: Adapter id, entry-point name and publisher id.
    name = "un-sg"
    #: Who publishes the pages.
    publisher = "United Nations, Office of the Secretary-General (un.org/sg)"
    #: What the adapter reads.
    description = "Readouts of the UN Secretary-General's meetings and calls (un.org/sg)."
    #: The Secretary-General's pages on un.org (current and older site paths).
    url_patterns: ClassVar[tuple[str, ...]] = (r"^https?://(?:www\.)?un\.org/sg/",)
    #: Languages of the pages read.
    languages: ClassVar[tuple[str, ...]] = ("en",)
    #: The office's phrasing, as data for the shared analysis.
    profile: ClassVar[Profile] = Profile(
        home_country="UN",
        home_titles=("The Secretary-General",),
        joint_subjects=(
            "The Secretary-General and the Prime Minister",
            "The Secretary-General and the President",
        ),
        # the date line is where the Secretary-General is: "Addis Ababa, 25 May 2013" over a meeting
        # "at the African Union Summit" (en-ab), "Chicago, 21 May 2012" over one on the NATO Summit's
        # margins (en-s)
        dateline_travels=True,
    )
    #: How un.org text reads: the site's greeting line is furniture, the readout's title is the headline.
    rules: ClassVar[DumpRules] = DumpRules(
        drop=(r"Welcome to the United Nations\b",),
        title_words=(r"Readout of the Secretary-General['’]s\b",),
    )
    #: (regex, weight): the office's headline and site furniture.
    markers: ClassVar[tuple[tuple[str, float], ...]] = (
        (r"(?m)^\s*(?-i:Readout of the Secretary-General['’]s) (?:meeting|call|telephone|video)", 0.6),
        (r"(?-i:Welcome to the United Nations\. It['’]s your world\.)", 0.3),
        (r"\bun\.org/sg/", 0.3),
    )

    def layout(self, document: Document) -> Layout:
        """The default layout, with the line naming the office-holder as the summary, and the place of a
        place line over its country's line (``place_over_country``) where no date line gave one."""
        parts = super().layout(document)
        text = document.visible_text() if document.is_html else document.text
        return evolve(
            parts,
            summary=parts.summary or office_holder_line(text),
            place=parts.place or place_over_country(text),
        )
