"""Hyphenation a German editor accepts: breaks at compound joints on compounds the test
makes itself, 3 letters either side, never a paragraph's last word nor a hashtag, no more
than two hyphenated lines in a row and no hyphen at a page's foot, in the PDF a user gets."""

from __future__ import annotations

import random
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from conftest import REPO, statement
from pamphlet.build.run import build
from pamphlet.config.workspace import find_workspace
from pamphlet.load.sources import load_statement
from pamphlet.render import hyphenate
from pamphlet.render.html import Adjustments, RenderContext
from pamphlet.render.hyphenate import (RULES, SOFT_HYPHEN, Hyphenator, hyphenate_html,
                                       hyphenate_text, hyphenator, parse_exceptions)
from pamphlet.render.layouts import get_layout
from pamphlet.resources import hyphenation_dir
from pamphlet.typeset.fit import _Setter, set_statement
from pamphlet.typeset.lines import hyphenated_runs, hyphenation_faults
from pamphlet.typeset.options import TypesetOptions

PATTERNS = hyphenation_dir() / "hyph_de_1996.dic"


@pytest.fixture(scope="module", autouse=True)
def german_patterns():
    assert PATTERNS.is_file(), ("the German patterns are missing: run scripts/make-hyphenation "
                                "(make does), see hyphenation/README.md")


# --- compounds made here: stems with their syllable breaks, joined with linking letters --

FIRST = [("Kli-ma", ""), ("Ar-beit", "s"), ("Woh-nung", "s"), ("Miet", ""), ("Lohn", ""),
         ("Ge-werk-schaft", "s"), ("Streik", ""), ("Schul", ""), ("Ren-te", "n"),
         ("Pfle-ge", ""), ("Ener-gie", ""), ("Frie-den", "s"), ("Um-welt", ""), ("Bür-ger", ""),
         ("Ta-rif", ""), ("Kin-der", ""), ("Stadt", ""), ("Ver-kehr", "s"), ("Wald", ""),
         ("Preis", ""), ("Hei-zung", "s"), ("Schicht", ""), ("Flücht-ling", "s"),
         ("Ge-sund-heit", "s"), ("So-li-da-ri-tät", "s")]
SECOND = ["streik", "recht", "geld", "kampf", "po-li-tik", "ge-setz", "bünd-nis", "wo-che",
          "ver-samm-lung", "be-we-gung", "kos-ten", "er-hö-hung", "schutz", "fonds", "ta-ge",
          "zei-tung", "kri-se", "ak-ti-on", "ver-trag", "markt", "an-spruch", "aus-schuss",
          "or-ga-ni-sa-ti-on", "ein-satz", "un-ter-stüt-zung"]
MIDDLE = [("streik", ""), ("schutz", ""), ("recht", "s"), ("geld", ""), ("preis", ""),
          ("ar-beit", "s")]
LAST = ["wo-che", "ge-setz", "kas-se", "bünd-nis", "ta-bel-le", "de-bat-te", "for-de-rung"]


def _letters(marked: str) -> tuple[str, list[int]]:
    letters, breaks = "", []
    for char in marked:
        if char == "-":
            breaks.append(len(letters))
        else:
            letters += char
    return letters, breaks


def compounds() -> dict[str, tuple[set[int], set[int]]]:
    """Every compound of two or three stems: word → (correct breaks, its joints)."""
    made = {}
    for first, link in FIRST:
        tails = [(second, "") for second in SECOND] + [
            (f"{middle}{link2}|{last}", "") for middle, link2 in MIDDLE for last in LAST]
        for tail, _ in tails:
            word, allowed, joints = "", set(), set()
            for index, piece in enumerate([first + link, *tail.split("|")]):
                letters, breaks = _letters(piece)
                if index:
                    joints.add(len(word))
                allowed |= {len(word) + b for b in breaks}
                word += letters
            made[word[0] + word[1:].lower()] = (allowed | joints, joints)
    return made


COMPOUNDS = compounds()


