"""Golden and layout tests of the pk-mofa plugin (Pakistan Foreign Ministry and PPI wire copies)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from readoutlib_pk_mofa import PkMofaAdapter

from readoutlib import NotAReadoutError, load, parse
from readoutlib.testing import Case, cases_in, check_case, check_corpus

CASES_DIR = Path(__file__).parent / "cases"
CASES = cases_in(CASES_DIR)
ADAPTER = PkMofaAdapter()
SITE_PAGE = CASES_DIR / "pk-mofa-20230321-site-bilawal-albares-call.html"
WIRE_PAGE = CASES_DIR / "pk-mofa-20221206-wire-khar-norov-meeting.txt"
# A wire copy as a news mirror's WordPress page shows it (our own text).
MIRROR_HTML = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Foreign Secretary receives call - News</title>'
    '</head><body><article class="post"><h1 class="entry-title">Foreign Secretary receives call</h1>'
    '<div class="entry-content"><p>Islamabad, May 3, 2022 (PPI-OT): Foreign Secretary received a telephone '
    "call from the Deputy Foreign Minister of Norway today. "
    "The two sides discussed humanitarian assistance.</p>"
    "<p>For more information, contact:</p><p>Principal Information Officer,</p>"
    "<p>Press Information Department (PID)</p></div>"
    "<h3>Related Posts</h3><ul><li>Another story</li></ul></article></body></html>"
)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fixture(case: Case) -> None:
    """Each fixture page parses to its gold."""
    check_case(case)


def test_corpus() -> None:
    """The ministry's real releases in the shared corpus meet the accuracy targets."""
    check_corpus("pk-mofa")


@pytest.mark.parametrize(
    "url",
    [
        "https://mofa.gov.pk/foreign-minister-receives-telephone-call-from-the-foreign-minister-of-spain/",
        "https://mofa.gov.pk/pakistan-registers-strong-protest-over-a-violation-of-its-airspace-2/",
        "https://www.mofa.gov.pk/press-releases/",
        "http://mofa.gov.pk/pr-details.php?mm=MTIzNA",
    ],
)
def test_url_patterns(url: str) -> None:
    """Release slugs, listings and older script pages on the ministry's host are claimed."""
    assert ADAPTER.matches_url(url) is True


def test_url_patterns_refuse_mirrors() -> None:
    """Mirror sites are not claimed by URL: their other stories are not the ministry's."""
    assert ADAPTER.matches_url("https://ppinewsagency.com/foreign-minister-meets-envoy/") is False


def test_detect_wire_copy_without_url() -> None:
    """A wire copy is recognised by its dateline, the PID block and the ministry's wording."""
    assert ADAPTER.detect(load(WIRE_PAGE)) > 0.6


def test_detect_other_wire_releases_score_low() -> None:
    """A PPI release of another office, without the ministry's wording, scores low."""
    page = "Lahore, May 3, 2022 (PPI-OT): The provincial cabinet approved the budget today.\n"
    assert ADAPTER.detect(load(page)) < 0.5


def test_detect_plain_text_scores_nothing() -> None:
    """The ministry's wording alone, without the wire or site markers, gives no score."""
    page = "The Foreign Minister received a telephone call from his counterpart today.\n"
    assert ADAPTER.detect(load(page)) == 0.0


def test_site_layout() -> None:
    """Site HTML: entry title, machine date, body without the signature and share block."""
    layout = ADAPTER.layout(load(SITE_PAGE))
    expected = (
        "Foreign Minister holds telephone conversation with the Foreign Minister of Spain",
        dt.date(2023, 3, 21),
        (
            "Foreign Minister Bilawal Bhutto Zardari held a telephone conversation today with the Foreign "
            "Minister of Spain, Mr. José Manuel Albares.",
            "The Foreign Minister appreciated the steady growth of trade between Pakistan and Spain and "
            "underlined the potential for cooperation in renewable energy and agriculture. He thanked Spain "
            "for its support during the recent floods in Pakistan.",
            "Foreign Minister Albares expressed Spain’s desire to deepen the political dialogue with "
            "Pakistan. The two Foreign Ministers agreed to hold the next round of bilateral political "
            "consultations in Madrid later this year.",
        ),
    )
    assert expected == (layout.title, layout.published, layout.paragraphs)


def test_wire_layout_cuts_dateline_and_pid_block() -> None:
    """Wire dump: the dateline gives the date and leaves the body; the PID block is cut."""
    layout = ADAPTER.layout(load(WIRE_PAGE))
    expected = (
        dt.date(2022, 12, 6),
        (
            "Minister of State for Foreign Affairs Hina Rabbani Khar met the visiting Foreign Minister of "
            "Uzbekistan, Mr. Vladimir Norov, in Islamabad today. Welcoming the guest, the Minister of State "
            "said that Pakistan attached great importance to its brotherly relations with Uzbekistan.",
            "Both sides discussed the Trans-Afghan railway project and agreed to speed up work on its "
            "feasibility study.",
            "Foreign Minister Norov conveyed the greetings of the Uzbek leadership and stressed that "
            "Uzbekistan regarded Pakistan as a key partner for regional connectivity.",
        ),
    )
    assert expected == (layout.published, layout.paragraphs)


def test_mirror_html_layout() -> None:
    """A mirror's HTML copy: dateline cut, PID block and related posts left out, claimed by markers."""
    document = load(MIRROR_HTML)
    layout = ADAPTER.layout(document)
    expected = (
        "Foreign Secretary receives call",
        dt.date(2022, 5, 3),
        (
            "Foreign Secretary received a telephone call from the Deputy Foreign Minister of Norway today. "
            "The two sides discussed humanitarian assistance.",
        ),
    )
    assert expected == (layout.title, layout.published, layout.paragraphs)
    assert ADAPTER.detect(document) > 0.5


def test_entry_point() -> None:
    """The installed distribution registers the adapter under its publisher id."""
    from readoutlib import get_adapter

    assert type(ADAPTER) is type(get_adapter("pk-mofa"))


def test_spokesperson_statement_is_not_a_readout() -> None:
    """A statement by the Spokesperson is refused as not a readout."""
    page = (
        "Statement by the Spokesperson on the recent elections\n\n"
        "The Foreign Minister met the Ambassador of Norway in Islamabad today. Pakistan noted the polls.\n"
    )
    with pytest.raises(NotAReadoutError):
        parse(page, url="https://mofa.gov.pk/statement-by-the-spokesperson-on-the-recent-elections/")


def test_a_release_signed_islamabad_over_its_date_is_placed_there() -> None:
    """The ministry signs its releases "Islamabad" over the date: a call on the Foreign Secretary at the
    ministry that names no city took place there (fam225: the signed line was dropped, and the place with it);
    the site's "Last modified:" footer under it is no body text."""
    page = (
        "Press Releases|\n\n"
        "Ambassador Ana Ruiz, Special Envoy of Velor, called on the Foreign Secretary today at the "
        "Ministry of Foreign Affairs.\n\n"
        "The two sides reviewed bilateral relations and agreed to stay in touch.\n\n"
        "Islamabad\n\n"
        "5 May 2031\n\n"
        "Last modified: June 1, 2032\n\n"
        "Our foreign policy is one of friendliness and goodwill towards all the nations of the world.\n"
    )
    readout = parse(page, url="https://mofa.gov.pk/envoy-calls-on-the-foreign-secretary/")
    assert (readout.event.location, readout.paragraphs[-1]) == (
        "Islamabad",
        "The two sides reviewed bilateral relations and agreed to stay in touch.",
    )
