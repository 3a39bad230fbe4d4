"""Families of feed pages (issue #8, feeds-dev4 and -dev5): readout or not, and the kind, invented pages.

Each test is one family the development feed samples showed, written as a page of our own.
"""

from __future__ import annotations

import pytest

from readoutlib.errors import NotAReadoutError
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal


def _genre(family: str) -> str:
    return f"not a readout: the title names another kind of page ({family})"


REMARKS = "not a readout: the page reports remarks: its lead frames a quotation, not the event"


def test_a_tour_of_a_facility_is_a_site_visit() -> None:
    """A leader touring a shipyard at home is refused by the title, whoever he greets there."""
    reason = _refusal(
        "The President toured the new shipyard in Port Ruiz",
        ["President Ana Ruiz toured the shipyard of Port Ruiz with Governor Eko Tan and thanked workers."],
    )
    assert _genre("site visit") == reason


def test_a_visit_to_an_exhibition_is_a_site_visit() -> None:
    """An event page titled 'Visit to <an exhibition>' is a tour, not a visit to a counterpart."""
    reason = _refusal(
        "Visit to Harbours of the North: The Age of Sail exhibition",
        ["President Ana Ruiz visited the exhibition at the National Park of Port Ruiz."],
    )
    assert _genre("site visit") == reason


def test_presenting_state_awards_is_not_a_readout() -> None:
    """Decorations handed to rescuers are a ceremony, even when the leader meets them."""
    reason = _refusal(
        "President Ruiz presented the Golden Anchor Orders to the flood rescuers",
        ["President Ana Ruiz presented the Golden Anchor Orders to the rescuers and met their families."],
    )
    assert _genre("awards or decorations") == reason


def test_honouring_the_memory_of_the_fallen_is_a_memorial() -> None:
    """Honouring the fallen on a working trip is a commemoration, not a visit to a counterpart."""
    reason = _refusal(
        "In the north, the President honored the memory of the fallen rescuers",
        ["On a working trip, President Ana Ruiz visited Port Ruiz and honored the memory of the rescuers."],
    )
    assert _genre("memorial") == reason


def test_a_summit_session_is_not_a_meeting() -> None:
    """A leader's part in a summit's working session is a speech, not a readout of a meeting."""
    reason = _refusal(
        "Northern Corridor Summit second session",
        [
            "President Ana Ruiz took part, via videoconference, in the second working session of the "
            "heads of delegations of the Northern Corridor states."
        ],
    )
    assert _genre("summit or forum session") == reason


def test_an_arrival_note_is_not_a_readout() -> None:
    """Visitors arriving, even when an official greets them, is a note of an arrival."""
    reason = _refusal(
        "Twelve Sylvanian students arrive in Freedonia for a summer school",
        ["They were met at the airport by Foreign Minister Ana Ruiz of Freedonia."],
    )
    assert _genre("arrival") == reason


def test_a_sanctions_announcement_is_not_a_readout() -> None:
    """A statement of sanctions whose author spoke with a counterpart that morning is not a readout."""
    reason = _refusal(
        "Sylvania’s Financial Sanctions Against Freedonia",
        ["I spoke this morning with Sylvanian Foreign Minister Eko Tan, and we agreed on the measures."],
    )
    assert _genre("sanctions announcement") == reason


def test_a_symposium_is_not_a_readout() -> None:
    """A symposium co-hosted by two states is a conference, not talks between them."""
    reason = _refusal(
        "Regional Symposium on Maritime Law",
        ["Freedonia and Sylvania co-hosted the Regional Symposium on Maritime Law in Port Ruiz on May 3."],
    )
    assert _genre("conference or symposium") == reason


def test_a_ceremony_in_the_plural_is_a_ceremony() -> None:
    """Credentials received at one of 'such ceremonies' are a ceremony, like 'a ceremony'."""
    reason = _refusal(
        "President received credentials from three Ambassadors and began a tradition of such ceremonies",
        ["President Ana Ruiz received credentials from the Ambassador of Sylvania Eko Tan."],
    )
    assert _genre("ceremony or launch") == reason


def test_a_test_launch_is_not_a_readout() -> None:
    """A leader watching a test launch by video is no video call."""
    reason = _refusal(
        "Test launch of the Northern Star rocket",
        ["The President watched, via videoconference, the test launch and congratulated the engineers."],
    )
    assert _genre("ceremony or launch") == reason


def test_a_round_up_of_press_coverage_is_not_a_readout() -> None:
    """'What they are reading' is a press round-up like 'what they are saying' (and since fam50 the
    reason says so: the round-up row reads it before the address row)."""
    reason = _refusal(
        "What They are Reading in the Provinces: Ministers Tour the Country",
        ["This week, Minister Ana Ruiz met with farmers in Port Ruiz to discuss the harvest."],
    )
    assert _genre("round-up of reactions") == reason


