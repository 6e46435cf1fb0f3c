"""户口簿 pages (首页 in a newer and an older design, 常住人口登记卡 typed or
hand-filled) and the 集体户口 户籍证明 letter."""
from __future__ import annotations

import random

from PIL import ImageDraw

from . import draw as dw
from .common import font

BW, BH = 1100, 1520
PAPER = [(250, 246, 236), (246, 244, 238), (252, 250, 244), (244, 240, 228)]
RULE = [(150, 110, 90), (120, 120, 130), (170, 130, 110)]


def _date_cn(x, pad=False):
    if pad:
        return f"{x.year}年{x.month:02d}月{x.day:02d}日"
    return f"{x.year}年{x.month}月{x.day}日"


class Filler:
    """Writes cell values either typed or by hand."""

    def __init__(self, img, r: random.Random, hand: bool):
        self.img, self.r, self.hand = img, r, hand
        self.dr = ImageDraw.Draw(img)
        if hand:
            self.face = r.choice(["ukai", "kaiti", "wenkai", "wenkai_b"])
            self.color = r.choice([dw.INK_BLUE, dw.INK_BLUEBLACK, (20, 20, 20)])
        else:
            self.face = r.choice(["sans", "serif", "ming", "sung", "microhei"])
            self.color = (20, 20, 24)

    def put(self, x, y, w, h, s, size, center=False):
        if not s:
            return
        while size > 12 and dw.hand_width(s, self.face, size) > w - 12:
            size -= 1
        tw = dw.hand_width(s, self.face, size)
        x0 = x + (w - tw) / 2 if center else x + 8 + self.r.uniform(0, 6)
        y0 = y + (h - size) / 2 - 2
        if self.hand:
            dw.hand_text(self.img, (x0, y0 - size * 0.08), s, self.face, size, self.r, color=self.color, jitter=0.1, rot=5)
        else:
            self.dr.text((x0, y0 - size * 0.12), s, font=font(self.face, size), fill=self.color)


def _grid(img, dr, x0, y0, w, rows, rule, lface, lsize, hrow, fill: Filler, vsize):
    """rows: list of lists of (label, value, frac_label, frac_value)."""
    y = y0
    for row in rows:
        x = x0
        h = hrow * (row[0][4] if len(row[0]) > 4 else 1)
        for cell in row:
            lab, val, fl, fv = cell[:4]
            lw, vw = w * fl, w * fv
            dr.rectangle([x, y, x + lw, y + h], outline=rule, width=2)
            lines = dw.wrap(lab, lface, lsize, lw - 10) if lab else []
            ly = y + (h - len(lines) * (lsize + 4)) / 2
            for ln in lines:
                dr.text((x + lw / 2, ly), ln, font=font(lface, lsize), fill=rule, anchor="ma")
                ly += lsize + 4
            if fv > 0:
                dr.rectangle([x + lw, y, x + lw + vw, y + h], outline=rule, width=2)
                fill.put(x + lw, y, vw, h, val, vsize)
            x += lw + vw
        y += h
    dr.rectangle([x0, y0, x0 + w, y], outline=rule, width=4)
    return y


