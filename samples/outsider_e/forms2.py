"""Contracts, tax and social-insurance records, diplomas, marriage certificates, unrelated pages."""
import datetime as dt

from .forms import D, fdate
from .render import HAND, SANS, SERIF, Page, portrait, qr, seal

CLAUSES = [
    "甲方应当依法建立和完善劳动规章制度，保障乙方享有劳动权利、履行劳动义务。",
    "乙方应当按照甲方的要求完成工作任务，遵守甲方依法制定的规章制度和劳动纪律。",
    "甲方根据生产经营需要，安排乙方从事{job}岗位工作，工作地点为上海市。",
    "甲方应当按月以货币形式支付乙方工资，每月15日前支付上月工资，不得克扣或者无故拖欠。",
    "甲方安排乙方执行标准工时工作制度，乙方每日工作时间不超过八小时，平均每周工作时间不超过四十小时。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
    "甲乙双方应当依法参加社会保险，按时缴纳各项社会保险费，其中依法应当由乙方缴纳的部分，由甲方从乙方工资中代扣代缴。",
    "乙方患病或者非因工负伤的，甲方应当按照国家和本市的有关规定给予医疗期和医疗期待遇。",
    "乙方的财产及个人信息受法律保护，甲方不得非法收集、使用乙方的个人信息。",
    "甲方应当对乙方进行职业技能培训，乙方应当积极参加培训，提高职业技能。",
    "双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式。",
    "有下列情形之一的，甲方可以解除本合同：（一）乙方在试用期间被证明不符合录用条件的；（二）严重违反甲方规章制度的。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同。乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "本合同期满或者双方约定的终止条件出现，本合同即行终止。甲方应当在解除或者终止本合同时出具证明。",
    "因履行本合同发生争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按照国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
]


def _clauses(p, rng, y, start_no, n, bf, size, x0=22, x1=188):
    nums = "一二三四五六七八九十"
    for k in range(n):
        no = start_no + k
        from .forms import cn_num
        head = f"第{cn_num(no)}条"
        text = rng.choice(CLAUSES).format(job=rng.choice(["技术", "销售", "行政", "生产", "研发"]))
        y = p.box_text(x0, y, x1, head + "　" + text, size, bf, lead=1.7) + size * 0.9
    return y


def _footer(p, rng, i, n, bf):
    style = rng.choice(["第 {i} 页 共 {n} 页", "- {i} -", "{i}/{n}"])
    p.text(105, 283, style.format(i=i, n=n), 3.2, bf, "#444444", "c")


def _fill(p, x, y, label, value, size, lf, vf, width=70, hand=False):
    p.text(x, y, label, size, lf)
    lx = x + len(label) * size + 1
    p.line(lx, y + size * 1.15, lx + width, y + size * 1.15, 0.2)
    if value:
        p.text(lx + 2, y - 0.3, value, size * (1.08 if hand else 1), vf, "#1b1b50" if hand else "#111111")


def _term_pages(rng, f, extra, bf, size):
    """The term clause with checkboxes (model text) as a list of (text, is_checked) lines."""
    s = D(f["start_date"])
    if f.get("open_ended"):
        return [("□ 固定期限：自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。", None),
                (f"☑ 无固定期限：自 {s.year} 年 {s.month} 月 {s.day} 日起。", True),
                ("□ 以完成一定工作任务为期限：自＿＿年＿＿月＿＿日起至＿＿＿＿工作任务完成时止。", None)]
    e = D(f["end_date"])
    return [(f"☑ 固定期限：自 {s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止。", True),
            ("□ 无固定期限：自＿＿年＿＿月＿＿日起。", None),
            ("□ 以完成一定工作任务为期限：自＿＿年＿＿月＿＿日起至＿＿＿＿工作任务完成时止。", None)]


