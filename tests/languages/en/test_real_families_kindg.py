"""Families of misses found on real pages in round 7 of issue #8 (en-g, en-f, bulk check), invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import EventKind, Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _kind(*lines: str) -> str:
    return _page(*lines).event.kind.value


def test_a_leader_who_called_another_held_a_phone_call() -> None:
    """'X called Prime Minister Y', 'X called his counterpart': phone calls; 'called on' is in person."""
    kinds = [
        _kind(
            "President Tomas Berg of Portugal called Prime Minister Ana Ruiz of Spain on Thursday afternoon.",
            "Berg thanked Ruiz for the support of Spain.",
        ),
        _kind(
            "President Tomas Berg of Portugal called his Spanish counterpart Ana Ruiz on 3 March 2023.",
            "Berg thanked Ruiz for the support of Spain.",
        ),
        _kind(
            "Ambassador Tomas Berg of Portugal called on Prime Minister Ana Ruiz of Spain on 3 March 2023.",
            "Berg thanked Ruiz for the support of Spain.",
        ),
    ]
    expected = ["phone_call", "phone_call", "meeting"]
    assert expected == kinds


def test_discussions_held_at_a_meeting_are_the_meeting() -> None:
    """'met and held discussions', 'held discussions during a bilateral meeting': meetings; alone: talks."""
    kinds = [
        _kind(
            "President Tomas Berg of Portugal and Prime Minister Ana Ruiz of Spain have today met and held"
            " discussions in Lisbon.",
            "They agreed that the ferry would run.",
        ),
        _kind(
            "President Tomas Berg of Portugal and Prime Minister Ana Ruiz of Spain held discussions on trade"
            " during a bilateral meeting in Lisbon.",
            "They agreed that the ferry would run.",
        ),
        _kind(
            "President Tomas Berg of Portugal held extensive bilateral discussions with Prime Minister"
            " Ana Ruiz of Spain in Lisbon.",
            "They agreed that the ferry would run.",
        ),
    ]
    expected = ["meeting", "meeting", "talks"]
    assert expected == kinds


def test_a_meeting_named_before_an_opening_that_names_no_kind() -> None:
    """'The meeting enabled the two leaders to discuss …' before an opening with no event word: a meeting."""
    kind = _kind(
        "The meeting enabled the two leaders to discuss the ferry and the port.",
        "Prime Minister Tomas Berg said Portugal places great importance on its relations with Spain.",
        "In response, Prime Minister Ana Ruiz congratulated Prime Minister Tomas Berg for the elections.",
    )
    expected = "meeting"
    assert expected == kind


def test_received_here_this_afternoon_at_a_palace_a_visiting_guest() -> None:
    """'received here this afternoon at the Harbour Palace visiting H.E. Ana Ruiz' reports a meeting: the
    guest after 'visiting' is no place, and a palace alone names no city."""
    readout = _page(
        "Tomas Berg, Prime Minister of Portugal, received here this afternoon at the Harbour Palace visiting"
        " H.E. Ana Ruiz, Former Prime Minister of Spain.",
        "Tomas Berg said the ferry would run in May.",
    )
    expected = ("meeting", ["Tomas Berg", "Ana Ruiz"], None)
    actual = (readout.event.kind.value, [p.name for p in readout.event.participants], readout.event.location)
    assert expected == actual


def test_a_counterpart_written_with_a_capital_keeps_its_demonym() -> None:
    """'his Greek Counterpart, Ana Ruiz' is Greek (GR), as 'his Greek counterpart, Ana Ruiz' is."""
    countries = []
    for noun in ("Counterpart", "counterpart"):
        readout = _page(
            f"The Albanian Prime Minister, Tomas Berg, met with his Greek {noun}, Ana Ruiz, during the summit"
            " in London.",
            "Berg said the ferry would run.",
        )
        countries.append([(p.name, p.country) for p in readout.event.participants])
    expected = [[("Tomas Berg", "AL"), ("Ana Ruiz", "GR")]] * 2
    assert expected == countries


def test_the_host_who_invited_a_visitor_is_of_the_country_visited() -> None:
    """'Ruiz arrived in Uganda … at the invitation of President Berg': Berg is Ugandan; a name
    after the invitation that is no principal's, or a sentence naming two countries, gives none."""
    found = []
    for follow in (
        "President Ruiz arrived in Uganda yesterday for an official working visit in the invitation of"
        " President Berg.",
        "President Ruiz paid a state visit to Uganda at the invitation of President Berg.",
        "President Ruiz arrived in Uganda yesterday at the invitation of the Speaker, Karl Mann.",
    ):
        readout = _page(
            "President Tomas Berg and his Spanish counterpart, H.E Ana Ruiz have today met and held"
            " discussions at the palace.",
            follow,
            "Berg said the ferry would run.",
        )
        found.append([(p.name, p.country) for p in readout.event.participants])
    expected = [
        [("Tomas Berg", "UG"), ("Ana Ruiz", "ES")],
        [("Tomas Berg", "UG"), ("Ana Ruiz", "ES")],
        [("Tomas Berg", None), ("Ana Ruiz", "ES")],
    ]
    assert expected == found


def test_provided_an_update_on_reports_what_it_was_on() -> None:
    """'X provided an update on Y' is X's statement starting at Y, as 'briefed … on' is."""
    readout = _page(
        "President Tomas Berg of Portugal held a call with Prime Minister Ana Ruiz of Spain on 3 March 2023.",
        "Berg provided an update on the reopening of the port. Ruiz gave an update on the harvest.",
    )
    expected = [
        (1, "tomas-berg", "provided an update on", "the reopening of the port."),
        (1, "ana-ruiz", "gave an update on", "the harvest."),
    ]
    assert expected == [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_the_principal_thanked_for_a_visit_to_a_country_is_the_guest() -> None:
    """'He thanked Prime Minister Ruiz for his visit to Fiji': the other principal hosts, so is Fijian;
    the guest's country then comes from the text, Fiji set aside."""
    readout = _page(
        "The meeting enabled the two leaders to discuss the ferry.",
        "Prime Minister Berg said Fiji places great importance on its relations with Vanuatu, which chairs"
        " the regional bloc.",
        "He thanked Prime Minister Ruiz for his visit to Fiji, which signifies the warm relations.",
        "In response, Prime Minister Ruiz congratulated Prime Minister Berg for the recent elections.",
        "He said Vanuatu would continue to engage closely with Fiji.",
    )
    expected = [("Ruiz", "VU"), ("Berg", "FJ")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_discussions_about_a_coming_meeting_stay_talks() -> None:
    """'held discussions on the upcoming ministerial meeting': a meeting as the topic leaves them talks."""
    kind = _kind(
        "President Tomas Berg of Portugal held discussions with Prime Minister Ana Ruiz of Spain in Lisbon"
        " on the upcoming ministerial meeting.",
        "They agreed that the ferry would run.",
    )
    expected = "talks"
    assert expected == kind


def test_receiving_a_certification_names_no_guest() -> None:
    """'X Receives Gold Certifications for Y' is no meeting; 'received Ambassador Lund' stays one."""
    from readoutlib.languages.en.event import kind_of

    expected = (EventKind.OTHER, EventKind.OTHER, EventKind.MEETING)
    actual = (
        kind_of("The Buildings Office Receives Gold Certifications for the Embassy in Harbourton"),
        kind_of("The Minister received the Harbour Accreditation for the new port."),
        kind_of("The President received Ambassador Lund."),
    )
    assert expected == actual
