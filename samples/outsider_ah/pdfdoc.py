"""Text-layer PDF output (fpdf2) that records what was written where, with exporter quirks:
characters placed one by one, text emitted column by column, diagonal watermark text, mixed page sizes."""
from fpdf import FPDF
from . import fonts


class TextPdf:
    def __init__(self, font_keys, creation_date=None, producer="", title=""):
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_compression(True)
        self.pdf.set_creator(producer or "Skia/PDF m120")
        self.pdf.set_producer(producer or "Skia/PDF m120")
        if title:
            self.pdf.set_title(title)
        import datetime as _dt
        # a fixed creation date (the print date of the record) keeps every draw byte-for-byte reproducible
        self.pdf.set_creation_date(creation_date or _dt.datetime(2026, 1, 1, 9, 0, tzinfo=_dt.timezone.utc))
        self.loaded = set()
        for k in font_keys:
            self._load(k)
        self.pages = []  # per page: {"size": [w,h], "items": [...]}
        self.char_mode = False
        self.pending = []  # deferred text ops for column ordering

    def _load(self, key):
        if key in self.loaded:
            return
        path, idx, pkg = fonts.FONTS[key]
        fonts.USED.add(pkg)
        self.pdf.add_font(key, "", path, collection_font_number=idx)
        self.loaded.add(key)

    def add_page(self, orientation="P", fmt="A4"):
        self.flush()
        self.pdf.add_page(orientation=orientation, format=fmt)
        self.pages.append({"size": [round(self.pdf.w, 1), round(self.pdf.h, 1)], "items": []})

    @property
    def w(self):
        return self.pdf.w

    @property
    def h(self):
        return self.pdf.h

    def text(self, x, y, s, font="song", size=9, color=(0, 0, 0), col=None, record=True, align="l"):
        """y is the baseline. col: when given, the op is deferred and emitted grouped by column on flush."""
        if s is None or s == "":
            return
        op = (x, y, str(s), font, size, color, record, align)
        if col is not None:
            self.pending.append((col, y, op))
        else:
            self._emit(op)

    def flush(self):
        if self.pending:
            for _, _, op in sorted(self.pending, key=lambda t: (t[0], t[1])):
                self._emit(op)
            self.pending = []

    def _emit(self, op):
        x, y, s, font, size, color, record, align = op
        self._load(font)
        self.pdf.set_font(font, size=size)
        self.pdf.set_text_color(*color)
        w = self.pdf.get_string_width(s)
        if align == "r":
            x -= w
        elif align == "c":
            x -= w / 2
        if self.char_mode:
            cx = x
            for ch in s:
                self.pdf.text(cx, y, ch)
                cx += self.pdf.get_string_width(ch)
        else:
            self.pdf.text(x, y, s)
        if record:
            self.pages[-1]["items"].append({"text": s, "bbox": [round(x / self.w, 4), round((y - size) / self.h, 4),
                                                                round((x + w) / self.w, 4), round((y + size * 0.25) / self.h, 4)]})

    def strw(self, s, font, size):
        self._load(font)
        self.pdf.set_font(font, size=size)
        return self.pdf.get_string_width(s)

    def wrap(self, s, font, size, maxw):
        lines, cur = [], ""
        for ch in s:
            if self.strw(cur + ch, font, size) > maxw and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def line(self, x0, y0, x1, y1, width=0.5, color=(0, 0, 0)):
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(width)
        self.pdf.line(x0, y0, x1, y1)

    def rect(self, x, y, w, h, style="D", width=0.5, color=(0, 0, 0), fill=None):
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(width)
        if fill:
            self.pdf.set_fill_color(*fill)
        self.pdf.rect(x, y, w, h, style=style)

    def watermark(self, s, font="hei", size=40, color=(232, 232, 236), angle=35, grid=(2, 3)):
        self._load(font)
        self.pdf.set_font(font, size=size)
        self.pdf.set_text_color(*color)
        gx, gy = grid
        for i in range(gx):
            for j in range(gy):
                x = self.w * (i + 0.5) / gx - size * 2
                y = self.h * (j + 0.5) / gy
                with self.pdf.rotation(angle, x, y):
                    self.pdf.text(x, y, s)

    def image(self, pil_img, x, y, w, h):
        self.pdf.image(pil_img, x=x, y=y, w=w, h=h)

    def output(self, path):
        self.flush()
        self.pdf.output(path)
