"""毕业证书, 学位证书, 学信网 教育部学历证书电子注册备案表 (text PDF / app screenshot)."""
from ..canvas import Canvas, wrap, fit, CJK_PDF_FONTS
from ..elements import seal, portrait, qr_image, signature, nav_bar
from ..layout import A4, Item, Style, kv_grid, kv_right, paragraph
from ..util import fmt_date, fmt_month, iso, cn_year, cn_small
from .web import phone_screen, app_card, app_rows, home_indicator

LEVEL_TEXT = {"专科": "三年制专科", "本科": "四年制本科", "硕士研究生": "硕士研究生", "博士研究生": "博士研究生"}


def _ym_cn(d, numerals):
    if numerals:
        return "%s年%s月" % (cn_year(d.year), cn_small(d.month))
    return "%d年%d月" % (d.year, d.month)


def diploma(d, rng, layout=None):
    layout = layout or rng.choice(["classic", "modern"])
    numerals = rng.random() < 0.75
    if layout == "classic":
        Wp, Hp = 620.0, 440.0
    else:
        Wp, Hp = 440.0, 620.0
    cv = Canvas(Wp, Hp, bg=rng.choice([(252, 250, 242), (250, 246, 236), (255, 253, 248)]))
    cv.meta["layout"] = layout
    bc = rng.choice([(150, 110, 50), (170, 40, 40), (40, 70, 130)])
    cv.rect(14, 14, Wp - 14, Hp - 14, stroke=bc, width=3)
    cv.rect(22, 22, Wp - 22, Hp - 22, stroke=bc, width=0.8)
    f = rng.choice(["song", "serif", "kai", "ming", "wenkai"])
    tf = rng.choice(["serif_b", "song", "kai"])
    mode = d.get("study_mode", "普通全日制")
    if d["level"] in ("硕士研究生", "博士研究生"):
        title = "研究生毕业证书"
    elif mode == "成人高等教育":
        title = "毕 业 证 书"
    elif mode == "高等教育自学考试":
        title = "高等教育自学考试毕业证书"
    elif mode == "网络教育":
        title = "毕 业 证 书"
    else:
        title = rng.choice(["毕 业 证 书", "普通高等学校毕业证书"])
    cv.text(Wp / 2, 70, title, tf, 26 if len(title) < 8 else 22, bc, anchor="m", spacing=0.15)
    y = 96
    if mode == "成人高等教育":
        cv.text(Wp / 2, y, "（成人高等教育 %s）" % d.get("form", "业余"), f, 11, anchor="m")
        y += 16
    elif mode == "网络教育":
        cv.text(Wp / 2, y, "（网络教育）", f, 11, anchor="m")
        y += 16
    if layout == "classic":
        ph = portrait(240, 320, rng, bg=(60, 110, 190) if rng.random() < 0.5 else (230, 230, 230), female=d["sex"] == "女")
        cv.image(ph, 54, 120, 144, 240)
        x0, w = 180, Wp - 230
    else:
        ph = portrait(240, 320, rng, bg=(60, 110, 190), female=d["sex"] == "女")
        cv.image(ph, Wp / 2 - 45, y + 10, Wp / 2 + 45, y + 130)
        x0, w = 50, Wp - 100
        y += 140
    size = rng.uniform(12.5, 14.5)
    g = d["graduation_date"]
    if d["level"] in ("硕士研究生", "博士研究生"):
        txt = ("研究生%s，性别%s，%s生，于%s至%s在%s专业学习，学制%s年，修完%s培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。"
               % (d["name"], d["sex"], _ym_cn(d["birth"], numerals), _ym_cn(d["start"], numerals), _ym_cn(g, numerals), d["major"],
                  "三" if d["level"] == "硕士研究生" else "四", d["level"]))
    elif mode == "高等教育自学考试":
        txt = ("考生%s，性别%s，%s生，参加高等教育自学考试%s专业（%s）考试，全部课程成绩合格，思想品德鉴定合格，准予毕业。"
               % (d["name"], d["sex"], _ym_cn(d["birth"], numerals), d["major"], d["level"]))
    else:
        txt = ("学生%s，性别%s，%s生，于%s至%s在本校%s专业%s学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
               % (d["name"], d["sex"], _ym_cn(d["birth"], numerals), _ym_cn(d["start"], numerals), _ym_cn(g, numerals), d["major"],
                  LEVEL_TEXT[d["level"]]))
    yt = paragraph(cv, x0, max(y, 140) if layout == "classic" else y + 20, w, txt, f, size, gap=1.9)
    for k in ("name", "major", "level"):
        cv.log(k, d[k])
    yy = max(yt + 30, Hp - 150)
    if mode == "高等教育自学考试":
        cv.text(x0, yy, "主考学校：" + d["school"], f, size * 0.95, field="school", value=d["school"])
    else:
        cv.text(x0, yy, "校名：" + d["school"], f, size * 0.95, field="school", value=d["school"])
    cv.text(x0 + w * 0.55, yy, "校（院）长：", f, size * 0.95)
    signature(cv, x0 + w * 0.55 + size * 5.5, yy + 2, d.get("president", "张立群"), rng.choice(["kai", "ukai", "wenkai"]), size * 1.2, rng=rng)
    cv.text(x0, yy + size * 2.3, "证书编号：" + d["cert_no"], f, size * 0.9)
    cv.text(x0 + w, yy + size * 2.3, fmt_date(g, "cn_num" if numerals else "cn_nz"), f, size * 0.95, anchor="r",
            field="graduation_date", value=iso(g))
    seal(cv, x0 + w * 0.22, yy - 8, 46, d["school"], "", rng=rng, alpha=0.8)
    return [cv]


