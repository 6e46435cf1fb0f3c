"""Renderers: each returns (layout_name, [Page, ...]) for one document drawn from REAL-DOCUMENTS.md."""
import math
import random
from PIL import Image, ImageDraw, ImageFilter
import numpy as np
from .canvas import Page, wrap, usable, text_width
from .data import cn_date, cn_num

A4 = (1240, 1754)
BODY = ["song", "serif", "sans", "hei", "ming", "zenhei"]
PLAIN = ["sans", "hei", "zenhei", "serif", "song"]
HAND = ["kai", "ukai", "wenkai"]


def ymd(d, sep="-", pad=True):
    return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}" if pad else f"{d.year}{sep}{d.month}{sep}{d.day}"


def cdate(d, pad=False, sp=""):
    return f"{d.year}{sp}年{sp}{d.month if not pad else f'{d.month:02d}'}{sp}月{sp}{d.day if not pad else f'{d.day:02d}'}{sp}日"


def face_photo(rng, w, h, male):
    im = Image.new("RGB", (w, h), (236, 240, 244) if rng.random() < 0.5 else (222, 232, 246))
    d = ImageDraw.Draw(im)
    skin = (rng.randint(215, 240), rng.randint(180, 205), rng.randint(150, 180))
    hair = (30, 28, 26)
    d.ellipse([w * .18, h * .62, w * .82, h * 1.25], fill=(40, 40, 55) if male else (90, 60, 70))
    d.rectangle([w * .42, h * .5, w * .58, h * .7], fill=skin)
    d.ellipse([w * .28, h * .14, w * .72, h * .6], fill=skin)
    if male:
        d.chord([w * .26, h * .08, w * .74, h * .42], 180, 360, fill=hair)
    else:
        d.ellipse([w * .22, h * .08, w * .78, h * .7], outline=hair, width=int(w * .08))
        d.chord([w * .26, h * .08, w * .74, h * .42], 180, 360, fill=hair)
    for ex in (.4, .6):
        d.ellipse([w * ex - 6, h * .36 - 4, w * ex + 6, h * .36 + 4], fill=(40, 30, 30))
    d.line([w * .44, h * .5, w * .56, h * .5], fill=(170, 90, 90), width=4)
    return im.filter(ImageFilter.GaussianBlur(1))


def guilloche(rng, w, h, base, line):
    im = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(im)
    ph = rng.random() * 6
    for k in range(0, h + 60, 14):
        pts = [(x, k + 12 * math.sin(x / 37.0 + ph + k * .05)) for x in range(0, w + 8, 8)]
        d.line(pts, fill=line, width=1)
    for k in range(0, w, 30):
        pts = [(k + 10 * math.sin(y / 29.0 + ph), y) for y in range(0, h + 8, 8)]
        d.line(pts, fill=line, width=1)
    return im


# ---------------------------------------------------------------- 居民身份证
def id_front(rng, p, f, style):
    W, H = 1012, 638
    pg = Page(W, H)
    pg.image(0, 0, W, H, guilloche(rng, W, H, (244, 246, 240), (222, 232, 238)))
    pg.rect(2, 2, W - 2, H - 2, outline=(200, 205, 210), width=2, radius=36)
    lab = (60, 130, 190)
    vk = style.get("vfont", "hei")
    x0, xv = 70, 200
    pg.text(x0, 105, "姓  名", "hei", 30, lab)
    pg.text(xv, 105, f["name"], vk, 40)
    pg.text(x0, 180, "性  别", "hei", 30, lab)
    pg.text(xv, 180, f["sex"], vk, 36)
    pg.text(330, 180, "民  族", "hei", 30, lab)
    pg.text(460, 180, f["ethnicity"], vk, 36)
    b = p.birth
    pg.text(x0, 255, "出  生", "hei", 30, lab)
    pg.text(xv, 255, str(b.year), vk, 36)
    pg.text(300, 255, "年", "hei", 30, lab)
    pg.text(360, 255, str(b.month), vk, 36)
    pg.text(420, 255, "月", "hei", 30, lab)
    pg.text(475, 255, str(b.day), vk, 36)
    pg.text(530, 255, "日", "hei", 30, lab)
    pg.text(x0, 330, "住  址", "hei", 30, lab)
    y = 330
    for ln in wrap(vk, 34, f["address"], 470):
        pg.text(xv, y, ln, vk, 34)
        y += 52
    pg.text(x0, 560, "公民身份号码", "hei", 30, lab)
    pg.text(330, 562, f["id_number"], "ocrb", 42, spacing=4)
    pg.image(700, 110, 260, 330, face_photo(rng, 260, 330, p.male))
    return pg


def id_back(rng, p, f, style):
    W, H = 1012, 638
    pg = Page(W, H)
    pg.image(0, 0, W, H, guilloche(rng, W, H, (240, 244, 246), (214, 228, 236)))
    pg.rect(2, 2, W - 2, H - 2, outline=(200, 205, 210), width=2, radius=36)
    pg.seal(150, 150, 95, "", "★", color=(200, 40, 40), alpha=0.9)
    pg.text(620, 160, "中华人民共和国", "sansb", 56, anchor="ms", spacing=6)
    pg.text(620, 280, "居民身份证", "sansb", 80, anchor="ms", spacing=14)
    lab = (40, 40, 40)
    vk = style.get("vfont", "hei")
    pg.text(210, 465, "签发机关", "hei", 30, lab)
    pg.text(380, 465, f["issuing_authority"], vk, 34)
    pg.text(210, 545, "有效期限", "hei", 30, lab)
    vu = "长期" if f["valid_until"] == "long_term" else f["valid_until"].replace("-", ".")
    pg.text(380, 545, f["valid_from"].replace("-", ".") + "-" + vu, vk, 34)
    return pg


# ---------------------------------------------------------------- 上海市居住证
def permit_card(rng, p, f, style):
    W, H = 1012, 638
    pg = Page(W, H)
    pg.image(0, 0, W, H, guilloche(rng, W, H, (238, 244, 250), (205, 222, 240)))
    pg.rect(0, 0, W, 110, fill=(28, 92, 170), outline=None)
    pg.text(W / 2, 78, "上海市居住证", "sansb", 54, (255, 255, 255), anchor="ms", spacing=8)
    k = style.get("vfont", "hei")
    pg.text(60, 190, "姓名", "hei", 28, (70, 70, 70))
    pg.text(200, 190, f["name"], k, 38)
    pg.text(60, 260, "公民身份号码", "hei", 28, (70, 70, 70))
    pg.text(255, 262, f["id_number"], "ocrb", 30, spacing=1)
    pg.text(60, 330, "居住地址", "hei", 28, (70, 70, 70))
    y = 330
    for ln in wrap(k, 30, f["residence_address"], 430):
        pg.text(200, y, ln, k, 30)
        y += 44
    pg.text(60, 480, "发证机关", "hei", 28, (70, 70, 70))
    pg.text(200, 480, style["office"], k, 30)
    pg.text(60, 560, "有效期限", "hei", 28, (70, 70, 70))
    pg.text(200, 560, f["valid_from"].replace("-", ".") + "-" + f["valid_until"].replace("-", "."), k, 30)
    pg.image(770, 290, 200, 250, face_photo(rng, 200, 250, p.male))
    return pg


