"""The Russian pack's rules, one at a time, on sentences we wrote."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from readoutlib.languages.ru.countries import country_in
from readoutlib.languages.ru.morph import nominative
from readoutlib.languages.ru.people import read_mention, read_mentions
from readoutlib.languages.ru.reader import (
    event_date,
    event_kind,
    find_opening,
    find_principals,
    find_statements,
    not_readout_reason,
    page_date,
    strip_furniture,
)
from readoutlib.languages.ru.text import sentences
from readoutlib.model import BOTH, EventKind, Participant


@pytest.mark.parametrize(
    ("word", "case", "expected"),
    [
        ("Дональдом", "ablt", "Дональд"),
        ("Лаврова", "gent", "Лавров"),
        ("Ангелой", "ablt", "Ангела"),
        ("Любимовой", "ablt", "Любимова"),
        ("Касым-Жомартом", "ablt", "Касым-Жомарт"),
        ("Помпео", "ablt", "Помпео"),
        ("Моди", "ablt", "Моди"),
        ("Ситниковым", "ablt", "Ситников"),
    ],
)
def test_nominative(word: str, case: str, expected: str) -> None:
    """A name in an oblique case comes back in the nominative; an indeclinable one stays as written."""
    assert expected == nominative(word, case)


def test_mention_with_title_country_and_initials() -> None:
    """Title, country and name of a genitive mention; the initials stay as written."""
    mention = read_mention("Министра иностранных дел России С.В.Лаврова с коллегой", 0, "gent")
    assert mention is not None
    expected = ("С.В.Лавров", ("Министр иностранных дел",), "RU")
    assert expected == (
        mention.name,
        mention.titles,
        mention.country,
    )


def test_mention_with_two_titles_and_a_long_name() -> None:
    """Two titles joined by a comma, a two-word country, particles inside the name."""
    text = (
        "Наследным принцем, Председателем Совета министров Саудовской Аравии "
        "Мухаммедом Бен Сальманом Аль Саудом."
    )
    mention = read_mention(text, 0, "ablt")
    assert mention is not None
    expected = (
        "Мухаммед Бен Сальман Аль Сауд",
        ("Наследный принц", "Председатель Совета министров"),
        "SA",
    )
    assert expected == (mention.name, mention.titles, mention.country)


def test_mention_after_a_demonym() -> None:
    """ "кипрским коллегой X": the demonym gives the country, "коллега" no title."""
    mention = read_mention("кипрским коллегой Никосом Андреу.", 0, "ablt")
    assert mention is not None
    expected = ("Никос Андреу", (), "CY")
    assert expected == (mention.name, mention.titles, mention.country)


def test_mention_with_an_adjective_in_the_title() -> None:
    """A capitalised adjective after the title ("Патриархом Московским") is not the name."""
    mention = read_mention("с Патриархом Московским и всея Руси Кириллом.", 2, "ablt")
    assert mention is not None
    expected = ("Кирилл", ("Патриарх Московским и всея Руси",))
    assert expected == (mention.name, mention.titles)


def test_mention_after_a_possessive() -> None:
    """ "его сирийский коллега X": the possessive is skipped, the demonym gives the country."""
    mention = read_mention("его сирийский коллега Бассам Хадад поговорили", 0, "nomn")
    assert mention is not None
    expected = ("Бассам Хадад", (), "SY")
    assert expected == (mention.name, mention.titles, mention.country)


def test_mentions_in_a_list() -> None:
    """Several people in one list, each in the nominative."""
    found = read_mentions("Ивана Петрова, Олега Смирнова и Анны Ивановой", 0, "gent")
    expected = ["Иван Петров", "Олег Смирнов", "Анна Иванова"]
    assert expected == [m.name for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("с Секретарём ЦК Трудовой партии Кореи Ли Хи Ёном.", "Ли Хи Ён"),
        ("с Министром иностранных дел КНР Ван И.", "Ван И"),
        ("с Премьер-министром Армении Николом Пашиняном По итогам", "Никол Пашинян"),
    ],
)
def test_short_name_words(text: str, expected: str) -> None:
    """Short parts of a name stay ("Хи", "И" at the end); a preposition after a name ends it."""
    mention = read_mention(text, 2, "ablt")
    assert mention is not None
    assert expected == mention.name


def test_no_mention_without_a_name() -> None:
    """A side without a person ("с российской стороны") is no mention."""
    assert read_mention("российской стороны выражена поддержка", 0, "gent") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Президентом США", "US"),
        ("Премьер-министром Армении", "AM"),
        ("Министром иностранных дел Турецкой Республики", "TR"),
        ("по инициативе немецкой стороны", "DE"),
        ("Президентом Соединённых Штатов Америки", "US"),
        ("Совета министров", None),
    ],
)
def test_countries(text: str, code: str | None) -> None:
    """Countries from names in any case, abbreviations and demonyms."""
    assert code == country_in(text)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "20 мая состоятся переговоры Президента России с Президентом Чили",
            "an announcement of an event to come",
        ),
        ("Иван Петров назначен послом в Чили", "a decree or an appointment"),
        ("Поздравление с Днём учителя", "a greeting or an address"),
        ("Выступление на пленарном заседании форума", "a speech, statement or press conference"),
        ("Совещание с членами Правительства", "a meeting of a body or a ceremony, with no counterpart"),
        ("Телефонный разговор с Президентом Чили", None),
    ],
)
def test_genre(headline: str, expected: str | None) -> None:
    """Non-readouts are refused by their headline with the reason; a call is not."""
    assert expected == not_readout_reason(headline, ())


def test_furniture_lines_dropped() -> None:
    """A see-also link and a teaser question are not body paragraphs."""
    paragraphs = [
        "Состоялся разговор.",
        "Смотрите также: другая новость",
        "Что будет дальше?",
        "Стороны договорились.",
    ]
    expected = ("Состоялся разговор.", "Стороны договорились.")
    assert expected == strip_furniture(paragraphs)


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("Состоялся телефонный разговор Ивана Петрова с Президентом Чили Хавьером Ромеро.", "took-place"),
        ("Президент Чили Хавьер Ромеро провёл телефонный разговор с Иваном Петровым.", "subject"),
        ("Иван Петров принял в Кремле Президента Чили Хавьера Ромеро.", "received"),
        ("Иван Петров и Радж Шарма обсудили торговлю на встрече в Дели.", "subject"),
    ],
)
def test_opening_forms(sentence: str, form: str) -> None:
    """The three forms of an opening clause."""
    opening = find_opening([sentence])
    assert opening is not None
    expected = (sentence, form)
    assert expected == (opening.sentence, opening.form)


def test_headline_opening() -> None:
    """Without an opening sentence, a headline "Встреча с …" opens the report."""
    opening = find_opening(["Губернатор доложил о работе."], "Встреча с губернатором области Иваном Петровым")
    assert opening is not None
    expected = "headline"
    assert expected == opening.form


def test_principals_from_opening() -> None:
    """Both sides from "разговор A с B", the home country for A, and who asked."""
    body = [
        "Состоялся телефонный разговор Ивана Петрова с Премьер-министром Индии Раджем Шармой. "
        "Разговор состоялся по инициативе индийской стороны."
    ]
    opening = find_opening(body)
    principals = find_principals(None, opening, body, "RU")
    expected = [
        ("Иван Петров", "RU", (), False),
        ("Радж Шарма", "IN", ("Премьер-министр",), True),
    ]
    assert expected == [(p.name, p.country, p.titles, p.requested) for p in principals]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Состоялся телефонный разговор.", EventKind.PHONE_CALL),
        ("Прошли переговоры в режиме видеоконференции.", EventKind.VIDEO_CALL),
        ("В Кремле прошли переговоры.", EventKind.TALKS),
        ("В Кремле состоялась встреча.", EventKind.MEETING),
        ("Министры поговорили на полях конференции.", EventKind.MEETING),
    ],
)
def test_kinds(text: str, expected: EventKind) -> None:
    """The kind of event from the opening."""
    assert expected == event_kind(None, text)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("22 декабря 2020 года состоялся разговор.", (dt.date(2020, 12, 22), "text")),
        ("В среду, 11 ноября, состоялся разговор.", (dt.date(2026, 11, 11), "relative")),
        ("Сегодня состоялся разговор.", (dt.date(2026, 11, 12), "relative")),
        ("Накануне 20 ноября состоялся разговор.", (dt.date(2026, 11, 12), "published")),
        ("Состоялся разговор.", (dt.date(2026, 11, 12), "published")),
    ],
)
def test_event_dates(opening: str, expected: tuple[dt.date, str]) -> None:
    """A full date, a day and month, "сегодня"; a later date belongs to something else."""
    assert expected == event_date(opening, dt.date(2026, 11, 12))


def test_date_line_in_a_flattened_page() -> None:
    """A date with its time is the page's date line, and it ends a sentence."""
    text = "Разговор с Президентом 3 ноября 2026 года 17:40 Лидеры обсудили торговлю."
    expected = (
        dt.date(2026, 11, 3),
        ["Разговор с Президентом 3 ноября 2026 года 17:40", "Лидеры обсудили торговлю."],
    )
    assert expected == (page_date([text]), [text[a:b] for a, b in sentences(text)])


