"""Language data the core reads comes from the installed language packs, never from the core itself.

Each test installs an invented pack (a package with its data files beside its module, an entry
point) and checks that the core reads its words; a malformed file is a ``PluginWarning`` naming the
pack, never an error out of every page.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from readoutlib import languages
from readoutlib.analysis.countries import (
    COUNTRY_NAMES_FILE,
    SIDE_CODES,
    city_of_seat,
    country_from_demonym,
    country_from_name,
)
from readoutlib.analysis.language import identify_language
from readoutlib.compare.persons import name_key, name_keys, transliterate
from readoutlib.dates import parse_date
from readoutlib.errors import PluginWarning
from readoutlib.languages import LanguagePack
from readoutlib.segment.datelines import is_date_line, strip_dateline

#: An invented language's pack: only its data files matter here.
_PACK = '''
"""A toy pack of an invented language."""

from readoutlib.languages import LanguagePack
from readoutlib.segment.datelines import is_date_line, strip_dateline


class ToyPack(LanguagePack):
    code = "tlh"
    name = "Toy"
    description = "A toy pack for the language-data tests."
'''

#: Greek letters as the toy language romanises them (a few), with "χ" read "h" in borrowed names.
_ROMANISATION = """
[letters]
"π" = "p"
"α" = "a"
"δ" = "d"
"ό" = "o"
"ο" = "o"
"υ" = "u"
"λ" = "l"
"ς" = "s"
"σ" = "s"
"χ" = "ch"

[alternatives]
"χ" = "h"
"""


def _install(root: Path, files: dict[str, str], code: str = "tlh") -> None:
    """Install the toy pack as a distribution: a package with its data files, an entry point."""
    info = root / f"readoutlib_lang_{code}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: readoutlib-lang-{code}\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(
        f"[{languages.ENTRY_POINT_GROUP}]\n{code} = toy_tlh_data:ToyPack\n"
    )
    package = root / "toy_tlh_data"
    package.mkdir()
    (package / "__init__.py").write_text(_PACK.replace('"tlh"', f"{code!r}"), encoding="utf-8")
    for name, text in files.items():
        (package / name).write_text(text, encoding="utf-8")
    languages.reset()


def test_pack_romanisation_is_read_to_compare_names(installed: Path) -> None:
    """A pack's romanisation.toml romanises its script: the name's key is its Latin one's."""
    before = (transliterate("Παπαδόπουλος"), name_key("Παπαδόπουλος"))
    _install(installed, {languages.ROMANISATION_FILE: _ROMANISATION})
    after = (transliterate("Παπαδόπουλος"), name_key("Παπαδόπουλος"), name_key("Papadopoulos"))
    expected = (("Παπαδόπουλος", ""), ("Papadopoulos", "ppdpls", "ppdpls"))
    assert expected == (before, after)


def test_pack_romanisation_alternative_reading_gives_a_second_key(installed: Path) -> None:
    """A letter with an alternative reading gives the name a second key, read so ("χ" as "h")."""
    _install(installed, {languages.ROMANISATION_FILE: _ROMANISATION})
    assert {name_key("Chaddol"), name_key("Haddol")} == set(name_keys("Χαδδολ"))


def test_pack_romanisation_capitals_open_headline_names(installed: Path) -> None:
    """A word opening with a capital of a romanised script is a name in a headline ("Παπαδόπουλος")."""
    from readoutlib.compare.persons import _capitalised_names

    before = sorted(_capitalised_names("Παπαδόπουλος meets Lund"))
    _install(installed, {languages.ROMANISATION_FILE: _ROMANISATION})
    assert (before, sorted(_capitalised_names("Παπαδόπουλος meets Lund"))) == (["lnd"], ["lnd", "ppdpls"])


def test_core_romanises_cyrillic_through_the_russian_pack() -> None:
    """The Russian pack's table is what reads Cyrillic ("Лавров" → "Lavrov", "Нетаньяху" both ways)."""
    expected = ("Lavrov", {"ntnk", "ntn"})
    assert expected == (transliterate("Лавров"), set(name_keys("Нетаньяху")))


