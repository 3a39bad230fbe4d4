"""The Chinese pack's text normalisation (issue #12, batch 9): a traditional-character page converted by a
machine that left the pinyin of its polyphonic characters in brackets ("總統(tǒng)") reads as the page
would without them. Invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.languages import LanguagePack, language_pack

_GLOSSED = (
    "國家主席李明3月5日下午同弗里多尼亞總統(tǒng)魯伊斯通電話。\n"
    "李明指出，中方愿同弗方一道，推動兩國關(guān)系發(fā)展。\n"
    "魯伊斯表示，弗方重視同中方的合作。\n"
)


def test_the_zh_pack_strips_pinyin_glosses_after_han_characters() -> None:
    expected = "總統普京關係，千克(kg)，北京(Beijing)"
    assert expected == language_pack("zh").normalise("總統(tǒng)普京關(guān)係，千克(kg)，北京(Beijing)")


def test_a_pack_leaves_text_as_it_is_by_default() -> None:
    expected = "總統(tǒng)"
    assert expected == LanguagePack().normalise("總統(tǒng)")


def test_a_page_with_pinyin_glosses_reads_as_its_call() -> None:
    readout = readoutlib.parse(_GLOSSED)
    expected = ("phone_call", ["李明", "魯伊斯"], "弗里多尼亞總統")
    assert expected == (
        readout.event.kind,
        [p.name for p in readout.event.participants],
        readout.paragraphs[0][13:20],
    )


def test_traditional_titles_give_their_level_of_office() -> None:
    """A traditional page's titles are kept as written: '國家主席', '總統', '外長' name their levels too."""
    from readoutlib.compare.persons import office_levels

    expected = [{"head of state"}, {"head of state"}, {"head of government"}, {"foreign minister"}]
    assert expected == [set(office_levels([t])) for t in ("國家主席", "總統", "總理", "外交部長")]
