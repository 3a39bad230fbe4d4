"""Text dumps split into title, publication date, lead and body paragraphs.

The rules, which need no declaration because they hold on readout pages of every publisher:

* the **header** is every line before the first line of running prose (a sentence that ends like
  one); breadcrumbs, section names, language switchers, bylines, tickers and photo captions live
  there and are never body paragraphs;
* the **title** is the header line that reads as a headline about an event ("... Holds Talks
  with ...", "Readout of ... Call"), the last such line before the body; failing that, the last
  headline-like header line of four words or more;
* the **publication date** is the first header line that is a date (perhaps after a label such
  as "Published:", a weekday or a dateline's place: "Capital City, 05/03/2023 - 09:10"), else
  the date of a metadata block, else a date line right under the headline, else a dateline
  opening the first paragraph ("Islamabad, July 25, 2023 (PPI-OT): ...");
* **site notices** above the body (archive banners, "An official website of ...", cookie
  notices) speak about the site, report no event, and are dropped;
* a **metadata block** near the top (label lines such as "From:" and "Published" with their
  values) is furniture; prose between the headline and the block, or a first line the body
  repeats, is the page's **summary** (lead), kept apart from the paragraphs;
* an **attribution line** near the top ("The below is attributable to Spokesperson ...:") ends
  the header: what precedes it is summary, what follows is the body;
* the **footer** is cut at known aggregator and site footers, and short unpunctuated lines at
  the end (share links, "Back to ...", contact blocks, a closing place-and-date) are trimmed; a
  mirror's footer has the headline and publisher line just above it, and that headline is the title.

Publisher knowledge comes in through ``DumpRules``, as data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

import attrs

from ..dates import find_dates, parse_date
from .datelines import (
    closing_date,
    date_line_date,
    date_line_place,
    dateline_date,
    is_date_line,
    lone_place,
    place_line,
    reading_one_page,
    split_glued_date,
    strip_dateline,
    yearless_date_line,
    yearless_line_place,
)
from .furniture import (
    MAX_ATTRIBUTION_WORDS,
    MAX_HEADER,
    drop_site_notices,
    drop_teasers,
    is_mirror_footer,
    metadata_block,
    mirror_title,
)
from .lines import (
    any_match,
    collapse,
    compile_patterns,
    ends_sentence,
    first_word,
    fold,
    folds_starting_with,
    folds_to,
    is_breadcrumb,
    is_heading,
    is_prose,
    looks_like_headline,
    word_count,
)
from .rules import DumpRules
from .stopped import SENTENCE_INSIDE, is_stopped_headline, names_only
from .title import pick_title
from .vocabulary import FurniturePatterns, furniture_patterns, label_patterns
from .wrap import unwrap

__all__ = ["KeptLines", "TextDump", "header_byline", "is_furniture", "kept_lines", "split_text_dump"]

#: Attribution lines are looked for this many lines into the body.
_MAX_ATTRIBUTION = 4
#: A shorter first line that opens the next one ("The two sides agreed.") is body, not a lead.
_MIN_LEAD_WORDS = 8
_DEFAULT_RULES = DumpRules()


@attrs.frozen
class TextDump:
    """A page's text split into its parts."""

    title: str | None
    paragraphs: tuple[str, ...]
    published: dt.date | None
    #: The lead (standfirst) the page prints above its body, kept apart from the paragraphs.
    summary: str | None = None
    #: Where the page was issued, from a date line with a place ("Munich, Germany, 1 February 2014").
    place: str | None = None
    #: (month, day) of a header date line that prints no year ("Doha - Information Office - March 16").
    day_month: tuple[int, int] | None = None
    #: Who issued the page, from a labelled header line ("[Source] Prime Minister of Japan", "Issued
    #: by: Office of the President").
    byline: str | None = None
    #: Whether ``published`` was read from a stamp that names one day only (an ISO ``<meta>`` value):
    #: the page's dates in figures never turn it round (``dates.reorder_numeric``).
    published_settled: bool = False


