"""个人所得税纳税记录 in the forms the tax app / 自然人电子税务局 produce."""
import datetime as dt
import calendar
from .tablepdf import draw_table_pdf
from .page import Page, seal, qr_placeholder
from .cal import D


def _period_text(mk, style):
    y, m = int(mk[:4]), int(mk[5:7])
    last = calendar.monthrange(y, m)[1]
    if style == 0:
        return f"{y}-{m:02d}-01至{y}-{m:02d}-{last}"
    if style == 1:
        return f"{y}.{m:02d}.01-{y}.{m:02d}.{last}"
    if style == 2:
        return f"{y}年{m:02d}月"
    return f"{y}-{m:02d}"


def _decl_date(mk, rng):
    y, m = int(mk[:4]), int(mk[5:7])
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return D(ny, nm, rng.randint(3, 15))


def _cdt(iso, printed=None):
    t = dt.time(int(printed[11:13]), int(printed[14:16]), int(printed[17:19])) if printed else dt.time(10, 30)
    return dt.datetime.combine(D.fromisoformat(iso), t, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def _cn_date(iso):
    d = D.fromisoformat(iso)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def nat_pdf(doc, rng, path, force_plain=False):
    f, rows, meta = doc["fields"], doc["rows"], doc["meta"]
    pstyle = rng.choice([0, 0, 1, 2])
    agent_style = rng.choice(["name", "code_name", "name_code"])
    body = []
    for r in sorted(rows, key=lambda r: (r["period"], r["item"])):
        dd = _decl_date(r["period"], rng)
        agent = r["withholding_agent"]
        code = meta["credit"].get(agent, "")
        note = {"name": f"扣缴义务人：{agent}", "code_name": f"扣缴义务人：{code} {agent}",
                "name_code": f"扣缴义务人：{agent}（{code}）"}[agent_style]
        if r.get("note"):
            note = r["note"] + "；" + note
        body.append([dd.isoformat(), r["amount"], (dd + dt.timedelta(days=rng.randint(0, 2))).isoformat(), r["item"],
                     _period_text(r["period"], pstyle), meta["tax_office"], note])
    orient = "P" if force_plain else rng.choice(["P", "P", "L"])
    cols = [("申报日期", .11, "c"), ("实缴(退)金额", .10, "r"), ("入(退)库日期", .11, "c"), ("所得项目", .12, "l"),
            ("税款所属期", .15, "c"), ("入库税务机关", .17, "l"), ("备注", .24, "l")]
    no = "".join(str(rng.randint(0, 9)) for _ in range(18))
    vcode = " ".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(4))
    printed = f"{f['issue_date']} {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    hfont = rng.choice(["hei", "song", "zenhei"])
    sep = rng.choice(["至", "-"])

    def header(tp, pi, W, H, M):
        tp.text(W / 2, M + 22, "中华人民共和国", hfont, 15, align="c")
        tp.text(W / 2, M + 44, "个人所得税纳税记录", hfont, 17, align="c")
        tp.text(W / 2, M + 62, "（原《税收完税证明》）", "song", 10, align="c")
        tp.text(W - M, M + 80, f"No.{no}", "song", 9, align="r")
        y = M + 98
        tp.text(M, y, f"税务机关：{meta['tax_office']}", "song", 9)
        tp.text(W / 2 + 20, y, f"开具日期：{_cn_date(f['issue_date'])}", "song", 9)
        y += 16
        tp.text(M, y, f"纳税人名称：{f['name']}", "song", 9)
        tp.text(W / 2 + 20, y, f"纳税人识别号：{f['id_number']}", "song", 9)
        y += 16
        s, e = meta["start"], meta["end"]
        ey, em = int(e[:4]), int(e[5:7])
        tp.text(M, y, f"记录期间：{s[:4]}年{s[5:]}月01日{sep}{ey}年{em:02d}月{calendar.monthrange(ey, em)[1]}日", "song", 9)
        tp.text(W - M, y, "金额单位：人民币元", "song", 9, align="r")
        return y + 10

    total = sum(float(r["amount"]) for r in rows)

    def footer(tp, pi, n, W, H, M, y, last):
        if last:
            tp.text(M, y + 18, f"金额合计（小写）：{total:,.2f}元", "song", 9)
            tp.text(M, y + 34, "说明：1.本记录涉及纳税人敏感信息，请妥善保管。2.本记录仅证明纳税人在记录期间已缴纳的个人所得税情况。", "song", 7.5)
            tp.text(M, y + 48, "3.纳税人可通过个人所得税App或自然人电子税务局网页端对本记录进行验证。", "song", 7.5)
        tp.text(M, H - 26, f"查询验证码：{vcode}", "song", 8)
        tp.text(W / 2, H - 26, f"第{pi + 1}页/共{n}页", "song", 8, align="c")
        tp.text(W - M, H - 26, f"打印时间：{printed}", "song", 8, align="r")

    opts = {"orient": orient, "grid": "lines" if force_plain else rng.choice(["lines", "rects", "none", "zebra"]),
            "repeat": force_plain or rng.random() < 0.6, "order": "row" if force_plain else rng.choice(["row", "row", "col"]),
            "chars": (not force_plain) and rng.random() < 0.25,
            "watermark": None if force_plain or rng.random() < 0.6 else rng.choice(["仅供查询使用", "个人所得税纳税记录 仅供参考"]),
            "mixed": (not force_plain) and orient == "P" and rng.random() < 0.4,
            "per_page": rng.randint(10, 30) if orient == "P" else rng.randint(7, 20), "split": (not force_plain) and rng.random() < 0.5,
            "font": rng.choice(["song", "hei", "zenhei", "uming"]), "size": rng.choice([8, 8.5, 9]), "hfont": hfont}
    pages = draw_table_pdf(path, rng, cols, body, header, footer, opts, fonts=(opts["font"], "song", hfont),
                           meta={"title": "个人所得税纳税记录", "creation_date": _cdt(f["issue_date"], printed), "producer": rng.choice(["iText 5.5.13", "Skia/PDF m120", "PDFsharp 1.50"])})
    return pages, {"layout": "nat_record", **{k: v for k, v in opts.items() if k != "font"}}


