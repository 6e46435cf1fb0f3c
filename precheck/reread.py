"""Reading a line again from the page at full resolution, when a field's value did not read cleanly.

OCR reads whole pages from a downscaled image; a value that comes back unparseable or with doubtful characters
is cropped from the full-resolution page and recognised again on its own."""
from __future__ import annotations

from typing import Callable, Optional

from PIL import Image

from precheck.model import OcrLine, PageRef
from precheck.ocr.imaging import drop_seals, rotate_clockwise

PAD_HEIGHTS = 0.35  # padding around the line, in line heights


class Rereader:
    def __init__(self, engine):
        self.engine = engine
        self.pages: dict[PageRef, tuple[Callable[[], Image.Image], int]] = {}
        self._current: Optional[tuple[PageRef, Image.Image]] = None
        self.count = 0

    def add_page(self, ref: PageRef, reload: Callable[[], Image.Image], rotation: int) -> None:
        self.pages[ref] = (reload, rotation)

    def __call__(self, ref: PageRef, bbox) -> Optional[OcrLine]:
        read_line = getattr(self.engine, "read_line", None)
        if read_line is None or ref not in self.pages:
            return None
        image = self._image(ref)
        width, height = image.size
        x0, y0, x1, y1 = bbox[0] * width, bbox[1] * height, bbox[2] * width, bbox[3] * height
        pad = (y1 - y0) * PAD_HEIGHTS
        box = (max(0, round(x0 - pad)), max(0, round(y0 - pad)), min(width, round(x1 + pad)), min(height, round(y1 + pad)))
        if box[2] - box[0] < 4 or box[3] - box[1] < 4:
            return None
        self.count += 1
        try:
            line = read_line(image.crop(box))
        except Exception:  # noqa: BLE001 - a failed second look leaves the first reading as it was
            return None
        return line.model_copy(update={"bbox": tuple(bbox)}) if line is not None else None

    def _image(self, ref: PageRef) -> Image.Image:
        if self._current is None or self._current[0] != ref:
            reload, rotation = self.pages[ref]
            upright = rotate_clockwise(reload().convert("RGB"), rotation)
            # Seals are found on the whole page; a line's crop is too small to show a seal's ring.
            self._current = (ref, Image.fromarray(drop_seals(upright)))
        return self._current[1]
