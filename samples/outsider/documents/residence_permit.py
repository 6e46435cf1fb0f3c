"""上海市居住证 in its three forms: the card (front and back), the 居住证信息 printout (two- or four-column grid or a
list with values far to the right, 有效期限 in one cell or 起/止 in two), and the 电子居住证 screen of 随申办
(banner with the name, grey labels left, values right-aligned, long addresses wrapped onto a second line)."""
from __future__ import annotations

import random

from samples.outsider import marks
from samples.outsider.dates import ymd
from samples.outsider.documents.common import Drawn, DrawnPage, Style, face
from samples.outsider.normalise import day
from samples.outsider.sheet import GREY, Sheet
from samples.outsider.story import Permit

CARD_W, CARD_H = 85.6, 54.0


# ---- the card ---------------------------------------------------------------------------------------------------
def draw_card(rng: random.Random, p: Permit) -> Drawn:
    vf, lf = face(rng, rng.choice(("hei", "song"))), face(rng, "hei")
    front = Sheet(CARD_W, CARD_H, "card", (236, 244, 250))
    front.picture(0, 0, CARD_W, CARD_H, marks.guilloche(rng, CARD_W, CARD_H, [(150, 190, 230), (200, 220, 180)]))
    front.box(0, 0, CARD_W, 10, stroke=None, fill=(40, 100, 170))
    front.text(CARD_W / 2, 7.3, "上海市居住证", face(rng, "hei_bold"), 12.5, (255, 255, 255), anchor="c", spacing=1.2)
    lc = (70, 90, 120)
    ls, vs = rng.uniform(6.5, 7.2), rng.uniform(7.8, 8.8)
    front.text(5, 17, "姓名", lf, ls, lc)
    front.text(16, 17.1, p.name, vf, vs + 1)
    front.text(5, 23.5, "性别", lf, ls, lc)
    front.text(16, 23.6, p.sex, vf, vs)
    front.text(5, 30, "公民身份号码", lf, ls, lc)
    front.text(5, 35, p.id_number, vf, vs + 0.5, spacing=0.25)
    front.text(5, 41.5, "居住地址", lf, ls, lc)
    for k, line in enumerate(Sheet.wrap(p.residence_address, vf, vs, 52)[:2]):
        front.text(5, 46 + k * 4, line, vf, vs)
    front.picture(61, 13, 81, 38, marks.portrait(rng, p.sex == "女", (230, 236, 244)))
    back = Sheet(CARD_W, CARD_H, "card", (244, 246, 250))
    back.picture(0, 0, CARD_W, CARD_H, marks.guilloche(rng, CARD_W, CARD_H, [(190, 200, 230)]))
    back.picture(8, 8, 21, 18, marks.chip(rng))
    back.text(30, 12, "签发机关", lf, ls, lc)
    back.text(45, 12.1, p.office, vf, vs)
    back.text(30, 19, "签发日期", lf, ls, lc)
    back.text(45, 19.1, ymd(p.issue_date, "dot"), vf, vs)
    back.text(8, 28, "有效期限", lf, ls, lc)
    back.text(23, 28.1, f"{ymd(p.valid_from, 'dot')}-{ymd(p.valid_until, 'dot')}", vf, vs)
    back.box(6, 32, CARD_W - 6, 50, stroke=(150, 160, 180), width=0.2)
    back.text(8, 36.5, "签注记录", lf, ls, lc)
    back.line(6, 38.5, CARD_W - 6, 38.5, 0.15, (150, 160, 180))
    return Drawn("residence_permit", "permit_card", [
        DrawnPage(front, {"name": p.name, "id_number": p.id_number, "residence_address": p.residence_address}),
        DrawnPage(back, {"issue_date": day(p.issue_date), "valid_from": day(p.valid_from),
                         "valid_until": day(p.valid_until)})], "card")


