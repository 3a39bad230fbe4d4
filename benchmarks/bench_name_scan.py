"""Benchmark: the English name scan's steps on the texts a folder of pages really has scanned.

Usage (from the repository root)::

    python benchmarks/bench_name_scan.py ../shared/corpus/cases [--rounds N]

Every page of the folder is parsed once while the texts the participants stage hands to the name scan
(headlines, paragraphs, sentences) are recorded; then each step is timed alone over those texts, CPU
time (``time.process_time``) per pass, the steps interleaved round by round, and the fastest and the
median pass printed: ``tokenize``; ``tokenize`` + ``country_tokens``; ``tokenize`` + ``name_runs``
(which marks the country words itself); the whole ``scan_people``; and, as a design measured against
the loop in ``tokenize``, ``split tokenize``: one ``split`` of the word pattern with the offsets
summed from the pieces' lengths and the tokens made by ``map``/``zip`` (the same tokens, checked
before timing). Round 6 of issue #14 measured it slower than the loop: one tuple per token is the
floor, and the loop's own work costs no more than ``map``/``zip`` do.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from itertools import accumulate, compress, repeat
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_parse


def _scanned_texts(folder: Path) -> list[str]:
    """The texts the name scan reads while the pages of ``folder`` are parsed, in order, each once."""
    import readoutlib
    from readoutlib.errors import ReadoutError
    from readoutlib.languages.en import participants

    seen: dict[str, None] = {}
    scan = participants.scan_people

    def recording(text: str, **kwargs: tuple[str, ...]) -> object:
        seen[text] = None
        return scan(text, **kwargs)

    participants.scan_people = recording  # type: ignore[assignment]
    try:
        for data, url, _name in bench_parse.pages(folder):
            with contextlib.suppress(ReadoutError):  # a refused page is scanned up to its refusal
                readoutlib.parse(data, url=url)
    finally:
        participants.scan_people = scan
    return list(seen)


def _split_tokenize(text: str) -> list[object]:
    """The tokens of ``names.tokenize`` made without a Python loop per word (the design measured)."""
    from readoutlib.languages.en import names

    pieces = _SPLIT.split(text)
    words = pieces[1::2]
    if not words:
        return []
    bounds = list(accumulate(map(len, pieces)))
    facts = zip(*map(names._word_facts, words), strict=True)
    tokens: list[object] = list(
        map(tuple.__new__, repeat(names.Token), zip(words, bounds[0::2], bounds[1::2], *facts, strict=False))
    )
    cut: list[object] = []
    taken = 0
    for index in compress(range(len(words)), map(_sentence_period, words)):
        # the few words whose final period is the sentence's own token: cut in two
        word, start, end = words[index], bounds[2 * index], bounds[2 * index + 1]
        cut += tokens[taken:index]
        cut += (names.Token.of(word[:-1], start, end - 1), names.Token.of(".", end - 1, end))
        taken = index + 1
    if taken:
        tokens = cut + tokens[taken:]
    return tokens


@lru_cache(maxsize=16384)  # as names._word_facts: once per word
def _sentence_period(word: str) -> bool:
    """True where ``names.tokenize`` cuts a word's final period off as its own token."""
    from readoutlib.languages.en import names

    if len(word) < 2 or word[-1] != "." or not word[0].isalnum():
        return False
    stem = word[:-1]
    return not (
        names.is_abbreviation(stem)
        or (len(stem) == 1 and stem.isupper())
        or "." in stem
        or stem in names.HONORIFICS
    )


_SPLIT = __import__("re").compile(r"(\w+(?:[-'’.]\w+)*(?:['’](?=\s)|\.)?|[^\w\s])")


def main(argv: list[str] | None = None) -> int:
    """Time the steps and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a folder of pages (../shared/corpus/cases)")
    parser.add_argument("--rounds", type=int, default=15, help="passes per step (default 15)")
    args = parser.parse_args(argv)
    from readoutlib.languages.en import names

    texts = _scanned_texts(args.folder)
    if names._WORD.pattern != _SPLIT.pattern[1:-1]:
        print("names._WORD changed: update _SPLIT", file=sys.stderr)
        return 1
    if any(names.tokenize(text) != _split_tokenize(text) for text in texts):
        print("the split tokenizer makes other tokens than names.tokenize", file=sys.stderr)
        return 1

    def runs(text: str) -> object:
        return names.name_runs(names.tokenize(text), text)

    def countries(text: str) -> object:
        return names.country_tokens(names.tokenize(text), text)

    def people(text: str) -> object:
        names.clear_page_memos()  # as between pages: the title phrases are read again
        return names.scan_people(text)

    steps: dict[str, Callable[[str], object]] = {
        "tokenize": names.tokenize,
        "split tokenize (design measured)": _split_tokenize,
        "tokenize + country_tokens": countries,
        "tokenize + name_runs": runs,
        "scan_people": people,
    }
    spent: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(args.rounds):
        for name, step in steps.items():
            begin = time.process_time()
            for text in texts:
                step(text)
            spent[name].append(time.process_time() - begin)
    size = sum(map(len, texts))
    print(f"{args.folder}: {len(texts)} texts scanned, {size:,} characters, {args.rounds} rounds")
    print("| step | ms per pass (CPU, fastest) | median |")
    print("|---|---|---|")
    for name, times in spent.items():
        print(f"| {name} | {min(times) * 1000:.2f} | {statistics.median(times) * 1000:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
