"""The German pack on invented sentences and pages: one test per family of German readouts."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.evaluate import speaker_name
from readoutlib.languages.de.people import read_mentions


def _read(text: str, url: str | None = None) -> readoutlib.Readout:
    return readoutlib.parse(text, url=url)


def _people(readout: readoutlib.Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def _said(readout: readoutlib.Readout) -> list[tuple[str, str, int, str]]:
    return [
        (speaker_name(readout, s), s.verb, s.paragraph, " ".join(s.text.split()[:4]))
        for s in readout.statements
    ]


CALL = """Bundeskanzlerin Ruth Keller telefoniert mit dem polnischen Präsidenten

Berlin, 3. Mai 2024

Bundeskanzlerin Ruth Keller hat heute mit dem polnischen Präsidenten Jan Nowak telefoniert. Die beiden \
Politiker sprachen über die Lage in der Region.

Die Bundeskanzlerin betonte die Bedeutung der Zusammenarbeit. Präsident Nowak dankte für die Unterstützung.

Beide vereinbarten, in engem Kontakt zu bleiben.
"""


def test_a_call_is_read_whole() -> None:
    """The opening's two sides with their countries (a federal office, an adjective), the date from
    "heute" and the date line, the kind, and statements of each side and of both."""
    readout = _read(CALL)
    got = (
        readout.source.language,
        readout.event.kind.value,
        readout.event.date,
        _people(readout),
        _said(readout),
    )
    expected = (
        "de",
        "phone_call",
        dt.date(2024, 5, 3),
        [("Ruth Keller", "DE"), ("Jan Nowak", "PL")],
        [
            ("Ruth Keller", "betonte", 1, "die Bedeutung der Zusammenarbeit."),
            ("Jan Nowak", "dankte für", 1, "die Unterstützung."),
            ("both", "vereinbarten", 2, "in engem Kontakt zu"),
        ],
    )
    assert expected == got


@pytest.mark.parametrize(
    "page",
    [
        "Kondolenzschreiben des Bundespräsidenten\n\nSehr geehrter Herr Präsident,\n\nmit großer Trauer "
        "habe ich vom Tod Ihres Amtsvorgängers erfahren.\n",
        "Erstes Treffen für Montag geplant\n\nDie Außenministerin will am Montag ihren Amtskollegen Jan "
        "Nowak in Warschau treffen, teilte ein Sprecher mit.\n",
    ],
)
def test_messages_and_announcements_are_refused(page: str) -> None:
    """A condolence letter and a meeting announced for later are no readouts."""
    with pytest.raises(NotAReadoutError):
        _read(page)


def test_a_teaser_restating_the_opening_is_no_body_paragraph() -> None:
    """A spokesperson's teaser above the report that restates its opening, and a photo caption, are
    no body paragraphs: the body starts where the report does."""
    page = (
        "Bundeskanzlerin Keller telefoniert mit Präsident Nowak\n\n"
        "Der Regierungssprecher teilt mit: Bundeskanzlerin Ruth Keller hat heute mit dem polnischen "
        "Präsidenten Jan Nowak "
        "telefoniert.\n\n"
        "Bundeskanzlerin Ruth Keller hat heute mit dem polnischen Präsidenten Jan Nowak "
        "telefoniert.\n\n"
        "Die Bundeskanzlerin betonte die Bedeutung der Zusammenarbeit.\n"
    )
    expected = [("Ruth Keller", "betonte", 1, "die Bedeutung der Zusammenarbeit.")]
    assert expected == _said(_read(page))


def test_the_opening_is_where_the_report_starts() -> None:
    """A caption above the opening paragraph is no body paragraph."""
    page = (
        "Besuch des polnischen Präsidenten\n\n3. Mai 2024\n\n"
        "Bundespräsidentin Eva Huber hat am 3. Mai den polnischen Präsidenten Jan Nowak empfangen.\n\n"
        "Präsident Jan Nowak - Bundespräsidentin Eva Huber begrüßt den Gast vor dem Schloss\n\n"
        "Bundespräsidentin Eva Huber hat am 3. Mai den polnischen Präsidenten Jan Nowak empfangen. "
        "Die Bundespräsidentin würdigte die guten Beziehungen.\n"
    )
    expected = [("Eva Huber", "würdigte", 0, "die guten Beziehungen.")]
    assert expected == _said(_read(page))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Kanzler empfing den Präsidenten der Russischen Föderation, Ivan Petrow, in Berlin.",
            ("Ivan Petrow", "RU"),
        ),
        (
            "Sie empfing die Bundespräsidentin der Republik Österreich, Eva Huber, im Schloss.",
            ("Eva Huber", "AT"),
        ),
    ],
)
def test_the_state_after_an_office_is_its_country_not_a_name(
    sentence: str, expected: tuple[str, str]
) -> None:
    """An office followed by its state and the name in apposition: the state (with its form,
    "Föderation", "Republik") is the country, the name after the comma the person."""
    mention = read_mentions(sentence)[-1]
    assert expected == (mention.name, mention.country)


def test_the_pope_is_the_holy_sees() -> None:
    """The Pope's office is one state's."""
    expected = [("Franziskus", "VA")]
    got = [(m.name, m.country) for m in read_mentions("Papst Franziskus empfing ihn.")]
    assert expected == got


def test_an_office_with_no_state_is_the_publishers() -> None:
    """On a state's own site (its country-code domain) a principal whose office names no state is
    that state's; a federal office of the three German-speaking states stays Germany's there."""
    page = (
        "Telefongespräch\n\n"
        "Staatspräsident Paul Morel hat am 3. Mai 2024 mit Bundeskanzlerin Ruth Keller telefoniert.\n\n"
        "Sie sprachen über Europa.\n"
    )
    readout = _read(page, url="https://www.example.fr/de/telefongespraech")
    expected = [("Paul Morel", "FR"), ("Ruth Keller", "DE")]
    assert expected == _people(readout)


def test_a_pronoun_with_a_plural_verb_speaks_for_both() -> None:
    """ "Sie stimmten überein", "äußerten sie sich … und betonten": both sides."""
    page = (
        "Telefonat\n\n"
        "Bundeskanzlerin Ruth Keller hat am 3. Mai 2024 mit dem polnischen Präsidenten Jan Nowak "
        "telefoniert.\n\n"
        "Sie stimmten darin überein, dass der Dialog weitergehen müsse. Außerdem äußerten sie sich zur Lage "
        "im Osten und betonten die Notwendigkeit einer Lösung.\n"
    )
    expected = [
        ("both", "stimmten überein", 1, "der Dialog weitergehen müsse."),
        ("both", "betonten", 1, "die Notwendigkeit einer Lösung."),
    ]
    assert expected == _said(_read(page))


def test_reported_agreement_starts_after_a_quoted_dass() -> None:
    """ "Sie seien sich einig gewesen, „dass …": the content starts after the quote mark and "dass"."""
    page = (
        "Telefonat\n\n"
        "Bundeskanzlerin Ruth Keller hat am 3. Mai 2024 mit dem polnischen Präsidenten Jan Nowak "
        "telefoniert.\n\n"
        "Sie seien sich einig gewesen, „dass eine enge Abstimmung nötig ist“, sagte ein Sprecher.\n"
    )
    expected = [("both", "seien sich einig gewesen", 1, "eine enge Abstimmung nötig")]
    assert expected == _said(_read(page))


def test_a_passive_or_a_greeting_is_no_statement() -> None:
    """ "waren … eingeladen" (a passive) and "begrüßte den Präsidenten" (a greeting of the other side)
    report nothing said."""
    page = (
        "Besuch\n\n"
        "Bundespräsidentin Eva Huber hat am 3. Mai 2024 den polnischen Präsidenten Jan Nowak empfangen. "
        "Am Vormittag begrüßte die Bundespräsidentin Präsident Nowak vor dem Schloss. Am Abend waren Nowak "
        "und seine Frau zu einem Essen eingeladen.\n"
    )
    expected = []
    assert expected == _said(_read(page))


def test_a_separable_verb_is_read_with_its_particle() -> None:
    """ "lud … ein" and "fügte augenzwinkernd hinzu, …": the verb with its particle; content after
    the particle's comma."""
    page = (
        "Telefonat\n\n"
        "Bundeskanzlerin Ruth Keller hat am 3. Mai 2024 mit dem polnischen Präsidenten Jan Nowak "
        "telefoniert.\n\n"
        "Die Bundeskanzlerin lud den Präsidenten zu einem Besuch nach Berlin ein. Sie fügte lachend hinzu, "
        "sie freue sich darauf.\n"
    )
    expected = [
        ("Ruth Keller", "lud ein", 1, "den Präsidenten zu einem"),
        ("Ruth Keller", "fügte hinzu", 1, "sie freue sich darauf."),
    ]
    assert expected == _said(_read(page))


