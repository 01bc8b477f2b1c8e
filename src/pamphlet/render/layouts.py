"""Layouts: finding them (workspace first, then built in) and reading ``layout.toml``.

``layout.toml`` is read with the one validation policy (config/schema.py): every problem
is reported with the file and key, unknown keys are warned about, and a broken layout
stops only the statements that use it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

from pamphlet.config.schema import Problems, read_dataclass, read_toml, setting
from pamphlet.errors import LayoutError
from pamphlet.files import RefusedFile, check_within, inside, not_a_file
from pamphlet.resources import builtin_layouts_dir

log = logging.getLogger("pamphlet")

LAYOUT_FILE = "layout.toml"


class LayoutKind(str, Enum):
    """What a layout sets: one statement per document, or a whole book."""

    STATEMENT = "statement"
    BOOK = "book"


@dataclass(frozen=True)
class PageBudget:
    """How many pages a layout may take: exactly ``pages``, or at most ``max_pages``
    (neither: any number)."""

    pages: int | None = setting(None, low=1, high=1000, expected="a whole number of pages")
    max_pages: int | None = setting(None, low=1, high=1000, expected="a whole number of pages")

    @property
    def exact(self) -> int | None:
        return self.pages

    @property
    def most(self) -> int | None:
        return self.max_pages

    def allows(self, pages: int) -> bool:
        if self.pages is not None:
            return pages == self.pages
        return self.max_pages is None or pages <= self.max_pages

    def describe(self) -> str:
        if self.pages is not None:
            return f"exactly {self.pages} page{'s' if self.pages != 1 else ''}"
        if self.max_pages is not None:
            return f"at most {self.max_pages} pages"
        return "any length"

    def validate(self, problems: Problems, prefix: str) -> None:
        if self.pages is not None and self.max_pages is not None:
            problems.add(f"'{prefix}pages' and '{prefix}max_pages': give one or the other")


@dataclass(frozen=True)
class TitleFit:
    """Bounds for sizing the title to its measure without breaking a word."""

    min_pt: float = setting(24, low=4, high=400)
    max_pt: float = setting(36, low=4, high=400)
    max_lines: int = setting(3, low=1, high=12)

    def validate(self, problems: Problems, prefix: str) -> None:
        if self.min_pt > self.max_pt:
            problems.fail(f"{prefix}min_pt", f"at most max_pt ({self.max_pt:g})", self.min_pt)


@dataclass(frozen=True)
class TypeScale:
    """The body size a layout starts from and its normal range: the bounds copyfitting
    moves it within (and the leading that goes with each size)."""

    body_pt: float = setting(10, low=4, high=72)
    min_pt: float = setting(9, low=4, high=72)
    max_pt: float = setting(11, low=4, high=72)
    #: Leading as a multiple of the body size (when ``leading_pt`` is not given).
    leading: float = setting(1.33, low=0.8, high=3)
    #: The leading at min_pt and at max_pt, in pt; in proportion between them.
    leading_pt: tuple[float, ...] | None = setting(None, items=2, low=4, high=200,
                                                   expected="[at min_pt, at max_pt] in pt")
    #: The lead (first paragraph) is set this much larger when it takes at most
    #: ``lead_max_lines`` lines; a longer one is set as the body.
    lead_em: float = setting(1.13, low=1, high=3)
    lead_max_lines: int = setting(5, low=0, high=50)

    def clamp(self, size_pt: float) -> float:
        return min(self.max_pt, max(self.min_pt, size_pt))

    def leading_at(self, size_pt: float) -> float:
        """The leading for a body size within the normal range, in pt."""
        if self.leading_pt is None:
            return size_pt * self.leading
        low, high = self.leading_pt
        if self.max_pt - self.min_pt < 1e-6:
            return low
        return low + (high - low) * (size_pt - self.min_pt) / (self.max_pt - self.min_pt)

    def validate(self, problems: Problems, prefix: str) -> None:
        if not self.min_pt <= self.body_pt <= self.max_pt:
            problems.fail(f"{prefix}body_pt", f"a size from min_pt ({self.min_pt:g}) to max_pt "
                                              f"({self.max_pt:g})", self.body_pt)
        if self.leading_pt is not None and self.leading_pt[0] > self.leading_pt[1]:
            problems.fail(f"{prefix}leading_pt", "the leading at min_pt first, no larger than "
                                                 "the one at max_pt", list(self.leading_pt))


@dataclass(frozen=True)
class SloganScale:
    """Demand sizes in multiples of the body size (they grow and shrink with the copyfit)."""

    size_em: float = setting(1.28, low=0.5, high=10)
    key_size_em: float = setting(1.7, low=0.5, high=10)
    #: Line height of a demand, as a multiple of its size.
    leading: float = setting(1.08, low=0.8, high=2)


@dataclass(frozen=True)
class Fill:
    """What a layout does with space to spare, in this order: the title, the lead and the
    slogan block grow; then the body, within its large range; then (``demands_to_front``)
    the slogan block joins the front when the whole statement fits one page, and the back
    becomes a poster of the key demand."""

    #: Push the slogan block down to the foot of the last page (the leaflet's back).
    demands_to_foot: bool = False
    #: The title may grow to this (still at most ``title.max_lines`` lines).
    title_max_pt: float | None = setting(None, low=4, high=400)
    #: The lead may grow to this multiple of the body size.
    lead_max_em: float | None = setting(None, low=1, high=3)
    #: The body's large range: from ``type.max_pt`` up to this, the leading growing to
    #: ``large_leading_pt``.
    large_max_pt: float | None = setting(None, low=4, high=72)
    large_leading_pt: float | None = setting(None, low=4, high=200)
    #: A demand set under the text may grow to this; the key demand to ``key_max_pt``.
    slogan_max_pt: float = setting(18, low=4, high=200)
    key_max_pt: float = setting(30, low=4, high=400)
    #: The slogan block on a page of its own fills it: the key demand within this range,
    #: the others up to ``band_slogan_max_pt``.
    band_key_pt: tuple[float, ...] = setting((36, 48), items=2, low=4, high=400,
                                             expected="[smallest, largest] in pt")
    band_slogan_max_pt: float = setting(24, low=4, high=200)
    #: When the whole statement fits the front, the slogan block joins it and the back is a
    #: poster of the key demand, set at least this large.
    demands_to_front: bool = False
    poster_key_min_pt: float = setting(48, low=4, high=400)
    #: Page 1 is a cover: the title and the lead alone, the text from page 2.
    cover: bool = False

    def validate(self, problems: Problems, prefix: str) -> None:
        if (self.large_max_pt is None) != (self.large_leading_pt is None):
            problems.add(f"'{prefix}large_max_pt' and '{prefix}large_leading_pt': give both "
                         "or neither")
        low, high = self.band_key_pt
        if low > high:
            problems.fail(f"{prefix}band_key_pt", "[smallest, largest]", list(self.band_key_pt))


@dataclass(frozen=True)
class TwoColumns:
    """The same layout in two columns, for a statement one column would set past its page
    budget: its own margins, column gap and normal range (copyfit picks the column count)."""

    margin_mm: tuple[float, ...] | None = setting(None, items=4, low=0, high=500,
                                                  expected="[top, right, bottom, left] in mm")
    gap_mm: float = setting(7, low=0, high=100)
    type: TypeScale = TypeScale()


@dataclass(frozen=True)
class PosterFit:
    """``[poster]``: one demand a page, set as large as the measure and the page allow
    (placards). The foot keeps room for the organisation, the imprint and the QR code."""

    min_pt: float = setting(24, low=4, high=2000)
    max_pt: float = setting(600, low=4, high=2000)
    leading: float = setting(0.9, low=0.7, high=2)
    max_lines: int = setting(12, low=1, high=40)
    #: The longest line fills at least this share of the measure, where a setting can.
    min_fill: float = setting(0.85, low=0, high=1)
    #: Height kept at the foot of each page (with a QR code; about half without).
    foot_mm: float = setting(32, low=0, high=300)

    def validate(self, problems: Problems, prefix: str) -> None:
        if self.min_pt > self.max_pt:
            problems.fail(f"{prefix}min_pt", f"at most max_pt ({self.max_pt:g})", self.min_pt)


@dataclass(frozen=True)
class QrSpec:
    """How large a layout draws the QR code to the statement's URL (the symbol, without
    its quiet zone; a long URL grows it so no module is under 0.5 mm)."""

    size_mm: float = setting(18, low=18, high=60, expected="a width in mm from 18 to 60")


@dataclass(frozen=True)
class PageTable:
    """``[page]`` as written in layout.toml."""

    width_mm: float | None = setting(None, low=20, high=2000)
    height_mm: float | None = setting(None, low=20, high=2000)
    margin_mm: tuple[float, ...] | None = setting(None, items=4, low=0, high=500,
                                                  expected="[top, right, bottom, left] in mm")
    mirrored: bool = False

    def validate(self, problems: Problems, prefix: str) -> None:
        for key in ("width_mm", "height_mm", "margin_mm"):
            if getattr(self, key) is None and f"{prefix}{key}" not in problems.keys:
                problems.add(f"missing '{prefix}{key}'")  # (a refused value is named once)


@dataclass(frozen=True)
class LayoutFile:
    """``layout.toml``: what a layout declares."""

    #: The statement layout's template; a book layout has one per part instead
    #: (front, chapter, back, leaves, cover: ``<part>.html.j2``).
    template: str = setting("", expected="a template file name")
    description: str = ""
    #: A layout whose templates this one falls back on (e.g. a book at another trim).
    extends: str = setting("", pattern=r"[A-Za-z0-9_.-]*", expected="a layout name")
    stylesheets: tuple[str, ...] = setting((), expected="a list of stylesheet file names")
    kind: LayoutKind = LayoutKind.STATEMENT
    page: PageTable | None = None
    budget: PageBudget = PageBudget()
    type: TypeScale = TypeScale()
    slogans: SloganScale = SloganScale()
    title: TitleFit = TitleFit()
    fill: Fill = Fill()
    two_columns: TwoColumns | None = None
    qr: QrSpec = QrSpec()
    poster: PosterFit | None = None


@dataclass(frozen=True)
class PageGeometry:
    """Trim size and margins in millimetres: the one place a layout's page is defined.

    The renderer writes the ``@page`` rule and CSS variables from it, so Python (title
    fitting, filling the back page) and CSS always agree.
    """

    width_mm: float
    height_mm: float
    margin_top_mm: float
    margin_right_mm: float
    margin_bottom_mm: float
    margin_left_mm: float
    #: Book pages: margin_right is the outer margin, margin_left the inner (gutter) one.
    mirrored: bool = False

    @property
    def measure_mm(self) -> float:
        return self.width_mm - self.margin_left_mm - self.margin_right_mm

    @property
    def content_bottom_mm(self) -> float:
        return self.height_mm - self.margin_bottom_mm

    @property
    def content_height_mm(self) -> float:
        return self.height_mm - self.margin_top_mm - self.margin_bottom_mm


#: Trim sizes by name, for ``pamphlet layouts`` and messages.
PAPER_SIZES = {(148, 210): "A5", (210, 297): "A4", (105, 148): "A6", (297, 420): "A3",
               (420, 594): "A2", (297, 210): "A4 landscape", (420, 297): "A3 landscape",
               (594, 420): "A2 landscape"}


@dataclass(frozen=True)
class Layout:
    """A folder with ``layout.toml``, a template extending the shared base, and CSS."""

    name: str
    description: str
    folder: Path
    template: str
    stylesheets: tuple[Path, ...]
    page: PageGeometry
    budget: PageBudget
    title: TitleFit
    builtin: bool
    type: TypeScale = TypeScale()
    slogans: SloganScale = SloganScale()
    fill: Fill = Fill()
    kind: LayoutKind = LayoutKind.STATEMENT
    #: The layout folders templates are looked up in: its own, then the one it extends.
    template_dirs: tuple[str, ...] = ()
    qr: QrSpec = QrSpec()
    #: A placard's page: one demand each, set as large as it fits (None: not a placard).
    poster: PosterFit | None = None

    @property
    def budget_text(self) -> str:
        """The page budget in words (a placard takes a page a demand)."""
        return "a page a demand" if self.poster is not None else self.budget.describe()
    #: How a long statement is set instead (None: it is not).
    two_columns: TwoColumns | None = None
    #: The column count this layout is set in (2: its two-column variant).
    columns: int = 1
    column_gap_mm: float = 0

    @property
    def demands_to_foot(self) -> bool:
        """Whether the slogan block is pushed down to the foot of the last page."""
        return self.fill.demands_to_foot

    @property
    def largest_body_pt(self) -> float:
        """The largest body size copyfitting may use: the top of the large range."""
        return max(self.type.max_pt, self.fill.large_max_pt or 0)

    def leading_at(self, size_pt: float) -> float:
        """The leading for a body size, in the normal range or the large one above it."""
        scale, fill = self.type, self.fill
        if size_pt <= scale.max_pt or fill.large_max_pt is None:
            return scale.leading_at(size_pt)
        top = scale.leading_at(scale.max_pt)
        share = (size_pt - scale.max_pt) / max(fill.large_max_pt - scale.max_pt, 1e-6)
        return top + (fill.large_leading_pt - top) * min(share, 1)

    @property
    def column_measure_mm(self) -> float:
        """The width of one column of text."""
        return (self.page.measure_mm - (self.columns - 1) * self.column_gap_mm) / self.columns

    def in_two_columns(self) -> Layout | None:
        """This layout's two-column variant (its own margins and normal range), if any."""
        two = self.two_columns
        if two is None or self.columns == 2:
            return None
        page = self.page
        margins = two.margin_mm or (page.margin_top_mm, page.margin_right_mm,
                                    page.margin_bottom_mm, page.margin_left_mm)
        return replace(self, page=PageGeometry(page.width_mm, page.height_mm, *margins,
                                               mirrored=page.mirrored),
                       type=two.type, columns=2, column_gap_mm=two.gap_mm,
                       fill=replace(self.fill, large_max_pt=None, large_leading_pt=None))

    @property
    def size_name(self) -> str:
        name = PAPER_SIZES.get((round(self.page.width_mm), round(self.page.height_mm)))
        return name or f"{self.page.width_mm:g}×{self.page.height_mm:g} mm"


