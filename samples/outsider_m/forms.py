"""Renderers: each returns a list of Page objects for one document (fields from the truth)."""
import datetime as dt
from .canvas import Page
from . import elements as E
from .data import cn_date, cn_year, cn_num, DEGREE_DISC

BLACK = (0, 0, 0)
GREY = (110, 110, 110)


def D(s):
    return dt.date.fromisoformat(s)


def dots(s, sep="."):
    return s.replace("-", sep)


def cdate(s, pad=False):
    d = D(s)
    return ("%d年%02d月%02d日" if pad else "%d年%d月%d日") % (d.year, d.month, d.day)


def pick(rng, *a):
    return rng.choice(a)


# ---------------------------------------------------------------- ID card
def id_front(f, ctx, rng):
    p = Page(85.6, 54, bg=(245, 245, 245), dpi_hint=400)
    p.image(0, 0, 85.6, 54, E.guilloche(856, 540, rng))
    lab = pick(rng, (70, 130, 190), (90, 150, 200), (60, 120, 175))
    ff = pick(rng, "sans", "wqy", "zenhei")
    x0, xv, s = 5.5, 15.5, 3.2
    p.text(x0, 6, "姓  名", 2.6, ff, lab); p.text(xv, 5.6, f["name"], 3.8, ff, BLACK)
    p.text(x0, 12.5, "性  别", 2.6, ff, lab); p.text(xv, 12.3, f["sex"], s, ff, BLACK)
    p.text(30, 12.5, "民  族", 2.6, ff, lab); p.text(40, 12.3, f["ethnicity"], s, ff, BLACK)
    b = D(f["birth_date"])
    p.text(x0, 18.5, "出  生", 2.6, ff, lab)
    p.text(xv, 18.3, str(b.year), s, ff, BLACK); p.text(xv + 9.2, 18.5, "年", 2.6, ff, lab)
    p.text(xv + 17.2, 18.3, str(b.month), s, ff, BLACK, "r"); p.text(xv + 17.8, 18.5, "月", 2.6, ff, lab)
    p.text(xv + 25.5, 18.3, str(b.day), s, ff, BLACK, "r"); p.text(xv + 26.1, 18.5, "日", 2.6, ff, lab)
    p.text(x0, 24.5, "住  址", 2.6, ff, lab)
    for i, ln in enumerate(p.wrap(f["address"], s, 38, ff)):
        p.text(xv, 24.3 + i * 4.3, ln, s, ff, BLACK)
    p.text(x0, 44.5, "公民身份号码", 2.6, ff, lab)
    p.text(28, 44, f["id_number"], 3.9, "ocrb", BLACK, spacing=0.35)
    p.image(57, 7, 24, 30, E.portrait(ctx["male"], rng))
    return [p]


def id_back(f, ctx, rng):
    p = Page(85.6, 54, bg=(245, 245, 245), dpi_hint=400)
    p.image(0, 0, 85.6, 54, E.guilloche(856, 540, rng, base=(244, 240, 232), ink=(215, 200, 185)))
    p.image(6, 5, 17, 17, E.emblem())
    p.text(50, 8, "中华人民共和国", 4.0, pick(rng, "serifb", "sansb"), BLACK, "c", spacing=0.6)
    p.text(50, 16, "居民身份证", 6.0, pick(rng, "serifb", "sansb"), BLACK, "c", spacing=1.2)
    lab = (60, 60, 60)
    p.text(16, 37, "签发机关", 2.6, "sans", lab); p.text(31, 36.8, f["issuing_authority"], 3.1, "sans", BLACK)
    vu = "长期" if f["valid_until"] == "long_term" else dots(f["valid_until"])
    p.text(16, 43.5, "有效期限", 2.6, "sans", lab); p.text(31, 43.3, "%s-%s" % (dots(f["valid_from"]), vu), 3.1, "sans", BLACK)
    return [p]


def id_a4(f, ctx, rng, front_only=False):
    """A4 copy holding the faces (side by side or stacked)."""
    fr, bk = id_front(f, ctx, rng)[0].render(dpi=300), None if front_only else id_back(f, ctx, rng)[0].render(dpi=300)
    p = Page(210, 297)
    stacked = rng.random() < 0.6
    if stacked:
        x = rng.uniform(45, 70)
        p.image(x, rng.uniform(30, 50), 85.6, 54, fr)
        if bk:
            p.image(x + rng.uniform(-5, 5), rng.uniform(120, 150), 85.6, 54, bk)
    else:
        p.image(12, 60, 85.6, 54, fr)
        if bk:
            p.image(110, 60 + rng.uniform(-3, 3), 85.6, 54, bk)
    if rng.random() < 0.5:
        p.text(105, 250, pick(rng, "本复印件与原件一致", "身份证复印件", "此复印件仅供居住证积分申请使用"), 5, "kai", (40, 40, 40), "c")
    return [p]


# ---------------------------------------------------------------- residence permit
def rp_card(f, ctx, rng):
    p = Page(85.6, 54, bg=(232, 240, 250), dpi_hint=400)
    p.image(0, 0, 85.6, 54, E.guilloche(856, 540, rng, base=(230, 238, 248), ink=(175, 200, 230)))
    p.text(42.8, 4.5, "上海市居住证", 5.2, "serifb", (20, 60, 140), "c", spacing=1.0)
    ff = pick(rng, "sans", "wqy")
    lab = (40, 80, 150)
    p.text(5, 14, "姓名", 2.7, ff, lab); p.text(17, 13.7, f["name"], 3.6, ff, BLACK)
    p.text(5, 20.5, "公民身份号码", 2.7, ff, lab); p.text(5, 24.5, f["id_number"], 3.3, "ocrb", BLACK)
    p.text(5, 31, "居住地址", 2.7, ff, lab)
    for i, ln in enumerate(p.wrap(f["residence_address"], 2.9, 42, ff)):
        p.text(17, 30.8 + i * 3.7, ln, 2.9, ff, BLACK)
    p.text(5, 46, "有效期限", 2.7, ff, lab)
    p.text(17, 45.8, "%s-%s" % (dots(f["valid_from"]), dots(f["valid_until"])), 3.0, ff, BLACK)
    p.image(61, 12, 20, 25, E.portrait(ctx["male"], rng))
    back = Page(85.6, 54, bg=(240, 244, 250), dpi_hint=400)
    back.image(8, 16, 12, 9.6, E.chip())
    back.text(42.8, 5, "签 注 记 录", 3.4, "sansb", (20, 60, 140), "c")
    back.text(30, 15, "签注日期", 2.6, "sans", GREY); back.text(30, 19, cdate(f["issue_date"]), 3.0, "sans", BLACK)
    back.text(30, 26, "签发机关", 2.6, "sans", GREY); back.text(30, 30, "上海市公安局", 3.0, "sans", BLACK)
    back.text(42.8, 46, "持证人享有本市规定的相关权益", 2.4, "sans", GREY, "c")
    return [p, back]


