"""Raster drawing helpers on top of Pillow: text with spacing, wrapping, seals,
watermarks, guilloche, photo placeholders."""
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .util import font

A4_200 = (1654, 2339)   # A4 at 200 dpi


class Sheet:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.im = Image.new("RGB", (int(w), int(h)), bg)
        self.dr = ImageDraw.Draw(self.im)
        self.w, self.h = int(w), int(h)

    # ---- text
    def tw(self, s, fname, size, spacing=0):
        f = font(fname, size)
        if not spacing:
            return self.dr.textlength(s, font=f)
        return sum(self.dr.textlength(c, font=f) for c in s) + spacing * max(0, len(s) - 1)

    def text(self, x, y, s, fname="sans", size=30, fill=(0, 0, 0), spacing=0, anchor="la"):
        f = font(fname, size)
        if anchor[0] in "rm":
            wd = self.tw(s, fname, size, spacing)
            x = x - wd if anchor[0] == "r" else x - wd / 2
        a = "l" + anchor[1]
        if not spacing:
            self.dr.text((x, y), s, font=f, fill=fill, anchor=a)
        else:
            for c in s:
                self.dr.text((x, y), c, font=f, fill=fill, anchor=a)
                x += self.dr.textlength(c, font=f) + spacing
        return x

    def wrap(self, s, width, fname, size, spacing=0):
        lines, cur = [], ""
        for c in s:
            if cur and self.tw(cur + c, fname, size, spacing) > width:
                lines.append(cur)
                cur = c
            else:
                cur += c
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, fname="song", size=30, fill=(0, 0, 0), lh=1.6, spacing=0,
             indent=0):
        """wrap a paragraph; returns y after it"""
        lines = self.wrap(" " * 0 + s, width - indent, fname, size, spacing)
        first = True
        for ln in lines:
            self.text(x + (indent if first else 0), y, ln, fname, size, fill, spacing)
            first = False
            y += size * lh
        return y

    # ---- lines
    def line(self, x0, y0, x1, y1, fill=(0, 0, 0), width=2):
        self.dr.line([(x0, y0), (x1, y1)], fill=fill, width=width)

    def rect(self, x0, y0, x1, y1, outline=(0, 0, 0), width=2, fill=None):
        self.dr.rectangle([x0, y0, x1, y1], outline=outline, width=width, fill=fill)

    def rrect(self, x0, y0, x1, y1, r, fill, outline=None):
        self.dr.rounded_rectangle([x0, y0, x1, y1], r, fill=fill, outline=outline)

    def paste(self, im, x, y):
        if im.mode == "RGBA":
            self.im.paste(im, (int(x), int(y)), im)
        else:
            self.im.paste(im, (int(x), int(y)))


