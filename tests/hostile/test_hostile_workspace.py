"""A shared workspace full of traps (findings 1–5 and 11 of issue 15), built once with
``pamphlet build -j 2`` under the audit hook: every bad file gives one error line naming
it (and its line), the good statements beside them are built, nothing is opened outside
the workspace, the package and Python, and no host name is looked up."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from conftest import MINIMAL_CONFIG, pdf_text, statement
from hostile import Run, run_audited

GOOD = statement(title="Rents down", body="Rents have doubled in five years.\n\n" * 3,
                 demands=["Freeze the rents", "Repair the flats"])

#: Nine levels of YAML anchors, each nine aliases of the one before: 9⁹ values.
ALIAS_BOMB = "---\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 9)) + \
    "title: *a8\n---\n\nText.\n"

LAYOUT_TOML = """template = "{name}.html.j2"
stylesheets = ["_base/base.css", "_base/components.css"]
[page]
width_mm = 148
height_mm = 210
margin_mm = [14, 15, 15, 15]
"""


def template(body: str) -> str:
    return '{% extends "_base/base.html.j2" %}{% block body %}' + body + "{% endblock %}"


#: Workspace layouts that try to run code or read files (finding 1 and 2).
LAYOUTS = {
    "evil": template('{{ cycler.__init__.__globals__.os.popen("touch MARKER").read() }}'),
    "mro": template("{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    "reader": template("{{ statement.src_path.read_text() }}"),
    "peek": template('{% include "peek/secret.html" %}'),
}


@dataclass
class Batch:
    root: Path
    outside: Path
    run: Run

    def line(self, name: str) -> str:
        return self.run.error_for(self.root / "sources" / name)


@pytest.fixture(scope="session")
def batch(tmp_path_factory) -> Batch:
    base = tmp_path_factory.mktemp("hostile")
    root, outside = base / "ws", base / "outside"
    (root / "sources").mkdir(parents=True)
    outside.mkdir()
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    (outside / "secret.md").write_text(statement(title="SECRET-OUTSIDE"))
    (outside / "secret.html").write_text("<p>SECRET-HTML</p>")
    sources = root / "sources"
    files = {
        "good.md": GOOD,
        "also-good.md": GOOD.replace("Rents down", "Repairs now"),
        "alias-bomb.md": ALIAS_BOMB,
        "deep-yaml.md": "---\ntitle: T\ntags: " + "[" * 5000 + "]" * 5000 + "\n---\nText.\n",
        # Python-Markdown overflows its stack at about 250 levels
        "deep-list.md": statement(body="".join("    " * i + "- x\n" for i in range(300))),
        "one-line-list.md": statement(body="- " * 1000 + "x"),
        "deep-divs.md": statement(body="::: x\n" * 20000 + ":::\n" * 20000),
        "brackets.md": statement(body="[" * 200_000),
        "open-brackets.md": statement(body="[ " * 1_900),  # Markdown: seconds
        "dns.md": statement(body=f'<img src="file://ANYHOST{sources}/pic.png">'),
        "localhost.md": statement(title="Local host", body=f"![pic](file://localhost{sources}"
                                                           "/pic.png)", demands=["Yes"]),
        "corrupt-image.md": statement(body="![x](broken.png)", demands=["x"]),
        "bomb-image.md": statement(body="![x](bomb.png)", demands=["x"]),
        "long-title.md": statement(title="A" * 5000, demands=["x"]),
        "long-word.md": statement(body="A hash: " + "f" * 3000 + ".", demands=["x"]),
        "svg-host.md": statement(body="![drawing](host.svg)", demands=["x"]),
        "inline-svg.md": statement(body='<svg xmlns="http://www.w3.org/2000/svg" width="9" '
                                        'height="9"><image href="pamphlet-ws://OTHERHOST/'
                                        'x.png" width="9" height="9"/></svg>', demands=["x"]),
        "big-front-matter.md": "---\ntitle: T\nnotes: \"" + "x" * 70_000 + "\"\n---\nText.\n",
        "huge.md": statement(body=("Words " * 100 + "\n\n") * 1700),
        "data-url.md": statement(body="![x](data:image/png;base64," + "iVBORw0K" * 2000 + ")",
                                 demands=["x"]),
    }
    for name in LAYOUTS:
        files[f"{name}.md"] = statement(title=f"Uses {name}", layout=name, demands=["x"])
    for name, text in files.items():
        (sources / name).write_text(text)
    Image.new("RGB", (40, 40), "red").save(sources / "pic.png")
    (sources / "host.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" '
        'height="5"/><image href="file://SVGHOST/x.png" width="10" height="10"/></svg>')
    (sources / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    Image.new("1", (20_000, 20_000)).save(sources / "bomb.png")
    os.mkfifo(sources / "fifo.md")
    (sources / "zero.md").symlink_to("/dev/zero")
    (sources / "outside.md").symlink_to(outside / "secret.md")
    for name, text in LAYOUTS.items():
        folder = root / "layouts" / name
        folder.mkdir(parents=True)
        (folder / "layout.toml").write_text(LAYOUT_TOML.format(name=name))
        (folder / f"{name}.html.j2").write_text(text)
    (root / "layouts/peek/secret.html").symlink_to(outside / "secret.html")
    return Batch(root, outside, run_audited(root, "build", "-j", "2"))


def test_the_batch_fails_cleanly_and_builds_the_good_statements(batch):
    run = batch.run
    assert run.code == 1
    run.assert_clean()
    for name in ("good", "also-good", "localhost"):
        assert (batch.root / f"build/{name}.leaflet-a5.screen.pdf").is_file(), run.err
    built = sorted(p.name for p in (batch.root / "build").iterdir())
    assert built == ["also-good.leaflet-a5.screen.pdf", "good.leaflet-a5.screen.pdf",
                     "localhost.leaflet-a5.screen.pdf"]
    assert "REPAIR THE FLATS" in pdf_text(batch.root / "build/good.leaflet-a5.screen.pdf").upper()


@pytest.mark.parametrize("name, fragment", [
    ("evil.md", "access to attribute '__init__' of 'StrictUndefined' object is unsafe"),
    ("mro.md", "unsafe"),
    ("reader.md", "access to attribute 'read_text' of 'PosixPath' object is unsafe"),
    ("peek.md", "leads out of"),
])
def test_layouts_run_no_code_and_read_no_outside_file(batch, name, fragment):
    """Finding 1 and 2: templates render in the sandbox; includes stay in their folder."""
    line = batch.line(name)
    assert fragment in line
    assert not (batch.root / "MARKER").exists()
    for pdf in (batch.root / "build").glob("*.pdf"):
        assert "SECRET" not in pdf_text(pdf)


def test_a_symlinked_source_leading_out_is_refused(batch):
    """Finding 2: the statement a symlink leads to outside the workspace is not read."""
    assert batch.line("outside.md").endswith(
        f"outside.md: is a symlink leading out of the workspace (to {batch.outside}/secret.md)")


def test_a_file_url_naming_another_host_is_refused_before_any_lookup(batch):
    """Finding 3: no DNS query for file://ANYHOST/; file://localhost/ needs none."""
    assert "refused file://ANYHOST/…: pamphlet reads only this machine's workspace" in \
        batch.line("dns.md")
    assert not [v for v in batch.run.violations if "socket" in v]
    assert "Local host" in pdf_text(batch.root / "build/localhost.leaflet-a5.screen.pdf")


