"""Tests for the event rules: opening, kind, date, location and the not-a-readout decision."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from readoutlib.analysis.profile import Profile
from readoutlib.dates import url_date
from readoutlib.errors import PluginWarning
from readoutlib.languages.en.event import (
    OTHER_EVENT_AFTER,
    OTHER_EVENT_DATES,
    REQUEST_PATTERNS,
    Dateline,
    EventDate,
    clause_tense,
    complete_day_month,
    event_clause,
    event_date,
    event_dates,
    event_kind,
    event_location,
    find_opening,
    has_event_words,
    kind_of,
    not_readout_reason,
    request_phrase,
    split_sentences,
    strip_dateline,
)
from readoutlib.model import EventKind

GENERIC = Profile()


def test_sentences_do_not_break_after_abbreviations() -> None:
    """Sentence splitting keeps "Mr." and "U.S." inside their sentence."""
    text = "Mr. Ola Berg met the U.S. envoy. They talked for an hour."
    expected = ["Mr. Ola Berg met the U.S. envoy.", "They talked for an hour."]
    assert expected == [s for _, s in split_sentences(text)]


def test_dateline_with_date_and_agency() -> None:
    """A "<Place>, <date> (<agency>):" dateline gives its place and date and its length."""
    text = "Lahore, March 3, 2022 (NewsDesk): The Minister met the envoy."
    found = strip_dateline(text, GENERIC)
    assert found is not None
    expected = ("Lahore", dt.date(2022, 3, 3), "The Minister met the envoy.")
    assert expected == (found.place, found.date, text[found.length :])


def test_dateline_with_place_and_dash() -> None:
    """A "<Place> -" dateline is stripped and has no date."""
    text = "Ottawa, ON - The Minister spoke with her counterpart."
    found = strip_dateline(text, GENERIC)
    assert found is not None
    expected = ("The Minister spoke with her counterpart.", None)
    assert expected == (text[found.length :], found.date)


def test_dateline_without_a_year_and_with_a_slashed_agency() -> None:
    """ "CAPITAL CITY, JAN 17 /XNA/ –" is a dateline: its place, and its day and month to complete."""
    text = "CAPITAL CITY, JAN 17 /XNA/ – The Minister met the envoy."
    expected = Dateline(len(text) - len("The Minister met the envoy."), "CAPITAL CITY", None, (1, 17))
    assert expected == strip_dateline(text, GENERIC)


@pytest.mark.parametrize(
    ("day_month", "url", "published", "expected"),
    [
        ((1, 17), "https://news.example/2031/01/18/lund-kiptoo/", None, dt.date(2031, 1, 17)),
        ((3, 16), "https://mofa.example/news/details/1443/08/13/lund-kiptoo", None, dt.date(2022, 3, 16)),
        ((12, 30), None, dt.date(2031, 1, 2), dt.date(2030, 12, 30)),
        ((3, 16), "https://news.example/lund-kiptoo", None, None),
    ],
)
def test_complete_day_month(
    day_month: tuple[int, int], url: str | None, published: dt.date | None, expected: dt.date | None
) -> None:
    """A day and month takes its year from the page's date or its URL's (Gregorian or Hijri), or none."""
    assert expected == complete_day_month(day_month, url, published)


def test_speaker_label_is_not_a_dateline() -> None:
    """A transcript label such as "Evening Post:" is not mistaken for a dateline."""
    expected = None
    assert expected == strip_dateline("Evening Post: What will the talks cover?", GENERIC)


def test_profile_dateline_pattern_is_used() -> None:
    """A publisher's dateline pattern wins over the generic rule."""
    profile = Profile(dateline_patterns=(r"^\[(?P<date>[^\]]+)\]\s*",))
    found = strip_dateline("[4 May 2021] The leaders met.", profile)
    assert found is not None
    expected = dt.date(2021, 5, 4)
    assert expected == found.date


def test_opening_skips_furniture_lines() -> None:
    """The opening is the first sentence that reports an event, not a header line."""
    paragraphs = [
        "News room",
        "12 June 2022",
        "The Chancellor met President Ana Ruiz in Lisbon. They agreed.",
    ]
    opening = find_opening(paragraphs, GENERIC)
    assert opening is not None
    expected = (2, "The Chancellor met President Ana Ruiz in Lisbon.", False)
    assert expected == (opening.paragraph, opening.sentence, opening.future)


