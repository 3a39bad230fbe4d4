"""Families of participant and statement misses on en-u..en-z before a blind round (#8, fam77), on
invented pages."""

from __future__ import annotations

from readoutlib import parse

# A newswire's page: the opening gives one side by office only, the paragraphs after by family name.
OFFICE_THEN_NAME = (
    "Ruritanian, Freedonian FMs hold phone conversation\n\n"
    "Ostrava, May 3, 2021 – Ruritania's Minister of Foreign Affairs has held a phone conversation with"
    " his Freedonian counterpart Ana Lindqvist.\n\n"
    "The two discussed ways to deepen trade between their countries.\n\n"
    "Marek thanked Freedonia for its support at the United Nations and wished its people well.\n\n"
    "He said Ruritania is ready to open a consulate in the Freedonian capital.\n\n"
    "Marek also briefed Lindqvist on the new port at Velor.\n"
)


def test_an_office_in_the_opening_takes_the_family_name_that_reports_after_it() -> None:
    """ "Ruritania's Minister of Foreign Affairs has held a phone conversation with …", then "Marek
    thanked …": the office's holder is the one bare family name the later paragraphs make a reporting
    verb's subject, and the statements are his."""
    readout = parse(OFFICE_THEN_NAME)
    people = [(p.name, p.titles) for p in readout.event.participants]
    assert people[0] == ("Marek", ("Minister of Foreign Affairs",)), people
    speakers = {s.speaker for s in readout.statements if s.verb in ("thanked", "briefed")}
    assert speakers == {"marek"}, readout.statements


def test_no_name_from_a_pronoun_a_source_or_a_country() -> None:
    """ "Officials said …", "Freedonia welcomed …", "Both agreed …": no one's name, the office stays."""
    page = OFFICE_THEN_NAME.replace("Marek thanked", "Officials thanked").replace(
        "Marek also briefed", "Estonia also welcomed"
    )
    readout = parse(page)
    assert readout.event.participants[0].name == "The Minister of Foreign Affairs", readout.event.participants


def test_no_name_from_another_persons_family_name() -> None:
    """A family name the page writes in full for someone else ("Deputy Minister Tomas Marek") is his,
    not the office's."""
    page = OFFICE_THEN_NAME.replace(
        "The two discussed", "Deputy Minister Tomas Marek joined the call. The two discussed"
    )
    readout = parse(page)
    assert readout.event.participants[0].name != "Marek", readout.event.participants


def test_a_title_spelled_out_names_the_principal_titled_by_its_acronym() -> None:
    """A headline's "…: FM" titles the principal "FM"; the body's "The Foreign Minister also
    reiterated …" is that principal's own statement, not the tail of the sentence before it."""
    readout = parse(
        "Ruritania, Chile need to widen trade ties: FM\n\n"
        "Foreign Minister Omar Haddad has underscored that Ruritania and Chile needed to widen trade.\n\n"
        "He was talking to his Chilean counterpart Ana Lind through a video call on Wednesday.\n\n"
        "Ana Lind thanked Ruritania for its help with the evacuation. Omar Haddad underlined that"
        " Ruritania had acted on a humanitarian basis. The Foreign Minister also reiterated the need for"
        " more aid to the region.\n"
    )
    said = [(s.speaker, s.verb, s.text) for s in readout.statements if s.paragraph == 2]
    assert said[1:] == [
        ("omar-haddad", "underlined", "Ruritania had acted on a humanitarian basis."),
        ("omar-haddad", "reiterated", "the need for more aid to the region."),
    ], said


def test_a_closing_clause_ends_on_as_he_and_its_content_stands_before_it() -> None:
    """ "X and Y should …, the Chinese foreign minister said as he highlighted …": the "as he" clause
    is the circumstance of the telling; the content is what stands before the comma."""
    readout = parse(
        "Chinese FM meets Chilean ambassador, urges closer ties\n\n"
        "Chinese State Councilor and Foreign Minister Li Wen on Friday said he hoped Chilean Ambassador"
        " to China Ana Lind would serve as a bridge between the two countries.\n\n"
        "Li made his remarks during a meeting with Lind at which he stressed ties are at a turning"
        " point.\n\n"
        "China and Chile should respect each other and trade more, the Chinese foreign minister said as"
        " he highlighted the basis of the two countries' ties.\n"
    )
    said = [(s.speaker, s.verb, s.text) for s in readout.statements if s.paragraph == 2]
    assert said == [("li-wen", "said", "China and Chile should respect each other and trade more")], said
