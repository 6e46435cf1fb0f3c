"""Cards: 居民身份证 (both faces), 上海市居住证 card, 结婚证 inner pages, A4 copies of cards."""
from PIL import Image, ImageDraw

from .draw import A4_200, Sheet, guilloche, portrait, seal, stamp_seal, watermark
from .util import d

LABEL_BLUE = (70, 130, 180)


def id_front(f, rng, scale=1.6):
    W, H = int(856 * scale), int(540 * scale)
    s = Sheet(W, H, (244, 245, 238))
    guilloche(s, (0, 0, W, H), rng, color=(214, 228, 236), n=26)
    guilloche(s, (0, H * 0.3, W, H), rng, color=(236, 222, 226), n=14)
    u = W / 856
    lab = lambda x, y, t: s.text(x * u, y * u, t, "sans", 22 * u, LABEL_BLUE, spacing=int(6 * u))
    val = lambda x, y, t, sp=0: s.text(x * u, y * u, t, "serif" if rng.random() < 0.0 else "sans", 26 * u,
                                        (10, 10, 10), spacing=int(sp * u))
    lab(70, 60, "姓名")
    val(170, 56, f["name"], 3)
    lab(70, 122, "性别")
    val(170, 118, f["sex"])
    lab(270, 122, "民族")
    val(370, 118, f["ethnicity"])
    b = d(f["birth_date"])
    lab(70, 184, "出生")
    s.text(170 * u, 180 * u, str(b.year), "sans", 26 * u, (10, 10, 10))
    s.text(250 * u, 182 * u, "年", "sans", 22 * u, LABEL_BLUE)
    s.text(300 * u, 180 * u, str(b.month), "sans", 26 * u, (10, 10, 10), anchor="ra" if False else "la")
    s.text(340 * u, 182 * u, "月", "sans", 22 * u, LABEL_BLUE)
    s.text(385 * u, 180 * u, str(b.day), "sans", 26 * u, (10, 10, 10))
    s.text(425 * u, 182 * u, "日", "sans", 22 * u, LABEL_BLUE)
    lab(70, 246, "住址")
    y = 242
    for ln in s.wrap(f["address"], 330 * u, "sans", 26 * u, 2 * u):
        s.text(170 * u, y * u, ln, "sans", 26 * u, (10, 10, 10), spacing=int(2 * u))
        y += 38
    s.text(70 * u, 440 * u, "公民身份号码", "sans", 22 * u, LABEL_BLUE, spacing=int(4 * u))
    s.text(300 * u, 432 * u, f["id_number"], "ocrb", 34 * u, (10, 10, 10), spacing=int(5 * u))
    s.paste(portrait(250 * u, 310 * u, rng, bg=(244, 245, 238)), 560 * u, 70 * u)
    return s.im


def id_back(f, rng, scale=1.6):
    W, H = int(856 * scale), int(540 * scale)
    s = Sheet(W, H, (243, 244, 236))
    guilloche(s, (0, 0, W, H), rng, color=(218, 230, 236), n=30)
    u = W / 856
    em = seal(150 * u, "", color=(200, 30, 30), center="★", alpha=230)
    s.paste(em, 60 * u, 50 * u)
    s.text(300 * u, 70 * u, "中华人民共和国", "serif_bold", 40 * u, (30, 30, 30), spacing=int(8 * u))
    s.text(290 * u, 140 * u, "居民身份证", "serif_bold", 64 * u, (30, 30, 30), spacing=int(14 * u))
    s.text(150 * u, 380 * u, "签发机关", "sans", 22 * u, LABEL_BLUE, spacing=int(5 * u))
    s.text(300 * u, 376 * u, f["issuing_authority"], "sans", 26 * u, (10, 10, 10))
    s.text(150 * u, 446 * u, "有效期限", "sans", 22 * u, LABEL_BLUE, spacing=int(5 * u))
    vu = "长期" if f["valid_until"] == "long_term" else f["valid_until"].replace("-", ".")
    s.text(300 * u, 442 * u, "%s-%s" % (f["valid_from"].replace("-", "."), vu), "sans", 26 * u, (10, 10, 10))
    return s.im


