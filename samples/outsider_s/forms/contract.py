"""劳动合同: Shanghai model text with fill-in lines, company templates with a party table, the 续订书."""
from .. import deco
from ..sheet import text_width
from .common import Doc, Page, a4, fmt, nd, show, HAND_FONTS, BLUE_INK

CLAUSES = [
    "甲方根据工作需要，安排乙方从事{job}岗位工作，乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方安排乙方执行标准工时制度。甲方因生产经营需要安排乙方延长工作时间的，应当依法支付加班工资或者安排补休。",
    "甲方按月以货币形式支付乙方工资，于每月{pay}日前足额支付。乙方在试用期内的工资不得低于本单位相同岗位最低档工资的百分之八十。",
    "甲方应当依法为乙方办理社会保险手续，并按时足额缴纳社会保险费。乙方个人应缴部分，由甲方从乙方工资中代扣代缴。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，对乙方进行安全生产教育和培训。",
    "乙方应当遵守甲方依法制定的规章制度，严格遵守劳动安全卫生、生产工艺、操作规程和工作规范，爱护甲方的财产。",
    "乙方负有保守甲方商业秘密的义务。乙方违反本合同约定的保密义务，给甲方造成损失的，应当承担赔偿责任。",
    "经甲乙双方协商一致，可以变更本合同的内容。变更劳动合同，应当采用书面形式，变更后的文本由甲乙双方各执一份。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同。乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "有下列情形之一的，甲方可以解除本合同：（一）乙方在试用期间被证明不符合录用条件的；（二）乙方严重违反甲方规章制度的。",
    "本合同期满或者双方约定的终止条件出现，本合同即行终止。甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。",
    "因履行本合同发生的劳动争议，当事人可以向本单位劳动争议调解委员会申请调解；调解不成的，可以向劳动人事争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。",
    "甲方依法建立和完善规章制度，保障乙方享有劳动权利、履行劳动义务。乙方患病或者非因工负伤的，享受国家和本市规定的医疗期待遇。",
]
JOBS = ["软件开发", "销售", "财务", "行政", "质量检验", "技术支持", "设计", "运营", "采购", "仓储管理"]


def _fill(sh, x, y, w_mm, value, hand, font, size=4.3):
    """a fill-in line with the value on it (typed or handwritten)"""
    sh.line(x, y + 1.2, x + w_mm, y + 1.2, 0.25, (0, 0, 0))
    if value:
        col = BLUE_INK if hand else (15, 15, 15)
        sh.text(x + 2, y, value, font, size * (1.1 if hand else 1.0), col, hand=1.3 if hand else None)


def _date_fill(sh, x, y, d, hand, font, lf, size=4.3):
    """'____年__月__日' with the numbers on the blanks; returns x after"""
    parts = [(str(d.year), 13), ("年", None), (str(d.month), 8), ("月", None), (str(d.day), 8), ("日", None)]
    for s, wd in parts:
        if wd:
            _fill(sh, x, y, wd, "", hand, font)
            sh.text(x + wd / 2, y, s, font, size * (1.1 if hand else 1), BLUE_INK if hand else (15, 15, 15), anchor="m",
                    hand=1.0 if hand else None)
            x += wd
        else:
            sh.text(x + 0.5, y, s, lf, size)
            x += text_width(s, lf, size) + 1
    return x


def _pageno(sh, i, n, style):
    if style == 0:
        sh.text(105, 285, f"第 {i} 页 共 {n} 页", "sans", 3.2, (80, 80, 80), anchor="m")
    elif style == 1:
        sh.text(105, 285, f"- {i} -", "serif", 3.5, (80, 80, 80), anchor="m")


def _clause_pages(sh, rng, y, lf, n=4, start_no=2):
    no = start_no
    from ..data import cn_num
    for c in rng.sample(CLAUSES, n):
        if y > 235:
            break
        c = c.format(job=rng.choice(JOBS), pay=rng.choice([10, 15, 20, 25]))
        sh.text(25, y, f"第{cn_num(no)}条", "sans_b" if lf == "sans" else "serif_b", 4.4)
        y = sh.para(25, y + 8, 160, c, lf, 4.2, 1.85, indent=8.5) + 5
        no += 1
    return y, no


