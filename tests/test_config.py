"""``pamphlet.toml``: read into a typed ``Config``, every problem reported at once."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pamphlet.config.workspace import (CONFIG_NAME, Brand, Config, Defaults, Imprint, Organisation,
                             Workspace, find_workspace, load_config)
from pamphlet.errors import ConfigError, PamphletError

FULL = """\
[organisation]
name = "  Socialist Group  "
web = "https://example.org"
email = "info@example.org"
address = "1 High Street, Leeds"

[brand]
cmyk = [0, 100, 80.5, 5]
rgb = "#C8102E"

[imprint]
promoter = "A. Secretary, 1 High Street, Leeds"
printer = "Red Press"
address = "2 Low Road, Leeds"
note = "Printed on recycled paper."

[defaults]
lang = "de"
layouts = ["statement-a4", "leaflet-a5"]
targets = ["screen"]
place = "Leeds"
"""

TARGETS = "a list of target names such as [\"screen\", \"print\"]"


def write(tmp_path: Path, text: str | bytes, name: str = CONFIG_NAME) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def config_error(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert isinstance(info.value, PamphletError)
    return str(info.value)


def test_full_file_round_trips(tmp_path):
    assert load_config(write(tmp_path, FULL)) == Config(
        organisation=Organisation(name="Socialist Group", web="https://example.org",
                                  email="info@example.org", address="1 High Street, Leeds"),
        brand=Brand(cmyk=(0.0, 100.0, 80.5, 5.0), rgb="#c8102e"),
        imprint=Imprint(promoter="A. Secretary, 1 High Street, Leeds", printer="Red Press",
                        address="2 Low Road, Leeds", note="Printed on recycled paper."),
        defaults=Defaults(lang="de", layouts=("statement-a4", "leaflet-a5"),
                          targets=("screen",), place="Leeds"),
    )


def test_values_have_the_declared_types(tmp_path):
    config = load_config(write(tmp_path, FULL))
    assert all(type(v) is float for v in config.brand.cmyk)
    assert type(config.defaults.layouts) is tuple
    assert config.defaults.targets == ("screen",)


@pytest.mark.parametrize("text", [
    pytest.param("", id="empty-file"),
    pytest.param("# only a comment\n", id="comment-only"),
    pytest.param("[organisation]\n[brand]\n[imprint]\n[defaults]\n", id="empty-tables"),
])
def test_missing_values_get_built_in_defaults(tmp_path, text):
    assert load_config(write(tmp_path, text)) == Config()


def test_built_in_defaults():
    config = Config()
    assert config.defaults == Defaults(lang="en", layouts=("leaflet-a5",),
                                       targets=("screen",), place="")
    assert config.brand == Brand(cmyk=(0, 95, 90, 0), rgb="#e30613")


def test_partial_file_keeps_other_defaults(tmp_path):
    config = load_config(write(tmp_path, '[brand]\nrgb = "#00ff00"\n[defaults]\nlang = "fr"\n'))
    assert config.brand == Brand(cmyk=(0, 95, 90, 0), rgb="#00ff00")
    assert config.defaults == Defaults(lang="fr")
    assert config.organisation == Organisation()


PROBLEMS = [
    pytest.param("[brand]\ncmyk = [0, 95, 90]\n",
                 "'brand.cmyk': expected four percentages such as [0, 95, 90, 0], got [0, 95, 90]",
                 id="cmyk-three-values"),
    pytest.param("[brand]\ncmyk = [0, 95, 90, 0, 5]\n",
                 "'brand.cmyk': expected four percentages such as [0, 95, 90, 0], "
                 "got [0, 95, 90, 0, 5]", id="cmyk-five-values"),
    pytest.param("[brand]\ncmyk = [0, 95, 100.5, 0]\n",
                 "'brand.cmyk': expected four percentages such as [0, 95, 90, 0], "
                 "got [0, 95, 100.5, 0]", id="cmyk-over-100"),
    pytest.param("[brand]\ncmyk = [-1, 95, 90, 0]\n",
                 "'brand.cmyk': expected four percentages such as [0, 95, 90, 0], "
                 "got [-1, 95, 90, 0]", id="cmyk-negative"),
    pytest.param("[brand]\ncmyk = [0, 0.95, 0.9, nan]\n",
                 "'brand.cmyk': expected four percentages such as [0, 95, 90, 0], "
                 "got [0, 0.95, 0.9, nan]", id="cmyk-nan"),
    pytest.param('[brand]\ncmyk = ["0", "95", "90", "0"]\n',
                 "'brand.cmyk': expected four percentages such as [0, 95, 90, 0], "
                 "got ['0', '95', '90', '0']", id="cmyk-strings"),
    pytest.param('[brand]\ncmyk = "0 95 90 0"\n',
                 "'brand.cmyk': expected four percentages such as [0, 95, 90, 0], "
                 "got '0 95 90 0'", id="cmyk-one-string"),
    pytest.param('[brand]\nrgb = "red"\n',
                 "'brand.rgb': expected a colour such as \"#e30613\", got 'red'", id="rgb-name"),
    pytest.param('[brand]\nrgb = "#fff"\n',
                 "'brand.rgb': expected a colour such as \"#e30613\", got '#fff'", id="rgb-short"),
    pytest.param('[brand]\nrgb = "e30613"\n',
                 "'brand.rgb': expected a colour such as \"#e30613\", got 'e30613'",
                 id="rgb-no-hash"),
    pytest.param('[brand]\nrgb = "#e3061g"\n',
                 "'brand.rgb': expected a colour such as \"#e30613\", got '#e3061g'",
                 id="rgb-not-hex"),
    pytest.param("[brand]\nrgb = 0xe30613\n",
                 "'brand.rgb': expected a colour such as \"#e30613\", got 14878227",
                 id="rgb-number"),
    pytest.param('[defaults]\ntargets = ["screen", 5]\n',
                 f"'defaults.targets': expected {TARGETS}, got ['screen', 5]",
                 id="target-not-a-name"),
    pytest.param("[defaults]\ntargets = []\n",
                 f"'defaults.targets': expected {TARGETS}, got []", id="no-targets"),
    pytest.param('[defaults]\ntargets = "screen"\n',
                 f"'defaults.targets': expected {TARGETS}, got 'screen'", id="targets-string"),
    pytest.param("[defaults]\nlayouts = []\n",
                 "'defaults.layouts': expected a list of layout names, got []", id="no-layouts"),
    pytest.param('[defaults]\nlayouts = "leaflet-a5"\n',
                 "'defaults.layouts': expected a list of layout names, got 'leaflet-a5'",
                 id="layouts-string"),
    pytest.param("[defaults]\nlang = 5\n",
                 "'defaults.lang': expected a language tag such as en, de or pt-BR, got 5",
                 id="lang-number"),
    pytest.param("[printers.x]\nbleed_mm = inf\n",
                 "'printers.x.bleed_mm': expected a number from 0 to 20, got inf",
                 id="bleed-infinite"),
    pytest.param("[printers.x]\nmark_length_mm = 1e308\n",
                 "'printers.x.mark_length_mm': expected a number from 1 to 30, got 1e+308",
                 id="mark-length-huge"),
    pytest.param("[printers.x]\nmarks = \"false\"\n",
                 "'printers.x.marks': expected true or false, got 'false'",
                 id="boolean-as-text"),
    pytest.param("[organisation]\nname = 7\n", "'organisation.name': expected text, got 7",
                 id="organisation-name-number"),
    pytest.param("[imprint]\nprinter = [\"a\"]\n", "'imprint.printer': expected text, got ['a']",
                 id="imprint-printer-list"),
    pytest.param('organisation = "X"\n', "'organisation': expected a table, got 'X'",
                 id="organisation-string"),
    pytest.param('brand = "red"\n', "'brand': expected a table, got 'red'", id="brand-string"),
    pytest.param('imprint = "me"\n', "'imprint': expected a table, got 'me'",
                 id="imprint-string"),
    pytest.param("defaults = 3\n", "'defaults': expected a table, got 3", id="defaults-number"),
]


@pytest.mark.parametrize("text, message", PROBLEMS)
def test_problems_have_exact_messages(tmp_path, text, message):
    path = write(tmp_path, text)
    assert config_error(path) == f"{path}: {message}"


def test_several_problems_are_reported_together(tmp_path):
    path = write(tmp_path, '[organisation]\nname = 3\n'
                           '[brand]\ncmyk = [1, 2, 3]\nrgb = "x"\n'
                           '[defaults]\ntargets = [1]\nlang = 5\n')
    assert config_error(path).split("\n") == [
        f"{path}: 'organisation.name': expected text, got 3",
        f"{path}: 'brand.cmyk': expected four percentages such as [0, 95, 90, 0], got [1, 2, 3]",
        f"{path}: 'brand.rgb': expected a colour such as \"#e30613\", got 'x'",
        f"{path}: 'defaults.lang': expected a language tag such as en, de or pt-BR, got 5",
        f"{path}: 'defaults.targets': expected {TARGETS}, got [1]",
    ]


@pytest.mark.parametrize("text, where", [
    pytest.param("[brand\nrgb = 1\n", "line 1", id="unclosed-table-header"),
    pytest.param('[organisation]\nname = "x"\nname = "y"\n', "line 3", id="duplicate-key"),
    pytest.param('[defaults]\nlang = "en\n', "line 2", id="unclosed-string"),
    pytest.param("a = [\n", "end of document", id="unclosed-array"),
])
def test_invalid_toml_names_the_file_and_place(tmp_path, text, where):
    path = write(tmp_path, text)
    message = config_error(path)
    assert message.startswith(f"{path}: ")
    assert where in message
    assert "\n" not in message


def test_non_utf8_file(tmp_path):
    path = write(tmp_path, b'[organisation]\nname = "Caf\xe9"\n')
    assert config_error(path) == f"{path}: not UTF-8 text"


def test_unreadable_file_is_a_config_error(tmp_path):
    path = tmp_path / CONFIG_NAME
    assert config_error(path).startswith(f"{path}: ")


def test_cmyk_booleans_are_refused(tmp_path):
    config_error(write(tmp_path, "[brand]\ncmyk = [true, false, 0, 0]\n"))


def test_rgb_with_trailing_newline_is_refused(tmp_path):
    config_error(write(tmp_path, '[brand]\nrgb = "#e30613\\n"\n'))


def test_unknown_keys_warn_and_do_not_fail(tmp_path, pamphlet_log):
    path = write(tmp_path, 'colour = 1\n[organisation]\nname = "Kept"\nmotto = "x"\n'
                           '[brand]\npantone = "485"\n[imprint]\nbar = 1\n[defaults]\nfoo = 1\n')
    config = load_config(path)
    assert config.organisation.name == "Kept"
    messages = sorted(r.getMessage() for r in pamphlet_log.records if r.name == "pamphlet")
    assert messages == sorted(f"{path}: unrecognised key '{key}'" for key in (
        "colour", "organisation.motto", "brand.pantone", "imprint.bar", "defaults.foo"))
    assert {r.levelno for r in pamphlet_log.records} == {logging.WARNING}


def test_a_valid_file_does_not_warn(tmp_path, pamphlet_log):
    load_config(write(tmp_path, FULL))
    assert pamphlet_log.records == []


# --- finding the workspace ----------------------------------------------------------------

def test_find_workspace_walks_up_to_pamphlet_toml(tmp_path):
    root = tmp_path / "ws"
    write(root, '[organisation]\nname = "Found"\n')
    deep = root / "sources" / "drafts"
    deep.mkdir(parents=True)
    workspace = find_workspace(deep)
    assert workspace.root == root.resolve()
    assert workspace.config.organisation.name == "Found"
    assert workspace.config_path == root.resolve() / CONFIG_NAME


def test_find_workspace_takes_the_nearest(tmp_path):
    write(tmp_path / "outer", '[organisation]\nname = "Outer"\n')
    write(tmp_path / "outer" / "inner", '[organisation]\nname = "Inner"\n')
    start = tmp_path / "outer" / "inner" / "sources"
    start.mkdir()
    workspace = find_workspace(start)
    assert workspace.root == (tmp_path / "outer" / "inner").resolve()
    assert workspace.config.organisation.name == "Inner"
    assert find_workspace(tmp_path / "outer").config.organisation.name == "Outer"


def test_find_workspace_ignores_a_folder_named_pamphlet_toml(tmp_path):
    write(tmp_path / "ws", '[organisation]\nname = "Real"\n')
    (tmp_path / "ws" / "sub" / CONFIG_NAME).mkdir(parents=True)
    assert find_workspace(tmp_path / "ws" / "sub").config.organisation.name == "Real"


def test_find_workspace_falls_back_to_the_start_folder(tmp_path):
    start = tmp_path / "nowhere" / "deeper"
    start.mkdir(parents=True)
    if any((folder / CONFIG_NAME).is_file() for folder in start.resolve().parents):
        pytest.skip("a pamphlet.toml above the temporary folder")
    assert find_workspace(start) == Workspace(start.resolve(), Config())


def test_find_workspace_defaults_to_the_current_folder(tmp_path, monkeypatch):
    write(tmp_path, '[defaults]\nlang = "es"\n')
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path / "sources")
    workspace = find_workspace()
    assert workspace.root == tmp_path.resolve()
    assert workspace.config.defaults.lang == "es"


def test_find_workspace_reports_a_broken_config(tmp_path):
    path = write(tmp_path, '[brand]\nrgb = "red"\n')
    with pytest.raises(ConfigError) as info:
        find_workspace(tmp_path)
    assert str(info.value).startswith(f"{path.resolve()}: 'brand.rgb'")


def test_workspace_folders_and_sources(tmp_path):
    workspace = Workspace(tmp_path, Config())
    assert workspace.source_paths() == []
    for name in ("b.md", "a.md", "notes.txt", "c.MD.bak"):
        write(tmp_path / "sources", "x", name)
    assert (workspace.sources_dir, workspace.layouts_dir) == (tmp_path / "sources",
                                                              tmp_path / "layouts")
    sources = tmp_path / "sources"
    assert workspace.source_paths() == [sources / "a.md", sources / "b.md"]


def test_binding_paper_table_and_measured_caliper(tmp_path):
    from pamphlet.config.workspace import load_config
    from pamphlet.errors import ConfigError

    path = tmp_path / "pamphlet.toml"
    path.write_text('[binding]\npaper = "90gsm-coated"\n')
    assert load_config(path).binding.caliper_mm == 0.075
    path.write_text('[binding]\npaper = "bible"\n[binding.papers]\nbible = 0.05\n')
    assert load_config(path).binding.caliper_mm == 0.05
    path.write_text('[binding]\npaper = "80gsm-uncoated"\npaper_thickness_mm = 0.104\n')
    assert load_config(path).binding.caliper_mm == 0.104
    path.write_text('[binding]\npaper = "cardboard"\n')
    with pytest.raises(ConfigError, match=r"'binding.paper': expected one of .*80gsm-uncoated"):
        load_config(path)
