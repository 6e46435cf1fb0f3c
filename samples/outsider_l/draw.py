"""A tiny vector page model (mm units, pt font sizes) that rasterises with PIL
and writes text-layer PDFs with fpdf2."""
import io
import math
import functools
from PIL import Image, ImageDraw, ImageFont

N = "/usr/share/fonts/opentype/noto/"
FONTS = {
    "sans": (N + "NotoSansCJK-Regular.ttc", 2), "sansb": (N + "NotoSansCJK-Bold.ttc", 2),
    "serif": (N + "NotoSerifCJK-Regular.ttc", 2), "serifb": (N + "NotoSerifCJK-Bold.ttc", 2),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkail": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "wenkaib": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "wkmono": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0),
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
}
# fonts fpdf2 can embed (TrueType outlines); others map to these in PDFs
PDF_OK = {"song", "ming", "kai", "ukai", "wenkai", "wenkail", "wenkaib", "wkmono", "wqy", "zenhei"}
PDF_MAP = {"sans": "wqy", "sansb": "zenhei", "serif": "song", "serifb": "song", "smiley": "wqy", "ocrb": "wqy"}
FALLBACK = "sans"
PT = 25.4 / 72.0


@functools.lru_cache(maxsize=None)
def cmap(name):
    from fontTools.ttLib import TTFont
    path, idx = FONTS[name]
    f = TTFont(path, fontNumber=idx, lazy=True) if path.endswith(".ttc") else TTFont(path, lazy=True)
    return frozenset(f.getBestCmap().keys())


def covers(name, s):
    cm = cmap(name)
    return all(ord(c) in cm or c in " \t" for c in s)


def pick(name, s):
    if covers(name, s):
        return name
    for alt in ("sans", "wqy"):
        if covers(alt, s):
            return alt
    return "sans"


@functools.lru_cache(maxsize=512)
def pil_font(name, px):
    path, idx = FONTS[name]
    return ImageFont.truetype(path, max(1, int(round(px))), index=idx)


def text_width(s, size, font="sans"):
    """width in mm of s at size pt"""
    f = pil_font(pick(font, s), 100)
    return f.getlength(s) / 100.0 * size * PT


class Page:
    def __init__(self, w=210.0, h=297.0, bg=(255, 255, 255)):
        self.w, self.h, self.bg = w, h, bg
        self.ops = []

    def text(self, x, y, s, size=10.5, font="song", color=(0, 0, 0), anchor="l", spacing=0.0):
        if s == "" or s is None:
            return
        self.ops.append(("text", x, y, str(s), size, font, color, anchor, spacing))

    def line(self, x0, y0, x1, y1, width=0.25, color=(0, 0, 0)):
        self.ops.append(("line", x0, y0, x1, y1, width, color))

    def rect(self, x0, y0, x1, y1, outline=(0, 0, 0), fill=None, width=0.25, radius=0.0):
        self.ops.append(("rect", x0, y0, x1, y1, outline, fill, width, radius))

    def ellipse(self, x0, y0, x1, y1, outline=None, fill=None, width=0.3):
        self.ops.append(("ellipse", x0, y0, x1, y1, outline, fill, width))

    def image(self, img, x0, y0, x1, y1):
        self.ops.append(("image", img, x0, y0, x1, y1))

    def embed(self, other, x, y, scale=1.0, background=True):
        if background and other.bg is not None:
            self.rect(x, y, x + other.w * scale, y + other.h * scale, outline=None, fill=other.bg)
        for op in other.ops:
            k = op[0]
            if k == "text":
                _, ox, oy, s, size, font, color, anchor, sp = op
                self.ops.append(("text", x + ox * scale, y + oy * scale, s, size * scale, font, color, anchor, sp * scale))
            elif k == "line":
                _, a, b, c, d, w, col = op
                self.ops.append(("line", x + a * scale, y + b * scale, x + c * scale, y + d * scale, w * scale, col))
            elif k in ("rect", "ellipse"):
                rest = list(op)
                for i in (1, 3):
                    rest[i] = x + op[i] * scale
                for i in (2, 4):
                    rest[i] = y + op[i] * scale
                if k == "rect":
                    rest[7] = op[7] * scale
                    rest[8] = op[8] * scale
                else:
                    rest[7] = op[7] * scale
                self.ops.append(tuple(rest))
            elif k == "image":
                _, img, a, b, c, d = op
                self.ops.append(("image", img, x + a * scale, y + b * scale, x + c * scale, y + d * scale))

    # helpers
    def wrap(self, s, width, size, font="song"):
        lines, cur = [], ""
        for ch in s:
            if text_width(cur + ch, size, font) > width and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, size=10.5, font="song", lead=1.6, color=(0, 0, 0), indent=0):
        lines = self.wrap(("\u3000" * indent) + s, width, size, font)
        for i, ln in enumerate(lines):
            self.text(x, y + i * size * PT * lead, ln, size, font, color)
        return y + len(lines) * size * PT * lead


