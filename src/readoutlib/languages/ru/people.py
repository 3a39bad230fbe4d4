"""People in a Russian opening: title, country and name, each put back in the nominative.

A mention is ``[title [complement] [country]] name``: "Министра иностранных дел России С.В.Лаврова",
"Президентом США Дональдом Трампом", "кипрским коллегой Никосом Христодулидисом". The title's head
word gives the case the whole mention is in ("Президентом": instrumental), and pymorphy3 gives each
word's nominative; the name keeps its initials as written ("С.В.Лавров").
"""

from __future__ import annotations

import re

import attrs

from .. import tablepack
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
#: How far a mention (titles, country, name) may run from its start; a country name's longest form.
_MENTION_SPAN = 400
_COUNTRY_SPAN = 80
#: After a one-letter word: a full stop joined to a capital makes it an initial ("В.Путин").
_INITIAL_NEXT = re.compile(r"\.[А-ЯЁ][а-яё]")
#: What may follow the last word of a name: a full stop, a comma, a bracket, the end.
_SENTENCE_END = re.compile(r"\s*(?:[.,;:)»]|$)")
#: Possessives before a person's title ("его сирийский коллега").
_POSSESSIVES = frozenset({"его", "её", "ее", "их", "свой", "своим", "своего", "своему", "своей", "своя"})
#: Heads that mark a person without giving a title ("кипрским коллегой", "Индийский лидер").
_NO_TITLE = frozenset({"коллега", "лидер"})
#: Heads of religious offices (titles.toml labels): the church or community they lead is no state, so the
#: country its name gives ("Патриархом Сербским", "главным раввином России") makes them no state's side.
_FAITH_TITLES = frozenset({"патриарх", "раввин"})
#: Words of a state's official name that precede its name ("Республики Гвинея-Бисау").
_STATE_WORDS = frozenset({"республики", "государства", "королевства", "султаната", "федерации", "эмирата"})


@attrs.frozen
class Mention(tablepack.Mention):
    """A person as one mention names them: name (nominative), titles, country, and where it ends."""

    written: str = ""
    #: The name as the page writes it here ("Дональдом Трампом"), before it is put in the nominative.
    as_written: str = ""


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


def starts_name(word: str) -> bool:
    """A word that can open a person's name: a name the dictionary knows, or a word it does not
    know at all (a foreign name); not a capitalised common word ("Московская", "Мы", "В")."""
    if len(word) < 2 or not word[:1].isupper() or word.isupper():
        return False
    from .morph import word_readings

    parses = word_readings(word)
    if parses and "ADJF" in parses[0].tag.grammemes and "Surn" not in parses[0].tag.grammemes:
        return False  # "Казанском", "Московская": a capitalised adjective
    return is_person_word(word) or (not is_known_common(word) and not _is_function_word(word))


def _is_clause_word(word: str) -> bool:
    """A capitalised word that starts a clause, not a name: a past-tense verb, a pronoun, a preposition."""
    from .morph import word_readings

    parses = word_readings(word)
    if not parses or is_person_word(word):
        return False
    tag = parses[0].tag
    return bool({"PREP", "CONJ", "PRCL", "NPRO"} & set(tag.grammemes)) or (
        "VERB" in tag.grammemes and "past" in tag.grammemes
    )


def _is_particle(word: str) -> bool:
    """A preposition, conjunction or particle ("По", "И"), not a short name ("Хи", "Ли")."""
    from .morph import word_readings

    parses = word_readings(word)
    return bool(parses) and bool({"PREP", "CONJ", "PRCL"} & set(parses[0].tag.grammemes))


def _is_function_word(word: str) -> bool:
    """A pronoun, preposition, conjunction or a verb form the dictionary knows."""
    from .morph import word_readings

    parses = word_readings(word)
    return bool(parses) and not {"NOUN", "ADJF"} & set(parses[0].tag.grammemes) and parses[0].score > 0.3


