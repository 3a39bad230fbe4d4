"""Families of layout misses on news-site pages without a plugin (#8, fam38): lines above the body
that the generic layout took for the headline or for the first body paragraph, on invented pages."""

from __future__ import annotations

from readoutlib.segment import split_text_dump


def _dump(*lines: str) -> tuple[str | None, tuple[str, ...]]:
    """The title and paragraphs the generic rules read on a text page of these lines."""
    parts = split_text_dump(list(lines))
    return parts.title, parts.paragraphs


_LEAD = (
    "Foreign Minister Ana Ruiz met with the Prime Minister of Velor Ivo Brand in Port Sola on Monday,"
    " discussing bilateral relations."
)
_NEXT = "Minister Ruiz said the two countries share valuable partnerships in trade and education."


def test_a_byline_above_the_lead_is_not_the_title() -> None:
    """A news site's byline ("By Lia Kovac") over an untitled dump is its author, not the headline
    (en-j, EMTV: the reporter was read as a participant)."""
    assert _dump("By Lia Kovac", _LEAD, _NEXT) == (None, (_LEAD, _NEXT))


def test_a_photo_credit_line_above_the_lead_is_not_the_title() -> None:
    """ "Photo : Velor News" over the lead is a photo credit (en-e, the Korean presidency's mirror)."""
    assert _dump("Photo : Velor News", _LEAD, _NEXT)[0] is None


def test_a_copyright_credit_is_not_the_title() -> None:
    """ "© Photo: Government of Velor" between the date and the lead is a credit (en-f, Georgia's
    government)."""
    assert _dump("date 2031-05-07 18 May. 16:50", "© Photo: Government of Velor", _LEAD, _NEXT) == (
        None,
        (_LEAD, _NEXT),
    )


def test_a_caption_closed_by_a_credit_is_not_the_title() -> None:
    """ "L-R: …; Credit: MFA" over the lead is a photo caption (en-m, a Luxembourg weekly)."""
    caption = (
        "L-R: Ana Ruiz, Minister of Foreign Affairs of Ruritania; Ivo Brand, Minister for Foreign"
        " Affairs of Velor; Credit: MFA"
    )
    assert _dump(caption, _LEAD, _NEXT)[0] is None


def test_a_headline_with_a_full_stop_over_a_dated_lead_is_no_paragraph() -> None:
    """A headline printed with a full stop right above a lead that opens with a dateline ("Monday,
    February 27, 2031: President …") is header, not the first paragraph (en-q, Liberia's Executive
    Mansion): a dateline opens a report's first paragraph, and the statements' paragraphs count from it."""
    headline = "Ruritania: President Ruiz Holds Talks in Port Sola On State Visit - Receives a Warm Welcome."
    lead = (
        "Monday, February 27, 2031: President Ana Ruiz has arrived in the Velorian capital - Port Sola"
        " at the start of a three-day State visit."
    )
    later = "The Ruritanian leader was met on arrival by Velorian Minister Ivo Brand."
    assert _dump("27 February 2031", headline, lead, later)[1] == (lead, later)


def test_a_press_releases_number_is_not_the_title() -> None:
    """ "Press release 34/2031" between the issuer and the date line is the release's serial number;
    the headline above is the title (en-e, en-p, Finland's president)."""
    headline = "President Ruiz spoke with Velorian President Brand"
    lead = "President of Ruritania Ana Ruiz had a phone call with President of Velor Ivo Brand on Monday."
    parts = _dump(headline, "Office of the President", "Press release 34/2031", "13 May 2031", lead)
    assert parts == (headline, (lead,))


def test_a_source_line_above_the_lead_is_not_the_title() -> None:
    """ "Source: Ministry of Foreign Affairs of Velor" over an untitled dump names the issuer (en-l and
    en-p, Belarus' mirrors), not the event: no title, and the issuer is the page's byline."""
    parts = split_text_dump(["Source: Ministry of Foreign Affairs of Velor", _LEAD, _NEXT])
    assert (parts.title, parts.byline) == (None, "Ministry of Foreign Affairs of Velor")


def test_a_caption_that_tells_the_event_stays_the_title_of_an_untitled_page() -> None:
    """A caption that tells the event ("X received a telephone call from Y today. — Newswire pic") is
    the only line of an untitled dump naming the principals in full: it stays the title (en-f, en-o,
    Bernama's and FBC's pictures), while a bare credit does not."""
    caption = (
        "date 2031-05-07 Prime Minister Ana Ruiz received a telephone call from the Emir of Velor"
        " Ivo Brand today. — Newswire pic"
    )
    lead = "PORT SOLA, May 7 — The pandemic was among the topics discussed by Ruiz and Brand today."
    assert _dump(caption, lead, _NEXT)[0] == caption.removeprefix("date 2031-05-07 ")


def test_a_comment_section_ends_the_body() -> None:
    """A news site's comment section under the report ("LEAVE A REPLY", "Post a Comment", "Welcome to
    the discussion.") is its footer: the form's sentences ("Please enter your comment!", "Only a member
    of this blog may post a comment.") are no paragraphs (en-n: four sites; en-h, en-k, en-l, en-m)."""
    for opener in ("LEAVE A REPLY", "Post a Comment", "Welcome to the discussion."):
        parts = _dump(
            _LEAD,
            _NEXT,
            opener,
            "Please enter your comment!",
            "Note: Only a member of this blog may post a comment.",
        )
        assert parts == (None, (_LEAD, _NEXT)), opener
