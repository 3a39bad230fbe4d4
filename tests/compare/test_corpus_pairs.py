"""Pairing and alignment on the gold set of real readout pairs (pages read from the shared corpus).

The issue's targets are pairing precision >= 0.98 and recall >= 0.95, alignment F1 >= 0.80 (met on
gold v2 scored by subject since round 6, 0.864 on batches 1-6 and 0.850 on batches 1-7; on batches
1-8 0.791, and 0.824 since the alignment's eighth round; on batches 1-9 0.770, 0.785 since the ninth,
short of the target: tests/compare/test_alignment_scoring.py; not
met on v1 by link: 0.694 over the 52 aligned pairs of batches 1-6, 0.654 over the 60 of batches 1-7,
0.588 over the 71 of batches 1-8, 0.613 since the eighth round; 0.505 over the 82 of batches 1-9,
0.516 since the ninth).
This test holds the figures
measured as floors, so that a change which makes them worse fails; benchmarks/compare_gold.py
prints the figures themselves. A blind batch
(``alignment_scoring.BLIND_BATCHES``, written for the lead's final measurement) is left out here,
as in every figure: no test pairs, compares or prints it (batch 12 now). Batches 7, 8 and 9 were
measured blind once each and are read here since (batches 8's and 9's pairing also in their own tests).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutlib import compare as readoutlib_compare
from readoutlib.compare.gold import GoldSet, load_gold, score_alignment, score_pairing
from readoutlib.testing import corpus_dir

from .kit import load_script

GOLD = Path(__file__).with_name("pairs.gold.json")
scoring = load_script(
    Path(__file__).resolve().parents[2] / "benchmarks" / "alignment_scoring.py", "alignment_scoring"
)


def _corpus() -> Path | None:
    found = corpus_dir()
    if found is not None and found.name == "cases":
        found = found.parent
    return found if found is not None and (found / "bulk").is_dir() else None


pytestmark = pytest.mark.skipif(
    _corpus() is None, reason="the shared corpus (shared/corpus/bulk) is not beside the repository"
)


@pytest.fixture(scope="module")
def gold() -> GoldSet:
    corpus = _corpus()
    assert corpus is not None
    gold: GoldSet = scoring.without_blind(load_gold(GOLD, corpus), scoring.blind_paths(GOLD))
    return gold


def test_gold_pages_parse_or_are_known_refusals(gold: GoldSet) -> None:
    """Every gold page parses except those the parser refuses (a briefing, announcements, ...).

    One is a page of a gold pair (the Kremlin's briefing of 12 Feb 2022): a change here changes
    pairing recall. It stays refused (task pfix12 read it): it is the transcript of an aide's press
    briefing after the call, a genre the feed labels call `not` (benchmarks/real/feeds/README.md,
    "briefings"; feeds-dev3 labels this very page `not`), so the pair is a known miss. No 10's
    account of 1 Nov 2023 ("welcomed the Vice President to Downing Street") parses since the event
    clause reads a host welcoming a guest to a place. Zelenskyy's
    comment of 8 Dec 2021 on the Biden-Putin call (a distractor) is refused: its lead gives his
    answers to the media after a meeting, remarks rather than a report (issue #8, feeds-dev5).
    Batch 8 brings one: KBS's announcement of a visit the next week (a distractor, rightly refused).
    A news site's copy of the UN's readout of the Guterres-Putin meeting, with its Russian
    translation after it, was refused as a Russian page; it parses since a page that opens with its
    English version is read in English. A news report quoting
    No 10's account of the Starmer-Trump call, refused when measured blind (its title, "... agree to
    meet soon", read as an announcement of a coming event), parses since leaders who agree to meet
    are read as having talked. Batch 9 brings two, both readouts of a gold pair: t-online's German
    report of the Scholz-Putin call (no German pack; it parses since the German pack), and a copy of
    China's readout of the Xi-Putin call of 25 Feb 2022 in traditional characters, which parses since
    task pairfix (the pinyin glosses a converter left in brackets, "總統(tǒng)", are stripped by the Chinese
    pack's normalisation). Batch 10 (measured blind once) brought two, both readouts of a gold pair,
    that parse since task pairfix: The New Daily's report of the Morrison-Biden call of 3 Feb 2021 (a
    photo caption ending in "Photos: ..." was taken for its title, read as an announcement of a coming
    event) and Scoop's copy of New Zealand's release on the Ardern-Biden call of 15 Jul 2021 (its
    hard-wrapped lines are joined into their sentences, and its "Press Release: ..." label line is no
    headline). Batch 11 (measured blind once) brought three, all readouts of a gold pair, that parse
    since task pfix12: AFP's French report of the Macron-Putin call of 28 Jan 2022 (its lead's joint
    subject "sont convenus …", the call named by a noun in the next sentence), TF1's of 28 Feb 2022 (a
    headline's "un échange … entre A et B", the channel in the body's first sentence) and Reuters'
    report of the Erdogan-Putin call of 6 Mar 2022 on Devdiscourse (the call named in passing, "after
    a one-hour phone call, … said Erdogan told Putin": surnames the lead names in full). Batch 12
    (measured blind once on facefe1) brings two, both readouts of a gold pair: Xinhua's report of the
    Orbán-Putin call of 6 Apr 2022 on ecns ("no principal named on either side") and dpa-AFX's German
    report of the Nehammer-Putin call of 27 May 2022 on finanzen.at ("no call, meeting or talks between
    named people is reported").
    """
    refused = sorted(gold.failures)
    expected = [
        "bulk/ru-kremlin-en-peiyizhuo/186.txt",
        "bulk/ru-kremlin-en-peiyizhuo/373.txt",
        "bulk/ua-president-en-peiyizhuo/119.txt",
        "bulk/us-whitehouse-whbriefings/1532.txt",
        "bulk/us-whitehouse-whbriefings/1544.txt",
        "bulk/us-whitehouse-whbriefings/1564.txt",
        "pages/at-chancellor-20220527-nehammer-putin-call-finanzen-dpa.txt",
        "pages/hu-pm-20220406-orban-putin-call-ecns-xinhua.txt",
        "pages/kr-mofa-20220610-park-blinken-visit-announced-kbs.txt",
    ]
    assert expected == refused


def test_pairing_finds_every_parsed_pair_and_no_wrong_one(gold: GoldSet) -> None:
    """Among 146 distractors, no wrong pair, and every gold pair whose two pages parse is found but one.

    Two were missed until issue #12's seventh round. No 10's account of the leaders' call of 29 Mar
    2022 names the others only as "the leaders of the United States, France, Germany and Italy": it
    pairs since such a plural office of listed countries is one principal per country ("The Leader"
    of each), the head of state or government the White House names. The Japanese Prime Minister's
    press statement of 4 Oct 2022 speaks as "I" and names its speaker only in the database copy's
    "[Source] Prime Minister of Japan and His Cabinet" line: it pairs since a first-person author is
    the office a labelled source line names. (Batch 6 measured blind missed five; Finland's "had a
    phone call" of 18 Jan and 9 Aug 2022, MOFA's "held a telephone meeting" of 9 Jul 2022 and the
    White House's "spoke today with ... at the G7" of 12 Jun 2021 pair since the kind rules of
    6fd2fce and after.) The one gold pair not found has a page the parser refuses (the Kremlin's
    briefing of 12 Feb 2022, see above). Batch 7's eight pairs are all found since the parser reads
    the White House's "Participants in the call included ..." paragraph of the leaders' call of 11
    Feb 2022 (issue #8), which then names the other leaders and pairs with Canada's account. Batch 8
    (measured blind once: 5 of 11 found, none wrong) is read here since. The State Department's call
    with Korea's Foreign Minister Park pairs since "Park Jin" is read as a name after a title (both
    parses had missed it: "Jin"; "The Foreign Minister"); the White House's and a news report's
    accounts of the Starmer-Trump call of 26 Jan 2025 pair since the report's "The Prime Minister"
    takes the name its lead pairs with Trump and its "talks" that name "the call" are a phone call.
    Batch 9 (measured blind once: 6 of 11 found, none wrong) is read here since; Medcom's Indonesian
    account of the Widodo-Putin call of 28 Apr 2022, read with Putin alone, pairs since task pairfix
    ("The statement was conveyed by Jokowi in a telephone conversation with President Putin": the
    passive agent, by the short name the lead gives in brackets, "Joko Widodo (Jokowi)"). Batch 10
    (measured blind once: 9 of 13 found, none wrong) is read here since; since task pairfix every one
    of its pairs whose pages both parse is found.
    Arab News Japan's account of the Saudi Crown Prince's call with Putin of 13 Mar 2025 names both in
    katakana: it pairs since a country written with の before a name is that principal's ("ロシアの
    プーチン大統領") and Japanese titles have a level of office ("大統領", a head of state).
    TimesLIVE's report of Ramaphosa's call with Biden of 8 Apr 2022, which took a judge it mentions
    as the one participant, pairs since task pairfix (its 'had had a “productive call earlier this
    evening”' reports the call). Batch 11 (measured blind once: 9 of 14 found, none wrong among its 17
    distractors) is read here since: of its pairs whose pages both parse, one is missed: Reuters'
    French report (Boursier) of the Macron-Biden call of 7 Mar 2023 (no day: "date 2023-03" and
    "mardi"; its "PARIS (Reuters) -" is no participant since task pairfix2). Sandigan News's account of
    Marcos's call with Biden of 11 May 2022, dated by its URL two days on, pairs since task pairfix2 (a
    news site's report dated only by its publication may be a day later than time zones allow). Batch
    12 (measured blind once on facefe1: 8 of 12 found, none wrong among its 16 distractors) is read
    here since: of its pairs whose pages both parse, two French news reports are missed: L'essentiel's
    of the Bettel-Putin call of 14 Mar 2022 and FNH's of King Mohammed VI's call with Biden of 18 Sep
    2023.
    """
    score = score_pairing(gold)
    missed = {
        (
            "bulk/us-whitehouse-whbriefings/733.txt",
            "pages/fr-elysee-20230307-macron-biden-call-boursier-reuters.txt",
        ),
        (
            "bulk/ru-kremlin-en-peiyizhuo/492.txt",
            "pages/lu-government-20220314-bettel-putin-call-lessentiel.txt",
        ),
        (
            "bulk/us-whitehouse-whbriefings/921.txt",
            "pages/ma-royal-cabinet-20230918-mohammed-vi-biden-call-fnh.txt",
        ),
    }
    expected: tuple[set[tuple[str, str]], set[tuple[str, str]]] = (set(), missed)
    assert expected == (set(score.predicted - score.gold), set(score.parsed - score.predicted))


def test_pairing_batch_8_since_it_was_measured(gold: GoldSet) -> None:
    """Batch 8's pairs (measured blind once: 5 of 11) with every readout of the gold set but the blind
    batch's (whose pages are paired by ``compare_gold.py --blind`` alone): all 11 found, none wrong.

    Found since: the State Department's call with Korea's Foreign Minister Park ("Park Jin" read as a
    name), the UN's copy of its Guterres-Putin readout (a page opening in English is read in
    English), the Starmer-Trump call of 26 Jan 2025 (the report's Prime Minister named from its lead,
    its talks that name "the call" a phone call); the Kremlin's Russian pages with the UAE's and
    Israel's accounts (a Cyrillic "х" read as "h": Нахайян, Нетаньяху), Israel's page (its "May 8"
    is a date looked forward to), the White House's call of 18 Mar 2025 (one full name, Трамп /
    Trump, given two countries by two parses).
    """
    batch_8 = scoring.blind_paths(GOLD, frozenset({8}))
    score = score_pairing(gold)
    mine = {p for p in score.gold if set(p) & batch_8}
    touching = {p for p in score.predicted if set(p) & batch_8}
    missed = {p for p in score.parsed & mine if p not in score.predicted}
    expected: tuple[int, set[tuple[str, str]], set[tuple[str, str]]] = (11, set(), set())
    assert expected == (len(touching & mine), touching - mine, missed)


def test_pairing_batch_9_since_it_was_measured(gold: GoldSet) -> None:
    """Batch 9's pairs (measured blind once: 6 of 11) among every readout of the gold set: 9 found,
    none wrong among its 15 distractors (the Kremlin with Xi on other days, other leaders the day of
    a Xi call).

    Found since: China's two readouts of the Xi-Putin calls of 15 Jun 2022 and 24 Feb 2025 in
    simplified characters, with the Kremlin's English and Russian pages (习近平 / Xi Jinping, 普京 /
    Путин: names in scripts no key compares, matched by country and level of office); since task
    pairfix the traditional-character copy of 25 Feb 2022 too (its pinyin glosses stripped, its
    "國家主席" a head of state), and Medcom's account (its passive agent "by Jokowi" read); t-online's
    German report of the Scholz-Putin call with the Kremlin's page, since the German pack reads it.
    """
    batch_9 = scoring.blind_paths(GOLD, frozenset({9}))
    score = score_pairing(gold)
    mine = {p for p in score.gold if set(p) & batch_9}
    touching = {p for p in score.predicted if set(p) & batch_9}
    missed = {p for p in score.parsed & mine if p not in score.predicted}
    expected: tuple[int, int, set[tuple[str, str]], set[tuple[str, str]]] = (11, 11, set(), set())
    assert expected == (len(mine), len(touching & mine), touching - mine, missed)


def test_alignment_floor(gold: GoldSet) -> None:
    """Point alignment stays at or above the F1 measured when it was written (first-batch pairs
    tuned on: 0.769, 0.780 in round 5, 0.821 since round 6; every pair, batch 6 included: 0.622
    measured blind, 0.644 since the positions pass of round 5, 0.702 since round 6's topic rule and
    agenda pass, 0.694 with issue #8's first-person statements; batches 1-7 since batch 7 is no longer
    blind: 0.652; batches 1-8 since batch 8 is no longer blind: 0.588, 0.586 once No 10's report of
    26 Jan 2025 parses; 0.613 since the alignment's eighth round reads Russian pages against English
    ones; batches 1-9 since batch 9 is no longer blind: 0.505, 0.516 since the alignment's ninth
    round; batches 1-10 since batch 10 is no longer blind: 0.486, 0.503 since task pairfix pairs five more
    gold pairs, 0.527 with the alignment's tenth round and the German pack), and every gold link
    lies within the points compared (the 8 on the UN's
    Guterres-Putin page since it parses; the German report's 3 since the German pack) but one of the
    batch-10 pages that parse since task pairfix (the 10 of The New Daily's and Scoop's reports, and the
    16 of the traditional-character copy of China's readout of 25 Feb 2022, were out of reach while
    those pages were refused); batches 1-11 since batch 11 is no longer blind: 0.495, with 29 more links
    out of reach, those of its three refused pages and of its two pairs not found; since task pfix12
    those three pages parse and pair, and one link is out of reach; 0.512 with the alignment's eleventh
    round: French and German tables, a quoted first person, a new term, close coordination); batches
    1-12 since batch 12 (measured blind once on facefe1) joined every figure: 0.504, with 11 links out of
    reach, those of its two refused pages and of its two pairs not found; 0.4997 with fam163's side
    countries, 0.508 since a statement closer to an unattributed position than to any statement left
    is linked to it in the first pass, fam170)."""
    tuned = score_alignment(gold, heldout=False, batch=1)
    every = score_alignment(gold)
    expected = (True, True, every.gold - 11)
    assert expected == (tuned.f1 >= 0.82, every.f1 >= 0.50, every.reachable), (
        f"F1 now {tuned.f1:.3f}, {every.f1:.3f}; {every.reachable} of {every.gold} gold links reachable"
    )


def _doc_block() -> str:
    """The terminal output shown in docs/compare.md for the 7 December 2021 pair."""
    text = (Path(__file__).parents[2] / "docs" / "compare.md").read_text("utf-8")
    block = text.split("    --width 110\n", 1)[1]
    return block.split("```\n", 1)[0]


def test_documented_comparison_is_current() -> None:
    """The docs show what `readout compare` prints today on the Kremlin and White House pages."""
    from readoutlib.compare.inputs import read_one
    from readoutlib.compare.view import render_text

    corpus = _corpus()
    assert corpus is not None
    kremlin = read_one(
        corpus / "bulk/ru-kremlin-en-peiyizhuo/168.txt",
        url="http://en.kremlin.ru/events/president/news/67315",
    )
    whitehouse = read_one(
        corpus / "bulk/us-whitehouse-whbriefings/278.txt",
        url="https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/12/07/"
        "readout-of-president-bidens-video-call-with-president-vladimir-putin-of-russia/",
    )
    expected = _doc_block()
    assert expected == render_text(readoutlib_compare(kremlin, whitehouse), width=110)
