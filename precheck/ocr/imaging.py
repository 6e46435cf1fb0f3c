"""Pixel preparation shared by the engines: seal removal, sizing, rotation."""
from __future__ import annotations

import numpy as np
from PIL import Image

from typing import Optional

from precheck.ocr.grey_seal import SealsDropped, drop_grey_seals
from precheck.ocr.seal_rings import SealSearch


def drop_red_seal(image: Image.Image) -> np.ndarray:
    """The red channel as grey: a red seal turns nearly white, black and blue ink stay dark."""
    rgb = np.asarray(image.convert("RGB"))
    return np.ascontiguousarray(rgb[:, :, 0])


def drop_seals(image: Image.Image, found: Optional[SealSearch] = None) -> SealsDropped:
    """Grey pixels without red seals and without the grey seals of photocopies; the seals that could not be taken
    off (bilevel scans) are read through. `found`: what the first reading's search of this page found."""
    return drop_grey_seals(drop_red_seal(image), found)


def rotate_clockwise(image: Image.Image, degrees: int) -> Image.Image:
    if degrees % 360 == 0:
        return image
    # PIL rotates counter-clockwise; transpose is lossless for right angles.
    op = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
    return image.transpose(op[degrees % 360])


def limit_size(image: Image.Image, max_side: int) -> tuple[Image.Image, float]:
    """Downscale so the longer side is at most max_side; returns the image and the scale used."""
    longest = max(image.size)
    if longest <= max_side:
        return image, 1.0
    scale = max_side / longest
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS), scale