def shown(text: str) -> str:
    return text.replace(SOFT_HYPHEN, "-")


def test_many_compounds_break_only_where_they_may_and_at_their_joints():
    assert len(COMPOUNDS) > 1500
    every = Hyphenator("de", replace(RULES["de"], min_word=1))  # judge every break
    wrong = [shown(every.hyphenate_word(w)) for w, (allowed, _) in COMPOUNDS.items()
             if set(every.breaks(w)) - allowed]
    assert wrong == []
    joints = [(w, j) for w, (_, js) in COMPOUNDS.items() for j in js if 3 <= j <= len(w) - 3]
    found = sum(j in every.breaks(w) for w, j in joints)
    assert found / len(joints) > 0.97, (found, len(joints))
    assert shown(hyphenator("de").hyphenate_word("Klimastreik")) == "Kli-ma-streik"


def test_the_dictionary_weasyprint_would_use_gets_them_wrong():
    """Why the patterns: pyphen's German dictionary breaks many of the same compounds
    wrongly ("Klimast-reik")."""
    import pyphen

    old = pyphen.Pyphen(lang="de_DE", left=3, right=3)
    wrong = [w for w, (allowed, _) in COMPOUNDS.items()
             if {int(p) for p in old.positions(w.lower())} - allowed]
    assert len(wrong) > 30 and "Klimastreikwoche" in wrong


def test_three_letters_either_side_and_seven_letter_words():
    words = hyphenator("de")
    for word in ("Klimastreik", "Energiepreise", "Streikrecht", "Arbeitskampf"):
        assert all(3 <= b <= len(word) - 3 for b in words.breaks(word)), word
    assert words.breaks("Arbeit") == () and words.breaks("Streiks") == ()


@pytest.mark.parametrize("lang, marked", [
    ("en", ["rep-res-ent-at-ive", "or-gan-isa-tions", "sol-id-ar-ity", "un-em-ploy-ment"]),
    ("es", ["or-ga-ni-za-ción", "in-ter-na-cio-nal", "tra-ba-ja-do-res", "sin-di-ca-to"]),
    ("fr", ["aug-men-ta-tion", "re-pré-sen-ta-tion", "ma-ni-fes-ta-tion", "tra-vail-leurs"]),
])
def test_other_languages_use_pyphens_dictionaries(lang, marked):
    every = Hyphenator(lang, replace(hyphenate.rules_for(lang), min_word=1))
    for entry in marked:
        word, breaks = _letters(entry)
        assert every.breaks(word) and set(every.breaks(word)) <= set(breaks), \
            shown(every.hyphenate_word(word))
    assert hyphenator("ar") is None


def test_protected_tokens_and_last_words():
    text = ("Wir fordern #AlleFürsKlima @klimastreik_deutschland https://example.org/"
            "Arbeitszeitverkürzung Klimastreik2030 AlleFürsKlima Gewerkschaftsbund wahrzunehmen")
    out = hyphenate_text(text, "de")
    assert out.split()[2:7] == text.split()[2:7]  # none of them broken
    assert "Gewerk\u00adschafts\u00adbund" in out and out.endswith(" wahrzunehmen")


def test_html_blocks_their_last_words_and_unbroken_spans():
    html = ('<p>Der <em>Klimastreik</em> <span class="unbroken hashtag">#Gewerkschaftsbund'
            '</span> in Deutschland wahrzunehmen.</p><ul><li>Mietenstopp und Lohnerhöhung</li>'
            '</ul><p>Fußnote<span class="footnote">Gewerkschaftsbund Kinderbetreuung</span> '
            'Kinderbetreuung</p>')
    result = hyphenate_html(html, "de")
    out = shown(result.html)
    assert '<p data-hy="1">Der <em>Kli-ma-streik</em> <span class="unbroken hashtag">' \
           '#Gewerkschaftsbund</span> in Deutsch-land wahrzunehmen.</p>' in out
    assert "<li data-hy=\"3\">Mie-ten-stopp und Lohnerhöhung</li>" in out
    assert '<span class="footnote" data-hy="5">Gewerk-schafts-bund Kinderbetreuung</span> ' \
           "Kinderbetreuung</p>" in out
    assert result.word_of_soft_hyphen(1, 2) == (1, 4)  # Deutsch-land, the fifth token
    again = hyphenate_html(html, "de", unbreak=[(1, 4)]).html
    assert "Deutschland" in again and "Kli\u00adma" in again


