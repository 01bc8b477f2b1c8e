"""The book's own text on a small generated anthology of four statements in four languages
(English, French, German, Arabic), two with footnotes: notes numbered per statement, index
entries unhyphenated and in their own language and direction, contents and running heads
that keep a right-to-left title whole, a colophon naming every face embedded, the book's
words in the manifest's language, running heads cut at a sense break, contents that do
not strand an entry on a page of its own."""

from __future__ import annotations

import re

import pypdfium2
import pytest
from pypdf import PdfReader

from conftest import MM, PRINT_READY_CONFIG, statement
from pamphlet.collection.run import build_collection
from pamphlet.config.workspace import find_workspace
from pamphlet.errors import PamphletError

#: Generated sentences (nothing copied from a published statement).
EN = ("The board has refused every request for a meeting since the spring, and the gates "
      "stay shut while the costs fall on the families who live beside the yard. ")
FR = ("Les salariées de la résidence demandent depuis des mois des effectifs suffisants et "
      "une direction qui écoute celles qui travaillent de nuit. ")
DE = ("Die Mieterinnen und Mieter der Gartenstraße verlangen seit dem Frühjahr eine "
      "Antwort der Hausverwaltung auf die angekündigte Erhöhung. ")
AR = "نقف اليوم مع عمال مصنع النسيج الذين رفضوا العمل بلا عقود في كل الأقسام. "
LONG_TITLE = ("The gates must stay open: our answer to the yard board's consultation on "
              "closing the northern entrance")
AR_TITLE = "عمال مصنع النسيج على حق"
#: Long demands: a break in them would fall inside a word if hyphenation were on.
DEMANDS = {
    "en": ["Reopen the northern entrance to every family on the estate immediately"],
    "fr": ["Soutien inconditionnel aux grévistes de la résidence Moncayo"],
    "de": ["Alle Nebenkostenabrechnungen vollständig offengelegt"],
    "ar": ["عقود دائمة لكل العاملات والعمال"],
}


def _sources(root, arabic: bool = True):
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(PRINT_READY_CONFIG)
    files = {
        "a.md": statement(LONG_TITLE, body=(EN * 14 + "A first note.[^a] " + EN * 14
                                           + "A second note.[^b]\n\n[^a]: The yard's own "
                                           "figures.\n[^b]: Minutes of the March meeting.\n"),
                          demands=DEMANDS["en"], date="2023-01-10",
                          organisation='"Tenants and Workers Together"'),
        "b.md": statement("Grève à la résidence", body=(FR * 4 + "Une note.[^n]\n\n[^n]: "
                                                        "Selon le syndicat.\n"),
                          demands=DEMANDS["fr"], date="2023-02-01", lang="fr",
                          organisation='"Tenants and Workers Together"'),
        "c.md": statement("Gartenstraße bleibt", body=DE * 4, demands=DEMANDS["de"],
                          date="2023-03-01", lang="de",
                          organisation='"Tenants and Workers Together"'),
    }
    if arabic:
        files["d.md"] = statement(AR_TITLE, body=AR * 6, demands=DEMANDS["ar"],
                                  date="2023-04-02", lang="ar",
                                  organisation='"Tenants and Workers Together"')
    for name, text in files.items():
        (root / "sources" / name).write_text(text)
    (root / "books").mkdir()


def _build(root, manifest: str = 'title = "Four voices"\n', name: str = "book.pdf"):
    (root / "books/collection.toml").write_text(manifest)
    out = root / "out" / name
    build_collection(find_workspace(root), manifest_path=root / "books/collection.toml",
                     out_path=out)
    return out


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    root = tmp_path_factory.mktemp("booktext")
    _sources(root)
    return Pages(_build(root))


