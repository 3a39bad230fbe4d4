"""Families of participants on en-ad and en-af (round 93 of issue #8, post-blind): invented pages."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _names(readout: Readout) -> list[str]:
    return [p.name for p in readout.event.participants]


def test_a_title_case_headline_verb_after_an_office_is_no_name() -> None:
    """'The Secretary General Warns that the Wales NATO Summit is a Turning Point' (en-ad): a Title Case
    headline's verb right after an office was read as the office-holder's name ("Warns")."""
    for headline in (
        "The Foreign Minister Warns that the Summit is a Turning Point",
        "Foreign Minister Appreciates Support of the Baltic States",
        "The Foreign Minister Underscores Unity at the Summit",
    ):
        lead = "Estonian Foreign Minister Anna Tamm met Latvian Foreign Minister Juris Ozols in Riga."
        readout = _parse(headline, lead, "Both sides discussed energy links.")
        assert _names(readout) == ["Anna Tamm", "Juris Ozols"]


def test_a_message_or_credentials_noun_in_a_headline_is_no_name() -> None:
    """'PM Appreciates Greetings from …', '… presents his Letter of Credence to President …' (en-ad): the
    nouns of a message or of an envoy's credentials were read as a person ("Appreciates Greetings",
    "Credence")."""
    readout = _parse(
        "Ambassador of Latvia presents his Letter of Credence to President Anna Tamm",
        "On May 3, 2015, H.E. Peteris Kalns presented his Letter of Credence to President Anna Tamm.",
        "President Tamm congratulated him on his appointment.",
    )
    assert _names(readout) == ["Peteris Kalns", "Anna Tamm"]
    readout = _parse(
        "Envoy Calls on Minister: Minister Appreciates Greetings and Good Wishes",
        "At the Ministry, Latvian Ambassador Peteris Kalns paid a visit to Estonian Minister Anna Tamm.",
        "The Minister thanked the Latvian leadership for its kind words.",
    )
    assert _names(readout) == ["Peteris Kalns", "Anna Tamm"]


def test_a_title_case_counterpart_joins_the_two_sides() -> None:
    """'President Yoweri Kaguta Museveni and his Rwandan Counterpart President Paul Kagame have agreed …
    The two leaders held a bilateral meeting …' (en-af): a capitalised "Counterpart" was read into the
    second mention's title, so "and his" alone stood between the two and they were no coordinated
    pair; with lowercase "counterpart" the two were already the sides."""
    for word in ("Counterpart", "counterpart"):
        readout = _parse(
            "Tamm and Ozols hold bilateral talks",
            f"President Anna Tamm and her Latvian {word} President Juris Ozols have agreed on peace.",
            "The two leaders held a bilateral meeting over a range of issues at the palace on Sunday.",
        )
        assert _names(readout) == ["Anna Tamm", "Juris Ozols"]


def test_amir_after_an_office_set_off_by_a_comma_is_a_given_name() -> None:
    """'… a call from the Acting Foreign Minister of the Interim Government of Afghanistan, Amir Khan
    Muttaqi' (Pakistan MOFA, en-af): "Amir" opening the appositive of an office is the minister's given
    name, as right after the office ("Foreign Minister Amir Omar Karimi"); the ruler's style before a
    patronymic or another style stays a style."""
    readout = _parse(
        "Foreign Minister receives call from Latvian counterpart",
        "Foreign Minister Anna Tamm received a call from the Acting Foreign Minister of the Interim"
        " Government of Latvia, Amir Juris Ozols in the wake of the attack.",
        "Both sides discussed energy links.",
    )
    assert _names(readout) == ["Anna Tamm", "Amir Juris Ozols"]
    readout = _parse(
        "Minister meets the ruler of Qatar",
        "Foreign Minister Anna Tamm met the ruler of Qatar, Amir Tamim bin Hamad Al Thani in Doha.",
        "Both sides discussed energy links.",
    )
    assert _names(readout) == ["Anna Tamm", "Tamim bin Hamad Al Thani"]


def test_a_hyphenated_or_major_rank_and_a_retired_mark_stand_before_the_name() -> None:
    """'… her courtesy call with the President Major-General (Ret’d) Jioji Konrote.' (Fiji Government,
    en-ad): "Major-General" was read as the President's name and the person as no side; a rank
    written with a hyphen or with "Major", and "(Ret’d)" with its apostrophe, are part of the title."""
    for rank in ("Major-General (Ret’d)", "Major-General (Ret'd)", "Major-General", "Major General"):
        readout = _parse(
            "Latvian Prime Minister visits Estonia",
            f"Latvian Prime Minister, Juris Ozols made a courtesy call on the President {rank} Anna Tamm.",
            "The two discussed trade.",
        )
        assert _names(readout) == ["Juris Ozols", "Anna Tamm"]


def test_a_headline_s_sender_of_greetings_is_no_side() -> None:
    """'Chinese Ambassador Calls Prime Minister: PM Appreciates Greetings from President XI Jinping …'
    (en-ad): the headline's sender of greetings was added as a third side; in the body "greetings
    from", "message from", "on behalf of" already keep such a person out."""
    for headline in (
        "Latvian Envoy Calls on Minister: Minister Appreciates Greetings from President Juris Ozols",
        "Latvian Envoy Delivers Message from President Juris Ozols to Minister",
    ):
        readout = _parse(
            headline,
            "At the Ministry, Latvian Ambassador Peteris Kalns paid a visit to Estonian Minister Anna Tamm.",
            "The Minister welcomed the ambassador.",
        )
        assert _names(readout) == ["Peteris Kalns", "Anna Tamm"]


def test_the_host_who_invited_a_visitor_staying_in_a_country_is_of_that_country() -> None:
    """'President Paul Kagame is in Uganda on a private visit at the invitation of President Yoweri Kaguta
    Museveni.' (UG Post, en-af): a visitor who "is in" a country on a visit names the host's country, as
    "arrived in" did; the host was given the country of a crisis the lead mentions."""
    readout = _parse(
        "Tamm and Ozols hold bilateral talks",
        "President Anna Tamm and her Latvian Counterpart President Juris Ozols have agreed to push for"
        " peace in the Democratic Republic of Congo.",
        "The two leaders held a bilateral meeting on Sunday. President Ozols is in Estonia on a private visit"
        " at the invitation of President Anna Tamm.",
    )
    assert [(p.name, p.country) for p in readout.event.participants] == [
        ("Anna Tamm", "EE"),
        ("Juris Ozols", "LV"),
    ]
