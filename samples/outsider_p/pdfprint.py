"""Text-layer PDFs as printed from service websites (reportlab, TrueType glyf fonts only)."""
import io
import datetime as dt
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_REG = {}


def _font(name):
    if name not in _REG:
        paths = {"rhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
                 "rsong": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None),
                 "rkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None),
                 "rming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)}
        p, idx = paths[name]
        pdfmetrics.registerFont(TTFont(name, p, subfontIndex=idx) if idx is not None else TTFont(name, p))
        _REG[name] = True
    return name


def _month_range(period, style):
    y, m = map(int, period.split("-"))
    first = dt.date(y, m, 1)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    if style == "dash":
        return first.isoformat() + "至" + last.isoformat()
    return first.strftime("%Y.%m.%d") + "-" + last.strftime("%Y.%m.%d")


def tax_national(f, rows, rng, agents_uscc):
    """中华人民共和国个人所得税纳税记录. rows: dicts with period, withholding_agent, amount, _item, _decl."""
    fn = _font(rng.choice(["rhei", "rsong"]))
    fb = _font("rhei")
    buf = io.BytesIO()
    W, H = landscape(A4) if rng.random() < 0.5 else A4
    c = canvas.Canvas(buf, pagesize=(W, H), invariant=1)
    rstyle = rng.choice(["dash", "dot"])
    uscc_pos = rng.choice(["none", "before", "after"])
    agent_col = rng.random() < 0.3
    heads = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
    if agent_col:
        heads = heads[:6] + ["扣缴义务人"] + ["备注"]
    wide = W > H
    usable = W - 30 * mm
    if agent_col:
        fr = [0.09, 0.09, 0.09, 0.1, 0.16, 0.17, 0.22, 0.08]
    else:
        fr = [0.1, 0.1, 0.1, 0.11, 0.17, 0.18, 0.24]
    cw = [usable * x for x in fr]
    xs = [15 * mm]
    for w in cw:
        xs.append(xs[-1] + w)
    per_page = 14 if wide else 20
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    vcode = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    fs = 7 if not wide else 7.5
    for pi, chunk in enumerate(pages):
        y = H - 18 * mm
        if pi == 0:
            c.setFont(fb, 15)
            c.drawCentredString(W / 2, y, "中华人民共和国个人所得税纳税记录")
            c.setFont(fn, 9)
            c.drawCentredString(W / 2, y - 6 * mm, "（原《税收完税证明》）")
            y -= 14 * mm
            c.setFont(fn, 9)
            c.drawString(15 * mm, y, "纳税人名称：%s" % f["name"])
            c.drawString(W / 2, y, "纳税人识别号：%s" % f["id_number"])
            y -= 5.5 * mm
            c.drawString(15 * mm, y, "记录期间：%s至%s" % (f["_from"], f["_to"]))
            c.drawString(W / 2, y, "开具日期：%s" % f["issue_date"].replace("-", "年", 1).replace("-", "月") + "日")
            y -= 4 * mm
        c.setFont(fb, 8)
        hh = 7 * mm
        c.setLineWidth(0.5)
        c.rect(xs[0], y - hh, xs[-1] - xs[0], hh)
        for i, h in enumerate(heads):
            c.drawCentredString((xs[i] + xs[i + 1]) / 2, y - hh + 2.4 * mm, h)
            c.line(xs[i], y, xs[i], y - hh)
        c.line(xs[-1], y, xs[-1], y - hh)
        y -= hh
        c.setFont(fn, fs)
        for r in chunk:
            agent = r["withholding_agent"]
            u = agents_uscc.get(agent, "")
            if agent_col:
                note_lines = []
                ag_lines = _split(agent, 11)
            else:
                if uscc_pos == "before":
                    note = "扣缴义务人：%s %s" % (u, agent)
                elif uscc_pos == "after":
                    note = "扣缴义务人：%s（%s）" % (agent, u)
                else:
                    note = "扣缴义务人：%s" % agent
                note_lines = _split(note, 17 if not wide else 19)
                ag_lines = []
            rng_txt = _month_range(r["period"], rstyle)
            per_lines = _split(rng_txt, 11) if not wide else [rng_txt]
            n = max(len(note_lines), len(ag_lines), len(per_lines), 1)
            rh = (3.6 * n + 2.6) * mm
            cells = [r["_decl"], r["amount"], r["_paid"], r.get("_item", "工资薪金所得"), per_lines,
                     "国家税务总局上海市%s税务局" % r.get("_bureau", "浦东新区")]
            if agent_col:
                cells += [ag_lines, ""]
            else:
                cells += [note_lines]
            if rng.random() < 0.8:
                c.rect(xs[0], y - rh, xs[-1] - xs[0], rh)
                for x in xs:
                    c.line(x, y, x, y - rh)
            for i, v in enumerate(cells):
                lines = v if isinstance(v, list) else _split(v, 9 if i == 5 else 30)
                for k, ln in enumerate(lines):
                    yy = y - 3.6 * mm - k * 3.6 * mm
                    if i in (1,):
                        c.drawRightString(xs[i + 1] - 1.5 * mm, yy, ln)
                    else:
                        c.drawString(xs[i] + 1.2 * mm, yy, ln)
            y -= rh
        if pi == len(pages) - 1:
            c.setFont(fn, 8)
            tot = sum(float(r["amount"]) for r in rows)
            c.drawString(15 * mm, y - 6 * mm, "金额合计：%.2f" % tot)
            c.drawString(15 * mm, y - 12 * mm, "查询验证码：%s" % vcode)
            c.drawString(15 * mm, y - 17 * mm, "说明：本记录仅记载纳税人的个人所得税纳税信息，可通过自然人电子税务局验证。")
        c.setFont(fn, 8)
        c.drawCentredString(W / 2, 10 * mm, "第 %d 页 共 %d 页" % (pi + 1, len(pages)))
        c.showPage()
    c.save()
    return buf.getvalue(), len(pages)


