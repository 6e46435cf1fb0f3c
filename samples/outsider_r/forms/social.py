"""社保缴费记录: 上海市社会保险个人缴费情况 (table, type column or 备注), 个人权益记录 (separate 补缴 section),
month ranges in one row, and the app screenshot list."""
from ..canvas import Canvas, wrap, CJK_PDF_FONTS
from ..elements import seal, qr_image, nav_bar
from ..layout import A4, Style, table
from ..util import fmt_date, fmt_month, iso, norm, ym, money, month_range
from .web import phone_screen, app_card, home_indicator

W, H = A4


def _log(r):
    return {"month": ym(r["month"]), "employer": norm(r["employer"]), "base": money(r["base"]),
            "back_payment": bool(r["back"])}


def _header(cv, d, rng, f, size, y, title):
    m = 40
    cv.text(W / 2, y, title, f, 15, anchor="m")
    y += 26
    idv = d.get("id_masked") or d["id_number"]
    items = [("姓名：", d["name"], "name", d["name"]), ("证件号码：", idv, "id_number", idv),
             ("打印日期：", fmt_date(d["print_date"], rng.choice(["iso", "cn"])), None, None)]
    if rng.random() < 0.5:
        x = m
        for a, b, fl, v in items:
            w = cv.text(x, y, a, f, size + 1)
            w2 = cv.text(x + w, y, b, f, size + 1, field=fl, value=v)
            x += w + w2 + 24
    else:
        for a, b, fl, v in items:
            w = cv.text(m, y, a, f, size + 1)
            cv.text(m + w, y, b, f, size + 1, field=fl, value=v)
            y += size * 2
        y -= size * 2
    return y + size * 2.4


def _group_ranges(rows):
    """merge consecutive months with same employer/base/back into ranges"""
    out = []
    for r in sorted(rows, key=lambda r: r["month"]):
        if out and out[-1]["employer"] == r["employer"] and out[-1]["base"] == r["base"] and out[-1]["back"] == r["back"] \
                and (out[-1]["to"].year * 12 + out[-1]["to"].month + 1) == r["month"].year * 12 + r["month"].month:
            out[-1]["to"] = r["month"]
            out[-1]["rows"].append(r)
        else:
            out.append(dict(r, **{"from": r["month"], "to": r["month"], "rows": [r]}))
    return out


def payment_table(d, rng, pdf=True, variant=None):
    """variant: 'type' (缴费类型 column), 'remark' (补缴 in 备注), 'ranges' (month ranges), 'section' (separate 补缴 section)"""
    variant = variant or rng.choice(["type", "remark", "ranges", "section"])
    f = rng.choice(CJK_PDF_FONTS if pdf else CJK_PDF_FONTS + ["sans", "serif"])
    size = rng.uniform(7.8, 9)
    m = 40
    rules = rng.random() < 0.7
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录", "城镇职工基本养老保险个人缴费情况",
                        "上海市社会保险缴费记录（个人）"])
    month_lbl = rng.choice(["缴费年月", "费款所属期", "缴费月份"])
    unit_lbl = rng.choice(["单位名称", "缴费单位"])
    mstyle = rng.choice(["iso", "compact", "cn"])
    st = Style(label_font=f, value_font=f, size=size, rule_color=(0, 0, 0) if rules else (255, 255, 255))
    rows = sorted(d["rows"], key=lambda r: r["month"])
    regular = [r for r in rows if not r["back"]]
    backs = [r for r in rows if r["back"]]

    def amounts(r):
        b = r["base"]
        return [money(b * 0.08), money(b * 0.02), money(b * 0.005)]

    if variant == "ranges":
        header = [month_lbl, unit_lbl, "缴费基数", "养老(个人)", "医疗(个人)", "失业(个人)", "缴费类型"]
        cw = [96, 150, 56, 50, 50, 50, 44]
        body = []
        for g in _group_ranges(rows):
            mt = fmt_month(g["from"], mstyle) if g["from"] == g["to"] else fmt_month(g["from"], mstyle) + "至" + fmt_month(g["to"], mstyle)
            body.append(([mt, g["employer_display"], money(g["base"])] + amounts(g) + ["补缴" if g["back"] else "正常"],
                         [_log(r) for r in g["rows"]]))
    elif variant in ("type", "remark"):
        if variant == "type":
            header = [month_lbl, unit_lbl, "缴费基数", "养老(个人)", "医疗(个人)", "失业(个人)", "缴费类型"]
            cw = [56, 170, 60, 54, 54, 54, 48]
        else:
            header = [month_lbl, unit_lbl, "缴费基数", "养老(个人)", "医疗(个人)", "失业(个人)", "备注"]
            cw = [56, 170, 60, 54, 54, 54, 48]
        body = []
        for r in rows:
            last = ("补缴" if r["back"] else "正常") if variant == "type" else ("补缴" if r["back"] else "")
            body.append(([fmt_month(r["month"], mstyle), r["employer_display"], money(r["base"])] + amounts(r) + [last], [_log(r)]))
    else:  # section
        header = [month_lbl, unit_lbl, "缴费基数", "养老(个人)", "医疗(个人)", "失业(个人)"]
        cw = [60, 190, 64, 58, 58, 58]
        body = [([fmt_month(r["month"], mstyle), r["employer_display"], money(r["base"])] + amounts(r), [_log(r)]) for r in regular]
    k = (W - 2 * m) / sum(cw)
    cw = [c * k for c in cw]
    pages = []
    i = 0
    first = True
    body_rows = [(c, None) for c, _ in body]
    logs = [lg for _, lg in body]
    while True:
        cv = Canvas(W, H)
        y = 60
        if first:
            y = _header(cv, d, rng, f, size, y, title)
            if variant == "section" or rng.random() < 0.4:
                cv.text(m, y, "累计缴费月数：%d 个月    其中补缴：%d 个月" % (len(rows), len(backs)), f, size + 0.5)
                y += size * 2.2
            first = False
        y, done = table(cv, m, y, cw, header, body_rows[i:], st, rules=rules, max_y=H - 90,
                        header_fill=(230, 236, 242) if rules and rng.random() < 0.5 else None,
                        align=["l", "l", "r", "r", "r", "r", "m"])
        for lg in logs[i:i + done]:
            for r in lg:
                cv.row(r)
        i += done
        pages.append(cv)
        if i >= len(body_rows):
            break
        if done == 0:
            raise RuntimeError("si table")
    cv = pages[-1]
    if variant == "section" and backs:
        if y > H - 160:
            cv = Canvas(W, H)
            pages.append(cv)
            y = 60
        y += 22
        cv.text(m, y, "补缴明细", f, size + 2)
        y += 8
        hb = [month_lbl, unit_lbl, "缴费基数", "补缴日期"]
        cwb = [80, 230, 80, W - 2 * m - 390]
        yb, _ = table(cv, m, y, cwb, hb, [([fmt_month(r["month"], mstyle), r["employer_display"], money(r["base"]),
                                             fmt_date(r.get("paid_on", d["print_date"]), "iso")], None) for r in backs], st, rules=rules)
        for r in backs:
            cv.row(_log(r))
        y = yb
    cv.text(m, min(H - 60, y + 30), "注：本记录仅供参考，以社保经办机构核定为准。", f, size, (80, 80, 80))
    if rng.random() < 0.6:
        seal(cv, W - 130, min(H - 100, y + 40), 44, "上海市社会保险事业管理中心", "业务专用章", rng=rng, alpha=0.8)
    for n, p in enumerate(pages):
        p.text(W - m, H - 26, "第 %d 页 共 %d 页" % (n + 1, len(pages)), f, 8, (80, 80, 80), anchor="r")
    return pages


