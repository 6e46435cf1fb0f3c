"""Renderers: each returns a list of page specs (w, h, draw(surface), kind).

kind: "paper" (A4 and other paper; may become a text PDF), "card" (ID card,
residence-permit card), "screen" (a phone screenshot, pixel units)."""
import math

from . import fonts
from .norm import fmt_amount, fmt_date, fmt_month

BLACK = (25, 25, 25)
GREY = (120, 120, 120)
LBLUE = (60, 125, 185)
RED = (205, 30, 35)


def T(d, f, row=None):
    return (d["_i"], f) if row is None else (d["_i"], f, row)


def check_glyph(style="sans"):
    return "☑" if all(fonts.has(k, "☑") for k in fonts.PDF_CHAINS[style][:1]) else "■"


def seq(s, x, y, parts, size=11, style="sans", fill=BLACK, anchor="l"):
    """Draw parts [(text, tag|None, fill|None)] one after another on a line."""
    tot = sum(s.width(p[0], size, style) for p in parts)
    if anchor == "r":
        x -= tot
    elif anchor == "c":
        x -= tot / 2
    for p in parts:
        txt, tag = p[0], p[1]
        col = p[2] if len(p) > 2 and p[2] else fill
        x += s.text(x, y, txt, size, style, col, tag=tag)
    return x


def df(d, f):
    return d["fields"].get(f)


# ====================================================================== ID card
def id_front(d, P, rng, style):
    f = d["fields"]
    birth = f["birth_date"]
    y, m, dd = birth[:4], int(birth[5:7]), int(birth[8:10])

    def draw(s):
        s.rect(0, 0, 428, 270, fill=(240, 242, 236), radius=14)
        for k in range(14):
            pts = [(x, 135 + 70 * math.sin(x / 40 + k * 0.45) * math.cos(k)) for x in range(0, 429, 12)]
            for a, b in zip(pts, pts[1:]):
                s.line(a[0], a[1], b[0], b[1], fill=(200, 215, 225), width=0.5)
        s.text(26, 30, "姓 名", 10, "hei", LBLUE)
        s.text(70, 27, f["name"], 15, "hei", BLACK, tag=T(d, "name"))
        s.text(26, 62, "性 别", 10, "hei", LBLUE)
        s.text(70, 60, f["sex"], 13, "hei", BLACK, tag=T(d, "sex"))
        s.text(120, 62, "民 族", 10, "hei", LBLUE)
        s.text(160, 60, f["ethnicity"], 13, "hei", BLACK, tag=T(d, "ethnicity"))
        s.text(26, 94, "出 生", 10, "hei", LBLUE)
        s.text(70, 92, f"{y}  年  {m}  月  {dd}  日", 13, "hei", BLACK, tag=T(d, "birth_date"))
        s.text(26, 126, "住 址", 10, "hei", LBLUE)
        s.wrap(70, 124, f["address"], 200, 13, "hei", BLACK, tag=T(d, "address"))
        s.text(26, 222, "公民身份号码", 10, "hei", LBLUE)
        s.text(118, 218, f["id_number"], 17, "ocr", BLACK, tag=T(d, "id_number"))
        s.rect(300, 36, 400, 186, fill=(228, 230, 232))
        s.ellipse(325, 55, 375, 115, fill=(150, 150, 155))
        s.ellipse(305, 112, 395, 200, fill=(150, 150, 155))
        s.rect(300, 186, 400, 200, fill=(240, 242, 236))
    return [(428, 270, draw, "card")]


def id_back(d, P, rng, style):
    f = d["fields"]

    def draw(s):
        s.rect(0, 0, 428, 270, fill=(236, 240, 244), radius=14)
        for k in range(10):
            s.ellipse(214 - 20 * k, 135 - 9 * k, 214 + 20 * k, 135 + 9 * k, outline=(205, 215, 228), width=0.5)
        s.ellipse(30, 25, 100, 95, outline=RED, width=3)
        s.ellipse(48, 43, 82, 77, fill=(230, 190, 60))
        s.text(140, 40, "中华人民共和国", 20, "serif_bold", BLACK)
        s.text(140, 80, "居民身份证", 30, "serif_bold", BLACK)
        s.text(70, 180, "签发机关", 11, "hei", BLACK)
        s.text(140, 178, f["issuing_authority"], 13, "hei", BLACK, tag=T(d, "issuing_authority"))
        s.text(70, 214, "有效期限", 11, "hei", BLACK)
        vu = "长期" if f["valid_until"] == "long_term" else fmt_date(f["valid_until"], "dot")
        seq(s, 140, 212, [(fmt_date(f["valid_from"], "dot"), T(d, "valid_from")), ("-", None),
                          (vu, T(d, "valid_until"))], 13, "hei")
    return [(428, 270, draw, "card")]


def id_a4_copy(d, P, rng, style, permit=None):
    front = id_front(d, P, rng, style)[0][2]
    back = id_back(d, P, rng, style)[0][2] if "valid_until" in d["fields"] else None
    side = rng.random() < 0.5
    from .surface import Sub

    def draw(s):
        k = 0.62
        if side and back:
            front(Sub(s, 30, 120, k))
            back(Sub(s, 30 + 428 * k + 15, 120, k))
        else:
            front(Sub(s, 150, 90, k))
            if back:
                back(Sub(s, 150, 90 + 270 * k + 40, k))
        s.text(297, 700, "本复印件仅供居住证积分使用，他用无效", 13, "kai", (60, 60, 160), anchor="c")
        s.text(420, 740, "签名：", 11, "sans")
    return [(595, 842, draw, "paper")]


# ====================================================================== residence permit
def browser_chrome(s, title, url, page, pages, stamp):
    s.text(20, 14, stamp, 7, "sans", BLACK)
    s.text(297, 14, title, 7, "sans", BLACK, anchor="c")
    s.text(20, 824, url, 7, "sans", BLACK)
    s.text(575, 824, f"{page}/{pages}", 7, "sans", BLACK, anchor="r")


def portal_header(s, site, crumbs, rng):
    s.rect(30, 32, 565, 62, fill=(20, 90, 170))
    s.text(44, 40, site, 13, "bold", (255, 255, 255))
    x = 300
    for item in ["首页", "个人服务", "法人服务", "我的空间"]:
        x += s.text(x, 43, item, 9, "sans", (220, 230, 250)) + 16
    s.text(30, 70, " > ".join(crumbs), 8, "sans", GREY)


