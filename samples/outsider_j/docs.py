"""Document renderers: each returns a list of page images (PIL RGB)."""
import datetime as dt
from PIL import Image, ImageDraw
from .draw import F, text, hand, wrap, para, seal, stamp, guilloche, watermark, photo_box, qr
from .people import cn_num_date

A4 = (1654, 2339)
CARD = (1012, 638)
WM = "仅供居住证积分使用，他用无效"


def D(s):
    return dt.date.fromisoformat(s)


def zh(d):
    return f"{d.year}年{d.month}月{d.day}日"


def paper(size=A4, tint=None):
    return Image.new("RGB", size, tint or (255, 255, 255))


# ---------------------------------------------------------------- ID card
def id_front(rng, st, f):
    im = paper(CARD, (246, 244, 236))
    guilloche(im, rng)
    dr = ImageDraw.Draw(im)
    lab = (80, 140, 200)
    fam = rng.choice(["hei", "sans", "zen"])
    s = 34
    x0, xv = 70, 175
    text(dr, (x0, 70), "姓  名", fam, s - 4, lab)
    text(dr, (xv, 66), f["name"], "hei", s + 4)
    text(dr, (x0, 145), "性  别", fam, s - 4, lab)
    text(dr, (xv, 141), f["sex"], "hei", s)
    text(dr, (xv + 120, 145), "民  族", fam, s - 4, lab)
    text(dr, (xv + 240, 141), f["ethnicity"], "hei", s)
    b = D(f["birth_date"])
    text(dr, (x0, 220), "出  生", fam, s - 4, lab)
    x = text(dr, (xv, 216), f"{b.year}", "hei", s)
    x = text(dr, (x + 10, 220), "年", fam, s - 4, lab)
    x = text(dr, (x + 14, 216), f"{b.month}", "hei", s)
    x = text(dr, (x + 10, 220), "月", fam, s - 4, lab)
    x = text(dr, (x + 14, 216), f"{b.day}", "hei", s)
    text(dr, (x + 10, 220), "日", fam, s - 4, lab)
    text(dr, (x0, 295), "住  址", fam, s - 4, lab)
    y = 291
    for ln in wrap(f["address"], F("hei", s), 480):
        text(dr, (xv, y), ln, "hei", s)
        y += 48
    text(dr, (x0, 520), "公民身份号码", fam, s - 4, lab)
    text(dr, (330, 514), f["id_number"], "mono", s + 6, spacing=4)
    photo_box(im, (700, 90, 940, 400), rng)
    return im


def id_back(rng, st, f):
    im = paper(CARD, (244, 246, 240))
    guilloche(im, rng, ((190, 210, 225), (230, 215, 190)))
    dr = ImageDraw.Draw(im)
    dr.ellipse([70, 60, 250, 240], fill=(205, 40, 40))
    dr.ellipse([110, 100, 210, 200], outline=(240, 200, 60), width=8)
    text(dr, (620, 110), "中华人民共和国", "serifb", 54, (30, 30, 30), anchor="mm")
    text(dr, (620, 215), "居 民 身 份 证", "serifb", 70, (30, 30, 30), anchor="mm")
    lab = (80, 140, 200)
    text(dr, (170, 430), "签发机关", "hei", 30, lab)
    text(dr, (330, 426), f["issuing_authority"], "hei", 32)
    text(dr, (170, 510), "有效期限", "hei", 30, lab)
    vf = D(f["valid_from"])
    vu = "长期" if f["valid_until"] == "long_term" else D(f["valid_until"]).strftime("%Y.%m.%d")
    text(dr, (330, 506), f"{vf:%Y.%m.%d}-{vu}", "hei", 32)
    return im


# ---------------------------------------------------------------- residence permit
def permit_card_front(rng, st, f):
    im = paper(CARD, (236, 243, 250))
    guilloche(im, rng, ((170, 200, 235), (200, 220, 240)))
    dr = ImageDraw.Draw(im)
    text(dr, (506, 60), "上海市居住证", "serifb", 58, (20, 60, 140), anchor="mm")
    lab = (60, 90, 150)
    y = 130
    text(dr, (60, y + 10), "姓名", "hei", 28, lab)
    text(dr, (170, y + 6), f["name"], "hei", 34)
    text(dr, (60, y + 75), "公民身份号码", "hei", 26, lab)
    text(dr, (250, y + 72), f["id_number"], "mono", 32, spacing=3)
    text(dr, (60, y + 140), "居住地址", "hei", 28, lab)
    yy = y + 136
    for ln in wrap(f["residence_address"], F("hei", 30), 470):
        text(dr, (190, yy), ln, "hei", 30)
        yy += 42
    text(dr, (60, 450), "签发机关", "hei", 26, lab)
    text(dr, (190, 447), f.get("_office", "上海市公安局"), "hei", 28)
    text(dr, (60, 510), "有效期限", "hei", 26, lab)
    text(dr, (190, 507), f"{D(f['valid_from']):%Y.%m.%d}-{D(f['valid_until']):%Y.%m.%d}", "hei", 28)
    photo_box(im, (730, 130, 940, 400), rng)
    return im


def permit_card_back(rng, st, f):
    im = paper(CARD, (240, 245, 250))
    dr = ImageDraw.Draw(im)
    dr.rounded_rectangle([90, 200, 230, 310], 14, fill=(214, 180, 90), outline=(150, 120, 50), width=3)
    for k in range(1, 4):
        dr.line([(90, 200 + 27 * k), (230, 200 + 27 * k)], fill=(150, 120, 50), width=2)
    text(dr, (300, 90), "签注记录", "sansb", 34, (30, 50, 110))
    vf, vu = D(f["valid_from"]), D(f["valid_until"])
    text(dr, (300, 170), f"签注有效期 {vf:%Y.%m.%d}-{vu:%Y.%m.%d}", "hei", 28)
    text(dr, (300, 230), "持卡人须按规定办理签注手续", "hei", 24, (90, 90, 90))
    text(dr, (300, 540), "上海市人口管理办公室 监制", "hei", 22, (110, 110, 110))
    return im


