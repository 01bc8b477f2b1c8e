"""Stage 4, finish: work on whole PDF files; here, writing them safely."""

from __future__ import annotations

import os
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
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
