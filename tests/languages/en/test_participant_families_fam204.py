"""Participants that are no people: the place of an envoy's posting read as a name (#8, fam204), on
invented pages."""

from __future__ import annotations

from readoutlib.languages.en.names import find_mentions
from tests.languages.en.layout_kit import text_page as _page


def _names(readout: object) -> list[str]:
    return sorted(p.name for p in readout.event.participants)  # type: ignore[attr-defined]


def test_a_posting_place_before_a_styled_name_is_no_person() -> None:
    """ "Consul and Head of Post to Tarsa Mme. Ana Ruiz": the one word after the envoy's "to" is the place
    of her post, and the consul is the name the style opens after it."""
    readout = _page(
        "Velorian Consul to Tarsa Mme. Ana Ruiz meets Governor Ivo Brand",
        "",
        "On May 3, 2019, the Velorian Consul and Head of Post to Tarsa Mme. Ana Ruiz met with Hon. Ivo"
        " Brand, Governor of Upper Tarsa.",
        "Consul Ruiz briefed the Governor on the new trade fair.",
    )
    assert _names(readout) == ["Ana Ruiz", "Ivo Brand"]


def test_a_posting_place_that_ends_a_headline_is_no_person() -> None:
    """ "… courtesy call on new Consul General of Velor to Vel Marin": the words after the envoy's "to"
    at the end of the text are the place of the post; no one is named there."""
    mentions = find_mentions("Tarsa leaders' courtesy call on new Consul General of Velor to Vel Marin")
    assert [m.name for m in mentions if m.name] == []


def test_a_posting_place_before_a_comma_is_no_person() -> None:
    """ "the Consul General to Vel Marin, Ana Ruiz, …": a clause mark closes the posting's place."""
    mentions = find_mentions("Mayor Ivo Brand met the Consul General to Vel Marin, Ana Ruiz, on Monday.")
    assert [m.name for m in mentions if m.name] == ["Ivo Brand", "Ana Ruiz"]


def test_a_person_after_an_advisers_to_stays_a_person() -> None:
    """ "Special Adviser to Ana Ruiz": an adviser is "to" a person, not posted to a place."""
    mentions = find_mentions("The minister met Ivo Brand, the Special Adviser to Ana Ruiz, on Monday.")
    assert [m.name for m in mentions if m.name] == ["Ivo Brand", "Ana Ruiz"]


def test_a_name_before_a_lowercase_place_noun_is_a_place() -> None:
    """ "A Tarsa provincial leaders' courtesy call", "in Vel Marin city": a capitalised run with no title
    before it and a place noun in lower case right after it names a province or a city, no one."""
    mentions = find_mentions("A Vel Marin provincial leaders' call on Consul General Ana Ruiz in Tarsa city")
    assert [m.name for m in mentions if m.name] == ["Ana Ruiz"]


def test_a_headline_province_leaves_the_consul_his_country() -> None:
    """The consul of a headline's "Consul General of Chile to Tarsa" is the visited one, not the provincial
    leader who called on him (the province once read as a person took his place)."""
    readout = _page(
        "A Vel Marin provincial leaders' courtesy call on new Consul General of Chile to Tarsa",
        "",
        "Vice chairman of the Vel Marin provincial People's Committee Ivo Brand paid a courtesy call on"
        " Mrs. Ana Ruiz, new Consul General of Chile in Tarsa city, on May 4.",
        "Mr. Ivo Brand congratulated Mrs. Ana Ruiz on her appointment.",
    )
    assert sorted((p.name, p.country) for p in readout.event.participants) == [
        ("Ana Ruiz", "CL"),
        ("Ivo Brand", None),
    ]


def test_a_word_after_of_the_in_a_bodys_name_is_no_person() -> None:
    """ "Discussing the Coalition of the Brave, the Prime Minister thanked …", "Founder of Peace and
    National Unity, …": one word after a phrase of capitalised words with no office in it ends the name
    of a group or a cause; the appositive office after it is the next subject's, and no one is named."""
    readout = _page(
        "PM meeting with Prime Minister Ruiz of Chile",
        "",
        "The Prime Minister hosted Chilean Prime Minister Ana Ruiz at Downing Street yesterday.",
        "Discussing the Coalition of the Brave, the Prime Minister thanked Prime Minister Ruiz for Chile's"
        " support.",
    )
    assert _names(readout) == ["Ana Ruiz", "The Prime Minister"]


def test_a_word_after_an_and_phrase_with_no_office_is_no_person() -> None:
    """ "The Founder of Peace and National Unity, Leader of the Nation, President of Chile Ana Ruiz met …":
    "Unity" closes the honour's phrase; the only person is the President named after the offices."""
    mentions = find_mentions(
        "The Founder of Peace and National Unity, Leader of the Nation, President of Chile Ana Ruiz met with"
        " Ivo Brand."
    )
    assert [m.name for m in mentions if m.name] == ["Ana Ruiz", "Ivo Brand"]


def test_a_word_inside_an_offices_complement_is_no_person() -> None:
    """ "Director General for Asian and Velorian Affairs Bureau X", "President of the National Trust for
    Letters, Ivo Brand": one word after an office's "of"/"for"/"to" that a body's noun, a portfolio's word
    or "for <Word>" continues is the complement's, not its holder's name."""
    mentions = find_mentions(
        "Ana Ruiz held calls with Ministry Director General for Asian and Velorian Affairs Bureau Ivo Brand"
        " and with Lena Holt, President of the National Trust for Letters."
    )
    assert [m.name for m in mentions if m.name] == ["Ana Ruiz", "Ivo Brand", "Lena Holt"]


def test_a_holder_named_after_his_offices_complement_stays_a_person() -> None:
    """ "Minister of Foreign Affairs Ruiz Meets …": the one word after the complement is the holder's
    name when no body's noun or "for <Word>" goes on after it."""
    mentions = find_mentions("Minister of Foreign Affairs Ruiz Meets Velorian Counterpart in Tarsa")
    assert [m.name for m in mentions if m.name] == ["Ruiz"]


def test_a_place_run_into_a_name_after_an_envoys_to_stays_a_person() -> None:
    """ "… Ambassador of Chile to VelorAna Ruiz.": the lost space runs the posting's place into the name;
    the run is the ambassador, read as before, not a place."""
    mentions = find_mentions("President Ivo Brand received the new Ambassador of Chile to VelorAna Ruiz.")
    assert [m.name for m in mentions if m.name] == ["Ivo Brand", "VelorAna Ruiz"]
