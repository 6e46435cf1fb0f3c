"""Table-shaped printouts (tax, social insurance, 学信网) drawn to images or text-layer PDFs."""
import io
from PIL import ImageDraw, Image
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4, landscape
from .gfx import font, text, wrap, tw, seal, qr, paper

PDF_FONTS = {"wqy": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0), "zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
             "sung": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None), "lx": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None),
             "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)}
_reg = set()


def pdf_font(name):
    if name not in _reg:
        p, i = PDF_FONTS[name]
        pdfmetrics.registerFont(TTFont(name, p, subfontIndex=i) if i is not None else TTFont(name, p))
        _reg.add(name)
    return name


def _wrap_pdf(s, fn, size, width):
    lines, cur = [], ""
    for ch in s:
        if pdfmetrics.stringWidth(cur + ch, fn, size) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines or [""]


def layout(spec, W, H, m, measure, size):
    """Return pages: list of list of ops ('t', x, y, s, size, bold) / ('l', x0,y0,x1,y1) / ('seal'...) in top-left coords."""
    pages, ops = [], []
    y = m
    lh = size * 1.35

    def newpage():
        nonlocal ops, y
        pages.append(ops)
        ops = []
        y = m
    ops.append(("t", W / 2, y, spec["title"], size * 1.6, True, "m"))
    y += size * 2.6
    if spec.get("subtitle"):
        ops.append(("t", W / 2, y, spec["subtitle"], size * 0.95, False, "m"))
        y += size * 2
    head = spec.get("head", [])
    if spec.get("head_grid"):
        cw = (W - 2 * m) / 4
        for i in range(0, len(head), 2):
            pair = head[i:i + 2]
            hlines = [measure(v, size, cw * (3 if len(pair) == 1 else 1) - 10) for _, v in pair]
            rh = max(len(h) for h in hlines) * lh + size * 0.8
            for j, (k, v) in enumerate(pair):
                x = m + j * 2 * cw
                ops.append(("t", x + 6, y + size * 0.4, k, size, True, "l"))
                for q, ln in enumerate(hlines[j]):
                    ops.append(("t", x + cw + 6, y + size * 0.4 + q * lh, ln, size, False, "l"))
            if spec.get("rules", True):
                ops.append(("l", m, y, W - m, y))
                for xx in [m, m + cw, m + 2 * cw, m + 3 * cw, W - m] if len(pair) == 2 else [m, m + cw, W - m]:
                    ops.append(("l", xx, y, xx, y + rh))
            y += rh
        if spec.get("rules", True):
            ops.append(("l", m, y, W - m, y))
        y += size
    else:
        for i in range(0, len(head), 2):
            for j, (k, v) in enumerate(head[i:i + 2]):
                ops.append(("t", m + j * (W - 2 * m) / 2, y, f"{k}：{v}", size, False, "l"))
            y += lh * 1.2
        y += size * 0.5
    cols = spec.get("cols", [])
    if cols:
        tot = sum(w for _, w in cols)
        xs = [m]
        for _, w in cols:
            xs.append(xs[-1] + (W - 2 * m) * w / tot)

        def header():
            nonlocal y
            hl = [measure(c, size, xs[i + 1] - xs[i] - 8) for i, (c, _) in enumerate(cols)]
            rh = max(len(h) for h in hl) * lh + size * 0.6
            for i, h in enumerate(hl):
                for q, ln in enumerate(h):
                    ops.append(("t", (xs[i] + xs[i + 1]) / 2, y + size * 0.3 + q * lh, ln, size, True, "m"))
            if spec.get("rules", True):
                ops.append(("l", m, y, W - m, y))
                ops.append(("l", m, y + rh, W - m, y + rh))
                for xx in xs:
                    ops.append(("l", xx, y, xx, y + rh))
            y += rh
        header()
        for row in spec["rows"]:
            if isinstance(row, str):  # section caption
                if y + lh * 3 > H - m - size * 3:
                    newpage()
                    header()
                ops.append(("t", m + 6, y + size * 0.3, row, size, True, "l"))
                y += lh + size * 0.6
                continue
            cl = [measure(str(c), size, xs[i + 1] - xs[i] - 8) for i, c in enumerate(row)]
            rh = max(len(c) for c in cl) * lh + size * 0.6
            if y + rh > H - m - size * 3:
                newpage()
                header()
            for i, c in enumerate(cl):
                for q, ln in enumerate(c):
                    ops.append(("t", (xs[i] + xs[i + 1]) / 2, y + size * 0.3 + q * lh, ln, size, False, "m"))
            if spec.get("rules", True):
                ops.append(("l", m, y + rh, W - m, y + rh))
                for xx in xs:
                    ops.append(("l", xx, y, xx, y + rh))
            y += rh
    y += size
    for ln in spec.get("foot", []):
        if y + lh > H - m:
            newpage()
        for part in measure(ln, size, W - 2 * m):
            ops.append(("t", m, y, part, size, False, "l"))
            y += lh
    if spec.get("qr") or spec.get("seal"):
        if y + size * 12 > H - m:
            newpage()
        if spec.get("qr"):
            ops.append(("qr", W - m - size * 8, y + size, size * 8))
        if spec.get("seal"):
            ops.append(("seal", W - m - size * 16, y + size * 5, size * 5, spec["seal"]))
    pages.append(ops)
    n = len(pages)
    if spec.get("pageno", True) and n > 0:
        for k, p in enumerate(pages):
            p.append(("t", W / 2, H - m * 0.6, f"第{k + 1}页/共{n}页", size * 0.85, False, "m"))
    return pages


