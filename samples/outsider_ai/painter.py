"""One drawing interface (mm, y down) over two targets: a raster Sheet and a
reportlab canvas, so a printed record can be a text-layer PDF or a paper
that is then scanned/photographed."""
import math
from reportlab.lib.units import mm

from . import pdfdraw, fonts
from .draw import Sheet

PDF_MAP = {"hei": "mhei", "hei_bold": "zhei", "song": "uming", "song_bold": "uming", "gbsn": "gbsn",
           "mhei": "mhei", "zhei": "zhei", "uming": "uming", "ocrb": "dejavu_mono", "wenkai": "wenkai"}


class SheetPainter:
    def __init__(self, dpi, w=210, h=297):
        self.dpi, self.w, self.h = dpi, w, h
        self.pages = []
        self.new_page()

    def new_page(self):
        self.sh = Sheet(self.w, self.h, self.dpi)
        self.pages.append(self.sh)

    def text(self, x, y, s, font="hei", size=9, fill=(20, 20, 20), anchor="l"):
        self.sh.text(x, y, s, font, size, fill, anchor + "s")

    def width(self, s, font, size):
        return self.sh.width(s, font, size)

    def line(self, x0, y0, x1, y1, width=0.2, fill=(40, 40, 40)):
        self.sh.line(x0, y0, x1, y1, width, fill)

    def rect(self, x0, y0, x1, y1, fill=None, outline=(40, 40, 40), width=0.2):
        self.sh.rect(x0, y0, x1, y1, outline=outline, width=width, fill=fill)

    def seal(self, layer_fn, x, y, rng):
        self.sh.paste_ink(layer_fn(self.dpi / 25.4), x, y)

    def finish(self, path=None):
        return [p.img for p in self.pages]


class PdfPainter:
    def __init__(self, path, w=210, h=297, creator="Chrome"):
        from reportlab.pdfgen import canvas
        self.c = canvas.Canvas(path, pagesize=(w * mm, h * mm), invariant=1)
        self.c.setCreator(creator)
        self.w, self.h = w, h
        self.n = 1
        self.started = True

    def new_page(self):
        self.c.showPage()
        self.n += 1

    def _f(self, font):
        f = PDF_MAP.get(font, font)
        return f if f in fonts.PDF_OK else "mhei"

    def text(self, x, y, s, font="hei", size=9, fill=(20, 20, 20), anchor="l"):
        pdfdraw.text(self.c, x * mm, (self.h - y) * mm, s, self._f(font), size, anchor, fill)

    def width(self, s, font, size):
        return pdfdraw.width(s, self._f(font), size) / mm

    def line(self, x0, y0, x1, y1, width=0.2, fill=(40, 40, 40)):
        self.c.setStrokeColorRGB(*[v / 255.0 for v in fill])
        self.c.setLineWidth(width * mm)
        self.c.line(x0 * mm, (self.h - y0) * mm, x1 * mm, (self.h - y1) * mm)

    def rect(self, x0, y0, x1, y1, fill=None, outline=(40, 40, 40), width=0.2):
        if fill:
            self.c.setFillColorRGB(*[v / 255.0 for v in fill])
        if outline:
            self.c.setStrokeColorRGB(*[v / 255.0 for v in outline])
            self.c.setLineWidth(width * mm)
        self.c.rect(x0 * mm, (self.h - y1) * mm, (x1 - x0) * mm, (y1 - y0) * mm,
                    stroke=1 if outline else 0, fill=1 if fill else 0)

    def seal_vector(self, text, x, y, d_mm, bottom="", color=(220, 40, 40)):
        """A red ring seal drawn with vector glyphs (as e-records carry)."""
        c = self.c
        cx, cy = x * mm, (self.h - y) * mm
        R = d_mm / 2 * mm
        c.saveState()
        c.setStrokeColorRGB(*[v / 255.0 for v in color])
        c.setFillColorRGB(*[v / 255.0 for v in color])
        c.setLineWidth(R * 0.06)
        c.circle(cx, cy, R, stroke=1, fill=0)
        n = len(text)
        span = min(250.0, 16.0 * n + 50)
        size = min(R * 0.3, math.radians(span) * R * 0.78 / n * 1.1)
        f = pdfdraw.reg("mhei")
        for k, ch in enumerate(text):
            th = math.radians(90 + span / 2 - span * k / max(1, n - 1))
            c.saveState()
            c.translate(cx + R * 0.78 * math.cos(th), cy + R * 0.78 * math.sin(th))
            c.rotate(math.degrees(th) - 90)
            for nn, part in fonts.runs(ch, "mhei", fonts.PDF_TAIL):
                c.setFont(pdfdraw.reg(nn), size)
                c.drawCentredString(0, -size * 0.35, part)
            c.restoreState()
        p = c.beginPath()
        for k in range(10):
            rr = R * (0.28 if k % 2 == 0 else 0.11)
            th = math.radians(90 + 36 * k)
            pt = (cx + rr * math.cos(th), cy + rr * math.sin(th))
            p.moveTo(*pt) if k == 0 else p.lineTo(*pt)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        if bottom:
            c.setFont(f, R * 0.2)
            c.drawCentredString(cx, cy - R * 0.55, bottom)
        c.restoreState()

    def finish(self):
        self.c.showPage()
        self.c.save()
        return self.n


def table(p, x, y, widths, header, rows, size=8, row_h=None, rules="full", font="hei", header_fill=None,
          order="rows", line_gap=1.25):
    """Draw a table whose cells may wrap to two or more lines.  Returns the y
    after the table.  order='cols' writes the text column by column (the text
    order inside a PDF need not be the reading order)."""
    def cell_lines(s, w):
        out = []
        for part in s.split("\n"):
            cur = ""
            for ch in part:
                if p.width(cur + ch, font, size) > w - 2 and cur:
                    out.append(cur)
                    cur = ch
                else:
                    cur += ch
            out.append(cur)
        return out or [""]
    lh = size * 0.353 * line_gap
    all_rows = [header] + rows
    heights = []
    wrapped = []
    for r in all_rows:
        ls = [cell_lines(str(v), w) for v, w in zip(r, widths)]
        wrapped.append(ls)
        heights.append(row_h or (max(len(l) for l in ls) * lh + 2.6))
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [y]
    for h in heights:
        ys.append(ys[-1] + h)
    if header_fill:
        p.rect(xs[0], ys[0], xs[-1], ys[1], fill=header_fill, outline=None)
    cells = [(ri, ci) for ri in range(len(all_rows)) for ci in range(len(widths))]
    if order == "cols":
        cells.sort(key=lambda rc: (rc[1], rc[0]))
    for ri, ci in cells:
        ls = wrapped[ri][ci]
        top = ys[ri] + (heights[ri] - len(ls) * lh) / 2 + lh * 0.78
        for k, ln in enumerate(ls):
            p.text((xs[ci] + xs[ci + 1]) / 2, top + k * lh, ln, font if ri else font, size, anchor="m")
    if rules == "full":
        for yy in ys:
            p.line(xs[0], yy, xs[-1], yy, 0.15)
        for xx in xs:
            p.line(xx, ys[0], xx, ys[-1], 0.15)
    elif rules == "header":
        p.line(xs[0], ys[0], xs[-1], ys[0], 0.3)
        p.line(xs[0], ys[1], xs[-1], ys[1], 0.2)
        p.line(xs[0], ys[-1], xs[-1], ys[-1], 0.3)
    return ys[-1]
