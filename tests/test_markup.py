"""Markdown to HTML: quotation marks by language, fenced divs, footnotes at their call."""

from __future__ import annotations

import pytest

from pamphlet.load.markup import (QUOTES, inline_markdown_to_html, localise_text, markdown_to_html,
                             quotes_for)

NNBSP = "\u202f"  # narrow no-break space, French spacing


# --- quotation marks ----------------------------------------------------------------------

@pytest.mark.parametrize("lang, marks", [
    pytest.param("en", ("“", "”", "‘", "’"), id="en"),
    pytest.param("de", ("„", "“", "‚", "‘"), id="de"),
    pytest.param("fr", ("«", "»", "“", "”"), id="fr"),  # spaced by localise_text
    pytest.param("es", ("«", "»", "“", "”"), id="es"),
    pytest.param("pt-BR", ("“", "”", "‘", "’"), id="pt-BR-own-entry"),
    pytest.param("pt", ("«", "»", "“", "”"), id="pt"),
    pytest.param("de-AT", ("„", "“", "‚", "‘"), id="region-falls-back-to-language"),
    pytest.param("fr-CA", ("«", "»", "“", "”"), id="fr-CA"),
    pytest.param("ar", ("«", "»", "“", "”"), id="ar"),
    pytest.param("xx", ("“", "”", "‘", "’"), id="unknown-falls-back-to-english"),
])
def test_quotes_for(lang, marks):
    assert quotes_for(lang) == marks


def test_every_language_has_four_marks():
    assert all(len(marks) == 4 and all(marks) for marks in QUOTES.values())


QUOTED = 'He said "stop" and \'go\'.'

MARKDOWN_QUOTES = [
    pytest.param(QUOTED, "en", "<p>He said “stop” and ‘go’.</p>", id="en"),
    pytest.param(QUOTED, "de", "<p>He said „stop“ and ‚go‘.</p>", id="de"),
    pytest.param(QUOTED, "fr", f"<p>He said «{NNBSP}stop{NNBSP}» and “go”.</p>", id="fr"),
    pytest.param(QUOTED, "es", "<p>He said «stop» and “go”.</p>", id="es"),
    pytest.param(QUOTED, "de-CH", "<p>He said „stop“ and ‚go‘.</p>", id="de-CH"),
    pytest.param("it's ours", "en", "<p>it’s ours</p>", id="en-apostrophe"),
    pytest.param("the '90s", "en", "<p>the ’90s</p>", id="en-leading-apostrophe"),
    pytest.param("Geht's los", "de", "<p>Geht’s los</p>", id="de-apostrophe"),
    pytest.param("l'État", "fr", "<p>l’État</p>", id="fr-apostrophe"),
    pytest.param('"Quoi?"', "fr", f"<p>«{NNBSP}Quoi{NNBSP}?{NNBSP}»</p>",
                 id="fr-question-inside-quotes"),
    pytest.param('She said "it\'s \'ours\' now"', "de",
                 "<p>She said „it’s ‚ours‘ now“</p>",
                 id="de-nested-with-apostrophe"),
    pytest.param("a -- b --- c ...", "en", "<p>a\u00a0– b — c …</p>", id="dashes-and-ellipsis"),
    pytest.param("a < b & c", "en", "<p>a &lt; b &amp; c</p>", id="html-escaped"),
]


@pytest.mark.parametrize("text, lang, html", MARKDOWN_QUOTES)
def test_quotation_marks_by_language(text, lang, html):
    assert markdown_to_html(text, lang) == html


