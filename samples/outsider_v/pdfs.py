"""Text-layer PDFs: the national tax record, social-insurance records and the
学信网 备案表, each drawn by reportlab, fpdf2 or Chromium (HTML print)."""
from __future__ import annotations

import datetime as dt
import html as _html
import io
import re

from . import fmt
from .fonts import CLASSES, covers
from .web import html_to_pdf

PT_MM = 72 / 25.4
FIXED_TS = dt.datetime(2026, 11, 1, 9, 0, 0, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------------
class _Ops:
    """Collects text/line operations in mm (origin top-left) so they can be
    emitted in reading order or column by column."""

    def __init__(self):
        self.pages = [[]]

    def new_page(self):
        self.pages.append([])

    def text(self, x, y, s, font, size, align="l", col=None):
        self.pages[-1].append(("t", x, y, s, font, size, align, col))

    def line(self, x0, y0, x1, y1, w=0.25, grey=0):
        self.pages[-1].append(("l", x0, y0, x1, y1, w, grey, None))


def _font_for(text, prefs):
    for spec in prefs:
        if covers(spec, text):
            return spec
    for spec in CLASSES["hei"] + CLASSES["song"]:
        if covers(spec, text):
            return spec
    raise ValueError(text)


def _emit_reportlab(ops: _Ops, fonts: dict, order="rows"):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("")
    c.setCreator("")
    c.setProducer("")
    names = {}
    for key, spec in fonts.items():
        nm = f"F{abs(hash((spec[0], spec[1]))) % 10 ** 8}"
        nm = re.sub(r"\W", "", spec[2]) + str(spec[1])
        if nm not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(nm, spec[0], subfontIndex=spec[1]))
        names[key] = nm
    H = A4[1]
    for page in ops.pages:
        items = list(page)
        if order == "cols":
            items.sort(key=lambda o: (0 if o[0] == "l" else 1, o[7] if o[7] is not None else -1))
        for o in items:
            if o[0] == "l":
                _, x0, y0, x1, y1, w, grey, _c = o
                c.setLineWidth(w * PT_MM)
                c.setStrokeGray(grey)
                c.line(x0 * PT_MM, H - y0 * PT_MM, x1 * PT_MM, H - y1 * PT_MM)
            else:
                _, x, y, s, font, size, align, _c = o
                c.setFont(names[font], size)
                c.setFillGray(0)
                X, Y = x * PT_MM, H - y * PT_MM
                if align == "r":
                    c.drawRightString(X, Y, s)
                elif align == "c":
                    c.drawCentredString(X, Y, s)
                else:
                    c.drawString(X, Y, s)
        c.showPage()
    c.save()
    return buf.getvalue()


def _emit_fpdf(ops: _Ops, fonts: dict):
    from fpdf import FPDF
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creation_date(FIXED_TS)
    pdf.set_producer("")
    pdf.set_auto_page_break(False)
    names = {}
    for key, spec in fonts.items():
        nm = re.sub(r"\W", "", spec[2]).lower() + str(spec[1])
        if nm not in names.values():
            pdf.add_font(nm, "", fname=spec[0], collection_font_number=spec[1])
        names[key] = nm
    for page in ops.pages:
        pdf.add_page()
        for o in page:
            if o[0] == "l":
                _, x0, y0, x1, y1, w, grey, _c = o
                pdf.set_line_width(w)
                pdf.set_draw_color(int(grey * 255))
                pdf.line(x0, y0, x1, y1)
            else:
                _, x, y, s, font, size, align, _c = o
                pdf.set_font(names[font], size=size)
                wd = pdf.get_string_width(s)
                X = x - wd if align == "r" else x - wd / 2 if align == "c" else x
                pdf.text(X, y, s)
    return bytes(pdf.output())


def _measure(spec, size_pt, s):
    from .fonts import pil_font
    f = pil_font(spec, 100)
    return f.getlength(s) / 100 * size_pt / PT_MM  # mm


