"""The built wheel carries the layouts and fonts and works outside this checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(REPO)], check=True, capture_output=True)
    (path,) = out.glob("pamphlet-*.whl")
    return path


def test_wheel_contains_layouts_and_fonts(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for layout in ("leaflet-a5", "statement-a4"):
        assert f"pamphlet/data/layouts/{layout}/layout.toml" in names
    assert "pamphlet/data/layouts/_base/base.html.j2" in names
    assert "pamphlet/data/fonts/NotoSerif-Regular.ttf" in names
    assert "pamphlet/data/fonts/OFL.txt" in names
    assert "pamphlet/data/fonts/fonts.css" in names
    # made at build time from Debian's texlive-lang-german (hyphenation/README.md)
    assert {"pamphlet/data/hyphenation/hyph_de_1996.dic",
            "pamphlet/data/hyphenation/README.md"} <= names


def test_installed_wheel_finds_its_data_outside_the_checkout(wheel, tmp_path):
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    code = ("from pamphlet.resources import data_root, builtin_layouts_dir\n"
            "from pamphlet.render.layouts import find_layouts\n"
            "from pamphlet.render.hyphenate import hyphenator\n"
            "print(data_root()); print(sorted(find_layouts(None)))\n"
            "print(hyphenator('de').hyphenate_word('Klimastreik', '-'))")
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env,
                            capture_output=True, text=True, check=True)
    root, layouts, word = result.stdout.splitlines()
    assert word == "Kli-ma-streik" and "missing" not in result.stderr  # the TeX patterns
    assert root == str(target / "pamphlet" / "data")
    assert "'leaflet-a5'" in layouts and "'statement-a4'" in layouts
