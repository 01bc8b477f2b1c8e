"""Tests of the synthetic statement corpus (tests/corpus.py) that the layout tests set.

The checks here recount and re-detect with their own, simpler code rather than trusting the
module's ``count_words`` and ``detect_features``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter

import markdown
import pytest
import yaml

import corpus
from corpus import LANGS, SHAPES, make_statement

CORPUS = corpus.corpus()
FIELDS = {"title", "subtitle", "date", "lang", "organisation", "place", "tags"}


def parts(source: corpus.Source) -> tuple[dict, str, list[str]]:
    """(front matter, body, lines of the demands block), split with plain string methods."""
    text = source.markdown
    assert text.startswith("---\n")
    front, rest = text[4:].split("\n---\n", 1)
    body, demands = rest.split("\n::: demands\n")
    assert demands.endswith("\n:::\n"), "the demands block is not closed"
    return yaml.safe_load(front), body.strip(), demands[: -len("\n:::\n")].split("\n")


def words(body: str) -> int:
    """Tokens with a letter or digit, leaving out note labels and block markers."""
    body = re.sub(r"\[\^\w+\]:?", " ", body)
    body = re.sub(r"(?m)^(?:#+ |> ?|[-*] |\d+\. )", " ", body)
    return sum(1 for token in body.split() if any(char.isalnum() for char in token))


def blocks(body: str) -> list[str]:
    return [block for block in body.split("\n\n") if block.strip()]


def prose(body: str) -> list[str]:
    """Body paragraphs: not headings, lists, quotations, notes or sign-offs."""
    return [" ".join(block.split()) for block in blocks(body)
            if not re.match(r"#+ |[-*] |> |\[\^|— ", block)
            and re.search(r"[.!?؟:]\s*$", block)]


def demand_items(lines: list[str]) -> list[str]:
    """The demands as a reader sees them: list items, or one paragraph each."""
    if any(re.match(r"[-*] |\d+\. ", line) for line in lines):
        return [re.sub(r"^(?:[-*]|\d+\.) ", "", line) for line in lines if line.strip()]
    return [" ".join(p.split()) for p in "\n".join(lines).split("\n\n") if p.strip()]


# --- determinism, speed, arguments ---------------------------------------------------------

def test_same_arguments_give_the_same_statement():
    for lang in LANGS:
        first = make_statement(11, lang=lang, words=300, shape={"quotes", "lists"})
        assert make_statement(11, lang=lang, words=300, shape={"quotes", "lists"}) == first
        assert make_statement(12, lang=lang, words=300, shape={"quotes", "lists"}) != first


def test_the_corpus_is_the_same_every_time_and_differs_by_seed():
    assert corpus.corpus() == CORPUS
    assert [s.markdown for s in corpus.corpus(seed=1)] != [s.markdown for s in CORPUS]


@pytest.mark.parametrize("kwargs", [dict(lang="pt", words=100), dict(lang="en", words=0),
                                    dict(lang="en", words=100, shape={"emoji"})])
def test_bad_arguments_are_refused(kwargs):
    with pytest.raises(ValueError):
        make_statement(1, **kwargs)


# --- word counts and paragraphs -----------------------------------------------------------

@pytest.mark.parametrize("source", CORPUS, ids=lambda s: s.name)
def test_corpus_bodies_have_the_words_asked_for(source):
    _, body, _ = parts(source)
    assert source.body_words == words(body) == corpus.count_words(body)
    assert abs(source.body_words - source.words) <= 0.1 * source.words


def test_corpus_lengths_run_from_50_to_2500_words():
    asked = sorted(source.words for source in CORPUS)
    assert asked[0] == 50 and asked[-1] == 2500
    assert len([n for n in asked if n < 200]) >= 5 and len([n for n in asked if n > 1000]) >= 5


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", [50, 90, 250, 700, 1600, 2500])
def test_statements_have_the_words_asked_for(lang, size):
    for seed in range(3):
        source = make_statement(seed, lang=lang, words=size)
        assert abs(source.body_words - size) <= 0.1 * size, source.markdown


@pytest.mark.parametrize("lang", LANGS)
def test_shapes_keep_the_word_count(lang):
    for shape in SHAPES:
        source = make_statement(5, lang=lang, words=150, shape={shape})
        assert abs(source.body_words - 150) <= 15, shape
    everything = make_statement(5, lang=lang, words=400, shape=set(SHAPES))
    assert abs(everything.body_words - 400) <= 40


def test_paragraphs_vary_and_stay_readable():
    sizes = [words(paragraph) for source in CORPUS if source.words >= 300
             for paragraph in prose(parts(source)[1])]
    assert max(sizes) <= 220
    assert sum(30 <= n <= 180 for n in sizes) >= 0.8 * len(sizes)
    assert min(sizes) < 40 and max(sizes) > 120


def test_leads_are_sometimes_short_and_sometimes_long():
    leads = [prose(parts(source)[1])[0] for source in CORPUS if source.words >= 250]
    sentences = [len(re.findall(r"[.!?؟](?:\s|$|\[)", lead)) for lead in leads]
    assert min(sentences) <= 3
    assert max(words(lead) for lead in leads) >= 100


def test_long_statements_rarely_repeat_a_sentence():
    for lang in LANGS:
        _, body, _ = parts(make_statement(3, lang=lang, words=1200))
        sentences = Counter(re.split(r"(?<=[.!?؟])\s+", " ".join(body.split())))
        assert sum(n - 1 for n in sentences.values()) <= 2, lang


# --- front matter, names, demands ---------------------------------------------------------

@pytest.mark.parametrize("source", CORPUS, ids=lambda s: s.name)
def test_front_matter_is_valid_yaml_with_the_known_fields(source):
    meta, _, _ = parts(source)
    assert isinstance(meta, dict) and set(meta) <= FIELDS
    assert {"title", "date", "lang", "tags"} <= set(meta)
    assert meta["title"] == source.title and meta["lang"] == source.lang
    assert isinstance(meta["date"], dt.date)
    assert meta["tags"] and all(isinstance(tag, str) and tag for tag in meta["tags"])
    for key in ("subtitle", "organisation", "place"):
        assert key not in meta or (isinstance(meta[key], str) and meta[key])


def test_organisation_and_place_are_there_only_sometimes():
    metas = [parts(source)[0] for source in CORPUS]
    for key in ("organisation", "place"):
        assert 0 < sum(key in meta for meta in metas) < len(metas)


def test_names_are_unique_slugs_with_the_date():
    names = [source.name for source in CORPUS]
    assert len(set(names)) == len(names)
    for source in CORPUS:
        assert re.fullmatch(r"(en|es|de|fr|ar)-\d{4}-[a-z0-9]+(-[a-z0-9]+)*\.md", source.name)
        assert source.name.split("-")[1] == f"{parts(source)[0]['date']:%m%d}"


def test_titles_vary_in_length_and_form():
    lengths = [len(source.title.split()) for source in CORPUS]
    assert min(lengths) == 2 and max(lengths) >= 14
    assert sum(2 <= n <= 12 for n in lengths) >= len(lengths) - 2
    assert any(":" in source.title for source in CORPUS)


@pytest.mark.parametrize("source", CORPUS, ids=lambda s: s.name)
def test_demands_are_one_closed_block_and_parse(source):
    assert source.markdown.count("\n::: demands\n") == 1
    _, body, lines = parts(source)
    assert ":::" not in body
    assert demand_items(lines) == source.demands
    assert 1 <= len(source.demands) <= 8
    assert all(demand.strip() and len(demand) <= 230 for demand in source.demands)


def test_demands_come_in_every_form():
    forms = Counter()
    for source in CORPUS:
        lines = parts(source)[2]
        numbered = re.match(r"\d+\. ", lines[0]) is not None
        paragraphs = "" in lines
        forms[numbered, paragraphs] += 1
    assert set(forms) == {(False, False), (False, True), (True, False), (True, True)}
    counts = [len(source.demands) for source in CORPUS]
    assert 1 in counts and 8 in counts


def test_most_statements_have_a_short_key_demand_and_some_a_long_one():
    short = sum(any(len(d) < 40 for d in source.demands) for source in CORPUS)
    assert short >= 0.7 * len(CORPUS)
    assert sum(any(len(d) >= 100 for d in source.demands) for source in CORPUS) >= 3


def test_the_project_loader_reads_the_demands_alike(tmp_path):
    """Cross-check with pamphlet's own splitter."""
    from pamphlet.load.sources import split_demands

    for source in CORPUS:
        body = source.markdown.split("\n---\n", 1)[1]
        assert list(split_demands(tmp_path / source.name, body)[1]) == source.demands


