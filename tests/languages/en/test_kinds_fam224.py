"""Kinds and readout-or-not after the blind run of en-bk..en-bn (issue #8, fam224), as pages of our own."""

from __future__ import annotations

from readoutlib.languages.en.event import clause_tense, kind_of, past_clause
from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal


def test_a_joint_statement_whose_opening_counts_more_than_three_governments_is_refused() -> None:
    """A joint statement of a group's workshop or of a meeting's hosts with many countries is no readout."""
    paragraphs = [
        "On Monday, May 4, officials of Freedonia and six other governments, together with aid groups and "
        "local authorities, convened a two-day workshop to share practices in harvest insurance.",
        "The participants reviewed the schemes in place and discussed how to extend them.",
    ]
    assert "joint statement" in refusal(
        "Joint Statement of the Working Group on Harvest Insurance", paragraphs
    )
    hosts = [
        "Foreign Minister Ana Ruiz of Freedonia and Foreign Minister Tomas Berg of Sylvania convened a "
        "ministerial meeting on May 4 with over 30 countries and the Harvest Council.",
        "The participants discussed the supply of seed and fertiliser.",
    ]
    assert "joint statement" in refusal("Joint Statement on the Harvest Ministerial Meeting", hosts)


def test_a_joint_statement_of_two_governments_that_met_stays_a_readout() -> None:
    """Two named ministers who met, in their joint statement, are still the readout of their meeting."""
    readout = _analyze(
        "Joint Statement on the Freedonia-Sylvania Consultations",
        [
            "Foreign Minister Ana Ruiz of Freedonia and Foreign Minister Tomas Berg of Sylvania met in Port "
            "Ruiz on May 4.",
            "The two ministers reviewed the harvest agreement and agreed to meet again next year.",
        ],
    )
    assert EventKind.TALKS is readout.event.kind  # the round the title names


def test_a_courtesy_call_with_its_purpose_is_a_meeting_and_a_demand_is_no_event() -> None:
    """'called on the Prime Minister to congratulate her' is a call paid in person; 'to resign' a demand."""
    readout = _analyze(
        "Sylvanian Ambassador calls on the Prime Minister",
        [
            "Sylvanian Ambassador, Mr. Tomas Berg, called on Prime Minister Ana Ruiz to congratulate her on "
            "her assumption of office. The Ambassador conveyed the greetings of the Sylvanian President, who "
            "knew Freedonia well and has visited it three times.",
            "The Prime Minister thanked the Ambassador. The two discussed trade and the harvest.",
        ],
    )
    assert EventKind.MEETING is readout.event.kind
    assert [p.name for p in readout.event.participants] == ["Tomas Berg", "Ana Ruiz"]
    assert past_clause("The opposition called on Prime Minister Ana Ruiz to resign.") is None


def test_a_call_received_with_its_day_before_the_article_is_a_phone_call() -> None:
    """'received Monday a call from' (a wire's word order) names the phone as 'received a call from' does."""
    readout = _analyze(
        "Freedonian Crown Prince receives call from Harvest Council Chief",
        [
            "His Highness the Crown Prince Sheikh Ana Ruiz received Monday a call from Chairperson of the "
            "Harvest Council Commission Tomas Berg.",
            "During the phone conversation, they reviewed ways of promoting cooperation.",
        ],
    )
    assert EventKind.PHONE_CALL is readout.event.kind


def test_a_numbered_summit_in_the_topic_of_a_call_is_no_meeting() -> None:
    """'spoke to X about progress at the G7' is a call on a topic; 'spoke with X at the G7' is in person."""
    readout = _analyze(
        "Ruiz and Berg talk trade ahead of the G7 summit",
        [
            "Prime Minister Ana Ruiz has spoken to Sylvanian Chancellor Tomas Berg about making progress at "
            "the G7 on the harvest and on tariffs when they meet next month.",
            "The two leaders spoke Tuesday; her office waited until today to release an account of the call.",
        ],
    )
    assert EventKind.PHONE_CALL is readout.event.kind
    in_person = "The President spoke today with the Chancellor at the G7 about tariffs."
    assert EventKind.MEETING is kind_of(in_person)
    assert EventKind.MEETING is kind_of("U.S. President Ruiz met the Chancellor at the G7 in Lima.")


def test_a_claim_headline_about_visits_and_dialogue_yields_to_the_meeting_of_the_opening() -> None:
    """'visits boost … dialogue' in a headline's claim names no trip and no round; the opening's meeting
    with another state's office-holder ('at a meeting with the Sylvanian Deputy Minister …') decides."""
    readout = _analyze(
        "President says mutual visits boost Freedonia-Sylvania dialogue",
        [
            "President Ana Ruiz hailed mutual visits between Freedonia and Sylvania at a meeting with the "
            "Sylvanian Deputy Minister for Foreign Affairs, Tomas Berg, on Friday, July 6.",
            "Ruiz welcomed Berg to Freedonia and noted that visits promote the expansion of dialogue.",
        ],
    )
    assert EventKind.MEETING is readout.event.kind
    assert EventKind.TALKS is kind_of("Fourth Freedonia-Sylvania Strategic Dialogue in Port Ruiz")
    assert EventKind.TALKS is kind_of("U.S.-Freedonia Strategic Dialogue in Port Ruiz")


def test_a_visit_to_the_hosts_office_to_meet_the_host_is_a_meeting() -> None:
    """'visited the Office of the President on Tuesday (Oct. 8) morning to meet President X': a meeting."""
    readout = _analyze(
        None,
        [
            "PORT RUIZ – A delegation of foreign guests visited the Office of the President on Tuesday "
            "(Oct. 8) morning to meet Ana Ruiz, including the former Prime Minister of Sylvania Tomas Berg.",
            "Speaking to the guests, President Ruiz emphasized the commitment to the harvest accord.",
        ],
    )
    assert EventKind.MEETING is readout.event.kind
    assert EventKind.VISIT is kind_of("The President visited Sylvania to meet the Chancellor.")


def test_a_call_that_may_soon_be_held_is_announced_not_reported() -> None:
    """'may soon hold a phone conversation' and 'the phone call … will happen in the coming days' announce."""
    reason = refusal(
        None,
        [
            "Freedonian Foreign Minister Ana Ruiz and Sylvanian Foreign Minister Tomas Berg may soon hold a "
            "phone conversation.",
            "Freedonia expects that the phone call between Foreign Minister Ana Ruiz and Foreign Minister "
            "Tomas Berg will happen in the upcoming days, a spokesman said Thursday.",
        ],
    )
    assert "future" in reason
    assert clause_tense("The two leaders might meet in June.") == "future"
    mentioned = "Ahead of the summit which will take place in May, the Premier met the President today."
    assert clause_tense(mentioned) == "past"


def test_remarks_stressed_while_meeting_a_named_guest_report_the_meeting() -> None:
    """'He stressed this while meeting X in Y today' below a quotation headline's claim is the meeting."""
    readout = _analyze(
        "Still much more to do, says Ruiz",
        [
            "Regional solidarity has progressed over the past months but there is still much more to do, "
            "says Prime Minister Ana Ruiz.",
            "She stressed this while meeting Sylvania's Deputy Leader of the Opposition, Tomas Berg in Port "
            "Ruiz today.",
            "Ruiz acknowledged Sylvania's growing engagement with the region.",
            "In response, Berg congratulated Prime Minister Ruiz on her election victory.",
        ],
    )
    assert EventKind.MEETING is readout.event.kind
