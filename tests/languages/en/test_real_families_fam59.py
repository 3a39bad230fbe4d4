"""Families of kind, date and place misses on en-u..en-w pages (issue #8, fam59, post-blind), each
on invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.model import Readout


def _page(*lines: str) -> Readout:
    return readoutlib.parse("\n\n".join(lines) + "\n")


def test_a_cookie_notice_naming_its_files_is_no_opening() -> None:
    """A cookie banner above the headline ("... we use small text files called cookies.") is a site
    notice: "called" there names the files, it reports no call, so the notice does not open the body
    and the phone conversation of the lead is the event."""
    readout = _page(
        "To improve our services we use small text files called cookies. By using this website you"
        " agree to their storage on your device.",
        "Minister Ruiz talks with Freedonia's Foreign Minister",
        "Today Minister Ana Ruiz held a phone conversation with her Freedonian counterpart, Tomas Berg."
        " The ministers discussed bilateral relations and the coming harbour summit.",
        "They also spoke about the support both countries give to Ruritania.",
    )
    assert readout.event.kind.value == "phone_call"


def test_a_meal_shared_in_the_lead_below_a_congratulation_is_a_meeting() -> None:
    """An opening that names no event ("X has congratulated Y on her election win") over a lead that
    tells the two sat down to a meal ("he had lunch with Berg") is a meeting: a lunch, dinner or
    breakfast with someone is met in person."""
    readout = _page(
        "Prime Minister Ana Ruiz has congratulated the new Prime Minister of Ruritania, Lena Berg, on her"
        " win in the general election.",
        "Last week the Harbour Party, led by Berg, won every seat in the parliament.",
        "Ruiz said that on Sunday, while in transit in Port Lark, he had lunch with Berg and pledged the"
        " support of Borduria.",
    )
    assert readout.event.kind.value == "meeting"


def test_in_talks_of_a_title_case_headline_is_no_place() -> None:
    """A headline in title case ("State Secretary Ana Ruiz in Talks with Freedonian Ambassador Tomas
    Berg") capitalises "Talks": the event's noun, as "in the Summit" is, never its place."""
    readout = _page(
        "State Secretary Ana Ruiz in Talks with Freedonian Ambassador Tomas Berg about Trade",
        "On 3 May 2031, Ana Ruiz, State Secretary of the Bordurian Foreign Ministry, met with Tomas Berg,"
        " the Ambassador of Freedonia to Borduria. The meeting focused on bilateral trade.",
    )
    assert readout.event.location is None


def test_an_envoys_post_after_his_country_is_no_place() -> None:
    """ "the Charge d'Affaires ad Interim of the Republic of Ruritania in Borduria Tomas Berg": the
    envoy's post follows his country, and Borduria is where he serves, not where he was met."""
    readout = _page(
        "On 20 January 2031, Secretary-General Ana Ruiz had a meeting at the Secretariat with Charge"
        " d'Affaires ad Interim of the Republic of Ruritania in Borduria Tomas Berg.",
        "During the meeting, the Secretary-General noted the growing role of the Organisation.",
    )
    assert readout.event.location is None


def test_an_opening_told_last_week_takes_no_date_from_the_date_line() -> None:
    """ "X last week met with Y" under a date line: the event was not on the day the page was dated,
    and the body gives no day of it, so the date line does not date it (no date, not the page's)."""
    readout = _page(
        "Ruiz meets Forum Secretary General",
        "Monday, 26 January 2031",
        "PORT LARK, BORDURIA — President Ana Ruiz last week met with Tomas Berg, Secretary General of the"
        " Harbour Forum, in Port Lark.",
        "Ruiz welcomed Berg and thanked him for the visit.",
    )
    assert readout.event.date is None