def permit_info(rng, p, f, style, variant):
    pg = Page(*A4)
    fk = style["font"]
    lk = style.get("lfont", fk)
    sz = style["size"]
    pg.text(620, 170, style.get("title", "上海市居住证信息"), style.get("tfont", "sansb"), 44, anchor="ms")
    pg.text(620, 220, "打印日期：" + style["print_date"], fk, 22, (90, 90, 90), anchor="ms")
    rows = [("姓名", f["name"]), (style.get("idlab", "公民身份号码"), f["id_number"]),
            (style.get("hklab", "常住户口所在地住址"), f["hukou_address"]), ("居住地住址", f["residence_address"]),
            (style.get("islab", "签发日期"), f["issue_date"].replace("-", style.get("dsep", "-")))]
    ds = style.get("dsep", "-")
    split = variant in ("grid2_split", "grid4")
    if split:
        rows += [("有效期限起", f["valid_from"].replace("-", ds)), ("有效期限止", f["valid_until"].replace("-", ds))]
    else:
        rows += [("有效期限", f["valid_from"].replace("-", ".") + "至" + f["valid_until"].replace("-", "."))]
    rows += [("发证机关", style["office"]), ("证件状态", "有效")]
    y = 300
    if variant in ("grid2", "grid2_split"):
        x0, xm, x1 = 140, 140 + style["labw"], 1100
        for lab, val in rows:
            lines = wrap(fk, sz, val, x1 - xm - 40)
            h = max(70, int(len(lines) * sz * 1.5 + 30))
            pg.rect(x0, y, xm, y + h, outline=(60, 60, 60), fill=(238, 242, 246), width=2)
            pg.rect(xm, y, x1, y + h, outline=(60, 60, 60), width=2)
            pg.text(x0 + 20, y + h / 2 + sz * .35, lab, lk, sz)
            yy = y + (h - len(lines) * sz * 1.5) / 2 + sz * 1.1
            for ln in lines:
                pg.text(xm + 20, yy, ln, fk, sz)
                yy += sz * 1.5
            y += h
    elif variant == "grid4":
        x = [100, 280, 620, 800, 1140]
        pairs = [rows[0], rows[1], rows[4], rows[7], rows[5], rows[6]]
        for i in range(0, 6, 2):
            h = 80
            for j in range(2):
                lab, val = pairs[i + j]
                pg.rect(x[2 * j], y, x[2 * j + 1], y + h, outline=(0, 0, 0), fill=(240, 240, 240), width=2)
                pg.rect(x[2 * j + 1], y, x[2 * j + 2], y + h, outline=(0, 0, 0), width=2)
                pg.text(x[2 * j] + 14, y + 50, lab, lk, sz - 2)
                vs = sz if text_width(fk, sz, val) < x[2 * j + 2] - x[2 * j + 1] - 20 else sz - 6
                pg.text(x[2 * j + 1] + 10, y + 50, val, fk, vs)
            y += h
        for lab, val in (rows[2], rows[3]):
            lines = wrap(fk, sz, val, 800)
            h = max(80, int(len(lines) * sz * 1.5 + 30))
            pg.rect(x[0], y, x[1], y + h, outline=(0, 0, 0), fill=(240, 240, 240), width=2)
            pg.rect(x[1], y, x[4], y + h, outline=(0, 0, 0), width=2)
            yl = y + 30 + sz * .6
            for part in wrap(lk, sz - 2, lab, 160):
                pg.text(x[0] + 14, yl, part, lk, sz - 2)
                yl += sz * 1.3
            yy = y + 30 + sz * .6
            for ln in lines:
                pg.text(x[1] + 14, yy, ln, fk, sz)
                yy += sz * 1.5
            y += h
    else:  # list: labels alone on a line above long values, or values far right
        for lab, val in rows:
            if len(val) > 16 and variant == "list_below":
                pg.text(150, y, lab + "：", lk, sz, (80, 80, 80))
                y += sz * 1.7
                for ln in wrap(fk, sz, val, 850):
                    pg.text(230, y, ln, fk, sz)
                    y += sz * 1.6
            else:
                pg.text(150, y, lab + ("：" if variant == "list_below" else ""), lk, sz, (80, 80, 80))
                lines = wrap(fk, sz, val, 560)
                for ln in lines:
                    if variant == "list_far":
                        pg.text(1100, y, ln, fk, sz, anchor="rs")
                    else:
                        pg.text(450, y, ln, fk, sz)
                    y += sz * 1.6
            y += sz * 1.1
            if variant != "list_below":
                pg.line(150, y - sz * 1.2, 1100, y - sz * 1.2, (200, 200, 200), 1)
    pg.text(620, 1620, "本页信息由上海市居住证服务平台生成，仅供参考", fk, 20, (120, 120, 120), anchor="ms")
    if style.get("seal"):
        pg.seal(900, y + 120 if y < 1350 else 1400, 110, style["office"] + "居住证专用章", "★", alpha=0.7)
    return pg


def app_screen(rng, title, banner_name, banner_sub, rows, style, banner_color=(22, 110, 220)):
    W, H = 1080, 2340
    pg = Page(W, H, (242, 244, 247))
    pg.rect(0, 0, W, 90, fill=(255, 255, 255), outline=None)
    pg.text(60, 62, style.get("clock", "19:42"), "sansb", 34)
    pg.text(1020, 62, "5G 87%", "sans", 30, anchor="rs")
    pg.rect(0, 90, W, 230, fill=(255, 255, 255), outline=None)
    pg.text(60, 180, "‹", "sans", 64)
    pg.text(W / 2, 180, title, "sansb", 44, anchor="ms")
    pg.text(1020, 180, "···", "sansb", 40, anchor="rs")
    pg.rect(40, 270, W - 40, 560, fill=banner_color, outline=None, radius=36)
    pg.text(100, 400, banner_name, "sansb", 72, (255, 255, 255))
    pg.text(100, 490, banner_sub, "sans", 34, (225, 235, 255))
    y = 620
    pg.rect(40, y, W - 40, y + 40 + sum(max(1, len(wrap("sans", 38, v, 560))) * 58 + 62 for _, v in rows), fill=(255, 255, 255), outline=None, radius=30)
    y += 90
    for lab, val in rows:
        pg.text(90, y, lab, "sans", 36, (140, 140, 145))
        lines = wrap("sans", 38, val, 560)
        for ln in lines:
            pg.text(990, y, ln, "sans", 38, (25, 25, 25), anchor="rs")
            y += 58
        pg.line(90, y - 20, 990, y - 20, (236, 236, 238), 2)
        y += 62
    return pg


