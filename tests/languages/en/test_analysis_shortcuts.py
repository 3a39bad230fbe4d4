"""The analysis's shortcuts decide exactly what the slower code they stand in front of decides."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from readoutlib.analysis.profile import Profile
from readoutlib.folding import _APOSTROPHES, _LATIN_END, fold
from readoutlib.languages import en
from readoutlib.languages.en import event, names, participants, statements
from readoutlib.languages.en.statements import _Finder, _grammar
from readoutlib.model import Participant

KOVACS = Participant(id="anna-kovacs", name="Anna Kovacs", country="HU", titles=("Foreign Minister",))
LI = Participant(id="li-ming", name="Li Ming", country="CN", titles=("Vice Premier", "Foreign Minister"))

#: Words an opening subject is made of, and words that stop one ("spoke", "discussed"), with the
#: separators and open-subject words that keep a phrase from being rejected unread.
WORDS = (
    "President", "Anna", "Kovacs", "Li", "Ming", "the", "The", "two", "both", "leaders", "head", "of",
    "state", "foreign", "minister", "Minister", "his", "counterpart", "and", "&", "together", "with",
    "along", "spoke", "discussed", "agreed", "today", "Kovacs,", "(two", "“the", "visiting", "Hungarian",
    "Núñez", "ministers", "Vice", "Premier", "said", "they", "They", "He", "on", "trade.", "Lind’s",
)  # fmt: skip


def _words(text: str) -> list[str]:
    return text.split()


def _finder() -> _Finder:
    finder = _Finder([KOVACS, LI], Profile(home_country="HU", joint_subjects=("our close partners",)))
    finder.last_single = "li-ming"
    return finder


def _wrongly_rejected(finder: _Finder, words: list[str]) -> list[str]:
    """The phrases (first words of ``words``) in the rejected range that ``_may_name`` keeps."""
    lowest, highest = finder._rejected_lengths(words)
    phrases = [" ".join(words[:count]) for count in range(1, len(words)) if lowest <= count <= highest]
    return [phrase for phrase in phrases if finder._may_name(phrase)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=2, max_size=10))
@example(["the", "two", "leaders", "spoke", "today"])
@example(["Kovacs,", "spoke", "with", "Li", "Ming"])
@example(["his", "esteemed", "cóunterpart", "spoke"])  # "counterpart" once folded
def test_rejected_lengths_are_ones_may_name_rejects(words: list[str]) -> None:
    """No phrase in the range told without reading it is one _may_name would have let through."""
    expected: list[str] = []
    assert expected == _wrongly_rejected(_finder(), words)


def test_rejected_lengths_of_a_sentence_opening() -> None:
    """After the first verb ("spoke") every longer phrase is rejected; none before it; none with "two"."""
    finder = _finder()
    expected = [(3, 10), (1, 0), (1, 0), (4, 1)]
    actual = [
        finder._rejected_lengths(_words("President Kovacs spoke with Foreign Minister Li Ming about trade")),
        finder._rejected_lengths(_words("President Kovacs and Li Ming spoke")),
        finder._rejected_lengths(_words("Anna Kovacs")),
        finder._rejected_lengths(_words("The two sides agreed")),
    ]
    assert expected == actual


#: Sentences with name runs of every kind: places after prepositions, lone words, "the X", titles.
SENTENCES = (
    "Foreign Minister Anna Kovacs met President Li Ming in Budapest on Monday.",
    "The Minister of Foreign Affairs of Hungary, Anna Kovacs, spoke with the Mitchell Reed team.",
    "Lima hosted a Boston company; Mr. Ruiz and his wife Ana visited Defeat ISIS partners.",
    "In Kyiv, Prime Minister of Luxembourg Xavier Bettel thanked the Lowe Institute.",
    "King Harald of Norway and an Oslo Rescue Coordination Centre official welcomed Ms. Lind.",
    "The Secretary met Crown Prince of Abu Dhabi Sheikh Mohamed at the White House in Washington.",
)


def test_plainly_not_a_person_only_where_not_a_person() -> None:
    """Every run told early to name no one is one the full test, with its titles read, refuses too."""
    early: list[str] = []
    disagree: list[str] = []
    for sentence in SENTENCES:
        scan = names._Scan.of(sentence, names.lexicon())
        for run in scan.runs:
            left = names._read_left(scan, run)
            if not names._plainly_not_a_person(scan.tokens, run, left):
                continue
            early.append(run.name)
            titles, _country = names._left_titles(scan, left)
            if not names._not_a_person(scan, run, left, titles, run.last):
                disagree.append(run.name)
    expected = [
        "Budapest",
        "Mitchell Reed",
        "Lima",
        "Boston",
        "Kyiv",
        "Lowe",
        "Oslo Rescue",
        "White",
        "Washington",
    ]
    assert ([], expected) == (disagree, early)


def test_people_found_as_without_the_early_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan finds the same people, titles, countries and offsets with the early test as without."""
    actual = [names.find_mentions(sentence) for sentence in SENTENCES]
    monkeypatch.setattr(names, "_plainly_not_a_person", lambda *_args: False)
    expected = [names.find_mentions(sentence) for sentence in SENTENCES]
    assert expected == actual


