"""Families of misses found on real pages measured blind (en-c, en-d), each on invented text."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.analysis.countries import country_from_name
from readoutlib.languages.en.names import find_mentions
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _sides(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def _said(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, " ".join(s.text.split()[:4])) for s in readout.statements]


def test_photo_caption_is_not_a_body_paragraph() -> None:
    """A caption ending in a photo credit is furniture: no paragraph, no date, no person from it."""
    readout = _page(
        "Premier Ruiz and Freedonian President Speak by Phone",
        "March 3, 2023",
        "FILE - President Tomas Berg speaks in Lisbon, June 5, 2019. (AP Photo/Carla Mendes, File)",
        "Prime Minister Ana Ruiz on Friday spoke by telephone with President Tomas Berg of Portugal.",
        "She invited him to visit Madrid.",
    )
    expected = (
        [
            "Prime Minister Ana Ruiz on Friday spoke by telephone with President Tomas Berg of Portugal.",
            "She invited him to visit Madrid.",
        ],
        dt.date(2023, 3, 3),
        ["Ana Ruiz", "Tomas Berg"],
    )
    actual = (list(readout.paragraphs), readout.event.date, [p.name for p in readout.event.participants])
    assert expected == actual


def test_headline_verb_after_a_title_is_not_a_name() -> None:
    """'President Converse on the Telephone': a headline verb after a title names nobody."""
    mentions = find_mentions("Premier Ruiz and Freedonian President Converse on the Telephone")
    expected = [("Ruiz", ("Premier",))]
    assert expected == [(m.name, m.titles) for m in mentions if m.name]


def test_credentials_audience_is_a_meeting_with_the_envoy() -> None:
    """'received the credentials of X': a meeting whose sides are the receiver and the envoy."""
    readout = _page(
        "Chairperson receives new envoy",
        "The Chairperson of the Forum, H.E. Ana Ruiz, on 11 March 2021, received the credentials of "
        "H.E. Mr. Tomas Berg, Ambassador of Portugal to the Forum.",
        "The Chairperson wished the Ambassador success.",
    )
    expected = ("meeting", dt.date(2021, 3, 11), ["Ana Ruiz", "Tomas Berg"])
    actual = (readout.event.kind.value, readout.event.date, [p.name for p in readout.event.participants])
    assert expected == actual


def test_concluded_visit_is_a_visit() -> None:
    """'concluded a two day working visit to X today' reports a visit."""
    readout = _page(
        "Chairperson ends visit",
        "June 2, 2022",
        "The Chairperson of the Forum, Ana Ruiz, concluded a two day working visit to Portugal today.",
        "The Chairperson was received by President Tomas Berg of Portugal.",
    )
    expected = ("visit", dt.date(2022, 6, 2), ["Ana Ruiz", "Tomas Berg"])
    actual = (readout.event.kind.value, readout.event.date, [p.name for p in readout.event.participants])
    assert expected == actual


def test_at_a_meeting_with_joins_subject_and_object() -> None:
    """'X praised Y's work at a meeting with Z': the sides are X and Z, never the country Y."""
    readout = _page(
        "Secretary-General commends envoy",
        "LISBON - Secretary-General of the Forum of Nations (FON) Ana Ruiz has praised Việt Nam's work "
        "at a meeting with Tomas Berg, the new Ambassador of Portugal, in Lisbon on May 13, 2024.",
        "She also lauded the trade ties.",
    )
    expected = (
        [("Ana Ruiz", None), ("Tomas Berg", "PT")],
        [(0, "ana-ruiz", "praised", "Việt Nam's work at"), (1, "ana-ruiz", "lauded", "the trade ties.")],
    )
    assert expected == (_sides(readout), _said(readout))


def test_native_spelling_of_vietnam_is_a_country() -> None:
    """'Việt Nam' as written on Vietnamese pages is VN, never a person's name."""
    expected = ("VN", "VN")
    assert expected == (country_from_name("Việt Nam"), country_from_name("Viet Nam"))


def test_newly_appointed_appositive_title_after_a_name() -> None:
    """'X, the newly appointed Ambassador of Y to Z,': the title and Y's country are X's."""
    mentions = find_mentions(
        "She received Mr. Tomas Berg, the newly appointed Ambassador of Portugal to Spain, on Monday."
    )
    expected = [("Tomas Berg", ("Ambassador of Portugal",), "PT")]
    assert expected == [(m.name, m.titles, m.country) for m in mentions]


