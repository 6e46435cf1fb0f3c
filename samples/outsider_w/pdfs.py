"""Text-layer PDFs drawn with reportlab (and fpdf2 for one variant): the national tax record,
the Shanghai social-insurance record, the 学信网 备案表.  A small table engine lays rows out over
pages (optional rules, wrapping cells, merged cells, repeated headers, landscape, a second table
on the page, text emitted out of reading order), then draws them."""
import io
import re

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .common import FONTS, RL_FONTS, month_last_day, pick_font

_REG = set()


def rl_font(name, text=""):
    name = pick_font(name, text, fallbacks=("wqy_micro", "wqy_zen")) if text else name
    if not FONTS[name][2]:
        name = "wqy_micro"
    if name not in _REG:
        path, idx, _ = FONTS[name]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))
        _REG.add(name)
    return name


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, rl_font(font), size)


def wrap(s, font, size, width):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if cur and sw(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines


class Doc:
    """Collects text and line ops per page, then writes a PDF."""

    def __init__(self, pagesize, r, font, shuffle=False, title="", author=""):
        self.ps = pagesize
        self.r = r
        self.font = font
        self.pages = []
        self.shuffle = shuffle
        self.title = title
        self.author = author
        self.new_page()

    def new_page(self):
        self.cur = {"text": [], "lines": [], "rects": []}
        self.pages.append(self.cur)

    def text(self, x, y, s, size, font=None, align="l", color=(0, 0, 0)):
        self.cur["text"].append((x, y, s, size, font or self.font, align, color))

    def line(self, x0, y0, x1, y1, w=0.6, color=(0, 0, 0)):
        self.cur["lines"].append((x0, y0, x1, y1, w, color))

    def rect(self, x0, y0, x1, y1, fill):
        self.cur["rects"].append((x0, y0, x1, y1, fill))

    def render(self, footer=None):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=self.ps, invariant=1, pageCompression=1)
        c.setTitle(self.title)
        c.setAuthor(self.author)
        c.setCreator(self.r.choice(["", "Microsoft Print to PDF", "iText 5.5.13", "Apache FOP"]))
        n = len(self.pages)
        for i, p in enumerate(self.pages):
            if footer:
                for op in footer(i + 1, n):
                    p["text"].append(op)
            for (x0, y0, x1, y1, fill) in p["rects"]:
                c.setFillColorRGB(*[v / 255 for v in fill])
                c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
            ops = list(p["text"])
            if self.shuffle:
                self.r.shuffle(ops)
            for (x, y, s, size, font, align, color) in ops:
                fn = rl_font(font, s)
                c.setFillColorRGB(*[v / 255 for v in color])
                c.setFont(fn, size)
                if align == "l":
                    c.drawString(x, y, s)
                elif align == "r":
                    c.drawRightString(x, y, s)
                else:
                    c.drawCentredString(x, y, s)
            for (x0, y0, x1, y1, w, color) in p["lines"]:
                c.setStrokeColorRGB(*[v / 255 for v in color])
                c.setLineWidth(w)
                c.line(x0, y0, x1, y1)
            c.showPage()
        c.save()
        return buf.getvalue(), n


