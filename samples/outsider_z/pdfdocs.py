"""Documents printed from websites/apps, laid out once and emitted either as a
text-layer PDF (reportlab, invariant) or rasterised (pypdfium2) for a printed
copy that is then photographed or scanned. Coordinates in mm from top-left."""
from __future__ import annotations

import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import gfx
from .util import d, month_last_day

MM = 72 / 25.4
_REG = {}
RL_FONTS = {
    "WQY": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "hei"),
    "WQYM": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "mhei"),
    "UMing": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "uming"),
    "Sung": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "song"),
    "WenKai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "wenkai"),
    "DejaVu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, "dejavu"),
}


def _reg(name):
    if name not in _REG:
        path, idx, _ = RL_FONTS[name]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx))
        _REG[name] = True
    return name


def _fb(name, s):
    if gfx.covers(RL_FONTS[name][2], s):
        return name
    for alt in ("WQYM", "WQY", "WenKai"):
        if gfx.covers(RL_FONTS[alt][2], s):
            return alt
    return "WQYM"


class Doc:
    def __init__(self, w=210.0, h=297.0, title="", producer=""):
        self.w, self.h = w, h
        self.pages = []
        self.title = title
        self.producer = producer
        self.new_page()

    def new_page(self):
        self.pages.append({"ops": [], "boxes": [], "all": []})
        return self.pages[-1]

    @property
    def cur(self):
        return self.pages[-1]

    def width(self, s, font, size):
        font = _fb(_reg(font), s)
        _reg(font)
        return pdfmetrics.stringWidth(s, font, size * MM) / MM

    def text(self, x, y, s, font="WQYM", size=3.2, color=(0, 0, 0), anchor="l", value=False):
        """size = font size in mm (em); y = baseline."""
        if not s:
            return
        font = _reg(_fb(_reg(font), s))
        w = self.width(s, font, size)
        x0 = x - (w if anchor == "r" else w / 2 if anchor == "m" else 0)
        self.cur["ops"].append(("text", x0, y, s, font, size, color))
        self.cur["all"].append((x0, y - size * 0.9, x0 + w, y + size * 0.25))
        if value:
            self.cur["boxes"].append((x0, y - size * 0.9, x0 + w, y + size * 0.25))

    def line(self, x0, y0, x1, y1, w=0.2, color=(0, 0, 0)):
        self.cur["ops"].append(("line", x0, y0, x1, y1, w, color))

    def rect(self, x0, y0, x1, y1, w=0.2, stroke=(0, 0, 0), fill=None):
        self.cur["ops"].append(("rect", x0, y0, x1, y1, w, stroke, fill))

    def image(self, x, y, w, h, im: Image.Image):
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "PNG", optimize=False)
        self.cur["ops"].append(("image", x, y, w, h, buf.getvalue()))

    def wrap(self, s, font, size, w):
        out, cur = [], ""
        for ch in s:
            if self.width(cur + ch, font, size) > w and cur:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    # -------------------------------------------------------------- emit
    def pdf_bytes(self, shuffle_rng=None):
        from reportlab import rl_config
        rl_config.useA85 = 0
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(self.w * MM, self.h * MM), invariant=1, pageCompression=1)
        c.setTitle(self.title)
        c.setProducer(self.producer or "reportlab")
        c.setCreator(self.producer or "")
        from reportlab.lib.utils import ImageReader
        for p in self.pages:
            ops = list(p["ops"])
            if shuffle_rng is not None:
                texts = [o for o in ops if o[0] == "text"]
                other = [o for o in ops if o[0] != "text"]
                shuffle_rng.shuffle(texts)
                ops = other + texts
            for o in ops:
                if o[0] == "text":
                    _, x, y, s, font, size, color = o
                    c.setFillColorRGB(*[v / 255 for v in color])
                    c.setFont(font, size * MM)
                    c.drawString(x * MM, (self.h - y) * MM, s)
                elif o[0] == "line":
                    _, x0, y0, x1, y1, w, color = o
                    c.setStrokeColorRGB(*[v / 255 for v in color])
                    c.setLineWidth(w * MM)
                    c.line(x0 * MM, (self.h - y0) * MM, x1 * MM, (self.h - y1) * MM)
                elif o[0] == "rect":
                    _, x0, y0, x1, y1, w, stroke, fill = o
                    if fill is not None:
                        c.setFillColorRGB(*[v / 255 for v in fill])
                    if stroke is not None:
                        c.setStrokeColorRGB(*[v / 255 for v in stroke])
                        c.setLineWidth(w * MM)
                    c.rect(x0 * MM, (self.h - y1) * MM, (x1 - x0) * MM, (y1 - y0) * MM,
                           stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
                elif o[0] == "image":
                    _, x, y, w, h, data = o
                    c.drawImage(ImageReader(io.BytesIO(data)), x * MM, (self.h - y - h) * MM, w * MM, h * MM)
            c.showPage()
        c.save()
        return buf.getvalue()

    def raster(self, ppm=8.0, protect_all=False):
        """Render every page -> list of (PIL image, boxes px). protect_all: every text box counts."""
        data = self.pdf_bytes()
        pdf = pdfium.PdfDocument(data)
        out = []
        for i, p in enumerate(self.pages):
            page = pdf[i]
            im = page.render(scale=ppm / MM).to_pil().convert("RGB")
            k = im.width / self.w
            boxes = [tuple(int(v * k) for v in b) for b in (p["all"] if protect_all else p["boxes"])]
            out.append((im, boxes))
        pdf.close()
        return out


# ---------------------------------------------------------------- tax: national record

def _amount(v):
    return f"{float(v):,.2f}" if float(v) >= 1000 else f"{float(v):.2f}"


def tax_national(f, rows, R, extra):
    """rows: list of dicts period, withholding_agent, amount, _kind, _paid, _declared, _office, _uscc."""
    doc = Doc(title="个人所得税纳税记录", producer=R.choice(["自然人电子税务局", "个人所得税APP", ""]))
    font = R.choice(["WQYM", "WQY", "UMing"])
    rules = R.chance(0.55)
    desc = R.chance(0.5)
    uscc_pos = R.choice(["none", "before", "after", "after"])
    L, Rr = 12, 198
    cols = R.choice([
        [("申报日期", 22), ("实缴(退)金额", 22), ("入(退)库日期", 22), ("所得项目", 26), ("税款所属期", 30), ("入库税务机关", 32), ("备注", 32)],
        [("申报日期", 21), ("实缴(退)金额", 21), ("入(退)库日期", 21), ("所得项目", 24), ("税款所属期", 28), ("入库税务机关", 30), ("备注", 41)],
    ])
    per_fmt = R.choice(["dash", "dot"])

    def header(first):
        y = 22
        doc.text(105, y, "中华人民共和国个人所得税纳税记录", font, 5.6, anchor="m")
        y += 7
        doc.text(105, y, "（原《税收完税证明》）", font, 3.6, anchor="m")
        y += 6
        doc.text(Rr, y, f"No.{extra['no']}", "DejaVu", 2.8, anchor="r")
        y += 6
        if first:
            idt = d(f["issue_date"])
            items = [("纳税人名称：", f["name"], True), ("纳税人识别号：", f["id_number"], True),
                     ("记录期间：", extra["period_txt"], False),
                     ("开具日期：", f"{idt.year}年{idt.month:02d}月{idt.day:02d}日", True)]
            if R.chance(0.5):
                for i, (lab, v, isv) in enumerate(items):
                    xx = L if i % 2 == 0 else 110
                    doc.text(xx, y, lab, font, 3.2)
                    doc.text(xx + doc.width(lab, font, 3.2), y, v, font, 3.2, value=isv)
                    if i % 2 == 1:
                        y += 6
            else:
                for lab, v, isv in items:
                    doc.text(L, y, lab, font, 3.2)
                    doc.text(L + 26, y, v, font, 3.2, value=isv)
                    y += 5.5
            y += 2
            doc.text(L, y, "金额单位：人民币元，列至角分", font, 2.8)
            y += 4
        return y

    y = header(True)
    xs = [L]
    for _, w in cols:
        xs.append(xs[-1] + w)
    scale = (Rr - L) / (xs[-1] - L)
    xs = [L + (x - L) * scale for x in xs]

    def table_head(y):
        if rules:
            doc.rect(L, y, Rr, y + 8, 0.25, (0, 0, 0), (235, 235, 235))
        for (name, _), x0, x1 in zip(cols, xs, xs[1:]):
            doc.text((x0 + x1) / 2, y + 5.3, name, font, 2.8, anchor="m")
        return y + 8

    y = table_head(y)
    ordered = sorted(rows, key=lambda r: (r["period"], r["_kind"]), reverse=desc)
    total = 0.0
    for r in ordered:
        agent = r["withholding_agent"]
        note = "扣缴义务人：" + agent
        if uscc_pos == "before":
            note = f"扣缴义务人：{r['_uscc']} {agent}"
        elif uscc_pos == "after":
            note = f"扣缴义务人：{agent}（{r['_uscc']}）"
        p = r["period"]
        last = month_last_day(p)
        per = f"{p}-01至{last.isoformat()}" if per_fmt == "dash" else f"{p.replace('-', '.')}.01-{last.strftime('%Y.%m.%d')}"
        cells = [r["_declared"], _amount(r["amount"]), r["_paid"], r["_kind"], per, r["_office"], note]
        # wrap each cell to its column
        lines = []
        for (name, _), x0, x1, v in zip(cols, xs, xs[1:], cells):
            lines.append(doc.wrap(v, font, 2.6, x1 - x0 - 1.6))
        nl = max(len(x) for x in lines)
        rh = 3.6 * nl + 3.2
        if y + rh > 270:
            doc.new_page()
            y = header(False)
            y = table_head(y)
        for (name, _), x0, x1, ls in zip(cols, xs, xs[1:], lines):
            for k, ln in enumerate(ls):
                isv = name in ("实缴(退)金额", "税款所属期", "备注")
                doc.text(x0 + 0.8, y + 4.2 + k * 3.6, ln, font, 2.6, value=isv)
        if rules:
            doc.rect(L, y, Rr, y + rh, 0.15, (0, 0, 0))
            for x in xs[1:-1]:
                doc.line(x, y, x, y + rh, 0.15)
        y += rh
        total += float(r["amount"])
    y += 5
    if y > 262:
        doc.new_page()
        y = 30
    doc.text(L, y, f"合计（小写）：{total:,.2f}", font, 3.0)
    y += 8
    doc.text(L, y, "说明：1.本记录仅反映纳税人在记录期间内实际缴（退）税款情况；2.本记录可通过查询验证码验证真伪。", font, 2.6)
    y += 6
    doc.text(L, y, f"查询验证码：{extra['verify']}", font, 3.0)
    doc.text(Rr, y, "国家税务总局" + extra.get("office_short", "上海市税务局"), font, 3.0, anchor="r")
    n = len(doc.pages)
    for i, p in enumerate(doc.pages):
        p["ops"].append(("text", 100, 288, f"第 {i + 1} 页 / 共 {n} 页", _reg(font), 2.6, (60, 60, 60)))
    return doc


def tax_detail(f, rows, R, extra):
    """收入纳税明细 (app export) with a 扣缴义务人 column."""
    doc = Doc(title="收入纳税明细", producer="个人所得税APP")
    font = R.choice(["WQYM", "WQY"])
    L, Rr = 12, 198
    y = 22
    doc.text(105, y, "收入纳税明细", font, 5.4, anchor="m")
    y += 10
    doc.text(L, y, "姓名：", font, 3.2)
    doc.text(L + 12, y, f["name"], font, 3.2, value=True)
    doc.text(90, y, "证件号码：", font, 3.2)
    doc.text(90 + 18, y, f["id_number"], font, 3.2, value=True)
    y += 6
    idt = d(f["issue_date"])
    doc.text(L, y, f"查询区间：{extra['period_txt']}", font, 3.0)
    doc.text(Rr, y, f"导出日期：{idt.isoformat()}", font, 3.0, anchor="r", value=True)
    y += 7
    cols = [("序号", 10), ("所得项目", 26), ("税款所属期", 22), ("扣缴义务人", 68), ("收入额", 26), ("已申报税额", 26)]
    xs = [L]
    for _, w in cols:
        xs.append(xs[-1] + w)
    doc.rect(L, y, Rr, y + 7, 0.2, (120, 120, 120), (240, 244, 250))
    for (name, _), x0, x1 in zip(cols, xs, xs[1:]):
        doc.text((x0 + x1) / 2, y + 4.8, name, font, 2.8, anchor="m")
    y += 7
    ordered = sorted(rows, key=lambda r: (r["period"], r["_kind"]), reverse=True)
    for i, r in enumerate(ordered):
        agent_lines = doc.wrap(r["withholding_agent"], font, 2.7, 66)
        rh = 3.6 * len(agent_lines) + 3.4
        if y + rh > 275:
            doc.new_page()
            y = 20
        cells = [str(i + 1), r["_kind"], r["period"], None, _amount(r["_income"]), _amount(r["amount"])]
        for (name, _), x0, x1, v in zip(cols, xs, xs[1:], cells):
            if v is None:
                for k, ln in enumerate(agent_lines):
                    doc.text(x0 + 1, y + 4.3 + k * 3.6, ln, font, 2.7, value=True)
            else:
                anc = "r" if name in ("收入额", "已申报税额") else "l"
                doc.text(x1 - 1 if anc == "r" else x0 + 1, y + 4.3, v, font, 2.7, anchor=anc,
                         value=name in ("税款所属期", "已申报税额"))
        doc.line(L, y + rh, Rr, y + rh, 0.1, (180, 180, 180))
        y += rh
    n = len(doc.pages)
    for i, p in enumerate(doc.pages):
        p["ops"].append(("text", 180, 288, f"{i + 1}/{n}", _reg(font), 2.6, (90, 90, 90)))
    return doc


# ---------------------------------------------------------------- social insurance

def si_record(f, rows, R, extra):
    """rows: month, employer, base, back_payment. Variants: type column, 备注 mark, separate 补缴
    section, range rows (consecutive months of one employer and base merged)."""
    doc = Doc(title="上海市社会保险个人缴费情况", producer=R.choice(["随申办", "一网通办", ""]))
    font = R.choice(["WQYM", "WQY", "UMing"])
    variant = R.choice(["type_col", "note_col", "sections", "ranges"])
    if variant == "ranges" and any(r["back_payment"] for r in rows):
        variant = "sections"
    L, Rr = 14, 196
    y = 22
    doc.text(105, y, R.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）"]), font, 5.0, anchor="m")
    y += 10
    doc.text(L, y, "姓名：", font, 3.2)
    doc.text(L + 11, y, f["name"], font, 3.2, value=True)
    doc.text(75, y, "证件号码：", font, 3.2)
    doc.text(75 + 17, y, f["id_number"], font, 3.2, value=True)
    doc.text(Rr, y, f"打印日期：{extra['print_date']}", font, 3.0, anchor="r")
    y += 6
    doc.text(L, y, f"查询期间：{rows[0]['month']}至{rows[-1]['month']}", font, 3.0)
    y += 6
    if variant == "ranges":
        cols = [("费款所属期", 40), ("缴费单位", 70), ("缴费基数", 24), ("月数", 14), ("养老(个人)", 34)]
    else:
        cols = [("缴费年月", 20), ("单位名称", 70), ("缴费基数", 22), ("养老", 18), ("医疗", 18), ("失业", 16)]
        if variant == "type_col":
            cols.append(("缴费类型", 18))
        elif variant == "note_col":
            cols.append(("备注", 18))
    xs = [L]
    for _, w in cols:
        xs.append(xs[-1] + w)
    scale = (Rr - L) / (xs[-1] - L)
    xs = [L + (x - L) * scale for x in xs]

    def head(y):
        doc.rect(L, y, Rr, y + 7, 0.2, (0, 0, 0), (236, 236, 236))
        for (name, _), x0, x1 in zip(cols, xs, xs[1:]):
            doc.text((x0 + x1) / 2, y + 4.8, name, font, 2.8, anchor="m")
        return y + 7

    def row(y, cells):
        lines = [doc.wrap(v, font, 2.7, x1 - x0 - 1.5) for v, x0, x1 in zip(cells, xs, xs[1:])]
        rh = 3.6 * max(len(x) for x in lines) + 3.0
        if y + rh > 276:
            doc.new_page()
            y = head(20)
        for (name, _), x0, ls in zip(cols, xs, lines):
            for k, ln in enumerate(ls):
                doc.text(x0 + 0.8, y + 4.2 + k * 3.6, ln, font, 2.7,
                         value=name in ("缴费年月", "费款所属期", "单位名称", "缴费单位", "缴费基数"))
        doc.rect(L, y, Rr, y + rh, 0.12, (0, 0, 0))
        for x in xs[1:-1]:
            doc.line(x, y, x, y + rh, 0.12)
        return y + rh

    def money(base, k):
        return f"{float(base) * k:.2f}"

    y = head(y)
    if variant == "ranges":
        groups = []
        for r in rows:
            if groups and groups[-1]["employer"] == r["employer"] and groups[-1]["base"] == r["base"] \
                    and _next(groups[-1]["to"]) == r["month"]:
                groups[-1]["to"] = r["month"]
                groups[-1]["n"] += 1
            else:
                groups.append({"from": r["month"], "to": r["month"], "employer": r["employer"], "base": r["base"], "n": 1})
        for g in groups:
            per = g["from"] if g["n"] == 1 else f"{g['from']}至{g['to']}"
            y = row(y, [per, g["employer"], g["base"], str(g["n"]), money(g["base"], 0.08 * g["n"])])
    else:
        main = [r for r in rows if not (variant == "sections" and r["back_payment"])]
        for r in main:
            cells = [r["month"], r["employer"], r["base"], money(r["base"], 0.08), money(r["base"], 0.02),
                     money(r["base"], 0.005)]
            if variant == "type_col":
                cells.append("补缴" if r["back_payment"] else "正常")
            elif variant == "note_col":
                cells.append("补缴" if r["back_payment"] else "")
            y = row(y, cells)
        if variant == "sections":
            bp = [r for r in rows if r["back_payment"]]
            if bp:
                y += 6
                doc.text(L, y, "补缴记录", font, 3.4)
                y += 3
                y = head(y)
                for r in bp:
                    y = row(y, [r["month"], r["employer"], r["base"], money(r["base"], 0.08), money(r["base"], 0.02),
                                money(r["base"], 0.005)])
    y += 8
    doc.text(L, min(y, 282), "注：本表由上海市社会保险事业管理中心提供，仅供参考。", font, 2.6)
    return doc


def _next(m):
    from .util import month_add
    return month_add(m, 1)


# ---------------------------------------------------------------- 学信网 备案表

def xuexin(f, R, extra):
    doc = Doc(title="教育部学历证书电子注册备案表", producer="学信网")
    font = R.choice(["WQYM", "WQY"])
    y = 26
    doc.text(105, y, "教育部学历证书电子注册备案表", font, 6, anchor="m")
    y += 9
    doc.text(196, y, f"更新日期：{extra['update']}", font, 2.8, anchor="r")
    y += 6
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    ph = gfx.portrait(120, 160, nr, bg=(240, 244, 250), sex=extra.get("sex", "男"))
    g = d(f["graduation_date"])
    b = d(extra["birth_date"])
    st = d(extra["start_date"])
    rows = [("姓名", f["name"], True), ("性别", extra.get("sex", "男"), False),
            ("出生日期", f"{b.year}年{b.month:02d}月{b.day:02d}日", False),
            ("入学日期", f"{st.year}年{st.month:02d}月{st.day:02d}日", False),
            ("毕（结）业日期", f"{g.year}年{g.month:02d}月{g.day:02d}日", True),
            ("学校名称", f["school"], True), ("专业", f["major"], True),
            ("学制", f"{extra.get('years', 4)} 年", False),
            ("层次", f["level"], True),
            ("学历类别", {"普通全日制": "普通高等教育", "成人高等教育": "成人高等教育", "网络教育": "网络教育",
                      "高等教育自学考试": "高等教育自学考试"}[f.get("study_mode", "普通全日制")], True),
            ("学习形式", {"普通全日制": "普通全日制", "成人高等教育": R.choice(["函授", "业余"]), "网络教育": "网络教育",
                      "高等教育自学考试": "自学考试"}[f.get("study_mode", "普通全日制")], True),
            ("毕（结）业", "毕业", False), ("证书编号", extra.get("cert_no", ""), False),
            ("校（院）长姓名", extra.get("president", ""), False)]
    L, Rr = 20, 190
    x1, x2 = 55, 150
    top = y
    for lab, v, isv in rows:
        doc.rect(L, y, x2, y + 9, 0.2, (90, 90, 90))
        doc.line(x1, y, x1, y + 9, 0.2, (90, 90, 90))
        doc.text(L + 2, y + 6, lab, font, 3.2, color=(60, 60, 60))
        doc.text(x1 + 2, y + 6, v, font, 3.3, value=isv)
        y += 9
    doc.rect(x2, top, Rr, top + 9 * 6, 0.2, (90, 90, 90))
    doc.image(x2 + 5, top + 5, 30, 40, ph)
    y += 8
    doc.text(L, y, f"在线验证码：{extra['verify']}", font, 3.2)
    doc.image(Rr - 32, y - 4, 28, 28, gfx.qr_like(29, nr, 4))
    y += 8
    doc.text(L, y, "说明：本表可通过学信网（www.chsi.com.cn）在线验证，有效期内可查询。", font, 2.8)
    return doc


# ---------------------------------------------------------------- 居住证 information page

def permit_info(f, R, extra):
    doc = Doc(title="上海市居住证信息", producer=R.choice(["一网通办", "上海市公安局", ""]))
    font = R.choice(["WQYM", "WQY", "UMing", "Sung"])
    layout = extra.get("layout") or R.choice(["grid2", "grid4", "list"])
    L, Rr = 18, 192
    y = 26
    doc.text(105, y, R.choice(["上海市居住证信息", "居住证基本信息", "上海市居住证信息查询结果"]), font, 5.6, anchor="m")
    y += 12
    vf, vu = d(f["valid_from"]), d(f["valid_until"])
    one_cell = extra.get("one_cell", R.chance(0.5))
    items = [("姓名", f["name"]), (R.choice(["公民身份号码", "证件号码"]), f["id_number"]),
             (R.choice(["户籍地址", "常住户口所在地住址"]), f["hukou_address"]), ("居住地址", f["residence_address"]),
             (R.choice(["签发日期", "签注日期"]), d(f["issue_date"]).strftime("%Y.%m.%d"))]
    if one_cell:
        items.append(("有效期限", f"{vf.strftime('%Y.%m.%d')}至{vu.strftime('%Y.%m.%d')}"))
    else:
        items += [("有效期限起", vf.strftime("%Y-%m-%d")), ("有效期限止", vu.strftime("%Y-%m-%d"))]
    items.append(("发证机关", "上海市公安局"))
    size = 3.4
    if layout == "grid2":
        x1 = L + 42
        for lab, v in items:
            ls = doc.wrap(v, font, size, Rr - x1 - 3)
            rh = max(10, 5 * len(ls) + 5)
            doc.rect(L, y, Rr, y + rh, 0.25, (60, 60, 60))
            doc.line(x1, y, x1, y + rh, 0.25, (60, 60, 60))
            doc.text(L + 3, y + rh / 2 + 1.2, lab, font, size, color=(50, 50, 50))
            for k, ln in enumerate(ls):
                doc.text(x1 + 3, y + 6.5 + k * 5, ln, font, size, value=lab != "发证机关")
            y += rh
    elif layout == "grid4":
        # pairs of label/value on one row; addresses take a full row
        cw = [28, 59, 28, 59]
        xs = [L, L + 28, L + 87, L + 115, Rr]
        i = 0
        while i < len(items):
            lab, v = items[i]
            if "地址" in lab or "住址" in lab or "期限" == lab[:4] and one_cell:
                ls = doc.wrap(v, font, size, Rr - xs[1] - 3)
                rh = max(10, 5 * len(ls) + 5)
                doc.rect(L, y, Rr, y + rh, 0.25, (60, 60, 60))
                doc.line(xs[1], y, xs[1], y + rh, 0.25, (60, 60, 60))
                doc.text(L + 2, y + rh / 2 + 1.2, lab if len(lab) < 7 else lab[:5], font, size * 0.9, color=(50, 50, 50))
                if len(lab) >= 7:
                    doc.text(L + 2, y + rh / 2 + 5.5, lab[5:], font, size * 0.9, color=(50, 50, 50))
                for k, ln in enumerate(ls):
                    doc.text(xs[1] + 3, y + 6.5 + k * 5, ln, font, size, value=True)
                y += rh
                i += 1
                continue
            pair = [items[i]]
            if i + 1 < len(items) and not ("地址" in items[i + 1][0] or "住址" in items[i + 1][0]):
                pair.append(items[i + 1])
            rh = 11
            doc.rect(L, y, Rr, y + rh, 0.25, (60, 60, 60))
            for k, (lb, vv) in enumerate(pair):
                xl = xs[2 * k]
                doc.line(xs[2 * k + 1], y, xs[2 * k + 1], y + rh, 0.25, (60, 60, 60))
                if k:
                    doc.line(xl, y, xl, y + rh, 0.25, (60, 60, 60))
                doc.text(xl + 2, y + 7, lb, font, size * 0.9, color=(50, 50, 50))
                doc.text(xs[2 * k + 1] + 2, y + 7, vv, font, size * (0.88 if len(vv) > 16 else 1), value=lb != "发证机关")
            y += rh
            i += len(pair)
    else:  # list with colons, value far right of its label on some
        far = R.chance(0.5)
        for lab, v in items:
            doc.text(L, y, lab + "：", font, size, color=(40, 40, 40))
            x1 = L + (60 if far else doc.width(lab + "：", font, size) + 1)
            ls = doc.wrap(v, font, size, Rr - x1)
            for k, ln in enumerate(ls):
                doc.text(x1, y + k * 5.2, ln, font, size, value=lab != "发证机关")
            y += 5.2 * len(ls) + 4.5
    y += 10
    pd = d(extra["print_date"])
    doc.text(Rr, y, f"打印日期：{pd.year}年{pd.month}月{pd.day}日", font, 3.0, anchor="r")
    doc.text(L, 284, "本页信息由上海市公安局人口管理办公室提供" if R.chance(0.5) else "https://zwdt.sh.gov.cn", font, 2.6,
             color=(90, 90, 90))
    return doc
