"""Chinese names and offices: "<country><titles><name>" and "<name><title>" mentions.

Chinese writes no capitals, so a name is found by what stands around it: an office before it
("俄罗斯外长拉夫罗夫", "中共中央政治局委员、外交部长王毅") or after it ("王毅外长"), and the words
that end it (a verb, a preposition, a time, punctuation). Titles and stop words are rule tables;
country names are the project's country tables (``readoutlib.analysis.countries``: CLDR's Chinese
names of every territory in both scripts, aliases, one-character forms), plus the pack's few short
forms of organisations ("非盟") and parties ("中共").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import attrs

from ...analysis.countries import country_from_abbreviation, country_from_name
from .tables import alternation, table
from .text import HAN, fold

__all__ = ["Mention", "country_at", "country_spans", "mentions", "office_at", "split_titles"]


@attrs.frozen
class Mention:
    """A person named with an office: the name as written, its titles and country, where it stands."""

    name: str
    titles: tuple[str, ...]
    country: str | None
    start: int  # where the mention (titles included) starts in the text
    name_start: int
    name_end: int
    spouse: bool = False  # "大使夫人": a spouse, never a principal
    latin: str | None = None  # a Latin-script form printed beside the name: "拉夫罗夫(Sergei Lavrov)"


@cache
def _heads() -> re.Pattern[str]:
    return re.compile(alternation("titles.toml", "head", "spouse"))


@cache
def _spouse() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation('titles.toml', 'spouse')})$")


#: What ends a name: punctuation, digits, a time, a preposition or a verb of the opening.
_STOP_WORDS = (
    r"[\s\d(（)）【】\[\]，,。；;、:：“”\"]|$|在|应|同|与|和(?!国)|跟|于|就|对|向|从|并|时|的|率|一行|等|先生|女士"
    r"|阁下|之约|之邀"
    r"|今[日天晚晨]|昨[日天晚]|当[天地]|日前|近日|星期|周[一二三四五六日]|上午|下午|晚上|出席|访问|举行|进行|共同|分别"
)
#: The longest run of offices before a name ("中共中央政治局委员、中央外事工作委员会办公室主任" is 24).
_OFFICE_CHARS = 40
#: What may stand right before a name written ahead of its office ("…，王毅外长"): one character.
_BOUNDARY = r"[\s\d(（，,。；;、:：“”\"在应同与和跟于就对向从并的率年月日晚]"


@cache
def _stop() -> str:
    return f"(?:{_STOP_WORDS}|{alternation('kinds.toml')}|{alternation('verbs.toml')})"


@cache
def _prefix_stop() -> re.Pattern[str]:
    """Where the offices before a name begin: after the last stop word, where '、' joins two
    offices and '与' / '和' inside an office ("外交与安全政策高级代表") are not stops."""
    words = _STOP_WORDS.replace("、", "").replace("|与|和(?!国)|", "|")
    joins = alternation("titles.toml", "join")
    return re.compile(
        f"(?:{words}|了|(?<!{joins})[与和](?!国))|{alternation('kinds.toml')}|{alternation('verbs.toml')}"
    )


@cache
def _title_first() -> re.Pattern[str]:
    """A name right after an office: at least two characters, not itself a stop word or office."""
    return re.compile(rf"(?!{_stop()})(?P<name>{HAN}{{2,10}}?)(?={_stop()})")


@cache
def _name_first() -> re.Pattern[str]:
    """'王毅外长': two to four characters after a stop, then an office, then a stop."""
    return re.compile(
        rf"(?:(?<={_BOUNDARY})|^)(?!{_BOUNDARY})(?P<name>{HAN}{{2,4}}?)"
        rf"(?P<title>{alternation('titles.toml', 'head')})(?={_stop()})"
    )


@cache
def _pack_places() -> tuple[tuple[str, str], ...]:
    """(name, code) of the short forms and parties the pack's tables add, longest first."""
    names = {
        name: row.label
        for f in ("places.toml", "parties.toml")
        for row in table(f)
        for name in row.pattern.split("|")
    }
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


@cache
def _not_name() -> re.Pattern[str]:
    return re.compile(alternation("titles.toml", "not_name"))


@cache
def _party() -> re.Pattern[str]:
    return re.compile(alternation("parties.toml"))


#: The longest Chinese country or organisation name looked up ("大不列颠及北爱尔兰联合王国" is 13).
_LONGEST_PLACE = 13
_ONLY_HAN = re.compile(f"{HAN}+")


def country_at(folded: str, start: int = 0, original: str | None = None) -> tuple[str, int] | None:
    """The country (code, name length) whose Chinese name stands at ``start`` of folded text.

    Names are the project's country tables (``analysis.countries``: CLDR's names in both scripts and
    their aliases), looked up longest first in the folded text and, when given, in the page's own
    characters (a Taiwanese "義大利" is not a simplified name); the pack's short forms first.
    """
    for name, code in _pack_places():
        if folded.startswith(name, start):
            return code, len(name)
    texts = (folded, original) if original is not None else (folded,)
    for size in range(min(_LONGEST_PLACE, len(folded) - start), 1, -1):
        for text in texts:
            piece = text[start : start + size]
            found = country_from_name(piece, "zh") if _ONLY_HAN.fullmatch(piece) else None
            if found is not None:
                return found, size
    return None


