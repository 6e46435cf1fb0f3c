"""社保缴费记录 as printed from 一网通办 / 随申办, browser print-to-PDF, and the app's card list."""
from .tablepdf import draw_table_pdf
from .page import Page
from .draw_tax import status_bar, split_screens, _cdt


def _m(mk, style):
    y, m = mk[:4], mk[5:7]
    return {0: f"{y}-{m}", 1: f"{y}{m}", 2: f"{y}年{m}月"}[style]


def si_pdf(doc, rng, path, browser=False):
    f, rows, meta = doc["fields"], doc["rows"], doc["meta"]
    mstyle = rng.choice([0, 1, 2])
    backstyle = rng.choice(["type_col", "note_col", "section"])
    regular = [r for r in rows if not r["back_payment"]]
    back = [r for r in rows if r["back_payment"]]
    desc = rng.random() < 0.4
    seq = sorted(rows if backstyle != "section" else regular, key=lambda r: r["month"], reverse=desc)
    body = []
    for r in seq:
        b = float(r["base"])
        line = [_m(r["month"], mstyle), r["employer"], f"{b:.2f}", f"{b * 0.08:.2f}", f"{b * 0.02:.2f}", f"{b * 0.005:.2f}"]
        if backstyle == "type_col":
            line.append("补缴" if r["back_payment"] else "正常")
        elif backstyle == "note_col":
            line.append("补缴" if r["back_payment"] else "")
        else:
            line.append("正常应缴")
        body.append(line)
    last_title = {"type_col": "缴费类型", "note_col": "备注", "section": "缴费状态"}[backstyle]
    cols = [("缴费年月" if rng.random() < 0.6 else "费款所属期", .12, "c"), ("单位名称" if rng.random() < 0.6 else "缴费单位", .33, "l"),
            ("缴费基数", .11, "r"), ("养老保险(个人)", .11, "r"), ("医疗保险(个人)", .11, "r"), ("失业保险(个人)", .11, "r"),
            (last_title, .11, "c")]
    if backstyle == "section" and back:
        body.append(["", "以下为补缴记录", "", "", "", "", ""])
        for r in sorted(back, key=lambda r: r["month"]):
            b = float(r["base"])
            body.append([_m(r["month"], mstyle), r["employer"], f"{b:.2f}", f"{b * 0.08:.2f}", f"{b * 0.02:.2f}", f"{b * 0.005:.2f}", "补缴"])
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（职工）", "社会保险个人缴费明细"])
    hfont = rng.choice(["hei", "zenhei", "song"])
    printed = meta["print_date"]
    cardno = "".join(str(rng.randint(0, 9)) for _ in range(10))

    def header(tp, pi, W, H, M):
        y0 = M + (14 if browser else 0)
        tp.text(W / 2, y0 + 22, title, hfont, 15, align="c")
        y = y0 + 52
        if rng.random() < 0.5 or True:
            tp.text(M, y, f"姓名：{f['name']}", "song", 9.5)
            tp.text(M + 150, y, f"证件号码：{f['id_number']}", "song", 9.5)
            tp.text(W - M, y, f"查询日期：{printed}", "song", 9.5, align="r")
            y += 16
            tp.text(M, y, f"社保卡号：{cardno}", "song", 9.5)
            tp.text(M + 150, y, "险种：养老、医疗、失业（个人缴纳部分）", "song", 9.5)
        return y + 12

    def footer(tp, pi, n, W, H, M, y, last):
        if not browser:
            tp.text(W / 2, H - 24, f"第 {pi + 1} 页，共 {n} 页", "song", 8, align="c")
        if last:
            tp.text(M, y + 18, "注：缴费类型为“补缴”的记录为补缴的历史月份；本页信息仅供参考，以社保经办机构记录为准。", "song", 7.5)

    chrome = None
    if browser:
        chrome = {"stamp": f"{printed.replace('-', '/')} {rng.randint(8, 22)}:{rng.randint(0, 59):02d}",
                  "title": rng.choice(["上海市社会保险个人缴费查询 - 一网通办", "个人社保缴费明细 - 上海一网通办"]),
                  "url": rng.choice(["https://zwdt.sh.gov.cn/govPortals/bsfw/item/shbx/jfcx?type=1",
                                     "https://ybj.sh.gov.cn/wsbs/grjfcx/index.html#/result"])}
    orient = rng.choice(["P", "P", "L"])
    opts = {"orient": orient, "grid": rng.choice(["lines", "rects", "none", "zebra"]), "repeat": rng.random() < 0.6,
            "order": rng.choice(["row", "row", "col"]), "chars": rng.random() < 0.2,
            "watermark": rng.choice([None, None, "仅供查询使用", "仅供居住证积分使用，他用无效"]),
            "mixed": (not browser) and orient == "P" and rng.random() < 0.3,
            "per_page": rng.randint(12, 40), "split": False, "font": rng.choice(["song", "hei", "zenhei", "uming"]),
            "size": 8.5, "hfont": hfont, "chrome": chrome, "head_fill": (235, 240, 246) if rng.random() < 0.5 else None}
    pages = draw_table_pdf(path, rng, cols, body, header, footer, opts, fonts=(opts["font"], "song", hfont),
                           meta={"title": chrome["title"] if chrome else title, "creation_date": _cdt(printed),
                                 "producer": "Skia/PDF m120" if browser else rng.choice(["iText 2.1.7", "FastReport"])})
    return pages, {"layout": "browser_print" if browser else "ywtb_table", "month_style": mstyle, "back_style": backstyle,
                   **{k: v for k, v in opts.items() if k not in ("font", "chrome", "head_fill")}}


def si_app(doc, rng, dark=False):
    f, rows = doc["fields"], doc["rows"]
    bg, card, fg, grey, ok, warn = ((16, 16, 18), (34, 34, 38), (230, 230, 230), (150, 150, 155), (90, 200, 130), (255, 170, 60)) if dark else \
        ((242, 244, 248), (255, 255, 255), (30, 30, 30), (128, 128, 134), (20, 150, 80), (230, 120, 20))
    rs = sorted(rows, key=lambda r: (r["month"], r["back_payment"]), reverse=True)
    H = 700 + 360 * len(rs) + 300
    p = Page(1080, H, bg)
    status_bar(p, rng, dark, "社保缴费明细", fg)
    p.rect((40, 250, 1040, 600), fill=(40, 110, 220) if not dark else (30, 70, 150), outline=None, radius=30)
    p.text((90, 290), f["name"], "sansb", 56, (255, 255, 255))
    p.text((90, 380), f"证件号码 {f['id_number']}", "sans", 34, (225, 235, 255))
    p.text((90, 440), "上海市社会保险 · 职工", "sans", 32, (225, 235, 255))
    p.text((90, 500), f"累计缴费月数 {len([r for r in rows if not r['back_payment']])}", "sans", 32, (225, 235, 255))
    y = 650
    for r in rs:
        p.rect((40, y, 1040, y + 330), fill=card, outline=card, radius=24)
        p.text((80, y + 28), f"{r['month'][:4]}年{r['month'][5:]}月", "sansb", 40, fg)
        st = "补缴" if r["back_payment"] else "已缴费"
        p.text((1000, y + 32), st, "sans", 32, warn if r["back_payment"] else ok, anchor="ra")
        p.text((80, y + 105), "缴费单位", "sans", 32, grey)
        lines = p.wrap(r["employer"], "sans", 32, 620)
        for k, ln in enumerate(lines):
            p.text((1000, y + 105 + k * 44), ln, "sans", 32, fg, anchor="ra")
        yy = y + 105 + 44 * len(lines) + 12
        p.text((80, yy), "缴费基数", "sans", 32, grey)
        b = float(r["base"])
        p.text((1000, yy), f"{b:,.2f}", "sans", 32, fg, anchor="ra")
        p.text((80, yy + 54), "个人缴纳", "sans", 30, grey)
        p.text((1000, yy + 54), f"{b * 0.105:,.2f}", "sans", 30, grey, anchor="ra")
        y += 360
    p.img = p.img.crop((0, 0, 1080, y + 40))
    oldH, p.h = H, y + 40
    for it in p.items:
        it["bbox"] = [it["bbox"][0], it["bbox"][1] * oldH / p.h, it["bbox"][2], it["bbox"][3] * oldH / p.h]
    if rng.random() < 0.5:
        return [p], {"layout": "app_long", "dark": dark}
    return split_screens(p, rng, True, dark, fg), {"layout": "app_screens", "dark": dark}
