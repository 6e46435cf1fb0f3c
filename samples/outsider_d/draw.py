"""A small vector page (mm coordinates) with two back ends: a Pillow raster and a reportlab PDF with a text layer."""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
ZEN = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
MICRO = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SONG = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
KAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
WENKAI = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
WENKAI_L = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf"
UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
MONO = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf"
OCR = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

# font roles -> candidates (path, ttc index)
FONT_IDX = {NOTO_SANS: 2, NOTO_SANS_B: 2, NOTO_SERIF: 2, NOTO_SERIF_B: 2}
PRINT_FONTS = [NOTO_SANS, NOTO_SERIF, ZEN, MICRO, SONG]
HAND_FONTS = [KAI, WENKAI, UKAI, WENKAI_L]
PDF_FONTS = [ZEN, MICRO, SONG, KAI, WENKAI]

_fcache = {}
_miss = {}
_have = {}


def pil_font(path, px):
    key = (path, px)
    f = _fcache.get(key)
    if f is None:
        try:
            f = ImageFont.truetype(path, px, index=FONT_IDX.get(path, 0))
        except OSError:
            f = ImageFont.truetype(NOTO_SANS, px, index=2)
        _fcache[key] = f
    return f


def covers(path, text):
    f = pil_font(path, 24)
    miss = _miss.get(path)
    if miss is None:
        miss = _miss[path] = bytes(f.getmask("\U0010FFFD"))
    for ch in set(text):
        if ch.isspace() or ord(ch) < 128:
            continue
        k = (path, ch)
        ok = _have.get(k)
        if ok is None:
            ok = _have[k] = bytes(f.getmask(ch)) != miss
        if not ok:
            return False
    return True


def fit_font(path, text):
    if covers(path, text):
        return path
    for p in [NOTO_SANS, NOTO_SERIF, ZEN]:
        if covers(p, text):
            return p
    return NOTO_SANS


class Page:
    def __init__(self, w_mm, h_mm, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w_mm, h_mm, bg
        self.ops = []
        self.font = NOTO_SANS

    def text(self, x, y, s, size=3.5, font=None, color=(0, 0, 0), anchor="l", sp=0.0, bold=False):
        """x,y in mm, y is the top of the line; size in mm (em height); anchor l/r/c."""
        if s == "" or s is None:
            return
        self.ops.append(("text", x, y, str(s), size, fit_font(font or self.font, str(s)), color, anchor, sp, bold))

    def line(self, x0, y0, x1, y1, w=0.25, color=(0, 0, 0)):
        self.ops.append(("line", x0, y0, x1, y1, w, color))

    def rect(self, x0, y0, x1, y1, w=0.25, color=(0, 0, 0), fill=None, radius=0):
        self.ops.append(("rect", x0, y0, x1, y1, w, color, fill, radius))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def width(self, s, size, font=None, sp=0.0):
        f = pil_font(fit_font(font or self.font, s), 100)
        return f.getlength(s) / 100.0 * size + sp * max(0, len(s) - 1)

    def wrap(self, s, size, maxw, font=None):
        lines, cur = [], ""
        for ch in s:
            if self.width(cur + ch, size, font) > maxw and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, size, maxw, font=None, lh=1.6, color=(0, 0, 0), indent=True):
        if indent:
            s = "\u3000\u3000" + s
        for ln in self.wrap(s, size, maxw, font):
            self.text(x, y, ln, size, font, color)
            y += size * lh
        return y


# ------------------------------------------------------------------ raster back end
def render(page, dpi=200):
    k = dpi / 25.4
    W, H = int(round(page.w * k)), int(round(page.h * k))
    im = Image.new("RGB", (W, H), page.bg)
    d = ImageDraw.Draw(im)
    for op in page.ops:
        if op[0] == "text":
            _, x, y, s, size, fpath, color, anchor, sp, bold = op
            px = max(6, int(round(size * k)))
            f = pil_font(fpath, px)
            if sp:
                tw = sum(f.getlength(c) for c in s) + sp * k * (len(s) - 1)
            else:
                tw = f.getlength(s)
            X = x * k - (tw if anchor == "r" else tw / 2 if anchor == "c" else 0)
            Y = y * k
            sw = max(1, px // 28) if bold else 0
            if sp:
                for c in s:
                    d.text((X, Y), c, font=f, fill=color, stroke_width=sw, stroke_fill=color)
                    X += f.getlength(c) + sp * k
            else:
                d.text((X, Y), s, font=f, fill=color, stroke_width=sw, stroke_fill=color)
        elif op[0] == "line":
            _, x0, y0, x1, y1, w, color = op
            d.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=color, width=max(1, int(round(w * k))))
        elif op[0] == "rect":
            _, x0, y0, x1, y1, w, color, fill, radius = op
            box = [x0 * k, y0 * k, x1 * k, y1 * k]
            wd = max(1, int(round(w * k))) if w else 0
            if radius:
                d.rounded_rectangle(box, radius=radius * k, fill=fill, outline=color if w else None, width=wd)
            else:
                d.rectangle(box, fill=fill, outline=color if w else None, width=wd)
        elif op[0] == "image":
            _, x, y, w, h, src = op
            src = src() if callable(src) else src
            sz = (max(1, int(w * k)), max(1, int(h * k)))
            s2 = src.resize(sz, Image.LANCZOS)
            if s2.mode == "RGBA":
                im.paste(s2, (int(x * k), int(y * k)), s2)
            else:
                im.paste(s2.convert("RGB"), (int(x * k), int(y * k)))
    return im