class Pages:
    """A book's pages as a reader gets them: text in reading order, lines with positions."""

    def __init__(self, path):
        self.path = path
        reader = PdfReader(path)
        self.labels = list(reader.page_labels)
        self.texts = [page.extract_text() for page in reader.pages]

    def page_of(self, words: str) -> int:
        return next(n for n, text in enumerate(self.texts) if words in " ".join(text.split()))

    def lines(self, index: int) -> list[tuple[float, float, str]]:
        """(top in mm from the page's head, left in mm, text) of each line of a page."""
        document = pypdfium2.PdfDocument(self.path)
        try:
            page = document[index]
            height = page.get_size()[1]
            text = page.get_textpage()
            rows: dict[float, list[tuple[float, str]]] = {}
            for i in range(text.count_chars()):
                char = text.get_text_range(i, 1)
                if not char.strip():
                    continue
                left, bottom, right, top = text.get_charbox(i)
                key = round((height - bottom) / MM)
                row = rows.get(key) or rows.get(key - 1) or rows.get(key + 1)
                (row if row is not None else rows.setdefault(key, [])).append((left, char))
            return [(top, min(x for x, _ in chars) / MM, "".join(c for _, c in sorted(chars)))
                    for top, chars in sorted(rows.items())]
        finally:
            document.close()


def test_each_statements_footnotes_are_numbered_from_one(book):
    """Notes restart at 1 in each statement: the French statement's one note is 1, not 3."""
    first, second = book.page_of("A first note."), book.page_of("A second note.")
    assert "A first note.1" in " ".join(book.texts[first].split())
    assert "A second note.2" in " ".join(book.texts[second].split())
    french = book.page_of("Une note.")
    text = " ".join(book.texts[french].split())
    assert "Une note.1" in text and "1. Selon le syndicat." in text, text


def test_index_entries_are_never_hyphenated(book):
    """Each demand's words stand whole in the index (the hanging indent takes the turnover):
    no "voll-ständig", "gré-vistes", "Mon-cayo"."""
    index = book.page_of("Index of demands A ")
    text = book.texts[index]
    assert "\u2010" not in text and not re.search(r"\w-\n", text), text
    words = set(text.split())
    for demand in (*DEMANDS["en"], *DEMANDS["fr"], *DEMANDS["de"]):
        for word in demand.split():
            assert word in words or f"{word}," in words, (word, text)


def test_right_to_left_titles_and_datelines_keep_their_order(book):
    """In the English contents the Arabic dateline reads "2 أبريل 2023" right to left (seen
    left to right: 2023, the month, 2), after the organisation; in the index the Arabic
    demand stands before its page number."""
    contents = [line for _, _, line in book.lines(book.page_of("Contents"))]
    credit = next(line for line in contents if "Together" in line and "2023" in line
                  and re.search("[\u0600-\u06ff]", line))
    assert re.fullmatch(r"TenantsandWorkersTogether·2023[\u0600-\u06ff]+2", credit), credit
    title = next(line for line in contents if re.search("[\u0600-\u06ff]", line)
                 and "Together" not in line)
    assert re.fullmatch(r"[\u0600-\u06ff]+[.]+\d+", title), title  # title, leader, page
    index = [line for _, _, line in book.lines(book.page_of("Index of demands A "))]
    entry = next(line for line in index if "\u0639\u0642\u0648\u062f"[::-1] in line
                 or "\u0639\u0642\u0648\u062f" in line)
    assert re.search(r"[\u0600-\u06ff],\d+$", entry), entry


def test_the_colophon_names_every_face_embedded(book, tmp_path):
    """An Arabic statement's face is named beside the text and display faces; a book without
    one names only those two."""
    assert ("Set in Noto Serif, Noto Sans Condensed and Noto Naskh Arabic."
            in " ".join(book.texts[-1].split())), book.texts[-1]
    _sources(tmp_path, arabic=False)
    latin = Pages(_build(tmp_path))
    assert "Set in Noto Serif and Noto Sans Condensed." in " ".join(latin.texts[-1].split())


