"""Document renderers. Each returns a list of PIL images (one per page) drawn
from the truth fields, so the page shows what truth says."""
import datetime as dt
import math
from PIL import Image, ImageDraw
from .gfx import font, text, para, seal, guilloche, photo_box, qr, checkbox, paper, wrap, tw, BODY_FONTS, HAND_FONTS
from .people import cn_num_date

BLACK = (20, 20, 20)


def D(s):
    return dt.date.fromisoformat(s)


def dots(s):
    return s.replace("-", ".")


def cn(s):
    d = D(s)
    return f"{d.year}年{d.month}月{d.day}日"


def cn0(s):
    return f"{s[:4]}年{s[5:7]}月{s[8:10]}日"


# ---------------------------------------------------------------- id card
def id_front(f, rng, scale=1.0):
    W, H = int(1012 * scale), int(638 * scale)
    s = scale
    img = guilloche(W, H, base=(238, 241, 236), line=(196, 212, 220), seed=rng.randint(0, 999))
    d = ImageDraw.Draw(img)
    lab = (70, 140, 190)
    fn = "sans"
    y = 70 * s
    text(d, (60 * s, y), "姓 名", fn, 30 * s, lab)
    text(d, (180 * s, y - 4 * s), f["name"], "sans", 40 * s, BLACK)
    y += 80 * s
    text(d, (60 * s, y), "性 别", fn, 30 * s, lab)
    text(d, (180 * s, y - 2 * s), f["sex"], "sans", 34 * s, BLACK)
    text(d, (300 * s, y), "民 族", fn, 30 * s, lab)
    text(d, (410 * s, y - 2 * s), f["ethnicity"], "sans", 34 * s, BLACK)
    y += 75 * s
    b = D(f["birth_date"])
    text(d, (60 * s, y), "出 生", fn, 30 * s, lab)
    x = text(d, (180 * s, y - 2 * s), str(b.year), "sans", 34 * s, BLACK)
    x = text(d, (x + 14 * s, y), "年", fn, 30 * s, lab)
    x = text(d, (x + 14 * s, y - 2 * s), str(b.month), "sans", 34 * s, BLACK)
    x = text(d, (x + 14 * s, y), "月", fn, 30 * s, lab)
    x = text(d, (x + 14 * s, y - 2 * s), str(b.day), "sans", 34 * s, BLACK)
    text(d, (x + 14 * s, y), "日", fn, 30 * s, lab)
    y += 75 * s
    text(d, (60 * s, y), "住 址", fn, 30 * s, lab)
    for ln in wrap(f["address"], font("sans", 34 * s), 470 * s):
        text(d, (180 * s, y - 2 * s), ln, "sans", 34 * s, BLACK)
        y += 48 * s
    text(d, (60 * s, 540 * s), "公民身份号码", fn, 30 * s, lab)
    text(d, (330 * s, 534 * s), f["id_number"], "mono", 42 * s, BLACK, spacing=5 * s)
    photo_box(img, (int(650 * s), int(90 * s), int(950 * s), int(470 * s)), rng, bg=(232, 236, 232), male=f["sex"] == "男")
    return img


def id_back(f, rng, scale=1.0):
    W, H = int(1012 * scale), int(638 * scale)
    s = scale
    img = guilloche(W, H, base=(240, 238, 228), line=(215, 200, 190), seed=rng.randint(0, 999))
    d = ImageDraw.Draw(img)
    # emblem
    cx, cy, r = 150 * s, 150 * s, 95 * s
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=(200, 40, 40), width=int(8 * s))
    d.ellipse([cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7], fill=(210, 50, 45))
    for k, (dx, dy, rr) in enumerate([(0, -0.25, 0.22), (-0.35, -0.38, 0.09), (-0.42, -0.12, 0.09), (-0.3, 0.1, 0.09), (0.3, 0.1, 0.09)]):
        pts = []
        for j in range(10):
            a = -math.pi / 2 + j * math.pi / 5
            q = r * rr if j % 2 == 0 else r * rr * 0.4
            pts.append((cx + dx * r * 0.6 + q * math.cos(a), cy + dy * r + q * math.sin(a)))
        d.polygon(pts, fill=(250, 210, 60))
    text(d, (620 * s, 110 * s), "中华人民共和国", "sansb", 52 * s, BLACK, "mm", spacing=10 * s)
    text(d, (620 * s, 230 * s), "居民身份证", "sansb", 78 * s, BLACK, "mm", spacing=18 * s)
    lab = (60, 60, 60)
    text(d, (200 * s, 450 * s), "签发机关", "sans", 30 * s, lab)
    text(d, (360 * s, 446 * s), f["issuing_authority"], "sans", 34 * s, BLACK)
    text(d, (200 * s, 530 * s), "有效期限", "sans", 30 * s, lab)
    until = "长期" if f["valid_until"] == "long_term" else dots(f["valid_until"])
    text(d, (360 * s, 526 * s), dots(f["valid_from"]) + "-" + until, "sans", 34 * s, BLACK)
    return img


def card_round(img, r=36):
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, img.size[0] - 1, img.size[1] - 1], r, fill=255)
    return img, m


# ---------------------------------------------------------------- residence permit
def permit_card_front(f, rng, hide=()):
    W, H = 1012, 638
    img = guilloche(W, H, base=(226, 236, 246), line=(180, 200, 230), seed=rng.randint(0, 999))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 110], fill=(40, 90, 170))
    text(d, (W / 2, 55), "上海市居住证", "sansb", 54, (255, 255, 255), "mm", spacing=12)
    lab = (60, 80, 120)
    y = 150
    for k, v in [("姓名", f["name"]), ("公民身份号码", f["id_number"])]:
        text(d, (50, y), k, "sans", 28, lab)
        text(d, (250, y - 4), v, "sans", 34, BLACK)
        y += 70
    text(d, (50, y), "居住地址", "sans", 28, lab)
    for ln in wrap(f["residence_address"], font("sans", 32), 420):
        text(d, (250, y - 2), ln, "sans", 32, BLACK)
        y += 46
    y += 24
    if "issue_date" in f:
        text(d, (50, y), "签发日期", "sans", 28, lab)
        text(d, (250, y - 4), cn0(f["issue_date"]), "sans", 32, BLACK)
    text(d, (50, 560), "签发机关  " + f.get("_office", "上海市公安局"), "sans", 26, lab)
    photo_box(img, (720, 150, 950, 440), rng, bg=(215, 228, 245))
    return img


