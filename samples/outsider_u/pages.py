"""A4 / booklet pages drawn as images: 居住证信息, 户口簿, 户籍证明, 劳动合同, 毕业证书,
学位证书, 税收完税证明, and unknown pages (receipt, rental contract)."""
import datetime as dt

from .draw import A4_200, Sheet, portrait, stamp_seal
from .util import cn_date, d

W, H = A4_200
BLACK = (15, 15, 15)


def _ymd(s, sep="年月日", pad=False):
    x = d(s)
    if pad:
        return "%d%s%02d%s%02d%s" % (x.year, sep[0], x.month, sep[1], x.day, sep[2])
    return "%d%s%d%s%d%s" % (x.year, sep[0], x.month, sep[1], x.day, sep[2])


# ------------------------------------------------------------------ 居住证信息 (A4)
def permit_info(f, ctx, rng, layout):
    s = Sheet(W, H)
    fn = rng.choice(["song", "sans", "serif", "zenhei"])
    title = rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息表"])
    s.text(W / 2, 170, title, fn if fn != "song" else "serif_bold", 62, BLACK, anchor="ma", spacing=6)
    hk_lab = rng.choice(["户籍地址", "常住户口所在地住址"])
    idl = rng.choice(["证件号码", "公民身份号码"])
    vf, vu = f["valid_from"].replace("-", "."), f["valid_until"].replace("-", ".")
    common = [("姓名", f["name"]), ("性别", ctx["sex"]), (idl, f["id_number"]),
              ("居住证号", ctx["permit_no"]), (hk_lab, f["hukou_address"]), ("居住地址", f["residence_address"]),
              ("签发机关", ctx["permit_office"]), (rng.choice(["签发日期", "签注日期"]), f["issue_date"].replace("-", "."))]
    if layout == "info_split_validity":
        common += [("有效期限起", vf), ("有效期限止", vu)]
    else:
        common += [("有效期限", "%s至%s" % (vf, vu))]
    common += [("备注", "")]
    sz = rng.choice([34, 36, 38])
    y = 330
    if layout in ("info_grid2", "info_split_validity"):
        lw = rng.choice([360, 420])
        x0, x1 = 130, W - 130
        for lab, v in common:
            lines = s.wrap(v, x1 - x0 - lw - 50, fn, sz) or [""]
            rh = max(92, 30 + len(lines) * sz * 1.5)
            s.rect(x0, y, x1, y + rh, BLACK, 2)
            s.line(x0 + lw, y, x0 + lw, y + rh, BLACK, 2)
            s.text(x0 + 24, y + rh / 2, lab, fn, sz, BLACK, anchor="lm")
            yy = y + (rh - len(lines) * sz * 1.5) / 2 + sz * 0.2
            for ln in lines:
                s.text(x0 + lw + 24, yy, ln, fn, sz, BLACK)
                yy += sz * 1.5
            y += rh
    elif layout == "info_grid4":
        x0, x1 = 100, W - 100
        cw = (x1 - x0) / 4
        short = [c for c in common if s.tw(c[1], fn, sz - 2) < cw - 30 and s.tw(c[0], fn, sz - 2) < cw - 30]
        long_ = [c for c in common if c not in short]
        for i in range(0, len(short), 2):
            pair = short[i:i + 2]
            for k, (lab, v) in enumerate(pair):
                xl = x0 + k * 2 * cw
                s.rect(xl, y, xl + cw, y + 96, BLACK, 2)
                s.rect(xl + cw, y, xl + 2 * cw, y + 96, BLACK, 2)
                s.text(xl + 18, y + 48, lab, fn, sz - 2, BLACK, anchor="lm")
                s.text(xl + cw + 18, y + 48, v, fn, sz - 2, BLACK, anchor="lm")
            if len(pair) == 1:
                s.rect(x0 + 2 * cw, y, x1, y + 96, BLACK, 2)
            y += 96
        for lab, v in long_:
            lines = s.wrap(v, 3 * cw - 50, fn, sz - 2)
            rh = max(96, 30 + len(lines) * sz * 1.45)
            s.rect(x0, y, x0 + cw, y + rh, BLACK, 2)
            s.rect(x0 + cw, y, x1, y + rh, BLACK, 2)
            s.text(x0 + 18, y + rh / 2, lab, fn, sz - 2, BLACK, anchor="lm")
            yy = y + (rh - len(lines) * sz * 1.45) / 2 + 4
            for ln in lines:
                s.text(x0 + cw + 18, yy, ln, fn, sz - 2, BLACK)
                yy += sz * 1.45
            y += rh
    else:  # info_list: label: value lines, some values far to the right
        far = rng.random() < 0.5
        for lab, v in common:
            s.text(160, y, lab + "：", fn, sz, BLACK)
            if far:
                lines = s.wrap(v, 900, fn, sz)
                for ln in lines:
                    s.text(W - 160, y, ln, fn, sz, BLACK, anchor="ra")
                    y += sz * 1.6
                if not lines:
                    y += sz * 1.6
            else:
                lines = s.wrap(v, W - 640, fn, sz) or [""]
                for ln in lines:
                    s.text(480, y, ln, fn, sz, BLACK)
                    y += sz * 1.6
            y += 28
    y += 80
    s.text(W - 200, y, "打印日期：%s" % ctx["print_date"], fn, 30, BLACK, anchor="ra")
    stamp_seal(s, W - 420, y - 60, 330, "上海市公安局%s居住证办理专用章" % ctx["permit_dist"], rng)
    return s.im