def permit_info(rng, st, f, watermarked=False, boxes=None):
    boxes = boxes if boxes is not None else {}
    im = paper()
    dr = ImageDraw.Draw(im)
    W, H = A4
    title = rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理情况"])
    text(dr, (W / 2, 200), title, st.head, int(64 * st.k), anchor="mm")
    s = int(38 * st.k)
    vf, vu = D(f["valid_from"]), D(f["valid_until"])
    sep = rng.choice(["至", "-", "—"])
    validity = f"{vf:%Y.%m.%d}{sep}{vu:%Y.%m.%d}"
    rows = [("姓名", f["name"]),
            (rng.choice(["证件号码", "公民身份号码"]), f["id_number"]),
            (rng.choice(["户籍地址", "常住户口所在地住址"]), f["hukou_address"]),
            ("居住地址", f["residence_address"]),
            (rng.choice(["签发日期", "签注日期"]), D(f["issue_date"]).strftime(rng.choice(["%Y-%m-%d", "%Y.%m.%d", "%Y年%m月%d日"]))),
            ]
    split = rng.random() < 0.4
    if split:
        rows += [("有效期起", f"{vf:%Y.%m.%d}"), ("有效期止", f"{vu:%Y.%m.%d}")]
    else:
        rows += [("有效期限", validity)]
    if rng.random() < 0.5:
        rows.insert(rng.randint(2, len(rows)), ("备注", ""))
    lay = rng.choice(["grid2", "list", "grid2", "listfar"])
    y = 360
    if lay == "grid2":
        x0, x1, x2 = 150, 560, W - 150
        for k, v in rows:
            lines = wrap(v, F(st.body, s), x2 - x1 - 40) or [""]
            h = max(110, 30 + len(lines) * s * 1.45)
            dr.rectangle([x0, y, x2, y + h], outline=(40, 40, 40), width=3)
            dr.line([(x1, y), (x1, y + h)], fill=(40, 40, 40), width=3)
            dr.rectangle([x0 + 2, y + 2, x1 - 2, y + h - 2], fill=(242, 242, 242))
            text(dr, (x0 + 30, y + h / 2), k, st.sans, s, anchor="lm")
            yy = y + (h - len(lines) * s * 1.45) / 2 + 4
            if k in ("户籍地址", "常住户口所在地住址"):
                boxes["hukou"] = (x1 + 5, y + 5, x2 - 5, y + h - 5)
            for ln in lines:
                text(dr, (x1 + 25, yy), ln, st.body, s)
                yy += s * 1.45
            y += h
    else:
        x0 = 160
        for k, v in rows:
            text(dr, (x0, y), k + "：", st.sans, s, (70, 70, 70))
            if k in ("户籍地址", "常住户口所在地住址"):
                nl = len(wrap(v, F(st.body, s), 700 if lay == "listfar" else W - 600))
                boxes["hukou"] = (x0 + 300 if lay != "listfar" else W - 900, y - 15, W - 120, y + nl * s * 1.5 + 10)
            if lay == "listfar":
                lines = wrap(v, F(st.body, s), 700) or [""]
                for ln in lines:
                    text(dr, (W - 160, y), ln, st.body, s, anchor="ra")
                    y += s * 1.5
                y += s * 0.9
            else:
                lines = wrap(v, F(st.body, s), W - 600) or [""]
                for ln in lines:
                    text(dr, (x0 + 330, y), ln, st.body, s)
                    y += s * 1.5
                y += s * 0.9
    text(dr, (W - 180, H - 300), f"打印日期：{f.get('_printed', f['issue_date'])}", st.body, 30, anchor="ra")
    if rng.random() < 0.6:
        stamp(im, seal(380, "上海市公安局" + rng.choice(["浦东分局", "闵行分局", "徐汇分局", "嘉定分局"]) + "居住证业务专用章", rng=rng), (W - 620, H - 560), 0.75)
    if watermarked:
        im = watermark(im, WM, rng)
    return im


