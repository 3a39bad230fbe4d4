"""Kinds and refusals (fam111, issue #8): readouts headlined by what their lead reports, and pages that
read as readouts but report no encounter of their own. Every page here is written for the test."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind


def _parse(text: str) -> readoutlib.Readout | str:
    try:
        return readoutlib.parse(text)
    except readoutlib.NotAReadoutError as exc:
        return str(exc)


def test_a_headline_naming_an_invitation_to_visit_is_no_announcement() -> None:
    """'X invites Y to visit Z' reports the invitation made on the call the lead tells."""
    page = (
        "Velde invites Okoro to visit Port Lumen\n\n"
        "PORT LUMEN: Freedonian President Amara Velde on Monday telephoned Prime Minister Tomas Okoro"
        " of Sylvania and invited him to visit Port Lumen soon.\n\n"
        "The Prime Minister accepted the invitation and said dates would be set through diplomatic"
        " channels.\n"
    )
    readout = _parse(page)
    assert not isinstance(readout, str), readout
    assert readout.event.kind is EventKind.PHONE_CALL


def test_a_headline_announcing_a_trip_is_still_refused() -> None:
    """The announcement row still reads a trip to come ('to visit' with no invitation)."""
    page = (
        "Velde to visit Port Lumen next week\n\n"
        "Freedonian President Amara Velde will travel to Port Lumen next week, the ministry said.\n\n"
        "He will hold talks with Prime Minister Tomas Okoro of Sylvania.\n"
    )
    assert isinstance(_parse(page), str)


def test_a_hosts_view_told_after_an_envoys_introductory_call_from_him_is_that_meeting() -> None:
    """A lead stating the host's view, then 'following an introductory call from' an envoy: a meeting."""
    page = (
        "Okoro upbeat on ties with Freedonia\n\n"
        "Prime Minister Tomas Okoro is confident that Sylvania and Freedonia will open new trade routes.\n\n"
        "Okoro highlighted this following an introductory call from Freedonia's Chargé d'affaires Amara"
        " Velde yesterday.\n\n"
        "Okoro thanked Velde for the opportunity to discuss issues of importance to both countries.\n"
    )
    readout = _parse(page)
    assert not isinstance(readout, str), readout
    assert readout.event.kind is EventKind.MEETING


def test_a_guest_thanking_the_host_for_the_reception_of_his_visit_reports_the_visit() -> None:
    """'thanked X for the warm reception during his official visit to Y' opens a visit's page."""
    page = (
        "Foreign Minister Okoro thanks President Velde for warm reception\n\n"
        "PORT LUMEN. Sylvanian Foreign Minister Tomas Okoro thanked Freedonian President Amara Velde for"
        " the warm reception during his official visit to Freedonia, the agency reports.\n\n"
        "Speaking to the press in the capital, Okoro said the partnership between the two countries was"
        " strong.\n"
    )
    readout = _parse(page)
    assert not isinstance(readout, str), readout
    assert readout.event.kind is EventKind.VISIT


def test_a_statement_welcoming_others_meeting_is_no_readout() -> None:
    """A spokesman's statement whose lead welcomes a meeting of others, told by a participle."""
    page = (
        "Statement attributable to the Spokesman for the Secretary-General on the Meeting of the Foreign"
        " Ministers of Freedonia and Sylvania\n\n"
        "The Secretary-General welcomes the fifth Freedonia-Sylvania Foreign Ministers' Meeting, hosted by"
        " Freedonia in Port Lumen on 3 March. The Secretary-General hopes it will build trust.\n\n"
        "He encourages the two sides to keep working closely together.\n"
    )
    refused = _parse(page)
    assert isinstance(refused, str) and "(statement)" in refused


