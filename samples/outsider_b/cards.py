"""Identity papers: 居民身份证 both faces, 上海市居住证 card and its information page / app screen, 户口簿 pages,
集体户口 户籍证明, 结婚证 inner pages."""
from __future__ import annotations

import random
from datetime import date

from samples.outsider_b.draw import Page, guilloche, portrait, qr_like, text_width

BLUE = (70, 130, 180)
INK = (20, 20, 20)
RED = (205, 35, 45)

CN_DIGITS = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n] if n else "〇"
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_date(d: date) -> str:
    return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"


def ymd(d: date, style: str = "cn") -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d:%Y.%m.%d}"
    if style == "slash":
        return f"{d:%Y/%m/%d}"
    return d.isoformat()


# -- 居民身份证 -----------------------------------------------------------------------------------------------------

def id_front(p, rnd: random.Random) -> Page:
    pg = Page(85.6, 54.0, bg=(248, 250, 250), hand_seed=rnd.randint(0, 9999))
    pg.image(0, 0, 85.6, 54.0, guilloche(428, 270, rnd.randint(0, 999), tint=(rnd.randint(200, 225), 228, 238)))
    vf = rnd.choice(["hei", "sans", "zenhei"])
    lab = 2.9
    val = 3.3
    y = 9.5
    pg.text(5.0, y, "姓  名", lab * 2.6, "hei", BLUE, spacing=0.0)
    pg.text(16.0, y, p.name, val * 3.0, vf, INK)
    y += 7
    pg.text(5.0, y, "性  别", lab * 2.6, "hei", BLUE)
    pg.text(16.0, y, "男" if p.male else "女", val * 2.8, vf, INK)
    pg.text(27.0, y, "民  族", lab * 2.6, "hei", BLUE)
    pg.text(38.0, y, p.ethnicity, val * 2.8, vf, INK)
    y += 7
    pg.text(5.0, y, "出  生", lab * 2.6, "hei", BLUE)
    b = p.birth
    pg.text(16.0, y, f"{b.year}", val * 2.8, vf, INK)
    pg.text(26.5, y, "年", lab * 2.6, "hei", BLUE)
    pg.text(31.5, y, f"{b.month}", val * 2.8, vf, INK, anchor="l")
    pg.text(35.5, y, "月", lab * 2.6, "hei", BLUE)
    pg.text(40.0, y, f"{b.day}", val * 2.8, vf, INK)
    pg.text(44.5, y, "日", lab * 2.6, "hei", BLUE)
    y += 7
    pg.text(5.0, y, "住  址", lab * 2.6, "hei", BLUE)
    lines = pg.wrap(p.id_address, val * 2.8, vf, 38.0)
    for ln in lines[:3]:
        pg.text(16.0, y, ln, val * 2.8, vf, INK)
        y += 4.6
    pg.text(5.0, 48.5, "公民身份号码", lab * 2.6, "hei", BLUE)
    pg.text(27.0, 48.8, p.id_number, 10.5, "ocrb", INK, spacing=0.45)
    pg.image(58.0, 6.0, 81.0, 37.0, portrait(230, 310, rnd.randint(0, 999), bg=(236, 240, 244), male=p.male))
    return pg


def id_back(p, rnd: random.Random) -> Page:
    pg = Page(85.6, 54.0, bg=(246, 249, 250))
    pg.image(0, 0, 85.6, 54.0, guilloche(428, 270, rnd.randint(0, 999), tint=(225, 235, rnd.randint(215, 235))))
    # national emblem stand-in
    pg.ellipse(6, 4, 20, 18, 0.6, (200, 40, 40), fill=(235, 200, 90))
    pg.text(13, 13.2, "★", 14, "sans", (200, 40, 40), anchor="c")
    pg.text(50, 15, "中华人民共和国", 13, "serif_bold", INK, anchor="c", spacing=0.6)
    pg.text(50, 27, "居民身份证", 20, "serif_bold", INK, anchor="c", spacing=1.8)
    pg.text(13, 41, "签发机关", 7.5, "hei", INK, spacing=0.3)
    pg.text(30, 41, p.issuing_authority, 8.5, "hei", INK)
    pg.text(13, 48, "有效期限", 7.5, "hei", INK, spacing=0.3)
    until = "长期" if p.id_valid_until is None else f"{p.id_valid_until:%Y.%m.%d}"
    pg.text(30, 48, f"{p.id_valid_from:%Y.%m.%d}-{until}", 8.5, "hei", INK)
    return pg


