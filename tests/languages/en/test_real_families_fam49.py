"""Families of attributed-statement misses on en-q, en-r, en-s and en-t (issue #8, fam49), each on
invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _statements(readout: Readout) -> list[tuple[int, str, str]]:
    return [(s.paragraph, s.speaker or "", s.verb) for s in readout.statements]


def test_the_heads_of_state_are_both_sides_without_two() -> None:
    """ "the heads of state expressed …" on a page of two presidents is both sides, as "the two
    heads of state" is."""
    readout = _page(
        "Presidents Ana Ruiz and Tomas Berg hold phone call",
        "President of Ruritania Ana Ruiz had a phone conversation with President of Borduria Tomas Berg.",
        "During the phone conversation, the heads of state expressed their confidence that trade will grow.",
    )
    assert _statements(readout) == [(1, "both", "expressed")]


def test_the_heads_of_state_are_both_sides_when_one_title_is_unread() -> None:
    """A principal whose title the page never gives does not stop "the heads of state" meaning both
    sides when every title it does give is a head of state's."""
    readout = _page(
        "Ana Ruiz holds phone talks with Tomas Berg",
        "President of Ruritania Ana Ruiz held a telephone conversation with Tomas Berg of Borduria.",
        "During the talks the heads of state commended the high dynamics of bilateral ties.",
    )
    assert _statements(readout) == [(1, "both", "commended")]


def test_the_heads_of_state_of_a_premier_and_a_president_are_others() -> None:
    """Guard: a prime minister and a president are not "the heads of state"."""
    readout = _page(
        "Prime Minister Ana Ruiz meets President Tomas Berg",
        "Prime Minister of Ruritania Ana Ruiz met President of Borduria Tomas Berg in Lima.",
        "During the talks the heads of state commended the high dynamics of bilateral ties.",
    )
    assert _statements(readout) == []


def test_made_a_decision_to_reports_what_was_decided() -> None:
    """ "The presidents made a decision to continue …" reports the decision, as "decided to" does."""
    readout = _page(
        "Presidents Ana Ruiz and Tomas Berg hold phone call",
        "President of Ruritania Ana Ruiz had a phone conversation with President of Borduria Tomas Berg.",
        "The presidents made a decision to continue new contacts in the near future.",
    )
    assert [(s.speaker, s.verb, s.text) for s in readout.statements] == [
        ("both", "made a decision", "to continue new contacts in the near future.")
    ]


def test_a_summary_the_lead_restates_with_the_office_for_the_name_is_no_paragraph() -> None:
    """A one-sentence summary under the title ("Prime Minister Ana Ruiz spoke with Ruritanian Prime
    Minister Tomas Berg.") that the lead restates with the office for her name and a time added
    ("The Prime Minister spoke to Ruritanian Prime Minister Tomas Berg this morning, …") is the
    page's summary line, no body paragraph."""
    readout = _page(
        "Prime Minister Ana Ruiz's call with Ruritanian Prime Minister Tomas Berg: 3 May 2022",
        "Prime Minister Ana Ruiz spoke with Ruritanian Prime Minister Tomas Berg.",
        "The Prime Minister spoke to Ruritanian Prime Minister Tomas Berg this morning, after the storm.",
        "The leaders shared their condolences.",
    )
    assert _statements(readout) == [(1, "both", "shared")]


def test_a_summary_the_lead_restates_after_a_date_is_no_paragraph() -> None:
    """ "On 17 June, the Foreign Secretary spoke to …" restates "The Foreign Secretary spoke to …
    today." above it: the summary is no body paragraph."""
    readout = _page(
        "Readout: Foreign Secretary call with Tomas Berg",
        "The Foreign Secretary spoke to Ruritanian Foreign Minister Berg today.",
        "On 17 June, the Foreign Secretary spoke to Ruritanian Foreign Minister Berg.",
        "They discussed a number of issues.",
        "The pair agreed to speak again soon.",
    )
    assert _statements(readout) == [(2, "both", "agreed")]


def test_a_summary_that_alone_names_a_principal_stays_a_paragraph() -> None:
    """Guard: a summary told otherwise whose name for a principal neither the lead ("The Prime
    Minister met …") nor the title gives is where the page names her: it stays, and so does her name."""
    readout = _page(
        "PM meeting with PM Berg of Ruritania: 23 September 2019",
        "Prime Minister Ruiz met Prime Minister Berg of Ruritania.",
        "The Prime Minister met Prime Minister Berg of Ruritania today at the UN General Assembly in"
        " New York.",
        "They discussed trade, and Prime Minister Berg underlined his concerns about the situation.",
    )
    assert "Ruiz" in [p.name for p in readout.event.participants]
    assert _statements(readout) == [(2, "berg", "underlined")]


