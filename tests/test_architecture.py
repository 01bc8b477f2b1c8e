"""The shape of the package: stages as subpackages, no import up a stage, targets found
through the registry alone, nothing loaded before it is needed."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from conftest import REPO, statement
from pamphlet.build.run import build
from pamphlet.cli import app
from pamphlet.config.workspace import find_workspace

PACKAGE = REPO / "src" / "pamphlet"

#: The pipeline's stages, lowest first (docs/architecture.md): a module may import its own
#: stage and lower ones, never a higher one.
STAGES = ["", "config", "load", "render", "typeset", "pdf", "targets", "build", "collection",
          "check", "serve", "cli"]
BASE_MODULES = {"__init__", "errors", "units", "files", "resources"}


def stage_of(module: str) -> int:
    """The stage of ``pamphlet.x.y`` (a top-level base module is stage 0; ``__main__``,
    the ``python -m pamphlet`` entry point, sits above the CLI)."""
    parts = module.split(".")[1:]
    if not parts or parts[0] in BASE_MODULES:
        return 0
    if parts[0] == "__main__":
        return len(STAGES)
    return STAGES.index(parts[0])


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every ``pamphlet`` import in a file, top-level or inside a function."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pamphlet"):
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("pamphlet")]
    return found


def test_stages_are_subpackages():
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == {s for s in STAGES if s and s not in ("check", "cli")}
    assert (REPO / "docs/architecture.md").is_file()
    for folder in folders:  # each says in its docstring what its stage does
        assert ast.get_docstring(ast.parse((PACKAGE / folder / "__init__.py").read_text()))


def test_no_import_goes_up_a_stage():
    upward = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(("pamphlet", *path.relative_to(PACKAGE).with_suffix("").parts))
        for line, imported in imports_of(path):
            if stage_of(imported) > stage_of(module):
                upward.append(f"{path.relative_to(REPO)}:{line}: {module} imports {imported}")
    assert upward == []


def test_the_checker_itself_catches_an_upward_import(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("def f():\n    from pamphlet.build.run import build\n")
    ((line, imported),) = imports_of(path)
    assert stage_of(imported) > stage_of("pamphlet.render.html") and line == 2


def test_importing_the_engine_loads_nothing():
    code = ("import os, sys\nimport pamphlet.typeset.engine, pamphlet.cli, pamphlet.build.run\n"
            "print('weasyprint' in sys.modules, 'FONTCONFIG_FILE' in os.environ)")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(REPO)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout.split()
    assert out == ["False", "False"]


def test_a_new_target_is_one_module_and_its_registration(make_workspace, tmp_path,
                                                          monkeypatch):
    from toy_target import PageCountTarget

    from pamphlet import targets

    targets.target_names()  # the built-in ones, loaded first
    monkeypatch.setattr(targets, "_REGISTRY", dict(targets._REGISTRY))
    targets.register(PageCountTarget())
    workspace = make_workspace({"sources/a.md": statement(demands=["Now"])})
    report = build(find_workspace(workspace), targets=["pagecount", "screen"],
                   out_dir=tmp_path / "out")
    assert report.ok, report.failed
    assert (tmp_path / "out/a.leaflet-a5.pagecount.txt").read_text() == "2\n"
    assert (tmp_path / "out/a.leaflet-a5.screen.pdf").is_file()
    again = build(find_workspace(workspace), targets=["pagecount"], out_dir=tmp_path / "out")
    assert [job.label for job in again.unchanged] == ["a.leaflet-a5.pagecount.txt"]
    monkeypatch.chdir(workspace)
    result = CliRunner().invoke(app, ["build", "--target", "pagecount", "-o", "cli"])
    assert result.exit_code == 0, result.output
    assert "2 pages counted" in result.output
    assert (workspace / "cli/a.leaflet-a5.pagecount.txt").read_text() == "2\n"
