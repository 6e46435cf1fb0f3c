"""劳动合同: the Shanghai model text with fill-in lines and checkboxes, a company template with a party table, and
a one-page 续订书. Pages are images at ~150-200 dpi A4."""
import datetime as dt

from .draw import Page, cn_date, seal, stamp
from .judge import add_months

CLAUSES = [
    "甲方根据工作需要，安排乙方从事{job}岗位工作，工作地点为上海市。乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方安排乙方执行标准工时制度，每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方因生产经营需要延长工作时间的，应当与工会和乙方协商。",
    "甲方按月以货币形式支付乙方工资，每月{pay}日前支付上月工资。乙方的工资不得低于本市最低工资标准。",
    "甲方应当依法为乙方办理社会保险登记，按时足额缴纳各项社会保险费，其中依法应由乙方缴纳的部分，由甲方从乙方工资中代扣代缴。",
    "甲方应当建立健全劳动安全卫生制度，对乙方进行劳动安全卫生教育，为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
    "乙方应当遵守甲方依法制定的规章制度，保守甲方的商业秘密。乙方的财产及个人信息受法律保护，甲方不得扣押乙方的居民身份证和其他证件。",
    "经甲乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同。乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "有下列情形之一的，甲方可以解除本合同：（一）乙方在试用期间被证明不符合录用条件的；（二）乙方严重违反甲方规章制度的。",
    "本合同期满或者出现法定终止情形的，本合同终止。甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。",
    "因履行本合同发生的劳动争议，当事人可以向甲方劳动争议调解委员会申请调解；也可以直接向劳动人事争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按照国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
]
JOBS = ["软件开发", "销售", "行政", "财务", "运营", "技术支持", "市场推广", "人事"]


def _d(s):
    return dt.date.fromisoformat(s)


def _a4(rng, dpi):
    return Page(int(8.27 * dpi), int(11.69 * dpi))


def _date_boxes(day, pad):
    return f"{day.year} 年 {day.month:02d} 月 {day.day:02d} 日" if pad else f"{day.year}年{day.month}月{day.day}日"


