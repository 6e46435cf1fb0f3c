"""A document as a PDF with a real text layer (as the tax bureau's downloads are)."""
from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from samples.generator.rendered import RenderedDocument

FONT_NAME = "WenQuanYiZenHei"
_registered = False


def _register() -> None:
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT_NAME, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
        _registered = True


def write_text_pdf(doc: RenderedDocument, path: Path, with_image: bool = True) -> None:
    """Each page: the drawn image as background and every drawn line as real text at its place."""
    _register()
    pdf = canvas.Canvas(str(path))
    for image, lines in zip(doc.pages, doc.page_lines):
        w_px, h_px = image.size
        scale = 72 / 300  # pages are drawn at 300 dpi
        width, height = w_px * scale, h_px * scale
        pdf.setPageSize((width, height))
        if with_image:
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, "JPEG", quality=70)
            pdf.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
        text = pdf.beginText()
        text.setTextRenderMode(3 if with_image else 0)  # invisible over the image, like a searchable scan
        for content, (x0, y0, x1, y1) in lines:
            size = max(4.0, (y1 - y0) * scale * 0.95)
            text.setFont(FONT_NAME, size)
            text.setTextOrigin(x0 * scale, height - y1 * scale + size * 0.12)
            text.textLine(content)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
