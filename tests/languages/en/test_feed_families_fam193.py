"""Families of feed pages (issue #8, fam193: feeds-dev31's and feeds-dev30's leftovers), invented pages.

Each test is one family, written as a page of our own. Labels, kinds and scope follow the convention the
development samples state (feeds/README's "Headline against lead"; the channel named decides the kind).
"""

from __future__ import annotations

from tests.languages.en.layout_kit import white_house_page as _white_house

# --- The channel named only in a later paragraph of the lead ------------------------------------------------


def test_the_virtual_event_two_paragraphs_down_gives_the_channel() -> None:
    """'hosted forty county clerks ...', a paragraph of background, then 'During the virtual event, ...':
    the event named again as virtual is held by video."""
    readout = _white_house(
        "Readout of the White House Convening on Ballot Storage",
        "On May 3, the White House Office of Civic Records hosted forty county clerks from nine states to "
        "discuss how new grant money can pay for fireproof ballot storage.",
        "Earlier this spring, the Office urged counties to apply for the grants, much of which has not yet "
        "been claimed.",
        "During the virtual event, senior officials and the clerks traded advice on applying for the grants.",
    )
    assert readout.event.kind.value == "video_call"


def test_a_focus_of_the_virtual_meeting_gives_the_channel() -> None:
    """'convened the fourth Harbour Task Force', its topics, then 'Another focus of the virtual meeting was
    ...': the channel in a later paragraph's mention of the same meeting."""
    readout = _white_house(
        "Readout of the Fourth Harbour Task Force Meeting",
        "Today, Harbour Adviser Ana Ruiz convened the fourth Harbour Task Force. Agency heads discussed ways "
        "to clean the bay while creating jobs.",
        "The Task Force also heard from the port authority on dredging plans for the autumn.",
        "Another focus of the virtual meeting was the low water in the northern lakes.",
    )
    assert readout.event.kind.value == "video_call"


def test_a_virtual_summit_ahead_is_another_event() -> None:
    """Guard: 'ahead of the virtual summit' names another event; the meeting stays a meeting."""
    readout = _white_house(
        "Readout of the Fourth Harbour Task Force Meeting",
        "Today, Harbour Adviser Ana Ruiz convened the fourth Harbour Task Force in the Blue Room. Agency "
        "heads discussed ways to clean the bay while creating jobs.",
        "The Task Force also heard from the port authority on dredging plans for the autumn.",
        "The members agreed to report back ahead of the virtual summit of coastal mayors next month.",
    )
    assert readout.event.kind.value == "meeting"


def test_the_upcoming_virtual_meeting_is_another_event() -> None:
    """Guard: 'at the upcoming virtual meeting' is a later event, not the one the opening told."""
    readout = _white_house(
        "Readout of the Fourth Harbour Task Force Meeting",
        "Today, Harbour Adviser Ana Ruiz convened the fourth Harbour Task Force in the Blue Room. Agency "
        "heads discussed ways to clean the bay while creating jobs.",
        "The members agreed to present their plans at the upcoming virtual meeting of the coastal mayors.",
    )
    assert readout.event.kind.value == "meeting"