# --- shapes ---------------------------------------------------------------------------------

def found(source: corpus.Source) -> set[str]:
    """The shapes of a source, detected here independently of the module."""
    meta, body, lines = parts(source)
    demands = "\n".join(lines)
    text = " ".join(prose(body))
    notes = [block for block in blocks(body) if block.startswith("[^")]
    last = [block for block in blocks(body) if block not in notes][-1]
    first_line = last.split("\n")[0]
    limit = 13 if source.lang == "ar" else 19
    shapes = {
        "hashtags": re.search(r"(?:^|\s)#(?!#)[^\W_]", body + "\n" + demands),
        "handles": re.search(r"(?:^|\s)@\w", body),
        "urls": "https://example." in body,
        "numbered-demands": re.match(r"1\. ", demands),
        "lists": re.search(r"(?m)^[-*] .*\n[-*] .*\n[-*] ", body),
        "quotes": '"' in body or "«" in body,
        "footnotes": notes and re.search(r"\[\^\w+\][^:]", body),
        "signoff": last.startswith("— ") or ("\n" in last and len(first_line.split()) <= 5
                                             and not re.search(r"[.!?:]$", first_line)),
        "long-words": any(len(w) >= limit for w in re.findall(r"[^\W\d_]+", body)),
        "percent": re.search(r"[0-9٠-٩] ?[%٪]", body),
        "spaced-hyphen": re.search(r"\w - \w|\w- (?!und |oder )\w", text),
        "subtitle": "subtitle" in meta,
        "headings": re.search(r"(?m)^## ", body),
        "blockquote": re.search(r"(?m)^> ", body),
    }
    return {shape for shape, hit in shapes.items() if hit}