@attrs.frozen
class _Compiled:
    """A ``DumpRules`` with its patterns compiled and the common vocabulary added."""

    drop: tuple[re.Pattern[str], ...]
    stop: tuple[re.Pattern[str], ...]
    header: tuple[re.Pattern[str], ...]
    start: tuple[re.Pattern[str], ...]
    date_lines: tuple[re.Pattern[str], ...]
    title_words: tuple[re.Pattern[str], ...]
    #: Whether a line is dropped, stops the page, starts the body: ``any_match`` of the rows.
    dropped: Callable[[str], bool]
    stops: Callable[[str], bool]
    starts: Callable[[str], bool]


def _compiled(rules: DumpRules) -> _Compiled:
    """The publisher's rules compiled, with the furniture of the core and every installed pack."""
    return _compile(rules, furniture_patterns())


@lru_cache(maxsize=256)
def _compile(rules: DumpRules, furniture: FurniturePatterns) -> _Compiled:
    drop = compile_patterns(rules.drop) + compile_patterns(furniture.boilerplate)
    stop = compile_patterns(rules.stop) + compile_patterns(furniture.footers)
    start = compile_patterns(rules.start) + compile_patterns(furniture.attributions)
    return _Compiled(
        drop=drop,
        stop=stop,
        header=compile_patterns(rules.header),
        start=start,
        date_lines=compile_patterns(rules.date_lines),
        title_words=compile_patterns(rules.title_words),
        dropped=any_match(drop),
        stops=any_match(stop),
        starts=any_match(start),
    )


def is_furniture(line: str, declared: Sequence[re.Pattern[str]] = (), title: str = "") -> bool:
    """True for a line known to be page furniture: a breadcrumb, a line a publisher declares
    header furniture (``declared``), or the title (folded, as ``fold`` gives it) repeated."""
    if is_breadcrumb(line) or any(p.match(line) for p in declared):
        return True
    return bool(title) and folds_to(line, title)


@attrs.frozen
class KeptLines:
    """A page's lines up to its footer, boilerplate dropped, and the footer's first line (None: no footer)."""

    lines: tuple[str, ...]
    stop: str | None

    def then(self, below: KeptLines) -> KeptLines:
        """What ``kept_lines`` makes of these lines' source followed by ``below``'s: each line is
        read alone, so it is these lines and then ``below``'s, unless the footer started here."""
        return self if self.stop is not None else KeptLines(self.lines + below.lines, below.stop)


def kept_lines(lines: Sequence[str], rules: DumpRules | None = None) -> KeptLines:
    """The lines ``split_text_dump`` reads: up to the footer, boilerplate dropped, glued dates split."""
    with reading_one_page():
        kept, stop = _kept_lines(lines, _compiled(rules or _DEFAULT_RULES))
    return KeptLines(tuple(kept), stop)


def split_text_dump(
    lines: Sequence[str] | KeptLines,
    *,
    title_hint: str | None = None,
    rules: DumpRules | None = None,
    head_only: bool = False,
) -> TextDump:
    """Split a page's text lines into title, publication date, lead and body paragraphs.

    See the module docstring for the rules.

    Args:
        lines: the page's lines, or their ``kept_lines`` (made with the same ``rules``) when the
            caller has them already.
        title_hint: a title known from elsewhere (a ``<title>`` tag); a header line equal to it
            is taken as the title, and it is the title when no header line reads as one.
        rules: the publisher's rules as data.
        head_only: only the title, date, place and summary are wanted: the paragraphs after the
            first two are not read (those fields never depend on them).
    """
    with reading_one_page():
        return _split_text_dump(lines, title_hint, rules or _DEFAULT_RULES, head_only)