# ------------------------------------------------------------------ PDF back end
_rl_reg = {}


def _rl_font(path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if path not in PDF_FONTS:
        path = ZEN
    if path not in _rl_reg:
        name = "F%d" % len(_rl_reg)
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
        _rl_reg[path] = name
    return _rl_reg[path]


def pdf_pages(pages, out, shuffle_rng=None, pdf_font=None):
    """Write pages to a PDF with real text.  shuffle_rng: draw text ops in a random order."""
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(out, pagesize=(pages[0].w * mm, pages[0].h * mm), invariant=1)
    c.setAuthor("")
    for page in pages:
        c.setPageSize((page.w * mm, page.h * mm))
        H = page.h
        ops = list(page.ops)
        if shuffle_rng is not None:
            texts = [o for o in ops if o[0] == "text"]
            other = [o for o in ops if o[0] != "text"]
            shuffle_rng.shuffle(texts)
            ops = other + texts
        for op in ops:
            if op[0] == "text":
                _, x, y, s, size, fpath, color, anchor, sp, bold = op
                fp = pdf_font or fpath
                fname = _rl_font(fp)
                from reportlab.pdfbase import pdfmetrics
                face = pdfmetrics.getFont(fname).face
                if any(ord(ch) not in face.charToGlyph for ch in s if not ch.isspace()):
                    fname = _rl_font(ZEN)
                fs = size * mm
                c.setFont(fname, fs)
                c.setFillColorRGB(*[v / 255 for v in color])
                tw = c.stringWidth(s, fname, fs) + sp * mm * (len(s) - 1)
                X = x * mm - (tw if anchor == "r" else tw / 2 if anchor == "c" else 0)
                Y = (H - y - size * 0.86) * mm
                if sp:
                    t = c.beginText(X, Y)
                    t.setFont(fname, fs)
                    t.setCharSpace(sp * mm)
                    t.textOut(s)
                    c.drawText(t)
                else:
                    c.drawString(X, Y, s)
            elif op[0] == "line":
                _, x0, y0, x1, y1, w, color = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w * mm)
                c.line(x0 * mm, (H - y0) * mm, x1 * mm, (H - y1) * mm)
            elif op[0] == "rect":
                _, x0, y0, x1, y1, w, color, fill, radius = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth((w or 0.01) * mm)
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if radius:
                    c.roundRect(x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm, radius * mm, stroke=1 if w else 0, fill=1 if fill else 0)
                else:
                    c.rect(x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm, stroke=1 if w else 0, fill=1 if fill else 0)
            elif op[0] == "image":
                _, x, y, w, h, src = op
                src = src() if callable(src) else src
                buf = io.BytesIO()
                src.save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * mm, (H - y - h) * mm, w * mm, h * mm, mask="auto")
        c.showPage()
    c.save()