def _wrap(spec, size, s, w):
    out, cur = [], ""
    for ch in s:
        if cur and _measure(spec, size, cur + ch) > w:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out or [""]


def _table(ops, fonts, key, x0, y, cols, heads, rows, size, rules=True, head_size=None, ymax=270,
           on_new_page=None, lh=1.25):
    """cols: widths (mm). Rows are lists of strings.  Cells wrap.  Returns y."""
    spec = fonts[key]
    xs = [x0]
    for w in cols:
        xs.append(xs[-1] + w)
    hs = head_size or size

    def header(yy):
        hh = max(len(_wrap(spec, hs, h, w - 1.5)) for h, w in zip(heads, cols)) * hs * 0.3528 * lh + 3
        if rules:
            ops.line(xs[0], yy, xs[-1], yy, 0.3)
        for i, (h, w) in enumerate(zip(heads, cols)):
            for k, t in enumerate(_wrap(spec, hs, h, w - 1.5)):
                ops.text(xs[i] + w / 2, yy + 2 + (k + 0.8) * hs * 0.3528 * lh, t, key, hs, "c", col=i)
        yy += hh
        ops.line(xs[0], yy, xs[-1], yy, 0.3)
        return yy

    y = header(y)
    for r in rows:
        wrapped = [_wrap(spec, size, v, w - 1.5) for v, w in zip(r, cols)]
        rh = max(len(c) for c in wrapped) * size * 0.3528 * lh + 2.4
        if y + rh > ymax:
            if rules:
                for x in xs:
                    pass
            ops.new_page()
            if on_new_page:
                y = on_new_page()
            else:
                y = 20
            y = header(y)
        for i, (cell, w) in enumerate(zip(wrapped, cols)):
            for k, t in enumerate(cell):
                ops.text(xs[i] + 0.8, y + 1.2 + (k + 0.8) * size * 0.3528 * lh, t, key, size, "l", col=i)
        y += rh
        if rules:
            ops.line(xs[0], y, xs[-1], y, 0.15, 0.3)
    return y


# --------------------------------------------------------------------------
TAX_STD = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]


def _agent_note(r, style):
    if style == 0:
        return f"扣缴义务人：{r['_agent_raw']}"
    if style == 1:
        return f"扣缴义务人：{r['_agent_raw']}（{r['_uscc']}）"
    return f"扣缴义务人纳税人识别号：{r['_uscc']} 扣缴义务人：{r['_agent_raw']}"