def test_opening_marks_a_future_meeting() -> None:
    """An announced meeting ("will meet") is flagged as future."""
    opening = find_opening(["The President will meet King Olav of Ruritania next week."], GENERIC)
    expected = (0, "The President will meet King Olav of Ruritania next week.", True)
    assert expected == ((opening.paragraph, opening.sentence, opening.future) if opening else None)


@pytest.mark.parametrize(
    ("title", "sentence", "kind"),
    [
        (
            None,
            "The Minister had a telephone conversation with his Chilean counterpart.",
            EventKind.PHONE_CALL,
        ),
        (None, "The President spoke by phone with the Emir of Qatar.", EventKind.PHONE_CALL),
        (None, "The Minister received a phone call from her Dutch counterpart.", EventKind.PHONE_CALL),
        ("Minister Lund Holds Phone Talks with Minister Okoro", None, EventKind.PHONE_CALL),
        (
            "Readout of the Secretary's Call with Minister Okoro",
            "The Secretary spoke today with Minister Okoro.",
            EventKind.PHONE_CALL,
        ),
        (None, "The two leaders held a video call on Monday.", EventKind.VIDEO_CALL),
        (None, "The ministers joined a virtual meeting of the group.", EventKind.VIDEO_CALL),
        (None, "The Premier held talks with the visiting Chancellor.", EventKind.TALKS),
        (None, "The Premier met with the Governor of the central bank.", EventKind.MEETING),
        ("Foreign Ministers' Meeting", None, EventKind.MEETING),
        (None, "The two presidents exchanged congratulatory messages.", EventKind.MESSAGE),
        (None, "The Minister paid an official visit to Nairobi.", EventKind.VISIT),
        (None, "The President hosted the Prime Minister of Fiji at the palace.", EventKind.MEETING),
        (None, "The Minister talked by phone with the Governor.", EventKind.PHONE_CALL),
        (None, "The Minister attended a reception.", EventKind.OTHER),
    ],
)
def test_event_kind(title: str | None, sentence: str | None, kind: EventKind) -> None:
    """Each phrasing of an event gives its kind."""
    assert kind == event_kind(title, sentence, GENERIC)


def test_event_kind_profile_patterns_come_first() -> None:
    """A publisher's kind pattern is tried before the core's rules."""
    profile = Profile(kind_patterns=((r"\bconsulted\b", "talks"),))
    expected = EventKind.TALKS
    assert expected == event_kind(None, "The ministers consulted and met briefly.", profile)


@pytest.mark.parametrize(
    ("sentence", "title", "published", "url", "expected"),
    [
        ("On 3 March 2023, the Minister met the envoy.", None, None, None, dt.date(2023, 3, 3)),
        ("On June 9, 2021 local time, the Minister met the envoy.", None, None, None, dt.date(2021, 6, 9)),
        (
            "The Minister spoke with the envoy this morning.",
            "Minister's call: 8 April 2024",
            None,
            None,
            dt.date(2024, 4, 8),
        ),
        ("On April 7, the Minister met the envoy.", None, dt.date(2019, 4, 8), None, dt.date(2019, 4, 7)),
        (
            "On December 30, the Minister met the envoy.",
            None,
            dt.date(2020, 1, 2),
            None,
            dt.date(2019, 12, 30),
        ),
        ("On April 7, the Minister met the envoy.", None, None, None, None),
        (
            "On April 7, the Minister met the envoy.",
            None,
            None,
            "https://x.example/2018/04/07/a",
            dt.date(2018, 4, 7),
        ),
        (
            "On April 7, the Minister met the envoy.",
            None,
            None,
            "https://x.example/2018/05/01/a",
            dt.date(2018, 4, 7),
        ),
        ("The Minister spoke with the envoy today.", None, dt.date(2021, 3, 4), None, dt.date(2021, 3, 4)),
        (
            "The Minister spoke with the envoy yesterday.",
            None,
            dt.date(2021, 3, 4),
            None,
            dt.date(2021, 3, 3),
        ),
        (
            "The Minister spoke with the envoy this afternoon.",
            None,
            None,
            "https://x.example/a-4-march-2021",
            dt.date(2021, 3, 4),
        ),
        (
            "The Minister spoke with the envoy on Friday.",
            None,
            dt.date(2021, 3, 4),
            None,
            dt.date(2021, 2, 26),
        ),
        ("The Minister spoke with the envoy.", None, dt.date(2021, 3, 4), None, dt.date(2021, 3, 4)),
        ("On April 7, the Minister met the envoy.", None, dt.date(2021, 9, 4), None, None),
    ],
)
def test_event_date(
    sentence: str, title: str | None, published: dt.date | None, url: str | None, expected: dt.date | None
) -> None:
    """The event date is set only where the page supports it; no year is ever guessed."""
    assert expected == event_date(sentence, title, published=published, url=url).date


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("On 3 March 2023, the Minister met the envoy.", dt.date(2023, 3, 4), "text"),
        ("On March 3, the Minister met the envoy.", dt.date(2023, 3, 4), "relative"),
        ("The Minister met the envoy today.", dt.date(2023, 3, 4), "relative"),
        ("On Sunday evening the Minister met the envoy.", dt.date(2023, 3, 6), "relative"),
        ("The Minister met the envoy.", dt.date(2023, 3, 4), "published"),
        ("The Minister met the envoy.", None, None),
    ],
)
def test_event_date_basis(sentence: str, published: dt.date | None, expected: str | None) -> None:
    """Each date says how it was found: stated, resolved against the page's date, or that date."""
    assert expected == event_date(sentence, None, published=published).basis


