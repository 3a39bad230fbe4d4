"""The inputs of a batch: files, folders, lists of paths and WARC archives, expanded into pages.

Expansion is a generator: a folder of a million files or a crawl archive is walked as it is read,
never listed whole. Each page knows what to call itself in messages and records (``name``: the
path as given, or the URL of a WARC record), where its readout goes when per-page files are written
(``out``: a relative path that mirrors the input folders, so two ``index.html`` never collide), and
the URL that helps detection (given by a URL map, the archive, or none).
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path, PurePosixPath

import attrs

from .page import Page

__all__ = [
    "DEFAULT_INCLUDE",
    "STDIN",
    "Page",
    "Selection",
    "expand",
    "is_warc",
    "read_list",
    "read_url_map",
]

#: What ``-`` reads from.
STDIN = "-"
STDIN_NAME = "<stdin>"

#: Files taken from a folder when no ``--include`` is given: pages and web archives.
DEFAULT_INCLUDE = ("*.html", "*.htm", "*.xhtml", "*.shtml", "*.txt", "*.warc", "*.warc.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz")


class BatchUsageError(ValueError):
    """Batch options or inputs that make no sense (a usage error, not a page failure)."""


@attrs.frozen
class Selection:
    """Which files of a folder are pages: shell patterns on the name or the relative path."""

    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()

    def _matches(self, patterns: Iterable[str], relative: str) -> bool:
        name = relative.rsplit("/", 1)[-1]
        return any(fnmatch.fnmatchcase(relative if "/" in p else name, p) for p in patterns)

    def takes(self, relative: str) -> bool:
        """Whether the file at this folder-relative POSIX path is an input."""
        return self._matches(self.include, relative) and not self._matches(self.exclude, relative)

    def prunes(self, relative: str) -> bool:
        """Whether a sub-folder is left out whole (an exclude pattern names it)."""
        return self._matches(self.exclude, relative)


def is_warc(path: str) -> bool:
    """Whether a path names a WARC archive (``.warc`` or ``.warc.gz``)."""
    return path.lower().endswith(_WARC_SUFFIXES)


def read_list(lines: Iterable[str]) -> Iterator[str]:
    """The paths of a list file: one a line; blank lines and ``#`` comments skipped."""
    for line in lines:
        path = line.rstrip("\r\n")
        if path.strip() and not path.lstrip().startswith("#"):
            yield path


def read_url_map(path: Path) -> dict[str, str]:
    """Read a TSV of ``path<TAB>url`` rows into a map from the resolved path to the URL.

    Raises:
        BatchUsageError: the file cannot be read, or a row has no tab.
    """
    urls: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BatchUsageError(f"--url-map {path}: cannot read: {exc}") from None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, tab, url = line.partition("\t")
        if not tab or not url.strip():
            raise BatchUsageError(f"--url-map {path}: line {number}: expected 'path<TAB>url'")
        urls[_key(key)] = url.strip()
    return urls


def _key(path: str) -> str:
    # one resolve per path, once: the map's keys and each input meet as absolute, normalised paths
    return os.path.normpath(os.path.abspath(path))


def _without_suffix(relative: str) -> str:
    path = PurePosixPath(relative)
    return str(path.with_suffix("")) if path.suffix else relative


class _Names:
    """Hands out per-page output names, never the same twice.

    The first page to want a name gets it; a later one takes its parent folders in front until
    the name is free, then keeps its whole file name (``index.htm`` beside ``index.html``). The
    order of the inputs decides, so a rerun of the same command names every page the same.
    """

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, relative: str, parents: Sequence[str]) -> str:
        stem = _without_suffix(relative)
        candidates = [stem]
        prefix = ""
        for parent in reversed(parents):
            prefix = f"{parent}/{prefix}"
            candidates.append(prefix + stem)
        candidates.extend((relative, prefix + relative))
        for candidate in candidates:
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate
        number = 2
        while f"{relative}-{number}" in self._taken:
            number += 1
        self._taken.add(f"{relative}-{number}")
        return f"{relative}-{number}"


def _parents(path: str) -> list[str]:
    parts = [p for p in PurePosixPath(Path(path).as_posix()).parent.parts if p not in ("/", ".", "..")]
    return parts


def _walk(folder: str, selection: Selection) -> Iterator[tuple[str, str]]:
    """Yield (path, folder-relative POSIX path) of every selected file, sorted, recursively."""
    stack = [""]
    while stack:
        relative_dir = stack.pop()
        directory = os.path.join(folder, relative_dir) if relative_dir else folder
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for entry in entries:
            relative = f"{relative_dir}/{entry.name}" if relative_dir else entry.name
            if entry.name.startswith("."):
                continue  # hidden files and our own manifests and temporary files
            try:
                is_dir = entry.is_dir()
            except OSError:
                continue
            if is_dir:
                if not selection.prunes(relative):
                    subdirs.append(relative)
            elif selection.takes(relative):
                yield entry.path, relative
        stack.extend(reversed(subdirs))


def expand(
    sources: Iterable[str],
    *,
    selection: Selection = Selection(),
    urls: Mapping[str, str] | None = None,
    url: str | None = None,
    stdin: Callable[[], bytes] | None = None,
    archives: list[str] | None = None,
) -> Iterator[Page]:
    """Turn the command line's inputs into pages, lazily and in order.

    Args:
        sources: files, folders (walked recursively through ``selection``), WARC archives and
            ``-`` for standard input (given as a page named ``<stdin>``).
        selection: which files of a folder are taken.
        urls: a URL map (resolved path to URL, see ``read_url_map``).
        url: the URL of the one page given (refused by the caller for several).
        stdin: reads standard input's bytes, for ``-``.
        archives: when given, WARC archives are added to it instead of read here (Dask reads
            each on a worker).
    """
    names = _Names()
    urls = urls or {}
    for source in sources:
        if source == STDIN:
            data = stdin() if stdin is not None else b""
            yield Page(name=STDIN_NAME, data=data, url=url, out=names.claim("stdin", ()))
        elif os.path.isdir(source):
            for path, relative in _walk(source, selection):
                if is_warc(relative):
                    if archives is not None:
                        archives.append(path)
                    else:
                        yield from _warc_pages(path, names)
                    continue
                out = names.claim(relative, [*_parents(source), Path(source).name])
                yield Page(name=path, path=path, url=urls.get(_key(path)), out=out)
        elif is_warc(source):
            if archives is not None:
                archives.append(source)
            else:
                yield from _warc_pages(source, names)
        else:
            out = names.claim(Path(source).name, _parents(source))
            yield Page(name=source, path=source, url=url or urls.get(_key(source)), out=out)


def _warc_pages(path: str, names: _Names) -> Iterator[Page]:
    from .warc import pages_of  # local: warcio is imported only for archives

    for page in pages_of(path):
        yield attrs.evolve(page, out=names.claim(page.out or "page", [Path(path).name]))