def test_a_quotation_headline_with_a_titled_speaker_frames_an_interview() -> None:
    """'Head of State: ...' over a call told in an interview reports remarks, not the call."""
    reason = _refusal(
        "Head of State: We have done everything to keep the harbour open",
        [
            "During a phone conversation with Sylvanian President Eko Tan, President Ana Ruiz spoke "
            "about a new platform for the harbour talks. The Head of State spoke about this in an "
            "interview for Channel 5."
        ],
    )
    expected = REMARKS
    assert expected == reason


def test_a_frame_after_the_lead_naming_the_media_reports_remarks() -> None:
    """A lead about talks followed by 'made this statement during a meeting with media' is remarks."""
    reason = _refusal(
        "Freedonia is grateful to Sylvania for its support - President",
        [
            "President Ana Ruiz said that the key issues in the talks with Prime Minister of Sylvania "
            "Eko Tan were trade and the harbour. The Head of State made this statement during a "
            "meeting with media representatives following the talks."
        ],
    )
    expected = REMARKS
    assert expected == reason


def test_a_frame_naming_no_venue_keeps_the_talks_a_readout() -> None:
    """'This was announced by the head of delegation' after a lead on the talks leaves a readout."""
    readout = _analyze(
        "During the negotiations in Port Ruiz, the delegation outlined its proposals on the harbour",
        [
            "During the talks with Sylvania in Port Ruiz, the Freedonian delegation outlined its "
            "proposals on the harbour. This was announced by Head of the delegation Ana Ruiz."
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_fact_sheet_bullet_is_not_the_opening() -> None:
    """A bullet reporting a meeting does not make a fact sheet of engagements a readout."""
    reason = _refusal(
        "Freedonia’s Engagement with the Harbour Fund",
        [
            "- Revitalizing High-Level Engagement: On June 7, Ambassador Ana Ruiz met with Fund "
            "Director Eko Tan.",
            "- Funding: Freedonia gave the Fund USD 30 million this year.",
        ],
    )
    expected = (
        "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
    )
    assert expected == reason


def test_a_joint_communique_on_a_dialogue_just_held_is_a_readout() -> None:
    """A joint communiqué whose text opens with the consultations held today reports them: talks."""
    readout = _analyze(
        "Joint Communiqué on the Freedonia-Sylvania Strategic Dialogue on Regional Issues",
        [
            "The following is the text of a joint statement by the two Governments.",
            "Begin text:",
            "Foreign Minister Ana Ruiz of Freedonia and Deputy Secretary Eko Tan of Sylvania held "
            "bilateral political consultations in Port Ruiz today and co-chaired a session of the "
            "Strategic Dialogue.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_joint_communique_of_positions_is_still_refused() -> None:
    """A leaders' communiqué that states positions stays a communiqué."""
    reason = _refusal(
        "Joint Communiqué of the Northern Corridor Leaders",
        ["We, the leaders of the Northern Corridor, met in Port Ruiz and commit to open harbours."],
    )
    assert _genre("communiqué or declaration") == reason


def test_a_meeting_that_started_is_reported() -> None:
    """'The meeting between X and Y, who is on a visit, started in Z' reports a meeting (not a visit)."""
    readout = _analyze(
        "President started a meeting with the Chancellor of Sylvania who is on a visit to Freedonia",
        [
            "The meeting between President of Freedonia Ana Ruiz and Federal Chancellor of the "
            "Republic of Sylvania Eko Tan, who is on a working visit to our country, started in Port Ruiz.",
            "After the meeting, the two leaders will hold a meeting with media representatives.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_taking_part_in_the_opening_of_consultations_is_reported() -> None:
    """Joining the opening of intergovernmental consultations reports the consultations: talks."""
    readout = _analyze(
        "The President took part in the opening of the Freedonian-Sylvanian intergovernmental consultations",
        [
            "President of Freedonia Ana Ruiz took part in the opening of the Freedonian-Sylvanian "
            "intergovernmental consultations with Prime Minister of Sylvania Eko Tan."
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_discussed_with_a_titled_counterpart_is_a_conversation() -> None:
    """'X discussed Y with <the counterpart>' reports a conversation whose channel is not named."""
    readout = _analyze(
        "Deputy Head Ana Ruiz discussed the harbour with the Adviser to the Prime Minister of Sylvania",
        [
            "Deputy Head of the Office of the President Ana Ruiz discussed the harbour project with "
            "Adviser to the Prime Minister of Sylvania Eko Tan."
        ],
    )
    expected = EventKind.OTHER
    assert expected == readout.event.kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry calls on President Ana Ruiz and First Vice President Eko Tan of Sylvania to do "
        "their utmost to de-escalate tensions.",
        "Since that day, Freedonia has steadfastly called for those responsible to be held accountable.",
        "On Friday, President Ana Ruiz will participate in the Leaders’ Virtual Retreat hosted by Prime "
        "Minister Eko Tan of Sylvania.",
    ],
)
def test_demands_and_coming_events_are_not_reports(sentence: str) -> None:
    """'calls on X ... to act', 'has called for' and 'will participate' report no event."""
    reason = _refusal("Freedonia’s Concern About the Harbour", [sentence])
    assert reason in {
        "not a readout: no past-tense report of a call, meeting or talks between principals in the opening",
        "not a readout: the opening announces a future event instead of reporting one",
    }


def test_the_future_participation_is_announced() -> None:
    """'will participate in ..., hosted by X' announces an event to come."""
    reason = _refusal(
        "Statement by the Spokesperson on the President’s Participation in the Leaders’ Retreat",
        [
            "On Friday, President Ana Ruiz will participate in the Leaders’ Virtual Retreat hosted by "
            "Prime Minister Eko Tan of Sylvania."
        ],
    )
    expected = "not a readout: the opening announces a future event instead of reporting one"
    assert expected == reason


def test_a_conference_call_chaired_by_the_president_is_a_call() -> None:
    """A conference call chaired by the President is reported, and its kind is a phone call."""
    readout = _analyze(
        "The harvest was discussed at a meeting chaired by the President",
        [
            "The harvest was discussed at a conference call on the drought chaired by President of "
            "Freedonia Ana Ruiz with Sylvanian Minister Eko Tan."
        ],
    )
    expected = EventKind.PHONE_CALL
    assert expected == readout.event.kind


@pytest.mark.parametrize(
    ("title", "opening", "kind"),
    [
        (
            "Seventh Freedonia-Sylvania Strategic Dialogue",
            "Senior delegations of Freedonia and Sylvania met virtually on May 21 for the dialogue.",
            EventKind.VIDEO_CALL,
        ),
        (
            "Minister Ana Ruiz had a video conversation with Sylvanian envoy Eko Tan",
            "Minister Ana Ruiz had a video conversation with Sylvanian envoy Eko Tan.",
            EventKind.VIDEO_CALL,
        ),
        (
            "Meeting with President of Sylvania Eko Tan",
            "The Palace hosted talks between President Ana Ruiz and President of Sylvania Eko Tan.",
            EventKind.TALKS,
        ),
        (
            "Joint Statement on the Meeting of the Freedonia-Sylvania Consultative Group",
            "On May 31, Adviser Ana Ruiz and Sylvanian Adviser Eko Tan convened a meeting of the "
            "Freedonia-Sylvania Strategic Consultative Group.",
            EventKind.TALKS,
        ),
    ],
)
def test_kinds_of_the_feed_families(title: str, opening: str, kind: EventKind) -> None:
    """'met virtually', 'video conversation', 'hosted talks' and a consultative group's meeting."""
    assert kind == _analyze(title, [opening]).event.kind


def test_a_transcript_after_the_lead_of_an_event_page_keeps_the_readout() -> None:
    """An event page ('Talks with ...') whose lead reports the talks may print the exchange after it."""
    readout = _analyze(
        "Talks with Prime Minister of Sylvania Eko Tan",
        [
            "President Ana Ruiz held talks with Prime Minister of Sylvania Eko Tan in Port Ruiz.",
            "President Ana Ruiz: Mr Prime Minister, welcome. We have not met for a year. (Laughter.)",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_transcript_with_laughter_and_no_event_headline_is_refused() -> None:
    """Without a headline reporting the event, audience reactions still mark a transcript."""
    reason = _refusal(
        "The Harbour in Our Time",
        [
            "President Ana Ruiz held talks with Prime Minister of Sylvania Eko Tan in Port Ruiz.",
            "President Ana Ruiz: Mr Prime Minister, welcome. (Laughter.)",
        ],
    )
    expected = "not a readout: the page is a transcript (speaker labels or audience reactions)"
    assert expected == reason


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        (
            "Deputy Secretary Ana Ruiz’s Participation in the Strategic Dialogue with Sylvania",
            "Deputy Secretary Ana Ruiz led an interagency delegation to Port Ruiz to take part in the "
            "Freedonia-Sylvania Strategic Dialogue; Deputy Minister Eko Tan led the Sylvanian delegation.",
        ),
        (
            "Freedonia-Sylvania Bi-National Forum",
            "Assistant Secretary Ana Ruiz and Sylvanian Foreign Minister Eko Tan concluded the sixth annual "
            "Freedonia-Sylvania Bi-National Forum today.",
        ),
        # a ten-government working group's joint statement was here: fam224 (the lead's settling of fam205's
        # line) refuses it, tests/languages/en/test_kinds_fam224.py
    ],
)
def test_delegation_rounds_are_reported_as_talks(title: str, opening: str) -> None:
    """A delegation led to a dialogue, a forum concluded: talks."""
    expected = EventKind.TALKS
    assert expected == _analyze(title, [opening]).event.kind


def test_a_quotation_headline_over_awards_handed_out_is_not_a_readout() -> None:
    """Under a quotation headline, a lead that reports awards presented tells a ceremony."""
    reason = _refusal(
        "Volodymyr Ruiz: The Border Guard is a pillar of our defence",
        [
            "On the Day of the Border Guard, President Ana Ruiz met with the defenders of the border and "
            "presented awards to them."
        ],
    )
    expected = "not a readout: the lead tells another kind of event (awards or decorations)"
    assert expected == reason


@pytest.mark.parametrize(
    "title",
    [
        "Meeting with families awarded the Order of the Golden Anchor",
        "Ana Ruiz and Eko Tan visited the cathedral of Port Ruiz and had a walk in the old town",
    ],
)
def test_a_meeting_or_a_joint_walk_is_not_a_ceremony_or_a_tour(title: str) -> None:
    """'Meeting with families awarded ...' and two leaders touring together are events, not genres."""
    readout = _analyze(
        title,
        [
            "President of Freedonia Ana Ruiz met with Prime Minister of Sylvania Eko Tan and the families "
            "in Port Ruiz."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_discussed_how_is_a_topic_not_a_conversation() -> None:
    """'discussed how X is popular with the Freedonian people' names no counterpart."""
    reason = _refusal(
        "Freedonia’s Harbour Plan",
        ["The President discussed how the harbour plan is popular with the Freedonian people."],
    )
    expected = (
        "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
    )
    assert expected == reason


def test_a_quotation_headline_over_a_tour_is_not_a_readout() -> None:
    """Under a quotation headline, a lead that tours a lyceum and meets its cadets tells a site visit."""
    reason = _refusal(
        "The best cadets will receive an award every year - Ana Ruiz",
        [
            "On the Day of the Harbour Guard, President Ana Ruiz visited the Port Ruiz Naval Lyceum and "
            "met with cadets and students of naval schools."
        ],
    )
    expected = "not a readout: the lead tells another kind of event (site visit)"
    assert expected == reason


def test_a_delegation_led_to_a_capital_is_a_visit() -> None:
    """A trip readout opening 'led an interagency delegation to Lima' before its meetings is a visit."""
    readout = _analyze(
        "Readout of Homeland Security Adviser Ana Ruiz’s Trip to Sylvania",
        [
            "On February 6-7, Security Adviser Ana Ruiz led an interagency delegation to Sylvania to "
            "strengthen cooperation. She met with Sylvanian President Eko Tan."
        ],
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind


def test_a_statement_recalling_a_past_discussion_is_not_a_readout() -> None:
    """'As the President recently discussed with X, ...' recalls a conversation; the page reports none."""
    reason = _refusal(
        "Statement from the Spokesperson on Developments in Sylvania",
        [
            "As the President recently discussed with Prime Minister Eko Tan, democratic values have "
            "always been a hallmark of the relationship."
        ],
    )
    expected = (
        "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
    )
    assert expected == reason


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        (
            "Readout of the Second Harbour Task Force Meeting",
            "Today, Adviser Ana Ruiz convened the second National Harbour Task Force to discuss the plan.",
        ),
        (
            "Readout of the White House Roundtable on Clean Ferries",
            "Today, Adviser Ana Ruiz convened a roundtable with ferry makers on clean ferries.",
        ),
    ],
)
def test_task_forces_and_roundtables_are_domestic_meetings(title: str, opening: str) -> None:
    """A task force convened by its chair and a roundtable are meetings (domestic readouts parse)."""
    expected = EventKind.MEETING
    assert expected == _analyze(title, [opening]).event.kind


def test_a_recently_convened_body_is_no_report() -> None:
    """'the recently convened Task Force' in a notice of a coming meeting reports no event."""
    reason = _refusal(
        "Meeting of the Advisory Committee on Harbour Services",
        ["At the meeting, the Ministry will present a proposal to the recently convened Task Force."],
    )
    expected = (
        "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
    )
    assert expected == reason


# Round 2: feeds-dev5 and the briefing-room bulk pages.


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