def detail_pdf(doc, rng, path):
    f, rows, meta = doc["fields"], doc["rows"], doc["meta"]
    pstyle = rng.choice([0, 2, 3])
    money = rng.choice(["plain", "comma"])
    body = []
    for k, r in enumerate(sorted(rows, key=lambda r: (r["period"], r["item"]), reverse=rng.random() < 0.5)):
        inc = float(r["amount"]) * rng.uniform(6, 12) + rng.uniform(5000, 9000) if r["item"] == "工资薪金所得" else float(r["amount"]) * 5
        fm = (lambda v: f"{v:,.2f}") if money == "comma" else (lambda v: f"{v:.2f}")
        body.append([str(k + 1), r["item"] + ("（更正）" if r.get("note") else ""), _period_text(r["period"], pstyle),
                     r["withholding_agent"], fm(inc), fm(float(r["amount"]))])
    orient = rng.choice(["L", "L", "P"])
    cols = [("序号", .06, "c"), ("所得项目", .15, "l"), ("税款所属期", .19, "c"), ("扣缴义务人", .32, "l"),
            ("收入", .13, "r"), ("已申报税额", .15, "r")]
    hfont = rng.choice(["hei", "zenhei"])

    def header(tp, pi, W, H, M):
        tp.text(W / 2, M + 24, rng.choice(["收入纳税明细", "个人所得税收入纳税明细"]), hfont, 16, align="c")
        y = M + 50
        tp.text(M, y, f"姓名：{f['name']}", "song", 9)
        tp.text(M + 170, y, f"身份证件号码：{f['id_number']}", "song", 9)
        y += 16
        tp.text(M, y, f"查询期间：{meta['start']} 至 {meta['end']}", "song", 9)
        tp.text(W - M, y, f"打印日期：{f['issue_date']}", "song", 9, align="r")
        return y + 10

    def footer(tp, pi, n, W, H, M, y, last):
        tp.text(W - M, H - 22, f"- {pi + 1} -", "song", 8, align="r")
        if last:
            tp.text(M, y + 18, "数据来源：国家税务总局个人所得税App（收入纳税明细查询）", "song", 8)

    opts = {"orient": orient, "grid": rng.choice(["lines", "rects", "zebra", "none"]), "repeat": rng.random() < 0.5,
            "order": rng.choice(["row", "col"]), "chars": rng.random() < 0.2,
            "watermark": rng.choice([None, "仅供查询使用"]), "per_page": rng.randint(10, 30), "split": rng.random() < 0.5,
            "font": rng.choice(["song", "hei"]), "size": 9, "hfont": hfont, "head_fill": (230, 236, 245),
            "mixed": False}
    pages = draw_table_pdf(path, rng, cols, body, header, footer, opts, fonts=(opts["font"], "song", hfont),
                           meta={"title": "收入纳税明细", "creation_date": _cdt(f["issue_date"])})
    return pages, {"layout": "income_detail", **{k: v for k, v in opts.items() if k not in ("font", "head_fill")}}


