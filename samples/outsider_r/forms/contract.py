"""劳动合同 / 聘用合同 / 电子劳动合同 / 劳动合同续订书."""
from ..canvas import Canvas, wrap, fit, HAND_FONTS, CJK_PDF_FONTS
from ..data import FILLER_CLAUSES
from ..elements import seal, signature, square_seal
from ..layout import A4, paragraph
from ..util import fmt_date, iso, norm, to_fullwidth, cn_small

W, H = A4
CN_NUM = "一二三四五六七八九十"


class _Ctx:
    def __init__(self, d, rng, pdf=False):
        self.d, self.rng = d, rng
        pool = CJK_PDF_FONTS if pdf else ["song", "ming", "serif", "sans", "zenhei", "microhei", "wenkai_l"]
        self.f = rng.choice(pool)
        self.tf = rng.choice(["serif_b", "sans_b", "song", "zenhei"] if not pdf else ["song", "zenhei", "wenkai_b" if False else "song"])
        self.size = rng.uniform(10.2, 12.2)
        self.hand = (not pdf) and rng.random() < 0.35
        self.hf = rng.choice(HAND_FONTS) if self.hand else self.f
        self.hc = (20, 40, 140) if self.hand else (0, 0, 0)
        self.margin = rng.uniform(62, 80)
        self.gap = rng.uniform(1.55, 1.9)
        self.emp = d["employer_display"]


def _page(ctx, no=None, total=None):
    cv = Canvas(W, H)
    if no is not None and ctx.d.get("page_numbers", True):
        style = ctx.rng.choice(["第 %d 页 共 %d 页", "- %d -", "%d / %d", "第%d页/共%d页"]) if "pn" not in ctx.__dict__ else ctx.pn
        ctx.pn = style
        s = style % ((no, total) if style.count("%d") == 2 else (no,))
        cv.text(W / 2, H - 36, s, ctx.f, 9, (60, 60, 60), anchor="m")
    return cv


def _fill(cv, ctx, x, y, label, value, width=None, field=None, logval=None, size=None):
    """label followed by an underlined blank holding the value"""
    size = size or ctx.size
    lw = cv.text(x, y, label, ctx.f, size)
    width = width or (W - ctx.margin - x - lw)
    vx = x + lw + size * 0.6
    vs = fit(value, ctx.hf, size * (1.05 if ctx.hand else 1.0), width - size) if value else size
    if value:
        cv.text(vx, y - (1.5 if ctx.hand else 0), value, ctx.hf, vs, ctx.hc, field=field, value=logval)
    cv.line(x + lw + 2, y + 3, x + lw + width, y + 3, width=0.5)
    return y + size * ctx.gap * 1.25


def _date_fill(cv, ctx, x, y, d, size=None, field=None):
    """'2024 年 3 月 1 日' with the numbers on short underlines"""
    size = size or ctx.size
    parts = [(str(d.year), "年"), (str(d.month), "月"), (str(d.day), "日")]
    first = True
    for num, unit in parts:
        wnum = max(size * 1.7, ctx.rng.uniform(1.0, 1.2) * size * len(num) * 0.62)
        cv.line(x, y + 3, x + wnum + size * 0.4, y + 3, width=0.5)
        cv.text(x + wnum / 2 + size * 0.2, y - (1 if ctx.hand else 0), num, ctx.hf, size, ctx.hc, anchor="m",
                field=field if first else None, value=iso(d) if first else None)
        first = False
        x += wnum + size * 0.6
        x += cv.text(x, y, unit, ctx.f, size) + size * 0.3
    return x


def _checkbox(cv, x, y, size, checked, ctx):
    s = size * 0.9
    cv.rect(x, y - s * 0.85, x + s, y + s * 0.15, stroke=(0, 0, 0), width=0.6)
    if checked:
        cv.text(x + s * 0.5, y - s * 0.02, "√", ctx.hf if ctx.hand else "song", size * 1.05, ctx.hc, anchor="m")
    return x + s + size * 0.4


def _filler(cv, ctx, y, start_no, limit, numbered="条"):
    n = start_no
    rng = ctx.rng
    while y < limit - ctx.size * 4:
        c = rng.choice(FILLER_CLAUSES).format(job=ctx.d.get("job", "技术"), payday=rng.randint(5, 15))
        head = ("第%s条 " % _cn(n)) if numbered == "条" else ("%s、" % _cn(n))
        y = paragraph(cv, ctx.margin, y, W - 2 * ctx.margin, head + c, ctx.f, ctx.size, gap=ctx.gap, indent=2) + ctx.size * 0.4
        n += 1
    return y, n


def _cn(n):
    return cn_small(n)


def _sign_block(cv, ctx, y, who=("甲方（盖章）", "乙方（签字）")):
    d, rng = ctx.d, ctx.rng
    m = ctx.margin
    cv.text(m, y, who[0] + "：", ctx.f, ctx.size)
    cv.text(W / 2 + 10, y, who[1] + "：", ctx.f, ctx.size)
    signature(cv, W / 2 + 10 + ctx.size * 6, y + 4, d["employee_name"], rng.choice(HAND_FONTS), ctx.size * 1.6, rng=rng)
    cv.text(m, y + ctx.size * 2.4, "法定代表人或委托代理人：", ctx.f, ctx.size)
    square_seal(cv, m + ctx.size * 12.5, y + ctx.size * 1.2, ctx.size * 2.3, d["legal_rep"][:3] + "印")
    y2 = y + ctx.size * 5
    cv.text(m, y2, "签订日期：", ctx.f, ctx.size)
    _date_fill(cv, ctx, m + ctx.size * 5.2, y2, d["signing_date"], field="signing_date")
    cv.text(W / 2 + 10, y2, "签订日期：", ctx.f, ctx.size)
    _date_fill(cv, ctx, W / 2 + 10 + ctx.size * 5.2, y2, d["signing_date"])
    seal(cv, m + rng.uniform(70, 110), y + rng.uniform(10, 30), 48, d["employer_seal"], "合同专用章" if rng.random() < 0.5 else "",
         rng=rng, code_text=d.get("uscc_short", ""))
    return y2 + ctx.size * 3


def _term_checkboxes(cv, ctx, y):
    d = ctx.d
    m = ctx.margin
    s = ctx.size
    cv.log("open_ended", bool(d["open_ended"]))
    # fixed term
    x = _checkbox(cv, m + s * 2, y, s, not d["open_ended"], ctx)
    x += cv.text(x, y, "固定期限：自", ctx.f, s) + s * 0.3
    if not d["open_ended"]:
        x = _date_fill(cv, ctx, x, y, d["start"], field="start_date")
        x += cv.text(x, y, "起至", ctx.f, s) + s * 0.3
        y2 = y
        if x > W - m - s * 9:
            y2 = y + s * ctx.gap * 1.3
            x = m + s * 4
        x = _date_fill(cv, ctx, x, y2, d["end"], field="end_date")
        cv.text(x, y2, "止。", ctx.f, s)
        y = y2
    else:
        cv.text(x, y, "____年__月__日起至____年__月__日止。", ctx.f, s)
    y += s * ctx.gap * 1.4
    x = _checkbox(cv, m + s * 2, y, s, d["open_ended"], ctx)
    x += cv.text(x, y, "无固定期限：自", ctx.f, s) + s * 0.3
    if d["open_ended"]:
        x = _date_fill(cv, ctx, x, y, d["start"], field="start_date")
        cv.text(x, y, "起。", ctx.f, s)
    else:
        cv.text(x, y, "____年__月__日起。", ctx.f, s)
    y += s * ctx.gap * 1.4
    x = _checkbox(cv, m + s * 2, y, s, False, ctx)
    cv.text(x, y, "以完成一定工作任务为期限：自____年__月__日起至工作任务完成时止。", ctx.f, s)
    y += s * ctx.gap * 1.4
    if d.get("probation_end"):
        x = cv.text(m + s * 2, y, "其中试用期自", ctx.f, s) + m + s * 2.3
        x = _date_fill(cv, ctx, x, y, d["start"])
        x += cv.text(x, y, "起至", ctx.f, s) + s * 0.3
        x = _date_fill(cv, ctx, x, y, d["probation_end"])
        cv.text(x, y, "止。", ctx.f, s)
        y += s * ctx.gap * 1.4
    return y


def shanghai_model(d, rng, pdf=False):
    ctx = _Ctx(d, rng, pdf)
    total = d.get("pages", rng.randint(4, 5))
    pages = []
    # cover
    cv = _page(ctx)
    cv.text(W / 2, 210, "劳 动 合 同", ctx.tf, 34, anchor="m", spacing=0.2)
    cv.text(W / 2, 250, "（示范文本）", ctx.f, 14, anchor="m")
    y = 420
    x = W * 0.2
    cv.text(x, y, "甲方（用人单位）：", ctx.f, 14)
    y += 40
    cv.text(x, y, "乙方（劳动者）：", ctx.f, 14)
    y += 40
    cv.text(x, y, "签订日期：", ctx.f, 14)
    cv.text(W / 2, H - 110, "上海市人力资源和社会保障局 制", ctx.f, 12, anchor="m")
    # values on the cover: the short form, not the party block
    cv.text(x + 130, y - 80, ctx.emp, ctx.hf, fit(ctx.emp, ctx.hf, 13, W * 0.8 - x - 130), ctx.hc)
    cv.line(x + 128, y - 77, W * 0.82, y - 77, width=0.5)
    cv.text(x + 118, y - 40, d["employee_name"], ctx.hf, 13, ctx.hc)
    cv.line(x + 116, y - 37, W * 0.82, y - 37, width=0.5)
    cv.text(x + 76, y, fmt_date(d["signing_date"], "cn_nz"), ctx.hf, 13, ctx.hc)
    cv.line(x + 74, y + 3, W * 0.82, y + 3, width=0.5)
    pages.append(cv)
    # party block + term
    cv = _page(ctx, 1, total - 1)
    m = ctx.margin
    y = 90
    y = _fill(cv, ctx, m, y, "甲方（用人单位）名称：", ctx.emp, field="employer", logval=d["employer"])
    y = _fill(cv, ctx, m, y, "法定代表人（主要负责人）：", d["legal_rep"], width=200)
    y = _fill(cv, ctx, m, y, "注册地址：", d["employer_address"])
    if rng.random() < 0.6:
        y = _fill(cv, ctx, m, y, "统一社会信用代码：", d["uscc"], width=220)
    y += ctx.size
    y = _fill(cv, ctx, m, y, "乙方（劳动者）姓名：", d["employee_name"], width=160, field="employee_name")
    if d.get("employee_id"):
        y = _fill(cv, ctx, m, y, "居民身份证号码：", d["employee_id"], width=240, field="employee_id_number")
    y = _fill(cv, ctx, m, y, "户籍地址：", d["employee_hukou"])
    y = _fill(cv, ctx, m, y, "现居住地址：", d["employee_address"])
    y = _fill(cv, ctx, m, y, "联系电话：", d["phone"], width=180)
    y += ctx.size
    y = paragraph(cv, m, y, W - 2 * m, "根据《中华人民共和国劳动合同法》及有关法律、法规的规定，甲乙双方遵循合法、公平、平等自愿、协商一致、诚实信用的原则，签订本合同。",
                  ctx.f, ctx.size, gap=ctx.gap)
    y += ctx.size * 0.8
    cv.text(m, y, "一、劳动合同期限", ctx.tf if not pdf else ctx.f, ctx.size * 1.05)
    y += ctx.size * ctx.gap * 1.3
    cv.text(m + ctx.size * 2, y, "甲乙双方选择以下第   种形式确定本合同期限：", ctx.f, ctx.size)
    y += ctx.size * ctx.gap * 1.3
    y = _term_checkboxes(cv, ctx, y)
    y, n = _filler(cv, ctx, y + 6, 2, H - 60, numbered="、")
    pages.append(cv)
    for p in range(2, total - 1):
        cv = _page(ctx, p, total - 1)
        y, n = _filler(cv, ctx, 80, n, H - 60, numbered="、")
        pages.append(cv)
    cv = _page(ctx, total - 1, total - 1)
    y = paragraph(cv, ctx.margin, 90, W - 2 * ctx.margin, "%s、本合同自双方签字盖章之日起生效。（以下无正文）" % _cn(n), ctx.f, ctx.size, gap=ctx.gap)
    _sign_block(cv, ctx, y + 80)
    pages.append(cv)
    return pages