def table(doc, y, x0, x1, cols, rows, fs, rules="grid", repeat_header=True, merge=None, bottom=60,
          head_fill=(235, 235, 235), top_on_new=None, align_num=(), padk=0.45):
    """Lay a table out from y (top, PDF coordinates) downward, breaking pages.  cols: [(title, frac)].
    Returns the y below the table."""
    ws = [f * (x1 - x0) for _, f in cols]
    xs = [x0]
    for w in ws:
        xs.append(xs[-1] + w)
    lead = fs * 1.25
    pad = fs * 0.45  # horizontal padding
    vpad = fs * padk  # vertical padding
    font = doc.font

    def header(y):
        hl = [wrap(t, font, fs, ws[i] - 2 * pad) for i, (t, _) in enumerate(cols)]
        h = max(len(x) for x in hl) * lead + 2 * pad
        if head_fill and rules != "none":
            doc.rect(x0, y - h, x1, y, head_fill)
        for i, lines in enumerate(hl):
            for j, ln in enumerate(lines):
                doc.text((xs[i] + xs[i + 1]) / 2, y - pad - fs * 0.9 - j * lead, ln, fs, align="c")
        _rule(y, y - h, True)
        return y - h

    def _rule(ya, yb, is_head=False):
        if rules == "grid":
            doc.line(x0, ya, x1, ya)
            doc.line(x0, yb, x1, yb)
            for x in xs:
                doc.line(x, ya, x, yb)
        elif rules == "h":
            if is_head:
                doc.line(x0, ya, x1, ya, 1.0)
            doc.line(x0, yb, x1, yb, 1.0 if is_head else 0.3)

    y = header(y)
    prev = None
    def cellsize(c, i):
        c = str(c)
        datey = re.fullmatch(r"[\d年月日.\-至/]+", c) is not None
        if c and (datey or all(ord(ch) < 0x2000 for ch in c)) and " " not in c and sw(c, font, fs) > ws[i] - 2 * pad:
            return max(4.0, fs * (ws[i] - 2 * pad) / sw(c, font, fs) * 0.98)
        return fs

    for ri, row in enumerate(rows):
        sizes = [cellsize(c, i) for i, c in enumerate(row)]
        cl = [[str(c)] if sizes[i] != fs else wrap(str(c), font, fs, ws[i] - 2 * pad) for i, c in enumerate(row)]
        h = max(len(x) for x in cl) * lead + 2 * vpad
        if y - h < bottom:
            doc.new_page()
            y = top_on_new if top_on_new else doc.ps[1] - 60
            if repeat_header:
                y = header(y)
            prev = None
        for i, lines in enumerate(cl):
            if merge is not None and i == merge and prev is not None and row[i] == prev[i]:
                continue
            for j, ln in enumerate(lines):
                if i in align_num:
                    doc.text(xs[i + 1] - pad, y - vpad - fs * 0.9 - j * lead, ln, sizes[i], align="r")
                else:
                    doc.text(xs[i] + pad, y - vpad - fs * 0.9 - j * lead, ln, sizes[i])
        if rules == "grid" and merge is not None:
            for k, x in enumerate(xs):
                doc.line(x, y, x, y - h)
            for k in range(len(cols)):
                if k == merge and ri + 1 < len(rows) and rows[ri + 1][k] == row[k]:
                    continue
                doc.line(xs[k], y - h, xs[k + 1], y - h)
            if prev is None:
                doc.line(x0, y, x1, y)
        else:
            _rule(y, y - h)
        prev = row
        y -= h
    return y


# ------------------------------------------------------------------ tax record
def period_text(m, style):
    ld = month_last_day(m)
    if style == 0:
        return "%s-01至%s-%02d" % (m, m, ld)
    if style == 1:
        y, mo = m.split("-")
        return "%s.%s.01-%s.%s.%02d" % (y, mo, y, mo, ld)
    if style == 2:
        return m
    return "%s年%s月" % (m[:4], m[5:])


def money_text(a, comma):
    if comma:
        return "{:,.2f}".format(float(a))
    return a


def decl_date(m, r):
    from .common import month_add
    n = month_add(m, 1)
    return "%s-%02d" % (n, r.randint(3, 14))


