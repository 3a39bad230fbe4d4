"""Tests for the orchestrating analysis: furniture trimming, readout decision, the whole Readout."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from readoutlib.adapter import Layout
from readoutlib.analysis import analyze
from readoutlib.analysis.language import LANGUAGE_NAMES
from readoutlib.analysis.profile import Profile
from readoutlib.errors import NotAReadoutError, UnsupportedLanguageError
from readoutlib.languages import language_codes
from readoutlib.model import EventKind, Readout, Source


def _analyze(
    title: str | None,
    paragraphs: list[str],
    *,
    published: dt.date | None = None,
    url: str | None = None,
    language: str = "en",
    profile: Profile | None = None,
) -> Readout:
    """The Readout the analysis gives for a page of these layout parts."""
    layout = Layout(title, tuple(paragraphs), published, language, url)
    return analyze(
        layout, source=Source(url=url, published=published, language=language), profile=profile or Profile()
    )


def test_whole_readout() -> None:
    """A plain call readout gives kind, date, principals with countries, request and statements."""
    readout = analyze(
        Layout(
            "Foreign Minister Ruiz Speaks with Kenyan Foreign Minister Kiptoo on the Phone",
            (
                "On 2 May 2022, Foreign Minister Ana Ruiz spoke with Kenyan Foreign Minister Paul Kiptoo "
                "at the latter's request.",
                "Ana Ruiz said that the two countries share a long friendship.",
            ),
        ),
        source=Source(),
        profile=Profile(home_country="ES"),
    )
    event = readout.event
    expected = (
        EventKind.PHONE_CALL,
        dt.date(2022, 5, 2),
        None,
        [
            ("ana-ruiz", "Ana Ruiz", "ES", ("Foreign Minister",), False),
            ("paul-kiptoo", "Paul Kiptoo", "KE", ("Foreign Minister",), True),
        ],
    )
    actual = (
        event.kind,
        event.date,
        event.location,
        [(p.id, p.name, p.country, p.titles, p.requested) for p in event.participants],
    )
    assert expected == actual
    speakers = ["ana-ruiz"]
    assert speakers == [s.speaker for s in readout.statements]


def test_furniture_before_the_opening_is_dropped() -> None:
    """Breadcrumbs, the repeated headline, date and attribution lines are not body paragraphs."""
    readout = _analyze(
        "Home > News",
        [
            "Minister Ruiz Meets with President Vega",
            "2021-06-09 10:15",
            "The following is attributable to the spokesperson:",
            "Foreign Minister Ana Ruiz met with President Carlos Vega of Peru in Lima today.",
            "They agreed to deepen trade.",
        ],
    )
    expected = (
        (
            "Foreign Minister Ana Ruiz met with President Carlos Vega of Peru in Lima today.",
            "They agreed to deepen trade.",
        ),
        dt.date(2021, 6, 9),
        dt.date(2021, 6, 9),
        "Lima",
        EventKind.MEETING,
    )
    actual = (
        readout.paragraphs,
        readout.source.published,
        readout.event.date,
        readout.event.location,
        readout.event.kind,
    )
    assert expected == actual


def test_summary_line_repeating_the_opening_is_dropped() -> None:
    """A lead line that repeats the first sentence without its full stop is furniture."""
    readout = _analyze(
        "PM call with Chancellor Gruber",
        [
            "The Prime Minister spoke to Chancellor Eva Gruber of Austria this morning",
            "The Prime Minister spoke to Chancellor Eva Gruber of Austria this morning.",
            "The leaders agreed to stay in touch.",
        ],
    )
    expected = 2
    assert expected == len(readout.paragraphs)


def test_dateline_gives_publication_date_not_event_date() -> None:
    """A dateline's date is the publication date; "today" then dates the event."""
    readout = _analyze(
        None,
        [
            "Nairobi, May 4, 2021 (Wire): Minister Paul Kiptoo received a telephone call "
            "from Minister Ana Ruiz of Spain today."
        ],
    )
    expected = (dt.date(2021, 5, 4), dt.date(2021, 5, 4), ["Ana Ruiz"])
    actual = (
        readout.source.published,
        readout.event.date,
        [p.name for p in readout.event.participants if p.requested],
    )
    assert expected == actual


