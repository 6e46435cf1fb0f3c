"""A small display list ("Sheet") rendered either to a PIL image or to a text-layer PDF page."""
import io
import math
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

NOTO = "/usr/share/fonts/opentype/noto/"
FONTS = {
    "sans": (NOTO + "NotoSansCJK-Regular.ttc", 2),
    "sans_b": (NOTO + "NotoSansCJK-Bold.ttc", 2),
    "serif": (NOTO + "NotoSerifCJK-Regular.ttc", 2),
    "serif_b": (NOTO + "NotoSerifCJK-Bold.ttc", 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kaim": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "lxgw": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "lxgw_b": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "lxgw_l": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
    "mono": (NOTO + "NotoSansCJK-Regular.ttc", 7),
}
# fonts reportlab can embed (TrueType outlines)
PDF_FONTS = {
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "wqym": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "sung": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kaigb": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "lxgw": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
}
PDF_MAP = {"sans": "wqy", "sans_b": "wqy", "zenhei": "wqy", "microhei": "wqym", "mono": "wqym", "smiley": "wqy",
           "serif": "uming", "serif_b": "uming", "song": "uming", "ming": "uming", "kai": "lxgw", "kaim": "lxgw",
           "lxgw": "lxgw", "lxgw_b": "lxgw", "lxgw_l": "lxgw", "ocrb": "wqym"}


@lru_cache(maxsize=None)
def _cmap(path, index):
    from fontTools.ttLib import TTFont
    f = TTFont(path, fontNumber=index, lazy=True)
    return frozenset(f.getBestCmap().keys())


def covers(key, text, table=FONTS):
    path, idx = table[key]
    cm = _cmap(path, idx)
    return all(ord(c) in cm or c.isspace() for c in text)


def pick_font(key, text):
    if covers(key, text):
        return key
    if key.endswith("_b") and covers("sans_b", text):
        return "serif_b" if key.startswith(("serif", "lxgw")) else "sans_b"
    if key in ("serif", "song", "ming", "kai", "kaim", "lxgw", "lxgw_l") and covers("serif", text):
        return "serif"
    return "sans"


@lru_cache(maxsize=512)
def pil_font(key, size):
    path, idx = FONTS[key]
    return ImageFont.truetype(path, max(4, int(round(size))), index=idx)


def text_width(s, font, size, spacing=0.0):
    f = pil_font(pick_font(font, s), size * 4)
    return f.getlength(s) / 4 + spacing * max(0, len(s) - 1)


def wrap(s, width, font, size):
    lines, cur = [], ""
    for ch in s:
        if cur and text_width(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


class Sheet:
    """Coordinates in arbitrary units (mm for paper, px for screens); y grows downwards; text y is the baseline."""

    def __init__(self, w, h, bg=(255, 255, 255), unit="mm"):
        self.w, self.h, self.bg, self.unit = w, h, bg, unit
        self.ops = []
        self.boxes = []  # (label, x0, y0, x1, y1) of values, informative only

    # --- primitives
    def text(self, x, y, s, font="sans", size=4.0, fill=(0, 0, 0), anchor="l", spacing=0.0, hand=None, pdf=True):
        if s == "":
            return x
        self.ops.append(("text", x, y, s, font, size, fill, anchor, spacing, hand, pdf))
        return text_width(s, font, size, spacing)

    def line(self, x0, y0, x1, y1, w=0.25, fill=(0, 0, 0), dash=None):
        self.ops.append(("line", x0, y0, x1, y1, w, fill, dash))

    def rect(self, x0, y0, x1, y1, outline=(0, 0, 0), fill=None, w=0.25, radius=0):
        self.ops.append(("rect", x0, y0, x1, y1, outline, fill, w, radius))

    def ellipse(self, x0, y0, x1, y1, outline=None, fill=None, w=0.25):
        self.ops.append(("ellipse", x0, y0, x1, y1, outline, fill, w))

    def image(self, x0, y0, x1, y1, img, mode="over"):
        self.ops.append(("image", x0, y0, x1, y1, img, mode))

    def grid(self, x0, y0, cols, rows, w=0.3, fill=(0, 0, 0)):
        """cols: list of x positions, rows: list of y positions"""
        for x in cols:
            self.line(x, rows[0], x, rows[-1], w, fill)
        for y in rows:
            self.line(cols[0], y, cols[-1], y, w, fill)

    def para(self, x, y, width, s, font="serif", size=4.0, lead=1.7, fill=(0, 0, 0), indent=0):
        lines = wrap(s, width - indent, font, size)
        first = True
        for ln in lines:
            self.text(x + (indent if first else 0), y, ln, font, size, fill)
            first = False
            y += size * lead
        return y

    # --- rendering
    def to_image(self, scale, seed=0):
        W, H = int(round(self.w * scale)), int(round(self.h * scale))
        img = Image.new("RGB", (W, H), self.bg)
        dr = ImageDraw.Draw(img)
        rng = random.Random(seed)
        for op in self.ops:
            k = op[0]
            if k == "text":
                _, x, y, s, font, size, fill, anchor, spacing, hand, _p = op
                key = pick_font(font, s)
                px = size * scale
                if hand or spacing:
                    tw = text_width(s, key, size, spacing) * scale
                    cx = x * scale - (tw if anchor == "r" else tw / 2 if anchor == "m" else 0)
                    for ch in s:
                        j = hand or 0
                        sz = px * (1 + rng.uniform(-0.08, 0.08) * j)
                        f = pil_font(key, sz)
                        dy = rng.uniform(-0.12, 0.12) * px * j
                        dr.text((cx + rng.uniform(-0.05, 0.05) * px * j, y * scale + dy), ch, font=f, fill=fill, anchor="ls")
                        cx += f.getlength(ch) + spacing * scale
                else:
                    f = pil_font(key, px)
                    dr.text((x * scale, y * scale), s, font=f, fill=fill, anchor={"l": "ls", "r": "rs", "m": "ms"}[anchor])
            elif k == "line":
                _, x0, y0, x1, y1, w, fill, dash = op
                lw = max(1, int(round(w * scale)))
                if dash:
                    L = math.hypot(x1 - x0, y1 - y0)
                    n = int(L / (dash * 2)) + 1
                    for i in range(n):
                        a, b = i * 2 * dash / L, min(1, (i * 2 + 1) * dash / L)
                        dr.line([((x0 + (x1 - x0) * a) * scale, (y0 + (y1 - y0) * a) * scale),
                                 ((x0 + (x1 - x0) * b) * scale, (y0 + (y1 - y0) * b) * scale)], fill=fill, width=lw)
                else:
                    dr.line([(x0 * scale, y0 * scale), (x1 * scale, y1 * scale)], fill=fill, width=lw)
            elif k == "rect":
                _, x0, y0, x1, y1, outline, fill, w, radius = op
                box = [x0 * scale, y0 * scale, x1 * scale, y1 * scale]
                lw = max(1, int(round(w * scale))) if outline else 0
                if radius:
                    dr.rounded_rectangle(box, radius * scale, fill=fill, outline=outline, width=lw)
                else:
                    dr.rectangle(box, fill=fill, outline=outline, width=lw)
            elif k == "ellipse":
                _, x0, y0, x1, y1, outline, fill, w = op
                dr.ellipse([x0 * scale, y0 * scale, x1 * scale, y1 * scale], outline=outline, fill=fill,
                           width=max(1, int(round(w * scale))))
            elif k == "image":
                _, x0, y0, x1, y1, im, mode = op
                tw, th = max(1, int((x1 - x0) * scale)), max(1, int((y1 - y0) * scale))
                im2 = im.resize((tw, th), Image.LANCZOS)
                pos = (int(x0 * scale), int(y0 * scale))
                if mode == "multiply" and im2.mode == "RGBA":
                    blend_multiply(img, im2, pos)
                elif im2.mode == "RGBA":
                    img.paste(im2, pos, im2)
                else:
                    img.paste(im2, pos)
                dr = ImageDraw.Draw(img)
        return img

    def draw_pdf(self, c, shuffle_seed=None):
        """Draw onto a reportlab canvas whose page size is (w, h) mm."""
        from reportlab.lib.units import mm
        from reportlab.lib.utils import ImageReader
        reg_pdf_fonts()
        H = self.h
        ops = list(self.ops)
        if shuffle_seed is not None:
            # text order in a PDF need not be the reading order
            r = random.Random(shuffle_seed)
            txt = [i for i, o in enumerate(ops) if o[0] == "text"]
            vals = [ops[i] for i in txt]
            r.shuffle(vals)
            for i, v in zip(txt, vals):
                ops[i] = v
        for op in ops:
            k = op[0]
            if k == "text":
                _, x, y, s, font, size, fill, anchor, spacing, hand, p = op
                fk = PDF_MAP.get(font, "wqy")
                if not covers(fk, s, PDF_FONTS):
                    fk = "wqy"
                fs = size / 0.3528 * 1.0  # size in mm -> pt
                c.setFillColorRGB(*[v / 255 for v in fill])
                if not p:
                    continue
                X, Y = x * mm, (H - y) * mm
                if spacing:
                    to = c.beginText()
                    to.setFont(fk, fs)
                    to.setCharSpace(spacing * mm)
                    from reportlab.pdfbase.pdfmetrics import stringWidth
                    tw = stringWidth(s, fk, fs) + spacing * mm * (len(s) - 1)
                    X -= tw if anchor == "r" else tw / 2 if anchor == "m" else 0
                    to.setTextOrigin(X, Y)
                    to.textOut(s)
                    to.setCharSpace(0)  # Tc persists after ET
                    c.drawText(to)
                else:
                    c.setFont(fk, fs)
                    if anchor == "r":
                        c.drawRightString(X, Y, s)
                    elif anchor == "m":
                        c.drawCentredString(X, Y, s)
                    else:
                        c.drawString(X, Y, s)
            elif k == "line":
                _, x0, y0, x1, y1, w, fill, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in fill])
                c.setLineWidth(w * mm)
                c.setDash(dash * mm, dash * mm) if dash else c.setDash()
                c.line(x0 * mm, (H - y0) * mm, x1 * mm, (H - y1) * mm)
                c.setDash()
            elif k in ("rect", "ellipse"):
                if k == "rect":
                    _, x0, y0, x1, y1, outline, fill, w, radius = op
                else:
                    _, x0, y0, x1, y1, outline, fill, w = op
                    radius = None
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill[:3]])
                if outline:
                    c.setStrokeColorRGB(*[v / 255 for v in outline[:3]])
                    c.setLineWidth(w * mm)
                if k == "ellipse":
                    c.ellipse(x0 * mm, (H - y1) * mm, x1 * mm, (H - y0) * mm, stroke=1 if outline else 0, fill=1 if fill else 0)
                elif radius:
                    c.roundRect(x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm, radius * mm,
                                stroke=1 if outline else 0, fill=1 if fill else 0)
                else:
                    c.rect(x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm, stroke=1 if outline else 0,
                           fill=1 if fill else 0)
            elif k == "image":
                _, x0, y0, x1, y1, im, mode = op
                buf = io.BytesIO()
                im.save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm, mask="auto")


_REG = False


def reg_pdf_fonts():
    global _REG
    if _REG:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for n, (p, i) in PDF_FONTS.items():
        pdfmetrics.registerFont(TTFont(n, p, subfontIndex=i) if p.endswith(".ttc") else TTFont(n, p))
    _REG = True


def blend_multiply(base, over, pos):
    import numpy as np
    x, y = pos
    W, H = base.size
    ow, oh = over.size
    x0, y0, x1, y1 = max(0, x), max(0, y), min(W, x + ow), min(H, y + oh)
    if x1 <= x0 or y1 <= y0:
        return
    b = np.asarray(base.crop((x0, y0, x1, y1))).astype(np.float32)
    o = np.asarray(over.crop((x0 - x, y0 - y, x1 - x, y1 - y))).astype(np.float32)
    a = o[..., 3:4] / 255.0
    m = b * (o[..., :3] / 255.0)
    out = b * (1 - a) + m * a
    base.paste(Image.fromarray(out.clip(0, 255).astype("uint8")), (x0, y0))
