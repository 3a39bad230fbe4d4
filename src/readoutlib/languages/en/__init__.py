"""English: the language pack the shared analysis was written for.

Its stages call the analysis modules (``readoutlib.languages.en.event``, ``participants``,
``statements``), whose vocabulary lives in rule tables beside this module.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

import attrs

from ...analysis.profile import Profile
from ...analysis.scope import visits_abroad
from ...dates import url_date
from ...errors import NotAReadoutError
from ...model import EventKind, Participant
from ...rules import Gated, GatedAlternation, load_table
from ...segment.top import is_file_caption
from .. import CompareWords, EventReading, Genre, HeaderLabels, LanguagePack, Page, People, Statements
from . import core
from .event import (
    EventDate,
    Opening,
    arrived_in,
    attending_city,
    capital_by_people,
    capital_dateline_place,
    capital_retold,
    caption_city,
    caption_date,
    colon_dateline_place,
    complete_day_month,
    date_in_lead,
    date_sentence,
    discussions_named_kind,
    event_date,
    event_dates,
    event_held_on_below,
    event_kind,
    event_location,
    find_opening,
    first_channel,
    following_channel,
    framed_encounter,
    headline_city,
    held_in,
    held_in_later,
    held_on,
    later_report_kind,
    later_virtual_channel,
    lead_kind,
    met_after_arrival,
    met_only_as_cause,
    named_again_kind,
    next_report_kind,
    not_readout_reason,
    one_way_message,
    own_words_channel,
    readout_title,
    readout_title_opening,
    retold_in,
    sidelines_city,
    site_visit,
    split_sentences,
    strip_dateline,
    tells_trip,
    travel_over_one_meeting,
    trip_with_hosts,
    trip_with_meetings,
    visit_is_one_meeting,
    weekday_dated,
    weekday_in_lead,
    weekday_told_below,
    weekday_year,
    welcomed_on_arrival,
    year_from_page,
)
from .listed import listed_people
from .names import TITLE_HEADS
from .participants import (
    Principal,
    add_own_principal,
    assign_countries,
    clear_page_caches,
    find_mentioned,
    find_principals,
    mark_requested,
    name_unnamed_offices,
    to_participants,
    without_states,
)
from .sides import (
    ENEMY,
    MOVED,
    TOPIC,
    TOPICS,
    UNCODED_OFFICE,
    UNCODED_STATE,
    private_principals,
    without_former_offices,
    without_private,
    without_topics,
)
from .statements import clear_page_titles, find_statements

__all__ = ["EnglishPack", "topic_of"]

#: A day's slack between the publication date and a later event date (time zones, a late release).
_DAY = dt.timedelta(days=1)

#: Kinds whose report names its sides: a call or a message is between two people. A meeting, talks
#: or a video conference may be a convening reported by its delegations or groups alone ("The
#: delegations of A and B met virtually for the third Space Dialogue"), so those kinds need no name;
#: nor does a page its publisher titles a readout (the publisher's own genre word). An event of no
#: stated kind is left alone too: measured, refusing it with no name refused as many readouts whose
#: names the participants stage missed as it refused pages of other genres.
_NEEDS_SIDES = frozenset((EventKind.PHONE_CALL, EventKind.MESSAGE))
_NO_SIDES = "not a readout: a call or a message with no principal named on either side"
#: A message one principal sent another, no exchange told (CONVENTIONS, "A one-way message …").
_ONE_WAY = "not a readout: a one-way message of congratulation, condolence or greeting, no exchange reported"
#: Title heads too common in other senses to name a side ("member states", "the head of", "in general").
_LOOSE_HEADS = frozenset(("Member", "Head", "Chief", "General", "Officer"))
#: Nouns that name the sides of an encounter without an office ("The two sides held a phone call").
_SIDE_NOUNS = frozenset(("side", "party", "counterpart", "delegation"))
#: A word the title table knows as an office, singular or plural ("The prime ministers of A and B").
_OFFICE_WORD = re.compile(r"\b[A-Za-z][\w-]*\b")


def _names_an_office(opening: str | None) -> bool:
    """True when the opening names an office or a side (whom the participants stage may not have read:
    "The prime ministers of the Netherlands and the UK have held a phone call", "the two sides")."""
    heads = {h.lower() for h in TITLE_HEADS - _LOOSE_HEADS} | _SIDE_NOUNS
    words = (w.lower() for w in _OFFICE_WORD.findall(opening or ""))
    return any(w in heads or _singular(w) in heads for w in words)


def _singular(word: str) -> str:
    """The singular of a plural noun, as far as the office and side words need ("parties": "party")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


_TOPICS = TOPICS
_TOPIC = TOPIC
#: The other side named with no country ("ambassadors of foreign states").
_FOREIGN_SIDE = Gated.of(re.compile(_TOPICS.alternation("foreign side"), _TOPICS.flags))
#: The other side named as a group of other states' principals by grouping or region ("G7 Leaders").
#: searched row by row (``rules.GatedAlternation``): its words together ("meeting", "leaders") stand
#: in most texts, each row's in few
_FOREIGN_GROUP = GatedAlternation.of_rows(
    re.compile(_TOPICS.alternation("foreign group"), _TOPICS.flags),
    [row.pattern for row in _TOPICS.rows if row.label == "foreign group"],
)
#: Words of diplomacy that name no country ("her counterpart", "bilateral talks"): where no side's
#: country is known, they make the event diplomatic.
_DIPLOMATIC_CUE = Gated.of(re.compile(_TOPICS.alternation("diplomatic cue"), _TOPICS.flags))
#: ``_TOPIC`` searched only where one of its words stands ("aggression", "sanctions", "war" ...).
_TOPIC_GATED = Gated.of(_TOPIC)
_ENEMY_GATED = Gated.of(ENEMY)


def topic_of(text: str) -> str | None:
    """The label of the scope-topics family the text matches (the table's probe), else None."""
    if _FOREIGN_GROUP.search(text):
        return "foreign group"
    if UNCODED_STATE.search(text):
        return "uncoded state"
    if _FOREIGN_SIDE.search(text):
        return "foreign side"
    if _ENEMY_GATED.search(text):
        return "enemy"
    if MOVED.search(text):
        return "moved"
    if _TOPIC_GATED.search(text):
        return "topic"
    return "diplomatic cue" if _DIPLOMATIC_CUE.search(text) else None


