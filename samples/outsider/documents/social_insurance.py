"""社保缴费记录: the 上海市社会保险个人缴费情况 print (缴费年月, 单位名称, 缴费基数, amounts per insurance, 缴费类型
正常/补缴), a variant with 费款所属期/缴费单位 and 补缴 marked in 备注, and one that gives months as ranges in one
row with a separate 补缴 section. 12–36 months over several pages; the employer may change mid-record."""
from __future__ import annotations

import random

from samples.outsider import marks
from samples.outsider.dates import ymd
from samples.outsider.documents.common import Drawn, DrawnPage, Style
from samples.outsider.sheet import GREY, Sheet
from samples.outsider.story import InsuranceRecord, InsuranceRow

A4_W, A4_H = 210.0, 297.0


def _truth(r: InsuranceRow) -> dict:
    return {"month": r.month, "employer": r.employer.name, "base": r.base, "back_payment": r.back_payment}


def _amounts(base: str) -> tuple[str, str, str]:
    b = float(base)
    return f"{b * 0.08:.2f}", f"{b * 0.02:.2f}", f"{b * 0.005:.2f}"


def _ranges(rows: list[InsuranceRow]) -> list[list[InsuranceRow]]:
    """Runs of consecutive regular months with one employer and one base."""
    runs: list[list[InsuranceRow]] = []
    for r in rows:
        if runs and not r.back_payment and not runs[-1][-1].back_payment and runs[-1][-1].employer == r.employer \
                and runs[-1][-1].base == r.base:
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


def draw(rng: random.Random, rec: InsuranceRecord, pdf: bool) -> Drawn:
    layout = rng.choice(("si_status_column", "si_remark_column", "si_month_ranges"))
    st = Style.pick(rng, pdf, size=(7.5, 8.5))
    title = rng.choice(("上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）"))
    if layout == "si_month_ranges":
        regular = [r for r in rec.rows if not r.back_payment]
        back = [r for r in rec.rows if r.back_payment]
        lines = [("range", run) for run in _ranges(regular)]
        if back:
            lines.append(("section", None))
            lines += [("back", [r]) for r in back]
        heads = (("缴费起止年月", 34), ("缴费单位", 66), ("缴费基数", 24), ("月数", 14), ("养老(个人)", 24), ("备注", 26))
    else:
        lines = [("row", [r]) for r in rec.rows]
        if layout == "si_status_column":
            heads = (("缴费年月", 20), ("单位名称", 64), ("缴费基数", 22), ("养老保险", 20), ("医疗保险", 20),
                     ("失业保险", 18), ("缴费类型", 18))
        else:
            heads = (("费款所属期", 20), ("缴费单位", 64), ("基数", 22), ("养老", 20), ("医疗", 20), ("失业", 18),
                     ("备注", 18))
    per_page = rng.randint(18, 26)
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    pages = []
    for n, chunk in enumerate(chunks, 1):
        s = Sheet(A4_W, A4_H, "a4")
        s.text(A4_W / 2, 20, title, st.title, 14, anchor="c")
        s.text(12, 32, f"姓名：{rec.name}", st.label, 9.5)
        s.text(70, 32, f"{rng.choice(('证件号码', '社会保障号码', '公民身份号码'))}：{rec.id_number}", st.label, 9.5)
        s.text(12, 39, f"查询期间：{rec.rows[0].month.replace('-', '年')}月至{rec.rows[-1].month.replace('-', '年')}月",
               st.label, 9)
        s.text(140, 39, f"打印日期：{ymd(rec.printed_on, 'dash')}", st.label, 9)
        xs = [10.0]
        for _, w in heads:
            xs.append(xs[-1] + w)
        y = 44.0
        s.box(xs[0], y, xs[-1], y + 7, fill=(232, 236, 242), width=0.2)
        for (h, _), x in zip(heads, xs):
            s.text(x + 1, y + 4.8, h, st.label, 7.8)
        y += 7
        truth_rows = []
        for kind, group in chunk:
            if kind == "section":
                y += 3
                s.text(xs[0] + 1, y + 4.5, "补缴记录", st.title, 9)
                y += 7
                continue
            r = group[0]
            name = r.employer.name.replace("(", "（").replace(")", "）")
            name_lines = Sheet.wrap(name, st.value, st.size, heads[1][1] - 2)
            if kind in ("range", "back"):
                months = f"{group[0].month.replace('-', '.')}-{group[-1].month.replace('-', '.')}" if len(group) > 1 \
                    else group[0].month.replace("-", ".")
                cells = [months, None, r.base, str(len(group)), _amounts(r.base)[0], "补缴" if r.back_payment else ""]
            else:
                a = _amounts(r.base)
                mark = ("补缴" if r.back_payment else "正常") if layout == "si_status_column" else \
                    ("补缴" if r.back_payment else "")
                cells = [r.month.replace("-", "") if rng.random() < 0.0 else r.month, None, r.base, *a, mark]
            for c, x in zip(cells, xs):
                if c is not None:
                    s.text(x + 1, y + 4.3, c, st.value, st.size)
            for k, line in enumerate(name_lines):
                s.text(xs[1] + 1, y + 4.3 + k * 3.5, line, st.value, st.size)
            y += 2.6 + 3.5 * len(name_lines)
            s.line(xs[0], y, xs[-1], y, 0.12, (150, 150, 150))
            truth_rows += [_truth(g) for g in group]
        s.text(A4_W / 2, 288, f"第 {n} 页 / 共 {len(chunks)} 页", st.body, 8, anchor="c")
        if n == len(chunks):
            s.text(12, y + 8, "注：缴费类型为“补缴”的月份为补缴记录。本记录由上海市社会保险事业管理中心提供。", st.body, 7.5, GREY)
            s.picture(140, y + 10, 180, y + 50, marks.seal(rng, "上海市社会保险事业管理中心", "业务专用章", 40), multiply=True)
        fields = {"name": rec.name, "id_number": rec.id_number}
        pages.append(DrawnPage(s, fields, truth_rows))
    return Drawn("social_insurance_record", layout, pages, "web")
