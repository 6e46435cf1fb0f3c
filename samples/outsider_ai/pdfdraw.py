"""reportlab helpers: embedded TrueType fonts with per-glyph fallback."""
import functools
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from . import fonts


@functools.lru_cache(maxsize=None)
def reg(name):
    if name not in fonts.PDF_OK:
        raise ValueError("font %s cannot be embedded" % name)
    path, idx = fonts.CATALOG[name]
    pdfmetrics.registerFont(TTFont("F_" + name, path, subfontIndex=idx))
    return "F_" + name


def width(s, font, size):
    return sum(pdfmetrics.stringWidth(t, reg(n), size) for n, t in fonts.runs(s, font, fonts.PDF_TAIL))


def text(c, x, y, s, font="mhei", size=9, anchor="l", color=(0, 0, 0)):
    """Draw at baseline y (PDF points, origin bottom-left)."""
    if not s:
        return x
    w = width(s, font, size)
    if anchor == "m":
        x -= w / 2
    elif anchor == "r":
        x -= w
    c.setFillColorRGB(*[v / 255.0 for v in color])
    for n, t in fonts.runs(s, font, fonts.PDF_TAIL):
        c.setFont(reg(n), size)
        c.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, reg(n), size)
    return x


def invisible_text(c, x, y, s, size):
    t = c.beginText()
    t.setTextRenderMode(3)
    t.setTextOrigin(x, y)
    for n, part in fonts.runs(s, "mhei", fonts.PDF_TAIL):
        t.setFont(reg(n), size)
        t.textOut(part)
    c.drawText(t)


def wrap(s, font, size, w):
    lines, cur = [], ""
    for ch in s:
        if width(cur + ch, font, size) > w and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines
