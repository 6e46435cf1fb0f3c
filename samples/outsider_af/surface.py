"""Two drawing back ends behind one API: a PIL image and a reportlab PDF page.

Coordinates are in abstract units with the origin top-left; the PIL back end
multiplies by `scale`.  Every string drawn is logged (text, field tag, box) so
the selfcheck can prove that each truth value was drawn on its page."""
import math

from PIL import Image, ImageDraw

from . import fonts


class Surface:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.log = []  # dicts: text, field, doc, bbox (fractions), fonts

    def width(self, s, size, style="sans"):
        tot = 0.0
        for k, part in fonts.runs(s, style, pdf=self.pdf):
            tot += fonts.pil_font(k, size * 4).getlength(part) / 4
        return tot

    def _log(self, s, x, y, size, style, tag, used):
        if tag is None and not s.strip():
            return
        w = self.width(s, size, style)
        e = {"text": s, "bbox": [round(x / self.w, 4), round(y / self.h, 4),
                                  round((x + w) / self.w, 4), round((y + size * 1.2) / self.h, 4)],
             "fonts": used}
        if tag:
            e["doc"], e["field"] = tag[0], tag[1]
            if len(tag) > 2:
                e["row"] = tag[2]
        self.log.append(e)

    def text(self, x, y, s, size=12, style="sans", fill=(0, 0, 0), anchor="l", tag=None):
        """anchor: l (x is left), r (x is right), c (x is centre); y is the top."""
        s = str(s)
        w = self.width(s, size, style)
        if anchor == "r":
            x -= w
        elif anchor == "c":
            x -= w / 2
        used = []
        cx = x
        for k, part in fonts.runs(s, style, pdf=self.pdf):
            self._draw(cx, y, part, size, k, fill)
            used.append(k)
            cx += fonts.pil_font(k, size * 4).getlength(part) / 4
        self._log(s, x, y, size, style, tag, sorted(set(used)))
        return w

    def wrap(self, x, y, s, maxw, size=12, style="sans", fill=(0, 0, 0), anchor="l", lh=1.35, tag=None):
        """Wrap s into lines no wider than maxw; returns the lines' count.
        The whole value is logged once (under the tag) besides each line."""
        lines, cur = [], ""
        for ch in s:
            if cur and self.width(cur + ch, size, style) > maxw:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for i, ln in enumerate(lines):
            self.text(x, y + i * size * lh, ln, size, style, fill, anchor)
        if tag:
            e = {"text": s, "doc": tag[0], "field": tag[1], "lines": lines,
                 "bbox": [round((x - (maxw if anchor == "r" else 0)) / self.w, 4), round(y / self.h, 4),
                          round((x + (0 if anchor == "r" else maxw)) / self.w, 4),
                          round((y + len(lines) * size * lh) / self.h, 4)]}
            if len(tag) > 2:
                e["row"] = tag[2]
            self.log.append(e)
        return len(lines)


