"""劳动合同 in three forms: the model text (示范文本) with fill-in lines and the term as ticked options; a company's
own template with the parties in a small table, numbered pages and a term worded as dates or as 期限三年; and the
one-page 续订书 that extends an ended term. Running clauses mention 甲方, 乙方 and other people; the 试用期 dates
stand near the term; the signature page carries the company seal and the signing dates."""
from __future__ import annotations

import random
from datetime import date
from typing import Optional

from samples.outsider import marks
from samples.outsider.dates import add_months, add_years, days, ymd
from samples.outsider.documents import contract_text
from samples.outsider.documents.common import Drawn, DrawnPage, Style, face
from samples.outsider.people import person_name
from samples.outsider.sheet import INK_BLUE, Sheet
from samples.outsider.story import Contract

A4_W, A4_H = 210.0, 297.0
MARGIN, BOTTOM = 25.0, 265.0
CN_NUM = "零一二三四五六七八九十"


def _bracketed(name: str) -> str:
    """Contracts are typed with full-width brackets: 某某（上海）有限公司."""
    return name.replace("(", "（").replace(")", "）")


def term_in_words(c: Contract) -> Optional[str]:
    """期限三年 / 期限十一个月 when the end is exactly that long after the start, else None."""
    if c.end is None:
        return None
    after = c.end + days(1)
    for years in range(1, 11):
        if add_years(c.start, years) == after:
            return f"期限{CN_NUM[years]}年"
    for months in range(1, 12):
        if add_months(c.start, months) == after:
            return f"期限{CN_NUM[months] if months <= 10 else '十' + CN_NUM[months - 10]}个月"
    return None


