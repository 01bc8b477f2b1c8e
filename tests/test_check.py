"""`pamphlet check`: catches each fault in a file made to have it, passes the good files."""

from __future__ import annotations

import json
import shutil

import pikepdf
import pytest
from typer.testing import CliRunner

from conftest import MM, statement
from pamphlet.check import check_paths
from pamphlet.cli import app
from pamphlet.config.workspace import find_workspace

@pytest.fixture(scope="module")
def built(print_ready):
    """The print-ready workspace; its PDFs are in out/."""
    return print_ready.root


def findings(root, path, **options):
    (report,) = check_paths(find_workspace(root), [path], **options)
    return {f.check: (f.status.value, f.detail) for f in report.findings}, report.ok


def variant(root, change):
    """A copy of the seed's print leaflet (same name, own folder) with ``change`` applied."""
    target = root / "faults" / change.__name__ / "seed.leaflet-a5.print.pdf"
    target.parent.mkdir(parents=True, exist_ok=True)
    with pikepdf.open(root / "out/seed.leaflet-a5.print.pdf") as pdf:
        change(pdf)
        pdf.save(target)
    return target


@pytest.mark.parametrize("name", ["seed.leaflet-a5.print.pdf", "seed.leaflet-a5.screen.pdf",
                                  "seed.leaflet-a5.office.pdf"])
def test_good_files_pass(built, name):
    results, ok = findings(built, built / "out" / name)
    assert ok, results
    assert all(status == "pass" for status, _ in results.values()), results


def add_content(pdf, content: bytes, **resources):
    page = pdf.pages[0]
    for kind, entries in resources.items():
        if f"/{kind}" not in page.obj.Resources:
            page.obj.Resources[f"/{kind}"] = pikepdf.Dictionary()
        for key, value in entries.items():
            page.obj.Resources[f"/{kind}"][key] = value
    page.contents_add(pikepdf.Stream(pdf, content), prepend=False)


def rgb_text(pdf):
    add_content(pdf, b"q 1 0 0 rg BT /F1 12 Tf 100 100 Td (red) Tj ET Q")


def unembedded_font(pdf):
    font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font,
                                                Subtype=pikepdf.Name.Type1,
                                                BaseFont=pikepdf.Name.Helvetica))
    add_content(pdf, b"q 0 0 0 1 k BT /FHelv 12 Tf 100 100 Td (x) Tj ET Q",
                Font={"/FHelv": font})


def low_resolution_image(pdf):
    image = pikepdf.Stream(pdf, bytes(72 * 72 * 4))
    image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    image.Width = image.Height = 72
    image.ColorSpace, image.BitsPerComponent = pikepdf.Name.DeviceCMYK, 8
    add_content(pdf, b"q 72 0 0 72 100 100 cm /Im72 Do Q", XObject={"/Im72": image})


def wrong_trim(pdf):
    for page in pdf.pages:
        page.obj.TrimBox = pikepdf.Array([0, 0, 210 * MM, 297 * MM])


def third_page(pdf):
    pdf.pages.append(pdf.pages[1])


@pytest.mark.parametrize("fault, check, detail", [
    (rgb_text, "colour", "RGB is not allowed in print, use CMYK"),
    (unembedded_font, "fonts-embedded", "not embedded: Helvetica"),
    (unembedded_font, "fonts-bundled", "not from fonts/: Helvetica"),
    (low_resolution_image, "image-resolution", "page 1: 72 ppi at placed size; needs 300 ppi"),
    (wrong_trim, "page-size", "page 1: TrimBox is not 148x210 mm"),
    (third_page, "page-count", "3 page(s); leaflet-a5 allows exactly 2 pages"),
], ids=["rgb-text", "font-not-embedded", "font-not-bundled", "72-ppi", "wrong-trim",
        "third-page"])
def test_each_fault_is_caught(built, fault, check, detail):
    path = variant(built, fault)
    results, ok = findings(built, path)
    assert not ok
    status, text = results[check]
    assert status == "fail" and detail in text, results[check]


def test_screen_pdf_checked_as_print_fails_on_colour_and_intent(built):
    results, ok = findings(built, built / "out/seed.leaflet-a5.screen.pdf",
                           target="print")
    assert not ok
    assert results["colour"][0] == "fail" and results["output-intent"][0] == "fail"


def test_source_checks(built):
    source = built / "drafts/bad.md"
    source.parent.mkdir(exist_ok=True)
    source.write_text(statement(body="A snowman \u2603 here.", demands=["x"]))
    results, ok = findings(built, source)
    assert not ok
    assert "U+2603 SNOWMAN" in results["source"][1]
    good, ok = findings(built, built / "sources/seed.md")
    assert ok and good["fit"] == ("pass", "leaflet-a5: 2 page(s), within exactly 2 pages")
    source.write_text(statement(body=" ".join(["Long words of argument."] * 900),
                                demands=["x"]))
    results, ok = findings(built, source)
    assert not ok and results["fit"][0] == "fail" and "allows exactly 2 pages" in results["fit"][1]


def test_cli_json_and_exit_codes(built, monkeypatch):
    monkeypatch.chdir(built)
    runner = CliRunner()
    good = runner.invoke(app, ["check", "out/seed.leaflet-a5.print.pdf", "--json"])
    assert good.exit_code == 0, good.output
    (entry,) = json.loads(good.output)
    assert entry["ok"] and entry["target"] == "print" and entry["layout"] == "leaflet-a5"
    bad_path = variant(built, third_page)
    bad = runner.invoke(app, ["check", str(bad_path)])
    assert bad.exit_code == 1
    assert f"error: {bad_path}: page-count: 3 page(s)" in bad.output


def test_build_check_runs_the_preflight(built, monkeypatch):
    monkeypatch.chdir(built)
    result = CliRunner().invoke(app, ["build", "--check", "-t", "print", "-o", "checked"])
    assert result.exit_code == 0, result.output
    shutil.rmtree(built / "checked")


def test_an_imprint_is_not_found_in_words_that_only_contain_its_own():
    """Across lines only in right-to-left text, and only as whole words: "Ann Lee" is not
    in "annual report / the fleet sails", nor in a Latin page at all when split."""
    from pamphlet.check import _found_across_lines

    assert not _found_across_lines("Ann Lee", "annual report\nthe fleet sails")
    assert not _found_across_lines("Ann Lee", "by Ann\nLee and others")  # left to right
    assert _found_across_lines("Ann Lee", "صادر عن Ann\nLee نيابة")
    assert not _found_across_lines("Ann Lee", "صادر عن Annual\nLeeds نيابة")