def layout_roots(workspace_layouts: Path | None) -> tuple[Path, ...]:
    """The layout search path: the workspace's ``layouts/`` first, then the built-in ones.
    A workspace ``layouts/`` that a symlink carries out of the workspace is refused."""
    roots = [builtin_layouts_dir()]
    if workspace_layouts is not None and workspace_layouts.is_dir():
        try:
            check_within(workspace_layouts, workspace_layouts.parent)
        except RefusedFile as error:
            raise LayoutError(f"{workspace_layouts}: {error}; copy the layouts into the "
                              "workspace instead") from None
        if workspace_layouts.resolve() != roots[0].resolve():
            roots.insert(0, workspace_layouts)
    return tuple(roots)


def find_layouts(workspace_layouts: Path | None) -> dict[str, Layout]:
    """Every usable layout by name; a workspace layout overrides a built-in one."""
    return scan_layouts(workspace_layouts)[0]


def scan_layouts(workspace_layouts: Path | None) -> tuple[dict[str, Layout], dict[str, str]]:
    """(usable layouts, broken layouts with their problems, one line each): one broken
    layout stops only the statements that use it."""
    roots = layout_roots(workspace_layouts)
    found: dict[str, Layout] = {}
    broken: dict[str, str] = {}
    for root in reversed(roots):
        for toml_path in sorted(root.glob(f"*/{LAYOUT_FILE}")):
            name = toml_path.parent.name
            try:
                linked = toml_path.is_symlink() or toml_path.parent.is_symlink()
                if linked and not inside(toml_path, (root,)):
                    raise LayoutError(f"{toml_path.parent}: leads out of its layouts folder "
                                      f"(to {toml_path.parent.resolve()}); copy the layout "
                                      "in instead of linking it")
                found[name] = _read_layout(toml_path, roots)
                broken.pop(name, None)
            except LayoutError as error:
                broken[name] = str(error)
                found.pop(name, None)
    return dict(sorted(found.items())), broken