def permit_card_back(f, rng, hide=()):
    W, H = 1012, 638
    img = guilloche(W, H, base=(236, 240, 246), line=(200, 210, 230), seed=rng.randint(0, 999))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([80, 180, 230, 300], 14, fill=(205, 175, 90), outline=(150, 120, 50), width=3)
    for k in range(3):
        d.line([(80, 210 + k * 30), (230, 210 + k * 30)], fill=(150, 120, 50), width=2)
    text(d, (300, 70), "签 注 信 息", "sansb", 38, (40, 60, 110))
    y = 160
    rows = [("签注日期", cn0(f["valid_from"]) if "valid_from" in f else "")]
    if "valid_until" in f and "valid_from" in f:
        rows.append(("有效期限", dots(f["valid_from"]) + "至" + dots(f["valid_until"])))
    for k, v in rows:
        text(d, (300, y), k, "sans", 28, (80, 80, 110))
        text(d, (460, y - 3), v, "sans", 32, BLACK)
        y += 70
    text(d, (300, 520), "本证仅限持证人本人使用  遗失请及时挂失", "sans", 24, (110, 110, 130))
    return img


def permit_info(f, rng, variant="grid2"):
    W, H = 1654, 2339
    img = paper(W, H)
    d = ImageDraw.Draw(img)
    fn = rng.choice(["song", "sans", "serif", "wqy"])
    title = rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证持证人信息"])
    text(d, (W / 2, 230), title, fn if fn != "song" else "serifb", 66, BLACK, "mm", spacing=6)
    lab_hk = rng.choice(["常住户口所在地住址", "户籍地址"])
    lab_id = rng.choice(["公民身份号码", "证件号码"])
    lab_is = rng.choice(["签发日期", "签注日期"])
    rows = [("姓名", f["name"]), (lab_id, f["id_number"]), (lab_hk, f["hukou_address"]),
            ("居住地址", f["residence_address"]), (lab_is, cn0(f["issue_date"]) if variant != "list" else f["issue_date"])]
    if variant == "grid2" and rng.random() < 0.5:
        rows.insert(rng.choice([2, 4]), ("备注", ""))  # a label alone in its row
    twocell = rng.random() < 0.5
    if twocell:
        rows.append(("有效期限", dots(f["valid_from"]) + "至" + dots(f["valid_until"])))
    else:
        rows += [("有效期限起", f["valid_from"]), ("有效期限止", f["valid_until"])]
    x0, x1 = 170, W - 170
    y = 380
    if variant == "grid2":
        lw = 430
        for k, v in rows:
            lines = wrap(v, font(fn, 40), x1 - x0 - lw - 40) if v else []
            h = max(110, 60 * len(lines) + 50)
            d.rectangle([x0, y, x0 + lw, y + h], outline=BLACK, width=2, fill=(243, 243, 243))
            d.rectangle([x0 + lw, y, x1, y + h], outline=BLACK, width=2)
            text(d, (x0 + 30, y + h / 2), k, fn, 40, BLACK, "lm")
            yy = y + h / 2 - 30 * len(lines)
            for ln in lines:
                text(d, (x0 + lw + 30, yy + 30), ln, fn, 40, BLACK, "lm")
                yy += 60
            y += h
    elif variant == "grid4":
        cw = (x1 - x0) / 4
        short = [r for r in rows if len(r[1]) <= 20]
        long_ = [r for r in rows if len(r[1]) > 20]
        for i in range(0, len(short), 2):
            for j, (k, v) in enumerate(short[i:i + 2]):
                xx = x0 + j * 2 * cw
                d.rectangle([xx, y, xx + cw, y + 110], outline=BLACK, width=2, fill=(240, 244, 250))
                d.rectangle([xx + cw, y, xx + 2 * cw, y + 110], outline=BLACK, width=2)
                text(d, (xx + 20, y + 55), k, fn, 34, BLACK, "lm")
                text(d, (xx + cw + 18, y + 55), v, fn, 34, BLACK, "lm")
            if len(short[i:i + 2]) == 1:
                d.rectangle([x0 + 2 * cw, y, x1, y + 110], outline=BLACK, width=2)
            y += 110
        for k, v in long_:
            lines = wrap(v, font(fn, 36), 3 * cw - 40)
            h = max(110, 54 * len(lines) + 50)
            d.rectangle([x0, y, x0 + cw, y + h], outline=BLACK, width=2, fill=(240, 244, 250))
            d.rectangle([x0 + cw, y, x1, y + h], outline=BLACK, width=2)
            text(d, (x0 + 20, y + h / 2), k, fn, 34, BLACK, "lm")
            yy = y + h / 2 - 27 * len(lines) + 27
            for ln in lines:
                text(d, (x0 + cw + 20, yy), ln, fn, 36, BLACK, "lm")
                yy += 54
            y += h
    else:  # list
        for k, v in rows:
            text(d, (x0, y), k + "：", fn, 42, (60, 60, 60))
            yy = y
            for ln in wrap(v, font(fn, 42), x1 - x0 - 480):
                text(d, (x0 + 480, yy), ln, fn, 42, BLACK)
                yy += 62
            y = max(y + 95, yy + 35)
    y += 120
    text(d, (x0, y), "打印日期：" + f.get("_printed", f["issue_date"]), fn, 34, (80, 80, 80))
    office = f.get("_office", "上海市公安局浦东分局")
    text(d, (x1, y + 120), office + "  社区事务受理服务中心", fn, 34, BLACK, "ra")
    seal(img, x1 - 260, y + 140, 150, office.replace("上海市公安局", "上海市公安局") + "居住证专用章"[:0] + "人口管理专用章", rng=rng)
    return [img]


def statusbar(d, W, t="9:41", dark=False):
    c = (255, 255, 255) if dark else (20, 20, 20)
    text(d, (60, 50), t, "sansb", 40, c, "lm")
    text(d, (W - 60, 50), "5G  86%", "sans", 32, c, "rm")


def app_rows(d, x0, x1, y, rows, rng, lab=(140, 140, 140), val=BLACK, size=40, fn="sans"):
    for k, v in rows:
        text(d, (x0, y), k, fn, size, lab)
        lines = wrap(v, font(fn, size), (x1 - x0) * 0.62)
        yy = y
        for ln in lines:
            text(d, (x1, yy), ln, fn, size, val, "ra")
            yy += size * 1.4
        y = max(y + size * 2.1, yy + size * 0.8)
        d.line([(x0, y - size * 0.55), (x1, y - size * 0.55)], fill=(235, 235, 235), width=2)
    return y


