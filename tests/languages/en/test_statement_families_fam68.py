"""Statement families of en-x after its blind run (fam68, issue #8): every page here is invented."""

from __future__ import annotations

from tests.languages.en.layout_kit import page_statements as _statements


def test_the_collocutors_and_all_sides_are_both_sides() -> None:
    """'The collocutors underlined …' (a translation's word for the interlocutors) and 'All sides agreed
    …' are the talks' sides together, as 'the interlocutors' and 'both sides' are: neither was read
    as a subject."""
    found = _statements(
        "Minister Lind meets Senator Otto",
        "Foreign Minister Ana Lind met with Senator Tomas Otto in Osland City on 5 May. The collocutors "
        "underlined the strong ties connecting the two countries. All sides agreed to strengthen cooperation "
        "on ports.",
    )
    assert found == [
        (0, "both", "underlined", "the strong ties connecting the two countries."),
        (0, "both", "agreed", "to strengthen cooperation on ports."),
    ]


def test_a_principal_in_the_progressive_reports() -> None:
    """'Minister Lind is hoping that …' (a news release's present progressive): a report of the
    principal's, at the participle, as 'Minister Lind hopes that …' is."""
    found = _statements(
        "Lind meets Ambassador Otto",
        "Minister of Foreign Affairs, Senator Ana Lind, is hoping that the aid offered by Osland to small "
        "islands will continue.",
        "Minister Lind shared this hope during a courtesy call with Ambassador Tomas Otto on Monday.",
    )
    assert (0, "ana-lind", "hoping", "the aid offered by Osland to small islands will continue.") in found


def test_praise_and_rebuke_verbs_report() -> None:
    """'complimented X on …' praises as 'commended' does, 'chastised X for …' criticises as
    'criticized' does: both report a principal's view."""
    found = _statements(
        "Lind meets Otto",
        "Foreign Minister Ana Lind met Foreign Minister Tomas Otto of Osland in Vastria City on Monday.",
        "Minister Otto complimented Vastria on its new port. They both chastised the council for its delay.",
    )
    assert found == [
        (1, "tomas-otto", "complimented", "Vastria on its new port."),
        (1, "both", "chastised", "the council for its delay."),
    ]


def test_a_country_named_in_a_principals_title_is_no_speaker() -> None:
    """'Norway appreciates …' names a country, and a country is no speaker (CONVENTIONS.md, fam54):
    not the Chilean 'Ambassador to Norway' whose title holds the name."""
    found = _statements(
        "Ambassador Otto meets Foreign Minister of Norway",
        "The Chilean Ambassador to Norway, Mr. Tomas Otto, met with the Foreign Minister of Norway Ana "
        "Lind on 1st October 2014.",
        "Ms. Lind said it was her first visit to Chile. Chile plays an important role in the region and "
        "Norway appreciates Chile's policy of open ports.",
    )
    assert [(para, speaker, verb) for para, speaker, verb, _ in found] == [(1, "ana-lind", "said")]
