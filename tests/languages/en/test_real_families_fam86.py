"""Families of participants on real bulk pages read by eye (round 86 of issue #8), on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _people(readout: Readout) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {p.name: (p.country, p.titles) for p in readout.event.participants}


def test_a_title_that_serves_an_office_runs_on_over_the_office() -> None:
    """'X, Senior Advisor to the President and Director of the Office of …': the title runs on over
    'to the President' and 'and Director of …', so the office it serves is part of the title, not a
    person ('The President', 'The Director' came out as participants, the title cut at 'Senior Advisor')."""
    readout = _page(
        "Readout of a Meeting with County Officials on Rural Water",
        "On Monday, Mara Quill, Senior Advisor to the President and Director of the Office of Rural Affairs,"
        " and Tom Hale, Assistant to the President and Director of the Water Policy Council, met with county"
        " officials to discuss the rural water program.",
        "The officials discussed the grants and the repair of old pipes.",
    )
    people = _people(readout)
    assert "The President" not in people
    assert "The Director" not in people
    assert "Director of the Office of Rural Affairs" in " ".join(people["Mara Quill"][1])
    assert "Director of the Water Policy Council" in " ".join(people["Tom Hale"][1])


def test_a_title_that_serves_an_adviser_keeps_its_holder() -> None:
    """'X, Deputy Assistant to the President and Senior Advisor to the Policy Advisor, and Y, Senior
    Advisor to the Office of …, met': both holders are read, the first was lost."""
    readout = _page(
        "Readout of a Convening with State Legislators on Rail Safety",
        "Yesterday, Nora Vance, Deputy Assistant to the President and Senior Advisor to the Domestic Policy"
        " Advisor, and Paul Greer, Senior Advisor to the Office of Intergovernmental Affairs, met with state"
        " legislators to discuss rail safety.",
        "The officials thanked the legislators for their work on rail crossings.",
    )
    people = _people(readout)
    assert "Nora Vance" in people
    assert "Paul Greer" in people
    assert not any(name.startswith("The ") for name in people)


def test_a_served_title_keeps_its_holder_before_and_and_office_words() -> None:
    """'X, Assistant to the President and Director of the Y Council and Z, …' (no comma before the next
    holder) and 'X, Senior Advisor to the President and White House Tribal Affairs Director, Z, …' (office
    words the scan reads as a name): X keeps the title (X was lost, or read as a name "Tribal")."""
    readout = _page(
        "Readout of a Convening with State Legislators on Child Care",
        "Today, Nora Vance, Assistant to the President and Director of the Family Policy Council and Paul"
        " Greer, Deputy Assistant to the President for Economic Mobility, convened state legislators.",
        "The officials discussed child care costs.",
    )
    people = _people(readout)
    assert "Director of the Family Policy Council" in " ".join(people["Nora Vance"][1])
    assert "Paul Greer" in people
    readout = _page(
        "Readout of a Convening with State Legislators on Flood Safety",
        "Today, Mara Quill, Senior Advisor to the President and White House Tribal Affairs Director, Tom"
        " Hale, Deputy Assistant to the President for Water Policy, and Ana Ruiz, Special Assistant to the"
        " President, convened state legislators on flood safety.",
        "The officials discussed levees.",
    )
    people = _people(readout)
    assert "Tribal Affairs Director" in " ".join(people["Mara Quill"][1])
    assert not any(name in people for name in ("Tribal", "White House"))


def test_a_known_leader_alone_on_a_page_is_of_his_own_state() -> None:
    """'Statement … on President Obama’s Meeting with G7 Leaders', where the President is the page's
    one principal and no publisher gives a country: the known leader is of his own state (the last
    guess was made only on two-sided pages)."""
    readout = _page(
        "Statement by Press Secretary Ana Ruiz on President Obama’s Meeting with G7 Leaders",
        "During a meeting this morning with the G7 leaders, the President conveyed that the mission in the"
        " capital will end on schedule. He also made clear that each day of operations adds risk.",
        "###",
    )
    assert _people(readout)["Obama"][0] == "US"


def test_an_official_of_a_known_leader_is_of_the_leaders_state() -> None:
    """ "President Obama's National Security Advisor X traveled to Mexico": the office serves a known
    leader, so X is of the leader's state, whatever country the page names near X."""
    readout = _page(
        "Readout of Senior Official Travel to Mexico",
        "President Obama’s National Security Advisor Tom Berg traveled to Mexico on August 10 to advance"
        " cooperation across the bilateral agenda, and met with Foreign Secretary Luis Ortega.",
        "They discussed migration and trade across the border.",
    )
    assert _people(readout)["Tom Berg"][0] == "US"


def test_an_office_of_the_united_states_only_gives_its_country() -> None:
    """'National Climate Advisor X held the meeting of the Task Force' on a page with no publisher: the
    office is the US government's only (national_offices.toml), so X is American (was no country)."""
    readout = _page(
        "Readout of the Climate Task Force Meeting",
        "Today, National Climate Advisor Nora Vance held the twelfth meeting of the Climate Task Force to"
        " launch a week of actions on clean power and heat safety.",
        "The Task Force heard a briefing on heat waves and discussed the next steps.",
    )
    assert _people(readout)["Nora Vance"][0] == "US"
