"""The Russian reading, stage by stage: genre, event, principals, statements.

Written against the language-pack contract (``readoutlib.languages``); ``RussianPack`` wraps these
functions. Vocabulary lives in the TOML tables beside this module.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

import attrs

from ...model import BOTH, EventKind, Participant, Statement
from ..packtables import first as _first
from ..tablepack import person_id
from .countries import country_in, country_span
from .morph import case_of, is_person_word, nominative_phrase, word_readings
from .people import TOKEN, Mention, read_mention, read_mentions, starts_name, title_head
from .tables import Rule, first_label, table
from .text import find_dates, sentences

__all__ = [
    "Opening",
    "event_date",
    "event_kind",
    "event_place",
    "find_opening",
    "find_principals",
    "find_statements",
    "first_label",
    "mentioned_people",
    "not_readout_reason",
    "page_date",
    "strip_furniture",
    "verb_labels",
]

_WITH = re.compile(r"\s+(?:с|со)\s+")
_OPENING_WINDOW = 3
#: A sentence that ends in a date line with its time is a page's header, not its opening.
_DATE_LINE_END = re.compile(r"\d{4}\s+года\s+[0-2]?\d:[0-5]\d\s*$")
#: How far after a verb its object's name is looked for.
_NEAR = 80
#: How many words after an office's head word still name the office ("Глава Российского государства").
_OFFICE_WORDS = 3
_DAY = dt.timedelta(days=1)


@attrs.frozen
class Opening:
    """The sentence that reports the event, the paragraph it is in, and the form of its clause."""

    sentence: str
    paragraph: int
    form: str
    match_end: int
    #: Where the clause's verb or event noun starts: the subject of a "subject" form is before it.
    match_start: int = 0


def verb_labels(sentence: str) -> list[str]:
    """The labels of the reporting, passive and topic verbs in ``sentence``, in order."""
    return [label for _, label in _verbs(sentence)]


# ----------------------------------------------------------------------------------- genre


def strip_furniture(paragraphs: Sequence[str]) -> tuple[str, ...]:
    """The body: the paragraphs less see-also links, sources and teaser questions (furniture.toml)."""
    rows = table("furniture.toml")
    return tuple(p for p in paragraphs if p.strip() and not any(r.pattern.search(p.strip()) for r in rows))


def find_opening(paragraphs: Sequence[str], headline: str | None = None) -> Opening | None:
    """The first sentence in the first paragraphs that reports a call, meeting or talks (opening.toml);
    else the headline, when it is such a sentence ("Владимир Путин поговорил по телефону с …") or names
    the event and the counterpart ("Встреча с губернатором …")."""
    rows = [r for r in table("opening.toml") if r.label != "headline"]
    for index, para in enumerate(paragraphs[:_OPENING_WINDOW]):
        for start, end in sentences(para):
            opening = _opening_in(para[start:end], index, rows)
            if opening is not None:
                return opening
    if headline is None:
        return None
    opening = _opening_in(headline, -1, rows)
    if opening is not None:
        return opening
    headed = _first([r for r in table("opening.toml") if r.label == "headline"], headline)
    return Opening(headline, -1, "headline", headed[1].end()) if headed is not None else None


def first_sentence(paragraphs: Sequence[str]) -> str | None:
    """The first sentence of the body, or None for an empty body."""
    for para in paragraphs[:1]:
        spans = sentences(para)
        return para[spans[0][0] : spans[0][1]] if spans else para
    return None


def _opening_in(sentence: str, index: int, rows: Sequence[Rule]) -> Opening | None:
    """The opening clause in one sentence, if it has one with both sides in reach."""
    if _DATE_LINE_END.search(sentence):
        return None  # a flattened page's header: breadcrumb, headline and date line
    found = _first(rows, sentence)
    if found is not None and (
        found[0].label in ("received", "addressed")
        or _WITH.search(sentence[found[1].start() :] + " ")
        or (found[0].label == "subject" and " и " in sentence[: found[1].start()])
    ):
        return Opening(sentence, index, found[0].label, found[1].end(), found[1].start())
    return None


def not_readout_reason(headline: str | None, body: Sequence[str], extra: Sequence[str] = ()) -> str | None:
    """Why the page is not a readout (genre.toml, then a profile's own patterns, on the headline
    and the first sentence), or None."""
    first = ""
    if body:
        spans = sentences(body[0])
        first = body[0][spans[0][0] : spans[0][1]] if spans else body[0]
    for text in (headline or "", first):
        found = _first(table("genre.toml"), text.strip())
        if found is not None:
            return found[0].label
        if any(re.search(pattern, text.strip()) for pattern in extra):
            return "the publisher's pattern for pages that are not readouts"
    return None


def page_date(paragraphs: Sequence[str]) -> dt.date | None:
    """The page's date line among its paragraphs: a full date with a time ("18 марта 2025 года 20:15")."""
    for para in paragraphs[:3]:
        for found in find_dates(para):
            if found.timed and found.year is not None:
                return found.on(found.year)
    return None