def _split_text_dump(
    lines: Sequence[str] | KeptLines, title_hint: str | None, r: DumpRules, head_only: bool = False
) -> TextDump:
    c = _compiled(r)
    if isinstance(lines, KeptLines):
        kept, stop = list(lines.lines), lines.stop
    else:
        kept, stop = _kept_lines(lines, c)
    # a hard-wrapped page's lines joined into their sentences: read on the whole page, so not part
    # of ``kept_lines``, whose parts join as the page's lines do
    kept = unwrap(kept)
    mirrored = stop is not None and is_mirror_footer(stop)
    found_mirror_title = mirror_title(kept) if mirrored else None
    signed = _pop_trailers(kept)
    kept = drop_site_notices(drop_teasers(kept))
    kept, summary, meta_date = metadata_block(kept)
    kept = drop_site_notices(kept)  # a banner under the metadata block ("published under ...")

    hint = fold(title_hint) if title_hint else ""
    header, body, summary = _header_and_body(kept, c, hint, summary)
    published = _signed_date(
        _header_date(header, c.date_lines) or meta_date or _republished_date(stop), signed.dates
    )
    title: str | None = None
    if r.has_title:
        title = pick_title(
            header,
            body,
            lambda line: is_furniture(line, c.header),
            c.title_words,
            hint_text=collapse(title_hint or ""),
        )
        if title is None and title_hint:
            title = collapse(title_hint)
        title = title or found_mirror_title
    paragraphs, published = _paragraphs(
        body, c.header, hint, found_mirror_title, published, head_only=head_only, headline=fold(title or "")
    )
    paragraphs, summary = _source_lines_apart(paragraphs, summary)
    top = (*header, *body[:2])
    return TextDump(
        title=title,
        paragraphs=paragraphs,
        published=published,
        summary=summary,
        place=_header_place(top, header, c.header, title) or signed.place,
        day_month=None if published else next((d for d in map(yearless_date_line, top) if d), None),
        byline=header_byline(header),
    )


def _header_place(
    top: Sequence[str], header: Sequence[str], declared: Sequence[re.Pattern[str]], title: str | None
) -> str | None:
    """The place the page's top lines give: a date line's, a place over a date line, or a yearless
    stamp's ("Lindoro, Feb. 13.")."""
    return (
        next((p for p in map(date_line_place, top) if p), None)
        or place_line(header, declared, title)
        or next((p for p in map(yearless_line_place, top) if p), None)
    )


def header_byline(header: Sequence[str]) -> str | None:
    """The issuer a labelled header line names ("[Source] Prime Minister of Japan"), or None."""
    issuer = label_patterns().issuer
    return next((m.group("who").strip() for line in header if (m := issuer.match(line))), None)


#: A line broken mid-sentence: a run of prose with no closing mark, and the next line going on with
#: a lowercase word ("… greetings to her" / "and the people of Bangladesh," the secretary said.").
_OPEN_END = re.compile(r"(?:\S+\s+){7,}[^\s.!?:;…\"”’)\]]+$")
_GOES_ON = re.compile(r"[^\W\d_]+[\s,]")


def _broken_prose(kept: Sequence[str], index: int) -> bool:
    """True when the line is prose broken mid-sentence: the next line, prose, goes on with it in
    lowercase. The two stay two body lines (the gold counts the lines as written)."""
    if index + 1 >= len(kept):
        return False
    following = kept[index + 1]
    return (
        following[:1].islower()
        and _GOES_ON.match(following) is not None
        and is_prose(following)
        and _OPEN_END.search(kept[index]) is not None
    )


def _kept_lines(lines: Sequence[str], c: _Compiled) -> tuple[list[str], str | None]:
    """The lines up to the footer, boilerplate dropped; and the footer's first line, if any."""
    kept: list[str] = []
    for raw in lines:
        line = collapse(raw)
        if not line:
            continue
        if c.stops(line):
            return kept, line
        # a store's date glued to a line that is furniture ("date 2031-05-06 <photo caption>") is
        # still the page's date: split first, then drop the furniture part alone
        kept.extend(part for part in split_glued_date(line) if not c.dropped(part.strip()))
    return kept, None


@attrs.frozen
class _Signed:
    """What a release signs at its foot: the dates of its date lines, and the place the last of them
    names ("New York, 24 September 2031": the release was issued there)."""

    dates: tuple[dt.date, ...] = ()
    place: str | None = None


def _pop_trailers(kept: list[str]) -> _Signed:
    """Drop the footer lines at the end of ``kept``; the dates of the date lines among them and the
    place of the one nearest the body that names one."""
    dates: list[dt.date] = []
    place: str | None = None
    below: str | None = None  # the line popped before this one: the line under it
    while kept and _is_trailer(kept[-1]):
        line = kept.pop()
        found = date_line_date(line) or _credit_date(line)
        if found is not None:
            dates.append(found)
            place = date_line_place(line) or place
        elif place is None and below is not None and _place_over_signed_date(line.rstrip(","), below):
            # "Lindoro" (or "Lindoro,") over "22 October,2031": the place the release was signed in
            place = line.rstrip(",")
        below = line
    _drop_after_sign_off(kept)
    return _Signed(tuple(dates), place)


