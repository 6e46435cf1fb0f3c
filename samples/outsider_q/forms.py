"""Paper and web-print forms.  Each builder returns a list of Sheets (mm pages)."""
import datetime as dt

from .sheet import Sheet, seal_image, portrait_image, qr_image, guilloche, chip_image, emblem_image, render
from .util import fmt_date, fmt_month, fmt_amount, d, to_fullwidth_digits, cn_year, cn_num

BLACK = (0, 0, 0)
GREY = (90, 90, 90)
LBLUE = (70, 120, 190)


def pick_fonts(rng, pdf=False):
    from .sheet import PDF_SERIF, PDF_SANS, SERIF, SANS
    return (rng.choice(PDF_SERIF if pdf else SERIF), rng.choice(PDF_SANS if pdf else SANS))


def A4(landscape=False):
    return Sheet(297, 210) if landscape else Sheet(210, 297)


# ================================================================ ID card
def id_front(f, rng, ctx):
    s = Sheet(85.6, 54)
    s.image(0, 0, 85.6, 54, guilloche(856, 540, rng))
    lab = rng.choice(["zenhei", "microhei", "notosans"])
    val = rng.choice(["zenhei", "notosans", "microhei"])
    lc = (60 + rng.randint(0, 30), 130, 200)
    y = 6.5
    s.text(6, y, "姓 名", lab, 6.5, lc)
    s.text(17, y - 0.6, f["name"], val, 9.5)
    y += 7
    s.text(6, y, "性 别", lab, 6.5, lc); s.text(17, y - .3, f["sex"], val, 7.8)
    s.text(30, y, "民 族", lab, 6.5, lc); s.text(41, y - .3, f["ethnicity"], val, 7.8)
    y += 7
    b = d(f["birth_date"])
    s.text(6, y, "出 生", lab, 6.5, lc)
    s.text(17, y - .3, str(b.year), val, 7.8)
    s.text(27, y, "年", lab, 6.5, lc); s.text(31.5, y - .3, str(b.month), val, 7.8)
    s.text(36, y, "月", lab, 6.5, lc); s.text(40, y - .3, str(b.day), val, 7.8)
    s.text(45, y, "日", lab, 6.5, lc)
    y += 7
    s.text(6, y, "住 址", lab, 6.5, lc)
    s.wrap(17, y - .3, f["address"], 36, val, 7.6, lh=1.45)
    s.text(6, 45.5, "公民身份号码", lab, 6.5, lc)
    s.text(26, 45.0, f["id_number"], "wkmono" if rng.random() < .5 else "microhei", 8.4, spacing=0.12)
    s.image(56, 7, 80, 37, portrait_image(rng))
    return s


def id_back(f, rng, ctx):
    s = Sheet(85.6, 54)
    s.image(0, 0, 85.6, 54, guilloche(856, 540, rng, base=(240, 240, 232), line=(215, 205, 190)))
    s.image(6, 5, 20, 19, emblem_image())
    s.text(50, 9, "中华人民共和国", "zenhei", 10.5, anchor="c", spacing=0.6)
    s.text(50, 17, "居民身份证", "notoserif_b" if rng.random() < .5 else "zenhei", 14, anchor="c", spacing=1.0)
    lab = rng.choice(["zenhei", "microhei"])
    s.text(14, 35, "签发机关", lab, 6.5, (60, 60, 60))
    s.text(31, 34.6, f["issuing_authority"], rng.choice(["microhei", "notosans"]), 7.6)
    s.text(14, 42, "有效期限", lab, 6.5, (60, 60, 60))
    until = "长期" if f["valid_until"] == "long_term" else d(f["valid_until"]).strftime("%Y.%m.%d")
    s.text(31, 41.6, d(f["valid_from"]).strftime("%Y.%m.%d") + "-" + until, "microhei", 7.6)
    return s


# ================================================================ residence permit card
def permit_front(f, rng, ctx):
    s = Sheet(85.6, 54)
    s.image(0, 0, 85.6, 54, guilloche(856, 540, rng, base=(228, 238, 250), line=(190, 210, 235)))
    s.rect(0, 0, 85.6, 10, stroke=None, fill=(40, 95, 170))
    s.text(42.8, 2.2, "上海市居住证", "zenhei", 12, (255, 255, 255), anchor="c", spacing=0.8)
    lab = rng.choice(["zenhei", "notosans"])
    s.text(5, 15, "姓名", lab, 6.5, GREY); s.text(18, 14.6, f["name"], "notosans_b", 9)
    s.text(5, 22, "公民身份号码", lab, 6.5, GREY); s.text(25, 21.6, f["id_number"], "microhei", 7.8)
    s.text(5, 29, "居住地址", lab, 6.5, GREY)
    s.wrap(18, 28.6, f["residence_address"], 40, "notosans", 7, lh=1.4)
    s.image(62, 13, 81, 37, portrait_image(rng))
    s.image(6, 41, 17, 50, chip_image())
    return s


def permit_back(f, rng, ctx):
    s = Sheet(85.6, 54)
    s.image(0, 0, 85.6, 54, guilloche(856, 540, rng, base=(240, 243, 248), line=(210, 218, 232)))
    s.text(42.8, 4, "签 注 记 录", "zenhei", 9, anchor="c")
    s.rect(5, 10, 80.6, 40, width=0.2)
    for i in range(1, 3):
        s.line(5, 10 + i * 10, 80.6, 10 + i * 10, 0.15)
    s.line(33, 10, 33, 40, 0.15)
    s.text(7, 12.5, "签发日期", "microhei", 6.5); s.text(35, 12.5, fmt_date(d(f["issue_date"]), "dot"), "microhei", 7)
    s.text(7, 22.5, "有效期限", "microhei", 6.5)
    s.text(35, 22.5, "%s至%s" % (fmt_date(d(f["valid_from"]), "dot"), fmt_date(d(f["valid_until"]), "dot")), "microhei", 6.6)
    s.text(7, 32.5, "签发机关", "microhei", 6.5); s.text(35, 32.5, ctx["permit_office"], "microhei", 6.6)
    s.text(42.8, 45, "本证为上海市居住证持有人享受相关公共服务的凭证", "microhei", 5.2, GREY, anchor="c")
    return s


