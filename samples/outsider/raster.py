"""Paint a `sheet.Sheet` into a PIL image at a chosen resolution (the 'paper' that captures then scan or photograph)."""
from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

from samples.outsider import fonts
from samples.outsider.sheet import PT_PER_MM, Box, Line, Picture, Sheet, Text


def render(sheet: Sheet, dpi: float) -> Image.Image:
    """The sheet as an RGB image at dpi."""
    scale = dpi / 25.4  # px per mm
    size = (max(1, round(sheet.width * scale)), max(1, round(sheet.height * scale)))
    image = Image.new("RGB", size, tuple(sheet.background[:3]))
    for op in sheet.ops:
        if isinstance(op, Box):
            _box(image, op, scale)
        elif isinstance(op, Line):
            _line(image, op, scale)
        elif isinstance(op, Picture):
            image = _picture(image, op, scale)
        elif isinstance(op, Text):
            image = _text(image, op, scale)
    return image


def _c(colour) -> tuple:
    return tuple(int(v) for v in colour)


def _box(image: Image.Image, op: Box, s: float) -> None:
    draw = ImageDraw.Draw(image)
    xy = [op.x0 * s, op.y0 * s, op.x1 * s, op.y1 * s]
    w = max(1, round(op.width * s)) if op.stroke is not None else 0
    fill = _c(op.fill[:3]) if op.fill is not None else None
    outline = _c(op.stroke[:3]) if op.stroke is not None else None
    if op.radius > 0:
        draw.rounded_rectangle(xy, radius=op.radius * s, fill=fill, outline=outline, width=w)
    else:
        draw.rectangle(xy, fill=fill, outline=outline, width=w)


def _line(image: Image.Image, op: Line, s: float) -> None:
    draw = ImageDraw.Draw(image)
    w = max(1, round(op.width * s))
    colour = _c(op.colour[:3])
    if not op.dash:
        draw.line([op.x0 * s, op.y0 * s, op.x1 * s, op.y1 * s], fill=colour, width=w)
        return
    length = math.hypot(op.x1 - op.x0, op.y1 - op.y0)
    on, off = op.dash
    t = 0.0
    while t < length:
        a, b = t / length, min(t + on, length) / length
        draw.line([(op.x0 + (op.x1 - op.x0) * a) * s, (op.y0 + (op.y1 - op.y0) * a) * s,
                   (op.x0 + (op.x1 - op.x0) * b) * s, (op.y0 + (op.y1 - op.y0) * b) * s], fill=colour, width=w)
        t += on + off


def _picture(image: Image.Image, op: Picture, s: float) -> Image.Image:
    box = (round(op.x0 * s), round(op.y0 * s), round(op.x1 * s), round(op.y1 * s))
    w, h = max(1, box[2] - box[0]), max(1, box[3] - box[1])
    pic = op.image.resize((w, h), Image.LANCZOS)
    if not op.multiply:
        image.paste(pic, box[:2], pic)
        return image
    # multiply: out = base * (1 - a + a * ink)
    x0, y0 = max(0, box[0]), max(0, box[1])
    x1, y1 = min(image.width, box[0] + w), min(image.height, box[1] + h)
    if x1 <= x0 or y1 <= y0:
        return image
    base = np.asarray(image.crop((x0, y0, x1, y1)), dtype=np.float32)
    ink = np.asarray(pic.crop((x0 - box[0], y0 - box[1], x1 - box[0], y1 - box[1])), dtype=np.float32)
    a = ink[..., 3:4] / 255.0
    out = base * (1 - a + a * ink[..., :3] / 255.0)
    image.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (x0, y0))
    return image


def _text(image: Image.Image, op: Text, s: float) -> Image.Image:
    px = op.size / PT_PER_MM * s  # em in pixels
    width_px = Sheet.width_of(op.text, op.face, op.size, op.spacing) * s
    if op.anchor == "r":
        start = -width_px
    elif op.anchor == "c":
        start = -width_px / 2
    else:
        start = 0.0
    alpha = op.colour[3] if len(op.colour) > 3 else 255
    simple = op.angle == 0 and alpha == 255 and op.hand is None
    if simple:
        _draw_chars(ImageDraw.Draw(image), op, op.x * s + start, op.y * s, px, s, _c(op.colour[:3]) + (255,))
        return image
    # draw on a square transparent layer with the run centred, turn it about its centre, and put that centre
    # where the turned run's centre falls on the page (so no turned text is ever clipped)
    pad = px * 1.6
    side = int(width_px + 2 * pad) + 1
    layer = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    left, base_y = (side - width_px) / 2, side / 2 + px * 0.35
    if op.hand is None:
        _draw_chars(ImageDraw.Draw(layer), op, left, base_y, px, s, _c(op.colour[:3]) + (alpha,))
    else:
        _draw_hand(layer, op, left, base_y, px, s, _c(op.colour[:3]) + (alpha,))
    if op.angle:
        layer = layer.rotate(op.angle, resample=Image.BICUBIC, expand=False)
    a = math.radians(op.angle)
    dx, dy = start + width_px / 2, -px * 0.35  # the run's centre relative to its anchor, before turning
    cx = op.x * s + dx * math.cos(a) + dy * math.sin(a)
    cy = op.y * s - dx * math.sin(a) + dy * math.cos(a)
    ox, oy = int(cx - side / 2), int(cy - side / 2)
    rgba = image.convert("RGBA")
    rgba.alpha_composite(layer, (max(0, ox), max(0, oy)), (max(0, -ox), max(0, -oy)))
    return rgba.convert("RGB")


def _draw_chars(draw: ImageDraw.ImageDraw, op: Text, x: float, y: float, px: float, s: float, fill) -> None:
    """Draw the run from (x, baseline y) in px, switching face where the chosen one lacks a glyph."""
    for face, part in fonts.runs(op.face, op.text):
        font = fonts.pil_font(face, round(px))
        if op.spacing == 0:
            draw.text((x, y), part, font=font, fill=fill, anchor="ls")
            x += font.getlength(part)
            continue
        for ch in part:
            draw.text((x, y), ch, font=font, fill=fill, anchor="ls")
            x += font.getlength(ch) + op.spacing * s


def _draw_hand(layer: Image.Image, op: Text, x: float, y: float, px: float, s: float, fill) -> None:
    glyph_iter = iter(op.hand)
    for face, part in fonts.runs(op.face, op.text):
        for ch in part:
            g = next(glyph_iter)
            size = round(px * g.scale)
            font = fonts.pil_font(face, size)
            adv = font.getlength(ch)
            cell = Image.new("RGBA", (int(size * 2), int(size * 2)), (0, 0, 0, 0))
            ImageDraw.Draw(cell).text((size * 0.5, size * 1.4), ch, font=font, fill=fill, anchor="ls")
            if g.turn:
                cell = cell.rotate(g.turn, resample=Image.BICUBIC, center=(size * 0.5 + adv / 2, size))
            layer.alpha_composite(cell, (max(0, int(x + g.dx * s - size * 0.5)), max(0, int(y + g.dy * s - size * 1.4))))
            x += adv + op.spacing * s
