"""Country families of issue #8, task fam40 (participants' countries), each on invented text."""

from __future__ import annotations

import readoutlib


def _sides(text: str, url: str | None = None) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readoutlib.parse(text, url=url).event.participants]


def test_a_relaying_sites_country_domain_is_no_principals_country() -> None:
    """A page relayed by a site of a third country ("….com.gh", a blog's "….blogspot.tw") that never
    names that country, but names one no principal holds: the domain is the relay's, not the
    principal's, whose country the text gives (en-m Xinhua on a .cn mirror gave Kazakhstan's former
    president CN, en-n a Philippine agency's story on a .tw blog gave its foreign secretary TW).
    Where the page names the domain's country, or ties no other to a side again and again (a
    government's own page naming its guest's country and a topic), the domain still gives it."""
    page = (
        "Secretary of Foreign Affairs Lina Ocampo held talks in Moscow with Russian Foreign Minister "
        "Pavel Orlov on Monday on the preparations for a visit next year.\n\n"
        "They discussed the priorities of the Philippine chairmanship of the regional bloc and the "
        "Philippine coast guard.\n\n"
        "It was the first visit to Russia of the Philippine secretary, the Philippine embassy said.\n"
    )
    relayed = _sides(page, url="https://someblog.blogspot.tw/2016/12/ocampo.html")
    assert relayed == [("Lina Ocampo", "PH"), ("Pavel Orlov", "RU")]
    own = "Secretary of Foreign Affairs Lina Ocampo met Russian Foreign Minister Pavel Orlov today.\n"
    assert _sides(own, url="https://dfa.gov.ph/news/ocampo") == [("Lina Ocampo", "PH"), ("Pavel Orlov", "RU")]
    topic = (
        "Foreign Minister Karl Abela spoke by phone with the Foreign Minister of Chile, Ana Ruiz.\n\n"
        "The ministers discussed the situation in Libya and the elections in Libya.\n"
    )
    assert _sides(topic, url="https://foreign.gov.mt/news/pr1") == [("Karl Abela", "MT"), ("Ana Ruiz", "CL")]
    # a known leader of the domain's country is its own, however often the page names a topic
    leader = (
        "President Cyril Ramaphosa spoke by phone with Chilean President Ana Ruiz on Monday.\n\n"
        "They discussed peace in Ukraine, Ukraine's grain, the Ukrainian refugees and Ukraine's ports.\n"
    )
    assert _sides(leader, url="https://www.gov.za/news/pr1") == [
        ("Cyril Ramaphosa", "ZA"),
        ("Ana Ruiz", "CL"),
    ]


def test_the_french_style_of_excellency_before_a_style_is_no_name() -> None:
    """'The President of the ECOWAS Commission, S. E. Dr. Omar Touray, received …': the French 'Son
    Excellence' left in a translation, spaced or not, is a style like 'H.E.', so the appositive office
    (and the organisation's code) stays with its holder (en-g: the head of the ECOWAS Commission lost
    his office and took the newswire's country). Spaced initials before a name are still initials."""
    page = (
        "The President of the ECOWAS Commission, {s} Dr. Omar Touray, received the Ambassador of the "
        "Republic of Angola, {s} Dr. Jose Quibato, in Abuja on Monday.\n\n"
        "{s} Dr. Omar Touray welcomed the visit.\n"
    )
    want = [("Omar Touray", "ECOWAS"), ("Jose Quibato", "AO")]
    assert _sides(page.format(s="S. E.")) == want
    assert _sides(page.format(s="S.E.")) == want
    initials = (
        "Prime Minister S. E. Hollis met President Ana Ruiz of Chile on Monday.\n\nThey discussed trade.\n"
    )
    assert _sides(initials)[0][0] == "S. E. Hollis"


def test_a_homeless_pages_own_government_by_its_demonym() -> None:
    """On a page whose publisher's country is unknown, a principal without a country beside a guest
    of a known one is of the one other country whose government the page names ('… describing them
    as a key axis of the South Korean government's diplomacy', en-n, a ministry's call on a news
    site): the government acts, like a country's name that acts. A demonym naming a topic ('the
    Palestinian issue') is still no guess."""
    page = (
        "Foreign Minister Kim Dae-ho on Thursday held a phone call with his Japanese counterpart, "
        "Kenji Sato, discussing regional issues, the ministry said.\n\n"
        "Kim stressed the importance of the relations, a key axis of the South Korean government's "
        "diplomacy.\n"
    )
    assert _sides(page) == [("Kim Dae-ho", "KR"), ("Kenji Sato", "JP")]
    topic = page.replace("a key axis of the South Korean government's diplomacy", "and the Palestinian issue")
    assert _sides(topic) == [("Kim Dae-ho", None), ("Kenji Sato", "JP")]