# ----------------------------------------------------------------------------------- event

#: The page's date line with its time, after which a Kremlin page writes its place line
#: ("24 марта 2025 года 13:45 Москва, Кремль"); a call's page has none, its body follows.
_DATE_TIME = re.compile(r"\d{4}\s+года\s+[0-2]?\d:[0-5]\d\s+")
#: The kinds that are held somewhere (a call's place is where one side sat, not the event's).
_PLACED = frozenset({EventKind.MEETING, EventKind.VISIT, EventKind.TALKS})
#: How many paragraphs from the top the date line is looked for in.
_HEADER_PARAGRAPHS = 4


def event_place(kind: EventKind, paragraphs: Sequence[str]) -> str | None:
    """Where a meeting, visit or talks took place: the place line under the page's date line, city
    first ("Москва, Кремль" → "Москва"; "Московская область, Ново-Огарёво" → "Ново-Огарёво").

    The line is told from a body that starts right after the date (a flattened page) by its words:
    a geographical name, alone or after its adjective ("Нижний Новгород"), never a person's name.
    """
    if kind not in _PLACED:
        return None
    found = _DATE_TIME.search(" ".join(paragraphs[:_HEADER_PARAGRAPHS]))
    if found is None:
        return None
    words = found.string[found.end() :].split()[:5]
    city = _city_at(words, 0)
    if city is None and len(words) > 2 and _is_adjective(words[0]) and words[1].endswith(","):
        city = _city_at(words, 2)  # a region, then the seat in it: "Московская область, Ново-Огарёво"
    return city


def _city_at(words: Sequence[str], at: int) -> str | None:
    """The geographical name that starts at ``words[at]``: one word, or an adjective and its noun."""
    if at >= len(words):
        return None
    word = words[at].rstrip(",")
    if _is_place_name(word):
        return word
    if at + 1 < len(words) and _is_adjective(word):
        noun = words[at + 1].rstrip(",")
        if noun[:1].isupper() and _is_place_name(noun):
            return f"{word} {noun}"
    return None


def _is_place_name(word: str) -> bool:
    """True for a capitalised word whose likeliest reading is a geographical name ("Мурманск"), not
    a first name that is also a city's ("Владимир")."""
    readings = word_readings(word) if word[:1].isupper() else ()
    return bool(readings) and "Geox" in readings[0].tag


def _is_adjective(word: str) -> bool:
    """True for a capitalised adjective in the nominative ("Нижний", "Московская")."""
    readings = word_readings(word) if word[:1].isupper() else ()
    return bool(readings) and "ADJF" in readings[0].tag and "nomn" in readings[0].tag