def seal(diam, ring_text, color=(210, 30, 40), center="★", fname="song", alpha=170,
         inner_text=""):
    """a round red seal as RGBA image, ring text around the upper arc"""
    s = int(diam)
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    col = color + (alpha,)
    lw = max(3, s // 40)
    dr.ellipse([lw, lw, s - lw, s - lw], outline=col, width=lw)
    r = s / 2
    fsz = int(s * 0.11)
    f = font(fname, fsz)
    n = len(ring_text)
    span = min(250.0, 18.0 * n)
    for i, ch in enumerate(ring_text):
        ang = -90 - span / 2 + (span * (i + 0.5) / n)
        a = math.radians(ang)
        cx = r + (r - lw * 2 - fsz * 0.75) * math.cos(a)
        cy = r + (r - lw * 2 - fsz * 0.75) * math.sin(a)
        g = Image.new("RGBA", (fsz * 2, fsz * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fsz, fsz), ch, font=f, fill=col, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(g, (int(cx - fsz), int(cy - fsz)))
    if center:
        fs2 = int(s * 0.28)
        dr.text((r, r), center, font=font("sans", fs2), fill=col, anchor="mm")
    if inner_text:
        fs3 = int(s * 0.09)
        dr.text((r, r + s * 0.27), inner_text, font=font(fname, fs3), fill=col, anchor="mm")
    return im


def stamp_seal(sheet, cx, cy, diam, ring_text, rng, **kw):
    im = seal(diam, ring_text, **kw)
    im = im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    # multiply blend: seal ink darkens what is below it but leaves text visible
    base = sheet.im
    x0, y0 = int(cx - diam / 2), int(cy - diam / 2)
    region = base.crop((x0, y0, x0 + im.width, y0 + im.height))
    a = np.asarray(im).astype(np.float32)
    alpha = a[..., 3:4] / 255.0
    b = np.asarray(region).astype(np.float32)
    mult = b * (a[..., :3] / 255.0)
    out = b * (1 - alpha) + (0.35 * b + 0.65 * mult) * alpha
    base.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (x0, y0))


def watermark(sheet, text, rng, color=(120, 120, 120), alpha=70, size=None, angle=None):
    w, h = sheet.w, sheet.h
    size = size or int(min(w, h) * 0.045)
    angle = rng.choice([-30, -25, 25, 30, 35, 0]) if angle is None else angle
    layer = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    f = font("sans", size)
    step_y = int(size * 5)
    for j, y in enumerate(range(0, h * 2, step_y)):
        off = (j % 2) * size * 6
        for x in range(-off, w * 2, int(size * 13)):
            dr.text((x, y), text, font=f, fill=color + (alpha,))
    layer = layer.rotate(angle, resample=Image.BICUBIC, center=(w, h))
    layer = layer.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    base = sheet.im.convert("RGBA")
    base.alpha_composite(layer)
    sheet.im = base.convert("RGB")
    sheet.dr = ImageDraw.Draw(sheet.im)


def guilloche(sheet, box, rng, color=(200, 225, 235), n=40, width=1):
    x0, y0, x1, y1 = box
    dr = sheet.dr
    ph = rng.uniform(0, 6)
    for k in range(n):
        pts = []
        amp = (y1 - y0) * 0.04
        for x in range(int(x0), int(x1), 6):
            t = (x - x0) / max(1, (x1 - x0))
            y = y0 + (k + 0.5) * (y1 - y0) / n + amp * math.sin(t * 18 + k * 0.7 + ph) \
                + amp * 0.5 * math.sin(t * 41 + ph)
            pts.append((x, y))
        dr.line(pts, fill=color, width=width)


def portrait(w, h, rng, bg=(235, 238, 242)):
    im = Image.new("RGB", (int(w), int(h)), bg)
    dr = ImageDraw.Draw(im)
    tone = rng.choice([(90, 90, 95), (70, 65, 60), (110, 105, 100)])
    cx = w / 2
    dr.ellipse([cx - w * 0.22, h * 0.16, cx + w * 0.22, h * 0.58], fill=(222, 196, 176))
    dr.pieslice([cx - w * 0.26, h * 0.10, cx + w * 0.26, h * 0.50], 180, 360, fill=tone)
    dr.ellipse([cx - w * 0.48, h * 0.66, cx + w * 0.48, h * 1.35], fill=rng.choice(
        [(40, 50, 80), (30, 30, 30), (230, 230, 230)]))
    return im.filter(ImageFilter.GaussianBlur(1.2))


def qr_like(size, rng):
    """a QR-looking block (not decodable; only for looks)"""
    n = 29
    cell = size // n
    a = (np.array([[rng.random() < 0.5 for _ in range(n)] for _ in range(n)]))
    for (r, c) in [(0, 0), (0, n - 7), (n - 7, 0)]:
        a[r:r + 7, c:c + 7] = False
        a[r, c:c + 7] = a[r + 6, c:c + 7] = a[r:r + 7, c] = a[r:r + 7, c + 6] = True
        a[r + 2:r + 5, c + 2:c + 5] = True
    img = Image.fromarray((~a * 255).astype(np.uint8)).resize((cell * n, cell * n), Image.NEAREST)
    return img.convert("RGB")