def _name_gender(words: list[str], case: str | None) -> str | None:
    """The gender of the first name ("Ангелой" -> "femn"), so a surname keeps it."""
    from .morph import word_readings  # the cached readings, shared with the declension

    for word in words[:1]:
        for parse in word_readings(word):
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


def _state_country(label: str, country: str | None) -> str | None:
    """The state a title's holder stands for: none for a religious office's (_FAITH_TITLES)."""
    return None if label in _FAITH_TITLES else country


def _read_title(text: str, tokens: list[re.Match[str]], i: int) -> tuple[str, str | None, int, str | None]:
    """The title starting at token ``i``: (title in the nominative, its case, next token, country)."""
    head = title_head(text, tokens[i].start())
    assert head is not None
    head_words = [t.group() for t in tokens if head.start() <= t.start() < head.end()]
    case = case_of(head_words[-1])
    j = i + len(head_words)
    label = next(r.label for r in table("titles.toml") if r.pattern.match(text, head.start()))
    if label in _NO_TITLE:
        return "", case, j, None
    words = nominative_phrase(head_words, case)
    country = None
    while j < len(tokens):
        at_country = _country_at(text, tokens, j)
        if at_country is not None:
            country, k = at_country
            if not (_lower_word(tokens, k) or (k < len(tokens) and tokens[k].group().isupper())):
                return " ".join(words), case, k, _state_country(label, country)
            words.extend(t.group() for t in tokens[j:k])  # "Российского экспортного центра"
            j = k
            continue
        if tokens[j].group() == "«":
            j = _quoted(text, tokens, j, words)
            continue
        if not tokens[j].group("word") or _ends_title(text, tokens, j, case):
            break
        if tokens[j].group().lower() not in _STATE_WORDS or _country_at(text, tokens, j + 1) is None:
            words.append(tokens[j].group())
        else:  # "Федеративной Республики Бразилия": the state's own name, not the title
            while len(words) > len(head_words) and words[-1][:1].isupper():
                words.pop()
        j += 1
    return " ".join(words), case, j, _state_country(label, country)


def _country_at(text: str, tokens: list[re.Match[str]], j: int) -> tuple[str, int] | None:
    """The country named from token ``j`` on, and the token after it; None if none starts there."""
    if j >= len(tokens):
        return None
    found = country_span(text[tokens[j].start() : tokens[j].start() + _COUNTRY_SPAN])
    if found is None or found[1] != 0:
        return None
    end = tokens[j].start() + found[2]
    k = j
    while k < len(tokens) and tokens[k].start() < end:
        k += 1
    return found[0], k


def _lower_word(tokens: list[re.Match[str]], k: int) -> bool:
    word: str | None = tokens[k].group("word") if k < len(tokens) else None
    if not word:
        return False
    return word[:1].islower() and word.lower() not in _PARTICLES and word != "и"


def _quoted(text: str, tokens: list[re.Match[str]], j: int, words: list[str]) -> int:
    """Skip a «quoted» name inside a title ("госкорпорации «Роскосмос»"), keeping it in the title."""
    k = j + 1
    while k < len(tokens) and tokens[k].group() != "»":
        k += 1
    if k < len(tokens):
        words.append(text[tokens[j].start() : tokens[k].end()])
    else:
        words.append(" ".join(t.group() for t in tokens[j:k]))
    return k + 1


def _ends_title(text: str, tokens: list[re.Match[str]], j: int, case: str | None) -> bool:
    """Whether the title ends before token ``j``: a name begins, or a second title in the same case."""
    word = tokens[j].group()
    second = title_head(text, tokens[j].start()) is not None and case_of(word) == case
    if not word[:1].isupper():
        return second and j > 0 and tokens[j - 1].group() == ","
    if _lower_word(tokens, j + 1):
        return False  # "Московской области", "Патриархом Московским и всея Руси"
    if second or starts_name(word):
        return True
    return not (word.isupper() or is_known_common(word) or _adjective(word))


def _adjective(word: str) -> bool:
    """A word read first as an adjective ("Московским" in "Патриархом Московским")."""
    from .morph import word_readings

    parses = word_readings(word)
    return bool(parses) and "ADJF" in parses[0].tag.grammemes