# ------------------------------------------------------------------ 户口簿
BW, BH = 1240, 1720   # booklet page at ~200 dpi


def _hand(s, x, y, v, rng, size, hand, anchor="la"):
    if hand:
        col = rng.choice([(25, 35, 110), (30, 30, 30)])
        fn = rng.choice(["kai", "ukai", "wenkai"])
        sp = rng.randint(0, 5)
        s.text(x + rng.randint(-4, 4), y + rng.randint(-5, 5), v, fn, size + 4, col, spacing=sp, anchor=anchor)
    else:
        s.text(x, y, v, rng.choice(["song", "serif", "uming"]) if not hasattr(s, "_fn") else s._fn, size, BLACK,
               anchor=anchor)


def hukou_cover(f, ctx, rng, hand):
    s = Sheet(BW, BH, (250, 246, 236))
    s._fn = rng.choice(["song", "uming", "serif"])
    s.text(BW / 2, 110, "常 住 人 口 登 记 簿", "serif_bold", 58, BLACK, anchor="ma")
    x0, x1, y0 = 90, BW - 90, 260
    rh = 150
    cw = (x1 - x0) / 4
    lines = s.wrap(f["address"], cw * 1.5 - 30, "song", 36)
    rh2 = max(rh, 60 + 50 * len(lines))
    ys = [y0, y0 + rh, y0 + rh + rh2, y0 + 2 * rh + rh2]
    s.rect(x0, y0, x1, ys[3], BLACK, 3)
    for yy in ys[1:3]:
        s.line(x0, yy, x1, yy, BLACK, 2)
    s.line(x0 + cw, y0, x0 + cw, ys[3], BLACK, 2)
    s.line(x0 + 2 * cw, y0, x0 + 2 * cw, ys[2], BLACK, 2)
    s.line(x0 + 2.5 * cw, y0 + rh, x0 + 2.5 * cw, ys[2], BLACK, 2)
    s.line(x0 + 3 * cw, y0, x0 + 3 * cw, y0 + rh, BLACK, 2)
    lab = lambda x, y, t: s.text(x, y, t, "song", 36, BLACK, anchor="mm")
    lab(x0 + cw / 2, y0 + rh / 2, "户　别")
    _hand(s, x0 + cw + 20, y0 + rh / 2, f["household_type"], rng, 36, hand, anchor="lm")
    lab(x0 + 2.5 * cw, y0 + rh / 2, "户主姓名")
    _hand(s, x0 + 3 * cw + 20, y0 + rh / 2, f["head_name"], rng, 38, hand, anchor="lm")
    lab(x0 + cw / 2, ys[1] + rh2 / 2, "户　号")
    _hand(s, x0 + cw + 20, ys[1] + rh2 / 2, f["household_number"], rng, 36, hand, anchor="lm")
    lab(x0 + 2.25 * cw, ys[1] + rh2 / 2, "住址")
    yy = ys[1] + rh2 / 2 - (len(lines) - 1) * 25
    for ln in lines:
        _hand(s, x0 + 2.5 * cw + 16, yy, ln, rng, 36, hand, anchor="lm")
        yy += 50
    lab(x0 + cw / 2, ys[2] + rh / 2, "承办人签章")
    _hand(s, x0 + cw + 60, ys[2] + rh / 2, ctx["clerk"], rng, 36, True, anchor="lm")
    y0 = ys[3] - 4 * rh
    y2 = y0 + rh * 4 + 120
    s.text(x0 + 40, y2, "户口登记机关", "song", 36, BLACK)
    s.text(x1 - 40, y2 + 260, "签发日期", "song", 36, BLACK, anchor="ra")
    _hand(s, x1 - 40, y2 + 330, _ymd(f["issue_date"]), rng, 38, hand, anchor="ra")
    stamp_seal(s, x0 + 3.1 * cw, y0 + 2.8 * rh + rng.randint(-40, 120), 360,
               ctx["police_station"] + "户口专用章", rng)
    return s.im


MEMBER_CELLS = [
    [("姓名", "name"), ("户主或与户主关系", "relation_to_head")],
    [("曾用名", None), ("性别", "sex")],
    [("出生地", "birthplace"), ("民族", "ethnicity")],
    [("籍贯", "native_place"), ("出生日期", "birth_date")],
    [("本市(县)其他住址", None)],
    [("宗教信仰", None), ("公民身份证件编号", "id_number")],
    [("身高", "_height"), ("血型", "_blood")],
    [("文化程度", "education"), ("婚姻状况", "marital_status")],
    [("兵役状况", "_mil"), ("职业", "_job")],
    [("服务处所", "employer")],
    [("何时由何地迁来本市(县)", None)],
    [("何时由何地迁来本址", None)],
]


