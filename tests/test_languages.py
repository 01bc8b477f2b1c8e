"""Languages in the PDF: quotes, spacing, dates and hyphenation by `lang`; right-to-left
scripts set right to left in their bundled fallback faces."""

from __future__ import annotations

import pypdfium2
import pytest
from pypdf import PdfReader

from conftest import MM, pdf_fonts, pdf_text, statement
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace

NNBSP = "\u202f"

CASES = {
    "de": ('Die Geschäftsführung nennt den Streik "unverhältnismäßig". Wir sagen: '
           "Die Beschäftigten verdienen Respekt.", "23. November 2019",
           ["\u201eunverhältnismäßig\u201c"]),
    "fr": ('La direction parle de "grève illégale". Pourquoi ? Parce que nous gagnons !',
           "23 novembre 2019",
           [f"\u00ab{NNBSP}grève illégale{NNBSP}\u00bb", f"Pourquoi{NNBSP}?",
            f"gagnons{NNBSP}!"]),
    "es": ('La empresa dice que la limpieza "no es esencial". Es falso.',
           "23 de noviembre de 2019", ["\u00abno es esencial\u00bb"]),
}


@pytest.fixture(scope="module")
def language_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("languages")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text('[organisation]\nname = "Org"\n')
    for lang, (body, _, _) in CASES.items():
        (root / f"sources/{lang}.md").write_text(statement(
            title=f"Titel {lang}", body=body, demands=["Ja"], date="2019-11-23", lang=lang))
    (root / "sources/mixed.md").write_text(statement(
        title="Solidarity across borders", date="2024-05-01", demands=["No arms shipments"],
        body="We stand with the dockers of every port.\n\n"
             "\u062a\u0636\u0627\u0645\u0646 \u0627\u0644\u0639\u0645\u0627\u0644 \u0644\u0627 "
             "\u064a\u0639\u0631\u0641 \u062d\u062f\u0648\u062f\u0627\u064b. \u0646\u0642\u0641 "
             "\u0645\u0639 \u0639\u0645\u0627\u0644 \u0627\u0644\u0645\u0648\u0627\u0646\u0626 "
             "\u0641\u064a \u0643\u0644 \u0645\u0643\u0627\u0646\u060c \u0648\u0646\u0637\u0627"
             "\u0644\u0628 \u0628\u0648\u0642\u0641 \u0634\u062d\u0646 \u0627\u0644\u0623\u0633"
             "\u0644\u062d\u0629 \u0641\u0648\u0631\u0627\u064b \u0648\u062f\u0648\u0646 "
             "\u062a\u0623\u062e\u064a\u0631.\n\n"
             "\u05e1\u05d5\u05dc\u05d9\u05d3\u05e8\u05d9\u05d5\u05ea \u05e9\u05dc "
             "\u05e2\u05d5\u05d1\u05d3\u05d9\u05dd."))
    # an Arabic statement writing its numbers in Eastern Arabic digits
    (root / "sources/ar.md").write_text(statement(
        title="الأجور أولاً",
        body="منذ ١٢ شهراً لم "
             "ترتفع الأجور سو"
             "ى ٣٪.", demands=["ارفعوا "
                                           "الأجور"],
        date="2019-11-23", lang="ar"))
    report = build(find_workspace(root), out_dir=root / "out", strict=True)
    assert report.ok, report.failed
    return root / "out"


@pytest.mark.parametrize("lang", CASES)
def test_quotes_spacing_and_dates_follow_the_language(language_build, lang):
    path = language_build / f"{lang}.leaflet-a5.screen.pdf"
    text = pdf_text(path)
    _, date, marks = CASES[lang]
    assert date.upper() in text  # the dateline is set in capitals
    for mark in marks:
        assert " ".join(mark.split()) in text, (mark, text)
    assert str(PdfReader(path).trailer["/Root"]["/Lang"]) == lang


