"""Text-layer PDF documents drawn with reportlab (pinned dates: invariant mode):
居住证信息 prints, 劳动合同, 个人所得税纳税记录 (national record, older 完税证明),
社保缴费记录, 学信网 备案表. Image captures rasterise these same PDFs."""
from __future__ import annotations

import io
import math
import random

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .common import KAITI, MICROHEI, SUNGTI, UKAI, UMING, WENKAI, ZENHEI, fullwidth_brackets

_REG = False
PDF_FACES = {"sung": (SUNGTI, 0), "ming": (UMING, 0), "hei": (MICROHEI, 0), "kai": (KAITI, 0),
             "ukai": (UKAI, 0), "wk": (WENKAI, 0), "zhei": (ZENHEI, 0)}


def _register():
    global _REG
    if _REG:
        return
    for n, (p, i) in PDF_FACES.items():
        pdfmetrics.registerFont(TTFont(n, p, subfontIndex=i))
    _REG = True


class Doc:
    """Top-left based drawing in mm on reportlab pages."""

    def __init__(self, size=A4, title=""):
        _register()
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.c.setProducer("")
        self.W, self.H = size
        self.pages = 0

    def y(self, ymm):
        return self.H - ymm * mm

    def text(self, x, y, s, face="sung", size=10.5, color=(0, 0, 0), anchor="l"):
        c = self.c
        c.setFillColorRGB(*[v / 255 if v > 1 else v for v in color])
        c.setFont(face, size)
        if anchor == "c":
            c.drawCentredString(x * mm, self.y(y), s)
        elif anchor == "r":
            c.drawRightString(x * mm, self.y(y), s)
        else:
            c.drawString(x * mm, self.y(y), s)

    def width(self, s, face, size):
        return pdfmetrics.stringWidth(s, face, size) / mm

    def wrap(self, s, face, size, wmm):
        out, cur = [], ""
        for ch in s:
            if self.width(cur + ch, face, size) > wmm and cur and ch not in "，。、；：）)！？":
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, s, face, size, wmm, lead=1.65, color=(0, 0, 0)):
        for ln in self.wrap(s, face, size, wmm):
            self.text(x, y, ln, face, size, color)
            y += size * lead * 0.3528
        return y

    def line(self, x0, y0, x1, y1, w=0.6, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*[v / 255 for v in color])
        self.c.setLineWidth(w)
        self.c.line(x0 * mm, self.y(y0), x1 * mm, self.y(y1))

    def rect(self, x0, y0, x1, y1, w=0.6, color=(0, 0, 0), fill=None):
        c = self.c
        c.setStrokeColorRGB(*[v / 255 for v in color])
        c.setLineWidth(w)
        if fill:
            c.setFillColorRGB(*[v / 255 for v in fill])
        c.rect(x0 * mm, self.y(y1), (x1 - x0) * mm, (y1 - y0) * mm, stroke=1 if w else 0, fill=1 if fill else 0)

    def hand(self, x, y, s, r: random.Random, size=13, face="kai", color=(30, 45, 120)):
        """Handwritten fill-in: per-character jitter and rotation."""
        c = self.c
        c.setFillColorRGB(*[v / 255 for v in color])
        xx = x * mm
        for ch in s:
            sz = size * r.uniform(0.92, 1.1)
            c.saveState()
            c.translate(xx, self.y(y) + r.uniform(-0.6, 0.6) * mm)
            c.rotate(r.uniform(-6, 6))
            c.setFont(face, sz)
            c.drawString(0, 0, ch)
            c.restoreState()
            xx += pdfmetrics.stringWidth(ch, face, size) * r.uniform(0.9, 1.05)
        return xx / mm

    def seal(self, cx, cy, ring, center, r: random.Random, dmm=40, color=(0.85, 0.15, 0.15)):
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*color)
        c.setFillColorRGB(*color)
        c.setFillAlpha(0.78)
        c.setStrokeAlpha(0.78)
        c.translate(cx * mm, self.y(cy))
        c.rotate(r.uniform(-20, 20))
        R = dmm / 2 * mm
        c.setLineWidth(1.6)
        c.circle(0, 0, R)
        n = len(ring)
        fs = dmm * (3.2 if n < 14 else 2.6)  # points
        fs = min(fs, 14)
        span = min(250.0, 17.0 * n + 40)
        for i, ch in enumerate(ring):
            a = -span / 2 + span * (i + 0.5) / n
            c.saveState()
            c.rotate(-a)
            c.setFont("hei", fs)
            c.drawCentredString(0, R - fs * 1.15, ch)
            c.restoreState()
        pts = []
        for k in range(10):
            ang = math.radians(90 + k * 36)
            rr = R * 0.28 if k % 2 == 0 else R * 0.11
            pts.append((rr * math.cos(ang), rr * math.sin(ang)))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
        if center:
            c.setFont("hei", fs * 0.9)
            c.drawCentredString(0, -R * 0.62, center)
        c.restoreState()

    def checkbox(self, x, y, checked, r: random.Random, hand=False):
        """A printed box at (x, baseline y); a tick drawn in it when checked."""
        self.rect(x, y - 3.2, x + 3.4, y + 0.2, 0.5)
        if checked:
            c = self.c
            col = (30 / 255, 45 / 255, 120 / 255) if hand else (0, 0, 0)
            c.setStrokeColorRGB(*col)
            c.setLineWidth(0.9 if hand else 0.7)
            j = (lambda: r.uniform(-0.3, 0.3)) if hand else (lambda: 0)
            p = c.beginPath()
            p.moveTo((x + 0.5 + j()) * mm, self.y(y - 1.6 + j()))
            p.lineTo((x + 1.4 + j()) * mm, self.y(y - 0.3 + j()))
            p.lineTo((x + 3.9 + j()) * mm, self.y(y - 4.2 + j()))
            c.drawPath(p, stroke=1, fill=0)

    def page_end(self):
        self.c.showPage()
        self.pages += 1

    def bytes(self):
        self.c.save()
        return self.buf.getvalue()


