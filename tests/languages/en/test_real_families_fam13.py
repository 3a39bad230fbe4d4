"""Families of misses from en-k's blind run and the other dev sets (issue #8, round fam13), each on
invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def _countries(readout: Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def _statements(readout: Readout) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in readout.statements]


def test_extolled_starts_a_statement() -> None:
    """'has extolled the partnership': a news report's word of praise is a reporting verb."""
    readout = _page(
        "Ruiz meets Berg",
        "President Ana Ruiz of Ruritania met President Tomas Berg of Borduria in Strelsau on Monday.",
        "President Ruiz has extolled the partnership between the two countries.",
    )
    expected = [(1, "ana-ruiz", "extolled", "the partnership between the two countries.")]
    assert expected == _statements(readout)


def test_a_demonym_before_a_comma_is_not_the_titles_country() -> None:
    """'… talks with Turkish Cypriots, Slovak Foreign Minister X': X is Slovak, not Turkish."""
    readout = _page(
        "Ruiz meets the new Cypriot Ambassador",
        "The ministry will keep helping talks between the island's two communities and Turkish Cypriots,"
        " Slovak Foreign Minister Ana Ruiz stated on Tuesday during a meeting with Cypriot Ambassador"
        " Tomas Berg.",
        "Berg pledged to deepen cooperation in culture.",
    )
    expected = [("Ana Ruiz", "SK"), ("Tomas Berg", "CY")]
    assert expected == _countries(readout)


def test_a_headlines_office_is_named_by_the_body_when_no_opening_is_found() -> None:
    """'… met with Croatian President' in a headline, 'Croatian President Tomas Berg' in a lead the
    finder reads no event in: the office is Berg, not 'The President'."""
    readout = _page(
        "Presidency Member Ana Ruiz met with Croatian President",
        "A meeting between Presidency member Ana Ruiz and Croatian President Tomas Berg is held"
        " yesterday in Zagreb.",
        "“Croatia is committed to the best relations with its neighbours”, Berg said.",
    )
    expected = [("Ana Ruiz", "Member"), ("Tomas Berg", "President")]
    assert expected == [(p.name, p.titles[0]) for p in readout.event.participants]


def test_extended_a_warm_welcome_to_a_guest_opens_the_readout() -> None:
    """'X extended a warm welcome today to Y': the host is a principal, and his reports are statements;
    a museum the guest toured later is no side."""
    readout = _page(
        "Prime Minister welcomes the Governor of Ruritania",
        "Prime Minister Ana Ruiz extended a warm welcome today to Governor Tomas Berg of Ruritania, who is"
        " on a State Visit to New Zealand.",
        "During his visit, the Governor paid respects at the National War Memorial and explored Te Papa.",
        "Prime Minister Ruiz highlighted the timeliness of the meeting.",
    )
    expected = (
        ["Ana Ruiz", "Tomas Berg"],
        [(2, "ana-ruiz", "highlighted", "the timeliness of the meeting.")],
    )
    assert expected == ([p.name for p in readout.event.participants], _statements(readout)[-1:])


def test_two_sides_who_came_together_are_the_principals() -> None:
    """ "Country's Title, Name, and Country's Title, Name, came together to sign …": both appositive
    sides are principals, each of the country of the possessive before his title."""
    readout = _page(
        "Partnership renewed",
        "Today in Suva, Australia’s Foreign Minister, Ana Ruiz, and Fiji’s Prime Minister, Tomas Berg,"
        " came together to sign a renewed Statement of Partnership.",
        "Minister Ruiz highlighted that the focus areas include climate change.",
    )
    expected = [("Ana Ruiz", "AU"), ("Tomas Berg", "FJ")]
    assert expected == _countries(readout)


def test_each_leader_keeps_his_own_country_when_the_headline_names_the_guest_by_surname() -> None:
    """'Pres. Ruiz Meets Berg' over 'Croatia's President, Tomas Berg' and an opening that calls Ruiz
    'The Slovak President': Berg is a principal of Croatia, and the Slovak office is Ruiz, not Berg."""
    readout = _page(
        "Slovakia: Pres. Ruiz Meets Berg, Extols Partnership",
        "President Ana Ruiz has extolled the partnership she has forged with Croatia's President, Tomas"
        " Berg, over the last few years.",
        "The Slovak President spoke on Thursday when she paid a courtesy call on the leader of the"
        " Balkan nation. President Ruiz and delegation are in Zagreb for the inauguration of President"
        " Berg.",
    )
    expected = [("Ana Ruiz", "SK"), ("Tomas Berg", "HR")]
    assert expected == sorted(_countries(readout))


