"""Dates and places missed on the blind sets en-bo..en-br (fam231, issue #8; each seen failing first on main
60592097)."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.languages.en.event import EventDate, event_dates, event_location, held_in, weekday_told_below
from readoutlib.model import EventKind
from readoutlib.segment.datelines import date_line_date, date_line_place, split_glued_date


def _event(page: str) -> readoutlib.model.Event:
    return readoutlib.parse(page).event


def test_a_lead_paragraph_above_the_opening_dates_a_page_with_no_date() -> None:
    """A page with no date of its own whose lead paragraph tells the encounter with its full date ("was
    today May 4th, 2031 received by …") above the paragraph the opening is read in."""
    page = (
        "Velorian President Ana Ruiz was today May 4th, 2031 received by Ruritanian President Tomas Berg.\n\n"
        "President Ruiz is on a working visit to Ruritania and after she was received at the airport by her "
        "counterpart, she held a bilateral meeting with President Berg at the presidential palace.\n\n"
        "The meeting focused on trade between the two countries.\n"
    )
    assert (_event(page).date, _event(page).date_basis) == (dt.date(2031, 5, 4), "text")


def test_the_encounter_told_again_below_the_opening_dates_a_page_with_no_date() -> None:
    """ "… recently met at the palace" then "At the palace, X met Y, yesterday 4th May 2031.": the sentence
    below that tells the encounter again gives its full date; one that tells another occasion does not."""
    page = (
        "President Ana Ruiz of Veloria and President Tomas Berg of Ruritania recently met at the palace in "
        "Northport to discuss trade.\n\n"
        "At the palace in Northport, President Ana Ruiz met and spoke with President Tomas Berg, yesterday "
        "4th May 2031.\n\n"
        "The two presidents discussed regional issues.\n"
    )
    assert _event(page).date == dt.date(2031, 5, 4)
    page = (
        "President Ana Ruiz of Veloria and President Tomas Berg of Ruritania recently met at the palace in "
        "Northport to discuss trade.\n\n"
        "The two presidents signed the trade agreement signed on 4th May 2031 again.\n\n"
        "They discussed regional issues.\n"
    )
    assert _event(page).date is None


def test_the_event_said_to_have_taken_place_on_a_full_date_dates_it() -> None:
    """ "The event took place at the State Lodge in Northport on May 4, 2031.": the encounter named again
    as "the event", on a page with no date."""
    page = (
        "Velorian Foreign Minister Ana Ruiz hosted a working dinner for Ruritanian Foreign Minister Tomas "
        "Berg. The event took place at the State Lodge in Northport on May 4, 2031.\n\n"
        "During the dinner, Ruiz welcomed Berg.\n"
    )
    assert _event(page).date == dt.date(2031, 5, 4)


def test_a_capital_named_by_the_nation_s_possessive_is_that_city() -> None:
    """ "took place yesterday in the nation's capital, Northport": the city after the capital's words,
    as "in the Velorian capital, Northport" already was."""
    sentence = "The talks, which took place yesterday in the nation’s capital, Northport, covered trade."
    assert held_in(sentence, EventKind.TALKS) == "Northport"
    sentence = "The two ministers met on Monday in the country's capital, Northport."
    assert event_location(sentence, EventKind.MEETING) == "Northport"


def test_a_city_joined_by_es_keeps_its_every_word() -> None:
    """ "in Dar es Salaam": the whole name, not its first word."""
    sentence = "The two presidents met in Dar es Salaam on Monday to discuss trade."
    assert event_location(sentence, EventKind.MEETING) == "Dar es Salaam"


def test_the_pentagon_is_a_building_and_the_dateline_places_the_talks() -> None:
    """ "held talks … in the Pentagon" under a "Northport, October 13 (Wire) –" dateline: a building, as
    a palace or a ministry is, not a city; the dateline's city places the talks."""
    page = (
        "Northport, October 13 (Wire) – Velorian Defence Minister Ana Ruiz held talks with Ruritanian "
        "Defence Minister Tomas Berg in the Pentagon on Wednesday afternoon.\n\n"
        "Ruiz afterwards opened an exhibition.\n"
    )
    assert _event(page).location == "Northport"


def test_a_meeting_at_the_end_of_a_visit_to_a_city_is_held_there() -> None:
    """ "At the end of a two-day visit to Northport, X met Y": the city visited, as "during his visit to"
    already was."""
    sentence = (
        "At the end of a two-day visit to Northport, Velorian President Ana Ruiz met the Ruritanian prime "
        "minister Tomas Berg to discuss trade."
    )
    assert event_location(sentence, EventKind.MEETING) == "Northport"


def test_a_store_s_stamp_before_a_wire_s_bracketed_credit_dates_the_page() -> None:
    """ "date 2031-11-20 (WIRE- Agency) X and Y discussed …": the stamp is split off the lead as it is
    before a capital, so that it dates the page; a lowercase word after the bracket stays in the line."""
    line = "date 2031-11-20 (WIRE- Agency) Velorian Minister Ana Ruiz and Ruritanian Minister Tomas Berg met."
    assert split_glued_date(line) == [
        "date 2031-11-20",
        "(WIRE- Agency) Velorian Minister Ana Ruiz and Ruritanian Minister Tomas Berg met.",
    ]
    assert split_glued_date("date 2031-11-20 (updated) the text goes on") == [
        "date 2031-11-20 (updated) the text goes on"
    ]


def test_a_capital_s_gathering_with_a_name_of_its_own_places_the_meeting() -> None:
    """ "on the sidelines of the Vilnius Green Energy Forum": a capital's gathering, its own name between the
    city and "Forum", places the meeting in that capital; a gathering named after no city places nothing."""
    sentence = (
        "Trade was discussed in a meeting between the Velorian Prime Minister Ana Ruiz and her counterpart "
        "Tomas Berg on the sidelines of the Vilnius Green Energy Forum."
    )
    assert event_location(sentence, EventKind.MEETING) == "Vilnius"
    sentence = sentence.replace("Vilnius Green Energy Forum", "Global Green Energy Forum")
    assert event_location(sentence, EventKind.MEETING) is None


def test_a_fronted_earlier_call_s_weekday_yields_to_the_main_clause_s_own_date() -> None:
    """ "Following the President's call with Z on Monday, the Minister spoke to W on 14 June": the weekday
    is the earlier call's; the sentence's own day and month dates the event, against the page's date. With
    no date of its own the fronted weekday still dates it ("Following their talks on Monday, …")."""
    below = [
        "Following the President's telephone call with Ruritanian President Tomas Berg on Monday, the "
        "Foreign Minister spoke to Ruritanian Foreign Minister Eva Lund on 14 June, to congratulate her."
    ]
    assert weekday_told_below(below, dt.date(2031, 6, 16)) == EventDate(dt.date(2031, 6, 14), "relative")
    below = ["Following their talks on Monday, the two ministers spoke to the press."]
    assert weekday_told_below(below, dt.date(2031, 6, 18)) == EventDate(dt.date(2031, 6, 16), "relative")


def test_a_check_also_teaser_under_the_story_is_no_date_line_or_place() -> None:
    """ "Check Also" then "Northport Update, April 15, 2031": a teaser under the story, cut with its
    heading; the story keeps its opening, and the teaser's words place nothing."""
    page = (
        "Velorian minister meets Ruritanian envoy\n\n"
        "Velorian Foreign Minister Ana Ruiz discussed trade with Ruritanian Foreign Minister Tomas Berg.\n\n"
        "“The two ministers discussed regional security,” a statement said.\n\n"
        "Check Also\n\n"
        "Northport Update, April 15, 2031\n\n"
        "Officials have stressed the need to respond to the storm …\n"
    )
    readout = readoutlib.parse(page, url="https://news.example.org/2030/08/12/minister-meets-envoy/")
    assert readout.event.location is None
    assert readout.paragraphs[0].startswith("Velorian Foreign Minister Ana Ruiz")


def test_a_place_set_off_by_a_dash_before_the_date_is_a_date_line() -> None:
    """ "Northport, Velor - 23 March 2031" under a caption line: the page's date line and place, and the
    opening's "today" resolves against it."""
    assert date_line_date("Northport, Velor - 23 March 2031") == dt.date(2031, 3, 23)
    assert date_line_place("Northport, Velor - 23 March 2031") == "Northport, Velor"
    assert date_line_date("Minister Meets Envoy - 23 March 2031") is None
    assert date_line_date("Public Schedule – 23 March 2031") is None
    page = (
        "Prime Minister Ana Ruiz greets Tomas Berg, Secretary General of the Alliance, prior to a meeting.\n"
        "Northport, Velor - 23 March 2031\n"
        "Prime Minister Ana Ruiz held a productive meeting with Alliance Secretary General Tomas Berg, who "
        "was visiting Northport today.\n"
        "During the visit, they discussed key issues facing the Alliance.\n"
    )
    assert _event(page).date == dt.date(2031, 3, 23)


def test_a_gathering_to_be_held_from_a_date_is_another_event() -> None:
    """ "the exhibition, which is scheduled to be held from 22 to 26 September 2031": another event's dates,
    never the encounter's, below an opening on a page with no date."""
    page = (
        "Northport (Wire) - The envoy and the minister discussed farming.\n\n"
        "Velorian Ambassador Ana Ruiz and Ruritanian Minister of Agriculture Tomas Berg met on Wednesday to "
        "discuss trade in farm products.\n\n"
        "During the meeting, Berg invited Ruiz to the farm fair, which is scheduled to be held from 22 to 26 "
        "September 2031 in Northport.\n"
    )
    assert _event(page).date is None
    assert event_dates("the farm fair, which is scheduled to be held from 22 to 26 September 2031") == []
