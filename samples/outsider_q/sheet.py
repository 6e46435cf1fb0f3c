"""A page drawn in millimetres, rendered either to a PIL image or to a text-layer PDF."""
import io
import math
import random

from PIL import Image, ImageDraw, ImageFont

FONTS = {
    "sung": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_l": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "wenkai_b": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "wkmono": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    # image-only (CFF): never used in PDFs
    "notosans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "notosans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "notoserif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "notoserif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
}
PDF_OK = {"sung", "uming", "kai", "ukai", "wenkai", "wenkai_l", "wenkai_b", "wkmono", "microhei", "zenhei", "smiley"}
SERIF = ["sung", "uming", "notoserif"]
SANS = ["microhei", "zenhei", "notosans"]
KAI = ["kai", "ukai", "wenkai"]
PDF_SERIF = ["sung", "uming"]
PDF_SANS = ["microhei", "zenhei"]

_pil_cache = {}


def pil_font(key, px):
    px = max(6, int(round(px)))
    k = (key, px)
    if k not in _pil_cache:
        p, i = FONTS[key]
        _pil_cache[k] = ImageFont.truetype(p, px, index=i)
    return _pil_cache[k]


def text_w_mm(s, key, size_pt, spacing=0.0):
    f = pil_font(key, 100)
    return f.getlength(s) / 100 * size_pt * 25.4 / 72 + spacing * max(0, len(s) - 1)


class Sheet:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []

    # y is the top of the line box in mm, size in pt
    def text(self, x, y, s, font="sung", size=10.5, color=(0, 0, 0), anchor="l", spacing=0.0):
        if s:
            self.ops.append(("text", x, y, str(s), font, size, color, anchor, spacing))

    def tw(self, s, font, size, spacing=0.0):
        return text_w_mm(s, font, size, spacing)

    def wrap(self, x, y, s, width, font="sung", size=10.5, lh=1.5, color=(0, 0, 0), anchor="l"):
        """wrap s into width mm; returns y after the last line"""
        lines, cur = [], ""
        for ch in s:
            if self.tw(cur + ch, font, size) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        step = size * 25.4 / 72 * lh
        for ln in lines:
            self.text(x, y, ln, font, size, color, anchor)
            y += step
        return y

    def line(self, x0, y0, x1, y1, width=0.25, color=(0, 0, 0), dash=None):
        self.ops.append(("line", x0, y0, x1, y1, width, color, dash))

    def rect(self, x0, y0, x1, y1, stroke=(0, 0, 0), fill=None, width=0.25, radius=0):
        self.ops.append(("rect", x0, y0, x1, y1, stroke, fill, width, radius))

    def image(self, x0, y0, x1, y1, img):
        self.ops.append(("image", x0, y0, x1, y1, img))

    def box(self, x, y, size=3.2, checked=False, width=0.25):
        self.rect(x, y, x + size, y + size, width=width)
        if checked:
            self.line(x + size * .18, y + size * .55, x + size * .42, y + size * .85, width * 2.2)
            self.line(x + size * .42, y + size * .85, x + size * .9, y + size * .1, width * 2.2)


