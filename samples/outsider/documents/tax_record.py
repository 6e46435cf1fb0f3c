"""个人所得税纳税记录 in its forms: the national record (text-layer PDF: 申报日期, 实缴(退)金额, 入(退)库日期, 所得项目,
税款所属期 as a day range, 入库税务机关, 备注 holding `扣缴义务人：…` with the payer's 统一社会信用代码 before or after
its name; rules drawn or not; cells of two lines; a 查询验证码 at the foot), the app's 收入纳税明细 screens, the
older 税收完税证明, and a printed 纳税清单 with the payer in its own column beside its code."""
from __future__ import annotations

import random

from samples.outsider import marks
from samples.outsider.dates import month_end, month_start, ymd
from samples.outsider.documents.common import Drawn, DrawnPage, Style, face
from samples.outsider.sheet import GREY, Sheet
from samples.outsider.story import TaxRecord, TaxRow

A4_W, A4_H = 210.0, 297.0


def _row_truth(r: TaxRow) -> dict:
    return {"period": r.period, "withholding_agent": r.agent.name, "amount": r.amount}


def _bracketed(name: str, rng: random.Random) -> str:
    return name.replace("(", "（").replace(")", "）") if rng.random() < 0.5 else name


def _period_text(r: TaxRow, style: str) -> str:
    a, b = month_start(r.period), month_end(r.period)
    if style == "dash":
        return f"{ymd(a, 'dash')}至{ymd(b, 'dash')}"
    if style == "dot":
        return f"{ymd(a, 'dot')}-{ymd(b, 'dot')}"
    return f"{ymd(a, 'dash')}\n至{ymd(b, 'dash')}"


def draw_national(rng: random.Random, t: TaxRecord, pdf: bool) -> Drawn:
    st = Style.pick(rng, pdf, size=(7.5, 8.5))
    ruled = rng.random() < 0.5
    code_place = rng.choice(("none", "before", "after"))
    period_style = rng.choice(("dash", "dot", "two_lines"))
    cols = [("申报日期", 20), ("实缴(退)金额", 20), ("入(退)库日期", 20), ("所得项目", 22), ("税款所属期", 28),
            ("入库税务机关", 34), ("备注", 42)]
    x0 = 8.0
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    per_page = rng.randint(9, 14)
    chunks = [t.rows[i:i + per_page] for i in range(0, len(t.rows), per_page)] or [[]]
    code = f"No.{rng.randint(10**14, 10**15 - 1)}"
    verify = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
    pages: list[DrawnPage] = []
    total = sum(float(r.amount) for r in t.rows)
    for n, chunk in enumerate(chunks, 1):
        s = Sheet(A4_W, A4_H, "a4")
        s.text(A4_W / 2, 20, "中华人民共和国个人所得税纳税记录", st.title, 15, anchor="c")
        s.text(A4_W / 2, 27, "（原《税收完税证明》）", st.body, 10, anchor="c")
        s.text(A4_W - 10, 34, code, st.body, 8, anchor="r")
        y = 42
        s.text(x0, y, f"纳税人名称：{t.name}", st.label, 9)
        s.text(110, y, f"纳税人识别号：{t.id_number}", st.label, 9)
        s.text(x0, y + 7, f"记录期间：{t.period_from.replace('-', '年')}月-{t.period_to.replace('-', '年')}月", st.label, 9)
        s.text(110, y + 7, f"开具日期：{ymd(t.issue_date, rng.choice(('cjk', 'dash')))}", st.label, 9)
        y += 14
        table_top = y
        s.line(x0, y, xs[-1], y, 0.3)
        for (label, _), x in zip(cols, xs):
            s.text(x + 1.2, y + 5, label, st.label, 7.8)
        y += 8
        s.line(x0, y, xs[-1], y, 0.3)
        for r in chunk:
            remark_name = _bracketed(r.agent.name, rng)
            remark = {"none": f"扣缴义务人：{remark_name}",
                      "before": f"扣缴义务人：{r.agent.credit_code} {remark_name}",
                      "after": f"扣缴义务人：{remark_name}（{r.agent.credit_code}）"}[code_place]
            cells = [ymd(r.declared_on, "dash"), r.amount, ymd(r.paid_on, "dash"), r.item,
                     _period_text(r, period_style), r.office, remark]
            wrapped = []
            for (label, w), cell in zip(cols, cells):
                lines = []
                for part in cell.split("\n"):
                    lines += Sheet.wrap(part, st.value, st.size, w - 2.4)
                wrapped.append(lines)
            h = max(7.5, 2.5 + max(len(l) for l in wrapped) * st.size * 0.42)
            for x, lines in zip(xs, wrapped):
                for k, line in enumerate(lines):
                    s.text(x + 1.2, y + 4.3 + k * st.size * 0.42, line, st.value, st.size)
            y += h
            if ruled:
                s.line(x0, y, xs[-1], y, 0.15)
        if ruled:
            for x in xs:
                s.line(x, table_top, x, y, 0.15)
        s.line(x0, y, xs[-1], y, 0.3)
        if n == len(chunks):
            s.text(x0, y + 8, f"金额合计：（小写）¥{total:.2f}", st.body, 9)
            s.text(x0, y + 16, "说明：本记录涉及纳税人敏感信息，请妥善保管。您可通过个人所得税App或自然人电子税务局扫描二维码或输入查询验证码进行验证。",
                   st.body, 7.5, GREY)
            s.picture(150, y + 20, 198, y + 60, marks.seal(rng, "国家税务总局上海市税务局", "征收专用章", 40,
                                                           colour=(215, 40, 45)), multiply=True)
        s.text(x0, 280, f"查询验证码：{verify}", st.body, 8.5)
        s.picture(176, 262, 198, 284, marks.qr_code(rng))
        s.text(A4_W / 2, 290, f"第{n}页/共{len(chunks)}页", st.body, 8, anchor="c")
        fields = {"name": t.name, "id_number": t.id_number, "issue_date": t.issue_date.isoformat()} if n == 1 else {}
        pages.append(DrawnPage(s, fields, [_row_truth(r) for r in chunk]))
    return Drawn("tax_record", f"tax_national_{'ruled' if ruled else 'unruled'}_code_{code_place}", pages, "web")


def draw_app_screens(rng: random.Random, t: TaxRecord) -> Drawn:
    """收入纳税明细 in the app: newest month first, a card per row, 3–4 cards a screen, several screenshots."""
    W, H = 108.0, 234.0
    ui, bold = face(rng, "hei"), face(rng, "hei_bold")
    rows = sorted(t.rows, key=lambda r: r.period, reverse=True)
    per = rng.choice((3, 4))
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    pages = []
    for n, chunk in enumerate(chunks):
        s = Sheet(W, H, "screen", (244, 245, 247))
        s.text(6, 5.5, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", ui, 9)
        s.box(95, 3, 103, 6, stroke=(30, 30, 30), width=0.3, radius=0.8)
        s.text(6, 16, "‹", ui, 18)
        s.text(W / 2, 15.5, "收入纳税明细", bold, 11.5, anchor="c")
        y = 24.0
        if n == 0:
            s.box(0, 21, W, 33, stroke=None, fill=(255, 255, 255))
            s.text(8, 29, f"{t.period_to[:4]}年 ▾", ui, 9.5)
            s.text(W - 8, 29, "所得类型：全部 ▾", ui, 9.5, anchor="r")
            s.box(5, 36, W - 5, 60, stroke=None, fill=(226, 60, 50), radius=2.5)
            income = sum(float(r.income) for r in t.rows)
            tax = sum(float(r.amount) for r in t.rows)
            s.text(10, 45, "收入合计（元）", ui, 8.5, (255, 230, 230))
            s.text(10, 54, f"{income:,.2f}", bold, 13, (255, 255, 255))
            s.text(60, 45, "已申报税额合计（元）", ui, 8.5, (255, 230, 230))
            s.text(60, 54, f"{tax:.2f}", bold, 13, (255, 255, 255))
            y = 66.0
        for r in chunk:
            agent = r.agent.name.replace("(", "（").replace(")", "）")
            lines = Sheet.wrap(agent, ui, 9.5, 58)
            h = 40 + 5 * (len(lines) - 1)
            s.box(5, y, W - 5, y + h, stroke=None, fill=(255, 255, 255), radius=2.5)
            s.text(10, y + 8, r.period, bold, 11)
            s.text(W - 10, y + 8, r.item.replace("所得", "") if rng.random() < 0.5 else r.item, ui, 9.5,
                   (120, 120, 126), anchor="r")
            s.line(10, y + 11.5, W - 10, y + 11.5, 0.12, (230, 230, 234))
            s.text(10, y + 18, "扣缴义务人", ui, 9, (140, 140, 146))
            for k, line in enumerate(lines):
                s.text(W - 10, y + 18 + 5 * k, line, ui, 9.5, anchor="r")
            yy = y + 18 + 5 * (len(lines) - 1)
            s.text(10, yy + 8, "收入", ui, 9, (140, 140, 146))
            s.text(W - 10, yy + 8, f"{float(r.income):,.2f}", ui, 9.5, anchor="r")
            s.text(10, yy + 15, "已申报税额", ui, 9, (140, 140, 146))
            s.text(W - 10, yy + 15, r.amount, ui, 9.5, anchor="r")
            y += h + 4
        pages.append(DrawnPage(s, {}, [_row_truth(r) for r in chunk]))
    return Drawn("tax_record", "tax_app_income_detail", pages, "screen")


def draw_old_certificate(rng: random.Random, t: TaxRecord) -> Drawn:
    """税收完税证明 (older form): 填发日期, 税务机关, 纳税人识别号/名称, rows with 税款所属时期 and the payer in its own
    column."""
    st = Style.pick(rng, size=(8, 9))
    s = Sheet(A4_H, A4_W, "a4")  # landscape
    s.text(A4_H / 2, 20, "中华人民共和国", st.title, 14, anchor="c", spacing=2)
    s.text(A4_H / 2, 31, "税 收 完 税 证 明", st.title, 18, anchor="c", spacing=1)
    s.text(A4_H - 15, 31, f"（{t.issue_date.year}）沪地证 {rng.randint(1000000, 9999999)}", st.body, 9, anchor="r")
    s.text(15, 42, f"填发日期：{ymd(t.issue_date)}", st.label, 9.5)
    s.text(120, 42, f"税务机关：{t.rows[-1].office}", st.label, 9.5)
    x = [15, 60, 95, 140, 200, 232, 282]
    y = 48
    s.box(15, y, 282, y + 9, width=0.3)
    s.text(17, y + 6, "纳税人识别号", st.label, 9)
    s.text(45, y + 6, t.id_number, st.value, 9.5)
    s.text(150, y + 6, "纳税人名称", st.label, 9)
    s.text(175, y + 6, t.name, st.value, 9.5)
    y += 9
    heads = ("原凭证号", "税种", "品目名称", "税款所属时期", "入(退)库日期", "实缴(退)金额")
    s.box(15, y, 282, y + 8, width=0.3)
    cols = [15, 50, 70, 95, 150, 180, 205]
    for h, cx in zip(heads, cols):
        s.text(cx + 1.5, y + 5.5, h, st.label, 8.5)
    s.text(207, y + 5.5, "扣缴义务人", st.label, 8.5)
    y += 8
    for r in t.rows[-16:]:
        cells = (f"3{rng.randint(10**16, 10**17 - 1)}", "个人所得税", r.item, _period_text(r, "dash"),
                 ymd(r.paid_on, "dash"), r.amount)
        for c, cx in zip(cells, cols):
            s.text(cx + 1.5, y + 4.8, c, st.value, 7.8)
        agent_lines = Sheet.wrap(_bracketed(r.agent.name, rng), st.value, 7.8, 73)
        for k, line in enumerate(agent_lines[:2]):
            s.text(207, y + 4.8 + k * 3.4, line, st.value, 7.8)
        h = 7 + 3.4 * (min(2, len(agent_lines)) - 1)
        s.line(15, y + h, 282, y + h, 0.15)
        y += h
    for cx in cols + [282]:
        s.line(cx, 57, cx, y, 0.2)
    total = sum(float(r.amount) for r in t.rows[-16:])
    s.text(17, y + 7, f"金额合计（小写）¥{total:.2f}", st.value, 9)
    s.text(17, y + 18, "税务机关（盖章）", st.label, 9)
    s.text(150, y + 18, f"填票人：{rng.choice(('电子', '自助'))}", st.label, 9)
    s.text(17, y + 26, "妥善保管", st.body, 8, GREY)
    s.picture(40, y + 2, 78, y + 40, marks.seal(rng, t.rows[-1].office, "征收专用章", 38), multiply=True)
    rows = t.rows[-16:]
    return Drawn("tax_record", "tax_old_completion_certificate",
                 [DrawnPage(s, {"name": t.name, "id_number": t.id_number, "issue_date": t.issue_date.isoformat()},
                            [_row_truth(r) for r in rows])], "paper")


def draw_list(rng: random.Random, t: TaxRecord) -> Drawn:
    """A printed 纳税清单: the payer's name in one column and its 纳税人识别号 in the next."""
    st = Style.pick(rng, size=(7.5, 8.5))
    s = Sheet(A4_W, A4_H, "a4")
    s.text(A4_W / 2, 22, "个人所得税纳税清单", st.title, 16, anchor="c")
    s.text(12, 34, f"纳税人姓名：{t.name}", st.label, 9.5)
    s.text(100, 34, f"身份证件号码：{t.id_number}", st.label, 9.5)
    s.text(12, 41, f"打印日期：{ymd(t.issue_date, 'slash')}", st.label, 9.5)
    heads = (("序号", 9), ("所得项目", 20), ("所属期起", 19), ("所属期止", 19), ("扣缴义务人名称", 44),
             ("扣缴义务人纳税人识别号", 36), ("收入额", 19), ("已缴税额", 20))
    xs = [8.0]
    for _, w in heads:
        xs.append(xs[-1] + w)
    y = 46
    s.box(xs[0], y, xs[-1], y + 8, fill=(236, 236, 236), width=0.25)
    for (h, w), x in zip(heads, xs):
        s.text(x + 1, y + 5.3, h if Sheet.width_of(h, st.label, 7.5) < w - 1 else h[:5] + "…", st.label, 7.5)
    y += 8
    for k, r in enumerate(t.rows, 1):
        name_lines = Sheet.wrap(_bracketed(r.agent.name, rng), st.value, st.size, 42)
        h = 3 + len(name_lines) * 3.6
        cells = (str(k), r.item.replace("所得", ""), ymd(month_start(r.period), "dash"), ymd(month_end(r.period), "dash"))
        for c, x in zip(cells, xs):
            s.text(x + 1, y + 4.2, c, st.value, st.size)
        for j, line in enumerate(name_lines):
            s.text(xs[4] + 1, y + 4.2 + j * 3.6, line, st.value, st.size)
        s.text(xs[5] + 1, y + 4.2, r.agent.credit_code, st.value, st.size)
        s.text(xs[7] - 1, y + 4.2, r.income, st.value, st.size, anchor="r")
        s.text(xs[8] - 1, y + 4.2, r.amount, st.value, st.size, anchor="r")
        y += h
        s.line(xs[0], y, xs[-1], y, 0.15)
    for x in xs:
        s.line(x, 46, x, y, 0.15)
    return Drawn("tax_record", "tax_printed_list",
                 [DrawnPage(s, {"name": t.name, "id_number": t.id_number, "issue_date": t.issue_date.isoformat()},
                            [_row_truth(r) for r in t.rows])], "paper")