#: A source's credit closing the page in brackets, ending in the copy's full date: "(Velmora News
#: Agency May 8, 2031)" (en-an, a wire's copy on a portal). The name is a few capitalised words.
_CREDIT = re.compile(r"\(\s*(?P<inner>[A-Z][^()]{8,80}?)\s*\)")
_CREDIT_NAME = re.compile(r"[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,5}[\s,]+")


def _credit_date(line: str) -> dt.date | None:
    """The full date of a source's credit in brackets (``_CREDIT``), or None."""
    m = _CREDIT.fullmatch(line.strip())
    if m is None:
        return None
    inner = m.group("inner")
    found = next((d for d in find_dates(inner) if d.end == len(inner)), None)
    if found is None or found.year is None or not _CREDIT_NAME.fullmatch(inner[: found.start]):
        return None
    return found.date


def _place_over_signed_date(line: str, below: str) -> bool:
    """True when ``line`` is a place alone ("Lindoro", "Washington, DC") over a date line with no place."""
    return lone_place(line) and date_line_date(below) is not None and date_line_place(below) is None


#: A wire report's sign-off closing its last sentence: a dash and the agency's one name ("… tonight.-
#: Bernama", "… the secretary said. -BSS").
_SIGN_OFF = re.compile(r"[.!?\"”’]\s*[-–—]\s*[A-Z][A-Za-z]{1,20}$")
#: How many lines of other stories' headlines a site lists under a signed report, at most.
_MAX_LISTED = 15


def _drop_after_sign_off(kept: list[str]) -> None:
    """Drop the lines under a signed wire report when none of them ends a sentence: the site's list
    of its other stories' headlines (long ones too, which ``_is_trailer`` keeps)."""
    for index in range(len(kept) - 2, max(-1, len(kept) - 2 - _MAX_LISTED), -1):
        if _SIGN_OFF.search(kept[index]):
            if not any(ends_sentence(line) for line in kept[index + 1 :]):
                del kept[index + 1 :]
            return


#: How many days a copy's date line may come after the release's own date signed at its foot.
_MAX_COPY_LAG = 7


def _signed_date(published: dt.date | None, signed: Sequence[dt.date]) -> dt.date | None:
    """The page's publication date: the release's own date line signed at its foot ("Ministry of
    Foreign Affairs / 22nd October 2020") where it comes a few days before the date line at the top,
    which is then a copy's stamp (a copy only ever comes later); else the date line at the top; with no
    date at the top, the one date signed at the foot (a release dated under its body, "November 25,
    2019" as the page's last line)."""
    if published is None:
        return signed[0] if len(set(signed)) == 1 else None
    earlier = [d for d in signed if 0 < (published - d).days <= _MAX_COPY_LAG]
    return min(earlier, default=published)


def _republished_date(footer: str | None) -> dt.date | None:
    """The original publication date a republishing site's footer line gives ("<Publisher> published
    this content on <date>": the packs' "republished-date" rows), or None."""
    if not footer:
        return None
    m = next((m for p in furniture_patterns().republished if (m := p.match(footer))), None)
    return parse_date(m.group("date")) if m else None


def _header_and_body(
    kept: list[str], c: _Compiled, hint: str, summary: str | None
) -> tuple[list[str], list[str], str | None]:
    """The header lines, the body lines and the summary (a repeated lead, or prose above an attribution)."""
    body_start = _body_start(kept, c.header, hint)
    header = kept[:body_start]
    body = kept[body_start:]
    if summary is None and _repeated_lead(body):
        summary, body = body[0], body[1:]
    for index, line in enumerate(kept[: body_start + _MAX_ATTRIBUTION]):
        if word_count(line) <= MAX_ATTRIBUTION_WORDS and c.starts(line):
            if index < body_start:  # in the header: furniture, the body starts as found
                return kept[:index] + kept[index + 1 : body_start], body, summary
            lead = [line for line in kept[body_start:index] if is_prose(line)]
            if len(lead) > 1:
                # two paragraphs or more of the report's own text above the spokesperson's account
                # (No 10, 2010: "The PM expressed …" / "During the call …" / "Following the call, the
                # Prime Minister's spokesperson said:"): body paragraphs, the attribution line dropped
                at = index - (len(kept) - len(body))  # its place in the body (after a repeated lead)
                return header, body[:at] + body[at + 1 :], summary
            # in the body's first lines: what precedes it (one line, the lead) is a summary
            return kept[:index], kept[index + 1 :], summary or " ".join(lead) or None
    return header, body, summary


