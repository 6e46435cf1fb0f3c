"""Paper documents: labour contracts (the Shanghai model text, company templates, a 续订书), the tax records, the
social-insurance record, diplomas, degrees, the 学信网 备案表, and the pages that belong to no type."""
from __future__ import annotations

import random
from datetime import date

from samples.outsider_b.cards import RED, cn_date, status_bar, ymd
from samples.outsider_b.draw import Page, portrait, qr_like, text_width

RUNNING = [
    "甲方应当依法建立和完善劳动规章制度，保障乙方享有劳动权利、履行劳动义务。",
    "乙方应当遵守甲方依法制定的规章制度，严格遵守安全操作规程，服从甲方的管理，按时完成工作任务。",
    "甲方根据乙方的工作岗位需要，按照国家有关规定对乙方进行职业培训，所需费用由甲方承担。",
    "甲方安排乙方执行标准工时工作制，乙方每日工作时间不超过八小时，平均每周工作时间不超过四十小时。",
    "甲方因生产经营需要，经与工会和乙方协商后可以延长工作时间，并依法支付加班工资。",
    "乙方的工资不得低于本市最低工资标准。甲方每月以货币形式按时足额支付乙方工资，不得克扣或者无故拖欠。",
    "甲方应当按照国家和本市的规定为乙方缴纳各项社会保险费，乙方个人应缴部分由甲方从乙方工资中代扣代缴。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
    "乙方在合同期内患病或者非因工负伤的，医疗期及医疗期内的待遇按照国家和本市有关规定执行。",
    "甲乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同；乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "甲方有下列情形之一的，乙方可以解除本合同：未按照本合同约定提供劳动保护或者劳动条件的；未及时足额支付劳动报酬的。",
    "乙方有下列情形之一的，甲方可以解除本合同：在试用期间被证明不符合录用条件的；严重违反甲方规章制度的。",
    "本合同解除或者终止时，甲方应当出具解除或者终止劳动合同的证明，并在十五日内为乙方办理档案和社会保险关系转移手续。",
    "乙方应当按照双方约定，办理工作交接。应当向乙方支付经济补偿的，在办结工作交接时支付。",
    "甲方对乙方的个人信息负有保密义务，未经乙方同意不得向第三方披露，法律法规另有规定的除外。",
    "因履行本合同发生争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按照国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
]
ZH_NUM = "一二三四五六七八九十"


def _numbered(i):
    from samples.outsider_b.cards import cn_num
    return f"第{cn_num(i)}条"


