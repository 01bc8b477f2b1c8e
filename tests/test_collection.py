"""The bound collection, on a generated corpus of 24 statements from three organisations
with a manifest of parts (one holding a single statement) and an introduction: book order,
contents, running heads, credits, the index, openings, booklets, the print book block."""

from __future__ import annotations

import re
import statistics
import unicodedata

import pikepdf
import pypdfium2
import pytest
from pypdf import PdfReader

from book_corpus import ORGANISATIONS, corpus, noted_corpus
from conftest import MM, PREFLIGHT, PRINT_READY_CONFIG, figure_heights, preflight
from layout_measure import read_pages
from pamphlet.collection.cover import spine_width_mm
from pamphlet.collection.run import build_collection
from pamphlet.config.workspace import find_workspace
from pamphlet.pdf.impose import booklet_order

CORPUS = corpus(24)
TITLE = "What we said, 2016–2025"
CONFIG = PRINT_READY_CONFIG.replace('name = "Test Organisation"', 'name = "Riverside Press"')
#: The A5 book's type area: head margin 17 mm, foot margin 21 mm, leading 13.5 pt.
HEAD_MM, FOOT_MM, LEADING_PT = 17, 21, 13.5
PARTS = [("Housing", [s.name for s in CORPUS[0::3]]), ("Health", [s.name for s in CORPUS[1::3]]),
         ("The port", [s.name for s in CORPUS[2::3]][:-1]),
         ("A last word", [CORPUS[2::3][-1].name])]
MANIFEST = (f'title = "{TITLE}"\nsubtitle = "Statements of three organisations"\n'
            'editor = "A. N. Editor"\npublisher = "Riverside Press"\nedition = "First edition"\n'
            'licence = "CC BY-SA 4.0"\nisbn = "978-3-16-148410-0"\nintro = "intro.md"\n'
            'blurb = "Ten years of what tenants, health workers and dockers said."\n'
            + "".join(f'\n[[parts]]\ntitle = "{title}"\nstatements = ['
                      + ", ".join(f'"../sources/{name}"' for name in names) + "]\n"
                      for title, names in PARTS))


@pytest.fixture(scope="module")
def corpus_workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(CONFIG)
    for item in CORPUS:
        (root / "sources" / item.name).write_text(item.text)
    (root / "sources/undated.md").write_text(
        '---\ntitle: "An undated note"\n---\n\nA note without a date.\n')
    (root / "books").mkdir()  # the manifest's paths are relative to its own folder
    (root / "books/intro.md").write_text(
        "This book collects what three organisations said from 2016 to 2025.\n")
    (root / "books/collection.toml").write_text(MANIFEST)
    return root


@pytest.fixture(scope="module")
def book(corpus_workspace):
    out = corpus_workspace / "out/book.pdf"
    result = build_collection(find_workspace(corpus_workspace),
                              manifest_path=corpus_workspace / "books/collection.toml",
                              out_path=out, jobs=2)
    return Book(out, result)


class Book:
    """A built book read as a reader sees it: text, folios, heads, positions."""

    def __init__(self, path, result):
        self.path, self.result = path, result
        reader = PdfReader(path)
        self.labels = list(reader.page_labels)
        self.texts = [" ".join(page.extract_text().split()) for page in reader.pages]
        document = pypdfium2.PdfDocument(path)
        self.heads, self.bodies, self.lowest = [], [], []
        for page in document:
            width, height = page.get_size()
            text = page.get_textpage()
            self.heads.append(" ".join(text.get_text_bounded(
                0, height - HEAD_MM * MM, width, height).split()))
            self.bodies.append(" ".join(text.get_text_bounded(
                0, FOOT_MM * MM, width, height - HEAD_MM * MM).split()))
            bottoms = [text.get_charbox(i)[1] for i in range(text.count_chars())
                       if text.get_text_range(i, 1).strip()
                       and text.get_charbox(i)[1] > FOOT_MM * MM - 2]
            self.lowest.append(min(bottoms, default=None))
        document.close()

    def page(self, folio: int) -> int:
        """The PDF page index of a folio."""
        return self.labels.index(str(folio))

    def folio_of(self, index: int) -> int | None:
        return int(self.labels[index]) if self.labels[index].isdigit() else None

    def contents(self) -> str:
        first = self.page(5)
        last = first
        while "Index of demands" not in self.texts[last]:
            last += 1
        return plain(" ".join(self.texts[first:last + 1]))

    def openings(self) -> dict[str, int]:
        """Each statement's title → the folio the contents give for it."""
        contents = self.contents()
        found = {}
        for item in CORPUS:
            match = re.search(re.escape(plain(item.title)) + r"[ .]*?(\d+) ", contents)
            assert match, item.title
            found[item.title] = int(match[1])
        return found


