"""劳动合同: the Shanghai model text, company templates, and the one-page 续订书."""
from __future__ import annotations

import datetime as dt
import random

from .canvas import Canvas, seal
from .docs_a4 import A4, INK, grid
from .util import ymd_cn

CLAUSES = [
    "甲方根据工作需要，安排乙方从事{job}岗位工作，工作地点为上海市。乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方安排乙方执行标准工时工作制，即每日工作不超过八小时，每周工作不超过四十小时。甲方因生产经营需要安排乙方延长工作时间的，应当依法支付加班工资。",
    "甲方每月{payday}日前以货币形式支付乙方上月工资，乙方月工资标准为人民币{salary}元（税前）。乙方在试用期内的工资不低于本单位相同岗位最低档工资的百分之八十。",
    "甲方应当依法为乙方办理社会保险登记并缴纳社会保险费，乙方个人应缴纳部分由甲方从乙方工资中代扣代缴。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，对乙方进行安全生产教育和培训。",
    "乙方应当遵守甲方依法制定的各项规章制度，遵守劳动纪律和职业道德，爱护甲方的财产，保守甲方的商业秘密。",
    "乙方享有国家规定的法定节假日、年休假、婚假、产假、丧假等假期，甲方按照国家和本市有关规定支付乙方假期工资。",
    "甲方出资对乙方进行专业技术培训的，双方可以另行签订培训协议，约定服务期及违约责任。",
    "乙方患病或者非因工负伤的，甲方按照国家和本市有关规定给予医疗期，并支付病假工资。",
    "甲、乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式，变更后的劳动合同文本由甲乙双方各执一份。",
    "甲、乙双方协商一致，可以解除本合同。乙方提前三十日以书面形式通知甲方，可以解除本合同；乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "有下列情形之一的，本合同终止：（一）合同期满的；（二）乙方开始依法享受基本养老保险待遇的；（三）法律、行政法规规定的其他情形。",
    "甲方解除或者终止本合同的，应当在解除或者终止时出具解除或者终止劳动合同的证明，并在十五日内为乙方办理档案和社会保险关系转移手续。",
    "乙方应当按照双方约定，办理工作交接。甲方依照有关规定应当向乙方支付经济补偿的，在办结工作交接时支付。",
    "因履行本合同发生的劳动争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动人事争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按国家和本市有关规定执行。国家和本市有关规定没有规定的，由甲乙双方协商确定。",
    "甲方的规章制度、员工手册作为本合同的附件，与本合同具有同等效力。乙方确认已经阅读并知悉上述附件的内容。",
    "乙方在职期间及离职后两年内，不得泄露甲方的技术信息和经营信息，不得利用甲方的商业秘密为本人或者他人谋取利益。",
    "本合同一式两份，甲乙双方各执一份，经甲方盖章、乙方签字后生效。",
    "甲方应当建立健全劳动规章制度，保障乙方享有劳动权利、履行劳动义务。甲方在制定、修改或者决定直接涉及乙方切身利益的规章制度时，应当经职工代表大会或者全体职工讨论。",
    "乙方因本人原因给甲方造成经济损失的，甲方可以按照劳动合同的约定要求其赔偿经济损失。经济损失的赔偿，可以从乙方本人的工资中扣除，但每月扣除的部分不得超过乙方当月工资的百分之二十。",
    "甲方应当按照国家和本市规定，为乙方缴纳住房公积金。乙方个人应缴纳的住房公积金由甲方从乙方工资中代扣代缴。",
    "乙方享受带薪年休假。乙方累计工作已满一年不满十年的，年休假五天；已满十年不满二十年的，年休假十天；已满二十年的，年休假十五天。",
    "甲方应当建立职业培训制度，按照国家规定提取和使用职业培训经费，根据本单位实际，有计划地对乙方进行职业培训。",
    "乙方在合同期内有下列情形之一的，甲方可以解除本合同：（一）在试用期间被证明不符合录用条件的；（二）严重违反甲方的规章制度的；（三）严重失职，营私舞弊，给甲方造成重大损害的。",
    "乙方有下列情形之一的，甲方不得依照劳动合同法第四十条、第四十一条的规定解除劳动合同：（一）患职业病或者因工负伤并被确认丧失或者部分丧失劳动能力的；（二）女职工在孕期、产期、哺乳期的。",
    "甲方依法实行加班审批制度。乙方因工作需要加班的，应当事先提出申请，经甲方批准后方可视为加班。",
    "乙方的个人信息发生变化的，应当在变化之日起十五日内以书面形式告知甲方。甲方按照乙方最后告知的通讯地址送达的书面文件，视为已经送达。",
    "甲方根据生产经营需要和乙方的工作能力、工作表现，可以调整乙方的工作岗位，乙方的工资待遇按调整后的岗位相应调整。",
    "甲乙双方确认，本合同首部所列乙方的通讯地址为各类通知、文件的送达地址。",
    "乙方同意甲方根据依法制定的绩效考核制度对乙方进行考核，考核结果作为乙方岗位调整、薪酬调整及续签劳动合同的依据。",
]
JOBS = ["软件开发", "技术支持", "销售", "财务", "行政", "运营", "质量管理", "产品设计", "数据分析", "采购", "工程"]


