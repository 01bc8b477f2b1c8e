"""Titles broken by sense: after a colon, never inside a number range or a name; running
heads shortened with an ellipsis."""

from pamphlet.render.html import balanced_title
from pamphlet.render.layouts import TitleFit
from pamphlet.render.measure import shortened, title_lines, MM

BOOK = TitleFit(min_pt=20, max_pt=26, max_lines=3)


def test_a_line_ends_at_the_colon():
    _, lines = title_lines("Statement to the Labour Movement: Stand in Solidarity with the "
                           "Striking Dockers", BOOK, 115)
    assert any(line.endswith("Movement:") for line in lines), lines
    assert not any(line.endswith("Labour") for line in lines), lines  # nor inside the name
    _, lines = title_lines("Rents 2016–2025: A Decade of Rises", BOOK, 90)
    assert lines[0].endswith(":"), lines


def test_a_title_past_its_lines_still_breaks_at_its_colon():
    title = ("The port belongs to the people who work it: a reply to the authority's "
             "consultation on the sale of the northern quay")
    _, lines = title_lines(title, BOOK, 115)
    assert any(line.endswith("it:") for line in lines), lines
    assert len(lines) <= BOOK.max_lines + 2


def test_a_number_range_is_never_broken():
    size, html = balanced_title("What we said, 2016–2025", TitleFit(24, 36, 4), 112)
    assert '<span class="nobr">2016–2025</span>' in html
    _, lines = title_lines("What we said, 2016–2025", TitleFit(24, 36, 4), 112)
    assert lines == ["What we said,", "2016–2025"]


def test_a_name_in_a_sentence_case_title_stays_on_one_line():
    _, lines = title_lines("Solidarity with Maria Fernández and the cleaners",
                           TitleFit(30, 34, 3), 112)
    assert not any(line.endswith("Maria") for line in lines), lines


def test_running_heads_are_shortened_at_a_word_with_an_ellipsis():
    title = ("The port belongs to the people who work it: a reply to the authority's "
             "consultation on the sale of the northern quay")
    head = shortened(title, 8.5, 80 * MM, 0.06)
    assert head.endswith("…") and title.startswith(head[:-1]) and len(head) < 60
    assert head[:-1].split()[-1] not in {"the", "to", "a", "of"}
    assert shortened("Repairs now", 8.5, 80 * MM) == "Repairs now"