def raster(page, dpi=200, bg=None):
    k = dpi / 25.4
    W, H = int(round(page.w * k)), int(round(page.h * k))
    base = page.bg if bg is None else bg
    img = Image.new("RGB", (W, H), base if base else (255, 255, 255))
    dr = ImageDraw.Draw(img)
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, font, color, anchor, sp = op
            fname = pick(font, s)
            f = pil_font(fname, size * PT * k)
            a = {"l": "ls", "r": "rs", "m": "ms"}[anchor]
            if sp:
                # letter spaced: place char by char
                tw = sum(f.getlength(c) for c in s) + sp * k * (len(s) - 1)
                cx = x * k - (tw if anchor == "r" else tw / 2 if anchor == "m" else 0)
                for c in s:
                    dr.text((cx, y * k), c, font=f, fill=color, anchor="ls")
                    cx += f.getlength(c) + sp * k
            else:
                dr.text((x * k, y * k), s, font=f, fill=color, anchor=a)
        elif kind == "line":
            _, x0, y0, x1, y1, w, col = op
            dr.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=col, width=max(1, int(round(w * k))))
        elif kind == "rect":
            _, x0, y0, x1, y1, outline, fill, w, r = op
            box = [x0 * k, y0 * k, x1 * k, y1 * k]
            wid = max(1, int(round(w * k))) if outline else 0
            if r:
                dr.rounded_rectangle(box, radius=r * k, outline=outline, fill=fill, width=wid)
            else:
                dr.rectangle(box, outline=outline, fill=fill, width=wid)
        elif kind == "ellipse":
            _, x0, y0, x1, y1, outline, fill, w = op
            dr.ellipse([x0 * k, y0 * k, x1 * k, y1 * k], outline=outline, fill=fill,
                       width=max(1, int(round(w * k))) if outline else 0)
        elif kind == "image":
            _, im, x0, y0, x1, y1 = op
            size = (max(1, int(round((x1 - x0) * k))), max(1, int(round((y1 - y0) * k))))
            im2 = im.resize(size, Image.LANCZOS)
            if im2.mode == "RGBA":
                img.paste(im2, (int(round(x0 * k)), int(round(y0 * k))), im2)
            else:
                img.paste(im2.convert("RGB"), (int(round(x0 * k)), int(round(y0 * k))))
    return img