def permit_info(f, rng, ctx, style="grid2", pdf=False, landscape=False):
    """居住证信息 A4 page (service centre print / 一网通办 print)"""
    serif, sans = pick_fonts(rng, pdf)
    s = A4(landscape)
    W = s.w
    s.text(W / 2, 22, rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息"]), sans, 16, anchor="c", spacing=0.5)
    idlab = rng.choice(["证件号码", "公民身份号码", "身份证号码"])
    hlab = rng.choice(["户籍地址", "常住户口所在地住址", "户籍所在地地址"])
    rlab = rng.choice(["居住地址", "居住地住址", "现居住地址"])
    spl = rng.random() < 0.5
    items = [("姓名", f["name"]), (idlab, f["id_number"]), ("性别", ctx["sex"]), ("民族", "汉"),
             (hlab, f["hukou_address"]), (rlab, f["residence_address"]),
             (rng.choice(["签发日期", "签注日期"]), fmt_date(d(f["issue_date"]), rng.choice(["iso", "cn0", "dot"])))]
    if spl:
        items += [("有效期限起", fmt_date(d(f["valid_from"]), "iso")), ("有效期限止", fmt_date(d(f["valid_until"]), "iso"))]
    else:
        items += [("有效期限", "%s至%s" % (fmt_date(d(f["valid_from"]), "dot"), fmt_date(d(f["valid_until"]), "dot")))]
    items += [("发证机关", ctx["permit_office"]), ("居住证卡号", ctx["permit_card_no"])]
    size = rng.choice([10, 10.5, 11, 12])
    x0, x1 = 18, W - 18
    y = 38
    if style == "grid2":
        lw = rng.choice([38, 45, 52])
        for lab, val in items:
            y2 = y + 11 if len(val) * size * 0.353 < (x1 - x0 - lw - 6) else y + 17
            s.rect(x0, y, x1, y2, width=0.25)
            s.line(x0 + lw, y, x0 + lw, y2, 0.25)
            s.rect(x0, y, x0 + lw, y2, stroke=None, fill=(238, 241, 246))
            s.rect(x0, y, x1, y2, width=0.25)
            s.text(x0 + 3, y + 3.5, lab, sans, size)
            s.wrap(x0 + lw + 3, y + 3.2, val, x1 - x0 - lw - 6, serif, size, lh=1.35)
            y = y2
    elif style == "grid4":
        cw = (x1 - x0) / 4
        short = [it for it in items if len(it[1]) <= 14]
        long_ = [it for it in items if len(it[1]) > 14]
        for i in range(0, len(short), 2):
            pair = short[i:i + 2]
            for j, (lab, val) in enumerate(pair):
                cx = x0 + j * 2 * cw
                s.rect(cx, y, cx + cw, y + 11, fill=(245, 245, 245), width=.25)
                s.rect(cx + cw, y, cx + 2 * cw, y + 11, width=.25)
                s.text(cx + 2, y + 3.5, lab, sans, size - 1)
                s.text(cx + cw + 2, y + 3.5, val, serif, size - 1)
            y += 11
        for lab, val in long_:
            s.rect(x0, y, x0 + cw, y + 15, fill=(245, 245, 245), width=.25)
            s.rect(x0 + cw, y, x1, y + 15, width=.25)
            s.text(x0 + 2, y + 5, lab, sans, size - 1)
            s.wrap(x0 + cw + 2, y + 3, val, 3 * cw - 4, serif, size - 1, lh=1.3)
            y += 15
    else:  # list: label on its own line, value far right or below
        for lab, val in items:
            s.text(x0, y, lab + "：", sans, size, GREY)
            if rng.random() < 0.5 and len(val) < 26:
                s.text(x1, y, val, serif, size, anchor="r")
                y += 9
            else:
                y = s.wrap(x0 + 8, y + 6.5, val, x1 - x0 - 10, serif, size, lh=1.4) + 3
            s.line(x0, y - 2, x1, y - 2, 0.1, (200, 200, 200))
    if not pdf:
        s.image(W - 70, y + 8, W - 30, y + 48, seal_image("上海市公安局人口管理办公室", "业务专用章", rng=rng))
    s.text(x0, y + 14, "打印日期：" + fmt_date(ctx["print_date"], "cn"), serif, 9, GREY)
    return [s]


# ================================================================ household register
def hh_cover(f, rng, ctx, w=105, h=143):
    s = Sheet(w, h, bg=(250, 247, 238))
    serif = rng.choice(["sung", "notoserif", "uming"])
    val = rng.choice(["sung", "kai", "ukai", "wenkai"]) if rng.random() < .5 else serif
    s.text(w / 2, 10, "常住人口登记表" if rng.random() < .3 else "户 口 簿", serif, 13, anchor="c", spacing=0.6)
    x0, x1, y = 8, w - 8, 22
    rows = [[("户  别", f["household_type"]), ("户主姓名", f["head_name"])],
            [("户  号", f["household_number"])], [("住  址", f["address"])]]
    for r in rows:
        hgt = 12 if r[0][0] != "住  址" else 26
        if len(r) == 2:
            cw = (x1 - x0) / 4
            for j, (lab, v) in enumerate(r):
                s.rect(x0 + j * 2 * cw, y, x0 + j * 2 * cw + cw, y + hgt, width=.3)
                s.rect(x0 + j * 2 * cw + cw, y, x0 + (j + 1) * 2 * cw, y + hgt, width=.3)
                s.text(x0 + j * 2 * cw + 1.5, y + 4, lab, serif, 7.5)
                s.text(x0 + j * 2 * cw + cw + 2, y + 3.5, v, val, 8.5)
        else:
            lab, v = r[0]
            s.rect(x0, y, x0 + 22, y + hgt, width=.3)
            s.rect(x0 + 22, y, x1, y + hgt, width=.3)
            s.text(x0 + 2, y + 4, lab, serif, 7.5)
            s.wrap(x0 + 24, y + 3.5, v, x1 - x0 - 27, val, 8.5, lh=1.45)
        y += hgt
    s.rect(x0, y, x1, y + 40, width=.3)
    s.text(x0 + 3, y + 4, "户口登记机关", serif, 7.5)
    s.text(x0 + 3, y + 28, "承办人签章", serif, 7.5)
    s.text(x0 + 24, y + 27, ctx["clerk"], rng.choice(["kai", "ukai"]), 8.5)
    sd = d(f["issue_date"])
    s.text(x1 - 3, y + 34, "签发日期 %d 年 %d 月 %d 日" % (sd.year, sd.month, sd.day), serif, 7.5, anchor="r")
    s.image(x0 + 30, y - 18, x0 + 72, y + 24,
            seal_image(ctx["police_station"] + "户口专用章"[:0], "户口专用章", rng=rng))
    return s


def hh_member(f, rng, ctx, w=105, h=143):
    s = Sheet(w, h, bg=(250, 247, 238))
    serif = rng.choice(["sung", "notoserif", "uming"])
    hand = ctx.get("hand")
    val = rng.choice(["kai", "ukai", "wenkai"]) if hand else rng.choice(["sung", "notoserif", "uming"])
    s.text(w / 2, 6, "常住人口登记卡", serif, 12, anchor="c", spacing=0.5)
    x0, x1 = 5, w - 5
    cw = [17, 28, 19, 31]
    bd = d(f["birth_date"])
    birth_s = fmt_date(bd, "cn") if rng.random() < .6 else fmt_date(bd, "cn0")
    grid = [
        [("姓名", f["name"]), ("户主或与户主关系", f["relation_to_head"])],
        [("曾用名", ""), ("性别", f["sex"])],
        [("出生地", f["birthplace"]), ("民族", f["ethnicity"])],
        [("籍贯", f["native_place"]), ("出生日期", birth_s)],
        [("本市(县)其他住址", "")],
        [("宗教信仰", ""), ("公民身份证件编号", f["id_number"])],
        [("身高", "%dcm" % ctx["height"]), ("血型", ctx["blood"])],
        [("文化程度", f["education"]), ("婚姻状况", f["marital_status"])],
        [("兵役状况", "未服兵役"), ("职业", ctx.get("job", ""))],
        [("服务处所", f["employer"] or "")],
        [("何时由何地迁来本市(县)", "")],
        [("何时由何地迁来本址", ctx.get("moved", ""))],
    ]
    y = 12
    rh = 9.2
    for r in grid:
        if len(r) == 2:
            xs = [x0, x0 + cw[0], x0 + cw[0] + cw[1], x0 + cw[0] + cw[1] + cw[2], x1]
            for j, (lab, v) in enumerate(r):
                s.rect(xs[2 * j], y, xs[2 * j + 1], y + rh, width=.25)
                s.rect(xs[2 * j + 1], y, xs[2 * j + 2], y + rh, width=.25)
                if len(lab) > 5:
                    s.wrap(xs[2 * j] + .8, y + .8, lab, xs[2 * j + 1] - xs[2 * j] - 1.5, serif, 5.6, lh=1.2)
                else:
                    s.text(xs[2 * j] + 1, y + 3, lab, serif, 6.3)
                vs = 7.6 if len(v) < 12 else (7.0 if v[:3].isdigit() else 6.2)
                s.wrap(xs[2 * j + 1] + 1, y + 2.6, v, xs[2 * j + 2] - xs[2 * j + 1] - 2, val, vs, lh=1.25)
        else:
            lab, v = r[0]
            s.rect(x0, y, x0 + 30, y + rh, width=.25)
            s.rect(x0 + 30, y, x1, y + rh, width=.25)
            s.wrap(x0 + 1, y + 1, lab, 28, serif, 6.0, lh=1.2)
            s.wrap(x0 + 31, y + 2.6, v, x1 - x0 - 32, val, 7.2, lh=1.25)
        y += rh
    s.text(x0 + 2, y + 4, "承办人签章：", serif, 6.5)
    s.text(x0 + 20, y + 3.6, ctx["clerk"], rng.choice(["kai", "ukai"]), 8)
    rd = d(f["registration_date"])
    s.text(x1 - 2, y + 4, "登记日期：%d年%d月%d日" % (rd.year, rd.month, rd.day), serif, 6.5, anchor="r")
    s.image(x1 - 45, y - 30, x1 - 7, y + 8, seal_image(ctx["police_station"], "户口专用章", rng=rng))
    return s


def collective_letter(f, rng, ctx):
    serif, sans = pick_fonts(rng)
    s = A4()
    s.text(105, 30, "户 籍 证 明", sans, 20, anchor="c", spacing=1)
    body = ("兹证明%s（公民身份号码：%s），户籍登记在本所辖区集体户口，户籍地址为%s。" %
            (f["name"], f["id_number"], f["address"]))
    y = s.wrap(25, 55, "　　" + body, 160, serif, 13, lh=1.9)
    y = s.wrap(25, y + 4, "　　特此证明。本证明仅用于办理居住证积分相关事宜。", 160, serif, 13, lh=1.9)
    s.text(180, y + 30, ctx["police_station"], serif, 13, anchor="r")
    s.text(180, y + 42, fmt_date(d(f["issue_date"]), rng.choice(["cn", "cnnum"])), serif, 13, anchor="r")
    s.image(120, y + 10, 170, y + 60, seal_image(ctx["police_station"], "户籍专用章", rng=rng))
    s.text(25, 270, "（有效期三个月）", serif, 9, GREY)
    return [s]


# ================================================================ labour contract
def _page_no(s, i, n, font, style):
    if style == 0:
        s.text(s.w / 2, s.h - 14, "第 %d 页 共 %d 页" % (i, n), font, 9, GREY, anchor="c")
    elif style == 1:
        s.text(s.w / 2, s.h - 14, "- %d -" % i, font, 9, GREY, anchor="c")
    else:
        s.text(s.w - 20, s.h - 14, "%d/%d" % (i, n), font, 9, GREY, anchor="r")


FILLER = ["甲方应当依法建立和完善劳动规章制度，保障乙方享有劳动权利、履行劳动义务。",
          "乙方应当遵守甲方依法制定的规章制度，服从甲方合理的工作安排，按时完成工作任务。",
          "甲方根据乙方的工作岗位和工作能力，按照本单位的工资分配制度确定乙方的工资标准。",
          "甲方应按国家和本市有关规定为乙方缴纳社会保险费，乙方个人缴纳部分由甲方代扣代缴。",
          "乙方的财产和个人信息受法律保护，甲方不得扣押乙方的居民身份证和其他证件。",
          "甲方安排乙方延长工作时间的，应当依法支付加班工资或者安排同等时间补休。",
          "乙方患病或非因工负伤的，享受国家和本市规定的医疗期待遇。",
          "甲乙双方解除或终止劳动合同，应当按照《中华人民共和国劳动合同法》的规定执行。",
          "甲方应为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
          "因履行本合同发生的劳动争议，双方可协商解决，协商不成的可向劳动争议仲裁委员会申请仲裁。"]


def _filler(s, y, rng, serif, size, n, top=25):
    for _ in range(n):
        if y > s.h - 30:
            break
        y = s.wrap(25, y, "　　" + rng.choice(FILLER), 160, serif, size, lh=1.8) + 1.5
    return y


def _term_text(f, style):
    sd, ed = d(f["start_date"]), d(f["end_date"])
    if style == 0:
        return "自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止" % (sd.year, sd.month, sd.day, ed.year, ed.month, ed.day)
    if style == 1:
        return "自%s起至%s止" % (fmt_date(sd, "cn"), fmt_date(ed, "cn"))
    return "合同期限自%s至%s" % (fmt_date(sd, "iso"), fmt_date(ed, "iso"))


def contract_shanghai_model(f, rng, ctx):
    serif, sans = pick_fonts(rng)
    size = rng.choice([10.5, 11, 12])
    pages = []
    # cover
    s = A4()
    s.text(180, 25, "编号：%s" % ctx["contract_no"], serif, 10, anchor="r")
    s.text(105, 80, "上 海 市", sans, 22, anchor="c", spacing=2)
    s.text(105, 100, "劳 动 合 同 书", sans, 28, anchor="c", spacing=3)
    s.text(105, 118, "（示范文本）", serif, 12, anchor="c")
    s.text(45, 175, "甲方（用人单位）：", serif, 13)
    s.text(90, 174.5, f["employer"], rng.choice(["kai", "wenkai", serif]), 13)
    s.line(88, 181, 180, 181, .3)
    s.text(45, 195, "乙方（劳动者）：", serif, 13)
    s.text(90, 194.5, f["employee_name"], rng.choice(["kai", "wenkai", serif]), 13)
    s.line(88, 201, 180, 201, .3)
    s.text(105, 260, "上海市人力资源和社会保障局监制", serif, 10, GREY, anchor="c")
    pages.append(s)
    # party block
    s = A4()
    s.text(105, 25, "劳动合同双方当事人基本情况", sans, 14, anchor="c")
    y = 42
    fill = rng.choice(["kai", "wenkai", "ukai", serif])
    lines = [("甲方（用人单位）名称：", f["employer"]), ("统一社会信用代码：", ctx["uscc"]),
             ("法定代表人（主要负责人）：", ctx["legal_rep"]), ("住所：", ctx["company_addr"]),
             ("乙方（劳动者）姓名：", f["employee_name"]), ("性别：", ctx["sex"]),
             ("居民身份证号码：", f["employee_id_number"]), ("户籍地址：", ctx["hukou_address"]),
             ("在沪居住地址：", ctx["residence_address"]), ("联系电话：", ctx["phone"])]
    for lab, v in lines:
        s.text(25, y, lab, serif, size)
        x = 25 + s.tw(lab, serif, size) + 1
        s.line(x, y + 6, 185, y + 6, .25)
        if len(v) > 24 and s.tw(v, fill, size) > 185 - x - 4:
            s.text(x + 2, y - .5, v, fill, size - 1.5)
        else:
            s.text(x + 2, y - .5, v, fill, size)
        y += 12
    y = _filler(s, y + 6, rng, serif, size, 3)
    _page_no(s, 1, 3, serif, ctx["pn_style"])
    pages.append(s)
    # term page with checkboxes
    s = A4()
    s.text(25, 25, "一、劳动合同期限", sans, size + 1)
    y = 36
    op = f["open_ended"]
    s.box(27, y + .5, checked=not op)
    s.text(33, y, "固定期限：", serif, size)
    if not op:
        s.text(55, y, _term_text(f, ctx["term_style"]) + "。", serif, size)
    else:
        s.text(55, y, "自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止。", serif, size)
    y += 10
    s.box(27, y + .5, checked=op)
    s.text(33, y, "无固定期限：", serif, size)
    if op:
        sd = d(f["start_date"])
        s.text(58, y, "自 %d 年 %d 月 %d 日起。" % (sd.year, sd.month, sd.day), serif, size)
    else:
        s.text(58, y, "自＿＿年＿＿月＿＿日起。", serif, size)
    y += 10
    s.box(27, y + .5)
    s.text(33, y, "以完成一定工作任务为期限：自＿＿年＿＿月＿＿日起至工作任务完成时止。", serif, size)
    y += 14
    sd = d(f["start_date"])
    pe = min(sd + dt.timedelta(days=rng.choice([89, 180])), d(f["end_date"]) if not op else sd + dt.timedelta(days=180))
    s.wrap(25, y, "　　其中试用期自%s起至%s止。" % (fmt_date(sd, "cn"), fmt_date(pe, "cn")), 160, serif, size, lh=1.8)
    y += 16
    s.text(25, y, "二、工作内容和工作地点", sans, size + 1)
    y = _filler(s, y + 11, rng, serif, size, 6)
    _page_no(s, 2, 3, serif, ctx["pn_style"])
    pages.append(s)
    pages.append(_signature_page(f, rng, ctx, serif, sans, size, 3, 3))
    return pages


def _signature_page(f, rng, ctx, serif, sans, size, i, n):
    s = A4()
    y = _filler(s, 30, rng, serif, size, 5)
    y = max(y + 15, 150)
    s.text(25, y, "甲方（盖章）：", serif, size)
    s.text(115, y, "乙方（签字）：", serif, size)
    s.text(145, y + 3, f["employee_name"], rng.choice(["kai", "ukai", "wenkai"]), size + 5)
    s.text(25, y + 16, "法定代表人或委托代理人（签字）：", serif, size - 1)
    sg = d(f["signing_date"])
    s.text(25, y + 40, "日期：%s" % fmt_date(sg, "cn"), serif, size)
    s.text(115, y + 40, "日期：%s" % fmt_date(sg, rng.choice(["cn", "cnsp"])), serif, size)
    s.image(30, y - 12, 80, y + 38, seal_image(f["employer"], "合同专用章" if rng.random() < .5 else "", rng=rng))
    _page_no(s, i, n, serif, ctx["pn_style"])
    return s


def contract_company_table(f, rng, ctx, hire=False):
    serif, sans = pick_fonts(rng)
    size = rng.choice([10, 10.5, 11])
    n = rng.randint(3, 5)
    pages = []
    s = A4()
    title = "聘 用 合 同" if hire else rng.choice(["劳 动 合 同", "劳动合同书", "员工劳动合同"])
    s.text(105, 22, title, sans, 18, anchor="c", spacing=1)
    if hire:
        s.text(105, 32, "（专业技术人员适用）", serif, 10, anchor="c")
    # party table
    x0, x1, y = 22, 188, 42
    rows = [("甲方", "名称", f["employer"]), ("", "法定代表人", ctx["legal_rep"]), ("", "地址", ctx["company_addr"]),
            ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]),
            ("", "住址", ctx["residence_address"])]
    if rng.random() < 0.5:
        rows.insert(1, ("", "统一社会信用代码", ctx["uscc"]))
    rh = 10
    for i, (p, lab, v) in enumerate(rows):
        s.rect(x0 + 18, y, x0 + 52, y + rh, width=.3)
        s.rect(x0 + 52, y, x1, y + rh, width=.3)
        s.text(x0 + 20, y + 3, lab, serif, size - 1)
        s.text(x0 + 54, y + 2.8, v, serif if rng.random() < .7 else "kai", size - (1.5 if len(v) > 26 else 0))
        y += rh
    s.rect(x0, 42, x0 + 18, 42 + rh * (len(rows) - 3), width=.3)
    s.rect(x0, 42 + rh * (len(rows) - 3), x0 + 18, y, width=.3)
    s.text(x0 + 9, 42 + rh * (len(rows) - 3) / 2 - 2, "甲方", sans, size, anchor="c")
    s.text(x0 + 9, 42 + rh * (len(rows) - 3) + rh * 1.5 - 2, "乙方", sans, size, anchor="c")
    y += 8
    y = s.wrap(25, y, "　　根据《中华人民共和国劳动合同法》及有关规定，甲乙双方经平等协商，自愿签订本合同，共同遵守本合同所列条款。", 160, serif, size, lh=1.8)
    y += 4
    s.text(25, y, "第一条　合同期限", sans, size)
    y += 9
    if f["open_ended"]:
        sd = d(f["start_date"])
        t = "　　本合同为无固定期限劳动合同，自%s起履行。" % fmt_date(sd, "cn")
    elif ctx["term_style"] == 2 and ctx.get("years"):
        t = "　　本合同期限%s年，%s。" % ("一二三四五六七八九十"[ctx["years"] - 1], _term_text(f, 0))
    else:
        t = "　　本合同为固定期限劳动合同，" + _term_text(f, ctx["term_style"] % 2) + "。"
    y = s.wrap(25, y, t, 160, serif, size, lh=1.8)
    sd = d(f["start_date"])
    y = s.wrap(25, y + 2, "　　试用期%d个月，自%s至%s。" % (rng.choice([2, 3, 6]), fmt_date(sd, "iso"),
                                                     fmt_date(sd + dt.timedelta(days=89), "iso")), 160, serif, size, lh=1.8)
    _filler(s, y + 4, rng, serif, size, 4)
    _page_no(s, 1, n, serif, ctx["pn_style"])
    pages.append(s)
    for i in range(2, n):
        s = A4()
        y = 25
        s.text(25, y, "第%s条　%s" % ("二三四五六七八"[i - 2], rng.choice(["工作内容", "劳动报酬", "社会保险", "劳动保护", "合同的解除"])), sans, size)
        _filler(s, y + 10, rng, serif, size, 12)
        _page_no(s, i, n, serif, ctx["pn_style"])
        pages.append(s)
    pages.append(_signature_page(f, rng, ctx, serif, sans, size, n, n))
    return pages


