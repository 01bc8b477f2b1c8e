"""The workspace and its typed ``pamphlet.toml`` (read once, before any stage runs)."""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from pamphlet.errors import ConfigError

CONFIG_NAME = "pamphlet.toml"


class Target(str, Enum):
    """What a PDF is for (DESIGN.md, "Output targets")."""

    SCREEN = "screen"
    PRINT = "print"
    OFFICE = "office"


class PdfX(str, Enum):
    """The PDF/X variants a printer profile may ask for."""

    X4 = "pdf/x-4"
    X1A = "pdf/x-1a"


@dataclass(frozen=True)
class PrinterProfile:
    """One print shop's settings: bleed, marks, PDF/X variant, ICC profile, image floor."""

    name: str = "default"
    variant: PdfX = PdfX.X4
    bleed_mm: float = 3.0
    marks: bool = True
    #: From the trim to where a crop mark starts; at least the bleed, so marks stay outside it.
    mark_offset_mm: float = 3.0
    mark_length_mm: float = 5.0
    #: A built-in profile name (FOGRA39) or a path inside the workspace.
    icc: str = "FOGRA39"
    output_condition: str = "FOGRA39"
    min_ppi: int = 300
    require_imprint: bool = True


@dataclass(frozen=True)
class Organisation:
    name: str = ""
    web: str = ""
    email: str = ""
    address: str = ""


@dataclass(frozen=True)
class Brand:
    """The one brand colour: CMYK in percent for print, its RGB twin for screen."""

    cmyk: tuple[float, float, float, float] = (0, 95, 90, 0)
    rgb: str = "#e30613"


@dataclass(frozen=True)
class Imprint:
    """Who printed and published the statement; modelled as fields, not one law."""

    promoter: str = ""
    printer: str = ""
    address: str = ""
    note: str = ""

    @property
    def placeholders(self) -> list[str]:
        """Fields still holding the ``TODO`` text ``pamphlet init`` writes."""
        return [name for name in ("promoter", "printer", "address", "note")
                if "TODO" in getattr(self, name).upper()]

    @property
    def complete(self) -> bool:
        """Promoter and printer are given and no field is a placeholder."""
        return bool(self.promoter and self.printer and not self.placeholders)

    @property
    def text(self) -> str:
        """The imprint as one line, in the order imprints are usually read."""
        fields = {name: "" if name in self.placeholders else getattr(self, name)
                  for name in ("promoter", "printer", "address", "note")}
        parts = []
        if fields["promoter"]:
            parts.append(f"Published by {fields['promoter']}")
        if fields["printer"]:
            parts.append(f"printed by {fields['printer']}")
        line = ", ".join(parts)
        line = line[:1].upper() + line[1:]
        if fields["address"]:
            line = f"{line}, {fields['address']}" if line else fields["address"]
        if fields["note"]:
            line = f"{line}. {fields['note']}" if line else fields["note"]
        return line


@dataclass(frozen=True)
class Binding:
    """The book's paper, for the spine of a perfect-bound cover."""

    paper_thickness_mm: float = 0.1


@dataclass(frozen=True)
class Defaults:
    """What a statement gets when its front matter does not say."""

    lang: str = "en"
    layouts: tuple[str, ...] = ("leaflet-a5",)
    targets: tuple[Target, ...] = (Target.SCREEN,)
    place: str = ""
    printer: str = "default"


@dataclass(frozen=True)
class Config:
    organisation: Organisation = field(default_factory=Organisation)
    brand: Brand = field(default_factory=Brand)
    imprint: Imprint = field(default_factory=Imprint)
    defaults: Defaults = field(default_factory=Defaults)
    printers: dict[str, PrinterProfile] = field(
        default_factory=lambda: {"default": PrinterProfile()})
    binding: Binding = field(default_factory=Binding)

    def printer(self, name: str | None = None) -> PrinterProfile:
        """The named printer profile (default: the one ``[defaults] printer`` names)."""
        name = name or self.defaults.printer
        if name not in self.printers:
            raise ConfigError(f"unknown printer profile '{name}'; known: "
                              f"{', '.join(self.printers)} (add [printers.{name}] to "
                              f"{CONFIG_NAME})")
        return self.printers[name]


