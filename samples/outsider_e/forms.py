"""Each form draws one document (or one page of it) as Page display lists in millimetres."""
import datetime as dt

from .render import HAND, SANS, SERIF, Page, emblem, guilloche, portrait, qr, seal, wrap_eff

CN = "〇一二三四五六七八九"


def D(s):
    return dt.date.fromisoformat(s)


def cn_num(n):
    if n < 10:
        return CN[n] if n else "〇"
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")


def fdate(s, style):
    d = D(s) if isinstance(s, str) else s
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d:%Y.%m.%d}"
    if style == "slash":
        return f"{d:%Y/%m/%d}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d:%Y}年{d:%m}月{d:%d}日"
    if style == "cnsp":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    if style == "num":
        return "".join(CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月" + cn_num(d.day) + "日"
    if style == "numym":
        return "".join(CN[int(c)] for c in str(d.year)) + "年" + cn_num(d.month) + "月"
    raise ValueError(style)


def watermark_ops(page, rng, text="仅供居住证积分使用，他用无效"):
    color = rng.choice(["#d04040", "#4060c0", "#808080", "#30a060"])
    size = page.w / 18
    # drawn as a rotated image so both renderers agree
    from PIL import Image, ImageDraw
    from .render import font
    px = 40
    fo = font(rng.choice(SANS), px)
    w = int(fo.getlength(text)) + 10
    im = Image.new("RGBA", (w, px + 16), (0, 0, 0, 0))
    a = rng.randint(70, 130)
    ImageDraw.Draw(im).text((5, 4), text, font=fo, fill=tuple(int(color[i:i + 2], 16) for i in (1, 3, 5)) + (a,))
    im = im.rotate(rng.choice([-35, -25, 25, 30, 0, 40]), expand=True, resample=Image.BICUBIC)
    n = rng.randint(2, 4)
    for i in range(n):
        ww = page.w * rng.uniform(0.6, 0.9)
        hh = ww * im.height / im.width
        page.image(rng.uniform(0, page.w - ww), (i + 0.3) * page.h / (n + 0.3) - hh / 3, ww, hh, im)
    return size


# ------------------------------------------------------------------ 居民身份证

def id_front(rng, f, extra):
    p = Page(85.6, 54, bg="#f4f6f1")
    p.image(0, 0, 85.6, 54, guilloche(856, 540, rng))
    lab, val = "#3b82b8", "#1a1a1a"
    lf = rng.choice(["hei", "wqy"])
    vf = rng.choice(["hei", "song", "wqy"])
    x0 = 6 + rng.uniform(-1, 1)
    vx = x0 + 10.5
    p.text(x0, 6, "姓 名", 2.6, lf, lab)
    p.text(vx, 5.6, f["name"], 3.6, vf, val)
    p.text(x0, 12.5, "性 别", 2.6, lf, lab)
    p.text(vx, 12.3, f["sex"], 2.9, vf, val)
    p.text(vx + 10, 12.5, "民 族", 2.6, lf, lab)
    p.text(vx + 20, 12.3, f["ethnicity"], 2.9, vf, val)
    b = D(f["birth_date"])
    p.text(x0, 18.5, "出 生", 2.6, lf, lab)
    p.text(vx, 18.3, str(b.year), 2.9, vf, val)
    p.text(vx + 8.6, 18.5, "年", 2.6, lf, lab)
    p.text(vx + 13.2, 18.3, str(b.month), 2.9, vf, val)
    p.text(vx + 17.5, 18.5, "月", 2.6, lf, lab)
    p.text(vx + 22, 18.3, str(b.day), 2.9, vf, val)
    p.text(vx + 26.5, 18.5, "日", 2.6, lf, lab)
    p.text(x0, 24.5, "住 址", 2.6, lf, lab)
    addr = extra.get("card_address", f["address"])
    per = rng.choice([11, 12])
    for i in range(0, len(addr), per):
        p.text(vx, 24.3 + (i // per) * 4.1, addr[i:i + per], 2.9, vf, val)
    p.text(x0, 42.5, "公民身份号码", 2.6, lf, lab)
    p.text(x0 + 20, 42.0, f["id_number"], 3.3, "ocrb", val, spacing=0.35)
    p.image(58, 8, 24, 30, portrait(240, 300, rng))
    p.rect(1, 1, 84.6, 53, outline="#c8d4dc", width=0.2, radius=3.2)
    return p


def id_back(rng, f, extra):
    p = Page(85.6, 54, bg="#f3f4ee")
    p.image(0, 0, 85.6, 54, guilloche(856, 540, rng, color=(200, 180, 150)))
    p.image(6, 5, 16, 16, emblem(160, rng))
    tf = rng.choice(["heib", "songb", "zen"])
    p.text(30, 7, "中华人民共和国", 4.4, tf, "#111111", spacing=0.8)
    p.text(28, 17, "居民身份证", 6.2, tf, "#111111", spacing=1.6)
    lf = rng.choice(["hei", "wqy"])
    p.text(16, 36, "签发机关", 2.6, lf, "#333333")
    p.text(30, 35.7, f["issuing_authority"], 2.9, rng.choice(["hei", "song"]), "#111111")
    p.text(16, 43, "有效期限", 2.6, lf, "#333333")
    until = "长期" if f["valid_until"] == "long_term" else fdate(f["valid_until"], "dot")
    p.text(30, 42.7, fdate(f["valid_from"], "dot") + "-" + until, 2.9, "hei", "#111111")
    p.rect(1, 1, 84.6, 53, outline="#c8d4dc", width=0.2, radius=3.2)
    return p


# ------------------------------------------------------------------ 上海市居住证

def permit_card(rng, f, extra):
    p = Page(85.6, 54, bg="#eef3fa")
    p.image(0, 0, 85.6, 54, guilloche(856, 540, rng, color=(120, 160, 220)))
    p.rect(0, 0, 85.6, 9, outline=None, fill="#2c5aa0")
    p.text(42.8, 2, "上海市居住证", 5.0, rng.choice(["heib", "songb"]), "#ffffff", "c", spacing=0.8)
    lf = rng.choice(SANS)
    rows = [("姓名", f["name"]), ("公民身份号码", f["id_number"]), ("居住地址", f["residence_address"])]
    y = 14
    for lab, v in rows:
        p.text(5, y, lab, 2.5, lf, "#555555")
        if lab == "居住地址":
            y = p.box_text(22, y - 0.2, 56, v, 2.7, "hei", "#111111", lead=1.35) - 2.7
        else:
            p.text(22, y - 0.2, v, 2.9 if lab == "姓名" else 2.7, "ocrb" if lab.startswith("公民") else "hei")
        y += 6.5
    p.text(5, 46, "签发机关", 2.3, lf, "#555555")
    p.text(22, 45.8, extra["permit_office"], 2.4, "hei")
    p.image(60, 13, 21, 27, portrait(210, 270, rng))
    p.rect(1, 1, 84.6, 53, outline="#9ab", width=0.2, radius=3.2)
    return p


def permit_card_back(rng, f, extra):
    p = Page(85.6, 54, bg="#f2f5f9")
    p.rect(8, 8, 20, 18, outline="#a08830", fill="#d9c26a", width=0.4, radius=1.5)
    p.text(42.8, 24, "签 注 信 息", 3.4, "heib", "#2c5aa0", "c")
    p.text(10, 33, "签注日期", 2.4, "hei", "#555555")
    p.text(26, 32.8, fdate(f["issue_date"], "dot"), 2.6, "hei")
    p.text(10, 39, "有效期至", 2.4, "hei", "#555555")
    p.text(26, 38.8, fdate(f["valid_until"], "dot"), 2.6, "hei")
    p.text(42.8, 47, "上海市公安局监制", 2.2, "song", "#777777", "c")
    return p


def permit_info(rng, f, extra, style):
    """A4 information print: style grid2, grid4, list_far, two_cell_dates."""
    p = Page(210, 297)
    tf, lf, vf = rng.choice(["heib", "songb", "zen"]), rng.choice(SANS + SERIF), rng.choice(SANS + SERIF)
    title = rng.choice(["上海市居住证信息", "居住证办理信息查询结果", "上海市居住证签注信息单", "居住证信息打印"])
    p.text(105, 22, title, 7, tf, "#111111", "c")
    p.text(20, 34, "打印日期：" + fdate(extra["print_date"], "cn0"), 3, lf, "#444444")
    validity_one = fdate(f["valid_from"], "dot") + "至" + fdate(f["valid_until"], "dot")
    rows = [("姓名", f["name"]), ("曾用名", ""), ("证件类型", "居民身份证"),
            ("公民身份号码" if rng.random() < 0.5 else "证件号码", f["id_number"]),
            ("性别", extra["sex"]),
            (rng.choice(["常住户口所在地住址", "户籍地址"]), f["hukou_address"]),
            ("居住地址", f["residence_address"]),
            (rng.choice(["签发日期", "签注日期"]), fdate(f["issue_date"], rng.choice(["dot", "cn0", "iso"])))]
    if style == "two_cell_dates":
        rows += [("有效期限起", fdate(f["valid_from"], "iso")), ("有效期限止", fdate(f["valid_until"], "iso"))]
    else:
        rows += [("有效期限", validity_one)]
    rows += [("受理点", extra["permit_office"] + "受理点"), ("备注", "")]
    y = 44
    sz = rng.choice([3.6, 3.9, 4.2])
    if style == "grid4":
        pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
        for pr in pairs:
            long_ = any(len(v) > 14 for _, v in pr)
            if long_:
                for lab, v in pr:
                    h = 9 + 5 * (len(v) > 30)
                    p.rect(15, y, 195, y + h)
                    p.line(55, y, 55, y + h)
                    p.text(17, y + 2.5, lab, sz * 0.9, lf)
                    p.box_text(57, y + 2.2, 193, v, sz, vf)
                    y += h
            else:
                h = 10
                p.rect(15, y, 195, y + h)
                for j, (lab, v) in enumerate(pr):
                    x = 15 + 90 * j
                    p.line(x + 35, y, x + 35, y + h)
                    if j:
                        p.line(x, y, x, y + h)
                    p.text(x + 2, y + 3, lab, sz * 0.9, lf)
                    p.text(x + 37, y + 3, v, sz, vf)
                y += h
    elif style == "list_far":
        for lab, v in rows:
            p.text(22, y, lab + "：", sz, lf, "#333333")
            if len(v) > 20:
                y = p.box_text(190 - 20 * sz, y, 190, v, sz, vf, "#111111", "r") - sz * 1.35
            else:
                p.text(190, y, v, sz, vf, "#111111", "r")
            y += sz * 2.4
            p.line(20, y - sz * 0.8, 192, y - sz * 0.8, 0.15, "#bbbbbb")
    else:  # grid2 / two_cell_dates
        for lab, v in rows:
            h = 9 if len(v) <= 24 else 14
            p.rect(20, y, 190, y + h)
            p.line(68, y, 68, y + h)
            p.text(22, y + 2.5, lab, sz * 0.9, lf)
            p.box_text(71, y + 2.3, 188, v, sz, vf)
            y += h
    p.image(120, y + 6, 42, 42, seal(extra["permit_office"], rng))
    p.text(125, y + 18, "（盖章）", 3.5, lf)
    return p


def epermit(rng, f, extra, masked=False):
    p = Page(108, 234, bg="#f3f4f6")
    sf = rng.choice(["hei", "wqy"])
    p.text(6, 2.5, extra.get("clock", "9:41"), 3.8, sf)
    p.text(100, 2.5, "5G 87%", 3.2, sf, "#111111", "r")
    p.text(54, 11, "电子居住证", 4.6, "heib", "#111111", "c")
    p.text(6, 11, "<", 5, sf)
    p.rect(5, 20, 103, 62, outline=None, fill=rng.choice(["#2f6fd6", "#1f8a70", "#3457a8"]), radius=4)
    p.text(10, 27, f["name"], 9, rng.choice(["heib", "zen", "smiley"]), "#ffffff")
    p.text(10, 41, "上海市居住证", 4.2, "hei", "#e8efff")
    p.text(10, 49, "有效期至 " + fdate(f["valid_until"], "iso"), 3.6, sf, "#e8efff")
    p.image(78, 34, 20, 20, qr(200, rng))
    p.rect(5, 68, 103, 200, outline=None, fill="#ffffff", radius=4)
    idn = f["id_number"] if not masked else extra["id_full"][:4] + "*" * 10 + extra["id_full"][-4:]
    rows = [("姓名", f["name"]), ("证件号码", idn), ("户籍地址", f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签发日期", fdate(f["issue_date"], "iso")),
            ("有效期限", fdate(f["valid_from"], "iso") + "至" + fdate(f["valid_until"], "iso")),
            ("发证机关", extra["permit_office"])]
    y = 74
    per = rng.choice([13, 14, 15])
    for lab, v in rows:
        p.text(10, y, lab, 3.9, sf, "#8a8f99")
        lines = wrap_eff(v, per)
        for k, ln in enumerate(lines):
            p.text(98, y + k * 5.6, ln, 3.9, sf, "#111111", "r")
        y += 5.6 * len(lines) + 6
        p.line(10, y - 3.5, 98, y - 3.5, 0.15, "#e3e3e3")
    p.rect(20, 210, 88, 222, outline=None, fill="#2f6fd6", radius=6)
    p.text(54, 213.5, "亮证", 4.4, "heib", "#ffffff", "c")
    return p


# ------------------------------------------------------------------ 户口簿

def hukou_cover(rng, f, extra, w=142, h=100):
    p = Page(w, h, bg=rng.choice(["#fbf8ee", "#fffdf5", "#f6f3ea"]))
    tf = rng.choice(["songb", "heib", "zen"])
    p.text(w / 2, 7, "常 住 人 口 登 记 簿", 5.2, tf, "#222222", "c")
    lf, vf = rng.choice(SERIF + SANS), rng.choice(HAND + SERIF + SANS)
    x0, x1 = 10, w - 10
    y = 18
    rh = 13
    p.rect(x0, y, x1, y + rh * 4)
    for k in range(1, 4):
        p.line(x0, y + rh * k, x1, y + rh * k)
    mid = (x0 + x1) / 2
    p.line(x0 + 22, y, x0 + 22, y + rh * 4)
    p.line(mid, y, mid, y + rh)
    p.line(mid + 22, y, mid + 22, y + rh)
    p.line(mid, y + rh * 3, mid, y + rh * 4)
    p.line(mid + 22, y + rh * 3, mid + 22, y + rh * 4)
    p.text(x0 + 3, y + 4.5, "户 别", 3.6, lf)
    p.text(x0 + 25, y + 4.3, f["household_type"], 4, vf)
    p.text(mid + 3, y + 4.5, "户主姓名", 3.6, lf)
    p.text(mid + 25, y + 4.3, f["head_name"], 4, vf)
    p.text(x0 + 3, y + rh + 4.5, "户 号", 3.6, lf)
    p.text(x0 + 25, y + rh + 4.3, f["household_number"], 4, vf)
    p.text(x0 + 3, y + rh * 2 + 4.5, "住 址", 3.6, lf)
    addr = f["address"]
    if len(addr) > 24:
        p.text(x0 + 25, y + rh * 2 + 1.6, addr[:24], 3.9, vf)
        p.text(x0 + 25, y + rh * 2 + 7, addr[24:], 3.9, vf)
    else:
        p.text(x0 + 25, y + rh * 2 + 4.3, addr, 3.9, vf)
    p.text(x0 + 2, y + rh * 3 + 2, "户口登记", 3.2, lf)
    p.text(x0 + 2, y + rh * 3 + 7, "机关盖章", 3.2, lf)
    p.text(mid + 2, y + rh * 3 + 2, "承办人", 3.2, lf)
    p.text(mid + 2, y + rh * 3 + 7, "签    章", 3.2, lf)
    p.text(mid + 30, y + rh * 3 + 4.3, extra["clerk"], 4, rng.choice(HAND))
    p.text(x1, y + rh * 4 + 5, "签发日期：" + fdate(f["issue_date"], rng.choice(["cn", "cn0"])), 3.6, lf, "#222222", "r")
    # the registration seal over the lower part, sometimes over the address
    sy = y + rh * (2.1 if rng.random() < 0.5 else 2.8)
    p.image(x0 + 22, sy, 38, 38, seal(extra["police_station"] + "户口专用章", rng))
    return p


MEMBER_CELLS = [("姓名", "name"), ("户主或与户主关系", "relation_to_head"), ("曾用名", None), ("性别", "sex"),
                ("出生地", "birthplace"), ("民族", "ethnicity"), ("籍贯", "native_place"),
                ("出生日期", "birth_date"), ("本市(县)其他住址", None), ("宗教信仰", None),
                ("公民身份证件编号", "id_number"), ("身高", None), ("血型", None), ("文化程度", "education"),
                ("婚姻状况", "marital_status"), ("兵役状况", None), ("服务处所", "employer"), ("职业", "_job"),
                ("何时由何地迁来本市(县)", None), ("何时由何地迁来本址", None), ("承办人签章", "_clerk"),
                ("登记日期", "registration_date")]


def hukou_member(rng, f, extra, w=142, h=100):
    p = Page(w, h, bg=rng.choice(["#fbf8ee", "#fffdf5", "#f6f3ea"]))
    p.text(w / 2, 5, "常住人口登记卡", 5, rng.choice(["songb", "heib"]), "#222222", "c")
    lf = rng.choice(SERIF + SANS)
    vf = rng.choice(HAND) if extra.get("hand") else rng.choice(SANS + SERIF)
    x0, x1 = 6, w - 6
    y0 = 14
    layout = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9], [10, 11], [12, 13], [14, 15], [16, 17], [18], [19], [20, 21]]
    rh = (h - y0 - 4) / len(layout)
    vals = dict(f)
    vals["birth_date"] = fdate(f["birth_date"], rng.choice(["cn", "cn0"]))
    vals["registration_date"] = fdate(f["registration_date"], rng.choice(["cn", "cn0"]))
    vals["_job"] = extra.get("job", "")
    vals["_clerk"] = extra["clerk"]
    for r, cells in enumerate(layout):
        y = y0 + r * rh
        p.line(x0, y, x1, y, 0.25)
        cw = (x1 - x0) / len(cells)
        for j, ci in enumerate(cells):
            lab, key = MEMBER_CELLS[ci]
            cx = x0 + j * cw
            lw = min(cw * 0.42, 3.0 * len(lab) * 0.9 + 2)
            p.line(cx + lw, y, cx + lw, y + rh, 0.2)
            if j:
                p.line(cx, y, cx, y + rh, 0.25)
            ls = min(3.0, (lw - 1.5) / max(1, len(lab)) * 1.05)
            if len(lab) * ls > lw:
                half = len(lab) // 2 + 1
                ls = min(3.0, (lw - 1) / half, rh / 2.5)
                p.text(cx + 0.8, y + 0.4, lab[:half], ls, lf)
                p.text(cx + 0.8, y + 0.4 + ls * 1.15, lab[half:], ls, lf)
            else:
                p.text(cx + 0.8, y + (rh - ls) / 2, lab, ls, lf)
            v = vals.get(key, "") if key else ""
            if v:
                eff = sum(1 if ord(ch) > 255 else 0.58 for ch in v)
                vs = min(3.6, (cw - lw - 2) / max(1, eff))
                p.text(cx + lw + 1.2, y + (rh - vs) / 2, v, vs, vf, "#1b1b3a" if extra.get("hand") else "#111111")
    p.rect(x0, y0, x1, y0 + len(layout) * rh, width=0.35)
    p.image(w * 0.55, h * 0.58, 36, 36, seal(extra["police_station"] + "户口专用章", rng))
    return p


def collective_cert(rng, f, extra):
    p = Page(210, 297)
    tf, bf = rng.choice(["songb", "heib"]), rng.choice(SERIF + ["hei", "kai"])
    p.text(105, 35, rng.choice(["户 籍 证 明", "集体户口户籍证明", "常住人口户籍证明"]), 8, tf, "#111111", "c")
    p.text(25, 55, "编号：" + extra["cert_no"], 3.6, bf)
    body = (f"兹证明{f['name']}，性别{extra['sex']}，{extra['ethnicity']}族，公民身份号码{f['id_number']}，"
            f"其常住户口登记在{f['address']}（集体户口），户口登记状态正常。")
    y = p.box_text(33, 72, 185, "　　" + body, 4.6, bf, lead=1.9)
    y = p.box_text(33, y + 6, 185, "　　特此证明。本证明仅用于办理上海市居住证积分申请，有效期三个月。", 4.6, bf, lead=1.9)
    p.text(180, y + 30, extra["police_station"], 4.6, bf, "#111111", "r")
    p.text(180, y + 42, fdate(f["issue_date"], rng.choice(["cn", "num", "cn0"])), 4.6, bf, "#111111", "r")
    p.image(130, y + 18, 46, 46, seal(extra["police_station"], rng))
    p.text(33, 270, "（此证明须加盖户口专用章方有效）", 3.4, bf, "#444444")
    return p
