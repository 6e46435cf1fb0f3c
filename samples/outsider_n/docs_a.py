"""Cards, booklets and screenshots (pixel renderers)."""
from PIL import Image
from .draw import Page, font, seal, guilloche, portrait, qr
from .surface import ImgSurface, wrap
from .common import parse, fmt_date, fullwidth

BLUE = (60, 130, 190)


def _ymd_sp(d):
    return ("%d" % d.year, "%d" % d.month, "%d" % d.day)


def id_front(doc, rng, v):
    f = doc["fields"]
    pg = Page((1012, 638), bg=(246, 248, 244))
    guilloche(pg, (0, 0, 1012, 638), color=(214, 230, 228), step=11, phase=rng.random() * 100)
    lab = font("hei", 27, v)
    val = font("hei" if v % 2 == 0 else "song", 33, v)
    x0, xv = 70, 175
    pg.text(x0, 70, "姓  名", lab, BLUE)
    pg.text(xv, 64, f["name"], font("hei", 38, v))
    pg.text(x0, 150, "性  别", lab, BLUE)
    pg.text(xv, 145, f["sex"], val)
    pg.text(310, 150, "民  族", lab, BLUE)
    pg.text(415, 145, f["ethnicity"], val)
    b = parse(f["birth_date"])
    pg.text(x0, 225, "出  生", lab, BLUE)
    y, m, d = _ymd_sp(b)
    pg.text(xv, 220, y, val)
    pg.text(xv + 95, 225, "年", lab, BLUE)
    pg.text(xv + 150, 220, m, val)
    pg.text(xv + 200, 225, "月", lab, BLUE)
    pg.text(xv + 250, 220, d, val)
    pg.text(xv + 300, 225, "日", lab, BLUE)
    pg.text(x0, 300, "住  址", lab, BLUE)
    yy = 295
    for ln in pg.wrap(f["address"], val, 470):
        pg.text(xv, yy, ln, val)
        yy += 48
    pg.text(x0, 535, "公民身份号码", lab, BLUE)
    pg.text(300, 528, f["id_number"], font("ocrb", 40))
    portrait(pg, (690, 95, 950, 420), bg=(240, 242, 245))
    return pg.img


def id_back(doc, rng, v):
    f = doc["fields"]
    pg = Page((1012, 638), bg=(246, 248, 244))
    guilloche(pg, (0, 0, 1012, 638), color=(220, 228, 214), step=10, phase=rng.random() * 100)
    pg.d.ellipse([70, 50, 230, 210], outline=(200, 40, 40), width=8)
    pg.d.ellipse([120, 100, 180, 160], fill=(215, 170, 60))
    pg.text(560, 95, "中华人民共和国", font("song_bold", 52), (20, 20, 20), anchor="mm")
    pg.text(560, 185, "居 民 身 份 证", font("hei_bold", 70), (20, 20, 20), anchor="mm")
    lab = font("hei", 28, v)
    val = font("hei", 32, v)
    pg.text(200, 440, "签发机关", lab, (30, 30, 30))
    pg.text(360, 435, f["issuing_authority"], val)
    pg.text(200, 520, "有效期限", lab, (30, 30, 30))
    vf = parse(f["valid_from"])
    vu = "长期" if f["valid_until"] == "long_term" else fmt_date(parse(f["valid_until"]), "dot")
    pg.text(360, 515, "%s-%s" % (fmt_date(vf, "dot"), vu), val)
    return pg.img