def permit_info(d, P, rng, style):
    f = d["fields"]
    four = rng.random() < 0.5
    lab_id = rng.choice(["证件号码", "公民身份号码"])
    lab_hk = rng.choice(["户籍地址", "常住户口所在地住址"])
    split_validity = rng.random() < 0.5
    stamp = fmt_date(P["_print_date"], "slash") + f" {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"

    def draw(s):
        browser_chrome(s, "居住证信息查询 - 上海一网通办", "https://zwdt.sh.gov.cn/govPortals/personal/jzzxx", 1, 1,
                       stamp)
        portal_header(s, "上海市人民政府 · 一网通办", ["首页", "我的空间", "我的证照", "上海市居住证"], rng)
        s.text(297, 100, "上海市居住证信息", 16, "bold", BLACK, anchor="c")
        rows = [("姓名", "name"), (lab_id, "id_number"), (lab_hk, "hukou_address"), ("居住地址", "residence_address"),
                ("签发日期" if rng.random() < 0.6 else "签注日期", "issue_date")]
        y = 135
        x0, x1 = 40, 555
        lw = 110
        if four:
            # name | id on one line; the rest full width
            h = 30
            s.rect(x0, y, x1, y + h, outline=GREY, width=0.6)
            s.rect(x0, y, x0 + 70, y + h, fill=(238, 242, 248), outline=GREY, width=0.6)
            s.text(x0 + 8, y + 9, "姓名", 10.5, "sans", BLACK)
            s.text(x0 + 78, y + 9, f["name"], 10.5, "sans", BLACK, tag=T(d, "name"))
            mid = 260
            s.rect(mid, y, mid + 90, y + h, fill=(238, 242, 248), outline=GREY, width=0.6)
            s.text(mid + 8, y + 9, lab_id, 10.5, "sans", BLACK)
            s.text(mid + 98, y + 9, f["id_number"], 10.5, "sans", BLACK, tag=T(d, "id_number"))
            y += h
            rows = rows[2:]
        for lab, key in rows:
            nl = max(1, math.ceil(s.width(fmt_val(key, f[key]), 10.5) / (x1 - x0 - lw - 16)))
            h = 14 + nl * 14
            s.rect(x0, y, x1, y + h, outline=GREY, width=0.6)
            s.rect(x0, y, x0 + lw, y + h, fill=(238, 242, 248), outline=GREY, width=0.6)
            s.text(x0 + 8, y + 8, lab, 10.5, "sans", BLACK)
            s.wrap(x0 + lw + 8, y + 8, fmt_val(key, f[key]), x1 - x0 - lw - 16, 10.5, "sans", BLACK,
                   lh=1.3, tag=T(d, key))
            y += h
        if "valid_until" in f:
            if split_validity:
                for lab, key in (("有效期起", "valid_from"), ("有效期止", "valid_until")):
                    s.rect(x0, y, x1, y + 28, outline=GREY, width=0.6)
                    s.rect(x0, y, x0 + lw, y + 28, fill=(238, 242, 248), outline=GREY, width=0.6)
                    s.text(x0 + 8, y + 8, lab, 10.5, "sans", BLACK)
                    s.text(x0 + lw + 8, y + 8, fmt_date(f[key], "dash"), 10.5, "sans", BLACK, tag=T(d, key))
                    y += 28
            else:
                s.rect(x0, y, x1, y + 28, outline=GREY, width=0.6)
                s.rect(x0, y, x0 + lw, y + 28, fill=(238, 242, 248), outline=GREY, width=0.6)
                s.text(x0 + 8, y + 8, "有效期限", 10.5, "sans", BLACK)
                seq(s, x0 + lw + 8, y + 8, [(fmt_date(f["valid_from"], "dot"), T(d, "valid_from")), ("至", None),
                                            (fmt_date(f["valid_until"], "dot"), T(d, "valid_until"))], 10.5)
                y += 28
        s.text(x0, y + 16, "注：1. 本页信息来源于上海市实有人口服务管理系统，仅供查询参考。", 8.5, "sans", GREY)
        s.text(x0, y + 30, "2. 居住证有效期内，持证人应按规定办理签注手续。", 8.5, "sans", GREY)
    return [(595, 842, draw, "paper")]


def fmt_val(key, v):
    return fmt_date(v, "cn") if key in ("issue_date",) else v


def permit_card(d, P, rng, style):
    f = d["fields"]

    def draw(s):
        s.rect(0, 0, 428, 270, fill=(226, 236, 246), radius=14)
        s.rect(0, 0, 428, 44, fill=(40, 100, 170))
        s.text(214, 10, "上海市居住证", 19, "bold", (255, 255, 255), anchor="c")
        s.text(24, 62, "姓名", 10, "hei", GREY)
        s.text(80, 59, f["name"], 14, "hei", BLACK, tag=T(d, "name"))
        s.text(24, 92, "公民身份号码", 10, "hei", GREY)
        s.text(110, 90, f["id_number"], 13, "hei", BLACK, tag=T(d, "id_number"))
        s.text(24, 122, "居住地址", 10, "hei", GREY)
        s.wrap(80, 120, f["residence_address"], 190, 12, "hei", BLACK, tag=T(d, "residence_address"))
        s.text(24, 196, "发证机关  上海市公安局", 10, "hei", GREY)
        if "valid_until" in f:
            s.text(24, 222, "有效期限", 10, "hei", GREY)
            seq(s, 80, 220, [(fmt_date(f["valid_from"], "dot"), T(d, "valid_from")), ("-", None),
                             (fmt_date(f["valid_until"], "dot"), T(d, "valid_until"))], 12, "hei")
        s.rect(310, 60, 400, 180, fill=(200, 205, 210))
        s.ellipse(330, 75, 380, 125, fill=(140, 140, 145))
        s.rect(316, 200, 366, 240, fill=(215, 185, 90), radius=6)
    return [(428, 270, draw, "card")]


# ---------------------------------------------------------------------- phone chrome
def status_bar(s, W, dark, rng, t):
    fg = (240, 240, 240) if dark else (20, 20, 20)
    k = W / 1080
    notch = (W + int(t.split(":")[1])) % 2 == 0  # one phone: the same notch on every screen
    s.text(60 * k, 28 * k, t, 38 * k, "sans", fg)
    if notch:
        s.rect(W / 2 - 170 * k, 10 * k, W / 2 + 170 * k, 92 * k, fill=(0, 0, 0), radius=40 * k)
    else:
        s.ellipse(W / 2 - 18 * k, 34 * k, W / 2 + 18 * k, 70 * k, fill=(10, 10, 10))
    x = W - 60 * k
    pct = rng.randint(8, 99)
    x -= s.text(x, 30 * k, f"{pct}", 30 * k, "sans", fg, anchor="r") + 8 * k
    s.rect(x - 62 * k, 36 * k, x, 68 * k, outline=fg, width=3 * k, radius=6 * k)
    s.rect(x - 58 * k, 40 * k, x - 58 * k + 54 * k * pct / 100, 64 * k, fill=fg if pct > 20 else (230, 60, 50))
    x -= 90 * k
    for b in range(4):
        s.rect(x + b * 14 * k, (66 - 9 * b - 8) * k, x + b * 14 * k + 9 * k, 68 * k, fill=fg)
    s.text(x - 70 * k, 30 * k, rng.choice(["5G", "4G", "5G"]), 28 * k, "sans", fg)
    return 110 * k


def title_bar(s, W, y, title, dark, k):
    fg = (240, 240, 240) if dark else (20, 20, 20)
    s.text(50 * k, y + 30 * k, "<", 52 * k, "sans", fg)
    s.text(W / 2, y + 32 * k, title, 48 * k, "bold", fg, anchor="c")
    s.text(W - 60 * k, y + 30 * k, "···", 44 * k, "sans", fg, anchor="r")
    return y + 130 * k


PHONES = [(1080, 2400), (1170, 2532), (1284, 2778), (1080, 2340), (1179, 2556)]


def permit_app(d, P, rng, style, cut=False):
    """随申办 电子居住证 / 亮证 page."""
    f = d["fields"]
    W, H = rng.choice(PHONES)
    k = W / 1080
    dark = rng.random() < 0.3
    bg = (18, 18, 20) if dark else (244, 245, 247)
    card = (36, 36, 40) if dark else (255, 255, 255)
    fg = (235, 235, 235) if dark else (25, 25, 25)
    lab = (150, 150, 155) if dark else (140, 140, 145)
    t = f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}"
    rows = [("证件号码", "id_number"), ("户籍地址", "hukou_address"), ("居住地址", "residence_address"),
            ("签发日期", "issue_date")]

    def layout(s, draw_it):
        y = status_bar(s, W, dark, rng, t) if draw_it else 110 * k
        y = title_bar(s, W, y, "电子居住证", dark, k) if draw_it else y + 130 * k
        by = y + 20 * k
        if draw_it:
            s.rect(40 * k, by, W - 40 * k, by + 360 * k, fill=(30, 110, 200), radius=36 * k)
            s.text(90 * k, by + 50 * k, "上海市居住证", 44 * k, "bold", (255, 255, 255))
            s.text(90 * k, by + 150 * k, f["name"], 88 * k, "bold", (255, 255, 255), tag=T(d, "name"))
            s.text(90 * k, by + 280 * k, "亮证时请出示本页面", 32 * k, "sans", (210, 228, 250))
            s.rect(W - 300 * k, by + 90 * k, W - 90 * k, by + 300 * k, fill=(255, 255, 255), radius=12 * k)
            for q in range(49):
                if rng.random() < 0.5:
                    qx, qy = q % 7, q // 7
                    s.rect(W - 285 * k + qx * 26 * k, by + 105 * k + qy * 26 * k, W - 259 * k + qx * 26 * k,
                           by + 131 * k + qy * 26 * k, fill=(20, 20, 20))
        y = by + 400 * k
        if draw_it:
            s.rect(40 * k, y, W - 40 * k, y + 1500 * k, fill=card, radius=30 * k)
        y += 30 * k
        for labt, key in rows:
            val = fmt_date(f[key], "dash") if key == "issue_date" else f[key]
            if draw_it:
                s.text(80 * k, y + 20 * k, labt, 40 * k, "sans", lab)
                n = s.wrap(W - 80 * k, y + 20 * k, val, 560 * k, 40 * k, "sans", fg, anchor="r", lh=1.3,
                           tag=T(d, key))
            else:
                n = 2 if len(val) > 14 else 1
            y += (40 + 52 * n) * k
            if draw_it:
                s.line(80 * k, y - 6 * k, W - 80 * k, y - 6 * k, fill=(60, 60, 64) if dark else (232, 232, 235))
        vy = y
        if draw_it:
            s.text(80 * k, vy + 20 * k, "有效期限", 40 * k, "sans", lab)
            seq(s, W - 80 * k, vy + 20 * k, [(fmt_date(f.get("valid_from", P["_vf"]), "dash"),
                                              T(d, "valid_from") if "valid_from" in f else None),
                                             ("至", None),
                                             (fmt_date(f.get("valid_until", P["_vu"]), "dash"),
                                              T(d, "valid_until") if "valid_until" in f else None)],
                40 * k, "sans", fg, anchor="r")
            s.text(W / 2, vy + 200 * k, "上海市公安局人口管理办公室", 34 * k, "sans", lab, anchor="c")
        return vy

    hh = H
    if cut:
        from .surface import PILSurface
        probe = PILSurface(W, H)
        state = rng.getstate()
        vy = layout(probe, True)
        rng.setstate(state)
        hh = int(vy + 31 * k)  # the validity row is cut at the screen edge: only the tops of its glyphs show

    def draw(s):
        s.rect(0, 0, W, hh, fill=bg)
        layout(s, True)
    return [(W, hh, draw, "screen")]


# ====================================================================== household register
def hk_cover(d, P, rng, style):
    f = d["fields"]
    hand = rng.random() < 0.5
    vs = "kai" if hand else "song"

    def draw(s):
        s.rect(0, 0, 500, 360, fill=(250, 246, 236))
        s.text(250, 18, "常住人口登记簿" if rng.random() < 0.01 else "户  口  簿", 18, "serif_bold", BLACK,
               anchor="c")
        x0, x1 = 30, 470
        ys = [60, 100, 160, 220, 280, 330]
        for y in ys:
            s.line(x0, y, x1, y, fill=(110, 90, 70), width=0.8)
        s.line(x0, 60, x0, 330, fill=(110, 90, 70), width=0.8)
        s.line(x1, 60, x1, 330, fill=(110, 90, 70), width=0.8)
        s.line(120, 60, 120, 330, fill=(110, 90, 70), width=0.6)
        s.line(250, 60, 250, 100, fill=(110, 90, 70), width=0.6)
        s.line(330, 60, 330, 100, fill=(110, 90, 70), width=0.6)
        s.text(45, 74, "户  别", 11, "song", BLACK)
        s.text(130, 72, f["household_type"], 13, vs, BLACK, tag=T(d, "household_type"))
        s.text(256, 74, "户主姓名", 11, "song", BLACK)
        s.text(340, 72, f["head_name"], 13, vs, BLACK, tag=T(d, "head_name"))
        s.text(45, 124, "户  号", 11, "song", BLACK)
        s.text(130, 122, f["household_number"], 13, vs, BLACK, tag=T(d, "household_number"))
        s.text(45, 184, "住  址", 11, "song", BLACK)
        s.wrap(130, 172, f["address"], 330, 13, vs, BLACK, tag=T(d, "address"))
        s.text(38, 244, "承办人签章", 11, "song", BLACK)
        s.text(140, 242, rng.choice(["李建国", "王芳", "张卫东"]), 12, "kai", (40, 40, 120))
        s.text(45, 300, "签发日期", 11, "song", BLACK)
        s.text(130, 298, fmt_date(f["issue_date"], rng.choice(["cn", "cn0"])), 13, vs, BLACK, tag=T(d, "issue_date"))
        s.seal(380, 200, 55, P["place"][1] + "公安局" + P["place"][2] + "分局户口登记专用章")
    return [(500, 360, draw, "paper")]


def hk_member(d, P, rng, style):
    f = d["fields"]
    vs = "kai" if rng.random() < 0.5 else "song"
    cells = [[("姓名", "name"), ("户主或与户主关系", "relation_to_head")],
             [("曾用名", None), ("性别", "sex")],
             [("出生地", "birthplace"), ("民族", "ethnicity")],
             [("籍贯", "native_place"), ("出生日期", "birth_date")],
             [("本市(县)其他住址", None), ("宗教信仰", None)],
             [("公民身份证件编号", "id_number"), ("身高", None)],
             [("文化程度", "education"), ("婚姻状况", "marital_status")],
             [("兵役状况", None), ("血型", None)],
             [("服务处所", "employer"), ("职业", None)],
             [("何时由何地迁来本市(县)", None), ("何时由何地迁来本址", None)]]

    def draw(s):
        s.rect(0, 0, 500, 700, fill=(252, 249, 240))
        s.text(250, 20, "常住人口登记卡", 20, "serif_bold", BLACK, anchor="c")
        y = 60
        for row in cells:
            s.line(20, y, 480, y, fill=(120, 100, 80), width=0.7)
            for j, (lab, key) in enumerate(row):
                x = 20 + j * 230
                s.line(x, y, x, y + 52, fill=(120, 100, 80), width=0.7)
                s.text(x + 5, y + 5, lab, 8.5, "song", BLACK)
                if key and f.get(key):
                    v = f[key]
                    if key == "birth_date":
                        v = fmt_date(v, "cn")
                    s.wrap(x + 10, y + 22, v, 212, 12, vs, BLACK, lh=1.2, tag=T(d, key))
                elif lab == "身高":
                    s.text(x + 10, y + 24, f"{rng.randint(155, 185)}厘米", 12, vs, BLACK)
            s.line(480, y, 480, y + 52, fill=(120, 100, 80), width=0.7)
            y += 52
        s.line(20, y, 480, y, fill=(120, 100, 80), width=0.7)
        s.text(30, y + 15, "承办人签章：", 10, "song", BLACK)
        s.text(300, y + 15, "登记日期：", 10, "song", BLACK)
        s.text(360, y + 13, fmt_date(f["registration_date"], "cn"), 12, vs, BLACK, tag=T(d, "registration_date"))
        s.seal(380, y - 40, 52, P["place"][1] + "公安局" + P["place"][2] + "分局户口专用章")
    return [(500, 700, draw, "paper")]