def contract_model(rng, f, extra):
    """Shanghai model text: cover, parties + term, clauses, signatures (4–5 pages)."""
    bf, lf = rng.choice(SERIF + ["hei"]), rng.choice(SERIF + SANS)
    hand = rng.random() < 0.5
    vf = rng.choice(HAND) if hand else rng.choice(SANS)
    pages = []
    p = Page(210, 297)
    p.text(105, 60, "上海市劳动合同书", 11, rng.choice(["songb", "heib"]), "#111111", "c", spacing=2)
    p.text(105, 80, "（示范文本）", 5, bf, "#111111", "c")
    _fill(p, 40, 150, "甲方（用人单位）：", f["employer"], 5, lf, vf, 95, hand)
    _fill(p, 40, 170, "乙方（劳动者）：", f["employee_name"], 5, lf, vf, 60, hand)
    sd = D(f["signing_date"])
    p.text(40, 190, "签订日期：", 5, lf)
    p.text(66, 189.7, f"{sd.year} 年 {sd.month} 月 {sd.day} 日", 5, vf, "#1b1b50" if hand else "#111111")
    p.text(105, 255, "上海市人力资源和社会保障局制", 4.2, bf, "#111111", "c")
    pages.append(p)

    p = Page(210, 297)
    p.text(105, 20, "劳动合同双方当事人基本情况", 5.5, rng.choice(["songb", "heib"]), "#111111", "c")
    y = 34
    for lab, v, w in [("甲方（用人单位）名称：", f["employer"], 100), ("法定代表人（主要负责人）：", extra["boss"], 40),
                      ("注册地址：", extra["company_address"], 120), ("联系电话：", extra["company_phone"], 50)]:
        _fill(p, 22, y, lab, v, 4, lf, vf, w, hand)
        y += 10
    y += 4
    for lab, v, w in [("乙方（劳动者）姓名：", f["employee_name"], 40), ("性别：", extra["sex"], 20),
                      ("居民身份证号码：", f["employee_id_number"], 80),
                      ("户籍地址：", extra["hukou_address"], 120), ("在沪居住地址：", extra["residence_address"], 110)]:
        _fill(p, 22, y, lab, v, 4, lf, vf, w, hand)
        y += 10
    y += 6
    p.text(22, y, "一、劳动合同期限", 4.6, rng.choice(["heib", "songb"]))
    y += 9
    p.text(22, y, "第一条　甲、乙双方选择以下第　　种形式确定本合同期限：", 4, bf)
    y += 9
    for line, _ in _term_pages(rng, f, extra, bf, 4):
        y = p.box_text(28, y, 188, line, 4, bf, lead=1.6) + 3
    pr_s, pr_e = extra["probation"]
    y = p.box_text(22, y + 3, 188, f"第二条　本合同的试用期自 {fdate(pr_s, 'cnsp')} 起至 {fdate(pr_e, 'cnsp')} 止。"
                   "试用期包含在劳动合同期限内。", 4, bf, lead=1.6)
    _clauses(p, rng, y + 5, 3, 3, bf, 4)
    _footer(p, rng, 2, 5, bf)
    pages.append(p)

    for pg in (3, 4):
        p = Page(210, 297)
        _clauses(p, rng, 22, 6 + (pg - 3) * 7, 7, bf, 4)
        _footer(p, rng, pg, 5, bf)
        pages.append(p)

    p = Page(210, 297)
    y = _clauses(p, rng, 22, 20, 2, bf, 4)
    y += 20
    p.text(25, y, "甲方（盖章）：", 4.4, lf)
    p.text(115, y, "乙方（签字）：", 4.4, lf)
    p.text(148, y - 1, f["employee_name"], 6, rng.choice(HAND), "#1b1b50")
    p.text(25, y + 18, "法定代表人或委托代理人（签字或盖章）：", 4, lf)
    p.text(25, y + 38, "签订日期：" + fdate(f["signing_date"], "cnsp"), 4.2, lf)
    p.text(115, y + 38, "签订日期：" + fdate(f["signing_date"], "cnsp"), 4.2, lf)
    p.image(30, y - 12, 44, 44, seal(f["employer"], rng, inner="合同专用章" if rng.random() < 0.5 else ""))
    _footer(p, rng, 5, 5, bf)
    pages.append(p)
    return pages


def contract_company(rng, f, extra):
    """A company template: parties in a table, term in running text, 3–6 pages."""
    bf, lf = rng.choice(SERIF + SANS), rng.choice(SANS)
    n = rng.randint(3, 6)
    pages = []
    p = Page(210, 297)
    p.text(105, 22, rng.choice(["劳 动 合 同", "劳动合同书", "聘 用 合 同"]), 8, rng.choice(["heib", "songb", "zen"]),
           "#111111", "c")
    p.text(188, 34, "合同编号：" + extra["contract_no"], 3.2, lf, "#333333", "r")
    y = 42
    rows = [("甲方", "名称", f["employer"]), ("", "法定代表人", extra["boss"]), ("", "地址", extra["company_address"]),
            ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]),
            ("", "住址", extra["residence_address"])]
    for who, lab, v in rows:
        p.rect(22, y, 188, y + 10)
        p.line(40, y, 40, y + 10)
        p.line(72, y, 72, y + 10)
        if who:
            p.text(26, y + 3, who, 4, lf)
        p.text(42, y + 3, lab, 3.8, lf)
        p.text(75, y + 3, v, 3.8 if len(v) < 28 else 3.2, bf)
        y += 10
    y += 8
    s = D(f["start_date"])
    if f.get("open_ended"):
        term = f"第一条　合同期限：本合同为无固定期限劳动合同，自{fdate(s, 'cn0')}起生效。"
    else:
        e = D(f["end_date"])
        yrs = (e - s).days // 365 + ((e - s).days % 365 > 300)
        words = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五"}.get(yrs, str(yrs))
        term = rng.choice([f"第一条　合同期限：本合同期限{words}年，自{fdate(s, 'cn0')}起至{fdate(e, 'cn0')}止。",
                           f"第一条　合同期限：固定期限，自 {fdate(s, 'iso')} 至 {fdate(e, 'iso')}。"])
    y = p.box_text(22, y, 188, term, 4.2, bf, lead=1.7)
    pr_s, pr_e = extra["probation"]
    y = p.box_text(22, y + 3, 188, f"其中试用期自{fdate(pr_s, 'cn0')}起至{fdate(pr_e, 'cn0')}止。", 4.2, bf, lead=1.7)
    _clauses(p, rng, y + 6, 2, 4, bf, 4.2)
    _footer(p, rng, 1, n, bf)
    pages.append(p)
    for i in range(2, n):
        p = Page(210, 297)
        _clauses(p, rng, 22, 6 + (i - 2) * 6, 6, bf, 4.2)
        _footer(p, rng, i, n, bf)
        pages.append(p)
    p = Page(210, 297)
    y = _clauses(p, rng, 22, 18, 2, bf, 4.2) + 25
    p.text(25, y, "甲方（盖章）", 4.4, lf)
    p.text(115, y, "乙方（签名）", 4.4, lf)
    p.text(118, y + 12, f["employee_name"], 6.5, rng.choice(HAND), "#1b1b50")
    p.text(25, y + 40, "日期：" + fdate(f["signing_date"], rng.choice(["cn", "iso", "dot"])), 4.2, lf)
    p.text(115, y + 40, "日期：" + fdate(f["signing_date"], rng.choice(["cn", "iso", "dot"])), 4.2, lf)
    p.image(28, y - 8, 46, 46, seal(f["employer"], rng))
    _footer(p, rng, n, n, bf)
    pages.append(p)
    return pages


def contract_renewal(rng, f, extra):
    p = Page(210, 297)
    bf, lf = rng.choice(SERIF + SANS), rng.choice(SANS)
    p.text(105, 28, "劳动合同续订书", 8, rng.choice(["heib", "songb"]), "#111111", "c")
    y = 48
    for lab, v in [("甲方（用人单位）", f["employer"]), ("乙方（劳动者）", f["employee_name"]),
                   ("乙方居民身份证号码", f["employee_id_number"])]:
        p.rect(22, y, 188, y + 11)
        p.line(70, y, 70, y + 11)
        p.text(24, y + 3.5, lab, 3.8, lf)
        p.text(73, y + 3.3, v, 4, bf)
        y += 11
    y += 10
    os_, oe = extra["old_term"]
    y = p.box_text(22, y, 188, f"　　甲乙双方于{fdate(os_, 'cn')}签订的劳动合同（原合同期限自{fdate(os_, 'cn')}起至"
                   f"{fdate(oe, 'cn')}止）即将期满。经双方协商一致，同意续订劳动合同。", 4.3, bf, lead=1.9)
    s = D(f["start_date"])
    if f.get("open_ended"):
        t = f"　　续订后的劳动合同为无固定期限劳动合同，自{fdate(s, 'cn')}起履行。"
    else:
        t = f"　　续订劳动合同期限自{fdate(s, 'cn')}起至{fdate(f['end_date'], 'cn')}止。"
    y = p.box_text(22, y + 4, 188, t, 4.3, bf, lead=1.9)
    y = p.box_text(22, y + 4, 188, "　　原劳动合同的其他条款继续有效。本续订书一式两份，双方各执一份。", 4.3, bf, lead=1.9)
    y += 25
    p.text(25, y, "甲方（盖章）：", 4.3, lf)
    p.text(115, y, "乙方（签字）：", 4.3, lf)
    p.text(146, y - 1, f["employee_name"], 6, rng.choice(HAND), "#1b1b50")
    p.text(25, y + 30, fdate(f["signing_date"], "cnsp"), 4.3, lf)
    p.text(115, y + 30, fdate(f["signing_date"], "cnsp"), 4.3, lf)
    p.image(30, y - 10, 44, 44, seal(f["employer"], rng))
    return [p]


# ------------------------------------------------------------------ 个人所得税

def _period_text(ym, style):
    y, m = int(ym[:4]), int(ym[5:])
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    if style == "range_dash":
        return f"{y}-{m:02d}-01至{y}-{m:02d}-{last}"
    if style == "range_dot":
        return f"{y}.{m:02d}.01-{y}.{m:02d}.{last}"
    return f"{y}-{m:02d}"


def tax_national(rng, f, rows, extra):
    """The national 纳税记录 (text-layer PDF); rows may include bonus / 劳务报酬 rows from extra['more_rows']."""
    style = rng.choice(["range_dash", "range_dot"])
    note = rng.choice(["name", "id_before", "id_after"])
    ruled = rng.random() < 0.6
    allr = sorted(rows + extra.get("more_rows", []), key=lambda r: (r["period"], r.get("item", "")), reverse=True)
    per_page = rng.choice([12, 14, 16])
    chunks = [allr[i:i + per_page] for i in range(0, len(allr), per_page)] or [[]]
    pages = []
    bf = rng.choice(["wqy", "ming", "hei", "song"])
    for pi, chunk in enumerate(chunks):
        p = Page(297, 210) if extra.get("landscape") else Page(210, 297)
        W = p.w
        x0, x1 = 12, W - 12
        if pi == 0:
            p.text(W / 2, 14, "中华人民共和国个人所得税纳税记录", 6.2, rng.choice(["heib", "songb"]), "#111111", "c")
            p.text(W / 2, 23, "（原《税收完税证明》）", 3.6, bf, "#111111", "c")
            p.text(x1, 28, "No." + extra["record_no"], 3.2, bf, "#c03030", "r")
            p.text(x0, 34, "纳税人名称：" + f["name"], 3.4, bf)
            p.text(W / 2, 34, "纳税人识别号：" + f["id_number"], 3.4, bf)
            p.text(x0, 40, f"记录期间：{fdate(extra['from'], 'cn0')}-{fdate(extra['to'], 'cn0')}", 3.4, bf)
            p.text(W / 2, 40, "开具日期：" + fdate(f["issue_date"], "cn0"), 3.4, bf)
            p.text(x1, 46, "金额单位：人民币元（列至角分）", 3, bf, "#333333", "r")
            y = 51
        else:
            y = 15
        cols = [("申报日期", 0.10), ("实缴(退)金额", 0.10), ("入(退)库日期", 0.10), ("所得项目", 0.13),
                ("税款所属期", 0.17), ("入库税务机关", 0.19), ("备注", 0.21)]
        xs = [x0]
        for _, w in cols:
            xs.append(xs[-1] + w * (x1 - x0))
        rh = 11
        for (lab, _), cx, nx in zip(cols, xs, xs[1:]):
            p.text((cx + nx) / 2, y + 3.5, lab, 2.9, "heib", "#111111", "c")
        if ruled:
            p.rect(x0, y, x1, y + rh * (len(chunk) + 1), width=0.2)
            for cx in xs[1:-1]:
                p.line(cx, y, cx, y + rh * (len(chunk) + 1), 0.15)
        else:
            p.line(x0, y + rh, x1, y + rh, 0.3)
        y += rh
        for r in chunk:
            if ruled:
                p.line(x0, y, x1, y, 0.15)
            ym = r["period"]
            yy, mm = int(ym[:4]), int(ym[5:])
            decl = dt.date(yy + (mm == 12), mm % 12 + 1, rng.randint(5, 14))
            agent = r["withholding_agent"]
            tid = extra["agent_ids"].get(agent, "")
            memo = {"name": "扣缴义务人：" + agent, "id_before": "扣缴义务人：" + tid + " " + agent,
                    "id_after": "扣缴义务人：" + agent + "（" + tid + "）"}[note]
            vals = [fdate(decl, "iso"), r["amount"], fdate(decl + dt.timedelta(days=rng.randint(0, 2)), "iso"),
                    r.get("item", "工资薪金"), _period_text(ym, style), extra["tax_office"], memo]
            for k, (v, cx, nx) in enumerate(zip(vals, xs, xs[1:])):
                wchars = max(4, int((nx - cx - 2) / 2.7))
                if len(v) > wchars and k >= 3:
                    p.text(cx + 1, y + 1.4, v[:wchars], 2.6, bf)
                    p.text(cx + 1, y + 5.6, v[wchars:], 2.6, bf)
                else:
                    p.text((cx + nx) / 2 if k < 3 else cx + 1, y + 3.6, v, 2.7, bf, "#111111", "c" if k < 3 else "l")
            y += rh
        if pi == len(chunks) - 1:
            y += 6
            p.text(x0, y, "说明：1.本记录仅证明纳税人在记录期间内已缴纳的个人所得税情况。2.本记录不作为纳税人收入证明。", 2.9, bf)
            p.text(x0, y + 6, "3.可通过个人所得税APP或自然人电子税务局扫描二维码或输入查询验证码验证本记录真伪。", 2.9, bf)
            p.text(x0, y + 14, "查询验证码：" + extra["verify"], 3.4, "heib")
            p.image(x1 - 26, y + 2, 24, 24, qr(240, rng))
            p.image(x1 - 70, y - 4, 36, 36, seal("国家税务总局" + extra["tax_office"][6:] if False else
                                                   "国家税务总局上海市税务局", rng, inner="征税专用章"))
        p.text(W / 2, p.h - 10, f"第{pi + 1}页/共{len(chunks)}页", 2.8, bf, "#444444", "c")
        pages.append(p)
    return pages


