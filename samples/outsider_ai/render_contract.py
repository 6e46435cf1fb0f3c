"""劳动合同 in its forms: the Shanghai model text (fill-in lines, checkboxes),
company templates (party table), 劳务派遣 contracts, and the one-page
劳动合同续订书.  Returns page images plus where the term is printed."""
import datetime as dt

from .draw import Sheet
from . import clauses as C
from . import people as P
from . import seal


class Flow:
    """Pages of running text with headings; y is the next baseline (mm)."""

    def __init__(self, dpi, rng, font, size, leading, margin):
        self.dpi, self.rng, self.font, self.size, self.leading = dpi, rng, font, size, leading
        self.m = margin
        self.pages = []
        self.new_page()

    def new_page(self):
        self.sh = Sheet(210, 297, self.dpi)
        self.pages.append(self.sh)
        self.y = self.m + 8
        return self.sh

    def room(self, h):
        if self.y + h > 297 - self.m - 6:
            self.new_page()

    def heading(self, text, size=None):
        size = size or self.size + 1
        self.room(size * 0.35 * 3)
        self.y += size * 0.2
        self.sh.text(105, self.y, text, "hei_bold" if self.font != "uming" else "song_bold", size, anchor="ms")
        self.y += size * 0.353 * 2.0

    def para(self, text, indent=2):
        w = 210 - 2 * self.m
        lines = self.sh.wrap(text, self.font, self.size, w, indent * self.size * 0.353)
        step = self.size * 0.353 * self.leading
        for k, ln in enumerate(lines):
            self.room(step)
            self.sh.text(self.m + (indent * self.size * 0.353 if k == 0 else 0), self.y, ln, self.font, self.size)
            self.y += step
        self.y += step * 0.15


def _date_parts(d):
    return ("%d" % d.year, "%d" % d.month, "%d" % d.day) if d else ("", "", "")


def inline(sh, x, y, segs, font, size, rng, hand, fill_font, ink):
    """segs: str (printed text) or (value, width_mm) (a blank with value)."""
    for sgm in segs:
        if isinstance(sgm, str):
            x = sh.text(x, y, sgm, font, size)[2] + 0.6
        else:
            val, w = sgm
            sh.line(x, y + 1.0, x + w, y + 1.0, 0.2)
            if val:
                if hand:
                    sh.hand(x + w / 2, y - 0.3, val, rng, fill_font, size * 1.1, ink, anchor="ms", spacing=0.2)
                else:
                    sh.text(x + w / 2, y, val, fill_font, size, anchor="ms")
            x += w + 0.6
    return x


def _style(rng, hand):
    font = rng.choice(["song", "song", "uming", "gbsn", "hei"])
    fill_font = rng.choice(["ukai", "gkai", "wenkai"]) if hand else rng.choice(
        [f for f in ("hei", "song", "mhei", "wenkai_mono") if f != font])
    ink = rng.choice([(25, 40, 120), (20, 20, 30), (30, 30, 90)])
    return font, fill_font, ink


def _clause_pages(flow, r, rng, first_article, target_pages, dispatch=False):
    n = first_article
    fmt = dict(job=r["job"], district=P.SH_DISTRICTS[rng.randrange(len(P.SH_DISTRICTS))][0],
               payday=rng.choice([10, 15, 20]), salary=r["salary"], prob_salary=int(r["salary"] * 0.8))
    secs = list(C.SECTIONS)
    if dispatch:
        secs.insert(1, ("劳务派遣", C.DISPATCH_EXTRA))
    k = 1
    rounds = 0
    while True:
        for title, paras in secs:
            k += 1
            flow.heading("%s、%s" % (C.section_title(k - 1), title) if rounds == 0 else "附件%d：%s细则" % (rounds, title),
                         flow.size + 0.5)
            for p in paras:
                flow.para("%s %s" % (C.article(n), p.format(**fmt)))
                n += 1
            if len(flow.pages) >= target_pages and flow.y > 150:
                return
        rounds += 1
        if len(flow.pages) >= target_pages or rounds > 3:
            return


def _signature_block(flow, r, rng, font, fill_font, ink, hand, employer_display, rep, employee):
    flow.para("（以下无正文）", indent=0)
    sh = flow.sh
    if flow.y > 297 - flow.m - 85 or len(flow.pages) < min(3, r["pages"]):
        sh = flow.new_page()
        flow.y = flow.m + 20
    y = flow.y + 12
    sh.text(flow.m, y, "甲方（盖章）：", font, flow.size + 1)
    sh.text(112, y, "乙方（签字）：", font, flow.size + 1)
    sg = seal.signature(employee, rng, flow.dpi / 25.4, 9)
    sh.paste_ink(sg, 163, y - 2)
    sh.text(flow.m, y + 22, "法定代表人或委托代理人（签字或盖章）：", font, flow.size - 0.5)
    rep_sig = seal.signature(rep, rng, flow.dpi / 25.4, 8)
    sh.paste_ink(rep_sig, flow.m + 30, y + 32)
    sign = r["sign"]
    for x0 in (flow.m, 112):
        inline(sh, x0, y + 50, ["签订日期：", (str(sign.year), 14), "年", (str(sign.month), 8), "月",
                                (str(sign.day), 8), "日"], font, flow.size, rng, hand, fill_font, ink)
    st = seal.round_seal(employer_display, rng, flow.dpi / 25.4, rng.choice([40, 42]),
                         bottom=rng.choice(["合同专用章", "人事专用章", ""]),
                         code="".join(str(rng.randint(0, 9)) for _ in range(13)) if rng.random() < 0.5 else "")
    sh.paste_ink(st, flow.m + rng.uniform(25, 45), y + rng.uniform(8, 30))
    flow.y = y + 60


def _page_numbers(pages, rng, font):
    style = rng.choice(["共", "dash", "plain"])
    n = len(pages)
    for k, sh in enumerate(pages):
        t = {"共": "第 %d 页 共 %d 页" % (k + 1, n), "dash": "- %d -" % (k + 1), "plain": "%d/%d" % (k + 1, n)}[style]
        sh.text(105, 285, t, font, 9, (60, 60, 60), "ms")


def _frac_box(x0, y0, x1, y1):
    return (x0 / 210.0, y0 / 297.0, x1 / 210.0, y1 / 297.0)


# ------------------------------------------------------------ model text
def model_text(doc, rng, dpi, who):
    f, r = doc["fields"], doc["render"]
    hand = r["hand"]
    font, fill_font, ink = _style(rng, hand)
    emp = r["employer"]
    size = rng.choice([10.5, 11, 11.5])
    flow = Flow(dpi, rng, font, size, rng.choice([1.7, 1.85, 2.0]), 25)
    sh = flow.sh
    # cover
    inline(sh, 130, 30, ["编号：", (r["number"], 40)], font, 10.5, rng, False, fill_font, ink)
    sh.text(105, 95, "劳 动 合 同", "song_bold", 30, anchor="ms", spacing=3)
    sh.text(105, 112, "（示范文本）", font, 14, anchor="ms")
    inline(sh, 40, 175, ["甲方（用人单位）：", (emp["display"], 95)], font, 13, rng, hand, fill_font, ink)
    inline(sh, 40, 192, ["乙方（劳动者）：", (f["employee_name"], 99)], font, 13, rng, hand, fill_font, ink)
    sd = r["sign"]
    inline(sh, 40, 209, ["签订日期：", (str(sd.year), 22), "年", (str(sd.month), 12), "月", (str(sd.day), 12), "日"],
           font, 13, rng, hand, fill_font, ink)
    sh.text(105, 262, "上海市人力资源和社会保障局 制", font, 12, anchor="ms")
    # parties and term
    sh = flow.new_page()
    m, y, L = 25, 36, size * 0.353 * 2.1
    inline(sh, m, y, ["甲方（用人单位）名称：", (emp["display"], 105)], font, size, rng, hand, fill_font, ink)
    y += L
    inline(sh, m, y, ["法定代表人（主要负责人）或委托代理人：", (emp["rep"], 45)], font, size, rng, hand, fill_font, ink)
    y += L
    inline(sh, m, y, ["注册地址：", (emp["addr"], 120)], font, size, rng, hand, fill_font, ink)
    y += L * 1.3
    inline(sh, m, y, ["乙方（劳动者）姓名：", (f["employee_name"], 40), "性别：", (who["sex"], 14)], font, size, rng, hand, fill_font, ink)
    y += L
    inline(sh, m, y, ["居民身份证号码：", (f["employee_id_number"], 70)], font, size, rng, hand, fill_font, ink)
    y += L
    inline(sh, m, y, ["户籍地址：", (who["hukou"], 125)], font, size * (0.92 if len(who["hukou"]) > 24 else 1), rng, hand, fill_font, ink)
    y += L
    inline(sh, m, y, ["现居住地址：", (who["sh_addr"], 120)], font, size, rng, hand, fill_font, ink)
    y += L * 1.3
    flow.y = y
    flow.para("根据《中华人民共和国劳动合同法》等法律法规的规定，甲乙双方遵循合法、公平、平等自愿、协商一致、诚实信用的原则，订立本合同。")
    flow.heading("一、劳动合同期限", size + 0.5)
    y = flow.y
    s, e = r["start"], r["end"]
    opt = 2 if f.get("open_ended") else 1
    sh.text(m, y, "第一条 甲、乙双方选择以下第", font, size)
    inline(sh, m + sh.width("第一条 甲、乙双方选择以下第", font, size) + 0.6, y,
           [("一" if opt == 1 else "二", 9), "种形式确定本合同期限："], font, size, rng, hand, fill_font, ink)
    y += L
    sy, sm, sdd = _date_parts(s)
    ey, em, ed = _date_parts(e)
    box_y0 = y - 5
    sh.checkbox(m + 4, y, opt == 1, size + 1, font)
    if r["duration_only"] and opt == 1:
        inline(sh, m + 10, y, ["（一）固定期限：期限", (["", "一", "两", "三", "四", "五"][r["years"]], 10), "年，自",
                               (sy, 13), "年", (sm, 8), "月", (sdd, 8), "日起。"], font, size, rng, hand, fill_font, ink)
    else:
        inline(sh, m + 10, y, ["（一）固定期限：自", (sy if opt == 1 else "", 13), "年", (sm if opt == 1 else "", 8), "月",
                               (sdd if opt == 1 else "", 8), "日起至", (ey if opt == 1 else "", 13), "年",
                               (em if opt == 1 else "", 8), "月", (ed if opt == 1 else "", 8), "日止。"],
               font, size, rng, hand, fill_font, ink)
    box_y1 = y + 2
    y += L
    sh.checkbox(m + 4, y, opt == 2, size + 1, font)
    inline(sh, m + 10, y, ["（二）无固定期限：自", (sy if opt == 2 else "", 13), "年", (sm if opt == 2 else "", 8), "月",
                           (sdd if opt == 2 else "", 8), "日起。"], font, size, rng, hand, fill_font, ink)
    if opt == 2:
        box_y0, box_y1 = y - 5, y + 2
    y += L
    sh.checkbox(m + 4, y, False, size + 1, font)
    inline(sh, m + 10, y, ["（三）以完成一定工作任务为期限：自", ("", 10), "年", ("", 6), "月", ("", 6), "日起至",
                           ("", 14), "工作任务完成时止。"], font, size * 0.9, rng, hand, fill_font, ink)
    y += L
    py, pm, pd = _date_parts(s)
    qy, qm, qd = _date_parts(r["prob_end"])
    inline(sh, m, y, ["第二条 本合同约定试用期，试用期自", (py, 13), "年", (pm, 8), "月", (pd, 8), "日起至",
                      (qy, 13), "年", (qm, 8), "月", (qd, 8), "日止。"], font, size * 0.97, rng, hand, fill_font, ink)
    y += L
    flow.y = y + 2
    term = (1, _frac_box(m, box_y0, 190, box_y1))
    _clause_pages(flow, r, rng, 3, max(3, r["pages"] - 1), dispatch=False)
    _signature_block(flow, r, rng, font, fill_font, ink, hand, emp["display"], emp["rep"], f["employee_name"])
    _page_numbers(flow.pages, rng, font)
    return [p.img for p in flow.pages], term