def test_views_voiced_at_a_farewell_reception_are_remarks_not_a_meeting() -> None:
    """An envoy's words 'expressed while speaking during a reception hosted in his honour by' a host."""
    page = (
        " PORT LUMEN, MAR 3 – Freedonia is a wonderful country to serve in, said Amara Velde, the outgoing"
        " Ambassador of Sylvania.\n\n"
        "He added that he had tried to bring the two countries closer in trade and tourism.\n\n"
        "The outgoing ambassador expressed these views while speaking during a farewell reception hosted"
        " in his honour by Tomas Okoro. Many diplomats attended the reception.\n\n"
        "The ambassador wished Freedonia and its people success.\n"
    )
    refused = _parse(page)
    assert isinstance(refused, str) and "remarks" in refused


def _kind(text: str) -> EventKind | str:
    readout = _parse(text)
    return readout if isinstance(readout, str) else readout.event.kind


def test_a_readout_of_a_call_to_an_office_holder_is_a_call_whatever_meeting_it_discusses() -> None:
    """'Readout of X’s Call to Prime Minister Y': a call, though the opening's topic is a meeting."""
    page = (
        "Readout of Vice President Velde’s Call to Sylvanian Prime Minister Tomas Okoro\n\n"
        "Vice President Velde spoke today to Sylvanian Prime Minister Tomas Okoro to discuss the"
        " High-Level Meeting on Sylvania that the Vice President will chair next week.\n"
    )
    assert _kind(page) is EventKind.PHONE_CALL


def test_what_was_agreed_in_talks_with_counterparts_is_talks() -> None:
    """'agreed in talks with his counterparts' names talks, not a call 'talked with'."""
    page = (
        "By Ana Ruiz\n\n"
        "Foreign Minister Tomas Okoro on March 3 in Port Lumen agreed in talks with his counterparts from"
        " Freedonia and Sylvania to continue close trilateral cooperation.\n\n"
        "The three sides discussed the harbour and regional security.\n"
    )
    assert _kind(page) is EventKind.TALKS


def test_consultations_led_via_video_conference_in_the_next_paragraph_are_a_video_call() -> None:
    """A round of consultations 'held', then its heads who 'led the consultations via video conference'."""
    page = (
        "Freedonia, Sylvania hold political consultations\n\n"
        "PORT LUMEN - The third round of bilateral political consultations between Freedonia and"
        " Sylvania was held yesterday.\n\n"
        "Tomas Okoro, Additional Secretary, Ministry of Foreign Affairs of Freedonia and Ambassador Ana"
        " Ruiz, Under Secretary, Ministry of Foreign Affairs of Sylvania led the consultations via video"
        " conference.\n\n"
        "A wide range of bilateral matters were discussed.\n"
    )
    assert _kind(page) is EventKind.VIDEO_CALL


def test_visiting_an_armys_headquarters_and_meeting_its_chief_is_a_meeting() -> None:
    """A visit to an institution's headquarters where its chief met the visitor: that one meeting."""
    page = (
        "Army chief meets Sylvanian counterpart\n\n"
        "PORT LUMEN: General Tomas Okoro, Chief of Army Staff of Freedonia, visited Headquarters of the"
        " Sylvanian Army and met its Chief General Ana Ruiz. Both commanders discussed regional"
        " security.\n"
    )
    assert _kind(page) is EventKind.MEETING


def test_a_leader_who_arrived_to_a_country_made_a_visit() -> None:
    """'has arrived to Norway', as translated news writes it, reports a visit abroad."""
    page = (
        "The President of Chile Tomas Okoro has arrived to Norway. His plane landed at the airport"
        " of Port Lumen in the evening.\n\n"
        "The President of Norway Ana Ruiz welcomed him at the airport, and the two presidents greeted"
        " the press.\n"
    )
    assert _kind(page) is EventKind.VISIT


def test_talks_with_a_quoted_word_before_them_are_talks() -> None:
    """'hold ‘in-depth’ talks in Port Lumen': the quoted word does not hide the talks."""
    page = (
        "Freedonia and Sylvania look at maritime security\n\n"
        "Top Freedonian and Sylvanian diplomats hold ‘in-depth’ talks in Port Lumen this week on trade"
        " and maritime security, the ministry announced Thursday.\n\n"
        "Deputy Minister Tomas Okoro met with Vice Minister Ana Ruiz on Tuesday and Wednesday.\n"
    )
    assert _kind(page) is EventKind.TALKS
