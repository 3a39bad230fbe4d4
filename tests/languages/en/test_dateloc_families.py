"""Families of event date and place misses pooled from the dev sets en-a..en-j (#8), on invented text."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.dates import numeric_order, parse_date, reorder_numeric
from readoutlib.languages.en.event import event_date, event_location, held_in
from readoutlib.model import EventKind, Readout
from readoutlib.segment.datelines import strip_dateline


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_date_in_figures_follows_the_pages_worded_date() -> None:
    """A foot date "3/6/2031" on a page dated "Port Avel, Mar. 6." is 6 March, and dates "on Thursday"."""
    readout = _page(
        "Port Avel Herald",
        "Minister meets visiting counterpart",
        "10:15 | Port Avel, Mar. 6.",
        "Foreign Minister Ana Loret on Thursday met her Velorian counterpart Ivo Brand in Port Avel"
        " ahead of the joint commission slated for Friday.",
        "The two ministers discussed trade and fisheries.",
        "Published: 3/6/2031",
    )
    expected = (dt.date(2031, 3, 6), dt.date(2031, 3, 6), "relative")
    assert expected == (readout.source.published, readout.event.date, readout.event.date_basis)


def test_numeric_order_from_a_part_above_twelve() -> None:
    """A page printing "13/06/2031" writes figures day first; one printing "06/13/2031" month first."""
    expected = (False, True, None)
    assert expected == (
        numeric_order(["Posted 13/06/2031", "Updated 03/07/2031"]),
        numeric_order(["Posted 06/13/2031", "Updated 03/07/2031"]),
        numeric_order(["Posted 13/06/2031", "Updated 06/14/2031"]),
    )


def test_reorder_numeric_leaves_a_page_that_does_not_tell() -> None:
    """A date read from "3/6/2031" stays as read on a page that shows no order of its own."""
    expected = dt.date(2031, 6, 3)
    page = ["Published: 3/6/2031", "The minister met the envoy."]
    assert expected == reorder_numeric(dt.date(2031, 6, 3), page)


def test_a_dateline_opening_the_story_above_the_opening_places_the_meeting() -> None:
    """A dateline "PORT AVEL, Velor —" opening the story places the courtesy call told below it."""
    readout = _page(
        "Velor and Ruritania tackle fisheries during courtesy call",
        "PORT AVEL, Velor — Velor and Ruritania have discussed fisheries and trade, the ministry said on"
        " Wednesday.",
        "Ruritanian Deputy Foreign Minister Ivo Brand paid a courtesy call on Foreign Minister Ana Loret on"
        " March 6, 2031.",
        "The two officials agreed to meet again in the autumn.",
    )
    expected = ("Port Avel", dt.date(2031, 3, 6))
    assert expected == (readout.event.location, readout.event.date)


def test_an_envoys_post_or_a_topic_is_no_place_of_the_meeting() -> None:
    """An envoy's post ("ambassador in Sofia") and a topic ("tension in Velora") place no event."""
    sentences = [
        "Prime Minister Ana Loret held talks on March 6 with the Ruritanian ambassador in Sofia, Ivo Brand.",
        "Amid growing tension in Velora - Foreign Minister Ana Loret met today in Amman with King Ivo.",
        "Foreign Minister Ana Loret met the Ruritanian consul-general in Sofia.",
    ]
    expected = [None, "Amman", None]
    assert expected == [event_location(s, EventKind.MEETING) for s in sentences]


def test_a_venue_alone_names_no_city() -> None:
    """A venue ("at Kavira Village") is no city; a seat ("at the Kremlin") or the dateline's city is."""
    cases = [
        ("Today at Kavira Village, President Ana Loret met a delegation from Ruritania.", None),
        ("Minister Ivo Brand met today with Minister Ana Loret at Tamu house.", None),
        ("President Ana Loret met the King at the Kremlin.", None),
        ("Minister Ivo Brand met today with Minister Ana Loret at Tamu house.", "PORT AVEL"),
    ]
    expected = [None, None, "Moscow", "Port Avel"]
    assert expected == [event_location(s, EventKind.MEETING, dateline=d) for s, d in cases]


def test_dates_written_with_hyphens_or_year_first_slashes() -> None:
    """Dates "17-01-2031", "17-Jan-2031", "17-January-2031" and "2031/01/17" are 17 January 2031."""
    texts = ["Posted on 17-01-2031 10:00", "17-Jan-2031", "Date: 17-January-2031", "Updated 2031/01/17"]
    expected = [dt.date(2031, 1, 17)] * 4
    assert expected == [parse_date(text) for text in texts]


