"""Text-layer PDFs of the tax record, the social-insurance record and the 学信网
report, made five different ways: HTML printed by headless Chromium, reportlab
tables (ruled / unruled), fpdf2 tables, and characters placed one by one."""
import datetime as dt
import html
import io

from .util import d, month_last_day

# ------------------------------------------------------------------ chromium
_browser = {}
# fonts whose glyphs Chromium maps back to the unified ideographs in the text layer
# (Noto CJK makes Chromium write Kangxi radicals such as ⼈⺠ into ToUnicode)
CHROME_FONTS = ["'WenQuanYi Zen Hei'", "'WenQuanYi Micro Hei'", "'AR PL UMing CN'", "'AR PL SungtiL GB'",
                "'LXGW WenKai'"]


def chromium_pdf(html_text, landscape=False):
    if "b" not in _browser:
        from playwright.sync_api import sync_playwright
        p = sync_playwright().start()
        _browser["p"] = p
        _browser["b"] = p.chromium.launch(executable_path="/usr/bin/chromium",
                                          args=["--no-sandbox", "--font-render-hinting=none"])
    page = _browser["b"].new_page()
    page.set_content(html_text)
    pdf = page.pdf(format="A4", landscape=landscape, print_background=True,
                   margin={"top": "12mm", "bottom": "14mm", "left": "10mm", "right": "10mm"},
                   display_header_footer=True,
                   header_template="<span></span>",
                   footer_template='<div style="font-size:8px;width:100%;text-align:center;font-family:WenQuanYi Zen Hei">'
                                   '第<span class="pageNumber"></span>页 共<span class="totalPages"></span>页</div>')
    page.close()
    return pdf


def close_browser():
    if "b" in _browser:
        try:
            _browser["b"].close()
            _browser["p"].stop()
        except Exception:
            pass
        _browser.clear()


# ------------------------------------------------------------------ reportlab fonts
_rl_fonts = {}
RL_FONTS = {
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", None),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
}


