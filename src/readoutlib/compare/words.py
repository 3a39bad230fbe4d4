"""The language packs' words for the comparison, read from their tables ``compare_words.toml``.

The comparison reads readouts with their pack's vocabulary: the words that say who spoke and how
rather than what about, the phrasings of a position, a headline's channel words and the subjects of
diplomatic talk are rows of each installed pack's table ``compare_words.toml`` (beside its module),
each with an example its row test runs: the English pack's, and the same labels in the Russian
pack's (its word lists are lemmas: :func:`lemma`) and the Chinese pack's (the Japanese pack's, the levels
of office of its titles), so that a Kremlin page in
Russian or a Foreign Ministry page in Chinese and an English account of one call share a subject
("отношения", "关系", "relations") whatever their script. This module only reads the rows, by label,
over every pack's table in code order: a row of one script never matches a text of another.
"""

from __future__ import annotations

import re
import warnings

from .. import languages
from ..errors import PluginWarning, UnsupportedLanguageError
from ..languages.packtables import table_words
from ..rules import Row, RuleError, Table, parse_table

__all__ = ["COMPARE_WORDS_FILE", "FLAGS", "lemma", "pattern", "rows", "words"]

#: The file name of a pack's comparison words, beside its module.
COMPARE_WORDS_FILE = "compare_words.toml"


def _pack_tables() -> tuple[Table, ...]:
    """Every installed pack's ``compare_words.toml``, in code order (found without importing the
    packs); a malformed one is left out with a ``PluginWarning`` naming the pack."""
    tables = []
    for code in languages.language_codes():
        path = languages.pack_file(code, COMPARE_WORDS_FILE)
        if path is None:
            continue
        try:
            tables.append(parse_table(path.read_text(encoding="utf-8"), f"{code}/{COMPARE_WORDS_FILE}"))
        except (RuleError, OSError, UnicodeDecodeError) as exc:
            warnings.warn(
                f"language pack {code!r}: its {COMPARE_WORDS_FILE} is left out: {exc}",
                PluginWarning,
                stacklevel=2,
            )
    return tuple(tables)


_TABLES = _pack_tables()
#: How the rows are read: case-blind (a row that needs case says so itself) and verbose.
FLAGS = _TABLES[0].flags if _TABLES else re.IGNORECASE | re.VERBOSE
if any(table.flags != FLAGS for table in _TABLES):  # pragma: no cover - a table edited wrongly
    raise RuntimeError("the compare_words tables must be read with the same flags")


def words(label: str) -> frozenset[str]:
    """The words the rows of ``label`` list ("function word", "filler"), in every table."""
    return frozenset().union(
        *(table_words(table, label) for table in _TABLES if any(r.label == label for r in table.rows))
    )


def pattern(label: str) -> re.Pattern[str]:
    """The rows of ``label`` in every table as one pattern, compiled with the tables' :data:`FLAGS`."""
    parts = [table.alternation(label) for table in _TABLES if any(r.label == label for r in table.rows)]
    return re.compile("|".join(parts) or "(?!)", FLAGS)


def rows(prefix: str) -> tuple[Row, ...]:
    """The rows whose label starts with ``prefix`` ("subject: "), in the tables' order (English first)."""
    return tuple(row for table in _TABLES for row in table.rows if row.label.startswith(prefix))


_lemmatisers: tuple[tuple[str, ...], tuple[languages.LanguagePack, ...]] = ((), ())


def _packs_with_lemmas() -> tuple[languages.LanguagePack, ...]:
    """The installed packs that give words their lemmas (``LanguagePack.lemma`` overridden), loaded
    once for each set of installed packs."""
    global _lemmatisers
    codes = tuple(languages.language_codes())
    if _lemmatisers[0] != codes or not codes:
        found = []
        for code in codes:
            try:
                pack = languages.language_pack(code)
            except UnsupportedLanguageError:
                continue
            if type(pack).lemma is not languages.LanguagePack.lemma:
                found.append(pack)
        _lemmatisers = (codes, tuple(found))
    return _lemmatisers[1]


def lemma(word: str) -> str:
    """A folded word as the tables list it: in its lemma where an installed pack gives one
    (``LanguagePack.lemma``: the Russian pack's "отношений" -> "отношение"), any other as it is."""
    for pack in _packs_with_lemmas():
        word = pack.lemma(word)
    return word
