"""The date a PDF carries when its statement has none (docs/architecture.md: the statement's date,
``SOURCE_DATE_EPOCH``, or the newest statement's date, in that order)."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable

from pamphlet.config.workspace import Workspace
from pamphlet.load.sources import Statement, load_all

log = logging.getLogger("pamphlet")

#: The latest date ``SOURCE_DATE_EPOCH`` may name (years beyond 9999 cannot be written).
_LATEST_EPOCH = int(dt.datetime(9999, 12, 31, tzinfo=dt.timezone.utc).timestamp())


def fallback_pdf_date(statements: Iterable[Statement]) -> dt.date | None:
    """``SOURCE_DATE_EPOCH`` if set (and a possible date), else the newest statement's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit() and int(epoch) <= _LATEST_EPOCH:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    if epoch:
        log.warning("SOURCE_DATE_EPOCH=%s is not a date pamphlet can use (seconds since "
                    "1970, up to the year 9999); ignored", epoch[:40])
    dates = [s.date for s in statements if s.date]
    return max(dates) if dates else None


def workspace_pdf_date(workspace: Workspace, statements: list[Statement]) -> dt.date | None:
    """The date for undated statements: the same whichever files one build is given."""
    everything = {s.src_path.resolve(): s for s in statements}
    others = [path for path in workspace.source_paths() if path.resolve() not in everything]
    loaded, _ = load_all(others, workspace.config, workspace.root)
    return fallback_pdf_date([*everything.values(), *loaded])