def permit_app(f, rng):
    W, H = 1080, rng.choice([2340, 2400, 2412])
    img = Image.new("RGB", (W, H), (243, 245, 248))
    d = ImageDraw.Draw(img)
    col = rng.choice([(35, 110, 230), (20, 150, 140), (60, 90, 200)])
    d.rectangle([0, 0, W, 560], fill=col)
    statusbar(d, W, rng.choice(["9:41", "10:23", "21:07", "14:55"]), dark=True)
    text(d, (W / 2, 150), "电子居住证", "sansb", 46, (255, 255, 255), "mm")
    text(d, (60, 150), "‹", "sans", 70, (255, 255, 255), "lm")
    d.rounded_rectangle([50, 240, W - 50, 700], 36, fill=(255, 255, 255))
    text(d, (110, 300), "上海市居住证", "sans", 36, (120, 120, 120))
    text(d, (110, 370), f["name"], "sansb", 80, BLACK)
    qr(img, W - 330, 300, 230, rng)
    text(d, (110, 520), "有效期至 " + dots(f["valid_until"]), "sans", 36, col)
    text(d, (110, 600), "随申办 · 一网通办", "sans", 30, (160, 160, 160))
    d.rounded_rectangle([50, 740, W - 50, 2020], 36, fill=(255, 255, 255))
    rows = [("姓名", f["name"]), ("证件号码", f["id_number"]), ("户籍地址", f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签注日期", f["issue_date"]),
            ("有效期起", f["valid_from"]), ("有效期止", f["valid_until"])]
    app_rows(d, 100, W - 100, 800, rows, rng)
    d.rounded_rectangle([100, H - 250, W - 100, H - 130], 60, fill=col)
    text(d, (W / 2, H - 190), "出示证件", "sansb", 44, (255, 255, 255), "mm")
    return [img]


# ---------------------------------------------------------------- household register
def booklet_page(rng, W=1050, H=1430):
    base = rng.choice([(236, 242, 232), (240, 240, 228), (232, 238, 240)])
    return guilloche(W, H, base=base, line=(210, 222, 205), seed=rng.randint(0, 999), density=30)


def hh_cover(f, rng, hand=False):
    img = booklet_page(rng)
    W, H = img.size
    d = ImageDraw.Draw(img)
    fn = rng.choice(["song", "uming"])
    vf = rng.choice(HAND_FONTS) if hand else rng.choice(["song", "sans", "mono"])
    text(d, (W / 2, 120), "户 口 簿", fn, 64, BLACK, "mm", spacing=10)
    x0, x1, y = 70, W - 70, 230
    L = (20, 60, 40)
    rows = [[("户 别", f["household_type"]), ("户主姓名", f["head_name"])],
            [("户 号", f["household_number"]), None],
            [("住 址", f["address"])]]
    rh = 130
    for r in rows[:2]:
        d.rectangle([x0, y, x1, y + rh], outline=L, width=3)
        d.line([(x0 + 170, y), (x0 + 170, y + rh)], fill=L, width=2)
        d.line([(W / 2 + 40, y), (W / 2 + 40, y + rh)], fill=L, width=2)
        d.line([(W / 2 + 220, y), (W / 2 + 220, y + rh)], fill=L, width=2)
        text(d, (x0 + 85, y + rh / 2), r[0][0], fn, 34, BLACK, "mm")
        text(d, (x0 + 190, y + rh / 2), r[0][1], vf, 38, BLACK, "lm")
        if r[1]:
            text(d, (W / 2 + 130, y + rh / 2), r[1][0], fn, 32, BLACK, "mm")
            text(d, (W / 2 + 240, y + rh / 2), r[1][1], vf, 38, BLACK, "lm")
        y += rh
    lines = wrap(f["address"], font(vf, 38), x1 - x0 - 210)
    h = max(220, 60 * len(lines) + 60)
    d.rectangle([x0, y, x1, y + h], outline=L, width=3)
    d.line([(x0 + 170, y), (x0 + 170, y + h)], fill=L, width=2)
    text(d, (x0 + 85, y + h / 2), "住 址", fn, 34, BLACK, "mm")
    yy = y + 40
    for ln in lines:
        text(d, (x0 + 190, yy), ln, vf, 38, BLACK)
        yy += 60
    y += h
    h2 = 420
    d.rectangle([x0, y, x1, y + h2], outline=L, width=3)
    d.line([(W / 2, y), (W / 2, y + h2)], fill=L, width=2)
    text(d, (x0 + 30, y + 30), "户口登记机关", fn, 30, BLACK)
    text(d, (x0 + 30, y + 70), "和 章", fn, 30, BLACK)
    text(d, (W / 2 + 30, y + 30), "承办人签章", fn, 30, BLACK)
    police = f.get("_police", "公安局")
    if rng.random() < 0.35:  # the registration seal stamped over the address
        seal(img, x0 + 480, y - h / 2, 150, police + "户口专用章", rng=rng)
    else:
        seal(img, x0 + 230, y + 230, 150, police + "户口专用章", rng=rng)
    text(d, (W / 2 + 120, y + 220), f.get("_clerk", "李明"), rng.choice(HAND_FONTS), 44, (30, 30, 120))
    y += h2 + 50
    isd = D(f["issue_date"])
    text(d, (x0 + 250, y), f"签发日期    {isd.year}  年  {isd.month}  月  {isd.day}  日", fn, 34, BLACK)
    return img


MEMBER_ROWS = [
    [("姓名", "name"), ("户主或与户主关系", "relation_to_head")],
    [("曾用名", None), ("性别", "sex")],
    [("出生地", "birthplace"), ("民族", "ethnicity")],
    [("籍贯", "native_place"), ("出生日期", "birth_date")],
    [("本市(县)其他住址", None), ("宗教信仰", None)],
    [("公民身份证件编号", "id_number"), ("身高", "_height")],
    [("血型", None), ("文化程度", "education")],
    [("婚姻状况", "marital_status"), ("兵役状况", "_mil")],
    [("服务处所", "employer"), ("职业", "_job")],
    [("何时由何地迁来本市(县)", "_moved"), None],
    [("何时由何地迁来本址", "_moved2"), None],
]


def hh_member(f, rng, hand=False):
    img = booklet_page(rng)
    W, H = img.size
    d = ImageDraw.Draw(img)
    fn = rng.choice(["song", "uming"])
    vf = rng.choice(HAND_FONTS) if hand else rng.choice(["song", "sans", "mono"])
    vcol = (25, 25, 110) if hand and rng.random() < 0.6 else BLACK
    text(d, (W / 2, 100), "常住人口登记卡", fn, 56, BLACK, "mm", spacing=8)
    x0, x1, y = 50, W - 50, 180
    L = (20, 60, 40)
    rh = 88
    mid = W / 2 + 60
    for row in MEMBER_ROWS:
        d.rectangle([x0, y, x1, y + rh], outline=L, width=2)
        cells = [(x0, mid if row[1] else x1, row[0])] + ([(mid, x1, row[1])] if row[1] else [])
        for (a, b, cell) in cells:
            lab, key = cell
            lf = 22 if len(lab) > 6 else 26
            lw = max(130, tw(lab, font(fn, lf)) + 24)
            d.line([(a + lw, y), (a + lw, y + rh)], fill=L, width=2)
            d.line([(b, y), (b, y + rh)], fill=L, width=2)
            text(d, (a + 10, y + rh / 2), lab, fn, lf, BLACK, "lm")
            v = f.get(key, "") if key else ""
            if key == "birth_date" and v:
                bd = D(v)
                v = f"{bd.year}年{bd.month}月{bd.day}日"
            if v:
                size = 30 if tw(v, font(vf, 32)) < (b - a - lw - 20) else 24
                text(d, (a + lw + 12, y + rh / 2), v, vf, size, vcol, "lm")
        y += rh
    d.rectangle([x0, y, x1, y + 200], outline=L, width=2)
    text(d, (x0 + 10, y + 20), "承办人签章", fn, 26, BLACK)
    text(d, (x0 + 200, y + 90), f.get("_clerk", "王芳"), rng.choice(HAND_FONTS), 40, (30, 30, 120))
    rd = D(f["registration_date"])
    text(d, (mid + 10, y + 20), "登记日期", fn, 26, BLACK)
    text(d, (mid + 20, y + 90), f"{rd.year}年{rd.month}月{rd.day}日", vf, 32, vcol)
    seal(img, x1 - 220, y - 40, 140, f.get("_police", "公安局") + "户口专用章", rng=rng)
    return img


def collective_letter(f, rng, variant="letter"):
    W, H = 1654, 2339
    img = paper(W, H)
    d = ImageDraw.Draw(img)
    fn = rng.choice(["song", "serif", "uming"])
    police = f["_police"]
    if variant == "letter":
        text(d, (W / 2, 300), "户 籍 证 明", "serifb", 80, BLACK, "mm", spacing=10)
        body = (f"兹证明{f['name']}（公民身份号码：{f['id_number']}），户口现登记在我辖区集体户内，"
                f"户籍地址：{f['address']}。该人户籍信息真实有效。")
        y = para(d, 180, 480, body, W - 360, fn, 46, BLACK, lh=1.9, indent=92)
        y = para(d, 180, y + 40, "特此证明。", W - 360, fn, 46, BLACK, indent=92)
        text(d, (W - 220, y + 260), police, fn, 46, BLACK, "ra")
        text(d, (W - 220, y + 350), cn(f["issue_date"]), fn, 46, BLACK, "ra")
        seal(img, W - 450, y + 300, 190, police.replace("派出所", "") + "派出所户口专用章" if "派出所" in police else police + "户口专用章", rng=rng)
        text(d, (180, H - 260), "（本证明自开具之日起三个月内有效）", fn, 34, (80, 80, 80))
    else:
        text(d, (W / 2, 260), "常住人口登记信息（集体户）", "serifb", 64, BLACK, "mm")
        rows = [("户别", "集体户"), ("姓名", f["name"]), ("公民身份号码", f["id_number"]),
                ("户籍地址", f["address"]), ("集体户名称", f.get("_unit", "人才服务中心集体户")), ("开具日期", f["issue_date"])]
        y = 420
        for k, v in rows:
            lines = wrap(v, font(fn, 40), 900)
            h = max(110, 60 * len(lines) + 50)
            d.rectangle([170, y, 570, y + h], outline=BLACK, width=2)
            d.rectangle([570, y, W - 170, y + h], outline=BLACK, width=2)
            text(d, (200, y + h / 2), k, fn, 40, BLACK, "lm")
            yy = y + h / 2 - 30 * len(lines) + 30
            for ln in lines:
                text(d, (600, yy), ln, fn, 40, BLACK, "lm")
                yy += 60
            y += h
        text(d, (W - 200, y + 200), "出具单位：" + police, fn, 40, BLACK, "ra")
        seal(img, W - 420, y + 230, 180, police + "户口专用章", rng=rng)
    return [img]


# ---------------------------------------------------------------- labour contract
BOILER = [
    "甲方根据工作需要，安排乙方从事{job}岗位工作。乙方应按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方实行标准工时制度。乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方由于生产经营需要，经与工会和乙方协商后可以延长工作时间。",
    "甲方应当按照国家和本市有关规定为乙方缴纳社会保险费和住房公积金，乙方个人缴纳部分由甲方从乙方工资中代扣代缴。",
    "甲方每月{payday}日以货币形式支付乙方工资，乙方正常工作时间的工资不低于本市最低工资标准。乙方的工资按照甲方依法制定的薪酬制度确定。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，对乙方进行职业安全卫生教育。",
    "乙方应当遵守甲方依法制定的规章制度，严格遵守劳动安全卫生、生产工艺、操作规程和工作规范，爱护甲方的财产，遵守职业道德。",
    "双方解除或者终止本合同，应当按照《中华人民共和国劳动合同法》及本市有关规定执行。甲方应当在解除或者终止劳动合同时出具解除或者终止劳动合同的证明。",
    "因履行本合同发生的劳动争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。",
    "乙方在合同期内应当保守甲方的商业秘密。乙方违反保密义务给甲方造成损失的，应当依法承担赔偿责任。",
    "本合同未尽事宜，按照国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，经双方签字（盖章）后生效。",
    "乙方患病或者非因工负伤，在规定的医疗期内，甲方按照本市有关规定支付病假工资。",
    "甲方根据生产经营需要，可以依法调整乙方的工作岗位，乙方应服从甲方的合理安排。",
]


def a4(rng):
    t = rng.choice([(255, 255, 255), (252, 252, 248), (250, 250, 246)])
    return paper(1654, 2339, t)


def pageno(d, k, n, fn, style):
    if style == 0:
        text(d, (827, 2230), f"第 {k} 页  共 {n} 页", fn, 28, (60, 60, 60), "mm")
    elif style == 1:
        text(d, (827, 2230), f"- {k} -", fn, 30, (60, 60, 60), "mm")
    else:
        text(d, (1480, 2230), f"{k}/{n}", fn, 28, (60, 60, 60), "rm")


def term_text(f):
    s, e = D(f["start_date"]), D(f["end_date"])
    return f"自 {s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止"


def body_pages(rng, fn, start_no, n, total, d_first=None, job="技术", style=0, sizes=36):
    pages = []
    art = start_no
    for k in range(n):
        img = a4(rng)
        d = ImageDraw.Draw(img)
        y = 180
        while y < 1900:
            t = rng.choice(BOILER).format(job=job, payday=rng.choice([10, 15, 20, 25]))
            y = para(d, 160, y, f"第{art}条  " + t, 1334, fn, sizes, BLACK, lh=1.75, indent=72) + 30
            art += 1
        pages.append((img, d))
    return pages, art


def contract_model(f, rng, hide=()):
    """Shanghai model text: cover, parties + term with checkboxes, body, signature page."""
    fn = rng.choice(["song", "serif", "uming", "sans"])
    hf = rng.choice(HAND_FONTS)
    ink = rng.choice([(20, 20, 20), (25, 35, 120)])
    n_body = rng.randint(1, 3)
    total = 3 + n_body
    pst = rng.randint(0, 2)
    pages = []
    # cover
    img = a4(rng)
    d = ImageDraw.Draw(img)
    text(d, (827, 420), "劳 动 合 同", "serifb", 110, BLACK, "mm", spacing=20)
    text(d, (827, 560), rng.choice(["（示范文本）", "（上海市劳动合同示范文本）", "（全日制）"]), fn, 46, BLACK, "mm")
    y = 1100
    for lab, val in [("甲方（用人单位）", f["employer"]), ("乙方（劳动者）", f["employee_name"])]:
        text(d, (260, y), lab + "：", fn, 44, BLACK)
        x = 260 + tw(lab + "：", font(fn, 44))
        d.line([(x, y + 58), (1450, y + 58)], fill=BLACK, width=2)
        text(d, (x + 20, y - 4), val, hf, 48, ink)
        y += 140
    sd = D(f["signing_date"])
    text(d, (260, y + 40), f"签订日期：{sd.year} 年 {sd.month} 月 {sd.day} 日", fn, 40, BLACK)
    text(d, (827, 2000), "上海市人力资源和社会保障局 制", fn, 34, (70, 70, 70), "mm")
    pages.append(img)
    # parties + term
    img = a4(rng)
    d = ImageDraw.Draw(img)
    y = 170
    text(d, (160, y), "甲方（用人单位）名称：", fn, 38, BLACK)
    text(d, (580, y - 4), f["employer"], hf, 42, ink)
    d.line([(575, y + 50), (1500, y + 50)], fill=BLACK, width=2)
    y += 80
    for lab, val in [("法定代表人（主要负责人）：", f.get("_legal", "张国强")), ("住所：", f.get("_emp_addr", "上海市浦东新区"))]:
        text(d, (160, y), lab, fn, 38, BLACK)
        x = 160 + tw(lab, font(fn, 38))
        text(d, (x + 10, y - 4), val, hf, 40, ink)
        d.line([(x, y + 50), (1500, y + 50)], fill=BLACK, width=2)
        y += 80
    y += 30
    text(d, (160, y), "乙方（劳动者）姓名：", fn, 38, BLACK)
    text(d, (560, y - 4), f["employee_name"], hf, 42, ink)
    d.line([(555, y + 50), (900, y + 50)], fill=BLACK, width=2)
    text(d, (940, y), "性别：", fn, 38, BLACK)
    text(d, (1060, y - 4), f.get("_sex", ""), hf, 42, ink)
    y += 80
    text(d, (160, y), "居民身份证号码：", fn, 38, BLACK)
    text(d, (480, y - 4), f["employee_id_number"], hf, 42, ink)
    d.line([(475, y + 50), (1200, y + 50)], fill=BLACK, width=2)
    y += 80
    text(d, (160, y), "户籍地址：", fn, 38, BLACK)
    text(d, (360, y - 4), f.get("_home", ""), hf, 36, ink)
    d.line([(355, y + 50), (1500, y + 50)], fill=BLACK, width=2)
    y += 130
    y = para(d, 160, y, "根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。", 1334, fn, 38, BLACK, lh=1.75, indent=76) + 40
    text(d, (827, y), "一、劳动合同期限", "sansb" if fn == "sans" else "serifb", 42, BLACK, "mm")
    y += 80
    text(d, (160, y), "第一条  本合同期限类型为下列第____种：", fn, 38, BLACK)
    y += 80
    opts = ["固定期限", "无固定期限", "以完成一定工作任务为期限"]
    chosen = 1 if f.get("open_ended") else 0
    for i, o in enumerate(opts):
        checkbox(d, 220, y, o, i == chosen, 38, fn)
        y += 70
        if i == 0 and chosen == 0 and "end_date" not in hide:
            s, e = D(f["start_date"]), D(f["end_date"])
            text(d, (290, y), f"{s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止。", fn, 38, BLACK)
            y += 70
        if i == 1 and chosen == 1:
            s = D(f["start_date"])
            text(d, (290, y), f"{s.year} 年 {s.month} 月 {s.day} 日起至法定终止条件出现时止。", fn, 38, BLACK)
            y += 70
    if "_prob" in f:
        y += 20
        y = para(d, 160, y, f"第二条  双方约定试用期自{cn(f['_prob'][0])}起至{cn(f['_prob'][1])}止。", 1334, fn, 38, BLACK, indent=76)
    pageno(d, 2, total, fn, pst)
    pages.append(img)
    bp, art = body_pages(rng, fn, 3, n_body, total)
    for k, (img, d) in enumerate(bp):
        pageno(d, 3 + k, total, fn, pst)
        pages.append(img)
    # signature page
    img = a4(rng)
    d = ImageDraw.Draw(img)
    y = 200
    for _ in range(2):
        y = para(d, 160, y, f"第{art}条  " + rng.choice(BOILER).format(job="技术", payday=15), 1334, fn, 36, BLACK, lh=1.75, indent=72) + 30
        art += 1
    y += 200
    text(d, (160, y), "甲方（盖章）", fn, 40, BLACK)
    text(d, (900, y), "乙方（签字）", fn, 40, BLACK)
    text(d, (1160, y + 80), f["employee_name"], hf, 64, ink)
    text(d, (160, y + 180), "法定代表人或委托代理人（签字）", fn, 34, BLACK)
    sd = D(f["signing_date"])
    text(d, (160, y + 400), f"{sd.year} 年 {sd.month} 月 {sd.day} 日", fn, 40, BLACK)
    text(d, (900, y + 400), f"{sd.year} 年 {sd.month} 月 {sd.day} 日", fn, 40, BLACK)
    seal(img, 420, y + 260, 190, f["employer"], rng=rng)
    pageno(d, total, total, fn, pst)
    pages.append(img)
    return pages


def contract_company(f, rng, hide=()):
    fn = rng.choice(["song", "sans", "wqy", "serif", "zen"])
    hf = rng.choice(HAND_FONTS)
    n_body = rng.randint(1, 4)
    total = 2 + n_body
    pst = rng.randint(0, 2)
    pages = []
    img = a4(rng)
    d = ImageDraw.Draw(img)
    text(d, (827, 200), f["employer"], fn, 44, (60, 60, 60), "mm")
    text(d, (827, 320), rng.choice(["劳动合同书", "劳动合同", "聘用合同"]), "sansb", 84, BLACK, "mm", spacing=12)
    text(d, (1494, 420), "合同编号：HT-" + str(rng.randint(2019000, 2026999)), fn, 30, BLACK, "ra")
    x0, x1, y = 160, 1494, 480
    tab = [("甲方", "名称", f["employer"]), ("", "法定代表人", f.get("_legal", "")), ("", "地址", f.get("_emp_addr", "")),
           ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]), ("", "住址", f.get("_home", "")),
           ("", "联系电话", f.get("_phone", "138****1234"))]
    for a, b, c in tab:
        d.rectangle([x0, y, x1, y + 90], outline=BLACK, width=2)
        d.line([(x0 + 150, y), (x0 + 150, y + 90)], fill=BLACK, width=2)
        d.line([(x0 + 450, y), (x0 + 450, y + 90)], fill=BLACK, width=2)
        if a:
            text(d, (x0 + 75, y + 45), a, fn, 36, BLACK, "mm")
        text(d, (x0 + 170, y + 45), b, fn, 34, BLACK, "lm")
        size = 34 if tw(c, font(fn, 34)) < 1000 else 28
        text(d, (x0 + 470, y + 45), c, fn, size, BLACK, "lm")
        y += 90
    y += 60
    text(d, (160, y), "第一条  合同期限", "sansb", 40, BLACK)
    y += 80
    if f.get("open_ended"):
        t = f"本合同为无固定期限劳动合同，自{cn(f['start_date'])}起履行。"
    elif "end_date" in hide:
        t = f"本合同为固定期限劳动合同，自{cn(f['start_date'])}起生效。"
    else:
        from dateutil.relativedelta import relativedelta as _rd
        yrs = round((D(f["end_date"]) - D(f["start_date"])).days / 365.25)
        exact = yrs in (1, 2, 3, 4, 5) and D(f["start_date"]) + _rd(years=yrs) == D(f["end_date"]) + dt.timedelta(days=1)
        lead = f"本合同为固定期限劳动合同，期限{'一二三四五'[yrs - 1]}年，" if exact and rng.random() < 0.6 else "本合同为固定期限劳动合同，"
        t = lead + term_text(f).replace(" ", "") + "。"
    if "_prob" in f:
        t += f"其中试用期自{cn(f['_prob'][0])}起至{cn(f['_prob'][1])}止。"
    y = para(d, 160, y, t, 1334, fn, 38, BLACK, lh=1.8, indent=76) + 30
    text(d, (160, y), "第二条  工作内容和工作地点", "sansb", 40, BLACK)
    y += 80
    para(d, 160, y, "乙方同意根据甲方工作需要，担任" + rng.choice(["工程师", "销售专员", "会计", "运营专员", "设计师"]) + "岗位工作，工作地点为上海市。乙方应当按照甲方的要求完成工作任务。", 1334, fn, 38, BLACK, lh=1.8, indent=76)
    pageno(d, 1, total, fn, pst)
    pages.append(img)
    bp, art = body_pages(rng, fn, 3, n_body, total, sizes=rng.choice([34, 36, 38]))
    for k, (im, dd) in enumerate(bp):
        pageno(dd, 2 + k, total, fn, pst)
        pages.append(im)
    img = a4(rng)
    d = ImageDraw.Draw(img)
    y = 300
    text(d, (160, y), "（以下无正文）", fn, 38, BLACK)
    y += 300
    sd = D(f["signing_date"])
    text(d, (160, y), "甲方（盖章）：", fn, 40, BLACK)
    text(d, (900, y), "乙方（签名）：", fn, 40, BLACK)
    text(d, (1170, y - 10), f["employee_name"], hf, 60, (25, 35, 120))
    text(d, (160, y + 300), "签订日期：" + cn(f["signing_date"]), fn, 38, BLACK)
    text(d, (900, y + 300), "签订日期：" + cn(f["signing_date"]), fn, 38, BLACK)
    seal(img, 430, y + 120, 190, f["employer"], rng=rng)
    pageno(d, total, total, fn, pst)
    pages.append(img)
    return pages


