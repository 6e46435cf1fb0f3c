"""Renderers: one function per document form. Each draws exactly the truth values it is given."""
import datetime as dt

from PIL import Image, ImageDraw

from . import draw as D
from .common import BODY_FONTS, HAND_FONTS, TITLE_FONTS, cdate, cn_date, font, pdate
from .draw import wrap

INK = (25, 25, 25)
CARD = (1012, 638)


def _d(s):
    return pdate(s) if isinstance(s, str) else s


# ------------------------------------------------------------------ ID card
def id_front(f, rng, name_spaced=False):
    im, d = D.new_page(CARD, (246, 244, 236))
    D.guilloche(im, (0, 0, CARD[0], CARD[1]), (214, 226, 236), rng, 30)
    lab = (95, 150, 200)
    lf = font(rng.choice(["hei", "sans", "zenhei"]), 30)
    vf = font(rng.choice(["hei", "sans", "song", "ming"]), 36)
    x0, vx = 60, 180
    nm = f["name"]
    if name_spaced and len(nm) == 2:
        nm = nm[0] + "  " + nm[1]
    y = 70
    d.text((x0, y + 4), "姓  名", font=lf, fill=lab)
    d.text((vx, y), nm, font=font(vf.path.split("/")[-1] and "hei", 40) if False else vf, fill=INK)
    y += 80
    d.text((x0, y + 4), "性  别", font=lf, fill=lab)
    d.text((vx, y), f["sex"], font=vf, fill=INK)
    d.text((vx + 130, y + 4), "民  族", font=lf, fill=lab)
    d.text((vx + 250, y), f["ethnicity"], font=vf, fill=INK)
    y += 80
    b = _d(f["birth_date"])
    d.text((x0, y + 4), "出  生", font=lf, fill=lab)
    d.text((vx, y), str(b.year), font=vf, fill=INK)
    d.text((vx + 100, y + 4), "年", font=lf, fill=lab)
    d.text((vx + 160, y), str(b.month), font=vf, fill=INK)
    d.text((vx + 215, y + 4), "月", font=lf, fill=lab)
    d.text((vx + 270, y), str(b.day), font=vf, fill=INK)
    d.text((vx + 325, y + 4), "日", font=lf, fill=lab)
    y += 80
    d.text((x0, y + 4), "住  址", font=lf, fill=lab)
    for ln in wrap(f["address"], vf, 440):
        d.text((vx, y), ln, font=vf, fill=INK)
        y += 50
    y = 530
    d.text((x0, y + 6), "公民身份号码", font=lf, fill=lab)
    D.text(d, (300, y), f["id_number"], font("ocrb", 44), fill=INK, spacing=6)
    D.portrait(im, 680, 90, 940, 420, rng, bg=(240, 240, 236))
    return im


def id_back(f, rng):
    im, d = D.new_page(CARD, (244, 243, 238))
    D.guilloche(im, (0, 0, CARD[0], CARD[1]), (226, 220, 206), rng, 30)
    D.emblem(im, 140, 150, 85)
    tf = font(rng.choice(["serif_b", "song", "zenhei"]), 56)
    d.text((300, 90), "中华人民共和国", font=tf, fill=INK)
    d.text((300, 190), "居 民 身 份 证", font=font(tf.path and "serif_b", 74), fill=INK)
    lf = font("hei", 30)
    vf = font(rng.choice(["hei", "sans", "song"]), 34)
    d.text((180, 420), "签发机关", font=lf, fill=INK)
    d.text((340, 416), f["issuing_authority"], font=vf, fill=INK)
    vu = f["valid_until"]
    vt = f["valid_from"].replace("-", ".") + "-" + ("长期" if vu == "long_term" else vu.replace("-", "."))
    d.text((180, 500), "有效期限", font=lf, fill=INK)
    d.text((340, 496), vt, font=vf, fill=INK)
    return im


# ------------------------------------------------------------------ residence permit
def permit_card(f, rng):
    im, d = D.new_page(CARD, (232, 240, 248))
    D.guilloche(im, (0, 0, CARD[0], CARD[1]), (205, 220, 238), rng, 24)
    d.text((CARD[0] / 2, 60), "上海市居住证", font=font(rng.choice(TITLE_FONTS), 60), fill=(20, 60, 140), anchor="mm")
    lf = font("hei", 28)
    vf = font(rng.choice(["hei", "song", "sans"]), 32)
    y = 130
    for lab, val in [("姓    名", f["name"]), ("公民身份号码", f["id_number"])]:
        d.text((50, y + 3), lab, font=lf, fill=(60, 90, 140))
        d.text((250, y), val, font=vf, fill=INK)
        y += 70
    d.text((50, y + 3), "居住地址", font=lf, fill=(60, 90, 140))
    for ln in wrap(f["residence_address"], vf, 430):
        d.text((250, y), ln, font=vf, fill=INK)
        y += 46
    y += 24
    d.text((50, y + 3), "签发机关", font=lf, fill=(60, 90, 140))
    d.text((250, y), f["_office"], font=vf, fill=INK)
    D.portrait(im, 740, 140, 950, 410, rng)
    d.rectangle([60, 540, 160, 610], fill=(200, 170, 90))
    return im


def permit_card_back(f, rng):
    im, d = D.new_page(CARD, (236, 240, 246))
    d.rounded_rectangle([80, 200, 230, 310], 18, fill=(210, 180, 90), outline=(150, 120, 50), width=3)
    for k in range(4):
        d.line([(80, 225 + k * 22), (230, 225 + k * 22)], fill=(150, 120, 50), width=2)
    lf = font(rng.choice(["hei", "sans"]), 30)
    d.text((320, 90), "签注信息", font=font("hei", 38), fill=INK)
    d.text((320, 180), "签注日期：" + f["issue_date"].replace("-", "."), font=lf, fill=INK)
    d.text((320, 240), "有效期限：" + f["valid_from"].replace("-", ".") + "至" + f["valid_until"].replace("-", "."), font=lf, fill=INK)
    d.text((320, 420), "本证在上海市行政区域内使用", font=font("hei", 24), fill=(90, 90, 90))
    return im


PERMIT_LABELS = [
    ("name", ["姓名"]), ("id_number", ["公民身份号码", "证件号码"]),
    ("hukou_address", ["常住户口所在地住址", "户籍地址"]), ("residence_address", ["居住地址", "居住地住址"]),
    ("issue_date", ["签发日期", "签注日期"]),
]