# ---- the A4 information printout ---------------------------------------------------------------------------------
def draw_info(rng: random.Random, p: Permit, pdf: bool) -> Drawn:
    layout = rng.choice(("permit_info_grid2", "permit_info_grid4", "permit_info_list"))
    st = Style.pick(rng, pdf)
    s = Sheet(210, 297, "a4")
    title = rng.choice(("上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息"))
    s.text(105, 28, title, st.title, 17, anchor="c", spacing=0.5)
    id_label = rng.choice(("证件号码", "公民身份号码"))
    hukou_label = rng.choice(("户籍地址", "常住户口所在地住址"))
    issue_label = rng.choice(("签发日期", "签注日期"))
    one_cell = rng.random() < 0.5
    joiner = rng.choice(("至", "-", " 至 "))
    style = rng.choice(("dot", "dash", "cjk"))
    validity = f"{ymd(p.valid_from, style)}{joiner}{ymd(p.valid_until, style)}"
    rows: list[tuple[str, str]] = [("姓名", p.name), ("性别", p.sex), ("证件类型", "居民身份证"), (id_label, p.id_number),
                                   (hukou_label, p.hukou_address), ("居住地址", p.residence_address),
                                   (issue_label, ymd(p.issue_date, style))]
    rows += [("有效期限", validity)] if one_cell else [("有效期起", ymd(p.valid_from, style)),
                                                    ("有效期止", ymd(p.valid_until, style))]
    rows += [("发证机关", p.office), ("联系电话", ""), ("备注", "")]
    y = 44
    if layout == "permit_info_grid2":
        y = _grid2(s, rng, st, rows, y)
    elif layout == "permit_info_grid4":
        y = _grid4(s, rng, st, rows, y)
    else:
        y = _list(s, rng, st, rows, y)
    s.text(20, y + 14, f"打印日期：{ymd(p.issue_date if rng.random() < 0.2 else p.valid_from, 'cjk')}", st.body, 9, GREY)
    s.text(20, y + 20, "本信息仅供参考，以公安机关登记信息为准。", st.body, 9, GREY)
    if not pdf and rng.random() < 0.5:
        s.picture(130, y - 10, 172, y + 32, marks.seal(rng, "上海市居住证服务中心", "业务专用章"), multiply=True)
    fields = {"name": p.name, "id_number": p.id_number, "hukou_address": p.hukou_address,
              "residence_address": p.residence_address, "issue_date": day(p.issue_date),
              "valid_from": day(p.valid_from), "valid_until": day(p.valid_until)}
    return Drawn("residence_permit", layout, [DrawnPage(s, fields)], "web")


def _grid2(s: Sheet, rng, st: Style, rows, y) -> float:
    x0, x1, x2 = 20, 20 + rng.uniform(34, 58), 190
    align_right = rng.random() < 0.3  # value far to the right of its label
    for label, value in rows:
        lines = Sheet.wrap(value, st.value, st.size, x2 - x1 - 6) or [""]
        h = max(10, 4 + len(lines) * st.size * 0.5)
        s.box(x0, y, x1, y + h, fill=(238, 240, 244), width=0.2)
        s.box(x1, y, x2, y + h, width=0.2)
        s.text(x0 + 3, y + h / 2 + 1.5, label, st.label, st.size)
        for k, line in enumerate(lines):
            ly = y + 3 + (k + 1) * st.size * 0.45
            if align_right:
                s.text(x2 - 3, ly, line, st.value, st.size, anchor="r")
            else:
                s.text(x1 + 3, ly, line, st.value, st.size)
        y += h
    return y


def _grid4(s: Sheet, rng, st: Style, rows, y) -> float:
    x = (18, 45, 105, 132, 192)
    wide = {"常住户口所在地住址", "户籍地址", "居住地址", "有效期限", "发证机关", "备注"}
    pending = list(rows)
    while pending:
        label, value = pending.pop(0)
        if label in wide or not pending or pending[0][0] in wide:
            lines = Sheet.wrap(value, st.value, st.size, x[4] - x[1] - 6) or [""]
            label_lines = Sheet.wrap(label, st.label, st.size - 1, x[1] - x[0] - 3)
            h = max(11, 4 + max(len(lines), len(label_lines)) * st.size * 0.5)
            s.box(x[0], y, x[1], y + h, fill=(240, 240, 240), width=0.2)
            s.box(x[1], y, x[4], y + h, width=0.2)
            for k, ll in enumerate(label_lines):
                s.text(x[0] + 1.5, y + 4.5 + k * st.size * 0.45, ll, st.label, st.size - 1)
            for k, line in enumerate(lines):
                s.text(x[1] + 3, y + 3 + (k + 1) * st.size * 0.45, line, st.value, st.size)
        else:
            label2, value2 = pending.pop(0)
            h = 11
            for (a, b), (lab, val) in (((0, 1), (label, value)), ((2, 3), (label2, value2))):
                s.box(x[a], y, x[b], y + h, fill=(240, 240, 240), width=0.2)
                s.box(x[b], y, x[b + 1], y + h, width=0.2)
                s.text(x[a] + 1.5, y + 7, lab, st.label, st.size - 1)
                s.text(x[b] + 2, y + 7, val, st.value, st.size - (1.5 if len(val) > 16 else 0))
        y += h
    return y


def _list(s: Sheet, rng, st: Style, rows, y) -> float:
    """label：  ........  value, the value pushed to the right edge; a label with nothing after it stays alone."""
    step = st.size * 0.65
    for label, value in rows:
        s.text(24, y, f"{label}：", st.label, st.size)
        lines = Sheet.wrap(value, st.value, st.size, 110)
        for k, line in enumerate(lines):
            s.text(186, y + k * step, line, st.value, st.size, anchor="r")
        y += step * max(1, len(lines)) + 4
        s.line(24, y - 3, 186, y - 3, 0.1, (210, 210, 210))
    return y


# ---- the 随申办 screen -----------------------------------------------------------------------------------------
def draw_app(rng: random.Random, p: Permit) -> Drawn:
    """A 1080×2340 screen: 108 × 234 'mm' at 254 dpi."""
    W, H = 108.0, 234.0
    s = Sheet(W, H, "screen", (243, 245, 248))
    ui = face(rng, "hei")
    bold = face(rng, "hei_bold")
    s.text(6, 5.5, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", ui, 9)
    for k in range(4):
        s.box(84 + k * 2, 5.6 - k * 0.8, 85.2 + k * 2, 5.6, stroke=None, fill=(30, 30, 30))
    s.box(95, 3, 103, 6, stroke=(30, 30, 30), width=0.3, radius=0.8)
    s.box(95.5, 3.5, 95.5 + rng.uniform(2, 7), 5.5, stroke=None, fill=(30, 30, 30))
    s.text(6, 16, "‹", ui, 18)
    s.text(W / 2, 15.5, "电子居住证", bold, 11.5, anchor="c")
    s.text(W - 6, 15.5, "···", ui, 11, anchor="r")
    banner = rng.choice(((34, 110, 220), (18, 150, 130), (210, 70, 50)))
    s.box(5, 22, W - 5, 58, stroke=None, fill=banner, radius=3)
    s.text(10, 30, "上海市居住证", ui, 9, (235, 240, 255))
    s.text(10, 45, p.name, bold, 22, (255, 255, 255), spacing=0.8)
    s.text(10, 53, rng.choice(("居住证状态：有效", "状态：正常")), ui, 8.5, (235, 240, 255))
    masked = rng.random() < 0.3
    shown_id = p.id_number[:4] + "*" * 10 + p.id_number[-4:] if masked else p.id_number
    issue_label = rng.choice(("签发日期", "签注日期"))
    full_term = rng.random() < 0.6
    rows = [("证件号码", shown_id), ("户籍地址", p.hukou_address), ("居住地址", p.residence_address),
            (issue_label, ymd(p.issue_date, "dash"))]
    rows.append(("有效期限", f"{ymd(p.valid_from, 'dash')} 至 {ymd(p.valid_until, 'dash')}") if full_term
                else ("有效期至", ymd(p.valid_until, "dash")))
    rows.append(("发证机关", p.office))
    y = 66
    card_top = y - 4
    size = rng.uniform(9.5, 10.5)
    body: list[tuple[float, str, list[str]]] = []
    for label, value in rows:
        lines = Sheet.wrap(value, ui, size, 58)
        body.append((y, label, lines))
        y += 7 + 5 * (len(lines) - 1) + 4
    s.box(5, card_top, W - 5, y, stroke=None, fill=(255, 255, 255), radius=2.5)
    for ry, label, lines in body:
        s.text(10, ry + 2, label, ui, size - 0.5, (140, 140, 146))
        for k, line in enumerate(lines):
            s.text(W - 10, ry + 2 + k * 5, line, ui, size, anchor="r")
        s.line(10, ry + 7 + 5 * (len(lines) - 1), W - 10, ry + 7 + 5 * (len(lines) - 1), 0.12, (232, 232, 236))
    s.box(5, y + 5, W - 5, y + 70, stroke=None, fill=(255, 255, 255), radius=2.5)
    s.picture(W / 2 - 22, y + 10, W / 2 + 22, y + 54, marks.qr_code(rng))
    s.text(W / 2, y + 62, "二维码每分钟自动刷新", ui, 8.5, (140, 140, 146), anchor="c")
    fields = {"name": p.name, "hukou_address": p.hukou_address, "residence_address": p.residence_address,
              "issue_date": day(p.issue_date), "valid_until": day(p.valid_until)}
    if not masked:
        fields["id_number"] = p.id_number
    if full_term:
        fields["valid_from"] = day(p.valid_from)
    return Drawn("residence_permit", "permit_app_screen", [DrawnPage(s, fields)], "screen")
