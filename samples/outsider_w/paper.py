"""Paper documents drawn as page images (before capture): ID card faces, 居住证 card and
information pages, 户口簿 pages, 集体户口证明, 劳动合同 pages, diplomas, degree, 结婚证,
the old 税收完税证明, and unknown pages (receipt, rental contract, bank slip)."""
import datetime as dt

from PIL import Image

from .common import d, fullwidth
from .draw import Sheet, guilloche, portrait, qr, seal

A4 = (1654, 2339)  # 200 dpi
CN_DIG = "〇一二三四五六七八九"


def ymd(s, zero=False, sep=None):
    x = d(s)
    if sep:
        return "%04d%s%02d%s%02d" % (x.year, sep, x.month, sep, x.day)
    if zero:
        return "%04d年%02d月%02d日" % (x.year, x.month, x.day)
    return "%d年%d月%d日" % (x.year, x.month, x.day)


def cn_num_date(s):
    x = d(s)
    y = "".join(CN_DIG[int(c)] for c in str(x.year))

    def n(v):
        if v < 10:
            return "〇一二三四五六七八九"[v] if v else "〇"
        if v == 10:
            return "十"
        if v < 20:
            return "十" + CN_DIG[v % 10]
        return CN_DIG[v // 10] + "十" + (CN_DIG[v % 10] if v % 10 else "")
    return "%s年%s月%s日" % (y, n(x.month), n(x.day))


def _mix_fw(r, s, p=0.3):
    return fullwidth(s) if r.random() < p else s


# ------------------------------------------------------------------ ID card
def id_front(f, r):
    W, H = 1027, 648
    sh = Sheet(W, H, (246, 244, 236))
    guilloche(sh, 0, 0, W, H, (222, 228, 236), r, 40)
    lab = (60, 130, 190)
    lf = r.choice(["noto_sans", "wqy_micro", "noto_serif"])
    vf = r.choice(["noto_sans_b", "noto_serif", "wqy_zen", "uming"])
    sh.t(70, 70, "姓  名", 30, lf, lab)
    sh.t(200, 64, f["name"], 40, vf, (0, 0, 0), sp=6)
    sh.t(70, 150, "性  别", 30, lf, lab)
    sh.t(200, 146, f["sex"], 34, vf)
    sh.t(330, 150, "民  族", 30, lf, lab)
    sh.t(460, 146, f["ethnicity"], 34, vf)
    b = d(f["birth_date"])
    sh.t(70, 225, "出  生", 30, lf, lab)
    sh.t(200, 221, str(b.year), 34, vf)
    sh.t(300, 225, "年", 30, lf, lab)
    sh.t(360, 221, str(b.month), 34, vf)
    sh.t(410, 225, "月", 30, lf, lab)
    sh.t(460, 221, str(b.day), 34, vf)
    sh.t(510, 225, "日", 30, lf, lab)
    sh.t(70, 300, "住  址", 30, lf, lab)
    addr = _mix_fw(r, f["address"], 0.2)
    sh.para(200, 296, addr, 32, 440, vf, lh=1.35, sp=2)
    sh.t(70, 540, "公民身份号码", 30, lf, lab)
    sh.t(330, 534, f["id_number"], 40, "noto_mono", sp=r.choice([3, 6, 9]))
    portrait(sh, 690, 90, 960, 430)
    return sh.im


def id_back(f, r):
    W, H = 1027, 648
    sh = Sheet(W, H, (246, 244, 236))
    guilloche(sh, 0, 0, W, H, (226, 232, 224), r, 40)
    sh.dr.ellipse([70, 50, 230, 210], outline=(200, 40, 40), width=8)
    sh.dr.ellipse([110, 90, 190, 170], fill=(220, 180, 60))
    sh.t(560, 90, "中华人民共和国", 52, "noto_serif_b", (30, 30, 30), anchor="ma", sp=8)
    sh.t(560, 190, "居民身份证", 74, "noto_sans_b", (30, 30, 30), anchor="ma", sp=18)
    lab = (60, 130, 190)
    sh.t(170, 440, "签发机关", 30, "noto_sans", lab)
    sh.t(340, 436, f["issuing_authority"], 33, r.choice(["noto_sans", "wqy_zen", "noto_serif"]))
    sh.t(170, 520, "有效期限", 30, "noto_sans", lab)
    vu = "长期" if f["valid_until"] == "long_term" else ymd(f["valid_until"], sep=".")
    sh.t(340, 516, ymd(f["valid_from"], sep=".") + "-" + vu, 33, "noto_sans")
    return sh.im


# ------------------------------------------------------------------ residence permit
def permit_card_front(f, r, office):
    W, H = 1027, 648
    sh = Sheet(W, H, (228, 240, 250))
    guilloche(sh, 0, 0, W, H, (200, 220, 240), r, 30)
    sh.dr.rectangle([0, 0, W, 110], fill=(30, 100, 180))
    sh.t(W / 2, 22, "上海市居住证", 58, "noto_sans_b", (255, 255, 255), anchor="ma", sp=10)
    lab = (40, 70, 120)
    sh.t(60, 160, "姓名", 30, "noto_sans", lab)
    sh.t(220, 156, f["name"], 36, "noto_sans_b")
    sh.t(60, 240, "公民身份号码", 30, "noto_sans", lab)
    sh.t(280, 238, f["id_number"], 34, "noto_mono", sp=3)
    sh.t(60, 320, "居住地址", 30, "noto_sans", lab)
    sh.para(220, 316, f["residence_address"], 32, 440, "noto_sans", lh=1.3)
    sh.t(60, 540, "签发机关", 28, "noto_sans", lab)
    sh.t(220, 538, office, 30, "noto_sans")
    portrait(sh, 720, 150, 960, 450, bg=(210, 225, 240))
    return sh.im


def permit_card_back(f, r):
    W, H = 1027, 648
    sh = Sheet(W, H, (236, 244, 250))
    guilloche(sh, 0, 0, W, H, (210, 225, 240), r, 30)
    sh.rrect(80, 120, 230, 240, 16, fill=(212, 175, 80), outline=(150, 120, 50), w=3)
    for k in range(1, 4):
        sh.line(80, 120 + 30 * k, 230, 120 + 30 * k, (150, 120, 50), 2)
    sh.t(300, 120, "签注信息", 34, "noto_sans_b", (40, 70, 120))
    sh.t(300, 200, "有效期限", 28, "noto_sans", (40, 70, 120))
    sh.t(300, 250, "%s 至 %s" % (ymd(f["valid_from"], True), ymd(f["valid_until"], True)), 30, "noto_sans")
    sh.t(300, 330, "签注日期", 28, "noto_sans", (40, 70, 120))
    sh.t(300, 380, ymd(f["issue_date"], True), 30, "noto_sans")
    sh.t(W / 2, 560, "本证仅限持证人本人使用", 26, "noto_sans", (90, 90, 90), anchor="ma")
    return sh.im


def permit_info(f, r, style):
    sh = Sheet(*A4)
    font = r.choice(["noto_sans", "noto_serif", "wqy_micro", "uming", "gbsn"])
    title = r.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息", "居住证签注信息"])
    sh.t(A4[0] / 2, 180, title, 62, "noto_sans_b", anchor="ma", sp=4)
    lab_id = r.choice(["证件号码", "公民身份号码"])
    lab_hk = r.choice(["户籍地址", "常住户口所在地住址"])
    lab_iss = r.choice(["签发日期", "签注日期"])
    one_cell = r.random() < 0.5
    sepc = r.choice(["%s至%s", "%s 至 %s", "%s-%s"])
    vfmt = r.choice([".", "-"])
    valid = sepc % (ymd(f["valid_from"], sep=vfmt), ymd(f["valid_until"], sep=vfmt))
    items = [("姓名", f["name"]), (lab_id, f["id_number"]), (lab_hk, f["hukou_address"]),
             ("居住地址", f["residence_address"]), (lab_iss, ymd(f["issue_date"], sep=vfmt))]
    if one_cell:
        items.append(("有效期限", valid))
    else:
        items += [("有效期限起", ymd(f["valid_from"], sep=vfmt)), ("有效期限止", ymd(f["valid_until"], sep=vfmt))]
    items.append(("签发机关", "上海市公安局"))
    fs = r.choice([34, 36, 38])
    x0, x1 = 150, A4[0] - 150
    y = 360
    if style == "grid2":
        lw = 420
        for k, v in items:
            lines = sh.wrap_lines(v, fs, x1 - x0 - lw - 40, font)
            h = max(110, len(lines) * fs * 1.5 + 50)
            sh.rect(x0, y, x0 + lw, y + h, w=3, fill=(242, 242, 242))
            sh.rect(x0 + lw, y, x1, y + h, w=3)
            sh.t(x0 + 30, y + h / 2, k, fs, font, anchor="lm")
            for i, ln in enumerate(lines):
                sh.t(x0 + lw + 30, y + h / 2 - (len(lines) - 1) * fs * 0.75 + i * fs * 1.5, ln, fs, font, anchor="lm")
            y += h
    elif style == "grid4":
        cw = (x1 - x0) / 4
        short = [it for it in items if len(it[1]) <= 18]
        long_ = [it for it in items if len(it[1]) > 18]
        for i in range(0, len(short), 2):
            pair = short[i:i + 2]
            for j, (k, v) in enumerate(pair):
                xa = x0 + j * 2 * cw
                sh.rect(xa, y, xa + cw, y + 110, w=3, fill=(240, 240, 240))
                sh.rect(xa + cw, y, xa + 2 * cw, y + 110, w=3)
                sh.t(xa + 20, y + 55, k, fs - 4, font, anchor="lm")
                sh.t(xa + cw + 14, y + 55, v, fs - 6 if len(v) > 11 else fs - 4, font, anchor="lm")
            y += 110
        for k, v in long_:
            lines = sh.wrap_lines(v, fs, 3 * cw - 40, font)
            h = max(110, len(lines) * fs * 1.5 + 50)
            sh.rect(x0, y, x0 + cw, y + h, w=3, fill=(240, 240, 240))
            sh.rect(x0 + cw, y, x1, y + h, w=3)
            sh.t(x0 + 20, y + h / 2, k, fs - 4, font, anchor="lm")
            for i, ln in enumerate(lines):
                sh.t(x0 + cw + 20, y + h / 2 - (len(lines) - 1) * fs * 0.75 + i * fs * 1.5, ln, fs, font, anchor="lm")
            y += h
    else:  # list, label alone in its row for the long values
        for k, v in items:
            if len(v) > 16:
                sh.t(x0, y, k + "：", fs, font)
                y += fs * 1.7
                y = sh.para(x0 + 200, y, v, fs, x1 - x0 - 200, font, lh=1.5) + 30
            else:
                sh.t(x0, y, k + "：", fs, font)
                sh.t(x1, y, v, fs, font, anchor="ra")
                y += fs * 2.2
            sh.line(x0, y - 20, x1, y - 20, (190, 190, 190), 2)
    sh.t(A4[0] - 200, y + 160, "上海市居住证服务中心", 34, font, anchor="ra")
    sh.t(A4[0] - 200, y + 220, ymd(f["issue_date"]), 34, font, anchor="ra")
    im = seal(sh.im, A4[0] - 380, y + 180, 150, "上海市公安局人口管理办公室", "居住证专用章")
    return im


# ------------------------------------------------------------------ hukou
def hukou_cover(f, r, office, w=1240, h=2050):
    sh = Sheet(w, h, (250, 246, 236))
    font = r.choice(["noto_serif", "uming", "gbsn", "noto_sans"])
    hand = r.choice(["ukai", "gkai", "wenkai", "noto_sans", "wenkai_l"])
    sh.t(w / 2, 110, "常 住 人 口 登 记 簿", 60, "noto_serif_b", anchor="ma")
    x0, x1 = 90, w - 90
    rows = [[("户  别", f["household_type"]), ("户主姓名", f["head_name"])],
            [("户  号", f["household_number"]), None],
            [("住  址", _mix_fw(r, f["address"], 0.3))]]
    y = 260
    rh = 150
    for row in rows:
        if len(row) == 1:
            k, v = row[0]
            hh = rh * 1.6
            sh.rect(x0, y, x1, y + hh, w=3)
            sh.line(x0 + 230, y, x0 + 230, y + hh, w=3)
            sh.t(x0 + 30, y + hh / 2, k, 40, font, anchor="lm")
            sh.para(x0 + 260, y + 30, v, 42, x1 - x0 - 300, hand, lh=1.4)
            y += hh
            continue
        cw = (x1 - x0) / 2
        for j, it in enumerate(row):
            xa = x0 + j * cw
            sh.rect(xa, y, xa + cw, y + rh, w=3)
            if it:
                sh.line(xa + 230, y, xa + 230, y + rh, w=3)
                sh.t(xa + 30, y + rh / 2, it[0], 40, font, anchor="lm")
                sh.t(xa + 260, y + rh / 2, it[1], 44, hand, anchor="lm")
        y += rh
    sh.rect(x0, y, x1, y + 380, w=3)
    sh.t(x0 + 30, y + 40, "户口登记机关和户口专用章", 36, font)
    sh.t(x0 + 30, y + 250, "承办人签章：", 36, font)
    sh.t(x0 + 260, y + 245, r.choice(["李", "王", "赵", "刘"]) + r.choice(["建", "红", "明", "丽"]) + r.choice(["华", "英", "军"]), 42, hand)
    y += 380
    sh.t(x0 + 30, y + 60, "签发日期：", 38, font)
    sh.t(x0 + 260, y + 56, ymd(f["issue_date"]), 42, hand)
    im = seal(sh.im, w * 0.62, 980 if r.random() < 0.5 else 780, 170, office + "户口专用章", "", alpha=150)
    return im


MEMBER_CELLS = ["姓名", "户主或与户主关系", "曾用名", "性别", "出生地", "民族", "籍贯", "出生日期",
                "本市(县)其他住址", "宗教信仰", "公民身份号码", "身高", "血型", "文化程度", "婚姻状况",
                "兵役状况", "服务处所", "职业", "何时由何地迁来本市(县)", "何时由何地迁来本址"]


def hukou_member(f, r, office, hand_style=False, w=1240, h=2050):
    sh = Sheet(w, h, (250, 246, 236))
    font = r.choice(["noto_serif", "uming", "gbsn", "noto_sans"])
    hand = r.choice(["ukai", "gkai", "wenkai", "wenkai_b"]) if hand_style else r.choice(["noto_sans", "wqy_micro", "noto_serif"])
    sh.t(w / 2, 90, "常住人口登记卡", 58, "noto_serif_b", anchor="ma", sp=6)
    b = d(f["birth_date"])
    vals = {"姓名": f["name"], "户主或与户主关系": f["relation_to_head"], "性别": f["sex"],
            "出生地": f["birthplace"], "民族": f["ethnicity"], "籍贯": f["native_place"],
            "出生日期": "%d年%d月%d日" % (b.year, b.month, b.day), "公民身份号码": f["id_number"],
            "文化程度": f["education"], "婚姻状况": f["marital_status"], "服务处所": f.get("employer", ""),
            "身高": "%dcm" % r.randint(155, 185), "血型": r.choice(["A", "B", "O", "AB", ""]),
            "兵役状况": r.choice(["未服兵役", ""]), "职业": r.choice(["职员", "工程师", "", "技术人员"]),
            "宗教信仰": "", "曾用名": "", "本市(县)其他住址": "",
            "何时由何地迁来本市(县)": "", "何时由何地迁来本址": ""}
    x0, x1 = 60, w - 60
    y = 200
    rh = 118
    cw = (x1 - x0) / 2
    cells = MEMBER_CELLS
    i = 0
    while i < len(cells):
        k = cells[i]
        wide = k in ("公民身份号码", "服务处所", "何时由何地迁来本市(县)", "何时由何地迁来本址", "本市(县)其他住址")
        if wide:
            sh.rect(x0, y, x1, y + rh, w=2)
            sh.line(x0 + 300, y, x0 + 300, y + rh, w=2)
            sh.para(x0 + 14, y + 18, k, 28, 280, font, lh=1.3)
            v = vals[k]
            if k == "公民身份号码":
                sh.t(x0 + 330, y + rh / 2, v, 44, hand, anchor="lm", sp=8)
            else:
                sh.t(x0 + 330, y + rh / 2, v, 38, hand, anchor="lm")
            i += 1
        else:
            for j in range(2):
                if i >= len(cells):
                    break
                k = cells[i]
                if j == 1 and k in ("公民身份号码", "服务处所", "何时由何地迁来本市(县)", "何时由何地迁来本址", "本市(县)其他住址"):
                    break
                xa = x0 + j * cw
                sh.rect(xa, y, xa + cw, y + rh, w=2)
                sh.line(xa + 220, y, xa + 220, y + rh, w=2)
                sh.para(xa + 12, y + 18 if len(k) > 6 else y + 40, k, 28, 200, font, lh=1.25)
                v = vals[k]
                sh.t(xa + 240, y + rh / 2, v, 38 if len(v) < 10 else 30, hand, anchor="lm")
                i += 1
        y += rh
    sh.t(x0 + 10, y + 50, "登记日期：", 34, font)
    sh.t(x0 + 200, y + 46, ymd(f["registration_date"]), 38, hand)
    sh.t(x1 - 360, y + 50, "承办人签章：", 34, font)
    im = seal(sh.im, w * 0.7, y - 80, 160, office + "户口专用章", "", alpha=140)
    return im


def collective_letter(f, r, office):
    sh = Sheet(*A4)
    font = r.choice(["noto_serif", "uming", "gbsn", "wqy_zen"])
    sh.t(A4[0] / 2, 260, "户 籍 证 明", 80, "noto_serif_b", anchor="ma", sp=10)
    sex = "女" if int(f["id_number"][16]) % 2 == 0 else "男"
    body = ("兹证明 %s，%s，公民身份号码 %s，系我辖区集体户口人员，户籍地址：%s。"
            "该户籍信息以公安机关户籍登记为准。\n特此证明。" % (f["name"], sex, f["id_number"], f["address"]))
    sh.t(200, 480, "有关单位：", 44, font)
    sh.para(280, 580, body, 44, A4[0] - 480, font, lh=1.9)
    sh.t(A4[0] - 220, 1500, office + r.choice(["户籍科", "某派出所", "人口管理大队"]).replace("某", r.choice(["城南", "东街", "新华路"])), 42, font, anchor="ra")
    sh.t(A4[0] - 220, 1590, ymd(f["issue_date"]), 42, font, anchor="ra")
    sh.t(200, 2000, "（本证明有效期三十日）", 34, font, (80, 80, 80))
    return seal(sh.im, A4[0] - 520, 1520, 190, office, "户口专用章")


# ------------------------------------------------------------------ labour contract
CLAUSES = [
    "甲方应当依法建立和完善劳动规章制度，保障乙方享有劳动权利、履行劳动义务。",
    "乙方应当按照甲方的要求按时完成规定的工作数量，达到规定的质量要求。",
    "甲方根据乙方的岗位实行标准工时制度，乙方每日工作时间不超过八小时，平均每周工作时间不超过四十小时。",
    "甲方按月以货币形式支付乙方工资，不得克扣或者无故拖欠乙方的工资。",
    "甲方应当依法为乙方办理社会保险手续，并按时足额缴纳社会保险费，乙方个人缴纳部分由甲方从乙方工资中代扣代缴。",
    "乙方的财产及个人信息受法律保护，甲方应当对在履行本合同过程中知悉的乙方个人信息予以保密。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
    "乙方应当遵守甲方依法制定的规章制度，严格遵守安全操作规程。",
    "双方协商一致，可以变更本合同约定的内容，变更应当采用书面形式。",
    "甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明，并在十五日内为乙方办理档案和社会保险关系转移手续。",
    "因履行本合同发生争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按照国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份。",
]
CN_YEARS = {1: "一", 2: "两", 3: "三", 5: "五"}


def _term_text(f, form, r):
    s = d(f["start_date"])
    if f.get("open_ended"):
        return ("无固定期限", "自 %d 年 %d 月 %d 日起。" % (s.year, s.month, s.day))
    e = d(f["end_date"])
    if form.get("term_years") and r.random() < 0.35:
        return ("固定期限", "期限%s年，自 %d 年 %d 月 %d 日起。" % (CN_YEARS.get(form["term_years"], str(form["term_years"])), s.year, s.month, s.day))
    return ("固定期限", "自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。" % (s.year, s.month, s.day, e.year, e.month, e.day))


def contract_pages(f, r, form, emp_addr, person_addr):
    kind = form.get("kind", "model")
    font = r.choice(["noto_serif", "uming", "gbsn", "noto_sans", "wqy_micro", "wenkai"])
    hand = r.choice(["ukai", "gkai", "wenkai", "wenkai_l"])
    employer = f["employer"]
    if r.random() < 0.4:
        employer = employer.replace("(", "（").replace(")", "）")
    pages = []
    kind_term, term = _term_text(f, form, r)
    s = d(f["start_date"])
    if kind == "renewal":
        sh = Sheet(*A4)
        sh.t(A4[0] / 2, 200, "劳动合同续订书", 70, "noto_serif_b", anchor="ma", sp=6)
        y = 400
        for k, v in [("甲方（用人单位）名称：", employer), ("乙方（劳动者）姓名：", f["employee_name"]),
                     ("乙方公民身份号码：", f["employee_id_number"])]:
            sh.t(180, y, k, 40, font)
            w = sh.text_w(k, 40, font)
            sh.t(180 + w + 10, y - 4, v, 44, hand)
            sh.line(180 + w, y + 52, A4[0] - 180, y + 52, w=2)
            y += 110
        y += 40
        txt = ("经甲乙双方协商同意，续订劳动合同，续订合同期限类型为%s期限，%s"
               "原劳动合同约定的其他内容不变，双方继续履行。" % (kind_term.replace("期限", ""), term))
        y = sh.para(180, y, txt, 42, A4[0] - 360, font, lh=1.9)
        y = sh.para(180, y + 30, CLAUSES[8] + CLAUSES[11], 40, A4[0] - 360, font, lh=1.9)
        _sign_block(sh, r, f, employer, font, hand, y + 120)
        pages.append(seal(sh.im, 520, y + 260, 190, employer, "合同专用章" if r.random() < 0.5 else ""))
        return pages
    # page 1: cover
    sh = Sheet(*A4)
    if kind == "model":
        sh.t(A4[0] / 2, 240, "上海市劳动合同", 90, "noto_serif_b", anchor="ma", sp=12)
        sh.t(A4[0] / 2, 380, "（示范文本）", 50, font, anchor="ma")
    else:
        sh.t(A4[0] / 2, 300, "劳 动 合 同 书", 96, "noto_serif_b", anchor="ma", sp=16)
    y = 1100
    for k, v in [("甲方（用人单位）：", employer), ("乙方（劳动者）：", f["employee_name"]),
                 ("签订日期：", ymd(f["signing_date"]))]:
        sh.t(300, y, k, 44, font)
        w = sh.text_w(k, 44, font)
        sh.t(300 + w + 10, y - 6, v, 46, hand)
        sh.line(300 + w, y + 56, A4[0] - 260, y + 56, w=2)
        y += 140
    sh.t(A4[0] / 2, 2150, "上海市人力资源和社会保障局制" if kind == "model" else "", 36, font, anchor="ma")
    pages.append(sh.im)
    # page 2: parties + term
    sh = Sheet(*A4)
    y = 170
    if kind == "model":
        for k, v in [("甲方（用人单位）名称：", employer), ("法定代表人（主要负责人）：", f["employee_name"][0] + "某某"),
                     ("注册地址：", emp_addr), ("乙方（劳动者）姓名：", f["employee_name"]),
                     ("公民身份号码：", f["employee_id_number"]), ("户籍地址：", person_addr)]:
            sh.t(150, y, k, 38, font)
            w = sh.text_w(k, 38, font)
            sh.t(150 + w + 10, y - 4, v, 40 if len(v) < 22 else 32, hand)
            sh.line(150 + w, y + 48, A4[0] - 150, y + 48, w=2)
            y += 100
    else:
        x0, x1 = 150, A4[0] - 150
        rows = [("甲方", "名称", employer), ("", "法定代表人", f["employee_name"][0] + "某某"), ("", "地址", emp_addr),
                ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]), ("", "住址", person_addr)]
        for i, (a, b, v) in enumerate(rows):
            sh.rect(x0 + 120, y, x0 + 400, y + 90, w=2)
            sh.rect(x0 + 400, y, x1, y + 90, w=2)
            sh.t(x0 + 140, y + 45, b, 34, font, anchor="lm")
            sh.t(x0 + 420, y + 45, v, 34 if len(v) < 28 else 28, font, anchor="lm")
            y += 90
        sh.rect(x0, 170, x0 + 120, 170 + 270, w=2)
        sh.rect(x0, 170 + 270, x0 + 120, 170 + 540, w=2)
        sh.t(x0 + 60, 170 + 135, "甲方", 36, font, anchor="mm")
        sh.t(x0 + 60, 170 + 405, "乙方", 36, font, anchor="mm")
    y += 60
    sh.t(150, y, "第一条  合同期限", 44, "noto_sans_b")
    y += 90
    opts = ["固定期限", "无固定期限", "以完成一定工作任务为期限"]
    for o in opts:
        mark = "☑" if o == kind_term else "□"
        sh.t(190, y, mark, 40, "noto_sans")
        sh.t(250, y, o, 40, font)
        if o == kind_term:
            y += 70
            y = sh.para(250, y, term, 40, A4[0] - 450, font, lh=1.7) - 40
        y += 80
    prob = s + __import__("dateutil.relativedelta", fromlist=["x"]).relativedelta(months=r.choice([2, 3, 6])) - dt.timedelta(days=1)
    y = sh.para(150, y + 20, "试用期自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。" % (s.year, s.month, s.day, prob.year, prob.month, prob.day), 40, A4[0] - 300, font, lh=1.8)
    y = sh.para(150, y + 20, "第二条  工作内容和工作地点\n乙方同意根据甲方工作需要，担任" + r.choice(["软件开发", "财务", "行政", "销售", "技术支持"]) + "岗位工作，工作地点为上海市。", 40, A4[0] - 300, font, lh=1.8)
    sh.t(A4[0] / 2, A4[1] - 100, "第 2 页", 30, font, anchor="ma")
    pages.append(sh.im)
    # middle pages: clauses
    nmid = 0 if kind == "model" else r.choice([0, 0, 1])
    ci = 0
    for p in range(nmid):
        sh = Sheet(*A4)
        y = 170
        for k in range(6):
            cl = CLAUSES[ci % len(CLAUSES)]
            ci += 1
            y = sh.para(150, y, "第%s条  %s" % ("三四五六七八九十"[min(ci - 1, 7)], cl), 40, A4[0] - 300, font, lh=1.9) + 40
        sh.t(A4[0] / 2, A4[1] - 100, "第 %d 页" % (3 + p), 30, font, anchor="ma")
        pages.append(sh.im)
    # signature page
    sh = Sheet(*A4)
    y = sh.para(150, 200, CLAUSES[11], 40, A4[0] - 300, font, lh=1.9)
    _sign_block(sh, r, f, employer, font, hand, y + 200)
    sh.t(A4[0] / 2, A4[1] - 100, "第 %d 页" % (3 + nmid), 30, font, anchor="ma")
    pages.append(seal(sh.im, 520, y + 360, 200, employer, "合同专用章" if r.random() < 0.5 else ""))
    return pages