# ------------------------------------------------------------------ ornaments
def seal(text, inner="", size_px=420, color=(215, 30, 35), alpha=200, rng=None, star=True, oval=False):
    """A round red seal with ring text, as RGBA."""
    rng = rng or random.Random(0)
    S = size_px
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    col = color + (alpha,)
    w = max(3, S // 40)
    d.ellipse([w, w, S - w, S - w], outline=col, width=w)
    if star:
        cx, cy, r = S / 2, S / 2, S * 0.14
        pts = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rr = r if i % 2 == 0 else r * 0.4
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=col)
    n = len(text)
    fpx = int(S * (0.13 if n < 14 else 0.105 if n < 20 else 0.085))
    f = pil_font(NOTO_SERIF_B if covers(NOTO_SERIF_B, text) else NOTO_SANS_B, fpx)
    span = math.radians(250 if n > 6 else 180)
    R = S / 2 - w * 2 - fpx * 0.62
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        g = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fpx, fpx), ch, font=f, fill=col, anchor="mm")
        g = g.rotate(-math.degrees(ang + math.pi / 2), resample=Image.BICUBIC)
        x = S / 2 + R * math.cos(ang) - fpx
        y = S / 2 + R * math.sin(ang) - fpx
        im.alpha_composite(g, (int(x), int(y)))
    if inner:
        f2 = pil_font(NOTO_SANS_B, int(S * 0.08))
        d.text((S / 2, S * 0.74), inner, font=f2, fill=col, anchor="mm")
    # ink texture: punch random holes
    a = np.array(im)
    noise = np.random.default_rng(rng.randint(0, 1 << 30)).random(a.shape[:2])
    a[..., 3] = np.where(noise < 0.12, (a[..., 3] * 0.35).astype(np.uint8), a[..., 3])
    im = Image.fromarray(a).rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    return im


def portrait(w=300, h=380, rng=None, bg=(235, 240, 245)):
    rng = rng or random.Random(0)
    im = Image.new("RGBA", (w, h), bg + (255,))
    d = ImageDraw.Draw(im)
    skin = rng.choice([(225, 190, 165), (210, 175, 150), (235, 205, 185)])
    hair = rng.choice([(30, 25, 25), (50, 40, 35), (20, 20, 20)])
    cloth = rng.choice([(40, 50, 80), (200, 200, 205), (30, 30, 30), (90, 110, 140)])
    d.ellipse([w * 0.1, h * 0.72, w * 0.9, h * 1.3], fill=cloth)
    d.rectangle([w * 0.42, h * 0.6, w * 0.58, h * 0.78], fill=skin)
    d.ellipse([w * 0.27, h * 0.18, w * 0.73, h * 0.68], fill=skin)
    d.chord([w * 0.25, h * 0.12, w * 0.75, h * 0.5], 180, 360, fill=hair)
    d.ellipse([w * 0.38, h * 0.38, w * 0.44, h * 0.42], fill=(40, 30, 30))
    d.ellipse([w * 0.56, h * 0.38, w * 0.62, h * 0.42], fill=(40, 30, 30))
    d.arc([w * 0.42, h * 0.5, w * 0.58, h * 0.6], 20, 160, fill=(150, 80, 80), width=3)
    return im


def qr(rng, n=29, px=6):
    a = np.array([[rng.random() < 0.5 for _ in range(n)] for _ in range(n)])
    for (r, c) in [(0, 0), (0, n - 7), (n - 7, 0)]:
        a[r:r + 7, c:c + 7] = False
        a[r:r + 7, c] = a[r:r + 7, c + 6] = True
        a[r, c:c + 7] = a[r + 6, c:c + 7] = True
        a[r + 2:r + 5, c + 2:c + 5] = True
    img = np.where(a, 0, 255).astype(np.uint8)
    img = np.pad(img, 2, constant_values=255)
    return Image.fromarray(img).resize(((n + 4) * px, (n + 4) * px), Image.NEAREST).convert("RGB")


def guilloche(w, h, rng, base=(236, 242, 238), ink=(190, 215, 205)):
    im = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(im)
    for k in range(26):
        amp = rng.uniform(5, 30)
        per = rng.uniform(60, 220)
        ph = rng.uniform(0, 6.28)
        y0 = h * k / 26
        pts = [(x, y0 + amp * math.sin(x / per * 6.28 + ph)) for x in range(0, w + 8, 8)]
        d.line(pts, fill=ink, width=1)
    for k in range(8):
        cx, cy, r = rng.uniform(0, w), rng.uniform(0, h), rng.uniform(40, 160)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=ink, width=1)
    return im


def emblem(px=200, color=(200, 30, 30)):
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([4, 4, px - 4, px - 4], outline=color + (255,), width=max(2, px // 25))
    d.ellipse([px * 0.2, px * 0.2, px * 0.8, px * 0.8], outline=(220, 170, 40, 255), width=max(2, px // 30))
    for i in range(5):
        ang = -math.pi / 2 + i * 2 * math.pi / 5
        cx, cy = px / 2 + px * 0.18 * math.cos(ang), px / 2 + px * 0.18 * math.sin(ang)
        d.regular_polygon((cx, cy, px * 0.06), 5, fill=(220, 170, 40, 255))
    d.rectangle([px * 0.35, px * 0.62, px * 0.65, px * 0.7], fill=(220, 170, 40, 255))
    return im
