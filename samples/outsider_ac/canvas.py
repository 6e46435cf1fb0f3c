"""A tiny display list: documents are drawn once as ops, then rastered (PIL) or written as text-layer PDF (reportlab)."""
import math
import random
from PIL import Image, ImageDraw, ImageChops
from . import fonts

ASC = 0.88  # baseline offset as a fraction of font size


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255), pdf=False):
        self.w, self.h, self.bg, self.pdf = w, h, bg, pdf
        self.ops = []

    # --- text -----------------------------------------------------------
    def width(self, s, font, size):
        return fonts.text_width(s, font, size, self.pdf)

    def text(self, x, y, s, font="hei", size=26, fill=(0, 0, 0), anchor="l"):
        s = str(s)
        if not s:
            return 0
        w = self.width(s, font, size)
        if anchor == "r":
            x = x - w
        elif anchor == "c":
            x = x - w / 2
        self.ops.append(("text", x, y, s, font, size, fill))
        return w

    def fit(self, x, y, s, font, size, maxw, fill=(0, 0, 0), anchor="l", minsize=14):
        while size > minsize and self.width(s, font, size) > maxw:
            size -= 1
        return self.text(x, y, s, font, size, fill, anchor)

    def split(self, s, font, size, maxw):
        lines, cur = [], ""
        for ch in s:
            if ch == "\n":
                lines.append(cur)
                cur = ""
                continue
            if cur and self.width(cur + ch, font, size) > maxw:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def wrap(self, x, y, s, font, size, maxw, lh=None, fill=(0, 0, 0), anchor="l"):
        lh = lh or size * 1.45
        for ln in self.split(s, font, size, maxw):
            self.text(x, y, ln, font, size, fill, anchor)
            y += lh
        return y

    # --- shapes ---------------------------------------------------------
    def line(self, x0, y0, x1, y1, w=2, fill=(0, 0, 0)):
        self.ops.append(("line", x0, y0, x1, y1, w, fill))

    def rect(self, x0, y0, x1, y1, outline=(0, 0, 0), fill=None, w=2, radius=0):
        self.ops.append(("rect", x0, y0, x1, y1, outline, fill, w, radius))

    def seal(self, cx, cy, r, ring, center="", color=(210, 30, 30), star=True, seed=0):
        self.ops.append(("seal", cx, cy, r, ring, center, color, star, seed))

    def guilloche(self, x0, y0, x1, y1, color=(200, 220, 235), seed=0):
        self.ops.append(("guil", x0, y0, x1, y1, color, seed))

    def photo(self, x0, y0, x1, y1, seed=0):
        self.ops.append(("photo", x0, y0, x1, y1, seed))

    def qr(self, x0, y0, size, seed=0):
        self.ops.append(("qr", x0, y0, size, seed))

    def watermark(self, s, color=(200, 90, 90), angle=30, size=54, alpha=70):
        self.ops.append(("wm", s, color, angle, size, alpha))

    def embed(self, other, dx, dy, border=True):
        if other.bg != self.bg:
            self.rect(dx, dy, dx + other.w, dy + other.h, outline=(150, 150, 150) if border else None,
                      fill=other.bg, w=2, radius=24)
        for op in other.ops:
            self.ops.append(_shift(op, dx, dy))


def _shift(op, dx, dy):
    k = op[0]
    if k == "text":
        return (k, op[1] + dx, op[2] + dy) + op[3:]
    if k in ("line", "rect", "guil", "photo"):
        return (k, op[1] + dx, op[2] + dy, op[3] + dx, op[4] + dy) + op[5:]
    if k in ("seal", "qr"):
        return (k, op[1] + dx, op[2] + dy) + op[3:]
    return op


# ---------------------------------------------------------------- PIL backend
def _char_img(ch, font, size, color):
    f = fonts.pil_font(font, size)
    im = Image.new("RGBA", (int(size * 1.4), int(size * 1.4)), (0, 0, 0, 0))
    ImageDraw.Draw(im).text((size * 0.7, size * 0.7), ch, font=f, fill=color + (255,), anchor="mm")
    return im