def _sign_block(sh, r, f, employer, font, hand, y):
    sh.t(150, y, "甲方（盖章）：", 40, font)
    sh.t(900, y, "乙方（签字）：", 40, font)
    sh.t(1180, y + 60, f["employee_name"], 56, hand)
    sh.t(150, y + 300, "法定代表人或委托代理人（签字）：", 36, font)
    sd = ymd(f["signing_date"])
    sh.t(150, y + 420, "签订日期：" + sd, 38, font)
    sh.t(900, y + 420, "签订日期：" + sd, 38, font)


# ------------------------------------------------------------------ diploma & degree
def diploma_paper(f, r, sex, birth, form):
    W, H = 2200, 1560
    sh = Sheet(W, H, (252, 250, 240))
    sh.rect(40, 40, W - 40, H - 40, (170, 140, 70), 10)
    font = r.choice(["noto_serif", "uming", "gbsn", "ukai", "wenkai"])
    sh.t(W * 0.62, 150, "毕 业 证 书", 96, "noto_serif_b", (150, 30, 30), anchor="ma", sp=20)
    portrait(sh, 170, 260, 520, 720)
    b = d(birth)
    g = d(f["graduation_date"])
    yrs = form.get("years", 4)
    st = g.year - yrs
    lvl = {"本科": "%s年制本科" % "〇一二三四五六"[yrs], "专科": "%s年制专科" % "〇一二三四五六"[yrs],
           "硕士研究生": "硕士研究生"}[f["level"]]
    mode = f.get("study_mode", "普通全日制")
    extra = "" if mode == "普通全日制" else "（%s）" % mode
    body = ("学生 %s，性别%s，%d年%d月生，于%d年9月至%d年%d月在本校%s专业%s%s学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。" % (f["name"], sex, b.year, b.month, st, g.year, g.month, f["major"], lvl, extra))
    sh.para(640, 320, body, 52, W - 820, font, lh=1.9)
    sh.t(640, 1000, "校（院）长：", 48, font)
    sh.t(960, 990, r.choice(["张", "陈", "周"]) + r.choice(["立", "文", "树"]) + r.choice(["新", "人", "德"]), 60, "ukai")
    sh.t(640, 1100, "学校名称：" + f["school"], 48, font)
    sh.t(640, 1200, "证书编号：%d%s%06d" % (r.randint(10000, 13999), str(g.year), r.randint(0, 999999)), 44, font)
    date = cn_num_date(f["graduation_date"]) if r.random() < 0.6 else ymd(f["graduation_date"])
    sh.t(W - 200, 1340, date, 52, font, anchor="ra")
    return seal(sh.im, W - 520, 1180, 190, f["school"], "")