def statusbar(dr, W, rng, dark=False):
    c = (255, 255, 255) if dark else (20, 20, 20)
    text(dr, (60, 30), f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", "sansb", 40, c)
    text(dr, (W - 60, 30), f"{rng.randint(20, 99)}%", "sans", 36, c, anchor="ra")
    dr.rectangle([W - 230, 42, W - 170, 72], outline=c, width=3)


def permit_app(rng, st, f):
    W, H = 1080, rng.choice([2340, 2400, 2412])
    im = paper((W, H), (244, 245, 247))
    dr = ImageDraw.Draw(im)
    col = rng.choice([(28, 110, 230), (0, 150, 136), (220, 70, 60)])
    dr.rectangle([0, 0, W, 300], fill=col)
    statusbar(dr, W, rng, True)
    text(dr, (W / 2, 180), "电子居住证", "sansb", 50, (255, 255, 255), anchor="mm")
    text(dr, (60, 180), "‹", "sans", 70, (255, 255, 255), anchor="lm")
    dr.rounded_rectangle([40, 330, W - 40, 700], 36, fill=col)
    text(dr, (100, 420), f["name"], "sansb", 80, (255, 255, 255))
    text(dr, (100, 560), "上海市居住证", "sans", 40, (230, 240, 255))
    photo_box(im, (W - 300, 380, W - 100, 640), rng)
    dr.rounded_rectangle([40, 740, W - 40, H - 260], 36, fill=(255, 255, 255))
    rows = [("证件号码", f["id_number"]), ("户籍地址", f["hukou_address"]), ("居住地址", f["residence_address"]),
            ("签发日期", D(f["issue_date"]).strftime("%Y-%m-%d")),
            ("有效期限", f"{D(f['valid_from']):%Y.%m.%d}至{D(f['valid_until']):%Y.%m.%d}"), ("签发机关", f.get("_office", "上海市公安局"))]
    y = 800
    for k, v in rows:
        text(dr, (90, y), k, "sans", 40, (140, 140, 140))
        lines = wrap(v, F("sans", 42), 560)
        for ln in lines:
            text(dr, (W - 90, y), ln, "sans", 42, (20, 20, 20), anchor="ra")
            y += 62
        y += 40
        dr.line([(90, y - 22), (W - 90, y - 22)], fill=(235, 235, 235), width=2)
    text(dr, (W / 2, H - 180), "本电子证照与实体证件具有同等效力", "sans", 32, (150, 150, 150), anchor="mm")
    return im


# ---------------------------------------------------------------- household register
def _cell(dr, box, w=3):
    dr.rectangle(box, outline=(120, 60, 50), width=w)


def _val(im, dr, xy, s, st, size, handfill, rng, anchor="la"):
    if handfill:
        return hand(im, xy, s, st.hand, size, rng)
    return text(dr, xy, s, st.body, size, anchor=anchor)


def hk_cover(rng, st, f, handfill=False, seal_over=True, size=(1240, 1700)):
    im = paper(size, (250, 245, 235))
    dr = ImageDraw.Draw(im)
    W, H = size
    text(dr, (W / 2, 140), "常住人口登记簿" if rng.random() < 0.3 else "户  口  簿", "serifb", 70, (120, 50, 40), anchor="mm")
    text(dr, (W / 2, 240), "户主页", "serif", 40, (120, 50, 40), anchor="mm")
    x0, x1, x2, x3, xe = 80, 260, 620, 800, W - 80
    y = 330
    lab = (120, 50, 40)
    s = 38
    _cell(dr, [x0, y, xe, y + 120]); dr.line([(x1, y), (x1, y + 120)], fill=lab, width=3)
    dr.line([(x2, y), (x2, y + 120)], fill=lab, width=3); dr.line([(x3, y), (x3, y + 120)], fill=lab, width=3)
    text(dr, (x0 + 30, y + 40), "户  别", "song", 36, lab)
    _val(im, dr, (x1 + 30, y + 35), f["household_type"], st, s, handfill, rng)
    text(dr, (x2 + 20, y + 40), "户主姓名", "song", 36, lab)
    _val(im, dr, (x3 + 30, y + 35), f["head_name"], st, s, handfill, rng)
    y += 120
    _cell(dr, [x0, y, xe, y + 120]); dr.line([(x1, y), (x1, y + 120)], fill=lab, width=3)
    text(dr, (x0 + 30, y + 40), "户  号", "song", 36, lab)
    _val(im, dr, (x1 + 30, y + 35), f["household_number"], st, s, handfill, rng)
    y += 120
    _cell(dr, [x0, y, xe, y + 200]); dr.line([(x1, y), (x1, y + 200)], fill=lab, width=3)
    text(dr, (x0 + 30, y + 80), "住  址", "song", 36, lab)
    lines = wrap(f["address"], F(st.hand if handfill else st.body, s), xe - x1 - 60)
    yy = y + 100 - len(lines) * 28
    for ln in lines:
        _val(im, dr, (x1 + 30, yy), ln, st, s, handfill, rng)
        yy += 56
    addr_box = (x1 + 30, y + 20)
    y += 200
    _cell(dr, [x0, y, xe, y + 420]); dr.line([(W / 2, y), (W / 2, y + 420)], fill=lab, width=3)
    text(dr, (x0 + 30, y + 30), "户口登记机关", "song", 32, lab)
    text(dr, (x0 + 30, y + 75), "和户口专用章", "song", 32, lab)
    text(dr, (W / 2 + 30, y + 30), "承办人签章", "song", 32, lab)
    hand(im, (W / 2 + 120, y + 140), f.get("_clerk", "李华"), st.hand, 44, rng, (30, 30, 30))
    y += 420
    _cell(dr, [x0, y, xe, y + 110])
    text(dr, (x0 + 30, y + 38), "签发日期", "song", 36, lab)
    isd = D(f["issue_date"])
    if handfill:
        hand(im, (x1 + 80, y + 30), f"{isd.year}年{isd.month}月{isd.day}日", st.hand, 38, rng)
    else:
        text(dr, (x1 + 80, y + 33), f"{isd.year} 年 {isd.month:02d} 月 {isd.day:02d} 日", st.body, 38)
    sl = seal(430, f.get("_police", "上海市公安局") + "户口专用章", rng=rng)
    pos = (addr_box[0] + rng.randint(60, 300), addr_box[1] - 120) if seal_over else (x0 + 60, y - 400)
    stamp(im, sl, pos, rng.uniform(0.55, 0.75))
    return im


MEMBER_KEYS = [("姓名", "name"), ("户主或与户主关系", "relation_to_head"), ("曾用名", None), ("性别", "sex"),
               ("出生地", "birthplace"), ("民族", "ethnicity"), ("籍贯", "native_place"), ("出生日期", "birth_date"),
               ("本市（县）其他住址", None), ("宗教信仰", None), ("公民身份证件编号", "id_number"), ("身高", None),
               ("血型", None), ("文化程度", "education"), ("婚姻状况", "marital_status"), ("兵役状况", None),
               ("服务处所", "employer"), ("职业", None), ("何时由何地迁来本市（县）", None), ("何时由何地迁来本址", None),
               ("承办人签章", None), ("登记日期", "registration_date")]


def hk_member(rng, st, f, handfill=False, size=(1240, 1700)):
    im = paper(size, (250, 246, 236))
    dr = ImageDraw.Draw(im)
    W, H = size
    lab = (120, 50, 40)
    text(dr, (W / 2, 110), "常住人口登记卡", "serifb", 62, lab, anchor="mm")
    x0, xe = 60, W - 60
    pairs = [MEMBER_KEYS[i:i + 2] for i in range(0, 22, 2)]
    y = 190
    rh = 128
    for pr in pairs:
        wide = any(k in ("公民身份证件编号", "服务处所", "何时由何地迁来本市（县）", "何时由何地迁来本址", "本市（县）其他住址") for k, _ in pr)
        cols = [(x0, W / 2), (W / 2, xe)]
        for (k, key), (cx0, cx1) in zip(pr, cols):
            _cell(dr, [cx0, y, cx1, y + rh], 2)
            lw = 190 if len(k) <= 5 else 250
            dr.line([(cx0 + lw, y), (cx0 + lw, y + rh)], fill=lab, width=2)
            ls = 26 if len(k) <= 6 else 20
            for i, ln in enumerate(wrap(k, F("song", ls), lw - 20)):
                text(dr, (cx0 + 12, y + 22 + i * (ls + 6)), ln, "song", ls, lab)
            v = ""
            if key and f.get(key):
                v = f[key]
                if key == "birth_date":
                    b = D(v)
                    v = f"{b.year}年{b.month}月{b.day}日" if handfill else f"{b:%Y.%m.%d}"
                if key == "registration_date":
                    b = D(v)
                    v = f"{b.year}年{b.month}月{b.day}日"
            elif k == "血型":
                v = rng.choice(["A型", "B型", "O型", ""])
            elif k == "身高":
                v = f"{rng.randint(155, 185)}厘米" if rng.random() < 0.5 else ""
            if v:
                fs = 30 if len(v) < 12 else 24
                lines = wrap(v, F(st.body, fs), cx1 - cx0 - lw - 20)
                for i, ln in enumerate(lines):
                    _val(im, dr, (cx0 + lw + 12, y + rh / 2 - len(lines) * fs * 0.65 + i * fs * 1.3), ln, st, fs, handfill, rng)
        y += rh
    sl = seal(380, f.get("_police", "上海市公安局") + "户口专用章", rng=rng)
    stamp(im, sl, (W / 2 + rng.randint(-60, 120), y - 420), rng.uniform(0.55, 0.75))
    return im


def collective_cert(rng, st, f):
    im = paper()
    dr = ImageDraw.Draw(im)
    W, H = A4
    text(dr, (W / 2, 260), "户 籍 证 明", st.head, 80, anchor="mm")
    body = (f"兹证明{f['name']}（公民身份号码：{f['id_number']}），系我所辖区集体户口人员，"
            f"户籍地址：{f['address']}。")
    y = para(dr, 180, 460, body, st.body, 44, W - 360, st.lead)
    y = para(dr, 180, y + 20, "特此证明。", st.body, 44, W - 360, st.lead)
    para(dr, 180, y + 20, "（本证明仅用于办理居住证积分等相关事宜，有效期三个月）", st.body, 34, W - 360, st.lead, fill=(90, 90, 90))
    isd = D(f["issue_date"])
    text(dr, (W - 260, 1500), f["_office"], st.body, 44, anchor="ra")
    text(dr, (W - 260, 1590), zh(isd), st.body, 44, anchor="ra")
    stamp(im, seal(440, f["_office"] + "户籍专用章", rng=rng), (W - 800, 1330), 0.75)
    return im


# ---------------------------------------------------------------- labour contract
RUNNING = ["甲方应当依法为乙方缴纳社会保险费，乙方应当缴纳的部分由甲方从乙方工资中代扣代缴。",
           "乙方应当遵守甲方依法制定的规章制度，服从甲方合理的工作安排。",
           "甲方应当按照国家和本市的有关规定，为乙方提供符合劳动安全卫生条件的工作场所。",
           "乙方的财产及个人信息受法律保护，甲方不得非法收集、使用乙方的个人信息。",
           "甲方根据生产经营需要，经与乙方协商一致，可以变更乙方的工作岗位和工作地点。",
           "甲方每月以货币形式支付乙方工资，不得低于本市最低工资标准，并于每月十五日前发放。",
           "乙方提前三十日以书面形式通知甲方，可以解除本合同；在试用期内提前三日通知甲方，可以解除本合同。",
           "甲方安排乙方执行标准工时制度，乙方每日工作时间不超过八小时，每周不超过四十小时。",
           "因履行本合同发生争议，双方可以协商解决，也可以向甲方所在地的劳动人事争议仲裁委员会申请仲裁。",
           "本合同未尽事宜，按国家和本市有关规定执行；本合同一式两份，甲乙双方各执一份，具有同等效力。"]


def _ul(im, dr, x, y, label, value, st, s, rng, w=520, handfill=False):
    x = text(dr, (x, y), label, st.body, s)
    dr.line([(x + 5, y + s * 1.15), (x + w, y + s * 1.15)], fill=(30, 30, 30), width=2)
    if handfill:
        hand(im, (x + 20, y - 4), value, st.hand, s, rng)
    else:
        text(dr, (x + 20, y - 2), value, st.body, s)
    return x + w


def _dates(d):
    return f"{d.year} 年 {d.month} 月 {d.day} 日"


def contract_model(rng, st, f, handfill=None):
    if handfill is None:
        handfill = rng.random() < 0.5
    W, H = A4
    pages = []
    s = int(38 * st.k)
    # page 1: parties and term
    im = paper(); dr = ImageDraw.Draw(im)
    text(dr, (W / 2, 200), "上海市劳动合同", st.head, 76, anchor="mm")
    text(dr, (W / 2, 300), "（示范文本）", st.body, 40, anchor="mm")
    y = 430
    _ul(im, dr, 150, y, "甲方（用人单位）名称：", f["employer"], st, s, rng, 860, handfill); y += s * 2.3
    _ul(im, dr, 150, y, "法定代表人（主要负责人）：", f["_rep"], st, s, rng, 500, handfill); y += s * 2.3
    _ul(im, dr, 150, y, "乙方（劳动者）姓名：", f["employee_name"], st, s, rng, 420, handfill); y += s * 2.3
    _ul(im, dr, 150, y, "公民身份号码：", f["employee_id_number"], st, s, rng, 700, handfill); y += s * 2.3
    _ul(im, dr, 150, y, "户籍地址：", f["_addr"], st, int(s * 0.85), rng, 1200, False); y += s * 2.8
    y = para(dr, 150, y, "根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致，签订本合同，共同遵守本合同所列条款。", st.body, s, W - 300, st.lead)
    y += 30
    text(dr, (150, y), "一、劳动合同期限", st.head, s + 4); y += s * 2
    sd = D(f["start_date"])
    if f.get("open_ended"):
        opts = [("固定期限", False), ("无固定期限", True), ("以完成一定工作任务为期限", False)]
    else:
        opts = [("固定期限", True), ("无固定期限", False), ("以完成一定工作任务为期限", False)]
    x = 150
    for o, on in opts:
        x = text(dr, (x, y), ("☑ " if on else "□ ") + o, "sans" if True else st.body, s) + 50
    y += s * 2
    mode = f.get("_termmode", "range")
    if f.get("open_ended"):
        y = para(dr, 150, y, f"本合同为无固定期限劳动合同，自 {_dates(sd)}起生效。", st.body, s, W - 300, st.lead)
    elif mode == "years":
        n = {1: "一", 2: "二", 3: "三", 5: "五"}[f["_years"]]
        y = para(dr, 150, y, f"合同期限{n}年，自 {_dates(sd)}起算。", st.body, s, W - 300, st.lead)
    else:
        ed = D(f["end_date"])
        y = para(dr, 150, y, f"固定期限：自 {_dates(sd)}起至 {_dates(ed)}止。", st.body, s, W - 300, st.lead)
    pe = sd.replace(month=sd.month % 12 + 1, year=sd.year + (sd.month == 12)) if sd.day < 29 else sd
    y = para(dr, 150, y + 10, f"其中试用期自 {_dates(sd)}起至 {_dates(pe + dt.timedelta(days=60))}止。", st.body, s, W - 300, st.lead)
    text(dr, (W / 2, H - 120), "— 1 —", st.body, 30, anchor="mm")
    pages.append(im)
    # page 2: running text
    im = paper(); dr = ImageDraw.Draw(im)
    y = 180
    text(dr, (150, y), "二、工作内容和工作地点", st.head, s + 4); y += s * 2
    sents = RUNNING[:]
    rng.shuffle(sents)
    for i, t in enumerate(sents[:8]):
        y = para(dr, 150, y, f"{i + 1}．{t}", st.body, s, W - 300, st.lead, indent=False) + 12
        if y > H - 300:
            break
    text(dr, (W / 2, H - 120), "— 2 —", st.body, 30, anchor="mm")
    pages.append(im)
    pages.append(_sign_page(rng, st, f, 3))
    return pages


def _sign_page(rng, st, f, n, total=None):
    W, H = A4
    im = paper(); dr = ImageDraw.Draw(im)
    s = int(38 * st.k)
    y = 200
    for t in rng.sample(RUNNING, 3):
        y = para(dr, 150, y, t, st.body, s, W - 300, st.lead) + 10
    y += 120
    text(dr, (150, y), "甲方（盖章）", st.body, s)
    text(dr, (900, y), "乙方（签字）", st.body, s)
    hand(im, (1150, y - 10), f["employee_name"], st.hand, 60, rng, (20, 20, 40))
    y += 200
    text(dr, (150, y), "法定代表人或委托代理人（签字或盖章）", st.body, int(s * 0.8))
    y += 200
    sg = D(f["signing_date"])
    text(dr, (150, y), f"签订日期：{_dates(sg)}", st.body, s)
    text(dr, (900, y), f"签订日期：{_dates(sg)}", st.body, s)
    stamp(im, seal(420, f["employer"], "合同专用章" if rng.random() < 0.5 else "", rng=rng), (200, y - 560), 0.8)
    text(dr, (W / 2, H - 120), f"第 {n} 页 共 {total} 页" if total else f"— {n} —", st.body, 30, anchor="mm")
    return im


def contract_company(rng, st, f):
    W, H = A4
    s = int(36 * st.k)
    total = rng.randint(3, 5)
    pages = []
    im = paper(); dr = ImageDraw.Draw(im)
    text(dr, (W / 2, 200), rng.choice(["劳动合同书", "劳 动 合 同", "员工劳动合同"]), st.head, 80, anchor="mm")
    text(dr, (W - 160, 330), f"合同编号：HT{rng.randint(2019, 2026)}{rng.randint(1000, 9999)}", st.body, 30, anchor="ra")
    rows = [("甲方", "名称", f["employer"]), ("", "法定代表人", f["_rep"]), ("", "地址", f["_eaddr"]),
            ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]), ("", "住址", f["_addr"])]
    y = 420
    x0, x1, x2, xe = 130, 270, 560, W - 130
    for a, b, c in rows:
        lines = wrap(c, F(st.body, s), xe - x2 - 40)
        h = max(100, 40 + len(lines) * s * 1.4)
        dr.rectangle([x1, y, xe, y + h], outline=(0, 0, 0), width=2)
        dr.line([(x2, y), (x2, y + h)], fill=(0, 0, 0), width=2)
        text(dr, (x1 + 20, y + h / 2), b, st.body, s, anchor="lm")
        yy = y + (h - len(lines) * s * 1.4) / 2 + 4
        for ln in lines:
            text(dr, (x2 + 20, yy), ln, st.body, s)
            yy += s * 1.4
        if a:
            text(dr, (x0 + 20, y + 30), a, st.head, s + 4)
        y += h
    dr.rectangle([x0, 420, xe, y], outline=(0, 0, 0), width=3)
    y += 80
    y = para(dr, 130, y, "甲乙双方根据《中华人民共和国劳动合同法》等法律法规的规定，在平等自愿、协商一致的基础上，同意订立本劳动合同。", st.body, s, W - 260, st.lead)
    y += 20
    text(dr, (130, y), "第一条 合同期限", st.head, s + 2); y += s * 1.9
    sd = D(f["start_date"])
    if f.get("open_ended"):
        t = f"本合同为无固定期限劳动合同，自{zh(sd)}起履行。"
    else:
        t = f"本合同为固定期限劳动合同，期限自{zh(sd)}至{zh(D(f['end_date']))}。"
    y = para(dr, 130, y, t, st.body, s, W - 260, st.lead)
    y = para(dr, 130, y, f"试用期为{rng.choice(['一', '二', '三'])}个月，试用期包含在合同期限内。", st.body, s, W - 260, st.lead)
    text(dr, (W / 2, H - 120), f"第 1 页 共 {total} 页", st.body, 30, anchor="mm")
    pages.append(im)
    k = 2
    while k < total:
        im = paper(); dr = ImageDraw.Draw(im)
        y = 180
        for j, t in enumerate(rng.sample(RUNNING, 6)):
            text(dr, (130, y), f"第{['二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'][(k - 2) * 6 % 10 + j % 6]}条", st.head, s + 2)
            y += s * 1.9
            y = para(dr, 130, y, t, st.body, s, W - 260, st.lead) + 20
        text(dr, (W / 2, H - 120), f"第 {k} 页 共 {total} 页", st.body, 30, anchor="mm")
        pages.append(im)
        k += 1
    pages.append(_sign_page(rng, st, f, total, total))
    return pages