def event_kind(headline: str | None, opening: str | None, lead: str | None = None) -> EventKind:
    """The kind of event: the first row of kinds.toml that the opening matches, else the headline.

    A headline that opens with the event ("Телефонный разговор с …") names it; otherwise the opening
    reports it, and a news headline may name an earlier call ("… — Сначала по телефону"). The body's
    first sentence (``lead``) still names the channel where no sentence of it reads as the opening
    ("Встреча с …" over "Президент заслушал по видеосвязи доклад …").
    """
    found = {text: _first(table("kinds.toml"), text or "") for text in (headline, opening)}
    kinds = [EventKind(f[0].label) for f in found.values() if f is not None]
    channel = _first(table("kinds.toml"), lead or "")
    if channel is not None and channel[0].label == EventKind.VIDEO_CALL.value:
        kinds.append(EventKind.VIDEO_CALL)
    if EventKind.VIDEO_CALL in kinds:
        return EventKind.VIDEO_CALL  # "Встреча с губернатором …" held "в режиме видеоконференции"
    titled = found[headline]
    if titled is not None and len((headline or "")[: titled[1].start()].split()) <= 1:
        return EventKind(titled[0].label)  # "Телефонный разговор с …", "Российско-китайские переговоры"
    for text in (opening, headline):
        hit = found[text]
        if hit is not None:
            return EventKind(hit[0].label)
    return EventKind.OTHER


_RELATIVE = (
    (re.compile(r"(?i)\bсегодня\b"), 0),
    (re.compile(r"(?i)\bвчера\b"), 1),
)


