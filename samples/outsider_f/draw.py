"""Drawing primitives: a page, text that fits, wrapped text, seals, watermarks, QR-like marks."""
import math

from PIL import Image, ImageDraw

from .fonts import font


class Page:
    """A white (or tinted) page with a pen; sizes in pixels."""

    def __init__(self, w, h, bg=(255, 255, 255)):
        self.img = Image.new("RGB", (int(w), int(h)), bg)
        self.d = ImageDraw.Draw(self.img)
        self.w, self.h = int(w), int(h)

    def text(self, xy, s, face, size, fill=(20, 20, 20), anchor="la"):
        self.d.text(xy, s, font=font(face, size), fill=fill, anchor=anchor)
        return self.d.textlength(s, font=font(face, size))

    def width(self, s, face, size):
        return self.d.textlength(s, font=font(face, size))

    def fit(self, xy, s, face, size, maxw, fill=(20, 20, 20), anchor="la"):
        while size > 8 and self.width(s, face, size) > maxw:
            size -= 1
        self.text(xy, s, face, size, fill, anchor)
        return size

    def wrap(self, s, face, size, maxw):
        lines, cur = [], ""
        for ch in s:
            if self.width(cur + ch, face, size) > maxw and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, face, size, maxw, gap=1.6, fill=(20, 20, 20), indent=0):
        lines = self.wrap(" " * 0 + s, face, size, maxw - indent)
        for i, line in enumerate(lines):
            self.text((x + (indent if i == 0 else 0), y), line, face, size, fill)
            y += size * gap
        return y

    def line(self, a, b, fill=(30, 30, 30), width=2):
        self.d.line([a, b], fill=fill, width=width)

    def rect(self, box, outline=(30, 30, 30), width=2, fill=None, radius=0):
        if radius:
            self.d.rounded_rectangle(box, radius=radius, outline=outline, width=width, fill=fill)
        else:
            self.d.rectangle(box, outline=outline, width=width, fill=fill)


def seal(rng, diameter, ring, centre="★", color=(205, 30, 40), alpha=170, face="sans_bold"):
    """A round red seal with ring text, as an RGBA image."""
    size = int(diameter)
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = (*color, alpha)
    w = max(3, size // 40)
    d.ellipse([w, w, size - w, size - w], outline=c, width=w)
    f = font(face, size * 0.11)
    n = len(ring)
    span = 250
    for i, ch in enumerate(ring):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        r = size * 0.36
        x, y = size / 2 + r * math.cos(ang), size / 2 + r * math.sin(ang)
        g = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=c, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    d.text((size / 2, size / 2), centre, font=font("sans", size * 0.22), fill=c, anchor="mm")
    return im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def stamp(page_img, mark, xy):
    base = page_img.convert("RGBA")
    base.alpha_composite(mark, (int(xy[0]), int(xy[1])))
    return base.convert("RGB")


def watermark(rng, img, text="仅供居住证积分使用，他用无效", color=None, alpha=None, angle=None, size=None):
    w, h = img.size
    color = color or rng.choice([(120, 120, 120), (200, 60, 60), (60, 90, 200), (90, 90, 90)])
    alpha = alpha or rng.randint(50, 110)
    angle = rng.uniform(-35, 35) if angle is None else angle
    size = size or int(min(w, h) * rng.uniform(0.045, 0.07))
    layer = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    f = font(rng.choice(["sans", "microhei", "serif"]), size)
    step = int(size * rng.uniform(5, 8))
    for y in range(0, h * 2, step):
        d.text((int(rng.uniform(0, size * 2)), y), (text + "    ") * 3, font=f, fill=(*color, alpha))
    layer = layer.rotate(angle, resample=Image.BICUBIC).crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def qr(rng, size):
    """A QR-like block (finder squares and random modules)."""
    n = 25
    cell = max(2, size // n)
    im = Image.new("RGB", (cell * n, cell * n), "white")
    d = ImageDraw.Draw(im)
    for y in range(n):
        for x in range(n):
            if rng.random() < 0.5:
                d.rectangle([x * cell, y * cell, x * cell + cell - 1, y * cell + cell - 1], fill="black")
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        d.rectangle([fx * cell, fy * cell, (fx + 7) * cell - 1, (fy + 7) * cell - 1], fill="white")
        d.rectangle([fx * cell, fy * cell, (fx + 7) * cell - 1, (fy + 7) * cell - 1], outline="black", width=cell)
        d.rectangle([(fx + 2) * cell, (fy + 2) * cell, (fx + 5) * cell - 1, (fy + 5) * cell - 1], fill="black")
    return im


def guilloche(rng, w, h, base=(236, 240, 246), ink=(200, 212, 228)):
    im = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(im)
    for k in range(28):
        amp, per, ph = rng.uniform(8, 30), rng.uniform(80, 260), rng.uniform(0, 6.3)
        y0 = h * k / 28
        pts = [(x, y0 + amp * math.sin(x / per * 6.28 + ph)) for x in range(0, w + 8, 8)]
        d.line(pts, fill=ink, width=1)
    return im


def cn_date(day, numerals=False, pad=False):
    if numerals:
        digits = "〇一二三四五六七八九"
        y = "".join(digits[int(c)] for c in str(day.year))
        return f"{y}年{cn_num(day.month)}月{cn_num(day.day)}日"
    if pad:
        return f"{day.year}年{day.month:02d}月{day.day:02d}日"
    return f"{day.year}年{day.month}月{day.day}日"


def cn_num(n):
    digits = "〇一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
