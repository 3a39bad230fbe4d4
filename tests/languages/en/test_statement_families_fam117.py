"""Statement families of task fam117 (issue #8): "detailed" as "outlined" (benchmarks/real/CONVENTIONS.md,
fam110), "was quoted as saying", a participle hung on a clause that reports nothing. Invented pages,
each seen failing first on main 85955c39."""

from __future__ import annotations

import readoutlib

_LEAD = (
    "Freedonian Minister meets Sylvanian Minister\n\n"
    "Foreign Minister Eko Tan of Freedonia met Foreign Minister Ana Ruiz of Sylvania in Port Lark on "
    "Monday.\n\n"
)


def _statements(text: str) -> list[tuple[int, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb) for s in readout.statements]


def test_detailing_steps_or_plans_is_a_statement_and_the_adjective_is_not() -> None:
    """'X detailed the steps …' lays content out to the other side, as 'outlined' does; 'a detailed
    exchange' and 'detailed discussions' are adjectives with no principal as their subject."""
    text = (
        _LEAD + "Minister Tan detailed the steps his government is taking to reopen the harbour.\n\n"
        "The ministers had a detailed exchange on fisheries.\n\n"
        "Minister Ruiz and Minister Tan held detailed discussions on the quay.\n\n"
        "The two ministers detailed their plans for the ferry line.\n"
    )
    assert _statements(text) == [(1, "eko-tan", "detailed"), (4, "both", "detailed")]


def test_a_principal_quoted_as_saying_is_a_statement() -> None:
    """'X was quoted as saying Y': a report of what X said, the copula no passive."""
    text = _LEAD + "In response, Minister Ruiz was quoted as saying the quay would stay open to the fleets.\n"
    assert _statements(text) == [(1, "ana-ruiz", "quoted as saying")]


def test_a_principal_named_after_a_comma_before_a_participle_speaks() -> None:
    """'They welcomed X, the Minister hoping that Y': the absolute construction gives the participle a
    subject of its own, the Minister, whose statement it is."""
    text = (
        _LEAD + "They welcomed the progress on the quay, Minister Ruiz hoping that the harbour will soon "
        "reopen to both fleets.\n"
    )
    assert _statements(text) == [(1, "both", "welcomed"), (1, "ana-ruiz", "hoping")]
