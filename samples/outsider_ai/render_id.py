"""居民身份证 (both faces) and 上海市居住证 (card, information page, 电子居住证)."""
import datetime as dt
import math
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .draw import Sheet, multiply
from . import people as P
from . import screen as S
from . import seal

CARD_DPI = 300
LABEL_BLUE = (60, 120, 185)


def _d(s):
    return dt.date.fromisoformat(s)


def _guilloche(sh, rng, tint=(236, 241, 240), line=(205, 220, 228)):
    W, H = sh.img.size
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = np.ones((H, W, 3), np.float32) * np.array(tint, np.float32)
    f1, f2 = rng.uniform(0.015, 0.03), rng.uniform(0.01, 0.02)
    wave = np.abs(np.sin(xx * f1 + np.sin(yy * f2) * 4) * np.sin(yy * f1 * 0.7 + np.cos(xx * f2) * 3))
    m = (wave > 0.92).astype(np.float32) * 0.6
    a = a * (1 - m[..., None]) + np.array(line, np.float32) * m[..., None]
    sh.img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    sh.d = ImageDraw.Draw(sh.img)


def _portrait(sh, x0, y0, x1, y1, rng, sex, bg=(228, 234, 240)):
    """A synthetic head-and-shoulders silhouette, clipped to its box."""
    W, H = sh.px(x1 - x0), sh.px(y1 - y0)
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    hair = rng.choice([(25, 22, 20), (45, 35, 30), (15, 15, 15)])
    skin = (rng.randint(215, 235), rng.randint(180, 200), rng.randint(160, 180))
    cx = W / 2
    d.ellipse([cx - W * 0.42, H * 0.72, cx + W * 0.42, H * 1.3],
              fill=rng.choice([(40, 45, 60), (230, 230, 235), (70, 70, 80)]))
    d.rectangle([cx - W * 0.09, H * 0.55, cx + W * 0.09, H * 0.78], fill=skin)
    d.ellipse([cx - W * 0.24, H * 0.14, cx + W * 0.24, H * 0.66], fill=skin)
    if sex == "女":
        d.chord([cx - W * 0.3, H * 0.08, cx + W * 0.3, H * 0.8], 180, 360, fill=hair)
    else:
        d.chord([cx - W * 0.26, H * 0.1, cx + W * 0.26, H * 0.5], 180, 360, fill=hair)
    sh.img.paste(im, (sh.px(x0), sh.px(y0)))


def id_front(doc, rng):
    f = doc["fields"]
    sh = Sheet(85.6, 54, CARD_DPI)
    _guilloche(sh, rng)
    lf = "hei"
    vf = rng.choice(["hei", "song"])
    sh.text(5, 9.5, "姓  名", lf, 7.5, LABEL_BLUE)
    sh.text(16, 9.8, f["name"], vf, 10.5)
    sh.text(5, 16, "性  别", lf, 7.5, LABEL_BLUE)
    sh.text(16, 16.2, f["sex"], vf, 9.5)
    sh.text(25, 16, "民  族", lf, 7.5, LABEL_BLUE)
    sh.text(36, 16.2, f["ethnicity"], vf, 9.5)
    b = _d(f["birth_date"])
    sh.text(5, 22.5, "出  生", lf, 7.5, LABEL_BLUE)
    x = 16
    for part in (str(b.year), "年", str(b.month), "月", str(b.day), "日"):
        bx = sh.text(x, 22.7, part, vf, 9.5)
        x = bx[2] + (1.0 if part in "年月日" else 0.8)
    sh.text(5, 29, "住  址", lf, 7.5, LABEL_BLUE)
    lines = sh.wrap(f["address"], vf, 9.5, 35)
    for k, ln in enumerate(lines[:3]):
        sh.text(16, 29.2 + k * 4.6, ln, vf, 9.5)
    sh.text(5, 47.5, "公民身份号码", lf, 7.5, LABEL_BLUE)
    sh.text(26, 47.8, f["id_number"], "ocrb", 10, spacing=0.25)
    _portrait(sh, 58, 8, 80, 38, rng, f["sex"], bg=(236, 241, 240))
    return sh.img


def _emblem(sh, cx, cy, r, rng):
    d, f = sh.d, sh.fpx
    d.ellipse([f(cx - r), f(cy - r), f(cx + r), f(cy + r)], fill=(200, 40, 40), outline=(225, 180, 60), width=sh.px(0.5))
    pts = []
    for k in range(10):
        rr = r * (0.42 if k % 2 == 0 else 0.17)
        th = math.radians(90 + 36 * k)
        pts.append((f(cx + rr * math.cos(th)), f(cy - r * 0.2 - rr * math.sin(th))))
    d.polygon(pts, fill=(240, 200, 60))
    for k in range(4):
        th = math.radians(150 - k * 40)
        sx, sy = cx + r * 0.62 * math.cos(th), cy - r * 0.05 - r * 0.62 * math.sin(th)
        d.ellipse([f(sx - r * 0.08), f(sy - r * 0.08), f(sx + r * 0.08), f(sy + r * 0.08)], fill=(240, 200, 60))
    d.rectangle([f(cx - r * 0.45), f(cy + r * 0.35), f(cx + r * 0.45), f(cy + r * 0.5)], fill=(240, 200, 60))


def id_back(doc, rng):
    f = doc["fields"]
    sh = Sheet(85.6, 54, CARD_DPI)
    _guilloche(sh, rng, tint=(238, 240, 236), line=(215, 222, 215))
    _emblem(sh, 14, 13, 8.5, rng)
    sh.text(30, 13, "中华人民共和国", "song_bold", 12.5, (30, 30, 30), spacing=0.6)
    sh.text(27, 25, "居民身份证", "hei_bold", 17, (30, 30, 30), spacing=1.4)
    sh.text(17, 40, "签发机关", "hei", 7.5, LABEL_BLUE)
    sh.text(31, 40.2, f["issuing_authority"], "hei", 9.5)
    sh.text(17, 47, "有效期限", "hei", 7.5, LABEL_BLUE)
    vf = _d(f["valid_from"]).strftime("%Y.%m.%d")
    vu = "长期" if f["valid_until"] == "long_term" else _d(f["valid_until"]).strftime("%Y.%m.%d")
    sh.text(31, 47.2, "%s-%s" % (vf, vu), "hei", 9.5)
    return sh.img


# ------------------------------------------------------------- 居住证
def permit_front(doc, rng, who):
    f = doc["fields"]
    sh = Sheet(85.6, 54, CARD_DPI)
    _guilloche(sh, rng, tint=(232, 240, 248), line=(200, 215, 235))
    sh.rect(0, 0, 85.6, 9, outline=None, fill=(40, 95, 170))
    sh.text(42.8, 6.6, "上海市居住证", "hei_bold", 12, (255, 255, 255), "ms", spacing=1.0)
    lab = (70, 100, 150)
    y = 15
    rows = [("姓名", f["name"]), ("性别", who["sex"]), ("公民身份号码", f["id_number"])]
    sh.text(5, y, "姓  名", "hei", 7, lab)
    sh.text(15, y + 0.2, f["name"], "hei", 9.5)
    sh.text(30, y, "性  别", "hei", 7, lab)
    sh.text(39, y + 0.2, who["sex"], "hei", 9.5)
    sh.text(5, y + 6, "公民身份号码", "hei", 7, lab)
    sh.text(23, y + 6.3, f["id_number"], "ocrb", 9.5)
    sh.text(5, y + 12, "居住地址", "hei", 7, lab)
    lines = sh.wrap(f["residence_address"], "hei", 8.5, 38)
    for k, ln in enumerate(lines[:3]):
        sh.text(18, y + 12.2 + k * 4.2, ln, "hei", 8.5)
    sh.text(5, 46, "签发机关", "hei", 7, lab)
    sh.text(18, 46.2, doc["render"]["office"], "hei", 8)
    sh.text(5, 51, "签发日期", "hei", 7, lab)
    sh.text(18, 51.2, _d(f["issue_date"]).strftime("%Y.%m.%d"), "hei", 8)
    _portrait(sh, 62, 12, 81, 38, rng, who["sex"], bg=(232, 240, 248))
    return sh.img


def permit_back(doc, rng):
    f = doc["fields"]
    sh = Sheet(85.6, 54, CARD_DPI)
    _guilloche(sh, rng, tint=(238, 242, 246), line=(215, 222, 232))
    sh.rounded(8, 8, 20, 18, 1.2, fill=(214, 180, 90), outline=(160, 130, 60), width=0.3)
    for k in range(3):
        sh.line(8, 11 + k * 2.5, 20, 11 + k * 2.5, 0.25, (160, 130, 60))
    sh.text(30, 14, "签注记录", "hei_bold", 10, (40, 60, 110))
    g = sh.grid(8, 22, [24, 24, 22], [7, 7, 7], 0.25, (90, 110, 150))
    for c, t in enumerate(["有效期起", "有效期至", "签注机关"]):
        sh.cell_text(g[0][c], t, "hei", 7, (70, 90, 130), "m")
    sh.cell_text(g[1][0], _d(f["valid_from"]).strftime("%Y.%m.%d"), "hei", 8, align="m")
    sh.cell_text(g[1][1], _d(f["valid_until"]).strftime("%Y.%m.%d"), "hei", 8, align="m")
    sh.cell_text(g[1][2], "上海市公安局", "hei", 6.5, align="m")
    sh.text(8, 49, "本证在有效期内使用，持证人应当按规定办理签注。", "hei", 6.2, (90, 90, 100))
    return sh.img