def degree_paper(f, r, sex, birth, form):
    W, H = 1560, 2200
    sh = Sheet(W, H, (250, 250, 244))
    sh.rect(40, 40, W - 40, H - 40, (120, 40, 60), 8)
    font = r.choice(["noto_serif", "uming", "gbsn", "wenkai"])
    title = {"学士": "学士学位证书", "硕士": "硕士学位证书", "博士": "博士学位证书"}[f["level"]]
    sh.t(W / 2, 200, title, 90, "noto_serif_b", (120, 20, 40), anchor="ma", sp=10)
    portrait(sh, W / 2 - 180, 380, W / 2 + 180, 840)
    b = d(birth)
    lv = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[f["level"]]
    body = ("%s，%s，%d年%d月生。在%s%s专业完成了%s学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予%s%s学位。"
            % (f["name"], sex, b.year, b.month, f["school"], f["major"], lv, form.get("field", "工学"), f["level"]))
    sh.para(180, 960, body, 52, W - 360, font, lh=1.9)
    sh.t(180, 1600, "%s学位评定委员会主席" % f["school"], 44, font)
    sh.t(180, 1700, "证书编号：%d%s%06d" % (r.randint(10000, 13999), f["graduation_date"][:4], r.randint(0, 999999)), 40, font)
    date = cn_num_date(f["graduation_date"]) if r.random() < 0.5 else ymd(f["graduation_date"])
    sh.t(W - 180, 1900, date, 48, font, anchor="ra")
    return seal(sh.im, W - 450, 1760, 170, f["school"], "")


