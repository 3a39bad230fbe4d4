"""Families of task fam104 (issue #8: participants' countries), on invented text seen failing first on
main 16ad8081."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.analysis.countries import country_from_name, organisation_of_title
from readoutlib.languages.en.names import find_mentions


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the whole "of" complement of the title
        (
            "Prime Minister Eko Tan received the Secretary-General of the Commonwealth, Ana Ruiz, today.",
            [("Eko Tan", None), ("Ana Ruiz", "COMSEC")],
        ),
        # a possessive before the title
        (
            "President Eko Tan met the Commonwealth’s Special Envoy for Sylvania, Sir Lars Berg.",
            [("Eko Tan", None), ("Lars Berg", "COMSEC")],
        ),
        # the name run into the title
        (
            "Commonwealth Secretary-General Ana Ruiz called on President Eko Tan.",
            [("Ana Ruiz", "COMSEC"), ("Eko Tan", None)],
        ),
    ],
)
def test_a_title_of_the_commonwealth_gives_its_secretariat(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "Commonwealth" names the Commonwealth Secretariat (COMSEC) where it is a title's organisation."""
    assert expected == [(m.name, m.country) for m in find_mentions(sentence) if m.name]


def test_commonwealth_is_no_organisation_in_running_text() -> None:
    """Outside a title the word is no side: the UK's "Foreign and Commonwealth Office" and a country's
    own "Commonwealth of …" name keep their meaning."""
    expected = (None, "AU", "COMSEC", None)
    actual = (
        country_from_name("Commonwealth"),
        country_from_name("Commonwealth of Australia"),
        organisation_of_title("the Commonwealth’s"),
        organisation_of_title("Foreign and Commonwealth Affairs"),
    )
    assert expected == actual


def test_the_uk_foreign_secretary_is_no_commonwealth_office() -> None:
    """A title whose complement holds the word among others ("for Foreign and Commonwealth Affairs") is
    no Commonwealth office."""
    mentions = find_mentions(
        "Secretary of State for Foreign and Commonwealth Affairs Tom Hallam met Foreign Minister Ana Ruiz."
    )
    expected = [("Tom Hallam", None), ("Ana Ruiz", None)]
    assert expected == [(m.name, m.country) for m in mentions if m.name]


def test_a_lowercase_office_of_a_body_set_off_before_the_name_gives_the_body() -> None:
    """ "The secretary-general of the <organisation> (<acronym>), Dr. X, called on King Y" (a news page's
    lowercase office): X is the organisation's, not of the country the page later says he comes from."""
    readout = readoutlib.parse(
        "King Tomas receives Gulf Cooperation Council Secretary-General\n\n"
        "PORT TAN: The secretary-general of the Gulf Cooperation Council (GCC), Dr. Eko Halden, on Monday "
        "called on King Tomas. The king congratulated Halden on his appointment.\n\n"
        "Halden is the second Kuwaiti to hold the post and a former finance minister of Kuwait.\n"
    )
    expected = [("Eko Halden", "GCC", ("Secretary-General",)), ("Tomas", None, ("King",))]
    people = readout.event.participants
    actual = [(p.name, p.country if p.country == "GCC" else None, p.titles) for p in people]
    assert expected == actual


def test_the_federated_states_of_micronesia_by_its_short_names() -> None:
    """ "FSM" and "Federated States of Micronesia" name FM, as "Micronesia" does."""
    expected = ("FM", "FM", "FM")
    actual = tuple(country_from_name(n) for n in ("FSM", "the Federated States of Micronesia", "Micronesia"))
    assert expected == actual


def test_a_principal_reaffirming_his_states_commitment_is_of_that_state() -> None:
    """ "X reaffirmed Sylvania's commitment to …": a principal the page ties to no country otherwise takes
    the state whose commitment, position or support he reaffirms (a relayed page whose only other countries
    are the talk's topics, in a tie)."""
    readout = readoutlib.parse(
        "Press release on Foreign Minister Eko Tan’s meeting with US Secretary of State Tom Hallam\n\n"
        "On May 4, Foreign Minister Eko Tan met with US Secretary of State Tom Hallam on the sidelines of a "
        "conference in Rome.\n\n"
        "Eko Tan yet again said that dialogue was the key and reaffirmed Russia’s commitment to the "
        "principle of a political settlement.\n\n"
        "They also discussed other issues, including developments in Iraq, Libya and Yemen.\n",
        url="https://www.example.org/article/press-release-on-the-meeting",
    )
    expected = [("Eko Tan", "RU"), ("Tom Hallam", "US")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]