def pages(rng, f, person, renewal_of=None):
    """f: the labour_contract fields of the contract drawn here (renewal_of: the earlier term when this is the
    original contract of a renewed one). Returns a list of page images."""
    dpi = rng.choice([150, 170, 200])
    s = dpi / 150
    face = rng.choice(["song", "serif", "uming", "sans", "microhei"])
    pen_face = rng.choice(["ukai", "kai", "wenkai", "sans"])
    pen = (25, 30, 90) if pen_face != "sans" else (20, 20, 20)
    body, gap = 26 * s, 1.8
    model = rng.random() < 0.55
    out = []
    # cover
    p = _a4(rng, dpi)
    p.text((p.w / 2, 300 * s), "劳动合同书" if model else rng.choice(["劳动合同", "聘用合同"]), "serif_bold", 70 * s, anchor="mt")
    if model:
        p.text((p.w / 2, 420 * s), "（上海市劳动合同示范文本）", face, 30 * s, anchor="mt")
    p.text((250 * s, 900 * s), "甲方（用人单位）：", face, 32 * s)
    p.line((560 * s, 940 * s), (1080 * s, 940 * s), width=2)
    p.fit((570 * s, 896 * s), f["employer"], pen_face, 32 * s, 500 * s, pen)
    p.text((250 * s, 1000 * s), "乙方（劳动者）：", face, 32 * s)
    p.line((560 * s, 1040 * s), (1080 * s, 1040 * s), width=2)
    p.text((570 * s, 996 * s), f["employee_name"], pen_face, 32 * s, pen)
    p.text((p.w / 2, 1500 * s), "上海市人力资源和社会保障局监制" if model else "", face, 26 * s, anchor="mt")
    out.append(p.img)
    # party block and term
    p = _a4(rng, dpi)
    y = 140 * s
    x0, x1 = 120 * s, p.w - 120 * s
    if model:
        lines = [("甲方（用人单位）名称：", f["employer"]), ("法定代表人（主要负责人）：", person["legal_rep"]),
                 ("注册地址：", person["company_address"]), ("乙方（劳动者）姓名：", f["employee_name"]),
                 ("居民身份证号码：", f["employee_id_number"]), ("户籍地址：", person["hukou_address"]),
                 ("在沪居住地址：", person["residence_address"])]
        for label, value in lines:
            wl = p.text((x0, y), label, face, body)
            p.line((x0 + wl, y + body * 1.25), (x1, y + body * 1.25), width=1)
            p.fit((x0 + wl + 10 * s, y - 4 * s), value, pen_face, body * 1.05, x1 - x0 - wl - 20 * s, pen)
            y += body * 2.2
    else:
        rows = [("甲方", "名称", f["employer"]), ("", "法定代表人", person["legal_rep"]), ("", "地址", person["company_address"]),
                ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]),
                ("", "住址", person["residence_address"])]
        rh = body * 2
        for i, (a, b, c) in enumerate(rows):
            yy = y + i * rh
            p.rect([x0, yy, x1, yy + rh], width=2)
            p.line((x0 + 110 * s, yy), (x0 + 110 * s, yy + rh), width=2)
            p.line((x0 + 330 * s, yy), (x0 + 330 * s, yy + rh), width=2)
            p.text((x0 + 20 * s, yy + rh * 0.25), a, face, body)
            p.text((x0 + 130 * s, yy + rh * 0.25), b, face, body)
            p.fit((x0 + 350 * s, yy + rh * 0.22), c, face, body, x1 - x0 - 370 * s)
        y += len(rows) * rh + body
    y += body
    p.text((x0, y), "第一条  合同期限", "sans_bold", body * 1.05)
    y += body * gap
    start = _d(f["start_date"])
    pad = rng.random() < 0.5
    if f["open_ended"]:
        opts = ["□ 固定期限：自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。",
                f"☑ 无固定期限：自 {_date_boxes(start, pad)} 起。",
                "□ 以完成一定工作任务为期限：自＿＿年＿＿月＿＿日起至工作任务完成时止。"]
    else:
        end = _d(f["end_date"])
        years = end.year - start.year
        word = "一二三四五六七八九十"[years - 1] if 0 < years <= 10 and end == add_months(start, 12 * (end.year - start.year)) - dt.timedelta(days=1) else None
        fixed = (f"☑ 固定期限：自 {_date_boxes(start, pad)} 起至 {_date_boxes(end, pad)} 止"
                 + (f"，期限{word}年。" if word and rng.random() < 0.5 else "。"))
        opts = [fixed, "□ 无固定期限：自＿＿年＿＿月＿＿日起。",
                "□ 以完成一定工作任务为期限：自＿＿年＿＿月＿＿日起至工作任务完成时止。"]
    if not model:
        opts = [o for o in opts if o.startswith("☑")]
        opts = [opts[0].replace("☑ 固定期限：", "本合同为固定期限劳动合同，").replace("☑ 无固定期限：", "本合同为无固定期限劳动合同，")]
    for o in opts:
        y = p.para(x0, y, o, face, body, x1 - x0, gap=gap)
    prob_end = start + dt.timedelta(days=rng.choice([59, 89, 180]))
    y = p.para(x0, y + body * 0.3, f"    其中试用期自{cn_date(start)}起至{cn_date(prob_end)}止。", face, body, x1 - x0, gap=gap)
    y += body
    p.text((x0, y), "第二条  工作内容和工作地点", "sans_bold", body * 1.05)
    y += body * gap
    p.para(x0, y, "    " + CLAUSES[0].format(job=rng.choice(JOBS)), face, body, x1 - x0, gap=gap)
    out.append(p.img)
    # running clauses
    k = 1
    for n in range(rng.choice([1, 1, 2, 3])):
        p = _a4(rng, dpi)
        y = 140 * s
        for c in CLAUSES[k:k + 4]:
            p.text((x0, y), f"第{'三四五六七八九十'[min(k, 7)]}条", "sans_bold", body * 1.05)
            y = p.para(x0, y + body * gap, "    " + c.format(pay=rng.choice([10, 15, 20]), job=""), face, body,
                       x1 - x0, gap=gap) + body * 0.6
            k += 1
        p.text((p.w / 2, p.h - 90 * s), f"第 {len(out) + 1} 页", face, 22 * s, anchor="mt")
        out.append(p.img)
    # signatures
    p = _a4(rng, dpi)
    y = 200 * s
    y = p.para(x0, y, "    " + CLAUSES[-1], face, body, x1 - x0, gap=gap) + body * 3
    sign = _d(f["signing_date"])
    p.text((x0, y), "甲方（盖章）：", face, body)
    p.text((p.w / 2 + 40 * s, y), "乙方（签字）：", face, body)
    p.text((p.w / 2 + 240 * s, y - 6 * s), f["employee_name"], pen_face, body * 1.4, pen)
    p.text((x0, y + body * 3), "法定代表人或委托代理人（签字）：", face, body)
    y += body * 7
    ds = _date_boxes(sign, pad)
    p.text((x0, y), f"{ds}", pen_face if rng.random() < 0.5 else face, body, pen)
    p.text((p.w / 2 + 40 * s, y), f"{ds}", pen_face if rng.random() < 0.5 else face, body, pen)
    img = stamp(p.img, seal(rng, 340 * s, f["employer"]), (x0 + 80 * s, y - 360 * s))
    out.append(img)
    return out