# ---------------- phone screenshots of the app ----------------
def status_bar(p, rng, dark, title, fg):
    p.text((60, 40), f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", "sansb", 40, fg, record=False)
    for k in range(4):
        p.rect((860 + k * 18, 70 - k * 9, 872 + k * 18, 80), fill=fg, outline=fg, width=1)
    p.rect((950, 52, 1010, 80), outline=fg, width=3, radius=6)
    p.rect((955, 57, 955 + rng.randint(15, 50), 75), fill=fg, outline=fg, width=1)
    p.text((60, 160), "‹", "sans", 70, fg, anchor="lm", record=False)
    p.text((540, 160), title, "sansb", 48, fg, anchor="mm")


def tax_app(doc, rng, dark=False, long=True):
    f, rows = doc["fields"], doc["rows"]
    bg, card, fg, grey, accent = ((18, 18, 20), (36, 36, 40), (235, 235, 235), (150, 150, 155), (80, 140, 255)) if dark else \
        ((244, 245, 247), (255, 255, 255), (25, 25, 25), (130, 130, 135), (30, 100, 230))
    by_month = {}
    for r in rows:
        by_month.setdefault(r["period"], []).append(r)
    months = sorted(by_month, reverse=True)
    cards = []
    for mk in months:
        for r in by_month[mk]:
            cards.append((mk, r))
    H = 420 + 330 * len(cards) + 100 * len(months) + 300
    p = Page(1080, H, bg)
    status_bar(p, rng, dark, "收入纳税明细", fg)
    p.rect((0, 230, 1080, 400), fill=card, outline=card)
    p.text((60, 265), f"{f['name']}", "sansb", 46, fg)
    p.text((60, 330), f"证件号码 {f['id_number']}", "sans", 34, grey)
    p.text((1020, 272), f"查询日期 {f['issue_date']}", "sans", 28, grey, anchor="ra")
    y = 430
    for mk in months:
        p.text((60, y + 20), f"{mk[:4]}年{int(mk[5:])}月", "sansb", 40, fg)
        y += 100
        for r in by_month[mk]:
            p.rect((40, y, 1040, y + 300), fill=card, outline=card, radius=24)
            p.text((80, y + 30), r["item"] + ("（更正）" if r.get("note") else ""), "sansb", 38, fg)
            p.text((1000, y + 30), "已申报", "sans", 32, accent, anchor="ra")
            p.text((80, y + 100), "扣缴义务人", "sans", 34, grey)
            ag = r["withholding_agent"]
            lines = p.wrap(ag, "sans", 34, 600)
            for k, ln in enumerate(lines):
                p.text((1000, y + 100 + k * 46), ln, "sans", 34, fg, anchor="ra")
            yy = y + 100 + 46 * len(lines) + 10
            p.text((80, yy), "已申报税额", "sans", 34, grey)
            p.text((1000, yy), f"{r['amount']}元", "sans", 34, fg, anchor="ra")
            p.text((80, yy + 56), "税款所属期", "sans", 30, grey)
            p.text((1000, yy + 56), f"{mk}", "sans", 30, grey, anchor="ra")
            y += 330
    p.img = p.img.crop((0, 0, 1080, y + 60))
    p.h = y + 60
    for it in p.items:
        it["bbox"] = [it["bbox"][0], it["bbox"][1] * H / p.h, it["bbox"][2], it["bbox"][3] * H / p.h]
    if long:
        return [p], {"layout": "app_long", "dark": dark}
    return split_screens(p, rng, status=True, dark=dark, fg=fg), {"layout": "app_screens", "dark": dark}


def split_screens(p, rng, status, dark, fg, sh=2340, overlap=260):
    """cut a long page into phone screens of 1080x2340, overlapping; status bar repeated on each"""
    out, y = [], 0
    top = p.img.crop((0, 0, 1080, 230))
    while True:
        seg_h = sh - (230 if y else 0)
        src_y0 = y
        src = p.img.crop((0, src_y0, 1080, min(p.h, src_y0 + seg_h)))
        s = Page(1080, sh, p.img.getpixel((2, 200)))  # the app background (beside the title bar)
        if y:
            s.img.paste(top, (0, 0))
            s.img.paste(src, (0, 230))
            off = 230
        else:
            s.img.paste(src, (0, 0))
            off = 0
        for it in p.items:
            yy0, yy1 = it["bbox"][1] * p.h, it["bbox"][3] * p.h
            if yy0 >= src_y0 and yy1 <= src_y0 + seg_h:
                s.items.append({"text": it["text"], "bbox": [it["bbox"][0], (yy0 - src_y0 + off) / sh, it["bbox"][2], (yy1 - src_y0 + off) / sh]})
        out.append(s)
        if src_y0 + seg_h >= p.h:
            break
        y = src_y0 + seg_h - overlap
    return out


def old_cert(doc, rng):
    f, rows, meta = doc["fields"], doc["rows"], doc["meta"]
    rows = sorted(rows, key=lambda r: r["period"])
    per = 16
    pages = []
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    no = "".join(str(rng.randint(0, 9)) for _ in range(16))
    for ci, chunk in enumerate(chunks):
        p = Page(1240, 1754)
        p.text((620, 120), "中华人民共和国", "song", 40, anchor="mm")
        p.text((620, 180), "税 收 完 税 证 明", "song", 52, anchor="mm")
        p.text((1100, 240), f"({rng.randint(151, 159)}1)沪地证 {no}", "song", 22, anchor="ra")
        p.text((100, 290), f"填发日期：{_cn_date(f['issue_date'])}", "song", 26)
        p.text((700, 290), f"税务机关：{meta['tax_office']}", "song", 22)
        x0, x1 = 80, 1160
        p.rect((x0, 330, x1, 430), width=2)
        p.line((x0, 380), (x1, 380), width=1)
        p.text((100, 342), "纳税人识别号", "song", 26)
        p.text((330, 342), f["id_number"], "song", 28)
        p.text((100, 392), "纳税人名称", "song", 26)
        p.text((330, 392), f["name"], "song", 28)
        cols = [("税种", 122), ("品目名称", 178), ("税款所属时期", 240), ("入(退)库日期", 160), ("实缴(退)金额", 150), ("扣缴义务人", 230)]
        y = 450
        xs = [x0]
        for _, w in cols:
            xs.append(xs[-1] + w)
        p.rect((x0, y, xs[-1], y + 56), width=2)
        for k, (t, w) in enumerate(cols):
            p.text(((xs[k] + xs[k + 1]) / 2, y + 28), t, "song", 22, anchor="mm")
        y += 56
        for r in chunk:
            ag = p.wrap(r["withholding_agent"], "song", 18, 220)
            rh = max(60, 26 * len(ag) + 14)
            p.rect((x0, y, xs[-1], y + rh), width=1)
            dd = _decl_date(r["period"], rng)
            vals = ["个人所得税", r["item"], _period_text(r["period"], 1), dd.isoformat(), r["amount"]]
            for k, v in enumerate(vals):
                sz = 18 if k in (1, 2) else 20
                p.text(((xs[k] + xs[k + 1]) / 2, y + rh / 2), v, "song", sz, anchor="mm")
            for k, ln in enumerate(ag):
                p.text((xs[5] + 6, y + 8 + k * 26), ln, "song", 18)
            y += rh
        for x in xs:
            p.line((x, 450), (x, y), width=1)
        if ci == len(chunks) - 1:
            p.text((100, y + 40), f"金额合计（大写）人民币 ¥{sum(float(r['amount']) for r in rows):,.2f}", "song", 24)
        p.text((100, 1620), "妥善保管  手写无效", "song", 22)
        p.text((1100, 1620), f"第{ci + 1}页 共{len(chunks)}页", "song", 22, anchor="ra")
        seal(p, 930, min(y + 140, 1480), 120, meta["tax_office"][-14:], "征税专用章")
        pages.append(p)
    return pages, {"layout": "old_certificate"}
