"""The tokenizer's shortcut for plain words (``names._plain_facts``) gives exactly the tokens of the
step-by-step reading it skips: periods, glued words and a capitalised opening word still take the
long way, wherever they stand and whatever was read before them."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutlib.languages.en import names
from readoutlib.languages.en.names import Token, tokenize


def _step_by_step(text: str) -> list[Token]:
    """Every word read the long way: ``tokenize`` as it was before the shortcut."""
    tokens: list[Token] = []
    for m in names._WORD.finditer(text):
        word, start = m.group(), m.start()
        end = start + len(word)
        if "." in word:
            word, start = names._split_glued(word, start, tokens.append)
        if word[0].isupper() and len(word) > 4:
            word, start, end = names._split_glued_end(word, start, end, tokens.append)
        if word[-1] == "." and len(word) > 1 and word[0].isalnum():
            stem = word[:-1]
            if not (
                names.is_abbreviation(stem)
                or (len(stem) == 1 and stem.isupper())
                or "." in stem
                or stem in names.HONORIFICS
            ):
                tokens.extend((Token.of(stem, start, end - 1), Token.of(".", end - 1, end)))
                continue
        if start == 0 and word.isupper() and names._CAPS_OPENER.match(text, end):
            cased = word.capitalize()
            titled = cased == "The" or cased in names.TITLE_HEADS or cased in names.TITLE_MODIFIERS
            word = cased if titled else word
        tokens.append(Token.of(word, start, end))
    return tokens


#: Words of every shape the long way handles, and plain ones, to be strung together in any order.
_WORDS = (
    "THE", "The", "Prime", "Minister", "PM", "met", "Ana", "Ruiz", "BergThe", "HallThey", "PresidentĀ",
    "Dr.Tax", "R.Lamamra", "Samaraweera.Sri", "Lanka", "U.S.", "Mr.", "Gen.", "talks.", "Oslo-based",
    "Gruber's", "Powers'", "YouTube", "IBM", "NATO", "said", ",", "(", ")", "—", "Tae-yul", "‘", "’",
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "THE Prime Minister met Ana Ruiz.",
        "They met. THE Prime Minister spoke",
        "in Berg HallThey talked",
        "PresidentĀ Ilham Aliyev and Dr.Tax met Samaraweera.Sri Lanka’s envoy",
        "Gruber's talks with Powers' team, U.S. Secretary Mr. Brand said.",
    ],
)
def test_plain_words_read_as_the_long_way_reads_them(text: str) -> None:
    """Tokens, offsets and facts alike, on sentences of each layout the long way knows."""
    assert tokenize(text) == _step_by_step(text)


def test_a_word_known_plain_still_opens_a_text_the_long_way() -> None:
    """A capitalised word read plain inside a text (and so remembered) is recased where it opens one."""
    assert [t.text for t in tokenize("but THE end")] == ["but", "THE", "end"]
    assert tokenize("THE Prime Minister")[0].text == "The"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.sampled_from(("", " ", "  ", "\n")))
@example(["THE", "Prime"], " ")
def test_any_string_of_words_reads_as_the_long_way_reads_it(words: list[str], gap: str) -> None:
    text = gap.join(words) if gap else " ".join(words).replace(" ,", ",")
    assert tokenize(text) == _step_by_step(text)
