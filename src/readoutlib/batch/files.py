"""Writing output files safely: whole or not at all, with errors that name the output and the reason."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

__all__ = ["TEMP_MARK", "OutputError", "append_lines", "check_dir", "remove_temps", "write_atomic"]

#: Part of every temporary file name readout writes, so a later run can sweep up after a kill.
TEMP_MARK = ".readout-"


class OutputError(Exception):
    """An output that cannot be written; the message names the output path and the reason."""


def _file_mode() -> int:
    # mkstemp makes 0600 files; give the output the mode any new file would get
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _why(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "a symbolic link loop is in the way"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    return (exc.strerror or str(exc)).lower() if exc.strerror else str(exc)


def _in_the_way(path: Path) -> str:
    """Say what stops ``path`` from being a folder: an ancestor (or itself) that is a file or a bad link."""
    for candidate in (*reversed(path.parents), path):
        try:
            if candidate.is_dir():
                continue
            os.stat(candidate)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return f"{candidate} is a symbolic link loop"
            if os.path.islink(candidate):
                return f"{candidate} is a symbolic link to nothing"
            continue
        return f"{candidate} is a file, not a folder"
    return "not a folder"


def check_dir(folder: Path) -> None:
    """Create ``folder`` (and its parents) for output, or say why it cannot be.

    Raises:
        OutputError: naming the folder: a file in the way, a symbolic link loop, no permission.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise OutputError(f"cannot write in {folder}: {_in_the_way(folder)}") from None
    except OSError as exc:
        raise OutputError(f"cannot write in {folder}: {_why(exc)}") from None


def write_atomic(target: Path, data: str | bytes) -> None:
    """Write ``data`` to ``target`` whole or not at all: a temporary file beside it, then a rename.

    Raises:
        OutputError: the file cannot be written; the message names ``target`` (never the temporary).
    """
    try:
        check_dir(target.parent)
    except OutputError as exc:
        raise OutputError(f"cannot write {target}: {str(exc).split(': ', 1)[-1]}") from None
    try:
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}{TEMP_MARK}", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {_why(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(temp, _file_mode())
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {target}: {_why(exc)}") from None
        raise


def remove_temps(folder: Path, recursive: bool = False) -> None:
    """Remove the temporary files an earlier run left when it was killed."""
    if not folder.is_dir():
        return
    found = folder.rglob(f".*{TEMP_MARK}*.tmp") if recursive else folder.glob(f".*{TEMP_MARK}*.tmp")
    for stray in found:
        with contextlib.suppress(OSError):
            stray.unlink()


def append_lines(path: Path) -> tuple[list[str], int]:
    """Read a line-per-record file to append to: its complete lines and the length to keep.

    A run killed while writing leaves a torn last line; it is not a record, and the file is cut
    back to the end of the last whole line before anything is appended.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return [], 0
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {_why(exc)}") from None
    keep = data.rfind(b"\n") + 1
    text = data[:keep].decode("utf-8", "replace")
    return text.splitlines(), keep