def test_a_long_title_is_cut_at_its_colon_in_the_running_head(book):
    """The recto's head is the phrase before the title's colon, whole, with no ellipsis."""
    first = book.page_of("A first note.")
    document = pypdfium2.PdfDocument(book.path)
    try:
        heads = []
        for index in range(first - 1, book.page_of("A second note.") + 1):
            page = document[index]
            width, height = page.get_size()
            heads.append(page.get_textpage().get_text_bounded(0, height - 17 * MM, width,
                                                              height))
    finally:
        document.close()
    rectos = ["".join(head.split()).casefold() for head in heads
              if "".join(head.split()).casefold() not in ("", "fourvoices")]
    assert rectos and all(head == "thegatesmuststayopen" for head in rectos), heads


def test_the_manifest_sets_the_language_of_the_books_own_words(tmp_path):
    """``lang = "fr"`` in the manifest: French contents, index and colophon in an English
    workspace; a language pamphlet has no words for is refused naming the manifest's line."""
    _sources(tmp_path, arabic=False)
    french = Pages(_build(tmp_path, 'title = "Quatre voix"\nlang = "fr"\n'))
    whole = " ".join(" ".join(french.texts).split())
    for word in ("Sommaire", "Index des revendications", "Composé en"):
        assert word in whole, word
    for english in ("Contents", "Index of demands", "Set in"):
        assert english not in whole, english
    with pytest.raises(PamphletError) as refused:
        _build(tmp_path, 'title = "Quatre voix"\n\nlang = "xx"\n', "bad.pdf")
    message = str(refused.value)
    assert len(message.splitlines()) == 1
    assert message.startswith(f"{tmp_path / 'books/collection.toml'}:3: 'lang'"), message


def test_contents_a_little_over_a_page_are_tightened_to_fit_it(tmp_path):
    """Ten statements in five year groups: set as they were, the contents left "Index of
    demands" alone on a second page; set tighter between groups they keep to one."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "books").mkdir()
    (tmp_path / "pamphlet.toml").write_text(PRINT_READY_CONFIG)
    for k in range(10):
        (tmp_path / f"sources/s{k:02d}.md").write_text(statement(
            f"Statement number {k} on the estate", body="A few words.",
            date=f"{2016 + k % 5}-0{1 + k % 9}-10", organisation='"Tenants Together"',
            demands=["Repairs now"]))
    pages = Pages(_build(tmp_path, 'title = "T"\ngroup_by = "year"\n'))
    contents = pages.labels.index("5")
    text = " ".join(pages.texts[contents].split())
    assert "Statement number 0" in text and "Index of demands" in text, text
    assert all("Statement number" not in t for t in pages.texts[contents + 1:contents + 2])


def _line_letter_spread(path, index: int, starting: str) -> list[float]:
    """For the line of a page that starts with ``starting`` and the line after it: the
    tallest lower-case letter's ink height over the shortest's (descenders aside)."""
    document = pypdfium2.PdfDocument(path)
    try:
        text = document[index].get_textpage()
        content = text.get_text_range()
        start = content.index(starting)
        spreads = []
        for _ in range(2):
            end = content.index("\n", start)
            heights = [text.get_charbox(i)[3] - text.get_charbox(i)[1]
                       for i in range(start, end)
                       if content[i].isalpha() and content[i].islower()
                       and content[i] not in "gjpqy"]
            spreads.append(max(heights) / min(heights))
            start = end + 1
        return spreads
    finally:
        document.close()


def test_a_long_first_paragraph_opens_with_a_line_of_small_capitals(book):
    """A first paragraph too long to be set as a lead opens its chapter with its first line
    in small capitals (its letters of one height), the next line in lower case (ascenders
    above the x-height): every chapter opens with a lead of one kind or the other."""
    page = book.page_of("stay shut while the costs fall")
    first, second = _line_letter_spread(book.path, page, "The board has refused")
    assert first < 1.15, first
    assert second > 1.3, second