def renewal(rng, f, old_end):
    """劳动合同续订书: one page extending the term from old_end + 1."""
    dpi = rng.choice([150, 200])
    s = dpi / 150
    p = _a4(rng, dpi)
    face = rng.choice(["song", "sans", "uming"])
    pen_face = rng.choice(["ukai", "wenkai", "kai"])
    pen = (25, 30, 90)
    body = 28 * s
    x0, x1 = 130 * s, p.w - 130 * s
    p.text((p.w / 2, 180 * s), "劳动合同续订书", "serif_bold", 60 * s, anchor="mt")
    y = 360 * s
    for label, value in [("甲方（用人单位）：", f["employer"]), ("乙方（劳动者）：", f["employee_name"]),
                         ("乙方居民身份证号码：", f["employee_id_number"])]:
        wl = p.text((x0, y), label, face, body)
        p.line((x0 + wl, y + body * 1.25), (x1, y + body * 1.25), width=1)
        p.fit((x0 + wl + 10 * s, y - 4 * s), value, pen_face, body * 1.05, x1 - x0 - wl - 20 * s, pen)
        y += body * 2.4
    start, end = _d(f["start_date"]), _d(f["end_date"])
    text = (f"    甲乙双方于原劳动合同期满前经协商一致，同意续订劳动合同。原劳动合同于{cn_date(_d(old_end))}期满，"
            f"续订合同期限自{cn_date(start)}起至{cn_date(end)}止。原劳动合同的其他条款继续有效。")
    y = p.para(x0, y + body, text, face, body, x1 - x0, gap=1.9) + body * 3
    p.text((x0, y), "甲方（盖章）", face, body)
    p.text((p.w / 2 + 60 * s, y), "乙方（签字）", face, body)
    p.text((p.w / 2 + 260 * s, y - 8 * s), f["employee_name"], pen_face, body * 1.4, pen)
    y += body * 4
    sign = _d(f["signing_date"])
    p.text((x0, y), cn_date(sign), pen_face, body, pen)
    p.text((p.w / 2 + 60 * s, y), cn_date(sign), pen_face, body, pen)
    return stamp(p.img, seal(rng, 330 * s, f["employer"]), (x0 + 40 * s, y - 300 * s))
