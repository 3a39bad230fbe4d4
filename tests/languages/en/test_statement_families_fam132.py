"""Statement families of task fam132 (issue #8): a source's report whose subject carries an
appositive, and a silence kept for the dead. Invented pages, each seen failing first on main
1854214b."""

from __future__ import annotations

import readoutlib

_LEAD = (
    "President Tan meets Harbour Bank chief\n\n"
    "Today, President Eko Tan of Freedonia met with the President of the Harbour Bank, Mr. Omar Haddad.\n\n"
)


def _statements(text: str) -> list[tuple[int, str, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb, s.text[:24]) for s in readout.statements]


def test_the_sides_inside_a_spokesmans_report_set_off_by_an_appositive() -> None:
    """'The spokesman for X, Counselor Y, said the two sides underscored Z': the spokesman's report
    is no principal's, and the two sides' clause inside it is their statement, as it is when the
    spokesman is named without an appositive (GOLD_SCHEMA: a principal's clause in a source's report)."""
    text = _LEAD + (
        "The spokesman for the Presidency, Counselor Ana Lind, said during the meeting the two sides "
        "underscored the close partnership between Freedonia and the bank.\n"
    )
    assert _statements(text) == [(1, "both", "underscored", "the close partnership be")]


def test_a_principal_inside_a_ministers_report_set_off_by_an_appositive() -> None:
    """The same shape with 'that' and one principal as the inner subject."""
    text = _LEAD + (
        "The Foreign Minister of Freedonia, Ana Lind, said that President Tan stressed the need for new "
        "loans to the harbour towns.\n"
    )
    assert _statements(text) == [(1, "eko-tan", "stressed", "the need for new loans t")]


def test_a_principal_with_an_appositive_still_speaks_himself() -> None:
    """The principal before a comma-set aside stays the speaker ('Mr. Haddad, for his part, said')."""
    text = _LEAD + "Mr. Haddad, for his part, said that the bank would open an office in Port Lark.\n"
    assert _statements(text) == [(1, "omar-haddad", "said", "the bank would open an o")]


def test_a_minute_of_silence_observed_is_an_act_not_a_statement() -> None:
    """'observed a minute of silence in memory of …' keeps a silence; nothing is said."""
    text = _LEAD + (
        "At the memorial in Port Lark, Mr. Haddad laid a wreath and observed a minute of silence in "
        "memory of the sailors lost at sea.\n"
    )
    assert _statements(text) == []


def test_a_moments_silence_then_a_report_keeps_only_the_report() -> None:
    """After the silence, a reporting verb on the same subject is still a statement; 'observed that'
    still reports."""
    text = _LEAD + (
        "Mr. Haddad observed a moment's silence for the victims and said that the bank stood with the "
        "town. President Tan observed that the harbour had been rebuilt.\n"
    )
    assert _statements(text) == [
        (1, "omar-haddad", "said", "the bank stood with the "),
        (1, "eko-tan", "observed", "the harbour had been reb"),
    ]


def test_a_deputy_ruler_is_one_title_and_speaks_by_it() -> None:
    """'Deputy King … Prince X, the Crown Prince' then 'the Deputy King praised …': 'Deputy' before a
    ruler's style makes one title with it, as 'Crown' does, so the office later stands for X."""
    text = (
        "Crown Prince receives Sylvanian admiral\n\n"
        "Deputy King His Royal Highness Prince Omar bin Tarek Al Haddad, the Crown Prince, today received "
        "the Sylvanian Chief of Naval Staff, Admiral Ana Ruiz, at the Sea Palace.\n\n"
        "During the meeting, the Deputy King praised the efforts of Sylvania to keep the sea lanes open.\n"
    )
    readout = readoutlib.parse(text)
    host = readout.event.participants[0]
    assert host.titles[:1] == ("Deputy King",)
    assert _statements(text) == [(1, host.id, "praised", "the efforts of Sylvania ")]


def test_a_joint_subject_whose_second_title_holds_and() -> None:
    """'Minister A and High Representative … for Trade and Security Policy B have agreed': a long
    pair, an 'and' inside the second title, is still both principals, not the last name alone."""
    text = (
        "Lind and Haddad talk by phone\n\n"
        "PORT LARK, February 3. Freedonian Foreign Minister Ana Lind and High Representative of the Union "
        "for Trade and Security Policy Omar Haddad have agreed to hold a meeting on the sidelines of a "
        "coming summit, the ministry said after their telephone conversation.\n"
    )
    assert _statements(text) == [(0, "both", "agreed", "to hold a meeting on the")]


