"""Contracts, tax and social-insurance records, education papers, unrelated pages."""
import datetime as dt
from .draw import Page, PT, text_width, seal_image, fake_qr, portrait
from .fmt import ymd, D, fwb, cn_date, month_end, cn_num
from .layouts_a import wrap_lines, BLACK, RED, INK_BLUE

CLAUSES_A = [
    "甲方根据工作需要，安排乙方从事{job}岗位工作，工作地点为上海市。乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方安排乙方执行标准工时制度。乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方由于工作需要，经与工会和乙方协商后可以延长工作时间。",
    "甲方应当按月以货币形式支付乙方工资，不得克扣或者无故拖欠乙方的工资。乙方在试用期期间的工资不低于甲方相同岗位最低档工资或者劳动合同约定工资的百分之八十。",
    "甲乙双方应当按照国家和本市的规定参加社会保险，缴纳社会保险费。乙方个人应缴纳的部分，由甲方在乙方工资中代扣代缴。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，对乙方进行劳动安全卫生教育。乙方应当严格遵守安全操作规程。",
    "甲方依法制定的规章制度，应当告知乙方。乙方应当遵守甲方依法制定的规章制度，爱护甲方的财产，遵守职业道德。",
    "乙方患病或者非因工负伤，甲方应当按照国家和本市的有关规定给予乙方医疗期和医疗期待遇。",
    "经甲乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同。乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "甲方有下列情形之一的，乙方可以解除本合同：未按照本合同约定提供劳动保护或者劳动条件的；未及时足额支付劳动报酬的；未依法为乙方缴纳社会保险费的。",
    "乙方有下列情形之一的，甲方可以解除本合同：在试用期间被证明不符合录用条件的；严重违反甲方的规章制度的；严重失职，营私舞弊，给甲方造成重大损害的。",
    "本合同期满或者双方约定的合同终止条件出现时，本合同即行终止。甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。",
    "乙方对在工作中知悉的甲方商业秘密负有保密义务。甲乙双方可另行签订保密协议。",
    "因履行本合同发生的劳动争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按照国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
]
JOBS = ["软件开发", "行政助理", "销售", "财务", "技术支持", "项目管理", "质量检验", "市场推广", "采购", "客户服务"]


def _tick(p, x, y, on, size=3.2):
    p.rect(x, y - size, x + size, y, outline=BLACK, width=0.25)
    if on:
        p.line(x + 0.5, y - size * 0.5, x + size * 0.4, y - 0.4, 0.35, BLACK)
        p.line(x + size * 0.4, y - 0.4, x + size * 1.1, y - size * 1.15, 0.35, BLACK)


def _footer(p, i, n, style, font):
    if style == 0:
        p.text(105, 287, f"第 {i} 页 共 {n} 页", 9, font, (60, 60, 60), anchor="m")
    elif style == 1:
        p.text(105, 287, f"- {i} -", 9, font, (60, 60, 60), anchor="m")
    else:
        p.text(190, 287, f"{i}/{n}", 9, font, (60, 60, 60), anchor="r")


