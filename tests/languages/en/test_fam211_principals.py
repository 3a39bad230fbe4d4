"""fam211 (issue #8, after the blind run of en-bh, en-bi and en-bj): principals' names, on invented
sentences seen failing on main.

- An office word a language we read in English keeps ("Tánaiste", as "Taoiseach") is a title, not
  the first word of its holder's name (title_words.toml's example shows it).
- A headline's verb in the third person ("Telephones") and a picture's credit ("YouTube Screenshot")
  name nobody (not_names.toml's examples show it).
- A capital city closing a headline with no stop after it is its dateline, not a name.
- "PM" is a state's head's office as "Prime Minister" is: on a page of no known publisher it is named
  by the body's one holder of that office when the holder is a known leader.
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