def test_exceptions_give_a_word_its_breaks_in_every_form():
    table = parse_exceptions(["Ge-werk-schafts-bund", "Pamphlet"])
    assert table == {"gewerkschaftsbund": (2, 6, 13), "pamphlet": ()}
    words = hyphenator("de", ("Ge-werk-schafts-bund", "Pamphlet"))
    assert shown(words.hyphenate_word("Gewerkschaftsbundes")) == "Gewerk-schafts-bundes"
    assert words.breaks("Pamphlete") == ()


# --- in the PDF ----------------------------------------------------------------------------

def _german_body(seed: int, paragraphs: int) -> str:
    rng = random.Random(seed)
    words = sorted(COMPOUNDS)
    glue = ["und", "oder", "mit", "für", "gegen", "die", "der", "das", "wir", "sind", "ist",
            "nach", "vor", "bei", "ohne", "auch"]
    out = []
    for _ in range(paragraphs):
        sentence = [rng.choice(words) if rng.random() < 0.55 else rng.choice(glue)
                    for _ in range(rng.randint(40, 70))]
        text = " ".join(sentence)
        out.append(text[0].upper() + text[1:] + " #AlleFürsKlima wahrzunehmen.")
    return "\n\n".join(out)


@pytest.fixture(scope="module")
def german(tmp_path_factory):
    """Two statements of generated compounds, built as a leaflet and as A4 pages."""
    root = tmp_path_factory.mktemp("german")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(
        '[organisation]\nname = "Test"\n[defaults]\nlang = "de"\n')
    (root / "sources/kurz.md").write_text(statement(
        "Klimastreik jetzt", _german_body(1, 4), ["Klimagerechtigkeit", "#AlleFürsKlima"]))
    (root / "sources/lang.md").write_text(statement(
        "Klimastreik jetzt", _german_body(2, 9), ["Klimagerechtigkeit"],
        layout="statement-a4"))
    report = build(find_workspace(root), out_dir=root / "out", strict=True)
    assert report.ok, report.failed
    return root


def _pdf_lines(path: Path) -> list[list[str]]:
    return [page.extract_text().split("\n") for page in PdfReader(path).pages]


_BROKEN = re.compile(r"(\S+?)[-\u2010\u2011\u00ad]$")


def test_every_break_in_the_pdf_is_a_correct_one_whatever_hyphen_is_drawn(german):
    checked = 0
    for name in ("kurz.leaflet-a5.screen.pdf", "lang.statement-a4.screen.pdf"):
        lines = [line.strip() for page in _pdf_lines(german / "out" / name) for line in page]
        for line, following in zip(lines, lines[1:]):
            broken = _BROKEN.search(line)
            if not broken or not following:
                continue
            head = broken[1].split()[-1].lstrip("„“\"(")
            word = re.match(r"[^\W\d_]+", following)
            full = head + (word[0] if word else "")
            assert full in COMPOUNDS, (line, following)
            assert len(head) in COMPOUNDS[full][0], f"{head}-{full[len(head):]}"
            assert len(head) >= 3 and len(full) - len(head) >= 3
            checked += 1
    assert checked > 40  # the text really is hyphenated


def test_hashtags_and_last_words_are_never_broken_in_the_pdf(german):
    text = "\n".join("\n".join(page) for page in _pdf_lines(german / "out/kurz.leaflet-a5.screen.pdf"))
    assert text.count("#AlleFürsKlima") == 5  # four paragraphs and the slogan block
    assert text.count("wahrzunehmen.") == 4


