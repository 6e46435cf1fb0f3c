"""A page as a list of drawing operations in millimetres, and its two renderings: a raster image (PIL) and a
text-layer PDF page (reportlab), so that one drawing can be printed to PDF or photographed.
"""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from PIL import Image, ImageDraw

from samples.outsider_b import fonts

PT_MM = 25.4 / 72


@dataclass
class Page:
    w: float
    h: float
    bg: tuple = (255, 255, 255)
    ops: list = field(default_factory=list)
    hand_seed: int = 0

    # -- building ---------------------------------------------------------------------------------------------
    def text(self, x, y, s, size=10.5, family="song", color=(20, 20, 20), anchor="l", spacing=0.0, angle=0.0,
             jitter=0.0):
        """s at baseline y; anchor l/c/r on x; spacing adds mm between characters; jitter (mm) shakes hand writing."""
        if s:
            self.ops.append(("text", x, y, str(s), size, family, color, anchor, spacing, angle, jitter))
        return self

    def line(self, x0, y0, x1, y1, width=0.25, color=(30, 30, 30)):
        self.ops.append(("line", x0, y0, x1, y1, width, color))
        return self

    def rect(self, x0, y0, x1, y1, width=0.25, color=(30, 30, 30), fill=None):
        self.ops.append(("rect", x0, y0, x1, y1, width, color, fill))
        return self

    def ellipse(self, x0, y0, x1, y1, width=0.3, color=(30, 30, 30), fill=None):
        self.ops.append(("ellipse", x0, y0, x1, y1, width, color, fill))
        return self

    def image(self, x0, y0, x1, y1, img: Image.Image):
        self.ops.append(("image", x0, y0, x1, y1, img))
        return self

    def seal(self, cx, cy, r, ring, centre="", color=(200, 30, 40), star=True, family="song", alpha=0.8):
        self.ops.append(("seal", cx, cy, r, ring, centre, color, star, family, alpha))
        return self

    def watermark(self, s, size=22, color=(200, 60, 60), alpha=0.25, angle=30, step=(90, 60), family="hei"):
        self.ops.append(("watermark", s, size, color, alpha, angle, step, family))
        return self

    def width_of(self, s, size, family="song", spacing=0.0) -> float:
        return text_width(s, size, family) + spacing * max(0, len(s) - 1)

    def wrap(self, s, size, family, max_w) -> list[str]:
        lines, cur = [], ""
        for ch in s:
            if text_width(cur + ch, size, family) > max_w and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, size, family, max_w, lead=1.6, color=(20, 20, 20), indent=True) -> float:
        """Running text wrapped into max_w; returns the baseline after the last line."""
        first = "\u3000\u3000" + s if indent else s
        for ln in self.wrap(first, size, family, max_w):
            self.text(x, y, ln, size, family, color)
            y += size * PT_MM * lead
        return y


def text_width(s: str, size: float, family: str) -> float:
    px = 200
    total = 0.0
    for key, piece in fonts.runs(family, s):
        total += fonts.pil_font(key, px).getlength(piece)
    return total / px * size * PT_MM


# -- raster -----------------------------------------------------------------------------------------------------

def _px(v, dpi):
    return v / 25.4 * dpi


def _ink(base: np.ndarray, mask: np.ndarray, color, alpha: float) -> None:
    """Multiply-blend an ink colour through mask (0..1) onto base (float HxWx3), as stamp ink over print."""
    c = np.asarray(color, dtype=np.float32) / 255.0
    a = (mask * alpha)[..., None]
    base *= (1 - a) + a * c


