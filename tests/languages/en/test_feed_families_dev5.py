"""Families of feed pages (issue #8, round 2: feeds-dev5 and the briefing-room bulk), on invented pages.

Each test is one family the development feed samples (or the unlabelled bulk pages read for them)
showed, written as a page of our own.
"""

from __future__ import annotations

import pytest

from readoutlib.adapter import Layout
from readoutlib.analysis import analyze
from readoutlib.analysis.profile import Profile
from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind, Readout, Source


def _analyze(title: str | None, paragraphs: list[str]) -> Readout:
    """The Readout the analysis gives for a page of these layout parts."""
    return analyze(Layout(title, tuple(paragraphs)), source=Source(), profile=Profile())


def _refusal(title: str | None, paragraphs: list[str]) -> str:
    """The reason the analysis gives for refusing the page."""
    with pytest.raises(NotAReadoutError) as caught:
        _analyze(title, paragraphs)
    return caught.value.reason


@pytest.mark.parametrize(
    ("title", "opening", "kind"),
    [
        (
            "Readout of the Vice President’s Meeting with Harbour Mayors on Flood Defences",
            "Today, Vice President Ana Ruiz convened twelve mayors of the coastal cities to discuss flood "
            "defences.",
            EventKind.MEETING,
        ),
        (
            "Readout of the President’s Call with Prime Minister Eko Tan of Freedonia",
            "President Ana Ruiz and Prime Minister Eko Tan of Freedonia spoke today about the coming summit, "
            "which will be held in Port Ruiz next month.",
            EventKind.PHONE_CALL,
        ),
        (
            "Joint Readout of the Harbour Leaders Call",
            "Today the Harbour leaders – President Ana Ruiz of Freedonia and Prime Minister Eko Tan of "
            "Sylvania – reaffirmed their commitment to open sea lanes.",
            EventKind.PHONE_CALL,
        ),
    ],
)
def test_a_readout_title_over_a_past_opening_is_a_readout(title: str, opening: str, kind: EventKind) -> None:
    """A "Readout of ..." title is the genre's own word: an opening told in the past reports the event."""
    readout = _analyze(title, [opening, "They also discussed the harbour budget."])
    assert kind == readout.event.kind


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        (
            "Readout of the Vice President’s Travel to Port Ruiz",
            "The Vice President will travel to Port Ruiz.",
        ),
        (
            "Readout of the Adviser’s Participation at the Harbour Forum",
            "Today, Adviser Eko Tan delivered closing remarks at the Harbour Forum organised by Freedonia.",
        ),
    ],
)
def test_a_readout_title_needs_a_reported_encounter(title: str, opening: str) -> None:
    """Under a readout title, a trip still to come or remarks delivered is no report of an encounter."""
    with pytest.raises(NotAReadoutError):
        _analyze(title, [opening, "The forum closes tomorrow."])


@pytest.mark.parametrize(
    "opening",
    [
        "Yesterday, officials of the Harbour Council convened a listening session with dock workers.",
        "In his audience with Archbishop Eko Tan today, President Ana Ruiz thanked him for his work.",
        "Today, the Harbour Council was joined by President Ana Ruiz of Freedonia.",
    ],
)
def test_convenings_audiences_and_listening_sessions_are_meetings(opening: str) -> None:
    """A readout of people convened, an audience or a body joined by a leader names a meeting."""
    readout = _analyze(
        "Readout of the Harbour Council Session", [opening, "They discussed the harbour budget."]
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


REMARKS = "not a readout: the page reports remarks: its lead frames a quotation, not the event"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Answering questions from the media after a meeting with Prime Minister Eko Tan in Port Ruiz, "
        "President Ana Ruiz said that the harbour would reopen.",
        "The harbour will reopen soon, said the President during a conversation with media representatives "
        "after talks with Prime Minister Eko Tan in Port Ruiz.",
    ],
)
def test_answers_to_the_media_after_talks_are_remarks(paragraph: str) -> None:
    """A quotation headline whose lead gives answers to the media after talks reports remarks."""
    reason = _refusal(
        "The harbour will reopen soon - President Ana Ruiz", [paragraph, "She thanked Freedonia."]
    )
    expected = REMARKS
    assert expected == reason


