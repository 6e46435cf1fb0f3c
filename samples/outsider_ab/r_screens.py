"""Phone screenshots (1080 px wide): 随申办 电子居住证, 个税 App 收入纳税明细."""
import datetime as dt

from PIL import Image, ImageDraw

from .draw import font, pick

D = dt.date.fromisoformat


def _base(rng, title, H=2340, W=1080, bg=(244, 245, 247), clock=None, batt=None):
    im = Image.new("RGB", (W, H), bg)
    d = ImageDraw.Draw(im)
    fk = "sans"
    d.rectangle([0, 0, W, 96], fill=(255, 255, 255))
    t = clock or f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}"
    d.text((60, 50), t, font=font("sans_b", 40), fill=(0, 0, 0), anchor="lm")
    # battery + signal
    d.rounded_rectangle([W - 130, 34, W - 70, 64], radius=6, outline=(0, 0, 0), width=3)
    d.rectangle([W - 126, 38, W - 126 + int(52 * (batt or rng.uniform(0.3, 0.95))), 60], fill=(0, 0, 0))
    for k in range(4):
        d.rectangle([W - 230 + k * 18, 62 - k * 8, W - 220 + k * 18, 64], fill=(0, 0, 0))
    d.rectangle([0, 96, W, 230], fill=(255, 255, 255))
    d.text((60, 163), "〈", font=font(fk, 52), fill=(30, 30, 30), anchor="lm")
    d.text((W / 2, 163), title, font=font("sans_b", 50), fill=(20, 20, 20), anchor="mm")
    d.text((W - 70, 163), "···", font=font(fk, 50), fill=(30, 30, 30), anchor="rm")
    d.line([0, 230, W, 230], fill=(225, 225, 225), width=2)
    return im, d


def _kv(d, y, label, value, W=1080, x0=60, x1=1020, size=42, maxw=600, lab_col=(140, 140, 145), fk="sans"):
    d.text((x0 + 30, y), label, font=font(fk, size), fill=lab_col, anchor="la")
    f = font(pick(fk, value), size)
    lines, cur = [], ""
    for ch in value:
        if f.getlength(cur + ch) > maxw and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    lines.append(cur)
    for i, ln in enumerate(lines):
        d.text((x1 - 30, y + i * (size + 16)), ln, font=f, fill=(25, 25, 25), anchor="ra")
    return y + len(lines) * (size + 16) + 44


def permit_screen(f, ctx, rng):
    im, d = _base(rng, "电子居住证")
    W = 1080
    # banner
    top, bot = 270, 700
    c0 = rng.choice([(32, 110, 210), (20, 140, 160), (60, 90, 200)])
    c1 = (min(255, c0[0] + 60), min(255, c0[1] + 70), min(255, c0[2] + 40))
    im2 = im.copy()
    # redraw banner clipped
    banner = Image.new("RGB", (W - 80, bot - top))
    bd = ImageDraw.Draw(banner)
    for y in range(bot - top):
        t = y / (bot - top)
        bd.line([0, y, W, y], fill=tuple(int(a * (1 - t) + b * t) for a, b in zip(c0, c1)))
    m = Image.new("L", banner.size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, banner.width - 1, banner.height - 1], radius=36, fill=255)
    im.paste(banner, (40, top), m)
    d.text((90, top + 70), "上海市居住证", font=font("sans", 40), fill=(235, 242, 255), anchor="lm")
    d.text((W - 300, top + 330), "随申办", font=font("smiley", 46), fill=(235, 242, 255), anchor="lm")
    d.text((90, top + 200), f["name"], font=font("sans_b", 96), fill=(255, 255, 255), anchor="lm")
    d.rounded_rectangle([W - 260, top + 45, W - 90, top + 100], radius=26, outline=(255, 255, 255), width=3)
    d.text((W - 175, top + 72), "有效", font=font("sans", 34), fill=(255, 255, 255), anchor="mm")
    d.text((90, top + 330), "证件状态：正常", font=font("sans", 36), fill=(225, 235, 255), anchor="lm")
    # card with rows
    y = 760
    rows = [("证件号码", f["id_number"])]
    hk_lab = rng.choice(["户籍地址", "常住户口所在地"])
    rows.append((hk_lab, f["hukou_address"] or ""))
    rows.append((rng.choice(["居住地址", "居住地住址"]), f["residence_address"]))
    rows.append((rng.choice(["签发日期", "签注日期"]), f["issue_date"].replace("-", ".")))
    if rng.random() < 0.5:
        rows.append(("有效期限", f"{f['valid_from'].replace('-', '.')}至{f['valid_until'].replace('-', '.')}"))
    else:
        rows.append(("有效期起", f["valid_from"].replace("-", ".")))
        rows.append(("有效期止", f["valid_until"].replace("-", ".")))
    rows.append(("签发机关", ctx["rp_office"]))
    # estimate height
    card_top = y
    tmp = y + 50
    for lab, val in rows:
        tmp = _kv(ImageDraw.Draw(im2), tmp, lab, val)
    d.rounded_rectangle([40, card_top, W - 40, tmp], radius=30, fill=(255, 255, 255))
    y = card_top + 50
    for lab, val in rows:
        y = _kv(d, y, lab, val)
    # bottom button
    d.rounded_rectangle([120, min(2150, y + 60), W - 120, min(2150, y + 60) + 120], radius=60, fill=c0)
    d.text((W / 2, min(2150, y + 60) + 60), "亮 证", font=font("sans_b", 48), fill=(255, 255, 255), anchor="mm")
    return im


