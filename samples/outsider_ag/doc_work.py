"""劳动合同: the Shanghai model text, a company template with a party table, and a one-page 续订书."""
import datetime as dt

from . import fmt, fonts
from .canvas import Sheet
from .style import INK, PEN, RED, Style, seq

CLAUSES = [
    "第{n}条 乙方同意根据甲方工作需要，担任{job}岗位工作。甲方可根据生产经营需要及乙方的工作能力和表现，依法调整乙方的工作岗位。",
    "第{n}条 甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，乙方应当严格遵守甲方依法制定的规章制度。",
    "第{n}条 甲方按月以货币形式支付乙方工资，乙方月工资为人民币{pay}元，甲方每月{payday}日前支付乙方上月工资。",
    "第{n}条 甲方依法为乙方缴纳社会保险费，乙方个人应缴纳的部分由甲方从乙方工资中代扣代缴。",
    "第{n}条 乙方的财产和个人信息受法律保护，甲方应当对乙方的个人信息予以保密。乙方应当保守甲方的商业秘密。",
    "第{n}条 甲方实行标准工时制度，乙方每日工作时间不超过八小时，平均每周工作时间不超过四十小时。甲方因生产经营需要安排乙方延长工作时间的，应当依法支付加班工资。",
    "第{n}条 乙方享受国家规定的法定节假日、年休假、婚假、产假等假期，甲方应当按照规定支付假期工资。",
    "第{n}条 有下列情形之一的，甲方可以解除本合同：（一）乙方在试用期间被证明不符合录用条件的；（二）乙方严重违反甲方规章制度的。",
    "第{n}条 本合同期满或者双方约定的终止条件出现时，本合同即行终止。甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。",
    "第{n}条 因履行本合同发生的劳动争议，双方可以协商解决；协商不成的，可以向甲方所在地的劳动人事争议仲裁委员会申请仲裁。",
    "第{n}条 本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
]


def _d(field, d, di, spaces=True, occ=0):
    d = fmt.ymd(d)
    sp = " " if spaces else ""
    return [(f"{sp}{d.year}{sp}年{sp}{d.month}{sp}月{sp}{d.day}{sp}日", field, {"doc": di, "occ": occ})]


def _fill(s, x, y, label, value, field, di, font, vfont, size, width=95, occ=0, jitter=None, ink=INK):
    s.text(x, y, label, font, size)
    lx = x + s.width(label, font, size) + 1
    s.line(lx, y + size * 1.1, lx + width, y + size * 1.1, 0.2, (60, 60, 60))
    if value:
        s.text(lx + 3, y - 0.3, value, vfont, size * 1.02, field=field, doc=di if field else None, occ=occ,
               jitter=jitter, color=ink)


def _signature(s, f, di, rng, facts, st, y, occ_name=2):
    F = st.value
    s.text(25, y, "甲方（盖章）：", F, 4.2)
    s.text(25, y + 16, "法定代表人或委托代理人（签字）：", F, 4.2)
    s.text(118, y, "乙方（签字）：", F, 4.2)
    hand = fonts.pick(rng, "hand", f["employee_name"])
    s.text(148, y - 1.5, f["employee_name"], hand, 6.5, color=PEN, field="employee_name", doc=di, occ=occ_name,
           jitter=(rng.randrange(1 << 30), 0.7))
    s.text(25, y + 36, "签订日期：", F, 4.2)
    seq(s, 45, y + 36, _d("signing_date", f["signing_date"], di, spaces=False, occ=0), F, 4.2)
    s.text(118, y + 36, "签订日期：", F, 4.2)
    seq(s, 138, y + 35, _d("signing_date", f["signing_date"], di, spaces=False, occ=1), hand, 4.6, color=PEN)
    s.seal(60, y + 8, 19, f["employer"].replace("(", "（").replace(")", "）"), "合同专用章", color=RED,
           opacity=rng.uniform(0.7, 0.9))