def contract_renewal(f, rng, ctx):
    serif, sans = pick_fonts(rng)
    size = rng.choice([11, 12])
    s = A4()
    s.text(105, 28, "劳动合同续订书", sans, 18, anchor="c", spacing=1)
    y = 48
    for lab, v in [("甲方（用人单位）：", f["employer"]), ("乙方（劳动者）：", f["employee_name"]),
                   ("乙方身份证号码：", f["employee_id_number"])]:
        s.text(25, y, lab, serif, size)
        x = 25 + s.tw(lab, serif, size)
        s.line(x, y + 6, 185, y + 6, .25)
        s.text(x + 3, y - .5, v, rng.choice(["kai", "wenkai", serif]), size)
        y += 12
    od = ctx["orig_contract"]
    y = s.wrap(25, y + 6, "　　甲乙双方于%s签订的劳动合同，期限至%s止。经双方协商一致，同意续订劳动合同，续订合同期限为：" %
               (fmt_date(d(od["start_date"]), "cn"), fmt_date(d(od["end_date"]), "cn")), 160, serif, size, lh=1.9)
    y += 4
    s.box(27, y + .5, checked=not f["open_ended"])
    s.text(33, y, "固定期限：" + (_term_text(f, 0) if not f["open_ended"] else "自＿＿年＿＿月＿＿日起至＿＿年＿＿月＿＿日止"), serif, size)
    y += 10
    s.box(27, y + .5, checked=f["open_ended"])
    sd = d(f["start_date"])
    s.text(33, y, "无固定期限：" + ("自 %d 年 %d 月 %d 日起" % (sd.year, sd.month, sd.day) if f["open_ended"] else "自＿＿年＿＿月＿＿日起"), serif, size)
    y += 14
    y = s.wrap(25, y, "　　续订合同的其他内容按原劳动合同执行。本续订书一式两份，甲乙双方各执一份。", 160, serif, size, lh=1.9)
    y += 25
    s.text(25, y, "甲方（盖章）", serif, size)
    s.text(115, y, "乙方（签字）", serif, size)
    s.text(145, y + 2, f["employee_name"], rng.choice(["kai", "ukai"]), size + 4)
    sg = d(f["signing_date"])
    s.text(25, y + 25, fmt_date(sg, "cn"), serif, size)
    s.text(115, y + 25, fmt_date(sg, "cn"), serif, size)
    s.image(28, y - 15, 78, y + 35, seal_image(f["employer"], "", rng=rng))
    return [s]


