"""What each output target asks of the pipeline: typeset options and finishing.

screen: RGB, tagged PDF/UA-1. print: PDF/X for a print shop (printer profile, ICC output
intent, bleed, marks, imprint required). office: A4 sheets, A5 pages 2-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pamphlet.config.workspace import Config, PrinterProfile, Target, Workspace
from pamphlet.errors import ConfigError, PamphletError
from pamphlet.render.layouts import Layout
from pamphlet.render.measure import MM
from pamphlet.resources import BUILTIN_ICC, icc_dir


@dataclass(frozen=True)
class PressSettings:
    """What the print target needs beyond a statement: the profile and its ICC file."""

    printer: PrinterProfile
    icc_path: Path


def press_settings(workspace: Workspace, printer_name: str | None) -> PressSettings:
    """The printer profile for a print build, its ICC file, and the imprint it requires."""
    config = workspace.config
    printer = config.printer(printer_name)
    _check_imprint(config, printer)
    if printer.icc in BUILTIN_ICC:
        icc_path = icc_dir() / BUILTIN_ICC[printer.icc]
    else:
        icc_path = (workspace.root / printer.icc).resolve()
        if not icc_path.is_relative_to(workspace.root.resolve()) or not icc_path.is_file():
            raise ConfigError(f"{workspace.config_path}: printers.{printer.name}.icc: no ICC "
                              f"profile '{printer.icc}' in the workspace (built in: "
                              f"{', '.join(BUILTIN_ICC)})")
        _check_cmyk_profile(workspace, printer, icc_path)
    return PressSettings(printer, icc_path)


def _check_cmyk_profile(workspace: Workspace, printer: PrinterProfile, path: Path) -> None:
    """An output intent needs a CMYK output (printer) profile, not any file."""
    from PIL import ImageCms

    try:
        profile = ImageCms.getOpenProfile(str(path)).profile
        ok = profile.xcolor_space.strip() == "CMYK" and profile.device_class == "prtr"
    except (OSError, ImageCms.PyCMSError):
        ok = False
    if not ok:
        raise ConfigError(f"{workspace.config_path}: printers.{printer.name}.icc: "
                          f"'{printer.icc}' is not a CMYK output (printer) ICC profile")


def _check_imprint(config: Config, printer: PrinterProfile) -> None:
    imprint = config.imprint
    if not printer.require_imprint or imprint.complete:
        return
    missing = [name for name in ("promoter", "printer") if not getattr(imprint, name)]
    problems = ([f"{', '.join(missing)} missing"] if missing else []) + (
        [f"{', '.join(imprint.placeholders)} still a placeholder"] if imprint.placeholders else [])
    raise ConfigError(f"the print target needs an imprint ({'; '.join(problems)}): fill in "
                      f"[imprint] promoter and printer in pamphlet.toml, or set "
                      f"require_imprint = false in [printers.{printer.name}]")


def typeset_options(target: Target, layout: Layout, press: PressSettings | None, strict: bool):
    """The WeasyPrint side of a target, as ``TypesetOptions``."""
    from pamphlet.typeset.engine import TypesetOptions

    if target is Target.PRINT:
        assert press is not None
        return TypesetOptions(pdf_variant=press.printer.variant.value, strict=strict,
                              cmyk_profile=press.icc_path)
    if target is Target.OFFICE:
        _check_office_size(layout)
        return TypesetOptions(strict=strict)
    return TypesetOptions(pdf_variant="pdf/ua-1", strict=strict)  # screen: tagged


def finish(pdf: bytes, identifier: str, target: Target, layout: Layout,
           press: PressSettings | None) -> tuple[bytes, str]:
    """The finished PDF for ``target`` and what to tell the user about printing it."""
    if target is Target.PRINT:
        return _finish_for_press(pdf, identifier, press), ""
    if target is Target.OFFICE:
        return _finish_for_office(pdf, layout)
    return pdf, ""


def is_a4(layout: Layout) -> bool:
    return layout.size_name == "A4"


def _check_office_size(layout: Layout) -> None:
    from pamphlet.pdf.pdfx import fits_two_up

    page = layout.page
    if not (fits_two_up(page.width_mm, page.height_mm) or is_a4(layout)):
        raise PamphletError(f"the office target prints A4 sheets: {layout.name} "
                            f"({layout.size_name}) is neither A4 nor small enough for 2-up")


def _finish_for_office(pdf: bytes, layout: Layout) -> tuple[bytes, str]:
    from pamphlet.pdf.pdfx import DUPLEX_LONG_EDGE, DUPLEX_SHORT_EDGE, impose_two_up

    if is_a4(layout):
        return pdf, DUPLEX_LONG_EDGE
    return impose_two_up(pdf), DUPLEX_SHORT_EDGE


def _finish_for_press(pdf: bytes, identifier: str, press: PressSettings) -> bytes:
    from pamphlet.pdf.pdfx import finish_for_press
    from pamphlet.pdf.inspect import placed_images

    for image in placed_images(pdf):
        if image.ppi < press.printer.min_ppi:
            raise PamphletError(
                f"an image on page {image.page} is {image.ppi:.0f} ppi at its placed size "
                f"({image.width_px}x{image.height_px} px over {image.width_pt / MM:.0f}x"
                f"{image.height_pt / MM:.0f} mm); printer profile '{press.printer.name}' needs "
                f"{press.printer.min_ppi} ppi: use a larger image or place it smaller")
    return finish_for_press(pdf, press.printer, identifier, press.icc_path)
