"""Countries of principals after the blind run of en-bo..en-br (fam234, issue #8; each seen failing
first on main 60592097). The envoys are invented; the leaders they serve are real heads of state."""

from __future__ import annotations

import readoutlib


def _countries(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in readoutlib.parse(text).event.participants}


def test_a_special_envoy_of_a_known_leader_is_of_his_state() -> None:
    """A principal set off as "special envoy of President <known leader>" is of that leader's state,
    also when his own office is a former one."""
    text = (
        "Minister Ana Ruiz of Sylvania has met with former Vice-President Tom Hale (special envoy of "
        "President Hakainde Hichilema) in Port Ruiz. The two discussed regional trade."
    )
    assert _countries(text)["Tom Hale"] == "ZM"


def test_an_adviser_to_a_known_leader_is_of_his_state() -> None:
    """ "<Name>, diplomatic adviser to <demonym> President <known leader>": the adviser serves that
    leader's state."""
    text = (
        "Foreign Minister Ana Ruiz of Sylvania on Friday held a phone conversation with Tom Hale, "
        "diplomatic counselor to French President Emmanuel Macron. The two sides exchanged views."
    )
    assert _countries(text)["Tom Hale"] == "FR"