@pytest.mark.parametrize("source", CORPUS, ids=lambda s: s.name)
def test_features_are_the_shapes_in_the_text(source):
    assert isinstance(source.features, (set, frozenset))
    assert set(source.features) == found(source)


def test_the_corpus_has_every_language_campaign_and_shape():
    assert {source.lang for source in CORPUS} == set(LANGS)
    assert {source.campaign for source in CORPUS} == set(corpus.CAMPAIGNS)
    for shape in SHAPES:
        assert sum(shape in source.features for source in CORPUS) >= 2, shape


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("shape", SHAPES)
def test_a_requested_shape_is_there_and_no_other(lang, shape):
    source = make_statement(2, lang=lang, words=400, shape={shape})
    assert shape in source.features
    assert source.features - {shape} <= {"long-words"}
    assert make_statement(2, lang=lang, words=400, shape=set()).features <= {"long-words"}


@pytest.mark.parametrize("lang", LANGS)
def test_hashtags_sit_inside_and_at_the_start_of_paragraphs_and_demands(lang):
    source = make_statement(4, lang=lang, words=500, shape={"hashtags"})
    _, body, _ = parts(source)
    assert any(re.match(r"#[^\W_]", block) for block in blocks(body))
    assert re.search(r"\S #[^\W_]", body)
    assert any(demand.startswith("#") and demand[1] != " " for demand in source.demands)


