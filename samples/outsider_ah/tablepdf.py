"""A table exporter for text-layer PDFs, parameterised the way real web exporters differ:
orientation, rules (lines / rectangles / none / zebra), header repeated or not, rows split across
a page break, text emitted row-wise or column-wise, glyph-by-glyph placement, watermark, page sizes,
browser print chrome (date, title, URL, n/N)."""
from .pdfdoc import TextPdf


def layout_rows(tp, cols, rows, font, size, tw):
    """wrap every cell; returns list of (lines per cell, n lines)"""
    out = []
    for r in rows:
        cells = []
        for (title, frac, align), v in zip(cols, r):
            cells.append(tp.wrap(str(v), font, size, frac * tw - 6) if v != "" else [""])
        out.append((cells, max(len(c) for c in cells)))
    return out


def draw_table_pdf(path, rng, cols, rows, header_fn, footer_fn=None, opts=None, fonts=("song",), meta=None):
    o = {"orient": "P", "grid": "lines", "repeat": True, "order": "row", "chars": False, "watermark": None,
         "mixed": False, "per_page": 12, "split": False, "font": fonts[0], "size": 8.5, "hfont": fonts[0],
         "chrome": None, "margin": 36, "head_fill": None, "wm_first": True}
    o.update(opts or {})
    tp = TextPdf(sorted(set(fonts) | {"hei"}), **(meta or {}))
    font, size = o["font"], o["size"]
    lh = size * 1.35
    # first pass: paginate
    tmp_w = (842 if o["orient"] == "L" else 595) - 2 * o["margin"]
    tp.add_page(o["orient"])
    laid = layout_rows(tp, cols, rows, font, size, tmp_w)
    # pagination: list of pages, each a list of (row index, first line, last line)
    pages, cur = [], []
    H0 = (595 if o["orient"] == "L" else 792) - 2 * o["margin"] - 60   # the smallest page it may land on
    avail = H0 - 130 - lh * 2
    used = 0
    for ri, (cells, n) in enumerate(laid):
        rh = n * lh + 6
        if (len(cur) >= o["per_page"] or used + rh > avail) and cur:
            if o["split"] and n >= 2 and rng.random() < 0.6 and used + lh + 6 <= avail:
                cur.append((ri, 0, 1))
                pages.append(cur)
                cur = [(ri, 1, n)]
                avail = H0 - 30 - (lh * 2 if o["repeat"] else 0)
                used = (n - 1) * lh + 6
                continue
            pages.append(cur)
            cur, used = [], 0
            avail = H0 - 30 - (lh * 2 if o["repeat"] else 0)
        cur.append((ri, 0, n))
        used += rh
    if cur:
        pages.append(cur)
    npages = len(pages)

    tp = TextPdf(sorted(set(fonts) | {"hei"}), **(meta or {}))
    tp.char_mode = o["chars"]
    for pi, chunk in enumerate(pages):
        orient = o["orient"]
        fmt = "A4"
        if o["mixed"] and pi > 0:
            orient, fmt = rng.choice([("L", "A4"), ("P", "Letter"), ("P", "A4")])
        tp.add_page(orient, fmt)
        W, H, M = tp.w, tp.h, o["margin"]
        tw = W - 2 * M
        if o["watermark"] and o["wm_first"]:
            tp.watermark(o["watermark"])
        if o["chrome"]:
            c = o["chrome"]
            tp.text(18, 16, c["stamp"], "hei", 7, (60, 60, 60))
            tp.text(W / 2, 16, c["title"], "hei", 7, (60, 60, 60), align="c")
            tp.text(18, H - 12, c["url"], "hei", 7, (60, 60, 60))
            tp.text(W - 18, H - 12, f"{pi + 1}/{npages}", "hei", 7, (60, 60, 60), align="r")
        y = header_fn(tp, pi, W, H, M) if (pi == 0) else M + 10 + (12 if o["chrome"] else 0)
        xs = [M]
        for _, frac, _ in cols:
            xs.append(xs[-1] + frac * tw)
        if pi == 0 or o["repeat"]:
            hh = lh * 2 + 4
            if o["head_fill"]:
                tp.rect(M, y, tw, hh, style="F", fill=o["head_fill"])
            for ci, (title, frac, align) in enumerate(cols):
                tl = tp.wrap(title, o["hfont"], size, frac * tw - 4)
                ty = y + (hh - len(tl) * lh) / 2 + size
                for k, t in enumerate(tl):
                    tp.text((xs[ci] + xs[ci + 1]) / 2, ty + k * lh, t, o["hfont"], size, align="c", col=ci if o["order"] == "col" else None)
            if o["grid"] in ("lines", "zebra"):
                tp.line(M, y, M + tw, y, 0.8)
                tp.line(M, y + hh, M + tw, y + hh, 0.6)
            elif o["grid"] == "rects":
                for ci in range(len(cols)):
                    tp.rect(xs[ci], y, xs[ci + 1] - xs[ci], hh, width=0.5)
            y += hh
        top = y
        for k, (ri, a, b) in enumerate(chunk):
            cells, n = laid[ri]
            rh = (b - a) * lh + 6
            if o["grid"] == "zebra" and ri % 2 == 1:
                tp.rect(M, y, tw, rh, style="F", fill=(242, 245, 250))
            for ci, (title, frac, align) in enumerate(cols):
                seg = cells[ci][a:b]
                for li, t in enumerate(seg):
                    by = y + 3 + size + li * lh
                    if align == "r":
                        tp.text(xs[ci + 1] - 4, by, t, font, size, align="r", col=ci if o["order"] == "col" else None)
                    elif align == "c":
                        tp.text((xs[ci] + xs[ci + 1]) / 2, by, t, font, size, align="c", col=ci if o["order"] == "col" else None)
                    else:
                        tp.text(xs[ci] + 3, by, t, font, size, col=ci if o["order"] == "col" else None)
            if o["grid"] == "rects":
                for ci in range(len(cols)):
                    tp.rect(xs[ci], y, xs[ci + 1] - xs[ci], rh, width=0.4)
            elif o["grid"] == "lines":
                tp.line(M, y + rh, M + tw, y + rh, 0.3)
            y += rh
        if o["grid"] == "lines":
            for x in xs:
                tp.line(x, top - (lh * 2 + 4 if (pi == 0 or o["repeat"]) else 0), x, y, 0.3)
        tp.flush()
        if footer_fn:
            footer_fn(tp, pi, npages, W, H, M, y, pi == npages - 1)
        if o["watermark"] and not o["wm_first"]:
            tp.watermark(o["watermark"])
    tp.output(path)
    return [{"size": p["size"], "items": p["items"]} for p in tp.pages]