def tax_record(doc, facts, rng, engine):
    """engine: rl | fpdf | html | html_agentcol"""
    f, rows = doc["fields"], doc["rows"]
    raw = doc["raw"]
    pstyle = rng.choice(["iso_zhi", "dot_dash", "iso_zhi"])
    nstyle = rng.choice([0, 1, 2])
    agent_col = engine in ("fpdf", "html_agentcol")
    if agent_col:
        heads = rng.choice([
            ["税款所属期", "所得项目", "扣缴义务人", "申报日期", "实缴(退)金额", "入(退)库日期", "入库税务机关"],
            ["所得项目", "税款所属期", "申报日期", "实缴（退）金额（元）", "入（退）库日期", "扣缴义务人", "入库税务机关"]])
    else:
        heads = list(TAX_STD)
        if rng.random() < 0.4:
            heads[1] = "实缴（退）金额"
            heads[2] = "入（退）库日期"
    table = []
    for r in rows:
        cell = {"申报日期": r["_decl"], "所得项目": r["_item"], "税款所属期": fmt.month_range(r["period"], pstyle),
                "入库税务机关": r["_office"], "备注": _agent_note(r, nstyle), "扣缴义务人": r["_agent_raw"]}
        for h in heads:
            if "金额" in h:
                cell[h] = r["amount"]
            if "库日期" in h:
                cell[h] = r["_paid"]
        table.append([cell[h] for h in heads])
    period = f"{fmt.ym(raw['first'], 'cn0')}至{fmt.ym(raw['last'], 'cn0')}"
    issue = f["issue_date"]
    total = sum(float(r["amount"]) for r in rows)
    if engine.startswith("html"):
        return _tax_html(f, heads, table, period, issue, total, raw, rng, facts)
    ops = _Ops()
    prefs_rl = [CLASSES["song"][1], CLASSES["hei"][1], CLASSES["kai"][2]] if engine == "rl" else \
        [CLASSES["hei"][0], CLASSES["song"][0], CLASSES["kai"][2]]
    alltext = "".join("".join(x) for x in table) + "".join(heads) + f["name"] + "中华人民共和国个人所得税纳税记录原《税收完税证明》纳税人名称识别号记录期间开具日期金额单位人民币元列至角分合计查询验证码第页共说明本记录仅为纳税人依法申报缴纳个人所得税的记录不作为收入证明扣缴义务人"
    body = _font_for(alltext, [rng.choice(prefs_rl)] + prefs_rl)
    fonts = {"b": body}
    size = rng.choice([7.2, 7.6, 8.0])

    def head_block():
        ops.text(105, 22, "中华人民共和国个人所得税纳税记录", "b", 15, "c")
        ops.text(105, 29, "（原《税收完税证明》）", "b", 9, "c")
        ops.text(188, 36, f"No.{raw['verify'][:10]}", "b", 8, "r")
        y = 44
        ops.text(20, y, f"纳税人名称：{f['name']}", "b", 9)
        ops.text(110, y, f"纳税人识别号：{f['id_number']}", "b", 9)
        y += 6.5
        ops.text(20, y, f"记录期间：{period}", "b", 9)
        ops.text(110, y, f"开具日期：{fmt.date(issue, 'iso') if rng.random() < 0.7 else fmt.date(issue, 'cn0')}", "b", 9)
        y += 6.5
        ops.text(20, y, "金额单位：人民币元（列至角分）", "b", 8)
        return y + 3.5

    y = head_block()
    if agent_col:
        cols = [24, 20, 36, 18, 19, 18, 35]
        if heads[0] == "所得项目":
            cols = [20, 24, 18, 20, 18, 36, 34]
    else:
        cols = [19, 19, 19, 22, 24, 32, 40]
    page_no = [1]

    def new_page():
        page_no[0] += 1
        return 18

    y = _table(ops, fonts, "b", 20, y, cols, heads, table, size, rules=engine == "rl", head_size=size + 0.4,
               on_new_page=new_page, ymax=262)
    y += 6
    if y > 255:
        ops.new_page()
        y = 24
    ops.text(20, y, f"合计：{total:.2f}", "b", 8.5)
    y += 8
    for t in ["说明：1.本记录仅为纳税人依法申报缴纳个人所得税的记录，不作为收入证明。",
              "2.本记录中的扣缴义务人为支付所得的单位或个人。", f"查询验证码：{raw['verify']}"]:
        ops.text(20, y, t, "b", 7.5)
        y += 5
    n = len(ops.pages)
    for i, pg in enumerate(ops.pages, 1):
        pg.append(("t", 105, 287, f"第{i}页/共{n}页", "b", 7.5, "c", None))
    if engine == "rl":
        return _emit_reportlab(ops, fonts, order=rng.choice(["rows", "cols"]))
    return _emit_fpdf(ops, fonts)


def _css_family(prefer_classes, text, rng):
    cands = []
    for c in prefer_classes:
        cands += CLASSES[c]
    rng.shuffle(cands)
    for spec in cands:
        if covers(spec, text):
            return spec[2]
    return "Noto Sans CJK SC"


def _tax_html(f, heads, table, period, issue, total, raw, rng, facts):
    text = "".join("".join(x) for x in table) + "".join(heads) + f["name"] + "中华人民共和国个人所得税纳税记录原《税收完税证明》纳税人名称识别号记录期间开具日期金额单位人民币元列至角分合计查询验证码说明本仅为依法申报缴纳的不作收入证明扣缴义务人支付所得单位或个"
    fam = _css_family(["song", "hei"], text, rng)
    e = _html.escape
    rows_html = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in table)
    border = rng.choice(["1px solid #333", "0.5px solid #666"])
    doc = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 16mm 14mm 18mm 14mm; }}