@attrs.define
class _Titles:
    """The titles read so far in a mention, and where the name may start."""

    titles: list[str] = attrs.Factory(list)
    country: str | None = None
    case: str | None = None
    headed: bool = False
    at: int = 0


def _read_titles(text: str, tokens: list[re.Match[str]], case: str | None) -> _Titles:
    """The titles before a name: "Наследным принцем, Председателем Совета министров Саудовской Аравии"."""
    read = _Titles(case=case)
    adjective = ""
    if len(tokens) > 1 and tokens[0].group()[:1].islower() and title_head(text, tokens[1].start()):
        # A demonym before the title ("кипрским коллегой", "американский госсекретарь"), or another
        # adjective that belongs to it ("избранным Президентом", "главным раввином").
        first = tokens[0].group()
        demonym = country_span(first)
        if demonym is not None:
            read.country, read.at = demonym[0], 1
        elif case_of(first) is not None:
            adjective, read.at = nominative_phrase([first], case_of(first))[0], 1
    while read.at < len(tokens) and title_head(text, tokens[read.at].start()):
        read.headed = True
        title, title_case, read.at, of_title = _read_title(text, tokens, read.at)
        read.case = read.case or title_case
        read.country = read.country or of_title
        if title:
            read.titles.append(f"{adjective} {title}" if adjective and not read.titles else title)
        nxt = read.at + 1
        if nxt < len(tokens) and tokens[read.at].group() == "," and title_head(text, tokens[nxt].start()):
            read.at = nxt
    return read


def _name_tokens(text: str, tokens: list[re.Match[str]], read: _Titles) -> list[re.Match[str]]:
    """The words of the name that follows the titles (initials kept; a tooltip's repeat cut)."""
    names: list[re.Match[str]] = []
    for token in tokens[read.at :]:
        if len(names) >= _MAX_NAME_WORDS or not _is_name_word(token):
            break
        if not names and not (token.group("initials") or read.headed or starts_name(token.group())):
            break
        if _ends_name(text, token, names):
            break
        names.append(token)
    while names and names[-1].group() in _PARTICLES:  # a lower-case particle cannot end a name
        names.pop()
    return names


def _ends_name(text: str, token: re.Match[str], names: list[re.Match[str]]) -> bool:
    """Whether the name read so far ends before ``token``."""
    word = token.group()
    if (len(word) < 2 and _INITIAL_NEXT.match(text, token.end())) or any(
        word[:5] == n.group()[:5] for n in names
    ):
        return True  # "Лукашенко Лукашенко Александр Григорьевич": a site's tooltip repeats the name
    if not names:
        return False
    # "… Анной Виртанен Состоялся …": a flattened page runs the next sentence on.
    return (
        (title_head(text, token.start()) is not None and not is_person_word(word))
        or _is_clause_word(word)
        or (len(word) <= 2 and _is_particle(word) and not _SENTENCE_END.match(text, token.end()))
    )


def read_mention(text: str, start: int = 0, case: str | None = None) -> Mention | None:
    """The person mentioned at ``start`` of ``text``: titles, country and name in the nominative.

    ``case`` is the case the context demands (after "с": "ablt"); without one, the title head's.
    Returns None when no name follows (a title alone, "с российской стороны").
    """
    tokens = list(TOKEN.finditer(text[: start + _MENTION_SPAN], start))
    if tokens and tokens[0].group().lower() in _POSSESSIVES:
        tokens = tokens[1:]  # "его сирийский коллега …", "своим российским коллегой …"
    read = _read_titles(text, tokens, case)
    names = _name_tokens(text, tokens, read)
    if not names:
        return None
    country = read.country
    if country is None:
        in_titles = country_span(" ".join(read.titles))
        country = in_titles[0] if in_titles else None
    first, end = tokens[0].start(), names[-1].end()
    name = _name_from([t.group() for t in names], read.case)
    as_written = text[names[0].start() : end]
    return Mention(name, tuple(read.titles), country, first, end, text[first:end], as_written)


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
