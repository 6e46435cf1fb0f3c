"""Write sheets as PDFs: text-layer PDFs (characters from the PDF, as websites print them) and image-only PDFs.

A text-layer PDF can list its text in any order (real ones from 税务/社保 sites do), so `shuffle` writes the runs
in a random order while their positions stay put.
"""
from __future__ import annotations

import io
import random
from typing import Optional, Sequence

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas

from samples.outsider import fonts
from samples.outsider.fonts import Face
from samples.outsider.sheet import PT_PER_MM, Box, Line, Picture, Sheet, Text

# CFF faces cannot be embedded: the TrueType face that stands in for each in a PDF
PDF_STAND_IN = {
    "noto_sans": "wqy_zenhei", "noto_sans_bold": "wqy_zenhei", "noto_serif": "ar_uming",
    "noto_serif_bold": "ar_uming", "ocrb": "wqy_zenhei",
}
_registered: set[str] = set()


def _pdf_face(face: Face) -> Face:
    if face.truetype:
        return face
    key = PDF_STAND_IN.get(face.key, "wqy_zenhei")
    for role in fonts.ROLES.values():
        for f in role:
            if f.key == key:
                return f
    return fonts.FALLBACK_TRUETYPE


def _register(face: Face) -> str:
    if face.key not in _registered:
        pdfmetrics.registerFont(fonts.ttfont(face))
        _registered.add(face.key)
    return face.key


def text_pdf(sheets: Sequence[Sheet], title: str = "", shuffle: Optional[random.Random] = None,
             creator: str = "") -> bytes:
    """A PDF whose characters are real text. Pictures (seals, QR codes, photos) go in as images."""
    buf = io.BytesIO()
    first = sheets[0]
    c = rl_canvas.Canvas(buf, pagesize=(first.width * PT_PER_MM, first.height * PT_PER_MM), invariant=1)
    c.setTitle(title)
    c.setCreator(creator)
    c.setAuthor("")
    for sheet in sheets:
        c.setPageSize((sheet.width * PT_PER_MM, sheet.height * PT_PER_MM))
        _page(c, sheet, shuffle)
        c.showPage()
    c.save()
    return buf.getvalue()


def _page(c, sheet: Sheet, shuffle: Optional[random.Random]) -> None:
    H = sheet.height
    if sheet.background[:3] != (255, 255, 255):
        c.setFillColorRGB(*[v / 255 for v in sheet.background[:3]])
        c.rect(0, 0, sheet.width * PT_PER_MM, H * PT_PER_MM, stroke=0, fill=1)
    graphics = [op for op in sheet.ops if not isinstance(op, Text)]
    texts = [op for op in sheet.ops if isinstance(op, Text)]
    if shuffle is not None:
        shuffle.shuffle(texts)
    for op in graphics:
        if isinstance(op, Box):
            _box(c, op, H)
        elif isinstance(op, Line):
            _line(c, op, H)
        elif isinstance(op, Picture):
            _picture(c, op, H)
    for op in texts:
        _text(c, op, H)


def _rgb(colour):
    return [v / 255 for v in colour[:3]]


def _box(c, op: Box, H: float) -> None:
    x, y = op.x0 * PT_PER_MM, (H - op.y1) * PT_PER_MM
    w, h = (op.x1 - op.x0) * PT_PER_MM, (op.y1 - op.y0) * PT_PER_MM
    if op.fill is not None:
        c.setFillColorRGB(*_rgb(op.fill))
    if op.stroke is not None:
        c.setStrokeColorRGB(*_rgb(op.stroke))
        c.setLineWidth(op.width * PT_PER_MM)
    if op.radius:
        c.roundRect(x, y, w, h, op.radius * PT_PER_MM, stroke=int(op.stroke is not None), fill=int(op.fill is not None))
    else:
        c.rect(x, y, w, h, stroke=int(op.stroke is not None), fill=int(op.fill is not None))


def _line(c, op: Line, H: float) -> None:
    c.setStrokeColorRGB(*_rgb(op.colour))
    c.setLineWidth(op.width * PT_PER_MM)
    c.setDash([d * PT_PER_MM for d in op.dash] if op.dash else [])
    c.line(op.x0 * PT_PER_MM, (H - op.y0) * PT_PER_MM, op.x1 * PT_PER_MM, (H - op.y1) * PT_PER_MM)
    c.setDash([])


def _picture(c, op: Picture, H: float) -> None:
    c.drawImage(ImageReader(op.image), op.x0 * PT_PER_MM, (H - op.y1) * PT_PER_MM,
                (op.x1 - op.x0) * PT_PER_MM, (op.y1 - op.y0) * PT_PER_MM, mask="auto")


def _text(c, op: Text, H: float) -> None:
    face = _pdf_face(op.face)
    width = (fonts.advance(face, op.text, op.size, pdf=True) / PT_PER_MM + op.spacing * len(op.text)) * PT_PER_MM
    x = op.x * PT_PER_MM - (width if op.anchor == "r" else width / 2 if op.anchor == "c" else 0)
    c.saveState()
    c.setFillColorRGB(*_rgb(op.colour))
    if len(op.colour) > 3:
        c.setFillAlpha(op.colour[3] / 255)
    c.translate(op.x * PT_PER_MM, (H - op.y) * PT_PER_MM)
    if op.angle:
        c.rotate(op.angle)
    t = c.beginText(x - op.x * PT_PER_MM, 0)
    t.setCharSpace(op.spacing * PT_PER_MM)
    if not op.in_text_layer:
        t.setTextRenderMode(0)
    for f, part in fonts.runs(face, op.text, pdf=True):
        t.setFont(_register(f), op.size)
        t.textOut(part)
    c.drawText(t)
    c.restoreState()


def image_pdf(pages: Sequence[Image.Image], dpi: float, quality: int = 80) -> bytes:
    """An image-only PDF, as a scanner app writes it (JPEG-compressed pages, no text)."""
    buf = io.BytesIO()
    rgb = [p.convert("RGB") if p.mode not in ("RGB", "L") else p for p in pages]
    rgb[0].save(buf, format="PDF", save_all=True, append_images=rgb[1:], resolution=dpi, quality=quality)
    return buf.getvalue()