def rl_font(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if name == "STSong-Light":
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        if name not in _rl_fonts:
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
            _rl_fonts[name] = 1
        return name
    if name not in _rl_fonts:
        path, idx = RL_FONTS[name]
        f = TTFont(name, path, subfontIndex=idx) if idx is not None else TTFont(name, path)
        pdfmetrics.registerFont(f)
        _rl_fonts[name] = 1
    return name


# ------------------------------------------------------------------ tax table content
def fmt_amount(a, sep):
    v = float(a)
    return "{:,.2f}".format(v) if sep else "%.2f" % v


def tax_period_text(period, style):
    first = period + "-01"
    last = month_last_day(period).isoformat()
    if style == 0:
        return "%s至%s" % (first, last)
    if style == 1:
        return "%s-%s" % (first.replace("-", "."), last.replace("-", "."))
    return "%s 至 %s" % (first, last)


def tax_rows_national(truth_doc, ctx, rng, sty):
    """list of (申报日期, 金额, 入库日期, 所得项目, 所属期, 入库税务机关, 备注, 扣缴义务人)"""
    office = ctx["tax_office"]
    out = []
    for r in truth_doc["rows"]:
        y, m = map(int, r["period"].split("-"))
        decl = dt.date(y + (m == 12), m % 12 + 1, rng.randint(3, 14))
        paid = decl + dt.timedelta(days=rng.randint(0, 3))
        item = r.get("item", "工资薪金所得") if r.get("item") != "全年一次性奖金收入" else "工资薪金所得"
        if r.get("item") == "全年一次性奖金收入":
            item = "全年一次性奖金收入"
        if r.get("item") == "劳务报酬所得":
            item = "劳务报酬所得"
        agent = r["withholding_agent"]
        code = ctx["uscc"].get(agent, "")
        disp_agent = agent.replace("(", "（").replace(")", "）") if sty.get("fullwidth") else agent
        if sty["remark"] == 0:
            remark = "扣缴义务人：%s" % disp_agent
        elif sty["remark"] == 1:
            remark = "扣缴义务人：%s %s" % (code, disp_agent)
        else:
            remark = "扣缴义务人：%s（%s）" % (disp_agent, code)
        out.append((decl.isoformat(), fmt_amount(r["amount"], sty["sep"]), paid.isoformat(), item,
                    tax_period_text(r["period"], sty["period"]), office, remark, disp_agent))
    return out


def tax_header(truth_doc, ctx):
    f = truth_doc["fields"]
    rows = truth_doc["rows"]
    p0 = min(r["period"] for r in rows)
    p1 = max(r["period"] for r in rows)
    issue = d(f["issue_date"])
    return {
        "name": f["name"], "id": f["id_number"],
        "period": "%s年%s月-%s年%s月" % (p0[:4], p0[5:], p1[:4], p1[5:]),
        "issue": "%d年%02d月%02d日" % (issue.year, issue.month, issue.day),
        "issue_iso": f["issue_date"], "code": ctx["verify_code"],
        "no": ctx["record_no"],
    }


TAX_NOTE = ("说明：1.本记录涵盖的税款所属期内，您的个人所得税缴(退)税情况；2.本记录不作为纳税人"
            "取得收入的证明；3.您可以通过个人所得税App或自然人电子税务局扫描二维码或输入查询验证码，"
            "对本记录的真伪进行查验。")


def tax_html(truth_doc, ctx, rng):
    sty = ctx["tax_style"]
    h = tax_header(truth_doc, ctx)
    rows = tax_rows_national(truth_doc, ctx, rng, sty)
    fontfam = rng.choice(CHROME_FONTS)
    sep_col = sty["agent_col"]
    heads = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关"]
    heads += ["扣缴义务人"] if sep_col else []
    heads += ["备注"]
    trs = []
    for r in rows:
        cells = list(r[:6]) + ([r[7]] if sep_col else []) + ([("" if sep_col else r[6])])
        tds = "".join('<td class="%s">%s</td>' % ("num" if i == 1 else "", html.escape(c))
                      for i, c in enumerate(cells))
        trs.append("<tr>%s</tr>" % tds)
    total = sum(float(r["amount"]) for r in truth_doc["rows"])
    fs = rng.choice([9, 9.5, 10, 10.5])
    return """<html><head><meta charset="utf-8"><style>
body{font-family:%s;font-size:%spt;color:#111}
h1{text-align:center;font-size:17pt;margin:0 0 2px 0;letter-spacing:2px}
.sub{text-align:center;font-size:10pt;margin-bottom:10px}
.hd{display:flex;flex-wrap:wrap;margin:6px 0}
.hd div{width:50%%;margin:2px 0}
table{border-collapse:collapse;width:100%%;%s}
th,td{border:%s;padding:3px 4px;vertical-align:middle}
th{background:%s;font-weight:normal}
td.num{text-align:right}
.foot{margin-top:12px;font-size:8.5pt;line-height:1.6}
.no{text-align:right;font-size:9pt}
</style></head><body>
<div class="no">No. %s</div>
<h1>中华人民共和国个人所得税纳税记录</h1>
<div class="sub">（原《税收完税证明》）</div>
<div class="hd"><div>纳税人名称：%s</div><div>纳税人识别号：%s</div>
<div>记录期间：%s</div><div>开具日期：%s</div><div>金额单位：人民币元</div></div>
<table><thead><tr>%s</tr></thead><tbody>%s
<tr><td>合计</td><td class="num">%s</td><td colspan="%d"></td></tr></tbody></table>
<div class="foot">%s<br>查询验证码：%s</div>
</body></html>""" % (
        fontfam, fs, "" if sty["rules"] else "border-top:1.5px solid #000;border-bottom:1.5px solid #000",
        "0.6px solid #333" if sty["rules"] else "none", "#eee" if sty["rules"] else "none",
        h["no"], html.escape(h["name"]), h["id"], h["period"], h["issue"],
        "".join("<th>%s</th>" % x for x in heads), "\n".join(trs),
        fmt_amount("%.2f" % total, sty["sep"]), len(heads) - 2, TAX_NOTE, h["code"])


def tax_reportlab(truth_doc, ctx, rng, ruled=True, fontname="zenhei"):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    fn = rl_font(fontname)
    sty = ctx["tax_style"]
    h = tax_header(truth_doc, ctx)
    rows = tax_rows_national(truth_doc, ctx, rng, sty)
    land = rng.random() < 0.4
    ps = ParagraphStyle("c", fontName=fn, fontSize=8.5, leading=10.5, wordWrap="CJK")
    psr = ParagraphStyle("r", parent=ps, alignment=2)
    heads = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
    data = [[Paragraph(x, ps) for x in heads]]
    for r in rows:
        data.append([Paragraph(r[0], ps), Paragraph(r[1], psr), Paragraph(r[2], ps), Paragraph(r[3], ps),
                     Paragraph(r[4], ps), Paragraph(r[5], ps), Paragraph(r[6], ps)])
    pw = (landscape(A4) if land else A4)[0] - 24 * mm
    fr = [0.11, 0.10, 0.11, 0.11, 0.14, 0.19, 0.24]
    t = Table(data, colWidths=[pw * x for x in fr], repeatRows=1 if sty["repeat"] else 0)
    st = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), fn)]
    if ruled:
        st += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92))]
    else:
        st += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
               ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
    t.setStyle(TableStyle(st))
    title = ParagraphStyle("t", fontName=fn, fontSize=16, leading=22, alignment=1)
    small = ParagraphStyle("s", fontName=fn, fontSize=9.5, leading=14)
    buf = io.BytesIO()

    def foot(c, doc):
        c.setFont(fn, 8)
        c.drawCentredString(doc.pagesize[0] / 2, 8 * mm, "第 %d 页" % doc.page)

    docu = SimpleDocTemplate(buf, pagesize=landscape(A4) if land else A4, leftMargin=12 * mm,
                             rightMargin=12 * mm, topMargin=14 * mm, bottomMargin=16 * mm,
                             title="个人所得税纳税记录")
    story = [Paragraph("No.%s" % h["no"], ParagraphStyle("n", parent=small, alignment=2)),
             Paragraph("中华人民共和国个人所得税纳税记录", title),
             Paragraph("（原《税收完税证明》）", ParagraphStyle("st", parent=small, alignment=1)),
             Spacer(1, 4 * mm),
             Paragraph("纳税人名称：%s　　　　纳税人识别号：%s" % (h["name"], h["id"]), small),
             Paragraph("记录期间：%s　　　开具日期：%s　　　金额单位：人民币元" % (h["period"], h["issue"]), small),
             Spacer(1, 3 * mm), t, Spacer(1, 5 * mm),
             Paragraph(TAX_NOTE, ParagraphStyle("f", parent=small, fontSize=8, leading=12)),
             Paragraph("查询验证码：%s" % h["code"], small)]
    docu.build(story, onFirstPage=foot, onLaterPages=foot)
    return buf.getvalue()