def to_images(spec, rng, landscape_=False, fn="sans", size=28, dpi_scale=1.0):
    W, H = (2339, 1654) if landscape_ else (1654, 2339)
    m = 110
    measure = lambda s, sz, w: wrap(s, font(fn, sz), w) or [""]
    out = []
    for ops in layout(spec, W, H, m, measure, size):
        img = paper(W, H, (255, 255, 255))
        d = ImageDraw.Draw(img)
        for op in ops:
            if op[0] == "t":
                _, x, y, s, sz, bold, al = op
                f = "sansb" if bold and fn in ("sans",) else fn
                text(d, (x, y), s, f, sz, (15, 15, 15), al + "a")
            elif op[0] == "l":
                d.line(op[1:], fill=(60, 60, 60), width=2)
            elif op[0] == "qr":
                qr(img, op[1], op[2], op[3], rng)
            elif op[0] == "seal":
                seal(img, op[1], op[2], op[3], op[4], rng=rng)
        out.append(img)
    return out


def to_pdf(spec, rng, landscape_=False, fn="wqy", size=8.5, shuffle=False):
    pdf_font(fn)
    W, H = landscape(A4) if landscape_ else A4
    m = 36
    measure = lambda s, sz, w: _wrap_pdf(s, fn, sz, w)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(W, H))
    c.setTitle(spec["title"])
    c.setAuthor("")
    pages = layout(spec, W, H, m, measure, size)
    for ops in pages:
        ops = list(ops)
        if shuffle:
            rng.shuffle(ops)
        for op in ops:
            if op[0] == "t":
                _, x, y, s, sz, bold, al = op
                c.setFont(fn, sz)
                yy = H - y - sz * 0.9
                if al == "m":
                    c.drawCentredString(x, yy, s)
                else:
                    c.drawString(x, yy, s)
                if bold:
                    c.drawString(x + 0.0, yy, "") if al == "l" else None
            elif op[0] == "l":
                c.setLineWidth(0.5)
                c.line(op[1], H - op[2], op[3], H - op[4])
            elif op[0] == "qr":
                x, y, s = op[1], op[2], op[3]
                n = 21
                cell = s / n
                for i in range(n):
                    for j in range(n):
                        if rng.random() < 0.5 or (i < 7 and j < 7) or (i > 13 and j < 7) or (i < 7 and j > 13):
                            c.rect(x + i * cell, H - y - (j + 1) * cell, cell, cell, stroke=0, fill=1)
            elif op[0] == "seal":
                x, y, r, s = op[1], op[2], op[3], op[4]
                c.setStrokeColorRGB(0.85, 0.1, 0.1)
                c.setFillColorRGB(0.85, 0.1, 0.1)
                c.setLineWidth(2)
                c.circle(x, H - y, r, stroke=1, fill=0)
                c.setFont(fn, r * 0.22)
                c.drawCentredString(x, H - y - r * 0.1, "★")
                c.setFont(fn, r * 0.16)
                c.drawCentredString(x, H - y - r * 0.55, s[:12])
                c.setStrokeColorRGB(0, 0, 0)
                c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()
    return buf.getvalue(), len(pages)