def member_page(m, r: random.Random, nr, hand=False, layout="card_classic"):
    """m: the member's printed values (strings) + extra keys."""
    img = dw.new_page(BW, BH, r.choice(PAPER))
    dr = ImageDraw.Draw(img)
    rule = r.choice(RULE)
    tface = r.choice(["serif_b", "sans_b", "sung"])
    lface = r.choice(["sans", "serif", "ming"])
    fill = Filler(img, r, hand)
    title = "常住人口登记卡"
    dr.text((BW / 2, 70 + r.randint(-6, 6)), "  ".join(title) if layout == "card_classic" else title,
            font=font(tface, 54), fill=rule, anchor="mm")
    y0 = 130
    x0, w = 60, BW - 120
    vs = 34 if not hand else 38
    if layout == "card_dense":
        hrow, lsize = 92, 24
    else:
        hrow, lsize = 100, 26
    rows = [
        [("姓名", m["name"], .13, .27), ("户主或与户主关系", m["relation_to_head"], .2, .4)],
        [("曾用名", m.get("former_name", ""), .13, .27), ("性别", m["sex"], .2, .4)],
        [("出生地", m["birthplace"], .13, .27), ("民族", m["ethnicity"], .2, .4)],
        [("籍贯", m["native_place"], .13, .27), ("出生日期", m["birth_date_s"], .2, .4)],
        [("本市(县)其他住址", m.get("other_addr", ""), .2, .8)],
        [("宗教信仰", m.get("religion", ""), .13, .17), ("公民身份证件编号", m["id_number"], .17, .53)],
        [("身高", m.get("height", ""), .1, .1), ("血型", m.get("blood", ""), .1, .1), ("文化程度", m["education"], .13, .15),
         ("婚姻状况", m["marital_status"], .13, .19)],
        [("兵役状况", m.get("military", ""), .13, .17), ("服务处所", m["employer"], .14, .56)],
        [("职业", m.get("occupation", ""), .13, .87)],
        [("何时由何地迁来本市(县)", m.get("moved_city", ""), .26, .74)],
        [("何时由何地迁来本址", m.get("moved_addr", ""), .26, .74)],
    ]
    if layout == "card_dense":
        rows = [
            [("姓名", m["name"], .1, .23), ("户主或与户主关系", m["relation_to_head"], .17, .17), ("性别", m["sex"], .1, .23)],
            [("曾用名", m.get("former_name", ""), .1, .23), ("出生日期", m["birth_date_s"], .17, .5)],
            [("出生地", m["birthplace"], .1, .4), ("民族", m["ethnicity"], .1, .4)],
            [("籍贯", m["native_place"], .1, .4), ("宗教信仰", m.get("religion", ""), .13, .37)],
            [("本市(县)其他住址", m.get("other_addr", ""), .2, .8)],
            [("公民身份证件编号", m["id_number"], .2, .8)],
            [("身高", m.get("height", ""), .1, .1), ("血型", m.get("blood", ""), .1, .1), ("文化程度", m["education"], .13, .15),
             ("婚姻状况", m["marital_status"], .13, .19)],
            [("兵役状况", m.get("military", ""), .13, .17), ("服务处所", m["employer"], .14, .56)],
            [("职业", m.get("occupation", ""), .13, .87)],
            [("何时由何地迁来本市(县)", m.get("moved_city", ""), .26, .74)],
            [("何时由何地迁来本址", m.get("moved_addr", ""), .26, .74)],
        ]
    # the ID number in wide cell needs a smaller font when hand-filled
    y = _grid(img, dr, x0, y0, w, rows, rule, lface, lsize, hrow, fill, vs)
    y += 40
    dr.text((x0 + 10, y), "承办人签章：", font=font(lface, 28), fill=rule)
    dw.signature(img, (x0 + 200, y - 10), m.get("clerk", "李"), r, size=40, color=dw.INK_BLUE)
    dr.text((BW - 560, y), "登记日期：", font=font(lface, 28), fill=rule)
    fill.put(BW - 420, y - 18, 380, 60, m["registration_date_s"], 32)
    y += 90
    dr.text((x0 + 10, y), "登记事项变更和更正记载", font=font(lface, 26), fill=rule)
    for k in range(3):
        dr.line([x0, y + 60 + k * 56, BW - x0, y + 60 + k * 56], fill=rule, width=1)
    s = dw.seal(280, m["seal_ring"], "户口专用章", r=r)
    img = dw.multiply_seal(img, s, BW * r.uniform(0.58, 0.76), y0 + hrow * r.uniform(7.0, 10.0))
    return img


def cover_page(c, r: random.Random, nr, layout="cover_new"):
    """c: household_type, head_name, household_number, address, issue_date (date), seal_ring, clerk."""
    img = dw.new_page(BW, BH, r.choice(PAPER))
    dr = ImageDraw.Draw(img)
    rule = r.choice(RULE)
    tface = r.choice(["serif_b", "sans_b", "sung"])
    lface = r.choice(["sans", "serif", "ming"])
    hand = layout == "cover_old" and r.random() < 0.7 or r.random() < 0.25
    fill = Filler(img, r, hand)
    if layout == "cover_new":
        dr.text((BW / 2, 110), "户 口 簿", font=font(tface, 70), fill=rule, anchor="mm")
        dr.text((BW / 2, 190), "首  页", font=font(tface, 40), fill=rule, anchor="mm")
        x0, w, y0 = 70, BW - 140, 260
        rows = [
            [("户别", c["household_type"], .15, .3), ("户主姓名", c["head_name"], .2, .35)],
            [("户号", c["household_number"], .15, .85)],
        ]
        y = _grid(img, dr, x0, y0, w, rows, rule, lface, 30, 120, fill, 36)
        # the 住址 needs a tall cell: redraw as its own row
        y_addr = y
        dr.rectangle([x0, y, x0 + w * .15, y + 240], outline=rule, width=2)
        dr.text((x0 + w * .075, y + 100), "住址", font=font(lface, 30), fill=rule, anchor="ma")
        dr.rectangle([x0 + w * .15, y, x0 + w, y + 240], outline=rule, width=2)
        ly = y + 40
        for ln in dw.wrap(c["address"], fill.face, 38, w * .8):
            fill.put(x0 + w * .15, ly - 10, w * .85, 60, ln, 38)
            ly += 62
        y += 240
        dr.rectangle([x0, y0, x0 + w, y], outline=rule, width=4)
        y += 60
        dr.text((x0 + 20, y), "户口登记机关盖章", font=font(lface, 30), fill=rule)
        dr.text((x0 + 20, y + 220), "承办人签章：", font=font(lface, 30), fill=rule)
        dw.signature(img, (x0 + 230, y + 205), c.get("clerk", "王"), r, size=44, color=dw.INK_BLUE)
        dr.text((BW - 560, y + 300), "签发日期：", font=font(lface, 30), fill=rule)
        fill.put(BW - 410, y + 282, 380, 70, _date_cn(c["issue_date"], pad=r.random() < 0.5), 34)
        s = dw.seal(330, c["seal_ring"], "户口专用章", r=r)
        img = dw.multiply_seal(img, s, BW * r.uniform(0.45, 0.7), y_addr + r.uniform(60, 320))
    else:  # older design: label/value lines, no table frame around everything
        dr.text((BW / 2, 120), "户 口 簿", font=font(tface, 66), fill=rule, anchor="mm")
        dr.line([120, 180, BW - 120, 180], fill=rule, width=3)
        y = 260
        items = [("户  别", c["household_type"]), ("户主姓名", c["head_name"]), ("户    号", c["household_number"])]
        for lab, val in items:
            dr.text((120, y), lab, font=font(lface, 34), fill=rule)
            dr.line([300, y + 46, BW - 140, y + 46], fill=rule, width=2)
            fill.put(300, y - 10, BW - 440, 60, val, 38)
            y += 110
        dr.text((120, y), "住    址", font=font(lface, 34), fill=rule)
        lines = dw.wrap(c["address"], fill.face, 38, BW - 460)
        for ln in lines:
            dr.line([300, y + 46, BW - 140, y + 46], fill=rule, width=2)
            fill.put(300, y - 10, BW - 440, 60, ln, 38)
            y += 80
        y += 60
        dr.rectangle([100, y, BW - 100, y + 360], outline=rule, width=2)
        dr.text((130, y + 20), "户口登记机关盖章", font=font(lface, 28), fill=rule)
        dr.text((130, y + 280), "承办人签章：", font=font(lface, 28), fill=rule)
        dw.signature(img, (330, y + 262), c.get("clerk", "王"), r, size=40, color=dw.INK_BLUE)
        dr.text((BW - 560, y + 280), _date_cn(c["issue_date"]), font=font(lface, 30), fill=rule)
        s = dw.seal(320, c["seal_ring"], "户口专用章", r=r)
        img = dw.multiply_seal(img, s, BW * r.uniform(0.45, 0.65), y + 170)
        y += 420
        dr.text((120, y), "住址变动登记", font=font(lface, 28), fill=rule)
        for k in range(3):
            dr.line([100, y + 70 + k * 60, BW - 100, y + 70 + k * 60], fill=rule, width=1)
    return img


def collective_letter(c, r: random.Random, nr):
    """A4 户籍证明 for a 集体户口 (200 dpi)."""
    W, H = 1654, 2339
    img = dw.new_page(W, H, (255, 255, 255))
    dr = ImageDraw.Draw(img)
    face = r.choice(["sung", "serif", "ming", "sans"])
    dr.text((W / 2, 260), "户 籍 证 明", font=font(r.choice(["serif_b", "sans_b"]), 72), fill=(10, 10, 10), anchor="mm")
    body = (f"兹证明{c['name']}，性别{c['sex']}，{c['birth'].year}年{c['birth'].month}月{c['birth'].day}日出生，"
            f"公民身份号码{c['id_number']}，其常住户口登记在我所辖区集体户口，户籍地址：{c['address']}。")
    tail = r.choice(["特此证明。", "特此证明。（本证明自开具之日起三个月内有效）"])
    y = 420
    size = 44
    lines = dw.wrap("　　" + body, face, size, W - 360)
    for ln in lines:
        dr.text((180, y), ln, font=font(face, size), fill=(15, 15, 15))
        y += 80
    dr.text((180, y + 20), "　　" + tail, font=font(face, size), fill=(15, 15, 15))
    y += 260
    dr.text((W - 720, y), c["office"], font=font(face, 42), fill=(15, 15, 15))
    d0 = c["issue_date"]
    dr.text((W - 640, y + 90), f"{d0.year}年{d0.month}月{d0.day}日", font=font(face, 42), fill=(15, 15, 15))
    s = dw.seal(420, c["seal_ring"], "户口专用章", r=r)
    img = dw.multiply_seal(img, s, W - 500, y + 40)
    dr.text((180, H - 200), "（此证明仅用于证明户籍登记情况）", font=font(face, 30), fill=(90, 90, 90))
    return img