def tax_fpdf(truth_doc, ctx, rng):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    sty = ctx["tax_style"]
    h = tax_header(truth_doc, ctx)
    rows = tax_rows_national(truth_doc, ctx, rng, sty)
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(True, margin=15)
    fpath = rng.choice(["/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
                        "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"])
    pdf.add_font("cjk", "", fpath)
    pdf.add_page()
    pdf.set_font("cjk", size=15)
    pdf.cell(0, 9, "中华人民共和国个人所得税纳税记录", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=9.5)
    pdf.cell(0, 6, "（原《税收完税证明》）", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(95, 6, "纳税人名称：" + h["name"])
    pdf.cell(0, 6, "纳税人识别号：" + h["id"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(95, 6, "记录期间：" + h["period"])
    pdf.cell(0, 6, "开具日期：" + h["issue"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("cjk", size=8)
    heads = ("申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注")
    with pdf.table(col_widths=(18, 17, 18, 18, 24, 30, 40), text_align=("LEFT", "RIGHT", "LEFT", "LEFT",
                                                                         "LEFT", "LEFT", "LEFT"),
                   line_height=4.2, repeat_headings=1 if sty["repeat"] else 0,
                   headings_style=FontFace(emphasis="", fill_color=(235, 235, 235))) as table:
        row = table.row()
        for x in heads:
            row.cell(x)
        for r in rows:
            row = table.row()
            for c in r[:7]:
                row.cell(c)
    pdf.ln(4)
    pdf.multi_cell(0, 4.5, TAX_NOTE)
    pdf.cell(0, 6, "查询验证码：" + h["code"])
    return bytes(pdf.output())


def tax_charwise(truth_doc, ctx, rng):
    """every character placed alone, content stream order shuffled per page"""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    fn = rl_font(rng.choice(["song", "uming", "STSong-Light"]))
    sty = ctx["tax_style"]
    h = tax_header(truth_doc, ctx)
    rows = tax_rows_national(truth_doc, ctx, rng, sty)
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    cols = [(28, 60, "l"), (90, 58, "r"), (152, 58, "l"), (214, 58, "l"), (276, 80, "l"),
            (360, 95, "l"), (459, 110, "l")]
    heads = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
    fs = 7.5
    items = []

    def put(x, y, s, size, align="l", width=None):
        if align == "r":
            x = x + width - stringWidth(s, fn, size)
        for ch in s:
            items.append((x, y, ch, size))
            x += stringWidth(ch, fn, size)

    def wrap(s, width, size):
        out, cur = [], ""
        for ch in s:
            if cur and stringWidth(cur + ch, fn, size) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        return out + ([cur] if cur else [])

    def flush():
        rng.shuffle(items)
        for x, y, ch, size in items:
            c.setFont(fn, size)
            c.drawString(x, y, ch)
        items.clear()

    def page_head(first):
        y = H - 50
        if first:
            put(W / 2 - stringWidth("中华人民共和国个人所得税纳税记录", fn, 15) / 2, y,
                "中华人民共和国个人所得税纳税记录", 15)
            y -= 18
            put(W / 2 - 45, y, "（原《税收完税证明》）", 9)
            y -= 22
            put(28, y, "纳税人名称：" + h["name"], 9)
            put(300, y, "纳税人识别号：" + h["id"], 9)
            y -= 15
            put(28, y, "记录期间：" + h["period"], 9)
            put(300, y, "开具日期：" + h["issue"], 9)
            y -= 20
        if first or sty["repeat"]:
            for (x, wd, al), t in zip(cols, heads):
                put(x, y, t, fs, al if al == "l" else "r", wd)
            c.setLineWidth(0.6)
            c.line(26, y - 4, W - 26, y - 4)
            y -= 16
        return y

    y = page_head(True)
    pg = 1
    for r in rows:
        cells = [wrap(v, wd - 3, fs) for v, (x, wd, al) in zip(r[:7], cols)]
        nl = max(len(x) for x in cells)
        if y - nl * 10 < 60:
            put(W / 2 - 20, 30, "第%d页" % pg, 8)
            flush()
            c.showPage()
            pg += 1
            y = page_head(False)
        for (x, wd, al), lines in zip(cols, cells):
            for k, ln in enumerate(lines):
                put(x, y - k * 10, ln, fs, al, wd - 3)
        y -= nl * 10 + 6
    y -= 10
    for ln in wrap(TAX_NOTE, W - 60, 8):
        put(28, y, ln, 8)
        y -= 12
    put(28, y - 4, "查询验证码：" + h["code"], 9)
    put(W / 2 - 20, 30, "第%d页" % pg, 8)
    flush()
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ social insurance
def si_groups(rows, ranges):
    """group consecutive months with same employer/base/status into ranges"""
    out = []
    for r in rows:
        if ranges and out:
            g = out[-1]
            from .util import month_add
            if (g["employer"] == r["employer"] and g["base"] == r["base"] and g["back"] == r["back_payment"]
                    and month_add(g["to"], 1) == r["month"]):
                g["to"] = r["month"]
                continue
        out.append({"from": r["month"], "to": r["month"], "employer": r["employer"], "base": r["base"],
                    "back": r["back_payment"]})
    return out


def si_month_text(g, style):
    a, b = g["from"], g["to"]
    if style == 1:
        a, b = a.replace("-", ""), b.replace("-", "")
    if a == b:
        return a
    return "%s至%s" % (a, b) if style == 0 else "%s-%s" % (a, b)


def si_html(doc, ctx, rng):
    f = doc["fields"]
    sty = ctx["si_style"]
    groups = si_groups(doc["rows"], sty["ranges"])
    trs = []
    for g in groups:
        base = float(g["base"])
        n = 1
        trs.append("<tr><td>%s</td><td>%s</td><td class='num'>%s</td><td class='num'>%.2f</td>"
                   "<td class='num'>%.2f</td><td class='num'>%.2f</td><td>%s</td></tr>" % (
                       si_month_text(g, sty["mstyle"]), html.escape(g["employer"]),
                       fmt_amount(g["base"], sty["sep"]), base * 0.08 * n, base * 0.02 * n, base * 0.005 * n,
                       "补缴" if g["back"] else "正常"))
    fam = rng.choice(CHROME_FONTS)
    return """<html><head><meta charset="utf-8"><style>
body{font-family:%s;font-size:10pt}
.top{color:#fff;background:#1d6fd8;padding:6px 10px;font-size:11pt}
h2{text-align:center;margin:10px 0}
.g{display:grid;grid-template-columns:1fr 1fr;gap:4px 20px;margin:8px 0 12px 0}
table{border-collapse:collapse;width:100%%}
th{background:#e8f0fb;border:1px solid #9bb;padding:4px}
td{border:1px solid #bbb;padding:4px}
td.num{text-align:right}
</style></head><body>
<div class="top">上海市人民政府 “一网通办” 总门户 · 社会保险</div>
<h2>%s</h2>
<div class="g"><div>姓名：%s</div><div>证件类型：居民身份证</div><div>证件号码：%s</div>
<div>查询日期：%s</div></div>
<table><thead><tr><th>%s</th><th>%s</th><th>缴费基数</th><th>养老保险(个人)</th><th>医疗保险(个人)</th>
<th>失业保险(个人)</th><th>缴费类型</th></tr></thead><tbody>%s</tbody></table>
<p style="font-size:8.5pt;color:#555">注：本页面信息仅供参考，以社保经办机构记录为准。补缴记录不计入按月连续缴费。</p>
</body></html>""" % (fam, sty["title"], html.escape(f["name"]), f["id_number"], ctx["si_print_date"],
                     sty["mlabel"], sty["elabel"], "\n".join(trs))


def si_reportlab(doc, ctx, rng):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    fn = rl_font(rng.choice(["zenhei", "song", "uming"]))
    f = doc["fields"]
    sty = ctx["si_style"]
    groups = si_groups(doc["rows"], sty["ranges"])
    ps = ParagraphStyle("c", fontName=fn, fontSize=9, leading=11.5, wordWrap="CJK")
    psr = ParagraphStyle("r", parent=ps, alignment=2)
    data = [[Paragraph(x, ps) for x in (sty["mlabel"], sty["elabel"], "缴费基数", "养老", "医疗", "失业", "备注")]]
    for g in groups:
        b = float(g["base"])
        data.append([Paragraph(si_month_text(g, sty["mstyle"]), ps), Paragraph(g["employer"], ps),
                     Paragraph(fmt_amount(g["base"], sty["sep"]), psr), Paragraph("%.2f" % (b * 0.08), psr),
                     Paragraph("%.2f" % (b * 0.02), psr), Paragraph("%.2f" % (b * 0.005), psr),
                     Paragraph("补缴" if g["back"] else "", ps)])
    pw = A4[0] - 24 * mm
    t = Table(data, colWidths=[pw * x for x in (0.17, 0.33, 0.12, 0.09, 0.09, 0.09, 0.11)], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.93, 0.97))]))
    title = ParagraphStyle("t", fontName=fn, fontSize=15, leading=20, alignment=1)
    small = ParagraphStyle("s", fontName=fn, fontSize=10, leading=15)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=15 * mm,
                      bottomMargin=15 * mm).build([
        Paragraph(sty["title"], title), Spacer(1, 4 * mm),
        Paragraph("姓名：%s　　　证件号码：%s" % (f["name"], f["id_number"]), small),
        Paragraph("打印日期：%s　　　单位：元" % ctx["si_print_date"], small), Spacer(1, 3 * mm), t])
    return buf.getvalue()


