"""The bound collection: contents, openings, bookmarks, index of demands, booklets, print."""

from __future__ import annotations

import re

import pikepdf
import pytest
from pypdf import PdfReader

from conftest import MM, PREFLIGHT, PRINT_READY_CONFIG, preflight
from pamphlet.collection.cover import spine_width_mm
from pamphlet.collection.run import build_collection
from pamphlet.pdf.impose import booklet_order
from pamphlet.config.workspace import find_workspace

CONFIG = PRINT_READY_CONFIG
WORDS = "The tenants of the estate have organised against the repairs backlog. "


def source(number: int, paragraphs: int, date: str | None) -> str:
    dated = f"date: {date}\n" if date else ""
    body = "\n\n".join([WORDS * 5] * paragraphs)
    return (f"---\ntitle: \"Statement {number} on repairs\"\n{dated}tags: [t{number % 3}]\n---\n\n"
            f"{body}\n\n::: demands\n- Demand {number} first\n- Demand {number} second one\n:::\n")


@pytest.fixture(scope="module")
def book_workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("book")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(CONFIG)
    for number in range(21):
        date = None if number == 20 else f"20{10 + number % 9}-0{1 + number % 9}-1{number % 9}"
        (root / f"sources/s{number:02d}.md").write_text(source(number, 1 + number % 5, date))
    return root


@pytest.fixture(scope="module")
def screen_book(book_workspace):
    result = build_collection(find_workspace(book_workspace),
                              out_path=book_workspace / "out/book.pdf")
    return book_workspace / "out/book.pdf", result


def page_texts(path):
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def contents_pages(texts):
    """(text of the contents, index of the first page after it)."""
    first = next(i for i, t in enumerate(texts) if t.startswith("Contents"))
    last = first
    while "Index of demands" not in texts[last]:
        last += 1
    return " ".join(texts[first:last + 1]), last + 1


def title_pages(texts):
    """Where each statement's title really appears first (1-based)."""
    found = {}
    for number, text in enumerate(texts, 1):
        for match in re.finditer(r"Statement (\d+) on repairs", text):
            found.setdefault(int(match[1]), number)
    return found


def test_contents_page_numbers_are_where_the_titles_are(screen_book):
    path, result = screen_book
    texts = page_texts(path)
    contents, start = contents_pages(texts)
    listed = {int(n): int(p) for n, p in
              re.findall(r"Statement (\d+) on repairs[ .]*?(\d+)(?=\s)", contents + " ")}
    assert len(listed) == 21
    # the title's first appearance after the contents is its opening page
    actual = {n: p + start for n, p in title_pages(texts[start:]).items()}
    assert listed == actual


def test_every_statement_opens_on_a_right_hand_page(screen_book):
    path, _ = screen_book
    texts = page_texts(path)
    _, start = contents_pages(texts)
    openings = {n: p + start for n, p in title_pages(texts[start:]).items()}
    assert all(page % 2 == 1 for page in openings.values()), openings


def test_dated_statements_in_order_and_the_undated_last(screen_book, caplog):
    path, _ = screen_book
    texts = page_texts(path)
    _, start = contents_pages(texts)
    order = sorted(title_pages(texts[start:]).items(), key=lambda item: item[1])
    assert order[-1][0] == 20  # the undated one


def test_bookmarks_match_titles_and_pages(screen_book):
    path, _ = screen_book
    reader = PdfReader(path)
    marks = [(m.title, reader.get_destination_page_number(m) + 1) for m in reader.outline
             if not isinstance(m, list)]
    statements = [(t, p) for t, p in marks if t.startswith("Statement ")]
    assert len(statements) == 21
    texts = page_texts(path)
    for title, page in statements:
        assert title in texts[page - 1]
    assert any(t == "Index of demands" for t, _ in marks)


def test_index_of_demands_points_to_the_right_pages(screen_book):
    path, _ = screen_book
    texts = page_texts(path)
    index_start = max(i for i, t in enumerate(texts) if t.startswith("Index of demands"))
    index = " ".join(texts[index_start:])
    entries = re.findall(r"DEMAND (\d+) SECOND ONE Statement \1 on repairs, p\.\s?(\d+)", index)
    assert len(entries) == 21
    for number, page in entries:
        assert f"DEMAND {number} SECOND ONE" in texts[int(page) - 1]


