"""Renderers: each draws one document from its truth fields as REAL-DOCUMENTS describes it."""
import datetime as dt
from .model import D, iso

CN_DIG = "〇一二三四五六七八九"
BLUE = (70, 130, 190)
RED = (210, 35, 40)
GREY = (110, 110, 110)


def dd(s):
    return D.fromisoformat(s)


def cn_num(n):
    return "".join(CN_DIG[int(c)] for c in str(n))


def cn_day(n):
    t = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    if n < 10:
        return t[n]
    if n < 20:
        return "十" + t[n - 10]
    return t[n // 10] + "十" + t[n % 10]


def cn_date(d, day=True):
    s = f"{cn_num(d.year)}年{cn_day(d.month)}月"
    return s + (f"{cn_day(d.day)}日" if day else "")


def ymd(d, style=0):
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == 2:
        return f"{d:%Y.%m.%d}"
    if style == 3:
        return f"{d:%Y-%m-%d}"
    return f"{d.year} 年 {d.month} 月 {d.day} 日"


# ------------------------------------------------------------------ 身份证
def id_front(doc, plan, rng, mk):
    f = doc["fields"]
    p = mk(85.6, 54, bg=(246, 244, 236))
    for k in range(0, 54, 2):
        p.line(0, k, 85.6, k + 6 * ((k // 2) % 3 - 1), 0.08, (225, 228, 236))
    lab = dict(size=7, f="hei", color=BLUE)
    val = dict(size=8.5, f="heib" if rng.random() < 0.5 else "hei")
    p.t(5, 6, "姓  名", **lab); p.t(15, 5.6, f["name"], **val)
    p.t(5, 13, "性  别", **lab); p.t(15, 12.6, f["sex"], **val)
    p.t(24, 13, "民  族", **lab); p.t(34, 12.6, f["ethnicity"], **val)
    b = dd(f["birth_date"])
    p.t(5, 20, "出  生", **lab); p.t(15, 19.6, str(b.year), **val); p.t(24, 20, "年", **lab)
    p.t(29, 19.6, str(b.month), **val); p.t(33, 20, "月", **lab); p.t(38, 19.6, str(b.day), **val); p.t(42, 20, "日", **lab)
    p.t(5, 27, "住  址", **lab)
    y = 26.6
    for ln in p.wrap(f["address"], 36, 8.5, val["f"]):
        p.t(15, y, ln, **val); y += 4.2
    p.t(5, 45, "公民身份号码", **lab)
    p.t(26, 44.2, f["id_number"], size=10.5, f="ocrb", spacing=0.4)
    p.photo(57, 7, 81, 37, (236, 238, 232))
    return [p]


def id_back(doc, plan, rng, mk):
    f = doc["fields"]
    p = mk(85.6, 54, bg=(244, 244, 238))
    for k in range(0, 86, 2):
        p.line(k, 0, k + 10, 54, 0.08, (226, 232, 228))
    p.seal(13, 13, 8, "", color=(200, 40, 40), star=True)
    p.t(48, 8, "中华人民共和国", 11, "heib", anchor="c", spacing=1)
    p.t(48, 16, "居民身份证", 15, "heib", anchor="c", spacing=2.5)
    p.t(16, 38, "签发机关", 7, "hei", BLUE); p.t(31, 37.6, f["issuing_authority"], 8.5, "hei")
    vu = "长期" if f["valid_until"] == "long_term" else f"{dd(f['valid_until']):%Y.%m.%d}"
    p.t(16, 45, "有效期限", 7, "hei", BLUE); p.t(31, 44.6, f"{dd(f['valid_from']):%Y.%m.%d}-{vu}", 8.5, "hei")
    return [p]


# ------------------------------------------------------------------ 居住证
def permit_info(doc, plan, rng, mk, four=None):
    f = doc["fields"]
    p = mk(210, 297)
    four = rng.random() < 0.5 if four is None else four
    fnt = rng.choice(["song", "hei", "micro"])
    p.t(105, 28, rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息"]), 16, "heib", anchor="c")
    p.t(20, 40, f"打印时间：{plan['as_of'] - dt.timedelta(days=rng.randrange(0, 9)):%Y-%m-%d}", 9, fnt, GREY)
    valid = (f"{dd(f['valid_from']):%Y.%m.%d}至{dd(f['valid_until']):%Y.%m.%d}")
    idl = rng.choice(["证件号码", "公民身份号码"])
    hkl = rng.choice(["户籍地址", "常住户口所在地住址"])
    x0, x1, y, rh = 20, 190, 48, 12
    if four:
        rows = [[("姓名", f["name"]), (idl, f["id_number"])],
                [(hkl, f["hukou_address"])], [("居住地址", f["residence_address"])],
                [("签注日期" if rng.random() < .5 else "签发日期", ymd(dd(f["issue_date"]), 3)), ("证件状态", "有效")]]
        split = rng.random() < 0.5
        if split:
            rows.append([("有效期限起", ymd(dd(f["valid_from"]), 3)), ("有效期限止", ymd(dd(f["valid_until"]), 3))])
        else:
            rows.append([("有效期限", valid)])
        rows.append([("发证机关", "上海市公安局" + rng.choice(["浦东分局", "徐汇分局", "闵行分局"]))])
        for r in rows:
            p.rect(x0, y, x1, y + rh, 0.3)
            if len(r) == 2:
                for k, (l, v) in enumerate(r):
                    bx = x0 + k * 85
                    p.rect(bx, y, bx + 30, y + rh, 0.3, fill=(238, 238, 238))
                    p.t(bx + 15, y + 3.5, l if len(l) < 6 else l, 9 if len(l) < 6 else 8, fnt, anchor="c")
                    p.t(bx + 33, y + 3.5, v, 10, fnt)
                p.line(x0 + 85, y, x0 + 85, y + rh, 0.3)
            else:
                l, v = r[0]
                p.rect(x0, y, x0 + 30, y + rh, 0.3, fill=(238, 238, 238))
                p.t(x0 + 15, y + 3.5, l, 9 if len(l) < 6 else 7.5, fnt, anchor="c")
                p.t(x0 + 33, y + 3.5, v, 10, fnt)
            y += rh
    else:
        lab_w = rng.choice([40, 55])
        far = rng.random() < 0.4
        rows = [("姓名", f["name"]), (idl, f["id_number"]), (hkl, f["hukou_address"]),
                ("居住地址", f["residence_address"]), ("签发日期", ymd(dd(f["issue_date"]), rng.choice([0, 1, 3]))),
                ("有效期限", valid), ("签发机关", "上海市公安局人口管理办公室")]
        for l, v in rows:
            p.t(x0, y + 3, l + ("：" if not far else ""), 10.5, fnt)
            if far:
                p.t(x1, y + 3, v, 10.5, fnt, anchor="r")
            else:
                p.t(x0 + lab_w, y + 3, v, 10.5, fnt)
            p.line(x0, y + rh, x1, y + rh, 0.15, (170, 170, 170))
            y += rh
    p.t(105, 270, "本信息仅供查询使用", 8, fnt, GREY, "c")
    return [p]


def permit_card(doc, plan, rng, mk):
    f = doc["fields"]
    p = mk(85.6, 54, bg=(232, 240, 248))
    p.t(42.8, 4, "上海市居住证", 12, "heib", (30, 70, 140), "c", spacing=1.5)
    p.t(5, 14, "姓名", 7, "hei", BLUE); p.t(16, 13.6, f["name"], 9, "heib")
    p.t(5, 21, "公民身份号码", 7, "hei", BLUE); p.t(24, 20.6, f["id_number"], 8.5, "ocrb")
    p.t(5, 28, "居住地址", 7, "hei", BLUE)
    y = 27.6
    for ln in p.wrap(f["residence_address"], 40, 8, "hei"):
        p.t(18, y, ln, 8, "hei"); y += 4
    p.t(5, 44, "签发日期", 7, "hei", BLUE); p.t(18, 43.6, f"{dd(f['issue_date']):%Y.%m.%d}", 8, "hei")
    p.photo(62, 12, 81, 38)
    return [p]


def permit_app(doc, plan, rng, mk):
    f = doc["fields"]
    return [app_screen(mk, rng, "电子居住证", banner=f["name"], rows=[
        ("证件号码", f["id_number"]), ("户籍地址", f["hukou_address"]), ("居住地址", f["residence_address"]),
        ("签注日期", ymd(dd(f["issue_date"]), 3)),
        ("有效期限", f"{dd(f['valid_from']):%Y.%m.%d}至{dd(f['valid_until']):%Y.%m.%d}"),
        ("证件状态", "有效")], clock=plan["as_of"])]


def app_screen(mk, rng, title, banner=None, rows=(), cards=None, clock=None, sub=None):
    W, H = 91.44, 198.12  # 1080 x 2340 at 300 dpi
    p = mk(W, H, bg=(245, 246, 248))
    fnt = rng.choice(["hei", "micro", "wqy"])
    p.t(6, 2.2, f"{rng.randrange(8, 21)}:{rng.randrange(10, 59)}", 8, fnt)
    p.t(W - 6, 2.2, f"{rng.randrange(20, 99)}%", 7.5, fnt, anchor="r")
    p.rect(0, 8, W, 18, color=None, fill=(255, 255, 255))
    p.t(5, 11, "‹", 14, fnt); p.t(W / 2, 11, title, 11, fnt, anchor="c")
    y = 20
    if banner:
        p.rect(4, y, W - 4, y + 24, color=None, fill=rng.choice([(38, 110, 230), (0, 150, 136), (210, 60, 50)]))
        p.t(9, y + 5, banner, 17, "heib", (255, 255, 255))
        if sub:
            p.t(9, y + 15, sub, 8, fnt, (235, 235, 255))
        y += 28
    if rows:
        p.rect(4, y, W - 4, y + 4 + 10 * len(rows) + 4 * sum(len(p.wrap(v, 50, 9, fnt)) - 1 for _, v in rows), color=None, fill=(255, 255, 255))
        y += 3
        for l, v in rows:
            p.t(8, y + 2, l, 9, fnt, (140, 140, 140))
            for ln in p.wrap(v, 50, 9, fnt):
                p.t(W - 8, y + 2, ln, 9, fnt, anchor="r"); y += 4
            y += 6
            p.line(8, y - 1.5, W - 8, y - 1.5, 0.1, (225, 225, 225))
    for c in cards or []:
        hh = 6 + 6 * len(c[1])
        p.rect(4, y, W - 4, y + hh, color=None, fill=(255, 255, 255))
        p.t(8, y + 2.5, c[0], 10, "heib" if fnt == "hei" else fnt)
        yy = y + 8.5
        for l, v in c[1]:
            p.t(8, yy, l, 8.5, fnt, (140, 140, 140))
            p.t(W - 8, yy, v, 8.5, fnt, anchor="r")
            yy += 6
        y += hh + 3
    return p


# ------------------------------------------------------------------ 户口簿
def hukou_cover(doc, plan, rng, mk):
    f = doc["fields"]
    p = mk(143, 105, bg=(250, 247, 240))
    fnt = rng.choice(["song", "uming", "gbsn"])
    p.t(71.5, 8, "户 口 簿", 13, "songb", anchor="c") if rng.random() < 0.3 else None
    y0, rh = 18, 13
    xs = [8, 28, 68, 90, 135]
    iss = dd(f["issue_date"])
    if rng.random() < 0.5:  # grid_wide
        p.rect(8, y0, 135, y0 + rh * 4, 0.35)
        for k in range(1, 4):
            p.line(8, y0 + rh * k, 135, y0 + rh * k, 0.3)
        for x in xs[1:4]:
            p.line(x, y0, x, y0 + rh * 2, 0.3)
        p.line(28, y0 + rh * 2, 28, y0 + rh * 4, 0.3)
        p.t(18, y0 + 4, "户  别", 9, fnt, anchor="c"); p.t(31, y0 + 4, f["household_type"], 10, fnt)
        p.t(79, y0 + 4, "户主姓名", 9, fnt, anchor="c"); p.t(93, y0 + 4, f["head_name"], 10, fnt)
        p.t(18, y0 + rh + 4, "户  号", 9, fnt, anchor="c"); p.t(31, y0 + rh + 4, f["household_number"], 10, fnt)
        p.t(79, y0 + rh + 4, "承办人签章", 8, fnt, anchor="c"); p.t(100, y0 + rh + 4, rng.choice(["李", "王", "陈", "赵"]) + "印", 9, "kai", RED)
        p.t(18, y0 + rh * 2 + 4, "住  址", 9, fnt, anchor="c")
        yy = y0 + rh * 2 + 2
        for ln in p.wrap(f["address"], 100, 10, fnt):
            p.t(31, yy, ln, 10, fnt); yy += 5
        p.t(18, y0 + rh * 3 + 4, "签发日期", 9, fnt, anchor="c")
        p.t(31, y0 + rh * 3 + 4, ymd(iss, 4), 10, fnt)
        ty = y0 + rh * 4 + 5
    else:  # grid_stack
        labs = [("户别", f["household_type"]), ("户主姓名", f["head_name"]), ("户号", f["household_number"]),
                ("住址", f["address"]), ("签发日期", ymd(iss, 1))]
        for k, (l, v) in enumerate(labs):
            y = y0 + k * 11
            p.rect(8, y, 135, y + 11, 0.3)
            p.line(35, y, 35, y + 11, 0.3)
            p.t(21.5, y + 3.2, l, 9, fnt, anchor="c")
            p.t(38, y + 3.2, v, 10 if len(v) < 24 else 8.5, fnt)
        ty = y0 + 5 * 11 + 5
    p.t(70, ty, "户口登记机关（盖章）", 8, fnt)
    p.seal(rng.uniform(80, 110), rng.uniform(48, 70), 15, plan["person"]["region"][4] + "户口专用章", alpha=150)
    return [p]


def hukou_member(doc, plan, rng, mk):
    f = doc["fields"]
    p = mk(143, 105, bg=(250, 248, 243))
    hand = rng.random() < 0.5
    lf = rng.choice(["song", "uming"])
    vf = rng.choice(["gkai", "kai", "wenkai"]) if hand else rng.choice(["song", "hei"])
    p.t(71.5, 4, "常住人口登记卡", 12, "songb", anchor="c", spacing=2)
    b = dd(f["birth_date"])
    reg = dd(f["registration_date"])
    cells = [("姓名", f["name"]), ("户主或与户主关系", f["relation_to_head"]), ("曾用名", ""), ("性别", f["sex"]),
             ("出生地", f["birthplace"]), ("民族", f["ethnicity"]), ("籍贯", f["native_place"]),
             ("出生日期", ymd(b, 0)), ("本市（县）其他住址", ""), ("宗教信仰", ""),
             ("公民身份证件编号", f["id_number"]), ("身高", f"{rng.randrange(155, 185)}cm"), ("血型", rng.choice(["A", "B", "O", "AB"])),
             ("文化程度", f["education"] or ""), ("婚姻状况", f["marital_status"] or ""), ("兵役状况", "未服兵役"),
             ("服务处所", f["employer"] or ""), ("职业", rng.choice(["职员", "工程师", "会计", ""])),
             ("何时由何地迁来本市（县）", ""), ("何时由何地迁来本址", ""),
             ("登记日期", ymd(reg, 1))]
    y, rh = 10, 7.6
    x0, x1 = 6, 137
    i = 0
    pairs = []
    while i < len(cells):
        l, v = cells[i]
        if l in ("公民身份证件编号", "服务处所", "何时由何地迁来本市（县）", "何时由何地迁来本址", "登记日期", "出生地", "籍贯"):
            pairs.append([cells[i]]); i += 1
        else:
            pairs.append(cells[i:i + 2]); i += 2
    for row in pairs:
        p.rect(x0, y, x1, y + rh, 0.3)
        if len(row) == 1:
            l, v = row[0]
            lw = 14 + len(l) * 2.6
            p.line(x0 + lw, y, x0 + lw, y + rh, 0.3)
            p.t(x0 + lw / 2, y + 2.4, l, 7, lf, anchor="c")
            p.t(x0 + lw + 3, y + 1.8, v, 9, vf)
        else:
            for k, (l, v) in enumerate(row):
                bx = x0 + k * 65.5
                lw = 8 + len(l) * 2.6
                p.line(bx + lw, y, bx + lw, y + rh, 0.3)
                p.t(bx + lw / 2, y + 2.4, l, 7, lf, anchor="c")
                p.t(bx + lw + 3, y + 1.8, v, 9, vf)
            p.line(x0 + 65.5, y, x0 + 65.5, y + rh, 0.3)
        y += rh
    p.t(100, 99, "承办人签章：", 7, lf)
    p.seal(rng.uniform(95, 118), rng.uniform(70, 88), 13, "公安局" + rng.choice(["派出所", ""]) + "户口专用章", alpha=140)
    return [p]


def collective(doc, plan, rng, mk):
    f = doc["fields"]
    p = mk(210, 297)
    fnt = rng.choice(["song", "gbsn", "hei"])
    p.t(105, 40, "户 籍 证 明", 20, "songb", anchor="c")
    reg = plan["person"]["region"]
    y = p.para(25, 65, f"兹证明{f['name']}（性别：{plan['person']['sex']}，公民身份号码：{f['id_number']}），"
                       f"其常住户口登记在我所辖集体户，户籍地址：{f['address']}。", 160, 12, fnt, 2)
    y = p.para(25, y + 3, "特此证明。", 160, 12, fnt, 2)
    p.t(185, 150, reg[4].replace("分局", "分局") + "派出所", 12, fnt, anchor="r")
    p.t(185, 160, ymd(dd(f["issue_date"]), rng.choice([0, 1])), 12, fnt, anchor="r")
    p.seal(160, 150, 20, reg[4] + "户籍证明专用章")
    p.t(25, 270, "（本证明自开具之日起三个月内有效）", 9, fnt, GREY)
    return [p]


# ------------------------------------------------------------------ 劳动合同
BODY = [
    "甲方应当依法建立和完善劳动规章制度，保障乙方享有劳动权利、履行劳动义务。乙方应当遵守甲方依法制定的规章制度，完成劳动任务。",
    "甲方根据生产经营需要，安排乙方从事工作岗位。甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
    "甲方按月以货币形式支付乙方工资，发薪日为每月十日。乙方的工资不得低于本市最低工资标准。甲方应当依法为乙方缴纳社会保险费。",
    "乙方的个人信息、乙方的财产及乙方提供的资料，甲方应当妥善保管。甲方应当对乙方进行职业技能培训。",
    "双方解除或终止本合同，应当按照《中华人民共和国劳动合同法》的有关规定执行。甲方应当在解除或者终止劳动合同时出具证明。",
    "本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。",
]
CN_YEARS = {1: "一", 2: "二", 3: "三", 5: "五"}


def contract(doc, plan, rng, mk):
    f = doc["fields"]
    var = doc["_var"]
    emp0 = doc["_old_name"] or f["employer"]
    start = dd(f["start_date"])
    end0 = doc["_orig_end"]
    sign = dd(f["signing_date"])
    fnt = rng.choice(["song", "song", "gbsn", "hei", "uming"])
    pages = []
    ds = rng.choice([0, 1, 4])
    own_open = f["open_ended"] and not doc["_renewals"]
    total = 4 if var == "model" else rng.choice([3, 4, 5])

    def footer(pg, n):
        if var != "model" or rng.random() < 0.5:
            pg.t(105, 285, f"第 {n} 页 共 {total + len(doc['_renewals']) * 0 } 页" if var != "model" else f"- {n} -", 9, fnt, anchor="c")

    addr = plan["person"]["sh_addr"]
    probation_end = start + dt.timedelta(days=rng.choice([59, 89, 180]))
    if var == "model":
        p = mk(210, 297)
        p.t(105, 60, "上海市劳动合同", 24, "songb", anchor="c", spacing=3)
        p.t(105, 78, "（示范文本）", 14, fnt, anchor="c")
        p.t(50, 150, "甲方（用人单位）：", 12, fnt); p.t(95, 150, emp0, 12, "kai"); p.line(95, 156, 185, 156)
        p.t(50, 165, "乙方（劳动者）：", 12, fnt); p.t(95, 165, f["employee_name"], 12, "kai"); p.line(95, 171, 185, 171)
        p.t(50, 180, "签订日期：", 12, fnt); p.t(95, 180, ymd(sign, 4), 12, "kai"); p.line(95, 186, 185, 186)
        p.t(105, 250, "上海市人力资源和社会保障局制", 10, fnt, anchor="c")
        pages.append(p)
        p = mk(210, 297)
        y = 25
        for l, v in [("甲方（用人单位）名称：", emp0), ("法定代表人（主要负责人）：", plan["person"]["name"][0] + "某"),
                     ("注册地址：", "上海市" + rng.choice(["浦东新区", "闵行区"]) + "某路" + str(rng.randrange(1, 999)) + "号"),
                     ("乙方（劳动者）姓名：", f["employee_name"]), ("公民身份号码：", f["employee_id_number"]),
                     ("户籍地址：", plan["person"]["hk_addr"]), ("现居住地址：", addr)]:
            p.t(22, y, l, 11, fnt)
            x = 22 + p.tw(l, 11, fnt)
            p.t(x + 2, y - 0.5, v, 11 if len(v) < 30 else 9, rng.choice(["kai", "wenkai", fnt]))
            p.line(x, y + 5.5, 190, y + 5.5, 0.2)
            y += 11
        y += 4
        p.t(22, y, "第一条  合同期限", 12, "heib" if fnt == "hei" else "songb"); y += 9
        p.t(26, y, "甲乙双方选择以下第______种形式确定本合同期限：", 11, fnt); y += 9
        fixed = not own_open
        p.box(26, y + 0.6, 3.5, fixed)
        if fixed:
            p.t(31, y, f"固定期限：自 {start.year} 年 {start.month} 月 {start.day} 日起至 {end0.year} 年 {end0.month} 月 {end0.day} 日止。", 11, fnt)
        else:
            p.t(31, y, "固定期限：自 ____ 年 __ 月 __ 日起至 ____ 年 __ 月 __ 日止。", 11, fnt)
        y += 9
        p.box(26, y + 0.6, 3.5, not fixed)
        if fixed:
            p.t(31, y, "无固定期限：自 ____ 年 __ 月 __ 日起。", 11, fnt)
        else:
            p.t(31, y, f"无固定期限：自 {start.year} 年 {start.month} 月 {start.day} 日起。", 11, fnt)
        y += 9
        p.box(26, y + 0.6, 3.5, False); p.t(31, y, "以完成一定工作任务为期限：自 ____ 年 __ 月 __ 日起至工作任务完成时止。", 11, fnt); y += 11
        y = p.para(22, y, f"其中试用期自 {start.year} 年 {start.month} 月 {start.day} 日起至 {probation_end.year} 年 {probation_end.month} 月 {probation_end.day} 日止。", 166, 11, fnt)
        p.t(22, y + 4, "第二条  工作内容和工作地点", 12, "songb"); y += 13
        y = p.para(22, y, BODY[1], 166, 11, fnt)
        footer(p, 2)
        pages.append(p)
        p = mk(210, 297)
        y = 25
        for k, b in enumerate(BODY[2:]):
            p.t(22, y, f"第{'三四五六七八'[k]}条", 12, "songb"); y += 8
            y = p.para(22, y, b, 166, 11, fnt) + 4
        footer(p, 3)
        pages.append(p)
    else:
        p = mk(210, 297)
        y = 22
        p.t(105, y, "劳 动 合 同 书", 20, "songb", anchor="c"); y += 10
        p.t(190, y, f"合同编号：HT{start.year}{rng.randrange(1000, 9999)}", 9, fnt, anchor="r"); y += 10
        table_first = rng.random() < 0.5
        if not table_first:
            y = p.para(20, y, "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》及有关法律法规，甲乙双方经平等协商，自愿签订本合同，共同遵守本合同所列条款。", 170, 11, fnt) + 4
        rows = [("甲方", "名称", emp0), ("", "法定代表人", plan["person"]["name"][0] + "某某"),
                ("", "地址", "上海市" + rng.choice(["浦东新区", "静安区", "闵行区"]) + "某路" + str(rng.randrange(1, 999)) + "号"),
                ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]), ("", "住址", addr)]
        p.rect(20, y, 190, y + 10 * 6, 0.35)
        p.line(36, y, 36, y + 60, 0.3); p.line(64, y, 64, y + 60, 0.3)
        for k, (a, l, v) in enumerate(rows):
            yy = y + k * 10
            if k:
                p.line(36 if k not in (3,) else 20, yy, 190, yy, 0.3)
            if a:
                p.t(28, yy + 12, a, 11, fnt, anchor="c")
            p.t(50, yy + 3, l, 10, fnt, anchor="c")
            p.t(67, yy + 3, v, 10.5 if len(v) < 30 else 9, fnt)
        y += 66
        if table_first:
            y = p.para(20, y, "根据《中华人民共和国劳动法》《中华人民共和国劳动合同法》及有关法律法规，甲乙双方经平等协商，自愿签订本合同，共同遵守本合同所列条款。", 170, 11, fnt) + 4
        p.t(20, y, "一、劳动合同期限", 12, "songb"); y += 9
        if doc["_words"]:
            yrs = round((end0 - start).days / 365.25)
            t = f"本合同为固定期限劳动合同，合同期限{CN_YEARS.get(yrs, str(yrs))}年，自{ymd(start, ds)}起计算。其中试用期{(probation_end - start).days // 30}个月。"
        else:
            t = f"本合同为固定期限劳动合同，期限自{ymd(start, ds)}起至{ymd(end0, ds)}止。其中试用期自{ymd(start, ds)}起至{ymd(probation_end, ds)}止。"
        y = p.para(20, y, t, 170, 11, fnt) + 3
        p.t(20, y, "二、工作内容", 12, "songb"); y += 9
        y = p.para(20, y, BODY[1], 170, 11, fnt)
        footer(p, 1)
        pages.append(p)
        for k in range(total - 2):
            p = mk(210, 297)
            y = 25
            for j, b in enumerate(BODY[(k * 2) % 6:(k * 2) % 6 + 3]):
                p.t(20, y, f"{'三四五六七八九十'[(k * 3 + j) % 8]}、" + rng.choice(["劳动报酬", "社会保险", "劳动保护", "合同的解除", "其他"]), 12, "songb"); y += 9
                y = p.para(20, y, b * 2, 170, 11, fnt) + 5
            footer(p, k + 2)
            pages.append(p)
    # signature page
    p = mk(210, 297)
    y = 40
    y = p.para(20, y, "（以下无正文，为签署页）", 170, 11, fnt, indent=False) + 20
    p.t(25, y, "甲方（盖章）：", 12, fnt); p.t(115, y, "乙方（签字）：", 12, fnt)
    p.t(150, y - 1, f["employee_name"], 16, rng.choice(["kai", "gkai", "wenkai"]))
    p.seal(62, y + 6, 20, emp0 + "合同专用章" if len(emp0) < 16 else emp0)
    p.t(25, y + 30, "法定代表人或委托代理人：", 11, fnt)
    p.t(25, y + 45, "日期：" + ymd(sign, ds), 11, fnt); p.t(115, y + 45, "日期：" + ymd(sign, ds), 11, fnt)
    footer(p, total)
    pages.append(p)
    if doc["_old_name"]:
        pages.append(change_page(doc, plan, rng, mk, fnt))
    prev_end = end0
    for r in doc["_renewals"]:
        pages.append(renewal_page(doc, plan, rng, mk, fnt, r, prev_end))
        prev_end = r["end"]
    return pages


def change_page(doc, plan, rng, mk, fnt):
    f = doc["fields"]
    rdte = doc["_rename_date"]
    p = mk(210, 297)
    p.t(105, 30, "劳动合同变更书", 18, "songb", anchor="c")
    y = 50
    p.t(25, y, f"甲方：{f['employer']}", 11, fnt); y += 9
    p.t(25, y, f"乙方：{f['employee_name']}    身份证号码：{f['employee_id_number']}", 11, fnt); y += 14
    y = p.para(25, y, f"因甲方名称变更，经甲乙双方协商一致，自{ymd(rdte, 0)}起，双方于{ymd(dd(f['signing_date']), 0)}签订的劳动合同中甲方名称由“{doc['_old_name']}”变更为“{f['employer']}”。原劳动合同其他条款不变，继续履行。", 160, 11, fnt)
    p.t(25, y + 25, "甲方（盖章）：", 11, fnt); p.t(120, y + 25, "乙方（签字）：" , 11, fnt)
    p.t(150, y + 24, f["employee_name"], 14, "kai")
    p.seal(60, y + 32, 19, f["employer"])
    p.t(25, y + 55, "日期：" + ymd(rdte - dt.timedelta(days=7), 0), 11, fnt)
    return p


def renewal_page(doc, plan, rng, mk, fnt, r, prev_end):
    f = doc["fields"]
    p = mk(210, 297)
    p.t(105, 30, "劳动合同续订书", 18, "songb", anchor="c")
    y = 50
    for l, v in [("甲方（用人单位）：", f["employer"]), ("乙方（劳动者）：", f["employee_name"]), ("身份证号码：", f["employee_id_number"])]:
        p.t(25, y, l, 11, fnt); p.t(25 + p.tw(l, 11, fnt), y, v, 11, "kai"); y += 9
    y += 5
    y = p.para(25, y, f"甲乙双方签订的劳动合同（或续订书）将于{ymd(prev_end, 0)}到期，经双方协商一致，同意续订劳动合同，续订期限为：", 160, 11, fnt) + 3
    fixed = r["end"] is not None
    p.box(30, y + 0.6, 3.5, fixed)
    p.t(36, y, (f"固定期限：自{ymd(r['start'], 4)}起至{ymd(r['end'], 4)}止。" if fixed else "固定期限：自    年  月  日起至    年  月  日止。"), 11, fnt); y += 9
    p.box(30, y + 0.6, 3.5, not fixed)
    p.t(36, y, (f"无固定期限：自{ymd(r['start'], 4)}起。" if not fixed else "无固定期限：自    年  月  日起。"), 11, fnt); y += 12
    y = p.para(25, y, "续订期间，原劳动合同条款继续有效；本续订书与原劳动合同具有同等法律效力。", 160, 11, fnt)
    p.t(25, y + 25, "甲方（盖章）：", 11, fnt); p.t(120, y + 25, "乙方（签字）：", 11, fnt)
    p.t(150, y + 24, f["employee_name"], 14, rng.choice(["kai", "gkai"]))
    p.seal(60, y + 32, 19, f["employer"])
    p.t(25, y + 55, "续订日期：" + ymd(r["sign"], 0), 11, fnt)
    return p


# ------------------------------------------------------------------ 纳税记录
def tax_national(doc, plan, rng, mk):
    f = doc["fields"]
    rows = doc["rows"]
    iss = dd(f["issue_date"])
    fnt = rng.choice(["song", "hei", "gbsn"])
    per = rng.choice([8, 10, 12])
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    style = rng.choice(["range", "dots"])
    idpos = rng.choice(["none", "before", "after"])
    uscc = doc.get("_uscc", {})
    pages = []
    first = doc["_first"]
    last = rows[-1]["period"]
    cols = [("申报日期", 20), ("实缴(退)金额", 22), ("入(退)库日期", 20), ("所得项目", 26), ("税款所属期", 26),
            ("入库税务机关", 34), ("备注", 42)]
    for ci, ch in enumerate(chunks):
        p = mk(210, 297)
        y = 16
        if ci == 0:
            p.t(105, y, "中华人民共和国个人所得税纳税记录", 15, "heib" if fnt == "hei" else "songb", anchor="c"); y += 8
            p.t(105, y, "（原《税收完税证明》）", 10, fnt, anchor="c"); y += 8
            p.t(195, y, f"No.{rng.randrange(10**12, 10**13)}", 9, fnt, anchor="r"); y += 7
            p.t(15, y, f"税务机关：国家税务总局上海市{rng.choice(['浦东新区', '徐汇区', '闵行区'])}税务局", 9, fnt)
            p.t(120, y, f"开具日期：{iss:%Y-%m-%d}", 9, fnt); y += 6
            p.t(15, y, f"纳税人名称：{f['name']}", 9, fnt)
            p.t(120, y, f"纳税人识别号：{f['id_number']}", 9, fnt); y += 6
            p.t(15, y, f"记录期间：{first.year}年{first.month:02d}月-{last[:4]}年{last[5:]}月", 9, fnt); y += 6
            p.t(15, y, "金额单位：人民币元（列至角分）", 9, fnt); y += 8
        else:
            y += 4
        x = 10
        ruled = rng.random() < 0.6
        hy = y
        for l, w in cols:
            p.t(x + w / 2, y + 2, l, 8, fnt, anchor="c")
            if ruled:
                p.rect(x, y, x + w, y + 8, 0.2)
            x += w
        y += 8
        for r in ch:
            m = dd(r["period"] + "-01")
            import calendar
            lastday = calendar.monthrange(m.year, m.month)[1]
            dec = (m.replace(day=1) + dt.timedelta(days=32)).replace(day=rng.randrange(3, 15))
            item = r.get("_item", "工资薪金所得" if rng.random() < 0.8 else "正常工资薪金所得")
            per_s = [f"{m:%Y-%m}-01", f"至{m:%Y-%m}-{lastday:02d}"] if style == "range" else [f"{m:%Y.%m}.01-", f"{m:%Y.%m}.{lastday:02d}"]
            ag = r["withholding_agent"]
            code = uscc.get(ag, "")
            if idpos == "before" and code:
                note = ["扣缴义务人：" + code, ag]
            elif idpos == "after" and code:
                note = ["扣缴义务人：" + ag, "(" + code + ")"]
            else:
                note = p.wrap("扣缴义务人：" + ag, 40, 7.5, fnt)
            vals = [[f"{dec:%Y-%m-%d}"], [r["amount"]], [f"{dec + dt.timedelta(days=rng.randrange(0, 3)):%Y-%m-%d}"],
                    p.wrap(item, 25, 7.5, fnt), per_s, [f"国家税务总局上海市", f"{rng.choice(['浦东新区', '徐汇区'])}税务局"], note]
            x = 10
            h = 11
            for (l, w), v in zip(cols, vals):
                yy = y + 1.5 if len(v) > 1 else y + 3.5
                for ln in v:
                    p.t(x + 1 if l != "实缴(退)金额" else x + w - 1, yy, ln, 7.5, fnt, anchor="l" if l != "实缴(退)金额" else "r")
                    yy += 3.8
                if ruled:
                    p.rect(x, y, x + w, y + h, 0.2)
                x += w
            if not ruled:
                p.line(10, y + h, 200, y + h, 0.1, (190, 190, 190))
            y += h
        if ci == len(chunks) - 1:
            y += 8
            p.t(15, y, "说明：本记录涉及纳税人敏感信息，不得用于本人纳税情况证明以外的其他用途。", 8, fnt); y += 6
            p.t(15, y, f"查询验证码：{rng.randrange(10**9, 10**10)}{rng.choice('ABCDEFGH')}", 8, fnt)
            p.seal(160, y - 10, 18, "国家税务总局上海市税务局", alpha=170)
        p.t(105, 288, f"第{ci + 1}页/共{len(chunks)}页", 8, fnt, anchor="c")
        pages.append(p)
    return pages


def tax_app(doc, plan, rng, mk):
    f = doc["fields"]
    rows = list(reversed(doc["rows"]))
    iss = dd(f["issue_date"])
    pages = []
    for k in range(0, len(rows), 5):
        cards = []
        for r in rows[k:k + 5]:
            inc = float(r["amount"]) * rng.uniform(6, 14) + 5000
            cards.append((f"{r['period'][:4]}年{r['period'][5:]}月  " + r.get("_item", "工资薪金"),
                          [("扣缴义务人", r["withholding_agent"]), ("收入额", f"{inc:,.2f}元"), ("已申报税额", f"{r['amount']}元")]))
        pages.append(app_screen(mk, rng, "收入纳税明细", banner=f["name"] if k == 0 else None,
                                sub=f"身份证号 {f['id_number']}  查询日期 {iss:%Y-%m-%d}" if k == 0 else None,
                                cards=cards))
    return pages


# ------------------------------------------------------------------ 社保
def _groups(rows):
    gs = []
    for r in rows:
        m = dd(r["month"] + "-01")
        if gs and not r["back_payment"] and not gs[-1][0]["back_payment"] and gs[-1][0]["employer"] == r["employer"] \
                and gs[-1][0]["base"] == r["base"] and (dd(gs[-1][-1]["month"] + "-01") + dt.timedelta(days=32)).replace(day=1) == m:
            gs[-1].append(r)
        else:
            gs.append([r])
    return gs


def si_table(doc, plan, rng, mk, ranged=False):
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: (r["back_payment"], r["month"]))
    if rng.random() < 0.5:
        rows = sorted(doc["rows"], key=lambda r: r["month"])
    fnt = rng.choice(["song", "hei", "micro", "gbsn"])
    units = _groups(rows) if ranged else [[r] for r in rows]
    per = 20
    pages = []
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费情况）", "参保缴费情况"])
    ml = rng.choice(["缴费年月", "费款所属期"])
    ul = rng.choice(["单位名称", "缴费单位"])
    sep = rng.choice(["note", "type"])
    cols = [(ml, 28 if ranged else 20), (ul, 52), ("缴费基数", 20), ("养老(个人)", 18), ("医疗(个人)", 18), ("失业(个人)", 16),
            ("缴费类型" if sep == "type" else "备注", 18)]
    for ci in range(0, len(units), per):
        p = mk(210, 297)
        y = 18
        if ci == 0:
            p.t(105, y, title, 15, "heib" if fnt in ("hei", "micro") else "songb", anchor="c"); y += 12
            p.t(14, y, f"姓名：{f['name']}", 10, fnt); p.t(80, y, f"证件号码：{f['id_number']}", 10, fnt); y += 7
            p.t(14, y, f"打印日期：{plan['as_of'] - dt.timedelta(days=rng.randrange(0, 10)):%Y年%m月%d日}", 9, fnt, GREY); y += 9
        x = 12
        for l, w in cols:
            p.rect(x, y, x + w, y + 8, 0.2, fill=(235, 235, 235))
            p.t(x + w / 2, y + 2, l, 8, fnt, anchor="c"); x += w
        y += 8
        for u in units[ci:ci + per]:
            r = u[0]
            b = float(r["base"])
            if len(u) > 1:
                mtxt = f"{u[0]['month'].replace('-', '.')}-{u[-1]['month'].replace('-', '.')}"
            else:
                mtxt = r["month"].replace("-", rng.choice(["", "-"])) if not ranged else r["month"].replace("-", ".")
            st = ("补缴" if r["back_payment"] else "正常") if sep == "type" else ("补缴" if r["back_payment"] else "")
            vals = [mtxt, r["employer"], f"{b:.2f}", f"{b * .08:.2f}", f"{b * .02:.2f}", f"{b * .005:.2f}", st]
            x = 12
            h = 9
            for (l, w), v in zip(cols, vals):
                p.rect(x, y, x + w, y + h, 0.2)
                lines = p.wrap(v, w - 2, 7.5, fnt)
                yy = y + (4.5 - 1.9 * len(lines)) + 0.5
                for ln in lines:
                    p.t(x + 1, yy, ln, 7.5, fnt); yy += 3.6
                x += w
            y += h
        p.t(105, 288, f"第 {ci // per + 1} 页", 8, fnt, anchor="c")
        if ci + per >= len(units):
            p.seal(165, y + 20, 18, "上海市社会保险事业管理中心", alpha=160)
        pages.append(p)
    return pages


def si_months(doc, plan, rng, mk):
    f = doc["fields"]
    rows = doc["rows"]
    fnt = rng.choice(["song", "hei"])
    p = mk(297, 210)
    p.t(148, 15, "上海市社会保险个人缴费情况（按年度）", 15, "songb", anchor="c")
    p.t(15, 27, f"姓名：{f['name']}", 10, fnt); p.t(95, 27, f"证件号码：{f['id_number']}", 10, fnt)
    p.t(200, 27, f"缴费单位：{rows[-1]['employer']}", 10, fnt)
    years = sorted({r["month"][:4] for r in rows})
    y = 38
    cols = [("年度", 18), ("缴费基数", 24)] + [(f"{m}月", 18) for m in range(1, 13)] + [("合计月数", 20)]
    x = 15
    for l, w in cols:
        p.rect(x, y, x + w, y + 9, 0.25, fill=(235, 235, 235)); p.t(x + w / 2, y + 2.5, l, 8.5, fnt, anchor="c"); x += w
    y += 9
    by = {r["month"]: r for r in rows}
    for yr in years:
        x = 15
        bases = [r["base"] for r in rows if r["month"][:4] == yr]
        n = sum(1 for r in rows if r["month"][:4] == yr and not r["back_payment"])
        cells = [yr, bases[-1]] + [("补" if by[f"{yr}-{m:02d}"]["back_payment"] else "√") if f"{yr}-{m:02d}" in by else "" for m in range(1, 13)] + [str(n)]
        for (l, w), v in zip(cols, cells):
            p.rect(x, y, x + w, y + 10, 0.25); p.t(x + w / 2, y + 3, v, 9, fnt if v not in "√补" else "wenkai", anchor="c"); x += w
        y += 10
    p.t(15, y + 6, "注：“√”表示当月正常缴费，“补”表示补缴，空白表示未缴费。", 9, fnt)
    return [p]


def si_app(doc, plan, rng, mk):
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: r["month"], reverse=True)
    pages = []
    for k in range(0, len(rows), 6):
        cards = [(f"{r['month'][:4]}年{r['month'][5:]}月", [("缴费单位", r["employer"]), ("缴费基数", r["base"]),
                  ("缴费状态", "补缴" if r["back_payment"] else "已缴费")]) for r in rows[k:k + 6]]
        pages.append(app_screen(mk, rng, "参保缴费情况", banner=f["name"] if k == 0 else None,
                                sub=f"证件号码 {f['id_number']}" if k == 0 else None, cards=cards))
    return pages


# ------------------------------------------------------------------ 学历 / 婚姻
def diploma(doc, plan, rng, mk):
    f = doc["fields"]
    p = mk(260, 185, bg=(252, 250, 240))
    fnt = rng.choice(["song", "kai", "uming"])
    p.rect(6, 6, 254, 179, 1.2, (150, 120, 60))
    p.t(130, 20, "毕 业 证 书", 24, "songb", anchor="c", spacing=2)
    p.photo(25, 40, 55, 80)
    b = dd(plan["docs"][0]["fields"]["birth_date"])
    g = dd(f["graduation_date"])
    e = doc["_enter"]
    cn = rng.random() < 0.6
    bs = cn_date(b, False) if cn else f"{b.year}年{b.month}月"
    es = cn_date(e, False) if cn else f"{e.year}年{e.month}月"
    gs = cn_date(g, False) if cn else f"{g.year}年{g.month}月"
    yrs = {3: "三年制专科", 4: "四年制本科"}[doc["_years"]]
    txt = f"学生 {f['name']}，性别{plan['person']['sex']}，{bs}生，于{es}至{gs}在本校{f['major']}专业{yrs}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
    p.para(70, 45, txt, 165, 13, fnt, 2.0)
    p.t(70, 125, f"校  名：{f['school']}", 12, fnt)
    p.t(70, 135, f"校（院）长：{rng.choice('张王李陈')}{rng.choice('建明志华国')}", 12, fnt)
    p.t(25, 165, f"证书编号：{rng.randrange(10**16, 10**17)}", 10, fnt)
    p.t(230, 160, cn_date(g) if cn else ymd(g, 0), 13, fnt, anchor="r")
    p.seal(205, 150, 20, f["school"])
    return [p]


def degree(doc, plan, rng, mk):
    f = doc["fields"]
    p = mk(260, 185, bg=(250, 250, 252))
    fnt = rng.choice(["song", "kai", "uming"])
    p.rect(6, 6, 254, 179, 1.0, (60, 80, 140))
    p.t(130, 22, "学 士 学 位 证 书", 22, "songb", anchor="c", spacing=2)
    p.photo(25, 40, 55, 80)
    b = dd(plan["docs"][0]["fields"]["birth_date"])
    g = dd(f["graduation_date"])
    cn = rng.random() < 0.5
    txt = (f"{f['name']}，{plan['person']['sex']}，{cn_date(b) if cn else ymd(b, 0)}生。在{f['school']}{f['major']}专业完成了本科学习计划，"
           f"业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予{doc['_field']}学士学位。")
    p.para(70, 45, txt, 165, 13, fnt, 2.0)
    p.t(70, 130, f"{f['school']}", 12, fnt)
    p.t(70, 140, "学位评定委员会主席：", 12, fnt)
    p.t(25, 165, f"证书编号：{rng.randrange(10**15, 10**16)}", 10, fnt)
    p.t(230, 160, cn_date(g) if cn else ymd(g, 0), 13, fnt, anchor="r")
    return [p]


def marriage(doc, plan, rng, mk):
    f = doc["fields"]
    P = plan["person"]
    p = mk(180, 125, bg=(250, 238, 236))
    fnt = rng.choice(["song", "hei"])
    rdte = dd(f["registration_date"])
    p.t(10, 10, "持证人", 9, fnt, GREY); p.t(30, 9.5, f["holder_name"], 11, fnt)
    p.t(10, 19, "登记日期", 9, fnt, GREY); p.t(30, 18.5, ymd(rdte, 1), 11, fnt)
    p.t(10, 28, "结婚证字号", 9, fnt, GREY); p.t(30, 27.5, doc["_no"], 10, fnt)
    p.t(10, 37, "备注", 9, fnt, GREY)
    p.rect(100, 8, 170, 50, 0.2, (200, 200, 200), (200, 40, 40))
    people = [(f["holder_name"], P["sex"], P["birth"], P["id"]), (f["spouse_name"], doc["_sp_sex"], doc["_sp_birth"], f["spouse_id_number"])]
    if P["sex"] == "女":
        people.reverse()
    y = 60
    for nm, sx, bd, idn in people:
        p.t(10, y, "姓名", 9, fnt, GREY); p.t(25, y - 0.5, nm, 11, fnt)
        p.t(70, y, "性别", 9, fnt, GREY); p.t(82, y - 0.5, sx, 11, fnt)
        p.t(10, y + 8, "国籍", 9, fnt, GREY); p.t(25, y + 7.5, "中国", 11, fnt)
        p.t(70, y + 8, "出生日期", 9, fnt, GREY); p.t(88, y + 7.5, ymd(bd, 1), 11, fnt)
        p.t(10, y + 16, "身份证件号", 9, fnt, GREY); p.t(32, y + 15.5, idn, 11, fnt)
        y += 28
    p.seal(140, 100, 16, "婚姻登记专用章")
    return [p]


# ------------------------------------------------------------------ not documents of the packet
def other_page(kind, plan, rng, mk):
    P = plan["person"]
    p = mk(210, 297)
    fnt = rng.choice(["song", "hei"])
    if kind == "blank":
        return p
    if kind == "payslip":
        p.t(105, 25, f"{plan['emp']} 工资条", 14, "heib", anchor="c")
        m = plan["as_of"].replace(day=1) - dt.timedelta(days=1)
        p.t(20, 40, f"发放月份：{m:%Y年%m月}    姓名：{P['name']}    部门：{rng.choice(['研发部', '财务部', '市场部'])}", 10, fnt)
        y = 50
        for l in ["基本工资", "岗位津贴", "绩效奖金", "养老保险(个人)", "医疗保险(个人)", "住房公积金", "个人所得税", "实发工资"]:
            p.rect(20, y, 100, y + 9, 0.2); p.rect(100, y, 190, y + 9, 0.2)
            p.t(23, y + 2.5, l, 10, fnt); p.t(187, y + 2.5, f"{rng.uniform(100, 15000):.2f}", 10, fnt, anchor="r"); y += 9
    elif kind == "medical":
        p.t(105, 25, "入职健康体检报告", 16, "heib", anchor="c")
        y = 45
        for l, v in [("姓名", P["name"]), ("性别", P["sex"]), ("体检日期", f"{plan['as_of'] - dt.timedelta(days=300):%Y-%m-%d}"),
                     ("身高", f"{rng.randrange(155, 185)} cm"), ("血压", "118/76 mmHg"), ("血常规", "未见异常"),
                     ("肝功能", "未见异常"), ("胸部X线", "心肺膈未见明显异常"), ("结论", "合格")]:
            p.t(25, y, l, 11, fnt); p.t(70, y, v, 11, fnt); y += 10
        p.t(185, 250, "上海某某门诊部体检中心", 10, fnt, anchor="r")
    elif kind == "pledge":
        p.t(105, 30, "居住证积分申请诚信承诺书", 16, "heib", anchor="c")
        y = p.para(20, 50, f"本人{P['name']}（身份证号：{P['id']}）承诺：所提交的全部申请材料真实、有效，如有虚假，愿承担相应法律责任，"
                           "并同意取消积分资格。本人同意相关部门对申请材料进行核查。", 170, 12, fnt, 2)
        p.t(120, y + 30, "承诺人（签名）：", 12, fnt); p.t(160, y + 29, P["name"], 14, "kai")
        p.t(120, y + 42, f"日期：{plan['as_of'] - dt.timedelta(days=5):%Y年%m月%d日}", 12, fnt)
    else:  # application form
        p.t(105, 22, "上海市居住证积分申请表", 16, "heib", anchor="c")
        y = 38
        for l, v in [("姓名", P["name"]), ("身份证号", P["id"]), ("工作单位", plan["emp"]), ("居住地址", P["sh_addr"]),
                     ("申请类型", "首次申请" if plan["application"] == "first" else "续办"), ("联系电话", f"13{rng.randrange(10**8, 10**9)}")]:
            p.rect(20, y, 60, y + 11, 0.25); p.rect(60, y, 190, y + 11, 0.25)
            p.t(40, y + 3, l, 10, fnt, anchor="c"); p.t(63, y + 3, v, 10, fnt); y += 11
        p.t(20, y + 10, "单位经办人：", 10, fnt); p.t(120, y + 10, "单位（盖章）", 10, fnt)
    return p