# -------------------------------------------------------- company template
def company_template(doc, rng, dpi, who, dispatch=False):
    f, r = doc["fields"], doc["render"]
    hand = False
    font, fill_font, ink = _style(rng, hand)
    fill_font = font
    emp = r["employer"]
    size = rng.choice([10.5, 11, 12])
    flow = Flow(dpi, rng, font, size, rng.choice([1.6, 1.75, 1.9]), rng.choice([22, 25]))
    sh = flow.sh
    m = flow.m
    # letterhead
    sh.d.ellipse([sh.fpx(m), sh.fpx(14), sh.fpx(m + 12), sh.fpx(26)], fill=(30, 80, 150))
    sh.text(m + 6, 22.3, emp.get("brand") or emp["display"][2], "hei_bold", 14, (255, 255, 255), "ms")
    sh.text(m + 15, 22, emp["display"], "hei_bold", 11, (30, 80, 150))
    sh.line(m, 29, 210 - m, 29, 0.5, (30, 80, 150))
    title = "劳务派遣劳动合同" if dispatch else rng.choice(["劳动合同书", "劳动合同", "劳 动 合 同 书"])
    sh.text(105, 45, title, "song_bold", 20, anchor="ms", spacing=1)
    sh.text(210 - m, 54, "合同编号：" + r["number"], font, 10, anchor="rs")
    y = 60
    W = 210 - 2 * m
    rows = [("甲方" if not dispatch else "甲方（劳务派遣单位）", [("名称", emp["display"]), ("法定代表人", emp["rep"]),
                                                           ("地址", emp["addr"])]),
            ("乙方" if not dispatch else "乙方（被派遣劳动者）", [("姓名", f["employee_name"]),
                                                          ("身份证号码", f["employee_id_number"]),
                                                          ("住址", who["sh_addr"]), ("联系电话", who["phone"])])]
    rh = 9.5
    for party, items in rows:
        g = sh.grid(m, y, [24 if not dispatch else 34, 28, W - (52 if not dispatch else 62)], [rh] * len(items), 0.3)
        # merge the party cell
        sh.rect(g[0][0][0] + 0.3, g[0][0][1] + 0.3, g[-1][0][2] - 0.3, g[-1][0][3] - 0.3, outline=None, fill=(255, 255, 255))
        sh.cell_text((g[0][0][0], g[0][0][1], g[-1][0][2], g[-1][0][3]), party, "hei" if font != "hei" else "song",
                     size, align="m")
        for k, (lab, val) in enumerate(items):
            sh.cell_text(g[k][1], lab, font, size - 0.5, align="m")
            sh.cell_text(g[k][2], val, fill_font, size)
        y += rh * len(items) + 3
    flow.y = y + 6
    flow.para("甲乙双方根据《中华人民共和国劳动合同法》及有关法律、法规的规定，在平等自愿、协商一致的基础上，"
              "同意订立本劳动合同，共同遵守本合同所列条款。")
    flow.heading(rng.choice(["第一条 合同期限", "一、合同期限"]), size + 0.5)
    s, e = r["start"], r["end"]
    yrs_word = ["", "一", "二", "三", "四", "五"][r["years"]] if r["years"] else None
    dstyle = rng.choice(["cn", "cn0"])
    if f.get("open_ended"):
        t = "1.1 本合同为无固定期限劳动合同，自%s起生效。" % P.cn_date(s, dstyle)
    elif yrs_word and rng.random() < 0.7:
        t = "1.1 本合同为固定期限劳动合同，期限%s年，自%s起至%s止。" % (yrs_word, P.cn_date(s, dstyle), P.cn_date(e, dstyle))
    else:
        t = "1.1 本合同为固定期限劳动合同，合同期限自%s起至%s止。" % (P.cn_date(s, dstyle), P.cn_date(e, dstyle))
    page_idx = len(flow.pages) - 1
    y0 = flow.y - size * 0.353 * 1.1
    flow.para(t, indent=0)
    y1 = flow.y - size * 0.353 * flow.leading * 0.5
    if len(flow.pages) - 1 != page_idx:          # the clause slipped to a new page
        page_idx, y0, y1 = len(flow.pages) - 1, flow.m + 2, flow.y
    term = (page_idx, _frac_box(m, y0, 210 - m, y1))
    pe = r["prob_end"]
    flow.para("1.2 试用期自%s起至%s止。试用期包含在合同期限内。" % (P.cn_date(s, dstyle), P.cn_date(pe, dstyle)), indent=0)
    if dispatch and r.get("client"):
        flow.para("1.3 甲方将乙方派遣至%s（以下简称用工单位）从事%s工作，派遣期限自%s起至%s止。"
                  % (r["client"]["display"], r["job"], P.cn_date(s, dstyle), P.cn_date(e, dstyle)), indent=0)
    _clause_pages(flow, r, rng, 2, max(2, r["pages"] - 1), dispatch=dispatch)
    _signature_block(flow, r, rng, font, fill_font, ink, hand, emp["display"], emp["rep"], f["employee_name"])
    _page_numbers(flow.pages, rng, font)
    return [p.img for p in flow.pages], term