# ================================================================ tables
def table_pages(rng, cols, rows, title_fn, opts, new_sheet):
    """cols: [(title, width, align)]; rows: [[cell,...]] -> list of sheets.
    opts: ruled, repeat_header, font, hfont, size, group (list of (title, start, end)), top, bottom, zebra"""
    size = opts.get("size", 9)
    font, hfont = opts["font"], opts["hfont"]
    ruled = opts.get("ruled", True)
    lh = size * 25.4 / 72 * 1.3
    pages = []
    s = None
    y = 0
    x0 = opts.get("x0", 15)
    xs = [x0]
    for c in cols:
        xs.append(xs[-1] + c[1])

    def header(s, y):
        if opts.get("group"):
            for gt, a, b in opts["group"]:
                if ruled:
                    s.rect(xs[a], y, xs[b + 1], y + lh + 2, width=.25, fill=opts.get("hfill"))
                s.text((xs[a] + xs[b + 1]) / 2, y + 1, gt, hfont, size, anchor="c")
            grouped = {i for _, a, b in opts["group"] for i in range(a, b + 1)}
            y2 = y + lh + 2
        else:
            grouped, y2 = set(), y
        hh = lh * 2 + 2
        for i, c in enumerate(cols):
            top = y2 if i in grouped else y
            if ruled:
                s.rect(xs[i], top, xs[i + 1], y + hh + (lh + 2 if opts.get("group") else 0), width=.25, fill=opts.get("hfill"))
            s.wrap(xs[i] + 1, top + 1, c[0], c[1] - 2, hfont, size, lh=1.25)
        y = y + hh + (lh + 2 if opts.get("group") else 0)
        if not ruled:
            s.line(xs[0], y, xs[-1], y, .4)
        return y + 0.5

    first = True
    for ri, r in enumerate(rows):
        # wrapped heights
        wrapped = []
        for c, v in zip(cols, r):
            lines, cur = [], ""
            for ch in str(v):
                if text_w(cur + ch, font, size) > c[1] - 2 and cur:
                    lines.append(cur); cur = ch
                else:
                    cur += ch
            lines.append(cur)
            wrapped.append(lines)
        rh = max(len(l) for l in wrapped) * lh + 2
        if s is None or y + rh > s.h - opts.get("bottom", 22):
            s = new_sheet(len(pages))
            pages.append(s)
            y = opts.get("top", 30) if not first else title_fn(s)
            if first or opts.get("repeat_header", True):
                y = header(s, y)
            first = False
        if opts.get("zebra") and ri % 2:
            s.rect(xs[0], y, xs[-1], y + rh, stroke=None, fill=(246, 246, 246))
        for i, (c, lines) in enumerate(zip(cols, wrapped)):
            if ruled:
                s.rect(xs[i], y, xs[i + 1], y + rh, width=.2)
            for k, ln in enumerate(lines):
                if c[2] == "r":
                    s.text(xs[i + 1] - 1, y + 1 + k * lh, ln, font, size, anchor="r")
                elif c[2] == "c":
                    s.text((xs[i] + xs[i + 1]) / 2, y + 1 + k * lh, ln, font, size, anchor="c")
                else:
                    s.text(xs[i] + 1, y + 1 + k * lh, ln, font, size)
        y += rh
        if not ruled and opts.get("row_lines"):
            s.line(xs[0], y, xs[-1], y, .1, (170, 170, 170))
    if s is not None:
        s._table_end = y
    return pages


def text_w(s, font, size):
    from .sheet import text_w_mm
    return text_w_mm(s, font, size)


def browser_frame(pages, rng, ctx, title, url):
    """browser print header/footer: date+title at top, URL + page x/y at foot"""
    n = len(pages)
    stamp = ctx["print_dt"]
    style = rng.randint(0, 2)
    for i, s in enumerate(pages, 1):
        if style == 0:
            s.text(8, 5, stamp.strftime("%Y/%m/%d %H:%M"), "microhei", 7.5, GREY)
            s.text(s.w / 2, 5, title, "microhei", 7.5, GREY, anchor="c")
            s.text(8, s.h - 8, url, "microhei", 7.5, GREY)
            s.text(s.w - 8, s.h - 8, "%d/%d" % (i, n), "microhei", 7.5, GREY, anchor="r")
        elif style == 1:
            s.text(8, 5, "%d/%d/%d %s" % (stamp.month, stamp.day, stamp.year % 100, stamp.strftime("%H:%M")), "microhei", 7.5, GREY)
            s.text(s.w / 2, 5, title, "microhei", 7.5, GREY, anchor="c")
            s.text(8, s.h - 8, url, "microhei", 7.5, GREY)
            s.text(s.w - 8, s.h - 8, "第 %d 页，共 %d 页" % (i, n), "microhei", 7.5, GREY, anchor="r")
        else:
            s.text(s.w - 8, 5, stamp.strftime("%Y-%m-%d %H:%M:%S"), "microhei", 7, GREY, anchor="r")
            s.text(8, s.h - 8, "%s  第%d页/共%d页" % (url, i, n), "microhei", 7, GREY)
    return pages


# ================================================================ tax record
TAX_COLS = {"decl": "申报日期", "amt": "实缴(退)金额", "stock": "入(退)库日期", "item": "所得项目",
            "period": "税款所属期", "office": "入库税务机关", "note": "备注", "agent": "扣缴义务人"}


