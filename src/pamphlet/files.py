"""Files in and out, safely: atomic writes, and reads that refuse what is not a plain file.

Used by every stage that touches the disk, so that a failed or interrupted write never
leaves a half-written file where a good one was.
"""

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
    except OSError as error:  # name the file the user asked for, not our temporary one
        Path(partial).unlink(missing_ok=True)
        raise OSError(error.errno, error.strerror, str(out_path)) from None
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
