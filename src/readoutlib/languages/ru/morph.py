"""Russian morphology through pymorphy3: names and titles back to the nominative.

Russian readouts name people in the case the sentence needs ("разговор Владимира Путина с
Президентом США Дональдом Трампом": genitive, then instrumental). A participant's name is its
nominative ("Владимир Путин", "Дональд Трамп"). pymorphy3 with its OpenCorpora dictionary knows
Russian first names, surnames and common nouns, and guesses unknown foreign names by their endings;
a word it cannot put in the nominative (an indeclinable "Моди", "Помпео", "Эмбало") stays as written.

pymorphy3 is imported on first use: ``import readoutlib`` does not load the dictionary.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer  # type: ignore[import-untyped]
    from pymorphy3.analyzer import Parse  # type: ignore[import-untyped]

__all__ = [
    "CASES",
    "case_of",
    "is_known_common",
    "is_person_word",
    "lemma",
    "nominative",
    "nominative_phrase",
    "word_readings",
]

#: The grammatical cases pymorphy3 names (OpenCorpora tags), nominative first.
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
#: Instrumental endings of surnames in -ов/-ев/-ин ("Ситниковым", "Ситниковой").
_GUESSED_SURNAME = re.compile(r"((?:ов|ев|ёв|ин|ын))(ым|ой)$")
#: The instrumental of a name in -а after a consonant ("Гунбой", "Бганбой"), for a word the
#: dictionary gives no instrumental reading.
_FIRST_DECLENSION_ABLT = re.compile(r"[^\W\dаеёиоуыэюяй_]ой$", re.IGNORECASE)


@functools.cache
def _analyzer() -> MorphAnalyzer:
    import pymorphy3

    analyzer: MorphAnalyzer = pymorphy3.MorphAnalyzer(lang="ru")
    return analyzer


@functools.lru_cache(maxsize=8192)
def word_readings(word: str) -> tuple[Parse, ...]:
    """Every reading pymorphy3 gives ``word`` (lemma, case, grammemes), most likely first; cached."""
    return tuple(_analyzer().parse(word))


def lemma(word: str) -> str:
    """A folded word as the pack's tables list it: its lemma, "е" for "ё" ("отношений" -> "отношение");
    a word pymorphy3 gives no reading stays as written (the comparison's words, ``compare_words``)."""
    readings = word_readings(word)
    return (str(readings[0].normal_form) if readings else word).replace("ё", "е")


def case_of(word: str) -> str | None:
    """The likeliest case of a noun or adjective ``word`` ("Президентом" -> "ablt"), or None."""
    for parse in word_readings(word):
        if {"NOUN", "ADJF"} & set(parse.tag.grammemes) and parse.tag.case:
            return str(parse.tag.case)
    return None


def is_person_word(word: str) -> bool:
    """A first name, surname or patronymic in pymorphy3's dictionary (any case)."""
    return any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in word_readings(word))


def is_known_common(word: str) -> bool:
    """A word the dictionary knows as a common noun or adjective ("Совета", "Тверской"), not a name."""
    parses = word_readings(word)
    if not parses or is_person_word(word):
        return False
    best = parses[0]
    known = all(type(m[0]).__name__ == "DictionaryAnalyzer" for m in best.methods_stack[:1])
    return known and bool({"NOUN", "ADJF"} & set(best.tag.grammemes))


def _restore_case(original: str, form: str) -> str:
    """``form`` with the capitalisation of ``original`` ("Трампом" + "трамп" -> "Трамп")."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def _pick(parses: tuple[Parse, ...], case: str, person: bool) -> Parse | None:
    """The reading of a word in ``case``: a name reading first when ``person``, else any noun or adjective."""
    wanted = [p for p in parses if p.tag.case == case and {"NOUN", "ADJF", "ADJS"} & set(p.tag.grammemes)]
    if person:
        named = [p for p in wanted if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        wanted = named or [p for p in wanted if "anim" in p.tag.grammemes] or wanted
    return wanted[0] if wanted else None


def nominative(word: str, case: str | None, *, person: bool = True, gender: str | None = None) -> str:
    """``word`` read in ``case``, put in the nominative singular; as written when it does not decline.

    Hyphenated words ("Касым-Жомартом") decline part by part. ``gender`` ("masc"/"femn") keeps a
    surname's gender ("Любимовой" -> "Любимова", not "Любимов").
    """
    if case is None or case == "nomn" or not _CYRILLIC.search(word):
        return word
    if "-" in word:
        # Only the last part of a hyphenated name declines ("Касым-Жомартом" -> "Касым-Жомарт").
        head, _, last = word.rpartition("-")
        return f"{head}-{nominative(last, case, person=person, gender=gender)}"
    parse = _pick(word_readings(word), case, person)
    if parse is None:
        return _unread_instrumental(word) if person and case == "ablt" else word
    if person and "ADJF" in parse.tag.grammemes and _GUESSED_SURNAME.search(word):
        # A surname the dictionary lacks, guessed as an adjective: "Ситниковым" -> "Ситников".
        return _GUESSED_SURNAME.sub(lambda m: m.group(1) + ("а" if m.group(2) == "ой" else ""), word)
    wanted = {"nomn", "sing"} if "Pltm" not in parse.tag.grammemes else {"nomn"}
    if gender and parse.tag.gender and "ADJF" not in parse.tag.grammemes:
        wanted.add(gender)
    form = parse.inflect(wanted) or parse.inflect({"nomn"})
    return _restore_case(word, form.word) if form is not None else word


def _unread_instrumental(word: str) -> str:
    """A name in the instrumental the dictionary gives no instrumental reading, in the nominative."""
    if len(word) > 3 and word.endswith(("ом", "ем", "ём")):
        return word[:-2]  # a foreign name the guesser does not decline: "Ли Хи Ёном" -> "Ён"
    if _FIRST_DECLENSION_ABLT.search(word):
        # a name in -а the guesser reads only as a nominative in -ой ("Гунбой" like "бой"): the
        # instrumental of a man's or a woman's name in -а alike ("с Бадрой Гунбой" -> "Гунба")
        return word[:-2] + "а"
    return word


def nominative_phrase(words: list[str], case: str | None) -> list[str]:
    """A title's head words ("Наследным", "принцем") in the nominative, adjectives agreeing."""
    out = []
    for word in words:
        parse = _pick(word_readings(word), case, person=False) if case else None
        if parse is None or case == "nomn":
            out.append(word)
            continue
        wanted = {"nomn", "sing"}
        if "ADJF" in parse.tag.grammemes and parse.tag.gender:
            wanted.add(str(parse.tag.gender))
        form = parse.inflect(wanted) or parse.inflect({"nomn"})
        out.append(_restore_case(word, form.word) if form is not None else word)
    return out
