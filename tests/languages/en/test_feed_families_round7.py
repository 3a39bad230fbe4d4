"""Families of feed pages (issue #8, round 7: feeds-dev10 and the earlier samples' misses), invented pages.

Each test is one family the tenth development feed sample (or an earlier one) showed, written as a page
of our own. Labels and kinds follow the convention the development samples state (a working group's
round is talks; a trip the headline names is a visit; the channel is the event's own, not that of an
earlier event the lead mentions).
"""

from __future__ import annotations

from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal

# --- Kinds: a round or a trip the headline names -------------------------------------------------


def test_a_working_groups_meeting_in_the_headline_is_talks() -> None:
    """'Joint Statement of the Second Meeting of the A-B Harbour Working Group' is a round: talks."""
    readout = _analyze(
        "Joint Statement of the Second Meeting of the Freedonia-Sylvania Harbour Security Working Group",
        [
            "The text of the following statement was released by the Governments of Freedonia and Sylvania.",
            "The Harbour Police of Freedonia hosted the second meeting of the Freedonia-Sylvania Harbour "
            "Security Working Group in Port Tan on 3-4 May, 2031. Director Eko Tan led the Freedonian "
            "delegation and Deputy Minister Ana Ruiz led the Sylvanian delegation.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_working_lunch_in_the_headline_is_no_round() -> None:
    """'Meeting with X at a Working Lunch' is no working group: the lead's meeting stays (a guard)."""
    readout = _analyze(
        "Minister Ruiz’s Working Lunch with Sylvanian Foreign Minister Tan",
        [
            "Foreign Minister Ana Ruiz of Freedonia met Sylvanian Foreign Minister Eko Tan for a working "
            "lunch."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_trip_the_headline_names_is_a_visit() -> None:
    """'Counselor X's Trip to Y' over a lead listing the officials met there is a visit."""
    readout = _analyze(
        "Counselor Ruiz’s Trip to Sylvania",
        [
            "Counselor of the Ministry Ana Ruiz met with Sylvanian Prime Minister Eko Tan, Foreign Minister "
            "Jon Bell, and Deputy Foreign Minister Mia Vale in Port Tan on May 3-4. They discussed energy "
            "security and the harbour."
        ],
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind


# --- Kinds: whose channel ----------------------------------------------------------------------------


def test_the_channel_of_the_session_before_a_call_is_not_the_calls() -> None:
    """'Following the session (via videoconference), A and B spoke on the phone' is a phone call."""
    readout = _analyze(
        "Telephone conversation with President of Sylvania Eko Tan",
        [
            "Following the emergency session of the Harbour Treaty Council (via videoconference), President "
            "Ana Ruiz and President of Sylvania Eko Tan spoke on the phone to discuss the crisis in the "
            "harbour."
        ],
    )
    expected = EventKind.PHONE_CALL
    assert expected == readout.event.kind


def test_agreements_reached_during_an_earlier_video_conference_name_no_channel() -> None:
    """A meeting 'in accordance with agreements reached during a video conference' was held in person."""
    readout = _analyze(
        "President Ruiz receives advisers to the leaders of Sylvania and Ruritania",
        [
            "President Ana Ruiz met with adviser to the Sylvanian Prime Minister Eko Tan and adviser to the "
            "President of Ruritania Jon Bell in Port Tan in accordance with previous agreements reached "
            "during a video conference on May 4."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_meeting_held_by_videoconference_still_is_a_video_call() -> None:
    """'held a meeting, via videoconference, following the session' keeps its own channel (a guard)."""
    readout = _analyze(
        "Meeting with Government members",
        [
            "Following the session of the Harbour Council, President Ana Ruiz held a meeting, via "
            "videoconference, with Prime Minister Eko Tan and Government members."
        ],
    )
    expected = EventKind.VIDEO_CALL
    assert expected == readout.event.kind


def test_a_channel_the_sentence_after_the_opening_gives_is_the_events() -> None:
    """'A meeting of the Council was held ... The event was held as a video conference.' is a video call."""
    readout = _analyze(
        "President Ruiz holds the first meeting of the Council of Mayors this year",
        [
            "With the participation of President of Freedonia Ana Ruiz, a meeting of the Council of Mayors "
            "was held to discuss the reconstruction of the harbour. The event was held as a video "
            "conference. The participants discussed housing for those who had lost their homes.",
        ],
    )
    expected = EventKind.VIDEO_CALL
    assert expected == readout.event.kind


def test_a_forum_its_host_convened_is_reported_and_its_virtual_meeting_named_later_is_a_video_call() -> None:
    """'The President convened his third Harbour Forum'; 'A, B and C participated in the virtual meeting'."""
    readout = _analyze(
        "Chair’s Summary of the Harbour Forum Held by President Ana Ruiz",
        [
            "On June 17, 2031, President of Freedonia Ana Ruiz convened her third Harbour Forum on Energy to "
            "build on the progress achieved at the Port Tan conference. Participants shared the steps they "
            "are taking to clean their harbours.",
            "Sylvania, Ruritania, the Northern Union and Prime Minister of Sylvania Eko Tan participated in "
            "the virtual meeting.",
        ],
    )
    expected = EventKind.VIDEO_CALL
    assert expected == readout.event.kind


def test_a_briefing_held_with_legislators_is_a_meeting() -> None:
    """Officials who 'held a briefing with a group of Members of Parliament' met them."""
    readout = _analyze(
        "Readout of Parliamentary Briefing on the Harbour Bill",
        [
            "This afternoon, senior officials including Harbour Minister Ana Ruiz and Deputy Minister Eko "
            "Tan held a briefing with a bipartisan group of Members of Parliament to discuss the harbour "
            "bill."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


# --- Domestic convenings: who met, where the page says ----------------------------------------------


def test_a_council_meeting_names_who_gave_its_opening_remarks_and_its_co_chairs() -> None:
    """A council meeting whose opening names only offices names its opening speaker and co-chairs."""
    readout = _analyze(
        "Readout of Council of Mayors Meeting",
        [
            "Yesterday, senior officials from the Palace and the Ministry of the Interior participated in "
            "the first Council of Mayors meeting of the year to discuss upcoming priorities. Minister of the "
            "Interior Ana Ruiz provided opening remarks along with the Co-Chairs of the Council of Mayors, "
            "Mayor Eko Tan (PT) and Mayor Jon Bell (NV). The members also heard updates on flood "
            "preparedness.",
        ],
    )
    expected = ("Ana Ruiz", "Eko Tan", "Jon Bell")
    assert expected == tuple(p.name for p in readout.event.participants)


def test_a_convenings_participants_sentence_names_who_met() -> None:
    """'Participants included X, Y and Z' under a convening that names nobody in its opening names them."""
    readout = _analyze(
        "Readout of Roundtable Discussion with Cabinet Members",
        [
            "Today, the Palace hosted a convening of Cabinet members to mark Harbour Day.",
            "During the discussion, officials noted their commitment to the harbour.",
            "Participants included Harbour Minister Ana Ruiz, Housing Minister Eko Tan and Budget Director "
            "Jon Bell.",
        ],
    )
    expected = ("Ana Ruiz", "Eko Tan", "Jon Bell")
    assert expected == tuple(p.name for p in readout.event.participants)


def test_an_interagency_working_group_is_a_meeting_of_one_side() -> None:
    """A government's own 'Interagency Working Group' its advisers convened is a meeting, not talks."""
    readout = _analyze(
        "Readout of the Interagency Working Group on Harbour Communities Meeting",
        [
            "Today, Climate Adviser Ana Ruiz and Economic Adviser Eko Tan convened the Interagency Working "
            "Group on Harbour Communities, where they were joined by Cabinet members."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


# --- Not readouts: words that look like an encounter ------------------------------------------------

#: The refusal of a page whose opening reports no event.
_NO_REPORT = (
    "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
)


def test_calls_a_government_has_ignored_are_no_call() -> None:
    """A statement that a government 'has ignored calls from the international community' reports no call."""
    reason = _refusal(
        "Transfer of the Harbour District to Sylvanian Control",
        [
            "Freedonia condemns the announcement by Sylvanian leader Eko Tan today regarding the transfer of "
            "the harbour district. Since last year, the Sylvanian authorities have ignored calls from the "
            "international community to return the district to the harbour commission.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_ministers_who_held_extended_talks_still_report_them() -> None:
    """'A and B held extended talks' stays an event: the participle guard reads only after has/have/had."""
    readout = _analyze(
        "Freedonia-Sylvania talks",
        [
            "Foreign Minister Ana Ruiz of Freedonia and Foreign Minister Eko Tan of Sylvania held extended "
            "talks in Port Tan."
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_an_anniversary_statement_that_recalls_last_years_visit_is_no_readout() -> None:
    """'Last year, on this day, I traveled to X and met Y' in an anniversary statement is no readout."""
    reason = _refusal(
        "Statement by the President on the First Anniversary of the Harbour Flood",
        [
            "Last year, on this day, I traveled to Port Tan, Sylvania, and had the honor of meeting with "
            "President Eko Tan and the families of the victims.",
            "Today, we remember the lives lost.",
        ],
    )
    expected = "not a readout: the title names another kind of page (statement)"
    assert expected == reason


def test_a_statement_on_todays_meeting_still_reports_it() -> None:
    """'Today, I met with President X' under a statement still reports the meeting (a guard)."""
    readout = _analyze(
        "Statement by the President on the First Anniversary of the Harbour Flood",
        ["Today, President Ana Ruiz of Freedonia met with President Eko Tan of Sylvania in Port Tan."],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_speaking_directly_to_the_nation_is_no_conversation() -> None:
    """'The President spoke directly to the Freedonian people' in a digest of praise reports no event."""
    reason = _refusal(
        "Wide Range of Constituencies Applaud the President’s Harbour Vision",
        [
            "In his first address to Parliament, the President spoke directly to the Freedonian people about "
            "his vision for the harbour. He reminded the country that its best days lie ahead.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_a_community_that_has_spoken_with_one_voice_held_no_call() -> None:
    """'The international community has spoken with powerful unity' is a manner of speech, not a call."""
    reason = _refusal(
        "Freedonian Leadership on the Crisis in the Harbour",
        [
            "Since President Eko Tan of Sylvania began the blockade of the harbour, the international "
            "community has spoken with powerful unity to denounce it and demand its end.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_the_arrival_of_a_flight_is_no_visit() -> None:
    """'Statement ... on the Arrival of the First Flight of Operation X' tells an arrival, not a visit."""
    reason = _refusal(
        "Statement of the President on the Arrival of the First Flight of Operation Harbour Refuge",
        [
            "Today is an important milestone for the families who served alongside our diplomats. This "
            "morning, the first flight of Operation Harbour Refuge has arrived in Freedonia, carrying them.",
        ],
    )
    expected = "not a readout: the title names another kind of page (arrival)"
    assert expected == reason


def test_a_spokespersons_statement_on_a_meeting_reports_it_by_its_title() -> None:
    """'Statement ... on the President's Meeting with G7 Leaders' over 'They reaffirmed ...' is a meeting."""
    readout = _analyze(
        "Statement by the Press Secretary on President Ruiz’s Meeting with Harbour League Leaders",
        [
            "President Ana Ruiz and the Harbour League Leaders reaffirmed their resolve to respond swiftly "
            "to the blockade of the harbour and agreed to move forward on a package of measures.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_statement_announcing_a_meeting_stays_refused() -> None:
    """'Statement ... Announcing the President's Meeting with X' over a future lead is refused (a guard)."""
    reason = _refusal(
        "Statement by the Press Secretary Announcing President Ruiz’s Meeting with Prime Minister Tan",
        ["On Tuesday, President Ana Ruiz will welcome Prime Minister Eko Tan of Sylvania to the Palace."],
    )
    expected = "not a readout: the opening announces a future event instead of reporting one"
    assert expected == reason


def test_a_statement_on_a_meeting_the_president_looks_forward_to_stays_refused() -> None:
    """'Statement ... on the Meeting between A and B' over 'A looks forward to welcoming B' (a guard)."""
    reason = _refusal(
        "Statement by the Press Secretary on the Meeting between President Ruiz and Prime Minister Tan",
        [
            "President Ruiz looks forward to welcoming Prime Minister Eko Tan of Sylvania to the Palace on "
            "May 16, 2031. The leaders will discuss the harbour."
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_a_minister_who_reported_to_the_president_met_him() -> None:
    """'Meeting with Minister X' over 'Minister X reported to the President on ...' is a meeting."""
    readout = _analyze(
        "Meeting with Harbour Minister Eko Tan",
        [
            "Harbour Minister Eko Tan reported to the President on the situation in the harbour and on the "
            "measures to support the fishing fleet.",
            "According to the Minister, the fleet has been repaired.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_words_framed_by_an_earlier_call_report_no_call() -> None:
    """'As I told X yesterday during our phone call, ...' in a statement on an election is no readout."""
    reason = _refusal(
        "Statement by the President on Eko Tan’s Election as President of Sylvania",
        [
            "I congratulate my long-time friend Eko Tan on his election as President of Sylvania. As I told "
            "President Tan yesterday during our phone call, Freedonia is determined to strengthen the "
            "partnership between our countries.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_a_governments_own_working_group_is_a_meeting() -> None:
    """'Readout of the First Meeting of the Palace Working Group on the Harbour' is one side's meeting."""
    readout = _analyze(
        "Readout of the First Meeting of the Palace Working Group on the Harbour",
        [
            "Today, Policy Adviser Ana Ruiz and Economic Adviser Eko Tan chaired the inaugural meeting of "
            "the Palace Working Group on the Harbour."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_press_availability_after_a_meeting_is_no_readout() -> None:
    """'Press Availability Following a Meeting with President X' is remarks to the press."""
    reason = _refusal(
        "Press Availability Following a Meeting with Sylvanian President Tan",
        [
            "Good afternoon. It is wonderful to be back in Port Tan. I want to thank President Eko Tan for "
            "his hospitality. We just concluded a very productive meeting.",
        ],
    )
    expected = (
        "not a readout: the title names another kind of page (press conference or statements for the press)"
    )
    assert expected == reason
