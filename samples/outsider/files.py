"""Writing captured pages in the formats people hand in: JPEG (with EXIF orientation), PNG, WebP, HEIC, multi-page
bilevel TIFF, image-only PDF, text-layer PDF; and turning content as a careless scan or photo does."""
from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Sequence

from PIL import Image

from samples.outsider import pdf
from samples.outsider.sheet import Sheet

EXIF_ORIENTATION = 0x0112


def turned(img: Image.Image, clockwise: int) -> Image.Image:
    """The content as it looks when turned clockwise by 90/180/270 degrees."""
    return img.rotate(-clockwise, expand=True) if clockwise else img


def stored_for_orientation(img: Image.Image, orientation: int) -> Image.Image:
    """The pixels a phone stores so that a viewer applying EXIF orientation shows img upright."""
    return {1: img, 3: img.rotate(180), 6: img.rotate(90, expand=True), 8: img.rotate(-90, expand=True)}[orientation]


def jpeg(path: Path, img: Image.Image, quality: int, orientation: int = 1) -> None:
    stored = stored_for_orientation(img.convert("RGB") if img.mode not in ("RGB", "L") else img, orientation)
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = orientation
    exif[0x010F] = "Xiaomi" if orientation % 2 else "Apple"  # Make
    stored.save(path, "JPEG", quality=quality, exif=exif.tobytes(), optimize=False)


def png(path: Path, img: Image.Image) -> None:
    img.save(path, "PNG", compress_level=3)


def webp(path: Path, img: Image.Image, quality: int) -> None:
    img.convert("RGB").save(path, "WEBP", quality=quality, method=2)


def heic(path: Path, img: Image.Image, quality: int) -> None:
    import pillow_heif

    pillow_heif.register_heif_opener()
    img.convert("RGB").save(path, "HEIF", quality=quality, enc_params={"preset": "ultrafast"})


def tiff(path: Path, pages: Sequence[Image.Image], dpi: int) -> None:
    first, *rest = [p.convert("1") for p in pages]
    first.save(path, "TIFF", compression="group4", save_all=True, append_images=rest, dpi=(dpi, dpi))


def image_pdf(path: Path, pages: Sequence[Image.Image], dpi: int, quality: int) -> None:
    path.write_bytes(pdf.image_pdf(pages, dpi, quality))


def text_pdf(path: Path, sheets: Sequence[Sheet], rng: random.Random) -> None:
    shuffle = random.Random(rng.randrange(1 << 30)) if rng.random() < 0.5 else None
    path.write_bytes(pdf.text_pdf(sheets, shuffle=shuffle, creator=rng.choice(("", "Skia/PDF m118", "iText 5.5.13"))))