def _fold_by_characters(text: str) -> str:
    """``fold`` without its shortcuts: every character of the decomposed text looked at."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    kept: list[str] = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and ord(kept[-1]) < _LATIN_END:
            continue
        kept.append(char)
    folded = unicodedata.normalize("NFKC", "".join(kept)).casefold().replace(".", "")
    return " ".join(folded.split())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ .’‘`‐–-'ñéﬁ\u00a0", max_size=12))
@example("O’Neill")
@example("Mark T. Lowe – Jr.")
def test_fold_is_the_character_fold(text: str) -> None:
    """fold's shortcut for text whose only non-ASCII characters are quotes and dashes folds as the loop."""
    fold.cache_clear()
    assert _fold_by_characters(text) == fold(text)


def test_curly_quotes_fold_to_ascii() -> None:
    """Curly apostrophes and dashes fold to their ASCII forms, lowercased, periods dropped."""
    expected = ["o'neill", "mark t lowe - jr", "nunez"]
    actual = [fold(text) for text in ("O’Neill", "Mark T. Lowe – Jr.", "Núñez")]
    assert expected == actual


def test_rejected_phrases_run_from_the_first_verb_to_an_open_word() -> None:
    """ "Anna Kovacs spoke with the two ...": the phrases of 3 to 5 words are rejected unread, as
    _may_name rejects them; from "two" on (a word of an open subject) they are read again."""
    finder = _finder()
    words = _words("Anna Kovacs spoke with the two leaders today")
    lowest, highest = finder._rejected_lengths(words)
    expected = [(3, False), (4, False), (5, False)]
    actual = [(count, finder._may_name(" ".join(words[:count]))) for count in range(lowest, highest + 1)]
    assert expected == actual


def test_hung_participle_pattern_finds_as_without_its_gate() -> None:
    """The participle pattern behind its first-character lookahead matches where it matched without."""
    gated = _grammar(Profile()).by_ing
    plain = re.compile(gated.pattern.removeprefix(gated.pattern[: gated.pattern.index(")") + 1]))
    sentences = (
        "They concluded the call by expressing support for Ukraine.",
        "The two discussed trade, stressing the need for calm, while noting progress.",
        "After reviewing the talks, before signing, the ministers, welcoming it, left.",
        "Nothing here hangs on anything, bystanding wisely.",
    )
    expected = [[m.group() for m in plain.finditer(s)] for s in sentences]
    actual = [[m.group() for m in gated.finditer(s)] for s in sentences]
    assert expected == actual
    assert plain.pattern != gated.pattern


def _strip_before_verb_plain(para: str, s0: int, vs: int, *, copular: bool = False) -> tuple[int, bool, bool]:
    """``_strip_before_verb`` with every pattern searched over the whole text before the verb."""
    end = vs
    perfect = False
    while end > s0:
        text = para[s0:end]
        parenthetical = statements._PRE_PARENTHETICAL.search(text)
        if parenthetical is not None:
            end = s0 + parenthetical.start()
            continue
        word = statements._PRE_WORD.search(text)
        if word is None:
            break
        if word.group("word") in statements._PASSIVE and not copular:
            return end, True, perfect
        perfect = perfect or word.group("word") in statements._REPORTED_TENSE
        end = s0 + word.start()
    while end > s0 and para[end - 1].isspace():
        end -= 1
    return end, False, perfect


#: Pieces of the words before a reporting verb: subjects, adverbs of one to four words,
#: auxiliaries, parentheticals, relative clauses, and the spaces and commas between them.
BEFORE_VERB = (
    "Anna Kovacs", "The ministers", "also", "once again", "at the same time", "in\n particular",
    "have", "has", "will", "was", "were", "'s", "Monday", "strongly", "early", "in turn",
    ", for his part,", ", who arrived in Budapest,", ",", " ", "\n", "  ", "at  the\tsame time",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(BEFORE_VERB), max_size=9), st.booleans())