def shanghai_model(f, di, rng, facts):
    """Four pages. Page 2 holds the party block and 第一条 合同期限 with checkboxes."""
    st = Style(rng, label="song", value="song")
    F, T = st.value, st.title
    emp = fmt.brackets_cn(f["employer"]) if rng.random() < .6 else f["employer"]
    pages = []
    # page 1: cover
    s = Sheet(210, 297)
    s.text(105, 60, "劳 动 合 同", T, 13, anchor="m", spacing=3)
    s.text(105, 80, "（示范文本）", F, 5, anchor="m")
    _fill(s, 40, 140, "甲方（用人单位）名称：", emp, "employer", di, F, F, 4.6, 80)
    _fill(s, 40, 160, "乙方（劳动者）姓名：", f["employee_name"], "employee_name", di, F, F, 4.6, 84)
    s.text(40, 180, "签订日期：", F, 4.6)
    seq(s, 64, 180, _d("signing_date", f["signing_date"], di, occ=2), F, 4.6)
    s.text(105, 262, "上海市人力资源和社会保障局 制", F, 4.2, anchor="m")
    pages.append(s)
    # page 2: parties and term
    s = Sheet(210, 297)
    y = 28
    x_emp = 25 + s.width("甲方（用人单位）名称：", F, 4.1)
    s.text(25, y, "甲方（用人单位）名称：", F, 4.1)
    s.text(x_emp, y, emp, F, 4.1, field="employer", doc=di, occ=1)
    y += 8
    s.text(25, y, f"法定代表人（主要负责人）：{facts['boss']}", F, 4.1)
    y += 8
    s.text(25, y, f"注册地址：上海市{facts['employer_district']}{facts['employer_street']}", F, 4.1)
    y += 12
    s.text(25, y, "乙方（劳动者）姓名：", F, 4.1)
    s.text(25 + s.width("乙方（劳动者）姓名：", F, 4.1), y, f["employee_name"], F, 4.1, field="employee_name", doc=di, occ=1)
    s.text(120, y, f"性别：{facts['sex']}", F, 4.1)
    y += 8
    if f.get("employee_id_number") is not None:
        s.text(25, y, "公民身份号码：", F, 4.1)
        s.text(25 + s.width("公民身份号码：", F, 4.1), y, f["employee_id_number"], F, 4.1, field="employee_id_number", doc=di)
    y += 8
    y = s.flow(25, y, 160, [("户籍地址：", None), (facts["addr"], None)], F, 4.1, 7)
    y = s.flow(25, y, 160, [("现居住地址：", None), (facts["sh_addr"], None)], F, 4.1, 7)
    y += 6
    s.text(105, y, "一、合同期限", T, 5, anchor="m")
    y += 10
    y = s.flow(25, y, 160, [("第一条 甲、乙双方选择以下第      种形式确定本合同期限：", None)], F, 4.1, 7, indent=8)
    oe = f.get("open_ended", False)
    start = f.get("_start")
    end = f.get("_end")
    s.checkbox(28, y + 0.3, 3.6, not oe)
    s.text(33, y, "固定期限", F, 4.1, field="open_ended" if not oe else None, doc=di)
    xx = 33 + s.width("固定期限：", F, 4.1)
    s.text(xx - s.width("：", F, 4.1), y, "：", F, 4.1)
    if not oe:
        xx = seq(s, xx, y, [("自", None)] + _d("start_date", start, di) + [("起至", None)] + _d("end_date", end, di) + [("止。", None)], F, 4.1)
    else:
        s.text(xx, y, "自     年   月   日起至     年   月   日止。", F, 4.1)
    y += 9
    s.checkbox(28, y + 0.3, 3.6, oe)
    s.text(33, y, "无固定期限", F, 4.1, field="open_ended" if oe else None, doc=di)
    xx = 33 + s.width("无固定期限：", F, 4.1)
    if oe:
        seq(s, xx, y, [("自", None)] + _d("start_date", start, di) + [("起。", None)], F, 4.1)
    else:
        s.text(xx, y, "自     年   月   日起。", F, 4.1)
    y += 9
    s.checkbox(28, y + 0.3, 3.6, False)
    s.text(33, y, "以完成一定工作任务为期限：自     年   月   日起至工作任务完成时止。", F, 4.1)
    y += 11
    ps = fmt.ymd(start)
    pe = min(fmt.ymd(end) if end else ps + dt.timedelta(days=180), ps + dt.timedelta(days=rng.choice([60, 90, 180])))
    y = s.flow(25, y, 160, [(f"第二条 双方约定试用期自{fmt.cn_date(ps)}起至{fmt.cn_date(pe)}止。试用期包括在劳动合同期限内。", None)], F, 4.1, 7, indent=8)
    y += 4
    s.text(105, y, "二、工作内容和工作地点", T, 5, anchor="m")
    y += 10
    for k in range(2):
        y = s.flow(25, y, 160, [(CLAUSES[k].format(n=["三", "四"][k], job=facts["job"], pay=facts["pay"], payday=15), None)], F, 4.1, 7, indent=8)
    s.text(105, 282, "第 2 页", F, 3.5, anchor="m")
    pages.append(s)
    # page 3: running clauses (甲方 / 乙方 in sentences)
    s = Sheet(210, 297)
    y = 28
    s.text(105, y, "三、劳动报酬、社会保险和福利待遇", T, 5, anchor="m")
    y += 10
    for k in range(2, 11):
        y = s.flow(25, y, 160, [(CLAUSES[k].format(n="五六七八九十"[k - 2] if k < 8 else ["十一", "十二", "十三"][k - 8],
                                                   job=facts["job"], pay=facts["pay"], payday=15), None)], F, 4.1, 7, indent=8)
        y += 2
    s.text(105, 282, "第 3 页", F, 3.5, anchor="m")
    pages.append(s)
    # page 4: signatures
    s = Sheet(210, 297)
    s.text(25, 30, "（以下无正文）", F, 4.2)
    _signature(s, f, di, rng, facts, st, 70)
    s.text(105, 282, "第 4 页", F, 3.5, anchor="m")
    pages.append(s)
    return pages


