"""A cache that never lies (findings 6 and 7 of issue 15): a replaced image rebuilds the
PDF that shows it, a damaged or tampered cache entry is discarded, never obeyed, and a
store written by another pamphlet (another version, or changed code under the same
version number) is ignored."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

import pamphlet
from conftest import statement
from pamphlet.build import cache
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace


def image_colour(pdf_path) -> tuple[int, int, int]:
    """The colour of the first image drawn in the PDF."""
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            for _, raw in page.get_images().items():
                image = pikepdf.PdfImage(raw).as_pil_image().convert("RGB")
                return image.getpixel((image.width // 2, image.height // 2))
    raise AssertionError("no image in the PDF")


def test_a_replaced_image_rebuilds_the_pdf_that_shows_it(make_workspace):
    root = make_workspace({"sources/a.md": statement(body="![logo](pic.png)", demands=["x"]),
                           "sources/b.md": statement(title="No picture", demands=["y"])})
    Image.new("RGB", (60, 60), (200, 0, 0)).save(root / "sources/pic.png")
    pdf = root / "build/a.leaflet-a5.screen.pdf"
    assert build(find_workspace(root)).ok
    assert image_colour(pdf) == (200, 0, 0)
    again = build(find_workspace(root))
    assert len(again.unchanged) == 2 and not again.built
    Image.new("RGB", (60, 60), (0, 0, 200)).save(root / "sources/pic.png")
    after = build(find_workspace(root))
    assert [b.paths[0].name for b in after.built] == ["a.leaflet-a5.screen.pdf"]
    assert len(after.unchanged) == 1
    assert image_colour(pdf) == (0, 0, 200)
    (root / "sources/pic.png").unlink()  # gone: the statement fails, not a stale PDF
    gone = build(find_workspace(root))
    assert len(gone.failed) == 1 and "pic.png does not exist" in gone.failed[0]


NOT_ITS_FIT = "the cached fit is not one leaflet-a5 could make; fitting again"
DAMAGED_FIT = "the cached fit is damaged; fitting again"
DAMAGED = "a damaged cache entry (fits); discarded, made again"
KEEP = object()  #: the entry's own value, kept


@pytest.mark.parametrize("entry, warning", [
    ({"body_pt": 9.0}, DAMAGED_FIT), ([], DAMAGED), (None, DAMAGED),
    ({"adjustments": {"body_pt": 9.0}, "reads": KEEP}, NOT_ITS_FIT),
    ({"adjustments": [], "reads": KEEP}, DAMAGED_FIT),
    ({"adjustments": {"spread_to_back": False, "demands_push_pt": 1e9,
                      "demands_shortfall_pt": 0, "body_pt": 9.0, "unbroken": []},
      "reads": KEEP}, NOT_ITS_FIT)], ids=["body-only", "list", "null", "adjustments-9pt",
                                          "adjustments-list", "push-1e9"])
def test_a_tampered_fit_is_fitted_again_not_obeyed(make_workspace, pamphlet_log, entry,
                                                   warning):
    """Finding 7: {"body_pt": 9.0} set the leaflet at 9 pt; [] and null crashed builds."""
    root = make_workspace({"sources/a.md": statement(body="Short words. " * 30,
                                                     demands=["x"])})
    (first,) = build(find_workspace(root)).built
    pdf = first.paths[0].read_bytes()
    (fit,) = (root / ".pamphlet-cache/fits").glob("*.json")
    record = json.loads(fit.read_text())
    if isinstance(entry, dict):
        entry = {k: record["data"][k] if v is KEEP else v for k, v in entry.items()}
    record["data"] = entry
    fit.write_text(json.dumps(record))
    first.paths[0].unlink()  # so the fit is needed again
    report = build(find_workspace(root))
    assert report.ok, report.failed
    (again,) = report.built
    assert again.body_pt == first.body_pt != 9.0
    assert again.paths[0].read_bytes() == pdf
    assert warning in pamphlet_log.text  # discarded with a word, not silently


def test_a_store_written_by_another_pamphlet_version_is_ignored(make_workspace):
    root = make_workspace({"sources/a.md": statement(demands=["x"])})
    assert build(find_workspace(root)).built
    assert len(build(find_workspace(root)).unchanged) == 1
    stamp = root / ".pamphlet-cache/version"
    assert stamp.read_text() == cache.store_version()
    stamp.write_text("pamphlet 0.0.1 (code 0123456789abcdef), WeasyPrint 70.0")
    again = build(find_workspace(root))
    assert len(again.built) == 1 and not again.unchanged  # nothing of the old store used
    assert stamp.read_text() == cache.store_version()


@pytest.fixture
def copied_code(tmp_path, monkeypatch):
    """pamphlet's code copied to a folder that stands in for the installed package."""
    package = tmp_path / "installed/pamphlet"
    shutil.copytree(Path(pamphlet.__file__).resolve().parent, package,
                    ignore=shutil.ignore_patterns("__pycache__"))
    layouts = cache.code_roots()[1]
    monkeypatch.setattr(cache, "code_roots", lambda: (package, layouts))
    cache.code_digest.cache_clear(), cache.store_version.cache_clear()
    yield package
    monkeypatch.undo()
    cache.code_digest.cache_clear(), cache.store_version.cache_clear()


def test_the_store_stamp_covers_the_package_code_and_the_built_in_layouts():
    from pamphlet.resources import builtin_layouts_dir

    assert cache.code_roots() == (Path(pamphlet.__file__).resolve().parent,
                                  builtin_layouts_dir())
    assert f"(code {cache.code_digest()})" in cache.store_version()


def test_upgraded_code_under_the_same_version_rebuilds_every_output(make_workspace,
                                                                    copied_code):
    """An upgrade that changes pamphlet's code but not its version number: the old
    outputs are not reported unchanged."""
    root = make_workspace({"sources/a.md": statement(demands=["x"])})
    (first,) = build(find_workspace(root)).built
    pdf = first.paths[0].read_bytes()
    assert len(build(find_workspace(root)).unchanged) == 1
    engine = copied_code / "typeset/engine.py"
    engine.write_text(engine.read_text() + "\n# upgraded\n")
    cache.code_digest.cache_clear(), cache.store_version.cache_clear()
    again = build(find_workspace(root))
    assert len(again.built) == 1 and not again.unchanged
    assert again.built[0].paths[0].read_bytes() == pdf
    assert len(build(find_workspace(root)).unchanged) == 1  # and current from then on
