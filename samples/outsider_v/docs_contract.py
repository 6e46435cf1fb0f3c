"""劳动合同: the Shanghai model text, company templates, 聘用合同, 续订书."""
from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from .draw import Page, stamp, BLACK
from . import fmt

CLAUSES = [
    ("工作内容和工作地点", ["乙方同意根据甲方工作需要，担任{job}岗位工作。", "乙方的工作地点为上海市{dist}，甲方因生产经营需要调整乙方工作地点的，应当与乙方协商一致。",
                    "乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。"]),
    ("工作时间和休息休假", ["甲方安排乙方执行标准工时制度，乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。",
                    "甲方由于生产经营需要经与乙方协商后可以延长工作时间，并依法支付加班工资。",
                    "乙方依法享有法定节假日、年休假、婚假、产假、丧假等假期。"]),
    ("劳动报酬", ["甲方每月{pay}日前以货币形式支付乙方工资，月工资为人民币{wage}元。",
              "甲方根据企业的经营状况和依法制定的工资分配办法调整乙方工资，乙方在六十日内未提出异议的视为同意。",
              "甲方安排乙方延长工作时间或者在休息日、法定节假日工作的，应依法安排乙方补休或支付相应报酬。"]),
    ("社会保险和福利待遇", ["甲乙双方应按国家和本市社会保险的有关规定缴纳职工养老、医疗、失业、工伤、生育等社会保险费用。",
                    "甲方应当自用工之日起三十日内为乙方办理社会保险登记，乙方应缴纳的部分由甲方代扣代缴。",
                    "乙方患病或非因工负伤，甲方应按国家和本市的有关规定给予乙方享受医疗期和医疗期待遇。"]),
    ("劳动保护、劳动条件和职业危害防护", ["甲方根据生产岗位的需要，按照国家有关劳动安全、卫生的规定为乙方配备必要的安全防护措施，发放必要的劳动保护用品。",
                              "甲方根据国家有关法律、法规，建立安全生产制度；乙方应当严格遵守甲方的劳动安全制度。"]),
    ("劳动合同的变更、解除和终止", ["经甲乙双方协商一致，可以变更本合同的相关内容，变更应当采用书面形式。",
                         "乙方提前三十日以书面形式通知甲方，可以解除本合同；乙方在试用期内提前三日通知甲方，可以解除本合同。",
                         "甲方有下列情形之一的，乙方可以解除本合同：未按照本合同约定提供劳动保护或者劳动条件的；未及时足额支付劳动报酬的。",
                         "本合同期满或者法律规定的终止情形出现，本合同即行终止；甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。"]),
    ("双方约定的其他事项", ["乙方应当保守甲方的商业秘密，具体事项由双方另行约定。", "甲方出资对乙方进行专业技术培训的，双方可以另行订立协议，约定服务期。"]),
    ("劳动争议处理", ["甲乙双方因本合同发生争议的，可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。",
                "当事人一方也可以直接向劳动争议仲裁委员会申请仲裁。"]),
    ("其他", ["本合同未尽事宜，按国家和本市有关规定执行。", "本合同一式两份，甲乙双方各执一份，经甲乙双方签字（盖章）后生效。"]),
]
CN_NO = "一二三四五六七八九十"


def _para(pg, x, y, w, text, spec, size, lh=1.85, indent=2):
    lines = pg.wrap("　" * indent + text, spec, size, w)
    for i, t in enumerate(lines):
        pg.text(x, y + i * size * lh, t, spec, size, BLACK)
    return y + len(lines) * size * lh


def _fill(pg, x, y, label, value, spec, size, line_w, rng, hand=False, ink=BLACK, vspec=None):
    """label then an underline with the value written on it."""
    pg.text(x, y, label, spec, size, BLACK)
    lx = x + pg.measure(label, spec, size) + 1
    pg.line(lx, y + 1.2, lx + line_w, y + 1.2, 0.2)
    if value:
        if hand:
            pg.hand(lx + 2, y, value, vspec or spec, size * 1.05, rng, ink=ink, max_w=line_w - 3)
        else:
            pg.text(lx + 2, y, value, vspec or spec, size, ink, max_w=line_w - 3)
    return lx + line_w


def _date_fill(pg, x, y, d, spec, size, rng, hand, ink, prefix="", suffix=""):
    """自 ____ 年 __ 月 __ 日 with the numbers on the lines."""
    cx = x
    if prefix:
        pg.text(cx, y, prefix, spec, size, BLACK)
        cx += pg.measure(prefix, spec, size) + 1
    parts = [(d.year if d else None, 14, "年"), (d.month if d else None, 8, "月"), (d.day if d else None, 8, "日")]
    for v, w, unit in parts:
        pg.line(cx, y + 1.2, cx + w, y + 1.2, 0.2)
        if v is not None:
            if hand:
                pg.hand(cx + w / 2, y, str(v), spec, size * 1.05, rng, ink=ink, anchor="ms")
            else:
                pg.text(cx + w / 2, y, str(v), spec, size, ink, anchor="ms")
        cx += w + 0.8
        pg.text(cx, y, unit, spec, size, BLACK)
        cx += pg.measure(unit, spec, size) + 0.8
    if suffix:
        pg.text(cx, y, suffix, spec, size, BLACK)
        cx += pg.measure(suffix, spec, size)
    return cx


def _d(s):
    return dt.date.fromisoformat(s) if s else None


def _clause_pages(pages, st, rng, start_no, dpi, header, page_no, body_size, first_y=30, clauses=None,
                  numbering="cn", repl=None):
    """Continue clauses over new pages; returns list of Page."""
    out = []
    spec = st["song"]
    k = start_no
    pg = None
    y = 0
    clauses = CLAUSES[:] if clauses is None else clauses
    for title, paras in clauses:
        if pg is None or y > 240:
            pg = Page(210, 297, dpi=dpi)
            header(pg)
            out.append(pg)
            y = first_y
        no = CN_NO[k] if k < 10 else "十" + CN_NO[k - 10]
        head = f"{no}、{title}" if numbering == "cn" else f"第{no}条  {title}"
        pg.text(25, y, head, st["hei_bold"], body_size * 1.05, BLACK)
        y += body_size * 2.2
        for p in paras:
            p = p.format(job=rng.choice(["软件开发", "销售", "行政", "财务", "项目管理", "技术支持"]),
                         dist=rng.choice(["浦东新区", "徐汇区", "闵行区", "静安区"]), pay=rng.choice([10, 15, 20]),
                         wage=rng.choice([8500, 12000, 15600, 9800, 21000]))
            for a, b in (repl or {}).items():
                p = p.replace(a, b)
            y = _para(pg, 25, y, 160, p, spec, body_size)
            y += body_size * 0.6
            if y > 262:
                pg = Page(210, 297, dpi=dpi)
                header(pg)
                out.append(pg)
                y = first_y
        k += 1
    return out


def render(doc, st, rng, dpi=200, facts=None):
    lay = doc["layout"]
    if lay in ("sh_model", "sh_model_years"):
        pages = _sh_model(doc, st, rng, dpi, facts)
    elif lay == "renewal_book":
        pages = [_renewal(doc, st, rng, dpi, facts)]
    else:
        pages = _company(doc, st, rng, dpi, facts, hire=lay == "hire_contract")
    return pages


def _sign_block(pg, y, doc, st, rng, facts, labels):
    f, raw = doc["fields"], doc["raw"]
    spec = st["song"]
    size = 4.0
    sign = _d(f["signing_date"])
    pg.text(25, y, labels[0], spec, size, BLACK)
    pg.text(115, y, labels[1], spec, size, BLACK)
    pg.text(25, y + 14, "法定代表人或委托代理人（签字）：", spec, size * 0.9, BLACK)
    pg.hand(40, y + 24, facts["legal_rep"], st["hand"], 5, rng, ink=(20, 20, 30))
    pg.hand(140, y + 9, f["employee_name"] if rng.random() < 0.85 else f["employee_name"], st["hand"], 6.0, rng,
            ink=(20, 25, 80))
    ink = (20, 25, 80)
    hand_dates = rng.random() < 0.5
    _date_fill(pg, 25, y + 40, sign, spec, size, rng, hand_dates, ink)
    _date_fill(pg, 115, y + 40, sign, spec, size, rng, hand_dates, ink)
    stamp(pg, 55 + rng.uniform(-6, 6), y + 14 + rng.uniform(-4, 6), 40, raw["employer"], "合同专用章" if rng.random() < 0.5 else "",
          st["song"], rng, alpha=0.82)


