"""Phone screenshots: 随申办 电子居住证, 个人所得税 App 收入纳税明细, 社保 app 缴费明细 (long screenshots too)."""
from .draw import Page, qr

W = 1080
GREY = (140, 144, 150)


def _status(p, rng, dark=False):
    ink = (255, 255, 255) if dark else (20, 20, 20)
    p.text((70, 40), f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", "sans_bold", 40, ink)
    x = W - 70
    p.rect([x - 80, 44, x, 82], outline=ink, width=3, radius=8)
    p.rect([x - 76, 48, x - 76 + rng.randint(20, 70), 78], outline=None, width=0, fill=ink, radius=5)
    for k in range(4):
        p.rect([x - 200 + k * 20, 78 - k * 10, x - 188 + k * 20, 82], outline=None, width=0, fill=ink)
    p.text((x - 280, 42), rng.choice(["5G", "4G", "WiFi"]), "sans_bold", 32, ink)


def _title(p, y, title, face, bg=(255, 255, 255), ink=(20, 20, 20)):
    p.rect([0, y, W, y + 130], outline=None, width=0, fill=bg)
    p.text((60, y + 65), "〈", face, 46, ink, anchor="lm")
    p.text((W / 2, y + 65), title, face, 48, ink, anchor="mm")
    p.text((W - 60, y + 65), "···", face, 46, ink, anchor="rm")
    return y + 130


def _kv_rows(p, y, rows, face, x0=90, x1=W - 90, size=40, label_w=300):
    for label, value in rows:
        p.text((x0, y), label, face, size, GREY)
        room = x1 - x0 - max(label_w, p.width(label, face, size) + 40)
        lines = p.wrap(value, face, size, room)
        for line in lines:
            p.text((x1, y), line, face, size, (25, 25, 25), anchor="ra")
            y += size * 1.45
        y += size * 0.9
        p.line((x0, y - size * 0.5), (x1, y - size * 0.5), (232, 232, 236), 2)
    return y


def e_permit(rng, f):
    face = rng.choice(["sans", "microhei", "zenhei"])
    p = Page(W, rng.choice([2340, 2400, 2280]), bg=(242, 244, 248))
    theme = rng.choice([(30, 110, 230), (20, 140, 200), (220, 70, 60)])
    p.rect([0, 0, W, 520], outline=None, width=0, fill=theme)
    _status(p, rng, dark=True)
    _title(p, 110, "电子居住证", face, bg=theme, ink=(255, 255, 255))
    p.rect([50, 280, W - 50, 760], outline=None, width=0, fill=(255, 255, 255), radius=36)
    p.text((110, 330), "上海市居住证", face, 40, theme)
    p.text((110, 400), f["name"], "sans_bold", 88, (20, 20, 20))
    p.img.paste(qr(rng, 260), (W - 380, 380))
    p.text((110, 560), rng.choice(["有效", "状态：有效", "居住证状态 正常"]), face, 36, (40, 160, 80))
    p.rect([50, 800, W - 50, 2060], outline=None, width=0, fill=(255, 255, 255), radius=36)
    a, b = f["valid_from"].replace("-", "."), f["valid_until"].replace("-", ".")
    rows = [("证件号码", f["id_number"]), (rng.choice(["户籍地址", "常住户口所在地住址"]), f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签发日期", f["issue_date"].replace("-", rng.choice([".", "-"])))]
    if rng.random() < 0.5:
        rows.append(("有效期限", f"{a}至{b}"))
    else:
        rows += [("有效期起", a), ("有效期止", b)]
    _kv_rows(p, 860, rows, face, label_w=rng.choice([280, 360]))
    p.text((W / 2, 2120), "出示时请勿截屏转发", face, 32, GREY, anchor="mt")
    return p.img


def _money(x):
    return f"{float(x):,.2f}"


def tax_list(rng, fields, rows, per_screen=None):
    """收入纳税明细: one card per row. Returns a list of screenshots (or one long screenshot)."""
    face = rng.choice(["sans", "microhei", "zenhei"])
    long_shot = per_screen is None
    chunks = [rows] if long_shot else [rows[i:i + per_screen] for i in range(0, len(rows), per_screen)]
    shots = []
    for ci, chunk in enumerate(chunks):
        h = max(2340, 900 + 330 * len(chunk)) if long_shot else 2340
        p = Page(W, h, bg=(244, 245, 247))
        _status(p, rng)
        y = _title(p, 110, "收入纳税明细", face)
        if ci == 0:
            p.rect([40, y + 20, W - 40, y + 300], outline=None, width=0, fill=(255, 255, 255), radius=28)
            p.text((80, y + 60), "纳税人姓名", face, 36, GREY)
            p.text((W - 80, y + 60), fields["name"], face, 40, anchor="ra")
            p.text((80, y + 140), "证件号码", face, 36, GREY)
            p.text((W - 80, y + 140), fields["id_number"], face, 40, anchor="ra")
            p.text((80, y + 220), "所得类型", face, 36, GREY)
            p.text((W - 80, y + 220), "全部", face, 40, anchor="ra")
            y += 330
        for r in chunk:
            p.rect([40, y, W - 40, y + 300], outline=None, width=0, fill=(255, 255, 255), radius=28)
            p.text((80, y + 40), r.get("item", "工资薪金"), face, 42, (20, 20, 20))
            p.text((W - 80, y + 40), r["period"], face, 40, (20, 20, 20), anchor="ra")
            p.text((80, y + 120), "扣缴义务人", face, 34, GREY)
            lines = p.wrap(r["withholding_agent"], face, 36, 600)
            for k, line in enumerate(lines):
                p.text((W - 80, y + 118 + 46 * k), line, face, 36, anchor="ra")
            yy = y + 118 + 46 * len(lines) + 14
            p.text((80, yy), f"收入 {_money(r.get('income', 0))}", face, 34, GREY)
            p.text((W - 80, yy), f"已申报税额 {_money(r['amount'])}", face, 36, (230, 90, 40), anchor="ra")
            y += 330
        shots.append(p.img.crop((0, 0, W, max(2340, int(y + 60)) if long_shot else 2340)))
    return shots


def si_list(rng, fields, rows, per_screen=None):
    face = rng.choice(["sans", "microhei", "zenhei"])
    long_shot = per_screen is None
    chunks = [rows] if long_shot else [rows[i:i + per_screen] for i in range(0, len(rows), per_screen)]
    shots = []
    for ci, chunk in enumerate(chunks):
        h = max(2340, 800 + 200 * len(chunk)) if long_shot else 2340
        p = Page(W, h, bg=(245, 246, 248))
        _status(p, rng)
        y = _title(p, 110, rng.choice(["养老保险缴费明细", "社保缴费记录", "个人缴费信息"]), face)
        if ci == 0:
            p.rect([40, y + 20, W - 40, y + 220], outline=None, width=0, fill=(235, 243, 255), radius=28)
            p.text((80, y + 50), fields["name"], "sans_bold", 52)
            p.text((80, y + 140), "证件号码", face, 34, GREY)
            p.text((W - 80, y + 140), fields["id_number"], face, 38, anchor="ra")
            y += 250
        for r in chunk:
            p.rect([40, y, W - 40, y + 180], outline=None, width=0, fill=(255, 255, 255), radius=22)
            p.text((80, y + 30), r["month"].replace("-", "年") + "月", face, 40)
            tag = "补缴" if r["back_payment"] else "正常"
            p.text((W - 80, y + 30), tag, face, 36, (220, 80, 60) if r["back_payment"] else (40, 160, 80), anchor="ra")
            p.fit((80, y + 100), r["employer"], face, 32, 600, GREY)
            p.text((W - 80, y + 100), f"基数 {r['base']}", face, 34, anchor="ra")
            y += 200
        shots.append(p.img.crop((0, 0, W, max(2340, int(y + 60)) if long_shot else 2340)))
    return shots