# ------------------------------------------------------------------ 居住证信息
def permit_info(p, r: random.Random, layout="info_grid2"):
    """p: name, sex, id_number, hukou_address, residence_address, issue_date, valid_from, valid_until, card_no."""
    d = Doc(A4, "居住证信息")
    face = r.choice(["sung", "hei", "ming", "zhei"])
    bold = "hei"
    title = r.choice(["上海市居住证信息", "居住证办理信息查询结果", "上海市居住证信息查询单"])
    d.text(105, 28, title, bold, 18, anchor="c")
    if r.random() < 0.5:
        d.text(105, 36, "（一网通办 · 居住证信息）", face, 10, (90, 90, 90), anchor="c")
    lab_hukou = r.choice(["常住户口所在地住址", "户籍地址", "户籍地详址"])
    lab_id = r.choice(["公民身份号码", "证件号码", "身份证号码"])
    vf, vu, iss = p["valid_from"], p["valid_until"], p["issue_date"]
    datefmt = r.choice(["%Y.%m.%d", "%Y-%m-%d", "%Y年%m月%d日"])
    split = r.random() < 0.5
    rows = [("姓名", p["name"]), ("性别", p["sex"]), ("证件类型", "居民身份证"), (lab_id, p["id_number"]),
            (lab_hukou, p["hukou_address"]), ("居住地址", p["residence_address"]),
            (r.choice(["签发日期", "签注日期", "发证日期"]), iss.strftime(datefmt))]
    if split:
        rows += [("有效期限起", vf.strftime(datefmt)), ("有效期限止", vu.strftime(datefmt))]
    else:
        rows += [("有效期限", f"{vf.strftime(datefmt)}至{vu.strftime(datefmt)}")]
    rows += [("签发机关", "上海市公安局" + p.get("station", "")), ("居住证卡号", p["card_no"])]
    size = r.choice([10.5, 11, 12])
    y = 50
    if layout == "info_grid2":
        lw = r.choice([42, 48, 55])
        x0, x1 = 22, 188
        for lab, val in rows:
            lines = d.wrap(val, face, size, x1 - x0 - lw - 6)
            h = max(10, 5.5 * len(lines) + 4.5)
            d.rect(x0, y, x0 + lw, y + h, 0.6, fill=(242, 242, 242) if r.random() < 0.0 else None)
            d.rect(x0 + lw, y, x1, y + h, 0.6)
            d.text(x0 + 3, y + h / 2 + 1.4, lab, face, size)
            yy = y + (h - 5.5 * len(lines)) / 2 + 4.2
            for ln in lines:
                d.text(x0 + lw + 3, yy, ln, face, size)
                yy += 5.5
            y += h
    elif layout == "info_grid4":
        x0, x1 = 16, 194
        cw = [(x1 - x0) * f for f in (0.16, 0.34, 0.16, 0.34)]
        i = 0
        short = [rw for rw in rows if len(rw[1]) <= 16]
        long_ = [rw for rw in rows if len(rw[1]) > 16]
        pairs = [short[k:k + 2] for k in range(0, len(short), 2)]
        for pr in pairs:
            h = 11
            x = x0
            for lab, val in pr:
                d.rect(x, y, x + cw[0], y + h, 0.5)
                d.rect(x + cw[0], y, x + cw[0] + cw[1], y + h, 0.5)
                d.text(x + 2, y + 7, lab, face, size - 1)
                d.text(x + cw[0] + 2, y + 7, val, face, size)
                x += cw[0] + cw[1]
            if len(pr) == 1:
                d.rect(x, y, x1, y + h, 0.5)
            y += h
        for lab, val in long_:
            lines = d.wrap(val, face, size, x1 - x0 - cw[0] - 4)
            h = max(11, 5.5 * len(lines) + 5)
            d.rect(x0, y, x0 + cw[0], y + h, 0.5)
            d.rect(x0 + cw[0], y, x1, y + h, 0.5)
            d.text(x0 + 2, y + h / 2 + 1.4, lab, face, size - 1)
            yy = y + (h - 5.5 * len(lines)) / 2 + 4.2
            for ln in lines:
                d.text(x0 + cw[0] + 2, yy, ln, face, size)
                yy += 5.5
            y += h
    else:  # list
        for lab, val in rows:
            s = f"{lab}：{val}"
            y = d.para(28, y, s, face, size + 0.5, 150, lead=1.9) + 2
    y += 14
    d.text(22, y, f"打印日期：{p['print_date']:%Y-%m-%d}", face, 9.5, (60, 60, 60))
    if r.random() < 0.7:
        d.seal(150, y - 4, "上海市公安局" + (p.get("station") or "人口管理办公室"), "居住证专用章", r, dmm=38)
    d.page_end()
    return d.bytes()


