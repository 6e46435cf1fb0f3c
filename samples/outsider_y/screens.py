"""Phone screenshots (1080 x 2340 and similar): 随申办 电子居住证, 个税 App 收入纳税明细."""
from __future__ import annotations

import random

from PIL import Image, ImageDraw

from . import draw as dw
from .common import font


def _status_bar(dr, W, r, dark=False, time_s="9:41"):
    col = (255, 255, 255) if dark else (20, 20, 20)
    dr.text((60, 38), time_s, font=font("sans_b", 40), fill=col)
    x = W - 70
    dr.rounded_rectangle([x - 70, 44, x, 76], 6, outline=col, width=3)
    dr.rectangle([x - 66, 48, x - 66 + int(62 * r.uniform(0.3, 0.95)), 72], fill=col)
    for k in range(4):
        dr.rectangle([x - 190 + k * 18, 76 - 8 - k * 8, x - 180 + k * 18, 76], fill=col)


def _rows(img, dr, W, y, rows, face, r, lab_col=(140, 140, 150), val_col=(20, 20, 20), size=42, maxw=560):
    for lab, val in rows:
        dr.text((80, y), lab, font=font(face, size - 2), fill=lab_col)
        room = W - 160 - font(face, size - 2).getlength(lab) - 50
        lines = dw.wrap(val, face, size, min(maxw, room))
        yy = y
        for ln in lines:
            dr.text((W - 80, yy), ln, font=font(face, size), fill=val_col, anchor="ra")
            yy += int(size * 1.35)
        y = max(y + int(size * 1.35), yy) + 34
        dr.line([80, y - 18, W - 80, y - 18], fill=(236, 236, 240), width=2)
    return y


def permit_screen(p, r: random.Random, size=(1080, 2340)):
    W, H = size
    img = Image.new("RGB", (W, H), (244, 245, 248))
    dr = ImageDraw.Draw(img)
    theme = r.choice([(28, 110, 230), (36, 90, 200), (0, 140, 190)])
    dr.rectangle([0, 0, W, 260], fill=theme)
    _status_bar(dr, W, r, dark=True, time_s=p.get("time", "10:26"))
    dr.text((W / 2, 180), "电子居住证", font=font("sans_b", 50), fill=(255, 255, 255), anchor="mm")
    dr.text((60, 180), "〈", font=font("sans", 50), fill=(255, 255, 255), anchor="lm")
    face = r.choice(["sans", "microhei"])
    # banner card with the name in large type
    dr.rounded_rectangle([40, 300, W - 40, 760], 36, fill=r.choice([(48, 128, 236), (30, 150, 200), (60, 110, 210)]))
    dr.text((100, 360), "上海市居住证", font=font("sans", 40), fill=(230, 240, 255))
    dr.text((100, 450), p["name"], font=font("sans_b", 96), fill=(255, 255, 255))
    dr.text((100, 620), "有效期至 " + p["valid_until"].strftime("%Y-%m-%d"), font=font("sans", 38), fill=(230, 240, 255))
    qr = dw.qr_block(220, r)
    img.paste(qr, (W - 320, 420))
    dr.rounded_rectangle([40, 800, W - 40, H - 160], 36, fill=(255, 255, 255))
    vf, vu = p["valid_from"], p["valid_until"]
    fmt = r.choice(["%Y-%m-%d", "%Y.%m.%d", "%Y年%m月%d日"])
    rows = [("证件号码", p["id_number"]), ("性别", p["sex"]),
            (r.choice(["户籍地址", "常住户口所在地"]), p["hukou_address"]), ("居住地址", p["residence_address"]),
            ("签发日期", p["issue_date"].strftime(fmt))]
    if r.random() < 0.5:
        rows.append(("有效期限", f"{vf.strftime(fmt)}至{vu.strftime(fmt)}"))
    else:
        rows += [("有效期起", vf.strftime(fmt)), ("有效期止", vu.strftime(fmt))]
    _rows(img, dr, W, 860, rows, face, r, maxw=W - 420)
    dr.rounded_rectangle([W / 2 - 160, H - 30, W / 2 + 160, H - 20], 5, fill=(30, 30, 30))
    return img


def tax_screens(p, r: random.Random, size=(1080, 2340)):
    """收入纳税明细: a list by month; returns one or more screenshots."""
    W, H = size
    rows = sorted(p["rows"], key=lambda x: x["period"], reverse=True)
    face = r.choice(["sans", "microhei"])
    shots = []
    per = r.choice([4, 5])
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    for ci, chunk in enumerate(chunks):
        img = Image.new("RGB", (W, H), (245, 246, 248))
        dr = ImageDraw.Draw(img)
        dr.rectangle([0, 0, W, 230], fill=(255, 255, 255))
        _status_bar(dr, W, r, time_s=p.get("time", "14:08"))
        dr.text((W / 2, 170), "收入纳税明细", font=font("sans_b", 48), fill=(20, 20, 20), anchor="mm")
        dr.text((60, 170), "〈", font=font("sans", 50), fill=(20, 20, 20), anchor="lm")
        y = 260
        if ci == 0:
            dr.rounded_rectangle([40, y, W - 40, y + 330], 30, fill=(200, 40, 40))
            dr.text((90, y + 40), p["name"], font=font("sans_b", 64), fill=(255, 255, 255))
            dr.text((90, y + 140), "证件号码  " + p["id_number"], font=font("sans", 38), fill=(255, 230, 230))
            dr.text((90, y + 210), f"查询时间 {p['issue_date']:%Y-%m-%d}   所得年度 {p['years']}", font=font("sans", 34),
                    fill=(255, 230, 230))
            y += 370
        else:
            dr.text((80, y + 10), f"{p['name']}  共{len(rows)}条记录", font=font("sans", 36), fill=(120, 120, 130))
            y += 80
        for rw in chunk:
            h = 380
            dr.rounded_rectangle([40, y, W - 40, y + h], 26, fill=(255, 255, 255))
            dr.text((80, y + 34), rw["item"], font=font("sans_b", 44), fill=(20, 20, 20))
            dr.text((W - 80, y + 40), rw["period"].replace("-", "年", 1) + "月", font=font(face, 38), fill=(110, 110, 120), anchor="ra")
            yy = _rows(img, dr, W, y + 120, [("扣缴义务人", rw["agent_print"]), ("收入", rw["income"]),
                                              ("已申报税额", rw["amount"])], face, r, size=36, maxw=W - 430)
            y = max(y + h, yy - 20) + 24
        shots.append(img)
    return shots