def _sh_model(doc, st, rng, dpi, facts):
    f, raw = doc["fields"], doc["raw"]
    spec = st["song"]
    hand = rng.random() < 0.45
    ink = (20, 25, 80) if hand else BLACK
    vspec = st["hand"] if hand else spec
    pages = []
    # cover
    pg = Page(210, 297, dpi=dpi)
    pg.text(105, 70, "劳 动 合 同", st["song_bold"], 13, BLACK, anchor="ms")
    pg.text(105, 86, "（示范文本）", spec, 5.5, BLACK, anchor="ms")
    _fill(pg, 40, 140, "甲方（用人单位）：", raw["employer"], spec, 5, 95, rng, hand, ink, vspec)
    _fill(pg, 40, 158, "乙方（劳动者）：", f["employee_name"], spec, 5, 100, rng, hand, ink, vspec)
    _date_fill(pg, 40, 176, _d(f["signing_date"]), spec, 5, rng, hand, ink, prefix="签订日期：")
    pg.text(105, 262, "上海市人力资源和社会保障局制", spec, 4.2, BLACK, anchor="ms")
    pages.append(pg)
    # parties + term
    pg = Page(210, 297, dpi=dpi)
    size = 4.0
    y = 30
    y = _fill(pg, 25, y, "甲方（用人单位）名称：", raw["employer"], spec, size, 105, rng, hand, ink, vspec) and y
    y += 10
    _fill(pg, 25, y, "统一社会信用代码：", raw["uscc"], spec, size, 80, rng, False, BLACK, st["mono"])
    y += 10
    _fill(pg, 25, y, "法定代表人（主要负责人）：", facts["legal_rep"], spec, size, 50, rng, hand, ink, vspec)
    y += 10
    _fill(pg, 25, y, "住所：", facts["company_addr"], spec, size, 140, rng, hand, ink, vspec)
    y += 16
    _fill(pg, 25, y, "乙方（劳动者）姓名：", f["employee_name"], spec, size, 40, rng, hand, ink, vspec)
    _fill(pg, 115, y, "性别：", facts["sex"], spec, size, 20, rng, hand, ink, vspec)
    y += 10
    _fill(pg, 25, y, "居民身份证号码：", f["employee_id_number"], spec, size, 90, rng, False, ink,
          st["ocrb"] if not hand else spec)
    y += 10
    _fill(pg, 25, y, "户籍地址：", facts["hk_addr_print"], spec, size, 135, rng, hand, ink, vspec)
    y += 10
    _fill(pg, 25, y, "居住地址：", facts["res_addr"], spec, size, 135, rng, hand, ink, vspec)
    y += 10
    _fill(pg, 25, y, "联系电话：", facts["phone"], spec, size, 60, rng, hand, ink, vspec)
    y += 14
    y = _para(pg, 25, y, 160, "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》等法律法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。",
              spec, size)
    y += 6
    pg.text(25, y, "一、劳动合同期限", st["hei_bold"], size * 1.05, BLACK)
    y += 10
    s, e = _d(f["start_date"]), _d(f["end_date"])
    oe = f["open_ended"]
    if doc["layout"] == "sh_model_years" and not oe:
        yrs = raw.get("years", 3)
        words = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八"}.get(yrs, str(yrs))
        pg.text(29, y, f"本合同期限为{words}年，", spec, size, BLACK)
        x = 29 + pg.measure(f"本合同期限为{words}年，", spec, size)
        x = _date_fill(pg, x, y, s, spec, size, rng, hand, ink, prefix="自", suffix="起")
        y += 10
        _date_fill(pg, 29, y, e, spec, size, rng, hand, ink, prefix="至", suffix="止。")
        y += 10
    else:
        pg.checkbox(29, y, 3.6, not oe)
        pg.text(35, y, "固定期限：", spec, size, BLACK)
        x = _date_fill(pg, 56, y, s if not oe else None, spec, size, rng, hand, ink, prefix="自", suffix="起至")
        y += 9
        _date_fill(pg, 56, y, e if not oe else None, spec, size, rng, hand, ink, suffix="止。")
        y += 10
        pg.checkbox(29, y, 3.6, oe)
        pg.text(35, y, "无固定期限：", spec, size, BLACK)
        _date_fill(pg, 60, y, s if oe else None, spec, size, rng, hand, ink, prefix="自", suffix="起。")
        y += 10
        pg.checkbox(29, y, 3.6, False)
        pg.text(35, y, "以完成一定工作任务为期限：自____年__月__日起至工作任务完成时止。", spec, size, BLACK, max_w=150)
        y += 10
    # probation
    if s and rng.random() < 0.8:
        pe = s + relativedelta(months=rng.choice([2, 3, 6])) - dt.timedelta(days=1)
        x = _date_fill(pg, 29, y, s, spec, size, rng, hand, ink, prefix="其中试用期自", suffix="起至")
        y += 9
        _date_fill(pg, 29, y, pe, spec, size, rng, hand, ink, suffix="止。")
    elif s is None:
        pg.text(29, y, "其中试用期自____年__月__日起至____年__月__日止。", spec, size, BLACK)
    pages.append(pg)

    def header(p):
        p.text(105, 16, "劳动合同（示范文本）", spec, 3.2, (90, 90, 90), anchor="ms")

    pages += _clause_pages(pages, st, rng, 1, dpi, header, None, 3.9)
    # signature page
    pg = Page(210, 297, dpi=dpi)
    header(pg)
    y = _para(pg, 25, 35, 160, "本合同双方已认真阅读并理解本合同全部条款，自愿签订本合同。", spec, 4.0)
    _sign_block(pg, 70, doc, st, rng, facts, ("甲方（盖章）：", "乙方（签字）："))
    pages.append(pg)
    for i, p in enumerate(pages[1:], 2):
        p.text(105, 285, f"— {i} —", spec, 3.2, BLACK, anchor="ms")
    return [p.img for p in pages]


def _company(doc, st, rng, dpi, facts, hire=False):
    f, raw = doc["fields"], doc["raw"]
    spec = st["song"] if rng.random() < 0.7 else st["hei"]
    size = 3.9
    title = "聘用合同" if hire else rng.choice(["劳动合同书", "劳动合同", "员工劳动合同"])
    A = "甲方（聘用单位）" if hire else "甲方"
    B = "乙方（受聘人员）" if hire else "乙方"
    pages = []

    def header(p):
        p.text(25, 14, raw["employer"], spec, 3.0, (100, 100, 100))
        p.text(185, 14, f"合同编号：{facts['contract_no']}", spec, 3.0, (100, 100, 100), anchor="rs")
        p.line(25, 16.5, 185, 16.5, 0.2, (150, 150, 150))

    pg = Page(210, 297, dpi=dpi)
    header(pg)
    pg.text(105, 40, title, st["song_bold"] if spec == st["song"] else st["hei_bold"], 9, BLACK, anchor="ms", track=2)
    y = 58
    pg.text(25, y, A, st["hei_bold"], 4.3, BLACK)
    y += 4
    rows_a = [("名称", raw["employer"]), ("统一社会信用代码", raw["uscc"]), ("法定代表人", facts["legal_rep"]),
              ("地址", facts["company_addr"])]
    rows_b = [("姓名", f["employee_name"]), ("性别", facts["sex"]), ("身份证号码", f["employee_id_number"]),
              ("住址", facts["res_addr"]), ("联系电话", facts["phone"])]
    wide = rng.random() < 0.5
    for rows in (rows_a, None, rows_b):
        if rows is None:
            y += 6
            pg.text(25, y, B, st["hei_bold"], 4.3, BLACK)
            y += 4
            continue
        for l, v in rows:
            h = 11 if l in ("地址", "住址") else 9
            lw = 38 if wide else 30
            pg.rect(25, y, 185, y + h, 0.3)
            pg.line(25 + lw, y, 25 + lw, y + h, 0.3)
            pg.cell((25, y, 25 + lw, y + h), l, spec, 3.6, align="c" if wide else "l")
            pg.cell((25 + lw, y, 185, y + h), v, st["ocrb"] if l in ("身份证号码",) and rng.random() < 0.3 else spec,
                    3.8, max_lines=2)
            y += h
    y += 8
    y = _para(pg, 25, y, 160, f"根据《中华人民共和国劳动合同法》及有关规定，{A[:2]}、{B[:2]}双方遵循合法、公平、平等自愿、协商一致、诚实信用的原则，签订本合同。",
              spec, size)
    pages.append(pg)
    # page 2: the term (dropped from the packet when the term page is missing)
    pg = Page(210, 297, dpi=dpi)
    header(pg)
    y = 32
    pg.text(25, y, "第一条  " + ("聘用期限" if hire else "合同期限"), st["hei_bold"], size * 1.05, BLACK)
    y += 9
    s, e = _d(f["start_date"]), _d(f["end_date"])
    if doc["opts"].get("term_page_missing"):
        s = _d(raw["true_start"])
        e = _d(raw["true_end"])
    if f["open_ended"]:
        txt = f"本合同为无固定期限劳动合同，自{fmt.date(s, 'cn')}起履行。"
    else:
        style = rng.choice(["cn", "cns", "cn0"])
        txt = (f"本合同为固定期限劳动合同，期限自{fmt.date(s, style)}起至{fmt.date(e, style)}止。")
    y = _para(pg, 25, y, 160, txt, spec, size)
    if s and rng.random() < 0.85:
        pe = s + relativedelta(months=rng.choice([1, 2, 3, 6])) - dt.timedelta(days=1)
        y = _para(pg, 25, y + 2, 160, f"其中试用期自{fmt.date(s, 'cn')}起至{fmt.date(pe, 'cn')}止。试用期包含在合同期限内。",
                  spec, size)
    y += 8
    k = 2
    for title_c, paras in CLAUSES[:3]:
        pg.text(25, y, f"第{CN_NO[k - 1]}条  {title_c}", st["hei_bold"], size * 1.05, BLACK)
        y += 9
        for p in paras:
            p = p.format(job=rng.choice(["软件开发", "销售", "行政", "财务", "运营"]), dist=rng.choice(["浦东新区", "闵行区"]),
                         pay=rng.choice([10, 15]), wage=rng.choice([9000, 13500, 18000]))
            y = _para(pg, 25, y, 160, p.replace("甲方", A[:2]).replace("乙方", B[:2]), spec, size) + 2
        y += 4
        k += 1
        if y > 250:
            break
    pages.append(pg)
    n_extra = rng.choice([1, 1, 2, 3])
    more = _clause_pages(pages, st, rng, k - 1, dpi, header, None, size, clauses=CLAUSES[k - 2:],
                         numbering="di", repl={"甲方": A[:2], "乙方": B[:2]})
    pages += more[:n_extra]
    pg = Page(210, 297, dpi=dpi)
    header(pg)
    y = _para(pg, 25, 35, 160, "（以下无正文，为签署页）", spec, 4.0, indent=0)
    _sign_block(pg, 70, doc, st, rng, facts, (A + "（盖章）：", B + "（签字）："))
    pages.append(pg)
    n = len(pages)
    for i, p in enumerate(pages, 1):
        p.text(105, 285, f"第 {i} 页 共 {n} 页", spec, 3.2, BLACK, anchor="ms")
    return [p.img for p in pages]


