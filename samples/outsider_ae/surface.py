"""Drawing surfaces: one API, two back ends (Pillow image, reportlab text-layer PDF page).

Units are the document's own (A4 = 595 x 842 pt). Every text drawn is recorded as a box
(fractions of the page) with the document/field it shows, for the _layout files and selfcheck."""
import math

from . import fonts


class Surface:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.boxes = []
        self.doc = None  # tag of the document being drawn, e.g. "residence_permit#0"

    # -- recording -------------------------------------------------------
    def _rec(self, s, x0, y0, x1, y1, field):
        b = {"text": s, "bbox": [round(x0 / self.w, 4), round(y0 / self.h, 4),
                                 round(x1 / self.w, 4), round(y1 / self.h, 4)]}
        if self.doc:
            b["doc"] = self.doc
        if field:
            b["field"] = field
        self.boxes.append(b)
        return b

    def width(self, s, size, font="sans"):
        return sum(self._w(k, chunk, size) for k, chunk in fonts.runs(s, font, self._fb()))

    def text(self, x, y, s, size, font="sans", color=(20, 20, 20), align="left", field=None,
             spacing=0.0):
        """Draw s with its top at y. align: left|right|center (x is the anchor)."""
        s = str(s)
        if not s:
            return None
        w = self.width(s, size, font) + spacing * size * max(len(s) - 1, 0)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        cx = x
        for k, chunk in fonts.runs(s, font, self._fb()):
            if spacing:
                for ch in chunk:
                    self._draw(cx, y, k, ch, size, color)
                    cx += self._w(k, ch, size) + spacing * size
            else:
                self._draw(cx, y, k, chunk, size, color)
                cx += self._w(k, chunk, size)
        return self._rec(s, x, y, x + w, y + size * 1.15, field)

    def wrap(self, x, y, s, size, maxw, font="sans", color=(20, 20, 20), lead=1.5, field=None,
             align="left"):
        """Draw s wrapped to maxw; returns y after the last line."""
        lines, cur = [], ""
        for ch in s:
            if cur and self.width(cur + ch, size, font) > maxw:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            f = field if field and len(lines) == 1 else (f"{field}@{i}" if field else None)
            self.text(x, y, ln, size, font, color, align=align, field=f)
            y += size * lead
        return y

    def _fb(self):
        return fonts.FALLBACK


