"""A page is a display list in millimetres; it rasterises with Pillow or writes a text-layer PDF with reportlab."""
import io
import math

from PIL import Image, ImageDraw, ImageFont

_NOTO = "/usr/share/fonts/opentype/noto/"
FONTS = {  # key: (file, index, pdf stand-in key)
    "hei": (_NOTO + "NotoSansCJK-Regular.ttc", 2, "wqy"),
    "heib": (_NOTO + "NotoSansCJK-Bold.ttc", 2, "zen"),
    "song": (_NOTO + "NotoSerifCJK-Regular.ttc", 2, "ming"),
    "songb": (_NOTO + "NotoSerifCJK-Bold.ttc", 2, "zen"),
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "wqy"),
    "zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "zen"),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "ming"),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "kai"),
    "gbsn": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "gbsn"),
    "gkai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, "gkai"),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "wenkai"),
    "wenkail": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0, "wenkail"),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0, "zen"),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0, "mono"),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0, "mono"),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, "dejavu"),
}
SANS = ["hei", "wqy", "zen", "heib"]
SERIF = ["song", "ming", "gbsn"]
HAND = ["kai", "gkai", "wenkai", "wenkail"]
_cache = {}


def font(key, px):
    px = max(4, int(round(px)))
    k = (key, px)
    if k not in _cache:
        path, index, _ = FONTS[key]
        _cache[k] = ImageFont.truetype(path, px, index=index)
    return _cache[k]


def rgb(c):
    if isinstance(c, str):
        c = c.lstrip("#")
        if len(c) == 3:
            c = "".join(ch * 2 for ch in c)
        return tuple(int(c[i:i + 2], 16) for i in (0, 2, 4))
    return tuple(c)


class Page:
    """w, h in mm. Ops are drawn in order. Text y is the top of the em box."""

    def __init__(self, w, h, bg="#ffffff"):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, size, f="hei", color="#111111", anchor="l", spacing=0.0):
        self.ops.append(("text", x, y, str(s), size, f, color, anchor, spacing))

    def line(self, x0, y0, x1, y1, width=0.25, color="#222222"):
        self.ops.append(("line", x0, y0, x1, y1, width, color))

    def rect(self, x0, y0, x1, y1, outline="#222222", fill=None, width=0.25, radius=0):
        self.ops.append(("rect", x0, y0, x1, y1, outline, fill, width, radius))

    def ellipse(self, x0, y0, x1, y1, outline=None, fill=None, width=0.3):
        self.ops.append(("ellipse", x0, y0, x1, y1, outline, fill, width))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def box_text(self, x0, y0, x1, s, size, f="hei", color="#111111", anchor="l", lead=1.35):
        """Wraps s into lines no wider than x1 - x0 (CJK width estimate); returns the y below the last line."""
        lines = wrap_eff(s, max(1, (x1 - x0) / (size * 1.0)))
        for i, ln in enumerate(lines):
            xx = x0 if anchor == "l" else x1 if anchor == "r" else (x0 + x1) / 2
            self.text(xx, y0 + i * size * lead, ln, size, f, color, anchor)
        return y0 + len(lines) * size * lead


def wrap_eff(s, per):
    """Splits s into lines of at most per CJK-width units (ASCII counts a little over half)."""
    lines, cur, w = [], "", 0.0
    for ch in s:
        cw = 1 if ord(ch) > 255 else 0.58
        if w + cw > per and cur:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    return lines + [cur] if cur else lines or [""]


def text_width_px(s, f, px, spacing_px=0):
    return font(f, px).getlength(s) + spacing_px * max(0, len(s) - 1)


def raster(page, dpi):
    k = dpi / 25.4
    W, H = int(round(page.w * k)), int(round(page.h * k))
    im = Image.new("RGB", (W, H), rgb(page.bg))
    d = ImageDraw.Draw(im, "RGBA")
    for op in page.ops:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, f, color, anchor, spacing = op
            px = size * k
            fo = font(f, px)
            sp = spacing * k
            width = text_width_px(s, f, px, sp)
            xx = x * k - (width if anchor == "r" else width / 2 if anchor == "c" else 0)
            col = rgb(color)
            if sp:
                for ch in s:
                    d.text((xx, y * k), ch, font=fo, fill=col)
                    xx += fo.getlength(ch) + sp
            else:
                d.text((xx, y * k), s, font=fo, fill=col)
        elif kind == "line":
            _, x0, y0, x1, y1, width, color = op
            d.line([(x0 * k, y0 * k), (x1 * k, y1 * k)], fill=rgb(color), width=max(1, int(round(width * k))))
        elif kind == "rect":
            _, x0, y0, x1, y1, outline, fill, width, radius = op
            box = [x0 * k, y0 * k, x1 * k, y1 * k]
            kw = dict(outline=rgb(outline) if outline else None, fill=rgb(fill) if fill else None,
                      width=max(1, int(round(width * k))))
            if radius:
                d.rounded_rectangle(box, radius=radius * k, **kw)
            else:
                d.rectangle(box, **kw)
        elif kind == "ellipse":
            _, x0, y0, x1, y1, outline, fill, width = op
            d.ellipse([x0 * k, y0 * k, x1 * k, y1 * k], outline=rgb(outline) if outline else None,
                      fill=rgb(fill) if fill else None, width=max(1, int(round(width * k))))
        elif kind == "image":
            _, x, y, w, h, img = op
            sub = img.convert("RGBA").resize((max(1, int(w * k)), max(1, int(h * k))), Image.LANCZOS)
            im.paste(sub, (int(x * k), int(y * k)), sub)
            d = ImageDraw.Draw(im, "RGBA")
    return im


