"""A page described once, in millimetres, so the same drawing can become a raster image or a text-layer PDF.

Documents are drawn as a list of operations (text, lines, boxes, pictures such as seals and photos). `raster`
paints them at any dpi for scans and photos; `pdf` writes them with real characters for the text-layer PDFs that
websites and apps print. Text is placed on its baseline; x is the left, right or centre of the run by `anchor`.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Optional

from PIL import Image

from samples.outsider import fonts
from samples.outsider.fonts import Face

PT_PER_MM = 72.0 / 25.4
Colour = tuple  # (r, g, b) or (r, g, b, a)

BLACK = (20, 20, 22)
INK_BLUE = (30, 45, 120)
GREY = (120, 120, 125)
LIGHT_GREY = (200, 200, 204)
SEAL_RED = (205, 32, 38)


@dataclass
class Glyph:
    """One hand-drawn character's wobble: offset in mm, turn in degrees, scale."""

    dx: float
    dy: float
    turn: float
    scale: float


@dataclass
class Text:
    x: float
    y: float
    text: str
    face: Face
    size: float  # points
    colour: Colour = BLACK
    anchor: str = "l"  # l, r, c
    spacing: float = 0.0  # extra mm after each character
    angle: float = 0.0  # degrees counter-clockwise about (x, y)
    hand: Optional[list[Glyph]] = None  # per-character wobble of hand-written text
    in_text_layer: bool = True  # False for text that is part of an image in a real PDF (e-seal, handwriting)


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.25
    colour: Colour = BLACK
    dash: Optional[tuple[float, float]] = None


@dataclass
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    stroke: Optional[Colour] = BLACK
    fill: Optional[Colour] = None
    width: float = 0.25
    radius: float = 0.0


@dataclass
class Picture:
    x0: float
    y0: float
    x1: float
    y1: float
    image: Image.Image  # RGBA
    multiply: bool = False  # ink (a seal) darkens what is under it instead of covering it


@dataclass
class Sheet:
    """One physical page or card. `kind` says what it is physically (a4, card, booklet, screen, receipt, certificate)
    so captures can treat it as such (a card glints, a screen is screenshotted)."""

    width: float
    height: float
    kind: str = "a4"
    background: Colour = (255, 255, 255)
    ops: list = field(default_factory=list)

    # ---- drawing -------------------------------------------------------------------------------------------
    def text(self, x: float, y: float, text: str, face: Face, size: float, colour: Colour = BLACK,
             anchor: str = "l", spacing: float = 0.0, angle: float = 0.0,
             hand: Optional[random.Random] = None, in_text_layer: bool = True) -> float:
        """Draw a run; returns its width in mm. With hand=rng each character wobbles like handwriting."""
        wobble = None
        if hand is not None:
            wobble = [Glyph(hand.uniform(-0.25, 0.25) * size / 12, hand.uniform(-0.5, 0.5) * size / 12,
                            hand.uniform(-6, 6), hand.uniform(0.9, 1.1)) for _ in text]
        self.ops.append(Text(x, y, text, face, size, colour, anchor, spacing, angle, wobble, in_text_layer))
        return self.width_of(text, face, size, spacing)

    def line(self, x0, y0, x1, y1, width=0.25, colour: Colour = BLACK, dash=None) -> None:
        self.ops.append(Line(x0, y0, x1, y1, width, colour, dash))

    def box(self, x0, y0, x1, y1, stroke: Optional[Colour] = BLACK, fill: Optional[Colour] = None, width=0.25,
            radius=0.0) -> None:
        self.ops.append(Box(x0, y0, x1, y1, stroke, fill, width, radius))

    def picture(self, x0, y0, x1, y1, image: Image.Image, multiply: bool = False) -> None:
        self.ops.append(Picture(x0, y0, x1, y1, image.convert("RGBA"), multiply))

    def checkbox(self, x: float, y: float, size: float, ticked: bool, colour: Colour = BLACK) -> None:
        """A □ whose top-left is (x, y - size); ticked draws a √ in it (a glyph many fonts lack, so it is drawn)."""
        self.box(x, y - size, x + size, y, stroke=colour, width=0.25)
        if ticked:
            self.line(x + size * 0.18, y - size * 0.5, x + size * 0.42, y - size * 0.15, 0.45, colour)
            self.line(x + size * 0.42, y - size * 0.15, x + size * 0.95, y - size * 1.05, 0.45, colour)

    # ---- measuring -----------------------------------------------------------------------------------------
    @staticmethod
    def width_of(text: str, face: Face, size: float, spacing: float = 0.0) -> float:
        return fonts.advance(face, text, size) / PT_PER_MM + spacing * len(text)

    @classmethod
    def wrap(cls, text: str, face: Face, size: float, width: float, spacing: float = 0.0) -> list[str]:
        """Break text (CJK: at any character) into lines no wider than width mm."""
        lines, current = [], ""
        for ch in text:
            if current and cls.width_of(current + ch, face, size, spacing) > width:
                lines.append(current)
                current = ""
            current += ch
        if current:
            lines.append(current)
        return lines

    def paragraph(self, x: float, y: float, text: str, face: Face, size: float, width: float,
                  leading: float = 1.6, colour: Colour = BLACK, indent: int = 0, spacing: float = 0.0) -> float:
        """Running text wrapped to width, first line indented by `indent` characters; returns the y below it."""
        step = size / PT_PER_MM * leading
        first = True
        for line in self.wrap("　" * indent + text, face, size, width, spacing):
            self.text(x, y, line, face, size, colour, spacing=spacing)
            y += step
            first = False
        return y + (0 if first else 0)
