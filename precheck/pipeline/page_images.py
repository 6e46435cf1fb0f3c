"""Page images for the report, made from the page the check decoded to read it, so no page is decoded twice.

Each is upright, scaled for the report and kept JPEG-encoded: a packet of 300 pages holds a few hundred kilobytes
a page, not a decoded page each."""
from __future__ import annotations

import io
from typing import Mapping

from PIL import Image

from precheck.ocr.imaging import rotate_clockwise

PAGE_WIDTH_PX = 900  # how wide the report shows a page; images keep twice that, to stay sharp when zoomed

# (file, page) -> JPEG bytes
PageImages = Mapping[tuple[str, int], bytes]


def report_image(page: Image.Image, rotation: int) -> bytes:
    """The page turned upright by `rotation` degrees clockwise, scaled down and JPEG-encoded."""
    image = rotate_clockwise(page, rotation)
    if image is page:
        image = page.copy()  # thumbnail() works in place, and the page may still be read
    image.thumbnail((PAGE_WIDTH_PX * 2, PAGE_WIDTH_PX * 3))
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=72)
    return buffer.getvalue()
