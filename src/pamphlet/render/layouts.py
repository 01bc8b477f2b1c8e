"""Layouts: finding them (workspace first, then built in), reading ``layout.toml``, Jinja."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jinja2

from pamphlet.errors import LayoutError
from pamphlet.resources import builtin_layouts_dir

LAYOUT_FILE = "layout.toml"


@dataclass(frozen=True)
class PageBudget:
    """How many pages a layout may take: exactly ``exact``, or at most ``most`` (None: any)."""

    exact: int | None = None
    most: int | None = None

    def allows(self, pages: int) -> bool:
        if self.exact is not None:
            return pages == self.exact
        return self.most is None or pages <= self.most

    def describe(self) -> str:
        if self.exact is not None:
            return f"exactly {self.exact} page{'s' if self.exact != 1 else ''}"
        if self.most is not None:
            return f"at most {self.most} pages"
        return "any length"


@dataclass(frozen=True)
class TitleFit:
    """Bounds for sizing the title to its measure without breaking a word."""

    min_pt: float = 24
    max_pt: float = 36
    max_lines: int = 3


@dataclass(frozen=True)
class TypeScale:
    """The body size a layout starts from and the bounds copyfitting may move it within."""

    body_pt: float = 10
    min_pt: float = 9
    max_pt: float = 11
    #: Leading as a multiple of the body size.
    leading: float = 1.33

    def clamp(self, size_pt: float) -> float:
        return min(self.max_pt, max(self.min_pt, size_pt))


@dataclass(frozen=True)
class SloganScale:
    """Demand sizes in multiples of the body size (they grow and shrink with the copyfit)."""

    size_em: float = 1.28
    key_size_em: float = 1.7


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
    #: Push the slogan block down to the foot of the last page (the leaflet's back).
    demands_to_foot: bool = False
    #: "statement" (one statement per document) or "book" (a collection).
    kind: str = "statement"

    @property
    def size_name(self) -> str:
        sizes = {(148, 210): "A5", (210, 297): "A4", (105, 148): "A6"}
        name = sizes.get((round(self.page.width_mm), round(self.page.height_mm)))
        return name or f"{self.page.width_mm:g}×{self.page.height_mm:g} mm"


def layout_roots(workspace_layouts: Path | None) -> tuple[Path, ...]:
    """The layout search path: the workspace's ``layouts/`` first, then the built-in ones."""
    roots = [builtin_layouts_dir()]
    if workspace_layouts is not None and workspace_layouts.is_dir():
        if workspace_layouts.resolve() != roots[0].resolve():
            roots.insert(0, workspace_layouts)
    return tuple(roots)


def find_layouts(workspace_layouts: Path | None) -> dict[str, Layout]:
    """Every usable layout by name; a workspace layout overrides a built-in one."""
    return scan_layouts(workspace_layouts)[0]


def scan_layouts(workspace_layouts: Path | None) -> tuple[dict[str, Layout], dict[str, str]]:
    """(usable layouts, broken layouts with the reason): one broken layout stops only the
    statements that use it."""
    roots = layout_roots(workspace_layouts)
    found: dict[str, Layout] = {}
    broken: dict[str, str] = {}
    for root in reversed(roots):
        for toml_path in sorted(root.glob(f"*/{LAYOUT_FILE}")):
            name = toml_path.parent.name
            try:
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


def _table(data: dict, key: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ValueError(f"'{key}' must be a table, got {value!r}")
    return value


def _count(table: dict, key: str) -> int | None:
    value = table.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or value < 1):
        raise ValueError(f"'budget.{key}' must be a whole number of pages, got {value!r}")
    return value


def _read_layout(path: Path, roots: tuple[Path, ...]) -> Layout:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise LayoutError(f"{path}: cannot be read: {error}") from None
    folder = path.parent
    try:
        template = data["template"]
        stylesheets = data.get("stylesheets", [])
        if not isinstance(template, str):
            raise ValueError(f"'template' must be a file name, got {template!r}")
        if not (isinstance(stylesheets, list) and all(isinstance(n, str) for n in stylesheets)):
            raise ValueError(f"'stylesheets' must be a list of file names, got {stylesheets!r}")
        budget = _table(data, "budget")
        layout = Layout(
            name=folder.name,
            description=str(data.get("description", "")),
            folder=folder,
            template=f"{folder.name}/{template}",
            stylesheets=tuple(_find_stylesheet(name, folder, roots) for name in stylesheets),
            page=_geometry(_table(data, "page")),
            budget=PageBudget(exact=_count(budget, "pages"), most=_count(budget, "max_pages")),
            title=TitleFit(**_table(data, "title")),
            builtin=folder.is_relative_to(builtin_layouts_dir()),
            type=TypeScale(**_table(data, "type")),
            slogans=SloganScale(**_table(data, "slogans")),
            demands_to_foot=bool(_table(data, "fill").get("demands_to_foot", False)),
            kind=_kind(data.get("kind", "statement")),
        )
    except KeyError as error:
        raise LayoutError(f"{path}: missing '{error.args[0]}'") from None
    except (TypeError, ValueError) as error:
        raise LayoutError(f"{path}: {error}") from None
    if not (folder / template).resolve().is_relative_to(folder.resolve()) \
            or not (folder / template).is_file():
        raise LayoutError(f"{path}: template '{template}' not found in {folder}")
    return layout


def _kind(value: object) -> str:
    if value not in ("statement", "book"):
        raise ValueError(f"'kind' must be \"statement\" or \"book\", got {value!r}")
    return value


def _geometry(page: dict) -> PageGeometry:
    margins = page["margin_mm"]
    if not (isinstance(margins, list) and len(margins) == 4):
        raise ValueError("'page.margin_mm' must be [top, right, bottom, left]")
    return PageGeometry(float(page["width_mm"]), float(page["height_mm"]),
                        *(float(m) for m in margins), mirrored=bool(page.get("mirrored")))


def _find_stylesheet(name: str, folder: Path, roots: tuple[Path, ...]) -> Path:
    """A bare name is in the layout's folder; ``_base/x.css`` is looked up along the roots."""
    candidates = [folder / name] if "/" not in name else [root / name for root in roots]
    for candidate in candidates:
        inside = any(candidate.resolve().is_relative_to(root.resolve()) for root in roots)
        if inside and candidate.is_file():
            return candidate
    raise LayoutError(f"{folder / LAYOUT_FILE}: stylesheet '{name}' not found")


@cache
def jinja_environment(roots: tuple[Path, ...]) -> jinja2.Environment:
    """One autoescaping, strict Jinja environment per layout search path."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(root) for root in roots]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