def tax_app(rng, f, rows, extra):
    """收入纳税明细 screenshots: a list by month; returns several 1080×2340 pages."""
    allr = sorted(rows + extra.get("more_rows", []), key=lambda r: r["period"], reverse=True)
    chunks, cur, y = [], [], 56
    for r in allr:
        h = (40 if len(r["withholding_agent"]) > 14 else 35) + 4
        if y + h > 230:
            chunks.append(cur)
            cur, y = [], 20
        cur.append(r)
        y += h
    chunks.append(cur)
    pages = []
    sf = rng.choice(["hei", "wqy"])
    for ci, chunk in enumerate(chunks):
        p = Page(108, 234, bg="#f2f3f5")
        p.text(6, 2.5, f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", 3.8, sf)
        p.text(100, 2.5, "4G 64%", 3.2, sf, "#111111", "r")
        p.text(54, 11, "收入纳税明细查询", 4.6, "heib", "#111111", "c")
        y = 20
        if ci == 0:
            p.rect(4, y, 104, y + 30, outline=None, fill="#ffffff", radius=3)
            p.text(8, y + 4, "纳税人姓名", 3.6, sf, "#8a8f99")
            p.text(100, y + 4, f["name"], 3.6, sf, "#111111", "r")
            p.text(8, y + 12, "身份证件号码", 3.6, sf, "#8a8f99")
            p.text(100, y + 12, f["id_number"], 3.6, sf, "#111111", "r")
            p.text(8, y + 20, "所得类型", 3.6, sf, "#8a8f99")
            p.text(100, y + 20, "综合所得", 3.6, sf, "#111111", "r")
            y += 36
        for r in chunk:
            h = 40 if len(r["withholding_agent"]) > 14 else 35
            p.rect(4, y, 104, y + h, outline=None, fill="#ffffff", radius=3)
            p.text(8, y + 4, r.get("item", "正常工资薪金"), 4, "heib")
            p.text(100, y + 4, r["period"].replace("-", "年", 1) + "月" if rng.random() < 0.3 else r["period"],
                   3.8, sf, "#555555", "r")
            p.text(8, y + 12, "扣缴义务人", 3.4, sf, "#8a8f99")
            ag = r["withholding_agent"]
            if len(ag) > 14:
                p.text(100, y + 12, ag[:14], 3.4, sf, "#111111", "r")
                p.text(100, y + 17, ag[14:], 3.4, sf, "#111111", "r")
                dy = 5
            else:
                p.text(100, y + 12, ag, 3.4, sf, "#111111", "r")
                dy = 0
            p.text(8, y + 19 + dy, "收入额", 3.4, sf, "#8a8f99")
            income = float(r["amount"]) * rng.uniform(6, 12) + 5000
            p.text(100, y + 19 + dy, f"{income:.2f}元", 3.4, sf, "#111111", "r")
            p.text(8, y + 26 + dy, "已申报税额", 3.4, sf, "#8a8f99")
            p.text(100, y + 26 + dy, f"{r['amount']}元", 3.4, sf, "#111111", "r")
            y += h + 4
        assert y < 234, "a card would be cut off"
        pages.append(p)
    return pages


def tax_old(rng, f, rows, extra):
    """The older 税收完税证明 form."""
    p = Page(241, 140, bg="#fbfbf6")
    bf = rng.choice(["song", "ming", "hei"])
    p.text(120, 8, "中华人民共和国", 4.6, "songb", "#2a2a6a", "c")
    p.text(120, 15, "税 收 完 税 证 明", 6.5, "songb", "#2a2a6a", "c", spacing=1)
    p.text(200, 10, "（" + str(D(f["issue_date"]).year) + "）沪个证" + extra["record_no"][:8], 3, bf, "#2a2a6a")
    p.text(10, 27, "填发日期：" + fdate(f["issue_date"], "cn0"), 3.2, bf)
    p.text(120, 27, "税务机关：" + extra["tax_office"], 3.2, bf)
    p.rect(8, 32, 233, 132, outline="#2a2a6a", width=0.3)
    p.text(10, 34.5, "纳税人识别号", 3, bf)
    p.text(38, 34.5, f["id_number"], 3.2, bf)
    p.text(120, 34.5, "纳税人名称", 3, bf)
    p.text(145, 34.5, f["name"], 3.2, bf)
    p.line(8, 40, 233, 40, 0.2, "#2a2a6a")
    cols = [("原凭证号", 24), ("税种", 18), ("品目名称", 22), ("税款所属时期", 52), ("入(退)库日期", 24),
            ("实缴(退)金额", 24), ("备注", 61)]
    x = 8
    xs = [x]
    for lab, w in cols:
        p.text(x + w / 2, 41.5, lab, 2.8, bf, "#111111", "c")
        x += w
        xs.append(x)
    y = 47
    p.line(8, y, 233, y, 0.2, "#2a2a6a")
    total = 0.0
    for r in sorted(rows, key=lambda r: r["period"]):
        ym = r["period"]
        yy, mm = int(ym[:4]), int(ym[5:])
        vals = [f"3{rng.randint(10**9, 10**10 - 1)}"[:10], "个人所得税", "工资薪金所得", _period_text(ym, "range_dash"),
                fdate(dt.date(yy + (mm == 12), mm % 12 + 1, rng.randint(8, 15)), "iso"), r["amount"],
                "扣缴义务人：" + r["withholding_agent"]]
        for k, v in enumerate(vals):
            if k == 6 and len(v) > 22:
                p.text(xs[k] + 1, y + 0.4, v[:22], 2.5, bf)
                p.text(xs[k] + 1, y + 3.3, v[22:], 2.5, bf)
            else:
                p.text(xs[k] + (1 if k == 6 else (xs[k + 1] - xs[k]) / 2), y + 1.5, v, 2.6 if k != 6 else 2.5, bf,
                       "#111111", "l" if k == 6 else "c")
        total += float(r["amount"])
        y += 6.5
    for xx in xs[1:-1]:
        p.line(xx, 40, xx, y, 0.15, "#2a2a6a")
    p.line(8, y, 233, y, 0.2, "#2a2a6a")
    p.text(10, y + 2, f"金额合计　（小写）¥{total:.2f}", 3, bf)
    p.image(180, y - 10, 30, 30, seal("国家税务总局上海市税务局", rng, inner="征税专用章"))
    p.text(10, 134.5, "妥善保管　手写无效", 2.8, bf, "#2a2a6a")
    return [p]


# ------------------------------------------------------------------ 社会保险

def si_record(rng, f, rows, extra):
    """上海市社会保险个人缴费情况: status column, 备注 mark, or a separate 补缴 section; months or ranges."""
    variant = extra.get("si_variant") or rng.choice(["status", "memo", "section", "ranges"])
    bf = rng.choice(["wqy", "hei", "ming", "song"])
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险参保缴费情况（个人权益记录）", "社会保险个人缴费记录"])
    regular = [r for r in rows if not r["back_payment"]]
    back = [r for r in rows if r["back_payment"]]
    if variant == "status":
        lines = [(r["month"], r["employer"], r["base"], "补缴" if r["back_payment"] else "正常") for r in rows]
    elif variant == "memo":
        lines = [(r["month"], r["employer"], r["base"], "补缴" if r["back_payment"] else "") for r in rows]
    elif variant == "section":
        lines = [(r["month"], r["employer"], r["base"], "") for r in regular]
    else:  # ranges: consecutive months with the same employer and base in one row
        lines = []
        for r in rows:
            if (lines and not r["back_payment"] and lines[-1][4] is False and lines[-1][1] == r["employer"]
                    and lines[-1][2] == r["base"] and _next(lines[-1][5]) == r["month"]
                    and lines[-1][0][:4] == r["month"][:4] and int(r["month"][5:]) - int(lines[-1][0][5:]) < 6):
                a = lines[-1]
                lines[-1] = (a[0], a[1], a[2], a[3], False, r["month"])
            else:
                lines.append((r["month"], r["employer"], r["base"], "补缴" if r["back_payment"] else "正常",
                              r["back_payment"], r["month"]))
        lines = [(a if a == b else f"{a.replace('-', '.')}-{b.replace('-', '.')}", e, base, st)
                 for a, e, base, st, _, b in lines]
    head_month = "费款所属期" if rng.random() < 0.4 else "缴费年月"
    head_emp = rng.choice(["单位名称", "缴费单位"])
    last_col = {"status": "缴费类型", "memo": "备注", "section": "备注", "ranges": "缴费状态"}[variant]
    cols = [(head_month, 26), (head_emp, 62), ("缴费基数", 22), ("养老(个人)", 20), ("医疗(个人)", 20),
            ("失业(个人)", 18), (last_col, 18)]
    per_page = 26
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    pages = []
    for ci, chunk in enumerate(chunks):
        p = Page(210, 297)
        y = 14
        if ci == 0:
            p.text(105, y, title, 5.6, rng.choice(["heib", "songb"]), "#111111", "c")
            y += 12
            p.text(14, y, "姓名：" + f["name"], 3.6, bf)
            p.text(70, y, rng.choice(["证件号码：", "公民身份号码："]) + f["id_number"], 3.6, bf)
            y += 6
            p.text(14, y, "打印日期：" + fdate(extra["print_date"], "iso"), 3.2, bf, "#444444")
            p.text(196, y, "单位：元", 3.2, bf, "#444444", "r")
            y += 7
        y = _si_table(p, y, cols, chunk, bf)
        if ci == len(chunks) - 1 and variant == "section" and back:
            y += 6
            p.text(14, y, "补缴记录", 4.2, "heib")
            y += 7
            y = _si_table(p, y, cols[:4] + [("补缴日期", 30)], [(r["month"], r["employer"], r["base"],
                                                              fdate(extra["print_date"], "iso")) for r in back], bf,
                          amount_cols=1)
        if ci == len(chunks) - 1:
            p.text(14, y + 6, "注：本表信息来源于上海市社会保险事业管理中心，仅供参考。", 3, bf, "#444444")
            p.image(140, y + 2, 40, 40, seal("上海市社会保险事业管理中心", rng, inner="业务专用章"))
        p.text(105, 288, f"{ci + 1}/{len(chunks)}", 3, bf, "#444444", "c")
        pages.append(p)
    return pages


def _next(ym):
    y, m = int(ym[:4]), int(ym[5:])
    return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"


def _si_table(p, y, cols, lines, bf, amount_cols=3):
    x0 = 12
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rh = 7.6
    for (lab, _), a, b in zip(cols, xs, xs[1:]):
        p.text((a + b) / 2, y + 2, lab, 2.9, "heib", "#111111", "c")
    p.rect(x0, y, xs[-1], y + rh * (len(lines) + 1), width=0.2)
    for xx in xs[1:-1]:
        p.line(xx, y, xx, y + rh * (len(lines) + 1), 0.15)
    y += rh
    for ln in lines:
        p.line(x0, y, xs[-1], y, 0.15)
        month, emp, base, st = ln
        b = float(base)
        amounts = [f"{b * 0.08:.2f}", f"{b * 0.02:.2f}", f"{b * 0.005:.2f}"][:amount_cols]
        vals = [month, emp, base] + amounts + [st] if amount_cols == 3 else [month, emp, base, st]
        for k, v in enumerate(vals):
            if k == 1 and len(v) > 19:
                p.text(xs[k] + 1, y + 0.6, v[:19], 2.7, bf)
                p.text(xs[k] + 1, y + 3.9, v[19:], 2.7, bf)
            else:
                p.text((xs[k] + xs[k + 1]) / 2 if k != 1 else xs[k] + 1, y + 2.1, v, 2.8 if k != 1 else 2.7, bf,
                       "#b02020" if v == "补缴" else "#111111", "c" if k != 1 else "l")
        y += rh
    return y


# ------------------------------------------------------------------ 学历学位

def diploma(rng, f, extra):
    p = Page(260, 185, bg=rng.choice(["#fffdf7", "#fbf7ee", "#ffffff"]))
    p.rect(6, 6, 254, 179, outline="#a08040", width=0.8)
    p.rect(9, 9, 251, 176, outline="#a08040", width=0.3)
    adult = f.get("study_mode", "普通全日制") != "普通全日制"
    kind = {"自学考试": "高等教育自学考试", "函授": "成人高等教育", "业余": "成人高等教育", "网络教育": "网络高等教育"}
    head = kind.get(f.get("study_mode"), "普通高等学校") if adult else "普通高等学校"
    tf = rng.choice(["songb", "heib", "kai"])
    p.text(130, 20, head, 5, tf, "#222222", "c")
    p.text(130, 30, "毕 业 证 书", 10, tf, "#8a1010", "c", spacing=2)
    p.image(22, 55, 30, 40, portrait(300, 400, rng))
    b = D(extra["birth_date"])
    s, e = D(extra["enrol"]), D(f["graduation_date"])
    yrs = {"本科": "四年制本科", "专科": "三年制专科", "硕士研究生": "三年制硕士研究生", "博士研究生": "四年制博士研究生"}
    datestyle = rng.choice(["num", "plain"])
    ym = (lambda d: fdate(d, "numym")) if datestyle == "num" else (lambda d: f"{d.year}年{d.month}月")
    mode = {"函授": "函授", "业余": "业余", "网络教育": "网络教育", "自学考试": ""}.get(f.get("study_mode"), "")
    body = (f"学生 {f['name']}，性别{extra['sex']}，{ym(b)}生，于{ym(s)}至{ym(e)}在本校"
            f"{f['major']}专业{mode}{yrs.get(f['level'], f['level'])}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    if f.get("study_mode") == "自学考试":
        body = (f"考生 {f['name']}，性别{extra['sex']}，{ym(b)}生，参加高等教育自学考试{f['major']}专业"
                f"（{f['level']}）学习，全部课程考试成绩合格，思想品德鉴定合格，准予毕业。")
    bf = rng.choice(SERIF + ["kai", "hei"])
    p.box_text(62, 55, 240, "　　" + body, 5.2, bf, lead=1.9)
    p.text(62, 128, f"校（院）长：{extra['president']}", 4.6, bf)
    p.text(62, 138, f"证书编号：{extra['cert_no']}", 4.2, bf)
    p.text(230, 150, f["school"], 5, bf, "#111111", "r")
    gd = fdate(e, "num") if rng.random() < 0.7 else fdate(e, "cn")
    p.text(230, 160, gd, 4.6, bf, "#111111", "r")
    p.image(170, 128, 44, 44, seal(f["school"], rng))
    return [p]


def degree(rng, f, extra):
    p = Page(260, 185, bg=rng.choice(["#fffaf0", "#fdfbf5"]))
    p.rect(6, 6, 254, 179, outline="#406080", width=0.8)
    tf = rng.choice(["songb", "heib", "kai"])
    lv = f["level"]
    p.text(130, 24, lv + "学位证书", 9, tf, "#1a2a5a", "c", spacing=1.5)
    b = D(extra["birth_date"])
    study = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[lv]
    body = (f"{f['name']}，{extra['sex']}，{fdate(b, 'num') if rng.random() < 0.6 else fdate(b, 'cn')}生。在"
            f"{f['school']}{f['major']}专业完成了{study}学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
            f"授予{extra['discipline']}{lv}学位。")
    bf = rng.choice(SERIF + ["kai"])
    p.image(24, 50, 30, 40, portrait(300, 400, rng))
    p.box_text(64, 52, 238, "　　" + body, 5.2, bf, lead=1.9)
    p.text(64, 125, f"{f['school']}学位评定委员会", 4.6, bf)
    p.text(64, 134, f"主席　{extra['president']}", 4.6, bf)
    p.text(64, 150, f"证书编号：{extra['degree_no']}", 4.2, bf)
    p.text(230, 160, fdate(f["graduation_date"], "num") if rng.random() < 0.6 else fdate(f["graduation_date"], "cn"),
           4.6, bf, "#111111", "r")
    p.image(180, 112, 40, 40, seal(f["school"], rng))
    return [p]


def xuexin(rng, f, extra):
    """教育部学历证书电子注册备案表 (text PDF)."""
    p = Page(210, 297)
    bf = rng.choice(["wqy", "hei", "song"])
    p.text(105, 22, "教育部学历证书电子注册备案表", 6.5, "heib", "#111111", "c")
    p.text(180, 33, "更新日期：" + fdate(extra["print_date"], "iso"), 3, bf, "#444444", "r")
    p.image(145, 40, 33, 44, portrait(330, 440, rng))
    rows = [("姓名", f["name"]), ("性别", extra["sex"]), ("出生日期", fdate(extra["birth_date"], "cn0")),
            ("入学日期", fdate(extra["enrol"], "cn0")), ("毕（结）业日期", fdate(f["graduation_date"], "cn0")),
            ("学校名称", f["school"]), ("专业", f["major"]), ("学制", extra["years"]), ("层次", f["level"]),
            ("学历类别", "普通高等教育" if f.get("study_mode", "普通全日制") == "普通全日制" else "成人高等教育"),
            ("学习形式", f.get("study_mode", "普通全日制")), ("毕（结）业", "毕业"), ("证书编号", extra["cert_no"]),
            ("校（院）长姓名", extra["president"])]
    y = 40
    for lab, v in rows:
        p.text(28, y, lab, 3.6, bf, "#555555")
        p.text(62, y, v, 3.8, bf)
        y += 8.5
    p.text(28, y + 10, "在线验证码：" + extra["verify"], 4.4, "heib")
    p.image(150, y + 2, 30, 30, qr(300, rng))
    p.text(28, y + 24, "说明：本表可通过学信网（www.chsi.com.cn）在线验证，验证有效期内有效。", 3.2, bf, "#444444")
    return [p]


def marriage(rng, f, extra):
    """The open inner pages of a 结婚证 (left: holder, date, number; right: both persons)."""
    p = Page(250, 90, bg="#f7eeee")
    p.line(125, 0, 125, 90, 0.5, "#c0a0a0")
    bf = rng.choice(SERIF + SANS)
    p.text(15, 14, "持证人", 3.8, bf, "#555555")
    p.text(38, 13.5, f["holder_name"], 4.4, bf)
    p.text(15, 26, "登记日期", 3.8, bf, "#555555")
    p.text(38, 25.5, fdate(f["registration_date"], rng.choice(["cn0", "cn"])), 4.2, bf)
    p.text(15, 38, "结婚证字号", 3.8, bf, "#555555")
    p.text(42, 37.5, extra["marriage_no"], 4.0, bf)
    p.text(15, 56, "备注", 3.8, bf, "#555555")
    p.image(65, 40, 40, 40, seal(extra["marriage_office"] + "婚姻登记专用章", rng))
    p.image(135, 5, 60, 32, portrait(600, 320, rng, bg=(200, 40, 40)))
    y = 44
    for nm, sex, bd, idn in [(extra["holder_sex_name"][0], extra["holder_sex_name"][1], extra["birth_date"],
                              extra["holder_id"]),
                             (f["spouse_name"], extra["spouse_sex"], extra["spouse_birth"], f["spouse_id_number"])]:
        p.text(135, y, f"姓名 {nm}", 3.4, bf)
        p.text(175, y, f"性别 {sex}", 3.4, bf)
        p.text(200, y, "国籍 中国", 3.4, bf)
        p.text(135, y + 6, f"出生日期 {fdate(bd, 'iso')}", 3.4, bf)
        p.text(135, y + 12, f"身份证件号 {idn}", 3.4, bf)
        y += 21
    return [p]


def unknown_page(rng, kind, extra):
    if kind == "receipt":
        p = Page(80, 160)
        bf = rng.choice(["hei", "wqy", "mono"])
        p.text(40, 6, rng.choice(["联华超市", "全家便利店", "罗森便利店"]), 5, "heib", "#111111", "c")
        y = 16
        for line in ["门店：" + rng.choice(["张杨路店", "莲花路店", "九亭店"]), "收银员：0" + str(rng.randint(100, 999)),
                     "时间：2026-0" + str(rng.randint(1, 9)) + "-1" + str(rng.randint(0, 9)) + " 18:2" + str(rng.randint(0, 9))]:
            p.text(5, y, line, 3.2, bf)
            y += 5
        p.line(5, y, 75, y, 0.2)
        y += 3
        for item in rng.sample(["矿泉水", "面包", "牛奶", "鸡蛋", "纸巾", "苹果", "饭团", "酸奶"], 5):
            p.text(5, y, item, 3.2, bf)
            p.text(75, y, f"{rng.randint(2, 30)}.{rng.randint(0, 99):02d}", 3.2, bf, "#111111", "r")
            y += 5
        p.text(5, y + 4, "合计", 3.6, "heib")
        p.text(75, y + 4, f"{rng.randint(30, 150)}.{rng.randint(0, 99):02d}", 3.6, "heib", "#111111", "r")
        p.text(40, y + 16, "谢谢惠顾 欢迎再次光临", 3.2, bf, "#111111", "c")
        return p
    if kind == "rental":
        p = Page(210, 297)
        bf = rng.choice(SERIF)
        p.text(105, 22, "上海市住房租赁合同", 7, "songb", "#111111", "c")
        y = 40
        for t in [f"出租人（甲方）：{extra['landlord']}", f"承租人（乙方）：{extra['name']}",
                  f"第一条　甲方将坐落于{extra['residence_address']}的房屋出租给乙方居住使用。",
                  "第二条　租赁期限自2025年9月1日起至2026年8月31日止，乙方应按时支付租金。",
                  "第三条　月租金为人民币伍仟元整，乙方应于每月5日前支付当月租金。",
                  "第四条　乙方不得擅自转租，甲方应当保证房屋及设施安全。",
                  "第五条　本合同一式两份，甲乙双方各执一份。"]:
            y = p.box_text(22, y, 188, t, 4.2, bf, lead=1.8) + 4
        p.text(30, 240, "甲方（签字）：", 4.2, bf)
        p.text(120, 240, "乙方（签字）：", 4.2, bf)
        return p
    p = Page(190, 95)
    bf = rng.choice(SANS)
    p.text(95, 8, rng.choice(["中国工商银行", "招商银行", "中国建设银行"]) + " 电子回单", 5, "heib", "#111111", "c")
    y = 22
    for lab, v in [("付款人", extra["name"]), ("收款人", extra["landlord"]), ("金额", f"¥{rng.randint(2, 9)}000.00"),
                   ("用途", "房租"), ("交易时间", f"2026-0{rng.randint(1, 9)}-0{rng.randint(1, 9)} 10:12:33")]:
        p.text(15, y, lab, 3.6, bf, "#555555")
        p.text(50, y, v, 3.6, bf)
        y += 9
    p.image(140, 40, 36, 36, seal(p.ops[0][3][:6] + "电子回单专用章", rng, star=False))
    return p