def rp_info(f, ctx, rng):
    p = Page(210, 297)
    ff = pick(rng, "song", "sans", "serif", "kai")
    v = rng.randint(0, 2)
    top = rng.uniform(22, 40)
    p.text(105, top, pick(rng, "上海市居住证信息", "居住证信息查询结果", "《上海市居住证》信息单"), pick(rng, 6.5, 7, 5.8), ff.replace("kai", "sans") + ("b" if ff in ("sans", "serif") else ""), BLACK, "c")
    if rng.random() < 0.5:
        p.text(105, top + 10, pick(rng, "（一网通办 打印件）", "上海市实有人口服务和管理工作领导小组办公室"), 3.2, ff, GREY, "c")
    vu = "%s至%s" % (dots(f["valid_from"]), dots(f["valid_until"]))
    hk_lab = pick(rng, "常住户口所在地住址", "户籍地址")
    id_lab = pick(rng, "证件号码", "公民身份号码")
    y = top + 22
    items = [("姓名", f["name"]), (id_lab, f["id_number"]), (hk_lab, f["hukou_address"]),
             ("居住地址", f["residence_address"]), (pick(rng, "签发日期", "签注日期"), dots(f["issue_date"], pick(rng, "-", ".")))]
    split = rng.random() < 0.4
    if split:
        items += [("有效期限起", dots(f["valid_from"])), ("有效期限止", dots(f["valid_until"]))]
    else:
        items += [("有效期限", vu)]
    fs = pick(rng, 3.8, 4.2, 4.5)
    if v == 0:  # two-column ruled grid
        L, M, R = 22, 22 + pick(rng, 40, 48, 55), 188
        for lab, val in items:
            lines = p.wrap(val, fs, R - M - 6, ff)
            h = max(11, 6 + 6 * len(lines))
            p.rect(L, y, R - L, h, outline=BLACK, lw=0.3)
            p.line(M, y, M, y + h, 0.3)
            p.text(L + 3, y + h / 2 - fs / 2, lab, fs, ff, BLACK)
            for i, ln in enumerate(lines):
                p.text(M + 3, y + (h - 6 * len(lines)) / 2 + i * 6 + 0.8, ln, fs, ff, BLACK)
            y += h
    elif v == 1:  # four-column grid: short items paired
        L, R = 18, 192
        cw = (R - L) / 4
        short = [it for it in items if len(it[1]) <= 22]
        long = [it for it in items if len(it[1]) > 22]
        for i in range(0, len(short), 2):
            pair = short[i:i + 2]
            for j, (lab, val) in enumerate(pair):
                x = L + j * 2 * cw
                p.rect(x, y, cw, 12, outline=BLACK, fill=(238, 238, 238)); p.rect(x + cw, y, cw, 12, outline=BLACK)
                p.text(x + 2, y + 4, lab, fs * 0.85, ff, BLACK); p.text(x + cw + 2, y + 4, val, fs * 0.85, ff, BLACK)
            y += 12
        for lab, val in long:
            lines = p.wrap(val, fs * 0.9, 3 * cw - 5, ff)
            h = max(12, 5 + 6 * len(lines))
            p.rect(L, y, cw, h, outline=BLACK, fill=(238, 238, 238)); p.rect(L + cw, y, 3 * cw, h, outline=BLACK)
            p.text(L + 2, y + h / 2 - 2, lab, fs * 0.85, ff, BLACK)
            for i, ln in enumerate(lines):
                p.text(L + cw + 2, y + 3 + i * 6, ln, fs * 0.9, ff, BLACK)
            y += h
    else:  # list, label on its own row above long values sometimes
        L = pick(rng, 25, 30)
        for lab, val in items:
            if len(val) > 24 and rng.random() < 0.6:
                p.text(L, y, lab + "：", fs, ff, BLACK); y += fs + 2.5
                for ln in p.wrap(val, fs, 150, ff):
                    p.text(L + 10, y, ln, fs, ff, BLACK); y += fs + 2.5
            else:
                p.text(L, y, lab + "：", fs, ff, BLACK)
                for ln in p.wrap(val, fs, 120, ff):
                    p.text(L + 45, y, ln, fs, ff, BLACK); y += fs + 2.5
            y += 3
            if rng.random() < 0.3:
                p.line(L, y - 1.5, 185, y - 1.5, 0.15, (150, 150, 150))
    y += 15
    p.text(150, y, "打印日期：%s" % dots(ctx["print_date"]), 3.2, ff, GREY, "c")
    if rng.random() < 0.55:
        p.image(125, y - 25, 40, 40, E.seal("上海市公安局人口管理办公室", "居住证专用章", rng=rng))
    return [p]


def rp_screen(f, ctx, rng):
    W, H = 1080, pick(rng, 2340, 2400, 2280)
    p = Page(W, H, bg=(244, 245, 247), unit="px")
    ff = pick(rng, "sans", "wqy")
    p.text(60, 30, "%d:%02d" % (rng.randint(8, 22), rng.randint(0, 59)), 40, ff, BLACK)
    p.text(1020, 30, "5G  %d%%" % rng.randint(20, 99), 36, ff, BLACK, "r")
    p.text(540, 120, pick(rng, "电子居住证", "居住证", "我的电子证照"), 50, ff, BLACK, "c")
    p.text(50, 118, "‹", 60, ff, BLACK)
    col = pick(rng, (36, 104, 220), (18, 150, 120), (200, 60, 50), (60, 90, 170))
    p.rect(40, 220, 1000, 360, outline=None, fill=col, radius=36)
    p.text(90, 265, "上海市居住证", 44, ff, (255, 255, 255))
    p.text(90, 360, f["name"], 96, ff + ("" if ff == "wqy" else "b") if ff == "sans" else ff, (255, 255, 255))
    p.text(90, 500, pick(rng, "随申办 · 电子证照", "Shanghai Residence Permit"), 34, ff, (225, 235, 255))
    p.rect(40, 620, 1000, 1280, outline=None, fill=(255, 255, 255), radius=30)
    rows = [("证件号码", f["id_number"]), (pick(rng, "户籍地址", "常住户口所在地住址"), f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签发日期", f["issue_date"]),
            ("有效期限", "%s至%s" % (f["valid_from"], f["valid_until"]))]
    y = 670
    for lab, val in rows:
        p.text(80, y, lab, 40, ff, (140, 140, 145))
        lines = p.wrap(val, 42, 560, ff)
        for i, ln in enumerate(lines):
            p.text(1000, y + i * 58, ln, 42, ff, (20, 20, 20), "r")
        y += max(1, len(lines)) * 58 + 60
        p.line(80, y - 30, 1000, y - 30, 2, (235, 235, 238))
    p.rect(240, 1980, 600, 110, outline=None, fill=col, radius=55)
    p.text(540, 2008, "出示二维码", 48, ff, (255, 255, 255), "c")
    return [p]


# ---------------------------------------------------------------- household register
def hk_cover_page(f, ctx, rng, w=145, h=105):
    p = Page(w, h, bg=pick(rng, (250, 246, 236), (246, 244, 240), (252, 250, 245)), dpi_hint=300)
    ff = pick(rng, "song", "kai", "sans", "ming")
    p.text(w / 2, 8, "常住人口登记卡" if False else "户口簿", 6, "serifb", (60, 40, 30), "c", spacing=3)
    L, R, top = 8, w - 8, 20
    colw = (R - L)
    ink = (10, 10, 10) if rng.random() < 0.6 else (30, 40, 90)
    rows = [[("户别", f["household_type"]), ("户主姓名", f["head_name"])],
            [("户号", f["household_number"]), ("住址", None)]]
    rh = 14
    y = top
    # row 1
    c = [L, L + 22, L + 62, L + 88, R]
    for i in range(4):
        p.rect(c[i], y, c[i + 1] - c[i], rh, outline=(60, 40, 30), lw=0.3)
    p.text(c[0] + 3, y + 5, "户  别", 3.5, "song", (60, 40, 30)); p.text(c[1] + 3, y + 4.5, f["household_type"], 4.2, ff, ink)
    p.text(c[2] + 2, y + 5, "户主姓名", 3.5, "song", (60, 40, 30)); p.text(c[3] + 3, y + 4.5, f["head_name"], 4.2, ff, ink)
    y += rh
    p.rect(c[0], y, c[1] - c[0], rh, outline=(60, 40, 30), lw=0.3); p.rect(c[1], y, R - c[1], rh, outline=(60, 40, 30), lw=0.3)
    p.text(c[0] + 3, y + 5, "户  号", 3.5, "song", (60, 40, 30)); p.text(c[1] + 3, y + 4.5, f["household_number"], 4.2, ff, ink)
    y += rh
    lines = p.wrap(f["address"], 4.0, R - c[1] - 6, ff)
    ah = max(rh, 5 + 6 * len(lines))
    p.rect(c[0], y, c[1] - c[0], ah, outline=(60, 40, 30), lw=0.3); p.rect(c[1], y, R - c[1], ah, outline=(60, 40, 30), lw=0.3)
    p.text(c[0] + 3, y + ah / 2 - 2, "住  址", 3.5, "song", (60, 40, 30))
    for i, ln in enumerate(lines):
        p.text(c[1] + 3, y + 3 + i * 6, ln, 4.0, ff, ink)
    y += ah
    p.rect(c[0], y, (R - L) / 2, 22, outline=(60, 40, 30), lw=0.3); p.rect(L + (R - L) / 2, y, (R - L) / 2, 22, outline=(60, 40, 30), lw=0.3)
    p.text(c[0] + 3, y + 3, "户口登记机关", 3.2, "song", (60, 40, 30))
    p.text(L + (R - L) / 2 + 3, y + 3, "承办人签章", 3.2, "song", (60, 40, 30))
    p.text(L + (R - L) / 2 + 25, y + 11, ctx["clerk"], 4.2, "kai", ink)
    p.text(R - 3, y + 23.5, "签发日期  %s" % cdate(f["issue_date"]), 3.4, ff, ink, "r")
    sx = rng.uniform(L + 4, L + 30)
    p.image(sx, y - rng.uniform(12, 22), 34, 34, E.seal(ctx["police"] + "户口专用章", "", rng=rng))
    return p


def hk_member_page(f, ctx, rng, w=145, h=105):
    p = Page(w, h, bg=pick(rng, (250, 246, 236), (248, 247, 243)), dpi_hint=300)
    hand = rng.random() < 0.4
    ff = pick(rng, "ukai", "kai", "wenkai") if hand else pick(rng, "song", "sans", "ming")
    ink = pick(rng, (20, 30, 80), (15, 15, 15)) if hand else (10, 10, 10)
    lc = (60, 40, 30)
    p.text(w / 2, 4, "常住人口登记卡", 5, "serifb", lc, "c", spacing=1.5)
    L, R, top, rh = 5, w - 5, 12, 7.6
    b = D(f["birth_date"])
    bd = "%d年%d月%d日" % (b.year, b.month, b.day)
    emp = f.get("employer", "")
    grid = [
        [("姓名", f["name"], 3), ("户主或与户主关系", f["relation_to_head"], 2)],
        [("曾用名", "", 3), ("性别", f["sex"], 2)],
        [("出生地", f["birthplace"], 3), ("民族", f["ethnicity"], 2)],
        [("籍贯", f["native_place"], 3), ("出生日期", bd, 2)],
        [("本市(县)其他住址", "", 5)],
        [("宗教信仰", "", 2), ("公民身份证件编号", f["id_number"], 3)],
        [("身高", "", 1), ("血型", "", 1), ("文化程度", f["education"], 1), ("婚姻状况", f["marital_status"], 1), ("兵役状况", "", 1)],
        [("服务处所", emp, 3), ("职业", ctx.get("job", ""), 2)],
        [("何时由何地迁来本市(县)", "", 5)],
        [("何时由何地迁来本址", "", 5)],
    ]
    y = top
    U = (R - L) / 5
    for row in grid:
        x = L
        for lab, val, span in row:
            cw = U * span
            p.rect(x, y, cw, rh, outline=lc, lw=0.25)
            lw_ = min(cw * 0.45, p.width(lab, 2.2, "song") + 2)
            p.text(x + 1, y + 2.6, lab, 2.2, "song", lc)
            if val:
                fs = 3.3 if p.width(val, 3.3, ff) < cw - lw_ - 2 else max(2.2, 3.3 * (cw - lw_ - 2) / p.width(val, 3.3, ff))
                p.text(x + lw_ + 1, y + (rh - fs) / 2, val, fs, ff, ink)
            x += cw
        y += rh
    p.rect(L, y, R - L, 12, outline=lc, lw=0.25)
    p.text(L + 2, y + 2, "承办人签章", 2.4, "song", lc); p.text(L + 25, y + 5, ctx["clerk"], 3.6, "kai", ink)
    p.text(R - 3, y + 6, "登记日期 %s" % cdate(f["registration_date"]), 3.0, ff, ink, "r")
    p.image(rng.uniform(R - 60, R - 40), y - rng.uniform(20, 28), 32, 32, E.seal(ctx["police"] + "户口专用章", "", rng=rng))
    return p


def hk_cover(f, ctx, rng):
    return [hk_cover_page(f, ctx, rng)]


def hk_member(f, ctx, rng):
    return [hk_member_page(f, ctx, rng)]


def hk_open_booklet(fc, fm, ctx, rng):
    """Open booklet / A4 copy: cover and member page on one page."""
    a, b = hk_cover_page(fc, ctx, rng).render(dpi=300), hk_member_page(fm, ctx, rng).render(dpi=300)
    if rng.random() < 0.5:
        p = Page(300, 115, bg=(200, 60, 50), dpi_hint=250)
        p.image(4, 5, 145, 105, a); p.image(151, 5, 145, 105, b)
    else:
        p = Page(210, 297)
        p.image(32, 25, 145, 105, a); p.image(32, 150, 145, 105, b)
    return [p]


def collective(f, ctx, rng):
    p = Page(210, 297)
    ff = pick(rng, "song", "serif", "kai")
    p.text(105, 40, pick(rng, "户 籍 证 明", "常住人口户籍证明", "集体户口户籍证明"), 8, "serifb" if ff != "kai" else "kai", BLACK, "c")
    body = ("兹证明%s（公民身份号码：%s），系本辖区集体户口常住人口，户籍地址：%s。" % (f["name"], f["id_number"], f["address"])
            + "该同志户口现在本集体户内，特此证明。")
    y = 70
    p.text(25, y, "%s：" % pick(rng, "上海市居住证积分受理点", "有关单位"), 4.6, ff, BLACK); y += 11
    for ln in p.wrap("    " + body, 4.6, 160, ff):
        p.text(25, y, ln, 4.6, ff, BLACK); y += 9
    y += 6
    p.text(25, y, "（本证明有效期三个月）", 3.8, ff, GREY)
    p.text(180, y + 30, ctx["police_station"], 4.6, ff, BLACK, "r")
    p.text(180, y + 42, cdate(f["issue_date"]), 4.6, ff, BLACK, "r")
    p.image(125, y + 15, 42, 42, E.seal(ctx["police_station"], "户籍专用章", rng=rng))
    p.text(25, 270, "经办人：%s    联系电话：%s" % (ctx["clerk"], "0%d-%d" % (rng.randint(311, 991), rng.randint(1000000, 8999999))), 3.4, ff, GREY)
    return [p]
