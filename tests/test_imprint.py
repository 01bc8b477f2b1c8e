"""The imprint belongs to the statement: its language, its organisation, its own promoter
and printer when its front matter names them, typographic apostrophes."""

from __future__ import annotations

import pytest

from conftest import MM, figure_heights, pdf_text, statement
from pamphlet.build.run import build
from pamphlet.check import check_paths
from pamphlet.config.workspace import Imprint, find_workspace
from pamphlet.errors import SourceError
from pamphlet.load.sources import load_statement
from pamphlet.render.words import WORDS, book_imprint, imprint_line, kept_together


def spaced(text):
    """``text`` with its no-break spaces (kept_together's) as spaces."""
    return text.replace("\u00a0", " ")


@pytest.mark.parametrize("imprint, organisation, text", [
    pytest.param(Imprint(promoter="A", printer="B", address="C", note="D"), "",
                 "Published by A, printed by B, C. D", id="everything"),
    pytest.param(Imprint(promoter="A"), "", "Published by A", id="promoter"),
    pytest.param(Imprint(promoter="A", printer="B"), "Org",
                 "Published by A for Org, printed by B", id="promoter-for-organisation"),
    pytest.param(Imprint(promoter="Org", printer="B"), "org",
                 "Published by Org, printed by B", id="organisation-is-the-promoter"),
    pytest.param(Imprint(promoter="A. Secretary for the Org, 1 Street"), "Org",
                 "Published by A. Secretary for the Org, 1 Street", id="promoter-names-it"),
    pytest.param(Imprint(promoter="R. Organiser, 3 Union Row", printer="B"), "Forum",
                 "Published by R. Organiser, 3 Union Row, for Forum, printed by B",
                 id="promoter-with-address"),
    pytest.param(Imprint(promoter="Branch 12 Committee", printer="B"), "Branch 12 Committee",
                 "Published by Branch 12 Committee, printed by B",
                 id="promoter-with-a-number-is-the-organisation"),
    pytest.param(Imprint(printer="B"), "Org", "Published by Org, printed by B",
                 id="organisation-publishes"),
    pytest.param(Imprint(printer="B"), "", "Printed by B", id="printer-only"),
    pytest.param(Imprint(promoter="TODO: name", printer="B"), "Org",
                 "Published by Org, printed by B", id="placeholder-left-out"),
    pytest.param(Imprint(promoter="A", note="N"), "", "Published by A. N", id="note"),
    pytest.param(Imprint(address="C", note="N"), "", "C. N", id="address-note"),
    pytest.param(Imprint(), "", "", id="nothing"),
])
def test_imprint_line(imprint, organisation, text):
    assert spaced(imprint_line(imprint, organisation, "en")) == text


@pytest.mark.parametrize("lang, text", [
    ("en", "Published by A for Org, printed by B"),
    ("es", "Publicado por A en nombre de Org, impreso por B"),
    ("de", "Herausgegeben von A für Org, gedruckt bei B"),
    ("fr", "Publié par A pour Org, imprimé par B"),
    ("de-AT", "Herausgegeben von A für Org, gedruckt bei B"),
    ("ar", "صادر عن \u2068A\u2069 نيابة عن \u2068Org\u2069، طُبع لدى \u2068B\u2069"),
    ("ar-EG", "صادر عن \u2068A\u2069 نيابة عن \u2068Org\u2069، طُبع لدى \u2068B\u2069"),
])
def test_imprint_in_the_statements_language(lang, text):
    assert imprint_line(Imprint(promoter="A", printer="B"), "Org", lang) == text


@pytest.mark.parametrize("imprint, lang, lines", [
    pytest.param(Imprint(promoter="T. Tester, 1 Test Street", printer="Ink & Co"), "en",
                 ["Printed by Ink & Co", "Promoted by T. Tester, 1 Test Street"], id="both"),
    pytest.param(Imprint(promoter="riverside press", printer="Ink & Co", address="2 Lane"),
                 "en", ["Printed by Ink & Co, 2 Lane"], id="the-publisher-promotes"),
    pytest.param(Imprint(promoter="A", printer="B", note="N"), "de",
                 ["Druck: B", "V. i. S. d. P.: A", "N"], id="german"),
    pytest.param(Imprint(promoter="TODO: name", printer="TODO: printer"), "en", [],
                 id="placeholders"),
])
def test_a_books_imprint_never_says_published_by_again(imprint, lang, lines):
    """The edition page says "Published by <publisher>" once; the imprint adds the
    printer and whoever answers for the book, in other words."""
    assert [spaced(line) for line in book_imprint(imprint, "Riverside Press", lang)] == lines


def test_one_place_for_the_words():
    assert {"en", "es", "de", "fr", "ar"} <= set(WORDS)
    assert all(set(words) == set(WORDS["en"]) for words in WORDS.values())


def test_arabic_has_its_own_word_for_everything():
    """No English word left in the Arabic table: every value is written in Arabic script
    (the comma is the Arabic comma)."""
    for key, word in WORDS["ar"].items():
        assert not any("a" <= c.lower() <= "z" for c in word), (key, word)
        assert word == "، " if key == "comma" else any("\u0600" <= c <= "\u06ff" for c in word)