def test_dateline_alone_dates_the_event_as_published() -> None:
    """Without a date in the opening, the dateline dates the event, and the basis says so."""
    readout = _analyze(
        None,
        [
            "Nairobi, May 4, 2021 (Wire): Minister Paul Kiptoo received a telephone call "
            "from Minister Ana Ruiz of Spain."
        ],
    )
    expected = (dt.date(2021, 5, 4), dt.date(2021, 5, 4), "published")
    actual = (
        readout.source.published,
        readout.event.date,
        readout.event.date_basis,
    )
    assert expected == actual


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        (
            "Spokesperson's Regular Press Conference on May 3",
            ["Daily Courier: Will the ministers meet?", "Ana Ruiz: They met yesterday."],
        ),
        (
            "Statement on the Chancellor's Visit",
            ["The Chancellor will meet President Carlos Vega in Lima on Monday."],
        ),
        ("Weekly Address: Schools First", ["Hello everyone. This week I want to talk about schools."]),
        (None, ["Good evening.", "Tonight we celebrate the harvest together."]),
    ],
)
def test_not_a_readout(title: str | None, paragraphs: list[str]) -> None:
    """Press conferences, announcements of future meetings and speeches raise NotAReadoutError."""
    with pytest.raises(NotAReadoutError):
        _analyze(title, paragraphs)


def test_warnings_in_words() -> None:
    """What could not be told is said in words."""
    readout = _analyze(None, ["Minister Ana Ruiz spoke with Minister Paul Kiptoo of Kenya on Friday."])
    expected = ("no event date in the text", "no country found for participant 'Ana Ruiz'")
    assert expected == readout.warnings


def test_no_participants_warning() -> None:
    """A readout whose opening names nobody says so."""
    readout = _analyze("Call on trade", ["The two sides held a phone call on trade yesterday."])
    expected = (
        "the event is dated 'yesterday' but the page shows no publication date",
        "no participants found in the title or opening paragraph",
    )
    assert expected == readout.warnings


def test_other_language_is_refused_naming_it() -> None:
    """A page in a language with no rules is refused with its language named, never read hollow."""
    with pytest.raises(UnsupportedLanguageError) as caught:
        _analyze("Telefon görüşmesi", ["Bakan bugün mevkidaşı ile telefonda görüştü."], language="tr")
    # every installed pack is named, in code order, whichever packs this checkout ships
    names = [LANGUAGE_NAMES[code] for code in language_codes()]
    read = f"{', '.join(names[:-1])} and {names[-1]}"
    reason = f"not read: the page is in Turkish (tr); the installed language packs read {read}"
    expected = ("tr", reason)
    assert expected == (caught.value.language, caught.value.reason)


def test_latin_script_language_is_identified() -> None:
    """A German page and a French one that their adapter took for English are identified by their
    words and read by the German and French packs, not as English; a Turkish one is refused naming
    Turkish (no Turkish pack ships)."""
    german = [
        "Die Bundesministerin des Auswärtigen hat heute mit ihrem französischen Amtskollegen Paul Morel "
        "telefoniert. Die beiden Minister sprachen über die Lage im Nahen Osten und die Vorbereitung des "
        "nächsten Gipfels."
    ]
    read_german = _analyze("Telefonat mit dem französischen Außenminister", german, language="en")
    french = [
        "Le ministre des Affaires étrangères s'est entretenu ce jour par téléphone avec son homologue "
        "allemand. Les deux ministres ont évoqué la situation au Proche-Orient et la préparation du sommet."
    ]
    readout = _analyze("Entretien téléphonique avec le ministre allemand", french, language="en")
    turkish = [
        "Dışişleri Bakanı bugün Fransız mevkidaşı ile telefonda görüştü. İki bakan Orta Doğu'daki durumu "
        "ve bir sonraki zirvenin hazırlıklarını ele aldı."
    ]
    with pytest.raises(UnsupportedLanguageError) as caught:
        _analyze("Dışişleri Bakanı Fransız mevkidaşı ile görüştü", turkish, language="en")
    expected = (EventKind.PHONE_CALL, EventKind.PHONE_CALL, "tr")
    assert expected == (read_german.event.kind, readout.event.kind, caught.value.language)