def _without_topics(text: str | None) -> str | None:
    """The text with every phrase that names a country as the topic blanked to spaces."""
    return without_topics(text) if text else text


@attrs.frozen
class EnglishGenre(Genre):
    """The genre reading with the opening as the English stages found it (paragraph, dateline).

    ``announcers``: the attribution lines left out of the body (``_attribution_lines``), each with the
    index in ``body`` of the paragraph it stood above: the statement finder still reads who they
    announce."""

    found: Opening | None = None
    announcers: tuple[tuple[int, str], ...] = ()
    #: the embedded social-media posts and credited photo captions left out of the body
    #: (``_set_in_lines``): no body paragraph, but a date printed on one still dates the event, and
    #: its words still tell a principal's country
    asides: tuple[str, ...] = ()


# A line above a quotation that only announces it, which GOLD_SCHEMA counts as no body paragraph
# (issue #8, fam35): a short subject and a reporting verb with at most an adjunct of the telling
# ("Minister of Foreign Affairs Lapid said at the end of the meeting:", Israel's MFA, en-i), or a
# statement announced ("The telephone conversation … resulted in the following joint statement:", the
# Kremlin, en-p). A line that reports something before its colon ("… was very pleased with the meeting
# and said:") stays a paragraph. The circumstance of the telling may open the line ("Speaking after the
# meeting, Home Secretary X said:", wiredgov, en-ax; "Posting on his Twitter handle after the meeting X
# said:", en-av): the line still only announces (fam176).
_ANNOUNCES = re.compile(
    r"(?:(?P<lead>(?:[A-Z][a-z]+ing|After|Following)\b[^,;:.!?]{0,80}?)(?:,\s*|\s+))?"
    r"(?P<subject>(?:[^\s,;:.!?]+\s+){1,8}?)(?:said|stated|declared|remarked|wrote|added)"
    r"(?:\s+(?:at|after|in|during|following|to)\s+[^,;:.!?]{1,50})?\s*:"
    r"|.{1,160}?\b(?:resulted\s+in|issued|adopted|released)\s+the\s+following\s+(?:joint\s+)?statement\s*:"
    # a heading naming whose words follow ("Statements by the President of Russia:", the Kremlin, en-p)
    r"|(?:[Ss]tatements?|[Rr]emarks|[Cc]omments)\s+(?:by|of|from)\s+[^,;:.!?]{1,80}:"
)
_NOT_ANNOUNCER_WORDS = frozenset(("and", "was", "were", "is", "are", "that", "who", "which"))
# A quotation, or a list item the heading announces ("▪️Relations between …", "• …").
_OPENS_QUOTATION = ("“", '"', "▪", "•")


def _attribution_lines(body: tuple[str, ...], found: Opening | None) -> frozenset[int]:
    """The body lines below the opening that only announce the quotation opening the next line."""
    first = (found.paragraph if found is not None else 0) + 1
    lines: set[int] = set()
    for index in range(max(first, 1), len(body) - 1):
        line = body[index].strip()
        if not line.endswith(":") or not body[index + 1].lstrip().startswith(_OPENS_QUOTATION):
            continue
        match = _ANNOUNCES.fullmatch(line)
        if match is None or len(line.split()) > 24:
            continue
        words = f"{match.group('lead') or ''} {match.group('subject') or ''}".lower().split()
        if _NOT_ANNOUNCER_WORDS & set(words):
            continue  # "… was very pleased with the meeting and said:" reports before its colon
        lines.add(index)
    return frozenset(lines)


# Lower-case words inside a name or office ("the President of Zambia")
_NAME_LINKS = frozenset(("of", "the", "for"))


def _announcing_clause(line: str) -> str:
    """An attribution line without the circumstance opening it ("Writing on her account after the
    meeting Lind said:" gives "Lind said:"), so that its speaker is read where no comma closes it."""
    match = _ANNOUNCES.fullmatch(line.strip())
    if match is None or match.group("lead") is None:
        return line
    words = match.group("subject").split()
    named = len(words)
    while named > 0 and (words[named - 1][:1].isupper() or words[named - 1] in _NAME_LINKS):
        named -= 1
    if named == len(words):
        return line  # no name closes the subject ("… after the meeting he said:"): read as written
    return " ".join(words[named:]) + line.strip()[match.end("subject") - 1 :]


# An embedded social-media post set into the page (benchmarks/real/CONVENTIONS.md, "Body paragraphs"):
# its line carries the post's picture link ("… pic.twitter.com/AbC123") or ends in the post's
# signature ("— Name (@handle) March 6, 2031"). A report's own sentence that quotes a post in prose
# ("posted Jaishankar on X") carries neither and stays a paragraph.
# A photo caption between the paragraphs, closed by its picture's credit ("… wave to students in Beijing.
# Photograph: Ana Ruiz/Reuters"), is no body paragraph either (GOLD_SCHEMA: photo captions; en-ae, Rediff).
# So is a caption that places a person in the picture and has no sentence end ("Prime Minister X (R)
# shakes hands with Y", VOV World, en-am: fam144); "Brig (R) X" as a retired rank sits in a sentence. So
# is a caption in the present tense of the encounter with no sentence end ("NATO Secretary General X meets
# with the Prime Minister of Y, Z", NATO, en-al: fam144), a line too long for a heading.
_SET_IN = re.compile(
    r"\bpic\.(?:twitter|x)\.com/\w+"
    r"|[—–]\s*(?:\S[^()]{0,80})?\(@\w{1,15}\)\s+\S.{0,30}$"
    r"|[.!?]\s+(?:Photo(?:graph)?|Picture|Image)s?\s*:\s*[A-Z][^.:;]{0,60}$"
    r"|^(?=[^.!?]{10,240}$)[^()]*?[A-Za-z]\s\((?:R|L|C|left|right|cent(?:re|er))\)\s"
    r"|^(?=[^.!?]{10,240}$)[^:]*?[a-z]\s(?:meets(?:\s+with)?|greets|receives|welcomes|shakes\s+hands\s+with"
    r"|holds\s+(?:[\w-]+\s+){0,2}talks\s+with)\s+(?:the\s+|his\s+|her\s+)?[A-Z]"
)


