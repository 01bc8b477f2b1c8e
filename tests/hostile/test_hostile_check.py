"""`pamphlet check` on PDFs from anywhere (finding 8 of issue 15): a file built to make the
preflight hang is "too complex to check" within seconds, malformed drawing is no crash,
JavaScript, launch actions and embedded files are findings, a folder or a FIFO named like a
PDF is an error, and pamphlet's own PDFs with inline code pass."""

from __future__ import annotations

import os
import time

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name, Stream

from conftest import MINIMAL_CONFIG, statement
from hostile import run_audited

A5 = (148 * 72 / 25.4, 210 * 72 / 25.4)


def two_pages() -> pikepdf.Pdf:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=A5)
    pdf.add_blank_page(page_size=A5)
    return pdf


def form(pdf, content: bytes, resources=None) -> Stream:
    stream = Stream(pdf, content)
    stream.Type, stream.Subtype, stream.BBox = Name.XObject, Name.Form, [0, 0, 10, 10]
    if resources is not None:
        stream.Resources = resources
    return stream


def self_referencing(path) -> None:
    """A form that draws itself twenty times: a walk to depth 8 is 20⁸ forms."""
    pdf = two_pages()
    looping = form(pdf, b"")
    looping.Resources = Dictionary(XObject=Dictionary(F=looping))
    looping.write(b"q 0.5 0 0 0.5 0 0 cm " + b"/F Do " * 20 + b"Q")
    pdf.pages[0].Resources = Dictionary(XObject=Dictionary(F=looping))
    pdf.pages[0].Contents = Stream(pdf, b"/F Do")
    pdf.save(path)


def fanned_out(path) -> None:
    """Forms ten deep, each drawing the next ten times: 10¹⁰ drawings, no loop."""
    pdf = two_pages()
    inner = form(pdf, b"0 0 1 1 re f")
    for _ in range(10):
        inner = form(pdf, b"/F Do " * 10, Dictionary(XObject=Dictionary(F=inner)))
    pdf.pages[0].Resources = Dictionary(XObject=Dictionary(F=inner))
    pdf.pages[0].Contents = Stream(pdf, b"/F Do")
    pdf.save(path)


def zero_matrix(path) -> None:
    """An image drawn with a zero matrix, and cm operators with bad operands."""
    pdf = two_pages()
    image = Stream(pdf, b"\xff\x00\x00" * 4)
    image.Type, image.Subtype, image.Width, image.Height = Name.XObject, Name.Image, 2, 2
    image.ColorSpace, image.BitsPerComponent = Name.DeviceRGB, 8
    pdf.pages[0].Resources = Dictionary(XObject=Dictionary(I=image))
    pdf.pages[0].Contents = Stream(pdf, b"q 0 0 0 0 0 0 cm /I Do Q q 1 2 cm /I Do Q "
                                        b"q /Nope cm /I Do Q /Missing Do")
    pdf.save(path)


def active(path) -> None:
    """JavaScript on opening, a launch action on a link, an embedded file."""
    pdf = two_pages()
    pdf.Root.OpenAction = Dictionary(S=Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    attached = Stream(pdf, b"secret")
    attached.Type = Name.EmbeddedFile
    pdf.Root.Names = Dictionary(EmbeddedFiles=Dictionary(Names=Array([
        pikepdf.String("a.txt"), Dictionary(Type=Name.Filespec, F=pikepdf.String("a.txt"),
                                            EF=Dictionary(F=attached))])))
    link = Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=[0, 0, 10, 10],
                      A=Dictionary(S=Name.Launch, F=pikepdf.String("calc.exe")))
    pdf.pages[0].Annots = pdf.make_indirect(Array([pdf.make_indirect(link)]))
    pdf.save(path)


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    root = tmp_path_factory.mktemp("check")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    files = root / "files"
    files.mkdir()
    self_referencing(files / "loop.leaflet-a5.screen.pdf")
    fanned_out(files / "fan.leaflet-a5.screen.pdf")
    zero_matrix(files / "zero.leaflet-a5.screen.pdf")
    active(files / "active.leaflet-a5.print.pdf")
    (files / "folder.leaflet-a5.screen.pdf").mkdir()
    os.mkfifo(files / "fifo.leaflet-a5.screen.pdf")
    names = sorted(p.name for p in files.iterdir())
    started = time.monotonic()
    run = run_audited(root, "check", *(f"files/{name}" for name in names), timeout=120)
    return root, run, time.monotonic() - started


