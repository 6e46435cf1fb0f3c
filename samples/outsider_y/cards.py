"""Cards: 居民身份证 faces, 上海市居住证 card faces, a bank card."""
from __future__ import annotations

import random

from PIL import Image, ImageDraw, ImageFilter

from . import draw as dw
from .common import font

CW, CH = 1012, 638  # 85.6 x 54 mm at ~300 dpi
LABEL_BLUE = (70, 130, 190)


def _rounded(img, rad=36):
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, img.width - 1, img.height - 1], rad, fill=255)
    out = Image.new("RGBA", img.size)
    out.paste(img, (0, 0), m)
    return out


def id_front(p, r: random.Random, nr):
    """p: dict name, sex, ethnicity, birth (date), address, id_number."""
    img = dw.guilloche(CW, CH, nr, base=(240, 242, 236), line=(214, 222, 212))
    dr = ImageDraw.Draw(img)
    face = r.choice(["sans", "microhei", "zenhei", "sans"])
    vface = r.choice(["sans", "microhei", "zenhei", "sung"])
    lx = 70 + r.randint(-8, 8)
    vx = lx + 110 + r.randint(-6, 6)
    y = 66 + r.randint(-6, 6)
    ls, vs = 27, 34 + r.randint(-2, 2)
    dr.text((lx, y + 4), "姓  名", font=font(face, ls), fill=LABEL_BLUE)
    dr.text((vx, y - 2), p["name"], font=font(vface, vs + 4), fill=dw.INK_BLACK)
    y += 78
    dr.text((lx, y + 4), "性  别", font=font(face, ls), fill=LABEL_BLUE)
    dr.text((vx, y), p["sex"], font=font(vface, vs), fill=dw.INK_BLACK)
    dr.text((vx + 125, y + 4), "民  族", font=font(face, ls), fill=LABEL_BLUE)
    dr.text((vx + 235, y), p["ethnicity"], font=font(vface, vs), fill=dw.INK_BLACK)
    y += 72
    b = p["birth"]
    dr.text((lx, y + 4), "出  生", font=font(face, ls), fill=LABEL_BLUE)
    x = vx
    for part, lab in ((str(b.year), "年"), (str(b.month), "月"), (str(b.day), "日")):
        dr.text((x, y), part, font=font(vface, vs), fill=dw.INK_BLACK)
        x += font(vface, vs).getlength(part) + 10
        dr.text((x, y + 4), lab, font=font(face, ls), fill=LABEL_BLUE)
        x += 44
    y += 72
    dr.text((lx, y + 4), "住  址", font=font(face, ls), fill=LABEL_BLUE)
    per_line = r.choice([11, 11, 12])
    addr = p["address"]
    lines = [addr[i:i + per_line] for i in range(0, len(addr), per_line)]
    for ln in lines[:3]:
        dr.text((vx, y), ln, font=font(vface, vs - 2), fill=dw.INK_BLACK)
        y += 46
    yb = CH - 112 + r.randint(-6, 6)
    dr.text((lx, yb + 10), "公民身份号码", font=font(face, ls), fill=LABEL_BLUE)
    dr.text((lx + 215, yb), " ".join([]) or p["id_number"], font=font("mono", 44), fill=dw.INK_BLACK,
            spacing=0)
    ph = dw.portrait(300, 370, r, p["sex"], bg=(236, 238, 236))
    img.paste(ph, (CW - 345 + r.randint(-8, 8), 60 + r.randint(-6, 6)))
    return _rounded(img)


def id_back(p, r: random.Random, nr):
    """p: issuing_authority, valid_from (date), valid_until (date or 'long_term')."""
    img = dw.guilloche(CW, CH, nr, base=(238, 240, 232), line=(212, 218, 204))
    dr = ImageDraw.Draw(img)
    em = dw.emblem(190, r)
    img.paste(em, (62, 50), em)
    tf = r.choice(["serif_b", "sans_b", "sung"])
    dr.text((300, 70), "中华人民共和国", font=font(tf, 58), fill=dw.INK_BLACK)
    dr.text((340, 160), "居 民 身 份 证", font=font(tf, 72), fill=dw.INK_BLACK)
    face = r.choice(["sans", "microhei", "zenhei"])
    y = CH - 190 + r.randint(-6, 6)
    dr.text((180, y + 4), "签发机关", font=font(face, 28), fill=LABEL_BLUE)
    dr.text((330, y), p["issuing_authority"], font=font(face, 33), fill=dw.INK_BLACK)
    y += 74
    dr.text((180, y + 4), "有效期限", font=font(face, 28), fill=LABEL_BLUE)
    vf = p["valid_from"]
    vu = p["valid_until"]
    s = f"{vf:%Y.%m.%d}-" + ("长期" if vu == "long_term" else f"{vu:%Y.%m.%d}")
    dr.text((330, y), s, font=font(face, 33), fill=dw.INK_BLACK)
    return _rounded(img)