LOCALISE = [
    pytest.param("“a” ‘b’ it’s", "en", "“a” ‘b’ it’s", id="en-unchanged"),
    pytest.param("“a” ‘b’ it’s", "de", "„a“ ‚b‘ it’s", id="de"),
    pytest.param("“a” ‘b’ it’s", "fr", f"«{NNBSP}a{NNBSP}» “b” it’s", id="fr"),
    pytest.param("“a” ‘b’ it’s", "es", "«a» “b” it’s", id="es"),
    pytest.param("“a” ‘b’", "da", "»a« ›b‹", id="da-reversed"),
    pytest.param("Quoi? Oui; non: voir http://example.org/a!", "fr",
                 f"Quoi{NNBSP}? Oui{NNBSP}; non{NNBSP}: voir http://example.org/a{NNBSP}!",
                 id="fr-space-before-punctuation-not-in-url"),
    pytest.param("Quoi ? Non\u00a0!", "fr", f"Quoi{NNBSP}? Non{NNBSP}!",
                 id="fr-existing-space-becomes-narrow"),
    pytest.param("À 10:30, ratio 3:4; https://a.b/c?d=1", "fr",
                 f"À 10:30, ratio 3:4{NNBSP}; https://a.b/c?d=1", id="fr-times-and-queries"),
    pytest.param("(voir ci-dessous)!", "fr", f"(voir ci-dessous){NNBSP}!", id="fr-after-paren"),
    pytest.param("Quoi? Oui; non: voir!", "fr-BE",
                 f"Quoi{NNBSP}? Oui{NNBSP}; non{NNBSP}: voir{NNBSP}!",
                 id="fr-region"),
    pytest.param("Quoi? Oui; non: voir!", "en", "Quoi? Oui; non: voir!", id="en-no-spacing"),
    pytest.param("Wie? So: ja!", "de", "Wie? So: ja!", id="de-no-spacing"),
]


@pytest.mark.parametrize("text, lang, expected", LOCALISE)
def test_localise_text(text, lang, expected):
    assert localise_text(text, lang) == expected


def test_french_spacing_before_a_run_of_marks():
    assert localise_text("Quoi ?!", "fr") == f"Quoi{NNBSP}?!"


def test_secondary_quotes_around_an_apostrophe():
    assert markdown_to_html("Er sagte 'geht's los' laut.", "de") == (
        "<p>Er sagte ‚geht’s los‘ laut.</p>")


@pytest.mark.xfail(strict=True, reason="markup.py:163 localises each text run between tags "
                   "apart, so single quotes around an inline tag are never paired")
def test_secondary_quotes_around_emphasis():
    assert markdown_to_html("Er sagte '*los*' laut.", "de") == (
        "<p>Er sagte ‚<em>los</em>‘ laut.</p>")


def test_closing_quote_after_emphasis_at_paragraph_end():
    assert markdown_to_html('He said "*no*"', "en") == "<p>He said “<em>no</em>”</p>"


# --- code is left alone -------------------------------------------------------------------

CODE = [
    pytest.param('Type `"x" ?` now', "fr", '<p>Type <code>"x" ?</code> now</p>',
                 id="code-span-keeps-straight-quotes"),
    pytest.param("Say “x” or `“x”`", "de", "<p>Say „x“ or <code>“x”</code></p>",
                 id="curly-quotes-in-code-not-localised"),
    pytest.param("`a: b!` then a: b!", "fr", f"<p><code>a: b!</code> then a{NNBSP}: b{NNBSP}!</p>",
                 id="no-french-spacing-in-code"),
    pytest.param("    “x” ?\n", "fr", "<pre><code>“x” ?\n</code></pre>",
                 id="indented-code-block"),
    pytest.param("<kbd>“k” !</kbd> “k” !", "fr",
                 f"<p><kbd>“k” !</kbd> «{NNBSP}k{NNBSP}»{NNBSP}!</p>", id="kbd"),
]


@pytest.mark.parametrize("text, lang, html", CODE)
def test_text_in_code_is_untouched(text, lang, html):
    assert markdown_to_html(text, lang) == html


# --- fenced divs --------------------------------------------------------------------------

