"""Stage 1, load: source files become validated ``Statement``s, or errors naming file and line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from pathlib import Path

import pytest

from pamphlet.config.workspace import Config, Defaults, Organisation
from pamphlet.errors import PamphletError, SourceError
from pamphlet.load.sources import (MAX_SOURCE_BYTES, Statement, load_all, load_statement, slugify,
                              split_demands)

REPO = Path(__file__).resolve().parents[1]
SEED_SOURCE = REPO / "sources" / "2019-11-23-coup-in-bolivia.md"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_TEXT = SHARED / "seeds" / "000_4295f32904a35c45.txt"

SEED_DEMANDS = (
    "We call for the rank and file soldiers to break from the coup generals and for the mass "
    "arming of the workers and poor peasants.",
    "For committees of workers, soldiers and poor peasants.",
    "Down with the coup regime",
    "Expropriate all the oil, gas, banks, agribusiness and other industries, without "
    "compensation and to be placed under workers control.",
    "Forward to a workers government based on the committees of workers and poor peasants.",
)


def write(tmp_path: Path, content: str | bytes, name: str = "statement.md") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def load(tmp_path: Path, content: str | bytes, config: Config | None = None,
         name: str = "statement.md") -> Statement:
    return load_statement(write(tmp_path, content, name), config or Config())


def load_error(tmp_path: Path, content: str | bytes) -> tuple[Path, SourceError]:
    path = write(tmp_path, content)
    with pytest.raises(SourceError) as info:
        load_statement(path, Config())
    return path, info.value


def expected_str(path: Path, line: int | None, reason: str) -> str:
    return f"{path}:{line}: {reason}" if line else f"{path}: {reason}"


@pytest.fixture
def pamphlet_log(caplog, monkeypatch):
    """caplog for the "pamphlet" logger, even after the CLI turned its propagation off."""
    monkeypatch.setattr(logging.getLogger("pamphlet"), "propagate", True)
    caplog.set_level(logging.WARNING, logger="pamphlet")
    return caplog


# --- reading the file --------------------------------------------------------------------

OVERSIZED = b"---\ntitle: Big\n---\n\n" + b"word " * (MAX_SOURCE_BYTES // 5 + 1)

READ_ERRORS = [
    pytest.param(b"", None, "is empty; a statement needs front matter with a title",
                 id="empty-file"),
    pytest.param(b"  \n\n\t\n", None, "is empty; a statement needs front matter with a title",
                 id="whitespace-only"),
    pytest.param(b"---\ntitle: x\n---\n\nab\0cd\n", None, "is a binary file, not Markdown text",
                 id="binary-nul-bytes"),
    pytest.param(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", None, "is a binary file, not Markdown text",
                 id="binary-png-header"),
    pytest.param(b"---\ntitle: Caf\xe9\n---\n\nBody.\n", 2,
                 "is not UTF-8 text; save it as UTF-8", id="latin1-in-front-matter"),
    pytest.param(b"---\ntitle: x\n---\n\nOne.\n\nTwo \x93quoted\x94.\n", 7,
                 "is not UTF-8 text; save it as UTF-8", id="cp1252-quotes-in-body"),
    pytest.param(b"\xff\xfe-\x00-\x00-\x00", None, "is a binary file, not Markdown text",
                 id="utf16-is-binary"),
    pytest.param(OVERSIZED, None, "a statement may be at most 1,000,000 bytes of text",
                 id="over-1-MB"),
]


@pytest.mark.parametrize("content, line, fragment", READ_ERRORS)
def test_unreadable_files_are_refused_with_the_line(tmp_path, content, line, fragment):
    path, error = load_error(tmp_path, content)
    assert error.line == line
    assert fragment in error.reason
    assert str(error) == expected_str(path, line, error.reason)
    assert error.path == path
    assert isinstance(error, PamphletError)


def test_oversized_message_gives_the_size(tmp_path):
    path, error = load_error(tmp_path, OVERSIZED)
    size = path.stat().st_size
    assert size > MAX_SOURCE_BYTES
    assert error.reason == f"is {size:,} bytes; a statement may be at most 1,000,000 bytes of text"


def test_a_file_of_exactly_the_limit_is_accepted(tmp_path):
    head = b"---\ntitle: Just fits\n---\n\n"
    content = head + b"a" * (MAX_SOURCE_BYTES - len(head) - 1) + b"\n"
    assert len(content) == MAX_SOURCE_BYTES
    assert load(tmp_path, content).title == "Just fits"


def test_a_missing_file_cannot_be_read(tmp_path):
    path = tmp_path / "nowhere.md"
    with pytest.raises(SourceError) as info:
        load_statement(path, Config())
    assert info.value.line is None
    assert str(info.value) == f"{path}: cannot be read (No such file or directory)"


def test_bad_byte_after_a_byte_order_mark_is_on_the_right_line(tmp_path):
    _, error = load_error(tmp_path, b"\xef\xbb\xbf---\n\xff\n")
    assert error.line == 2


def test_byte_order_mark_and_crlf_are_accepted(tmp_path):
    statement = load(tmp_path, b"\xef\xbb\xbf---\r\ntitle: Windows\r\n---\r\n\r\nBody.\r\n")
    assert statement.title == "Windows"
    assert statement.body == "Body.\n"


# --- front matter ------------------------------------------------------------------------

FRONT_MATTER_ERRORS = [
    pytest.param("title: x\n\nBody.\n", 1, "has no front matter: start the file with a '---' line",
                 id="no-front-matter"),
    pytest.param("\n---\ntitle: x\n---\nBody.\n", 1, "has no front matter",
                 id="front-matter-not-on-first-line"),
    pytest.param("---\ntitle: x\nlang: en\n\nBody.\n", 1,
                 "front matter is not closed: add a '---' line after it", id="unclosed"),
    pytest.param("---\ntitle: x\nlang: en\n  bad: indent\n---\nBody.\n", 4,
                 "front matter is not valid YAML: mapping values are not allowed here",
                 id="yaml-bad-indent"),
    pytest.param("---\ntitle: x\ndate: [1, 2\n---\nBody.\n", 3,
                 "front matter is not valid YAML: expected ',' or ']'", id="yaml-unclosed-list"),
    pytest.param("---\ntitle: x\nauthor: A\n\tlang: en\n---\nBody.\n", 4,
                 "front matter is not valid YAML: found character '\\t'", id="yaml-tab"),
    pytest.param("---\ntitle: !!python/object:os.system x\n---\nBody.\n", 2,
                 "front matter is not allowed: could not determine a constructor",
                 id="yaml-python-tag-refused"),
    pytest.param("---\n- title\n- date\n---\nBody.\n", 2,
                 "front matter must be 'key: value' lines", id="list-not-mapping"),
    pytest.param("---\njust some words\n---\nBody.\n", 2,
                 "front matter must be 'key: value' lines", id="scalar-not-mapping"),
    pytest.param("---\nlang: en\ndate: 2019-11-23\n---\nBody.\n", 2,
                 "front matter has no 'title'; add 'title: …'", id="missing-title"),
    pytest.param("---\nlang: en\ntitle: \"  \"\n---\nBody.\n", 3,
                 "front matter 'title': expected text, got an empty value", id="blank-title"),
    pytest.param("---\ntitle:\n---\nBody.\n", 2, "front matter 'title': expected text, got None",
                 id="null-title"),
    pytest.param("---\ntitle: [a, b]\n---\nBody.\n", 2,
                 "front matter 'title': expected text, got ['a', 'b']", id="list-title"),
    pytest.param("---\ntitle: x\nauthor: A\nlang: 7\n---\nBody.\n", 4,
                 "front matter 'lang': expected a language tag such as en, de or pt-BR, got 7",
                 id="lang-number"),
    pytest.param("---\ntitle: x\nlang: English\n---\nBody.\n", 3,
                 "front matter 'lang': expected a language tag such as en, de or pt-BR, "
                 "got 'English'", id="lang-word"),
    pytest.param("---\ntitle: x\nauthor: A\ndate: someday\n---\nBody.\n", 4,
                 "front matter 'date': expected a date such as 2019-11-23, got 'someday'",
                 id="date-word"),
    pytest.param("---\ntitle: x\ndate: \"2019-02-30\"\n---\nBody.\n", 3,
                 "front matter 'date': expected a date such as 2019-11-23, got '2019-02-30'",
                 id="date-quoted-impossible"),
    pytest.param("---\ntitle: x\nauthor: A\ntags: {a: 1}\n---\nBody.\n", 4,
                 "front matter 'tags': expected a name or a list of names, got {'a': 1}",
                 id="tags-mapping"),
    pytest.param("---\ntitle: x\nlayout: [leaflet-a5, [x]]\n---\nBody.\n", 3,
                 "front matter 'layout': expected a name or a list of names, "
                 "got ['leaflet-a5', ['x']]", id="layout-nested-list"),
    pytest.param("---\ntitle: x\nauthor: A\nslug: \"../etc\"\n---\nBody.\n", 4,
                 "front matter 'slug': expected lower-case letters, digits and hyphens, "
                 "got '../etc'", id="slug-path-traversal"),
    pytest.param("---\ntitle: x\nslug: Upper Case\n---\nBody.\n", 3,
                 "front matter 'slug': expected lower-case letters, digits and hyphens, "
                 "got 'Upper Case'", id="slug-upper-case"),
    pytest.param("---\r\ntitle: x\r\nlang: 7\r\n---\r\nBody.\r\n", 3,
                 "front matter 'lang'", id="crlf-line-numbers"),
    pytest.param(b"\xef\xbb\xbf---\ntitle: x\nlang: 7\n---\nBody.\n", 3,
                 "front matter 'lang'", id="bom-line-numbers"),
]


@pytest.mark.parametrize("content, line, fragment", FRONT_MATTER_ERRORS)
def test_front_matter_errors_name_file_and_line(tmp_path, content, line, fragment):
    path, error = load_error(tmp_path, content)
    assert (error.line, fragment in error.reason) == (line, True), error.reason
    assert str(error) == f"{path}:{line}: {error.reason}"
    assert "\n" not in str(error)


def test_every_field_problem_is_reported_in_one_error(tmp_path):
    content = ("---\nlang: 7\ndate: someday\ntags: {a: 1}\nslug: \"../etc\"\n---\nBody.\n")
    path, error = load_error(tmp_path, content)
    assert error.line == 2
    assert error.reason == (
        "front matter 'lang': expected a language tag such as en, de or pt-BR, got 7"
        "; line 2: front matter has no 'title'; add 'title: …'"
        "; line 3: front matter 'date': expected a date such as 2019-11-23, got 'someday'"
        "; line 4: front matter 'tags': expected a name or a list of names, got {'a': 1}"
        "; line 5: front matter 'slug': expected lower-case letters, digits and hyphens, "
        "got '../etc'"
    )
    assert str(error).startswith(f"{path}:2: front matter 'lang'")


def test_impossible_unquoted_date_is_a_source_error(tmp_path):
    _, error = load_error(tmp_path, "---\ntitle: x\ndate: 2019-02-30\n---\nBody.\n")
    assert error.line == 3
    assert "date" in error.reason


def test_unknown_keys_only_warn(tmp_path, pamphlet_log):
    path = write(tmp_path, "---\ntitle: Still loads\ncolour: red\nlang: de\n---\nBody.\n")
    statement = load_statement(path, Config())
    assert (statement.title, statement.lang) == ("Still loads", "de")
    messages = [r.getMessage() for r in pamphlet_log.records if r.name == "pamphlet"]
    assert len(messages) == 1
    assert messages[0].startswith(f"{path}:3: unrecognised front-matter key 'colour'")
    assert all(r.levelno == logging.WARNING for r in pamphlet_log.records)


def test_known_keys_do_not_warn(tmp_path, pamphlet_log):
    load(tmp_path, "---\ntitle: T\nsubtitle: S\ndate: 2020-01-02\nplace: P\nlang: en\n"
                   "layout: leaflet-a5\norganisation: O\nauthor: A\ntags: [t]\nslug: s\n---\n")
    assert [r.getMessage() for r in pamphlet_log.records] == []


def test_unknown_non_text_key_warns_with_its_line(tmp_path, pamphlet_log):
    path = write(tmp_path, "---\ntitle: x\n7: red\n---\nBody.\n")
    load_statement(path, Config())
    assert pamphlet_log.records[0].getMessage().startswith(f"{path}:3: ")


def test_front_matter_values_become_statement_fields(tmp_path):
    statement = load(tmp_path, (
        "---\ntitle: '  A title  '\nsubtitle: A subtitle\ndate: 2024-03-08\nplace: Leeds\n"
        "lang: pt-BR\nlayout: [statement-a4, leaflet-a5]\norganisation: Branch\nauthor: Sec\n"
        "tags: single\nslug: my-slug\n---\n\nBody.\n"), name="Some File.md")
    assert statement == Statement(
        src_path=tmp_path / "Some File.md", slug="my-slug", title="A title", body="Body.\n",
        demands=(), date=dt.date(2024, 3, 8), lang="pt-BR",
        layouts=("statement-a4", "leaflet-a5"), organisation="Branch", author="Sec",
        place="Leeds", subtitle="A subtitle", tags=("single",))


@pytest.mark.parametrize("value, expected", [
    pytest.param("2019-11-23", dt.date(2019, 11, 23), id="yaml-date"),
    pytest.param("'2019-11-23'", dt.date(2019, 11, 23), id="quoted-date"),
    pytest.param("2019-11-23 18:30:00", dt.date(2019, 11, 23), id="datetime"),
])
def test_dates(tmp_path, value, expected):
    assert load(tmp_path, f"---\ntitle: x\ndate: {value}\n---\n").date == expected


def test_defaults_when_front_matter_is_silent(tmp_path):
    statement = load(tmp_path, "---\ntitle: Minimal\n---\n\nBody.\n", name="2020-05-01 May Day!.md")
    assert (statement.slug, statement.date, statement.lang, statement.layouts) == (
        "2020-05-01-may-day", None, "en", ("leaflet-a5",))
    assert (statement.organisation, statement.tags, statement.author, statement.place) == (
        "", (), "", "")


def test_statement_is_frozen(tmp_path):
    statement = load(tmp_path, "---\ntitle: x\n---\n")
    with pytest.raises(dataclasses.FrozenInstanceError):
        statement.title = "y"


WORKSPACE_CONFIG = Config(defaults=Defaults(lang="de", layouts=("statement-a4",), place="Köln"),
                          organisation=Organisation(name="X"))


def test_config_defaults_fill_in_what_front_matter_leaves_out(tmp_path):
    statement = load(tmp_path, "---\ntitle: t\n---\n", WORKSPACE_CONFIG)
    assert (statement.lang, statement.layouts, statement.organisation, statement.place) == (
        "de", ("statement-a4",), "X", "Köln")


def test_front_matter_overrides_config_defaults(tmp_path):
    statement = load(tmp_path, "---\ntitle: t\nlang: fr\nlayout: leaflet-a5\norganisation: Y\n"
                               "place: Paris\n---\n", WORKSPACE_CONFIG)
    assert (statement.lang, statement.layouts, statement.organisation, statement.place) == (
        "fr", ("leaflet-a5",), "Y", "Paris")


# --- demands -----------------------------------------------------------------------------

DEMANDS = [
    pytest.param("Body.\n\n::: demands\n- One\n- Two\n:::\n", "Body.\n", ("One", "Two"),
                 id="bullet-list"),
    pytest.param("Body.\n\n::: demands\n* One\n+ Two\n- Three\n:::\n", "Body.\n",
                 ("One", "Two", "Three"), id="mixed-bullets"),
    pytest.param("Body.\n\n::: demands\n1. One\n2) Two\n:::\n", "Body.\n", ("One", "Two"),
                 id="ordered-list"),
    pytest.param("Body.\n\n::: demands\nOne.\n\nTwo.\n\n\nThree.\n:::\n", "Body.\n",
                 ("One.", "Two.", "Three."), id="paragraph-per-demand"),
    pytest.param("Body.\n\n::: {.demands}\nOne\n\nTwo\n:::\n", "Body.\n", ("One", "Two"),
                 id="braced-class"),
    pytest.param("Body.\n\n::: { .demands #closing }\nOne\n:::\n", "Body.\n", ("One",),
                 id="braced-class-and-id"),
    pytest.param("Body.\n\n::::: demands\nOne\n:::::\n", "Body.\n", ("One",),
                 id="longer-fence"),
    pytest.param("Body.\n\n::: demands\n- Down with\n  the coup regime\n- For committees\n"
                 "of workers\n:::\n", "Body.\n",
                 ("Down with the coup regime", "For committees of workers"),
                 id="multi-line-list-items-joined"),
    pytest.param("Body.\n\n::: demands\n- One\n\n  still one\n- Two\n:::\n", "Body.\n",
                 ("One still one", "Two"), id="list-item-continuation-paragraph"),
    pytest.param("Body.\n\n::: demands\nWe call for   \n   the arming\n\nTwo\n:::\n", "Body.\n",
                 ("We call for the arming", "Two"), id="multi-line-paragraph-joined"),
    pytest.param("Intro.\n\n::: demands\nA\n:::\n\nAfter.\n", "Intro.\n\n\nAfter.\n", ("A",),
                 id="body-after-demands-kept"),
    pytest.param("\n\n  Just a body.\n\n\n", "Just a body.\n", (), id="no-demands-block"),
    pytest.param("Intro.\n\n::: note\nInside *note*\n:::\n\n::: demands\nA\n:::\n",
                 "Intro.\n\n::: note\nInside *note*\n:::\n", ("A",), id="nested-div-left-alone"),
    pytest.param(":::: note\n::: demands\nA\n:::\n::::\n", ":::: note\n::: demands\nA\n:::\n::::\n",
                 (), id="demands-inside-another-div-is-not-the-slogan-block"),
    pytest.param("B.\n\n::: demands\nLöhne rauf\n\n1. Mai: Heraus\n\n- 5 % ist zu wenig\n:::\n",
                 "B.\n", ("Löhne rauf", "1. Mai: Heraus", "- 5 % ist zu wenig"),
                 id="paragraph-demands-starting-like-list-items-stay-text"),
    pytest.param("B.\n\n::: demands\n1. Mai: alle auf die Straße\n:::\n", "B.\n",
                 ("1. Mai: alle auf die Straße",), id="a-lone-numbered-line-is-a-date"),
    pytest.param("B.\n\n::: demands\nWir fordern mehr\n- und zwar sofort\n\nZwei\n:::\n", "B.\n",
                 ("Wir fordern mehr - und zwar sofort", "Zwei"), id="dash-inside-a-paragraph"),
    pytest.param("B.\n\n::: demands\n1. Mai: Heraus\n\nLöhne rauf\n:::\n", "B.\n",
                 ("1. Mai: Heraus", "Löhne rauf"), id="first-paragraph-numbered"),
    pytest.param("B.\n\n::: demands\n- Only one\n:::\n", "B.\n", ("Only one",),
                 id="a-one-item-bullet-list"),
]


@pytest.mark.parametrize("body, rest, demands", DEMANDS)
def test_split_demands(body, rest, demands):
    assert split_demands(Path("s.md"), body) == (rest, demands)


DEMAND_ERRORS = [
    pytest.param("Intro.\n\n::: demands\nA\n", 12,
                 "has a ':::' block that is never closed; add a ':::' line",
                 id="unclosed-demands"),
    pytest.param("::: note\n::: inner\nx\n:::\n", 10,
                 "has a ':::' block that is never closed; add a ':::' line",
                 id="unclosed-outer-div"),
    pytest.param("Body.\n\n:::\n", 12, "has a ':::' line that closes no block",
                 id="stray-closing-fence"),
    pytest.param("::: note\nx\n:::\n:::\n", 13, "has a ':::' line that closes no block",
                 id="one-close-too-many"),
    pytest.param("::: demands\nA\n:::\n\n::: demands\nB\n:::\n", 14,
                 "has a second '::: demands' block; put every demand in one",
                 id="two-demands-blocks"),
    pytest.param("x\n\n::: demands\n\n:::\n", 12, "'::: demands' block is empty",
                 id="empty-demands"),
    pytest.param("::: {.demands}\n   \n:::\n", 10, "'::: demands' block is empty",
                 id="blank-demands"),
]


@pytest.mark.parametrize("body, line, reason", DEMAND_ERRORS)
def test_split_demands_errors_give_the_file_line(body, line, reason):
    path = Path("sources/x.md")
    with pytest.raises(SourceError) as info:
        split_demands(path, body, 10)
    assert (info.value.line, info.value.reason) == (line, reason)
    assert str(info.value) == f"sources/x.md:{line}: {reason}"


def test_demand_errors_count_lines_from_the_top_of_the_file(tmp_path):
    #        1     2           3     4   5        6   7              8
    text = "---\ntitle: T\n---\n\nBody.\n\n::: demands\nA\n"
    path, error = load_error(tmp_path, text)
    assert str(error) == (f"{path}:7: has a ':::' block that is never closed; "
                          "add a ':::' line")


def test_loaded_statement_has_body_and_demands_apart(tmp_path):
    statement = load(tmp_path, "---\ntitle: T\n---\n\nFirst.\n\nSecond.\n\n"
                               "::: demands\n- Stop it\n- Start that\n:::\n")
    assert statement.body == "First.\n\nSecond.\n"
    assert statement.demands == ("Stop it", "Start that")


def test_div_with_id_first_is_left_alone():
    body = "Intro.\n\n::: {#box .note}\nInside.\n:::\n"
    assert split_demands(Path("s.md"), body) == (body, ())


def test_opening_fence_with_trailing_colons():
    body = "Intro.\n\n::: demands :::\nA\n:::\n"
    assert split_demands(Path("s.md"), body) == ("Intro.\n", ("A",))


# --- many files ---------------------------------------------------------------------------

def test_load_all_collects_problems_instead_of_stopping(tmp_path):
    good1 = write(tmp_path, "---\ntitle: One\n---\n", "a.md")
    bad = write(tmp_path, "no front matter\n", "b.md")
    good2 = write(tmp_path, "---\ntitle: Two\n---\n", "c.md")
    missing = tmp_path / "d.md"
    statements, problems = load_all([good1, bad, good2, missing], Config())
    assert [s.title for s in statements] == ["One", "Two"]
    assert [(p.path, p.line) for p in problems] == [(bad, 1), (missing, None)]
    assert all(isinstance(p, SourceError) for p in problems)


def test_load_all_of_nothing():
    assert load_all([], Config()) == ([], [])


@pytest.mark.parametrize("text, slug", [
    pytest.param("On the coup in Bolivia", "on-the-coup-in-bolivia", id="words"),
    pytest.param("2019-11-23-coup-in-bolivia", "2019-11-23-coup-in-bolivia", id="already-a-slug"),
    pytest.param("Grève générale: NOW!", "greve-generale-now", id="accents-and-punctuation"),
    pytest.param("  --Hands   off__the library--  ", "hands-off-the-library", id="trimmed"),
    pytest.param("Straße", "strasse", id="transliterated"),
    pytest.param("Солидарность", "solidarnost", id="cyrillic"),
    pytest.param("التضامن", "ltdmn", id="arabic"),
    pytest.param("Αλληλεγγύη", "alleleggue", id="greek"),
    pytest.param("¡¿!?", "statement", id="nothing-left"),
    pytest.param("中文", "zhong-wen", id="chinese"),
    pytest.param("a" * 150, "a" * 100, id="capped-at-100"),
])
def test_slugify(text, slug):
    assert slugify(text) == slug
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", slugify(text))


# --- the seed statement -------------------------------------------------------------------

def normalise(text: str) -> str:
    return " ".join(text.split())


def test_seed_statement_loads():
    statement = load_statement(SEED_SOURCE, Config())
    assert statement.title == "On the coup in Bolivia"
    assert statement.date == dt.date(2019, 11, 23)
    assert (statement.lang, statement.tags) == ("en", ("bolivia",))
    assert statement.slug == "2019-11-23-coup-in-bolivia"
    assert statement.demands == SEED_DEMANDS
    assert statement.demands[2] == "Down with the coup regime"
    assert ":::" not in statement.body
    assert "Down with the coup regime" not in statement.body
    assert len(statement.body.strip().split("\n\n")) == 3


def test_seed_body_is_the_original_text_word_for_word():
    if not SEED_TEXT.is_file():
        pytest.skip(f"{SEED_TEXT} is not there")
    paragraphs = [p for p in SEED_TEXT.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    # title, three paragraphs of argument, five demands, the date
    assert len(paragraphs) == 10
    statement = load_statement(SEED_SOURCE, Config())
    assert normalise(statement.title) == normalise(paragraphs[0])
    assert normalise(statement.body) == normalise(" ".join(paragraphs[1:4]))
    assert [normalise(d) for d in statement.demands] == [normalise(p) for p in paragraphs[4:9]]
