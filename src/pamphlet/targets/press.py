"""The print target: for a print shop. PDF/X (the printer profile's variant), every colour
CMYK (text 100 % K), the trim box at the layout's size, the profile's bleed, crop marks in
registration colour outside it, the output intent of its ICC profile, an imprint required."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pamphlet.config.workspace import Config, PrinterProfile, Workspace
from pamphlet.errors import ConfigError, PamphletError
from pamphlet.render.html import TargetStyle
from pamphlet.resources import BUILTIN_ICC, icc_dir
from pamphlet.targets.base import CheckContext, Finished, Finding, Output, Target
from pamphlet.targets.checks import TOLERANCE_MM, close, size_of, trim_of
from pamphlet.typeset.options import TypesetOptions
from pamphlet.units import MM


@dataclass(frozen=True)
class PressSettings:
    """What the print target needs beyond a statement: the profile and its ICC file."""

    printer: PrinterProfile
    icc_path: Path


class PrintTarget(Target):
    name = "print"
    summary = "for a print shop: PDF/X, CMYK, bleed and crop marks"
    separate_cover = True
    imprint_required = True

    def settings(self, workspace: Workspace, printer_name: str | None,
                 tile: str | None = None) -> PressSettings:
        """The printer profile and its ICC file (a workspace file must be a CMYK profile)."""
        printer = workspace.config.printer(printer_name)
        if printer.icc in BUILTIN_ICC:
            return PressSettings(printer, icc_dir() / BUILTIN_ICC[printer.icc])
        icc_path = (workspace.root / printer.icc).resolve()
        if not icc_path.is_relative_to(workspace.root.resolve()) or not icc_path.is_file():
            raise ConfigError(f"{workspace.config_path}: printers.{printer.name}.icc: no ICC "
                              f"profile '{printer.icc}' in the workspace (built in: "
                              f"{', '.join(BUILTIN_ICC)})")
        _check_cmyk_profile(workspace, printer, icc_path)
        return PressSettings(printer, icc_path)

    def ready(self, workspace: Workspace, settings: PressSettings) -> None:
        """A print build needs a complete imprint (unless the profile waives it)."""
        imprint, printer = workspace.config.imprint, settings.printer
        if not printer.require_imprint or imprint.complete:
            return
        missing = [name for name in ("promoter", "printer") if not getattr(imprint, name)]
        problems = ([f"{', '.join(missing)} missing"] if missing else []) + (
            [f"{', '.join(imprint.placeholders)} still a placeholder"]
            if imprint.placeholders else [])
        raise ConfigError(f"the print target needs an imprint ({'; '.join(problems)}): fill "
                          f"in [imprint] promoter and printer in pamphlet.toml, or set "
                          f"require_imprint = false in [printers.{printer.name}]")

    def files(self, settings: PressSettings) -> list[Path]:
        return [settings.icc_path]

    def relocated(self, settings: PressSettings, old_root: Path, new_root: Path):
        if settings.printer.icc in BUILTIN_ICC:
            return PressSettings(settings.printer, icc_dir() / BUILTIN_ICC[settings.printer.icc])
        return PressSettings(settings.printer,
                             new_root / settings.icc_path.relative_to(old_root))

    def typeset_options(self, layout, settings: PressSettings, strict: bool) -> TypesetOptions:
        return TypesetOptions(pdf_variant=settings.printer.variant.value, strict=strict,
                              cmyk_profile=settings.icc_path)

    def style(self, config: Config, settings: PressSettings) -> TargetStyle:
        """Bands run into the bleed; colours in CMYK, text 100 % K."""
        c, m, y, k = (value / 100 for value in config.brand.cmyk)
        return TargetStyle(band_reach_mm=settings.printer.bleed_mm, inset_pad_mm=0,
                           colours=f"--brand: device-cmyk({c:g} {m:g} {y:g} {k:g}); "
                                   "--ink: device-cmyk(0 0 0 1); --paper: device-cmyk(0 0 0 0);",
                           svg_ink="device-cmyk(0 0 0 1)", svg_paper="device-cmyk(0 0 0 0)")

    def finish(self, result, layout, settings: PressSettings) -> Finished:
        """Refuse images below the profile's resolution; then boxes, marks and intent."""
        return Finished([Output(".pdf", self._finished(result, settings))])

    def finish_cover(self, result, layout, settings: PressSettings, folds_mm) -> bytes:
        """The cover as any print file, with fold marks at the spine outside the bleed."""
        return self._finished(result, settings, folds_mm)

    def _finished(self, result, settings: PressSettings, folds_mm=()) -> bytes:
        from pamphlet.pdf.inspect import placed_images
        from pamphlet.pdf.pdfx import finish_for_press

        printer = settings.printer
        for image in placed_images(result.pdf):
            if image.ppi < printer.min_ppi:
                raise PamphletError(
                    f"an image on page {image.page} is {image.ppi:.0f} ppi at its placed size "
                    f"({image.width_px}x{image.height_px} px over {image.width_pt / MM:.0f}x"
                    f"{image.height_pt / MM:.0f} mm); printer profile '{printer.name}' needs "
                    f"{printer.min_ppi} ppi: use a larger image or place it smaller")
        return finish_for_press(result.pdf, printer, result.identifier, settings.icc_path,
                                result.qr_urls, folds_mm)

    def min_ppi(self, context: CheckContext) -> tuple[int, bool]:
        return context.workspace.config.printer(context.extra.get("printer")).min_ppi, False

    def check_pdf(self, facts, context: CheckContext) -> list[Finding]:
        return [_boxes(facts, context), _colours(facts), _output_intent(facts)]


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


def _boxes(facts, context: CheckContext) -> Finding:
    trim = trim_of(context.layout)
    bleed = context.workspace.config.printer(context.extra.get("printer")).bleed_mm
    problems = []
    for number, boxes in enumerate(facts.page_boxes, 1):
        if "TrimBox" not in boxes or not close(size_of(boxes["TrimBox"]), trim):
            problems.append(f"page {number}: TrimBox is not {trim[0]:g}x{trim[1]:g} mm")
            continue
        box, t = boxes.get("BleedBox", boxes["MediaBox"]), boxes["TrimBox"]
        real = min(t[0] - box[0], t[1] - box[1], box[2] - t[2], box[3] - t[3])
        if real < bleed - TOLERANCE_MM:
            problems.append(f"page {number}: bleed {real:.1f} mm, the profile needs "
                            f"{bleed:g} mm")
    return Finding.of("page-size", not problems, "; ".join(problems[:3]) or
                      f"every page fits {context.layout.name} for print")


def _colours(facts) -> Finding:
    families = sorted(facts.colour_families)
    bad = [f for f in families if f in ("RGB", "Lab", "Unknown")]
    return Finding.of("colour", not bad, f"uses {', '.join(families) or 'no colour'}"
                      + (f"; {', '.join(bad)} is not allowed in print, use CMYK" if bad else ""))


def _output_intent(facts) -> Finding:
    intents = facts.output_intents
    good = any(i["subtype"] == "/GTS_PDFX" and i["components"] == 4 for i in intents)
    return Finding.of("output-intent", good, ", ".join(str(i["condition"]) for i in intents)
                      or "no PDF/X output intent with a CMYK profile")
