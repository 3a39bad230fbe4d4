"""The agenda pass: each side's single statement naming a third country or a proper name is linked."""

from __future__ import annotations

from readoutlib.compare import compare
from readoutlib.compare.agenda import COUNTRY, NAME, agenda_keys, single_item_links

from .kit import make_readout


def test_agenda_keys_are_third_countries_and_names_inside_the_sentence() -> None:
    """A key is a third country or a capitalised word past the first that the comparison kept."""
    words = frozenset({"@UA", "mariupo", "attacks", "=2024", "#humanitarian", "cities"})
    text = "Attacks on cities such as Mariupol continued in 2024."
    expected = (frozenset({"@UA", "mariupo"}), frozenset({"mariupo"}), frozenset())
    actual = (
        agenda_keys(text, words, {COUNTRY, NAME}, 7),
        agenda_keys(text, words, {NAME}, 7),
        agenda_keys("Attacks on cities continued.", words - {"@UA", "mariupo"}, {COUNTRY, NAME}, 7),
    )
    assert expected == actual


def test_single_item_links_only_a_key_one_statement_a_side_names() -> None:
    """A key two statements of one side name joins nothing; a key each side names once joins the two,
    one to one, skipping points already linked."""
    keys_a = {0: frozenset({"@IR"}), 1: frozenset({"@IR", "kashmir"}), 2: frozenset({"senate"})}
    keys_b = {0: frozenset({"kashmir"}), 1: frozenset({"@IR"}), 2: frozenset({"senate"})}
    taken: tuple[set[int], set[int]] = ({2}, set())
    expected = ([(1, 0, 0.0)], ({1, 2}, {0}))
    assert expected == (single_item_links(keys_a, keys_b, lambda i, j: 0.0, taken), taken)


DISPUTE = "her approach to resolving the old harbour dispute with Italy over the northern piers and customs."
RIGHTS = "the importance of Italian fishing rights in waters both fleets have used for generations."


def test_compare_links_the_single_statements_on_a_third_country() -> None:
    """Two statements in different words on one third country, the only ones on it, are linked;
    with a second statement on it on one side, neither is (which of the two is the partner?)."""
    a = make_readout(
        "aa-mfa",
        "t",
        [("Ana Kovac", "HR"), ("Tomas Berg", "NO")],
        said=[
            (
                "Ana Kovac",
                "outlined",
                DISPUTE,
            )
        ],
    )
    b = make_readout(
        "bb-ud",
        "t",
        [("Tomas Berg", "NO"), ("Ana Kovac", "HR")],
        said=[
            (
                "Tomas Berg",
                "underscored",
                RIGHTS,
            )
        ],
    )
    b_twice = make_readout(
        "bb-ud",
        "t",
        [("Tomas Berg", "NO"), ("Ana Kovac", "HR")],
        said=[
            (
                "Tomas Berg",
                "underscored",
                RIGHTS,
            ),
            ("Tomas Berg", "welcomed", "the Italian offer of a ferry."),
        ],
    )
    expected = ([(0, 0, "agenda")], [])
    actual = (
        [(link.a, link.b, link.basis) for link in compare(a, b).links],
        [(link.a, link.b, link.basis) for link in compare(a, b_twice).links],
    )
    assert expected == actual