def contract_model(p, c, co, rnd: random.Random, pages: int) -> list[Page]:
    """The Shanghai model text (示范文本): fill-in lines, checkboxes, running text full of 甲方/乙方."""
    fam = rnd.choice(["song", "ming", "serif"])
    fill = rnd.choice(["hand", "kai", "wenkai", "song", "hei"])
    jit = 0.3 if fill in ("hand", "kai", "wenkai") else 0.0
    size = rnd.choice([10.5, 11, 12])
    lead = rnd.choice([1.7, 1.9, 2.1])
    out = []
    # cover
    pg = Page(210, 297, hand_seed=rnd.randint(0, 9999))
    pg.text(105, 40, "上海市劳动合同", 14, fam, anchor="c")
    pg.text(105, 90, "劳 动 合 同 书", 30, "serif_bold", anchor="c", spacing=2)
    pg.text(105, 104, "（全日制）", 13, fam, anchor="c")
    for i, (lab, v) in enumerate((("甲方（用人单位）", co.name), ("乙方（劳动者）", c["employee_name"]),
                                   ("签订日期", ymd(c["signing_date"], "cn")))):
        y = 170 + i * 18
        pg.text(40, y, lab + "：", 13, fam)
        pg.line(85, y + 1.5, 180, y + 1.5, 0.3)
        pg.text(88, y - 0.5, v, 12.5 if len(v) < 16 else 11, fill, jitter=jit)
    pg.text(105, 270, "上海市人力资源和社会保障局制", 11, fam, anchor="c")
    out.append(pg)
    # parties and term
    pg = Page(210, 297, hand_seed=rnd.randint(0, 9999))
    y = 30
    lh = size * 0.353 * lead + 2
    blanks = [("甲方（用人单位）名称", co.name), ("法定代表人（主要负责人）", co.legal_rep), ("注册地址", co.address),
              ("乙方（劳动者）姓名", c["employee_name"]), ("居民身份证号码", c["employee_id_number"]),
              ("户籍地址", p.hukou_address), ("在沪居住地址", p.residence_address), ("联系电话", f"1{rnd.randint(3000000000, 9999999999)}")]
    for lab, v in blanks:
        pg.text(22, y, lab + "：", size, fam)
        x = 22 + text_width(lab + "：", size, fam) + 1
        pg.line(x, y + 1.5, 190, y + 1.5, 0.25)
        vs = size
        while text_width(v, vs, fill) > 188 - x and vs > 7:
            vs -= 0.5
        pg.text(x + 2, y - 0.4, v, vs, fill, jitter=jit)
        y += lh + 1.5
    y += 4
    y = pg.para(22, y, "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。",
                size, fam, 166, lead)
    y += 3
    pg.text(105, y + 2, "一、劳动合同期限", size + 1, "serif_bold", anchor="c")
    y += lh + 4
    s, e = c["start_date"], c.get("end_date")
    form = c["term_form"]
    if c["open_ended"]:
        boxes = ["□", "☑", "□"]
    else:
        boxes = ["☑", "□", "□"]
    pg.text(22, y, f"{_numbered(1)}  甲乙双方选择以下第      种形式确定本合同期限：", size, fam)
    pg.text(22 + text_width(f"{_numbered(1)}  甲乙双方选择以下第 ", size, fam) + 2, y - 0.4, "二" if c["open_ended"] else "一", size, fill, jitter=jit)
    y += lh
    if form == "years" and not c["open_ended"]:
        yrs = c["years"]
        line1 = f"{boxes[0]} 固定期限：期限{yrs}年，自{ymd(s, 'cn')}起至{ymd(e, 'cn')}止。"
    elif not c["open_ended"]:
        line1 = f"{boxes[0]} 固定期限：自 {s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止。"
    else:
        line1 = f"{boxes[0]} 固定期限：自    年   月   日起至    年   月   日止。"
    pg.text(30, y, line1, size, fam)
    y += lh
    line2 = (f"{boxes[1]} 无固定期限：自 {s.year} 年 {s.month} 月 {s.day} 日起至法定的解除或终止条件出现时止。" if c["open_ended"]
             else f"{boxes[1]} 无固定期限：自    年   月   日起至法定的解除或终止条件出现时止。")
    pg.text(30, y, line2, size, fam)
    y += lh
    pg.text(30, y, f"{boxes[2]} 以完成一定工作任务为期限：自    年   月   日起至工作任务完成时止。", size, fam)
    y += lh + 2
    pe = c["probation_end"]
    pg.para(22, y, f"{_numbered(2)}  本合同约定试用期，试用期自{ymd(s, 'cn')}起至{ymd(pe, 'cn')}止。试用期包含在劳动合同期限内。",
            size, fam, 166, lead)
    out.append(pg)
    # running text pages
    clauses = RUNNING[:]
    rnd.shuffle(clauses)
    k = 3
    for i in range(max(0, pages - 3)):
        pg = Page(210, 297)
        y = 28
        pg.text(105, y, ["二、工作内容和工作地点", "三、工作时间和休息休假", "四、劳动报酬", "五、社会保险和福利待遇",
                         "六、劳动保护", "七、劳动合同的变更、解除和终止"][i % 6], size + 1, "serif_bold", anchor="c")
        y += 12
        while y < 250 and clauses:
            y = pg.para(22, y, f"{_numbered(k)}  {clauses.pop()}", size, fam, 166, lead) + 3
            k += 1
        pg.text(105, 285, f"- {len(out) + 1} -", 9, fam, anchor="c")
        out.append(pg)
    # signature page
    pg = Page(210, 297, hand_seed=rnd.randint(0, 9999))
    y = 35
    for cl in RUNNING[-2:]:
        y = pg.para(22, y, f"{_numbered(k)}  {cl}", size, fam, 166, lead) + 3
        k += 1
    y += 25
    pg.text(25, y, "甲方（盖章）", size + 1, fam)
    pg.text(115, y, "乙方（签字）", size + 1, fam)
    pg.text(140, y + 14, c["employee_name"], 18, "hand", (30, 30, 80), jitter=0.6)
    pg.text(25, y + 22, "法定代表人或委托代理人（签字）：", size, fam)
    sd = c["signing_date"]
    pg.text(25, y + 44, f"{sd.year} 年 {sd.month} 月 {sd.day} 日", size, fill, jitter=jit)
    pg.text(115, y + 44, f"{sd.year} 年 {sd.month} 月 {sd.day} 日", size, fill, jitter=jit)
    pg.seal(55 + rnd.uniform(-5, 5), y + 14, 21, co.name, "合同专用章" if rnd.random() < 0.5 else "", RED)
    pg.text(105, 285, f"- {len(out) + 1} -", 9, fam, anchor="c")
    out.append(pg)
    return out


