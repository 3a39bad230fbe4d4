"""Families of feed pages (issue #8, round 9: feeds-dev12's misses), invented pages.

Each test is one family the twelfth development feed sample showed, written as a page of our own.
Labels and kinds follow the convention the development samples state (a senior officials' meeting named by
its format is talks; a group of envoys reporting the round they held is talks).
"""

from __future__ import annotations

from readoutlib.model import EventKind
from tests.languages.en.layout_kit import analyze_parts as _analyze
from tests.languages.en.layout_kit import refusal as _refusal

#: The refusal of a page whose opening reports no event.
_NO_REPORT = (
    "not a readout: no past-tense report of a call, meeting or talks between principals in the opening"
)


def test_an_official_who_participated_in_a_senior_officials_meeting_reports_it() -> None:
    """'X participated in a Senior Officials Meeting of the Y Forum on June 3' reports the round: talks."""
    readout = _analyze(
        "Northern Seas Forum Senior Officials' Meeting",
        [
            "Office of the Spokesperson",
            "Senior Bureau Official for Maritime Affairs Ana Ruiz participated in a Senior Officials Meeting "
            "of the Northern Seas Forum (NSF) on June 3. Senior Bureau Official Ruiz stressed the value of "
            "the Forum's work on safe shipping lanes.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_participating_in_a_ceremony_is_no_report() -> None:
    """'participated in the opening ceremony of the festival' tells no meeting (a guard)."""
    reason = _refusal(
        "Harbour Festival Opens",
        [
            "The Mayor participated in the opening ceremony of the Harbour Festival on June 3 and thanked "
            "the volunteers who built the stalls.",
        ],
    )
    expected = _NO_REPORT
    assert expected == reason


# --- Communiqués of a group of envoys on the round they held --------------------------------------------


def test_a_communique_of_special_envoys_who_met_reports_their_round() -> None:
    """'Communiqué of the Special Envoys for X': 'The Special Envoys of A, B and C met in Y to discuss'."""
    readout = _analyze(
        "Communiqué of the Special Envoys for the Northern Seas",
        [
            "Office of the Spokesperson",
            "The text of the following communiqué was agreed upon by the Special Envoys for the Northern "
            "Seas from Freedonia, Sylvania and Ruritania in Port Tan, May 4, 2031.",
            "Begin Text:",
            "The Special Representatives and Special Envoys of Freedonia, Sylvania and Ruritania met in Port "
            "Tan on 4 May 2031 to discuss the safety of shipping in the Northern Seas.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_communique_headed_by_a_pair_of_sides_reports_the_envoys_round() -> None:
    """'A-B Communiqué on X' whose lead says the envoys of the sides met is their round: talks."""
    readout = _analyze(
        "Freedonia-Sylvania Communiqué on Shipping and Peace Efforts",
        [
            "Office of the Spokesperson",
            "The following is the text of a communiqué issued by Freedonia, Sylvania and Ruritania.",
            "Begin text.",
            "The Special Representatives and Special Envoys of Freedonia, Sylvania and Ruritania met in Port "
            "Tan on 4 May 2031 to discuss the safety of shipping in the Northern Seas.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


def test_a_ministers_communique_stays_a_communique() -> None:
    """'G9 Harbour Ministers Meeting Communiqué': 'We, the ministers, met' then positions (a guard)."""
    reason = _refusal(
        "G9 Harbour Ministers Meeting Communiqué",
        [
            "Office of the Spokesperson",
            "The following statement was released by the G9 Harbour Ministers following their meeting in "
            "Port Tan on 4 May 2031:",
            "We, the Harbour Ministers of the G9, met in Port Tan on 4 May 2031 to work together on safe "
            "harbours.",
        ],
    )
    assert reason.startswith("not a readout: the title names another kind of page")


# --- Kind: leaders of the home country convened ----------------------------------------------------------


def test_convening_state_legislative_leaders_is_a_meeting() -> None:
    """'convened state legislative leaders from A, B and C' is a meeting, not a round of governments."""
    readout = _analyze(
        "Readout of the Vice President's Meeting with State Legislators on Clean Harbours",
        [
            "Today, the Vice President convened state legislative leaders from Alta, Bexar and Coldwater who "
            "are working to protect the nation's harbours. The convening follows meetings with mayors.",
        ],
    )
    expected = EventKind.MEETING
    assert expected == readout.event.kind


def test_convening_the_foreign_ministers_of_a_region_stays_talks() -> None:
    """'convened the foreign ministers of the region' is their round (a guard)."""
    readout = _analyze(
        "Readout of the Secretary's Meeting with Northern Seas Foreign Ministers",
        [
            "Today, the Secretary convened the foreign ministers of the Northern Seas region to discuss the "
            "safety of shipping lanes.",
        ],
    )
    expected = EventKind.TALKS
    assert expected == readout.event.kind


# --- Scope: the country where a citizen is held is the topic, not a side ----------------------------------


def test_a_meeting_with_a_hostages_parents_stays_domestic() -> None:
    """'met with the parents of X, who has spent years in captivity in Chad': Chad is the topic."""
    readout = _analyze(
        "Statement by the Press Secretary on the Secretary's Meeting with Eko and Mia Tan",
        [
            "U.S. Secretary of Commerce Ana Ruiz met today with Eko and Mia Tan, the parents of Leo Tan, who "
            "has spent four years in captivity in Chad. The Secretary pledged to work for his return.",
        ],
    )
    expected = "domestic"
    assert expected == readout.event.scope


def test_a_call_with_the_detaining_countrys_minister_stays_diplomatic() -> None:
    """The country's own minister on the line is a side, whoever is held there (a guard)."""
    readout = _analyze(
        "Readout of the Secretary's Call with Foreign Minister of Chad Eko Tan",
        [
            "U.S. Secretary of Commerce Ana Ruiz spoke today with Foreign Minister of Chad Eko Tan about "
            "Leo Tan, who has been held hostage in Chad for four years.",
        ],
    )
    expected = "diplomatic"
    assert expected == readout.event.scope