def _set_in_lines(body: tuple[str, ...], found: Opening | None) -> frozenset[int]:
    """The body lines below the opening's paragraph that are an embedded post or a credited photo
    caption."""
    first = (found.paragraph if found is not None else 0) + 1
    return frozenset(i for i in range(first, len(body)) if _SET_IN.search(body[i]))


def _with_asides(genre: Genre) -> tuple[str, ...]:
    """The body and the set-in lines left out of it (``EnglishGenre.asides``), whose dates still count."""
    return (*genre.body, *genre.asides) if isinstance(genre, EnglishGenre) else genre.body


@attrs.frozen
class EnglishPeople(People):
    """The participants with the principals as assembled, which ``find_mentioned`` reads."""

    principals: tuple[Principal, ...] = ()
    #: the participant telling the event in the first person, where the page names them (``_author``)
    author: str | None = None


def _year_from_page(genre: Genre, day_month: tuple[int, int] | None) -> EventDate | None:
    """A yearless day and month ("Baku, December 8, AZERTAC" as the headline, "On March 16" in the
    opening) on a page with no publication date, dated by a full date printed near it in the body or
    on an embedded post's line ("— (@agency) September 23, 2031")."""
    texts = _with_asides(genre)
    partial = next((d for d in event_dates(genre.opening or "") if d.year is None), None)
    if partial is not None:
        found = year_from_page((partial.month, partial.day), texts)
        return EventDate(found, "relative") if found else None
    headline = next((d for d in event_dates(genre.headline or "") if d.year is None), None)
    day_month = (headline.month, headline.day) if headline is not None else day_month
    found = year_from_page(day_month, texts)
    return EventDate(found, "published") if found else None


def _after_opening(body: Sequence[str], found: Opening) -> str:
    """The rest of the opening's paragraph and the first sentence of the next one."""
    rest = body[found.paragraph][found.offset + len(found.sentence) :]
    following = split_sentences(body[found.paragraph + 1])[:1] if found.paragraph + 1 < len(body) else []
    return " ".join([rest, *(sentence for _, sentence in following)])


def _weekday_on_page(page: Page, genre: Genre, written: dt.date | None) -> dt.date | None:
    """ "met … on Wednesday" on a page with no date of its own, dated by the one full date the page
    prints that falls on a Wednesday (a photo caption's "Aug. 28, 2019", which the body leaves out)."""
    if written is not None or not genre.opening:
        return None
    printed = (page.title or "", *page.paragraphs)
    found = genre.found if isinstance(genre, EnglishGenre) else None
    # or the lead above the opening's paragraph: "X and Y held discussions during their dinner Thursday"
    # over "The preview … was held over a dinner …" (fam225: en-bm, a caption's date the one Thursday)
    leads = genre.body[: found.paragraph] if found is not None else ()
    return next((day for text in (genre.opening, *leads) if (day := weekday_dated(text, printed))), None)


def _dating_headline(headline: str | None) -> str | None:
    """The headline, to read the event's date or city in; None for a file photo's caption standing as the
    headline ("FILE PHOTO: X speaks in Northport, May 3, 2031", ``is_file_caption``): its date and its city
    are another occasion's (fam225: en-bl, a wire's copy whose only headline line is such a caption)."""
    return None if headline is None or is_file_caption(headline) else headline


def _event_when(page: Page, genre: Genre, found: Opening | None, profile: Profile) -> EventDate:
    """The event's date from the opening and headline, resolved against the page's own date (its date
    line, dateline or URL), else a year the page prints; else the sentences after the opening."""
    published = genre.published
    # A dateline's day and month without a year ("ISLAMABAD, JAN 17 /DNA/ -") is the day the
    # release was written: "today" means it, once the date line or the URL gives its year.
    day_month = found.dateline.day_month if found and found.dateline and found.dateline.day_month else None
    # or a dateline opening the story above the opening: "Accra, Sept. 24, GNA – X is attending …"
    day_month = day_month or _lead_day_month(genre.body, found, profile)
    written = complete_day_month(day_month or page.day_month, page.url, published) or published
    when = event_date(genre.opening, _dating_headline(genre.headline), published=written, url=page.url)
    if _after_page(when, written, found):
        # a headline's date after the page's ("English | Dzongkha Sunday, June 16, 2019", a site's switcher
        # and today's date read as the title over a story dated 2013: en-v, BBS) is no event's date
        when = event_date(genre.opening, None, published=written, url=page.url)
    elif _headline_after_opening(when, written, genre, page):
        # "date 2031-10-14 (WIRE) – 14 October 2031 …" read as the headline over "10/13/2031" and "met
        # today": a copy's date after the page's own, which the opening's own day beats (fam214, en-bh)
        when = event_date(genre.opening, None, published=written, url=page.url)
    if when.date is None and written is None:
        when = _year_from_page(genre, day_month or page.day_month) or when
    if when.date is None and genre.opening:
        # "This Tuesday January 26, the Minister met …" on a page that prints its year elsewhere
        by_weekday = weekday_year(genre.opening, genre.body, page.url)
        by_weekday = by_weekday or _weekday_on_page(page, genre, written)
        when = EventDate(by_weekday, "relative") if by_weekday else when
    when = (
        _told_after_opening(genre.body, found, when) if found is not None else _told_in_lead(genre.body, when)
    )
    when = _told_before_opening(genre.body, found, when)
    if when.basis == "published":
        # the day a photo caption of the encounter gives it ("X (R) meets with Y … March 16, 2010")
        captioned = caption_date(_with_asides(genre), when.date)
        when = EventDate(captioned, "text") if captioned else when
    return when


#: How many days after the page's date an event it reports as held may fall (another time zone).
_AFTER_PAGE_DAYS = 1


def _after_page(when: EventDate, written: dt.date | None, found: Opening | None) -> bool:
    """True when ``when`` falls days after the page's date ``written`` though the opening reports the event
    as held, not announced."""
    if when.date is None or written is None or (found is not None and found.future):
        return False
    return (when.date - written).days > _AFTER_PAGE_DAYS


def _told_before_opening(body: Sequence[str], found: Opening | None, when: EventDate) -> EventDate:
    """The day the lead before the opening in its paragraph gives the encounter it tells, on a page dated by
    the page alone (``when``, basis ``published``): "A and B yesterday agreed to … The ties were discussed
    in a meeting between X and Y" (fam214: en-bh, The Nation)."""
    if found is None or found.offset == 0 or when.basis != "published":
        return when
    return weekday_in_lead(body[found.paragraph][: found.offset].strip(), when.date) or when