def collective(d, P, rng, style):
    f = d["fields"]

    def draw(s):
        s.text(297, 90, "户 籍 证 明", 22, "serif_bold", BLACK, anchor="c")
        s.text(60, 160, "兹证明：", 12, "song")
        y = 190
        for lab, key in (("姓名", "name"), ("公民身份号码", "id_number"), ("户籍地址", "address")):
            s.text(80, y, lab + "：", 12, "song")
            s.wrap(180, y, f[key], 330, 12, "song", tag=T(d, key))
            y += 36
        s.text(80, y, "以上人员户口在我所辖区集体户内，户别：集体户口。", 12, "song")
        s.text(80, y + 30, "特此证明。（本证明有效期三个月）", 12, "song")
        s.text(360, y + 110, P["place"][2] + "派出所", 12, "song")
        s.text(360, y + 140, fmt_date(f["issue_date"], "cn"), 12, "song", tag=T(d, "issue_date"))
        s.seal(420, y + 110, 55, P["place"][1] + "公安局" + P["place"][2] + "分局户口专用章")
    return [(595, 842, draw, "paper")]


# ====================================================================== labour contract
FILLER = ["甲方应当依法为乙方缴纳社会保险费，乙方个人缴纳部分由甲方从乙方工资中代扣代缴。",
          "乙方应当遵守甲方依法制定的规章制度，服从甲方合理的工作安排。",
          "甲方根据乙方的岗位要求，对乙方进行职业技能培训，乙方的财产和人身安全受法律保护。",
          "乙方的工作时间实行标准工时制，甲方安排乙方加班的，应当依法支付加班工资。",
          "双方解除或终止本合同，应当按照《中华人民共和国劳动合同法》的规定办理。",
          "甲方应当于每月十五日前以货币形式足额支付乙方上月工资，不得克扣或者无故拖欠。",
          "本合同未尽事宜，按国家和本市有关规定执行；双方另有约定的，从其约定。"]


def contract(d, P, rng, style):
    f = d["fields"]
    model = rng.random() < 0.5
    ck = check_glyph()
    ds = rng.choice(["cnsp", "cn"])
    emp = f["employer"].replace("(", "（").replace(")", "）") if rng.random() < 0.6 else f["employer"]
    npages = rng.choice([3, 3, 4])

    def filler(s, y, n, r2):
        for _ in range(n):
            y += 20 * s.wrap(60, y, "    " + r2.choice(FILLER), 475, 11, "song", lh=1.6) * 1.1 + 6
        return y

    def p1(s):
        import random as _r
        r2 = _r.Random(f["start_date"])
        if model:
            s.text(297, 60, "劳 动 合 同", 24, "serif_bold", anchor="c")
            s.text(297, 100, "（上海市劳动合同示范文本）", 11, "song", anchor="c")
            y = 170
            seq(s, 70, y, [("甲方（用人单位）名称：", None), (emp, T(d, "employer"))], 12, "song")
            s.line(200, y + 16, 530, y + 16, width=0.5)
            s.text(70, y + 36, "法定代表人（主要负责人）：" + r2.choice(["陈立新", "周海", "吴明"]), 12, "song")
            s.text(70, y + 72, "地址：" + P["residence_address"][:8] + "路" + str(r2.randint(10, 999)) + "号", 12,
                   "song")
            seq(s, 70, y + 120, [("乙方（劳动者）姓名：", None), (f["employee_name"], T(d, "employee_name"))], 12, "song")
            s.line(190, y + 136, 400, y + 136, width=0.5)
            seq(s, 70, y + 156, [("公民身份号码：", None), (f["employee_id_number"], T(d, "employee_id_number"))], 12,
                "song")
            s.text(70, y + 192, "户籍地址：" + P["hukou_address"], 12, "song")
            filler(s, y + 240, 4, r2)
        else:
            s.text(297, 60, "劳动合同书", 22, "serif_bold", anchor="c")
            s.text(297, 96, "合同编号：HT" + f["start_date"].replace("-", "") + str(r2.randint(100, 999)), 10, "song",
                   anchor="c")
            y = 140
            rows = [("甲方", "名称", emp, "employer"), ("", "法定代表人", r2.choice(["陈立新", "周海", "吴明"]), None),
                    ("", "统一社会信用代码", P["employer_tax_id"], None),
                    ("乙方", "姓名", f["employee_name"], "employee_name"),
                    ("", "身份证号码", f["employee_id_number"], "employee_id_number"),
                    ("", "住址", P["residence_address"], None)]
            for a, b, v, key in rows:
                s.rect(60, y, 535, y + 30, outline=BLACK, width=0.6)
                s.line(110, y, 110, y + 30, width=0.6)
                s.line(230, y, 230, y + 30, width=0.6)
                s.text(72, y + 9, a, 11, "song")
                s.text(118, y + 9, b, 11, "song")
                s.text(238, y + 8, v, 11, "song", tag=T(d, key) if key else None)
                y += 30
            filler(s, y + 30, 5, r2)
        s.text(297, 800, f"第 1 页 共 {npages} 页", 9, "song", GREY, anchor="c")

    def p2(s):
        import random as _r
        r2 = _r.Random(f["signing_date"])
        s.text(60, 60, "第一条  劳动合同期限", 13, "hei")
        y = 95
        st = fmt_date(f["start_date"], ds)
        pro_end = fmt_date(min_date(add_m(f["start_date"], 3)), ds)
        if f["open_ended"]:
            s.text(70, y, "□ 固定期限：自      年    月    日起至      年    月    日止。", 11.5, "song")
            seq(s, 70, y + 30, [(ck + " 无固定期限", T(d, "open_ended")), ("：自 ", None), (st, T(d, "start_date")),
                                (" 起。", None)], 11.5, "song")
        else:
            en = fmt_date(f["end_date"], ds)
            seq(s, 70, y, [(ck + " 固定期限", T(d, "open_ended")), ("：自 ", None), (st, T(d, "start_date")),
                           (" 起至 ", None), (en, T(d, "end_date")), (" 止。", None)], 11.5, "song")
            s.text(70, y + 30, "□ 无固定期限：自      年    月    日起。", 11.5, "song")
        s.text(70, y + 60, "□ 以完成一定工作任务为期限：自      年    月    日起至工作任务完成时止。", 11.5, "song")
        s.text(70, y + 95, f"其中试用期自 {st} 起至 {pro_end} 止。", 11.5, "song")
        s.text(60, y + 140, "第二条  工作内容和工作地点", 13, "hei")
        filler(s, y + 170, 6, r2)
        s.text(297, 800, f"第 2 页 共 {npages} 页", 9, "song", GREY, anchor="c")

    def pmid(s):
        import random as _r
        r2 = _r.Random(f["employee_id_number"])
        s.text(60, 60, "第三条  劳动报酬与社会保险", 13, "hei")
        filler(s, 90, 9, r2)
        s.text(297, 800, f"第 3 页 共 {npages} 页", 9, "song", GREY, anchor="c")

    def plast(s):
        s.text(60, 60, "第十条  其他", 13, "hei")
        s.text(70, 95, "本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。", 11.5, "song")
        s.text(70, 200, "甲方（盖章）：", 12, "song")
        s.text(330, 200, "乙方（签字）：", 12, "song")
        s.text(420, 196, f["employee_name"], 18, "kai", (30, 30, 90))
        sd = fmt_date(f["signing_date"], ds)
        s.text(70, 300, "签订日期：", 12, "song")
        s.text(140, 300, sd, 12, "song", tag=T(d, "signing_date"))
        s.text(330, 300, "签订日期：" + sd, 12, "song")
        s.seal(160, 230, 60, f["employer"].replace("(", "").replace(")", "")[:18] + "合同专用章")
        s.text(297, 800, f"第 {npages} 页 共 {npages} 页", 9, "song", GREY, anchor="c")

    pages = [p1, p2] + ([pmid] if npages == 4 else []) + [plast]
    return [(595, 842, p, "paper") for p in pages]


def add_m(iso, n):
    import datetime as dt
    from .plan import add_months
    return add_months(dt.date.fromisoformat(iso), n) - dt.timedelta(days=1)


def min_date(d):
    return f"{d}"


# ====================================================================== tax record (paper)
def tax_paper(d, P, rng, style):
    """National 纳税记录 or 收入纳税明细 print; columns in varied orders."""
    f = d["fields"]
    rows = d["rows"]
    detail = rng.random() < 0.4
    pstyle = rng.choice(["dash", "cn", "compact", "range", "dotrange"])
    astyle = rng.choice(["plain", "comma"])
    tid_mode = rng.choice(["none", "before", "after", "column"])
    web = rng.random() < 0.5
    d["layout"] = ("income_detail" if detail else "national_record") + ("_web_print" if web else "")
    import re as _re
    bureau = f"国家税务总局上海市{_re.match(r'上海市(.+?区)', P['residence_address'])[1]}税务局"
    if detail:
        cols = [("税款所属期", "period", 95), ("所得项目", "item", 70), ("扣缴义务人", "agent", 150),
                ("收入额", "income", 70), ("已申报税额", "amount", 70)]
        if tid_mode == "column":
            cols.insert(3, ("扣缴义务人纳税人识别号", "tid", 100))
    else:
        cols = [("申报日期", "decl", 62), ("实缴(退)金额", "amount", 62), ("入(退)库日期", "paid", 62),
                ("所得项目", "item", 62), ("税款所属期", "period", 85), ("入库税务机关", "bureau", 90),
                ("备注", "note", 112)]
        if rng.random() < 0.4:
            cols = [cols[4], cols[3], cols[0], cols[1], cols[2], cols[5], cols[6]]
    tot = sum(c[2] for c in cols)
    scale = 520 / tot
    cols = [(a, b, w * scale) for a, b, w in cols]
    import datetime as dt
    from .plan import add_months

    def cell(r, key):
        per = dt.date.fromisoformat(r["period"] + "-01")
        nxt = add_months(per, 1)
        decl = dt.date(nxt.year, nxt.month, min(14, 3 + (int(float(r["amount"]) * 100) % 9)))
        if key == "period":
            return fmt_month(r["period"], pstyle)
        if key == "amount":
            return fmt_amount(r["amount"], astyle)
        if key == "item":
            return r.get("item", "工资薪金所得" if not detail else "正常工资薪金")
        if key == "decl":
            return f"{decl}"
        if key == "paid":
            return f"{decl}"
        if key == "bureau":
            return bureau
        if key == "agent":
            return r["withholding_agent"]
        if key == "tid":
            return P["employer_tax_id"] if r["withholding_agent"] == P["employer"] else "91310000" + "7" * 10
        if key == "income":
            return fmt_amount(round(float(r["amount"]) * 10 + 5000, 2), astyle)
        if key == "note":
            return None
        return ""

    per_page = rng.choice([9, 12, 16])
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    npg = len(chunks)
    stamp = fmt_date(f["issue_date"], "slash") + f" {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
    start_month = rows[0]["period"] if rows else f["issue_date"][:7]
    title = "个人所得税收入纳税明细" if detail else "中华人民共和国个人所得税纳税记录"
    pages = []
    base_i = [0]
    offsets = []
    acc = 0
    for ch in chunks:
        offsets.append(acc)
        acc += len(ch)

    for pi, ch in enumerate(chunks):
        def draw(s, pi=pi, ch=ch):
            top = 40
            if web:
                browser_chrome(s, "自然人电子税务局", "https://etax.chinatax.gov.cn/webstatic/nsjl/print",
                               pi + 1, npg, stamp)
                if pi == 0:
                    portal_header(s, "国家税务总局 自然人电子税务局", ["首页", "我要查询", "纳税记录开具"], rng)
                    top = 90
            if pi == 0:
                s.text(297, top, title, 15, "bold", anchor="c")
                if not detail:
                    s.text(297, top + 22, "（原《税收完税证明》）", 9.5, "sans", anchor="c")
                s.text(470, top + 40, "No." + code[:10], 9, "sans")
                y = top + 60
                seq(s, 40, y, [("纳税人名称：", None), (f["name"], T(d, "name"))], 10)
                seq(s, 300, y, [("纳税人识别号：", None), (f["id_number"], T(d, "id_number"))], 10)
                s.text(40, y + 18, f"记录期间：{fmt_month(start_month, 'cn')}-{fmt_month(rows[-1]['period'], 'cn')}",
                       10)
                seq(s, 300, y + 18, [("开具日期：", None), (fmt_date(f["issue_date"], "cn"), T(d, "issue_date"))], 10)
                s.text(40, y + 36, "金额单位：人民币元（列至角分）", 9, "sans", GREY)
                y += 56
            else:
                y = top + 10
            # header
            x = 38
            hh = 30
            for lab, key, w in cols:
                s.rect(x, y, x + w, y + hh, fill=(235, 235, 235), outline=BLACK, width=0.5)
                s.wrap(x + 3, y + 4, lab, w - 6, 8.5, "bold", lh=1.2)
                x += w
            y += hh
            for ri, r in enumerate(ch):
                gi = offsets[pi] + ri
                texts = {}
                for lab, key, w in cols:
                    if key == "note":
                        texts[key] = None
                    else:
                        texts[key] = cell(r, key)
                lines = 1
                for lab, key, w in cols:
                    v = texts[key]
                    if v:
                        lines = max(lines, math.ceil(s.width(v, 8.5) / (w - 6)))
                if any(k == "note" for _, k, _ in cols):
                    lines = max(lines, 3 if tid_mode != "none" else 2)
                h = 8 + lines * 11.5
                x = 38
                for lab, key, w in cols:
                    s.rect(x, y, x + w, y + h, outline=BLACK, width=0.4)
                    tag = {"period": T(d, "period", gi), "amount": T(d, "amount", gi),
                           "agent": T(d, "withholding_agent", gi)}.get(key)
                    if key == "note":
                        yy = y + 4
                        if tid_mode == "before":
                            s.text(x + 3, yy, P["employer_tax_id"] if r["withholding_agent"] == P["employer"]
                                   else "913100007777777777", 7.5)
                            yy += 11.5
                        s.text(x + 3, yy, "扣缴义务人：", 8.5)
                        s.wrap(x + 3, yy + 11.5, r["withholding_agent"], w - 6, 8.5, lh=1.35,
                               tag=T(d, "withholding_agent", gi))
                        if tid_mode in ("after", "column"):
                            s.text(x + 3, y + h - 12, "识别号" + (P["employer_tax_id"] if r["withholding_agent"] ==
                                                                 P["employer"] else "913100007777777777"), 6.5)
                    elif texts[key]:
                        right = key in ("amount", "income")
                        if right and lines == 1:
                            s.text(x + w - 3, y + 4, texts[key], 8.5, anchor="r", tag=tag)
                        else:
                            s.wrap(x + 3, y + 4, texts[key], w - 6, 8.5, lh=1.35, tag=tag)
                    x += w
                y += h
            if pi == npg - 1:
                s.text(40, y + 14, "说明：1. 本记录涉及纳税人敏感信息，请妥善保管。", 8.5, "sans", GREY)
                s.text(40, y + 28, "2. 本记录仅记载已入库（或已申报）的个人所得税信息，不作为纳税人收入凭证。", 8.5, "sans", GREY)
                s.text(40, y + 48, f"查询验证码：{code}    可通过个人所得税APP或自然人电子税务局验证", 9, "sans")
                s.seal(470, y + 40, 42, bureau + "征税专用章", color=(215, 30, 35, 140))
            if not web:
                s.text(297, 815, f"第{pi + 1}页/共{npg}页", 8, "sans", GREY, anchor="c")
        pages.append((595, 842, draw, "paper"))
    return pages


# ====================================================================== tax record (app)
def tax_app(d, P, rng, style, long=True):
    """个人所得税 APP 收入纳税明细: a list of monthly cards; one tall stitched
    screenshot (long=True) or consecutive screens whose edge rows are cut."""
    f = d["fields"]
    rows = d["rows"]
    W, H = rng.choice(PHONES)
    k = W / 1080
    dark = rng.random() < 0.35
    bg = (16, 16, 18) if dark else (242, 243, 246)
    card = (34, 34, 38) if dark else (255, 255, 255)
    fg = (236, 236, 236) if dark else (24, 24, 24)
    lab = (150, 150, 155) if dark else (135, 135, 140)
    pstyle = rng.choice(["dash", "cn"])
    astyle = rng.choice(["plain", "comma", "yen"])
    t = f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}"
    order = list(range(len(rows)))[::-1]  # newest first, like the app
    card_h = 420 * k
    head_h = 110 * k + 130 * k + 470 * k
    total = int(head_h + len(rows) * (card_h + 30 * k) + 200 * k)

    def draw_all(s, off):
        s.rect(0, 0, s.w, s.h, fill=bg)
        y0 = -off
        y = 110 * k + y0
        y = title_bar(s, W, y, "收入纳税明细", dark, k)
        s.rect(40 * k, y + 10 * k, W - 40 * k, y + 440 * k, fill=(200, 50, 45) if not dark else (120, 30, 30),
               radius=30 * k)
        seq(s, 80 * k, y + 40 * k, [("纳税人：", None, (255, 235, 230)), (f["name"], T(d, "name"), (255, 255, 255))],
            42 * k, "bold")
        seq(s, 80 * k, y + 110 * k, [("证件号码：", None, (255, 235, 230)),
                                     (f["id_number"], T(d, "id_number"), (255, 255, 255))], 38 * k)
        seq(s, 80 * k, y + 170 * k, [("查询日期：", None, (255, 235, 230)),
                                     (fmt_date(f["issue_date"], "dash"), T(d, "issue_date"), (255, 255, 255))], 34 * k)
        tot = sum(float(r["amount"]) for r in rows)
        s.text(80 * k, y + 250 * k, "已申报税额合计（元）", 32 * k, "sans", (255, 225, 220))
        s.text(80 * k, y + 300 * k, fmt_amount(tot, "comma"), 64 * k, "bold", (255, 255, 255))
        y += 470 * k
        for n, gi in enumerate(order):
            r = rows[gi]
            s.rect(40 * k, y, W - 40 * k, y + card_h, fill=card, radius=26 * k)
            s.text(80 * k, y + 30 * k, r.get("item", "工资薪金"), 42 * k, "bold", fg)
            s.text(W - 80 * k, y + 34 * k, fmt_month(r["period"], pstyle), 38 * k, "sans", fg, anchor="r",
                   tag=T(d, "period", gi))
            s.text(80 * k, y + 120 * k, "扣缴义务人", 36 * k, "sans", lab)
            s.wrap(W - 80 * k, y + 120 * k, r["withholding_agent"], 600 * k, 36 * k, "sans", fg, anchor="r",
                   lh=1.3, tag=T(d, "withholding_agent", gi))
            s.text(80 * k, y + 250 * k, "收入", 36 * k, "sans", lab)
            s.text(W - 80 * k, y + 250 * k, fmt_amount(round(float(r["amount"]) * 10 + 5000, 2), astyle), 36 * k,
                   "sans", fg, anchor="r")
            s.text(80 * k, y + 320 * k, "已申报税额", 36 * k, "sans", lab)
            s.text(W - 80 * k, y + 320 * k, fmt_amount(r["amount"], astyle), 36 * k, "sans", fg, anchor="r",
                   tag=T(d, "amount", gi))
            y += card_h + 30 * k
        s.text(W / 2, y + 40 * k, "— 没有更多了 —", 32 * k, "sans", lab, anchor="c")
        if off:
            s.rect(0, 0, W, 110 * k, fill=bg)
            for e in s.log:
                if e["bbox"][1] * s.h < 110 * k:
                    e["clipped"] = True
        status_bar(s, W, dark, rng, t)

    if long or total <= H:
        return [(W, total, lambda s: draw_all(s, 0), "screen")]
    pages = []
    off = 0
    while True:
        pages.append((W, H, (lambda o: (lambda s: draw_all(s, o)))(off), "screen"))
        if off + H >= total:
            break
        off += H - int(110 * k + card_h + 60 * k)  # the next screen repeats the cut card in full
    return pages


# ====================================================================== social insurance
def si_paper(d, P, rng, style):
    f = d["fields"]
    rows = d["rows"]
    web = rng.random() < 0.6
    bstyle = rng.choice(["plain", "comma"])
    mode = rng.choice(["type_col", "note_col"])
    rates = [0.08, 0.02, 0.005]
    cols = [("缴费年月" if rng.random() < 0.6 else "费款所属期", "month", 70), ("单位名称", "emp", 160),
            ("缴费基数", "base", 70), ("养老(个人)", "p", 55), ("医疗(个人)", "m", 55), ("失业(个人)", "u", 55),
            ("缴费类型" if mode == "type_col" else "备注", "status", 55)]
    per_page = rng.choice([12, 14, 18])
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    npg = len(chunks)
    stamp = fmt_date(P["_print_date"], "slash") + f" {rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）"])
    pages = []
    for pi, ch in enumerate(chunks):
        def draw(s, pi=pi, ch=ch):
            top = 40
            if web:
                browser_chrome(s, "社保缴费记录查询 - 上海一网通办", "https://zwdt.sh.gov.cn/govPortals/shebao/jfjl",
                               pi + 1, npg, stamp)
                if pi == 0:
                    portal_header(s, "上海市人民政府 · 一网通办", ["首页", "个人服务", "社会保障", "缴费记录查询"], rng)
                    top = 90
            y = top
            if pi == 0:
                s.text(297, y, title, 14, "bold", anchor="c")
                seq(s, 40, y + 30, [("姓名：", None), (f["name"], T(d, "name"))], 10)
                seq(s, 250, y + 30, [("证件号码：", None), (f["id_number"], T(d, "id_number"))], 10)
                y += 56
            x = 40
            for lab, key, w in cols:
                s.rect(x, y, x + w, y + 22, fill=(230, 236, 245), outline=BLACK, width=0.5)
                s.text(x + w / 2, y + 6, lab, 8.5, "bold", anchor="c")
                x += w
            y += 22
            for r in ch:
                gi = rows.index(r)
                b = float(r["base"])
                vals = {"month": (r["month"] if rng.random() < 0.7 else r["month"].replace("-", "")),
                        "emp": r["employer"], "base": fmt_amount(b, bstyle),
                        "p": f"{b * rates[0]:.2f}", "m": f"{b * rates[1]:.2f}", "u": f"{b * rates[2]:.2f}",
                        "status": ("补缴" if r["back_payment"] else ("正常" if mode == "type_col" else ""))}
                nl = max(1, math.ceil(s.width(vals["emp"], 8.5) / 154))
                h = 6 + nl * 11.5
                x = 40
                for lab, key, w in cols:
                    s.rect(x, y, x + w, y + h, outline=BLACK, width=0.4)
                    tag = {"month": T(d, "month", gi), "emp": T(d, "employer", gi), "base": T(d, "base", gi),
                           "status": T(d, "back_payment", gi)}.get(key)
                    if key == "status" and not r["back_payment"]:
                        tag = None
                    if key == "emp":
                        s.wrap(x + 3, y + 3, vals[key], w - 6, 8.5, lh=1.35, tag=tag)
                    elif vals[key]:
                        s.text(x + w - 3 if key in "base p m u" else x + 3, y + 3, vals[key], 8.5,
                               anchor="r" if key in ("base", "p", "m", "u") else "l", tag=tag)
                    x += w
                y += h
            if pi == npg - 1:
                s.text(40, y + 14, "注：缴费类型为“补缴”的月份为补缴记录；本查询结果仅供参考，以社保经办机构记录为准。", 8, "sans", GREY)
        pages.append((595, 842, draw, "paper"))
    return pages


def si_app(d, P, rng, style, cards=False):
    f = d["fields"]
    rows = d["rows"]
    W, H = rng.choice(PHONES)
    k = W / 1080
    dark = rng.random() < 0.3
    bg = (16, 16, 18) if dark else (244, 246, 249)
    card = (34, 34, 38) if dark else (255, 255, 255)
    fg = (236, 236, 236) if dark else (24, 24, 24)
    lab = (150, 150, 155) if dark else (135, 135, 140)
    t = f"{rng.randint(7, 23)}:{rng.randint(0, 59):02d}"
    bstyle = rng.choice(["plain", "comma", "int"])
    order = sorted(range(len(rows)), key=lambda i: rows[i]["month"], reverse=True)
    years = sorted({rows[i]["month"][:4] for i in order}, reverse=True)
    rh = 190 * k
    total = int(110 * k + 130 * k + 360 * k + len(rows) * rh + len(years) * 160 * k + 200 * k)

    def draw(s):
        s.rect(0, 0, s.w, s.h, fill=bg)
        status_bar(s, W, dark, rng, t)
        y = title_bar(s, W, 110 * k, "养老保险缴费记录" if cards else "社保缴费记录", dark, k)
        s.rect(40 * k, y, W - 40 * k, y + 320 * k, fill=(20, 120, 110), radius=30 * k)
        s.text(80 * k, y + 40 * k, f["name"], 56 * k, "bold", (255, 255, 255), tag=T(d, "name"))
        seq(s, 80 * k, y + 140 * k, [("证件号码 ", None, (210, 240, 235)),
                                     (f["id_number"], T(d, "id_number"), (255, 255, 255))], 38 * k)
        s.text(80 * k, y + 220 * k, "参保地：上海市    险种：城镇职工基本养老保险", 32 * k, "sans", (210, 240, 235))
        y += 360 * k
        for yr in years:
            idx = [i for i in order if rows[i]["month"][:4] == yr]
            if cards:
                s.rect(40 * k, y, W - 40 * k, y + 110 * k + len(idx) * rh, fill=card, radius=28 * k)
                s.text(80 * k, y + 30 * k, f"{yr}年", 46 * k, "bold", fg)
                s.text(W - 80 * k, y + 36 * k, f"共{len(idx)}个月", 34 * k, "sans", lab, anchor="r")
                y += 110 * k
            else:
                s.text(60 * k, y + 40 * k, f"{yr}年度", 38 * k, "sans", lab)
                y += 110 * k
            for i in idx:
                r = rows[i]
                if not cards:
                    s.rect(40 * k, y, W - 40 * k, y + rh - 14 * k, fill=card, radius=18 * k)
                mtxt = f"{r['month'][:4]}年{r['month'][5:]}月" if not cards else f"{r['month']}"
                s.text(80 * k, y + 24 * k, mtxt, 40 * k, "bold", fg, tag=T(d, "month", i))
                s.wrap(80 * k, y + 90 * k, r["employer"], 620 * k, 32 * k, "sans", lab, lh=1.25,
                       tag=T(d, "employer", i))
                s.text(W - 80 * k, y + 24 * k, fmt_amount(r["base"], bstyle), 40 * k, "sans", fg, anchor="r",
                       tag=T(d, "base", i))
                chip = "补缴" if r["back_payment"] else "正常"
                col = (230, 120, 30) if r["back_payment"] else (40, 160, 90)
                s.rect(W - 200 * k, y + 92 * k, W - 80 * k, y + 146 * k, outline=col, width=3 * k, radius=10 * k)
                s.text(W - 140 * k, y + 98 * k, chip, 32 * k, "sans", col, anchor="c",
                       tag=T(d, "back_payment", i) if r["back_payment"] else None)
                y += rh
            y += 50 * k
        s.text(W / 2, y + 20 * k, "以上为缴费基数（元），数据仅供参考", 30 * k, "sans", lab, anchor="c")
    return [(W, total, draw, "screen")]


# ====================================================================== education
def diploma(d, P, rng, style):
    f = d["fields"]
    grad = f["graduation_date"]
    lvl = f["level"]
    years = {"本科": 4, "专科": 3, "硕士": 3}[lvl]
    start = f"{int(grad[:4]) - years}年9月"
    b = P["birth"]
    selfstudy = f["study_mode"] != "普通全日制"

    def draw(s):
        s.rect(0, 0, 640, 450, fill=(253, 250, 242))
        s.rect(14, 14, 626, 436, outline=(170, 40, 40), width=3)
        if selfstudy:
            s.text(320, 40, "高等教育自学考试", 16, "serif_bold", anchor="c", tag=T(d, "study_mode"))
        else:
            s.text(320, 40, "普通高等学校", 16, "serif_bold", anchor="c")
        s.text(320, 66, "毕 业 证 书", 28, "serif_bold", (150, 30, 30), anchor="c")
        s.rect(40, 120, 140, 250, fill=(210, 215, 220))
        x0 = 170
        seq(s, x0, 120, [("学生 ", None), (f["name"], T(d, "name")), (f"，性别{P['sex']}，{b.year}年{b.month}月生，", None)],
            13, "song")
        seq(s, x0, 150, [(f"于{start}至{int(grad[:4])}年{int(grad[5:7])}月在", None),
                         ("本校" if not selfstudy else "本考试", None)], 13, "song")
        parts = [(f["major"], T(d, "major")), (" 专业 ", None)]
        if lvl == "硕士":
            parts += [("硕士", T(d, "level")), ("研究生学习，", None)]
        else:
            parts += [("四年制" if lvl == "本科" else "三年制", None), (lvl, T(d, "level")), (" 学习", None)]
        seq(s, x0, 180, parts, 13, "song")
        if not selfstudy:
            seq(s, x0, 210, [("（", None), (f["study_mode"], T(d, "study_mode")), ("），修完教学计划规定的全部课程，", None)],
                13, "song")
        else:
            s.text(x0, 210, "考试成绩合格，", 13, "song")
        s.text(x0, 240, "成绩合格，准予毕业。", 13, "song")
        s.text(380, 300, f["school"], 15, "song", tag=T(d, "school"))
        s.text(380, 330, "校（院）长：" + rng.choice(["王建华", "李振", "刘志刚"]), 12, "song")
        s.text(380, 360, fmt_date(grad, "cnnum"), 13, "song", tag=T(d, "graduation_date"))
        s.text(40, 400, "证书编号：" + "".join(str(rng.randint(0, 9)) for _ in range(18)), 10, "song")
        s.seal(450, 320, 55, f["school"])
    return [(640, 450, draw, "paper")]


def degree(d, P, rng, style):
    f = d["fields"]
    grad = f["graduation_date"]
    b = P["birth"]
    cat = d.get("degree_field", "工学")

    def draw(s):
        s.rect(0, 0, 640, 450, fill=(250, 252, 248))
        s.rect(14, 14, 626, 436, outline=(40, 80, 150), width=3)
        s.text(320, 50, ("学士" if f["level"] == "学士" else "硕士") + "学位证书", 26, "serif_bold", (30, 60, 130),
               anchor="c")
        s.rect(40, 110, 140, 240, fill=(210, 215, 220))
        x0 = 170
        seq(s, x0, 120, [(f["name"], T(d, "name")), (f"，{P['sex']}，{b.year}年{b.month}月生。在", None)], 13, "song")
        seq(s, x0, 150, [(f["school"], T(d, "school")), (" ", None), (f["major"], T(d, "major")), (" 专业", None)], 13,
            "song")
        s.text(x0, 180, "完成了" + ("本科" if f["level"] == "学士" else "硕士研究生") + "学习计划，业已毕业，经审核符合", 13, "song")
        seq(s, x0, 210, [("《中华人民共和国学位条例》的规定，授予", None), (cat, None), (f["level"], T(d, "level")),
                         ("学位。", None)], 13, "song")
        s.text(380, 300, f["school"] + "学位评定委员会", 13, "song")
        s.text(380, 330, "主席：" + rng.choice(["陈国强", "周立", "孙建平"]), 12, "song")
        s.text(380, 360, fmt_date(grad, rng.choice(["cnnum", "cn"])), 13, "song", tag=T(d, "graduation_date"))
        s.text(40, 400, "证书编号：" + "".join(str(rng.randint(0, 9)) for _ in range(16)), 10, "song")
        s.seal(460, 320, 52, f["school"] + "学位评定委员会")
    return [(640, 450, draw, "paper")]


# ====================================================================== marriage
def marriage(d, P, rng, style):
    f = d["fields"]

    def draw(s):
        s.rect(0, 0, 620, 420, fill=(253, 240, 236))
        s.text(40, 40, "持证人", 12, "song", GREY)
        s.text(110, 38, f["holder_name"], 14, "song", tag=T(d, "holder_name"))
        s.text(40, 70, "登记日期", 12, "song", GREY)
        s.text(110, 68, fmt_date(f["registration_date"], "cn"), 14, "song", tag=T(d, "registration_date"))
        s.text(40, 100, "结婚证字号", 12, "song", GREY)
        s.text(130, 98, f"J{P['place'][3]}-{f['registration_date'][:4]}-{rng.randint(1, 9999):06d}", 14, "song")
        s.rect(380, 30, 590, 170, fill=(200, 60, 60))
        s.ellipse(420, 55, 470, 105, fill=(230, 210, 200))
        s.ellipse(500, 55, 550, 105, fill=(230, 210, 200))
        y = 200
        people = [(P["name"], P["sex"], fmt_date(f"{P['birth']}", "cn0"), P["id_number"], None),
                  (f["spouse_name"], d["spouse_sex"], fmt_date(d["spouse_birth"], "cn0"), f["spouse_id_number"], 1)]
        if rng.random() < 0.5:
            people.reverse()
        for nm, sx, bd, idn, sp in people:
            s.text(40, y, "姓名", 11, "song", GREY)
            s.text(90, y - 2, nm, 13, "song", tag=T(d, "spouse_name") if sp else None)
            s.text(250, y, "性别", 11, "song", GREY)
            s.text(290, y - 2, sx, 13, "song")
            s.text(40, y + 28, "国籍", 11, "song", GREY)
            s.text(90, y + 26, "中国", 13, "song")
            s.text(250, y + 28, "出生日期", 11, "song", GREY)
            s.text(320, y + 26, bd, 13, "song")
            s.text(40, y + 56, "身份证件号", 11, "song", GREY)
            s.text(130, y + 54, idn, 13, "song", tag=T(d, "spouse_id_number") if sp else None)
            y += 100
        s.seal(520, 330, 50, "婚姻登记专用章")
    return [(620, 420, draw, "paper")]


# ====================================================================== not documents
def receipt(rng):
    def draw(s):
        s.rect(0, 0, 300, 520, fill=(250, 250, 248))
        s.text(150, 20, rng.choice(["全家便利店", "罗森便利店", "好德便利"]), 14, "bold", anchor="c")
        y = 60
        for it in ["矿泉水 550ml", "三明治", "关东煮", "酸奶"]:
            s.text(20, y, it, 10, "sans")
            s.text(280, y, f"{rng.uniform(3, 20):.2f}", 10, "sans", anchor="r")
            y += 22
        s.text(20, y + 20, "合计", 11, "bold")
        s.text(20, y + 60, "谢谢惠顾，欢迎再次光临", 9, "sans", GREY)
    return [(300, 520, draw, "paper")]
