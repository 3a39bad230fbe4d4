"""Families behind en-n's date, kind, place and statement misses and the other dev sets' (issue #8,
fam21), invented pages.

Each test is one family, written as a page or sentence of our own; each was seen failing before its rule.
"""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.analysis.profile import Profile
from readoutlib.languages.en.statements import find_statements
from readoutlib.model import BOTH, Participant, Readout

KOVACS = Participant(id="anna-kovacs", name="Anna Kovacs", country="HU", titles=("Foreign Minister",))
HARPER = Participant(id="john-harper", name="John Harper", country="US", titles=("Secretary of State",))
LI = Participant(id="li-ming", name="Li Ming", country="CN", titles=("Foreign Minister",))


def _page(*lines: str, url: str | None = None) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n", url=url)


def _event(readout: Readout) -> tuple[str, dt.date | None, str | None]:
    return readout.event.kind.value, readout.event.date, readout.event.date_basis


def test_a_round_held_via_video_link_after_the_opening_is_a_dated_video_call() -> None:
    """'… the trilateral Dialogue held via video link on March 3' after an opening that names no channel
    nor day: the sentence tells the event again, with its channel and its day (en-n, a news copy of
    China's MFA on the China-Afghanistan-Pakistan dialogue)."""
    readout = _page(
        "Ministers reach consensus in trilateral dialogue",
        "Thursday, March 4, 2032",
        "Ruritania, Borduria and Syldavia held in-depth discussions and reached consensus on cooperation "
        "in trade and health.",
        "The consensus was reached at the second round of the trilateral Vice Ministers' Strategic Dialogue "
        "held via video link on March 3.",
        "The three sides agreed to meet again next year.",
    )
    assert ("video_call", dt.date(2032, 3, 3), "relative") == _event(readout)


def test_a_conference_held_weeks_before_the_page_does_not_date_the_event() -> None:
    """The guard: a gathering 'held … on' a day weeks before the page's date is another event; the
    page's date stands."""
    readout = _page(
        "Ministers meet on trade",
        "Thursday, March 4, 2032",
        "Ruritania and Borduria held in-depth discussions on cooperation in trade and health.",
        "The ministers reviewed the outcome of the trade conference held in Strelsau on January 12.",
    )
    assert ("talks", dt.date(2032, 3, 4), "published") == _event(readout)


def test_an_act_conducted_days_before_the_call_does_not_date_it() -> None:
    """The guard: 'the strike conducted by Borduria … on 2 March' names no event of the talks; only a
    meeting, call or dialogue 'held', 'conducted' or that 'took place' on a day is the event told again."""
    readout = _page(
        "Foreign Minister receives telephone call from Borduria",
        "Thursday, March 4, 2032",
        "Foreign Minister Ana Ruiz received a telephone call from the Foreign Minister of Borduria, Tomas "
        "Berg.",
        "The Foreign Minister said that the strike conducted by Borduria inside Ruritania, on 2 March 2032, "
        "was a breach of sovereignty.",
    )
    assert ("phone_call", dt.date(2032, 3, 4), "published") == _event(readout)


def test_the_three_sides_of_a_trilateral_meeting_are_all_sides() -> None:
    """'The three sides reaffirmed …', 'The leaders of the three countries agreed …': a trilateral
    readout's joint subject is every side, as 'the two sides' is in a bilateral one (en-n, China's MFA
    on the trilateral dialogue)."""
    statements, _ = find_statements(
        [
            "The three sides reaffirmed their commitment to the trilateral mechanism.",
            "The leaders of the three countries agreed to meet again next year.",
        ],
        [KOVACS, HARPER, LI],
        Profile(),
    )
    expected = [
        (BOTH, "reaffirmed", "their commitment to the trilateral mechanism."),
        (BOTH, "agreed", "to meet again next year."),
    ]
    assert expected == [(s.speaker, s.verb, s.text) for s in statements]


def test_attached_great_importance_to_reports_a_position() -> None:
    """'attached great importance to X', 'attach great priority to X': a position taken, whose content
    starts at X (en-n, China's MFA and India's PMO)."""
    statements, _ = find_statements(
        [
            "Anna Kovacs attached great importance to the cooperation in the Danube region.",
            "Both sides attach great priority to the dialogue as a means to deepen relations.",
        ],
        [KOVACS, HARPER],
        Profile(),
    )
    expected = [
        ("anna-kovacs", "attached great importance to", "the cooperation in the Danube region."),
        (BOTH, "attach great priority to", "the dialogue as a means to deepen relations."),
    ]
    assert expected == [(s.speaker, s.verb, s.text) for s in statements]


def test_was_clear_with_also_however_or_a_colon_reports_what_follows() -> None:
    """'The PM was also clear however that unless …' (en-n, a gov.uk readout) and 'He was clear: …' (bulk,
    White House) report as 'was clear that' does."""
    prime_minister = Participant(
        id="the-prime-minister", name="The Prime Minister", country="GB", titles=("Prime Minister",)
    )
    statements, _ = find_statements(
        [
            "The Prime Minister spoke to Anna Kovacs. The Prime Minister was clear: unless the treaty is "
            "reopened, there can be no deal.",
            "The Prime Minister was also clear however that the border stays open.",
        ],
        [prime_minister, KOVACS],
        Profile(),
    )
    expected = [
        ("the-prime-minister", "was clear", "unless the treaty is reopened, there can be no deal."),
        ("the-prime-minister", "was clear", "the border stays open."),
    ]
    assert expected == [(s.speaker, s.verb, s.text) for s in statements]


