"""Japanese statements: from the speaker's marker to the predicate that reports it."""

from __future__ import annotations

import pytest

from readoutlib.languages.ja.statements import find_statements
from readoutlib.model import BOTH, Participant

SATO = Participant(id="sato", name="佐藤健二", country="JP", titles=("外務大臣",))
KIM = Participant(id="kim", name="ジョン・キム", country="US", titles=("国務長官",))


def _said(*paragraphs: str) -> list[tuple[int, str, str, str]]:
    return [(s.paragraph, s.speaker, s.verb, s.text) for s in find_statements(paragraphs, [SATO, KIM])]


def test_content_follows_the_speaker_marker() -> None:
    """The statement starts after "両者は" / "<surname><title>からは"; the verb is the predicate; a
    topic-only sentence ("…議論しました") makes none. (Moved from the shared statement finder.)"""
    para = (
        "冒頭,両者は同盟の強化を確認しました。佐藤大臣からは,訪問に感謝する旨述べました。"
        "両者は,地域情勢についても議論しました。"
    )
    expected = [
        (0, BOTH, "確認しました", "同盟の強化を確認しました"),
        (0, "sato", "述べました", "訪問に感謝する旨述べました"),
    ]
    assert expected == _said(para)


def test_full_width_commas() -> None:
    """ "，" separates clauses as "," and "、" do. (Moved from the shared statement finder.)"""
    para = "佐藤大臣から，協力を続ける旨述べました。これに対し，キム長官から，支持する旨の発言がありました。"
    topic = "両者は，同盟の強化で一致しました。また，両者は，地域情勢について意見交換を行いました。"
    expected = [
        (0, "sato", "述べました", "協力を続ける旨述べました"),
        (0, "kim", "発言がありました", "支持する旨の発言がありました"),
        (1, BOTH, "一致しました", "同盟の強化で一致しました"),
    ]
    assert expected == _said(para, topic)


def test_a_chain_of_predicates_makes_one_statement_each() -> None:
    """ "…述べるとともに，…強調するとともに，…述べました" and "…一致し，…確認しました"."""
    chain = (
        "佐藤大臣から，就任に祝意を述べるとともに，同盟を重視している旨を強調するとともに，"
        + "協力したい旨述べました。"
    )
    joint = "両外相は，連携していくことで一致し，意思疎通を続けることを確認しました。"
    expected = [
        (0, "sato", "述べる", "就任に祝意を述べる"),
        (0, "sato", "強調する", "同盟を重視している旨を強調する"),
        (0, "sato", "述べました", "協力したい旨述べました"),
        (1, BOTH, "一致し", "連携していくことで一致し"),
        (1, BOTH, "確認しました", "意思疎通を続けることを確認しました"),
    ]
    assert expected == _said(chain, joint)


def test_a_predicate_before_ue_de_hangs_on_the_next() -> None:
    """ "…述べた上で，…伝えました" is one statement at "伝えました"."""
    para = "佐藤大臣から，立場を説明した上で，早期の解決を求める考えを伝えました。"
    expected = [(0, "sato", "伝えました", "立場を説明した上で，早期の解決を求める考えを伝えました")]
    assert expected == _said(para)


def test_topic_predicates_let_the_content_run_on() -> None:
    """ "意見交換を行い，…確認しました": the statement starts at the marker; a topic sentence makes none."""
    para = "両者は，地域情勢について意見交換を行い，緊密に連携することを確認しました。"
    expected = [(0, BOTH, "確認しました", "地域情勢について意見交換を行い，緊密に連携することを確認しました")]
    assert expected == _said(para)


def test_dictionary_forms_inside_reported_words_close_nothing() -> None:
    """ "感謝する，…だった，…旨述べました" is one statement: only a continuative closes at a comma."""
    para = "佐藤大臣から，お祝いに感謝する，長い選挙戦だった，今後も協力したい旨述べました。"
    expected = [(0, "sato", "述べました", "お祝いに感謝する，長い選挙戦だった，今後も協力したい旨述べました")]
    assert expected == _said(para)


def test_a_speaker_inside_an_open_statement_is_nested() -> None:
    """ "佐藤大臣から，…，キム長官から…の声明があった旨述べました" is one statement of 佐藤."""
    para = "佐藤大臣から，台風の被害に関し，キム長官からお見舞いの声明があったことに謝意を述べました。"
    expected = [
        (
            0,
            "sato",
            "述べました",
            "台風の被害に関し，" + "キム長官からお見舞いの声明があったことに謝意を述べました",
        )
    ]
    assert expected == _said(para)


def test_a_new_speaker_after_a_closed_statement() -> None:
    """ "…説明があり，両者は…一致しました": a closed statement lets the next clause's speaker start one."""
    para = "キム長官より，訪問の結果につき説明があり，両者は今後とも連携していくことで一致しました。"
    expected = [
        (0, "kim", "説明があり", "訪問の結果につき説明があり"),
        (0, BOTH, "一致しました", "今後とも連携していくことで一致しました"),
    ]
    assert expected == _said(para)


def test_references_to_a_side() -> None:
    """ "同長官より": the principal with that title; "先方から" the counterpart; "我が方から" the subject."""
    paras = (
        "同長官より，祝意が伝えられました。",
        "先方から，支持する旨の発言がありました。",
        "我が方から，立場を説明しました。",
    )
    expected = [
        (0, "kim", "伝えられました", "祝意が伝えられました"),
        (1, "kim", "発言がありました", "支持する旨の発言がありました"),
        (2, "sato", "説明しました", "立場を説明しました"),
    ]
    assert expected == _said(*paras)


