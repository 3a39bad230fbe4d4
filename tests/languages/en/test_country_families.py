"""Participant country families of the real bulk pages (issue #8), each on invented pages."""

from __future__ import annotations

import readoutlib

Parts = list[tuple[str, str | None, tuple[str, ...]]]


def _participants(page: str) -> Parts:
    readout = readoutlib.parse(page)
    return [(p.name, p.country, p.titles) for p in readout.event.participants]


def test_city_comma_georgia_is_the_us_state() -> None:
    """'Savannah and Dalton, Georgia': the US state after a city is no trip abroad, the US stands."""
    page = (
        "Readout of Assistant Secretary Ana Ruiz Visit to Savannah and Dalton, Georgia\n\n"
        "Assistant Secretary of State for Energy Ana Ruiz traveled to Savannah and Dalton, Georgia, "
        "and met with port director Omar Haddad. Assistant Secretary Ruiz "
        "discussed the United States' energy exports and U.S. investment in clean ports.\n"
    )
    expected: Parts = [
        ("Ana Ruiz", "US", ("Assistant Secretary of State for Energy",)),
        ("Omar Haddad", None, ()),
    ]
    assert expected == _participants(page)


def test_state_of_georgia_is_the_us_state() -> None:
    """A trip 'to the US state of Georgia' names no country Georgia for the traveller."""
    page = (
        "Deputy Secretary Ana Ruiz visits the state of Georgia\n\n"
        "Deputy Secretary Ana Ruiz met with Mayor Omar Haddad in the U.S. state of Georgia. Deputy "
        "Secretary Ruiz thanked the state of Georgia's volunteers and the United States' partners, "
        "and praised the state of Georgia's universities.\n"
    )
    # (the mayor's country is left open: the text names no country but the US, the other side's)
    expected: Parts = [("Ana Ruiz", "US", ("Deputy Secretary",)), ("Omar Haddad", None, ("Mayor",))]
    assert expected == _participants(page)


def test_tbilisi_and_country_lists_keep_georgia() -> None:
    """'Tbilisi, Georgia' and 'Ukraine, Georgia and Moldova' are still the country Georgia."""
    page = (
        "Deputy Secretary Ana Ruiz travels to Tbilisi, Georgia\n\n"
        "Deputy Secretary Ana Ruiz traveled to Tbilisi, Georgia, and met with Foreign Minister "
        "Omar Haddad. They discussed the security of Ukraine, Georgia and Moldova.\n"
    )
    expected: Parts = [
        ("Ana Ruiz", None, ("Deputy Secretary",)),
        ("Omar Haddad", "GE", ("Foreign Minister",)),
    ]
    assert expected == _participants(page)


def test_principal_takes_own_title_country_before_the_text_guess() -> None:
    """A headline-named principal gets the body's 'President of Freedonia'-style title and country."""
    page = (
        "Omar Haddad at a summit of partners presented his plan to stop Russian aggression\n\n"
        "President of Moldova Omar Haddad took part in a meeting of representatives of the member "
        "states of the Northern Partnership chaired by Prime Minister of Norway Ana Ruiz in the format "
        "of a video conference. Omar Haddad thanked the partners for their support against "
        "Russian aggression and the Russian blockade of Russian ports.\n"
    )
    expected: Parts = [("Ana Ruiz", "NO", ("Prime Minister",)), ("Omar Haddad", "MD", ("President",))]
    assert expected == _participants(page)


def test_a_body_the_text_names_is_no_guess_for_a_minister() -> None:
    """A minister at the UN's assembly is of the state the text ties to him, not of the UN it names more."""
    page = (
        "Foreign ministers meet in New York\n\n"
        "Foreign Minister Ana Ruiz met Japanese Foreign Minister Kenji Sato in New York, where she "
        "attends the United Nations General Assembly. Ruiz set out Chile's view of U.N. Security "
        "Council reform and the UN's budget. Sato welcomed Chile's support.\n"
    )
    expected: Parts = [
        ("Ana Ruiz", "CL", ("Foreign Minister",)),
        ("Kenji Sato", "JP", ("Foreign Minister",)),
    ]
    assert expected == _participants(page)


def test_the_african_union_is_no_guess_but_australia_is() -> None:
    """'AU' is the African Union's code and Australia's: only the state's words make a guess."""
    page = (
        "Foreign ministers meet\n\n"
        "Foreign Minister Ana Ruiz met Kenyan Foreign Minister Omar Haddad in Nairobi. Ruiz spoke of "
        "the African Union's summit and the AU's peace fund, and of Australia's aid. Haddad thanked "
        "Australia for its support.\n"
    )
    expected: Parts = [
        ("Ana Ruiz", "AU", ("Foreign Minister",)),
        ("Omar Haddad", "KE", ("Foreign Minister",)),
    ]
    assert expected == _participants(page)


def test_a_headline_glued_to_the_lead_lends_no_demonym() -> None:
    """'… Meets Ruritanian GuestChilean Minister X': the guest's demonym is not X's, his own is."""
    page = (
        "Home\n\n"
        "Chilean Minister Meets Japanese GuestChilean Trade Minister Ana Ruiz and Japanese Foreign "
        "Minister Kenji Sato met Tuesday in Santiago.\n"
        "Ruiz said trade between Chile and Japan has grown.\n"
    )
    expected: Parts = [
        ("Ana Ruiz", "CL", ("Trade Minister",)),
        ("Kenji Sato", "JP", ("Foreign Minister",)),
    ]
    assert expected == _participants(page)


def test_a_body_before_a_comma_is_the_sentences_not_the_titles() -> None:
    """'… of Caribbean Community (CARICOM) Heads of Government in Barbados, President X': the body is
    where the sentence is, not X's."""
    page = (
        "Leaders meet\n\n"
        "At the summit of Caribbean Community (CARICOM) Heads of Government in Barbados, President "
        "Ana Ruiz met with Fiji's Prime Minister Omar Haddad. Chile and Fiji agreed to widen trade, and "
        "Ruiz said Chile's ports are open to Fiji.\n"
    )
    expected: Parts = [
        ("Ana Ruiz", "CL", ("President",)),
        ("Omar Haddad", "FJ", ("Prime Minister",)),
    ]
    assert expected == _participants(page)


def test_a_group_of_one_state_lends_its_state_to_the_group_not_the_host() -> None:
    """'A delegation of Chile called on Minister X': Chile is the delegation's, not the host's."""
    page = (
        "Delegation calls on minister\n\n"
        "A delegation of Chile called on Interior Minister Omar Haddad here on Monday. The delegation "
        "praised Chile's ties with its hosts and offered Chile's help.\n"
    )
    expected: Parts = [("Omar Haddad", None, ("Interior Minister",))]
    assert expected == _participants(page)


def test_a_body_the_text_names_is_the_guess_for_its_kind_of_office() -> None:
    """A 'Special Envoy' on a page about the United Nations is the UN's (a body's kind of office)."""
    page = (
        "Envoy meets minister\n\n"
        "Special Envoy Ana Ruiz met Foreign Minister Omar Haddad of Chile. Ruiz briefed him on the "
        "United Nations' plans and the UN's support for the talks.\n"
    )
    expected: Parts = [
        ("Ana Ruiz", "UN", ("Special Envoy",)),
        ("Omar Haddad", "CL", ("Foreign Minister",)),
    ]
    assert expected == _participants(page)