# ------------------------------------------------------------------ marriage certificate
def marriage_inner(f, r, form):
    W, H = 2400, 1600
    sh = Sheet(W, H, (250, 226, 222))
    guilloche(sh, 0, 0, W, H, (240, 200, 196), r, 30)
    sh.line(W / 2, 0, W / 2, H, (200, 150, 150), 6)
    font = r.choice(["noto_sans", "noto_serif", "wqy_zen"])
    y = 200
    for k, v in [("持证人", f["holder_name"]), ("登记日期", ymd(f["registration_date"])),
                 ("结婚证字号", "J%s%s-%06d" % (r.choice(["310", "320", "330"]), f["registration_date"][:4], r.randint(0, 999999)))]:
        sh.t(160, y, k, 48, font, (120, 60, 60))
        sh.t(460, y, v, 52, font)
        y += 150
    sh.t(160, y + 60, "备注", 48, font, (120, 60, 60))
    x = W / 2 + 100
    portrait(sh, x + 120, 120, x + 900, 560, bg=(200, 40, 40), fg=(240, 200, 200))
    people = [(f["holder_name"], form["sex"], form["birth"], None), (f["spouse_name"], form["spouse_sex"], form["spouse_birth"], f["spouse_id_number"])]
    y = 640
    for nm, sx, bd, idn in people:
        for k, v in [("姓名", nm), ("性别", sx), ("国籍", "中国"), ("出生日期", ymd(bd, True)), ("身份证件号", idn or form["holder_id"])]:
            sh.t(x, y, k, 36, font, (120, 60, 60))
            sh.t(x + 240, y, v, 38, font)
            y += 64
        y += 40
    return seal(sh.im, 700, 1200, 200, form["office"], "婚姻登记专用章")


