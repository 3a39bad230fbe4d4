"""Chinese text: one folded form for matching, sentences and clauses with offsets.

Rules are written in simplified characters. A traditional page is matched through ``fold``, which
maps each traditional character to its simplified form one for one, so an offset in the folded
text is the same offset in the page: names, verbs and statements are always cut from the page as
written ("克裏", "轉達"). Each character is converted by OpenCC's traditional-to-simplified table
(``opencc-python-reimplemented``, pure Python, loaded on the first Chinese page), character by
character so that the fold never changes the text's length; a character OpenCC would turn into
two is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import Any

from ...analysis.sentences import split_sentences

__all__ = ["HAN", "clause_starts", "fold", "sentences", "strip_pinyin_glosses"]

#: One Han character (the unified block and extension A) or the middle dot of transliterated names.
HAN = r"[\u3400-\u9fff·・]"

#: Clauses start after a comma (full-width, ideographic or ASCII) or a colon.
_CLAUSE_MARK = re.compile(r"[，,：:]\s*")


@cache
def _converter() -> Any:
    from opencc import OpenCC  # type: ignore[import-untyped]  # opencc-python-reimplemented

    return OpenCC("t2s")


@lru_cache(maxsize=16384)
def _simplified(char: str) -> str:
    converted = str(_converter().convert(char))
    return converted if len(converted) == 1 else char


#: Only Han characters can differ between the two scripts.
_HAN_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=4096)  # a page's paragraphs are folded by several stages
def fold(text: str) -> str:
    """``text`` with traditional characters in their simplified form, one character for one."""
    return _HAN_CHAR.sub(lambda m: _simplified(m.group()), text)


#: A pinyin syllable in brackets right after a Han character, with a tone mark ("統(tǒng)", "關(guān)"): a
#: converter's gloss of a polyphonic character, which no reader wrote. A tone mark is required, so
#: a unit or a name in brackets ("千克(kg)", "北京(Beijing)") is kept.
_PINYIN_GLOSS = re.compile(
    r"(?<=[\u3400-\u9fff\uf900-\ufaff])[(（]"
    r"(?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,6}[)）]"
)


def strip_pinyin_glosses(text: str) -> str:
    """``text`` without the bracketed pinyin a converter left after its characters (``_PINYIN_GLOSS``)."""
    return _PINYIN_GLOSS.sub("", text) if "(" in text or "（" in text else text


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]`` (the project's one splitter; a
    semicolon ends a sentence too), leading and trailing spaces left out."""
    for found in split_sentences(
        text[:end] if end is not None else text, start, semicolons=True, spaceless=True
    ):
        yield found.start, found.end


def clause_starts(text: str, start: int, end: int) -> list[int]:
    """Where the clauses of the sentence ``text[start:end]`` begin: its start, then after each comma."""
    return [start, *(m.end() for m in _CLAUSE_MARK.finditer(text, start, end) if m.end() < end)]
