"""Document forms: each returns a list of layout.Page for one document (drawn from the truth fields)."""
import datetime as dt
from .layout import Page
from . import fonts

D = dt.date
BLUE_LABEL = (80, 130, 185)
INK = (25, 25, 28)
GREY = (120, 120, 125)
RED = (205, 35, 40)
CN = "〇一二三四五六七八九"


def d(s):
    return D.fromisoformat(s)


def cn_num(n):
    if n <= 10:
        return "十" if n == 10 else CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(s, day=True):
    x = d(s)
    y = "".join(CN[int(c)] for c in str(x.year))
    return "%s年%s月" % (y, cn_num(x.month)) + ("%s日" % cn_num(x.day) if day else "")


def fmt(s, style):
    x = d(s)
    return {"cn": "%d年%d月%d日" % (x.year, x.month, x.day), "cn0": "%d年%02d月%02d日" % (x.year, x.month, x.day),
            "dot": "%d.%02d.%02d" % (x.year, x.month, x.day), "dash": s, "slash": "%d/%02d/%02d" % (x.year, x.month, x.day),
            "cnnum": cn_date(s)}[style]


def fw(s):
    """print brackets full-width, as many Chinese templates do"""
    return s.replace("(", "（").replace(")", "）")


def seg_line(pg, x, y, segs, size, font, width=None, color=INK, vcolor=None, underline=False):
    """segments (text, is_value) on one line; shrinks if too wide"""
    tot = sum(fonts.width_mm(font, t, size) for t, _ in segs)
    if width and tot > width:
        size = size * width / tot * 0.98
    for t, v in segs:
        x0 = x
        x = pg.text(x, y, t, size, font, vcolor if (v and vcolor) else color, value=v)
        if v and underline:
            pg.line(x0, y + size * 1.2, x, y + size * 1.2, 0.18)
    return size


def table(pg, x, y, widths, rows, size, font, lead=1.35, pad=1.2, border=True, header=False, value_cols=(), color=INK, maxw_lines=4):
    """rows of cell strings; returns y after table. Wraps inside cells."""
    for ri, r in enumerate(rows):
        cells = []
        for ci, (w, c) in enumerate(zip(widths, r)):
            cells.append(pg.wrap(c, w - 2 * pad, size, font) if c else [])
        nl = max(1, max(len(c) for c in cells))
        h = nl * size * lead + 2 * pad
        xx = x
        for ci, (w, c) in enumerate(zip(widths, cells)):
            if border:
                pg.rect(xx, y, xx + w, y + h, w=0.2)
            for k, ln in enumerate(c):
                isval = (ri, ci) in value_cols or ci in value_cols
                pg.text(xx + pad, y + pad + k * size * lead, ln, size, font, color, value=isval)
            xx += w
        y += h
    return y


def row_height(widths, r, size, font, lead=1.35, pad=1.2):
    pg = Page(1, 1)
    return max(1, max(len(pg.wrap(c, w - 2 * pad, size, font)) if c else 1 for w, c in zip(widths, r))) * size * lead + 2 * pad


# ---------------------------------------------------------------- ID card
def id_front(pg, ox, oy, f, st):
    pg.rect(ox, oy, ox + 85.6, oy + 54, outline=(170, 175, 180), fill=(236, 240, 236), w=0.2, r=3.2)
    pg.pattern(ox + 2, oy + 2, ox + 83, oy + 52, (214, 226, 222), 1.5)
    lf, vf = st.get("label", "notosans"), st.get("value", "notosans")
    L = lambda x, y, t: pg.text(ox + x, oy + y, t, 2.6, lf, BLUE_LABEL, spacing=0.6)
    V = lambda x, y, t, s=3.2: pg.text(ox + x, oy + y, t, s, vf, INK, value=True)
    L(5, 6, "姓名"); V(15, 5.6, f["name"], 3.6)
    L(5, 12.5, "性别"); V(15, 12.2, f["sex"]); L(25, 12.5, "民族"); V(34, 12.2, f["ethnicity"])
    b = d(f["birth_date"])
    L(5, 19, "出生"); V(15, 18.7, str(b.year)); pg.text(ox + 24.5, oy + 18.9, "年", 2.6, lf, BLUE_LABEL)
    V(29, 18.7, str(b.month)); pg.text(ox + 33.5, oy + 18.9, "月", 2.6, lf, BLUE_LABEL)
    V(38, 18.7, str(b.day)); pg.text(ox + 42.5, oy + 18.9, "日", 2.6, lf, BLUE_LABEL)
    L(5, 25.5, "住址")
    lines = pg.wrap(f["address"], 36, 3.1, vf)
    for k, ln in enumerate(lines[:3]):
        pg.text(ox + 15, oy + 25.2 + k * 4.4, ln, 3.1, vf, INK, value=True)
    L(5, 45.5, "公民身份号码")
    pg.text(ox + 27, oy + 45, f["id_number"], 3.4, "microhei", INK, value=True, spacing=0.45)
    pg.photo(ox + 56, oy + 7, ox + 80, oy + 38)


def id_back(pg, ox, oy, f, st):
    pg.rect(ox, oy, ox + 85.6, oy + 54, outline=(170, 175, 180), fill=(238, 238, 228), w=0.2, r=3.2)
    pg.pattern(ox + 2, oy + 2, ox + 83, oy + 52, (226, 220, 200), 1.7)
    pg.ellipse(ox + 5, oy + 4, ox + 20, oy + 19, outline=RED, fill=(230, 170, 60), w=0.5)
    pg.text(ox + 27, oy + 8, "中华人民共和国", 4.6, "notoserif_b", INK, spacing=0.8)
    pg.text(ox + 24, oy + 17, "居民身份证", 6.4, "notoserif_b", INK, spacing=1.4)
    pg.text(ox + 14, oy + 37, "签发机关", 2.6, "notosans", BLUE_LABEL, spacing=0.5)
    pg.text(ox + 30, oy + 36.6, f["issuing_authority"], 3.1, st.get("value", "notosans"), INK, value=True)
    pg.text(ox + 14, oy + 44, "有效期限", 2.6, "notosans", BLUE_LABEL, spacing=0.5)
    vu = "长期" if f["valid_until"] == "long_term" else fmt(f["valid_until"], "dot")
    x = pg.text(ox + 30, oy + 43.6, fmt(f["valid_from"], "dot"), 3.1, st.get("value", "notosans"), INK, value=True)
    x = pg.text(x, oy + 43.6, "-", 3.1, "notosans", INK)
    pg.text(x, oy + 43.6, vu, 3.1, st.get("value", "notosans"), INK, value=True)


def card_page(fn, f, st, bg=None):
    bg = bg or {id_front: (236, 240, 236), id_back: (238, 238, 228)}.get(fn, (225, 236, 248))
    pg = Page(85.6, 54, bg=bg, kind="card")
    fn(pg, 0, 0, f, st)
    return pg


# ---------------------------------------------------------------- residence permit
def permit_card(pg, ox, oy, f, st):
    pg.rect(ox, oy, ox + 85.6, oy + 54, outline=(150, 160, 180), fill=(225, 236, 248), w=0.2, r=3.2)
    pg.pattern(ox + 2, oy + 12, ox + 83, oy + 52, (205, 220, 240), 1.8)
    pg.rect(ox, oy, ox + 85.6, oy + 10, outline=None, fill=(40, 90, 160), r=0)
    pg.text(ox + 42.8, oy + 2.2, "上海市居住证", 5.0, "notoserif_b", (255, 255, 255), anchor="c", spacing=0.8)
    vf = st.get("value", "notosans")
    L = lambda y, t: pg.text(ox + 4, oy + y, t, 2.4, "notosans", (60, 80, 120))
    L(13.5, "姓名"); pg.text(ox + 17, oy + 13, f["name"], 3.4, vf, INK, value=True)
    L(19.5, "公民身份号码"); pg.text(ox + 19, oy + 19.2, f["id_number"], 2.9, "microhei", INK, value=True, spacing=0.2)
    L(25.5, "居住地址")
    for k, ln in enumerate(pg.wrap(f["residence_address"], 42, 2.7, vf)[:2]):
        pg.text(ox + 17, oy + 25.3 + k * 3.7, ln, 2.7, vf, INK, value=True)
    L(35, "签发日期"); pg.text(ox + 17, oy + 34.7, fmt(f["issue_date"], "dot"), 2.8, vf, INK, value=True)
    L(40.5, "有效期至"); pg.text(ox + 17, oy + 40.2, fmt(f["valid_until"], "dot"), 2.8, vf, INK, value=True)
    pg.text(ox + 4, oy + 47, "签发机关  " + st.get("office", "上海市公安局"), 2.3, "notosans", (60, 80, 120))
    pg.photo(ox + 62, oy + 14, ox + 81, oy + 38)


