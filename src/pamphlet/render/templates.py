"""The Jinja environment layouts render in: one per layout search path."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2


@cache
def jinja_environment(roots: tuple[Path, ...]) -> jinja2.Environment:
    """One autoescaping, strict Jinja environment per layout search path."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(root) for root in roots]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