def _headline_after_opening(when: EventDate, written: dt.date | None, genre: Genre, page: Page) -> bool:
    """True when ``when`` (read with the headline) falls after the page's date ``written`` and the opening
    alone gives an earlier day: the headline's date is a copy's, not the event's."""
    if when.date is None or written is None or when.date <= written or not genre.headline:
        return False
    alone = event_date(genre.opening, None, published=written, url=page.url)
    return alone.date is not None and alone.date < when.date


#: How many days before the page's date a lead's full date may fall and still date its event.
_LEAD_DATE_DAYS = 7


def _told_in_lead(body: Sequence[str], when: EventDate) -> EventDate:
    """The day the lead sentence gives by its weekday on a page whose opening was not found, dated by the
    page alone (``when``, basis ``published``): "A and B discussed … during a call on Wednesday, the
    ministry said" under Thursday's date line is Wednesday's (fam191: en-bb, a Gulf site's wire copy); so
    does its full date in the week before the page's."""
    if when.basis != "published" or not body:
        return when
    lead = next((sentence for _, sentence in split_sentences(body[0])[:1]), "")
    told = weekday_in_lead(lead, when.date)
    if told is None and when.date is not None and (dated := date_in_lead(lead)) and dated.date:
        # "On 24 February 2031, X paid a courtesy call on Y" on a page updated two days later: the
        # lead's own full date, within the week before the page's (fam191: en-bd, China's MFA)
        told = dated if 0 <= (when.date - dated.date).days <= _LEAD_DATE_DAYS else None
    return told or when


def _told_after_opening(body: Sequence[str], found: Opening, when: EventDate) -> EventDate:
    """The event's day from the sentences after an opening that gives none (``when`` is the page's date,
    or no date): "which was made Friday", resolved against the page's or the URL's date; on a page with
    none, a full date ("after the discussion in Dakar on December 19, 2013"); else a sentence below
    that tells the event again with its weekday ("Upon his arrival on Saturday, X was received by …")."""
    if when.basis == "published" or when.date is None:
        # "X received a call from Y. On Tuesday, May 28, 2024. During the call …"
        following = _below_opening(body, found, 0)[:1]
        when = (date_sentence(following[0]) if following else None) or when
    if when.basis == "published" or when.date is None:
        when = held_on(_after_opening(body, found), when.date) or when
    elif when.basis == "relative":
        # "X arrived late Thursday night. He met with Y on Friday morning": the encounter's day
        when = met_after_arrival(found.sentence, _below_opening(body, found, 0), when.date) or when
    if when.basis == "published":
        when = _weekday_below(body, found, when)
    if when.date is None and found.offset > 0:
        # on a page with no date: the lead sentence before the opening in its paragraph gives the
        # encounter its full date ("A and B held the trade meeting in X on 6th May 2031. Mr. …")
        lead = body[found.paragraph][: found.offset].strip()
        when = date_in_lead(lead) or when
    if when.date is None:
        when = _told_around_opening(body, found) or when
    return when


def _told_around_opening(body: Sequence[str], found: Opening) -> EventDate | None:
    """On a page with no date, the full date the story's lead paragraph above the opening's gives its
    encounter ("X was today May 4th, 2031 received by Y" above "… they held a bilateral meeting at the
    palace", fam231: en-bo snradio), else the sentence right below the opening that tells it again ("At
    State House, X met and spoke with Y, yesterday 13th August 2031", fam231: en-bo 256trends)."""
    above = [s for _, s in split_sentences(body[0])[:1]] if found.paragraph > 0 and found.offset == 0 else []
    below = _below_opening(body, found, 1)[:1]
    return next((told for sentence in (*above, *below) if (told := date_in_lead(sentence))), None)


def _weekday_below(body: Sequence[str], found: Opening, when: EventDate) -> EventDate:
    """The event's weekday told below an opening dated by the page alone (``when``, basis
    ``published``): a sentence that tells the event again ("Upon his arrival on Saturday, …"), the
    event named again as held on a weekday a few paragraphs down ("The meeting held on Monday centred
    on …"), or a story's lead above the opening ("A and B on Thursday discussed ways to …")."""
    told = weekday_told_below(_below_opening(body, found), when.date)
    if told is None:
        rest = body[found.paragraph][found.offset + len(found.sentence) :]
        later = body[found.paragraph + 1 : found.paragraph + _LEAD_AFTER]
        told = event_held_on_below((rest, *later), when.date)
    if told is None and found.paragraph > 0:
        lead = next((sentence for _, sentence in split_sentences(body[0])[:1]), "")
        told = weekday_in_lead(lead, when.date)
    return told or when


def _below_opening(body: Sequence[str], found: Opening, paragraphs: int = 2) -> list[str]:
    """The sentences after the opening in its paragraph, then the first sentence of each of the next
    ``paragraphs`` paragraphs."""
    rest = body[found.paragraph][found.offset + len(found.sentence) :]
    below = [sentence for _, sentence in split_sentences(rest)]
    for paragraph in body[found.paragraph + 1 : found.paragraph + 1 + paragraphs]:
        below.extend(sentence for _, sentence in split_sentences(paragraph)[:1])
    return below


#: Kinds that name no channel: the sentence after the opening may give it.
_CHANNEL_LESS = (EventKind.MEETING, EventKind.TALKS, EventKind.OTHER)
#: How many paragraphs after the opening's may name its event again ("During the meeting, …").
_LEAD_AFTER = 6
#: How many paragraphs after the opening's may name its event again as virtual ("During the virtual event,
#: …" below a paragraph of background): the lead, not the page's closing list of who took part.
_VIRTUAL_AFTER = 3
#: Kinds of one encounter a trip frame with several hosts turns into the trip.
_MET_IN_TRIP = (EventKind.MEETING, EventKind.TALKS)


