"""Families of issue #8 (round 122): many-sided events whose participant lists were cut. Invented pages,
written for the test."""

from __future__ import annotations

import readoutlib


def _parse(title: str, *paragraphs: str) -> readoutlib.model.Readout:
    return readoutlib.parse(("\n\n".join((title, *paragraphs)) + "\n").encode())


def _names(readout: readoutlib.model.Readout) -> list[str | None]:
    return [p.name for p in readout.event.participants]


def test_a_plural_group_named_by_the_next_sentence_among_those() -> None:
    """An opening whose other side is a plural group ("calls from a number of heads of state"), the
    next sentence naming its members ("Among those ... were A, President of X; B, ...; and C"): each
    member is a principal."""
    readout = _parse(
        "Condolence calls to the President",
        "President Ivo Brand has received phone calls from a number of heads of state offering "
        "condolences on the loss of the harbour ferry.",
        "Among those offering their sympathy were Tomas Velko, President of Estonia; Mara Lindqvist, "
        "Prime Minister of Sweden; and Oskar Penn, President of Finland.",
        "The leaders expressed their solidarity with the people.",
    )
    assert _names(readout) == ["Ivo Brand", "Tomas Velko", "Mara Lindqvist", "Oskar Penn"]


def test_a_teleconference_convened_with_leaders_and_its_members_listed() -> None:
    """ "convened a teleconference with several heads of state, A and B" is the event, and the
    sentence after it that says who the teleconference comprised names more of its members."""
    readout = _parse(
        "Leaders confer on the flood",
        "President Ivo Brand on Friday convened an urgent teleconference with several heads of state "
        "and French President Lucien Marchal to discuss the floods.",
        "The teleconference comprised President Tomas Velko, Oskar Penn (Kenya), Jon Amadi (Mali) and "
        "Senegal's Prime Minister Sam Diallo.",
        "The leaders agreed to pool their relief funds.",
    )
    assert _names(readout) == [
        "Ivo Brand",
        "Lucien Marchal",
        "Tomas Velko",
        "Oskar Penn",
        "Jon Amadi",
        "Sam Diallo",
    ]


def test_no_members_listed_without_a_plural_group() -> None:
    """The members' sentence is read only after an opening whose other side is a group: a meeting of
    two names only its two sides, whoever a later sentence lists."""
    readout = _parse(
        "Talks in the capital",
        "President Ivo Brand met Estonian President Tomas Velko in Tallinn on Monday.",
        "Among those present were Mara Lindqvist, Prime Minister of Sweden; and Oskar Penn, President of "
        "Finland.",
    )
    assert _names(readout) == ["Ivo Brand", "Tomas Velko"]


def test_a_lead_naming_two_leaders_and_an_unnamed_group() -> None:
    """A lead whose joint subject ends with an unnamed group ("A, B and leaders of some other
    countries have reaffirmed ...") before an opening that names nobody ("A video conference was
    held"): the two named leaders are the principals."""
    readout = _parse(
        "Leaders agree to work together on the harbour crisis",
        "Estonian Prime Minister Tomas Velko, Finnish President Oskar Penn and leaders of some other "
        "countries have reaffirmed that they will work together on the harbour crisis.",
        "A video conference was held late on Monday at the request of Penn.",
        "The leaders exchanged views on the crisis.",
    )
    assert _names(readout) == ["Tomas Velko", "Oskar Penn"]


def test_a_byline_read_as_the_headline_names_no_participant() -> None:
    """A headline that is the reporter's byline ("By A B, Agency") names the writer, not a side."""
    readout = _parse(
        "By Kwesi Ampofo, HNA",
        "Accra, June 2, HNA – Minister Ana Ruiz has met Estonian President Tomas Velko in Tallinn to "
        "deepen cooperation in trade.",
        "The two discussed trade and investment.",
    )
    assert "Kwesi Ampofo" not in _names(readout)
    assert _names(readout) == ["Ana Ruiz", "Tomas Velko"]


def test_the_one_mourned_is_no_principal() -> None:
    """The person whose death the condolence calls are about ("on the passing of X") is not a side."""
    readout = _parse(
        "Condolence call",
        "President Ivo Brand has received phone calls from a number of heads of state offering "
        "condolences on the passing of Sheikh Omar bin Rashid Al Harbi.",
    )
    assert _names(readout) == ["Ivo Brand"]


def _countries(readout: readoutlib.model.Readout) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readout.event.participants}


def test_a_demonym_title_set_off_from_the_name_by_a_comma() -> None:
    """ "Estonian President, Tomas Velko" gives him Estonia, as "Estonian President Tomas Velko" does."""
    readout = _parse(
        "Talks on the harbour",
        "Estonian President, Tomas Velko met Ivo Brand on Monday to discuss the harbour.",
    )
    assert _countries(readout)["Tomas Velko"] == "EE"


def test_a_many_sided_page_gives_no_side_the_forum_the_text_names_most() -> None:
    """With three countries or more held by the sides, a leader with none is not given the body the
    text names most often (the African Union of its chair): that forum is no one side's country."""
    readout = _parse(
        "Leaders confer on the flood",
        "Kenyan President Ivo Brand, the African Union (AU) chair, on Friday convened a teleconference "
        "with several heads of state and French President Lucien Marchal to discuss the floods.",
        "The teleconference comprised president Tomas Velko, Oskar Penn (Mali) and Jon Amadi (Senegal).",
        "The African Union will meet again next week; the AU chair thanked the leaders.",
    )
    countries = _countries(readout)
    assert countries["Oskar Penn"] == "ML"
    assert countries["Tomas Velko"] is None
