"""Tests for the genre tables: every row's example is found by that row, and the decision it drives."""

from __future__ import annotations

import pytest

from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.event import event_kind, find_opening, not_readout_reason
from readoutlib.languages.en.genre import GENRE_TITLES, SOFT_FAMILIES, other_page_title
from readoutlib.model import EventKind


def test_soft_families_are_rows_of_the_genre_table() -> None:
    """Every soft family names rows of the genre table: a renamed row cannot silently lose its softness.

    (Each row reading its own example is tests/test_rule_rows.py's job.)
    """
    assert sorted(SOFT_FAMILIES) == sorted(SOFT_FAMILIES & {rule.family for rule in GENRE_TITLES})


def _reason(title: str, paragraphs: list[str]) -> str | None:
    profile = Profile()
    return not_readout_reason(title, paragraphs, find_opening(paragraphs, profile), profile)


@pytest.mark.parametrize(
    ("title", "paragraphs", "expected"),
    [
        (
            "FACT SHEET: The Partnership for Clean Ports",
            ["The President met with port operators today to launch the partnership."],
            "the title names another kind of page (fact sheet)",
        ),
        (
            "Greetings to the participants of the Junior Chess Olympiad",
            ["Vera Kolar congratulated the participants, organisers and guests of the Olympiad."],
            "the title names another kind of page (greetings, congratulations or condolences)",
        ),
        (
            "Minister Ruiz and Minister Sato Exchange Congratulatory Messages",
            ["On 3 May 2024, Minister Ana Ruiz and Minister Kenji Sato exchanged congratulatory messages."],
            None,
        ),
        (
            "Statement by the Spokesperson on the Secretary’s Call with Foreign Minister Sato",
            ["Secretary Ana Ruiz spoke today with Foreign Minister Kenji Sato of Japan."],
            None,
        ),
        (
            "Statement by the Press Secretary on the Flood Relief Bill",
            [
                "The President is pleased that the flood relief bill passed today.",
                "The bill funds repairs across the region.",
                "Last week the President met with mayors of the affected towns.",
            ],
            "the title names another kind of page (statement)",
        ),
        (
            "Statement by the President on the Anniversary of the Flood",
            ["Today, I met with the families of the victims of the flood in the Oval Office."],
            "the title names another kind of page (statement)",
        ),
        (
            "Deputy Secretary Ortiz’s Travel to Lima",
            ["Deputy Secretary Ana Ortiz met Foreign Minister Kenji Sato in Lima on Monday."],
            None,
        ),
        (
            "The Prime Minister will visit Freedonia",
            ["Last year the Prime Minister met the President of Freedonia in Lima."],
            "the title names another kind of page (announcement of a coming event)",
        ),
        (
            "The President discussed the border with the leaders of Freedonia and Sylvania",
            [
                "A tripartite meeting between President Ana Ruiz, Chancellor Kenji Sato of Freedonia and "
                "President Lena Berg of Sylvania took place in Brussels."
            ],
            None,
        ),
        (
            "Joint Statement from the Freedonia-Sylvania Strategic Dialogue",
            [
                "Following is the text of a joint statement by the Governments of Freedonia and Sylvania.",
                "Begin Text:",
                "The Governments of Freedonia and Sylvania held their Strategic Dialogue in Lima on March 3.",
            ],
            None,
        ),
        (
            "Statement by the Press Secretary on Rental Relief",
            [
                "Thanks to the relief act, cities have paid out billions in rental assistance.",
                "Families in every state have been helped.",
                "The President met with mayors last week to discuss it.",
            ],
            "the title names another kind of page (statement)",
        ),
        (
            "MFA Press Statement: Minister Ana Ruiz’s Telephone Call with Foreign Minister Kenji Sato",
            ["Minister Ana Ruiz spoke with Foreign Minister Kenji Sato of Freedonia today."],
            None,
        ),
        (
            "News conference following Freedonian-Sylvanian talks",
            ["Following the talks in Lima, President Ana Ruiz and President Kenji Sato answered questions."],
            "the title names another kind of page (press conference or statements for the press)",
        ),
        (
            "Ana Ruiz: Freedonia will double its trade with Sylvania",
            ["Ana Ruiz said this in an interview with a national broadcaster.", "She met traders last week."],
            "the title names another kind of page (quotation headline)",
        ),
        (
            "Foreign Minister Ruiz receives a call from Foreign Minister Sato",
            ["Foreign Minister Ana Ruiz made a phone contact with Foreign Minister Kenji Sato of Freedonia."],
            None,
        ),
        (
            "On May 10, the President will take part in the Council meeting via videoconference",
            ["The agenda includes trade and energy.", "The Council brings together five states."],
            "the title names another kind of page (announcement of a coming event)",
        ),
        (
            "Statement by the President on the Phone Call with President Sato of Freedonia",
            ["Today, I spoke with President Kenji Sato of Freedonia about the flood."],
            None,
        ),
        (
            "Lakeside Summit Communiqué",
            ["We, the leaders of the Lakeside Group, met in Lima on 3 May to renew our partnership."],
            "the title names another kind of page (communiqué or declaration)",
        ),
        (
            "Senior Officials Meeting of the Global Health Plan",
            ["Secretary Ana Ruiz convened a Senior Officials Meeting of the plan's members on Tuesday."],
            None,
        ),
        (
            "President Ana Ruiz honoured in Lima",
            ["President Ana Ruiz received the Lima Freedom Award at a ceremony on Monday."],
            "no past-tense report of a call, meeting or talks between principals in the opening",
        ),
        (
            "Talks will continue - President of Freedonia",
            ["During the talks in Lima, President Ana Ruiz said this was a new start."],
            "the page reports remarks: its lead frames a quotation, not the event",
        ),
        (
            "Judge Reyes Honoured with the National Law Medal",
            [
                "The medal honours a lifetime of service.",
                "Judge Reyes serves on the appeals court.",
                "She received her degree from the University of Lima and met her mentor there.",
            ],
            "the title reports no event and the lead reports none either",
        ),
    ],
)
def test_genre_decision(title: str, paragraphs: list[str], expected: str | None) -> None:
    """A title's genre refuses a page unless a soft genre's lead reports the event itself."""
    assert expected == _reason(title, paragraphs)