def contract(doc, P, rng):
    f = doc["fields"]
    emp = doc["emp"]
    variant = rng.choice(["shanghai_model", "company_table", "company_table", "shanghai_model"])
    font = rng.choice(["song", "ming", "serif", "sans", "wqy"])
    sz = rng.choice([10.5, 11, 12])
    lead = 1.7
    hand = rng.choice(["wenkai", "ukai", "kai"])
    s, e = D(f["start_date"]), (D(f["end_date"]) if f.get("end_date") else None)
    sign = D(f["signing_date"])
    trial_end = min(s + dt.timedelta(days=rng.choice([89, 179, 59])), e or s + dt.timedelta(days=200))
    pages = []
    legal = P["legal_rep"]
    epr = emp["printed"] if rng.random() < 0.6 else emp["name"]
    if variant == "shanghai_model":
        c = Page()
        c.text(105, 70, "劳 动 合 同", 28, "serifb" if font != "sans" else "sansb", BLACK, anchor="m", spacing=3)
        c.text(105, 84, "（示范文本）", 13, font, BLACK, anchor="m")
        y = 150
        for lab, val in (("甲方（用人单位）", epr), ("乙方（劳动者）", f["employee_name"]), ("签 订 日 期", ymd(sign, "cnsp"))):
            c.text(40, y, lab + "：", 13, font, BLACK)
            c.line(88, y + 1.5, 178, y + 1.5, 0.3, BLACK)
            c.text(90, y - 0.5, val, 13 if lab[0] != "签" else 12, hand if lab[0] == "乙" else font, INK_BLUE if lab[0] == "乙" else BLACK)
            y += 18
        c.text(105, 262, "上海市人力资源和社会保障局制", 12, font, BLACK, anchor="m")
        pages.append(c)
        p = Page()
        y = 30
        p.text(105, y, "劳动合同", 15, "sansb", BLACK, anchor="m"); y += 14
        def fill(lab, val, y, fnt=font, w=100, hval=False):
            p.text(25, y, lab, sz, font, BLACK)
            x = 25 + text_width(lab, sz, font) + 2
            p.line(x, y + 1.3, x + w, y + 1.3, 0.25, BLACK)
            p.text(x + 2, y - 0.4, val, sz, hand if hval else fnt, INK_BLUE if hval else BLACK)
            return y + sz * PT * 2.3
        y = fill("甲方（用人单位）名称：", epr, y, w=115)
        y = fill("法定代表人（主要负责人）或委托代理人：", legal, y, w=60)
        y = fill("注册地址：", P["co_addr"], y, w=140)
        y += 3
        hv = rng.random() < 0.5
        y = fill("乙方（劳动者）姓名：", f["employee_name"], y, w=40, hval=hv)
        y = fill("居民身份证号码：", f["employee_id_number"], y, w=75, hval=hv)
        y = fill("户籍地址：", P["hk_addr"], y, w=140, hval=False)
        y = fill("现居住地址：", P["res_addr"], y, w=135, hval=False)
        y += 4
        y = p.para(25, y, "根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。", 160, sz, font, lead, indent=2)
        y += 4
        p.text(25, y, "一、劳动合同期限", sz, "sansb", BLACK); y += sz * PT * 2.2
        mode = rng.choice(["sentence", "boxes", "years"])
        _tick(p, 29, y, not f.get("open_ended"))
        if f.get("open_ended"):
            p.text(34, y, "固定期限：自    年   月   日起至    年   月   日止。", sz, font, BLACK); y += sz * PT * 2
            _tick(p, 29, y, True)
            p.text(34, y, f"无固定期限：自 {s.year} 年 {s.month} 月 {s.day} 日起。", sz, font, BLACK); y += sz * PT * 2
        else:
            if mode == "years":
                n = round((e - s).days / 365.25)
                txt = f"固定期限：期限{cn_num(n)}年，自 {s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止。"
            elif mode == "boxes":
                txt = f"固定期限：自【{s.year}】年【{s.month}】月【{s.day}】日起至【{e.year}】年【{e.month}】月【{e.day}】日止。"
            else:
                txt = f"固定期限：自 {s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止。"
            y = p.para(34, y, txt, 150, sz, font, lead); y += 1
            _tick(p, 29, y, False)
            p.text(34, y, "无固定期限：自    年   月   日起。", sz, font, BLACK); y += sz * PT * 2
        _tick(p, 29, y, False)
        p.text(34, y, "以完成一定工作任务为期限：自    年   月   日起至工作任务完成时止。", sz, font, BLACK); y += sz * PT * 2.3
        y = p.para(25, y, f"其中试用期自 {s.year} 年 {s.month} 月 {s.day} 日起至 {trial_end.year} 年 {trial_end.month} 月 {trial_end.day} 日止。", 160, sz, font, lead, indent=2)
        y += 3
        p.text(25, y, "二、工作内容和工作地点", sz, "sansb", BLACK); y += sz * PT * 2
        y = p.para(25, y, CLAUSES_A[0].format(job=rng.choice(JOBS)), 160, sz, font, lead, indent=2)
        pages.append(p)
        body = CLAUSES_A[1:]
    else:
        c = None
        p = Page()
        y = 28
        p.text(105, y, rng.choice(["劳动合同书", "劳动合同", "员工劳动合同"]), 18, "sansb" if font in ("sans", "wqy") else "serifb", BLACK, anchor="m", spacing=2)
        y += 8
        p.text(190, y, f"合同编号：{emp['brand'][:1]}HR-{s.year}-{rng.randint(100, 999)}", 9, font, (60, 60, 60), anchor="r")
        y += 6
        X = [22, 34, 72, 188]
        sz2 = sz - 0.5
        rows = [("甲方", "名称", epr), ("", "统一社会信用代码", emp["uscc"]), ("", "法定代表人", legal), ("", "地址", P["co_addr"]),
                ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]), ("", "住址", P["res_addr"]),
                ("", "联系电话", f"1{rng.randint(3, 9)}{rng.randint(100000000, 999999999)}")]
        if rng.random() < 0.5:
            rows.pop(1)
        top = y
        for who, lab, val in rows:
            lines = wrap_lines(val, X[3] - X[2] - 4, sz2, font)
            h = max(9, 3 + len(lines) * sz2 * PT * 1.45)
            p.rect(X[1], y, X[2], y + h, outline=BLACK, width=0.25)
            p.rect(X[2], y, X[3], y + h, outline=BLACK, width=0.25)
            p.text(X[1] + 2, y + h / 2 + sz2 * PT * 0.35, lab, sz2, font, BLACK)
            for i, ln in enumerate(lines):
                p.text(X[2] + 2, y + 1.5 + sz2 * PT * (1.0 + i * 1.45), ln, sz2, font, BLACK)
            y += h
            if who:
                p.ops.append(("mark", who, y - h))
        # party labels in the first column
        marks = [o for o in p.ops if o[0] == "mark"]
        p.ops = [o for o in p.ops if o[0] != "mark"]
        bounds = [m[2] for m in marks] + [y]
        for i, m in enumerate(marks):
            p.rect(X[0], bounds[i], X[1], bounds[i + 1], outline=BLACK, width=0.25)
            p.text((X[0] + X[1]) / 2, (bounds[i] + bounds[i + 1]) / 2 + 1.5, m[1], sz2, font, BLACK, anchor="m")
        y += 8
        y = p.para(22, y, "甲乙双方根据《中华人民共和国劳动合同法》等法律法规的规定，在平等自愿、协商一致的基础上，同意订立本劳动合同，共同遵守本合同所列条款。", 166, sz, font, lead, indent=2)
        y += 3
        p.text(22, y, "第一条  合同期限", sz, "sansb", BLACK); y += sz * PT * 2
        if f.get("open_ended"):
            t = f"本合同为无固定期限劳动合同，自{ymd(s, 'cn')}起生效。其中试用期自{ymd(s, 'cn')}起至{ymd(trial_end, 'cn')}止。"
        else:
            n = round((e - s).days / 365.25)
            st = rng.choice(["cn", "cn0", "cnsp"])
            t = (f"本合同为固定期限劳动合同，期限{cn_num(n) if n > 0 else '一'}年" if rng.random() < .5 and n >= 1 else "本合同为固定期限劳动合同") + \
                f"，自{ymd(s, st)}起至{ymd(e, st)}止。其中试用期自{ymd(s, st)}起至{ymd(trial_end, st)}止。"
        y = p.para(22, y, t, 166, sz, font, lead, indent=2)
        y += 2
        p.text(22, y, "第二条  工作内容", sz, "sansb", BLACK); y += sz * PT * 2
        y = p.para(22, y, CLAUSES_A[0].format(job=rng.choice(JOBS)), 166, sz, font, lead, indent=2)
        pages.append(p)
        body = CLAUSES_A[1:]
    # clause pages
    k = rng.randint(1, 3)
    idx = 0
    num = 3
    for _ in range(k):
        p = Page()
        y = 28
        while idx < len(body) and y < 250:
            p.text(22, y, f"第{cn_num(num)}条" if variant != "shanghai_model" else f"{cn_num(num)}、", sz, "sansb", BLACK)
            y = p.para(22, y + sz * PT * 1.9, body[idx], 166, sz, font, lead, indent=2) + 3
            idx += 1
            num += 1
        pages.append(p)
    # signature page
    p = Page()
    y = 40
    if idx < len(body):
        y = p.para(22, y, body[-1], 166, sz, font, lead, indent=2) + 10
    p.text(22, y + 10, "（以下无正文）", sz, font, BLACK)
    y += 40
    p.text(25, y, "甲方（盖章）：", sz + 1, font, BLACK)
    p.text(112, y, "乙方（签字）：", sz + 1, font, BLACK)
    p.text(142, y + 1, f["employee_name"], sz + 5, hand, INK_BLUE)
    p.text(25, y + 22, "法定代表人或委托代理人（签字）：", sz, font, BLACK)
    p.text(40, y + 34, legal, sz + 4, hand, INK_BLUE)
    ds = rng.choice(["cnsp", "cn"])
    p.text(25, y + 52, ymd(sign, ds), sz + 1, font, BLACK)
    p.text(112, y + 52, ymd(sign, ds), sz + 1, font, BLACK)
    p.text(25, y + 10, epr, sz, font, BLACK) if rng.random() < 0.5 else None
    p.image(seal_image(emp["name"].replace("(", "").replace(")", ""), "", rng=rng, px=600), 30, y - 12, 72, y + 30)
    pages.append(p)
    foot = rng.randint(0, 2)
    for i, pg in enumerate(pages):
        if c is not None and i == 0:
            continue
        _footer(pg, i + 1, len(pages), foot, font)
    return variant, pages


