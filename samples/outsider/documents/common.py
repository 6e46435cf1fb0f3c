"""What every document drawer shares: the drawn result, type faces picked per document, watermarks."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Optional

from samples.outsider import fonts
from samples.outsider.fonts import Face
from samples.outsider.sheet import Sheet

WATERMARK = "仅供居住证积分使用，他用无效"


@dataclass
class DrawnPage:
    """A drawn page and the truth it carries: the fields and table rows printed legibly on it."""

    sheet: Sheet
    fields: dict = field(default_factory=dict)
    rows: list = field(default_factory=list)


@dataclass
class Drawn:
    """A document drawn in one layout. medium says how it exists in the world, which decides how it can be
    captured: card (a plastic card), booklet (a page of a small booklet), paper (printed or filled A4),
    certificate (a large certificate), web (a print from a website or app, can be a text-layer PDF),
    screen (an app screen, screenshotted), receipt."""

    type: str
    layout: str
    pages: list[DrawnPage]
    medium: str

    def fields(self) -> dict:
        out: dict = {}
        for page in self.pages:
            out.update(page.fields)
        return out


def face(rng: random.Random, role: str, pdf: bool = False) -> Face:
    return rng.choice(fonts.faces(role, pdf))


@dataclass
class Style:
    """The type a document is set in: faces for labels, values and body text, and their sizes/spacing."""

    label: Face
    value: Face
    body: Face
    title: Face
    size: float
    spacing: float

    @classmethod
    def pick(cls, rng: random.Random, pdf: bool = False, size=(9.5, 11.5)) -> "Style":
        body_role = rng.choice(("song", "song", "hei"))
        return cls(face(rng, rng.choice(("hei", "song")), pdf), face(rng, rng.choice(("hei", "song", "song")), pdf),
                   face(rng, body_role, pdf), face(rng, rng.choice(("hei_bold", "song_bold", "hei")), pdf),
                   round(rng.uniform(*size), 1), rng.choice((0.0, 0.0, 0.15, 0.35)))


def watermark(sheet: Sheet, rng: random.Random, hand: bool = False, region: Optional[tuple] = None) -> None:
    """'仅供居住证积分使用，他用无效' across the copy, over the values (region: the y range they occupy), typed in
    a tint or written by hand."""
    y0, y1 = region or (sheet.height * 0.2, sheet.height * 0.85)
    if hand:
        colour = rng.choice(((30, 50, 160, 230), (20, 20, 20, 230), (180, 30, 30, 220)))
        f = face(rng, "hand")
        sheet.text(sheet.width * rng.uniform(0.15, 0.3), rng.uniform(y0, y1), WATERMARK, f,
                   rng.uniform(16, 24), colour, angle=rng.uniform(-25, 25), hand=rng, in_text_layer=False)
        return
    colour = rng.choice(((150, 150, 150, 110), (220, 80, 80, 110), (70, 110, 200, 100)))
    f = face(rng, rng.choice(("hei", "song")))
    angle = rng.choice((0, 20, 30, 35, -30))
    size = rng.uniform(14, 22)
    count = rng.randint(2, 4)
    for k in range(count):
        sheet.text(sheet.width * rng.uniform(0.05, 0.25), y0 + (y1 - y0) * (k + 0.5) / count + rng.uniform(-5, 5),
                   WATERMARK, f, size, colour, angle=angle, in_text_layer=False)


def maybe_full_width(rng: random.Random, value: str, p: float = 0.25) -> str:
    """Some typists enter digits (and brackets) full-width: the truth stays half-width (SPEC §3)."""
    from samples.outsider.normalise import full_width

    return full_width(value) if rng.random() < p else value


def spaced(value: str, gap: str = " ") -> str:
    return gap.join(value)


def label_colour(rng: random.Random) -> tuple:
    return rng.choice(((95, 95, 100), (60, 60, 66), (20, 20, 22)))


def blank_or(value: Optional[str]) -> str:
    return value or ""
