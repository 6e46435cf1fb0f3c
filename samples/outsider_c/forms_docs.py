"""Contracts, tax records, social-insurance prints, diplomas, degrees, 学信网 reports, marriage certificates, and
pages that belong to no document type (receipts, rental contracts, bank slips, blank backs)."""
from __future__ import annotations

import datetime as dt
import io
import random

from PIL import Image, ImageDraw

from .render import BODY, HAND, HEAD, Page, cn_date_numerals, font, portrait, qr_block, seal
from .forms_cards import _d, _dot, app_screen_base, kv_rows

A4 = (210, 297)


def _cn(s: str) -> str:
    d = _d(s)
    return f"{d.year}年{d.month}月{d.day}日"


CLAUSES = [
    "甲方根据工作需要，安排乙方从事{job}岗位工作。乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，乙方应当严格遵守安全操作规程。",
    "甲方实行标准工时制度，乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方因工作需要安排乙方加班的，应当依法支付加班工资。",
    "乙方的月工资为人民币{wage}元（税前），甲方于每月{pay}日前以货币形式足额支付乙方上月工资。",
    "甲方应当依法为乙方缴纳各项社会保险费和住房公积金，乙方个人应缴纳部分由甲方在乙方工资中代扣代缴。",
    "乙方应当保守甲方的商业秘密，未经甲方书面同意，乙方不得向第三方披露甲方的技术信息和经营信息。乙方的财产损失由乙方自行承担。",
    "甲方应当建立健全职业培训制度，对乙方进行职业教育和岗位培训。甲方为乙方提供专项培训费用的，双方可以另行约定服务期。",
    "乙方患病或者非因工负伤的，甲方应当按照国家和本市的有关规定给予医疗期和医疗期待遇。",
    "经甲乙双方协商一致，本合同可以解除。乙方提前三十日以书面形式通知甲方，可以解除本合同。",
    "有下列情形之一的，甲方可以解除本合同：（一）在试用期间被证明不符合录用条件的；（二）严重违反甲方规章制度的；（三）严重失职，营私舞弊，给甲方造成重大损害的。",
    "本合同期满或者双方约定的终止条件出现，本合同即行终止。甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。",
    "甲乙双方因履行本合同发生争议的，可以向甲方所在地劳动人事争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按照国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
    "乙方应当遵守甲方依法制定的规章制度，甲方应当将直接涉及乙方切身利益的规章制度向乙方公示或者告知。",
]
CHAPTERS = ["合同期限", "工作内容和工作地点", "工作时间和休息休假", "劳动报酬", "社会保险和福利待遇", "劳动保护和劳动条件",
            "劳动纪律", "合同的变更、解除和终止", "违约责任", "争议处理", "其他约定"]


def _fill_line(p: Page, x, y, label, value, key, size, hand, rng, line_len=60, ink=(20, 30, 110)):
    x2 = p.text(x, y, label, key, size)
    p.line(x2, y + 1, x2 + line_len, y + 1, 0.2)
    vk = rng.choice(HAND) if hand else key
    p.text(x2 + 2, y - 0.3, value, vk, size * (1.1 if hand else 1), ink if hand else (0, 0, 0), jitter=0.025 if hand else 0, rng=rng)
    return x2 + line_len