def render(sheet, dpi):
    s = dpi / 25.4
    W, H = int(round(sheet.w * s)), int(round(sheet.h * s))
    img = Image.new("RGB", (W, H), sheet.bg)
    dr = ImageDraw.Draw(img)
    for op in sheet.ops:
        k = op[0]
        if k == "text":
            _, x, y, t, font, size, color, anchor, spacing = op
            f = pil_font(font, size * dpi / 72)
            if spacing:
                if anchor != "l":
                    w = text_w_mm(t, font, size, spacing)
                    x = x - w if anchor == "r" else x - w / 2
                cx = x * s
                for ch in t:
                    dr.text((cx, y * s), ch, font=f, fill=color, anchor="la")
                    cx += f.getlength(ch) + spacing * s
            else:
                dr.text((x * s, y * s), t, font=f, fill=color, anchor={"l": "la", "r": "ra", "c": "ma"}[anchor])
        elif k == "line":
            _, x0, y0, x1, y1, w, color, dash = op
            wpx = max(1, int(round(w * s)))
            if dash:
                L = math.hypot(x1 - x0, y1 - y0)
                n = max(1, int(L / (dash * 2)))
                for i in range(n):
                    a, b = (2 * i) / (2 * n), (2 * i + 1) / (2 * n)
                    dr.line([((x0 + (x1 - x0) * a) * s, (y0 + (y1 - y0) * a) * s),
                             ((x0 + (x1 - x0) * b) * s, (y0 + (y1 - y0) * b) * s)], fill=color, width=wpx)
            else:
                dr.line([(x0 * s, y0 * s), (x1 * s, y1 * s)], fill=color, width=wpx)
        elif k == "rect":
            _, x0, y0, x1, y1, stroke, fill, w, radius = op
            wpx = max(1, int(round(w * s))) if stroke else 0
            box = [x0 * s, y0 * s, x1 * s, y1 * s]
            if radius:
                dr.rounded_rectangle(box, radius=radius * s, fill=fill, outline=stroke, width=wpx)
            else:
                dr.rectangle(box, fill=fill, outline=stroke, width=wpx)
        elif k == "image":
            _, x0, y0, x1, y1, im = op
            w, h = max(1, int(round((x1 - x0) * s))), max(1, int(round((y1 - y0) * s)))
            im2 = im.resize((w, h), Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2, (int(round(x0 * s)), int(round(y0 * s))), im2)
            else:
                img.paste(im2.convert("RGB"), (int(round(x0 * s)), int(round(y0 * s))))
    return img


