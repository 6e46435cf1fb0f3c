"""PIL renderings of paper documents (master images, before capture)."""
import datetime as dt
from PIL import Image, ImageDraw
from .draw import F, text, para, a4, seal, guilloche, photo_box, cn_date, cn_numeral_date, wrap, watermark

D = dt.date.fromisoformat
BLUE = (70, 130, 180)


def id_front(p, rng):
    W, H = 1012, 638
    im = Image.new("RGB", (W, H), (246, 248, 244))
    guilloche(im, (0, 0, W, H), rng=rng)
    d = ImageDraw.Draw(im)
    lab = (60, 140, 190)
    f = "hei" if rng.random() < 0.5 else "sans"
    text(d, (60, 60), "姓  名", f, 30, lab)
    text(d, (190, 56), p["name_drawn"], f, 36)
    text(d, (60, 130), "性  别", f, 30, lab)
    text(d, (190, 126), p["sex"], f, 34)
    text(d, (320, 130), "民  族", f, 30, lab)
    text(d, (440, 126), p["ethnicity"], f, 34)
    b = D(p["birth_date"])
    text(d, (60, 200), "出  生", f, 30, lab)
    text(d, (190, 196), f"{b.year}", f, 34)
    text(d, (290, 200), "年", f, 30, lab)
    text(d, (340, 196), f"{b.month}", f, 34)
    text(d, (390, 200), "月", f, 30, lab)
    text(d, (440, 196), f"{b.day}", f, 34)
    text(d, (490, 200), "日", f, 30, lab)
    text(d, (60, 270), "住  址", f, 30, lab)
    y = 266
    for ln in wrap(d, p["id_address"], f, 34, 470):
        text(d, (190, y), ln, f, 34)
        y += 48
    text(d, (60, 520), "公民身份号码", f, 30, lab)
    text(d, (300, 512), p["id_number_drawn"], "ocr", 44)
    photo_box(im, (680, 90, 940, 420), rng)
    return im


def id_back(p, rng):
    W, H = 1012, 638
    im = Image.new("RGB", (W, H), (246, 248, 244))
    guilloche(im, (0, 0, W, H), color=(215, 230, 215), rng=rng)
    d = ImageDraw.Draw(im)
    d.ellipse([60, 50, 200, 190], outline=(200, 50, 50), width=6)
    text(d, (130, 120), "★", "sans", 60, (200, 50, 50), "mm")
    text(d, (300, 90), "中华人民共和国", "serifb", 52)
    text(d, (330, 190), "居 民 身 份 证", "serifb", 64)
    text(d, (160, 440), "签发机关", "hei", 30, (60, 140, 190))
    text(d, (330, 436), p["issuing_authority"], "hei", 34)
    text(d, (160, 520), "有效期限", "hei", 30, (60, 140, 190))
    vf = D(p["valid_from"])
    vu = "长期" if p["valid_until"] == "long_term" else f"{D(p['valid_until']):%Y.%m.%d}"
    text(d, (330, 516), f"{vf:%Y.%m.%d}-{vu}", "hei", 34)
    return im


def card_on_a4(cards, rng, side_by_side=False, extra_note=None):
    im, d = a4(1240)
    if side_by_side:
        w = 560
        for i, c in enumerate(cards):
            c2 = c.resize((w, int(c.height * w / c.width)))
            im.paste(c2, (50 + i * (w + 30), 260))
    else:
        w = 700
        for i, c in enumerate(cards):
            c2 = c.resize((w, int(c.height * w / c.width)))
            im.paste(c2, (270, 180 + i * (c2.height + 120)))
    if extra_note:
        text(d, (270, 1600), extra_note, "kai", 30, (30, 30, 120))
    return im


