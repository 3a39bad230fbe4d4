"""The language stage's word count reads the words its Unicode pattern reads, ASCII shortcut or not."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutlib.analysis import language


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZk _1’‘“”–—•…«» \u00a0\u212aİñ\n.,'-", max_size=30))
@example("the minister’s visit — “today”")
@example("Núñez met the minister")
@example("\u212a test")
def test_words_as_the_unicode_pattern_reads_them(text: str) -> None:
    """Quotes, dashes and bullets made spaces, ASCII letters found: the same words, in order."""
    low = text.lower()
    assert language._WORD.findall(low) == language._words(low)


def test_words_of_an_english_sentence() -> None:
    """A curly apostrophe parts a word as the Unicode pattern parts it ("minister’s" → two)."""
    expected = ["the", "minister", "s", "visit", "today", "núñez"]
    assert expected == language._words("the minister’s visit — “today” núñez")
