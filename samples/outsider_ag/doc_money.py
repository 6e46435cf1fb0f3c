"""个人所得税纳税记录 (national print, 收入纳税明细, app screenshots, old 税收完税证明) and 社保缴费记录."""
import datetime as dt

from . import fmt, fonts
from .canvas import Sheet
from .rules import shift_month
from .style import INK, RED, Style, seq

GREY = (110, 110, 118)


def _decl(period, k):
    y, m = int(period[:4]), int(period[5:7])
    nm = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nm + dt.timedelta(days=4 + k)


def _cellflow(s, x0, y, w, segs, font, size, lh):
    return s.flow(x0 + 1, y, w - 2, segs, font, size, lh)


def tax_national(f, rows, di, rng, facts, variant):
    """variant: remark (payer in 备注, maybe with its tax ID) | agent_col (payer in its own column)."""
    st = Style(rng, label="hei", value=rng.choice(["hei", "song"]))
    F, T = st.value, st.title
    code_first = rng.random() < .5
    with_code = rng.random() < .6
    per_page = rng.randint(11, 15)
    chunks = [list(range(len(rows)))[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    pages = []
    pstyle = rng.choice(["dash", "dash", "dot", "cn"])
    sz = 2.6
    for pi, chunk in enumerate(chunks):
        s = Sheet(210, 297, bg=(255, 255, 255))
        s.text(105, 16, "中华人民共和国", T, 5.6, anchor="m", spacing=0.6)
        s.text(105, 24, "个人所得税纳税记录", T, 7.0, anchor="m", spacing=0.6)
        s.text(105, 33, "（原《税收完税证明》）", F, 3.6, anchor="m")
        s.text(160, 40, f"No. {facts['tax_no']}", F, 3.0)
        s.text(14, 46, f"税务机关：{facts['tax_office']}", F, 3.2)
        s.text(14, 52, "纳税人名称：", F, 3.2)
        s.text(14 + s.width("纳税人名称：", F, 3.2), 52, f["name"], F, 3.2, field="name", doc=di, occ=pi)
        s.text(90, 52, "纳税人识别号：", F, 3.2)
        s.text(90 + s.width("纳税人识别号：", F, 3.2), 52, f["id_number"], F, 3.2, field="id_number", doc=di, occ=pi)
        s.text(14, 58, f"记录期间：{facts['tax_from'][:4]}年{facts['tax_from'][5:7]}月-{facts['tax_to'][:4]}年{facts['tax_to'][5:7]}月", F, 3.2)
        s.text(130, 58, "开具日期：", F, 3.2)
        s.text(130 + s.width("开具日期：", F, 3.2), 58, fmt.cn_date(f["issue_date"]), F, 3.2, field="issue_date", doc=di, occ=pi)
        if variant == "remark":
            cols = [("申报日期", 14, 34), ("实缴(退)金额", 34, 55), ("入(退)库日期", 55, 75), ("所得项目", 75, 98),
                    ("税款所属期", 98, 124), ("入库税务机关", 124, 152), ("备注", 152, 196)]
        else:
            cols = [("申报日期", 14, 33), ("所得项目", 33, 55), ("税款所属期", 55, 81), ("扣缴义务人", 81, 125),
                    ("实缴(退)金额", 125, 146), ("入(退)库日期", 146, 166), ("入库税务机关", 166, 196)]
        y = 64
        rules_on = rng.random() < .65
        for name, a, b in cols:
            s.text((a + b) / 2, y + 2, name, st.label, 2.8, anchor="m", role="label")
        y += 8
        if rules_on:
            s.line(14, 64, 196, 64, 0.25)
            s.line(14, y, 196, y, 0.25)
        for ri in chunk:
            r = rows[ri]
            decl = _decl(r["period"], rng.randint(0, 10))
            cells = {}
            cells["申报日期"] = [(fmt.dot_date(decl, "-"), None)]
            cells["实缴(退)金额"] = [(fmt.money(float(r["amount"])), "row.amount", {"doc": di, "rows": [ri]})]
            cells["入(退)库日期"] = [(fmt.dot_date(decl + dt.timedelta(days=rng.randint(0, 3)), "-"), None)]
            cells["所得项目"] = [(r.get("_item", "正常工资薪金所得" if rng.random() < .5 else "工资薪金所得"), None)]
            cells["税款所属期"] = [(fmt.month_range(r["period"], pstyle), "row.period", {"doc": di, "rows": [ri]})]
            cells["入库税务机关"] = [(facts["tax_office"], None)]
            ag = (r["withholding_agent"], "row.withholding_agent", {"doc": di, "rows": [ri]})
            code = facts["codes"].get(r["withholding_agent"], "")
            if variant == "remark":
                segs = [("扣缴义务人：", None)]
                if with_code and code and code_first:
                    segs += [(code + " ", None), ag]
                elif with_code and code:
                    segs += [ag, ("（" + code + "）", None)]
                else:
                    segs += [ag]
                cells["备注"] = segs
            else:
                cells["扣缴义务人"] = [ag]
            ybot = y
            for name, a, b in cols:
                yy = _cellflow(s, a, y + 1.2, b - a, cells.get(name, []), F, sz, sz * 1.3)
                ybot = max(ybot, yy)
            y = ybot + 1.5
            if rules_on:
                s.line(14, y, 196, y, 0.2)
        if rules_on:
            for name, a, b in cols:
                s.line(a, 64, a, y, 0.2)
            s.line(196, 64, 196, y, 0.2)
        if pi == len(chunks) - 1:
            tot = sum(float(r["amount"]) for r in rows)
            s.text(14, y + 5, f"金额合计：{fmt.money(tot, comma=True)}", F, 3.2)
            s.text(14, y + 14, "说明：1.本记录仅记载您在记录期间内已缴纳入库的个人所得税信息；", F, 2.8)
            s.text(14, y + 19, "2.您可以通过个人所得税APP或自然人电子税务局扫描二维码或输入查询验证码验证本记录内容。", F, 2.8)
            s.pattern(160, y + 24, 190, y + 54, "qr", seed=rng.randrange(1 << 30))
            s.text(14, y + 30, f"查询验证码：{facts['verify']}", F, 3.2)
            s.seal(120, y + 40, 16, facts["tax_office"], "征税专用章", color=RED, opacity=.8)
        s.text(105, 288, f"第 {pi + 1} 页 / 共 {len(chunks)} 页", F, 2.8, anchor="m")
        pages.append(s)
    return pages


def income_detail(f, rows, di, rng, facts):
    """收入纳税明细 exported as a table: the payer's tax ID in a column of its own."""
    st = Style(rng, label="hei", value="hei")
    F = st.value
    s = Sheet(297, 210, bg=(255, 255, 255))
    pages = []
    s.text(148.5, 14, "个人所得税收入纳税明细", st.title, 6.5, anchor="m")
    s.text(16, 26, "姓名：", F, 3.3)
    s.text(16 + s.width("姓名：", F, 3.3), 26, f["name"], F, 3.3, field="name", doc=di)
    s.text(80, 26, "证件号码：", F, 3.3)
    s.text(80 + s.width("证件号码：", F, 3.3), 26, f["id_number"], F, 3.3, field="id_number", doc=di)
    s.text(170, 26, "打印日期：", F, 3.3)
    s.text(170 + s.width("打印日期：", F, 3.3), 26, fmt.dot_date(f["issue_date"], "-"), F, 3.3, field="issue_date", doc=di)
    cols = [("序号", 16, 28), ("所得项目", 28, 62), ("所得期间", 62, 86), ("收入", 86, 110), ("已申报税额", 110, 136),
            ("扣缴义务人", 136, 216), ("扣缴义务人纳税人识别号", 216, 282)]
    y = 34
    for name, a, b in cols:
        s.text((a + b) / 2, y + 1.5, name, st.label, 3.0, anchor="m", role="label")
    s.line(16, y, 282, y, .25)
    y += 7
    s.line(16, y, 282, y, .25)
    for ri, r in enumerate(rows):
        if y > 192:
            pages.append(s)
            s = Sheet(297, 210, bg=(255, 255, 255))
            y = 16
        amt = float(r["amount"])
        s.text(22, y + 1.2, str(ri + 1), F, 3.0, anchor="m")
        s.text(30, y + 1.2, r.get("_item", "工资薪金"), F, 3.0)
        s.text(64, y + 1.2, r["period"], F, 3.0, field="row.period", doc=di, rows=[ri])
        s.text(108, y + 1.2, fmt.money(max(5000, amt * 9 + 5000), comma=True), F, 3.0, anchor="r")
        s.text(134, y + 1.2, fmt.money(amt), F, 3.0, anchor="r", field="row.amount", doc=di, rows=[ri])
        s.text(138, y + 1.2, r["withholding_agent"], F, 3.0, field="row.withholding_agent", doc=di, rows=[ri])
        s.text(218, y + 1.2, facts["codes"].get(r["withholding_agent"], "91310000MA1" + "0" * 7), F, 3.0)
        y += 6.5
        s.line(16, y, 282, y, .15, (170, 170, 170))
    pages.append(s)
    return pages


def income_app(f, rows, di, rng, facts):
    """Screenshots of the 个人所得税 app's 收入纳税明细: a list by month, values right-aligned."""
    ui = fonts.pick(rng, "ui")
    pages = []
    per = 4
    order = sorted(range(len(rows)), key=lambda k: rows[k]["period"], reverse=True)
    chunks = [order[i:i + per] for i in range(0, len(order), per)]
    for ci, chunk in enumerate(chunks):
        s = Sheet(1080, 2340, unit="px", bg=(244, 245, 248), kind="screen")
        s.text(60, 28, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", ui, 38)
        s.rect(0, 100, 1080, 236, outline=None, fill=(255, 255, 255))
        s.text(540, 144, "收入纳税明细", ui, 50, anchor="m")
        y = 270
        if ci == 0:
            s.rect(40, y, 1040, y + 300, outline=None, fill=(255, 255, 255), radius=28)
            s.text(80, y + 40, "纳税人", ui, 40, color=GREY, role="label")
            s.text(1000, y + 40, f["name"], ui, 42, anchor="r", field="name", doc=di)
            s.text(80, y + 120, "身份证件号码", ui, 40, color=GREY, role="label")
            s.text(1000, y + 120, f["id_number"], ui, 42, anchor="r", field="id_number", doc=di)
            s.text(80, y + 200, "查询时间", ui, 40, color=GREY, role="label")
            s.text(1000, y + 200, fmt.dot_date(f["issue_date"], "-"), ui, 42, anchor="r", field="issue_date", doc=di)
            y += 340
        for k in chunk:
            r = rows[k]
            s.rect(40, y, 1040, y + 420, outline=None, fill=(255, 255, 255), radius=28)
            s.text(80, y + 36, r.get("_item", "工资薪金"), ui, 46)
            yy, mm = r["period"][:4], r["period"][5:7]
            seq(s, 1000, y + 40, [(f"{yy}年{mm}月", "row.period", {"doc": di, "rows": [k]})], ui, 40, anchor="r", color=GREY)
            s.text(80, y + 130, "扣缴义务人", ui, 40, color=GREY, role="label")
            lines = s.wrap(r["withholding_agent"], ui, 42, 620)
            for j, ln in enumerate(lines):
                s.text(1000, y + 130 + j * 58, ln, ui, 42, anchor="r", field="row.withholding_agent", doc=di, rows=[k],
                       part=j if len(lines) > 1 else None)
            amt = float(r["amount"])
            s.text(80, y + 250, "收入额", ui, 40, color=GREY, role="label")
            s.text(1000, y + 250, fmt.money(max(5000, amt * 9 + 5000), comma=True), ui, 42, anchor="r")
            s.text(80, y + 330, "已申报税额", ui, 40, color=GREY, role="label")
            s.text(1000, y + 330, fmt.money(amt), ui, 42, anchor="r", field="row.amount", doc=di, rows=[k])
            y += 450
        pages.append(s)
    return pages


def tax_certificate(f, rows, di, rng, facts):
    """The older 税收完税证明 form (A4 landscape) with the payer inside 备注."""
    st = Style(rng, label="song", value="song")
    F = st.value
    s = Sheet(297, 210, bg=(252, 252, 250))
    s.text(148.5, 14, "中华人民共和国", st.title, 6, anchor="m", spacing=1)
    s.text(148.5, 23, "税 收 完 税 证 明", st.title, 8, anchor="m", spacing=1)
    s.text(220, 32, f"（{fmt.ymd(f['issue_date']).year}）沪税证 {facts['tax_no'][-7:]}", F, 3.4)
    s.text(20, 38, "填发日期：", F, 3.4)
    s.text(20 + s.width("填发日期：", F, 3.4), 38, fmt.cn_date(f["issue_date"]), F, 3.4, field="issue_date", doc=di)
    s.text(110, 38, f"税务机关：{facts['tax_office']}", F, 3.4)
    s.text(20, 46, "纳税人识别号", F, 3.4, role="label")
    s.text(52, 46, f["id_number"], F, 3.4, field="id_number", doc=di)
    s.text(150, 46, "纳税人名称", F, 3.4, role="label")
    s.text(178, 46, f["name"], F, 3.4, field="name", doc=di)
    cols = [("原凭证号", 20, 50), ("税种", 50, 68), ("品目名称", 68, 96), ("税款所属时期", 96, 150),
            ("入(退)库日期", 150, 176), ("实缴(退)金额", 176, 200), ("备注", 200, 280)]
    y = 54
    for name, a, b in cols:
        s.text((a + b) / 2, y + 2, name, st.label, 3.2, anchor="m", role="label")
    y += 8
    for ri, r in enumerate(rows):
        cells = {"原凭证号": [(f"3{rng.randint(10 ** 14, 10 ** 15 - 1)}", None)], "税种": [("个人所得税", None)],
                 "品目名称": [(r.get("_item", "工资薪金所得"), None)],
                 "税款所属时期": [(fmt.month_range(r["period"], "cn"), "row.period", {"doc": di, "rows": [ri]})],
                 "入(退)库日期": [(fmt.dot_date(_decl(r["period"], 3), "-"), None)],
                 "实缴(退)金额": [(fmt.money(float(r["amount"])), "row.amount", {"doc": di, "rows": [ri]})],
                 "备注": [("扣缴义务人：", None), (r["withholding_agent"], "row.withholding_agent", {"doc": di, "rows": [ri]})]}
        yb = y
        for name, a, b in cols:
            yb = max(yb, _cellflow(s, a, y + 1, b - a, cells[name], F, 2.7, 3.5))
        y = yb + 1
        s.line(20, y, 280, y, .2)
    for name, a, b in cols:
        s.line(a, 54, a, y, .2)
    s.line(280, 54, 280, y, .2)
    s.line(20, 54, 280, 54, .2)
    s.line(20, 62, 280, 62, .2)
    s.text(20, y + 6, f"金额合计（小写）：{fmt.money(sum(float(r['amount']) for r in rows), comma=True)}", F, 3.4)
    s.seal(60, y + 20 if y < 170 else 180, 16, facts["tax_office"], "征税专用章", color=RED)
    s.text(200, 200, "妥善保管", F, 3.2)
    return [s]


def si_record(f, rows, di, rng, facts, variant):
    """variant: monthly | remark | range | split."""
    st = Style(rng, label="hei", value=rng.choice(["hei", "song"]))
    F = st.value
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险参保缴费明细", "上海市社会保险个人权益记录（缴费明细）"])
    # the drawn lines: (months text, employer, base, status, row indices)
    lines = []
    ordered = list(range(len(rows)))
    regular = [k for k in ordered if not rows[k]["back_payment"]]
    back = [k for k in ordered if rows[k]["back_payment"]]
    if variant == "range":
        groups = []
        for k in ordered:
            r = rows[k]
            if groups:
                g = groups[-1]
                pr = rows[g[-1]]
                if (pr["employer"] == r["employer"] and pr["base"] == r["base"] and pr["back_payment"] == r["back_payment"]
                        and shift_month(pr["month"], 1) == r["month"]):
                    g.append(k)
                    continue
            groups.append([k])
        for g in groups:
            a, b = rows[g[0]]["month"], rows[g[-1]]["month"]
            txt = a.replace("-", ".") if a == b else f"{a.replace('-', '.')}-{b.replace('-', '.')}"
            lines.append((txt, g))
    else:
        seqk = regular + back if variant == "split" else ordered
        for k in seqk:
            mm = rows[k]["month"]
            lines.append((mm.replace("-", "") if rng.random() < 0 else mm, [k]))
    per_page = 30
    pages = []
    chunk_starts = list(range(0, len(lines), per_page)) or [0]
    split_at = len(regular) if variant == "split" else None
    for pi, c0 in enumerate(chunk_starts):
        s = Sheet(210, 297, bg=(255, 255, 255))
        s.text(105, 16, title, st.title, 5.6, anchor="m")
        s.text(16, 28, "姓名：", F, 3.3)
        s.text(16 + s.width("姓名：", F, 3.3), 28, f["name"], F, 3.3, field="name", doc=di, occ=pi)
        s.text(70, 28, rng.choice(["证件号码：", "公民身份号码："]), F, 3.3)
        lab_w = s.width("公民身份号码：", F, 3.3)
        s.text(70 + lab_w, 28, f["id_number"], F, 3.3, field="id_number", doc=di, occ=pi)
        s.text(150, 28, f"打印日期：{fmt.dot_date(facts['si_print'], '-')}", F, 3.0)
        if variant == "remark":
            cols = [("费款所属期", 14, 44), ("缴费单位", 44, 112), ("缴费基数", 112, 134), ("养老(个人)", 134, 152),
                    ("医疗(个人)", 152, 170), ("备注", 170, 196)]
        else:
            cols = [("缴费年月" if variant != "range" else "缴费期间", 14, 44), ("单位名称", 44, 112), ("缴费基数", 112, 134),
                    ("养老(个人)", 134, 152), ("医疗(个人)", 152, 170), ("缴费类型", 170, 196)]
        y = 36
        for name, a, b in cols:
            s.text((a + b) / 2, y + 1.5, name, st.label, 2.9, anchor="m", role="label")
        s.line(14, y, 196, y, .25)
        y += 7
        s.line(14, y, 196, y, .25)
        for li in range(c0, min(len(lines), c0 + per_page)):
            if split_at is not None and li == split_at:
                y += 3
                s.text(16, y, "补缴记录", st.label, 3.3)
                y += 7
            txt, ks = lines[li]
            r = rows[ks[0]]
            base = float(r["base"])
            s.text(16, y + 1, txt, F, 2.9, field="row.month", doc=di, rows=ks)
            emp_lines = s.wrap(r["employer"], F, 2.9, 66)
            for j, ln in enumerate(emp_lines):
                s.text(46, y + 1 + j * 3.6, ln, F, 2.9, field="row.employer", doc=di, rows=ks,
                       part=j if len(emp_lines) > 1 else None)
            s.text(132, y + 1, fmt.money(base), F, 2.9, anchor="r", field="row.base", doc=di, rows=ks)
            s.text(150, y + 1, fmt.money(base * .08), F, 2.9, anchor="r")
            s.text(168, y + 1, fmt.money(base * .02), F, 2.9, anchor="r")
            if variant == "remark":
                if r["back_payment"]:
                    s.text(172, y + 1, "补缴", F, 2.9, field="row.back_payment", doc=di, rows=ks)
            else:
                s.text(172, y + 1, "补缴" if r["back_payment"] else rng.choice(["正常", "正常应缴"]), F, 2.9,
                       field="row.back_payment", doc=di, rows=ks)
            y += 3.6 * len(emp_lines) + 3.2
            s.line(14, y - 1.2, 196, y - 1.2, .12, (170, 170, 170))
        s.text(16, y + 6, "注：本表仅供参考，最终以社保经办机构记录为准。", F, 2.8)
        s.text(105, 288, f"第{pi + 1}页 共{len(chunk_starts)}页", F, 2.8, anchor="m")
        pages.append(s)
    return pages