def renewal_contract(doc, P, rng):
    f = doc["fields"]
    emp = doc["emp"]
    font = rng.choice(["song", "serif", "ming"])
    p = Page()
    p.text(105, 32, "劳动合同续订书", 18, "serifb", BLACK, anchor="m", spacing=1.5)
    s, e, sign = D(f["start_date"]), D(f["end_date"]), D(f["signing_date"])
    os_ = D(doc["renewal_of"])
    X = [22, 62, 188]
    y = 46
    rows = [("甲方（用人单位）", emp["printed"]), ("乙方（劳动者）", f["employee_name"]), ("居民身份证号码", f["employee_id_number"]),
            ("原合同期限", f"{ymd(os_, 'cn')}至{ymd(s - dt.timedelta(days=1), 'cn')}"),
            ("续订合同期限", f"自{ymd(s, 'cn')}起至{ymd(e, 'cn')}止")]
    for lab, val in rows:
        p.rect(X[0], y, X[1], y + 13, outline=BLACK, width=0.3)
        p.rect(X[1], y, X[2], y + 13, outline=BLACK, width=0.3)
        p.text(X[0] + 2, y + 8.5, lab, 11, font, BLACK)
        p.text(X[1] + 3, y + 8.5, val, 11, font, BLACK)
        y += 13
    y += 10
    y = p.para(22, y, "经甲乙双方协商同意，续订劳动合同。原劳动合同的各项条款在续订期限内继续有效，双方共同遵守。", 166, 11.5, font, 1.8, indent=2)
    y += 30
    p.text(25, y, "甲方（盖章）：", 12, font, BLACK)
    p.text(112, y, "乙方（签字）：", 12, font, BLACK)
    p.text(142, y + 1, f["employee_name"], 16, "wenkai", INK_BLUE)
    p.text(25, y + 25, ymd(sign, "cnsp"), 12, font, BLACK)
    p.text(112, y + 25, ymd(sign, "cnsp"), 12, font, BLACK)
    p.image(seal_image(emp["name"].replace("(", "").replace(")", ""), "", rng=rng, px=600), 32, y - 14, 72, y + 26)
    return "xudingshu", [p]


# ------------------------------------------------------------------ tax
def _period_str(period, style):
    y, m = map(int, period.split("-"))
    me = month_end(y, m)
    if style == 0:
        return f"{y}-{m:02d}-01至{y}-{m:02d}-{me:02d}"
    if style == 1:
        return f"{y}.{m:02d}.01-{y}.{m:02d}.{me:02d}"
    return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{me:02d}"