def plain(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").split())


def test_book_order_half_title_title_imprint_contents(book):
    assert book.labels[:3] == ["Cover", "Inside cover", "1"]
    assert TITLE in book.texts[0]  # the cover
    assert book.texts[1] == ""  # its blank verso
    assert book.texts[book.page(1)] == TITLE  # half-title, p. 1
    assert book.texts[book.page(2)] == ""
    title_page = book.texts[book.page(3)]  # a recto
    assert TITLE in title_page and "Edited by A. N. Editor" in title_page
    assert "RIVERSIDE PRESS" in title_page.upper()
    imprint = book.texts[book.page(4)]
    for words in ("Published by Riverside Press", "First edition", "Licence: CC BY-SA 4.0",
                  "ISBN 978-3-16-148410-0", "Printed by Ink & Co, 2 Press Lane",
                  "Promoted by T. Tester, 1 Test Street"):
        assert words in imprint, words
    assert book.texts[book.page(5)].startswith("Contents")


def test_the_edition_page_and_colophon_name_each_party_once(book, print_book):
    """As a press's edition page reads: published by the publisher, printed by the
    printer, each said once; the colophon says what the book was set in and who printed
    it, on the last verso, so the print book block has an even page count."""
    imprint = book.texts[book.page(4)].casefold()
    assert imprint.count("published by") == 1 and imprint.count("printed by") == 1
    colophon = book.texts[-1]
    assert colophon.startswith(TITLE) and "Set in " in colophon
    assert "Printed by Ink & Co, 2 Press Lane." in colophon
    assert "published by" not in colophon.casefold()
    assert book.folio_of(len(book.texts) - 1) % 2 == 0
    out, result = print_book
    reader = PdfReader(out)
    assert result.pages == len(reader.pages) and result.pages % 2 == 0
    assert "Set in " in reader.pages[-1].extract_text()
    back = PdfReader(out.with_name("print.cover.pdf")).pages[0].extract_text().casefold()
    assert "published by" not in back and back.count("printed by") == 1
    assert "ten years of what tenants" in back  # the manifest's blurb


def test_contents_in_book_order_with_the_pages_and_credits(book):
    contents = book.contents()
    order = [contents.index("Introduction")]
    for title, names in PARTS:
        order.append(contents.index(title.upper()))
        for name in names:
            item = next(s for s in CORPUS if s.name == name)
            order.append(contents.index(plain(item.title), order[-1]))
    order.append(contents.index("Index of demands"))
    assert order == sorted(order)  # introduction first, parts in order, index last
    intro = int(re.search(r"Introduction[ .]*?(\d+)", contents)[1])
    assert book.texts[book.page(intro)].startswith("Introduction")
    for item in CORPUS:  # each opens where the contents say, credited to its organisation
        folio = book.openings()[item.title]
        assert folio % 2 == 1, item.title
        opening = plain(book.texts[book.page(folio)])
        assert plain(item.title) in opening
        assert item.organisation.upper() in opening.upper()
        credit = re.search(re.escape(plain(item.title)) + r"[ .]*?\d+ (.*?) ·", contents)
        assert credit and credit[1] == plain(item.organisation)


def test_a_single_statement_part_has_no_page_of_its_own(book):
    contents = book.contents()
    single = next(s for s in CORPUS if s.name == PARTS[-1][1][0])
    part = int(re.search(r"A LAST WORD[ .]*?(\d+)", contents)[1])
    assert part == book.openings()[single.title]
    opening = book.texts[book.page(part)]
    assert opening.startswith("A LAST WORD") and plain(single.title) in plain(opening)
    housing = int(re.search(r"HOUSING[ .]*?(\d+)", contents)[1])
    assert book.texts[book.page(housing)] == "Housing"  # a part of many: its own page


def section_heads(book) -> dict[int, str]:
    """Folio → the recto head the page should carry, from the contents."""
    starts = sorted((folio, title) for title, folio in book.openings().items())
    heads: dict[int, str] = {}
    index = book.texts.index(next(t for t in book.texts if t.startswith("Index of demands")))
    bounds = [*starts, (book.folio_of(index), "Index of demands")]
    intro = int(re.search(r"Introduction[ .]*?(\d+)", book.contents())[1])
    for folio in range(5, intro):
        heads[folio] = "Contents"
    for folio in range(intro, starts[0][0]):
        heads[folio] = "Introduction"
    for (start, title), (end, _) in zip(bounds, bounds[1:]):
        for folio in range(start, end):
            heads[folio] = title
    for folio in range(bounds[-1][0], len(book.labels)):
        heads[folio] = "Index of demands"
    return heads


def test_running_heads_on_every_text_page_but_openings(book):
    heads = section_heads(book)
    openings = set(book.openings().values())
    checked = {"verso": 0, "recto": 0, "shortened": 0}
    for index, label in enumerate(book.labels):
        folio = book.folio_of(index)
        head, body = book.heads[index], book.bodies[index]
        if folio is None or folio < 5 or folio not in heads:
            assert head == "", (label, head)
            continue
        section_start = body.startswith(("Contents", "Introduction", "Index of demands"))
        part_page = body in {title for title, _ in PARTS}
        colophon = "Set in " in body
        if not body or folio in openings or section_start or part_page or colophon:
            assert head == "", (folio, head)  # openings, part pages and blanks: none
        elif folio % 2 == 0:
            assert head.casefold() == TITLE.casefold(), (folio, head)
            checked["verso"] += 1
        else:
            title = plain(heads[folio]).casefold()
            shown = plain(head).casefold()
            if shown.endswith("…"):
                assert title.startswith(shown[:-1].rstrip()) and len(shown) < len(title)
                checked["shortened"] += 1
            elif shown != title:  # a long title cut at its colon, whole phrase, no ellipsis
                assert title.startswith(shown) and title[len(shown)] in ":;", (folio, head)
                checked["shortened"] += 1
            else:
                assert shown == title, (folio, head)
            checked["recto"] += 1
    assert checked["verso"] > 10 and checked["recto"] >= 6 and checked["shortened"] >= 1


def test_folios_on_the_outer_edge(book):
    """Versos carry their folio at the left of the foot, rectos at the right."""
    document = pypdfium2.PdfDocument(book.path)
    checked = 0
    for index, page in enumerate(document):
        folio = book.folio_of(index)
        if folio is None:
            continue
        width, _ = page.get_size()
        text = page.get_textpage()
        left = text.get_text_bounded(0, 0, width / 2, FOOT_MM * MM).split()
        right = text.get_text_bounded(width / 2, 0, width, FOOT_MM * MM).split()
        if not left and not right:
            continue  # a page without a folio (blank, part page)
        assert (left, right) == (([str(folio)], []) if folio % 2 == 0 else ([], [str(folio)]))
        checked += 1
    document.close()
    assert checked > 50


def test_no_page_ends_with_a_hole_before_a_slogan_block(book):
    openings = book.openings()
    checked = 0
    for item in CORPUS:
        first = plain(item.demands[0]).upper()[:12]
        opening = book.page(openings[item.title])
        block = next((i for i in range(opening, len(book.texts))
                      if first in plain(book.bodies[i]).upper()), None)
        assert block is not None, (item.title, first)
        for page in range(opening, block):  # every page before the block's is full
            empty = (book.lowest[page] - FOOT_MM * MM) / LEADING_PT
            assert empty < 2.8, (item.title, book.labels[page], f"{empty:.1f} empty lines")
            checked += 1
    assert checked > 20


def test_no_statement_under_a_page_spans_two(book):
    openings = book.openings()
    short = [item for item in CORPUS if item.words <= 160]
    assert short
    for item in short:
        opening = plain(book.texts[book.page(openings[item.title])]).upper()
        assert all(plain(d).upper() in opening for d in item.demands), item.title


NOTED = noted_corpus(8, seed=2)
#: The space above a page's first note: the footnote area's margin, padding and rule
#: (base.css: 0.8 em + 0.5 em of the 10 pt text) and the note's half-leading.
NOTES_SPACE_PT = 14


@pytest.fixture(scope="module")
def noted_book(tmp_path_factory):
    """A book of statements with notes called in their last paragraphs and tall slogan
    blocks, read page by page: the lines of its text, its notes and their calls."""
    root = tmp_path_factory.mktemp("noted")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(CONFIG)
    for item in NOTED:
        (root / "sources" / item.name).write_text(item.text)
    out = root / "book.pdf"
    build_collection(find_workspace(root), out_path=out, jobs=2)
    return out, read_pages(out)


def _size(line) -> float:
    return max(line.sizes, key=line.sizes.get)


def flow_and_notes(page):
    """A page's lines of text (the flow, between head and foot margins), its notes (number
    → top) and how far down the flow may reach (its notes' first line, or the foot)."""
    notes = {int(m[1]): line.top for line in page.lines
             if _size(line) < 8.5 and (m := re.match(r"(\d+)\.\D", line.text))
             and line.top > page.height / 2}
    floor = min(notes.values(), default=page.height - FOOT_MM * MM)
    flow = [line for line in page.lines
            if HEAD_MM * MM - 1 < line.top and line.bottom < floor - 1 and _size(line) >= 8.5]
    return flow, notes, floor


def note_calls(path, index: int, floor: float) -> dict[int, float]:
    """The note calls in the text of a page (PDF page ``index`` from 0) above ``floor``:
    runs of digits set smaller than the text (number → top, pt from the page's top)."""
    import pypdfium2.raw as raw

    document = pypdfium2.PdfDocument(path)
    try:
        page = document[index]
        height = page.get_size()[1]
        text = page.get_textpage()
        calls, run, top = {}, "", 0.0
        for i in range(text.count_chars() + 1):
            char = text.get_text_range(i, 1) if i < text.count_chars() else ""
            box = text.get_charbox(i) if char else (0, 0, 0, 0)
            small = char.isdigit() and raw.FPDFText_GetFontSize(text.raw, i) < 8.5
            if small and HEAD_MM * MM < height - box[3] < floor - 1:
                run, top = run + char, height - box[3]
            elif run:
                calls[int(run)], run = top, ""
        return calls
    finally:
        document.close()


def squeezed(text: str) -> str:
    """Letters and digits only, in capitals (PDFium's lines have no spaces)."""
    return re.sub(r"\W", "", text).upper()


def test_no_page_ends_with_a_hole_before_a_slogan_block_over_notes(noted_book):
    """A page that has notes is full down to them: its text ends at most two empty lines
    above the notes when the slogan block comes on the next page (the block does not drag
    the text's last lines over with it, nor leave the page short for want of a line)."""
    _, pages = noted_book
    checked = 0
    for item in NOTED:
        title = squeezed(item.title)
        opening = next(p.number for p in pages if any(  # the title's first line
            _size(line) > 15 and len(squeezed(line.text)) >= 6
            and title.startswith(squeezed(line.text)) for line in p.lines))
        first = squeezed(item.demands[0])[:12]
        block = next(p.number for p in pages[opening - 1:] if any(
            squeezed(line.text).startswith(first) for line in p.lines))
        for page in pages[opening - 1:block - 1]:
            flow, notes, _ = flow_and_notes(page)
            floor = (min(notes.values()) - NOTES_SPACE_PT if notes
                     else page.height - FOOT_MM * MM)
            empty = (floor - max(line.bottom for line in flow)) / LEADING_PT
            assert empty < 2.8, (item.title, page.number, f"{empty:.1f} empty lines",
                                 sorted(notes))
            checked += bool(notes)
    assert checked >= 4  # pages with notes before a block


def test_every_note_on_the_page_that_calls_it(noted_book):
    """A note is set at the foot of the page of its call, at worst the next (a call in a
    page's last line goes over with its note when the note does not fit under it: WeasyPrint
    70 would carry the note on alone, and may carry it a page further still)."""
    path, pages = noted_book
    found = []  # each page's calls and notes (numbered from 1 in each statement)
    for page in pages:
        _, notes, floor = flow_and_notes(page)
        found.append((set(note_calls(path, page.number - 1, floor)), set(notes)))
    assert sum(len(notes) for _, notes in found) >= 30
    late = []
    for number, (calls, notes) in enumerate(found, 1):
        before = found[number - 2] if number > 1 else (set(), set())
        late += [(number, n) for n in notes - calls]
        # a note off its call's page was called a page before, and not noted there
        assert notes - calls <= before[0] - before[1], (number, calls, notes)
        assert calls - notes <= (found[number][1] if number < len(found) else set()), (
            number, calls, notes)  # noted a page on at worst
    assert len(late) <= 1, late


def index_entries(book) -> list[tuple[str, str]]:
    """(letter group, entry text) in the order the index sets them."""
    document = pypdfium2.PdfDocument(book.path)
    start = next(i for i, t in enumerate(book.texts) if t.startswith("Index of demands"))
    lines = []
    for index in range(start, len(book.texts)):
        page = document[index]
        width, height = page.get_size()
        text = page.get_textpage()
        for left, right in ((0, width / 2), (width / 2, width)):  # two columns
            column = text.get_text_bounded(left, FOOT_MM * MM, right, height - HEAD_MM * MM)
            lines += [line.strip() for line in column.splitlines() if line.strip()]
    document.close()
    entries, letter = [], None
    demands = {plain(d) for item in CORPUS for d in item.demands}
    for line in lines:
        if len(line) <= 3 and not line.isdigit():
            letter = line
        else:
            for demand in demands:
                if plain(line).startswith(demand[:14]):
                    entries.append((letter, demand))
    return entries


def test_index_sorted_in_letter_groups_with_its_pages(book):
    entries = index_entries(book)
    assert {d for _, d in entries} == {plain(d) for item in CORPUS for d in item.demands}
    letters = list(dict.fromkeys(letter for letter, _ in entries))
    latin = [letter for letter in letters if letter.isascii()]
    assert latin == sorted(latin) and letters[-2:] == ["Ω", "Ж"]  # Greek, then Cyrillic
    groups = dict((d, letter) for letter, d in entries)
    assert groups["Équité salariale pour toutes et tous"] == "E"
    assert groups["Öffentliches Land bleibt öffentlich"] == "O"
    assert groups["Ángeles y mareas para la plaza"] == "A"
    assert groups["Ñandú: que no se cierre el refugio"] == "N"

    def unaccented(text):  # an independent check of the order within the Latin groups
        return "".join(c for c in unicodedata.normalize("NFD", text)
                       if not unicodedata.combining(c)).casefold()

    latin_entries = [d for letter, d in entries if letter.isascii()]
    assert latin_entries == sorted(latin_entries, key=unaccented)
    # every page number given is a page holding the demand; titles tell repeats apart
    start = next(i for i, t in enumerate(book.texts) if t.startswith("Index of demands"))
    index_text = plain(" ".join(book.texts[start:]))
    for demand in ("Union recognition on the quay", "Freeze the rents now"):
        statements = [s for s in CORPUS if demand in s.demands]
        after = index_text.split(demand, 1)[1]
        for item in statements:
            listed = (re.search(r",\s?(\d+)", after)[1] if len(statements) == 1 else
                      re.search(re.escape(plain(item.title)[:18]) + r".*?,\s?(\d+)", after)[1])
            assert demand.upper() in plain(book.texts[book.page(int(listed))]).upper()


def index_lines(book) -> list[list[tuple[float, str]]]:
    """Per index page and column: (baseline in pt, text) of each line, from the glyphs'
    origins (old-style figures rise and fall around the baseline)."""
    import ctypes

    document = pypdfium2.PdfDocument(book.path)
    start = next(i for i, t in enumerate(book.texts) if t.startswith("Index of demands"))
    columns = []
    for index in range(start, len(book.texts)):
        if "Set in " in book.texts[index]:
            break
        page = document[index]
        width, height = page.get_size()
        text = page.get_textpage()
        x, y = ctypes.c_double(), ctypes.c_double()
        for left, right in ((0, width / 2), (width / 2, width)):
            rows: dict[int, list[str]] = {}
            for i in range(text.count_chars()):
                pypdfium2.raw.FPDFText_GetCharOrigin(text.raw, i, x, y)
                if left <= x.value < right and FOOT_MM * MM < y.value < height - HEAD_MM * MM:
                    rows.setdefault(round(y.value), []).append(text.get_text_range(i, 1))
            columns.append([(baseline, "".join(chars).strip())
                            for baseline, chars in sorted(rows.items(), reverse=True)
                            if "".join(chars).strip()
                            and not "".join(chars).startswith("Index of demands")])
    document.close()
    return columns


def test_index_page_numbers_stay_with_their_entry_and_columns_share_a_head(book):
    columns = index_lines(book)
    assert len(columns) >= 4
    for column in columns:
        assert not [text for _, text in column if text.isdigit()]  # no lone page number
    for left, right in zip(columns[0::2], columns[1::2]):
        if left and right:
            assert abs(left[0][0] - right[0][0]) <= 2.5, (left[0], right[0])


def test_index_is_set_in_the_text_face_at_8_pt_or_more(book):
    document = pypdfium2.PdfDocument(book.path)
    start = next(i for i, t in enumerate(book.texts) if t.startswith("Index of demands"))
    page = document[start + 1]
    text = page.get_textpage()
    sizes = {round(pypdfium2.raw.FPDFText_GetFontSize(text.raw, i), 1)
             for i in range(text.count_chars()) if text.get_text_range(i, 1).strip()}
    document.close()
    assert min(sizes) >= 8, sizes


def test_bookmarks_nest_statements_under_parts(book):
    reader = PdfReader(book.path)
    top = [m.title for m in reader.outline if not isinstance(m, list)]
    assert top[:3] == ["Cover", "Contents", "Introduction"]
    assert [t for t in top if t in {p for p, _ in PARTS}] == [p for p, _ in PARTS]
    nested = [item for item in reader.outline if isinstance(item, list)]
    assert [len(group) for group in nested] == [len(names) for _, names in PARTS]
    for group in nested:
        for mark in group:
            page = reader.get_destination_page_number(mark)
            assert plain(mark.title) in plain(book.texts[page])


def test_undated_statements_come_last_in_date_order(corpus_workspace):
    out = corpus_workspace / "out/by-date.pdf"
    build_collection(find_workspace(corpus_workspace), out_path=out, jobs=2)
    reader = PdfReader(out)
    titles = [m.title for m in reader.outline if not isinstance(m, list)]
    assert titles[-2:] == ["An undated note", "Index of demands"]
    dated = sorted(CORPUS, key=lambda s: (s.date, s.title))
    titles = [plain(t) for t in titles]
    assert [t for t in titles if t in {plain(s.title) for s in CORPUS}] == [
        plain(s.title) for s in dated]


def test_office_booklets_fold_in_order_and_notes_pages_carry_no_head(corpus_workspace):
    manifest = corpus_workspace / "books/one-booklet.toml"
    manifest.write_text("booklet_max_pages = 200\n" + MANIFEST)
    out = corpus_workspace / "out/office.pdf"  # the chapters are shared with the split test
    result = build_collection(find_workspace(corpus_workspace), manifest_path=manifest,
                              target="office", out_path=out, jobs=2)
    assert result.pages % 4 == 0 and result.out_paths == [out]
    assert any("flip on short edge" in note for note in result.notes)
    document = pypdfium2.PdfDocument(out)
    assert len(document) == result.pages // 2
    checked = notes = 0
    for side, (left, right) in zip(document, booklet_order(result.pages)):
        width, height = side.get_size()
        assert (round(width / MM), round(height / MM)) == (297, 210)
        text = side.get_textpage()
        for half, page in ((0, left), (1, right)):
            strip = text.get_text_bounded(half * width / 2, 0, (half + 1) * width / 2, 20 * MM)
            folio = page - 1  # the cover and its verso come before page 1
            if strip.strip():
                assert strip.split() == [str(folio)], (side, half, strip)
                checked += 1
            page_text = text.get_text_bounded(half * width / 2, 0, (half + 1) * width / 2,
                                              height)
            if page_text.strip().startswith("Notes"):
                notes += 1
                head = text.get_text_bounded(half * width / 2, height - HEAD_MM * MM,
                                             (half + 1) * width / 2, height)
                assert not head.strip(), head
    assert checked > result.pages / 2
    document.close()


def test_booklet_order():
    assert booklet_order(8) == [(7, 0), (1, 6), (5, 2), (3, 4)]


def test_booklets_are_split_when_too_thick(corpus_workspace):
    manifest = corpus_workspace / "books/small-booklets.toml"
    manifest.write_text("booklet_max_pages = 48\n" + MANIFEST)
    result = build_collection(find_workspace(corpus_workspace), manifest_path=manifest,
                              target="office", out_path=corpus_workspace / "out/office.pdf",
                              jobs=2)
    assert len(result.out_paths) > 1
    assert all(len(PdfReader(p).pages) * 4 <= 48 * 2 for p in result.out_paths)
    assert any("too many for one staple" in note for note in result.notes)


@pytest.fixture(scope="module")
def print_book(corpus_workspace):
    out = corpus_workspace / "out/print.pdf"
    result = build_collection(find_workspace(corpus_workspace), target="print",
                              manifest_path=corpus_workspace / "books/collection.toml",
                              out_path=out, jobs=2)
    return out, result


def test_print_book_block_starts_at_the_half_title(print_book):
    out, result = print_book
    cover = out.with_name("print.cover.pdf")
    assert result.out_paths == [out, cover]
    reader = PdfReader(out)
    assert " ".join(reader.pages[0].extract_text().split()) == TITLE
    assert list(reader.page_labels)[:3] == ["1", "2", "3"]
    spine = spine_width_mm(result.pages, 0.1)
    with pikepdf.open(cover) as pdf:
        x0, _, x1, _ = (float(v) / MM for v in pdf.pages[0].obj.TrimBox)
    assert x1 - x0 == pytest.approx(2 * 148 + spine, abs=0.05)
    if PREFLIGHT.is_file():
        check = preflight(out, "--trim", "A5", "--bleed-mm", "3", "--variant", "pdf/x-4",
                          "--cmyk")
        assert check.returncode == 0, check.stdout


def test_font_programs_are_kept_once(book):
    with pikepdf.open(book.path) as pdf:
        font_files = {obj.FontFile2.objgen for obj in pdf.objects
                      if isinstance(obj, pikepdf.Dictionary) and "/FontFile2" in obj}
    assert book.result.statements == 24
    # one set of subsets per chunk of statements (and the front and back matter), never
    # one per statement: per-statement embedding would need three or more per statement
    from pamphlet.collection.chapters import CHUNK

    chunks = -(-book.result.statements // CHUNK)
    assert len(font_files) <= 7 * (chunks + 3) < 3 * book.result.statements


def test_one_changed_statement_sets_one_chapter_again(corpus_workspace, monkeypatch):
    from pamphlet.collection import chapters as stitch

    out = corpus_workspace / "out/by-date.pdf"  # the chapters are shared with the date test
    workspace = find_workspace(corpus_workspace)
    build_collection(workspace, [corpus_workspace / "sources"], out_path=out)
    calls = []
    original = stitch.set_chapter
    monkeypatch.setattr(stitch, "set_chapter", lambda job: calls.append(job) or original(job))
    source = corpus_workspace / "sources/s05.md"
    before = source.read_text()
    source.write_text(before.replace("::: demands\n", "::: demands\n- A new demand\n"))
    try:
        build_collection(workspace, [corpus_workspace / "sources"], out_path=out)
    finally:
        source.write_text(before)
    assert len(calls) == 1
    assert "A NEW DEMAND" in " ".join(page.extract_text() for page in PdfReader(out).pages)


def test_cover_image_and_identical_rebuilds(corpus_workspace, tmp_path):
    from PIL import Image

    from pamphlet.errors import ConfigError

    Image.new("RGB", (600, 400), (200, 30, 30)).save(corpus_workspace / "books/cover.png")
    manifest = corpus_workspace / "books/with-image.toml"
    manifest.write_text('title = "Year book"\ncover_image = "cover.png"\n'
                        'statements = ["../sources/s00.md", "../sources/s01.md"]\n')
    first, second = corpus_workspace / "out/img1.pdf", corpus_workspace / "out/img2.pdf"
    build_collection(find_workspace(corpus_workspace), manifest_path=manifest, out_path=first)
    build_collection(find_workspace(corpus_workspace), manifest_path=manifest, out_path=second)
    assert first.read_bytes() == second.read_bytes()
    with pikepdf.open(first) as pdf:
        assert list(pdf.pages[0].get_images()), "the cover carries the image"
    manifest.write_text('title = "Year book"\ncover_image = "../../etc/passwd"\n')
    with pytest.raises(ConfigError, match="'cover_image': no file"):
        build_collection(find_workspace(corpus_workspace), manifest_path=manifest,
                         out_path=tmp_path / "x.pdf")


def test_a_bad_isbn_is_refused_naming_the_manifest(corpus_workspace, tmp_path):
    from pamphlet.errors import ConfigError

    manifest = corpus_workspace / "books/bad-isbn.toml"
    manifest.write_text('title = "Year book"\nisbn = "978-3-16-148410-1"\n')
    with pytest.raises(ConfigError, match=r"bad-isbn.toml:2: 'isbn': '978-3-16-148410-1' is "
                                          r"not an ISBN: its check digit is 1, .* ends in 0"):
        build_collection(find_workspace(corpus_workspace), manifest_path=manifest,
                         out_path=tmp_path / "x.pdf")


def test_three_organisations_in_the_corpus():
    assert {item.organisation for item in CORPUS} == set(ORGANISATIONS)
    assert len(CORPUS) >= 24


def invisible_text(path, index: int, scale: float = 3) -> list[str]:
    """Characters on page ``index`` drawn in the colour of what lies beneath them: in
    and around their box every pixel is the same."""
    document = pypdfium2.PdfDocument(path)
    page = document[index]
    image = page.render(scale=scale, may_draw_forms=True).to_pil().convert("RGB")
    text = page.get_textpage()
    height = page.get_height()
    left0, bottom0 = page.get_mediabox()[:2]
    hidden = []
    for i in range(text.count_chars()):
        char = text.get_text_range(i, 1)
        if not char.strip():
            continue
        left, bottom, right, top = text.get_charbox(i)
        pad = 2  # pixels around the glyph's box: a glyph that fills its box shows there
        box = (int((left - left0) * scale) - pad, int((height - top + bottom0) * scale) - pad,
               int((right - left0) * scale) + pad, int((height - bottom + bottom0) * scale) + pad)
        colours = image.crop(box).getcolors(maxcolors=1 << 16) or [(0, (0, 0, 0)), (0, (9, 9, 9))]
        if len(colours) == 1:
            hidden.append(char)
    document.close()
    return hidden


def test_no_text_in_the_colour_beneath_it_on_covers_and_title_pages(book, print_book):
    out, _ = print_book
    pages = [(book.path, 0), (book.path, book.page(1)), (book.path, book.page(3)),
             (book.path, book.page(4)), (out, 0), (out, 2), (out.with_name("print.cover.pdf"), 0)]
    for path, index in pages:
        text = PdfReader(path).pages[index].extract_text()
        assert text.strip(), (path.name, index)
        assert invisible_text(path, index) == [], (path.name, index)


def test_office_cover_keeps_colour_to_a_band_and_shows_its_text(corpus_workspace):
    out = corpus_workspace / "out/office-cover.pdf"
    manifest = corpus_workspace / "books/office-cover.toml"
    manifest.write_text(f'title = "{TITLE}"\nstatements = ["../sources/s00.md"]\n')
    build_collection(find_workspace(corpus_workspace), manifest_path=manifest, target="office",
                     out_path=out)
    # the booklet's first sheet carries the cover on its right half
    assert invisible_text(out, 0) == []
    image = pypdfium2.PdfDocument(out)[0].render(scale=1).to_pil().convert("RGB")
    width, height = image.size
    white = sum(1 for x in range(width // 2, width, 4) for y in range(0, height, 4)
                if image.getpixel((x, y)) == (255, 255, 255))
    assert white > 0.7 * (width // 8) * (height // 4)  # no flood of toner


def test_print_cover_has_the_brand_colour_to_the_bleed_on_all_four_sides(print_book):
    out, result = print_book
    cover = out.with_name("print.cover.pdf")
    scale = 2
    document = pypdfium2.PdfDocument(cover)
    page = document[0]
    image = page.render(scale=scale).to_pil().convert("RGB")
    with pikepdf.open(cover) as pdf:
        media = [float(v) for v in pdf.pages[0].obj.MediaBox]
        bleed = [float(v) for v in pdf.pages[0].obj.BleedBox]
        trim = [float(v) for v in pdf.pages[0].obj.TrimBox]
    document.close()

    def pixel(x_pt, y_pt):  # PDF coordinates → the rendered image
        return image.getpixel((int((x_pt - media[0]) * scale),
                               int((media[3] - y_pt) * scale)))

    def brand(rgb):
        return rgb[0] > 180 and rgb[1] < 110 and rgb[2] < 110

    inset = 0.5 * MM  # just inside the bleed box's edge
    x0, y0, x1, y1 = bleed
    edges = {"left": [(x0 + inset, y0 + (y1 - y0) * t / 20) for t in range(1, 20)],
             "right": [(x1 - inset, y0 + (y1 - y0) * t / 20) for t in range(1, 20)],
             "foot": [(x0 + (x1 - x0) * t / 40, y0 + inset) for t in range(1, 40)],
             "head": [(x0 + (x1 - x0) * t / 40, y1 - inset) for t in range(1, 40)]}
    for edge, points in edges.items():
        assert all(brand(pixel(x, y)) for x, y in points), edge
    spine = spine_width_mm(result.pages, 0.1)
    assert (trim[2] - trim[0]) / MM == pytest.approx(2 * 148 + spine, abs=0.05)
    assert (bleed[2] - bleed[0]) / MM == pytest.approx(2 * 148 + spine + 6, abs=0.05)


def test_print_cover_fold_marks_stand_outside_the_bleed(print_book):
    """Marks at both folds of the spine in the slug, none drawn into the bleed."""
    out, result = print_book
    cover = out.with_name("print.cover.pdf")
    scale = 4
    document = pypdfium2.PdfDocument(cover)
    image = document[0].render(scale=scale).to_pil().convert("RGB")
    document.close()
    with pikepdf.open(cover) as pdf:
        media = [float(v) for v in pdf.pages[0].obj.MediaBox]
        bleed = [float(v) for v in pdf.pages[0].obj.BleedBox]
        trim = [float(v) for v in pdf.pages[0].obj.TrimBox]
    spine = spine_width_mm(result.pages, 0.1)
    for fold in (trim[0] + 148 * MM, trim[0] + (148 + spine) * MM):
        x = int((fold - media[0]) * scale)
        near = range(x - 2, x + 3)
        slug = range(int((media[3] - bleed[3]) * scale) - 2)  # above the bleed's head edge
        assert any(sum(image.getpixel((i, y))) < 300 for i in near for y in slug), fold
        inside = int((media[3] - bleed[3] + 0.5 * MM) * scale)
        assert all(image.getpixel((i, inside))[0] > 180 for i in near)  # brand, no mark


def test_print_cover_text_keeps_inside_its_panels(print_book):
    """Nothing on the cover sheet outside the trim (no folio in the slug), and the text of
    back and front keeps its margin from the trim and the folds."""
    out, result = print_book
    cover = out.with_name("print.cover.pdf")
    with pikepdf.open(cover) as pdf:
        x0, y0, x1, y1 = (float(v) for v in pdf.pages[0].obj.TrimBox)
    document = pypdfium2.PdfDocument(cover)
    text = document[0].get_textpage()
    boxes = [text.get_charbox(i) for i in range(text.count_chars())
             if text.get_text_range(i, 1).strip()]
    document.close()
    fold = x0 + 148 * MM
    margin = 15 * MM - 1
    assert boxes
    for left, bottom, right, top in boxes:
        assert y0 + margin <= bottom and top <= y1 - margin
        assert (x0 + margin <= left and right <= fold - margin) or \
            (fold + spine_width_mm(result.pages, 0.1) * MM + margin <= left
             and right <= x1 - margin)


def test_print_cover_and_book_pass_pamphlet_check_and_the_shared_preflight(
        print_book, corpus_workspace):
    from pamphlet.check import check_paths

    out, result = print_book
    cover = out.with_name("print.cover.pdf")
    reports = check_paths(find_workspace(corpus_workspace), [out, cover])
    for report in reports:
        assert report.ok, [(f.check, f.detail) for f in report.findings]
        assert (report.target, report.layout) == ("print", "collection")
    assert any(f.check == "spine" for f in reports[1].findings)
    spine = spine_width_mm(result.pages, 0.1)
    if PREFLIGHT.is_file():
        check = preflight(cover, "--trim", f"{2 * 148 + spine}x210", "--bleed-mm", "3",
                          "--variant", "pdf/x-4", "--cmyk")
        assert check.returncode == 0, check.stdout


def test_binding_advice_and_a_spine_with_text_reading_down(tmp_path):
    root = tmp_path / "thick"
    (root / "sources").mkdir(parents=True)
    (root / "pamphlet.toml").write_text(CONFIG + "\n[binding]\npaper_thickness_mm = 0.6\n")
    for item in CORPUS[:6]:
        (root / "sources" / item.name).write_text(item.text)
    results = {}
    for direction in ("top-to-bottom", "bottom-to-top"):
        (root / "book.toml").write_text(f'title = "{TITLE}"\npublisher = "Riverside Press"\n'
                                        f'spine = "{direction}"\n')
        out = root / "out/thick.pdf"
        result = build_collection(find_workspace(root), manifest_path=root / "book.toml",
                                  target="print", out_path=out)
        spine = spine_width_mm(result.pages, 0.6)
        assert spine >= 6
        document = pypdfium2.PdfDocument(out.with_name("thick.cover.pdf"))
        page = document[0]
        text = page.get_textpage()
        with pikepdf.open(out.with_name("thick.cover.pdf")) as pdf:
            tx0, ty0, _, ty1 = (float(v) for v in pdf.pages[0].obj.TrimBox)
        fold = tx0 + 148 * MM
        on_spine = [(text.get_text_range(i, 1), text.get_charbox(i))
                    for i in range(text.count_chars())
                    if fold <= text.get_charbox(i)[0] and text.get_charbox(i)[2] <= fold + spine * MM
                    and text.get_text_range(i, 1).strip()]
        page_middle = (ty0 + ty1) / 2
        document.close()
        assert "".join(c for c, _ in on_spine).upper().startswith("WHAT")
        tops = [box[3] for _, box in on_spine]
        results[direction] = tops[0] > tops[-1]  # the first letter is at the top
        centre = sum((box[0] + box[2]) / 2 for _, box in on_spine) / len(on_spine)
        assert centre == pytest.approx(fold + spine * MM / 2, abs=1 * MM)
        ends = [(box[1] + box[3]) / 2 for _, box in (on_spine[0], on_spine[-1])]
        middle = sum(ends) / 2
        assert middle == pytest.approx(page_middle, abs=3 * MM)  # centred along the spine
    assert results == {"top-to-bottom": True, "bottom-to-top": False}
    assert any("perfect binding" in note or "saddle stitching" in note for note in result.notes)


def test_binding_advice_by_page_count():
    from pamphlet.collection.cover import binding_advice

    assert "saddle stitching" in binding_advice(32, 1.6, "80gsm-uncoated")[0]
    assert "blank" not in binding_advice(32, 1.6, "80gsm-uncoated")[0]
    assert "both work" in binding_advice(44, 3.3, "80gsm-uncoated")[0]
    assert "perfect binding" in binding_advice(120, 6, "80gsm-uncoated")[0]
    assert "no text" in binding_advice(32, 1.6, "80gsm-uncoated")[-1]
    assert "no text" in binding_advice(44, 3.3, "80gsm-uncoated")[-1]
    assert len(binding_advice(200, 10, "80gsm-uncoated")) == 1
    # saddle stitching folds sheets of four pages: the blanks it needs are named
    assert "2 blank pages at the end make the 44 pages" in binding_advice(
        42, 2.1, "80gsm-uncoated")[0]
    # a spine too thin to glue: saddle stitching, and the binder asked before perfect binding
    thin = binding_advice(42, 2.1, "80gsm-uncoated")
    assert "both work" not in thin[0] and "ask for saddle stitching" in thin[0]
    assert "under the 3 mm many binders need" in thin[1]


def _boxes_of(text, content: str, word: str) -> tuple[float, float, float]:
    """(bottom, left, right) of ``word`` in a pdfium text page whose text is ``content``."""
    assert word in content, (word, content)
    start = content.index(word)
    boxes = [text.get_charbox(i) for i in range(start, start + len(word)) if content[i].strip()]
    return min(b[1] for b in boxes), min(b[0] for b in boxes), max(b[2] for b in boxes)


def test_an_arabic_book_speaks_arabic_right_to_left(tmp_path):
    """A book whose language is Arabic has Arabic contents, edition page and colophon, set
    right to left (flush right), its Latin names in their own direction: a contents credit
    reads "<organisation> · 17 يناير 2020", the day never carried off by the name."""
    from conftest import statement

    (tmp_path / "sources").mkdir()
    (tmp_path / "pamphlet.toml").write_text(CONFIG.replace("[defaults]",
                                                           '[defaults]\nlang = "ar"'))
    body = "نقف اليوم مع عمال الموانئ الذين رفضوا تحميل السلاح في كل مكان. " * 8
    for name, title, date in (("a", "لا للحرب", "2020-01-17"),
                              ("b", "السكن حق للجميع", "2021-02-18")):
        (tmp_path / f"sources/{name}.md").write_text(statement(
            title, body=body, lang="ar", date=date, demands=["أوقفوا الحرب الآن", "الخبز"]))
    (tmp_path / "books").mkdir()
    (tmp_path / "books/collection.toml").write_text(
        'title = "ما قلناه"\neditor = "A. N. Editor"\npublisher = "Riverside Press"\n'
        'edition = "الطبعة الأولى"\nisbn = "978-3-16-148410-0"\n')
    out = tmp_path / "book.pdf"
    build_collection(find_workspace(tmp_path), manifest_path=tmp_path / "books/collection.toml",
                     out_path=out)
    texts = [page.extract_text() for page in PdfReader(out).pages]
    whole = "\n".join(texts)
    for english in ("Contents", "Index of demands", "Published by", "Printed by", "Set in",
                    "Edited by", " and "):
        assert english not in whole, english
    labels = list(PdfReader(out).page_labels)
    edition_page, contents_page = labels.index("4"), labels.index("5")
    for word in ("الناشر", "الطباعة", "تحرير"):  # (the colons come out in visual order)
        assert word in texts[edition_page], (word, texts[edition_page])
    assert "المحتويات" in texts[contents_page] and "المطالب" in texts[contents_page]
    assert "Noto Serif" in texts[-1] and "بخط" in texts[-1]
    figures, capital = figure_heights(out, edition_page, "ISBN 978-3-16-148410-0")
    assert all(h == pytest.approx(capital, rel=0.06) for h in figures)  # lining figures
    document = pypdfium2.PdfDocument(out)
    try:
        page = document[contents_page]
        text = page.get_textpage()
        content = text.get_text_range()
        title = _boxes_of(text, content, "المحتويات")
        width = page.get_size()[0]
        assert title[2] == pytest.approx(width - 18 * MM, abs=1.5 * MM)  # flush right (recto)
        press, day, month = (_boxes_of(text, content, word)
                             for word in ("Riverside Press", "17", "يناير"))
        assert press[0] == pytest.approx(day[0], abs=2) == pytest.approx(month[0], abs=2)
        assert month[2] < day[1] < press[1]  # read right to left: name · day month year
    finally:
        document.close()


def test_an_a4_book_keeps_a_readable_measure(corpus_workspace, tmp_path):
    """At A4 trim the text block is narrowed (a wide outer margin) so that a line holds
    60–75 characters, as the brief's A4 statement does, not the 80 of a full-width A4."""
    names = [item.name for item in CORPUS if item.words >= 300][:3]
    out = tmp_path / "book-a4.pdf"
    build_collection(find_workspace(corpus_workspace),
                     paths=[corpus_workspace / "sources" / name for name in names],
                     out_path=out, jobs=2, trim="a4")
    lengths, widths = [], []
    document = pypdfium2.PdfDocument(out)
    for page in document:
        width, height = page.get_size()
        assert (round(width / MM), round(height / MM)) == (210, 297)
        text = page.get_textpage()
        body = text.get_text_bounded(0, FOOT_MM * MM, width, height - HEAD_MM * MM)
        lines = [line.strip() for line in body.splitlines()]
        full = [line for line in lines if len(line) > 45 and line[-1:] not in ".:!?"]
        if len(full) >= 10:  # a page of running text
            lengths += [len(line) for line in full]
            xs = [text.get_charbox(i)[0::2] for i in range(text.count_chars())
                  if text.get_text_range(i, 1).strip()]
            widths.append((max(x[1] for x in xs) - min(x[0] for x in xs)) / MM)
    document.close()
    assert lengths, "no page of running text"
    assert 60 <= statistics.median(lengths) <= 75, statistics.median(lengths)
    assert max(widths) <= 142, widths