def to_pdf(sheets, path, rng=None, scramble=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for k in PDF_OK:
        if k not in pdfmetrics.getRegisteredFontNames():
            p, i = FONTS[k]
            pdfmetrics.registerFont(TTFont(k, p, subfontIndex=i))
    c = canvas.Canvas(path, pagesize=(sheets[0].w * mm, sheets[0].h * mm), invariant=1)
    c.setTitle("")
    for sh in sheets:
        c.setPageSize((sh.w * mm, sh.h * mm))
        H = sh.h
        if sh.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in sh.bg])
            c.rect(0, 0, sh.w * mm, sh.h * mm, stroke=0, fill=1)
        texts = [op for op in sh.ops if op[0] == "text"]
        others = [op for op in sh.ops if op[0] != "text"]
        if scramble and rng is not None:
            # text layer in a different order than the visual one: shuffle blocks of a few ops
            blocks = [texts[i:i + 3] for i in range(0, len(texts), 3)]
            rng.shuffle(blocks)
            texts = [t for b in blocks for t in b]
        for op in others:
            k = op[0]
            if k == "line":
                _, x0, y0, x1, y1, w, color, dash = op
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w * mm)
                c.setDash(dash * mm, dash * mm) if dash else c.setDash()
                c.line(x0 * mm, (H - y0) * mm, x1 * mm, (H - y1) * mm)
                c.setDash()
            elif k == "rect":
                _, x0, y0, x1, y1, stroke, fill, w, radius = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill])
                if stroke:
                    c.setStrokeColorRGB(*[v / 255 for v in stroke])
                    c.setLineWidth(w * mm)
                if radius:
                    c.roundRect(x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm, radius * mm,
                                stroke=1 if stroke else 0, fill=1 if fill else 0)
                else:
                    c.rect(x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm,
                           stroke=1 if stroke else 0, fill=1 if fill else 0)
            elif k == "image":
                _, x0, y0, x1, y1, im = op
                c.drawImage(ImageReader(im), x0 * mm, (H - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm,
                            mask="auto" if im.mode == "RGBA" else None)
        for op in texts:
            _, x, y, t, font, size, color, anchor, spacing = op
            if font not in PDF_OK:
                font = "microhei" if font.startswith("notosans") else "sung"
            c.setFillColorRGB(*[v / 255 for v in color])
            base = (H - y) * mm - size * 0.86
            w = pdfmetrics.stringWidth(t, font, size) + spacing * mm * max(0, len(t) - 1)
            xx = x * mm if anchor == "l" else (x * mm - w if anchor == "r" else x * mm - w / 2)
            to = c.beginText(xx, base)
            to.setFont(font, size)
            to.setCharSpace(spacing * mm if spacing else 0)
            to.textLine(t)
            c.drawText(to)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- bitmaps
def seal_image(text, bottom="", color=(215, 30, 35), px=420, rng=None, oval=False):
    from .sheet import pil_font as pf
    rng = rng or random.Random(0)
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    a = 190 + rng.randint(-30, 40)
    col = color + (a,)
    w = px // 28
    dr.ellipse([w, w, px - w, px - w], outline=col, width=w)
    # star
    cx = cy = px / 2
    r1, r2 = px * 0.13, px * 0.05
    pts = []
    for i in range(10):
        r = r1 if i % 2 == 0 else r2
        ang = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + r * math.cos(ang), cy + r * math.sin(ang)))
    dr.polygon(pts, fill=col)
    # ring text
    n = len(text)
    span = min(250, 22 * n)
    f = pf("zenhei", px * 0.11)
    for i, ch in enumerate(text):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rr = px * 0.36
        x, y = cx + rr * math.cos(ang), cy + rr * math.sin(ang)
        g = Image.new("RGBA", (int(px * .14), int(px * .14)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=col, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if bottom:
        f2 = pf("zenhei", px * 0.075)
        dr.text((cx, cy + px * 0.24), bottom, font=f2, fill=col, anchor="mm")
    # ink unevenness
    import numpy as np
    arr = np.array(im)
    noise = np.random.RandomState(rng.randint(0, 1 << 30)).rand(px, px)
    arr[..., 3] = (arr[..., 3] * (0.55 + 0.45 * noise)).astype("uint8")
    return Image.fromarray(arr, "RGBA").rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def portrait_image(rng, w=260, h=330):
    im = Image.new("RGB", (w, h), (225 + rng.randint(-10, 10), 232, 240))
    dr = ImageDraw.Draw(im)
    skin = (rng.randint(170, 215), rng.randint(140, 175), rng.randint(110, 150))
    dr.ellipse([w * .28, h * .62, w * .72 + 1, h * 1.3], fill=(40, 45, 60))
    dr.rectangle([w * .08, h * .8, w * .92, h], fill=(40, 45, 60))
    dr.ellipse([w * .3, h * .15, w * .7, h * .62], fill=skin)
    dr.chord([w * .28, h * .1, w * .72, h * .45], 180, 360, fill=(25, 22, 20))
    return im


def qr_image(rng, n=29, px=290):
    im = Image.new("RGB", (n, n), (255, 255, 255))
    p = im.load()
    for y in range(n):
        for x in range(n):
            if rng.random() < 0.5:
                p[x, y] = (0, 0, 0)
    dr = ImageDraw.Draw(im)
    for ox, oy in [(0, 0), (n - 7, 0), (0, n - 7)]:
        dr.rectangle([ox, oy, ox + 6, oy + 6], fill=(255, 255, 255))
        dr.rectangle([ox, oy, ox + 6, oy + 6], outline=(0, 0, 0))
        dr.rectangle([ox + 2, oy + 2, ox + 4, oy + 4], fill=(0, 0, 0))
    return im.resize((px, px), Image.NEAREST)


def guilloche(w, h, rng, base=(236, 240, 246), line=(200, 212, 232)):
    im = Image.new("RGB", (w, h), base)
    dr = ImageDraw.Draw(im)
    for k in range(14):
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(h * .03, h * .09)
        fr = rng.uniform(2, 7)
        y0 = h * (k + .5) / 14
        pts = [(x, y0 + amp * math.sin(fr * x / w * 6.28 + ph)) for x in range(0, w, 4)]
        dr.line(pts, fill=line, width=1)
    return im


def chip_image(px=120):
    im = Image.new("RGB", (px, int(px * .8)), (205, 175, 95))
    dr = ImageDraw.Draw(im)
    for i in range(1, 3):
        dr.line([(0, im.height * i / 3), (px, im.height * i / 3)], fill=(150, 120, 60), width=2)
    dr.line([(px / 2, 0), (px / 2, im.height)], fill=(150, 120, 60), width=2)
    return im


def emblem_image(px=200):
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    dr.ellipse([4, 4, px - 4, px - 4], fill=(205, 40, 40, 255), outline=(230, 190, 60, 255), width=px // 18)
    for i, (x, y, r) in enumerate([(.5, .35, .12), (.3, .45, .05), (.38, .28, .05), (.62, .28, .05), (.7, .45, .05)]):
        dr.ellipse([px * (x - r), px * (y - r), px * (x + r), px * (y + r)], fill=(240, 200, 60, 255))
    dr.rectangle([px * .3, px * .6, px * .7, px * .7], fill=(240, 200, 60, 255))
    return im
