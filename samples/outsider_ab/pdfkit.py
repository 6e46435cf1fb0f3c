"""A small reportlab wrapper working in millimetres from the top-left corner.
Draw operations are recorded per page so the text order inside the PDF can be
shuffled (text order need not be reading order)."""
import io
import math

from PIL import Image
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

from .fonts import FILES, RL_FONTS, covers, FALLBACK_RL

MM = 72.0 / 25.4
rl_config.invariant = 1     # reproducible PDF bytes (no creation date / random ids)
_REG = set()


def reg(key):
    if key not in _REG:
        path, idx = FILES[key]
        pdfmetrics.registerFont(TTFont("F_" + key, path, subfontIndex=idx))
        _REG.add(key)
    return "F_" + key


def fk_for(key, s):
    if key not in RL_FONTS:
        key = FALLBACK_RL
    return key if covers(key, s) else FALLBACK_RL


class PDF:
    def __init__(self, w_mm=210, h_mm=297, rng=None, shuffle=False, meta=None):
        self.w, self.h = w_mm, h_mm
        self.pages = []
        self.rng = rng
        self.shuffle = shuffle
        self.meta = meta or {}
        self.new_page()

    def new_page(self):
        self.ops = {"g": [], "t": [], "o": []}
        self.pages.append(self.ops)

    # ---- recording ----
    def text(self, x, y, s, size=10.5, fk="song", color=(0, 0, 0), anchor="l", spacing=0, alpha=1.0, angle=0):
        if s is None or s == "":
            return x
        key = fk_for(fk, s)
        self.ops["o" if alpha < 1 or angle else "t"].append(("text", x, y, s, size, key, color, anchor, spacing, alpha, angle))
        return x + self.width(s, size, key) + spacing * len(s)

    def width(self, s, size, fk="song"):
        key = fk_for(fk, s)
        return pdfmetrics.stringWidth(s, reg(key), size) / MM

    def wrap(self, s, size, fk, maxw):
        out, cur = [], ""
        for c in s:
            if self.width(cur + c, size, fk) > maxw and cur:
                out.append(cur)
                cur = c
            else:
                cur += c
        if cur:
            out.append(cur)
        return out

    def line(self, x0, y0, x1, y1, w=0.3, color=(0, 0, 0), dash=None):
        self.ops["g"].append(("line", x0, y0, x1, y1, w, color, dash))

    def rect(self, x, y, w, h, lw=0.3, stroke=(0, 0, 0), fill=None):
        self.ops["g"].append(("rect", x, y, w, h, lw, stroke, fill))

    def circle(self, x, y, r, lw=0.3, stroke=(0, 0, 0), fill=None):
        self.ops["g"].append(("circle", x, y, r, lw, stroke, fill))

    def image(self, im, x, y, w, h, over=True):
        self.ops["o" if over else "g"].append(("image", im, x, y, w, h))

    def box(self, x, y, s=3.2, checked=False, lw=0.3):
        self.rect(x, y - s, s, s, lw=lw)
        if checked:
            self.line(x + s * 0.18, y - s * 0.5, x + s * 0.42, y - s * 0.15, w=0.45)
            self.line(x + s * 0.42, y - s * 0.15, x + s * 0.9, y - s * 0.95, w=0.45)

    # ---- output ----
    def _y(self, y):
        return (self.h - y) * MM

    def render(self):
        buf = io.BytesIO()
        c = rlcanvas.Canvas(buf, pagesize=(self.w * MM, self.h * MM), pageCompression=1)
        for k, v in self.meta.items():
            getattr(c, "set" + k)(v)
        for ops in self.pages:
            texts = list(ops["t"])
            if self.shuffle and self.rng:
                self.rng.shuffle(texts)
            for op in ops["g"] + texts + ops["o"]:
                self._emit(c, op)
            c.showPage()
        c.save()
        return buf.getvalue()

    def _emit(self, c, op):
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, key, color, anchor, spacing, alpha, angle = op
            c.saveState()
            c.setFillColorRGB(*[v / 255 for v in color])
            if alpha < 1:
                c.setFillAlpha(alpha)
            name = reg(key)
            c.setFont(name, size)
            w = pdfmetrics.stringWidth(s, name, size) + spacing * MM * (len(s) - 1)
            X = x * MM - (w if anchor == "r" else w / 2 if anchor == "c" else 0)
            if angle:
                c.translate(x * MM, self._y(y))
                c.rotate(angle)
                X, Y = -w / 2, 0
            else:
                Y = self._y(y)
            if spacing:
                t = c.beginText(X, Y)
                t.setFont(name, size)
                t.setCharSpace(spacing * MM)
                t.textOut(s)
                c.drawText(t)
            else:
                c.drawString(X, Y, s)
            c.restoreState()
        elif kind == "line":
            _, x0, y0, x1, y1, w, color, dash = op
            c.saveState()
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(w * MM)
            if dash:
                c.setDash(dash)
            c.line(x0 * MM, self._y(y0), x1 * MM, self._y(y1))
            c.restoreState()
        elif kind == "rect":
            _, x, y, w, h, lw, stroke, fill = op
            c.saveState()
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * MM)
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            c.rect(x * MM, self._y(y + h), w * MM, h * MM, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        elif kind == "circle":
            _, x, y, r, lw, stroke, fill = op
            c.saveState()
            if stroke:
                c.setStrokeColorRGB(*[v / 255 for v in stroke])
                c.setLineWidth(lw * MM)
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill])
            c.circle(x * MM, self._y(y), r * MM, stroke=1 if stroke else 0, fill=1 if fill else 0)
            c.restoreState()
        elif kind == "image":
            _, im, x, y, w, h = op
            mask = "auto" if im.mode == "RGBA" else None
            c.drawImage(ImageReader(im), x * MM, self._y(y + h), w * MM, h * MM, mask=mask)


def rasterize(pdf_bytes, dpi=300):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        pg = doc[i]
        im = pg.render(scale=dpi / 72.0).to_pil().convert("RGB")
        out.append(im)
        pg.close()
    doc.close()
    return out
