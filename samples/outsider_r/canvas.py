"""A tiny display list: pages are drawn once as a list of operations, then
rasterised with Pillow (for images, scans, photos) or written with reportlab
(for text-layer PDFs).  Every value a form draws for a SPEC field is logged on
the canvas, so that the truth file is built from what is really on the page.

Coordinates: origin top-left, y down; text y is the baseline.  Units are
points for paper (A4 = 595.3 x 841.9) and pixels for phone screens.
"""
import functools
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONTS = {
    # key: (path, ttc index, reportlab-usable)
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, True),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, True),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, True),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, True),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, True),
    "wenkai_l": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0, True),
    "wenkai_b": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0, True),
    "wenkai_mono": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0, True),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, True),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, True),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0, True),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, False),
    "sans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, False),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, False),
    "serif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, False),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0, False),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, True),
    "dejavu_b": ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0, True),
    "dejavu_mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0, True),
    "dejavu_serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 0, True),
}
CJK_PDF_FONTS = ["song", "ming", "kai", "wenkai", "wenkai_l", "zenhei", "microhei"]
CJK_RASTER_FONTS = CJK_PDF_FONTS + ["sans", "serif", "ukai"]
SANS_FONTS = ["zenhei", "microhei", "sans"]
SERIF_FONTS = ["song", "ming", "serif"]
HAND_FONTS = ["kai", "ukai", "wenkai", "wenkai_l"]
FALLBACK_RASTER = "sans"
FALLBACK_PDF = "zenhei"


@functools.lru_cache(maxsize=None)
def _cmap(key):
    path, idx, rl = FONTS[key]
    if key in ("sans", "sans_b", "serif", "serif_b"):
        return None  # Noto CJK: treat as complete
    try:
        from fontTools.ttLib import TTFont as _F  # noqa
    except Exception:
        pass
    from reportlab.pdfbase.ttfonts import TTFontFile
    try:
        f = TTFontFile(path, subfontIndex=idx)
        return frozenset(f.charToGlyph.keys())
    except Exception:
        # OTF (OCR-B): probe with Pillow
        return None


def has_glyph(key, ch):
    cm = _cmap(key)
    if cm is None:
        if key == "ocrb":
            return ch.isascii()
        return True
    return ord(ch) in cm or ch in " \u3000"


def runs(s, key, pdf=False):
    """split s into runs of (text, fontkey) with per-char fallback"""
    fb = FALLBACK_PDF if pdf else FALLBACK_RASTER
    if key == "ocrb" and pdf:
        key = "dejavu_mono"
    out = []
    for ch in s:
        k = key if has_glyph(key, ch) else fb
        if out and out[-1][1] == k:
            out[-1][0] += ch
        else:
            out.append([ch, k])
    return [(a, b) for a, b in out]


@functools.lru_cache(maxsize=512)
def pil_font(key, px):
    path, idx, _ = FONTS[key]
    return ImageFont.truetype(path, max(1, int(px)), index=idx)


_MEASURE_PX = 96


@functools.lru_cache(maxsize=20000)
def _run_len(text, key):
    return pil_font(key, _MEASURE_PX).getlength(text) / _MEASURE_PX


def text_width(s, key, size, spacing=0.0):
    if not s:
        return 0.0
    w = sum(_run_len(t, k) for t, k in runs(s, key)) * size
    return w + spacing * size * (len(s) - 1)


def fit(s, key, size, maxw, spacing=0.0):
    """largest size <= size at which s fits in maxw"""
    w = text_width(s, key, size, spacing)
    return size if w <= maxw else size * maxw / w