# ------------------------------------------------------------------ 劳动合同
CLAUSES = [
    "甲方根据工作需要，安排乙方从事{job}岗位工作。乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方安排乙方执行标准工时制度。甲方因工作需要安排乙方加班的，应当依法安排补休或者支付加班工资。",
    "甲方应当按月以货币形式支付乙方工资，工资发放日为每月{payday}日。乙方试用期工资不低于本市最低工资标准。",
    "甲方应当依法为乙方办理社会保险登记手续，按时足额缴纳社会保险费，乙方个人应缴纳部分由甲方代扣代缴。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，对乙方进行职业危害防护教育。",
    "乙方应当遵守甲方依法制定的规章制度，严格遵守劳动安全卫生、工作流程等规定，爱护甲方的财产。",
    "经甲方乙方协商一致，可以变更本合同约定的内容。变更劳动合同应当采用书面形式。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同。乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "有下列情形之一的，甲方可以解除本合同：乙方在试用期间被证明不符合录用条件的；乙方严重违反甲方规章制度的。",
    "甲方与乙方解除或者终止本合同的，应当在解除或者终止时出具解除或者终止劳动合同的证明，并在十五日内为乙方办理档案和社会保险关系转移手续。",
    "乙方对在工作中知悉的甲方商业秘密负有保密义务，未经甲方书面同意，不得向第三方披露。",
    "因履行本合同发生的劳动争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
]


def _dfmt(x, style):
    if style == 0:
        return f"{x.year}年{x.month}月{x.day}日"
    if style == 1:
        return f"{x.year} 年 {x.month} 月 {x.day} 日"
    return f"{x.year}年{x.month:02d}月{x.day:02d}日"


