"""A4/A5/certificate sheets: labour contracts (model text with hand-filled
blanks, company templates, 聘用合同, 续订书), diplomas and degree
certificates (modern, old, adult education), 结婚证, the old 税收完税证明,
and pages that are no document of the packet."""
from __future__ import annotations

import numpy as np
from PIL import Image

from . import gfx
from .gfx import Sheet, font, hand_style, portrait
from .util import d, cn_date, cn_year, cn_num

A4 = (210.0, 297.0)
INK = (22, 22, 26)


def _paper_sheet(w, h, ppm, R, base=(252, 251, 248), kind="a4"):
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    a = gfx.paper(int(w * ppm), int(h * ppm), nr, base=base, mottle=2.5, grain=2.0)
    return Sheet(w, h, ppm, bg=Image.fromarray(a.astype(np.uint8)), kind=kind)


def _ymd(s, style="cn"):
    x = d(s)
    if style == "dash":
        return x.isoformat()
    if style == "dot":
        return f"{x.year}.{x.month:02d}.{x.day:02d}"
    if style == "pad":
        return f"{x.year}年{x.month:02d}月{x.day:02d}日"
    return f"{x.year}年{x.month}月{x.day}日"


# ---------------------------------------------------------------- contract text

CLAUSES = [
    ("二、工作内容和工作地点", [
        "乙方同意根据甲方工作需要，担任{job}岗位（工种）工作。甲方可根据工作需要及乙方的能力和表现调整乙方的工作岗位，乙方应当服从甲方的安排。",
        "乙方的工作地点为{workplace}。甲方因生产经营需要变更乙方工作地点的，应当与乙方协商一致。",
        "乙方应按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。"]),
    ("三、工作时间和休息休假", [
        "甲方安排乙方执行标准工时制度，即每日工作时间不超过八小时，每周工作时间不超过四十小时。",
        "甲方因生产经营需要安排乙方延长工作时间的，应当与乙方协商，并依法支付加班工资或安排补休。",
        "乙方依法享有法定节假日、年休假、婚假、产假、丧假等假期。"]),
    ("四、劳动报酬", [
        "甲方每月{payday}日前以货币形式支付乙方工资，月工资为人民币{salary}元，其中试用期工资为人民币{trial_salary}元。",
        "甲方根据本单位的生产经营状况和依法制定的工资分配办法调整乙方工资，乙方在六十日内未提出异议的视为同意。",
        "甲方不得克扣或者无故拖欠乙方工资。乙方的个人所得税由甲方依法代扣代缴。"]),
    ("五、社会保险和福利待遇", [
        "甲乙双方按国家和本市的规定参加社会保险。甲方为乙方办理有关社会保险手续，并承担相应社会保险义务。",
        "乙方应缴纳的社会保险费由甲方从乙方工资中代扣代缴。",
        "乙方患病或非因工负伤的医疗待遇按国家和本市的有关规定执行。甲方按有关规定向乙方支付病假工资。"]),
    ("六、劳动保护、劳动条件和职业危害防护", [
        "甲方根据生产岗位的需要，按照国家有关劳动安全、卫生的规定为乙方配备必要的安全防护措施，发放必要的劳动保护用品。",
        "甲方应当建立健全职业病防治责任制度，加强对职业病防治的管理。乙方应当严格遵守安全操作规程。"]),
    ("七、劳动合同的变更、解除、终止", [
        "经甲乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式。",
        "甲乙双方解除或终止本合同，应当按照《中华人民共和国劳动合同法》及本市有关规定执行。",
        "甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明，并在十五日内为乙方办理档案和社会保险关系转移手续。",
        "乙方应当按照双方约定，办理工作交接。乙方的财产及个人物品由乙方自行带离。"]),
    ("八、双方约定的其他事项", [
        "乙方应当保守甲方的商业秘密，未经甲方书面同意，不得向第三方披露甲方的技术信息和经营信息。",
        "甲方出资对乙方进行专业技术培训的，双方可另行订立培训协议，约定服务期。",
        "甲方依法制定的规章制度已向乙方公示，乙方应当遵守。"]),
    ("九、劳动争议处理", [
        "甲乙双方因履行本合同发生争议，可以协商解决；不愿协商或协商不成的，可以向本单位劳动争议调解委员会申请调解，"
        "也可以直接向{arb}劳动人事争议仲裁委员会申请仲裁。"]),
    ("十、其他", [
        "本合同未尽事宜，按国家和本市有关规定执行。本合同条款与国家法律法规相抵触的，以国家法律法规为准。",
        "本合同一式两份，甲乙双方各执一份，经甲乙双方签字（盖章）后生效。"]),
]


def _ctx(c, R):
    return dict(job=R.choice(["软件开发", "销售", "行政专员", "财务", "仓储管理", "技术支持", "市场推广", "质量检验"]),
                workplace=c["workplace"], payday=R.choice(["10", "15", "25"]),
                salary=str(R.randint(80, 320) * 100), trial_salary=str(R.randint(70, 280) * 100),
                arb=c["arb"])


class Filler:
    """Writes a fill-in value either in handwriting or typed, on an underline."""

    def __init__(self, s, R, hand, vf, size, old=False):
        self.s, self.R, self.hand, self.vf, self.size = s, R, hand, vf, size
        self.st = hand_style(R, old=old) if hand else None

    def blank(self, x, y, w, v, line=True, value=True, size=None):
        size = size or self.size
        s = self.s
        if line:
            s.line(x, y + 1.0, x + w, y + 1.0, 0.2, (40, 40, 40))
        if not v:
            return
        if self.hand:
            size = size * 1.2
            vw = len(v) * size * 0.95
            scale = min(1.0, max(0.55, w / max(1, vw)))
            xx = x + max(0.5, (w - vw * scale) * self.R.uniform(0.05, 0.4))
            s.hand(xx, y + self.R.uniform(-1.2, 0.4), v, size * scale, self.st, value=value)
        else:
            s.text(x + 1.5, y, v, self.vf, size * 0.92, INK, "ls", value=value, max_w=w - 2)


def contract_sheets(c, R, ppm=7, layout="model", hand=False, old=False, npages=5):
    """c: dict with employer, employee_name, employee_id_number, start_date, end_date, open_ended,
    signing_date, trial_end, legal_rep, employer_address, employee_hukou, employee_home, workplace, arb,
    term_words (optional: 期限三年 style)."""
    if layout == "renewal":
        return [renewal_sheet(c, R, ppm, hand=hand, old=old)]
    bf = R.choice(["song", "serif", "uming", "sans"])
    tf = R.choice(["sansb", "serifb", "hei"])
    size = R.uniform(3.5, 4.0)
    lead = R.uniform(1.65, 1.95)
    ctx = _ctx(c, R)
    pages = []
    total = npages
    # ---- page 1
    s = _paper_sheet(*A4, ppm, R)
    fl = Filler(s, R, hand, bf, size * 1.05, old=old)
    if layout == "model":
        s.text(105, 70, "劳 动 合 同", tf, 14, INK, "ms")
        s.text(105, 84, "（示范文本）" if R.chance(0.6) else "（全日制）", bf, 5, INK, "ms")
        y = 150
        s.text(40, y, "甲方（用人单位）：", bf, 5, INK, "ls")
        fl.blank(80, y, 95, c["employer"], size=5)
        y += 18
        s.text(40, y, "乙方（劳动者）：", bf, 5, INK, "ls")
        fl.blank(80, y, 95, c["employee_name"], size=5)
        y += 18
        sd = d(c["signing_date"])
        s.text(40, y, "签订日期：", bf, 5, INK, "ls")
        fl.blank(64, y, 22, str(sd.year), size=5)
        s.text(87, y, "年", bf, 5, INK, "ls")
        fl.blank(94, y, 12, str(sd.month), size=5)
        s.text(107, y, "月", bf, 5, INK, "ls")
        fl.blank(114, y, 12, str(sd.day), size=5)
        s.text(127, y, "日", bf, 5, INK, "ls")
        s.text(105, 262, "上海市人力资源和社会保障局 制", bf, 4.2, INK, "ms")
        pages.append(s)
        # ---- page 2: parties and term
        s = _paper_sheet(*A4, ppm, R)
        fl = Filler(s, R, hand, bf, size * 1.05, old=old)
        fl.st = pages[0] and fl.st
        y = 30
        y = s.para(22, y, 166, "根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，"
                                "共同遵守本合同所列条款。", bf, size, lead)
        y += 4
        rows = [("甲方（用人单位）名称：", c["employer"], True), ("法定代表人（主要负责人）或委托代理人：", c["legal_rep"], False),
                ("注册地址：", c["employer_address"], False), ("乙方（劳动者）姓名：", c["employee_name"], True),
                ("居民身份证号码：", c["employee_id_number"], True), ("户籍地址：", c["employee_hukou"], False),
                ("现居住地址：", c["employee_home"], False)]
        for lab, v, isval in rows:
            lw = s.text_w(lab, bf, size)
            s.text(22, y, lab, bf, size, INK, "ls")
            fl.blank(22 + lw + 1, y, 188 - (22 + lw + 1), v, value=isval)
            y += size * 2.4
        y += 3
        s.text(22, y, "一、劳动合同期限", tf, size * 1.05, INK, "ls")
        y += size * 2.2
        st_, en = d(c["start_date"]), (d(c["end_date"]) if c.get("end_date") else None)
        oe = c.get("open_ended")
        ink = fl.st["ink"] if fl.st else None
        s.checkbox(24, y - size * 0.85, size * 0.9, not oe, hand_ink=ink, rnd=R)
        s.text(30, y, "固定期限：自", bf, size, INK, "ls")
        x = 30 + s.text_w("固定期限：自", bf, size) + 1
        x = _date_blanks(s, fl, x, y, None if oe else st_, bf, size)
        s.text(x, y, "起至", bf, size, INK, "ls")
        x += s.text_w("起至", bf, size) + 1
        x = _date_blanks(s, fl, x, y, None if oe else en, bf, size)
        s.text(x, y, "止。", bf, size, INK, "ls")
        y += size * 2.2
        s.checkbox(24, y - size * 0.85, size * 0.9, bool(oe), hand_ink=ink, rnd=R)
        s.text(30, y, "无固定期限：自", bf, size, INK, "ls")
        x = 30 + s.text_w("无固定期限：自", bf, size) + 1
        x = _date_blanks(s, fl, x, y, st_ if oe else None, bf, size)
        s.text(x, y, "起。", bf, size, INK, "ls")
        y += size * 2.2
        s.checkbox(24, y - size * 0.85, size * 0.9, False)
        s.text(30, y, "以完成一定工作任务为期限：自　　年　　月　　日起至　　　　　　工作任务完成时止。", bf, size, INK, "ls")
        y += size * 2.2
        if c.get("trial_end"):
            s.text(22, y, "其中试用期自", bf, size, INK, "ls")
            x = 22 + s.text_w("其中试用期自", bf, size) + 1
            x = _date_blanks(s, fl, x, y, st_, bf, size, value=False)
            s.text(x, y, "起至", bf, size, INK, "ls")
            x += s.text_w("起至", bf, size) + 1
            x = _date_blanks(s, fl, x, y, d(c["trial_end"]), bf, size, value=False)
            s.text(x, y, "止。", bf, size, INK, "ls")
            y += size * 2.4
        y = _clauses(s, 22, y + 2, 166, ctx, bf, tf, size, lead, 0, 1)
        pages.append(s)
        clause_from = 1
    else:
        # company template / 聘用合同: party table on page 1
        hire = layout == "hire"
        title = "聘 用 合 同" if hire else R.choice(["劳 动 合 同 书", "劳 动 合 同"])
        if not hire and R.chance(0.5):
            s.text(105, 22, c["employer"], bf, 4.2, (90, 90, 90), "ms")
            s.line(22, 26, 188, 26, 0.3, (120, 120, 120))
        s.text(105, 42, title, tf, 9, INK, "ms")
        y = 56
        pa, pb = ("甲方（聘用单位）", "乙方（受聘人员）") if hire else ("甲方", "乙方")
        tbl = [(pa, "名称", c["employer"], True), (pa, "法定代表人", c["legal_rep"], False),
               (pa, "地址", c["employer_address"], False), (pb, "姓名", c["employee_name"], True),
               (pb, "身份证号码", c["employee_id_number"], True), (pb, "住址", c["employee_home"], False)]
        x0, x1, x2, x3 = 22, 52 if hire else 40, 78 if hire else 66, 188
        rh = 11
        s.rect(x0, y, x3, y + rh * 6, 0.35, INK)
        for i, (pt, lab, v, isval) in enumerate(tbl):
            yy = y + i * rh
            if i % 3 == 0:
                s.text((x0 + x1) / 2, yy + rh * 1.5 + 1.5, pt, tf, size * (0.85 if hire else 1.0), INK, "ms")
                if i:
                    s.line(x0, yy, x3, yy, 0.3, INK)
            else:
                s.line(x1, yy, x3, yy, 0.2, INK)
            s.text(x1 + 2, yy + rh * 0.66, lab, bf, size, INK, "ls")
            fl.blank(x2 + 1, yy + rh * 0.66, x3 - x2 - 3, v, line=False, value=isval)
        s.line(x1, y, x1, y + rh * 6, 0.3, INK)
        s.line(x2, y, x2, y + rh * 6, 0.2, INK)
        y += rh * 6 + 10
        y = s.para(22, y, 166, "甲乙双方根据《中华人民共和国劳动合同法》等法律法规的规定，在平等自愿、协商一致的基础上，"
                                "同意订立本合同，共同遵守本合同所列条款。", bf, size, lead)
        y += 3
        s.text(22, y, "第一条　合同期限" if not hire else "一、聘用合同期限", tf, size * 1.05, INK, "ls")
        y += size * 2.1
        st_ = d(c["start_date"])
        if c.get("open_ended"):
            txt = f"本合同为无固定期限劳动合同，自{_ymd(c['start_date'])}起履行。"
        elif c.get("term_words"):
            txt = f"本合同为固定期限劳动合同，期限{c['term_words']}，自{_ymd(c['start_date'])}起。"
        else:
            txt = (f"本合同为固定期限{'聘用' if hire else '劳动'}合同，自{_ymd(c['start_date'], R.choice(['cn', 'pad']))}起至"
                   f"{_ymd(c['end_date'], R.choice(['cn', 'pad']))}止。")
        if c.get("trial_end"):
            txt += f"其中试用期自{_ymd(c['start_date'])}起至{_ymd(c['trial_end'])}止。"
        if hand:
            # blanks written in by hand inside a printed sentence
            y = _hand_sentence(s, fl, 22, y, 166, txt, bf, size, lead, c)
        else:
            y = _typed_sentence(s, 22, y, 166, txt, bf, size, lead, c)
        y = _clauses(s, 22, y + 3, 166, ctx, bf, tf, size, lead, 0, 1)
        pages.append(s)
        clause_from = 1
    # ---- middle pages: clauses
    per = max(1, int(np.ceil((len(CLAUSES) - clause_from) / max(1, total - len(pages) - 1))))
    k = clause_from
    while len(pages) < total - 1 and k < len(CLAUSES):
        s = _paper_sheet(*A4, ppm, R)
        _clauses(s, 22, 28, 166, ctx, bf, tf, size, lead, k, k + per)
        k += per
        pages.append(s)
    # ---- signature page
    s = _paper_sheet(*A4, ppm, R)
    y = 40
    if k < len(CLAUSES):
        y = _clauses(s, 22, 28, 166, ctx, bf, tf, size, lead, k, len(CLAUSES)) + 10
    y = max(y, 120)
    st = hand_style(R, old=old)
    s.text(24, y, "甲方（盖章）：", bf, size * 1.05, INK, "ls")
    s.text(115, y, "乙方（签字）：", bf, size * 1.05, INK, "ls")
    s.hand(143, y + 0.5, c["employee_name"], size * 1.5, dict(st, font=R.choice(["wenkai_b", "ukai", "kai"]), rot=8, slant=0.3))
    y += 22
    s.text(24, y, "法定代表人或", bf, size, INK, "ls")
    s.text(24, y + size * 1.6, "委托代理人（签字）：", bf, size, INK, "ls")
    s.hand(24 + s.text_w("委托代理人（签字）：", bf, size) + 2, y + size * 1.6, c["legal_rep"], size * 1.4,
           dict(st, font=R.choice(["wenkai_b", "ukai"]), rot=9, slant=0.35), value=False)
    y += 26
    sd = d(c["signing_date"])
    for x in (24, 115):
        s.text(x, y, "签订日期：", bf, size, INK, "ls")
        xx = x + s.text_w("签订日期：", bf, size) + 1
        if hand or R.chance(0.5):
            s.hand(xx, y, f"{sd.year}年{sd.month}月{sd.day}日", size * 1.1, st)
        else:
            s.text(xx, y, _ymd(c["signing_date"]), bf, size, INK, "ls", value=True)
    cx, cy = R.uniform(45, 70), y - R.uniform(18, 34)
    s.seal(cx, cy, R.uniform(19, 21), c["employer"], "★", R.choice(["合同专用章", "", "人事专用章"]), rnd=R,
           color=R.choice(gfx.SEAL_RED), alpha=R.uniform(0.75, 0.92), rot=R.uniform(-20, 20))
    pages.append(s)
    # page numbers, old look
    n = len(pages)
    pf = R.choice(["第 {i} 页 共 {n} 页", "- {i} -", "{i}/{n}", "第{i}页"])
    for i, p in enumerate(pages):
        if layout == "model" and i == 0:
            continue
        p.text(105, 287, pf.format(i=i + 1, n=n), bf, 3.2, (60, 60, 60), "ms")
        if old:
            p.img = gfx.age_paper(p.img, np.random.default_rng(R.randint(0, 2 ** 31)), strength=R.uniform(0.3, 0.6))
            p.refresh()
    # a seal across the page edges (骑缝章) on some
    if R.chance(0.4):
        for p in pages:
            p.seal(210 - 2, R.uniform(120, 170), 19, c["employer"], "★", "", rnd=R, color=gfx.SEAL_RED[1],
                   alpha=0.65)
    return pages