def permit_card(doc, rng, v):
    f = doc["fields"]
    pg = Page((1012, 638), bg=(238, 244, 252))
    guilloche(pg, (0, 0, 1012, 638), color=(210, 222, 240), step=13, phase=rng.random() * 100)
    pg.d.rectangle([0, 0, 1012, 110], fill=(30, 90, 170))
    pg.text(506, 55, "上海市居住证", font("hei_bold", 54), (255, 255, 255), anchor="mm")
    lab = font("hei", 26, v)
    val = font("song" if v % 2 else "hei", 30, v)
    x0, xv = 50, 200
    pg.text(x0, 150, "姓    名", lab, (70, 70, 70))
    pg.text(xv, 145, f["name"], font("hei", 34, v))
    pg.text(x0, 215, "公民身份号码", lab, (70, 70, 70))
    pg.text(x0 + 180, 210, f["id_number"], font("ocrb", 32))
    pg.text(x0, 280, "居住地址", lab, (70, 70, 70))
    yy = 276
    for ln in pg.wrap(f["residence_address"], val, 500):
        pg.text(xv, yy, ln, val)
        yy += 42
    pg.text(x0, 470, "签发机关", lab, (70, 70, 70))
    pg.text(xv, 466, doc["extra"]["permit_office"], val)
    pg.text(x0, 540, "有效期限", lab, (70, 70, 70))
    pg.text(xv, 536, "%s-%s" % (fmt_date(parse(f["valid_from"]), "dot"), fmt_date(parse(f["valid_until"]), "dot")), val)
    portrait(pg, (740, 150, 960, 430))
    return pg.img


def _booklet_cell(sf, x0, y0, x1, y1, label, value, lpt, vpt, lface, vface, vcolor=(0, 0, 0), wrapw=None):
    sf.rect(x0, y0, x1, y1, w=0.35)
    sf.text(x0 + 1.5, y0 + (y1 - y0) / 2 + lpt * 0.13, label, lpt, lface)
    lw = sf.width(label, lpt, lface) + 4
    if value:
        lines = wrap(sf, value, vpt, vface, (x1 - x0) - lw - 2)
        lh = vpt * 0.42
        yy = y0 + (y1 - y0) / 2 - (len(lines) - 1) * lh / 2 + vpt * 0.13
        for ln in lines:
            sf.text(x0 + lw, yy, ln, vpt, vface, vcolor)
            yy += lh


def hukou_cover(doc, rng, v):
    f = doc["fields"]
    sf = ImgSurface(100, 140, dpi=220, bg=(250, 246, 236))
    lf = ["song", "song2", "ming"][v % 3]
    vf = ["song", "kai", "hei", "kai2"][rng.randrange(4)]
    hand = vf.startswith("kai")
    col = (25, 35, 90) if hand else (0, 0, 0)
    sf.text(50, 16, "常住人口登记簿" if v % 2 else "户 口 簿", 14, "songb", align="c")
    y = 25
    if v % 2 == 0:
        _booklet_cell(sf, 8, y, 50, y + 14, "户  别", f["household_type"], 8.5, 10, lf, vf, col)
        _booklet_cell(sf, 50, y, 92, y + 14, "户主姓名", f["head_name"], 8.5, 10, lf, vf, col)
        y += 14
        _booklet_cell(sf, 8, y, 92, y + 14, "户  号", f["household_number"], 8.5, 10, lf, vf, col)
        y += 14
        _booklet_cell(sf, 8, y, 92, y + 24, "住  址", f["address"], 8.5, 10, lf, vf, col)
        y += 24
    else:
        _booklet_cell(sf, 8, y, 92, y + 13, "户别", f["household_type"], 8.5, 10, lf, vf, col)
        y += 13
        _booklet_cell(sf, 8, y, 92, y + 13, "户主姓名", f["head_name"], 8.5, 10, lf, vf, col)
        y += 13
        _booklet_cell(sf, 8, y, 92, y + 13, "户号", f["household_number"], 8.5, 10, lf, vf, col)
        y += 13
        _booklet_cell(sf, 8, y, 92, y + 26, "住址", f["address"], 8.5, 10, lf, vf, col)
        y += 26
    sf.rect(8, y, 50, y + 34, w=0.35)
    sf.text(10, y + 6, "户口登记机关", 7.5, lf)
    sf.text(10, y + 10, "及签章", 7.5, lf)
    sf.rect(50, y, 92, y + 34, w=0.35)
    sf.text(52, y + 6, "承办人签章", 7.5, lf)
    sf.text(60, y + 20, doc["extra"]["clerk"], 10, "kai", (30, 30, 120))
    d = parse(f["issue_date"])
    sf.text(50, y + 44, "签发日期：", 8.5, lf)
    sf.text(68, y + 44, fmt_date(d, "cnsp"), 9.5, vf, col)
    k = sf.k
    img = seal(sf.img, int(29 * k), int((y + 20) * k), int(15 * k), doc["extra"]["police"] + "户口专用章", alpha=150)
    return img


MEMBER_CELLS = [("姓名", "name"), ("户主或与户主关系", "relation_to_head"), ("曾用名", None), ("性别", "sex"),
                ("出生地", "birthplace"), ("民族", "ethnicity"), ("籍贯", "native_place"), ("出生日期", "birth_date"),
                ("本市(县)其他住址", None), ("宗教信仰", None), ("公民身份证件编号", "id_number"), ("身高", None),
                ("血型", None), ("文化程度", "education"), ("婚姻状况", "marital_status"), ("兵役状况", None),
                ("服务处所", "employer"), ("职业", None), ("何时由何地迁来本市(县)", None), ("何时由何地迁来本址", None)]


def hukou_member(doc, rng, v):
    f = doc["fields"]
    sf = ImgSurface(100, 140, dpi=220, bg=(250, 247, 240))
    lf = ["song", "song2", "ming"][v % 3]
    vf = ["song", "kai", "kai2", "hei"][rng.randrange(4)]
    col = (25, 35, 90) if vf.startswith("kai") else (0, 0, 0)
    sf.text(50, 11, "常住人口登记卡", 13, "songb", align="c")
    y = 15
    rows = [MEMBER_CELLS[i:i + 2] for i in range(0, len(MEMBER_CELLS), 2)]
    for r in rows:
        hh = 10.5
        if any(k in ("employer",) for _, k in r) or any(len(l) > 9 for l, _ in r):
            hh = 11.5
        xs = [5, 50, 95]
        if r[0][0] in ("公民身份证件编号", "服务处所"):
            xs = [5, 68, 95]
        for i, (lab, key) in enumerate(r):
            val = ""
            if key:
                val = f.get(key, "")
                if key == "birth_date" and val:
                    val = fmt_date(parse(val), ["cn", "cn0"][rng.randrange(2)])
                if key == "employer" and doc["extra"].get("blank_employer"):
                    val = ""
            lpt = 6.5 if len(lab) > 7 else 7.5
            _booklet_cell(sf, xs[i], y, xs[i + 1], y + hh, lab, val, lpt, 8.5, lf, vf, col)
        y += hh
    sf.rect(5, y, 50, y + 16, w=0.35)
    sf.text(6.5, y + 5, "承办人签章", 7, lf)
    sf.text(20, y + 12, doc["extra"]["clerk"], 9, "kai", (30, 30, 120))
    sf.rect(50, y, 95, y + 16, w=0.35)
    sf.text(51.5, y + 5, "登记日期", 7, lf)
    sf.text(60, y + 12, fmt_date(parse(f["registration_date"]), "cn"), 9, vf, col)
    k = sf.k
    return seal(sf.img, int(72 * k), int((y - 8) * k), int(14 * k), doc["extra"]["police"] + "户口专用章", alpha=140)


def booklet_open(left, right, rng):
    w = left.width + right.width + 40
    h = max(left.height, right.height) + 40
    c = Image.new("RGB", (w, h), (120, 35, 40))
    c.paste(left, (15, 20))
    c.paste(right, (left.width + 25, 20))
    return c


# ---------- phone screenshots ----------
THEMES = {"light": dict(bg=(244, 245, 247), card=(255, 255, 255), lab=(140, 140, 145), val=(20, 20, 20), bar=(255, 255, 255), line=(230, 230, 232)),
          "dark": dict(bg=(16, 16, 18), card=(32, 32, 35), lab=(150, 150, 155), val=(238, 238, 240), bar=(24, 24, 26), line=(50, 50, 54))}


def _status(pg, th, rng, dark):
    c = (240, 240, 240) if dark else (10, 10, 10)
    pg.text(60, 40, "%d:%02d" % (rng.randint(8, 22), rng.randint(0, 59)), font("hei", 36), c)
    pg.rect(pg.W - 130, 30, pg.W - 70, 58, outline=c, w=3, r=6)
    pg.d.rectangle([pg.W - 126, 34, pg.W - 126 + rng.randint(15, 52), 54], fill=c)
    pg.text(pg.W - 240, 40, "5G", font("hei", 32), c)


def screen_base(title, theme, rng, h=2340, w=1080):
    th = THEMES[theme]
    pg = Page((w, h), bg=th["bg"])
    pg.d.rectangle([0, 0, w, 230], fill=th["bar"])
    _status(pg, th, rng, theme == "dark")
    pg.text(70, 165, "‹", font("hei", 70), th["val"], anchor="lm")
    pg.text(w // 2, 165, title, font("hei", 44), th["val"], anchor="mm")
    pg.text(w - 80, 165, "···", font("hei", 44), th["val"], anchor="mm")
    return pg, th


def kv_card(pg, th, y, rows, v, x0=40, x1=None, lab_size=38, val_size=40, maxw=560):
    """rows: list of (label, value). Values right-aligned, wrapped onto further right-aligned lines."""
    x1 = x1 or pg.W - 40
    fl = font("hei", lab_size, v)
    fv = font("hei", val_size, v)
    heights = []
    for lab, val in rows:
        lines = pg.wrap(val, fv, maxw) if val else [""]
        heights.append(max(1, len(lines)) * (val_size + 18) + 44)
    total = sum(heights) + 20
    pg.rect(x0, y, x1, y + total, outline=th["card"], w=1, fill=th["card"], r=28)
    yy = y + 20
    for (lab, val), hh in zip(rows, heights):
        pg.text(x0 + 40, yy + 22, lab, fl, th["lab"])
        lines = pg.wrap(val, fv, maxw) if val else []
        ly = yy + 20
        for ln in lines:
            pg.text(x1 - 40, ly, ln, fv, th["val"], anchor="ra")
            ly += val_size + 18
        yy += hh
        pg.line(x0 + 40, yy - 2, x1 - 40, yy - 2, fill=th["line"], w=2)
    return y + total


def permit_app(doc, rng, v, theme):
    f = doc["fields"]
    pg, th = screen_base("电子居住证", theme, rng)
    col = [(22, 110, 220), (0, 150, 136), (200, 60, 50)][v % 3]
    pg.rect(40, 270, pg.W - 40, 640, outline=col, w=1, fill=col, r=32)
    pg.text(90, 330, "上海市居住证", font("hei", 40), (255, 255, 255))
    pg.text(90, 470, f["name"], font("hei_bold", 88), (255, 255, 255), anchor="ls")
    pg.text(90, 560, "有效期至 " + fmt_date(parse(f["valid_until"]), "dash"), font("hei", 36), (235, 240, 255))
    qr(pg, pg.W - 300, 330, 220, rng)
    vf, vu = parse(f["valid_from"]), parse(f["valid_until"])
    rows = [("姓名", f["name"]), ("证件号码", f["id_number"]),
            (["户籍地址", "常住户口所在地住址"][v % 2], f["hukou_address"]),
            ("居住地址", f["residence_address"]),
            (["签发日期", "签注日期"][rng.randrange(2)], fmt_date(parse(f["issue_date"]), "dash"))]
    if rng.random() < 0.5:
        rows.append(("有效期限", "%s至%s" % (fmt_date(vf, "dot"), fmt_date(vu, "dot"))))
    else:
        rows += [("有效期起", fmt_date(vf, "dash")), ("有效期止", fmt_date(vu, "dash"))]
    rows.append(("签发机关", doc["extra"]["permit_office"]))
    y = kv_card(pg, th, 690, rows, v, maxw=[520, 600][v % 2])
    pg.text(pg.W // 2, y + 80, "本电子证照与实体证件具有同等效力", font("hei", 32), th["lab"], anchor="mm")
    pg.text(pg.W // 2, pg.H - 90, "随申办", font("hei", 34), th["lab"], anchor="mm")
    return pg.img


def tax_app(doc, rng, v, theme, per_shot=None):
    """收入纳税明细 list. Returns list of screenshots (one long stitched, or several)."""
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: r["period"], reverse=True)
    n = len(rows)
    card_h = 330
    long = per_shot is None
    H = 520 + n * (card_h + 30) + 200 if long else 2340
    H = max(H, 2340)
    shots = []
    chunks = [rows] if long else [rows[i:i + per_shot] for i in range(0, n, per_shot)]
    for ci, chunk in enumerate(chunks):
        pg, th = screen_base("收入纳税明细", theme, rng, h=H if long else 2340)
        if ci == 0:
            pg.text(60, 300, "纳税人：" + f["name"], font("hei", 38, v), th["val"])
            pg.text(60, 360, "身份证件号码：" + f["id_number"], font("hei", 34, v), th["lab"])
            pg.text(60, 440, "所得类型：全部    扣缴义务人：全部", font("hei", 32, v), th["lab"])
            y = 500
        else:
            y = 260
        for r in chunk:
            pg.rect(40, y, pg.W - 40, y + card_h, outline=th["card"], w=1, fill=th["card"], r=24)
            p = r["period"]
            pg.text(80, y + 60, "%s年%s月" % (p[:4], int(p[5:])) if v % 2 else p, font("hei_bold", 42), th["val"])
            pg.text(pg.W - 80, y + 60, r.get("item", "工资薪金"), font("hei", 36), th["lab"], anchor="ra")
            fv = font("hei", 36, v)
            pg.text(80, y + 135, "扣缴义务人", font("hei", 34, v), th["lab"])
            ag = r["withholding_agent"]
            ly = y + 132
            for ln in pg.wrap(ag, fv, 580):
                pg.text(pg.W - 80, ly, ln, fv, th["val"], anchor="ra")
                ly += 48
            pg.text(80, y + 250, "收入额", font("hei", 34, v), th["lab"])
            pg.text(300, y + 250, "%.2f" % (float(r["amount"]) * 7.3 + 5000 + (len(p) * 37 % 900)), fv, th["val"])
            pg.text(640, y + 250, "已申报税额", font("hei", 34, v), th["lab"])
            pg.text(pg.W - 80, y + 250, r["amount"], fv, th["val"], anchor="ra")
            y += card_h + 30
        if ci == len(chunks) - 1:
            pg.text(pg.W // 2, y + 60, "没有更多了", font("hei", 30), th["lab"], anchor="mm")
        shots.append(pg.img)
    return shots


def si_app(doc, rng, v, theme):
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: r["month"], reverse=True)
    n = len(rows)
    H = max(2340, 700 + n * 150 + 200)
    pg, th = screen_base("社保缴费记录", theme, rng, h=H)
    pg.rect(40, 260, pg.W - 40, 560, outline=th["card"], w=1, fill=th["card"], r=28)
    pg.text(80, 340, f["name"], font("hei_bold", 56), th["val"], anchor="ls")
    pg.text(80, 420, "证件号码", font("hei", 34), th["lab"])
    pg.text(pg.W - 80, 420, f["id_number"], font("hei", 36), th["val"], anchor="ra")
    pg.text(80, 490, "险种", font("hei", 34), th["lab"])
    pg.text(pg.W - 80, 490, "城镇职工基本养老保险", font("hei", 36), th["val"], anchor="ra")
    y = 600
    pg.text(80, y, "缴费年月", font("hei", 32), th["lab"])
    pg.text(330, y, "缴费单位", font("hei", 32), th["lab"])
    pg.text(pg.W - 80, y, "缴费基数", font("hei", 32), th["lab"], anchor="ra")
    y += 70
    fv = font("hei", 32, v)
    for r in rows:
        pg.text(80, y, r["month"], fv, th["val"])
        ls = pg.wrap(r["employer"], fv, 420)
        ly = y
        for ln in ls:
            pg.text(330, ly, ln, fv, th["val"])
            ly += 44
        pg.text(pg.W - 80, y, r["base"], fv, th["val"], anchor="ra")
        if r["back_payment"]:
            pg.text(pg.W - 80, y + 46, "补缴", font("hei", 28), (230, 120, 30), anchor="ra")
        y += max(150, 44 * len(ls) + 60)
        pg.line(80, y - 30, pg.W - 80, y - 30, fill=th["line"], w=2)
    return [pg.img.crop((0, 0, pg.W, min(H, y + 120) if y + 120 > 2340 else 2340))]


def marriage(doc, rng, v):
    f = doc["fields"]
    ex = doc["extra"]
    pg = Page((1900, 1300), bg=(196, 40, 45))
    for x0 in (40, 970):
        pg.d.rectangle([x0, 40, x0 + 890, 1260], fill=(252, 240, 236))
        guilloche(pg, (x0, 40, x0 + 890, 1260), color=(246, 214, 210), step=14)
    lab = font("song", 34, v)
    val = font("hei" if v % 2 else "song", 38, v)
    pg.text(490, 140, "结 婚 证", font("song_bold", 70), (170, 30, 30), anchor="mm")
    pg.text(90, 320, "持证人", lab, (90, 60, 60))
    pg.text(290, 316, f["holder_name"], val)
    pg.text(90, 420, "登记日期", lab, (90, 60, 60))
    pg.text(290, 416, fmt_date(parse(f["registration_date"]), "cn"), val)
    pg.text(90, 520, "结婚证字号", lab, (90, 60, 60))
    pg.text(320, 516, ex["cert_no"], val)
    pg.text(90, 700, "备注", lab, (90, 60, 60))
    y = 140
    portrait(pg, (1080, 110, 1780, 520), bg=(200, 40, 40))
    y = 600
    for who in (ex["p1"], ex["p2"]):
        for lab_s, key in (("姓名", "name"), ("性别", "sex"), ("国籍", "nat"), ("出生日期", "birth"), ("身份证件号", "id")):
            pg.text(1030, y, lab_s, lab, (90, 60, 60))
            pg.text(1230, y - 4, who[key], font("ocrb", 36) if key == "id" else val)
            y += 58
        y += 30
    return seal(pg.img, 520, 920, 150, ex["office"] + "婚姻登记专用章", alpha=120)


def receipt(rng, v):
    pg = Page((620, 1500), bg=(252, 252, 250))
    f = font("hei", 28, v)
    shop = rng.choice(["全家便利店", "罗森便利店", "联华超市", "盒马鲜生"])
    y = 60
    pg.text(310, y, shop, font("hei_bold", 40), anchor="mm")
    y += 70
    for s in ["门店：上海%s店" % rng.choice(["张江", "徐家汇", "五角场", "莘庄"]), "收银员：%04d" % rng.randint(1, 9999),
              "时间：2026-%02d-%02d %02d:%02d" % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(8, 22), rng.randint(0, 59)), "-" * 30]:
        pg.text(40, y, s, f)
        y += 46
    tot = 0
    for it in rng.sample(["矿泉水", "饭团", "咖啡", "面包", "纸巾", "牛奶", "酸奶", "口香糖", "便当"], 5):
        p = rng.randint(3, 30) + rng.choice([0, 0.5, 0.9])
        tot += p
        pg.text(40, y, it, f)
        pg.text(580, y, "%.2f" % p, f, anchor="ra")
        y += 46
    pg.text(40, y + 20, "合计", font("hei_bold", 32))
    pg.text(580, y + 20, "%.2f" % tot, font("hei_bold", 32), anchor="ra")
    pg.text(310, y + 140, "谢谢惠顾 欢迎再次光临", f, anchor="mm")
    return pg.img.crop((0, 0, 620, y + 220))