def to_pdf(pages, path, shuffle_rng=None, meta_title=None):
    """Text-layer PDF; text ops may be emitted out of reading order."""
    from fpdf import FPDF
    pdf = FPDF(unit="mm", format=(pages[0].w, pages[0].h))
    pdf.set_auto_page_break(False)
    if meta_title:
        pdf.set_title(meta_title)
    loaded = set()

    def use(name, s, size):
        name = name if name in PDF_OK else PDF_MAP.get(name, "wqy")
        if not covers(name, s):
            name = "wqy"
        if name not in loaded:
            path_, idx = FONTS[name]
            if path_.endswith(".ttc"):
                pdf.add_font(name, fname=path_, collection_font_number=idx)
            else:
                pdf.add_font(name, fname=path_)
            loaded.add(name)
        pdf.set_font(name, size=size)

    for page in pages:
        pdf.add_page(format=(page.w, page.h))
        if page.bg and page.bg != (255, 255, 255):
            pdf.set_fill_color(*page.bg)
            pdf.rect(0, 0, page.w, page.h, style="F")
        ops = list(page.ops)
        if shuffle_rng is not None:
            texts = [o for o in ops if o[0] == "text"]
            others = [o for o in ops if o[0] != "text"]
            shuffle_rng.shuffle(texts)
            ops = others + texts
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, font, color, anchor, sp = op
                use(font, s, size)
                pdf.set_text_color(*color)
                if sp:
                    pdf.set_char_spacing(sp / PT)
                w = pdf.get_string_width(s)
                xx = x - (w if anchor == "r" else w / 2 if anchor == "m" else 0)
                pdf.text(xx, y, s)
                if sp:
                    pdf.set_char_spacing(0)
            elif kind == "line":
                _, x0, y0, x1, y1, w, col = op
                pdf.set_draw_color(*col)
                pdf.set_line_width(w)
                pdf.line(x0, y0, x1, y1)
            elif kind == "rect":
                _, x0, y0, x1, y1, outline, fill, w, r = op
                style = ("D" if outline else "") + ("F" if fill else "")
                if not style:
                    continue
                style = {"DF": "DF", "D": "D", "F": "F"}[style]
                if outline:
                    pdf.set_draw_color(*outline)
                    pdf.set_line_width(w)
                if fill:
                    pdf.set_fill_color(*fill)
                pdf.rect(x0, y0, x1 - x0, y1 - y0, style=style, round_corners=bool(r), corner_radius=r)
            elif kind == "ellipse":
                _, x0, y0, x1, y1, outline, fill, w = op
                style = ("D" if outline else "") + ("F" if fill else "")
                if not style:
                    continue
                if outline:
                    pdf.set_draw_color(*outline)
                    pdf.set_line_width(w)
                if fill:
                    pdf.set_fill_color(*fill)
                pdf.ellipse(x0, y0, x1 - x0, y1 - y0, style=style)
            elif kind == "image":
                _, im, x0, y0, x1, y1 = op
                pdf.image(im, x=x0, y=y0, w=x1 - x0, h=y1 - y0)
    pdf.output(path)


# ---------- decorative elements -------------------------------------------
def seal_image(ring, center="", rng=None, color=(220, 30, 40), alpha=175, px=600, star=True, oval=False):
    """Red round seal with ring text; returned RGBA."""
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    c = px / 2
    col = color + (alpha,)
    r = px * 0.47
    dr.ellipse([c - r, c - r, c + r, c + r], outline=col, width=int(px * 0.025))
    if star:
        pts = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rr = px * 0.11 if i % 2 == 0 else px * 0.045
            pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
        dr.polygon(pts, fill=col)
    # ring text
    n = len(ring)
    if n:
        f = pil_font("song" if covers("song", ring) else "sans", int(px * 0.1))
        span = min(250.0, 20.0 * n)
        start = -90 - span / 2
        for i, ch in enumerate(ring):
            ang = start + span * (i + 0.5) / n
            a = math.radians(ang)
            rr = px * 0.36
            tile = Image.new("RGBA", (int(px * 0.14), int(px * 0.14)), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=f, fill=col, anchor="mm")
            tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC, expand=True)
            x = c + rr * math.cos(a) - tile.width / 2
            y = c + rr * math.sin(a) - tile.height / 2
            img.alpha_composite(tile, (int(x), int(y)))
    if center:
        f = pil_font("song" if covers("song", center) else "sans", int(px * 0.075))
        dr.text((c, c + px * 0.25), center, font=f, fill=col, anchor="mm")
    if rng is not None:
        # uneven ink
        import numpy as np
        a = np.array(img)
        noise = np.random.default_rng(rng.randint(0, 10**9)).random(a.shape[:2])
        a[..., 3] = (a[..., 3] * (0.55 + 0.45 * noise)).astype("uint8")
        img = Image.fromarray(a)
    return img


