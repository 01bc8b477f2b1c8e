"""The render stage: the HTML a layout makes of a statement (no PDF needed)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from conftest import REPO, SEED
from pamphlet.config.workspace import Config, Organisation, find_workspace
from pamphlet.errors import LayoutError
from pamphlet.render.layouts import find_layouts, get_layout
from pamphlet.render.measure import fit_title, text_width_pt, MM
from pamphlet.render.html import RenderContext, format_dateline, render_html
from pamphlet.load.sources import Statement, load_statement

WORKSPACE = find_workspace(REPO)


def context(config=None):
    return RenderContext(config or WORKSPACE.config, "screen", WORKSPACE.layouts_dir, None)


def make(**fields) -> Statement:
    values = dict(src_path=REPO / "sources/x.md", slug="x", title="Title", body="Body text.\n",
                  demands=(), date=dt.date(2019, 11, 23), lang="en", layouts=("leaflet-a5",),
                  organisation="Org")
    values.update(fields)
    return Statement(**values)


@pytest.fixture(scope="module")
def seed_html():
    return render_html(load_statement(SEED, WORKSPACE.config),
                       get_layout("leaflet-a5", WORKSPACE.layouts_dir), context())


def test_slogan_block_holds_the_demands_in_order(seed_html):
    block = re.search(r'<section class="slogans" id="demands".*?</section>', seed_html, re.S)
    assert block
    items = re.findall(r"<li class=\"demand[^\"]*\" dir=\"ltr\"[^>]*>(.*?)</li>", block[0])
    assert len(items) == 5
    assert items[2] == "Down with the coup regime"
    assert re.search(r'class="demand demand-key" dir="ltr"[^>]*>Down with the coup regime',
                     block[0])
    assert block[0].count('demand-key') == 1  # only the shortest is set largest


def test_document_head(seed_html):
    assert '<html lang="en" dir="ltr">' in seed_html
    assert "<title>On the coup in Bolivia</title>" in seed_html
    assert '<meta name="dcterms.created" content="2019-11-23">' in seed_html
    assert '<time datetime="2019-11-23">23 November 2019</time>' in seed_html
    assert "@page { size: 148.0mm 210.0mm;" in seed_html


def test_everything_is_escaped():
    html = render_html(make(title="<script>x</script> & co", organisation="A&B <Org>",
                            demands=("Free <b>all</b>",)),
                       get_layout("statement-a4", WORKSPACE.layouts_dir), context())
    assert "<script>x" not in html
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in html
    assert "A&amp;B &lt;Org&gt;" in html
    assert "Free <b>all</b>" in html  # demands are Markdown, which may carry inline HTML


def test_title_quotes_follow_the_language():
    html = render_html(make(title='Say "no"', lang="de"),
                       get_layout("leaflet-a5", WORKSPACE.layouts_dir), context())
    assert "<title>Say \u201eno\u201c</title>" in html


@pytest.mark.parametrize("lang, expected", [
    ("en", "23 November 2019"), ("es", "23 de noviembre de 2019"), ("de", "23. November 2019"),
    ("fr", "23 novembre 2019"), ("xx", "23 November 2019"),
])
def test_dateline_in_the_statements_language(lang, expected):
    assert format_dateline(dt.date(2019, 11, 23), lang) == expected


def test_brand_colour_reaches_the_css():
    config = Config(organisation=Organisation(name="O"))
    html = render_html(make(), get_layout("leaflet-a5", WORKSPACE.layouts_dir), context(config))
    assert f"--brand: {config.brand.rgb};" in html


def test_title_is_sized_to_fill_its_measure_without_breaking_a_word():
    layout = get_layout("leaflet-a5", WORKSPACE.layouts_dir)
    short = fit_title("Strike!", layout.title, layout.page.measure_mm)
    long = fit_title("Why we are backing the Marsh Lane rent strike against Brightwater Homes",
                     layout.title, layout.page.measure_mm)
    assert short == layout.title.max_pt
    assert layout.title.min_pt <= long < short
    word = "Internationalisation"
    size = fit_title(word, layout.title, layout.page.measure_mm)
    assert text_width_pt(word, size) <= layout.page.measure_mm * MM or size == layout.title.min_pt


def test_layouts_are_found_and_described():
    layouts = find_layouts(WORKSPACE.layouts_dir)
    assert {"leaflet-a5", "statement-a4"} <= set(layouts)
    leaflet = layouts["leaflet-a5"]
    assert (leaflet.page.width_mm, leaflet.page.height_mm) == (148, 210)
    assert leaflet.budget.describe() == "exactly 2 pages"
    assert leaflet.page.measure_mm - 5 >= 0
    assert min(leaflet.page.margin_top_mm, leaflet.page.margin_right_mm,
               leaflet.page.margin_bottom_mm, leaflet.page.margin_left_mm) >= 5  # safe area
    assert "_base" not in layouts


def test_unknown_layout_names_the_known_ones():
    with pytest.raises(LayoutError, match="unknown layout .poster.; known layouts: collection, "):
        get_layout("poster", WORKSPACE.layouts_dir)


def test_broken_workspace_template_names_file_and_line(tmp_path):
    folder = tmp_path / "layouts/broken"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(
        'template = "t.html.j2"\n[page]\nwidth_mm = 100\nheight_mm = 100\n'
        "margin_mm = [10, 10, 10, 10]\n")
    (folder / "t.html.j2").write_text("line one\n{% if %}\n")
    layout = get_layout("broken", tmp_path / "layouts")
    assert not layout.builtin
    ctx = RenderContext(WORKSPACE.config, "screen", tmp_path / "layouts", None)
    with pytest.raises(LayoutError, match=r"t\.html\.j2:2: "):
        render_html(make(), layout, ctx)


def test_right_to_left_text_runs_right_to_left():
    layout = get_layout("leaflet-a5", WORKSPACE.layouts_dir)
    mixed = render_html(make(body="English first.\n\n\u062a\u0636\u0627\u0645\u0646 \u0627\u0644\u0639\u0645\u0627\u0644.\n",
                             demands=("No arms", "\u0644\u0627 \u0644\u0644\u062d\u0631\u0628")),
                        layout, context())
    mixed = re.sub(r' data-hy="\d+"', "", mixed).replace("\u00ad", "")  # hyphenation
    assert 'id="lead">English\u00a0first.</p>' in mixed  # the short last word bound
    assert re.search('<p[^>]* dir="rtl">\u062a\u0636\u0627\u0645\u0646', mixed)
    assert re.search('dir="rtl"[^>]*>\u0644\u0627 \u0644\u0644\u062d\u0631\u0628</li>', mixed)
    hebrew = render_html(make(lang="he", title="\u05e1\u05d5\u05dc\u05d9\u05d3\u05e8\u05d9\u05d5\u05ea"), layout, context())
    assert '<html lang="he" dir="rtl">' in hebrew


def test_title_and_demands_break_into_even_lines(seed_html):
    assert ">On the coup<br>in Bolivia</h1>" in seed_html
    assert "For committees of workers,<br>soldiers and poor peasants." in seed_html
    # never a lone word on the last line, never a line ending on "the" or "of"
    for lines in re.findall(r'dir="ltr">(.*?)</li>', seed_html):
        parts = lines.split("<br>")
        assert len(parts[-1].split()) > 1 or len(parts) == 1
        assert not any(p.split()[-1].lower() in ("the", "of", "and") for p in parts[:-1])