class Canvas:
    def __init__(self, w, h, bg=(255, 255, 255), unit="pt"):
        self.w, self.h, self.bg, self.unit = float(w), float(h), bg, unit
        self.ops = []
        self.fields = {}   # field -> normalised value
        self.rows = []     # list of dict rows (tax / social insurance)
        self.texts = []    # strings drawn (for checks)
        self.meta = {}

    # ---- evidence ---------------------------------------------------
    def log(self, field, value):
        if field is None:
            return
        if field in self.fields and self.fields[field] != value:
            raise ValueError("conflicting value for %s: %r vs %r" % (field, self.fields[field], value))
        self.fields[field] = value

    def row(self, r):
        self.rows.append(dict(r))

    # ---- drawing ----------------------------------------------------
    def text(self, x, y, s, font="sans", size=10, color=(0, 0, 0), anchor="l", spacing=0.0, angle=0.0,
             alpha=1.0, ink=False, field=None, value=None):
        s = str(s)
        if field is not None:
            self.log(field, value if value is not None else s)
        if not s:
            return 0.0
        self.texts.append(s)
        self.ops.append(("text", x, y, s, font, size, tuple(color), anchor, spacing, angle, alpha, ink))
        return text_width(s, font, size, spacing)

    def line(self, x0, y0, x1, y1, width=0.5, color=(0, 0, 0), ink=False, alpha=1.0):
        self.ops.append(("line", x0, y0, x1, y1, width, tuple(color), ink, alpha))

    def rect(self, x0, y0, x1, y1, stroke=None, fill=None, width=0.5, radius=0, ink=False, alpha=1.0):
        self.ops.append(("rect", x0, y0, x1, y1, stroke and tuple(stroke), fill and tuple(fill), width, radius, ink, alpha))

    def ellipse(self, x0, y0, x1, y1, stroke=None, fill=None, width=0.5, ink=False, alpha=1.0):
        self.ops.append(("ellipse", x0, y0, x1, y1, stroke and tuple(stroke), fill and tuple(fill), width, ink, alpha))

    def poly(self, pts, stroke=None, fill=None, width=0.5, ink=False, alpha=1.0, closed=True):
        self.ops.append(("poly", [tuple(p) for p in pts], stroke and tuple(stroke), fill and tuple(fill), width, ink, alpha, closed))

    def image(self, img, x0, y0, x1, y1, ink=False):
        self.ops.append(("image", img, x0, y0, x1, y1, ink))

    def sub(self, cv, x, y, k=1.0):
        """place another canvas (its fields are not merged: documents keep their own logs)"""
        self.ops.append(("sub", cv, x, y, k))
        self.texts.extend(cv.texts)

    def tw(self, s, font, size, spacing=0.0):
        return text_width(s, font, size, spacing)


def flatten(cv, ox=0.0, oy=0.0, k=1.0, out=None):
    if out is None:
        out = []
    for op in cv.ops:
        t = op[0]
        if t == "sub":
            _, sc, x, y, kk = op
            # background of the placed canvas
            if sc.bg is not None:
                out.append(("rect", ox + x * k, oy + y * k, ox + (x + sc.w * kk) * k, oy + (y + sc.h * kk) * k,
                            None, sc.bg, 0, 0, False, 1.0))
            flatten(sc, ox + x * k, oy + y * k, k * kk, out)
        elif t == "text":
            _, x, y, s, font, size, color, anchor, spacing, angle, alpha, ink = op
            out.append(("text", ox + x * k, oy + y * k, s, font, size * k, color, anchor, spacing, angle, alpha, ink))
        elif t == "line":
            _, x0, y0, x1, y1, w, c, ink, a = op
            out.append(("line", ox + x0 * k, oy + y0 * k, ox + x1 * k, oy + y1 * k, w * k, c, ink, a))
        elif t == "rect":
            _, x0, y0, x1, y1, s, f, w, r, ink, a = op
            out.append(("rect", ox + x0 * k, oy + y0 * k, ox + x1 * k, oy + y1 * k, s, f, w * k, r * k, ink, a))
        elif t == "ellipse":
            _, x0, y0, x1, y1, s, f, w, ink, a = op
            out.append(("ellipse", ox + x0 * k, oy + y0 * k, ox + x1 * k, oy + y1 * k, s, f, w * k, ink, a))
        elif t == "poly":
            _, pts, s, f, w, ink, a, closed = op
            out.append(("poly", [(ox + px * k, oy + py * k) for px, py in pts], s, f, w * k, ink, a, closed))
        elif t == "image":
            _, img, x0, y0, x1, y1, ink = op
            out.append(("image", img, ox + x0 * k, oy + y0 * k, ox + x1 * k, oy + y1 * k, ink))
    return out


# ---------------------------------------------------------------- raster
def _anchor_x(x, width, anchor):
    if anchor == "r":
        return x - width
    if anchor == "m":
        return x - width / 2
    return x