def income_screens(doc, ctx, rng, when=None):
    """Returns a list of screenshots covering all rows (newest first)."""
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: r["period"], reverse=True)
    shots = []
    per_first, per = 3, 4
    chunks = [rows[:per_first]] + [rows[i:i + per] for i in range(per_first, len(rows), per)]
    iss = D(f["issue_date"])
    year = rows[0]["period"][:4] if rows else str(iss.year)
    tot_inc = 0.0
    incs = {}
    for r in rows:
        inc = round(float(r["amount"]) * rng.uniform(6, 14) + rng.uniform(5000, 9000), 2)
        incs[id(r)] = inc
        tot_inc += inc
    hh, mm = when or (rng.randint(8, 22), rng.randint(0, 58))
    batt = rng.uniform(0.35, 0.95)
    for ci, ch in enumerate(chunks):
        im, d = _base(rng, "收入纳税明细查询", clock=f"{hh}:{mm + (1 if ci > 1 else 0):02d}", batt=batt)
        W = 1080
        y = 260
        if ci == 0:
            d.rounded_rectangle([40, y, W - 40, y + 330], radius=30, fill=(255, 255, 255))
            d.text((90, y + 60), "纳税人", font=font("sans", 38), fill=(140, 140, 145), anchor="lm")
            d.text((W - 90, y + 60), f["name"], font=font("sans_b", 44), fill=(20, 20, 20), anchor="rm")
            d.text((90, y + 135), "证件号码", font=font("sans", 38), fill=(140, 140, 145), anchor="lm")
            d.text((W - 90, y + 135), f["id_number"], font=font("sans", 40), fill=(20, 20, 20), anchor="rm")
            d.text((90, y + 210), "所得年度", font=font("sans", 38), fill=(140, 140, 145), anchor="lm")
            d.text((W - 90, y + 210), f"{year}年  所得项目：全部", font=font("sans", 38), fill=(20, 20, 20), anchor="rm")
            d.text((90, y + 285), "查询时间", font=font("sans", 38), fill=(140, 140, 145), anchor="lm")
            d.text((W - 90, y + 285), f"{iss.isoformat()} {hh}:{max(0, mm - 2):02d}",
                   font=font("sans", 38), fill=(20, 20, 20), anchor="rm")
            y += 370
        else:
            y += 30
        for r in ch:
            h = 430
            d.rounded_rectangle([40, y, W - 40, y + h], radius=28, fill=(255, 255, 255))
            d.text((90, y + 60), r.get("_item", "工资薪金"), font=font("sans_b", 44), fill=(20, 20, 20), anchor="lm")
            d.text((W - 90, y + 60), f"所得期间 {r['period']}", font=font("sans", 38), fill=(90, 90, 95), anchor="rm")
            d.line([90, y + 110, W - 90, y + 110], fill=(235, 235, 235), width=2)
            yy = y + 140
            yy = _kv(d, yy, "扣缴义务人", r["withholding_agent"].replace("(", "（").replace(")", "）"), x0=60, x1=1020, size=38,
                     maxw=560) - 30
            yy = _kv(d, yy, "收入额", f"{incs[id(r)]:,.2f}元", size=38) - 30
            _kv(d, yy, "已申报税额", f"{float(r['amount']):,.2f}元", size=38)
            y += h + 30
        if ci == len(chunks) - 1:
            d.text((W / 2, y + 40), "—— 没有更多了 ——", font=font("sans", 34), fill=(160, 160, 160), anchor="mm")
        shots.append(im)
    return shots