def _paragraphs(
    body: Sequence[str],
    declared: Sequence[re.Pattern[str]],
    hint: str,
    mirror_headline: str | None,
    published: dt.date | None,
    *,
    head_only: bool = False,
    headline: str = "",
) -> tuple[tuple[str, ...], dt.date | None]:
    """The body paragraphs without date lines, furniture and headings; and the publication date,
    from a date line under the headline or a dateline opening the body when the header had none.
    With ``head_only``, only the first two paragraphs (all the date can depend on). ``headline`` is
    the page's title folded (``fold``), for the picture lines built from it (``_headline_picture``)."""
    paragraphs: list[str] = []
    for at, line in enumerate(body):
        if head_only and len(paragraphs) >= 2:
            break
        if is_date_line(line):
            if published is None and len(paragraphs) <= 1:
                published = date_line_date(line)  # a date line under the headline, read as body
            continue
        if _is_gallery_counter(line):
            _drop_captions(paragraphs)
            continue
        if is_furniture(line, declared, hint) or is_heading(line) or line == mirror_headline:
            continue
        if _set_into_body(body, at, headline, opened=bool(paragraphs)):
            continue
        if not paragraphs and yearless_date_line(line) is not None:
            continue  # a dateline with no year above the lead ("13:16 | Lima, May. 2.")
        if paragraphs and _ends_quotation_above(paragraphs[-1], line):
            # one paragraph, as written before the line break
            paragraphs[-1] = f"{paragraphs[-1]} {_LEADING_DASH.sub('', line)}"
            continue
        paragraphs.append(line)
    if published is None and paragraphs:
        published = dateline_date(paragraphs[0])
    return tuple(paragraphs), published


#: A photo gallery's counter on a line of its own ("1 / 2", "3 / 12"): the picture shown of how many.
_GALLERY_COUNTER = re.compile(r"(\d{1,2})\s*/\s*(\d{1,2})")


def _is_gallery_counter(line: str) -> bool:
    """True for a photo gallery's counter line (``_GALLERY_COUNTER``), its first number no greater
    than its second."""
    found = _GALLERY_COUNTER.fullmatch(line.strip())
    return found is not None and 0 < int(found.group(1)) <= int(found.group(2))


def _drop_captions(paragraphs: list[str]) -> None:
    """Drop the lines a gallery's counter closes: its pictures' captions, the lines with no sentence
    end right above it ("X during handshake with Y", "X with Y | Author Z/Agency"), back to the last
    paragraph of prose. GOLD_SCHEMA counts no photo caption (en-az, gov.si: fam179)."""
    while len(paragraphs) > 1 and not ends_sentence(paragraphs[-1]):
        paragraphs.pop()


def _set_into_body(body: Sequence[str], at: int, headline: str, *, opened: bool) -> bool:
    """True for a line set between the paragraphs that is none: a stray line, a picture's lines, or
    (once the body has ``opened``) a caption naming the pictured officials."""
    return (
        _stray_line(body, at)
        or (opened and _names_caption(body, at))
        or _headline_picture(body, at, headline)
    )


#: A picture's number closing its alternative text, a dash and perhaps one word before it
#: ("… - ảnh 1", "… – photo 2", "… | 3").
_PICTURE_NUMBER = re.compile(r"\s[-–—|]\s*(?:[^\W\d_]+\s+)?\d{1,2}\s*$")