def test_office_of_one_state_gives_the_country() -> None:
    """'Taoiseach X' is Irish by the office, whatever country the text names more often."""
    readout = _page(
        "PM call with Taoiseach: 3 March 2023",
        "The Prime Minister spoke to Taoiseach Liam Byrne on the phone this evening.",
        "They spoke about Northern Ireland and the UK economy, and about the UK and Northern Ireland.",
        "They agreed to stay in close contact.",
    )
    expected = [("The Prime Minister", "GB"), ("Liam Byrne", "IE")]
    assert expected == _sides(readout)


def test_year_first_dotted_date_line_dates_on_day_month() -> None:
    """A 'Created: 2021.04.13' line dates the body's 'On 13 April'."""
    readout = _page(
        "Minister Ruiz speaks with the Secretary General",
        "Created: 2021.04.13 / Updated: 2021.04.13 18:30",
        "On 13 April, Foreign Minister Ana Ruiz had a telephone conversation with Secretary General "
        "Tomas Berg.",
        "The Foreign Minister noted that each country was free to choose.",
    )
    expected = (dt.date(2021, 4, 13), "relative", dt.date(2021, 4, 13))
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


def test_date_first_agency_dateline_dates_a_weekday() -> None:
    """'August 24/2021 (ENA) ... on Monday': the dateline dates the page, Monday the call."""
    readout = _page(
        "Premier holds phone talks",
        "August 24/2021 (ENA) Prime Minister Ana Ruiz has held a phone discussion with Prime Minister "
        "Tomas Berg of Portugal on Monday.",
        "The leaders have exchanged views on bilateral issues.",
    )
    expected = (dt.date(2021, 8, 23), "relative", dt.date(2021, 8, 24))
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


def test_made_the_point_that_reports_content() -> None:
    """'X made the point that ...' is a statement with that verb, starting after 'that'."""
    readout = _page(
        "Ministers speak by phone",
        "Minister Ana Ruiz and Minister Tomas Berg of Portugal spoke by phone on 3 May 2023.",
        "Minister Ruiz made the point that there could be no return to the old rules.",
    )
    expected = [(1, "ana-ruiz", "made the point", "there could be no")]
    assert expected == _said(readout)


def test_envoy_of_one_state_posted_to_another_is_of_the_first() -> None:
    """'Ambassador of A to the Republic of B X': X's country is A, and the title runs to B."""
    mentions = find_mentions("She received Ambassador of Portugal to the Republic of Chile Tomas Berg today.")
    expected = [("Tomas Berg", ("Ambassador of Portugal to the Republic of Chile",), "PT")]
    assert expected == [(m.name, m.titles, m.country) for m in mentions]


def test_unquoted_first_person_sentences_before_a_postposed_said() -> None:
    """'We are ready. We believe .... Our ties ..., said the President.': one statement, all of it."""
    readout = _page(
        "President meets minister",
        "President Ana Ruiz met Foreign Minister Tomas Berg of Portugal in Lisbon on 3 May 2023.",
        "We are ready for the visit. We believe it is a landmark. Our ties are strong, said the President.",
        "The talks went well. The ties are strong, said the President.",
    )
    expected = [(1, "ana-ruiz", "said", "We are ready for"), (2, "ana-ruiz", "said", "The ties are strong")]
    assert expected == _said(readout)


def test_leaders_who_spoke_this_evening_had_a_call() -> None:
    """'The Prime Minister and X spoke yesterday evening.' (no 'with') reports a phone call."""
    readout = _page(
        "PM call",
        "The Prime Minister and the Taoiseach spoke yesterday evening.",
        "They agreed to stay in touch.",
    )
    expected = ("phone_call", [("The Prime Minister", None), ("The Taoiseach", "IE")])
    assert expected == (readout.event.kind.value, _sides(readout))


def test_a_press_release_named_after_its_verb_is_no_statement() -> None:
    """'..., indicates a press release from the ministry.': the source, not a principal, indicates."""
    readout = _page(
        "Minister receives envoy",
        "The Minister, Mr. Ana Ruiz, received Mr. Tomas Berg of Portugal, who paid him a farewell visit, "
        "indicates a press release from the ministry.",
        "The Minister said the visit was welcome.",
    )
    expected = [(1, "ana-ruiz", "said", "the visit was welcome.")]
    assert expected == _said(readout)