def model(w, rng, hand, font, emp_show, name, num):
    lf = rng.choice(["song", "serif", "ming"])
    pages = []
    ps = rng.choice([0, 1, 2])
    # cover
    c = a4()
    c.text(105, 35, "编号：", lf, 4)
    c.text(105, 95, "劳 动 合 同", "serif_b", 13, anchor="m", spacing=3)
    c.text(105, 110, "（示范文本）", lf, 5.5, anchor="m")
    c.text(40, 170, "甲方（用人单位）：", lf, 4.8)
    _fill(c, 86, 170, 85, emp_show, hand, font, 4.6)
    c.text(40, 188, "乙方（劳动者）：", lf, 4.8)
    _fill(c, 86, 188, 85, name, hand, font, 4.6)
    c.text(40, 206, "签订日期：", lf, 4.8)
    _date_fill(c, 86, 206, w.c_sign, hand, font, lf, 4.6)
    c.text(105, 265, "上海市人力资源和社会保障局制", lf, 4.5, anchor="m")
    pages.append(c)
    # parties
    p = a4()
    p.text(25, 30, "甲方（用人单位）名称：", lf, 4.3)
    _fill(p, 72, 30, 110, emp_show, hand, font)
    p.text(25, 42, "法定代表人（主要负责人）：", lf, 4.3)
    _fill(p, 82, 42, 60, w.employer.legal, hand, font)
    p.text(25, 54, "注册地址：", lf, 4.3)
    _fill(p, 48, 54, 134, w.employer.address, hand, font, 4.0)
    p.text(25, 70, "乙方（劳动者）姓名：", lf, 4.3)
    _fill(p, 68, 70, 45, name, hand, font)
    p.text(118, 70, "性别：", lf, 4.3)
    _fill(p, 131, 70, 20, w.sex, hand, font)
    p.text(25, 82, "居民身份证号码：", lf, 4.3)
    _fill(p, 60, 82, 80, num, hand, font if hand else "sans")
    p.text(25, 94, "户籍地址：", lf, 4.3)
    _fill(p, 48, 94, 134, w.hukou_address, hand, font, 3.9)
    p.text(25, 106, "在沪居住地址：", lf, 4.3)
    _fill(p, 56, 106, 126, w.residence_address, hand, font, 3.9)
    y = p.para(25, 124, 160, "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规的规定，甲乙双方遵循合法、公平、平等自愿、"
                         "协商一致、诚实信用的原则，签订本合同。", lf, 4.2, 1.85, indent=8.5)
    p.text(25, y + 6, "第一条  合同期限", "serif_b", 4.5)
    y += 16
    box = lambda on: "☑" if on else "□"
    fixed = not w.open_ended
    p.text(30, y, f"{box(fixed)} 固定期限：自", lf, 4.3)
    x = _date_fill(p, 64, y, w.c_start, hand, font, lf) if fixed else 64
    if fixed:
        p.text(x + 1, y, "起至", lf, 4.3)
        x = _date_fill(p, x + 10, y, w.c_end, hand, font, lf)
        p.text(x + 1, y, "止。", lf, 4.3)
    else:
        p.text(64, y, "____年__月__日起至____年__月__日止。", lf, 4.3)
    y += 11
    p.text(30, y, f"{box(not fixed)} 无固定期限：自", lf, 4.3)
    if not fixed:
        x = _date_fill(p, 68, y, w.c_start, hand, font, lf)
        p.text(x + 1, y, "起。", lf, 4.3)
    else:
        p.text(68, y, "____年__月__日起。", lf, 4.3)
    y += 11
    p.text(30, y, "□ 以完成一定工作任务为期限：自____年__月__日起至工作任务完成时止。", lf, 4.3)
    y += 11
    if w.probation_months:
        pe = w.c_start.replace(day=1)
        from dateutil.relativedelta import relativedelta
        pe = w.c_start + relativedelta(months=w.probation_months) - __import__("datetime").timedelta(days=1)
        p.text(30, y, "其中试用期自", lf, 4.3)
        x = _date_fill(p, 56, y, w.c_start, hand, font, lf)
        p.text(x + 1, y, "起至", lf, 4.3)
        x = _date_fill(p, x + 10, y, pe, hand, font, lf)
        p.text(x + 1, y, "止。", lf, 4.3)
        y += 12
    _clause_pages(p, rng, y + 6, lf, 2)
    pages.append(p)
    # clauses
    q = a4()
    _clause_pages(q, rng, 30, lf, rng.choice([6, 7]), 4)
    pages.append(q)
    # signature page
    s = a4()
    y = s.para(25, 30, 160, rng.choice(CLAUSES[10:]), lf, 4.2, 1.85, indent=8.5)
    s.text(25, y + 20, "（以下无正文）", lf, 4.2)
    s.text(25, 180, "甲方（盖章）：", lf, 4.5)
    s.text(120, 180, "乙方（签字）：", lf, 4.5)
    s.text(150, 182, name, rng.choice(HAND_FONTS), 6.5, (20, 20, 40), hand=1.8)
    s.text(25, 205, "法定代表人或委托代理人：", lf, 4.3)
    s.image(75, 195, 115, 210, deco.scribble(rng))
    s.text(25, 228, "日期：", lf, 4.3)
    _date_fill(s, 39, 228, w.c_sign, hand, font, lf)
    s.text(120, 228, "日期：", lf, 4.3)
    _date_fill(s, 134, 228, w.c_sign, hand, font, lf)
    s.image(30, 160, 78, 208, deco.seal(rng, w.employer.name.replace("(", "（").replace(")", "）"), "合同专用章"), mode="multiply")
    pages.append(s)
    for i, pg in enumerate(pages[1:], 2):
        _pageno(pg, i, len(pages), ps)
    return pages