@pytest.mark.parametrize(
    "opening",
    [
        "Bundeskanzlerin Ruth Keller und der polnische Präsident Jan Nowak haben heute bei einem Telefonat "
        "über die Lage in der Region und die Vorbereitung des nächsten Gipfels gesprochen.",
        "Bundespräsidentin Eva Huber hat am 3. Mai 2024 den Präsidenten der Republik Polen, Jan Nowak, "
        "mit militärischen Ehren vor dem Schloss im Park der Residenz empfangen.",
    ],
)
def test_long_perfect_openings_are_read(opening: str) -> None:
    """ "haben … bei einem Telefonat über … gesprochen" and a "hat … empfangen" clause of twenty words
    report the event."""
    readout = _read(f"Meldung\n\n{opening}\n", url="https://www.example.de/x")
    expected = ["Jan Nowak"]
    assert expected == [p.name for p in readout.event.participants][1:]


def test_the_office_word_names_the_principal_with_the_compound_title() -> None:
    """ "Der Präsident und die Bundeskanzlerin vereinbarten": "Der Präsident" is the principal titled
    "Staatspräsident"; with the Chancellor, both sides."""
    page = (
        "Telefonat\n\n"
        "Staatspräsident Paul Morel hat am 3. Mai 2024 mit Bundeskanzlerin Ruth Keller telefoniert.\n\n"
        "Der Präsident und die Bundeskanzlerin vereinbarten, eng zusammenzuarbeiten.\n"
    )
    expected = [("both", "vereinbarten", 1, "eng zusammenzuarbeiten.")]
    assert expected == _said(_read(page))