@example(["Anna Kovacs", " ", "at the same time", " "], False)
@example(["The ministers", ", who arrived in Budapest,", " ", "have", " ", "once again", " "], False)
def test_strip_before_verb_as_searched_everywhere(pieces: list[str], copular: bool) -> None:
    """Searching a verb's last words only strips what searching the whole text before it strips."""
    para = "Earlier. " + " ".join(pieces) + " stressed the need."
    vs = para.index(" stressed") + 1
    expected = _strip_before_verb_plain(para, 9, vs, copular=copular)
    assert expected == statements._strip_before_verb(para, 9, vs, copular=copular)


#: A readout whose subjects repeat within a paragraph, one of them ambiguous (both principals are
#: foreign ministers: a warning), with pronouns whose antecedent changes between them.
PARAGRAPHS = (
    "On Monday, the Foreign Minister spoke with Li Ming. On Monday, the Foreign Minister stressed "
    "the need for calm. He said that trade matters. On Monday, Li Ming noted the progress.",
    "On Monday, the Foreign Minister welcomed the talks. She added that Anna Kovacs agreed. "
    "Anna Kovacs, the Foreign Minister, said both sides agreed. On Monday, the Foreign Minister said so.",
    "Anna Kovacs thanked Li Ming. His counterpart said trade grew. Li Ming noted it. "
    "His counterpart said so.",
)


def test_remembered_subjects_find_as_reading_each_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Statements and warnings are the same when every subject phrase is read again each time."""
    profile = Profile(home_country="HU")
    actual = statements.find_statements(PARAGRAPHS, [KOVACS, LI], profile)
    # No home country: "the Foreign Minister" could be either, a warning naming its paragraph.
    twice = (
        "Anna Kovacs met Li Ming. The Foreign Minister said trade grew.",
        "The Foreign Minister said so.",
    )
    ambiguous = statements.find_statements(twice, [KOVACS, LI], Profile())
    monkeypatch.setattr(statements._Finder, "_single", statements._Finder._single_read)
    expected = statements.find_statements(PARAGRAPHS, [KOVACS, LI], profile)
    assert expected == actual
    assert statements.find_statements(twice, [KOVACS, LI], Profile()) == ambiguous
    speakers = [(s.paragraph, s.speaker) for s in actual[0] if s.paragraph == 2]
    expected_speakers = [(2, "anna-kovacs"), (2, "anna-kovacs"), (2, "li-ming"), (2, "li-ming")]
    assert expected_speakers == speakers


#: Pieces of the text before a name: bylines in every case, "by" without a byline, spaces.
BYLINE_PIECES = (
    "Posted", "On:", "24 MAR 2026", "issued", "by", "By", "BY", "bY", "baby", "the", ".", " ", "\n", "\t",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(BYLINE_PIECES), max_size=8))
@example(["Posted", " ", "On:", " ", "24 MAR 2026", " ", "by", " "])
@example(["issued", " ", "BY", "\n"])
def test_byline_told_as_the_pattern_tells_it(pieces: list[str]) -> None:
    """The byline test's look at the text's end answers as searching the pattern does."""
    text = "".join(pieces)
    expected = bool(participants._BYLINE_BEFORE.search(text))
    assert expected == participants._byline_before(text)


#: Words before a verb: determiners of either case, subjects, and the spaces between them.
ADJECTIVE_PIECES = (
    "the",
    "The",
    "THE",
    "a",
    "an",
    "our",
    "their",
    "Anna",
    "Kovacs",
    "also",
    " ",
    "  ",
    "\n",
    "\t",
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ADJECTIVE_PIECES), max_size=8), st.integers(min_value=0, max_value=12))
@example(["the", " "], 0)
@example(["Anna", " ", "the", "  "], 3)
def test_adjective_before_as_searched_everywhere(pieces: list[str], w0: int) -> None:
    """A determiner right before the verb is found in the last word as in the whole window."""
    para = "".join(pieces) + "agreed plan"
    vs = len(para) - len("agreed plan")
    w0 = min(w0, vs)
    expected = statements._ADJECTIVE_BEFORE.search(para, w0, vs) is not None
    assert expected == statements._adjective_before(para, w0, vs)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


def test_gated_lead_patterns_find_as_their_regexes() -> None:
    """The lead's quotation, media, audience and joining patterns, gated by their words, find as before."""
    texts = (
        "This was stated by the President during an interview.",
        "Answering questions from the media after the talks, the Minister said so.",
        "He said this. (Applause.) Then (LAUGHTER) and (crosstalk).",
        "The Secretary joined the call; Ms. Lind JOINS THE MEETING later.",
        "The leaders discussed trade at a meeting with journalists present.",
        "During this interview, in a conversation with the press, she spoke about this.",
    )
    gated = (event._QUOTATION_LEAD, event._MEDIA_FRAME, event._AUDIENCE, participants._JOINED)
    expected = [[_span(g.regex.search(t)) for t in texts] for g in gated]
    actual = [[_span(g.search(t)) for t in texts] for g in gated]
    assert expected == actual
    assert all(any(spans) for spans in actual)


