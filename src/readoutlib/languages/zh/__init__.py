"""Chinese: readouts in Chinese, simplified or traditional (fmprc.gov.cn / mfa.gov.cn, embassy sites,
Xinhua and its copies).

"2020年12月22日，国务委员兼外长王毅应约同俄罗斯外长拉夫罗夫通电话。" is read as a phone call on
22 December 2020 between 王毅 (国务委员, 外长; CN) and 拉夫罗夫 (外长; RU), asked for by Lavrov;
"王毅表示，…" / "双方同意…" are statements. Chinese has no capitals, so names are found by the
offices around them (``people``); vocabulary lives in the TOML rule tables beside this module.
Traditional pages are matched through a one-for-one character fold (``text.fold``) and every
name, verb and statement is cut from the page as written. No word segmenter is used: the rules
anchor on offices, country names and reporting verbs, which a segmenter would only split again.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import attrs

from ...analysis.profile import Profile
from ...model import EventKind, Participant, participant_key
from ...rules import compile_rows
from .. import CompareWords, EventReading, Genre, LanguagePack, Page, People, Statements
from .event import Opening, dateline_day, event_date, event_kind, event_location, find_opening, requester
from .genre import body_start, future_event, page_published, refusal
from .people import Mention, mentions
from .statements import Speaker, find_statements
from .text import fold, sentences, strip_pinyin_glosses

__all__ = ["ChinesePack"]

#: Chinese news names a foreign official's country ("俄罗斯外长拉夫罗夫") and leaves China's own
#: officials bare ("外长王毅"): a principal with no country is the home country's, China's unless
#: the publisher's profile says otherwise.
_BARE_OFFICE_COUNTRY = "CN"
#: The day after the page's date: a later event date means the page's date is not its publication date.
_SLACK_DAYS = 1


class ChinesePack(LanguagePack):
    """Reads readouts written in Chinese, simplified or traditional."""

    code = "zh"
    name = "Chinese"
    description = "Readouts in Chinese, simplified or traditional: calls, meetings, talks, messages."

    def normalise(self, text: str) -> str:
        """The text without the pinyin glosses a converter left in brackets ("總統(tǒng)" reads "總統")."""
        return strip_pinyin_glosses(text)

    def compare_words(self) -> CompareWords:
        """``compare_words.toml``, with a script written without spaces (its sentences end at "。") and
        the countries a text names, for the comparison."""
        from .people import country_spans

        return attrs.evolve(
            super().compare_words(), spaceless=True, script="[\u3400-\u9fff]", country_spans=country_spans
        )

    def genre(self, page: Page, profile: Profile) -> Genre:
        """Refuse other genres; find the opening sentence and the body it opens."""
        paragraphs = page.paragraphs
        reason = refusal(page.title, paragraphs, profile)
        if reason is not None:
            return Genre(reason, headline=page.title)
        opening = find_opening(paragraphs)
        if opening is None:
            return Genre(
                "no call, meeting or talks between two officials named with their offices is reported",
                headline=page.title,
            )
        start = body_start(paragraphs, opening.paragraph)
        sentence = paragraphs[opening.paragraph][opening.start : opening.end]
        if future_event(sentence, opening.sides[0].name_start - opening.start):
            return Genre("an announcement of a coming visit or meeting", headline=page.title)
        published = page_published(page.published, paragraphs[:start])
        return Genre(
            None, headline=page.title, body=paragraphs[start:], opening=sentence, published=published
        )

    def event(self, page: Page, genre: Genre, profile: Profile) -> EventReading:
        """Kind and place from the opening; its date, or a lead sentence's, else the publication date."""
        opening = _opening(genre)
        sentence = genre.opening or ""
        kind = _publisher_kind(sentence, profile) or event_kind(sentence)
        skip, written = dateline_day(sentence, genre.published)
        anchor = written or genre.published
        found = event_date(sentence[skip:], anchor) or _lead_date(genre, opening, anchor)
        published = genre.published
        warnings: list[str] = []
        if found is None:
            # no date in the text: the agency's dateline, else the page's date, dates the event
            date, basis = (anchor, "published") if anchor is not None else (None, None)
            if date is None:
                warnings.append("no event date in the text and no publication date")
        else:
            date, basis = found
            if basis == "text" and published is not None and (date - published).days > _SLACK_DAYS:
                warnings.append(f"the page's date {published} is before the event; not its publication date")
                published = None
        first = opening.sides[0].name_start - opening.start if opening is not None else 0
        location = event_location(sentence, kind, first)
        return EventReading(kind, date, basis, location, published, tuple(warnings))

    def participants(self, page: Page, genre: Genre, event: EventReading, profile: Profile) -> People:
        """Both sides of the opening, with offices, countries and who asked; others named in the body."""
        opening = _opening(genre)
        if opening is None:
            return People(warnings=("no opening sentence naming both sides",))
        asked = requester(genre.opening or "", opening.sides)
        home = profile.home_country or _BARE_OFFICE_COUNTRY
        used: set[str] = set()
        participants = []
        for index, side in enumerate(opening.sides):
            # a bare office is the home country's; a message's addressee with no office has none
            country = side.country or (home if side.titles else None)
            participants.append(
                Participant(
                    id=_slug(side.name, used),
                    name=side.name,
                    country=country,
                    titles=side.titles,
                    requested=asked == index,
                    aliases=(side.latin,) if side.latin else (),  # "拉夫罗夫(Sergei Lavrov)"
                    # the printed Latin form joins English readouts ("RU:sergei-lavrov"); else one
                    # key for both scripts (習近平 and 习近平 are one person)
                    key=participant_key(side.latin or fold(side.name), country),
                )
            )
        principals = {fold(p.name) for p in participants}
        mentioned = dict.fromkeys(m.name for m in _mentions(genre.body) if fold(m.name) not in principals)
        return People(tuple(participants), tuple(mentioned))

    def statements(self, genre: Genre, people: People, profile: Profile) -> Statements:
        """Who said what, in the body."""
        speakers = [Speaker(p.id, p.name) for p in people.participants]
        return Statements(find_statements(genre.body, speakers))