def hukou_member(f, ctx, rng, hand):
    s = Sheet(BW, BH, (250, 247, 238))
    s._fn = rng.choice(["song", "uming", "serif"])
    s.text(BW / 2, 80, "常住人口登记卡", "serif_bold", 54, BLACK, anchor="ma", spacing=8)
    x0, x1, y = 60, BW - 60, 190
    rh = 104
    cw = (x1 - x0) / 4
    extra = {"_height": str(rng.randint(155, 185)) + "厘米", "_blood": rng.choice(["A", "B", "O", "AB", ""]),
             "_mil": rng.choice(["未服兵役", ""]), "_job": rng.choice(["职员", "工程师", "", "技术人员"])}
    lsz = 27
    for row in MEMBER_CELLS:
        s.rect(x0, y, x1, y + rh, BLACK, 2)
        if len(row) == 2:
            for k, (lab, key) in enumerate(row):
                xl = x0 + k * 2 * cw
                s.line(xl + cw, y, xl + cw, y + rh, BLACK, 2)
                s.line(xl + 2 * cw, y, xl + 2 * cw, y + rh, BLACK, 2) if k == 0 else None
                for j, ln in enumerate(s.wrap(lab, cw - 16, "song", lsz)):
                    s.text(xl + cw / 2, y + 30 + j * 34 if len(lab) > 8 else y + rh / 2, ln, "song", lsz, BLACK,
                           anchor="ma" if len(lab) > 8 else "mm")
                v = f.get(key) if key and not key.startswith("_") else extra.get(key, "") if key else ""
                if key == "birth_date":
                    v = _ymd(v, pad=rng.random() < 0.5)
                if v:
                    vs = 30 if len(v) < 12 else 25
                    fn = "ocrb" if key == "id_number" and not hand else None
                    if key == "id_number":  # the 18 characters kept inside their cell (they once ran off the card)
                        size = 30 if fn else vs
                        wide = lambda n: (s.tw(v, "ocrb", n) if fn else s.tw(v, "kai", n + 4, spacing=5) if hand
                                          else s.tw(v, s._fn, n))  # noqa: E731 - as _hand draws it, at its widest
                        while size > 14 and wide(size) > cw - 30:
                            size -= 1
                        if fn:
                            s.text(xl + cw + 12, y + rh / 2, v, "ocrb", size, BLACK, anchor="lm")
                        else:
                            _hand(s, xl + cw + 12, y + rh / 2, v, rng, size, hand, anchor="lm")
                    else:
                        lines = s.wrap(v, cw - 24, "song", vs)
                        for j, ln in enumerate(lines):
                            _hand(s, xl + cw + 12, y + rh / 2 + (j - (len(lines) - 1) / 2) * 36, ln, rng, vs, hand,
                                  anchor="lm")
        else:
            lab, key = row[0]
            s.line(x0 + cw, y, x0 + cw, y + rh, BLACK, 2)
            for j, ln in enumerate(s.wrap(lab, cw - 16, "song", lsz)):
                s.text(x0 + cw / 2, y + 24 + j * 34, ln, "song", lsz, BLACK, anchor="ma")
            v = f.get(key, "") if key else ""
            if key is None and lab.startswith("何时由何地迁来本址") and rng.random() < 0.5:
                v = "%s年由%s迁来" % (f["registration_date"][:4], f["birthplace"])
            if v:
                _hand(s, x0 + cw + 20, y + rh / 2, v, rng, 30, hand, anchor="lm")
        y += rh
    s.rect(x0, y, x1, y + 150, BLACK, 2)
    s.line(x0 + 2 * cw, y, x0 + 2 * cw, y + 150, BLACK, 2)
    s.text(x0 + 20, y + 20, "承办人签章", "song", lsz, BLACK)
    _hand(s, x0 + 250, y + 80, ctx["clerk"], rng, 32, True)
    s.text(x0 + 2 * cw + 20, y + 20, "登记日期", "song", lsz, BLACK)
    _hand(s, x1 - 30, y + 90, _ymd(f["registration_date"]), rng, 32, hand, anchor="ra")
    stamp_seal(s, x0 + 2.6 * cw, y - rng.randint(40, 200), 340, ctx["police_station"] + "户口专用章", rng)
    return s.im


def booklet_pair(cover, member, rng):
    """the open booklet: two pages side by side on one sheet"""
    g = 30
    s = Sheet(cover.width * 2 + g * 3, cover.height + g * 2, (150, 60, 50))
    s.paste(cover, g, g)
    s.paste(member, cover.width + 2 * g, g)
    return s.im


def a4_two(top, bottom):
    s = Sheet(W, H)
    sc = min((H / 2 - 90) / top.height, (W - 200) / top.width)
    for k, im in enumerate((top, bottom)):
        im2 = im.resize((int(im.width * sc), int(im.height * sc)))
        s.paste(im2, (W - im2.width) / 2, 60 + k * (H / 2))
    return s.im


def collective_letter(f, ctx, rng):
    s = Sheet(W, H)
    fn = rng.choice(["song", "serif", "uming"])
    s.text(W / 2, 300, "户 籍 证 明", "serif_bold", 78, BLACK, anchor="ma", spacing=10)
    body = ("兹证明 %s（性别：%s，公民身份号码：%s）系我所辖区集体户口人员，其常住户口登记在%s（集体户），"
            "户口登记信息真实有效。" % (f["name"], ctx["sex"], f["id_number"], f["address"]))
    y = s.para(200, 560, body, W - 400, fn, 44, BLACK, lh=1.9, indent=88)
    y = s.para(200, y + 30, "特此证明。", W - 400, fn, 44, BLACK, indent=88)
    s.text(W - 260, y + 300, ctx["police_station"], fn, 44, BLACK, anchor="ra")
    s.text(W - 300, y + 390, _ymd(f["issue_date"]), fn, 44, BLACK, anchor="ra")
    stamp_seal(s, W - 560, y + 330, 380, ctx["police_station"] + "户口专用章", rng)
    s.text(200, H - 300, "（本证明有效期三个月）", fn, 34, BLACK)
    return s.im


