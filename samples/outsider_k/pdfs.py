"""Text-layer PDFs (fpdf2): tax record, social insurance, 学信网 report."""
from fpdf import FPDF

from .gfx import TTF_FOR_PDF, qr_like


def _pdf(rng, orientation="P"):
    pdf = FPDF(orientation=orientation, unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    path = TTF_FOR_PDF[rng.randrange(len(TTF_FOR_PDF))]
    pdf.add_font("cjk", "", path)
    pdf.set_font("cjk", size=10)
    return pdf


def tax_national(ctx, f, rows, out, variant):
    r = ctx.rng
    pdf = _pdf(r, "L")
    rs = sorted(rows, key=lambda x: (x["period"], x["item"]))
    per = r.choice([8, 10])
    pages = [rs[i:i + per] for i in range(0, len(rs), per)] or [[]]
    draw_rules = r.random() < 0.6
    sep = r.choice(["至", "-"])
    for pi, chunk in enumerate(pages):
        pdf.add_page()
        if r.random() < 0.5:  # footer first: text order != reading order
            pdf.set_font("cjk", size=8)
            pdf.text(20, 200, f"查询验证码：{ctx.verify_code}    第{pi + 1}页/共{len(pages)}页")
        pdf.set_font("cjk", size=16)
        if variant == "national":
            title = "中华人民共和国个人所得税纳税记录"
        else:
            title = "个人所得税收入纳税明细"
        pdf.text(148.5 - len(title) * 2.8, 18, title)
        if variant == "national":
            pdf.set_font("cjk", size=9)
            pdf.text(120, 25, "（原《税收完税证明》）")
        pdf.set_font("cjk", size=10)
        y = 34
        if pi == 0:
            pdf.text(20, y, f"纳税人名称：{f['name']}")
            pdf.text(110, y, f"纳税人识别号：{f['id_number']}")
            pdf.text(20, y + 7, f"记录期间：{ctx.tax_span}")
            pdf.text(110, y + 7, f"开具日期：{f['issue_date_obj']:%Y-%m-%d}")
            y += 16
        if variant == "national":
            cols = [("申报日期", 20, 24), ("实缴(退)金额", 44, 24), ("入(退)库日期", 68, 24), ("所得项目", 92, 38),
                    ("税款所属期", 130, 44), ("入库税务机关", 174, 40), ("备注", 214, 64)]
        else:
            cols = [("所得项目", 20, 38), ("所得期间", 58, 30), ("收入", 88, 26), ("已申报税额", 114, 26),
                    ("扣缴义务人", 140, 70), ("申报日期", 210, 26), ("备注", 236, 40)]
        pdf.set_font("cjk", size=9)
        for lab, x, w in cols:
            pdf.text(x + 1, y + 5, lab)
        if draw_rules:
            pdf.line(20, y, 278, y)
            pdf.line(20, y + 8, 278, y + 8)
        y += 8
        rh = 14 if variant == "national" else 11
        for row in chunk:
            cells = []
            if variant == "national":
                rem = row["remark"]
                p0, p1 = row["period_start"], row["period_end"]
                if sep == "至":
                    pr = [f"{p0:%Y-%m-%d}至", f"{p1:%Y-%m-%d}"]
                else:
                    pr = [f"{p0:%Y.%m.%d}-{p1:%Y.%m.%d}"]
                cells = [[row["declared"]], [row["amount"]], [row["paid_date"]], [row["item"]], pr,
                         [ctx.tax_office[:9], ctx.tax_office[9:]],
                         rem]
            else:
                agent = row["withholding_agent_drawn"]
                cells = [[row["item"]], [row["period"]], [row["income"]], [row["amount"]],
                         [agent[:16], agent[16:]] if len(agent) > 16 else [agent], [row["declared"]], [""]]
            for (lab, x, w), lines in zip(cols, cells):
                for li, t in enumerate(lines):
                    if t:
                        pdf.text(x + 1, y + 4.5 + li * 4.2, t)
            y += rh
            if draw_rules:
                pdf.set_draw_color(170, 170, 170)
                pdf.line(20, y, 278, y)
                pdf.set_draw_color(0, 0, 0)
        if pi == len(pages) - 1:
            pdf.set_font("cjk", size=8)
            pdf.text(20, y + 8, "说明：本记录中的纳税信息仅包含已入库的税款，可通过个人所得税App扫码或输入查询验证码进行验证。")
    pdf.output(out)
    return len(pages)


def si_record(ctx, f, rows, out):
    r = ctx.rng
    pdf = _pdf(r, "P")
    rs = sorted(rows, key=lambda x: x["month"])
    # optionally collapse runs of same employer/base into range rows
    use_ranges = r.random() < 0.4
    lines = []
    i = 0
    while i < len(rs):
        j = i
        if use_ranges:
            while (j + 1 < len(rs) and rs[j + 1]["employer"] == rs[i]["employer"] and rs[j + 1]["base"] == rs[i]["base"]
                   and rs[j + 1]["back_payment"] == rs[i]["back_payment"] and j - i < 11):
                j += 1
        m = rs[i]["month"] if j == i else f"{rs[i]['month']}至{rs[j]['month']}"
        lines.append((m, rs[i]))
        i = j + 1
    sep_section = r.random() < 0.35  # 补缴 rows in their own section
    if sep_section:
        lines = [l for l in lines if not l[1]["back_payment"]] + [("__SECTION__", None)] + [l for l in lines if l[1]["back_payment"]]
    per = 26
    chunks = [lines[k:k + per] for k in range(0, len(lines), per)]
    for pi, chunk in enumerate(chunks):
        pdf.add_page()
        pdf.set_font("cjk", size=15)
        pdf.text(50, 20, "上海市社会保险个人缴费情况（个人权益记录）")
        pdf.set_font("cjk", size=10)
        y = 30
        if pi == 0:
            pdf.text(15, y, f"姓名：{f['name']}")
            pdf.text(80, y, f"证件号码：{f['id_number']}")
            pdf.text(15, y + 6, f"打印日期：{ctx.print_date:%Y-%m-%d}")
            y += 14
        cols = [("费款所属期", 15), ("缴费单位", 48), ("缴费基数", 118), ("养老", 140), ("医疗", 158), ("失业", 174),
                ("缴费类型", 190)]
        pdf.set_font("cjk", size=9)
        for lab, x in cols:
            pdf.text(x, y, lab)
        pdf.line(15, y + 2, 200, y + 2)
        y += 8
        for m, row in chunk:
            if m == "__SECTION__":
                pdf.set_font("cjk", size=10)
                pdf.text(15, y + 2, "补缴记录")
                pdf.set_font("cjk", size=9)
                y += 9
                continue
            base = float(row["base"])
            emp = row["employer_drawn"]
            pdf.text(15, y, m)
            if len(emp) > 17:
                pdf.text(48, y - 2, emp[:17])
                pdf.text(48, y + 2.2, emp[17:])
            else:
                pdf.text(48, y, emp)
            pdf.text(118, y, row["base"])
            pdf.text(140, y, f"{base * 0.08:.2f}")
            pdf.text(158, y, f"{base * 0.02:.2f}")
            pdf.text(174, y, f"{base * 0.005:.2f}")
            pdf.text(190, y, "补缴" if row["back_payment"] else "正常")
            y += 8.5
    pdf.output(out)
    return len(chunks)


def chsi_report(ctx, f, out):
    r = ctx.rng
    pdf = _pdf(r, "P")
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.text(45, 25, "教育部学历证书电子注册备案表")
    pdf.set_font("cjk", size=9)
    pdf.text(150, 35, f"更新日期：{ctx.print_date:%Y年%m月%d日}")
    y = 48
    study = f.get("study_mode", "普通全日制")
    rows = [("姓名", f["name"]), ("性别", ctx.sex), ("出生日期", f"{ctx.birth:%Y年%m月%d日}"),
            ("入学日期", f"{f['start_obj']:%Y年%m月%d日}"), ("毕(结)业日期", f"{f['grad_obj']:%Y年%m月%d日}"),
            ("学校名称", f["school"]), ("专业", f["major"]), ("学制", f"{ctx.years}年"),
            ("层次", f["level"]), ("学历类别", "成人" if study != "普通全日制" else "普通"),
            ("学习形式", study), ("毕(结)业", "毕业"), ("证书编号", ctx.cert_no), ("校(院)长姓名", ctx.president)]
    pdf.set_font("cjk", size=11)
    for lab, v in rows:
        pdf.rect(20, y - 6, 40, 10)
        pdf.rect(60, y - 6, 90, 10)
        pdf.text(22, y, lab)
        pdf.text(62, y, v)
        y += 10
    pdf.image(qr_like(r, 250), x=160, y=50, w=30)
    pdf.image(ctx.photo_for_pdf, x=160, y=90, w=30)
    pdf.set_font("cjk", size=10)
    pdf.text(20, y + 10, f"在线验证码：{ctx.verify_code}")
    pdf.set_font("cjk", size=8)
    pdf.text(20, y + 18, "说明：本表可通过学信网在线验证，有效期内可查询验证。")
    pdf.output(out)
    return 1