def permit_screen(rng, p, f, style):
    rows = [("证件号码", f["id_number"]), ("户籍地址", f["hukou_address"]), ("居住地址", f["residence_address"]),
            ("签注日期", f["issue_date"]), ("有效期限", f["valid_from"].replace("-", ".") + "至" + f["valid_until"].replace("-", ".")),
            ("发证机关", style["office"])]
    return app_screen(rng, "电子居住证", f["name"], "上海市居住证 · 有效", rows, style)


# ---------------------------------------------------------------- 户口簿
def hk_cover(rng, f, style):
    W, H = 1000, 720
    pg = Page(W, H, (250, 246, 236))
    fk = style["font"]
    pg.text(W / 2, 80, "常住人口登记卡" if False else "户  口  簿", "serifb", 44, anchor="ms")
    x = [60, 200, 470, 610, 940]
    y = 120
    pg.rect(60, y, 940, 560, outline=(90, 60, 40), width=3)
    pg.line(60, y + 90, 940, y + 90, (90, 60, 40), 2)
    pg.line(60, y + 180, 940, y + 180, (90, 60, 40), 2)
    for xx in (200, 470, 610):
        pg.line(xx, y, xx, y + 180 if xx != 200 else 560, (90, 60, 40), 2)
    pg.text(130, y + 58, "户 别", "song", 28, anchor="ms")
    pg.text(335, y + 58, f["household_type"], fk, 32, anchor="ms")
    pg.text(540, y + 58, "户主姓名", "song", 26, anchor="ms")
    pg.text(775, y + 58, f["head_name"], fk, 32, anchor="ms")
    pg.text(130, y + 148, "户 号", "song", 28, anchor="ms")
    pg.text(335, y + 148, f["household_number"], fk, 32, anchor="ms")
    pg.text(540, y + 148, "住  址", "song", 26, anchor="ms")
    pg.text(130, y + 290, "住 址", "song", 28, anchor="ms") if False else None
    yy = y + 250
    pg.text(130, y + 240, "详细", "song", 26, anchor="ms")
    pg.text(130, y + 275, "地址", "song", 26, anchor="ms")
    for ln in wrap(fk, 32, f["address"], 700):
        pg.text(225, yy, ln, fk, 32)
        yy += 50
    pg.line(200, y + 340, 940, y + 340, (90, 60, 40), 2)
    pg.text(130, y + 400, "承办人", "song", 26, anchor="ms")
    pg.text(130, y + 430, "签  章", "song", 26, anchor="ms")
    pg.text(260, y + 412, style["clerk"], "kai", 34)
    pg.text(620, y + 412, "签发日期", "song", 26)
    d = f["issue_date"].split("-")
    pg.text(760, y + 412, f"{d[0]}年{int(d[1])}月{int(d[2])}日", fk, 28)
    pg.seal(330, y + 270, 110, style["police"] + "户口专用章", "★", alpha=style.get("seal_alpha", 0.7))
    pg.text(W / 2, 640, "户口登记机关：" + style["police"], "song", 24, anchor="ms")
    return pg


MEMBER_CELLS = ["姓名", "户主或与户主关系", "曾用名", "性别", "出生地", "民族", "籍贯", "出生日期", "本市（县）其他住址",
                "宗教信仰", "公民身份号码", "身高", "血型", "文化程度", "婚姻状况", "兵役状况", "服务处所", "职业",
                "何时由何地迁来本市（县）", "何时由何地迁来本址", "承办人签章", "登记日期"]


def hk_member(rng, f, style):
    W, H = 1000, 1400 if style.get("tall") else 1300
    pg = Page(W, H, (250, 247, 238))
    fk = style["font"]
    pg.text(W / 2, 80, "常住人口登记卡", "serifb", 44, anchor="ms", spacing=4)
    vals = {"姓名": f["name"], "户主或与户主关系": f["relation_to_head"], "性别": f["sex"], "出生地": f["birthplace"],
            "民族": f["ethnicity"], "籍贯": f["native_place"], "出生日期": cdate_s(f["birth_date"]),
            "公民身份号码": f["id_number"], "文化程度": f["education"], "婚姻状况": f["marital_status"],
            "服务处所": f.get("employer", ""), "登记日期": cdate_s(f["registration_date"]), "兵役状况": "未服兵役" if f["sex"] == "男" else "",
            "身高": str(rng.randint(155, 185)), "血型": rng.choice(["A", "B", "O", "AB"]), "宗教信仰": "",
            "职业": f.get("job", ""), "曾用名": "", "本市（县）其他住址": "", "何时由何地迁来本市（县）": "", "何时由何地迁来本址": "", "承办人签章": ""}
    x0, x1 = 50, 950
    rows = [["姓名", "户主或与户主关系"], ["曾用名", "性别"], ["出生地", "民族"], ["籍贯", "出生日期"], ["本市（县）其他住址"],
            ["宗教信仰", "公民身份号码"], ["身高", "血型"], ["文化程度", "婚姻状况"], ["兵役状况", "服务处所"], ["职业"],
            ["何时由何地迁来本市（县）"], ["何时由何地迁来本址"], ["承办人签章", "登记日期"]]
    y = 120
    rh = (H - 200) // len(rows)
    col = (120, 70, 50)
    for r in rows:
        pg.line(x0, y, x1, y, col, 2)
        n = len(r)
        cw = (x1 - x0) / n
        for i, lab in enumerate(r):
            cx = x0 + i * cw
            lw = 150 if len(lab) <= 6 else 250
            if n == 2 and i == 1:
                pg.line(cx, y, cx, y + rh, col, 2)
            pg.line(cx + lw, y, cx + lw, y + rh, col, 1)
            ll = wrap("song", 22, lab, lw - 14)
            ly = y + rh / 2 - (len(ll) - 1) * 14 + 8
            for l in ll:
                pg.text(cx + lw / 2, ly, l, "song", 22, (70, 40, 30), anchor="ms")
                ly += 28
            v = vals.get(lab, "")
            if v:
                sz = style["size"]
                room = cw - lw - 24
                while text_width(fk, sz, v) > room and sz > 20:
                    sz -= 2
                lines = wrap(fk, sz, v, room) if text_width(fk, sz, v) > room else [v]
                vy = y + rh / 2 + sz * 0.35 - (len(lines) - 1) * sz * 0.6
                for l in lines:
                    pg.text(cx + lw + 12, vy, l, fk, sz, style.get("ink", (20, 20, 60)))
                    vy += sz * 1.2
        y += rh
    pg.line(x0, y, x1, y, col, 2)
    pg.rect(x0, 120, x1, y, outline=col, width=3)
    pg.seal(250, y - rh * 0.9, 100, style["police"] + "户口专用章", "★", alpha=style.get("seal_alpha", 0.65))
    return pg