def contract_renewal(f, rng, hide=()):
    img = a4(rng)
    d = ImageDraw.Draw(img)
    fn = rng.choice(["song", "serif", "sans"])
    hf = rng.choice(HAND_FONTS)
    text(d, (827, 260), "劳动合同续订书", "serifb", 80, BLACK, "mm", spacing=10)
    y = 430
    for lab, v in [("甲方（用人单位）：", f["employer"]), ("乙方（劳动者）：", f["employee_name"]), ("乙方身份证号码：", f["employee_id_number"])]:
        text(d, (160, y), lab, fn, 40, BLACK)
        x = 160 + tw(lab, font(fn, 40))
        text(d, (x + 10, y - 4), v, hf, 44, (25, 35, 120))
        d.line([(x, y + 54), (1494, y + 54)], fill=BLACK, width=2)
        y += 100
    y += 40
    prev = f.get("_prev", ("2021-01-01", "2023-12-31"))
    body = f"甲乙双方于{cn(prev[0])}签订的劳动合同（期限至{cn(prev[1])}）即将期满，经双方协商一致，同意续订劳动合同。"
    y = para(d, 160, y, body, 1334, fn, 40, BLACK, lh=1.9, indent=80) + 20
    if f.get("open_ended"):
        t = f"续订的劳动合同为无固定期限劳动合同，自{cn(f['start_date'])}起履行。"
    else:
        t = "续订的劳动合同期限" + term_text(f).replace(" ", "") + "。"
    y = para(d, 160, y, t, 1334, fn, 40, BLACK, lh=1.9, indent=80) + 20
    y = para(d, 160, y, "原劳动合同其他条款继续有效。本续订书一式两份，甲乙双方各执一份。", 1334, fn, 40, BLACK, lh=1.9, indent=80)
    y += 280
    text(d, (160, y), "甲方（盖章）", fn, 40, BLACK)
    text(d, (900, y), "乙方（签字）", fn, 40, BLACK)
    text(d, (1150, y + 80), f["employee_name"], hf, 60, (25, 35, 120))
    text(d, (160, y + 330), cn(f["signing_date"]), fn, 40, BLACK)
    text(d, (900, y + 330), cn(f["signing_date"]), fn, 40, BLACK)
    seal(img, 420, y + 180, 190, f["employer"], rng=rng)
    return [img]


