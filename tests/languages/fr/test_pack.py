"""The French pack on invented sentences and pages: one test per family of French readouts."""

from __future__ import annotations

import datetime as dt

import pytest

import readoutlib
from readoutlib.errors import NotAReadoutError
from readoutlib.evaluate import speaker_name
from readoutlib.languages.fr.people import read_mentions


def _read(text: str, url: str | None = None) -> readoutlib.Readout:
    return readoutlib.parse(text, url=url)


def _people(readout: readoutlib.Readout) -> list[tuple[str, str | None]]:
    return [(p.name, p.country) for p in readout.event.participants]


def _said(readout: readoutlib.Readout) -> list[tuple[str, str, int, str]]:
    return [
        (speaker_name(readout, s), s.verb, s.paragraph, " ".join(s.text.split()[:4]))
        for s in readout.statements
    ]


CALL = """Entretien de Mme Ana Ruiz avec M. Tom Reed

Mme Ana Ruiz, ministre de l’Europe et des affaires étrangères, s’est entretenue le 3 mai 2024 par téléphone \
avec son homologue des États-Unis d’Amérique, M. Tom Reed.

Les deux ministres ont réaffirmé leur soutien à la paix. Ils ont évoqué la situation et rappelé leur \
attachement au droit.

La ministre a souligné que la coopération restait forte.
"""


def test_a_call_is_read_whole() -> None:
    """The opening's two sides with their countries (a national office, "des États-Unis"), the date
    and kind, and statements of both sides and of one side named by her title."""
    readout = _read(CALL)
    got = (
        readout.source.language,
        readout.event.kind.value,
        readout.event.date,
        _people(readout),
        _said(readout),
    )
    expected = (
        "fr",
        "phone_call",
        dt.date(2024, 5, 3),
        [("Ana Ruiz", "FR"), ("Tom Reed", "US")],
        [
            ("both", "réaffirmé", 1, "leur soutien à la"),
            ("both", "rappelé", 1, "leur attachement au droit."),
            ("Ana Ruiz", "souligné", 2, "la coopération restait forte."),
        ],
    )
    assert expected == got


def test_homologue_is_no_title() -> None:
    """ "son homologue" tells who the person is to the other side, not their office."""
    readout = _read(CALL)
    assert readout.event.participants[1].titles == ()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "Message de condoléances du Président de la République\n\nC’est avec émotion que j’ai appris …",
            "message",
        ),
        ("Discours du Premier ministre devant l'Assemblée\n\nMesdames et Messieurs, …", "speech"),
        (
            "Le ministre se rendra à Accra\n\nLe ministre se rendra à Accra la semaine prochaine.",
            "announcement",
        ),
    ],
)
def test_pages_that_are_not_readouts_are_refused(text: str, reason: str) -> None:
    """Messages, speeches and announcements of an event to come are refused with the reason."""
    with pytest.raises(NotAReadoutError) as caught:
        _read(text)
    assert reason in caught.value.reason


def test_a_weekday_is_read_against_the_url_date() -> None:
    """ "ce samedi" is the last Saturday on or before the page's date (here its URL's)."""
    text = (
        "Le ministre des affaires étrangères du Ghana, Kofi Mensah, a reçu, ce samedi, un appel téléphonique "
        "du secrétaire d’Etat américain, Tom Reed.\n"
    )
    readout = _read(text, url="https://example.org/2024/01/10/appel")
    assert (dt.date(2024, 1, 6), "relative") == (readout.event.date, readout.event.date_basis)