def contract(p, r: random.Random, layout="company", hand=False):
    """p: employer, employer_code, legal_rep, employer_addr, employee_name, employee_id_number,
    employee_hukou, employee_addr, start_date, end_date, open_ended, signing_date, probation_end, job."""
    d = Doc(A4, "劳动合同")
    face = r.choice(["sung", "ming", "hei"])
    sz = r.choice([10.5, 11, 11.5])
    emp = p["employer_print"]
    s0, e0 = p["start_date"], p["end_date"]
    st = r.randint(0, 2)
    fill_face, fill_col = ("kai", (30, 45, 120)) if hand else (face, (0, 0, 0))

    def fill(x, y, s, size=None):
        if hand:
            return d.hand(x, y + 0.5, s, r, size=(size or sz) + 2, face=r.choice(["kai", "ukai", "wk"]))
        d.text(x, y, s, face, size or sz)
        return x + d.width(s, face, size or sz)

    def blank_date(x, y, dt):
        # "____年__月__日" with numbers filled in
        if dt is None:
            d.text(x, y, "       年    月    日", face, sz)
            return
        if hand:
            parts = [(str(dt.year), 14), ("年", 0), (str(dt.month), 7), ("月", 0), (str(dt.day), 7), ("日", 0)]
            xx = x
            for s, wfill in parts:
                if wfill:
                    d.line(xx, y + 1.2, xx + wfill, y + 1.2, 0.4)
                    d.hand(xx + 1, y, s, r, size=sz + 2, face="kai")
                    xx += wfill + 0.5
                else:
                    d.text(xx, y, s, face, sz)
                    xx += d.width(s, face, sz) + 0.5
            return
        d.text(x, y, _dfmt(dt, st), face, sz)

    pages = []
    if layout == "sh_model":
        # cover
        d.text(105, 60, "劳 动 合 同", "hei", 30, anchor="c")
        d.text(105, 74, "（上海市劳动合同示范文本）", face, 13, anchor="c")
        d.text(40, 130, "甲方（用人单位）：", face, 14)
        d.line(86, 131.5, 180, 131.5, 0.5)
        fill(88, 130, emp, 13)
        d.text(40, 150, "乙方（劳动者）：", face, 14)
        d.line(86, 151.5, 180, 151.5, 0.5)
        fill(88, 150, p["employee_name"], 14)
        d.text(40, 170, "签订日期：", face, 14)
        blank_date(70, 170, p["signing_date"])
        d.text(105, 262, "上海市人力资源和社会保障局制", face, 12, anchor="c")
        d.page_end()
        # party block + term
        y = 25
        d.text(105, y, "劳动合同", "hei", 16, anchor="c")
        y += 14
        rows = [("甲方（用人单位）名称：", emp), ("统一社会信用代码：", p["employer_code"]),
                ("法定代表人（主要负责人）：", p["legal_rep"]), ("注册地址：", p["employer_addr"])]
        for lab, val in rows:
            d.text(22, y, lab, face, sz)
            x = 22 + d.width(lab, face, sz)
            d.line(x, y + 1.3, 190, y + 1.3, 0.4)
            fill(x + 1, y, val)
            y += 9
        y += 3
        rows = [("乙方（劳动者）姓名：", p["employee_name"]), ("居民身份证号码：", p["employee_id_number"]),
                ("户籍地址：", p["employee_hukou"]), ("居住地址：", p["employee_addr"])]
        for lab, val in rows:
            d.text(22, y, lab, face, sz)
            x = 22 + d.width(lab, face, sz)
            d.line(x, y + 1.3, 190, y + 1.3, 0.4)
            if val:
                fill(x + 1, y, val)
            y += 9
        y += 4
        y = d.para(22, y, "　　根据《中华人民共和国劳动合同法》和有关法律、法规的规定，甲乙双方遵循合法、公平、平等自愿、"
                          "协商一致、诚实信用的原则，签订本合同，共同遵守本合同所列条款。", face, sz, 168) + 3
        d.text(22, y, "一、劳动合同期限", "hei", sz + 0.5)
        y += 8
        d.checkbox(26, y, not p["open_ended"], r, hand)
        d.text(31, y, "固定期限：自", face, sz)
        if not p["open_ended"]:
            blank_date(56, y, s0)
            d.text(98, y, "起至", face, sz)
            blank_date(108, y, e0)
            d.text(150, y, "止。", face, sz)
        else:
            d.text(56, y, "       年    月    日起至        年    月    日止。", face, sz)
        y += 8
        d.checkbox(26, y, p["open_ended"], r, hand)
        d.text(31, y, "无固定期限：自", face, sz)
        if p["open_ended"]:
            blank_date(58, y, s0)
            d.text(100, y, "起。", face, sz)
        else:
            d.text(58, y, "       年    月    日起。", face, sz)
        y += 8
        d.checkbox(26, y, False, r)
        d.text(31, y, "以完成一定工作任务为期限：自        年    月    日起至工作任务完成时止。", face, sz)
        y += 9
        d.text(26, y, "其中试用期自", face, sz)
        blank_date(50, y, s0)
        d.text(92, y, "起至", face, sz)
        blank_date(102, y, p["probation_end"])
        d.text(144, y, "止。", face, sz)
        y += 12
        d.text(22, y, "二、工作内容和工作地点", "hei", sz + 0.5)
        y += 8
        y = d.para(22, y, "　　" + CLAUSES[0].format(job=p["job"]), face, sz, 168) + 2
        y = d.para(22, y, "　　乙方的工作地点为上海市。", face, sz, 168)
        d.text(105, 285, "— 2 —", face, 9, anchor="c")
        d.page_end()
        body_pages = r.choice([1, 2])
        ci = 1
        for bp in range(body_pages):
            y = 25
            for k in range(6):
                if ci >= len(CLAUSES):
                    break
                head = ["三、工作时间和休息休假", "四、劳动报酬", "五、社会保险和福利待遇", "六、劳动保护",
                        "七、劳动纪律", "八、劳动合同的变更", "九、劳动合同的解除和终止", "十、其他",
                        "十一、", "十二、", "十三、", "十四、"][ci - 1]
                if not head.endswith("、"):
                    d.text(22, y, head, "hei", sz + 0.5)
                    y += 8
                y = d.para(22, y, "　　" + CLAUSES[ci].format(job=p["job"], payday=p["payday"]), face, sz, 168) + 4
                ci += 1
            d.text(105, 285, f"— {3 + bp} —", face, 9, anchor="c")
            d.page_end()
        _signature_page(d, p, r, face, sz, hand, fill, blank_date)
    else:
        # company template: parties in a table
        y = 30
        d.text(105, y, "劳 动 合 同 书" if layout == "company" else "劳动合同", "hei", 22, anchor="c")
        y += 10
        if layout == "company":
            d.text(105, y, f"编号：HT-{p['signing_date'].year}-{r.randint(100, 999)}", face, 9.5, anchor="c")
        y += 12
        tab = [("甲方", "名称", emp), ("", "法定代表人", p["legal_rep"]), ("", "地址", p["employer_addr"]),
               ("乙方", "姓名", p["employee_name"]), ("", "身份证号码", p["employee_id_number"]),
               ("", "住址", p["employee_addr"])]
        x0, x1, x2, x3 = 22, 40, 68, 190
        for i, (a, b_, c_) in enumerate(tab):
            lines = d.wrap(c_, face, sz, x3 - x2 - 4) or [""]
            h = max(9, 5.2 * len(lines) + 4)
            if a:
                d.rect(x0, y, x1, y + 27, 0.6)
                d.text((x0 + x1) / 2, y + 15, a, "hei", sz + 1, anchor="c")
            d.rect(x1, y, x2, y + h, 0.6)
            d.rect(x2, y, x3, y + h, 0.6)
            d.text(x1 + 2, y + h / 2 + 1.5, b_, face, sz)
            yy = y + (h - 5.2 * len(lines)) / 2 + 4
            for ln in lines:
                if hand:
                    d.hand(x2 + 2, yy, ln, r, size=sz + 1.5)
                else:
                    d.text(x2 + 2, yy, ln, face, sz)
                yy += 5.2
            y += h
            if i in (2, 5):
                pass
        y += 8
        y = d.para(22, y, "　　甲乙双方根据《中华人民共和国劳动合同法》等法律法规，在平等自愿、协商一致的基础上，"
                          "同意订立本劳动合同，共同遵守本合同所列条款。", face, sz, 168) + 4
        d.text(22, y, "第一条　合同期限", "hei", sz + 0.5)
        y += 8
        prob = p["probation_end"]
        if p["open_ended"]:
            t = (f"　　本合同为无固定期限劳动合同，自{_dfmt(s0, st)}起生效。其中试用期自{_dfmt(s0, st)}起至"
                 f"{_dfmt(prob, st)}止。")
        else:
            yrs = p.get("term_years")
            lead = f"期限{['', '一', '二', '三', '四', '五'][yrs]}年，" if yrs and r.random() < 0.6 else ""
            t = (f"　　本合同为固定期限劳动合同，{lead}自{_dfmt(s0, st)}起至{_dfmt(e0, st)}止。其中试用期自"
                 f"{_dfmt(s0, st)}起至{_dfmt(prob, st)}止。")
        y = d.para(22, y, t, face, sz, 168) + 4
        d.text(22, y, "第二条　工作内容和工作地点", "hei", sz + 0.5)
        y += 8
        y = d.para(22, y, "　　" + CLAUSES[0].format(job=p["job"]) + "乙方的工作地点为上海市。", face, sz, 168)
        npages = r.choice([2, 3, 4]) if layout == "company" else 2
        total = npages + 2
        d.text(105, 285, f"第 1 页 共 {total} 页", face, 9, anchor="c")
        d.page_end()
        ci = 1
        for bp in range(npages):
            y = 25
            for k in range(5 if layout == "company" else 7):
                if ci >= len(CLAUSES):
                    ci = 1
                num = "三四五六七八九十"[min(7, bp * 5 + k)] if bp * 5 + k < 8 else f"十{'一二三四五六七八九'[min(8, bp * 5 + k - 8)]}"
                d.text(22, y, f"第{num}条", "hei", sz + 0.5)
                y += 8
                y = d.para(22, y, "　　" + CLAUSES[ci].format(job=p["job"], payday=p["payday"]), face, sz, 168) + 4
                ci += 1
            d.text(105, 285, f"第 {bp + 2} 页 共 {total} 页", face, 9, anchor="c")
            d.page_end()
        _signature_page(d, p, r, face, sz, hand, fill, blank_date, footer=f"第 {total} 页 共 {total} 页")
    return d.bytes()


