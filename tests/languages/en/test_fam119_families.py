"""Participants the parser made up or missed (round 119 of issue #8): invented pages in each layout."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import scan_people
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _people(readout: Readout) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.country) for m in scan_people(text).people]


def test_a_state_possessive_before_a_full_name_gives_a_person_of_that_state() -> None:
    """'India's X Y and Pakistan's Z W met' (en-ag, UPI): the possessive read as the start of a proper
    noun ("the Speaker's Lunch") left both envoys unread."""
    found = _names("Norway's Ingrid Dahl and Peru's Rosa Quispe met in the capital on Monday.")
    assert found == [("Ingrid Dahl", "NO"), ("Rosa Quispe", "PE")]


def test_a_state_possessive_before_a_body_is_no_person() -> None:
    """The bodies after a state's possessive stay out: a court, a party, a ministry."""
    assert _names("Norway's Supreme Court ruled on the case.") == []
    assert _names("Peru's Popular Action Party won the vote.") == []
    assert _names("Norway's Foreign Ministry said so.") == []


def test_a_states_broadcaster_reporting_a_principal_is_not_that_principal() -> None:
    """'"…," India's NDTV reported Rao as saying' (en-ag, UPI): the outlet's initials after the
    state's possessive were read as an office of that state's one principal, who became the speaker."""
    readout = _parse(
        "Norway, Peru hold talks",
        "OSLO, March 3 -- Norway's Ingrid Dahl and Peru's Rosa Quispe met on Monday in Oslo.",
        "They discussed fishing quotas.",
        '"Talks are the only way forward," Norway\'s NRKT reported Dahl as saying in an earlier interview.',
    )
    assert ("Ingrid Dahl", "NO") in _people(readout)
    assert not [s for s in readout.statements if s.verb == "reported"]


def test_a_headlines_clipped_office_after_a_state_is_no_person() -> None:
    """'Peru FA Min meets with various dignitaries' (en-ai, Andina): initials and a clipped office word
    after the state's name are an office (Foreign Affairs Minister), not a person called "FA Min"."""
    assert _names("Chile FA Min meets with visiting envoys") == []
    assert _names("Norway DP Sec. holds talks in Lima") == []


def test_initials_before_a_surname_stay_a_person() -> None:
    """A person's initials before a short family name are still a name ("AK Sen", "KP Oli")."""
    assert _names("The economist AK Sen met the minister.") == [("AK Sen", None)]
    assert [name for name, _ in _names("Nepal PM KP Oli met with the envoy.")] == ["KP Oli"]