def _kind_around_opening(genre: Genre, found: Opening) -> EventKind | None:
    """The kind of an opening that names none: a lead sentence before it whose subject is the event
    ("The meeting enabled …"), the sentence after it, the opening itself opening on the encounter as
    its frame ("At a press briefing following their talks in Rabat, A said …" below a lead whose
    "discussed ways to …" is no event clause), or the lead below naming the event again ("The meeting
    was initiated by …"); else None."""
    lead = [*genre.body[: found.paragraph], genre.body[found.paragraph][: found.offset]]
    after = _after_opening(genre.body, found)
    later = genre.body[found.paragraph + 1 : found.paragraph + _LEAD_AFTER]
    return (
        lead_kind(lead)
        or next_report_kind(after)
        or framed_encounter(genre.opening or "")
        or named_again_kind(later)
    )


def _kind_below(genre: Genre, found: Opening) -> EventKind | None:
    """The kind the lead's later sentences give a discussion nothing near the opening names the kind of
    ("X discussed with A and B …", then "'I held productive phone discussions with A and B,' X wrote")."""
    rest = genre.body[found.paragraph][found.offset + len(found.sentence) :]
    later = genre.body[found.paragraph + 1 : found.paragraph + _LEAD_AFTER]
    return later_report_kind(genre.opening, (rest, *later))


def _channel_below(genre: Genre, found: Opening) -> EventKind | None:
    """The channel the text after a channel-less opening gives its event: the next sentences ("The event
    was held as a video conference."), or a later paragraph of the lead naming it virtual ("During the
    virtual event, …"), or a principal's own words there ("Today, I had a video call with X"); else None."""
    lead = genre.body[found.paragraph + 1 : found.paragraph + 1 + _VIRTUAL_AFTER]
    return (
        following_channel(_after_opening(genre.body, found))
        or later_virtual_channel(lead)
        or own_words_channel(lead)
    )


def _past_a_cause(genre: Genre, found: Opening, kind: EventKind) -> EventKind:
    """A meeting read only from a cause the opening tells ("… accused X of meddling after he met with
    opposition leaders") yields to the kind the next sentence reports ("X and Y held a call on Monday")."""
    if kind is EventKind.MEETING and met_only_as_cause(genre.opening):
        return next_report_kind(_after_opening(genre.body, found)) or kind
    return kind


def _event_kind(genre: Genre, found: Opening | None, profile: Profile) -> EventKind:
    """The kind from the headline and opening; a meeting in a trip with meetings with two people is a
    visit (the held-out trip rule). Where neither names a kind, a lead sentence before the opening
    whose subject is the event may ("The meeting enabled …", ``lead_kind``)."""
    kind = event_kind(genre.headline, genre.opening, profile)
    if kind is EventKind.OTHER and found is not None:
        kind = _kind_around_opening(genre, found) or _kind_below(genre, found) or kind
    if kind in _CHANNEL_LESS and found is not None and first_channel(genre.opening) is None:
        # "a meeting of the Council was held ... The event was held as a video conference."
        kind = _channel_below(genre, found) or _past_a_cause(genre, found, kind)
    if kind is EventKind.TALKS and found is not None:
        # "held discussions with X …" and then "During the meeting, they reviewed …": a meeting
        later = genre.body[found.paragraph + 1 : found.paragraph + _LEAD_AFTER]
        kind = discussions_named_kind(genre.opening, later) or kind
    if kind is EventKind.MEETING and found is not None and trip_with_meetings(genre.body, found):
        return EventKind.VISIT
    if kind in _MET_IN_TRIP and trip_with_hosts(genre.opening):
        return EventKind.VISIT  # "During his stay in Y, X met and held talks with A, B, and C"
    if kind is EventKind.VISIT and found is not None:
        return EventKind.MEETING if _one_meeting_of_visit(genre, found) else kind
    return kind


def _one_meeting_of_visit(genre: Genre, found: Opening) -> bool:
    """True when the visit's page reports one meeting: "X arrived in Tbilisi on a visit. The Prime
    Minister met with him …", or "X Travel to Y" over "Today, X met with A and B" and no other encounter."""
    after = _after_opening(genre.body, found)
    return visit_is_one_meeting(genre.headline, genre.opening, after) or travel_over_one_meeting(
        genre.headline, genre.body, found
    )


def _lead_dateline_place(genre: Genre, found: Opening | None, profile: Profile) -> str | None:
    """The place of a dateline opening a paragraph before the opening's ("MANILA, Philippines — The two
    countries have discussed …" and the call on the minister told in the next paragraph), or None."""
    # no opening found ("DAMASCUS, (ST)_ President X received today a delegation …" under a headline
    # that tells the meeting): the first paragraph's dateline
    for paragraph in genre.body[: found.paragraph] if found else genre.body[:1]:
        if not profile.dateline_travels and tells_trip(paragraph):
            # "MEXICO CITY (Wire) – The minister … on the first day of his tour of the Gulf": the wire's desk,
            # not where the encounter the paragraph tells was held (fam225: en-bl)
            return None
        dateline = strip_dateline(paragraph, profile)
        if dateline is not None and dateline.place:
            return dateline.place
        if (capital := colon_dateline_place(paragraph) or capital_dateline_place(paragraph)) is not None:
            # "Moscow.- The Minister said …", "SINGAPORE: The two ministers have reaffirmed …" above the
            # meeting's paragraph
            return capital
    return None


def _before_address(printed: dt.date | None, address: dt.date | None) -> dt.date | None:
    """The page's publication date: its printed date line, unless that comes more than a day after the
    whole date of the page's address (a site printing the day it was read or copied over an old story:
    "Wednesday, May 1, 2024" over an address filed "/2011/05/05/"); the address's date then dates it."""
    if printed is not None and address is not None and printed > address + _DAY:
        return address
    return printed


def _lead_day_month(body: Sequence[str], found: Opening | None, profile: Profile) -> tuple[int, int] | None:
    """The day and month of a dateline with no year opening a paragraph before the opening's ("Accra,
    Sept. 24, GNA – The Minister is attending …" above the paragraph that tells her meetings), or None."""
    if found is None:
        return None
    for paragraph in body[: found.paragraph]:
        dateline = strip_dateline(paragraph, profile)
        if dateline is not None:
            return dateline.day_month if dateline.date is None else None
    return None


def _lead_dateline_date(body: Sequence[str], found: Opening | None, profile: Profile) -> dt.date | None:
    """The full date of a dateline opening a paragraph before the opening's ("Asmara, 06 May 2021- The
    President returned home today …" above the paragraph that tells the talks), or None."""
    if found is None:
        return None
    for paragraph in body[: found.paragraph]:
        dateline = strip_dateline(paragraph, profile)
        if dateline is not None and dateline.date is not None:
            return dateline.date
    return None