def _headline_picture(body: Sequence[str], at: int, headline: str) -> bool:
    """True for a picture's lines in the body: its alternative text that a site builds from the
    page's headline and the picture's number ("<headline> - ảnh 1"), and the caption under it, a line
    with no sentence end over the next paragraph. GOLD_SCHEMA counts no photo caption (fam201, issue
    #8: en-bg's and en-be's VOV World pages moved every statement one or two paragraphs down)."""
    if not headline:
        return False
    if _is_headline_picture(body[at], headline):
        return True
    return (
        at > 0
        and at + 1 < len(body)
        and _is_headline_picture(body[at - 1], headline)
        and not ends_sentence(body[at])
        and is_prose(body[at + 1])
    )


def _is_headline_picture(line: str, headline: str) -> bool:
    """True for the headline (folded: ``headline``) followed by a picture's number (``_PICTURE_NUMBER``)."""
    found = _PICTURE_NUMBER.search(line)
    return found is not None and folds_to(line[: found.start()], headline)


#: Words a caption naming the pictured officials has at most (``_names_caption``).
_NAMES_CAPTION_WORDS = 30


def _names_caption(body: Sequence[str], at: int) -> bool:
    """True for a photo's caption set between two paragraphs of prose: offices and names with no
    sentence end, closing on a name, one word of action at most ("Deputy Prime Minister Ana Ruiz";
    "Minister Ana Ruiz in talks with the Envoy of Velor, H.E. Eko Tan"). GOLD_SCHEMA counts no photo
    caption (fam188: en-bc's VietNamNet and en-r's Solomon Islands page moved every statement under
    theirs one paragraph down)."""
    line = body[at]
    if not 0 < at < len(body) - 1 or ends_sentence(line) or ":" in line or line.rstrip().endswith((",", ";")):
        return False  # a label's line ("Source: X, as reported by Y") is read elsewhere
    return (
        word_count(line) <= _NAMES_CAPTION_WORDS
        and is_prose(body[at - 1])
        and is_prose(body[at + 1])
        and names_only(line)
    )


def _stray_line(body: Sequence[str], at: int) -> bool:
    """True for a line between paragraphs that is none: a label over prose ("Background:",
    "Advertisement:"; over a list, it is the list's heading), a stray mark on a line of its own ("?"
    for a lost character, "***"), or a related story's headline cut short ("X and Y to hold talks in
    Otta...")."""
    line = body[at]
    if _LABEL_ALONE.fullmatch(line) and at + 1 < len(body) and is_prose(body[at + 1]):
        return True
    return not any(ch.isalnum() for ch in line) or _CUT_TEASER.fullmatch(line) is not None


def _source_lines_apart(
    paragraphs: tuple[str, ...], summary: str | None
) -> tuple[tuple[str, ...], str | None]:
    """The paragraphs without the lines naming where the report comes from ("Source: the ministry's
    press service, as a news site reports"), which are no body paragraph; the first such line is the
    page's summary when it has none, for the names it gives ("Source: Prime Minister Ana Ruiz on X")."""
    issuer = label_patterns().issuer
    sources = [line for line in paragraphs if issuer.match(line)]
    if not sources:
        return paragraphs, summary
    return tuple(line for line in paragraphs if not issuer.match(line)), summary or sources[0]


#: A quotation closed by a comma ("… as actively as possible,”"): its sentence is not over.
_QUOTE_CLOSED_BY_COMMA = re.compile(r",\s*[\"”’»]\s*$")
#: The rest of such a sentence on the next line ("- Ana Ruiz said.") has at most this many words.
_MAX_TAIL_WORDS = 12
#: The dash such a line may open with, which the joined sentence does without.
_LEADING_DASH = re.compile(r"^[-–—]\s*")


def _ends_quotation_above(above: str, line: str) -> bool:
    """True when ``line`` ends the sentence of the quotation above it, closed by a comma ("…,”"): its
    attribution on a line of its own ("- Ana Ruiz said.")."""
    return _QUOTE_CLOSED_BY_COMMA.search(above) is not None and word_count(line) <= _MAX_TAIL_WORDS


#: A label alone on its line: one word and a colon ("Background:", "Advertisement:").
_LABEL_ALONE = re.compile(r"[^\W\d_][\w’'-]*\s*:")
#: A line of one clause cut off with dots right after a letter ("Nepal and Canada to hold foreign
#: minister-level meeting in Otta...", myrepublica, en-af: fam94): the link to another story.
_CUT_TEASER = re.compile(r"[^.!?;:…]{10,160}[^\W\d_](?:\.\.\.|…)")