def test_garbled_headline_name_is_no_principal() -> None:
    """A headline whose encoding broke a name ('Mevl\ufffdt') adds no half-name as a principal."""
    readout = _page(
        "Meeting of Foreign Minister Tom\ufffds Kaya with Ana Ruiz, 30 September 2021",
        "Foreign Minister Tomás Kaya held a meeting in Ankara on 30 September 2021 with Ana Ruiz, "
        "Chairperson of the Commission of the Forum.",
    )
    expected = ["Tomás Kaya", "Ana Ruiz"]
    assert expected == [p.name for p in readout.event.participants]


def test_month_word_after_a_title_is_a_surname() -> None:
    """'Prime Minister May' in a headline is the principal May; 'in May' stays a month."""
    mentions = find_mentions("Taoiseach speaks with Prime Minister May about the talks held in May")
    expected = [(None, ("Taoiseach",)), ("May", ("Prime Minister",))]
    assert expected == [(m.name, m.titles) for m in mentions]


def test_republishing_line_dates_yesterday() -> None:
    """A mirror's 'X published this content on 11 January 2017' dates the page: 'yesterday' is the 10th."""
    readout = _page(
        "The Prime Minister and the Taoiseach spoke yesterday evening.",
        "They agreed to maintain regular contact over the coming months.",
        "Prime Minister's Office published this content on 11 January 2017 and is solely responsible for "
        "the information contained herein.",
        "Distributed by Public, unedited and unaltered, on 11 January 2017 13:48:08 UTC.",
    )
    expected = (dt.date(2017, 1, 10), "relative", dt.date(2017, 1, 11), 2)
    actual = (readout.event.date, readout.event.date_basis, readout.source.published, len(readout.paragraphs))
    assert expected == actual


def test_showed_appreciation_and_a_tweet_closing_its_sentence() -> None:
    """'showed his appreciation of X' reports X; '..., Y tweeted.' is Y's one statement, nested included."""
    readout = _page(
        "Leaders speak by phone",
        "Prime Minister Ana Ruiz has held a phone discussion with Prime Minister Tomas Berg of Portugal "
        "on 3 May 2023.",
        "Prime Minister Berg showed his appreciation of the role of Spain in the region.",
        "The two have also agreed to further strengthen cooperation, PM Ruiz tweeted.",
    )
    expected = [
        (1, "tomas-berg", "showed", "his appreciation of the"),
        (2, "ana-ruiz", "tweeted", "The two have also"),
    ]
    assert expected == _said(readout)


def test_venue_in_the_sentence_after_the_opening() -> None:
    """'The audience took place at the Forum Headquarters in Addis Ababa, Ethiopia.' places the meeting."""
    readout = _page(
        "Chairperson receives new envoy",
        "The Chairperson of the Forum, H.E. Ana Ruiz, on 11 March 2021, received the credentials of "
        "H.E. Mr. Tomas Berg, Ambassador of Portugal to the Forum. The audience took place at the Forum "
        "Headquarters in Addis Ababa, Ethiopia.",
    )
    expected = "Addis Ababa"
    assert expected == readout.event.location


def test_translated_release_with_a_capital_dateline_and_a_farewell_visit() -> None:
    """'ALGIERS- The Minister ..., received, Monday at the ministry, the Vice-President of the
    Commission of the Union (CU), Mrs. X, who paid him a farewell visit': a meeting in Algiers with X."""
    readout = _page(
        "Minister receives Union Vice-President",
        "ALGIERS- The Minister of Foreign Affairs and National Community Abroad, Mr. Ana Ruiz, received, "
        "Monday at the headquarters of the ministry, the Vice-President of the Commission of the Union "
        "(CU), Mrs. Eva Berg, who paid him a farewell visit.",
        "During this meeting, Mr. Ruiz congratulated Mrs. Berg for having completed her mandate.",
    )
    expected = ("meeting", "Algiers", ["Ana Ruiz", "Eva Berg"])
    actual = (readout.event.kind.value, readout.event.location, [p.name for p in readout.event.participants])
    assert expected == actual


