"""Label/value arrangements shared by the paper and web forms."""
from dataclasses import dataclass, field as _f

from .canvas import wrap, text_width
from .util import norm

A4 = (595.3, 841.9)


@dataclass
class Item:
    label: str
    text: str = ""          # what is printed ("" -> the label stands alone)
    field: str = None       # SPEC field logged
    value: object = None    # normalised value logged (defaults to text)
    extra: list = _f(default_factory=list)  # additional (field, value) pairs carried by the same text


@dataclass
class Style:
    label_font: str = "song"
    value_font: str = "song"
    title_font: str = "serif_b"
    size: float = 10.5
    label_color: tuple = (0, 0, 0)
    value_color: tuple = (0, 0, 0)
    rule_color: tuple = (0, 0, 0)
    line_gap: float = 1.5
    colon: str = "："
    shade: tuple = None


def _log(cv, it):
    if it.field:
        cv.log(it.field, it.value if it.value is not None else norm(it.text))
    for f, v in it.extra:
        cv.log(f, v)


def kv_beside(cv, x, y, w, items, st, label_w=None):
    """label: value, value wrapped under itself"""
    label_w = label_w or max(text_width(it.label + st.colon, st.label_font, st.size) for it in items) + st.size * 0.4
    lh = st.size * st.line_gap
    for it in items:
        cv.text(x, y, it.label + st.colon, st.label_font, st.size, st.label_color)
        lines = wrap(it.text, st.value_font, st.size, w - label_w) if it.text else []
        for i, ln in enumerate(lines):
            cv.text(x + label_w, y + i * lh, ln, st.value_font, st.size, st.value_color)
        _log(cv, it) if it.text else None
        y += lh * max(1, len(lines)) + st.size * 0.45
    return y


def kv_right(cv, x, y, w, items, st, sep=True, label_w=None):
    """grey label left, value right-aligned, long value wrapped onto right-aligned lines"""
    lh = st.size * st.line_gap
    label_w = label_w or w * 0.3
    for it in items:
        lines = wrap(it.text, st.value_font, st.size, w - label_w) if it.text else []
        cv.text(x, y, it.label, st.label_font, st.size, st.label_color)
        for i, ln in enumerate(lines):
            cv.text(x + w, y + i * lh, ln, st.value_font, st.size, st.value_color, anchor="r")
        if it.text:
            _log(cv, it)
        y += lh * max(1, len(lines))
        if sep:
            cv.line(x, y - lh * 0.45, x + w, y - lh * 0.45, width=0.4, color=(225, 225, 225))
        y += st.size * 0.6
    return y


def kv_below(cv, x, y, w, items, st):
    lh = st.size * st.line_gap
    for it in items:
        cv.text(x, y, it.label, st.label_font, st.size * 0.85, st.label_color)
        y += lh
        lines = wrap(it.text, st.value_font, st.size, w) if it.text else []
        for i, ln in enumerate(lines):
            cv.text(x, y + i * lh, ln, st.value_font, st.size, st.value_color)
        if it.text:
            _log(cv, it)
        y += lh * max(1, len(lines)) + st.size * 0.5
    return y