#: How far down the body a line repeating the lead may stand: three paragraphs, or four where a place
#: line stands between the lead and the story ("Chennai" under a teaser the third paragraph repeats, en-aj,
#: DT Next).
_LEAD_REPEAT_REACH = 5


def _repeated_lead(body: Sequence[str]) -> bool:
    """True when the first body line is a lead the body repeats (the first paragraph starts with it)."""
    if len(body) < 2 or not is_prose(body[0]) or word_count(body[0]) < _MIN_LEAD_WORDS:
        return False
    opening = first_word(body[0])
    # the paragraph repeating the lead may open on a dateline the lead lacks ("Apia, Samoa – Prime
    # Minister …" under "Prime Minister …", fam110): compared without it
    following = [_without_dateline(line) for line in body[1:_LEAD_REPEAT_REACH]]
    if opening is not None:  # a line repeating the lead starts with the lead's first word
        following = [line for line in following if (first_word(line) or "").startswith(opening)]
    if not following:
        return False
    lead = fold(body[0])
    return any(folds_starting_with(line, lead) for line in following)


def _without_dateline(line: str) -> str:
    """``line`` without the dateline that opens it, if one does."""
    found = strip_dateline(line)
    return line[found.length :].lstrip() if found is not None else line


def _is_trailer(line: str) -> bool:
    """A short line without sentence punctuation at the end of a page: footer, not body."""
    return (not ends_sentence(line) and word_count(line) < 12) or is_date_line(line)


def _is_titled_by_date(kept: Sequence[str], index: int) -> bool:
    """A sentence-like line followed by a date line and then more text is a headline with a full stop."""
    line = kept[index]
    rest = kept[index + 1 : index + 3]
    return (
        word_count(line) <= 40
        and len(rest) == 2
        and date_line_date(rest[0]) is not None
        and not is_date_line(rest[1])
        and index + 2 < len(kept)
    )


def _body_start(kept: Sequence[str], declared: Sequence[re.Pattern[str]], hint: str) -> int:
    """Index of the first body line: the first prose line within the header zone."""
    for index, line in enumerate(kept[:MAX_HEADER]):
        if is_furniture(line, declared, hint) or date_line_date(line) is not None:
            continue
        starts = (
            is_prose(line)
            or _broken_prose(kept, index)
            or _lead_before_colon(kept, index)
            or _dated_lead_unstopped(kept, index)
        )
        if not starts or _is_titled_by_date(kept, index):
            continue
        if not is_stopped_headline(kept, index, by_tense=False):
            return _under_dated_headline(kept, index)
    # No prose near the top: the body starts after the leading headline-like lines.
    index = 0
    while index < len(kept) - 1 and index < 3 and not is_prose(kept[index]):
        line = kept[index]
        if not (
            looks_like_headline(line)
            or is_furniture(line, declared, hint)
            or date_line_date(line) is not None
        ):
            break
        index += 1
    return index


#: How many lines under the first prose line a dated headline may stand and still open the report.
_DATED_HEADLINE_WINDOW = 4


def _under_dated_headline(kept: Sequence[str], index: int) -> int:
    """The first body line: ``index``, unless a headline with its date stands in the next few lines,
    with the report under it (a site's own prose above the story's header: a blog's welcome, a press
    wire's counter, an icon font's names). The headline's date is a date line above or under it, or a
    dateline opening the report's first paragraph ("CITY, May 3 - ..."). The report starts under them."""
    for at in range(index + 1, min(index + 1 + _DATED_HEADLINE_WINDOW, len(kept) - 1)):
        line = kept[at]
        if is_prose(line) or not looks_like_headline(line) or date_line_date(line) is not None:
            continue
        if date_line_date(kept[at + 1]) is not None:
            start = at + 2  # the headline, then its date line
        elif date_line_date(kept[at - 1]) is not None or _dated_opening(kept[at + 1]):
            start = at + 1  # a date line, then the headline; or the headline over a dated lead
        else:
            continue
        opening = _report_under_block(kept, start)
        if opening is not None:
            return opening
    return index


#: How many header lines (the headline again, a stamp, labels, dates) a release's block under a dated
#: headline may hold above the report.
_RELEASE_BLOCK_LINES = 8


