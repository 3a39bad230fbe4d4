"""Letters a language writes either way are its pack's (``spellings.toml``): the core's lookups in the
language read them in one form, and the core spells none of them."""

from __future__ import annotations

import warnings
from pathlib import Path

from readoutlib import languages
from readoutlib.analysis.countries import country_from_name
from readoutlib.errors import PluginWarning
from tests.test_pack_language_data import _install


def test_pack_spellings_fold_the_country_lookup(installed: Path) -> None:
    """An invented Luxembourgish pack that reads the long s as "s" finds "Ruſsland" (babel's
    "Russland"); not German, which has a pack of its own now."""
    before = country_from_name("Ruſsland", "lb")
    _install(installed, {languages.SPELLINGS_FILE: '[same]\n"ſ" = "s"\n'}, code="lb")
    after = (country_from_name("Ruſsland", "lb"), country_from_name("Russland", "lb"))
    expected = (None, ("RU", "RU"))
    assert expected == (before, after)


def test_russian_yo_is_the_russian_packs() -> None:
    """ "Соединённые Штаты" is found as "Соединенные Штаты" through the Russian pack's spellings."""
    pack = languages.language_pack("ru")
    found = (pack.folded("Соединённые"), country_from_name("Соединённых Штатов", "ru"))
    expected = ("Соединенные", "US")
    assert expected == found


def test_malformed_spellings_warn_and_names_are_read_as_written(installed: Path) -> None:
    """A spellings table of more than one letter a key is a PluginWarning naming the pack."""
    _install(installed, {languages.SPELLINGS_FILE: '[same]\n"ss" = "s"\n'}, code="lb")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = country_from_name("Russland", "lb")
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert (found, len(messages)) == ("RU", 1)
    assert "'lb'" in messages[0] and "spellings" in messages[0]