def event_date(opening: str | None, published: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The event's date and its basis: a date in the opening, "сегодня"/"вчера", else the publication date."""
    for found in find_dates(opening or ""):
        year = found.year or (published.year if published is not None else None)
        day = found.on(year) if year is not None else None
        if day is None or (published is not None and day > published + _DAY):
            continue  # a date the opening gives to something after the page ("накануне 8 Марта")
        return day, "text" if found.year is not None else "relative"
    for pattern, back in _RELATIVE:
        if published is not None and pattern.search(opening or ""):
            return published - dt.timedelta(days=back), "relative"
    if published is not None:
        return published, "published"
    return None, None


# ----------------------------------------------------------------------------------- people


def _opening_mentions(opening: Opening) -> list[Mention]:
    """Both sides as the opening names them, in order."""
    text = opening.sentence
    rest = text[opening.match_end :]
    with_ = _WITH.search(" " + rest)
    if opening.form == "headline":
        return read_mentions(text, opening.match_end, "ablt")
    if opening.form == "took-place":
        first = (
            read_mentions(text, opening.match_end, "gent")
            if not rest.lstrip().startswith(("с ", "со "))
            else []
        )
        second = read_mentions(text, opening.match_end + with_.end() - 1, "ablt") if with_ else []
        return first + second
    subject = _subject_mentions(text[: opening.match_start])
    if opening.form == "addressed":
        # "Владимир Путин позвонил … Виталию Смирнову", "направил послание главе … Ахмеду Шараа".
        return subject + _mentions_near(text, opening.match_end, "datv")
    if opening.form == "received":
        # "Владимир Путин принял в Кремле Министра …": the guest is the object, in the accusative.
        return subject + read_mentions(text, opening.match_end, "accs")
    second = read_mentions(text, opening.match_end + with_.end() - 1, "ablt") if with_ else []
    return subject + second


def _mentions_near(text: str, at: int, case: str) -> list[Mention]:
    """The people named from ``at``, or from the first title or name a few words on
    ("позвонил выдающемуся спортивному деятелю Виталию Смирнову")."""
    found = read_mentions(text, at, case)
    if found:
        return found
    for token in TOKEN.finditer(text, at, at + _NEAR):
        if title_head(text, token.start()) or starts_name(token.group()):
            return read_mentions(text, token.start(), case)
    return []


def _subject_mentions(prefix: str) -> list[Mention]:
    """The people who are the subject of an opening clause ("Глава МИД России Сергей Лавров …");
    an office-holder the clause does not name is named by the office ("Президент провёл …")."""
    found = _named_subject(prefix)
    if found:
        return found
    for token in TOKEN.finditer(prefix):
        head = title_head(prefix, token.start())
        if head is not None and case_of(head.group().split()[-1]) in ("nomn", None):
            rest = prefix[head.end() :].strip()
            # The office with what follows it up to the verb ("Глава Российского государства").
            words = list(itertools.takewhile(lambda w: w.lower() not in _PREPOSITIONS, rest.split()))
            # up to the verb, but not into a phrase of manner ("Президент в режиме видеоконференции")
            title = " ".join([*head.group().split(), *words[:_OFFICE_WORDS]])
            return [Mention(title, (title,), country_in(rest[:40]), token.start(), head.end(), head.group())]
    return []


def _named_subject(prefix: str) -> list[Mention]:
    for token in TOKEN.finditer(prefix):
        if prefix[: token.start()].rstrip()[-1:].isdigit():
            continue  # "8 Марта": a date, not a name
        if title_head(prefix, token.start()) or (
            (token.group("initials") or starts_name(token.group()))
            and read_mention(prefix, token.start(), "nomn") is not None
        ):
            found = read_mentions(prefix, token.start(), "nomn")
            if found:
                return found
    return []


def _home_titles(mentions: list[Mention], body: Sequence[str]) -> list[Mention]:
    """A principal named without a title takes the one the page gives their country's office
    later ("Президент России" for "Владимира Путина" on the Kremlin's pages)."""
    out = []
    for mention in mentions:
        if mention.titles or mention.country is None:
            out.append(mention)
            continue
        taken = {(t, m.country) for m in mentions for t in m.titles}
        title = _title_of_country(mention.country, body, taken)
        out.append(attrs.evolve(mention, titles=(title,)) if title else mention)
    return out


def _title_of_country(country: str, body: Sequence[str], taken: set[tuple[str, str | None]]) -> str | None:
    for para in body:
        for token in TOKEN.finditer(para):
            head = title_head(para, token.start())
            if head is None or not head.group()[:1].isupper():
                continue
            after = para[head.end() : head.end() + 40]
            found = country_span(after)
            if found is not None and found[1] <= 1 and found[0] == country:
                words = head.group().split()
                title = " ".join(nominative_phrase(words, case_of(words[-1])))
                if (title, country) not in taken and title.istitle():
                    return title
    return None


def find_principals(
    headline: str | None,
    opening: Opening | None,
    body: Sequence[str],
    home_country: str | None,
) -> tuple[Participant, ...]:
    """The principals: the opening's sides (the headline's when it names more), with countries and titles."""
    mentions, written = _principal_mentions(headline, opening)
    own_side = opening is not None and opening.form != "headline"  # a headline names the counterpart
    if home_country and own_side and mentions and mentions[0].country is None and not mentions[0].titles:
        # The publisher's own principal, named bare ("Владимира Путина" on kremlin.ru).
        mentions[0] = attrs.evolve(mentions[0], country=home_country)
    if opening is not None and opening.form == "headline" and len(mentions) == 1:
        mentions = [*_own_office(body[:1], home_country), *mentions]
    if len(mentions) == 1 and home_country:
        mentions = [*_first_speaker(body, mentions[0], home_country), *mentions]
    if len(mentions) > 1 and home_country:
        mentions = [*_office_speaker(body, mentions, home_country), *mentions[1:]]
    mentions = _home_titles(mentions, body)
    requested = _requesting_country(opening, body)
    out = []
    used: set[str] = set()
    for m in mentions:
        pid = person_id(m.name)
        while pid in used or pid == BOTH:
            pid += "-2"
        used.add(pid)
        asked = requested is not None and m.country == requested
        aliases = tuple(written.get(m.name, ()))
        out.append(Participant(pid, m.name, m.country, m.titles, asked, aliases=aliases))
    return tuple(out)


#: A transcript's speaker label: an initial and a surname before a colon ("В.Путин:", "В.Путин :").
_SPEAKER_LABEL = re.compile(r"(?<![\w.])([А-ЯЁ])\.\s?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s?:(?=\s)")


def _first_speaker(paragraphs: Sequence[str], guest: Mention, home_country: str) -> list[Mention]:
    """The other side of a page that names one ("Рабочая встреча с главой Чечни ...", whose lead names
    no host): the transcript's first speaker who is not that side ("В.Путин: Рамзан Ахматович, добрый
    день!"), with the publisher's country, as a mention; none when no other speaker is labelled. Where
    the one side read is the host, the speaker is a guest ("Встреча с главами муниципальных
    образований" and its first mayor to speak)."""
    surname = guest.name.split()[-1] if guest.name else ""
    for para in paragraphs:
        for label in _SPEAKER_LABEL.finditer(para):
            if label.group(2) != surname:
                name = f"{label.group(1)}. {label.group(2)}"
                return [Mention(name, (), home_country, written=label.group(0).rstrip(" :"))]
    return []


def _office_speaker(paragraphs: Sequence[str], mentions: list[Mention], home_country: str) -> list[Mention]:
    """The first side as a name: where the lead names it by its own office alone ("Президент провёл
    рабочую встречу с ...", "Глава Российского государства провёл встречу с ..."), the transcript's first
    speaker who is no other side ("В.Путин: ..."), keeping the office as a title, with the publisher's
    country; the office as it was when no such speaker is labelled."""
    first = mentions[0]
    if first.titles != (first.name,) or first.country not in (None, home_country):
        return [first]
    guests = [m.name for m in mentions[1:]]
    for para in paragraphs:
        for label in _SPEAKER_LABEL.finditer(para):
            if not any(name.split()[-1:] == [label.group(2)] for name in guests):
                name = f"{label.group(1)}. {label.group(2)}"
                return [
                    attrs.evolve(first, name=name, country=home_country, written=label.group(0).rstrip(" :"))
                ]
    return [first]


def _own_office(paragraphs: Sequence[str], home_country: str | None) -> list[Mention]:
    """The own office-holder a headline-only page's lead reports to ("Губернатор доложил Президенту"),
    named by the office (own_office.toml), as a mention; none when the lead names no such office."""
    for para in paragraphs:
        found = _first(table("own_office.toml"), para)
        if found is not None:
            office = found[0].label
            return [Mention(office, (office,), home_country, written=found[1].group("office"))]
    return []


def _principal_mentions(
    headline: str | None, opening: Opening | None
) -> tuple[list[Mention], dict[str, list[str]]]:
    """Each principal once, in order, and the forms the page writes their names in."""
    mentions = _opening_mentions(opening) if opening is not None else []
    if len(mentions) < 2 and headline:
        with_ = _WITH.search(" " + headline)
        extra = read_mentions(headline, with_.end() - 1, "ablt") if with_ else []
        names = {m.name for m in mentions}
        mentions += [m for m in extra if m.name not in names]
    unique: dict[str, Mention] = {}
    written: dict[str, list[str]] = {}
    for mention in mentions:
        unique.setdefault(mention.name, mention)
        forms = written.setdefault(mention.name, [])
        if mention.as_written and mention.as_written != mention.name and mention.as_written not in forms:
            forms.append(mention.as_written)
    return list(unique.values()), written


def _requesting_country(opening: Opening | None, body: Sequence[str]) -> str | None:
    texts = [opening.sentence] if opening is not None else []
    for text in [*texts, *body]:
        found = _first(table("requested.toml"), text)
        if found is not None:
            return country_in(found[1].group("side"))
    return None


_TOOLTIP = re.compile(r"[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:вич|вна|ична|ич)\b")


def mentioned_people(body: Sequence[str], participants: Sequence[Participant]) -> tuple[str, ...]:
    """Other people the body names after a title or by first name and surname, in the nominative.

    A site's person tooltip ("Лавров Сергей Викторович", surname first with a patronymic) and its
    footer are skipped; a name sharing a word with a principal's is the principal's.
    """
    principals = [{w[:3].lower() for w in re.split(r"[\s.]+", p.name) if w} for p in participants]
    seen: dict[str, None] = {}
    for para in body:
        cleaned = _FOOTER.sub("", _TOOLTIP.sub(" ", para))
        for mention in _body_mentions(cleaned):
            words = {w[:3].lower() for w in mention.name.split()}
            if len(words) >= 2 and not any(words <= named for named in principals):
                seen.setdefault(mention.name, None)
    return tuple(seen)


def _body_mentions(text: str) -> list[Mention]:
    """Mentions after a title head ("Президентом Республики Сербской Милорадом Додиком") or at a
    first name ("Дмитрий Песков")."""
    found: list[Mention] = []
    for token in TOKEN.finditer(text):
        if found and token.start() < found[-1].end:
            continue  # inside the last mention
        word = token.group()
        head = title_head(text, token.start())
        if head is not None:
            mention = read_mention(text, token.start())
        elif _is_first_name(word):
            mention = read_mention(text, token.start(), case_of(word))
        else:
            continue
        if mention is not None and mention.as_written:
            # The name's own case ("пресс-секретарь президента Дмитрий Песков": nominative, not the
            # genitive of "президента").
            own = _name_case(mention.as_written.split()[0])
            again = read_mention(text, token.start(), own) if own else None
            found.append(again or mention)
    return found


def _name_case(word: str) -> str | None:
    """The case of a first name as the dictionary reads it ("Дмитрий": nominative), or None."""
    from .morph import word_readings

    named = [p for p in word_readings(word) if "Name" in p.tag.grammemes and p.tag.case]
    return str(named[0].tag.case) if named else None


def _is_first_name(word: str) -> bool:
    from .morph import word_readings

    return word[:1].isupper() and any("Name" in p.tag.grammemes for p in word_readings(word)[:2])


#: A kremlin.ru footer flattened into the body ("География … Лица … Статус материала …").
_FOOTER = re.compile(r"\s(?:География|Темы|Лица|Статус материала)\s.*$")


_NAME_PAIR = re.compile(r"(?<![\w.])([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w.])")


# ----------------------------------------------------------------------------------- statements


_PREPOSITIONS = frozenset(
    [
        "с",
        "со",
        "к",
        "ко",
        "от",
        "для",
        "у",
        "о",
        "об",
        "при",
        "на",
        "по",
        "за",
        "в",
        "во",
        "из",
        "перед",
        "между",
    ]
)
_CONTENT = re.compile(r"[\s,:—–-]*(?:[^,.;:«»]{0,30},\s*)?(?:о том,\s*)?(?:что|чтобы)\s+|[\s,:—–-]*")
_CONNECTOR = re.compile(
    r"(?:,\s*(?:а\s+также\s+|и\s+)?|\s+и\s+(?:также\s+)?|\s+а\s+также\s+)"
    r"(?:(?:ещё раз|вновь|[а-яё]+[ое])\s+)?$"
)
_PRONOUN = re.compile(r"(?i)(?:^|\s)(?:он|она)(?:\s+(?:также|тоже|ещё раз|вновь|[а-яё]+[ое]))?\s+$")
_PLURAL_START = re.compile(r"^[«\"“]?\s*$")


def _references(participants: Sequence[Participant]) -> list[tuple[re.Pattern[str], str]]:
    """Patterns for each principal as a subject: the full name, any two or more of its words, the surname."""
    refs = []
    for p in participants:
        words = p.name.split()
        forms = {p.name}
        forms |= {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)}
        surname = words[-1].rpartition(".")[2]
        if len(surname) >= 4:
            forms.add(surname)
        for form in sorted(forms, key=len, reverse=True):
            refs.append((re.compile(r"(?<![\w.])" + re.escape(form) + r"(?!\w)"), p.id))
    return refs


