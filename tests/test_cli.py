"""The command line: every command answers --help, errors are one line each, exit 1."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import REPO, statement
from pamphlet.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("command", ["init", "new", "build", "layouts"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0, result.output
    assert "Usage: " in result.output


def test_help_does_not_import_weasyprint():
    code = ("import sys, runpy\nsys.argv = ['pamphlet', '--help']\n"
            "try:\n    runpy.run_module('pamphlet', run_name='__main__')\n"
            "except SystemExit:\n    pass\nprint('weasyprint' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr


def test_init_new_build(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("init", "campaign", "--organisation", "Tenants' Union")
    assert result.exit_code == 0, result.output
    assert "Tenants' Union" in (tmp_path / "campaign/pamphlet.toml").read_text()
    monkeypatch.chdir(tmp_path / "campaign")
    result = run("new", "Rent freeze now", "--date", "2024-02-01")
    assert result.exit_code == 0, result.output
    source = tmp_path / "campaign/sources/2024-02-01-rent-freeze-now.md"
    assert source.is_file()
    result = run("build")
    assert result.exit_code == 0, result.output
    out = tmp_path / "campaign/build/2024-02-01-rent-freeze-now.leaflet-a5.screen.pdf"
    assert out.is_file()
    assert str(out) in result.output
    # init never overwrites a workspace
    result = run("init", ".")
    assert result.exit_code == 1
    assert "already exists" in result.output


def test_build_options_layout_and_out(make_workspace, tmp_path, monkeypatch):
    workspace = make_workspace({"sources/a.md": statement(demands=["Yes"])})
    monkeypatch.chdir(workspace)
    result = run("build", "sources/a.md", "--layout", "statement-a4", "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["a.statement-a4.screen.pdf"]


def test_layouts_lists_size_and_budget(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("layouts")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.split()[:4] == ["leaflet-a5", "A5", "exactly", "2"] for line in lines)
    assert any(line.split()[:2] == ["statement-a4", "A4"] for line in lines)


BAD_SOURCES = {
    "empty.md": ("", "empty.md: is empty"),
    "binary.md": (b"\x89PNG\r\n\x00\x00", "binary.md: is a binary file"),
    "broken.md": ("---\ntitle: [oops\n---\n", "broken.md:2: front matter is not valid YAML"),
    "untitled.md": ("---\ndate: 2020-01-01\n---\nText\n", "untitled.md:2: front matter has no 'title'"),
    "layout.md": (statement(layout="nope"), "layout.md: unknown layout 'nope'"),
    "latin1.md": ("---\ntitle: caf\xe9\n---\n".encode("latin-1"), "latin1.md:2: is not UTF-8"),
    "huge.md": ("---\ntitle: Huge\n---\n" + "word " * 2_100_000, "huge.md: is 10,500,020 bytes"),
}


def test_bad_input_gives_one_line_per_file_and_the_rest_builds(make_workspace, monkeypatch):
    files = {f"sources/{name}": content for name, (content, _) in BAD_SOURCES.items()}
    files["sources/good.md"] = statement(demands=["Yes"])
    workspace = make_workspace(files)
    monkeypatch.chdir(workspace)
    result = run("build")
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(BAD_SOURCES), result.output
    for _, expected in BAD_SOURCES.values():
        assert sum(expected in line for line in errors) == 1, (expected, errors)
    assert "Traceback" not in result.output
    assert (workspace / "build/good.leaflet-a5.screen.pdf").is_file()


def test_unknown_target_is_refused(make_workspace, monkeypatch):
    monkeypatch.chdir(make_workspace({"sources/a.md": statement()}))
    result = run("build", "--target", "fax")
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        "error: --target: unknown target 'fax'; known targets: screen, print, office, social")


def test_bad_config_is_one_error(make_workspace, monkeypatch):
    workspace = make_workspace(config='[brand]\nrgb = "red"\n')
    monkeypatch.chdir(workspace)
    result = run("build")
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: {workspace / 'pamphlet.toml'}: 'brand.rgb': expected a colour such as "
        "\"#e30613\", got 'red'")


def test_debug_shows_the_traceback(make_workspace, monkeypatch):
    monkeypatch.chdir(make_workspace(config="not toml ["))
    assert run("build").exit_code == 1
    result = run("--debug", "build")
    assert result.exit_code == 1
    assert result.exception is not None and type(result.exception).__name__ == "ConfigError"


def test_new_needs_a_workspace_and_a_real_language(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("new", "Title")
    assert result.exit_code == 1
    assert "no pamphlet.toml" in result.output and "pamphlet init" in result.output
    assert not (tmp_path / "sources").exists()
    run("init", ".")
    result = run("new", "Title", "--lang", "en\nslug: hacked")
    assert result.exit_code == 1 and "--lang: expected a language tag" in result.output


def test_an_unwritable_output_is_one_line(make_workspace, monkeypatch):
    workspace = make_workspace({"sources/a.md": statement(demands=["x"])})
    (workspace / "taken").write_text("a file, not a folder")
    monkeypatch.chdir(workspace)
    result = run("build", "-o", "taken")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.count("error:") == 1


def test_statements_in_any_script_get_readable_distinct_slugs(make_workspace, monkeypatch):
    titles = ["Солидарность", "التضامن", "Αλληλεγγύη"]
    workspace = make_workspace({f"sources/{title}.md": statement(title=title, demands=["x"])
                                for title in titles})
    monkeypatch.chdir(workspace)
    result = run("build")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (workspace / "build").iterdir()) == [
        "alleleggue.leaflet-a5.screen.pdf", "ltdmn.leaflet-a5.screen.pdf",
        "solidarnost.leaflet-a5.screen.pdf"]
    for title in titles:
        assert run("new", title, "--date", "2026-12-01").exit_code == 0
    made = sorted(p.name for p in (workspace / "sources").glob("2026-12-01-*.md"))
    assert made == ["2026-12-01-alleleggue.md", "2026-12-01-ltdmn.md",
                    "2026-12-01-solidarnost.md"]


def test_layouts_one_line_each_name_first(make_workspace, monkeypatch):
    """Scripts read `pamphlet layouts`: one line per layout, its name first, a broken
    layout's reason on its own line, whatever the layout.toml holds."""
    base = (REPO / "layouts/leaflet-a5/layout.toml").read_text()
    workspace = make_workspace({
        "layouts/wordy/layout.toml": base.replace(
            base.splitlines()[0], 'description = """A leaflet\nwhose description\n\nruns on"""'),
        "layouts/wordy/leaflet.html.j2": '{% extends "_base/base.html.j2" %}',
        "layouts/wordy/leaflet.css": "",
        "layouts/bad/layout.toml": 'description = "x"\n[type]\nbody_pt = "big"\nmin_pt = -1\n',
    })
    monkeypatch.chdir(workspace)
    result = run("layouts")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    names = [line.split()[0] for line in lines]
    assert sorted(names) == sorted(set(names)) and {"leaflet-a5", "statement-a4", "wordy",
                                                     "bad"} <= set(names)
    (wordy,) = [line for line in lines if line.startswith("wordy ")]
    assert wordy.split()[1:4] == ["A5", "exactly", "2"]
    assert "A leaflet whose description runs on" in wordy
    (bad,) = [line for line in lines if line.startswith("bad ")]
    assert "broken:" in bad and "body_pt" in bad and "min_pt" in bad
