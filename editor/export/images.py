"""Figure images: their media type, from the bytes themselves when the store did not say."""
from __future__ import annotations

import base64

from editor.core.model import Figure

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def media_type(figure: Figure) -> str | None:
    """The image's media type: sniffed from its first bytes, else as recorded, else generic
    bytes (embedded all the same: a broken picture shows the problem, a missing one hides it)."""
    if not figure.image:
        return None
    head = figure.image[:16]
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return figure.image_type or "application/octet-stream"


def data_uri(figure: Figure) -> str | None:
    kind = media_type(figure)
    if kind is None:
        return None
    return f"data:{kind};base64,{base64.b64encode(figure.image).decode('ascii')}"