# ---------------------------------------------------------------- diplomas
def cert_frame(rng, W=1754, H=1240, color=None):
    color = color or rng.choice([(180, 40, 40), (150, 110, 40), (40, 90, 150), (30, 110, 80)])
    img = paper(W, H, rng.choice([(250, 246, 235), (252, 250, 244), (246, 244, 236)]))
    d = ImageDraw.Draw(img)
    for k, w in [(30, 10), (55, 3)]:
        d.rectangle([k, k, W - k, H - k], outline=color, width=w)
    return img, d, color


def diploma(f, rng, variant="modern"):
    img, d, col = cert_frame(rng)
    W, H = img.size
    fn = rng.choice(["song", "serif", "kai", "uming"])
    b = D(f["_birth"])
    s = D(f["_enrol"])
    g = D(f["graduation_date"])
    mode = f.get("study_mode", "普通全日制")
    yz = "一二三四五六"[int(f["_years"]) - 1]
    lvl = {"本科": f"{yz}年制本科", "专科": f"{yz}年制专科", "硕士研究生": "硕士研究生"}[f["level"]]
    if mode.startswith("高等教育自学考试"):
        title = "高等教育自学考试毕业证书"
        body = (f"{f['name']}，{f['_sex']}，{cn_num_date(b, False)}生，参加高等教育自学考试{f['major']}专业"
                f"（{f['level']}）考试，全部课程成绩合格，经审定，准予毕业。")
    elif mode.startswith("成人"):
        title = "毕 业 证 书"
        form = mode.replace("成人", "")
        body = (f"学生 {f['name']}，性别{f['_sex']}，{cn_num_date(b, False)}生，于{cn_num_date(s, False)}至{cn_num_date(g, False)}"
                f"在本校{f['major']}专业 成人高等教育{form}{f['level']} 学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    elif f["level"] == "硕士研究生":
        title = "毕 业 证 书"
        body = (f"研究生 {f['name']}，性别{f['_sex']}，{cn_num_date(b, False)}生，于{cn_num_date(s, False)}至{cn_num_date(g, False)}"
                f"在{f['major']}专业学习，学制{f['_years']}年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。")
    else:
        title = "毕 业 证 书"
        body = (f"学生 {f['name']}，性别{f['_sex']}，{cn_num_date(b, False)}生，于{cn_num_date(s, False)}至{cn_num_date(g, False)}"
                f"在本校{f['major']}专业{lvl}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    if variant == "classic":
        text(d, (W / 2, 200), f["school"], "serifb", 60, col, "mm", spacing=8)
        text(d, (W / 2, 330), title, "serifb", 96, col, "mm", spacing=14)
        photo_box(img, (170, 470, 440, 830), rng, bg=(70, 110, 190) if rng.random() < 0.5 else (240, 240, 240))
        y = para(d, 520, 480, body, 1080, fn, 44, BLACK, lh=1.9, indent=88)
        text(d, (520, 1000), f"校（院）长：{f.get('_president', '王建国')}", fn, 40, BLACK)
        text(d, (1400, 1000), cn_num_date(g), fn, 40, BLACK, "ma")
        text(d, (520, 1080), f"证书编号：{f['_cert_no']}", fn, 34, BLACK)
        seal(img, 1400, 930, 140, f["school"], rng=rng)
    else:
        text(d, (W / 2, 180), title, "serifb", 90, col, "mm", spacing=14)
        photo_box(img, (W - 440, 300, W - 170, 660), rng, bg=(240, 240, 240))
        y = para(d, 170, 320, body, W - 700, fn, 42, BLACK, lh=1.9, indent=84)
        text(d, (170, 900), f"校　名：{f['school']}", fn, 40, BLACK)
        text(d, (170, 980), f"校（院）长：{f.get('_president', '李卫东')}", fn, 40, BLACK)
        text(d, (170, 1060), f"证书编号：{f['_cert_no']}", fn, 34, BLACK)
        text(d, (W - 200, 1060), cn_num_date(g), fn, 40, BLACK, "ra")
        seal(img, W - 420, 960, 140, f["school"], rng=rng)
    return [img]


def degree(f, rng, variant="standard"):
    if variant == "portrait":
        return degree_portrait(f, rng)
    img, d, col = cert_frame(rng, color=rng.choice([(120, 30, 40), (30, 60, 120), (160, 120, 40)]))
    W, H = img.size
    fn = rng.choice(["song", "serif", "kai", "uming"])
    b = D(f["_birth"])
    g = D(f["graduation_date"])
    lv = f["level"]
    title = {"学士": "学 士 学 位 证 书", "硕士": "硕 士 学 位 证 书", "博士": "博 士 学 位 证 书"}[lv]
    text(d, (W / 2, 190), title, "serifb", 92, col, "mm", spacing=10)
    study = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[lv]
    body = (f"{f['name']}，{f['_sex']}，{b.year}年{b.month}月{b.day}日生。在{f['school']}{f['major']}专业完成了{study}学习计划，"
            f"业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予{f['_field']}{lv}学位。")
    photo_box(img, (170, 330, 430, 680), rng, bg=(240, 240, 240))
    para(d, 500, 340, body, W - 700, fn, 44, BLACK, lh=1.9, indent=88)
    text(d, (500, 900), f"{f['school']}学位评定委员会", fn, 40, BLACK)
    text(d, (500, 970), f"主　席：{f.get('_president', '王建国')}", fn, 40, BLACK)
    text(d, (500, 1060), f"证书编号：{f['_deg_no']}", fn, 34, BLACK)
    text(d, (W - 200, 1060), cn_num_date(g), fn, 40, BLACK, "ra")
    seal(img, W - 420, 940, 140, f["school"] + "学位评定委员会", rng=rng)
    return [img]


def degree_portrait(f, rng):
    """Older portrait-format degree certificate: title at top, photo upper left, text below."""
    img, d, col = cert_frame(rng, W=1240, H=1754, color=rng.choice([(150, 30, 40), (40, 70, 140)]))
    W, H = img.size
    fn = rng.choice(["song", "kai", "uming", "serif"])
    b = R_D(f["_birth"])
    g = R_D(f["graduation_date"])
    lv = f["level"]
    text(d, (W / 2, 230), {"学士": "学士学位证书", "硕士": "硕士学位证书", "博士": "博士学位证书"}[lv], "serifb", 84, col, "mm", spacing=8)
    photo_box(img, (140, 380, 380, 700), rng, bg=(245, 245, 245))
    text(d, (W - 140, 420), "证书编号：", fn, 34, BLACK, "ra")
    text(d, (W - 140, 480), f["_deg_no"], fn, 34, BLACK, "ra")
    study = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[lv]
    body = (f"{f['name']}，{f['_sex']}，{cn_num_date(b)}生。在本校{f['major']}专业完成了{study}学习计划，业已毕业。"
            f"经审核符合《中华人民共和国学位条例》的规定，授予{f['_field']}{lv}学位。")
    para(d, 140, 800, body, W - 280, fn, 46, BLACK, lh=2.0, indent=92)
    text(d, (W - 160, 1420), f"{f['school']}", fn, 44, BLACK, "ra")
    text(d, (W - 160, 1490), f"学位评定委员会主席 {f.get('_president', '')}", fn, 38, BLACK, "ra")
    text(d, (W - 160, 1570), cn_num_date(g), fn, 40, BLACK, "ra")
    seal(img, W - 380, 1460, 150, f["school"], rng=rng)
    return [img]


R_D = D


def marriage(f, rng):
    """Open 结婚证 inner pages, side by side, on red booklet edge."""
    W, H = 2200, 1500
    img = Image.new("RGB", (W, H), (170, 25, 30))
    pw = (W - 120) // 2
    left = guilloche(pw, H - 100, base=(246, 236, 232), line=(235, 200, 195), seed=rng.randint(0, 99))
    right = guilloche(pw, H - 100, base=(246, 236, 232), line=(235, 200, 195), seed=rng.randint(0, 99))
    dl, dr = ImageDraw.Draw(left), ImageDraw.Draw(right)
    fn = rng.choice(["song", "sans", "uming"])
    lab = (90, 60, 60)
    y = 150
    for k, v in [("持证人", f["holder_name"]), ("登记日期", cn0(f["registration_date"])), ("结婚证字号", f["_cert_no"]), ("备注", "")]:
        text(dl, (100, y), k, fn, 38, lab)
        text(dl, (380, y - 2), v, "sans", 40, BLACK)
        y += 130
    text(dl, (pw - 100, H - 280), f.get("_office", "民政局"), fn, 36, BLACK, "ra")
    seal(left, pw - 300, H - 330, 150, f.get("_office", "民政局") + "婚姻登记专用章", rng=rng)
    photo_box(right, (200, 70, pw - 200, 450), rng, bg=(200, 30, 35))
    y = 520
    for k, who in [("姓名", "name"), ("性别", "sex"), ("国籍", "nat"), ("出生日期", "birth"), ("身份证件号", "id")]:
        text(dr, (80, y), k, fn, 32, lab)
        text(dr, (300, y), f["_p1"][who], "sans", 34, BLACK)
        y += 70
    y += 30
    for k, who in [("姓名", "name"), ("性别", "sex"), ("国籍", "nat"), ("出生日期", "birth"), ("身份证件号", "id")]:
        text(dr, (80, y), k, fn, 32, lab)
        text(dr, (300, y), f["_p2"][who], "sans", 34, BLACK)
        y += 70
    img.paste(left, (40, 50))
    img.paste(right, (80 + pw, 50))
    return [img]


# ---------------------------------------------------------------- unknown pages
def receipt(rng):
    W, H = 620, 1500
    img = paper(W, H, (250, 250, 248))
    d = ImageDraw.Draw(img)
    y = 60
    text(d, (W / 2, y), rng.choice(["全家便利店", "罗森超市", "联华超市", "星巴克咖啡"]), "sansb", 40, BLACK, "ma")
    y += 90
    for k in range(rng.randint(5, 10)):
        item = rng.choice(["矿泉水", "饭团", "咖啡", "纸巾", "酸奶", "面包", "口香糖", "薯片"])
        text(d, (40, y), item, "mono", 28, BLACK)
        text(d, (W - 40, y), f"{rng.uniform(2, 30):.2f}", "mono", 28, BLACK, "ra")
        y += 50
    d.line([(30, y), (W - 30, y)], fill=BLACK, width=2)
    text(d, (40, y + 20), "合计", "mono", 30, BLACK)
    text(d, (40, y + 80), "2026-" + f"{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 22)}:{rng.randint(10, 59)}", "mono", 26, BLACK)
    text(d, (40, y + 140), "谢谢惠顾 欢迎再次光临", "mono", 26, BLACK)
    return img


def rental(rng, name):
    img = a4(rng)
    d = ImageDraw.Draw(img)
    fn = rng.choice(BODY_FONTS)
    text(d, (827, 220), "上海市住房租赁合同", "serifb", 72, BLACK, "mm")
    y = 400
    for t in ["出租人（甲方）：" + rng.choice(["周建华", "陆美琴", "上海安居房屋租赁有限公司"]),
              "承租人（乙方）：" + name,
              "甲、乙双方就下列房屋的租赁达成如下协议：",
              "第一条 房屋基本情况。甲方房屋坐落于本市" + rng.choice(["闵行区", "浦东新区", "宝山区"]) + "某路某弄某号某室，建筑面积58.6平方米。",
              "第二条 租赁期限。租赁期自2026年3月1日起至2027年2月28日止。",
              "第三条 租金。月租金为人民币" + str(rng.randint(30, 80) * 100) + "元，按季支付。",
              "第四条 乙方应按时支付租金，合理使用房屋及其附属设施。",
              "第五条 租赁期间，甲方应保证房屋及设施安全，负责房屋主体结构的维修。"]:
        y = para(d, 160, y, t, 1334, fn, 38, BLACK, lh=1.8) + 30
    return img


def bank_slip(rng, name):
    W, H = 1654, 1100
    img = paper(W, H, (245, 250, 248))
    d = ImageDraw.Draw(img)
    text(d, (W / 2, 100), rng.choice(["中国工商银行", "中国建设银行", "招商银行"]) + " 个人业务凭证", "sansb", 52, BLACK, "mm")
    y = 250
    for k, v in [("户名", name), ("账号", "6222 **** **** " + str(rng.randint(1000, 9999))), ("交易类型", "转账汇款"),
                 ("金额", f"￥{rng.randint(500, 20000)}.00"), ("交易日期", f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}")]:
        text(d, (200, y), k, "sans", 38, (90, 90, 90))
        text(d, (600, y), v, "sans", 40, BLACK)
        y += 110
    seal(img, W - 350, 800, 150, "业务受理专用章", rng=rng, oval=True)
    return img


def blank(rng):
    return paper(1654, 2339, (253, 253, 252))