def permit_info_page(doc, rng, who, dpi):
    f = doc["fields"]
    sh = Sheet(210, 297, dpi)
    font = rng.choice(["song", "hei", "mhei", "uming"])
    title = rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息"])
    sh.text(105, 30, title, "hei_bold" if font != "uming" else "song_bold", 17, anchor="ms")
    sh.text(105, 38, "打印日期：" + P.cn_date(_d(f["issue_date"]) + dt.timedelta(days=rng.randint(3, 60)), "cn0"),
            font, 9.5, (90, 90, 90), "ms")
    vu, vf = _d(f["valid_until"]), _d(f["valid_from"])
    idl = rng.choice(["证件号码", "公民身份号码"])
    hkl = rng.choice(["户籍地址", "常住户口所在地住址"])
    isl = rng.choice(["签发日期", "签注日期"])
    split = rng.random() < 0.5
    rows = [("姓名", f["name"]), ("性别", who["sex"]), (idl, f["id_number"]), (hkl, f["hukou_address"]),
            ("居住地址", f["residence_address"]), (isl, _d(f["issue_date"]).strftime("%Y.%m.%d"))]
    if split:
        rows += [("有效期限起", vf.strftime("%Y.%m.%d")), ("有效期限止", vu.strftime("%Y.%m.%d"))]
    else:
        rows += [("有效期限", "%s至%s" % (vf.strftime("%Y.%m.%d"), vu.strftime("%Y.%m.%d")))]
    rows += [("签发机关", doc["render"]["office"])]
    y = 50
    if rng.random() < 0.5:                               # two columns label/value
        for lab, val in rows:
            lines = sh.wrap(val, font, 11, 118)
            h = 10 + 6 * (len(lines) - 1)
            g = sh.grid(25, y, [38, 122], [h], 0.3)
            sh.rect(g[0][0][0], y, g[0][0][2], y + h, outline=(30, 30, 30), width=0.3, fill=(242, 242, 242))
            sh.cell_text(g[0][0], lab, font, 10.5, align="m")
            for k, ln in enumerate(lines):
                sh.text(g[0][1][0] + 2, y + 6.8 + 6 * k, ln, font, 11)
            y += h
    else:                                                # four columns, long values span
        short = [r for r in rows if len(r[1]) <= 13 and len(r[0]) <= 5]
        long_ = [r for r in rows if not (len(r[1]) <= 13 and len(r[0]) <= 5)]
        for k in range(0, len(short), 2):
            pair = short[k:k + 2]
            g = sh.grid(18, y, [30, 57, 30, 57], [11], 0.3)
            for c, (lab, val) in enumerate(pair):
                sh.cell_text(g[0][2 * c], lab, font, 10, align="m")
                sh.cell_text(g[0][2 * c + 1], val, font, 10.5)
            y += 11
        for lab, val in long_:
            lines = sh.wrap(val, font, 10.5, 130)
            h = 11 + 5.5 * (len(lines) - 1)
            g = sh.grid(18, y, [38, 136], [h], 0.3)
            sh.cell_text(g[0][0], lab, font, 10, align="m")
            for k, ln in enumerate(lines):
                sh.text(g[0][1][0] + 2, y + 7 + 5.5 * k, ln, font, 10.5)
            y += h
    sh.text(25, y + 14, "注：本信息仅供持证人办理相关事务时使用。", font, 9, (80, 80, 80))
    S.qr_block(sh, 160, y + 22, 24, rng)
    return sh.img


def e_permit(doc, rng, who):
    f = doc["fields"]
    s = S.new_screen(rng)
    S.status_bar(s, rng, "%d:%02d" % (rng.randint(8, 21), rng.randint(0, 59)))
    y = S.title_bar(s, rng.choice(["电子居住证", "我的居住证"]))
    S.gradient_banner(s, 5, y + 4, 103, y + 52, (46, 110, 220), (90, 160, 240))
    s.text(10, y + 14, "上海市居住证", "hei_bold", 13, (255, 255, 255))
    s.text(10, y + 32, f["name"], "hei_bold", 26, (255, 255, 255))
    s.text(10, y + 44, "有效期至 " + _d(f["valid_until"]).strftime("%Y-%m-%d"), "hei", 11, (225, 235, 255))
    S.qr_block(s, 78, y + 18, 20, rng)
    S.card(s, 5, y + 58, 103, y + 170)
    rows = [("证件号码", f["id_number"]), ("户籍地址", f["hukou_address"]), ("居住地址", f["residence_address"]),
            ("签发日期", _d(f["issue_date"]).strftime("%Y-%m-%d")),
            ("有效期限", "%s 至 %s" % (_d(f["valid_from"]).strftime("%Y-%m-%d"), _d(f["valid_until"]).strftime("%Y-%m-%d"))),
            ("签发机关", doc["render"]["office"])]
    S.kv_rows(s, 10, 98, y + 70, rows, size=11.5, label_w=24, gap=14)
    s.rounded(15, 210, 93, 222, 6, fill=(46, 110, 220))
    s.text(54, 218.2, "出示亮证", "hei_bold", 12, (255, 255, 255), "ms")
    return s.img