# ------------------------------------------------------------------ old tax certificate
def tax_certificate(f, rows, r, office):
    sh = Sheet(A4[1], A4[0])  # landscape
    W, H = sh.w, sh.h
    font = r.choice(["noto_serif", "uming", "gbsn", "noto_sans"])
    sh.t(W / 2, 90, "中华人民共和国", 50, "noto_serif_b", anchor="ma")
    sh.t(W / 2, 160, "税 收 完 税 证 明", 66, "noto_serif_b", anchor="ma", sp=8)
    sh.t(120, 280, "填发日期：" + ymd(f["issue_date"]), 34, font)
    sh.t(W - 120, 280, "税务机关：" + office, 34, font, anchor="ra")
    sh.t(120, 350, "纳税人识别号：" + f["id_number"], 34, font)
    sh.t(W / 2 + 80, 350, "纳税人名称：" + f["name"], 34, font)
    cols = [("原凭证号", 260), ("税种", 170), ("品目名称", 300), ("税款所属时期", 420), ("入(退)库日期", 250), ("实缴(退)金额", 250), ("扣缴义务人", 0)]
    x0, x1 = 100, W - 100
    used = sum(c[1] for c in cols)
    cols[-1] = ("扣缴义务人", x1 - x0 - used)
    y = 420
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)
    rh = 66
    for i, (k, _) in enumerate(cols):
        sh.rect(xs[i], y, xs[i + 1], y + rh, w=2)
        sh.t((xs[i] + xs[i + 1]) / 2, y + rh / 2, k, 28, font, anchor="mm")
    y += rh
    fs = 24 if len(rows) > 14 else 27
    for rw in rows:
        ml = _mlast(rw["period"])
        cells = ["3%014d" % r.randint(0, 10 ** 13), "个人所得税", rw.get("_item", "工资薪金所得"),
                 "%s-01至%s-%02d" % (rw["period"], rw["period"], ml), _paydate(rw["period"]), rw["amount"], rw["withholding_agent"]]
        for i, c in enumerate(cells):
            sh.rect(xs[i], y, xs[i + 1], y + rh, w=2)
            sh.t(xs[i] + 8, y + rh / 2, c, fs if i != 6 else min(fs, 24), font, anchor="lm")
        y += rh
    tot = sum(float(x["amount"]) for x in rows)
    sh.t(120, y + 40, "金额合计（大写）：略    ¥%.2f" % tot, 30, font)
    sh.t(120, H - 120, "妥善保管  手写无效", 28, font)
    return seal(sh.im, W - 400, H - 300, 170, office, "征税专用章")


