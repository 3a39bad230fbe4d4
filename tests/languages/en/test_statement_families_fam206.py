"""Statement families of task fam206 (issue #8): attention drawn or brought to something, thanks
given, and a country named "a …". Invented pages, each seen failing first on main 7dee6b48."""

from __future__ import annotations

import readoutlib

_HEAD = "Freedonian Minister meets Sylvanian Minister\n\nMarch 4, 2024\n\n"
_LEAD = "Foreign Minister Eko Tan met Foreign Minister Ana Ruiz in Port Lark on Monday.\n\n"


def _statements(body: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(_HEAD + _LEAD + body + "\n\nThe two ministers also discussed fisheries.\n")
    return [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements]


def test_attention_drawn_with_whose_attention_between() -> None:
    """'drew the attention of X to Y' and 'brought X's attention to Y': Y is the content, from 'the fact
    that' on; the bare 'drew attention to' still reads as before."""
    body = (
        "Tan drew the attention of his guest to the fact that the harbour had been closed for a week.\n\n"
        "Ruiz brought Tan’s attention to the fact that the river ferries had stopped.\n\n"
        "Tan drew attention to the rise in grain prices."
    )
    assert [s[:2] + s[3:] for s in _statements(body)] == [
        (1, "eko-tan", "the fact that the harbou"),
        (2, "ana-ruiz", "the fact that the river "),
        (3, "eko-tan", "the rise in grain prices"),
    ]


def test_brought_to_the_attention_that() -> None:
    """'brought to the attention (of X) that Y': the content is Y, after its 'that'."""
    body = (
        "Ruiz brought to the attention that forty fishing boats had been seized since May.\n\n"
        "Tan brought to the attention of the minister that the toll had doubled."
    )
    assert [s[:2] + s[3:] for s in _statements(body)] == [
        (1, "ana-ruiz", "forty fishing boats had "),
        (2, "eko-tan", "the toll had doubled."),
    ]


def test_gave_thanks_is_a_statement() -> None:
    """'gave thanks to X' reports the thanks, as 'thanked' does; the content keeps its 'to'."""
    body = "In reply, Ruiz gave thanks to the harbour workers of Port Lark for their help."
    assert _statements(body) == [(1, "ana-ruiz", "gave thanks", "to the harbour workers o")]


def test_a_country_named_a_partner_and_an_appointment() -> None:
    """'named Sylvania a trusted partner' is what the principal called it; a person named as an envoy,
    or named a deputy minister, is an appointment and no report."""
    said = "Tan named Sylvania a trusted partner in shipping and trade."
    appointed = "Tan named Lev Orm as his envoy to the talks. Ruiz named Ida Berg a deputy minister."
    assert [_statements(said), _statements(appointed)] == [
        [(1, "eko-tan", "named", "Sylvania a trusted partn")],
        [],
    ]


def test_shared_before_a_noun_in_a_list_is_an_adjective() -> None:
    """', shared cultural heritage' as one item of a list of nouns is an adjective, no verb; 'and shared
    her vision' after a comma-free clause, with a possessive, is still a report."""
    listed = (
        "Tan and Ruiz stressed the friendship of the two states, anchored in mutual trust, shared cultural "
        "heritage and trade."
    )
    verb = "Ruiz thanked Tan and shared her vision for the harbour."
    assert [_statements(listed), _statements(verb)] == [
        [(1, "both", "stressed", "the friendship of the tw")],
        [(1, "ana-ruiz", "thanked", "Tan"), (1, "ana-ruiz", "shared", "her vision for the harbo")],
    ]
