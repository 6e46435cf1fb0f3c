"""A page being drawn: text with its pixel boxes recorded, ruled grids, red seals, photos."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageDraw

from samples.generator.fonts import font

A4_300DPI = (2480, 3508)
CARD_300DPI = (1011, 638)
INK = (25, 25, 30)
RED = (214, 40, 40)

Box = tuple[int, int, int, int]


@dataclass
class Page:
    size: tuple[int, int] = A4_300DPI
    background: tuple[int, int, int] = (255, 255, 255)
    lines: list[tuple[str, Box]] = field(default_factory=list)
    seals: list[tuple[int, int, int, str]] = field(default_factory=list)

    def __post_init__(self):
        self.image = Image.new("RGB", self.size, self.background)
        self.draw = ImageDraw.Draw(self.image)

    @property
    def width(self) -> int:
        return self.size[0]

    @property
    def height(self) -> int:
        return self.size[1]

    def text(self, xy, text: str, size: int, face: str = "sans", fill=INK, anchor: str = "la") -> Box:
        f = font(face, size)
        box = self.draw.textbbox(xy, text, font=f, anchor=anchor)
        self.draw.text(xy, text, font=f, fill=fill, anchor=anchor)
        self.lines.append((text, tuple(int(v) for v in box)))
        return box

    def wrapped(self, xy, text: str, size: int, max_width: int, face: str = "sans", leading: float = 1.6) -> int:
        """Draw text wrapped at max_width; returns the y below it."""
        x, y = xy
        f = font(face, size)
        line = ""
        for ch in text:
            if f.getlength(line + ch) > max_width and line:
                self.text((x, y), line, size, face)
                y += round(size * leading)
                line = ""
            line += ch
        if line:
            self.text((x, y), line, size, face)
            y += round(size * leading)
        return y

    def rule(self, x0, y0, x1, y1, width: int = 3, fill=INK):
        self.draw.line((x0, y0, x1, y1), fill=fill, width=width)

    def grid(self, x0: int, y0: int, col_edges: list[int], row_heights: list[int], width: int = 3) -> list[int]:
        """Ruled table; returns the y of each row's top edge plus the bottom."""
        ys = [y0]
        for h in row_heights:
            ys.append(ys[-1] + h)
        for y in ys:
            self.rule(x0 + col_edges[0], y, x0 + col_edges[-1], y, width)
        for x in col_edges:
            self.rule(x0 + x, ys[0], x0 + x, ys[-1], width)
        return ys

    def photo_placeholder(self, box: Box, rng: random.Random):
        x0, y0, x1, y1 = box
        self.draw.rectangle(box, fill=(214, 222, 232))
        cx, cy = (x0 + x1) // 2, y0 + (y1 - y0) * 2 // 5
        r = (x1 - x0) // 5
        self.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(120, 120, 130))
        self.draw.ellipse((cx - 2 * r, cy + r + 10, cx + 2 * r, y1 + 2 * r), fill=(120, 120, 130))

    def seal(self, center: tuple[int, int], radius: int, text: str, rng: random.Random, color=RED):
        """A round red seal in multiply blend: print under it stays readable, as with real seal ink."""
        layer = Image.new("RGB", self.size, (255, 255, 255))
        d = ImageDraw.Draw(layer)
        cx, cy = center
        ring = max(4, radius // 14)
        d.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), outline=color, width=ring)
        star = radius // 4
        d.regular_polygon((cx, cy, star), 5, rotation=rng.uniform(-8, 8), fill=color)
        size = max(12, radius // 4)
        f = font("sans_bold", size)
        n = len(text)
        span = min(250.0, 22.0 * n)
        for i, ch in enumerate(text):
            angle = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            r = radius - ring - size * 0.75
            x, y = cx + r * math.cos(angle), cy + r * math.sin(angle)
            glyph = Image.new("RGBA", (size * 2, size * 2), (0, 0, 0, 0))
            ImageDraw.Draw(glyph).text((size, size), ch, font=f, fill=color + (255,), anchor="mm")
            glyph = glyph.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC)
            layer.paste(glyph, (int(x - size), int(y - size)), glyph)
        # uneven ink
        alpha = rng.uniform(0.75, 0.95)
        layer = Image.blend(Image.new("RGB", self.size, (255, 255, 255)), layer, alpha)
        self.image = ImageChops.multiply(self.image, layer)
        self.draw = ImageDraw.Draw(self.image)
        self.seals.append((cx, cy, radius, text))


def fmt_date(d, style: str) -> str:
    if isinstance(d, str):
        return "长期"
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "dash": f"{d.year}-{d.month:02d}-{d.day:02d}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
        "dot_short": f"{d.year}.{d.month}.{d.day}",
    }[style]


DATE_STYLES = ("cn", "cn0", "dot", "dash", "dot_short")