@pytest.mark.parametrize(
    ("page", "place"),
    [
        (
            "Audienz\n\nRom, 4. März 2023\n\nVatikanstadt. Am Vormittag des 3. März empfing Papst "
            "Franziskus den polnischen Präsidenten Jan Nowak zu einer Audienz.\n",
            "Vatikanstadt",
        ),
        (
            "Präsidentin Eva Huber in Warschau\n\n4. März 2023\n\nBundespräsidentin Eva Huber reiste "
            "am 3. März zu einem Besuch nach Polen, wo sie von Präsident Jan Nowak empfangen wurde.\n",
            "Warschau",
        ),
    ],
)
def test_a_meetings_place_is_its_dateline_or_the_headlines(page: str, place: str) -> None:
    """A dateline's place before the opening ("Vatikanstadt. Am …"), or a headline's "… in Warschau",
    is where a meeting or visit took place."""
    assert place == _read(page).event.location


def test_an_office_and_its_honorific_are_no_dateline() -> None:
    """ "Bundespräsident Dr. Eva Huber reiste …" opens with an office, not a dateline's place: the
    headline's "in Warschau" is the place."""
    page = (
        "Bundespräsidentin Dr. Eva Huber in Warschau\n\n4. März 2023\n\nBundespräsidentin Dr. Eva Huber "
        "reiste am 3. März zu einem Besuch nach Polen, wo sie von Präsident Jan Nowak empfangen wurde.\n"
    )
    expected = "Warschau"
    assert expected == _read(page).event.location


def test_a_post_posed_report_starts_where_the_reported_words_do() -> None:
    """ "…, sagte Bundespräsidentin Huber." after two sentences of her words: the statement starts at
    the paragraph's start."""
    page = (
        "Besuch\n\n"
        "Bundespräsidentin Eva Huber hat am 3. Mai 2024 den polnischen Präsidenten Jan Nowak empfangen.\n\n"
        "Unsere Länder sind eng verbunden. Auch in Europa arbeiten wir gut zusammen, sagte Bundespräsidentin "
        "Huber.\n"
    )
    expected = [("Eva Huber", "sagte", 1, "Unsere Länder sind eng")]
    assert expected == _said(_read(page))


@pytest.mark.parametrize(
    "opening",
    [
        "Die Außenministerin Ruth Keller und der polnische Außenminister Jan Nowak haben in ihrem "
        "Telefongespräch am 3. Mai 2024 vereinbart, den Dialog fortzusetzen.",
        "Am 3. Mai 2024 fand ein Telefongespräch der Außenministerin Ruth Keller mit dem polnischen "
        "Außenminister Jan Nowak statt.",
        "Die Außenministerin Ruth Keller und der polnische Außenminister Jan Nowak wollen sich bald treffen. "
        "Das vereinbarten die beiden am 3. Mai 2024 in einem Telefonat.",
    ],
)
def test_a_call_reported_by_what_was_agreed_in_it_or_that_it_took_place(opening: str) -> None:
    """ "haben in ihrem Telefongespräch … vereinbart", "fand ein Telefongespräch … statt", "Das
    vereinbarten die beiden in einem Telefonat" (after the sentence that names them) report the call."""
    readout = _read(f"Meldung\n\n{opening}\n", url="https://www.example.de/x")
    expected = ("phone_call", ["Ruth Keller", "Jan Nowak"])
    assert expected == (readout.event.kind.value, [p.name for p in readout.event.participants])


