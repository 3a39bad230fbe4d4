"""fam184 (issue #8): participants' names on invented sentences, each a construction seen on pages.

- An initial glued by its period to a family name that closes the sentence ("… the President of
  Sylvania K.Marek."): the sentence's full stop is no part of the name, so the name is the one the
  later sentences give ("K.Marek said"); its family name is the word after the initial ("Marek").
"""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import tokenize
from readoutlib.languages.en.text import surname


def _parse(title: str, *paragraphs: str) -> readoutlib.model.Readout:
    return readoutlib.parse(("\n\n".join((title, *paragraphs)) + "\n").encode())


def test_a_glued_initial_before_a_sentence_end_leaves_the_full_stop() -> None:
    words = [t.text for t in tokenize("He greeted the President K.Marek. Then they talked.")]
    assert words[:6] == ["He", "greeted", "the", "President", "K.", "Marek"]
    assert words[6] == "."


def test_a_glued_initial_name_at_a_sentence_end_is_named_without_the_stop() -> None:
    readout = _parse(
        "The envoy of Chile presented his credentials",
        "On 3 May 2024, the Ambassador of Chile to Norway T.Horvat presented his credentials to"
        " the President of Norway K.Marek.",
        "Trade ties, K.Marek said, have grown for a decade.",
    )
    names = [p.name for p in readout.event.participants]
    assert "K.Marek" in names
    assert "K.Marek." not in names


def test_the_family_name_of_a_glued_initial_name_is_the_word_after_the_initial() -> None:
    assert surname("K.Marek") == "marek"
    assert surname("A.B.Lind") == "lind"
    assert surname("U.S.") == "us"