def running_heads(path) -> list[str]:
    """The text in each page's head margin (above the type area), as a reader sees it."""
    import pypdfium2

    heads = []
    document = pypdfium2.PdfDocument(path)
    for page in document:
        width, height = page.get_size()
        head = page.get_textpage().get_text_bounded(0, height - 17 * MM, width, height)
        heads.append(" ".join(head.split()))
    document.close()
    return heads


def test_running_heads_and_no_head_on_an_opening_page(screen_book):
    path, _ = screen_book
    texts, heads = page_texts(path), running_heads(path)
    _, start = contents_pages(texts)
    index_start = max(i for i, t in enumerate(texts) if t.startswith("Index of demands"))
    openings = {start + offset - 1: number
                for number, offset in title_pages(texts[start:]).items()}
    current = None
    checked = 0
    for index in range(start, index_start):
        folio = index + 1
        if index in openings:
            current = openings[index]
            assert heads[index] == "", (folio, heads[index])  # no head on an opening
        elif texts[index].strip(" 0123456789"):  # a page of text, not a blank verso
            expected = "STATEMENTS" if folio % 2 == 0 else f"STATEMENT {current} ON REPAIRS"
            assert heads[index].replace(" ", "") == expected.replace(" ", ""), (folio, heads[index])
            checked += 1
        else:
            assert heads[index] == "", (folio, heads[index])
    assert checked >= 4  # versos and rectos with running heads were both seen


def test_office_booklet_is_folded_in_order(book_workspace):
    import pypdfium2

    out = book_workspace / "out/office.pdf"
    manifest = book_workspace / "one-booklet.toml"
    manifest.write_text("booklet_max_pages = 96\n")
    result = build_collection(find_workspace(book_workspace), manifest_path=manifest,
                              target="office", out_path=out)
    assert result.pages % 4 == 0 and result.out_paths == [out]
    assert any("flip on short edge" in note for note in result.notes)
    document = pypdfium2.PdfDocument(out)
    assert len(document) == result.pages // 2
    checked = 0
    for side, (left, right) in zip(document, booklet_order(result.pages)):
        width, height = side.get_size()
        assert (round(width / MM), round(height / MM)) == (297, 210)
        text = side.get_textpage()
        for half, expected in ((0, left + 1), (1, right + 1)):
            # the folio sits at the foot of each half, on its outer edge
            strip = text.get_text_bounded(half * width / 2, 0, (half + 1) * width / 2, 20 * MM)
            if strip.strip():
                assert strip.split() == [str(expected)], (side, half, strip)
                checked += 1
    assert checked > result.pages / 2  # most pages carry a folio
    document.close()


def test_booklet_order():
    assert booklet_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]


def test_booklets_are_split_when_too_thick(book_workspace):
    manifest = book_workspace / "small-booklets.toml"
    manifest.write_text('title = "Year book"\nbooklet_max_pages = 12\n')
    result = build_collection(find_workspace(book_workspace), manifest_path=manifest,
                              target="office", out_path=book_workspace / "out/split.pdf")
    assert len(result.out_paths) > 1
    assert all(len(PdfReader(p).pages) * 4 <= 12 * 2 for p in result.out_paths)
    assert any("too many for one staple" in note for note in result.notes)


def test_manifest_parts_and_introduction(book_workspace):
    (book_workspace / "intro.md").write_text("An *introduction* to a year of statements.\n")
    manifest = book_workspace / "collection.toml"
    manifest.write_text('title = "Year book"\nsubtitle = "All we said"\nintro = "intro.md"\n'
                        '[[parts]]\ntitle = "Housing"\nstatements = ["sources/s03.md", '
                        '"sources/s01.md"]\n[[parts]]\ntitle = "Health"\n'
                        'statements = ["sources/s02.md"]\n')
    out = book_workspace / "out/parts.pdf"
    build_collection(find_workspace(book_workspace), manifest_path=manifest, out_path=out)
    reader = PdfReader(out)
    top = [m.title for m in reader.outline if not isinstance(m, list)]
    assert top[:3] == ["Introduction", "Housing", "Health"] or top[:2] == ["Housing", "Health"]
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert [[m.title for m in group] for group in nested][:2] == [
        ["Statement 3 on repairs", "Statement 1 on repairs"], ["Statement 2 on repairs"]]
    text = " ".join(page_texts(out))
    assert "An introduction to a year of statements." in text