def render(page: Page, dpi: float) -> Image.Image:
    W, H = int(round(_px(page.w, dpi))), int(round(_px(page.h, dpi)))
    img = Image.new("RGB", (W, H), page.bg)
    d = ImageDraw.Draw(img)
    overlays = []
    rnd = random.Random(page.hand_seed)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, family, color, anchor, spacing, angle, jitter = op
            _raster_text(img, d, x, y, s, size, family, color, anchor, spacing, angle, jitter, dpi, rnd)
        elif kind == "line":
            _, x0, y0, x1, y1, w, color = op
            d.line([(_px(x0, dpi), _px(y0, dpi)), (_px(x1, dpi), _px(y1, dpi))], fill=color,
                   width=max(1, int(round(_px(w, dpi)))))
        elif kind in ("rect", "ellipse"):
            _, x0, y0, x1, y1, w, color, fill = op
            box = [_px(x0, dpi), _px(y0, dpi), _px(x1, dpi), _px(y1, dpi)]
            fn = d.rectangle if kind == "rect" else d.ellipse
            fn(box, outline=color if w else None, fill=fill, width=max(1, int(round(_px(w, dpi)))) if w else 0)
        elif kind == "image":
            _, x0, y0, x1, y1, im = op
            size = (max(1, int(_px(x1 - x0, dpi))), max(1, int(_px(y1 - y0, dpi))))
            im2 = im.convert("RGBA").resize(size, Image.LANCZOS)
            img.paste(im2, (int(_px(x0, dpi)), int(_px(y0, dpi))), im2)
        elif kind in ("seal", "watermark"):
            overlays.append(op)
    if overlays:
        arr = np.asarray(img, dtype=np.float32) / 255.0
        for op in overlays:
            if op[0] == "seal":
                mask, color, alpha, (sx0, sy0, sx1, sy1) = _seal_mask(op, W, H, dpi)
                if mask is not None:
                    _ink(arr[sy0:sy1, sx0:sx1], mask, color, alpha)
            else:
                mask, color, alpha = _watermark_mask(op, W, H, dpi)
                _ink(arr, mask, color, alpha)
        img = Image.fromarray((arr * 255).clip(0, 255).astype(np.uint8))
    return img


def _raster_text(img, d, x, y, s, size, family, color, anchor, spacing, angle, jitter, dpi, rnd):
    px = max(6, int(round(size * PT_MM / 25.4 * dpi)))
    width = text_width(s, size, family) + spacing * max(0, len(s) - 1)
    if anchor == "r":
        x -= width
    elif anchor == "c":
        x -= width / 2
    if angle:
        # rotated text: draw on its own layer, then turn it
        layer = Image.new("L", (int(_px(width, dpi)) + px * 2, px * 3), 0)
        ld = ImageDraw.Draw(layer)
        cx = px
        for key, piece in fonts.runs(family, s):
            f = fonts.pil_font(key, px)
            ld.text((cx, px * 2), piece, font=f, fill=255, anchor="ls")
            cx += f.getlength(piece)
        rot = layer.rotate(angle, expand=True, resample=Image.BICUBIC)
        ink = Image.new("RGB", rot.size, color)
        img.paste(ink, (int(_px(x, dpi) - rot.size[0] / 2 + layer.size[0] / 2 - px),
                        int(_px(y, dpi) - rot.size[1] / 2)), rot)
        return
    if spacing or jitter:
        cx = x
        for ch in s:
            key = fonts.pick(family, ch)
            f = fonts.pil_font(key, px)
            jx = rnd.uniform(-jitter, jitter) if jitter else 0
            jy = rnd.uniform(-jitter, jitter) if jitter else 0
            d.text((_px(cx + jx, dpi), _px(y + jy, dpi)), ch, font=f, fill=color, anchor="ls")
            cx += f.getlength(ch) / px * size * PT_MM + spacing
        return
    cx = _px(x, dpi)
    for key, piece in fonts.runs(family, s):
        f = fonts.pil_font(key, px)
        d.text((cx, _px(y, dpi)), piece, font=f, fill=color, anchor="ls")
        cx += f.getlength(piece)