def test_event_date_warns_in_words() -> None:
    """A missing date comes with a warning that says why."""
    expected = EventDate(None, None, "no event date in the text")
    assert expected == event_date("The leaders met.", None, published=None)


@pytest.mark.parametrize(("pattern", "example"), (*OTHER_EVENT_DATES, *OTHER_EVENT_AFTER))
def test_a_date_given_another_event_is_not_the_events(pattern: str, example: str) -> None:
    """Each row's example gives its one date to another event, so no date of the event is left."""
    expected: list[object] = []
    assert expected == event_dates(example), pattern


def test_event_date_skips_the_date_of_a_summit_it_mentions() -> None:
    """The day of the call is resolved; the date of the summit the call prepared is never taken."""
    sentence = "The President spoke with the PM on December 5 about the summit set for December 9, 2031."
    expected = EventDate(dt.date(2031, 12, 5), "relative")
    assert expected == event_date(sentence, None, published=dt.date(2031, 12, 6))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2022/11/05/readout/", dt.date(2022, 11, 5)),
        ("http://embassy.example/eng/202211/t20221105_123.htm", dt.date(2022, 11, 5)),
        ("https://gov.example/news/pm-call-with-president-5-november-2022", dt.date(2022, 11, 5)),
        ("https://news.example/world/08-03-2014/1197870-call/", dt.date(2014, 3, 8)),
        ("https://news.example/world/03-25-2019/call/", dt.date(2019, 3, 25)),
        ("https://gov.example/news/123456", None),
        ("https://daily.example/view.php?ud=20311004050622", dt.date(2031, 10, 4)),
        ("https://daily.example/view.php?ud=20311004", dt.date(2031, 10, 4)),
        ("https://daily.example/article/20311234", None),
        ("https://daily.example/article/2031100412", None),
    ],
)
def test_url_date(url: str, expected: dt.date | None) -> None:
    """Dates written in URLs in their common shapes are read (a day and month before the year: day first)."""
    assert expected == url_date(url)


@pytest.mark.parametrize(
    ("sentence", "kind", "expected"),
    [
        ("The Premier held talks with the Chancellor in Valletta.", EventKind.TALKS, "Valletta"),
        ("The Premier met the King at the Royal Palace in Oslo.", EventKind.MEETING, "Oslo"),
        (
            "The Minister, who is visiting Cape Town in South Africa, met the envoy.",
            EventKind.MEETING,
            "Cape Town",
        ),
        # a venue alone names no city (GOLD_SCHEMA: the location is a city as written)
        ("The Minister met the envoy at Villa Roma.", EventKind.MEETING, None),
        ("The Premier met the envoy at the Hall of the People in Hanoi.", EventKind.MEETING, "Hanoi"),
        ("The Minister met the envoy to discuss the people in Darfur.", EventKind.MEETING, None),
        ("The Minister met the envoy in Lima on March 3.", EventKind.MEETING, "Lima"),
        ("The Minister met the envoy to discuss the situation in Yemen.", EventKind.MEETING, None),
        ("The Minister spoke with the envoy in Lima.", EventKind.PHONE_CALL, None),
        (
            "The President met the Speaker of Ruritania, who is on a visit to Valletta.",
            EventKind.MEETING,
            "Valletta",
        ),
        (
            "The Minister met the envoy today in Washington, D.C. They discussed trade.",
            EventKind.MEETING,
            "Washington, D.C.",
        ),
        ("The Minister met the envoy, who is on a working visit to Ecuador.", EventKind.MEETING, None),
    ],
)
def test_event_location(sentence: str, kind: EventKind, expected: str | None) -> None:
    """Meetings get the city they took place in; calls get none."""
    assert expected == event_location(sentence, kind)


def test_press_conference_title_is_not_a_readout() -> None:
    """A page titled as a press conference is refused whatever its body says."""
    paragraphs = ["The spokesperson said the minister met his counterpart."]
    opening = find_opening(paragraphs, GENERIC)
    reason = not_readout_reason("Spokesperson's Regular Press Conference", paragraphs, opening, GENERIC)
    expected = "the title names another kind of page ('Regular Press')"
    assert expected == reason


def test_question_and_answer_shape_is_not_a_readout() -> None:
    """A body of "Outlet: question?" / "Spokesperson: answer" lines is a transcript."""
    paragraphs = [
        "Daily Courier: Did the ministers meet yesterday?",
        "Ana Ruiz: Yes, they met and held talks.",
        "Radio Ten: What was agreed?",
    ]
    opening = find_opening(paragraphs, GENERIC)
    expected = "the page is a question-and-answer transcript"
    assert expected == not_readout_reason(None, paragraphs, opening, GENERIC)


def test_future_meeting_is_not_a_readout() -> None:
    """A statement announcing a meeting still to come is refused."""
    paragraphs = ["The Chancellor will meet President Ana Ruiz in Lisbon on Monday. They last spoke in May."]
    opening = find_opening(paragraphs, GENERIC)
    expected = "the opening announces a future event instead of reporting one"
    assert expected == not_readout_reason(
        "Statement on the Chancellor's Meeting", paragraphs, opening, GENERIC
    )


def test_speech_without_event_is_not_a_readout() -> None:
    """A body that reports no call or meeting near its top is refused."""
    paragraphs = ["Good evening, everyone.", "Tonight I want to talk about jobs and schools."]
    opening = find_opening(paragraphs, GENERIC)
    expected = "no past-tense report of a call, meeting or talks between principals in the opening"
    assert expected == not_readout_reason(None, paragraphs, opening, GENERIC)


def test_profile_not_readout_pattern() -> None:
    """A publisher's pattern for non-readout pages refuses a page the generic rules would accept."""
    profile = Profile(not_readout_patterns=(r"^Digest\b",))
    paragraphs = ["The Minister met the envoy."]
    opening = find_opening(paragraphs, profile)
    reason = not_readout_reason("Digest of the week", paragraphs, opening, profile)
    expected = "the page matches the publisher's pattern for pages that are not readouts"
    assert expected == reason


def test_readout_is_accepted() -> None:
    """A past-tense call between principals is a readout."""
    paragraphs = ["Foreign Minister Ana Ruiz spoke with her Kenyan counterpart today."]
    opening = find_opening(paragraphs, GENERIC)
    expected = None
    assert expected == not_readout_reason("Minister Ruiz's Call", paragraphs, opening, GENERIC)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms. Lina Varga, Minister of Trade, held a Trade Ministers' Meeting with H.E. Mr. Omar Haddad.",
        "Minister Ana Ruiz received Paul Kiptoo, Minister of Energy of Kenya, in Quito on 3 May 2023.",
        "He was received by his Chilean counterpart, Tomas Vidal.",
        "Minister Ola Berg travelled to Lima on 2 June 2022 for talks.",
        "The Chancellor paid a two-day visit to Accra last week.",
    ],
)
def test_event_clause_shapes(sentence: str) -> None:
    """Compound meeting names, being received, travelling and multi-word visits open a readout."""
    opening = find_opening([sentence], GENERIC)
    assert opening is not None
    expected = sentence
    assert expected == opening.sentence


def test_visit_in_the_opening_outranks_a_later_meeting() -> None:
    """ "visited <City> ... and met" is a visit: the meeting happened inside it."""
    sentence = "Foreign Secretary Ana Ruiz visited Dakar today and met Senegalese Foreign Minister Awa Diop."
    expected = (EventKind.VISIT, "Dakar")
    kind = event_kind(None, sentence, GENERIC)
    assert expected == (kind, event_location(sentence, kind))


def test_meeting_during_a_visit_noun_stays_a_meeting() -> None:
    """ "During his visit to X, A met B" reports a meeting: the visit is only a noun there."""
    sentence = "During his visit to Oslo, Minister Ana Ruiz met Prime Minister Jonas Berg."
    expected = EventKind.MEETING
    assert expected == event_kind(None, sentence, GENERIC)


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Ana Ruiz concluded an official visit to Peru, where she held talks with Juan Soto.",
        "Minister Ana Ruiz undertook a working visit to Lima, during which she met President Juan Soto.",
    ],
)
def test_a_visit_reported_as_an_object_outranks_talks_within_it(sentence: str) -> None:
    """ "concluded an official visit ..., where she held talks" is a visit: the talks happened inside it."""
    expected = EventKind.VISIT
    assert expected == event_kind(None, sentence, GENERIC)


def test_talks_before_a_visit_noun_stay_talks() -> None:
    """ "A held talks with B, who is in the country on a working visit" reports talks: they come first."""
    sentence = "President Juan Soto held talks with Ana Ruiz, who is in Peru on a working visit."
    expected = EventKind.TALKS
    assert expected == event_kind(None, sentence, GENERIC)


def test_a_state_s_formal_name_is_no_city() -> None:
    """ "a visit to the Republic of Peru ... in Lima": the formal name is a country, the city is Lima."""
    sentence = "Minister Ana Ruiz concluded a visit to the Republic of Peru, where she met Juan Soto in Lima."
    expected = "Lima"
    assert expected == event_location(sentence, EventKind.VISIT)


def test_visit_destination_is_the_location() -> None:
    """The destination of "paid a one-day visit to <City>" is the location."""
    sentence = "Minister Ana Ruiz paid a one-day visit to Mombasa on 4 May 2023."
    expected = (EventKind.VISIT, "Mombasa")
    kind = event_kind("Visit of the Minister to Kenya", sentence, GENERIC)
    assert expected == (kind, event_location(sentence, kind))


def test_country_alone_is_not_a_location() -> None:
    """A guest "who is visiting <Country>" names no city: no location."""
    sentence = "Minister Ana Ruiz held a meeting with Mr. Paul Kiptoo, who is visiting Ecuador."
    expected = None
    assert expected == event_location(sentence, EventKind.MEETING)


def test_received_someone_is_a_meeting() -> None:
    """ "<A> received <B>, <title>" reports a meeting."""
    sentence = "Foreign Minister Ana Ruiz received Paul Kiptoo, Minister of Energy of Kenya, in Quito."
    expected = (EventKind.MEETING, "Quito")
    kind = event_kind(None, sentence, GENERIC)
    assert expected == (kind, event_location(sentence, kind))


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["MINISTER OKAFOR: Good evening to all of you.", "I met many friends today."],
        [
            "Ana Ruiz, Chief Spokesperson: Welcome.",
            "Question: Any news?",
            "Ana Ruiz, Chief Spokesperson: No.",
        ],
        ["It is good to be here.", "The Minister met the envoy yesterday. (Applause.)"],
    ],
)
def test_transcript_shape_is_not_a_readout(paragraphs: list[str]) -> None:
    """Speaker labels in capitals, recurring named labels or audience reactions mark a transcript."""
    opening = find_opening(paragraphs, GENERIC)
    reason = not_readout_reason("Forum on trade", paragraphs, opening, GENERIC)
    expected = "the page is a transcript (speaker labels or audience reactions)"
    assert expected == reason