def tax_national(doc, P, rng, for_pdf=True):
    f = doc["fields"]
    rows = doc["rows"]
    font = rng.choice(["song", "wqy", "ming"]) if for_pdf else rng.choice(["song", "sans", "ming"])
    ps = rng.randint(0, 2)
    with_code = rng.random() < 0.5
    code_first = rng.random() < 0.5
    ruled = rng.random() < 0.5
    iss = D(f["issue_date"])
    n_per = rng.choice([12, 14, 16])
    chunks = [rows[i:i + n_per] for i in range(0, len(rows), n_per)] or [[]]
    pages = []
    office = f"国家税务总局上海市{P['sh_dist']}税务局"
    vcode = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(16))
    sz = 8.2
    cols = [(12, "申报日期", 20), (32, "实缴(退)金额", 19), (51, "入(退)库日期", 20), (71, "所得项目", 23), (94, "税款所属期", 34),
            (128, "入库税务机关", 30), (158, "备注", 42)]
    fy, fm = doc["period_from"]
    ty, tm = doc["period_to"]
    for pi, chunk in enumerate(chunks):
        p = Page()
        if pi == 0:
            p.text(105, 22, "中华人民共和国个人所得税纳税记录", 15, "sansb" if font != "song" else "serifb", BLACK, anchor="m")
            p.text(105, 29, "（原《税收完税证明》）", 9.5, font, BLACK, anchor="m")
            p.text(190, 37, f"No. {rng.randint(10**15, 10**16 - 1)}", 8.5, font, (60, 60, 60), anchor="r")
            p.text(12, 44, f"纳税人名称：{f['name']}", 9.5, font, BLACK)
            p.text(110, 44, f"纳税人识别号：{f['id_number']}", 9.5, font, BLACK)
            p.text(12, 51, f"记录期间：{fy}年{fm:02d}月-{ty}年{tm:02d}月", 9.5, font, BLACK)
            p.text(110, 51, f"开具日期：{ymd(iss, 'cn')}", 9.5, font, BLACK)
            p.text(12, 58, f"税务机关：{office}", 9.5, font, BLACK)
            y = 64
        else:
            y = 20
        rh = 11
        if ruled:
            p.rect(12, y, 200, y + 8, outline=BLACK, fill=(235, 235, 235), width=0.2)
        for x, lab, w in cols:
            p.text(x + w / 2, y + 5.5, lab, sz, font, BLACK, anchor="m")
            if ruled:
                p.line(x, y, x, y + 8 + rh * len(chunk), 0.2, BLACK)
        y += 8
        for r in chunk:
            per = r["period"]
            py_, pm = map(int, per.split("-"))
            decl = dt.date(py_ + (pm == 12), pm % 12 + 1, rng.randint(3, 15))
            paid = decl + dt.timedelta(days=rng.randint(0, 3))
            cells = [ymd(decl, "dash"), r["amount"], ymd(paid, "dash"), r["item"]]
            pstr = _period_str(per, ps)
            agent = r["agent"]
            name = agent["printed"] if rng.random() < 0.5 else agent["name"]
            if with_code:
                rem = [f"扣缴义务人：{agent['uscc']}", name] if code_first else [f"扣缴义务人：{name}", agent["uscc"]]
            else:
                rem = [f"扣缴义务人：{name}"]
            for (x, lab, w), val in zip(cols[:4], cells):
                p.text(x + w / 2, y + 6.5, val, sz, font, BLACK, anchor="m")
            if isinstance(pstr, tuple):
                p.text(cols[4][0] + 17, y + 4.4, pstr[0] + "至", sz, font, BLACK, anchor="m")
                p.text(cols[4][0] + 17, y + 8.6, pstr[1], sz, font, BLACK, anchor="m")
            else:
                p.text(cols[4][0] + 17, y + 6.5, pstr, sz - 0.6, font, BLACK, anchor="m")
            ol = wrap_lines(office, 29, sz - 0.8, font)
            for i, ln in enumerate(ol[:2]):
                p.text(cols[5][0] + 1, y + 4.4 + 4.2 * i, ln, sz - 0.8, font, BLACK)
            rl = []
            for part in rem:
                rl += wrap_lines(part, 41, sz - 0.8, font)
            for i, ln in enumerate(rl[:3]):
                p.text(cols[6][0] + 1, y + 3.6 + 3.6 * i, ln, sz - 0.8, font, BLACK)
            y += rh
            if ruled:
                p.line(12, y, 200, y, 0.2, BLACK)
        if ruled:
            p.line(200, 64 if pi == 0 else 20, 200, y, 0.2, BLACK)
        if pi == len(chunks) - 1:
            tot = sum(float(r["amount"]) for r in rows)
            p.text(12, y + 8, f"金额合计（大写）：见上表    金额合计：{tot:.2f}", 9, font, BLACK)
            y2 = max(y + 20, 235)
            p.text(12, y2, "说明：1.本纳税记录仅作为纳税人记录期间的纳税情况，不作为纳税人的完税凭证。", 8, font, (60, 60, 60))
            p.text(12, y2 + 5, "2.本纳税记录已加盖税务机关电子印章，可通过个人所得税App或自然人电子税务局进行验证。", 8, font, (60, 60, 60))
            p.text(12, y2 + 12, f"查询验证码：{vcode}", 9, font, BLACK)
            p.image(seal_image(office, "征税专用章", rng=None, px=500), 140, y2 - 25, 178, y2 + 13)
        p.text(105, 290, f"第{pi + 1}页/共{len(chunks)}页", 8, font, (80, 80, 80), anchor="m")
        pages.append(p)
    return "national_record", pages


