"""The social target: PNG cards at the platforms' sizes, a title card and a card per
demand, text kept out of the edges platforms crop, alt text beside them."""

from __future__ import annotations

import json
import struct

import pytest
from PIL import Image, ImageChops

from conftest import MINIMAL_CONFIG, SEED, statement
from pamphlet.build.run import build
from pamphlet.config.workspace import SOCIAL_SIZES, find_workspace, load_config
from pamphlet.errors import ConfigError
from pamphlet.load.sources import load_statement
from pamphlet.render.cards import cards_for
from pamphlet.targets.social import on_brand

BRAND = (0xE2, 0x23, 0x1A)
SOCIAL_CONFIG = MINIMAL_CONFIG.replace('name = "Test Organisation"',
                                       'name = "Test Organisation"\nhandle = "@tests@social.example"'
                                       ) + '\n[brand]\nrgb = "#e2231a"\n'
DIGITAL = "Promoted by T. Tester on behalf of the Test Organisation, 1 Test Street, London"
DIGITAL_CONFIG = SOCIAL_CONFIG.replace('promoter = "T. Tester, 1 Test Street"',
                                       f'promoter = "T. Tester, 1 Test Street"\ndigital = "{DIGITAL}"')


@pytest.fixture(scope="module")
def social(tmp_path_factory):
    """The seed's cards at every size; a Spanish and an Arabic statement's at one."""
    root = tmp_path_factory.mktemp("social")
    (root / "sources").mkdir()
    (root / "pamphlet.toml").write_text(SOCIAL_CONFIG)
    (root / "sources/seed.md").write_text(SEED.read_text())
    report = build(find_workspace(root), targets=["social"], out_dir=root / "out",
                   strict=True)
    assert report.ok, report.failed
    one = root / "one"
    (one / "sources").mkdir(parents=True)
    (one / "pamphlet.toml").write_text(DIGITAL_CONFIG
                                      + '\n[social]\nsizes = ["1080x1350", "1200x630"]\n')
    (one / "sources/es.md").write_text(statement(
        "Con las limpiadoras, hasta el final", body="Texto.", lang="es", date="2023-10-17",
        place="Zaragoza", demands=["Readmisión inmediata de las despedidas",
                                   "¡Hasta el final!"]))
    (one / "sources/ar.md").write_text(statement(
        "لا للحرب على غزة", body="نص البيان.", lang="ar", date="2024-01-20",
        demands=["أوقفوا الحرب على غزة الآن", "الخبز والحرية والعدالة الاجتماعية"]))
    report = build(find_workspace(one), targets=["social"], out_dir=one / "out", strict=True)
    assert report.ok, report.failed
    return root / "out", one / "out"


def pixels(path):
    return Image.open(path).convert("RGB")


def test_cards_at_every_size_a_title_card_and_one_per_demand(social):
    folder = social[0] / "seed.social"
    names = sorted(p.name for p in folder.iterdir())
    expected = sorted([f"{size}-{n:02d}.png" for size in SOCIAL_SIZES for n in range(1, 7)]
                      + ["alt.txt", "cards.json"])
    assert names == expected
    for size in SOCIAL_SIZES:
        width, height = map(int, size.split("x"))
        for n in range(1, 7):
            image = Image.open(folder / f"{size}-{n:02d}.png")
            assert image.size == (width, height) and image.mode == "RGB"


def test_alt_text_matches_each_card(social):
    folder = social[0] / "seed.social"
    demands = load_statement(social[0].parent / "sources/seed.md",
                             load_config(social[0].parent / "pamphlet.toml")).demands
    manifest = json.loads((folder / "cards.json").read_text())
    assert manifest["statement"] == "seed" and manifest["lang"] == "en"
    cards = manifest["cards"]
    assert len(cards) == 6 * len(SOCIAL_SIZES)
    alt_txt = (folder / "alt.txt").read_text()
    for card in cards:
        assert f"{card['file']}\n{card['alt']}\n" in alt_txt
        number = int(card["file"][-6:-4])
        if number == 1:
            assert card["kind"] == "title"
            assert card["alt"].startswith("On the coup in Bolivia. 23 November 2019.")
        else:
            assert card["kind"] == "demand"
            assert card["alt"] == (f"{demands[number - 2].rstrip('.')}. Test Organisation, "
                                   "@tests@social.example")
        assert "<" not in card["alt"] and "*" not in card["alt"]  # plain words


