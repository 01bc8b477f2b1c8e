"""Planning a build: one job per statement, layout and target (or per statement, for a
target that works once per statement), named as docs/architecture.md says, never two jobs
writing one file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pamphlet.load.sources import Statement
from pamphlet.render.layouts import Layout, LayoutKind
from pamphlet.targets import Scope, get_target


@dataclass(frozen=True)
class BuildJob:
    """One output set to make: a statement through a layout for a target."""

    statement: Statement
    layout: Layout
    target: str
    #: Outputs are this path plus each output's suffix (``….pdf``, ``…/1080x1080-01.png``).
    out_stem: Path
    #: How messages name the job's output (``x.leaflet-a5.print.pdf``, ``x.social/``).
    label: str


def output_stem(out_dir: Path, statement: Statement, layout: Layout | None, target: str) -> Path:
    """``<slug>.<layout>.<target>`` (or ``<slug>.<target>`` for a per-statement target)."""
    middle = f".{layout.name}" if layout is not None else ""
    return out_dir / f"{statement.slug}{middle}.{target}"


def plan_jobs(statements: list[Statement], layouts: dict[str, Layout], broken: dict[str, str],
              layout_names: list[str] | None, targets: list[str], out_dir: Path,
              failed: list[str], settings: dict | None = None) -> list[BuildJob]:
    """The jobs for ``statements``; every job that cannot be planned adds a line to
    ``failed`` (unknown or broken layouts, book layouts, unsupported sizes, collisions)."""
    jobs: dict[Path, BuildJob | None] = {}

    def add(statement: Statement, layout: Layout, target: str, stem: Path) -> None:
        kind = get_target(target)
        label = stem.name + ("/" if kind.folder_output else kind.suffixes[0])
        if stem in jobs:
            other = jobs[stem]
            if other is not None:
                failed.append(f"{other.statement.src_path}: writes {label} as "
                              f"{statement.src_path} does")
            failed.append(f"{statement.src_path}: writes {label} as another statement does; "
                          "give one its own 'slug:'")
            jobs[stem] = None  # neither builds
            return
        jobs[stem] = BuildJob(statement, layout, target, stem, label)

    for statement in statements:
        usable = []
        for name in dict.fromkeys(layout_names or statement.layouts):
            if name in broken:
                failed.append(f"{statement.src_path}: layout '{name}' is broken (see its "
                              "layout.toml problems)")
            elif name not in layouts:
                failed.append(f"{statement.src_path}: unknown layout '{name}'; "
                              f"known layouts: {', '.join(layouts)}")
            elif layouts[name].kind is LayoutKind.BOOK:
                failed.append(f"{statement.src_path}: {name} is a book layout; "
                              "use `pamphlet collection` for it")
            else:
                usable.append(layouts[name])
        for target_name in dict.fromkeys(targets):
            target = get_target(target_name)
            if target.scope is Scope.STATEMENT:
                if usable:
                    add(statement, usable[0], target.name,
                        output_stem(out_dir, statement, None, target.name))
                continue
            for layout in usable:
                reason = target.supports(layout, (settings or {}).get(target.name))
                if reason:
                    failed.append(f"{statement.src_path}: {layout.name}: {target.name}: "
                                  f"{reason}")
                    continue
                add(statement, layout, target.name,
                    output_stem(out_dir, statement, layout, target.name))
    return [job for job in jobs.values() if job is not None]