def _split(s, n):
    if not s:
        return []
    return [s[i:i + n] for i in range(0, len(s), n)]


def si_record(f, rows, rng, ranges=False):
    """上海市社会保险个人缴费情况. rows: month, employer, base, back_payment."""
    fn = _font(rng.choice(["rhei", "rsong", "rming"]))
    fb = _font("rhei")
    buf = io.BytesIO()
    W, H = A4
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    mark = rng.choice(["type_col", "note"])
    heads = ["缴费年月", "单位名称", "缴费基数", "养老个人", "医疗个人", "失业个人",
             "缴费类型" if mark == "type_col" else "备注"]
    if rng.random() < 0.4:
        heads[0], heads[1] = "费款所属期", "缴费单位"
    fr = [0.12, 0.34, 0.11, 0.1, 0.1, 0.1, 0.13]
    usable = W - 26 * mm
    xs = [13 * mm]
    for x in fr:
        xs.append(xs[-1] + usable * x)
    # group into display rows: optional ranges of consecutive identical regular months
    disp = []
    for r in rows:
        if (ranges and disp and not r["back_payment"] and not disp[-1]["back_payment"]
                and disp[-1]["employer"] == r["employer"] and disp[-1]["base"] == r["base"] and len(disp[-1]["months"]) < 6):
            disp[-1]["months"].append(r["month"])
        else:
            disp.append(dict(r, months=[r["month"]]))
    per_page = 18
    pages = [disp[i:i + per_page] for i in range(0, len(disp), per_page)]
    for pi, chunk in enumerate(pages):
        y = H - 20 * mm
        if pi == 0:
            c.setFont(fb, 15)
            c.drawCentredString(W / 2, y, rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）"]))
            y -= 12 * mm
            c.setFont(fn, 9.5)
            c.drawString(13 * mm, y, "姓名：%s" % f["name"])
            c.drawString(70 * mm, y, "证件号码：%s" % f["id_number"])
            c.drawString(150 * mm, y, "险种：城镇职工")
            y -= 6 * mm
            c.drawString(13 * mm, y, "查询期间：%s 至 %s" % (rows[0]["month"], rows[-1]["month"]))
            y -= 4 * mm
        # repeated header, merged header cell for 个人缴费金额
        c.setFont(fb, 8)
        c.setLineWidth(0.5)
        hh = 12 * mm
        c.rect(xs[0], y - hh, xs[-1] - xs[0], hh)
        for i, h in enumerate(heads):
            if 3 <= i <= 5:
                c.drawCentredString((xs[i] + xs[i + 1]) / 2, y - hh + 2.5 * mm, h[:2])
                if i > 3:
                    c.line(xs[i], y - hh / 2, xs[i], y - hh)
            else:
                c.drawCentredString((xs[i] + xs[i + 1]) / 2, y - hh / 2 - 1 * mm, h)
                c.line(xs[i], y, xs[i], y - hh)
        c.line(xs[3], y - hh / 2, xs[6], y - hh / 2)
        c.drawCentredString((xs[3] + xs[6]) / 2, y - hh / 2 + 2 * mm, "个人缴费金额（元）")
        c.line(xs[-1], y, xs[-1], y - hh)
        y -= hh
        c.setFont(fn, 7.8)
        for r in chunk:
            mlab = r["months"][0] if len(r["months"]) == 1 else "%s至%s" % (r["months"][0], r["months"][-1])
            emp = r["employer"]
            el = _split(emp, 16)
            ml = _split(mlab, 8) if len(r["months"]) > 1 else [mlab]
            n = max(len(el), len(ml))
            rh = (3.4 * n + 2.6) * mm
            c.rect(xs[0], y - rh, xs[-1] - xs[0], rh)
            for x in xs:
                c.line(x, y, x, y - rh)
            b = float(r["base"])
            cells = [ml, el, r["base"], "%.2f" % (b * 0.08), "%.2f" % (b * 0.02), "%.2f" % (b * 0.005),
                     ("补缴" if r["back_payment"] else "正常") if mark == "type_col" else ("补缴" if r["back_payment"] else "")]
            for i, v in enumerate(cells):
                lines = v if isinstance(v, list) else [v]
                for k, ln in enumerate(lines):
                    yy = y - 3.5 * mm - k * 3.4 * mm
                    if 2 <= i <= 5:
                        c.drawRightString(xs[i + 1] - 1.2 * mm, yy, ln)
                    else:
                        c.drawString(xs[i] + 1.2 * mm, yy, ln)
            y -= rh
        c.setFont(fn, 8)
        c.drawCentredString(W / 2, 10 * mm, "第%d页/共%d页" % (pi + 1, len(pages)))
        c.showPage()
    c.save()
    return buf.getvalue(), len(pages)


def xuexin(f, rng):
    fn = _font(rng.choice(["rhei", "rsong"]))
    fb = _font("rhei")
    buf = io.BytesIO()
    W, H = A4
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont(fb, 16)
    c.drawCentredString(W / 2, H - 25 * mm, "教育部学历证书电子注册备案表")
    c.setFont(fn, 9)
    c.drawString(20 * mm, H - 35 * mm, "更新日期：%s" % f["_upd"])
    c.drawString(120 * mm, H - 35 * mm, "在线验证码：%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRTUWXY0123456789") for _ in range(16)))
    rows = [("姓名", f["name"]), ("性别", f["_sex"]), ("出生日期", f["_birth"].replace("-", "年", 1).replace("-", "月") + "日"),
            ("入学日期", f["_enrol"][:7].replace("-", "年") + "月"), ("毕(结)业日期", f["graduation_date"].replace("-", "年", 1).replace("-", "月") + "日"),
            ("学校名称", f["school"]), ("专业", f["major"]), ("学制", f["_years"]), ("层次", f["level"]),
            ("学历类别", f["_category"]), ("学习形式", f["study_mode"]), ("毕(结)业", "毕业"), ("证书编号", f["_certno"])]
    y = H - 45 * mm
    c.setLineWidth(0.5)
    for lab, v in rows:
        c.rect(20 * mm, y - 9 * mm, 130 * mm, 9 * mm)
        c.line(55 * mm, y, 55 * mm, y - 9 * mm)
        c.setFont(fb, 10)
        c.drawString(23 * mm, y - 6 * mm, lab)
        c.setFont(fn, 10.5)
        c.drawString(58 * mm, y - 6 * mm, v)
        y -= 9 * mm
    c.rect(155 * mm, H - 80 * mm, 35 * mm, 35 * mm)
    c.setFont(fn, 7)
    for i in range(12):
        for j in range(12):
            if rng.random() < 0.5:
                c.rect(155 * mm + i * 2.9 * mm, H - 125 * mm + j * 2.9 * mm, 2.9 * mm, 2.9 * mm, fill=1, stroke=0)
    c.drawString(20 * mm, y - 10 * mm, "注：本备案表可通过学信网（www.chsi.com.cn）在线验证，有效期内有效。")
    c.showPage()
    c.save()
    return buf.getvalue(), 1