def _subject(
    prefix: str, participants: Sequence[Participant], refs: list[tuple[re.Pattern[str], str]]
) -> str | None:
    """Who the clause before a reporting verb names as its subject: a principal's id, BOTH, or None."""
    trimmed = prefix.rstrip(" «»\"“”',–—-")
    clause = re.split(r"[,;:—–]\s|[«\"“]", trimmed)[-1] if trimmed.strip() else ""
    if _joint_subject(clause):
        return BOTH
    hits = _hits(clause, refs)
    if not hits and clause != trimmed:
        # "Владимир Путин, со своей стороны, упомянул …", "… направил послание X, в котором
        # поддержал …": the sentence's subject, named before the commas.
        hits = _hits(trimmed, refs)
        return min(hits)[1] if hits else _title_subject(clause, participants)
    speakers = {pid for _, pid in hits}
    if len(speakers) > 1 and re.search(r"\sи\s", clause):
        return BOTH
    if hits:
        return max(hits)[1]
    return _title_subject(clause, participants)


def _hits(clause: str, refs: list[tuple[re.Pattern[str], str]]) -> list[tuple[int, str]]:
    """Where ``clause`` names a principal in the nominative (not after a preposition): (offset, id)."""
    hits = []
    for pattern, pid in refs:
        for m in pattern.finditer(clause):
            before = clause[: m.start()].split()
            if not (before and before[-1].lower() in _PREPOSITIONS):
                hits.append((m.start(), pid))
    return hits


