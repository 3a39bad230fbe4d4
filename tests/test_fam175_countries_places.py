"""Countries, places and dates left over (fam175, issue #8; each seen failing first on main 01c9553c).
People and events are invented."""

from __future__ import annotations

import readoutlib


def _countries(
    page: str, url: str = "https://example.org/news/2031/03/02/meeting.html"
) -> dict[str | None, str | None]:
    return {p.name: p.country for p in readoutlib.parse(page, url=url).event.participants}


def test_the_last_country_of_a_remits_list_is_not_the_holders() -> None:
    """ "Under-Secretary of State for Peru, Central America and Bolivia Tom Brack": the list after
    "for" is the post's remit; its last country, right before the name, names no nationality."""
    page = (
        "The concerns were raised by Parliamentary Under-Secretary of State for Peru, Central "
        "America, the Caribbean and Bolivia Tom Brack during his meeting with the Interior Minister "
        "of Chile, Rosa Vidal, in Santiago.\n\n"
        "Tom Brack said the talks had been frank and useful.\n"
    )
    assert _countries(page).get("Tom Brack") != "BO"


def test_a_country_right_before_a_name_after_and_still_counts() -> None:
    """Two names joined by "and", the second with its own demonym, keep that demonym."""
    page = (
        "The Foreign Minister of Chile, Rosa Vidal, and Peruvian Minister Tom Brack met in Lima.\n\n"
        "Tom Brack said the talks had been frank and useful.\n"
    )
    assert _countries(page).get("Tom Brack") == "PE"