def tax_national_pdf(f, rows, r, codes, office, v=None):
    """中华人民共和国个人所得税纳税记录, text layer, many variants."""
    v = v or {}
    land = v.get("landscape", r.random() < 0.3)
    ps = landscape(A4) if land else A4
    font = v.get("font") or r.choice(RL_FONTS)
    doc = Doc(ps, r, font, shuffle=v.get("shuffle", r.random() < 0.35), title="个人所得税纳税记录")
    W, H = ps
    x0, x1 = 40, W - 40
    y = H - 60
    doc.text(W / 2, y, "中华人民共和国个人所得税纳税记录", 17, align="c")
    y -= 20
    doc.text(W / 2, y, "（原《税收完税证明》）", 10, align="c")
    y -= 14
    doc.text(x1, y, "No.%d%010d" % (r.randint(326, 349), r.randint(0, 10 ** 9)), 9, align="r")
    y -= 20
    periods = sorted(x["period"] for x in rows)
    rec = "%s年%s月至%s年%s月" % (periods[0][:4], periods[0][5:], periods[-1][:4], periods[-1][5:]) if periods else ""
    hdr = [("纳税人名称", f["name"]), ("纳税人识别号", f["id_number"]), ("记录期间", rec),
           ("开具日期", f["issue_date"].replace("-", r.choice(["-", "."])) if "issue_date" in f else "")]
    fs0 = 9.5
    if r.random() < 0.5:
        for i in range(0, 4, 2):
            doc.text(x0, y, "%s：%s" % hdr[i], fs0)
            doc.text(W / 2 + 10, y, "%s：%s" % hdr[i + 1], fs0)
            y -= 16
    else:
        for k, val in hdr:
            doc.text(x0, y, k + "：", fs0)
            doc.text(x0 + 80, y, val, fs0)
            y -= 15
    y -= 6
    pstyle = r.randint(0, 3)
    comma = r.random() < 0.25
    payer_mode = v.get("payer_mode", r.choice(["remark", "remark_code_before", "remark_code_after", "column", "column_code"]))
    base_cols = [("申报日期", 0.10), ("实缴(退)金额", 0.10), ("入(退)库日期", 0.10), ("所得项目", 0.13),
                 ("税款所属期", 0.17), ("入库税务机关", 0.17), ("备注", 0.23)]
    if r.random() < 0.4:
        base_cols = [(a.replace("实缴(退)金额", r.choice(["实缴（退）金额", "实缴(退)税额", "实缴金额"]))
                      .replace("税款所属期", r.choice(["税款所属期", "税款所属期间", "所属期"]))
                      .replace("所得项目", r.choice(["所得项目", "所得项目名称", "征收品目"])), w) for a, w in base_cols]
    if payer_mode in ("column", "column_code"):
        base_cols = base_cols[:-1] + [("扣缴义务人" if payer_mode == "column" else "扣缴义务人名称", 0.19), ("备注", 0.04)]
        if payer_mode == "column_code":
            base_cols = [(a, w * 0.86) for a, w in base_cols] + [("扣缴义务人识别号", 0.14)]
    order = list(range(len(base_cols)))
    if r.random() < 0.4:
        # another column order: move 税款所属期 first, amount last-but
        order = sorted(order, key=lambda i: {4: -2, 3: -1}.get(i, i) if r.random() < 0.9 else i)
    cols = [base_cols[i] for i in order]
    tot = sum(w for _, w in cols)
    cols = [(a, w / tot) for a, w in cols]
    body = []
    wage_word = r.choice(["正常工资薪金所得", "工资薪金所得", "正常工资薪金"])
    for rw in rows:
        agent = rw["withholding_agent"]
        agent_p = agent.replace("(", "（").replace(")", "）") if r.random() < 0.3 else agent
        code = codes.get(agent, "")
        cells = [decl_date(rw["period"], r), money_text(rw["amount"], comma), decl_date(rw["period"], r),
                 wage_word if rw.get("_item") == "正常工资薪金所得" else rw.get("_item"),
                 period_text(rw["period"], pstyle), office]
        if payer_mode == "remark":
            cells.append("扣缴义务人：" + agent_p)
        elif payer_mode == "remark_code_before":
            cells.append("扣缴义务人：%s %s" % (code, agent_p))
        elif payer_mode == "remark_code_after":
            cells.append("扣缴义务人：%s（%s）" % (agent_p, code))
        elif payer_mode == "column":
            cells += [agent_p, ""]
        else:
            cells += [agent_p, "", code]
        body.append([cells[i] for i in order])
    fs = v.get("fs", r.choice([8, 8.5, 9, 9.5]) if not land else r.choice([8.5, 9, 10]))
    padk = r.choice([0.45, 0.8, 1.1, 1.4])
    merge = None
    if r.random() < 0.3:
        merge = [c for c, _ in cols].index("入库税务机关")
    two = v.get("two_tables", r.random() < 0.65) and any(x.get("_item") != "正常工资薪金所得" for x in rows)
    if two:
        main = [b for b, rw in zip(body, rows) if rw.get("_item") == "正常工资薪金所得"]
        other = [b for b, rw in zip(body, rows) if rw.get("_item") != "正常工资薪金所得"]
        doc.text(x0, y - 10, "一、工资薪金所得", 10)
        y = table(doc, y - 16, x0, x1, cols, main, fs, rules=v.get("rules", r.choice(["grid", "grid", "h", "none"])), merge=merge)
        if y < 120:
            doc.new_page()
            y = H - 60
        doc.text(x0, y - 18, "二、其他所得", 10)
        y = table(doc, y - 24, x0, x1, cols, other, fs, rules="grid")
    else:
        y = table(doc, y, x0, x1, cols, body, fs, rules=v.get("rules", r.choice(["grid", "grid", "h", "none"])),
                  merge=merge, repeat_header=r.random() < 0.7, padk=padk)
    if y < 110:
        doc.new_page()
        y = H - 60
    tot = sum(float(x["amount"]) for x in rows)
    doc.text(x0, y - 20, "金额合计（小写）：¥%.2f" % tot, 9)
    doc.text(x0, y - 38, "说明：本记录涉及纳税人敏感信息，请妥善保管。您可以通过个人所得税App或自然人电子税务局查询验证。", 7.5)
    vc = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))

    def footer(i, n):
        return [(x0, 28, "查询验证码：" + vc, 8, font, "l", (0, 0, 0)),
                (x1, 28, r.choice(["第%d页 共%d页", "%d/%d"]) % (i, n) if False else "第%d页 共%d页" % (i, n), 8, font, "r", (0, 0, 0))]
    return doc.render(footer)


