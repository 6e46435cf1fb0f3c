"""Phone screenshots (1080 x 2340): 随申办 电子居住证 and 个人所得税 App 收入纳税明细."""
from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from .canvas import font, pick
from .docs_records import tax_rows_display

W, H = 1080, 2340


def _f(key, px, s=""):
    return font(pick(key, s), px)


def _status(d: ImageDraw.ImageDraw, rng, dark=False):
    col = (255, 255, 255) if dark else (20, 20, 20)
    d.text((60, 48), f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", font=_f("hei_b", 40), fill=col, anchor="lm")
    for i in range(4):
        d.rectangle([820 + i * 16, 60 - i * 8, 830 + i * 16, 64], fill=col)
    d.rounded_rectangle([900, 34, 980, 64], radius=8, outline=col, width=3)
    lvl = rng.randint(20, 95)
    d.rectangle([905, 39, 905 + int(70 * lvl / 100), 59], fill=col)
    d.text((995, 49), f"{lvl}", font=_f("hei", 26), fill=col, anchor="lm")


def _title(d, text, y=110, dark=False):
    col = (255, 255, 255) if dark else (20, 20, 20)
    d.text((60, y + 40), "‹", font=_f("hei", 90), fill=col, anchor="lm")
    d.text((W // 2, y + 40), text, font=_f("hei_b", 50), fill=col, anchor="mm")
    d.text((990, y + 40), "···", font=_f("hei_b", 46), fill=col, anchor="mm")


def _rows(d, x0, x1, y, rows, lab_px, val_px, line_gap, lab_col=(140, 140, 145), val_col=(25, 25, 28), sep=True,
          key="hei"):
    """Label left, value right-aligned; a long value wraps onto further right-aligned lines."""
    vf = _f(key, val_px)
    for lab, val in rows:
        d.text((x0, y), lab, font=_f(key, lab_px), fill=lab_col, anchor="la")
        maxw = (x1 - x0) * 0.68
        lines, cur = [], ""
        for ch in val:
            if cur and vf.getlength(cur + ch) > maxw:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        lines.append(cur)
        yy = y
        for ln in lines:
            d.text((x1, yy), ln, font=_f(key, val_px, ln), fill=val_col, anchor="ra")
            yy += int(val_px * 1.45)
        y = max(y + int(lab_px * 1.45), yy) + line_gap
        if sep:
            d.line([(x0, y - line_gap // 2), (x1, y - line_gap // 2)], fill=(235, 235, 238), width=2)
    return y


def permit_screen(doc, rng: random.Random) -> Image.Image:
    f = doc["fields"]
    im = Image.new("RGB", (W, H), (243, 244, 247))
    d = ImageDraw.Draw(im)
    top = rng.choice([(32, 110, 220), (20, 140, 170), (220, 60, 50)])
    d.rectangle([0, 0, W, 240], fill=top)
    _status(d, rng, dark=True)
    _title(d, rng.choice(["电子居住证", "居住证", "我的居住证"]), dark=True)
    # banner
    d.rounded_rectangle([40, 270, W - 40, 720], radius=36, fill=(255, 255, 255))
    grad = Image.new("RGB", (W - 80, 450), top)
    gd = ImageDraw.Draw(grad)
    for i in range(450):
        t = i / 450
        gd.line([(0, i), (W - 80, i)], fill=tuple(int(c * (1 - 0.25 * t) + 255 * 0.25 * t) for c in top))
    m = Image.new("L", grad.size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, grad.size[0] - 1, grad.size[1] - 1], radius=36, fill=255)
    im.paste(grad, (40, 270), m)
    d.text((90, 330), "上海市居住证", font=_f("hei", 38), fill=(235, 245, 255))
    d.text((90, 410), f["name"], font=_f("hei_b", rng.choice([84, 92, 100]), f["name"]), fill=(255, 255, 255))
    d.text((90, 560), "有效状态", font=_f("hei", 34), fill=(225, 240, 255))
    d.rounded_rectangle([250, 552, 370, 600], radius=20, fill=(255, 255, 255))
    d.text((310, 576), "有效", font=_f("hei_b", 30), fill=top, anchor="mm")
    # a QR-like block
    qx, qy, qs = 700, 330, 300
    d.rectangle([qx - 14, qy - 14, qx + qs + 14, qy + qs + 14], fill=(255, 255, 255))
    n = 29
    cell = qs / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            on = ((min(i % (n - 7) if i >= n - 7 else i, 6) in (0, 6) or (j if j < 7 else j - (n - 7)) in (0, 6))
                  if corner else rng.random() < 0.5)
            if on:
                d.rectangle([qx + j * cell, qy + i * cell, qx + (j + 1) * cell, qy + (i + 1) * cell], fill=(20, 20, 20))
    # info card
    d.rounded_rectangle([40, 760, W - 40, 2060], radius=30, fill=(255, 255, 255))
    d.text((80, 800), "证件信息", font=_f("hei_b", 44), fill=(20, 20, 20))
    vf, vu = dt.date.fromisoformat(f["valid_from"]), dt.date.fromisoformat(f["valid_until"])
    rows = [("姓名", f["name"]), ("证件号码", f["id_number"]),
            (rng.choice(["户籍地址", "常住户口所在地"]), f["hukou_address"]), ("居住地址", f["residence_address"]),
            (rng.choice(["签发日期", "签注日期"]), dt.date.fromisoformat(f["issue_date"]).strftime("%Y.%m.%d")),
            ("有效期限", f"{vf:%Y.%m.%d}至{vu:%Y.%m.%d}")]
    _rows(d, 80, W - 80, 900, rows, 40, 42, 44)
    d.rounded_rectangle([120, 2120, W - 120, 2230], radius=55, fill=top)
    d.text((W // 2, 2175), "出示证件", font=_f("hei_b", 46), fill=(255, 255, 255), anchor="mm")
    d.rounded_rectangle([W // 2 - 150, 2300, W // 2 + 150, 2312], radius=6, fill=(30, 30, 30))
    return im


def tax_screens(doc, rng: random.Random) -> list[Image.Image]:
    f, e = doc["fields"], doc["extra"]
    rows = sorted(tax_rows_display(doc, rng), key=lambda r: r["period"], reverse=True)
    red = (215, 50, 45)
    pages = []
    per_first, per_next = 5, 7
    chunks = [rows[:per_first]]
    rest = rows[per_first:]
    while rest:
        chunks.append(rest[:per_next])
        rest = rest[per_next:]
    for pi, chunk in enumerate(chunks):
        im = Image.new("RGB", (W, H), (245, 245, 247))
        d = ImageDraw.Draw(im)
        d.rectangle([0, 0, W, 220], fill=(255, 255, 255))
        _status(d, rng)
        _title(d, "收入纳税明细")
        y = 240
        if pi == 0:
            d.rounded_rectangle([30, y, W - 30, y + 330], radius=26, fill=(255, 255, 255))
            d.text((70, y + 40), "纳税人", font=_f("hei", 36), fill=(140, 140, 140))
            d.text((W - 70, y + 40), f["name"], font=_f("hei_b", 40, f["name"]), fill=(20, 20, 20), anchor="ra")
            d.text((70, y + 120), "证件号码", font=_f("hei", 36), fill=(140, 140, 140))
            d.text((W - 70, y + 120), f["id_number"], font=_f("hei", 40), fill=(20, 20, 20), anchor="ra")
            d.text((70, y + 200), "查询日期", font=_f("hei", 36), fill=(140, 140, 140))
            d.text((W - 70, y + 200), f["issue_date"], font=_f("hei", 40), fill=(20, 20, 20), anchor="ra")
            d.text((70, y + 270), f"所得期间 {e['period_from']} 至 {e['period_to']}", font=_f("hei", 32), fill=(120, 120, 120))
            y += 370
        for r in chunk:
            d.rounded_rectangle([30, y, W - 30, y + 300], radius=24, fill=(255, 255, 255))
            item = {"工资薪金所得": "工资薪金", "全年一次性奖金收入": "全年一次性奖金收入", "劳务报酬所得": "劳务报酬"}[r["item"]]
            d.text((70, y + 36), item, font=_f("hei_b", 42), fill=(20, 20, 20))
            d.text((W - 70, y + 40), r["period"], font=_f("hei", 38), fill=(90, 90, 90), anchor="ra")
            d.text((70, y + 110), "扣缴义务人", font=_f("hei", 34), fill=(140, 140, 140))
            ag = r["agent"]
            af = _f("hei", 36, ag)
            if af.getlength(ag) > 700:
                cut = len(ag) // 2 + 1
                d.text((W - 70, y + 108), ag[:cut], font=af, fill=(20, 20, 20), anchor="ra")
                d.text((W - 70, y + 156), ag[cut:], font=af, fill=(20, 20, 20), anchor="ra")
            else:
                d.text((W - 70, y + 108), ag, font=af, fill=(20, 20, 20), anchor="ra")
            d.text((70, y + 226), "已申报税额", font=_f("hei", 34), fill=(140, 140, 140))
            d.text((W - 70, y + 220), f"{r['amount']}元", font=_f("hei_b", 42), fill=red, anchor="ra")
            y += 330
            if y > H - 330:
                break
        d.rounded_rectangle([W // 2 - 150, 2300, W // 2 + 150, 2312], radius=6, fill=(30, 30, 30))
        pages.append(im)
    return pages
