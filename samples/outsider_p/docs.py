"""Renderers: one function per document form. Each returns (pages, shown) where pages are PIL
images (or ("pdf", bytes, npages) for text-layer prints) and shown is the set of field keys that are
visible on the drawn pages."""
import datetime as dt
import math
from PIL import Image, ImageDraw
from .gfx import Page, seal, fdate, fullwidth, guilloche, font, BODY_FONTS, HAND_FONTS, cn_year, cn_num

D = dt.date.fromisoformat
BLUE = (70, 130, 180)


def _disp_date(s, style):
    return fdate(D(s), style)


# ---------------------------------------------------------------- id card
def _card_base(rng, dpi):
    pg = Page(85.6, 54, dpi, bg=(236, 240, 236))
    guilloche(pg.img, (0, 0, pg.img.size[0], pg.img.size[1]), rng)
    return pg


def id_front(f, rng, dpi=300):
    pg = _card_base(rng, dpi)
    lab = (60, 140, 200)
    fk = rng.choice(["hei", "sans", "song"])
    pg.text(6, 8, "姓  名", 7.5, "hei", lab)
    pg.text(17, 7.6, f["name"], 10, fk)
    pg.text(6, 15.5, "性  别", 7.5, "hei", lab)
    pg.text(17, 15.2, f["sex"], 9, fk)
    pg.text(27, 15.5, "民  族", 7.5, "hei", lab)
    pg.text(38, 15.2, f["ethnicity"], 9, fk)
    b = D(f["birth_date"])
    pg.text(6, 22.5, "出  生", 7.5, "hei", lab)
    x = 17
    for val, unit in ((b.year, "年"), (b.month, "月"), (b.day, "日")):
        e = pg.text(x, 22.2, str(val), 9, fk) * 25.4 / pg.dpi
        pg.text(e + 1.6, 22.8, unit, 6.5, "hei", lab)
        x = e + 6.5
    pg.text(6, 29.5, "住  址", 7.5, "hei", lab)
    for i, ln in enumerate(pg.wrap(f["address"], 8.6, fk, 40)):
        pg.text(17, 29.2 + i * 4.6, ln, 8.6, fk)
    pg.text(6, 46.5, "公民身份号码", 7.5, "hei", lab)
    pg.text(27, 46, f["id_number"], 11, "ocrb", spacing=0.25)
    pg.rect(60, 8, 81, 36, 0, None, (205, 212, 218))
    d = pg.d
    cx, cy = pg.px(70.5), pg.px(19)
    d.ellipse([cx - pg.px(5), cy - pg.px(6), cx + pg.px(5), cy + pg.px(6)], fill=(110, 110, 115))
    d.ellipse([cx - pg.px(9), pg.px(27), cx + pg.px(9), pg.px(45)], fill=(110, 110, 115))
    pg.rect(60, 36, 81, 40, 0, None, (236, 240, 236))
    return [pg.img], {"name", "sex", "ethnicity", "birth_date", "address", "id_number"}


def id_back(f, rng, dpi=300):
    pg = _card_base(rng, dpi)
    d = pg.d
    cx, cy, r = pg.px(14), pg.px(13), pg.px(8)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(200, 40, 40), width=pg.px(1.2))
    d.ellipse([cx - r // 3, cy - r // 3, cx + r // 3, cy + r // 3], fill=(220, 170, 40))
    pg.text(30, 9, "中华人民共和国", 12, "song", (30, 30, 30), spacing=0.8)
    pg.text(28, 18, "居 民 身 份 证", 17, "hei", (30, 30, 30))
    pg.text(14, 38, "签发机关", 7.5, "hei", (30, 30, 30))
    pg.text(30, 37.7, f["issuing_authority"], 9, "hei")
    pg.text(14, 45, "有效期限", 7.5, "hei", (30, 30, 30))
    vu = "长期" if f["valid_until"] == "long_term" else D(f["valid_until"]).strftime("%Y.%m.%d")
    pg.text(30, 44.7, D(f["valid_from"]).strftime("%Y.%m.%d") + "-" + vu, 9, "hei")
    return [pg.img], {"issuing_authority", "valid_from", "valid_until"}


def id_a4(f, rng, dpi=200):
    a = Page(210, 297, dpi)
    fr, _ = id_front(f, rng, dpi)
    bk, _ = id_back(f, rng, dpi)
    fr, bk = fr[0], bk[0]
    if rng.random() < 0.5:
        a.img.paste(fr, (a.px(62), a.px(40)))
        a.img.paste(bk, (a.px(62), a.px(110)))
    else:
        a.img.paste(fr, (a.px(14), a.px(50)))
        a.img.paste(bk, (a.px(108), a.px(50)))
    return [a.img], {"name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority",
                     "valid_from", "valid_until"}


# ---------------------------------------------------------------- residence permit
RP_LABELS = {
    "name": ["姓名", "姓　名"], "id_number": ["公民身份号码", "证件号码"],
    "hukou_address": ["常住户口所在地住址", "户籍地址"], "residence_address": ["居住地住址", "居住地址"],
    "issue_date": ["签发日期", "签注日期"],
}


def _rp_values(f, rng):
    st = rng.choice(["dot", "ymd", "dash"])
    vals = {k: f[k] for k in ("name", "id_number", "hukou_address", "residence_address")}
    vals["issue_date"] = _disp_date(f["issue_date"], st)
    vals["_valid"] = _disp_date(f["valid_from"], "dot") + "至" + _disp_date(f["valid_until"], "dot")
    return vals, st


def rp_info(f, rng, dpi=200, variant=None):
    variant = variant or rng.choice(["grid2", "grid4", "list_far", "list_below"])
    pg = Page(210, 297, dpi)
    fk = rng.choice(BODY_FONTS[:6])
    pg.text(105, 28, rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证签注信息"]), 17, "hei",
            anchor="mm")
    pg.text(105, 37, "打印时间：" + _disp_date(f["issue_date"], "dash") if rng.random() < 0 else "", 9, fk,
            anchor="mm")
    vals, _ = _rp_values(f, rng)
    L = {k: rng.choice(v) for k, v in RP_LABELS.items()}
    split = rng.random() < 0.5
    rows = [("name", L["name"]), ("id_number", L["id_number"]), ("hukou_address", L["hukou_address"]),
            ("residence_address", L["residence_address"]), ("issue_date", L["issue_date"])]
    items = [(lab, vals[k]) for k, lab in rows]
    if split:
        items += [("有效期限起", _disp_date(f["valid_from"], "dash")), ("有效期限止", _disp_date(f["valid_until"], "dash"))]
    else:
        items += [("有效期限", vals["_valid"])]
    items.insert(2, ("性别", f.get("_sex", "")))
    items = [it for it in items if it[1]]
    y = 50
    if variant == "grid2":
        for lab, v in items:
            lines = pg.wrap(v, 11, fk, 120)
            h = 7 + 6 * len(lines)
            pg.rect(20, y, 190, y + h, 0.3)
            pg.line(62, y, 62, y + h, 0.3)
            pg.text(24, y + h / 2, lab, 10.5, "hei", anchor="lm")
            for i, ln in enumerate(lines):
                pg.text(66, y + 4 + i * 6, ln, 11, fk)
            y += h
    elif variant == "grid4":
        short = [it for it in items if len(it[1]) < 20]
        long_ = [it for it in items if len(it[1]) >= 20]
        for i in range(0, len(short), 2):
            pair = short[i:i + 2]
            pg.rect(15, y, 195, y + 12, 0.3)
            for j, (lab, v) in enumerate(pair):
                x = 15 + j * 90
                pg.line(x + 30, y, x + 30, y + 12, 0.3)
                if j:
                    pg.line(x, y, x, y + 12, 0.3)
                pg.text(x + 2, y + 6, lab, 9, "hei", anchor="lm")
                pg.text(x + 32, y + 6, v, 10, fk, anchor="lm")
            y += 12
        for lab, v in long_:
            lines = pg.wrap(v, 10.5, fk, 140)
            h = 6 + 6 * len(lines)
            pg.rect(15, y, 195, y + h, 0.3)
            pg.line(45, y, 45, y + h, 0.3)
            pg.text(17, y + h / 2, lab if len(lab) < 7 else lab[:5], 9, "hei", anchor="lm")
            if len(lab) >= 7:
                pg.text(17, y + h / 2 + 4.5, lab[5:], 9, "hei", anchor="lm")
            for i, ln in enumerate(lines):
                pg.text(48, y + 3.5 + i * 6, ln, 10.5, fk)
            y += h
    elif variant == "list_far":
        for lab, v in items:
            pg.text(22, y, lab + "：", 11, "hei")
            lines = pg.wrap(v, 11, fk, 105)
            for i, ln in enumerate(lines):
                pg.text(190, y + i * 6.5, ln, 11, fk, anchor="ra")
            y += 6.5 * len(lines) + 7
            pg.line(22, y - 3.5, 190, y - 3.5, 0.15, (170, 170, 170))
    else:
        for lab, v in items:
            pg.text(25, y, lab, 10, "hei", (110, 110, 110))
            y += 6
            for ln in pg.wrap(v, 12, fk, 160):
                pg.text(25, y, ln, 12, fk)
                y += 7
            y += 5
    pg.text(150, y + 20, "上海市实有人口服务管理办公室", 10, fk, anchor="mm")
    img = seal(pg.img, pg.px(150), pg.px(y + 18), pg.px(20), "上海市公安局居住证专用章", rng=rng)
    return [img], {"name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from",
                   "valid_until"}


def rp_card(f, rng, dpi=300):
    pg = Page(85.6, 54, dpi, bg=(226, 236, 248))
    guilloche(pg.img, (0, 0, pg.img.size[0], pg.img.size[1]), rng, color=(180, 200, 230))
    pg.text(42.8, 6, "上海市居住证", 13, "hei", (30, 60, 130), anchor="mm")
    pg.text(5, 13, "姓名", 7, "hei", (60, 60, 60))
    pg.text(18, 12.7, f["name"], 9, "hei")
    pg.text(5, 19, "公民身份号码", 7, "hei", (60, 60, 60))
    pg.text(5, 23, f["id_number"], 9, "ocrb")
    pg.text(5, 29, "居住地址", 7, "hei", (60, 60, 60))
    for i, ln in enumerate(pg.wrap(f["residence_address"], 7.5, "hei", 52)):
        pg.text(5, 33 + i * 4, ln, 7.5, "hei")
    pg.text(5, 43, "有效期限", 7, "hei", (60, 60, 60))
    pg.text(18, 42.8, _disp_date(f["valid_from"], "dot") + "-" + _disp_date(f["valid_until"], "dot"), 7.5, "hei")
    pg.text(5, 48.5, "发证机关  上海市公安局", 7, "hei", (60, 60, 60))
    pg.rect(62, 12, 81, 38, 0, None, (190, 200, 210))
    return [pg.img], {"name", "id_number", "residence_address", "valid_from", "valid_until"}


def screenshot_frame(rng, dark=False, h=2340, w=1080, title="", back=True):
    bg = (18, 18, 20) if dark else (244, 245, 247)
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    fg = (235, 235, 235) if dark else (20, 20, 20)
    f = font("sans", 38)
    hh, mm = rng.randint(8, 22), rng.randint(0, 59)
    d.text((60, 40), "%d:%02d" % (hh, mm), font=font("sans_b", 40), fill=fg)
    d.text((w - 60, 40), "5G  %d%%" % rng.randint(20, 99), font=f, fill=fg, anchor="ra")
    if title:
        d.text((w // 2, 170), title, font=font("sans_b", 50), fill=fg, anchor="mm")
    if back:
        d.line([(70, 170), (95, 145)], fill=fg, width=6)
        d.line([(70, 170), (95, 195)], fill=fg, width=6)
    return img, d, fg


def rp_app(f, rng, dark=None):
    dark = rng.random() < 0.35 if dark is None else dark
    img, d, fg = screenshot_frame(rng, dark, title="电子居住证")
    card = (34, 34, 38) if dark else (255, 255, 255)
    grey = (150, 150, 155) if dark else (130, 130, 135)
    d.rounded_rectangle([40, 250, 1040, 620], radius=36, fill=(36, 110, 220))
    d.text((90, 320), "上海市居住证", font=font("sans", 44), fill=(230, 240, 255))
    d.text((90, 420), f["name"], font=font("sans_b", 92), fill=(255, 255, 255))
    d.text((90, 545), "居住证号  " + f["id_number"][:6] + "********" + f["id_number"][-4:], font=font("sans", 36),
           fill=(210, 225, 250))
    rows = [("姓名", f["name"]), ("证件号码", f["id_number"]), ("户籍地址", f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签发日期", _disp_date(f["issue_date"], "dash")),
            ("有效期限", _disp_date(f["valid_from"], "dot") + "-" + _disp_date(f["valid_until"], "dot"))]
    fv = font("sans", 44)
    y = 680
    lay = []
    for lab, v in rows:
        lines, cur = [], ""
        for c in v:
            if fv.getlength(cur + c) > 600:
                lines.append(cur)
                cur = c
            else:
                cur += c
        lines.append(cur)
        lay.append((lab, lines))
    tot = sum(70 + 60 * len(ls) for _, ls in lay)
    d.rounded_rectangle([40, y - 20, 1040, y + tot + 20], radius=30, fill=card)
    for lab, lines in lay:
        d.text((90, y + 30), lab, font=font("sans", 42), fill=grey)
        for i, ln in enumerate(lines):
            d.text((990, y + 30 + i * 60), ln, font=fv, fill=fg, anchor="ra")
        y += 70 + 60 * len(lines)
        d.line([(90, y - 10), (990, y - 10)], fill=(60, 60, 64) if dark else (235, 235, 238), width=2)
    d.text((540, y + 110), "本页面信息仅供参考，以公安机关登记为准", font=font("sans", 32), fill=grey, anchor="mm")
    return [img], {"name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from",
                   "valid_until"}


# ---------------------------------------------------------------- household register
def _booklet(dpi):
    return Page(143, 105, dpi, bg=(250, 247, 238))


def hr_cover(f, rng, dpi=250, fw=False):
    pg = _booklet(dpi)
    fk = rng.choice(["song", "ming", "kai", "hei"])
    hand = rng.choice(HAND_FONTS) if rng.random() < 0.4 else fk
    ink = (20, 20, 60) if hand in HAND_FONTS else (25, 25, 25)
    pg.text(71.5, 9, "常 住 人 口 登 记 簿", 16, "song", anchor="mm")
    rows_y = [18, 31, 53, 66, 96]
    pg.rect(8, 18, 135, 96, 0.4)
    for y in rows_y[1:-1]:
        pg.line(8, y, 135, y, 0.35)
    for x in (30, 70, 92):
        pg.line(x, 18, x, 31, 0.35)
        pg.line(x, 53, x, 96, 0.35)
    pg.line(30, 31, 30, 53, 0.35)
    pg.text(19, 24.5, "户  别", 10, "song", anchor="mm")
    pg.text(50, 24.5, f["household_type"], 11, hand, ink, anchor="mm")
    pg.text(81, 24.5, "户主姓名", 10, "song", anchor="mm")
    pg.text(113, 24.5, f["head_name"], 11, hand, ink, anchor="mm")
    pg.text(19, 42, "住  址", 10, "song", anchor="mm")
    addr = fullwidth(f["address"]) if fw else f["address"]
    for i, ln in enumerate(pg.wrap(addr, 10.5, hand, 98)):
        pg.text(32, 34 + i * 6, ln, 10.5, hand, ink)
    pg.text(19, 59.5, "户  号", 10, "song", anchor="mm")
    pg.text(50, 59.5, f["household_number"], 11, hand, ink, anchor="mm")
    pg.text(81, 59.5, "承办人签章", 9.5, "song", anchor="mm")
    pg.text(113, 59.5, rng.choice("王李张刘陈") + rng.choice("建国立新红军"), 11, "kai", ink, anchor="mm")
    pg.text(19, 81, "户口登记", 10, "song", anchor="mm")
    pg.text(19, 86, "机关", 10, "song", anchor="mm")
    pg.text(81, 81, "签发日期", 10, "song", anchor="mm")
    pg.text(113, 81, _disp_date(f["issue_date"], rng.choice(["ymd", "ymd_sp"])), 10, hand, ink, anchor="mm")
    city = f["_police"]
    img = seal(pg.img, pg.px(rng.uniform(40, 55)), pg.px(rng.uniform(76, 82)), pg.px(17), city + "户口专用章", rng=rng)
    if rng.random() < 0.5:
        img = seal(img, pg.px(60), pg.px(44), pg.px(14), city, rng=rng, alpha=150)
    return [img], {"household_type", "head_name", "household_number", "address", "issue_date"}


MEMBER_CELLS = [
    [("姓名", "name"), ("户主或与户主关系", "relation_to_head")],
    [("曾用名", None), ("性别", "sex")],
    [("出生地", "birthplace"), ("民族", "ethnicity")],
    [("籍贯", "native_place"), ("出生日期", "birth_date")],
    [("本市(县)其他住址", None), ("宗教信仰", None)],
    [("公民身份证件编号", "id_number"), ("身高", None)],
    [("文化程度", "education"), ("婚姻状况", "marital_status")],
    [("服务处所", "employer"), ("职业", None)],
    [("何时由何地迁来本市(县)", None), ("血型", None)],
    [("何时由何地迁来本址", None), ("兵役状况", None)],
    [("承办人签章", None), ("登记日期", "registration_date")],
]


def hr_member(f, rng, dpi=250):
    pg = _booklet(dpi)
    hand = rng.random() < 0.5
    vk = rng.choice(HAND_FONTS) if hand else rng.choice(["song", "ming", "hei"])
    ink = (25, 25, 80) if hand else (25, 25, 25)
    pg.text(71.5, 7, "常 住 人 口 登 记 卡", 14, "song", anchor="mm")
    y = 12
    rh = 8
    extra = {"身高": str(rng.randint(155, 185)) + "厘米" if rng.random() < 0.4 else "",
             "兵役状况": rng.choice(["", "未服兵役"]), "职业": rng.choice(["", "职员", "工程师"])}
    shown = set()
    bd_style = rng.choice(["ymd", "ymd_sp"])
    for row in MEMBER_CELLS:
        pg.rect(6, y, 137, y + rh, 0.3)
        x = 6
        for j, (lab, key) in enumerate(row):
            lw = 25 if j == 0 else 22
            vw = 43.5 if j == 0 else 21.5 if False else 137 - (x + lw)
            if j == 0:
                vw = 43.5
            pg.line(x + lw, y, x + lw, y + rh, 0.3)
            if x > 6:
                pg.line(x, y, x, y + rh, 0.3)
            lp = 7 if len(lab) < 7 else 5.5
            if len(lab) > 9:
                pg.text(x + lw / 2, y + 2.7, lab[:7], lp, "song", anchor="mm")
                pg.text(x + lw / 2, y + 5.7, lab[7:], lp, "song", anchor="mm")
            else:
                pg.text(x + lw / 2, y + rh / 2, lab, lp, "song", anchor="mm")
            v = ""
            if key and f.get(key):
                v = f[key]
                if key in ("birth_date", "registration_date"):
                    v = _disp_date(v, bd_style)
                shown.add(key)
            elif lab in extra:
                v = extra[lab]
            if v:
                vp = 8.5 if len(v) < 14 else 7 if len(v) < 20 else 6
                pg.text(x + lw + 1.5, y + rh / 2, v, vp, vk, ink, anchor="lm")
            x = x + lw + vw
        y += rh
    img = seal(pg.img, pg.px(100), pg.px(80), pg.px(15), f["_police"] + "户口专用章", rng=rng)
    return [img], shown


def on_a4(img, rng, dpi, y_mm=30):
    a = Page(210, 297, dpi)
    w = int(img.size[0] * dpi / 250) if img.size[0] < a.img.size[0] else a.img.size[0] - a.px(30)
    h = int(img.size[1] * w / img.size[0])
    im = img.resize((w, h))
    a.img.paste(im, ((a.img.size[0] - w) // 2, a.px(y_mm)))
    return a.img


def collective_cert(f, rng, dpi=200):
    pg = Page(210, 297, dpi)
    fk = rng.choice(["song", "ming", "serif"])
    pg.text(105, 40, "户 籍 证 明", 22, "hei", anchor="mm")
    body = ("兹证明%s（公民身份号码：%s），户口登记在我辖区集体户，户籍地址：%s。该户为集体户口，无户口簿首页，"
            "特此证明。" % (f["name"], f["id_number"], f["address"]))
    y = pg.para(25, 65, body, 13, fk, 160, lead=2.0)
    pg.para(25, y + 8, "本证明仅用于办理上海市居住证积分申请，有效期三个月。", 12, fk, 160, lead=2.0)
    pg.text(180, y + 50, f["_police"] + f["_station"], 12, fk, anchor="ra")
    pg.text(180, y + 62, _disp_date(f["issue_date"], rng.choice(["ymd", "cn"])), 12, fk, anchor="ra")
    img = seal(pg.img, pg.px(150), pg.px(y + 52), pg.px(21), f["_police"] + f["_station"] + "户口专用章",
               rng=rng)
    return [img], {"name", "id_number", "address", "issue_date"}


# ---------------------------------------------------------------- labour contract
FILLER = [
    "甲方应当依法建立和完善劳动规章制度，保障乙方享有劳动权利、履行劳动义务。",
    "乙方应当遵守甲方依法制定的规章制度，服从甲方合理的工作安排，按时完成工作任务。",
    "甲方根据乙方的工作岗位，安排乙方从事相关工作，乙方同意根据甲方工作需要调整岗位。",
    "甲方按月以货币形式支付乙方工资，每月发薪日为次月十日，遇节假日提前发放。",
    "甲方依法为乙方缴纳各项社会保险费和住房公积金，乙方个人缴纳部分由甲方代扣代缴。",
    "乙方的财产、个人信息受法律保护，甲方不得泄露乙方的个人信息。",
    "甲乙双方解除或终止本合同，应按照《中华人民共和国劳动合同法》及上海市有关规定执行。",
    "甲方实行标准工时制度，乙方每日工作时间不超过八小时，每周不超过四十小时。",
    "甲方应为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
    "因履行本合同发生的劳动争议，双方可协商解决，协商不成的，可向甲方所在地劳动人事争议仲裁委员会申请仲裁。",
    "乙方在合同期内享有国家规定的法定节假日、年休假、婚假、产假等假期。",
    "本合同未尽事宜，按国家和上海市有关规定执行；与国家规定相抵触的，以国家规定为准。",
]


def _contract_page(rng, dpi, no, total, fk, style=None):
    pg = Page(210, 297, dpi)
    if no is not None:
        st = style if style is not None else (no + total) % 3
        txt = ["第 %d 页 共 %d 页" % (no, total), "- %d -" % no, "%d / %d" % (no, total)][st]
        pg.text(105, 285, txt, 9, fk, anchor="mm")
    return pg


def _fill(pg, x, y, label, value, pt, fk, vk, lw=70):
    e = pg.text(x, y, label, pt, fk)
    ex = e * 25.4 / pg.dpi
    pg.line(ex + 1, y + pt * 0.42, ex + lw, y + pt * 0.42, 0.2)
    if value:
        pg.text(ex + 4, y - 0.6, value, pt, vk, (20, 20, 90) if vk in HAND_FONTS else (20, 20, 20))


def _term_text(f, style):
    s, e = D(f["start_date"]), f.get("end_date")
    if f.get("open_ended"):
        return "本合同为无固定期限劳动合同，自 %s 起履行。" % fdate(s, style)
    e = D(e)
    return "本合同为固定期限劳动合同，期限自 %s 起至 %s 止。" % (fdate(s, style), fdate(e, style))


def contract(f, rng, dpi=200, layout="shanghai_model", drop_term=False):
    fk = rng.choice(["song", "ming", "serif", "hei"])
    vk = rng.choice(HAND_FONTS + [fk, fk])
    nfill = rng.randint(0, 2)
    total = 4 + nfill
    pages = []
    shown = {"employer", "employee_name", "employee_id_number", "signing_date"}
    title = "聘用合同" if layout == "hire_contract" else "劳动合同"
    emp_disp = f["employer"] if rng.random() < 0.6 else fullwidth(f["employer"], digits=False)
    # page 1: cover
    pg = _contract_page(rng, dpi, 1, total, fk)
    pg.text(105, 70, title if layout != "shanghai_model" else "劳 动 合 同", 30, "hei", anchor="mm")
    if layout == "shanghai_model":
        pg.text(105, 85, "（上海市劳动合同示范文本）", 12, fk, anchor="mm")
    _fill(pg, 45, 160, "甲方（用人单位）：", emp_disp, 13, fk, vk, 80)
    _fill(pg, 45, 175, "乙方（劳动者）：", f["employee_name"], 13, fk, vk, 80)
    _fill(pg, 45, 190, "签订日期：", fdate(D(f["signing_date"]), "ymd"), 13, fk, vk, 80)
    pages.append(pg.img)
    # page 2: parties
    pg = _contract_page(rng, dpi, 2, total, fk)
    y = 30
    if layout == "company_template":
        pg.text(105, y, "合同双方基本信息", 14, "hei", anchor="mm")
        xs, ys = pg.grid(20, y + 8, [24, 38, 108], [11] * 6, 0.3)
        pg.text(32, y + 8 + 16.5, "甲方", 11, "hei", anchor="mm")
        pg.text(32, y + 8 + 49.5, "乙方", 11, "hei", anchor="mm")
        rowsd = [("名称", emp_disp), ("法定代表人", rng.choice("王李赵孙") + rng.choice("国平建华志明")),
                 ("地址", "上海市" + rng.choice(["浦东新区", "徐汇区", "闵行区"]) + "某某路%d号" % rng.randint(1, 900)),
                 ("姓名", f["employee_name"]), ("身份证号码", f["employee_id_number"]),
                 ("住址", f.get("_addr", ""))]
        for i, (lab, v) in enumerate(rowsd):
            pg.text(46, ys[i] + 5.5, lab, 10, fk, anchor="mm")
            pg.text(67, ys[i] + 5.5, v, 10 if len(v) < 30 else 8, vk, anchor="lm")
        pg.line(20, ys[3], 44, ys[3], 0.3)
        y = ys[-1] + 14
    else:
        pg.text(20, y, "甲方（用人单位）", 12, "hei")
        _fill(pg, 28, y + 10, "名称：", emp_disp, 11, fk, vk, 110)
        _fill(pg, 28, y + 20, "法定代表人（主要负责人）：", rng.choice("王李赵孙") + rng.choice("国平建华志明"), 11, fk, vk, 50)
        pg.text(20, y + 34, "乙方（劳动者）", 12, "hei")
        _fill(pg, 28, y + 44, "姓名：", f["employee_name"], 11, fk, vk, 60)
        _fill(pg, 28, y + 54, "居民身份证号码：", f["employee_id_number"], 11, fk, vk, 80)
        _fill(pg, 28, y + 64, "户籍地址：", f.get("_addr", ""), 10 if len(f.get("_addr", "")) < 28 else 9, fk, vk, 130)
        y += 80
    for s in rng.sample(FILLER, 4):
        y = pg.para(20, y, s, 11, fk, 170) + 3
    pages.append(pg.img)
    # page 3: term
    pg = _contract_page(rng, dpi, 3, total, fk)
    pg.text(20, 30, "第一条  合同期限", 12, "hei")
    ds = rng.choice(["ymd_sp", "ymd", "cn"]) if layout != "shanghai_model" else "ymd_sp"
    y = 42
    if layout == "shanghai_model":
        opts = [("固定期限", not f.get("open_ended")), ("无固定期限", bool(f.get("open_ended"))),
                ("以完成一定工作任务为期限", False)]
        for lab, chk in opts:
            pg.checkbox(25, y - 3.5, 4.2, chk)
            pg.text(31, y, lab, 11.5, fk, anchor="ls")
            y += 8
        s = D(f["start_date"])
        y += 2
        if f.get("open_ended"):
            txt = "无固定期限：自 %d 年 %d 月 %d 日起。" % (s.year, s.month, s.day)
            pg.text(25, y, txt, 11.5, fk)
        else:
            e = D(f["end_date"])
            pg.text(25, y, "固定期限：自", 11.5, fk)
            x = 50
            for val, unit in [(s.year, "年"), (s.month, "月"), (s.day, "日起至")]:
                pg.line(x, y + 5, x + 13, y + 5, 0.2)
                pg.text(x + 6.5, y + 2.5, str(val), 11.5, vk, (20, 20, 90), anchor="mm")
                pg.text(x + 14, y, unit, 11.5, fk)
                x += 14 + (5 if len(unit) == 1 else 15)
            y += 10
            x = 30
            for val, unit in [(e.year, "年"), (e.month, "月"), (e.day, "日止。")]:
                pg.line(x, y + 5, x + 13, y + 5, 0.2)
                pg.text(x + 6.5, y + 2.5, str(val), 11.5, vk, (20, 20, 90), anchor="mm")
                pg.text(x + 14, y, unit, 11.5, fk)
                x += 20
        y += 14
    else:
        y = pg.para(20, y, _term_text(f, ds), 11.5, fk, 170) + 4
    ps = D(f["start_date"])
    pe = ps + dt.timedelta(days=rng.choice([89, 180]))
    y = pg.para(20, y, "其中试用期自%s起至%s止。试用期包含在劳动合同期限内。" % (fdate(ps, "ymd"), fdate(pe, "ymd")),
                11, fk, 170) + 6
    pg.text(20, y, "第二条  工作内容和工作地点", 12, "hei")
    y += 10
    for s in rng.sample(FILLER, 3):
        y = pg.para(20, y, s, 11, fk, 170) + 3
    if not drop_term:
        pages.append(pg.img)
        shown |= {"start_date", "open_ended"} | (set() if f.get("open_ended") else {"end_date"})
    for k in range(nfill):
        pg = _contract_page(rng, dpi, 4 + k, total, fk)
        y = 28
        pg.text(20, y, "第%s条  %s" % (cn_num(3 + k * 3), rng.choice(["劳动报酬", "社会保险和福利", "劳动保护"])), 12, "hei")
        y += 10
        for s in rng.sample(FILLER, 6):
            y = pg.para(20, y, s, 11, fk, 170) + 3
        pages.append(pg.img)
    # signature page
    pg = _contract_page(rng, dpi, total, total, fk)
    y = 30
    for s in rng.sample(FILLER, 2):
        y = pg.para(20, y, s, 11, fk, 170) + 3
    y = max(y + 20, 140)
    pg.text(25, y, "甲方（盖章）：", 12, fk)
    pg.text(115, y, "乙方（签字）：", 12, fk)
    pg.text(145, y - 1, f["employee_name"], 15, rng.choice(HAND_FONTS), (20, 20, 90))
    pg.text(25, y + 20, "法定代表人或委托代理人：", 11, fk)
    sd = D(f["signing_date"])
    pg.text(25, y + 40, fdate(sd, "ymd_sp"), 11.5, fk)
    pg.text(115, y + 40, fdate(sd, "ymd_sp"), 11.5, fk)
    img = seal(pg.img, pg.px(60), pg.px(y + 10), pg.px(21), f["employer"].replace("(", "").replace(")", ""),
               center="合同专用章" if rng.random() < 0.5 else "", rng=rng)
    pages.append(img)
    return pages, shown


def contract_renewal(f, rng, dpi=200):
    fk = rng.choice(["song", "ming", "hei"])
    pg = Page(210, 297, dpi)
    pg.text(105, 35, "劳动合同续订书", 20, "hei", anchor="mm")
    vk = rng.choice(HAND_FONTS)
    _fill(pg, 25, 60, "甲方（用人单位）：", f["employer"], 12, fk, vk, 100)
    _fill(pg, 25, 72, "乙方（劳动者）：", f["employee_name"], 12, fk, vk, 60)
    _fill(pg, 25, 84, "乙方身份证号码：", f["employee_id_number"], 12, fk, vk, 80)
    y = pg.para(25, 100, "甲乙双方于%s签订的劳动合同即将期满，经双方协商一致，同意续订劳动合同。" %
                fdate(D(f["_orig_start"]), "ymd"), 12, fk, 160, lead=1.9)
    y = pg.para(25, y + 4, "续订合同期限：自%s起至%s止。" % (fdate(D(f["start_date"]), "ymd"),
                                                  fdate(D(f["end_date"]), "ymd")), 12, fk, 160, lead=1.9)
    y = pg.para(25, y + 4, "原劳动合同其他条款继续有效。", 12, fk, 160, lead=1.9)
    pg.text(25, y + 30, "甲方（盖章）", 12, fk)
    pg.text(120, y + 30, "乙方（签名）", 12, fk)
    pg.text(150, y + 29, f["employee_name"], 15, vk, (20, 20, 90))
    pg.text(25, y + 50, fdate(D(f["signing_date"]), "ymd_sp"), 12, fk)
    pg.text(120, y + 50, fdate(D(f["signing_date"]), "ymd_sp"), 12, fk)
    img = seal(pg.img, pg.px(55), pg.px(y + 36), pg.px(21), f["employer"].replace("(", "").replace(")", ""), rng=rng)
    return [img], {"employer", "employee_name", "employee_id_number", "start_date", "end_date", "signing_date"}


# ---------------------------------------------------------------- tax: app and old form
def tax_app(f, rows, rng, dark=None):
    dark = rng.random() < 0.4 if dark is None else dark
    H = 420 + 330 * len(rows) + 300
    img, d, fg = screenshot_frame(rng, dark, h=max(2340, H), title="收入纳税明细")
    card = (34, 34, 38) if dark else (255, 255, 255)
    grey = (150, 150, 155) if dark else (120, 120, 125)
    d.text((60, 260), "%s  %s" % (f["name"], f["id_number"][:3] + "*" * 11 + f["id_number"][-4:]),
           font=font("sans", 38), fill=grey)
    y = 340
    for r in sorted(rows, key=lambda r: r["period"], reverse=True):
        d.rounded_rectangle([40, y, 1040, y + 300], radius=28, fill=card)
        d.text((80, y + 40), r["period"].replace("-", "年", 1) + "月" if rng.random() < 0 else r["period"],
               font=font("sans_b", 44), fill=fg)
        d.text((1000, y + 40), r.get("_item", "工资薪金"), font=font("sans", 40), fill=grey, anchor="ra")
        d.text((80, y + 120), "扣缴义务人", font=font("sans", 38), fill=grey)
        agent = r["withholding_agent"]
        fa = font("sans", 38 if len(agent) < 16 else 32)
        d.text((1000, y + 120), agent, font=fa, fill=fg, anchor="ra")
        d.text((80, y + 190), "收入额", font=font("sans", 38), fill=grey)
        d.text((1000, y + 190), "%.2f" % r["_income"], font=font("sans", 38), fill=fg, anchor="ra")
        d.text((80, y + 245), "已申报税额", font=font("sans", 38), fill=grey)
        d.text((1000, y + 245), r["amount"], font=font("sans", 38), fill=fg, anchor="ra")
        y += 330
    return [img], {"name"}


def tax_old(f, rows, rng, dpi=200):
    pg = Page(210, 297, dpi)
    fk = rng.choice(["song", "ming", "serif"])
    pg.text(105, 25, "中华人民共和国", 14, "song", anchor="mm", spacing=1)
    pg.text(105, 36, "税 收 完 税 证 明", 20, "hei", anchor="mm")
    pg.text(20, 50, "填发日期：" + _disp_date(f["issue_date"], "ymd"), 10, fk)
    pg.text(190, 50, "税务机关：国家税务总局上海市税务局", 10, fk, anchor="ra")
    pg.text(20, 58, "纳税人识别号：" + f["id_number"], 10, fk)
    pg.text(120, 58, "纳税人名称：" + f["name"], 10, fk)
    cols = [18, 22, 42, 26, 62]
    heads = ["原凭证号", "税种", "税款所属时期", "实缴金额", "备注"]
    y = 64
    xs, _ = pg.grid(20, y, cols, [9], 0.3)
    for i, h in enumerate(heads):
        pg.text((xs[i] + xs[i + 1]) / 2, y + 4.5, h, 9.5, "hei", anchor="mm")
    y += 9
    for r in rows:
        p = D(r["period"] + "-01")
        last = (p.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        pg.grid(20, y, cols, [12], 0.3)
        vals = ["3%011d" % rng.randint(0, 10 ** 10), "个人所得税",
                "%s至%s" % (p.isoformat(), last.isoformat()), r["amount"], "扣缴义务人："]
        for i, v in enumerate(vals[:4]):
            fsz = 7.5 if i == 2 else 8.5
            if i == 2:
                pg.text(xs[i] + 1, y + 3.5, p.isoformat() + "至", fsz, fk, anchor="lm")
                pg.text(xs[i] + 1, y + 8.5, last.isoformat(), fsz, fk, anchor="lm")
            else:
                pg.text((xs[i] + xs[i + 1]) / 2, y + 6, v, fsz, fk, anchor="mm")
        ag = r["withholding_agent"]
        pg.text(xs[4] + 1, y + 3.5, "扣缴义务人：", 7.5, fk, anchor="lm")
        pg.text(xs[4] + 1, y + 8.5, ag, 7.5 if len(ag) < 17 else 6.3, fk, anchor="lm")
        y += 12
    pg.text(20, y + 8, "金额合计（小写）¥%.2f" % sum(float(r["amount"]) for r in rows), 10, fk)
    pg.text(20, y + 18, "妥善保管  本凭证不作纳税人记账、抵扣凭证", 9, fk)
    img = seal(pg.img, pg.px(150), pg.px(y + 30), pg.px(20), "国家税务总局上海市税务局", center="征税专用章", rng=rng)
    return [img], {"name", "id_number", "issue_date"}


# ---------------------------------------------------------------- diplomas, marriage
def diploma(f, rng, dpi=200, kind="diploma"):
    pg = Page(260, 185, dpi, bg=(252, 250, 244))
    fk = rng.choice(["song", "serif", "ming", "kai"])
    pg.rect(6, 6, 254, 179, 1.2, (150, 30, 30))
    pg.rect(9, 9, 251, 176, 0.4, (150, 30, 30))
    title = {"diploma": "毕 业 证 书", "degree_certificate": "学 士 学 位 证 书"}[kind]
    if kind == "degree_certificate" and f["level"] != "学士":
        title = {"硕士": "硕 士 学 位 证 书", "博士": "博 士 学 位 证 书"}[f["level"]]
    pg.text(130, 28, title, 24, "serif_b" if fk != "kai" else "kai", (130, 20, 20), anchor="mm")
    pg.rect(24, 50, 56, 92, 0.3, (120, 120, 120), fill=(225, 228, 232))
    b = D(f["_birth"])
    cn = rng.random() < 0.6
    bs = fmt_ym(b, cn)
    gd = D(f["graduation_date"])
    shown = {"name", "school", "major", "level", "graduation_date"}
    if kind == "diploma":
        ent = D(f["_enrol"])
        mode = f.get("study_mode", "普通全日制")
        yrs = {"本科": "四年制本科", "专科": "三年制专科", "硕士研究生": "硕士研究生", "博士研究生": "博士研究生"}[f["level"]]
        prefix = ""
        if mode in ("函授", "业余"):
            prefix = "（%s）" % mode
        body = "学生%s，性别%s，%s生，于%s至%s在本校%s专业%s%s学习，修完教学计划规定的全部课程，成绩合格，准予毕业。" % (
            f["name"], f["_sex"], bs, fmt_ym(ent, cn), fmt_ym(gd, cn), f["major"], prefix, yrs)
        if mode == "自学考试":
            body = "%s，性别%s，%s生，参加高等教育自学考试%s专业%s学习，完成全部课程考试，成绩合格，准予毕业。" % (
                f["name"], f["_sex"], bs, f["major"], yrs)
            shown.discard("school")
        pg.para(66, 58, body, 14, fk, 170, lead=2.0)
        pg.text(190, 130, f["school"] if mode != "自学考试" else "上海市高等教育自学考试委员会", 13, fk, anchor="mm")
        pg.text(190, 140, "校（院）长：" + rng.choice("王李赵孙周吴") + rng.choice(["建国", "志强", "为民", "晓光"]), 12, fk,
                anchor="mm")
        pg.text(40, 150, "证书编号：%05d%d%d%06d" % (rng.randint(10000, 14999), gd.year, rng.randint(1, 6),
                                              rng.randint(0, 999999)), 10, fk)
    else:
        deg = {"学士": "学士", "硕士": "硕士", "博士": "博士"}[f["level"]]
        body = "%s，%s，%s生。在%s%s专业完成了%s学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予%s%s学位。" % (
            f["name"], f["_sex"], bs, f["school"], f["major"],
            {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[deg], f["_discipline"], deg)
        pg.para(66, 58, body, 14, fk, 170, lead=2.0)
        pg.text(190, 135, f["school"] + "学位评定委员会", 12, fk, anchor="mm")
        pg.text(190, 145, "主席：" + rng.choice("王李赵孙周吴") + rng.choice(["建国", "志强", "为民", "晓光"]), 12, fk,
                anchor="mm")
        pg.text(40, 150, "证书编号：%d%06d" % (rng.randint(10000, 14999), rng.randint(0, 999999)), 10, fk)
    pg.text(190, 158, fdate(gd, "cn") if cn else fdate(gd, "ymd"), 13, fk, anchor="mm")
    img = seal(pg.img, pg.px(185), pg.px(140), pg.px(20), f["school"] if kind == "diploma" else f["school"],
               rng=rng, alpha=170)
    return [img], shown


def fmt_ym(d, cn):
    return "%s年%s月" % (cn_year(d.year), cn_num(d.month)) if cn else "%d年%d月" % (d.year, d.month)


def marriage(f, rng, dpi=200):
    pg = Page(180, 125, dpi, bg=(252, 240, 235))
    fk = rng.choice(["song", "hei", "ming"])
    pg.rect(5, 5, 175, 120, 0.8, (190, 60, 60))
    pg.text(12, 15, "持证人", 10, fk)
    pg.text(35, 15, f["holder_name"], 11, fk)
    pg.text(12, 24, "登记日期", 10, fk)
    pg.text(35, 24, _disp_date(f["registration_date"], "ymd0"), 11, fk)
    pg.text(12, 33, "结婚证字号", 10, fk)
    pg.text(35, 33, "J%s-%d-%06d" % (f["_areacode"], D(f["registration_date"]).year, rng.randint(0, 999999)), 11, fk)
    pg.text(12, 45, "备注", 10, fk)
    pg.rect(100, 12, 168, 52, 0.3, (150, 150, 150), fill=(230, 225, 225))
    y = 62
    for who in ("h", "s"):
        nm, sx, bd, idn = f["_" + who]
        pg.text(12, y, "姓名", 10, fk)
        pg.text(30, y, nm, 11, fk)
        pg.text(70, y, "性别", 10, fk)
        pg.text(82, y, sx, 11, fk)
        pg.text(12, y + 8, "国籍", 10, fk)
        pg.text(30, y + 8, "中国", 11, fk)
        pg.text(70, y + 8, "出生日期", 10, fk)
        pg.text(90, y + 8, bd, 11, fk)
        pg.text(12, y + 16, "身份证件号", 10, fk)
        pg.text(36, y + 16, idn, 11, fk)
        y += 27
    img = seal(pg.img, pg.px(140), pg.px(30), pg.px(16), f["_office"] + "婚姻登记专用章", rng=rng)
    return [img], {"holder_name", "spouse_name", "spouse_id_number", "registration_date"}


# ---------------------------------------------------------------- unrelated pages
def rental(rng, dpi=200):
    pg = Page(210, 297, dpi)
    fk = rng.choice(["song", "ming", "hei"])
    pg.text(105, 30, "上海市住房租赁合同", 20, "hei", anchor="mm")
    _fill(pg, 25, 50, "出租人（甲方）：", "某某", 12, fk, "kai", 60)
    _fill(pg, 25, 62, "承租人（乙方）：", "某某", 12, fk, "kai", 60)
    y = 80
    for s in ["甲方将坐落于本市某区的房屋出租给乙方用于居住，建筑面积约六十平方米。",
              "租赁期限自签约之日起一年，月租金人民币五千元整，押一付三。",
              "乙方应按时支付租金，并负责房屋的日常维护，不得擅自转租。",
              "租赁期间，水、电、燃气、物业管理费由乙方承担。"] * 2:
        y = pg.para(20, y, s, 12, fk, 170) + 4
    return [pg.img]


def receipt(rng, dpi=200):
    pg = Page(80, 160, dpi, bg=(250, 250, 246))
    fk = "hei"
    pg.text(40, 10, rng.choice(["联华超市", "全家便利店", "好德便利"]), 12, fk, anchor="mm")
    y = 22
    tot = 0
    for _ in range(rng.randint(4, 9)):
        p = rng.randint(300, 4000) / 100
        tot += p
        pg.text(5, y, rng.choice(["矿泉水", "面包", "牛奶", "纸巾", "苹果", "咖啡", "饭团"]), 9, fk)
        pg.text(75, y, "%.2f" % p, 9, fk, anchor="ra")
        y += 6
    pg.line(5, y, 75, y, 0.2)
    pg.text(5, y + 4, "合计", 10, fk)
    pg.text(75, y + 4, "%.2f" % tot, 10, fk, anchor="ra")
    pg.text(5, y + 14, "谢谢惠顾 欢迎再次光临", 8, fk)
    return [pg.img]


def bank_slip(rng, dpi=200):
    pg = Page(210, 100, dpi)
    fk = "song"
    pg.text(105, 12, "个人业务回单", 15, "hei", anchor="mm")
    pg.grid(15, 22, [35, 145], [10] * 5, 0.3)
    for i, (a, b) in enumerate([("交易日期", "2026-0%d-1%d" % (rng.randint(1, 9), rng.randint(0, 9))),
                                ("交易类型", "转账"), ("金额", "¥%d.00" % rng.randint(100, 9000)),
                                ("摘要", "房租"), ("柜员号", "%06d" % rng.randint(0, 999999))]):
        pg.text(18, 27 + i * 10, a, 10, fk, anchor="lm")
        pg.text(53, 27 + i * 10, b, 10, fk, anchor="lm")
    return [pg.img]


def blank(rng, dpi=200):
    pg = Page(210, 297, dpi, bg=(rng.randint(240, 255),) * 3)
    return [pg.img]
