"""Places, dates and countries on the sector ministers', Indo-Pacific and courtesy-call sets (fam191,
issue #8; each seen failing first on main b23b8135). People, places and bodies are invented where the
rule allows; a real body is named only where the rule is its row."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.event import event_location
from readoutlib.model import EventKind


def _countries(
    page: str, url: str = "https://example.org/news/2031/03/02/call.html"
) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readoutlib.parse(page, url=url).event.participants}


def test_the_energy_agency_s_head_is_the_agency_s() -> None:
    """The International Energy Agency is a body like the atomic one: its executive director, named after
    the body's name and office, is the body's, not the dateline's state nor none."""
    page = (
        "VELPORT (Agency News) International Energy Agency (IEA) Executive Director Ana Ruiz Soto said on "
        "Friday that she had held a phone conversation with Ruritanian Energy Minister Karel Dvorak to "
        "discuss oil markets.\n\n"
        "Ruiz Soto said both agreed to stay in close contact on supply.\n"
    )
    assert _countries(page).get("Ana Ruiz Soto") == "IEA"


def test_an_office_of_a_body_after_the_name_makes_its_holder_the_body_s() -> None:
    """ "X met with Y the Deputy Director of the Fund's Asia Department": the office after the name, set
    off by no comma and followed by a department of the body (a possessive), still names the body."""
    page = (
        "VELPORT, Velor, Mar. 8\n\n"
        "Ruritanian Minister of Finance Karel Dvorak met in a virtual format with Lena Marsh the Deputy "
        "Director of the IMF’s Asia and Pacific Department, who will head the Fund's mission.\n\n"
        "The sides reviewed the agenda of cooperation between the International Monetary Fund and "
        "Ruritania.\n"
    )
    assert _countries(page).get("Lena Marsh") == "IMF"


def test_the_body_named_again_by_its_last_word_gives_its_office_holder() -> None:
    """ "… to the International Energy Agency, Y met with the Agency’s Executive Director, Dr X": "the
    Agency" names again the body the sentence named in full, and the office is that body's."""
    page = (
        "Executive Director meets with Ruritanian Energy Minister, H.E. Karel Dvorak\n\n"
        "Marking the first visit by a Ruritanian energy minister to the International Energy Agency, H.E. "
        "Karel Dvorak, Ruritania’s Minister of Energy, met with the Agency’s Executive Director, Dr Ana "
        "Ruiz Soto, at the headquarters yesterday, to discuss oil market developments.\n\n"
        "They also discussed how they can expand their cooperation in other areas.\n"
    )
    assert _countries(page).get("Ana Ruiz Soto") == "IEA"


def test_a_date_label_or_a_section_over_a_date_line_is_no_place() -> None:
    """A label ("Date") or a section's name ("News") alone on the line above the page's date is a field's
    name, not a dateline's place split over two lines; a city there still is."""
    from readoutlib.segment.datelines import place_line

    for label in ("Date", "News", "Latest News"):
        assert place_line([label, "2031.09.24 / 20:32", "Speaker Meets Visiting Peer"]) is None
        assert place_line(["Title", label, "2031-11-29"], title="Title") is None
    assert place_line(["Lindoro", "2031-11-29", "Speaker Meets Visiting Peer"]) == "Lindoro"


def test_a_date_label_over_a_date_at_the_page_s_foot_is_no_place() -> None:
    """The foot of a page: "Date" over its date line, then an author's label: the label is no place the
    story was signed in."""
    from readoutlib.segment.dump import split_text_dump

    lines = [
        "Speaker Meets Visiting Peer",
        "The speaker of the Ruritanian parliament met a visiting peer on Tuesday, talking of trade.",
        "Date",
        "2031.09.24 / 20:32",
        "Author",
        "Agency",
    ]
    assert split_text_dump(lines).place is None


def test_a_lead_s_weekday_dates_the_call_where_no_opening_is_found() -> None:
    """Under a date line of Thursday 13 March 2031, a lead telling that two ministers "discussed … during a
    call on Wednesday" (a wording no opening is read from) dates the call the Wednesday before."""
    page = (
        " date 2031-03-13 .\n"
        "Ruritanian Finance Minister holds call with Velorian counterpart\n\n"
        "Ruritanian Finance Minister Ana Ruiz and Velorian Finance Minister Karel Dvorak discussed the "
        "debt talks and other issues during a call on Wednesday, the ministry said.\n\n"
        "Ruiz stressed the need to address the challenges of the recovery, the ministry said in a "
        "statement.\n"
    )
    readout = readoutlib.parse(page)
    assert str(readout.event.date) == "2031-03-12"