@pytest.mark.parametrize(
    "sentence",
    [
        "La ministre et le Secrétaire d’État ont réaffirmé leur volonté de coopérer.",
        "À la suite du voyage du Président en Asie, la ministre et le Secrétaire d’État ont réaffirmé leur "
        "volonté de coopérer.",
    ],
)
def test_two_offices_joined_by_et_speak_for_both(sentence: str) -> None:
    """ "la ministre et le Secrétaire d'État ont réaffirmé": two offices coordinated are both sides,
    even where the opening gave one of them no title ("son homologue"), and after a fronted clause."""
    readout = _read(CALL + "\n" + sentence + "\n")
    assert _said(readout)[-1] == ("both", "réaffirmé", 3, "leur volonté de coopérer.")


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a dateline's place is no person
        (
            "Dakar, 13 janvier (Agence) – Le ministre sénégalais des Affaires étrangères, Awa Ndiaye, a eu "
            "un "
            "entretien avec son homologue malien, Issa Traoré.",
            [("Awa Ndiaye", "SN"), ("Issa Traoré", "ML")],
        ),
        # a dateline in capitals opening the report, agency or not, is no person
        (
            "LYON (Agence) - Paul Martin s'est entretenu jeudi avec le président malien Issa Traoré.",
            [("Paul Martin", None), ("Issa Traoré", "ML")],
        ),
        (
            "SAINT-DENIS – Le ministre grec Nikos Pappas s'est entretenu avec Ali Demir.",
            [("Nikos Pappas", "GR"), ("Ali Demir", None)],
        ),
        (
            "NEW YORK, 4 avril - Paul Martin a reçu Ivan Petrov.",
            [("Paul Martin", None), ("Ivan Petrov", None)],
        ),
        # an agency named in parentheses, or after a post-posed "a indiqué", is no person
        (
            "(AGENCE) - Le ministre turc Ali Demir s'est entretenu lundi avec le ministre grec Nikos Pappas, "
            "a indiqué l’agence de presse Anka.",
            [("Ali Demir", "TR"), ("Nikos Pappas", "GR")],
        ),
        # a fronted clause's adjective ("de la partie française") is no one's country
        (
            "Lors d’un entretien qui a eu lieu lundi à l’initiative de la partie française, Ivan Petrov et "
            "Paul Martin ont échangé leurs vues.",
            [("Ivan Petrov", None), ("Paul Martin", None)],
        ),
        # a demonym between "ministre" and its portfolio, and a misspelt portfolio, stay in the title
        (
            "Le ministre russe des Affaire étrangères, Ivan Petrov, et son homologue français, Paul Martin, "
            "se sont entretenus.",
            [("Ivan Petrov", "RU"), ("Paul Martin", "FR")],
        ),
    ],
)
def test_who_the_opening_names(sentence: str, names: list[tuple[str, str]]) -> None:
    """Only people are named: places in datelines and agencies are not; each with their country."""
    assert names == [(m.name, m.country) for m in read_mentions(sentence)]


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Le ministre russe des Affaires étrangères, Ivan Petrov, a reçu M. Paul Martin.",
            "ministre des Affaires étrangères",
        ),
        (
            "Le ministre des Affaires étrangères de la République de Turquie, Ali Demir, a reçu "
            "M. Paul Martin.",
            "ministre des Affaires étrangères",
        ),
    ],
)
def test_a_title_is_written_without_its_country(sentence: str, title: str) -> None:
    """The country an office names (an adjective, "de la République de Turquie") is cut from the title."""
    assert (title,) == read_mentions(sentence)[0].titles


def test_names_after_an_opening_that_names_offices_only() -> None:
    """ "Le ministre russe … et son homologue français ont abordé … lors d'un entretien téléphonique":
    the names come in the next paragraph, the countries from the opening's offices, in order."""
    text = (
        "Le ministre russe des Affaires étrangères et son homologue français ont abordé ce jeudi lors d’un "
        "entretien téléphonique de nombreux sujets.\n\n"
        "Lors de cet entretien, Ivan Petrov et Paul Martin ont échangé leurs points de vue sur la "
        "situation.\n"
    )
    assert _people(_read(text)) == [("Ivan Petrov", "RU"), ("Paul Martin", "FR")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Madrid et Washington ont réclamé la reprise immédiate des pourparlers.",
        "Selon le communiqué, Madrid et Washington ont réclamé la reprise immédiate des pourparlers.",
    ],
)
def test_two_capitals_joined_by_et_speak_for_both(sentence: str) -> None:
    """ "Madrid et Washington ont réclamé": two one-word proper names joined by "et" (the two sides'
    capitals) are both sides."""
    readout = _read(CALL + "\n" + sentence + "\n")
    assert _said(readout)[-1] == ("both", "réclamé", 3, "la reprise immédiate des")


def test_a_lower_case_pair_is_no_subject_of_both() -> None:
    """ "la paix et la sécurité ont été évoquées": common nouns joined by "et" name no side."""
    readout = _read(CALL + "\nLa paix et la sécurité ont réclamé leur attention.\n")
    assert len(_said(readout)) == 3


def test_a_pair_of_countries_gives_the_principal_without_one_the_other() -> None:
    """ "la coopération entre le Ghana et le Portugal": one principal is Portuguese, so the other,
    whom the page gives no country, is Ghana's."""
    text = (
        "Kofi Mensah a été l’hôte ce mardi du Président portugais Rui Costa.\n\n"
        "Les deux dirigeants ont passé en revue la coopération entre le Ghana et le Portugal.\n"
    )
    assert _people(_read(text)) == [("Kofi Mensah", "GH"), ("Rui Costa", "PT")]


