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
