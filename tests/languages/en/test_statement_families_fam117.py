"""Statement families of task fam117 (issue #8): "detailed" as "outlined" (benchmarks/real/CONVENTIONS.md,
fam110), "was quoted as saying". Invented pages,
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


def test_detailed_after_a_quotation_is_not_read() -> None:
    """'"…", detailed the Minister': outside the settled use (a principal before the verb, the content
    after it), so no statement; 'said' in the same place is one."""
    text = (
        _LEAD + '"We talked about the quay and the ferry line", detailed Minister Ruiz after the meeting.\n\n'
        '"We talked about fisheries", said Minister Tan after the meeting.\n'
    )
    assert _statements(text) == [(2, "eko-tan", "said")]


def test_a_principal_quoted_as_saying_is_a_statement() -> None:
    """'X was quoted as saying Y': a report of what X said, the copula no passive."""
    text = _LEAD + "In response, Minister Ruiz was quoted as saying the quay would stay open to the fleets.\n"
    assert _statements(text) == [(1, "ana-ruiz", "quoted as saying")]
