"""The whole pipeline on real statements: what a user gets in the PDF."""

from __future__ import annotations


import pytest
from pypdf import PdfReader

from conftest import (REPO, SEED, bundled_families, needs_preflight, page_size_mm, pdf_fonts,
                      pdf_text, preflight, statement)
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace
from pamphlet.load.sources import load_statement

SEED_DEMANDS = [
    "We call for the rank and file soldiers to break from the coup generals",
    "For committees of workers, soldiers and poor peasants",
    "Down with the coup regime",
    "Expropriate all the oil, gas, banks, agribusiness and other industries",
    "Forward to a workers government based on the committees",
]


def test_seed_leaflet_is_two_a5_pages(seed_leaflet):
    assert page_size_mm(seed_leaflet) == [(148.0, 210.0), (148.0, 210.0)]


def test_seed_a4_statement_is_a4(sample_build):
    sizes = page_size_mm(sample_build / "2019-11-23-coup-in-bolivia.statement-a4.screen.pdf")
    assert 1 <= len(sizes) <= 4
    assert set(sizes) == {(210.0, 297.0)}


def test_every_sample_builds_in_every_layout(sample_build):
    names = sorted(p.name for p in sample_build.glob("*.pdf"))
    slugs = sorted(p.stem for p in (REPO / "sources").glob("*.md"))
    assert names == sorted(f"{s}.{layout}.screen.pdf" for s in slugs
                           for layout in ("leaflet-a5", "statement-a4"))


def test_seed_text_in_reading_order(seed_leaflet):
    # Spaces out: the masthead is letter-spaced, and extractors see each letter as a word.
    text = pdf_text(seed_leaflet).lower().replace(" ", "")
    statement_ = load_statement(SEED, find_workspace(REPO).config)
    marks = ["workers' solidarity committee", "on the coup in bolivia", "23 november 2019",
             "on the 12th nov 2019 evo morales",
             "defenders of the capitalist order",
             *(d.lower() for d in SEED_DEMANDS), "published by"]
    positions = [text.find(mark.replace("'", "\u2019").replace(" ", "")) for mark in marks]
    assert -1 not in positions, list(zip(marks, positions))
    assert positions == sorted(positions)
    assert len(statement_.demands) == 5


def test_slogan_block_on_the_back_page_in_the_display_face(seed_leaflet):
    reader = PdfReader(seed_leaflet)
    assert "down with the coup regime" not in reader.pages[0].extract_text().lower()
    fonts_of_demand: set[str] = set()

    def visit(text, cm, tm, font, size):
        if "COUP REGIME" in text and font is not None:  # the demands are set in capitals
            fonts_of_demand.add(str(font["/BaseFont"]).split("+")[-1])

    reader.pages[1].extract_text(visitor_text=visit)
    assert fonts_of_demand == {"Pamphlet-Display-Heavy-Condensed"}


def test_only_bundled_fonts_are_embedded(sample_build):
    families = bundled_families()
    for pdf in sample_build.glob("*.pdf"):
        used = pdf_fonts(pdf)
        assert used, pdf.name
        assert all(name.startswith(families) for name in used), (pdf.name, used)


def test_pdf_metadata(seed_leaflet):
    info = PdfReader(seed_leaflet).metadata
    assert info["/Title"] == "On the coup in Bolivia"
    assert info["/Author"] == "Workers\u2019 Solidarity Committee" or "Solidarity" in info["/Author"]
    assert info["/Subject"].startswith("On the 12th Nov 2019 Evo Morales")
    assert info["/CreationDate"].startswith("D:20191123")
    root = PdfReader(seed_leaflet).trailer["/Root"]
    assert root["/Lang"] == "en"


def test_same_inputs_give_identical_bytes(make_workspace, tmp_path):
    workspace = make_workspace({"sources/a.md": statement(demands=["One", "Two"])})
    first, second = tmp_path / "one", tmp_path / "two"
    for out in (first, second):
        report = build(find_workspace(workspace), out_dir=out)
        assert report.ok, report.failed
    pdf = "a.leaflet-a5.screen.pdf"
    assert (first / pdf).read_bytes() == (second / pdf).read_bytes()


