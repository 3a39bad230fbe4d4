"""Russian names in their cases: the forms a country's name takes in running text ("России",
"Китаем", "Соединенных Штатов"), for the core's country lookup (``LanguagePack.name_forms``)."""

from __future__ import annotations

import re

__all__ = ["name_forms"]

# Russian case endings: a nominative ending → its genitive, dative, accusative, instrumental and
# prepositional endings ("|" between spellings that vary: "Америки" but "Канады"). The first ending
# that fits a word is used; a word ending in a consonant takes "а", "у", "", "ом", "е".
_RU_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ство", ("ства", "ству", "ство", "ством", "стве")),
    ("ая", ("ой", "ой", "ую", "ой", "ой")),
    ("яя", ("ей", "ей", "юю", "ей", "ей")),
    ("ый", ("ого", "ому", "ый", "ым", "ом")),
    ("ий", ("ого|его", "ому|ему", "ий", "им", "ом|ем")),
    ("ой", ("ого", "ому", "ой", "ым", "ом")),
    ("ое", ("ого", "ому", "ое", "ым", "ом")),
    ("ые", ("ых", "ым", "ые", "ыми", "ых")),
    ("ие", ("их", "им", "ие", "ими", "их")),
    ("ия", ("ии", "ии", "ию", "ией", "ии")),
    ("ея", ("еи", "ее", "ею", "еей", "ее")),
    ("а", ("ы|и", "е", "у", "ой|ей", "е")),
    ("я", ("и", "е", "ю", "ей", "е")),
    ("й", ("я", "ю", "й", "ем", "е")),
    ("ь", ("я|и", "ю|и", "ь", "ем|ью", "е|и")),
    ("ы", ("ов|", "ам", "ы", "ами", "ах")),
)
_RU_CONSONANT = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")
_RU_CONSONANT_ENDINGS = ("а", "у", "", "ом", "е")


def _russian_cases(word: str) -> tuple[tuple[str, ...], ...] | None:
    """A Russian word's spellings in each oblique case, or None when it does not decline
    ("Того", "Перу", "КНДР")."""
    if word.isupper():
        return None
    for ending, oblique in _RU_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return tuple(tuple(stem + e for e in case.split("|")) for case in oblique)
    if _RU_CONSONANT.search(word):
        return tuple((word + e,) for e in _RU_CONSONANT_ENDINGS)
    return None


def name_forms(name: str) -> set[str]:
    """A Russian name in each case, with every word declined or every word but the last
    ("Республики Корея", "Соединенных Штатов Америки"): a lookup table may hold a form no one writes."""
    words = name.split()
    forms = {name}
    for count in {len(words), max(len(words) - 1, 1)}:
        declined = [_russian_cases(w) or ((w,),) * 5 for w in words[:count]]
        for case in range(5):
            heads = [""]
            for spellings in declined:
                heads = [f"{h} {s}".strip() for h in heads for s in spellings[case]]
            forms.update(" ".join([head, *words[count:]]) for head in heads)
    return forms
