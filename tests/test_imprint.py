"""The imprint belongs to the statement: its language, its organisation, its own promoter
and printer when its front matter names them, typographic apostrophes."""

from __future__ import annotations

import pytest

from conftest import pdf_text, statement
from pamphlet.build.run import build
from pamphlet.check import check_paths
from pamphlet.config.workspace import Imprint, find_workspace
from pamphlet.errors import SourceError
from pamphlet.load.sources import load_statement
from pamphlet.render.words import WORDS, book_imprint, imprint_line


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
    assert imprint_line(imprint, organisation, "en") == text


@pytest.mark.parametrize("lang, text", [
    ("en", "Published by A for Org, printed by B"),
    ("es", "Publicado por A en nombre de Org, impreso por B"),
    ("de", "Herausgegeben von A für Org, gedruckt bei B"),
    ("fr", "Publié par A pour Org, imprimé par B"),
    ("de-AT", "Herausgegeben von A für Org, gedruckt bei B"),
    ("ar", "Published by A for Org, printed by B"),
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
    assert book_imprint(imprint, "Riverside Press", lang) == lines


def test_one_place_for_the_words():
    assert all(set(words) == set(WORDS["en"]) for words in WORDS.values())


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
    assert ("Publicado por J. O’Brien, «Red House», 12 Union Street en nombre de Sindicato de Inquilinas, "
            "impreso por Red Press, 3 Print Lane") in es
    de = pdf_text(root / "out/de.leaflet-a5.screen.pdf")
    assert ("Herausgegeben von Mieterbund ‚Nord‘ für Workers’ Solidarity Committee, "
            "gedruckt bei Druckerei Rot") in de
    en = pdf_text(root / "out/en.leaflet-a5.screen.pdf")
    assert "WORKERS’ SOLIDARITY COMMITTEE" in en.upper()  # the masthead
    assert ("Published by J. O’Brien, “Red House”, 12 Union Street for Workers’ Solidarity Committee, "
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