def test_undated_statement_takes_the_newest_date(make_workspace, tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    workspace = make_workspace({"sources/a.md": statement(demands=["A"]),
                                "sources/b.md": statement(date="2021-05-01", demands=["B"])})
    assert build(find_workspace(workspace), out_dir=tmp_path).ok
    info = PdfReader(tmp_path / "a.leaflet-a5.screen.pdf").metadata
    assert info["/CreationDate"].startswith("D:20210501")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1000000000")  # 2001-09-09
    assert build(find_workspace(workspace), out_dir=tmp_path).ok
    info = PdfReader(tmp_path / "a.leaflet-a5.screen.pdf").metadata
    assert info["/CreationDate"].startswith("D:20010909")


def test_a_failed_build_keeps_the_good_pdf(make_workspace, tmp_path):
    workspace = make_workspace({"sources/a.md": statement(demands=["Yes"])})
    tmp_path = tmp_path / "out"
    assert build(find_workspace(workspace), out_dir=tmp_path).ok
    good = (tmp_path / "a.leaflet-a5.screen.pdf").read_bytes()
    (workspace / "sources/a.md").write_text(
        statement(body='<img src="missing.png">', demands=["Yes"]))
    report = build(find_workspace(workspace), out_dir=tmp_path)
    assert not report.ok
    assert "missing.png does not exist" in report.failed[0]
    assert (tmp_path / "a.leaflet-a5.screen.pdf").read_bytes() == good
    assert [p.name for p in tmp_path.iterdir()] == ["a.leaflet-a5.screen.pdf"]


def test_bad_statements_do_not_stop_the_others(make_workspace, tmp_path):
    workspace = make_workspace({
        "sources/good.md": statement(demands=["Yes"]),
        "sources/empty.md": "",
        "sources/broken.md": "---\ntitle: [oops\n---\n",
        "sources/unknown-layout.md": statement(layout="nope"),
    })
    report = build(find_workspace(workspace), out_dir=tmp_path)
    assert [b.paths[0].name for b in report.built] == ["good.leaflet-a5.screen.pdf"]
    assert len(report.failed) == 3
    assert any("unknown layout 'nope'" in line for line in report.failed)


def test_overlong_statement_for_a_leaflet_fails_with_reason(make_workspace, tmp_path):
    body = "\n\n".join(["Words upon words, argument upon argument. " * 30] * 6)
    workspace = make_workspace({"sources/long.md": statement(body=body, demands=["Stop"])})
    report = build(find_workspace(workspace), out_dir=tmp_path)
    assert not report.ok
    assert "leaflet-a5 allows exactly 2 pages" in report.failed[0]
    assert not list(tmp_path.glob("*.pdf"))


def test_one_page_leaflet_without_demands_is_refused(make_workspace, tmp_path):
    workspace = make_workspace({"sources/s.md": statement()})
    report = build(find_workspace(workspace), out_dir=tmp_path)
    assert report.failed == [f"{workspace / 'sources/s.md'}: leaflet-a5: screen: takes 1 page but "
                             "leaflet-a5 needs exactly 2 pages; add a '::: demands' block for "
                             "the back page, or use another layout"]


def test_a_statement_that_fits_its_front_has_a_poster_on_the_back(make_workspace, tmp_path):
    workspace = make_workspace({"sources/s.md": statement(demands=["Keep it open"])})
    assert build(find_workspace(workspace), out_dir=tmp_path).ok
    reader = PdfReader(tmp_path / "s.leaflet-a5.screen.pdf")
    assert len(reader.pages) == 2
    front, back = (" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Some words." in front and "KEEP IT OPEN" in front  # the slogan block joins it
    assert "KEEP IT OPEN" in back and "Some words." not in back
    sizes = []
    reader.pages[1].extract_text(visitor_text=lambda text, cm, tm, font, size: sizes.append(
        size * tm[0]) if "KEEP" in text else None)
    assert max(sizes) >= 48  # a poster, not a slogan


def test_workspace_layout_overrides_builtin(make_workspace, tmp_path):
    workspace = make_workspace({
        "sources/a.md": statement(demands=["Yes"]),
        "layouts/leaflet-a5/layout.toml": (REPO / "layouts/leaflet-a5/layout.toml").read_text(),
        "layouts/leaflet-a5/leaflet.html.j2":
            '{% extends "_base/base.html.j2" %}{% block masthead %}'
            '<header class="masthead">OUR OWN MASTHEAD</header>{% endblock %}',
        "layouts/leaflet-a5/leaflet.css": (REPO / "layouts/leaflet-a5/leaflet.css").read_text(),
    })
    assert build(find_workspace(workspace), out_dir=tmp_path).ok
    assert "OUROWNMASTHEAD" in pdf_text(tmp_path / "a.leaflet-a5.screen.pdf").replace(" ", "")


@needs_preflight
def test_independent_preflight_passes_on_the_seed_leaflet(seed_leaflet):
    result = preflight(seed_leaflet, "--trim", "A5", "--bleed-mm", "0", "--pages", "2",
                       "--ignore-case", "--contains", "Down with the coup regime")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUMMARY PASS" in result.stdout


def test_all_text_stays_5mm_inside_the_trim(sample_build):
    import pypdfium2

    for pdf_path in sample_build.glob("*.pdf"):
        document = pypdfium2.PdfDocument(pdf_path)
        for number, page in enumerate(document, 1):
            width, height = page.get_size()
            text = page.get_textpage()
            for index in range(text.count_chars()):
                left, bottom, right, top = text.get_charbox(index)
                if right - left == 0:  # spaces and line ends have no box
                    continue
                margin_mm = min(left, bottom, width - right, height - top) * 25.4 / 72
                assert margin_mm >= 5, (pdf_path.name, number, text.get_text_range(index, 1))
        document.close()


def test_two_statements_writing_one_file_are_both_refused(make_workspace, tmp_path):
    workspace = make_workspace({"sources/a.md": statement(slug="same", demands=["x"]),
                                "sources/b.md": statement(slug="same", demands=["y"])})
    report = build(find_workspace(workspace), out_dir=tmp_path / "out")
    assert not report.built
    assert len(report.failed) == 2
    assert all("writes same.leaflet-a5.screen.pdf as" in line for line in report.failed), \
        report.failed


GOOD_PAGE = "[page]\nwidth_mm = 148\nheight_mm = 210\nmargin_mm = [14, 13, 15, 13]\n"


@pytest.mark.parametrize("toml, problems", [
    ('template = "t.html.j2"\nbudget = 5\n' + GOOD_PAGE, ["'budget': expected a table, got 5"]),
    ("template = 5\n" + GOOD_PAGE, ["'template': expected a template file name, got 5"]),
    ('template = "t.html.j2"\n' + GOOD_PAGE + '[budget]\npages = "2"\n',
     ["'budget.pages': expected a whole number of pages, got '2'"]),
    ('template = "t.html.j2"\nstylesheets = ["/etc/hostname"]\n' + GOOD_PAGE,
     ["stylesheet '/etc/hostname' not found"]),
    ('template = "../../../etc/passwd"\n' + GOOD_PAGE,
     ["template '../../../etc/passwd' not found in {folder}"]),
    ('template = "t.html.j2"\ncolour = "red"\n' + GOOD_PAGE
     + '[type]\nbody_pt = "big"\n[fill]\ndemands_to_foot = "false"\n',
     ["'type.body_pt': expected a number from 4 to 72, got 'big'",
      "'fill.demands_to_foot': expected true or false, got 'false'"]),
], ids=["budget-not-table", "template-number", "pages-text", "stylesheet-outside",
        "template-outside", "text-for-number-and-boolean"])
def test_a_broken_workspace_layout_fails_only_its_statements(make_workspace, tmp_path, toml,
                                                             problems, pamphlet_log):
    workspace = make_workspace({
        "sources/a.md": statement(layout="mine", demands=["x"]),
        "sources/b.md": statement(demands=["y"]),
        "layouts/mine/layout.toml": toml,
        "layouts/mine/t.html.j2": '{% extends "_base/base.html.j2" %}',
    })
    report = build(find_workspace(workspace), out_dir=tmp_path / "out")
    assert [b.paths[0].name for b in report.built] == ["b.leaflet-a5.screen.pdf"]
    toml_path = workspace / "layouts/mine/layout.toml"
    folder = toml_path.parent
    assert report.failed == [
        *(f"{toml_path}: {problem.format(folder=folder)}" for problem in problems),
        f"{workspace / 'sources/a.md'}: layout 'mine' is broken (see its layout.toml problems)"]
    unknown = [r.getMessage() for r in pamphlet_log.records if "unrecognised" in r.getMessage()]
    assert unknown == ([f"{toml_path}: unrecognised key 'colour'"] if "colour" in toml else [])


def test_an_empty_demand_is_named(make_workspace, tmp_path):
    workspace = make_workspace({"sources/a.md": "---\ntitle: T\n---\nText.\n\n"
                                                "::: demands\n- One\n-\n:::\n"})
    report = build(find_workspace(workspace), out_dir=tmp_path / "out")
    assert report.failed == [f"{workspace / 'sources/a.md'}:6: demand 2 of the "
                             "'::: demands' block is empty"]


def test_absurdly_nested_input_fails_alone_in_one_line(make_workspace, monkeypatch):
    from typer.testing import CliRunner

    from pamphlet.cli import app

    quotes = "> " * 1000 + "deep inside"
    yaml_list = "[" * 1000 + "]" * 1000
    workspace = make_workspace({
        "sources/quotes.md": statement(body=quotes, demands=["x"]),
        "sources/yaml.md": f"---\ntitle: T\ntags: {yaml_list}\n---\nText.\n",
        "sources/good.md": statement(demands=["y"]),
    })
    monkeypatch.chdir(workspace)
    result = CliRunner().invoke(app, ["build"])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {workspace / 'sources/quotes.md'}:4: nests blockquotes more than 30 deep",
        f"error: {workspace / 'sources/yaml.md'}:3: front matter nests deeper than 20 levels"]
    assert "Traceback" not in result.output
    assert (workspace / "build/good.leaflet-a5.screen.pdf").is_file()