def test_malformed_romanisation_warns_and_adds_nothing(installed: Path) -> None:
    """A romanisation whose key is not one letter is a PluginWarning naming the pack; names are
    still compared with the other packs' letters."""
    _install(installed, {languages.ROMANISATION_FILE: '[letters]\n"πα" = "pa"\n'})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        key = name_key("Лавров")
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    expected = ("lvrv", 1)
    assert expected == (key, len(messages))
    assert "'tlh'" in messages[0] and "romanisation" in messages[0]


#: The toy language's commonest words, and prose in it: each sentence a third function words.
_FUNCTION_WORDS = 'words = ["qa", "je", "vaj", "ghaj", "ben", "naq"]\n'
_TOY_PROSE = [
    "Qa wIvoq je majQa ghaj ben tlhIngan vaj qul naq Hol.",
    "Je puqloD qa Sovbe' vaj ghaj ben ngem naq bIQtIq qa yoH.",
]


def test_pack_function_words_name_latin_text_in_its_language(installed: Path) -> None:
    """Latin-script text whose words are a good share of a pack's function words is in its language."""
    before = identify_language(_TOY_PROSE)
    _install(installed, {languages.FUNCTION_WORDS_FILE: _FUNCTION_WORDS})
    after = identify_language(_TOY_PROSE)
    assert (before != "tlh", after) == (True, "tlh")


def test_page_in_another_script_opening_in_a_packs_language_is_read_in_it(installed: Path) -> None:
    """A page in Cyrillic that opens with a long version in a pack's Latin-script language is read in
    that language (as one that opens with its English version is read in English)."""
    page = [*_TOY_PROSE * 4, "Министр провёл переговоры с послом в столице в понедельник."]
    _install(installed, {languages.FUNCTION_WORDS_FILE: _FUNCTION_WORDS})
    english = [
        *["The minister held talks with the envoy of the state in the capital on the day."] * 6,
        page[-1],
    ]
    assert (identify_language(page), identify_language(english)) == ("tlh", "en")


def test_english_function_words_are_the_english_packs() -> None:
    """The words that make Latin-script text English are the English pack's function_words.toml."""
    codes = [code for code, words in languages.function_words() if {"the", "and", "of"} <= words]
    assert codes == ["en"]


def test_function_words_in_capitals_warn(installed: Path) -> None:
    """A function word not in lowercase is a PluginWarning naming the pack; English is still read."""
    _install(installed, {languages.FUNCTION_WORDS_FILE: 'words = ["Qa"]\n'})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = identify_language(["The minister held talks with the envoy of the state in the capital."])
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert (found, len(messages)) == ("en", 1)
    assert "'tlh'" in messages[0] and "function_words" in messages[0]


class _GenitivePack(LanguagePack):
    """A pack for Dutch whose only knowledge is a genitive: a name with "s" after it (German has a
    shipped pack since issue #8, so Dutch stands in)."""

    code = "nl"
    name = "Dutch"
    description = "A toy pack for the name-forms tests."

    def name_forms(self, name: str) -> tuple[str, ...]:
        return (name, f"{name}s")


class _BrokenFormsPack(_GenitivePack):
    def name_forms(self, name: str) -> tuple[str, ...]:
        raise RuntimeError("no forms today")


@pytest.fixture
def dutch() -> Iterator[None]:
    """Pack discovery forgotten around the test, and a Dutch pack registered at run time removed."""
    languages.reset()
    yield
    languages.unregister_language("nl")
    languages.reset()


def test_pack_name_forms_are_looked_up(dutch: None) -> None:
    """A country's name is looked up in every form its language's pack gives ("Ruslands")."""
    before = country_from_name("Ruslands", "nl")
    languages.register_language(_GenitivePack)
    assert (before, country_from_name("Ruslands", "nl"), country_from_name("Rusland", "nl")) == (
        None,
        "RU",
        "RU",
    )


def test_failing_name_forms_warn_and_names_are_still_read(dutch: None) -> None:
    """A pack whose name_forms raises is a PluginWarning naming it; the names as written still read."""
    languages.register_language(_BrokenFormsPack)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = country_from_name("Rusland", "nl")
    messages = {str(w.message).partition(":")[0] for w in caught if issubclass(w.category, PluginWarning)}
    assert (found, messages) == ("RU", {"language pack 'nl'"})