def test_japanese_opening() -> None:
    """A Japanese opening "<A>は，<B>との間で電話会談" gives both sides, titles, countries and the day."""
    readout = _analyze(
        "日独外相電話会談",
        [
            "本9日，山田花子外務大臣は，アンナ・シュミット・ドイツ外務大臣との間で電話会談を行いました。",
            "両者は連携を確認しました。",
        ],
        published=dt.date(2031, 6, 9),
        language="ja",
        profile=Profile(home_country="JP"),
    )
    expected = (
        EventKind.PHONE_CALL,
        dt.date(2031, 6, 9),
        [("山田花子", "JP", ("外務大臣",)), ("アンナ・シュミット", "DE", ("外務大臣",))],
    )
    actual = (
        readout.event.kind,
        readout.event.date,
        [(p.name, p.country, p.titles) for p in readout.event.participants],
    )
    assert expected == actual


def test_japanese_mentioned_people() -> None:
    """Other people named "<name><title>" in Japanese are listed; references like "同長官" are not."""
    readout = _analyze(
        "日米外相会談",
        [
            "本2日，山田花子外務大臣は，ジョン・ドウ米国務長官との間で会談を行いました。",
            "両者は佐藤総理の訪問を歓迎し，同長官は謝意を述べました。",
        ],
        published=dt.date(2031, 6, 2),
        language="ja",
    )
    expected = ("佐藤",)
    assert expected == readout.mentioned


