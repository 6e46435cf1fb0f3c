"""Document renderers: facts -> list of Canvas pages (drawn once, rastered or written as text PDF)."""
import datetime as dt
from .canvas import Canvas
from .rules import pd, add_months
from . import fonts

BLACK = (20, 20, 20)
GREY = (120, 120, 120)
BLUE_L = (70, 130, 190)
A4 = (1240, 1754)
CARD = (1011, 638)
CNM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
CNDIG = "〇一二三四五六七八九"


def cn_day(n):
    if n <= 10:
        return CNM[n] if n < 10 else "十"
    if n < 20:
        return "十" + CNM[n - 10]
    return CNM[n // 10] + "十" + (CNM[n % 10] if n % 10 else "")


def d_cn(d, style="pad"):
    d = pd(d) if isinstance(d, str) else d
    if style == "pad":
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    if style == "nopad":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "spaced":
        return "%d 年 %d 月 %d 日" % (d.year, d.month, d.day)
    if style == "dot":
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    if style == "dash":
        return "%d-%d-%d" % (d.year, d.month, d.day)
    if style == "iso":
        return d.isoformat()
    if style == "hanzi":
        return "".join(CNDIG[int(c)] for c in str(d.year)) + "年" + cn_day(d.month) + "月" + cn_day(d.day) + "日"
    raise ValueError(style)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def brk(s):
    """print brackets full width as the forms do"""
    return s.replace("(", "（").replace(")", "）")


def pick_font(r, pdf=False, pool=None):
    return r.choice(pool or (fonts.PDF_BODY_FONTS if pdf else fonts.BODY_FONTS))


# ------------------------------------------------------------------ id card
def id_card(doc, r, f):
    fl = doc["fields"]
    front = Canvas(*CARD, bg=(243, 246, 248))
    front.guilloche(0, 0, CARD[0], CARD[1], (205, 222, 236), seed=r.random())
    vf = r.choice(["hei", "song", "hei"])
    lab = dict(font="hei", size=28, fill=BLUE_L)
    front.text(60, 62, "姓  名", **lab)
    front.fit(180, 56, fl["name"], vf, 36, 400)
    front.text(60, 140, "性  别", **lab)
    front.text(180, 136, fl["sex"], vf, 34)
    front.text(300, 140, "民  族", **lab)
    front.text(420, 136, fl["ethnicity"], vf, 34)
    front.text(60, 218, "出  生", **lab)
    front.text(180, 214, d_cn(fl["birth_date"], "spaced"), vf, 34)
    front.text(60, 296, "住  址", **lab)
    front.wrap(180, 292, f["id_addr"], vf, 32, 400, lh=46)
    front.text(60, 530, "公民身份号码", **lab)
    front.text(300, 522, fl["id_number"], "ocrb", 40)
    front.photo(650, 80, 930, 430, seed=r.random())
    back = Canvas(*CARD, bg=(243, 246, 248))
    back.guilloche(0, 0, CARD[0], CARD[1], (215, 225, 238), seed=r.random())
    back.seal(130, 130, 80, "", "", color=(200, 40, 40), seed=r.random())
    back.text(600, 80, "中华人民共和国", "heib", 54, BLACK, "c")
    back.text(600, 170, "居民身份证", "heib", 76, BLACK, "c")
    back.text(160, 430, "签发机关", **lab)
    back.fit(320, 424, fl["issuing_authority"], vf, 34, 620)
    back.text(160, 510, "有效期限", **lab)
    vu = "长期" if fl["valid_until"] == "long_term" else d_cn(fl["valid_until"], "dot")
    back.text(320, 504, d_cn(fl["valid_from"], "dot") + "-" + vu, vf, 34)
    return [front, back]


def a4_with(cards, r, title=None):
    pg = Canvas(*A4)
    y = 140
    if title:
        pg.text(620, 60, title, "hei", 30, GREY, "c")
    for c in cards:
        pg.embed(c, 115 + r.randint(-30, 30), y)
        y += c.h + r.randint(90, 170)
    return pg


# ------------------------------------------------------------------ residence permit
def permit_rows(fl, r):
    lab_hk = r.choice(["户籍地址", "常住户口所在地住址"])
    rows = [("姓名", fl["name"]), (r.choice(["公民身份号码", "证件号码"]), fl["id_number"]),
            (lab_hk, fl["hukou_address"]), ("居住地址", fl["residence_address"]),
            (r.choice(["签发日期", "签注日期"]), d_cn(fl["issue_date"], r.choice(["iso", "dot", "pad"])))]
    if r.random() < 0.5:
        rows.append(("有效期限", d_cn(fl["valid_from"], "dot") + "至" + d_cn(fl["valid_until"], "dot")))
    else:
        st = r.choice(["iso", "pad"])
        rows += [("有效期限起", d_cn(fl["valid_from"], st)), ("有效期限止", d_cn(fl["valid_until"], st))]
    return rows


def permit_info(doc, r, f, pdf=False):
    fl = doc["fields"]
    pg = Canvas(*A4, pdf=pdf)
    font = pick_font(r, pdf)
    pg.text(620, 120, r.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证签注信息"]), font, 44, BLACK, "c")
    rows = permit_rows(fl, r)
    y = 240
    if r.random() < 0.5:  # two-column grid
        for lab, val in rows:
            lines = pg.split(val, font, 30, 720)
            h = max(80, 46 * len(lines) + 34)
            pg.rect(100, y, 1140, y + h, w=2)
            pg.line(380, y, 380, y + h)
            pg.text(120, y + h / 2 - 16, lab, font, 28, (60, 60, 60))
            yy = y + (h - 46 * len(lines)) / 2 + 6
            for ln in lines:
                pg.text(400, yy, ln, font, 30)
                yy += 46
            y += h
    else:  # list with values right-aligned far from labels
        for lab, val in rows:
            pg.text(110, y, lab + "：", font, 28, (70, 70, 70))
            lines = pg.split(val, font, 30, 640)
            for ln in lines:
                pg.text(1130, y, ln, font, 30, BLACK, "r")
                y += 46
            pg.line(110, y + 10, 1130, y + 10, 1, (190, 190, 190))
            y += 40
    pg.text(1130, y + 80, "上海市公安局", font, 28, BLACK, "r")
    if not pdf:
        pg.seal(1000, y + 80, 110, "上海市公安局居住证管理专用章", seed=r.random())
    pg.text(110, 1650, "打印时间：" + f["as_of"].isoformat() + "  本信息仅供居住证积分办理使用", font, 22, GREY)
    return [pg]


def permit_app(doc, r, f):
    fl = doc["fields"]
    W, H = 1080, 2340
    pg = Canvas(W, H, bg=(244, 245, 247))
    pg.rect(0, 0, W, 90, outline=None, fill=(255, 255, 255), w=0)
    pg.text(50, 28, "%d:%02d" % (r.randint(8, 22), r.randint(0, 59)), "hei", 34)
    pg.text(1030, 28, "5G  87%", "hei", 30, BLACK, "r")
    pg.rect(0, 90, W, 220, outline=None, fill=(255, 255, 255), w=0)
    pg.text(540, 128, "电子居住证", "hei", 44, BLACK, "c")
    pg.text(50, 130, "<", "hei", 44)
    col = r.choice([(33, 110, 220), (20, 150, 120), (220, 90, 40)])
    pg.rect(40, 260, W - 40, 620, outline=None, fill=col, w=0, radius=30)
    pg.text(90, 310, "上海市居住证", "hei", 40, (255, 255, 255))
    pg.fit(90, 400, fl["name"], "heib", 80, 900, (255, 255, 255))
    pg.text(90, 530, "有效期至 " + d_cn(fl["valid_until"], "iso"), "hei", 34, (235, 240, 255))
    pg.rect(40, 660, W - 40, 2200, outline=None, fill=(255, 255, 255), w=0, radius=30)
    y = 710
    for lab, val in permit_rows(fl, r):
        pg.text(80, y, lab, "hei", 34, (140, 140, 140))
        lines = pg.split(val, "hei", 36, 560)
        for ln in lines:
            pg.text(W - 80, y, ln, "hei", 36, BLACK, "r")
            y += 54
        y += 44
        pg.line(80, y - 22, W - 80, y - 22, 1, (230, 230, 230))
    return [pg]


def permit_card(doc, r, f):
    fl = doc["fields"]
    c = Canvas(*CARD, bg=(236, 244, 250))
    c.guilloche(0, 0, CARD[0], CARD[1], (200, 225, 240), seed=r.random())
    c.text(505, 40, "上海市居住证", "heib", 50, (30, 60, 140), "c")
    c.text(60, 150, "姓名", "hei", 28, BLUE_L)
    c.fit(200, 144, fl["name"], "hei", 34, 460)
    c.text(60, 230, "公民身份号码", "hei", 28, BLUE_L)
    c.text(270, 224, fl["id_number"], "ocrb", 36)
    c.text(60, 310, "居住地址", "hei", 28, BLUE_L)
    c.wrap(200, 306, fl["residence_address"], "hei", 30, 520, lh=44)
    c.text(60, 470, "签发机关  上海市公安局", "hei", 28, BLACK)
    c.text(60, 540, "有效期限  " + d_cn(fl["valid_from"], "dot") + "-" + d_cn(fl["valid_until"], "dot"), "hei", 28)
    c.photo(760, 140, 950, 400, seed=r.random())
    return c


# ------------------------------------------------------------------ hukou
def hukou_cover(doc, r, f):
    fl = doc["fields"]
    pg = Canvas(1240, 900, bg=(252, 249, 240))
    hand = r.choice(fonts.HAND_FONTS + ["song"])
    pg.text(620, 50, "常住人口登记簿", "songb", 44, BLACK, "c")
    x0, x1, xm = 80, 1160, 620
    ys = [150, 250, 440, 720]
    for y in ys:
        pg.line(x0, y, x1, y, 3)
    for x in (x0, x1):
        pg.line(x, ys[0], x, ys[-1], 3)
    pg.line(xm, ys[0], xm, ys[2], 3)
    for x in (260, 800):
        pg.line(x, ys[0], x, ys[1], 2)
    pg.line(260, ys[1], 260, ys[2], 2)
    pg.line(800, ys[1], 800, ys[2], 2)
    pg.text(100, 185, "户  别", "song", 30)
    pg.text(280, 180, fl["household_type"], hand, 34)
    pg.text(640, 185, "户主姓名", "song", 30)
    pg.fit(820, 180, fl["head_name"], hand, 34, 320)
    pg.text(100, 330, "户  号", "song", 30)
    pg.text(280, 325, fl["household_number"], hand, 34)
    pg.text(640, 330, "住  址", "song", 30)
    addr = f["cover_addr"]
    mode = f.get("cover_mode", "same")
    if mode == "normalise":
        addr = fullwidth(addr)
        for k in ("号", "弄", "路", "组"):
            addr = addr.replace(k, k + " ", 1)
    lines = pg.split(addr, hand, 30, 330)
    if mode == "normalise" and len(lines) == 1:
        lines = [addr[: len(addr) // 2], addr[len(addr) // 2:]]
    yy = 262 + max(0, (170 - 44 * len(lines)) / 2)
    for ln in lines:
        pg.text(815, yy, ln, hand, 30)
        yy += 44
    pg.text(100, 470, "户口登记机关和户口专用章", "song", 28)
    pg.text(640, 470, "承办人签章", "song", 28)
    pg.text(780, 560, r.choice(["张", "李", "王", "陈"]) + r.choice(["伟", "敏", "霞", "军"]), "kai", 40)
    pg.text(640, 650, "签发日期", "song", 28)
    pg.text(800, 645, d_cn(fl["issue_date"], "pad"), hand, 32)
    pg.seal(330, 590, 115, f["police"] + "户口专用章", seed=r.random())
    return [pg]


def hukou_member(doc, r, f):
    fl = doc["fields"]
    pg = Canvas(1240, 1600, bg=(252, 250, 244))
    hand = r.choice(fonts.HAND_FONTS + ["song", "ming"])
    pg.text(620, 50, "常住人口登记卡", "songb", 44, BLACK, "c")
    layout = [[("姓名", fl["name"]), ("户主或与户主关系", fl["relation_to_head"])],
              [("曾用名", ""), ("性别", fl["sex"])],
              [("出生地", fl["birthplace"]), ("民族", fl["ethnicity"])],
              [("籍贯", fl["native_place"]), ("出生日期", d_cn(fl["birth_date"], "pad"))],
              [("本市（县）其他住址", "")],
              [("宗教信仰", ""), ("身高", "%dcm" % r.randint(155, 185))],
              [("公民身份证件编号", fl["id_number"])],
              [("血型", r.choice("ABO")), ("文化程度", fl["education"])],
              [("婚姻状况", fl["marital_status"]), ("兵役状况", "")],
              [("服务处所", brk(fl["employer"]))],
              [("职业", r.choice(["职员", "工程师", "技术员", "销售"])), ("何时由何地迁来本址", "")],
              [("何时由何地迁来本市（县）", "")],
              [("登记日期", d_cn(fl["registration_date"], "pad"))]]
    y, H = 120, 92
    for row in layout:
        if len(row) == 1:
            lab, val = row[0]
            pg.rect(70, y, 1170, y + H, w=2)
            pg.line(330, y, 330, y + H, 2)
            pg.fit(80, y + 30, lab, "song", 24, 240, minsize=14)
            if val:
                pg.fit(345, y + 26, val, hand, 32, 810)
        else:
            for j, (lab, val) in enumerate(row):
                xa, xb = (70, 620) if j == 0 else (620, 1170)
                pg.rect(xa, y, xb, y + H, w=2)
                pg.line(xa + 210, y, xa + 210, y + H, 2)
                pg.fit(xa + 10, y + 30, lab, "song", 24, 190, minsize=13)
                if val:
                    pg.fit(xa + 224, y + 26, val, hand, 32, 315)
        y += H
    pg.text(760, y + 60, "承办人签章：", "song", 26)
    pg.seal(300, y + 150, 105, f["police"] + "户口专用章", seed=r.random())
    return [pg]


def collective(doc, r, f, pdf=False):
    fl = doc["fields"]
    pg = Canvas(*A4)
    font = pick_font(r)
    pg.text(620, 160, "户 籍 证 明", "songb", 56, BLACK, "c")
    body = ("兹证明 %s（公民身份号码：%s）系我所辖集体户口人员，户籍地址：%s。\n特此证明。"
            % (fl["name"], fl["id_number"], f["collective_addr"]))
    pg.wrap(140, 320, "    " + body, font, 32, 960, lh=58)
    pg.text(1100, 900, f["police_station"], font, 32, BLACK, "r")
    pg.text(1100, 960, d_cn(fl["issue_date"], r.choice(["pad", "hanzi"])), font, 32, BLACK, "r")
    pg.seal(900, 900, 120, f["police_station"] + "户籍专用章", seed=r.random())
    pg.text(140, 1500, "（本证明自开具之日起三十日内有效）", font, 26, GREY)
    return [pg]


# ------------------------------------------------------------------ labour contract
BOILER = ["甲方应当依法为乙方缴纳各项社会保险费，乙方个人缴纳部分由甲方从乙方工资中代扣代缴。",
          "乙方应当遵守甲方依法制定的规章制度，服从甲方的工作安排，按时完成工作任务。",
          "甲方根据乙方的工作岗位，按月以货币形式支付乙方工资，不得克扣或者无故拖欠。",
          "乙方的财产及个人信息受法律保护，甲方应当为乙方保守个人隐私。",
          "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
          "本合同未尽事宜，按国家和本市有关规定执行；双方协商一致可以变更本合同。",
          "有下列情形之一的，乙方可以通知甲方解除本合同：甲方未按照约定提供劳动保护或者劳动条件的。",
          "乙方患病或者非因工负伤，在规定的医疗期满后不能从事原工作的，甲方可以依法解除本合同。"]


def contract(doc, r, f):
    fl = doc["fields"]
    kind = f["contract_kind"]
    font = r.choice(["song", "hei", "ming", "gbsn", "zenhei"])
    emp = brk(fl["employer"])
    pages = []
    en = kind == "bilingual"
    title = {"model": "上海市劳动合同", "company": "劳 动 合 同 书", "hire": "聘 用 合 同", "dispatch": "劳务派遣劳动合同",
             "bilingual": "劳动合同"}[kind]
    p1 = Canvas(*A4)
    p1.text(620, 200, title, "songb", 64, BLACK, "c")
    if en:
        p1.text(620, 290, "LABOUR CONTRACT", "dejavu", 40, BLACK, "c")
    if kind == "model":
        p1.text(620, 290, "（示范文本）", font, 32, BLACK, "c")
    y = 470
    a_lab = {"hire": "甲方（聘用单位）", "dispatch": "甲方（劳务派遣单位）"}.get(kind, "甲方（用人单位）")
    b_lab = {"hire": "乙方（受聘人员）"}.get(kind, "乙方（劳动者）")
    if kind in ("model", "hire", "dispatch", "bilingual"):
        rows = [(a_lab + "名称：", emp), ("法定代表人：", f["legal_rep"]), ("地址：", f["company_addr"]),
                (b_lab + "姓名：", fl["employee_name"]), ("居民身份证号码：", fl["employee_id_number"]),
                ("户籍地址：", f["hk_addr"]), ("联系电话：", "13%d" % r.randint(100000000, 999999999))]
        for lab, val in rows:
            w = p1.text(140, y, lab, font, 30)
            lines = p1.split(val, font, 32, 1080 - 140 - w)
            for j, ln in enumerate(lines):
                p1.text(150 + w, y - 2, ln, font, 32)
                p1.line(145 + w, y + 40, 1100, y + 40, 1)
                y += 56
            if en and lab.startswith("甲方"):
                p1.wrap(150 + w, y - 4, f["company_en"], "dejavu", 24, 1080 - 150 - w, lh=36, fill=(50, 50, 50))
                y += 40
                p1.text(140, y - 4, "Party A (Employer)", "dejavu", 22, (80, 80, 80))
                y += 36
            if en and lab.startswith("乙方"):
                p1.text(140, y - 4, "Party B (Employee)", "dejavu", 22, (80, 80, 80))
                y += 36
            y += 16
        if kind == "dispatch":
            y += 20
            y = p1.wrap(140, y, "用工单位（实际用工单位）：" + brk(f["host"]), font, 28, 960, lh=44)
            p1.wrap(140, y + 10, "乙方由甲方派遣至用工单位工作，甲方依法为乙方缴纳社会保险费并代扣代缴个人所得税。", font, 26, 960, lh=42)
    else:  # company template: parties in a table
        tbl = [("甲方", "名称", emp), ("", "法定代表人", f["legal_rep"]), ("", "地址", f["company_addr"]),
               ("乙方", "姓名", fl["employee_name"]), ("", "身份证号码", fl["employee_id_number"]), ("", "住址", f["res_addr"])]
        for a, b, v in tbl:
            lines = p1.split(v, font, 30, 660)
            h = max(76, 44 * len(lines) + 30)
            p1.rect(120, y, 1120, y + h, w=2)
            p1.line(230, y, 230, y + h, 2)
            p1.line(430, y, 430, y + h, 2)
            if a:
                p1.text(145, y + h / 2 - 16, a, font, 30)
            p1.text(250, y + h / 2 - 16, b, font, 28)
            yy = y + (h - 44 * len(lines)) / 2 + 6
            for ln in lines:
                p1.text(450, yy, ln, font, 30)
                yy += 44
            y += h
    p1.text(620, 1660, "第 1 页", font, 22, GREY, "c")
    pages.append(p1)
    # --- term page
    p2 = Canvas(*A4)
    y = 140
    p2.text(140, y, "第一条  合同期限" + ("  Term of Contract" if en else ""), font, 32)
    y += 80
    s = pd(fl["start_date"])
    rn = f.get("renewal")
    if rn:
        s = rn["orig_start"]
    if fl["open_ended"]:
        opts = [("固定期限", False), ("无固定期限", True), ("以完成一定工作任务为期限", False)]
    else:
        opts = [("固定期限", True), ("无固定期限", False), ("以完成一定工作任务为期限", False)]
    for lab, on in opts:
        p2.text(170, y, ("☑ " if on else "□ ") + lab, font, 30)
        y += 56
    y += 20
    e = rn["orig_end"] if rn else (pd(fl["end_date"]) if fl["end_date"] else None)
    if e:
        txt = "本合同期限自 %s起至 %s止。" % (d_cn(s, "spaced"), d_cn(e, "spaced"))
    else:
        txt = "本合同为无固定期限劳动合同，自 %s起履行。" % d_cn(s, "spaced")
    y = p2.wrap(170, y, txt, font, 32, 920, lh=56)
    if en:
        ee = ("from %s to %s." % (s.isoformat(), e.isoformat())) if e else ("open-ended, commencing on %s." % s.isoformat())
        y = p2.wrap(170, y + 6, "The term of this Contract is " + ee, "dejavu", 26, 920, lh=40)
    y += 30
    ps = s
    y = p2.wrap(170, y, "其中试用期自 %s起至 %s止。" % (d_cn(ps, "spaced"), d_cn(add_months(ps, r.choice([2, 3, 6])) - dt.timedelta(days=1), "spaced")),
                font, 28, 920, lh=50)
    y += 40
    p2.text(140, y, "第二条  工作内容和工作地点", font, 32)
    y += 70
    for t in r.sample(BOILER, 3):
        y = p2.wrap(170, y, t, font, 28, 920, lh=50) + 16
    p2.text(620, 1660, "第 2 页", font, 22, GREY, "c")
    pages.append(p2)
    for pn in range(3, 3 + r.randint(0, 2)):
        p3 = Canvas(*A4)
        y = 140
        for k, t in enumerate(r.sample(BOILER, 6)):
            y = p2_clause(p3, y, "第%s条" % CNM[pn * 2 + k] if pn * 2 + k <= 12 else "第十%s条" % CNM[pn * 2 + k - 10], t, font)
        p3.text(620, 1660, "第 %d 页" % pn, font, 22, GREY, "c")
        pages.append(p3)
    # --- signature page
    ps_ = Canvas(*A4)
    ps_.wrap(140, 160, "本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。", font, 30, 960)
    ps_.text(140, 400, "甲方（盖章）：", font, 30)
    ps_.wrap(140, 460, emp, font, 30, 480, lh=46)
    ps_.text(140, 620, "法定代表人或委托代理人：", font, 28)
    ps_.text(700, 400, "乙方（签字）：", font, 30)
    ps_.text(900, 460, fl["employee_name"], r.choice(fonts.HAND_FONTS), 40)
    sd = rn["orig_start"] - (pd(fl["start_date"]) - pd(fl["signing_date"])) if rn else pd(fl["signing_date"])
    dstyle = r.choice(["spaced", "nopad", "pad"])
    ps_.text(140, 760, "签订日期：" + d_cn(sd, dstyle), font, 30)
    ps_.text(700, 760, "签订日期：" + d_cn(sd, dstyle), font, 30)
    ps_.seal(330, 560, 120, fl["employer"][:16] if len(fl["employer"]) > 16 else brk(fl["employer"]), "合同专用章", seed=r.random())
    ps_.text(620, 1660, "第 %d 页" % (len(pages) + 1), font, 22, GREY, "c")
    pages.append(ps_)
    if rn:
        pr = Canvas(*A4)
        pr.text(620, 180, "劳动合同续订书", "songb", 56, BLACK, "c")
        y = 340
        y = pr.wrap(140, y, "甲方（用人单位）：" + emp, font, 30, 960, lh=52)
        y = pr.wrap(140, y + 10, "乙方（劳动者）：%s    身份证号码：%s" % (fl["employee_name"], fl["employee_id_number"]), font, 30, 960, lh=52)
        y += 40
        y = pr.wrap(140, y, "甲乙双方于 %s签订的劳动合同于 %s期满。经双方协商一致，同意续订劳动合同。"
                    % (d_cn(sd, "spaced"), d_cn(rn["orig_end"], "spaced")), font, 30, 960, lh=56)
        y = pr.wrap(140, y + 20, "续订合同期限自 %s起至 %s止。" % (d_cn(fl["start_date"], "spaced"), d_cn(fl["end_date"], "spaced")),
                    font, 32, 960, lh=56)
        y = pr.wrap(140, y + 20, "原劳动合同其他条款继续有效。", font, 30, 960)
        pr.text(140, 1000, "甲方（盖章）", font, 30)
        pr.text(700, 1000, "乙方（签字）", font, 30)
        pr.text(880, 1060, fl["employee_name"], r.choice(fonts.HAND_FONTS), 40)
        pr.text(140, 1200, "续订日期：" + d_cn(fl["signing_date"], "spaced"), font, 30)
        pr.seal(320, 1090, 115, brk(fl["employer"])[:16], "合同专用章", seed=r.random())
        pages.append(pr)
    return pages


def p2_clause(pg, y, head, t, font):
    pg.text(140, y, head, font, 30)
    return pg.wrap(170, y + 56, t, font, 28, 920, lh=50) + 26


# ------------------------------------------------------------------ tax
def tax_national(doc, r, f, pdf=False):
    fl = doc["fields"]
    rows = list(doc["rows"])
    font = pick_font(r, pdf)
    per_style = r.choice(["range_dash", "range_dot"])
    cols = [("申报日期", 90), ("实缴(退)金额", 240), ("入(退)库日期", 380), ("所得项目", 520), ("税款所属期", 690),
            ("入库税务机关", 900), ("备注", 1060)]
    cols = [("申报日期", 60), ("实缴(退)金额", 190), ("入(退)库日期", 320), ("所得项目", 450), ("税款所属期", 600),
            ("入库税务机关", 790), ("备注", 930)]
    pages = []
    per_page = 12
    chunks = [rows[k:k + per_page] for k in range(0, len(rows), per_page)] or [[]]
    first = min(r_["period"] for r_ in rows) if rows else ""
    last = max(r_["period"] for r_ in rows) if rows else ""
    for n, ch in enumerate(chunks):
        pg = Canvas(*A4, pdf=pdf)
        y = 80
        if n == 0:
            pg.text(620, y, "中华人民共和国个人所得税纳税记录", font, 40, BLACK, "c")
            pg.text(620, y + 60, "（原《税收完税证明》）", font, 26, BLACK, "c")
            y += 130
            pg.text(60, y, "纳税人名称：" + fl["name"], font, 26)
            pg.text(640, y, "纳税人识别号：" + fl["id_number"], font, 26)
            y += 48
            pg.text(60, y, "记录期间：%s 至 %s" % (first, last), font, 26)
            pg.text(640, y, "开具日期：" + d_cn(fl["issue_date"], r.choice(["iso", "pad"])), font, 26)
            y += 70
        pg.line(50, y, 1190, y, 2)
        for lab, x in cols:
            pg.fit(x, y + 14, lab, font, 22, 140)
        y += 58
        pg.line(50, y, 1190, y, 1)
        for row in ch:
            pm = pd(row["period"] + "-01")
            pe = add_months(pm, 1) - dt.timedelta(days=1)
            dd = min(add_months(pm, 1) + dt.timedelta(days=r.randint(1, 12)), pd(fl["issue_date"]) - dt.timedelta(days=3))
            per = ("%s至%s" % (pm.isoformat(), pe.isoformat())) if per_style == "range_dash" else (
                "%s-%s" % (d_cn(pm, "dot"), d_cn(pe, "dot")))
            pg.text(60, y + 14, dd.isoformat(), font, 20)
            pg.text(310, y + 14, row["amount"], font, 22, BLACK, "r")
            pg.text(320, y + 14, (dd + dt.timedelta(days=r.randint(0, 2))).isoformat(), font, 20)
            pg.fit(450, y + 14, row["item"], font, 20, 145)
            pg.text(600, y + 4, per[:10], font, 20)
            pg.text(600, y + 34, per[10:], font, 20)
            pg.wrap(790, y + 4, f["tax_office"], font, 18, 135, lh=26)
            agent = brk(row["withholding_agent"])
            tin = f["tins"][row["withholding_agent"]]
            note = "扣缴义务人：" + ((tin + " " + agent) if f["show_tin"] and r.random() < 0.5 else
                                 (agent + "（" + tin + "）") if f["show_tin"] else agent)
            lines = pg.split(note, font, 19, 250)
            yy = y + 4
            for ln in lines:
                pg.text(930, yy, ln, font, 19)
                yy += 26
            h = max(72, 26 * len(lines) + 14)
            y += h
            pg.line(50, y, 1190, y, 1, (170, 170, 170))
        if n == len(chunks) - 1:
            pg.text(60, y + 40, "金额合计（大写）：……  （小写）¥%.2f" % sum(float(x["amount"]) for x in rows), font, 22)
            pg.text(60, y + 90, "查询验证码：%s" % "".join(r.choice("0123456789ABCDEF") for _ in range(16)), font, 22)
            pg.qr(1020, y + 40, 130, seed=r.random())
        pg.text(620, 1690, "第 %d 页 共 %d 页" % (n + 1, len(chunks)), font, 20, GREY, "c")
        pages.append(pg)
    return pages


def tax_detail(doc, r, f, pdf=False):
    """收入纳税明细 / 纳税清单 with its own 扣缴义务人 column"""
    fl = doc["fields"]
    font = pick_font(r, pdf)
    rows = doc["rows"]
    pages = []
    chunks = [rows[k:k + 16] for k in range(0, len(rows), 16)]
    for n, ch in enumerate(chunks):
        pg = Canvas(*A4, pdf=pdf)
        y = 90
        if n == 0:
            pg.text(620, y, "个人所得税收入纳税明细", font, 40, BLACK, "c")
            y += 90
            pg.text(70, y, "姓名：" + fl["name"], font, 26)
            pg.text(560, y, "身份证件号码：" + fl["id_number"], font, 26)
            y += 46
            pg.text(70, y, "打印日期：" + d_cn(fl["issue_date"], "pad"), font, 26)
            y += 66
        pg.rect(60, y, 1180, y + 56, outline=BLACK, fill=(235, 235, 235), w=2)
        for lab, x in [("税款所属期", 75), ("所得项目", 250), ("扣缴义务人", 430), ("收入额", 850), ("已缴税额", 1010)]:
            pg.text(x, y + 14, lab, font, 24)
        y += 56
        for row in ch:
            lines = pg.split(brk(row["withholding_agent"]), font, 22, 400)
            h = max(60, 32 * len(lines) + 20)
            pg.rect(60, y, 1180, y + h, w=1)
            pg.text(75, y + 16, row["period"], font, 24)
            pg.fit(250, y + 16, row["item"], font, 22, 170)
            yy = y + 12
            for ln in lines:
                pg.text(430, yy, ln, font, 22)
                yy += 32
            pg.text(990, y + 16, "%.2f" % (float(row["amount"]) * 7 + 5000 if float(row["amount"]) else 4800), font, 22, BLACK, "r")
            pg.text(1165, y + 16, row["amount"], font, 24, BLACK, "r")
            y += h
        pg.text(620, 1690, "%d / %d" % (n + 1, len(chunks)), font, 20, GREY, "c")
        pages.append(pg)
    return pages


# ------------------------------------------------------------------ social insurance
def si_record(doc, r, f, pdf=False):
    fl = doc["fields"]
    font = pick_font(r, pdf)
    rows = doc["rows"]
    marker = r.choice(["type_col", "note_col"])
    pages = []
    chunks = [rows[k:k + 20] for k in range(0, len(rows), 20)]
    for n, ch in enumerate(chunks):
        pg = Canvas(*A4, pdf=pdf)
        y = 90
        if n == 0:
            pg.text(620, y, r.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）"]), font, 38, BLACK, "c")
            y += 90
            pg.text(70, y, "姓名：" + fl["name"], font, 26)
            pg.text(560, y, "证件号码：" + fl["id_number"], font, 26)
            y += 60
        heads = [("缴费年月", 70), ("单位名称", 220), ("缴费基数", 700), ("养老(个人)", 850),
                 ("缴费类型" if marker == "type_col" else "备注", 1040)]
        pg.line(60, y, 1180, y, 2)
        for lab, x in heads:
            pg.text(x, y + 14, lab, font, 24)
        y += 56
        pg.line(60, y, 1180, y, 1)
        for row in ch:
            lines = pg.split(brk(row["employer"]), font, 22, 460)
            h = max(58, 30 * len(lines) + 22)
            pg.text(70, y + 14, row["month"].replace("-", "") if r.random() < 0 else row["month"], font, 24)
            yy = y + 12
            for ln in lines:
                pg.text(220, yy, ln, font, 22)
                yy += 30
            pg.text(820, y + 14, row["base"], font, 22, BLACK, "r")
            pg.text(980, y + 14, "%.2f" % (float(row["base"]) * 0.08), font, 22, BLACK, "r")
            if marker == "type_col":
                pg.text(1040, y + 14, "补缴" if row["back_payment"] else "正常", font, 24)
            elif row["back_payment"]:
                pg.text(1040, y + 14, "补缴", font, 24)
            y += h
            pg.line(60, y, 1180, y, 1, (190, 190, 190))
        pg.text(620, 1690, "第%d页/共%d页" % (n + 1, len(chunks)), font, 20, GREY, "c")
        pages.append(pg)
    return pages


# ------------------------------------------------------------------ education / marriage
def diploma(doc, r, f):
    fl = doc["fields"]
    if doc.get("layout") == "xuexin":
        return xuexin(doc, r, f)
    pg = Canvas(1754, 1240, bg=(253, 251, 245))
    font = r.choice(["song", "ming", "kai"])
    pg.rect(40, 40, 1714, 1200, outline=(170, 140, 80), w=8)
    pg.text(877, 120, "毕 业 证 书", "songb", 80, (150, 30, 30), "c")
    g = pd(fl["graduation_date"])
    yrs = {"本科": 4, "专科": 3, "硕士研究生": 3, "博士研究生": 4}[fl["level"]]
    lvl = {"本科": "四年制本科", "专科": "三年制专科", "硕士研究生": "硕士研究生", "博士研究生": "博士研究生"}[fl["level"]]
    b = f["birth"]
    txt = ("学生 %s，性别%s，%d年%d月%d日生，于%d年9月至%d年%d月在本校%s专业%s学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
           % (fl["name"], f["sex"], b.year, b.month, b.day, g.year - yrs, g.year, g.month, fl["major"], lvl))
    pg.photo(170, 300, 440, 650, seed=r.random())
    pg.wrap(560, 320, txt, font, 40, 1020, lh=76)
    pg.text(560, 900, "校（院）长：" + r.choice(["王建国", "李志远", "陈明德"]), font, 34)
    pg.text(560, 960, "学校：" + fl["school"], font, 34)
    pg.text(170, 1100, "证书编号：%d%s" % (r.randint(10000, 19999), "".join(r.choice("0123456789") for _ in range(13))), font, 28)
    pg.text(1600, 1100, d_cn(g, "hanzi"), font, 34, BLACK, "r")
    pg.seal(1350, 960, 120, fl["school"], "", seed=r.random())
    return [pg]


def xuexin(doc, r, f):
    fl = doc["fields"]
    pg = Canvas(*A4)
    font = r.choice(["hei", "song"])
    pg.text(620, 100, "教育部学历证书电子注册备案表", "heib", 44, BLACK, "c")
    pg.text(620, 170, "更新日期：" + f["as_of"].isoformat(), font, 24, GREY, "c")
    g = pd(fl["graduation_date"])
    yrs = {"本科": 4, "专科": 3, "硕士研究生": 3, "博士研究生": 4}[fl["level"]]
    rows = [("姓名", fl["name"]), ("性别", f["sex"]), ("出生日期", d_cn(f["birth"], "pad")),
            ("入学日期", "%d年09月01日" % (g.year - yrs)), ("毕(结)业日期", d_cn(g, "pad")), ("学校名称", fl["school"]),
            ("专业", fl["major"]), ("学制", "%d 年" % yrs), ("层次", fl["level"]), ("学历类别", "普通高等教育"),
            ("学习形式", fl["study_mode"]), ("毕(结)业", "毕业"), ("证书编号", "%d" % r.randint(10**17, 10**18 - 1))]
    y = 260
    for lab, val in rows:
        pg.rect(120, y, 1120, y + 70, w=2)
        pg.line(400, y, 400, y + 70, 2)
        pg.text(140, y + 20, lab, font, 28, (60, 60, 60))
        pg.fit(420, y + 18, val, font, 30, 680)
        y += 70
    pg.qr(930, y + 60, 190, seed=r.random())
    pg.text(120, y + 80, "在线验证码：%s" % "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)), font, 26)
    return [pg]


def degree(doc, r, f):
    fl = doc["fields"]
    pg = Canvas(1754, 1240, bg=(250, 250, 246))
    font = r.choice(["song", "kai", "ming"])
    pg.rect(40, 40, 1714, 1200, outline=(60, 90, 150), w=8)
    title = {"学士": "学 士 学 位 证 书", "硕士": "硕 士 学 位 证 书", "博士": "博 士 学 位 证 书"}[fl["level"]]
    pg.text(877, 120, title, "songb", 76, (30, 50, 120), "c")
    b, g = f["birth"], pd(fl["graduation_date"])
    txt = ("%s，%s，%d年%d月生。在%s%s专业完成了%s学位的学业，成绩合格。根据《中华人民共和国学位条例》的规定，授予%s%s学位。"
           % (fl["name"], f["sex"], b.year, b.month, fl["school"], fl["major"], fl["level"], f["category"], fl["level"]))
    pg.photo(170, 300, 440, 650, seed=r.random())
    pg.wrap(560, 320, txt, font, 40, 1020, lh=76)
    pg.text(560, 920, fl["school"] + "学位评定委员会主席：" + r.choice(["张伟", "刘洪", "周正"]), font, 32)
    pg.text(170, 1100, "证书编号：%d" % r.randint(10**15, 10**16 - 1), font, 28)
    pg.text(1600, 1100, d_cn(g, r.choice(["hanzi", "pad"])), font, 34, BLACK, "r")
    return [pg]


def marriage(doc, r, f):
    fl = doc["fields"]
    pg = Canvas(1240, 1700, bg=(253, 244, 242))
    font = r.choice(["song", "hei", "kai"])
    pg.text(620, 80, "结 婚 证", "songb", 60, (170, 20, 20), "c")
    pg.text(140, 220, "持证人  " + fl["holder_name"], font, 36)
    pg.text(140, 300, "登记日期  " + d_cn(fl["registration_date"], "pad"), font, 36)
    pg.text(140, 380, "结婚证字号  J%s-%d-%06d" % ("310115", pd(fl["registration_date"]).year, r.randint(1, 999999)), font, 32)
    pg.photo(420, 470, 820, 760, seed=r.random())
    y = 820
    people = [(fl["holder_name"], f["sex"], f["birth"].isoformat(), f["idn"]),
              (fl["spouse_name"], f["spouse_sex"], f["spouse_birth"], fl["spouse_id_number"])]
    for nm, sx, bd, idn in people:
        pg.text(140, y, "姓名  " + nm, font, 34)
        pg.text(640, y, "性别  " + sx, font, 34)
        pg.text(140, y + 70, "国籍  中国", font, 34)
        pg.text(640, y + 70, "出生日期  " + d_cn(bd, "pad"), font, 32)
        pg.text(140, y + 140, "身份证件号  " + idn, font, 34)
        y += 300
    pg.seal(900, 1500, 120, "上海市" + r.choice(["浦东新区", "徐汇区", "闵行区"]) + "民政局", "婚姻登记专用章", seed=r.random())
    return [pg]


def receipt(r):
    pg = Canvas(700, 1300, bg=(250, 250, 248))
    pg.text(350, 60, r.choice(["全家便利店", "罗森 LAWSON", "联华超市"]), "hei", 40, BLACK, "c")
    y = 160
    for it in r.sample(["矿泉水", "饭团", "酸奶", "面包", "咖啡", "口香糖", "纸巾"], 5):
        pg.text(60, y, it, "hei", 32)
        pg.text(640, y, "%.2f" % r.uniform(2, 20), "hei", 32, BLACK, "r")
        y += 60
    pg.text(60, y + 40, "合计", "hei", 34)
    pg.text(60, y + 120, "交易时间 2026-%02d-%02d %02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(7, 22), r.randint(0, 59)), "hei", 26)
    pg.text(350, y + 220, "谢谢惠顾", "hei", 30, BLACK, "c")
    return pg