def _draw_text_runs(draw, x, y, s, key, px, color, spacing_px):
    """draw text with per-char fallback starting at x (left), baseline y. returns end x."""
    for t, k in runs(s, key):
        f = pil_font(k, px)
        if spacing_px:
            for ch in t:
                draw.text((x, y), ch, font=f, fill=color, anchor="ls")
                x += f.getlength(ch) + spacing_px
        else:
            draw.text((x, y), t, font=f, fill=color, anchor="ls")
            x += f.getlength(t)
    return x


def _rotated_text(layer, x, y, s, key, px, color, spacing_px, angle, anchor, alpha):
    """render text into a tile, rotate by angle (degrees, counter-clockwise) about the anchor point, paste."""
    w = text_width(s, key, px, spacing_px / px if px else 0)
    pad = int(px * 0.6) + 4
    tw, th = int(w) + 2 * pad, int(px * 1.6) + 2 * pad
    tile = Image.new("L", (tw, th), 0)
    d = ImageDraw.Draw(tile)
    base_y = pad + px * 1.15
    _draw_text_runs(d, pad, base_y, s, key, px, 255, spacing_px)
    ax = pad + (w if anchor == "r" else w / 2 if anchor == "m" else 0)
    # rotate around (ax, base_y)
    rot = tile.rotate(angle, resample=Image.BICUBIC, center=(ax, base_y), expand=False)
    if alpha < 1:
        rot = rot.point(lambda v: int(v * alpha))
    colimg = Image.new("RGB", (tw, th), color)
    layer.paste(colimg, (int(round(x - ax)), int(round(y - base_y))), rot)


def rasterize(cv, scale, bg=None):
    """Render a canvas at `scale` pixels per unit. Returns RGB Image."""
    W, H = int(round(cv.w * scale)), int(round(cv.h * scale))
    base = Image.new("RGB", (W, H), bg or cv.bg or (255, 255, 255))
    ops = flatten(cv)
    ink_ops = [o for o in ops if _is_ink(o)]
    _paint(base, [o for o in ops if not _is_ink(o)], scale)
    if ink_ops:
        ink = Image.new("RGB", (W, H), (255, 255, 255))
        _paint(ink, ink_ops, scale)
        a = np.asarray(base, dtype=np.uint16) * np.asarray(ink, dtype=np.uint16) // 255
        base = Image.fromarray(a.astype(np.uint8))
    return base


def _is_ink(o):
    t = o[0]
    if t == "text":
        return o[11]
    if t == "line":
        return o[7]
    if t == "rect":
        return o[9]
    if t == "ellipse":
        return o[8]
    if t == "poly":
        return o[5]
    if t == "image":
        return o[6]
    return False


def _blend(c, a, bgc=(255, 255, 255)):
    if a >= 1:
        return c
    return tuple(int(round(bgc[i] * (1 - a) + c[i] * a)) for i in range(3))


def _paint(img, ops, s):
    draw = ImageDraw.Draw(img)
    for o in ops:
        t = o[0]
        if t == "text":
            _, x, y, txt, key, size, color, anchor, spacing, angle, alpha, ink = o
            px = max(1, int(round(size * s)))
            sp = spacing * size * s
            if angle:
                _rotated_text(img, x * s, y * s, txt, key, px, color, sp, angle, anchor, alpha)
                continue
            col = _blend(color, alpha)
            w = sum(pil_font(k, px).getlength(r) for r, k in runs(txt, key)) + sp * (len(txt) - 1)
            x0 = _anchor_x(x * s, w, anchor)
            _draw_text_runs(draw, x0, y * s, txt, key, px, col, sp)
        elif t == "line":
            _, x0, y0, x1, y1, w, c, ink, a = o
            draw.line([(x0 * s, y0 * s), (x1 * s, y1 * s)], fill=_blend(c, a), width=max(1, int(round(w * s))))
        elif t == "rect":
            _, x0, y0, x1, y1, st, f, w, r, ink, a = o
            box = [x0 * s, y0 * s, x1 * s, y1 * s]
            if box[2] < box[0] or box[3] < box[1]:
                continue
            kw = dict(fill=_blend(f, a) if f else None, outline=_blend(st, a) if st else None,
                      width=max(1, int(round(w * s))) if st else 0)
            if r:
                draw.rounded_rectangle(box, radius=r * s, **kw)
            else:
                draw.rectangle(box, **kw)
        elif t == "ellipse":
            _, x0, y0, x1, y1, st, f, w, ink, a = o
            draw.ellipse([x0 * s, y0 * s, x1 * s, y1 * s], fill=_blend(f, a) if f else None,
                         outline=_blend(st, a) if st else None, width=max(1, int(round(w * s))) if st else 0)
        elif t == "poly":
            _, pts, st, f, w, ink, a, closed = o
            P = [(px * s, py * s) for px, py in pts]
            if closed and f:
                draw.polygon(P, fill=_blend(f, a))
            if st:
                if closed:
                    P = P + [P[0]]
                draw.line(P, fill=_blend(st, a), width=max(1, int(round(w * s))), joint="curve")
        elif t == "image":
            _, im, x0, y0, x1, y1, ink = o
            bw, bh = int(round((x1 - x0) * s)), int(round((y1 - y0) * s))
            if bw < 1 or bh < 1:
                continue
            r = im.resize((bw, bh), Image.BILINEAR)
            if r.mode == "RGBA":
                img.paste(r.convert("RGB"), (int(round(x0 * s)), int(round(y0 * s))), r.split()[3])
            else:
                img.paste(r.convert("RGB"), (int(round(x0 * s)), int(round(y0 * s))))


