"""Japanese mentions of people: "<name>[<country>]<title>" with the Latin form a page prints beside it.

"山田花子外務大臣" (a kanji name in full), "山田大臣" (the family name only), "トム・リード米国国務長官"
(a katakana name, the country, the title), "マルコム・ドウ・オーストラリア連邦首相" (the country after a
"・"), "ジョン・ドウ駐日大使" (an office before the title). The title is found first (the longest row of
``titles.toml`` at the end), then a country name before it (``countries.toml``), then the name: the
run of katakana, or of kanji, that ends there. A reference such as "同長官" ("the said Secretary") or
"両外相" names no one and is left to the caller.
"""

from __future__ import annotations

import re
from functools import cache

import attrs

from ...rules import Table, load_table

__all__ = [
    "Mention",
    "country_at_end",
    "country_probe",
    "country_spans",
    "find_mentions",
    "headline_countries",
    "latin_name",
    "parse_mention",
    "same_person",
    "title_probe",
]

#: A katakana name, its parts joined by "・" or "=" (Latin initials allowed: "ジョン・F・ドウ").
_KATAKANA_NAME = re.compile(
    r"[\u30a1-\u30fa\u30fc][\u30a1-\u30fa\u30fcA-ZＡ-Ｚ.．]*(?:[・=＝][\u30a1-\u30fa\u30fcA-ZＡ-Ｚ.．]+)*$"
)
#: A kanji name (one to five characters: "山田花子", "王明", "劉" of "劉主席").
_KANJI_NAME = re.compile(r"[\u4e00-\u9fff々]{1,5}$")
#: A kanji run just before a title: an office ("運輸", "鉄道・商工"), a country, or the end of a kanji name.
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々]+(?:・[\u4e00-\u9fff々]+)*$")
#: What follows a one-character country abbreviation to make a state's name ("独連邦共和国").
_STATE_WORDS = ("国", "連邦", "共和国", "連邦共和国", "王国")
#: A katakana name's end just before a run of kanji ("ドウ運輸長官").
_KATAKANA_END = re.compile(r"[\u30a1-\u30fa\u30fc]$")
#: Titles that are stacked: "国務委員兼外交部長".
_STACK = "兼"
#: A name's reading in brackets between the name and the title: "劉明(りゅう・めい)中国外相".
_READING = re.compile(r"[(（][\u3040-\u30ff・\s]{1,30}[)）]$")
_READING_AFTER = re.compile(r"[(（](?P<reading>[\u3040-\u30ff・\s]{1,30})[)）]")
#: A parenthesis right after a mention, holding the Latin form: "(The Honorable Tom Reed, ...)".
_PAREN = re.compile(r"\s*[(（](?P<inner>[^()（）]{2,240})[)）]")
_LATIN_LETTERS = re.compile(r"[A-Za-z]{2,}")
#: Honorifics before a Latin name and post-nominals after it.
_HONORIFIC = re.compile(
    r"^(?:(?:(?:The\s+)?(?:Right\s+)?(?:Rt\.?\s+)?(?:Honou?rable|Hon\.?)|H\.?\s?E\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|"
    r"His\s+Excellency|Her\s+Excellency|Sir|Dame)\s+)+",
    re.IGNORECASE,
)
_POSTNOMINAL = re.compile(r"(?:\s*,?\s*(?:MP|M\.P\.|QC|KC|AO|AC|OBE|CBE|KBE))+$")
#: Words a kanji run before a title may be that are not names ("同長官", "両外相", "各国首脳").
_NOT_NAME = re.compile(r"^(?:同|両|各|本|前|元|新|現|副|故|当|次期|首脳|外務|駐|国|総)")
#: How far before a title a mention's name and country are looked for.
_LOOKBACK = 40


@attrs.frozen
class Mention:
    """A person named with a title, where the text names them.

    Attributes:
        name: the name as written ("トム・リード", "山田花子", "山田").
        titles: the titles as written, without the country ("国務長官"; stacked ones split at "兼").
        country: the ISO code of a country written before the title, if any.
        home_office: True when the title is an office of the Japanese government and no country is
            written (a Japanese text gives its own ministers no country).
        latin: the Latin-script name printed in parentheses after the mention, if any ("Tom Reed").
        reading: the name's reading in kana printed in brackets after it, if any ("キム・ミンス").
        start: where the mention starts in the text searched.
        end: where it ends (after the title; a parenthesis after it is not included).
    """

    name: str
    titles: tuple[str, ...]
    country: str | None = None
    home_office: bool = False
    latin: str | None = None
    reading: str | None = None
    start: int = 0
    end: int = 0


@cache
def _titles() -> Table:
    return load_table(__package__, "titles.toml")


@cache
def _countries() -> Table:
    return load_table(__package__, "countries.toml")


