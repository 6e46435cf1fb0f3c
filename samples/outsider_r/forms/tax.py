"""个人所得税纳税记录 (national text PDF), 收入纳税明细 (app screenshot / PDF), 税收完税证明 (old form)."""
from ..canvas import Canvas, wrap, fit, CJK_PDF_FONTS
from ..elements import seal, qr_image
from ..layout import A4, Item, Style, table
from ..util import fmt_date, fmt_month, iso, norm, ym, month_last, money, cn_money_upper, to_fullwidth
from .web import phone_screen, app_card, home_indicator
from ..elements import nav_bar

W, H = A4


def _row_log(r):
    return {"period": ym(r["period"]), "withholding_agent": norm(r["agent"]), "amount": money(r["amount"])}


def _period_text(r, style):
    a, b = r["period"], month_last(r["period"])
    if style == "range_iso":
        return fmt_date(a, "iso") + "至" + fmt_date(b, "iso")
    if style == "range_dot":
        return fmt_date(a, "dot") + "-" + fmt_date(b, "dot")
    if style == "month":
        return fmt_month(a, "iso")
    return fmt_month(a, "cn")


def national(d, rng, pdf=True, remark=None):
    """中华人民共和国个人所得税纳税记录 (原《税收完税证明》)"""
    f = rng.choice(CJK_PDF_FONTS if pdf else CJK_PDF_FONTS + ["sans", "serif"])
    size = rng.uniform(7.6, 8.6)
    rows = d["rows"]
    r = rng.choice(["remark", "remark_id_before", "remark_id_after", "column"])
    remark = remark or r
    pstyle = rng.choice(["range_iso", "range_dot", "range_iso"])
    rules = rng.random() < 0.6
    m = 36
    if remark == "column":
        header = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "扣缴义务人", "备注"]
        cw = [56, 54, 56, 62, 70, 86, 96, 43]
    else:
        header = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
        cw = [58, 58, 58, 66, 78, 96, 111]
    k = (W - 2 * m) / sum(cw)
    cw = [c * k for c in cw]
    st = Style(label_font=f, value_font=f, size=size, rule_color=(0, 0, 0) if rules else (255, 255, 255))

    def cells(r):
        agent = r["agent_display"]
        if remark == "remark":
            rem = "扣缴义务人：" + agent
        elif remark == "remark_id_before":
            rem = "扣缴义务人：" + r["agent_uscc"] + " " + agent
        elif remark == "remark_id_after":
            rem = "扣缴义务人：" + agent + "（" + r["agent_uscc"] + "）"
        else:
            rem = ""
        c = [fmt_date(r["declared"], "iso"), money(r["amount"]), fmt_date(r["stored"], "iso"), r["item"],
             _period_text(r, pstyle), r["office"]]
        if remark == "column":
            c += [agent, rem]
        else:
            c += [rem]
        return c

    all_rows = [(cells(r), _row_log(r)) for r in rows]
    pages = []
    i = 0
    first = True
    per_page = rng.choice([None, None, 7, 9])   # some prints break the table over several pages
    while True:
        cv = Canvas(W, H)
        y = 60
        if first:
            cv.text(W / 2, y, "中华人民共和国个人所得税纳税记录", f, 16, anchor="m")
            y += 20
            cv.text(W / 2, y, "（原《税收完税证明》）", f, 10, anchor="m")
            y += 22
            cv.text(W - m, y, "No. %s" % d["record_no"], "dejavu", 8, anchor="r")
            y += 16
            lab = [("税务机关：", d["office"], None, None), ("纳税人名称：", d["name"], "name", d["name"]),
                   ("纳税人识别号：", d["id_number"], "id_number", d["id_number"]),
                   ("记录期间：", fmt_month(d["from"], "cn") + "-" + fmt_month(d["to"], "cn"), None, None),
                   ("开具日期：", fmt_date(d["issue_date"], rng.choice(["iso", "cn"])), "issue_date", iso(d["issue_date"]))]
            if rng.random() < 0.5:
                for j in range(0, len(lab), 2):
                    for jj, (a, b, fld, v) in enumerate(lab[j:j + 2]):
                        x = m + jj * (W - 2 * m) / 2
                        w = cv.text(x, y, a, f, size + 1)
                        cv.text(x + w, y, b, f, size + 1, field=fld, value=v)
                    y += size * 2.2
            else:
                for a, b, fld, v in lab:
                    w = cv.text(m, y, a, f, size + 1)
                    cv.text(m + w, y, b, f, size + 1, field=fld, value=v)
                    y += size * 2.1
            y += 4
            first = False
        else:
            y = 50
        chunk = all_rows[i:i + per_page] if per_page else all_rows[i:]
        y, done = table(cv, m, y, cw, header, chunk, st, rules=rules, header_fill=(235, 235, 235) if rules and rng.random() < 0.5 else None,
                        wrap_cols=(4, 5, 6, 7) if rng.random() < 0.5 else (5, 6, 7), max_y=H - 110, align=["l", "r", "l", "l", "l", "l", "l", "l"])
        i += done
        pages.append(cv)
        if i >= len(all_rows):
            total = sum(r["amount"] for r in rows)
            y += 14
            cv.text(m, y, "金额合计（大写）：" + cn_money_upper(total) + "    ¥" + money(total), f, size + 0.5)
            y += 18
            for s in ["说明：1.本记录涉及纳税人敏感信息，请妥善保管。",
                      "2.本记录所列税款为纳税人在记录期间内已入库的个人所得税。",
                      "3.您可通过个人所得税APP或自然人电子税务局扫描二维码、输入查询验证码进行验证。"]:
                cv.text(m, y, s, f, size)
                y += size * 1.8
            cv.text(m, y + 6, "查询验证码：" + d["verify_code"], f, size + 0.5)
            cv.image(qr_image(rng, px=3), W - m - 70, y - 40, W - m, y + 30)
            seal(cv, W - m - 140, y - 10, 42, d["office"], "征税专用章", rng=rng, alpha=0.85)
            break
        if done == 0:
            raise RuntimeError("table does not fit")
    for n, cv in enumerate(pages):
        cv.text(W / 2, H - 26, "第%d页/共%d页" % (n + 1, len(pages)), f, 8, (80, 80, 80), anchor="m")
    return pages


def income_detail_pdf(d, rng, pdf=True):
    """收入纳税明细 printed as a table with a 扣缴义务人 column"""
    f = rng.choice(CJK_PDF_FONTS if pdf else CJK_PDF_FONTS + ["sans"])
    size = rng.uniform(8, 9.2)
    cv = Canvas(W, H)
    m = 40
    cv.text(W / 2, 64, "收入纳税明细", f, 16, anchor="m")
    y = 96
    w = cv.text(m, y, "纳税人姓名：", f, size + 1)
    cv.text(m + w, y, d["name"], f, size + 1, field="name")
    idv = d.get("id_masked") or d["id_number"]
    w = cv.text(W / 2, y, "证件号码：", f, size + 1)
    cv.text(W / 2 + w, y, idv, f, size + 1, field="id_number", value=idv)
    y += size * 2.2
    w = cv.text(m, y, "查询期间：", f, size + 1)
    cv.text(m + w, y, fmt_month(d["from"], "iso") + " 至 " + fmt_month(d["to"], "iso"), f, size + 1)
    w = cv.text(W / 2, y, "导出时间：", f, size + 1)
    cv.text(W / 2 + w, y, fmt_date(d["issue_date"], "iso"), f, size + 1, field="issue_date", value=iso(d["issue_date"]))
    y += size * 2.6
    header = ["所得项目", "所得期间", "扣缴义务人", "收入额(元)", "已申报税额(元)"]
    cw = [70, 62, 190, 96, 97]
    k = (W - 2 * m) / sum(cw)
    cw = [c * k for c in cw]
    st = Style(label_font=f, value_font=f, size=size)
    rows = [([r["item"], fmt_month(r["period"], rng.choice(["iso", "cn"])) if False else fmt_month(r["period"], "iso"),
              r["agent_display"], money(r["income"]), money(r["amount"])], _row_log(r)) for r in d["rows"]]
    y, done = table(cv, m, y, cw, header, rows, st, rules=rng.random() < 0.7, align=["l", "l", "l", "r", "r"], wrap_cols=(2,))
    if done < len(rows):
        raise RuntimeError("income detail too long")
    cv.text(m, y + 20, "温馨提示：以上数据为扣缴义务人或纳税人已申报的收入及税额，仅供参考。", f, size)
    return [cv]


