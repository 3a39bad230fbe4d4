"""Families of pages (issue #8, round 18: feeds-dev21's misses and the known refusals of en-u..en-w),
invented pages.

Each test is one family, written as a page of our own; the guards are pages whose reading stays.
"""

from __future__ import annotations

import pytest

from readoutlib.errors import NotAReadoutError
from readoutlib.languages.en.genre import genre_of
from tests.languages.en.layout_kit import text_page as _text

# --- A routing label in capitals before the colon is no quoted speaker ------------------------------------


def test_capital_routing_label_is_no_quotation_headline() -> None:
    """'FROM STATE DEPARTMENT: about Secretary of State Kerry and ...' over a 'Subject: Readout of ...'
    mail: the capitals before the colon route the mail; no one is quoted, the call below is the page."""
    readout = _text(
        "FROM HARBOUR MINISTRY: about Minister Ruiz and Sylvanian Foreign Minister Tamm",
        "Subject: Readout of Minister Ruiz and Foreign Minister Tamm Call on May 3",
        "Colleagues: below is a readout of the Minister's conversation earlier today.",
        "Freedonian Minister Ana Ruiz and Sylvanian Foreign Minister Jaan Tamm spoke this morning ahead of "
        "the talks in Port Tan. They discussed the schedule of the talks.",
    )
    assert readout.event.kind == "phone_call"


def test_quoted_speaker_headline_still_refused() -> None:
    """Guard: a speaker named in title case before the colon is a quotation headline; a label in
    capitals is not."""
    assert genre_of("Ana Ruiz: Sylvania will be our partner for decades") == "quotation headline"
    assert genre_of("FROM HARBOUR MINISTRY: about Minister Ruiz and Foreign Minister Tamm") is None


def test_call_ahead_of_a_meeting_is_the_call() -> None:
    """'spoke this morning in advance of the meeting in Geneva tomorrow': the meeting is still to come;
    the call is the event."""
    readout = _text(
        "Minister Ruiz and Sylvanian Foreign Minister Tamm",
        "Freedonian Minister Ana Ruiz and Sylvanian Foreign Minister Jaan Tamm spoke this morning in advance "
        "of the meeting in Port Tan tomorrow. They discussed the schedule of the talks.",
    )
    assert readout.event.kind == "phone_call"


# --- A lead that opens on the day's meeting and tells what the two did in it ------------------------------


def test_days_meeting_opening_reports_the_meeting() -> None:
    """'In Monday's meeting at the Grand Serail, both Caretaker Prime Minister X and French Ambassador Y
    discussed ...': the adverbial names the meeting held that day; the sentence reports it."""
    readout = _text(
        "Ruiz and Tamm discuss the harbour crisis",
        "In Tuesday's meeting at the Palace of Port Ruiz, both Prime Minister Ana Ruiz and Sylvanian "
        "Ambassador Jaan Tamm discussed the harbour crisis.",
        "During the meeting, Ambassador Tamm stated that they both agreed on the need for dialogue.",
    )
    assert readout.event.kind == "meeting"
    assert {p.name for p in readout.event.participants} >= {"Ana Ruiz", "Jaan Tamm"}


def test_days_meeting_still_to_come_refused() -> None:
    """Guard: the day's meeting announced for the future reports nothing yet."""
    with pytest.raises(NotAReadoutError):
        _text(
            "Ruiz and Tamm to discuss the harbour crisis",
            "In Tuesday's meeting at the Palace of Port Ruiz, Prime Minister Ana Ruiz and Sylvanian "
            "Ambassador Jaan Tamm will discuss the harbour crisis.",
        )


# --- A bare photo credit line between the headline and the lead is furniture ----------------------------


