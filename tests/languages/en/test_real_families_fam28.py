"""Statement recall families of issue #8, task fam28 (attributed statements the parser missed), each on
invented text."""

from __future__ import annotations

from tests.languages.en.layout_kit import page_statements as _statements


def test_a_social_channel_invitation_is_no_body_paragraph() -> None:
    """'Follow us on Instagram and subscribe to our Telegram channel …' above the dateline is the news
    site's furniture: counted as paragraph 0 it moved every statement one paragraph down."""
    found = _statements(
        "Prime Minister Lind receives call from Premier Otto",
        "Follow us on Instagram and subscribe to our Telegram channel for the latest updates.",
        "OSLAND, March 3 — Prime Minister Ana Lind received a telephone call from Premier Tomas Otto of "
        "Vastria today.",
        "Ana Lind and Tomas Otto both expressed their commitment to deepen trade between the two countries.",
    )
    assert found == [(1, "both", "expressed", "their commitment to deepen trade between the two countries.")]


def test_a_photo_credit_closed_by_a_full_stop_still_ends_a_caption() -> None:
    """'… with Ambassador Otto. Image: Vastrian Foreign Ministry.': the caption's credit may end with a
    full stop; read as a body paragraph, it moved the statements below it."""
    found = _statements(
        "Minister Lind meets Ambassador Otto",
        "Lind with Ambassador Otto. Image: Vastrian Foreign Ministry.",
        "The Minister of Foreign Affairs of Vastria, Ana Lind, held a meeting with Ambassador Tomas Otto of "
        "Osland in Vastria City on 3 March 2023.",
        "Minister Lind and Ambassador Otto agreed on the importance of deeper trade ties.",
    )
    assert found == [(1, "both", "agreed on", "the importance of deeper trade ties.")]


def test_a_point_of_the_event_fronted_without_a_comma_leaves_the_subject() -> None:
    """'At the outset of the conversation Minister Otto offered …': the fronted phrase names a point of
    the event, so the subject after it speaks, as after 'During the conversation'."""
    found = _statements(
        "Vastria-Osland Foreign Ministers' Telephone Talk",
        "On Monday, 2 April 2012, Ms. Ana Lind, Minister for Foreign Affairs of Vastria, held a telephone "
        "talk with Mr. Tomas Otto, Minister for Foreign Affairs of Osland.",
        "At the outset of the conversation Minister Otto offered his first greeting as Foreign Minister.",
    )
    assert (1, "tomas-otto", "offered", "his first greeting as Foreign Minister.") in found


def test_a_pointer_back_fronted_without_a_comma_leaves_the_subject() -> None:
    """'In this context the parties noted …': no comma after the pointer back to what was said."""
    found = _statements(
        "Foreign Ministers of Vastria and Osland hold video call",
        "On 2 April 2020, Foreign Minister Ana Lind of Vastria and Foreign Minister Tomas Otto of Osland "
        "held a video call.",
        "The ministers discussed the pandemic. In this context the parties noted the coordinating role of "
        "the United Nations.",
    )
    assert (1, "both", "noted", "the coordinating role of the United Nations.") in found


def _meeting(line: str) -> list[tuple[int, str, str, str]]:
    return _statements(
        "Vastria-Osland Foreign Ministers meet",
        "On 2 April 2012, Foreign Minister Ana Lind of Vastria met Foreign Minister Tomas Otto of Osland in "
        "Vastria City.",
        line,
    )


def test_reasserted_reports_as_reaffirmed_does() -> None:
    """'the two leaders reasserted their commitment …' (a White House readout) was read as no verb."""
    found = _meeting("The two ministers reasserted their commitment to a free hemisphere.")
    assert found == [(1, "both", "reasserted", "their commitment to a free hemisphere.")]


def test_attached_importance_reports_without_an_adjective() -> None:
    """'attached importance to full adherence …': the position is taken with no 'great' before it too."""
    found = _meeting("Foreign Minister Otto attached importance to full adherence to the ceasefire.")
    assert [(p, who) for p, who, _, _ in found] == [(1, "tomas-otto")]
    assert found[0][3].endswith("full adherence to the ceasefire.")


def _envoy(opening: str, line: str) -> list[tuple[int, str, str, str]]:
    return _statements("Foreign Minister meets Iranian envoy", opening, line)