def _joint_subject(clause: str) -> bool:
    """Both sides as the subject ("Стороны", "лидерами", "С обеих сторон"); not one side's
    ("с российской стороны") nor a genitive ("позиции сторон")."""
    for rule in table("subjects.toml"):
        if rule.label != "both":
            continue
        for m in re.finditer(r"(?<!\w)" + rule.pattern.pattern + r"(?!\w)", clause):
            before = clause[: m.start()].split()
            if before and (
                before[-1].lower() in _PREPOSITIONS or re.fullmatch(r"[а-яё]+(?:ой|ей)", before[-1])
            ):
                continue
            return True
    return False


def _title_subject(clause: str, participants: Sequence[Participant]) -> str | None:
    """A principal named by title ("Президент России", "российский министр", "госсекретарь")."""
    heads = _title_heads(clause)
    if heads is None:
        return None  # someone else is named ("пресс-секретарь президента Дмитрий Песков")
    if len(heads) >= 2 and re.search(r"\sи\s", clause):
        return BOTH
    if not heads:
        return None
    head = heads[-1]
    country = country_in(clause[head.end() : head.end() + 40]) or country_in(clause[: head.start()])
    pool = [p for p in participants if country is None or p.country == country]
    word = head.group()[:5].lower()
    matching = [p for p in pool if any(t.lower().startswith(word) for t in p.titles)]
    if not matching and country is not None:
        matching = pool
    return matching[0].id if len(matching) == 1 else None


