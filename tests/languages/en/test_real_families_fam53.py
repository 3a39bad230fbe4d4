"""Participant families of issue #8, task fam53 (the misses of en-q, en-r, en-s and en-t left by
fam48), each on invented text seen failing on main."""

from __future__ import annotations

import readoutlib


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.country) for p in readoutlib.parse(text).event.participants]


def test_a_portfolio_joined_by_and_is_no_person() -> None:
    """'met the Minister of Roads and Inland Waterways, Minister of Foreign Affairs, Mr X': the
    capitalised words after a portfolio's "and" complete the portfolio; its holder is named after
    the comma (en-t, Mauritius' 'Minister of Land Transport and Light Rail' read as a person)."""
    page = (
        "The new Ambassador of Chile to Norway, Mr Juan Soto, met the Minister of Roads and Inland "
        "Waterways, Minister of Foreign Affairs and Trade, Mr Lars Berg, yesterday, in Oslo.\n\n"
        "The two discussed trade.\n"
    )
    assert [name for name, _ in _sides(page)] == ["Juan Soto", "Lars Berg"]


def test_a_body_glossed_by_its_initials_before_its_office_is_no_person() -> None:
    """'Folke Tinget (FT) Speaker Dr X said': a name glossed by its own initials, then an office,
    is the body the office belongs to; the holder is named after it (en-t, Bangladesh's 'Jatiya
    Sangsad (JS) Speaker' read as a person, the Speaker lost)."""
    page = (
        "Describing Chile as one of the most important friends of Norway, Folke Tinget (FT) Speaker Dr "
        "Ana Maria Ruiz on Sunday said the cooperation will continue.\n\n"
        "She came up with the remarks while a delegation from Chile led by the Speaker of the Chilean "
        "Chamber Juan Soto paid a courtesy call on her at the parliament building here.\n"
    )
    assert [name for name, _ in _sides(page)] == ["Ana Maria Ruiz", "Juan Soto"]


def test_a_menu_line_taken_for_the_headline_is_no_person() -> None:
    """A site's menu in its own language ("Skriv Dela Texten Större Texten Mindre") on the line a
    headline takes: four or more untitled capitalised words the body never uses are no person, and
    the host the body names is kept (en-t, the Turkish presidency's 'Print Share …' menu read as a
    participant, Medvedev lost)."""
    page = (
        "Norway\n\nSkriv Dela Texten Större Texten Mindre\n\n\nPresident Lars Berg paid a state visit "
        "to Santiago between February 12 and 15, 2009 at the invitation of Chilean President Juan Soto.\n\n"
        "As part of his programme, Mr. Berg held a meeting with Norwegian businessmen.\n"
    )
    assert [name for name, _ in _sides(page)] == ["Lars Berg", "Juan Soto"]


def test_a_news_sites_report_byline_is_no_person() -> None:
    """'N.T. Report' above the story: a paper's initials and "Report" are its byline, no person
    (en-s, the Frontier Post's 'F.P. Report' read as a third participant)."""
    page = (
        "N.T. Report\n\nOSLO: Foreign Minister Lars Berg had a telephonic conversation with his Chilean "
        "counterpart Juan Soto on Saturday.\n\nThe two reaffirmed the importance of the relationship.\n"
    )
    assert [name for name, _ in _sides(page)] == ["Lars Berg", "Juan Soto"]


def test_a_government_sites_domain_gives_its_principals_country() -> None:
    """A government's own site (a "gov" host under a country's domain) is its country's, however
    often the page names the country its Prime Minister visits (en-r, the Cook Islands' MFA in
    'Suva, Fiji': Mark Brown read as Fijian). A news site's page may be relayed from another's."""
    page = (
        "Prime Minister Lars Berg meets with Chile Prime Minister in Peru ahead of Forum Meeting\n\n"
        "Lima, Peru, 15 September 2023 - Prime Minister the Honourable Lars Berg met with Chile Prime "
        "Minister the Honourable Juan Soto yesterday in Lima at the Chile Embassy ahead of the upcoming "
        "Forum Ministers Meeting in Peru.\n\n"
        "The two leaders discussed the Forum agenda, the hosting of the Forum in Peru next year and the "
        "fisheries of Peru.\n\n"
        "Prime Minister Berg thanked Peru for hosting the leaders in Lima, Peru.\n"
    )
    readout = readoutlib.parse(page.encode(), url="https://mfa.gov.no/news/85")
    assert [(p.name, p.country) for p in readout.event.participants] == [
        ("Lars Berg", "NO"),
        ("Juan Soto", "CL"),
    ]