A = Participant("ivan", "Иван Петров", "RU", ("Президент",))
B = Participant("raj", "Радж Шарма", "IN", ("Премьер-министр",))


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.verb, s.text) for s in find_statements([text], (A, B))]


def test_topic_only_verbs_make_no_statement() -> None:
    """«Стороны обсудили» and «обменялись мнениями» are topic-only."""
    expected: list[tuple[str, str, str]] = []
    assert expected == _said("Стороны обсудили торговлю и обменялись мнениями о безопасности.")


def test_joint_subject_and_shared_subject() -> None:
    """Both sides speak through «Стороны»; a second verb after «и» keeps the subject."""
    expected = [
        (BOTH, "условились", "продолжать контакты"),
        (BOTH, "высказались за", "новые встречи."),
    ]
    assert expected == _said("Стороны условились продолжать контакты и высказались за новые встречи.")


def test_principal_by_name_title_and_pronoun() -> None:
    """A principal by surname, by title and country, and by pronoun."""
    text = (
        "Петров заявил, что диалог важен. Премьер-министр Индии подчеркнул значение торговли. "
        "Он также выразил благодарность."
    )
    expected = [
        ("ivan", "заявил", "диалог важен."),
        ("raj", "подчеркнул", "значение торговли."),
        ("raj", "выразил", "благодарность."),
    ]
    assert expected == _said(text)


