"""户口簿: the 首页 (户主页: 户别, 户主姓名, 户号, 住址, 承办人签章, 签发日期, the 户口登记机关 seal that may lie over
the address), the 常住人口登记卡 (本人页: 22 ruled cells, typed or filled by hand, the 户口专用章 over the lower
cells, 服务处所 sometimes blank), and the 集体户口 户籍证明 letter that stands in for the booklet."""
from __future__ import annotations

import random

from samples.outsider import marks
from samples.outsider.dates import ymd
from samples.outsider.documents.common import Drawn, DrawnPage, Style, face, maybe_full_width
from samples.outsider.normalise import day
from samples.outsider.sheet import INK_BLUE, Sheet
from samples.outsider.story import CollectiveCertificate, HouseholdCover, HouseholdMember

PAGE_W, PAGE_H = 100.0, 140.0
PAPER = (250, 246, 236)
RULE = (120, 90, 80)


def _filler(rng: random.Random):
    """How the values go in: typed by the station's printer, or written by a clerk's hand."""
    if rng.random() < 0.45:
        return face(rng, "hand"), rng, rng.choice(((25, 30, 35), INK_BLUE))
    return face(rng, rng.choice(("song", "hei", "kai"))), None, (25, 25, 28)


def draw_cover(rng: random.Random, c: HouseholdCover) -> Drawn:
    s = Sheet(PAGE_W, PAGE_H, "booklet", PAPER)
    lf = face(rng, rng.choice(("song", "kai")))
    vf, hand, ink = _filler(rng)
    s.text(PAGE_W / 2, 14, "常住人口登记簿", face(rng, "song_bold"), 14, (90, 40, 30), anchor="c", spacing=1.5)
    x0, x1 = 7, PAGE_W - 7
    ys = [22, 36, 50, 76, 110, 124]
    for y in ys:
        s.line(x0, y, x1, y, 0.35, RULE)
    s.line(x0, ys[0], x0, ys[-1], 0.35, RULE)
    s.line(x1, ys[0], x1, ys[-1], 0.35, RULE)
    ls, vs = 9.5, rng.uniform(10, 11.5)
    # row 1: 户别 | 户主姓名
    s.line(22, ys[0], 22, ys[2], 0.3, RULE)
    s.line(50, ys[0], 50, ys[1], 0.3, RULE)
    s.line(68, ys[0], 68, ys[1], 0.3, RULE)
    s.text(9, 31, "户别", lf, ls, RULE)
    s.text(24, 31, c.household_type, vf, vs - 1, ink, hand=hand)
    s.text(51.5, 31, "户主姓名", lf, ls - 1, RULE)
    s.text(70, 31, c.head_name, vf, vs, ink, spacing=0.6, hand=hand)
    s.text(9, 45, "户号", lf, ls, RULE)
    s.text(24, 45, maybe_full_width(rng, c.household_number, 0.2), vf, vs, ink, hand=hand)
    s.line(22, ys[2], 22, ys[3], 0.3, RULE)
    s.text(9, 59, "住址", lf, ls, RULE)
    lines = Sheet.wrap(c.address, vf, vs, 66)
    for k, line in enumerate(lines[:3]):
        s.text(24, 58 + k * 6, line, vf, vs, ink, hand=hand)
    s.text(9, 84, "户口登记机关", lf, ls - 0.5, RULE)
    s.text(9, 90, "和户口专用章", lf, ls - 0.5, RULE)
    s.line(52, ys[3], 52, ys[4], 0.3, RULE)
    s.text(55, 84, "承办人签章", lf, ls - 0.5, RULE)
    s.picture(62, 90, 88, 101, marks.scribble(rng, (180, 30, 40)), multiply=True)
    s.text(9, 118, "签发日期", lf, ls, RULE)
    s.text(32, 118, ymd(c.issue_date, "cjk", pad=rng.random() < 0.5), vf, vs, ink, hand=hand)
    # the registration office's seal: over its own box, or sliding onto the address
    seal = marks.seal(rng, c.station, "户口专用章", rng.uniform(34, 40))
    sy = rng.choice((70, 56, 52))
    s.picture(14, sy, 14 + 36, sy + 36, seal, multiply=True)
    fields = {"household_type": c.household_type, "head_name": c.head_name, "household_number": c.household_number,
              "address": c.address, "issue_date": day(c.issue_date)}
    return Drawn("household_register_cover", "hukou_cover_" + ("hand" if hand else "typed"), [DrawnPage(s, fields)],
                 "booklet")