def tax_old(doc, P, rng):
    """older 税收完税证明 style form, landscape"""
    f = doc["fields"]
    rows = doc["rows"][-8:] if len(doc["rows"]) > 8 else doc["rows"]
    doc["_shown_rows"] = rows
    p = Page(297, 210, bg=(255, 253, 248))
    font = rng.choice(["song", "ming"])
    red = (190, 40, 40)
    p.text(148, 24, "中华人民共和国", 14, font, red, anchor="m", spacing=2)
    p.text(148, 35, "税 收 完 税 证 明", 18, "serifb", red, anchor="m", spacing=2)
    p.text(250, 24, f"（{P['issue_year']}）沪地证 {rng.randint(1000000, 9999999)}", 9, font, red, anchor="m")
    iss = D(f["issue_date"])
    p.text(20, 48, f"填发日期：{ymd(iss, 'cn')}", 10, font, red)
    p.text(150, 48, f"税务机关：国家税务总局上海市{P['sh_dist']}税务局", 10, font, red)
    p.rect(18, 52, 280, 66, outline=red, width=0.4)
    p.line(60, 52, 60, 66, 0.3, red); p.line(150, 52, 150, 66, 0.3, red); p.line(190, 52, 190, 66, 0.3, red)
    p.text(22, 61, "纳税人识别号", 10, font, red); p.text(63, 61, f["id_number"], 11, "sans", BLACK)
    p.text(153, 61, "纳税人名称", 10, font, red); p.text(193, 61, f["name"], 11, "sans", BLACK)
    X = [18, 55, 75, 108, 160, 195, 225, 280]
    heads = ["原凭证号", "税种", "品目名称", "税款所属时期", "入(退)库日期", "实缴(退)金额", "备注"]
    y = 66
    p.rect(18, y, 280, y + 10, outline=red, width=0.3)
    for i, h in enumerate(heads):
        p.text((X[i] + X[i + 1]) / 2, y + 6.5, h, 9.5, font, red, anchor="m")
    y += 10
    for r in rows:
        py_, pm = map(int, r["period"].split("-"))
        paid = dt.date(py_ + (pm == 12), pm % 12 + 1, rng.randint(5, 15))
        vals = [f"3{rng.randint(10**16, 10**17 - 1)}"[:16], "个人所得税", "工资薪金所得" if r["item"] != "劳务报酬" else "劳务报酬所得",
                f"{py_}-{pm:02d}-01至{py_}-{pm:02d}-{month_end(py_, pm):02d}", ymd(paid, "dash"), r["amount"]]
        for i, v in enumerate(vals):
            p.text((X[i] + X[i + 1]) / 2, y + 7, v, 8.8 if i != 3 else 8.2, "sans", BLACK, anchor="m")
        rl = wrap_lines("扣缴义务人：" + r["agent"]["printed"], X[7] - X[6] - 3, 7.8, "sans")
        for i, ln in enumerate(rl[:2]):
            p.text(X[6] + 1.5, y + 4.6 + 3.6 * i, ln, 7.8, "sans", BLACK)
        y += 11
        p.line(18, y, 280, y, 0.2, red)
    for xx in X:
        p.line(xx, 66, xx, y, 0.3, red)
    tot = sum(float(r["amount"]) for r in rows)
    p.text(20, y + 9, f"金额合计  ¥{tot:.2f}", 10, font, red)
    p.image(seal_image(f"国家税务总局上海市{P['sh_dist']}税务局", "征税专用章", rng=rng, px=500), 30, y + 12, 68, y + 50)
    p.text(150, y + 30, "妥善保管", 11, font, red)
    return "old_certificate", [p]


