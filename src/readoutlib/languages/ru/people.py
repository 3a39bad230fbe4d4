"""People in a Russian opening: title, country and name, each put back in the nominative.

A mention is ``[title [complement] [country]] name``: "Министра иностранных дел России С.В.Лаврова",
"Президентом США Дональдом Трампом", "кипрским коллегой Никосом Христодулидисом". The title's head
word gives the case the whole mention is in ("Президентом": instrumental), and pymorphy3 gives each
word's nominative; the name keeps its initials as written ("С.В.Лавров").
"""

from __future__ import annotations

import re

import attrs

from .countries import country_span
from .morph import case_of, is_known_common, is_person_word, nominative, nominative_phrase
from .tables import table

__all__ = ["TOKEN", "Mention", "read_mention", "read_mentions", "title_head"]

#: Initials joined to a surname ("С.В.Лаврова", "М. Помпео"), a word (hyphens kept), or one mark.
TOKEN = re.compile(
    r"(?P<initials>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"|(?P<word>[А-ЯЁа-яёA-Za-z]+(?:-[А-ЯЁа-яёA-Za-z]+)*)"
    r"|(?P<mark>[^\sА-ЯЁа-яёA-Za-z])"
)
#: Lower-case particles inside a name ("Мухаммед бен Сальман", "Урсула фон дер Ляйен").
_PARTICLES = frozenset({"бен", "бин", "ибн", "аль", "эль", "ван", "фон", "дер", "де", "ди", "да", "дос"})
_MAX_NAME_WORDS = 6
#: Heads that mark a person without giving a title ("кипрским коллегой", "Индийский лидер").
_NO_TITLE = frozenset({"коллега", "лидер"})
#: Words of a state's official name that precede its name ("Республики Гвинея-Бисау").
_STATE_WORDS = frozenset({"республики", "государства", "королевства", "султаната", "федерации", "эмирата"})


@attrs.frozen
class Mention:
    """A person as one mention names them: name (nominative), titles, country, and where it ends."""

    name: str
    titles: tuple[str, ...] = ()
    country: str | None = None
    start: int = 0
    end: int = 0
    written: str = ""


def _tokens(text: str) -> list[re.Match[str]]:
    return list(TOKEN.finditer(text))


def title_head(text: str, at: int) -> re.Match[str] | None:
    """The title head (a row of titles.toml) that starts at offset ``at`` of ``text``, or None."""
    for rule in table("titles.toml"):
        m = rule.pattern.match(text, at)
        if m and (m.end() == len(text) or not text[m.end()].isalpha()):
            return m
    return None


def _is_name_word(token: re.Match[str]) -> bool:
    if token.group("initials"):
        return True
    word = token.group("word")
    return bool(word) and (word[:1].isupper() or word.lower() in _PARTICLES)


def _name_gender(words: list[str], case: str | None) -> str | None:
    """The gender of the first name ("Ангелой" -> "femn"), so a surname keeps it."""
    from .morph import _parses  # the cached readings, shared with the declension

    for word in words[:1]:
        for parse in _parses(word):
            if "Name" in parse.tag.grammemes and (case is None or parse.tag.case == case):
                return str(parse.tag.gender) if parse.tag.gender else None
    return None


def _name_from(words: list[str], case: str | None) -> str:
    gender = _name_gender(words, case)
    out = []
    for word in words:
        if word.lower() in _PARTICLES or "." in word:
            if "." in word:
                initials, _, surname = word.rpartition(".")
                out.append(initials + "." + nominative(surname.strip(), case, gender=gender))
            else:
                out.append(word)
            continue
        out.append(nominative(word, case, gender=gender))
    return " ".join(out)


def _read_title(text: str, tokens: list[re.Match[str]], i: int) -> tuple[str, str | None, int, str | None]:
    """The title starting at token ``i``: (title in the nominative, its case, next token, country)."""
    head = title_head(text, tokens[i].start())
    assert head is not None
    head_words = [t.group() for t in tokens if head.start() <= t.start() < head.end()]
    case = case_of(head_words[-1])
    j = i + len(head_words)
    label = next(r.label for r in table("titles.toml") if r.pattern.match(text, head.start()))
    words = [] if label in _NO_TITLE else nominative_phrase(head_words, case)
    country = None
    while j < len(tokens) and label not in _NO_TITLE:
        token = tokens[j]
        found = country_span(text[token.start() :])
        if found is not None and found[1] == 0:
            country = found[0]
            end = token.start() + found[2]
            while j < len(tokens) and tokens[j].start() < end:
                j += 1
            break
        word = token.group("word")
        if not word or (word[:1].isupper() and is_person_word(word)):
            break
        if title_head(text, token.start()) and (word[:1].isupper() or case_of(word) == case):
            break  # a second title ("…, Председателем …"); "Совета министров" is the first one's complement
        if word.lower() in _STATE_WORDS and found is not None and found[1] == len(word) + 1:
            j += 1  # "Президентом Республики Гвинея-Бисау": the state's own name, not a title
            continue
        if word[:1].isupper() and not (word.isupper() or is_known_common(word)):
            break
        words.append(word)
        j += 1
    return " ".join(words), case, j, country


def read_mention(text: str, start: int = 0, case: str | None = None) -> Mention | None:
    """The person mentioned at ``start`` of ``text``: titles, country and name in the nominative.

    ``case`` is the case the context demands (after "с": "ablt"); a title head's own case wins.
    Returns None when no name follows (a title alone, "с российской стороны").
    """
    tokens = [t for t in _tokens(text) if t.start() >= start]
    titles: list[str] = []
    country: str | None = None
    i = 0
    if len(tokens) > 1 and tokens[0].group()[:1].islower() and title_head(text, tokens[1].start()):
        # A demonym before the title ("кипрским коллегой", "американский госсекретарь").
        demonym = country_span(tokens[0].group())
        if demonym is not None:
            country, i = demonym[0], 1
    while i < len(tokens) and title_head(text, tokens[i].start()):
        title, title_case, i, of_title = _read_title(text, tokens, i)
        case = title_case or case
        country = country or of_title
        if title:
            titles.append(title)
        if i + 1 < len(tokens) and tokens[i].group() == "," and title_head(text, tokens[i + 1].start()):
            i += 1
    names: list[re.Match[str]] = []
    while i < len(tokens) and len(names) < _MAX_NAME_WORDS and _is_name_word(tokens[i]):
        if not names and not tokens[i].group()[:1].isupper():
            break
        if names and title_head(text, tokens[i].start()) and not is_person_word(tokens[i].group()):
            break
        names.append(tokens[i])
        i += 1
    while names and names[-1].group().lower() in _PARTICLES:
        names.pop()
    if not names:
        return None
    words = [t.group() for t in names]
    if country is None:
        in_titles = country_span(" ".join(titles))
        country = in_titles[0] if in_titles else None
    first = tokens[0].start()
    end = names[-1].end()
    return Mention(_name_from(words, case), tuple(titles), country, first, end, text[first:end])


def read_mentions(text: str, start: int = 0, case: str | None = None) -> list[Mention]:
    """The people named one after another from ``start``: "A, B и C" or "A и B"."""
    out: list[Mention] = []
    at = start
    while True:
        mention = read_mention(text, at, case)
        if mention is None:
            break
        out.append(mention)
        joiner = re.compile(r"\s*(?:,\s*(?:а также\s+)?|\s+и\s+)").match(text, mention.end)
        if joiner is None:
            break
        at = joiner.end()
    return out
