"""The outside reference: the same leaflets and book set by Typst (the `typst` package).

The Typst documents are written to match pamphlet's layouts in what costs time: A5 pages
with the same margins, the same bundled fonts (and no system fonts), justified and
hyphenated body text, the title, a brand-colour slogan band, an imprint; the book has a
contents outline, statements opening on odd pages, running heads and folios.
"""

from __future__ import annotations

import re
from pathlib import Path

PREAMBLE = """#set page(width: 148mm, height: 210mm, margin: (top: 14mm, x: 15mm, bottom: 15mm))
#set text(font: "Noto Serif", size: 10.5pt, lang: "en", hyphenate: true)
#set par(justify: true, leading: 0.55em, first-line-indent: 1em, spacing: 0.55em)
"""


def _escape(text: str) -> str:
    return re.sub(r"([#\\[\\]*_`$<>@\\\\])", r"\\\\\\1", text)


def _statement(title: str, date: str, paragraphs: list[str], demands: list[str]) -> str:
    body = "\n\n".join(_escape(p) for p in paragraphs)
    slogans = " \\\n".join(f"#upper[{_escape(d)}]" for d in demands)
    return f"""#text(font: "Noto Sans", weight: "black", stretch: 75%, size: 32pt)[{_escape(title)}]

#text(font: "Noto Sans", weight: "semibold", stretch: 75%, size: 8.5pt, fill: rgb("#e2231a"))[{date}]

{body}

#block(fill: rgb("#e2231a"), width: 100%, inset: 5mm, breakable: false)[
#set text(font: "Noto Sans", weight: "black", stretch: 75%, size: 13pt, fill: white)
{slogans}
]
"""


def leaflet_source(title: str, date: str, paragraphs: list[str], demands: list[str]) -> str:
    return PREAMBLE + _statement(title, date, paragraphs, demands) + \
        '\n#text(size: 6.5pt)[Published by B. Mark, 1 Test Road]\n'


def book_source(statements: list[tuple[str, str, list[str], list[str]]]) -> str:
    parts = [PREAMBLE.replace("#set page(", "#set page(numbering: \"1\", header: context "
                              "[#set text(size: 7pt); #upper[Statements]], ")]
    parts.append('#outline(title: "Contents")\n')
    for title, date, paragraphs, demands in statements:
        parts.append('#pagebreak(to: "odd")\n= ' + _escape(title) + "\n")
        parts.append(_statement("", date, paragraphs, demands))
    return "\n".join(parts)


def compile_file(source: str, folder: Path, name: str, fonts: Path) -> bytes:
    import typst

    path = folder / f"{name}.typ"
    path.write_text(source, encoding="utf-8")
    return typst.compile(str(path), font_paths=[str(fonts)], ignore_system_fonts=True)
