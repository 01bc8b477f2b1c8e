"""Activists' text in the PDF a user gets: hashtags stay words (never headings, never
broken, their case kept in capitals), dashes and percentages by language, no runts, lists
kept whole across pages."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from conftest import pdf_text, statement
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace
from pamphlet.load.sources import load_statement
from pamphlet.render.html import Adjustments, RenderContext, render_html
from pamphlet.render.layouts import get_layout
from pamphlet.typeset.fit import _Setter
from pamphlet.typeset.options import TypesetOptions

BODY = """#UprootTheSystem is what we said, and we meant it - every word of it.

The rent went up by 23 % this year; wages by 2%. Follow @tenants_north and read
https://example.org/rent-strike-2025 before the meeting. We will win it.

#NoDAPL #AlleFürsKlima"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("text")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text('[organisation]\nname = "Test"\n')
    (root / "sources/en.md").write_text(statement(
        "#RentStrike - now", BODY, ["#NoDAPL", "Freeze the rent for every tenant"]))
    (root / "sources/fr.md").write_text(statement(
        "Grève des loyers", BODY.replace("We will win it.", "Nous gagnerons."),
        ["1. Mai : tous dehors", "Gel des loyers"], lang="fr"))
    report = build(find_workspace(root), out_dir=root / "out", strict=True,
                   layout_names=["leaflet-a5"])
    assert report.ok, report.failed
    return root


def test_hashtags_stay_words_in_text_title_and_slogans(built):
    text = pdf_text(built / "out/en.leaflet-a5.screen.pdf")
    assert text.startswith("T E S T #RentStrike – now")  # the masthead, then the title
    for word in ("#UprootTheSystem is what", "#NoDAPL #AlleFürsKlima", "@tenants_north"):
        assert word in text
    # a URL may break at a line's end (after a slash, before a dot or a hyphen): the text
    # reads it with a space there and nothing else
    assert re.search(r"https:// ?example ?\.org/ ?rent ?-strike ?-2025 before", text)
    slogans = text.split("FREEZE THE RENT")[0]
    assert "#NoDAPL" in slogans.split("#AlleFürsKlima")[-1]  # its own case in capitals
    html = render_html(load_statement(built / "sources/en.md", find_workspace(built).config),
                       get_layout("leaflet-a5", None),
                       RenderContext(find_workspace(built).config, "screen", None, None))
    assert html.count("<h1") == 1 and "<h2" not in html  # the title alone


def test_hashtags_are_never_broken_and_urls_only_where_typographers_break_them(built):
    url = "https://example.org/rent-strike-2025"
    for name in ("en", "fr"):
        lines = [line for page in PdfReader(built / f"out/{name}.leaflet-a5.screen.pdf").pages
                 for line in page.extract_text().split("\n")]
        joined = "\n".join(lines)
        for token in ("#UprootTheSystem", "@tenants_north", "#AlleFürsKlima"):
            assert token in joined, (name, token)  # whole, on one line
        # the URL whole once its line breaks are taken out, each one after a slash or
        # before a dot or a hyphen, with no hyphen or other character added
        start = joined.index("https://")
        written = joined[start:start + len(url) + joined[start:].count("\n", 0, len(url) + 3)]
        assert written.replace("\n", "").startswith(url), (name, written)
        for match in re.finditer("\n", written[:written.rindex("5") + 1]):
            before, after = written[match.start() - 1], written[match.end()]
            assert before == "/" or after in ".-", (name, written)


def test_dashes_percentages_and_demands_by_language(built):
    en = pdf_text(built / "out/en.leaflet-a5.screen.pdf")
    assert "meant it – every word" in en and "by 23% this year; wages by 2%" in en
    fr = " ".join(page.extract_text() for page in
                  PdfReader(built / "out/fr.leaflet-a5.screen.pdf").pages).replace("\n", " ")
    fr = re.sub(" +", " ", fr)  # a justified line's wide spaces come out as several
    assert "23\u202f% this year\u202f; wages by 2\u202f%" in fr
    assert "1. MAI\u202f: TOUS DEHORS" in fr  # a demand, not a list


def test_paragraphs_end_in_more_than_one_short_word(built):
    reader = PdfReader(built / "out/en.leaflet-a5.screen.pdf")
    lines = [line.strip() for line in reader.pages[0].extract_text().split("\n")]
    ends = [line for line in lines if line.endswith("it.")]
    assert len(ends) == 2 and all(line.endswith(("win\u00a0it.", "of\u00a0it.")) for line in ends)


def _list_pages(root, fillers: int) -> list[int]:
    """On which pages a three-item list starts and ends, after ``fillers`` paragraphs."""
    workspace = find_workspace(root)
    source = root / "sources/list.md"
    paragraphs = "\n\n".join(f"Paragraph {n} of the statement, long enough to wrap onto a "
                             "second line of the page." for n in range(fillers))
    source.write_text(statement("Lists", paragraphs + "\n\n- Item alpha of the list\n"
                                "- Item beta of the list\n- Item gamma of the list\n\nAfter."))
    setter = _Setter(load_statement(source, workspace.config),
                     get_layout("statement-a4", None),
                     RenderContext(workspace.config, "screen", None, None), (root,),
                     TypesetOptions())
    lines = setter(Adjustments(body_pt=11)).lines
    return sorted({line.page for line in lines if line.text.startswith("Item ")})


def test_a_short_list_is_never_split_across_pages(built):
    spans = [_list_pages(built, fillers) for fillers in range(16, 23)]
    assert any(pages == [2] for pages in spans)  # some lists were pushed to the next page
    assert all(len(pages) == 1 for pages in spans), spans