def tax_app(doc, P, rng):
    """收入纳税明细 screenshots; returns several 1080x2340 pages"""
    f = doc["fields"]
    rows = [r for r in doc["rows"]]
    rows = sorted(rows, key=lambda r: r["period"], reverse=True)
    per = 5
    pages = []
    c = rng.choice([(22, 100, 210), (200, 40, 40), (30, 120, 200)])
    for i in range(0, len(rows), per):
        p = Page(108, 234, bg=(245, 245, 247))
        p.rect(0, 0, 108, 6, outline=None, fill=(255, 255, 255))
        p.text(5, 4.4, f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", 8, "sans", BLACK)
        p.text(103, 4.4, "4G  " + str(rng.randint(20, 99)) + "%", 7, "sans", BLACK, anchor="r")
        p.rect(0, 6, 108, 17, outline=None, fill=(255, 255, 255))
        p.text(54, 13.5, "收入纳税明细", 11, "sansb", BLACK, anchor="m")
        p.text(5, 13.5, "〈", 11, "sans", BLACK)
        y = 20
        if i == 0:
            p.rect(4, y, 104, y + 26, outline=None, fill=c, radius=3)
            p.text(9, y + 10, f"纳税人：{f['name']}", 11, "sansb", (255, 255, 255))
            p.text(9, y + 19, f"所得类型：全部    税款所属期：{rows[-1]['period'][:4]}-{rows[-1]['period'][5:]}至{rows[0]['period']}", 7.5, "sans", (235, 240, 255))
            y += 31
        for r in rows[i:i + per]:
            agent = r["agent"]["printed"]
            al = wrap_lines(agent, 52, 9, "sans")
            h = 38 + 5 * (len(al) - 1)
            p.rect(4, y, 104, y + h, outline=None, fill=(255, 255, 255), radius=3)
            it = "工资薪金" if r["item"] == "正常工资薪金" else r["item"]
            p.text(9, y + 8, f"{r['period']}  {it}", 10, "sansb", BLACK)
            p.text(9, y + 17, "扣缴义务人", 9, "sans", (140, 140, 140))
            for k, ln in enumerate(al):
                p.text(99, y + 17 + 5 * k, ln, 9, "sans", BLACK, anchor="r")
            yy = y + 17 + 5 * (len(al) - 1)
            inc = float(r["amount"]) * rng.uniform(6, 14) + 5000
            p.text(9, yy + 8, "收入额", 9, "sans", (140, 140, 140))
            p.text(99, yy + 8, f"{inc:,.2f}", 9, "sans", BLACK, anchor="r")
            p.text(9, yy + 16, "已申报税额", 9, "sans", (140, 140, 140))
            p.text(99, yy + 16, r["amount"], 9, "sans", BLACK, anchor="r")
            y += h + 4
        pages.append(p)
    return "app_income_detail", pages


# ------------------------------------------------------- social insurance
def si_record(doc, P, rng, for_pdf=True):
    f = doc["fields"]
    rows = doc["rows"]
    font = rng.choice(["song", "wqy", "ming"]) if for_pdf else rng.choice(["song", "sans"])
    variant = rng.choice(["table", "table", "ranges", "bp_section"])
    has_bp = any(r["back_payment"] for r in rows)
    if variant == "ranges" and has_bp:
        variant = "table"
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录", "上海市城镇职工社会保险缴费记录"])
    mlab = rng.choice(["缴费年月", "费款所属期"])
    elab = rng.choice(["单位名称", "缴费单位"])
    # build display rows
    disp = []
    if variant == "ranges":
        cur = None
        for r in rows:
            key = (r["employer"], r["base"])
            if cur and cur["key"] == key and _next(cur["to"]) == r["month"]:
                cur["to"] = r["month"]
            else:
                cur = dict(key=key, frm=r["month"], to=r["month"], r=r)
                disp.append(cur)
        disp = [dict(month=(d["frm"] if d["frm"] == d["to"] else f"{d['frm'].replace('-', '')}-{d['to'].replace('-', '')}"),
                     r=d["r"], n=_nmonths(d["frm"], d["to"])) for d in disp]
    else:
        disp = [dict(month=r["month"] if rng.random() < 2 else r["month"].replace("-", ""), r=r, n=1) for r in rows]
    fmt_m = rng.choice(["dash", "plain"])
    normal = [d for d in disp if not d["r"]["back_payment"]]
    bps = [d for d in disp if d["r"]["back_payment"]]
    if variant != "bp_section":
        sections = [("", disp)]
    else:
        sections = [("正常缴费", normal)] + ([("补缴记录", bps)] if bps else [])
    cols = [(14, mlab, 28), (42, elab, 62), (104, "缴费基数", 22), (126, "养老保险", 20), (146, "医疗保险", 20), (166, "失业保险", 16),
            (182, "缴费类型" if variant != "bp_section" else "备注", 16)]
    pages = []
    p = None
    y = 0
    def newpage(first):
        nonlocal p, y
        p = Page()
        pages.append(p)
        if first:
            p.text(105, 24, title, 15, "sansb" if font != "song" else "serifb", BLACK, anchor="m")
            p.text(14, 36, f"姓名：{f['name']}", 10, font, BLACK)
            p.text(70, 36, f"证件号码：{f['id_number']}", 10, font, BLACK)
            p.text(150, 36, f"查询日期：{ymd(P['printed'], 'dash')}", 9, font, BLACK)
            p.text(14, 43, "参保类型：城镇职工基本养老保险", 9, font, (60, 60, 60))
            y = 50
        else:
            y = 20
    def header():
        nonlocal y
        p.rect(14, y, 198, y + 8, outline=(80, 80, 80), fill=(232, 238, 245), width=0.2)
        for x, lab, w in cols:
            p.text(x + w / 2, y + 5.5, lab, 8.3, font, BLACK, anchor="m")
        y += 8
    newpage(True)
    for sec, items in sections:
        if sec:
            p.text(14, y + 6, f"【{sec}】", 9.5, "sansb", BLACK)
            y += 9
        header()
        for d in items:
            if y > 270:
                newpage(False)
                header()
            r = d["r"]
            base = float(r["base"])
            m = d["month"]
            if fmt_m == "plain" and "-" in m and len(m) == 7:
                m = m.replace("-", "")
            ml = [m] if len(m) <= 8 else [m.split("-")[0] + "-", m.split("-")[1]]
            lines = wrap_lines(r["agent"]["printed"], 60, 8, font)
            h = max(7.5, 2.5 + 3.8 * max(len(lines), len(ml)))
            for i, ln in enumerate(ml):
                p.text(28, y + 5 + 3.8 * i, ln, 8, font, BLACK, anchor="m")
            for i, ln in enumerate(lines):
                p.text(43, y + 5 + 3.8 * i, ln, 8, font, BLACK)
            p.text(124, y + 5, f"{base:.2f}", 8, font, BLACK, anchor="r")
            p.text(144, y + 5, f"{base * 0.08 * d['n']:.2f}", 8, font, BLACK, anchor="r")
            p.text(164, y + 5, f"{base * 0.02 * d['n']:.2f}", 8, font, BLACK, anchor="r")
            p.text(180, y + 5, f"{base * 0.005 * d['n']:.2f}", 8, font, BLACK, anchor="r")
            st = ("补缴" if r["back_payment"] else "正常") if variant != "bp_section" else ("补缴" if r["back_payment"] else "")
            p.text(190, y + 5, st, 8, font, BLACK, anchor="m")
            y += h
            p.line(14, y, 198, y, 0.15, (150, 150, 150))
        y += 6
    p.text(14, y + 8, "注：本记录仅供参考，以社保经办机构记载为准。可通过随申办扫码核验。", 8.5, font, (70, 70, 70))
    p.image(fake_qr(rng.randint(0, 999), px=200), 170, y + 4, 192, y + 26) if y < 250 else None
    for i, pg in enumerate(pages):
        pg.text(105, 290, f"第 {i + 1} 页，共 {len(pages)} 页", 8, font, (80, 80, 80), anchor="m")
    return "si_" + variant, pages


def _next(m):
    y, mm = map(int, m.split("-"))
    y, mm = (y + 1, 1) if mm == 12 else (y, mm + 1)
    return f"{y:04d}-{mm:02d}"


def _nmonths(a, b):
    ya, ma = map(int, a.split("-"))
    yb, mb = map(int, b.split("-"))
    return (yb - ya) * 12 + mb - ma + 1


# ------------------------------------------------------------- education
def diploma(doc, P, rng):
    f = doc["fields"]
    w, h = (240, 170)
    style = rng.choice(["classic", "modern"])
    p = Page(w, h, bg=(253, 250, 240) if style == "classic" else (255, 255, 255))
    font = rng.choice(["song", "serif", "kai", "ming"])
    p.rect(6, 6, w - 6, h - 6, outline=(170, 130, 60), width=1.2)
    p.rect(9, 9, w - 9, h - 9, outline=(170, 130, 60), width=0.4)
    adult = f["study_mode"] != "普通全日制"
    title = "毕 业 证 书" if not adult else ("高等教育自学考试毕业证书" if "自学" in f["study_mode"] else "成人高等教育毕业证书")
    p.text(w / 2, 32, title, 22 if not adult else 17, "serifb", (170, 30, 30) if style == "classic" else BLACK, anchor="m", spacing=2)
    p.image(portrait(260, 340, rng.randint(0, 99)), 22, 45, 52, 85)
    b = P["birth"]
    adm = doc["adm"]
    g = D(f["graduation_date"])
    num = style == "classic"
    bstr = (cn_date(b, day=False) if num else f"{b.year}年{b.month}月") + "生"
    period = (f"于{cn_date(adm, day=False)}至{cn_date(g, day=False)}" if num else f"于{adm.year}年{adm.month}月至{g.year}年{g.month}月")
    lvl = {"本科": f"{doc['years']}年制本科", "专科": f"{doc['years']}年制专科", "硕士研究生": "硕士研究生"}[f["level"]]
    if adult and "自学" not in f["study_mode"]:
        body = f"学生 {f['name']}，性别{P['sex']}，{bstr}，{period}在本校 {f['major']} 专业（业余）本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
    elif adult:
        body = f"学生 {f['name']}，性别{P['sex']}，{bstr}，参加高等教育自学考试，在{f['school']}主考的 {f['major']} 专业（本科）考试合格，完成毕业论文，准予毕业。"
    elif f["level"] == "硕士研究生":
        body = f"研究生 {f['name']}，性别{P['sex']}，{bstr}，{period}在本校 {f['major']} 专业学习，学制{doc['years']}年，修完全部课程，成绩合格，毕业论文答辩通过，准予毕业。"
    else:
        body = f"学生 {f['name']}，性别{P['sex']}，{bstr}，{period}在本校 {f['major']} 专业{lvl}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
    y = p.para(62, 58, body, 160, 13, font, lead=2.0, indent=2)
    p.text(62, 128, f"校（院）长：{P['president']}", 12, font, BLACK)
    p.text(w - 30, 128, f["school"], 14, font, BLACK, anchor="r")
    p.text(w - 30, 140, cn_date(g) if num else f"{g.year}年{g.month}月{g.day}日", 12, font, BLACK, anchor="r")
    p.image(seal_image(f["school"], "", rng=rng, px=500), w - 75, 110, w - 35, 150)
    p.text(22, 158, f"证书编号：{P['cert_no']}", 10, font, BLACK)
    return "diploma_" + style, [p]


def degree(doc, P, rng):
    f = doc["fields"]
    w, h = (170, 240)
    p = Page(w, h, bg=(255, 253, 246))
    font = rng.choice(["song", "serif", "kai"])
    p.rect(7, 7, w - 7, h - 7, outline=(30, 60, 120), width=1.0)
    mas = f["level"] == "硕士"
    p.text(w / 2, 40, "硕士学位证书" if mas else "学士学位证书", 22, "serifb", (30, 50, 110), anchor="m", spacing=1.5)
    p.image(portrait(260, 340, rng.randint(0, 99)), 20, 55, 48, 92)
    b = P["birth"]
    g = D(f["graduation_date"])
    num = rng.random() < 0.5
    bstr = cn_date(b) if num else f"{b.year}年{b.month}月{b.day}日"
    disc = doc.get("disc") or "工学"
    if mas:
        body = f"{f['name']}，{P['sex']}，{bstr}生。在{f['school']}{f['major']}专业完成了硕士研究生的学习计划，通过硕士学位论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予{disc}硕士学位。"
    else:
        body = f"{f['name']}，{P['sex']}，{bstr}生。在{f['school']}{f['major']}专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予{disc}学士学位。"
    p.para(20, 108, body, 130, 13, font, lead=2.0, indent=2)
    p.text(w - 20, 190, f["school"], 13, font, BLACK, anchor="r")
    p.text(w - 20, 200, f"学位评定委员会主席 {P['president']}", 11, font, BLACK, anchor="r")
    p.text(w - 20, 212, cn_date(g) if num else f"{g.year}年{g.month}月{g.day}日", 12, font, BLACK, anchor="r")
    p.image(seal_image(f["school"] + "学位评定委员会", "", rng=rng, px=500), w - 68, 175, w - 28, 215)
    p.text(20, 228, f"证书编号：{P['cert_no2']}", 10, font, BLACK)
    return "degree_" + ("master" if mas else "bachelor"), [p]


def xuexin(doc, P, rng):
    f = doc["fields"]
    p = Page()
    font = rng.choice(["song", "wqy"])
    p.text(105, 25, "教育部学历证书电子注册备案表", 16, "sansb" if font == "wqy" else "serifb", BLACK, anchor="m")
    p.text(190, 34, f"更新日期：{ymd(P['printed'], 'cn')}", 9, font, (60, 60, 60), anchor="r")
    p.image(portrait(240, 320, rng.randint(0, 99)), 152, 42, 186, 87)
    g = D(f["graduation_date"])
    adm = doc["adm"]
    rows = [("姓名", f["name"]), ("性别", P["sex"]), ("证件号码", P["id"]), ("民族", P["ethnic"] + "族"),
            ("出生日期", ymd(P["birth"], "cn")), ("学校名称", f["school"]), ("层次", f["level"]), ("专业", f["major"]),
            ("学制", doc["years"] + "年" if len(doc["years"]) == 1 else doc["years"]), ("学历类别", "普通高等教育"),
            ("学习形式", f["study_mode"]), ("入学日期", ymd(adm, "cn")), ("毕（结）业日期", ymd(g, "cn")),
            ("毕（结）业", "毕业"), ("证书编号", P["cert_no"]), ("校（院）长姓名", P["president"])]
    y = 42
    for lab, val in rows:
        p.text(22, y + 5.5, lab, 10, font, (90, 90, 90))
        p.text(60, y + 5.5, val, 10.5, font, BLACK)
        p.line(22, y + 8, 145 if y < 87 else 188, y + 8, 0.15, (200, 200, 200))
        y += 9.5
    p.image(fake_qr(rng.randint(0, 999), px=290), 22, y + 10, 52, y + 40)
    vc = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    p.text(60, y + 20, f"在线验证码：{vc}", 11, font, BLACK)
    p.text(60, y + 30, "报告有效期至：" + ymd(P["printed"].replace(year=P["printed"].year + 1) if P["printed"].month != 2 else P["printed"], "cn"), 10, font, BLACK)
    p.text(22, 280, "学信网（www.chsi.com.cn）  教育部学历证书电子注册备案表", 8.5, font, (80, 80, 80))
    return "xuexin_record", [p]


# ---------------------------------------------------------------- unknown
def receipt(P, rng):
    p = Page(80, 160, bg=(252, 252, 250))
    shop = rng.choice(["全家便利店", "罗森便利店", "联华超市", "盒马鲜生", "好德便利"])
    p.text(40, 12, shop, 11, "sansb", BLACK, anchor="m")
    p.text(6, 22, f"门店：上海{P['sh_dist']}店", 7.5, "sans", BLACK)
    p.text(6, 27, f"日期：{ymd(P['printed'], 'dash')} {rng.randint(8, 21)}:{rng.randint(10, 59)}", 7.5, "sans", BLACK)
    y = 36
    tot = 0
    for it in rng.sample(["矿泉水", "饭团", "酸奶", "面包", "牛奶", "咖啡", "纸巾", "口香糖", "方便面"], 5):
        v = round(rng.uniform(2, 25), 1)
        tot += v
        p.text(6, y, it, 8, "sans", BLACK)
        p.text(74, y, f"{v:.2f}", 8, "sans", BLACK, anchor="r")
        y += 6
    p.line(6, y, 74, y, 0.2, BLACK)
    p.text(6, y + 7, "合计", 9, "sansb", BLACK)
    p.text(74, y + 7, f"{tot:.2f}", 9, "sansb", BLACK, anchor="r")
    p.text(40, y + 20, "谢谢惠顾  欢迎再次光临", 7.5, "sans", BLACK, anchor="m")
    return "receipt", [p]


def rental(P, rng):
    p = Page()
    font = rng.choice(["song", "sans"])
    p.text(105, 30, "上海市住房租赁合同", 17, "sansb", BLACK, anchor="m")
    y = 48
    for t in [f"出租方（甲方）：{rng.choice('王李张赵孙')}某某", f"承租方（乙方）：{P['name']}",
              f"房屋坐落：{P['res_addr']}",
              "第一条 甲方将上述房屋出租给乙方作居住使用，租赁期限为一年。",
              f"第二条 月租金为人民币{rng.randint(25, 80)}00元，按季度支付，押一付三。",
              "第三条 租赁期间，乙方应合理使用房屋及其附属设施，不得擅自改变房屋结构。",
              "第四条 水、电、燃气、网络等费用由乙方承担。",
              "第五条 租赁期满，乙方需继续承租的，应提前一个月书面通知甲方。"]:
        y = p.para(22, y, t, 166, 11, font, 1.8) + 4
    return "rental_contract", [p]


def bank_slip(P, rng):
    p = Page(210, 99, bg=(250, 252, 255))
    bank = rng.choice(["中国工商银行", "中国建设银行", "招商银行", "交通银行"])
    p.text(105, 14, f"{bank} 个人业务回单", 13, "sansb", BLACK, anchor="m")
    y = 28
    for lab, val in [("交易日期", ymd(P["printed"], "dash")), ("户名", P["name"]), ("账号", f"6222 **** **** {rng.randint(1000, 9999)}"),
                     ("交易类型", "转账支出"), ("金额", f"{rng.randint(300, 9000)}.00"), ("摘要", "房租")]:
        p.text(20, y, lab + "：", 10, "sans", (80, 80, 80))
        p.text(50, y, val, 10, "sans", BLACK)
        y += 9
    p.image(seal_image(bank + "电子回单专用章", "", rng=None, px=400, alpha=140), 150, 40, 185, 75)
    return "bank_slip", [p]