def test_a_bare_genitive_state_after_an_office_is_its_country() -> None:
    """ "des Außenministers Russlands, Ivan Petrow,": the genitive is the state, the name follows."""
    mention = read_mentions("Es sprach der Außenminister Russlands, Ivan Petrow, mit ihr.")[-1]
    expected = ("Ivan Petrow", "RU", ("Außenminister",))
    assert expected == (mention.name, mention.country, mention.titles)


def test_a_name_that_ends_its_sentence_keeps_its_last_word() -> None:
    """ "… dem polnischen Staatspräsidenten Jan Nowak." : the full stop ends the sentence, not the name."""
    expected = [("Jan Nowak", "PL")]
    got = [(m.name, m.country) for m in read_mentions("Er traf den polnischen Staatspräsidenten Jan Nowak.")]
    assert expected == got


def test_any_compound_office_introduces_a_name() -> None:
    """ "Interimskanzler", "Parlamentspräsidentin": compounds ending in an office are offices."""
    text = "Sie empfing Interimskanzler Paul Weber und Parlamentspräsidentin Eva Huber."
    expected = [("Paul Weber", "Interimskanzler"), ("Eva Huber", "Parlamentspräsidentin")]
    assert expected == [(m.name, m.titles[0]) for m in read_mentions(text)]


def test_a_principal_the_opening_names_by_surname_takes_the_office_given_before() -> None:
    """ "Bundespräsidentin Eva Huber hält … Kontakt. … empfing Huber am Dienstag Interimskanzler Paul
    Weber": both are principals; the one named later in the paragraph is not."""
    page = (
        "Meldung\n\n"
        "Bundespräsidentin Eva Huber hält dieser Tage engen Kontakt mit der Regierung. Wie ihr Büro "
        "mitteilte, empfing Huber am Dienstag Interimskanzler Paul Weber in der Hofburg. Zuvor hatte sie mit "
        "Finanzminister Karl Brandt gesprochen.\n"
    )
    expected = ["Eva Huber", "Paul Weber"]
    assert expected == sorted(p.name for p in _read(page, url="https://www.example.at/x").event.participants)


def test_advocating_and_sharing_a_concern_are_statements() -> None:
    """ "warb Huber für …", "hätten … die Sorge … geteilt": statements; "teilte … mit" is none."""
    page = (
        "Telefonat\n\n"
        "Bundeskanzlerin Ruth Keller hat am 3. Mai 2024 mit dem polnischen Präsidenten Jan Nowak "
        "telefoniert. Das teilte ein Sprecher am Abend mit.\n\n"
        "Die Bundeskanzlerin und der Präsident hätten die Sorge um die Lage geteilt. Auf einer Messe warb "
        "Keller für die Werte Europas.\n"
    )
    expected = [
        ("both", "geteilt", 1, "die Sorge um die"),
        ("Ruth Keller", "warb für", 1, "die Werte Europas."),
    ]
    assert expected == _said(_read(page))


def test_the_foreign_offices_greeting_is_no_headline() -> None:
    """ "Willkommen auf den Seiten des Auswärtigen Amts" is the site's, not the page's headline."""
    page = (
        "Willkommen auf den Seiten des Auswärtigen Amts\n\nBundespräsidentin Huber in Warschau\n\n"
        "Am 3. Mai 2024 reiste Bundespräsidentin Eva Huber zu einem Besuch nach Warschau, wo sie "
        "Präsident Jan Nowak traf.\n"
    )
    expected = "Bundespräsidentin Huber in Warschau"
    assert expected == _read(page).title


def test_a_clause_after_a_comma_with_its_content_after_the_subject_is_no_post_posed_report() -> None:
    """ "Auf der Messe, die … stand, warb Huber für …": the verb after a comma reports what follows it."""
    page = (
        "Besuch\n\n"
        "Bundespräsidentin Eva Huber hat am 3. Mai 2024 den polnischen Präsidenten Jan Nowak empfangen.\n\n"
        "Auf der Messe, die unter einem Motto stand, warb Huber für die Werte Europas.\n"
    )
    expected = [("Eva Huber", "warb für", 1, "die Werte Europas.")]
    assert expected == _said(_read(page))