def contract_renewal(rng, st, f, old):
    W, H = A4
    im = paper(); dr = ImageDraw.Draw(im)
    s = int(40 * st.k)
    text(dr, (W / 2, 220), "劳动合同续订书", st.head, 76, anchor="mm")
    y = 400
    _ul(im, dr, 150, y, "甲方（用人单位）：", f["employer"], st, s, rng, 860); y += s * 2.3
    _ul(im, dr, 150, y, "乙方（劳动者）：", f["employee_name"], st, s, rng, 420); y += s * 2.3
    _ul(im, dr, 150, y, "公民身份号码：", f["employee_id_number"], st, s, rng, 700); y += s * 3
    y = para(dr, 150, y, f"甲乙双方于{zh(D(old['start_date']))}签订的劳动合同将于{zh(D(old['end_date']))}期满，经双方协商一致，同意续订劳动合同。", st.body, s, W - 300, st.lead)
    y = para(dr, 150, y + 10, f"续订合同期限自{zh(D(f['start_date']))}起至{zh(D(f['end_date']))}止。", st.body, s, W - 300, st.lead)
    y = para(dr, 150, y + 10, "原劳动合同的其他条款继续有效。", st.body, s, W - 300, st.lead)
    y += 200
    text(dr, (150, y), "甲方（盖章）", st.body, s)
    text(dr, (900, y), "乙方（签字）", st.body, s)
    hand(im, (1150, y - 10), f["employee_name"], st.hand, 60, rng)
    y += 220
    sg = D(f["signing_date"])
    text(dr, (150, y), _dates(sg), st.body, s)
    text(dr, (900, y), _dates(sg), st.body, s)
    stamp(im, seal(420, f["employer"], rng=rng), (180, y - 380), 0.8)
    return [im]