def _laid_out(root: Path, name: str, layout: str, adjustments: Adjustments | None = None):
    workspace = find_workspace(root)
    statement_ = load_statement(root / "sources" / name, workspace.config)
    context = RenderContext(workspace.config, "screen", workspace.layouts_dir, None)
    layout_ = get_layout(layout, workspace.layouts_dir)
    if adjustments is not None:
        return _Setter(statement_, layout_, context, (root,), TypesetOptions())(adjustments)
    return set_statement(statement_, layout_, context, (root,), TypesetOptions())


@pytest.mark.parametrize("name, layout", [("kurz.md", "leaflet-a5"),
                                          ("lang.md", "statement-a4")])
def test_no_ladders_and_no_hyphen_at_a_pages_foot(german, name, layout):
    fitted = _laid_out(german, name, layout)
    lines = fitted.result.lines
    assert sum(line.hyphenated for line in lines) > 15
    assert max(hyphenated_runs(lines)) <= 2
    assert hyphenation_faults(lines) == []
    for page in range(1, fitted.result.page_count):  # the page's last line of body text
        body = [line for line in lines if line.page == page and line.block is not None]
        assert not body[-1].hyphenated, body[-1].text
    # the rules were really broken before the words were set whole
    assert fitted.adjustments.unbroken
    first = _laid_out(german, name, layout, replace(fitted.adjustments, unbroken=()))
    assert hyphenation_faults(first.lines)


def test_missing_patterns_fall_back_on_pyphen_with_one_warning(monkeypatch, tmp_path,
                                                                pamphlet_log):
    monkeypatch.setattr(hyphenate, "hyphenation_dir", lambda: tmp_path)
    caches = (hyphenate._pattern_file, hyphenate._dictionary, hyphenate.hyphenator)
    for cached in caches:
        cached.cache_clear()
    try:
        words = hyphenate.Hyphenator("de", RULES["de"])
        again = hyphenate.Hyphenator("de-AT", RULES["de"])
        assert shown(words.hyphenate_word("Klimastreik")).endswith("mast-reik")  # pyphen's
        assert again.breaks("Klimastreik") == words.breaks("Klimastreik")
    finally:
        for cached in caches:
            cached.cache_clear()
    warnings = [r.getMessage() for r in pamphlet_log.records if "hyph_de_1996" in r.getMessage()]
    assert len(warnings) == 1 and "make-hyphenation" in warnings[0]


def test_the_patterns_are_made_not_kept_in_the_repository():
    tracked = subprocess.run(["git", "ls-files", "hyphenation"], cwd=REPO, capture_output=True,
                             text=True, check=True).stdout.split()
    assert tracked == ["hyphenation/README.md"]
    head = PATTERNS.read_text(encoding="utf-8")[:4000]
    assert head.startswith("UTF-8\n") and "texlive-lang-german" in head and "MIT" in head


def test_words_set_whole_are_cached_with_the_fit(german, pamphlet_log):
    import json

    from pamphlet.typeset.fit import adjustments_from_cache

    fitted = _laid_out(german, "kurz.md", "leaflet-a5")
    layout = get_layout("leaflet-a5", None)
    stored = json.loads(json.dumps(fitted.adjustments.to_dict()))
    assert adjustments_from_cache(stored, layout, "kurz") == fitted.adjustments
    for bad in ([[1, "x"]], [[1, 2, 3]], "1,2", [[-1, 2]], [[True, 2]]):
        assert adjustments_from_cache({**stored, "unbroken": bad}, layout, "kurz") is None
    older = {k: v for k, v in stored.items() if k != "unbroken"}  # a fit from before
    assert adjustments_from_cache(older, layout, "kurz").unbroken == ()
    # the next build sets the statement again from the cache, the same bytes
    out = german / "out/kurz.leaflet-a5.screen.pdf"
    before = out.read_bytes()
    report = build(find_workspace(german), out_dir=german / "out", strict=True)
    assert report.ok and out.read_bytes() == before