def contract_pages(doc: dict, rng: random.Random, dpi: float = 200) -> tuple[list[Image.Image], str]:
    """The Shanghai model text (示范文本) or a company template; plus a 续订书 page when the term was renewed."""
    layout = rng.choice(["model_text", "company_template"])
    f = doc["fields"]
    c = doc["company"]
    pages = []
    key = rng.choice(BODY)
    size = rng.uniform(10, 12)
    hand = rng.random() < 0.6
    job = rng.choice(["软件开发", "销售", "财务", "行政", "质量检验", "项目管理", "技术支持", "采购"])
    wage = rng.choice([8000, 9500, 12000, 15000, 18000, 22000, 26000])
    start, open_ended = _d(f["start_date"]), f["open_ended"]
    if "renewal" in doc:  # the original contract shows the old, expired term; the 续订书 carries the current one
        f = dict(f, start_date=doc["renewal"]["old_start"].isoformat(), end_date=doc["renewal"]["old_end"].isoformat(),
                 open_ended=False)
        start, open_ended = doc["renewal"]["old_start"], False
    # cover
    p = Page(*A4, dpi)
    if layout == "model_text":
        p.text(105, 40, "上海市劳动合同", rng.choice(HEAD), 24, anchor="ms", ls=0.2)
        p.text(105, 52, "（示范文本）", key, 13, anchor="ms")
        y = 120
        y = _fill_line(p, 40, y, "甲方（用人单位）名称：", f["employer"], key, 12, hand, rng, 95) and y
        _fill_line(p, 40, y + 14, "法定代表人：", c["rep"], key, 12, hand, rng, 60)
        _fill_line(p, 40, y + 28, "地址：", c["address"], key, 12, hand, rng, 110)
        _fill_line(p, 40, y + 50, "乙方（劳动者）姓名：", f["employee_name"], key, 12, hand, rng, 50)
        _fill_line(p, 40, y + 64, "居民身份证号码：", f["employee_id_number"], key, 12, hand, rng, 80)
        _fill_line(p, 40, y + 78, "户籍地址：", doc["hukou"], key, 11, hand, rng, 120)
        _fill_line(p, 40, y + 92, "在沪居住地址：", doc["residence"], key, 11, hand, rng, 110)
        p.text(105, 270, "上海市人力资源和社会保障局 制", key, 11, anchor="ms")
    else:
        p.text(105, 45, rng.choice(["劳 动 合 同 书", "劳动合同", "员工劳动合同"]), rng.choice(HEAD), 22, anchor="ms", ls=0.15)
        p.text(105, 58, f"合同编号：HT-{start.year}-{rng.randint(100, 9999):04d}", key, 10, anchor="ms")
        y = 90
        p.text(25, y, "甲方", key, 12)
        rows = [("名称", f["employer"]), ("法定代表人", c["rep"]), ("地址", c["address"])]
        rows2 = [("姓名", f["employee_name"]), ("身份证号码", f["employee_id_number"]), ("住址", doc["residence"])]
        for title, rr in (("甲方", rows), ("乙方", rows2)):
            p.text(25, y, title, key, 12)
            y += 4
            for lab, val in rr:
                p.rect(25, y, 60, y + 12, w=0.3)
                p.rect(60, y, 185, y + 12, w=0.3)
                p.text(28, y + 8, lab, key, 11)
                ls = p.wrap(val, 120, key, 11)
                if len(ls) == 1:
                    p.text(63, y + 8, val, key, 11)
                else:
                    p.text(63, y + 5.2, ls[0], key, 10)
                    p.text(63, y + 10, "".join(ls[1:]), key, 10)
                y += 12
            y += 14
    pages.append(p)
    # body pages
    n_body = rng.randint(1, 5) if layout == "company_template" else rng.randint(1, 3)
    ci = 0
    term_done = False
    for bi in range(n_body):
        p = Page(*A4, dpi)
        y = 30
        if not term_done:
            p.text(105, y, "第一条 合同期限" if layout == "company_template" else "一、合同期限", rng.choice(HEAD), 13, anchor="ms")
            y += 12
            if layout == "model_text":
                opts = [("固定期限", not open_ended), ("无固定期限", open_ended), ("以完成一定工作任务为期限", False)]
                for lab, on in opts:
                    p.checkbox(28, y, 4, on)
                    p.text(34, y, lab, key, size)
                    if on and lab == "固定期限":
                        y += 8
                        form = rng.choice(["range", "range", "years"])
                        end = _d(f["end_date"])
                        yrs = 3 if "renewal" in doc else doc["years"]
                        from dateutil.relativedelta import relativedelta
                        if start + relativedelta(years=yrs) - dt.timedelta(days=1) != end:
                            form = "range"
                        if form == "range":
                            s = f"自 {start.year} 年 {start.month} 月 {start.day} 日起至 {end.year} 年 {end.month} 月 {end.day} 日止。"
                        else:
                            s = f"期限{'一二三四五'[yrs - 1]}年，自{start.year}年{start.month}月{start.day}日起计算。"
                        p.text(40, y, s, key, size)
                    if on and lab == "无固定期限":
                        y += 8
                        p.text(40, y, f"自 {start.year} 年 {start.month} 月 {start.day} 日起。", key, size)
                    y += 9
            else:
                if open_ended:
                    s = f"本合同为无固定期限劳动合同，自{_cn(f['start_date'])}起履行。"
                else:
                    s = f"本合同为固定期限劳动合同，合同期限自{_cn(f['start_date'])}起至{_cn(f['end_date'])}止。"
                y = p.para(25, y, s, 160, key, size, 1.8)
            pe = start + dt.timedelta(days=rng.choice([89, 90, 180]) - 1)
            y = p.para(25, y + 2, f"其中试用期自{start.year}年{start.month}月{start.day}日起至{pe.year}年{pe.month}月{pe.day}日止。", 160, key, size, 1.8)
            term_done = True
            y += 6
        while y < 250:
            if ci % 3 == 0 and ci // 3 + 1 < len(CHAPTERS):
                p.text(105, y, f"第{'一二三四五六七八九十'[min(9, ci // 3 + 1)]}章 {CHAPTERS[ci // 3 + 1]}" if layout == "model_text" else CHAPTERS[ci // 3 + 1], rng.choice(HEAD), 12, anchor="ms")
                y += 10
            cl = CLAUSES[ci % len(CLAUSES)].format(job=job, wage=wage, pay=rng.choice([10, 15, 20]))
            y = p.para(25, y, f"{ci + 2}．" + cl, 160, key, size, 1.7, indent=False) + 3
            ci += 1
        pages.append(p)
    # signature page
    p = Page(*A4, dpi)
    y = p.para(25, 40, "本合同自甲乙双方签字盖章之日起生效。以下无正文。", 160, key, size)
    p.text(25, 120, "甲方（盖章）：", key, 12)
    p.text(115, 120, "乙方（签字）：", key, 12)
    p.text(148, 121, f["employee_name"], rng.choice(HAND), 16, (20, 20, 60), jitter=0.05, rng=rng)
    p.text(25, 140, "法定代表人或委托代理人：", key, 12)
    sd = _d(f["signing_date"]) if "renewal" not in doc else start - dt.timedelta(days=rng.randint(0, 10))
    if "renewal" in doc:
        sd = doc["renewal"]["old_start"] - dt.timedelta(days=rng.randint(0, 10))
    ds = f"{sd.year} 年 {sd.month} 月 {sd.day} 日"
    p.text(25, 165, "签订日期：", key, 12)
    p.text(50, 165, ds, rng.choice(HAND) if hand else key, 12, (20, 30, 110) if hand else (0, 0, 0))
    p.text(115, 165, "签订日期：", key, 12)
    p.text(140, 165, ds, rng.choice(HAND) if hand else key, 12, (20, 30, 110) if hand else (0, 0, 0))
    seal(p.img, p.px(60), p.px(125), p.px(21), f["employer"], "合同专用章" if rng.random() < 0.5 else "", rng=rng)
    pages.append(p)
    if "renewal" in doc:
        # the original term printed in the body must be the old one
        pass
    out = []
    for i, pg in enumerate(pages):
        if layout == "company_template" or rng.random() < 0.5:
            pg.text(105, 287, f"第 {i + 1} 页 共 {len(pages)} 页" if rng.random() < 0.5 else f"- {i + 1} -", key, 9, anchor="ms")
        out.append(pg.img)
    if "renewal" in doc:
        out.append(renewal_page(doc, rng, dpi))
    return out, layout + ("+renewal" if "renewal" in doc else "")


def renewal_page(doc: dict, rng: random.Random, dpi: float) -> Image.Image:
    f, r = doc["fields"], doc["renewal"]
    p = Page(*A4, dpi)
    key = rng.choice(BODY)
    p.text(105, 40, "劳动合同续订书", rng.choice(HEAD), 20, anchor="ms", ls=0.2)
    _fill_line(p, 30, 70, "甲方（用人单位）：", f["employer"], key, 12, False, rng, 100)
    _fill_line(p, 30, 84, "乙方（劳动者）：", f["employee_name"], key, 12, True, rng, 40)
    _fill_line(p, 30, 98, "身份证号码：", f["employee_id_number"], key, 12, False, rng, 80)
    os_, oe = r["old_start"], r["old_end"]
    s = (f"甲乙双方于{os_.year}年{os_.month}月{os_.day}日签订的劳动合同将于{oe.year}年{oe.month}月{oe.day}日到期，"
         f"经双方协商一致，同意续订劳动合同。")
    y = p.para(30, 120, s, 150, key, 12, 1.9)
    if f["open_ended"]:
        s2 = f"续订的合同为无固定期限劳动合同，自{_cn(f['start_date'])}起履行。"
    else:
        s2 = f"续订合同期限自{_cn(f['start_date'])}起至{_cn(f['end_date'])}止。"
    y = p.para(30, y + 4, s2, 150, key, 12, 1.9)
    p.para(30, y + 4, "原劳动合同其他条款继续有效。", 150, key, 12)
    p.text(30, 215, "甲方（盖章）", key, 12)
    p.text(120, 215, "乙方（签字）", key, 12)
    p.text(150, 216, f["employee_name"], rng.choice(HAND), 16, (20, 20, 60), jitter=0.05, rng=rng)
    sd = _d(f["signing_date"])
    p.text(30, 235, f"{sd.year}年{sd.month}月{sd.day}日", key, 12)
    p.text(120, 235, f"{sd.year}年{sd.month}月{sd.day}日", key, 12)
    seal(p.img, p.px(55), p.px(220), p.px(20), f["employer"], "", rng=rng)
    return p.img


# ---------------------------------------------------------------- text-layer PDFs (reportlab)
_RL = {}


def _rl_font(key: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    paths = {"wqy": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
             "wqym": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
             "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
             "sung": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None),
             "kaim": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", None),
             "lxgw": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None)}
    if key not in _RL:
        p, i = paths[key]
        pdfmetrics.registerFont(TTFont("oc_" + key, p, subfontIndex=i) if i is not None else TTFont("oc_" + key, p))
        _RL[key] = "oc_" + key
    return _RL[key]


class PdfDoc:
    """Collects text items per page and writes them in a chosen (possibly non-reading) order."""

    def __init__(self, rng: random.Random, font_key: str | None = None):
        self.rng = rng
        self.font = _rl_font(font_key or rng.choice(["wqy", "wqym", "uming", "sung"]))
        self.pages: list[list] = []

    def new_page(self):
        self.pages.append([])

    def t(self, x, y, s, size=9, anchor="l", bold=False, color=(0, 0, 0)):
        self.pages[-1].append(("t", x, y, s, size, anchor, color))

    def line(self, x0, y0, x1, y1, w=0.5, color=(0.3, 0.3, 0.3)):
        self.pages[-1].append(("l", x0, y0, x1, y1, w, color))

    def image(self, im, x, y, w, h):
        self.pages[-1].append(("i", im, x, y, w, h))

    def render(self, order: str = "reading") -> bytes:
        from reportlab.lib.pagesizes import A4 as RA4
        from reportlab.lib.utils import ImageReader
        from reportlab.pdfgen import canvas
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=RA4)
        H = RA4[1]
        mm = 72 / 25.4
        for items in self.pages:
            its = list(items)
            if order == "columns":
                its.sort(key=lambda it: (it[0] != "t", round(it[1]) if it[0] == "t" else 0))
            elif order == "shuffled":
                self.rng.shuffle(its)
            elif order == "bottom_up":
                its.sort(key=lambda it: -(it[2] if it[0] == "t" else 0))
            for it in its:
                if it[0] == "t":
                    _, x, y, s, size, anchor, color = it
                    c.setFillColorRGB(*[v / 255 for v in color])
                    c.setFont(self.font, size)
                    X, Y = x * mm, H - y * mm
                    if anchor == "r":
                        c.drawRightString(X, Y, s)
                    elif anchor == "m":
                        c.drawCentredString(X, Y, s)
                    else:
                        c.drawString(X, Y, s)
                elif it[0] == "l":
                    _, x0, y0, x1, y1, w, color = it
                    c.setStrokeColorRGB(*color)
                    c.setLineWidth(w)
                    c.line(x0 * mm, H - y0 * mm, x1 * mm, H - y1 * mm)
                else:
                    _, im, x, y, w, h = it
                    c.drawImage(ImageReader(im), x * mm, H - (y + h) * mm, w * mm, h * mm)
            c.showPage()
        c.save()
        return buf.getvalue()


