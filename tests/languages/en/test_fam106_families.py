"""Participants and countries on bulk pages (round 106 of issue #8): invented pages in each layout."""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import find_mentions
from readoutlib.languages.en.participants import Principal, _delegation_leaders, _ordered_pair_countries
from readoutlib.model import Readout


def _parse(*paragraphs: str) -> Readout:
    return readoutlib.parse("\n\n".join(paragraphs) + "\n")


def _people(readout: Readout) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def test_a_headline_naming_two_states_by_their_long_names_pairs_no_office_with_them() -> None:
    """'A Joint Statement Between the United States of America and the Kingdom of Saudi Arabia' (White
    House 2273): two states' own long names, not "The <office> of A and B"; the king was given the US and
    the President the other state, in the order the page names the two men."""
    readout = _parse(
        "A Joint Statement Between the United States of America and the Kingdom of Norway",
        "At the invitation of King Harald, President Joseph R. Biden paid an official visit to Oslo"
        " on 3 May 2022 and met with King Harald.",
        "The two sides reviewed their partnership.",
    )
    assert ("Joseph R. Biden", "US") in _people(readout)
    assert ("Joseph R. Biden", "NO") not in _people(readout)


def test_a_known_leader_keeps_his_own_state_against_the_pairs_order() -> None:
    """'The heads of A and B … <B's head> and <A's head> talked': a known head of state's own state wins
    over the order the page names the two in (the pair gave each the other's state)."""
    king = Principal("Rudolf Elphberg", ["King"], None)
    president = Principal("Joseph R. Biden", ["President"], None)
    text = "The heads of the United States and Norway met in Geneva. Elphberg and Biden talked about trade."
    _ordered_pair_countries([king, president], [text])
    assert (king.country, president.country) == ("NO", "US")


def test_an_office_in_a_comma_list_of_titles_before_one_name_is_that_persons() -> None:
    """'… with Party Politburo Member, Director of the Office of the X Commission, and Foreign Minister
    Wang Yi' (White House 1320): one person's titles in a row; the middle one was kept as a second,
    unnamed principal, and took the publisher's country, which then went to the minister."""
    readout = _parse(
        "National Security Advisor Jake Sullivan met on 3 May 2022 with Chinese Communist Party"
        " Politburo Member, Director of the Office of the Trade Commission, and Foreign Minister"
        " Karl Berger in Harbin.",
        "The two sides discussed trade.",
    )
    names = [name for name, _ in _people(readout)]
    assert names == ["Jake Sullivan", "Karl Berger"]


def test_two_titles_joined_by_an_ampersand_are_one_persons() -> None:
    """'met with Qatari Deputy Prime Minister & Foreign Minister X' (White House rss 457): the deputy prime
    minister's office was a principal beside the minister."""
    readout = _parse(
        "National Security Advisor Jake Sullivan met today in Washington with Ruritanian Deputy Prime"
        " Minister & Foreign Minister Karl Berger to discuss trade.",
    )
    names = [name for name, _ in _people(readout)]
    assert names == ["Jake Sullivan", "Karl Berger"]


def test_an_office_with_its_article_before_a_comma_list_stays_another_side() -> None:
    """'the Prime Minister, and Foreign Minister X': an office with its own article is another person."""
    mentions = find_mentions("The President met the Prime Minister, and Foreign Minister Karl Berger.")
    assert sum(1 for m in mentions if m.name is None) == 2


def test_a_plural_headline_verb_is_not_read_into_a_surname() -> None:
    """'Special Envoy X and Chargé Y Conclude Visit to Z' (State 842): 'Y Conclude' was a name."""
    mentions = find_mentions("Special Envoy Ruiz and Chargé Berger Conclude Visit to Ruritania")
    assert "Berger Conclude" not in [m.name for m in mentions]


def test_the_country_of_a_missions_posting_is_not_its_envoys() -> None:
    """'Chargé d'Affaires of the U.S. Embassy to Yemen Cathy Westley' (State 842): she was read as
    Yemen's from the posting written right before her name."""
    mentions = find_mentions("Chargé d’Affaires of the U.S. Embassy to Norway Ana Ruiz met the Governor.")
    ruiz = next(m for m in mentions if m.name == "Ana Ruiz")
    assert ruiz.country != "NO"
    head = find_mentions("Head of the EU Delegation to Norway Karl Berger met the Governor.")
    berger = next(m for m in head if m.name == "Karl Berger")
    assert berger.country != "NO"


def test_the_postpositive_general_of_a_plural_title_is_no_office() -> None:
    """'the Vice President convened Attorneys General from seven states' (White House 872): 'The General'
    was a participant; a plural title's 'General' is a group, and a singular one stays a person."""
    mentions = find_mentions("Today the Governor convened Attorneys General from nine states for a talk.")
    assert [m.titles for m in mentions if m.name is None] == [("Governor",)]
    single = find_mentions("Attorney General Ana Ruiz met the General on Monday.")
    assert [m.titles for m in single] == [("Attorney General",), ("General",)]


def test_a_capital_before_an_office_is_its_place_not_a_person() -> None:
    """'Call with Abu Dhabi Crown Prince X' (White House 189): 'Abu Dhabi' was a participant."""
    mentions = find_mentions("The President spoke today with Abu Dhabi Crown Prince Khalid bin Omar.")
    assert [m.name for m in mentions if m.name] == ["Khalid bin Omar"]


def test_storms_and_party_words_are_no_names() -> None:
    """'as Hurricane X makes landfall', 'the Atlantic Hurricane Outlook', 'the Democratic Caucus'
    (White House 577, 816, rss 402) were read as people."""
    for text in (
        "The Governor spoke as Hurricane Oscar made landfall on the coast.",
        "He received a briefing on the Pacific Hurricane Outlook and the fire season.",
        "The Senator addressed the Democratic Caucus on Monday.",
    ):
        assert [m.name for m in find_mentions(text) if m.name] == []


def test_of_two_sides_the_publishers_own_is_the_one_its_title_or_name_makes_so() -> None:
    """The same joint statement on the White House's site (rss 2273): the home country went to the king,
    named first, and the President then took the other state."""
    text = "\n\n".join(
        (
            "A Joint Statement Between the United States of America and the Kingdom of Norway",
            "Oslo, Norway",
            "At the invitation of King Harald Rask, President Joseph R. Biden paid an official visit to the"
            " Kingdom of Norway on 3 May 2022 and met with King Harald Rask.",
            "The two sides reviewed their partnership.",
        )
    )
    url = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/05/03/a-joint-statement/"
    readout = readoutlib.parse(text + "\n", url=url)
    assert ("Joseph R. Biden", "US") in _people(readout)
    assert ("Harald Rask", "US") not in _people(readout)


def test_the_leaders_of_each_delegation_are_of_the_state_it_names() -> None:
    """'A and B led the U.S. delegation while C and D led the Thai delegation' (State 1418, 1941): the
    second American was given the other state, or the two sides swapped, from the words around them."""
    ruiz = Principal("Ana Ruiz", ["Director General"], None)
    envoy = Principal("Karl Berger", ["Senior Advisor"], None)
    text = (
        "Senior officials met in Oslo for the dialogue. Director General Ana Ruiz led the Norwegian"
        " delegation, while Senior Advisor Karl Berger led the U.S. delegation."
    )
    _delegation_leaders([ruiz, envoy], [text])
    assert (ruiz.country, envoy.country) == ("NO", "US")
