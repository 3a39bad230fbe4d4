"""Statement families of task fam126 (issue #8): where a told or welcomed principal ends and the
content starts, and a ruler's style written in initials standing for him later. Invented pages, each
seen failing first on main 317e1139."""

from __future__ import annotations

import readoutlib


def _statements(text: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements]


def test_a_middle_initial_in_the_person_informed_does_not_end_the_object() -> None:
    """'informed Omar K. Haddad on the results …': the initial's full stop is a word of the person
    told; the content starts after 'on', as 'briefed X on Y' does (GOLD_SCHEMA)."""
    text = (
        "President Tan speaks with Omar K. Haddad\n\n"
        "President Eko Tan of Freedonia had a telephone conversation with the Harbour Bank President "
        "Omar K. Haddad.\n\n"
        "Eko Tan informed Omar K. Haddad on the results of the talks between the ministries.\n"
    )
    assert _statements(text) == [(1, "eko-tan", "informed", "the results of the talks")]


def test_a_participle_after_welcoming_the_principal_by_office_is_the_statement() -> None:
    """'welcomed the Prime Minister, informing that …': welcoming a principal named by office, a
    participle right after, is a greeting, so the participle is a statement of its own (CONVENTIONS,
    fam39)."""
    text = (
        "Prime Minister meets Harbour Bank President\n\n"
        "The Prime Minister of Freedonia, Eko Tan, has met with Mr. Omar Haddad, President of the "
        "Harbour Bank, in Port Lark.\n\n"
        "Mr. Haddad has welcomed the Prime Minister, informing that he had spoken with the fund about "
        "the loan.\n"
    )
    assert _statements(text) == [(1, "omar-haddad", "informing", "he had spoken with the f")]


def test_his_highness_stands_for_the_principal_the_page_styled_h_h() -> None:
    """'H.H. Sheikh Omar Haddad …' in the lead, then 'His Highness also affirmed …': the initials are
    the same style spelled short, so the spelled-out style is that principal speaking."""
    text = (
        "Foreign Minister receives Sylvanian envoy\n\n"
        "H.H. Sheikh Omar Haddad, Minister of Foreign Affairs of Qaristan, has received Ambassador Ana "
        "Ruiz of Sylvania in Port Lark.\n\n"
        "Sheikh Omar praised the joint efforts for calm in the region. His Highness also affirmed the "
        "support of Qaristan for the harbour plan.\n"
    )
    assert _statements(text) == [
        (1, "omar-haddad", "praised", "the joint efforts for ca"),
        (1, "omar-haddad", "affirmed", "the support of Qaristan "),
    ]