def test_a_meeting_during_the_guests_visit_to_a_city_was_held_there() -> None:
    """'met X, during his visit to Strelsau': the meeting was held in the city the guest visited (en-k,
    Belgium's FPS Foreign Affairs); a visit to a country or a region names no city (the guards; bulk,
    Ukraine's presidency: 'During a working trip to the Zaporizhzhia region, …')."""
    city = _page(
        "Ruiz meets Berg",
        "Tuesday, January 26, 2032",
        "Foreign Minister Ana Ruiz met the Foreign Minister of Borduria, Tomas Berg, during his visit to "
        "Strelsau. The two ministers discussed the harbour treaty.",
    )
    country = _page(
        "Ruiz meets Berg",
        "Tuesday, January 26, 2032",
        "Foreign Minister Ana Ruiz met the Foreign Minister of Austria, Tomas Berg, during her visit to "
        "Austria. The two ministers discussed the harbour treaty.",
    )
    region = _page(
        "Ruiz meets Berg",
        "Tuesday, January 26, 2032",
        "During a working trip to the Strelsau region, Foreign Minister Ana Ruiz met the Foreign Minister "
        "of Austria, Tomas Berg. The two ministers discussed the harbour treaty.",
    )
    expected = ["Strelsau", None, None]
    assert expected == [city.event.location, country.event.location, region.event.location]


def test_a_guest_who_is_visiting_a_city_was_met_there() -> None:
    """'X called on Y today. X is visiting Strelsau at the invitation of Y.': the guest's call was in the
    city he is visiting (en-e, Singapore's MFA)."""
    readout = _page(
        "Ruiz meets Berg",
        "Tuesday, January 26, 2032",
        "The Foreign Minister of Borduria, Tomas Berg, called on Foreign Minister Ana Ruiz today. Minister "
        "Berg is visiting Strelsau at the invitation of Minister Ruiz.",
        "The two ministers discussed the harbour treaty.",
    )
    expected = "Strelsau"
    assert expected == readout.event.location


def test_the_dateline_of_a_lead_paragraph_dates_the_release_before_a_copys_date_line() -> None:
    """'Capital, 06 May 2032 - X returned home today …' above the paragraph that tells the meeting: the
    release's own dateline dates it, not the later date line of the site that copied it (en-l, Eritrea's
    Ministry of Information copied by allAfrica)."""
    readout = _page(
        "President returns home after visit",
        "date 2032-05-07",
        "Strelsau, 06 May 2032- President Tomas Berg returned home today, concluding a two-day working visit "
        "to Borduria at the invitation of President Ana Ruiz.",
        "During his stay in Borduria, President Tomas Berg met and held talks with President Ana Ruiz on "
        "bilateral relations.",
    )
    expected = (dt.date(2032, 5, 6), dt.date(2032, 5, 6))
    assert expected == (readout.event.date, readout.source.published)


def test_a_city_state_named_as_the_place_is_its_city() -> None:
    """'received his Thai counterpart in Luxembourg', 'is visiting Singapore': a state whose capital bears
    its name places the meeting in that city (en-m, Luxembourg's MFA; en-e, Singapore's MFA), where
    another country named so says only that the guest is abroad."""
    received = _page(
        "Minister receives Thai counterpart",
        "Tuesday, February 11, 2032",
        "On Tuesday, the Minister of Foreign Affairs Tomas Berg received his Thai counterpart Ana Ruiz in "
        "Luxembourg.",
    )
    visiting = _page(
        "Ruiz meets Berg",
        "Tuesday, February 11, 2032",
        "The Foreign Minister of Thailand, Ana Ruiz, called on Foreign Minister Tomas Berg today. Minister "
        "Ruiz is visiting Singapore at the invitation of Minister Berg.",
    )
    expected = ["Luxembourg", "Singapore"]
    assert expected == [received.event.location, visiting.event.location]


def test_a_weekday_in_the_opening_resolves_against_the_full_date_of_the_headline() -> None:
    """'… Holds Phone Call With X By Qatar Day - August 28, 2032' over 'held a telephone conversation on
    Friday': the headline's date is the page's, and the opening's Friday is the day before it (en-n,
    QNA copied by a news site)."""
    readout = _page(
        "Minister Holds Phone Call With Borduria's Minister By Daily Post - August 28, 2032",
        "Foreign Minister Ana Ruiz held a telephone conversation on Friday with Foreign Minister Tomas Berg "
        "of Borduria, during which they reviewed relations.",
        "The two sides stressed the importance of the peaceful transfer of power.",
    )
    expected = (dt.date(2032, 8, 27), "relative")
    assert expected == (readout.event.date, readout.event.date_basis)