def raster(cv, scale=1.0):
    W, H = int(cv.w * scale), int(cv.h * scale)
    img = Image.new("RGB", (W, H), cv.bg)
    d = ImageDraw.Draw(img)
    S = lambda v: v * scale
    later = []
    for op in cv.ops:
        k = op[0]
        if k == "text":
            _, x, y, s, font, size, fill = op
            cx = S(x)
            for fk, part in fonts.runs(s, font, cv.pdf):
                f = fonts.pil_font(fk, S(size))
                d.text((cx, S(y) + S(size) * ASC), part, font=f, fill=fill, anchor="ls")
                cx += f.getlength(part)
        elif k == "line":
            _, x0, y0, x1, y1, w, fill = op
            d.line([S(x0), S(y0), S(x1), S(y1)], fill=fill, width=max(1, int(S(w))))
        elif k == "rect":
            _, x0, y0, x1, y1, outline, fill, w, radius = op
            if radius:
                d.rounded_rectangle([S(x0), S(y0), S(x1), S(y1)], radius=S(radius), outline=outline, fill=fill,
                                    width=max(1, int(S(w))))
            else:
                d.rectangle([S(x0), S(y0), S(x1), S(y1)], outline=outline, fill=fill, width=max(1, int(S(w))))
        elif k == "guil":
            _, x0, y0, x1, y1, color, seed = op
            rnd = random.Random(seed)
            for i in range(26):
                a, b, ph = rnd.uniform(2, 7), rnd.uniform(2, 7), rnd.uniform(0, 6.28)
                cx, cy = rnd.uniform(x0, x1), rnd.uniform(y0, y1)
                R = rnd.uniform(60, 220)
                pts = [(S(cx + R * math.cos(t / 40) * math.cos(a * t / 40 + ph)),
                        S(cy + R * math.sin(t / 40) * math.cos(b * t / 40))) for t in range(0, 252)]
                pts = [(min(max(px, S(x0)), S(x1)), min(max(py, S(y0)), S(y1))) for px, py in pts]
                d.line(pts, fill=color, width=1)
        elif k == "photo":
            _, x0, y0, x1, y1, seed = op
            d.rectangle([S(x0), S(y0), S(x1), S(y1)], fill=(222, 226, 232))
            cx, w = S((x0 + x1) / 2), min(S(x1 - x0), S(y1 - y0) * 0.8)
            top = S(y1) - w * 1.25
            d.ellipse([cx - w * 0.22, top + w * 0.15, cx + w * 0.22, top + w * 0.67], fill=(120, 110, 105))
            d.pieslice([cx - w * 0.45, S(y1) - w * 0.55, cx + w * 0.45, S(y1) + w * 0.35], 180, 360,
                       fill=(60, 65, 80))
        elif k == "qr":
            _, x0, y0, size, seed = op
            rnd = random.Random(seed)
            n = 25
            c = S(size) / n
            for i in range(n):
                for j in range(n):
                    fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                    on = ((i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4)) if fin else rnd.random() < 0.5)
                    if fin and not ((i < 7 or i >= n - 7) and (j < 7 or j >= n - 7)):
                        pass
                    if on:
                        d.rectangle([S(x0) + j * c, S(y0) + i * c, S(x0) + (j + 1) * c, S(y0) + (i + 1) * c], fill=(0, 0, 0))
        elif k in ("seal", "wm"):
            later.append(op)
    for op in later:
        if op[0] == "seal":
            img = _seal(img, op, S)
        else:
            img = _wm(img, op, scale)
    return img


def _seal(img, op, S):
    _, cx, cy, r, ring, center, color, star, seed = op
    rnd = random.Random(seed)
    R = S(r)
    size = int(R * 2 + 8)
    lay = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    c = size / 2
    d.ellipse([c - R, c - R, c + R, c + R], outline=color + (255,), width=max(2, int(R * 0.06)))
    n = len(ring)
    span = min(280, 22 * n)
    fs = max(8, min(R * 0.26, R * 0.72 * math.radians(span) / max(n, 1) * 0.92))
    for i, ch in enumerate(ring):
        ang = -90 - span / 2 + span * (i + 0.5) / n  # degrees, PIL y-down
        x = c + (R * 0.72) * math.cos(math.radians(ang))
        y = c + (R * 0.72) * math.sin(math.radians(ang))
        ci = _char_img(ch, "song", fs, color).rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
        lay.alpha_composite(ci, (int(x - ci.width / 2), int(y - ci.height / 2)))
    if star:
        pts = []
        for i in range(10):
            rr = R * (0.22 if i % 2 == 0 else 0.09)
            a = math.radians(-90 + 36 * i)
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        d.polygon(pts, fill=color + (255,))
    if center:
        f = fonts.pil_font("song", max(8, R * 0.17))
        d.text((c, c + R * 0.45), center, font=f, fill=color + (255,), anchor="mm")
    a = lay.split()[3].point(lambda v: int(v * rnd.uniform(0.55, 0.8)))
    lay.putalpha(a)
    lay = lay.rotate(rnd.uniform(-20, 20), resample=Image.BICUBIC)
    # multiply blend so text under the seal stays legible
    base = img.convert("RGBA")
    tint = Image.new("RGBA", base.size, (255, 255, 255, 0))
    tint.alpha_composite(lay, (int(S(cx) - size / 2), int(S(cy) - size / 2)))
    white = Image.new("RGB", base.size, (255, 255, 255))
    white.paste(tint.convert("RGB"), (0, 0), tint.split()[3])
    return ImageChops.multiply(img, white)


