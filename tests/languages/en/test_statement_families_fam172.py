"""Statement families of task fam172 (issue #8): quoted words and posts. A quotation closed by
"<principal> wrote on <platform>", by a verb that carries the speech on ("continued", "went on",
"summarized") or by "posted <principal>". Invented pages, each seen failing first on main 6e855e5f."""

from __future__ import annotations

import readoutlib

_LEAD = (
    "Freedonian Minister meets Sylvanian Minister\n\n"
    "Foreign Minister Eko Tan of Freedonia met Foreign Minister Ana Ruiz of Sylvania in Port Lark on "
    "Monday.\n\n"
)


def _statements(text: str) -> list[tuple[int, str, str]]:
    readout = readoutlib.parse(text)
    return [(s.paragraph, s.speaker, s.verb) for s in readout.statements]


def _starts(text: str) -> list[str]:
    readout = readoutlib.parse(text)
    return [s.text[:20] for s in readout.statements]


def test_a_quotation_closed_by_wrote_on_a_platform_is_the_writers() -> None:
    """'"…," X wrote on Twitter.': the platform needs no "his" or "the" before it."""
    text = (
        _LEAD + '"Good talks with my friend on the ferry line and the quay," Minister Tan wrote on Twitter.\n'
    )
    assert _statements(text) == [(1, "eko-tan", "wrote")]
    assert _starts(text) == ['"Good talks with my ']


def test_wrote_before_a_colon_and_a_quotation_is_a_statement() -> None:
    """'X wrote on Facebook: "…"': the content starts inside the quotation."""
    text = _LEAD + 'Minister Ruiz wrote on Facebook: "The harbour will stay open to both fleets."\n'
    assert _statements(text) == [(1, "ana-ruiz", "wrote")]


def test_wrote_with_an_object_stays_no_statement() -> None:
    """'wrote a letter', 'wrote on climate policy in a journal' report nothing."""
    text = (
        _LEAD + "Minister Ruiz wrote a letter to the harbour board.\n\n"
        "Minister Tan wrote on fishing quotas in a local journal last year.\n"
    )
    assert _statements(text) == []


def test_a_quotation_carried_on_by_continued_went_on_or_summarized() -> None:
    """'"…," he continued.', '"…," X went on, according to …', '"…," she summarized.' and a quotation
    split by "continued" each make one statement of the speaker's."""
    text = (
        _LEAD + "Minister Tan said the ferry line would open in spring.\n\n"
        '"The quay is ready for larger ships," he continued.\n\n'
        '"Both fleets will share the harbour," Ruiz went on, according to a ministry release.\n\n'
        '"As you would expect, some questions remain," she continued, "but the plan is sound."\n\n'
        '"This help was vital for our fishermen," she summarized.\n'
    )
    assert _statements(text) == [
        (1, "eko-tan", "said"),
        (2, "eko-tan", "continued"),
        (3, "ana-ruiz", "went on"),
        (4, "ana-ruiz", "continued"),
        (5, "ana-ruiz", "summarized"),
    ]


def test_continued_with_an_object_or_an_infinitive_stays_no_statement() -> None:
    """'continued his visit', 'went on to visit', 'continued support' and talks that continued name
    no speech."""
    text = (
        _LEAD + "Minister Tan continued his visit to the northern ports.\n\n"
        "Minister Ruiz went on to visit the fish market.\n\n"
        "The talks continued.\n"
    )
    assert _statements(text) == []


def test_posted_after_a_quotation_names_its_speaker() -> None:
    """'"…," posted X on X.': a post quoted in the report's prose is the poster's statement."""
    text = _LEAD + '"Great to see my friend Minister Ruiz in Port Lark today," posted Minister Tan on X.\n'
    assert _statements(text) == [(1, "eko-tan", "posted")]


