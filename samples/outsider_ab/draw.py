"""PIL drawing helpers: fonts, text, seals, watermarks, guilloche, QR, photo."""
import functools
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from .fonts import FILES, covers, FALLBACK_PIL


@functools.lru_cache(maxsize=512)
def font(key, px):
    path, idx = FILES[key]
    return ImageFont.truetype(path, max(6, int(px)), index=idx)


def pick(key, text):
    return key if covers(key, text) else FALLBACK_PIL


class Canvas:
    """A drawing surface in millimetres."""

    def __init__(self, w_mm, h_mm, pxmm=12.0, bg=(255, 255, 255)):
        self.w, self.h, self.k = w_mm, h_mm, pxmm
        self.img = Image.new("RGB", (int(round(w_mm * pxmm)), int(round(h_mm * pxmm))), bg)
        self.d = ImageDraw.Draw(self.img)

    def p(self, x, y):
        return (x * self.k, y * self.k)

    def text(self, x, y, s, size=3.5, fk="sans", fill=(0, 0, 0), anchor="ls", spacing=0.0):
        """size: em height in mm; y is the baseline for anchor l*s."""
        fk = pick(fk, s)
        f = font(fk, size * self.k)
        if spacing:
            cx = x
            if anchor[0] in "mr":
                tot = sum(self.twidth(c, size, fk) for c in s) + spacing * (len(s) - 1)
                cx = x - (tot if anchor[0] == "r" else tot / 2)
            for c in s:
                self.d.text(self.p(cx, y), c, font=f, fill=fill, anchor="l" + anchor[1])
                cx += self.twidth(c, size, fk) + spacing
            return cx
        self.d.text(self.p(x, y), s, font=f, fill=fill, anchor=anchor)
        return x + self.twidth(s, size, fk)

    def twidth(self, s, size, fk="sans"):
        fk = pick(fk, s)
        return font(fk, size * self.k).getlength(s) / self.k

    def line(self, x0, y0, x1, y1, w=0.25, fill=(0, 0, 0)):
        self.d.line([self.p(x0, y0), self.p(x1, y1)], fill=fill, width=max(1, int(round(w * self.k))))

    def rect(self, x0, y0, x1, y1, w=0.25, outline=(0, 0, 0), fill=None, r=0):
        if r:
            self.d.rounded_rectangle([self.p(x0, y0), self.p(x1, y1)], radius=r * self.k, outline=outline,
                                     fill=fill, width=max(1, int(round(w * self.k))) if outline else 0)
        else:
            self.d.rectangle([self.p(x0, y0), self.p(x1, y1)], outline=outline, fill=fill,
                             width=max(1, int(round(w * self.k))) if outline else 0)

    def paste(self, im, x, y, w=None, h=None, mask=None):
        if w is not None:
            hh = h if h is not None else w * im.height / im.width
            im = im.resize((max(1, int(w * self.k)), max(1, int(hh * self.k))), Image.LANCZOS)
        if im.mode == "RGBA" and mask is None:
            self.img.paste(im, (int(x * self.k), int(y * self.k)), im)
        else:
            self.img.paste(im, (int(x * self.k), int(y * self.k)), mask)

    def wrap(self, s, size, fk, maxw):
        lines, cur = [], ""
        for c in s:
            if self.twidth(cur + c, size, fk) > maxw and cur:
                lines.append(cur)
                cur = c
            else:
                cur += c
        if cur:
            lines.append(cur)
        return lines


def seal(diam_px, ring, center="", color=(205, 30, 35), rng=None, star=True, fk="song", oval=False):
    rng = rng or random.Random(0)
    S = int(diam_px)
    W = int(S * (1.45 if oval else 1.0))
    im = Image.new("RGBA", (W, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    lw = max(2, S // 40)
    d.ellipse([lw, lw, W - lw, S - lw], outline=color + (255,), width=lw)
    cx, cy = W / 2, S / 2
    R = S / 2 - lw * 3.2
    n = len(ring)
    span = min(250, 18 * n + 40)
    fpx = int(S * (0.15 if n < 12 else 0.12 if n < 16 else 0.10))
    f = font(pick(fk, ring), fpx)
    for i, ch in enumerate(ring):
        a = math.radians(180 + (180 - span) / 2 + span * (i + 0.5) / n) if n else 0
        tile = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((fpx, fpx), ch, font=f, fill=color + (255,), anchor="mm")
        rot = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = cx + (R - fpx * 0.45) * math.cos(a) * (W / S)
        y = cy + (R - fpx * 0.45) * math.sin(a)
        im.alpha_composite(rot, (int(x - fpx), int(y - fpx)))
    if star:
        r = S * 0.13
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rr = r if k % 2 == 0 else r * 0.4
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=color + (255,))
    if center:
        f2 = font(pick(fk, center), int(S * 0.11))
        d.text((cx, cy + S * 0.28), center, font=f2, fill=color + (255,), anchor="mm")
    # uneven ink
    a = np.array(im)
    noise = np.random.default_rng(rng.randint(0, 10 ** 9)).uniform(0.55, 1.0, a.shape[:2])
    a[..., 3] = (a[..., 3] * noise * rng.uniform(0.75, 0.95)).astype(np.uint8)
    return Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.6))