@pytest.mark.parametrize("lang", LANGS)
def test_quotes_are_straight_nested_and_french_guillemets_occur(lang):
    source = make_statement(6, lang=lang, words=800, shape={"quotes"})
    body = parts(source)[1]
    assert re.search(r"[\"«][^\"»]*'[^']+'", body), "no quotation nested in another"
    french = " ".join(parts(s)[1] for s in CORPUS if s.lang == "fr" and "quotes" in s.features)
    assert "«" in french and '"' in french


def test_urls_use_only_example_domains():
    for source in CORPUS:
        for url in re.findall(r"https?://[^\s)>]+", source.markdown):
            assert re.match(r"https://example\.(org|com|net)/", url), url


def test_footnotes_are_defined_after_the_paragraph_that_calls_them():
    """Definitions come after their calls: in a run at the end of the body, or right after
    the paragraph that calls them."""
    sources = CORPUS + [make_statement(seed, lang=LANGS[seed % 5], words=300 + 40 * seed,
                                       shape={"footnotes", "lists"}) for seed in range(40)]
    for source in sources:
        _, body, _ = parts(source)
        calls = set(re.findall(r"\[\^(\w+)\](?!:)", body))
        definitions = set(re.findall(r"(?m)^\[\^(\w+)\]: \S", body))
        assert calls == definitions
        items = blocks(body)
        labels = [re.match(r"\[\^(\w+)\]: ", block) for block in items]
        last_text = max(i for i, label in enumerate(labels) if not label)
        caller = ""
        for i, (block, label) in enumerate(zip(items, labels, strict=True)):
            if not label:
                caller = block
                continue
            assert body.index(f"[^{label[1]}]") < body.index(block), source.name
            if i < last_text:
                assert f"[^{label[1]}]" in caller, (source.name, label[1])


@pytest.mark.parametrize("source", [s for s in CORPUS if "footnotes" in s.features],
                         ids=lambda s: s.name)
def test_markdown_renders_the_footnotes(source):
    html = markdown.markdown(parts(source)[1], extensions=["footnotes"])
    assert 'class="footnote"' in html


# --- languages and characters -----------------------------------------------------------

def text_of(lang: str) -> str:
    return "\n".join(source.markdown for source in CORPUS if source.lang == lang)


def test_each_language_has_its_own_letters_and_marks():
    assert re.search("[äöü]", text_of("de")) and "ß" in text_of("de")
    assert all(char in text_of("es") for char in "¿¡ñáé")
    assert all(char in text_of("fr") for char in "çéèœ")


def test_arabic_is_arabic():
    for source in CORPUS:
        if source.lang != "ar":
            continue
        _, body, lines = parts(source)
        text = re.sub(r"https://\S+|[#@]\w+|\[\^\w+\]", " ", body + "\n".join(lines))
        assert not re.search(r"[A-Za-z]", text), source.name
        assert re.search("[\u0621-\u064a]", text)
    arabic = text_of("ar")
    assert "،" in arabic and re.search("[٠-٩]", arabic) and re.search(r"\s[0-9]+\s", arabic)


def allowed(char: str) -> bool:
    if char == "\n" or " " <= char <= "~":
        return True
    name = unicodedata.name(char, "")
    return (name.startswith(("LATIN ", "ARABIC ")) or char in "«»—–¡¿\u00a0£€"
            or name.startswith("ARABIC-INDIC DIGIT"))


def test_only_characters_the_fonts_draw():
    for source in CORPUS:
        odd = {char for char in source.markdown if not allowed(char)}
        assert not odd, (source.name, odd)
        assert not set("“”‘’") & set(source.markdown), "quotes must be typed straight"


def test_the_long_word_templates_have_long_words():
    for lang in LANGS:
        lexicon = corpus._lexicon(lang)
        limit = 13 if lang == "ar" else 19
        for (_, kind), templates in lexicon.items():
            if kind == "long":
                for template in templates:
                    longest = max(len(w) for w in re.findall(r"[^\W\d_]+", template))
                    assert longest >= limit, (lang, template)
