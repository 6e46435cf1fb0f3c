"""Small page drawings for ingest and OCR tests (the sample generator draws the realistic ones)."""
from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


def draw_text_page(lines: list[str], dpi: int = 150, font_pt: float = 12) -> Image.Image:
    width, height = round(8.27 * dpi), round(11.69 * dpi)
    size = round(font_pt / 72 * dpi)
    font = ImageFont.truetype(FONT, size)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    y = round(0.08 * height)
    for line in lines:
        draw.text((round(0.1 * width), y), line, font=font, fill="black")
        y += round(size * 2.2)
    return image
