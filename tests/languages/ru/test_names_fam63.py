"""A name in -а read in the instrumental ("с Тамарой Гвинбой") comes back in -а, not as written,
for a woman and a man alike (issue #8, fam63). Invented names the dictionary lacks."""

from __future__ import annotations

import pytest

from readoutlib.languages.ru.people import read_mention


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("коллегой Тамарой Гвинбой", "Тамара Гвинба"),
        ("Министром Асланом Дзинбой", "Аслан Дзинба"),
        ("коллегой Марией Толстой", "Мария Толстая"),
    ],
)
def test_instrumental_name_in_a(text: str, expected: str) -> None:
    mention = read_mention(text, 0, "ablt")
    assert mention is not None
    assert expected == mention.name