def foreign(image: Image.Image, allowed: set) -> Image.Image:
    """255 where a pixel is none of the ``allowed`` colours, else 0."""
    mask = None
    for colour in allowed:
        red, green, blue = ImageChops.difference(
            image, Image.new("RGB", image.size, colour)).split()
        off = ImageChops.lighter(ImageChops.lighter(red, green), blue).point(
            lambda v: 255 if v else 0)
        mask = off if mask is None else ImageChops.darker(mask, off)
    return mask


def outside_safe_area(mask: Image.Image) -> list[tuple[int, int, int, int]]:
    """The boxes of the outer 10 % of each side (where platforms crop) that ``mask``
    marks anything in."""
    width, height = mask.size
    dx, dy = int(width * 0.1), int(height * 0.1)
    return [box for box in ((0, 0, width, dy), (0, height - dy, width, height),
                            (0, 0, dx, height), (width - dx, 0, width, height))
            if mask.crop(box).getbbox() is not None]


@pytest.mark.parametrize("size", SOCIAL_SIZES)
def test_no_text_within_ten_percent_of_an_edge(social, size):
    folder = social[0] / "seed.social"
    for n in range(1, 7):
        image = pixels(folder / f"{size}-{n:02d}.png")
        allowed = {BRAND, (255, 255, 255)} if n == 1 else {BRAND}
        mask = foreign(image, allowed)
        assert outside_safe_area(mask) == [], (size, n)
        # and the text is there, inside: a good share of the middle is not background
        ink = mask.histogram()[255]
        assert ink > 0.03 * 0.64 * image.width * image.height, (size, n)


def test_demand_is_set_as_large_as_it_fits(social):
    """The key demand's lines span the safe width: its ink reaches both sides of the
    centre 80 % less a little."""
    image = pixels(social[0] / "seed.social/1080x1080-04.png")  # Down with the coup regime
    background = Image.new("RGB", image.size, BRAND)
    left, top, right, bottom = ImageChops.difference(image, background).getbbox()
    assert left >= 108 and right <= 972 and top >= 108 and bottom <= 972
    assert right - left > 0.9 * 864  # the widest line fills the safe width


def test_spanish_cards_in_their_language(social):
    folder = social[1] / "es.social"
    assert sorted(p.name for p in folder.glob("1080x1350-*.png")) == [
        f"1080x1350-0{n}.png" for n in (1, 2, 3)]
    manifest = json.loads((folder / "cards.json").read_text())
    assert manifest["lang"] == "es" and manifest["imprint"] == DIGITAL
    alts = [card["alt"] for card in manifest["cards"] if card["width"] == 1080]
    assert alts[0].startswith("Con las limpiadoras, hasta el final. "
                              "17 de octubre de 2023 · Zaragoza.")
    assert alts[2].startswith("¡Hasta el final! Test Organisation")


def test_right_to_left_cards_are_set_flush_right(social):
    folder = social[1] / "ar.social"
    manifest = json.loads((folder / "cards.json").read_text())
    assert manifest["cards"][1]["alt"].startswith("أوقفوا الحرب على غزة الآن.")
    image = pixels(folder / "1080x1350-02.png")
    width, height = image.size
    main = image.crop((0, 0, width, int(height * 0.7)))  # above the foot
    left, _, right, _ = ImageChops.difference(main, Image.new("RGB", main.size, BRAND)
                                              ).getbbox()
    assert right == pytest.approx(0.9 * width, abs=0.02 * width)  # the lines end right
    assert left >= 0.1 * width
    assert outside_safe_area(foreign(image, {BRAND})) == []


def ink_free(image: Image.Image, top: float, bottom: float, left: float, right: float
             ) -> bool:
    """Whether the rows from ``top`` to ``bottom`` hold no ink between ``left`` and
    ``right``: no pixel far from the colour at that row's edge (paper or the band)."""
    for y in range(round(top), round(bottom)):
        edge = image.getpixel((2, y))
        for x in range(round(left), round(right), 2):
            if max(abs(a - b) for a, b in zip(image.getpixel((x, y)), edge)) > 60:
                return False
    return True