def _report_under_block(kept: Sequence[str], start: int) -> int | None:
    """The line that opens the report at ``start`` or under a release's block of header lines there
    (the headline repeated, a stamp, "FOR IMMEDIATE RELEASE", a date, an office's name: no prose), or
    None (fam188: en-bb's Law Cards, a caption above the headline was the first paragraph)."""
    for at in range(start, min(start + 1 + _RELEASE_BLOCK_LINES, len(kept))):
        if _opens_report(kept, at):
            return at
        if ends_sentence(kept[at]):
            return None
    return None


#: Words a dated lead with no full stop has at least after its dateline ("CITY, May 3: X and Y held a
#: telephone conversation on Thursday"): a sentence, not a headline.
_DATED_LEAD_WORDS = 12


def _dated_lead_unstopped(kept: Sequence[str], index: int) -> bool:
    """True for a lead sentence that opens with a dated dateline and lost its full stop ("KATHMANDU, Jan
    7: A and B held a telephone conversation on Thursday", over prose): the first body line, not a
    headline; headlines carry no dateline (fam187, issue #8, en-bc, a Nepali daily's text dump)."""
    line = kept[index]
    found = strip_dateline(line)
    dated = found is not None and (found.date is not None or found.day_month is not None)
    return (
        dated
        and found is not None
        and word_count(line[found.length :]) >= _DATED_LEAD_WORDS
        and index + 1 < len(kept)
        and is_prose(kept[index + 1])
    )


def _dated_opening(line: str) -> bool:
    """True for prose opening with a dateline that has a date ("CITY, May 3 - The minister ...")."""
    found = strip_dateline(line)
    return is_prose(line) and found is not None and (found.date is not None or found.day_month is not None)


def _opens_report(kept: Sequence[str], index: int) -> bool:
    """True when the line at ``index`` can open a report: prose, or a line ending in a colon over
    prose (an attribution: "A spokesperson said:")."""
    line = kept[index]
    if is_prose(line):
        return True
    return line.rstrip().endswith(":") and index + 1 < len(kept) and is_prose(kept[index + 1])


#: Words a line ending in a colon has at least to be a lead sentence, not a label ("Readout:") or a
#: short attribution ("A spokesperson said:"); a longer attribution line is read as one later (its pattern).
_COLON_LEAD_WORDS = 10


def _lead_before_colon(kept: Sequence[str], index: int) -> bool:
    """True for a lead sentence that ends in a colon introducing the prose line under it ("X had a
    telephone conversation with President Y:"): the first body line, as a sentence ending in a full
    stop is. One sentence only, of ten words or more."""
    line = kept[index].rstrip()
    return (
        line.endswith(":")
        and word_count(line) >= _COLON_LEAD_WORDS
        and SENTENCE_INSIDE.search(line) is None
        and index + 1 < len(kept)
        and is_prose(kept[index + 1])
    )


def _header_date(header: Sequence[str], date_lines: Sequence[re.Pattern[str]]) -> dt.date | None:
    """The publication date among the header lines: a publisher's date line, else the earliest date line."""
    for line in header:
        for pattern in date_lines:
            m = pattern.match(line)
            if m:
                found = parse_date(m.groupdict().get("date") or m.group(0))
                if found is not None:
                    return found
    # Of several date lines (a copy's stamp and the release's own date line, "published" and
    # "updated"), the earliest is the publication: a copy or an update only ever comes later.
    dated = [(line, d) for line in header if (d := date_line_date(line)) is not None]
    own = [d for line, d in dated if not _STORE_STAMP.match(line)]
    stamps = [d for line, d in dated if _STORE_STAMP.match(line)]
    if own and stamps and max(stamps) < min(own):
        # a store's stamp earlier than every date the page prints itself ("Written: ...") is not
        # the publication: a page is only stored after it is written
        return min(own)
    dates = [d for _line, d in dated]
    if not dates:
        # a label closing on its date: "Déclaration de la porte-parole (17 juin 2022)"
        dates = [d for d in map(closing_date, header) if d is not None]
    return min(dates, default=None)


#: The date stamp a page store puts at the top of a dump: "date 2022-02-07" (its own label, an ISO date).
_STORE_STAMP = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\b")