def tax_national(f, rows, rng, ctx, pdf=True, variant="note"):
    serif, sans = pick_fonts(rng, True)
    land = ctx.get("landscape", False)
    W = 297 if land else 210
    mstyle = ctx["mstyle"]
    commas = ctx["commas"]
    order = ["decl", "amt", "stock", "item", "period", "office", "note"]
    if variant == "agent_col":
        order = ["period", "item", "agent", "amt", "decl", "stock", "office"]
    elif variant == "shuffled":
        order = ["period", "item", "amt", "decl", "stock", "office", "note"]
    widths = {"decl": 20, "amt": 20, "stock": 20, "item": 22, "period": 24, "office": 34, "note": 40, "agent": 40}
    if mstyle.startswith("range"):
        widths["period"] = 26
    tot = sum(widths[k] for k in order)
    scale = (W - 24) / tot
    cols = [(TAX_COLS[k], widths[k] * scale, "r" if k == "amt" else "l") for k in order]
    body = []
    total = 0.0
    for r in rows:
        a = float(r["amount"])
        total += a
        decl = r["_decl"]
        cell = {"decl": decl.isoformat(), "amt": fmt_amount(a, commas), "stock": (decl + dt.timedelta(days=r["_lag"])).isoformat(),
                "item": r["_item"], "period": fmt_month(r["period"], mstyle), "office": r["_office"],
                "agent": r["withholding_agent"]}
        ag = r["withholding_agent"]
        if ctx.get("uscc_in_note"):
            code = r["_uscc"]
            note = ("扣缴义务人：%s（%s）" % (ag, code)) if ctx["uscc_in_note"] == "after" else "扣缴义务人：%s %s" % (code, ag)
        else:
            note = "扣缴义务人：" + ag
        cell["note"] = note
        body.append([cell[k] for k in order])
    if ctx.get("total_row"):
        tr = ["" for _ in order]
        tr[0] = "合计"
        tr[order.index("amt")] = fmt_amount(total, commas)
        body.append(tr)

    def title(s):
        s.text(W / 2, 16, "中华人民共和国", sans, 13, anchor="c", spacing=.5)
        s.text(W / 2, 24, "个人所得税纳税记录", sans, 16, anchor="c", spacing=.5)
        s.text(W / 2, 32, "（原《税收完税证明》）", serif, 10, anchor="c")
        s.text(W - 14, 38, "No. %s" % ctx["doc_no"], serif, 9, anchor="r")
        y = 44
        s.text(14, y, "纳税人名称：%s" % f["name"], serif, 10)
        s.text(W / 2 + 5, y, "纳税人识别号：%s" % f["id_number"], serif, 10)
        y += 7
        s.text(14, y, "记录期间：%s至%s" % (ctx["period_from"], ctx["period_to"]), serif, 10)
        s.text(W / 2 + 5, y, "开具日期：%s" % fmt_date(d(f["issue_date"]), rng.choice(["cn", "iso"])), serif, 10)
        s.text(14, y + 7, "金额单位：人民币元", serif, 9, GREY)
        return y + 14

    def new_sheet(i):
        return Sheet(W, 297 if not land else 210)

    opts = {"font": serif, "hfont": sans, "size": 8.5 if not land else 9, "ruled": ctx["ruled"],
            "repeat_header": ctx["repeat_header"], "top": 18, "bottom": 40, "x0": 12,
            "hfill": (235, 235, 235) if ctx["ruled"] else None, "row_lines": True}
    pages = table_pages(rng, cols, body, title, opts, new_sheet)
    last = pages[-1]
    y = getattr(last, "_table_end", 100) + 8
    if y > last.h - 45:
        last = new_sheet(0); pages.append(last); y = 25
    last.wrap(14, y, "说明：1. 本记录涉及纳税人敏感信息，不得向他人提供；2. 本记录中的税款所属期为扣缴义务人或纳税人申报的所属期；3. 本记录不作为纳税人取得收入的证明。", W - 28, serif, 8, GREY, lh=1.4) if False else \
        last.wrap(14, y, "说明：1.本记录涉及纳税人敏感信息，请妥善保管；2.本记录不作为纳税人取得收入的证明。", W - 28, serif, 8, lh=1.4, color=GREY)
    last.text(14, y + 12, "查询验证码：%s" % ctx["verify"], serif, 9)
    last.image(W - 45, y + 2, W - 20, y + 27, qr_image(rng))
    last.image(W - 80, y - 12, W - 40, y + 28, seal_image("国家税务总局上海市税务局", "征收专用章", rng=rng))
    for i, s in enumerate(pages, 1):
        s.text(W / 2, s.h - 10, "第%d页 共%d页" % (i, len(pages)), serif, 8, GREY, anchor="c")
    return pages


def tax_income_detail_web(f, rows, rng, ctx):
    """收入纳税明细 printed from the 自然人电子税务局 web site (browser print)"""
    serif, sans = pick_fonts(rng, True)
    land = ctx.get("landscape", False)
    W = 297 if land else 210
    order = rng.choice([["period", "item", "agent", "income", "tax"], ["period", "agent", "item", "income", "tax"],
                        ["agent", "period", "item", "tax", "income"]])
    names = {"period": "所得期间", "item": "所得项目", "agent": "扣缴义务人", "income": "收入", "tax": "已申报税额"}
    wd = {"period": 30, "item": 30, "agent": 62, "income": 26, "tax": 26}
    sc = (W - 30) / sum(wd[k] for k in order)
    cols = [(names[k], wd[k] * sc, "r" if k in ("income", "tax") else "l") for k in order]
    body = []
    for r in rows:
        c = {"period": fmt_month(r["period"], ctx["mstyle"]), "item": r["_item"], "agent": r["withholding_agent"],
             "income": fmt_amount(r["_income"], ctx["commas"]), "tax": fmt_amount(float(r["amount"]), ctx["commas"])}
        body.append([c[k] for k in order])
    if ctx.get("total_row"):
        tr = [""] * len(order)
        tr[0] = "合计"
        tr[order.index("tax")] = fmt_amount(sum(float(r["amount"]) for r in rows), ctx["commas"])
        tr[order.index("income")] = fmt_amount(sum(r["_income"] for r in rows), ctx["commas"])
        body.append(tr)

    def title(s):
        s.rect(0, 10, W, 22, stroke=None, fill=(30, 90, 170))
        s.text(15, 13, "国家税务总局 自然人电子税务局", sans, 12, (255, 255, 255))
        s.text(15, 30, "收入纳税明细查询", sans, 14)
        s.text(15, 40, "姓名：%s" % f["name"], serif, 10)
        s.text(80, 40, "证件号码：%s" % f["id_number"], serif, 10)
        s.text(15, 47, "查询时间：%s    查询日期：%s" % (ctx["period_from"] + "至" + ctx["period_to"], fmt_date(d(f["issue_date"]), "iso")), serif, 9, GREY)
        return 55

    opts = {"font": serif, "hfont": sans, "size": 9, "ruled": ctx["ruled"], "repeat_header": ctx["repeat_header"],
            "top": 14, "bottom": 16, "x0": 15, "zebra": not ctx["ruled"], "hfill": (225, 233, 245)}
    pages = table_pages(rng, cols, body, title, opts, lambda i: Sheet(W, 210 if land else 297))
    return browser_frame(pages, rng, ctx, "自然人电子税务局", "https://etax.chinatax.gov.cn/webstatic/sbcx/srnsmx")


def tax_old_certificate(f, rows, rng, ctx):
    """older 税收完税证明 (文书式) — one page"""
    serif, sans = pick_fonts(rng)
    s = Sheet(210, 148)
    s.text(105, 10, "中华人民共和国", sans, 12, anchor="c")
    s.text(105, 17, "税 收 完 税 证 明", sans, 15, anchor="c", spacing=1)
    s.text(190, 19, "No.%s" % ctx["doc_no"][:12], serif, 8, (180, 30, 30), anchor="r")
    s.text(12, 27, "填发日期：%s" % fmt_date(d(f["issue_date"]), "cn"), serif, 8.5)
    s.text(120, 27, "税务机关：国家税务总局上海市%s税务局" % ctx["tax_district"], serif, 8.5)
    s.rect(10, 32, 200, 40, width=.3)
    s.text(12, 34, "纳税人识别号", serif, 8); s.text(40, 34, f["id_number"], serif, 8.5)
    s.text(110, 34, "纳税人名称", serif, 8); s.text(135, 34, f["name"], serif, 8.5)
    cols = [("原凭证号", 30, "l"), ("税种", 18, "l"), ("品目名称", 24, "l"), ("税款所属时期", 42, "l"),
            ("入(退)库日期", 24, "l"), ("实缴(退)金额", 24, "r"), ("扣缴义务人", 28, "l")]
    body = []
    for r in rows:
        body.append([ctx["doc_no"][-6:] + r["period"][-2:], "个人所得税", r["_item"][:4], fmt_month(r["period"], "range"),
                     r["_decl"].isoformat(), fmt_amount(float(r["amount"]), ctx["commas"]), r["withholding_agent"]])
    opts = {"font": serif, "hfont": sans, "size": 7, "ruled": True, "x0": 10, "top": 10, "bottom": 8}
    pages = table_pages(rng, cols, body, lambda s: 40, opts, lambda i: s if i == 0 else Sheet(210, 148))
    last = pages[-1]
    y = getattr(last, "_table_end", 120) + 3
    last.text(12, y, "金额合计（大写）人民币 ……  ￥%s" % fmt_amount(sum(float(r["amount"]) for r in rows), True), serif, 8)
    last.image(150, y - 20, 185, y + 15, seal_image("国家税务总局上海市%s税务局" % ctx["tax_district"], "征税专用章", rng=rng))
    return pages