@dataclass(frozen=True)
class Workspace:
    """The folder holding ``pamphlet.toml``: its sources, its own layouts, its config."""

    root: Path
    config: Config

    @property
    def sources_dir(self) -> Path:
        return self.root / "sources"

    @property
    def layouts_dir(self) -> Path:
        return self.root / "layouts"

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    def source_paths(self) -> list[Path]:
        """Every statement in ``sources/``, in name order."""
        if not self.sources_dir.is_dir():
            return []
        return sorted(self.sources_dir.glob("*.md"))


log = logging.getLogger("pamphlet")

#: A BCP 47 language tag as statements use them: en, de, pt-BR, sr-Latn.
LANG_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

_HEX_RGB = re.compile(r"^#[0-9a-fA-F]{6}$")


def find_workspace(start: Path | None = None) -> Workspace:
    """The workspace containing ``start`` (the nearest ``pamphlet.toml`` upwards), or ``start``."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return Workspace(folder, load_config(folder / CONFIG_NAME))
    return Workspace(start, Config())


def require_workspace(start: Path | None = None) -> Workspace:
    """The workspace containing ``start``; an error when there is no ``pamphlet.toml``."""
    workspace = find_workspace(start)
    if not workspace.config_path.is_file():
        raise ConfigError(f"no {CONFIG_NAME} in {workspace.root} or above: run "
                          "`pamphlet init` to make a workspace")
    return workspace


def load_config(path: Path) -> Config:
    """Read and validate ``pamphlet.toml``; every problem is reported at once."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot be read ({error.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: {error}") from None
    problems: list[str] = []
    reader = _TableReader(path, problems)
    config = Config(
        organisation=Organisation(**reader.strings(data, "organisation", Organisation)),
        brand=_brand(reader, data.get("brand", {})),
        imprint=Imprint(**reader.strings(data, "imprint", Imprint)),
        defaults=_defaults(reader, data.get("defaults", {})),
        printers=_printers(reader, data.get("printers", {})),
        binding=_binding(reader, data.get("binding", {})),
    )
    reader.unknown(data, {"organisation", "brand", "imprint", "defaults", "printers",
                          "binding"}, "")
    if problems:
        raise ConfigError("\n".join(problems))
    return config


class _TableReader:
    """Checks one TOML table at a time, collecting problems instead of stopping."""

    def __init__(self, path: Path, problems: list[str]):
        self.path = path
        self.problems = problems

    def fail(self, key: str, expected: str, got: object) -> None:
        self.problems.append(f"{self.path}: '{key}': expected {expected}, got {got!r}")

    def unknown(self, table: dict, known: set[str], prefix: str) -> None:
        for key in sorted(table.keys() - known):
            log.warning("%s: unrecognised key '%s%s'", self.path, prefix, key)

    def table(self, data: dict, name: str) -> dict:
        value = data.get(name, {})
        if not isinstance(value, dict):
            self.fail(name, "a table", value)
            return {}
        return value

    def strings(self, data: dict, name: str, cls: type) -> dict[str, str]:
        table = self.table(data, name)
        known = set(cls.__dataclass_fields__)
        self.unknown(table, known, f"{name}.")
        values = {}
        for key in known & table.keys():
            if isinstance(table[key], str):
                values[key] = table[key].strip()
            else:
                self.fail(f"{name}.{key}", "text", table[key])
        return values


def _brand(reader: _TableReader, table: dict) -> Brand:
    if not isinstance(table, dict):
        reader.fail("brand", "a table", table)
        return Brand()
    reader.unknown(table, {"cmyk", "rgb"}, "brand.")
    values: dict = {}
    if "cmyk" in table:
        cmyk = table["cmyk"]
        if (isinstance(cmyk, list) and len(cmyk) == 4
                and all(isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 100
                        for v in cmyk)):
            values["cmyk"] = tuple(float(v) for v in cmyk)
        else:
            reader.fail("brand.cmyk", "four percentages such as [0, 95, 90, 0]", cmyk)
    if "rgb" in table:
        if isinstance(table["rgb"], str) and _HEX_RGB.fullmatch(table["rgb"]):
            values["rgb"] = table["rgb"].lower()
        else:
            reader.fail("brand.rgb", "a colour such as \"#e30613\"", table["rgb"])
    return Brand(**values)


