"""Families of feed pages (issue #8, round 6: feeds-dev9 and the bulk pages it pointed to), invented pages.

Each test is one family the ninth development feed sample (or the bulk check beside it) showed, written
as a page of our own. Labels and kinds follow the convention the development samples state (a
multilateral declaration is no readout; a channel the lead names decides the kind; a delegation-level
round is talks).
"""

from __future__ import annotations

from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal

#: The refusal of a page that names no principal for a call or a message.
_NO_SIDES = "not a readout: a call or a message with no principal named on either side"
#: The refusal of a page whose opening reports no event.
_NO_REPORT = (
    "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
)


# --- Not readouts: words that look like an encounter ---------------------------------------------


def test_receiving_a_certification_in_a_headline_is_no_event() -> None:
    """A headline that a bureau 'Receives LEED® Gold Certifications for' two buildings reports no event."""
    reason = _refusal(
        "The Bureau of Harbour Buildings Receives LEED® Gold Certifications for Embassy Port Tan and "
        "Consulate General Nova Ruiz",
        [
            "The Bureau of Harbour Buildings is proud to announce that the new Embassy in Port Tan and the "
            "new Consulate General in Nova Ruiz have achieved LEED Gold certification.",
            "The two buildings use forty percent less water than a typical office building.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_a_king_who_receives_a_guest_in_a_headline_is_still_an_event() -> None:
    """'The King receives the Prime Minister' stays an event clause (a guard on the certification rule)."""
    readout = _analyze(
        "The King receives the Prime Minister of Sylvania",
        ["The King of Freedonia received Prime Minister Eko Tan of Sylvania at the palace today."],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_heroism_that_was_met_by_batons_is_no_meeting() -> None:
    """An anniversary statement whose only 'met' is passive ('was met by batons') is refused."""
    reason = _refusal(
        "Statement by the President on the Anniversary of the Harbour March",
        [
            "Forty years ago, hundreds of dock workers marched across the Harbour Bridge for the right to "
            "organise. Their courage was met by batons and tear gas.",
            "Their sacrifice changed our country.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_a_joint_statement_told_by_its_signatories_is_a_declaration() -> None:
    """'Representatives of A, B, C and D met in X ... Begin Text. We applauded ...' is refused."""
    reason = _refusal(
        "Joint Statement on the Harbour Crisis",
        [
            "Representatives of Freedonia, Sylvania, Ruritania, the Harbour League and the Northern Union "
            "met in Port Tan on May 10, 2031, to discuss the crisis in the harbour. Begin Text.",
            "We applauded the Northern Union for convening the Port Tan Conference and welcomed the support "
            "pledged for the people of the harbour.",
        ],
    )
    expected = "not a readout: the title names another kind of page (joint statement)"
    assert expected == reason


def test_a_joint_statement_that_reports_its_round_in_the_third_person_stays_a_readout() -> None:
    """A joint statement whose round is told in the third person stays a readout (a guard)."""
    readout = _analyze(
        "Joint Statement on the Freedonia-Sylvania Harbour Dialogue",
        [
            "Deputy Minister Ana Ruiz of Freedonia and Deputy Minister Eko Tan of Sylvania met in Port Tan "
            "on May 10, 2031, for the third round of the Harbour Dialogue.",
            "The two sides reviewed their cooperation on port security.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_budget_that_meets_obligations_is_no_meeting() -> None:
    """A budget request that 'meets our international obligations' reports no meeting."""
    reason = _refusal(
        "Ministry of Harbours FY 2032 Budget Request",
        [
            "The Budget request increases funding for port safety, rebuilds the harbour workforce, and "
            "meets our international obligations, all while supporting the northern ports.",
            "The request includes $5 billion for the Ministry.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_an_honour_conferred_on_a_brigade_is_no_talk() -> None:
    """'The President conferred the honorary name Guards on the Brigade' reports no event."""
    reason = _refusal(
        "12th Harbour Brigade receives honorary name Guards",
        [
            "The President conferred the honorary name Guards on the 12th Harbour Brigade for the courage "
            "of its personnel.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_a_conversation_a_programme_will_hold_is_announced() -> None:
    """'will recognize X in a conversation with Y' announces a conversation: refused as future."""
    reason = _refusal(
        "Harbour Heroes Programme Recognizes Honoree Ana Ruiz",
        [
            "The Harbour Heroes programme will recognize honoree Ana Ruiz of Sylvania in a conversation "
            "with Deputy Minister Eko Tan on June 3.",
        ],
    )
    expected = "not a readout: the opening announces a future event instead of reporting one"
    assert expected == reason


def test_ministers_who_conferred_on_the_harvest_still_met() -> None:
    """'The ministers conferred on the harvest' stays an event (a guard on the honour rule)."""
    readout = _analyze(
        "Minister Ruiz and Minister Tan confer on the harvest",
        ["Minister Ana Ruiz of Freedonia and Minister Eko Tan of Sylvania conferred on the harvest today."],
    )
    expected = ["Ana Ruiz", "Eko Tan"]
    assert expected == sorted(p.name for p in readout.event.participants)


def test_a_bilateral_joint_statement_on_the_leaders_meeting_stays_a_readout() -> None:
    """'President X and President Y met today ... We reaffirmed ...' stays a readout of their meeting."""
    readout = _analyze(
        "Joint Statement from Freedonia and Sylvania following the Bilateral Meeting",
        [
            "President Ana Ruiz of Freedonia and President Eko Tan of Sylvania met today to advance "
            "cooperation on trade and ports. We reaffirmed the strategic importance of our partnership.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


# --- No principal named: a call or a message between nobody ---------------------------------------


def test_a_message_sent_by_member_states_names_no_principal() -> None:
    """'Member states sent a clear message of support' with no principal named is no readout."""
    reason = _refusal(
        "Freedonia Welcomes the Harbour League Resolution on Sylvania",
        [
            "Yesterday, an overwhelming majority of Harbour League member states sent a clear message of "
            "support for the Sylvanian people and their fight for free elections.",
            "Freedonia will continue to stand with them.",
        ],
    )
    expected = _NO_SIDES
    assert expected == reason


def test_talks_a_union_is_opening_name_no_principal() -> None:
    """'welcomes the steps the Union is taking by opening accession talks with X' is no readout: under a
    statement's title, a lead that reacts to others' talks no longer yields (fam111), so the title
    refuses it before the participants stage finds no principal."""
    reason = _refusal(
        "Statement by the President Welcoming Steps Towards Union Membership for Sylvania",
        [
            "Freedonia welcomes the important steps the Northern Union is taking to advance the integration "
            "of the region by opening accession talks with Sylvania and Ruritania.",
        ],
    )
    expected = "not a readout: the title names another kind of page (statement)"
    assert expected == reason


def test_a_call_between_offices_named_without_names_stays_a_readout() -> None:
    """'The prime ministers of A and B have held a phone call' names its sides by office: a readout."""
    readout = _analyze(
        None,
        [
            "The prime ministers of Freedonia and Sylvania have held a phone call to discuss continued "
            "support for the harbour coalition.",
        ],
    )
    expected = EventKind.PHONE_CALL
    assert expected == readout.event.kind


def test_a_round_of_delegations_with_no_name_stays_a_readout() -> None:
    """A round whose delegations are named by their governments only stays a readout (a guard)."""
    readout = _analyze(
        "Space Dialogue of Freedonia and Sylvania",
        [
            "The delegations of Freedonia and Sylvania met virtually on June 3 for the third Space Dialogue "
            "and reviewed their cooperation on satellite navigation.",
        ],
    )
    expected = (EventKind.VIDEO_CALL, ())
    assert expected == (readout.event.kind, readout.event.participants)


def test_a_call_the_publisher_titles_a_readout_stays_one() -> None:
    """'Readout of the Harbour League Call' naming no principal stays a readout (the publisher's word)."""
    readout = _analyze(
        "Readout of the Harbour League Call",
        ["Harbour League member states held a call today on the crisis in the northern ports."],
    )
    expected = (EventKind.PHONE_CALL, ())
    assert expected == (readout.event.kind, readout.event.participants)


def test_a_meeting_the_president_is_holding_is_reported() -> None:
    """'X is holding a meeting with Y in the Kremlin' (a page published as it happens) is a meeting."""
    readout = _analyze(
        "Meeting with Secretary-General of the Harbour Union Ana Ruiz",
        [
            "Eko Tan is holding a meeting with Secretary-General of the Harbour Union Ana Ruiz in the "
            "palace.",
            "President of Freedonia Eko Tan: Madam Secretary-General, I am very happy to see you.",
        ],
    )
    expected = (EventKind.MEETING, ["Eko Tan", "Ana Ruiz"])
    assert expected == (readout.event.kind, [p.name for p in readout.event.participants])


def test_a_meeting_the_president_is_holding_tomorrow_is_not_reported() -> None:
    """'is holding a meeting with X tomorrow' reports nothing yet: refused (a guard on the rule above)."""
    reason = _refusal(
        "Secretary-General Ana Ruiz in the Capital",
        ["President Eko Tan is holding a meeting with Secretary-General Ana Ruiz tomorrow in the palace."],
    )
    expected = _NO_REPORT
    assert expected == reason


# --- Kinds ------------------------------------------------------------------------------------------


def test_a_virtual_ministerial_is_a_video_call() -> None:
    """'participated today in the virtual Harbour Union Foreign Ministerial' is a video call."""
    readout = _analyze(
        "Minister Ruiz’s Participation in the Virtual Harbour Union Foreign Ministerial",
        [
            "Minister Ana Ruiz participated today in the virtual Harbour Union Foreign Ministerial hosted by "
            "Secretary General Eko Tan. Minister Ruiz discussed the upcoming summit.",
        ],
    )
    expected = EventKind.VIDEO_CALL
    assert expected == readout.event.kind


def test_a_delegation_led_to_continue_discussions_is_talks() -> None:
    """'led a senior interagency delegation ... to continue discussions with X' is talks, not a meeting."""
    readout = _analyze(
        "Freedonian Delegation Meeting with Sylvanian Representatives",
        [
            "On June 29 and 30, Special Representative Ana Ruiz led another senior interagency delegation "
            "to continue discussions with senior Sylvanian representatives in Port Tan.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


# --- Numbered rounds reported by a delegate ----------------------------------------------------------


def test_what_the_delegations_did_during_a_numbered_round_is_reported() -> None:
    """'During the third round of talks in X, the delegations of A and B clarified ...' is talks."""
    readout = _analyze(
        "Freedonian and Sylvanian delegations clarified the details of the harbour corridors - Ana Ruiz",
        [
            "During the third round of talks in Port Tan, the delegations of Freedonia and Sylvania "
            "clarified the details of the harbour corridors. This was stated by Adviser Ana Ruiz after the "
            "meeting.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_request_to_an_organisation_after_a_round_is_refused() -> None:
    """'Freedonia requests the Harbour Union to urgently assist' over the same lead is a request, refused."""
    reason = _refusal(
        "Freedonia requests the Harbour Union to urgently assist in opening harbour corridors",
        [
            "During the second round of talks between Freedonia and Sylvania, the parties reached an "
            "agreement on harbour corridors. Freedonia requests the Harbour Union to take urgent action.",
        ],
    )
    expected = "not a readout: the title names another kind of page (request or appeal)"
    assert expected == reason


def test_governments_high_level_consultations_are_talks() -> None:
    """'Freedonia and Sylvania held high-level consultations on X' (no headline) is talks."""
    readout = _analyze(
        None,
        ["On 7-8 March, Freedonia and Sylvania held high-level consultations on the harbour region."],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_the_hosts_words_we_are_holding_this_meeting_add_no_participant() -> None:
    """'We are holding this meeting with only one week left' in the transcript adds no participant."""
    readout = _analyze(
        "Meeting with Government members",
        [
            "The President held, via videoconference, a traditional meeting with Government members ahead "
            "of the holidays.",
            "President of Freedonia Eko Tan: We are holding this meeting with only one week left until the "
            "New Year.",
        ],
    )
    expected = ["The President"]
    assert expected == [p.name for p in readout.event.participants]