def permit_card(f, ctx, rng, scale=1.6):
    W, H = int(856 * scale), int(540 * scale)
    s = Sheet(W, H, (233, 241, 250))
    guilloche(s, (0, 0, W, H), rng, color=(205, 222, 240), n=22)
    u = W / 856
    s.rect(0, 0, W, 90 * u, outline=(36, 96, 170), fill=(36, 96, 170))
    s.text(W / 2, 22 * u, "上海市居住证", "serif_bold", 40 * u, (255, 255, 255), spacing=int(10 * u), anchor="ma")
    rows = [("姓　　名", f["name"]), ("公民身份号码", f["id_number"]), ("居住地址", f["residence_address"]),
            ("签发机关", ctx["permit_office"]), ("签发日期", f["issue_date"].replace("-", "."))]
    y = 120
    for lab, v in rows:
        s.text(40 * u, y * u, lab, "sans", 20 * u, (60, 90, 130))
        fn = "ocrb" if lab == "公民身份号码" else "sans"
        lines = s.wrap(v, 430 * u, fn, 25 * u)
        for ln in lines:
            s.text(205 * u, (y - 3) * u, ln, fn, 25 * u, (15, 15, 15))
            y += 36
        y += 14
    s.paste(portrait(200 * u, 250 * u, rng, bg=(233, 241, 250)), 630 * u, 120 * u)
    s.rect(650 * u, 400 * u, 740 * u, 470 * u, outline=(190, 160, 80), fill=(214, 186, 110), width=2)
    return s.im


def marriage_inner(f, ctx, rng):
    W, H = 2400, 1600
    s = Sheet(W, H, (247, 236, 230))
    guilloche(s, (0, 0, W, H), rng, color=(240, 215, 210), n=40)
    s.line(W / 2, 0, W / 2, H, (200, 170, 165), 6)
    x = 140
    s.text(W / 4, 120, "结婚证", "serif_bold", 64, (170, 30, 40), spacing=18, anchor="ma")
    rows = [("持证人", f["holder_name"]), ("登记日期", "%s年%s月%s日" % tuple(f["registration_date"].split("-"))),
            ("结婚证字号", ctx["marriage_no"]), ("备注", "")]
    y = 320
    for lab, v in rows:
        s.text(x, y, lab, "sans", 40, (120, 80, 80))
        s.text(x + 260, y - 4, v, "song", 46, (20, 20, 20))
        s.line(x + 250, y + 58, W / 2 - 120, y + 58, (190, 150, 150), 2)
        y += 150
    stamp_seal(s, W / 4 + 200, y - 140, 330, ctx["marriage_office"] + "婚姻登记专用章", rng)
    # right page: couple photo and both people
    ph = Image.new("RGB", (520, 360), (200, 40, 45))
    ph.paste(portrait(240, 330, rng, bg=(200, 40, 45)), (20, 20))
    ph.paste(portrait(240, 330, rng, bg=(200, 40, 45)), (260, 20))
    s.paste(ph, W / 2 + 330, 90)
    people = [(f["holder_name"], ctx["sex"], ctx["birth"], ctx["holder_id"]),
              (f["spouse_name"], "女" if ctx["sex"] == "男" else "男", ctx["spouse_birth"], f["spouse_id_number"])]
    y = 520
    for nm, sx, bd, idn in people:
        for lab, v in [("姓名", nm), ("性别", sx), ("国籍", "中国"), ("出生日期", bd), ("身份证件号", idn)]:
            s.text(W / 2 + 120, y, lab, "sans", 34, (120, 80, 80))
            s.text(W / 2 + 380, y - 2, v, "song", 40, (20, 20, 20))
            y += 62
        y += 50
    return s.im


def a4_cards(cards, rng, stacked):
    """an A4 copy holding card images; returns sheet image"""
    s = Sheet(*A4_200)
    cw = 1000 if stacked else 760
    if stacked:
        y = 260
        for c in cards:
            im = c.resize((cw, int(c.height * cw / c.width)))
            s.paste(im, (A4_200[0] - cw) / 2 + rng.randint(-30, 30), y)
            s.rect((A4_200[0] - cw) / 2, y, (A4_200[0] + cw) / 2, y + im.height, (150, 150, 150), 2)
            y += im.height + 140
    else:
        y = 300
        for i in range(0, len(cards), 2):
            row = cards[i:i + 2]
            x = 50
            hmax = 0
            for c in row:
                im = c.resize((cw, int(c.height * cw / c.width)))
                s.paste(im, x, y)
                x += cw + 44
                hmax = max(hmax, im.height)
            y += hmax + 160
    return s