def test_the_call_a_thing_was_agreed_in_is_the_channel() -> None:
    """ "haben in ihrem Telefongespräch vereinbart, eine Videokonferenz vorzubereiten": a phone call; the
    video conference is what they prepare."""
    page = (
        "Meldung\n\n"
        "Die Außenministerin Ruth Keller und der polnische Außenminister Jan Nowak haben in ihrem "
        "Telefongespräch am 3. Mai 2024 vereinbart, eine Videokonferenz der Minister vorzubereiten.\n"
    )
    expected = "phone_call"
    assert expected == _read(page).event.kind.value


def test_the_subject_is_the_principal_before_mit_and_a_later_participle_shares_it() -> None:
    """ "Keller hat in einem Telefonat mit Präsident Nowak dessen Wahlsieg gratuliert und die
    Partnerschaft betont": Keller's two statements; "Nowak äußerte, dass …" his."""
    page = (
        "Telefonat\n\n"
        "Bundeskanzlerin Ruth Keller hat in einem Telefonat mit dem polnischen Präsidenten Jan Nowak dessen "
        "Wahlsieg gratuliert und die Bedeutung der Partnerschaft betont.\n\n"
        "Nowak äußerte außerdem, dass er bald nach Berlin reisen wolle.\n"
    )
    expected = [
        ("Ruth Keller", "gratuliert", 0, "in einem Telefonat mit"),
        ("Ruth Keller", "betont", 0, "und die Bedeutung der"),
        ("Jan Nowak", "äußerte", 1, "er bald nach Berlin"),
    ]
    assert expected == _said(_read(page))


def test_a_participle_after_a_prepositional_phrase_reports_what_follows_and_a_quote_is_its_own() -> None:
    """ "Keller hatte in ihrer Rede erklärt, …": the content follows the participle (a phrase after a
    preposition is no object); "„…“, sagte sie." after another sentence starts at the quote."""
    page = (
        "Telefonat\n\n"
        "Bundeskanzlerin Ruth Keller hat am 3. Mai 2024 mit dem polnischen Präsidenten Jan Nowak "
        "telefoniert.\n\n"
        "Keller hatte am Mittwoch in ihrer Rede erklärt, die Beziehungen stärken zu wollen. Sie nannte dafür "
        "Gründe. „Polen ist uns nah“, sagte sie.\n"
    )
    expected = [
        ("Ruth Keller", "erklärt", 1, "die Beziehungen stärken zu"),
        ("Ruth Keller", "sagte", 1, "„Polen ist uns nah“,"),
    ]
    assert expected == _said(_read(page))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Präsidenten Polens und Ungarns, Jan Nowak und Péter Szabó, haben am Montag telefoniert.",
            [("Jan Nowak", "PL", ("Präsident",)), ("Péter Szabó", "HU", ("Präsident",))],
        ),
        (
            "Die Außenminister Spaniens und Portugals, Ana Ruiz und Rui Costa, haben sich getroffen.",
            [("Ana Ruiz", "ES", ("Außenminister",)), ("Rui Costa", "PT", ("Außenminister",))],
        ),
    ],
)
def test_one_office_of_two_states_then_two_names_is_two_people(
    sentence: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    """ "Die Außenminister Spaniens und Portugals, Ana Ruiz und Rui Costa,": the office is both
    people's, the states in the order of the names."""
    assert expected == [(m.name, m.country, m.titles) for m in read_mentions(sentence)]


@pytest.mark.parametrize("pronoun", ["Das", "Dies"])
def test_das_before_the_verb_reports_the_sentence_before(pronoun: str) -> None:
    """ "Beide wollen sich bald treffen. Das vereinbarten die beiden in einem Telefonat.": the
    demonstrative before the verb stands for the sentence before it, which is what was agreed."""
    text = (
        CALL + f"\nRuth Keller und Jan Nowak wollen sich bald treffen. {pronoun} vereinbarten die beiden.\n"
    )
    expected = ("both", "vereinbarten", 3, "Ruth Keller und Jan")
    assert expected == _said(_read(text))[-1]


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("Über den raschen Besuch freute sich Präsident Nowak sehr.", "freute sich über"),
        ("Für die lange Unterstützung dankte Präsident Nowak.", "dankte für"),
    ],
)
def test_a_fronted_object_gives_the_verb_its_preposition(sentence: str, verb: str) -> None:
    """ "Über den Besuch freute sich X": the preposition fronted with its object is the verb's."""
    got = _said(_read(CALL + "\n" + sentence + "\n"))[-1]
    assert (got[0], got[1], got[2]) == ("Jan Nowak", verb, 3)