def contract_company(p, c, co, rnd: random.Random, pages: int) -> list[Page]:
    """A company's own template: party table, numbered chapters, page numbers 第X页 共Y页, a signature page."""
    fam = rnd.choice(["hei", "sans", "song", "ming"])
    size = rnd.choice([9.5, 10.5, 11])
    lead = rnd.choice([1.55, 1.75])
    out = []
    pg = Page(210, 297, hand_seed=rnd.randint(0, 9999))
    pg.text(105, 28, co.name, 12, fam, (80, 80, 80), anchor="c")
    pg.text(105, 42, rnd.choice(["劳动合同", "劳动合同书", "聘用合同"]), 20, "sans_bold", anchor="c", spacing=1.5)
    pg.text(188, 50, f"合同编号：{co.short[:1].upper() if False else 'HR'}{c['signing_date']:%Y}{rnd.randint(100, 999)}", 9, fam, anchor="r")
    rows = [("甲方", "名称", co.name), ("", "法定代表人", co.legal_rep), ("", "地址", co.address),
            ("", "统一社会信用代码", co.credit_code),
            ("乙方", "姓名", c["employee_name"]), ("", "身份证号码", c["employee_id_number"]),
            ("", "住址", p.residence_address), ("", "联系电话", f"1{rnd.randint(3000000000, 9999999999)}")]
    y = 58
    rh = 9
    for side, lab, v in rows:
        pg.rect(20, y, 40, y + rh, 0.25)
        pg.rect(40, y, 78, y + rh, 0.25)
        pg.rect(78, y, 190, y + rh, 0.25)
        if side:
            pg.text(30, y + rh * 2 - 2.5, side, size + 1, "sans_bold", anchor="c")
        pg.text(42, y + 6, lab, size - 0.5 if len(lab) > 5 else size, fam)
        vs = size
        while text_width(v, vs, fam) > 108 and vs > 7:
            vs -= 0.5
        pg.text(80, y + 6, v, vs, fam)
        y += rh
    y += 8
    s, e = c["start_date"], c.get("end_date")
    term_clauses = []
    if c["open_ended"]:
        term_clauses.append(f"1.1 本合同为无固定期限劳动合同，自{ymd(s, 'cn0')}起生效。")
    elif c["term_form"] == "years":
        term_clauses.append(f"1.1 本合同期限为{['', '一', '两', '三', '四', '五'][c['years']]}年，自{ymd(s, 'cn0')}起至{ymd(e, 'cn0')}止。")
    else:
        term_clauses.append(f"1.1 本合同为固定期限劳动合同，合同期限自{ymd(s, 'iso')}起至{ymd(e, 'iso')}止。")
    term_clauses.append(f"1.2 试用期自{ymd(s, 'cn0')}至{ymd(c['probation_end'], 'cn0')}，试用期工资为每月人民币{rnd.randint(6, 20) * 1000}元。")
    term_clauses.append("1.3 乙方的工作地点为上海市，甲方因经营需要可在与乙方协商一致后调整乙方的工作地点。")
    pg.text(20, y, "第一章  合同期限", size + 1.5, "sans_bold")
    y += 9
    for t in term_clauses:
        y = pg.para(20, y, t, size, fam, 170, lead, indent=False) + 2
    out.append(pg)
    clauses = RUNNING[:]
    rnd.shuffle(clauses)
    chap = 2
    for i in range(max(0, pages - 2)):
        pg = Page(210, 297)
        y = 25
        while y < 255 and clauses:
            if rnd.random() < 0.3 or y == 25:
                pg.text(20, y, f"第{__import__('samples.outsider_b.cards', fromlist=['cn_num']).cn_num(chap)}章  {['工作内容', '工作时间', '劳动报酬', '社会保险', '保密', '合同解除', '争议处理', '其他'][chap % 8]}", size + 1.5, "sans_bold")
                y += 9
                chap += 1
            y = pg.para(20, y, f"{chap - 1}.{rnd.randint(1, 6)} {clauses.pop()}", size, fam, 170, lead, indent=False) + 2
        out.append(pg)
    pg = Page(210, 297, hand_seed=rnd.randint(0, 9999))
    pg.text(20, 30, "（以下无正文，为签署页）", size, fam)
    pg.text(25, 70, "甲方（盖章）：", size + 1, fam)
    pg.text(25, 90, "授权代表：", size + 1, fam)
    pg.text(115, 70, "乙方（签字）：", size + 1, fam)
    pg.text(145, 72, c["employee_name"], 17, "hand", (30, 30, 90), jitter=0.6)
    sd = c["signing_date"]
    pg.text(25, 110, f"日期：{ymd(sd, 'cn0')}", size, fam)
    pg.text(115, 110, f"日期：{ymd(sd, 'cn0')}", size, fam)
    pg.seal(60, 80, 21, co.name, "", RED)
    out.append(pg)
    total = len(out)
    for i, pg in enumerate(out):
        pg.text(105, 287, f"第 {i + 1} 页 共 {total} 页", 9, fam, (90, 90, 90), anchor="c")
    return out


def contract_renewal(p, c, prev, co, rnd: random.Random) -> Page:
    fam = rnd.choice(["song", "ming", "hei"])
    fill = rnd.choice(["hand", "kai", "song"])
    jit = 0.3 if fill != "song" else 0
    pg = Page(210, 297, hand_seed=rnd.randint(0, 9999))
    pg.text(105, 40, "劳动合同续订书", 22, "serif_bold", anchor="c", spacing=1.5)
    y = 65
    for lab, v in (("甲方（用人单位）", co.name), ("乙方（劳动者）", c["employee_name"]), ("乙方身份证号码", c["employee_id_number"])):
        pg.text(25, y, lab + "：", 12, fam)
        x = 25 + text_width(lab + "：", 12, fam)
        pg.line(x, y + 1.5, 188, y + 1.5, 0.25)
        pg.text(x + 2, y - 0.3, v, 12, fill, jitter=jit)
        y += 13
    y += 5
    y = pg.para(25, y, f"甲乙双方于{ymd(prev['start_date'], 'cn')}签订的劳动合同，将于{ymd(prev['end_date'], 'cn')}期满。"
                       f"经双方协商一致，同意续订劳动合同。", 12, fam, 160, 1.9)
    s, e = c["start_date"], c["end_date"]
    y = pg.para(25, y + 3, f"续订合同期限为 ☑ 固定期限：自 {s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止；"
                           f"□ 无固定期限。", 12, fam, 160, 1.9)
    y = pg.para(25, y + 3, "续订后，原劳动合同中的其他条款继续有效。本续订书一式两份，甲乙双方各执一份。", 12, fam, 160, 1.9)
    sd = c["signing_date"]
    pg.text(30, 200, "甲方（盖章）", 12, fam)
    pg.text(120, 200, "乙方（签字）", 12, fam)
    pg.text(145, 214, c["employee_name"], 17, "hand", (30, 30, 90), jitter=0.6)
    pg.text(30, 232, f"{sd.year} 年 {sd.month} 月 {sd.day} 日", 12, fill, jitter=jit)
    pg.text(120, 232, f"{sd.year} 年 {sd.month} 月 {sd.day} 日", 12, fill, jitter=jit)
    pg.seal(60, 212, 21, co.name, "", RED)
    return pg