def _signature_page(d, p, r, face, sz, hand, fill, blank_date, footer=None):
    y = 30
    y = d.para(22, y, "　　" + CLAUSES[-1], face, sz, 168) + 6
    y = d.para(22, y, "　　双方确认：均已详细阅读并理解本合同内容，清楚各自的权利、义务。", face, sz, 168) + 20
    d.text(22, y, "甲方（盖章）：", face, sz + 1)
    d.text(112, y, "乙方（签字）：", face, sz + 1)
    d.hand(140, y + 1, p["employee_name"], r, size=17, face=r.choice(["kai", "ukai", "wk"]), color=(20, 20, 20))
    y += 22
    d.text(22, y, "法定代表人或委托代理人（签字）：", face, sz)
    d.hand(86, y + 1, p["legal_rep"], r, size=15, face="kai", color=(20, 20, 20))
    y += 22
    d.text(22, y, "日期：", face, sz)
    blank_date(34, y, p["signing_date"])
    d.text(112, y, "日期：", face, sz)
    blank_date(124, y, p["signing_date"])
    d.seal(55, y - 30, fullwidth_brackets(p["employer"]), "合同专用章" if r.random() < 0.4 else "", r, dmm=40)
    if footer:
        d.text(105, 285, footer, face, 9, anchor="c")
    d.page_end()