def test_passives() -> None:
    """A passive with both sides as agent is a statement; an agentless one and one side's are not."""
    text = (
        "Отмечена польза контактов. С российской стороны выражена поддержка. "
        "С обеих сторон подтверждён интерес к торговле."
    )
    expected = [(BOTH, "подтверждён", "интерес к торговле.")]
    assert expected == _said(text)


def test_someone_else_is_no_speaker() -> None:
    """A spokesman's report is not a principal's statement."""
    expected: list[tuple[str, str, str]] = []
    assert expected == _said("Пресс-секретарь президента Олег Смирнов сообщил, что звонок готовился.")


def test_import_does_not_load_the_dictionary() -> None:
    """`import readoutlib` (and the pack's registration) does not import pymorphy3."""
    code = "import sys, readoutlib, readoutlib.languages; print('pymorphy3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    expected = "False"
    assert expected == out.stdout.strip()


def test_plural_verb_is_not_one_principals() -> None:
    """A post-posed impersonal "сообщили" does not make the principal before it a speaker."""
    expected: list[tuple[str, str, str]] = []
    assert expected == _said("Иван Петров провёл разговор с Раджем Шармой, сообщили в министерстве.")


def test_telephone_talks_are_a_call() -> None:
    """«телефонные переговоры» is a phone call, not talks."""
    expected = EventKind.PHONE_CALL
    assert expected == event_kind(None, "Министр провёл телефонные переговоры с коллегой.")


def test_addressed_opening() -> None:
    """ "направил послание главе … X": a message to an addressee in the dative, the sender the subject."""
    body = ["Иван Петров направил послание главе бразильского государства Паулу Соузе."]
    opening = find_opening(body)
    principals = find_principals(None, opening, body, "RU")
    expected = [("Иван Петров", "RU", ()), ("Паулу Соуза", "BR", ("глава бразильского государства",))]
    assert expected == [(p.name, p.country, p.titles) for p in principals]


@pytest.mark.parametrize(
    ("headline", "opening", "expected"),
    [
        ("Российско-китайские переговоры", "В Кремле началась беседа лидеров.", EventKind.TALKS),
        (
            "Лидеры обсудили торговлю — сначала по телефону",
            "Лидеры обсудили торговлю на встрече.",
            EventKind.MEETING,
        ),
        ("Встреча с губернатором области", "Встреча прошла в режиме видеоконференции.", EventKind.VIDEO_CALL),
    ],
)
def test_kind_of_headline_and_opening(headline: str, opening: str, expected: EventKind) -> None:
    """A headline that opens with the event names it; else the opening; a video call wins over both."""
    assert expected == event_kind(headline, opening)


def test_headline_that_is_an_opening_sentence() -> None:
    """A headline that reports the call ("X поговорил по телефону с Y") opens it when the body does not."""
    headline = "Иван Петров поговорил по телефону с премьер-министром Индии Раджем Шармой"
    opening = find_opening(["Лидеры обсудили торговлю."], headline)
    principals = find_principals(headline, opening, ["Лидеры обсудили торговлю."], "RU")
    expected = [("Иван Петров", "RU"), ("Радж Шарма", "IN")]
    assert expected == [(p.name, p.country) for p in principals]


def test_mentioned_people() -> None:
    """Others named after a title or by first name; a principal's shorter name and a tooltip are not."""
    from readoutlib.languages.ru.reader import mentioned_people

    body = [
        "Иван Петров передал привет Королю Хасану Бен Али Аль Тани. Петров Иван Сергеевич Президент "
        "Радж Шарма поблагодарил. Об этом сообщил пресс-секретарь президента Олег Смирнов."
    ]
    expected = ("Хасан Бен Али Аль Тани", "Олег Смирнов")
    assert expected == mentioned_people(body, (A, B))