def _d(s):
    return dt.date.fromisoformat(s)


def _spaced(d: dt.date):
    return f"{d.year} 年 {d.month} 月 {d.day} 日"


class _Pager:
    def __init__(self, dpi, rng, key, pt, footer, n_pages):
        self.dpi, self.rng, self.key, self.pt = dpi, rng, key, pt
        self.pages, self.footer, self.n = [], footer, n_pages
        self.new()

    def new(self):
        self.c = Canvas(*A4, self.dpi)
        self.pages.append(self.c)
        self.y = 30

    def para(self, s, indent=8.0, gap=3.0):
        lh = self.pt * 25.4 / 72 * 1.75
        lines_needed = len(self.c.wrap(s, self.key, self.pt, 162 - indent)) + 1
        if self.y + lines_needed * lh > 268:
            self.new()
        self.y = self.c.para(24, self.y, s, self.key, self.pt, 162, lead=1.75, indent=indent) + gap

    def finish(self):
        total = len(self.pages)
        for i, c in enumerate(self.pages):
            if self.footer == "a":
                c.text(105, 285, f"第 {i + 1} 页 共 {total} 页", self.key, 9, INK, anchor="ms")
            elif self.footer == "b":
                c.text(105, 285, f"- {i + 1} -", self.key, 9, INK, anchor="ms")
            elif self.footer == "c":
                c.text(186, 285, f"{i + 1}/{total}", "dejavu", 8, INK, anchor="rs")
        return [c.img for c in self.pages]


def contract(doc, dpi, rng: random.Random):
    lay = doc["layout"]
    if lay == "renewal_letter":
        return [renewal_letter(doc, dpi, rng)]
    if lay == "shanghai_model":
        return shanghai_model(doc, dpi, rng)
    return company_table(doc, dpi, rng)


def _signature_block(c: Canvas, y, doc, rng, key, pt):
    f, e = doc["fields"], doc["extra"]
    emp = e["emp_print"]
    sd = _d(f["signing_date"])
    c.text(24, y, "甲方（盖章）：", key, pt, INK)
    c.text(112, y, "乙方（签字）：", key, pt, INK)
    c.hand(140, y + 0.5, f["employee_name"], rng, rng.choice(["wenkai", "kai2", "wenkai_b"]), pt + 4, (20, 20, 60), jitter=1.3)
    c.text(24, y + 14, "法定代表人或委托代理人（签字或盖章）：", key, pt - 1, INK)
    c.hand(34, y + 25, e["emp"]["rep"], rng, "kai2", pt + 2, (20, 20, 60), jitter=1.2)
    date_style = rng.random()
    for x in (24, 112):
        if date_style < 0.5:
            c.text(x, y + 38, "签订日期：" + _spaced(sd), key, pt, INK)
        else:
            c.text(x, y + 38, "日期：", key, pt, INK)
            c.hand(x + 14, y + 38.5, f"{sd.year}.{sd.month}.{sd.day}" if rng.random() < 0.5 else ymd_cn(sd), rng,
                   "wenkai", pt + 1, (20, 20, 60))
    seal(c.img, c.p(60), c.p(y + 8), c.p(21), emp, "合同专用章" if rng.random() < 0.4 else "", rng=rng, alpha=0.72)