# ------------------------------------------------------------------ social insurance
def si_groups(rows):
    """Consecutive months with the same employer, base and status grouped."""
    out = []
    for rw in rows:
        if out and out[-1]["employer"] == rw["employer"] and out[-1]["base"] == rw["base"] and out[-1]["bp"] == rw["back_payment"]:
            out[-1]["to"] = rw["month"]
        else:
            out.append({"from": rw["month"], "to": rw["month"], "employer": rw["employer"], "base": rw["base"], "bp": rw["back_payment"]})
    return out


def si_pdf(f, rows, r, v=None):
    v = v or {}
    land = r.random() < 0.25
    ps = landscape(A4) if land else A4
    font = r.choice(RL_FONTS)
    doc = Doc(ps, r, font, shuffle=r.random() < 0.35, title="社会保险个人缴费情况")
    W, H = ps
    x0, x1 = 45, W - 45
    y = H - 62
    doc.text(W / 2, y, r.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录", "上海市城镇职工社会保险缴费情况"]), 16, align="c")
    y -= 30
    doc.text(x0, y, "姓名：" + f["name"], 10)
    doc.text(W / 2 - 40, y, r.choice(["证件号码：", "公民身份号码："]) + f["id_number"], 10)
    y -= 16
    doc.text(x0, y, "打印日期：" + v.get("print_date", ""), 9)
    doc.text(W / 2 - 40, y, "险种：养老、医疗、失业", 9)
    y -= 12
    if any(x["back_payment"] for x in rows):
        mode = v.get("mode", r.choice(["section", "remark", "plain"]))
    else:
        mode = v.get("mode", r.choice(["plain", "plain", "ranges", "remark"]))
    mlab = r.choice(["缴费年月", "费款所属期", "所属期"])
    elab = r.choice(["单位名称", "缴费单位", "缴费单位名称"])
    mfmt = r.choice(["%s-%s", "%s%s", "%s年%s月"])

    def mt(m):
        return mfmt % (m[:4], m[5:])
    fs = r.choice([8.5, 9, 10, 10.5])
    padk = r.choice([0.5, 0.9, 1.3])
    if mode == "ranges":
        cols = [(mlab, 0.24), (elab, 0.34), ("缴费基数", 0.14), ("月数", 0.08), ("缴费类型", 0.2)]
        body = []
        for g in si_groups(rows):
            n = (int(g["to"][:4]) * 12 + int(g["to"][5:])) - (int(g["from"][:4]) * 12 + int(g["from"][5:])) + 1
            body.append([("%s至%s" % (mt(g["from"]), mt(g["to"]))) if n > 1 else mt(g["from"]), g["employer"], g["base"], str(n), "补缴" if g["bp"] else "正常"])
        y = table(doc, y - 10, x0, x1, cols, body, fs, rules=r.choice(["grid", "h"]), align_num=(2,))
    else:
        cols = [(mlab, 0.12), (elab, 0.34), ("缴费基数", 0.12), ("养老保险(个人)", 0.11), ("医疗保险(个人)", 0.11),
                ("失业保险(个人)", 0.1), ("缴费类型" if mode != "remark" else "备注", 0.1)]
        reg = [rw for rw in rows if not rw["back_payment"]] if mode == "section" else rows
        bp = [rw for rw in rows if rw["back_payment"]] if mode == "section" else []

        def line(rw):
            b = float(rw["base"])
            st = ("补缴" if rw["back_payment"] else "正常") if mode != "remark" else ("补缴" if rw["back_payment"] else "")
            return [mt(rw["month"]), rw["employer"], rw["base"], "%.2f" % (b * 0.08), "%.2f" % (b * 0.02), "%.2f" % (b * 0.005), st]
        merge = 1 if r.random() < 0.35 else None
        if mode == "section" and not reg:
            reg, bp = bp, []
        y = table(doc, y - 10, x0, x1, cols, [line(x) for x in reg], fs, rules=r.choice(["grid", "grid", "h", "none"]),
                  merge=merge, repeat_header=r.random() < 0.7, align_num=(2, 3, 4, 5), padk=padk)
        if bp:
            if y < 140:
                doc.new_page()
                y = H - 60
            doc.text(x0, y - 20, "补缴记录", 11)
            y = table(doc, y - 28, x0, x1, cols, [line(x) for x in bp], fs, rules="grid", align_num=(2, 3, 4, 5))
    if y < 90:
        doc.new_page()
        y = H - 60
    doc.text(x0, y - 22, "注：本表信息仅供参考，以社保经办机构记录为准。", 8)

    def footer(i, n):
        return [(W / 2, 26, "第 %d 页 / 共 %d 页" % (i, n), 8, font, "c", (0, 0, 0))]
    return doc.render(footer)


def si_pdf_fpdf(f, rows, r, v=None):
    """A second producer (fpdf2) for the social-insurance print, Noto-free (TTF fonts only)."""
    from fpdf import FPDF
    import datetime as dt
    v = v or {}
    pdf = FPDF(orientation="P", unit="pt", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 11, 1, 9, 0, 0, tzinfo=dt.timezone.utc))
    fname = r.choice(["wenkai", "wenkai_l", "wenkai_mono"])
    pdf.add_font("cjk", "", FONTS[fname][0])
    pdf.add_font("cjk", "B", FONTS["wenkai_b"][0])
    pdf.set_font("cjk", size=15)
    pdf.set_auto_page_break(True, margin=50)
    pdf.add_page()
    pdf.cell(0, 24, "上海市社会保险个人缴费情况", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    pdf.cell(0, 18, "姓名：%s      证件号码：%s" % (f["name"], f["id_number"]), new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 18, "打印日期：%s" % v.get("print_date", ""), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=8.5)
    with pdf.table(col_widths=(14, 40, 14, 14, 12), text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "CENTER"),
                   line_height=12, repeat_headings=1) as t:
        hr = t.row()
        for h in ["缴费年月", "单位名称", "缴费基数", "个人缴纳", "类型"]:
            hr.cell(h)
        for rw in rows:
            rr = t.row()
            for c in [rw["month"], rw["employer"], rw["base"], "%.2f" % (float(rw["base"]) * 0.105), "补缴" if rw["back_payment"] else "正常"]:
                rr.cell(c)
    return bytes(pdf.output()), pdf.pages_count