def test_a_tenure_word_after_the_demonym_still_names_the_office_holder() -> None:
    """'The Iranian acting ambassador reaffirmed …': 'acting' says how the principal holds the office,
    after the demonym as before it ('the newly appointed Ambassador')."""
    found = _envoy(
        "SANA'A, March 29 - Yemen's Foreign Minister Hisham Lind met on Wednesday with Iran's envoy "
        "Tomas Otto.",
        "The Iranian acting ambassador reaffirmed his country's solidarity with the people.",
    )
    assert found == [(1, "tomas-otto", "reaffirmed", "his country's solidarity with the people.")]


def test_the_ambassador_in_lowercase_names_the_principal_holding_the_office() -> None:
    """'The Iranian ambassador reaffirmed …': 'ambassador' written in lowercase after a demonym is an
    office, as 'the Russian foreign minister' is."""
    found = _envoy(
        "SANA'A, March 29 - Yemen's Foreign Minister Hisham Lind met on Wednesday with Iran's Acting "
        "Ambassador Tomas Otto.",
        "The Iranian ambassador reaffirmed his country's solidarity with the people.",
    )
    assert found == [(1, "tomas-otto", "reaffirmed", "his country's solidarity with the people.")]


def test_in_which_he_after_a_call_from_a_principal_is_the_caller() -> None:
    """'… received a phone call from President Tomas Otto of Austria, in which he congratulated …': the
    relative clause tells what the call brought, so its 'he' is the caller (Gulf news agencies)."""
    found = _statements(
        "Amir receives call from Austrian President",
        "His Highness the Amir Sheikh Karim bin Hamad Al Thani received a phone call this evening from his "
        "friend, President Tomas Otto of Austria, in which he congratulated His Highness the Amir on the "
        "National Day of the State.",
    )
    assert found == [
        (0, "tomas-otto", "congratulated", "His Highness the Amir on the National Day of the State.")
    ]


def test_during_which_she_after_a_message_from_a_principal_is_the_sender() -> None:
    found = _statements(
        "Prime Minister receives call from Austrian Chancellor",
        "Prime Minister Ali Hassan of Kuwait received a telephone call today from Chancellor Ana Lind of "
        "Austria, Chancellor of the Republic of Austria, during which she expressed her condolences on the "
        "passing of the late Emir.",
    )
    assert found == [(0, "ana-lind", "expressed", "her condolences on the passing of the late Emir.")]


def _ministers(line: str) -> list[tuple[int, str, str, str]]:
    return _statements(
        "Minister Lind meets Minister Otto",
        "On 3 December 2020, Minister of Foreign Affairs of Belgium Ana Lind received the Minister of "
        "Foreign Affairs of Uruguay, Tomas Otto, in Brussels.",
        line,
    )


def test_a_plural_office_with_its_portfolio_every_principal_holds_is_both_sides() -> None:
    """'The Ministers of Foreign Affairs welcomed …': the plural of the office both principals hold,
    its portfolio after 'of', as 'The Foreign Ministers' already was."""
    found = _ministers("The Ministers of Foreign Affairs welcomed the good relations between the countries.")
    assert found == [(1, "both", "welcomed", "the good relations between the countries.")]


def test_a_plural_office_only_one_principal_holds_is_no_subject() -> None:
    found = _ministers("The Ministers of Defence welcomed the good relations between the countries.")
    assert found == []


def test_host_and_guest_are_both_sides() -> None:
    """'Host and guest agreed to continue working closely together' (Vietnam News Agency)."""
    found = _ministers("Host and guest agreed to continue working closely together.")
    assert found == [(1, "both", "agreed", "to continue working closely together.")]


def test_referenced_reports_as_mentioned_does() -> None:
    """'In the meeting, the Foreign Secretary referenced recent discussions between …' (Guyana's DPI)."""
    found = _meeting(
        "In the meeting, Foreign Minister Otto referenced recent discussions between the presidents."
    )
    assert found == [(1, "tomas-otto", "referenced", "recent discussions between the presidents.")]


def test_referred_that_reports() -> None:
    """'The Prime Minister referred that the Government is currently discussing …' (Timor-Leste's
    government): 'referred' before a that-clause is 'said'; 'referred to X' stays a topic."""
    found = _meeting("Foreign Minister Otto referred that the government was preparing a new programme.")
    assert found == [(1, "tomas-otto", "referred", "the government was preparing a new programme.")]
    assert _meeting("Foreign Minister Otto referred to the situation in the region.") == []
