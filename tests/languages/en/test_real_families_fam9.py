"""Families of misses found on en-i, en-h and the bulk in round 9 of issue #8, on invented text."""

from __future__ import annotations

import datetime as dt

import readoutlib
from readoutlib.dates import parse_date
from readoutlib.languages.en.event import event_location
from readoutlib.languages.en.names import find_mentions
from readoutlib.model import EventKind, Readout
from readoutlib.segment.datelines import date_line_place


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _when(readout: Readout) -> tuple[str | None, str | None]:
    event = readout.event
    return (event.date.isoformat() if event.date else None, event.date_basis)


def test_a_date_with_slashes_around_its_month_word_is_read() -> None:
    """'[4/ June/2031]' (a news agency's date line) is 4 June 2031, as '4 June 2031' is."""
    expected = [dt.date(2031, 6, 4), dt.date(2031, 6, 4)]
    assert expected == [parse_date("[4/ June/2031]"), parse_date("4/June/2031")]


def test_a_bracketed_date_line_under_the_headline_dates_the_dateline() -> None:
    """A page whose only year is in its '[4/ June/2031]' date line is dated by it (basis published)."""
    readout = _page(
        "Minister meets Freedonian ambassador",
        "[4/ June/2031]",
        "LIMA, June 4 (Agency) - Foreign Minister Ana Ruiz met here with the Freedonian Ambassador to"
        " Peru, Tomas Berg.",
        "The two officials discussed bilateral relations.",
    )
    expected = ("2031-06-04", "published")
    assert expected == _when(readout)


def test_the_release_date_signed_at_the_foot_beats_a_later_stored_date_line() -> None:
    """A copy stamped a day late ('date 2031-06-05') is dated by the release's own sign-off date."""
    readout = _page(
        " date 2031-06-05 Ministry of Foreign Affairs",
        "Press Release",
        "Foreign Minister Ana Ruiz and Ambassador Tomas Berg of Freedonia held a virtual meeting to"
        " review their countries' cooperation.",
        "The two sides welcomed the progress made since the last round.",
        "Ministry of Foreign Affairs",
        "4th June 2031",
    )
    expected = ("2031-06-04", "published")
    assert expected == _when(readout)


def test_receiving_a_visit_from_a_guest_is_a_meeting_and_opens_the_readout() -> None:
    """'X on Thursday night received a visit from Y' opens a readout of a meeting of X and Y that day."""
    readout = _page(
        " date 2031-06-06 Lima, Agency – Freedonian President Tomas Berg on Thursday night received a"
        " visit from Sylvanian Defence Minister Ana Ruiz, at the presidential office in Lima.",
        "Ruiz congratulated Berg on the national day, the agency reported.",
        "During the meeting, Berg stressed the importance of dialogue.",
    )
    expected = ("meeting", ("2031-06-05", "relative"), ["Tomas Berg", "Ana Ruiz"])
    actual = (readout.event.kind.value, _when(readout), [p.name for p in readout.event.participants])
    assert expected == actual


def test_an_abbreviated_style_is_a_title_not_part_of_the_name() -> None:
    """'Pres. Berg' in a headline is President Berg: the principal is the body's 'Tomas Berg'."""
    readout = _page(
        "Freedonia: Pres. Berg meets Sylvanian PM Ruiz in Lima",
        "Freedonia’s President, Tomas Berg, met with Sylvanian Prime Minister Ana Ruiz in Lima. Berg"
        " expressed Freedonia’s wish for closer trade ties.",
    )
    expected = [("Tomas Berg", ("President",)), ("Ana Ruiz", ("Prime Minister",))]
    assert expected == [(p.name, p.titles) for p in readout.event.participants]