# ---------------------------------------------------------------- 续订书
def renewal(doc, rng, dpi, who):
    f, r = doc["fields"], doc["render"]
    hand = r["hand"]
    font, fill_font, ink = _style(rng, hand)
    emp = r["employer"]
    sh = Sheet(210, 297, dpi)
    m = 25
    sh.text(105, 40, "劳动合同续订书", "song_bold", 20, anchor="ms", spacing=1.5)
    size = 12
    y = 62
    inline(sh, m, y, ["甲方（用人单位）：", (emp["display"], 110)], font, size, rng, hand, fill_font, ink)
    y += 11
    inline(sh, m, y, ["乙方（劳动者）：", (f["employee_name"], 40), "身份证号码：", (f["employee_id_number"], 60)],
           font, size, rng, hand, fill_font, ink)
    y += 16
    ps, pe = r["prev_start"], r["prev_end"]
    txt = ("甲乙双方于%s签订的劳动合同，合同期限自%s起至%s止。经甲乙双方协商一致，同意续订劳动合同，"
           "续订内容如下：" % (P.cn_date(ps - dt.timedelta(days=3)), P.cn_date(ps), P.cn_date(pe)))
    y = sh.para(m, y, 160, txt, font, size, 1.9)
    y += 4
    s2, e2 = dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"])
    a, b, c = _date_parts(s2)
    d_, e_, g_ = _date_parts(e2)
    sh.text(m, y, "一、续订劳动合同期限：", font, size)
    y += 10
    sh.checkbox(m + 6, y, True, size + 1, font)
    inline(sh, m + 13, y, ["固定期限：自", (a, 14), "年", (b, 8), "月", (c, 8), "日起至", (d_, 14), "年", (e_, 8), "月",
                           (g_, 8), "日止。"], font, size, rng, hand, fill_font, ink)
    y += 10
    sh.checkbox(m + 6, y, False, size + 1, font)
    sh.text(m + 13, y, "无固定期限：自______年____月____日起。", font, size)
    y += 14
    y = sh.para(m, y, 160, "二、续订期间，乙方的工作岗位、工作地点、劳动报酬等内容按原劳动合同约定执行；"
                           "原劳动合同约定与国家和本市新规定不一致的，按新规定执行。", font, size, 1.9, indent_chars=0)
    y = sh.para(m, y + 2, 160, "三、本续订书一式两份，甲乙双方各执一份，经双方签字（盖章）后生效。", font, size, 1.9,
                indent_chars=0)
    y += 20
    sh.text(m, y, "甲方（盖章）：", font, size + 1)
    sh.text(115, y, "乙方（签字）：", font, size + 1)
    sh.paste_ink(seal.signature(f["employee_name"], rng, dpi / 25.4, 9), 155, y - 2)
    sd = dt.date.fromisoformat(f["signing_date"])
    for x0 in (m, 115):
        inline(sh, x0, y + 35, [(str(sd.year), 14), "年", (str(sd.month), 8), "月", (str(sd.day), 8), "日"],
               font, size, rng, hand, fill_font, ink)
    st = seal.round_seal(emp["display"], rng, dpi / 25.4, 40, bottom="合同专用章")
    sh.paste_ink(st, m + 30, y + 15)
    return [sh.img], None


def render(doc, rng, dpi, who):
    lay = doc["layout"]
    if lay == "shanghai_model":
        return model_text(doc, rng, dpi, who)
    if lay == "company_template":
        return company_template(doc, rng, dpi, who)
    if lay == "dispatch":
        return company_template(doc, rng, dpi, who, dispatch=True)
    if lay == "renewal":
        return renewal(doc, rng, dpi, who)
    raise ValueError(lay)
