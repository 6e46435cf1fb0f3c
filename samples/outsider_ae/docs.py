"""Document renderers. Each draws one document (or one face) on a Surface; values are tagged
with their truth field so the _layout boxes say where each claimed value is printed."""
import datetime as dt

from . import people as P

BLACK = (25, 25, 25)
GREY = (110, 110, 110)
RED = (205, 32, 38)
BLUE_L = (70, 130, 190)


def D(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- ID card
def id_front(S, ox, oy, k, f, rng):
    S.doc = f["_tag"]
    S.rect(ox, oy, ox + 428 * k, oy + 270 * k, outline=(180, 190, 200), fill=(236, 240, 236), width=0.8, radius=14 * k)
    for i in range(9):  # guilloche
        y = oy + (30 + i * 26) * k
        pts = [(ox + (10 + j * 14) * k, y + 6 * k * ((j + i) % 3 - 1)) for j in range(30)]
        for a, b in zip(pts, pts[1:]):
            S.line(a[0], a[1], b[0], b[1], width=0.3, color=(205, 220, 215))
    lab = dict(size=13 * k, font="sans", color=BLUE_L)
    val = dict(size=15 * k, font=rng.choice(["serif", "sans", "uming"]), color=BLACK)
    x0, x1 = ox + 26 * k, ox + 76 * k
    S.text(x0, oy + 28 * k, "姓  名", **lab)
    S.text(x1, oy + 26 * k, f["name"], size=17 * k, font=val["font"], color=BLACK, field="name")
    S.text(x0, oy + 62 * k, "性  别", **lab)
    S.text(x1, oy + 61 * k, f["sex"], field="sex", **val)
    S.text(x1 + 50 * k, oy + 62 * k, "民  族", **lab)
    S.text(x1 + 100 * k, oy + 61 * k, f["ethnicity"], field="ethnicity", **val)
    b = D(f["birth_date"])
    S.text(x0, oy + 94 * k, "出  生", **lab)
    S.text(x1, oy + 93 * k, f"{b.year}  年  {b.month}  月  {b.day}  日", field="birth_date", **val)
    S.text(x0, oy + 128 * k, "住  址", **lab)
    S.wrap(x1, oy + 127 * k, f["address"], 15 * k, 200 * k, font=val["font"], field="address", lead=1.45)
    S.text(x0, oy + 226 * k, "公民身份号码", **lab)
    S.text(x0 + 108 * k, oy + 223 * k, f["id_number"], size=18 * k, font="ocrb", color=BLACK, field="id_number", spacing=0.05)
    # photo
    S.rect(ox + 296 * k, oy + 40 * k, ox + 400 * k, oy + 172 * k, outline=None, fill=(214, 220, 226))
    S.ellipse(ox + 322 * k, oy + 58 * k, ox + 374 * k, oy + 118 * k, fill=(150, 150, 158))
    S.ellipse(ox + 304 * k, oy + 116 * k, ox + 392 * k, oy + 200 * k, fill=(120, 124, 134))
    S.rect(ox + 296 * k, oy + 172 * k, ox + 400 * k, oy + 200 * k, outline=None, fill=(236, 240, 236))


def id_back(S, ox, oy, k, f, rng):
    S.doc = f["_tag"]
    S.rect(ox, oy, ox + 428 * k, oy + 270 * k, outline=(180, 190, 200), fill=(238, 236, 228), width=0.8, radius=14 * k)
    S.ellipse(ox + 24 * k, oy + 22 * k, ox + 94 * k, oy + 92 * k, fill=(215, 60, 50))
    S.text(ox + 59 * k, oy + 45 * k, "★", size=22 * k, color=(250, 210, 80), align="center")
    S.text(ox + 120 * k, oy + 40 * k, "中华人民共和国", size=24 * k, font="sans_bold", color=BLACK, spacing=0.15)
    S.text(ox + 130 * k, oy + 92 * k, "居 民 身 份 证", size=30 * k, font="sans_bold", color=BLACK)
    lab = dict(size=13 * k, font="sans", color=BLUE_L)
    S.text(ox + 70 * k, oy + 190 * k, "签发机关", **lab)
    S.text(ox + 150 * k, oy + 189 * k, f["issuing_authority"], size=15 * k, font="serif", color=BLACK, field="issuing_authority")
    S.text(ox + 70 * k, oy + 225 * k, "有效期限", **lab)
    a = D(f["valid_from"]).strftime("%Y.%m.%d")
    b = "长期" if f["valid_until"] == "long_term" else D(f["valid_until"]).strftime("%Y.%m.%d")
    S.text(ox + 150 * k, oy + 224 * k, a, size=15 * k, font="serif", color=BLACK, field="valid_from")
    w = S.width(a, 15 * k, "serif")
    S.text(ox + 150 * k + w, oy + 224 * k, "-", size=15 * k, font="serif", color=BLACK)
    S.text(ox + 150 * k + w + 8 * k, oy + 224 * k, b, size=15 * k, font="serif", color=BLACK, field="valid_until")


# ---------------------------------------------------------------- residence permit
def permit_card(S, ox, oy, k, f, rng):
    S.doc = f["_tag"]
    S.rect(ox, oy, ox + 428 * k, oy + 270 * k, outline=(160, 170, 190), fill=(226, 236, 248), width=0.8, radius=14 * k)
    S.rect(ox, oy, ox + 428 * k, oy + 44 * k, outline=None, fill=(40, 90, 170), radius=0)
    S.text(ox + 214 * k, oy + 9 * k, "上海市居住证", size=22 * k, font="sans_bold", color=(255, 255, 255), align="center")
    lab = dict(size=12 * k, font="sans", color=(60, 80, 120))
    val = dict(size=14 * k, font="sans", color=BLACK)
    S.text(ox + 22 * k, oy + 64 * k, "姓名", **lab)
    S.text(ox + 80 * k, oy + 62 * k, f["name"], field="name", **val)
    S.text(ox + 22 * k, oy + 96 * k, "公民身份号码", **lab)
    S.text(ox + 110 * k, oy + 94 * k, f["id_number"], size=14 * k, font="ocrb", color=BLACK, field="id_number")
    S.text(ox + 22 * k, oy + 128 * k, "居住地址", **lab)
    S.wrap(ox + 80 * k, oy + 126 * k, f["residence_address"], 13 * k, 210 * k, field="residence_address", lead=1.4)
    S.text(ox + 22 * k, oy + 190 * k, "签发日期", **lab)
    S.text(ox + 80 * k, oy + 188 * k, D(f["issue_date"]).strftime("%Y年%m月%d日"), field="issue_date", **val)
    S.text(ox + 22 * k, oy + 222 * k, "有效期限", **lab)
    s = D(f["valid_from"]).strftime("%Y.%m.%d")
    e = D(f["valid_until"]).strftime("%Y.%m.%d")
    S.text(ox + 80 * k, oy + 220 * k, s, field="valid_from", **val)
    w = S.width(s + "至", 14 * k)
    S.text(ox + 80 * k + S.width(s, 14 * k), oy + 220 * k, "至", **val)
    S.text(ox + 80 * k + w, oy + 220 * k, e, field="valid_until", **val)
    S.text(ox + 300 * k, oy + 246 * k, "上海市公安局", size=11 * k, color=GREY)
    S.rect(ox + 318 * k, oy + 62 * k, ox + 404 * k, oy + 172 * k, outline=None, fill=(200, 210, 222))
    S.ellipse(ox + 338 * k, oy + 76 * k, ox + 384 * k, oy + 128 * k, fill=(140, 146, 160))


def permit_info(S, f, rng, variant):
    """A4 居住证信息 printout (一网通办 / 社区事务受理服务中心)."""
    S.doc = f["_tag"]
    font = rng.choice(["microhei", "uming", "zenhei", "sans", "serif"])
    top = rng.uniform(60, 110)
    title = rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息（打印件）"])
    S.text(297, top, title, size=rng.choice([18, 20, 22]), font=font, align="center")
    y = top + 50
    iso = rng.choice(["cn0", "dot", "iso", "cn"])
    rows = [("姓名", f["name"], "name"),
            (rng.choice(["证件号码", "公民身份号码"]), f["id_number"], "id_number"),
            (rng.choice(["户籍地址", "常住户口所在地住址"]), f.get("hukou_address", ""), "hukou_address"),
            ("居住地址", f["residence_address"], "residence_address"),
            (rng.choice(["签发日期", "签注日期"]), P.fmt(D(f["issue_date"]), iso), "issue_date")]
    size = rng.choice([11, 12, 13])
    if variant == "grid4":
        x0, x1 = 50, 545
        cells = [rows[0], ("性别", f["_sex"], None), rows[1], ("民族", f["_eth"], None)]
        h = size * 2.6
        for i in range(0, 4, 2):
            S.rect(x0, y, x1, y + h, width=0.6)
            for j, (lab, v, fld) in enumerate(cells[i:i + 2]):
                cx = x0 + j * 247
                S.line(cx + 95, y, cx + 95, y + h)
                S.text(cx + 8, y + h / 2 - size * 0.6, lab, size=size, font=font, color=GREY)
                S.text(cx + 102, y + h / 2 - size * 0.6, v, size=size, font=font, field=fld)
            y += h
        order = rows[2:]
    else:
        order = rows
    lw = 130 if variant != "list" else 0
    for lab, v, fld in order:
        if variant == "list":
            S.text(60, y, lab + "：", size=size, font=font, color=BLACK)
            yy = S.wrap(60 + S.width(lab + "：", size, font), y, v, size, 420, font=font, field=fld)
            y = max(yy, y + size * 1.5) + size * 0.8
            continue
        lines = max(1, int(S.width(v, size, font) // 330) + 1)
        h = size * (1.2 + 1.5 * lines)
        S.rect(50, y, 545, y + h, width=0.6)
        S.line(50 + lw, y, 50 + lw, y + h)
        S.text(58, y + size * 0.6, lab, size=size, font=font, color=GREY if variant == "grid4" else BLACK)
        S.wrap(58 + lw, y + size * 0.6, v, size, 335, font=font, field=fld)
        y += h
    a, b = P.fmt(D(f["valid_from"]), iso), P.fmt(D(f["valid_until"]), iso)
    if rng.random() < 0.5:
        if variant == "list":
            S.text(60, y, "有效期限：", size=size, font=font)
            x = 60 + S.width("有效期限：", size, font)
        else:
            h = size * 2.7
            S.rect(50, y, 545, y + h, width=0.6)
            S.line(50 + lw, y, 50 + lw, y + h)
            S.text(58, y + size * 0.7, "有效期限", size=size, font=font, color=GREY if variant == "grid4" else BLACK)
            x = 58 + lw
            y += size * 0.7
        S.text(x, y, a, size=size, font=font, field="valid_from")
        x += S.width(a, size, font)
        S.text(x, y, "至", size=size, font=font)
        S.text(x + S.width("至", size, font), y, b, size=size, font=font, field="valid_until")
        y += size * 3
    else:
        for lab, v, fld in (("有效期起", a, "valid_from"), ("有效期止", b, "valid_until")):
            if variant == "list":
                S.text(60, y, lab + "：", size=size, font=font)
                S.text(60 + S.width(lab + "：", size, font), y, v, size=size, font=font, field=fld)
                y += size * 2.2
            else:
                h = size * 2.7
                S.rect(50, y, 545, y + h, width=0.6)
                S.line(50 + lw, y, 50 + lw, y + h)
                S.text(58, y + size * 0.7, lab, size=size, font=font)
                S.text(58 + lw, y + size * 0.7, v, size=size, font=font, field=fld)
                y += h
    S.text(60, y + 30, "以上信息仅供本人办理相关事项使用。", size=10, font=font, color=GREY)
    S.text(540, y + 60, "打印日期：" + P.fmt(D(f["_printed"]), "cn0"), size=10, font=font, color=GREY, align="right")
    if rng.random() < 0.6:
        S.seal(430, y + 40, 46, "上海市实有人口服务中心专用章" if rng.random() < 0.5 else "上海市公安局人口管理办公室", alpha=0.7)


def app_screen(S, title, banner, rows, dark, rng, footer=None):
    """Phone screenshot: status bar, title bar, banner, label/value rows right-aligned."""
    bg = (18, 18, 20) if dark else (244, 245, 247)
    card = (36, 37, 41) if dark else (255, 255, 255)
    fg = (236, 236, 236) if dark else (25, 25, 25)
    lab = (150, 150, 155) if dark else (130, 132, 138)
    S.rect(0, 0, S.w, S.h, outline=None, fill=bg)
    S.text(20, 10, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", size=13, color=fg)
    S.text(S.w - 20, 10, f"{rng.randint(20, 99)}%", size=12, color=fg, align="right")
    S.text(S.w / 2, 44, title, size=16, color=fg, align="center")
    S.text(18, 42, "‹", size=22, color=fg)
    y = 80
    if banner:
        S.rect(12, y, S.w - 12, y + 86, outline=None, fill=(38, 98, 206) if not dark else (30, 70, 150), radius=12)
        S.text(30, y + 14, banner[0], size=26, color=(255, 255, 255), field=banner[1])
        S.text(30, y + 56, banner[2], size=11, color=(220, 230, 255))
        y += 100
    S.rect(12, y, S.w - 12, y + 10, outline=None, fill=card)
    for lab_s, v, fld in rows:
        lines = []
        cur = ""
        for ch in v:
            if cur and S.width(cur + ch, 14) > 200:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        h = 22 + 20 * len(lines)
        S.rect(12, y, S.w - 12, y + h, outline=None, fill=card)
        S.text(26, y + 12, lab_s, size=14, color=lab)
        for i, ln in enumerate(lines):
            S.text(S.w - 26, y + 12 + 20 * i, ln, size=14, color=fg, align="right",
                   field=(fld if len(lines) == 1 else f"{fld}@{i}") if fld else None)
        S.line(26, y + h, S.w - 26, y + h, width=0.5, color=(60, 60, 64) if dark else (232, 232, 236))
        y += h
    if footer:
        S.text(S.w / 2, y + 24, footer, size=11, color=lab, align="center")
    return y


def permit_app(S, f, rng, dark):
    S.doc = f["_tag"]
    st = rng.choice(["iso", "dot"])
    rows = [("证件号码", f["id_number"], "id_number"),
            ("户籍地址", f["hukou_address"], "hukou_address"),
            ("居住地址", f["residence_address"], "residence_address"),
            ("签发日期", P.fmt(D(f["issue_date"]), st), "issue_date"),
            ("有效期起", P.fmt(D(f["valid_from"]), st), "valid_from"),
            ("有效期至", P.fmt(D(f["valid_until"]), st), "valid_until")]
    app_screen(S, "电子居住证", (f["name"], "name", "上海市居住证 · 随申码关联"), rows, dark, rng,
               footer="数据来源：上海市公安局")


# ---------------------------------------------------------------- hukou
def hukou_cover(S, ox, oy, k, f, rng):
    S.doc = f["_tag"]
    W, H = 300 * k, 420 * k
    S.rect(ox, oy, ox + W, oy + H, outline=(170, 150, 120), fill=(250, 246, 236), width=0.8)
    S.text(ox + W / 2, oy + 22 * k, "常住人口登记簿", size=18 * k, font="serif_bold", align="center")
    font = f["_hand"] or "serif"
    vs = 12 * k
    cells = [("户别", f["household_type"], "household_type", "户主姓名", f["head_name"], "head_name"),
             ("户号", f["household_number"], "household_number", None, None, None)]
    y = oy + 60 * k
    for a, av, af, b, bv, bf in cells:
        S.rect(ox + 16 * k, y, ox + W - 16 * k, y + 34 * k, width=0.5, outline=(120, 100, 80))
        S.text(ox + 22 * k, y + 10 * k, a, size=11 * k, font="serif")
        S.text(ox + 64 * k, y + 9 * k, av, size=vs, font=font, field=af)
        if b:
            S.line(ox + 150 * k, y, ox + 150 * k, y + 34 * k, width=0.5)
            S.text(ox + 156 * k, y + 10 * k, b, size=11 * k, font="serif")
            S.text(ox + 210 * k, y + 9 * k, bv, size=vs, font=font, field=bf)
        y += 34 * k
    S.rect(ox + 16 * k, y, ox + W - 16 * k, y + 70 * k, width=0.5, outline=(120, 100, 80))
    S.text(ox + 22 * k, y + 10 * k, "住址", size=11 * k, font="serif")
    S.wrap(ox + 64 * k, y + 9 * k, f["address"], vs, 210 * k, font=font, field="address", lead=1.55)
    y += 70 * k
    S.rect(ox + 16 * k, y, ox + W - 16 * k, y + 150 * k, width=0.5, outline=(120, 100, 80))
    S.text(ox + 22 * k, y + 12 * k, "户口登记机关和登记专用章", size=10 * k, font="serif")
    S.text(ox + 22 * k, y + 118 * k, "承办人签章：", size=10 * k, font="serif")
    S.text(ox + 92 * k, y + 116 * k, f["_clerk"], size=11 * k, font="ukai")
    S.seal(ox + 200 * k, y + 80 * k, 48 * k, f["_police"] + "户口专用章", alpha=0.72)
    y += 158 * k
    S.text(ox + 22 * k, y + 6 * k, "签发日期：", size=11 * k, font="serif")
    S.text(ox + 84 * k, y + 5 * k, P.fmt(D(f["issue_date"]), "cn"), size=vs, font=font, field="issue_date")


MEMBER_CELLS = [("姓名", "name"), ("户主或与户主关系", "relation_to_head"), ("曾用名", None), ("性别", "sex"),
                ("出生地", "birthplace"), ("民族", "ethnicity"), ("籍贯", "native_place"), ("出生日期", "birth_date"),
                ("本市(县)其他住址", None), ("宗教信仰", None), ("公民身份证件编号", "id_number"), ("身高", None),
                ("血型", None), ("文化程度", "education"), ("婚姻状况", "marital_status"), ("兵役状况", None),
                ("服务处所", "employer"), ("职业", None), ("何时由何地迁来本市(县)", None),
                ("何时由何地迁往何地", None), ("登记日期", "registration_date"), ("承办人签章", None)]


def hukou_member(S, ox, oy, k, f, rng):
    S.doc = f["_tag"]
    W = 300 * k
    S.rect(ox, oy, ox + W, oy + 420 * k, outline=(170, 150, 120), fill=(250, 246, 236), width=0.8)
    S.text(ox + W / 2, oy + 14 * k, "常住人口登记卡", size=16 * k, font="serif_bold", align="center")
    hand = f["_hand"]
    vf = hand or rng.choice(["serif", "sungti", "uming"])
    y = oy + 42 * k
    rh = 16.5 * k
    b = D(f["birth_date"])
    vals = {k2: f.get(k2, "") for _, k2 in MEMBER_CELLS if k2}
    vals["birth_date"] = P.fmt(b, "cn")
    vals["registration_date"] = P.fmt(D(f["registration_date"]), "cn")
    for lab, fld in MEMBER_CELLS:
        S.rect(ox + 10 * k, y, ox + W - 10 * k, y + rh, width=0.4, outline=(130, 110, 90))
        S.line(ox + 112 * k, y, ox + 112 * k, y + rh, width=0.4, color=(130, 110, 90))
        S.text(ox + 13 * k, y + 3.5 * k, lab, size=8.5 * k, font="serif")
        if fld and vals.get(fld):
            v = vals[fld]
            sz = 10 * k if S.width(v, 10 * k, vf) < 176 * k else 176 * k / max(1, len(v)) * 0.98
            S.text(ox + 116 * k, y + 2.5 * k, v, size=sz, font=vf, field=fld)
        y += rh
    S.seal(ox + 258 * k, y - 30 * k, 28 * k, f["_police"] + "户口专用章", alpha=0.65)


def collective_cert(S, f, rng):
    S.doc = f["_tag"]
    font = rng.choice(["serif", "uming", "sungti"])
    S.text(297, 90, "户 籍 证 明", size=24, font=font, align="center")
    y = 160
    txt1 = "兹证明"
    S.text(80, y, txt1, size=14, font=font)
    x = 80 + S.width(txt1, 14, font)
    S.text(x + 4, y, f["name"], size=14, font=font, field="name")
    x += S.width(f["name"], 14, font) + 8
    S.text(x, y, "（公民身份号码：", size=14, font=font)
    x += S.width("（公民身份号码：", 14, font)
    S.text(x, y, f["id_number"], size=14, font=font, field="id_number")
    S.text(x + S.width(f["id_number"], 14, font), y, "），", size=14, font=font)
    y += 30
    S.text(80, y, "户口登记在本所集体户，集体户地址：", size=14, font=font)
    y += 28
    y = S.wrap(80, y, f["address"], 14, 430, font=font, field="address")
    y += 8
    y = S.wrap(80, y, "系该集体户成员。特此证明。", 14, 430, font=font)
    y += 20
    S.text(80, y, "（本证明仅用于办理居住证积分，有效期三个月）", size=11, font=font, color=GREY)
    S.text(500, y + 120, f["_police"], size=14, font=font, align="right")
    S.text(500, y + 150, P.fmt(D(f["issue_date"]), "cn"), size=14, font=font, align="right", field="issue_date")
    S.seal(430, y + 135, 52, f["_police"] + "户口专用章", alpha=0.7)


# ---------------------------------------------------------------- labour contract
def _blank(S, x, y, text, size, font, field, minw=90):
    """value written on a fill-in line"""
    w = max(minw, S.width(text, size, font) + 20)
    S.line(x, y + size * 1.2, x + w, y + size * 1.2, width=0.5)
    S.text(x + 10, y, text, size=size, font=font, field=field)
    return x + w


def _para(S, y, lines, size, font):
    for ln in lines:
        y = S.wrap(70, y, ln, size, 455, font=font, lead=1.7) + size * 0.5
    return y


FILLER = ["甲方应当依法建立和完善劳动规章制度，保障乙方享有劳动权利、履行劳动义务。",
          "乙方应当遵守甲方依法制定的规章制度，完成劳动任务，提高职业技能，执行劳动安全卫生规程。",
          "甲方根据生产经营需要，安排乙方在本合同约定的岗位从事相应工作，乙方的工作地点为上海市。",
          "甲方实行标准工时制度，乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。",
          "甲方应于每月十五日前以货币形式足额支付乙方上月工资，乙方的工资不得低于本市最低工资标准。",
          "甲方应按国家和本市规定为乙方缴纳各项社会保险费和住房公积金，乙方个人缴纳部分由甲方代扣代缴。",
          "乙方的财产及个人信息受法律保护，甲方不得违法收集、使用乙方的个人信息。",
          "双方解除或者终止劳动合同，应当按照《中华人民共和国劳动合同法》及本市有关规定执行。",
          "本合同未尽事宜，按国家和本市有关规定执行；因履行本合同发生争议的，可向劳动人事争议仲裁委员会申请仲裁。",
          "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。"]


def contract_pages(mk, f, rng, form):
    """-> list of surfaces. form: model | company | renewal"""
    font = rng.choice(["serif", "sungti", "uming", "sans", "microhei"])
    size = rng.choice([11, 11.5, 12])
    hand = rng.choice(["wenkai", "ukai", "kaiti", None])
    vfont = hand or font
    s, e = D(f["start_date"]), (D(f["end_date"]) if f.get("end_date") else None)
    pages = []
    if form == "renewal":
        S = mk(595, 842)
        S.doc = f["_tag"]
        S.text(297, 80, "劳动合同续订书", size=22, font=font, align="center")
        y = 140
        S.text(70, y, "甲方（用人单位）：", size=size, font=font)
        _blank(S, 70 + S.width("甲方（用人单位）：", size, font), y, f["employer"], size, vfont, "employer")
        y += 34
        S.text(70, y, "乙方（劳动者）：", size=size, font=font)
        _blank(S, 70 + S.width("乙方（劳动者）：", size, font), y, f["employee_name"], size, vfont, "employee_name")
        y += 34
        S.text(70, y, "身份证号码：", size=size, font=font)
        _blank(S, 70 + S.width("身份证号码：", size, font), y, f["employee_id_number"], size, vfont, "employee_id_number")
        y += 44
        y = _para(S, y, ["甲乙双方于原劳动合同期满前协商一致，同意续订劳动合同，续订期限如下："], size, font)
        x = 70
        S.text(x, y, "续订合同期限自", size=size, font=font)
        x = _blank(S, x + S.width("续订合同期限自", size, font), y, P.fmt(s, "cn"), size, vfont, "start_date", 110)
        S.text(x + 4, y, "起至", size=size, font=font)
        x = _blank(S, x + 8 + S.width("起至", size, font), y, P.fmt(e, "cn"), size, vfont, "end_date", 110)
        S.text(x + 4, y, "止。", size=size, font=font)
        y += 40
        y = _para(S, y, ["原劳动合同其他条款继续有效。本续订书一式两份，甲乙双方各执一份。"], size, font)
        _sign_block(S, y + 40, f, size, font, vfont, rng)
        return [S]
    npages = rng.randint(3, 5) if form == "company" else 4
    for p in range(npages):
        S = mk(595, 842)
        S.doc = f["_tag"]
        y = 70
        if p == 0 and form == "model":
            S.text(297, 150, "上海市劳动合同", size=26, font=font, align="center")
            S.text(297, 190, "（示范文本）", size=14, font=font, align="center")
            S.text(297, 600, "上海市人力资源和社会保障局制", size=12, font=font, align="center")
            S.text(297, 780, f"- {p + 1} -", size=9, font=font, align="center")
            pages.append(S)
            continue
        if (p == 1 and form == "model") or (p == 0 and form == "company"):
            if form == "company":
                S.text(297, y, rng.choice(["劳动合同书", "劳 动 合 同", "聘用合同"]), size=20, font=font, align="center")
                y += 50
                rows = [("甲方", "名称", f["employer"], "employer"), ("", "法定代表人", f["_rep"], None),
                        ("", "地址", f["_co_addr"], None), ("乙方", "姓名", f["employee_name"], "employee_name"),
                        ("", "身份证号码", f["employee_id_number"], "employee_id_number"),
                        ("", "住址", f["_addr"], None)]
                for a, b, v, fld in rows:
                    S.rect(70, y, 525, y + 28, width=0.5)
                    S.line(120, y, 120, y + 28, width=0.5)
                    S.line(210, y, 210, y + 28, width=0.5)
                    S.text(80, y + 8, a, size=size, font=font)
                    S.text(128, y + 8, b, size=size, font=font)
                    vs = size if S.width(v, size, vfont) < 300 else size * 300 / S.width(v, size, vfont)
                    S.text(218, y + 8, v, size=vs, font=vfont, field=fld)
                    y += 28
                y += 24
            else:
                S.text(70, y, "甲方（用人单位）名称：", size=size, font=font)
                _blank(S, 70 + S.width("甲方（用人单位）名称：", size, font), y, f["employer"], size, vfont, "employer")
                y += 30
                S.text(70, y, "法定代表人（主要负责人）：", size=size, font=font)
                _blank(S, 70 + S.width("法定代表人（主要负责人）：", size, font), y, f["_rep"], size, vfont, None)
                y += 30
                S.text(70, y, "乙方（劳动者）姓名：", size=size, font=font)
                _blank(S, 70 + S.width("乙方（劳动者）姓名：", size, font), y, f["employee_name"], size, vfont, "employee_name")
                y += 30
                S.text(70, y, "居民身份证号码：", size=size, font=font)
                _blank(S, 70 + S.width("居民身份证号码：", size, font), y, f["employee_id_number"], size, vfont, "employee_id_number")
                y += 42
            y = _para(S, y, ["根据《中华人民共和国劳动合同法》等法律法规，甲乙双方遵循合法、公平、平等自愿、协商一致、诚实信用的原则，订立本合同。",
                             "第一条 合同期限"], size, font)
            boxes = [("固定期限", not f["open_ended"]), ("无固定期限", f["open_ended"]), ("以完成一定工作任务为期限", False)]
            for lab, on in boxes:
                S.text(84, y, ("☑ " if on else "□ ") + lab, size=size, font=font)
                y += size * 1.8
            y += 4
            if f["open_ended"]:
                x = 84
                S.text(x, y, "无固定期限：自", size=size, font=font)
                x = _blank(S, x + S.width("无固定期限：自", size, font), y, P.fmt(s, "cn"), size, vfont, "start_date", 110)
                S.text(x + 4, y, "起。", size=size, font=font)
            else:
                yrs = (e - s).days / 365.25
                pre = ""
                if abs(yrs - round(yrs)) < 0.01 and rng.random() < 0.5:
                    pre = f"期限{P.cn_num(round(yrs))}年，"
                x = 84
                S.text(x, y, pre + "自", size=size, font=font)
                x = _blank(S, x + S.width(pre + "自", size, font), y, P.fmt(s, "cn"), size, vfont, "start_date", 110)
                S.text(x + 4, y, "起至", size=size, font=font)
                x = _blank(S, x + 8 + S.width("起至", size, font), y, P.fmt(e, "cn"), size, vfont, "end_date", 110)
                S.text(x + 4, y, "止。", size=size, font=font)
            y += 34
            pe = P.add_months(s, f["_probation"]) - dt.timedelta(days=1)
            S.text(84, y, f"其中试用期自 {P.fmt(s, 'cn')} 起至 {P.fmt(pe, 'cn')} 止。", size=size, font=font)
            y += 40
            y = _para(S, y, ["第二条 工作内容和工作地点", FILLER[2], "第三条 " + FILLER[0]], size, font)
        elif p == npages - 1:
            y = _para(S, y, rng.sample(FILLER, 3), size, font)
            _sign_block(S, y + 30, f, size, font, vfont, rng)
        else:
            y = _para(S, y, [f"第{P.cn_num(p * 3 + 1)}条 " + FILLER[(p * 3) % 10],
                             f"第{P.cn_num(p * 3 + 2)}条 " + FILLER[(p * 3 + 1) % 10],
                             FILLER[(p * 3 + 4) % 10] + FILLER[(p * 3 + 5) % 10],
                             f"第{P.cn_num(p * 3 + 3)}条 " + FILLER[(p * 3 + 2) % 10] + FILLER[(p + 7) % 10]], size, font)
        S.text(297, 790, f"第 {p + 1} 页 共 {npages} 页" if rng.random() < 0.5 else f"- {p + 1} -", size=9, font=font, align="center")
        pages.append(S)
    return pages


def _sign_block(S, y, f, size, font, vfont, rng):
    S.text(70, y, "甲方（盖章）：", size=size, font=font)
    S.text(320, y, "乙方（签字）：", size=size, font=font)
    S.text(320 + S.width("乙方（签字）：", size, font), y - 4, f["employee_name"], size=size * 1.5, font="ukai")
    y += 60
    S.text(70, y, "法定代表人或委托代理人：", size=size, font=font)
    sd = P.fmt(D(f["signing_date"]), "cn")
    y += 50
    S.text(70, y, "签订日期：", size=size, font=font)
    S.text(70 + S.width("签订日期：", size, font), y, sd, size=size, font=vfont, field="signing_date")
    S.text(320, y, "签订日期：", size=size, font=font)
    S.text(320 + S.width("签订日期：", size, font), y, sd, size=size, font=vfont)
    # seal over the 甲方 signature area, clear of the values
    S.seal(170, y - 70, 50, f["employer"][:16] + "合同专用章", alpha=0.72)


# ---------------------------------------------------------------- tax record
def _period_text(pm, style):
    y, m = map(int, pm.split("-"))
    import calendar
    last = calendar.monthrange(y, m)[1]
    if style == "range":
        return f"{y}-{m:02d}-01至{y}-{m:02d}-{last}"
    if style == "dots":
        return f"{y}.{m:02d}.01-{y}.{m:02d}.{last}"
    return f"{y}-{m:02d}"


def tax_national(mk, f, rng):
    """中华人民共和国个人所得税纳税记录 (text-layer PDF or its print)."""
    font = rng.choice(["microhei", "sans", "zenhei", "uming"])
    pstyle = rng.choice(["range", "dots", "range"])
    agent_style = rng.choice(["note", "note_id_before", "note_id_after", "column"])
    rows = f["_print_rows"]
    per_page = rng.choice([14, 18, 22])
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    pages = []
    cols = [("申报日期", 50, 60), ("实缴(退)金额", 110, 55), ("入(退)库日期", 165, 60), ("所得项目", 225, 70),
            ("税款所属期", 295, 85), ("入库税务机关", 380, 75), ("备注", 455, 95)]
    if agent_style == "column":
        cols = [("申报日期", 40, 55), ("实缴(退)金额", 95, 52), ("所得项目", 147, 62), ("税款所属期", 209, 80),
                ("扣缴义务人", 289, 125), ("入库税务机关", 414, 70), ("备注", 484, 70)]
    for pi, chunk in enumerate(chunks):
        S = mk(595, 842)
        S.doc = f["_tag"]
        y = 50
        if pi == 0:
            S.text(297, y, "中华人民共和国个人所得税纳税记录", size=17, font=font, align="center")
            S.text(297, y + 24, "（原《税收完税证明》）", size=11, font=font, align="center")
            S.text(400, y + 44, "No. " + "".join(str(rng.randint(0, 9)) for _ in range(18)), size=9, font=font, color=GREY)
            y += 66
            S.text(50, y, "纳税人名称：", size=10.5, font=font)
            S.text(50 + S.width("纳税人名称：", 10.5, font), y, f["name"], size=10.5, font=font, field="name")
            S.text(300, y, "纳税人识别号：", size=10.5, font=font)
            S.text(300 + S.width("纳税人识别号：", 10.5, font), y, f["id_number"], size=10.5, font=font, field="id_number")
            y += 20
            a, b = f["_period_from"], f["_period_to"]
            S.text(50, y, f"记录期间：{a[:4]}年{int(a[5:])}月-{b[:4]}年{int(b[5:])}月", size=10.5, font=font)
            S.text(300, y, "开具日期：", size=10.5, font=font)
            S.text(300 + S.width("开具日期：", 10.5, font), y, P.fmt(D(f["issue_date"]), "cn0"), size=10.5, font=font, field="issue_date")
            y += 22
            S.text(50, y, "金额单位：人民币元（列至角分）", size=9, font=font, color=GREY)
            y += 16
        rules = rng.random() < 0.6 or pi > 0
        S.line(40, y, 555, y, width=0.6)
        for name, x, w in cols:
            S.text(x + 2, y + 5, name, size=8.5, font=font)
        y += 20
        S.line(40, y, 555, y, width=0.6)
        for r in chunk:
            h = 26
            S.text(cols[0][1] + 2, y + 4, r["decl"], size=8, font=font)
            S.text(cols[1][1] + 2, y + 4, r["amount"], size=8, font=font, field=r["_f"] + ".amount" if r["_f"] else None)
            pt = _period_text(r["period"], pstyle)
            if agent_style == "column":
                S.text(cols[2][1] + 2, y + 4, r["item"], size=8, font=font)
                S.text(cols[3][1] + 2, y + 4, pt, size=7.5, font=font, field=r["_f"] + ".period" if r["_f"] else None)
                ag = r["agent"]
                if S.width(ag, 7.5, font) > 120:
                    cut = len(ag) // 2 + 1
                    S.text(cols[4][1] + 2, y + 2, ag[:cut], size=7.5, font=font, field=r["_f"] + ".withholding_agent@0" if r["_f"] else None)
                    S.text(cols[4][1] + 2, y + 12, ag[cut:], size=7.5, font=font, field=r["_f"] + ".withholding_agent@1" if r["_f"] else None)
                else:
                    S.text(cols[4][1] + 2, y + 4, ag, size=7.5, font=font, field=r["_f"] + ".withholding_agent" if r["_f"] else None)
                S.text(cols[5][1] + 2, y + 4, r["office"][:9], size=7, font=font)
            else:
                S.text(cols[2][1] + 2, y + 4, r["paid"], size=8, font=font)
                S.text(cols[3][1] + 2, y + 4, r["item"], size=8, font=font)
                if pstyle == "range":
                    S.text(cols[4][1] + 2, y + 2, pt[:10] + "至", size=7.5, font=font, field=r["_f"] + ".period" if r["_f"] else None)
                    S.text(cols[4][1] + 2, y + 12, pt[11:], size=7.5, font=font)
                else:
                    S.text(cols[4][1] + 2, y + 4, pt, size=7.5, font=font, field=r["_f"] + ".period" if r["_f"] else None)
                S.text(cols[5][1] + 2, y + 2, r["office"][:8], size=7, font=font)
                S.text(cols[5][1] + 2, y + 12, r["office"][8:], size=7, font=font)
                code = r["agent_id"]
                if agent_style == "note_id_before":
                    lines = [code, "扣缴义务人：" + r["agent"]]
                elif agent_style == "note_id_after":
                    lines = ["扣缴义务人：" + r["agent"], code]
                else:
                    lines = ["扣缴义务人：" + r["agent"]]
                flat = []
                for ln in lines:
                    while ln:
                        n = 1
                        while n <= len(ln) and S.width(ln[:n], 7, font) < 96:
                            n += 1
                        flat.append(ln[:n - 1])
                        ln = ln[n - 1:]
                h = max(h, 6 + 9 * len(flat))
                for i, ln in enumerate(flat):
                    S.text(cols[6][1] + 2, y + 2 + 9 * i, ln, size=7, font=font,
                           field=(r["_f"] + f".withholding_agent@{i}") if r["_f"] and "扣缴" in "".join(flat[:i + 1]) and ln != code else None)
            y += h
            if rules:
                S.line(40, y, 555, y, width=0.3, color=(150, 150, 150))
        if pi == len(chunks) - 1:
            y += 20
            S.text(50, y, "说明：1.本记录涉及纳税人敏感信息，请妥善保管。2.本记录仅作为纳税人依法纳税的证明，不作为其他用途。", size=7.5, font=font, color=GREY)
            S.text(50, y + 14, "3.您可以通过个人所得税App或自然人电子税务局扫描或输入查询验证码进行验证。", size=7.5, font=font, color=GREY)
            S.text(50, y + 34, "查询验证码：" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16)), size=9, font=font)
            S.seal(470, y + 40, 40, "国家税务总局上海市税务局征税专用章"[:14], alpha=0.65)
        S.text(297, 810, f"第{pi + 1}页/共{len(chunks)}页", size=8, font=font, align="center", color=GREY)
        pages.append(S)
    return pages


def tax_app(S, f, rng, dark):
    """收入纳税明细 screenshot: by month, 所得项目, 扣缴义务人, 收入, 已申报税额."""
    S.doc = f["_tag"]
    bg = (18, 18, 20) if dark else (245, 246, 248)
    card = (38, 38, 42) if dark else (255, 255, 255)
    fg = (236, 236, 236) if dark else (28, 28, 28)
    lab = (150, 150, 156) if dark else (125, 128, 135)
    S.rect(0, 0, S.w, S.h, outline=None, fill=bg)
    S.text(20, 10, f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", size=13, color=fg)
    S.text(S.w / 2, 44, "收入纳税明细查询", size=16, color=fg, align="center")
    S.text(20, 78, "纳税人：", size=12, color=lab)
    S.text(20 + S.width("纳税人：", 12), 78, f["name"], size=12, color=fg, field="name")
    S.text(S.w - 20, 78, f["id_number"], size=11, color=fg, align="right", field="id_number")
    S.text(20, 98, "查询日期：", size=11, color=lab)
    S.text(20 + S.width("查询日期：", 11), 98, f["issue_date"], size=11, color=fg, field="issue_date")
    y = 122
    for r in sorted(f["_print_rows"], key=lambda r: r["period"], reverse=True):
        S.rect(12, y, S.w - 12, y + 74, outline=None, fill=card, radius=8)
        S.text(24, y + 8, r["period"].replace("-", "年") + "月", size=13, color=fg,
               field=r["_f"] + ".period" if r["_f"] else None)
        S.text(S.w - 24, y + 8, r["item"], size=12, color=lab, align="right")
        S.text(24, y + 30, "扣缴义务人", size=11, color=lab)
        ag = r["agent"]
        sz = 11 if S.width(ag, 11) < 220 else 11 * 220 / S.width(ag, 11)
        S.text(S.w - 24, y + 30, ag, size=sz, color=fg, align="right", field=r["_f"] + ".withholding_agent" if r["_f"] else None)
        S.text(24, y + 50, f"收入 {r['income']}", size=11, color=lab)
        S.text(S.w - 24, y + 50, "已申报税额 " + r["amount"], size=11, color=fg, align="right",
               field=r["_f"] + ".amount" if r["_f"] else None)
        y += 82
        if y > S.h - 60:
            break
    S.text(S.w / 2, S.h - 30, "以上数据仅供参考，以税务机关记录为准", size=10, color=lab, align="center")


def tax_old(S, f, rng):
    """older 税收完税证明 (文书式) form."""
    S.doc = f["_tag"]
    font = rng.choice(["serif", "sungti", "uming"])
    S.text(297, 60, "中华人民共和国", size=16, font=font, align="center")
    S.text(297, 84, "税 收 完 税 证 明", size=22, font=font, align="center")
    S.text(60, 130, "填发日期：", size=11, font=font)
    S.text(60 + S.width("填发日期：", 11, font), 130, P.fmt(D(f["issue_date"]), "cn"), size=11, font=font, field="issue_date")
    S.text(380, 130, "税务机关：国家税务总局上海市税务局", size=9, font=font)
    y = 152
    S.rect(50, y, 545, y + 26, width=0.6)
    S.text(58, y + 7, "纳税人识别号", size=10, font=font)
    S.text(140, y + 7, f["id_number"], size=10, font=font, field="id_number")
    S.text(330, y + 7, "纳税人名称", size=10, font=font)
    S.text(400, y + 7, f["name"], size=10, font=font, field="name")
    y += 26
    hdr = [("原凭证号", 55), ("税种", 140), ("品目名称", 175), ("税款所属时期", 235), ("入(退)库日期", 330), ("实缴(退)金额", 400), ("扣缴义务人", 455)]
    S.rect(50, y, 545, y + 22, width=0.6)
    for n, x in hdr:
        S.text(x, y + 6, n, size=8, font=font)
    y += 22
    for r in f["_print_rows"]:
        S.rect(50, y, 545, y + 24, width=0.4)
        S.text(55, y + 7, r["voucher"], size=7, font=font)
        S.text(140, y + 7, "个人所得税", size=7, font=font)
        S.text(175, y + 7, r["item"][:6], size=7, font=font)
        S.text(235, y + 7, _period_text(r["period"], "dots"), size=7, font=font, field=r["_f"] + ".period" if r["_f"] else None)
        S.text(330, y + 7, r["paid"], size=7, font=font)
        S.text(400, y + 7, r["amount"], size=7, font=font, field=r["_f"] + ".amount" if r["_f"] else None)
        ag = r["agent"]
        sz = 7 if S.width(ag, 7, font) < 86 else 7 * 86 / S.width(ag, 7, font)
        S.text(455, y + 7, ag, size=sz, font=font, field=r["_f"] + ".withholding_agent" if r["_f"] else None)
        y += 24
    S.text(60, y + 20, "妥善保管", size=10, font=font)
    S.seal(470, y + 50, 42, "国家税务总局上海市税务局征税专用章"[:14], alpha=0.65)


# ---------------------------------------------------------------- social insurance
def si_record(mk, f, rng, variant):
    font = rng.choice(["microhei", "sans", "uming", "zenhei"])
    rows = f["_print_rows"]
    per = rng.choice([18, 24, 30])
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    pages = []
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市职工社会保险个人权益记录（缴费明细）", "养老保险缴费情况查询"])
    for pi, ch in enumerate(chunks):
        S = mk(595, 842)
        S.doc = f["_tag"]
        y = 50
        S.text(297, y, title, size=16, font=font, align="center")
        y += 36
        S.text(50, y, "姓名：", size=10.5, font=font)
        S.text(50 + S.width("姓名：", 10.5, font), y, f["name"], size=10.5, font=font, field="name" if pi == 0 else None)
        S.text(260, y, "证件号码：", size=10.5, font=font)
        S.text(260 + S.width("证件号码：", 10.5, font), y, f["id_number"], size=10.5, font=font, field="id_number" if pi == 0 else None)
        y += 26
        cols = [("缴费年月" if rng.random() < 0.6 else "费款所属期", 50), ("单位名称", 130), ("缴费基数", 330),
                ("养老", 395), ("医疗", 440), ("失业", 485)]
        if variant == "type_col":
            cols.append(("缴费类型", 520))
        else:
            cols.append(("备注", 520))
        S.line(45, y, 560, y, width=0.6)
        for n, x in cols:
            S.text(x, y + 5, n, size=8.5, font=font)
        y += 20
        S.line(45, y, 560, y, width=0.6)
        for r in ch:
            S.text(50, y + 4, r["label"], size=8, font=font, field=r.get("_fm"))
            ag = r["employer"]
            sz = 8 if S.width(ag, 8, font) < 195 else 8 * 195 / S.width(ag, 8, font)
            S.text(130, y + 4, ag, size=sz, font=font, field=r.get("_fe"))
            S.text(330, y + 4, r["base"], size=8, font=font, field=r.get("_fb"))
            b = float(r["base"])
            for x, rate in ((395, 0.08), (440, 0.02), (485, 0.005)):
                S.text(x, y + 4, f"{b * rate:.2f}", size=8, font=font)
            if variant == "type_col":
                S.text(520, y + 4, "补缴" if r["back"] else "正常", size=8, font=font)
            elif r["back"]:
                S.text(520, y + 4, "补缴", size=8, font=font)
            y += 17
        S.line(45, y, 560, y, width=0.6)
        if pi == len(chunks) - 1:
            S.text(50, y + 20, "打印日期：" + f["_printed"], size=9, font=font, color=GREY)
            S.text(50, y + 36, "本记录来源于上海市社会保险事业管理中心，可通过随申办核验。", size=8, font=font, color=GREY)
        S.text(297, 810, f"{pi + 1}/{len(chunks)}", size=8, font=font, align="center", color=GREY)
        pages.append(S)
    return pages


# ---------------------------------------------------------------- education
def diploma(S, f, rng, variant):
    S.doc = f["_tag"]
    font = rng.choice(["serif", "uming", "sungti", "kaiti"])
    W, H = S.w, S.h
    S.rect(20, 20, W - 20, H - 20, outline=(170, 40, 40) if variant == "classic" else (40, 90, 60), width=3)
    S.text(W / 2, 60, "普通高等学校" if f.get("study_mode") == "普通全日制" else "高等学校", size=14, font=font, align="center")
    S.text(W / 2, 84, "毕 业 证 书", size=34, font="serif_bold" if font != "kaiti" else "kaiti", align="center")
    S.rect(70, 150, 170, 280, outline=(120, 120, 120), fill=(220, 225, 230))
    x = 220
    y = 160
    b = D(f["_birth"])
    g = D(f["graduation_date"])
    st = D(f["_enrol"])
    mode_txt = {"普通全日制": "", "高等教育自学考试": "（高等教育自学考试）", "成人教育": "（业余）", "网络教育": "（网络教育）"}.get(f["study_mode"], "")
    lvl = {"本科": "四年制本科", "专科": "三年制专科", "硕士研究生": "硕士研究生"}[f["level"]]
    size = 14
    S.text(x, y, "学生", size=size, font=font)
    S.text(x + 40, y, f["name"], size=size, font=font, field="name")
    S.text(x + 40 + S.width(f["name"], size, font) + 8, y, f"，性别{f['_sex']}，{b.year}年{b.month}月{b.day}日生，", size=size, font=font)
    y += 30
    pre = f"于{st.year}年{st.month}月至{g.year}年{g.month}月在本校"
    S.text(x, y, pre, size=size, font=font)
    S.text(x + S.width(pre, size, font), y, f["major"], size=size, font=font, field="major")
    S.text(x + S.width(pre + f["major"], size, font), y, "专业", size=size, font=font)
    y += 30
    S.text(x, y, lvl, size=size, font=font, field="level")
    S.text(x + S.width(lvl, size, font), y, mode_txt + "学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", size=size if not mode_txt else 12, font=font)
    if True:
        y += 26
        S.text(x, y, {"普通全日制": "学习形式：普通全日制", "高等教育自学考试": "学习形式：自学考试", "成人教育": "学习形式：业余（成人教育）", "网络教育": "学习形式：网络教育"}[f["study_mode"]], size=12, font=font, field="study_mode")  # noqa
    S.text(x, H - 120, "校（院）长：", size=13, font=font)
    S.text(x + 80, H - 124, f["_president"], size=18, font="ukai")
    S.text(W - 60, H - 150, f["school"], size=15, font=font, align="right", field="school")
    gd = P.fmt(g, "cnnum") if variant == "classic" else P.fmt(g, "cn")
    S.text(W - 60, H - 120, gd, size=14, font=font, align="right", field="graduation_date")
    S.text(70, H - 70, "证书编号：" + f["_cert_no"], size=11, font=font)
    S.seal(W - 300, H - 235, 44, f["school"], alpha=0.72)


def degree(S, f, rng):
    S.doc = f["_tag"]
    font = rng.choice(["serif", "uming", "sungti"])
    W, H = S.w, S.h
    S.rect(24, 24, W - 24, H - 24, outline=(150, 110, 40), width=3)
    S.text(W / 2, 70, "学 士 学 位 证 书" if f["level"] == "学士" else "硕 士 学 位 证 书", size=30, font="serif_bold", align="center")
    x, y = 200, 170
    size = 15
    S.text(x, y, f["name"], size=size, font=font, field="name")
    b = D(f["_birth"])
    S.text(x + S.width(f["name"], size, font) + 8, y, f"，{f['_sex']}，{b.year}年{b.month}月{b.day}日生。在", size=size, font=font)
    y += 32
    S.text(x, y, f["school"], size=size, font=font, field="school")
    S.text(x + S.width(f["school"], size, font), y, "", size=size, font=font)
    w = S.width(f["school"], size, font)
    S.text(x + w + 6, y, f["major"], size=size, font=font, field="major")
    S.text(x + w + 12 + S.width(f["major"], size, font), y, "专业完成了", size=size, font=font)
    y += 32
    lv = "本科" if f["level"] == "学士" else "硕士研究生"
    S.text(x, y, f"{lv}学业，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予", size=size, font=font)
    y += 32
    deg = f["_field"] + f["level"] + "学位"
    S.text(x, y, f["_field"], size=size, font=font)
    S.text(x + S.width(f["_field"], size, font), y, f["level"], size=size, font=font, field="level")
    S.text(x + S.width(deg[:-2], size, font), y, "学位。", size=size, font=font)
    S.text(x, H - 120, "学位评定委员会主席：", size=13, font=font)
    S.text(x + 130, H - 124, f["_president"], size=18, font="ukai")
    S.text(W - 70, H - 110, P.fmt(D(f["graduation_date"]), rng.choice(["cnnum", "cn"])), size=14, font=font, align="right", field="graduation_date")
    S.text(70, H - 66, "证书编号：" + f["_cert_no"], size=11, font=font)
    S.seal(W - 300, H - 225, 44, f["school"], alpha=0.72)


def xuexin(S, f, rng):
    """教育部学历证书电子注册备案表 (学信网, text PDF)."""
    S.doc = f["_tag"]
    font = rng.choice(["microhei", "sans", "zenhei"])
    S.text(297, 60, "教育部学历证书电子注册备案表", size=18, font=font, align="center")
    S.text(470, 90, "更新日期：" + f["_printed"], size=9, font=font, color=GREY)
    y = 120
    b = D(f["_birth"])
    g = D(f["graduation_date"])
    rows = [("姓名", f["name"], "name"), ("性别", f["_sex"], None), ("出生日期", P.fmt(b, "cn"), None),
            ("入学日期", P.fmt(D(f["_enrol"]), "cn"), None), ("毕（结）业日期", P.fmt(g, "cn"), "graduation_date"),
            ("学校名称", f["school"], "school"), ("专业", f["major"], "major"),
            ("学制", "4年" if f["level"] == "本科" else "3年", None), ("层次", f["level"], "level"),
            ("学历类别", {"普通全日制": "普通高等教育", "高等教育自学考试": "高等教育自学考试", "成人教育": "成人教育", "网络教育": "网络教育"}[f["study_mode"]],
             None if f["study_mode"] == "普通全日制" else "study_mode"),
            ("学习形式", {"普通全日制": "普通全日制", "高等教育自学考试": "-", "成人教育": "业余", "网络教育": "网络教育"}[f["study_mode"]],
             "study_mode" if f["study_mode"] == "普通全日制" else None),
            ("毕（结）业", "毕业", None), ("证书编号", f["_cert_no"], None)]
    for lab, v, fld in rows:
        S.rect(60, y, 420, y + 26, width=0.5, outline=(160, 160, 160))
        S.line(160, y, 160, y + 26, width=0.5, color=(160, 160, 160))
        S.text(68, y + 7, lab, size=10, font=font, color=GREY)
        S.text(168, y + 7, v, size=10, font=font, field=fld)
        y += 26
    S.rect(440, 120, 530, 240, outline=(160, 160, 160), fill=(225, 228, 232))
    S.text(60, y + 24, "在线验证码：" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)), size=10, font=font)
    qx, qy = 440, y + 10
    for i in range(21):
        for j in range(21):
            if (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                on = i in (0, 6, 14, 20) or j in (0, 6, 14, 20) or (2 <= i % 14 <= 4 and 2 <= j % 14 <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                S.rect(qx + i * 4, qy + j * 4, qx + i * 4 + 4, qy + j * 4 + 4, outline=None, fill=(0, 0, 0))
    S.text(60, y + 44, "注：本备案表在有效期内可通过学信网（www.chsi.com.cn）查询验证。", size=8.5, font=font, color=GREY)


def marriage(S, f, rng):
    S.doc = f["_tag"]
    W, H = S.w, S.h
    S.rect(0, 0, W, H, outline=None, fill=(250, 238, 232))
    S.line(W / 2, 0, W / 2, H, width=1.5, color=(200, 160, 150))
    font = rng.choice(["serif", "sans", "uming"])
    S.text(W * 0.25, 40, "结 婚 证", size=26, font="serif_bold", color=(180, 40, 40), align="center")
    S.text(40, 110, "持证人", size=12, font=font, color=GREY)
    S.text(110, 108, f["holder_name"], size=14, font=font, field="holder_name")
    S.text(40, 150, "登记日期", size=12, font=font, color=GREY)
    S.text(110, 148, P.fmt(D(f["registration_date"]), "cn"), size=14, font=font, field="registration_date")
    S.text(40, 190, "结婚证字号", size=12, font=font, color=GREY)
    S.text(120, 188, f["_no"], size=12, font=font)
    S.text(40, H - 70, "备注", size=12, font=font, color=GREY)
    S.seal(W * 0.33, H - 110, 46, f["_office"], alpha=0.72)
    x = W / 2 + 30
    S.rect(x + 130, 30, W - 30, 150, outline=None, fill=(226, 76, 70))
    S.ellipse(x + 170, 50, x + 215, 100, fill=(160, 150, 150))
    S.ellipse(x + 225, 50, x + 270, 100, fill=(150, 150, 160))
    y = 170
    for who in ("holder", "spouse"):
        nm = f["holder_name"] if who == "holder" else f["spouse_name"]
        S.text(x, y, "姓名", size=11, font=font, color=GREY)
        S.text(x + 50, y - 1, nm, size=13, font=font, field="spouse_name" if who == "spouse" else None)
        S.text(x + 150, y, "国籍", size=11, font=font, color=GREY)
        S.text(x + 185, y - 1, "中国", size=12, font=font)
        y += 24
        sx = f["_sex"] if who == "holder" else ("女" if f["_sex"] == "男" else "男")
        S.text(x, y, "性别", size=11, font=font, color=GREY)
        S.text(x + 50, y - 1, sx, size=12, font=font)
        S.text(x + 100, y, "出生日期", size=11, font=font, color=GREY)
        bid = f["_holder_id"] if who == "holder" else f["spouse_id_number"]
        S.text(x + 160, y - 1, f"{bid[6:10]}-{bid[10:12]}-{bid[12:14]}", size=12, font=font)
        y += 24
        S.text(x, y, "身份证件号", size=11, font=font, color=GREY)
        S.text(x + 70, y - 1, bid, size=12, font=font, field="spouse_id_number" if who == "spouse" else None)
        y += 40


# ---------------------------------------------------------------- not documents of the packet
def receipt(S, rng):
    S.doc = None
    font = rng.choice(["microhei", "sans"])
    S.rect(0, 0, S.w, S.h, outline=None, fill=(252, 252, 248))
    S.text(S.w / 2, 20, rng.choice(["全家便利店", "罗森", "好德便利", "盒马鲜生"]), size=16, font=font, align="center")
    y = 56
    for _ in range(rng.randint(4, 8)):
        S.text(14, y, rng.choice(["矿泉水550ml", "三明治", "酸奶", "面包", "咖啡拿铁", "饭团", "纸巾"]), size=11, font=font)
        S.text(S.w - 14, y, f"{rng.randint(2, 30)}.{rng.randint(0, 9)}0", size=11, font=font, align="right")
        y += 20
    S.text(14, y + 10, "合计", size=12, font=font)
    S.text(14, y + 34, f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(7, 22)}:{rng.randint(10, 59)}", size=10, font=font)
    S.text(14, y + 54, "谢谢惠顾，欢迎再次光临", size=10, font=font)


def rental(S, rng, who):
    S.doc = None
    font = rng.choice(["serif", "sungti"])
    S.text(297, 70, "上海市房屋租赁合同", size=20, font=font, align="center")
    y = 120
    for ln in ["出租人（甲方）：" + rng.choice(["张国平", "李秀英", "王建华"]), "承租人（乙方）：" + who,
               "第一条 甲方将坐落于本市的房屋出租给乙方居住使用，租赁期限十二个月。",
               "第二条 月租金为人民币" + str(rng.randint(35, 90) * 100) + "元，按季支付，押一付三。",
               "第三条 乙方应合理使用房屋及其附属设施，不得擅自改变房屋结构和用途。",
               "第四条 租赁期间，水、电、燃气、通讯等费用由乙方承担。"]:
        y = S.wrap(70, y, ln, 12, 455, font=font, lead=1.8) + 8