def _title_heads(clause: str) -> list[re.Match[str]] | None:
    """The title heads in the nominative in ``clause``; None when the clause names someone by name."""
    heads = []
    for token in TOKEN.finditer(clause):
        word = token.group()
        if len(word) > 2 and word[:1].isupper() and is_person_word(word):
            return None
        head = title_head(clause, token.start())
        if head is not None and case_of(head.group().rsplit(maxsplit=1)[-1]) in ("nomn", None):
            heads.append(head)
    return heads


def _verbs(sentence: str) -> list[tuple[re.Match[str], str]]:
    found: list[tuple[re.Match[str], str]] = []
    taken: list[tuple[int, int]] = []
    for rule in table("verbs.toml"):
        for m in re.finditer(r"(?<![\w-])(?:" + rule.pattern.pattern + r")", sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m, rule.label))
    return sorted(found, key=lambda item: item[0].start())


def find_statements(body: Sequence[str], participants: Sequence[Participant]) -> tuple[Statement, ...]:
    """Statements: a reporting verb whose subject is a principal, a pronoun for one, or both sides."""
    reading = _StatementReader(participants)
    for index, para in enumerate(body):
        for start, end in sentences(para):
            reading.sentence(para, index, start, end)
    return _with_ends(body, reading.found)


class _StatementReader:
    """The statements of a body, sentence by sentence, remembering the last subject named."""

    def __init__(self, participants: Sequence[Participant]) -> None:
        self.participants = participants
        self.refs = _references(participants)
        self.last: str | None = None
        #: (paragraph, content start, speaker, verb, verb start) of each statement found.
        self.found: list[tuple[int, int, str, str, int]] = []

    def speaker(self, prefix: str, previous_end: int, in_content: bool, verb: str) -> str | None:
        """Who says what follows a verb: its own subject, the last one (a shared subject), or None."""
        speaker = _agreeing(_subject(prefix, self.participants, self.refs), verb)
        if speaker is None and _is_continuation(prefix, previous_end, in_content, verb):
            speaker = self.last
        if speaker is None and _PRONOUN.search(prefix) and self.last not in (None, BOTH):
            speaker = self.last
        return speaker

    def sentence(self, para: str, index: int, start: int, end: int) -> None:
        """Read one sentence's reporting verbs."""
        sentence = para[start:end]
        previous_end = 0
        in_content = False
        for m, label in _verbs(sentence):
            speaker = self.speaker(sentence[previous_end : m.start()], previous_end, in_content, m.group())
            previous_end = m.end()
            if speaker is None:
                self.last = None  # an unknown subject: a later "и …" verb is not the earlier speaker's
                continue
            self.last = speaker
            if label == "topic" or (label == "passive" and speaker != BOTH):
                continue
            content = _CONTENT.match(sentence, m.end())
            at = content.end() if content else m.end()
            in_content = "что" in sentence[m.end() : at]
            self.found.append((index, start + at, speaker, " ".join(m.group().split()), start + m.start()))