@pytest.mark.parametrize("name, host", [("svg-host.md", "file://SVGHOST"),
                                        ("inline-svg.md", "pamphlet-ws://OTHERHOST")])
def test_a_file_url_of_another_host_inside_an_svg_fails_its_statement(batch, name, host):
    """Finding 3 inside an SVG: no look-up, and the SVG (which WeasyPrint would leave out of
    the page with a bare "Failed to render") fails its statement, naming the refusal."""
    line = batch.line(name)
    assert f"(refused {host}/…: pamphlet reads only this machine's workspace" in line
    assert line.endswith("the SVG would be missing from the page")


@pytest.mark.parametrize("name, line, fragment", [
    ("alias-bomb.md", 2, "front matter uses a YAML anchor or alias"),
    ("deep-yaml.md", 3, "front matter nests deeper than 20 levels"),
    ("deep-list.md", 35, "nests lists more than 30 deep"),
    ("one-line-list.md", 4, "nests lists or quotes more than 30 deep on one line"),
    ("deep-divs.md", 34, "nests ':::' blocks more than 30 deep"),
    ("brackets.md", 4, "has a run of more than 200 brackets"),
    ("open-brackets.md", 4, "too many unclosed '[', '](' or '<'"),
])
def test_sources_shaped_to_break_the_parsers_fail_with_their_line(batch, name, line,
                                                                   fragment):
    """Findings 4, 5 and 11: YAML bombs, deep nesting, bracket runs: one line each."""
    reported = batch.line(name)
    assert reported.startswith(f"{batch.root / 'sources' / name}:{line}: ")
    assert fragment in reported


def test_oversized_sources_fail_before_any_parser_sees_them(batch):
    """Finding 4: front matter over 64 KB, a source over 1 MB: one line, no parse."""
    assert batch.line("big-front-matter.md") == (
        f"{batch.root / 'sources/big-front-matter.md'}:2: front matter is larger than "
        "64,000 bytes")
    size = (batch.root / "sources/huge.md").stat().st_size
    assert batch.line("huge.md").endswith(
        f"huge.md: is {size:,} bytes; a statement may be at most 1,000,000 bytes of text")


@pytest.mark.parametrize("name, fragment", [
    ("fifo.md", "is a FIFO (named pipe), not a file pamphlet can read"),
    ("zero.md", "is a symlink leading out of the workspace (to /dev/zero)"),
])
def test_only_regular_files_are_read(batch, name, fragment):
    """Finding 5: a FIFO would hang the build, /dev/zero fill the memory."""
    assert batch.line(name).endswith(fragment)


@pytest.mark.parametrize("name, fragment", [
    ("corrupt-image.md", "broken.png: not a readable image"),
    ("bomb-image.md", "bomb.png: more pixels than an image may have (80 million)"),
    ("data-url.md", "not a readable image"),
])
def test_damaged_and_bomb_images_fail_with_a_named_reason(batch, name, fragment):
    """Finding 11: the image is not silently missing from a PDF that builds."""
    line = batch.line(name)
    assert fragment in line
    assert len(line) < 400  # a data: URL is never printed whole


@pytest.mark.parametrize("name, word", [("long-title.md", "A"), ("long-word.md", "f")])
def test_a_word_wider_than_the_page_is_refused_not_clipped(batch, name, word):
    """Finding 11: a 5,000-letter one-word title was silently cut off at the trim."""
    line = batch.line(name)
    assert f"'{word * 40}… (" in line
    assert "is wider than the page and would be cut off" in line