def _location(
    page: Page, genre: Genre, found: Opening | None, kind: EventKind, profile: Profile
) -> str | None:
    """The city of the event (``_placed``), as the page writes it: a city the page never names is none.

    A seat of government gives its city ("met at the Kremlin" → "Moscow"), but the location is the city
    as written (GOLD_SCHEMA): every gold set leaves a meeting placed only at the Kremlin, the White House
    or Downing Street without one (en-b, en-k, en-n, en-o, en-p, de, fr), and gives the city where the
    page writes it beside the seat (en-h: "invited to meet with Vice President X in Washington" and "The
    meeting took place … at the White House").
    """
    location = _placed(page, genre, found, kind, profile)
    if location is None:
        return None
    texts = (page.title or "", genre.headline or "", page.place or "", *genre.body)
    return location if _written(location, texts) else None


def _written(city: str, texts: Sequence[str]) -> bool:
    """True when ``city`` (its name before any comma: "Washington, D.C.") is written in one of ``texts``."""
    name = re.compile(rf"\b{re.escape(city.split(',', maxsplit=1)[0].strip())}\b", re.IGNORECASE)
    return any(name.search(text) for text in texts)


def _bare(body: Sequence[str], found: Opening) -> bool:
    """True when the opening is all of its paragraph ("Foreign Minister X meets with Y.")."""
    return not body[found.paragraph][found.offset + len(found.sentence) :].strip()


def _following_place(sentence: str, kind: EventKind, bare: bool) -> str | None:
    """The city the sentence after the opening says the event was held in, or (below a bare opening) the
    city of the encounter it tells again."""
    return held_in(sentence, kind) or (retold_in(sentence, kind) if bare else None)


def _opening_or_lead(genre: Genre, found: Opening | None, place: str | None) -> str | None:
    """The opening sentence, or where none reports the event but the first paragraph opens with a dateline
    (``_lead_dateline_place``), that paragraph's first sentence: the dateline places what it tells."""
    if genre.opening or found is not None or not place or not genre.body:
        return genre.opening
    first = split_sentences(genre.body[0])[:1]
    return first[0][1] if first else None


def _dateline_place(page: Page, genre: Genre, found: Opening | None, profile: Profile) -> str | None:
    """The place of the opening's dateline, of a dateline opening the story above it, or the page's."""
    # a capital closed by a colon after a release's labels ("Press Release – State House – Banjul: …")
    # beats the label the generic dateline reads first ("Press Release –")
    place = colon_dateline_place(found.sentence) if found else None
    # a state's capital closed by a comma or a stop ("Doha, HE the Minister met …")
    place = place or (capital_dateline_place(found.sentence) if found and found.offset == 0 else None)
    place = place or (found.dateline.place if found and found.dateline and found.dateline.place else None)
    place = place or _lead_dateline_place(genre, found, profile) or page.place
    return place or _headline_place_line(genre.headline)


#: A line of a capital and a source's name in Title Case, read as the headline: "Lisbon - Daily Courier".
_PLACE_LINE = re.compile(r"^\s*[^\W\d_][^-–—]{0,30}\s[-–—]\s+(?:[A-Z][\w.’'&-]*\s*){1,4}$")


def _headline_place_line(headline: str | None) -> str | None:
    """The capital of a line that is only a dateline's place and the source's name ("Manama - Arab Today",
    en-ak) taken for the headline, or None: a line telling anything has a word in lower case."""
    if not headline or _PLACE_LINE.match(headline) is None:
        return None
    return capital_dateline_place(headline)


def _placed(page: Page, genre: Genre, found: Opening | None, kind: EventKind, profile: Profile) -> str | None:
    """The city of the event: from the opening (or its dateline, or a dateline opening the story
    above it), else a sentence saying where it was held."""
    place = _dateline_place(page, genre, found, profile)
    dateline = place.strip() if place and place.strip() else None
    opening = _opening_or_lead(genre, found, place)
    location = event_location(opening, kind, dateline=dateline, travelling=profile.dateline_travels)
    if found is not None and location is not None and location != event_location(opening, kind):
        # the dateline's city yields to the gathering's the encounter was held at ("SINGAPORE: X met Y …
        # Dr X met Mr Y on the sidelines of the Ministers' Meeting in Northport")
        location = (
            sidelines_city(genre.body[found.paragraph :], kind)
            or attending_city(genre.body[: found.paragraph + 1], kind)
            or location
        )
    location = location or _lead_place(genre, found, kind)
    # "met in the Iraqi capital on Sunday": the capital, where the page writes its name (``_location``)
    location = location or capital_by_people(genre.opening, kind)
    if location is None and found is not None:
        location = _placed_below(genre, found, kind) or capital_retold(
            genre.opening, genre.body[found.paragraph :], kind
        )
    if location is None and genre.headline:
        location = headline_city(_dating_headline(genre.headline), kind)
    if location is None and found is not None:
        # "Abe … arrived in Tehran on Wednesday" below an opening that places nothing
        location = arrived_in(genre.body[found.paragraph :], kind)
    if location is None:
        location = caption_city(_with_asides(genre), genre.published or url_date(page.url), kind)
    return location


def _placed_below(genre: Genre, found: Opening, kind: EventKind) -> str | None:
    """The city the sentences below an opening that places nothing give the event: the rest of the
    opening's paragraph ("The audience took place at the … Headquarters in Addis Ababa"), the first
    sentence of the next paragraph ("The meeting was held … in Johannesburg.", or below a bare
    one-sentence opening the encounter told again: "X met with Y … in Suva"), a later sentence about
    the event itself ("The meeting, held at OAS headquarters in …"), or the city of the gathering on
    whose sidelines it was held."""
    location = held_in(genre.body[found.paragraph][found.offset + len(found.sentence) :], kind)
    if location is None and found.paragraph + 1 < len(genre.body):
        following = split_sentences(genre.body[found.paragraph + 1])[:1]
        location = _following_place(following[0][1], kind, _bare(genre.body, found)) if following else None
    if location is None:
        location = held_in_later(genre.body[found.paragraph + 1 :], kind)
    return location or sidelines_city(genre.body[found.paragraph :], kind)