# ================================================================ social insurance
def si_table(f, rows, rng, ctx, pdf=True):
    serif, sans = pick_fonts(rng, pdf)
    land = ctx.get("landscape", False)
    W = 297 if land else 210
    variant = ctx["si_variant"]
    mstyle = ctx["mstyle"]
    commas = ctx["commas"]
    title_t = rng.choice(["上海市社会保险个人缴费情况", "上海市城镇职工社会保险个人缴费记录", "社会保险个人权益记录"])
    if variant == "range":
        # consecutive regular months with same employer & base collapsed into one row
        groups = []
        for r in rows:
            if groups and not r["back_payment"] and not groups[-1][-1]["back_payment"] and \
                    r["employer"] == groups[-1][-1]["employer"] and r["base"] == groups[-1][-1]["base"] and len(groups[-1]) < 6:
                groups[-1].append(r)
            else:
                groups.append([r])
        cols = [("起始年月", 22, "l"), ("截止年月", 22, "l"), ("月数", 10, "r"), ("缴费单位", 62, "l"),
                ("缴费基数", 24, "r"), ("缴费状态", 18, "l")]
        body = [[fmt_month(g[0]["month"], mstyle), fmt_month(g[-1]["month"], mstyle), str(len(g)), g[0]["employer"],
                 fmt_amount(float(g[0]["base"]), commas), "补缴" if g[0]["back_payment"] else "正常"] for g in groups]
        group = None
    else:
        cols = [("费款所属期" if rng.random() < .5 else "缴费年月", 22, "l"), ("单位名称" if rng.random() < .5 else "缴费单位", 60, "l"),
                ("缴费基数", 24, "r"), ("养老", 18, "r"), ("医疗", 16, "r"), ("失业", 14, "r"),
                ("缴费类型" if variant != "note" else "备注", 18, "l")]
        body = []
        for r in rows:
            b = float(r["base"])
            st = ("补缴" if r["back_payment"] else "正常") if variant != "note" else ("补缴" if r["back_payment"] else "")
            body.append([fmt_month(r["month"], mstyle), r["employer"], fmt_amount(b, commas), fmt_amount(b * .08, commas),
                         fmt_amount(b * .02, commas), fmt_amount(b * .005, commas), st])
        group = [("个人缴费金额（元）", 3, 5)] if ctx.get("merged") else None
        if ctx.get("swap"):
            cols[0], cols[1] = cols[1], cols[0]
            body = [[r[1], r[0]] + r[2:] for r in body]
    sc = (W - 30) / sum(c[1] for c in cols)
    cols = [(c[0], c[1] * sc, c[2]) for c in cols]
    if ctx.get("total_row"):
        body.append(["合计"] + [""] * (len(cols) - 1))

    def title(s):
        s.text(W / 2, 18, title_t, sans, 15, anchor="c")
        s.text(15, 30, "姓名：%s" % f["name"], serif, 10)
        s.text(70, 30, "证件号码：%s" % f["id_number"], serif, 10)
        s.text(W - 15, 30, "打印日期：%s" % fmt_date(ctx["print_date"], "iso"), serif, 9, anchor="r")
        s.text(15, 37, "险种：城镇职工基本养老保险、医疗保险、失业保险", serif, 9, GREY)
        return 44

    opts = {"font": serif, "hfont": sans, "size": 8.5, "ruled": ctx["ruled"], "repeat_header": ctx["repeat_header"],
            "top": 16, "bottom": 20, "x0": 15, "group": group, "hfill": (232, 232, 232), "row_lines": True}
    pages = table_pages(rng, cols, body, title, opts, lambda i: Sheet(W, 210 if land else 297))
    if not pdf:
        last = pages[-1]
        y = getattr(last, "_table_end", 200)
        if y < last.h - 60:
            last.image(W - 75, y + 5, W - 30, y + 50, seal_image("上海市社会保险事业管理中心", "业务专用章", rng=rng))
    return pages


# ================================================================ education
def diploma_paper(f, rng, ctx, layout):
    serif = rng.choice(["sung", "notoserif", "uming"])
    hand = rng.choice(["kai", "wenkai", serif])
    land = layout == "modern"
    s = Sheet(260, 190) if land else Sheet(190, 260)
    s.bg = (252, 250, 240) if layout == "classic" else (255, 255, 255)
    W = s.w
    s.rect(6, 6, W - 6, s.h - 6, stroke=(170, 40, 40) if layout == "classic" else (40, 70, 130), width=1.2)
    s.text(W / 2, 22, "毕 业 证 书", rng.choice(["notoserif_b", "sung", "zenhei"]), 26, anchor="c", spacing=2)
    bd = ctx["birth"]
    sd, gd = d(f["graduation_date"]) - dt.timedelta(days=365 * ctx["years"] + 30), d(f["graduation_date"])
    mode = f.get("study_mode", "普通全日制")
    if f["level"] in ("本科", "专科", "大专"):
        lvl = ("%s年制%s" % ("一二三四五"[ctx["years"] - 1], "本科" if f["level"] == "本科" else "专科"))
    else:
        lvl = f["level"]
    if mode != "普通全日制":
        lvl = {"成人教育": "成人高等教育%s" % ("业余" if rng.random() < .5 else "函授"), "自学考试": "高等教育自学考试",
               "网络教育": "网络教育"}[mode] + ("本科" if f["level"] == "本科" else "专科")
    x = 30 if not land else 110
    s.image(20 if not land else 25, 45 if not land else 45, 60 if not land else 80, 95 if not land else 115, portrait_image(rng))
    y = 110 if not land else 50
    body = "学生 %s，性别%s，%d年%d月生，于%d年%d月至%d年%d月在本校%s专业%s学习，修完教学计划规定的全部课程，成绩合格，准予毕业。" % (
        f["name"], ctx["sex"], bd.year, bd.month, sd.year, 9, gd.year, gd.month, f["major"], lvl)
    y = s.wrap(x - 8 if not land else x, y, "　　" + body, W - (x - 8 if not land else x) - 22, hand, 13, lh=2.0)
    s.text(W - 30, y + 10, "校（院）长：%s" % ctx["president"], serif, 12, anchor="r")
    s.text(W - 30, y + 22, "%s" % f["school"], serif, 13, anchor="r")
    date_s = fmt_date(gd, "cnnum") if rng.random() < .6 else fmt_date(gd, "cn")
    s.text(W - 30, y + 34, date_s, serif, 12, anchor="r")
    s.text(25, s.h - 18, "证书编号：%s" % ctx["cert_no"], serif, 10)
    s.image(W - 85, y + 5, W - 40, y + 50, seal_image(f["school"], "", rng=rng))
    return [s]


def degree_paper(f, rng, ctx):
    serif = rng.choice(["sung", "notoserif", "uming"])
    s = Sheet(260, 190, bg=(253, 251, 244))
    W = s.w
    s.rect(8, 8, W - 8, s.h - 8, stroke=(150, 120, 60), width=1.5)
    s.text(W / 2, 22, "学 士 学 位 证 书" if f["level"] == "学士" else ("%s 学 位 证 书" % " ".join(f["level"])), rng.choice(["notoserif_b", "sung"]), 24, anchor="c", spacing=1.5)
    gd = d(f["graduation_date"])
    bd = ctx["birth"]
    field = ctx["field"]
    body = "%s，%s，%d年%d月%d日生。在%s%s专业完成了%s学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予%s%s学位。" % (
        f["name"], ctx["sex"], bd.year, bd.month, bd.day, f["school"], f["major"],
        "本科" if f["level"] == "学士" else ("硕士研究生" if f["level"] == "硕士" else "博士研究生"), field, f["level"])
    s.image(25, 45, 70, 105, portrait_image(rng))
    y = s.wrap(85, 50, "　　" + body, W - 110, rng.choice(["kai", "wenkai", serif]), 13, lh=2.0)
    s.text(W - 30, y + 12, "%s" % f["school"], serif, 12, anchor="r")
    s.text(W - 30, y + 22, "学位评定委员会主席 %s" % ctx["president"], serif, 12, anchor="r")
    s.text(W - 30, y + 34, fmt_date(gd, rng.choice(["cnnum", "cn"])), serif, 12, anchor="r")
    s.text(25, s.h - 18, "证书编号：%s" % ctx["deg_no"], serif, 10)
    s.image(W - 85, y + 3, W - 40, y + 48, seal_image(f["school"], "学位评定委员会", rng=rng))
    return [s]