def test_a_first_paragraph_the_next_one_reports_on_is_no_summary() -> None:
    """Guard: a lead followed by a paragraph that repeats its names but reports what was said
    ("… told President Tomas Berg of Ruritania in Lima that …") keeps both paragraphs."""
    readout = _page(
        "Ruiz and Berg meet in Lima",
        "President Ana Ruiz met President Tomas Berg of Ruritania in Lima.",
        "President Ana Ruiz told President Tomas Berg of Ruritania in Lima that trade should grow.",
    )
    assert _statements(readout) == [(1, "ana-ruiz", "told")]


def test_made_the_following_remarks_reports_the_remarks_after_it() -> None:
    """ "Foreign Minister Ruiz made the following remarks. I am grateful …" reports the remarks that
    follow the full stop (or a colon), not the words "the following remarks"."""
    readout = _page(
        "Telephone conversation between Foreign Ministers Ana Ruiz and Tomas Berg",
        "Ms. Ana Ruiz, Minister for Foreign Affairs of Ruritania, had a telephone conversation with"
        " Mr. Tomas Berg, Minister for Foreign Affairs of Borduria.",
        "At the outset, Foreign Minister Berg made the following remarks. The storm was severe."
        " Borduria is ready to help.",
        "In response, Foreign Minister Ruiz made the following remarks: I am grateful for your words.",
    )
    assert [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements] == [
        (1, "tomas-berg", "made the following remarks", "The storm was severe. Borduria is ready to help."),
        (2, "ana-ruiz", "made the following remarks", "I am grateful for your words."),
    ]


def test_two_fronted_adverbials_before_a_lowercase_pronoun() -> None:
    """ "Furthermore, at the multilateral level, she expressed …": two fronted adverbials, each set
    off by a comma, still leave "she" the subject, as one does."""
    readout = _page(
        "Ruiz meets Berg",
        "Foreign Minister Ana Ruiz of Ruritania met Foreign Minister Tomas Berg of Borduria in Lima.",
        "Minister Ruiz said that trade matters.",
        "Furthermore, at the multilateral level, she expressed gratitude to the Government of Borduria.",
    )
    assert _statements(readout) == [(1, "ana-ruiz", "said"), (2, "ana-ruiz", "expressed")]


def test_a_by_participle_inside_an_infinitive_is_no_report() -> None:
    """ "They discussed the need to address shortages by raising the number of staff": "by raising"
    tells how to address them, inside the infinitive; only one hung on the clause itself ("They
    ended the call by expressing …") reports."""
    readout = _page(
        "President Ana Ruiz speaks with President Tomas Berg",
        "President Ana Ruiz of Ruritania spoke with President Tomas Berg of Borduria.",
        "They discussed efforts to support the mission and the need to address shortages by raising the"
        " number of staff.",
        "They ended the call by expressing hope for peace.",
    )
    assert _statements(readout) == [(2, "both", "expressing")]


def test_an_aside_naming_the_counterpart_in_apposition_is_no_subject() -> None:
    """ "Speaker of the Parliament of Ruritania, Ms Ana Ruiz, during her meeting with the Bordurian
    Minister of Foreign Affairs, Mr Tomas Berg, expressed …": the counterpart's name set off by
    commas inside the aside does not make him the subject."""
    readout = _page(
        "Speaker hosts Foreign Minister Berg",
        "Speaker of the Parliament of Ruritania, Ms Ana Ruiz, during her meeting with the Bordurian Minister"
        " of Foreign Affairs, Mr Tomas Berg, expressed satisfaction with the dialogue.",
        "Ms Ruiz also stressed her hope for trade.",
    )
    assert _statements(readout) == [(0, "ana-ruiz", "expressed"), (1, "ana-ruiz", "stressed")]


def test_both_before_a_list_of_the_two_principals_is_both_sides() -> None:
    """ "Both the Chancellor and the Prime Minister said …" names the two sides, not the last."""
    readout = _page(
        "Chancellor speaks with Prime Minister",
        "Chancellor Ana Ruiz of Ruritania spoke with Prime Minister Tomas Berg of Borduria by phone.",
        "Both the Chancellor and the Prime Minister said they want the options to be examined.",
    )
    assert _statements(readout) == [(1, "both", "said")]