def test_the_principals_after_a_fronted_ahead_of_a_call() -> None:
    """'Ahead of a call with G7 leaders the Prime Minister and the President agreed …': the fronted
    phrase names another event, and the pair after it is the subject, as after 'During the call'."""
    text = (
        "PM call with President Tan\n\n"
        "The Prime Minister spoke to President Tan of Freedonia this afternoon.\n\n"
        "Ahead of a call with G7 leaders the Prime Minister and the President agreed on the importance of "
        "working together on the harbour plan.\n"
    )
    assert _statements(text) == [(1, "both", "agreed on", "the importance of workin")]


def test_a_guest_welcomed_on_a_visit_is_greeted_not_reported() -> None:
    """'welcomed the Chilean president on her first visit to Freedonia': the guest greeted, named
    by a lowercase office, is the meeting, no statement; 'welcomed the decision' still reports."""
    text = (
        "President Tan receives Chilean president\n\n"
        "President Eko Tan of Freedonia met President Ana Ruiz of Chile in Port Lark.\n\n"
        "President Tan welcomed the Chilean president on her first visit to Freedonia in ten years. "
        "President Ruiz welcomed the decision to reopen the harbour.\n"
    )
    assert _statements(text) == [(1, "ana-ruiz", "welcomed", "the decision to reopen t")]


def test_a_guest_welcomed_for_talks_is_greeted_not_reported() -> None:
    """'welcomed Chile's President X for talks at Y' in the lead is the meeting itself."""
    text = (
        "Prime Minister Lind meets President Ruiz of Chile\n\n"
        "The Prime Minister welcomed Chile’s President Gabriel Ruiz Tagle for talks at the Harbour House "
        "on 17 January.\n\n"
        "The Prime Minister stressed the close ties between the two countries.\n"
    )
    assert [s[1:3] for s in _statements(text)] == [("lind", "stressed")]


def test_a_letter_or_an_order_presented_is_handed_over_not_said() -> None:
    """'presented a special letter from President X to President Y', 'presented the Order of Z to
    W': objects handed over; 'presented the situation' still reports."""
    text = _LEAD + (
        "Mr. Haddad presented a special letter from the Bank's Governor to President Tan. President Tan "
        "presented the Order of the Harbour to Mr. Haddad. Mr. Haddad presented the situation of the "
        "loans in the north.\n"
    )
    assert _statements(text) == [(1, "omar-haddad", "presented", "the situation of the loa")]


def test_a_principal_inside_what_a_source_told_reporters() -> None:
    """'A, an official, told reporters after the meeting that X appreciated Y': the official's
    telling is no principal's, and X's clause inside it is X's statement, with or without the
    appositive ('said in a statement that' alike)."""
    for opening in (
        "Ana Lind, a Delegate Minister, told reporters after the meeting that",
        "Ana Lind told reporters that",
        "The ministry said in a statement that",
    ):
        text = _LEAD + f"{opening} Mr. Haddad highly appreciated President Tan for his leadership.\n"
        assert _statements(text) == [(1, "omar-haddad", "appreciated", "President Tan for his le")], opening


def test_a_syndicators_disclaimer_above_the_release_is_no_paragraph() -> None:
    """A copying site's 'Content provided by X. Y provides content from X …, but does not edit the
    articles it publishes.' line is furniture: the release's first paragraph is paragraph 0."""
    text = (
        "Secretary-General meets Harbour Bank President\n\n"
        "Content provided by Newswire Group. Daily Harbour provides content from Newswire Group as a "
        "service to its readers, but does not edit the articles it publishes.\n\n"
        "The Secretary-General met with Mr. Omar Haddad, President of the Harbour Bank. The two leaders "
        "reaffirmed their commitment to closer ties between the two bodies.\n"
    )
    assert _statements(text) == [(0, "both", "reaffirmed", "their commitment to clos")]


def test_two_hung_participles_joined_by_and_are_two_statements() -> None:
    """'The parties addressed X, highlighting A and underscoring B': after a clause that reports
    nothing, each participle is a statement, as two verbs sharing a subject are (GOLD_SCHEMA)."""
    text = _LEAD + (
        "The two sides also addressed the situation in the region, highlighting the risks to shipping and "
        "underscoring the importance of a joint patrol.\n"
    )
    assert _statements(text) == [
        (1, "both", "highlighting", "the risks to shipping"),
        (1, "both", "underscoring", "the importance of a join"),
    ]


def test_a_participle_after_and_inside_a_reported_clause_stays_nested() -> None:
    """'…, stressing that the bank was lending and investing in …': a participle that is no reporting
    verb after 'and' is content, not a second statement."""
    text = _LEAD + (
        "They discussed the harbour plan, stressing that the bank was lending and building in the north.\n"
    )
    assert _statements(text) == [(1, "both", "stressing", "the bank was lending and")]
