"""The social target: PNG cards for social media, once per statement whatever its layouts.

A folder ``<slug>.social/`` of ``<width>x<height>-<nn>.png`` cards at the platforms' sizes
(``[social] sizes``): for each, a title card and one card per demand, a carousel. Beside
them ``alt.txt`` (each card's alt text: its words, plain) and ``cards.json`` (the same, with
sizes and kinds, for a script that posts them). The cards are typeset by WeasyPrint in one
document, a page each, and rasterised by pypdfium2 to their exact pixel size, in the
brand's RGB colour and the bundled fonts.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pamphlet.config.workspace import Config, Workspace
from pamphlet.render.html import TargetStyle
from pamphlet.render.layouts import Layout, layout_roots
from pamphlet.targets.base import Finished, Output, Scope, Target

ALT_FILE = "/alt.txt"
MANIFEST_FILE = "/cards.json"


@dataclass(frozen=True)
class SocialSettings:
    sizes: tuple[str, ...]
    #: The cards' template and stylesheet as the build found them (for the cache key).
    templates: str


def _contrast(rgb_a: tuple[float, ...], rgb_b: tuple[float, ...]) -> float:
    """The WCAG contrast ratio of two sRGB colours (components 0…1)."""
    def luminance(rgb):
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(rgb_a), luminance(rgb_b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def on_brand(rgb: str) -> str:
    """White or black, whichever reads better on the brand colour."""
    brand = tuple(int(rgb[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return "#fff" if _contrast(brand, (1, 1, 1)) >= _contrast(brand, (0, 0, 0)) else "#000"


class SocialTarget(Target):
    name = "social"
    summary = "for social media: PNG cards at the platforms' sizes, with their alt text"
    scope = Scope.STATEMENT
    suffixes = (".png", ".txt", ".json")
    folder_output = True

    def settings(self, workspace: Workspace, printer_name, tile=None) -> SocialSettings:
        files = sorted(path for root in layout_roots(workspace.layouts_dir)
                       for path in (root / "_social").glob("*") if path.is_file())
        stamp = hashlib.sha256()
        for path in files:
            stamp.update(str(path).encode() + b"\0" + path.read_bytes())
        return SocialSettings(workspace.config.social.sizes, stamp.hexdigest())

    def style(self, config: Config, settings) -> TargetStyle:
        return TargetStyle(colours=f"--brand: {config.brand.rgb}; --ink: #000; --paper: #fff; "
                                   f"--on-brand: {on_brand(config.brand.rgb)};")

    def make(self, statement, layout: Layout, context, roots, settings: SocialSettings,
             strict: bool, known=None, start=None):
        """Set every card in one document, then each page as a PNG of its size."""
        from pamphlet.pdf.raster import page_pngs
        from pamphlet.render.cards import cards_for, cards_html, cards_stylesheet
        from pamphlet.typeset.engine import typeset
        from pamphlet.typeset.fit import Fitted
        from pamphlet.typeset.options import TypesetOptions

        cards = cards_for(statement, context.config, settings.sizes)
        html = cards_html(statement, cards, context)
        result = typeset(html, statement.src_path.parent,
                         (cards_stylesheet(context.workspace_layouts),), roots,
                         TypesetOptions(strict=strict))
        pngs = page_pngs(result.pdf, [(card.width, card.height) for card in cards])
        outputs = [Output(f"/{card.name}", png) for card, png in zip(cards, pngs)]
        alt = "\n\n".join(f"{card.name}\n{card.alt}" for card in cards) + "\n"
        manifest = {"statement": statement.slug, "title": statement.title,
                    "lang": statement.lang, "url": statement.url,
                    "imprint": context.config.imprint.digital,
                    "cards": [{"file": card.name, "width": card.width, "height": card.height,
                               "kind": card.kind, "alt": card.alt} for card in cards]}
        outputs += [Output(ALT_FILE, alt.encode()),
                    Output(MANIFEST_FILE, (json.dumps(manifest, ensure_ascii=False, indent=2)
                                           + "\n").encode())]
        sizes = len(settings.sizes)
        note = (f"{len(cards)} cards at {sizes} size{'s' if sizes != 1 else ''}; alt text in "
                f"{ALT_FILE[1:]}")
        return Fitted(result, None, 1), Finished(outputs, note)

    def check_pdf(self, facts, context):
        return []


def card_files(folder: Path) -> list[Path]:
    """The cards in a social folder, in order."""
    return sorted(folder.glob("*x*-*.png"))