def permit_card(p, rng):
    W, H = 1012, 638
    im = Image.new("RGB", (W, H), (232, 242, 250))
    guilloche(im, (0, 0, W, H), color=(205, 222, 240))
    d = ImageDraw.Draw(im)
    text(d, (W // 2, 60), "上海市居住证", "serifb", 54, (20, 60, 140), "mm")
    rows = [("姓名", p["name_drawn"]), ("公民身份号码", p["id_number_drawn"]), ("居住地址", p["residence_address"])]
    y = 130
    for k, v in rows:
        text(d, (50, y), k, "hei", 28, (60, 90, 140))
        for ln in wrap(d, v, "hei", 30, 560):
            text(d, (250, y - 2), ln, "hei", 30)
            y += 44
        y += 20
    text(d, (50, 470), "签发机关", "hei", 28, (60, 90, 140))
    text(d, (250, 468), "上海市公安局", "hei", 30)
    text(d, (50, 540), "有效期限", "hei", 28, (60, 90, 140))
    text(d, (250, 538), f"{D(p['permit_valid_from']):%Y.%m.%d}-{D(p['permit_valid_until']):%Y.%m.%d}", "hei", 30)
    photo_box(im, (770, 130, 960, 380), rng)
    return im


def permit_info(p, rng, layout):
    im, d = a4(1240)
    text(d, (620, 150), "上海市居住证信息", "sansb", 48, anchor="mm")
    text(d, (620, 215), "（居住证签注信息查询结果）" if layout == "info_list" else "", "sans", 26, anchor="mm")
    vf, vu, iss = D(p["permit_valid_from"]), D(p["permit_valid_until"]), D(p["permit_issue_date"])
    hk_label = rng.choice(["常住户口所在地住址", "户籍地址"])
    items = [("姓名", p["name_drawn"]), ("性别", p["sex"]), ("证件号码" if rng.random() < .5 else "公民身份号码", p["id_number_drawn"]),
             (hk_label, p["permit_hukou_address"]), ("居住地址", p["residence_address"]),
             ("签注日期" if rng.random() < .4 else "签发日期", cn_date(iss, rng.choice(["ymd", "dash"]))),
             ("有效期限", f"{vf:%Y.%m.%d}至{vu:%Y.%m.%d}"), ("发证机关", "上海市公安局" + rng.choice(["浦东分局", "闵行分局", "徐汇分局"]))]
    if layout == "info_grid2":
        y = 290
        for k, v in items:
            lines = wrap(d, v, "song", 30, 700)
            h = max(80, 48 * len(lines) + 30)
            d.rectangle([100, y, 1140, y + h], outline=(0, 0, 0), width=2)
            d.line([380, y, 380, y + h], fill=(0, 0, 0), width=2)
            text(d, (130, y + h // 2), k, "song", 28, anchor="lm")
            yy = y + (h - 48 * len(lines)) // 2 + 6
            for ln in lines:
                text(d, (410, yy), ln, "song", 30)
                yy += 48
            y += h
    elif layout == "info_grid4":
        y = 290
        pairs = [items[0:2], items[2:3], items[3:4], items[4:5], items[5:7], items[7:8]]
        for row in pairs:
            h = 110
            d.rectangle([80, y, 1160, y + h], outline=(0, 0, 0), width=2)
            if len(row) == 2:
                xs = [(80, 270, 620), (620, 790, 1160)]
            else:
                xs = [(80, 270, 1160)]
            for (k, v), (a, b, c) in zip(row, xs):
                d.line([b, y, b, y + h], fill=(0, 0, 0), width=2)
                d.line([a, y, a, y + h], fill=(0, 0, 0), width=2)
                text(d, (a + 15, y + h // 2), k if len(k) < 6 else k[:5], "song", 24, anchor="lm")
                if len(k) >= 6:
                    text(d, (a + 15, y + h // 2 + 30), k[5:], "song", 24, anchor="lm")
                lines = wrap(d, v, "song", 28, c - b - 30)
                yy = y + (h - 40 * len(lines)) // 2
                for ln in lines:
                    text(d, (b + 15, yy), ln, "song", 28)
                    yy += 40
            y += h
    else:  # info_list: label alone on one line, value on next (trap)
        y = 300
        for k, v in items:
            text(d, (140, y), k + "：", "sans", 28, (90, 90, 90))
            y += 46
            for ln in wrap(d, v, "sans", 30, 900):
                text(d, (200, y), ln, "sans", 30)
                y += 46
            y += 26
    text(d, (760, 1500), f"打印日期：{cn_date(D(p['as_of']) - dt.timedelta(days=rng.randint(2, 20)), 'dash')}", "sans", 24, (80, 80, 80))
    seal(im, 900, 1430, 120, ring="上海市公安局居住证管理专用章", rng=rng)
    return im


def hukou_cover(p, rng, hand=False):
    im, d = a4(1240, (250, 246, 236))
    f = "kai" if hand else "song"
    vf = "ukai" if hand else "song"
    ink = (25, 25, 90) if hand else (0, 0, 0)
    text(d, (620, 170), "常 住 人 口 登 记 簿" if rng.random() < .5 else "户    口    簿", "serifb", 52, anchor="mm")
    x0, x1 = 120, 1120
    y = 300
    rows = [[("户别", p["household_type"]), ("户主姓名", p["head_name"])], [("户号", p["household_number"]), ("", "")], [("住址", p["cover_address"])]]
    for row in rows:
        lines = wrap(d, row[0][1], vf, 34, 760) if len(row) == 1 else [""]
        h = max(120, 52 * len(lines) + 50)
        d.rectangle([x0, y, x1, y + h], outline=(60, 40, 40), width=3)
        if len(row) == 2:
            for (k, v), (a, b) in zip(row, [(x0, 300), (620, 820)]):
                d.line([b, y, b, y + h], fill=(60, 40, 40), width=2)
                d.line([a, y, a, y + h], fill=(60, 40, 40), width=2)
                text(d, (a + 20, y + h // 2), k, f, 32, anchor="lm")
                text(d, (b + 25, y + h // 2), v, vf, 36, ink, anchor="lm")
        else:
            d.line([300, y, 300, y + h], fill=(60, 40, 40), width=2)
            text(d, (x0 + 20, y + h // 2), "住址", f, 32, anchor="lm")
            yy = y + 25
            for ln in lines:
                text(d, (325, yy), ln, vf, 34, ink)
                yy += 52
        y += h
    h = 260
    d.rectangle([x0, y, x1, y + h], outline=(60, 40, 40), width=3)
    d.line([620, y, 620, y + h], fill=(60, 40, 40), width=2)
    text(d, (x0 + 20, y + 40), "户口登记机关和户口专用章", f, 28)
    text(d, (640, y + 40), "承办人签章", f, 28)
    text(d, (660, y + 150), rng.choice(["李", "王", "赵", "周"]) + rng.choice(["明", "强", "芳", "红"]), "ukai", 44, (30, 30, 30))
    text(d, (640, y + 210), "签发日期：" + cn_date(D(p["cover_issue_date"]), "ymd"), vf, 28, ink)
    # seal overlapping address cell
    seal(im, 380, y - 40, 125, ring=p["police"] + "户口专用章", rng=rng)
    return im


def hukou_member(p, rng, hand=False):
    im, d = a4(1240, (250, 247, 240))
    f = "song"
    vf = "ukai" if hand else "song"
    ink = (25, 25, 100) if hand else (0, 0, 0)
    text(d, (620, 130), "常住人口登记卡", "serifb", 50, anchor="mm")
    m = p["member"]
    b = D(p["birth_date"])
    cells = [
        [("姓名", p["name_drawn"]), ("户主或与户主关系", m["relation_to_head"])],
        [("曾用名", ""), ("性别", p["sex"])],
        [("出生地", m["birthplace"]), ("民族", p["ethnicity"])],
        [("籍贯", m["native_place"]), ("出生日期", cn_date(b, "ymd"))],
        [("本市（县）其他住址", ""), ("宗教信仰", "")],
        [("公民身份证件编号", p["id_number_drawn"]), ("身高", "")],
        [("文化程度", m["education"]), ("婚姻状况", m["marital_status"])],
        [("兵役状况", ""), ("血型", "")],
        [("服务处所", m.get("employer_drawn", "")), ("职业", "")],
        [("何时由何地迁来本市（县）", ""), ("", "")],
        [("何时由何地迁来本址", ""), ("", "")],
    ]
    y = 210
    x0, xm, x1 = 80, 700, 1160
    for row in cells:
        h = 112
        d.rectangle([x0, y, x1, y + h], outline=(80, 50, 50), width=2)
        d.line([xm, y, xm, y + h], fill=(80, 50, 50), width=2)
        for (k, v), (a, b2, c) in zip(row, [(x0, 280, xm), (xm, 900, x1)]):
            if not k:
                continue
            d.line([b2, y, b2, y + h], fill=(80, 50, 50), width=1)
            kl = wrap(d, k, f, 24, b2 - a - 20)
            yy = y + (h - 32 * len(kl)) // 2
            for ln in kl:
                text(d, (a + 10, yy), ln, f, 24)
                yy += 32
            vl = wrap(d, v, vf, 30, c - b2 - 20)
            yy = y + (h - 40 * len(vl)) // 2
            for ln in vl:
                text(d, (b2 + 10 + (rng.randint(-3, 3) if hand else 0), yy), ln, vf, 30, ink)
                yy += 40
        y += h
    d.rectangle([x0, y, x1, y + 220], outline=(80, 50, 50), width=2)
    text(d, (x0 + 20, y + 30), "承办人签章：", f, 26)
    text(d, (x0 + 20, y + 150), "登记日期：" + cn_date(D(m["registration_date"]), "ymd"), f, 26, ink)
    seal(im, 880, y + 60, 120, ring=p["police"] + "户口专用章", rng=rng)
    return im


def collective_cert(p, rng):
    im, d = a4(1240)
    text(d, (620, 220), "户 籍 证 明", "serifb", 60, anchor="mm")
    b = D(p["birth_date"])
    s = (f"兹证明 {p['name_drawn']}，{p['sex']}，{p['ethnicity']}族，{b.year}年{b.month}月{b.day}日出生，公民身份号码 {p['id_number_drawn']}，"
         f"其常住户口登记在本辖区集体户，户籍地址为 {p['cover_address']}。")
    y = para(d, (150, 380), s, "song", 34, 940, 1.9)
    y = para(d, (150, y + 30), "特此证明。本证明仅用于办理上海市居住证积分申请，有效期三个月。", "song", 34, 940, 1.9)
    text(d, (700, 1250), p["police_station"], "song", 32)
    text(d, (760, 1320), cn_date(D(p["cover_issue_date"]), "ymd"), "song", 32)
    seal(im, 830, 1260, 130, ring=p["police_station"], rng=rng)
    return im


def diploma(p, rng, layout):
    e = p["edu"]
    im, d = a4(1754 if layout == "landscape" else 1240, (252, 250, 240))
    if layout == "landscape":
        im = im.rotate(90, expand=True)
        d = ImageDraw.Draw(im)
    W, H = im.size
    d.rectangle([30, 30, W - 30, H - 30], outline=(150, 40, 40), width=10)
    text(d, (W // 2, 180), "普通高等学校" if e["study_mode"] == "普通全日制" else "成人高等教育", "serif", 40, (150, 40, 40), "mm")
    text(d, (W // 2, 270), "毕 业 证 书", "serifb", 80, (150, 40, 40), "mm")
    b = D(p["birth_date"])
    gd = D(e["graduation_date"])
    st = gd.replace(year=gd.year - (4 if e["level"] == "本科" else 3), month=9, day=1)
    lvl = {"本科": "四年制本科", "专科": "三年制专科", "硕士研究生": "硕士研究生"}[e["level"]]
    s = (f"学生 {p['name_drawn']}，性别{p['sex']}，{b.year}年{b.month}月{b.day}日生，于{st.year}年{st.month}月至{gd.year}年{gd.month}月"
         f"在本校{e['major']}专业{lvl}{'' if e['study_mode'] == '普通全日制' else '（' + e['study_mode'] + '）'}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    x0 = 160 if layout != "landscape" else 520
    y = para(d, (x0, 420), s, "kai", 40, W - x0 - 160, 1.9)
    photo_box(im, (160 if layout == "landscape" else W - 400, 420 if layout == "landscape" else y + 60, 400 if layout == "landscape" else W - 160, 740 if layout == "landscape" else y + 380), rng)
    yy = H - 520
    text(d, (x0, yy), "校（院）长：" + rng.choice(["刘建国", "陈志远", "王海涛"]), "kai", 36)
    text(d, (x0, yy + 80), f"证书编号：{rng.randint(10**16, 10**17-1)}", "song", 30)
    text(d, (W - 620, yy), e["school"], "song", 40)
    date_s = cn_numeral_date(gd) if rng.random() < 0.6 else cn_date(gd, "ymd")
    text(d, (W - 620, yy + 80), date_s, "song", 36)
    seal(im, W - 420, yy + 20, 150, ring=e["school"], rng=rng)
    return im


def degree(p, rng):
    e = p["edu"]
    im, d = a4(1240, (250, 250, 245))
    W, H = im.size
    d.rectangle([40, 40, W - 40, H - 40], outline=(40, 80, 140), width=8)
    text(d, (W // 2, 220), "学 士 学 位 证 书" if e["degree"] == "学士" else "硕 士 学 位 证 书", "serifb", 70, (40, 60, 120), "mm")
    b = D(p["birth_date"])
    gd = D(e["graduation_date"])
    kind = e["degree_kind"]
    s = (f"{p['name_drawn']}，{p['sex']}，{b.year}年{b.month}月{b.day}日生。在{e['school']}{e['major']}专业完成了"
         f"{'本科' if e['degree']=='学士' else '硕士研究生'}学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予{kind}{e['degree']}学位。")
    photo_box(im, (W // 2 - 120, 330, W // 2 + 120, 630), rng)
    para(d, (170, 700), s, "kai", 40, W - 340, 1.9)
    text(d, (170, H - 420), "学位评定委员会主席：" + rng.choice(["孙立新", "黄永明", "吴国华"]), "kai", 34)
    text(d, (170, H - 350), f"证书编号：{rng.randint(10**15, 10**16-1)}", "song", 28)
    text(d, (W - 520, H - 350), cn_numeral_date(gd), "song", 34)
    seal(im, W - 360, H - 420, 140, ring=e["school"] + "学位评定委员会", rng=rng)
    return im


def marriage(p, rng):
    W, H = 1600, 1100
    im = Image.new("RGB", (W, H), (250, 236, 232))
    d = ImageDraw.Draw(im)
    d.line([W // 2, 0, W // 2, H], fill=(200, 170, 160), width=4)
    m = p["marriage"]
    text(d, (80, 120), "持证人", "song", 34, (120, 40, 40))
    text(d, (260, 116), p["name_drawn"], "kai", 40)
    text(d, (80, 200), "登记日期", "song", 34, (120, 40, 40))
    text(d, (260, 196), cn_date(D(m["registration_date"]), "ymd"), "kai", 38)
    text(d, (80, 280), "结婚证字号", "song", 34, (120, 40, 40))
    text(d, (300, 276), f"J310{rng.randint(100,999)}-{D(m['registration_date']).year}-{rng.randint(1000,9999):06d}", "kai", 34)
    text(d, (80, 400), "备注", "song", 34, (120, 40, 40))
    seal(im, 500, 700, 150, ring=m["office"] + "婚姻登记专用章", rng=rng)
    photo_box(im, (W // 2 + 160, 60, W - 160, 360), rng)
    rows = [("姓名", p["name_drawn"], m["spouse_name"]), ("性别", p["sex"], "女" if p["sex"] == "男" else "男"),
            ("国籍", "中国", "中国"), ("出生日期", p["birth_date"], m["spouse_birth"]), ("身份证件号", p["id_number_drawn"], m["spouse_id_number"])]
    y = 420
    for k, a, b in rows:
        text(d, (W // 2 + 60, y), k, "song", 30, (120, 40, 40))
        text(d, (W // 2 + 260, y), a, "kai", 32)
        text(d, (W // 2 + 60, y + 280), k, "song", 30, (120, 40, 40))
        text(d, (W // 2 + 260, y + 280), b, "kai", 32)
        y += 52
    return im


def unknown_page(rng, kind):
    if kind == "receipt":
        im = Image.new("RGB", (620, 1500), (250, 250, 248))
        d = ImageDraw.Draw(im)
        text(d, (310, 80), rng.choice(["全家便利店", "联华超市", "罗森 LAWSON"]), "sans", 40, anchor="mm")
        y = 170
        tot = 0
        for it in ["矿泉水 550ml", "饭团 金枪鱼", "咖啡 拿铁", "纸巾 10包", "酸奶"][:rng.randint(3, 5)]:
            pr = rng.randint(3, 20) + rng.randint(0, 9) / 10
            tot += pr
            text(d, (40, y), it, "mhei", 28)
            text(d, (580, y), f"{pr:.2f}", "mhei", 28, anchor="ra")
            y += 50
        text(d, (40, y + 40), "合计", "mhei", 32)
        text(d, (580, y + 40), f"{tot:.2f}", "mhei", 32, anchor="ra")
        text(d, (40, y + 120), "支付方式：微信支付", "mhei", 26)
        text(d, (40, y + 170), "2026-10-" + f"{rng.randint(1,28):02d} 12:{rng.randint(10,59)}", "mhei", 26)
        return im
    im, d = a4(1240)
    text(d, (620, 160), "房 屋 租 赁 合 同", "serifb", 54, anchor="mm")
    s = ("出租方（以下简称甲方）与承租方（以下简称乙方）经友好协商，就乙方租赁甲方房屋一事达成如下协议：一、房屋坐落于上海市"
         + rng.choice(["闵行区", "浦东新区", "宝山区"]) + "，建筑面积约六十平方米。二、租赁期限为壹年，月租金人民币伍仟元整，按季支付。"
         "三、乙方应按时支付租金，爱护房屋及设施。四、租赁期满，乙方如需续租，应提前一个月书面通知甲方。")
    para(d, (140, 300), s * 2, "song", 30, 960, 1.8)
    return im


def contract_pages(p, rng, layout):
    c = p["contract"]
    pages = []
    emp = c["employer_drawn"]
    s, e = D(c["start_date"]), (D(c["end_date"]) if c.get("end_date") else None)
    sign = D(c["signing_date"])
    filler = ("乙方应当遵守甲方依法制定的规章制度，按时完成工作任务。甲方应当为乙方提供必要的劳动条件和劳动保护，依法为乙方缴纳社会保险费。"
              "乙方的财产及个人信息，甲方应当依法予以保护。双方在履行本合同过程中发生争议的，可以协商解决，协商不成的可以申请劳动争议仲裁。")
    if layout == "shanghai_model":
        im, d = a4()
        text(d, (620, 300), "上海市劳动合同", "serifb", 70, anchor="mm")
        text(d, (620, 400), "（示范文本）", "song", 36, anchor="mm")
        y = 700
        for k, v in [("甲方（用人单位）名称：", emp), ("乙方（劳动者）姓名：", p["contract_name"]), ("乙方公民身份号码：", c["id_drawn"])]:
            text(d, (180, y), k, "song", 34)
            x = 180 + d.textlength(k, font=F("song", 34))
            d.line([x, y + 44, 1100, y + 44], fill=(0, 0, 0), width=2)
            text(d, (x + 10, y - 4), v, "kai", 36, (20, 20, 110))
            y += 110
        text(d, (180, 1350), "上海市人力资源和社会保障局 制", "song", 30)
        pages.append(im)
        im, d = a4()
        text(d, (140, 130), "一、劳动合同期限", "sansb", 34)
        y = 200
        box = lambda on: "☑" if on else "□"
        fixed = not c.get("open_ended")
        y = para(d, (140, y), f"{box(fixed)} 固定期限：", "song", 30, 960)
        if fixed and c.get("term_style") == "years":
            yrs = max(1, round(((e - s).days + 1) / 365.25))
            y = para(d, (200, y), f"期限{'一二三四五六七八九十'[yrs-1]}年，自 {s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止。", "song", 30, 900)
        elif fixed:
            y = para(d, (200, y), f"自 {s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止。", "song", 30, 900)
        else:
            y = para(d, (200, y), "自 ____ 年 __ 月 __ 日起至 ____ 年 __ 月 __ 日止。", "song", 30, 900)
        y = para(d, (140, y + 10), f"{box(not fixed)} 无固定期限：" + (f"自 {s.year} 年 {s.month} 月 {s.day} 日起。" if not fixed else "自 ____ 年 __ 月 __ 日起。"), "song", 30, 960)
        y = para(d, (140, y + 10), "□ 以完成一定工作任务为期限。", "song", 30, 960)
        pe = s.replace(month=s.month % 12 + 1, day=1) if s.month < 10 else s
        y = para(d, (140, y + 20), f"其中试用期自 {s.year} 年 {s.month} 月 {s.day} 日起至 {(s + dt.timedelta(days=89)).year} 年 {(s + dt.timedelta(days=89)).month} 月 {(s + dt.timedelta(days=89)).day} 日止。", "song", 30, 960)
        text(d, (140, y + 40), "二、工作内容和工作地点", "sansb", 34)
        para(d, (140, y + 110), filler * 2, "song", 30, 960)
        text(d, (620, 1680), "— 2 —", "song", 26, anchor="mm")
        pages.append(im)
    else:
        im, d = a4()
        text(d, (620, 170), "劳 动 合 同 书", "serifb", 60, anchor="mm")
        text(d, (900, 260), f"合同编号：HT{sign:%Y}{rng.randint(1000,9999)}", "song", 24)
        y = 340
        rows = [("甲方", "名称", emp), ("", "法定代表人", rng.choice(["张伟", "李强", "陈静"])), ("", "地址", "上海市" + rng.choice(["浦东新区", "闵行区"]) + rng.choice(["张江路", "虹梅路"]) + f"{rng.randint(1,999)}号"),
                ("乙方", "姓名", p["contract_name"]), ("", "身份证号码", c["id_drawn"]), ("", "住址", p["residence_address"])]
        for a, k, v in rows:
            lines = wrap(d, v, "song", 30, 640)
            h = max(80, 44 * len(lines) + 30)
            d.rectangle([120, y, 1120, y + h], outline=(0, 0, 0), width=2)
            d.line([230, y, 230, y + h], fill=(0, 0, 0), width=2)
            d.line([440, y, 440, y + h], fill=(0, 0, 0), width=2)
            if a:
                text(d, (175, y + h // 2 + (h if a else 0) // 2), a, "sansb", 30, anchor="mm")
            text(d, (250, y + h // 2), k, "song", 28, anchor="lm")
            yy = y + (h - 44 * len(lines)) // 2
            for ln in lines:
                text(d, (460, yy), ln, "song", 30)
                yy += 44
            y += h
        y = para(d, (140, y + 60), "根据《中华人民共和国劳动合同法》及有关法律法规，甲乙双方遵循合法、公平、平等自愿、协商一致、诚实信用的原则，订立本合同。", "song", 30, 960)
        para(d, (140, y + 20), filler, "song", 30, 960)
        text(d, (620, 1680), "第 1 页 共 4 页", "song", 24, anchor="mm")
        pages.append(im)
        im, d = a4()
        text(d, (140, 130), "第一条 合同期限", "sansb", 34)
        if c.get("open_ended"):
            y = para(d, (140, 200), f"1.1 本合同为无固定期限劳动合同，自 {s:%Y年%m月%d日} 起生效。", "song", 30, 960)
        else:
            y = para(d, (140, 200), f"1.1 本合同为固定期限劳动合同，合同期限自{s.year}年{s.month}月{s.day}日起至{e.year}年{e.month}月{e.day}日止。", "song", 30, 960)
        y = para(d, (140, y + 10), f"1.2 试用期为三个月，自{s.year}年{s.month}月{s.day}日起至{(s + dt.timedelta(days=91)).year}年{(s + dt.timedelta(days=91)).month}月{(s + dt.timedelta(days=91)).day}日止。", "song", 30, 960)
        text(d, (140, y + 40), "第二条 工作内容", "sansb", 34)
        para(d, (140, y + 110), filler * 2, "song", 30, 960)
        text(d, (620, 1680), "第 2 页 共 4 页", "song", 24, anchor="mm")
        pages.append(im)
    im, d = a4()
    text(d, (140, 130), "第" + ("五" if layout == "shanghai_model" else "三") + "条 劳动报酬与社会保险", "sansb", 34)
    para(d, (140, 200), filler * 4, "song", 30, 960)
    text(d, (620, 1680), "— 3 —" if layout == "shanghai_model" else "第 3 页 共 4 页", "song", 24, anchor="mm")
    pages.append(im)
    im, d = a4()
    para(d, (140, 150), "本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。" + filler, "song", 30, 960)
    text(d, (140, 900), "甲方（盖章）：", "song", 32)
    text(d, (700, 900), "乙方（签字）：", "song", 32)
    text(d, (920, 890), p["contract_name"], "ukai", 48, (20, 20, 60))
    text(d, (140, 1050), "法定代表人或委托代理人：", "song", 30)
    text(d, (140, 1200), f"签订日期：{sign.year} 年 {sign.month} 月 {sign.day} 日", "song", 30)
    text(d, (700, 1200), f"签订日期：{sign.year} 年 {sign.month} 月 {sign.day} 日", "song", 30)
    seal(im, 380, 960, 150, ring=emp.replace("（", "(").replace("）", ")"), rng=rng)
    text(d, (620, 1680), "— 4 —" if layout == "shanghai_model" else "第 4 页 共 4 页", "song", 24, anchor="mm")
    pages.append(im)
    return pages