@pytest.mark.parametrize("imprint, organisation, lang, text", [
    pytest.param(Imprint(promoter="اللجنة", printer="مطبعة الأمل", address="+44 20 7946 0958"),
                 "اللجنة", "ar", "صادر عن اللجنة، طُبع لدى مطبعة الأمل، \u2068+44 20 7946 0958\u2069",
                 id="arabic-names-digits-isolated"),
    pytest.param(Imprint(promoter="اللجنة", printer="Red Press"), "", "en",
                 "Published by \u2068اللجنة\u2069, printed by Red Press", id="arabic-name-in-english"),
    pytest.param(Imprint(address="c/o 12 Street", note="N"), "", "en", "C/o 12 Street. N",
                 id="english-untouched"),
    pytest.param(Imprint(address="c/o 12 Street"), "", "ar", "\u2068C/o 12 Street\u2069",
                 id="capital-inside-the-isolate"),
])
def test_names_of_the_other_direction_are_isolated(imprint, organisation, lang, text):
    """A Latin name, a postcode or a bare phone number in an Arabic line (and an Arabic name
    in an English one) keeps its own direction: wrapped in a first-strong isolate."""
    assert spaced(imprint_line(imprint, organisation, lang)) == text


def test_an_arabic_books_imprint_in_arabic():
    lines = book_imprint(Imprint(promoter="A", printer="B", address="1 Lane"), "P", "ar")
    assert [spaced(line) for line in lines] == [
        "الطباعة: \u2068B\u2069", "المسؤول عن النشر: \u2068A\u2069، \u20681 Lane\u2069"]


@pytest.mark.parametrize("written, kept", [
    ("c/o 12 Test Street, London E1 6AN", "c/o~12~Test Street, London~E1~6AN"),
    ("Tel. 020 7946 0123", "Tel.~020~7946~0123"),
    ("Hauptstraße 5, 10115 Berlin", "Hauptstraße~5, 10115~Berlin"),
    ("12 rue de la Paix, 75002 Paris", "12~rue de la Paix, 75002~Paris"),
    ("A. Organiser, Red Press Ltd", "A. Organiser, Red Press Ltd"),
])
def test_an_imprint_never_breaks_a_postcode_or_a_phone_number(written, kept):
    """No-break spaces on either side of a short code (a postcode's half, a house number,
    a phone number's group); none after a comma."""
    assert kept_together(written) == kept.replace("~", "\u00a0")
    assert imprint_line(Imprint(promoter=written), "", "en").endswith(kept_together(written))


CONFIG = """\
[organisation]
name = "Workers' Solidarity Committee"

[imprint]
promoter = "J. O'Brien, \\"Red House\\", 12 Union Street"
printer = "Red Press, 3 Print Lane"
"""


def test_the_leaflet_carries_the_statements_imprint(make_workspace):
    root = make_workspace({
        "sources/es.md": statement(
            "Vivienda digna", "Un texto breve sobre la vivienda.", ["Alquileres justos ya"],
            lang="es", organisation="Sindicato de Inquilinas"),
        "sources/de.md": statement(
            "Wohnen", "Ein kurzer Text über das Wohnen.", ["Mieten runter"], lang="de",
            imprint="{promoter: \"Mieterbund 'Nord'\", printer: Druckerei Rot}"),
        "sources/en.md": statement("Ours", "A short text.", ["Yes"]),
    }, config=CONFIG)
    report = build(find_workspace(root), out_dir=root / "out", strict=True)
    assert report.ok, report.failed
    es = pdf_text(root / "out/es.leaflet-a5.screen.pdf")
    assert ("Publicado por J. O’Brien, «Red House», 12 Union Street, en nombre de Sindicato de Inquilinas, "
            "impreso por Red Press, 3 Print Lane") in es
    de = pdf_text(root / "out/de.leaflet-a5.screen.pdf")
    assert ("Herausgegeben von Mieterbund ‚Nord‘ für Workers’ Solidarity Committee, "
            "gedruckt bei Druckerei Rot") in de
    en = pdf_text(root / "out/en.leaflet-a5.screen.pdf")
    assert "WORKERS’ SOLIDARITY COMMITTEE" in en.upper()  # the masthead
    assert ("Published by J. O’Brien, “Red House”, 12 Union Street, for Workers’ Solidarity Committee, "
            "printed by Red Press, 3 Print Lane") in en
    assert "'" not in en and '"' not in en
    # pamphlet check finds the workspace's imprint, typographic quotes and all
    (report,) = check_paths(find_workspace(root), [root / "out/en.leaflet-a5.screen.pdf"])
    (imprint,) = [f for f in report.findings if f.check == "imprint"]
    assert imprint.status.value == "pass", imprint.detail