def company_table(f, di, rng, facts):
    """Company template: parties in a table on page 1 with the term sentence; 3-5 pages."""
    st = Style(rng, label=rng.choice(["song", "hei"]), value="song")
    F, T, L = st.value, st.title, st.label
    emp = f["employer"]
    n = rng.randint(3, 5)
    pages = []
    s = Sheet(210, 297)
    s.text(105, 24, rng.choice(["劳动合同书", "劳 动 合 同", "员工劳动合同"]), T, 9, anchor="m", spacing=1.5)
    s.text(150, 36, f"合同编号：HT{fmt.ymd(f['signing_date']).year}{rng.randint(1000, 9999)}", F, 3.5)
    y = 44
    rows = [("甲方", "名称", emp, "employer"), ("", "法定代表人", facts["boss"], None),
            ("", "地址", f"上海市{facts['employer_district']}{facts['employer_street']}", None),
            ("乙方", "姓名", f["employee_name"], "employee_name"),
            ("", "身份证号码", f.get("employee_id_number", ""), "employee_id_number"),
            ("", "户籍地址", facts["addr"], None), ("", "联系电话", facts["phone"], None)]
    cx = [22, 38, 70, 190]
    top = y
    for k, (p, lab, val, fld) in enumerate(rows):
        lines = s.wrap(val, F, 3.9, cx[3] - cx[2] - 4)
        h = max(10, 5 + len(lines) * 5.2)
        if p:
            s.text((cx[0] + cx[1]) / 2, y + h / 2 - 2, p, L, 4.2, anchor="m")
            s.line(cx[0], y, cx[3], y, 0.3)
        else:
            s.line(cx[1], y, cx[3], y, 0.3)
        s.text(cx[1] + 2, y + h / 2 - 2, lab, L, 3.8, role="label")
        for j, ln in enumerate(lines):
            s.text(cx[2] + 2, y + (h - len(lines) * 5.2) / 2 + j * 5.2 + 0.5, ln, F, 3.9, field=fld, doc=di if fld else None,
                   part=j if len(lines) > 1 and fld else None)
        y += h
    s.line(cx[0], y, cx[3], y, 0.3)
    for xx in cx:
        s.line(xx, top, xx, y, 0.3)
    y += 8
    s.text(105, y, "第一条 合同期限", T, 4.8, anchor="m")
    y += 9
    if f.get("open_ended"):
        segs = [("本合同为", None), ("无固定期限", "open_ended", {"doc": di}), ("劳动合同，自", None),
                (fmt.cn_date(f["_start"]), "start_date", {"doc": di}), ("起履行。", None)]
    else:
        yrs = (fmt.ymd(f["_end"]) - fmt.ymd(f["_start"])).days / 365.25
        word = {1: "一", 2: "二", 3: "三", 5: "五"}.get(round(yrs)) if abs(yrs - round(yrs)) < 0.02 else None
        segs = [("本合同为", None), ("固定期限", "open_ended", {"doc": di}),
                ("劳动合同，" + (f"期限{word}年，" if word else ""), None), ("自", None),
                (fmt.cn_date(f["_start"]), "start_date", {"doc": di}), ("起至", None),
                (fmt.cn_date(f["_end"]), "end_date", {"doc": di}), ("止。", None)]
        if rng.random() < .6:
            ps = fmt.ymd(f["_start"])
            segs.append((f"其中试用期{rng.choice(['一', '二', '三'])}个月，自{fmt.cn_date(ps)}起。", None))
    y = s.flow(25, y, 160, segs, F, 4.2, 7.4, indent=8.4)
    y += 4
    for k in range(0, 3):
        y = s.flow(25, y, 160, [(CLAUSES[k].format(n="二三四"[k], job=facts["job"], pay=facts["pay"], payday=10), None)], F, 4.2, 7.4, indent=8.4)
    s.text(105, 284, f"第 1 页 共 {n} 页", F, 3.4, anchor="m")
    pages.append(s)
    for p in range(2, n):
        s = Sheet(210, 297)
        y = 26
        for k in range(3 + (p - 2) * 3, min(11, 6 + (p - 2) * 3)):
            y = s.flow(25, y, 160, [(CLAUSES[k].format(n=str(k + 2), job=facts["job"], pay=facts["pay"], payday=10), None)], F, 4.2, 7.4, indent=8.4)
            y += 3
        s.text(105, 284, f"第 {p} 页 共 {n} 页", F, 3.4, anchor="m")
        pages.append(s)
    s = Sheet(210, 297)
    s.text(25, 30, "（本页为签署页，无正文）", F, 4.2)
    _signature(s, f, di, rng, facts, st, 60, occ_name=1)
    s.text(105, 284, f"第 {n} 页 共 {n} 页", F, 3.4, anchor="m")
    pages.append(s)
    return pages