def degree(d, rng):
    numerals = rng.random() < 0.75
    portrait_layout = rng.random() < 0.5
    Wp, Hp = (440.0, 620.0) if portrait_layout else (620.0, 440.0)
    cv = Canvas(Wp, Hp, bg=rng.choice([(252, 250, 244), (248, 250, 252)]))
    bc = rng.choice([(140, 30, 30), (30, 60, 120), (150, 110, 50)])
    cv.rect(16, 16, Wp - 16, Hp - 16, stroke=bc, width=2.4)
    f = rng.choice(["song", "serif", "kai", "ming", "wenkai"])
    tf = rng.choice(["serif_b", "song", "kai"])
    title = {"学士": "学士学位证书", "硕士": "硕士学位证书", "博士": "博士学位证书"}[d["level"]]
    cv.text(Wp / 2, 76, title, tf, 24, bc, anchor="m", spacing=0.2)
    size = rng.uniform(12.5, 14.5)
    if portrait_layout:
        ph = portrait(240, 320, rng, bg=(230, 230, 230), female=d["sex"] == "女")
        cv.image(ph, Wp / 2 - 42, 100, Wp / 2 + 42, 212)
        x0, w, y = 50, Wp - 100, 250
    else:
        ph = portrait(240, 320, rng, bg=(230, 230, 230), female=d["sex"] == "女")
        cv.image(ph, 50, 110, 134, 222)
        x0, w, y = 170, Wp - 215, 130
    g = d["graduation_date"]
    plan = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[d["level"]]
    txt = ("%s，%s，%s生。在%s%s专业完成了%s学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予%s%s学位。"
           % (d["name"], d["sex"], _ym_cn(d["birth"], numerals) if numerals else fmt_date(d["birth"], "cn_nz"), d["school"], d["major"],
              plan, d["field"], d["level"]))
    y = paragraph(cv, x0, y, w, txt, f, size, gap=1.9)
    for k in ("name", "school", "major", "level"):
        cv.log(k, d[k])
    y = max(y + 30, Hp - 120)
    cv.text(x0, y, d["school"] + "校长", f, size * 0.9)
    cv.text(x0, y + size * 1.8, "学位评定委员会主席", f, size * 0.9)
    signature(cv, x0 + size * 9.5, y + size, d.get("president", "张立群"), rng.choice(["kai", "ukai", "wenkai"]), size * 1.2, rng=rng)
    cv.text(x0 + w, y, "证书编号：" + d["cert_no"], f, size * 0.85, anchor="r")
    cv.text(x0 + w, y + size * 2, fmt_date(g, "cn_num" if numerals else "cn_nz"), f, size * 0.95, anchor="r",
            field="graduation_date", value=iso(g))
    seal(cv, x0 + w - 70, y - 10, 44, d["school"], "", rng=rng, alpha=0.8)
    return [cv]