# ------------------------------------------------------------------ 学信网 备案表
def xuexin_pdf(f, r, sex, birth, idn, qr_seed):
    font = r.choice(RL_FONTS)
    doc = Doc(A4, r, font, shuffle=r.random() < 0.4, title="教育部学历证书电子注册备案表")
    W, H = A4
    y = H - 80
    doc.text(W / 2, y, "教育部学历证书电子注册备案表", 18, align="c")
    y -= 26
    doc.text(W - 60, y, "更新日期：2026年%02d月%02d日" % (r.randint(1, 11), r.randint(1, 28)), 9, align="r")
    y -= 20
    g = f["graduation_date"]
    yrs = 4 if f["level"] == "本科" else 3
    rows = [("姓名", f["name"], "性别", sex), ("证件号码", idn, "民族", "汉族"), ("出生日期", birth, "", ""),
            ("学校名称", f["school"], "层次", f["level"]), ("专业", f["major"], "学制", "%d 年" % yrs),
            ("学历类别", "普通高等教育" if f.get("study_mode", "").startswith("普通") else "成人高等教育", "学习形式", f.get("study_mode", "普通全日制")),
            ("入学日期", "%d年09月01日" % (int(g[:4]) - yrs), "毕(结)业日期", "%s年%s月%s日" % (g[:4], g[5:7], g[8:])),
            ("毕(结)业", "毕业", "证书编号", "%d%s%06d" % (r.randint(10000, 13999), g[:4], r.randint(0, 999999)))]
    x0, x1 = 60, W - 60
    cols = [("项目", 0.18), ("内容", 0.34), ("项目", 0.18), ("内容", 0.30)]
    table(doc, y, x0, x1, cols, [list(x) for x in rows], 10, rules="grid", head_fill=None)
    # QR code drawn as rects
    import random as _r
    q = _r.Random(qr_seed)
    s = 3.2
    qx, qy = W - 180, 160
    for i in range(25):
        for j in range(25):
            if q.random() < 0.5 or (i < 7 and j < 7) or (i > 17 and j < 7) or (i < 7 and j > 17):
                doc.rect(qx + i * s, qy + j * s, qx + (i + 1) * s, qy + (j + 1) * s, (0, 0, 0))
    doc.text(x0, 200, "在线验证码：%s" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)), 10)
    doc.text(x0, 180, "本备案表可通过学信网（www.chsi.com.cn）查询验证，在线验证有效期至2027年%02d月%02d日。" % (r.randint(1, 12), r.randint(1, 28)), 8)
    return doc.render()
