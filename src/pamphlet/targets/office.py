"""The office target: for an office printer. A4 sheets; A5 pages imposed 2-up (two copies,
cut in half), a four-page A5 leaflet on one sheet to fold, a book as folded booklets; A4 pages (a placard too) as they are; a
larger placard, with ``--tile a4``, cut into A4 pieces to glue together; nothing within
5 mm of the sheet's edge."""

from __future__ import annotations

from dataclasses import dataclass

from pamphlet.errors import ConfigError
from pamphlet.render.html import TargetStyle
from pamphlet.render.layouts import Layout
from pamphlet.targets.base import CheckContext, Finished, Finding, Output, Target
from pamphlet.targets.checks import close, colour_finding, page_sizes

#: Everything stays this far inside the sheet's edge (printers cannot print to the edge):
#: colour bands that would run off the trim stop here instead.
OFFICE_INSET_MM = 5.0
#: Inside an inset band, text keeps at least this much colour above it.
BAND_PADDING_MM = 2.5
A4_SHEETS = ((297.0, 210.0), (210.0, 297.0))


#: What to tell the printer for a placard: one page a sheet, one-sided.
ONE_SIDED = "print on A4, one-sided"


def is_a4(layout: Layout) -> bool:
    return layout.size_name in ("A4", "A4 landscape")


@dataclass(frozen=True)
class OfficeSettings:
    #: The sheet a larger page is cut into pieces for (``--tile a4``), or None.
    tile: str | None = None


class OfficeTarget(Target):
    name = "office"
    summary = "for an office printer: A4 sheets, A5 pages 2-up or as booklets"

    def settings(self, workspace, printer_name, tile: str | None = None) -> OfficeSettings:
        from pamphlet.pdf.tile import SHEETS

        if tile is not None and tile not in SHEETS:
            raise ConfigError(f"--tile: expected {' or '.join(SHEETS)}, got {tile!r}")
        return OfficeSettings(tile)

    def supports(self, layout: Layout, settings: OfficeSettings | None = None) -> str | None:
        from pamphlet.pdf.impose import fits_two_up

        if fits_two_up(layout.page.width_mm, layout.page.height_mm) or is_a4(layout):
            return None
        if layout.poster is not None and settings is not None and settings.tile:
            return None
        hint = "; add --tile a4 to print it in pieces" if layout.poster is not None else ""
        return (f"the office target prints A4 sheets: {layout.name} ({layout.size_name}) is "
                f"neither A4 nor small enough for 2-up{hint}")

    def style(self, config, settings) -> TargetStyle:
        return TargetStyle(band_reach_mm=-OFFICE_INSET_MM, inset_pad_mm=BAND_PADDING_MM,
                           colours=f"--brand: {config.brand.rgb}; --ink: #000; --paper: #fff;",
                           floods=False, bands=config.office.band)

    def finish(self, result, layout, settings) -> Finished:
        from pamphlet.pdf.impose import (DUPLEX_LONG_EDGE, DUPLEX_SHORT_EDGE, SHEET_FOLD,
                                         impose_folded, impose_two_up)
        from pamphlet.pdf.xmp import with_qr_urls

        if not is_a4(layout) and layout.poster is not None and settings and settings.tile:
            from pamphlet.pdf.qrscan import find_qr_codes
            from pamphlet.pdf.tile import TILE_NOTE, tile_pages

            keep = tuple((c.box_mm[0] - 4 * c.module_mm, c.box_mm[1] - 4 * c.module_mm,
                          c.box_mm[2] + 4 * c.module_mm, c.box_mm[3] + 4 * c.module_mm)
                         for c in (find_qr_codes(result.pdf, 0) if result.qr_urls else ()))
            tiled, grids = tile_pages(result.pdf, settings.tile, keep)
            shapes = [f"{len(g.columns)} x {len(g.rows)}" for g in grids]
            sheets = sum(len(g.columns) * len(g.rows) for g in grids)
            paper = settings.tile.upper()
            note = (f"{sheets // len(grids)} {paper} sheets a page ({shapes[0]})"
                    if len(set(shapes)) == 1 else
                    f"{sheets} {paper} sheets ({', '.join(shapes)})") + f"; {TILE_NOTE}"
            return Finished([Output(".pdf", with_qr_urls(tiled, result.qr_urls * sheets))],
                            note)
        if is_a4(layout):
            note = ONE_SIDED if layout.poster is not None else DUPLEX_LONG_EDGE
            return Finished([Output(".pdf", with_qr_urls(result.pdf, result.qr_urls))], note)
        if layout.budget.exact == 4 == result.page_count:  # a folded leaflet: one sheet
            return Finished([Output(".pdf", with_qr_urls(impose_folded(result.pdf),
                                                          result.qr_urls))], SHEET_FOLD)
        imposed = impose_two_up(result.pdf)
        return Finished([Output(".pdf", with_qr_urls(imposed, result.qr_urls * 2))],
                        DUPLEX_SHORT_EDGE)

    def book_page_multiple(self, layout: Layout) -> int:
        return 1 if is_a4(layout) else 4  # A5: folded booklets of A4 sheets

    def finish_book(self, result, layout, settings, booklet_max_pages: int) -> Finished:
        """An A5 book as saddle-stitched booklets (several when one staple cannot hold it)."""
        from pamphlet.pdf.impose import BOOKLET_FOLD, impose_booklets

        if is_a4(layout):
            return Finished([Output(".pdf", result.pdf)])
        booklets = impose_booklets(result.pdf, booklet_max_pages)
        if len(booklets) == 1:
            return Finished([Output(".pdf", booklets[0])], BOOKLET_FOLD)
        note = (f"{BOOKLET_FOLD}\n{result.page_count} pages are too many for one staple: "
                f"{len(booklets)} booklets of at most {booklet_max_pages} pages each")
        return Finished([Output(f".booklet-{n}.pdf", pdf) for n, pdf in enumerate(booklets, 1)],
                        note)

    def check_pdf(self, facts, context: CheckContext) -> list[Finding]:
        problems = [f"page {number}: sheet is {size[0]:.0f}x{size[1]:.0f} mm, not A4"
                    for number, size in page_sizes(facts)
                    if not any(close(size, sheet) for sheet in A4_SHEETS)]
        return [Finding.of("page-size", not problems, "; ".join(problems[:3]) or
                           f"every page fits {context.layout.name} for {self.name}"),
                colour_finding(facts)]