DIVS = [
    pytest.param("::: note\nSome *em* text\n:::", "en",
                 '<div class="note">\n<p>Some <em>em</em> text</p>\n</div>', id="named"),
    pytest.param("::: {.a .b #id}\n- one\n- two\n:::", "en",
                 '<div class="a b" id="id">\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n</div>',
                 id="classes-and-id"),
    pytest.param("::: {#only}\nx\n:::", "en", '<div id="only">\n<p>x</p>\n</div>', id="id-only"),
    pytest.param("::: {}\nx\n:::", "en", '<div class="div">\n<p>x</p>\n</div>', id="no-attributes"),
    pytest.param(":::: outer\n::: inner\nx\n:::\n::::", "en",
                 '<div class="outer">\n<div class="inner">\n<p>x</p>\n</div>\n</div>',
                 id="nested"),
    pytest.param("Before.\n::: demands\nOne\n\nTwo\n:::\nAfter.", "en",
                 '<p>Before.</p>\n<div class="demands">\n<p>One</p>\n<p>Two</p>\n</div>\n'
                 "<p>After.</p>", id="no-blank-lines-needed"),
    pytest.param('::: note\n"x"\n:::', "de", '<div class="note">\n<p>„x“</p>\n</div>',
                 id="typography-inside"),
    pytest.param("::: {.a<b> .ok}\nx\n:::", "en", '<div class="ok">\n<p>x</p>\n</div>',
                 id="tokens-with-markup-dropped"),
]


@pytest.mark.parametrize("text, lang, html", DIVS)
def test_fenced_divs(text, lang, html):
    assert markdown_to_html(text, lang) == html


def test_fenced_div_attributes_cannot_break_out():
    html = markdown_to_html('::: {.x"onclick="y}\ntext\n:::')
    assert 'onclick="y"' not in html


def test_fenced_div_with_trailing_colons():
    assert markdown_to_html("::: note :::\nx\n:::") == '<div class="note">\n<p>x</p>\n</div>'


# --- footnotes ----------------------------------------------------------------------------

FOOTNOTES = [
    pytest.param("Text[^1] more.\n\n[^1]: The *note*.", "en",
                 '<p>Text<span class="footnote">The <em>note</em>.</span> more.</p>',
                 id="one"),
    pytest.param("A[^1] and b[^n2].\n\n[^1]: First.\n[^n2]: Second.", "en",
                 '<p>A<span class="footnote">First.</span> and b'
                 '<span class="footnote">Second.</span>.</p>', id="two-named"),
    pytest.param("B[^b] a[^a].\n\n[^a]: Ay.\n[^b]: Bee.", "en",
                 '<p>B<span class="footnote">Bee.</span> a<span class="footnote">Ay.</span>.</p>',
                 id="defined-out-of-order"),
    pytest.param("Note[^a].\n\n[^a]: Para one.\n\n    Para two.", "en",
                 '<p>Note<span class="footnote">Para one. Para two.</span>.</p>',
                 id="two-paragraphs-joined"),
    pytest.param("x[^1]\n\n[^1]: see [link](http://a.b).", "en",
                 '<p>x<span class="footnote">see <a href="http://a.b">link</a>.</span></p>',
                 id="link-in-note"),
    pytest.param('x[^1]\n\n[^1]: "Zitat"', "de",
                 '<p>x<span class="footnote">„Zitat“</span></p>',
                 id="typography-in-note"),
    pytest.param("::: note\nIn a div[^1].\n:::\n\n[^1]: Inside.", "en",
                 '<div class="note">\n<p>In a div<span class="footnote">Inside.</span>.</p>\n'
                 "</div>", id="call-inside-div"),
    pytest.param("a[^missing]", "en", "<p>a[^missing]</p>", id="undefined-left-as-text"),
]


@pytest.mark.parametrize("text, lang, html", FOOTNOTES)
def test_footnotes_move_to_their_call(text, lang, html):
    out = markdown_to_html(text, lang)
    assert out == html
    for leftover in ("<sup", "<ol", "<hr", 'class="footnote-backref"', "fnref", "fn:", "&#8617;",
                     "\u21a9"):
        assert leftover not in out


def test_converter_state_does_not_leak_between_calls():
    first = markdown_to_html("a[^1]\n\n[^1]: one")
    assert markdown_to_html("b") == "<p>b</p>"
    assert markdown_to_html("a[^1]\n\n[^1]: one") == first


# --- the rest of Markdown -----------------------------------------------------------------

