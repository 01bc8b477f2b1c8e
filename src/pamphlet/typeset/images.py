"""Raster images for print: converted to CMYK through the output profile (Pillow ImageCms)."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageCms

from pamphlet.errors import TypesetError


@cache
def _transform(profile: Path, mode: str) -> ImageCms.ImageCmsTransform:
    source = ImageCms.createProfile("sRGB")
    return ImageCms.buildTransform(source, ImageCms.getOpenProfile(str(profile)), mode, "CMYK",
                                   renderingIntent=ImageCms.Intent.RELATIVE_COLORIMETRIC)


def to_cmyk_jpeg(data: bytes, profile: Path) -> bytes:
    """The image as a high-quality CMYK JPEG; transparency is flattened onto white paper."""
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (OSError, Image.DecompressionBombError) as error:
        raise TypesetError(f"cannot read image: {error}") from None
    dpi = image.info.get("dpi")
    if image.mode != "CMYK":
        if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
            rgba = image.convert("RGBA")
            image = Image.new("RGB", rgba.size, "white")
            image.paste(rgba, mask=rgba.getchannel("A"))
        image = ImageCms.applyTransform(image.convert("RGB"), _transform(profile, "RGB"))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=95, subsampling=0, **({"dpi": dpi} if dpi else {}))
    return out.getvalue()