# ------------------------------------------------------------------ 个人所得税纳税记录
def tax_national(p, r: random.Random):
    """p: name, id_number, issue_date, rows [(period 'YYYY-MM', agent_print, agent_code, amount str, item, decl_date, paid_date, office)], record_from, record_to, no."""
    d = Doc(A4, "个人所得税纳税记录")
    face = r.choice(["sung", "hei", "ming"])
    rules = r.random() < 0.6
    per_page = r.choice([9, 10, 12])
    rows = p["rows"]
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    pf = r.choice(["{a}至{b}", "{a}-{b}"])
    code_pos = r.choice(["none", "before", "after"])
    for pi, chunk in enumerate(chunks):
        y = 20
        d.text(105, y, "中华人民共和国个人所得税纳税记录", "hei", 16, anchor="c")
        d.text(105, y + 7, "（原《税收完税证明》）", face, 10, anchor="c")
        d.text(150, y + 15, f"No. {p['no']}", face, 9.5)
        y += 24
        d.text(12, y, f"纳税人名称：{p['name']}", face, 10)
        d.text(100, y, f"纳税人识别号：{p['id_number']}", face, 10)
        y += 6
        d.text(12, y, f"记录期间：{p['record_from']}至{p['record_to']}", face, 9.5)
        d.text(100, y, f"开具日期：{p['issue_date']:%Y-%m-%d}", face, 9.5)
        y += 5
        cols = [("申报日期", 12, 30), ("实缴(退)金额", 30, 48), ("入(退)库日期", 48, 66), ("所得项目", 66, 88),
                ("税款所属期", 88, 122), ("入库税务机关", 122, 156), ("备注", 156, 199)]
        hh = 8
        for name_, a, b in cols:
            if rules:
                d.rect(a, y, b, y + hh, 0.5)
            d.text((a + b) / 2, y + 5.4, name_, "hei", 8.5, anchor="c")
        y += hh
        for row in chunk:
            a_, b_ = row["period_from"], row["period_to"]
            per = pf.format(a=a_, b=b_)
            agent = row["agent_print"]
            if code_pos == "before":
                note = f"扣缴义务人：{row['agent_code']} {agent}"
            elif code_pos == "after":
                note = f"扣缴义务人：{agent}（{row['agent_code']}）"
            else:
                note = f"扣缴义务人：{agent}"
            note_lines = d.wrap(note, face, 7.5, 41)
            per_lines = d.wrap(per, face, 7.5, 32)
            off_lines = d.wrap(row["office"], face, 7.5, 32)
            n = max(len(note_lines), len(per_lines), len(off_lines), 1)
            h = 3.6 * n + 4
            vals = [(row["decl_date"], 12, 30), (row["amount"], 30, 48), (row["paid_date"], 48, 66), (row["item"], 66, 88)]
            for v, a, b in vals:
                if rules:
                    d.rect(a, y, b, y + h, 0.4)
                d.text((a + b) / 2, y + h / 2 + 1.2, v, face, 8, anchor="c")
            for lines, a, b in ((per_lines, 88, 122), (off_lines, 122, 156), (note_lines, 156, 199)):
                if rules:
                    d.rect(a, y, b, y + h, 0.4)
                yy = y + (h - 3.6 * len(lines)) / 2 + 2.9
                for ln in lines:
                    d.text(a + 1, yy, ln, face, 7.5)
                    yy += 3.6
            y += h
        if pi == len(chunks) - 1:
            y += 6
            d.text(12, y, f"金额合计：{p['total']}", face, 9.5)
            y += 8
            d.para(12, y, "说明：1.本记录涉及纳税人敏感信息，不慎遗失、泄露或被他人窃取、篡改，可能导致纳税人权益受到侵害，请妥善保管。"
                          "2.本记录仅证明纳税人在记录期间已申报并缴纳的税款。", face, 8, 185, color=(60, 60, 60))
            d.seal(170, y + 20, "国家税务总局上海市税务局", "征税专用章", r, dmm=36)
        d.text(12, 283, f"查询验证码：{p['verify']}", face, 8.5)
        d.text(199, 283, f"第{pi + 1}页/共{len(chunks)}页", face, 8.5, anchor="r")
        d.page_end()
    return d.bytes()


