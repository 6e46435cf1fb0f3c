"""Cards: 居民身份证 (both faces, A4 copy, 电子证照), 上海市居住证 (card, information page, 随申办 electronic licence)."""
from .page import Page, seal, qr_placeholder, portrait, guilloche
from .draw_tax import status_bar
from .cal import D


def _d(iso, sep="."):
    return iso.replace("-", sep)


def id_front(f, rng):
    p = Page(1012, 638, (246, 244, 236))
    guilloche(p, (0, 0, 1012, 638), rng, (215, 225, 232))
    lab, val = (80, 140, 190), (15, 15, 15)
    vf = rng.choice(["hei", "song", "zenhei"])
    p.text((70, 70), "姓  名", "hei", 26, lab)
    p.text((190, 66), f["name"], vf, 34, val)
    p.text((70, 140), "性  别", "hei", 26, lab)
    p.text((190, 136), f["sex"], vf, 32, val)
    p.text((300, 140), "民  族", "hei", 26, lab)
    p.text((410, 136), f["ethnicity"], vf, 32, val)
    b = D.fromisoformat(f["birth_date"])
    p.text((70, 210), "出  生", "hei", 26, lab)
    p.text((190, 206), f"{b.year}", vf, 32, val)
    p.text((290, 210), "年", "hei", 26, lab)
    p.text((340, 206), f"{b.month}", vf, 32, val)
    p.text((390, 210), "月", "hei", 26, lab)
    p.text((440, 206), f"{b.day}", vf, 32, val)
    p.text((490, 210), "日", "hei", 26, lab)
    p.text((70, 280), "住  址", "hei", 26, lab)
    p.para(190, 276, f["address"], vf, 30, 450, val, lh=1.45)
    p.text((70, 530), "公民身份号码", "hei", 26, lab)
    p.text((300, 524), f["id_number"], "ocrb", 40, val)
    portrait(p, (690, 80, 950, 410), rng, (240, 238, 230))
    return p


def id_back(f, rng):
    p = Page(1012, 638, (246, 244, 236))
    guilloche(p, (0, 0, 1012, 638), rng, (220, 215, 200))
    p.d.ellipse((60, 40, 200, 180), outline=(200, 40, 40), width=6)
    p.text((130, 110), "★", "dejavu", 60, (200, 40, 40), anchor="mm", record=False)
    p.text((600, 140), "中华人民共和国", "serifb", 50, (20, 20, 20), anchor="mm")
    p.text((600, 250), "居 民 身 份 证", "serifb", 62, (20, 20, 20), anchor="mm")
    p.text((190, 440), "签发机关", "hei", 26, (60, 60, 60))
    p.text((340, 436), f["issuing_authority"], "hei", 30)
    p.text((190, 520), "有效期限", "hei", 26, (60, 60, 60))
    vu = "长期" if f["valid_until"] == "long_term" else _d(f["valid_until"])
    p.text((340, 516), f"{_d(f['valid_from'])}-{vu}", "hei", 30)
    return p


def id_copy_a4(f, rng, stacked=True):
    a4 = Page(1240, 1754)
    fr, bk = id_front(f, rng), id_back(f, rng)
    w = 720
    fi, bi = fr.img.resize((w, int(w * 638 / 1012))), bk.img.resize((w, int(w * 638 / 1012)))
    pos = [(260, 200), (260, 760)] if stacked else [(60, 300), (640, 300)]
    if not stacked:
        fi, bi = fr.img.resize((560, 353)), bk.img.resize((560, 353))
    for (x, y), im, src in [(pos[0], fi, fr), (pos[1], bi, bk)]:
        a4.img.paste(im, (x, y))
        for it in src.items:
            bb = it["bbox"]
            a4.items.append({"text": it["text"], "bbox": [(x + bb[0] * im.width) / 1240, (y + bb[1] * im.height) / 1754,
                                                          (x + bb[2] * im.width) / 1240, (y + bb[3] * im.height) / 1754]})
    if rng.random() < 0.5:
        a4.text((300, 1500), rng.choice(["仅供居住证积分申请使用，他用无效", "此复印件与原件一致"]), "kai", 40, (40, 40, 160))
    return a4


def e_licence_id(f, rng, dark=False):
    bg, fg, grey = ((20, 20, 22), (235, 235, 235), (150, 150, 150)) if dark else ((246, 247, 250), (25, 25, 25), (120, 120, 125))
    p = Page(1080, 2340, bg)
    status_bar(p, rng, dark, "电子证照", fg)
    p.rect((40, 250, 1040, 560), fill=(196, 40, 40), outline=None, radius=30)
    p.text((90, 290), "居民身份证", "sansb", 44, (255, 255, 255))
    p.text((90, 370), f["name"], "sansb", 64, (255, 255, 255))
    p.text((90, 470), "随申办 · 电子证照", "sans", 30, (255, 225, 225))
    rows = [("姓名", f["name"]), ("性别", f["sex"]), ("民族", f["ethnicity"]), ("出生日期", f["birth_date"]),
            ("住址", f["address"]), ("公民身份号码", f["id_number"])]
    if "valid_until" in f:
        rows += [("签发机关", f["issuing_authority"]),
                 ("有效期限", f"{_d(f['valid_from'])}-{'长期' if f['valid_until'] == 'long_term' else _d(f['valid_until'])}")]
    y = 620
    p.rect((40, 600, 1040, 620 + 120 * len(rows) + 80), fill=(255, 255, 255) if not dark else (38, 38, 42), outline=None, radius=24)
    for k, v in rows:
        p.text((80, y + 20), k, "sans", 34, grey)
        lines = p.wrap(v, "sans", 34, 560)
        for i, ln in enumerate(lines):
            p.text((1000, y + 20 + 46 * i), ln, "sans", 34, fg, anchor="ra")
        y += max(120, 46 * len(lines) + 60)
    qr_placeholder(p, 390, y + 100, 300, rng, fg)
    p.text((540, y + 440), "出示二维码供核验（有效期60秒）", "sans", 30, grey, anchor="mm")
    return p


def permit_card(f, rng):
    p = Page(1012, 638, (230, 238, 248))
    guilloche(p, (0, 0, 1012, 638), rng, (190, 210, 235))
    p.text((506, 70), "上海市居住证", "serifb", 52, (20, 60, 130), anchor="mm")
    y = 150
    for k, v in [("姓名", f["name"]), ("公民身份号码", f["id_number"]), ("居住地址", f["residence_address"]),
                 ("有效期限", f"{_d(f['valid_from'])}-{_d(f['valid_until'])}")]:
        p.text((60, y), k, "hei", 26, (60, 80, 120))
        y = p.para(250, y - 2, v, "hei", 30, 480, lh=1.4) + 14
    p.text((60, 570), "发证机关  上海市公安局", "hei", 24, (60, 80, 120))
    portrait(p, (770, 140, 960, 380), rng, (220, 230, 245))
    p.rect((780, 420, 880, 500), outline=(180, 150, 60), fill=(215, 190, 110), radius=10)
    return p


def permit_info(f, rng):
    p = Page(1240, 1754)
    title = rng.choice(["上海市居住证信息", "居住证基本信息查询结果", "上海市居住证登记信息"])
    p.text((620, 150), title, "hei", 46, anchor="mm")
    style = rng.choice(["grid2", "grid4", "list"])
    vu = f"{_d(f['valid_from'])}至{_d(f['valid_until'])}"
    hk_label = rng.choice(["常住户口所在地住址", "户籍地址"])
    items = [("姓名", f["name"]), ("证件号码" if rng.random() < 0.5 else "公民身份号码", f["id_number"]),
             (hk_label, f["hukou_address"]), ("居住地住址" if rng.random() < 0.5 else "居住地址", f["residence_address"]),
             ("签发日期" if rng.random() < 0.6 else "签注日期", _d(f["issue_date"], "-"))]
    if rng.random() < 0.5:
        items.append(("有效期限", vu))
    else:
        items += [("有效期起", _d(f["valid_from"], "-")), ("有效期止", _d(f["valid_until"], "-"))]
    y = 260
    vfont = rng.choice(["song", "hei", "uming"])
    if style == "list":
        for k, v in items:
            p.text((140, y), f"{k}：", "hei", 30)
            y = p.para(480, y, v, vfont, 30, 640) + 28
    elif style == "grid2":
        for k, v in items:
            lines = p.wrap(v, vfont, 28, 680)
            h = max(80, 44 * len(lines) + 36)
            p.rect((100, y, 1140, y + h), width=2)
            p.line((420, y), (420, y + h), width=2)
            p.text((120, y + h / 2), k, "hei", 28, anchor="lm")
            for i, ln in enumerate(lines):
                p.text((440, y + 18 + 44 * i), ln, vfont, 28)
            y += h
    else:
        pairs = [items[i:i + 2] for i in range(0, len(items), 2)]
        for pr in pairs:
            long_ = any(len(v) > 14 for _, v in pr)
            if long_:
                for k, v in pr:
                    lines = p.wrap(v, vfont, 26, 760)
                    h = max(76, 40 * len(lines) + 34)
                    p.rect((100, y, 1140, y + h), width=2)
                    p.line((340, y), (340, y + h), width=2)
                    p.text((115, y + h / 2), k, "hei", 24, anchor="lm")
                    for i, ln in enumerate(lines):
                        p.text((360, y + 17 + 40 * i), ln, vfont, 26)
                    y += h
            else:
                p.rect((100, y, 1140, y + 80), width=2)
                for j, (k, v) in enumerate(pr):
                    x = 100 + 520 * j
                    p.line((x + 200, y), (x + 200, y + 80), width=2)
                    p.line((x, y), (x, y + 80), width=2)
                    p.text((x + 12, y + 40), k, "hei", 24, anchor="lm")
                    p.text((x + 215, y + 40), v, vfont, 26, anchor="lm")
                y += 80
    p.text((140, y + 80), "（本页信息由上海市实有人口服务和管理信息系统生成）", "song", 24, (90, 90, 90))
    seal(p, 900, y + 220, 130, "上海市公安局人口管理办公室", "居住证专用章")
    return p, style


def permit_e(f, rng, dark=False):
    bg, fg, grey = ((18, 18, 20), (235, 235, 235), (150, 150, 150)) if dark else ((245, 246, 249), (25, 25, 25), (125, 125, 130))
    p = Page(1080, 2340, bg)
    status_bar(p, rng, dark, "上海市居住证", fg)
    p.rect((40, 250, 1040, 580), fill=(30, 95, 200), outline=None, radius=30)
    p.text((90, 290), "电子居住证", "sansb", 40, (255, 255, 255))
    p.text((90, 360), f["name"], "sansb", 70, (255, 255, 255))
    p.text((90, 480), f"有效期至 {f['valid_until']}", "sans", 32, (220, 232, 255))
    rows = [("姓名", f["name"]), ("公民身份号码", f["id_number"]), ("户籍地址", f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签发日期", f["issue_date"]),
            ("有效期限", f"{_d(f['valid_from'])}-{_d(f['valid_until'])}")]
    y = 640
    p.rect((40, 620, 1040, 640 + 130 * len(rows) + 120), fill=(255, 255, 255) if not dark else (36, 36, 40), outline=None, radius=24)
    for k, v in rows:
        p.text((80, y + 20), k, "sans", 34, grey)
        lines = p.wrap(v, "sans", 34, 560)
        for i, ln in enumerate(lines):
            p.text((1000, y + 20 + 46 * i), ln, "sans", 34, fg, anchor="ra")
        y += max(120, 46 * len(lines) + 60)
    qr_placeholder(p, 390, y + 140, 300, rng, fg)
    return p