def guilloche(w_px, h_px, color=(150, 190, 220), seed=0, strength=60):
    import numpy as np
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h_px, 0:w_px].astype("float32")
    f1, f2 = rng.uniform(0.02, 0.05, 2)
    v = np.sin(x * f1 + 6 * np.sin(y * 0.013)) * np.cos(y * f2 + 4 * np.sin(x * 0.011))
    v = (np.abs(v) < 0.08).astype("float32")
    base = np.ones((h_px, w_px, 3), "float32") * 255
    tint = np.array(color, "float32")
    base = base - v[..., None] * (255 - tint) * (strength / 100.0)
    # soft colour wash
    wash = (np.sin(x / w_px * 3.1) * 0.5 + 0.5)[..., None] * np.array([8, 4, -6], "float32")
    base = np.clip(base - wash, 0, 255)
    return Image.fromarray(base.astype("uint8"))


def fake_qr(seed, n=29, px=290):
    import numpy as np
    rng = np.random.default_rng(seed)
    m = rng.random((n, n)) < 0.5
    for (r, c) in ((0, 0), (0, n - 7), (n - 7, 0)):
        m[r:r + 7, c:c + 7] = False
        m[r:r + 7, c] = m[r:r + 7, c + 6] = True
        m[r, c:c + 7] = m[r + 6, c:c + 7] = True
        m[r + 2:r + 5, c + 2:c + 5] = True
    img = Image.fromarray(((~m) * 255).astype("uint8")).resize((px, px), Image.NEAREST)
    return img.convert("RGB")


def portrait(w_px=260, h_px=320, seed=0):
    import random
    r = random.Random(seed)
    img = Image.new("RGB", (w_px, h_px), (235, 238, 240))
    dr = ImageDraw.Draw(img)
    skin = (r.randint(205, 235), r.randint(175, 200), r.randint(150, 175))
    hair = (r.randint(15, 50),) * 3
    dr.ellipse([w_px * .1, h_px * .72, w_px * .9, h_px * 1.3], fill=(r.randint(30, 90), r.randint(30, 90), r.randint(40, 110)))
    dr.rectangle([w_px * .42, h_px * .55, w_px * .58, h_px * .78], fill=skin)
    dr.ellipse([w_px * .27, h_px * .18, w_px * .73, h_px * .66], fill=skin)
    dr.chord([w_px * .25, h_px * .12, w_px * .75, h_px * .5], 180, 360, fill=hair)
    dr.ellipse([w_px * .38, h_px * .38, w_px * .44, h_px * .42], fill=(40, 30, 30))
    dr.ellipse([w_px * .56, h_px * .38, w_px * .62, h_px * .42], fill=(40, 30, 30))
    dr.arc([w_px * .42, h_px * .48, w_px * .58, h_px * .56], 20, 160, fill=(150, 80, 80), width=3)
    return img


def emblem(px=300, color=(200, 30, 30)):
    img = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    c = px / 2
    dr.ellipse([px * .05, px * .05, px * .95, px * .95], outline=color + (255,), width=int(px * .04))
    dr.ellipse([px * .18, px * .18, px * .82, px * .82], outline=(220, 180, 40, 255), width=int(px * .05))
    for i in range(5):
        ang = -math.pi / 2 + (i - 2) * 0.35
        rr = px * 0.22 if i == 2 else px * 0.26
        cx, cy = c + rr * math.cos(ang) * 0.9, c + rr * math.sin(ang) * 0.8
        s = px * (0.08 if i == 2 else 0.04)
        pts = [(cx + s * math.cos(-math.pi / 2 + j * math.pi / 5) * (1 if j % 2 == 0 else .4),
                cy + s * math.sin(-math.pi / 2 + j * math.pi / 5) * (1 if j % 2 == 0 else .4)) for j in range(10)]
        dr.polygon(pts, fill=(230, 190, 40, 255))
    dr.rectangle([px * .3, px * .55, px * .7, px * .68], fill=(230, 190, 40, 255))
    return img