@pytest.mark.parametrize("folder, name", [(0, "seed"), (1, "ar"), (1, "es")])
def test_every_block_keeps_its_space_above(social, folder, name):
    """Lines stand as tall as the face that draws them: Arabic, deeper than the display
    face, must not run into the dateline under the title or into the foot."""
    out = social[folder]
    root = out.parent
    config = load_config(root / "pamphlet.toml")
    sizes = config.social.sizes
    for card in cards_for(load_statement(root / f"sources/{name}.md", config), config, sizes):
        image = pixels(out / f"{name}.social" / card.name)
        s = card.setting
        unit, left, right = s["unit"], s["left"], s["left"] + s["width"]
        foot_top = s["bottom"] - s["foot"]["height"]
        assert ink_free(image, foot_top - 15 * unit, foot_top, left, right), card.name
        for block in s["blocks"][1:]:  # the space between the title and what follows
            assert ink_free(image, block["top"] - 12 * unit, block["top"], left, right), \
                (card.name, block["class"])


def test_digital_imprint_on_every_card_where_set(make_workspace):
    root = make_workspace({"sources/a.md": statement(demands=["Rent freeze now"])},
                          config=DIGITAL_CONFIG)
    config = load_config(root / "pamphlet.toml")
    cards = cards_for(load_statement(root / "sources/a.md", config), config, ("1200x630",))
    for card in cards:
        imprint = [line["text"] for line in card.setting["foot"]["lines"]
                   if line["class"] == "card-imprint"]
        assert " ".join(imprint) == DIGITAL
    bare = load_config(root / "pamphlet.toml").__class__()
    (card, *_) = cards_for(load_statement(root / "sources/a.md", bare), bare, ("1200x630",))
    assert not card.setting["foot"]["lines"] or all(
        line["class"] != "card-imprint" for line in card.setting["foot"]["lines"])


def png_chunks(path) -> list[bytes]:
    data = path.read_bytes()
    chunks, offset = [], 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        chunks.append(kind)
        if kind == b"IEND":
            break
        offset += 12 + length
    return chunks


def test_rebuilds_are_byte_identical_and_carry_no_time(social, tmp_path):
    root = social[1].parent
    report = build(find_workspace(root), targets=["social"], out_dir=tmp_path, strict=True)
    assert report.ok and len(report.built) == 2  # new folders: built again, not skipped
    for name in ("es.social", "ar.social"):
        first, second = social[1] / name, tmp_path / name
        for path in first.iterdir():
            assert (second / path.name).read_bytes() == path.read_bytes(), path.name
    assert set(png_chunks(social[0] / "seed.social/1080x1080-01.png")) <= {
        b"IHDR", b"IDAT", b"IEND"}


def test_text_colour_follows_the_brand_colour():
    assert on_brand("#e2231a") == "#fff"
    assert on_brand("#ffd500") == "#000"  # a light yellow brand: black text


@pytest.mark.parametrize("value", ['["1080x1080", "800x800"]', "[]", '["1080x1080", "1080x1080"]'])
def test_bad_sizes_are_named(tmp_path, value):
    path = tmp_path / "pamphlet.toml"
    path.write_text(f"[social]\nsizes = {value}\n")
    with pytest.raises(ConfigError, match=r"'social\.sizes': expected a list of sizes from"):
        load_config(path)


def test_cli_builds_cards_and_collection_refuses_them(make_workspace, monkeypatch):
    from typer.testing import CliRunner

    from pamphlet.cli import app

    root = make_workspace({"sources/a.md": statement(demands=["Rent freeze now"])},
                          config=SOCIAL_CONFIG + '\n[social]\nsizes = ["1200x630"]\n')
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["build", "-t", "social"])
    assert result.exit_code == 0, result.output
    assert f"{root / 'build/a.social'}/ (4 files; 2 cards at 1 size; alt text in alt.txt)" \
        in result.output
    result = CliRunner().invoke(app, ["collection", "-t", "social"])
    assert result.exit_code == 1
    assert "error: --target social: makes files per statement, not a book" in result.output
