"""``pamphlet watch``: a warm process that rebuilds what each saved change affects.

The build's own incremental check decides what is stale, so a saved statement rebuilds
that statement and a saved layout rebuilds the statements using it; WeasyPrint stays
imported, and fonts and stylesheets stay parsed, between rebuilds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from pamphlet.build.run import BuildReport, build
from pamphlet.config.workspace import CONFIG_NAME, find_workspace
from pamphlet.errors import PamphletError


def watch(root: Path, on_report: Callable[[BuildReport], None],
          on_error: Callable[[str], None], stop: threading.Event | None = None,
          **build_options) -> None:
    """Build once, then again after every change under ``root``, until ``stop`` is set.
    Markdown is converted in a worker process meanwhile: a text that breaks the parser
    must not end the session (load/budget.py)."""
    from watchfiles import watch as watch_changes

    from pamphlet.load.budget import isolated

    def rebuild() -> None:
        try:
            workspace = find_workspace(root)  # pamphlet.toml may have changed
            on_report(build(workspace, **build_options))
        except PamphletError as error:
            on_error(str(error))
        except OSError as error:  # a folder that cannot be written, a file in the way
            on_error(f"{error.filename + ': ' if error.filename else ''}"
                     f"{error.strerror or error}")
        except Exception as error:  # never end the session: the next save builds again
            on_error(f"internal error ({type(error).__name__}: {str(error)[:200]}); "
                     "run `pamphlet --debug build` for the traceback")

    with isolated():
        rebuild()
        watched = [p for p in (root / "sources", root / "layouts", root / CONFIG_NAME)
                   if p.exists()]
        for changes in watch_changes(*watched, stop_event=stop, debounce=200, step=50,
                                     raise_interrupt=False):
            if any(_relevant(Path(path)) for _, path in changes):
                rebuild()


def _relevant(path: Path) -> bool:
    """Editors' swap and backup files do not trigger a rebuild."""
    name = path.name
    return not (name.startswith((".", "#")) or name.endswith(("~", ".swp", ".part")))
