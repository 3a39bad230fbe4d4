"""A page in two languages that opens with its English version is read in English (#12, batch 8)."""

from __future__ import annotations

import readoutlib
from readoutlib.analysis.language import identify_language

ENGLISH = (
    "The Secretary-General met with the President of Sylvania, Mr. Tomas Berg, in Vella this morning.",
    "During the meeting, the Secretary-General reiterated the position of the United Nations on the"
    " crisis, and they discussed proposals for humanitarian assistance and the evacuation of civilians"
    " from the areas of fighting near the border.",
    "The President agreed, in principle, to the involvement of the United Nations in the evacuation"
    " of civilians, and follow-on discussions will be held with the relevant offices of both sides.",
)
RUSSIAN = (
    "Генеральный секретарь встретился сегодня утром в Велле с Президентом Сильвании Томасом Бергом.",
    "В ходе встречи Генеральный секретарь вновь изложил позицию Организации Объединённых Наций,"
    " стороны обсудили предложения о гуманитарной помощи и эвакуации мирного населения из зон боёв"
    " у границы, а также дальнейшие консультации между ведомствами обеих сторон по этим вопросам.",
    "Президент в принципе согласился на участие Организации Объединённых Наций в эвакуации"
    " мирного населения; последующие обсуждения пройдут с соответствующими ведомствами сторон.",
)


def test_a_page_opening_with_its_english_version_is_english() -> None:
    """English paragraphs first, their Russian translation after: the page is read in English."""
    expected = "en"
    assert expected == identify_language(["Moscow, 26 April", *ENGLISH, *RUSSIAN], default="en")


def test_a_russian_page_under_an_english_title_stays_russian() -> None:
    """An English title or line above Russian paragraphs is too short to make the page English."""
    texts = ["Meeting with the President of Sylvania", "Read in English below", *RUSSIAN, *ENGLISH]
    expected = "ru"
    assert expected == identify_language(texts, default="en")


def test_a_bilingual_readout_opening_in_english_parses() -> None:
    """The two-language page parses as an English readout of the meeting, its principals named."""
    page = "\n\n".join(("Moscow, 26 April 2022", *ENGLISH, *RUSSIAN)) + "\n"
    readout = readoutlib.parse(page.encode())
    expected = ("en", ["The Secretary-General", "Tomas Berg"])
    assert expected == (readout.source.language, [p.name for p in readout.event.participants])