def _agreeing(speaker: str | None, verb: str) -> str | None:
    """The subject if the verb agrees with it: a plural verb ("сообщили") is not one principal's."""
    first = verb.split(maxsplit=1)[0].lower()
    if speaker not in (None, BOTH) and first.endswith(("ли", "лись")):
        return None  # ", – сообщили в министерстве": an impersonal "they", not the principal before it
    return speaker


def _is_continuation(prefix: str, previous_end: int, in_content: bool, verb: str) -> bool:
    """A verb that shares the last subject: "…, а также выразил", "… и выступили за", or a plural
    verb opening a sentence that continues the sides' report ("Констатировали …")."""
    if previous_end == 0:
        return bool(_PLURAL_START.match(prefix)) and verb.split(maxsplit=1)[0].endswith(("ли", "лись"))
    return not in_content and bool(_CONNECTOR.search(prefix)) and len(prefix) < 400


def _with_ends(body: Sequence[str], found: list[tuple[int, int, str, str, int]]) -> tuple[Statement, ...]:
    """Each statement runs to the next one's reporting clause in its paragraph, or to the paragraph's end."""
    out = []
    for k, (index, at, speaker, verb, _) in enumerate(found):
        para = body[index]
        stop = len(para)
        if k + 1 < len(found) and found[k + 1][0] == index:
            following = found[k + 1][4]
            cut = para.rfind(".", at, following)
            stop = cut + 1 if cut > at else following
        text = _TRAILING.sub("", para[at:stop])
        if not text:
            continue
        out.append(
            Statement(speaker=speaker, verb=verb, text=text, paragraph=index, start=at, end=at + len(text))
        )
    return tuple(out)


#: What a statement cut before the next verb of the same subject leaves at its end (", а также", " и").
_TRAILING = re.compile(r"(?:\s+(?:а\s+также|и|также))*\s*$")