def _lead_place(genre: Genre, found: Opening | None, kind: EventKind) -> str | None:
    """The city a lead sentence before the opening in its paragraph gives the encounter it tells ("A and
    B held the trade meeting in Northtown on 6th May 2031. Mr. X … and Mr. Y … co-chaired the meeting.")."""
    if found is None or found.offset == 0:
        return None
    lead = genre.body[found.paragraph][: found.offset].strip()
    return event_location(lead, kind) if date_in_lead(lead) is not None else None


#: Where a headline names its author: "Statement by Prime Minister X on ...", "Remarks of the President".
_AUTHOR_LINE = re.compile(
    r"\b(?:statement|remarks|readout|comments?|note|message)\s+(?:\w+\s+){0,2}?(?:by|of|from)\s+"
    r"(?P<who>(?:\S+\s+){0,5}\S+)",
    re.IGNORECASE,
)


def _author(
    principals: Sequence[Principal],
    participants: Sequence[Participant],
    headline: str | None,
    byline: str | None,
) -> str | None:
    """The id of the first-person principal ("I spoke with ...") where the headline's author phrase
    or the page's byline names that principal (by surname, or by office for an unnamed one): the
    speaker of "I" and "We". A first-person principal the page does not name so is not trusted."""
    found = next(
        ((p, part) for p, part in zip(principals, participants, strict=False) if p.first_person), None
    )
    if found is None:
        return None
    p, part = found
    key = p.name.split()[-1] if p.name else part.name.removeprefix("The ")
    line = _AUTHOR_LINE.search(headline or "")
    texts = [t for t in (line.group("who") if line else None, byline) if t]
    named = any(re.search(rf"\b{re.escape(key)}\b", text, re.IGNORECASE) for text in texts)
    return part.id if named else None


@cache
def english_header_labels() -> HeaderLabels:
    """The rows of ``languages/en/header_labels.toml``, by label ("date | glued" is a date label too)."""
    table = load_table("readoutlib.languages", "en/header_labels.toml")

    def rows(kind: str, tag: str | None = None) -> tuple[str, ...]:
        found = []
        for row in table.rows:
            name, _, tags = row.label.partition(" | ")
            if name == kind and (tag is None or tag in tags.split()):
                found.append(row.pattern)
        return tuple(found)

    return HeaderLabels(
        issuer=rows("issuer"),
        date=rows("date"),
        glued_date=rows("date", "glued"),
        published=rows("published"),
        first=rows("first"),
        author=rows("author"),
        on=rows("on"),
        weekdays=rows("weekday"),
        event_verbs=rows("event-verb"),
        mirror_footers=rows("mirror-footer"),
        captions=rows("caption"),
        file_captions=rows("caption", "file"),
    )


def _named_by_office(
    principals: list[Principal], genre: Genre, event: EventReading, profile: Profile
) -> None:
    """Office-holders the opening names by office only, named from the body; the publisher's own
    principal where the opening leaves them out (``Profile.own_principals``)."""
    name_unnamed_offices(principals, genre.body, profile)
    texts = (genre.headline, *genre.body) if genre.headline else genre.body
    add_own_principal(principals, texts, profile, event.kind, event.date or event.published)


def _add_listed(principals: list[Principal], body: Sequence[str], profile: Profile) -> None:
    """The people listed under the profile's participant headings (``listed.listed_people``), after
    the principals the headline and opening name."""
    named = [p.name for p in principals if p.name]
    principals.extend(
        Principal(item.name, list(item.titles), item.country) for item in listed_people(body, profile, named)
    )


def _refuse_without_counterpart(
    participants: Sequence[Participant], genre: Genre, event: EventReading, found: Opening | None
) -> None:
    """Refuse a page whose principals tell no encounter: a visit to a place with no counterpart named, a
    call or meeting with no side named (unless the publisher titles it a readout or the opening names
    the sides by office), and a one-way message of congratulation, condolence or greeting."""
    toured = event.kind is EventKind.MEETING and site_visit(genre.opening)
    if (
        (event.kind is EventKind.VISIT or toured)
        and len(participants) < 2
        and not visits_abroad(participants, genre.opening)
        and not welcomed_on_arrival(genre.body, found)
    ):
        raise NotAReadoutError("not a readout: a visit to a place, with no counterpart named")
    if (
        not participants
        and event.kind in _NEEDS_SIDES
        and not readout_title(genre.headline)
        and not _names_an_office(genre.opening)
    ):
        raise NotAReadoutError(_NO_SIDES)
    if one_way_message(genre.headline, genre.body, found, event.kind):
        raise NotAReadoutError(_ONE_WAY)