def stamp(img, seal_im, cx, cy, rng=None, angle=None):
    rng = rng or random.Random(0)
    ang = rng.uniform(-25, 25) if angle is None else angle
    s = seal_im.rotate(ang, resample=Image.BICUBIC, expand=True)
    base = img.convert("RGBA")
    # multiply-like: darken under the seal
    layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
    layer.paste(s, (int(cx - s.width / 2), int(cy - s.height / 2)), s)
    a = np.asarray(base).astype(np.float32)
    l = np.asarray(layer).astype(np.float32)
    al = l[..., 3:4] / 255.0
    out = a[..., :3] * (1 - al) + np.minimum(a[..., :3], l[..., :3]) * al
    return Image.fromarray(out.astype(np.uint8), "RGB")


WM_TEXT = "仅供居住证积分使用，他用无效"


def watermark(img, rng, text=WM_TEXT, color=None, angle=None, alpha=None, size_frac=None, fk=None,
              single=False):
    W, H = img.size
    color = color or rng.choice([(200, 30, 30), (30, 60, 200), (120, 120, 120), (0, 0, 0), (30, 140, 60),
                                 (150, 40, 160)])
    angle = rng.choice([-45, -35, -30, -20, 0, 15, 30, 40]) if angle is None else angle
    alpha = alpha if alpha is not None else rng.uniform(0.16, 0.28)
    fk = fk or rng.choice(["sans", "serif", "wenkai", "microhei", "kai"])
    px = int(min(W, H) * (size_frac or rng.uniform(0.035, 0.06)))
    f = font(fk, px)
    D = int(math.hypot(W, H)) + 10
    layer = Image.new("L", (D, D), 0)
    d = ImageDraw.Draw(layer)
    tw = f.getlength(text)
    if single:
        d.text((D / 2, D / 2), text, font=f, fill=255, anchor="mm")
    else:
        gap_y = px * rng.uniform(3.0, 5.0)
        y, row = 0, 0
        while y < D:
            x = -(row % 2) * tw / 2
            while x < D:
                d.text((x, y), text, font=f, fill=255)
                x += tw + px * rng.uniform(1.5, 3)
            y += gap_y
            row += 1
    layer = layer.rotate(angle, resample=Image.BICUBIC)
    off = ((D - W) // 2, (D - H) // 2)
    mask = layer.crop((off[0], off[1], off[0] + W, off[1] + H))
    m = np.asarray(mask).astype(np.float32)[..., None] / 255.0 * alpha
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    out = a * (1 - m) + np.array(color, np.float32) * m
    return Image.fromarray(out.astype(np.uint8), "RGB")


def guilloche(c: Canvas, x0, y0, x1, y1, color, rng, n=26, amp=2.0):
    d = c.d
    for i in range(n):
        ph = rng.uniform(0, 6.28)
        fr = rng.uniform(0.12, 0.3)
        y = y0 + (y1 - y0) * i / n
        pts = []
        x = x0
        while x <= x1:
            pts.append(c.p(x, y + amp * math.sin(fr * x + ph) + 0.8 * math.sin(fr * 2.7 * x)))
            x += 0.5
        d.line(pts, fill=color, width=1)


def portrait(w_px, h_px, rng, bg=(236, 240, 244)):
    im = Image.new("RGB", (w_px, h_px), bg)
    d = ImageDraw.Draw(im)
    tone = rng.choice([(70, 60, 55), (55, 50, 50), (90, 80, 70)])
    skin = rng.choice([(215, 185, 160), (200, 170, 145), (225, 195, 170)])
    cx = w_px / 2
    d.ellipse([cx - w_px * 0.42, h_px * 0.72, cx + w_px * 0.42, h_px * 1.35], fill=rng.choice([(40, 50, 80), (30, 30, 35), (90, 90, 100)]))
    d.rectangle([cx - w_px * 0.08, h_px * 0.55, cx + w_px * 0.08, h_px * 0.78], fill=skin)
    d.ellipse([cx - w_px * 0.22, h_px * 0.18, cx + w_px * 0.22, h_px * 0.66], fill=skin)
    d.chord([cx - w_px * 0.25, h_px * 0.1, cx + w_px * 0.25, h_px * 0.5], 180, 360, fill=tone)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def qr(text, px):
    import cv2
    enc = cv2.QRCodeEncoder.create()
    m = enc.encode(text)
    im = Image.fromarray(m).convert("L")
    return im.resize((px, px), Image.NEAREST).convert("RGB")


def emblem(px, rng):
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([2, 2, px - 2, px - 2], fill=(200, 40, 40, 255), outline=(220, 180, 40, 255), width=max(2, px // 18))
    cx = cy = px / 2
    for k, (dx, dy, r) in enumerate([(0, -0.12, 0.18), (-0.22, -0.25, 0.06), (-0.1, -0.32, 0.06),
                                     (0.1, -0.32, 0.06), (0.22, -0.25, 0.06)]):
        pts = []
        for j in range(10):
            a = -math.pi / 2 + j * math.pi / 5
            rr = r * px * (1 if j % 2 == 0 else 0.4)
            pts.append((cx + dx * px + rr * math.cos(a), cy + dy * px + rr * math.sin(a)))
        d.polygon(pts, fill=(240, 200, 50, 255))
    d.rectangle([cx - px * 0.25, cy + px * 0.12, cx + px * 0.25, cy + px * 0.22], fill=(240, 200, 50, 255))
    d.arc([px * 0.12, px * 0.12, px * 0.88, px * 0.88], 20, 160, fill=(240, 200, 50, 255), width=max(2, px // 14))
    return im