def xuexin_pdf(d, rng, pdf=True):
    """教育部学历证书电子注册备案表"""
    W, H = A4
    cv = Canvas(W, H)
    f = rng.choice(CJK_PDF_FONTS if pdf else CJK_PDF_FONTS + ["sans"])
    cv.rect(0, 0, W, 70, fill=(235, 243, 250))
    cv.text(W / 2, 46, "教育部学历证书电子注册备案表", f, 18, (20, 60, 120), anchor="m")
    cv.text(W - 50, 92, "更新日期：" + fmt_date(d["print_date"], "cn"), f, 9, (80, 80, 80), anchor="r")
    size = rng.uniform(9.5, 10.5)
    st = Style(label_font=f, value_font=f, size=size, shade=(244, 246, 248), rule_color=(190, 200, 210))
    gstyle = rng.choice(["cn", "iso"])
    items = [Item("姓名", d["name"], "name"), Item("性别", d["sex"]),
             Item("出生日期", fmt_date(d["birth"], "cn")), Item("民族", d.get("ethnicity", "汉族")),
             Item("证件号码", d["id_number"]), Item("学校名称", d["school"], "school"),
             Item("层次", d["level"], "level"), Item("专业", d["major"], "major"),
             Item("学制", d.get("duration", "4年")), Item("学历类别", d.get("category", "普通高等教育")),
             Item("学习形式", d.get("study_mode", "普通全日制")), Item("入学日期", fmt_date(d["start"], gstyle)),
             Item("毕（结）业日期", fmt_date(d["graduation_date"], gstyle), "graduation_date", iso(d["graduation_date"])),
             Item("毕（结）业", "毕业"), Item("证书编号", d["cert_no"]), Item("校（院）长姓名", d.get("president", "张立群"))]
    ph = portrait(240, 320, rng, bg=(235, 235, 235), female=d["sex"] == "女")
    cv.image(ph, W - 150, 110, W - 60, 230)
    if rng.random() < 0.5:
        kv_grid(cv, 50, 110, W - 220, items, st, pairs_per_row=1, label_frac=0.3)
    else:
        kv_grid(cv, 50, 250, W - 100, items, st, pairs_per_row=2)
    cv.image(qr_image(rng, px=3), 50, H - 200, 140, H - 110)
    cv.text(160, H - 170, "在线验证码：" + d["verify_code"], f, 10.5)
    cv.text(160, H - 150, "报告有效期至：" + fmt_date(d["report_until"], "cn"), f, 9.5, (80, 80, 80))
    cv.text(160, H - 130, "可登录学信网，输入在线验证码查询本报告真伪。", f, 9, (80, 80, 80))
    cv.text(W / 2, H - 40, "学信网 www.chsi.com.cn", f, 8.5, (120, 120, 120), anchor="m")
    return [cv]


def xuexin_app(d, rng, dark=False):
    cv, sh = phone_screen(rng, dark=dark)
    Wd = cv.w
    y = nav_bar(cv, sh, "学历信息", dark=dark)
    fg = (235, 235, 235) if dark else (25, 25, 25)
    cv.rect(Wd * 0.04, y + Wd * 0.03, Wd * 0.96, y + Wd * 0.2, fill=(34, 110, 200), radius=Wd * 0.02)
    cv.text(Wd * 0.08, y + Wd * 0.13, "高等教育学历信息", "sans_b", Wd * 0.045, (255, 255, 255))
    y += Wd * 0.24
    items = [Item("姓名", d["name"], "name"), Item("性别", d["sex"]), Item("院校", d["school"], "school"),
             Item("层次", d["level"], "level"), Item("专业", d["major"], "major"), Item("学历类别", d.get("category", "普通高等教育")),
             Item("学习形式", d.get("study_mode", "普通全日制")), Item("入学日期", fmt_date(d["start"], "iso")),
             Item("毕业日期", fmt_date(d["graduation_date"], "iso"), "graduation_date", iso(d["graduation_date"])),
             Item("证书编号", d["cert_no"])]
    scratch = Canvas(cv.w, cv.h)
    h = app_rows(scratch, Wd * 0.08, 0, Wd * 0.84, items, dark=dark)
    app_card(cv, Wd * 0.04, y, Wd * 0.92, h + Wd * 0.04, dark=dark)
    app_rows(cv, Wd * 0.08, y, Wd * 0.84, items, dark=dark)
    home_indicator(cv, dark)
    return [cv]