def permit_info(f, rng, variant):
    """The 居住证信息 printout: grid2 / grid4 / list / below."""
    im, d = D.new_page()
    fn = rng.choice(BODY_FONTS)
    fs = rng.choice([34, 36, 38, 40])
    lf, vf = font(fn, fs), font(fn, fs)
    tf = font(rng.choice(TITLE_FONTS), 58)
    d.text((827, 200), rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息"]), font=tf, fill=INK, anchor="mm")
    d.text((140, 300), "打印时间：" + f["_printed"], font=font(fn, 28), fill=(80, 80, 80))
    d.text((1514, 300), "一网通办", font=font("hei", 28), fill=(40, 90, 170), anchor="ra")
    labels = {k: rng.choice(v) for k, v in PERMIT_LABELS}
    rows = [(labels[k], f[k]) for k, _ in PERMIT_LABELS]
    split = rng.random() < .5
    vfmt = lambda s: s.replace("-", rng.choice([".", "-"])) if False else s
    sep = rng.choice([".", "-"])
    dd = lambda s: s.replace("-", sep)
    rows[4] = (rows[4][0], dd(rows[4][1]))
    if split:
        rows += [("有效期限起", dd(f["valid_from"])), ("有效期限止", dd(f["valid_until"]))]
    else:
        rows += [("有效期限", dd(f["valid_from"]) + "至" + dd(f["valid_until"]))]
    rows.insert(2, ("居住证号", f["_card_no"]))
    x0, x1, y = 130, 1524, 380
    if variant == "grid2":
        lw = 430
        for lab, val in rows:
            lines = wrap(val, vf, x1 - x0 - lw - 40)
            h = max(90, len(lines) * fs * 1.45 + 36)
            D.box(d, x0, y, x0 + lw, y + h, fill=(240, 243, 247))
            D.box(d, x0 + lw, y, x1, y + h)
            d.text((x0 + 20, y + h / 2), lab, font=lf, fill=INK, anchor="lm")
            yy = y + (h - len(lines) * fs * 1.45) / 2 + 4
            for ln in lines:
                d.text((x0 + lw + 20, yy), ln, font=vf, fill=INK)
                yy += fs * 1.45
            y += h
    elif variant == "grid4":
        cw = (x1 - x0) / 4
        short = [r for r in rows if vf.getlength(r[1]) <= cw - 24 and "地址" not in r[0] and "住址" not in r[0]]
        longr = [r for r in rows if r not in short]
        for i in range(0, len(short), 2):
            pair = short[i:i + 2]
            h = 100
            for j, (lab, val) in enumerate(pair):
                xx = x0 + j * 2 * cw
                D.box(d, xx, y, xx + cw, y + h, fill=(244, 244, 244))
                D.box(d, xx + cw, y, xx + 2 * cw, y + h)
                for k, ln in enumerate(wrap(lab, lf, cw - 24)):
                    pass
                lls = wrap(lab, lf, cw - 24)
                for k, ln in enumerate(lls):
                    d.text((xx + 12, y + h / 2 + (k - (len(lls) - 1) / 2) * fs * 1.2), ln, font=lf, fill=INK, anchor="lm")
                vls = wrap(val, vf, cw - 24)
                for k, ln in enumerate(vls):
                    d.text((xx + cw + 12, y + h / 2 + (k - (len(vls) - 1) / 2) * fs * 1.2), ln, font=vf, fill=INK, anchor="lm")
            if len(pair) == 1:
                D.box(d, x0 + 2 * cw, y, x1, y + h)
            y += h
        for lab, val in longr:
            lines = wrap(val, vf, 3 * cw - 30)
            h = max(100, len(lines) * fs * 1.4 + 36)
            D.box(d, x0, y, x0 + cw, y + h, fill=(244, 244, 244))
            D.box(d, x0 + cw, y, x1, y + h)
            lls = wrap(lab, lf, cw - 24)
            for k, ln in enumerate(lls):
                d.text((x0 + 12, y + h / 2 + (k - (len(lls) - 1) / 2) * fs * 1.2), ln, font=lf, fill=INK, anchor="lm")
            for k, ln in enumerate(lines):
                d.text((x0 + cw + 15, y + h / 2 + (k - (len(lines) - 1) / 2) * fs * 1.4), ln, font=vf, fill=INK, anchor="lm")
            y += h
    elif variant == "list":
        vx = rng.choice([600, 760, 820])
        for lab, val in rows:
            d.text((x0 + 20, y), lab + "：", font=lf, fill=(70, 70, 70))
            for ln in wrap(val, vf, x1 - vx):
                d.text((vx, y), ln, font=vf, fill=INK)
                y += fs * 1.5
            y += fs * .9
    else:  # below: label on its own line, value under it
        for lab, val in rows:
            d.text((x0 + 20, y), lab, font=font("hei", fs - 4), fill=(100, 100, 100))
            y += fs * 1.4
            for ln in wrap(val, vf, x1 - x0 - 80):
                d.text((x0 + 60, y), ln, font=vf, fill=INK)
                y += fs * 1.45
            d.line([(x0, y + 14), (x1, y + 14)], fill=(210, 210, 210), width=2)
            y += fs * 1.1
    d.text((827, 2200), "本页信息仅供参考，以实际证件为准    第1页/共1页", font=font(fn, 26), fill=(110, 110, 110), anchor="mm")
    return im


def status_bar(d, W, rng, dark=False):
    col = (255, 255, 255) if dark else (20, 20, 20)
    d.text((60, 40), "%d:%02d" % (rng.randint(8, 22), rng.randint(0, 59)), font=font("sans_b", 40), fill=col)
    d.rounded_rectangle([W - 150, 45, W - 70, 80], 8, outline=col, width=3)
    d.rectangle([W - 145, 50, W - 100, 75], fill=col)
    d.text((W - 260, 40), "5G", font=font("sans_b", 34), fill=col)


def permit_screenshot(f, rng):
    W, H = 1080, rng.choice([2340, 2400, 2376])
    im, d = D.new_page((W, H), (243, 244, 248))
    d.rectangle([0, 0, W, 120], fill=(255, 255, 255))
    status_bar(d, W, rng)
    d.rectangle([0, 120, W, 260], fill=(255, 255, 255))
    d.text((W / 2, 190), "电子居住证", font=font("sans_b", 50), fill=INK, anchor="mm")
    d.line([(70, 170), (45, 190), (70, 210)], fill=INK, width=5)
    c1, c2 = rng.choice([((36, 110, 220), (80, 160, 255)), ((220, 120, 40), (250, 170, 80)), ((20, 150, 130), (90, 200, 170))])
    by = 300
    ban = Image.new("RGB", (W - 80, 360), c1)
    bd = ImageDraw.Draw(ban)
    for x in range(W - 80):
        t = x / (W - 80)
        bd.line([(x, 0), (x, 360)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c1, c2)))
    mask = Image.new("L", ban.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, ban.size[0], ban.size[1]], 36, fill=255)
    im.paste(ban, (40, by), mask)
    d.text((100, by + 60), "上海市居住证", font=font("sans", 40), fill="white")
    d.text((100, by + 150), f["name"], font=font(rng.choice(["sans_b", "zenhei"]), 96), fill="white")
    d.text((100, by + 290), "随申办", font=font("sans", 32), fill=(235, 240, 255))
    y = by + 410
    card_top = y
    rows = [("证件号码", f["id_number"]), ("户籍地址", f["hukou_address"]), ("居住地址", f["residence_address"]),
            ("签注日期", f["issue_date"]), ("有效期限", f["valid_from"] + "至" + f["valid_until"])]
    lf, vf = font("sans", 40), font(rng.choice(["sans", "hei"]), 42)
    body = []
    for lab, val in rows:
        lines = wrap(val, vf, 640)
        body.append((lab, lines))
    h = sum(max(1, len(l)) * 62 + 56 for _, l in body) + 40
    d.rounded_rectangle([40, card_top, W - 40, card_top + h], 30, fill="white")
    y += 40
    for lab, lines in body:
        d.text((90, y), lab, font=lf, fill=(140, 140, 145))
        for ln in lines:
            d.text((W - 90, y), ln, font=vf, fill=INK, anchor="ra")
            y += 62
        y += 56
        d.line([(90, y - 28), (W - 90, y - 28)], fill=(236, 236, 236), width=2)
    d.rounded_rectangle([80, H - 230, W - 80, H - 120], 55, fill=c1)
    d.text((W / 2, H - 175), "出示二维码", font=font("sans", 44), fill="white", anchor="mm")
    return im


# ------------------------------------------------------------------ household register
def hukou_cover(f, rng, seal_over=True, hand=False):
    W, H = 1300, 940
    im, d = D.new_page((W, H), (250, 246, 236))
    fn = rng.choice(HAND_FONTS) if hand else rng.choice(["song", "ming", "serif"])
    vf = font(fn, 36)
    lf = font(rng.choice(["song", "serif", "ming"]), 32)
    d.text((W / 2, 70), "常 住 人 口 登 记 簿", font=font(rng.choice(["serif_b", "song"]), 50), fill=(40, 30, 30), anchor="mm")
    x0, x1, y0 = 70, W - 70, 140
    rh = 96
    cw = [190, 330, 190, x1 - x0 - 710]
    xs = [x0]
    for c in cw:
        xs.append(xs[-1] + c)
    # row1: 户别 | v | 户主姓名 | v
    r = [("户  别", f["household_type"]), ("户主姓名", f["head_name"])]
    D.box(d, x0, y0, x1, y0 + rh * 4 + 200, w=3, outline=(60, 50, 40))
    for i in range(4):
        d.line([(xs[i + 1], y0), (xs[i + 1], y0 + rh * 2)], fill=(60, 50, 40), width=2)
    d.line([(x0, y0 + rh), (x1, y0 + rh)], fill=(60, 50, 40), width=2)
    d.line([(x0, y0 + rh * 2), (x1, y0 + rh * 2)], fill=(60, 50, 40), width=2)
    d.text((xs[0] + 20, y0 + rh / 2), "户  别", font=lf, fill=INK, anchor="lm")
    d.text((xs[1] + 20, y0 + rh / 2), f["household_type"], font=vf, fill=INK, anchor="lm")
    d.text((xs[2] + 20, y0 + rh / 2), "户主姓名", font=lf, fill=INK, anchor="lm")
    d.text((xs[3] + 20, y0 + rh / 2), f["head_name"], font=vf, fill=INK, anchor="lm")
    d.text((xs[0] + 20, y0 + rh * 1.5), "户  号", font=lf, fill=INK, anchor="lm")
    d.text((xs[1] + 20, y0 + rh * 1.5), f["household_number"], font=vf, fill=INK, anchor="lm")
    d.text((xs[2] + 20, y0 + rh * 1.5), "住  址", font=lf, fill=INK, anchor="lm")
    lines = wrap(f["address"], vf, cw[3] - 30)
    if len(lines) > 2:
        vf = font(fn, 30)
        lines = wrap(f["address"], vf, cw[3] - 30)
    for k, ln in enumerate(lines):
        d.text((xs[3] + 15, y0 + rh * 1.5 + (k - (len(lines) - 1) / 2) * vf.size * 1.25), ln, font=vf, fill=INK, anchor="lm")
    yb = y0 + rh * 2
    d.line([(x0 + 560, yb), (x0 + 560, y0 + rh * 4 + 200)], fill=(60, 50, 40), width=2)
    d.text((x0 + 30, yb + 30), "户口登记机关盖章", font=lf, fill=INK)
    d.text((x0 + 590, yb + 30), "承办人签章：", font=lf, fill=INK)
    D.handwriting(im, (x0 + 800, yb + 26), f["_clerk"], font(rng.choice(HAND_FONTS), 40), rng, fill=(40, 40, 40))
    iss = _d(f["issue_date"])
    d.text((x0 + 590, yb + 240), "签发日期：", font=lf, fill=INK)
    d.text((x0 + 780, yb + 236), cdate(iss, zero=rng.random() < .5), font=vf, fill=INK)
    cx, cy = x0 + 280, yb + 220
    if seal_over:
        cx, cy = xs[3] + 230, y0 + rh * 2 + 95
    D.seal(im, cx, cy, 135, f["_police"] + "户口专用章"[:0], center="户口专用章", rng=rng, alpha=140)
    return im


MEMBER_CELLS = ["name", "relation_to_head", "曾用名", "sex", "birthplace", "ethnicity", "native_place", "birth_date",
                "其他住址", "宗教信仰", "id_number", "身高", "血型", "education", "marital_status", "兵役状况", "employer",
                "职业", "何时由何地迁来本市（县）", "何时由何地迁来本址", "承办人签章", "registration_date"]
MEMBER_LAB = {"name": "姓    名", "relation_to_head": "户主或与户主关系", "sex": "性    别", "birthplace": "出 生 地",
              "ethnicity": "民    族", "native_place": "籍    贯", "birth_date": "出生日期", "id_number": "公民身份证件编号",
              "education": "文化程度", "marital_status": "婚姻状况", "employer": "服务处所", "registration_date": "登记日期"}


def hukou_member(f, rng, hand=False):
    W, H = 1300, 1820
    im, d = D.new_page((W, H), (250, 247, 238))
    d.text((W / 2, 80), "常住人口登记卡", font=font(rng.choice(["serif_b", "song", "zenhei"]), 56), fill=(40, 30, 30), anchor="mm")
    fn = rng.choice(HAND_FONTS) if hand else rng.choice(["song", "ming", "serif", "hei"])
    vf = font(fn, 34)
    lf = font(rng.choice(["song", "ming", "serif"]), 28)
    x0, x1, y = 60, W - 60, 150
    col = (70, 50, 40)
    extra = {"曾用名": "", "其他住址": "", "宗教信仰": "", "身高": str(f["_height"]), "血型": "", "兵役状况": "",
             "职业": "", "何时由何地迁来本市（县）": "", "何时由何地迁来本址": "", "承办人签章": ""}
    vals = dict(extra)
    for k in MEMBER_LAB:
        v = f.get(k, "")
        if k in ("birth_date", "registration_date") and v:
            v = cdate(_d(v), zero=rng.random() < .4)
        vals[k] = v
    pairs = [("name", "relation_to_head"), ("曾用名", "sex"), ("birthplace", "ethnicity"), ("native_place", "birth_date"),
             ("其他住址", None), ("宗教信仰", "id_number"), ("身高", "血型"), ("education", "marital_status"),
             ("兵役状况", None), ("employer", "职业"), ("何时由何地迁来本市（县）", None), ("何时由何地迁来本址", None),
             ("承办人签章", "registration_date")]
    rh = 112
    lw = 220
    half = (x1 - x0) / 2
    D.box(d, x0, y, x1, y + rh * len(pairs), w=3, outline=col)
    for a, b in pairs:
        cells = [(a, x0, x0 + (half if b else x1 - x0))] + ([(b, x0 + half, x1)] if b else [])
        for key, cx0, cx1 in cells:
            if b is None:
                cx1 = x1
            lab = MEMBER_LAB.get(key, key)
            llw = lw if len(lab) < 9 else 300
            d.rectangle([cx0, y, cx1, y + rh], outline=col, width=2)
            d.line([(cx0 + llw, y), (cx0 + llw, y + rh)], fill=col, width=2)
            lls = wrap(lab, lf, llw - 16)
            for k, ln in enumerate(lls):
                d.text((cx0 + 10, y + rh / 2 + (k - (len(lls) - 1) / 2) * 32), ln, font=lf, fill=INK, anchor="lm")
            v = vals.get(key, "")
            if v:
                vv = vf
                if vv.getlength(v) > cx1 - cx0 - llw - 20:
                    vv = font(fn, 28)
                vls = wrap(v, vv, cx1 - cx0 - llw - 20)
                for k, ln in enumerate(vls):
                    yy = y + rh / 2 + (k - (len(vls) - 1) / 2) * vv.size * 1.2
                    if hand:
                        D.handwriting(im, (cx0 + llw + 12, yy - vv.size * .6), ln, vv, rng)
                    else:
                        d.text((cx0 + llw + 12, yy), ln, font=vv, fill=INK, anchor="lm")
        y += rh
    D.seal(im, x0 + 330, y - rh * 1.6, 140, f["_police"], center="户口专用章", rng=rng, alpha=130)
    return im


def collective_cert(f, rng):
    im, d = D.new_page()
    fn = rng.choice(BODY_FONTS)
    bf = font(fn, 40)
    d.text((827, 300), "户 籍 证 明", font=font(rng.choice(TITLE_FONTS), 76), fill=INK, anchor="mm")
    y = 480
    s = ("兹证明 %s（性别：%s，公民身份号码：%s）户口登记在我所辖区集体户，户籍地址：%s。"
         % (f["name"], f["_sex"], f["id_number"], f["address"]))
    y = D.para(d, 180, y, s, bf, 1300, lh=1.9, indent=80)
    y = D.para(d, 180, y + 30, "特此证明。", bf, 1300, indent=80)
    y = D.para(d, 180, y + 30, "（本证明自开具之日起三个月内有效）", font(fn, 34), 1300, indent=80)
    d.text((1450, 1350), f["_police"], font=bf, fill=INK, anchor="ra")
    d.text((1450, 1440), cdate(_d(f["issue_date"])), font=bf, fill=INK, anchor="ra")
    D.seal(im, 1250, 1380, 150, f["_police"], rng=rng, alpha=150)
    return im


# ------------------------------------------------------------------ labour contract
FILLER = [
    "甲方根据工作需要，安排乙方在{dept}岗位工作。乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方实行标准工时制度，乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方因生产经营需要安排乙方延长工作时间的，应当依法支付加班工资。",
    "甲方应当以货币形式按月支付乙方工资，发薪日为每月十五日。乙方在试用期期间的工资不低于本单位相同岗位最低档工资的百分之八十。",
    "甲方应当依法为乙方办理社会保险手续，并按时足额缴纳社会保险费。乙方个人应缴纳的部分，由甲方从乙方工资中代扣代缴。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，对乙方进行安全生产教育。乙方应当严格遵守安全操作规程。",
    "乙方应当遵守甲方依法制定的各项规章制度，保守甲方的商业秘密。乙方的财产及个人信息受法律保护，甲方不得擅自泄露。",
    "经甲乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式。",
    "乙方有下列情形之一的，甲方可以解除本合同：（一）在试用期间被证明不符合录用条件的；（二）严重违反甲方规章制度的；（三）严重失职，营私舞弊，给甲方造成重大损害的。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同。乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "本合同期满或者甲乙双方约定的终止条件出现，本合同即行终止。甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。",
    "因履行本合同发生的劳动争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动人事争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
]


def _clauses(rng, k):
    out = []
    for s in rng.sample(FILLER, k):
        out.append(s.format(dept=rng.choice(["技术研发", "行政管理", "市场销售", "财务", "客户服务", "生产"])))
    return out


def _page_no(d, i, n, fn, style):
    s = ("第 %d 页 共 %d 页" % (i, n)) if style == 0 else ("- %d -" % i if style == 1 else "%d / %d" % (i, n))
    d.text((827, 2240), s, font=font(fn, 28), fill=(80, 80, 80), anchor="mm")


def contract_pages(f, rng, form, npages):
    """form: shanghai_model | company_table | renewal. Returns list of pages."""
    fn = rng.choice(["song", "ming", "serif", "hei", "sans"])
    fs = rng.choice([32, 34, 36])
    bf = font(fn, fs)
    hand = font(rng.choice(HAND_FONTS), 44)
    s, e = _d(f["start_date"]), (None if f.get("open_ended") else _d(f["end_date"]))
    sig = _d(f["signing_date"])
    pages = []
    pstyle = rng.randint(0, 2)
    if form == "renewal":
        im, d = D.new_page()
        d.text((827, 260), "劳动合同续订书", font=font(rng.choice(TITLE_FONTS), 70), fill=INK, anchor="mm")
        y = 420
        for lab, val in [("甲方（用人单位）：", f["employer"]), ("乙方（劳动者）：", f["employee_name"]), ("乙方身份证号码：", f["employee_id_number"])]:
            d.text((170, y), lab, font=bf, fill=INK)
            x = 170 + bf.getlength(lab)
            d.text((x + 10, y), val, font=bf, fill=INK)
            d.line([(x, y + fs + 8), (1500, y + fs + 8)], fill=INK, width=2)
            y += fs * 2.4
        y += 40
        txt = ("甲乙双方于%s签订的劳动合同将于%s期满。经双方协商同意，续订劳动合同，续订合同期限自 %s 起至 %s 止。"
               % (cdate(s - dt.timedelta(days=3 * 365)), cdate(s - dt.timedelta(days=1)), cdate(s, spaced=True), cdate(e, spaced=True)))
        y = D.para(d, 170, y, txt, bf, 1330, lh=1.9, indent=2 * fs)
        for c in _clauses(rng, 2):
            y = D.para(d, 170, y + 20, c, bf, 1330, lh=1.9, indent=2 * fs)
        _sign_block(im, d, f, rng, 1550, bf, hand, sig)
        return [im]
    # first page
    im, d = D.new_page()
    if form == "shanghai_model":
        d.text((827, 150), "上海市劳动合同（示范文本）" if rng.random() < .5 else "劳 动 合 同", font=font(rng.choice(TITLE_FONTS), 64), fill=INK, anchor="mm")
        y = 300
        items = [("甲方（用人单位）名称：", f["employer"]), ("法定代表人：", f["_legal_rep"]), ("注册地址：", f["_company_addr"]),
                 ("乙方（劳动者）姓名：", f["employee_name"]), ("居民身份证号码：", f["employee_id_number"]),
                 ("户籍地址：", f["_emp_addr"])]
        for lab, val in items:
            d.text((150, y), lab, font=bf, fill=INK)
            x = 150 + bf.getlength(lab) + 10
            lines = wrap(val, bf, 1500 - x)
            for ln in lines:
                d.text((x + 6, y - 4), ln, font=bf, fill=INK)
                d.line([(x, y + fs + 6), (1500, y + fs + 6)], fill=INK, width=2)
                y += fs * 1.9
            y += fs * .6
        y += 30
        d.text((150, y), "第一条  劳动合同期限", font=font(fn, fs + 2), fill=INK)
        y += fs * 2
        box = fs - 4
        opts = [("固定期限", not f.get("open_ended")), ("无固定期限", bool(f.get("open_ended"))), ("以完成一定工作任务为期限", False)]
        for lab, on in opts:
            D.checkbox(d, 190, y + 4, box, on)
            line = lab + "："
            if lab == "固定期限":
                line += ("自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。" % (s.year, s.month, s.day, e.year, e.month, e.day)) if on else "自    年   月   日起至    年   月   日止。"
            elif lab == "无固定期限":
                line += ("自 %d 年 %d 月 %d 日起。" % (s.year, s.month, s.day)) if on else "自    年   月   日起。"
            else:
                line += "自    年   月   日起至工作任务完成时止。"
            y = D.para(d, 190 + box + 20, y, line, bf, 1500 - 190 - box - 20, lh=1.7) + 16
        if f.get("_probation"):
            ps, pe = f["_probation"]
            y = D.para(d, 150, y + 20, "其中试用期自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。" % (ps.year, ps.month, ps.day, pe.year, pe.month, pe.day), bf, 1350, lh=1.8)
        y += 30
        d.text((150, y), "第二条  工作内容和工作地点", font=font(fn, fs + 2), fill=INK)
        y = D.para(d, 150, y + fs * 2, _clauses(rng, 1)[0], bf, 1350, lh=1.8, indent=2 * fs)
    else:  # company_table
        d.text((827, 140), f["employer"], font=font(rng.choice(["hei", "sans_b", "song"]), 44), fill=INK, anchor="mm")
        d.text((827, 240), "劳 动 合 同 书", font=font(rng.choice(TITLE_FONTS), 70), fill=INK, anchor="mm")
        d.text((1500, 330), "合同编号：HT-%d-%04d" % (sig.year, rng.randint(1, 9999)), font=font(fn, 28), fill=INK, anchor="ra")
        y = 380
        rows = [("甲方", "名称", f["employer"]), ("", "法定代表人", f["_legal_rep"]), ("", "地址", f["_company_addr"]),
                ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]), ("", "住址", f["_emp_addr"])]
        cx = [150, 290, 560, 1504]
        for i, (a, lab, val) in enumerate(rows):
            lines = wrap(val, bf, cx[3] - cx[2] - 30)
            h = max(86, len(lines) * fs * 1.35 + 30)
            d.rectangle([cx[1], y, cx[2], y + h], outline=INK, width=2)
            d.rectangle([cx[2], y, cx[3], y + h], outline=INK, width=2)
            if a:
                d.rectangle([cx[0], y, cx[1], y + 3 * h if False else y + h], outline=INK, width=2)
                d.text(((cx[0] + cx[1]) / 2, y + h / 2), a, font=bf, fill=INK, anchor="mm")
            else:
                d.rectangle([cx[0], y, cx[1], y + h], outline=INK, width=2)
                d.line([(cx[0] + 2, y), (cx[1] - 2, y)], fill="white", width=3)
            d.text((cx[1] + 15, y + h / 2), lab, font=bf, fill=INK, anchor="lm")
            for k, ln in enumerate(lines):
                d.text((cx[2] + 15, y + h / 2 + (k - (len(lines) - 1) / 2) * fs * 1.35), ln, font=bf, fill=INK, anchor="lm")
            y += h
        y += 60
        d.text((150, y), "第一条  合同期限", font=font(fn, fs + 2), fill=INK)
        y += fs * 2
        if f.get("open_ended"):
            t = "本合同为无固定期限劳动合同，自%s起履行。" % cdate(s)
        else:
            yrs = round((e - s).days / 365.25)
            words = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五"}
            t = "本合同期限%s，自%s起至%s止。" % ((words.get(yrs, "") + "年") if (e - s).days > 360 and abs((e - s).days - yrs * 365.25) < 5 else "", cdate(s), cdate(e))
        if f.get("_probation"):
            ps, pe = f["_probation"]
            t += "试用期%d个月，自%s起至%s止。" % (max(1, round((pe - ps).days / 30)), cdate(ps), cdate(pe))
        y = D.para(d, 150, y, t, bf, 1354, lh=1.8, indent=2 * fs)
        y += 20
        d.text((150, y), "第二条  工作内容", font=font(fn, fs + 2), fill=INK)
        y = D.para(d, 150, y + fs * 2, _clauses(rng, 1)[0], bf, 1354, lh=1.8, indent=2 * fs)
    pages.append((im, d))
    cl = _clauses(rng, min(len(FILLER), 4 * (npages - 2) + 2))
    ci = 0
    art = 3
    for pi in range(npages - 2):
        im, d = D.new_page()
        y = 180
        while y < 1950 and ci < len(cl):
            d.text((150, y), "第%s条" % "一二三四五六七八九十"[art - 1] if art <= 10 else "第%d条" % art, font=font(fn, fs + 2), fill=INK)
            y = D.para(d, 150, y + fs * 2, cl[ci], bf, 1354, lh=1.8, indent=2 * fs) + 30
            ci += 1
            art += 1
        pages.append((im, d))
    im, d = D.new_page()
    y = 200
    for c in cl[ci:ci + 2] or _clauses(rng, 1):
        y = D.para(d, 150, y, c, bf, 1354, lh=1.8, indent=2 * fs) + 30
    d.text((827, y + 40), "（以下无正文）", font=bf, fill=INK, anchor="mm")
    _sign_block(im, d, f, rng, max(y + 200, 1250), bf, hand, sig)
    pages.append((im, d))
    out = []
    for i, (im, d) in enumerate(pages):
        _page_no(d, i + 1, len(pages), fn, pstyle)
        out.append(im)
    return out


def _sign_block(im, d, f, rng, y, bf, hand, sig):
    d.text((150, y), "甲方（盖章）：", font=bf, fill=INK)
    d.text((900, y), "乙方（签字）：", font=bf, fill=INK)
    D.handwriting(im, (900 + bf.getlength("乙方（签字）：") + 10, y - 12), f["employee_name"], hand, rng)
    d.text((150, y + 170), "法定代表人或委托代理人（签字）：", font=bf, fill=INK)
    D.handwriting(im, (210, y + 240), f["_legal_rep"], hand, rng)
    d.text((150, y + 360), "签订日期：", font=bf, fill=INK)
    d.text((900, y + 360), "签订日期：", font=bf, fill=INK)
    ds = "%d 年 %d 月 %d 日" % (sig.year, sig.month, sig.day)
    for x in (150, 900):
        D.handwriting(im, (x + bf.getlength("签订日期：") + 10, y + 350), ds, hand, rng)
    D.seal(im, 420, y + 150, 165, f["employer"].replace("(", "（").replace(")", "）"), center="合同专用章" if rng.random() < .5 else "", rng=rng, alpha=150)


# ------------------------------------------------------------------ tax (image forms)
def tax_national_image(f, rows, rng, agent_code_pos):
    """The national record drawn as an image page set (for scans/photos of the print)."""
    fn = rng.choice(["song", "sans", "hei", "serif"])
    pages = []
    per = 12
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    cols = [("申报日期", 170), ("实缴(退)金额", 170), ("入(退)库日期", 170), ("所得项目", 180), ("税款所属期", 230), ("入库税务机关", 230), ("备注", 290)]
    for pi, chunk in enumerate(chunks):
        im, d = D.new_page()
        d.text((827, 150), "中华人民共和国个人所得税纳税记录", font=font(rng.choice(TITLE_FONTS), 54), fill=INK, anchor="mm")
        d.text((827, 220), "（原《税收完税证明》）", font=font(fn, 34), fill=INK, anchor="mm")
        hf = font(fn, 30)
        if pi == 0:
            d.text((110, 290), "纳税人名称：" + f["name"], font=hf, fill=INK)
            d.text((860, 290), "纳税人识别号：" + f["id_number"], font=hf, fill=INK)
            d.text((110, 345), "记录期间：" + f["_period_text"], font=hf, fill=INK)
            d.text((860, 345), "开具日期：" + cdate(_d(f["issue_date"])), font=hf, fill=INK)
        y = 410
        tf = font(fn, 25)
        x = 85
        xs = [x]
        for _, w in cols:
            xs.append(xs[-1] + w)
        d.rectangle([xs[0], y, xs[-1], y + 70], fill=(235, 235, 235), outline=INK, width=2)
        for i, (lab, w) in enumerate(cols):
            d.text(((xs[i] + xs[i + 1]) / 2, y + 35), lab, font=tf, fill=INK, anchor="mm")
            d.line([(xs[i], y), (xs[i], y + 70)], fill=INK, width=2)
        y += 70
        for r in chunk:
            cells = [r["_decl"], r["amount"], r["_paid"], r["_item"], r["_span"], r["_office"], r["_remark"]]
            wl = [wrap(c, tf, cols[i][1] - 14) for i, c in enumerate(cells)]
            h = max(len(w) for w in wl) * 32 + 26
            for i, lines in enumerate(wl):
                d.rectangle([xs[i], y, xs[i + 1], y + h], outline=INK, width=1)
                for k, ln in enumerate(lines):
                    d.text((xs[i] + 7, y + 14 + k * 32), ln, font=tf, fill=INK)
            y += h
        d.text((827, 2150), "查询验证码：%s    第%d页/共%d页" % (f["_verify"], pi + 1, len(chunks)), font=font(fn, 28), fill=INK, anchor="mm")
        if pi == len(chunks) - 1:
            D.seal(im, 1300, min(y + 200, 1950), 150, "国家税务总局上海市税务局", center="征税专用章", rng=rng, alpha=150)
        pages.append(im)
    return pages


def tax_screenshots(f, rows, rng):
    W = 1080
    shots = []
    per = rng.choice([4, 5])
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    for ci, chunk in enumerate(chunks):
        H = 2340
        im, d = D.new_page((W, H), (245, 246, 248))
        d.rectangle([0, 0, W, 260], fill=(198, 40, 40))
        status_bar(d, W, rng, dark=True)
        d.text((W / 2, 190), "收入纳税明细查询", font=font("sans_b", 48), fill="white", anchor="mm")
        y = 300
        d.rounded_rectangle([30, y, W - 30, y + 200], 24, fill="white")
        d.text((70, y + 30), "纳税人：" + f["name"], font=font("sans", 40), fill=INK)
        d.text((70, y + 110), "身份证件号码：" + f["id_number"], font=font("sans", 36), fill=(90, 90, 90))
        y += 240
        for r in chunk:
            d.rounded_rectangle([30, y, W - 30, y + 370], 24, fill="white")
            d.text((70, y + 30), r["period"].replace("-", "年", 1) + "月" if rng.random() < 0 else r["period"], font=font("sans_b", 44), fill=INK)
            d.text((W - 70, y + 34), r["_item"], font=font("sans", 38), fill=(198, 40, 40), anchor="ra")
            lines = wrap(r["withholding_agent"], font("sans", 38), 600)
            d.text((70, y + 110), "扣缴义务人", font=font("sans", 36), fill=(140, 140, 140))
            yy = y + 108
            for ln in lines:
                d.text((W - 70, yy), ln, font=font("sans", 38), fill=INK, anchor="ra")
                yy += 50
            d.text((70, y + 230), "收入额", font=font("sans", 36), fill=(140, 140, 140))
            d.text((W - 70, y + 228), r["_income"], font=font("sans", 38), fill=INK, anchor="ra")
            d.text((70, y + 300), "已申报税额", font=font("sans", 36), fill=(140, 140, 140))
            d.text((W - 70, y + 298), r["amount"], font=font("sans_b", 40), fill=INK, anchor="ra")
            y += 400
        shots.append(im)
    return shots


# ------------------------------------------------------------------ social insurance (image form)
def si_image(f, rows, rng, grouped):
    im, d = D.new_page()
    fn = rng.choice(["song", "sans", "hei"])
    d.text((827, 160), rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录"]), font=font(rng.choice(TITLE_FONTS), 54), fill=INK, anchor="mm")
    hf = font(fn, 30)
    d.text((110, 260), "姓名：" + f["name"], font=hf, fill=INK)
    d.text((700, 260), "证件号码：" + f["id_number"], font=hf, fill=INK)
    cols = [("费款所属期", 260), ("单位名称", 540), ("缴费基数", 200), ("养老保险(个人)", 220), ("缴费类型", 180)]
    xs = [85]
    for _, w in cols:
        xs.append(xs[-1] + w)
    y = 330
    tf = font(fn, 27)
    d.rectangle([xs[0], y, xs[-1], y + 66], fill=(230, 236, 244))
    for i, (lab, _) in enumerate(cols):
        d.text(((xs[i] + xs[i + 1]) / 2, y + 33), lab, font=tf, fill=INK, anchor="mm")
    y += 66
    for g in grouped:
        cells = [g["label"], g["employer"], g["base"], g["pension"], "补缴" if g["back"] else "正常"]
        wl = [wrap(c, tf, cols[i][1] - 16) for i, c in enumerate(cells)]
        h = max(len(w) for w in wl) * 34 + 24
        for i, lines in enumerate(wl):
            d.rectangle([xs[i], y, xs[i + 1], y + h], outline=(80, 80, 80), width=1)
            for k, ln in enumerate(lines):
                d.text((xs[i] + 8, y + 12 + k * 34), ln, font=tf, fill=INK)
        y += h
    d.text((110, y + 50), "打印日期：" + f["_printed"], font=hf, fill=INK)
    D.seal(im, 1250, y + 150, 140, "上海市社会保险事业管理中心", center="业务专用章", rng=rng, alpha=140)
    return im


# ------------------------------------------------------------------ education
def diploma(f, rng, p):
    im, d = D.new_page((2339, 1654), (252, 250, 240))
    W, H = im.size
    d.rectangle([40, 40, W - 40, H - 40], outline=(170, 130, 60), width=10)
    adult = f.get("study_mode") == "函授"
    title = "毕 业 证 书"
    d.text((W / 2, 180), title, font=font(rng.choice(["serif_b", "song", "wenkai_b"]), 110), fill=(150, 30, 30), anchor="mm")
    if adult:
        d.text((W / 2, 300), "成人高等教育", font=font("song", 52), fill=INK, anchor="mm")
    D.portrait(im, 220, 420, 520, 820, rng)
    fn = rng.choice(["song", "ming", "serif", "wenkai_l"])
    bf = font(fn, 54)
    b = p["birth"]
    g = _d(f["graduation_date"])
    enter = dt.date(g.year - p["years"], 9, 1)
    cn = rng.random() < .6
    if cn and fn in ("song", "kai"):
        fn = "ming"
        bf = font(fn, 54)
    ds = (lambda x, day=False: cn_date(x, day)) if cn else (lambda x, day=False: cdate(x) if day else "%d年%d月" % (x.year, x.month))
    lvl = {"本科": "本科", "专科": "专科", "硕士研究生": "硕士研究生"}[f["level"]]
    who = "研究生" if lvl == "硕士研究生" else "学生"
    mode = "函授" if adult else ""
    yrs = "四年制" if p["years"] == 4 else ("三年制" if p["years"] == 3 else "")
    s = "%s %s，性别%s，%s生，于%s至%s在本校 %s 专业%s%s%s学习，修完%s规定的全部课程，成绩合格，准予毕业。" % (
        who, f["name"], p["sex"], ds(b), ds(enter), ds(g), f["major"], mode, yrs if lvl != "硕士研究生" else "", lvl,
        "教学计划" if lvl != "硕士研究生" else "研究生培养计划")
    y = D.para(d, 620, 430, s, bf, W - 620 - 200, lh=1.75, indent=108)
    d.text((620, 1260), "校  名：" + f["school"], font=bf, fill=INK)
    d.text((620, 1360), "校（院）长：", font=bf, fill=INK)
    D.handwriting(im, (620 + bf.getlength("校（院）长：") + 10, 1350), p["president"], font(rng.choice(HAND_FONTS), 60), rng, fill=INK)
    d.text((W - 200, 1460), cn_date(g, True) if cn else cdate(g), font=bf, fill=INK, anchor="ra")
    d.text((220, 1460), "证书编号：" + p["cert_no"], font=font(fn, 38), fill=INK)
    D.seal(im, W - 500, 1330, 190, f["school"], rng=rng, alpha=150)
    return im


def degree(f, rng, p):
    im, d = D.new_page((2339, 1654), (250, 251, 246))
    W, H = im.size
    d.rectangle([50, 50, W - 50, H - 50], outline=(40, 70, 130), width=8)
    d.text((W / 2, 190), "学 位 证 书" if rng.random() < .5 else ("学士学位证书" if f["level"] == "学士" else "硕士学位证书"),
           font=font(rng.choice(["serif_b", "song", "wenkai_b"]), 100), fill=(30, 50, 110), anchor="mm")
    D.portrait(im, 220, 400, 520, 800, rng)
    fn = rng.choice(["song", "ming", "serif", "kai"])
    bf = font(fn, 54)
    g = _d(f["graduation_date"])
    cn = rng.random() < .6
    if cn and fn in ("song", "kai"):
        fn = "ukai" if fn == "kai" else "ming"
        bf = font(fn, 54)
    bs = cn_date(p["birth"], True) if cn else cdate(p["birth"])
    stage = "本科" if f["level"] == "学士" else "硕士研究生"
    s = "%s，%s，%s生。在 %s %s 专业完成了%s学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予 %s%s学位。" % (
        f["name"], p["sex"], bs, f["school"], f["major"], stage, p["discipline"], f["level"])
    D.para(d, 620, 420, s, bf, W - 620 - 200, lh=1.75, indent=108)
    d.text((620, 1250), f["school"] + "学位评定委员会", font=bf, fill=INK)
    d.text((620, 1350), "主    席：", font=bf, fill=INK)
    D.handwriting(im, (620 + bf.getlength("主    席：") + 10, 1340), p["president"], font(rng.choice(HAND_FONTS), 60), rng, fill=INK)
    d.text((W - 200, 1470), cn_date(g, True) if cn else cdate(g), font=bf, fill=INK, anchor="ra")
    d.text((220, 1470), "证书编号：" + p["degree_no"], font=font(fn, 38), fill=INK)
    D.seal(im, W - 520, 1320, 180, f["school"] + "学位评定委员会", rng=rng, alpha=150)
    return im


# ------------------------------------------------------------------ marriage
def marriage(f, rng, p):
    im, d = D.new_page((1600, 1100), (236, 222, 214))
    fn = rng.choice(["song", "ming", "hei", "serif"])
    lf, vf = font(fn, 36), font(fn, 38)
    d.rectangle([30, 30, 1570, 1070], outline=(180, 60, 60), width=4)
    y = 90
    rd = _d(f["registration_date"])
    for lab, val in [("持证人", f["holder_name"]), ("登记日期", cdate(rd, zero=True)), ("结婚证字号", p["cert_no"]), ("备注", "")]:
        d.text((90, y), lab, font=lf, fill=(120, 60, 60))
        d.text((330, y - 2), val, font=vf, fill=INK)
        y += 78
    D.portrait(im, 950, 80, 1450, 420, rng, bg=(200, 40, 40))
    y = 560
    for who in ("a", "b"):
        pr = p[who]
        d.text((90, y), "姓名", font=lf, fill=(120, 60, 60))
        d.text((220, y), pr["name"], font=vf, fill=INK)
        d.text((560, y), "性别", font=lf, fill=(120, 60, 60))
        d.text((680, y), pr["sex"], font=vf, fill=INK)
        d.text((900, y), "国籍", font=lf, fill=(120, 60, 60))
        d.text((1020, y), "中国", font=vf, fill=INK)
        d.text((90, y + 70), "出生日期", font=lf, fill=(120, 60, 60))
        d.text((300, y + 70), cdate(pr["birth"], zero=True), font=vf, fill=INK)
        d.text((90, y + 140), "身份证件号", font=lf, fill=(120, 60, 60))
        d.text((330, y + 140), pr["id"], font=vf, fill=INK)
        y += 240
    D.seal(im, 1250, 700, 150, p["office"], center="婚姻登记专用章", rng=rng, alpha=150)
    return im


# ------------------------------------------------------------------ unknown pages
def receipt(rng, p):
    W = 760
    im, d = D.new_page((W, 1500), (250, 250, 246))
    f = font(rng.choice(["hei", "song", "mono"]) if False else "hei", 30)
    y = 60
    d.text((W / 2, y), rng.choice(["联华超市", "全家便利店", "罗森LAWSON", "盒马鲜生"]), font=font("sans_b", 44), fill=INK, anchor="mm")
    y += 90
    for s in ["门店：%s店" % rng.choice(["张江", "莘庄", "五角场", "徐家汇"]), "收银员：%04d" % rng.randint(1, 9999),
              "日期：2026-%02d-%02d %02d:%02d" % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(8, 21), rng.randint(0, 59)), "-" * 30]:
        d.text((40, y), s, font=f, fill=INK)
        y += 50
    tot = 0
    for _ in range(rng.randint(5, 12)):
        it = rng.choice(["矿泉水550ml", "全麦面包", "纯牛奶250ml", "鸡蛋10枚", "酸奶", "苹果", "纸巾", "方便面", "香蕉", "咖啡"])
        pr = rng.randint(200, 3000) / 100
        tot += pr
        d.text((40, y), it, font=f, fill=INK)
        d.text((W - 40, y), "%.2f" % pr, font=f, fill=INK, anchor="ra")
        y += 48
    d.text((40, y + 20), "合计：", font=f, fill=INK)
    d.text((W - 40, y + 20), "%.2f" % tot, font=f, fill=INK, anchor="ra")
    d.text((40, y + 90), "支付方式：微信支付", font=f, fill=INK)
    d.text((40, y + 150), "谢谢惠顾，欢迎再次光临", font=f, fill=INK)
    return im


def rental(rng, p):
    im, d = D.new_page()
    bf = font(rng.choice(BODY_FONTS), 36)
    d.text((827, 200), "房屋租赁合同", font=font(rng.choice(TITLE_FONTS), 66), fill=INK, anchor="mm")
    y = 340
    y = D.para(d, 150, y, "出租方（甲方）：%s" % p["landlord"], bf, 1354)
    y = D.para(d, 150, y + 10, "承租方（乙方）：%s" % p["name"], bf, 1354)
    txt = ("甲乙双方经协商一致，就乙方租赁甲方位于%s的房屋事宜订立本合同。租赁期限自%s起至%s止，月租金人民币%d元整，押一付三。乙方应按时支付租金，"
           "甲方应保证房屋及其附属设施处于正常的可使用和安全状态。" % (p["res_addr"], "2025年7月1日", "2027年6月30日", rng.randint(30, 90) * 100))
    y = D.para(d, 150, y + 30, txt, bf, 1354, lh=1.8, indent=72)
    for c in ["租赁期间，乙方不得擅自改变房屋结构和用途，不得转租。", "水、电、燃气、物业费由乙方承担，甲方应提供缴费凭证。", "本合同一式两份，双方各执一份，自签字之日起生效。"]:
        y = D.para(d, 150, y + 20, c, bf, 1354, lh=1.8, indent=72)
    return im


def bank_slip(rng, p):
    im, d = D.new_page((1654, 900), (246, 250, 246))
    f = font(rng.choice(["song", "hei"]), 34)
    d.text((827, 90), rng.choice(["中国工商银行", "招商银行", "中国建设银行"]) + " 业务回单", font=font("sans_b", 48), fill=INK, anchor="mm")
    y = 200
    for s in ["付款人：%s" % p["name"], "收款人：%s" % p["landlord"], "金额：人民币%d.00元" % (rng.randint(30, 90) * 100),
              "用途：房租", "交易日期：2026年%d月%d日" % (rng.randint(1, 11), rng.randint(1, 28)), "交易流水号：%d" % rng.randint(10 ** 11, 10 ** 12)]:
        d.text((120, y), s, font=f, fill=INK)
        y += 90
    D.seal(im, 1350, 600, 120, "电子回单专用章", rng=rng, alpha=150)
    return im


def tax_old_image(f, rows, rng):
    """The older 税收完税证明 form: one sheet, payer inside 备注."""
    im, d = D.new_page()
    fn = rng.choice(["song", "ming", "serif"])
    d.text((827, 150), "中华人民共和国", font=font(fn, 44), fill=INK, anchor="mm")
    d.text((827, 230), "税 收 完 税 证 明", font=font(rng.choice(TITLE_FONTS), 64), fill=INK, anchor="mm")
    d.text((1540, 300), "（%d）沪地证 %07d" % (_d(f["issue_date"]).year, rng.randint(0, 9999999)), font=font(fn, 28), fill=INK, anchor="ra")
    hf = font(fn, 30)
    d.text((110, 350), "填发日期：" + cdate(_d(f["issue_date"])), font=hf, fill=INK)
    d.text((860, 350), "税务机关：" + rows[-1]["_office"], font=font(fn, 26), fill=INK)
    y = 410
    D.box(d, 90, y, 1564, y + 80)
    d.line([(520, y), (520, y + 80)], fill=INK, width=2)
    d.line([(820, y), (820, y + 80)], fill=INK, width=2)
    d.text((110, y + 40), "纳税人识别号", font=hf, fill=INK, anchor="lm")
    d.text((535, y + 40), f["id_number"], font=font(fn, 26), fill=INK, anchor="lm")
    d.text((840, y + 40), "纳税人名称：" + f["name"], font=hf, fill=INK, anchor="lm")
    y += 80
    cols = [("原凭证号", 190), ("税种", 160), ("品目名称", 220), ("税款所属时期", 300), ("入(退)库日期", 190), ("实缴(退)金额", 170), ("备注", 244)]
    xs = [90]
    for _, w in cols:
        xs.append(xs[-1] + w)
    tf = font(fn, 25)
    for i, (lab, w) in enumerate(cols):
        d.rectangle([xs[i], y, xs[i + 1], y + 66], outline=INK, width=2)
        d.text(((xs[i] + xs[i + 1]) / 2, y + 33), lab, font=tf, fill=INK, anchor="mm")
    y += 66
    for r in rows:
        cells = ["3%011d" % rng.randint(0, 10 ** 11 - 1), "个人所得税", r["_item"], r["_span"], r["_paid"], r["amount"], r["_remark"]]
        wl = [wrap(c, tf, cols[i][1] - 14) for i, c in enumerate(cells)]
        h = max(len(w) for w in wl) * 31 + 22
        for i, lines in enumerate(wl):
            d.rectangle([xs[i], y, xs[i + 1], y + h], outline=INK, width=1)
            for k, ln in enumerate(lines):
                d.text((xs[i] + 7, y + 12 + k * 31), ln, font=tf, fill=INK)
        y += h
    tot = sum(float(r["amount"]) for r in rows)
    d.rectangle([90, y, 1564, y + 70], outline=INK, width=2)
    d.text((110, y + 35), "金额合计（小写）¥%.2f" % tot, font=hf, fill=INK, anchor="lm")
    D.seal(im, 1250, min(y + 260, 2050), 150, "国家税务总局上海市税务局", center="征税专用章", rng=rng, alpha=150)
    d.text((110, min(y + 180, 2150)), "妥善保管", font=hf, fill=INK)
    return im
