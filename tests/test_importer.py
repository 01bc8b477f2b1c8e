"""`pamphlet import`: plain text in, a Markdown source out."""

from __future__ import annotations

import datetime as dt

import pytest
from typer.testing import CliRunner

from conftest import SEED, SHARED
from pamphlet.cli import app
from pamphlet.config.workspace import Config
from pamphlet.errors import SourceError
from pamphlet.load.importer import import_text, parse_date, split_trailing_demands
from pamphlet.load.sources import load_statement

SEED_TEXT = SHARED / "seeds/000_4295f32904a35c45.txt"
BODY = ("The council has decided to close three libraries and two day centres, and it did so "
        "without asking a single user. The decision was taken in a closed session, the papers "
        "were published after the vote, and the consultation that the law requires was held "
        "over the summer holidays when nobody was there to answer it. We think this is wrong.")


@pytest.mark.skipif(not SEED_TEXT.is_file(), reason="the shared seed is not here")
def test_importing_the_seed_gives_the_statement_in_sources(tmp_path):
    result = import_text(SEED_TEXT)
    out = tmp_path / "seed.md"
    out.write_text(result.to_markdown("en"))
    imported = load_statement(out, Config())
    ours = load_statement(SEED, Config())
    assert (imported.title, imported.date, imported.body, imported.demands) == (
        ours.title, ours.date, ours.body, ours.demands)
    assert result.report()[:4] == ["title: On the coup in Bolivia",
                                   "date: 2019-11-23 (from '23 Nov 2019')",
                                   "body: 3 paragraph(s)", "demands: 5"]


@pytest.mark.parametrize("text, expected", [
    ("23 Nov 2019", dt.date(2019, 11, 23)),
    ("29 June 2007", dt.date(2007, 6, 29)),
    ("2019-11-23", dt.date(2019, 11, 23)),
    ("23/11/2019", dt.date(2019, 11, 23)),
    ("23.11.2019", dt.date(2019, 11, 23)),
    ("1st May 2020", dt.date(2020, 5, 1)),
    ("November 23, 2019", dt.date(2019, 11, 23)),
    ("Sept. 3 2021", dt.date(2021, 9, 3)),
    ("31/02/2019", None),
    ("Down with the coup regime", None),
    ("23 Brumaire 2019", None),
])
def test_date_forms(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("date_line", ["23 Nov 2019", "29 June 2007", "2019-11-23",
                                       "23/11/2019"])
def test_import_finds_the_trailing_date(tmp_path, date_line):
    path = tmp_path / "s.txt"
    path.write_text(f"A title\n\n{BODY}\n\n{BODY}\n\nStop the closures.\n\n{date_line}\n")
    result = import_text(path)
    assert result.date == parse_date(date_line)
    assert result.demands == ["Stop the closures."]
    assert len(result.body) == 2


def test_undated_statement_is_accepted_and_reported(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(f"A title\n\n{BODY}\n\nStop the closures.\n")
    result = import_text(path)
    assert result.date is None
    assert "date: none found; the statement is accepted without one" in result.report()
    assert "date:" not in result.to_markdown("en").split("---")[1]


def test_when_it_cannot_tell_it_says_so_and_keeps_the_body(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("Short title\n\nOne short line.\n\nAnother short line.\n\nA third.\n")
    result = import_text(path)
    assert result.demands == []
    assert result.body == ["One short line.", "Another short line.", "A third."]
    assert any("cannot tell" in note for note in result.report())


def test_long_closing_paragraphs_are_not_demands():
    body, demands, note = split_trailing_demands([BODY, BODY, BODY])
    assert demands == [] and "no short closing paragraphs" in note


def test_quotes_become_typographic_and_markup_stays_text(tmp_path):
    path = tmp_path / "s.txt"
    path.write_text(f"The \"fair\" rent\n\n- not a list item\n\n{BODY} They said \"no\" and "
                    "it's *final* - #1.\n\nRepeal it now.\n")
    result = import_text(path)
    assert result.title == "The \u201cfair\u201d rent"
    markdown = result.to_markdown("en")
    assert "They said \u201cno\u201d and it\u2019s \\*final\\*" in markdown
    assert "\n\\- not a list item\n" in markdown
    source = tmp_path / "s.md"
    source.write_text(markdown)
    statement = load_statement(source, Config())
    assert statement.title == "The \u201cfair\u201d rent"
    assert statement.demands == ("Repeal it now.",)


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\x00\x01binary", "is a binary file"),
    (b"Only a title\n", "has a title but no body"),
])
def test_bad_plain_text(tmp_path, content, message):
    path = tmp_path / "s.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message):
        import_text(path)


def test_cli_writes_the_file_and_never_overwrites(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.txt").write_text(f"A title\n\n{BODY}\n\nStop it.\n\n23 Nov 2019\n")
    runner = CliRunner()
    result = runner.invoke(app, ["import", "s.txt", "-o", "s.md"])
    assert result.exit_code == 0, result.output
    assert "import: demands: 1" in result.output
    assert (tmp_path / "s.md").read_text().startswith("---\ntitle: A title\ndate: 2019-11-23\n")
    again = runner.invoke(app, ["import", "s.txt", "-o", "s.md"])
    assert again.exit_code == 1 and "already exists; pass --force" in again.output
    printed = runner.invoke(app, ["import", "s.txt"])
    assert printed.exit_code == 0 and "::: demands\nStop it.\n:::" in printed.output
