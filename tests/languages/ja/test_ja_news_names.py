"""Japanese news copies name a foreign principal after its country and の ("ロシアのプーチン大統領"), and
the pairing compares Japanese titles by their level of office (issue #12, batch 10: Arab News Japan's
account of a call, in katakana, with no country read). Invented text."""

from __future__ import annotations

import readoutlib
from readoutlib.compare.persons import office_levels

_NEWS = (
    "アラブニュース\n"
    "リヤド:ノルウェーのアナ・ルイス皇太子はチリのトマス・ベルグ大統領と電話会談を行ったと国営通信が"
    "金曜日未明に伝えた。\n"
    "皇太子は、対話を促進するためにあらゆる努力を払うという王国のコミットメントを確認した。\n"
    "ベルグ大統領は、王国の建設的な努力に対し、感謝の意を表した。\n"
)


def test_a_country_and_no_before_a_name_is_its_country() -> None:
    readout = readoutlib.parse(_NEWS)
    expected = [("アナ・ルイス", "NO"), ("トマス・ベルグ", "CL")]
    assert expected == [(p.name, p.country) for p in readout.event.participants]


def test_japanese_titles_give_their_level_of_office() -> None:
    expected = [{"head of state"}, {"head of government"}, {"foreign minister"}, set()]
    assert expected == [set(office_levels([t])) for t in ("大統領", "首相", "外務大臣", "皇太子")]
