"""Cards, residence permit, hukou, collective certificate, marriage certificate."""
import datetime as dt
from PIL import Image
from .draw import Page, PT, text_width, seal_image, guilloche, portrait, emblem, fake_qr
from .fmt import ymd, D, fwb

BLUE = (60, 110, 175)
BLACK = (20, 20, 20)
RED = (200, 30, 40)
INK_BLUE = (25, 40, 110)


def wrap_lines(s, width, size, font):
    p = Page()
    return p.wrap(s, width, size, font)


# ------------------------------------------------------------------ ID card
def id_front(f, rng, style):
    p = Page(85.6, 54.0, bg=(246, 248, 246))
    g = guilloche(428, 270, color=(rng.randint(150, 190), rng.randint(185, 210), rng.randint(205, 230)), seed=rng.randint(0, 999), strength=45)
    p.image(g, 0, 0, 85.6, 54.0)
    lf = style.get("lab", "sans")
    vf = style.get("val", "sans")
    lsz, vsz = 5.6, 6.9
    p.text(6, 9.5, "姓  名", lsz, lf, BLUE)
    p.text(17, 9.5, f["name"], vsz + 0.8, vf, BLACK)
    p.text(6, 16.2, "性  别", lsz, lf, BLUE)
    p.text(17, 16.2, f["sex"], vsz, vf, BLACK)
    p.text(28, 16.2, "民  族", lsz, lf, BLUE)
    p.text(38, 16.2, f["ethnicity"], vsz, vf, BLACK)
    b = D(f["birth_date"])
    p.text(6, 22.9, "出  生", lsz, lf, BLUE)
    p.text(17, 22.9, str(b.year), vsz, vf, BLACK)
    p.text(28, 22.9, "年", lsz, lf, BLUE)
    p.text(33.5, 22.9, str(b.month), vsz, vf, BLACK)
    p.text(38, 22.9, "月", lsz, lf, BLUE)
    p.text(42.5, 22.9, str(b.day), vsz, vf, BLACK)
    p.text(46.5, 22.9, "日", lsz, lf, BLUE)
    p.text(6, 29.6, "住  址", lsz, lf, BLUE)
    lines = wrap_lines(f["address"], 35, vsz, vf)
    for i, ln in enumerate(lines[:3]):
        p.text(17, 29.6 + i * 4.0, ln, vsz, vf, BLACK)
    p.text(6, 47.5, "公民身份号码", lsz, lf, BLUE)
    p.text(27, 47.8, f["id_number"], 8.3, "ocrb", BLACK, spacing=0.35)
    ph = portrait(260, 320, seed=rng.randint(0, 999))
    p.image(ph, 57, 7.5, 81, 37)
    return p


def id_back(f, rng, style):
    p = Page(85.6, 54.0, bg=(246, 248, 246))
    g = guilloche(428, 270, color=(rng.randint(150, 190), rng.randint(190, 215), rng.randint(200, 225)), seed=rng.randint(0, 999), strength=45)
    p.image(g, 0, 0, 85.6, 54.0)
    p.image(emblem(300), 6, 5, 22, 21)
    p.text(52, 12.5, "中华人民共和国", 10.5, "sansb", BLACK, anchor="m", spacing=1.2)
    p.text(52, 23, "居民身份证", 15, "sansb", BLACK, anchor="m", spacing=2.2)
    lf, vf = style.get("lab", "sans"), style.get("val", "sans")
    p.text(17, 40, "签发机关", 5.8, lf, BLACK)
    p.text(30, 40, f["issuing_authority"], 6.9, vf, BLACK)
    p.text(17, 46.5, "有效期限", 5.8, lf, BLACK)
    vu = "长期" if f["valid_until"] == "long_term" else ymd(f["valid_until"], "dot")
    p.text(30, 46.5, f"{ymd(f['valid_from'], 'dot')}-{vu}", 6.9, vf, BLACK)
    return p


# ---------------------------------------------------------- residence permit
def permit_card_front(f, P, rng):
    p = Page(85.6, 54.0, bg=(236, 244, 250))
    g = guilloche(428, 270, color=(170, 200, 235), seed=rng.randint(0, 999), strength=35)
    p.image(g, 0, 0, 85.6, 54.0)
    p.rect(0, 0, 85.6, 9.5, outline=None, fill=(30, 90, 170))
    p.text(42.8, 7, "上海市居住证", 11, "sansb", (255, 255, 255), anchor="m", spacing=1.5)
    p.text(5, 16.5, "姓名", 5.6, "sans", (70, 90, 120))
    p.text(14, 16.5, f["name"], 7.5, "sans", BLACK)
    p.text(5, 22.5, "性别", 5.6, "sans", (70, 90, 120))
    p.text(14, 22.5, P["sex"], 7, "sans", BLACK)
    p.text(5, 28.5, "居住地址", 5.6, "sans", (70, 90, 120))
    lines = wrap_lines(f["residence_address"], 44, 6.6, "sans")
    for i, ln in enumerate(lines[:3]):
        p.text(5, 33 + i * 3.8, ln, 6.6, "sans", BLACK)
    p.text(5, 48, "公民身份号码", 5.6, "sans", (70, 90, 120))
    p.text(23, 48.3, f["id_number"], 7.8, "ocrb", BLACK, spacing=0.3)
    p.image(portrait(240, 300, seed=rng.randint(0, 99)), 62, 13, 81, 37)
    return p


def permit_card_back(f, P, rng):
    p = Page(85.6, 54.0, bg=(240, 246, 250))
    p.rect(8, 14, 20, 24, outline=(150, 130, 60), fill=(215, 190, 110), width=0.3, radius=1.5)
    p.text(42.8, 9, "签  注", 8, "sansb", BLACK, anchor="m")
    p.text(6, 32, "签发机关", 5.6, "sans", (70, 90, 120))
    p.text(20, 32, P["police"], 6.6, "sans", BLACK)
    p.text(6, 39, "有效期限", 5.6, "sans", (70, 90, 120))
    p.text(20, 39, f"{ymd(f['valid_from'], 'dot')}-{ymd(f['valid_until'], 'dot')}", 6.8, "sans", BLACK)
    p.text(6, 47, "持证人须按规定办理签注，逾期未签注的，居住证使用功能中止。", 4.6, "sans", (90, 90, 90))
    return p


def permit_info(f, P, rng, variant):
    """A4 information page; returns Page and fields shown"""
    p = Page()
    font = rng.choice(["song", "sans", "ming", "wqy"])
    title = rng.choice(["上海市居住证信息", "上海市居住证信息查询结果", "居住证信息"])
    p.text(105, 30, title, 17, "sansb" if font != "song" else "serifb", BLACK, anchor="m")
    p.text(105, 39, rng.choice(["（居住证积分申请专用）", "打印日期：" + ymd(P["printed"], "cn"), "上海市公安局实有人口管理"]), 9.5, font, (80, 80, 80), anchor="m")
    idlab = rng.choice(["证件号码", "公民身份号码"])
    hklab = rng.choice(["户籍地址", "常住户口所在地住址"])
    reslab = rng.choice(["居住地址", "居住地住址"])
    isslab = rng.choice(["签发日期", "签注日期"])
    vsplit = rng.random() < 0.4
    vf, vu = ymd(f["valid_from"], "dot"), ymd(f["valid_until"], "dot")
    dstyle = rng.choice(["cn", "dash", "dot"])
    if variant == "grid2":
        rows = [("姓名", f["name"]), ("性别", P["sex"]), (idlab, f["id_number"]), (hklab, f["hukou_address"]),
                (reslab, f["residence_address"]), ("签发机关", P["police"]), (isslab, ymd(f["issue_date"], dstyle))]
        if vsplit:
            rows += [("有效期限（起）", ymd(f["valid_from"], dstyle)), ("有效期限（止）", ymd(f["valid_until"], dstyle))]
        else:
            rows += [("有效期限", f"{vf}至{vu}")]
        x0, x1, x2 = 25, 70, 185
        y = 52
        sz = rng.choice([10.5, 11, 12])
        for lab, val in rows:
            lines = wrap_lines(val, x2 - x1 - 6, sz, font)
            h = max(11, 4 + len(lines) * sz * PT * 1.5)
            p.rect(x0, y, x2, y + h, outline=(60, 60, 60), width=0.3)
            p.line(x1, y, x1, y + h, 0.3, (60, 60, 60))
            p.rect(x0, y, x1, y + h, outline=None, fill=(238, 238, 238))
            p.text(x0 + 3, y + h / 2 + sz * PT * 0.35, lab, sz, font, BLACK)
            for i, ln in enumerate(lines):
                p.text(x1 + 3, y + 2 + sz * PT * (1.0 + i * 1.5), ln, sz, font, BLACK)
            y += h
    elif variant == "grid4":
        sz = rng.choice([9.5, 10.5])
        X = [15, 45, 105, 135, 195]
        y = 52
        def cell(x0, x1, yy, h, s, lab=False):
            p.rect(x0, yy, x1, yy + h, outline=(40, 40, 40), fill=(235, 241, 248) if lab else None, width=0.3)
            lines = wrap_lines(s, x1 - x0 - 4, sz, font)
            for i, ln in enumerate(lines):
                p.text(x0 + 2, yy + (h - len(lines) * sz * PT * 1.45) / 2 + sz * PT * (1.0 + i * 1.45), ln, sz, font, BLACK)
        rows4 = [[("姓名", f["name"]), ("性别", P["sex"])], [(idlab, f["id_number"]), ("民族", P["ethnic"])],
                 [(isslab, ymd(f["issue_date"], dstyle)), ("签发机关", P["police"])]]
        for r in rows4:
            h = 12
            cell(X[0], X[1], y, h, r[0][0], True); cell(X[1], X[2], y, h, r[0][1])
            cell(X[2], X[3], y, h, r[1][0], True); cell(X[3], X[4], y, h, r[1][1])
            y += h
        for lab, val in [(hklab, f["hukou_address"]), (reslab, f["residence_address"]),
                         ("有效期限", f"{vf}至{vu}")]:
            h = 14
            cell(X[0], X[1], y, h, lab, True); cell(X[1], X[4], y, h, val)
            y += h
    else:  # list with far values and a lone label
        sz = rng.choice([11, 12])
        y = 58
        rows = [("姓名", f["name"]), ("曾用名", ""), (idlab, f["id_number"]), ("性别", P["sex"]),
                (hklab, f["hukou_address"]), (reslab, f["residence_address"]), (isslab, ymd(f["issue_date"], dstyle))]
        if vsplit:
            rows += [("有效期限起", ymd(f["valid_from"], dstyle)), ("有效期限止", ymd(f["valid_until"], dstyle))]
        else:
            rows += [("有效期限", f"{vf}至{vu}")]
        far = rng.random() < 0.6
        for lab, val in rows:
            p.text(22, y, lab + "：", sz, font, BLACK)
            if val:
                if far:
                    lines = wrap_lines(val, 95, sz, font)
                    for i, ln in enumerate(lines):
                        p.text(188, y + i * sz * PT * 1.5, ln, sz, font, BLACK, anchor="r")
                    y += (len(lines) - 1) * sz * PT * 1.5
                else:
                    lines = wrap_lines(val, 120, sz, font)
                    for i, ln in enumerate(lines):
                        p.text(62, y + i * sz * PT * 1.5, ln, sz, font, BLACK)
                    y += (len(lines) - 1) * sz * PT * 1.5
            p.line(22, y + 3, 188, y + 3, 0.15, (170, 170, 170))
            y += 13
    p.text(150, 262, "上海市公安局", 11, font, BLACK, anchor="m")
    p.text(150, 270, ymd(P["printed"], "cn"), 10.5, font, BLACK, anchor="m")
    s = seal_image("上海市公安局人口管理办公室", "", rng=rng, px=500)
    p.image(s, 130, 240, 170, 280)
    return p


def permit_app(f, P, rng):
    """随申办 电子居住证 screenshot, 1080x2340 px == 108x234 'mm' at 254 dpi"""
    p = Page(108, 234, bg=(244, 246, 250))
    p.rect(0, 0, 108, 6, outline=None, fill=(255, 255, 255))
    p.text(5, 4.4, f"{rng.randint(8, 22)}:{rng.randint(10, 59)}", 8, "sans", BLACK)
    p.text(103, 4.4, "5G  " + str(rng.randint(20, 99)) + "%", 7, "sans", BLACK, anchor="r")
    p.rect(0, 6, 108, 17, outline=None, fill=(255, 255, 255))
    p.text(54, 13.5, "电子居住证", 11, "sansb", BLACK, anchor="m")
    p.text(5, 13.5, "〈", 11, "sans", BLACK)
    c = rng.choice([(22, 110, 220), (40, 140, 200), (230, 90, 40)])
    p.rect(5, 21, 103, 62, outline=None, fill=c, radius=4)
    p.text(10, 32, "上海市居住证", 9, "sans", (255, 255, 255))
    p.text(10, 47, f["name"], 20, "sansb", (255, 255, 255))
    p.text(10, 56, f["id_number"][:4] + "**********" + f["id_number"][-4:], 9, "sans", (230, 240, 255))
    p.image(fake_qr(rng.randint(0, 999), px=200), 78, 33, 98, 53)
    p.rect(5, 68, 103, 200, outline=None, fill=(255, 255, 255), radius=4)
    rows = [("姓名", f["name"]), ("公民身份号码", f["id_number"]), ("户籍地址", f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签发日期", ymd(f["issue_date"], "dash")),
            ("有效期限", f"{ymd(f['valid_from'], 'dash')}至"), ("", ymd(f["valid_until"], "dash"))]
    y = 80
    sz = 9.5
    for lab, val in rows:
        if lab:
            p.text(10, y, lab, sz, "sans", (140, 140, 140))
        lines = wrap_lines(val, 55, sz, "sans")
        for i, ln in enumerate(lines):
            p.text(98, y + i * 5.2, ln, sz, "sans", BLACK, anchor="r")
        y += 5.2 * (len(lines) - 1) + (7 if not lab or rows.index((lab, val)) == 5 else 11)
        if lab and rows.index((lab, val)) != 5:
            p.line(10, y - 6, 98, y - 6, 0.12, (225, 225, 225))
    p.rect(15, 212, 93, 222, outline=None, fill=c, radius=5)
    p.text(54, 218.6, "出示电子居住证", 9.5, "sans", (255, 255, 255), anchor="m")
    return p


# ------------------------------------------------------------------ hukou
def hukou_cover(f, P, rng, station):
    p = Page(125, 175, bg=(250, 246, 236))
    font = rng.choice(["song", "ming", "serif"])
    vfont = rng.choice(["song", "kai", "wenkai"]) if rng.random() < 0.5 else font
    ink = INK_BLUE if vfont in ("wenkai", "kai") and rng.random() < .6 else BLACK
    p.text(62.5, 18, rng.choice(["户  口  簿", "户 主 页", "户口簿首页"]), 13, font, BLACK, anchor="m", spacing=1)
    x0, x1, x2, x3, x4 = 8, 28, 62, 82, 117
    y = 28
    sz = 9.5
    vs = 10.5
    rows = [(("户 别", f["household_type"]), ("户主姓名", f["head_name"]))]
    p.rect(x0, y, x4, y + 14, outline=(90, 60, 40), width=0.35)
    for xx in (x1, x2, x3):
        p.line(xx, y, xx, y + 14, 0.3, (90, 60, 40))
    p.text(x0 + 2, y + 9, "户  别", sz, font, BLACK)
    p.text(x1 + 3, y + 9, f["household_type"], vs, vfont, ink)
    p.text(x2 + 1.5, y + 9, "户主姓名", sz, font, BLACK)
    p.text(x3 + 3, y + 9, f["head_name"], vs, vfont, ink)
    y += 14
    p.rect(x0, y, x4, y + 14, outline=(90, 60, 40), width=0.35)
    p.line(x1, y, x1, y + 14, 0.3, (90, 60, 40))
    p.text(x0 + 2, y + 9, "户  号", sz, font, BLACK)
    p.text(x1 + 3, y + 9, f["household_number"], vs, vfont, ink)
    y += 14
    # address row spanning full width (real booklet: value wraps under)
    lines = wrap_lines(f["address"], x4 - x1 - 6, vs, vfont)
    h = max(22, 6 + len(lines) * 6.5)
    p.rect(x0, y, x4, y + h, outline=(90, 60, 40), width=0.35)
    p.line(x1, y, x1, y + h, 0.3, (90, 60, 40))
    p.text(x0 + 2, y + h / 2 + 1.5, "住址", sz, font, BLACK)
    for i, ln in enumerate(lines):
        p.text(x1 + 3, y + 8 + i * 6.5, ln, vs, vfont, ink)
    addr_y = y
    y += h
    p.rect(x0, y, x4, y + 30, outline=(90, 60, 40), width=0.35)
    p.line(x1, y, x1, y + 30, 0.3, (90, 60, 40))
    p.text(x0 + 2, y + 13, "住址变动", sz, font, BLACK)
    p.text(x0 + 2, y + 19, "登    记", sz, font, BLACK)
    y += 30
    p.rect(x0, y, x4, y + 34, outline=(90, 60, 40), width=0.35)
    p.line(62, y, 62, y + 34, 0.3, (90, 60, 40))
    p.text(x0 + 2, y + 7, "户口登记机关盖章", sz - 1, font, BLACK)
    p.text(64, y + 7, "承办人签章：", sz - 1, font, BLACK)
    p.text(88, y + 16, P["clerk"], vs, "wenkai", ink)
    d = D(f["issue_date"])
    p.text(64, y + 29, f"签发日期 {d.year}年{d.month}月{d.day}日", sz, font, BLACK)
    seal_over_addr = rng.random() < 0.6
    s = seal_image(f"{P['reg'][2] or P['reg'][1]}公安局{P['reg'][3]}分局{station}户口专用章", "", rng=rng, px=500)
    if seal_over_addr:
        p.image(s, 60, addr_y - 10, 92, addr_y + 22)
    s2 = seal_image(f"{P['reg'][2] or P['reg'][1]}公安局{P['reg'][3]}分局户口登记机关", "", rng=rng, px=500)
    p.image(s2, 18, y - 24, 50, y + 8)
    p.text(62.5, 170, "中华人民共和国公安部监制", 7, font, (110, 90, 70), anchor="m")
    return p


def hukou_member(f, P, rng, hand):
    p = Page(125, 175, bg=(250, 246, 236))
    font = rng.choice(["song", "ming"])
    vfont = rng.choice(["wenkai", "ukai", "kai"]) if hand else rng.choice(["song", "sans", "ming"])
    ink = INK_BLUE if hand and rng.random() < 0.7 else BLACK
    p.text(62.5, 14, "常住人口登记卡", 13, font, BLACK, anchor="m", spacing=1)
    X = [5, 24, 60, 80, 120]
    y = 19
    lab = 7.2
    vs = 8.6
    bd = ymd(f["birth_date"], rng.choice(["cn", "cn0"]))
    rd = D(f["registration_date"])
    g = lambda k: f.get(k, "")
    rows = [[("姓  名", g("name")), ("户主或与户主关系", g("relation_to_head"))],
            [("曾用名", ""), ("性  别", g("sex"))],
            [("出生地", g("birthplace")), ("民  族", g("ethnicity"))],
            [("籍  贯", g("native_place")), ("出生日期", bd)],
            [("本市（县）其他住址", "")],
            [("宗教信仰", ""), ("公民身份证件编号", g("id_number"))],
            [("身  高", f"{rng.randint(155, 185)}cm" if rng.random() < .5 else ""), ("血  型", rng.choice(["", "A", "O", "B"]))],
            [("文化程度", g("education")), ("婚姻状况", g("marital_status"))],
            [("兵役状况", rng.choice(["", "未服兵役"])), ("职  业", rng.choice(["", "职员", "工程技术人员"]))],
            [("服务处所", g("employer"))],
            [("何时由何地迁来本市（县）", "")],
            [("何时由何地迁来本址", "")]]
    for r in rows:
        h = 11
        if len(r) == 2:
            cells = [(X[0], X[1], r[0][0], True), (X[1], X[2], r[0][1], False), (X[2], X[3], r[1][0], True), (X[3], X[4], r[1][1], False)]
        else:
            cells = [(X[0], X[2] if len(r[0][0]) > 6 else X[1], r[0][0], True), (X[2] if len(r[0][0]) > 6 else X[1], X[4], r[0][1], False)]
        for (a, b, s, islab) in cells:
            p.rect(a, y, b, y + h, outline=(110, 80, 60), width=0.3)
            if not s:
                continue
            sz = lab if islab else vs
            fnt = font if islab else vfont
            col = BLACK if islab else ink
            lines = wrap_lines(s, b - a - 2, sz, fnt)
            if len(lines) > 1 and not islab:
                sz = sz * 0.82
                lines = wrap_lines(s, b - a - 2, sz, fnt)
            for i, ln in enumerate(lines[:2]):
                yy = y + (h - len(lines[:2]) * sz * PT * 1.3) / 2 + sz * PT * (1.0 + 1.3 * i)
                p.text(a + 1.2 + (rng.uniform(0, 1.2) if hand and not islab else 0), yy, ln, sz, fnt, col)
        y += h
    h = 22
    p.rect(X[0], y, X[4], y + h, outline=(110, 80, 60), width=0.3)
    p.line(X[2], y, X[2], y + h, 0.3, (110, 80, 60))
    p.text(X[0] + 1.5, y + 6, "承办人签章", lab, font, BLACK)
    p.text(X[0] + 14, y + 15, P["clerk"], vs, "wenkai", ink)
    p.text(X[2] + 1.5, y + 6, "登记日期", lab, font, BLACK)
    p.text(X[2] + 6, y + 16, f"{rd.year}年{rd.month}月{rd.day}日", vs, vfont, ink)
    s = seal_image(f"{P['reg'][2] or P['reg'][1]}公安局{P['reg'][3]}分局户口专用章", "", rng=rng, px=500)
    sx = rng.uniform(60, 80)
    p.image(s, sx, y - 30, sx + 32, y + 2)
    return p


def collective(f, P, rng, office, station):
    p = Page()
    font = rng.choice(["song", "serif", "ming"])
    p.text(105, 45, rng.choice(["户 籍 证 明", "常住人口户籍证明"]), 20, font if font != "song" else "serifb", BLACK, anchor="m", spacing=2)
    d = D(f["issue_date"])
    body = (f"兹证明{f['name']}（公民身份号码：{f['id_number']}），{P['sex']}，{ymd(P['birth'], 'cn')}出生，"
            f"系我所辖区集体户口，户籍地址：{f['address']}。")
    y = p.para(25, 70, body, 160, 12.5, font, lead=1.9, indent=2)
    y = p.para(25, y + 6, "该同志户口在我所集体户内，特此证明。", 160, 12.5, font, lead=1.9, indent=2)
    p.para(25, y + 6, "（本证明自开具之日起三个月内有效）", 160, 10.5, font, lead=1.9, indent=2)
    p.text(160, 200, f"{office}{station}", 12, font, BLACK, anchor="m")
    p.text(160, 210, f"{d.year}年{d.month}月{d.day}日", 12, font, BLACK, anchor="m")
    p.image(seal_image(f"{office}{station}", "户籍专用", rng=rng, px=500), 138, 182, 182, 226)
    p.text(25, 250, "经办人：" + P["clerk"] + "      联系电话：" + f"0{rng.randint(100, 999)}-{rng.randint(2000000, 8999999)}", 10, font, BLACK)
    return p


# --------------------------------------------------------------- marriage
def marriage(f, P, rng, doc):
    p = Page(200, 140, bg=(252, 238, 232))
    g = guilloche(600, 420, color=(240, 170, 170), seed=rng.randint(0, 999), strength=25)
    p.image(g, 0, 0, 200, 140)
    p.line(100, 0, 100, 140, 0.4, (200, 150, 150))
    font = rng.choice(["song", "kai", "serif"])
    vf = rng.choice(["sans", "song", "kai"])
    p.text(12, 25, "持证人", 10.5, font, (120, 40, 40))
    p.text(32, 25, f["holder_name"], 12, vf, BLACK)
    p.text(12, 40, "登记日期", 10.5, font, (120, 40, 40))
    p.text(32, 40, ymd(f["registration_date"], rng.choice(["cn", "cn0"])), 12, vf, BLACK)
    p.text(12, 55, "结婚证字号", 10.5, font, (120, 40, 40))
    p.text(36, 55, doc["reg_no"], 11, vf, BLACK)
    p.text(12, 70, "备注", 10.5, font, (120, 40, 40))
    p.image(seal_image(f"{P['reg'][2] or P['reg'][1]}{P['reg'][3]}民政局婚姻登记专用章", "", rng=rng, px=500), 45, 78, 85, 118)
    p.text(50, 132, "中华人民共和国民政部监制", 7, font, (140, 80, 80), anchor="m")
    ph = Image.new("RGB", (400, 280), (200, 40, 40))
    ph.paste(portrait(180, 240, rng.randint(0, 99)), (20, 30))
    ph.paste(portrait(180, 240, rng.randint(100, 199)), (200, 30))
    p.image(ph, 122, 8, 178, 47)
    holder = dict(name=f["holder_name"], sex=P["sex"], birth=P["birth"], id=P["id"])
    spouse = dict(name=f["spouse_name"], sex=doc["sp_sex"], birth=doc["sp_birth"], id=f["spouse_id_number"])
    first, second = (holder, spouse) if P["male"] else (spouse, holder)
    y = 58
    for who in (first, second):
        p.text(108, y, "姓名", 9, font, (120, 40, 40)); p.text(120, y, who["name"], 10.5, vf, BLACK)
        p.text(150, y, "性别", 9, font, (120, 40, 40)); p.text(162, y, who["sex"], 10.5, vf, BLACK)
        p.text(108, y + 8, "国籍", 9, font, (120, 40, 40)); p.text(120, y + 8, "中国", 10.5, vf, BLACK)
        p.text(142, y + 8, "出生日期", 9, font, (120, 40, 40)); p.text(158, y + 8, ymd(who["birth"], "dash"), 10, vf, BLACK)
        p.text(108, y + 16, "身份证件号", 9, font, (120, 40, 40)); p.text(128, y + 16, who["id"], 10.5, vf, BLACK)
        y += 34
    return p