def test_a_courtesy_call_on_is_no_demand_for_a_to_after_a_that() -> None:
    """ "called on Minister X in her office and … hoped that both sides would work together to …":
    the "to" belongs to a later clause, so "called on" is the courtesy call, no report."""
    readout = _page(
        "Ambassador calls on the Minister",
        "Ambassador Tomas Berg called on Minister of State for Foreign Affairs Ana Ruiz in her office on"
        " Thursday and congratulated her on assuming the office and hoped that both sides would work"
        " together to deepen relations.",
    )
    assert [(s.speaker, s.verb) for s in readout.statements] == [
        ("tomas-berg", "congratulated"),
        ("tomas-berg", "hoped"),
    ]


def test_an_office_abbreviation_in_brackets_keeps_the_title_of_the_name_after_it() -> None:
    """ "Prime Minister (PM) Ana Ruiz" holds the office "Prime Minister": "The Prime Minister
    proposed …" later is hers."""
    readout = _page(
        "Ruiz and Berg discuss trade over phone",
        "LIMA: Prime Minister (PM) Ana Ruiz on Saturday held a telephone call with President Tomas Berg of"
        " Ruritania.",
        "The Prime Minister proposed the idea of a trade fair in Lima.",
    )
    assert _statements(readout) == [(1, "ana-ruiz", "proposed")]


def test_renewed_and_reciprocated_report_what_follows() -> None:
    """ "renewed his invitation to …" and "reciprocated the Prime Minister's greetings" report, as
    "extended an invitation" and "conveyed greetings" do."""
    readout = _page(
        "Ruiz and Berg discuss trade over phone",
        "Prime Minister Ana Ruiz held a telephone call with President Tomas Berg of Ruritania and conveyed"
        " her greetings.",
        "President Berg warmly reciprocated the Prime Minister's greetings.",
        "The Prime Minister also renewed her invitation to President Berg to visit Lima.",
    )
    assert _statements(readout) == [
        (0, "ana-ruiz", "conveyed"),
        (1, "tomas-berg", "reciprocated"),
        (2, "ana-ruiz", "renewed"),
    ]


def test_an_agency_caption_with_spanish_position_marks_is_no_paragraph() -> None:
    """A wire photo caption left in Spanish above the English copy ("El presidente de Ruritania,
    Ana Ruiz (d), conversa con su homólogo, Tomas Berg (i), …") is furniture: the body opens at
    the dateline."""
    readout = _page(
        "Presidents of Ruritania and Borduria confirm good relations",
        "El presidente de Ruritania, Ana Ruiz (d), conversa hoy con su homólogo de Borduria, Tomas Berg (i),"
        " en el palacio de gobierno, en Lima (Ruritania). Ruiz y Berg se reunieron hoy en Lima para confirmar"
        " las buenas relaciones entre ambos países y firmaron una serie de acuerdos en diferentes materias"
        " del ámbito bilateral. EFE",
        "Lima, Nov 27 (EFE).- Ruritanian President Ana Ruiz and Bordurian counterpart Tomas Berg met here"
        " Tuesday to sign a series of agreements.",
        "At the event, Ruiz stressed that relations between the two countries are going through a very"
        " positive period that includes the possibility of taking bigger steps forward together.",
        "Berg echoed the sentiments of his counterpart and emphasized the willingness of both governments"
        " to sign the agreements on trade, energy, security, health and education in the coming weeks.",
        "Also taking part in the event were the ministers who accompanied the visiting president, and the"
        " two delegations held an expanded meeting on the five areas of their joint work programme.",
    )
    assert _statements(readout) == [
        (1, "ana-ruiz", "stressed"),
        (2, "tomas-berg", "echoed"),
        (2, "tomas-berg", "emphasized"),
    ]


def test_echoed_reports_what_was_echoed() -> None:
    """ "Berg echoed the sentiments of his counterpart and emphasized …" reports both: to echo
    another's words is to say them again."""
    readout = _page(
        "Presidents Ana Ruiz and Tomas Berg meet in Lima",
        "President Ana Ruiz of Ruritania met President Tomas Berg of Borduria in Lima on Tuesday.",
        "President Berg echoed the sentiments of his counterpart and emphasized the will to sign the"
        " agreements.",
    )
    assert _statements(readout) == [(1, "tomas-berg", "echoed"), (1, "tomas-berg", "emphasized")]