def rasterise(pdf: bytes, dpi: float) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def _period(m: str, style: int) -> str:
    y, mo = int(m[:4]), int(m[5:])
    last = ((dt.date(y + (mo == 12), mo % 12 + 1, 1)) - dt.timedelta(days=1)).day
    if style == 0:
        return f"{m}-01至{m}-{last:02d}"
    if style == 1:
        return f"{y}.{mo:02d}.01-{y}.{mo:02d}.{last:02d}"
    return f"{y}-{mo:02d}-01-{y}-{mo:02d}-{last:02d}"


def tax_pdf(doc: dict, rng: random.Random) -> tuple[bytes, str]:
    """The national 个人所得税纳税记录 (text layer; 备注 names the payer, sometimes with its credit code)."""
    f = doc["fields"]
    P = PdfDoc(rng)
    rows = sorted(doc["rows"], key=lambda r: (r["period"], r["_item"]), reverse=rng.random() < 0.5)
    style = rng.randint(0, 2)
    code_pos = rng.choice(["none", "before", "after"])
    issue = _d(f["issue_date"])
    cols = [(12, "申报日期"), (33, "实缴(退)金额"), (55, "入(退)库日期"), (76, "所得项目"), (103, "税款所属期"),
            (138, "入库税务机关"), (166, "备注")]
    verify = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
    code_every = code_pos != "none"

    def row_h(r):
        n = len(f"扣缴义务人：{r['withholding_agent']}") + (21 if (code_every and r["_code"]) else 0)
        return max(9, 3.2 * ((n + 12) // 13) + 2.5)
    chunks, cur, y = [], [], 82
    for r in rows:
        if y + row_h(r) > 262 and cur:
            chunks.append(cur)
            cur, y = [], 28
        cur.append(r)
        y += row_h(r)
    chunks.append(cur)
    for pi, chunk in enumerate(chunks):
        P.new_page()
        if pi == 0:
            P.t(105, 22, "中华人民共和国", 16, "m")
            P.t(105, 31, "个人所得税纳税记录", 18, "m")
            P.t(105, 38, "（原《税收完税证明》）", 10, "m")
            P.t(14, 50, f"No. {rng.randint(10**15, 10**16 - 1)}", 8)
            P.t(14, 57, f"纳税人名称：{f['name']}", 10)
            P.t(110, 57, f"纳税人识别号：{f['id_number']}", 10)
            a, b = doc["record_from"], doc["record_to"]
            P.t(14, 64, f"记录期间：{a[:4]}年{a[5:]}月-{b[:4]}年{b[5:]}月", 10)
            P.t(110, 64, f"开具日期：{issue.year}年{issue.month:02d}月{issue.day:02d}日", 10)
            y = 74
        else:
            y = 20
        for x, h in cols:
            P.t(x, y, h, 7.5)
        if rng.random() < 0.5:
            P.line(10, y + 2, 200, y + 2)
        y += 8
        for r in chunk:
            m = r["period"]
            nm = R_next(m)
            dec = dt.date(int(nm[:4]), int(nm[5:]), rng.randint(3, 15))
            P.t(12, y, dec.isoformat(), 7)
            P.t(33, y, r["amount"], 7)
            P.t(55, y, (dec + dt.timedelta(days=rng.randint(0, 3))).isoformat(), 7)
            item = r["_item"]
            if len(item) > 6:
                P.t(76, y, item[:6], 7)
                P.t(76, y + 3.4, item[6:], 7)
            else:
                P.t(76, y, item, 7)
            per = _period(m, style)
            if len(per) > 12 and rng.random() < 0.5:
                P.t(103, y, per[:len(per) // 2 + 1], 7)
                P.t(103, y + 3.4, per[len(per) // 2 + 1:], 7)
            else:
                P.t(103, y, per, 6.5)
            office = rng.choice(["国家税务总局上海市浦东新区税务局", "国家税务总局上海市闵行区税务局", "国家税务总局上海市徐汇区税务局"])
            for j in range(0, len(office), 8):
                P.t(138, y + j // 8 * 3.2, office[j:j + 8], 6.2)
            agent = r["withholding_agent"]
            code = r["_code"]
            txt = f"扣缴义务人：{agent}"
            if code and code_pos == "before":
                txt = f"扣缴义务人：{code} {agent}"
            elif code and code_pos == "after":
                txt = f"扣缴义务人：{agent}（{code}）"
            lines = [txt[i:i + 13] for i in range(0, len(txt), 13)]
            for j, ln in enumerate(lines[:5]):
                P.t(166, y + j * 3.2, ln, 6.2)
            y += max(9, 3.2 * len(lines) + 2.5)
            if rng.random() < 0.3:
                P.line(10, y - 4, 200, y - 4, 0.2)
        P.t(105, 286, f"第{pi + 1}页 共{len(chunks)}页", 8, "m")
        if pi == len(chunks) - 1:
            P.t(14, y + 8, f"金额合计：{sum(float(r['amount']) for r in rows):.2f}", 8)
            P.t(14, y + 16, "说明：本记录涉及纳税人敏感信息，请妥善保管。您可以通过个人所得税APP或自然人电子税务局查询验证。", 7)
            P.t(14, y + 22, f"查询验证码：{verify}", 8)
            P.image(qr_block(200, rng), 170, y + 10, 22, 22)
    order = rng.choice(["reading", "columns", "shuffled", "bottom_up"])
    return P.render(order), f"national_pdf/{order}/code_{code_pos}"


def R_next(m: str) -> str:
    y, mo = int(m[:4]), int(m[5:])
    return f"{y + (mo == 12):04d}-{mo % 12 + 1:02d}"


def tax_app_screens(doc: dict, rng: random.Random) -> list[Image.Image]:
    """收入纳税明细 screenshots: one card per row (所得项目, 扣缴义务人, 收入额, 已申报税额), as many screens as needed."""
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: (r["period"], r["_item"]), reverse=True)
    size = rng.choice([(1080, 2340), (1080, 2400), (1170, 2532), (1125, 2436), (1080, 2312)])
    screens = []
    i = 0
    while i < len(rows):
        im, d, s = app_screen_base(rng, "收入纳税明细", size)
        y = int(230 * s)
        if not screens:
            d.text((int(60 * s), y + int(50 * s)), f"{f['name']}  合计已申报税额 {sum(float(r['amount']) for r in rows):.2f}元",
                   font=font("sans", int(36 * s)), fill=(90, 90, 90), anchor="ls")
            y += int(80 * s)
        while i < len(rows) and y + int(470 * s) < im.height - int(60 * s):
            r = rows[i]
            d.text((int(60 * s), y + int(55 * s)), f"{r['period'][:4]}年{r['period'][5:]}月", font=font("sans_b", int(40 * s)),
                   fill=(30, 30, 30), anchor="ls")
            y += int(80 * s)
            inc = float(r["amount"]) * rng.uniform(6, 12) + 5000
            y = kv_rows(im, d, s, [("所得项目", r["_item"]), ("扣缴义务人", r["withholding_agent"]),
                                   ("收入额", f"{inc:.2f}"), ("已申报税额", r["amount"])], y) - int(10 * s)
            i += 1
        screens.append(im)
    return screens


def tax_old_certificate(doc: dict, rng: random.Random, dpi: float = 200) -> Image.Image:
    """The older 税收完税证明 (a ruled form with one line per month)."""
    f = doc["fields"]
    p = Page(*A4, dpi)
    k = rng.choice(BODY)
    p.text(105, 25, "中华人民共和国", rng.choice(HEAD), 14, anchor="ms")
    p.text(105, 36, "税 收 完 税 证 明", rng.choice(HEAD), 18, anchor="ms", ls=0.2)
    iss = _d(f["issue_date"])
    p.text(20, 50, f"填发日期：{iss.year}年{iss.month}月{iss.day}日", k, 9.5)
    p.text(130, 50, "税务机关：国家税务总局上海市税务局", k, 9.5)
    p.rect(15, 55, 195, 70, w=0.3)
    p.text(17, 64, f"纳税人识别号  {f['id_number']}", k, 9.5)
    p.text(120, 64, f"纳税人名称  {f['name']}", k, 9.5)
    heads = [(15, "税种"), (35, "品目名称"), (64, "税款所属时期"), (100, "入(退)库日期"), (122, "实缴(退)金额"), (145, "扣缴义务人")]
    y = 70
    for x, h in heads:
        p.text(x + 2, y + 7, h, k, 8.5)
    p.rect(15, y, 195, y + 10, w=0.3)
    y += 10
    rows = sorted(doc["rows"], key=lambda r: r["period"])
    rh = min(8.0, 175.0 / max(1, len(rows)))
    fs = 7.5 if rh >= 7 else 6.2
    for r in rows:
        p.text(17, y + rh * 0.7, "个人所得税", k, fs)
        p.text(37, y + rh * 0.7, r["_item"][:9], k, fs)
        p.text(66, y + rh * 0.7, _period(r["period"], 1), k, fs * 0.95)
        p.text(102, y + rh * 0.7, f"{R_next(r['period'])}-{rng.randint(5, 15):02d}", k, fs)
        p.text(141, y + rh * 0.7, r["amount"], k, fs, anchor="rs")
        ag = r["withholding_agent"]
        if p.width(ag, k, fs * 0.9) > 48:
            half = (len(ag) + 1) // 2
            p.text(146, y + rh * 0.45, ag[:half], k, fs * 0.8)
            p.text(146, y + rh * 0.9, ag[half:], k, fs * 0.8)
        else:
            p.text(146, y + rh * 0.7, ag, k, fs * 0.9)
        p.line(15, y + rh, 195, y + rh, 0.15)
        y += rh
    p.rect(15, 70, 195, y + 12, w=0.3)
    seal(p.img, p.px(150), p.px(min(272, y + 30)), p.px(18), "国家税务总局上海市税务局", "征税专用章", rng=rng)
    return p.img


def si_pdf(doc: dict, rng: random.Random) -> tuple[bytes, str]:
    """上海市社会保险个人缴费情况 / 个人权益记录; status as a column, a 备注 mark or a separate 补缴 section."""
    f = doc["fields"]
    P = PdfDoc(rng)
    status = rng.choice(["column", "remark", "section"])
    merge = rng.random() < 0.4
    mcol = rng.choice(["缴费年月", "费款所属期"])
    ecol = rng.choice(["单位名称", "缴费单位"])
    regular = [r for r in doc["rows"] if not r["back_payment"] or status != "section"]
    back = [r for r in doc["rows"] if r["back_payment"] and status == "section"]
    # merge runs of equal employer/base/status into one range row
    def groups(rows):
        out = []
        for r in rows:
            if merge and out and out[-1][-1]["employer"] == r["employer"] and out[-1][-1]["base"] == r["base"] \
                    and out[-1][-1]["back_payment"] == r["back_payment"] and R_next(out[-1][-1]["month"]) == r["month"]:
                out[-1].append(r)
            else:
                out.append([r])
        return out
    lines = [("row", g) for g in groups(regular)]
    if back:
        lines.append(("head", None))
        lines += [("row", g) for g in groups(back)]
    per_page = rng.randint(14, 22)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）", "职工社会保险缴费情况"])
    for pi, ch in enumerate(chunks):
        P.new_page()
        y = 20
        if pi == 0:
            P.t(105, 22, title, 15, "m")
            P.t(14, 34, f"姓名：{f['name']}", 10)
            P.t(80, 34, f"证件号码：{f['id_number']}", 10)
            P.t(160, 34, f"打印日期：{doc.get('printed', '')}", 8)
            y = 46
        cols = [(12, mcol), (40, ecol), (100, "缴费基数"), (122, "养老"), (138, "医疗"), (154, "失业")]
        if status == "column":
            cols.append((172, "缴费类型"))
        elif status == "remark":
            cols.append((172, "备注"))
        for x, h in cols:
            P.t(x, y, h, 8)
        P.line(10, y + 2, 200, y + 2)
        y += 7
        for kind, g in ch:
            if kind == "head":
                y += 3
                P.t(12, y, "补缴记录", 10)
                y += 7
                continue
            m0, m1 = g[0]["month"], g[-1]["month"]
            mt = m0.replace("-", "") if len(g) == 1 else f"{m0.replace('-', '')}-{m1.replace('-', '')}"
            P.t(12, y, mt, 7.5)
            emp = g[0]["employer"]
            if len(emp) > 16:
                P.t(40, y, emp[:16], 7.5)
                P.t(40, y + 3.4, emp[16:], 7.5)
            else:
                P.t(40, y, emp, 7.5)
            b = float(g[0]["base"])
            P.t(118, y, f"{b:.2f}", 7.5, "r")
            P.t(135, y, f"{b * 0.08 * len(g):.2f}", 7.5, "r")
            P.t(151, y, f"{b * 0.02 * len(g):.2f}", 7.5, "r")
            P.t(167, y, f"{b * 0.005 * len(g):.2f}", 7.5, "r")
            if status == "column":
                P.t(172, y, "补缴" if g[0]["back_payment"] else "正常", 7.5)
            elif status == "remark" and g[0]["back_payment"]:
                P.t(172, y, "补缴", 7.5)
            y += 8 if len(emp) > 16 else 6
        P.t(105, 286, f"第 {pi + 1} 页 / 共 {len(chunks)} 页", 8, "m")
    order = rng.choice(["reading", "columns", "shuffled"])
    return P.render(order), f"si_pdf/{status}/{'ranges' if merge else 'months'}/{order}"


def xuexin_pdf(doc: dict, rng: random.Random) -> bytes:
    f = doc["fields"]
    P = PdfDoc(rng)
    P.new_page()
    P.t(105, 25, "教育部学历证书电子注册备案表", 16, "m")
    P.t(14, 36, f"更新日期：{doc.get('printed', '2026年09月01日')}", 8)
    P.t(140, 36, f"在线验证码：{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))}", 8)
    g = _d(f["graduation_date"])
    items = [("姓名", f["name"]), ("性别", doc["sex"]), ("出生日期", f"{doc['birth'].year}年{doc['birth'].month:02d}月{doc['birth'].day:02d}日"),
             ("入学日期", f"{doc['enrol'].year}年{doc['enrol'].month:02d}月{doc['enrol'].day:02d}日"),
             ("毕(结)业日期", f"{g.year}年{g.month:02d}月{g.day:02d}日"), ("学校名称", f["school"]), ("专业", f["major"]),
             ("学制", f"{doc.get('years', 4)}年"), ("层次", f["level"]), ("学历类别", "普通高等教育"), ("学习形式", "普通全日制"),
             ("毕(结)业", "毕业"), ("证书编号", doc["cert_no"]), ("校(院)长姓名", "张" + rng.choice("明华伟强"))]
    y = 50
    P.image(portrait(150, 200, rng), 160, 48, 30, 40)
    for i, (lab, val) in enumerate(items):
        P.t(18, y, lab, 10)
        P.t(55, y, val, 10)
        P.line(14, y + 3, 150 if y < 90 else 196, y + 3, 0.3)
        y += 10
    P.image(qr_block(200, rng), 160, y + 5, 28, 28)
    P.t(14, y + 45, "说明：本表是依据《高等教育学历证书电子注册管理暂行规定》，经学历证书电子注册，可在学信网查询的电子凭证。", 7.5)
    return P.render(rng.choice(["reading", "shuffled", "columns"]))


def diploma(doc: dict, rng: random.Random, dpi: float = 200) -> tuple[Image.Image, str]:
    f = doc["fields"]
    p = Page(260, 185, dpi, bg=(252, 250, 240))
    adult = doc.get("adult_education")
    hk, k = rng.choice(["serif_b", "sung", "kai"]), rng.choice(["serif", "sung", "uming", "kai", "wenkai"])
    p.rect(6, 6, 254, 179, w=1.2, outline=(160, 120, 60))
    p.text(130, 32, "毕 业 证 书" if rng.random() < 0.6 else "普通高等学校毕业证书" if not adult else "成人高等教育毕业证书",
           hk, 24, (140, 30, 30) if rng.random() < 0.5 else (0, 0, 0), anchor="ms", ls=0.2)
    p.img.paste(portrait(p.px(30), p.px(40), rng), (p.px(30), p.px(55)))
    b = doc["birth"]
    g = _d(f["graduation_date"])
    yrs = doc.get("years", 4)
    enrol = doc.get("enrol", dt.date(g.year - yrs, 9, 1))
    lvl = f["level"]
    form = "四年制本科" if lvl == "本科" and yrs == 4 else ("硕士研究生" if "硕士" in lvl else lvl)
    if adult:
        form = rng.choice(["业余", "函授"]) + "本科"
        text = (f"学生{f['name']}，性别{doc['sex']}，{b.year}年{b.month}月生，于{enrol.year}年{enrol.month}月至{g.year}年{g.month}月"
                f"在本校{f['major']}专业{form}学习（成人高等教育），修完教学计划规定的全部课程，成绩合格，准予毕业。")
    elif "硕士" in lvl:
        text = (f"研究生{f['name']}，性别{doc['sex']}，{b.year}年{b.month}月生，于{enrol.year}年{enrol.month}月至{g.year}年{g.month}月"
                f"在{f['major']}专业学习，学制{yrs}年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。")
    else:
        text = (f"学生{f['name']}，性别{doc['sex']}，{b.year}年{b.month}月生，于{enrol.year}年{enrol.month}月至{g.year}年{g.month}月"
                f"在本校{f['major']}专业{form}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    p.para(75, 65, text, 160, k, 14, 2.0)
    p.text(200, 140, f["school"], k, 14, anchor="ms")
    p.text(200, 150, "校（院）长：" + rng.choice(["李", "王", "陈"]) + rng.choice(["建国", "振华", "立新"]), k, 12, anchor="ms")
    use_cn = rng.random() < 0.7
    p.text(200, 162, cn_date_numerals(g.year, g.month, g.day) if use_cn else f"{g.year}年{g.month}月{g.day}日", k, 13, anchor="ms")
    p.text(30, 165, f"证书编号：{doc['cert_no']}", k, 11)
    seal(p.img, p.px(200), p.px(148), p.px(20), f["school"], "", rng=rng)
    return p.img, ("adult_" if adult else "") + ("cn_numeral_date" if use_cn else "arabic_date")


def degree(doc: dict, rng: random.Random, dpi: float = 200) -> tuple[Image.Image, str]:
    f = doc["fields"]
    p = Page(260, 185, dpi, bg=(250, 248, 242))
    hk, k = rng.choice(["serif_b", "sung", "kai"]), rng.choice(["serif", "sung", "uming", "kai", "wenkai"])
    p.rect(8, 8, 252, 177, w=2, outline=(120, 20, 30))
    p.text(130, 35, "学 位 证 书" if "学士" in f["level"] else "硕 士 学 位 证 书", hk, 24, (120, 20, 30), anchor="ms", ls=0.3)
    b = doc["birth"]
    g = _d(f["graduation_date"])
    p.img.paste(portrait(p.px(30), p.px(40), rng), (p.px(30), p.px(55)))
    text = (f"{f['name']}，{doc['sex']}，{b.year}年{b.month}月{b.day}日生。在{f['school']}{f['major']}专业完成了"
            f"{'本科' if '学士' in f['level'] else '硕士研究生'}学业，成绩合格。根据《中华人民共和国学位条例》的规定，授予{f['level']}学位。")
    p.para(75, 65, text, 160, k, 14, 2.0)
    p.text(200, 140, f["school"], k, 13, anchor="ms")
    p.text(200, 150, "学位评定委员会主席：" + rng.choice(["刘", "赵", "孙"]) + rng.choice(["为民", "志刚", "德胜"]), k, 11, anchor="ms")
    use_cn = rng.random() < 0.7
    p.text(200, 162, cn_date_numerals(g.year, g.month, g.day) if use_cn else f"{g.year}年{g.month}月{g.day}日", k, 13, anchor="ms")
    p.text(30, 165, f"证书编号：{doc['cert_no']}", k, 11)
    seal(p.img, p.px(200), p.px(150), p.px(20), f["school"], "", rng=rng)
    return p.img, "cn_numeral_date" if use_cn else "arabic_date"


def marriage_open(doc: dict, rng: random.Random, dpi: float = 220) -> Image.Image:
    f = doc["fields"]
    L = Page(125, 88, dpi, bg=(246, 230, 226))
    R = Page(125, 88, dpi, bg=(246, 230, 226))
    k = rng.choice(["sans", "serif", "sung", "zenhei"])
    v = rng.choice(["sans", "serif", "sung", "zenhei", "uming"])
    L.text(12, 20, "持证人", k, 10)
    L.text(32, 20, f["holder_name"], v, 11)
    rd = _d(f["registration_date"])
    L.text(12, 32, "登记日期", k, 10)
    L.text(32, 32, f"{rd.year}年{rd.month:02d}月{rd.day:02d}日", v, 11)
    L.text(12, 44, "结婚证字号", k, 10)
    L.text(36, 44, doc["no"], v, 10.5)
    L.text(12, 62, "备注", k, 10)
    seal(L.img, L.px(90), L.px(60), L.px(16), "婚姻登记专用章", "", rng=rng)
    R.img.paste(portrait(R.px(48), R.px(32), rng, bg=(200, 40, 40)), (R.px(38), R.px(6)))
    R.d = ImageDraw.Draw(R.img)
    y = 46
    people = [(f["holder_name"], doc["sex"], doc["birth"], doc["id_number"]),
              (f["spouse_name"], doc["spouse_sex"], doc["spouse_birth"], f["spouse_id_number"])]
    if rng.random() < 0.5:
        people = people[::-1]
    for name, sex, birth, idn in people:
        R.text(8, y, "姓名", k, 8); R.text(20, y, name, v, 9)
        R.text(50, y, "性别", k, 8); R.text(60, y, sex, v, 9)
        R.text(75, y, "国籍", k, 8); R.text(85, y, "中国", v, 9)
        R.text(8, y + 6, "出生日期", k, 8); R.text(24, y + 6, f"{birth.year}年{birth.month:02d}月{birth.day:02d}日", v, 9)
        R.text(8, y + 12, "身份证件号", k, 8); R.text(28, y + 12, idn, v, 9)
        y += 20
    return booklet_like(L.img, R.img, rng)


def booklet_like(a, b, rng):
    from .forms_cards import booklet_open
    return booklet_open(a, b, rng)


# ---------------------------------------------------------------- pages of no document type
def receipt(rng: random.Random, dpi: float = 200) -> Image.Image:
    p = Page(80, 160, dpi, bg=(250, 250, 246))
    k = rng.choice(["sans_mono", "microhei", "wenkai_mono"])
    p.text(40, 12, rng.choice(["全家便利店", "罗森便利", "联华超市", "盒马鲜生"]), k, 11, anchor="ms")
    y = 22
    tot = 0
    for _ in range(rng.randint(4, 9)):
        it, pr = rng.choice(["矿泉水", "饭团", "牛奶", "面包", "纸巾", "咖啡", "酸奶"]), rng.uniform(2, 20)
        tot += pr
        p.text(5, y, it, k, 8); p.text(75, y, f"{pr:.2f}", k, 8, anchor="rs")
        y += 5
    p.line(5, y, 75, y, 0.2, (80, 80, 80))
    p.text(5, y + 6, "合计", k, 9); p.text(75, y + 6, f"{tot:.2f}", k, 9, anchor="rs")
    p.text(5, y + 14, f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 22)}:{rng.randint(0, 59):02d}", k, 7.5)
    p.text(5, y + 20, "谢谢惠顾，欢迎再次光临", k, 7.5)
    return p.img


def rental_page(rng: random.Random, dpi: float = 200) -> Image.Image:
    p = Page(*A4, dpi)
    k = rng.choice(BODY)
    p.text(105, 30, "上海市住房租赁合同", rng.choice(HEAD), 18, anchor="ms")
    y = 50
    for t in ["出租人（甲方）与承租人（乙方）经协商一致，就房屋租赁事宜订立本合同。",
              "甲方将坐落于本市的房屋出租给乙方作居住使用，租赁期限为壹年，月租金人民币伍仟元整，押一付三。",
              "乙方应按时支付租金及水、电、燃气、通讯等费用。租赁期间，乙方不得擅自转租。",
              "租赁期满，乙方需继续承租的，应于期满前一个月向甲方提出书面要求。",
              "房屋及其附属设施的维修责任由甲方承担，因乙方使用不当造成损坏的，由乙方负责修复或赔偿。"]:
        y = p.para(25, y, t, 160, k, 11.5, 1.8) + 4
    return p.img


def bank_slip(rng: random.Random, dpi: float = 200) -> Image.Image:
    p = Page(210, 99, dpi, bg=(248, 252, 248))
    k = rng.choice(BODY)
    p.text(105, 14, rng.choice(["中国工商银行 业务回单", "招商银行 转账凭证", "中国建设银行 客户回单"]), rng.choice(HEAD), 13, anchor="ms")
    for i, (a, b) in enumerate([("交易日期", f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}"), ("付款账号", f"6222 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"),
                                ("金额", f"CNY {rng.uniform(100, 9000):.2f}"), ("摘要", rng.choice(["房租", "转账", "物业费"]))]):
        p.text(15, 30 + i * 12, a, k, 10, (90, 90, 90)); p.text(50, 30 + i * 12, b, k, 10.5)
    p.rect(8, 20, 202, 92, w=0.3, outline=(120, 160, 120))
    return p.img


def blank_page(rng: random.Random, dpi: float = 200) -> Image.Image:
    im = Image.new("RGB", (int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)), (rng.randint(246, 255),) * 3)
    return im
