"""Russian families of feed pages (issue #8, round 10: feeds-dev13's misses), invented headlines."""

from __future__ import annotations

import pytest

from readoutlib.languages.ru.reader import not_readout_reason

#: The reason the pack gives for speeches, statements and press conferences.
_STATEMENTS = "a speech, statement or press conference"


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        ("Иван Петров и Анна Виртанен сделали заявления для СМИ", ()),
        ("Президенты России и Чили сделали совместное заявление для прессы", ()),
        (
            "Иван Петров и Анна Виртанен",
            (
                "По итогам переговоров Иван Петров и Анна Виртанен выступили с заявлениями для средств "
                "массовой информации. Иван Петров: Уважаемые дамы и господа!",
            ),
        ),
    ],
)
def test_leaders_statements_for_the_press_are_no_readout(headline: str, body: tuple[str, ...]) -> None:
    """Press statements after talks ('сделали заявления для СМИ', 'выступили с заявлениями для прессы')
    are the leaders' remarks, not the talks, however the headline starts."""
    expected = _STATEMENTS
    assert expected == not_readout_reason(headline, body)


def test_talks_that_mention_a_statement_stay_a_readout() -> None:
    """A talks page whose opening reports the talks is no statement page (a guard)."""
    body = ("В Кремле прошли переговоры Ивана Петрова с Президентом Чили Анной Виртанен.",)
    assert None is not_readout_reason("Российско-чилийские переговоры", body)
