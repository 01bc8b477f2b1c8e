"""The workspace and its typed ``pamphlet.toml`` (read once, before any stage runs)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from pamphlet.config.schema import Problems, read_dataclass, read_toml, setting
from pamphlet.errors import ConfigError
from pamphlet.files import RefusedFile, check_within

CONFIG_NAME = "pamphlet.toml"

#: A BCP 47 language tag as statements use them: en, de, pt-BR, sr-Latn.
LANG_TAG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
LANG_EXPECTED = "a language tag such as en, de or pt-BR"


class PdfX(str, Enum):
    """The PDF/X variants a printer profile may ask for."""

    X4 = "pdf/x-4"
    X1A = "pdf/x-1a"


@dataclass(frozen=True)
class PrinterProfile:
    """One print shop's settings: bleed, marks, PDF/X variant, ICC profile, image floor."""

    name: str = setting("default", internal=True)
    variant: PdfX = PdfX.X4
    bleed_mm: float = setting(3.0, low=0, high=20)
    marks: bool = True
    #: From the trim to where a crop mark starts; at least the bleed, so marks stay outside it.
    mark_offset_mm: float = setting(3.0, low=0, high=30)
    mark_length_mm: float = setting(5.0, low=1, high=30)
    #: A built-in profile name (FOGRA39) or a path inside the workspace.
    icc: str = setting("FOGRA39", nonempty=True)
    output_condition: str = setting("FOGRA39", nonempty=True)
    min_ppi: int = setting(300, low=1, high=4800)
    require_imprint: bool = True

    def validate(self, problems: Problems, prefix: str) -> None:
        if self.marks and self.mark_offset_mm < self.bleed_mm:
            problems.fail(f"{prefix}mark_offset_mm",
                          f"at least the bleed ({self.bleed_mm:g} mm), so marks stay outside it",
                          self.mark_offset_mm)


@dataclass(frozen=True)
class Organisation:
    name: str = ""
    web: str = ""
    email: str = ""
    address: str = ""
    #: Where people follow it (``@tenants@social.example``): at the foot of social cards.
    handle: str = ""


def _percentages(values: tuple[float, ...]) -> bool:
    return all(0 <= value <= 100 for value in values)


@dataclass(frozen=True)
class Brand:
    """The one brand colour: CMYK in percent for print, its RGB twin for screen."""

    cmyk: tuple[float, ...] = setting((0, 95, 90, 0), items=4, check=_percentages,
                                      expected="four percentages such as [0, 95, 90, 0]")
    rgb: str = setting("#e30613", pattern=r"#[0-9a-fA-F]{6}",
                       expected="a colour such as \"#e30613\"")

    def __post_init__(self) -> None:
        object.__setattr__(self, "rgb", self.rgb.lower())


@dataclass(frozen=True)
class Imprint:
    """Who printed and published the statement; modelled as fields, not one law."""

    promoter: str = ""
    printer: str = ""
    address: str = ""
    note: str = ""
    #: The digital imprint line of material published online (social cards): who promotes
    #: it, on whose behalf, and their address, where election law asks for one.
    digital: str = ""

    @property
    def placeholders(self) -> list[str]:
        """Fields still holding the ``TODO`` text ``pamphlet init`` writes."""
        return [name for name in ("promoter", "printer", "address", "note")
                if "TODO" in getattr(self, name).upper()]

    @property
    def complete(self) -> bool:
        """Promoter and printer are given and no field is a placeholder."""
        return bool(self.promoter and self.printer and not self.placeholders)


def _statement_url(template: str) -> bool:
    """An http(s) URL whose only placeholder is ``{slug}``."""
    return not template or set(re.findall(r"\{[^}]*\}", template)) <= {"{slug}"} and \
        template.count("{") == template.count("}")


@dataclass(frozen=True)
class Web:
    """Where statements live online: each gets a QR code to its page."""

    statement_url: str = setting("", pattern=r"(https?://[^\s/]+\S*)?", check=_statement_url,
                                 expected="an http(s) URL such as "
                                          "\"https://example.org/{slug}\"")

    def url_for(self, slug: str) -> str:
        """The statement's own URL ("" when there is no ``statement_url``)."""
        return self.statement_url.replace("{slug}", slug)


#: The card sizes of the social target, in pixels: Instagram square and portrait, link
#: previews (Open Graph, X), Mastodon, stories.
SOCIAL_SIZES = ("1080x1080", "1080x1350", "1200x630", "1200x675", "1080x1920")


def _social_sizes(sizes: tuple[str, ...]) -> bool:
    return all(size in SOCIAL_SIZES for size in sizes) and len(set(sizes)) == len(sizes)


@dataclass(frozen=True)
class Social:
    """The social target's cards."""

    sizes: tuple[str, ...] = setting(SOCIAL_SIZES, nonempty=True, check=_social_sizes,
                                     expected="a list of sizes from "
                                              + ", ".join(f'"{s}"' for s in SOCIAL_SIZES))


@dataclass(frozen=True)
class Office:
    """``[office]``: the office target."""

    #: Keep the colour bands (masthead, slogan band, poster) on an office printer; by
    #: default the slogan block is framed by rules on white, saving toner.
    band: bool = False