def test_a_sentence_without_a_subject_continues_the_last_speaker() -> None:
    """ "また，…確認しました。" with no subject of its own is the paragraph's last speaker's."""
    para = "両外相は，会談を行うことで一致しました。また，様々なレベルで協力していくことを確認しました。"
    expected = [
        (0, BOTH, "一致しました", "会談を行うことで一致しました"),
        (0, BOTH, "確認しました", "様々なレベルで協力していくことを確認しました"),
    ]
    assert expected == _said(para)


@pytest.mark.parametrize(
    "para",
    [
        "本日がキム長官の誕生日であったことから，祝意を伝えました。",
        "日本が地域で果たしてきた役割に謝意が述べられました。",
        "会談は和やかな雰囲気の中で行われました。",
    ],
)
def test_no_speaker_no_statement(para: str) -> None:
    """Clauses whose subject is no principal ("日本が", "…ことから") start nothing."""
    expected: list[tuple[int, str, str, str]] = []
    assert expected == _said(para)


def test_two_principals_joined_by_to_are_both() -> None:
    """ "佐藤大臣とキム長官は" is both sides; "双方で…一致しました" too."""
    paras = (
        "佐藤大臣とキム長官は，協力を深めることで一致しました。",
        "また，双方で懸案に対応していくことで一致しました。",
    )
    expected = [
        (0, BOTH, "一致しました", "協力を深めることで一致しました"),
        (1, BOTH, "一致しました", "懸案に対応していくことで一致しました"),
    ]
    assert expected == _said(*paras)


def test_together_without_a_comma_closes_a_predicate() -> None:
    """ "…哀悼の意を表するとともに…旨伝えました" with no comma is still two statements."""
    para = "佐藤大臣から，犠牲者に哀悼の意を表するとともに負傷者の回復を祈る旨伝えました。"
    expected = [
        (0, "sato", "表する", "犠牲者に哀悼の意を表する"),
        (0, "sato", "伝えました", "負傷者の回復を祈る旨伝えました"),
    ]
    assert expected == _said(para)


def test_a_sentence_naming_someone_else_does_not_continue_the_last_speaker() -> None:
    """ "ドウ大臣から，…述べました。" where ドウ is no principal is not the last speaker's."""
    para = "佐藤大臣から，協力したい旨述べました。これに対し，ドウ大臣から，同感である旨述べました。"
    expected = [(0, "sato", "述べました", "協力したい旨述べました")]
    assert expected == _said(para)


def test_a_full_stop_inside_quotes_ends_no_sentence() -> None:
    """ "佐藤大臣から，「…。…。」と述べました。" is one statement."""
    para = "佐藤大臣から，「再会を嬉しく思う。協力を続けたい。」と述べました。"
    expected = [(0, "sato", "述べました", "「再会を嬉しく思う。協力を続けたい。」と述べました")]
    assert expected == _said(para)


def test_kanji_sarani_opens_a_sentence() -> None:
    """ "更に，…一致しました。" continues the last speaker after the opener."""
    para = "両者は，協力を確認しました。更に，連携していくことで一致しました。"
    expected = [
        (0, BOTH, "確認しました", "協力を確認しました"),
        (0, BOTH, "一致しました", "連携していくことで一致しました"),
    ]
    assert expected == _said(para)


def test_a_phrase_starting_with_a_name_is_no_bare_name() -> None:
    """ "また，佐藤大臣の日程の都合もあることから，…" has no speaker, though it starts with the name of a
    principal written without a given name ("佐藤")."""
    sato = Participant(id="sato", name="佐藤", country="JP", titles=("外務大臣",))
    para = (
        "キム長官から，謝意を述べました。また，佐藤大臣の日程の都合もあることから，短く済ませる旨述べました。"
    )
    expected = [
        (0, "kim", "述べました", "謝意を述べました"),
        (0, "kim", "述べました", "佐藤大臣の日程の都合もあることから，短く済ませる旨述べました"),
    ]
    actual = [(s.paragraph, s.speaker, s.verb, s.text) for s in find_statements([para], [sato, KIM])]
    assert expected == actual


def test_a_relative_clause_subject_does_not_stop_the_last_speaker() -> None:
    """ "さらにドウ大統領が訪問した際の…を強調しました。": ドウ is the subject of a relative clause."""
    para = "両者は協力を歓迎しました。さらにドウ大統領が訪問した際の合意の進展を強調しました。"
    expected = [
        (0, BOTH, "歓迎しました", "協力を歓迎しました"),
        (0, BOTH, "強調しました", "ドウ大統領が訪問した際の合意の進展を強調しました"),
    ]
    assert expected == _said(para)


def test_a_topic_before_the_speaker_without_a_comma() -> None:
    """ "シリアに関し佐藤大臣からは，…旨発言しました": the speaker follows a topic phrase."""
    para = "シリアに関し佐藤大臣からは，米国の決意を支持する旨発言しました。"
    expected = [(0, "sato", "発言しました", "米国の決意を支持する旨発言しました")]
    assert expected == _said(para)


def test_agreeing_with_no_subject_and_no_speaker_before_is_both() -> None:
    """ "最後に，…で一致しました。" with no speaker before it is both sides'; "…を説明しました。" no one's."""
    paras = ("最後に，連携していくことで一致し，会談を終えました。", "冒頭，経緯を説明しました。")
    expected = [(0, BOTH, "一致し", "連携していくことで一致し")]
    assert expected == _said(*paras)


def test_no_participants() -> None:
    """Without principals nothing is attributed."""
    expected: tuple[object, ...] = ()
    assert expected == find_statements(["両者は一致しました。"], [])
