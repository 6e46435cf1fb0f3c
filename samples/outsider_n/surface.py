"""A tiny mm-based drawing surface that targets either a PIL image or an fpdf2 text-layer PDF."""
from PIL import Image, ImageDraw
from .draw import font as pil_font
from .common import PDF_FONTS

FACE_PIL = {"song": ("song", 0), "song2": ("song", 1), "hei": ("hei", 0), "hei2": ("hei", 2), "kai": ("kai", 0),
            "ming": ("ming", 0), "heib": ("hei_bold", 0), "songb": ("song_bold", 0), "kai2": ("kai", 2)}
FACE_PDF = {"song": "song", "song2": "song", "hei": "hei", "hei2": "noto", "kai": "kai", "ming": "song",
            "heib": "noto", "songb": "song", "kai2": "kai"}


class ImgSurface:
    kind = "img"

    def __init__(self, w_mm=210, h_mm=297, dpi=150, bg=(255, 255, 255)):
        self.k = dpi / 25.4
        self.dpi = dpi
        self.w, self.h = w_mm, h_mm
        self.img = Image.new("RGB", (int(w_mm * self.k), int(h_mm * self.k)), bg)
        self.d = ImageDraw.Draw(self.img)

    def _f(self, face, pt):
        k, v = FACE_PIL.get(face, ("song", 0))
        return pil_font(k, max(6, pt * self.dpi / 72.0), v)

    def width(self, s, pt, face="song"):
        if not s:
            return 0.0
        b = self.d.textbbox((0, 0), s, font=self._f(face, pt))
        return (b[2] - b[0]) / self.k

    def text(self, x, y, s, pt=10.5, face="song", color=(0, 0, 0), align="l"):
        if not s:
            return
        if align == "r":
            x -= self.width(s, pt, face)
        elif align == "c":
            x -= self.width(s, pt, face) / 2
        self.d.text((x * self.k, y * self.k), s, font=self._f(face, pt), fill=color, anchor="ls")

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), w=0.3):
        self.d.line([(x0 * self.k, y0 * self.k), (x1 * self.k, y1 * self.k)], fill=color, width=max(1, int(w * self.k)))

    def rect(self, x0, y0, x1, y1, color=(0, 0, 0), w=0.3, fill=None):
        self.d.rectangle([x0 * self.k, y0 * self.k, x1 * self.k, y1 * self.k], outline=color if w else None,
                         width=max(1, int(w * self.k)) if w else 0, fill=fill)

    def new_page(self):
        raise RuntimeError("image surface holds one page")


class PdfDoc:
    kind = "pdf"

    def __init__(self):
        from fpdf import FPDF
        self.pdf = FPDF(unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0)
        for k, p in PDF_FONTS.items():
            self.pdf.add_font(k, fname=p)
        self.w, self.h = 210, 297
        self.pages = 0

    def new_page(self):
        self.pdf.add_page()
        self.pages += 1

    def width(self, s, pt, face="song"):
        self.pdf.set_font(FACE_PDF.get(face, "song"), size=pt)
        return self.pdf.get_string_width(s)

    def text(self, x, y, s, pt=10.5, face="song", color=(0, 0, 0), align="l"):
        if not s:
            return
        self.pdf.set_font(FACE_PDF.get(face, "song"), size=pt)
        self.pdf.set_text_color(*color)
        wd = self.pdf.get_string_width(s)
        if align == "r":
            x -= wd
        elif align == "c":
            x -= wd / 2
        self.pdf.text(x, y, s)

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), w=0.3):
        self.pdf.set_draw_color(*color)
        self.pdf.set_line_width(w)
        self.pdf.line(x0, y0, x1, y1)

    def rect(self, x0, y0, x1, y1, color=(0, 0, 0), w=0.3, fill=None):
        if fill is not None:
            self.pdf.set_fill_color(*fill)
        if w:
            self.pdf.set_draw_color(*color)
            self.pdf.set_line_width(w)
        style = ("F" if not w else "DF") if fill is not None else "D"
        self.pdf.rect(x0, y0, x1 - x0, y1 - y0, style=style)

    def bytes(self):
        return bytes(self.pdf.output())


class MultiImg:
    """Same interface as PdfDoc but each page is an ImgSurface."""
    kind = "imgs"

    def __init__(self, dpi=150):
        self.dpi = dpi
        self.surfs = []
        self.w, self.h = 210, 297
        self.pages = 0

    def new_page(self):
        self.surfs.append(ImgSurface(dpi=self.dpi))
        self.pages += 1

    def __getattr__(self, name):
        return getattr(self.surfs[-1], name)

    def images(self):
        return [s.img for s in self.surfs]


def wrap(surf, s, pt, face, width):
    lines, cur = [], ""
    for ch in s:
        if surf.width(cur + ch, pt, face) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]