def company(w, rng, emp_show, name, num):
    lf = rng.choice(["sans", "microhei", "song", "serif"])
    pages = []
    n_extra = rng.randint(1, 4)
    total = 2 + n_extra
    p = a4()
    p.text(105, 32, rng.choice(["劳动合同书", "劳动合同", "聘用合同"]), "sans_b" if lf in ("sans", "microhei") else "serif_b", 9, anchor="m", spacing=2)
    p.text(185, 44, f"合同编号：HT{w.c_sign.year}{rng.randint(1000, 9999)}", lf, 3.2, (80, 80, 80), anchor="r")
    x0, x1 = 22, 188
    rows = [("甲方", "名称", emp_show), ("", "法定代表人", w.employer.legal), ("", "地址", w.employer.address),
            ("乙方", "姓名", name), ("", "身份证号码", num), ("", "户籍地址", w.hukou_address),
            ("", "联系电话", f"1{rng.choice([3, 5, 8])}{rng.randint(0, 9)}****{rng.randint(1000, 9999)}")]
    y = 52
    rh = 11
    for i, (party, k, v) in enumerate(rows):
        p.rect(x0 + 16, y, x0 + 50, y + rh, (0, 0, 0), None, 0.3)
        p.rect(x0 + 50, y, x1, y + rh, (0, 0, 0), None, 0.3)
        p.text(x0 + 33, y + 7.3, k, lf, 3.8, anchor="m")
        p.text(x0 + 53, y + 7.3, v, lf if k != "身份证号码" else "sans", 3.9 if len(v) < 30 else 3.4)
        y += rh
    p.rect(x0, 52, x0 + 16, 52 + rh * 3, (0, 0, 0), None, 0.3)
    p.rect(x0, 52 + rh * 3, x0 + 16, 52 + rh * 7, (0, 0, 0), None, 0.3)
    p.text(x0 + 8, 52 + rh * 1.5 + 1.5, "甲方", lf, 4.2, anchor="m")
    p.text(x0 + 8, 52 + rh * 5 + 1.5, "乙方", lf, 4.2, anchor="m")
    y += 12
    y = p.para(25, y, 160, "甲乙双方根据《中华人民共和国劳动合同法》及有关法律法规，经平等协商，自愿签订本合同，共同遵守本合同所列条款。",
               lf, 4.1, 1.8, indent=8)
    p.text(25, y + 8, "第一条 合同期限", "sans_b", 4.4)
    if w.open_ended:
        term = f"本合同为无固定期限劳动合同，自{fmt(w.c_start, rng.choice(['cn', 'cn0']))}起生效。"
    else:
        st = rng.choice(["cn", "cn0", "cn", "sp"])
        if w.c_years and rng.random() < 0.4:
            yrs = "一二三四五六七八九十"[w.c_years - 1]
            term = f"本合同为固定期限劳动合同，期限{yrs}年，自{fmt(w.c_start, st)}起至{fmt(w.c_end, st)}止。"
        else:
            term = f"本合同为固定期限劳动合同，自{fmt(w.c_start, st)}起至{fmt(w.c_end, st)}止。"
        if w.probation_months:
            term += f"其中试用期{w.probation_months}个月。"
    y = p.para(25, y + 17, 160, term, lf, 4.1, 1.8, indent=8)
    _clause_pages(p, rng, y + 8, lf, 2)
    pages.append(p)
    no = 4
    for _ in range(n_extra):
        q = a4()
        _, no = _clause_pages(q, rng, 30, lf, rng.choice([5, 6]), no)
        pages.append(q)
    s = a4()
    y = s.para(25, 35, 160, CLAUSES[12], lf, 4.1, 1.8, indent=8)
    s.text(25, 120, "甲方（盖章）", lf, 4.5)
    s.text(120, 120, "乙方（签字）", lf, 4.5)
    s.text(125, 140, name, rng.choice(HAND_FONTS), 7, (20, 20, 50), hand=1.8)
    s.text(25, 160, f"签订日期：{fmt(w.c_sign, 'cn')}", lf, 4.2)
    s.text(120, 160, f"签订日期：{fmt(w.c_sign, 'cn')}", lf, 4.2)
    s.image(28, 105, 76, 153, deco.seal(rng, w.employer.name.replace("(", "（").replace(")", "）"), rng.choice(["", "合同专用章"])), mode="multiply")
    pages.append(s)
    for i, pg in enumerate(pages, 1):
        _pageno(pg, i, len(pages), 0)
    return pages