BLOCKS = [
    pytest.param("*em* **strong** _also_",
                 "<p><em>em</em> <strong>strong</strong> <em>also</em></p>",
                 id="emphasis"),
    pytest.param("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>", id="bullet-list"),
    pytest.param("1. a\n2. b", "<ol>\n<li>a</li>\n<li>b</li>\n</ol>", id="ordered-list"),
    pytest.param("3. c\n4. d", '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>', id="list-start"),
    pytest.param("One.\n\nTwo.", "<p>One.</p>\n<p>Two.</p>", id="paragraphs"),
    pytest.param("## Heading\n\ntext", "<h2>Heading</h2>\n<p>text</p>", id="heading"),
    pytest.param("> quoted", "<blockquote>\n<p>quoted</p>\n</blockquote>", id="blockquote"),
    pytest.param("Word{: .x}", "<p>Word{: .x}</p>", id="inline-attr-list-needs-element"),
    pytest.param("Para\n{: .lead }", '<p class="lead">Para</p>', id="attr-list"),
    pytest.param('<span style="color:red">raw</span> <img src="http://example.org/x.png">',
                 '<p><span style="color:red">raw</span> <img src="http://example.org/x.png"></p>',
                 id="raw-inline-html-kept"),
    pytest.param('<div class="box">\n<p>Raw block</p>\n</div>',
                 '<div class="box">\n<p>Raw block</p>\n</div>', id="raw-block-html-kept"),
    pytest.param("<!-- a > b -->", "<!-- a > b -->", id="comment-kept"),
]


@pytest.mark.parametrize("text, html", BLOCKS)
def test_markdown(text, html):
    assert markdown_to_html(text) == html


INLINE = [
    pytest.param('*a* "b"', "en", "<em>a</em> “b”", id="no-paragraph-tags"),
    pytest.param('"x"', "de", "„x“", id="language"),
    pytest.param("Down with the coup regime", "en", "Down with the coup regime", id="plain"),
    pytest.param("a\n\nb", "en", "<p>a</p>\n<p>b</p>", id="two-paragraphs-kept"),
    pytest.param("- a", "en", "- a", id="one-paragraph-starting-with-a-dash"),
    pytest.param("1. Mai: Heraus", "de", "1. Mai: Heraus", id="one-paragraph-starting-with-1."),
    pytest.param("#Strike now", "en", '<span class="unbroken hashtag">#Strike</span> now',
                 id="hashtag"),
    pytest.param("", "en", "", id="empty"),
]


@pytest.mark.parametrize("text, lang, html", INLINE)
def test_inline_markdown_to_html(text, lang, html):
    assert inline_markdown_to_html(text, lang) == html


# --- activists' text: hashtags, handles, URLs, dashes, percentages, runts ----------------

HASHTAGS = [
    pytest.param("#UprootTheSystem now", '<p><span class="unbroken hashtag">#UprootTheSystem'
                 "</span> now</p>", id="paragraph-starting-with-a-hashtag"),
    pytest.param("We march.\n#NoDAPL today", '<p>We march.\n<span class="unbroken hashtag">'
                 "#NoDAPL</span> today</p>", id="line-starting-with-a-hashtag"),
    pytest.param("#1 demand", "<p>#1 demand</p>".replace("#1", '<span class="unbroken '
                 'hashtag">#1</span>'), id="number-sign"),
    pytest.param("####### seven", "<p>####### seven</p>", id="seven-hashes-are-text"),
    pytest.param("# Heading", "<h1>Heading</h1>", id="heading-with-space"),
    pytest.param("## Heading ##", "<h2>Heading</h2>", id="closed-heading"),
    pytest.param("#", "<h1></h1>", id="empty-heading"),
]


@pytest.mark.parametrize("text, html", HASHTAGS)
def test_a_hashtag_is_never_a_heading(text, html):
    assert markdown_to_html(text) == html