_registered = set()


def _pdf_font(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    stand = FONTS[key][2]
    if stand not in _registered:
        path, index, _ = FONTS[stand]
        pdfmetrics.registerFont(TTFont("E_" + stand, path, subfontIndex=index))
        _registered.add(stand)
    return "E_" + stand


def write_pdf(pages, path_or_buf, shuffle_rng=None):
    """Writes pages as a text-layer PDF. With shuffle_rng the text operations are emitted out of reading order."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas
    pt = 72 / 25.4
    first = pages[0]
    c = canvas.Canvas(path_or_buf, pagesize=(first.w * pt, first.h * pt), invariant=1)
    for page in pages:
        c.setPageSize((page.w * pt, page.h * pt))
        H = page.h
        if page.bg.lower() not in ("#ffffff", "#fff"):
            c.setFillColorRGB(*[v / 255 for v in rgb(page.bg)])
            c.rect(0, 0, page.w * pt, page.h * pt, stroke=0, fill=1)
        ops = list(page.ops)
        if shuffle_rng is not None:
            texts = [o for o in ops if o[0] == "text"]
            shuffle_rng.shuffle(texts)
            ops = [o for o in ops if o[0] != "text"] + texts
        for op in ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, f, color, anchor, spacing = op
                name = _pdf_font(f)
                fs = size * pt
                c.setFillColorRGB(*[v / 255 for v in rgb(color)])
                w = pdfmetrics.stringWidth(s, name, fs) + spacing * pt * max(0, len(s) - 1)
                xx = x * pt - (w if anchor == "r" else w / 2 if anchor == "c" else 0)
                yy = (H - y) * pt - fs * 0.88
                t = c.beginText(xx, yy)
                t.setFont(name, fs)
                if spacing:
                    t.setCharSpace(spacing * pt)
                t.textOut(s)
                c.drawText(t)
            elif kind == "line":
                _, x0, y0, x1, y1, width, color = op
                c.setStrokeColorRGB(*[v / 255 for v in rgb(color)])
                c.setLineWidth(width * pt)
                c.line(x0 * pt, (H - y0) * pt, x1 * pt, (H - y1) * pt)
            elif kind == "rect":
                _, x0, y0, x1, y1, outline, fill, width, radius = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in rgb(fill)])
                if outline:
                    c.setStrokeColorRGB(*[v / 255 for v in rgb(outline)])
                c.setLineWidth(width * pt)
                args = (x0 * pt, (H - y1) * pt, (x1 - x0) * pt, (y1 - y0) * pt)
                if radius:
                    c.roundRect(*args, radius * pt, stroke=1 if outline else 0, fill=1 if fill else 0)
                else:
                    c.rect(*args, stroke=1 if outline else 0, fill=1 if fill else 0)
            elif kind == "ellipse":
                _, x0, y0, x1, y1, outline, fill, width = op
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in rgb(fill)])
                if outline:
                    c.setStrokeColorRGB(*[v / 255 for v in rgb(outline)])
                c.setLineWidth(width * pt)
                c.ellipse(x0 * pt, (H - y1) * pt, x1 * pt, (H - y0) * pt, stroke=1 if outline else 0,
                          fill=1 if fill else 0)
            elif kind == "image":
                _, x, y, w, h, img = op
                buf = io.BytesIO()
                img.convert("RGBA").save(buf, "PNG")
                buf.seek(0)
                c.drawImage(ImageReader(buf), x * pt, (H - y - h) * pt, w * pt, h * pt, mask="auto")
        c.showPage()
    c.save()


# ---- stamps, seals, decorations (images) ----

def seal(text, rng, color=(205, 30, 35), size_px=420, inner="", star=True, oval=False, alpha=None):
    """A round (or oval) red seal with ring text, a star and an optional inner line; RGBA image."""
    from PIL import ImageFilter
    W = size_px
    H = int(size_px * (0.68 if oval else 1))
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    a = alpha if alpha is not None else rng.randint(150, 215)
    col = color + (a,)
    lw = max(3, W // 40)
    d.ellipse([lw, lw, W - lw, H - lw], outline=col, width=lw)
    cx, cy = W / 2, H / 2
    if star:
        r = W * 0.13
        pts = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rr = r if i % 2 == 0 else r * 0.4
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=col)
    n = len(text)
    fpx = int(W * (0.11 if n < 14 else 0.09))
    fo = font("song" if rng.random() < 0.5 else "hei", fpx)
    span = math.radians(min(250, 16 * n + 40))
    rx, ry = W / 2 - lw * 3 - fpx * 0.6, H / 2 - lw * 3 - fpx * 0.6
    for i, ch in enumerate(text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        x, y = cx + rx * math.cos(ang), cy + ry * math.sin(ang)
        g = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fpx // 2, fpx // 3), ch, font=fo, fill=col)
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - fpx), int(y - fpx)))
    if inner:
        fo2 = font("song", int(W * 0.075))
        w = fo2.getlength(inner)
        d.text((cx - w / 2, cy + H * 0.2), inner, font=fo2, fill=col)
    # ink unevenness
    import numpy as np
    arr = np.array(im)
    noise = np.random.default_rng(rng.randint(0, 2 ** 31)).random(arr.shape[:2])
    arr[..., 3] = (arr[..., 3] * (0.55 + 0.45 * noise)).astype("uint8")
    return Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.6))


def guilloche(w_px, h_px, rng, color=(150, 190, 215)):
    """A light wavy security pattern (RGBA)."""
    im = Image.new("RGBA", (w_px, h_px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    ph = rng.random() * 6
    for j in range(0, h_px + 40, 9):
        pts = [(x, j + 7 * math.sin(x / 23 + ph + j / 40) + 4 * math.sin(x / 7 + j)) for x in range(0, w_px, 4)]
        d.line(pts, fill=color + (70,), width=1)
    return im


def portrait(w_px, h_px, rng, bg=(235, 238, 242)):
    im = Image.new("RGBA", (w_px, h_px), bg + (0,))
    d = ImageDraw.Draw(im)
    tone = rng.choice([(70, 60, 55), (40, 35, 35), (95, 80, 70)])
    d.ellipse([w_px * 0.28, h_px * 0.12, w_px * 0.72, h_px * 0.58], fill=(220, 190, 170, 255))
    d.chord([w_px * 0.26, h_px * 0.08, w_px * 0.74, h_px * 0.5], 180, 360, fill=tone + (255,))
    d.pieslice([w_px * 0.05, h_px * 0.6, w_px * 0.95, h_px * 1.5], 180, 360, fill=(60, 70, 90, 255))
    return im


def qr(n_px, rng):
    import numpy as np
    cells = 25
    g = np.random.default_rng(rng.randint(0, 2 ** 31)).random((cells, cells)) < 0.5
    for (r, c) in [(0, 0), (0, cells - 7), (cells - 7, 0)]:
        g[r:r + 7, c:c + 7] = False
        g[r, c:c + 7] = g[r + 6, c:c + 7] = True
        g[r:r + 7, c] = g[r:r + 7, c + 6] = True
        g[r + 2:r + 5, c + 2:c + 5] = True
    arr = np.where(g, 0, 255).astype("uint8")
    return Image.fromarray(arr).resize((n_px, n_px), Image.NEAREST).convert("RGBA")


def emblem(n_px, rng):
    """A stand-in for the national emblem: red disc, yellow stars and a gate."""
    im = Image.new("RGBA", (n_px, n_px), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse([2, 2, n_px - 2, n_px - 2], fill=(200, 40, 40, 255), outline=(230, 190, 60, 255), width=n_px // 18)
    cx = n_px / 2
    for i, (dx, dy, r) in enumerate([(0, -0.22, 0.09), (-0.18, -0.1, 0.04), (-0.1, -0.2, 0.04),
                                     (0.1, -0.2, 0.04), (0.18, -0.1, 0.04)]):
        x, y, rr = cx + dx * n_px, cx + dy * n_px, r * n_px
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            q = rr if k % 2 == 0 else rr * 0.4
            pts.append((x + q * math.cos(ang), y + q * math.sin(ang)))
        d.polygon(pts, fill=(240, 200, 60, 255))
    d.rectangle([n_px * 0.3, n_px * 0.5, n_px * 0.7, n_px * 0.68], fill=(240, 200, 60, 255))
    return im