def draw_member(rng: random.Random, m: HouseholdMember) -> Drawn:
    s = Sheet(PAGE_W, PAGE_H, "booklet", PAPER)
    lf = face(rng, rng.choice(("song", "hei")))
    vf, hand, ink = _filler(rng)
    s.text(PAGE_W / 2, 11, "常住人口登记卡", face(rng, "song_bold"), 13, (90, 40, 30), anchor="c", spacing=1.2)
    born = ymd(m.born, "cjk", pad=rng.random() < 0.5)
    reg = ymd(m.registration_date, "cjk", pad=rng.random() < 0.5)
    ident = maybe_full_width(rng, m.id_number, 0.15)
    rows = [
        [("姓名", m.name, 1.0), ("户主或与户主关系", m.relation, 1.0)],
        [("曾用名", "", 1.0), ("性别", m.sex, 1.0)],
        [("出生地", m.birthplace, 1.0), ("民族", m.ethnicity, 1.0)],
        [("籍贯", m.native_place, 1.0), ("出生日期", born, 1.0)],
        [("本市(县)其他住址", "", 2.0)],
        [("宗教信仰", "", 0.7), ("公民身份证件编号", ident, 1.3)],
        [("身高", m.height, 0.6), ("血型", "", 0.6), ("文化程度", m.education, 0.8)],
        [("婚姻状况", m.marital_status, 1.0), ("兵役状况", rng.choice(("未服兵役", "")), 1.0)],
        [("服务处所", m.employer, 1.0), ("职业", m.occupation, 1.0)],
        [("何时由何地迁来本市(县)", m.moved_in, 2.0)],
        [("何时由何地迁来本址", "", 2.0)],
    ]
    x0, x1, top, h = 5.0, PAGE_W - 5.0, 16.0, 9.6
    ls, vs = 6.2, rng.uniform(7.6, 8.6)
    y = top
    for row in rows:
        s.line(x0, y, x1, y, 0.3, RULE)
        x = x0
        total = sum(w for _, _, w in row)
        for label, value, w in row:
            cw = (x1 - x0) * w / total
            lw = min(cw * 0.45, 4 + len(label) * 2.3)
            for k, part in enumerate(Sheet.wrap(label, lf, ls, lw - 1.5)[:2]):
                s.text(x + 0.8, y + 3.8 + k * 2.8, part, lf, ls, RULE)
            s.line(x + lw, y, x + lw, y + h, 0.2, RULE)
            if value:
                size = vs
                while Sheet.width_of(value, vf, size) > cw - lw - 2 and size > 5:
                    size -= 0.3
                s.text(x + lw + 1, y + 6.4, value, vf, size, ink, hand=hand)
            x += cw
            s.line(x, y, x, y + h, 0.3, RULE)
        y += h
    s.line(x0, y, x1, y, 0.3, RULE)
    s.line(x0, top, x0, y, 0.3, RULE)
    s.text(x0 + 1, y + 7, "承办人签章", lf, ls + 0.5, RULE)
    s.picture(x0 + 16, y + 1, x0 + 40, y + 10, marks.scribble(rng), multiply=True)
    s.text(56, y + 7, "登记日期", lf, ls + 0.5, RULE)
    s.text(68, y + 7.2, reg, vf, vs, ink, hand=hand)
    seal = marks.seal(rng, m.station, "户口专用章", rng.uniform(30, 36))
    sx, sy = rng.uniform(30, 60), y - rng.uniform(22, 32)
    s.picture(sx, sy, sx + 33, sy + 33, seal, multiply=True)
    fields = {"name": m.name, "relation_to_head": m.relation, "sex": m.sex, "birthplace": m.birthplace,
              "ethnicity": m.ethnicity, "native_place": m.native_place, "birth_date": day(m.born),
              "id_number": m.id_number, "education": m.education, "marital_status": m.marital_status,
              "registration_date": day(m.registration_date)}
    if m.employer:
        fields["employer"] = m.employer
    return Drawn("household_register_member", "hukou_member_" + ("hand" if hand else "typed"), [DrawnPage(s, fields)],
                 "booklet")


def draw_collective(rng: random.Random, c: CollectiveCertificate) -> Drawn:
    st = Style.pick(rng, size=(11.5, 13))
    s = Sheet(210, 297, "a4")
    s.text(105, 40, rng.choice(("户籍证明", "常住人口户籍证明", "集体户口户籍证明")), st.title, 20, anchor="c", spacing=2)
    s.text(180, 52, f"编号：{c.issue_date:%Y}{rng.randint(100000, 999999)}", st.body, 9, anchor="r")
    layout = rng.choice(("collective_letter", "collective_table"))
    y = 70
    if layout == "collective_letter":
        y = s.paragraph(28, y, f"兹证明 {c.name} （性别：{c.sex}，公民身份号码：{c.id_number}）系我所辖区集体户口常住人口，"
                        f"户籍地址：{c.address}。", st.body, st.size, 154, 2.0, indent=2)
        y = s.paragraph(28, y + 4, "特此证明。", st.body, st.size, 154, 2.0, indent=2)
        y = s.paragraph(28, y + 4, "（本证明自开具之日起三个月内有效，涂改无效）", st.body, st.size - 1.5, 154, 2.0, indent=2)
    else:
        rows = [("姓名", c.name), ("性别", c.sex), ("公民身份号码", c.id_number), ("户别", "集体户"),
                ("户籍地址", c.address), ("户主或与户主关系", "集体户成员")]
        for label, value in rows:
            lines = Sheet.wrap(value, st.value, st.size, 110) or [""]
            h = 6 + 6 * len(lines)
            s.box(28, y, 72, y + h, width=0.3)
            s.box(72, y, 182, y + h, width=0.3)
            s.text(31, y + 7.5, label, st.label, st.size - 1)
            for k, line in enumerate(lines):
                s.text(75, y + 7.5 + 6 * k, line, st.value, st.size)
            y += h
        y = s.paragraph(28, y + 10, "经核查，上述人员户籍信息属实，特此证明。", st.body, st.size, 154, 2.0, indent=2)
    s.text(180, y + 30, c.station, st.body, st.size, anchor="r")
    s.text(180, y + 40, ymd(c.issue_date, "cjk"), st.body, st.size, anchor="r")
    seal = marks.seal(rng, c.station, "户口专用章", 40)
    s.picture(118, y + 12, 160, y + 54, seal, multiply=True)
    fields = {"name": c.name, "id_number": c.id_number, "address": c.address, "issue_date": day(c.issue_date)}
    return Drawn("collective_hukou_certificate", layout, [DrawnPage(s, fields)], "paper")