def _renewal(doc, st, rng, dpi, facts):
    f, raw = doc["fields"], doc["raw"]
    spec = st["song"]
    size = 4.2
    pg = Page(210, 297, dpi=dpi)
    pg.text(105, 40, "劳动合同续订书", st["song_bold"], 8, BLACK, anchor="ms", track=1.5)
    y = 62
    _fill(pg, 25, y, "甲方（用人单位）：", raw["employer"], spec, size, 110, rng)
    y += 12
    _fill(pg, 25, y, "乙方（劳动者）：", f["employee_name"], spec, size, 40, rng)
    _fill(pg, 110, y, "身份证号码：", f["employee_id_number"], spec, size, 52, rng, vspec=st["mono"])
    y += 16
    s = _d(f["start_date"])
    prev_start = s - relativedelta(years=3)
    prev_end = s - dt.timedelta(days=1)
    y = _para(pg, 25, y, 160, f"甲乙双方于{fmt.date(prev_start, 'cn')}签订的劳动合同，将于{fmt.date(prev_end, 'cn')}期满。经甲乙双方协商一致，同意续订劳动合同，续订内容如下：",
              spec, size)
    y += 6
    oe = f["open_ended"]
    pg.checkbox(29, y, 3.8, not oe)
    pg.text(35, y, "固定期限：", spec, size, BLACK)
    _date_fill(pg, 58, y, None if oe else s, spec, size, rng, False, BLACK, prefix="自", suffix="起至")
    y += 10
    _date_fill(pg, 58, y, None if oe else _d(f["end_date"]), spec, size, rng, False, BLACK, suffix="止。")
    y += 11
    pg.checkbox(29, y, 3.8, oe)
    pg.text(35, y, "无固定期限：", spec, size, BLACK)
    _date_fill(pg, 62, y, s if oe else None, spec, size, rng, False, BLACK, prefix="自", suffix="起。")
    y += 12
    y = _para(pg, 25, y, 160, "原劳动合同其他条款不变，继续履行。本续订书一式两份，甲乙双方各执一份。", spec, size)
    _sign_block(pg, y + 20, doc, st, rng, facts, ("甲方（盖章）：", "乙方（签字）："))
    return pg.img