# ------------------------------------------------------------------ 劳动合同
CLAUSES = [
    "甲方根据工作需要，安排乙方从事相应岗位工作，乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，乙方在劳动过程中必须严格遵守安全操作规程。",
    "甲方实行标准工时制度，乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方因工作需要安排乙方加班的，应当依法支付加班工资。",
    "甲方每月以货币形式按时足额支付乙方工资，乙方的月工资不低于本市最低工资标准。甲方依法代扣代缴乙方个人所得税。",
    "甲乙双方应当按照国家和本市的规定参加社会保险，甲方为乙方办理有关社会保险手续，并承担相应的社会保险义务。",
    "乙方应当遵守甲方依法制定的规章制度，保守甲方的商业秘密，爱护甲方的财产，遵守职业道德。",
    "甲乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同。乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "甲方依法解除或者终止本合同的，应当依法向乙方支付经济补偿，并在解除或者终止时出具解除或者终止劳动合同的证明。",
    "因履行本合同发生的劳动争议，当事人可以向本单位劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。",
]


def _term_sentence(f, rng, template):
    st = d(f["start_date"])
    if f["open_ended"]:
        return "本合同为无固定期限劳动合同，自%d年%d月%d日起履行。" % (st.year, st.month, st.day)
    en = d(f["end_date"])
    yrs = round((en - st).days / 365.25)
    cn = "一二三四五六七八九十"
    if template and rng.random() < 0.5 and 1 <= yrs <= 10 and (en + dt.timedelta(days=1)).replace(year=st.year) == st:
        return "本合同期限%s年，自%d年%d月%d日起至%d年%d月%d日止。" % (cn[yrs - 1], st.year, st.month, st.day,
                                                             en.year, en.month, en.day)
    return "本合同为固定期限劳动合同，自%d年%d月%d日起至%d年%d月%d日止。" % (st.year, st.month, st.day,
                                                             en.year, en.month, en.day)


