"""Workspace layouts from someone else (findings 1 and 2 of issue 15): an override of the
shared base runs no code, a layouts folder or layout linked in from outside is refused."""

from __future__ import annotations

from conftest import MINIMAL_CONFIG, statement
from hostile import run_audited


def workspace(tmp_path, sources: dict[str, str]):
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    for name, text in sources.items():
        (root / "sources" / name).write_text(text)
    return root


def test_an_override_of_the_shared_base_runs_no_code(tmp_path):
    root = workspace(tmp_path, {"a.md": statement(demands=["x"]),
                                "b.md": statement(title="B", demands=["y"])})
    base = root / "layouts/_base"
    base.mkdir(parents=True)
    (base / "base.html.j2").write_text(
        '<html>{{ cycler.__init__.__globals__.os.system("touch MARKER") }}</html>')
    run = run_audited(root, "build")
    assert run.code == 1
    run.assert_clean()
    for name in ("a", "b"):  # the built-in layout uses the workspace's base, in the sandbox
        line = run.error_for(root / f"sources/{name}.md")
        assert line.endswith("template error: access to attribute '__init__' of "
                             "'StrictUndefined' object is unsafe.")
    assert not (root / "MARKER").exists()
    assert not (root / "build").exists()


def test_a_layouts_folder_linked_from_outside_is_refused(tmp_path):
    root = workspace(tmp_path, {"a.md": statement(demands=["x"])})
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "leaflet-a5").mkdir(parents=True)
    (root / "layouts").symlink_to(elsewhere)
    run = run_audited(root, "build")
    assert run.code == 1
    run.assert_clean()
    assert run.errors == [f"{root / 'layouts'}: is a symlink leading out of the workspace "
                          f"(to {elsewhere}); copy the layouts into the workspace instead"]


def test_a_layout_linked_from_outside_is_refused_and_the_others_build(tmp_path):
    root = workspace(tmp_path, {"a.md": statement(demands=["x"]),
                                "b.md": statement(title="B", layout="stolen", demands=["y"])})
    stolen = tmp_path / "elsewhere/stolen"
    stolen.mkdir(parents=True)
    (stolen / "layout.toml").write_text('template = "t.html.j2"\n')
    (root / "layouts").mkdir()
    (root / "layouts/stolen").symlink_to(stolen)
    run = run_audited(root, "build")
    assert run.code == 1
    run.assert_clean()
    assert f"{root / 'layouts/stolen'}: leads out of its layouts folder (to {stolen})" in \
        run.err
    assert (root / "build/a.leaflet-a5.screen.pdf").is_file()


def test_absurd_page_numbers_in_a_shared_layout_name_their_key_once(tmp_path):
    root = workspace(tmp_path, {"a.md": statement(demands=["x"]),
                                "b.md": statement(title="B", layout="huge", demands=["y"])})
    folder = root / "layouts/huge"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(
        'template = "huge.html.j2"\n[page]\nwidth_mm = 1e308\nheight_mm = nan\n'
        "margin_mm = [14, 15, inf, 15]\n")
    (folder / "huge.html.j2").write_text('{% extends "_base/base.html.j2" %}')
    run = run_audited(root, "build")
    assert run.code == 1
    run.assert_clean()
    toml = root / "layouts/huge/layout.toml"
    assert run.errors == [
        f"{toml}: 'page.width_mm': expected a number from 20 to 2000, got 1e+308",
        f"{toml}: 'page.height_mm': expected a number from 20 to 2000, got nan",
        f"{toml}: 'page.margin_mm': expected [top, right, bottom, left] in mm, got "
        "[14, 15, inf, 15]",
        f"{root / 'sources/b.md'}: layout 'huge' is broken (see its layout.toml problems)"]
    assert (root / "build/a.leaflet-a5.screen.pdf").is_file()
