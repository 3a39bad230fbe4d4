"""rules.required_words, rules.Gated and rules.GatedRows: a pattern's required words, and searches
skipped without them."""

from __future__ import annotations

import re

from readoutlib import languages
from readoutlib.rules import Gated, GatedRows, iter_tables, required_words


def test_required_words_of_patterns() -> None:
    """The words every match holds: a literal run, one per branch, none where a branch has none."""
    patterns = {
        r"(?:tele)?phon(?:e|ic)\s+call": ("phon",),
        r"met|visited": ("met", "visited"),
        r"\bSpoke\s+with\b": ("spoke",),
        r"\w+ly": ("ly",),
        r"[a-z]+": None,
        r"talks|(?:a|b)?": None,
        r"(?:held|had)\s+talks": ("talks",),
        r"x{0,2}": None,
        r"(?=visit)\w+": None,
        r"(?:ab){2}c?": ("ab",),
        r"ab+c": ("a",),
        r"\bthe\ Hague\.": ("the hague.",),
        r"[^]x]talks|(?i:Talk)s?": ("talk",),
        r"(?<=said )that|(?P<w>that)": ("that",),
        r"(?x) a b": None,
        r"\x41BC": None,  # a character code: the reader does not guess its length
        r"a{2,}|b{,3}": None,
        r"(?!visit)met": ("met",),
    }
    actual = {pattern: required_words(pattern, re.IGNORECASE) for pattern in patterns}
    assert patterns == actual


def _row_patterns() -> list[tuple[str, re.Pattern[str], str]]:
    """(where, compiled row, example) for every row of every table of the installed language packs."""
    found = []
    for code in languages.language_codes():
        module = type(languages.language_pack(code)).__module__
        package = module if module.count(".") >= 2 else module.rsplit(".", 1)[0]
        for table in iter_tables(package):
            for index, row in enumerate(table.rows):
                where = f"{table.origin} row {index}"
                found.append((where, re.compile(row.pattern, table.flags), row.example))
    return found


def test_gated_search_finds_what_the_pattern_finds_in_every_row_example() -> None:
    """Every row of every table reads its example through the gate as it does without it."""
    rows = _row_patterns()
    expected = [(where, bool(regex.search(example))) for where, regex, example in rows]
    actual = [(where, bool(Gated.of(regex).search(example))) for where, regex, example in rows]
    assert expected == actual


def test_gated_search_and_finditer_skip_texts_without_the_words() -> None:
    """No required word in the text (or in the searched part): no match, as the pattern says."""
    gated = Gated.of(re.compile(r"(?:tele)?phone\s+call|spoke", re.IGNORECASE))
    text = "They met. The Minister SPOKE by Telephone Call."
    expected = [None, (23, 28), [(23, 28), (32, 46)], [], (23, 28), None]
    actual = [
        gated.search("They met in Oslo."),
        gated.search(text).span(),  # type: ignore[union-attr]
        [m.span() for m in gated.finditer(text)],
        list(gated.finditer(text, 0, 9)),
        gated.search(text, 9, 30).span(),  # type: ignore[union-attr]
        gated.search(text, 9, 27),  # "SPOK": cut before the word ends
    ]
    assert expected == actual


def test_gated_sub_replaces_as_the_pattern_does_and_skips_texts_without_the_words() -> None:
    """``Gated.sub``: the pattern's own replacement where a required word stands, the text itself
    (not a copy) where none does (issue #14, speed17: the statements stage's notes in parentheses)."""
    pattern = re.compile(r"\s+\((?:the\s+)?host\)", re.IGNORECASE)
    gated = Gated.of(pattern)
    plain = "The Minister of Velor met the Minister of Ruritania in Oslo."
    texts = ["Ana Ruiz (the HOST) thanked Ivo Brand (host).", plain, "A note (guest) stays."]
    assert [gated.sub("", t) for t in texts] == [pattern.sub("", t) for t in texts]
    starred = gated.sub(lambda m: "*" * len(m.group()), texts[0])
    assert starred == "Ana Ruiz*********** thanked Ivo Brand*******."
    assert gated.sub("", plain) is plain


def test_gated_search_keeps_letters_that_ignorecase_matches_with_ascii() -> None:
    """The long s, dotless i, dotted capital I and Kelvin sign match ASCII letters: never skipped."""
    texts = ["pre\u017fident", "v\u0131sit", "V\u0130SIT", "\u212aing"]
    patterns = ["president", "visit", "visit", "king"]
    expected = [True, True, True, True]
    actual = [
        bool(Gated.of(re.compile(pattern, re.IGNORECASE)).search(text))
        for pattern, text in zip(patterns, texts, strict=True)
    ]
    assert expected == actual


def _gated_rows(*patterns: str) -> GatedRows:
    return GatedRows(Gated.of(re.compile(pattern, re.IGNORECASE)) for pattern in patterns)


def test_gated_rows_name_the_rows_whose_words_stand() -> None:
    """One pass finds every row's words, a word inside another's too ("talk" in "talks"); a row
    without required words is always a candidate, and every row in a text re's IGNORECASE may read
    otherwise than ``str.lower`` (the Kelvin sign) or holding a lone surrogate."""
    rows = _gated_rows(r"\btalks\b", r"\btalk", r"\b[A-Z]{2,}\b", r"phone call|spoke", r"\bking\b")
    expected = [(1, 2), (0, 1, 2, 3), (2,), (2, 3), (0, 1, 2, 3, 4), (0, 1, 2, 4)]
    actual = [
        rows.candidates("They talked."),
        rows.candidates("Talks, then the President SPOKE."),
        rows.candidates("Two visits."),
        rows.candidates("a phone call"),
        rows.candidates("\u212aing Harald"),
        rows.candidates("talks with the king \ud800"),
    ]
    assert expected == actual


def test_gated_rows_find_the_first_row_every_table_finds() -> None:
    """For every example of every table of the installed language packs, the first row found
    through the one pass is the first row whose pattern searches a match (as in a loop over them)."""
    tables: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for where, regex, example in _row_patterns():
        tables.setdefault(where.rsplit(" row ", 1)[0], []).append((regex, example))
    expected, actual = [], []
    for where, rows in tables.items():
        gated = GatedRows(Gated.of(regex) for regex, _ in rows)
        for _, example in rows:
            first = next((i for i, (regex, _) in enumerate(rows) if regex.search(example)), None)
            expected.append((where, example, first))
            actual.append((where, example, gated.first(example)))
    assert expected == actual