def _date_blanks(s, fl, x, y, dt, bf, size, value=True):
    parts = [(str(dt.year) if dt else "", 16, "年"), (str(dt.month) if dt else "", 8, "月"),
             (str(dt.day) if dt else "", 8, "日")]
    for v, w, u in parts:
        fl.blank(x, y, w, v, value=value)
        x += w + 0.5
        s.text(x, y, u, bf, size, INK, "ls")
        x += s.text_w(u, bf, size) + 0.8
    return x


def _clauses(s, x, y, w, ctx, bf, tf, size, lead, a, b):
    for title, paras in CLAUSES[a:b]:
        if y > 265:
            break
        s.text(x, y, title, tf, size * 1.02, INK, "ls")
        y += size * lead + 0.5
        for i, p in enumerate(paras):
            txt = f"{i + 1}. " + p.format(**ctx) if len(paras) > 1 else p.format(**ctx)
            y = s.para(x, y, w, txt, bf, size, lead, indent=2)
            if y > 270:
                break
        y += 2.5
    return y


def _typed_sentence(s, x, y, w, txt, bf, size, lead, c):
    values = [_ymd(c["start_date"])]
    for st in ("cn", "pad"):
        if c.get("end_date"):
            values.append(_ymd(c["end_date"], st))
        values.append(_ymd(c["start_date"], st))
    from .sheets_a import _flow
    return _flow(s, x, y + size * 0.2, w, txt, bf, size, values) - size * 0.2


def _hand_sentence(s, fl, x, y, w, txt, bf, size, lead, c):
    """Print txt but leave the dates (and 期限 words) blank, filled in by hand."""
    import re
    bf = gfx.fb(bf, txt)
    f = font(bf, s.px(size))
    pieces = re.split(r"(\d{4}年\d{1,2}月\d{1,2}日|期限[一二三四五六七八九十]+年)", txt)
    cx = x + size * 2
    for piece in pieces:
        if not piece:
            continue
        if re.match(r"\d{4}年|期限", piece):
            m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", piece)
            items = [(m.group(1), 12, "年"), (str(int(m.group(2))), 7, "月"), (str(int(m.group(3))), 7, "日")] if m \
                else [(piece[2:-1], 10, "年")]
            if not m:
                s.draw.text((s.px(cx), s.px(y)), "期限", font=f, fill=INK, anchor="ls")
                cx += f.getlength("期限") / s.ppm
            for v, bw, u in items:
                if cx + bw + 6 > x + w:
                    cx = x
                    y += size * lead
                fl.blank(cx, y, bw, v)
                cx += bw + 0.3
                s.draw.text((s.px(cx), s.px(y)), u, font=f, fill=INK, anchor="ls")
                cx += f.getlength(u) / s.ppm + 0.3
            continue
        for ch in piece:
            cw = f.getlength(ch) / s.ppm
            if cx + cw > x + w:
                cx = x
                y += size * lead
            s.draw.text((s.px(cx), s.px(y)), ch, font=f, fill=INK, anchor="ls")
            cx += cw
    return y + size * lead


def renewal_sheet(c, R, ppm=7, hand=False, old=False):
    s = _paper_sheet(*A4, ppm, R)
    bf = R.choice(["song", "serif", "sans"])
    tf = R.choice(["sansb", "serifb", "hei"])
    size = R.uniform(3.8, 4.3)
    fl = Filler(s, R, hand, bf, size * 1.05, old=old)
    s.text(105, 40, "劳动合同续订书", tf, 8.5, INK, "ms", track=1.0)
    y = 64
    for lab, v, isval in [("甲方（用人单位）：", c["employer"], True), ("乙方（劳动者）：", c["employee_name"], True),
                          ("乙方居民身份证号码：", c["employee_id_number"], True)]:
        lw = s.text_w(lab, bf, size)
        s.text(24, y, lab, bf, size, INK, "ls")
        fl.blank(24 + lw + 1, y, 186 - (24 + lw + 1), v, value=isval)
        y += size * 2.6
    y += 4
    prev_end = d(c["start_date"])
    import datetime as _dt
    prev_end = prev_end - _dt.timedelta(days=1)
    txt = (f"甲乙双方于{_ymd(c['orig_start'])}签订的劳动合同将于{prev_end.year}年{prev_end.month}月{prev_end.day}日到期，"
           f"经双方协商一致，同意续订劳动合同。")
    y = s.para(24, y, 162, txt, bf, size, 1.9)
    y += 3
    if c.get("open_ended"):
        txt2 = f"续订的劳动合同为无固定期限劳动合同，自{_ymd(c['start_date'])}起履行。"
    else:
        txt2 = f"续订劳动合同期限自{_ymd(c['start_date'])}起至{_ymd(c['end_date'])}止。"
    if hand:
        y = _hand_sentence(s, fl, 24, y, 162, txt2, bf, size, 1.9, c)
    else:
        y = _typed_sentence(s, 24, y, 162, txt2, bf, size, 1.9, c)
    y = s.para(24, y + 2, 162, "续订期间，原劳动合同的其他条款继续有效。本续订书一式两份，甲乙双方各执一份。", bf, size, 1.9)
    y = max(y + 25, 180)
    st = hand_style(R, old=old)
    s.text(24, y, "甲方（盖章）：", bf, size, INK, "ls")
    s.text(115, y, "乙方（签字）：", bf, size, INK, "ls")
    s.hand(145, y, c["employee_name"], size * 1.5, dict(st, font="wenkai_b", rot=8, slant=0.3))
    y += 22
    sd = d(c["signing_date"])
    for x in (24, 115):
        s.text(x, y, "日期：", bf, size, INK, "ls")
        s.hand(x + s.text_w("日期：", bf, size) + 1, y, f"{sd.year}年{sd.month}月{sd.day}日", size * 1.1, st)
    s.seal(R.uniform(45, 70), y - 18, 20, c["employer"], "★", "合同专用章", rnd=R, color=R.choice(gfx.SEAL_RED),
           alpha=0.85, rot=R.uniform(-20, 20))
    if old:
        s.img = gfx.age_paper(s.img, np.random.default_rng(R.randint(0, 2 ** 31)), strength=0.5)
        s.refresh()
    return s


# ---------------------------------------------------------------- diplomas

def diploma_sheet(f, R, ppm=7, extra=None, old=False):
    """f: name, school, major, level, graduation_date, study_mode. extra: sex, birth_date, start_date,
    president, cert_no, years."""
    e = extra or {}
    level, mode = f["level"], f.get("study_mode", "普通全日制")
    landscape = not old and R.chance(0.75)
    W, H = (260.0, 185.0) if landscape else (185.0, 260.0)
    base = (250, 247, 238) if not old else (244, 236, 214)
    s = _paper_sheet(W, H, ppm, R, base=base, kind="cert")
    frame = R.choice([(170, 40, 40), (40, 90, 60), (150, 110, 50)])
    s.rect(6, 6, W - 6, H - 6, 1.6, frame)
    s.rect(9, 9, W - 9, H - 9, 0.4, frame)
    tf = R.choice(["serifb", "kai", "sansb"])
    bf = R.choice(["song", "serif", "kai", "uming"])
    vf = bf
    handfill = old and R.chance(0.7)
    st = hand_style(R, old=True, font_name=R.choice(["kai", "ukai", "wenkai"])) if handfill else None
    if handfill:
        st["ink"] = (30, 30, 35)
    title = {"专科": "毕业证书", "本科": "毕业证书", "硕士研究生": "研究生毕业证书", "博士研究生": "研究生毕业证书"}[level]
    if mode == "高等教育自学考试":
        title = "高等教育自学考试毕业证书"
    s.text(W / 2, 30, title, tf, 11 if len(title) < 6 else 9, (180, 30, 30) if R.chance(0.6) else INK, "ms", track=2)
    b = d(e["birth_date"])
    g = d(f["graduation_date"])
    st_d = d(e["start_date"])
    cnum = R.chance(0.7) or old
    bt = f"{cn_year(b.year)}年{cn_num(b.month)}月" if cnum else f"{b.year}年{b.month}月"
    per = (f"{cn_year(st_d.year)}年{cn_num(st_d.month)}月至{cn_year(g.year)}年{cn_num(g.month)}月" if cnum
           else f"{st_d.year}年{st_d.month}月至{g.year}年{g.month}月")
    yrs = e.get("years", 4)
    lvl_txt = {"专科": f"{cn_num(yrs)}年制专科", "本科": f"{cn_num(yrs)}年制本科",
               "硕士研究生": "硕士研究生", "博士研究生": "博士研究生"}[level]
    mode_txt = {"普通全日制": "", "成人高等教育": R.choice(["（函授）", "（业余）", "（脱产）"]), "网络教育": "（网络教育）",
                "高等教育自学考试": ""}[mode]
    if photo_left := landscape:
        ph = portrait(s.px(30), s.px(40), np.random.default_rng(R.randint(0, 2 ** 31)), bg=(235, 240, 250),
                      sex=e.get("sex", "男"))
        s.paste(ph, 22, 48)
        x, wtxt = 64, W - 64 - 22
    else:
        ph = portrait(s.px(28), s.px(37), np.random.default_rng(R.randint(0, 2 ** 31)), bg=(235, 240, 250),
                      sex=e.get("sex", "男"))
        s.paste(ph, W / 2 - 14, 44)
        x, wtxt = 22, W - 44
    y = 56 if landscape else 100
    size = R.uniform(5.0, 5.8)
    if mode == "高等教育自学考试":
        body = [("考生", None), (f["name"], "v"), (f"，{e.get('sex', '男')}，{bt}生，参加高等教育自学考试", None),
                (f["major"], "v"), ("专业（" + ("独立本科段" if level == "本科" else "专科") + "）考试，", None),
                ("全部课程成绩合格，思想品德鉴定合格，准予毕业。", None)]
    elif level in ("硕士研究生", "博士研究生"):
        body = [("研究生", None), (f["name"], "v"), (f"，{e.get('sex', '男')}，{bt}生，于{per}在", None),
                (f["major"], "v"), (f"专业学习，学制{cn_num(yrs)}年，修完{level}培养计划规定的全部课程，成绩合格，"
                                   "毕业论文答辩通过，准予毕业。", None)]
    else:
        body = [("学生", None), (f["name"], "v"), (f"，性别{e.get('sex', '男')}，{bt}生，于{per}在本校", None),
                (f["major"], "v"), (f"专业{mode_txt}{lvl_txt}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", None)]
    y = _cert_flow(s, x, y, wtxt, body, vf, size, st)
    if mode in ("成人高等教育", "网络教育"):
        y += 3
        s.text(x, y, "学习形式：" + ("网络教育" if mode == "网络教育" else mode_txt.strip("（）")) + "　　层次："
               + ("专科起点本科" if level == "本科" else "高中起点专科"), vf, size * 0.8, INK, "ls")
        y += size * 2
        s.text(x, y, "成人高等教育" if mode == "成人高等教育" else "现代远程教育", vf, size * 0.8, INK, "ls")
    yb = H - 42
    s.text(x, yb, "校（院）长：" if mode != "高等教育自学考试" else "主考学校：", bf, size * 0.9, INK, "ls")
    s.hand(x + s.text_w("校（院）长：", bf, size * 0.9) + 2, yb, e.get("president", "王国华")
           if mode != "高等教育自学考试" else f["school"], size * 1.2, dict(hand_style(R), font="wenkai_b", ink=(30, 30, 30),
                                                                          rot=6, slant=0.25), value=False)
    s.text(x, yb + size * 2.2, f"证书编号：{e.get('cert_no', '')}", bf, size * 0.8, INK, "ls")
    sx = W - 70 if landscape else W / 2 + 20
    s.text(sx, yb, f["school"], bf, size * 1.05, INK, "ms", value=True)
    gd = cn_date(g) if cnum else f"{g.year}年{g.month}月{g.day}日"
    if handfill:
        s.hand(sx - len(gd) * size * 0.5, yb + size * 2.4, gd, size, st)
    else:
        s.text(sx, yb + size * 2.4, gd, bf, size, INK, "ms", value=True)
    s.seal(sx, yb - 4, 19, f["school"], "★", "", rnd=R, color=R.choice(gfx.SEAL_RED), alpha=R.uniform(0.7, 0.88),
           rot=R.uniform(-10, 10))
    # steel stamp ring over the photo corner
    ring = gfx.seal_image(s.px(12), f["school"], "", "", "round", "sans", R)
    px0, py0 = (22 + 30, 48 + 40) if landscape else (W / 2 + 14, 44 + 37)
    gfx.stamp(s.img, ring, s.px(px0) - ring.shape[1] // 2, s.px(py0) - ring.shape[0] // 2, (170, 170, 170), 0.35)
    s.refresh()
    if old:
        s.img = gfx.age_paper(s.img, np.random.default_rng(R.randint(0, 2 ** 31)), strength=R.uniform(0.8, 1.4),
                              fade_ink=R.uniform(0.05, 0.15))
        s.refresh()
    return s


def _cert_flow(s, x, y, w, parts, fnt, size, st):
    fnt = gfx.fb(fnt, "".join(t for t, _ in parts))
    f = font(fnt, s.px(size))
    lead = size * 2.0
    cx = x + size * 2
    for txt, kind in parts:
        if kind == "v" and st is not None:
            vw = len(txt) * size * 1.05
            if cx + vw > x + w:
                cx = x
                y += lead
            s.line(cx, y + 1.2, cx + vw + 2, y + 1.2, 0.2, (60, 60, 60))
            s.hand(cx + 1, y, txt, size * 1.05, st)
            cx += vw + 3
            continue
        for ch in txt:
            cw = f.getlength(ch) / s.ppm
            if cx + cw > x + w:
                cx = x
                y += lead
            s.draw.text((s.px(cx), s.px(y)), ch, font=f, fill=INK, anchor="ls")
            if kind == "v":
                s.boxes.append((s.px(cx), s.px(y - size), s.px(cx + cw), s.px(y + size * 0.2)))
            cx += cw
    return y + lead


def degree_sheet(f, R, ppm=7, extra=None, old=False):
    e = extra or {}
    W, H = (260.0, 185.0) if R.chance(0.6) else (185.0, 260.0)
    s = _paper_sheet(W, H, ppm, R, base=(250, 248, 240) if not old else (243, 235, 212), kind="cert")
    frame = R.choice([(30, 70, 130), (150, 110, 50), (120, 30, 40)])
    s.rect(7, 7, W - 7, H - 7, 1.2, frame)
    tf = R.choice(["serifb", "kai", "sansb"])
    bf = R.choice(["song", "serif", "kai"])
    lvl = f["level"]
    s.text(W / 2, 32, f"{lvl}学位证书", tf, 10, INK, "ms", track=2)
    b = d(e["birth_date"])
    g = d(f["graduation_date"])
    cnum = R.chance(0.7) or old
    bt = f"{cn_year(b.year)}年{cn_num(b.month)}月" if cnum else f"{b.year}年{b.month}月"
    field_ = e.get("field", "工学")
    if lvl == "学士":
        parts = [(f["name"], "v"), (f"，{e.get('sex', '男')}，{bt}生。在", None), (f["school"], "v"), ("", None),
                 (f["major"], "v"), ("专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予", None),
                 (f"{field_}学士", "v"), ("学位。", None)]
    else:
        parts = [(f["name"], "v"), (f"，{e.get('sex', '男')}，{bt}生。在", None), (f["school"], "v"), ("", None),
                 (f["major"], "v"), (f"学科（专业）完成了{lvl}研究生学业，通过论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予", None),
                 (f"{field_}{lvl}", "v"), ("学位。", None)]
    x = 60 if W > H else 24
    if W > H:
        ph = portrait(s.px(28), s.px(37), np.random.default_rng(R.randint(0, 2 ** 31)), bg=(235, 240, 250),
                      sex=e.get("sex", "男"))
        s.paste(ph, 22, 50)
    y = 60 if W > H else 70
    y = _cert_flow(s, x, y, W - x - 22, parts, bf, R.uniform(5.2, 6.0), None)
    yb = H - 45
    sx = W - 70 if W > H else W / 2
    s.text(sx, yb, f"{f['school']}学位评定委员会", bf, 4.6, INK, "ms")
    s.text(sx - 10, yb + 9, "主席", bf, 4.6, INK, "rs")
    s.hand(sx - 6, yb + 9, e.get("president", "李建平"), 6, dict(hand_style(R), font="wenkai_b", ink=(30, 30, 30), rot=6,
                                                                slant=0.25), value=False)
    gd = cn_date(g) if cnum else f"{g.year}年{g.month}月{g.day}日"
    s.text(sx, yb + 19, gd, bf, 4.6, INK, "ms", value=True)
    s.text(24 if W > H else 24, H - 16, f"证书编号：{e.get('deg_no', '')}", bf, 3.8, INK, "ls")
    s.seal(sx + 8, yb + 4, 18, f"{f['school']}学位评定委员会", "★", "", rnd=R, color=R.choice(gfx.SEAL_RED),
           alpha=0.8, rot=R.uniform(-10, 10))
    if old:
        s.img = gfx.age_paper(s.img, np.random.default_rng(R.randint(0, 2 ** 31)), strength=1.0, fade_ink=0.1)
        s.refresh()
    return s


# ---------------------------------------------------------------- 结婚证

def marriage_spread(f, R, ppm=10, extra=None):
    """Both inner pages as one sheet (the booklet opened flat)."""
    e = extra or {}
    PW, PH = 95.0, 130.0
    W, H = PW * 2, PH
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    bg = gfx.guilloche(int(W * ppm), int(H * ppm), nr, (230, 150, 150), (240, 200, 160), bg=(250, 238, 232), density=0.7)
    s = Sheet(W, H, ppm, bg=bg, kind="booklet_spread")
    bf = R.choice(["song", "sans", "serif"])
    lc = (120, 60, 60)
    # left page
    y = 24
    txt = "申请结婚的男女双方符合《中华人民共和国民法典》关于结婚的规定，予以登记，发给此证。"
    y = s.para(10, y, PW - 20, txt, bf, 3.4, 1.8, (60, 40, 40))
    y += 10
    rows = [("持证人", f["holder_name"], True), ("登记日期", _ymd(f["registration_date"], R.choice(["cn", "pad"])), True),
            ("结婚证字号", e.get("cert_no", ""), False), ("备注", "", False)]
    for lab, v, isv in rows:
        s.text(12, y, lab, bf, 3.6, lc, "ls")
        s.text(36, y, v, bf, 3.9, INK, "ls", value=isv, max_w=PW - 42)
        s.line(35, y + 1.3, PW - 8, y + 1.3, 0.2, (190, 140, 140))
        y += 11
    s.text(PW / 2, PH - 22, "登记机关：" + e.get("office", "上海市徐汇区民政局"), bf, 3.4, lc, "ms")
    s.seal(PW / 2 + 12, PH - 30, 15, e.get("office", "上海市徐汇区民政局"), "★", "婚姻登记专用章", rnd=R,
           color=gfx.SEAL_RED[0], alpha=0.8)
    # gutter
    s.line(PW, 0, PW, PH, 0.4, (200, 170, 170))
    # right page: photo and both people
    ph = Image.new("RGB", (s.px(52), s.px(36)), (200, 30, 40))
    a = portrait(s.px(24), s.px(32), nr, bg=(200, 30, 40), sex="男")
    b = portrait(s.px(24), s.px(32), nr, bg=(200, 30, 40), sex="女")
    ph.paste(a, (s.px(3), s.px(4)))
    ph.paste(b, (s.px(25), s.px(4)))
    s.paste(ph, PW + (PW - 52) / 2, 10)
    y = 58
    people = e["people"]  # [(name, sex, birth, idno), (...)]
    for name, sex, birth, idno, is_spouse in people:
        bd = d(birth)
        for lab, v, isv in [("姓名", name, True), ("性别", sex, False), ("国籍", "中国", False),
                            ("出生日期", f"{bd.year}年{bd.month:02d}月{bd.day:02d}日", False), ("身份证件号", idno, is_spouse)]:
            s.text(PW + 8, y, lab, bf, 3.0, lc, "ls")
            s.text(PW + 27, y, v, bf if lab != "身份证件号" else "dejavu", 3.3, INK, "ls", value=isv or lab == "姓名",
                   max_w=PW - 33)
            y += 6.0
        y += 3
    s.meta.update(gutter=PW)
    return s


# ---------------------------------------------------------------- old 税收完税证明

def tax_certificate(f, rows, R, ppm=7, extra=None):
    e = extra or {}
    W, H = 210.0, 148.0 if len(rows) <= 7 else 297.0
    s = _paper_sheet(W, H, ppm, R, base=(252, 250, 246))
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    # faint background pattern of the official form
    g = gfx.guilloche(s.W, s.H, nr, (200, 160, 160), (170, 190, 210), bg=(252, 250, 246), density=0.9)
    s.img = Image.blend(s.img, g, 0.5)
    s.refresh()
    bf = R.choice(["song", "sans", "hei"])
    s.text(W / 2, 16, "中华人民共和国", bf, 5, INK, "ms", track=1.5)
    s.text(W / 2, 26, "税 收 完 税 证 明", "serifb", 7, INK, "ms")
    s.text(W - 14, 16, f"No.{e.get('no', '')}", "dejavu", 3.2, (170, 40, 40), "rs")
    idt = d(f["issue_date"])
    s.text(14, 36, f"填发日期：{idt.year}年{idt.month:02d}月{idt.day:02d}日", bf, 3.2, INK, "ls", value=True)
    s.text(W / 2 + 10, 36, f"税务机关：{e.get('office', '')}", bf, 3.2, INK, "ls")
    y = 40
    s.rect(12, y, W - 12, y + 12, 0.3, INK)
    s.line(12 + 28, y, 12 + 28, y + 12, 0.2, INK)
    s.line(W / 2 + 5, y, W / 2 + 5, y + 12, 0.2, INK)
    s.line(W / 2 + 30, y, W / 2 + 30, y + 12, 0.2, INK)
    s.text(14, y + 7.5, "纳税人识别号", bf, 3.0, INK, "ls")
    s.text(12 + 30, y + 7.5, f["id_number"], "dmono", 3.2, INK, "ls", value=True)
    s.text(W / 2 + 7, y + 7.5, "纳税人名称", bf, 3.0, INK, "ls")
    s.text(W / 2 + 33, y + 7.5, f["name"], bf, 3.5, INK, "ls", value=True)
    y += 12
    cols = [("原凭证号", 30), ("税种", 20), ("品目名称", 26), ("税款所属时期", 44), ("入(退)库日期", 28), ("实缴(退)金额", 38)]
    x = 12
    rh = 8.5
    s.rect(12, y, W - 12, y + rh * (len(rows) + 2), 0.3, INK)
    for name, wcol in cols:
        s.text(x + wcol / 2, y + 5.8, name, bf, 2.9, INK, "ms")
        x += wcol
        s.line(x, y, x, y + rh * (len(rows) + 1), 0.2, INK)
    total = 0.0
    for i, r in enumerate(rows):
        yy = y + rh * (i + 1)
        s.line(12, yy, W - 12, yy, 0.2, INK)
        p = r["period"]
        from .util import month_last_day
        last = month_last_day(p)
        vals = [f"3{R.randint(10 ** 14, 10 ** 15 - 1)}"[:16], "个人所得税", "工资薪金所得",
                f"{p}-01至{last.isoformat()}", r["_paid"], r["amount"]]
        x = 12
        for (name, wcol), v in zip(cols, vals):
            s.text(x + 1, yy + 5.8, v, "dejavu" if v[:1].isdigit() else bf, 2.5 if len(v) > 12 else 2.8, INK, "ls",
                   value=name in ("税款所属时期", "实缴(退)金额"), max_w=wcol - 1.5)
            x += wcol
        total += float(r["amount"])
    yy = y + rh * (len(rows) + 1)
    s.line(12, yy, W - 12, yy, 0.2, INK)
    s.text(14, yy + 5.8, f"金额合计　（小写）¥{total:,.2f}", bf, 3.0, INK, "ls")
    yy += rh + 2
    s.rect(12, yy, W - 12, yy + 16, 0.3, INK)
    s.text(14, yy + 6, "备注：", bf, 3.0, INK, "ls")
    s.text(26, yy + 6, f"扣缴义务人：{rows[0]['withholding_agent']}", bf, 3.1, INK, "ls", value=True)
    s.text(26, yy + 12, "正常申报　一般申报", bf, 3.0, INK, "ls")
    s.seal(W - 40, yy + 4, 14, e.get("office", "国家税务总局上海市税务局"), "★", "征税专用章", rnd=R, color=gfx.SEAL_RED[2],
           alpha=0.7, kind="oval")
    s.text(W - 14, H - 8, "妥善保管", bf, 3.0, INK, "rs")
    return s


# ---------------------------------------------------------------- pages that are no document

def receipt_sheet(R, ppm=8, name=None):
    from .data import SHOPS, SHOP_ITEMS
    items = R.sample(SHOP_ITEMS, R.randint(3, 7))
    H = 70 + len(items) * 9
    s = _paper_sheet(76, H, ppm, R, base=(246, 246, 244), kind="receipt")
    f = R.choice(["dmono", "hei"])
    s.text(38, 10, R.choice(SHOPS), "hei", 3.6, INK, "ms")
    s.text(38, 16, f"欢迎光临  收银员:{R.randint(1000, 9999)}", "hei", 2.8, INK, "ms")
    y = 26
    tot = 0
    for nm, p in items:
        q = R.randint(1, 3)
        s.text(5, y, nm, "hei", 3.0, INK, "ls")
        s.text(71, y, f"{q} x {p:.2f}", f, 3.0, INK, "rs")
        tot += q * p
        y += 8
    s.line(4, y - 3, 72, y - 3, 0.2, (60, 60, 60))
    s.text(5, y + 3, "合计", "hei", 3.4, INK, "ls")
    s.text(71, y + 3, f"{tot:.2f}", f, 3.4, INK, "rs")
    s.text(5, y + 11, "支付方式：微信支付", "hei", 2.8, INK, "ls")
    s.text(5, y + 18, f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(8, 21):02d}:{R.randint(0, 59):02d}",
           f, 2.8, INK, "ls")
    s.text(38, y + 28, "谢谢惠顾 欢迎再次光临", "hei", 2.8, INK, "ms")
    return s


def rental_sheet(R, ppm=7, tenant=None, addr=None, start=None):
    s = _paper_sheet(*A4, ppm, R)
    bf = R.choice(["song", "sans"])
    s.text(105, 30, "房 屋 租 赁 合 同", "sansb", 8, INK, "ms")
    y = 48
    for lab, v in [("出租方（甲方）：", R.choice(["周建国", "钱玉兰", "沈志明", "陆美华"])),
                   ("承租方（乙方）：", tenant or "张伟")]:
        s.text(22, y, lab + v, bf, 4.0, INK, "ls")
        y += 9
    y += 4
    txt = (f"根据《中华人民共和国民法典》及有关规定，甲乙双方在平等、自愿、协商一致的基础上，就乙方承租甲方房屋事宜，订立本合同。"
           f"第一条　甲方将坐落于{addr or '上海市闵行区七莘路1885弄23号402室'}的房屋出租给乙方居住使用。"
           f"第二条　租赁期限自{start or '2025年3月1日'}起至两年后同日止。"
           f"第三条　月租金为人民币{R.randint(35, 80) * 100}元，按季支付，乙方应于每季首月五日前支付租金。"
           "第四条　乙方应爱护房屋及附属设施，不得擅自改变房屋结构。甲方应保证房屋及设施的正常使用。"
           "第五条　租赁期间发生的水、电、燃气、网络等费用由乙方承担。物业管理费由甲方承担。")
    for part in txt.split("第"):
        if not part:
            continue
        y = s.para(22, y, 166, ("第" + part) if part[0] in "一二三四五六" else part, bf, 3.8, 1.8) + 2
    s.text(150, 285, "第 1 页 共 3 页", bf, 3.0, (60, 60, 60), "ms")
    return s


def blank_sheet(R, ppm=7):
    s = _paper_sheet(*A4, ppm, R, base=(248, 248, 246))
    # faint show-through of the other side
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    a = np.asarray(s.img, np.float32)
    for _ in range(18):
        y = int(nr.integers(s.px(30), s.px(260)))
        x0 = int(nr.integers(s.px(20), s.px(40)))
        x1 = int(nr.integers(s.px(120), s.px(190)))
        a[y:y + s.px(1.6), x0:x1] *= 0.985
    s.img = Image.fromarray(a.astype(np.uint8))
    s.refresh()
    return s