class EnglishPack(LanguagePack):
    """Reads readouts written in English."""

    code = "en"
    name = "English"
    description = "Readouts in English: calls, meetings, talks, visits and messages between officials."

    def header_labels(self) -> HeaderLabels:
        """The header label words of ``header_labels.toml``."""
        return english_header_labels()

    def compare_words(self) -> CompareWords:
        """``compare_words.toml`` with the lexicon's words of who spoke how, the topic verbs' and
        reported clauses' patterns and the sentence splitter's words (``.compare``)."""
        from .compare import english_compare_words

        return english_compare_words(super().compare_words())

    def genre(self, page: Page, profile: Profile) -> EnglishGenre:
        """The opening sentence, the furniture before it, and whether the page reports an event."""
        clear_page_caches()
        clear_page_titles()
        paragraphs = page.paragraphs
        found = find_opening(paragraphs, profile)
        found = readout_title_opening(page.title, paragraphs, found, profile)
        header, found = core.page_header(paragraphs, found, page.title)
        body = paragraphs[len(header) :]
        if found is not None:
            found = attrs.evolve(found, paragraph=found.paragraph - len(header))
        headline = core.page_headline(page.title, header)
        reason = not_readout_reason(headline, body, found, profile)
        published = page.published or core.page_published(page.title, header, headline, found, profile)
        own = found.dateline.date if found is not None and found.dateline is not None else None
        own = own or _lead_dateline_date(body, found, profile)
        if own is not None and published is not None and own < published:
            published = own  # the release's own dateline: a copy's date line or stamp comes later
        published = _before_address(published, url_date(page.url))
        attributions = _attribution_lines(body, found) if reason is None else frozenset()
        set_in = _set_in_lines(body, found) if reason is None else frozenset()
        dropped = attributions | set_in
        # the paragraph below a dropped line takes its index in the body without the dropped lines
        announcers = tuple(
            (index - sum(1 for d in dropped if d < index), _announcing_clause(body[index]))
            for index in sorted(attributions)
        )
        return EnglishGenre(
            reason,
            headline=headline,
            body=tuple(p for index, p in enumerate(body) if index not in dropped),
            opening=found.sentence if found else None,
            published=published,
            found=found,
            announcers=announcers,
            asides=tuple(body[index] for index in sorted(set_in)),
        )

    def event(self, page: Page, genre: Genre, profile: Profile) -> EventReading:
        """Kind from the headline and opening; date from the text, else resolved against the page's date."""
        found = genre.found if isinstance(genre, EnglishGenre) else None
        warnings: list[str] = []
        kind = _event_kind(genre, found, profile)
        if kind is EventKind.OTHER:
            warnings.append("the kind of event (call, meeting, talks, visit, message) is not stated")
        published = genre.published
        when = _event_when(page, genre, found, profile)
        if when.warning:
            warnings.append(when.warning)
        if when.basis == "text" and when.date and published and when.date > published + _DAY:
            warnings.append(f"the page's date {published} is before the event; not its publication date")
            published = None
        location = _location(page, genre, found, kind, profile)
        if (
            location is None
            and kind is EventKind.MEETING
            and event_kind(None, genre.opening, profile) is EventKind.VISIT
        ):
            # the one meeting of a visit ("visited Paris today at the invitation of …") was held where
            # the visitor went
            location = _location(page, genre, found, EventKind.VISIT, profile)
        return EventReading(kind, when.date, when.basis, location, published, tuple(warnings))

    def participants(self, page: Page, genre: Genre, event: EventReading, profile: Profile) -> EnglishPeople:
        """Principals from the headline and opening (and the lead paragraph), then the others named."""
        found = genre.found if isinstance(genre, EnglishGenre) else None
        principals = find_principals(
            genre.headline, found, genre.body, profile, summary=page.summary, byline=page.byline
        )
        _add_listed(principals, genre.body, profile)
        mark_requested(principals, genre.headline, found, profile)
        # a set-in post or caption still tells whose side a principal is on ("🇮🇳 … — Name (@handle)")
        texts = [t for t in (genre.headline, *_with_asides(genre)) if t]
        assign_countries(
            principals,
            texts,
            profile,
            page.url,
            found.sentence if found else None,
            dateline=_dateline_place(page, genre, found, profile),
            when=event.date or event.published,
        )
        _named_by_office(principals, genre, event, profile)
        participants = to_participants(principals)
        _refuse_without_counterpart(participants, genre, event, found)
        warnings: list[str] = []
        if not participants:
            warnings.append("no participants found in the title or opening paragraph")
        elif len(participants) == 1:
            warnings.append(f"only one participant found ({participants[0].name})")
        warnings.extend(
            f"no country found for participant {p.name!r}" for p in participants if p.country is None
        )
        mentioned = find_mentioned(genre.body, principals, profile)
        author = _author(principals, participants, genre.headline, page.byline)
        return EnglishPeople(
            participants, mentioned, tuple(warnings), principals=tuple(principals), author=author
        )

    def scope_sides(self, genre: Genre, people: People) -> Sequence[Participant]:
        """The principals but those the headline or the opening describe as private persons ("American
        businessman", "President of the General Confederation of Italian Industry"): a leader's meeting
        with them is domestic, wherever they come from (the feed labels' non-state actors). All of
        them where no other principal's country is known."""
        private = private_principals(people.participants, (genre.headline, genre.opening))
        sides = tuple(p for p in people.participants if p.id not in private)
        # With no side's country left, the private persons' still tell where the meeting stands
        # (a Russian state corporation's head with the President whose country is not read).
        return sides if any(p.country for p in sides) else people.participants

    def scope_texts(self, genre: Genre, people: People) -> tuple[str | None, ...]:
        """The headline and the opening, with the phrases that name a country as the topic blanked once
        a principal's country is known (the sides are then known; with none, every country named is
        the only evidence of them) and no other side is named without a country ("foreign states").
        A private role's country adjective ("American businessman") is blanked in any case."""
        # ... and a country's name inside another place's ("New Mexico Governor", "Atlanta, Georgia"),
        # and a former office's state in the opening ("former Director of the U.S. Treasury's Office")
        heads = (genre.headline, genre.opening)
        texts = (
            without_states(without_private(genre.headline)),
            without_states(without_private(without_former_offices(genre.opening, heads))),
        )
        if not any(p.country for p in people.participants) or any(
            _FOREIGN_SIDE.search(t) or _FOREIGN_GROUP.search(t) for t in texts if t
        ):
            return texts
        return (_without_topics(texts[0]), _without_topics(texts[1]))

    def scope_lead(self, genre: Genre) -> tuple[str | None, ...]:
        """The lead paragraph (``LanguagePack.scope_lead``) with the phrases that name a country as the
        topic blanked ("due to Russia's armed aggression"): only the sides' countries count."""
        return tuple(_without_topics(t) for t in super().scope_lead(genre))

    def diplomatic_cue(self, genre: Genre) -> bool:
        """The ``diplomatic cue`` rows of ``scope_topics.toml`` in the headline or the opening."""
        return any(_DIPLOMATIC_CUE.search(t) for t in (genre.headline, genre.opening) if t)

    def unnamed_foreign_side(self, genre: Genre) -> bool:
        """True when the headline or the opening names the other side as a group of other states'
        principals by grouping or region, with no country ("Meeting with G7 Leaders", "met with 15
        leaders representing Caribbean nations"): the ``foreign group`` rows of ``scope_topics.toml``."""
        # ... or an office of a state with no code ("President of Abkhazia X": Abkhazia is no country)
        return any(
            _FOREIGN_GROUP.search(t) or UNCODED_OFFICE.search(t) for t in (genre.headline, genre.opening) if t
        )

    def statements(self, genre: Genre, people: People, profile: Profile) -> Statements:
        """Reported speech in the body, attributed to the principals or to both sides."""
        author = people.author if isinstance(people, EnglishPeople) else None
        announcers = genre.announcers if isinstance(genre, EnglishGenre) else ()
        found, warnings = find_statements(
            genre.body, people.participants, profile, author=author, announcers=announcers
        )
        return Statements(found, warnings)