def _seal_mask(op, W, H, dpi):
    _, cx, cy, r, ring, centre, color, star, family, alpha = op
    R = _px(r, dpi)
    size = int(R * 2 + 8)
    layer = Image.new("L", (size, size), 0)
    ld = ImageDraw.Draw(layer)
    c = size / 2
    lw = max(2, int(R * 0.06))
    ld.ellipse([c - R, c - R, c + R, c + R], outline=255, width=lw)
    if star:
        pts = []
        rs = R * 0.28
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            rr = rs if i % 2 == 0 else rs * 0.4
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        ld.polygon(pts, fill=255)
    if ring:
        n = len(ring)
        span = min(250.0, 22.0 * n)
        fpx = max(8, int(R * 0.26))
        key = fonts.pick(family, ring)
        f = fonts.pil_font(key, fpx)
        for i, ch in enumerate(ring):
            a = -90 - span / 2 + span * (i + 0.5) / n
            rad = math.radians(a)
            gx = c + (R - lw - fpx * 0.7) * math.cos(rad)
            gy = c + (R - lw - fpx * 0.7) * math.sin(rad)
            g = Image.new("L", (fpx * 2, fpx * 2), 0)
            ImageDraw.Draw(g).text((fpx, fpx), ch, font=f, fill=255, anchor="mm")
            g = g.rotate(-(a + 90), resample=Image.BICUBIC)
            layer.paste(255, (int(gx - fpx), int(gy - fpx)), g)
    if centre:
        fpx = max(8, int(R * 0.2))
        key = fonts.pick(family, centre)
        ld.text((c, c + R * 0.55), centre, font=fonts.pil_font(key, fpx), fill=255, anchor="mm")
    x0, y0 = int(_px(cx, dpi) - size / 2), int(_px(cy, dpi) - size / 2)
    m = np.asarray(layer, dtype=np.float32) / 255.0
    # ink is uneven: thin patches
    rng = np.random.default_rng(int(cx * 7 + cy * 13))
    m *= np.clip(0.65 + 0.5 * rng.random(m.shape), 0, 1)
    sx0, sy0 = max(0, x0), max(0, y0)
    sx1, sy1 = min(W, x0 + size), min(H, y0 + size)
    if sx1 > sx0 and sy1 > sy0:
        return m[sy0 - y0:sy1 - y0, sx0 - x0:sx1 - x0], color, alpha, (sx0, sy0, sx1, sy1)
    return None, color, alpha, (0, 0, 0, 0)