def _mlast(m):
    from .common import month_last_day
    return month_last_day(m)


def _paydate(m):
    from .common import month_add
    n = month_add(m, 1)
    return "%s-%02d" % (n, 8 + (int(m[5:]) * 7) % 8)


# ------------------------------------------------------------------ unknown pages
def receipt(r):
    W, H = 700, 1500
    sh = Sheet(W, H, (248, 248, 244))
    font = "wenkai_mono" if r.random() < 0.5 else "noto_mono"
    y = 60
    shop = r.choice(["全家便利店(锦秋路店)", "联华超市(沪岚路店)", "罗森(凌云路店)", "好德便利"])
    for ln in [shop, "-" * 26, "收银员: 0%d" % r.randint(10, 99), "2026-%02d-%02d %02d:%02d" % (r.randint(1, 11), r.randint(1, 28), r.randint(7, 22), r.randint(0, 59)), "-" * 26]:
        sh.t(40, y, ln, 30, font)
        y += 50
    tot = 0
    for _ in range(r.randint(4, 9)):
        it = r.choice(["矿泉水", "饭团", "牛奶", "面包", "关东煮", "咖啡", "口香糖", "酸奶", "三明治"])
        p = r.randint(3, 25) + r.choice([0, 0.5, 0.9])
        tot += p
        sh.t(40, y, it, 30, font)
        sh.t(W - 40, y, "%.2f" % p, 30, font, anchor="ra")
        y += 50
    sh.t(40, y + 20, "合计: %.2f" % tot, 34, font)
    sh.t(40, y + 90, "微信支付  谢谢惠顾", 30, font)
    return sh.im


