"""Statement recall families of issue #8, task fam34 (statements missed on en-p and en-q, grouped with
the same families on the earlier sets), each on invented text."""

from __future__ import annotations

from tests.languages.en.layout_kit import page_statements as _statements

_HEAD = (
    "Vastria-Osland Foreign Ministers' Telephone Talk",
    "On 2 April 2020, Foreign Minister Ana Lind of Vastria held a telephone conversation with Foreign "
    "Minister Tomas Otto of Osland.",
)


def test_showed_the_importance_of_reports_a_view() -> None:
    """'… and showed the importance of X' is a second statement, as 'underlined the importance of'."""
    found = _statements(
        *_HEAD,
        "Minister Lind stressed the value of trade and showed the importance of unity in the region.",
        "Minister Otto showed a short film about the harbour.",
    )
    assert (1, "ana-lind", "showed", "the importance of unity in the region.") in found
    assert not [f for f in found if f[0] == 2]


def test_undertook_to_is_a_commitment() -> None:
    """'the two ministers undertook to continue …' commits both sides; 'undertook a visit' reports nothing."""
    found = _statements(
        *_HEAD,
        "On the basis of a stable truce, the two ministers undertook to continue their close work.",
        "Minister Otto undertook a visit to the border region last year.",
    )
    assert (1, "both", "undertook", "to continue their close work.") in found
    assert not [f for f in found if f[0] == 2]


def test_a_pronoun_after_comma_and_opens_a_second_statement() -> None:
    """'X praised the teams, and he offered whatever help …': the pronoun's clause is X's second
    statement; inside a reported 'that' clause it stays content."""
    found = _statements(
        *_HEAD,
        "Minister Otto praised the rescue teams, and he offered whatever help Osland could give.",
        "Minister Lind said that Otto had worked hard, and he stressed the need for calm.",
    )
    assert (1, "tomas-otto", "praised", "the rescue teams") in found
    assert (1, "tomas-otto", "offered", "whatever help Osland could give.") in found
    assert [f[2] for f in found if f[0] == 2] == ["said"]