# -- 上海市居住证 -----------------------------------------------------------------------------------------------------

def permit_card(p, permit, rnd: random.Random) -> Page:
    pg = Page(85.6, 54.0, bg=(240, 246, 252))
    pg.image(0, 0, 85.6, 54.0, guilloche(428, 270, rnd.randint(0, 999), tint=(200, 222, 245)))
    pg.rect(0, 0, 85.6, 9.5, 0, fill=(28, 88, 160))
    pg.text(5, 6.8, "上海市居住证", 12, "sans_bold", (255, 255, 255), spacing=0.5)
    pg.text(82, 6.5, "SHANGHAI RESIDENCE PERMIT", 5.5, "latin", (230, 240, 255), anchor="r")
    f = rnd.choice(["hei", "sans", "song"])
    y = 17
    for lab, v in (("姓名", permit["name"]), ("公民身份号码", None), ("居住地址", permit["residence_address"])):
        pg.text(5, y, lab, 6.2, "hei", (60, 90, 140))
        if v is None:
            pg.text(5, y + 5, permit["id_number"], 9.5, "ocrb", INK, spacing=0.3)
            y += 12
        elif lab == "居住地址":
            yy = y + 5
            for ln in pg.wrap(v, 7.5, f, 50)[:3]:
                pg.text(5, yy, ln, 7.5, f, INK)
                yy += 3.6
            y = yy + 2
        else:
            pg.text(16, y, v, 9, f, INK)
            y += 7
    pg.text(5, 51, "签发日期", 5.8, "hei", (60, 90, 140))
    pg.text(16, 51, f"{permit['issue_date']:%Y.%m.%d}", 7, f, INK)
    pg.image(60, 13, 80.5, 41, portrait(200, 270, rnd.randint(0, 999), bg=(225, 235, 245), male=p.male))
    pg.text(70, 48, "上海市公安局", 5.5, "hei", (60, 90, 140), anchor="c")
    return pg


def permit_card_back(p, permit, rnd: random.Random) -> Page:
    pg = Page(85.6, 54.0, bg=(246, 248, 252))
    pg.image(0, 0, 85.6, 54.0, guilloche(428, 270, rnd.randint(0, 999), tint=(215, 228, 245)))
    pg.rect(6, 8, 18, 17, 0.2, (150, 130, 60), fill=(215, 190, 110))  # chip
    for i in range(3):
        pg.line(6, 11 + i * 2.2, 18, 11 + i * 2.2, 0.2, (150, 130, 60))
    pg.text(24, 11, "签注信息", 7.5, "sans_bold", INK)
    pg.text(24, 18, "有效期限", 6.5, "hei", (60, 90, 140))
    pg.text(24, 23, f"{permit['valid_from']:%Y.%m.%d}至{permit['valid_until']:%Y.%m.%d}", 8, "hei", INK)
    pg.text(24, 30, "签注机关", 6.5, "hei", (60, 90, 140))
    pg.text(24, 35, permit["office"], 7, "hei", INK)
    pg.text(6, 46, "本证仅限持证人本人使用，请妥善保管。遗失请及时申报挂失。", 5.2, "song", (90, 90, 90))
    pg.text(6, 50.5, "服务热线 12345", 5.2, "song", (90, 90, 90))
    return pg


def permit_info(p, permit, rnd: random.Random, variant: str, split_validity: bool) -> Page:
    """居住证信息 printed on A4 from the service centre or 一网通办."""
    pg = Page(210, 297)
    fam = rnd.choice(["song", "hei", "sans", "ming"])
    title = rnd.choice(["上海市居住证信息", "上海市居住证信息查询结果", "居住证办理信息", "上海市居住证信息单"])
    pg.text(105, 32, title, rnd.choice([16, 18, 20]), "sans_bold" if fam in ("hei", "sans") else "serif_bold",
            anchor="c", spacing=0.8)
    pg.text(105, 41, f"查询时间：{permit['printed']:%Y-%m-%d} {rnd.randint(8, 17):02d}:{rnd.randint(0, 59):02d}", 9, fam,
            (90, 90, 90), anchor="c")
    idlab = rnd.choice(["证件号码", "公民身份号码", "身份证号码"])
    hklab = rnd.choice(["户籍地址", "常住户口所在地住址", "户籍地详址"])
    rows = [("姓名", permit["name"]), ("性别", "男" if p.male else "女"), (idlab, permit["id_number"]),
            (hklab, permit["hukou_address"]), ("居住地址", permit["residence_address"]),
            (rnd.choice(["签发日期", "签注日期", "办理日期"]), ymd(permit["issue_date"], rnd.choice(["iso", "cn0", "dot"])))]
    vs = rnd.choice(["iso", "dot", "cn0"])
    if split_validity:
        rows += [("有效期限起", ymd(permit["valid_from"], vs)), ("有效期限止", ymd(permit["valid_until"], vs))]
    else:
        rows += [("有效期限", f"{ymd(permit['valid_from'], vs)}至{ymd(permit['valid_until'], vs)}")]
    rows += [("证件状态", "有效"), ("发证机关", permit["office"])]
    size = rnd.choice([10.5, 11, 12])
    y0 = 55
    if variant == "grid2":
        lw = rnd.choice([40, 48, 55])
        x0, x1 = 22, 188
        rh = rnd.choice([11, 12.5, 14])
        y = y0
        for lab, v in rows:
            lines = pg.wrap(v, size, fam, x1 - x0 - lw - 6)
            h = max(rh, len(lines) * size * 0.5 + 5)
            pg.rect(x0, y, x1, y + h, 0.3)
            pg.line(x0 + lw, y, x0 + lw, y + h, 0.3)
            pg.rect(x0 + 0.15, y + 0.15, x0 + lw - 0.15, y + h - 0.15, 0, fill=(238, 241, 246))
            pg.text(x0 + lw / 2, y + h / 2 + size * 0.13, lab, size, fam, (40, 40, 40), anchor="c")
            yy = y + h / 2 + size * 0.13 - (len(lines) - 1) * size * 0.25
            for ln in lines:
                pg.text(x0 + lw + 4, yy, ln, size, fam)
                yy += size * 0.5
            y += h
    elif variant == "grid4":
        x0, x1 = 15, 195
        cw = [26, 64, 26, 64]
        rh = 13
        y = y0
        singles = [r for r in rows if r[0] not in (hklab, "居住地址", "发证机关")]
        wides = [r for r in rows if r[0] in (hklab, "居住地址", "发证机关")]
        for i in range(0, len(singles), 2):
            pair = singles[i:i + 2]
            x = x0
            for lab, v in pair:
                pg.rect(x, y, x + cw[0], y + rh, 0.3, fill=(240, 240, 240))
                pg.text(x + cw[0] / 2, y + rh / 2 + 1.4, lab, size - 1.5 if len(lab) > 4 else size, fam, anchor="c")
                pg.rect(x + cw[0], y, x + cw[0] + cw[1], y + rh, 0.3)
                pg.text(x + cw[0] + 3, y + rh / 2 + 1.4, v, size - 1 if len(v) > 18 else size, fam)
                x += cw[0] + cw[1]
            if len(pair) == 1:
                pg.rect(x, y, x1, y + rh, 0.3)
            y += rh
        for lab, v in wides:
            lines = pg.wrap(v, size, fam, x1 - x0 - cw[0] - 6)
            h = max(rh, len(lines) * 5.5 + 4)
            pg.rect(x0, y, x0 + cw[0], y + h, 0.3, fill=(240, 240, 240))
            pg.text(x0 + cw[0] / 2, y + h / 2 + 1.4, lab, size - 2 if len(lab) > 5 else size, fam, anchor="c")
            pg.rect(x0 + cw[0], y, x1, y + h, 0.3)
            yy = y + h / 2 + 1.4 - (len(lines) - 1) * 2.75
            for ln in lines:
                pg.text(x0 + cw[0] + 3, yy, ln, size, fam)
                yy += 5.5
            y += h
    else:  # list: "label：value" lines, a label alone on its line sometimes (value on the next line)
        y = y0 + 4
        for lab, v in rows:
            if len(v) > 22 and rnd.random() < 0.5:
                pg.text(28, y, f"{lab}：", size, fam, (60, 60, 60))
                y += size * 0.55
                for ln in pg.wrap(v, size, fam, 150):
                    pg.text(40, y, ln, size, fam)
                    y += size * 0.55
            else:
                pg.text(28, y, f"{lab}：", size, fam, (60, 60, 60))
                xv = 28 + text_width(f"{lab}：", size, fam) + 2 if rnd.random() < 0.5 else 80
                lines = pg.wrap(v, size, fam, 182 - xv)
                for ln in lines:
                    pg.text(xv, y, ln, size, fam)
                    y += size * 0.55
            y += size * 0.35
    pg.text(22, 262, "注：本信息仅供查询参考，以公安机关登记信息为准。", 9, fam, (100, 100, 100))
    pg.text(188, 275, permit["office"].replace("上海市公安局", "") or "受理点", 10, fam, anchor="r")
    pg.text(188, 282, ymd(permit["printed"], "cn"), 10, fam, anchor="r")
    if rnd.random() < 0.5:
        pg.seal(165, 270, 18, "上海市居住证业务专用章" if rnd.random() < 0.5 else "社区事务受理服务中心", "", RED)
    return pg


def status_bar(pg: Page, rnd, dark=False):
    col = (255, 255, 255) if dark else (20, 20, 20)
    pg.text(7, 6.5, f"{rnd.randint(7, 22)}:{rnd.randint(0, 59):02d}", 11.5, "latin", col)
    pg.text(101, 6.5, f"{rnd.randint(18, 99)}%", 10.5, "latin", col, anchor="r")
    pg.text(86, 6.5, rnd.choice(["5G", "4G", "WiFi"]), 10.5, "latin", col, anchor="r")


def _wrap_right(pg: Page, x_right: float, y: float, value: str, size: float, family: str, room: float, color, lead: float):
    """A value right-aligned at x_right; a long one wraps onto further right-aligned lines."""
    lines, cur = [], ""
    for ch in value:
        if text_width(cur + ch, size, family) > room and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    for ln in lines:
        pg.text(x_right, y, ln, size, family, color, anchor="r")
        y += lead
    return y


def permit_app(p, permit, rnd: random.Random) -> Page:
    """电子居住证 in the 随申办 app (1080×2340 screenshot: 108×234 mm drawn at 10 px/mm)."""
    pg = Page(108, 234, bg=(244, 246, 250))
    pg.rect(0, 0, 108, 30, 0, fill=(33, 111, 220))
    status_bar(pg, rnd, dark=True)
    pg.text(54, 19, "电子居住证", 16, "sans_bold", (255, 255, 255), anchor="c")
    pg.text(5, 19, "〈", 16, "sans", (255, 255, 255))
    # banner card with the name in big type
    pg.rect(5, 26, 103, 72, 0, fill=(52, 132, 236))
    pg.text(10, 37, "上海市居住证", 11, "sans", (220, 235, 255))
    pg.text(10, 54, permit["name"], rnd.choice([26, 30]), rnd.choice(["sans_bold", "smiley"]), (255, 255, 255))
    pg.text(10, 65, "有效" if permit["valid_until"] >= permit["printed"] else "已过期", 10.5, "sans", (220, 235, 255))
    pg.image(76, 34, 98, 56, qr_like(25, rnd.randint(0, 999), 4))
    pg.rect(5, 78, 103, 212, 0, fill=(255, 255, 255))
    rows = [("公民身份号码", permit["id_number"]), ("户籍地址", permit["hukou_address"]),
            ("居住地址", permit["residence_address"]), ("签发日期", f"{permit['issue_date']:%Y-%m-%d}"),
            ("有效期限", f"{permit['valid_from']:%Y.%m.%d}至{permit['valid_until']:%Y.%m.%d}"),
            ("发证机关", permit["office"])]
    y = 91
    fs = rnd.choice([11.5, 12, 12.5])
    for lab, v in rows:
        pg.text(9, y, lab, fs - 0.5, "sans", (140, 140, 140))
        y = _wrap_right(pg, 99, y, v, fs, "sans", rnd.choice([52, 58, 62]), (25, 25, 25), 6.2)
        pg.line(9, y - 2.6, 99, y - 2.6, 0.15, (230, 230, 230))
        y += 6.5
    pg.text(54, 224, "本电子证照与实体证件具有同等效力", 9.5, "sans", (150, 150, 150), anchor="c")
    return pg


# -- 户口簿 ---------------------------------------------------------------------------------------------------------

def _cell(pg, x0, y0, x1, y1, label, value, lab_fam, val_fam, size, hand_jitter=0.0, lw=0.3, color=(120, 60, 40),
          label_w=None):
    pg.rect(x0, y0, x1, y1, lw, color)
    if label_w:
        pg.line(x0 + label_w, y0, x0 + label_w, y1, lw, color)
        lines = [label] if text_width(label, size * 0.85, lab_fam) < label_w - 1.5 else pg.wrap(label, size * 0.75, lab_fam, label_w - 1.5)
        ls = size * 0.85 if len(lines) == 1 else size * 0.75
        yy = (y0 + y1) / 2 + ls * 0.13 - (len(lines) - 1) * ls * 0.2
        for ln in lines:
            pg.text(x0 + label_w / 2, yy, ln, ls, lab_fam, color, anchor="c")
            yy += ls * 0.4
        vx = x0 + label_w + 1.5
    else:
        vx = x0 + 1.5
    if value:
        room = x1 - vx - 1
        vs = size
        while text_width(value, vs, val_fam) > room and vs > size * 0.6:
            vs -= 0.5
        lines = [value] if text_width(value, vs, val_fam) <= room else pg.wrap(value, vs, val_fam, room)
        yy = (y0 + y1) / 2 + vs * 0.13 - (len(lines) - 1) * vs * 0.2
        for ln in lines:
            pg.text(vx, yy, ln, vs, val_fam, (25, 25, 30), jitter=hand_jitter)
            yy += vs * 0.4


def hukou_cover(p, hh, rnd: random.Random, hand: bool) -> Page:
    pg = Page(95, 132, bg=(250, 246, 236), hand_seed=rnd.randint(0, 9999))
    lab = rnd.choice(["song", "ming"])
    val = rnd.choice(["kai", "wenkai", "hand"]) if hand else rnd.choice(["song", "hei", "sans"])
    jit = 0.25 if hand else 0.0
    col = (140, 70, 50)
    pg.text(47.5, 14, "常 住 人 口 登 记 表", 11, lab, col, anchor="c")
    x0, x1 = 7, 88
    y = 20
    h = 11
    _cell(pg, x0, y, 47, y + h, "户  别", hh["household_type"], lab, val, 9, jit, color=col, label_w=14)
    _cell(pg, 47, y, x1, y + h, "户主姓名", hh["head_name"], lab, val, 9, jit, color=col, label_w=15)
    y += h
    _cell(pg, x0, y, 47, y + h, "户  号", hh["household_number"], lab, val, 9, jit, color=col, label_w=14)
    _cell(pg, 47, y, x1, y + h, "", "", lab, val, 9, color=col)
    y += h
    _cell(pg, x0, y, x1, y + 2 * h, "住  址", hh["address"], lab, val, 9, jit, color=col, label_w=14)
    y += 2 * h
    pg.rect(x0, y, 47, y + 40, 0.3, col)
    pg.text(27, y + 6, "户口登记机关", 7, lab, col, anchor="c")
    pg.text(27, y + 11, "和户口专用章", 7, lab, col, anchor="c")
    pg.rect(47, y, x1, y + 40, 0.3, col)
    pg.text(67.5, y + 6, "承办人签章", 7, lab, col, anchor="c")
    pg.text(67.5, y + 22, rnd.choice(["张", "刘", "陈", "马"]) + rnd.choice(["敏", "军", "红", "伟"]), 10, "kai", (180, 40, 40), anchor="c")
    y += 40
    d = hh["issue_date"]
    pg.rect(x0, y, x1, y + 11, 0.3, col)
    pg.text(20, y + 7, "签发日期", 7.5, lab, col, anchor="c")
    pg.text(45, y + 7.2, f"{d.year}", 9, val, jitter=jit, anchor="c")
    pg.text(55, y + 7, "年", 7.5, lab, col)
    pg.text(62, y + 7.2, f"{d.month}", 9, val, jitter=jit, anchor="c")
    pg.text(66, y + 7, "月", 7.5, lab, col)
    pg.text(73, y + 7.2, f"{d.day}", 9, val, jitter=jit, anchor="c")
    pg.text(77, y + 7, "日", 7.5, lab, col)
    # the 户口登记机关 seal over the lower cells and the address
    pg.seal(27 + rnd.uniform(-4, 8), 84 + rnd.uniform(-14, 2), 15, hh["seal"], "户口专用章", RED, alpha=0.75)
    return pg


def hukou_member(p, hh, rnd: random.Random, hand: bool, employer: str) -> Page:
    pg = Page(95, 132, bg=(250, 246, 236), hand_seed=rnd.randint(0, 9999))
    lab = rnd.choice(["song", "ming"])
    val = rnd.choice(["kai", "wenkai", "hand", "kaitim"]) if hand else rnd.choice(["song", "hei", "sans"])
    jit = 0.25 if hand else 0.0
    col = (140, 70, 50)
    pg.text(47.5, 10, "常 住 人 口 登 记 卡", 11, lab, col, anchor="c")
    x0, x1, xm = 5, 90, 47.5
    h = 7.6
    y = 14
    b = p.birth
    rows = [
        [("姓名", p.name), ("户主或与户主关系", p.relation)],
        [("曾用名", ""), ("性别", "男" if p.male else "女")],
        [("出生地", p.birthplace), ("民族", p.ethnicity + "族")],
        [("籍贯", p.native_place), ("出生日期", f"{b.year}年{b.month}月{b.day}日")],
        [("本市（县）其他住址", "")],
        [("宗教信仰", ""), ("公民身份证件编号", p.id_number)],
        [("身高", f"{rnd.randint(155, 185)}"), ("血型", rnd.choice(["A", "B", "O", "AB", ""]))],
        [("文化程度", hh["education"]), ("婚姻状况", "已婚" if p.married else "未婚")],
        [("兵役状况", rnd.choice(["未服兵役", ""])), ("服务处所", employer)],
        [("职业", rnd.choice(["职员", "工程师", "", "技术员"]))],
        [("何时由何地迁来本市（县）", rnd.choice(["", "出生"]))],
        [("何时由何地迁来本址", "")],
    ]
    for row in rows:
        if len(row) == 1:
            _cell(pg, x0, y, x1, y + h, row[0][0], row[0][1], lab, val, 7.5, jit, color=col, label_w=28)
        else:
            _cell(pg, x0, y, xm, y + h, row[0][0], row[0][1], lab, val, 7.5, jit, color=col, label_w=14)
            lw2 = 14 if len(row[1][0]) <= 4 else 17
            vv = row[1][1]
            _cell(pg, xm, y, x1, y + h, row[1][0], vv, lab, val if row[1][0] != "公民身份证件编号" else (val if hand else "mono"),
                  7.5 if row[1][0] != "公民身份证件编号" else 6.8, jit, color=col, label_w=lw2)
        y += h
    pg.rect(x0, y, xm, y + 18, 0.3, col)
    pg.text(26, y + 5, "承办人签章", 7, lab, col, anchor="c")
    pg.rect(xm, y, x1, y + 18, 0.3, col)
    d = hh["registration_date"]
    pg.text(68, y + 5, "登记日期", 7, lab, col, anchor="c")
    pg.text(68, y + 13, f"{d.year}年{d.month}月{d.day}日", 8, val, jitter=jit, anchor="c")
    pg.seal(30 + rnd.uniform(-5, 8), y + rnd.uniform(-14, 2), 14, hh["seal"], "户口专用章", RED, alpha=0.7)
    return pg


def collective_letter(p, coll, rnd: random.Random) -> Page:
    pg = Page(210, 297)
    fam = rnd.choice(["song", "ming", "kai", "hei"])
    pg.text(105, 48, rnd.choice(["户籍证明", "户 籍 证 明", "常住人口户籍证明"]), 22, "serif_bold", anchor="c", spacing=1)
    body = (f"兹证明{p.name}，{'男' if p.male else '女'}，{p.ethnicity}族，{p.birth.year}年{p.birth.month}月{p.birth.day}日出生，"
            f"公民身份号码：{p.id_number}，其户口现登记在{coll['unit']}集体户，"
            f"户籍地址：{coll['address']}。")
    y = pg.para(28, 75, body, 13, fam, 155, lead=1.9)
    y = pg.para(28, y + 4, "该同志户口登记信息以公安机关户籍管理信息系统记载为准。", 13, fam, 155, lead=1.9)
    pg.para(28, y + 4, "特此证明。", 13, fam, 155, lead=1.9)
    pg.text(182, 200, coll["office"], 13, fam, anchor="r")
    pg.text(182, 212, ymd(coll["issue_date"], "cn"), 13, fam, anchor="r")
    pg.text(28, 250, "（本证明有效期三个月，复印无效）", 10, fam, (80, 80, 80))
    pg.seal(160, 200, 20, coll["office"], "户籍专用章" if rnd.random() < 0.5 else "", RED)
    return pg


# -- 结婚证 ---------------------------------------------------------------------------------------------------------

def marriage_open(p, m, rnd: random.Random) -> Page:
    """The inner pages of a 结婚证 laid open: left the holder block, right the photo and both people."""
    pg = Page(250, 180, bg=(248, 236, 230))
    pg.rect(2, 2, 124, 178, 0.4, (190, 80, 80))
    pg.rect(126, 2, 248, 178, 0.4, (190, 80, 80))
    fam = rnd.choice(["song", "ming", "hei"])
    lab_c = (150, 60, 60)
    pg.text(63, 30, "结  婚  证", 18, "serif_bold", (170, 30, 30), anchor="c")
    pg.para(14, 50, "中华人民共和国民政部监制。申请结婚的男女双方，符合《中华人民共和国民法典》关于结婚的规定，予以登记，发给此证。", 9, fam, 98, lead=1.8, color=(90, 60, 60))
    y = 92
    for lab, v in (("持证人", m["holder_name"]), ("登记日期", ymd(m["registration_date"], "cn0")), ("结婚证字号", m["number"])):
        pg.text(16, y, lab, 10, fam, lab_c)
        pg.text(46, y, v, 11, fam)
        pg.line(44, y + 1.5, 116, y + 1.5, 0.2, (200, 150, 150))
        y += 14
    pg.text(16, y + 4, "备注", 10, fam, lab_c)
    pg.seal(82, 140, 20, m["office"], "婚姻登记专用章", RED)
    pg.image(140, 12, 234, 72, portrait(470, 300, rnd.randint(0, 999), bg=(200, 40, 40), male=True))
    y = 86
    people = [(m["husband"], "男", m["husband_birth"], m["husband_id"]), (m["wife"], "女", m["wife_birth"], m["wife_id"])]
    for nm, sx, bd, idn in people:
        pg.text(136, y, "姓名", 9, fam, lab_c)
        pg.text(152, y, nm, 10.5, fam)
        pg.text(190, y, "性别", 9, fam, lab_c)
        pg.text(204, y, sx, 10.5, fam)
        y += 9
        pg.text(136, y, "国籍", 9, fam, lab_c)
        pg.text(152, y, "中国", 10.5, fam)
        pg.text(190, y, "出生日期", 9, fam, lab_c)
        pg.text(208, y, f"{bd:%Y-%m-%d}", 9.5, fam)
        y += 9
        pg.text(136, y, "身份证件号", 9, fam, lab_c)
        pg.text(158, y, idn, 10.5, "mono")
        y += 16
    return pg