def cdate_s(s):
    y, m, d = s.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def collective_cert(rng, f, style):
    pg = Page(*A4)
    fk = style["font"]
    pg.text(620, 240, "户 籍 证 明", "serifb", 60, anchor="ms", spacing=10)
    y = 400
    body = (f"兹证明{f['name']}（性别：{style['sex']}，公民身份号码：{f['id_number']}），"
            f"户口现登记在我所辖区集体户，户籍地址：{f['address']}。")
    y = pg.para(170, y, 900, "　　" + body, fk, style["size"], 1.9)
    y = pg.para(170, y + 30, 900, "　　特此证明。本证明仅用于办理居住证积分相关事宜。", fk, style["size"], 1.9)
    pg.text(1050, y + 200, style["police"], fk, style["size"], anchor="rs")
    pg.text(1050, y + 420, cdate_s(f["issue_date"]), fk, style["size"], anchor="rs")
    pg.seal(860, y + 190, 110, style["police"] + "户口专用章", "★", alpha=0.72)
    pg.text(170, 1600, "（有效期三个月）", fk, 22, (90, 90, 90))
    return pg


# ---------------------------------------------------------------- 劳动合同
BOILER = [
    "甲方应当依法建立和完善劳动规章制度，保障乙方享有劳动权利、履行劳动义务。",
    "乙方应当按照甲方的要求按时完成规定的工作数量，达到规定的质量标准。",
    "甲方根据工作需要，经与乙方协商一致，可以变更乙方的工作岗位和工作地点。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
    "甲方按月以货币形式支付乙方工资，乙方的工资不得低于本市最低工资标准。",
    "甲方应当依法为乙方办理社会保险手续，并按时足额缴纳社会保险费；乙方个人应缴部分由甲方代扣代缴。",
    "乙方应当遵守甲方依法制定的规章制度，保守甲方的商业秘密，爱护甲方的财产。",
    "甲方安排乙方加班的，应当依法支付加班工资或者安排同等时间的补休。",
    "乙方患病或者非因工负伤的，甲方应当按照国家和本市的规定给予医疗期待遇。",
    "经甲乙双方协商一致，本合同可以解除。乙方提前三十日以书面形式通知甲方，可以解除本合同。",
    "本合同期满或者法定终止条件出现的，本合同即行终止。甲方应当依法向乙方出具终止劳动合同的证明。",
    "因履行本合同发生的劳动争议，当事人可以向甲方所在地的劳动人事争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等效力。",
    "乙方的工作时间实行标准工时制，每日工作不超过八小时，每周工作不超过四十小时。",
    "甲方对乙方进行职业技能培训并支付培训费用的，可以与乙方另行约定服务期。",
]