class PILSurface(Surface):
    def __init__(self, w, h, scale, bg=(255, 255, 255)):
        from PIL import Image, ImageDraw
        super().__init__(w, h)
        self.s = scale
        self.img = Image.new("RGB", (int(w * scale), int(h * scale)), bg)
        self.d = ImageDraw.Draw(self.img)

    def _w(self, k, chunk, size):
        return fonts.pil_font(k, max(4, round(size * self.s))).getlength(chunk) / self.s

    def _draw(self, x, y, k, chunk, size, color):
        f = fonts.pil_font(k, max(4, round(size * self.s)))
        self.d.text((x * self.s, y * self.s), chunk, font=f, fill=color)

    def line(self, x0, y0, x1, y1, width=0.6, color=(40, 40, 40)):
        self.d.line([(x0 * self.s, y0 * self.s), (x1 * self.s, y1 * self.s)], fill=color,
                    width=max(1, round(width * self.s)))

    def rect(self, x0, y0, x1, y1, outline=(40, 40, 40), fill=None, width=0.6, radius=0):
        box = [x0 * self.s, y0 * self.s, x1 * self.s, y1 * self.s]
        if radius:
            self.d.rounded_rectangle(box, radius=radius * self.s, outline=outline, fill=fill,
                                     width=max(1, round(width * self.s)) if outline else 0)
        else:
            self.d.rectangle(box, outline=outline, fill=fill,
                             width=max(1, round(width * self.s)) if outline else 0)

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width=1):
        self.d.ellipse([x0 * self.s, y0 * self.s, x1 * self.s, y1 * self.s], fill=fill,
                       outline=outline, width=max(1, round(width * self.s)))

    def seal(self, cx, cy, r, ring, color=(210, 30, 35), center="★", alpha=0.78):
        from PIL import Image, ImageDraw
        S = self.s
        R = int(r * S)
        lay = Image.new("RGBA", (2 * R + 4, 2 * R + 4), (0, 0, 0, 0))
        d = ImageDraw.Draw(lay)
        a = int(255 * alpha)
        d.ellipse([2, 2, 2 * R + 2, 2 * R + 2], outline=color + (a,), width=max(2, R // 14))
        f = fonts.pil_font("sans_bold" if "sans_bold" in fonts.FONTS else "sans", max(6, int(R * 0.5)))
        d.text((R + 2, R + 2), center, font=f, fill=color + (a,), anchor="mm")
        fs = max(6, int(R * 0.24))
        n = len(ring)
        span = min(250.0, 22.0 * n)
        for i, ch in enumerate(ring):
            ang = -90 - span / 2 + span * (i + 0.5) / n
            t = math.radians(ang)
            px = R + 2 + math.cos(t) * R * 0.74
            py = R + 2 + math.sin(t) * R * 0.74
            k = "sans" if fonts.has("sans", ch) else fonts.FALLBACK[0]
            g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((fs, fs), ch, font=fonts.pil_font(k, fs), fill=color + (a,),
                                   anchor="mm")
            g = g.rotate(-(ang + 90), resample=Image.BICUBIC)
            lay.alpha_composite(g, (int(px - fs), int(py - fs)))
        base = self.img.convert("RGBA")
        base.alpha_composite(lay, (int(cx * S - R - 2), int(cy * S - R - 2)))
        self.img = base.convert("RGB")
        from PIL import ImageDraw as _D
        self.d = _D.Draw(self.img)

    def overlay_text(self, x, y, s, size, color, alpha, angle, font="sans"):
        """Watermark text, rotated, semi-transparent (not recorded as a value box)."""
        from PIL import Image, ImageDraw
        f = fonts.pil_font(font, max(6, int(size * self.s)))
        w = int(f.getlength(s)) + 10
        g = Image.new("RGBA", (w, int(size * self.s * 1.4)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((5, 0), s, font=f, fill=tuple(color) + (int(255 * alpha),))
        g = g.rotate(angle, expand=True, resample=Image.BICUBIC)
        base = self.img.convert("RGBA")
        base.alpha_composite(g, (max(0, int(x * self.s - g.width / 2)), max(0, int(y * self.s - g.height / 2))))
        self.img = base.convert("RGB")
        from PIL import ImageDraw as _D
        self.d = _D.Draw(self.img)

    def paste(self, im, x, y):
        self.img.paste(im, (int(x * self.s), int(y * self.s)))


class PDFSurface(Surface):
    """One page of a reportlab canvas (text layer). Coordinates are top-down like PILSurface."""

    def __init__(self, canvas, w=595.0, h=842.0):
        super().__init__(w, h)
        self.c = canvas
        self._ops = []

    def _fb(self):
        return fonts.PDF_FALLBACK

    def _name(self, k):
        return fonts.pdf_font(k if k in fonts.PDF_FONTS else "microhei")[0]

    def _w(self, k, chunk, size):
        from reportlab.pdfbase import pdfmetrics
        return pdfmetrics.stringWidth(chunk, self._name(k), size)

    def text(self, x, y, s, size, font="microhei", color=(20, 20, 20), **kw):
        if font not in fonts.PDF_FONTS:
            font = {"sans": "microhei", "sans_bold": "zenhei", "serif": "uming",
                    "serif_bold": "uming", "ocrb": "microhei"}.get(font, "microhei")
        return super().text(x, y, s, size, font, color=color, **kw)

    def width(self, s, size, font="microhei"):
        if font not in fonts.PDF_FONTS:
            font = "microhei"
        return super().width(s, size, font)

    def _draw(self, x, y, k, chunk, size, color):
        c = self.c
        c.setFillColorRGB(*[v / 255 for v in color])
        c.setFont(self._name(k), size)
        c.drawString(x, self.h - y - size * 0.88, chunk)

    def line(self, x0, y0, x1, y1, width=0.6, color=(40, 40, 40)):
        self.c.setStrokeColorRGB(*[v / 255 for v in color])
        self.c.setLineWidth(width)
        self.c.line(x0, self.h - y0, x1, self.h - y1)

    def rect(self, x0, y0, x1, y1, outline=(40, 40, 40), fill=None, width=0.6, radius=0):
        c = self.c
        if fill:
            c.setFillColorRGB(*[v / 255 for v in fill])
        if outline:
            c.setStrokeColorRGB(*[v / 255 for v in outline])
            c.setLineWidth(width)
        if radius:
            c.roundRect(x0, self.h - y1, x1 - x0, y1 - y0, radius, stroke=1 if outline else 0,
                        fill=1 if fill else 0)
        else:
            c.rect(x0, self.h - y1, x1 - x0, y1 - y0, stroke=1 if outline else 0, fill=1 if fill else 0)

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width=1):
        c = self.c
        if fill:
            c.setFillColorRGB(*[v / 255 for v in fill])
        if outline:
            c.setStrokeColorRGB(*[v / 255 for v in outline])
            c.setLineWidth(width)
        c.ellipse(x0, self.h - y1, x1, self.h - y0, stroke=1 if outline else 0, fill=1 if fill else 0)

    def seal(self, cx, cy, r, ring, color=(210, 30, 35), center="★", alpha=0.78):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*[v / 255 for v in color], alpha=alpha)
        c.setFillColorRGB(*[v / 255 for v in color], alpha=alpha)
        c.setLineWidth(r / 14)
        c.circle(cx, self.h - cy, r, stroke=1, fill=0)
        name = self._name("microhei")
        c.setFont(name, r * 0.5)
        c.drawCentredString(cx, self.h - cy - r * 0.18, center)
        fs = r * 0.24
        n = len(ring)
        span = min(250.0, 22.0 * n)
        c.setFont(name, fs)
        for i, ch in enumerate(ring):
            ang = -90 - span / 2 + span * (i + 0.5) / n
            t = math.radians(ang)
            px, py = cx + math.cos(t) * r * 0.74, cy + math.sin(t) * r * 0.74
            c.saveState()
            c.translate(px, self.h - py)
            c.rotate(-(ang + 90))
            c.drawCentredString(0, -fs * 0.35, ch)
            c.restoreState()
        c.restoreState()

    def overlay_text(self, x, y, s, size, color, alpha, angle, font="microhei"):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*[v / 255 for v in color], alpha=alpha)
        c.setFont(self._name("microhei"), size)
        c.translate(x, self.h - y)
        c.rotate(angle)
        c.drawCentredString(0, 0, s)
        c.restoreState()

    def paste(self, im, x, y):
        from reportlab.lib.utils import ImageReader
        self.c.drawImage(ImageReader(im), x, self.h - y - im.height * 0.5, im.width * 0.5, im.height * 0.5)