def test_capital_dateline_is_not_a_speaker_label() -> None:
    """A single "LIMA:" dateline before the report leaves the page a readout."""
    paragraphs = ["LIMA: Minister Ana Ruiz met Prime Minister Jonas Berg of Norway today."]
    opening = find_opening(paragraphs, GENERIC)
    expected = None
    assert expected == not_readout_reason(None, paragraphs, opening, GENERIC)


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("Lisbon, 22/01/2024 - 17:45 The Minister met the envoy.", False, dt.date(2024, 1, 22)),
        ("Lisbon, 03/04/2024 - The Minister met the envoy.", False, dt.date(2024, 4, 3)),
        ("Lisbon, 03/04/2024 - The Minister met the envoy.", True, dt.date(2024, 3, 4)),
        ("Lisbon, 04/22/2024 - The Minister met the envoy.", False, dt.date(2024, 4, 22)),
    ],
)
def test_dateline_with_a_date_in_figures(text: str, month_first: bool, expected: dt.date) -> None:
    """A dateline date in figures is day-first unless a part above 12 or the profile says otherwise."""
    found = strip_dateline(text, Profile(month_first=month_first))
    assert found is not None
    assert expected == found.date


def test_speech_narrating_a_call_is_not_a_readout() -> None:
    """A "<Speaker> at the <Occasion>" page whose author says "I spoke with ..." is a speech."""
    paragraphs = [
        "It is a joy to be with you. Last week I spoke with the Trade Minister of Ghana about our ports.",
        "We will keep working together.",
    ]
    opening = find_opening(paragraphs, GENERIC)
    reason = not_readout_reason(
        "Minister Ana Ruiz at the Opening of the Harbour Forum", paragraphs, opening, GENERIC
    )
    expected = "the page is a speech: its author narrates the event in the first person"
    assert expected == reason


def test_first_person_call_statement_stays_a_readout() -> None:
    """A minister's own "Today I spoke with ..." under a call headline is still a readout."""
    paragraphs = ["Today I spoke with Foreign Minister Paul Kiptoo of Kenya about the harbour project."]
    opening = find_opening(paragraphs, GENERIC)
    expected = None
    assert expected == not_readout_reason(
        "Minister Ruiz's call with Minister Kiptoo", paragraphs, opening, GENERIC
    )


@pytest.mark.parametrize(
    ("title", "sentence", "kind"),
    [
        ("Omani Trade Minister calls on the President", None, EventKind.MEETING),
        (None, "Minister Lund called on President Okoro at the State House today.", EventKind.MEETING),
        (None, "The Ambassador paid a courtesy call on the Governor this morning.", EventKind.MEETING),
        (None, "The Premier received a courtesy call from the new envoy of Chile.", EventKind.MEETING),
        (None, "The Minister held a call with her Estonian counterpart.", EventKind.PHONE_CALL),
        ("Foreign Secretary's Call with Minister Okoro", None, EventKind.PHONE_CALL),
        (
            None,
            "The Minister called on all parties to show restraint and spoke by phone.",
            EventKind.PHONE_CALL,
        ),
    ],
)
def test_courtesy_call_is_a_meeting(title: str | None, sentence: str | None, kind: EventKind) -> None:
    """ "called on <person>" and a courtesy call are visits in person; only a phone call is a call."""
    assert kind == event_kind(title, sentence, GENERIC)


def test_receiving_a_counterpart_opens_the_report() -> None:
    """ "received her new Dutch counterpart" is an event clause: the sentence opens the report."""
    paragraphs = ["Minister Eva Lund received her new Dutch counterpart Pieter Smit in Oslo today."]
    opening = find_opening(paragraphs, GENERIC)
    assert opening is not None
    expected = (paragraphs[0], EventKind.MEETING)
    assert expected == (opening.sentence, event_kind(None, opening.sentence, GENERIC))