@dataclass(frozen=True)
class Placards:
    """The placard layouts."""

    #: A brand-colour band at the foot carrying the organisation (false: white page).
    band: bool = True
#: Calipers (mm a sheet) of common book papers, for the spine of a perfect-bound cover;
#: ``[binding.papers]`` in pamphlet.toml adds a print shop's own or overrides these.
PAPERS = {
    "70gsm-uncoated": 0.09, "80gsm-uncoated": 0.10, "90gsm-uncoated": 0.11,
    "100gsm-uncoated": 0.12, "80gsm-recycled": 0.11, "90gsm-coated": 0.075,
    "115gsm-coated": 0.09, "130gsm-coated": 0.105,
}


#: A hyphenation exception: letters, with hyphens where the word may break.
HYPHENATION_ENTRY = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Hyphenation:
    """A workspace's own word breaks: ``"Kli-ma-streik"`` breaks only there (and so do its
    inflected forms in German), ``"Pamphlet"`` never."""

    exceptions: tuple[str, ...] = setting(
        (), check=lambda words: all(HYPHENATION_ENTRY.fullmatch(w) for w in words),
        expected="a list of words with hyphens where they may break, such as "
                 "[\"Kli-ma-streik\", \"Pamphlet\"]")


@dataclass(frozen=True)
class Binding:
    """The book's paper, for the spine of a perfect-bound cover: a name from the paper
    table, or a caliper measured by the print shop (``paper_thickness_mm`` wins)."""

    paper: str = setting("80gsm-uncoated", nonempty=True)
    paper_thickness_mm: float | None = setting(None, low=0.03, high=1,
                                               expected="a thickness in mm such as 0.1")
    papers: dict[str, float] = field(default_factory=dict)

    def validate(self, problems: Problems, prefix: str) -> None:
        for name, caliper in self.papers.items():
            if not 0.03 <= caliper <= 1:
                problems.fail(f"{prefix}papers.{name}", "a thickness in mm from 0.03 to 1",
                              caliper)
        if self.paper_thickness_mm is None and self.paper not in self.table:
            problems.fail(f"{prefix}paper", "one of " + ", ".join(sorted(self.table))
                          + " (or add it under [binding.papers])", self.paper)

    @property
    def table(self) -> dict[str, float]:
        return {**PAPERS, **self.papers}

    @property
    def caliper_mm(self) -> float:
        """The thickness of one sheet (two pages)."""
        if self.paper_thickness_mm is not None:
            return self.paper_thickness_mm
        return self.table.get(self.paper, PAPERS["80gsm-uncoated"])

    @property
    def paper_name(self) -> str:
        return (f"{self.paper_thickness_mm:g} mm paper" if self.paper_thickness_mm is not None
                else self.paper)


@dataclass(frozen=True)
class Defaults:
    """What a statement gets when its front matter does not say."""

    lang: str = setting("en", pattern=LANG_TAG.pattern.strip("^$"), expected=LANG_EXPECTED)
    layouts: tuple[str, ...] = setting(("leaflet-a5",), nonempty=True,
                                       expected="a list of layout names")
    #: Target names; checked against the target registry when a build plans its jobs.
    targets: tuple[str, ...] = setting(("screen",), nonempty=True,
                                       expected="a list of target names such as "
                                                "[\"screen\", \"print\"]")
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
    hyphenation: Hyphenation = field(default_factory=Hyphenation)
    web: Web = field(default_factory=Web)
    social: Social = field(default_factory=Social)
    placards: Placards = field(default_factory=Placards)
    office: Office = field(default_factory=Office)

    def __post_init__(self) -> None:  # a "default" profile always exists, named as its table
        printers = {"default": PrinterProfile(),
                    **{name: replace(profile, name=name)
                       for name, profile in self.printers.items()}}
        object.__setattr__(self, "printers", printers)

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

    @property
    def has_config(self) -> bool:
        return self.config_path.is_file()

    def source_paths(self) -> list[Path]:
        """Every statement in ``sources/``, in name order."""
        if not self.sources_dir.is_dir():
            return []
        return sorted(self.sources_dir.glob("*.md"))


def find_workspace(start: Path | None = None) -> Workspace:
    """The workspace containing ``start`` (the nearest ``pamphlet.toml`` upwards), or ``start``."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        # a folder by that name is no config, but a FIFO or a device is refused by name
        # (when read), never passed over for another workspace's config or the defaults
        config = folder / CONFIG_NAME
        if os.path.lexists(config) and not config.is_dir():
            try:
                check_within(config, folder)
            except RefusedFile as error:
                raise ConfigError(f"{config}: {error}") from None
            return Workspace(folder, load_config(config))
    return Workspace(start, Config())


def require_workspace(start: Path | None = None) -> Workspace:
    """The workspace containing ``start``; an error when there is no ``pamphlet.toml``."""
    workspace = find_workspace(start)
    if not workspace.has_config:
        raise ConfigError(f"no {CONFIG_NAME} in {workspace.root} or above: run "
                          "`pamphlet init` to make a workspace")
    return workspace


def load_config(path: Path) -> Config:
    """Read and validate ``pamphlet.toml``; every problem is reported at once."""
    problems = Problems(path)
    config = read_dataclass(Config, read_toml(path), problems)
    problems.raise_if_any()
    return config