def _watermark_mask(op, W, H, dpi):
    _, s, size, color, alpha, angle, step, family = op
    k = 2 if dpi > 120 else 1  # drawn at half resolution, then enlarged
    dpi = dpi / k
    big = int(math.hypot(W, H) / k) + 10
    layer = Image.new("L", (big, big), 0)
    ld = ImageDraw.Draw(layer)
    px = max(8, int(size * PT_MM / 25.4 * dpi))
    sx = int(_px(max(step[0], text_width(s, size, family) + 25), dpi))
    sy = int(_px(step[1], dpi))
    row = 0
    for y in range(0, big, max(sy, 1)):
        off = (row % 2) * sx // 2
        for x in range(-sx, big, max(sx, 1)):
            cx = x + off
            for key, piece in fonts.runs(family, s):
                f = fonts.pil_font(key, px)
                ld.text((cx, y), piece, font=f, fill=255)
                cx += f.getlength(piece)
        row += 1
    layer = layer.rotate(angle, resample=Image.BICUBIC)
    l0, t0 = (big - W // k) // 2, (big - H // k) // 2
    layer = layer.crop((l0, t0, l0 + W // k, t0 + H // k)).resize((W, H), Image.BILINEAR)
    return np.asarray(layer, dtype=np.float32) / 255.0, color, alpha


# -- text-layer PDF -----------------------------------------------------------------------------------------------

_REGISTERED: set = set()


def _pdf_font(key: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    name = "F_" + key
    if key not in _REGISTERED:
        path, index, _ = fonts.FONTS[key]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
        _REGISTERED.add(key)
    return name


def write_pdf(pages: list[Page], path, order: str = "drawn", seed: int = 0, title: str = "") -> None:
    """Pages as a PDF with a real text layer. order: drawn | shuffle | bottom_up | right_to_left — the order the
    text operations stand in the file (what a PDF text extractor sees first), never what the page shows."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    mm = 72 / 25.4
    c = canvas.Canvas(str(path), pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1)
    if title:
        c.setTitle(title)
    rnd = random.Random(seed)
    for page in pages:
        c.setPageSize((page.w * mm, page.h * mm))
        H = page.h
        ops = list(page.ops)
        texts = [o for o in ops if o[0] == "text"]
        other = [o for o in ops if o[0] != "text"]
        if order == "shuffle":
            rnd.shuffle(texts)
        elif order == "bottom_up":
            texts.sort(key=lambda o: -o[2])
        elif order == "right_to_left":
            texts.sort(key=lambda o: (-o[1], o[2]))
        elif order == "columns":
            texts.sort(key=lambda o: (round(o[1] / 20), o[2]))
        if page.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in page.bg])
            c.rect(0, 0, page.w * mm, page.h * mm, stroke=0, fill=1)
        for op in other:
            kind = op[0]
            if kind == "line":
                _, x0, y0, x1, y1, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w * mm)
                c.line(x0 * mm, (H - y0) * mm, x1 * mm, (H - y1) * mm)
            elif kind in ("rect", "ellipse"):
                _, x0, y0, x1, y1, w, color, fill = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(max(w, 0.01) * mm)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                fn = c.rect if kind == "rect" else None
                if kind == "rect":
                    c.rect(x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm, stroke=1 if w else 0,
                           fill=1 if fill else 0)
                else:
                    c.ellipse(x0 * mm, (H - y1) * mm, x1 * mm, (H - y0) * mm, stroke=1 if w else 0,
                              fill=1 if fill else 0)
            elif kind == "image":
                _, x0, y0, x1, y1, im = op
                c.drawImage(ImageReader(im.convert("RGB")), x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm)
        for op in texts:
            _, x, y, s, size, family, color, anchor, spacing, angle, jitter = op
            width = text_width(s, size, family) + spacing * max(0, len(s) - 1)
            if anchor == "r":
                x -= width
            elif anchor == "c":
                x -= width / 2
            c.setFillColorRGB(*[v / 255 for v in color])
            if spacing:
                cx = x
                for ch in s:
                    key = fonts.pick(family, ch, pdf=True)
                    c.setFont(_pdf_font(key), size)
                    c.drawString(cx * mm, (H - y) * mm, ch)
                    cx += text_width(ch, size, family) + spacing
            else:
                cx = x
                for key, piece in fonts.runs(family, s, pdf=True):
                    c.setFont(_pdf_font(key), size)
                    c.drawString(cx * mm, (H - y) * mm, piece)
                    cx += c.stringWidth(piece, _pdf_font(key), size) / mm
        for op in other:
            if op[0] == "seal":
                _pdf_seal(c, op, H, mm)
            elif op[0] == "watermark":
                _, s, size, color, alpha, angle, step, family = op
                c.saveState()
                c.setFillColorRGB(*[v / 255 for v in color], alpha=alpha)
                key = fonts.runs(family, s, pdf=True)[0][0]
                c.setFont(_pdf_font(key), size)
                sx = int(max(step[0], text_width(s, size, family) + 25))
                for yy in range(-int(page.h), int(page.h * 2), int(step[1])):
                    for xx in range(-int(page.w), int(page.w * 2), sx):
                        c.saveState()
                        c.translate(xx * mm, yy * mm)
                        c.rotate(angle)
                        c.drawString(0, 0, s)
                        c.restoreState()
                c.restoreState()
        c.showPage()
    c.save()


def _pdf_seal(c, op, H, mm):
    _, cx, cy, r, ring, centre, color, star, family, alpha = op
    c.saveState()
    col = [v / 255 for v in color]
    c.setStrokeColorRGB(*col, alpha=alpha)
    c.setFillColorRGB(*col, alpha=alpha)
    c.setLineWidth(r * 0.06 * mm)
    X, Y = cx * mm, (H - cy) * mm
    c.circle(X, Y, r * mm, stroke=1, fill=0)
    if star:
        p = c.beginPath()
        rs = r * 0.28 * mm
        for i in range(10):
            a = math.pi / 2 + i * math.pi / 5
            rr = rs if i % 2 == 0 else rs * 0.4
            (p.moveTo if i == 0 else p.lineTo)(X + rr * math.cos(a), Y + rr * math.sin(a))
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    if ring:
        key = fonts.pick(family, ring, pdf=True)
        fs = r * 0.26 * 72 / 25.4 * 1.0
        c.setFont(_pdf_font(key), fs)
        n = len(ring)
        span = min(250.0, 22.0 * n)
        for i, ch in enumerate(ring):
            a = 90 + span / 2 - span * (i + 0.5) / n
            rad = math.radians(a)
            rr = (r - r * 0.06 - r * 0.26 * 0.7) * mm
            c.saveState()
            c.translate(X + rr * math.cos(rad), Y + rr * math.sin(rad))
            c.rotate(a - 90)
            c.drawCentredString(0, -fs * 0.35, ch)
            c.restoreState()
    c.restoreState()


def qr_like(n: int = 29, seed: int = 0, px: int = 6) -> Image.Image:
    """A square of random modules with three finder patterns: looks like a QR code, encodes nothing."""
    rng = np.random.default_rng(seed)
    m = rng.random((n, n)) < 0.5
    for (r, c) in ((0, 0), (0, n - 7), (n - 7, 0)):
        m[r:r + 7, c:c + 7] = False
        m[r:r + 7, c] = m[r:r + 7, c + 6] = True
        m[r, c:c + 7] = m[r + 6, c:c + 7] = True
        m[r + 2:r + 5, c + 2:c + 5] = True
    q = 2
    full = np.zeros((n + 2 * q, n + 2 * q), dtype=bool)
    full[q:q + n, q:q + n] = m
    arr = np.where(full, 0, 255).astype(np.uint8)
    return Image.fromarray(arr).resize(((n + 2 * q) * px,) * 2, Image.NEAREST).convert("RGB")


def guilloche(w: int, h: int, seed: int, tint=(214, 232, 240)) -> Image.Image:
    """A light wavy security pattern for cards."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    rng = np.random.default_rng(seed)
    a, b, c = rng.uniform(0.02, 0.05, 3)
    v = np.sin(xx * a + 3 * np.sin(yy * b)) * np.cos(yy * c + 2 * np.sin(xx * b))
    lines = (np.abs(v) < 0.08).astype(np.float32) * 0.35
    base = np.ones((h, w, 3), dtype=np.float32)
    tint_a = np.asarray(tint, dtype=np.float32) / 255.0
    grad = (0.6 + 0.4 * xx / w)[..., None]
    base = base * (1 - 0.5 * grad) + tint_a * 0.5 * grad
    base -= lines[..., None] * (1 - tint_a) * 0.8
    return Image.fromarray((base.clip(0, 1) * 255).astype(np.uint8))


def portrait(w: int, h: int, seed: int, bg=(235, 238, 242), male=True) -> Image.Image:
    """A head-and-shoulders silhouette standing in for a photo."""
    rng = random.Random(seed)
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = (rng.randint(200, 235), rng.randint(170, 200), rng.randint(140, 170))
    hair = (rng.randint(10, 50),) * 3
    cloth = rng.choice([(30, 40, 70), (60, 60, 60), (240, 240, 240), (90, 30, 30)])
    d.ellipse([w * 0.08, h * 0.70, w * 0.92, h * 1.35], fill=cloth)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.75], fill=skin)
    d.ellipse([w * 0.28, h * 0.18, w * 0.72, h * 0.66], fill=skin)
    if male:
        d.chord([w * 0.27, h * 0.13, w * 0.73, h * 0.50], 180, 360, fill=hair)
    else:
        d.chord([w * 0.22, h * 0.12, w * 0.78, h * 0.80], 160, 380, fill=hair)
        d.ellipse([w * 0.30, h * 0.22, w * 0.70, h * 0.64], fill=skin)
    d.ellipse([w * 0.38, h * 0.36, w * 0.44, h * 0.40], fill=(40, 30, 30))
    d.ellipse([w * 0.56, h * 0.36, w * 0.62, h * 0.40], fill=(40, 30, 30))
    d.line([w * 0.44, h * 0.53, w * 0.56, h * 0.53], fill=(150, 80, 80), width=max(1, w // 60))
    return im