@pytest.mark.parametrize(
    ("sentence", "kind", "dateline", "expected"),
    [
        ("The President held talks with the King in the Kremlin.", EventKind.TALKS, None, "Moscow"),
        ("The Premier met the envoy at the Élysée Palace on Monday.", EventKind.MEETING, None, "Paris"),
        ("The Premier met the envoy in the Residence in Tirana.", EventKind.MEETING, None, "Tirana"),
        (
            "Minister Lund called on the President at the State House today.",
            EventKind.MEETING,
            "LUSAKA",
            "Lusaka",
        ),
        ("Minister Lund met the envoy in Lima today.", EventKind.MEETING, "Quito", "Lima"),
        # the district kept as the dateline writes it (CONVENTIONS.md, fam125 and fam202)
        ("Minister Lund met the envoy today.", EventKind.MEETING, "Washington, DC", "Washington, DC"),
        ("Minister Lund met the envoy today.", EventKind.MEETING, "Kenya", None),
        ("Minister Lund, who is visiting Japan, met the envoy today.", EventKind.MEETING, "Quito", None),
        # a capital's dateline alone may be the ministry's home: the gathering's margins stay unplaced
        # (CONVENTIONS, fam164; the page's other sentences may place it)
        ("Minister Lund met the envoy on the sidelines of the summit.", EventKind.MEETING, "Quito", None),
        ("Minister Lund spoke with the envoy today.", EventKind.PHONE_CALL, "Quito", None),
    ],
)
def test_location_city_beats_building(
    sentence: str, kind: EventKind, dateline: str | None, expected: str | None
) -> None:
    """A seat of government gives its city, a city beats a building, and the dateline's city is the
    place of a meeting whose opening names none."""
    assert expected == event_location(sentence, kind, dateline=dateline)


def test_event_clause_is_the_first_report_of_an_event() -> None:
    """The public clause finder gives where the first report of an event starts and what it reads."""
    sentence = "On Monday, the Minister held talks with the envoy and later met the press."
    found = event_clause(sentence)
    expected = ("held talks", 24)
    assert expected == (found.group() if found else None, found.start() if found else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Readout of the Secretary's Call with the Foreign Minister of Freedonia", True),
        ("Minister Ruiz Meets Her Sylvanian Counterpart", True),
        ("Video conference of the foreign ministers", True),
        ("Home > News > Press releases", False),
        ("Public Schedule for Tuesday", False),
    ],
)
def test_has_event_words(text: str, expected: bool) -> None:
    """A headline that reports or names an event has event words; site furniture has none."""
    assert expected == has_event_words(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The President met the Chancellor in Lund.", "past"),
        ("The President will meet the Chancellor in Lund.", "future"),
        ("The President will travel to Lund, where she met the Chancellor last year.", "future"),
        ("The harvest was good this year.", None),
    ],
)
def test_clause_tense(text: str, expected: str | None) -> None:
    """A text reports an event, first announces one, or neither."""
    assert expected == clause_tense(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers spoke by phone about the harbour.", EventKind.PHONE_CALL),
        ("Minister Ruiz visits Sylvania", EventKind.VISIT),
        ("The leaders met in Lund.", EventKind.MEETING),
        ("The harvest was good this year.", EventKind.OTHER),
    ],
)
def test_kind_of_one_text(text: str, expected: EventKind) -> None:
    """The kind one headline or sentence reports, by the generic rules."""
    assert expected == kind_of(text)


def test_request_patterns_are_the_request_table_in_order() -> None:
    """The public request phrases are the table's rows; the first one a sentence matches names the side."""
    sentence = "The Minister spoke with her counterpart at the latter's request."
    expected = ("side", True)
    assert expected == (request_phrase(sentence), re.search(REQUEST_PATTERNS[0], sentence) is not None)


def test_a_profile_pattern_that_does_not_compile_is_a_warning() -> None:
    """A publisher's pattern that is no regular expression is left out with a PluginWarning naming it,
    and the page is still read by the others."""
    profile = Profile(not_readout_patterns=(r"^Digest\b", r"(unclosed"))
    paragraphs = ["The Minister met the envoy."]
    with pytest.warns(PluginWarning) as caught:
        reason = not_readout_reason(
            "Digest of the week", paragraphs, find_opening(paragraphs, profile), profile
        )
    expected = ("the page matches the publisher's pattern for pages that are not readouts", True)
    assert expected == (reason, any("'(unclosed'" in str(w.message) for w in caught))


def test_called_in_its_naming_sense_reports_no_event() -> None:
    """'so-called' and 'called this/it …' name something; 'called him' is still a call."""
    sentences = [
        "That is why we have called this the decisive summer.",
        "The so-called harbour talks failed.",
        "She called it a fair offer.",
        "The Premier called him on Friday.",
    ]
    expected = [None, None, None, "past"]
    assert expected == [clause_tense(sentence) for sentence in sentences]