# -- 个人所得税 ------------------------------------------------------------------------------------------------------

def _period_text(month: str, style: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    import calendar
    last = calendar.monthrange(y, m)[1]
    if style == "dash":
        return f"{y}-{m:02d}-01至{y}-{m:02d}-{last}"
    if style == "dot":
        return f"{y}.{m:02d}.01-{y}.{m:02d}.{last}"
    return f"{y}年{m:02d}月"


def tax_national(p, tax, rnd: random.Random) -> list[Page]:
    """中华人民共和国个人所得税纳税记录 (text-layer PDF, or printed and captured)."""
    fam = rnd.choice(["song", "hei", "ming"])
    agent_style = rnd.choice(["plain", "code_before", "code_after", "plain_label2"])
    pstyle = rnd.choice(["dash", "dash", "dot"])
    ruled = rnd.random() < 0.6
    rows = tax["printed_rows"]
    per_page = rnd.choice([9, 11, 13])
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    out = []
    cols = [("申报日期", 20), ("实缴(退)金额", 20), ("入(退)库日期", 20), ("所得项目", 22), ("税款所属期", 27),
            ("入库税务机关", 30), ("备注", 41)]
    for pi, chunk in enumerate(chunks):
        pg = Page(210, 297)
        if pi == 0:
            pg.text(105, 22, "中华人民共和国", 13, "serif_bold", anchor="c")
            pg.text(105, 31, "个人所得税纳税记录", 17, "serif_bold", anchor="c")
            pg.text(105, 38, "（原《税收完税证明》）", 9.5, fam, anchor="c")
            pg.text(188, 46, f"No. {rnd.randint(10**17, 10**18 - 1)}", 8.5, fam, anchor="r")
            pg.text(14, 54, f"纳税人名称：{tax['name']}", 9.5, fam)
            pg.text(105, 54, f"纳税人识别号：{tax['id_number']}", 9.5, fam)
            pg.text(14, 61, f"记录期间：{tax['from']:%Y年%m月}-{tax['to']:%Y年%m月}", 9.5, fam)
            pg.text(105, 61, f"开具日期：{ymd(tax['issue_date'], 'cn0')}", 9.5, fam)
            pg.text(14, 69, "金额单位：人民币元（列至角分）", 8.5, fam)
            y = 73
        else:
            y = 18
        x = 12
        xs = []
        for name, w in cols:
            xs.append((x, w))
            x += w
        hh = 9
        if ruled:
            pg.rect(12, y, x, y + hh, 0.25, fill=(235, 235, 235))
        for (cx, w), (name, _) in zip(xs, cols):
            pg.text(cx + w / 2, y + 6, name, 7.5, fam, anchor="c")
            if ruled:
                pg.line(cx, y, cx, y + hh, 0.25)
        y += hh
        for r in chunk:
            agent = r["agent"]
            if agent_style == "code_before":
                note = f"扣缴义务人：{r['agent_code']} {agent}"
            elif agent_style == "code_after":
                note = f"扣缴义务人：{agent}（纳税人识别号：{r['agent_code']}）"
            elif agent_style == "plain_label2":
                note = f"扣缴义务人名称：{agent}"
            else:
                note = f"扣缴义务人：{agent}"
            note_lines = pg.wrap(note, 6.8, fam, cols[6][1] - 2)
            office_lines = pg.wrap(r["office"], 6.8, fam, cols[5][1] - 2)
            rh = max(9, 3.4 * max(len(note_lines), len(office_lines)) + 4)
            cells = [r["declared"].isoformat(), f"{r['amount']:.2f}", r["paid"].isoformat(), r["item"],
                     _period_text(r["period"], pstyle), None, None]
            for i, ((cx, w), v) in enumerate(zip(xs, cells)):
                if v is not None:
                    vl = pg.wrap(v, 7, fam, w - 2)
                    yy = y + rh / 2 + 1.2 - (len(vl) - 1) * 1.7
                    for ln in vl:
                        pg.text(cx + w / 2 if i != 1 else cx + w - 2, yy, ln, 7, fam, anchor="c" if i != 1 else "r")
                        yy += 3.4
            for (cx, w), lines in ((xs[5], office_lines), (xs[6], note_lines)):
                yy = y + rh / 2 + 1.2 - (len(lines) - 1) * 1.7
                for ln in lines:
                    pg.text(cx + 1, yy, ln, 6.8, fam)
                    yy += 3.4
            if ruled:
                pg.rect(12, y, x, y + rh, 0.2)
                for cx, w in xs[1:]:
                    pg.line(cx, y, cx, y + rh, 0.2)
            else:
                pg.line(12, y + rh, x, y + rh, 0.1, (200, 200, 200))
            y += rh
        if pi == len(chunks) - 1:
            total = sum(r["amount"] for r in rows)
            pg.text(14, y + 8, f"合计(小写)：{total:.2f}", 8.5, fam)
            pg.para(14, y + 18, "说明：1. 本记录涉及纳税人敏感信息，请妥善保管。2. 本记录仅反映您在记录期间内已申报并缴纳入库的税款信息，"
                                 "不包括未申报、未缴纳或尚在处理中的信息。3. 您可以通过个人所得税App或自然人电子税务局扫描或输入查询验证码对本记录进行验证。",
                    7.5, fam, 182, 1.7, indent=False)
            pg.text(14, 272, f"查询验证码：{tax['verify_code']}", 9, fam)
            pg.image(160, 250, 190, 280, qr_like(25, rnd.randint(0, 999), 5))
            pg.seal(120, 262, 17, "国家税务总局上海市税务局", "", RED, alpha=0.6)
        pg.text(105, 290, f"第{pi + 1}页/共{len(chunks)}页", 8, fam, anchor="c")
        out.append(pg)
    return out


def tax_app(p, tax, rnd: random.Random) -> list[Page]:
    """收入纳税明细 in the 个人所得税 App: screenshots listing months with 所得项目, 扣缴义务人, 收入额, 已申报税额."""
    from samples.outsider_b.cards import _wrap_right
    rows = sorted(tax["printed_rows"], key=lambda r: r["period"], reverse=True)
    out = []
    fs = rnd.choice([11, 11.5, 12])
    i = 0
    while i < len(rows):
        pg = Page(108, 234, bg=(245, 245, 247))
        status_bar(pg, rnd)
        pg.text(54, 19, "收入纳税明细查询", 15, "sans_bold", anchor="c")
        pg.text(5, 19, "〈", 15, "sans")
        if not out:
            pg.rect(0, 24, 108, 50, 0, fill=(255, 255, 255))
            pg.text(6, 33, f"{tax['name']}  收入合计(元)", 10, "sans", (120, 120, 120))
            pg.text(6, 44, f"{sum(r['income'] for r in rows):,.2f}", 17, "sans_bold", (30, 30, 30))
            pg.text(102, 33, "已申报税额合计(元)", 10, "sans", (120, 120, 120), anchor="r")
            pg.text(102, 44, f"{sum(r['amount'] for r in rows):,.2f}", 17, "sans_bold", (30, 30, 30), anchor="r")
            y = 55
        else:
            y = 28
        while i < len(rows):
            r = rows[i]
            two = text_width(r["agent"], fs, "sans") > 56
            h = 36 + (5.5 if two else 0)
            if y + h > 230:
                break
            pg.rect(4, y, 104, y + h, 0, fill=(255, 255, 255))
            pg.text(8, y + 8, r["item"], fs + 1, "sans_bold")
            pg.text(100, y + 8, f"{r['period'][:4]}-{r['period'][5:7]}", fs, "sans", (120, 120, 120), anchor="r")
            pg.text(8, y + 16, "扣缴义务人", fs - 0.5, "sans", (140, 140, 140))
            yy = _wrap_right(pg, 100, y + 16, r["agent"], fs, "sans", 56, (40, 40, 40), 5.5)
            pg.text(8, yy + 1, "收入额", fs - 0.5, "sans", (140, 140, 140))
            pg.text(100, yy + 1, f"{r['income']:.2f}", fs, "sans", (40, 40, 40), anchor="r")
            pg.text(8, yy + 8, "已申报税额", fs - 0.5, "sans", (140, 140, 140))
            pg.text(100, yy + 8, f"{r['amount']:.2f}", fs, "sans", (40, 40, 40), anchor="r")
            y += h + 4
            i += 1
        out.append(pg)
    return out


def tax_old(p, tax, rnd: random.Random) -> list[Page]:
    """The older 税收完税证明 (文书式), rows with 税款所属时期 and the payer in 备注."""
    fam = rnd.choice(["song", "ming"])
    pg = Page(210, 297)
    pg.text(105, 28, "中华人民共和国", 13, "serif_bold", anchor="c")
    pg.text(105, 38, "税 收 完 税 证 明", 18, "serif_bold", anchor="c", spacing=1)
    pg.text(14, 50, f"填发日期：{ymd(tax['issue_date'], 'cn')}", 9.5, fam)
    pg.text(120, 50, "税务机关：国家税务总局上海市税务局", 9.5, fam)
    pg.rect(12, 55, 198, 67, 0.3)
    pg.text(14, 63, f"纳税人识别号  {tax['id_number']}", 9, fam)
    pg.text(120, 63, f"纳税人名称  {tax['name']}", 9, fam)
    cols = [("原凭证号", 28), ("税种", 18), ("品目名称", 26), ("税款所属时期", 40), ("入(退)库日期", 24), ("实缴(退)金额", 22), ("备注", 28)]
    y = 67
    x = 12
    for name, w in cols:
        pg.rect(x, y, x + w, y + 9, 0.3)
        pg.text(x + w / 2, y + 6, name, 7.5, fam, anchor="c")
        x += w
    y += 9
    for r in tax["printed_rows"]:
        note = pg.wrap(f"扣缴义务人:{r['agent']}", 6.2, fam, 26)
        rh = max(8, len(note) * 3.1 + 3)
        cells = [f"3{rnd.randint(10**13, 10**14 - 1)}", "个人所得税", r["item"], _period_text(r["period"], "dash").replace("至", "-"),
                 r["paid"].isoformat(), f"{r['amount']:.2f}"]
        x = 12
        for (name, w), v in zip(cols, cells + [None]):
            pg.rect(x, y, x + w, y + rh, 0.2)
            if v is not None:
                fs = 6.5 if len(v) > 14 else 7
                pg.text(x + w / 2, y + rh / 2 + 1.2, v, fs, fam, anchor="c")
            else:
                yy = y + rh / 2 + 1.1 - (len(note) - 1) * 1.55
                for ln in note:
                    pg.text(x + 1, yy, ln, 6.2, fam)
                    yy += 3.1
            x += w
        y += rh
    total = sum(r["amount"] for r in tax["printed_rows"])
    pg.text(14, y + 8, f"金额合计（大写）  ￥{total:.2f}", 9, fam)
    pg.text(14, 262, "妥善保管  手写无效", 9, fam)
    pg.seal(160, 255, 18, "国家税务总局上海市税务局", "征税专用章", RED)
    return [pg]


# -- 社保 ------------------------------------------------------------------------------------------------------------

def si_record(p, si, rnd: random.Random) -> list[Page]:
    """上海市社会保险个人缴费情况 / 个人权益记录: months, payer, base, amounts per insurance, status."""
    fam = rnd.choice(["song", "hei", "ming"])
    variant = si["variant"]  # status | note | section
    month_lab = rnd.choice(["缴费年月", "费款所属期"])
    unit_lab = rnd.choice(["单位名称", "缴费单位"])
    ruled = rnd.random() < 0.7
    rows = si["printed_rows"]
    if variant == "section":
        regular = [r for r in rows if not r["back"]]
        back = [r for r in rows if r["back"]]
    else:
        regular, back = rows, []
    cols = [(month_lab, 24), (unit_lab, 58), ("缴费基数", 20), ("养老(个人)", 18), ("医疗(个人)", 18),
            ("失业(个人)", 16), ("缴费类型" if variant == "status" else "备注", 18)]
    per = rnd.choice([16, 20, 24])
    items = [("row", r) for r in regular]
    if back:
        items.append(("head", "补缴记录"))
        items += [("row", r) for r in back]
    chunks = [items[i:i + per] for i in range(0, len(items), per)]
    out = []
    for pi, chunk in enumerate(chunks):
        pg = Page(210, 297)
        y = 20
        if pi == 0:
            pg.text(105, 24, rnd.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）", "城镇职工基本养老保险缴费情况"]),
                    14, "serif_bold", anchor="c")
            pg.text(14, 36, f"姓名：{si['name']}", 9.5, fam)
            pg.text(70, 36, f"{rnd.choice(['证件号码', '公民身份号码', '社会保障号码'])}：{si['id_number']}", 9.5, fam)
            pg.text(14, 43, f"查询期间：{si['from']}至{si['to']}", 9.5, fam)
            pg.text(196, 43, f"打印日期：{si['printed']:%Y-%m-%d}", 9, fam, anchor="r")
            y = 48
        x = 12
        xs = []
        for name, w in cols:
            xs.append((x, w))
            x += w
        if ruled:
            pg.rect(12, y, x, y + 8, 0.25, fill=(230, 236, 242))
        for (cx, w), (name, _) in zip(xs, cols):
            pg.text(cx + w / 2, y + 5.5, name, 7.2, fam, anchor="c")
        y += 8
        for kind, r in chunk:
            if kind == "head":
                pg.text(14, y + 6, r, 9, "sans_bold" if fam == "hei" else "serif_bold")
                y += 9
                continue
            rh = 7.5
            if r["month_to"] and r["month_to"] != r["month"]:
                mtxt = f"{r['month']}至{r['month_to']}"
            else:
                mtxt = r["month"].replace("-", "") if si["compact"] else r["month"]
            status = ("补缴" if r["back"] else "正常") if variant == "status" else ("补缴" if r["back"] and variant == "note" else "")
            b = r["base"]
            cells = [mtxt, r["employer"], f"{b:.2f}", f"{b * 0.08:.2f}", f"{b * 0.02:.2f}", f"{b * 0.005:.2f}", status]
            for i, ((cx, w), v) in enumerate(zip(xs, cells)):
                fs = 7 if i != 1 else (6.6 if text_width(v, 7, fam) < w - 2 else 5.6)
                lines = [v] if text_width(v, fs, fam) < w - 1 else pg.wrap(v, fs, fam, w - 1.5)
                yy = y + rh / 2 + 1.1 - (len(lines) - 1) * 1.5
                for ln in lines:
                    pg.text(cx + w / 2 if i != 1 else cx + 1, yy, ln, fs, fam, anchor="c" if i != 1 else "l")
                    yy += 3
            if ruled:
                pg.rect(12, y, x, y + rh, 0.2)
                for cx, w in xs[1:]:
                    pg.line(cx, y, cx, y + rh, 0.2)
            y += rh
        if pi == len(chunks) - 1:
            pg.text(14, y + 8, "注：单位缴费部分不在本表列示。本表信息仅供参考。", 8, fam, (90, 90, 90))
            pg.seal(160, y + 25, 18, "上海市社会保险事业管理中心", "业务专用章", RED, alpha=0.6)
        pg.text(105, 290, f"{pi + 1}/{len(chunks)}", 8, fam, anchor="c")
        out.append(pg)
    return out


# -- 学历 ------------------------------------------------------------------------------------------------------------

def diploma(p, edu, rnd: random.Random) -> Page:
    kind = edu["kind"]  # full | adult | self | online
    fam = rnd.choice(["song", "ming", "kai", "serif"])
    pg = Page(260, 185, bg=(252, 250, 244))
    pg.rect(6, 6, 254, 179, 1.2, (170, 40, 40))
    pg.rect(9, 9, 251, 176, 0.3, (170, 40, 40))
    title = {"full": "普通高等学校\n毕 业 证 书", "adult": "成人高等教育\n毕 业 证 书", "self": "高等教育自学考试\n毕 业 证 书",
             "online": "网络教育\n毕 业 证 书"}[kind]
    t1, t2 = title.split("\n")
    pg.text(170, 30, t1, 12, fam, (170, 40, 40), anchor="c")
    pg.text(170, 45, t2, 22, "serif_bold", (170, 40, 40), anchor="c", spacing=1)
    pg.image(22, 30, 62, 83, portrait(200, 265, rnd.randint(0, 999), bg=(90, 140, 200), male=p.male))
    s, g = edu["start"], edu["graduation_date"]
    years = {"本科": "四", "专科": "三", "硕士研究生": "三"}[edu["level"]]
    form = {"full": "", "adult": rnd.choice(["业余", "函授"]), "online": "网络教育", "self": ""}[kind]
    level_word = {"本科": "本科", "专科": "专科", "硕士研究生": "硕士研究生"}[edu["level"]]
    if kind == "self":
        body = (f"{edu['name']}，{'男' if p.male else '女'}，{p.birth.year}年{p.birth.month}月生，参加高等教育自学考试"
                f"{edu['major']}专业（{level_word}）考试，全部课程成绩合格，思想品德鉴定合格，准予毕业。")
    else:
        body = (f"学生{edu['name']}，性别{'男' if p.male else '女'}，{p.birth.year}年{p.birth.month}月生，于{s.year}年{s.month}月至"
                f"{g.year}年{g.month}月在本校{edu['major']}专业{form}{years}年制{level_word}学习，修完教学计划规定的全部课程，"
                f"成绩合格，准予毕业。")
    pg.para(80, 66, body, 12.5, fam, 158, 2.1)
    school = edu["school"] if kind != "self" else "上海市高等教育自学考试委员会"
    pg.text(30, 112, f"校（院）长：", 11, fam) if kind != "self" else pg.text(30, 112, "主任委员：", 11, fam)
    pg.text(58, 113, p.name[0] == "王" and "李建华" or "王立新", 14, "hand", (30, 30, 30), jitter=0.4)
    pg.text(190, 130, school, 13, fam, anchor="c")
    gd = cn_date(g) if rnd.random() < 0.75 else ymd(g, "cn")
    pg.text(190, 142, gd, 12, fam, anchor="c")
    pg.text(22, 165, f"证书编号：{edu['number']}", 10, fam)
    if kind == "self":
        pg.text(150, 165, f"主考学校：{edu['school']}", 10, fam)
    pg.seal(190, 128, 19, school, "", RED)
    return pg


def degree(p, edu, rnd: random.Random) -> Page:
    fam = rnd.choice(["song", "ming", "serif"])
    pg = Page(185, 260, bg=(250, 248, 240))
    pg.rect(6, 6, 179, 254, 1.0, (120, 100, 40))
    word = {"学士": "学士学位证书", "硕士": "硕士学位证书"}[edu["degree_level"]]
    pg.text(92.5, 40, word, 22, "serif_bold", (150, 30, 30), anchor="c", spacing=1)
    pg.image(70, 55, 115, 115, portrait(220, 290, rnd.randint(0, 999), bg=(90, 140, 200), male=p.male))
    g = edu["graduation_date"]
    body = (f"{edu['name']}，{'男' if p.male else '女'}，{p.birth.year}年{p.birth.month}月{p.birth.day}日生。在{edu['school']}"
            f"{edu['major']}专业完成了{'本科' if edu['degree_level'] == '学士' else '硕士研究生'}学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
            f"授予{edu['discipline']}{edu['degree_level']}学位。")
    pg.para(22, 135, body, 12, fam, 141, 2.1)
    pg.text(120, 205, f"{edu['school']}", 12, fam, anchor="c")
    pg.text(120, 214, "学位评定委员会主席", 11, fam, anchor="c")
    pg.text(150, 226, cn_date(g) if rnd.random() < 0.6 else ymd(g, "cn"), 11, fam, anchor="r")
    pg.text(22, 245, f"证书编号：{edu['degree_number']}", 9.5, fam)
    pg.seal(120, 212, 18, edu["school"], "", RED)
    return pg


def xuexin(p, edu, rnd: random.Random) -> Page:
    """教育部学历证书电子注册备案表 (学信网), a text PDF with a table and a QR-like square."""
    fam = rnd.choice(["hei", "song"])
    pg = Page(210, 297)
    pg.rect(0, 0, 210, 14, 0, fill=(0, 102, 170))
    pg.text(14, 10, "中国高等教育学生信息网（学信网）", 9, "sans_bold", (255, 255, 255))
    pg.text(105, 32, "教育部学历证书电子注册备案表", 17, "sans_bold", anchor="c")
    pg.text(188, 42, f"更新日期：{edu['xx_date']:%Y年%m月%d日}", 8.5, fam, anchor="r")
    pg.image(150, 50, 185, 96, portrait(200, 260, rnd.randint(0, 99), bg=(70, 130, 200), male=p.male))
    rows = [("姓名", edu["name"]), ("性别", "男" if p.male else "女"), ("证件号码", p.id_number), ("民族", p.ethnicity + "族"),
            ("出生日期", ymd(p.birth, "cn0")), ("学校名称", edu["school"]), ("层次", edu["level"]), ("专业", edu["major"]),
            ("学制", {"本科": "4 年", "专科": "3 年", "硕士研究生": "3 年"}[edu["level"]]),
            ("学历类别", {"full": "普通高等教育", "adult": "成人高等教育", "self": "高等教育自学考试", "online": "网络教育"}[edu["kind"]]),
            ("学习形式", {"full": "普通全日制", "adult": "业余", "self": "—", "online": "网络教育"}[edu["kind"]]),
            ("入学日期", ymd(edu["start"], "cn0")), ("毕(结)业日期", ymd(edu["graduation_date"], "cn0")),
            ("毕(结)业", "毕业"), ("证书编号", edu["number"]), ("校(院)长姓名", "王立新")]
    y = 52
    for lab, v in rows:
        pg.rect(20, y, 50, y + 8.5, 0.2, (180, 180, 180), fill=(242, 246, 250))
        pg.rect(50, y, 140, y + 8.5, 0.2, (180, 180, 180))
        pg.text(35, y + 6, lab, 8.5, fam, (80, 80, 80), anchor="c")
        pg.text(53, y + 6, v, 9, fam)
        y += 8.5
    pg.image(150, 180, 185, 215, qr_like(29, rnd.randint(0, 9999), 5))
    pg.text(167.5, 222, "扫码验证", 8, fam, anchor="c")
    pg.text(20, 200, f"在线验证码：{edu['xx_code']}", 10, fam)
    pg.para(20, 212, "说明：本表仅对学历证书的电子注册信息进行备案，在线验证有效期内可登录学信网输入在线验证码查询。", 8.5, fam, 120, 1.7,
            indent=False)
    return pg


# -- not documents of the packet -------------------------------------------------------------------------------------

def receipt(rnd: random.Random) -> Page:
    pg = Page(80, 170, bg=(250, 250, 246))
    fam = rnd.choice(["mono", "hei"])
    shop = rnd.choice(["全家便利店", "联华超市", "罗森便利", "盒马鲜生"])
    pg.text(40, 12, shop, 11, "sans_bold", anchor="c")
    pg.text(40, 19, f"门店：上海{rnd.choice(['张江', '七宝', '徐家汇', '五角场'])}店", 6.5, fam, anchor="c")
    y = 28
    total = 0
    for _ in range(rnd.randint(4, 8)):
        item = rnd.choice(["矿泉水550ml", "饭团 金枪鱼", "关东煮", "酸奶", "面包", "咖啡 拿铁", "薯片", "口香糖", "纸巾"])
        pr = rnd.randint(3, 25) + rnd.choice([0, 0.5, 0.9])
        total += pr
        pg.text(5, y, item, 7, fam)
        pg.text(75, y, f"{pr:.2f}", 7, fam, anchor="r")
        y += 5.5
    pg.line(5, y, 75, y, 0.2)
    pg.text(5, y + 6, "合计", 8, fam)
    pg.text(75, y + 6, f"{total:.2f}", 8, fam, anchor="r")
    pg.text(5, y + 13, f"支付方式：{rnd.choice(['微信支付', '支付宝', '银联'])}", 7, fam)
    pg.text(5, y + 20, f"{rnd.randint(2025, 2026)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d} {rnd.randint(8, 22):02d}:{rnd.randint(0, 59):02d}", 7, fam)
    pg.text(40, y + 32, "谢谢惠顾 欢迎再次光临", 7, fam, anchor="c")
    return pg


def rental(p, rnd: random.Random) -> Page:
    fam = rnd.choice(["song", "ming"])
    pg = Page(210, 297)
    pg.text(105, 30, "上海市住房租赁合同", 18, "serif_bold", anchor="c")
    y = 50
    for lab, v in (("出租人（甲方）", rnd.choice(["陶", "钱", "沈"]) + "某某"), ("承租人（乙方）", p.name),
                   ("房屋坐落", p.residence_address)):
        pg.text(25, y, f"{lab}：{v}", 11, fam)
        y += 10
    for t in ["甲方将上述房屋出租给乙方居住使用，租赁期限自签订之日起壹年。", "月租金为人民币" + str(rnd.randint(30, 90) * 100) + "元，按月支付，押一付三。",
              "乙方应当爱护房屋及附属设施，不得擅自改变房屋结构和用途。", "甲方应保证房屋及其附属设施处于正常可使用和安全的状态。",
              "租赁期满，乙方需继续承租的，应提前一个月书面通知甲方。"]:
        y = pg.para(25, y + 3, t, 11, fam, 160, 1.8)
    return pg


def bank_slip(p, rnd: random.Random) -> Page:
    fam = rnd.choice(["hei", "song"])
    pg = Page(210, 99)
    bank = rnd.choice(["中国工商银行", "招商银行", "中国建设银行", "交通银行"])
    pg.text(105, 14, f"{bank}  业务回单", 13, "sans_bold", anchor="c")
    rows = [("日期", f"2026-{rnd.randint(1, 9):02d}-{rnd.randint(1, 28):02d}"), ("付款人", p.name),
            ("付款账号", f"6222 **** **** {rnd.randint(1000, 9999)}"), ("收款人", "上海某某物业管理有限公司"),
            ("金额", f"人民币 {rnd.randint(200, 6000)}.00 元"), ("用途", rnd.choice(["房租", "物业费", "转账"]))]
    y = 26
    for lab, v in rows:
        pg.rect(15, y, 45, y + 9, 0.2)
        pg.rect(45, y, 195, y + 9, 0.2)
        pg.text(30, y + 6, lab, 9, fam, anchor="c")
        pg.text(48, y + 6, v, 9, fam)
        y += 9
    pg.seal(170, 60, 14, bank + "电子回单专用章", "", RED)
    return pg
