"""Collections (findings 7, 9 and 10 of issue 15): a statement's relative images are its
own, as in ``pamphlet build``; a refused resource names its statement; the book is
byte-identical wherever the workspace lives; a damaged, padded or shifted chapter entry in
the cache is discarded and the book comes out right; a changed image sets its chapter
again; a manifest cannot reach outside the workspace."""

from __future__ import annotations

import json
import shutil

import pikepdf
import pytest
from PIL import Image
from pypdf import PdfReader

from conftest import MINIMAL_CONFIG, statement
from hostile import run_audited
from pamphlet.collection import chapters
from pamphlet.collection.run import build_collection
from pamphlet.config.workspace import find_workspace

MANIFEST = 'title = "Year book"\ncover_image = "cover.png"\n'


def make_book_workspace(root):
    (root / "sources/pictures").mkdir(parents=True)
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    (root / "collection.toml").write_text(MANIFEST)
    for number in range(3):
        body = ("Words of the statement. " * 40 + "\n\n") * 3
        if number == 1:  # relative to the statement, as `pamphlet build` reads it
            body += "![the march](pictures/march.png)\n"
        (root / f"sources/s{number}.md").write_text(statement(
            title=f"Statement {number}", date=f"2024-0{number + 1}-01", body=body,
            demands=[f"Demand {number}"]))
    Image.new("RGB", (80, 60), (200, 0, 0)).save(root / "sources/pictures/march.png")
    Image.new("RGB", (300, 200), (0, 120, 0)).save(root / "cover.png")
    return root


def colours(pdf_path) -> list[tuple[int, int, int]]:
    """The colour at the middle of every image drawn in the PDF, page by page."""
    found = []
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            for _, raw in page.get_images().items():
                image = pikepdf.PdfImage(raw).as_pil_image().convert("RGB")
                found.append(image.getpixel((image.width // 2, image.height // 2)))
    return found


def index_pages(pdf_path) -> str:
    """The text of the book's last pages (the index of demands, with its page numbers)."""
    pages = PdfReader(pdf_path).pages
    return " ".join(page.extract_text() for page in pages[-3:])


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    root = make_book_workspace(tmp_path_factory.mktemp("book") / "ws")
    out = root / "build/book.pdf"
    build_collection(find_workspace(root), manifest_path=root / "collection.toml",
                     out_path=out)
    return root, out, out.read_bytes()


def test_a_statements_relative_image_is_its_own(book):
    root, out, _ = book
    assert sorted(colours(out)) == [(0, 120, 0), (200, 0, 0)]  # the cover, the march


def test_the_book_is_byte_identical_in_another_folder(book, tmp_path):
    root, _, pdf = book
    elsewhere = tmp_path / "somewhere/else"
    shutil.copytree(root, elsewhere, ignore=shutil.ignore_patterns(".pamphlet-cache",
                                                                   "build"))
    out = elsewhere / "build/book.pdf"
    build_collection(find_workspace(elsewhere), manifest_path=elsewhere / "collection.toml",
                     out_path=out)
    assert out.read_bytes() == pdf


def entries(root):
    return sorted((root / ".pamphlet-cache/chapters").glob("*.json"))


@pytest.mark.parametrize("damage", ["two-more-pages", "shifted-anchor", "not-a-dict"])
def test_a_tampered_chapter_entry_is_set_again_and_the_book_is_right(book, damage,
                                                                     pamphlet_log):
    root, out, pdf = book
    (entry,) = entries(root)
    original = entry.read_text()
    data = json.loads(original)
    if damage == "two-more-pages":
        data["data"]["pages"] += 2
    elif damage == "shifted-anchor":
        name = next(k for k in data["data"]["anchors"] if k.endswith("demand-1")
                    and k.startswith("s-s2"))
        data["data"]["anchors"][name] += 1
    else:
        data["data"] = ["nonsense"]
    entry.write_text(json.dumps(data))
    try:
        build_collection(find_workspace(root), manifest_path=root / "collection.toml",
                         out_path=out)
    finally:
        entry.write_text(original)
    assert out.read_bytes() == pdf  # index pages and all, as from a fresh build
    assert ("a damaged cache entry (chapters); discarded" if damage == "not-a-dict" else
            "a cached chapter was damaged; setting it again") in pamphlet_log.text


def test_a_changed_image_sets_its_chapter_again(tmp_path, monkeypatch):
    root = make_book_workspace(tmp_path / "ws")
    out = root / "build/book.pdf"
    build = lambda: build_collection(find_workspace(root),  # noqa: E731
                                     manifest_path=root / "collection.toml", out_path=out)
    build()
    calls = []
    original = chapters.set_chapter
    monkeypatch.setattr(chapters, "set_chapter", lambda job: calls.append(job) or original(job))
    build()
    assert not calls  # unchanged: from the cache
    Image.new("RGB", (80, 60), (0, 0, 200)).save(root / "sources/pictures/march.png")
    build()
    assert len(calls) == 1
    assert (0, 0, 200) in colours(out)


def test_a_refused_resource_names_its_statement(tmp_path):
    root = make_book_workspace(tmp_path / "ws")
    (root / "sources/s2.md").write_text(statement(title="Peeking", date="2024-03-01",
                                                  body="![x](file:///etc/hostname)",
                                                  demands=["x"]))
    run = run_audited(root, "collection", "--manifest", "collection.toml", "-o", "book.pdf")
    assert run.code == 1
    run.assert_clean()
    assert run.errors == [f"{root / 'sources/s2.md'}: refused to read /etc/hostname: only "
                          "files inside the workspace can be used"]
    assert not (root / "book.pdf").exists()


@pytest.mark.parametrize("manifest, message", [
    ("statements = 5", "'statements': expected a list of statement files, got 5"),
    ('statements = ["/outside/secret.md"]',
     "'statements': no file '/outside/secret.md' in the workspace"),
    ('cover_image = "../outside.png"', "'cover_image': no file '../outside.png' in the "
                                       "workspace"),
])
def test_a_manifest_cannot_reach_outside_the_workspace(tmp_path, manifest, message):
    root = make_book_workspace(tmp_path / "ws")
    (tmp_path / "outside.png").write_bytes((root / "cover.png").read_bytes())
    (root / "collection.toml").write_text(manifest + "\n")
    run = run_audited(root, "collection", "--manifest", "collection.toml")
    assert run.code == 1
    run.assert_clean()
    assert run.errors == [f"collection.toml: {message}"]


def test_a_manifest_entry_linked_out_of_the_workspace_is_refused(tmp_path):
    root = make_book_workspace(tmp_path / "ws")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(statement(title="SECRET", demands=["x"]))
    (outside / "cover.png").write_bytes((root / "cover.png").read_bytes())
    (root / "sources/link.md").symlink_to(outside / "secret.md")
    (root / "linked-cover.png").symlink_to(outside / "cover.png")
    (root / "collection.toml").write_text(
        'cover_image = "linked-cover.png"\nstatements = ["sources/s0.md", "sources/link.md"]\n')
    run = run_audited(root, "collection", "--manifest", "collection.toml", "-o", "book.pdf")
    assert run.code == 1
    run.assert_clean()
    assert run.errors == [
        "collection.toml: 'cover_image': 'linked-cover.png' is a symlink leading out of the "
        f"workspace (to {outside / 'cover.png'})",
        "collection.toml: 'statements': 'sources/link.md' is a symlink leading out of the "
        f"workspace (to {outside / 'secret.md'})"]
    assert not (root / "book.pdf").exists()