def test_a_guest_named_with_a_demonym_is_not_the_sites_own_principal() -> None:
    """On a Lesotho site, 'Malawian special envoy Mr X … called on President Y': X is MW and Y is LS."""
    text = (
        "Malawian special envoy Mr Tomas Berg has paid a courtesy call on President Ruiz at her offices"
        " this afternoon to convey a special message from his President.\n\n"
        "Speaking after meeting President Ruiz, Mr Berg said he was in Maseru to deliver the message.\n"
    )
    readout = readoutlib.parse(text, url="https://www.example.co.ls/news/envoy-meets-president/")
    expected = [("Tomas Berg", "MW"), ("Ruiz", "LS")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_a_courtesy_word_before_the_state_keeps_the_appositive_title_and_its_country() -> None:
    """'President X, President of the sisterly State of Palestine,' is of PS, as without 'sisterly'."""
    mentions = find_mentions(
        "The Amir received a call from his brother, President Mahmoud Abbas, President of the sisterly"
        " State of Palestine, and from President Tomas Berg, President of the friendly Republic of Peru."
    )
    expected = [("Mahmoud Abbas", "PS"), ("Tomas Berg", "PE")]
    assert expected == [(m.name, m.country) for m in mentions if m.name]


def test_paying_a_courtesy_call_on_an_office_holder_opens_the_readout_with_both_named() -> None:
    """'The French Ambassador to Peru, HE Mr. X, paid a courtesy call on the Prime Minister, Hon. Y'."""
    readout = _page(
        "French Ambassador meets Peru's Prime Minister",
        "The French Ambassador to Peru, HE Mr. Tomas Berg, paid a courtesy call on the Prime Minister,"
        " Hon. Ana Ruiz today 26 May 2031.",
        "H.E. Mr. Berg is based in Quito, and is also accredited to Bolivia.",
    )
    expected = ("meeting", ["Tomas Berg", "Ana Ruiz"])
    assert expected == (readout.event.kind.value, [p.name for p in readout.event.participants])


def test_a_weekday_before_the_date_of_a_date_line_is_no_place() -> None:
    """'Friday, May 26, 2031 - 20:04' names no place; 'Lima, May 26, 2031' does."""
    lines = ["Friday, May 26, 2031 - 20:04", "Lima, May 26, 2031", "Tue, 26 May 2031"]
    expected = [None, "Lima", None]
    assert expected == [date_line_place(line) for line in lines]


def test_an_embedded_posts_attribution_line_and_read_links_are_no_paragraphs() -> None:
    """'— Name (@handle) March 6, 2031' under an embedded post and 'READ: …' links are furniture; the
    post's text is no paragraph either (benchmarks/real/CONVENTIONS.md, "Body paragraphs", fam95)."""
    readout = _page(
        "LIMA — Foreign Minister Ana Ruiz met Freedonian Deputy Minister Tomas Berg on March 6.",
        "Had a good meeting today w/ @DepMinBerg on regional issues pic.twitter.com/abc123",
        "— Ana Ruiz 🇵🇪 (@MinRuiz) March 6, 2031",
        "READ: Coast guard tells Freedonia to restrain its vessels in the disputed waters off Lima",
        "The two officials underscored the importance of the partnership, the ministry said.",
    )
    expected = (
        "LIMA — Foreign Minister Ana Ruiz met Freedonian Deputy Minister Tomas Berg on March 6.",
        "The two officials underscored the importance of the partnership, the ministry said.",
    )
    assert expected == readout.paragraphs


def test_a_gathering_named_after_in_is_no_place_and_its_city_is() -> None:
    """'in the NATO Summit in Madrid' is in Madrid; 'at the Ocean Conference' or 'in Europe' is no place."""
    sentences = [
        "President Ana Ruiz had a meeting with President Tomas Berg, on the sidelines of the"
        " participation in the NATO Summit in Madrid.",
        "President Ana Ruiz met President Tomas Berg at the Ocean Conference.",
        "President Ana Ruiz met President Tomas Berg in the Annual Meeting of the Bank.",
        "After meeting Tomas Berg, Ana Ruiz said few other countries in Europe are so affected.",
        "President Ana Ruiz met Prime Minister Tomas Berg at the G7.",
    ]
    expected = ["Madrid", None, None, None, None]
    assert expected == [event_location(s, EventKind.MEETING) for s in sentences]


def test_the_participants_a_readout_lists_after_its_body_are_principals() -> None:
    """'Participants in the call included X of A, Y of B …' names the call's other principals."""
    readout = _page(
        "Readout of President Ruiz’s Video Call with Northern Leaders",
        "President Ana Ruiz held a secure video call with northern leaders today. The leaders"
        " expressed their concern about the crisis and agreed to stay in close touch.",
        "Participants in the call included Prime Minister Tomas Berg of Canada, President Lena Holm"
        " of Finland, NATO Secretary General Jan Novak, and European Commission President Eva Lind.",
    )
    expected = [("Tomas Berg", "CA"), ("Lena Holm", "FI"), ("Jan Novak", "NATO"), ("Eva Lind", "EU")]
    people = readout.event.participants
    actual = ([p.name for p in people[:1]], [(p.name, p.country) for p in people[1:]])
    assert (["Ana Ruiz"], expected) == actual


def test_a_name_after_an_envoys_post_city_is_the_envoy_not_a_region() -> None:
    """'the Russian ambassador in Sofia, Anatoly Makarov,' names him; 'in Indore, Madhya Pradesh.' no one."""
    mentions = find_mentions(
        "Prime Minister Ana Ruiz held talks on December 6 with the Russian ambassador in Sofia, Tomas"
        " Berg, the government said. She later spoke in Indore, Madhya Pradesh."
    )
    expected = ["Ana Ruiz", "Tomas Berg"]
    assert expected == [m.name for m in mentions if m.name]


def test_the_heads_of_two_delegations_are_the_principals_of_ministries_consultations() -> None:
    """Ministries 'held consultations'; 'the delegation … was led by X, and the other … headed by Y'."""
    readout = _page(
        "LIMA - The Peruvian and Chilean foreign ministries held political consultations in Lima on Friday.",
        "The delegation of the Peruvian Ministry of Foreign Affairs was led by Ana Ruiz, director"
        " general of the political department, and the Chilean delegation was headed by Tomas Berg, the"
        " director general of the Americas department, the ministry said.",
        "The sides agreed that cooperation was good in several areas.",
    )
    expected = [("Ana Ruiz", "PE"), ("Tomas Berg", "CL")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_a_statement_made_after_meeting_a_named_counterpart_reports_the_meeting() -> None:
    """'After meeting his Sylvanian counterpart, X, Y said …' opens a readout of their meeting."""
    readout = _page(
        "The foreign minister said Peru and Sylvania are affected by the war and by migration.",
        "After meeting his Sylvanian counterpart, Tomas Berg, Ana Ruiz, Minister of Foreign Affairs of"
        " Peru, said few other countries are affected to such an extent. “The war poses severe risks"
        " for both countries,” he said.",
    )
    expected = ("meeting", ["Tomas Berg", "Ana Ruiz"])
    assert expected == (readout.event.kind.value, [p.name for p in readout.event.participants])


def test_the_leader_of_a_delegation_a_principal_met_is_the_other_principal() -> None:
    """'X interacted with a delegation from Y, led by Lt Gen (Rtd) Sir Z, …' is a meeting of X and Z."""
    readout = _page(
        "President Ruiz meets a delegation from the Sylvanian Defence College",
        "Today at the State House, President Ana Ruiz interacted with a delegation from the Defence"
        " College of the United Kingdom (UK), led by Lt Gen (Rtd) Sir Tomas Berg, the Commandant of the"
        " College.",
        "They discussed the country's history and its transformation journey.",
        "The delegation later visited the National Museum.",
    )
    expected = ("meeting", ["Ana Ruiz", "Tomas Berg"])
    assert expected == (readout.event.kind.value, [p.name for p in readout.event.participants])


def test_the_host_who_invited_a_visitor_is_a_principal_of_the_visit() -> None:
    """'At the invitation of French President X, the Slovenian Prime Minister, Dr Y, visited Paris'."""
    readout = _page(
        "Prime Minister Ana Ruiz in Paris on key European challenges",
        "At the invitation of French President Tomas Berg, the Slovenian Prime Minister, Dr Ana Ruiz,"
        " visited Paris today.",
        "In a friendly atmosphere, Dr. Ruiz and her French counterpart sought common solutions.",
    )
    expected = [("Tomas Berg", "FR"), ("Ana Ruiz", "SI")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_an_appositive_title_before_a_styled_name_is_that_persons() -> None:
    """'X, the Slovenian Prime Minister, Dr Y,': the title is Y's; 'X, Foreign Minister of Peru, Dr Y' X's."""
    mentions = find_mentions(
        "At the invitation of French President Tomas Berg, the Slovenian Prime Minister, Dr Ana Ruiz,"
        " visited Paris. Minister Lena Holm met Jan Novak, Foreign Minister of Peru, Dr Eva Lind, and"
        " others."
    )
    expected = [
        ("Tomas Berg", ("President",)),
        ("Ana Ruiz", ("Prime Minister",)),
        ("Lena Holm", ("Minister",)),
        ("Jan Novak", ("Foreign Minister of Peru",)),
        ("Eva Lind", ()),
    ]
    assert expected == [(m.name, m.titles) for m in mentions if m.name]


def test_a_courtesy_call_told_in_an_adverbial_before_the_hosts_words_opens_the_readout() -> None:
    """'During a courtesy call … by Prime Minister Mr X July 13, President Dr Y said …' (year: date line)."""
    readout = _page(
        " date 2031-07-14 Lima — The bonds of friendship between Peru and Chile remain strong.",
        "During a courtesy call at the Office of the President by Chilean Prime Minister Mr Tomas Berg"
        " July 13, President Dr Ana Ruiz said the two countries shared a historical connection.",
        "Meanwhile, President Ruiz also received a courtesy call from Prince Jan Novak, a special envoy"
        " of the King of Sweden.",
    )
    expected = (("2031-07-13", "relative"), ["Tomas Berg", "Ana Ruiz"])
    assert expected == (_when(readout), [p.name for p in readout.event.participants])


def test_a_rank_abbreviation_names_an_officer_but_gen_z_is_a_generation() -> None:
    """'Lt Gen (Rtd) Sir X' and 'Col Y' are officers; 'Gen Z' names nobody."""
    mentions = find_mentions(
        "Col Tomas Berg and Lt Gen (Rtd) Sir Jan Novak met young leaders of Gen Z in Lima."
    )
    expected = [("Tomas Berg", ("Col",)), ("Jan Novak", ())]
    assert expected == [(m.name, m.titles) for m in mentions if m.name]


def test_a_delegation_head_named_after_a_long_title_is_that_person() -> None:
    """'was led by Director General of the Narcotics Control Bureau of the Ministry X and included'."""
    readout = _page(
        "On July 31, Peru and Chile held a senior official meeting of the Working Group in Lima.",
        "The Chilean delegation was led by Director General of the Narcotics Control Bureau of the"
        " Ministry of Public Security Tomas Berg and included representatives of three ministries. The"
        " Peruvian delegation was led by Ana Ruiz, Director of the Drugs Office.",
    )
    expected = [("Tomas Berg", "CL"), ("Ana Ruiz", "PE")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_a_storys_first_word_in_capitals_is_read_as_written_in_title_case() -> None:
    """'THE Prime Minister and …' is the office; 'UN Secretary-General X' keeps its acronym."""
    sentences = [
        "THE Prime Minister and Peruvian President Dr Tomas Berg held bilateral discussions on Sunday.",
        "UN Secretary-General Ana Ruiz met the Minister.",
    ]
    expected = [[(None, "Prime Minister"), ("Tomas Berg", None)], [("Ana Ruiz", None), (None, "Minister")]]
    assert expected == [[(m.name, m.office) for m in find_mentions(s)] for s in sentences]


def test_him_in_the_opening_is_the_person_the_lead_names() -> None:
    """'… when Ambassador X made a farewell call on him' after a lead naming Minister Y: Y and X."""
    readout = _page(
        "LIMA, Jan 05, 2031 (Agency) – Foreign Minister Dr Ana Ruiz today sought Sylvanian support in"
        " expediting the return of displaced people.",
        "The minister made the urge when outgoing Sylvanian Ambassador to Peru Tomas Berg made a"
        " farewell call on him at the foreign ministry here today.",
    )
    expected = ["Ana Ruiz", "Tomas Berg"]
    assert expected == [p.name for p in readout.event.participants]


def test_only_the_subject_right_after_a_fronted_adverbial_is_the_other_side() -> None:
    """'During a call … by X, deputy head Y conveyed …' adds Y; '…, Z conveyed words from W' adds no W."""
    pages = [
        "During a courtesy call at the ministry by Chilean Ambassador Tomas Berg on Tuesday, deputy head"
        " of office Jan Novak conveyed words of gratitude from President of Peru Ana Ruiz to Chile.",
        "During a courtesy call at the ministry by Chilean Ambassador Tomas Berg on Tuesday, Novak"
        " conveyed words of gratitude from President of Peru Ana Ruiz to Chile.",
    ]
    expected = [["Tomas Berg", "Jan Novak"], ["Tomas Berg"]]
    assert expected == [[p.name for p in _page(page).event.participants] for page in pages]


def test_and_before_a_styled_name_ends_the_appositive_title_of_the_name_before() -> None:
    """'Amb. X, the Cabinet Secretary for Foreign Affairs and Amb. Y, …' gives X that title, not Y."""
    mentions = find_mentions(
        "Amb. Ana Ruiz, the Cabinet Secretary for Foreign Affairs and Amb. Tomas Berg, Assistant"
        " Secretary for African Affairs held a virtual consultative meeting."
    )
    expected = [
        ("Ana Ruiz", ("Cabinet Secretary for Foreign Affairs",)),
        ("Tomas Berg", ("Assistant Secretary for African Affairs",)),
    ]
    assert expected == [(m.name, m.titles) for m in mentions]


def test_thanked_for_informed_about_and_saluted_report_what_follows() -> None:
    """'informed about Y' (no one named between) and 'saluted Y' start at Y; 'thanked for Y' is "thanked"
    with its content at "for" (fam179: CONVENTIONS, as three gold statements to one read it)."""
    readout = _page(
        "President Ana Ruiz had a meeting with her Chilean counterpart Tomas Berg in Lima on Thursday.",
        "At the same time, they saluted the increasing dynamics of the political contacts.",
        "Chile's President thanked for Peru's support in managing the fires of last year.",
        "The two also approached the situation in the region, a context in which Chile's President"
        " informed about the results of the mediation.",
    )
    expected = [
        ("both", "saluted", "the increasing dynamics of the political contacts"),
        ("tomas-berg", "thanked", "for Peru's support in managing the fires of last year"),
        ("tomas-berg", "informed about", "the results of the mediation"),
    ]
    assert expected == [(s.speaker, s.verb, s.text.rstrip(".")) for s in readout.statements]


def test_appraised_briefs_and_apprised_of_reports_what_follows() -> None:
    """'appraised X on Y' (the press's spelling of 'apprised') starts at Y; 'apprised of Y' at Y."""
    readout = _page(
        "Cabinet Secretary Dr. Ana Ruiz held a meeting with H.E. Tomas Berg, Chile's Special Envoy for"
        " the Andes, on January 11, 2031.",
        "The Cabinet Secretary appraised the Special Envoy on the regional peace and security"
        " architecture. In this respect, the CS apprised of Peru's peace efforts in the region.",
    )
    expected = [
        ("ana-ruiz", "appraised", "the regional peace and security architecture"),
        ("ana-ruiz", "apprised of", "Peru's peace efforts in the region"),
    ]
    assert expected == [(s.speaker, s.verb, s.text.rstrip(". ")) for s in readout.statements]