def app_list(d, rng, dark=False, long=None):
    """随申办 社保缴费记录 list: one long screenshot or several screens"""
    from .web import PHONES
    rows = sorted(d["rows"], key=lambda r: r["month"], reverse=True)
    long = rng.random() < 0.5 if long is None else long
    size = rng.choice(PHONES)
    Wd = size[0]
    s = Wd * 0.036
    row_h = Wd * 0.25
    head_h = Wd * 0.09 + Wd * 0.12 + Wd * 0.31
    if long:
        chunks, factors = [rows], [max(1.0, (head_h + row_h * len(rows) + Wd * 0.1) / size[1])]
    else:
        per_first = int((size[1] - head_h - Wd * 0.08) // row_h)
        per = int((size[1] - Wd * 0.21 - Wd * 0.08) // row_h)
        chunks, rest = [rows[:per_first]], rows[per_first:]
        while rest:
            chunks.append(rest[:per])
            rest = rest[per:]
        factors = [1.0] * len(chunks)
    title = rng.choice(["社保缴费记录", "个人缴费明细", "养老保险缴费记录"])
    fg = (235, 235, 235) if dark else (25, 25, 25)
    grey = (150, 150, 155) if dark else (128, 128, 134)
    cf = rng.choice(["sans", "microhei"])
    out = []
    for ci, (chunk, fac) in enumerate(zip(chunks, factors)):
        cv, sh = phone_screen(rng, dark=dark, long_factor=fac, size=size)
        y = nav_bar(cv, sh, title, dark=dark)
        if ci == 0:
            app_card(cv, Wd * 0.04, y + Wd * 0.03, Wd * 0.92, Wd * 0.24, dark=dark)
            cv.text(Wd * 0.08, y + Wd * 0.11, d["name"], "sans_b", s * 1.2, fg, field="name")
            idv = d.get("id_masked") or d["id_number"]
            cv.text(Wd * 0.08, y + Wd * 0.19, idv, "dejavu", s * 0.85, grey, field="id_number", value=idv)
            y += Wd * 0.31
        else:
            y += Wd * 0.03
        for r in chunk:
            ch = Wd * 0.22
            app_card(cv, Wd * 0.04, y, Wd * 0.92, ch, dark=dark)
            cv.text(Wd * 0.08, y + s * 1.9, fmt_month(r["month"], "cn"), "sans_b", s * 1.05, fg)
            tag, tc = ("补缴", (220, 120, 40)) if r["back"] else ("已缴费", (60, 150, 90))
            cv.text(Wd * 0.92, y + s * 1.9, tag, cf, s * 0.9, tc, anchor="r")
            lines = wrap(r["employer_display"], cf, s * 0.9, Wd * 0.8)
            cv.text(Wd * 0.08, y + s * 3.5, lines[0], cf, s * 0.9, grey)
            if len(lines) > 1:
                cv.text(Wd * 0.08, y + s * 4.8, "".join(lines[1:]), cf, s * 0.9, grey)
            cv.text(Wd * 0.08, y + ch - s * 0.9, "缴费基数", cf, s * 0.9, grey)
            cv.text(Wd * 0.92, y + ch - s * 0.9, money(r["base"]), cf, s * 0.95, fg, anchor="r")
            cv.row(_log(r))
            y += ch + Wd * 0.03
        home_indicator(cv, dark)
        out.append(cv)
    return out
