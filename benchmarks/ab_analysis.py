"""The analysis of this checkout against another revision's, page by page in one process (A/B).

Usage (from the repository root)::

    git archive 05f8bf0 | tar -x -C /tmp/ref        # the reference's sources
    python benchmarks/ab_analysis.py /tmp/ref/src --cases ../shared/corpus/cases [--rounds 5]

On a machine shared with others, two runs one after the other differ by more than a change of a
few percent makes: the load moves between them. Here both versions run in one process, page after
page in alternating order, so whatever slows one slows the other, and the ratio of their CPU times
is what the change did. The reference's ``readoutlib`` is copied under the name ``readoutlib_ref``
(its modules import each other relatively; the package names its tables are read by are renamed,
and its language packs are registered by hand, since entry points name ``readoutlib``). Both
analyse the same layouts, made by this checkout's load, detection and segmentation outside the
clock (``bench_analysis.py``'s pages: real-size White House pages and, with ``--cases``, a folder
of cases), and the first round checks that both make the same readout (as JSON) or the same error.
Prints CPU ms per page of each, and their ratio, per round and the median.

``--fresh`` gives each round pages no round has read (``--pages`` each, as many rounds as the
real-size bodies fill, after a warm-up on pages of their own; the agreement is checked after the
clock): in a corpus every page brings names not seen before, and a pattern compiled per name is
compiled again, where pages read in every round find it in ``re``'s cache (512 patterns) and hide
that cost.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_analysis
import realsize
from bench_parse import pages as case_pages

import readoutlib
from readoutlib import ReadoutError
from readoutlib.analysis import analyze

#: The entry-point groups (``registry.ENTRY_POINT_GROUP``, ``languages.ENTRY_POINT_GROUP``).
_GROUPS = ("formats", "languages")
_PACKS = {
    "en": "EnglishPack",
    "fr": "FrenchPack",
    "ja": "JapanesePack",
    "ru": "RussianPack",
    "zh": "ChinesePack",
}


def _reference(src: Path, into: Path) -> ModuleType:
    """The reference's package, copied as ``readoutlib_ref`` and imported, its packs registered."""
    target = into / "readoutlib_ref"
    shutil.copytree(src / "readoutlib", target)
    for path in target.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        renamed = text.replace('"readoutlib.', '"readoutlib_ref.').replace("'readoutlib.", "'readoutlib_ref.")
        # Entry-point groups keep their names: the installed packs are found by them (the core reads
        # the English pack's demonyms through its entry point, without importing it).
        for group in _GROUPS:
            renamed = renamed.replace(f'"readoutlib_ref.{group}"', f'"readoutlib.{group}"')
        if renamed != text:
            path.write_text(renamed, encoding="utf-8")
    sys.path.insert(0, str(into))
    package = importlib.import_module("readoutlib_ref")
    languages = importlib.import_module("readoutlib_ref.languages")
    for code, name in _PACKS.items():
        pack = getattr(importlib.import_module(f"readoutlib_ref.languages.{code}"), name)
        languages.register_language(pack, replace=True)
    return package


def _run(analyze: Any, dumps: Any, item: bench_analysis.Prepared) -> str:
    _name, layout, source, profile = item
    try:
        return str(dumps(analyze(layout, source=source, profile=profile), to="json"))
    except ReadoutError as error:
        return f"{type(error).__name__}: {error}"
    except Exception as error:  # the reference's own error classes
        if type(error).__name__.endswith("Error") and type(error).__module__.startswith("readoutlib_ref"):
            return f"{type(error).__name__}: {error}"
        raise


def main(argv: list[str] | None = None) -> int:
    """Prepare the layouts, check both versions agree, then time them alternately."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference", type=Path, help="the reference's src folder (holding readoutlib/)")
    parser.add_argument("--pages", type=int, default=87, help="real-size White House pages (default 87)")
    parser.add_argument("--cases", type=Path, default=None, help="also a folder of cases")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes (default 5)")
    parser.add_argument("--fresh", action="store_true", help="new pages in every round (see above)")
    args = parser.parse_args(argv)
    bodies = realsize.readout_bodies(args.pages * (args.rounds + 1) if args.fresh else args.pages)
    items = [
        bench_analysis._prepare(realsize.wrap(t, d, b), u, f"realsize-{i}")
        for i, (t, d, u, b) in enumerate(bodies)
    ]
    if args.cases is not None:
        items += [bench_analysis._prepare(data, url, name) for data, url, name in case_pages(args.cases)]
    prepared = [item for item in items if item is not None]
    if args.fresh:
        warm, *rounds = [prepared[at : at + args.pages] for at in range(0, len(prepared), args.pages)]
        print(f"fresh pages: {len(warm)} to warm up, then rounds of {', '.join(str(len(r)) for r in rounds)}")
    else:
        warm, rounds = [], [prepared] * args.rounds
    with tempfile.TemporaryDirectory() as folder:
        ref = _reference(args.reference, Path(folder))
        ref_analyze = importlib.import_module("readoutlib_ref.analysis").analyze
        versions = {"reference": (ref_analyze, ref.dumps), "this": (analyze, readoutlib.dumps)}
        _agree(versions, warm if args.fresh else prepared)  # the warm-up too
        ratios = []
        for round_, pages in enumerate(rounds):
            spent = dict.fromkeys(versions, 0.0)
            for index, item in enumerate(pages):
                order = list(versions) if (index + round_) % 2 == 0 else list(reversed(versions))
                for name in order:
                    start = time.process_time()
                    with contextlib.suppress(Exception):  # refusals, the reference's error classes too
                        versions[name][0](item[1], source=item[2], profile=item[3])
                    spent[name] += time.process_time() - start
            ms = {name: spent[name] / len(pages) * 1000 for name in versions}
            ratios.append(ms["this"] / ms["reference"])
            print(
                f"round {round_ + 1}: reference {ms['reference']:.3f}, this {ms['this']:.3f} ms a page,"
                f" ratio {ratios[-1]:.3f}"
            )
        print(f"median ratio this/reference: {statistics.median(ratios):.3f}")
        if args.fresh:
            _agree(versions, [item for pages in rounds for item in pages])
    return 0


def _agree(versions: dict[str, tuple[Any, Any]], prepared: list[Any]) -> None:
    """Print on how many pages the two versions' readouts (or errors) differ."""
    ref, this = versions["reference"], versions["this"]
    differ = [item[0] for item in prepared if _run(*ref, item) != _run(*this, item)]
    print(f"{len(prepared)} pages; readouts differ on {len(differ)}: {differ[:10]}")


if __name__ == "__main__":
    raise SystemExit(main())