def _defaults(reader: _TableReader, table: dict) -> Defaults:
    if not isinstance(table, dict):
        reader.fail("defaults", "a table", table)
        return Defaults()
    reader.unknown(table, {"lang", "layouts", "targets", "place", "printer"}, "defaults.")
    values: dict = {}
    for key in ("lang", "place", "printer"):
        if key in table:
            if isinstance(table[key], str):
                values[key] = table[key].strip()
            else:
                reader.fail(f"defaults.{key}", "text", table[key])
    if "lang" in values and not LANG_TAG.match(values["lang"]):
        reader.fail("defaults.lang", "a language tag such as en, de or pt-BR", values.pop("lang"))
    if "layouts" in table:
        layouts = table["layouts"]
        if isinstance(layouts, list) and layouts and all(isinstance(v, str) for v in layouts):
            values["layouts"] = tuple(layouts)
        else:
            reader.fail("defaults.layouts", "a list of layout names", layouts)
    if "targets" in table:
        names = [t.value for t in Target]
        targets = table["targets"]
        if isinstance(targets, list) and targets and all(t in names for t in targets):
            values["targets"] = tuple(Target(t) for t in targets)
        else:
            reader.fail("defaults.targets", f"a list drawn from {', '.join(names)}", targets)
    return Defaults(**values)


def _printers(reader: _TableReader, table: dict) -> dict[str, PrinterProfile]:
    """``[printers.NAME]`` tables; a ``default`` profile always exists."""
    printers = {"default": PrinterProfile()}
    if not isinstance(table, dict):
        reader.fail("printers", "tables such as [printers.default]", table)
        return printers
    fields = PrinterProfile.__dataclass_fields__
    for name, values in table.items():
        prefix = f"printers.{name}"
        if not isinstance(values, dict):
            reader.fail(prefix, "a table", values)
            continue
        reader.unknown(values, set(fields) - {"name"}, f"{prefix}.")
        settings: dict = {"name": name}
        for key, value in values.items():
            if key not in fields or key == "name":
                continue
            kind = type(getattr(PrinterProfile(), key))
            if kind is PdfX:
                if value in [v.value for v in PdfX]:
                    settings[key] = PdfX(value)
                else:
                    reader.fail(f"{prefix}.{key}", " or ".join(v.value for v in PdfX), value)
            elif kind is bool:
                if isinstance(value, bool):
                    settings[key] = value
                else:
                    reader.fail(f"{prefix}.{key}", "true or false", value)
            elif kind in (int, float):
                if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
                    settings[key] = kind(value)
                else:
                    reader.fail(f"{prefix}.{key}", "a number of at least 0", value)
            elif isinstance(value, str) and value.strip():
                settings[key] = value.strip()
            else:
                reader.fail(f"{prefix}.{key}", "text", value)
        profile = PrinterProfile(**settings)
        if profile.marks and profile.mark_offset_mm < profile.bleed_mm:
            reader.fail(f"{prefix}.mark_offset_mm",
                        f"at least the bleed ({profile.bleed_mm:g} mm), so marks stay outside it",
                        profile.mark_offset_mm)
        printers[name] = profile
    return printers


def _binding(reader: _TableReader, table: dict) -> Binding:
    if not isinstance(table, dict):
        reader.fail("binding", "a table", table)
        return Binding()
    reader.unknown(table, {"paper_thickness_mm"}, "binding.")
    value = table.get("paper_thickness_mm", Binding.paper_thickness_mm)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0.03 <= value <= 1:
        reader.fail("binding.paper_thickness_mm", "a thickness in mm such as 0.1", value)
        return Binding()
    return Binding(float(value))