def permit_info(f, st, form):
    pg = Page(210, 297)
    font = st.get("body", "song")
    title = st.get("title", "上海市居住证信息")
    pg.text(105, 24, title, 6.2, st.get("head", "notoserif_b"), INK, anchor="c", spacing=0.6)
    pg.text(105, 34, "（%s）" % st.get("sub", "本页信息仅供办理居住证积分使用"), 3.2, font, GREY, anchor="c")
    hk_label = st.get("hk_label", "常住户口所在地住址")
    vf, vu = f["valid_from"], f["valid_until"]
    validity = ("%s至%s" % (fmt(vf, "dot"), fmt(vu, "dot"))) if vf and vu else "%s至%s" % ("2025.03.12", "2026.03.11")
    rows = [("姓名", f["name"]), ("性别", st["sex"]), (st.get("id_label", "公民身份号码"), f["id_number"]),
            (hk_label, f["hukou_address"]), ("居住地住址", f["residence_address"]),
            (st.get("issue_label", "签发日期"), fmt(f["issue_date"], st.get("dfmt", "cn")))]
    split_validity = st.get("split_validity")
    if split_validity:
        rows += [("有效期起", fmt(vf, "cn") if vf else "2025年3月12日"), ("有效期止", fmt(vu, "cn") if vu else "2026年3月11日")]
    else:
        rows += [("有效期限", validity)]
    rows += [("签发机关", st.get("office", "上海市公安局"))]
    vals = {"姓名", st.get("id_label", "公民身份号码"), hk_label, "居住地住址", st.get("issue_label", "签发日期"), "有效期限", "有效期起", "有效期止"}
    glare_box = None
    y = 46
    if form == "info_grid2":
        for lab, val in rows:
            h = row_height([48, 122], [lab, val], 3.8, font, pad=2.4)
            pg.rect(20, y, 68, y + h, w=0.25, fill=(244, 244, 244)); pg.rect(68, y, 190, y + h, w=0.25)
            pg.text(23, y + 2.4, lab, 3.8, font, INK)
            for k, ln in enumerate(pg.wrap(val, 122 - 4.8, 3.8, font)):
                pg.text(70.4, y + 2.4 + k * 3.8 * 1.35, ln, 3.8, font, INK, value=lab in vals and lab != "签发机关")
            if lab in ("有效期限", "有效期起", "有效期止"):
                glare_box = (129, y + h / 2, 60, h * 1.6) if glare_box is None else (129, (glare_box[1] + y + h / 2) / 2, 60, h * 2.6)
            y += h
    elif form == "info_grid4":
        pairs = [rows[0], rows[1], rows[2], rows[5]] if not split_validity else [rows[0], rows[1], rows[2], rows[5]]
        wide = [r for r in rows if r not in pairs]
        for k in range(0, len(pairs), 2):
            xs = 15
            for lab, val in pairs[k:k + 2]:
                pg.rect(xs, y, xs + 30, y + 11, w=0.25, fill=(240, 244, 250)); pg.rect(xs + 30, y, xs + 90, y + 11, w=0.25)
                pg.text(xs + 2, y + 3.3, lab if len(lab) < 6 else lab[:6], 3.4 if len(lab) < 5 else 3.0, font, INK)
                pg.text(xs + 32, y + 3.3, val, 3.4, font, INK, value=lab in vals)
                xs += 90
            y += 11
        for lab, val in wide:
            lines = pg.wrap(val, 144 - 4, 3.4, font)
            lab_lines = pg.wrap(lab, 26, 3.2, font)
            h = max(11, max(len(lines), len(lab_lines)) * 4.8 + 4)
            pg.rect(15, y, 45, y + h, w=0.25, fill=(240, 244, 250)); pg.rect(45, y, 195, y + h, w=0.25)
            for k, ln in enumerate(lab_lines):
                pg.text(17, y + 2.5 + k * 4.4, ln, 3.2, font, INK)
            for k, ln in enumerate(lines):
                pg.text(47, y + 3 + k * 4.8, ln, 3.4, font, INK, value=lab in vals and lab != "签发机关")
            if lab in ("有效期限", "有效期起", "有效期止"):
                glare_box = (110, y + h / 2, 70, h)
            y += h
    else:  # list
        for lab, val in rows:
            x = pg.text(28, y, lab + "：", 4.0, font, INK)
            lines = pg.wrap(val, 182 - x, 4.0, font)
            for k, ln in enumerate(lines):
                pg.text(x, y + k * 6, ln, 4.0, font, INK, value=lab in vals and lab != "签发机关")
            if lab in ("有效期限", "有效期起", "有效期止"):
                glare_box = (x + 25, y + 2, 40, 6) if glare_box is None else (x + 25, y - 1, 40, 10)
            y += max(1, len(lines)) * 6 + 4.5
    pg.text(130, y + 16, "打印日期：" + st.get("printed", "2026年11月3日"), 3.2, font, INK)
    pg.seal(150, y + 38, 19, st.get("seal", "上海市公安局浦东分局"), "居住证专用章")
    if st.get("glare") and glare_box:
        cx, cy, rx, ry = glare_box
        pg.glare.append((cx, cy, rx / 2 + 14, ry / 2 + 6, 1.0))
        for b in pg.boxes:
            bx = b["box"]
            if b["value"] and abs((bx[1] + bx[3]) / 2 - cy) < ry / 2 + 3 and bx[0] < cx + rx:
                b["hidden"] = True
    return [pg]


def app_screen(title, banner, rows, st, extra_top=None):
    """phone screenshot 1080x2340 at 10 px/mm; rows: (label, value, is_value)"""
    pg = Page(108, 234, bg=(244, 245, 247), kind="screen")
    sf = st.get("ui", "notosans")
    pg.text(6, 2.5, st.get("clock", "9:41"), 3.6, sf, INK)
    pg.text(102, 2.5, "5G  82%", 3.2, sf, INK, anchor="r")
    pg.text(54, 12, title, 4.6, sf, INK, anchor="c")
    pg.text(6, 12, "〈", 4.6, sf, INK)
    y = 22
    if banner:
        pg.rect(5, y, 103, y + 34, outline=None, fill=st.get("banner_color", (32, 110, 220)), r=3)
        pg.text(10, y + 6, banner[0], 7.2, sf, (255, 255, 255), value=True)
        pg.text(10, y + 19, banner[1], 3.4, sf, (230, 240, 255))
        y += 40
    if extra_top:
        pg.text(8, y, extra_top, 3.2, sf, GREY); y += 7
    pg.rect(5, y, 103, y + 4, outline=None, fill=(255, 255, 255))
    card_top = y
    y += 4
    for lab, val, isv in rows:
        if lab is None:  # group separator
            y += 5
            continue
        lines = pg.wrap(val, 58, 3.6, sf)
        h = 10 + (len(lines) - 1) * 5.6
        pg.rect(5, y - 1, 103, y + h, outline=None, fill=(255, 255, 255))
        pg.text(9, y + 2, lab, 3.5, sf, (140, 142, 150))
        for k, ln in enumerate(lines):
            pg.text(99, y + 2 + k * 5.6, ln, 3.6, sf, INK, anchor="r", value=isv)
        y += h
        pg.line(9, y - 1.5, 99, y - 1.5, 0.12, (225, 225, 230))
    return pg, y


def permit_app(f, st):
    rows = [("公民身份号码", f["id_number"], True), ("常住户口所在地住址", f["hukou_address"], True), ("居住地住址", f["residence_address"], True),
            ("签发日期", fmt(f["issue_date"], "dash"), True), ("有效期限", "%s至%s" % (fmt(f["valid_from"], "dash"), fmt(f["valid_until"], "dash")), True),
            ("签发机关", st.get("office", "上海市公安局"), False), ("证件状态", "有效", False)]
    pg, y = app_screen("电子居住证", (f["name"], "上海市居住证 · 电子证照"), rows, st)
    pg.qr(34, y + 12, 40, f["id_number"])
    pg.text(54, y + 56, "出示时请亮屏，二维码每分钟自动刷新", 3.0, st.get("ui", "notosans"), GREY, anchor="c")
    return [pg]


# ---------------------------------------------------------------- 户口簿
def hh_cover(pg, ox, oy, f, st):
    font = st.get("body", "song")
    pg.rect(ox, oy, ox + 145, oy + 105, outline=(190, 180, 160), fill=(250, 246, 236), w=0.3)
    pg.text(ox + 72.5, oy + 7, "常住人口登记表", 5.4, "notoserif_b", INK, anchor="c", spacing=1.2)
    pg.text(ox + 72.5, oy + 15, "（户主页）", 3.0, font, GREY, anchor="c")
    x0, y0 = ox + 8, oy + 22
    cw = [18, 40, 22, 49]
    pg.rect(x0, y0, x0 + 129, y0 + 72, w=0.35)
    # row 1
    rows = [(0, 12), (12, 36), (36, 72)]
    for a, b in rows:
        pg.line(x0, y0 + b, x0 + 129, y0 + b, 0.25)
    pg.line(x0 + 18, y0, x0 + 18, y0 + 36, 0.25); pg.line(x0 + 58, y0, x0 + 58, y0 + 12, 0.25); pg.line(x0 + 80, y0, x0 + 80, y0 + 12, 0.25)
    pg.text(x0 + 2, y0 + 4, "户  别", 3.2, font, INK); pg.text(x0 + 21, y0 + 3.8, f["household_type"], 3.6, font, INK, value=True)
    pg.text(x0 + 60, y0 + 4, "户主姓名", 3.2, font, INK); pg.text(x0 + 83, y0 + 3.8, f["head_name"], 3.6, font, INK, value=True)
    pg.text(x0 + 2, y0 + 16, "户  号", 3.2, font, INK); pg.text(x0 + 21, y0 + 15.8, f["household_number"], 3.6, font, INK, value=True)
    pg.text(x0 + 2, y0 + 28, "住  址", 3.2, font, INK)
    addr = f["address"] if f["address"] else st["address_under_seal"]
    pg.line(x0 + 18, y0 + 24, x0 + 129, y0 + 24, 0.25)
    lines = pg.wrap(addr, 106, 3.5, font)
    for k, ln in enumerate(lines[:2]):
        pg.text(x0 + 21, y0 + 26 + k * 4.6 - (2.3 if len(lines) > 1 else 0), ln, 3.5, font, INK, value=True, hidden=st.get("seal_over", False))
    pg.text(x0 + 2, y0 + 40, "户口登记机关", 3.0, font, INK)
    pg.text(x0 + 2, y0 + 45, "盖      章", 3.0, font, INK)
    pg.line(x0 + 64, y0 + 36, x0 + 64, y0 + 72, 0.25)
    pg.text(x0 + 67, y0 + 40, "承办人签章", 3.0, font, INK)
    pg.text(x0 + 92, y0 + 50, st.get("clerk", "李玉华"), 3.6, "kai", (30, 40, 110))
    pg.text(x0 + 67, y0 + 63, "签发日期", 3.0, font, INK)
    i = d(f["issue_date"])
    pg.text(x0 + 86, y0 + 62.8, "%d年%d月%d日" % (i.year, i.month, i.day), 3.4, font, INK, value=True)
    if st.get("seal_over"):
        # the registration office's seal stamped right across the address: heavy ink, unreadable
        pg.items.append(("ellipse", x0 + 28, y0 + 17, x0 + 100, y0 + 40, None, (200, 40, 50, 235), 0.3))
        pg.seal(x0 + 64, y0 + 29, 16, st.get("seal", "公安局户口专用章"), "")
    else:
        pg.seal(x0 + 33, y0 + 56, 14, st.get("seal", "公安局户口专用章"), "")


def hh_member(pg, ox, oy, f, st):
    font = st.get("body", "song")
    hand = st.get("hand")
    vf = hand or font
    vcol = (35, 45, 105) if hand else INK
    pg.rect(ox, oy, ox + 145, oy + 105, outline=(190, 180, 160), fill=(250, 246, 236), w=0.3)
    pg.text(ox + 72.5, oy + 5, "常住人口登记卡", 5.0, "notoserif_b", INK, anchor="c", spacing=1.2)
    x0, y0 = ox + 5, oy + 12.5
    b = d(f["birth_date"]); r = d(f["registration_date"])
    cells = [
        [("姓名", f["name"], 1), ("户主或与户主关系", f["relation_to_head"], 1)],
        [("曾用名", "", 0), ("性别", f["sex"], 1)],
        [("出生地", f["birthplace"], 1), ("民族", f["ethnicity"], 1)],
        [("籍贯", f["native_place"], 1), ("出生日期", "%d年%d月%d日" % (b.year, b.month, b.day), 1)],
        [("本市(县)其他住址", "", 0), ("宗教信仰", "", 0)],
        [("公民身份证件编号", f["id_number"], 1), ("身高", "%dcm" % st.get("height", 170), 0)],
        [("文化程度", f["education"], 1), ("婚姻状况", f["marital_status"], 1)],
        [("服务处所", f["employer"], 1), ("职业", st.get("job", "职员"), 0)],
        [("何时由何地迁来本址", st.get("moved", ""), 0), ("登记日期", "%d年%d月%d日" % (r.year, r.month, r.day), 1)],
        [("承办人签章", "", 0), ("", "", 0)],
    ]
    rh = 8.6
    W = 135
    widths = [22, 52, 22, 39]
    for i, row in enumerate(cells):
        y = y0 + i * rh
        x = x0
        for j, (lab, val, isv) in enumerate(row):
            lw, vw = widths[2 * j], widths[2 * j + 1]
            pg.rect(x, y, x + lw, y + rh, w=0.22)
            pg.rect(x + lw, y, x + lw + vw, y + rh, w=0.22)
            ls = 2.4 if len(lab) <= 5 else (2.4 * 5 / len(lab) * 1.35 if len(lab) > 7 else 2.1)
            ll = pg.wrap(lab, lw - 1.5, ls, font)
            for k, ln in enumerate(ll[:2]):
                pg.text(x + 0.8, y + (rh - len(ll[:2]) * ls * 1.2) / 2 + k * ls * 1.2, ln, ls, font, INK)
            if val:
                vs = 3.1
                if fonts.width_mm(vf, val, vs) > vw - 2:
                    vs = max(2.2, (vw - 2) / fonts.width_mm(vf, val, 1.0))
                if fonts.width_mm(vf, val, vs) > vw - 2:
                    lines = pg.wrap(val, vw - 2, 2.3, vf)
                    for k, ln in enumerate(lines[:2]):
                        pg.text(x + lw + 1, y + 1.3 + k * 3.1, ln, 2.3, vf, vcol, value=bool(isv))
                else:
                    pg.text(x + lw + 1, y + (rh - vs) / 2 + (st.get("jit", 0) * ((i + j) % 3 - 1)), val, vs, vf, vcol, value=bool(isv))
            x += lw + vw
    pg.seal(x0 + 52, y0 + 9 * rh + 2, 11.5, st.get("seal", "公安局户口专用章"), "")


def booklet_page(fn, f, st):
    pg = Page(145, 105, bg=(250, 246, 236), kind="booklet")
    fn(pg, 0, 0, f, st)
    return pg


# ---------------------------------------------------------------- 集体户口 户籍证明
def collective(f, st):
    pg = Page(210, 297)
    font = st.get("body", "song")
    pg.text(105, 40, "户 籍 证 明", 8, st.get("head", "notoserif_b"), INK, anchor="c", spacing=2)
    y = 62
    y = pg.para(28, y, "兹证明下列人员户口登记在本辖区集体户内，现将其户籍信息证明如下：", 154, 4.2, font)
    y += 6
    for lab, val, v in [("姓        名", f["name"], True), ("公民身份号码", f["id_number"], True), ("户 籍 地 址", f["address"], True), ("户        别", "集体户", False)]:
        x = pg.text(34, y, lab + "：", 4.2, font, INK)
        lines = pg.wrap(val, 176 - x, 4.2, font)
        for k, ln in enumerate(lines):
            pg.text(x, y + k * 6.4, ln, 4.2, font, INK, value=v)
        y += len(lines) * 6.4 + 4
    y += 4
    y = pg.para(28, y, "本证明仅用于办理上海市居住证积分申请，自开具之日起三个月内有效。", 154, 4.2, font)
    pg.text(34, y + 4, "特此证明。", 4.2, font, INK)
    pg.text(182, y + 30, st["office"], 4.2, font, INK, anchor="r")
    i = d(f["issue_date"])
    pg.text(182, y + 58, "%d年%d月%d日" % (i.year, i.month, i.day), 4.2, font, INK, anchor="r", value=True)
    pg.seal(155, y + 30, 19, st["office"], "户籍专用章")
    pg.text(28, 262, "（开具人：%s    联系电话：%s）" % (st.get("clerk", "王敏"), st.get("tel", "021-5")), 3.2, font, GREY)
    return [pg]


# ---------------------------------------------------------------- 劳动合同
CLAUSES = [
    "甲方根据工作需要，安排乙方从事{job}岗位工作。乙方应当按照甲方依法制定的岗位职责和工作要求，按时、按质、按量完成工作任务。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，乙方在劳动过程中应当严格遵守安全操作规程。",
    "甲方实行标准工时制度。乙方每日工作时间不超过八小时，平均每周工作时间不超过四十小时。甲方因生产经营需要安排乙方加班的，应当依法支付加班工资或者安排补休。",
    "甲方每月{payday}日前以货币形式支付乙方上月工资。乙方试用期工资不低于本合同约定工资的百分之八十，且不低于本市最低工资标准。",
    "甲乙双方应当依法参加社会保险，按时足额缴纳社会保险费。乙方个人应当缴纳的部分，由甲方从乙方工资中代扣代缴。",
    "乙方应当遵守甲方依法制定的规章制度，保守甲方的商业秘密。乙方的财产及个人信息，甲方应当依法予以保护。",
    "甲方为乙方提供专项培训费用，对其进行专业技术培训的，可以与乙方另行订立协议，约定服务期及违约责任。",
    "经甲乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式，变更后的文本由甲乙双方各执一份。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同。乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "有下列情形之一的，甲方可以解除本合同：乙方在试用期间被证明不符合录用条件的；严重违反甲方规章制度的；严重失职，营私舞弊，给甲方造成重大损害的。",
    "甲方依法解除或者终止本合同的，应当在解除或者终止时出具解除或者终止劳动合同的证明，并在十五日内为乙方办理档案和社会保险关系转移手续。",
    "因履行本合同发生争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动人事争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按照国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力，自双方签字盖章之日起生效。",
]


def body_pages(pg_new, start_y, paras, font, size, first_pg, bottom=272, left=25, width=160, start_no=1):
    pg, y = first_pg, start_y
    pages = []
    for k, p in enumerate(paras):
        title, text = p
        lines = pg.wrap(text, width - 8, size, font)
        need = (len(lines) + (1 if title else 0)) * size * 1.75 + 3
        if y + min(need, size * 1.75 * 3) > bottom:
            pages.append(pg)
            pg = pg_new(); y = 25
        if title:
            pg.text(left, y, title, size, font, INK); y += size * 1.75
        for ln in lines:
            if y + size * 1.6 > bottom:
                pages.append(pg); pg = pg_new(); y = 25
            pg.text(left + 8 if ln is lines[0] else left, y, ln, size, font, INK)
            y += size * 1.75
        y += 2.5
    return pages, pg, y


def contract(f, st, form):
    font, size = st.get("body", "song"), st.get("size", 3.6)
    hand = st.get("hand", "kai")
    emp = fw(f["employer"]) if st.get("fullwidth") else f["employer"]
    s = d(f["start_date"]); e = d(f["end_date"]) if f["end_date"] else None
    sg = d(f["signing_date"])
    new = lambda: Page(210, 297)
    pages = []
    title = "聘用合同" if form == "hire_contract" else "劳动合同"
    A, B = ("聘用方（甲方）", "受聘方（乙方）") if form == "hire_contract" else ("甲方（用人单位）", "乙方（劳动者）")

    def term_block(pg, y):
        pg.text(25, y, "第一条  合同期限", size, "notoserif_b" if font != "notosans" else "notosans_b", INK); y += size * 2
        pg.text(33, y, "甲乙双方选择以下第      种形式确定本合同期限：", size, font, INK); y += size * 2
        opts = [("固定期限", not f["open_ended"]), ("无固定期限", f["open_ended"]), ("以完成一定工作任务为期限", False)]
        for lab, chk in opts:
            pg.checkbox(33, y, size, chk)
            x = pg.text(38, y, lab + "：", size, font, INK)
            if lab == "固定期限":
                segs = [("自", 0), (" %d " % s.year, 0), ("年", 0), (" %d " % s.month, 0), ("月", 0), (" %d " % s.day, 0), ("日起至", 0)]
                if chk:
                    segs = [("自", 0), (" %d" % s.year, 1), (" 年", 0), (" %d" % s.month, 1), (" 月", 0), (" %d" % s.day, 1), (" 日起至", 0),
                            (" %d" % e.year, 1), (" 年", 0), (" %d" % e.month, 1), (" 月", 0), (" %d" % e.day, 1), (" 日止。", 0)]
                else:
                    segs = [("自  ____ 年 __ 月 __ 日起至 ____ 年 __ 月 __ 日止。", 0)]
                seg_line(pg, x, y, [(t.strip() if v else t, v) for t, v in segs], size, hand if False else font, width=175 - x, underline=True)
            elif lab == "无固定期限":
                if chk:
                    seg_line(pg, x, y, [("自", 0), ("%d" % s.year, 1), (" 年 ", 0), ("%d" % s.month, 1), (" 月 ", 0), ("%d" % s.day, 1), (" 日起。", 0)], size, font, width=175 - x, underline=True)
                else:
                    pg.text(x, y, "自  ____ 年 __ 月 __ 日起。", size, font, INK)
            else:
                pg.text(x, y, "自 ______ 起至 ______ 工作任务完成时止。", size * 0.95, font, INK)
            y += size * 2.1
        pr = s + dt.timedelta(days=st.get("probation", 90) - 1)
        y = pg.para(33, y + 1, "其中试用期自%d年%d月%d日起至%d年%d月%d日止。" % (s.year, s.month, s.day, pr.year, pr.month, pr.day), 145, size, font) + 3
        return y

    def party_table(pg, y):
        rows = [[A[:2] + " 名称", emp], ["法定代表人", st.get("rep", "王建国")], ["注册地址", st.get("reg_addr", "上海市")],
                [B[:2] + " 姓名", f["employee_name"]], ["居民身份证号码", f["employee_id_number"]], ["户籍地址", st.get("hk", "")], ["联系电话", st.get("tel", "13800000000")]]
        vc = {(0, 1), (3, 1), (4, 1)}
        return table(pg, 25, y, [38, 122], rows, size, font, pad=2.2, value_cols=vc)

    if form == "shanghai_model":
        p1 = new()
        p1.text(105, 60, title, 12, st.get("head", "notoserif_b"), INK, anchor="c", spacing=6)
        p1.text(105, 82, "（示范文本）", 5, font, INK, anchor="c")
        y = 150
        for lab, val, v in [("甲方（用人单位）：", emp, True), ("乙方（劳动者）：", f["employee_name"], True)]:
            x = p1.text(40, y, lab, 4.4, font, INK)
            lines = p1.wrap(val, 170 - x, 4.4, font)
            for k, ln in enumerate(lines):
                p1.text(x, y + k * 7, ln, 4.4, font, INK, value=v)
                p1.line(x, y + k * 7 + 5.6, 172, y + k * 7 + 5.6, 0.2)
            y += len(lines) * 7 + 9
        x = p1.text(40, y, "签订日期：", 4.4, font, INK)
        p1.text(x, y, "%d年%d月%d日" % (sg.year, sg.month, sg.day), 4.4, font, INK, value=True)
        p1.text(105, 262, "上海市人力资源和社会保障局制", 4, font, INK, anchor="c")
        pages.append(p1)
        p2 = new()
        p2.text(105, 22, "劳动合同双方当事人基本情况", 5, st.get("head", "notoserif_b"), INK, anchor="c")
        y = 36
        for lab, val, v in [(A + "名称：", emp, True), ("法定代表人（主要负责人）：", st.get("rep", ""), False), ("注册地址：", st.get("reg_addr", ""), False),
                            (B + "姓名：", f["employee_name"], True), ("居民身份证号码：", f["employee_id_number"], True), ("户籍地址：", st.get("hk", ""), False), ("在沪居住地址：", st.get("res", ""), False)]:
            x = p2.text(25, y, lab, size, font, INK)
            lines = p2.wrap(val, 183 - x, size, font) or [""]
            for k, ln in enumerate(lines):
                p2.text(x + 1, y - 0.3 + k * 6.2, ln, size, hand if (v and st.get("handfill")) else font, (30, 35, 95) if (v and st.get("handfill")) else INK, value=v)
                p2.line(x, y + k * 6.2 + size * 1.25, 185, y + k * 6.2 + size * 1.25, 0.18)
            y += len(lines) * 6.2 + 4.5
        y += 4
        y = p2.para(25, y, "根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。", 160, size, font) + 5
        y = term_block(p2, y)
        cls = [("第%s条" % cn_num(k + 2), c.format(job=st.get("job", "技术"), payday=st.get("payday", 10))) for k, c in enumerate(CLAUSES)]
        more, last, y = body_pages(new, y, cls, font, size, p2)
        pages += more
    else:
        p1 = new()
        p1.text(105, 24, title + ("书" if form == "company" and st.get("shu") else ""), 8, st.get("head", "notoserif_b"), INK, anchor="c", spacing=3)
        p1.text(182, 36, "合同编号：%s" % st.get("no", "HT-2024-0001"), 3.2, font, GREY, anchor="r")
        y = party_table(p1, 44) + 6
        y = p1.para(25, y, "甲乙双方根据《中华人民共和国劳动合同法》等法律法规的规定，在平等自愿、协商一致的基础上，订立本合同。", 160, size, font) + 4
        p1.text(25, y, "第一条  合同期限", size, font, INK); y += size * 1.9
        if f["open_ended"]:
            segs = [("本合同为无固定期限劳动合同，自", 0), ("%d年%d月%d日" % (s.year, s.month, s.day), 1), ("起履行。", 0)]
        else:
            segs = [("本合同为固定期限劳动合同，自", 0), ("%d年%d月%d日" % (s.year, s.month, s.day), 1), ("起至", 0), ("%d年%d月%d日" % (e.year, e.month, e.day), 1), ("止。", 0)]
        seg_line(p1, 33, y, segs, size, font, width=152)
        y += size * 1.9
        pr = s + dt.timedelta(days=st.get("probation", 90) - 1)
        y = p1.para(25, y, "试用期为%d个月，自%d年%d月%d日起至%d年%d月%d日止。试用期包含在合同期限内。" % (st.get("probation", 90) // 30, s.year, s.month, s.day, pr.year, pr.month, pr.day), 160, size, font) + 3
        cls = [("第%s条" % cn_num(k + 2), c.format(job=st.get("job", "技术"), payday=st.get("payday", 10))) for k, c in enumerate(CLAUSES[: st.get("n_clauses", 13)])]
        more, last, y = body_pages(new, y, cls, font, size, p1)
        pages += more
    # signature block
    if y > 205:
        pages.append(last); last = new(); y = 30
    y += 8
    last.text(25, y, "甲方（盖章）：", size + 0.3, font, INK)
    last.text(115, y, "乙方（签字）：", size + 0.3, font, INK)
    last.text(145, y + 4, f["employee_name"], 6, hand, (25, 30, 90))
    last.text(25, y + 20, "法定代表人或委托代理人（签字）：", size, font, INK)
    last.text(25, y + 34, "日期：", size, font, INK)
    last.text(41, y + 34, "%d年%d月%d日" % (sg.year, sg.month, sg.day), size, font, INK, value=True)
    last.text(115, y + 34, "日期：", size, font, INK)
    last.text(131, y + 34, "%d年%d月%d日" % (sg.year, sg.month, sg.day), size, hand if st.get("handdate") else font, INK)
    last.seal(62, y + 12, 20, fw(f["employer"]) if len(f["employer"]) < 22 else f["employer"][:22], "合同专用章" if st.get("hetong") else "")
    pages.append(last)
    n = len(pages)
    for k, p in enumerate(pages):
        p.text(105, 282, st.get("pno", "第 {k} 页 共 {n} 页").format(k=k + 1, n=n), 3, font, GREY, anchor="c")
    return pages


def renewal(f, st):
    pg = Page(210, 297)
    font, size = st.get("body", "song"), 3.9
    pg.text(105, 30, "劳动合同续订书", 7, st.get("head", "notoserif_b"), INK, anchor="c", spacing=2)
    emp = fw(f["employer"]) if st.get("fullwidth") else f["employer"]
    y = 50
    for lab, val in [("甲方（用人单位）：", emp), ("乙方（劳动者）：", f["employee_name"]), ("居民身份证号码：", f["employee_id_number"])]:
        x = pg.text(28, y, lab, size, font, INK)
        for k, ln in enumerate(pg.wrap(val, 182 - x, size, font)):
            pg.text(x, y + k * 6.5, ln, size, font, INK, value=True); pg.line(x, y + k * 6.5 + 5, 182, y + k * 6.5 + 5, 0.18)
            y += 6.5 * (k > 0)
        y += 10
    s = d(f["start_date"]); prev = s - dt.timedelta(days=1)
    y = pg.para(28, y, "甲乙双方于%d年%d月%d日到期的劳动合同，经协商一致同意续订，期限为：" % (prev.year, prev.month, prev.day), 154, size, font) + 5
    pg.checkbox(34, y, size, not f["open_ended"])
    x = pg.text(40, y, "固定期限：", size, font, INK)
    if not f["open_ended"]:
        e = d(f["end_date"])
        seg_line(pg, x, y, [("自", 0), ("%d年%d月%d日" % (s.year, s.month, s.day), 1), ("起至", 0), ("%d年%d月%d日" % (e.year, e.month, e.day), 1), ("止。", 0)], size, font, width=180 - x, underline=True)
    else:
        pg.text(x, y, "自 ____ 年 __ 月 __ 日起至 ____ 年 __ 月 __ 日止。", size, font, INK)
    y += 9
    pg.checkbox(34, y, size, f["open_ended"])
    x = pg.text(40, y, "无固定期限：", size, font, INK)
    if f["open_ended"]:
        seg_line(pg, x, y, [("自", 0), ("%d年%d月%d日" % (s.year, s.month, s.day), 1), ("起。", 0)], size, font, underline=True)
    else:
        pg.text(x, y, "自 ____ 年 __ 月 __ 日起。", size, font, INK)
    y += 14
    y = pg.para(28, y, "续订期间，原劳动合同的其他条款继续有效。本续订书一式两份，甲乙双方各执一份。", 154, size, font) + 20
    pg.text(28, y, "甲方（盖章）", size, font, INK); pg.text(120, y, "乙方（签字）", size, font, INK)
    pg.text(150, y + 5, f["employee_name"], 6, st.get("hand", "kai"), (25, 30, 90))
    sg = d(f["signing_date"])
    pg.text(28, y + 30, "%d年%d月%d日" % (sg.year, sg.month, sg.day), size, font, INK, value=True)
    pg.text(120, y + 30, "%d年%d月%d日" % (sg.year, sg.month, sg.day), size, font, INK)
    pg.seal(60, y + 8, 18, fw(f["employer"])[:22], "")
    return [pg]


# ---------------------------------------------------------------- tax
def period_text(p, style):
    import calendar
    y, m = map(int, p.split("-"))
    last = calendar.monthrange(y, m)[1]
    if style == 0:
        return "%04d-%02d-01至\n%04d-%02d-%02d" % (y, m, y, m, last)
    return "%04d.%02d.01-\n%04d.%02d.%02d" % (y, m, y, m, last)


def paginate_table(new_page, head_fn, widths, rows, size, font, x, value_cols, top_first, top_next, bottom, foot_fn=None, lead=1.3, pad=1.1):
    pages = []
    pg = new_page(); head_fn(pg, True)
    y = top_first
    hdr = rows[0]
    y = table(pg, x, y, widths, [hdr], size, font, lead, pad)
    for r in rows[1:]:
        h = row_height(widths, r, size, font, lead, pad)
        if y + h > bottom:
            pages.append(pg)
            pg = new_page(); head_fn(pg, False)
            y = table(pg, x, top_next, widths, [hdr], size, font, lead, pad)
        y = table(pg, x, y, widths, [r], size, font, lead, pad, value_cols=value_cols)
    pages.append(pg)
    if foot_fn:
        for k, p in enumerate(pages):
            foot_fn(p, k + 1, len(pages))
    return pages, y


def tax_national(f, rows, st):
    font = st.get("body", "song")
    off = st.get("office", "国家税务总局上海市浦东新区税务局")
    pstyle = st.get("pstyle", 0)
    codes = st.get("codes", {})

    def remark(r):
        a = r["withholding_agent"]
        a_p = fw(a) if st.get("fullwidth") else a
        c = codes.get(a, "")
        if st.get("taxid") == "before":
            return "扣缴义务人：%s %s" % (c, a_p)
        if st.get("taxid") == "after":
            return "扣缴义务人：%s（%s）" % (a_p, c)
        return "扣缴义务人：" + a_p

    iss = d(f["issue_date"])
    body = [["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]]
    for r in rows:
        y, m = map(int, r["period"].split("-"))
        nm = (y * 12 + m) % 12 + 1; ny = y + (1 if m == 12 else 0)
        body.append(["%04d-%02d-%02d" % (ny, nm, 8 + (m % 5)), r["amount"], "%04d-%02d-%02d" % (ny, nm, 10 + (m % 5)),
                     "工资薪金所得" if r["_item"] == "正常工资薪金" else r["_item"], period_text(r["period"], pstyle), off, remark(r)])
    widths = [20, 19, 20, 22, 24, 36, 45]

    def head(pg, first):
        if first:
            pg.text(105, 16, "中华人民共和国个人所得税纳税记录", 5.4, st.get("head", "song"), INK, anchor="c")
            pg.text(105, 24, "（原《税收完税证明》）", 3.4, font, INK, anchor="c")
            pg.text(20, 32, "No." + st.get("no", "326115260000012345"), 3, font, INK)
            x = pg.text(20, 40, "纳税人名称：", 3.3, font, INK); pg.text(x, 40, f["name"], 3.3, font, INK, value=True)
            x = pg.text(95, 40, "纳税人识别号：", 3.3, font, INK); pg.text(x, 40, f["id_number"], 3.3, font, INK, value=True)
            first_m = min(r["period"] for r in rows); last_m = max(r["period"] for r in rows)
            pg.text(20, 47, "记录期间：%s年%s月-%s年%s月" % (first_m[:4], int(first_m[5:]), last_m[:4], int(last_m[5:])), 3.3, font, INK)
            x = pg.text(95, 47, "开具日期：", 3.3, font, INK); pg.text(x, 47, "%d年%d月%d日" % (iss.year, iss.month, iss.day), 3.3, font, INK, value=True)
            pg.text(20, 54, "金额单位：人民币元（列至角分）", 3.0, font, INK)

    def foot(pg, k, n):
        pg.text(20, 277, "查询验证码：%s" % st.get("code", "7KQ2 8XWD 5MTA"), 3, font, INK)
        pg.text(190, 277, "第%d页/共%d页" % (k, n), 3, font, INK, anchor="r")
        pg.text(20, 283, "说明：本记录涉及纳税人敏感信息，请妥善保管。可通过个人所得税App或自然人电子税务局查询验证。", 2.6, font, GREY)

    pages, y = paginate_table(lambda: Page(210, 297), head, widths, body, 2.6, font, 15, {1, 4, 6}, 58, 20, 268, foot)
    last = pages[-1]
    if y + 44 < 268:
        last.seal(160, y + 24, 17, "国家税务总局上海市税务局", "征税专用章")
    return pages


def tax_app(f, rows, st):
    pages = []
    per = st.get("per", 5)
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    iss = d(f["issue_date"])
    for ci, ch in enumerate(chunks):
        items = []
        for r in sorted(ch, key=lambda r: r["period"], reverse=True):
            items += [("所得期间", r["period"].replace("-", "年") + "月", True), ("所得项目", "工资薪金" if r["_item"] == "正常工资薪金" else r["_item"], False),
                      ("扣缴义务人", r["withholding_agent"], True), ("已申报税额", r["amount"], True), (None, None, None)]
        head = [("纳税人", f["name"], True), ("证件号码", f["id_number"], True), ("查询日期", fmt(f["issue_date"], "dash"), True), (None, None, None)]
        pg, y = app_screen("收入纳税明细", None, head + items, dict(st, clock=st.get("clock", "20:15")))
        pg.text(54, 228, "第%d屏 · 共%d屏" % (ci + 1, len(chunks)), 2.8, st.get("ui", "notosans"), GREY, anchor="c")
        pages.append(pg)
    return pages


def tax_old(f, rows, st):
    font = st.get("body", "song")
    iss = d(f["issue_date"])
    body = [["税种", "品目名称", "税款所属时期", "入(退)库日期", "实缴(退)金额", "扣缴义务人"]]
    for r in rows:
        body.append(["个人所得税", "工资薪金所得" if r["_item"] == "正常工资薪金" else r["_item"], period_text(r["period"], 0).replace("\n", ""), "", r["amount"], r["withholding_agent"]])
    for b in body[1:]:
        y, m = map(int, b[2][:7].split("-")); m2 = m % 12 + 1; y2 = y + (m == 12)
        b[3] = "%04d-%02d-15" % (y2, m2)
    widths = [20, 26, 34, 24, 22, 54]

    def head(pg, first):
        pg.text(105, 16, "中华人民共和国", 5, "song", INK, anchor="c")
        pg.text(105, 24, "税 收 完 税 证 明", 6, st.get("head", "song"), INK, anchor="c", spacing=1)
        pg.text(20, 35, "填发日期：", 3.2, font, INK); pg.text(37, 35, "%d年%d月%d日" % (iss.year, iss.month, iss.day), 3.2, font, INK, value=True)
        pg.text(120, 35, "税务机关：国家税务总局上海市税务局", 3.2, font, INK)
        x = pg.text(20, 42, "纳税人识别号：", 3.2, font, INK); pg.text(x, 42, f["id_number"], 3.2, font, INK, value=True)
        x = pg.text(120, 42, "纳税人名称：", 3.2, font, INK); pg.text(x, 42, f["name"], 3.2, font, INK, value=True)

    def foot(pg, k, n):
        pg.text(20, 272, "妥善保管    手写无效", 3, font, INK)
        pg.text(190, 272, "%d/%d" % (k, n), 3, font, INK, anchor="r")

    pages, y = paginate_table(lambda: Page(210, 297), head, widths, body, 2.8, font, 15, {2, 4, 5}, 50, 50, 262, foot)
    if y + 40 < 262:
        pages[-1].seal(60, y + 22, 17, "国家税务总局上海市税务局", "征税专用章")
    return pages


# ---------------------------------------------------------------- social insurance
def si_record(f, rows, st, form):
    font = st.get("body", "song")
    emp_p = (lambda a: fw(a)) if st.get("fullwidth") else (lambda a: a)
    title = st.get("title", "上海市社会保险个人缴费情况")
    if form == "range_rows":
        body = [["起止年月", "单位名称", "缴费基数", "月数"]]
        grp = []
        for r in rows:
            if grp and grp[-1]["employer"] == r["employer"] and grp[-1]["base"] == r["base"] and grp[-1]["end"] == _prev(r["month"]):
                grp[-1]["end"] = r["month"]; grp[-1]["n"] += 1
            else:
                grp.append({"start": r["month"], "end": r["month"], "employer": r["employer"], "base": r["base"], "n": 1})
        for g in grp:
            body.append(["%s至%s" % (g["start"].replace("-", ""), g["end"].replace("-", "")), emp_p(g["employer"]), g["base"], str(g["n"])])
        widths = [40, 86, 30, 20]; vcols = {0, 1, 2}
    elif form == "section_pdf":
        body = [["缴费年月", "缴费单位", "缴费基数", "养老(个人)", "医疗(个人)", "失业(个人)"]]
        for r in rows:
            if not r["back_payment"]:
                body.append(_si_row(r, emp_p))
        widths = [22, 70, 24, 22, 20, 18]; vcols = {0, 1, 2}
    else:
        last = "缴费类型" if form == "monthly_pdf" else "备注"
        body = [["费款所属期" if form == "remark_pdf" else "缴费年月", "单位名称", "缴费基数", "养老(个人)", "医疗(个人)", "失业(个人)", last]]
        for r in rows:
            tag = ("补缴" if r["back_payment"] else "正常") if form == "monthly_pdf" else ("补缴" if r["back_payment"] else "")
            body.append(_si_row(r, emp_p) + [tag])
        widths = [20, 64, 22, 20, 20, 18, 16]; vcols = {0, 1, 2, 6}

    def head(pg, first):
        pg.text(105, 16, title, 5.2, st.get("head", "song"), INK, anchor="c")
        x = pg.text(18, 28, "姓名：", 3.3, font, INK); pg.text(x, 28, f["name"], 3.3, font, INK, value=True)
        x = pg.text(70, 28, st.get("id_label", "证件号码") + "：", 3.3, font, INK); pg.text(x, 28, f["id_number"], 3.3, font, INK, value=True)
        pg.text(192, 28, "单位：元", 3.0, font, INK, anchor="r")

    def foot(pg, k, n):
        pg.text(18, 280, "打印日期：%s    数据来源：上海市社会保险事业管理中心" % st.get("printed", ""), 2.8, font, GREY)
        pg.text(192, 280, "第%d页 共%d页" % (k, n), 2.8, font, GREY, anchor="r")

    pages, y = paginate_table(lambda: Page(210, 297), head, widths, body, 2.8, font, 15, vcols, 36, 36, 268, None)
    if form == "section_pdf":
        back = [r for r in rows if r["back_payment"]]
        if back:
            pg = pages[-1]
            bbody = [["补缴年月", "缴费单位", "缴费基数", "补缴金额", "补缴日期"]] + [[r["month"], emp_p(r["employer"]), r["base"], "%.2f" % (float(r["base"]) * 0.105), st.get("printed", "")] for r in back]
            bw = [22, 70, 24, 30, 30]
            need = sum(row_height(bw, r, 2.8, font) for r in bbody) + 12
            if y + need > 268:
                pg = Page(210, 297); head(pg, False); pages.append(pg); y = 36
            pg.text(15, y + 5, "补缴明细", 3.6, font, INK)
            y = table(pg, 15, y + 11, bw, bbody[:1], 2.8, font)
            table(pg, 15, y, bw, bbody[1:], 2.8, font, value_cols={0, 1, 2})
    for k, p in enumerate(pages):
        foot(p, k + 1, len(pages))
    return pages


def _prev(m):
    y, mm = map(int, m.split("-"))
    k = y * 12 + mm - 2
    return "%04d-%02d" % (k // 12, k % 12 + 1)


def _si_row(r, emp_p):
    b = float(r["base"])
    return [r["month"], emp_p(r["employer"]), r["base"], "%.2f" % (b * .08), "%.2f" % (b * .02), "%.2f" % (b * .005)]


# ---------------------------------------------------------------- education
def diploma(f, st, form):
    font = st.get("body", "song")
    pg = Page(270, 190, bg=(253, 250, 240) if form != "modern" else (255, 255, 252))
    border = (160, 40, 40) if form == "classic" else (40, 90, 150)
    pg.rect(6, 6, 264, 184, outline=border, w=1.2); pg.rect(9, 9, 261, 181, outline=border, w=0.4)
    lvl = f["level"]
    title = {"专科": "毕 业 证 书", "本科": "毕 业 证 书", "硕士研究生": "研究生毕业证书"}[lvl]
    if form == "adult":
        pg.text(135, 20, "成人高等教育", 4.5, font, INK, anchor="c", spacing=1)
    pg.text(135, 28, title, 10, st.get("head", "notoserif_b"), (150, 30, 30) if form == "classic" else INK, anchor="c", spacing=2)
    pg.photo(28, 50, 62, 92)
    g = d(f["graduation_date"]); yrs = st.get("years", 4)
    st_y = g.year - yrs
    b = d(st["birth"])
    yrword = {3: "三年制", 4: "四年制", 2: "两年半"}.get(yrs, "四年制")
    if lvl == "硕士研究生":
        yrword = "三年制"
    bdt = ("%s年%s月" % ("".join(CN[int(c)] for c in str(b.year)), cn_num(b.month))) if form == "classic" else "%d年%d月" % (b.year, b.month)
    x0, w = 78, 170
    size = 5.2
    mode_words = ("业余" if "业余" in f["study_mode"] else "函授") if form == "adult" else ""
    lines = [
        [("学生  ", 0), (f["name"], 1), ("，性别%s，%s生，于" % (st["sex"], bdt), 0)],
        [("%d年9月至%d年%d月在本校" % (st_y, g.year, g.month), 0), (f["major"], 1), ("专业", 0)],
        [(yrword + mode_words, 0), (lvl, 1), ("学习，修完教学计划规定的全部课程，", 0)],
        [("成绩合格，准予毕业。", 0)],
    ]
    y = 58
    for ln in lines:
        seg_line(pg, x0, y, ln, size, font, width=w)
        y += 12
    pg.text(x0, 128, "校（院）长：", 4.2, font, INK)
    pg.text(x0 + 28, 126, st.get("pres", "张建民"), 6, "kai", INK)
    pg.text(x0, 142, "证书编号：%s" % st.get("no", "103371201505001234"), 3.8, font, INK)
    pg.text(x0 + 100, 122, f["school"], 5.2, font, INK, value=True)
    dt_s = cn_date(f["graduation_date"]) if form in ("classic", "adult") or st.get("cnnum") else "%d年%d月%d日" % (g.year, g.month, g.day)
    pg.text(x0 + 100, 140, dt_s, 4.4, font, INK, value=True)
    pg.seal(x0 + 68, 134, 17, f["school"], "")
    return [pg]


def degree(f, st, form):
    font = st.get("body", "song")
    pg = Page(190, 270, bg=(255, 253, 246))
    pg.rect(8, 8, 182, 262, outline=(170, 140, 60), w=1.0)
    pg.text(95, 30, "学位证书" if form == "bachelor" else "硕士学位证书", 9, st.get("head", "notoserif_b"), (120, 30, 30), anchor="c", spacing=2)
    pg.photo(72, 50, 118, 106)
    b = d(st["birth"]); g = d(f["graduation_date"])
    disc = st.get("discipline", "工学")
    y = 124
    size = 4.6
    if form == "bachelor":
        segs = [[(f["name"], 1), ("，%s，%d年%d月%d日生。在" % (st["sex"], b.year, b.month, b.day), 0)],
                [(f["school"], 1)],
                [(f["major"], 1), ("专业完成了本科学习计划，业已毕业。", 0)],
                [("经审核符合《中华人民共和国学位条例》的规定，", 0)],
                [("授予", 0), (disc, 0), (f["level"], 1), ("学位。", 0)]]
    else:
        segs = [[(f["name"], 1), ("，%s，%d年%d月%d日生。在" % (st["sex"], b.year, b.month, b.day), 0)],
                [(f["school"], 1), (f["major"], 1), ("专业", 0)],
                [("完成了硕士研究生学习计划，通过论文答辩，", 0)],
                [("经审核符合《中华人民共和国学位条例》的规定，", 0)],
                [("授予", 0), (disc, 0), (f["level"], 1), ("学位。", 0)]]
    for ln in segs:
        seg_line(pg, 28, y, ln, size, font, width=136)
        y += 11
    pg.text(28, 200, "%s学位评定委员会" % ("" if form == "bachelor" else "校"), 3.8, font, INK)
    pg.text(28, 207, "主席：", 3.8, font, INK); pg.text(44, 205, st.get("pres", "王志刚"), 6, "kai", INK)
    pg.text(28, 222, "证书编号：%s" % st.get("no", "1033742015001234"), 3.6, font, INK)
    dt_s = cn_date(f["graduation_date"]) if st.get("cnnum") else "%d年%d月%d日" % (g.year, g.month, g.day)
    pg.text(162, 240, dt_s, 4.2, font, INK, anchor="r", value=True)
    pg.seal(140, 212, 16, f["school"], "")
    return [pg]


def xuexin(f, st):
    font = st.get("body", "song")
    pg = Page(210, 297)
    pg.text(105, 22, "教育部学历证书电子注册备案表", 6, st.get("head", "song"), INK, anchor="c")
    pg.text(20, 36, "更新日期：%s" % st.get("upd", "2026年10月20日"), 3, font, GREY)
    pg.text(190, 36, "在线验证码：%s" % st.get("code", "A8K3TQ9WLXM2P7"), 3, font, GREY, anchor="r")
    g = d(f["graduation_date"])
    b = d(st["birth"])
    s = g.year - st.get("years", 4)
    mode = f["study_mode"]
    cat = "成人" if "成人" in mode else ("自学考试" if "自考" in mode else "普通")
    form_w = ("业余" if "业余" in mode else ("函授" if "函授" in mode else "普通全日制"))
    rows = [["姓名", f["name"], "性别", st["sex"]], ["出生日期", "%d年%02d月%02d日" % (b.year, b.month, b.day), "证件号码", st["idn"]],
            ["入学日期", "%d年09月01日" % s, "毕(结)业日期", "%d年%02d月%02d日" % (g.year, g.month, g.day)],
            ["学校名称", f["school"], "专业", f["major"]], ["学制", str(st.get("years", 4)) + "年", "层次", f["level"]],
            ["学历类别", cat, "学习形式", form_w], ["毕(结)业", "毕业", "证书编号", st.get("no", "1033712015050012")], ["校(院)长姓名", st.get("pres", "张建民"), "", ""]]
    vc = {(0, 1), (2, 3), (3, 1), (3, 3), (4, 3), (5, 1), (5, 3)}
    table(pg, 20, 46, [28, 57, 28, 57], rows, 3.3, font, pad=2.6, value_cols=vc)
    pg.qr(160, 140, 30, st.get("code", "x"))
    pg.text(20, 150, "注：1. 本表仅作为学历证书电子注册备案信息的证明。", 3, font, GREY)
    pg.text(20, 156, "2. 请登录学信网（www.chsi.com.cn）输入在线验证码查询验证。", 3, font, GREY)
    return [pg]


def marriage(f, st):
    font = st.get("body", "song")
    pg = Page(170, 120, bg=(250, 238, 236), kind="booklet")
    pg.pattern(3, 3, 167, 117, (244, 222, 220), 2.4)
    pg.photo(96, 10, 160, 52)
    pg.seal(128, 48, 13, st.get("seal", "民政局婚姻登记专用章"), "")
    L = lambda x, y, t: pg.text(x, y, t, 3, font, (110, 70, 70))
    V = lambda x, y, t: pg.text(x, y, t, 3.4, font, INK, value=True)
    L(8, 12, "持证人"); V(24, 11.6, f["holder_name"])
    r = d(f["registration_date"])
    L(8, 20, "登记日期"); V(24, 19.6, "%d年%02d月%02d日" % (r.year, r.month, r.day))
    L(8, 28, "结婚证字号"); pg.text(28, 27.6, st.get("no", "J310115-2015-001234"), 3.2, font, INK)
    L(8, 36, "备注")
    y = 66
    for who, nm, sex, bd, idn, isv in [("", st["holder"], st["hsex"], st["hbirth"], st["hid"], False), ("", f["spouse_name"], st["ssex"], st["sbirth"], f["spouse_id_number"], True)]:
        L(8, y, "姓名"); pg.text(20, y - 0.4, nm, 3.4, font, INK, value=isv)
        L(60, y, "性别"); pg.text(72, y - 0.4, sex, 3.4, font, INK)
        L(8, y + 7, "国籍"); pg.text(20, y + 6.6, "中国", 3.4, font, INK)
        L(60, y + 7, "出生日期"); pg.text(78, y + 6.6, bd, 3.4, font, INK)
        L(8, y + 14, "身份证件号"); pg.text(30, y + 13.6, idn, 3.4, font, INK, value=isv)
        y += 25
    return [pg]


# ---------------------------------------------------------------- not documents
def receipt(st):
    pg = Page(80, 190)
    font = "microhei"
    y = 8
    pg.text(40, y, st.get("shop", "联华超市（张杨路店）"), 4, font, INK, anchor="c"); y += 9
    for ln in ["收银员：0132   机号：05", "流水号：%s" % st.get("no", "202611050031"), "--------------------------------"]:
        pg.text(5, y, ln, 2.8, font, INK); y += 5
    tot = 0
    for it, pr in st.get("items", [("农夫山泉550ml", 2.0), ("光明鲜牛奶", 12.8), ("得力签字笔", 6.5), ("打印纸A4", 29.9)]):
        pg.text(5, y, it, 2.8, font, INK); pg.text(75, y, "%.2f" % pr, 2.8, font, INK, anchor="r"); y += 5; tot += pr
    pg.text(5, y + 2, "合计：%.2f" % tot, 3.2, font, INK); y += 10
    pg.text(5, y, "支付方式：微信支付", 2.8, font, INK); y += 5
    pg.text(5, y, st.get("time", "2026-11-05 18:22:10"), 2.8, font, INK); y += 8
    pg.text(40, y, "谢谢惠顾 欢迎再次光临", 3, font, INK, anchor="c")
    return [pg]


def rental(st):
    pg = Page(210, 297)
    font = st.get("body", "song")
    pg.text(105, 26, "上海市住房租赁合同", 7, "notoserif_b", INK, anchor="c", spacing=1)
    y = 44
    for ln in ["出租人（甲方）：%s" % st["landlord"], "承租人（乙方）：%s" % st["tenant"], "房屋坐落：%s" % st["addr"],
               "租赁期限：自%s起至%s止" % st["term"], "月租金：人民币%s元整，按季度支付。" % st["rent"]]:
        y = pg.para(25, y, ln, 160, 4, font) + 4
    for c in CLAUSES[5:9]:
        y = pg.para(25, y + 2, c.replace("劳动", "租赁"), 160, 3.8, font) + 2
    pg.text(105, 282, "第 1 页 共 5 页", 3, font, GREY, anchor="c")
    return [pg]


def blank():
    return [Page(210, 297, bg=(252, 252, 250))]
