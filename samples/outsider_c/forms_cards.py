"""ID card faces, the 居住证 card, its information page and app screen, the 户口簿 pages and the 集体户口 letter."""
from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from .render import BODY, HAND, HEAD, Page, font, guilloche, portrait, qr_block, seal

CARD = (85.6, 54.0)
LABEL_BLUE = (70, 130, 185)


def _d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _dot(s: str) -> str:
    return s.replace("-", ".")


def id_front(doc: dict, rng: random.Random, dpi: float = 400) -> Image.Image:
    f = doc["fields"]
    p = Page(*CARD, dpi, bg=(246, 244, 236))
    guilloche(p.img, (0, 0, p.img.width, p.img.height), (222, 226, 236), rng, dens=55)
    vkey = rng.choice(["sans", "zenhei", "microhei", "serif"])
    lkey = rng.choice(["sans", "microhei", "zenhei"])
    ph = portrait(p.px(26), p.px(32), rng, bg=(240, 240, 238))
    p.img.paste(ph, (p.px(55), p.px(8)))
    p.d = ImageDraw.Draw(p.img)
    x0, lx = 6.0, 17.5
    p.text(x0, 11, "姓  名", lkey, 6.2, LABEL_BLUE)
    p.text(lx, 11.3, f["name"], vkey, 9.5, ls=rng.choice([0, 0.15]))
    p.text(x0, 18, "性  别", lkey, 6.2, LABEL_BLUE)
    p.text(lx, 18, f["sex"], vkey, 7.5)
    p.text(lx + 11, 18, "民  族", lkey, 6.2, LABEL_BLUE)
    p.text(lx + 22, 18, doc.get("ethnicity_print", f["ethnicity"]), vkey, 7.5)
    b = _d(f["birth_date"])
    p.text(x0, 25, "出  生", lkey, 6.2, LABEL_BLUE)
    xx = p.text(lx, 25, str(b.year), vkey, 7.5)
    xx = p.text(xx + 1.2, 25, "年", lkey, 6.2, LABEL_BLUE)
    xx = p.text(xx + 1.5, 25, str(b.month), vkey, 7.5)
    xx = p.text(xx + 1.2, 25, "月", lkey, 6.2, LABEL_BLUE)
    xx = p.text(xx + 1.5, 25, str(b.day), vkey, 7.5)
    p.text(xx + 1.2, 25, "日", lkey, 6.2, LABEL_BLUE)
    p.text(x0, 32, "住  址", lkey, 6.2, LABEL_BLUE)
    y = 32
    for ln in p.wrap(f["address"], rng.uniform(32, 36), vkey, 7.5):
        p.text(lx, y, ln, vkey, 7.5)
        y += 4.2
    p.text(x0, 48, "公民身份号码", lkey, 6.2, LABEL_BLUE)
    p.text(28, 48.3, f["id_number"], "ocrb", 9.2, ls=0.12)
    return p.img


def id_back(doc: dict, rng: random.Random, dpi: float = 400) -> Image.Image:
    f = doc["fields"]
    p = Page(*CARD, dpi, bg=(243, 243, 236))
    guilloche(p.img, (0, 0, p.img.width, p.img.height), (226, 222, 232), rng, dens=60)
    d = p.d = ImageDraw.Draw(p.img)
    cx, cy, r = p.px(12), p.px(13), p.px(8)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(214, 40, 40))
    d.ellipse([cx - r // 2, cy - r // 2, cx + r // 2, cy + r // 2], outline=(250, 215, 90), width=max(2, r // 8))
    p.text(52, 14, "中华人民共和国", rng.choice(["serif_b", "sans_b", "zenhei"]), 11.5, anchor="ms", ls=0.1)
    p.text(52, 25, "居民身份证", rng.choice(["serif_b", "sans_b"]), 17, anchor="ms", ls=0.35)
    vkey = rng.choice(["sans", "zenhei", "microhei"])
    p.text(18, 40, "签发机关", vkey, 6.5)
    p.text(31, 40, f["issuing_authority"], vkey, 7.8)
    p.text(18, 47.5, "有效期限", vkey, 6.5)
    until = "长期" if f["valid_until"] == "long_term" else _dot(f["valid_until"])
    p.text(31, 47.5, f"{_dot(f['valid_from'])}-{until}", vkey, 7.8)
    return p.img


def permit_card_front(doc: dict, rng: random.Random, dpi: float = 400) -> Image.Image:
    f = doc["fields"]
    p = Page(*CARD, dpi, bg=(rng.randint(222, 235), rng.randint(236, 246), 250))
    guilloche(p.img, (0, 0, p.img.width, p.img.height), (200, 220, 240), rng, dens=35)
    p.d = ImageDraw.Draw(p.img)
    p.text(42.8, 9, "上海市居住证", rng.choice(["sans_b", "serif_b", "zenhei"]), 13, (20, 60, 140), anchor="ms", ls=0.3)
    ph = portrait(p.px(22), p.px(27), rng)
    p.img.paste(ph, (p.px(59), p.px(14)))
    p.d = ImageDraw.Draw(p.img)
    k = rng.choice(["sans", "microhei", "serif"])
    y = 17
    for lab, val in (("姓名", f["name"]), ("公民身份号码", f["id_number"])):
        p.text(5, y, lab, k, 6, (60, 80, 110))
        p.text(5 + p.width(lab, k, 6) + 2, y, val, "ocrb" if lab != "姓名" else k, 7.5 if lab != "姓名" else 8.5)
        y += 6.5
    p.text(5, y, "居住地址", k, 6, (60, 80, 110))
    for ln in p.wrap(f["residence_address"], 40, k, 7):
        p.text(16, y, ln, k, 7)
        y += 4
    y += 1.5
    p.text(5, y, "签发机关", k, 6, (60, 80, 110))
    p.text(16, y, doc["office"], k, 7)
    y += 5.5
    p.text(5, y, "有效期限", k, 6, (60, 80, 110))
    p.text(16, y, f"{_dot(f['valid_from'])}-{_dot(f['valid_until'])}", k, 7)
    return p.img


def permit_card_back(doc: dict, rng: random.Random, dpi: float = 400) -> Image.Image:
    f = doc["fields"]
    p = Page(*CARD, dpi, bg=(238, 242, 248))
    chip = (p.px(8), p.px(18), p.px(20), p.px(28))
    p.d.rounded_rectangle(chip, radius=p.px(1.5), fill=(206, 176, 92), outline=(150, 120, 60), width=2)
    k = rng.choice(["sans", "zenhei", "uming"])
    p.text(42.8, 9, "签 注 信 息", k, 9, (40, 60, 100), anchor="ms")
    p.rect(26, 14, 82, 46, w=0.2, outline=(120, 130, 150))
    p.text(28, 20, "签注日期", k, 6)
    p.text(50, 20, "有效期至", k, 6)
    p.line(26, 22, 82, 22, 0.15, (120, 130, 150))
    p.text(28, 27, _dot(f["issue_date"]), k, 7)
    p.text(50, 27, _dot(f["valid_until"]), k, 7)
    p.text(5, 50, "此证仅限持证人本人使用，涂改无效", k, 5.5, (90, 90, 90))
    return p.img


def permit_info_a4(doc: dict, rng: random.Random, dpi: float = 200, variant: str | None = None) -> Image.Image:
    f = doc["fields"]
    variant = variant or rng.choice(["grid2", "grid4", "list"])
    p = Page(210, 297, dpi)
    hk = rng.choice(HEAD)
    bk = rng.choice(BODY)
    p.text(105, 30, rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证信息表"]), hk, 18, anchor="ms", ls=0.1)
    p.text(105, 40, rng.choice(["上海市居住证积分受理专用", "来源：一网通办", "上海市社区事务受理服务中心"]), bk, 9, (90, 90, 90), anchor="ms")
    hk_lab = rng.choice(["户籍地址", "常住户口所在地住址"])
    id_lab = rng.choice(["证件号码", "公民身份号码"])
    split = rng.random() < 0.5
    items = [("姓名", f["name"]), ("性别", doc.get("sex", "")), (id_lab, f["id_number"]), (hk_lab, f["hukou_address"]),
             ("居住地址", f["residence_address"]), (rng.choice(["签发日期", "签注日期"]), _dot(f["issue_date"]))]
    items = [it for it in items if it[1]]
    if split:
        items += [("有效期限（起）", _dot(f["valid_from"])), ("有效期限（止）", _dot(f["valid_until"]))]
    else:
        items += [("有效期限", f"{_dot(f['valid_from'])}至{_dot(f['valid_until'])}")]
    items += [("发证机关", doc["office"])]
    size = rng.uniform(10, 12)
    y = 55
    if variant == "list":
        for lab, val in items:
            x = p.text(25, y, lab + "：", bk, size, (80, 80, 80))
            lines = p.wrap(val, 185 - x, bk, size)
            for ln in lines:
                p.text(x, y, ln, bk, size)
                y += 7
            y += 4
    elif variant == "grid2":
        lw = rng.uniform(38, 52)
        for lab, val in items:
            lines = p.wrap(val, 180 - 20 - lw - 6, bk, size)
            h = max(11, 7 * len(lines) + 5)
            p.rect(20, y, 20 + lw, y + h, w=0.3, fill=(238, 240, 244))
            p.rect(20 + lw, y, 190, y + h, w=0.3)
            p.text(23, y + h / 2 + 1.5, lab, bk, size)
            yy = y + (h - 7 * len(lines)) / 2 + 5
            for ln in lines:
                p.text(20 + lw + 3, yy, ln, bk, size)
                yy += 7
            y += h
    else:  # grid4: two label/value pairs per row, long values across the row
        i = 0
        while i < len(items):
            lab, val = items[i]
            long_ = len(val) > 14
            if long_ or i + 1 >= len(items) or len(items[i + 1][1]) > 14:
                lines = p.wrap(val, 140, bk, size)
                h = max(11, 7 * len(lines) + 5)
                p.rect(20, y, 50, y + h, w=0.3)
                p.rect(50, y, 190, y + h, w=0.3)
                p.text(22, y + h / 2 + 1.5, lab, bk, size * 0.92)
                yy = y + (h - 7 * len(lines)) / 2 + 5
                for ln in lines:
                    p.text(52, yy, ln, bk, size)
                    yy += 7
                i += 1
            else:
                h = 11
                lab2, val2 = items[i + 1]
                for x0, x1, t in ((20, 50, lab), (50, 105, val), (105, 135, lab2), (135, 190, val2)):
                    p.rect(x0, y, x1, y + h, w=0.3)
                    p.text(x0 + 2, y + 7, t, bk, size * (0.92 if t in (lab, lab2) else 1))
                i += 2
            y += h
    p.text(140, y + 25, "打印日期：" + _dot(f["issue_date"]) if rng.random() < 0.3 else "", bk, 9)
    if rng.random() < 0.6:
        seal(p.img, p.px(150), p.px(y + 30), p.px(19), "上海市" + doc["office"][5:] + "社区事务受理中心", "业务专用章", rng=rng)
    return p.img


def app_screen_base(rng: random.Random, title: str, size=None) -> tuple[Image.Image, ImageDraw.ImageDraw, float]:
    W, H = size or rng.choice([(1080, 2340), (1080, 2400), (1170, 2532), (1125, 2436), (1080, 2312)])
    im = Image.new("RGB", (W, H), (245, 246, 248))
    d = ImageDraw.Draw(im)
    s = W / 1080
    f = font("sans", int(34 * s))
    d.text((int(60 * s), int(40 * s)), f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", font=f, fill=(0, 0, 0))
    d.text((W - int(60 * s), int(40 * s)), f"{rng.randint(20, 99)}%", font=f, fill=(0, 0, 0), anchor="ra")
    d.text((W // 2, int(175 * s)), title, font=font("sans_b", int(44 * s)), fill=(20, 20, 20), anchor="ms")
    d.line([(int(50 * s), int(160 * s)), (int(75 * s), int(135 * s))], fill=(30, 30, 30), width=int(5 * s))
    d.line([(int(50 * s), int(160 * s)), (int(75 * s), int(185 * s))], fill=(30, 30, 30), width=int(5 * s))
    return im, d, s


def kv_rows(im, d, s, rows, y, key="sans", rng=None):
    """Grey labels left, black values right-aligned, long values wrapped on right-aligned lines; a rounded card."""
    W = im.width
    fl = font(key, int(40 * s))
    fv = font(key, int(42 * s))
    x0, x1 = int(40 * s), W - int(40 * s)
    heights = []
    for lab, val in rows:
        lines = _wrap_px(val, fv, (x1 - x0) * 0.62)
        heights.append(int((70 + 56 * (len(lines) - 1) + 40) * s))
    d.rounded_rectangle([x0, y, x1, y + sum(heights) + int(30 * s)], radius=int(28 * s), fill=(255, 255, 255))
    y += int(30 * s)
    for (lab, val), h in zip(rows, heights):
        d.text((x0 + int(40 * s), y + int(48 * s)), lab, font=fl, fill=(140, 140, 145), anchor="ls")
        yy = y + int(48 * s)
        for ln in _wrap_px(val, fv, (x1 - x0) * 0.62):
            d.text((x1 - int(40 * s), yy), ln, font=fv, fill=(20, 20, 20), anchor="rs")
            yy += int(56 * s)
        d.line([(x0 + int(40 * s), y + h - int(6 * s)), (x1 - int(40 * s), y + h - int(6 * s))], fill=(236, 236, 238), width=2)
        y += h
    return y + int(40 * s)


def _wrap_px(s, f, width):
    out, cur = [], ""
    for c in s:
        if f.getlength(cur + c) > width and cur:
            out.append(cur)
            cur = c
        else:
            cur += c
    return out + ([cur] if cur else [])


def permit_screen(doc: dict, rng: random.Random) -> Image.Image:
    f = doc["fields"]
    im, d, s = app_screen_base(rng, rng.choice(["电子居住证", "我的居住证"]))
    W = im.width
    col = rng.choice([(32, 110, 210), (230, 80, 50), (20, 150, 130)])
    y0 = int(240 * s)
    d.rounded_rectangle([int(40 * s), y0, W - int(40 * s), y0 + int(330 * s)], radius=int(30 * s), fill=col)
    d.text((int(90 * s), y0 + int(130 * s)), f["name"], font=font(rng.choice(["sans_b", "smiley"]), int(88 * s)), fill=(255, 255, 255), anchor="ls")
    d.text((int(90 * s), y0 + int(230 * s)), "上海市居住证 · 有效", font=font("sans", int(38 * s)), fill=(235, 240, 255), anchor="ls")
    q = qr_block(int(220 * s), rng)
    im.paste(q, (W - int(300 * s), y0 + int(55 * s)))
    rows = [("证件号码", f["id_number"][:6] + f["id_number"][6:]), ("户籍地址", f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签注日期", _dot(f["issue_date"])),
            ("有效期限", f"{_dot(f['valid_from'])}至{_dot(f['valid_until'])}"), ("发证机关", doc["office"])]
    kv_rows(im, d, s, rows, y0 + int(380 * s), key=rng.choice(["sans", "microhei"]), rng=rng)
    return im


def hukou_cover(doc: dict, rng: random.Random, dpi: float = 250, hand: bool | None = None) -> Image.Image:
    f = doc["fields"]
    hand = rng.random() < 0.5 if hand is None else hand
    p = Page(143, 105, dpi, bg=(250, 247, 238))
    guilloche(p.img, (0, 0, p.img.width, p.img.height), (236, 228, 214), rng, dens=25)
    p.d = ImageDraw.Draw(p.img)
    k = rng.choice(["serif", "sung", "uming"])
    vk = rng.choice(HAND) if hand else rng.choice(["sans", "sung", "serif"])
    ink = (30, 40, 120) if hand else (10, 10, 10)
    p.text(71.5, 14, "户 口 簿", rng.choice(["serif_b", "sans_b"]), 16, anchor="ms", ls=0.3)
    p.rect(10, 20, 133, 95, w=0.35)
    rows = [(20, 36), (36, 52), (52, 70), (70, 95)]
    for a, b in rows[1:]:
        p.line(10, a, 133, a, 0.25)
    p.line(32, 20, 32, 52, 0.25); p.line(70, 20, 70, 36, 0.25); p.line(92, 20, 92, 36, 0.25)
    p.line(70, 36, 70, 52, 0.25); p.line(92, 36, 92, 52, 0.25)
    p.line(32, 52, 32, 70, 0.25)
    p.text(13, 30, "户  别", k, 9)
    p.text(35, 30, f["household_type"], vk, 10.5, ink, jitter=0.03 if hand else 0, rng=rng)
    p.text(73, 30, "户主姓名", k, 9)
    p.text(95, 30, f["head_name"], vk, 11, ink, jitter=0.03 if hand else 0, rng=rng)
    p.text(13, 46, "户  号", k, 9)
    p.text(35, 46, f["household_number"], vk, 10.5, ink)
    p.text(73, 46, "承办人签章", k, 8)
    p.text(98, 46, rng.choice(["王", "陈", "刘", "张"]) + rng.choice(["敏", "军", "华", "芳"]), rng.choice(HAND), 10.5, (150, 20, 20))
    p.text(13, 63, "住  址", k, 9)
    yy = 59
    for ln in p.wrap(f["address"], 96, vk, 10):
        p.text(35, yy + 4, ln, vk, 10, ink, jitter=0.03 if hand else 0, rng=rng)
        yy += 6
    p.text(13, 80, "户口登记机关", k, 8.5)
    p.text(13, 90, "签发日期", k, 8.5)
    dd = _d(f["issue_date"])
    p.text(45, 90, f"{dd.year}年{dd.month}月{dd.day}日" if rng.random() < 0.6 else f"{dd.year} 年 {dd.month:02d} 月 {dd.day:02d} 日", vk, 10, ink)
    seal(p.img, p.px(rng.uniform(60, 95)), p.px(rng.uniform(60, 78)), p.px(15), doc["office"] + "户口专用章", rng=rng)
    return p.img


MEMBER_FIELDS = [("姓名", "name"), ("户主或与户主关系", "relation_to_head"), ("曾用名", None), ("性别", "sex"),
                 ("出生地", "birthplace"), ("民族", "ethnicity"), ("籍贯", "native_place"), ("出生日期", "birth_date"),
                 ("本市（县）其他住址", None), ("宗教信仰", None), ("公民身份证件编号", "id_number"), ("身高", None),
                 ("血型", None), ("文化程度", "education"), ("婚姻状况", "marital_status"), ("兵役状况", None),
                 ("服务处所", "employer"), ("职业", None), ("何时由何地迁来本市（县）", None),
                 ("何时由何地迁往", None), ("登记日期", "registration_date"), ("承办人签章", None)]


def hukou_member(doc: dict, rng: random.Random, dpi: float = 250, hand: bool | None = None) -> Image.Image:
    f = doc["fields"]
    hand = rng.random() < 0.5 if hand is None else hand
    p = Page(143, 105, dpi, bg=(250, 247, 238))
    guilloche(p.img, (0, 0, p.img.width, p.img.height), (236, 228, 214), rng, dens=25)
    p.d = ImageDraw.Draw(p.img)
    k = rng.choice(["serif", "sung", "uming"])
    vk = rng.choice(HAND) if hand else rng.choice(["sans", "sung", "serif"])
    ink = (30, 40, 120) if hand else (10, 10, 10)
    p.text(71.5, 9, "常住人口登记卡", rng.choice(["serif_b", "sans_b"]), 12, anchor="ms", ls=0.2)
    top, bot = 12, 100
    nrow = 11
    rh = (bot - top) / nrow
    p.rect(5, top, 138, bot, w=0.35)
    for i in range(1, nrow):
        p.line(5, top + i * rh, 138, top + i * rh, 0.2)
    p.line(71.5, top, 71.5, bot, 0.2)
    for i, (lab, key) in enumerate(MEMBER_FIELDS):
        col, row = i % 2, i // 2
        x = 5 + col * 66.5
        y = top + row * rh
        p.line(x + 22, y, x + 22, y + rh, 0.15)
        fs = 6.6 if len(lab) <= 6 else 5.2
        lines = [lab] if len(lab) <= 7 else [lab[:7], lab[7:]]
        for j, ln in enumerate(lines):
            p.text(x + 1.2, y + rh / 2 + 1.5 + (j - (len(lines) - 1) / 2) * 3, ln, k, fs)
        if key and key in f:
            v = f[key]
            if key == "birth_date":
                dd = _d(v)
                v = f"{dd.year}年{dd.month}月{dd.day}日"
            if key == "registration_date":
                dd = _d(v)
                v = f"{dd.year}年{dd.month:02d}月{dd.day:02d}日" if rng.random() < 0.5 else f"{dd.year}年{dd.month}月{dd.day}日"
            vs = 8.5 if len(v) < 14 else 6.8
            ls = p.wrap(v, 42, vk, vs)
            for j, ln in enumerate(ls[:2]):
                p.text(x + 23.5, y + rh / 2 + 2 + (j - (len(ls[:2]) - 1) / 2) * 3.6, ln, vk, vs, ink,
                       jitter=0.03 if hand else 0, rng=rng)
    seal(p.img, p.px(rng.uniform(80, 115)), p.px(rng.uniform(75, 90)), p.px(15), doc["station"] + "户口专用章", rng=rng)
    return p.img


def booklet_open(left: Image.Image, right: Image.Image, rng: random.Random) -> Image.Image:
    h = max(left.height, right.height)
    gap = int(left.width * 0.03)
    m = int(left.width * 0.06)
    im = Image.new("RGB", (left.width + right.width + gap + 2 * m, h + 2 * m), rng.choice([(120, 30, 35), (150, 40, 40)]))
    im.paste(left, (m, m))
    im.paste(right, (m + left.width + gap, m))
    d = ImageDraw.Draw(im)
    x = m + left.width + gap // 2
    for i in range(gap):
        v = int(120 + 100 * abs(i - gap / 2) / (gap / 2))
        d.line([(x - gap // 2 + i, m), (x - gap // 2 + i, m + h)], fill=(v, v - 10, v - 20))
    return im


def collective_letter(doc: dict, rng: random.Random, dpi: float = 200) -> Image.Image:
    f = doc["fields"]
    p = Page(210, 297, dpi)
    hk, bk = rng.choice(HEAD), rng.choice(BODY)
    p.text(105, 40, rng.choice(["户 籍 证 明", "常住人口户籍证明", "集体户口户籍证明"]), hk, 20, anchor="ms", ls=0.2)
    b = doc["birth"]
    text = (f"兹证明{f['name']}（性别：{doc['sex']}，出生日期：{b.year}年{b.month}月{b.day}日，公民身份号码："
            f"{f['id_number']}），系我所辖区集体户口常住人口，户籍地址：{f['address']}。")
    y = p.para(25, 70, text, 160, bk, 12.5, 1.9)
    y = p.para(25, y + 6, "特此证明。", 160, bk, 12.5)
    p.para(25, y + 6, "（本证明仅用于办理上海市居住证积分，有效期三个月）", 160, bk, 10, indent=False)
    dd = _d(f["issue_date"])
    p.text(185, y + 60, doc["office"], bk, 12.5, anchor="rs")
    p.text(185, y + 72, f"{dd.year}年{dd.month}月{dd.day}日", bk, 12.5, anchor="rs")
    seal(p.img, p.px(160), p.px(y + 62), p.px(20), doc["office"], "户籍证明专用章", rng=rng)
    return p.img