def income_detail_app(d, rng, dark=False, long=None):
    """个税 app 收入纳税明细 list: one long screenshot, or several screens scrolled down"""
    from .web import PHONES
    rows = sorted(d["rows"], key=lambda r: (r["period"], r["item"]), reverse=True)
    long = rng.random() < 0.5 if long is None else long
    size = rng.choice(PHONES)
    Wd = size[0]
    s = Wd * 0.037
    row_h = s * 1.6 + Wd * 0.34 + Wd * 0.04
    head_h = Wd * 0.09 + Wd * 0.12 + Wd * 0.38
    if long:
        need = head_h + row_h * len(rows) + Wd * 0.1
        chunks = [rows]
        factors = [max(1.0, need / size[1])]
    else:
        per_first = int((size[1] - head_h - Wd * 0.08) // row_h)
        per = int((size[1] - Wd * 0.21 - Wd * 0.08) // row_h)
        chunks = [rows[:per_first]]
        rest = rows[per_first:]
        while rest:
            chunks.append(rest[:per])
            rest = rest[per:]
        factors = [1.0] * len(chunks)
    cf = rng.choice(["sans", "microhei", "zenhei"])
    fg = (235, 235, 235) if dark else (25, 25, 25)
    grey = (150, 150, 155) if dark else (128, 128, 134)
    out = []
    for ci, (chunk, fac) in enumerate(zip(chunks, factors)):
        cv, sh = phone_screen(rng, dark=dark, long_factor=fac, size=size)
        y = nav_bar(cv, sh, "收入纳税明细", dark=dark)
        if ci == 0:
            app_card(cv, Wd * 0.04, y + Wd * 0.03, Wd * 0.92, Wd * 0.3, dark=dark)
            cv.text(Wd * 0.08, y + Wd * 0.11, d["name"], "sans_b", s * 1.2, fg, field="name")
            idv = d.get("id_masked") or d["id_number"]
            cv.text(Wd * 0.08, y + Wd * 0.18, "证件号码 " + idv, "sans", s * 0.85, grey, field="id_number", value=idv)
            tot = sum(r["amount"] for r in d["rows"])
            cv.text(Wd * 0.08, y + Wd * 0.27, "申报税额合计 %s 元" % money(tot), "sans", s, fg)
            y += Wd * 0.38
        else:
            y += Wd * 0.03
        for r in chunk:
            cv.text(Wd * 0.06, y + s, fmt_month(r["period"], "cn"), "sans_b", s, fg)
            y += s * 1.6
            ch = Wd * 0.34
            app_card(cv, Wd * 0.04, y, Wd * 0.92, ch, dark=dark)
            yy = y + s * 1.8
            cv.text(Wd * 0.08, yy, r["item"], cf, s * 1.05, fg)
            cv.text(Wd * 0.92, yy, "已申报", cf, s * 0.85, (60, 150, 90), anchor="r")
            yy += s * 1.9
            cv.text(Wd * 0.08, yy, "扣缴义务人", cf, s * 0.9, grey)
            lines = wrap(r["agent_display"], cf, s * 0.9, Wd * 0.56)
            for j, ln in enumerate(lines[:2]):
                cv.text(Wd * 0.92, yy + j * s * 1.3, ln, cf, s * 0.9, fg, anchor="r")
            yy += s * 1.3 * len(lines[:2]) + s * 0.6
            cv.text(Wd * 0.08, yy, "收入额", cf, s * 0.9, grey)
            cv.text(Wd * 0.92, yy, money(r["income"]), cf, s * 0.9, fg, anchor="r")
            yy += s * 1.6
            cv.text(Wd * 0.08, yy, "已申报税额", cf, s * 0.9, grey)
            cv.text(Wd * 0.92, yy, money(r["amount"]), cf, s * 0.9, fg, anchor="r")
            cv.row(_row_log(r))
            y += ch + Wd * 0.04
        home_indicator(cv, dark)
        out.append(cv)
    return out


def old_certificate(d, rng, pdf=False):
    """中华人民共和国税收完税证明 (older 文书式 form); withholding agent in the 备注"""
    f = rng.choice(CJK_PDF_FONTS if pdf else CJK_PDF_FONTS + ["sans", "serif"])
    size = rng.uniform(8.5, 9.5)
    cv = Canvas(W, H, bg=(255, 255, 255))
    m = 44
    red = (190, 40, 40)
    cv.text(W / 2, 70, "中华人民共和国", f, 14, red, anchor="m", spacing=0.3)
    cv.text(W / 2, 96, "税 收 完 税 证 明", f, 20, red, anchor="m")
    cv.text(W - m, 118, "（%s）沪地证 %s" % (d["issue_date"].year, d["record_no"][-8:]), f, 9, anchor="r")
    y = 140
    w = cv.text(m, y, "填发日期：", f, size)
    cv.text(m + w, y, fmt_date(d["issue_date"], "cn"), f, size, field="issue_date", value=iso(d["issue_date"]))
    w = cv.text(W / 2, y, "税务机关：", f, size)
    cv.text(W / 2 + w, y, d["office"], f, size)
    y += 10
    cv.rect(m, y, W - m, y + 26, stroke=(0, 0, 0), width=0.6)
    cv.line(m + 80, y, m + 80, y + 26, width=0.5)
    cv.line(W / 2, y, W / 2, y + 26, width=0.5)
    cv.line(W / 2 + 70, y, W / 2 + 70, y + 26, width=0.5)
    cv.text(m + 6, y + 17, "纳税人识别号", f, size)
    cv.text(m + 86, y + 17, d["id_number"], "dejavu", size, field="id_number")
    cv.text(W / 2 + 6, y + 17, "纳税人名称", f, size)
    cv.text(W / 2 + 76, y + 17, d["name"], f, size, field="name")
    y += 26
    header = ["原凭证号", "税种", "品目名称", "税款所属时期", "入(退)库日期", "实缴(退)金额"]
    cw = [86, 58, 70, 120, 80, W - 2 * m - 414]
    st = Style(label_font=f, value_font=f, size=size)
    rows = []
    for r in d["rows"]:
        rows.append(([r["voucher"], "个人所得税", r["item"].replace("所得", ""), _period_text(r, "range_iso"), fmt_date(r["stored"], "iso"),
                      money(r["amount"])], _row_log(r)))
    y, done = table(cv, m, y, cw, header, rows, st, align=["l", "l", "l", "l", "l", "r"])
    if done < len(rows):
        raise RuntimeError("old certificate too long")
    total = sum(r["amount"] for r in d["rows"])
    cv.rect(m, y, W - m, y + 24, stroke=(0, 0, 0), width=0.6)
    cv.text(m + 6, y + 16, "金额合计（大写）" + cn_money_upper(total), f, size)
    cv.text(W - m - 6, y + 16, "¥" + money(total), f, size, anchor="r")
    y += 24
    agents = []
    for r in d["rows"]:
        if r["agent_display"] not in agents:
            agents.append(r["agent_display"])
    cv.rect(m, y, W - m, y + 50, stroke=(0, 0, 0), width=0.6)
    cv.text(m + 6, y + 16, "备注：", f, size)
    yy = y + 16
    for a in agents:
        cv.text(m + 40, yy, "扣缴义务人：" + a, f, size)
        yy += size * 1.6
    y += 50
    cv.text(m, y + 24, "税务机关（盖章）", f, size)
    cv.text(W / 2, y + 24, "填票人：" + d.get("clerk", "系统"), f, size)
    seal(cv, m + 90, y + 20, 44, d["office"], "征税专用章", rng=rng)
    cv.text(m, y + 64, "妥善保管  手写无效", f, size, (120, 120, 120))
    return [cv]
