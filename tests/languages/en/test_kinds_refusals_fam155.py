"""Kinds and refusals (issue #8, fam155), each family as a page of our own.

An arrival note told as a visit begun ("has kicked off his visit"), its talks still expected, is no
readout; a closing remark on a partnership "that meets the interests" of both reports no meeting; a
news headline whose source follows a dash ("... discuss ... - Foreign Ministry") is no quoted speaker
when the words before the dash report the encounter. The pages beside them keep the rules from
refusing readouts or letting remarks through.
"""

from __future__ import annotations

from readoutlib.languages.en.event import clause_tense, kind_of
from readoutlib.languages.en.genre import event_title
from readoutlib.languages.en.participants import Principal, _interleaved_envoys
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal


def test_a_visit_begun_with_its_talks_still_expected_is_an_arrival_note() -> None:
    """The visit has started; the arrival is told again and the talks are only expected."""
    reason = _refusal(
        None,
        [
            "Foreign Minister of Sylvania Tomas Berg has kicked off his official visit to Freedonia "
            "this morning, the agency reports.",
            "Tomas Berg arrived in Port Ruiz for a ministerial forum of the Northern Seas Council slated "
            "for June 3.",
            "During his three-day stay in the capital, the Sylvanian minister is also expected to hold "
            "talks with his Freedonian counterpart Ana Ruiz.",
        ],
    )
    assert "arrival" in reason


def test_a_visit_begun_and_talks_held_below_is_a_readout() -> None:
    """The same start of a visit with the talks reported after it stays a readout."""
    readout = _analyze(
        None,
        [
            "Foreign Minister of Sylvania Tomas Berg has kicked off his official visit to Freedonia "
            "this morning, the agency reports.",
            "Tomas Berg held talks with his Freedonian counterpart Ana Ruiz at the ministry.",
        ],
    )
    assert readout.event.kind is not EventKind.OTHER


def test_an_expected_encounter_is_announced_whatever_word_comes_before() -> None:
    """'is also expected to hold talks' and a bare 'expected to meet' announce; 'was expected' is told."""
    assert clause_tense("The minister is also expected to hold talks with his counterpart.") == "future"
    assert clause_tense("The envoy, expected to meet the President on Friday, landed at noon.") == "future"
    assert clause_tense("The envoy, who was expected to stay a week, met the President.") == "past"


def test_a_partnership_that_meets_interests_reports_no_meeting() -> None:
    """'a partnership that meets the interests of both peoples' is no encounter."""
    assert (
        clause_tense("The forum is proof of a partnership that meets the interests of both peoples.") is None
    )
    assert clause_tense("Minister Ruiz meets her Sylvanian counterpart in Port Ruiz.") == "past"


def test_two_sides_discussing_in_a_headline_report_the_encounter() -> None:
    """'Freedonia, Sylvania envoys discuss ...' and 'A and B discuss ...' tell the two sides' encounter."""
    assert event_title("Freedonia, Sylvania security advisers discuss summit prospects") is not None
    assert event_title("Freedonia and Sylvania discuss port fees") is not None
    assert event_title("Experts discuss port fees at a forum") is None


def test_a_source_after_the_dash_of_a_reporting_headline_is_no_quoted_speaker() -> None:
    """The headline reports the call and names its source after the dash: the page is a readout."""
    readout = _analyze(
        "Freedonia, Sylvania security advisers discuss summit prospects - Foreign Ministry",
        [
            "Wire Service | Port Ruiz | Updated: 4 May 2031\nFreedonian National Security Adviser Ana "
            "Ruiz on Monday discussed with her Sylvanian counterpart the prospects of a summit, the "
            "ministry said.",
            "Ruiz and Tomas Berg, the secretary of the Sylvanian Security Council, agreed in their telephone "
            "call to stay in touch, ministry spokeswoman Lina Haddad said in a statement.",
        ],
    )
    assert readout.event.kind is EventKind.PHONE_CALL
    names = [p.name for p in readout.event.participants]
    assert "Tomas Berg" in names
    assert "Lina Haddad" not in names


def test_a_name_right_after_the_event_and_its_comma_is_still_a_side() -> None:
    """'In their call, X said ...': no words of the call's own before the comma, so X took part."""
    readout = _analyze(
        "Readout of the call",
        ["Foreign Minister Ana Ruiz held a telephone call, Foreign Minister Tomas Berg said on Monday."],
    )
    assert "Tomas Berg" in [p.name for p in readout.event.participants]


def test_a_claim_before_the_dash_stays_a_quotation_headline() -> None:
    """A claim before the dash and a lead that reports no encounter first: still refused."""
    reason = _refusal(
        "Trade with Sylvania will double by 2040 - Ana Ruiz",
        [
            "Wire Service | Port Ruiz | Updated: 4 May 2031\nTrade between the two countries will double by "
            "2040, the Freedonian minister told a forum of exporters.",
            "Ruiz and Tomas Berg, the Sylvanian minister, agreed in their telephone call to stay in touch, "
            "a spokesman said in a statement.",
        ],
    )
    assert "quotation" in reason