@cache
def _title_pattern() -> re.Pattern[str]:
    # Longest first: "国務長官" before "長官"; rows with classes ("駐…大使") before plain ones.
    rows = sorted(_titles().rows, key=lambda r: (not re.search(r"[\[\\(]", r.pattern), -len(r.pattern)))
    return re.compile("|".join(f"(?:{r.pattern})" for r in rows))


@cache
def _title_labels() -> tuple[tuple[re.Pattern[str], str], ...]:
    return _titles().compiled()


@cache
def _country_names() -> tuple[tuple[str, str], ...]:
    """(name, code) for every full name, longest first."""
    rows = [(r.pattern, r.label) for r in _countries().rows if len(r.pattern) > 1]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


@cache
def _abbreviations() -> dict[str, str]:
    """One-character abbreviations: "米" → "US"."""
    return {r.pattern: r.label for r in _countries().rows if len(r.pattern) == 1}


def _country_code(text: str) -> str | None:
    """The code of a country written exactly ``text`` ("オーストラリア" → "AU"), or None."""
    return next((code for name, code in _country_names() if name == text), None)


def _country_letters(text: str) -> bool:
    """True when a kanji run is only Japan and country abbreviations ("日米", "日米豪"): no name."""
    abbreviations = _abbreviations()
    return all(ch == "日" or ch in abbreviations for ch in text)


def _title_label(title: str) -> str:
    """The label of the row a title is: "JP" for a Japanese office, else "title"."""
    for pattern, label in _title_labels():
        if pattern.fullmatch(title):
            return label
    return "title"


def country_at_end(text: str) -> tuple[str, str | None]:
    """Split a country name off the end of ``text``: ("トム・リード", "US") for "トム・リード米国".

    A one-character abbreviation ("米") is split only after katakana, where it cannot end a kanji name.
    """
    for name, code in _country_names():
        if text.endswith(name) and len(text) > len(name):
            return text[: -len(name)].rstrip("・ "), code
    abbreviations = _abbreviations()
    if len(text) > 1 and text[-1] in abbreviations and _KATAKANA_END.search(text[:-1]):
        return text[:-1].rstrip("・ "), abbreviations[text[-1]]
    return text, None


def country_spans(text: str) -> list[tuple[str, int, int]]:
    """Every country ``text`` names by its full Japanese name, in order: (code, start, end), the
    longest name at each place ("アメリカ合衆国" before "アメリカ"); a one-character abbreviation ("米")
    is left out, being a part of many words. The comparison of two readouts reads the third countries
    a sentence is about from them."""
    found: list[tuple[str, int, int]] = []
    taken = [False] * len(text)
    for name, code in _country_names():  # longest first
        for match in re.finditer(re.escape(name), text):
            if not any(taken[match.start() : match.end()]):
                found.append((code, match.start(), match.end()))
                taken[match.start() : match.end()] = [True] * len(name)
    return sorted(found, key=lambda span: span[1])


def _titles_before(text: str, title: str) -> tuple[str, list[str]]:
    """Titles stacked before ``title`` with "兼" ("国務委員兼外交部長"): the text left and every title."""
    titles = [title]
    pattern = _title_pattern()
    while text.endswith(_STACK):
        head = text[: -len(_STACK)]
        found = [m for m in pattern.finditer(head) if m.end() == len(head)]
        if not found:
            break
        first = min(found, key=lambda m: m.start())
        titles.insert(0, first.group())
        text = head[: first.start()]
    return text, titles


def _split_name(rest: str, title: str) -> tuple[str, str, str | None]:
    """(name, title, country) from the text before a title; the name is "" when none is written."""
    rest, country = country_at_end(rest)
    rest = _READING.sub("", rest)
    if country is None:
        # An office between a katakana name and the title: "ジョン・ドウ運輸長官".
        run = _KANJI_RUN.search(rest)
        if run and run.start() > 0 and _KATAKANA_END.search(rest[: run.start()]):
            office = run.group()
            rest, country = country_at_end(rest[: run.start()])
            state = _abbreviations().get(office[0]) if office[1:] in _STATE_WORDS else None
            if state is not None:  # "メルケル独連邦共和国首相": the country, written short
                country = state
            else:
                title = office + title
    rest = rest.rstrip("・ ")
    katakana = _KATAKANA_NAME.search(rest)
    if katakana:
        name = katakana.group().strip("・")
        code = _country_code(name)
        if code is not None:  # "オーストラリア首相": a country, no name
            return "", title, country or code
        return name, title, country or _country_with_no(rest[: katakana.start()])
    kanji = _KANJI_NAME.search(rest)
    if kanji and _country_code(kanji.group()) is not None:  # "豪州首相": a country, no name
        return "", title, country or _country_code(kanji.group())
    if kanji and not _NOT_NAME.match(kanji.group()) and not _country_letters(kanji.group()):
        run = _KANJI_RUN.search(rest)
        # A kanji name stands alone: a longer run of kanji before the title is not one name.
        if run and len(run.group()) <= 5:
            return kanji.group(), title, country
    return "", title, country