def permit_front(p, r: random.Random, nr):
    """上海市居住证 card face: name, sex, ID number, residence address, validity."""
    img = dw.guilloche(CW, CH, nr, base=(226, 236, 246), line=(196, 214, 236))
    dr = ImageDraw.Draw(img)
    tf = r.choice(["sans_b", "serif_b"])
    dr.text((CW / 2, 58), "上海市居住证", font=font(tf, 54), fill=(20, 60, 130), anchor="mm")
    face = r.choice(["sans", "microhei"])
    lx, vx = 56, 210
    y = 120
    rows = [("姓    名", p["name"]), ("性    别", p["sex"]), ("公民身份号码", p["id_number"])]
    for lab, val in rows:
        dr.text((lx, y + 4), lab, font=font(face, 25), fill=(60, 90, 140))
        vf = "mono" if lab.startswith("公民") else face
        dr.text((vx + (40 if lab.startswith("公民") else 0), y), val, font=font(vf, 32), fill=dw.INK_BLACK)
        y += 62
    dr.text((lx, y + 4), "居住地址", font=font(face, 25), fill=(60, 90, 140))
    for ln in dw.wrap(p["residence_address"], face, 30, 500):
        dr.text((vx, y), ln, font=font(face, 30), fill=dw.INK_BLACK)
        y += 42
    y = max(y + 10, CH - 150)
    dr.text((lx, y + 4), "签发机关", font=font(face, 25), fill=(60, 90, 140))
    dr.text((vx, y), "上海市公安局", font=font(face, 30), fill=dw.INK_BLACK)
    y += 56
    dr.text((lx, y + 4), "签发日期", font=font(face, 25), fill=(60, 90, 140))
    dr.text((vx, y), f"{p['issue_date']:%Y.%m.%d}", font=font(face, 30), fill=dw.INK_BLACK)
    ph = dw.portrait(250, 310, r, p["sex"], bg=(220, 232, 246))
    img.paste(ph, (CW - 300, 110))
    return _rounded(img)


def permit_back(p, r: random.Random, nr):
    img = dw.guilloche(CW, CH, nr, base=(230, 238, 246), line=(204, 218, 236))
    dr = ImageDraw.Draw(img)
    dr.rounded_rectangle([80, 200, 200, 300], 14, fill=(212, 180, 90), outline=(150, 120, 50), width=3)
    for k in range(4):
        dr.line([80, 220 + k * 22, 200, 220 + k * 22], fill=(150, 120, 50), width=2)
    face = r.choice(["sans", "microhei"])
    dr.text((CW / 2, 70), "签 注 记 录", font=font(face, 36), fill=(20, 60, 130), anchor="mm")
    x0, y0 = 260, 130
    dr.rectangle([x0, y0, CW - 60, CH - 80], outline=(100, 120, 160), width=2)
    dr.text((x0 + 20, y0 + 20), "有效期限", font=font(face, 26), fill=(60, 90, 140))
    s = f"{p['valid_from']:%Y年%m月%d日}至{p['valid_until']:%Y年%m月%d日}"
    dr.text((x0 + 20, y0 + 62), s, font=font(face, 28), fill=dw.INK_BLACK)
    dr.text((x0 + 20, y0 + 130), "签注机关  上海市公安局" + p.get("station", "浦东分局"), font=font(face, 26), fill=dw.INK_BLACK)
    dr.line([x0, y0 + 200, CW - 60, y0 + 200], fill=(100, 120, 160), width=1)
    dr.text((x0 + 20, CH - 60), "持证人在本市居住期间有效，请妥善保管", font=font(face, 20), fill=(90, 100, 120))
    return _rounded(img)


def bank_card(p, r: random.Random, nr):
    base = r.choice([(180, 30, 40), (20, 70, 140), (20, 110, 80), (150, 120, 40), (40, 40, 50)])
    img = Image.new("RGB", (CW, CH), base)
    dr = ImageDraw.Draw(img)
    for k in range(6):
        dr.ellipse([CW * 0.5 + k * 40, -200 + k * 30, CW * 1.4 + k * 40, CH + 200], outline=tuple(min(255, c + 30) for c in base), width=6)
    dr.text((60, 50), p["bank"], font=font("sans_b", 44), fill=(255, 255, 255))
    dr.rounded_rectangle([90, 210, 210, 300], 14, fill=(212, 180, 90))
    num = p["card_no"]
    dr.text((80, 370), " ".join(num[i:i + 4] for i in range(0, len(num), 4)), font=font("mono", 52), fill=(240, 240, 240))
    dr.text((80, 470), p.get("holder", ""), font=font("sans", 34), fill=(240, 240, 240))
    dr.text((CW - 200, CH - 110), "银联", font=font("sans_b", 50), fill=(240, 240, 240))
    dr.text((CW - 330, 60), "借记卡 DEBIT", font=font("sans", 30), fill=(240, 240, 240))
    return _rounded(img)
