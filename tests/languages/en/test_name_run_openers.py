"""The name scan's per-word gate on run openers (issue #14, speed24): a capitalised word ``_may_open``
rules out never opens a name run, wherever it stands, and the words that open runs only in some
contexts (a month, a pronoun-shaped family name, a style that is also a given name, an initial) pass
the gate. Invented sentences."""

from __future__ import annotations

import pytest

from readoutlib.languages.en.names import (
    _may_open,
    _opens_run,
    country_tokens,
    find_mentions,
    lexicon,
    tokenize,
)

SENTENCES = (
    "The President of Ruritania, Ana Ruiz, met Foreign Minister Tomas Berg in Oslo on Monday.",
    "Vice Premier He Lifeng met the delegation; Prime Minister May spoke in May.",
    "Foreign Minister Amir Omar Karimi and Minister of State Sultan bin Saad Al Muraikhi attended.",
    "Minister A. H. Rao thanked Prime Minister Holness and Foreign Minister Park Jin.",
    "The Small Business Administration, the Department of State and the United Nations took part.",
    "THE Secretary General spoke with Jan Novak about Readiness and Awareness.",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_word_the_gate_rules_out_opens_no_run_anywhere(sentence: str) -> None:
    lex = lexicon()
    tokens = tokenize(sentence)
    countries = country_tokens(tokens, sentence)
    for index, tok in enumerate(tokens):
        if tok.is_word and not tok.text.islower() and not _may_open(tok, lex):
            assert not _opens_run(tokens, index, lex, countries), tok.text


@pytest.mark.parametrize(
    "word",
    ["He", "May", "Jan", "Amir", "Sultan", "A.", "Holness", "Park", "Ruiz"],
)
def test_words_that_open_runs_in_some_context_pass_the_gate(word: str) -> None:
    # an initial is read as one token with its period only before a name ("Minister A. Rao")
    tok = tokenize(f"Minister {word} Rao")[1]
    assert tok.text == word
    assert _may_open(tok, lexicon())


@pytest.mark.parametrize("word", ["The", "President", "Minister", "Department", "Administration"])
def test_title_and_common_words_are_ruled_out(word: str) -> None:
    (tok,) = tokenize(word)
    assert not _may_open(tok, lexicon())


def test_the_scan_finds_the_same_people_through_the_gate() -> None:
    found = find_mentions(SENTENCES[1] + " " + SENTENCES[2])
    names = [m.name for m in found if m.name]
    assert names == ["He Lifeng", "May", "Amir Omar Karimi", "Sultan bin Saad Al Muraikhi"]