def contract_pages(rng, p, f, style, variant):
    """variant: model (Shanghai model text) or company (party table)"""
    fk, sz = style["font"], style["size"]
    pages = []
    start, end = f["start_date"], f.get("end_date")
    sd = [int(v) for v in start.split("-")]
    ed = [int(v) for v in end.split("-")] if end else None
    cb_on, cb_off = "☑", "□"
    n_body = style["body_pages"]
    total = 2 + n_body + 1

    def foot(pg, i):
        pg.text(620, 1680, f"第 {i} 页 共 {total} 页" if variant == "company" else f"- {i} -", fk, 20, (80, 80, 80), anchor="ms")

    # cover
    pg = Page(*A4)
    pg.text(620, 420, "劳 动 合 同", "serifb", 86, anchor="ms", spacing=20)
    if variant == "model":
        pg.text(620, 500, "（示范文本）", fk, 34, anchor="ms")
    y = 900
    pg.text(300, y, "甲方（用人单位）：", fk, 32)
    pg.text(590, y, f["employer"], style["fill"], 32)
    pg.line(585, y + 10, 1100, y + 10, width=2)
    pg.text(300, y + 110, "乙方（劳动者）：", fk, 32)
    pg.text(590, y + 110, f["employee_name"], style["fill"], 34)
    pg.line(585, y + 120, 1000, y + 120, width=2)
    pg.text(300, y + 220, "签订日期：", fk, 32)
    sgd = [int(v) for v in f["signing_date"].split("-")]
    pg.text(480, y + 220, f"{sgd[0]} 年 {sgd[1]} 月 {sgd[2]} 日", style["fill"], 32)
    if variant == "model":
        pg.text(620, 1500, "上海市人力资源和社会保障局制", fk, 26, anchor="ms")
    foot(pg, 1)
    pages.append(pg)
    # party + term page
    pg = Page(*A4)
    y = 170
    if variant == "model":
        pg.text(620, y, "劳动合同双方当事人基本情况", "sansb", 36, anchor="ms")
        y += 90
        lines = [("甲方（用人单位）名称：", f["employer"]), ("法定代表人（主要负责人）：", style["boss"]),
                 ("注册地址：", style["co_addr"]), ("乙方（劳动者）姓名：", f["employee_name"]),
                 ("居民身份证号码：", f["employee_id_number"]), ("户籍所在地：", p.hukou_address),
                 ("在沪居住地址：", p.sh_address)]
        for lab, val in lines:
            lw = text_width(fk, sz, lab)
            pg.text(130, y, lab, fk, sz)
            vl = wrap(style["fill"], sz + 2, val, 1100 - 140 - lw)
            for i, ln in enumerate(vl):
                pg.text(140 + lw, y, ln, style["fill"], sz + 2)
                pg.line(136 + lw, y + 8, 1110, y + 8, width=1)
                y += sz * 1.9
            y += sz * 0.5
        y += 20
        pg.text(130, y, "一、劳动合同期限", "sansb", sz + 2)
        y += sz * 2
        pg.text(130, y, "第一条  甲、乙双方选择以下第    种形式确定本合同期限：", fk, sz)
        pg.text(130 + text_width(fk, sz, "第一条  甲、乙双方选择以下第 "), y, "一" if end else "二", style["fill"], sz)
        y += sz * 2
        if end:
            t1 = f"{cb_on} 固定期限：自 {sd[0]} 年 {sd[1]} 月 {sd[2]} 日起至 {ed[0]} 年 {ed[1]} 月 {ed[2]} 日止。"
            t2 = f"{cb_off} 无固定期限：自      年    月    日起至法定终止条件出现时止。"
        else:
            t1 = f"{cb_off} 固定期限：自      年    月    日起至      年    月    日止。"
            t2 = f"{cb_on} 无固定期限：自 {sd[0]} 年 {sd[1]} 月 {sd[2]} 日起至法定终止条件出现时止。"
        for t in (t1, t2, f"{cb_off} 以完成一定工作任务为期限：自      年    月    日起至工作任务完成时止。"):
            y = pg.para(160, y, 960, t, fk, sz, 1.8) + sz * 0.4
        pr = style["probation"]
        y = pg.para(130, y + 10, 990, f"第二条  本合同的试用期自 {pr[0].year} 年 {pr[0].month} 月 {pr[0].day} 日起至 {pr[1].year} 年 {pr[1].month} 月 {pr[1].day} 日止。", fk, sz, 1.8)
        y += 20
        pg.text(130, y, "二、工作内容和工作地点", "sansb", sz + 2)
        y += sz * 2
        y = pg.para(130, y, 990, f"第三条  乙方同意根据甲方工作需要，担任{style['job']}岗位工作，工作地点为上海市。", fk, sz, 1.8)
    else:
        pg.text(620, y, "劳动合同书", "sansb", 40, anchor="ms")
        y += 80
        tbl = [("甲方", "名称", f["employer"]), ("", "法定代表人", style["boss"]), ("", "地址", style["co_addr"]),
               ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]), ("", "住址", p.sh_address)]
        for a, b, c in tbl:
            vl = wrap(fk, sz, c, 640)
            h = max(64, int(len(vl) * sz * 1.5 + 26))
            pg.rect(110, y, 250, y + h, outline=(0, 0, 0), width=2)
            pg.rect(250, y, 450, y + h, outline=(0, 0, 0), width=2)
            pg.rect(450, y, 1130, y + h, outline=(0, 0, 0), width=2)
            if a:
                pg.text(180, y + h / 2 + sz * .35, a, "sansb", sz, anchor="ms")
            pg.text(350, y + h / 2 + sz * .35, b, fk, sz, anchor="ms")
            yy = y + (h - len(vl) * sz * 1.5) / 2 + sz * 1.05
            for ln in vl:
                pg.text(466, yy, ln, fk, sz)
                yy += sz * 1.5
            y += h
        y += 60
        pg.text(110, y, "第一条  合同期限", "sansb", sz + 2)
        y += sz * 2
        if end:
            yrs = (ed[0] - sd[0]) + (1 if (ed[1], ed[2]) >= (sd[1], sd[2]) else 0)
            from datetime import date as _d, timedelta as _td
            from dateutil.relativedelta import relativedelta as _rd
            _s, _e = _d(*sd), _d(*ed)
            whole = [n for n in range(1, 11) if _e + _td(days=1) == _s + _rd(years=n)]
            term = f"本合同为固定期限劳动合同，期限{cn_num(whole[0])}年，自{sd[0]}年{sd[1]}月{sd[2]}日起至{ed[0]}年{ed[1]}月{ed[2]}日止。" if style.get("say_years") and whole else \
                f"本合同为固定期限劳动合同，自{sd[0]}年{sd[1]}月{sd[2]}日起至{ed[0]}年{ed[1]}月{ed[2]}日止。"
        else:
            term = f"本合同为无固定期限劳动合同，自{sd[0]}年{sd[1]}月{sd[2]}日起履行。"
        y = pg.para(110, y, 1020, "1.1  " + term, fk, sz, 1.8)
        pr = style["probation"]
        y = pg.para(110, y + 10, 1020, f"1.2  试用期为{style['prob_m']}个月，自{pr[0].year}年{pr[0].month}月{pr[0].day}日至{pr[1].year}年{pr[1].month}月{pr[1].day}日。", fk, sz, 1.8)
        y += 30
        pg.text(110, y, "第二条  工作岗位", "sansb", sz + 2)
        y += sz * 2
        y = pg.para(110, y, 1020, f"2.1  乙方的工作岗位为{style['job']}，甲方可根据经营需要与乙方协商调整。", fk, sz, 1.8)
    foot(pg, 2)
    pages.append(pg)
    # body pages
    k = 3
    art = 4
    for b in range(n_body):
        pg = Page(*A4)
        y = 170
        sents = BOILER[:]
        rng.shuffle(sents)
        for s in sents[: rng.randint(8, 11)]:
            y = pg.para(120, y, 1000, f"第{cn_num(art)}条  " + s, fk, sz, 1.85) + 18
            art += 1
            if y > 1550:
                break
        foot(pg, k)
        k += 1
        pages.append(pg)
    # signature page
    pg = Page(*A4)
    y = 200
    y = pg.para(120, y, 1000, f"第{cn_num(art)}条  本合同自双方签字（盖章）之日起生效。以下无正文。", fk, sz, 1.85)
    y = 700
    pg.text(140, y, "甲方（盖章）：", fk, sz + 4)
    pg.text(700, y, "乙方（签字）：", fk, sz + 4)
    pg.text(140, y + 100, "法定代表人或委托代理人：", fk, sz)
    pg.text(860, y + 10, f["employee_name"], rng.choice(HAND), 52, (20, 20, 90))
    if variant == "company":
        pg.text(140, y + 40, f["employer"], fk, sz)
    pg.text(140, y + 250, f"{sgd[0]} 年 {sgd[1]} 月 {sgd[2]} 日", style["fill"], sz + 2)
    pg.text(700, y + 250, f"{sgd[0]} 年 {sgd[1]} 月 {sgd[2]} 日", rng.choice(HAND) if style.get("hand_date") else style["fill"], sz + 2, (20, 20, 90) if style.get("hand_date") else (0, 0, 0))
    pg.seal(330, y + 80, 135, f["employer"], "★", alpha=0.72)
    foot(pg, k)
    pages.append(pg)
    return pages


# ---------------------------------------------------------------- 纳税记录
def tax_national(rng, f, rows_vis, style):
    """national 纳税记录 as list of Pages (A4 portrait, 150dpi)"""
    fk = style["font"]
    pages = []
    cols = [("申报日期", 130), ("实缴(退)金额", 125), ("入(退)库日期", 130), ("所得项目", 150), ("税款所属期", 170),
            ("入库税务机关", 170), ("备注", 265)]
    x0 = 50
    per = style.get("per_page", 12)
    chunks, cur, hsum = [], [], 0
    for r in rows_vis:
        h = max(60, 26 * len(r["remark_lines"]) + 26)
        if cur and (len(cur) >= per or hsum + h > 1080):
            chunks.append(cur)
            cur, hsum = [], 0
        cur.append(r)
        hsum += h
    chunks.append(cur)
    for pi, ch in enumerate(chunks):
        pg = Page(*A4)
        pg.text(620, 130, "中华人民共和国个人所得税纳税记录", "sansb", 40, anchor="ms")
        pg.text(620, 180, "(原《税收完税证明》)", fk, 24, anchor="ms")
        pg.text(80, 250, "纳税人名称：" + f["name"], fk, 24)
        pg.text(700, 250, "纳税人识别号：" + f["id_number"], fk, 24)
        pg.text(80, 300, "记录期间：" + style["period_text"], fk, 24)
        pg.text(700, 300, "开具日期：" + f["issue_date"], fk, 24)
        pg.text(1180, 340, "金额单位：人民币元", fk, 20, anchor="rs")
        y = 360
        x = x0
        rule = style.get("rules", True)
        for name, w in cols:
            if rule:
                pg.rect(x, y, x + w, y + 60, outline=(0, 0, 0), fill=(235, 235, 235), width=1)
            pg.text(x + w / 2, y + 40, name, "sansb", 20, anchor="ms")
            x += w
        y += 60
        for r in ch:
            rem_lines = r["remark_lines"]
            h = max(60, 26 * len(rem_lines) + 26)
            x = x0
            cells = [r["decl"], r["amount"], r["paid"], r["item"], r["period_text"], r["office"], None]
            for (name, w), val in zip(cols, cells):
                if rule:
                    pg.rect(x, y, x + w, y + h, outline=(0, 0, 0), width=1)
                if val is None:
                    yy = y + 30
                    for ln in rem_lines:
                        pg.text(x + 6, yy, ln, fk, 17)
                        yy += 26
                else:
                    vl = wrap(fk, 18, val, w - 22)
                    yy = y + h / 2 + 6 - (len(vl) - 1) * 12
                    for ln in vl:
                        pg.text(x + w / 2, yy, ln, fk, 18, anchor="ms")
                        yy += 24
                x += w
            y += h
        if pi == len(chunks) - 1:
            pg.text(80, y + 60, f"合计：{style['total']}", fk, 22)
            pg.text(80, y + 120, "查询验证码：" + style["code"], fk, 22)
            pg.text(80, y + 160, "说明：本记录可通过个人所得税App或自然人电子税务局扫码验证。", fk, 20, (80, 80, 80))
            pg.seal(900, y + 120, 110, "国家税务总局上海市税务局", "★", alpha=0.6)
        pg.text(620, 1690, f"第{pi + 1}页/共{len(chunks)}页", fk, 18, anchor="ms")
        pages.append(pg)
    return pages