def test_arabic_is_set_right_to_left_in_the_fallback_face(language_build):
    path = language_build / "mixed.leaflet-a5.screen.pdf"
    assert {"Pamphlet-Arabic", "Pamphlet-Hebrew"} <= {
        name.split("-Bold")[0] for name in pdf_fonts(path)}
    document = pypdfium2.PdfDocument(path)
    page = document[0]
    width = page.get_size()[0]
    text = page.get_textpage()
    lines: dict[int, list[tuple[float, float]]] = {}
    for index in range(text.count_chars()):
        char = text.get_text_range(index, 1)
        if char and "\u0600" <= char <= "\u06ff":
            left, bottom, right, top = text.get_charbox(index, loose=True)  # line-high boxes
            lines.setdefault(round(bottom), []).append((left, right))
    document.close()
    assert len(lines) >= 2, lines
    last = lines[min(lines)]  # the lowest line: the paragraph's last, short line
    right_margin = width - 13 * MM
    assert max(r for _, r in last) == pytest.approx(right_margin, abs=2 * MM)
    assert min(left for left, _ in last) > 13 * MM + 20 * MM  # ragged on the left
    assert "We stand with the dockers" in pdf_text(path)


def test_an_arabic_dateline_writes_the_statements_own_digits(language_build):
    """The date of a statement that writes ١٢ is set ٢٣ نوفمبر ٢٠١٩, not 23 … 2019."""
    text = "\n".join(page.extract_text()
                     for page in PdfReader(language_build / "ar.leaflet-a5.screen.pdf").pages)
    (dateline,) = [line for line in text.splitlines()
                   if "\u0646\u0648\u0641\u0645\u0628\u0631" in line]  # نوفمبر
    # (the text comes out in visual order, a number's digits too: compare them as sets)
    assert sorted(c for c in dateline if c.isdigit()) == sorted("\u0662\u0663\u0662\u0660"
                                                              "\u0661\u0669"), dateline
    assert not any(c in "0123456789" for c in text), text


@pytest.mark.parametrize("lang, words, date", [
    ("ar", "\u0645\u0646\u0630 \u0661\u0662 \u0634\u0647\u0631\u0627\u064b", "٢٣ نوفمبر ٢٠١٩"),
    ("ar", "منذ 12 شهراً و٣ أيام", "23 نوفمبر 2019"),  # most numbers in 0123
    ("ar", "بلا أرقام", "23 نوفمبر 2019"),  # Arabic's own default (CLDR: latn)
    ("ar-EG", "بلا أرقام", "٢٣ نوفمبر ٢٠١٩"),  # Egyptian Arabic's (arab)
    ("ar-LB", "منذ 12 شهراً", "23 تشرين الثاني 2019"),
    ("de", "seit ١٢ Monaten", "23. November 2019"),  # a left-to-right language: as written
])
def test_dateline_digits(lang, words, date):
    import datetime as dt

    from pamphlet.render.html import format_dateline

    assert format_dateline(dt.date(2019, 11, 23), lang, words) == date


def test_an_arabic_masthead_keeps_its_letters_joined(make_workspace):
    """The masthead spaces Latin capitals out; an Arabic organisation's name keeps its
    letters together (spacing breaks the joins of a joined script)."""
    import pypdfium2

    name = "لجنة الحي"
    root = make_workspace({"sources/ar.md": statement(
        "لا للحرب", body="نص البيان القصير عن الحرب.", lang="ar", demands=["الخبز والحرية"],
        organisation=f'"{name}"')})
    report = build(find_workspace(root), out_dir=root / "out", strict=True)
    assert report.ok, report.failed
    document = pypdfium2.PdfDocument(root / "out/ar.leaflet-a5.screen.pdf")
    try:
        text = document[0].get_textpage()
        content = text.get_text_range()
        word = "لجنة"[::-1] if "لجنة"[::-1] in content else "لجنة"
        assert word in content, content  # spaced out, its letters come apart in the text
        start = content.index(word)
        boxes = sorted(text.get_charbox(i) for i in range(start, start + len(word)))
        height = max(b[3] - b[1] for b in boxes)
        gaps = [right[0] - left[2] for left, right in zip(boxes, boxes[1:])]
        assert max(gaps) < 0.1 * height, gaps  # joined: no space between letters
    finally:
        document.close()
