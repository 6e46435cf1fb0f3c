"""Text-layer PDFs from different producers: reportlab (ruled/unruled/zebra, char-by-char, runs), fpdf2; image-only PDFs."""
import io
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_REG = False


def reg():
    global _REG
    if _REG:
        return
    pdfmetrics.registerFont(TTFont("MHei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    pdfmetrics.registerFont(TTFont("Song", "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"))
    pdfmetrics.registerFont(TTFont("WenKai", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("ZenHei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    _REG = True


def _wrap(text, font, size, width):
    out = []
    for para in text.split("\n"):
        cur = ""
        for ch in para:
            if pdfmetrics.stringWidth(cur + ch, font, size) > width and cur:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
    return out


def table_pdf(path, title, subtitle, meta, cols, widths, rows, foot, rng, style):
    """style: dict(font, ruled, zebra, charwise, num_right, landscape, repeat_head, size, shuffle)"""
    reg()
    font = style.get("font", "MHei")
    size = style.get("size", 8)
    ps = landscape(A4) if style.get("landscape") else A4
    W, Hh = ps
    c = canvas.Canvas(path, pagesize=ps, invariant=1)
    c.setTitle(title)
    c.setProducer(style.get("producer", "ReportLab PDF Library"))
    scale = (W - 60) / sum(widths)
    widths = [w * scale for w in widths]
    x0 = 30
    num = set(style.get("num_cols", ()))

    def draw_text(x, y, s, f=font, sz=size):
        if style.get("charwise"):
            for ch in s:
                c.setFont(f, sz)
                c.drawString(x, y, ch)
                x += pdfmetrics.stringWidth(ch, f, sz)
        else:
            c.setFont(f, sz)
            c.drawString(x, y, s)

    def header(first):
        y = Hh - 50
        if first:
            c.setFont(font, 15)
            c.drawCentredString(W / 2, y, title)
            y -= 18
            if subtitle:
                c.setFont(font, 9)
                c.drawCentredString(W / 2, y, subtitle)
                y -= 20
            for line in meta:
                xx = x0
                for k, v in line:
                    draw_text(xx, y, f"{k}：{v}", sz=9)
                    xx += (W - 60) / len(line)
                y -= 15
            y -= 6
        return y

    def head_row(y):
        h = size * 2.6
        if style.get("ruled", True):
            c.setFillGray(0.9)
            c.rect(x0, y - h, sum(widths), h, fill=1, stroke=0)
            c.setFillGray(0)
        x = x0
        for col, w in zip(cols, widths):
            lines = _wrap(col, font, size, w - 4)
            yy = y - (h - len(lines) * size * 1.2) / 2 - size
            for ln in lines:
                c.setFont(font, size)
                c.drawCentredString(x + w / 2, yy, ln)
                yy -= size * 1.2
            if style.get("ruled", True):
                c.setLineWidth(0.5)
                c.rect(x, y - h, w, h)
            x += w
        if not style.get("ruled", True):
            c.setLineWidth(1)
            c.line(x0, y - h, x0 + sum(widths), y - h)
        return y - h

    y = header(True)
    y = head_row(y)
    page = 1
    ops = []

    def flush():
        # the text of the body cells goes into the content stream column by column (not in reading order)
        for _, _, fn in sorted(ops, key=lambda o: (o[0], -o[1])):
            fn()
        ops.clear()
    order = list(range(len(rows)))
    for ri in order:
        r = rows[ri]
        cells = [_wrap(v, font, size, w - 5) for v, w in zip(r, widths)]
        h = max(len(x) for x in cells) * size * 1.25 + size
        if y - h < 70:
            flush()
            c.setFont(font, 7)
            c.drawCentredString(W / 2, 30, f"第 {page} 页")
            c.showPage()
            page += 1
            y = Hh - 45
            if style.get("repeat_head", True):
                y = head_row(y)
        if style.get("zebra") and ri % 2:
            c.setFillColorRGB(0.94, 0.96, 0.99)
            c.rect(x0, y - h, sum(widths), h, fill=1, stroke=0)
            c.setFillGray(0)
        x = x0
        for i, (lines, w) in enumerate(zip(cells, widths)):
            yy = y - size * 1.2
            for ln in lines:
                if i in num and style.get("num_right", True):
                    def fn(x=x, w=w, yy=yy, ln=ln):
                        c.setFont(font, size)
                        c.drawRightString(x + w - 3, yy, ln)
                else:
                    def fn(x=x, yy=yy, ln=ln):
                        draw_text(x + 3, yy, ln)
                if style.get("col_order"):
                    ops.append((i, yy, fn))
                else:
                    fn()
                yy -= size * 1.25
            if style.get("ruled", True):
                c.setLineWidth(0.4)
                c.rect(x, y - h, w, h)
            x += w
        if not style.get("ruled", True) and style.get("row_lines"):
            c.setLineWidth(0.3)
            c.line(x0, y - h, x0 + sum(widths), y - h)
        y -= h
    flush()
    y -= 14
    for line in foot:
        if y < 50:
            c.showPage()
            y = Hh - 50
        draw_text(x0, y, line, sz=8)
        y -= 13
    c.setFont(font, 7)
    c.drawCentredString(W / 2, 30, f"第 {page} 页")
    c.showPage()
    c.save()


def fpdf_table(path, title, meta, cols, widths, rows, foot, num_cols=()):
    from fpdf import FPDF
    import datetime as dt
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 11, 20, 10, 0, 0, tzinfo=dt.timezone.utc))
    pdf.add_font("wk", "", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf")
    pdf.add_font("wk", "B", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("wk", size=15)
    pdf.cell(0, 10, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("wk", size=9)
    for line in meta:
        pdf.cell(0, 6, "    ".join(f"{k}：{v}" for k, v in line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    scale = 190 / sum(widths)
    widths = [w * scale for w in widths]
    pdf.set_font("wk", size=8)
    with pdf.table(col_widths=widths, text_align=["RIGHT" if i in num_cols else "LEFT" for i in range(len(cols))],
                   line_height=4.5, first_row_as_headings=True, repeat_headings=1) as t:
        r = t.row()
        for col in cols:
            r.cell(col)
        for row in rows:
            r = t.row()
            for v in row:
                r.cell(v)
    pdf.ln(4)
    for line in foot:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def image_pdf(path, images, dpi=200, title=None, producer="CamScanner"):
    """PDF holding only scanned images, no text layer (one image per page, A4 at given dpi)."""
    reg()
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setProducer(producer)
    if title:
        c.setTitle(title)
    W, Hh = A4
    for im in images:
        iw, ih = im.size
        if iw > ih:
            c.setPageSize((Hh, W))
            pw, ph = Hh, W
        else:
            c.setPageSize((W, Hh))
            pw, ph = W, Hh
        k = min(pw / iw, ph / ih)
        buf = io.BytesIO()
        mode = im.mode
        if mode == "1":
            im = im.convert("L")
        im.convert("RGB" if mode not in ("L", "1") else "L").save(buf, "JPEG", quality=82)
        buf.seek(0)
        c.drawImage(ImageReader(buf), (pw - iw * k) / 2, (ph - ih * k) / 2, iw * k, ih * k)
        c.showPage()
    c.save()