def tax_app_screens(rng, f, rows_vis, style):
    W, H = 1080, 2340
    pages = []
    rows = sorted(rows_vis, key=lambda r: r["period"], reverse=True)
    chunks = [rows[:5]] + [rows[i:i + 6] for i in range(5, len(rows), 6)]
    for ci, ch in enumerate(chunks):
        pg = Page(W, H, (244, 245, 248))
        pg.rect(0, 0, W, 90, fill=(255, 255, 255), outline=None)
        pg.text(60, 62, style.get("clock", "20:15"), "sansb", 34)
        pg.text(1020, 62, "4G 64%", "sans", 30, anchor="rs")
        pg.rect(0, 90, W, 230, fill=(255, 255, 255), outline=None)
        pg.text(W / 2, 180, "收入纳税明细查询", "sansb", 44, anchor="ms")
        pg.text(60, 180, "‹", "sans", 64)
        y = 300
        if ci == 0:
            pg.rect(40, y, W - 40, y + 220, fill=(255, 255, 255), outline=None, radius=24)
            pg.text(80, y + 80, "纳税人：" + f["name"], "sans", 36)
            pg.text(80, y + 150, "证件号码：" + f["id_number"], "sans", 34, (90, 90, 90))
            y += 260
        for r in ch:
            pg.rect(40, y, W - 40, y + 300, fill=(255, 255, 255), outline=None, radius=24)
            pg.text(80, y + 70, r["period"][:4] + "年" + r["period"][5:] + "月", "sansb", 40)
            pg.text(1000, y + 70, r["item"], "sans", 32, (60, 120, 220), anchor="rs")
            pg.text(80, y + 140, "扣缴义务人", "sans", 32, (140, 140, 140))
            ag = r["agent_print"]
            for i, ln in enumerate(wrap("sans", 32, ag, 600)):
                pg.text(1000, y + 140 + i * 44, ln, "sans", 32, anchor="rs")
            pg.text(80, y + 230, "收入额", "sans", 32, (140, 140, 140))
            pg.text(420, y + 230, r["income"], "sans", 32)
            pg.text(640, y + 230, "已申报税额", "sans", 32, (140, 140, 140))
            pg.text(1000, y + 230, r["amount"], "sansb", 34, anchor="rs")
            y += 330
        pages.append(pg)
    return pages


def tax_old_cert(rng, f, rows_vis, style):
    pg = Page(*A4)
    fk = style["font"]
    pg.text(620, 160, "中华人民共和国", "serifb", 40, anchor="ms")
    pg.text(620, 230, "税 收 完 税 证 明", "serifb", 56, anchor="ms", spacing=6)
    pg.text(140, 320, "填发日期：" + cdate_s(f["issue_date"]), fk, 24)
    pg.text(760, 320, "税务机关：国家税务总局上海市税务局", fk, 22)
    pg.rect(100, 350, 1140, 470, outline=(0, 0, 0), width=2)
    pg.line(620, 350, 620, 470, width=2)
    pg.text(120, 425, "纳税人识别号  " + f["id_number"], fk, 24)
    pg.text(640, 425, "纳税人名称  " + f["name"], fk, 24)
    y = 470
    cols = [("税种", 140), ("品目名称", 180), ("税款所属时期", 300), ("入(退)库日期", 170), ("实缴(退)金额", 160), ("扣缴义务人", 90)]
    cols = [("原凭证号", 170), ("税种", 110), ("税款所属时期", 290), ("扣缴义务人", 300), ("实缴(退)金额", 170)]
    x = 100
    for n, w in cols:
        pg.rect(x, y, x + w, y + 56, outline=(0, 0, 0), width=1)
        pg.text(x + w / 2, y + 38, n, "sansb", 20, anchor="ms")
        x += w
    y += 56
    for r in rows_vis:
        ag = wrap(fk, 18, r["agent_print"], 285)
        h = max(56, len(ag) * 26 + 24)
        vals = [r["voucher"], "个人所得税", r["period_text"], None, r["amount"]]
        x = 100
        for (n, w), v in zip(cols, vals):
            pg.rect(x, y, x + w, y + h, outline=(0, 0, 0), width=1)
            if v is None:
                yy = y + h / 2 + 6 - (len(ag) - 1) * 13
                for ln in ag:
                    pg.text(x + 8, yy, ln, fk, 18)
                    yy += 26
            else:
                pg.text(x + w / 2, y + h / 2 + 7, v, fk, 18, anchor="ms")
            x += w
        y += h
    pg.text(120, y + 60, "金额合计（小写）¥" + style["total"], fk, 22)
    pg.seal(900, y + 150, 115, "国家税务总局上海市税务局", "★", alpha=0.7)
    pg.text(120, y + 260, "妥善保管", fk, 22)
    return [pg]


