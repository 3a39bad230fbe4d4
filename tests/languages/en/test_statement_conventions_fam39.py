"""Statement conventions the dev golds disagreed on, settled by task fam39 (issue #8), each on invented
text: a purpose infinitive of a call, "according to X", and ", saying …" after a clause."""

from __future__ import annotations

from tests.languages.en.layout_kit import page_statements as _statements

_HEAD = (
    "Norway-Chile Foreign Ministers' Meeting",
    "On 2 April 2020, Foreign Minister Ana Lind of Norway received Foreign Minister Tomas Otto of Chile "
    "in Oslo.",
)


def test_a_purpose_infinitive_of_a_call_is_no_statement() -> None:
    """'called X to congratulate / to inform him that …' tells why the call was made: no statement;
    what the caller said in it still counts."""
    found = _statements(
        "Norway-Chile Foreign Ministers' Call",
        "On 2 April 2020, Foreign Minister Ana Lind of Norway called Foreign Minister Tomas Otto of Chile "
        "to inform him that the talks in Oslo would be postponed.",
        "Lind also phoned Otto this morning to congratulate him on the new trade agreement. "
        "She stressed the value of the partnership.",
    )
    assert not [f for f in found if f[2] in ("inform", "congratulate")]
    assert (1, "ana-lind", "stressed", "the value of the partnership.") in found


def test_according_to_a_principal_is_no_statement() -> None:
    """'According to X, the council also welcomes …': the phrase is no reporting clause, and the clause
    after it is the council's, so nothing is X's; a clause of X's own after it still is."""
    found = _statements(
        *_HEAD,
        "According to Tomas Otto, the regional council also welcomes the new trade agreement.",
        "According to Lind, both countries are interested in closer cooperation in energy.",
        "According to Otto, Minister Lind stressed the value of the partnership.",
    )
    assert not [f for f in found if f[0] in (1, 2)]
    assert (3, "ana-lind", "stressed", "the value of the partnership.") in found


def test_the_body_a_principal_heads_is_not_the_principal() -> None:
    """'According to Ana Lind, the Nordic Council also welcomes …' after 'Ana Lind, the Head of the
    Nordic Council Office': the council (or 'the Office') is the body she heads, not her, so the clause
    is nobody's statement; 'The Head of the Office' still names her."""
    found = _statements(
        "Prime Minister meets Head of the Nordic Council Office",
        "On 2 April 2020, Prime Minister Tomas Otto of Chile held a meeting with Ana Lind, the Head of the "
        "Nordic Council Office in Chile.",
        "According to Ana Lind, the Nordic Council also welcomes Chile's active part in regional formats.",
        "The Office also values the reforms of the government.",
        "The Head of the Office stressed the value of the partnership.",
    )
    assert not [f for f in found if f[0] in (1, 2)]
    assert (3, "ana-lind", "stressed", "the value of the partnership.") in found


def test_saying_after_a_greeting_is_the_statement() -> None:
    """', saying …' after a reporting clause is nested in it ('stressed X, saying Y' is one statement);
    after a clause that reports nothing, as welcoming a person 'as' their new office (a greeting), the
    participle is the statement, also where the person welcomed is no principal the page resolves."""
    found = _statements(
        *_HEAD,
        "President Otto welcomed Lind as the new Norwegian envoy to Chile, saying the ties between the two "
        "countries had never been closer.",
        "Otto stressed the value of trade, saying it had grown every year.",
        "Otto also welcomed Berg as the new ambassador of Norway, saying the talks would go on.",
    )
    assert [f[2:] for f in found if f[0] == 1] == [
        ("saying", "the ties between the two countries had never been closer.")
    ]
    assert [f[2] for f in found if f[0] == 2] == ["stressed"]
    assert [f[2:] for f in found if f[0] == 3] == [("saying", "the talks would go on.")]