def test_a_date_line_with_hyphens_dates_today() -> None:
    """A page dated "Date: 17-01-2031" above "met today" dates the meeting 17 January 2031."""
    readout = _page(
        "Foreign Minister meets Ruritanian counterpart",
        "Date: 17-01-2031",
        "Foreign Minister Ana Loret met today with the Foreign Minister of Ruritania, Ivo Brand, in Avel.",
        "The two ministers discussed trade and fisheries.",
    )
    expected = (dt.date(2031, 1, 17), "relative", dt.date(2031, 1, 17))
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


def test_a_dateline_with_a_hyphenated_date() -> None:
    """Openings "ISLAMABAD, 17-01-2031 –" and "ISLAMABAD, 17-Jan-2031:" are datelines with their date."""
    texts = [
        "ISLAMABAD, 17-01-2031 – Foreign Minister Ana Loret met today with the Ruritanian envoy.",
        "ISLAMABAD, 17-Jan-2031: Foreign Minister Ana Loret met today with the Ruritanian envoy.",
    ]
    expected = [("ISLAMABAD", dt.date(2031, 1, 17))] * 2
    found = [strip_dateline(text) for text in texts]
    assert expected == [(d.place, d.date) if d else None for d in found]


def test_a_later_sentence_about_the_meeting_itself_places_it() -> None:
    """A later "The meeting, held at the Union's headquarters in Port Avel, …" places the meeting."""
    readout = _page(
        "Secretary General meets the Foreign Minister of Ruritania",
        "Secretary General Ana Loret met today with the Foreign Minister of Ruritania, Ivo Brand.",
        "Secretary General Loret and Minister Brand also reviewed the outcome of the summit held last week.",
        "The meeting, held at the Union's headquarters in Port Avel, was also an occasion to discuss trade.",
        "The summit will be held in Velora next year.",
    )
    expected = "Port Avel"
    assert expected == readout.event.location


def test_an_agency_dateline_closed_by_a_full_stop() -> None:
    """An agency's dateline "Port Avel /VELNEWS/." (or "PORT AVEL, March 6. /VELNEWS/.") places a meeting."""
    readout = _page(
        "Foreign Minister meets Ruritanian Ambassador",
        "Port Avel /VELNEWS/. On March 6, Foreign Minister of Velor Ana Loret received Ruritanian Ambassador"
        " to Velor Ivo Brand at the latter's request.",
        "They exchanged views on bilateral ties.",
    )
    dateline = strip_dateline("PORT AVEL, March 6. /VELNEWS/. Foreign Minister Ana Loret received the envoy.")
    expected = ("Port Avel", ("PORT AVEL", (3, 6)))
    assert expected == (readout.event.location, (dateline.place, dateline.day_month) if dateline else None)


def test_a_peoples_adjective_is_no_place() -> None:
    """A place "in the Colombian capital" names no city: no location rather than "Colombian"."""
    sentence = "The ministers held talks on Saturday, which took place in the Colombian capital."
    expected = (None, None)
    assert expected == (event_location(sentence, EventKind.TALKS), held_in(sentence, EventKind.TALKS))


def test_a_year_first_dotted_date_closed_by_a_dot() -> None:
    """A date "2031.01.17." (the closing dot as Korean sites print it) is 17 January 2031."""
    expected = [dt.date(2031, 1, 17), None]
    assert expected == [parse_date("2031.01.17."), parse_date("version 2031.01.17.5")]


def test_today_beats_the_full_date_of_another_event_in_the_opening() -> None:
    """An opening "who last met on 5 May 2030 … spoke today" is dated today; "said today that …" is not."""
    published = dt.date(2031, 3, 6)
    sentences = [
        "The two leaders, who last met on 5 May 2030 in Paris, spoke by phone today.",
        "Following the elections held on 3 February 2031, the President received the Ambassador today.",
        "The Ministry said today that the Prime Minister met the President on 2 March 2031 in Avel.",
        "The Prime Minister met the President on 5 March 2031 in Avel, as reported today.",
    ]
    expected = [
        (dt.date(2031, 3, 6), "relative"),
        (dt.date(2031, 3, 6), "relative"),
        (dt.date(2031, 3, 2), "text"),
        (dt.date(2031, 3, 5), "text"),
    ]
    found = [event_date(s, None, published=published) for s in sentences]
    assert expected == [(d.date, d.basis) for d in found]


def test_a_document_or_an_earlier_meeting_dated_in_the_opening_is_not_the_event() -> None:
    """Dates after "the agreement signed on", "elected on", "Recalling their meeting of" are other events'."""
    published = dt.date(2031, 3, 6)
    sentences = [
        "The ministers reviewed the agreement signed on 5 May 2030 in a phone call.",
        "The President, elected on 3 February 2031, received the Ambassador.",
        "Recalling their meeting of 12 February 2031, the ministers spoke by phone.",
    ]
    expected = [(published, "published")] * 3
    found = [event_date(s, None, published=published) for s in sentences]
    assert expected == [(d.date, d.basis) for d in found]