def kv_grid(cv, x, y, w, items, st, pairs_per_row=2, rules=True, label_frac=None, spans=None, pad=None):
    """a table of label|value cells.  pairs_per_row 1 -> 2 columns, 2 -> 4 columns.
    spans: set of item indexes that take a full row."""
    spans = spans or set()
    lh = st.size * st.line_gap
    pad = pad if pad is not None else st.size * 0.45
    n = pairs_per_row
    cell_w = w / n
    lab_w = cell_w * (label_frac or (0.36 if n == 2 else 0.25))
    rows = []
    cur = []
    for i, it in enumerate(items):
        if i in spans:
            if cur:
                rows.append(cur)
                cur = []
            rows.append([it])
            continue
        cur.append(it)
        if len(cur) == n:
            rows.append(cur)
            cur = []
    if cur:
        rows.append(cur)
    y0 = y
    for row in rows:
        full = len(row) == 1 and n > 1 and items.index(row[0]) in spans
        hts = []
        layouts = []
        for j, it in enumerate(row):
            cx = x + j * cell_w
            vw = (w if full else cell_w) - lab_w - 2 * pad
            lines = wrap(it.text, st.value_font, st.size, vw) if it.text else []
            llines = wrap(it.label, st.label_font, st.size, lab_w - 2 * pad)
            layouts.append((cx, lines, llines))
            hts.append(max(len(lines), len(llines), 1) * lh + pad * 1.2)
        rh = max(hts)
        for j, it in enumerate(row):
            cx, lines, llines = layouts[j]
            if st.shade:
                cv.rect(cx, y, cx + lab_w, y + rh, fill=st.shade)
            for k, ll in enumerate(llines):
                cv.text(cx + pad, y + pad + st.size * 0.95 + k * lh, ll, st.label_font, st.size, st.label_color)
            for k, ln in enumerate(lines):
                cv.text(cx + lab_w + pad, y + pad + st.size * 0.95 + k * lh, ln, st.value_font, st.size, st.value_color)
            if it.text:
                _log(cv, it)
            if rules:
                cv.line(cx + lab_w, y, cx + lab_w, y + rh, width=0.5, color=st.rule_color)
                if j > 0:
                    cv.line(cx, y, cx, y + rh, width=0.5, color=st.rule_color)
        if rules:
            cv.line(x, y, x + w, y, width=0.5, color=st.rule_color)
        y += rh
    if rules:
        cv.line(x, y, x + w, y, width=0.5, color=st.rule_color)
        cv.line(x, y0, x, y, width=0.5, color=st.rule_color)
        cv.line(x + w, y0, x + w, y, width=0.5, color=st.rule_color)
    return y


def table(cv, x, y, col_w, header, rows, st, rules=True, header_fill=None, row_h=None, wrap_cols=(),
          align=None, hdr_font=None, max_y=None):
    """rows: list of (cells, row_log) where cells are strings and row_log a dict logged via cv.row (or None).
    returns (y_end, index_of_first_row_not_drawn)"""
    lh = st.size * 1.3
    pad = st.size * 0.35
    align = align or ["l"] * len(col_w)
    xs = [x]
    for cw in col_w:
        xs.append(xs[-1] + cw)

    def draw_row(cells, font, fill=None):
        nonlocal y
        lines = []
        for j, c in enumerate(cells):
            if j in wrap_cols or text_width(c, font, st.size) > col_w[j] - 2 * pad:
                lines.append(wrap(c, font, st.size, col_w[j] - 2 * pad))
            else:
                lines.append([c])
        h = max(len(l) for l in lines) * lh + pad * 1.4
        if row_h:
            h = max(h, row_h)
        if fill:
            cv.rect(xs[0], y, xs[-1], y + h, fill=fill)
        for j, ls in enumerate(lines):
            for k, ln in enumerate(ls):
                yy = y + pad + st.size * 0.95 + k * lh
                if align[j] == "r":
                    cv.text(xs[j + 1] - pad, yy, ln, font, st.size, st.value_color, anchor="r")
                elif align[j] == "m":
                    cv.text((xs[j] + xs[j + 1]) / 2, yy, ln, font, st.size, st.value_color, anchor="m")
                else:
                    cv.text(xs[j] + pad, yy, ln, font, st.size, st.value_color)
        if rules:
            cv.line(xs[0], y, xs[-1], y, width=0.5, color=st.rule_color)
            for xx in xs:
                cv.line(xx, y, xx, y + h, width=0.5, color=st.rule_color)
        y += h
        return h

    if header:
        draw_row(header, hdr_font or st.label_font, header_fill)
    done = 0
    for cells, rlog in rows:
        if max_y is not None and y + lh * 2 > max_y:
            break
        draw_row(cells, st.value_font)
        if rlog is not None:
            cv.row(rlog)
        done += 1
    if rules:
        cv.line(xs[0], y, xs[-1], y, width=0.5, color=st.rule_color)
    return y, done


def paragraph(cv, x, y, w, text, font, size, color=(0, 0, 0), gap=1.6, indent=2):
    lines = wrap("\u3000" * indent + text, font, size, w)
    for ln in lines:
        cv.text(x, y, ln, font, size, color)
        y += size * gap
    return y
