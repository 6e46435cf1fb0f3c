import math
from functools import lru_cache
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from .common import FONTS

A4 = (1240, 1754)  # 150 dpi


@lru_cache(maxsize=256)
def _font(path, idx, size):
    return ImageFont.truetype(path, size, index=idx)


def font(kind, size, variant=0):
    lst = FONTS[kind]
    p, i = lst[variant % len(lst)]
    return _font(p, i, int(size))


class Page:
    def __init__(self, size=A4, bg=(255, 255, 255), mode="RGB"):
        self.img = Image.new(mode, size, bg)
        self.d = ImageDraw.Draw(self.img)
        self.W, self.H = size

    def text(self, x, y, s, f, fill=(0, 0, 0), anchor="la"):
        self.d.text((x, y), s, font=f, fill=fill, anchor=anchor)
        return self.d.textbbox((x, y), s, font=f, anchor=anchor)

    def tw(self, s, f):
        if not s:
            return 0
        b = self.d.textbbox((0, 0), s, font=f)
        return b[2] - b[0]

    def spaced(self, x, y, s, f, gap, fill=(0, 0, 0)):
        for ch in s:
            self.d.text((x, y), ch, font=f, fill=fill)
            x += self.tw(ch, f) + gap
        return x

    def wrap(self, s, f, width):
        lines, cur = [], ""
        for ch in s:
            if self.tw(cur + ch, f) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, f, width, lh, fill=(0, 0, 0), indent=0):
        lines = self.wrap(" " * 0 + s, f, width - indent)
        for i, ln in enumerate(lines):
            self.d.text((x + (indent if i == 0 else 0), y), ln, font=f, fill=fill)
            y += lh
        return y

    def line(self, x0, y0, x1, y1, fill=(0, 0, 0), w=2):
        self.d.line([(x0, y0), (x1, y1)], fill=fill, width=w)

    def rect(self, x0, y0, x1, y1, outline=(0, 0, 0), w=2, fill=None, r=0):
        if r:
            self.d.rounded_rectangle([x0, y0, x1, y1], radius=r, outline=outline, width=w, fill=fill)
        else:
            self.d.rectangle([x0, y0, x1, y1], outline=outline, width=w, fill=fill)


def seal(img, cx, cy, r, ring, center="", color=(215, 30, 35), star=True, alpha=170, rot=0):
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    c = color + (alpha,)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=c, width=max(3, r // 22))
    if star:
        pts = []
        for k in range(10):
            rr = r * (0.28 if k % 2 == 0 else 0.11)
            a = -math.pi / 2 + k * math.pi / 5
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.polygon(pts, fill=c)
    n = len(ring)
    fsz = int(r * 0.26)
    f = font("song", fsz, 0)
    span = min(260, 20 * n)
    for i, ch in enumerate(ring):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / max(n, 1) + rot)
        tx, ty = cx + (r - fsz * 0.85) * math.cos(a), cy + (r - fsz * 0.85) * math.sin(a)
        ci = Image.new("RGBA", (fsz * 2, fsz * 2), (0, 0, 0, 0))
        ImageDraw.Draw(ci).text((fsz, fsz), ch, font=f, fill=c, anchor="mm")
        ci = ci.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        lay.alpha_composite(ci, (int(tx - fsz), int(ty - fsz)))
    if center:
        f2 = font("song", int(r * 0.2), 0)
        d.text((cx, cy + r * 0.5), center, font=f2, fill=c, anchor="mm")
    base = img.convert("RGBA")
    base.alpha_composite(lay)
    return base.convert("RGB")


def watermark(img, text, angle=30, color=(120, 120, 120), alpha=70, size=48, rng=None):
    lay = Image.new("RGBA", (img.width * 2, img.height * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    f = font("hei", size, 0)
    step_y = size * 5
    for y in range(0, lay.height, step_y):
        for x in range(-size * 10 if (y // step_y) % 2 else 0, lay.width, size * len(text) + size * 4):
            d.text((x, y), text, font=f, fill=color + (alpha,))
    lay = lay.rotate(angle, resample=Image.BICUBIC)
    lay = lay.crop((img.width // 2, img.height // 2, img.width // 2 + img.width, img.height // 2 + img.height))
    base = img.convert("RGBA")
    base.alpha_composite(lay)
    return base.convert("RGB")


def guilloche(pg, box, color=(200, 225, 235), step=9, phase=0.0):
    x0, y0, x1, y1 = box
    for k in range(0, (y1 - y0) + 60, step):
        pts = []
        for x in range(x0, x1, 6):
            pts.append((x, y0 + k + 10 * math.sin((x + phase) / 37.0 + k / 50.0)))
        pg.d.line(pts, fill=color, width=1)


def portrait(pg, box, bg=(235, 238, 242)):
    x0, y0, x1, y1 = box
    pg.d.rectangle(box, fill=bg)
    w, h = x1 - x0, y1 - y0
    pg.d.ellipse([x0 + w * 0.3, y0 + h * 0.15, x0 + w * 0.7, y0 + h * 0.55], fill=(110, 100, 95))
    pg.d.pieslice([x0 + w * 0.12, y0 + h * 0.55, x0 + w * 0.88, y0 + h * 1.35], 180, 360, fill=(60, 70, 90))


def qr(pg, x, y, size, rng):
    n = 25
    c = size / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                ii, jj = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                pg.d.rectangle([x + j * c, y + i * c, x + (j + 1) * c - 1, y + (i + 1) * c - 1], fill=(0, 0, 0))