class Pager:
    """Lays running text onto as many A4 pages as it needs, with a page number at each foot."""

    def __init__(self, rng: random.Random, st: Style, numbering: str, header: str = ""):
        self.rng, self.st, self.numbering, self.header = rng, st, numbering, header
        self.sheets: list[Sheet] = []
        self.leading = rng.uniform(1.55, 1.9)
        self.new_page()

    def new_page(self) -> None:
        self.sheet = Sheet(A4_W, A4_H, "a4")
        self.sheets.append(self.sheet)
        self.y = 30.0
        if self.header:
            self.sheet.text(MARGIN, 15, self.header, self.st.label, 8, (110, 110, 110))
            self.sheet.line(MARGIN, 17, A4_W - MARGIN, 17, 0.2, (140, 140, 140))

    def ensure(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    def para(self, text: str, indent: int = 2, bold: bool = False) -> None:
        f = self.st.title if bold else self.st.body
        step = self.st.size / 2.835 * self.leading
        for line in Sheet.wrap("　" * indent + text, f, self.st.size, A4_W - 2 * MARGIN):
            self.ensure(step)
            self.sheet.text(MARGIN, self.y, line, f, self.st.size)
            self.y += step
        self.y += 1.5

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for k, s in enumerate(self.sheets, 1):
            label = {"of": f"第 {k} 页 共 {n} 页", "dash": f"- {k} -", "slash": f"{k}/{n}"}[self.numbering]
            s.text(A4_W / 2, 285, label, self.st.body, 9, anchor="c")
        return self.sheets


def _filler(rng: random.Random, st: Style):
    if rng.random() < 0.45:
        return face(rng, "hand"), rng, rng.choice((INK_BLUE, (20, 20, 20)))
    return st.value, None, (20, 20, 22)


def _blank(s: Sheet, x: float, y: float, value: str, width: float, vf, size, ink, hand) -> float:
    """A fill-in line with its value written on it; returns the x after it."""
    s.line(x, y + 1.2, x + width, y + 1.2, 0.25)
    if value:
        s.text(x + width / 2, y, value, vf, size, ink, anchor="c", hand=hand)
    return x + width


def _pieces(s: Sheet, x: float, y: float, pieces, st: Style, vf, ink, hand) -> float:
    """Text and blanks in one line: ("t", text) or ("b", value, width)."""
    for piece in pieces:
        if piece[0] == "t":
            x += s.text(x, y, piece[1], st.body, st.size)
        else:
            x = _blank(s, x + 0.5, y, piece[1], piece[2], vf, st.size, ink, hand) + 0.5
    return x


def _date_blanks(d: Optional[date]) -> list:
    if d is None:
        return [("b", "", 12), ("t", "年"), ("b", "", 8), ("t", "月"), ("b", "", 8), ("t", "日")]
    return [("b", str(d.year), 12), ("t", "年"), ("b", str(d.month), 8), ("t", "月"), ("b", str(d.day), 8), ("t", "日")]


def _signature_block(rng: random.Random, s: Sheet, y: float, c: Contract, st: Style, vf, ink, hand) -> None:
    signed = c.signing_date
    s.text(MARGIN, y, "甲方（盖章）：", st.body, st.size)
    s.text(115, y, "乙方（签字）：", st.body, st.size)
    s.text(142, y + 1, c.employee_name, face(rng, "hand"), st.size + 5, rng.choice((INK_BLUE, (15, 15, 15))),
           hand=rng, spacing=1.0)
    s.text(MARGIN, y + 16, "法定代表人或委托代理人（签字或盖章）：", st.body, st.size - 1)
    s.picture(MARGIN + 10, y + 19, MARGIN + 45, y + 33, marks.scribble(rng), multiply=True)
    for x in (MARGIN, 115):
        s.text(x, y + 42, "签订日期：", st.body, st.size)
        if hand is None and rng.random() < 0.5:
            s.text(x + 22, y + 42, ymd(signed, "cjk", spaced=True), st.value, st.size)
        else:
            _pieces(s, x + 20, y + 42, _date_blanks(signed), st, vf if hand else face(rng, "hand"), ink,
                    hand or rng)
    seal = marks.seal(rng, _bracketed(c.employer.name), rng.choice(("合同专用章", "", "人事专用章")), 40,
                      number=c.employer.credit_code[-13:] if rng.random() < 0.3 else "")
    s.picture(MARGIN + 8, y - 18, MARGIN + 50, y + 24, seal, multiply=True)


def _truth(c: Contract, ticked: bool, term_words: bool = False) -> dict:
    out = {"employer": c.employer.name, "employee_name": c.employee_name,
           "employee_id_number": c.employee_id_number, "start_date": c.start.isoformat(),
           "signing_date": c.signing_date.isoformat()}
    if c.end is not None:
        out["end_date"] = c.end.isoformat()
    if c.open_ended:
        out["open_ended"] = True
    elif ticked:
        out["open_ended"] = False  # the ticked option says so in so many words
    return out


# ---- the model text -------------------------------------------------------------------------------------------
def draw_model(rng: random.Random, c: Contract, contact: str) -> Drawn:
    st = Style.pick(rng, size=(10.5, 12))
    vf, hand, ink = _filler(rng, st)
    cover = Sheet(A4_W, A4_H, "a4")
    cover.text(A4_W / 2, 80, rng.choice(("劳 动 合 同 书", "上海市劳动合同书", "劳动合同")), st.title, 26, anchor="c",
               spacing=1.5)
    cover.text(A4_W / 2, 95, "（示范文本）", st.body, 13, anchor="c")
    y = 150
    for label, value in (("甲方（用人单位）：", _bracketed(c.employer.name)), ("乙方（劳动者）：", c.employee_name)):
        x = 40 + cover.text(40, y, label, st.body, 13)
        _blank(cover, x, y, value, 170 - x, vf, 12.5, ink, hand)
        y += 18
    x = 40 + cover.text(40, y, "签订日期：", st.body, 13)
    _pieces(cover, x, y, _date_blanks(c.signing_date), st, vf, ink, hand)

    pager = Pager(rng, st, rng.choice(("of", "dash", "slash")))
    s = pager.sheet
    lh = st.size / 2.835 * 2.0
    y = 30.0
    party = [("甲方（用人单位）名称：", _bracketed(c.employer.name)),
             ("法定代表人（主要负责人）或委托代理人：", person_name(rng, rng.random() < 0.3)),
             ("注册地址：", f"上海市{c.employer.district}{rng.choice(('科苑路', '金海路', '中春路', '江场路'))}{rng.randint(1, 999)}号"),
             ("乙方（劳动者）姓名：", c.employee_name),
             ("公民身份号码：", c.employee_id_number),
             ("户籍地址：", ""),
             ("经常居住地（通讯地址）：", c.employee_address),
             ("联系电话：", f"1{rng.choice((3, 5, 8))}{rng.randint(100000000, 999999999)}")]
    for label, value in party:
        x = MARGIN + s.text(MARGIN, y, label, st.body, st.size)
        size = st.size
        while value and Sheet.width_of(value, vf, size) > A4_W - MARGIN - x - 4 and size > 7:
            size -= 0.5
        _blank(s, x, y, value, A4_W - MARGIN - x, vf, size, ink, hand)
        y += lh
    pager.y = y + 4
    pager.para("根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。")
    pager.para("一、劳动合同期限", 0, bold=True)
    pager.para("第一条 本合同期限类型为下列第　　种（在选定的期限类型前的□内打√）：", 2)
    choice = 2 if c.open_ended else 1
    s, y = pager.sheet, pager.y
    options = [
        [("t", "固定期限：自")] + _date_blanks(c.start if choice == 1 else None) + [("t", "起至")]
        + _date_blanks(c.end if choice == 1 else None) + [("t", "止。")],
        [("t", "无固定期限：自")] + _date_blanks(c.start if choice == 2 else None) + [("t", "起。")],
        [("t", "以完成一定工作任务为期限：自")] + _date_blanks(None) + [("t", "起至工作任务完成时止。")],
    ]
    for k, pieces in enumerate(options, 1):
        s.checkbox(MARGIN + 6, y + 0.6, 3.6, ticked=(k == choice), colour=ink if hand else (20, 20, 20))
        _pieces(s, MARGIN + 11, y, pieces, st, vf, ink, hand)
        y += lh
    pager.y = y + 2
    if c.probation_months:
        p_end = add_months(c.start, c.probation_months) - days(1)
        s = pager.sheet
        x = MARGIN + s.text(MARGIN, pager.y, "　　其中试用期自", st.body, st.size)
        _pieces(s, x, pager.y, _date_blanks(c.start) + [("t", "起至")] + _date_blanks(p_end) + [("t", "止。")],
                st, vf, ink, hand)
        pager.y += lh
    hr = person_name(rng, rng.random() < 0.6)
    for n, (heading, sentences) in enumerate(contract_text.clauses(rng, c.job, contact, hr), 2):
        pager.ensure(25)
        pager.para(f"{contract_text.CN_ORDINALS[n - 1]}、{heading}", 0, bold=True)
        for sentence in sentences:
            pager.para(sentence)
    pager.ensure(80)
    pages = pager.finish()
    sig = pages[-1]
    _signature_block(rng, sig, pager.y + 25, c, st, vf, ink, hand)
    truth = _truth(c, ticked=True)
    drawn = [DrawnPage(cover, {"employer": c.employer.name, "employee_name": c.employee_name,
                               "signing_date": c.signing_date.isoformat()})]
    drawn.append(DrawnPage(pages[0], {k: v for k, v in truth.items() if k != "signing_date"}))
    drawn += [DrawnPage(p) for p in pages[1:-1]]
    if len(pages) > 1:
        drawn.append(DrawnPage(pages[-1], {"signing_date": c.signing_date.isoformat()}))
    else:
        drawn[-1].fields["signing_date"] = c.signing_date.isoformat()
    return Drawn("labour_contract", "contract_model_text_" + ("hand" if hand else "typed"), drawn, "paper")


# ---- a company's own template ---------------------------------------------------------------------------------
def draw_company(rng: random.Random, c: Contract, contact: str, pdf: bool = False) -> Drawn:
    st = Style.pick(rng, pdf, size=(10, 11.5))
    employer = _bracketed(c.employer.name)
    pager = Pager(rng, st, rng.choice(("of", "slash")), header=employer if rng.random() < 0.6 else "")
    s = pager.sheet
    s.text(A4_W / 2, 36, "劳动合同", st.title, 20, anchor="c", spacing=3)
    s.text(A4_W - MARGIN, 44, f"合同编号：HT{c.signing_date:%Y}{rng.randint(1000, 9999)}", st.body, 9, anchor="r")
    y = 50
    rows = [("甲方", "名称", employer), ("", "法定代表人", person_name(rng, False)),
            ("", "地址", f"上海市{c.employer.district}{rng.choice(('碧波路', '祖冲之路', '宜山路', '新骏环路'))}{rng.randint(1, 999)}号"),
            ("乙方", "姓名", c.employee_name), ("", "身份证号码", c.employee_id_number),
            ("", "住址", c.employee_address), ("", "联系电话", f"1{rng.choice((3, 5, 8))}{rng.randint(100000000, 999999999)}")]
    xs = (MARGIN, MARGIN + 18, MARGIN + 48, A4_W - MARGIN)
    h = 9
    for party, label, value in rows:
        if party:
            span = 3 if party == "甲方" else 4
            s.box(xs[0], y, xs[1], y + h * span, width=0.3)
            s.text((xs[0] + xs[1]) / 2, y + h * span / 2 + 1.5, party, st.label, st.size, anchor="c")
        s.box(xs[1], y, xs[2], y + h, width=0.3)
        s.box(xs[2], y, xs[3], y + h, width=0.3)
        s.text(xs[1] + 2, y + 6, label, st.label, st.size - 0.5)
        size = st.size
        while Sheet.width_of(value, st.value, size) > xs[3] - xs[2] - 4:
            size -= 0.5
        s.text(xs[2] + 2, y + 6, value, st.value, size)
        y += h
    pager.y = y + 10
    pager.para("甲乙双方根据《中华人民共和国劳动合同法》等法律法规的规定，在平等自愿、协商一致的基础上，订立本合同。")
    pager.para("第一条 合同期限", 0, bold=True)
    words = term_in_words(c)
    if c.open_ended:
        pager.para(f"本合同为无固定期限劳动合同，自{ymd(c.start)}起生效。")
        layout = "contract_company_open_ended"
    elif words and rng.random() < 0.5:
        pager.para(f"本合同为固定期限劳动合同，{words}，自{ymd(c.start)}起计算。")
        layout = "contract_company_term_in_words"
    else:
        pager.para(f"本合同为固定期限劳动合同，合同期限自{ymd(c.start, rng.choice(('cjk', 'cjk', 'dot')))}起至"
                   f"{ymd(c.end, rng.choice(('cjk', 'cjk', 'dot')))}止。")
        layout = "contract_company_dates"
    if c.probation_months:
        p_end = add_months(c.start, c.probation_months) - days(1)
        pager.para(f"其中试用期{c.probation_months}个月，自{ymd(c.start)}起至{ymd(p_end)}止。")
    hr = person_name(rng, True)
    sections = contract_text.clauses(rng, c.job, contact, hr)
    extra = rng.randint(0, 4)  # long templates repeat their rules in more detail
    for n, (heading, sentences) in enumerate(sections + sections[2:2 + extra], 2):
        pager.ensure(22)
        pager.para(f"第{contract_text.CN_ORDINALS[n - 1] if n <= 10 else '十' + contract_text.CN_ORDINALS[n - 11]}条 {heading}", 0, bold=True)
        for sentence in sentences:
            pager.para(sentence)
    pager.ensure(80)
    pages = pager.finish()
    _signature_block(rng, pages[-1], pager.y + 25, c, st, st.value, (20, 20, 22), None)
    truth = _truth(c, ticked=False)
    drawn = [DrawnPage(pages[0], {k: v for k, v in truth.items() if k != "signing_date"})]
    drawn += [DrawnPage(p) for p in pages[1:]]
    drawn[-1].fields["signing_date"] = c.signing_date.isoformat()
    return Drawn("labour_contract", layout, drawn, "web" if pdf else "paper")


# ---- 续订书 -----------------------------------------------------------------------------------------------------
def draw_renewal(rng: random.Random, c: Contract) -> Drawn:
    old = c.renewal_of
    st = Style.pick(rng, size=(11, 12.5))
    vf, hand, ink = _filler(rng, st)
    s = Sheet(A4_W, A4_H, "a4")
    s.text(A4_W / 2, 35, rng.choice(("劳动合同续订书", "续订劳动合同书")), st.title, 20, anchor="c", spacing=1.5)
    y = 55
    lh = st.size / 2.835 * 2.1
    for label, value in (("甲方（用人单位）：", _bracketed(c.employer.name)), ("乙方（劳动者）：", c.employee_name),
                         ("乙方公民身份号码：", c.employee_id_number)):
        x = MARGIN + s.text(MARGIN, y, label, st.body, st.size)
        _blank(s, x, y, value, A4_W - MARGIN - x, vf, st.size, ink, hand)
        y += lh
    pager_text = (f"甲乙双方于{ymd(old.signing_date)}签订的劳动合同，合同期限自{ymd(old.start)}起至{ymd(old.end)}止。"
                  "经双方协商一致，同意续订劳动合同，续订的劳动合同期限为下列第　　种：")
    y += 4
    for line in Sheet.wrap("　　" + pager_text, st.body, st.size, A4_W - 2 * MARGIN):
        s.text(MARGIN, y, line, st.body, st.size)
        y += lh
    options = [
        [("t", "固定期限：自")] + _date_blanks(c.start if c.end else None) + [("t", "起至")]
        + _date_blanks(c.end) + [("t", "止。")],
        [("t", "无固定期限：自")] + _date_blanks(c.start if c.end is None else None) + [("t", "起。")],
    ]
    for k, pieces in enumerate(options):
        s.checkbox(MARGIN + 6, y + 0.6, 3.6, ticked=(k == (1 if c.end is None else 0)))
        _pieces(s, MARGIN + 11, y, pieces, st, vf, ink, hand)
        y += lh
    for line in Sheet.wrap("　　续订合同期间，双方的权利义务仍按原劳动合同的约定执行；原合同条款与国家新规定不符的，按新规定执行。",
                           st.body, st.size, A4_W - 2 * MARGIN):
        s.text(MARGIN, y, line, st.body, st.size)
        y += lh
    _signature_block(rng, s, y + 30, c, st, vf, ink, hand)
    return Drawn("labour_contract", "contract_renewal_" + ("hand" if hand else "typed"),
                 [DrawnPage(s, _truth(c, ticked=True))], "paper")
