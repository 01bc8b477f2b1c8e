"""Making workspaces and statements: ``pamphlet init`` and ``pamphlet new``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pamphlet.config.workspace import CONFIG_NAME, LANG_TAG
from pamphlet.errors import PamphletError
from pamphlet.load.sources import slugify

CONFIG_TEMPLATE = """\
# pamphlet workspace: statements live in sources/, your own layouts in layouts/.

[organisation]
name = {name}
web = ""          # e.g. "example.org", printed at the foot of the leaflet
email = ""
address = ""

[brand]
cmyk = [0, 95, 90, 0]   # the brand colour in percent, for print
rgb = "#e2231a"         # its twin, for screen

[imprint]
# Who published and who printed the statement, as election law may require. The print
# target refuses to build while these still say TODO.
promoter = "TODO: the promoter's name and address"
printer = "TODO: the printer's name and address"
address = ""

[defaults]
lang = "en"
layouts = ["leaflet-a5"]
targets = ["screen"]
printer = "default"

# One table per print shop: `pamphlet build --target print --printer NAME`.
[printers.default]
variant = "pdf/x-4"     # or "pdf/x-1a" for older workflows
bleed_mm = 3
marks = true            # crop marks in registration colour, outside the bleed
mark_offset_mm = 3      # from the trim; at least the bleed
mark_length_mm = 5
icc = "FOGRA39"         # the built-in coated-offset profile, or a .icc file in this folder
output_condition = "FOGRA39"
min_ppi = 300
require_imprint = true
"""

STATEMENT_TEMPLATE = """\
---
title: {title}
date: {date}
lang: {lang}
tags: []
---

The first paragraph is the lead: say what happened and where you stand.

Then the argument, a paragraph at a time.

::: demands
- The first demand
- The shortest, strongest demand
:::
"""


def _toml_string(text: str) -> str:
    """A double-quoted string, valid in TOML and in YAML alike (control characters such as
    a newline are escaped, so no value can break out of its line)."""
    return json.dumps(text, ensure_ascii=False)


def init_workspace(folder: Path, organisation: str) -> Path:
    """Create ``folder`` with ``pamphlet.toml`` and an empty ``sources/``; never overwrite."""
    config_path = folder / CONFIG_NAME
    if config_path.exists():
        raise PamphletError(f"{config_path} already exists; this is a workspace already")
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    config_path.write_text(CONFIG_TEMPLATE.format(name=_toml_string(organisation)),
                           encoding="utf-8")
    return config_path


def new_statement(sources_dir: Path, title: str, lang: str, date: dt.date) -> Path:
    """Add a statement named after its date and title; never overwrite an existing one."""
    if not title.strip():
        raise PamphletError("a statement needs a title")
    if not LANG_TAG.match(lang):
        raise PamphletError(f"--lang: expected a language tag such as en, de or pt-BR, "
                            f"got {lang!r}")
    path = sources_dir / f"{date.isoformat()}-{slugify(title)}.md"
    if path.exists():
        raise PamphletError(f"{path} already exists")
    sources_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(STATEMENT_TEMPLATE.format(title=_toml_string(" ".join(title.split())),
                                              date=date.isoformat(), lang=lang),
                    encoding="utf-8")
    return path