def test_shed_light_on_is_a_statement_starting_at_its_object() -> None:
    """'X shed light on Y': X lays Y out to the other side (en-as, en-aw gold: 'shed light on'); a
    meeting that shed light on something has no principal as its subject."""
    text = (
        _LEAD + "Minister Ruiz shed light on the burden her fleet carries in the northern waters.\n\n"
        "The meeting shed light on cooperation between the two ports.\n"
    )
    readout = readoutlib.parse(text)
    assert [(s.paragraph, s.speaker, s.verb) for s in readout.statements] == [
        (1, "ana-ruiz", "shed light on")
    ]
    assert readout.statements[0].text.startswith("the burden her fleet")


def test_she_after_a_meeting_with_a_woman_is_hers_not_the_hosts() -> None:
    """On a many-sided page the host is "his" in the lead and meets a woman later: "She said …" and the
    quotation closed by "she said" are the woman's, not the last subject's (en-ax, GMA: told by the
    possessive, as "Mr"/"Ms" tell it)."""
    text = (
        "Minister Tan meets counterparts\n\n"
        "Freedonian Defence Minister Eko Tan held talks with his counterparts from Sylvania and Lark on "
        "Saturday in Port Lark.\n\n"
        "Tan praised Sylvanian Defence Minister Bo Berg for the joint patrols.\n\n"
        "Tan also met with Ana Ruiz, the Defence Minister of Lark. She opened the meeting by saying that "
        'her country was "worried about the northern strait."\n\n'
        '"Lark has to engage the whole region," she said.\n'
    )
    readout = readoutlib.parse(text)
    ruiz = next(p.id for p in readout.event.participants if p.name == "Ana Ruiz")
    assert [(s.paragraph, s.speaker) for s in readout.statements][-2:] == [(2, ruiz), (3, ruiz)]


def test_her_as_an_object_tells_no_gender() -> None:
    """ "thanked her for …": "her" names the other person, so Tan stays of no known gender and a later
    "She said" keeps the last subject."""
    text = (
        _LEAD + "Minister Tan thanked her warmly for the visit to the harbour.\n\n"
        "She said the quay was ready for larger ships.\n"
    )
    readout = readoutlib.parse(text)
    assert [(s.paragraph, s.speaker) for s in readout.statements][-1] == (2, "eko-tan")


def test_a_possessive_of_a_longer_name_holding_a_principals_word_tells_nothing() -> None:
    """ "Sheikh Omar Bari … his birth centenary" is another man's, though a principal is "Sheikh Lina
    Haq": her "she said" after a quotation stays hers."""
    text = (
        "Tan phones Haq\n\n"
        "Prime Minister Eko Tan phoned Prime Minister Sheikh Lina Haq on Monday.\n\n"
        "The Freedonian premier honoured the founder Sheikh Omar Bari on the occasion of his birth "
        "centenary.\n\n"
        "Sheikh Lina Haq said the region faced a long crisis.\n\n"
        '"All the countries of the region will have to work together," she said.\n'
    )
    readout = readoutlib.parse(text)
    haq = next(p.id for p in readout.event.participants if p.name == "Sheikh Lina Haq")
    assert [(s.paragraph, s.speaker) for s in readout.statements][-2:] == [(2, haq), (3, haq)]


def test_a_possessive_after_according_to_a_principal_is_not_theirs() -> None:
    """ "According to Tan, her choice of Freedonia …": Tan is no subject, "her" is the guest's; a
    later "He thanked …" stays Tan's."""
    text = (
        "Tan receives Ruiz\n\n"
        "President Eko Tan hosted President Ana Ruiz of Sylvania in Port Lark on Monday.\n\n"
        "According to Tan, her choice of Freedonia for a last visit was no coincidence.\n\n"
        "He thanked the Sylvanian President for the years of dialogue.\n"
    )
    readout = readoutlib.parse(text)
    assert [(s.paragraph, s.speaker) for s in readout.statements][-1] == (2, "eko-tan")
