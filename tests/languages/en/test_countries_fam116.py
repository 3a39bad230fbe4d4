"""Country families of issue #8, task fam116 (participants' countries), each on invented text."""

from __future__ import annotations

import pytest

import readoutlib


def _sides(text: str, url: str | None = None) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readoutlib.parse(text, url=url).event.participants]


@pytest.mark.parametrize(
    "lead",
    [
        "Prime Minister Tui Vaka received the Norwegian Embassy{s} Chargé d{a}affaires Ole Berg "
        "in Valletta on Monday.",
        "Prime Minister Tui Vaka received a courtesy call from Norwegian Embassy{s} Chargé d{a}affaires "
        "Ole Berg on Monday.",
        "Norwegian Embassy{s} Chargé d{a}affaires Ole Berg paid a courtesy call on Prime Minister "
        "Tui Vaka on Monday.",
    ],
)
@pytest.mark.parametrize(("s", "a"), [("’s", "’"), ("'s", "'")])
def test_a_demonym_before_a_missions_possessive_title_is_the_envoys_state(lead: str, s: str, a: str) -> None:
    """'the Norwegian Embassy's Chargé d'affaires Ole Berg': the demonym names the envoy's state across
    the mission's possessive and a title with an apostrophe, so a news site's domain (the host's
    country) goes to the host, not the envoy (en-ai: a Fijian site gave an Australian envoy FJ)."""
    page = lead.format(s=s, a=a) + "\n\nThey discussed trade and tourism.\n"
    got = _sides(page, url="https://www.somenews.com.mt/news/vaka-berg/")
    assert sorted(got) == [("Ole Berg", "NO"), ("Tui Vaka", "MT")]
