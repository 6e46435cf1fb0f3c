"""Text-layer PDFs (characters come from the PDF): a Sheet drawn with fpdf2, text order optionally shuffled."""
import logging
import math
import random

from fpdf import FPDF

from . import fonts
from .canvas import ASCENT

logging.getLogger("fpdf").setLevel(logging.ERROR)
logging.getLogger("fontTools").setLevel(logging.ERROR)


def _col(pdf, c, what):
    c = tuple(c)[:3]
    if what == "draw":
        pdf.set_draw_color(*c)
    elif what == "fill":
        pdf.set_fill_color(*c)
    else:
        pdf.set_text_color(*c)


def write(sheets, path, rng, shuffle=False, producer="Skia/PDF", when=None):
    """Write SHEETS (unit mm) as one PDF; returns per page (width, height, items with quads in mm)."""
    pdf = FPDF(unit="mm")
    if when is not None:
        pdf.set_creation_date(when)
    pdf.set_auto_page_break(False)
    pdf.set_creator(producer)
    loaded = set()

    def use(name, size_mm):
        if name not in loaded:
            p, idx, _, _ = fonts.CATALOGUE[name]
            pdf.add_font(name, fname=p, collection_font_number=idx)
            loaded.add(name)
        pdf.set_font(name, size=size_mm / 0.3528)

    out = []
    for sh in sheets:
        pdf.add_page(format=(sh.w, sh.h))
        texts, items = [], []
        for p in sh.prims:
            op = p["op"]
            if op == "text":
                texts.append(p)
            elif op == "line":
                _col(pdf, p["color"], "draw")
                pdf.set_line_width(max(0.1, p["width"]))
                pdf.line(*p["pts"])
            elif op == "rect":
                x0, y0, x1, y1 = p["box"]
                style = ("D" if p["outline"] else "") + ("F" if p["fill"] else "")
                if p["outline"]:
                    _col(pdf, p["outline"], "draw")
                if p["fill"]:
                    _col(pdf, p["fill"], "fill")
                pdf.set_line_width(max(0.1, p["width"]))
                if style:
                    pdf.rect(x0, y0, x1 - x0, y1 - y0, style=style, round_corners=bool(p["radius"]),
                             corner_radius=p["radius"] or 0)
            elif op == "checkbox":
                x0, y0, x1, y1 = p["box"]
                _col(pdf, p["color"], "draw")
                pdf.set_line_width(0.25)
                pdf.rect(x0, y0, x1 - x0, y1 - y0)
                if p["checked"]:
                    s = x1 - x0
                    pdf.polyline([(x0 + s * .18, y0 + s * .5), (x0 + s * .42, y0 + s * .78), (x0 + s * .85, y0 + s * .18)])
            elif op == "meta":
                items.append(_item(p, p["box"]))
            elif op == "seal":
                _seal(pdf, p, use)
                items.append({"text": p["ring"], "field": None, "doc": None, "role": "seal", "font": p["font"],
                              "quad": _q(p["box"]), "occ": 0, "part": None, "rows": None})
            elif op == "pattern":
                _pattern(pdf, p)
        if shuffle:
            rng.shuffle(texts)
        for p in texts:
            _col(pdf, p["color"], "text")
            use(p["font"], p["size"])
            base = p["y"] + p["size"] * ASCENT
            if p["angle"]:
                with pdf.rotation(p["angle"], p["x"], base):
                    pdf.text(p["x"], base, p["s"])
            elif p["spacing"]:
                x = p["x"]
                for ch in p["s"]:
                    pdf.text(x, base, ch)
                    x += pdf.get_string_width(ch) + p["spacing"]
            else:
                pdf.text(p["x"], base, p["s"])
            items.append(_item(p, p["box"]))
        out.append((sh.w, sh.h, items))
    pdf.output(path)
    return out


def _q(b):
    x0, y0, x1, y1 = b
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def _item(p, box):
    return {"text": p["s"], "field": p["field"], "doc": p["doc"], "role": p["role"], "font": p["font"],
            "quad": _q(box), "occ": p["occ"], "part": p["part"], "rows": p["rows"]}


def _seal(pdf, p, use):
    cx, cy = p["c"]
    r = p["r"]
    _col(pdf, p["color"], "draw")
    _col(pdf, p["color"], "text")
    _col(pdf, p["color"], "fill")
    pdf.set_line_width(r * 0.05)
    pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r)
    ring = p["ring"]
    n = len(ring)
    span = min(250.0, 22.0 * n)
    use(p["font"], r * 0.26)
    for i, ch in enumerate(ring):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        x, y = cx + r * .74 * math.cos(a), cy + r * .74 * math.sin(a)
        w = pdf.get_string_width(ch)
        with pdf.rotation(-(ang + 90), x, y):
            pdf.text(x - w / 2, y + r * 0.09, ch)
    if p["star"]:
        pts = [(cx + (r * .2 if k % 2 == 0 else r * .08) * math.cos(math.radians(-90 + k * 36)),
                cy + (r * .2 if k % 2 == 0 else r * .08) * math.sin(math.radians(-90 + k * 36))) for k in range(10)]
        pdf.polygon(pts, style="F")
    if p["center"]:
        use(p["font"], r * 0.2)
        w = pdf.get_string_width(p["center"])
        pdf.text(cx - w / 2, cy + r * 0.55, p["center"])


def _pattern(pdf, p):
    x0, y0, x1, y1 = p["box"]
    rng = random.Random(p["seed"])
    if p["kind"] == "qr":
        n = 25
        cell = min(x1 - x0, y1 - y0) / n
        pdf.set_fill_color(10, 10, 10)
        for i in range(n):
            for j in range(n):
                fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                if fin:
                    ii = i - (n - 7) if i >= n - 7 else i
                    jj = j - (n - 7) if j >= n - 7 else j
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = rng.random() < .5
                if on:
                    pdf.rect(x0 + j * cell, y0 + i * cell, cell, cell, style="F")
    elif p["kind"] == "photo":
        pdf.set_fill_color(222, 226, 232)
        pdf.rect(x0, y0, x1 - x0, y1 - y0, style="F")
        pdf.set_fill_color(90, 100, 120)
        w, h = x1 - x0, y1 - y0
        pdf.ellipse(x0 + w * .3, y0 + h * .12, w * .4, h * .42, style="F")
    else:
        pdf.set_draw_color(*p["color"])
        pdf.set_line_width(0.1)
        pdf.rect(x0, y0, x1 - x0, y1 - y0)