def test_print_book_block_and_cover(book_workspace):
    out = book_workspace / "out/print.pdf"
    result = build_collection(find_workspace(book_workspace), target="print",
                              out_path=out)
    cover = book_workspace / "out/print.cover.pdf"
    assert result.out_paths == [out, cover]
    spine = spine_width_mm(result.pages, 0.1)
    with pikepdf.open(cover) as pdf:
        x0, _, x1, _ = (float(v) / MM for v in pdf.pages[0].obj.TrimBox)
        bx0, _, bx1, _ = (float(v) / MM for v in pdf.pages[0].obj.BleedBox)
    assert x1 - x0 == pytest.approx(2 * 148 + spine, abs=0.05)
    assert bx1 - bx0 == pytest.approx(2 * 148 + spine + 6, abs=0.05)
    if PREFLIGHT.is_file():
        for path, trim in ((out, "A5"), (cover, f"{2 * 148 + spine}x210")):
            check = preflight(path, "--trim", trim, "--bleed-mm", "3", "--variant", "pdf/x-4",
                              "--cmyk")
            assert check.returncode == 0, check.stdout


def test_font_programs_are_kept_once(screen_book):
    path, result = screen_book
    with pikepdf.open(path) as pdf:
        font_files = {obj.objgen for obj in pdf.objects
                      if isinstance(obj, pikepdf.Dictionary) and "/FontFile2" in obj
                      for obj in [obj.FontFile2]}
    assert result.statements == 21
    # one set of subsets per chunk of statements (and the front and back matter), never
    # one per statement: per-statement embedding would need three or more per statement
    from pamphlet.collection.chapters import CHUNK

    chunks = -(-result.statements // CHUNK)
    assert len(font_files) <= 6 * (chunks + 3) < 3 * result.statements


def test_one_changed_statement_sets_one_chapter_again(book_workspace, monkeypatch):
    from pamphlet.collection import chapters as stitch

    out = book_workspace / "out/incremental.pdf"
    build_collection(find_workspace(book_workspace), out_path=out)
    calls = []
    original = stitch.set_chapter
    monkeypatch.setattr(stitch, "set_chapter", lambda job: calls.append(job) or original(job))
    source = book_workspace / "sources/s05.md"
    source.write_text(source.read_text().replace("Demand 5 first", "Demand 5 first, now"))
    try:
        build_collection(find_workspace(book_workspace), out_path=out)
    finally:
        source.write_text(source.read_text().replace("Demand 5 first, now", "Demand 5 first"))
    assert len(calls) == 1
    assert "DEMAND 5 FIRST, NOW" in " ".join(page_texts(out))


def test_cover_image_and_identical_rebuilds(book_workspace, tmp_path):
    from PIL import Image

    Image.new("RGB", (600, 400), (200, 30, 30)).save(book_workspace / "cover.png")
    manifest = book_workspace / "with-image.toml"
    manifest.write_text('title = "Year book"\ncover_image = "cover.png"\n')
    first, second = book_workspace / "out/img1.pdf", book_workspace / "out/img2.pdf"
    build_collection(find_workspace(book_workspace), manifest_path=manifest, out_path=first)
    build_collection(find_workspace(book_workspace), manifest_path=manifest, out_path=second)
    assert first.read_bytes() == second.read_bytes()
    with pikepdf.open(first) as pdf:
        images = list(pdf.pages[0].get_images())
    assert images, "the cover carries the image"
    manifest.write_text('title = "Year book"\ncover_image = "../../etc/passwd"\n')
    from pamphlet.errors import ConfigError

    with pytest.raises(ConfigError, match="'cover_image': no file"):
        build_collection(find_workspace(book_workspace), manifest_path=manifest,
                         out_path=tmp_path / "x.pdf")
