"""How often one page's analysis does the same piece of work again: the same text split into sentences,
tokenized, name-scanned, folded, searched for dates, or searched by the same gated pattern.

Usage (from the repository root)::

    python benchmarks/count_repeats.py [--pages N]

Parses ``realsize.py``'s real-size pages once to warm up, then once more with the hot pure functions
wrapped: for each, calls a page, distinct arguments a page, characters read a page, and the time
spent in the calls that repeat an earlier call of the same page (the most a per-page cache could
save, before its own cost). Wrapping adds a Python call to every call: read the counts and the
shares, not the absolute times.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import realsize

#: (module, attribute) of the functions counted; every module binding the same object is patched.
TARGETS = (
    ("readoutlib.languages.en.text", "split_sentences"),
    ("readoutlib.analysis.sentences", "split_sentences"),
    ("readoutlib.languages.en.names", "tokenize"),
    ("readoutlib.languages.en.names", "country_tokens"),
    ("readoutlib.languages.en.names", "name_runs"),
    ("readoutlib.languages.en.names", "scan_people"),
    ("readoutlib.languages.en.names", "find_mentions"),
    ("readoutlib.dates", "find_dates"),
    ("readoutlib.folding", "fold"),
    ("readoutlib.rules", "_case_odd"),
    ("readoutlib.languages.en.event", "clause_tense"),
    # the readers of the opening sentence's clause, stage by stage
    ("readoutlib.languages.en.event", "event_kind"),
    ("readoutlib.languages.en.participants", "_clause_sides"),
    ("readoutlib.languages.en.participants", "_mentions"),
    ("readoutlib.languages.en.participants", "_named_mentions"),
    ("readoutlib.languages.en.participants", "_opening_principals"),
    ("readoutlib.languages.en.participants", "assign_countries"),
    ("readoutlib.languages.en.participants", "_full_names"),
)
#: (module, class, method): methods counted, keyed by the instance and the text.
METHODS = (
    ("readoutlib.rules", "Gated", "search"),
    ("readoutlib.rules", "Gated", "finditer"),
    ("readoutlib.rules", "Gated", "sub"),
    ("readoutlib.rules", "_WordIndex", "words_in"),
)


class Tally:
    """Calls, distinct keys, characters and repeated time of one function over the pages."""

    def __init__(self) -> None:
        self.calls = 0
        self.distinct = 0
        self.chars = 0
        self.distinct_chars = 0
        self.time = 0.0
        self.repeat_time = 0.0
        self.seen: set[object] = set()


TALLIES: dict[str, Tally] = {}


def _key(args: tuple[Any, ...], kwargs: dict[str, Any]) -> object:
    return tuple(a if isinstance(a, (str, int, bool, type(None))) else id(a) for a in args) + tuple(
        sorted((k, v if isinstance(v, (str, int, bool)) else id(v)) for k, v in kwargs.items())
    )


def _wrap(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    tally = TALLIES.setdefault(name, Tally())

    def counted(*args: Any, **kwargs: Any) -> Any:
        key = _key(args, kwargs)
        tally.calls += 1
        text = next((a for a in args if isinstance(a, str)), "")
        tally.chars += len(text)
        repeat = key in tally.seen
        if not repeat:
            tally.seen.add(key)
            tally.distinct += 1
            tally.distinct_chars += len(text)
        began = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent = time.process_time() - began
            tally.time += spent
            if repeat:
                tally.repeat_time += spent

    for attr in ("cache_clear", "cache_info", "__wrapped__"):  # lru_cached functions are cleared per page
        if hasattr(func, attr):
            setattr(counted, attr, getattr(func, attr))
    return counted


def _overhead() -> float:
    """CPU seconds the wrapper adds to one call (a wrapped no-op), subtracted from the figures."""
    noop = _wrap("(calibration)", lambda text: None)
    began = time.process_time()
    for i in range(20000):
        noop(str(i))
    spent = (time.process_time() - began) / 20000
    del TALLIES["(calibration)"]
    return spent


def _body_chars(readoutlib: Any, corpus: list[tuple[str, str]]) -> int:
    """Characters of the pages' titles and body paragraphs (what the analysis reads), one parse each."""
    from readoutlib.analysis import pipeline

    seen: list[int] = []
    analyze = pipeline.analyze

    def measured(layout: Any, **kwargs: Any) -> Any:
        seen.append(sum(len(p) for p in layout.paragraphs) + len(layout.title or ""))
        return analyze(layout, **kwargs)

    pipeline.analyze = measured
    try:
        for page, url in corpus:
            with contextlib.suppress(readoutlib.ReadoutError):
                readoutlib.parse(page, url=url)
    finally:
        pipeline.analyze = analyze
    return sum(seen)