def tax_old_form(p, r: random.Random):
    """Older 税收完税证明 form, landscape."""
    d = Doc(landscape(A4), "税收完税证明")
    face = r.choice(["sung", "ming"])
    d.text(148, 22, "中华人民共和国", "hei", 14, anchor="c")
    d.text(148, 32, "税 收 完 税 证 明", "hei", 20, anchor="c")
    d.text(230, 24, f"（{p['issue_date'].year}）沪地证 {p['no'][-7:]}", face, 10)
    y = 44
    d.text(18, y, f"填发日期：{p['issue_date'].year}年{p['issue_date'].month}月{p['issue_date'].day}日", face, 10)
    d.text(110, y, "税务机关：国家税务总局上海市税务局", face, 10)
    y += 8
    d.rect(15, y, 282, y + 9, 0.6)
    d.text(18, y + 6, f"纳税人识别号：{p['id_number']}", face, 10)
    d.text(150, y + 6, f"纳税人名称：{p['name']}", face, 10)
    y += 9
    cols = [("原凭证号", 15, 50), ("税种", 50, 70), ("品目名称", 70, 100), ("税款所属时期", 100, 150),
            ("入(退)库日期", 150, 175), ("实缴(退)金额", 175, 200), ("备注", 200, 282)]
    for n_, a, b in cols:
        d.rect(a, y, b, y + 8, 0.6)
        d.text((a + b) / 2, y + 5.5, n_, face, 9, anchor="c")
    y += 8
    for row in p["rows"]:
        h = 7.5
        vals = [(row["voucher"], 15, 50), ("个人所得税", 50, 70), (row["item"], 70, 100),
                (f"{row['period_from'].replace('-', '')}-{row['period_to'].replace('-', '')}", 100, 150),
                (row["paid_date"], 150, 175), (row["amount"], 175, 200), ("扣缴义务人：" + row["agent_print"], 200, 282)]
        for v, a, b in vals:
            d.rect(a, y, b, y + h, 0.4)
            fs = 8 if b - a > 40 else 8
            while d.width(v, face, fs) > b - a - 2 and fs > 5.5:
                fs -= 0.5
            d.text(a + 1, y + 5, v, face, fs)
        y += h
    d.rect(15, y, 282, y + 8, 0.6)
    d.text(18, y + 5.5, f"金额合计（小写）¥{p['total']}", face, 9.5)
    y += 16
    d.text(18, y, "税务机关（盖章）", face, 10)
    d.text(150, y, "填票人：", face, 10)
    d.seal(45, y + 12, "国家税务总局上海市税务局", "征税专用章", r, dmm=34)
    d.text(18, 200, "妥善保管", face, 9)
    d.page_end()
    return d.bytes()


# ------------------------------------------------------------------ 社保
def social_insurance(p, r: random.Random):
    """p: name, id_number, print_date, rows [(month, employer_print, base, back)], range_rows bool."""
    d = Doc(A4, "社会保险个人缴费情况")
    face = r.choice(["sung", "hei", "ming"])
    title = r.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（参保缴费情况）"])
    rows = p["rows"]
    status_mode = r.choice(["column", "note"])
    per_page = r.choice([16, 20, 24])
    groups = _group_si(rows) if p.get("range_rows") else [(rw["month"], rw["month"], rw) for rw in rows]
    chunks = [groups[i:i + per_page] for i in range(0, len(groups), per_page)] or [[]]
    for pi, chunk in enumerate(chunks):
        y = 20
        d.text(105, y, title, "hei", 15, anchor="c")
        y += 12
        d.text(15, y, f"姓名：{p['name']}", face, 10)
        d.text(75, y, f"证件号码：{p['id_number']}", face, 10)
        d.text(150, y, f"打印日期：{p['print_date']:%Y-%m-%d}", face, 10)
        y += 6
        cols = [("缴费年月", 15, 45), ("单位名称", 45, 110), ("缴费基数", 110, 130), ("养老(个人)", 130, 148),
                ("医疗(个人)", 148, 166), ("失业(个人)", 166, 182), ("缴费类型" if status_mode == "column" else "备注", 182, 198)]
        for n_, a, b in cols:
            d.rect(a, y, b, y + 8, 0.5)
            d.text((a + b) / 2, y + 5.5, n_, "hei", 8.5, anchor="c")
        y += 8
        for (m0, m1, rw) in chunk:
            base = float(rw["base"])
            mstr = m0.replace("-", "") if m0 == m1 else f"{m0.replace('-', '')}-{m1.replace('-', '')}"
            emp_lines = d.wrap(rw["employer_print"], face, 8, 63)
            h = max(7, 3.6 * len(emp_lines) + 3.4)
            status = "补缴" if rw["back"] else "正常"
            vals = [(mstr, 15, 45), (None, 45, 110), (f"{base:.2f}", 110, 130), (f"{base * 0.08:.2f}", 130, 148),
                    (f"{base * 0.02:.2f}", 148, 166), (f"{base * 0.005:.2f}", 166, 182),
                    (status if status_mode == "column" else ("补缴" if rw["back"] else ""), 182, 198)]
            for v, a, b in vals:
                d.rect(a, y, b, y + h, 0.35)
                if v is not None:
                    d.text((a + b) / 2, y + h / 2 + 1.3, v, face, 8, anchor="c")
            yy = y + (h - 3.6 * len(emp_lines)) / 2 + 2.9
            for ln in emp_lines:
                d.text(46, yy, ln, face, 8)
                yy += 3.6
            y += h
        d.text(15, 280, "注：本表仅供参考，以社保经办机构记录为准。", face, 8, (80, 80, 80))
        d.text(198, 280, f"第{pi + 1}页 共{len(chunks)}页", face, 8, anchor="r")
        if pi == len(chunks) - 1 and r.random() < 0.6:
            d.seal(165, 255, "上海市社会保险事业管理中心", "业务专用章", r, dmm=34)
        d.page_end()
    return d.bytes()


