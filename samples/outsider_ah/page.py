"""A raster page that records every string drawn on it (layout evidence for the selfcheck)."""
import math
from PIL import Image, ImageDraw
from . import fonts


class Page:
    def __init__(self, w, h, bg=(255, 255, 255), kind="raster"):
        self.w, self.h = w, h
        self.img = Image.new("RGB", (w, h), bg)
        self.d = ImageDraw.Draw(self.img)
        self.items = []
        self.kind = kind

    def text(self, xy, s, font="song", size=24, fill=(20, 20, 20), anchor="la", record=True):
        if s is None or s == "":
            return (xy[0], xy[1], xy[0], xy[1])
        f = fonts.pil(font, size)
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor)
        bb = self.d.textbbox(xy, s, font=f, anchor=anchor)
        if record:
            self.items.append({"text": s, "bbox": [round(bb[0] / self.w, 4), round(bb[1] / self.h, 4),
                                                   round(bb[2] / self.w, 4), round(bb[3] / self.h, 4)]})
        return bb

    def width(self, s, font, size):
        f = fonts.pil(font, size)
        return self.d.textlength(s, font=f)

    def wrap(self, s, font, size, maxw):
        lines, cur = [], ""
        for ch in s:
            if self.width(cur + ch, font, size) > maxw and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, font, size, maxw, fill=(20, 20, 20), lh=1.5, align="l"):
        for ln in self.wrap(s, font, size, maxw):
            if align == "r":
                self.text((x + maxw, y), ln, font, size, fill, anchor="ra")
            else:
                self.text((x, y), ln, font, size, fill)
            y += int(size * lh)
        return y

    def line(self, a, b, fill=(0, 0, 0), width=2):
        self.d.line([a, b], fill=fill, width=width)

    def rect(self, box, outline=(0, 0, 0), fill=None, width=2, radius=0):
        if radius:
            self.d.rounded_rectangle(box, radius=radius, outline=outline, fill=fill, width=width)
        else:
            self.d.rectangle(box, outline=outline, fill=fill, width=width)


def seal(page, cx, cy, r, ring, center="", color=(205, 30, 35), star=True, alpha=170, font="song"):
    """round red seal with ring text, drawn on an RGBA overlay (over the values, like real stamps)."""
    ov = Image.new("RGBA", (2 * r + 8, 2 * r + 8), (0, 0, 0, 0))
    d = ImageDraw.Draw(ov)
    c = r + 4
    col = color + (alpha,)
    d.ellipse([4, 4, 2 * r + 4, 2 * r + 4], outline=col, width=max(3, r // 22))
    f = fonts.pil(font, max(12, int(r * 0.24)))
    n = len(ring)
    span = 250
    for i, ch in enumerate(ring):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x, y = c + math.cos(ang) * r * 0.74, c + math.sin(ang) * r * 0.74
        im = Image.new("RGBA", (int(r * 0.3), int(r * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(im).text((im.width / 2, im.height / 2), ch, font=f, fill=col, anchor="mm")
        im = im.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        ov.alpha_composite(im, (int(x - im.width / 2), int(y - im.height / 2)))
    if star:
        pts = []
        for k in range(10):
            rr = r * (0.22 if k % 2 == 0 else 0.09)
            a = math.radians(-90 + 36 * k)
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        d.polygon(pts, fill=col)
    if center:
        d.text((c, c + r * 0.45), center, font=fonts.pil(font, max(10, int(r * 0.17))), fill=col, anchor="mm")
    page.img.paste(ov, (int(cx - c), int(cy - c)), ov)


def qr_placeholder(page, x, y, s, rng, color=(0, 0, 0)):
    n = 25
    cell = s / n
    for i in range(n):
        for j in range(n):
            finder = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if finder:
                ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                page.d.rectangle([x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell], fill=color)


def portrait(page, box, rng, bg=(235, 240, 245)):
    x0, y0, x1, y1 = box
    page.d.rectangle(box, fill=bg)
    cx = (x0 + x1) / 2
    w = x1 - x0
    skin = (rng.randint(200, 235), rng.randint(170, 200), rng.randint(140, 170))
    page.d.ellipse([cx - w * 0.22, y0 + (y1 - y0) * 0.18, cx + w * 0.22, y0 + (y1 - y0) * 0.58], fill=skin)
    page.d.pieslice([x0 + w * 0.08, y0 + (y1 - y0) * 0.6, x1 - w * 0.08, y1 + (y1 - y0) * 0.45], 180, 360,
                    fill=(rng.randint(20, 80),) * 3)
    page.d.chord([cx - w * 0.24, y0 + (y1 - y0) * 0.12, cx + w * 0.24, y0 + (y1 - y0) * 0.4], 180, 360, fill=(25, 20, 20))


def guilloche(page, box, rng, color=(200, 220, 235)):
    x0, y0, x1, y1 = box
    for k in range(14):
        amp = rng.uniform(8, 30)
        ph = rng.uniform(0, 6.28)
        fr = rng.uniform(0.006, 0.02)
        yb = y0 + (y1 - y0) * k / 14
        pts = [(x, yb + amp * math.sin(fr * x + ph)) for x in range(int(x0), int(x1), 6)]
        page.d.line(pts, fill=color, width=1)