def test_bare_photo_credit_line_is_furniture() -> None:
    """'Photo: Twitter/Ministry of Foreign Affairs of Peru', twice under the headline: a credit, not the
    lead; the lead below reports the meeting."""
    readout = _text(
        "Freedonia's Foreign Minister participates in Northern League Council of Ministers meeting",
        "Photo: Twitter/Ministry of Foreign Affairs of Freedonia",
        "Photo: Twitter/Ministry of Foreign Affairs of Freedonia",
        "14:00 | Port Tan (Sylvania), Sep. 21.",
        "Freedonian Foreign Minister Ana Ruiz on Wednesday participated in a meeting of the Northern "
        "League's (NL) Council of Foreign Affairs Ministers, with the aim of strengthening integration.",
        "According to the official account of the ministry, Minister Ruiz met with her peers from Sylvania, "
        "Jaan Tamm, and Osterlich, Karl Brandt.",
    )
    assert readout.event.kind == "meeting"
    assert "Ana Ruiz" in {p.name for p in readout.event.participants}


def test_body_session_stays_refused() -> None:
    """Guard: a body's numbered session is no meeting of principals ('participated in the 49th session
    of the Council')."""
    with pytest.raises(NotAReadoutError):
        _text(
            "Freedonia at the Council",
            "Freedonian Foreign Minister Ana Ruiz participated in the 49th session of the Harbour Council in "
            "Port Tan, where she delivered a statement on the river.",
        )


# --- A trip told in the present is announced, not reported ---------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Under Secretary Ana Ruiz is traveling to Port Tan, Sylvania, May 3-5. In Port Tan, she meets with "
        "Foreign Minister Jaan Tamm and civil society leaders.",
        "Under Secretary Ana Ruiz is on travel to Port Tan, Sylvania, May 3-5, where she meets with Foreign "
        "Minister Jaan Tamm.",
    ],
)
def test_present_trip_is_an_announcement(lead: str) -> None:
    """'Under Secretary X's Travel to Chile' over 'is traveling to Santiago, May 3-5 ... meets with':
    the trip and its meetings are still ahead."""
    with pytest.raises(NotAReadoutError):
        _text("Under Secretary Ruiz’s Travel to Sylvania", "Office of the Spokesperson", lead)


def test_trip_under_way_with_todays_meeting_reads() -> None:
    """Guard: a trip under way in the lead, and a paragraph below reporting the meeting held today."""
    readout = _text(
        "Under Secretary Ruiz Meets Sylvanian Foreign Minister Tamm",
        "Under Secretary Ana Ruiz is traveling to Port Tan, Sylvania, May 3-5.",
        "Today in Port Tan, Under Secretary Ruiz met with Sylvanian Foreign Minister Jaan Tamm. They "
        "discussed migration.",
    )
    assert readout.event.kind == "meeting"


def test_relative_clause_trip_keeps_the_call() -> None:
    """Guard: 'X, who is traveling to Y, spoke with Z' reports the call."""
    readout = _text(
        "Secretary Ruiz’s Call with Foreign Minister Tamm",
        "Secretary Ana Ruiz, who is traveling to Port Tan, spoke today with Sylvanian Foreign Minister Jaan "
        "Tamm. They discussed migration.",
    )
    assert readout.event.kind == "phone_call"


# --- A scene set by a temporal clause of travel is no trip ------------------------------------------------


def test_temporal_travel_clause_is_no_trip() -> None:
    """'... the three students who were shot in Burlington, Vermont as they traveled to one of their
    grandmother's homes': a statement on a shooting, no trip of anyone's."""
    with pytest.raises(NotAReadoutError):
        _text(
            "Statement from Minister Ruiz on the Attack on Students in Port Tan",
            "I join President Tamm and people across the country in praying for the two students who were "
            "attacked in Port Tan as they traveled to their university on Monday.",
            "We send our deepest sympathies to their families.",
        )


def test_caption_naming_who_is_pictured_stays() -> None:
    """Guard: 'Photo: EU Antony Blinken and Josep Borrell (L-R).' under a standfirst: a caption that
    names the pictured stays the line that closes the headline's block; the call below reads."""
    readout = _text(
        "Foreign Minister Ruiz spoke to Minister Tamm",
        "Minister Tamm will meet the Secretary General on Wednesday and will take part in a video "
        "conference of the Council",
        "Photo: Harbour League Jaan Tamm and Ana Ruiz (L-R).",
        "The Foreign Minister of Freedonia, Ana Ruiz, spoke with the Sylvanian Minister Jaan Tamm on "
        "Tuesday. They discussed the harbour.",
    )
    assert readout.event.kind == "phone_call"