def test_a_name_before_a_year_and_a_gathering_is_no_place() -> None:
    """ "in the UNITAS 2031 Foreign Ministerial Session": a bloc's name, a year, then the gathering's words
    name the gathering, not where it is; a city before a year and words naming no gathering still is."""
    sentence = (
        "Foreign Minister Ana Ruiz, currently in Brazil to participate in the UNITAS 2031 Foreign "
        "Ministerial Session, held a bilateral meeting with Foreign Minister Karel Dvorak on June 10, 2031."
    )
    assert event_location(sentence, EventKind.MEETING) != "UNITAS"


def test_a_city_s_colon_dateline_places_an_event_told_as_held_here() -> None:
    """ "Northtown: X on Tuesday called on Governor Y at the Raj Niwas here": the city closed by a colon is
    no state's capital, but "here" says the call was made where the story was written."""
    page = (
        "Northtown: US Consul General Ana Ruiz on Tuesday called on Governor Karel Dvorak at the Raj Niwas "
        "here, an official statement said.\n\n"
        "The two discussed a wide range of issues, including shared interests of India and the US, the "
        "statement said.\n"
    )
    assert readoutlib.parse(page).event.location == "Northtown"
    elsewhere = page.replace(" here,", ",")
    assert readoutlib.parse(elsewhere).event.location is None


def test_a_capital_closed_by_a_slash_is_the_lead_s_dateline() -> None:
    """ "Lisbon/ Information Office/ 26 February 2031/ X met here today with Y": the office's slashed
    dateline opens with the capital, where the meeting held "here" was."""
    page = (
        "Portuguese Minister Meets Velorian Ambassador\n\n"
        "Lisbon/ Information Office/ 26 February 2031/ Portuguese Minister of Education Ana Ruiz met here "
        "today with HE Velor's Ambassador to Portugal Karel Dvorak. During the meeting, they discussed "
        "cooperation in the field of education between the two countries.\n"
    )
    assert readoutlib.parse(page).event.location == "Lisbon"


def test_a_gathering_hosted_in_a_city_places_a_meeting_on_its_sidelines() -> None:
    """ "X met Y on the sidelines of the Ninth Speakers' Summit (S9)." then "The summit was hosted by … in
    Northport under the theme …": the meeting on the summit's sidelines was where the summit was."""
    from readoutlib.languages.en.event import sidelines_city

    paragraphs = [
        "Ana Ruiz, Speaker of the Velorian Council, met with the Speaker of the National Assembly of "
        "Ruritania, Karel Dvorak, on the sidelines of the Ninth Speakers' Summit (S9).",
        "The summit was hosted by the Parliament of Borduria in cooperation with the Union in Northport "
        "under the theme, 'One Future'.",
    ]
    assert sidelines_city(paragraphs, EventKind.MEETING) == "Northport"
    assert sidelines_city(paragraphs, EventKind.PHONE_CALL) is None


def test_a_city_opening_the_sentence_places_the_meeting() -> None:
    """ "In Northport on 25 September, X met with Y": the capital "In" opening the sentence places it as
    "in" inside it does; a month or a country there names no city."""
    opening = "In Northport on 25 September, Commissioner Ana Ruiz met with Minister Karel Dvorak."
    assert event_location(opening, EventKind.MEETING) == "Northport"
    assert event_location(opening.replace("Northport on", "February on"), EventKind.MEETING) is None
    assert event_location(opening.replace("Northport", "France"), EventKind.MEETING) is None


def test_a_lead_s_full_date_in_the_week_before_the_page_dates_the_call_where_no_opening_is_found() -> None:
    """A page updated on 26 February whose lead ("On 24 February 2031, Consul-General X extended a courtesy
    call to Y …", a wording no opening is read from) dates the call itself: the 24th, not the update."""
    page = (
        "Consul General Meets the Speaker of the Northland Assembly\n"
        "Updated: February 26, 2031 12:35\n\n"
        "On 24 February 2031, Consul-General of Velor in Northport Dr Ana Ruiz extended a courtesy call to "
        "the Speaker of the Legislative Assembly of Northland Hon Karel Dvorak at the Parliament House, to "
        "exchange views on relations.\n\n"
        "Dr Ruiz said the cooperation between the two sides has a good foundation.\n"
    )
    assert str(readoutlib.parse(page).event.date) == "2031-02-24"
