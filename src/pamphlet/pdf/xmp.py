"""Stage 4, finish (pikepdf): facts a finished PDF carries in its XMP metadata for
`pamphlet check`: the URLs of the QR codes it draws.

The URLs go in ``pamphlet:qrCodes`` (an ordered list, page order: what `pamphlet check`
decodes the codes against) and in ``dc:relation`` (so any XMP reader sees the links). The
metadata is edited without touching the Info dictionary or adding a date, so the file stays
byte-identical from the same inputs.
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf.models.metadata import XMP_NS_DC

#: pamphlet's own XMP namespace (a URN: it names, it does not point anywhere).
PAMPHLET_NS = "urn:pamphlet:xmp:1.0:"
QR_PROPERTY = f"{{{PAMPHLET_NS}}}qrCodes"
_RELATION = f"{{{XMP_NS_DC}}}relation"


def _register() -> None:
    pikepdf.models.PdfMetadata.register_xml_namespace(PAMPHLET_NS, "pamphlet")


def record_qr_urls(document: pikepdf.Pdf, urls: tuple[str, ...] | list[str]) -> None:
    """Write the QR codes' URLs into an open document's XMP metadata (nothing for none)."""
    if not urls:
        return
    _register()
    with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
        meta[QR_PROPERTY] = list(urls)  # a list becomes an rdf:Seq
        existing = list(meta.get(_RELATION, None) or [])
        meta[_RELATION] = sorted(set(existing) | set(urls))  # an rdf:Bag: sorted, stable


def with_qr_urls(pdf: bytes, urls: tuple[str, ...] | list[str]) -> bytes:
    """``pdf`` with the URLs recorded (the same bytes when there are none)."""
    if not urls:
        return pdf
    document = pikepdf.open(io.BytesIO(pdf))
    record_qr_urls(document, urls)
    out = io.BytesIO()
    document.save(out, deterministic_id=True, compress_streams=True,
                  object_stream_mode=pikepdf.ObjectStreamMode.preserve)
    return out.getvalue()


def recorded_qr_urls(pdf: bytes) -> list[str]:
    """The URLs the PDF says its QR codes carry (empty when it says none)."""
    _register()
    document = pikepdf.open(io.BytesIO(pdf))
    if "/Metadata" not in document.Root:
        return []
    value = document.open_metadata().get(QR_PROPERTY)
    return [str(url) for url in value] if value else []