def xuexin_report(f, rng, ctx, pdf=True):
    serif, sans = pick_fonts(rng, pdf)
    s = A4()
    s.text(105, 22, "教育部学历证书电子注册备案表", sans, 16, anchor="c")
    s.text(20, 33, "更新日期：%s" % fmt_date(ctx["print_date"], "cn"), serif, 9, GREY)
    s.text(190, 33, "在线验证码：%s" % ctx["verify"], serif, 9, GREY, anchor="r")
    gd = d(f["graduation_date"])
    sd = gd - dt.timedelta(days=365 * ctx["years"] + 60)
    mode = f.get("study_mode", "普通全日制")
    items = [("姓名", f["name"]), ("性别", ctx["sex"]), ("出生日期", fmt_date(ctx["birth"], "cn")),
             ("入学日期", fmt_date(sd.replace(month=9, day=1), "cn")), ("毕(结)业日期", fmt_date(gd, "cn")),
             ("学校名称", f["school"]), ("专业", f["major"]), ("学制", "%d 年" % ctx["years"]),
             ("层次", f["level"]), ("学历类别", "普通高等教育" if mode == "普通全日制" else {"成人教育": "成人高等教育", "自学考试": "高等教育自学考试", "网络教育": "网络教育"}[mode]),
             ("学习形式", "普通全日制" if mode == "普通全日制" else {"成人教育": "业余", "自学考试": "自学考试", "网络教育": "网络教育"}[mode]),
             ("毕(结)业", "毕业"), ("证书编号", ctx["cert_no"]), ("校(院)长姓名", ctx["president"])]
    y = 42
    for i in range(0, len(items), 2):
        for j, (lab, v) in enumerate(items[i:i + 2]):
            x = 20 + j * 85
            s.rect(x, y, x + 30, y + 11, fill=(240, 244, 250), width=.25)
            s.rect(x + 30, y, x + 85, y + 11, width=.25)
            s.text(x + 2, y + 3.5, lab, sans, 9)
            s.text(x + 32, y + 3.5, v, serif, 9 if len(v) < 14 else 7.5)
        y += 11
    s.image(150, y + 10, 185, y + 45, qr_image(rng))
    s.wrap(20, y + 12, "注：本备案表主要用于学历信息查询。学信网提供在线验证服务，请在有效期内使用在线验证码进行验证。", 120, serif, 8.5, lh=1.5, color=GREY)
    s.text(105, 285, "学信网 https://www.chsi.com.cn", serif, 8, GREY, anchor="c")
    return [s]


# ================================================================ marriage
def marriage_inner(f, rng, ctx):
    serif = rng.choice(["sung", "notoserif"])
    s = Sheet(180, 125, bg=(252, 240, 236))
    s.rect(90, 0, 90.4, 125, stroke=None, fill=(200, 150, 150))
    # left page: registration
    s.text(10, 12, "持证人", serif, 9); s.text(30, 11.6, f["holder_name"], serif, 10)
    s.text(10, 24, "登记日期", serif, 9); s.text(30, 23.6, fmt_date(d(f["registration_date"]), "cn"), serif, 10)
    s.text(10, 36, "结婚证字号", serif, 9); s.text(30, 35.6, ctx["mc_no"], serif, 9)
    s.text(10, 60, "备注", serif, 9)
    s.image(20, 80, 60, 120, seal_image(ctx["mc_office"], "婚姻登记专用章", rng=rng))
    # right page: both persons
    s.image(100, 8, 170, 40, portrait_image(rng, 350, 160))
    y = 46
    for who in [("姓名", f["holder_name"], ctx["sex"], ctx["birth"], ctx["id"]),
                ("姓名", f["spouse_name"], ctx["spouse_sex"], ctx["spouse_birth"], f["spouse_id_number"])]:
        s.text(98, y, "姓名", serif, 8); s.text(110, y - .4, who[1], serif, 9)
        s.text(135, y, "性别", serif, 8); s.text(146, y - .4, who[2], serif, 9)
        s.text(98, y + 7, "国籍", serif, 8); s.text(110, y + 6.6, "中国", serif, 9)
        s.text(135, y + 7, "出生日期", serif, 8); s.text(150, y + 6.6, who[3].isoformat(), serif, 8)
        s.text(98, y + 14, "身份证件号", serif, 8); s.text(116, y + 13.6, who[4], serif, 9)
        y += 28
    return [s]


# ================================================================ unknown pages
def receipt(rng, ctx):
    s = Sheet(80, 160)
    f = rng.choice(["microhei", "zenhei"])
    s.text(40, 8, rng.choice(["全家便利店", "联华超市", "罗森 LAWSON"]), f, 11, anchor="c")
    y = 20
    tot = 0
    for _ in range(rng.randint(4, 8)):
        p = rng.randint(300, 3000) / 100
        tot += p
        s.text(5, y, rng.choice(["矿泉水", "面包", "牛奶", "饭团", "纸巾", "咖啡", "酸奶"]), f, 8)
        s.text(75, y, "%.2f" % p, f, 8, anchor="r")
        y += 6
    s.line(5, y, 75, y, .2, dash=1)
    s.text(5, y + 3, "合计", f, 9); s.text(75, y + 3, "%.2f" % tot, f, 9, anchor="r")
    s.text(5, y + 12, ctx["print_dt"].strftime("%Y-%m-%d %H:%M:%S"), f, 7)
    s.text(5, y + 20, "谢谢惠顾，欢迎再次光临", f, 7)
    return [s]


def rental(rng, ctx):
    serif, sans = pick_fonts(rng)
    s = A4()
    s.text(105, 25, "房屋租赁合同", sans, 18, anchor="c")
    y = s.wrap(25, 45, "出租方（甲方）：%s    承租方（乙方）：%s" % (ctx["landlord"], ctx["name"]), 160, serif, 11, lh=1.8)
    y = s.wrap(25, y + 4, "　　甲方将位于%s的房屋出租给乙方居住使用，租赁期限自%s起至%s止，月租金人民币%d元。" %
               (ctx["residence_address"], fmt_date(ctx["rent_from"], "cn"), fmt_date(ctx["rent_to"], "cn"), ctx["rent"]),
               160, serif, 11, lh=1.8)
    for _ in range(5):
        y = s.wrap(25, y + 3, "　　" + rng.choice(["乙方应按时支付租金，逾期支付的，每逾期一日按月租金的千分之五支付违约金。",
                                              "租赁期间，房屋及附属设施的自然损坏由甲方负责维修。",
                                              "乙方不得擅自将房屋转租他人，不得改变房屋用途。",
                                              "水、电、燃气、物业管理费由乙方承担。"]), 160, serif, 11, lh=1.8)
    return [s]


def bank_slip(rng, ctx):
    serif, sans = pick_fonts(rng)
    s = Sheet(210, 99)
    s.text(105, 10, rng.choice(["中国工商银行", "招商银行", "中国建设银行"]) + " 个人业务回单", sans, 13, anchor="c")
    y = 25
    for lab, v in [("交易日期", ctx["print_dt"].strftime("%Y-%m-%d")), ("户名", ctx["name"]),
                   ("账号", "6222 **** **** %04d" % rng.randint(0, 9999)), ("交易金额", "%.2f" % (rng.randint(10000, 900000) / 100)),
                   ("摘要", rng.choice(["转账", "房租", "工资"]))]:
        s.text(20, y, lab + "：", serif, 10); s.text(50, y, v, serif, 10)
        y += 10
    s.image(150, 40, 190, 80, seal_image("电子回单专用章", "", rng=rng))
    return [s]