def test_hostile_pdfs_are_findings_not_crashes_or_hangs(checked):
    root, run, seconds = checked
    assert run.code == 1
    run.assert_clean()
    assert seconds < 20
    assert len(run.errors) == 5  # every file but the zero-matrix one fails


@pytest.mark.parametrize("name, fragment", [
    ("loop", "complexity: too complex to check (a form draws itself)"),
    ("fan", "complexity: too complex to check (more than 20,000 forms drawn)"),
    ("folder", "file: is a folder, not a PDF or a statement"),
    ("fifo", "file: is a FIFO (named pipe), not a file pamphlet can read"),
])
def test_each_hostile_pdf_gets_one_line(checked, name, fragment):
    _, run, _ = checked
    assert fragment in run.error_for(f"files/{name}.leaflet-a5.screen.pdf")


def test_javascript_launch_actions_and_embedded_files_are_findings(checked):
    _, run, _ = checked
    line = run.error_for("files/active.leaflet-a5.print.pdf")
    assert "active-content: JavaScript, a launch action and an embedded file: pamphlet " \
           "writes none" in line


def test_an_image_drawn_with_no_size_is_no_crash(checked):
    _, run, _ = checked
    assert "files/zero.leaflet-a5.screen.pdf  (pdf, screen, leaflet-a5)" in run.out
    assert "image-resolution  no images" in run.out
    assert not [e for e in run.errors if e.startswith("files/zero")]


def test_a_folder_given_as_a_pdf_is_an_error(tmp_path):
    root = tmp_path / "ws"
    (root / "x.pdf").mkdir(parents=True)
    (root / "empty").mkdir()
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    run = run_audited(root, "check", "x.pdf", "empty")
    assert run.code == 1
    run.assert_clean()
    assert run.errors == ["x.pdf: file: is a folder, not a PDF or a statement",
                          "empty: file: is a folder with no PDFs or statements (.md) in it"]


def test_inline_code_is_set_in_a_bundled_face_and_passes_the_check(tmp_path):
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    (root / "sources/code.md").write_text(statement(
        body="Type `pamphlet build` and <kbd>Enter</kbd>, then read <samp>built 1</samp>.",
        demands=["Yes"]))
    run = run_audited(root, "build", "--check")
    assert run.code == 0, run.err
    run.assert_clean()
    with pikepdf.open(root / "build/code.leaflet-a5.screen.pdf") as pdf:
        fonts = {str(font.BaseFont).split("+")[-1] for page in pdf.pages
                 for font in page.Resources.Font.values()}
    assert "Pamphlet-Display-Condensed" in fonts  # the code, in the display face
    assert all(name.startswith("Pamphlet-") for name in fonts), fonts


def test_the_check_keeps_its_findings_in_a_long_lived_process(tmp_path):
    """`watch` and `serve` convert Markdown in a worker process; a check made meanwhile
    still reports every finding (its time limit never moves it elsewhere)."""
    from pamphlet.build.run import build
    from pamphlet.check import check_paths
    from pamphlet.config.workspace import find_workspace
    from pamphlet.load.budget import _state, isolated

    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    (root / "sources/a.md").write_text(statement(demands=["Yes"]))
    with isolated():
        (built,) = build(find_workspace(root)).built
        (report,) = check_paths(find_workspace(root), built.paths)
    assert not _state["isolated"]
    checks = {finding.check for finding in report.findings}
    assert {"file", "active-content", "page-count", "fonts-bundled", "imprint",
            "qr-decode"} <= checks, checks
