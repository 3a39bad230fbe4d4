"""Families of event date and place misses pooled from the dev sets en-a..en-o (#8, fam27), on invented
text."""

from __future__ import annotations

import datetime as dt

from tests.languages.en.layout_kit import text_page as _page


def test_a_date_line_with_its_time_first_dates_the_call() -> None:
    """A news agency's date line "09:12, 4 March 2031" (the time before the date) is the page's date,
    and dates a call whose body gives no day."""
    readout = _page(
        "Velorian and Ruritanian presidents hold phone talks",
        "09:12, 4 March 2031",
        "Velorian President Ana Loret has had a telephone conversation with her Ruritanian counterpart"
        " Ivo Brand, the presidential press service reports.",
        "The two leaders discussed preparations for the upcoming state visit.",
    )
    expected = (dt.date(2031, 3, 4), dt.date(2031, 3, 4), "published")
    assert expected == (readout.source.published, readout.event.date, readout.event.date_basis)


def test_a_ceremony_told_after_the_opening_gives_its_weekday_date_and_city() -> None:
    """ "The ceremony took place at State House, Port Avel, Velor, on Friday, May 9, 2031." after an
    undated opening dates the presentation of credentials and places it in the city after the
    building, not on the page's later date line."""
    readout = _page(
        "date 2031-05-10 Velorian envoy presents credentials",
        "Velorian High Commissioner to Ruritania, Ambassador Ana Loret has presented Letter of Credence"
        " to President Ivo Brand of Ruritania.",
        "The colourful ceremony took place at the State House, Port Avel, Ruritania, on Friday, May 9, 2031.",
        "During brief talks that followed, Ambassador Loret expressed confidence in the ties between the"
        " two countries.",
    )
    expected = (dt.date(2031, 5, 9), "text", "Port Avel")
    assert expected == (readout.event.date, readout.event.date_basis, readout.event.location)


def test_the_discussion_recalled_after_the_opening_dates_and_places_it() -> None:
    """On a page with no date of its own, "after the discussion in Port Avel on May 9, 2031" in the
    sentence after an undated opening gives the meeting its date and its city."""
    readout = _page(
        "President Ana Loret meets Velorian President",
        "The President of Ruritania Ana Loret met with the Velorian President Ivo Brand to discuss"
        " existing bilateral relations between the two countries.",
        "Speaking to the press after the discussion in Port Avel on May 9, 2031 President Loret shared"
        " her intention to strengthen relations with Velor.",
        "Both countries plan to sign a cooperation agreement next year.",
    )
    expected = (dt.date(2031, 5, 9), "text", "Port Avel")
    assert expected == (readout.event.date, readout.event.date_basis, readout.event.location)


def test_letter_of_credence_without_its_article_is_an_audience_not_a_statement() -> None:
    """ "has presented Letter of Credence to President X" (no article) opens the report of an audience,
    a meeting, and is no statement of the envoy."""
    readout = _page(
        "Velorian envoy presents credentials",
        "Velorian High Commissioner to Ruritania, Ambassador Ana Loret has presented Letter of Credence"
        " to President Ivo Brand of Ruritania.",
        "During brief talks that followed, Ambassador Loret expressed confidence in the ties between the"
        " two countries.",
    )
    verbs = [s.verb for s in readout.statements]
    assert (readout.event.kind.value, "presented" in verbs) == ("meeting", False)


def test_a_news_conference_held_on_a_date_does_not_date_an_undated_call() -> None:
    """On a page with no date of its own, "his annual news conference held on March 3, 2031" after the
    opening is another event: the call stays undated."""
    readout = _page(
        "Telephone conversation with the Prime Minister of Velor",
        "Ivo Brand had a telephone conversation with Prime Minister of Velor Ana Loret. The Prime Minister"
        " underscored the support for the President's statements made at his annual news conference held"
        " on March 3, 2031, on the dignity of every religious group.",
        "The parties agreed to continue their contacts.",
    )
    assert readout.event.date is None


def test_a_date_line_in_figures_with_a_two_figure_year_dates_today() -> None:
    """A page's date line "11/7/31" alone (day first, a two-figure year) is its date: "today" is then
    11 July 2031."""
    readout = _page(
        "11/7/31",
        "",
        "Statement by the Government Spokesman on the telephone call between the President and the Velorian"
        " Vice President",
        "",
        "The President of the Republic Mr Ivo Brand had, today afternoon, a telephone communication with the"
        " Vice President of Velor Ms Ana Loret.",
        "The two discussed issues of bilateral relations and agreed to meet in the near future.",
    )
    expected = (dt.date(2031, 7, 11), dt.date(2031, 7, 11), "relative")
    assert expected == (readout.source.published, readout.event.date, readout.event.date_basis)


def test_a_city_named_as_the_capital_places_the_meeting() -> None:
    """ "in the capital city of Port Avel" and "in the Kenyan capital Nairobi" name the city; the word
    "capital" before it no longer hides it (nor is the people's adjective read as the place)."""
    first = _page(
        "Foreign Minister visits Velor",
        "July 7th, 2031",
        "Foreign Minister Ana Loret held talks yesterday in the capital city of Port Avel with her Velorian"
        " colleague Ivo Brand.",
        "The two ministers discussed trade and the fisheries agreement.",
    )
    second = _page(
        "Foreign Minister meets Velorian counterpart",
        "July 7th, 2031",
        "Foreign Minister Ana Loret met yesterday in the Kenyan capital Nairobi with her counterpart Ivo"
        " Brand.",
        "The two ministers discussed trade and the fisheries agreement.",
    )
    assert (first.event.location, second.event.location) == ("Port Avel", "Nairobi")


def test_a_news_report_of_the_next_day_dates_the_meeting_by_its_weekday_told_below() -> None:
    """An agency's report dated the day after ("July 16, 2031", a Wednesday) opens undated ("has met …
    as part of his visit"); the sentences below tell the meeting with its weekday ("Upon his arrival on
    Tuesday, Loret was received by …"): the meeting was on Tuesday 15 July."""
    readout = _page(
        "July 16, 2031",
        "The Velorian foreign minister has met his Ruritanian counterpart as part of his visit to Ruritania,"
        " according to the Velorian Foreign Ministry.",
        "Ana Loret embarked on a two-day visit to Ruritania on Tuesday.",
        "Upon her arrival on Tuesday, Loret was received by her Ruritanian counterpart Ivo Brand.",
        "SOURCE: Port Avel Agency",
    )
    expected = (dt.date(2031, 7, 15), "relative")
    assert expected == (readout.event.date, readout.event.date_basis)