def shanghai_model(doc, dpi, rng):
    f, e = doc["fields"], doc["extra"]
    key = rng.choice(["song", "song2", "ming", "song"])
    pt = rng.choice([11, 11.5, 12])
    n = e["pages"]
    pg = _Pager(dpi, rng, key, pt, rng.choice(["a", "b", "c", None]), n)
    c = pg.c
    # cover
    c.text(105, 70, "上海市劳动合同书", "song_b", 26, INK, anchor="ms", spacing=2.5)
    c.text(105, 84, "（示范文本）", key, 14, INK, anchor="ms")
    y = 130
    hand = rng.random() < 0.5
    for lab, val in (("甲方（用人单位）：", e["emp_print"]), ("乙方（劳动者）：", f["employee_name"])):
        end = c.text(40, y, lab, key, 14, INK)
        c.line(end, y + 1.5, 180, y + 1.5, w=0.3)
        if hand:
            c.hand(end + 3, y, val, rng, "wenkai", 14 if len(val) < 14 else 12, (20, 20, 70))
        else:
            c.text(end + 3, y, val, key, 14 if len(val) < 14 else 12.5, INK)
        y += 22
    sd = _d(f["signing_date"])
    end = c.text(40, y, "签订日期：", key, 14, INK)
    c.line(end, y + 1.5, 180, y + 1.5, w=0.3)
    c.text(end + 8, y, _spaced(sd), key, 14, INK)
    c.text(105, 265, "上海市人力资源和社会保障局制", key, 12, INK, anchor="ms")
    # page 2: parties + term
    pg.new()
    c = pg.c
    y = 30
    lab_w = 62
    emp = e["emp"]
    items_a = [("甲方（用人单位）名称：", e["emp_print"]), ("统一社会信用代码：", emp["uscc"]),
               ("法定代表人（主要负责人）：", emp["rep"]), ("住所：", emp["address"])]
    items_b = [("乙方（劳动者）姓名：", f["employee_name"]), ("居民身份证号码：", f["employee_id_number"]),
               ("户籍地址：", doc["extra"].get("hukou", "")), ("现居住地址：", doc["extra"].get("home", ""))]
    for items in (items_a, items_b):
        for lab, val in items:
            end = c.text(24, y, lab, key, pt, INK)
            c.line(end, y + 1.3, 186, y + 1.3, w=0.2)
            if val:
                if hand and "代码" not in lab:
                    c.hand(end + 2, y, val, rng, "wenkai", pt + (0 if len(val) < 20 else -1.5), (20, 20, 70), jitter=0.7, spacing=0.05)
                else:
                    c.text(end + 2, y, val, key, pt if len(val) < 24 else pt - 1.5, INK)
            y += 10
        y += 5
    pg.y = y + 4
    pg.para("根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。")
    c.text(24, pg.y + 2, "一、劳动合同期限", "hei_b", pt, INK)
    pg.y += 10
    pg.para("第一条  甲、乙双方选择以下第___种形式确定本合同期限：", indent=0)
    y = pg.y + 2
    box = 3.4
    s = _d(f["start_date"])
    fixed = not f["open_ended"]
    c.checkbox(28, y, box, fixed)
    if fixed:
        en = _d(f["end_date"])
        c.text(34, y, f"（一）固定期限：自 {s.year} 年 {s.month} 月 {s.day} 日起至 {en.year} 年 {en.month} 月 {en.day} 日止。", key, pt, INK)
    else:
        c.text(34, y, "（一）固定期限：自     年   月   日起至     年   月   日止。", key, pt, INK)
    y += 11
    c.checkbox(28, y, box, not fixed)
    if not fixed:
        c.text(34, y, f"（二）无固定期限：自 {s.year} 年 {s.month} 月 {s.day} 日起至法定的解除或终止合同的条件出现时止。", key, pt - 0.5, INK)
    else:
        c.text(34, y, "（二）无固定期限：自     年   月   日起至法定的解除或终止合同的条件出现时止。", key, pt - 0.5, INK)
    y += 11
    c.checkbox(28, y, box, False)
    c.text(34, y, "（三）以完成一定工作任务为期限：自     年   月   日起至              工作任务完成时止。", key, pt - 0.5, INK)
    y += 13
    pm = e["probation_months"]
    if pm:
        from .util import add_months
        pe = add_months(s, pm) - dt.timedelta(days=1)
        txt = f"第二条  本合同的试用期自 {s.year} 年 {s.month} 月 {s.day} 日起至 {pe.year} 年 {pe.month} 月 {pe.day} 日止。"
    else:
        txt = "第二条  本合同不约定试用期。"
    pg.y = y
    pg.para(txt, indent=0)
    c.text(24, pg.y + 2, "二、工作内容和工作地点", "hei_b", pt, INK)
    pg.y += 10
    clauses = list(CLAUSES)
    rng.shuffle(clauses)
    ctx = {"job": rng.choice(JOBS), "payday": rng.choice([10, 15, 20, 25]), "salary": rng.choice([8500, 12000, 15000, 18500, 22000, 9800])}
    k = 3
    while clauses and (k < 5 or not (len(pg.pages) >= n - 1 and pg.y > 215)):
        pg.para(f"第{_cn(k)}条  " + clauses.pop().format(**ctx), indent=0)
        k += 1
    pg.new()
    c = pg.c
    pg.y = 30
    for _ in range(2):
        if clauses:
            pg.para(f"第{_cn(k)}条  " + clauses.pop().format(**ctx), indent=0)
            k += 1
    pg.para("（以下无正文）", indent=0)
    _signature_block(pg.c, pg.y + 20, doc, rng, key, pt)
    return pg.finish()