def si_fpdf(doc, ctx, rng):
    from fpdf import FPDF
    f = doc["fields"]
    sty = ctx["si_style"]
    groups = si_groups(doc["rows"], sty["ranges"])
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("cjk", "", "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf")
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.cell(0, 10, sty["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    pdf.cell(0, 6, "姓名：%s" % f["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "证件号码：%s" % f["id_number"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("cjk", size=9)
    from fpdf.fonts import FontFace
    with pdf.table(col_widths=(26, 62, 24, 24), text_align=("LEFT", "LEFT", "RIGHT", "CENTER"),
                   line_height=5, headings_style=FontFace(emphasis="", fill_color=(230, 238, 248))) as table:
        r = table.row()
        for x in (sty["mlabel"], sty["elabel"], "缴费基数", "缴费类型"):
            r.cell(x)
        for g in groups:
            r = table.row()
            for x in (si_month_text(g, sty["mstyle"]), g["employer"], fmt_amount(g["base"], sty["sep"]),
                      "补缴" if g["back"] else "正常"):
                r.cell(x)
    return bytes(pdf.output())


# ------------------------------------------------------------------ 学信网 report
def xuexin_pdf(doc, ctx, rng):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from .draw import portrait, qr_like
    fn = rl_font(rng.choice(["zenhei", "song"]))
    f = doc["fields"]
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont(fn, 17)
    c.drawCentredString(W / 2, H - 70, "教育部学历证书电子注册备案表")
    c.setFont(fn, 9)
    c.drawRightString(W - 50, H - 95, "更新日期：%s" % ctx["xuexin_date"])
    rowsv = [("姓名", f["name"]), ("性别", ctx["sex"]), ("出生日期", ctx["birth_cn"]),
             ("入学日期", ctx["enrol_cn"]), ("毕(结)业日期", "%d年%02d月%02d日" % tuple(map(int, f["graduation_date"].split("-")))),
             ("学校名称", f["school"]), ("专业", f["major"]), ("层次", f["level"]),
             ("学历类别", "普通高等教育" if f["study_mode"] == "普通全日制" else "成人高等教育"),
             ("学习形式", f["study_mode"]), ("学制", "4年"), ("毕(结)业", "毕业"),
             ("证书编号", ctx["cert_no"]), ("校(院)长姓名", ctx["president"])]
    y = H - 130
    c.setLineWidth(0.7)
    for lab, val in rowsv:
        c.rect(60, y - 8, 110, 24)
        c.rect(170, y - 8, 230, 24)
        c.setFont(fn, 10)
        c.drawString(68, y, lab)
        c.drawString(178, y, val)
        y -= 24
    c.drawImage(ImageReader(portrait(180, 240, rng)), 420, H - 300, 110, 146)
    c.drawImage(ImageReader(qr_like(232, rng)), 430, y + 30, 90, 90)
    c.setFont(fn, 9)
    c.drawString(60, y - 20, "在线验证码：%s" % ctx["xuexin_code"])
    c.drawString(60, y - 36, "本备案表在有效期内可在学信网在线验证。")
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_pages(pdf_bytes):
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(pdf_bytes))


def rasterize(pdf_bytes, dpi=200):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    return out
