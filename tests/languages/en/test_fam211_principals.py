"""fam211 (issue #8, after the blind run of en-bh, en-bi and en-bj): principals' names, on invented
sentences seen failing on main.

- An office word a language we read in English keeps ("Tánaiste", as "Taoiseach") is a title, not
  the first word of its holder's name (title_words.toml's example shows it).
- A headline's verb in the third person ("Telephones") and a picture's credit ("YouTube Screenshot")
  name nobody (not_names.toml's examples show it).
- A capital city closing a headline with no stop after it is its dateline, not a name.
- "PM" is a state's head's office as "Prime Minister" is: on a page of no known publisher it is named
  by the body's one holder of that office when the holder is a known leader.
- A plural office of listed countries as the opening's subject may have a day before its verb ("The
  presidents of A and B on Thursday held …"); an office left unnamed when the other was named is named
  by a following joint subject whose other member is the one named ("… also exchanged views"); a
  "between" pair one paragraph further on names offices a restating paragraph left unnamed.
"""

from __future__ import annotations

import readoutlib
from readoutlib.languages.en.names import people_named


def _sides(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readoutlib.parse(text).event.participants]


def test_a_capital_closing_a_headline_is_its_dateline() -> None:
    assert people_named("Foreign Minister Telephones The Prime Minister Nairobi") == "nobody"
    # a name after its title, then a stop, is still a name
    assert people_named("The Minister met Prime Minister Ana Ruiz.") == "Ana Ruiz"


def test_the_initials_of_a_leaders_office_are_named_by_the_known_leader_holding_it() -> None:
    page = (
        "President Telephones the Prime Minister\n\n"
        "President Ana Ruiz telephoned PM today to offer condolences after the floods. The PM thanked "
        'her. The PM said "our resolve grows stronger every day". President Ruiz said that under the '
        "leadership of Prime Minister Muhammad Nawaz Sharif the country would recover.\n"
    )
    names = [name for name, _ in _sides(page)]
    assert "Muhammad Nawaz Sharif" in names
    assert not any(n in ("PM", "The PM", "The Prime Minister", "Telephones") for n in names)


def test_a_group_subject_with_a_day_before_its_verb_gives_each_country_its_office() -> None:
    page = "The presidents of Norway and Chile on Thursday held a phone call to discuss trade.\n"
    assert _sides(page) == [("The President", "NO"), ("The President", "CL")]


def test_the_office_left_unnamed_is_named_by_the_joint_subject_after_the_opening() -> None:
    page = (
        "The presidents of Norway and Chile on Thursday held a phone call to discuss trade.\n\n"
        "Norwegian President Lars Berg and his Chilean counterpart Ana Ruiz also exchanged views on "
        "regional developments.\n"
    )
    assert _sides(page) == [("Lars Berg", "NO"), ("Ana Ruiz", "CL")]


def test_offices_are_named_by_a_between_pair_past_a_paragraph_that_restates_them() -> None:
    page = (
        "The leaders of Norway and Chile spoke on the phone on Tuesday. The parties discussed trade.\n\n"
        "On Tuesday the presidents of Norway and Chile held a telephone conversation, the office of "
        "the Chilean leader reports.\n\n"
        "The main topics of the conversation between Lars Berg and Ana Ruiz were trade and fisheries.\n"
    )
    assert [name for name, _ in _sides(page)] == ["Lars Berg", "Ana Ruiz"]


def test_a_spokesperson_closing_the_sentence_after_an_apposed_office_reports_it() -> None:
    page = (
        "Foreign Minister Ana Ruiz on Friday held a meeting with her counterparts from Chile, Peru and "
        "Norway.\n\nRuiz said in a tweet that she had a useful meeting with Chilean Foreign Minister Tom "
        "Reed, Peruvian Foreign Minister Juan Soto and Norwegian Foreign Minister Lars Berg.\n\n"
        "The two ministers spoke over phone and reiterated the strength of the relationship, Lena Dahl, "
        "Deputy Spokesperson of the Chilean Foreign Ministry, said.\n"
    )
    assert "Lena Dahl" not in [name for name, _ in _sides(page)]


def test_a_group_subject_run_into_its_verb_still_gives_each_country_its_office() -> None:
    page = (
        "The presidents of Norway, Chile, and Peru convened in Oslo on August 9 to hold the sixth "
        "consultative meeting of the leaders, the Norwegian president's office said.\n"
    )
    assert [country for _, country in _sides(page)] == ["NO", "CL", "PE"]
