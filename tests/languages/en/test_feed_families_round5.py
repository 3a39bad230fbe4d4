"""Families of feed pages (issue #8, round 5: feeds-dev8 and what the earlier samples left), invented pages.

Each test is one family the development feed samples showed, written as a page of our own. Labels and
kinds follow ``benchmarks/real/feeds/README.md`` (a round the headline names by its format is talks; a
joint site visit with a foreign official is a meeting, not a trip; remarks to the media after talks are
no readout).
"""

from __future__ import annotations

import pytest

from readoutlib.model import EventKind, Readout
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal

#: The refusal of a page whose opening reports no event.
_NO_REPORT = (
    "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
)


# --- Not readouts: no encounter, only words that look like one ------------------------------------


def test_meeting_a_requirement_is_no_meeting() -> None:
    """A report release whose lead says governments 'met minimum requirements' is refused."""
    reason = _refusal(
        "Ministry Releases 2031 Harbour Safety Report",
        [
            "On June 25, 2031, the Freedonian Ministry of Harbours released the 2031 Harbour Safety Report, "
            "which found that 40 of the 90 ports reviewed met minimum requirements of harbour safety.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_not_having_met_a_requirement_is_no_meeting() -> None:
    """'who have not met the time-in-service requirement' in a designation notice is refused."""
    reason = _refusal(
        "Harbour Workers Programme Priority Designation for Sylvanian Nationals",
        [
            "Today, the Ministry is announcing a priority designation for certain Sylvanian nationals.",
            "This designation opens the programme to many Sylvanians who are not eligible for a harbour "
            "visa because they have not met the time-in-service requirement to become eligible.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


def test_met_with_officials_to_discuss_conditions_is_still_a_meeting() -> None:
    """The requirement guard leaves 'met with X to discuss conditions' a meeting (a guard, not a fix)."""
    readout = _analyze(
        "Minister Ruiz’s Meeting with Sylvanian Minister Tan",
        [
            "Minister Ana Ruiz met with Sylvanian Minister of Harbours Eko Tan to discuss conditions in the "
            "northern ports."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_conference_that_will_be_hosted_is_no_event_yet() -> None:
    """A travel notice whose only event is a conference that 'will be hosted' later is refused."""
    reason = _refusal(
        "Under Secretary Ana Ruiz Travels to Port Tan for Harbour Conference",
        [
            "Under Secretary Ana Ruiz will lead the Freedonian delegation to the first Conference of the "
            "Parties to the Harbour Convention, where she will deliver the national statement. The "
            "conference will be hosted by the Harbour Agency in Port Tan from March 28 to April 1.",
        ],
    )
    expected = "not a readout: the opening announces a future event instead of reporting one"
    assert expected == reason


def test_a_wreath_laid_at_a_memorial_is_refused() -> None:
    """Under a wreath-laying title, a lead that 'visited the memorial cemetery to pay tribute' is refused."""
    reason = _refusal(
        "The President laid a wreath at the monument at the Northern Memorial Cemetery in Port Ruiz",
        [
            "On the 60th anniversary of the end of the harbour siege, the President visited the Northern "
            "Memorial Cemetery to pay tribute to the defenders who perished and laid a wreath at the "
            "monument.",
        ],
    )
    expected = "not a readout: the lead tells another kind of event (memorial)"
    assert expected == reason


def test_told_this_to_the_media_after_talks_is_remarks() -> None:
    """A quotation page whose second sentence says the President 'told this to the media following the
    negotiations with' a visitor reports remarks."""
    reason = _refusal(
        "President: Harbour membership is a matter for our people",
        [
            "President Ana Ruiz hopes that the Harbour Alliance members will be guided by the choice of the "
            "Freedonian people. Ana Ruiz told this to the media following the negotiations with Harbour "
            "Alliance Secretary General Eko Tan.",
        ],
    )
    expected = "not a readout: the page reports remarks: its lead frames a quotation, not the event"
    assert expected == reason


# --- Rounds -------------------------------------------------------------------------------------


def test_a_headline_that_agreed_on_a_communique_is_no_communique() -> None:
    """'advisers ... agreed on a joint communiqué' is the outcome of the meeting the lead reports: parsed."""
    readout = _analyze(
        "In Port Tan, advisers to the leaders of the Harbour Four agreed on a joint communiqué",
        [
            "A meeting of political advisers to the leaders of the Harbour Four attended by Head of the "
            "Office of the President of Freedonia Ana Ruiz ended in Port Tan. The talks lasted more than "
            "eight hours.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_a_communique_page_is_still_refused() -> None:
    """A page that is a communiqué ('Joint Communiqué of the Harbour Four') stays refused (a guard)."""
    reason = _refusal(
        "Joint Communiqué of the Harbour Four Leaders",
        [
            "We, the leaders of the Harbour Four, met in Port Tan today. We condemn piracy in the strait.",
        ],
    )
    expected = "not a readout: the title names another kind of page (communiqué or declaration)"
    assert expected == reason


def test_a_high_level_dialogue_held_by_governments_is_talks() -> None:
    """'the Governments of A, B and C held a high-level dialogue on X in Y' is talks."""
    readout = _analyze(
        "Freedonian Support for the Northern Harbour Corridor",
        [
            "On March 22, the Governments of Sylvania, Tavia and Freedonia held a high-level dialogue on the "
            "Northern Harbour Corridor in Port Tan, Sylvania. During the dialogue, Under Secretary Ana Ruiz "
            "announced Freedonian support for the corridor.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_senior_officials_meeting_in_the_headline_is_talks() -> None:
    """A headline 'X Senior Officials’ Meeting' over 'A met with senior officials during' it is talks."""
    readout = _analyze(
        "Harbour Forum Senior Officials’ Meeting",
        [
            "Senior Bureau Official Ana Ruiz met on June 24 with senior officials from the Harbour Forum "
            "nations and Deputy Secretary General Eko Tan during the Harbour Forum Senior Officials’ "
            "Meeting.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_consultative_committee_in_the_headline_is_talks() -> None:
    """'Joint Statement of the X Consultative Committee' over a ministerial meeting it held is talks."""
    readout = _analyze(
        "Joint Statement of the Freedonia-Sylvania Harbour Policy Consultative Committee",
        [
            "Foreign Minister Ana Ruiz co-hosted Sylvanian Minister for Foreign Affairs Eko Tan for the "
            "inaugural ministerial meeting of the Freedonia-Sylvania Harbour Policy Consultative Committee "
            "on July 29, 2031.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


# --- Channels and trips ----------------------------------------------------------------------------


def test_a_leader_who_called_another_leader_made_a_phone_call() -> None:
    """'X called President of Y Z' under a headline on negotiations is a phone call, not talks."""
    readout = _analyze(
        "Regarding the negotiations between the delegations of Freedonia and Sylvania",
        [
            "Eko Tan called President of Freedonia Ana Ruiz. The politicians agreed that the two delegations "
            "will meet without preconditions on the border.",
        ],
    )
    expected = EventKind.PHONE_CALL
    assert expected == readout.event.kind


def test_calling_for_restraint_is_no_call() -> None:
    """'called for restraint' and 'called the decision' name no call (a guard)."""
    readout = _analyze(
        "Minister Ruiz’s Meeting with Sylvanian Minister Tan",
        [
            "Minister Ana Ruiz met Sylvanian Minister Eko Tan and called the President's decision a step "
            "forward."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_two_leaders_visiting_a_monastery_met_there() -> None:
    """The host and a visiting Prime Minister who visited a monastery together: a meeting, not a trip."""
    readout = _analyze(
        "Ana Ruiz and Eko Tan visited the Golden Monastery and had a walk in the square",
        [
            "President of Freedonia Ana Ruiz and Prime Minister of Sylvania Eko Tan, who is on a visit to "
            "our country, visited the Golden Monastery in Port Ruiz. The leaders placed candles near the "
            "iconostasis.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_two_presidents_visiting_construction_sites_met_there() -> None:
    """'The presidents of A and B subsequently visited the construction sites of a launch pad': a meeting."""
    readout = _analyze(
        "Visiting the Northern Cosmodrome",
        [
            "President of Freedonia Ana Ruiz and President of Sylvania Eko Tan came to the Northern "
            "Cosmodrome.",
            "The presidents of Freedonia and Sylvania subsequently visited the construction sites of a "
            "command centre and a launch pad.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_visiting_a_country_is_still_a_visit() -> None:
    """'visited Sylvania, where she met the President and the Prime Minister' stays a visit (a guard)."""
    readout = _analyze(
        "Minister Ruiz’s Travel to Sylvania",
        ["Minister Ana Ruiz visited Sylvania, where she met President Eko Tan and Prime Minister Ben Ode."],
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind


# --- Scope: a country named as the topic is no side -------------------------------------------------


def test_a_meeting_on_the_war_with_own_officials_is_domestic() -> None:
    """A leader's meeting with his own officials on housing destroyed in 'the war with X' is domestic."""
    readout = _analyze(
        "The President held a meeting on the reconstruction of housing",
        [
            "President of Peru Ana Ruiz held a meeting with the Minister of Housing Eko Tan on the "
            "reconstruction of housing destroyed in the war with Chile."
        ],
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_a_meeting_on_sanctions_against_a_country_is_domestic() -> None:
    """An online meeting of the leader's own experts on 'sanctions against the X Federation' is domestic."""
    readout = _analyze(
        "Sanctions must be strong enough to stop the war",
        [
            "Head of the Office of the President of Peru Ana Ruiz held a regular online meeting of a group "
            "of Peruvian experts to analyse the impact of sanctions against the Russian Federation."
        ],
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_a_foreign_president_met_about_the_war_stays_diplomatic() -> None:
    """A meeting with the President of Chile on 'Bolivia's aggression' is diplomatic (a guard)."""
    readout = _analyze(
        "President Ruiz met with the President of Chile",
        ["President of Peru Ana Ruiz met with President of Chile Eko Tan to discuss Bolivia's aggression."],
    )
    expected = "diplomatic"
    assert expected == readout.event.scope


def test_a_meeting_with_unicef_representatives_is_diplomatic() -> None:
    """UNICEF is an international organisation: a meeting with its representatives is diplomacy."""
    readout = _analyze(
        "Deputy Head Ana Ruiz discussed with UNICEF representatives the restoration of schools",
        [
            "Deputy Head of the Office of the President of Peru Ana Ruiz held a meeting with representatives "
            "of UNICEF on the restoration of schools damaged by the earthquake."
        ],
    )
    expected = "diplomatic"
    assert expected == readout.event.scope


def test_a_meeting_with_foreign_diplomats_on_sanctions_stays_diplomatic() -> None:
    """Heads of diplomatic missions of foreign states are the other side, though no country is named."""
    readout = _analyze(
        "Ana Ruiz presents the experts' plan on sanctions to ambassadors",
        [
            "Head of the Office of the President of Peru Ana Ruiz held an online meeting with the heads of "
            "diplomatic missions of foreign states in Peru, dedicated to sanctions against the Russian "
            "Federation."
        ],
    )
    expected = "diplomatic"
    assert expected == readout.event.scope


# --- Declarations in the leaders' collective first person -----------------------------------------


def test_we_the_leaders_who_met_and_issued_a_statement_is_a_declaration() -> None:
    """'We, the Heads of State of A, B and C met in X today ... and issued the following statement' under a
    joint-statement title is the leaders' declaration, not a readout (feeds-dev3's multilateral line)."""
    reason = _refusal(
        "Joint Statement issued by the Heads of State of the Harbour Trio following the Northern Summit",
        [
            "We, the Heads of State of Freedonia, Sylvania and Tavia met in Port Tan today on the margins of "
            "the Northern Summit and issued the following statement.",
            "We welcomed the Joint Declaration of the Northern Summit. We condemn piracy in the strait.",
        ],
    )
    expected = "not a readout: the title names another kind of page (joint statement)"
    assert expected == reason


def test_we_the_heads_of_government_who_convened_is_a_declaration() -> None:
    """'On July 14, we, the Heads of Government of A, B, C and D, convened for the first leaders’
    meeting' under 'Joint Statement of the Leaders of ...' is the leaders' declaration."""
    reason = _refusal(
        "Joint Statement of the Leaders of Freedonia, Sylvania, Tavia and Ostra",
        [
            "On July 14, 2031, we, the Heads of Government of Freedonia, Sylvania, Tavia and Ostra, convened "
            "for the first leaders’ meeting of the Harbour Four. We intend to build ports together."
        ],
    )
    expected = "not a readout: the title names another kind of page (joint statement)"
    assert expected == reason


def test_a_joint_statement_reporting_the_leaders_meeting_stays_a_readout() -> None:
    """A joint statement whose lead tells the meeting in the third person stays a readout (a guard)."""
    readout = _analyze(
        "Joint Statement of the Leaders of Freedonia and Sylvania",
        [
            "President of Freedonia Ana Ruiz met Prime Minister of Sylvania Eko Tan in Port Tan today. The "
            "leaders agreed to build a port together."
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


# --- A round whose opening names only the governments: its leaders from the next sentences ------


def _names(readout: Readout) -> list[str]:
    """The participants' names, in order."""
    return [p.name for p in readout.event.participants]


def test_the_officials_who_led_a_dialogue_of_two_governments_are_its_participants() -> None:
    """'The Governments of A and B held a Strategic Dialogue ... X and Y led the Strategic Dialogue'."""
    readout = _analyze(
        "Freedonia-Sylvania Joint Statement",
        [
            "The Governments of Freedonia and Sylvania held a Strategic Dialogue in Port Ruiz on March 17, "
            "2031. Sylvanian Director for Political Affairs Eko Tan and Freedonian Assistant Secretary of "
            "State Ana Ruiz led the Strategic Dialogue, which included discussions on the harbour."
        ],
    )
    expected = ["Eko Tan", "Ana Ruiz"]
    assert expected == _names(readout)


def test_the_officials_who_represented_each_side_are_its_participants() -> None:
    """'A and B held today the first Dialogue. X represented A and Y represented B.'"""
    readout = _analyze(
        "Joint Press Release on the First Freedonia-Sylvania High-Level Dialogue on the Harbour",
        [
            "Freedonia and Sylvania held today in Port Ruiz the first Freedonia-Sylvania High-Level Dialogue "
            "on the Harbour. Under Secretary of State Ana Ruiz represented Freedonia and Deputy Secretary "
            "General Eko Tan represented Sylvania."
        ],
    )
    expected = ["Ana Ruiz", "Eko Tan"]
    assert expected == _names(readout)


def test_the_leaders_of_a_dialogue_named_two_paragraphs_down_are_its_participants() -> None:
    """The sentence naming who led the round may come two paragraphs after the opening's."""
    readout = _analyze(
        "Freedonia-Sylvania Joint Statement",
        [
            "The Governments of Freedonia and Sylvania held a Strategic Dialogue in Port Ruiz on March 17, "
            "2031.",
            "The Strategic Dialogue comes as the two countries mark thirty years of relations.",
            "Sylvanian Director for Political Affairs Eko Tan and Freedonian Assistant Secretary of State "
            "Ana Ruiz led the Strategic Dialogue, which included discussions on the harbour.",
        ],
    )
    expected = ["Eko Tan", "Ana Ruiz"]
    assert expected == _names(readout)


# --- "called" in its naming sense is no call -------------------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "I am deeply disappointed in today’s ruling, which upholds what Justice Ruiz called “a serious "
        "disparity in harbour access.”",
        "Ten years ago, the Governor and I announced the harbour programme for young people in the only "
        "country they’ve called home.",
        "Eko Tan was a devoted public servant, and someone I’m proud to have called a dear friend.",
    ],
)
def test_called_in_its_naming_sense_reports_no_call(opening: str) -> None:
    """A statement whose lead 'called' names something ('called “a disparity”', 'called home') is refused."""
    reason = _refusal("Statement by President Ana Ruiz on the Harbour Ruling", [opening])
    expected = _NO_REPORT
    assert expected == reason


def test_a_president_who_called_the_chancellor_still_made_a_call() -> None:
    """'The President called the Chancellor on Monday' stays a call (a guard)."""
    readout = _analyze(
        "Statement by President Ana Ruiz on her Call with Chancellor Tan",
        ["President Ana Ruiz called Chancellor Eko Tan of Sylvania on Monday to discuss the harbour."],
    )
    expected = EventKind.PHONE_CALL
    assert expected == readout.event.kind
