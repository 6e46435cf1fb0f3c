"""毕业证书, 学位证书, 学信网 备案表, 结婚证, and pages that are no document of the packet."""
from . import fmt, fonts
from .canvas import Sheet
from .style import INK, RED, Style, seq

LEVEL_YEARS = {"本科": "四", "专科": "三", "硕士研究生": "三", "博士研究生": "四"}


def _date_written(rng, d, field, di, occ=0):
    if rng.random() < 0.6:
        return [(fmt.cn_numeral_date(d), field, {"doc": di, "occ": occ})]
    return [(fmt.cn_date(d), field, {"doc": di, "occ": occ})]


def diploma(f, di, rng, facts, variant):
    s = Sheet(250, 178, bg=(253, 250, 240))
    s.rect(6, 6, 244, 172, outline=(160, 120, 60), width=1.2)
    s.rect(9, 9, 241, 169, outline=(160, 120, 60), width=0.4)
    st = Style(rng, label="song", value=rng.choice(["song", "kai"]))
    F, T = st.value, st.title
    mode = f.get("study_mode", "普通全日制")
    adult = mode != "普通全日制"
    if f["level"] in ("硕士研究生", "博士研究生"):
        title = "研究生毕业证书"
    elif mode == "自学考试":
        title = "高等教育自学考试毕业证书"
    elif adult:
        title = "成人高等教育毕业证书"
    else:
        title = "普通高等学校毕业证书" if variant == "classic" else "毕 业 证 书"
    s.text(125, 20, title, T, 9.5, anchor="m", spacing=1.2)
    s.pattern(22, 42, 58, 90, "photo", seed=rng.randrange(1 << 30))
    b = fmt.ymd(facts["birth"])
    e = fmt.ymd(f["_enrol"])
    g = fmt.ymd(f["graduation_date"])
    segs = [("学生 ", None), (f["name"], "name", {"doc": di}), (f"，性别{facts['sex']}，{b.year}年{b.month}月生，", None)]
    if mode == "自学考试":
        segs += [("参加高等教育自学考试 ", None), (f["major"], "major", {"doc": di}), (" 专业 ", None),
                 (f["level"], "level", {"doc": di}), (" 考试，全部课程考试成绩合格，", None),
                 ("学习形式：", None), (mode, "study_mode", {"doc": di}), ("，准予毕业。", None)]
    else:
        segs += [(f"于{e.year}年{e.month}月至{g.year}年{g.month}月在本校 ", None), (f["major"], "major", {"doc": di}),
                 (" 专业", None)]
        if adult:
            segs += [("（学习形式：", None), (mode, "study_mode", {"doc": di}), ("）", None)]
        segs += [(f" {LEVEL_YEARS.get(f['level'], '四')}年制 " if not adult else " ", None),
                 (f["level"], "level", {"doc": di}),
                 (" 学习，修完教学计划规定的全部课程，成绩合格，准予毕业。", None)]
    y = s.flow(70, 46, 160, segs, F, 5.4, 10.5, indent=10.8)
    s.text(70, 128, "校  名：", F, 5)
    s.text(70 + s.width("校  名：", F, 5), 128, f["school"], F, 5, field="school", doc=di)
    s.text(70, 140, f"校（院）长：{facts['dean']}", F, 5)
    s.text(22, 150, f"证书编号：{facts['cert_no']}", F, 3.8)
    seq(s, 228, 152, _date_written(rng, g, "graduation_date", di), F, 5, anchor="r")
    s.seal(200, 134, 20, f["school"], "", color=RED, opacity=.75)
    return s


def degree(f, di, rng, facts):
    s = Sheet(250, 178, bg=(252, 249, 242))
    s.rect(6, 6, 244, 172, outline=(120, 40, 40), width=1.2)
    st = Style(rng, label="song", value=rng.choice(["song", "kai"]))
    F, T = st.value, st.title
    lvl = f["level"]
    s.text(125, 20, f"{lvl}学位证书", T, 9.5, anchor="m", spacing=1.5)
    s.pattern(22, 42, 58, 90, "photo", seed=rng.randrange(1 << 30))
    b = fmt.ymd(facts["birth"])
    stage = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[lvl]
    segs = [(f["name"], "name", {"doc": di}), (f"，{facts['sex']}，{b.year}年{b.month}月{b.day}日生。在 ", None),
            (f["school"], "school", {"doc": di}), (" ", None), (f["major"], "major", {"doc": di}),
            (f" 专业完成了{stage}学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予", None),
            (f["_field"], None), (lvl, "level", {"doc": di}), ("学位。", None)]
    s.flow(70, 46, 160, segs, F, 5.4, 10.5, indent=10.8)
    s.text(120, 134, f"{f['school']}学位评定委员会", F, 4.6)
    s.text(120, 142, f"主席  {facts['dean']}", F, 4.6)
    s.text(22, 152, f"证书编号：{facts['deg_no']}", F, 3.8)
    seq(s, 228, 156, _date_written(rng, fmt.ymd(f["graduation_date"]), "graduation_date", di), F, 4.8, anchor="r")
    return s


def xuexin(f, di, rng, facts):
    """教育部学历证书电子注册备案表 (学信网): a table, a QR code, an online verification code."""
    st = Style(rng, label="hei", value="hei")
    F = st.value
    s = Sheet(210, 297, bg=(255, 255, 255))
    s.text(105, 22, "教育部学历证书电子注册备案表", st.title, 6.5, anchor="m")
    s.text(20, 34, f"更新日期：{fmt.dot_date(facts['xuexin_date'], '-')}", F, 3.0)
    s.text(140, 34, f"在线验证码：{facts['xuexin_code']}", F, 3.0)
    g = fmt.ymd(f["graduation_date"])
    e = fmt.ymd(f["_enrol"])
    kind = "普通高等教育" if f.get("study_mode", "普通全日制") == "普通全日制" else "成人高等教育"
    rows = [("姓名", f["name"], "name"), ("性别", facts["sex"], None), ("证件号码", facts["id"], None),
            ("民族", facts["eth"] + "族" if facts["eth"] != "汉" or rng.random() < .5 else "汉族", None),
            ("出生日期", fmt.cn_date(facts["birth"]), None), ("院校", f["school"], "school"),
            ("层次", f["level"], "level"), ("专业", f["major"], "major"), ("学制", "4年" if f["level"] == "本科" else "3年", None),
            ("学历类别", kind, None), ("学习形式", f.get("study_mode", "普通全日制"), "study_mode"),
            ("入学日期", fmt.cn_date(e), None), ("毕（结）业日期", fmt.cn_date(g), "graduation_date"),
            ("毕（结）业", "毕业", None), ("证书编号", facts["cert_no"], None), ("校（院）长姓名", facts["dean"], None)]
    y = 44
    s.pattern(150, 44, 186, 92, "photo", seed=rng.randrange(1 << 30))
    for lab, val, fld in rows:
        s.text(24, y, lab, st.label, 3.4, color=(100, 100, 100), role="label")
        s.text(60, y, val, F, 3.6, field=fld, doc=di if fld else None)
        y += 8.2
    s.pattern(150, y - 40, 186, y - 4, "qr", seed=rng.randrange(1 << 30))
    s.text(24, y + 8, "注：1.本表是对学历证书电子注册信息的备案，学信网可查询验证。", F, 2.8)
    s.text(24, y + 13, "2.如对电子注册信息有异议，请与学校联系。", F, 2.8)
    return s


def marriage(f, di, rng, facts):
    """The open inner pages of a 结婚证, 2 x (90 x 125 mm)."""
    s = Sheet(190, 130, bg=(250, 240, 232), kind="booklet")
    s.pattern(0, 0, 190, 130, "guilloche", seed=rng.randrange(1 << 30), color=(240, 215, 205))
    s.line(95, 0, 95, 130, .6, (200, 170, 160))
    st = Style(rng, label="song", value="song")
    L, V = st.label, st.value
    s.text(12, 16, "持证人", L, 3.6, role="label")
    s.text(34, 15.6, f["holder_name"], V, 4.2, field="holder_name", doc=di)
    s.text(12, 28, "登记日期", L, 3.6, role="label")
    s.text(34, 27.6, fmt.cn_date(f["registration_date"], pad=True), V, 4.2, field="registration_date", doc=di)
    s.text(12, 40, "结婚证字号", L, 3.6, role="label")
    s.text(34, 39.6, f["_no"], V, 3.8)
    s.text(12, 52, "备注", L, 3.6, role="label")
    s.seal(60, 100, 17, facts["marriage_office"], "婚姻登记专用章", color=RED)
    s.pattern(105, 8, 180, 52, "photo", seed=rng.randrange(1 << 30))
    y = 60
    people = [(f["holder_name"], f["_holder_sex"], f["_holder_birth"], f["_holder_id"], None, None),
              (f["spouse_name"], f["_spouse_sex"], f["_spouse_birth"], f["spouse_id_number"], "spouse_name", "spouse_id_number")]
    if rng.random() < .5:
        people = people[::-1]
    for nm, sx, bd, idn, fn, fi in people:
        s.text(103, y, "姓名", L, 3.2, role="label")
        s.text(115, y - .3, nm, V, 3.8, field=fn, doc=di if fn else None)
        s.text(150, y, "性别", L, 3.2, role="label")
        s.text(161, y - .3, sx, V, 3.8)
        s.text(103, y + 7, "国籍", L, 3.2, role="label")
        s.text(115, y + 6.7, "中国", V, 3.8)
        s.text(140, y + 7, "出生日期", L, 3.2, role="label")
        s.text(156, y + 6.7, fmt.dot_date(bd, "-"), V, 3.4)
        s.text(103, y + 14, "身份证件号", L, 3.2, role="label")
        s.text(124, y + 13.7, idn, V, 3.6, field=fi, doc=di if fi else None)
        y += 30
    return s


def receipt(rng, facts):
    s = Sheet(58, 120, bg=(250, 250, 246))
    F = fonts.pick(rng, "hei")
    shop = rng.choice(["全家便利店(上海莘庄店)", "联华超市", "罗森便利店", "盒马鲜生", "老盛昌汤包"])
    s.text(29, 6, shop, F, 3.4, anchor="m")
    s.text(4, 14, f"单号：{rng.randint(10 ** 9, 10 ** 10)}", F, 2.5)
    s.text(4, 19, f"时间：{facts['as_of']} {rng.randint(7, 21)}:{rng.randint(0, 59):02d}", F, 2.5)
    y = 27
    tot = 0
    for item in rng.sample(["矿泉水", "饭团", "咖啡", "面包", "酸奶", "纸巾", "口香糖", "关东煮"], 4):
        p = rng.randint(3, 25) + rng.choice([0, .5, .9])
        tot += p
        s.text(4, y, item, F, 2.7)
        s.text(54, y, f"{p:.2f}", F, 2.7, anchor="r")
        y += 5
    s.line(4, y + 1, 54, y + 1, .2)
    s.text(4, y + 4, "合计", F, 3)
    s.text(54, y + 4, f"{tot:.2f}", F, 3, anchor="r")
    s.text(4, y + 11, "支付方式：微信支付", F, 2.5)
    s.text(29, y + 20, "谢谢惠顾 欢迎再次光临", F, 2.6, anchor="m")
    return s


def blank(rng):
    return Sheet(210, 297, bg=(255, 255, 255))