def test_an_office_and_demonym_after_the_opening_is_its_subject() -> None:
    """ "Le chef de l'État malien s'est réjoui de son entretien avec son homologue portugais": the
    sentence after the opening speaks of its subject by office and demonym, of the other as "son
    homologue"; both take those countries, and the statement is the subject's."""
    text = (
        "Le Président Amadou Traoré a eu un tête à tête avec le Président Rui Costa. "
        "Le chef de l’État malien s’est réjoui de son entretien avec son homologue portugais, "
        "au cours duquel ils ont évoqué la paix.\n"
    )
    readout = _read(text)
    assert _people(readout) == [("Amadou Traoré", "ML"), ("Rui Costa", "PT")]
    assert _said(readout)[0] == ("Amadou Traoré", "réjoui de", 0, "son entretien avec son")


@pytest.mark.parametrize(
    ("url", "country"),
    [("https://journal.example.ml/2024/01/10/appel", "ML"), ("https://journal.example.com/appel", None)],
)
def test_a_principal_with_no_country_is_the_domain_state(url: str, country: str | None) -> None:
    """A principal the page gives no state is the state of the page's country-code domain (a
    Malian paper's minister), never of a generic one (".com")."""
    text = (
        "Le ministre des affaires étrangères, Amadou Traoré, a reçu, ce samedi, un appel téléphonique "
        "du secrétaire d’Etat américain, Tom Reed.\n"
    )
    assert _people(_read(text, url=url)) == [("Amadou Traoré", country), ("Tom Reed", "US")]


def test_a_joint_agreement_then_the_call_named_after_it_is_a_call() -> None:
    """A news agency's lead names both sides as the joint subject of an agreement ("sont convenus")
    and only the next sentence names the call, by a noun with no names ("La conversation
    téléphonique entre les deux dirigeants"): the lead's subjects are the sides of that call."""
    text = (
        "Les présidents portugais Rui Costa et malien Amadou Traoré sont convenus jeudi de "
        "la nécessité d’une trêve, a annoncé la présidence portugaise.\n\n"
        "La conversation téléphonique entre les deux dirigeants a permis de s’entendre sur la paix.\n"
    )
    readout = _read(text)
    assert (readout.event.kind.value, _people(readout)) == (
        "phone_call",
        [("Rui Costa", "PT"), ("Amadou Traoré", "ML")],
    )


def test_a_joint_agreement_with_no_event_named_is_no_readout() -> None:
    """The same agreement with no call, meeting or talks named after it reports no event."""
    text = (
        "Les présidents portugais Rui Costa et malien Amadou Traoré sont convenus jeudi de "
        "la nécessité d’une trêve, a annoncé la présidence portugaise.\n\n"
        "Les combats ont repris dans le nord du pays.\n"
    )
    with pytest.raises(NotAReadoutError):
        _read(text)


def test_a_headline_exchange_between_two_named_people_then_the_call_named() -> None:
    """A news headline names the event only as "un échange … entre A et B" and the body's first
    sentence names its channel ("L'entretien téléphonique a duré …"): a call between them."""
    text = (
        "Crise au Sahel : un échange d'une heure entre Rui Costa et Amadou Traoré\n\n"
        "L'entretien téléphonique a duré plus d'une heure. Le président portugais a réitéré "
        "son appel à la trêve.\n"
    )
    readout = _read(text)
    assert (readout.event.kind.value, [name for name, _ in _people(readout)]) == (
        "phone_call",
        ["Rui Costa", "Amadou Traoré"],
    )


def test_two_principals_with_no_country_take_no_domain_state() -> None:
    """Where neither principal has a state named, the country-code domain cannot tell which one is
    its state's: neither takes it (a French channel's report of a French-Russian call gave both
    France)."""
    text = (
        "Un échange d'une heure entre Rui Costa et Amadou Traoré\n\n"
        "L'entretien téléphonique a duré une heure.\n"
    )
    assert _people(_read(text, url="https://journal.example.ml/2024/01/10/appel")) == [
        ("Rui Costa", None),
        ("Amadou Traoré", None),
    ]


def test_a_joint_agreement_of_unnamed_sides_is_no_opening() -> None:
    """An agreement whose subject names no two people ("Les ministres de l'Union sont convenus …")
    opens nothing, even with exchanges named after it: a joint opening names both sides."""
    text = (
        "Les ministres de l’Union sont convenus lundi de nouvelles mesures contre la fraude.\n\n"
        "Les échanges ont été vifs entre les délégations.\n"
    )
    with pytest.raises(NotAReadoutError):
        _read(text)
