"""Text-layer PDFs (reportlab): the national tax record downloaded from the
个人所得税 App, and the 随申办 social-insurance record. Deterministic bytes."""
from __future__ import annotations

import datetime as dt
import io
import random

from reportlab.lib.pagesizes import A4 as RL_A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas

from .docs_records import agent_text, period_text, si_amounts, tax_rows_display

_REG = False


def _fonts():
    global _REG
    if not _REG:
        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
        pdfmetrics.registerFont(TTFont("ZEN", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
        _REG = True


MM = 72 / 25.4


def _pin(data: bytes, when: dt.datetime) -> bytes:
    old = b"D:20000101000000+00'00'"
    new = when.strftime("D:%Y%m%d%H%M%S+08'00'").encode()
    assert len(old) == len(new)
    return data.replace(old, new)


def _wrap(text, font, size, width):
    lines, cur = [], ""
    for ch in text:
        if cur and pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def tax_pdf(doc, rng: random.Random, when: dt.datetime) -> tuple[bytes, int]:
    _fonts()
    f, e = doc["fields"], doc["extra"]
    font = rng.choice(["WQY", "ZEN"])
    rows = tax_rows_display(doc, rng)
    if rng.random() < 0.6:
        rows = rows[::-1]
    cols = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
    widths = [21, 19, 21, 21, 27, 33, 40]
    ruled = rng.random() < 0.5
    col_major = rng.random() < 0.5  # text order in the file: column by column
    buf = io.BytesIO()
    c = rlcanvas.Canvas(buf, pagesize=RL_A4, invariant=1, pageCompression=1)
    c.setTitle("个人所得税纳税记录")
    c.setCreator("自然人电子税务局")
    Wp, Hp = RL_A4
    x0 = 14 * MM
    size = 7.2
    lh = 9.5
    iss = dt.date.fromisoformat(f["issue_date"])

    def header():
        c.setFont(font, 15)
        c.drawCentredString(Wp / 2, Hp - 22 * MM, "中华人民共和国个人所得税纳税记录")
        c.setFont(font, 9.5)
        c.drawCentredString(Wp / 2, Hp - 28 * MM, "（原《税收完税证明》）")
        c.setFont(font, 8)
        c.drawRightString(Wp - 14 * MM, Hp - 35 * MM, f"No. {e['no']}")
        c.setFont(font, 9)
        c.drawString(x0, Hp - 42 * MM, f"纳税人名称：{f['name']}")
        c.drawString(x0 + 80 * MM, Hp - 42 * MM, f"纳税人识别号：{f['id_number']}")
        c.drawString(x0, Hp - 48 * MM, "金额单位：人民币元（列至角分）")
        y = Hp - 56 * MM
        x = x0
        for name, w in zip(cols, widths):
            c.drawCentredString(x + w * MM / 2, y, name)
            x += w * MM
        if ruled:
            c.setLineWidth(0.6)
            c.line(x0, y - 3, x0 + sum(widths) * MM, y - 3)
        return y - 5 - lh

    pages = 1
    y = header()
    cells_by_col: list[list] = [[] for _ in cols]
    for r in rows:
        vals = [r["decl"], r["amount"], r["paid"], r["item"], period_text(r["period"], e["range_style"]), r["office"],
                agent_text(r["agent"], r["uscc"], e["agent_style"])]
        wrapped = [_wrap(v, font, size, w * MM - 3) for v, w in zip(vals, widths)]
        h = max(len(w) for w in wrapped) * lh + 4
        if y - h < 40 * MM:
            _flush(c, cells_by_col, font, size, col_major)
            cells_by_col = [[] for _ in cols]
            c.showPage()
            pages += 1
            y = header()
        x = x0
        for k, (lines, w) in enumerate(zip(wrapped, widths)):
            for j, ln in enumerate(lines):
                cells_by_col[k].append((x + 1.5, y - j * lh, ln))
            x += w * MM
        if ruled:
            c.setLineWidth(0.3)
            c.line(x0, y - h + lh - 2, x0 + sum(widths) * MM, y - h + lh - 2)
        y -= h
    _flush(c, cells_by_col, font, size, col_major)
    c.setFont(font, 8)
    y -= 10
    c.drawString(x0, y, "说明：1.本《纳税记录》涉及纳税人敏感信息，请妥善保管。")
    c.drawString(x0, y - 12, "2.本《纳税记录》不作为纳税人记账、抵扣凭证。")
    c.drawString(x0, y - 24, f"查询验证码：{e['verify']}")
    c.setFont(font, 9)
    c.drawRightString(Wp - 14 * MM, y - 44, f"开具日期：{iss.year}年{iss.month:02d}月{iss.day:02d}日")
    c.drawRightString(Wp - 14 * MM, y - 58, f"国家税务总局上海市{e['district']}税务局")
    # electronic seal: red ring with text
    c.setStrokeColorRGB(0.85, 0.1, 0.1)
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.setLineWidth(1.6)
    c.circle(Wp - 110 * MM, y - 40, 16 * MM, stroke=1, fill=0)
    c.setFont(font, 7)
    c.drawCentredString(Wp - 110 * MM, y - 44, "征税专用章")
    c.showPage()
    c.save()
    return _pin(buf.getvalue(), when), pages


def _flush(c, cells_by_col, font, size, col_major):
    c.setFont(font, size)
    c.setFillColorRGB(0, 0, 0)
    if col_major:
        for col in cells_by_col:
            for x, y, s in col:
                c.drawString(x, y, s)
    else:
        allc = [t for col in cells_by_col for t in col]
        allc.sort(key=lambda t: (-round(t[1], 1), t[0]))
        for x, y, s in allc:
            c.drawString(x, y, s)


def si_pdf(doc, rng: random.Random, when: dt.datetime) -> tuple[bytes, int]:
    _fonts()
    f, e = doc["fields"], doc["extra"]
    font = rng.choice(["WQY", "ZEN"])
    rows = sorted(doc["rows"], key=lambda r: r["month"], reverse=rng.random() < 0.5)
    buf = io.BytesIO()
    c = rlcanvas.Canvas(buf, pagesize=RL_A4, invariant=1, pageCompression=1)
    c.setTitle("上海市社会保险个人缴费情况")
    c.setCreator("随申办")
    Wp, Hp = RL_A4
    x0 = 12 * MM
    cols = ["费款所属期", "缴费单位", "缴费基数", "养老保险", "医疗保险", "失业保险", "缴费类型"]
    widths = [22, 70, 20, 19, 19, 18, 18]
    size, lh = 7.6, 10.5
    iss = dt.date.fromisoformat(e["issue"])
    mfmt = rng.choice(["%Y%m", "%Y-%m"])

    def header(first):
        c.setFillColorRGB(0, 0, 0)
        y = Hp - 22 * MM
        if first:
            c.setFont(font, 14)
            c.drawCentredString(Wp / 2, y, "上海市社会保险个人缴费情况")
            c.setFont(font, 9)
            c.drawString(x0, y - 12 * MM, f"姓名：{f['name']}")
            c.drawString(x0 + 50 * MM, y - 12 * MM, f"证件号码：{f['id_number']}")
            c.drawRightString(Wp - 12 * MM, y - 12 * MM, f"打印日期：{iss.isoformat()}")
            y -= 22 * MM
        c.setFillColorRGB(0.9, 0.93, 0.9)
        c.rect(x0, y - 3, sum(widths) * MM, 12, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, 8)
        x = x0
        for name, w in zip(cols, widths):
            c.drawCentredString(x + w * MM / 2, y, name)
            x += w * MM
        return y - lh - 2

    y = header(True)
    pages = 1
    c.setFont(font, size)
    for r in rows:
        if y < 30 * MM:
            c.showPage()
            pages += 1
            y = header(False)
            c.setFont(font, size)
        yy, mo = map(int, r["month"].split("-"))
        a, m_, u = si_amounts(r["base"])
        vals = [dt.date(yy, mo, 1).strftime(mfmt), r["employer"], r["base"], a, m_, u, "补缴" if r["back_payment"] else "正常"]
        x = x0
        for k, (v, w) in enumerate(zip(vals, widths)):
            if k >= 2 and k <= 5:
                c.drawRightString(x + w * MM - 2, y, v)
            else:
                c.drawString(x + 1.5, y, v)
            x += w * MM
        y -= lh
    c.setFont(font, 8)
    c.drawString(x0, y - 10, "注：缴费类型为“补缴”的记录为补缴或延缴的费款。本记录仅供参考。")
    c.drawRightString(Wp - 12 * MM, y - 26, "上海市社会保险事业管理中心")
    c.showPage()
    c.save()
    return _pin(buf.getvalue(), when), pages
