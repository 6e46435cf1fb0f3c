"""PIL drawing helpers: a Sheet with CJK text (font fallback, letter spacing, wrapping), rules, seals."""
import math

from PIL import Image, ImageDraw, ImageFilter

from .common import pick_font, pil_font


class Sheet:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.im = Image.new("RGB", (int(w), int(h)), bg)
        self.dr = ImageDraw.Draw(self.im)
        self.w, self.h = int(w), int(h)

    def font(self, name, size, text):
        return pil_font(pick_font(name, text), size)

    def text_w(self, s, size, font="noto_sans", sp=0):
        f = self.font(font, size, s)
        return f.getlength(s) + sp * max(0, len(s) - 1)

    def t(self, x, y, s, size, font="noto_sans", fill=(0, 0, 0), anchor="la", sp=0):
        s = str(s)
        f = self.font(font, size, s)
        if sp == 0:
            self.dr.text((x, y), s, font=f, fill=fill, anchor=anchor)
            return f.getlength(s)
        w = f.getlength(s) + sp * (len(s) - 1)
        if anchor[0] == "m":
            x -= w / 2
        elif anchor[0] == "r":
            x -= w
        a = "l" + anchor[1]
        for ch in s:
            self.dr.text((x, y), ch, font=f, fill=fill, anchor=a)
            x += f.getlength(ch) + sp
        return w

    def wrap_lines(self, s, size, width, font="noto_sans", sp=0):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if self.text_w(cur + ch, size, font, sp) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, size, width, font="noto_sans", fill=(0, 0, 0), lh=1.6, sp=0, anchor="la"):
        lines = self.wrap_lines(s, size, width, font, sp)
        for i, ln in enumerate(lines):
            xx = x + (width if anchor[0] == "r" else 0)
            self.t(xx, y + i * size * lh, ln, size, font, fill, anchor=anchor, sp=sp)
        return y + len(lines) * size * lh

    def line(self, x0, y0, x1, y1, fill=(0, 0, 0), w=2):
        self.dr.line([(x0, y0), (x1, y1)], fill=fill, width=int(w))

    def rect(self, x0, y0, x1, y1, outline=(0, 0, 0), w=2, fill=None):
        self.dr.rectangle([x0, y0, x1, y1], outline=outline, width=int(w), fill=fill)

    def rrect(self, x0, y0, x1, y1, rad, fill=None, outline=None, w=1):
        self.dr.rounded_rectangle([x0, y0, x1, y1], radius=rad, fill=fill, outline=outline, width=int(w))


def seal(im, cx, cy, r, ring, center="", color=(210, 30, 40), alpha=170, font="noto_sans_b", star=True, oval=False):
    """Red round seal with ring text, composited (multiply-like) onto im."""
    size = int(r * 2 + 8)
    ov = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(ov)
    c = size / 2
    col = color + (alpha,)
    dr.ellipse([c - r, c - r, c + r, c + r], outline=col, width=max(3, int(r / 14)))
    n = len(ring)
    fs = max(10, int(r * 0.26))
    f = pil_font(pick_font(font, ring), fs)
    span = 250 if n > 6 else 180
    for i, ch in enumerate(ring):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x = c + (r * 0.74) * math.cos(ang)
        y = c + (r * 0.74) * math.sin(ang)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs, fs), ch, font=f, fill=col, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        ov.alpha_composite(g, (int(x - fs), int(y - fs)))
    if star:
        pts = []
        for k in range(10):
            rr = r * 0.24 if k % 2 == 0 else r * 0.10
            a = math.radians(-90 + 36 * k)
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        dr.polygon(pts, fill=col)
    if center:
        f2 = pil_font(pick_font(font, center), max(10, int(r * 0.2)))
        dr.text((c, c + r * 0.5), center, font=f2, fill=col, anchor="mm")
    ov = ov.filter(ImageFilter.GaussianBlur(0.6))
    base = im.convert("RGBA")
    base.alpha_composite(ov, (int(cx - c), int(cy - c)))
    return base.convert("RGB")


def watermark(im, text, color, angle, alpha=60, size=None, font="noto_sans"):
    w, h = im.size
    size = size or int(w / 26)
    ov = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    dr = ImageDraw.Draw(ov)
    f = pil_font(pick_font(font, text), size)
    step_y = int(size * 5)
    step_x = int(f.getlength(text) + size * 3)
    for yy in range(0, h * 2, step_y):
        off = (yy // step_y % 2) * step_x // 2
        for xx in range(-step_x, w * 2, step_x):
            dr.text((xx + off, yy), text, font=f, fill=color + (alpha,))
    ov = ov.rotate(angle, resample=Image.BICUBIC)
    ov = ov.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    base = im.convert("RGBA")
    base.alpha_composite(ov)
    return base.convert("RGB")


def guilloche(sh, x0, y0, x1, y1, color, rng, n=26):
    for k in range(n):
        pts = []
        ph = rng.random() * 6.28
        amp = 6 + rng.random() * 18
        fr = 0.01 + rng.random() * 0.03
        yb = y0 + (y1 - y0) * k / n
        for x in range(int(x0), int(x1), 6):
            pts.append((x, yb + amp * math.sin(x * fr + ph)))
        sh.dr.line(pts, fill=color, width=1)


def portrait(sh, x0, y0, x1, y1, bg=(236, 240, 245), fg=(150, 155, 165)):
    sh.dr.rectangle([x0, y0, x1, y1], fill=bg)
    cx = (x0 + x1) / 2
    w = x1 - x0
    h = y1 - y0
    sh.dr.ellipse([cx - w * 0.2, y0 + h * 0.18, cx + w * 0.2, y0 + h * 0.55], fill=fg)
    sh.dr.pieslice([cx - w * 0.42, y0 + h * 0.6, cx + w * 0.42, y0 + h * 1.3], 180, 360, fill=fg)


def qr(sh, x, y, s, rng):
    n = 25
    c = s / n
    sh.dr.rectangle([x, y, x + s, y + s], fill=(255, 255, 255))
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.48:
                sh.dr.rectangle([x + i * c, y + j * c, x + (i + 1) * c, y + (j + 1) * c], fill=(0, 0, 0))
    for (a, b) in [(0, 0), (n - 7, 0), (0, n - 7)]:
        sh.dr.rectangle([x + a * c, y + b * c, x + (a + 7) * c, y + (b + 7) * c], fill=(0, 0, 0))
        sh.dr.rectangle([x + (a + 1) * c, y + (b + 1) * c, x + (a + 6) * c, y + (b + 6) * c], fill=(255, 255, 255))
        sh.dr.rectangle([x + (a + 2) * c, y + (b + 2) * c, x + (a + 5) * c, y + (b + 5) * c], fill=(0, 0, 0))
