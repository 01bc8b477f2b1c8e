"""Files in and out, safely: atomic writes, and reads that refuse what is not a plain file
(a FIFO, a device, something too large) or that a symlink carries out of the workspace.

Used by every stage that touches the disk, so that a failed or interrupted write never
leaves a half-written file where a good one was.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_atomically(data: bytes, out_path: Path) -> None:
    """Write ``data`` to ``out_path`` so that a reader only ever sees the old or the new file."""
    out_path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part",
                                       dir=out_path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(partial, 0o644)
        os.replace(partial, out_path)
    except OSError as error:  # name the file the user asked for, not our temporary one
        Path(partial).unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(out_path)) from None
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


class RefusedFile(Exception):
    """A file pamphlet will not read: not a regular file, too large, or reached through a
    symlink that leads out of the folders it may read. The message is one line."""


class TooLarge(RefusedFile):
    """A file larger than the limit it is read under."""

    def __init__(self, size: int, limit: int, at_least: bool = False):
        self.size, self.limit = size, limit
        super().__init__(f"is {'at least ' if at_least else ''}{size:,} bytes; "
                         f"pamphlet reads at most {limit:,} bytes here")


def inside(path: Path, roots) -> bool:
    """Whether ``path`` (resolved, symlinks followed) lies in one of ``roots``."""
    resolved = Path(os.path.realpath(path))
    return any(resolved.is_relative_to(os.path.realpath(root)) for root in roots)


def check_within(path: Path, root: Path) -> None:
    """Refuse a path that is inside ``root`` as written but leads out of it through a
    symlink (a path written outside ``root`` was named on purpose and is left alone)."""
    written = Path(os.path.abspath(path))
    real_root = Path(os.path.realpath(root))
    if written.is_relative_to(os.path.abspath(root)) or written.is_relative_to(real_root):
        real = Path(os.path.realpath(written))
        if not real.is_relative_to(real_root):
            raise RefusedFile(f"is a symlink leading out of the workspace (to {real})")


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes; a FIFO, a
    device (``/dev/zero``), a folder or a larger file is refused without waiting on it or
    reading more than ``limit + 1`` bytes."""
    real = os.path.realpath(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    handle = os.open(real, flags)
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFile(f"is {_kind(info.st_mode)}, not a file pamphlet can read")
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(handle, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise TooLarge(size, limit, at_least=True)
        return b"".join(chunks)
    finally:
        os.close(handle)


def not_a_file(path: Path) -> str | None:
    """Why ``path`` (symlinks followed) is no file pamphlet reads — "is a FIFO (named
    pipe), …" — or None for a regular file or nothing at all; never opens it."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISREG(mode):
        return None
    return f"is {_kind(mode)}, not a file pamphlet can read"


def regular_file_digest(path: Path, hasher) -> bool:
    """Feed a regular file's bytes to ``hasher`` (streamed, any size); False, feeding
    nothing, for what is not one (a FIFO, a device, a folder, nothing at all)."""
    try:
        handle = os.open(os.path.realpath(path),
                         os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return False
        while chunk := os.read(handle, 1 << 20):
            hasher.update(chunk)
        return True
    finally:
        os.close(handle)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
