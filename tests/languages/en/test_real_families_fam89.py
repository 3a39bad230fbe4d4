"""Countries, dates and places of the en-a..en-ac misses after fam85/fam86 (fam89), each family on an
invented page."""

from __future__ import annotations

import datetime as dt

import readoutlib

#: A wire's lead that tells the agreement by a bare weekday ("agreed Wednesday to …", the wire's style
#: without "on"), under a dateline of the next day; the opening found below it names no day.
_WIRE_LEAD = """Northport, March 14 (Coastline Press)--Norland Foreign Minister Ana Ruiz and her Southland \
counterpart, Tom Reed, agreed Wednesday to widen cooperation on fisheries and port security.

During the first strategic dialogue between the two ministers in Southport, Ruiz said Norland wants to \
deepen its ties with Southland.

Reed said his country was ready to work with Norland in every field.
"""


def test_a_wire_lead_dates_the_event_by_its_bare_weekday() -> None:
    readout = readoutlib.parse(_WIRE_LEAD, url="https://news.example.org/2031/03/14/fisheries")
    assert (readout.event.date, readout.event.date_basis) == (dt.date(2031, 3, 12), "relative")


#: A meeting on a summit's sidelines whose topics include a country's elections: "the elections in
#: Velor" is a topic, not where the meeting was, so the dateline still places it.
_ELECTIONS_TOPIC = """Foreign Minister meets counterparts in Port Avel

Port Avel (Coastline News) - The Foreign Minister of Velor, Ana Ruiz, took part on Tuesday in the \
meeting of foreign ministers of the two unions.

On the sidelines of the meeting, Minister Ruiz met with Marland Foreign Minister Tom Reed, and they \
discussed bilateral cooperation and the course of the presidential elections in Velor.
"""


def test_the_elections_in_a_country_are_a_topic_not_the_place() -> None:
    from readoutlib.languages.en.event import place_set_aside

    assert place_set_aside("they discussed the course of the presidential elections in Velor") == "topic"
    readout = readoutlib.parse(_ELECTIONS_TOPIC, url="https://news.example.org/2031/03/14/ministers")
    assert readout.event.location == "Port Avel"


#: Two states named in order, then the two names in the same order, while the caller (named second)
#: is listed first: the first named is of the first state, whichever side called.
_ORDER_OF_NAMING = """Phone conversation with the president of Peru

The presidents of Chile and Peru stressed the need for closer cooperation on fisheries in their phone \
conversation held Friday. Luis Ortega assured Reyes of Chile's support.

Pablo Reyes, who called Luis Ortega, confirmed the strategic nature of the relations between the two \
countries.
"""


def test_two_states_in_order_go_to_the_names_in_the_order_they_are_written() -> None:
    readout = readoutlib.parse(_ORDER_OF_NAMING)
    assert {p.name: p.country for p in readout.event.participants} == {
        "Luis Ortega": "CL",
        "Pablo Reyes": "PE",
    }
