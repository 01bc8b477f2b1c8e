"""Shared fixtures: workspaces made on the fly, one shared build of the sample statements,
and helpers that read what a user gets out of a PDF."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = REPO / "sources" / "2019-11-23-coup-in-bolivia.md"
MM = 72 / 25.4

MINIMAL_CONFIG = """\
[organisation]
name = "Test Organisation"

[imprint]
promoter = "T. Tester, 1 Test Street"

[defaults]
layouts = ["leaflet-a5"]
targets = ["screen"]
"""


#: A workspace config complete enough for the print target (promoter and printer given).
PRINT_READY_CONFIG = MINIMAL_CONFIG.replace(
    'promoter = "T. Tester, 1 Test Street"',
    'promoter = "T. Tester, 1 Test Street"\nprinter = "Ink & Co, 2 Press Lane"')


#: The print-ready config with two more printer profiles: PDF/X-1a with 5 mm bleed, no marks.
PRINT_CONFIG = PRINT_READY_CONFIG + """
[printers.x1a]
variant = "pdf/x-1a"
bleed_mm = 5
mark_offset_mm = 6

[printers.nomarks]
marks = false
"""

PREFLIGHT = SHARED / "preflight/preflight.py"
needs_preflight = pytest.mark.skipif(not PREFLIGHT.is_file(),
                                     reason="the shared preflight checker is not here")


def preflight(path, *args) -> subprocess.CompletedProcess:
    """Run the independent checker (../shared/preflight) on ``path``."""
    return subprocess.run([sys.executable, str(PREFLIGHT), str(path), *args],
                          capture_output=True, text=True)


@pytest.fixture(autouse=True)
def no_unexpected_weasyprint_warnings(request):
    """Fail a test on any WeasyPrint warning it did not expect (mark it
    ``@pytest.mark.weasyprint_warnings`` when it provokes them on purpose)."""
    records: list[logging.LogRecord] = []

    class Collector(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Collector(logging.WARNING)
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if records and request.node.get_closest_marker("weasyprint_warnings") is None:
        pytest.fail("unexpected WeasyPrint warnings: "
                    + "; ".join(r.getMessage() for r in records[:3]), pytrace=False)


def pytest_addoption(parser):
    parser.addoption("--update-references", action="store_true",
                     help="rewrite tests/references/*.png from the current output")


@pytest.fixture
def make_workspace(tmp_path):
    """make_workspace({"sources/a.md": "..."}) → a workspace folder with pamphlet.toml."""

    def make(files: dict[str, str | bytes] | None = None, config: str = MINIMAL_CONFIG) -> Path:
        root = tmp_path / "ws"
        (root / "sources").mkdir(parents=True, exist_ok=True)
        (root / "pamphlet.toml").write_text(config)
        for name, content in (files or {}).items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content)
        return root

    return make


def statement(title: str = "A test statement", body: str = "Some words.", demands=(),
              **meta) -> str:
    """The text of a source file."""
    lines = ["---", f'title: "{title}"'] + [f"{k}: {v}" for k, v in meta.items()] + ["---", ""]
    text = "\n".join(lines) + body + "\n"
    if demands:
        text += "\n::: demands\n" + "\n".join(f"- {d}" for d in demands) + "\n:::\n"
    return text


@pytest.fixture
def pamphlet_log(caplog, monkeypatch):
    """caplog for the "pamphlet" logger, even after the CLI turned its propagation off."""
    monkeypatch.setattr(logging.getLogger("pamphlet"), "propagate", True)
    caplog.set_level(logging.WARNING, logger="pamphlet")
    return caplog


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """The repository's own sources built once, strictly, with every built-in layout."""
    from pamphlet.build.run import build
    from pamphlet.config.workspace import find_workspace

    out = tmp_path_factory.mktemp("sample-build")
    report = build(find_workspace(REPO), out_dir=out,
                   layout_names=["leaflet-a5", "statement-a4"], strict=True)
    assert report.ok, report.failed
    return out


@dataclass
class PrintReady:
    """A print-ready workspace built once: its root, its out/ folder, and the notes."""

    root: Path
    out: Path
    notes: dict[str, str]


@pytest.fixture(scope="session")
def print_ready(tmp_path_factory) -> PrintReady:
    """The seed and a statement with a link in a print-ready workspace, built strictly for
    every target in both statement layouts, once per test process."""
    from pamphlet.build.run import build
    from pamphlet.config.workspace import find_workspace

    root = tmp_path_factory.mktemp("print-ready")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(PRINT_CONFIG)
    (root / "sources/seed.md").write_text(SEED.read_text())
    (root / "sources/link.md").write_text(statement(
        body="Read more at [our site](https://example.org/more).", demands=["Yes"]))
    out = root / "out"
    report = build(find_workspace(root), targets=["office", "screen", "print"],
                   layout_names=["leaflet-a5", "statement-a4"], out_dir=out, strict=True)
    assert report.ok, report.failed
    return PrintReady(root, out, {b.paths[0].name: b.note for b in report.built})


@pytest.fixture(scope="session")
def seed_leaflet(sample_build) -> Path:
    return sample_build / "2019-11-23-coup-in-bolivia.leaflet-a5.screen.pdf"


def pdf_text(path: Path) -> str:
    """The PDF's text in reading order, words unbroken by hyphenation, spaces collapsed."""
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    text = re.sub(r"[\u2010\u00ad-]\s*\n\s*", "", text)
    return " ".join(text.split())


def pdf_fonts(path: Path) -> set[str]:
    """The base names of every font the pages use, without the subset prefix."""
    names = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            names.add(re.sub(r"^[A-Z]{6}\+", "", str(font.get_object()["/BaseFont"])[1:]))
    return names


def bundled_families() -> tuple[str, ...]:
    """The families fonts/fonts.css declares, as WeasyPrint writes them into /BaseFont."""
    from pamphlet.resources import bundled_font_families

    return tuple(name.replace(" ", "-") for name in bundled_font_families())


def page_size_mm(path: Path) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width) / MM, 1), round(float(p.mediabox.height) / MM, 1))
            for p in PdfReader(path).pages]


def copy_tree(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


def figure_heights(path, page_index: int, token: str) -> tuple[list[float], float]:
    """The ink heights of the figures 0, 1 and 2 in ``token`` on a page (the figures an
    old-style set draws at x-height) and the height of its tallest capital, in pt."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        text = document[page_index].get_textpage()
        content = text.get_text_range().replace("\xa0", " ")  # no-break spaces: spaces
        assert token in content, (token, content)
        start = content.index(token)
        heights = {}
        for index in range(start, start + len(token)):
            left, bottom, right, top = text.get_charbox(index)  # the glyph's own box
            heights.setdefault(content[index], []).append(top - bottom)
        figures = [h for char in "012" for h in heights.get(char, [])]
        capitals = [h for char, hs in heights.items() if char.isupper() for h in hs]
        return figures, max(capitals)
    finally:
        document.close()
