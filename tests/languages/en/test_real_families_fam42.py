"""Statement recall families of issue #8, task fam42 (statements still missed on the dev sets
en-a..en-q after fam35, grouped by why they were missed), each on invented text."""

from __future__ import annotations

from tests.languages.en.layout_kit import page_statements as _statements

_HEAD = (
    "Norway-Chile Foreign Ministers' Meeting",
    "On 2 April 2020, Foreign Minister Ana Lind of Norway received Foreign Minister Tomas Otto of Chile "
    "in Oslo.",
)


def test_a_bullet_glyph_against_its_text() -> None:
    """'▪️Otto invited …': an emoji bullet (its glyph and variation selector) set against the words
    is a list marker as '• ' is; a dash against a word stays a word's."""
    found = _statements(
        *_HEAD,
        "\u25aa\ufe0fOtto invited Lind to Santiago for the national day.",
        "\u2022Lind thanked her guest for the visit.",
    )
    assert (1, "tomas-otto", "invited", "Lind to Santiago for the national day.") in found
    assert (2, "ana-lind", "thanked", "her guest for the visit.") in found


def test_a_first_initial_against_the_surname() -> None:
    """'T.Otto thanked …' names Otto as 'T. Otto' does; the text keeps the page's spelling; an
    abbreviation's letters ('the U.S.Secretary') name nobody."""
    found = _statements(
        *_HEAD,
        "T.Otto thanked Norway for letting Chilean citizens transit via Oslo.",
        "Minister A.Lind thanked T.Otto for the visit.",
        "The U.S.Secretary thanked both ministers.",
    )
    assert (1, "tomas-otto", "thanked", "Norway for letting Chilean citizens transit via Oslo.") in found
    assert (2, "ana-lind", "thanked", "T.Otto for the visit.") in found
    assert not [f for f in found if f[0] == 3]


def test_the_partners_are_both_sides() -> None:
    """'the partners noted …', 'the two partners agreed …' are both sides; 'the European partners'
    names nobody."""
    found = _statements(
        *_HEAD,
        "Throughout the talks, the partners noted with satisfaction the growth of trade.",
        "The two partners agreed to meet again in Santiago.",
        "The European partners agreed to meet again in Brussels.",
    )
    assert (1, "both", "noted", "the growth of trade.") in found
    assert (2, "both", "agreed", "to meet again in Santiago.") in found
    assert not [f for f in found if f[0] == 3]


def test_a_tag_after_a_quotation_closed_without_comma() -> None:
    """'"…" said Lind.' and '"…" Said Hon. Foreign Minister.' (no comma after the quotation, a capital
    on the verb) report the quotation as '"…," said Lind.' does; a quoted word before 'said' with no
    speaker after it reports nothing."""
    found = _statements(
        *_HEAD,
        '"We have valued the help of Chile in hard times" Said Hon. Foreign Minister.',
        '"Trade between our countries has doubled" said Minister Otto.',
        'The word "peace" said little to the press.',
    )
    assert (1, "ana-lind", "said", '"We have valued the help of Chile in hard times"') in found
    assert (2, "tomas-otto", "said", '"Trade between our countries has doubled"') in found
    assert not [f for f in found if f[0] == 3]


def test_a_short_style_with_its_full_stop_in_a_tag() -> None:
    """'"…," said Mr. Otto.' and '"…," said Hon. Foreign Minister Lind.': the style's full stop ends
    no subject; 'said Lind. Dr. Otto thanked her.' keeps its two sentences."""
    found = _statements(
        *_HEAD,
        '"Our ports are open," said Mr. Otto.',
        '"Our ports are open too," said Hon. Foreign Minister Lind.',
        '"We value the help of Chile," said Lind. Dr. Otto thanked her.',
    )
    assert (1, "tomas-otto", "said", '"Our ports are open') in found
    assert (2, "ana-lind", "said", '"Our ports are open too') in found
    assert (3, "ana-lind", "said", '"We value the help of Chile') in found
    assert (3, "tomas-otto", "thanked", "her.") in found


def test_a_heading_announcing_statements_above_list_items() -> None:
    """'Statements by the Foreign Minister of Norway:' above bullet items is an attribution line, no
    body paragraph (GOLD_SCHEMA): the item below it is paragraph 2, after the opening and one item."""
    found = _statements(
        "Lind holds talks with Otto of Chile",
        "On 2 April 2020, Foreign Minister Ana Lind of Norway held talks with Foreign Minister Tomas Otto "
        "of Chile in Oslo.",
        "Statements by the Foreign Minister of Norway:",
        "\u25aa\ufe0fRelations between Norway and Chile are built on trust.",
        "\u25aa\ufe0fLind invited Otto to Oslo for the national day.",
    )
    assert (2, "ana-lind", "invited", "Otto to Oslo for the national day.") in found