# ---------------------------------------------------------------- tax: screenshots and old form
def tax_app(rng, st, f, rows):
    """收入纳税明细 screenshots; rows newest first; returns list of screenshots."""
    shots = []
    per = rng.choice([4, 5])
    rows = sorted(rows, key=lambda r: r["period"], reverse=True)
    for i in range(0, len(rows), per):
        W, H = 1080, rng.choice([2340, 2400])
        im = paper((W, H), (245, 246, 248)); dr = ImageDraw.Draw(im)
        statusbar(dr, W, rng)
        text(dr, (W / 2, 170), "收入纳税明细", "sansb", 48, anchor="mm")
        text(dr, (60, 170), "‹", "sans", 70, anchor="lm")
        dr.rectangle([0, 240, W, 400], fill=(255, 255, 255))
        text(dr, (60, 270), f"{f['name']}  {f['id_number'][:4]}**********{f['id_number'][-4:]}", "sans", 34, (100, 100, 100))
        text(dr, (60, 330), "所得类型：全部    税款所属期：近两年", "sans", 32, (100, 100, 100))
        y = 430
        for r in rows[i:i + per]:
            dr.rounded_rectangle([30, y, W - 30, y + 360], 28, fill=(255, 255, 255))
            yy, mm = r["period"].split("-")
            text(dr, (70, y + 30), f"{yy}年{int(mm)}月", "sansb", 42)
            text(dr, (W - 70, y + 34), r.get("_kind", "工资薪金"), "sans", 36, (80, 120, 200), anchor="ra")
            text(dr, (70, y + 110), "扣缴义务人", "sans", 34, (140, 140, 140))
            lines = wrap(r["withholding_agent"], F("sans", 36), 600)
            yy2 = y + 108
            for ln in lines:
                text(dr, (W - 70, yy2), ln, "sans", 36, anchor="ra"); yy2 += 48
            text(dr, (70, y + 220), "收入额", "sans", 34, (140, 140, 140))
            text(dr, (W - 70, y + 218), f"{r['_income']:.2f}元", "sans", 36, anchor="ra")
            text(dr, (70, y + 285), "已申报税额", "sans", 34, (140, 140, 140))
            text(dr, (W - 70, y + 283), f"{r['amount']}元", "sans", 36, anchor="ra")
            y += 390
        shots.append(im)
    return shots


