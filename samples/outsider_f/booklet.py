"""户口簿 首页 and 常住人口登记卡, the 集体户口 户籍证明 letter, and the 结婚证 inner page."""
import datetime as dt

from PIL import Image

from .draw import Page, cn_date, seal, stamp

BW, BH = 1100, 1560  # a booklet page (about 105 × 145 mm)


def _pen(rng):
    return rng.choice([("ukai", (25, 25, 60)), ("kai", (20, 20, 20)), ("wenkai", (30, 40, 90)),
                       ("song", (20, 20, 20)), ("sans", (15, 15, 15))])


def cover(rng, f, seal_over=True):
    p = Page(BW, BH, bg=rng.choice([(250, 246, 236), (246, 244, 240), (252, 250, 244)]))
    ink = (150, 70, 60)
    face, pen = _pen(rng)
    p.text((BW / 2, 90), "常住人口登记卡" if False else "户 口 簿", "serif_bold", 64, ink, anchor="mt")
    top, left, right = 230, 70, BW - 70
    rows = [("户  别", f["household_type"], "户主姓名", f["head_name"]),
            ("户  号", f["household_number"], None, None)]
    rh = 120
    p.rect([left, top, right, top + rh * 5], outline=ink, width=3)
    for i in range(1, 5):
        p.line((left, top + rh * i), (right, top + rh * i), ink, 2)
    mid = left + (right - left) // 2
    lw = 200
    for i, (a, av, b, bv) in enumerate(rows):
        y = top + rh * i
        p.line((left + lw, y), (left + lw, y + rh), ink, 2)
        p.text((left + 20, y + 38), a, "serif", 36, ink)
        p.fit((left + lw + 20, y + 34), av, face, 40, (mid if b else right) - left - lw - 40, pen)
        if b:
            p.line((mid, y), (mid, y + rh), ink, 2)
            p.line((mid + lw, y), (mid + lw, y + rh), ink, 2)
            p.text((mid + 20, y + 38), b, "serif", 36, ink)
            p.fit((mid + lw + 20, y + 34), bv, face, 40, right - mid - lw - 40, pen)
    y = top + rh * 2
    p.line((left + lw, y), (left + lw, y + rh * 2), ink, 2)
    p.text((left + 20, y + 100), "住  址", "serif", 36, ink)
    yy = y + 30
    for line in p.wrap(f["address"], face, 40, right - left - lw - 40)[:3]:
        p.text((left + lw + 20, yy), line, face, 40, pen)
        yy += 62
    y = top + rh * 4
    p.text((left + 20, y + 38), "承办人签章", "serif", 34, ink)
    p.line((left + lw + 60, y), (left + lw + 60, y + rh), ink, 2)
    p.text((left + lw + 90, y + 36), rng.choice(["王", "李", "陈", "周"]) + rng.choice(["建华", "丽", "敏", "志强"]),
           "kai", 38, (40, 40, 40))
    iss = dt.date.fromisoformat(f["issue_date"])
    p.text((left + 40, top + rh * 5 + 80), "户口登记机关", "serif", 36, ink)
    p.text((right - 40, top + rh * 5 + 80), "签发日期  " + cn_date(iss), "serif", 36, ink, anchor="ra")
    img = p.img
    ring = rng.choice(["公安局", "派出所"])
    mark = seal(rng, 330, f"{f['address'][:3]}{ring}户口专用章"[:14])
    pos = (left + 60, top + rh * 2 + (-40 if seal_over else 260))
    img = stamp(img, mark, pos if seal_over else (left + 80, top + rh * 5 + 40))
    return img


MEMBER_CELLS = [("姓名", "name"), ("户主或与户主关系", "relation_to_head"), ("曾用名", None), ("性别", "sex"),
                ("出生地", "birthplace"), ("民族", "ethnicity"), ("籍贯", "native_place"), ("出生日期", "birth_date"),
                ("本市（县）其他住址", None), ("宗教信仰", None), ("公民身份证件编号", "id_number"), ("身高", None),
                ("血型", None), ("文化程度", "education"), ("婚姻状况", "marital_status"), ("兵役状况", None),
                ("服务处所", "employer"), ("职业", None), ("何时由何地迁来本市（县）", None), ("何时由何地迁往何地", None),
                ("登记日期", "registration_date"), ("承办人签章", None)]