def test_gave_an_assessment_of_and_looked_ahead_to_start_statements() -> None:
    """'gave a positive assessment of X', 'looked ahead to Y': reports whose content follows the
    preposition, with the verb as written."""
    readout = _page(
        "Foreign Minister Ana Ruiz meets Foreign Minister Tomas Berg",
        "Foreign Minister Ana Ruiz met Foreign Minister Tomas Berg of Ruritania in Strelsau on Monday.",
        "Minister Berg gave a detailed assessment of the situation on the border.",
        "The two ministers looked ahead to the summit that Ruritania will host in May.",
    )
    expected = [
        (1, "tomas-berg", "gave a detailed assessment of", "the situation on the border."),
        (2, "both", "looked ahead to", "the summit that Ruritania will host in May."),
    ]
    assert expected == _statements(readout)


def test_a_countrys_chief_executive_is_its_one_principal() -> None:
    """'the Liberian Chief Executive spoke of …': a news writer's name for a state's leader is the
    page's one principal of that country."""
    readout = _page(
        "Ruiz meets Berg",
        "President Ana Ruiz of Slovakia met President Tomas Berg of Croatia in Zagreb on Monday.",
        "Addressing reporters, the Slovak Chief Executive spoke of the fatherly figure Berg has been to her.",
    )
    expected = [(1, "ana-ruiz", "spoke of", "the fatherly figure Berg has been to her.")]
    assert expected == _statements(readout)


def test_countries_listed_before_a_plural_office_are_one_side_each() -> None:
    """'held talks with Somalia and South Sudan Presidents' (or 'the French and German foreign
    ministers'): one principal per country, named by the person the body then gives the office."""
    readout = _page(
        "President Ruiz hosts two presidents",
        "President Ana Ruiz of Kenya on Wednesday held talks with Somalia and South Sudan Presidents in two"
        " separate meetings in Nairobi.",
        "Ruiz said the discussions with President Tomas Berg centred on the security situation.",
        "Shortly after, Ruiz held talks with South Sudan President Piet Lind on trade.",
    )
    expected = [("Ana Ruiz", "KE"), ("Tomas Berg", "SO"), ("Piet Lind", "SS")]
    assert expected == _countries(readout)


def test_the_country_a_meeting_was_held_in_is_no_guess_for_a_side() -> None:
    """'held discussions in Suriname', 'who is in Suriname', 'left for Suriname': the third country
    where leaders met is a place, not the country of the side the page gives none."""
    readout = _page(
        "THE Prime Minister and Guyana President Tomas Berg held bilateral discussions in Suriname on"
        " Sunday, shortly before the opening of the regional summit there.",
        "The talks between Dr Ruiz and Berg focused on food security.",
        "They also discussed a memorandum between Trinidad and Tobago and Guyana on agriculture.",
        "Ruiz joined other leaders in a meeting with an envoy who is in Suriname to attend the summit.",
        "Food security is among the issues to be addressed at the summit in Suriname.",
        "Ruiz left for Suriname on Sunday.",
    )
    expected = ("TT", "GY")
    assert expected == tuple(p.country for p in readout.event.participants)


def test_a_known_leader_no_text_gives_a_country_is_of_his_own_state() -> None:
    """'President Abdel Fattah El-Sisi received a call …' on a page that names no Egypt: the known
    head of state is of his own state, as the last guess."""
    readout = _page(
        "President Abdel Fattah El-Sisi received a phone call from President Ana Ruiz of Chile this evening.",
        "The two presidents reviewed developments in the negotiation round.",
    )
    expected = [("Abdel Fattah El-Sisi", "EG"), ("Ana Ruiz", "CL")]
    assert expected == _countries(readout)


def test_a_plural_office_of_listed_countries_as_the_subject_is_one_side_each() -> None:
    """'The prime ministers of Portugal and Greece have held a phone call': one side per country,
    named by the people the text then gives the office."""
    readout = _page(
        "The prime ministers of Portugal and Greece have held a phone call to discuss support for Ukraine.",
        "Source: Portuguese Prime Minister Ana Ruiz on her social media account",
        "Details: Ruiz stated that she had just spoken with her Greek counterpart Tomas Berg.",
        "Quote: “I thanked Prime Minister Berg for the leading role he has played.”",
    )
    expected = [("Ana Ruiz", "PT"), ("Tomas Berg", "GR")]
    assert expected == _countries(readout)


def test_responded_to_and_responded_with_report_content() -> None:
    """'responded to questions about X, stating …' is one statement at 'responded to'; 'responded
    with words of thanks' reports the words."""
    readout = _page(
        "Foreign Minister Ana Ruiz meets Foreign Minister Tomas Berg",
        "Foreign Minister Ana Ruiz met Foreign Minister Tomas Berg of Ruritania in Strelsau on Monday.",
        "After the signing, Berg responded to media questions about visas, stating that the matter is"
        " under review.",
        "Minister Ruiz responded with words of thanks for the invitation.",
    )
    expected = [
        (
            1,
            "tomas-berg",
            "responded to",
            "media questions about visas, stating that the matter is under review.",
        ),
        (2, "ana-ruiz", "responded with", "words of thanks for the invitation."),
    ]
    assert expected == _statements(readout)
