"""Where a page's CPU goes at the level a compiler sees: the regex engine, C code, or the interpreter.

Usage (from the repository root; Linux with ``perf``, the kernel's profiler, which is no Python
package: ``apt-get install linux-perf``)::

    python benchmarks/perf_split.py --cases ../shared/corpus/cases --rounds 30
    python benchmarks/perf_split.py --pages 40 --rounds 5       # real-size HTML pages

cProfile cannot answer this: it times Python functions with an overhead that inflates them against
C, and it stops at the function. Here ``perf`` samples the process (``--freq`` a second, with the C
call stack, ``--call-graph dwarf``) while it runs ``parse`` + ``dumps(to="json")`` over the pages;
the samples before the end of a warm-up pass (imports, compiling the regular expressions) are left
out. Each sample is read from its innermost C function outwards to the first frame of the bytecode
interpreter (``_PyEval_EvalFrameDefault``), the Python code that was running, and counted as:

- **regex engine**: inside ``re.Pattern``'s methods (``_sre``): search, match, sub, finditer, split
  and the character classes they test;
- **C functions and methods called**: inside a C function or method Python called (``str.lower``,
  ``str.split``, ``sorted``, a type's constructor, Aho-Corasick, orjson, lxml);
- **interpreter**: the bytecode loop itself and what its opcodes do without a call (attribute and
  global look-ups, ``in`` on a str or set, subscripts, building tuples and frames, reference counts,
  allocation);
- **compiled code (mypyc)**: a compiled module's functions and the C helpers they call directly;
- **gc**, and samples with no Python frame.

A compiler (mypyc, Cython) removes part of the interpreter share only: the regex engine and the C
functions are the same code however the Python calling them is run. So ``1 / (1 - interpreter
share)`` bounds what compiling every Python module of the page path could win.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_parse

_MARK = "perf_split: warm-up done at "
_EVAL = "_PyEval_EvalFrameDefault"
_REGEX = re.compile(r"(?:_sre_|pattern_|sre_|scanner_)")
_CALLS = re.compile(
    r"(?:method_vectorcall|cfunction_|builtin_|wrapperdescr|vectorcall_method|type_call|_PyObject_MakeTpCall"
    r"|__pyx_|xml|html)"  # lxml's Cython functions and libxml2's
)
#: mypyc's functions, and the C calls it makes directly (``CPyStr_``, ``CPyDict_`` ...).
_COMPILED = ("CPyDef_", "CPyPy_", "CPy")
_SAMPLE_HEAD = re.compile(r"(\d+\.\d+):")


def _child(args: argparse.Namespace) -> int:
    """The measured process: one warm-up pass, the mark, then the rounds."""
    run, count = bench_parse.corpus_pass(args.cases, args.pages)

    run()
    print(f"{_MARK}{time.monotonic()}", file=sys.stderr, flush=True)
    started = time.process_time()
    for _ in range(args.rounds):
        run()
    spent = time.process_time() - started
    pages = count * args.rounds
    print(f"{pages} pages: {1000 * spent / pages:.2f} ms CPU a page (under perf)", file=sys.stderr)
    return 0


def _samples(lines: Iterable[str], after: float) -> Iterator[list[str]]:
    """Each sample's stack from ``perf script`` (innermost first), the warm-up's left out."""
    frames: list[str] = []
    stamp = 0.0
    for line in lines:
        if not line.strip():
            if frames and stamp >= after:
                yield frames
            frames = []
        elif not line[0].isspace():
            found = _SAMPLE_HEAD.search(line)
            stamp = float(found.group(1)) if found else 0.0
            frames = []
        else:
            parts = line.split(None, 1)
            frames.append(parts[1].strip() if len(parts) > 1 else "?")
    if frames and stamp >= after:
        yield frames


def bucket(frames: list[str]) -> str:
    """The share a sample counts in: the first of its frames, innermost first, that tells."""
    for name in frames:
        if _REGEX.match(name):
            return "regex engine"
        if "gc_collect" in name:
            return "gc"
        if _CALLS.match(name):
            return "C functions and methods called"
        if name.startswith(_COMPILED):
            return "compiled code (mypyc)"
        if name.startswith(_EVAL):
            return "interpreter"
    return "no Python frame"


def _report(stacks: Iterable[list[str]], top: int) -> None:
    counts: Counter[str] = Counter()
    leaves: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for frames in stacks:
        share = bucket(frames)
        counts[share] += 1
        leaves[share][frames[0]] += 1
    total = sum(counts.values()) or 1
    print(f"{total} samples after the warm-up")
    for share, count in counts.most_common():
        print(f"{share:40s} {count:7d} {100 * count / total:5.1f} %")
        for leaf, n in leaves[share].most_common(top):
            print(f"    {leaf:56s} {100 * n / total:5.1f} %")
    interpreted = counts["interpreter"] / total
    print(f"bound on compiling all the Python: 1 / (1 - {interpreted:.3f}) = {1 / (1 - interpreted):.2f}x")


def main(argv: list[str] | None = None) -> int:
    """Record the pages under perf, then print the split."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=None, help="a folder of cases (else real-size pages)")
    parser.add_argument("--pages", type=int, default=40, help="real-size pages (default 40)")
    parser.add_argument("--rounds", type=int, default=10, help="passes after the warm-up (default 10)")
    parser.add_argument("--freq", type=int, default=499, help="samples a second (default 499)")
    parser.add_argument("--top", type=int, default=8, help="C functions listed per share (default 8)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args)
    if shutil.which("perf") is None:
        print("perf_split: needs perf (Linux: apt-get install linux-perf)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "perf.data"
        child = [sys.executable, __file__, "--child", "--pages", str(args.pages)]
        child += ["--rounds", str(args.rounds)]
        if args.cases is not None:
            child += ["--cases", str(args.cases)]
        record = ["perf", "record", "-q", "-k", "CLOCK_MONOTONIC", "-F", str(args.freq)]
        record += ["--call-graph", "dwarf,16384", "-o", str(data), "--", *child]
        done = subprocess.run(record, capture_output=True, text=True, check=False)
        print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "", file=sys.stderr)
        marks = [line for line in done.stderr.splitlines() if line.startswith(_MARK)]
        if done.returncode != 0 or not marks:
            print(f"perf_split: perf record failed:\n{done.stderr}", file=sys.stderr)
            return 2
        after = float(marks[-1][len(_MARK) :])
        dump = ["perf", "script", "-i", str(data), "-F", "time,ip,sym"]
        script = subprocess.run(dump, capture_output=True, text=True, check=True)
        _report(_samples(script.stdout.splitlines(), after), args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
