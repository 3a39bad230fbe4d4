"""fam199 (issue #8): principals a page names only in a later list, on invented sentences.

- A host received a counted group of envoys (heads of mission, ambassadors, high commissioners), and a
  later sentence lists them ("The five envoys who called on X were A Ambassador of P, B the High
  Commissioner of Q and C Ambassador of R"): each listed name is a principal, its office the words
  right after it, its country the one that office is of. The list may go on in a second sentence
  ("The envoys also included D the ambassador of S").
"""

from __future__ import annotations

import readoutlib


def _parse(title: str, *paragraphs: str, url: str | None = None) -> readoutlib.model.Readout:
    return readoutlib.parse(("\n\n".join((title, *paragraphs)) + "\n").encode(), url=url)


def _people(readout: readoutlib.model.Readout) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    return {p.name: (p.country, tuple(p.titles)) for p in readout.event.participants}


def test_envoys_listed_after_the_group_each_take_the_office_after_their_name() -> None:
    readout = _parse(
        "Minister receives envoys",
        "Four Heads of Mission on Tuesday paid courtesy calls on Foreign Minister Tomas Varga of Hungary"
        " at his offices in Budapest.",
        "The Minister discussed trade and investment with the envoys.",
        "The four Heads of Mission who called on Varga were Pablo Ortega Ambassador of the Kingdom of"
        " Spain, Maria Nowak the Ambassador of the Republic of Poland and Kwame Mensah High"
        " Commissioner of the Republic of Ghana.",
        "The envoys also included Aiko Tanaka the ambassador of Japan.",
    )
    people = _people(readout)
    assert people["Pablo Ortega"] == ("ES", ("Ambassador",))
    assert people["Maria Nowak"] == ("PL", ("Ambassador",))
    assert people["Kwame Mensah"] == ("GH", ("High Commissioner",))
    assert people["Aiko Tanaka"] == ("JP", ("ambassador",))
    assert "Tomas Varga" in people


def test_a_list_of_people_who_are_no_envoys_group_adds_nobody() -> None:
    readout = _parse(
        "Minister meets counterpart",
        "Foreign Minister Tomas Varga of Hungary met Foreign Minister Pablo Ortega of Spain in Budapest"
        " on Tuesday.",
        "The guests at the dinner were Maria Nowak Ambassador of the Republic of Poland and Kwame"
        " Mensah High Commissioner of the Republic of Ghana.",
    )
    people = _people(readout)
    assert "Maria Nowak" not in people
    assert "Kwame Mensah" not in people


def test_two_offices_before_one_name_are_two_people_when_the_body_gives_each_its_article() -> None:
    # "The Chancellor and Prime Minister Ruiz" may be one person with two offices; the body's "the
    # Chancellor and the Prime Minister" says they are two, the first never named.
    readout = _parse(
        "Chancellor meets Prime Minister",
        "The Chancellor and Prime Minister Ruiz had a bilateral meeting in Vienna today.",
        "They discussed energy prices and the war in Ukraine.",
        "The Chancellor and the Prime Minister welcomed the close work between their governments.",
    )
    people = {p.name: tuple(p.titles) for p in readout.event.participants}
    assert people.get("Ruiz") == ("Prime Minister",)
    assert people.get("The Chancellor") == ("Chancellor",)


def test_two_offices_before_one_name_stay_one_person_when_the_body_never_parts_them() -> None:
    readout = _parse(
        "Deputy Prime Minister meets envoy",
        "The Deputy Prime Minister and Foreign Minister Ana Ruiz of Sylvania met Ambassador Jon Berg of"
        " Norway in Oslo today.",
        "The Deputy Prime Minister said that trade had grown.",
    )
    people = {p.name: tuple(p.titles) for p in readout.event.participants}
    assert people.get("Ana Ruiz") == ("Deputy Prime Minister", "Foreign Minister")


def test_a_capitalised_word_after_of_the_is_no_name_for_the_office_set_off_after_it() -> None:
    # "the Coalition of the Bold, the Prime Minister thanked …": "Bold" ends a body's name; the Prime
    # Minister stays the office the page never names.
    readout = _parse(
        "Prime Minister meets Prime Minister Berg of Norway",
        "The Prime Minister hosted Norwegian Prime Minister Jon Berg in London yesterday.",
        "Discussing the Coalition of the Bold, the Prime Minister thanked Prime Minister Berg for Norway's"
        " help.",
        "The Prime Minister welcomed Norway's new spending on defence.",
        url="https://www.gov.uk/government/news/pm-meets-prime-minister-berg",
    )
    names = [p.name for p in readout.event.participants]
    assert "Bold" not in names
    assert "The Prime Minister" in names
    assert "Jon Berg" in names
