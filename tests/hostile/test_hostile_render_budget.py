"""Layouts that would spend the machine (left open by the last pass over issue 15): an
absurd operation in a template is refused before it runs, naming its file and line; a
template, a statement and a book's chapter that take too long fail within their budgets, a
layout that takes too much memory within the memory budget — in build workers and in the
CLI's own process (``--jobs 1``) — and each costs only its own statement: the others build,
and the PDF an earlier build left is untouched. The budgets are set small for these runs
(``run_audited(budgets=…)``), under a memory guard of the test's own."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import MINIMAL_CONFIG, statement
from hostile import run_audited
from pamphlet.resources import builtin_layouts_dir

#: name → (line 3 of the layout's template, the end of its error line after "h.html.j2:3: ").
ATTACKS = {
    "repeat": ('{{ "x" * 2000000000 }}',
               "template error: repeating a text 2,000,000,000 times would make "
               "2,000,000,000 characters, more than the 1,000,000 a template may make at once"),
    "list": ("{{ [0] * 10**9 }}",
             "template error: repeating a list 1,000,000,000 times would make 1,000,000,000 "
             "items, more than the 1,000,000 a template may make at once"),
    "percent": ('{{ "%2000000000d" % 1 }}',
                "template error: the % format '%2000000000d' would make 2,000,000,000 "
                "characters, more than the 1,000,000 a template may make at once"),
    "star": ('{{ "%*d" % (2000000000, 1) }}',
             "template error: a '*' width or precision in a % format: write the number into "
             "the format"),
    "format": ('{{ "{:2000000000}".format(1) }}',
               "template error: the format spec '2000000000' would make 2,000,000,000 "
               "characters, more than the 1,000,000 a template may make at once"),
    "nested-format": ('{{ "{:>{}}".format(1, 2000000000) }}',
                      "template error: the format spec '>2000000000' would make 2,000,000,000 "
                      "characters, more than the 1,000,000 a template may make at once"),
    "format-filter": ('{{ "%.2000000000f"|format(1.5) }}',
                      "template error: the % format '%.2000000000f' would make 2,000,000,000 "
                      "characters, more than the 1,000,000 a template may make at once"),
    "power": ("{{ (2 ** 100000000) }}",
              "template error: 2 ** 100,000,000 would make 30,103,000 digits, more than the "
              "10,000 a template may make at once"),
    "center": ('{{ "x".center(2000000000) }}',
               "template error: center(2,000,000,000) would make 2,000,000,000 characters, "
               "more than the 1,000,000 a template may make at once"),
    "indent": ('{{ "a\\nb"|indent(2000000000) }}',
               "template error: indent(2,000,000,000) would make 4,000,000,003 characters, "
               "more than the 1,000,000 a template may make at once"),
    "round": ("{{ 5|round(-1000000000) }}",
              "template error: round(-1,000,000,000) would make 1,000,000,000 decimal places, "
              "more than the 100 a template may make at once"),
    "batch": ("{{ [1]|batch(1000000000, 0)|list }}",
              "template error: batch(1,000,000,000) would make 1,000,000,000 items, more than "
              "the 1,000,000 a template may make at once"),
    "loops": ("{% for a in range(10000) %}{% for b in range(10000) %}{{ b }}{% endfor %}"
              "{% endfor %}",
              "rendering the template took more than 1 s of CPU time (the template budget)"),
    "recursion": ("{% macro deeper(n) %}{{ deeper(n + 1) }}{% endmacro %}{{ deeper(0) }}",
                  "template failed: RecursionError: maximum recursion depth exceeded"),
}

LAYOUT_TOML = """template = "h.html.j2"
stylesheets = ["_base/base.css", "h.css"]
[page]
width_mm = 148
height_mm = 210
margin_mm = [12, 12, 12, 12]
"""


def workspace(root, layouts: dict[str, str], edition: str = "") -> None:
    """``root``: a.md in leaflet-a5, and one statement per layout of ``layouts`` (name →
    line 3 of its template), each set through its own."""
    (root / "sources").mkdir(parents=True, exist_ok=True)
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    (root / "sources/a.md").write_text(statement(title=f"Fine{edition}", demands=["Yes"]))
    for name, line in layouts.items():
        folder = root / "layouts" / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "layout.toml").write_text(LAYOUT_TOML)
        (folder / "h.css").write_text("p { margin: 0 }\n")
        (folder / "h.html.j2").write_text(
            '{% extends "_base/base.html.j2" %}\n{% block body %}\n' + line + "\n{% endblock %}\n")
        (root / f"sources/{name}.md").write_text(
            statement(title=name, layout=name, demands=["No"]))


@pytest.fixture(scope="module")
def attacked(tmp_path_factory):
    root = tmp_path_factory.mktemp("attacked")
    workspace(root, {f"h-{name}": line for name, (line, _) in ATTACKS.items()})
    return root, run_audited(root, "build", budgets={"TEMPLATE_SECONDS": 1}, timeout=120)


@pytest.mark.parametrize("name", ATTACKS)
def test_a_template_that_would_spend_the_machine_fails_on_its_line(attacked, name):
    root, run = attacked
    source = root / f"sources/h-{name}.md"
    assert run.error_for(source) == (f"{source}: h-{name}: screen: "
                                     f"{root / f'layouts/h-{name}/h.html.j2'}:3: "
                                     f"{ATTACKS[name][1]}")


def test_the_statements_beside_the_attacks_build(attacked):
    root, run = attacked
    assert run.code == 1
    run.assert_clean()
    assert len(run.errors) == len(ATTACKS)
    assert (root / "build/a.leaflet-a5.screen.pdf").is_file()


BOXES = ("{% for i in range(10000) %}<p>Paragraph {{ i }} of many, each a box WeasyPrint "
         "must lay out.</p>{% endfor %}")


def built_twice(tmp_path, jobs: str, line: str, budgets: dict):
    """A build of a.md and b.md with a harmless layout, then one with ``line`` in b's
    template and a.md changed (so that both are set, in workers with ``--jobs 2``)."""
    root = tmp_path / "ws"
    workspace(root, {"b": "<p>{{ body_html }}</p>"})
    first = run_audited(root, "build", "--jobs", jobs)
    assert first.code == 0, first.err
    pdf = root / "build/b.b.screen.pdf"
    before = pdf.read_bytes()
    workspace(root, {"b": line}, edition=" again")
    run = run_audited(root, "build", "--jobs", jobs, budgets=budgets, timeout=120)
    assert run.code == 1
    run.assert_clean()
    assert pdf.read_bytes() == before  # the earlier PDF, whole
    assert sorted(p.name for p in (root / "build").iterdir()) == [
        "a.leaflet-a5.screen.pdf", "b.b.screen.pdf"]  # no partial file beside it
    assert "built 1" in run.out + run.err  # a.md, set again beside it
    return root, run


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_layout_that_makes_weasyprint_lay_out_too_much_fails_within_the_statement_budget(
        tmp_path, jobs):
    root, run = built_twice(tmp_path, jobs, BOXES, {"STATEMENT_SECONDS": 3})
    source = root / "sources/b.md"
    assert run.error_for(source) == (f"{source}: b: screen: {root / 'layouts/b'}: setting the "
                                     "statement took more than 3 s of CPU time (the statement "
                                     "budget)")
    assert run.errors == [run.error_for(source)]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_layout_that_takes_too_much_memory_fails_within_the_memory_budget(tmp_path, jobs):
    hog = '{% for i in range(10000) %}{{ "x" * 1000000 }}{% endfor %}'  # 10 GB, a MB at a time
    root, run = built_twice(tmp_path, jobs, hog, {"MEMORY_BYTES": 1.5 * 1024**3})
    source = root / "sources/b.md"
    line = run.error_for(source)
    assert line.startswith(f"{source}: b: screen: {root / 'layouts/b'}")
    assert line.endswith("rendering the template needed more memory than the memory budget "
                         "allows (1.5 GiB)")
    assert run.errors == [line]


def test_a_book_layout_that_takes_too_long_fails_within_the_chapter_budget(tmp_path):
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "pamphlet.toml").write_text(MINIMAL_CONFIG)
    for number in range(3):
        (root / f"sources/s{number}.md").write_text(statement(
            title=f"Statement {number}", date=f"2024-0{number + 1}-01", demands=["Now"]))
    first = run_audited(root, "collection", "--out", "book.pdf")
    assert first.code == 0, first.err
    before = (root / "book.pdf").read_bytes()
    book = root / "layouts/collection"
    shutil.copytree(builtin_layouts_dir() / "collection", book)
    chapter = (book / "chapter.html.j2").read_text()
    (book / "chapter.html.j2").write_text(chapter.replace(
        '<div class="chapter-pages">', '<div class="chapter-pages">' + BOXES))
    run = run_audited(root, "collection", "--out", "book.pdf", budgets={"CHAPTER_SECONDS": 3},
                      timeout=120)
    assert run.code == 1
    run.assert_clean()
    assert run.errors == [f"{book}: setting the chapter of s0.md … s2.md took more than 3 s of "
                          "CPU time (the chapter budget)"]
    assert (root / "book.pdf").read_bytes() == before
    assert sorted(os.listdir(root)) == [".pamphlet-cache", "book.pdf", "layouts",
                                        "pamphlet.toml", "sources"]


@pytest.mark.parametrize("kind", ["template", "stylesheet"])
def test_a_fifo_as_a_layouts_template_or_stylesheet_is_named_as_one(tmp_path, kind):
    root = tmp_path / "ws"
    workspace(root, {"b": "<p>{{ body_html }}</p>"})
    name = "h.html.j2" if kind == "template" else "h.css"
    fifo = root / "layouts/b" / name
    fifo.unlink()
    os.mkfifo(fifo)
    run = run_audited(root, "build", timeout=60)
    assert run.code == 1
    run.assert_clean()
    toml = root / "layouts/b/layout.toml"
    where = f" in {root / 'layouts/b'}" if kind == "template" else ""
    assert run.errors == [
        f"{toml}: {kind} '{name}'{where} is a FIFO (named pipe), not a file pamphlet can read",
        f"{root / 'sources/b.md'}: layout 'b' is broken (see its layout.toml problems)"]
    assert (root / "build/a.leaflet-a5.screen.pdf").is_file()