def _publisher_kind(sentence: str, profile: Profile) -> EventKind | None:
    """The kind a publisher's own patterns give the opening (tried before the pack's table)."""
    for pattern, kind in _publisher_kinds(profile.kind_patterns):
        if pattern.search(sentence) or pattern.search(fold(sentence)):
            try:
                return EventKind(kind)
            except ValueError:
                continue  # a kind the model does not have: the pack's own table decides
    return None


@cache
def _publisher_kinds(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return compile_rows(pairs, owner="the publisher's profile", flags=re.IGNORECASE)


def _opening(genre: Genre) -> Opening | None:
    return find_opening(genre.body) if genre.reason is None else None


def _lead_date(genre: Genre, opening: Opening | None, anchor: dt.date | None) -> tuple[dt.date, str] | None:
    """The date of a lead sentence before the opening that reports the event too ("…会面时认为")."""
    if opening is None:
        return None
    for index, para in enumerate(genre.body[: opening.paragraph + 1]):
        for start, end in sentences(para, 0, opening.start if index == opening.paragraph else None):
            if event_kind(para[start:end]) is not EventKind.OTHER:
                found = event_date(para[start:end], anchor)
                if found is not None:
                    return found
    return None


#: The longest name a mention outside the opening may have without a middle dot: longer runs of
#: characters after an office are the sentence going on ("总统新任期有一个好的开始").
_MENTION_MAX = 4


def _mentions(body: tuple[str, ...]) -> list[Mention]:
    """Other people named in the body: "<name><office>" ("习近平主席"), or an office with its
    country before a short name ("美国总统特朗普")."""
    found = []
    for para in body:
        for m in mentions(para):
            short = len(m.name) <= _MENTION_MAX or "·" in m.name
            if short and not m.spouse and (m.country is not None or m.name_start < m.start + 1):
                found.append(m)
    return found


def _slug(name: str, used: set[str]) -> str:
    base = re.sub(r"[\W_]+", "-", name.lower()).strip("-") or "participant"
    pid, n = base, 2
    while pid in used or pid == "both":
        pid, n = f"{base}-{n}", n + 1
    used.add(pid)
    return pid