def test_import_stays_light() -> None:
    """``import readoutlib`` does not import lxml or charset_normalizer."""
    code = (
        "import sys, readoutlib; print(sorted(m for m in ('lxml', 'charset_normalizer') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    expected = "[]"
    assert expected == result.stdout.strip()


def _corpus() -> Path | None:
    """The shared corpus's cases folder, found the way the test kit finds it."""
    from readoutlib.testing import corpus_dir

    found = corpus_dir()
    return found / "cases" if found is not None and (found / "cases").is_dir() else found


@pytest.mark.skipif(
    _corpus() is None, reason="the shared corpus (shared/corpus/cases) is not beside the repository"
)
@pytest.mark.parametrize("adapter", [None, "generic"])
def test_corpus_entity_targets(adapter: str | None) -> None:
    """Over the corpus's English readouts, kind, date, participants and countries meet the targets."""
    from readoutlib.evaluate import evaluate

    folder = _corpus()
    assert folder is not None
    figures = evaluate(folder, format=adapter).english.figures()
    targets = {"kind": 0.95, "date": 0.95, "participant_f1": 0.95, "country": 0.95, "rejected": 1.0}
    expected = {name: True for name in targets}
    actual = {name: (figures[name] or 0.0) >= target for name, target in targets.items()}
    assert expected == actual, figures


def test_summary_names_the_office_holder() -> None:
    """A lead paragraph kept apart by the layout names a principal the body calls by office."""
    layout = Layout(
        "Foreign Secretary's meeting with Kenyan Foreign Minister Paul Kiptoo",
        ("The Foreign Secretary and Kenyan Foreign Minister Paul Kiptoo met in London yesterday.",),
        dt.date(2031, 3, 2),
        "en",
        None,
        "The UK Foreign Secretary Ana Ruiz and Kenyan Foreign Minister Paul Kiptoo met in London.",
    )
    readout = analyze(layout, source=Source(published=dt.date(2031, 3, 2)), profile=Profile())
    expected = [("Ana Ruiz", "GB"), ("Paul Kiptoo", "KE")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_header_date_line_in_figures_dates_today() -> None:
    """A "<City>, DD/MM/YYYY - HH:MM" line above the body is the publication date "today" refers to."""
    readout = _analyze(
        "Minister Ruiz meets Kenyan Minister Kiptoo",
        [
            "Lisbon, 14/03/2024 - 10:30",
            "Minister Ana Ruiz met Kenyan Trade Minister Paul Kiptoo in Lisbon today.",
        ],
    )
    expected = (dt.date(2024, 3, 14), dt.date(2024, 3, 14))
    assert expected == (readout.source.published, readout.event.date)


def test_layout_without_paragraphs_is_refused() -> None:
    """A layout with no body text is not a readout."""
    with pytest.raises(NotAReadoutError, match="no body text"):
        _analyze("Minister Ruiz meets Minister Kiptoo", ["  ", ""])


def test_dateline_city_locates_a_courtesy_call() -> None:
    """ "<City>, <date> (<agency>): X called on the Prime Minister at his office today" is a meeting
    in that city on that day."""
    readout = _analyze(
        "Trade Minister calls on the Prime Minister",
        [
            "Lusaka, May 04, 2025 (Wire): Trade Minister Eva Lund of Norway called on Prime Minister "
            "Paul Banda at the Prime Minister’s Office today.",
            "The Prime Minister said that trade between the two countries was growing.",
        ],
    )
    event = readout.event
    expected = (EventKind.MEETING, dt.date(2025, 5, 4), "Lusaka")
    assert expected == (event.kind, event.date, event.location)


def test_date_line_with_a_page_type_word_dates_today() -> None:
    """A "DD.MM.YYYY - Article" line under the headline is the publication date: "in Oslo today"
    then gives the event's date and place."""
    readout = _analyze(
        None,
        [
            "Foreign Minister Lund holds talks with Dutch Foreign Minister Smit",
            "03.02.2024 - Article",
            "Foreign Minister Eva Lund received her Dutch counterpart Pieter Smit in Oslo today for talks.",
            "Lund said that the two countries stood together.",
        ],
    )
    event = readout.event
    expected = (EventKind.TALKS, dt.date(2024, 2, 3), "Oslo", ["Eva Lund", "Pieter Smit"], ["NL"])
    actual = (
        event.kind,
        event.date,
        event.location,
        [p.name for p in event.participants],
        [event.participants[1].country],
    )
    assert expected == actual


def test_yearless_date_line_is_dated_by_a_hijri_url() -> None:
    """A "Place - Office - March 16" line takes its year from a Hijri date in the URL (1443/08/13)."""
    url = "https://mofa.example/en/news/details/1443/08/13/lund-kiptoo"
    layout = Layout(
        "Foreign Minister Holds Phone Call with Kenyan Foreign Minister",
        ("Foreign Minister Eva Lund held today a phone call with Kenyan Foreign Minister Paul Kiptoo.",),
        url=url,
        day_month=(3, 16),
    )
    readout = analyze(layout, source=Source(url=url), profile=Profile())
    expected = (dt.date(2022, 3, 16), "relative", None)
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


def test_a_date_line_before_the_event_is_not_the_publication_date() -> None:
    """A stamp earlier than the event the text dates cannot be the page's publication date."""
    layout = Layout(
        None,
        ("Foreign Minister Eva Lund met Kenyan Minister Paul Kiptoo in Nairobi on 25 May 2031.",),
        dt.date(2031, 4, 20),
    )
    readout = analyze(layout, source=Source(published=dt.date(2031, 4, 20)), profile=Profile())
    expected = (dt.date(2031, 5, 25), "text", None)
    assert expected == (readout.event.date, readout.event.date_basis, readout.source.published)


def test_the_releases_dateline_beats_a_later_date_line() -> None:
    """A copy's later date line does not date "today": the release's own dateline does."""
    readout = _analyze(
        "Foreign Minister receives call from Kenyan Foreign Minister",
        [
            "Capital City, July 25, 2031 (Wire): Foreign Minister Eva Lund received a telephone call "
            "today from Kenyan Foreign Minister Paul Kiptoo.",
        ],
        published=dt.date(2031, 7, 26),
    )
    expected = (dt.date(2031, 7, 25), dt.date(2031, 7, 25))
    assert expected == (readout.event.date, readout.source.published)


def test_a_visit_to_a_place_with_no_counterpart_is_not_a_readout() -> None:
    """A leader visiting a hospital is news, not a readout: a visit needs a counterpart."""
    # The headline names no facility, so the title's genre (a site visit) does not decide first.
    with pytest.raises(NotAReadoutError) as caught:
        _analyze(
            "The President in Lima",
            ["President Ana Ruiz visited the city hospital of Lima and thanked its doctors."],
        )
    expected = "not a readout: a visit to a place, with no counterpart named"
    assert expected == caught.value.reason


def test_a_visit_abroad_with_one_principal_named_is_a_readout() -> None:
    """A leader's visit to another country is read even when the host is named further down."""
    readout = _analyze(
        "The President visited Chile",
        ["Today, President Ana Ruiz of Peru visited Chile.", "The leaders renewed their partnership."],
    )
    expected = EventKind.VISIT
    assert expected == readout.event.kind