@pytest.mark.parametrize("value, reason", [
    ("nobody", "front matter 'imprint': expected fields such as {promoter: …, printer: …}"),
    ("{publisher: X}", "front matter 'imprint': unknown field 'publisher' (known: promoter, "
                       "printer, address, note)"),
    ("{printer: [a, b]}", "front matter 'imprint': 'printer': expected text"),
])
def test_bad_imprint_front_matter_names_the_line(tmp_path, value, reason):
    path = tmp_path / "s.md"
    path.write_text(f"---\ntitle: T\nimprint: {value}\n---\nText.\n")
    with pytest.raises(SourceError) as error:
        load_statement(path, find_workspace(tmp_path).config)
    assert f"{path}:3: {reason}" in str(error.value)


ARABIC_CONFIG = """\
[organisation]
name = "Test Organisation"

[imprint]
promoter = "A. Tester, 12 Test Street, London E1 6AN"
printer = "مطبعة الأمل"
address = "+44 20 7946 0958"
"""


def _words_on_lines(path, page_index, words):
    """Each of ``words`` (one Arabic word, or Latin words) → (the bottom of its line, left,
    right) in pt (the page's text comes out in visual order: a run of Arabic words
    reversed, each word whole)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(path)
    try:
        text = document[page_index].get_textpage()
        content = text.get_text_range().replace("\xa0", " ")  # no-break spaces: spaces
        found = {}
        for word in words:
            assert word in content, (word, content)  # else its letters were reshuffled
            start = content.index(word)
            boxes = [text.get_charbox(i) for i in range(start, start + len(word))
                     if content[i].strip()]
            found[word] = (round(min(b[1] for b in boxes)), min(b[0] for b in boxes),
                           max(b[2] for b in boxes))
        return found
    finally:
        document.close()


def test_an_arabic_imprint_reads_right_to_left_its_latin_parts_left_to_right(make_workspace):
    """The Arabic leaflet's imprint is in Arabic, set right to left from the right edge;
    the Latin promoter, its postcode and the phone number each read left to right in their
    own order, never reshuffled by the Arabic round them; pamphlet check finds it."""
    root = make_workspace({"sources/ar.md": statement(
        "لا للحرب", body="نص البيان القصير عن الحرب.", lang="ar",
        demands=["أوقفوا الحرب الآن", "الخبز والحرية"])}, config=ARABIC_CONFIG)
    report = build(find_workspace(root), out_dir=root / "out", strict=True)
    assert report.ok, report.failed
    path = root / "out/ar.leaflet-a5.screen.pdf"
    assert "Published" not in pdf_text(path)
    parts = ["صادر", "نيابة", "مطبعة", "A. Tester", "12 Test Street", "London", "E1 6AN",
             "+44", "20 7946", "0958"]
    found = _words_on_lines(path, 1, parts)
    # the Arabic reads right to left: "صادر عن …" first, "نيابة عن …" after it
    (arabic_line, _, _), (line, _, right) = found["صادر"], found["نيابة"]
    assert line < arabic_line or (line == arabic_line and right < found["صادر"][1])
    # the Latin parts keep their order left to right, wherever a line holds two of them
    for before, after in (("A. Tester", "12 Test Street"), ("12 Test Street", "London"),
                          ("London", "E1 6AN"), ("+44", "20 7946"), ("20 7946", "0958")):
        if found[before][0] == found[after][0]:
            assert found[before][2] < found[after][1], (before, after, found)
    assert found["+44"][0] == found["0958"][0]  # a phone number is never broken
    # the line starts at the right, with the Arabic: nothing of its line right of it
    first = found["صادر"]
    assert all(box[2] <= first[2] + 0.5 for box in found.values() if box[0] == first[0])
    assert first[2] == pytest.approx((148 - 15) * MM, abs=1.5 * MM)
    (check,) = check_paths(find_workspace(root), [path])
    (imprint,) = [f for f in check.findings if f.check == "imprint"]
    assert imprint.status.value == "pass", imprint.detail


FIGURES_CONFIG = """\
[organisation]
name = "Test Organisation"

[imprint]
promoter = "T. Tester, 1 Test Street, London E1 6AN"
printer = "Ink & Co, 2 Press Lane"
address = "Tel. 020 7946 0123"
"""


def test_figures_that_are_codes_are_lining(make_workspace):
    """Postcodes, phone numbers and dates in the dateline are set in lining figures, as
    tall as the capitals beside them; the body keeps its old-style figures."""
    root = make_workspace({"sources/s.md": statement(
        "Fares", "In 2019 we were 120 strong; now we are 2,010.", ["Cut the fares"],
        date="2020-10-12")}, config=FIGURES_CONFIG)
    report = build(find_workspace(root), out_dir=root / "out", strict=True)
    assert report.ok, report.failed
    path = root / "out/s.leaflet-a5.screen.pdf"
    for page, token in ((1, "London E1 6AN"), (1, "Tel. 020 7946"),
                        (1, "Ink & Co, 2 Press Lane"), (0, "12 OCTOBER 2020")):
        figures, capital = figure_heights(path, page, token)
        assert figures and all(h == pytest.approx(capital, rel=0.06) for h in figures), (
            token, figures, capital)
    figures, capital = figure_heights(path, 0, "In 2019 we were 120")
    assert all(h < 0.8 * capital for h in figures), figures  # the body's old-style ones