# ---------------------------------------------------------------- 社保
def si_record(rng, f, rows, style):
    fk = style["font"]
    pages = []
    per = 20
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    cols = [("缴费年月", 150), ("单位名称", 420), ("缴费基数", 150), ("养老", 110), ("医疗", 110), ("失业", 90), ("缴费类型", 110)]
    for ci, ch in enumerate(chunks):
        pg = Page(*A4)
        pg.text(620, 140, "上海市社会保险个人缴费情况", "sansb", 40, anchor="ms")
        pg.text(100, 220, "姓名：" + f["name"], fk, 24)
        pg.text(560, 220, "证件号码：" + f["id_number"], fk, 24)
        pg.text(100, 265, "查询期间：" + style["span"], fk, 22)
        y, x = 300, 60
        for n, w in cols:
            pg.rect(x, y, x + w, y + 52, outline=(0, 0, 0), fill=(232, 236, 242), width=1)
            pg.text(x + w / 2, y + 35, n, "sansb", 20, anchor="ms")
            x += w
        y += 52
        for r in ch:
            x = 60
            b = float(r["base"])
            vals = [r["month"].replace("-", style.get("msep", "")), r["employer"], r["base"], f"{b * .08:.2f}", f"{b * .02:.2f}", f"{b * .005:.2f}", "补缴" if r["back_payment"] else "正常"]
            el = wrap(fk, 18, r["employer"], 405)
            h = max(50, len(el) * 24 + 22)
            for (n, w), v in zip(cols, vals):
                pg.rect(x, y, x + w, y + h, outline=(0, 0, 0), width=1)
                if n == "单位名称":
                    yy = y + h / 2 + 6 - (len(el) - 1) * 12
                    for ln in el:
                        pg.text(x + 8, yy, ln, fk, 18)
                        yy += 24
                else:
                    pg.text(x + w / 2, y + h / 2 + 7, v, fk, 18, anchor="ms", color=(200, 0, 0) if v == "补缴" else (0, 0, 0))
                x += w
            y += h
        pg.text(620, 1690, f"第 {ci + 1} 页 共 {len(chunks)} 页", fk, 18, anchor="ms")
        if ci == len(chunks) - 1:
            pg.text(100, y + 60, "注：缴费类型为“补缴”的记录系逾期补缴。", fk, 20, (80, 80, 80))
            pg.seal(950, y + 150, 110, "上海市社会保险事业管理中心", "★", alpha=0.6)
        pages.append(pg)
    return pages