def _group_si(rows):
    out = []
    for rw in rows:
        if out and not rw["back"] and not out[-1][2]["back"] and out[-1][2]["base"] == rw["base"] \
                and out[-1][2]["employer_print"] == rw["employer_print"]:
            from .common import month_add
            if month_add(out[-1][1], 1) == rw["month"] and out[-1][1][:4] == rw["month"][:4]:
                out[-1] = (out[-1][0], rw["month"], out[-1][2])
                continue
        out.append((rw["month"], rw["month"], rw))
    return out


# ------------------------------------------------------------------ 学信网
def xuexin(p, r: random.Random):
    d = Doc(A4, "教育部学历证书电子注册备案表")
    face = r.choice(["hei", "sung"])
    d.text(105, 24, "教育部学历证书电子注册备案表", "hei", 17, anchor="c")
    d.text(15, 36, f"更新日期：{p['update_date']:%Y年%m月%d日}", face, 9.5)
    d.text(140, 36, f"在线验证码：{p['verify']}", face, 9.5)
    rows = [("姓名", p["name"]), ("性别", p["sex"]), ("出生日期", f"{p['birth']:%Y年%m月%d日}"), ("民族", p["ethnicity"] + "族"),
            ("证件号码", p["id_number"]), ("学校名称", p["school"]), ("层次", p["level"]), ("专业", p["major"]),
            ("学制", f"{p['years']}年"), ("学历类别", "普通高等教育" if p["study_mode"] == "普通全日制" else "成人高等教育"),
            ("学习形式", p["study_mode"]), ("入学日期", f"{p['start_date']:%Y年%m月%d日}"),
            ("毕(结)业日期", f"{p['graduation_date']:%Y年%m月%d日}"), ("校(院)长姓名", p["president"]),
            ("毕(结)业", "毕业"), ("证书编号", p["cert_no"])]
    y = 44
    for lab, val in rows:
        d.rect(15, y, 55, y + 9, 0.4, color=(120, 140, 170))
        d.rect(55, y, 150, y + 9, 0.4, color=(120, 140, 170))
        d.text(18, y + 6, lab, face, 10, (80, 90, 110))
        d.text(58, y + 6, val, face, 10.5)
        y += 9
    d.rect(155, 44, 195, 96, 0.5, color=(150, 150, 150))
    d.text(175, 72, "照片", face, 10, (150, 150, 150), anchor="c")
    # QR-like block
    rr = random.Random(p["verify"])
    cell = 1.3
    for i in range(25):
        for j in range(25):
            if rr.random() < 0.48 or (i < 7 and j < 7) or (i > 17 and j < 7) or (i < 7 and j > 17):
                if (2 <= i % 18 <= 4 and 2 <= j % 18 <= 4) or not ((i < 7 and j < 7) or (i > 17 and j < 7) or (i < 7 and j > 17)) \
                        or i in (0, 6, 18, 24) or j in (0, 6, 18, 24):
                    d.rect(160 + i * cell, 110 + j * cell, 160 + (i + 1) * cell, 110 + (j + 1) * cell, 0, fill=(0, 0, 0))
    d.para(15, y + 10, "注：1.本备案表在线验证有效期至更新日期后的一个月；2.可登录学信网（www.chsi.com.cn）输入在线验证码查询。",
           face, 8.5, 180, color=(80, 80, 80))
    d.page_end()
    return d.bytes()