# ---------------------------------------------------------------- PDF
_RL_REG = set()


def _rl_font(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    path, idx, ok = FONTS[key]
    if not ok:
        key = FALLBACK_PDF if key not in ("ocrb",) else "dejavu_mono"
        path, idx, ok = FONTS[key]
    if key not in _RL_REG:
        pdfmetrics.registerFont(TTFont("F_" + key, path, subfontIndex=idx))
        _RL_REG.add(key)
    return "F_" + key


def write_pdf(pages, fp, text_order=None, rng=None, page_images=None, title=None):
    """pages: list of Canvas (units pt).  text_order: None (drawing order), 'shuffle', 'columns', 'reverse'.
    page_images: optional {index: PIL image} to draw instead of vectors (scanner PDFs)."""
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.pdfgen import canvas as rlc
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    c = rlc.Canvas(fp, pageCompression=1)
    if title:
        c.setTitle(title)
    c.setCreator("")
    c.setProducer("")
    for pi, cv in enumerate(pages):
        W, H = cv.w, cv.h
        c.setPageSize((W, H))
        if page_images and pi in page_images:
            im = page_images[pi]
            c.drawImage(ImageReader(im), 0, 0, W, H)
            c.showPage()
            continue
        if cv.bg and cv.bg != (255, 255, 255):
            c.setFillColorRGB(*[v / 255 for v in cv.bg])
            c.rect(0, 0, W, H, stroke=0, fill=1)
        ops = flatten(cv)
        gfx = [o for o in ops if o[0] != "text"]
        txt = [o for o in ops if o[0] == "text"]
        if text_order == "shuffle" and rng is not None:
            txt = txt[:]
            rng.shuffle(txt)
        elif text_order == "columns":
            txt = sorted(txt, key=lambda o: (round(o[1] / 40), o[2]))
        elif text_order == "reverse":
            txt = txt[::-1]
        for o in gfx + txt:
            _pdf_op(c, o, H, pdfmetrics, ImageReader)
        c.showPage()
    c.save()


def _pdf_op(c, o, H, pdfmetrics, ImageReader):
    t = o[0]

    def col(cc, a=1.0):
        return [v / 255 for v in cc]
    if t == "text":
        _, x, y, s, key, size, color, anchor, spacing, angle, alpha, ink = o
        rs = [(r, _rl_font(k)) for r, k in runs(s, key, pdf=True)]
        sp = spacing * size
        w = sum(pdfmetrics.stringWidth(r, f, size) for r, f in rs) + sp * (len(s) - 1)
        x0 = _anchor_x(x, w, anchor)
        c.saveState()
        c.setFillColorRGB(*col(color))
        if alpha < 1:
            c.setFillAlpha(alpha)
        c.translate(x, H - y)
        if angle:
            c.rotate(angle)
        cx = x0 - x
        for r, f in rs:
            to = c.beginText(cx, 0)
            to.setFont(f, size)
            if sp:
                to.setCharSpace(sp)
            to.textOut(r)
            c.drawText(to)
            cx += pdfmetrics.stringWidth(r, f, size) + sp * len(r)
        c.restoreState()
    elif t == "line":
        _, x0, y0, x1, y1, w, cc, ink, a = o
        c.saveState()
        c.setStrokeColorRGB(*col(cc))
        if a < 1:
            c.setStrokeAlpha(a)
        c.setLineWidth(w)
        c.line(x0, H - y0, x1, H - y1)
        c.restoreState()
    elif t == "rect":
        _, x0, y0, x1, y1, st, f, w, r, ink, a = o
        c.saveState()
        if st:
            c.setStrokeColorRGB(*col(st))
        if f:
            c.setFillColorRGB(*col(f))
        if a < 1:
            c.setFillAlpha(a)
            c.setStrokeAlpha(a)
        c.setLineWidth(w)
        if r:
            c.roundRect(x0, H - y1, x1 - x0, y1 - y0, r, stroke=1 if st else 0, fill=1 if f else 0)
        else:
            c.rect(x0, H - y1, x1 - x0, y1 - y0, stroke=1 if st else 0, fill=1 if f else 0)
        c.restoreState()
    elif t == "ellipse":
        _, x0, y0, x1, y1, st, f, w, ink, a = o
        c.saveState()
        if st:
            c.setStrokeColorRGB(*col(st))
        if f:
            c.setFillColorRGB(*col(f))
        if a < 1:
            c.setFillAlpha(a)
            c.setStrokeAlpha(a)
        c.setLineWidth(w)
        c.ellipse(x0, H - y1, x1, H - y0, stroke=1 if st else 0, fill=1 if f else 0)
        c.restoreState()
    elif t == "poly":
        _, pts, st, f, w, ink, a, closed = o
        c.saveState()
        p = c.beginPath()
        p.moveTo(pts[0][0], H - pts[0][1])
        for px, py in pts[1:]:
            p.lineTo(px, H - py)
        if closed:
            p.close()
        if st:
            c.setStrokeColorRGB(*col(st))
        if f:
            c.setFillColorRGB(*col(f))
        if a < 1:
            c.setFillAlpha(a)
            c.setStrokeAlpha(a)
        c.setLineWidth(w)
        c.drawPath(p, stroke=1 if st else 0, fill=1 if (f and closed) else 0)
        c.restoreState()
    elif t == "image":
        _, im, x0, y0, x1, y1, ink = o
        c.drawImage(ImageReader(im), x0, H - y1, x1 - x0, y1 - y0, mask="auto" if im.mode == "RGBA" else None)


# ---------------------------------------------------------------- helpers
def _tokens(s):
    """CJK characters are tokens of their own; runs of ASCII letters/digits (with . - / : *) stay together"""
    out, cur = [], ""
    for ch in s:
        if ch.isascii() and (ch.isalnum() or ch in ".-/:*"):
            cur += ch
        else:
            if cur:
                out.append(cur)
                cur = ""
            out.append(ch)
    if cur:
        out.append(cur)
    return out


def wrap(s, key, size, maxw, spacing=0.0):
    """greedy wrap on tokens; a token wider than the line is split by characters"""
    lines, cur = [], ""
    for tok in _tokens(s):
        if cur and text_width(cur + tok, key, size, spacing) > maxw:
            lines.append(cur)
            cur = ""
        if text_width(tok, key, size, spacing) > maxw:
            for ch in tok:
                if cur and text_width(cur + ch, key, size, spacing) > maxw:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines or [""]


def arc_text(cv, cx, cy, r, s, key, size, color, start_deg, end_deg, ink=True, alpha=0.9):
    """characters along a circle (seal ring). angles in degrees, 0 = up, clockwise."""
    n = len(s)
    if n == 0:
        return
    for i, ch in enumerate(s):
        a = start_deg + (end_deg - start_deg) * (i + 0.5) / n
        rad = math.radians(a)
        x = cx + r * math.sin(rad)
        y = cy - r * math.cos(rad)
        # baseline point: 0.35 em inward from the glyph centre; char top points outward
        bx = x - 0.35 * size * math.sin(rad)
        by = y + 0.35 * size * math.cos(rad)
        cv.ops.append(("text", bx, by, ch, key, size, tuple(color), "m", 0.0, -a, alpha, ink))