def _cn(n):
    from .util import cn_num
    return cn_num(n).replace("〇", "零")


def company_table(doc, dpi, rng):
    f, e = doc["fields"], doc["extra"]
    emp = e["emp"]
    key = rng.choice(["song", "hei", "yahei", "song2", "zenhei"])
    pt = rng.choice([10.5, 11, 11.5])
    n = e["pages"]
    pg = _Pager(dpi, rng, key, pt, rng.choice(["a", "a", "b", "c"]), n)
    c = pg.c
    c.text(186, 18, e["emp_print"], key, 8.5, (90, 90, 90), anchor="rs")
    c.line(24, 20, 186, 20, w=0.3, fill=(120, 120, 120))
    c.text(105, 38, rng.choice(["劳 动 合 同", "劳动合同书", "劳动合同"]), "hei_b", 20, INK, anchor="ms", spacing=1.5)
    c.text(186, 47, f"合同编号：HT{_d(f['signing_date']).year}{rng.randint(100, 999)}", key, 9, INK, anchor="rs")
    rows = [[("甲方", 1), ("名称", 1), (e["emp_print"], 1)],
            [("", 1), ("法定代表人", 1), (emp["rep"], 1)],
            [("", 1), ("地址", 1), (emp["address"], 1)],
            [("乙方", 1), ("姓名", 1), (f["employee_name"], 1)],
            [("", 1), ("身份证号码", 1), (f["employee_id_number"], 1)],
            [("", 1), ("住址", 1), (doc["extra"].get("home", ""), 1)]]
    y = grid(c, 24, 52, [18, 32, 112], rows, key, pt, label_cols=(0, 1), min_h=10, fill_label=rng.choice([None, (240, 240, 240)]))
    pg.y = y + 10
    pg.para("甲、乙双方根据《中华人民共和国劳动合同法》等法律法规的规定，在平等自愿、协商一致的基础上，同意订立本劳动合同，共同遵守本合同所列条款。")
    s = _d(f["start_date"])
    pm = e["probation_months"]
    from .util import add_months
    if f["open_ended"]:
        term = f"本合同为无固定期限劳动合同，自{ymd_cn(s)}起履行。"
    else:
        en = _d(f["end_date"])
        yrs = round((en - s).days / 365.25)
        word = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五"}.get(yrs)
        pre = f"期限{word}年，" if word and rng.random() < 0.6 and add_months(s, 12 * yrs) - dt.timedelta(days=1) == en else ""
        term = f"本合同为固定期限劳动合同，{pre}自{ymd_cn(s)}起至{ymd_cn(en)}止。"
    if pm:
        pe = add_months(s, pm) - dt.timedelta(days=1)
        term += f"其中试用期{pm}个月，自{ymd_cn(s)}至{ymd_cn(pe)}止。"
    c.text(24, pg.y + 2, "第一条  合同期限", "hei_b", pt, INK)
    pg.y += 9
    pg.para(term)
    clauses = list(CLAUSES)
    rng.shuffle(clauses)
    ctx = {"job": rng.choice(JOBS), "payday": rng.choice([10, 15, 20, 25]), "salary": rng.choice([8500, 12000, 15000, 18500, 22000, 9800])}
    k = 2
    titles = ["工作内容", "工作时间和休息休假", "劳动报酬", "社会保险", "劳动保护", "劳动纪律", "合同变更", "合同解除", "保密", "争议处理", "其他"]
    while clauses and not (len(pg.pages) >= n and pg.y > 170) and not (len(pg.pages) >= n - 1 and pg.y > 230):
        t = titles[(k - 2) % len(titles)]
        if pg.y > 250:
            pg.new()
        pg.c.text(24, pg.y + 2, f"第{_cn(k)}条  {t}", "hei_b", pt, INK)
        pg.y += 9
        pg.para(clauses.pop().format(**ctx))
        k += 1
    if pg.y > 215:
        pg.new()
        pg.y = 40
    pg.para("（以下无正文，为签署页）", indent=0)
    _signature_block(pg.c, pg.y + 18, doc, rng, key, pt)
    return pg.finish()