def renewal(f, di, rng, facts):
    """劳动合同续订书 (one page): the original term in the text is not the contract term."""
    st = Style(rng, label="song", value="song")
    F, T = st.value, st.title
    s = Sheet(210, 297)
    s.text(105, 30, "劳动合同续订书", T, 8.5, anchor="m", spacing=1.2)
    y = 50
    s.text(25, y, "甲方：", F, 4.4)
    s.text(25 + s.width("甲方：", F, 4.4), y, f["employer"], F, 4.4, field="employer", doc=di)
    y += 9
    s.text(25, y, "乙方：", F, 4.4)
    s.text(25 + s.width("乙方：", F, 4.4), y, f["employee_name"], F, 4.4, field="employee_name", doc=di)
    s.text(100, y, "身份证号码：", F, 4.4)
    s.text(100 + s.width("身份证号码：", F, 4.4), y, f["employee_id_number"], F, 4.4, field="employee_id_number", doc=di)
    y += 14
    st0 = fmt.ymd(f["_start"])
    old_start = st0.replace(year=st0.year - 3)
    y = s.flow(25, y, 160, [(f"甲乙双方于{fmt.cn_date(old_start)}签订的劳动合同将于{fmt.cn_date(st0 - dt.timedelta(days=1))}期满。"
                             "经双方协商一致，同意续订劳动合同，续订内容如下：", None)], F, 4.4, 8, indent=8.8)
    y += 3
    oe = f.get("open_ended", False)
    s.checkbox(30, y + 0.4, 3.8, not oe)
    s.text(36, y, "固定期限", F, 4.4, field="open_ended" if not oe else None, doc=di)
    if not oe:
        seq(s, 36 + s.width("固定期限：", F, 4.4), y, [("：自", None)] + _d("start_date", f["_start"], di, spaces=False) +
            [("起至", None)] + _d("end_date", f["_end"], di, spaces=False) + [("止。", None)], F, 4.4)
    y += 9
    s.checkbox(30, y + 0.4, 3.8, oe)
    s.text(36, y, "无固定期限", F, 4.4, field="open_ended" if oe else None, doc=di)
    if oe:
        seq(s, 36 + s.width("无固定期限：", F, 4.4), y, [("：自", None)] + _d("start_date", f["_start"], di, spaces=False) + [("起。", None)], F, 4.4)
    y += 12
    y = s.flow(25, y, 160, [("原劳动合同的其他条款继续有效。本续订书一式两份，甲乙双方各执一份。", None)], F, 4.4, 8, indent=8.8)
    _signature(s, f, di, rng, facts, st, y + 25, occ_name=1)
    return [s]