@pytest.mark.parametrize(
    ("title", "paragraphs", "expected"),
    [
        (
            "Meeting with the Presidents of Freedonia and Sylvania",
            ["At the President's initiative, trilateral talks were held in Sochi between the three leaders."],
            None,
        ),
        (
            "Meeting with the President of Freedonia",
            ["The President received in the Kremlin President of Freedonia Ana Ruiz."],
            None,
        ),
        (
            "The Presidents of Freedonia and Sylvania began their meeting in Lima",
            ["President Ana Ruiz started a meeting with President Kenji Sato in Lima."],
            None,
        ),
        (
            "Trade will double by 2030 - Head of State",
            [
                "This was stated by President Ana Ruiz during a meeting with media representatives "
                "following the negotiations with her Sylvanian counterpart."
            ],
            "the page reports remarks: its lead frames a quotation, not the event",
        ),
        (
            "Freedonia calls on its partners to act",
            ["Freedonia calls on its Western partners to help stop the aggression against it."],
            "no past-tense report of a call, meeting or talks between principals in the opening",
        ),
        (
            "A new push for peace talks",
            ["The envoys want to hold a meeting of the contact group with the new Chancellor soon."],
            "no past-tense report of a call, meeting or talks between principals in the opening",
        ),
    ],
)
def test_event_clauses_and_quotation_leads(title: str, paragraphs: list[str], expected: str | None) -> None:
    """Passive and begun meetings are events; a quotation's frame, an exhortation or an infinitive is not."""
    assert expected == _reason(title, paragraphs)


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Talks with the President of Freedonia",
            "The President held talks, via videoconference, with President Ana Ruiz.",
            EventKind.VIDEO_CALL,
        ),
        # The body's account of the event decides (benchmarks/real/feeds/README.md, "Headline against
        # lead"): an opening that met names a meeting, whatever else the headline calls it.
        (
            "Freedonian-Sylvanian talks",
            "The President met with Prime Minister Kenji Sato in Lima.",
            EventKind.MEETING,
        ),
        (
            "Deputy Secretary Ortiz’s Visit to Sylvania",
            "Deputy Secretary Ana Ortiz met Foreign Minister Kenji Sato in Lima.",
            EventKind.VISIT,
        ),
        # A round the headline names by its format is talks, however the opening tells it met.
        ("Seventh Freedonia-Sylvania Strategic Dialogue", "Senior officials met in Lima.", EventKind.TALKS),
        (
            "Seventh Freedonia-Sylvania Strategic Dialogue",
            "Senior officials met virtually on May 3.",
            EventKind.VIDEO_CALL,
        ),
        (
            "The Prime Minister welcomes the Vice President",
            "The Prime Minister welcomed Vice President Ana Ruiz to Downing Street today.",
            EventKind.MEETING,
        ),
        (
            "Minister Ruiz holds bilateral discussions with the visiting Foreign Minister",
            "Minister Ana Ruiz held extensive bilateral discussions with Foreign Minister Kenji Sato.",
            EventKind.TALKS,
        ),
        (
            "Secretary General thanks the President for his commitment",
            "Secretary General Ana Ruiz thanked President Kenji Sato in a meeting at the palace on Thursday.",
            EventKind.MEETING,
        ),
    ],
)
def test_event_kind_channel_and_title_nouns(title: str, sentence: str, expected: EventKind) -> None:
    """The channel in the opening wins, then the encounter the opening names; else the headline's noun."""
    assert expected == event_kind(title, sentence, Profile(kind_patterns=((r"^Talks with\b", "talks"),)))


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Remarks by the Secretary at the Harbour Opening", "Remarks"),
        ("Regular Press Conference of the Spokesperson", "Regular Press"),
        ("Minister Ruiz Meets Her Sylvanian Counterpart", None),
        (None, None),
    ],
)
def test_other_page_title_quotes_the_words_found(title: str | None, expected: str | None) -> None:
    """A briefing, speech or remarks title gives the words the refusal reason quotes; others give None."""
    assert expected == other_page_title(title)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            [
                "Governor Tomas Vela has renewed his pledge to widen trade with partner states.",
                "Vela noted this when he received the envoys of Freedonia and Sylvania in his office.",
            ],
            None,
        ),
        (
            [
                "Minister Lena Dorn has renewed her pledge to widen trade with partner states.",
                "Dorn stated this after she held talks with the Foreign Minister of Sylvania in Lima.",
            ],
            None,
        ),
        (
            [
                "Minister Lena Dorn has renewed her pledge to widen trade with partner states.",
                "Dorn stated this during an interview with reporters after she met the envoy of Sylvania.",
            ],
            "the page reports remarks: its lead frames a quotation, not the event",
        ),
    ],
)
def test_remarks_frame_told_at_an_encounter(paragraphs: list[str], expected: str | None) -> None:
    """A lead's remarks given "when he received the envoys" report that encounter (issue #8, en-bd);
    the same frame at an interview still reports remarks."""
    assert expected == _reason("Governor pledges wider trade", paragraphs)


def test_host_accepting_one_envoys_credentials_is_a_meeting() -> None:
    """A host who welcomed one envoy and accepted "his Letters of Credence" held an audience: a readout
    of a meeting (issue #8, en-aw)."""
    lead = (
        "President Ana Ruiz welcomed the new Ambassador of Sylvania, Omar Haddad, "
        "and accepted his Letters of Credence."
    )
    assert _reason("Ruiz receives Sylvanian envoy", [lead]) is None
    assert event_kind("Ruiz receives Sylvanian envoy", lead, Profile()) == EventKind.MEETING


def test_remarks_said_while_taking_part_in_a_session_stay_remarks() -> None:
    """ "said this while participating in a meeting of a committee": remarks at a session, not an
    encounter of principals (feeds-dev, a foreign parliament's committee addressed by video)."""
    paragraphs = [
        "The head of the office Ivo Marek is sure that firm support will end the war. He said this while "
        "joining by video conference a meeting of the Foreign Affairs Committee of the Sylvanian Parliament."
    ]
    assert _reason("Ivo Marek: firm support will end the war", paragraphs) is not None
