"""Helpers the targets' preflight checks share: page sizes from a PDF's facts, in mm."""

from __future__ import annotations

from collections.abc import Iterator

from pamphlet.render.layouts import Layout
from pamphlet.targets.base import Finding

#: How far a page size may be from the layout's (rounding in PDF writers).
TOLERANCE_MM = 0.5


def trim_of(layout: Layout) -> tuple[float, float]:
    return layout.page.width_mm, layout.page.height_mm


def size_of(box) -> tuple[float, float]:
    return box[2] - box[0], box[3] - box[1]


def close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return all(abs(x - y) <= TOLERANCE_MM for x, y in zip(a, b))


def page_sizes(facts, box: str = "MediaBox") -> Iterator[tuple[int, tuple[float, float]]]:
    """(page number, size of ``box``) for every page that has it."""
    for number, boxes in enumerate(facts.page_boxes, 1):
        if box in boxes:
            yield number, size_of(boxes[box])


def colour_finding(facts) -> Finding:
    """The colour families a PDF uses, as a passing finding (screen and office)."""
    families = sorted(facts.colour_families)
    return Finding.of("colour", True, f"uses {', '.join(families) or 'no colour'}")


#: Everything that must survive trimming stays this far inside the trim (LEAFLET-BRIEF).
SAFE_AREA_MM = 5.0


def qr_findings(data: bytes) -> list[Finding]:
    """What `pamphlet check` says of the QR codes a PDF records in its XMP metadata: each
    decodes to its URL, is at least 18 mm wide with modules of at least 0.4 mm, has its
    light quiet zone on paper white, lies inside the safe area; a dense code (past
    version 6) is a warning. A PDF that records no code is not searched."""
    from pamphlet.pdf.qrscan import QUIET_MODULES, find_qr_codes
    from pamphlet.pdf.xmp import recorded_qr_urls
    from pamphlet.render.qr import HARD_MIN_MODULE_MM, MIN_SIZE_MM, WARN_VERSION

    expected = recorded_qr_urls(data)
    if not expected:
        return [Finding.of("qr-decode", True, "no QR code recorded")]
    codes = find_qr_codes(data, SAFE_AREA_MM)
    texts = {code.text for code in codes}
    missing = [url for url in dict.fromkeys(expected) if url not in texts]
    foreign = sorted(texts - set(expected))
    findings = [Finding.of(
        "qr-decode", bool(codes) and not missing and not foreign,
        f"{len(codes)} code(s) decode to {', '.join(sorted(texts)) or 'nothing'}"
        + (f"; none decodes to {', '.join(missing)}" if missing else "")
        + (f"; not recorded: {', '.join(foreign)}" if foreign else ""))]
    if not codes:
        return findings

    def where(code) -> str:
        return f"page {code.page} at {code.box_mm[0]:.1f}, {code.box_mm[1]:.1f} mm"

    small = [c for c in codes if c.width_mm < MIN_SIZE_MM - 0.1
             or c.module_mm < HARD_MIN_MODULE_MM - 0.01]
    smallest = min(codes, key=lambda c: c.width_mm)
    findings.append(Finding.of(
        "qr-size", not small,
        "; ".join(f"{where(c)}: {c.width_mm:.1f} mm, module {c.module_mm:.2f} mm" for c in small)
        + f" (needs at least {MIN_SIZE_MM:g} mm and {HARD_MIN_MODULE_MM:g} mm modules)"
        if small else f"smallest {smallest.width_mm:.1f} mm, module {smallest.module_mm:.2f} "
                      f"mm (at least {MIN_SIZE_MM:g} mm)"))
    bare = [c for c in codes if not (c.quiet_zone_ok and c.contrast_ok)]
    findings.append(Finding.of(
        "qr-quiet-zone", not bare,
        "; ".join(f"{where(c)}: light space "
                  + "/".join(f"{m:.1f}" for m in c.clear_modules) + " modules"
                  + ("" if c.contrast_ok else ", light modules not paper white")
                  for c in bare) + f" (needs {QUIET_MODULES} modules on paper white)"
        if bare else f"{QUIET_MODULES} modules of paper white round every code"))
    outside = [c for c in codes if not c.in_safe_area]
    findings.append(Finding.of(
        "qr-safe-area", not outside,
        "; ".join(f"{where(c)}: code and quiet zone reach within {SAFE_AREA_MM:g} mm of the "
                  "trim or past it" for c in outside)
        if outside else f"every code and its quiet zone {SAFE_AREA_MM:g} mm inside the trim"))
    dense = sorted({c.version for c in codes if c.version > WARN_VERSION})
    findings.append(Finding.of(
        "qr-version", not dense,
        f"version {dense[-1]}: a shorter URL (a redirect) scans more easily" if dense
        else f"version {max(c.version for c in codes)} (at most {WARN_VERSION} wanted)",
        warn_only=True))
    return findings