def _wm(img, op, scale):
    _, s, color, angle, size, alpha = op
    W, H = img.size
    lay = Image.new("RGBA", (W * 2, H * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    f = fonts.pil_font("hei", size * scale)
    step = int(size * scale * 6)
    for yy in range(0, H * 2, step):
        d.text(((yy // step) % 2 * step // 2, yy), (s + "    ") * 6, font=f, fill=color + (alpha,))
    lay = lay.rotate(angle, resample=Image.BICUBIC).crop((W // 2, H // 2, W // 2 + W, H // 2 + H))
    base = img.convert("RGBA")
    base.alpha_composite(lay)
    return base.convert("RGB")


# ---------------------------------------------------------------- PDF backend
_registered = set()


def _reg(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if key not in _registered:
        path, idx, ok = fonts.FONTS[key]
        assert ok, key
        pdfmetrics.registerFont(TTFont("F_" + key, path, subfontIndex=idx))
        _registered.add(key)
    return "F_" + key


def write_pdf(canvases, path, shuffle_seed=None, dpi=150):
    """canvases: list of Canvas (pdf=True). Writes a text-layer PDF. Text ops may be written out of reading order."""
    from reportlab.pdfgen import canvas as rc
    k = 72.0 / dpi
    c = None
    for cv in canvases:
        PW, PH = cv.w * k, cv.h * k
        if c is None:
            c = rc.Canvas(path, pagesize=(PW, PH))
            c.setAuthor("")
        else:
            c.setPageSize((PW, PH))
        ops = list(cv.ops)
        if shuffle_seed is not None:
            texts = [o for o in ops if o[0] == "text"]
            random.Random(shuffle_seed).shuffle(texts)
            ops = [o for o in ops if o[0] != "text"] + texts
        for op in ops:
            t = op[0]
            if t == "text":
                _, x, y, s, font, size, fill = op
                cx = x * k
                for fk, part in fonts.runs(s, font, True):
                    fn = _reg(fk)
                    c.setFont(fn, size * k)
                    c.setFillColorRGB(*[v / 255 for v in fill])
                    c.drawString(cx, PH - (y + size * ASC) * k, part)
                    cx += fonts.pil_font(fk, size).getlength(part) * k
            elif t == "line":
                _, x0, y0, x1, y1, w, fill = op
                c.setStrokeColorRGB(*[v / 255 for v in fill])
                c.setLineWidth(w * k)
                c.line(x0 * k, PH - y0 * k, x1 * k, PH - y1 * k)
            elif t == "rect":
                _, x0, y0, x1, y1, outline, fill, w, radius = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if outline:
                    c.setStrokeColorRGB(*[v / 255 for v in outline])
                c.setLineWidth(w * k)
                c.roundRect(x0 * k, PH - y1 * k, (x1 - x0) * k, (y1 - y0) * k, radius * k,
                            stroke=1 if outline else 0, fill=1 if fill else 0)
            elif t == "qr":
                _, x0, y0, size, seed = op
                rnd = random.Random(seed)
                n = 25
                cc = size * k / n
                c.setFillColorRGB(0, 0, 0)
                for i in range(n):
                    for j in range(n):
                        if rnd.random() < 0.5 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                            c.rect(x0 * k + j * cc, PH - y0 * k - (i + 1) * cc, cc, cc, stroke=0, fill=1)
            elif t == "seal":
                _, cx, cy, r, ring, center, color, star, seed = op
                c.saveState()
                c.setStrokeColorRGB(*[v / 255 for v in color], alpha=0.7)
                c.setFillColorRGB(*[v / 255 for v in color], alpha=0.7)
                c.setLineWidth(r * 0.06 * k)
                c.circle(cx * k, PH - cy * k, r * k)
                n = len(ring)
                span = min(260, 22 * n)
                fn = _reg("zenhei")
                for i, ch in enumerate(ring):
                    ang = 90 + span / 2 - span * (i + 0.5) / n
                    x = cx * k + r * 0.72 * k * math.cos(math.radians(ang))
                    y = PH - cy * k + r * 0.72 * k * math.sin(math.radians(ang))
                    c.saveState()
                    c.translate(x, y)
                    c.rotate(ang - 90)
                    c.setFont(fn, r * 0.26 * k)
                    c.drawCentredString(0, -r * 0.09 * k, ch)
                    c.restoreState()
                c.restoreState()
        c.showPage()
    c.save()