def rental_page(r):
    sh = Sheet(*A4)
    font = r.choice(["noto_serif", "uming", "noto_sans"])
    sh.t(A4[0] / 2, 200, "上海市住房租赁合同", 70, "noto_serif_b", anchor="ma")
    txt = ("出租人（甲方）与承租人（乙方）经协商一致，就房屋租赁事宜订立本合同。甲方将位于上海市%s路%d弄%d号%d室的房屋出租给乙方作居住使用，"
           "租赁期限自2025年%d月1日起至2026年%d月30日止，月租金人民币%d元，押一付三。乙方应按时支付租金，爱护房屋及附属设施。"
           "租赁期间水、电、燃气等费用由乙方承担。" % (r.choice(["锦秋", "云台", "凌云", "航南"]), r.randint(10, 900), r.randint(1, 60), r.randint(101, 1502), r.randint(1, 9), r.randint(1, 9), r.randint(30, 90) * 100))
    y = sh.para(150, 400, txt, 42, A4[0] - 300, font, lh=1.9)
    for c in CLAUSES[8:12]:
        y = sh.para(150, y + 30, c.replace("劳动", "租赁"), 42, A4[0] - 300, font, lh=1.9)
    return sh.im


def bank_slip(r):
    W, H = 1654, 900
    sh = Sheet(W, H, (240, 248, 244))
    font = r.choice(["noto_sans", "wqy_micro"])
    sh.t(W / 2, 60, r.choice(["中国某某银行", "上海某某农商银行"]).replace("某某", r.choice(["江海", "浦商", "申联"])) + "  个人业务回单", 48, "noto_sans_b", anchor="ma")
    y = 200
    for k, v in [("交易日期", "2026-%02d-%02d" % (r.randint(1, 11), r.randint(1, 28))), ("交易类型", "转账汇款"),
                 ("金额", "¥%d.00" % r.randint(500, 9000)), ("摘要", r.choice(["房租", "还款", "转账"])),
                 ("流水号", "%018d" % r.randint(0, 10 ** 17))]:
        sh.t(150, y, k + "：", 38, font)
        sh.t(500, y, v, 38, font)
        y += 100
    return seal(sh.im, W - 350, H - 250, 140, "业务受理专用章", "", color=(200, 40, 40))