def test_assured_the_addressee_of_the_content() -> None:
    """'assured the latter of X' starts at X; 'assured him that X' still starts at X."""
    readout = _page(
        "Chair receives envoy",
        "The Chair, Ana Ruiz, received Ambassador Tomas Berg of Portugal on 3 May 2023.",
        "The Chair assured the latter of the availability of her office for a fruitful collaboration.",
        "The Chair assured him that the office would help.",
    )
    expected = [
        (1, "ana-ruiz", "assured", "the availability of her"),
        (2, "ana-ruiz", "assured", "the office would help."),
    ]
    assert expected == _said(readout)


# Families found on benchmarks/real/en-d.

_CALL = (
    "Chilean Foreign Minister Tomas Berg held a phone conversation with Peruvian Foreign Minister Ana Lopez."
)


def test_subject_and_his_counterpart_are_both_sides() -> None:
    """'X and his Peruvian counterpart Y on a phone conversation reviewed ...': X is a side too."""
    readout = _page(
        "Chile's Foreign Minister Tomas Ruiz-Berg and his Peruvian counterpart Ana Lopez on a phone "
        "conversation on Sunday reviewed bilateral ties.",
        "Ruiz-Berg, for his part, stressed the significance of trade.",
    )
    expected = (
        [("Tomas Ruiz-Berg", "CL"), ("Ana Lopez", "PE")],
        [(1, "tomas-ruiz-berg", "stressed", "the significance of trade.")],
    )
    assert expected == (_sides(readout), _said(readout))


def test_bare_ministers_are_both_sides() -> None:
    """'During the conversation, ministers ... noted X': a bare plural 'ministers' is both sides."""
    readout = _page(
        _CALL,
        "During the conversation, ministers exchanged views on other issues, and noted the importance "
        "of continuing contacts.",
    )
    expected = [(1, "both", "noted", "the importance of continuing")]
    assert expected == _said(readout)


def test_source_quoting_a_principal_as_saying() -> None:
    """'"...," the statement quoted Berg as saying': the quotation is Berg's, verb 'saying'."""
    readout = _page(_CALL, "\u201cI enjoyed the talks,\u201d the statement quoted Berg as saying.")
    expected = [(1, "tomas-berg", "saying", "\u201cI enjoyed the talks")]
    assert expected == _said(readout)


def test_date_in_an_agency_credit_is_not_the_event_date() -> None:
    """'Jeddah (Forum News - 13th September, 2021) ... on 9 September 2021 received a call': the 9th."""
    readout = _page(
        "Jeddah (Forum News - 13th September, 2021) The Chairperson of the Forum, Ana Lopez, on 9 September "
        "2021 received a telephone call from the Foreign Minister of Chile, Tomas Berg.",
        "Lopez congratulated Berg on his new position.",
    )
    expected = (dt.date(2021, 9, 9), "text")
    assert expected == (readout.event.date, readout.event.date_basis)


def test_speaker_named_by_a_two_word_demonym_and_office() -> None:
    """'"...," the South African President said': of two presidents, the South African one."""
    readout = _page(
        "South African President Ana Lopez met with Chilean President Tomas Berg on Thursday.",
        "\u201cThank you for coming. I was very happy,\u201d the South African President said.",
    )
    expected = [(1, "ana-lopez", "said", "\u201cThank you for coming.")]
    assert expected == _said(readout)


def test_venue_in_the_first_sentence_of_the_next_paragraph() -> None:
    """'The meeting was held ... at the Grand Hotel in Valparaiso.' after the opening places the meeting."""
    readout = _page(
        "Chilean President Ana Lopez met with President Tomas Berg on Thursday.",
        "The meeting was held behind closed doors at the Grand Hotel in Valparaiso, the port city.",
        "The last summit was held in Lima.",
    )
    expected = "Valparaiso"
    assert expected == readout.event.location


def test_dateline_of_a_capital_and_its_state_gives_the_host_her_country() -> None:
    """'Lisbon, Portugal – <date> – Her Excellency X received Y of Chile …': X is of the state the
    dateline's capital and its state name, not of the topic the text names most (issue #8)."""
    readout = _page(
        "Lisbon, Portugal – March 3, 2024 – Her Excellency Ana Ruiz received a courtesy call from Mr. "
        "Tomas Berg, Director General of the Chile National Intelligence Agency.",
        "During their meeting, President Ruiz thanked DG Berg for a briefing on the coming trip of the "
        "President of Brazil. Brazil and its neighbours will meet in Brazil next year.",
    )
    expected = [("Ana Ruiz", "PT"), ("Tomas Berg", "CL")]
    assert expected == _sides(readout)