def test_remembered_title_phrase_reads_as_read_alone() -> None:
    """A title phrase remembered from a definite reading ("the Prime Minister of India Ana Ruiz")
    gives the indefinite one ("Prime Minister of India Ana Ruiz") the titles it has read alone."""
    indefinite = "They met Prime Minister of India Ana Ruiz."
    names.clear_page_memos()
    expected = [(m.name, m.titles, m.country) for m in names.find_mentions(indefinite)]
    names.clear_page_memos()
    names.find_mentions("They met the Prime Minister of India Ana Ruiz.")
    actual = [(m.name, m.titles, m.country) for m in names.find_mentions(indefinite)]
    names.clear_page_memos()
    assert expected == actual


TITLE_PIECES = (
    "Foreign Minister", "the", "Prime Minister of India", ",", "Secretary", "of State", "Kenyan", "Mr.",
    "H.E.", "and", "Deputy", "Ana Ruiz", "Li Ming", "met", "Ruritania's", "of the", "Ambassador to China",
    "Jr.", "(AU)", "Vice President",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TITLE_PIECES), max_size=9), min_size=1, max_size=4))
def test_remembered_title_phrases_find_as_reading_each_again(texts: list[list[str]]) -> None:
    """Mentions found with the page's title phrases remembered are the mentions found with none."""
    sentences = [" ".join(pieces) for pieces in texts]
    names.clear_page_memos()
    remembered = [names.find_mentions(text) for text in sentences]
    fresh = []
    for text in sentences:
        names.clear_page_memos()
        fresh.append(names.find_mentions(text))
    names.clear_page_memos()
    assert fresh == remembered


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet='ab.!?"”’) \n\t', max_size=10))
def test_ends_prose_as_the_pattern_searched_everywhere(text: str) -> None:
    """A sentence end told from a text's last characters is the one the pattern finds from its start."""
    expected = event._PROSE_END.search(text.rstrip()) is not None
    assert expected == event._ends_prose(text)


def test_gated_page_scans_find_as_their_regexes() -> None:
    """The scans of every paragraph or opening gated by their words (styles, a guest thanked for a
    visit, a country as the topic, another event's span, a side with no country) find what their
    regexes find, with the words and without them."""
    texts = (
        "His Majesty King Harald received her. His Royal Highness the Crown Prince joined them.",
        "The Premier thanked Prime Minister Ana Ruiz for her visit to Ruritania last week.",
        "The leaders condemned Sylvania's aggression against Ruritania and sanctions on Sylvania.",
        "Following the emergency session of the Council, the two leaders spoke by phone.",
        "Agreements reached during the video conference were reviewed with foreign partners.",
        "The two ministers discussed trade and energy in Oslo on Monday.",
    )
    gated = (
        statements._STYLE,
        participants._THANKED_FOR_VISIT,
        en._TOPIC_GATED,
        en._FOREIGN_SIDE,
        event._OTHER_EVENT_GATE,
    )
    expected = [[[m.span() for m in g.regex.finditer(t)] for t in texts] for g in gated]
    actual = [[[m.span() for m in g.finditer(t)] for t in texts] for g in gated]
    assert expected == actual
    assert all(any(spans) for spans in actual)
    assert [en._without_topics(t) for t in texts] == [
        en._TOPIC.sub(lambda m: " " * len(m.group(0)), t) for t in texts
    ]
    assert [event.own_channel_text(t) for t in texts[3:5]] != list(texts[3:5])


def test_plain_words_of_a_page_are_the_generic_own_and_joint_words() -> None:
    """The words a subject may hold: the generic ones, the principals' own, and the profile's joint
    subjects' (worked out once per profile), as one set."""
    finder = _finder()
    own = {w for p in finder.people for text in (p.key, *p.titles, *p.tokens) for w in text.lower().split()}
    joint = {w for subject in finder.grammar.joint for w in subject.lower().split()}
    assert {"our", "close", "partners", "kovacs", "vice", "premier"} <= finder.plain_words
    assert finder.plain_words == statements._PLAIN_WORDS | own | joint
