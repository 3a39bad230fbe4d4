"""Tests for language identification: scripts, English words, and the model for the rest."""

from __future__ import annotations

import pytest

import readoutlib
from readoutlib.analysis.language import identify_language
from readoutlib.errors import UnsupportedLanguageError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Minister spoke with her counterpart about trade and the situation in the region today.", "en"),
        ("Der Bundesminister telefonierte heute mit seinem Amtskollegen über die Lage in der Region.", "de"),
        ("Dışişleri Bakanı bugün mevkidaşı ile telefonda görüştü ve bölgedeki durumu ele aldı.", "tr"),
        ("Президент провёл телефонный разговор с Президентом Франции.", "ru"),
        ("Президент України провів телефонну розмову з Президентом Франції.", "uk"),
        ("国务委员兼外长王毅应约同俄罗斯外长拉夫罗夫通电话。", "zh"),
        ("山田外務大臣は，ドイツ外務大臣との間で電話会談を行いました。", "ja"),
        ("12 / 04", "en"),
    ],
)
def test_identify_language(text: str, expected: str) -> None:
    """Each text is given its language; text with no letters gets the default."""
    assert expected == identify_language([text], default="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Entretien téléphonique avec le ministre allemand", "fr"),
        ("Dışişleri Bakanımız görüştü", "tr"),
        ("Joint Statement", "en"),
        ("Telefonat des Bundesministers", "en"),
        ("Readout of the President's Call", "en"),
    ],
)
def test_short_text_is_given_to_the_model_when_it_is_sure(text: str, expected: str) -> None:
    """Too few words to count English ones: the model's answer stands only when it is sure."""
    assert expected == identify_language([text], default="en")


TURKISH_PAGE = """<html><head><title>Telefon görüşmesi</title></head><body><main>
<h1>Dışişleri Bakanı Fransız mevkidaşı ile görüştü</h1>
<p>Ankara, 3 Mayıs 2024</p>
<p>Dışişleri Bakanı bugün Fransız mevkidaşı ile telefonda görüştü. İki bakan Orta Doğu'daki durumu
ve bir sonraki zirvenin hazırlıklarını ele aldı.</p>
</main></body></html>"""


def test_a_page_in_a_language_with_no_pack_is_refused_naming_it() -> None:
    """A Turkish page (no Turkish pack ships) is refused by parse with an error naming Turkish, never
    read as English. (French, then German were the example until their packs, issue #8.)"""
    with pytest.raises(UnsupportedLanguageError) as caught:
        readoutlib.parse(TURKISH_PAGE)
    expected = ("tr", "not read: the page is in Turkish (tr)")
    assert expected == (caught.value.language, str(caught.value).split(";")[0])


def test_any_language_the_identifier_names_is_named_in_the_refusal() -> None:
    """A page in Swahili, which no pack reads, is refused naming Swahili (babel's English name)."""
    paragraphs = [
        "Waziri wa Mambo ya Nje alizungumza kwa simu leo na mwenzake wa Ujerumani kuhusu hali ya kanda "
        "na ushirikiano wa kiuchumi kati ya nchi hizo mbili."
    ]
    page = f"<html><body><main><h1>Mazungumzo ya simu</h1><p>{paragraphs[0]}</p></main></body></html>"
    with pytest.raises(UnsupportedLanguageError) as caught:
        readoutlib.parse(page)
    expected = ("sw", "not read: the page is in Swahili (sw)")
    assert expected == (caught.value.language, str(caught.value).split(";")[0])