@pytest.mark.parametrize("token, kind", [
    ("#AlleFürsKlima", "hashtag"), ("@klimastreik_de", "handle"),
    ("@organiser@social.example.org", "handle"), ("https://example.org/a-b?c=1", "url"),
    ("www.example.org/join-us", "url"), ("info@union-branch.org.uk", "email"),
    ("union-branch.org", "domain"),
])
def test_hashtags_handles_and_urls_are_unbroken_words(token, kind):
    html = markdown_to_html(f"Join {token}, now or tomorrow, and *{token}*.", "de")
    span = f'<span class="unbroken {kind}">{token}</span>'
    assert html.count(span) == 2, html  # trailing punctuation left out of the token


def test_unbroken_tokens_keep_their_text_exactly():
    html = markdown_to_html("Read https://example.org/100%-sure - and 5 % more", "fr")
    assert '<span class="unbroken url">https://example.org/100%-sure</span>' in html
    assert "5\u202f%" in html
    assert markdown_to_html("`#code` and [x](https://example.org)") == (
        '<p><code>#code</code> and <a href="https://example.org">x</a></p>')


def test_a_paragraph_demand_starting_like_a_list_stays_text():
    assert inline_markdown_to_html("1. Mai: alle auf die Straße", "de") == \
        "1. Mai: alle auf die Straße"
    assert inline_markdown_to_html("- 5 % more", "en") == "- 5% more"
    assert inline_markdown_to_html("> 40 hours is too much", "en") == "&gt; 40 hours is too much"


DASHES = [
    ("a - b", "en", "a\u00a0– b"), ("killed- Anez", "en", "killed\u00a0– Anez"),
    ("a -- b", "de", "a\u00a0– b"), ("a – b", "fr", "a\u00a0– b"),
    ("a - b", "en-US", "a—b"), ("a - b", "ru", "a\u00a0— b"),
    ("dijo - sin duda - que no", "es", "dijo —sin duda— que no"),
    ("Bolivia - un golpe.", "es", "Bolivia —un golpe—."),
    ("Lohn- und Gehaltsfragen", "de", "Lohn- und Gehaltsfragen"),
    ("full- or part-time", "en", "full- or part-time"),
    ("the so- called consultation", "en", "the so-called consultation"),
    ("la soi- disant concertation", "fr", "la soi-disant concertation"),
    ("we are angry- we will fight", "en", "we are angry\u00a0– we will fight"),
    ("It failed- nobody came", "en", "It failed\u00a0– nobody came"),
    ("1990-2000 and -5 and x-y", "en", "1990-2000 and -5 and x-y"),
]


@pytest.mark.parametrize("text, lang, expected", DASHES)
def test_spaced_hyphens_become_the_languages_dash(text, lang, expected):
    assert localise_text(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("23 % und 23%", "de", "23\u202f% und 23\u202f%"), ("23% de plus", "fr", "23\u202f% de plus"),
    ("un 23 %", "es", "un 23\u202f%"), ("23 % and 23%", "en", "23% and 23%"),
    ("23%-Hürde", "de", "23%-Hürde"), ("٢٣٪ و 23 %", "ar", "٢٣٪ و 23 %"),
])
def test_percent_signs_get_the_languages_space(text, lang, expected):
    assert localise_text(text, lang) == expected


@pytest.mark.parametrize("text, html", [
    ("We will win it.", "<p>We will win\u00a0it.</p>"),
    ("We will *win it*", "<p>We will <em>win\u00a0it</em></p>"),
    ("It ends on an extraordinarily", "<p>It ends on an extraordinarily</p>"),
    ("So ends counterrevolutionary talk", "<p>So ends counterrevolutionary talk</p>"),
    ("Join #TheMarch", '<p>Join <span class="unbroken hashtag">#TheMarch</span></p>'),
    ("- one item to it\n- two", "<ul>\n<li>one item to\u00a0it</li>\n<li>two</li>\n</ul>"),
    ("Note[^1] and so on.\n\n[^1]: Said to us.",
     '<p>Note<span class="footnote">Said to\u00a0us.</span> and so\u00a0on.</p>'),
])
def test_body_paragraphs_never_end_in_a_runt(text, html):
    assert markdown_to_html(text, "en", bind_last_words=True) == html
    assert "\u00a0" not in markdown_to_html(text, "en")  # demands are balanced instead