def _patch() -> None:
    import importlib

    modules = [m for n, m in sys.modules.items() if n.startswith("readoutlib") and m is not None]
    for module_name, attr in TARGETS:
        original = getattr(importlib.import_module(module_name), attr)
        wrapped = _wrap(f"{module_name.removeprefix('readoutlib.')}.{attr}", original)
        for module in modules:
            for key, value in list(vars(module).items()):
                if value is original:
                    setattr(module, key, wrapped)
    for module_name, cls_name, attr in METHODS:
        cls = getattr(importlib.import_module(module_name), cls_name)
        setattr(cls, attr, _wrap(f"{cls_name}.{attr}", getattr(cls, attr)))
    names = importlib.import_module("readoutlib.languages.en.names")
    scan_of = names._Scan.of.__func__
    wrapped_of = _wrap("names._Scan.of", lambda text, lex: scan_of(names._Scan, text, lex))
    names._Scan.of = staticmethod(wrapped_of)


def main(argv: list[str] | None = None) -> int:
    """Count the repeated work over the pages and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=87, help="real-size pages (default 87)")
    parser.add_argument("--paragraphs", type=int, default=0, help="keep each body's first N paragraphs")
    args = parser.parse_args(argv)
    import readoutlib

    cut = args.paragraphs
    corpus = [
        (realsize.wrap(t, d, "</p>".join(b.split("</p>")[:cut]) + "</p>" if cut else b), u)
        for t, d, u, b in realsize.readout_bodies(args.pages)
    ]
    for page, url in corpus:  # warm-up: imports, plugins, compiled patterns
        with contextlib.suppress(readoutlib.ReadoutError):
            readoutlib.dumps(readoutlib.parse(page, url=url), to="json")
    overhead = _overhead()
    body = _body_chars(readoutlib, corpus)
    _patch()
    began = time.process_time()
    for page, url in corpus:
        for tally in TALLIES.values():
            tally.seen.clear()  # a repeat is a repeat within one page
        with contextlib.suppress(readoutlib.ReadoutError):
            readoutlib.dumps(readoutlib.parse(page, url=url), to="json")
    whole = time.process_time() - began
    n = len(corpus)
    print(
        f"{n} pages, {1000 * whole / n:.2f} ms a page wrapped (CPU); body "
        f"{body / n:.0f} characters a page; wrapper {1e6 * overhead:.2f} us a call, taken off; per page:"
    )
    head = f"{'function':36} {'calls':>6} {'distinct':>8} {'chars':>7} {'distinct':>8} {'x body':>6}"
    print(f"{head} {'ms':>6} {'repeat ms':>9}")
    for name, t in sorted(TALLIES.items(), key=lambda item: -item[1].time):
        repeats = t.calls - t.distinct
        counts = f"{t.calls / n:6.1f} {t.distinct / n:8.1f} {t.chars / n:7.0f} {t.distinct_chars / n:8.0f}"
        spent = max(t.time - t.calls * overhead, 0)
        repeated = max(t.repeat_time - repeats * overhead, 0)
        print(
            f"{name:36} {counts} {t.distinct_chars / max(body, 1):6.2f} "
            f"{1000 * spent / n:6.3f} {1000 * repeated / n:9.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