def tax_old_form(rng, st, f, rows):
    W, H = A4
    im = paper(); dr = ImageDraw.Draw(im)
    text(dr, (W / 2, 180), "中华人民共和国", st.head, 56, anchor="mm")
    text(dr, (W / 2, 270), "税 收 完 税 证 明", st.head, 72, anchor="mm")
    text(dr, (W / 2, 350), f"（{rng.randint(151, 162)}）沪地证 {rng.randint(10000000, 99999999)}", st.body, 32, anchor="mm")
    text(dr, (120, 440), f"填发日期：{zh(D(f['issue_date']))}", st.body, 32)
    text(dr, (W - 120, 440), "税务机关：国家税务总局上海市税务局", st.body, 32, anchor="ra")
    text(dr, (120, 510), f"纳税人识别号：{f['id_number']}", st.body, 32)
    text(dr, (W - 120, 510), f"纳税人名称：{f['name']}", st.body, 32, anchor="ra")
    cols = [120, 290, 500, 860, 1120, 1300, W - 120]
    heads = ["税种", "品目名称", "税款所属时期", "入(退)库日期", "实缴(退)金额", "备注"]
    y = 580
    dr.rectangle([cols[0], y, cols[-1], y + 80], outline=(0, 0, 0), width=2)
    for i, h_ in enumerate(heads):
        text(dr, ((cols[i] + cols[i + 1]) / 2, y + 40), h_, st.body, 28, anchor="mm")
    y += 80
    for r in sorted(rows, key=lambda r: r["period"]):
        yy, mm = map(int, r["period"].split("-"))
        last = (dt.date(yy + (mm == 12), mm % 12 + 1, 1) - dt.timedelta(days=1))
        ent = last + dt.timedelta(days=rng.randint(8, 15))
        h = 110
        dr.rectangle([cols[0], y, cols[-1], y + h], outline=(0, 0, 0), width=1)
        for c in cols[1:-1]:
            dr.line([(c, y), (c, y + h)], fill=(0, 0, 0), width=1)
        vals = ["个人所得税", "工资薪金所得", f"{yy}-{mm:02d}-01至{last:%Y-%m-%d}", f"{ent:%Y-%m-%d}", r["amount"]]
        for i, v in enumerate(vals):
            lines = wrap(v, F(st.body, 24), cols[i + 1] - cols[i] - 12)
            for j, ln in enumerate(lines):
                text(dr, (cols[i] + 8, y + 14 + j * 32), ln, st.body, 24)
        lines = wrap("扣缴义务人：" + r["withholding_agent"], F(st.body, 20), cols[-1] - cols[-2] - 12)
        for j, ln in enumerate(lines[:4]):
            text(dr, (cols[-2] + 6, y + 8 + j * 25), ln, st.body, 20)
        y += h
    stamp(im, seal(360, "国家税务总局上海市税务局", "征税专用章", rng=rng), (W - 560, y + 40), 0.8)
    return im


