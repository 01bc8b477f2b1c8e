"""Stage 4, finish (pypdfium2): PDF pages as PNG images of an exact pixel size, with no
date or other varying metadata, so the same page always gives the same bytes."""

from __future__ import annotations

import io


def page_pngs(pdf: bytes, sizes: list[tuple[int, int]]) -> list[bytes]:
    """Each page rendered at ``sizes[i]`` pixels (its page size at 96 px to the inch; a
    pixel more or less from rounding is cropped or padded away) as PNG bytes."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(pdf)
    try:
        if len(document) != len(sizes):
            raise ValueError(f"{len(document)} pages for {len(sizes)} images")
        images = []
        for index, (width, height) in enumerate(sizes):
            page = document[index]
            try:
                page_width, _ = page.get_size()
                image = page.render(scale=width / page_width).to_pil().convert("RGB")
            finally:
                page.close()
            if image.size != (width, height):
                canvas = Image.new("RGB", (width, height), image.getpixel((0, 0)))
                canvas.paste(image, (0, 0))
                image = canvas
            buffer = io.BytesIO()
            image.save(buffer, format="PNG", compress_level=6)
            images.append(buffer.getvalue())
        return images
    finally:
        document.close()