def test_russian_cases_are_the_russian_packs() -> None:
    """The oblique cases of Russian names come from the Russian pack: "Китаем", "Соединенных Штатов"."""
    found = [country_from_name(name, "ru") for name in ("Китаем", "Соединенных Штатов", "России")]
    assert found == ["CN", "US", "RU"]


#: The toy language's date words: a month, a day's ordinal, a word between day and month, a time mark.
_DATE_WORDS = """
ordinals = ["DIch"]
day_of = ["vo'"]
times = ["ram"]

[months]
qelmo = 3
qel = 3
"""


def test_pack_month_words_are_read_in_dates(installed: Path) -> None:
    """A pack's month words, ordinal and day-month word are read in any text's dates."""
    texts = ("The envoys met on 5 Qelmo 2024.", "Signed on 12DIch vo' qel. 2023.", "Qelmo 7, 2022")
    before = [parse_date(text) for text in texts]
    _install(installed, {languages.DATE_WORDS_FILE: _DATE_WORDS})
    after = [parse_date(text) for text in texts]
    expected = ([None, None, None], [dt.date(2024, 3, 5), dt.date(2023, 3, 12), dt.date(2022, 3, 7)])
    assert expected == (before, after)


def test_pack_date_words_shape_datelines(installed: Path) -> None:
    """A dateline's ordinal and a header date line's time mark are the packs' too."""
    _install(installed, {languages.DATE_WORDS_FILE: _DATE_WORDS})
    dateline = strip_dateline("Capital City, Qelmo 5DIch, 2024 - The minister met the envoy.")
    line = "Capital City, 5 Qelmo 2024 10:30 ram"
    assert (dateline and dateline.date, is_date_line(line)) == (dt.date(2024, 3, 5), True)


def test_english_date_words_are_the_english_packs() -> None:
    """English month words, ordinals and time marks come from the English pack's date_words.toml."""
    words = languages.date_words()
    english = languages.language_pack("en").date_words()
    assert (dict(words.months)["sept"], english.ordinals, words.languages) == (
        9,
        ("st", "nd", "rd", "th"),
        ("en",),
    )


def test_malformed_date_words_warn_and_english_dates_still_read(installed: Path) -> None:
    """A month number out of range is a PluginWarning naming the pack; other packs' dates still read."""
    _install(installed, {languages.DATE_WORDS_FILE: "[months]\nqelmo = 13\n"})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = parse_date("The envoys met on 22 December 2020.")
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert (found, len(messages)) == (dt.date(2020, 12, 22), 1)
    assert "'tlh'" in messages[0] and "date_words" in messages[0]


def test_pack_file_is_found_without_importing_the_pack(installed: Path) -> None:
    """A pack's data file is found beside its module without running it (the core reads demonyms
    while the packs that use them are being imported)."""
    _install(installed, {languages.DEMONYMS_FILE: "XK\tKosovar\n"})
    found = languages.pack_file("tlh", languages.DEMONYMS_FILE)
    missing = languages.pack_file("tlh", "no_such_file.tsv")
    assert (found, missing, "toy_tlh_data" in sys.modules) == (
        installed / "toy_tlh_data" / languages.DEMONYMS_FILE,
        None,
        False,
    )


def test_english_demonyms_are_the_english_packs() -> None:
    """The demonyms said before a title are the English pack's demonyms.tsv; the sides are the core's
    (a side with no demonym is still one: "DO")."""
    english = languages.pack_file("en", languages.DEMONYMS_FILE)
    rows = dict(line.split("\t") for line in english.read_text(encoding="utf-8").splitlines() if "\t" in line)
    found = (rows["JP"], country_from_demonym("Japanese"), "DO" in SIDE_CODES, "DO" in rows)
    assert found == ("Japanese", "JP", True, False)