def contract_pages(f, ctx, rng, layout):
    pages = []
    fn = rng.choice(["song", "serif", "uming", "song"])
    sz = rng.choice([36, 38, 40])
    st = d(f["start_date"])
    probation_end = st + dt.timedelta(days=rng.choice([60, 90, 180]) - 1)
    hand = lambda s, x, y, v, size=40: s.text(x + rng.randint(-3, 3), y + rng.randint(-4, 4), v,
                                              rng.choice(["kai", "wenkai", "ukai"]), size, (25, 30, 100))
    emp_disp = f["employer"].replace("(", "（").replace(")", "）") if rng.random() < 0.6 else f["employer"]
    if layout == "shanghai_model":
        # cover
        s = Sheet(W, H)
        s.text(W / 2, 180, "编号：%s" % ctx["contract_no"], fn, 32, BLACK, anchor="ma")
        s.text(W / 2, 520, "劳 动 合 同", "serif_bold", 110, BLACK, anchor="ma", spacing=20)
        s.text(W / 2, 700, "（示范文本）", fn, 44, BLACK, anchor="ma")
        y = 1100
        for lab, v in [("甲方（用人单位）：", emp_disp), ("乙方（劳动者）：", f["employee_name"]),
                       ("签订日期：", "%d 年 %d 月 %d 日" % tuple(map(int, f["signing_date"].split("-"))))]:
            s.text(300, y, lab, fn, 44, BLACK)
            x = 300 + s.tw(lab, fn, 44)
            s.line(x, y + 60, W - 250, y + 60, BLACK, 2)
            lines = s.wrap(v, W - 260 - x, "kai", 44)
            if len(lines) > 1:
                hand(s, x + 10, y - 2, lines[0], 38)
                hand(s, 300, y + 76, "".join(lines[1:]), 38)
                s.line(300, y + 136, W - 250, y + 136, BLACK, 2)
                y += 80
            else:
                hand(s, x + 20, y - 4, v, 44)
            y += 170
        s.text(W / 2, H - 300, "上海市人力资源和社会保障局 制", fn, 38, BLACK, anchor="ma")
        pages.append(s.im)
        # party block + term
        s = Sheet(W, H)
        y = 200
        party = [("甲方（用人单位）名称：", emp_disp), ("法定代表人（主要负责人）：", ctx["legal_rep"]),
                 ("地址：", ctx["company_addr"]), ("乙方（劳动者）姓名：", f["employee_name"]),
                 ("居民身份证号码：", f["employee_id_number"]), ("户籍地址：", ctx["hukou_addr"]),
                 ("联系电话：", ctx["phone"])]
        for lab, v in party:
            s.text(160, y, lab, fn, sz, BLACK)
            x = 160 + s.tw(lab, fn, sz)
            s.line(x, y + sz + 14, W - 160, y + sz + 14, BLACK, 2)
            lines = s.wrap(v, W - 180 - x, "kai", sz)
            hand(s, x + 12, y - 4, lines[0], sz)
            for ln in lines[1:]:
                y += sz + 34
                s.line(160, y + sz + 14, W - 160, y + sz + 14, BLACK, 2)
                hand(s, 170, y - 4, ln, sz)
            y += sz + 44
        y += 30
        y = s.para(160, y, "根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致，"
                   "签订本合同，共同遵守本合同所列条款。", W - 320, fn, sz, BLACK, indent=2 * sz)
        y += 30
        s.text(W / 2, y, "一、劳动合同期限", "serif_bold", sz + 4, BLACK, anchor="ma")
        y += sz * 2
        s.text(160, y, "第一条　本合同期限类型为：", fn, sz, BLACK)
        y += sz * 1.9
        opts = [("固定期限", not f["open_ended"]), ("无固定期限", f["open_ended"]), ("以完成一定工作任务为期限", False)]
        x = 220
        for lab, on in opts:
            s.text(x, y, "☑" if on else "□", "sans", sz, BLACK)
            s.text(x + sz * 1.2, y, lab, fn, sz, BLACK)
            x += sz * 1.2 + s.tw(lab, fn, sz) + 70
        y += sz * 2
        en = d(f["end_date"]) if f["end_date"] else None
        boxes = [("固定期限：自", st, "起至", en, "止。"), ("无固定期限：自", st, "起。", None, "")]
        for k, (a, d1, b, d2, c) in enumerate(boxes):
            on = (k == 0) != f["open_ended"]
            x = 220
            s.text(x, y, a, fn, sz, BLACK)
            x += s.tw(a, fn, sz) + 14
            for part, val in (("年", d1.year), ("月", d1.month), ("日", d1.day)):
                if on:
                    hand(s, x, y - 4, str(val), sz)
                s.line(x - 4, y + sz + 8, x + sz * 2.3, y + sz + 8, BLACK, 1)
                x += sz * 2.5
                s.text(x, y, part, fn, sz, BLACK)
                x += sz * 1.2
            s.text(x, y, b, fn, sz, BLACK)
            x += s.tw(b, fn, sz) + 14
            if d2 is not None or k == 0:
                for part, val in (("年", d2.year if (on and d2) else ""), ("月", d2.month if (on and d2) else ""),
                                  ("日", d2.day if (on and d2) else "")):
                    if val != "":
                        hand(s, x, y - 4, str(val), sz)
                    s.line(x - 4, y + sz + 8, x + sz * 2.3, y + sz + 8, BLACK, 1)
                    x += sz * 2.5
                    s.text(x, y, part, fn, sz, BLACK)
                    x += sz * 1.2
                s.text(x, y, c, fn, sz, BLACK)
            y += sz * 2.1
        y = s.para(160, y + 10, "第二条　本合同的试用期自%d年%d月%d日起至%d年%d月%d日止。" % (
            st.year, st.month, st.day, probation_end.year, probation_end.month, probation_end.day),
            W - 320, fn, sz, BLACK, indent=0)
        s.text(W / 2, H - 130, "- 1 -", fn, 30, BLACK, anchor="ma")
        pages.append(s.im)
    else:  # company_template
        s = Sheet(W, H)
        s.text(W / 2, 150, emp_disp, fn, 40, BLACK, anchor="ma")
        s.line(150, 215, W - 150, 215, BLACK, 3)
        s.text(W / 2, 300, rng.choice(["劳动合同", "劳动合同书", "员工劳动合同"]), "serif_bold", 80, BLACK, anchor="ma",
               spacing=14)
        y = 500
        x0, x1 = 150, W - 150
        c1 = 230
        c2 = 560
        rows = [("甲方", "名　　称", emp_disp), ("", "法定代表人", ctx["legal_rep"]), ("", "地　　址", ctx["company_addr"]),
                ("乙方", "姓　　名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]),
                ("", "住　　址", ctx["residence_addr"])]
        top = y
        for i, (g, lab, v) in enumerate(rows):
            lines = s.wrap(v, x1 - c2 - 40, fn, sz)
            rh = max(100, 30 + len(lines) * sz * 1.4)
            s.line(x0 + c1, y, x1, y, BLACK, 2)
            if g:
                s.line(x0, y, x1, y, BLACK, 3)
            s.text(x0 + c1 + 20, y + rh / 2, lab, fn, sz, BLACK, anchor="lm")
            yy = y + (rh - len(lines) * sz * 1.4) / 2 + 6
            for ln in lines:
                s.text(x0 + c2 + 20, yy, ln, fn, sz, BLACK)
                yy += sz * 1.4
            if g:
                s.text(x0 + c1 / 2, y + 150, g, "serif_bold", sz + 6, BLACK, anchor="mm")
            y += rh
        s.rect(x0, top, x1, y, BLACK, 3)
        s.line(x0 + c1, top, x0 + c1, y, BLACK, 2)
        s.line(x0 + c2, top, x0 + c2, y, BLACK, 2)
        y += 80
        y = s.para(x0, y, "甲乙双方根据《中华人民共和国劳动合同法》等法律法规的规定，在平等自愿、协商一致的基础上，"
                   "同意订立本劳动合同，共同遵守本合同所列条款。", x1 - x0, fn, sz, BLACK, indent=2 * sz)
        y += 40
        s.text(x0, y, "第一条　合同期限", "serif_bold", sz + 2, BLACK)
        y = s.para(x0, y + sz * 1.8, "1. " + _term_sentence(f, rng, True), x1 - x0, fn, sz, BLACK)
        y = s.para(x0, y + 10, "2. 试用期为%d个月，自%d年%d月%d日起至%d年%d月%d日止。试用期包含在合同期限内。" % (
            round((probation_end - st).days / 30), st.year, st.month, st.day, probation_end.year,
            probation_end.month, probation_end.day), x1 - x0, fn, sz, BLACK)
        pages.append(s.im)
    # body pages with running 甲方/乙方 sentences
    nbody = rng.randint(1, 3) if layout == "company_template" else 1
    k = 2
    for p in range(nbody):
        s = Sheet(W, H)
        y = 170
        for j in range(5):
            cl = CLAUSES[(p * 5 + j) % len(CLAUSES)]
            y = s.para(160, y, "第%s条　%s" % ("一二三四五六七八九十"[min(9, k)] if k < 10 else str(k + 1), cl),
                       W - 320, fn, sz, BLACK, indent=0) + 36
            k += 1
        s.text(W / 2, H - 130, "第 %d 页" % (len(pages) + 1), fn, 30, BLACK, anchor="ma")
        pages.append(s.im)
    # signature page
    s = Sheet(W, H)
    y = s.para(160, 200, CLAUSES[-1], W - 320, fn, sz, BLACK, indent=2 * sz) + 200
    s.text(180, y, "甲方（盖章）：", fn, sz + 4, BLACK)
    s.text(W / 2 + 60, y, "乙方（签字）：", fn, sz + 4, BLACK)
    hand(s, W / 2 + 60 + s.tw("乙方（签字）：", fn, sz + 4) + 10, y - 10, f["employee_name"], sz + 16)
    y += 200
    s.text(180, y, "法定代表人或委托代理人（签字）：", fn, sz, BLACK)
    hand(s, 260, y + 80, ctx["legal_rep"], sz + 8)
    y += 280
    sd = d(f["signing_date"])
    for x in (180, W / 2 + 60):
        s.text(x, y, "签订日期：", fn, sz, BLACK)
        hand(s, x + s.tw("签订日期：", fn, sz) + 8, y - 4, "%d年%d月%d日" % (sd.year, sd.month, sd.day), sz)
    stamp_seal(s, 420, y - 330, 400, f["employer"].replace("(", "（").replace(")", "）"), rng)
    s.text(W / 2, H - 130, "第 %d 页" % (len(pages) + 1), fn, 30, BLACK, anchor="ma")
    pages.append(s.im)
    return pages


# ------------------------------------------------------------------ diplomas, degrees
def diploma(f, ctx, rng, layout):
    land = layout in ("classic_landscape", "adult")
    Wd, Hd = (2200, 1560) if land else (1560, 2200)
    s = Sheet(Wd, Hd, (252, 249, 240))
    fn = rng.choice(["song", "serif", "kai", "uming"])
    s.rect(40, 40, Wd - 40, Hd - 40, (160, 120, 60), 8)
    b = d(ctx["birth"])
    g = d(f["graduation_date"])
    lv = f["level"]
    adult = layout == "adult"
    if lv in ("硕士研究生", "博士研究生"):
        title = "研究生毕业证书"
        yrs = 3
        body = ("研究生 %s，性别 %s，%s生，于%s至%s在本校 %s 专业学习，学制%s年，修完%s培养计划规定的全部课程，"
                "成绩合格，毕业论文答辩通过，准予毕业。" % (
                    f["name"], ctx["sex"], cn_date(b, False), cn_date(g.replace(year=g.year - yrs, month=9), False),
                    cn_date(g, False), f["major"], "三" if lv.startswith("硕") else "四", lv, ))
    else:
        yrs = 3 if lv == "专科" else 4
        title = ("成人高等教育毕业证书" if adult else "普通高等学校毕业证书")
        form = ("%s" % f["study_mode"]) if adult else ""
        body = ("学生 %s，性别 %s，%s生，于%s至%s在本校 %s 专业 %s%s年制%s 学习，修完教学计划规定的全部课程，"
                "成绩合格，准予毕业。" % (f["name"], ctx["sex"], cn_date(b, False),
                                       cn_date(g.replace(year=g.year - yrs, month=9), False), cn_date(g, False),
                                       f["major"], form, "三四五"[yrs - 3], lv))
    if land:
        s.text(Wd / 2, 160, title, "serif_bold", 96, (140, 30, 30), anchor="ma", spacing=16)
        s.paste(portrait(300, 400, rng, bg=(252, 249, 240)), 160, 420)
        y = s.para(560, 420, body, Wd - 760, fn, 54, BLACK, lh=1.9, indent=108)
        s.text(560, y + 110, "校　名：" + f["school"], fn, 50, BLACK)
        s.text(560, y + 200, "校（院）长：" + ctx["president"], fn, 50, BLACK)
        s.text(160, Hd - 220, "证书编号：" + ctx["cert_no"], fn, 40, BLACK)
        s.text(Wd - 220, Hd - 260, cn_date(g), fn, 52, BLACK, anchor="ra")
        stamp_seal(s, 900, y + 170, 420, f["school"], rng)
    else:
        s.text(Wd / 2, 200, title, "serif_bold", 84, (140, 30, 30), anchor="ma", spacing=10)
        s.paste(portrait(300, 400, rng, bg=(252, 249, 240)), Wd / 2 - 150, 380)
        y = s.para(180, 900, body, Wd - 360, fn, 50, BLACK, lh=1.9, indent=100)
        s.text(180, y + 100, "校　　名：" + f["school"], fn, 48, BLACK)
        s.text(180, y + 190, "校（院）长：" + ctx["president"], fn, 48, BLACK)
        s.text(180, y + 280, "证书编号：" + ctx["cert_no"], fn, 40, BLACK)
        s.text(Wd - 180, Hd - 260, cn_date(g), fn, 50, BLACK, anchor="ra")
        stamp_seal(s, Wd - 520, y + 170, 400, f["school"], rng)
    return s.im


def degree(f, ctx, rng, layout):
    land = layout == "bachelor_classic"
    Wd, Hd = (2200, 1560) if land else (1560, 2200)
    s = Sheet(Wd, Hd, (248, 250, 246))
    fn = rng.choice(["song", "serif", "kai"])
    s.rect(50, 50, Wd - 50, Hd - 50, (40, 80, 140), 10)
    b = d(ctx["birth"])
    g = d(f["graduation_date"])
    lv = f["level"]
    title = {"学士": "学士学位证书", "硕士": "硕士学位证书", "博士": "博士学位证书"}[lv]
    if lv == "学士":
        body = ("%s，%s，%s生。在%s %s 专业完成了本科学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
                "授予 %s学士学位。" % (f["name"], ctx["sex"], cn_date(b, False), f["school"], f["major"], ctx["discipline"]))
    else:
        body = ("%s，%s，%s生。在%s %s 学科（专业）完成了%s学位的课程学习，成绩合格；通过了学位论文答辩，经审核，"
                "授予 %s%s学位。" % (f["name"], ctx["sex"], cn_date(b, False), f["school"], f["major"], lv,
                                   ctx["discipline"], lv))
    top = 150 if land else 200
    s.text(Wd / 2, top, title, "serif_bold", 92, (30, 60, 120), anchor="ma", spacing=14)
    if land:
        s.paste(portrait(300, 400, rng, bg=(248, 250, 246)), Wd - 460, 400)
        y = s.para(200, 420, body, Wd - 760, fn, 54, BLACK, lh=1.9, indent=108)
    else:
        s.paste(portrait(300, 400, rng, bg=(248, 250, 246)), Wd / 2 - 150, 380)
        y = s.para(180, 900, body, Wd - 360, fn, 50, BLACK, lh=1.9, indent=100)
    s.text(200, y + 120, "%s学位评定委员会" % f["school"], fn, 48, BLACK)
    s.text(200, y + 210, "主席：" + ctx["president"], fn, 48, BLACK)
    s.text(200, Hd - 220, "证书编号：" + ctx["degree_no"], fn, 40, BLACK)
    s.text(Wd - 220, Hd - 250, cn_date(g), fn, 50, BLACK, anchor="ra")
    stamp_seal(s, Wd - 620, Hd - 320, 400, f["school"] + "学位评定委员会", rng)
    return s.im


# ------------------------------------------------------------------ 税收完税证明 (old form)
def old_tax_certificate(doc, ctx, rng):
    f = doc["fields"]
    Wl, Hl = H, W     # landscape A4
    s = Sheet(Wl, Hl)
    fn = rng.choice(["song", "uming"])
    s.text(Wl / 2, 100, "中华人民共和国", "serif_bold", 52, BLACK, anchor="ma", spacing=10)
    s.text(Wl / 2, 175, "税 收 完 税 证 明", "serif_bold", 70, BLACK, anchor="ma", spacing=10)
    s.text(Wl - 180, 120, "No. %s" % ctx["record_no"], fn, 36, (180, 30, 30), anchor="ra")
    y = 300
    s.text(140, y, "填发日期：%s" % _ymd(f["issue_date"]), fn, 34, BLACK)
    s.text(Wl / 2 + 100, y, "税务机关：%s" % ctx["tax_office"], fn, 34, BLACK)
    y += 70
    x0, x1 = 120, Wl - 120
    s.rect(x0, y, x1, y + 90, BLACK, 2)
    s.line(x0 + 300, y, x0 + 300, y + 90, BLACK, 2)
    s.line(Wl / 2, y, Wl / 2, y + 90, BLACK, 2)
    s.line(Wl / 2 + 300, y, Wl / 2 + 300, y + 90, BLACK, 2)
    s.text(x0 + 20, y + 45, "纳税人识别号", fn, 32, BLACK, anchor="lm")
    s.text(x0 + 320, y + 45, f["id_number"], fn, 34, BLACK, anchor="lm")
    s.text(Wl / 2 + 20, y + 45, "纳税人名称", fn, 32, BLACK, anchor="lm")
    s.text(Wl / 2 + 320, y + 45, f["name"], fn, 34, BLACK, anchor="lm")
    y += 90
    cols = [("原凭证号", 330), ("税种", 220), ("品目名称", 300), ("税款所属时期", 560), ("入(退)库日期", 330),
            ("实缴(退)金额", 0)]
    cols[-1] = ("实缴(退)金额", x1 - x0 - sum(c[1] for c in cols[:-1]))
    rh = 62
    xs = [x0]
    for _, w in cols:
        xs.append(xs[-1] + w)

    def rowline(vals, yy, head=False):
        s.rect(x0, yy, x1, yy + rh, BLACK, 2)
        for k, v in enumerate(vals):
            s.line(xs[k], yy, xs[k], yy + rh, BLACK, 2)
            if k == 5 and not head:
                s.text(xs[k + 1] - 16, yy + rh / 2, v, fn, 30, BLACK, anchor="rm")
            else:
                s.text(xs[k] + 12, yy + rh / 2, v, fn, 30, BLACK, anchor="lm")
    rowline([c[0] for c in cols], y, True)
    y += rh
    total = 0.0
    for i, r in enumerate(doc["rows"]):
        last = (dt.date(int(r["period"][:4]) + (r["period"][5:] == "12"), int(r["period"][5:]) % 12 + 1, 1)
                - dt.timedelta(days=1))
        paid = last + dt.timedelta(days=rng.randint(8, 15))
        rowline(["%s%05d" % (ctx["record_no"][:9], 311 + i * 7), "个人所得税", "工资薪金所得",
                 "%s-01至%s" % (r["period"], last.isoformat()), paid.isoformat(), "%.2f" % float(r["amount"])], y)
        total += float(r["amount"])
        y += rh
    s.rect(x0, y, x1, y + rh, BLACK, 2)
    s.text(x0 + 20, y + rh / 2, "金额合计（小写）¥%.2f" % total, fn, 32, BLACK, anchor="lm")
    y += rh
    agents = sorted({r["withholding_agent"] for r in doc["rows"]})
    s.rect(x0, y, x1, y + 130, BLACK, 2)
    s.text(x0 + 20, y + 30, "备注：扣缴义务人：" + "、".join(agents), fn, 32, BLACK)
    stamp_seal(s, x0 + 360, y + 240, 330, ctx["tax_office"] + "征税专用章", rng)
    s.text(Wl - 400, y + 220, "填票人：%s" % ctx["clerk"], fn, 32, BLACK)
    s.text(x0, Hl - 100, "妥善保管  手写无效", fn, 30, BLACK)
    return s.im


# ------------------------------------------------------------------ unknown pages
def unknown_page(layout, ctx, rng):
    if layout == "receipt":
        s = Sheet(760, 1700, (250, 250, 247))
        y = 60
        s.text(380, y, "联华超市 · 长宁店", "sans", 40, BLACK, anchor="ma")
        y += 90
        s.text(40, y, "单号：%d" % rng.randint(10 ** 9, 10 ** 10), "microhei", 28, BLACK)
        y += 50
        s.text(40, y, "日期：%s %02d:%02d" % (ctx["print_date"], rng.randint(8, 21), rng.randint(0, 59)),
               "microhei", 28, BLACK)
        y += 60
        s.line(30, y, 730, y, BLACK, 2)
        y += 20
        tot = 0
        for it in rng.sample(["牛奶 1L", "面包", "苹果 1.2kg", "洗衣液", "酸奶*4", "鸡蛋 10枚", "大米 5kg", "矿泉水"], 6):
            p = rng.randint(300, 6000) / 100
            tot += p
            s.text(40, y, it, "microhei", 30, BLACK)
            s.text(720, y, "%.2f" % p, "microhei", 30, BLACK, anchor="ra")
            y += 56
        s.line(30, y, 730, y, BLACK, 2)
        s.text(40, y + 30, "合计", "sans", 34, BLACK)
        s.text(720, y + 30, "%.2f" % tot, "sans", 34, BLACK, anchor="ra")
        s.text(380, y + 140, "谢谢惠顾 欢迎再次光临", "microhei", 28, BLACK, anchor="ma")
        return s.im
    s = Sheet(W, H)
    fn = "song"
    s.text(W / 2, 200, "房屋租赁合同", "serif_bold", 72, BLACK, anchor="ma", spacing=10)
    y = 400
    for ln in ["出租方（甲方）：%s" % ctx["landlord"], "承租方（乙方）：%s" % ctx["name"],
               "根据《中华人民共和国民法典》及有关规定，为明确甲方与乙方的权利义务关系，经双方协商一致，签订本合同。",
               "第一条　甲方将位于%s的房屋出租给乙方居住使用。" % ctx["residence_addr"],
               "第二条　租赁期自%s起至%s止。乙方应按月向甲方支付租金人民币%d元。" % (
                   ctx["rent_from"], ctx["rent_to"], rng.randint(30, 90) * 100),
               "第三条　乙方应当爱护房屋及附属设施，因乙方使用不当造成损坏的，乙方应负责修复或赔偿。",
               "第四条　甲方应保证房屋及设施的安全，租赁期内房屋的主体维修由甲方负责。"]:
        y = s.para(180, y, ln, W - 360, fn, 40, BLACK, lh=1.8) + 30
    return s.im