# ---------------------------------------------------------------- 学历
def diploma(rng, p, f, style):
    pg = Page(1754, 1240, (252, 250, 240))
    fk = style["font"]
    pg.rect(40, 40, 1714, 1200, outline=(160, 40, 40), width=10)
    pg.rect(60, 60, 1694, 1180, outline=(160, 40, 40), width=2)
    pg.text(877, 200, "普通高等学校" if f.get("study_mode", "普通全日制") == "普通全日制" else "高等教育", "serifb", 40, anchor="ms")
    pg.text(877, 300, "毕  业  证  书", "serifb", 80, anchor="ms", spacing=8)
    pg.image(180, 400, 240, 320, face_photo(rng, 240, 320, p.male))
    e = style["enter"]
    g = f["graduation_date"]
    gy, gm, gd = [int(v) for v in g.split("-")]
    yrs = {"本科": "四", "专科": "三", "硕士研究生": "三", "博士研究生": "四"}[f["level"]]
    lvl = {"本科": "本科", "专科": "专科", "硕士研究生": "硕士研究生", "博士研究生": "博士研究生"}[f["level"]]
    mode = "" if f.get("study_mode", "普通全日制") == "普通全日制" else f"（{f['study_mode']}）"
    body = (f"学生 {f['name']}，性别{p.sex}，{p.birth.year}年{p.birth.month}月生，于{e.year}年{e.month}月至{gy}年{gm}月在本校"
            f"{f['major']}专业{yrs}年制{lvl}{mode}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = 470
    for ln in wrap(fk, 38, body, 1100):
        pg.text(500, y, ln, fk, 38)
        y += 72
    pg.text(1500, 950, f["school"], fk, 40, anchor="rs")
    pg.text(1500, 1010, "校（院）长：" + style["president"], fk, 32, anchor="rs")
    from datetime import date
    gdt = date(gy, gm, gd)
    pg.text(1500, 1070, cn_date(gdt) if style.get("cn", True) else f"{gy}年{gm}月{gd}日", fk, 34, anchor="rs")
    pg.text(180, 1100, "证书编号：" + style["cert_no"], fk, 26)
    pg.seal(1300, 980, 120, f["school"], "★", alpha=0.7)
    return pg


def degree(rng, p, f, style):
    pg = Page(1754, 1240, (250, 250, 246))
    fk = style["font"]
    pg.rect(50, 50, 1704, 1190, outline=(30, 60, 120), width=6)
    kind = "硕士" if "硕士" in f["level"] else "博士" if "博士" in f["level"] else "学士"
    pg.text(877, 260, f"{kind} 学 位 证 书", "serifb", 76, anchor="ms", spacing=8)
    pg.image(200, 420, 240, 320, face_photo(rng, 240, 320, p.male))
    gy, gm, gd = [int(v) for v in f["graduation_date"].split("-")]
    body = (f"{f['name']}，{p.sex}，{p.birth.year}年{p.birth.month}月{p.birth.day}日生。在{f['school']}{f['major']}专业完成了"
            f"{'本科' if kind == '学士' else '硕士研究生' if kind == '硕士' else '博士研究生'}学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予{style['field']}{kind}学位。")
    y = 480
    for ln in wrap(fk, 38, body, 1050):
        pg.text(540, y, ln, fk, 38)
        y += 72
    pg.text(1500, 1000, f["school"] + "学位评定委员会", fk, 34, anchor="rs")
    pg.text(1500, 1060, "主席：" + style["president"], fk, 32, anchor="rs")
    from datetime import date
    pg.text(1500, 1120, cn_date(date(gy, gm, gd)), fk, 34, anchor="rs")
    pg.text(200, 1110, "证书编号：" + style["cert_no2"], fk, 26)
    pg.seal(1250, 1040, 110, f["school"], "★", alpha=0.65)
    return pg


def xuexin(rng, p, f, style):
    pg = Page(*A4)
    fk = style["font"]
    pg.text(620, 170, "教育部学历证书电子注册备案表", "sansb", 44, anchor="ms")
    pg.text(100, 250, "更新日期：" + style["upd"], fk, 22)
    pg.text(1140, 250, "在线验证码：" + style["vcode"], fk, 22, anchor="rs")
    rows = [("姓名", f["name"]), ("性别", p.sex), ("出生日期", f"{p.birth.year}年{p.birth.month:02d}月{p.birth.day:02d}日"),
            ("证件号码", style["idn"]), ("学校名称", f["school"]), ("层次", f["level"]), ("专业", f["major"]),
            ("学制", style["years"]), ("学历类别", "普通高等教育"), ("学习形式", f.get("study_mode", "普通全日制")),
            ("入学日期", style["enter"].strftime("%Y年%m月%d日")), ("毕(结)业日期", f["graduation_date"].replace("-", "年", 1).replace("-", "月") + "日"),
            ("毕(结)业", "毕业"), ("证书编号", style["cert_no"]), ("校(院)长姓名", style["president"])]
    y = 300
    for lab, val in rows:
        pg.rect(120, y, 420, y + 64, outline=(150, 170, 200), fill=(236, 243, 252), width=1)
        pg.rect(420, y, 1120, y + 64, outline=(150, 170, 200), width=1)
        pg.text(140, y + 43, lab, fk, 24, (40, 60, 100))
        pg.text(440, y + 43, val, fk, 24)
        y += 64
    pg.rect(900, y + 60, 1100, y + 260, outline=(0, 0, 0), width=3)
    for i in range(14):
        for j in range(14):
            if rng.random() < 0.45:
                pg.rect(910 + i * 13, y + 70 + j * 13, 923 + i * 13, y + 83 + j * 13, outline=None, fill=(0, 0, 0), width=0)
    pg.text(120, y + 120, "注：本表可登录学信网（www.chsi.com.cn）输入在线验证码查询。", fk, 20, (90, 90, 90))
    return pg


# ---------------------------------------------------------------- 结婚证
def marriage(rng, p, f, style):
    pg = Page(1400, 1000, (252, 240, 236))
    fk = style["font"]
    pg.text(700, 90, "结 婚 证", "serifb", 56, (170, 20, 20), anchor="ms")
    y = 180
    for lab, val in [("持证人", f["holder_name"]), ("登记日期", cdate_s(f["registration_date"])), ("结婚证字号", style["no"])]:
        pg.text(120, y, lab, "song", 28, (120, 60, 60))
        pg.text(320, y, val, fk, 32)
        y += 70
    pg.text(120, y + 10, "备注", "song", 28, (120, 60, 60))
    y += 100
    for who, (nm, sx, bd, idn) in (("", (p.name, p.sex, p.birth, style["holder_id"])), ("", (f["spouse_name"], "女" if p.sex == "男" else "男", style["sp_birth"], f["spouse_id_number"]))):
        for lab, val in [("姓名", nm), ("性别", sx), ("国籍", "中国"), ("出生日期", f"{bd.year}年{bd.month:02d}月{bd.day:02d}日"), ("身份证件号", idn)]:
            pg.text(120, y, lab, "song", 26, (120, 60, 60))
            pg.text(300, y, val, fk, 30)
            y += 52
        y += 20
    pg.image(900, 250, 400, 280, face_photo(rng, 400, 280, True))
    pg.seal(1050, 760, 110, style["office"] + "婚姻登记专用章", "★", alpha=0.7)
    return pg


# ---------------------------------------------------------------- not documents
def receipt(rng, style):
    pg = Page(600, 1300, (250, 250, 250))
    pg.text(300, 90, style["shop"], "sansb", 36, anchor="ms")
    pg.text(300, 140, "购物小票", "sans", 28, anchor="ms")
    y = 220
    tot = 0
    for it in rng.sample(["矿泉水", "面包", "抽纸", "牛奶", "苹果", "洗衣液", "酸奶", "鸡蛋", "大米", "咖啡"], 6):
        pr = rng.randint(3, 80) + rng.choice([0, .5, .9])
        tot += pr
        pg.text(40, y, it, "hei", 26)
        pg.text(560, y, f"{pr:.2f}", "mono", 26, anchor="rs")
        y += 50
    pg.line(40, y, 560, y, width=2)
    pg.text(40, y + 60, "合计", "hei", 30)
    pg.text(560, y + 60, f"{tot:.2f}", "mono", 30, anchor="rs")
    pg.text(40, y + 140, "交易时间 " + style["when"], "hei", 22)
    pg.text(300, y + 240, "谢谢惠顾 欢迎再次光临", "hei", 24, anchor="ms")
    return pg


def rental(rng, p, style):
    pg = Page(*A4)
    pg.text(620, 180, "上海市住房租赁合同", "serifb", 48, anchor="ms")
    y = 300
    y = pg.para(120, y, 1000, f"出租人（甲方）：{style['landlord']}", "song", 28, 1.8)
    y = pg.para(120, y, 1000, f"承租人（乙方）：{p.name}", "song", 28, 1.8)
    y = pg.para(120, y + 20, 1000, f"第一条  甲方将坐落于{p.sh_address}的房屋出租给乙方居住使用，租赁期自{style['from']}起至{style['to']}止，月租金人民币{style['rent']}元。", "song", 28, 1.8)
    for s in ["第二条  乙方应按时支付租金，逾期支付的，每逾期一日按月租金的千分之五支付违约金。",
              "第三条  租赁期间，乙方应合理使用房屋及其附属设施，不得擅自改变房屋结构。",
              "第四条  甲方应保证出租房屋符合本市住房租赁的安全、卫生标准。",
              "第五条  租赁期满，乙方应当按时返还房屋；需要继续承租的，应提前一个月书面提出。"]:
        y = pg.para(120, y + 20, 1000, s, "song", 28, 1.8)
    return pg


def bank_slip(rng, p, style):
    pg = Page(1200, 700, (244, 250, 246))
    pg.text(600, 80, style["bank"] + "  业务回单", "sansb", 40, anchor="ms")
    y = 170
    for lab, val in [("付款人", p.name), ("收款人", style["payee"]), ("金额", f"¥{style['amt']}"), ("摘要", "房租"), ("交易日期", style["when"]), ("流水号", style["serial"])]:
        pg.text(120, y, lab, "hei", 28, (60, 60, 60))
        pg.text(360, y, val, "hei", 30)
        y += 75
    pg.seal(950, 520, 100, style["bank"] + "业务专用章", "★", alpha=0.7)
    return pg


def permit_card_back(rng, p, f, style):
    W, H = 1012, 638
    pg = Page(W, H)
    pg.image(0, 0, W, H, guilloche(rng, W, H, (240, 245, 250), (210, 225, 240)))
    pg.rect(80, 90, 230, 200, outline=(150, 120, 40), fill=(212, 180, 90), width=3, radius=14)
    for k in range(1, 4):
        pg.line(80, 90 + k * 27, 230, 90 + k * 27, (150, 120, 40), 2)
    pg.line(155, 90, 155, 200, (150, 120, 40), 2)
    pg.text(560, 150, "签 注 记 录", "sansb", 40, anchor="ms", spacing=4)
    pg.rect(80, 250, 932, 560, outline=(90, 110, 140), width=2)
    pg.line(80, 330, 932, 330, (90, 110, 140), 2)
    pg.line(400, 250, 400, 560, (90, 110, 140), 2)
    pg.text(240, 302, "签注日期", "hei", 28, (70, 70, 70), anchor="ms")
    pg.text(666, 302, "有效期至", "hei", 28, (70, 70, 70), anchor="ms")
    k = style.get("vfont", "hei")
    pg.text(240, 400, f["issue_date"].replace("-", "."), k, 32, anchor="ms")
    pg.text(666, 400, f["valid_until"].replace("-", "."), k, 32, anchor="ms")
    pg.seal(800, 460, 80, style["office"] + "签注专用章", "★", alpha=0.6)
    pg.text(506, 610, "本证在上海市行政区域内使用 · 请妥善保管", "hei", 22, (90, 90, 90), anchor="ms")
    return pg