def renewal(w, rng, hand, font, emp_show, name, num):
    lf = rng.choice(["song", "serif", "sans"])
    p = a4()
    p.text(105, 38, "劳动合同续订书", "serif_b", 9, anchor="m", spacing=1.5)
    p.text(25, 62, "甲方（用人单位）：", lf, 4.4)
    _fill(p, 66, 62, 115, emp_show, hand, font)
    p.text(25, 76, "乙方（劳动者）：", lf, 4.4)
    _fill(p, 62, 76, 45, name, hand, font)
    p.text(112, 76, "身份证号：", lf, 4.4)
    _fill(p, 134, 76, 50, num, hand, font if hand else "sans", 3.6)
    txt = (f"甲乙双方于{fmt(w.c_prev_start, 'cn')}签订的劳动合同将于{fmt(w.c_prev_end, 'cn')}期满。经双方协商一致，"
           f"同意续订劳动合同。续订合同期限自{fmt(w.c_start, 'cn')}起至{fmt(w.c_end, 'cn')}止。原劳动合同其他条款继续有效。")
    y = p.para(25, 100, 160, txt, lf, 4.4, 2.0, indent=9)
    p.text(25, y + 40, "甲方（盖章）：", lf, 4.5)
    p.text(120, y + 40, "乙方（签字）：", lf, 4.5)
    p.text(150, y + 42, name, rng.choice(HAND_FONTS), 6.5, (20, 20, 40), hand=1.8)
    p.text(25, y + 62, f"日期：{fmt(w.c_sign, 'cn')}", lf, 4.3)
    p.text(120, y + 62, f"日期：{fmt(w.c_sign, 'cn')}", lf, 4.3)
    p.image(32, y + 18, 80, y + 66, deco.seal(rng, w.employer.name.replace("(", "（").replace(")", "）"), "合同专用章"), mode="multiply")
    return [p]


def draw(w, rng, layout):
    name = w.names.get("labour_contract", w.name)
    num = w.ids.get("labour_contract", w.id_number)
    emp = w.contract_employer
    emp_show = emp.replace("(", "（").replace(")", "）") if (w.brackets_mix and rng.random() < 0.7) else emp
    hand = rng.random() < 0.5
    font = rng.choice(HAND_FONTS) if hand else rng.choice(["sans", "song", "serif"])
    if w.contract_kind == "renewal":
        pages = renewal(w, rng, hand, font, emp_show, name, num)
        layout = "renewal"
    elif layout == "model":
        pages = model(w, rng, hand, font, emp_show, name, num)
    else:
        pages = company(w, rng, emp_show, name, num)
    f = {"employer": emp, "employee_name": name, "employee_id_number": num, "start_date": nd(w.c_start),
         "open_ended": bool(w.open_ended), "signing_date": nd(w.c_sign)}
    if not w.open_ended:
        f["end_date"] = nd(w.c_end)
    return Doc("labour_contract", layout, [Page(s, "a4", pdf_ok=True) for s in pages], f)