def company_template(d, rng, pdf=False):
    ctx = _Ctx(d, rng, pdf)
    total = d.get("pages", rng.randint(3, 6))
    pages = []
    cv = _page(ctx, 1, total)
    m = ctx.margin
    title = rng.choice(["劳动合同书", "劳动合同", "员工劳动合同"])
    cv.text(W / 2, 80, title, ctx.tf, 22, anchor="m", spacing=0.15)
    cv.text(W - m, 104, "合同编号：%s" % d.get("contract_no", "HT2024-0317"), ctx.f, 9, (70, 70, 70), anchor="r")
    y = 120
    # parties table
    s = ctx.size
    cw = [70, W - 2 * m - 70]
    rows = [("甲方", "名称", ctx.emp, "employer", d["employer"]), ("", "法定代表人", d["legal_rep"], None, None),
            ("", "地址", d["employer_address"], None, None),
            ("乙方", "姓名", d["employee_name"], "employee_name", d["employee_name"])]
    if d.get("employee_id"):
        rows.append(("", "身份证号码", d["employee_id"], "employee_id_number", d["employee_id"]))
    rows.append(("", "住址", d["employee_address"], None, None))
    rules = rng.random() < 0.8
    x0 = m
    rh = s * 2.1
    for side, lbl, val, f, lv in rows:
        if rules:
            cv.rect(x0, y, W - m, y + rh, stroke=(0, 0, 0), width=0.5)
            cv.line(x0 + 45, y, x0 + 45, y + rh, width=0.5)
            cv.line(x0 + 130, y, x0 + 130, y + rh, width=0.5)
        if side:
            cv.text(x0 + 22, y + rh * 0.66, side, ctx.f, s, anchor="m")
        cv.text(x0 + 52, y + rh * 0.66, lbl, ctx.f, s * 0.95)
        vs = fit(val, ctx.hf, s, W - m - x0 - 140)
        cv.text(x0 + 136, y + rh * 0.66, val, ctx.hf, vs, ctx.hc, field=f, value=lv)
        y += rh
    y += s * 1.5
    y = paragraph(cv, m, y, W - 2 * m, "甲乙双方根据《中华人民共和国劳动合同法》等法律法规的规定，在平等自愿、协商一致的基础上，订立本劳动合同，共同遵守本合同所列条款。",
                  ctx.f, s, gap=ctx.gap) + s * 0.5
    cv.text(m, y, "第一条 合同期限", ctx.f, s * 1.05)
    y += s * ctx.gap * 1.2
    if d["open_ended"]:
        txt = "本合同为无固定期限劳动合同，自%s起生效。" % fmt_date(d["start"], rng.choice(["cn_nz", "cn"]))
        cv.log("open_ended", True)
        cv.log("start_date", iso(d["start"]))
    else:
        months = (d["end"].year - d["start"].year) * 12 + d["end"].month - d["start"].month
        yrs = round(months / 12)
        term = ("期限%s年，" % _cn(yrs)) if abs(months - yrs * 12) <= 1 and yrs >= 1 and rng.random() < 0.6 else ""
        sty = rng.choice(["cn_nz", "cn", "cn_sp"])
        txt = "本合同为固定期限劳动合同，%s自%s起至%s止。" % (term, fmt_date(d["start"], sty), fmt_date(d["end"], sty))
        cv.log("open_ended", False)
        cv.log("start_date", iso(d["start"]))
        cv.log("end_date", iso(d["end"]))
    if d.get("probation_end"):
        txt += "其中试用期%s个月，自%s起至%s止。" % (_cn(max(1, (d["probation_end"].month - d["start"].month) % 12 + 1)),
                                              fmt_date(d["start"], "cn_nz"), fmt_date(d["probation_end"], "cn_nz"))
    y = paragraph(cv, m, y, W - 2 * m, txt, ctx.f, s, gap=ctx.gap)
    y, n = _filler(cv, ctx, y + s * 0.5, 2, H - 60)
    pages.append(cv)
    for p in range(2, total):
        cv = _page(ctx, p, total)
        y, n = _filler(cv, ctx, 80, n, H - 60)
        pages.append(cv)
    cv = _page(ctx, total, total)
    y = paragraph(cv, m, 90, W - 2 * m, "第%s条 本合同一式两份，双方各执一份。（以下无正文，为签署页）" % _cn(n), ctx.f, s, gap=ctx.gap)
    _sign_block(cv, ctx, y + 90)
    pages.append(cv)
    return pages


def hire_contract(d, rng, pdf=False):
    """聘用合同 (事业单位)"""
    ctx = _Ctx(d, rng, pdf)
    total = d.get("pages", 3)
    pages = []
    m, s = ctx.margin, ctx.size
    cv = _page(ctx, 1, total)
    cv.text(W / 2, 86, "聘 用 合 同", ctx.tf, 24, anchor="m", spacing=0.2)
    y = 140
    y = _fill(cv, ctx, m, y, "甲方（聘用单位）：", ctx.emp, field="employer", logval=d["employer"])
    y = _fill(cv, ctx, m, y, "住所：", d["employer_address"])
    y = _fill(cv, ctx, m, y, "乙方（受聘人员）：", d["employee_name"], width=150, field="employee_name")
    if d.get("employee_id"):
        y = _fill(cv, ctx, m, y, "身份证号码：", d["employee_id"], width=240, field="employee_id_number")
    y += s
    y = paragraph(cv, m, y, W - 2 * m, "甲乙双方根据国家和本市有关规定，经平等协商，自愿签订本聘用合同。", ctx.f, s, gap=ctx.gap) + s * 0.4
    cv.text(m, y, "一、聘用合同期限", ctx.f, s * 1.05)
    y += s * ctx.gap * 1.3
    y = _term_checkboxes(cv, ctx, y)
    y, n = _filler(cv, ctx, y, 2, H - 60, numbered="、")
    pages.append(cv)
    for p in range(2, total):
        cv = _page(ctx, p, total)
        y, n = _filler(cv, ctx, 80, n, H - 60, numbered="、")
        pages.append(cv)
    cv = _page(ctx, total, total)
    y = paragraph(cv, m, 90, W - 2 * m, "%s、本合同经双方签字盖章后生效。" % _cn(n), ctx.f, s, gap=ctx.gap)
    _sign_block(cv, ctx, y + 80, who=("甲方（聘用单位盖章）", "乙方（受聘人员签字）"))
    pages.append(cv)
    return pages


def e_contract(d, rng):
    """电子劳动合同 (text PDF from an HR e-signing platform)"""
    ctx = _Ctx(d, rng, pdf=True)
    ctx.hand = False
    ctx.hf, ctx.hc = ctx.f, (0, 0, 0)
    total = d.get("pages", rng.randint(3, 4))
    pages = []
    m, s = ctx.margin, ctx.size
    cv = _page(ctx, 1, total)
    cv.text(m, 40, "合同编号：%s" % d.get("contract_no", "EC20240317001"), ctx.f, 8, (90, 90, 90))
    cv.text(W - m, 40, "电子签约平台 签署完成", ctx.f, 8, (90, 90, 90), anchor="r")
    cv.text(W / 2, 90, "劳动合同", ctx.tf, 22, anchor="m", spacing=0.2)
    y = 130
    from ..layout import Item, Style, kv_beside, kv_grid
    st = Style(label_font=ctx.f, value_font=ctx.f, size=s)
    items = [Item("甲方（用人单位）", ctx.emp, "employer", d["employer"]), Item("统一社会信用代码", d["uscc"]),
             Item("法定代表人", d["legal_rep"]), Item("乙方（劳动者）", d["employee_name"], "employee_name")]
    if d.get("employee_id"):
        items.append(Item("证件号码", d["employee_id"], "employee_id_number"))
    items.append(Item("联系地址", d["employee_address"]))
    if rng.random() < 0.5:
        y = kv_beside(cv, m, y, W - 2 * m, items, st)
    else:
        y = kv_grid(cv, m, y, W - 2 * m, items, st, pairs_per_row=1, label_frac=0.32) + s
    y += s * 0.5
    cv.text(m, y, "第一条 劳动合同期限", ctx.f, s * 1.05)
    y += s * ctx.gap * 1.2
    if d["open_ended"]:
        txt = "甲乙双方约定按下列第2种方式确定劳动合同期限：2、无固定期限，自%s起。" % fmt_date(d["start"], "cn_nz")
        cv.log("open_ended", True)
        cv.log("start_date", iso(d["start"]))
    else:
        txt = "甲乙双方约定按下列第1种方式确定劳动合同期限：1、固定期限，自%s起至%s止。" % (fmt_date(d["start"], "cn_nz"), fmt_date(d["end"], "cn_nz"))
        cv.log("open_ended", False)
        cv.log("start_date", iso(d["start"]))
        cv.log("end_date", iso(d["end"]))
    y = paragraph(cv, m, y, W - 2 * m, txt, ctx.f, s, gap=ctx.gap)
    y, n = _filler(cv, ctx, y, 2, H - 60)
    pages.append(cv)
    for p in range(2, total):
        cv = _page(ctx, p, total)
        y, n = _filler(cv, ctx, 80, n, H - 60)
        pages.append(cv)
    cv = _page(ctx, total, total)
    y = paragraph(cv, m, 90, W - 2 * m, "第%s条 本合同采用电子形式订立，甲乙双方电子签名后生效。" % _cn(n), ctx.f, s, gap=ctx.gap) + 60
    cv.text(m, y, "甲方（电子签章）：", ctx.f, s)
    cv.text(W / 2 + 10, y, "乙方（电子签名）：", ctx.f, s)
    cv.text(W / 2 + 10 + s * 8, y, d["employee_name"], "kai", s * 1.6, (20, 20, 20))
    seal(cv, m + 120, y + 10, 48, d["employer_seal"], "", rng=rng, alpha=0.9)
    y += s * 4
    cv.text(m, y, "签署时间：" + fmt_date(d["signing_date"], "iso") + " %02d:%02d:%02d" % (rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59)),
            ctx.f, s, field="signing_date", value=iso(d["signing_date"]))
    cv.text(W / 2 + 10, y, "签署时间：" + fmt_date(d["signing_date"], "iso"), ctx.f, s)
    pages.append(cv)
    return pages


def renewal(d, rng, pdf=False):
    """劳动合同续订书, one page, extending an expired (or expiring) term"""
    ctx = _Ctx(d, rng, pdf)
    m, s = ctx.margin, ctx.size
    cv = _page(ctx)
    cv.text(W / 2, 100, rng.choice(["劳动合同续订书", "续订劳动合同书", "劳动合同续签协议"]), ctx.tf, 20, anchor="m", spacing=0.1)
    y = 150
    y = _fill(cv, ctx, m, y, "甲方（用人单位）：", ctx.emp, field="employer", logval=d["employer"])
    y = _fill(cv, ctx, m, y, "乙方（劳动者）：", d["employee_name"], width=160, field="employee_name")
    if d.get("employee_id"):
        y = _fill(cv, ctx, m, y, "身份证号码：", d["employee_id"], width=240, field="employee_id_number")
    y += s
    sty = rng.choice(["cn_nz", "cn"])
    txt = ("甲乙双方于%s签订的劳动合同（期限自%s起至%s止）已于%s期满。经双方协商一致，同意续订劳动合同，续订期限自%s起至%s止。"
           % (fmt_date(d["orig_signing"], sty), fmt_date(d["orig_start"], sty), fmt_date(d["orig_end"], sty),
              fmt_date(d["orig_end"], sty), fmt_date(d["start"], sty), fmt_date(d["end"], sty)))
    cv.log("open_ended", False)
    cv.log("start_date", iso(d["start"]))
    cv.log("end_date", iso(d["end"]))
    y = paragraph(cv, m, y, W - 2 * m, txt, ctx.f, s, gap=ctx.gap) + s * 0.5
    y = paragraph(cv, m, y, W - 2 * m, "续订期间，双方的权利义务按原劳动合同的约定执行，原劳动合同约定与现行法律法规不一致的，按现行规定执行。",
                  ctx.f, s, gap=ctx.gap) + s * 0.5
    y = paragraph(cv, m, y, W - 2 * m, "本续订书一式两份，甲乙双方各执一份，与原劳动合同具有同等法律效力。", ctx.f, s, gap=ctx.gap)
    _sign_block(cv, ctx, y + 90)
    return [cv]