#: A toy Dutch pack's country names: an alias babel lacks, an abbreviation of one character.
_COUNTRY_NAMES = """
[aliases]
RU = ["Rusland-en-zo"]

[abbreviations]
"R" = "RU"
"""
_LOOKUPS = """
import warnings
warnings.simplefilter("error")
from readoutlib.analysis.countries import country_from_abbreviation, country_from_name
print(country_from_name("Rusland-en-zo", "nl"), country_from_abbreviation("R", "nl"), country_from_name("UK"))
"""


def _looked_up(root: Path, files: dict[str, str]) -> str:
    """What a fresh process with a toy Dutch pack installed (its ``files`` beside it) looks up."""
    _install(root, files, code="nl")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, (str(root), os.environ.get("PYTHONPATH")))),
    }
    run = subprocess.run(
        [sys.executable, "-c", _LOOKUPS], check=False, env=env, capture_output=True, text=True
    )
    return run.stdout.strip() or run.stderr.strip().splitlines()[-1]


def test_pack_country_names_are_read(installed: Path) -> None:
    """A pack's country_names.toml gives its language's aliases and abbreviations to the lookup."""
    assert _looked_up(installed, {COUNTRY_NAMES_FILE: _COUNTRY_NAMES}) == "RU RU GB"


def test_malformed_country_names_warn(installed: Path) -> None:
    """A malformed country_names.toml is a PluginWarning naming the pack (an error in that process)."""
    found = _looked_up(installed, {COUNTRY_NAMES_FILE: '[abbreviations]\n"RU" = "RU"\n'})
    assert found.startswith("readoutlib.errors.PluginWarning: language pack 'nl'")


def test_organisations_and_seats_are_the_english_packs() -> None:
    """The organisations' English names and the seats of government come from the English pack's
    country_names.toml; the organisations' codes are the core's."""
    english = languages.pack_file("en", COUNTRY_NAMES_FILE)
    text = english.read_text(encoding="utf-8") if english is not None else ""
    found = (
        "[organisations]" in text,
        "[seats]" in text,
        country_from_name("United Nations"),
        city_of_seat("the Kremlin"),
    )
    assert found == (True, True, "UN", "Moscow")


#: The toy language's headline tense: "ghoS" (goes to, meets) in a headline, "ghoSta'" in a lead.
_HEADLINE_TENSE = """
[table]
name = "toy-headline-tense"
description = "The toy language's headline verb."

[[row]]
pattern = '''\\bghoS\\b'''
label = "present"
example = "Qa ghoS majQa ben."
"""


def test_pack_headline_tense_makes_a_stopped_headline(installed: Path) -> None:
    """A one-sentence first line in a pack's headline tense is a headline printed with a full stop
    (``segment.stopped``): the core reads the tense from the pack's ``headline_tense.toml``."""
    from readoutlib.segment.stopped import is_stopped_headline

    lines = ("Qa ghoS majQa ben naq Hol.", "Qa ghoSta' majQa ben naq Hol je vaj qul naq.")
    before = is_stopped_headline(lines, 0)
    _install(installed, {languages.HEADLINE_TENSE_TABLE: _HEADLINE_TENSE})
    assert (before, is_stopped_headline(lines, 0), is_stopped_headline(lines[1:], 0)) == (False, True, False)


def test_english_headline_tense_is_the_english_packs() -> None:
    """The headline tense the core reads is the English pack's headline_tense.toml alone."""
    assert [code for code, _pattern in languages.headline_tenses()] == ["en"]


def test_a_pack_installed_after_the_first_page_gives_the_title_case_test_its_function_words(
    installed: Path,
) -> None:
    """A first line whose lowercase words are a pack's function words is a title-cased headline printed
    with a full stop (``segment.stopped``), also when the pack comes after a page was read: the small
    words follow the packs installed, not the ones the first page saw."""
    from readoutlib.segment.stopped import is_stopped_headline

    lines = ("Wivoq je Majqa Tlhingan Hol.", "Qa wIvoq je majQa ghaj ben tlhIngan vaj qul naq Hol.")
    before = is_stopped_headline(lines, 0)
    _install(installed, {languages.FUNCTION_WORDS_FILE: _FUNCTION_WORDS})
    assert (before, is_stopped_headline(lines, 0)) == (False, True)