def test_a_travel_headline_over_one_meeting_is_that_meeting() -> None:
    """'X Travel to Y' over a trip framed as a plan and one meeting reported: the meeting."""
    readout = _analyze(
        "Special Envoy for the Northern Seas Ruiz Travel to Sylvania",
        [
            "Special Envoy for the Northern Seas Ana Ruiz is in Sylvania May 3-4 to meet government, "
            "Council and relief officials. Today, the Special Envoy met with Council Commissioner "
            "Tomas Berg and Council Secretary Lina Haddad to discuss the harbour dispute.",
        ],
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_travel_headline_over_two_meetings_stays_the_visit() -> None:
    """The same headline with a second encounter reported below: the trip, a visit."""
    readout = _analyze(
        "Special Envoy for the Northern Seas Ruiz Travel to Sylvania",
        [
            "Special Envoy for the Northern Seas Ana Ruiz is in Sylvania May 3-4 to meet government, "
            "Council and relief officials. Today, the Special Envoy met with Council Commissioner "
            "Tomas Berg to discuss the harbour dispute.",
            "She also met with Foreign Minister Omar Haddad to discuss relief for the coast.",
        ],
    )
    assert readout.event.kind is EventKind.VISIT


def test_envoys_received_by_their_lower_case_office_are_a_meeting() -> None:
    """'received in separate meetings today, Monday, the ambassadors of A and B' and 'received the new
    Ambassador ...' report the host's meetings; a headline 'receives new <Country> Ambassador' names one."""
    assert kind_of(
        "The Speaker received in separate meetings today, Monday, the ambassadors of A and B."
    ) is (EventKind.MEETING)
    assert (
        kind_of("The President received the new Ambassador Extraordinary of Freedonia.") is EventKind.MEETING
    )
    assert kind_of("President Ana Ruiz receives new Freedonian Ambassador") is EventKind.MEETING
    assert clause_tense("The clerk received the ambassadors’ letters on Monday.") is None


def test_a_reception_of_a_new_ambassador_over_his_credentials_is_the_meeting() -> None:
    """The host received the new envoy, then accepted his credentials and talked: the meeting."""
    readout = _analyze(
        "President Ana Ruiz receives new Sylvanian Ambassador",
        [
            "President of Freedonia Ana Ruiz received the new Ambassador Extraordinary and Plenipotentiary "
            "of Sylvania to Freedonia Tomas Berg.",
            "The President accepted credentials from the Ambassador and congratulated him on the start of "
            "his mission. The parties exchanged views on trade.",
        ],
    )
    assert readout.event.kind is EventKind.MEETING


def test_a_claim_after_a_fronted_encounter_stays_a_quotation_headline() -> None:
    """'As a result of talks with A, B expects ... - <Speaker>': the talks are the claim's scene."""
    reason = _refusal(
        "As a result of talks with Sylvania, Freedonia expects the harbour to reopen - Ana Ruiz",
        [
            "Freedonia expects the harbour to reopen within a month, the head of the President's Office "
            "Ana Ruiz told a forum of exporters.",
            "Earlier, Ruiz and Tomas Berg held talks in Port Ruiz on the harbour dispute.",
        ],
    )
    assert "quotation" in reason


def test_a_travel_headline_over_a_done_trip_with_undated_meetings_stays_the_visit() -> None:
    """'This week, X was in Y ... X met with A, B, C and D': the trip's meetings, undated, are a visit."""
    readout = _analyze(
        "Readout of Senior Administration Travel to Sylvania",
        [
            "This week, Deputy Adviser Ana Ruiz was in Port Lark to discuss trade. Ruiz met with Principal "
            "Secretary Tomas Berg, Trade Minister Lina Haddad, Foreign Secretary Omar Haddad, and Finance "
            "Secretary Karl Lund. The conversations were productive.",
        ],
    )
    assert readout.event.kind is EventKind.VISIT


def test_envoys_listed_each_after_his_state_take_that_state() -> None:
    """'received the Ambassadors of A, X, B, Y and C, Z': each envoy is of the state before his name."""
    text = (
        "Speaker of the Parliament Omar Haddad received in separate meetings today, Monday, the "
        "Ambassadors of Norway, Ana Ruiz, Chile, Tomas Berg and Czech Republic, Karl Lund."
    )
    people = [Principal(name, [], None) for name in ("Omar Haddad", "Ana Ruiz", "Tomas Berg", "Karl Lund")]
    _interleaved_envoys(people, [text])
    assert [p.country for p in people] == [None, "NO", "CL", "CZ"]