#: The particle that joins a country to its principal in news copies: "ロシアのプーチン大統領".
_OF = "の"


def _country_with_no(before: str) -> str | None:
    """The country a news copy writes before a name with の ("ロシアのプーチン大統領"), if any."""
    if not before.endswith(_OF):
        return None
    head = before[: -len(_OF)]
    return next((code for name, code in _country_names() if head.endswith(name)), None)


def latin_name(inner: str) -> str | None:
    """The Latin-script name in a parenthesis after a mention: "The Honorable Tom Reed, Secretary of
    State" → "Tom Reed"; None when the parenthesis holds no Latin name."""
    if not _LATIN_LETTERS.search(inner):
        return None
    head = re.split(r"[,，、]", inner, maxsplit=1)[0].strip()
    head = _POSTNOMINAL.sub("", _HONORIFIC.sub("", head)).strip(" .")
    words = head.split()
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return None
    return head


def find_mentions(text: str) -> list[Mention]:
    """Every "<name>[<country>]<title>" in ``text``, in order; a title with no name before it
    ("同長官", "国務長官就任") is skipped."""
    found: list[Mention] = []
    for match in _title_pattern().finditer(text):
        begin = max(0, match.start() - _LOOKBACK)
        rest, titles = _titles_before(text[begin : match.start()], match.group())
        name, title, country = _split_name(rest, titles[-1])
        if not name:
            continue
        titles[-1] = title
        start = begin + rest.rfind(name)
        paren = _PAREN.match(text, match.end())
        latin = latin_name(paren.group("inner")) if paren else None
        home = country is None and _title_label(titles[-1]) == "JP"
        spoken = _READING_AFTER.match(text, start + len(name))
        reading = spoken.group("reading").strip() if spoken else None
        mention = Mention(name, tuple(titles), country, home, latin, reading, start, match.end())
        if found and found[-1].start == start:
            found[-1] = mention  # "…国務委員兼外交部長": the stacked titles read as one mention
        else:
            found.append(mention)
    return found


def parse_mention(text: str) -> Mention | None:
    """The mention ``text`` is, when it ends in a title ("トム・リード米国国務長官"); else None."""
    stripped = _PAREN.sub("", text).strip(" ，,、　")
    mentions = [m for m in find_mentions(stripped) if m.end == len(stripped)]
    if not mentions:
        return None
    mention = mentions[-1]
    paren = _PAREN.search(text)
    latin = latin_name(paren.group("inner")) if paren else None
    return attrs.evolve(mention, latin=latin or mention.latin)


def same_person(reference: str, name: str) -> bool:
    """True when ``reference`` (a name as a clause writes it: "山田", "リード", "山田花子") names the
    person written ``name`` in full: the whole name, a katakana name's last or first part, its last
    parts from a part boundary (a family name with a particle: "ル・ドウ" of "ジャン=ポール・ル・ドウ"),
    or the first characters of a kanji name (its family name)."""
    if not reference or not name:
        return False
    if reference == name:
        return True
    parts = [p for p in re.split(r"[・=＝]", name) if p]
    if len(parts) > 1:
        tail = name.endswith(reference) and name[len(name) - len(reference) - 1] in "・=＝"
        return reference in (parts[-1], parts[0]) or tail
    return (
        len(reference) >= 1 and len(name) >= 3 and name.startswith(reference) and len(reference) < len(name)
    )


def headline_countries(headline: str | None) -> tuple[str, ...]:
    """Countries a headline pairs with Japan: "日米外相電話会談" → ("JP", "US"), "日・モンテネグロ首脳会談"
    → ("JP", "ME")."""
    if not headline:
        return ()
    abbreviations = _abbreviations()
    m = re.search(r"日([\u4e00-\u9fff]{1,3})(?:首脳|外相|外務|防衛|閣僚|財務|経済)", headline)
    if m:
        codes = [abbreviations.get(ch) for ch in m.group(1)]
        if all(codes):
            return ("JP", *(c for c in codes if c))
    m = re.search(r"日・([^\s・]{2,20}?)(?:首脳|外相|外務|防衛|閣僚)", headline)
    if m:
        _, code = country_at_end("・" + m.group(1))
        if code:
            return ("JP", code)
    return ()


def title_probe(text: str) -> str:
    """The label of the title the first mention in ``text`` ends in ("JP" or "title"), or "none"."""
    mentions = find_mentions(text)
    return _title_label(mentions[0].titles[-1]) if mentions else "none"


def country_probe(text: str) -> str:
    """The country code of the first mention in ``text``, or "none"."""
    mentions = find_mentions(text)
    return (mentions[0].country or "none") if mentions else "none"