def get_layout(name: str, workspace_layouts: Path | None) -> Layout:
    layouts, broken = scan_layouts(workspace_layouts)
    if name in broken:
        raise LayoutError(broken[name])
    if name not in layouts:
        raise LayoutError(f"unknown layout '{name}'; known layouts: {', '.join(layouts)}")
    return layouts[name]


def _read_layout(path: Path, roots: tuple[Path, ...]) -> Layout:
    folder = path.parent
    problems = Problems(path)
    spec = read_dataclass(LayoutFile, read_toml(path, LayoutError), problems)
    if not spec.page:
        problems.add("missing 'page'")
    if spec.kind is LayoutKind.STATEMENT and not spec.template and "template" not in problems.keys:
        problems.add("missing 'template'")
    stylesheets = []
    for name in spec.stylesheets:
        found = _find_stylesheet(name, folder, roots)
        if isinstance(found, str):
            problems.add(f"stylesheet '{name}' {found}")
        else:
            stylesheets.append(found)
    template = folder / (spec.template or "")
    if spec.template:
        within = template.resolve().is_relative_to(folder.resolve())
        refused = not_a_file(template) if within else None
        if refused:
            problems.add(f"template '{spec.template}' in {folder} {refused}")
        elif not within or not template.is_file():
            problems.add(f"template '{spec.template}' not found in {folder}")
    problems.raise_if_any(LayoutError)
    page = spec.page
    return Layout(
        name=folder.name,
        description=spec.description,
        folder=folder,
        template=f"{folder.name}/{spec.template}" if spec.template else "",
        stylesheets=tuple(stylesheets),
        page=PageGeometry(page.width_mm, page.height_mm, *page.margin_mm,
                          mirrored=page.mirrored),
        budget=spec.budget,
        title=spec.title,
        builtin=folder.is_relative_to(builtin_layouts_dir()),
        type=spec.type,
        slogans=spec.slogans,
        fill=spec.fill,
        kind=spec.kind,
        template_dirs=(folder.name, spec.extends) if spec.extends else (folder.name,),
        qr=spec.qr,
        poster=spec.poster,
        two_columns=spec.two_columns,
    )


def _find_stylesheet(name: str, folder: Path, roots: tuple[Path, ...]) -> Path | str:
    """A bare name is in the layout's folder; ``_base/x.css`` is looked up along the roots.
    Not found, or found but no regular file (a FIFO): why not, as words."""
    candidates = [folder / name] if "/" not in name else [root / name for root in roots]
    for candidate in candidates:
        inside = any(candidate.resolve().is_relative_to(root.resolve()) for root in roots)
        if not inside:
            continue
        refused = not_a_file(candidate)
        if refused:
            return refused
        if candidate.is_file():
            return candidate
    return "not found"
