"""Numbers and names from a shared workspace (findings 5 and 11 of issue 15): every number
in pamphlet.toml is finite and in range with its key named, an impossible
SOURCE_DATE_EPOCH is a warning, and `init` writes a name with a newline as TOML text."""

from __future__ import annotations

import os
import tomllib

import pytest

from conftest import PRINT_READY_CONFIG, statement
from hostile import run_audited


def workspace(tmp_path, config: str):
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "pamphlet.toml").write_text(config)
    (root / "sources/a.md").write_text(statement(demands=["x"]))
    return root


@pytest.mark.parametrize("setting, expected", [
    ("min_ppi = inf", "'printers.default.min_ppi': expected a whole number"),
    ("bleed_mm = inf", "'printers.default.bleed_mm': expected a number from 0 to 20"),
    ("bleed_mm = 1e300", "'printers.default.bleed_mm': expected a number from 0 to 20"),
    ("mark_length_mm = 1e308", "'printers.default.mark_length_mm': expected a number "
                               "from 1 to 30"),
    ("mark_offset_mm = nan", "'printers.default.mark_offset_mm': expected a number"),
])
def test_absurd_numbers_in_the_config_name_their_key(tmp_path, setting, expected):
    root = workspace(tmp_path, PRINT_READY_CONFIG + f"\n[printers.default]\n{setting}\n")
    run = run_audited(root, "build", "--target", "print")
    assert run.code == 1
    run.assert_clean()
    (line,) = run.errors
    assert line.startswith(f"{root / 'pamphlet.toml'}: {expected}"), line


def test_an_impossible_source_date_epoch_is_a_warning(tmp_path):
    root = workspace(tmp_path, PRINT_READY_CONFIG)
    run = run_audited(root, "build", env={"SOURCE_DATE_EPOCH": "99999999999999"})
    assert run.code == 0, run.err
    run.assert_clean()
    assert "warning: SOURCE_DATE_EPOCH=99999999999999 is not a date pamphlet can use" in run.err
    assert (root / "build/a.leaflet-a5.screen.pdf").is_file()


def test_init_writes_a_name_with_a_newline_as_text(tmp_path):
    run = run_audited(tmp_path, "init", "group", "--organisation", 'A"\nB = 1\n[x]')
    assert run.code == 0, run.err
    run.assert_clean()
    config = tomllib.loads((tmp_path / "group/pamphlet.toml").read_text())
    assert config["organisation"]["name"] == 'A"\nB = 1\n[x]'
    assert "x" not in config


@pytest.mark.parametrize("kind, fragment", [("fifo", "is a FIFO (named pipe)"),
                                            ("device", "is a symlink leading out of the "
                                                       "workspace (to /dev/zero)")])
def test_a_config_that_is_no_file_is_refused_not_passed_over(tmp_path, kind, fragment):
    """A FIFO pamphlet.toml would hang a reader; passing over it built with defaults."""
    root = workspace(tmp_path, PRINT_READY_CONFIG)
    config = root / "pamphlet.toml"
    config.unlink()
    os.mkfifo(config) if kind == "fifo" else config.symlink_to("/dev/zero")
    run = run_audited(root, "build", timeout=60)
    assert run.code == 1
    run.assert_clean()
    assert run.errors == [f"{config}: {fragment}" + (", not a file pamphlet can read"
                                                     if kind == "fifo" else "")]
    assert not (root / "build").exists()