def test_a_quotation_headline_alone_reports_no_event() -> None:
    """A quotation headline naming a meeting as the venue of remarks is no report when the body has none."""
    reason = _refusal(
        "Freedonia will build strong harbours - President during a meeting with students of Port Ruiz",
        ["After the storm, Freedonia will rebuild its harbours with stronger walls, the President said."],
    )
    expected = (
        "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
    )
    assert expected == reason


def test_a_visit_to_be_paid_today_is_announced() -> None:
    """ "Will pay a visit ... and hold talks" announces the trip; it reports nothing yet."""
    reason = _refusal(
        "Regarding the President's participation in the Harbour Conference",
        [
            "Today, President Ana Ruiz will pay a visit to Port Ruiz to take part in the conference "
            "and hold talks."
        ],
    )
    expected = "not a readout: the opening announces a future event instead of reporting one"
    assert expected == reason


def test_a_dialogue_reported_by_its_chairs_is_talks() -> None:
    """A joint statement saying who chaired the dialogue round reports that round."""
    readout = _analyze(
        "Joint Statement on the Eighth Freedonia-Sylvania Economic Dialogue",
        [
            "The Eighth Freedonia-Sylvania Economic Dialogue on June 8 was co-chaired by "
            "Deputy Minister Eko Tan and Assistant Secretary Ana Ruiz.",
            "The two delegations discussed trade.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


@pytest.mark.parametrize(
    "opening",
    [
        "Deputy Head Eko Tan held consultations with the Sylvanian delegation led by Minister Ana Ruiz.",
        "On January 26, the meeting of political advisers to the leaders of the Normandy format countries "
        "took place in Paris.",
    ],
)
def test_consultations_with_a_delegation_are_talks(opening: str) -> None:
    """Consultations with a delegation and a Normandy-format round are talks, whatever the headline verb."""
    readout = _analyze("Eko Tan met with the Sylvanian delegation", [opening, "They discussed the border."])
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_talks_reported_before_the_press_remarks_stay_a_readout() -> None:
    """A lead reporting the talks stays a readout though the next sentence quotes the press remarks."""
    readout = _analyze(
        "The President and the Prime Minister of Sylvania discussed trade",
        [
            "President Ana Ruiz held negotiations with Prime Minister Eko Tan of Sylvania who is on a visit. "
            '"We held meaningful talks," the President said during a meeting with media representatives.',
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_conferring_an_honorary_title_is_an_award() -> None:
    """A title conferred on a city is an award, whoever the leader addressed there."""
    reason = _refusal(
        "President Ruiz conferred the honorary title of Rescuer City on Port Tan and invited the Senate",
        ["President Ana Ruiz signed a decree and spoke with Governor Eko Tan about the title."],
    )
    expected = "not a readout: the title names another kind of page (awards or decorations)"
    assert expected == reason


def test_people_hosted_across_a_region_are_no_event() -> None:
    """An aid announcement naming refugees "hosted across" a region reports no meeting."""
    with pytest.raises(NotAReadoutError):
        _analyze(
            "Humanitarian Assistance for the Northern Coast",
            [
                "Freedonia announced today more than $5 million in humanitarian assistance for the coast.",
                "This assistance will help the refugees currently hosted across the region.",
            ],
        )


def test_a_readout_lead_ending_in_a_list_is_still_the_lead() -> None:
    """A "Readout:" title over a lead that ends by introducing bullets ("... to:") reads that lead."""
    readout = _analyze(
        "Readout: The Harbour Council Convenes Local Pilots",
        [
            "Today, the Harbour Council convened over 80 pilots from 50 ports. "
            "The convening brought them together to:",
            "- Share common challenges;",
            "- Discuss the harbour budget.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind
