"""Each document form drawn as vector pages (draw.Page).  Every function takes the document's truth fields
(f), its rows, a context (c) and a random generator, and returns a list of Pages."""
import datetime as dt

from . import draw as dr
from .common import cn_date, cn_num, cn_year, month_add, ym_str, add_months
from .draw import Page

BLUE_L = (70, 130, 190)
GREY = (120, 120, 120)
RED = (200, 30, 30)


def P(d, style="dot"):
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    if style == "dot":
        return d.strftime("%Y.%m.%d")
    if style == "dash":
        return d.isoformat()
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "cn0":
        return d.strftime("%Y年%m月%d日")
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "cnnum":
        return cn_date(d)
    return d.isoformat()


def D(s):
    return dt.date.fromisoformat(s)


def split_addr(s, n):
    k = (len(s) + n - 1) // n
    return [s[i:i + k] for i in range(0, len(s), k)]


# =========================================================== 居民身份证
def id_front(f, c, rng):
    pg = Page(85.6, 54.0)
    g = dr.guilloche(856, 540, rng)
    pg.image(0, 0, 85.6, 54.0, g)
    pg.rect(0.3, 0.3, 85.3, 53.7, w=0.3, color=(200, 200, 200), radius=3)
    vf = c.get("font_val", dr.NOTO_SANS)
    lab = (60, 120, 180)
    sz = 3.0
    pg.text(5, 6, "姓 名", 2.6, dr.NOTO_SANS, lab)
    pg.text(15, 5.6, f["name"], 3.6, vf, sp=0.6 if len(f["name"]) == 2 else 0.1)
    pg.text(5, 13, "性 别", 2.6, dr.NOTO_SANS, lab)
    pg.text(15, 12.7, f["sex"], sz, vf)
    pg.text(26, 13, "民 族", 2.6, dr.NOTO_SANS, lab)
    pg.text(36, 12.7, f["ethnicity"], sz, vf)
    b = D(f["birth_date"])
    pg.text(5, 20, "出 生", 2.6, dr.NOTO_SANS, lab)
    pg.text(15, 19.7, str(b.year), sz, vf)
    pg.text(25.5, 20, "年", 2.6, dr.NOTO_SANS, lab)
    pg.text(30.5, 19.7, str(b.month), sz, vf)
    pg.text(35.5, 20, "月", 2.6, dr.NOTO_SANS, lab)
    pg.text(40.5, 19.7, str(b.day), sz, vf)
    pg.text(45.5, 20, "日", 2.6, dr.NOTO_SANS, lab)
    pg.text(5, 27, "住 址", 2.6, dr.NOTO_SANS, lab)
    lines = pg.wrap(f["address"], sz, 38, vf)
    y = 26.7
    for ln in lines[:3]:
        pg.text(15, y, ln, sz, vf)
        y += 4.6
    pg.text(5, 45, "公民身份号码", 2.6, dr.NOTO_SANS, lab)
    pg.text(27, 44.4, f["id_number"], 3.6, dr.NOTO_SANS, sp=0.55)
    pg.image(56, 8, 25, 32, dr.portrait(250, 320, rng, bg=(236, 242, 238)))
    return [pg]


def id_back(f, c, rng):
    pg = Page(85.6, 54.0)
    pg.image(0, 0, 85.6, 54.0, dr.guilloche(856, 540, rng, base=(240, 238, 230), ink=(215, 205, 185)))
    pg.rect(0.3, 0.3, 85.3, 53.7, w=0.3, color=(200, 200, 200), radius=3)
    pg.image(6, 5, 16, 16, dr.emblem(160))
    pg.text(28, 8, "中华人民共和国", 4.2, dr.NOTO_SERIF_B, (40, 40, 40), sp=0.8)
    pg.text(28, 16, "居民身份证", 5.6, dr.NOTO_SERIF_B, (40, 40, 40), sp=1.6)
    vf = c.get("font_val", dr.NOTO_SANS)
    lab = (60, 60, 60)
    pg.text(14, 36, "签发机关", 2.8, dr.NOTO_SANS, lab)
    pg.text(29, 35.7, f["issuing_authority"], 3.0, vf)
    pg.text(14, 43, "有效期限", 2.8, dr.NOTO_SANS, lab)
    vu = "长期" if f["valid_until"] == "long_term" else P(f["valid_until"])
    pg.text(29, 42.7, "%s-%s" % (P(f["valid_from"]), vu), 3.0, vf)
    return [pg]


# =========================================================== 上海市居住证
def rp_card_front(f, c, rng):
    pg = Page(85.6, 54.0)
    pg.image(0, 0, 85.6, 54.0, dr.guilloche(856, 540, rng, base=(232, 240, 250), ink=(190, 210, 235)))
    pg.rect(0, 0, 85.6, 9, w=0, fill=(40, 90, 170))
    pg.text(42.8, 1.8, "上海市居住证", 5.0, dr.NOTO_SERIF_B, (255, 255, 255), anchor="c", sp=1.0)
    lab = (50, 80, 130)
    vf = c.get("font_val", dr.NOTO_SANS)
    pg.text(4, 13, "姓名", 2.6, dr.NOTO_SANS, lab)
    pg.text(16, 12.6, f["name"], 3.4, vf)
    pg.text(4, 19, "公民身份号码", 2.6, dr.NOTO_SANS, lab)
    pg.text(23, 18.7, f["id_number"], 3.0, vf)
    pg.text(4, 25, "居住地址", 2.6, dr.NOTO_SANS, lab)
    y = 24.7
    for ln in pg.wrap(f["residence_address"], 2.9, 44, vf)[:3]:
        pg.text(16, y, ln, 2.9, vf)
        y += 4.0
    pg.text(4, 40, "发证机关", 2.6, dr.NOTO_SANS, lab)
    pg.text(16, 39.7, c["rp_office"], 2.8, vf)
    pg.text(4, 46, "有效期限", 2.6, dr.NOTO_SANS, lab)
    pg.text(16, 45.7, "%s至%s" % (P(f["valid_from"]), P(f["valid_until"])), 2.8, vf)
    pg.image(62, 12, 20, 26, dr.portrait(200, 260, rng, bg=(232, 240, 250)))
    return [pg]


def rp_card_back(f, c, rng):
    pg = Page(85.6, 54.0)
    pg.image(0, 0, 85.6, 54.0, dr.guilloche(856, 540, rng, base=(245, 245, 240), ink=(220, 220, 205)))
    pg.rect(8, 8, 20, 17, w=0.3, color=(160, 140, 60), fill=(215, 190, 110), radius=1.5)
    pg.text(42.8, 5, "签 注 信 息", 3.2, dr.NOTO_SANS_B, (60, 60, 60), anchor="c")
    pg.text(6, 24, "签注日期：%s" % P(f["issue_date"], "dot"), 2.8, c.get("font_val", dr.NOTO_SANS))
    pg.text(6, 31, "有效期至：%s" % P(f["valid_until"], "dot"), 2.8, c.get("font_val", dr.NOTO_SANS))
    pg.text(6, 44, "本证仅限持证人本人使用，请妥善保管。", 2.3, dr.NOTO_SANS, GREY)
    return [pg]


def rp_info(f, c, rng, variant):
    """居住证信息 printed on A4.  variant: grid2 / grid4 / list."""
    pg = Page(210, 297)
    font = c.get("font", dr.NOTO_SANS)
    pg.font = font
    pg.text(105, 22, rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息"]), 6.0, dr.NOTO_SANS_B, anchor="c")
    pg.text(105, 32, "打印时间：%s %02d:%02d" % (P(c["print_date"], "dash"), rng.randint(8, 17), rng.randint(0, 59)), 3.0, font, GREY, anchor="c")
    hk_label = rng.choice(["户籍地址", "常住户口所在地住址"])
    id_label = rng.choice(["证件号码", "公民身份号码"])
    split_valid = rng.random() < 0.5
    items = [("姓名", f["name"]), ("性别", c["sex"]), (id_label, f["id_number"]), (hk_label, f["hukou_address"]),
             ("居住地址" if rng.random() < 0.5 else "居住地住址", f["residence_address"]),
             ("签发日期" if rng.random() < 0.6 else "签注日期", P(f["issue_date"], c.get("dstyle", "dot")))]
    if split_valid:
        items += [("有效期限起", P(f["valid_from"], c.get("dstyle", "dot"))), ("有效期限止", P(f["valid_until"], c.get("dstyle", "dot")))]
    else:
        items += [("有效期限", "%s至%s" % (P(f["valid_from"]), P(f["valid_until"])))]
    items += [("发证机关", c["rp_office"]), ("证件状态", "有效")]
    sz = rng.choice([3.6, 4.0, 4.2])
    y = 45
    if variant == "grid2":
        x0, x1, x2 = 20, 68, 190
        for lab, val in items:
            lines = pg.wrap(val, sz, x2 - x1 - 6, font)
            h = max(11, len(lines) * sz * 1.5 + 5)
            pg.rect(x0, y, x2, y + h, w=0.3)
            pg.line(x1, y, x1, y + h, 0.3)
            pg.rect(x0, y, x1, y + h, w=0.3, fill=(240, 240, 240))
            pg.text(x0 + 4, y + (h - sz) / 2, lab, sz, font)
            yy = y + (h - len(lines) * sz * 1.5) / 2 + sz * 0.2
            for ln in lines:
                pg.text(x1 + 4, yy, ln, sz, font)
                yy += sz * 1.5
            y += h
    elif variant == "grid4":
        short = [it for it in items if len(it[1]) <= 14]
        long_ = [it for it in items if len(it[1]) > 14]
        xs = [15, 48, 105, 138, 195]
        for i in range(0, len(short), 2):
            pair = short[i:i + 2]
            for j, (lab, val) in enumerate(pair):
                pg.rect(xs[2 * j], y, xs[2 * j + 1], y + 11, w=0.3, fill=(238, 243, 250))
                pg.rect(xs[2 * j + 1], y, xs[2 * j + 2], y + 11, w=0.3)
                lsz = min(sz * 0.9, sz * 0.9 * 29 / max(1e-3, pg.width(lab, sz * 0.9, font)))
                pg.text(xs[2 * j] + 2.5, y + 3.5, lab, lsz, font)
                pg.text(xs[2 * j + 1] + 2.5, y + 3.5, val, sz * 0.9, font)
            y += 11
        for lab, val in long_:
            lines = pg.wrap(val, sz, 195 - 48 - 6, font)
            h = max(11, len(lines) * sz * 1.5 + 5)
            pg.rect(15, y, 48, y + h, w=0.3, fill=(238, 243, 250))
            pg.rect(48, y, 195, y + h, w=0.3)
            lsz = min(sz * 0.9, sz * 0.9 * 30 / max(1e-3, pg.width(lab, sz * 0.9, font)))
            pg.text(17.5, y + (h - lsz) / 2, lab, lsz, font)
            yy = y + 3
            for ln in lines:
                pg.text(50.5, yy, ln, sz, font)
                yy += sz * 1.5
            y += h
    else:  # list: "label：value" lines, some values far to the right
        far = rng.random() < 0.5
        for lab, val in items:
            if far:
                pg.text(25, y, lab, sz, font)
                pg.text(185, y, val, sz, font, anchor="r")
                pg.line(25, y + sz * 1.45, 185, y + sz * 1.45, 0.15, (190, 190, 190))
            else:
                pg.text(25, y, "%s：%s" % (lab, val), sz, font)
            y += sz * 2.6
    pg.text(105, y + 20, "（本页信息仅供参考，以证件实际记载为准）", 3.2, font, GREY, anchor="c")
    if rng.random() < 0.6:
        pg.image(135, y + 28, 40, 40, dr.seal("上海市公安局人口管理办公室", "居住证专用", 400, rng=rng))
    return [pg]


def status_bar(pg, rng, dark=False):
    col = (255, 255, 255) if dark else (20, 20, 20)
    pg.text(6, 2.2, "%d:%02d" % (rng.randint(8, 22), rng.randint(0, 59)), 3.4, dr.NOTO_SANS_B, col)
    pg.text(102, 2.2, "5G  %d%%" % rng.randint(18, 99), 3.0, dr.NOTO_SANS, col, anchor="r")


def rp_screen(f, c, rng):
    """电子居住证 in the 随申办 app: 1080x2340 at 254 dpi (10 px/mm)."""
    pg = Page(108, 234, bg=(243, 245, 248))
    banner = rng.choice([(30, 110, 230), (220, 60, 50), (20, 150, 130)])
    pg.rect(0, 0, 108, 70, w=0, fill=banner)
    status_bar(pg, rng, dark=True)
    pg.text(8, 10, "〈", 4.5, dr.NOTO_SANS, (255, 255, 255))
    pg.text(54, 10, "电子居住证", 4.4, dr.NOTO_SANS_B, (255, 255, 255), anchor="c")
    pg.text(10, 26, f["name"], 8.5, dr.NOTO_SANS_B, (255, 255, 255))
    pg.text(10, 39, "上海市居住证 · 有效", 3.4, dr.NOTO_SANS, (230, 240, 255))
    pg.rect(72, 22, 98, 48, w=0, fill=(255, 255, 255), radius=2)
    pg.image(74, 24, 22, 22, dr.qr(rng))
    pg.rect(5, 60, 103, 200, w=0, fill=(255, 255, 255), radius=3)
    rows = [("证件号码", f["id_number"][:6] + f["id_number"][6:] if True else ""),
            ("户籍地址", f["hukou_address"]), ("居住地址", f["residence_address"]),
            ("签注日期", P(f["issue_date"], "dash")), ("有效期至", P(f["valid_until"], "dash")),
            ("有效期限", "%s至%s" % (P(f["valid_from"], "dash"), P(f["valid_until"], "dash")))]
    if rng.random() < 0.5:
        rows = rows[:4] + rows[5:]
    y = 68
    font = c.get("font", dr.NOTO_SANS)
    for lab, val in rows:
        pg.text(10, y, lab, 3.6, font, (140, 140, 140))
        lines = pg.wrap(val, 3.6, 60, font)
        for ln in lines:
            pg.text(98, y, ln, 3.6, font, (20, 20, 20), anchor="r")
            y += 5.6
        y += 4.0
        pg.line(10, y - 2.2, 98, y - 2.2, 0.1, (230, 230, 230))
    pg.text(54, 210, "出示时请向下滑动刷新", 3.0, dr.NOTO_SANS, (160, 160, 160), anchor="c")
    return [pg]


# =========================================================== 户口簿
def hr_cover(f, c, rng):
    pg = Page(140, 100, bg=(250, 246, 236))
    hand = c.get("hand", False)
    vf = rng.choice(dr.HAND_FONTS) if hand else c.get("font", dr.SONG)
    pg.text(70, 7, "常住人口登记表" if rng.random() < 0.2 else "户 口 簿", 5.5, dr.NOTO_SERIF_B, anchor="c", sp=0.5)
    x0, x1, x2, x3, x4 = 8, 30, 76, 96, 132
    y = 18
    rowh = 12
    pg.rect(x0, y, x4, y + rowh * 5, w=0.35)
    pg.text(x0 + 2, y + 4, "户  别", 3.2, dr.SONG)
    pg.text(x1 + 2, y + 3.5, f["household_type"], 3.6, vf)
    pg.text(x2 + 2, y + 4, "户主姓名", 3.2, dr.SONG)
    pg.text(x3 + 2, y + 3.5, f["head_name"], 3.6, vf)
    pg.line(x1, y, x1, y + rowh * 2, 0.3)
    pg.line(x2, y, x2, y + rowh, 0.3)
    pg.line(x3, y, x3, y + rowh, 0.3)
    pg.line(x0, y + rowh, x4, y + rowh, 0.3)
    pg.text(x0 + 2, y + rowh + 4, "户  号", 3.2, dr.SONG)
    pg.text(x1 + 2, y + rowh + 3.5, f["household_number"], 3.6, vf)
    pg.line(x0, y + rowh * 2, x4, y + rowh * 2, 0.3)
    pg.text(x0 + 2, y + rowh * 2 + 8, "住  址", 3.2, dr.SONG)
    pg.line(x1, y + rowh * 2, x1, y + rowh * 4, 0.3)
    lines = pg.wrap(f["address"], 3.6, x4 - x1 - 4, vf)
    yy = y + rowh * 2 + (rowh * 2 - len(lines) * 6) / 2 + 1
    for ln in lines:
        pg.text(x1 + 2, yy, ln, 3.6, vf)
        yy += 6
    pg.line(x0, y + rowh * 4, x4, y + rowh * 4, 0.3)
    pg.text(x0 + 2, y + rowh * 4 + 4, "承办人签章", 3.0, dr.SONG)
    pg.text(x1 + 8, y + rowh * 4 + 3.5, c.get("clerk", "李明"), 3.4, rng.choice(dr.HAND_FONTS))
    pg.line(x2, y + rowh * 4, x2, y + rowh * 5, 0.3)
    pg.text(x2 + 2, y + rowh * 4 + 4, "签发日期", 3.0, dr.SONG)
    d = D(f["issue_date"])
    pg.text(x3 + 2, y + rowh * 4 + 3.5, "%d年%d月%d日" % (d.year, d.month, d.day), 3.2, vf)
    pg.text(8, 83, "户口登记机关", 3.0, dr.SONG)
    pg.text(8, 90, "（印）", 3.0, dr.SONG)
    sx = rng.uniform(30, 60) if c.get("seal_over_addr") else rng.uniform(85, 95)
    sy = rng.uniform(36, 50) if c.get("seal_over_addr") else rng.uniform(58, 66)
    pg.image(sx, sy, 38, 38, dr.seal(c["police"] + "户口专用章", "", 420, rng=rng, alpha=150))
    return [pg]


MEMBER_CELLS = [("姓名", "name"), ("户主或与户主关系", "relation_to_head"), ("曾用名", None), ("性别", "sex"),
                ("出生地", "birthplace"), ("民族", "ethnicity"), ("籍贯", "native_place"), ("出生日期", "birth_date"),
                ("本市（县）其他住址", None), ("宗教信仰", None), ("公民身份证件编号", "id_number"), ("身高", None),
                ("血型", None), ("文化程度", "education"), ("婚姻状况", "marital_status"), ("兵役状况", None),
                ("服务处所", "employer"), ("职业", None),
                ("何时由何地迁来本市（县）", None), ("何时由何地迁来本址", None),
                ("登记日期", "registration_date"), ("承办人签章", None)]


def hr_member(f, c, rng):
    pg = Page(140, 100, bg=(250, 246, 236))
    hand = c.get("hand", False)
    vf = rng.choice(dr.HAND_FONTS) if hand else c.get("font", dr.SONG)
    pg.text(70, 4, "常住人口登记卡", 5.0, dr.NOTO_SERIF_B, anchor="c", sp=0.6)
    extra = c.get("member_extra", {})
    vals = dict(f)
    vals.update(extra)
    bd = D(f["birth_date"])
    vals["birth_date"] = "%d年%d月%d日" % (bd.year, bd.month, bd.day)
    rd = D(f["registration_date"])
    vals["registration_date"] = "%d年%d月%d日" % (rd.year, rd.month, rd.day)
    # 11 rows x 2 cells
    top, rh = 12, 7.6
    xs = [5, 27, 70, 92, 135]
    for i in range(11):
        y = top + i * rh
        pg.line(xs[0], y, xs[4], y, 0.3)
        for j in range(2):
            lab, key = MEMBER_CELLS[i * 2 + j]
            xl, xv, xr = xs[2 * j], xs[2 * j + 1], xs[2 * j + 2]
            lsz = 2.5 if len(lab) <= 6 else 2.0 if len(lab) <= 8 else 1.6
            pg.text(xl + 1, y + (rh - lsz) / 2, lab, lsz, dr.SONG)
            v = vals.get(key, "") if key else extra.get(lab, "")
            if v:
                vsz = 3.2 if pg.width(v, 3.2, vf) < (xr - xv - 2) else 2.6
                lines = pg.wrap(v, vsz, xr - xv - 2, vf)
                yy = y + (rh - len(lines) * vsz * 1.15) / 2
                for ln in lines:
                    pg.text(xv + 1, yy, ln, vsz, vf)
                    yy += vsz * 1.15
    pg.line(xs[0], top + 11 * rh, xs[4], top + 11 * rh, 0.3)
    for x in xs:
        pg.line(x, top, x, top + 11 * rh, 0.3)
    pg.image(rng.uniform(85, 100), rng.uniform(58, 66), 34, 34, dr.seal(c["police"] + "户口专用章", "", 400, rng=rng, alpha=150))
    return [pg]


def collective_cert(f, c, rng):
    pg = Page(210, 297)
    font = c.get("font", dr.SONG)
    pg.text(105, 35, "户 籍 证 明", 8, dr.NOTO_SERIF_B, anchor="c", sp=2)
    d = D(f["issue_date"])
    sex = c["sex"]
    body = ("兹证明%s，性别%s，公民身份号码%s，其户口登记在%s（%s），户口性质为集体户口。"
            % (f["name"], sex, f["id_number"], f["address"], c["collective_org"]))
    y = pg.para(25, 60, body, 4.6, 160, font, lh=1.9)
    y = pg.para(25, y + 6, "特此证明。", 4.6, 160, font, lh=1.9)
    pg.text(185, y + 30, c["police_station"], 4.6, font, anchor="r")
    pg.text(185, y + 42, "%d年%d月%d日" % (d.year, d.month, d.day) if rng.random() < 0.6 else cn_date(d), 4.6, font, anchor="r")
    pg.image(128, y + 14, 44, 44, dr.seal(c["police_station"], "", 420, rng=rng))
    pg.text(25, 260, "（本证明有效期三个月）", 3.6, font, GREY)
    return [pg]


# =========================================================== 劳动合同
CLAUSES = [
    "甲方根据工作需要，安排乙方在本合同约定的工作岗位上工作。乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，对乙方进行职业安全卫生教育。",
    "甲方按月以货币形式支付乙方工资，每月%d日前支付上月工资。乙方的工资不得低于本市最低工资标准。",
    "甲方安排乙方执行标准工时工作制。甲方因生产经营需要安排乙方延长工作时间的，应当依法支付加班工资。",
    "甲乙双方应当按照国家和本市的规定参加社会保险，乙方个人应缴纳的部分由甲方在乙方工资中代扣代缴。",
    "乙方应当遵守甲方依法制定的规章制度，保守甲方的商业秘密。乙方的财产和人身安全受法律保护。",
    "甲方应当依法保障乙方享受法定节假日、带薪年休假、婚假、产假等假期的权利。",
    "经甲乙双方协商一致，可以变更本合同约定的内容。变更应当采用书面形式。",
    "有下列情形之一的，甲方可以解除本合同：乙方在试用期间被证明不符合录用条件的；乙方严重违反甲方规章制度的。",
    "本合同期满或者法定终止条件出现时，本合同即行终止。甲方应当在解除或者终止合同时出具解除或者终止劳动合同的证明。",
    "因履行本合同发生的劳动争议，双方可以协商解决；协商不成的，可以向劳动争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。",
    "甲方应当建立职工培训制度，根据本单位实际，有计划地对乙方进行职业技能培训。",
    "乙方患病或者非因工负伤的，享受国家和本市规定的医疗期待遇。",
]


def _sign_page(pg, f, c, rng, y, font):
    pg.text(25, y, "甲方（盖章）：", 4.2, font)
    pg.text(115, y, "乙方（签字）：", 4.2, font)
    pg.text(147, y - 1, f["employee_name"], 5.2, rng.choice(dr.HAND_FONTS), (20, 30, 90))
    pg.text(25, y + 14, "法定代表人或委托代理人：", 4.2, font)
    pg.text(78, y + 13, c["legal_rep"], 5, rng.choice(dr.HAND_FONTS), (20, 30, 90))
    sd = D(f["signing_date"])
    ds = "%d年%d月%d日" % (sd.year, sd.month, sd.day)
    pg.text(25, y + 28, "签订日期：" + ds, 4.2, font)
    pg.text(115, y + 28, "签订日期：" + ds, 4.2, font)
    pg.image(40, y - 12, 42, 42, dr.seal(c["employer_printed"], "合同专用章" if rng.random() < 0.5 else "", 420, rng=rng))


def _term_text(f, rng, mode):
    s, e = D(f["start_date"]), D(f["end_date"]) if f.get("end_date") else None
    if f.get("open_ended"):
        return "本合同为无固定期限劳动合同，自 %d 年 %d 月 %d 日起。" % (s.year, s.month, s.day)
    if mode == "years":
        yrs = e.year - s.year
        return "本合同期限%s年，自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。" % (cn_num(yrs), s.year, s.month, s.day, e.year, e.month, e.day)
    return "本合同期限自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。" % (s.year, s.month, s.day, e.year, e.month, e.day)


def contract_model(f, c, rng):
    """Shanghai 示范文本: cover, party block with fill-in lines, checkbox term, clauses, signatures."""
    font = c.get("font", dr.SONG)
    fill = c.get("fill_font", dr.KAI)
    pages = []
    pg = Page(210, 297)
    pg.text(105, 40, "上海市劳动合同", 9, dr.NOTO_SERIF_B, anchor="c", sp=2)
    pg.text(105, 56, "（示范文本）", 5, font, anchor="c")
    pg.text(55, 150, "甲方（用人单位）：", 4.6, font)
    pg.text(100, 149, c["employer_printed"], 4.6 if len(c["employer_printed"]) < 18 else 3.8, fill)
    pg.line(99, 155, 190, 155, 0.2)
    pg.text(55, 166, "乙方（劳动者）：", 4.6, font)
    pg.text(100, 165, f["employee_name"], 4.8, fill)
    pg.line(99, 171, 160, 171, 0.2)
    pg.text(105, 250, "上海市人力资源和社会保障局监制", 4, font, anchor="c")
    pages.append(pg)
    pg = Page(210, 297)
    y = 25
    pg.text(105, y, "甲乙双方基本情况", 5.2, dr.NOTO_SANS_B, anchor="c")
    y += 14
    blocks = [("甲方（用人单位）名称：", c["employer_printed"]), ("法定代表人（主要负责人）：", c["legal_rep"]),
              ("注册地址：", c["employer_addr"]), ("统一社会信用代码：", c["employer_code"]),
              ("乙方（劳动者）姓名：", f["employee_name"]), ("性别：", c["sex"]),
              ("居民身份证号码：", f["employee_id_number"]), ("户籍地址：", c["hukou_address"]),
              ("在沪居住地址：", c["residence_address"]), ("联系电话：", c["phone"])]
    for lab, val in blocks:
        pg.text(22, y, lab, 4.0, font)
        x = 22 + pg.width(lab, 4.0, font) + 2
        sz = 4.0 if pg.width(val, 4.0, fill) < 188 - x else 3.3
        pg.text(x + 2, y - 0.6, val, sz, fill, (20, 20, 60))
        pg.line(x, y + 5, 188, y + 5, 0.2)
        y += 11
    y += 4
    pg.text(22, y, "第一条  劳动合同期限", 4.4, dr.NOTO_SANS_B)
    y += 9
    s = D(f["start_date"])
    ck_fixed = "☑" if not f.get("open_ended") else "□"
    ck_open = "☑" if f.get("open_ended") else "□"
    mode = c.get("term_mode", "boxes")
    if mode == "boxes":
        pg.text(26, y, "%s 固定期限：自" % ck_fixed, 4.0, font)
        if not f.get("open_ended"):
            e = D(f["end_date"])
            ln = "  %d  年  %d  月  %d  日起至  %d  年  %d  月  %d  日止。" % (s.year, s.month, s.day, e.year, e.month, e.day)
        else:
            ln = "  ____ 年 __ 月 __ 日起至 ____ 年 __ 月 __ 日止。"
        pg.text(56, y, ln, 4.0, fill)
        y += 9
        pg.text(26, y, "%s 无固定期限：自" % ck_open, 4.0, font)
        if f.get("open_ended"):
            pg.text(60, y, "  %d  年  %d  月  %d  日起。" % (s.year, s.month, s.day), 4.0, fill)
        else:
            pg.text(60, y, "  ____ 年 __ 月 __ 日起。", 4.0, font)
        y += 9
        pg.text(26, y, "□ 以完成一定工作任务为期限：自 ____ 年 __ 月 __ 日起至工作任务完成时止。", 4.0, font)
        y += 9
    else:
        pg.text(26, y, "□ 固定期限  ☑ 无固定期限  □ 以完成一定工作任务为期限" if f.get("open_ended") else
                "☑ 固定期限  □ 无固定期限  □ 以完成一定工作任务为期限", 4.0, font)
        y += 9
        y = pg.para(22, y, _term_text(f, rng, "years" if mode == "years" else "dates"), 4.0, 166, font, lh=1.8)
    pe = add_months(s, c.get("probation", 3)) - dt.timedelta(days=1)
    y = pg.para(22, y + 2, "其中试用期自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。" % (s.year, s.month, s.day, pe.year, pe.month, pe.day), 4.0, 166, font, lh=1.8)
    pages.append(pg)
    npages = c.get("clause_pages", 2)
    k = 2
    for i in range(npages):
        pg = Page(210, 297)
        y = 25
        for j in range(6):
            txt = CLAUSES[(i * 6 + j) % len(CLAUSES)]
            if "%d" in txt:
                txt = txt % 15
            pg.text(22, y, "第%s条" % cn_num(k), 4.2, dr.NOTO_SANS_B)
            k += 1
            y = pg.para(22, y + 7, txt, 4.0, 166, font, lh=1.8) + 6
        pg.text(105, 282, "- %d -" % (len(pages) + 1), 3.2, font, anchor="c")
        pages.append(pg)
    pg = Page(210, 297)
    pg.text(22, 30, "（以下无正文）", 4.0, font)
    _sign_page(pg, f, c, rng, 70, font)
    pg.text(105, 282, "- %d -" % (len(pages) + 1), 3.2, font, anchor="c")
    pages.append(pg)
    return pages


def contract_company(f, c, rng):
    """Company template: parties in a table, page numbers, signature page."""
    font = c.get("font", dr.NOTO_SERIF)
    pages = []
    pg = Page(210, 297)
    title = rng.choice(["劳动合同书", "劳动合同", "聘用合同"])
    pg.text(105, 24, title, 7, dr.NOTO_SANS_B, anchor="c", sp=1.5)
    pg.text(185, 14, "合同编号：%s-HR-%04d" % (f["start_date"][:4], rng.randint(1, 9999)), 3.0, font, anchor="r")
    y = 40
    rows = [("甲方", "名称", c["employer_printed"]), ("", "法定代表人", c["legal_rep"]), ("", "地址", c["employer_addr"]),
            ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]), ("", "住址", c["residence_address"])]
    for i, (a, b, v) in enumerate(rows):
        h = 10
        pg.rect(20, y, 190, y + h, w=0.3)
        pg.line(38, y, 38, y + h, 0.3)
        pg.line(68, y, 68, y + h, 0.3)
        pg.text(24, y + 3, a, 3.8, dr.NOTO_SANS_B)
        pg.text(41, y + 3, b, 3.6, font)
        sz = 3.6 if pg.width(v, 3.6, font) < 118 else 3.0
        pg.text(71, y + 3, v, sz, font)
        y += h
    y += 8
    y = pg.para(20, y, "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》及有关法律法规，甲乙双方在平等自愿、协商一致的基础上，签订本合同。", 3.8, 170, font, lh=1.8)
    y += 4
    pg.text(20, y, "一、合同期限", 4.2, dr.NOTO_SANS_B)
    y += 8
    y = pg.para(20, y, _term_text(f, rng, c.get("term_mode", "dates")), 3.8, 170, font, lh=1.8)
    s = D(f["start_date"])
    pe = add_months(s, c.get("probation", 6)) - dt.timedelta(days=1)
    y = pg.para(20, y, "试用期为%s个月，自%d年%d月%d日至%d年%d月%d日。" % (cn_num(c.get("probation", 6)), s.year, s.month, s.day, pe.year, pe.month, pe.day), 3.8, 170, font, lh=1.8)
    y += 4
    pg.text(20, y, "二、工作内容和工作地点", 4.2, dr.NOTO_SANS_B)
    y = pg.para(20, y + 8, "乙方同意根据甲方工作需要，担任%s岗位工作，工作地点为上海市。" % c["job"], 3.8, 170, font, lh=1.8)
    pg.text(105, 285, "第 1 页 共 %d 页" % (c.get("clause_pages", 2) + 2), 3.0, font, anchor="c")
    pages.append(pg)
    total = c.get("clause_pages", 2) + 2
    ci = 0
    heads = "三四五六七八九十"
    for i in range(c.get("clause_pages", 2)):
        pg = Page(210, 297)
        y = 22
        for j in range(5):
            pg.text(20, y, "%s、%s" % (heads[(i * 5 + j) % 8], rng.choice(["劳动报酬", "社会保险", "劳动保护", "劳动纪律", "合同的变更", "合同的解除", "违约责任", "争议处理", "其他事项"])), 4.2, dr.NOTO_SANS_B)
            y = pg.para(20, y + 8, CLAUSES[ci % len(CLAUSES)].replace("%d", "10") + CLAUSES[(ci + 3) % len(CLAUSES)].replace("%d", "10"), 3.8, 170, font, lh=1.8) + 5
            ci += 1
        pg.text(105, 285, "第 %d 页 共 %d 页" % (i + 2, total), 3.0, font, anchor="c")
        pages.append(pg)
    pg = Page(210, 297)
    pg.text(20, 25, "（本页为签字盖章页，无正文）", 3.8, font)
    _sign_page(pg, f, c, rng, 60, font)
    pg.text(105, 285, "第 %d 页 共 %d 页" % (total, total), 3.0, font, anchor="c")
    pages.append(pg)
    return pages


def contract_renewal(f, c, rng):
    pg = Page(210, 297)
    font = c.get("font", dr.SONG)
    fill = c.get("fill_font", dr.KAI)
    pg.text(105, 30, "劳动合同续订书", 7, dr.NOTO_SERIF_B, anchor="c", sp=1.5)
    y = 55
    for lab, val in [("甲方（用人单位）：", c["employer_printed"]), ("乙方（劳动者）：", f["employee_name"]),
                     ("乙方身份证号码：", f["employee_id_number"])]:
        pg.text(25, y, lab, 4.4, font)
        x = 25 + pg.width(lab, 4.4, font) + 2
        pg.text(x, y - 0.6, val, 4.4, fill)
        pg.line(x - 1, y + 5.5, 185, y + 5.5, 0.2)
        y += 13
    os_, oe = D(c["orig_start"]), D(c["orig_end"])
    ne_s, ne = D(c["renew_start"]), D(f["end_date"])
    txt = ("甲乙双方于%d年%d月%d日签订的劳动合同，期限至%d年%d月%d日届满。经双方协商一致，同意续订劳动合同，续订期限自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。"
           % (os_.year, os_.month, os_.day, oe.year, oe.month, oe.day, ne_s.year, ne_s.month, ne_s.day, ne.year, ne.month, ne.day))
    y = pg.para(25, y + 5, txt, 4.4, 160, font, lh=1.9)
    y = pg.para(25, y + 4, "原劳动合同其他条款继续有效。本续订书一式两份，双方各执一份。", 4.4, 160, font, lh=1.9)
    sd = D(c["renew_sign"])
    pg.text(25, y + 30, "甲方（盖章）：", 4.4, font)
    pg.text(120, y + 30, "乙方（签字）：", 4.4, font)
    pg.text(150, y + 29, f["employee_name"], 5.4, rng.choice(dr.HAND_FONTS), (20, 30, 90))
    pg.text(25, y + 48, "日期：%d年%d月%d日" % (sd.year, sd.month, sd.day), 4.4, font)
    pg.text(120, y + 48, "日期：%d年%d月%d日" % (sd.year, sd.month, sd.day), 4.4, font)
    pg.image(45, y + 18, 42, 42, dr.seal(c["employer_printed"], "", 420, rng=rng))
    return [pg]


# =========================================================== 个人所得税
def _period_text(ym, style):
    last = (add_months(dt.date(ym[0], ym[1], 1), 1) - dt.timedelta(days=1)).day
    if style == "dash":
        return "%04d-%02d-01至%04d-%02d-%02d" % (ym[0], ym[1], ym[0], ym[1], last)
    return "%04d.%02d.01-%04d.%02d.%02d" % (ym[0], ym[1], ym[0], ym[1], last)


def tax_national(f, rows, c, rng):
    """中华人民共和国个人所得税纳税记录: several A4 pages, 7 columns."""
    font = c.get("font", dr.ZEN)
    pstyle = c.get("pstyle", "dash")
    code_pos = c.get("code_pos", "none")
    per_page = c.get("per_page", 9)
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    pages = []
    cols = [("申报日期", 18, 26), ("实缴(退)金额", 44, 24), ("入(退)库日期", 68, 24), ("所得项目", 92, 26),
            ("税款所属期", 118, 30), ("入库税务机关", 148, 26), ("备注", 174, 30)]
    x0 = 12
    for pi, chunk in enumerate(chunks):
        pg = Page(210, 297)
        y = 14
        if pi == 0:
            pg.text(105, y, "中华人民共和国", 5, dr.NOTO_SERIF_B, anchor="c")
            pg.text(105, y + 8, "个人所得税纳税记录", 6, dr.NOTO_SERIF_B, anchor="c")
            pg.text(105, y + 17, "（原《税收完税证明》）", 3.6, font, anchor="c")
            pg.text(185, y + 2, "No.%d%014d" % (rng.randint(1, 9), rng.randint(0, 10 ** 14 - 1)), 2.8, font, anchor="r")
            y += 28
            pg.text(x0, y, "纳税人名称：%s" % f["name"], 3.3, font)
            pg.text(110, y, "纳税人识别号：%s" % f["id_number"], 3.3, font)
            y += 6.5
            a, b = c["rec_from"], c["rec_to"]
            pg.text(x0, y, "记录期间：%s-%s" % (a, b), 3.3, font)
            d = D(f["issue_date"])
            pg.text(110, y, "开具日期：%d年%02d月%02d日" % (d.year, d.month, d.day), 3.3, font)
            y += 6.5
            pg.text(x0, y, "金额单位：人民币元（列至角分）", 2.9, font)
            y += 6
        else:
            y += 6
        ruled = c.get("ruled", True)
        hh = 9
        for name, x, w in cols:
            if ruled:
                pg.rect(x0 + x - 18, y, x0 + x - 18 + w, y + hh, w=0.25, fill=(235, 235, 235))
            lines = [name] if pg.width(name, 2.9, font) < w - 2 else [name[:len(name) // 2 + 1], name[len(name) // 2 + 1:]]
            for k, ln in enumerate(lines):
                pg.text(x0 + x - 18 + w / 2, y + 1.5 + k * 3.6 + (2 if len(lines) == 1 else 0), ln, 2.9, font, anchor="c")
        y += hh
        for r in chunk:
            ym = r["_ym"]
            agent = r["withholding_agent_printed"]
            if code_pos == "before":
                memo = "扣缴义务人：%s %s" % (r["_code"], agent)
            elif code_pos == "after":
                memo = "扣缴义务人：%s（%s）" % (agent, r["_code"])
            else:
                memo = "扣缴义务人：%s" % agent
            decl = r["_decl"]
            cells = [P(decl, "dash"), r["amount"], P(r["_paid"], "dash"), r["_item"], _period_text(ym, pstyle),
                     c["tax_office"], memo]
            wrapped = []
            for ci_, ((name, x, w), v) in enumerate(zip(cols, cells)):
                sz = 2.7
                if ci_ == 4 and pg.width(v, sz, font) > w - 2:
                    sep = "至" if "至" in v else "-"
                    a_, b_ = v.split(sep, 1) if sep == "至" else (v[:10], v[11:])
                    wrapped.append([a_ + sep, b_])
                else:
                    wrapped.append(pg.wrap(v, sz, w - 2, font))
            nl = max(len(w_) for w_ in wrapped)
            rh = max(9, nl * 3.3 + 3)
            for (name, x, w), lines in zip(cols, wrapped):
                if ruled:
                    pg.rect(x0 + x - 18, y, x0 + x - 18 + w, y + rh, w=0.2)
                yy = y + (rh - len(lines) * 3.3) / 2
                for ln in lines:
                    pg.text(x0 + x - 18 + w / 2, yy, ln, 2.7, font, anchor="c")
                    yy += 3.3
            if not ruled:
                pg.line(x0, y + rh, x0 + 186, y + rh, 0.1, (200, 200, 200))
            y += rh
        if pi == len(chunks) - 1:
            y += 6
            pg.text(x0, y, "说明：1. 本记录涉及纳税人敏感信息，请妥善保管。", 2.9, font)
            pg.text(x0, y + 5, "2. 本记录仅反映纳税人的税款缴纳情况，不作为纳税人取得收入的证明。", 2.9, font)
            pg.text(x0, y + 13, "查询验证码：%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16)), 3.0, font)
            pg.text(x0, y + 18, "本记录可通过自然人电子税务局或个人所得税APP输入查询验证码进行验证。", 2.7, font, GREY)
            pg.image(150, y - 4, 34, 34, dr.seal("国家税务总局上海市税务局", "征税专用章", 400, rng=rng))
        pg.text(105, 288, "第%d页/共%d页" % (pi + 1, len(chunks)), 2.8, font, anchor="c")
        pages.append(pg)
    return pages


def tax_screens(f, rows, c, rng):
    """收入纳税明细 screenshots from the app: a list by month; several screenshots."""
    pages = []
    per = 6
    srt = sorted(rows, key=lambda r: r["_ym"], reverse=True)
    chunks = [srt[i:i + per] for i in range(0, len(srt), per)]
    for ci, chunk in enumerate(chunks):
        pg = Page(108, 234, bg=(245, 246, 248))
        status_bar(pg, rng)
        pg.text(6, 10, "〈", 4.5, dr.NOTO_SANS)
        pg.text(54, 10, "收入纳税明细查询", 4.2, dr.NOTO_SANS_B, anchor="c")
        y = 20
        if ci == 0:
            pg.rect(0, 18, 108, 40, w=0, fill=(225, 60, 50))
            pg.text(8, 22, f["name"], 6.0, dr.NOTO_SANS_B, (255, 255, 255))
            pg.text(8, 31, "纳税人识别号 %s" % f["id_number"], 3.0, dr.NOTO_SANS, (255, 235, 235))
            pg.text(100, 31, "查询日期 %s" % f["issue_date"], 2.8, dr.NOTO_SANS, (255, 235, 235), anchor="r")
            y = 44
        for r in chunk:
            lines = pg.wrap(r["withholding_agent_printed"], 3.2, 60, dr.NOTO_SANS)
            h = 30 + 4.6 * (len(lines) - 1)
            pg.rect(4, y, 104, y + h, w=0, fill=(255, 255, 255), radius=2.5)
            pg.text(8, y + 3, "%d年%02d月" % r["_ym"], 3.8, dr.NOTO_SANS_B)
            pg.text(100, y + 3, r["_item"], 3.2, dr.NOTO_SANS, (90, 90, 90), anchor="r")
            pg.text(8, y + 10, "扣缴义务人", 3.2, dr.NOTO_SANS, (150, 150, 150))
            yy = y + 10
            for ln in lines:
                pg.text(100, yy, ln, 3.2, dr.NOTO_SANS, anchor="r")
                yy += 4.6
            pg.text(8, yy + 1, "收入额", 3.2, dr.NOTO_SANS, (150, 150, 150))
            pg.text(100, yy + 1, "%s元" % r["_income"], 3.2, dr.NOTO_SANS, anchor="r")
            pg.text(8, yy + 7, "已申报税额", 3.2, dr.NOTO_SANS, (150, 150, 150))
            pg.text(100, yy + 7, "%s元" % r["amount"], 3.2, dr.NOTO_SANS, anchor="r")
            y += h + 4
        pages.append(pg)
    return pages


def tax_old(f, rows, c, rng):
    """The older 税收完税证明 form (image)."""
    pg = Page(210, 148)
    font = c.get("font", dr.SONG)
    pg.text(105, 10, "中华人民共和国", 4.6, dr.NOTO_SERIF_B, anchor="c")
    pg.text(105, 17, "税 收 完 税 证 明", 6, dr.NOTO_SERIF_B, anchor="c", sp=1)
    d = D(f["issue_date"])
    pg.text(15, 28, "填发日期：%d年%02d月%02d日" % (d.year, d.month, d.day), 3.2, font)
    pg.text(120, 28, "税务机关：%s" % c["tax_office"], 3.2, font)
    pg.rect(12, 34, 198, 136, w=0.35, color=(120, 60, 40))
    pg.text(15, 37, "纳税人识别号", 3.0, font)
    pg.text(45, 37, f["id_number"], 3.2, font)
    pg.text(110, 37, "纳税人名称", 3.0, font)
    pg.text(135, 37, f["name"], 3.2, font)
    pg.line(12, 43, 198, 43, 0.25, (120, 60, 40))
    hdr = [("原凭证号", 14), ("税种", 44), ("品目名称", 58), ("税款所属时期", 82), ("入(退)库日期", 124), ("实缴(退)金额", 150), ("扣缴义务人", 172)]
    for h, x in hdr:
        pg.text(x, 45, h, 2.6, font)
    pg.line(12, 50, 198, 50, 0.25, (120, 60, 40))
    y = 52
    for r in rows:
        pg.text(14, y, "3%017d" % rng.randint(0, 10 ** 16), 2.2, font)
        pg.text(44, y, "个人所得税", 2.3, font)
        pg.text(58, y, r["_item"][:6], 2.3, font)
        pg.text(82, y, _period_text(r["_ym"], "dash"), 2.3, font)
        pg.text(124, y, P(r["_paid"], "dash"), 2.3, font)
        pg.text(150, y, r["amount"], 2.4, font)
        ag = pg.wrap(r["withholding_agent_printed"], 2.2, 25, font)
        for k, ln in enumerate(ag[:2]):
            pg.text(172, y - 0.6 + k * 2.6, ln, 2.2, font)
        y += 5.8
    pg.image(150, 100, 30, 30, dr.seal("国家税务总局上海市税务局", "征税专用章", 360, rng=rng))
    pg.text(15, 140, "妥善保管  手写无效", 2.8, font)
    return [pg]


# =========================================================== 社保
def si_record(f, rows, c, rng):
    font = c.get("font", dr.MICRO)
    variant = c.get("si_variant", "status")
    pages = []
    per = 22
    # group consecutive months with one base and one employer into ranges for the "range" variant
    disp = []
    if variant == "range":
        cur = None
        for r in rows:
            if cur and not r["back_payment"] and not cur["bp"] and r["employer"] == cur["emp"] and r["base"] == cur["base"] and month_add(cur["to"], 1) == r["_ym"]:
                cur["to"] = r["_ym"]
            else:
                cur = {"from": r["_ym"], "to": r["_ym"], "emp": r["employer"], "emp_p": r["_emp_printed"], "base": r["base"], "bp": r["back_payment"]}
                disp.append(cur)
    else:
        disp = [{"from": r["_ym"], "to": r["_ym"], "emp": r["employer"], "emp_p": r["_emp_printed"], "base": r["base"], "bp": r["back_payment"]} for r in rows]
    chunks = [disp[i:i + per] for i in range(0, len(disp), per)] or [[]]
    monthcol = rng.choice(["缴费年月", "费款所属期"])
    empcol = rng.choice(["单位名称", "缴费单位"])
    for pi, chunk in enumerate(chunks):
        pg = Page(210, 297)
        y = 16
        if pi == 0:
            pg.text(105, y, rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）"]), 5.4, dr.NOTO_SANS_B, anchor="c")
            y += 12
            pg.text(15, y, "姓名：%s" % f["name"], 3.4, font)
            pg.text(75, y, "证件号码：%s" % f["id_number"], 3.4, font)
            pg.text(195, y, "打印日期：%s" % c["print_date"], 3.0, font, anchor="r")
            y += 9
        cols = [(monthcol, 15, 30), (empcol, 45, 62), ("缴费基数", 107, 20), ("养老", 127, 15), ("医疗", 142, 15), ("失业", 157, 12)]
        if variant == "status":
            cols.append(("缴费类型", 169, 16))
        elif variant == "memo":
            cols.append(("备注", 169, 26))
        for n, x, w in cols:
            pg.rect(x, y, x + w, y + 8, w=0.25, fill=(230, 236, 245))
            pg.text(x + w / 2, y + 2.3, n, 2.9, font, anchor="c")
        y += 8
        for d in chunk:
            mlab = "%04d%02d" % d["from"] if c.get("mfmt") == "compact" else ym_str(d["from"])
            if d["to"] != d["from"]:
                mlab = "%s至%s" % (ym_str(d["from"]), ym_str(d["to"]))
            b = float(d["base"])
            emp_lines = pg.wrap(d["emp_p"], 2.7, 60, font)
            rh = max(7, len(emp_lines) * 3.3 + 2)
            vals = [mlab, None, d["base"], "%.2f" % (b * 0.08), "%.2f" % (b * 0.02), "%.2f" % (b * 0.005)]
            if variant == "status":
                vals.append("补缴" if d["bp"] else "正常")
            elif variant == "memo":
                vals.append("补缴" if d["bp"] else "")
            for (n, x, w), v in zip(cols, vals):
                pg.rect(x, y, x + w, y + rh, w=0.2)
                if v is None:
                    yy = y + (rh - len(emp_lines) * 3.3) / 2
                    for ln in emp_lines:
                        pg.text(x + 1, yy, ln, 2.7, font)
                        yy += 3.3
                else:
                    pg.text(x + w / 2, y + (rh - 2.8) / 2, v, 2.7 if len(v) < 14 else 2.2, font, anchor="c")
            y += rh
        pg.text(105, 288, "第 %d 页 共 %d 页" % (pi + 1, len(chunks)), 2.8, font, anchor="c")
        pages.append(pg)
    return pages


def si_split_back(f, rows, c, rng):
    """Variant with a separate 补缴 section: regular rows first, back payments listed below."""
    reg = [r for r in rows if not r["back_payment"]]
    bp = [r for r in rows if r["back_payment"]]
    c2 = dict(c, si_variant="plain")
    pages = si_record(f, reg, c2, rng)
    if bp:
        pg = pages[-1]
        # append a back-payment section on a fresh page
        pg2 = Page(210, 297)
        font = c.get("font", dr.MICRO)
        pg2.text(15, 20, "补缴明细", 4.6, dr.NOTO_SANS_B)
        y = 30
        for n, x, w in [("补缴所属期", 15, 30), ("单位名称", 45, 70), ("缴费基数", 115, 25), ("补缴日期", 140, 30)]:
            pg2.rect(x, y, x + w, y + 8, w=0.25, fill=(245, 230, 230))
            pg2.text(x + w / 2, y + 2.3, n, 2.9, font, anchor="c")
        y += 8
        for r in bp:
            for (x, w), v in zip([(15, 30), (45, 70), (115, 25), (140, 30)], [ym_str(r["_ym"]), r["_emp_printed"], r["base"], c["print_date"]]):
                pg2.rect(x, y, x + w, y + 7, w=0.2)
                pg2.text(x + w / 2, y + 2, v, 2.6, font, anchor="c")
            y += 7
        pages.append(pg2)
    return pages


# =========================================================== 学历
def diploma(f, c, rng):
    pg = Page(260, 185, bg=(252, 250, 242))
    font = c.get("font", dr.NOTO_SERIF)
    pg.rect(6, 6, 254, 179, w=1.2, color=(150, 40, 40))
    pg.rect(9, 9, 251, 176, w=0.3, color=(150, 40, 40))
    pg.text(130, 20, "毕 业 证 书", 10, dr.NOTO_SERIF_B, (150, 30, 30), anchor="c", sp=2)
    pg.image(24, 50, 30, 40, dr.portrait(300, 400, rng, bg=(220, 230, 240)))
    bd = D(c["birth_date"])
    s, e = c["study_from"], D(f["graduation_date"])
    mode_word = {"普通全日制": "", "成人教育": "（函授）", "自学考试": "", "网络教育": "（网络教育）"}[c["study_mode"]]
    if c["study_mode"] == "自学考试":
        body = ("%s，性别%s，%d年%d月生，参加高等教育自学考试%s专业%s考试，成绩合格，准予毕业。"
                % (f["name"], c["sex"], bd.year, bd.month, f["major"], c["level_word"]))
    else:
        body = ("学生 %s，性别%s，%d年%d月生，于%d年%d月至%d年%d月在本校%s专业%s%s学习，修完%s教学计划规定的全部课程，成绩合格，准予毕业。"
                % (f["name"], c["sex"], bd.year, bd.month, s.year, s.month, e.year, e.month, f["major"], c["years_word"], c["level_word"] + mode_word,
                   c["level_word"]))
    pg.para(65, 52, body, 5.0, 170, font, lh=1.9)
    pg.text(70, 135, "校（院）长：", 4.6, font)
    pg.text(100, 134, c["president"], 5.4, rng.choice(dr.HAND_FONTS))
    pg.text(70, 148, "证书编号：%s" % c["cert_no"], 4.2, font)
    ds = cn_date(e) if c.get("cn_date", True) else "%d年%d月%d日" % (e.year, e.month, e.day)
    pg.text(230, 160, ds, 4.6, font, anchor="r")
    pg.text(230, 146, f["school"], 5.0, font, anchor="r")
    pg.image(175, 128, 44, 44, dr.seal(f["school"], "", 420, rng=rng))
    return [pg]


def degree(f, c, rng):
    pg = Page(260, 185, bg=(250, 250, 246))
    font = c.get("font", dr.NOTO_SERIF)
    pg.rect(6, 6, 254, 179, w=1.0, color=(30, 60, 120))
    pg.text(130, 22, "学 士 学 位 证 书" if c["degree_kind"] == "学士" else "硕 士 学 位 证 书", 9, dr.NOTO_SERIF_B, (30, 50, 110), anchor="c", sp=1)
    pg.image(24, 50, 30, 40, dr.portrait(300, 400, rng, bg=(220, 230, 240)))
    bd = D(c["birth_date"])
    body = ("%s，%s，%d年%d月%d日生。在%s%s专业完成了%s的学习，成绩合格。根据《中华人民共和国学位条例》的规定，授予%s%s学位。"
            % (f["name"], c["sex"], bd.year, bd.month, bd.day, f["school"], f["major"],
               "本科学业" if c["degree_kind"] == "学士" else "硕士研究生课程", c["discipline"], c["degree_kind"]))
    pg.para(65, 52, body, 5.0, 170, font, lh=1.9)
    pg.text(70, 140, "%s学位评定委员会主席" % f["school"], 4.2, font)
    pg.text(70, 150, c["president"], 5.4, rng.choice(dr.HAND_FONTS))
    pg.text(70, 162, "证书编号：%s" % c["degree_no"], 4.0, font)
    e = D(f["graduation_date"])
    pg.text(230, 162, cn_date(e) if rng.random() < 0.6 else "%d年%d月%d日" % (e.year, e.month, e.day), 4.4, font, anchor="r")
    return [pg]


def xuexin(f, c, rng):
    pg = Page(210, 297)
    font = c.get("font", dr.MICRO)
    pg.text(105, 20, "教育部学历证书电子注册备案表", 6, dr.NOTO_SANS_B, anchor="c")
    pg.text(105, 30, "更新日期：%s" % c["print_date"], 3.0, font, GREY, anchor="c")
    pg.image(28, 42, 30, 40, dr.portrait(300, 400, rng, bg=(230, 235, 245)))
    items = [("姓名", f["name"]), ("性别", c["sex"]), ("证件号码", c["id_number"]), ("民族", c["ethnicity"]),
             ("出生日期", P(c["birth_date"], "cn")), ("院校", f["school"]), ("层次", f["level"] if f["level"] != "硕士" else "硕士研究生"),
             ("专业", f["major"]), ("学制", c["years_word"].replace("年制", "年")), ("学历类别", c["study_mode"] if c["study_mode"] != "普通全日制" else "普通高等教育"),
             ("学习形式", "普通全日制" if c["study_mode"] == "普通全日制" else {"成人教育": "函授", "自学考试": "自学考试", "网络教育": "网络教育"}[c["study_mode"]]),
             ("入学日期", P(c["study_from"], "cn")), ("毕(结)业日期", P(f["graduation_date"], "cn")),
             ("毕(结)业", "毕业"), ("证书编号", c["cert_no"]), ("校(院)长姓名", c["president"])]
    y = 90
    for i in range(0, len(items), 2):
        for j, (lab, val) in enumerate(items[i:i + 2]):
            x = 20 + j * 87
            pg.rect(x, y, x + 28, y + 10, w=0.2, color=(200, 200, 200), fill=(242, 246, 250))
            pg.rect(x + 28, y, x + 87, y + 10, w=0.2, color=(200, 200, 200))
            pg.text(x + 2, y + 3.3, lab, 3.0, font, (90, 90, 90))
            pg.text(x + 30, y + 3.2, val, 3.2 if len(val) < 17 else 2.6, font)
        y += 10
    pg.image(150, 40, 36, 36, dr.qr(rng))
    pg.text(20, y + 12, "在线验证码：%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)), 3.4, font)
    pg.text(20, y + 20, "本备案表在有效期内可登录学信网（www.chsi.com.cn）在线验证。", 3.0, font, GREY)
    return [pg]


# =========================================================== 结婚证
def marriage(f, c, rng):
    pg = Page(240, 85, bg=(250, 235, 230))
    font = c.get("font", dr.NOTO_SANS)
    pg.line(120, 0, 120, 85, 0.4, (200, 170, 160))
    pg.image(8, 10, 40, 28, dr.portrait(400, 280, rng, bg=(200, 40, 40)))
    pg.text(8, 44, "持证人", 3.2, font, (110, 80, 80))
    pg.text(26, 43.6, f["holder_name"], 3.6, font)
    d = D(f["registration_date"])
    pg.text(8, 52, "登记日期", 3.2, font, (110, 80, 80))
    pg.text(26, 51.6, "%d年%02d月%02d日" % (d.year, d.month, d.day), 3.6, font)
    pg.text(8, 60, "结婚证字号", 3.2, font, (110, 80, 80))
    pg.text(28, 59.6, c["mc_no"], 3.4, font)
    pg.text(8, 72, "备注", 3.2, font, (110, 80, 80))
    pg.image(60, 40, 38, 38, dr.seal("%s民政局婚姻登记专用章" % c["mc_city"], "", 380, rng=rng, alpha=170))
    y = 8
    for who in ("a", "b"):
        pp = c["mc_" + who]
        for lab, val in [("姓名", pp["name"]), ("性别", pp["sex"]), ("国籍", "中国"), ("出生日期", P(pp["birth"], "dash")), ("身份证件号", pp["id"])]:
            pg.text(128, y, lab, 3.0, font, (110, 80, 80))
            pg.text(150, y - 0.4, val, 3.4, font)
            y += 6.4
        y += 6
    return [pg]


# =========================================================== irrelevant pages
def receipt(c, rng):
    pg = Page(80, 160)
    font = dr.MICRO
    pg.text(40, 8, rng.choice(["全家便利店", "联华超市", "罗森LAWSON", "盒马鲜生"]), 4.4, dr.NOTO_SANS_B, anchor="c")
    pg.text(40, 16, "门店：上海%s店" % rng.choice(["张江", "徐家汇", "五角场", "莘庄"]), 2.8, font, anchor="c")
    y = 26
    tot = 0
    for _ in range(rng.randint(4, 9)):
        p = rng.randint(3, 60) + rng.choice([0, 0.5, 0.9])
        tot += p
        pg.text(6, y, rng.choice(["矿泉水550ml", "饭团", "关东煮", "牛奶", "面包", "酸奶", "纸巾", "咖啡", "苹果"]), 3.0, font)
        pg.text(74, y, "%.2f" % p, 3.0, font, anchor="r")
        y += 5.5
    pg.line(6, y, 74, y, 0.2)
    pg.text(6, y + 3, "合计", 3.2, dr.NOTO_SANS_B)
    pg.text(74, y + 3, "%.2f" % tot, 3.2, dr.NOTO_SANS_B, anchor="r")
    pg.text(6, y + 12, "2026-%02d-%02d %02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 22), rng.randint(0, 59)), 2.8, font)
    return [pg]


def rental(c, rng):
    pg = Page(210, 297)
    font = dr.SONG
    pg.text(105, 25, "上海市住房租赁合同", 7, dr.NOTO_SERIF_B, anchor="c")
    y = 45
    for lab, val in [("出租人（甲方）：", c["landlord"]), ("承租人（乙方）：", c["name"]), ("房屋坐落：", c["residence_address"]),
                     ("租赁期限：", "自%s至%s" % (c["rent_from"], c["rent_to"])), ("月租金：", "人民币%d元整" % c["rent"])]:
        pg.text(25, y, lab + val, 4.2, font)
        y += 10
    for k in range(6):
        y = pg.para(25, y + 4, CLAUSES[(k + 5) % len(CLAUSES)].replace("%d", "5"), 4.0, 160, font)
    return [pg]


def bank_slip(c, rng):
    pg = Page(210, 99)
    font = dr.ZEN
    pg.text(105, 8, rng.choice(["中国工商银行", "招商银行", "中国建设银行"]) + " 业务回单", 5, dr.NOTO_SANS_B, anchor="c")
    y = 22
    for lab, val in [("付款人", c["name"]), ("收款人", c["landlord"]), ("金额", "¥%d.00" % c["rent"]), ("用途", "房租"),
                     ("交易日期", "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)))]:
        pg.text(20, y, lab, 3.6, font, GREY)
        pg.text(55, y, val, 3.6, font)
        y += 9
    return [pg]


def blank_page(c, rng):
    return [Page(210, 297)]
