import datetime as dt
from types import SimpleNamespace as NS

from .. import data as D
from ..sheet import Sheet, text_width, wrap

INK = (20, 20, 20)
GREY = (120, 120, 120)
BLUE_INK = (25, 45, 120)
HAND_FONTS = ["kai", "kaim", "lxgw", "lxgw_l"]
TYPE_FONTS = ["sans", "serif", "song", "ming", "zenhei", "microhei", "lxgw"]


def Doc(type_, layout, pages, fields, rows=None, attributes=None):
    return NS(type=type_, layout=layout, pages=pages, fields=fields, rows=rows or [], attributes=attributes or {})


def Page(sheet, phys="a4", pdf_ok=False, note=""):
    return NS(sheet=sheet, phys=phys, pdf_ok=pdf_ok, note=note)


def a4(bg=(255, 255, 255)):
    return Sheet(210, 297, bg)


def fmt(d, style="cn", rng=None):
    if d == "long_term":
        return "长期"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.strftime("%Y-%m-%d")
    if style == "slash":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "cnnum":
        return D.cn_date(d)
    if style == "sp":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    raise ValueError(style)


def nd(d):
    return "long_term" if d == "long_term" else D.iso(d)


def show(rng, s, fw_prob=0.0):
    """maybe print digits / brackets full-width (normalised away in the truth)"""
    if rng.random() < fw_prob:
        return D.fullwidth(s)
    if rng.random() < fw_prob:
        return s.replace("(", "（").replace(")", "）")
    return s


def kv(sh, rng, items, x0, y0, width, style, lf="sans", vf="sans", size=4.0, lcol=GREY, vcol=INK, lead=2.2,
       colon=True, ruled=False, label_w=None):
    """Draw label/value pairs. style: beside | right | below | grid2 | grid4. Returns y after block."""
    y = y0
    c = "：" if colon else ""
    if style in ("beside", "right", "below"):
        lw = label_w or max(text_width(k + c, lf, size) for k, _ in items) + 3
        for k, v in items:
            if style == "below":
                sh.text(x0, y, k + c, lf, size * 0.85, lcol)
                y += size * 1.5
                for ln in wrap(v, width, vf, size):
                    sh.text(x0 + 2, y, ln, vf, size, vcol)
                    y += size * 1.45
                y += size * 0.9
                if ruled:
                    sh.line(x0, y - size * 1.1, x0 + width, y - size * 1.1, 0.2, (200, 200, 200))
                continue
            avail = width - lw
            lines = wrap(v, avail, vf, size) or [""]
            sh.text(x0, y, k + c, lf, size, lcol)
            for i, ln in enumerate(lines):
                if style == "right":
                    sh.text(x0 + width, y + i * size * 1.45, ln, vf, size, vcol, anchor="r")
                else:
                    sh.text(x0 + lw, y + i * size * 1.45, ln, vf, size, vcol)
            y += size * 1.45 * (len(lines) - 1) + size * lead
            if ruled:
                sh.line(x0, y - size * 1.35, x0 + width, y - size * 1.35, 0.2, (190, 190, 190))
        return y
    if style in ("grid2", "grid4"):
        ncol = 2 if style == "grid2" else 4
        lw = label_w or (width * (0.3 if ncol == 2 else 0.17))
        cw = width / (ncol // 2)
        rows, cur = [], []
        for k, v in items:
            long = len(v) > (14 if ncol == 4 else 30) or k.endswith("地址") or "住址" in k
            if long and ncol == 4:
                if cur:
                    rows.append(cur)
                    cur = []
                rows.append([(k, v, True)])
                continue
            cur.append((k, v, False))
            if len(cur) == ncol // 2:
                rows.append(cur)
                cur = []
        if cur:
            rows.append(cur)
        for row in rows:
            full = row[0][2]
            vw = (width - lw - 3) if full else (cw - lw - 3)
            nlines = max(len(wrap(v, vw, vf, size)) for k, v, _ in row)
            h = max(size * 2.4, nlines * size * 1.4 + size * 1.0)
            for j, (k, v, _) in enumerate(row):
                xx = x0 + j * cw
                sh.rect(xx, y, xx + lw, y + h, (90, 90, 90), (238, 241, 246) if ruled else None, 0.25)
                sh.rect(xx + lw, y, (x0 + width) if full else xx + cw, y + h, (90, 90, 90), None, 0.25)
                sh.text(xx + lw / 2, y + h / 2 + size * 0.35, k, lf, size * 0.92, lcol, anchor="m")
                ls = wrap(v, vw, vf, size)
                ty = y + h / 2 + size * 0.35 - (len(ls) - 1) * size * 0.7
                for i, ln in enumerate(ls):
                    sh.text(xx + lw + 2, ty + i * size * 1.4, ln, vf, size, vcol)
            y += h
        return y
    raise ValueError(style)
