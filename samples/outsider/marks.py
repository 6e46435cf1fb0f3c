"""Pictures that are not text: seals, the guilloche of a card, portrait photos, the national emblem, QR codes, chips.

Each returns an RGBA image to place with `Sheet.picture`. Seals carry ring text (…公安局…户口专用章) because that
ring text lying over an address is one of the traps the documents really have.
"""
from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from samples.outsider import fonts

PX_PER_MM = 12


def seal(rng: random.Random, ring_text: str, centre_text: str = "", diameter_mm: float = 42,
         colour=(210, 30, 40), oval: bool = False, number: str = "") -> Image.Image:
    """A round (or oval) red seal: ring, ring text on the upper arc, a star, a line across the bottom."""
    d = int(diameter_mm * PX_PER_MM)
    img = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    ring = max(3, int(d * 0.03))
    draw.ellipse([ring // 2, ring // 2, d - ring // 2, d - ring // 2], outline=colour + (255,), width=ring)
    face = rng.choice(fonts.faces("hei") + fonts.faces("song"))
    n = max(1, len(ring_text))
    char_px = int(min(d * 0.13, (math.pi * d * 0.75) / n * 0.95))
    font = fonts.pil_font(face, char_px)
    radius = d / 2 - ring - char_px * 0.62
    span = min(250.0, 16.5 * n * char_px / (d * 0.13))
    for i, ch in enumerate(ring_text):
        a = math.radians(90 + span / 2 - span * (i + 0.5) / n)
        cx, cy = d / 2 + radius * math.cos(a), d / 2 - radius * math.sin(a)
        cell = Image.new("RGBA", (char_px * 2, char_px * 2), (0, 0, 0, 0))
        ImageDraw.Draw(cell).text((char_px, char_px), ch, font=font, fill=colour + (255,), anchor="mm")
        cell = cell.rotate(math.degrees(a) - 90, resample=Image.BICUBIC)
        img.alpha_composite(cell, (int(cx - char_px), int(cy - char_px)))
    _star(draw, d / 2, d / 2 - d * 0.02, d * 0.14, colour)
    if centre_text:
        cf = fonts.pil_font(face, int(d * 0.1))
        draw.text((d / 2, d * 0.74), centre_text, font=cf, fill=colour + (255,), anchor="mm")
    if number:
        nf = fonts.pil_font(face, int(d * 0.055))
        draw.text((d / 2, d * 0.88), number, font=nf, fill=colour + (255,), anchor="mm")
    img = _uneven_ink(img, rng)
    if oval:
        img = img.resize((d, int(d * 0.72)), Image.LANCZOS)
    return img.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def _star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float, colour) -> None:
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.4
        a = math.radians(90 + k * 36)
        pts.append((cx + rr * math.cos(a), cy - rr * math.sin(a)))
    draw.polygon(pts, fill=colour + (255,))


def _uneven_ink(img: Image.Image, rng: random.Random) -> Image.Image:
    """Stamped ink is never even: thin it in blotches and leave it slightly translucent."""
    a = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    seed = rng.randrange(1 << 30)
    noise = np.random.default_rng(seed).random((max(2, h // 24), max(2, w // 24))).astype(np.float32)
    noise = np.asarray(Image.fromarray((noise * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC),
                       dtype=np.float32) / 255
    a[..., 3] *= np.clip(0.45 + noise * 0.75, 0, 0.92)
    return Image.fromarray(a.astype(np.uint8), "RGBA")


def guilloche(rng: random.Random, width_mm: float, height_mm: float, colours, px_per_mm: float = 8) -> Image.Image:
    """The fine wavy security pattern of cards and certificates, pale on white."""
    w, h = int(width_mm * px_per_mm), int(height_mm * px_per_mm)
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    out = np.full((h, w, 3), 255, np.float32)
    for colour in colours:
        f1, f2, f3 = rng.uniform(0.02, 0.05), rng.uniform(0.005, 0.02), rng.uniform(8, 30)
        phase = rng.uniform(0, 6.28)
        v = np.sin(x * f1 + f3 * np.sin(y * f2 + phase)) * np.cos(y * f1 * 0.7 + phase)
        line = np.exp(-(v ** 2) / 0.004)
        for c in range(3):
            out[..., c] -= line * (255 - colour[c]) * 0.6
    return Image.fromarray(out.clip(0, 255).astype(np.uint8)).convert("RGBA")


def portrait(rng: random.Random, female: bool, background=(235, 238, 242)) -> Image.Image:
    """A plain head-and-shoulders photo (invented: an oval face, hair, a jacket)."""
    w, h = 260, 330
    img = Image.new("RGB", (w, h), background)
    d = ImageDraw.Draw(img)
    skin = (rng.randint(205, 235), rng.randint(170, 200), rng.randint(140, 170))
    hair = (rng.randint(15, 45),) * 3
    coat = rng.choice([(40, 45, 60), (25, 25, 28), (70, 70, 80), (230, 230, 235)])
    d.ellipse([30, 250, 230, 420], fill=coat)
    d.rectangle([108, 200, 152, 265], fill=skin)
    if female:
        d.ellipse([62, 45, 198, 270], fill=hair)
    else:
        d.ellipse([70, 40, 190, 150], fill=hair)
    d.ellipse([80, 70, 180, 225], fill=skin)
    for ex in (108, 152):
        d.ellipse([ex - 7, 135, ex + 7, 143], fill=(40, 30, 30))
    d.line([120, 190, 140, 190], fill=(170, 90, 90), width=3)
    return img.filter(ImageFilter.GaussianBlur(1.2)).convert("RGBA")


def emblem(rng: random.Random) -> Image.Image:
    """A stylised national emblem for the ID card's back: red disc, gold ring, five stars, a gate."""
    d = 300
    img = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    gold, red = (225, 175, 40, 255), (200, 25, 30, 255)
    draw.ellipse([5, 5, d - 5, d - 5], fill=gold)
    draw.ellipse([28, 28, d - 28, d - 28], fill=red)
    _star(draw, d * 0.5, d * 0.3, d * 0.09, gold[:3])
    for k, (sx, sy) in enumerate([(0.33, 0.25), (0.39, 0.17), (0.61, 0.17), (0.67, 0.25)]):
        _star(draw, d * sx, d * sy, d * 0.035, gold[:3])
    draw.rectangle([d * 0.3, d * 0.5, d * 0.7, d * 0.62], fill=gold)
    draw.polygon([(d * 0.27, d * 0.5), (d * 0.73, d * 0.5), (d * 0.5, d * 0.42)], fill=gold)
    draw.rectangle([d * 0.25, d * 0.66, d * 0.75, d * 0.7], fill=gold)
    return img


def qr_code(rng: random.Random, modules: int = 29) -> Image.Image:
    """A QR-looking square (finder patterns and random modules); it encodes nothing."""
    m = np.array([[rng.random() < 0.5 for _ in range(modules)] for _ in range(modules)])
    for (r, c) in [(0, 0), (0, modules - 7), (modules - 7, 0)]:
        m[r:r + 7, c:c + 7] = False
        m[r:r + 7, c] = m[r:r + 7, c + 6] = True
        m[r, c:c + 7] = m[r + 6, c:c + 7] = True
        m[r + 2:r + 5, c + 2:c + 5] = True
    img = Image.fromarray(np.where(m, 0, 255).astype(np.uint8)).resize((modules * 8, modules * 8), Image.NEAREST)
    return Image.merge("RGBA", [img, img, img, Image.new("L", img.size, 255)])


def chip(rng: random.Random) -> Image.Image:
    """The gold contact plate of an IC card."""
    img = Image.new("RGBA", (130, 100), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0, 0, 129, 99], radius=16, fill=(214, 178, 90, 255), outline=(160, 120, 50, 255), width=3)
    for x in (43, 86):
        d.line([x, 0, x, 99], fill=(160, 120, 50, 255), width=3)
    for y in (33, 66):
        d.line([0, y, 129, y], fill=(160, 120, 50, 255), width=3)
    return img


def scribble(rng: random.Random, colour=(25, 35, 110)) -> Image.Image:
    """A quick signature flourish (a 法定代表人's initials, a 承办人's mark)."""
    img = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    x, y = 20.0, 60.0
    pts = []
    for _ in range(40):
        x += rng.uniform(2, 9)
        y = max(10, min(110, y + rng.uniform(-18, 18)))
        pts.append((x, y))
    d.line(pts, fill=colour + (255,), width=4, joint="curve")
    return img
