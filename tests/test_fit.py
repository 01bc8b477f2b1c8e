"""Copyfitting: statements fill their page budget, or fail saying by how much; fits are
cached so an unchanged statement rebuilds with one render."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from pypdf import PdfReader

from conftest import statement
from pamphlet.typeset import fit
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace

PARAGRAPH = ("The housing association has let the repairs slide for three winters, and the "
             "tenants have paid for it with damp walls, broken lifts and cold radiators. ")


def body_of(paragraphs: int) -> str:
    return "\n\n".join([PARAGRAPH * 3] * paragraphs)


@pytest.fixture
def count_renders(monkeypatch):
    calls = []
    original = fit.lay_out

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(fit, "lay_out", counting)
    return calls


def test_growing_statements_fill_two_pages_until_they_cannot(make_workspace, tmp_path):
    lengths = [1, 3, 6, 9, 30]
    workspace = make_workspace({f"sources/s{n:02d}.md": statement(
        body=body_of(n), demands=["Repairs now", "No rent for broken homes"])
        for n in lengths})
    report = build(find_workspace(workspace), out_dir=tmp_path / "out")
    built = {b.job.statement.slug: b.pages for b in report.built}
    assert built == {f"s{n:02d}": 2 for n in lengths[:-1]}
    (failure,) = report.failed
    assert re.search(r"s30\.md: leaflet-a5: screen: takes \d+ pages but leaflet-a5 allows "
                     r"exactly 2 pages: over by about", failure), failure
    over = int(re.search(r"over by about (\d+) lines at the smallest size \(9.5 pt\)",
                         failure)[1])
    assert 20 < over < 200
    taker = re.search(r"; shorten it or use (\S+), which would take it$", failure)[1]
    assert taker != "leaflet-a5"  # never the layout that failed
    taken = build(find_workspace(workspace), paths=[workspace / "sources/s30.md"],
                  layout_names=[taker], out_dir=tmp_path / "taken")
    assert taken.ok, taken.failed


def test_body_size_follows_the_length(make_workspace, tmp_path):
    workspace = make_workspace({"sources/short.md": statement(body=body_of(4), demands=["A"]),
                                "sources/long.md": statement(body=body_of(9), demands=["A"])})
    assert build(find_workspace(workspace), out_dir=tmp_path / "out").ok
    sizes = {}
    for name in ("short", "long"):
        reader = PdfReader(tmp_path / f"out/{name}.leaflet-a5.screen.pdf")
        found = set()

        def visit(text, cm, tm, font, size, found=found):
            if "housing association" in text and font and "Text" in str(font["/BaseFont"]):
                found.add(round(size * tm[0], 2))

        reader.pages[0].extract_text(visitor_text=visit)
        sizes[name] = max(found)
    # the same text set larger when there is less of it, within the layout's 9.5-12 pt
    assert 1.0 < sizes["short"] / sizes["long"] <= 12 / 9.5 + 0.01


def test_an_unchanged_statement_rebuilds_with_one_render(make_workspace, tmp_path,
                                                         count_renders):
    workspace = make_workspace({"sources/a.md": statement(body=body_of(8), demands=["Yes"])})
    assert build(find_workspace(workspace), out_dir=tmp_path / "one").ok
    assert len(count_renders) >= 2
    count_renders.clear()
    assert build(find_workspace(workspace), out_dir=tmp_path / "two").ok
    assert len(count_renders) == 1
    assert ((tmp_path / "one/a.leaflet-a5.screen.pdf").read_bytes()
            == (tmp_path / "two/a.leaflet-a5.screen.pdf").read_bytes())


def test_a_changed_input_is_fitted_again(make_workspace, tmp_path, count_renders):
    workspace = make_workspace({"sources/a.md": statement(body=body_of(8), demands=["Yes"])})
    assert build(find_workspace(workspace), out_dir=tmp_path / "out").ok
    count_renders.clear()
    (workspace / "sources/a.md").write_text(statement(body=body_of(9), demands=["Yes"]))
    assert build(find_workspace(workspace), out_dir=tmp_path / "out").ok
    assert len(count_renders) >= 2
    count_renders.clear()
    (workspace / "pamphlet.toml").write_text((workspace / "pamphlet.toml").read_text() + "\n")
    assert build(find_workspace(workspace), out_dir=tmp_path / "out").ok
    assert len(count_renders) >= 2  # the config is part of the key


@pytest.mark.parametrize("damage", [
    pytest.param("{not json", id="not-json"),
    pytest.param("[]", id="a-list"),
    pytest.param("null", id="null"),
    pytest.param(None, id="outside-the-bounds"),
])
def test_a_damaged_or_implausible_fit_is_fitted_again(make_workspace, tmp_path, count_renders,
                                                      damage):
    workspace = make_workspace({"sources/a.md": statement(body=body_of(3), demands=["Yes"])})
    out = tmp_path / "out"
    (first,) = build(find_workspace(workspace), out_dir=out).built
    pdf = first.paths[0].read_bytes()
    entries = list((workspace / ".pamphlet-cache/fits").glob("*.json"))
    assert len(entries) == 1
    if damage is None:  # a well-formed entry whose fit the layout could never make
        entry = json.loads(entries[0].read_text())
        entry["data"]["adjustments"]["body_pt"] = 3.0
        damage = json.dumps(entry)
    entries[0].write_text(damage)
    shutil.rmtree(out)  # so the fit is needed again
    count_renders.clear()
    (again,) = build(find_workspace(workspace), out_dir=out).built
    assert again.body_pt == first.body_pt
    assert len(count_renders) >= 2  # fitted, not taken from the damaged entry
    assert again.paths[0].read_bytes() == pdf