# ---------------------------------------------------------------- social insurance screenshot / photographed print
def si_app(rng, st, f, rows):
    shots = []
    rows = sorted(rows, key=lambda r: r["month"], reverse=True)
    per = 9
    for i in range(0, min(len(rows), 27), per):
        W, H = 1080, 2340
        im = paper((W, H), (246, 247, 249)); dr = ImageDraw.Draw(im)
        statusbar(dr, W, rng)
        text(dr, (W / 2, 170), "社保缴费记录", "sansb", 48, anchor="mm")
        text(dr, (60, 260), f"姓名：{f['name']}", "sans", 36, (90, 90, 90))
        text(dr, (60, 320), f"证件号码：{f['id_number']}", "sans", 36, (90, 90, 90))
        y = 400
        for r in rows[i:i + per]:
            dr.rounded_rectangle([30, y, W - 30, y + 200], 24, fill=(255, 255, 255))
            text(dr, (70, y + 25), r["month"].replace("-", "年") + "月", "sansb", 38)
            tag = "补缴" if r["back_payment"] else "正常"
            text(dr, (W - 70, y + 25), tag, "sans", 34, (220, 80, 60) if r["back_payment"] else (40, 160, 90), anchor="ra")
            text(dr, (70, y + 85), "缴费单位", "sans", 30, (140, 140, 140))
            text(dr, (W - 70, y + 85), r["employer"], "sans", 30, anchor="ra")
            text(dr, (70, y + 140), "缴费基数", "sans", 30, (140, 140, 140))
            text(dr, (W - 70, y + 140), r["base"], "sans", 30, anchor="ra")
            y += 215
        shots.append(im)
    return shots


