"""CI: no function above radon's grade C (cyclomatic complexity over 20) in the given folders.

Prints each offender as ``path:line name (grade complexity)`` and exits 1 when there is one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from radon.complexity import cc_rank, cc_visit

#: The highest complexity grade C allows.
LIMIT = 20


def offenders(roots: list[str]) -> list[str]:
    """Every function or method above the limit under ``roots``."""
    found: list[str] = []
    for root in roots:
        for path in sorted(Path(root).rglob("*.py")):
            if ".venv" in path.parts or "build" in path.parts:
                continue
            for block in cc_visit(path.read_text(encoding="utf-8")):
                if block.complexity > LIMIT:
                    name = getattr(block, "fullname", block.name)
                    grade = f"{cc_rank(block.complexity)} {block.complexity}"
                    found.append(f"{path}:{block.lineno} {name} ({grade})")
    return found


def main(argv: list[str]) -> int:
    """Check the folders named on the command line."""
    bad = offenders(argv or ["src", "plugins"])
    for line in bad:
        print(line)
    summary = f"{len(bad)} function(s) above grade C" if bad else "every function at grade C or better"
    print(f"radon: {summary}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