body {{ font-family: '{fam}'; font-size: {rng.choice([9, 9.5, 10])}pt; color:#111; }}
h1 {{ text-align:center; font-size:17pt; margin:0; letter-spacing:1px; }}
.sub {{ text-align:center; font-size:10pt; margin:3px 0 12px; }}
.hd {{ display:grid; grid-template-columns: 1fr 1fr; row-gap:5px; margin-bottom:8px; }}
table {{ border-collapse: collapse; width:100%; }}
th, td {{ border:{border}; padding:3px 3px; font-size:8.2pt; vertical-align:middle; }}
th {{ background:#f0f0f0; font-weight:normal; }}
.foot {{ margin-top:10px; font-size:8pt; line-height:1.6; }}
</style></head><body>
<h1>中华人民共和国个人所得税纳税记录</h1><div class="sub">（原《税收完税证明》）</div>
<div class="hd"><div>纳税人名称：{e(f['name'])}</div><div>纳税人识别号：{e(f['id_number'])}</div>
<div>记录期间：{e(period)}</div><div>开具日期：{e(fmt.date(issue, 'iso'))}</div>
<div>金额单位：人民币元（列至角分）</div><div></div></div>
<table><thead><tr>{''.join(f'<th>{e(h)}</th>' for h in heads)}</tr></thead><tbody>{rows_html}</tbody></table>
<div class="foot">合计：{total:.2f}<br>说明：1.本记录仅为纳税人依法申报缴纳个人所得税的记录，不作为收入证明。<br>
2.本记录中的扣缴义务人为支付所得的单位或个人。<br>查询验证码：{e(raw['verify'])}</div>
</body></html>"""
    return html_to_pdf(doc)


# --------------------------------------------------------------------------
def si_record(doc, facts, rng, engine):
    """engine: rl (sh_personal) | fpdf (equity_record / backpay_section) | html (range_rows)"""
    f, rows = doc["fields"], doc["rows"]
    lay = doc["layout"]
    ins = [("养老", 0.08), ("医疗", 0.02), ("失业", 0.005)]
    if lay == "range_rows":
        runs = []
        for r in rows:
            if runs and runs[-1]["employer"] == r["_emp_raw"] and runs[-1]["base"] == r["base"] and \
                    not r["back_payment"] and not runs[-1]["back"] and _next(runs[-1]["to"]) == r["month"]:
                runs[-1]["to"] = r["month"]
            else:
                runs.append(dict(frm=r["month"], to=r["month"], employer=r["_emp_raw"], base=r["base"],
                                 back=r["back_payment"]))
        heads = ["缴费起止年月", "缴费单位", "缴费基数", "月数", "缴费类型"]
        table = [[f"{fmt.ym(x['frm'], 'dot')}-{fmt.ym(x['to'], 'dot')}" if x["frm"] != x["to"] else fmt.ym(x["frm"], "dot"),
                  x["employer"], x["base"], str(_span(x["frm"], x["to"])), "补缴" if x["back"] else "正常"] for x in runs]
        title = "上海市社会保险个人缴费情况（汇总）"
        return _si_html(f, heads, table, title, facts, rng, None)
    mstyle = rng.choice(["iso", "compact", "cn0", "dot"])
    if lay == "equity_record":
        heads = ["费款所属期", "缴费单位"] + ["缴费基数"] + [f"{n}保险（个人）" for n, _ in ins] + ["备注"]
        title = rng.choice(["个人权益记录（社会保险）", "上海市社会保险个人权益记录"])
    else:
        heads = ["缴费年月", "单位名称", "缴费基数"] + [f"{n}(个人)" for n, _ in ins] + ["缴费类型"]
        title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险参保缴费情况（个人）"])
    def row(r):
        b = float(r["base"])
        amts = [f"{b * p:.2f}" for _, p in ins]
        if lay == "equity_record":
            last = "补缴" if r["back_payment"] else ""
        else:
            last = "补缴" if r["back_payment"] else rng.choice(["正常应缴", "正常"]) if False else "正常应缴"
        return [fmt.ym(r["month"], mstyle), r["_emp_raw"], r["base"]] + amts + [last]
    regular = [row(r) for r in rows if not (lay == "backpay_section" and r["back_payment"])]
    backs = [row(r) for r in rows if lay == "backpay_section" and r["back_payment"]]
    if lay == "backpay_section":
        heads = heads[:-1]
        regular = [x[:-1] for x in regular]
        backs = [x[:-1] for x in backs]
    if engine == "html":
        return _si_html(f, heads, regular, title, facts, rng, backs)
    ops = _Ops()
    prefs = [CLASSES["hei"][1], CLASSES["song"][1]] if engine == "rl" else [CLASSES["hei"][0], CLASSES["song"][0],
                                                                              CLASSES["kai"][2]]
    text = "".join("".join(x) for x in regular + backs) + "".join(heads) + title + f["name"] + "姓名证件号码公民身份查询期间打印日期单位元补缴记录以下为共页第本表数据来源于上海市社会保险事业管理中心仅供参考"
    fonts = {"b": _font_for(text, [rng.choice(prefs)] + prefs)}
    size = rng.choice([7.0, 7.5, 8.0])
    ops.text(105, 22, title, "b", 14, "c")
    idl = rng.choice(["证件号码", "公民身份号码", "社会保障号码"])
    ops.text(18, 34, f"姓名：{f['name']}", "b", 9)
    ops.text(80, 34, f"{idl}：{f['id_number']}", "b", 9)
    months = [r["month"] for r in rows]
    ops.text(18, 41, f"查询期间：{fmt.ym(months[0], 'cn0')}至{fmt.ym(months[-1], 'cn0')}", "b", 8.5)
    ops.text(120, 41, f"打印日期：{fmt.date(facts['print_date'], 'iso')}", "b", 8.5)
    ops.text(192, 48, "单位：元", "b", 7.5, "r")
    nb = len(heads)
    cols = [22, 52, 20] + [17] * (nb - 4) + [192 - 18 - 22 - 52 - 20 - 17 * (nb - 4)]
    y = _table(ops, fonts, "b", 18, 50, cols, heads, regular, size, rules=engine == "rl", ymax=268)
    if backs:
        y += 8
        if y > 240:
            ops.new_page()
            y = 24
        ops.text(18, y, "以下为补缴记录：", "b", 9)
        y = _table(ops, fonts, "b", 18, y + 3, cols, heads, backs, size, rules=engine == "rl", ymax=268)
    y += 8
    if y > 270:
        ops.new_page()
        y = 24
    ops.text(18, y, "本表数据来源于上海市社会保险事业管理中心，仅供参考。", "b", 7.5)
    n = len(ops.pages)
    for i, pg in enumerate(ops.pages, 1):
        pg.append(("t", 105, 287, f"共{n}页 第{i}页", "b", 7.5, "c", None))
    if engine == "rl":
        return _emit_reportlab(ops, fonts, order=rng.choice(["rows", "cols"]))
    return _emit_fpdf(ops, fonts)


def _next(m):
    y, mm = int(m[:4]), int(m[5:7])
    return f"{y + (mm == 12):04d}-{mm % 12 + 1:02d}"


def _span(a, b):
    return (int(b[:4]) * 12 + int(b[5:7])) - (int(a[:4]) * 12 + int(a[5:7])) + 1


def _si_html(f, heads, table, title, facts, rng, backs):
    e = _html.escape
    text = "".join("".join(x) for x in table + (backs or [])) + "".join(heads) + title + f["name"] + "姓名证件号码打印日期单位元补缴记录以下为本表数据来源于上海市社会保险事业管理中心仅供参考"
    fam = _css_family(["hei", "song"], text, rng)

    def tab(rows):
        return ("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr></thead><tbody>" +
                "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
    back_html = f"<h3>补缴记录</h3>{tab(backs)}" if backs else ""
    doc = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 15mm; }}
body {{ font-family: '{fam}'; font-size: 9.5pt; }}
h2 {{ text-align:center; font-size:16pt; margin: 4px 0 10px; }} h3 {{ font-size: 11pt; margin: 12px 0 4px; }}
.hd span {{ margin-right: 28px; }}
table {{ border-collapse: collapse; width: 100%; margin-top: 6px; }}
th, td {{ border: 1px solid #444; padding: 3px 4px; font-size: 8.6pt; text-align: center; }}
th {{ background: #e8eef6; }}
</style></head><body><h2>{e(title)}</h2>
<div class="hd"><span>姓名：{e(f['name'])}</span><span>证件号码：{e(f['id_number'])}</span>
<span>打印日期：{e(fmt.date(facts['print_date'], 'cn0'))}</span></div>
{tab(table)}{back_html}
<p style="font-size:8pt">本表数据来源于上海市社会保险事业管理中心，仅供参考。单位：元</p></body></html>"""
    return html_to_pdf(doc)


# --------------------------------------------------------------------------
def xuexin(doc, facts, rng):
    f = doc["fields"]
    e = _html.escape
    g = dt.date.fromisoformat(f["graduation_date"])
    years = doc["raw"].get("years", 4)
    start = dt.date(g.year - years, 9 if f["study_mode"] == "普通全日制" else 3, 1)
    kind = "普通高等教育" if f["study_mode"] == "普通全日制" else "成人高等教育"
    form = "普通全日制" if f["study_mode"] == "普通全日制" else "业余"
    rows = [("姓名", f["name"]), ("性别", facts["sex"]), ("出生日期", fmt.date(facts["birth"], "cn0")),
            ("入学日期", fmt.date(start, "cn0")), ("毕（结）业日期", fmt.date(g, "cn0")), ("学校名称", f["school"]),
            ("专业", f["major"]), ("学制", f"{years}年"), ("层次", f["level"]), ("学历类别", kind),
            ("学习形式", form), ("毕（结）业", "毕业"), ("证书编号", doc["raw"]["cert_no"]), ("校（院）长姓名", facts["president"])]
    text = "".join(a + b for a, b in rows) + "教育部学历证书电子注册备案表在线验证码更新日期学信网"
    fam = _css_family(["song", "hei"], text, rng)
    cells = "".join(f"<tr><th>{e(a)}</th><td>{e(b)}</td></tr>" for a, b in rows)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    qr = "".join(f'<div style="width:6px;height:6px;background:{"#000" if rng.random() < 0.5 else "#fff"}"></div>'
                 for _ in range(625))
    html = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 18mm; }} body {{ font-family: '{fam}'; }}
h2 {{ text-align:center; font-size:18pt; margin: 6px 0 4px; }} .upd {{ text-align:right; font-size:9pt; color:#555; }}
table {{ border-collapse: collapse; width: 68%; }} th, td {{ border:1px solid #888; padding:6px 8px; font-size:10.5pt; }}
th {{ width: 32%; background:#f4f6f9; font-weight:normal; text-align:left; }}
.qr {{ display:grid; grid-template-columns: repeat(25, 6px); position:absolute; right:0mm; top:30mm; }}
</style></head><body><h2>教育部学历证书电子注册备案表</h2><div class="upd">更新日期：{e(fmt.date(facts['print_date'], 'cn0'))}</div>
<div class="qr">{qr}</div>
<table>{cells}</table>
<p style="margin-top:18px">在线验证码：{code}</p>
<p style="font-size:9pt;color:#444">说明：本备案表可通过学信网在线验证，在线验证码有效期内可查询验证。</p></body></html>"""
    return html_to_pdf(html)