def member(rng, f, extra=None):
    p = Page(BW, BH, bg=rng.choice([(250, 246, 236), (246, 244, 240), (252, 250, 244)]))
    ink = (150, 70, 60)
    face, pen = _pen(rng)
    p.text((BW / 2, 60), "常住人口登记卡", "serif_bold", 54, ink, anchor="mt")
    left, right, top = 50, BW - 50, 160
    rh = 56
    values = dict(f)
    bd = dt.date.fromisoformat(f["birth_date"])
    values["birth_date"] = rng.choice([cn_date(bd), f"{bd:%Y.%m.%d}", cn_date(bd, pad=True)])
    rd = dt.date.fromisoformat(f["registration_date"])
    values["registration_date"] = rng.choice([cn_date(rd), f"{rd:%Y.%m.%d}"])
    extra = extra or {}
    rows = 22
    p.rect([left, top, right, top + rh * rows], outline=ink, width=3)
    lw = 300
    for i, (label, key) in enumerate(MEMBER_CELLS):
        y = top + rh * i
        if i:
            p.line((left, y), (right, y), ink, 1)
        p.fit((left + 12, y + 14), label, "serif", 26, lw - 20, ink)
        v = values.get(key, "") if key else extra.get(label, "")
        if v:
            p.fit((left + lw + 18, y + 9), v, face, 34, right - left - lw - 30, pen)
    p.line((left + lw, top), (left + lw, top + rh * rows), ink, 2)
    img = stamp(p.img, seal(rng, 300, "公安局户口专用章"), (rng.randint(500, 700), top + rh * rng.randint(15, 17)))
    return img


def collective(rng, f, office, dpi=170):
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    p = Page(w, h)
    face = rng.choice(["song", "serif", "uming", "sans"])
    s = dpi / 170
    title = rng.choice(["户籍证明", "常住人口户籍证明", "集体户口户籍证明"])
    p.text((w / 2, 200 * s), title, "serif_bold", 64 * s, anchor="mt")
    iss = dt.date.fromisoformat(f["issue_date"])
    body = rng.choice([
        "兹证明{n}（公民身份号码：{i}），户籍登记在我所辖区集体户口，户籍地址为{a}。",
        "经查，{n}，公民身份号码{i}，系本辖区集体户口常住人口，住址：{a}。",
    ]).format(n=f["name"], i=f["id_number"], a=f["address"])
    y = 380 * s
    p.text((130 * s, y), "有关单位：", face, 40 * s)
    y = p.para(130 * s, y + 80 * s, "    " + body, face, 40 * s, w - 260 * s, gap=1.9)
    y = p.para(130 * s, y + 20 * s, "    特此证明。本证明仅用于办理上海市居住证积分申请，有效期三个月。", face, 40 * s,
               w - 260 * s, gap=1.9)
    p.text((w - 160 * s, y + 200 * s), office, face, 40 * s, anchor="ra")
    p.text((w - 160 * s, y + 280 * s), cn_date(iss), face, 40 * s, anchor="ra")
    mark = seal(rng, 380 * s, (office + "户口专用章")[:16])
    return stamp(p.img, mark, (w - 620 * s, y + 90 * s))


def marriage(rng, f, spouse, holder):
    """One inner page: 持证人, 登记日期, 字号 and both persons' facts; photo on top."""
    p = Page(1500, 1060, bg=(252, 240, 236))
    ink = (180, 40, 50)
    face = rng.choice(["sans", "song", "microhei"])
    p.rect([40, 40, 1460, 1020], outline=ink, width=4)
    p.rect([80, 80, 700, 480], outline=(200, 200, 200), width=2, fill=(205, 60, 60))
    p.text((390, 280), "（合影）", "sans", 44, (255, 230, 230), anchor="mm")
    rd = dt.date.fromisoformat(f["registration_date"])
    x = 760
    rows = [("持证人", f["holder_name"]), ("登记日期", cn_date(rd, pad=rng.random() < 0.5)),
            ("结婚证字号", f"J{rng.randint(310000, 319999)}-{rd.year}-{rng.randint(1000, 99999):06d}")]
    y = 120
    for lab, val in rows:
        p.text((x, y), lab, "serif", 34, ink)
        p.text((x + 220, y - 2), val, face, 38)
        y += 90
    y = 560
    for who in (holder, spouse):
        p.text((80, y), "姓名", "serif", 32, ink)
        p.text((190, y - 2), who["name"], face, 36)
        p.text((420, y), "性别", "serif", 32, ink)
        p.text((520, y - 2), who["sex"], face, 36)
        p.text((640, y), "国籍", "serif", 32, ink)
        p.text((740, y - 2), "中国", face, 36)
        bd = dt.date.fromisoformat(who["birth_date"])
        p.text((80, y + 70), "出生日期", "serif", 32, ink)
        p.text((250, y + 68), f"{bd:%Y-%m-%d}" if rng.random() < 0.5 else cn_date(bd), face, 36)
        p.text((80, y + 140), "身份证件号", "serif", 32, ink)
        p.text((290, y + 136), who["id_number"], "mono", 38)
        y += 230
    return stamp(p.img, seal(rng, 300, "上海市婚姻登记专用章"[:10]), (1050, 560))