class PILSurface(Surface):
    pdf = False

    def __init__(self, w, h, scale=1.0, bg=(255, 255, 255), mode="RGB"):
        super().__init__(w, h)
        self.scale = scale
        self.img = Image.new(mode, (int(w * scale), int(h * scale)), bg)
        self.d = ImageDraw.Draw(self.img, "RGBA")

    def _draw(self, x, y, s, size, key, fill):
        f = fonts.pil_font(key, size * self.scale)
        # put the em box top at y: PIL's "ls" anchor is the baseline
        asc = f.getmetrics()[0]
        self.d.text((x * self.scale, y * self.scale + asc * 0.92), s, font=f, fill=fill, anchor="ls")

    def line(self, x0, y0, x1, y1, fill=(0, 0, 0), width=1.0):
        self.d.line([(x0 * self.scale, y0 * self.scale), (x1 * self.scale, y1 * self.scale)], fill=fill,
                    width=max(1, int(round(width * self.scale))))

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width=1.0, radius=0):
        box = [x0 * self.scale, y0 * self.scale, x1 * self.scale, y1 * self.scale]
        wpx = max(1, int(round(width * self.scale))) if outline else 0
        if radius:
            self.d.rounded_rectangle(box, radius=radius * self.scale, fill=fill, outline=outline, width=wpx)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=wpx)

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width=1.0):
        self.d.ellipse([x0 * self.scale, y0 * self.scale, x1 * self.scale, y1 * self.scale], fill=fill,
                       outline=outline, width=max(1, int(round(width * self.scale))))

    def seal(self, cx, cy, r, ring, centre="", color=(215, 30, 35, 170)):
        """Round red seal with ring text (drawn, not logged: it is never a value)."""
        s = self.scale
        self.d.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s], outline=color,
                       width=max(2, int(r * s * 0.06)))
        # star
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = r * (0.28 if k % 2 == 0 else 0.11)
            pts.append(((cx + rr * math.cos(a)) * s, (cy + rr * math.sin(a)) * s))
        self.d.polygon(pts, fill=color)
        n = len(ring)
        span = math.radians(250)
        for k, ch in enumerate(ring):
            a = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
            px, py = cx + r * 0.75 * math.cos(a), cy + r * 0.75 * math.sin(a)
            key = fonts.runs(ch, "hei")[0][0]
            f = fonts.pil_font(key, r * 0.26 * s)
            tile = Image.new("RGBA", (int(r * 0.4 * s) + 2,) * 2, (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=f, fill=color, anchor="mm")
            tile = tile.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            self.img.paste(tile, (int(px * s - tile.width / 2), int(py * s - tile.height / 2)), tile)
        if centre:
            key = fonts.runs(centre, "hei")[0][0]
            f = fonts.pil_font(key, r * 0.2 * s)
            self.d.text((cx * s, (cy + r * 0.5) * s), centre, font=f, fill=color, anchor="mm")


class PDFSurface(Surface):
    """One page of a reportlab canvas; the caller calls finish_page()."""
    pdf = True
    _registered = set()

    def __init__(self, canvas, w=595.0, h=842.0):
        super().__init__(w, h)
        self.c = canvas
        canvas.setPageSize((w, h))

    @classmethod
    def reg(cls, key):
        if key not in cls._registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            path, idx = fonts.FONTS[key]
            if path.endswith(".ttc"):
                pdfmetrics.registerFont(TTFont(key, path, subfontIndex=idx))
            else:
                pdfmetrics.registerFont(TTFont(key, path))
            cls._registered.add(key)
        return key

    def _col(self, fill):
        fill = tuple(fill) + (255,) * (4 - len(fill))
        return [v / 255 for v in fill[:3]], fill[3] / 255

    def _draw(self, x, y, s, size, key, fill):
        self.reg(key)
        rgb, a = self._col(fill)
        self.c.setFillColorRGB(*rgb, alpha=a)
        self.c.setFont(key, size)
        self.c.drawString(x, self.h - y - size * 0.88, s)

    def line(self, x0, y0, x1, y1, fill=(0, 0, 0), width=1.0):
        rgb, a = self._col(fill)
        self.c.setStrokeColorRGB(*rgb, alpha=a)
        self.c.setLineWidth(width)
        self.c.line(x0, self.h - y0, x1, self.h - y1)

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width=1.0, radius=0):
        if fill:
            rgb, a = self._col(fill)
            self.c.setFillColorRGB(*rgb, alpha=a)
        if outline:
            rgb, a = self._col(outline)
            self.c.setStrokeColorRGB(*rgb, alpha=a)
            self.c.setLineWidth(width)
        if radius:
            self.c.roundRect(x0, self.h - y1, x1 - x0, y1 - y0, radius, stroke=1 if outline else 0,
                             fill=1 if fill else 0)
        else:
            self.c.rect(x0, self.h - y1, x1 - x0, y1 - y0, stroke=1 if outline else 0, fill=1 if fill else 0)

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width=1.0):
        if fill:
            rgb, a = self._col(fill)
            self.c.setFillColorRGB(*rgb, alpha=a)
        if outline:
            rgb, a = self._col(outline)
            self.c.setStrokeColorRGB(*rgb, alpha=a)
            self.c.setLineWidth(width)
        self.c.ellipse(x0, self.h - y1, x1, self.h - y0, stroke=1 if outline else 0, fill=1 if fill else 0)

    def seal(self, cx, cy, r, ring, centre="", color=(215, 30, 35, 170)):
        self.ellipse(cx - r, cy - r, cx + r, cy + r, outline=color, width=r * 0.06)
        key = self.reg("wqy_zen")
        rgb, a = self._col(color)
        self.c.setFillColorRGB(*rgb, alpha=a)
        n = len(ring)
        span = math.radians(250)
        for k, ch in enumerate(ring):
            ang = -math.pi / 2 - span / 2 + span * (k + 0.5) / n
            px, py = cx + r * 0.75 * math.cos(ang), cy + r * 0.75 * math.sin(ang)
            self.c.saveState()
            self.c.translate(px, self.h - py)
            self.c.rotate(-math.degrees(ang) - 90)
            self.c.setFont(key, r * 0.26)
            self.c.drawCentredString(0, -r * 0.09, ch)
            self.c.restoreState()


class Sub:
    """A translated and scaled view of a surface (a card drawn on an A4 copy)."""

    def __init__(self, parent, ox, oy, k):
        self.p, self.ox, self.oy, self.k = parent, ox, oy, k
        self.pdf = parent.pdf

    def X(self, x):
        return self.ox + x * self.k

    def Y(self, y):
        return self.oy + y * self.k

    def width(self, s, size, style="sans"):
        return self.p.width(s, size * self.k, style) / self.k

    def text(self, x, y, s, size=12, style="sans", fill=(0, 0, 0), anchor="l", tag=None):
        return self.p.text(self.X(x), self.Y(y), s, size * self.k, style, fill, anchor, tag) / self.k

    def wrap(self, x, y, s, maxw, size=12, style="sans", fill=(0, 0, 0), anchor="l", lh=1.35, tag=None):
        return self.p.wrap(self.X(x), self.Y(y), s, maxw * self.k, size * self.k, style, fill, anchor, lh, tag)

    def line(self, x0, y0, x1, y1, fill=(0, 0, 0), width=1.0):
        self.p.line(self.X(x0), self.Y(y0), self.X(x1), self.Y(y1), fill, width * self.k)

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width=1.0, radius=0):
        self.p.rect(self.X(x0), self.Y(y0), self.X(x1), self.Y(y1), fill, outline, width * self.k, radius * self.k)

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width=1.0):
        self.p.ellipse(self.X(x0), self.Y(y0), self.X(x1), self.Y(y1), fill, outline, width * self.k)

    def seal(self, cx, cy, r, ring, centre="", color=(215, 30, 35, 170)):
        self.p.seal(self.X(cx), self.Y(cy), r * self.k, ring, centre, color)