# ---------------------------------------------------------------- education
def diploma(rng, st, f, mode="普通全日制"):
    W, H = 2200, 1560
    im = paper((W, H), (252, 250, 242)); dr = ImageDraw.Draw(im)
    dr.rectangle([40, 40, W - 40, H - 40], outline=(170, 130, 60), width=10)
    dr.rectangle([70, 70, W - 70, H - 70], outline=(170, 130, 60), width=3)
    text(dr, (W / 2, 200), "毕  业  证  书", "serifb", 110, (150, 30, 30), anchor="mm")
    photo_box(im, (180, 380, 480, 780), rng)
    b = D(f["_birth"])
    g = D(f["graduation_date"])
    e = D(f["_enter"])
    fam = st.body if rng.random() < 0.5 else "kai"
    lvl = {"本科": "四年制本科", "专科": "三年制专科", "硕士": "硕士研究生"}[f["level"]]
    extra = "" if mode == "普通全日制" else f"（{mode}）"
    body = (f"学生 {f['name']}，性别 {f['_sex']}，{cn_num_date(b, False)}生，于{cn_num_date(e, False)}至{cn_num_date(g, False)}"
            f"在本校 {f['major']} 专业{lvl}{extra}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    para(dr, 600, 400, body, fam, 52, W - 780, 1.9, indent=False)
    text(dr, (600, 1150), f"校  名：{f['school']}", fam, 46)
    text(dr, (600, 1240), "校（院）长：", fam, 46)
    hand(im, (900, 1225), rng.choice(["张明远", "刘振华", "陈国平", "王建军"]), "kai", 58, rng, (20, 20, 20))
    text(dr, (W - 200, 1330), cn_num_date(g), fam, 48, anchor="ra")
    text(dr, (180, 1400), f"证书编号：{f['_no']}", "sans", 32)
    stamp(im, seal(360, f["school"], rng=rng), (W - 620, 1080), 0.8)
    return im


def degree(rng, st, f):
    W, H = 2200, 1560
    im = paper((W, H), (250, 251, 246)); dr = ImageDraw.Draw(im)
    dr.rectangle([50, 50, W - 50, H - 50], outline=(40, 80, 140), width=8)
    title = {"学士": "学 士 学 位 证 书", "硕士": "硕 士 学 位 证 书"}[f["level"]]
    text(dr, (W / 2, 210), title, "serifb", 100, (40, 60, 120), anchor="mm")
    photo_box(im, (W - 480, 380, W - 180, 780), rng)
    b, g = D(f["_birth"]), D(f["graduation_date"])
    stage = "本科" if f["level"] == "学士" else "硕士研究生"
    body = (f"{f['name']}，{f['_sex']}，{cn_num_date(b, False)}生。在{f['school']}{f['major']}专业完成了{stage}学习计划，业已毕业，"
            f"经审核符合《中华人民共和国学位条例》的规定，授予{f['_field']}{f['level']}学位。")
    para(dr, 200, 400, body, rng.choice([st.body, "kai", "serif"]), 52, W - 800, 1.9, indent=True)
    text(dr, (200, 1160), f"{f['school']}学位评定委员会主席", st.body, 44)
    hand(im, (300, 1230), rng.choice(["李卫东", "赵长青", "孙志明"]), "kai", 56, rng, (20, 20, 20))
    text(dr, (W - 200, 1320), cn_num_date(g), st.body, 46, anchor="ra")
    text(dr, (200, 1400), f"证书编号：{f['_no']}", "sans", 32)
    stamp(im, seal(340, f["school"], rng=rng), (W - 700, 1100), 0.8)
    return im


# ---------------------------------------------------------------- marriage certificate
def marriage(rng, st, f):
    W, H = 2400, 1650
    im = paper((W, H), (200, 40, 40)); dr = ImageDraw.Draw(im)
    dr.rectangle([30, 30, W / 2 - 10, H - 30], fill=(253, 244, 240))
    dr.rectangle([W / 2 + 10, 30, W - 30, H - 30], fill=(253, 244, 240))
    for k in range(0, W // 2, 24):
        dr.line([(30 + k, 30), (30 + k, H - 30)], fill=(248, 232, 228))
    lab = (150, 60, 50)
    x = 120
    text(dr, (x, 250), "持证人", "song", 48, lab)
    text(dr, (x + 230, 244), f["holder_name"], st.body, 54)
    text(dr, (x, 400), "登记日期", "song", 48, lab)
    rd = D(f["registration_date"])
    text(dr, (x + 230, 394), f"{rd.year}年{rd.month:02d}月{rd.day:02d}日", st.body, 54)
    text(dr, (x, 550), "结婚证字号", "song", 48, lab)
    text(dr, (x + 290, 546), f["_no"], st.body, 48)
    text(dr, (x, 700), "备注", "song", 48, lab)
    stamp(im, seal(420, f["_office"] + "婚姻登记专用章", rng=rng), (x + 520, 900), 0.8)
    X = W / 2 + 100
    photo_box(im, (X + 250, 100, X + 850, 500), rng)
    y = 600
    for who in (f["_p1"], f["_p2"]):
        for k, v in [("姓名", who["name"]), ("性别", who["sex"]), ("国籍", "中国"), ("出生日期", who["birth"]), ("身份证件号", who["id"])]:
            text(dr, (X, y), k, "song", 40, lab)
            text(dr, (X + 240, y - 4), v, st.body, 44)
            if k == "性别":
                y += 0
            y += 64
        y += 40
    return im


# ---------------------------------------------------------------- unknown pages
def receipt(rng, st):
    W, H = 900, 1800
    im = paper((W, H), (250, 250, 247)); dr = ImageDraw.Draw(im)
    shop = rng.choice(["全家便利店（张杨路店）", "罗森上海莲花路店", "联华超市漕宝路店"])
    text(dr, (W / 2, 100), shop, "hei", 40, anchor="mm")
    y = 200
    tot = 0
    for it in rng.sample(["矿泉水", "饭团", "牛奶", "面包", "口香糖", "咖啡", "纸巾", "酸奶"], 5):
        p = rng.randint(3, 25) + rng.choice([0, 0.5, 0.9])
        tot += p
        text(dr, (60, y), it, "hei", 36); text(dr, (W - 60, y), f"{p:.2f}", "hei", 36, anchor="ra"); y += 60
    text(dr, (60, y + 40), "合计", "hei", 40); text(dr, (W - 60, y + 40), f"{tot:.2f}", "hei", 40, anchor="ra")
    text(dr, (60, y + 140), f"2026-{rng.randint(9, 11):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 22)}:{rng.randint(10, 59)}", "hei", 32)
    text(dr, (W / 2, y + 260), "谢谢惠顾 欢迎再次光临", "hei", 34, anchor="mm")
    return im


def rental(rng, st, p):
    im = paper(); dr = ImageDraw.Draw(im)
    W, H = A4
    text(dr, (W / 2, 200), "上海市住房租赁合同", st.head, 72, anchor="mm")
    y = 380
    y = para(dr, 150, y, f"出租人（甲方）：{rng.choice(['周国强', '陆美华', '沈建平'])}", st.body, 40, W - 300, 1.8, indent=False)
    y = para(dr, 150, y, f"承租人（乙方）：{p.name}", st.body, 40, W - 300, 1.8, indent=False)
    y = para(dr, 150, y + 20, f"甲方将坐落于{p.sh_address}的房屋出租给乙方用于居住。租赁期限自2026年3月1日起至2027年2月28日止，月租金人民币{rng.randint(35, 90)}00元。", st.body, 40, W - 300, 1.8)
    for t in ["乙方应按时支付租金，逾期支付的，每逾期一日按月租金的千分之五支付违约金。", "租赁期间，乙方应合理使用房屋及其附属设施，不得擅自改变房屋结构。", "甲方应保证房屋的建筑结构和设备设施符合安全使用的要求。"]:
        y = para(dr, 150, y + 10, t, st.body, 40, W - 300, 1.8)
    return im


def bank_slip(rng, st, p):
    W, H = 1654, 900
    im = paper((W, H), (245, 250, 255)); dr = ImageDraw.Draw(im)
    text(dr, (W / 2, 90), rng.choice(["中国工商银行", "招商银行", "中国建设银行"]) + " 业务回单", st.head, 52, anchor="mm")
    y = 200
    for k, v in [("户名", p.name), ("账号", f"6222 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"),
                 ("交易金额", f"{rng.randint(1000, 9000)}.00"), ("摘要", "房租"), ("交易日期", f"2026-{rng.randint(6, 11):02d}-{rng.randint(1, 28):02d}")]:
        text(dr, (150, y), k, st.sans, 38, (90, 90, 90)); text(dr, (500, y), v, st.body, 40); y += 110
    stamp(im, seal(300, "银行业务受理专用章", rng=rng), (W - 480, 400), 0.8)
    return im
