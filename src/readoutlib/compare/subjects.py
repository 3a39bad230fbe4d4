"""Subjects of diplomatic talk that readouts name in different words, one row each.

Two accounts of one call rarely share their wording: one side "outlined the sanctions", the other
"would respond with strong economic and other measures". A row names a subject, the phrasings that
mark it (a regular expression, case-insensitive, matched as whole words) and an example that a
parametrised test checks. A statement that matches a row gains the subject as one more content word.
The rows live in the language packs' ``compare_words.toml`` (labels "subject: <name>", written for
verbose mode): the English pack's, and the Russian and Chinese packs' rows for the same subjects,
which this module reads (a Chinese row is matched anywhere, Chinese having no spaces between words).
"""

from __future__ import annotations

import re

from .words import FLAGS, rows

__all__ = ["SUBJECTS", "subjects_of", "without_subjects"]

_PREFIX = "subject: "

#: (subject, phrasings, example): the "subject: <name>" rows of the English pack's
#: ``compare_words.toml`` (general diplomatic vocabulary, not any one publisher's), in its order.
SUBJECTS: tuple[tuple[str, str, str], ...] = tuple(
    (row.label.removeprefix(_PREFIX), row.pattern, row.example) for row in rows(_PREFIX)
)

#: A script written without spaces between words (Chinese, Japanese: Han characters and kana): its
#: phrasings match anywhere in a sentence.
_SPACELESS = re.compile(r"[\u3041-\u30ff\u3400-\u9fff]")


def _compiled(pattern: str) -> re.Pattern[str]:
    """A row's pattern matched as whole words, or anywhere where its script has no spaces."""
    if _SPACELESS.search(pattern):
        return re.compile(pattern, FLAGS)
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", FLAGS)


_COMPILED = tuple((subject, _compiled(pattern)) for subject, pattern, _ in SUBJECTS)


def subjects_of(text: str) -> frozenset[str]:
    """The subjects a text touches, as words that cannot clash with real ones ("#peace-process")."""
    return frozenset("#" + subject.replace(" ", "-") for subject, rx in _COMPILED if rx.search(text))


def without_subjects(text: str) -> str:
    """The text with every phrasing of a subject cut out, so a subject and its own words count once."""
    for _subject, rx in _COMPILED:
        text = rx.sub(" ", text)
    return text