def country_spans(text: str) -> list[tuple[str, int, int]]:
    """Every country ``text`` names in Chinese, in order: (code, start, end), each the longest name
    at its place (:func:`country_at`); the comparison of two readouts reads third countries from them."""
    folded = fold(text)
    found: list[tuple[str, int, int]] = []
    at = 0
    while at < len(folded):
        hit = country_at(folded, at, text) if _ONLY_HAN.match(folded, at) else None
        if hit is None:
            at += 1
            continue
        code, size = hit
        found.append((code, at, at + size))
        at += size
    return found


def office_at(folded: str, start: int, end: int) -> int | None:
    """Where an office that starts at ``start`` ends ("首相" in "挪威首相。"), within a short span."""
    head = _heads().search(folded, start, min(end, start + _OFFICE_CHARS))
    if head is None or _PREFIX_BREAK.search(folded, start, head.start()):
        return None
    return head.end()


_PREFIX_BREAK = re.compile(r"[\s，,。；;、:：]")


def split_titles(text: str) -> tuple[tuple[str, ...], str | None]:
    """'中国国务委员兼外长' -> (('国务委员', '外长'), 'CN'): offices joined by '、' or '兼', country cut.

    The country is its full name, or its one-character short form right before an office ("俄外长",
    "美国务卿" = 美 + 国务卿: a full name is taken only if an office is left after it).
    """
    text = text.lstrip("、兼和与及 ")
    folded = fold(text)
    country: str | None = None
    size = 0
    found = country_at(folded, 0, text)
    short = country_from_abbreviation(folded[:1], "zh")
    if found is not None and len(text) > found[1] and _heads().search(folded, found[1]):
        country, size = found
    elif short is not None and _office_start().match(folded, 1):
        country, size = short, 1
    if country is not None and not _party().match(folded):  # "中共中央政治局委员" keeps the party
        text = text[size:]
    parts = tuple(p for p in re.split(r"[、兼]", text) if p)
    return parts, country


@cache
def _office_start() -> re.Pattern[str]:
    """An office right after a one-character country ("俄外长", "美国务卿", "英外交大臣")."""
    heads = alternation("titles.toml", "head")
    return re.compile(rf"(?:副|前|候任|当选)?(?:外交|国防|财政|商务|内政)?(?:{heads})")


def _latin_after(text: str, end: int) -> str | None:
    match = re.match(r"\s*[(（]\s*([A-Za-z][A-Za-z .'’-]{1,60}?)\s*[)）]", text[end:])
    return match.group(1) if match else None


def mentions(text: str, start: int = 0, end: int | None = None) -> Iterator[Mention]:
    """Every "<titles><name>" and "<name><title>" mention in ``text[start:end]``, in order."""
    stop = len(text) if end is None else end
    folded = fold(text)
    span = (start, stop)
    found = sorted([*_after_titles(text, folded, span), *_before_titles(text, folded, span)], key=_order)
    taken: list[tuple[int, int]] = []
    for mention in found:
        if any(a < mention.name_end and mention.start < b for a, b in taken):
            continue
        taken.append((mention.start, mention.name_end))
        yield mention


def _order(mention: Mention) -> int:
    return mention.start


def _after_titles(text: str, folded: str, span: tuple[int, int]) -> Iterator[Mention]:
    start, end = span
    last = start  # a person's offices start after the name before ("A、美国务卿B")
    for head in _heads().finditer(folded, start, end):
        match = _title_first().match(folded, head.end(), end)
        if match is None or _heads().search(match.group("name")):
            continue
        begin = max(start, last, head.start() - _OFFICE_CHARS)
        for stop in _prefix_stop().finditer(folded, begin, head.start()):
            if stop.end() > stop.start():  # not the end of the searched span
                begin = max(begin, stop.end())
        titles, country = split_titles(text[begin : head.end()])
        if not titles:
            continue
        last = match.end()
        yield Mention(
            name=text[match.start() : match.end()],
            titles=titles,
            country=country,
            start=begin,
            name_start=match.start(),
            name_end=match.end(),
            spouse=bool(_spouse().search(fold(titles[-1]))),
            latin=_latin_after(text, match.end()),
        )


def _before_titles(text: str, folded: str, span: tuple[int, int]) -> Iterator[Mention]:
    for match in _name_first().finditer(folded, *span):
        name = match.group("name")
        if _heads().search(name) or country_at(name) is not None or _not_name().search(name):
            continue
        yield Mention(
            name=text[match.start("name") : match.end("name")],
            titles=(text[match.start("title") : match.end("title")],),
            country=None,
            start=match.start(),
            name_start=match.start("name"),
            name_end=match.end("name"),
        )
