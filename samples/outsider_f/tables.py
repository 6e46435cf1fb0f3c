"""A4 table printouts laid out once in points, then drawn as a text-layer PDF (reportlab) or as an image."""
import io
import random

from PIL import Image, ImageDraw

from .draw import qr
from .fonts import font, pdf_font

A4 = (595.0, 842.0)
PIL_OF = {"WQYMicroHei": "microhei", "ARPLSung": "song", "LXGWWenKai": "wenkai", "ARPLUMing": "uming",
          "WQYZenHei": "zenhei"}


def _sw(s, face, size):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return stringWidth(s, pdf_font(face), size)


def _wrap(s, face, size, maxw):
    lines, cur = [], ""
    for ch in s:
        if _sw(cur + ch, face, size) > maxw and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    return lines + [cur] if cur else lines or [""]


def layout(spec, rng):
    """spec: title, meta [(label, value)], columns [(name, width)], rows [[cell]|{'section': text}], foot [str],
    header_note, url, printed, face, size, rules (bool). Returns pages: lists of ops
    ('t', x, y, text, size, align, grey) and ('l', x0, y0, x1, y1), y measured from the top in points."""
    face, size = spec["face"], spec.get("size", 8.5)
    left, right = rng.uniform(36, 52), A4[0] - rng.uniform(36, 52)
    widths = [c[1] for c in spec["columns"]]
    scale = (right - left) / sum(widths)
    xs = [left]
    for wdt in widths:
        xs.append(xs[-1] + wdt * scale)
    bottom = A4[1] - 70
    pages, ops = [], []

    def chrome(first):
        y = 40.0
        if spec.get("header_note"):
            ops.append(("t", left, 24, spec["header_note"], 7, "l", True))
        if spec.get("printed"):
            ops.append(("t", right, 24, spec["printed"], 7, "r", True))
        if first:
            if spec.get("qr"):
                ops.append(("q", right - 62, 34, 62, spec["qr"]))
            ops.append(("t", A4[0] / 2, y + 14, spec["title"], 15, "c", False))
            y += 36
            if spec.get("subtitle"):
                ops.append(("t", A4[0] / 2, y, spec["subtitle"], 9, "c", False))
                y += 20
            metas = spec["meta"]
            per = spec.get("meta_cols", 2)
            colw = (right - left) / per
            for i in range(0, len(metas), per):
                for k, (a, b) in enumerate(metas[i:i + per]):
                    ops.append(("t", left + k * colw, y, f"{a}：{b}", 9, "l", False))
                y += 16
            y += 6
        return head(y)

    def head(y):
        hl = [_wrap(c[0], face, size, xs[i + 1] - xs[i] - 4) for i, c in enumerate(spec["columns"])]
        hh = max(len(x) for x in hl) * (size + 3) + 6
        ops.append(("l", left, y, right, y))
        for i, lines in enumerate(hl):
            for k, line in enumerate(lines):
                ops.append(("t", (xs[i] + xs[i + 1]) / 2, y + 4 + (k + 1) * (size + 2), line, size, "c", False))
        ops.append(("l", left, y + hh, right, y + hh))
        if spec.get("rules", True):
            for x in xs:
                ops.append(("l", x, y, x, y + hh))
        return y + hh

    y = chrome(True)
    for row in spec["rows"]:
        if isinstance(row, dict):
            if y + 30 > bottom:
                pages.append(ops)
                ops = []
                y = chrome(False)
            ops.append(("t", left + 2, y + 14, row["section"], 9, "l", False))
            y += 20
            ops.append(("l", left, y, right, y))
            continue
        cells = [_wrap(str(c), face, size, xs[i + 1] - xs[i] - 5) for i, c in enumerate(row)]
        rh = max(len(c) for c in cells) * (size + 3) + 6
        if y + rh > bottom:
            pages.append(ops)
            ops = []
            y = chrome(False)
        for i, lines in enumerate(cells):
            align = spec.get("align", {}).get(i, "l")
            for k, line in enumerate(lines):
                x = xs[i] + 3 if align == "l" else xs[i + 1] - 3 if align == "r" else (xs[i] + xs[i + 1]) / 2
                ops.append(("t", x, y + 3 + (k + 1) * (size + 2), line, size, align, False))
        if spec.get("rules", True):
            for x in xs:
                ops.append(("l", x, y, x, y + rh))
            ops.append(("l", left, y + rh, right, y + rh))
        y += rh
    for line in spec.get("foot", []):
        if y + 18 > bottom:
            pages.append(ops)
            ops = []
            y = 50
        y += 16
        ops.append(("t", left, y, line, 8, "l", False))
    pages.append(ops)
    n = len(pages)
    for i, page in enumerate(pages):
        page.append(("t", A4[0] / 2, A4[1] - 36, f"第{i + 1}页 共{n}页", 7.5, "c", True))
        if spec.get("url"):
            page.append(("t", left, A4[1] - 36, spec["url"], 7, "l", True))
    return pages


def to_pdf(pages, face, shuffle_rng=None, extra=None):
    """Text-layer PDF bytes; with shuffle_rng the drawing order inside a page is not the reading order."""
    from reportlab.lib.colors import Color
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    name = pdf_font(face)
    for pi, ops in enumerate(pages):
        ops = list(ops)
        if shuffle_rng:
            shuffle_rng.shuffle(ops)
        c.setLineWidth(0.5)
        for op in ops:
            if op[0] == "l":
                c.line(op[1], A4[1] - op[2], op[3], A4[1] - op[4])
                continue
            if op[0] == "q":
                from reportlab.lib.utils import ImageReader
                c.drawImage(ImageReader(qr(random.Random(op[4]), 200)), op[1], A4[1] - op[2] - op[3], op[3], op[3])
                continue
            _, x, y, s, size, align, grey = op
            c.setFillColor(Color(0.45, 0.45, 0.45) if grey else Color(0, 0, 0))
            c.setFont(name, size)
            {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align](x, A4[1] - y, s)
        if extra:
            extra(c, pi)
        c.showPage()
    c.save()
    return buf.getvalue()


def to_images(pages, face, dpi=200):
    k = dpi / 72.0
    out = []
    for ops in pages:
        im = Image.new("RGB", (int(A4[0] * k), int(A4[1] * k)), "white")
        d = ImageDraw.Draw(im)
        for op in ops:
            if op[0] == "q":
                im.paste(qr(random.Random(op[4]), int(op[3] * k)).resize((int(op[3] * k),) * 2), (int(op[1] * k), int(op[2] * k)))
                continue
            if op[0] == "l":
                d.line([(op[1] * k, op[2] * k), (op[3] * k, op[4] * k)], fill=(60, 60, 60), width=max(1, int(k * 0.6)))
                continue
            _, x, y, s, size, align, grey = op
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            d.text((x * k, y * k), s, font=font(PIL_OF[face], size * k), fill=(110, 110, 110) if grey else (15, 15, 15),
                   anchor=anchor)
        out.append(im)
    return out