def renewal_letter(doc, dpi, rng):
    f, e = doc["fields"], doc["extra"]
    key = rng.choice(["song", "song2", "hei", "ming"])
    pt = rng.choice([12, 12.5])
    c = Canvas(*A4, dpi)
    c.text(105, 40, rng.choice(["劳动合同续订书", "续订劳动合同书"]), "song_b", 21, INK, anchor="ms", spacing=1.5)
    y = 62
    for lab, val in (("甲方（用人单位）：", e["emp_print"]), ("乙方（劳动者）：", f["employee_name"]),
                     ("乙方身份证号码：", f["employee_id_number"])):
        end = c.text(28, y, lab, key, pt, INK)
        c.line(end, y + 1.4, 182, y + 1.4, w=0.25)
        c.text(end + 3, y, val, key, pt, INK)
        y += 13
    s = _d(f["start_date"])
    ps = _d(e["prev_start"])
    pe = s - dt.timedelta(days=1)
    y += 6
    body = (f"甲、乙双方于{ymd_cn(ps)}签订的劳动合同（期限自{ymd_cn(ps)}起至{ymd_cn(pe)}止）即将期满。"
            f"经双方协商一致，同意续订劳动合同，")
    if f["open_ended"]:
        body += f"续订后的合同为无固定期限劳动合同，自{ymd_cn(s)}起履行。"
    else:
        body += f"续订合同期限自{ymd_cn(s)}起至{ymd_cn(_d(f['end_date']))}止。"
    y = c.para(28, y, body, key, pt, 154, lead=1.9, indent=8)
    y = c.para(28, y + 4, "续订期间，双方的权利义务按原劳动合同及甲方依法制定的规章制度执行。原合同其他条款与本续订书不一致的，以本续订书为准。", key, pt, 154, lead=1.9, indent=8)
    y = c.para(28, y + 4, "本续订书一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。", key, pt, 154, lead=1.9, indent=8)
    _signature_block(c, y + 26, doc, rng, key, pt)
    return c.img
