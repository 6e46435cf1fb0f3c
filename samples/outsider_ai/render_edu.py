"""毕业证书, 学位证书, 学信网 备案表, 结婚证."""
import datetime as dt

from .draw import Sheet
from . import people as P
from . import seal
from .render_id import _portrait, _guilloche
from .painter import table
from . import screen as S

CN = P.cn_numeral_date


def _d(s):
    return dt.date.fromisoformat(s)


def _frame(sh, rng, color):
    sh.rect(6, 6, sh.w - 6, sh.h - 6, outline=color, width=1.6)
    sh.rect(9, 9, sh.w - 9, sh.h - 9, outline=color, width=0.4)


def diploma(doc, rng, dpi, who):
    f, r = doc["fields"], doc["render"]
    g = _d(f["graduation_date"])
    lvl, mode = f["level"], f["study_mode"]
    sh = Sheet(250, 180, dpi, (250, 247, 238))
    color = rng.choice([(150, 40, 40), (40, 80, 130), (120, 90, 40)])
    _frame(sh, rng, color)
    classic = rng.random() < 0.6
    head = {"普通全日制": "普通高等学校", "业余": "成人高等教育"}.get(mode, "高等教育")
    if lvl == "硕士研究生":
        head = "研究生"
    sh.text(125, 32, head, "song_bold", 15, color, "ms", spacing=2)
    sh.text(125, 48, "毕 业 证 书", "song_bold", 26, color, "ms", spacing=4)
    _portrait(sh, 22, 60, 52, 100, rng, who["sex"], bg=(200, 215, 235))
    b = who["birth"]
    start = g.year - (3 if lvl in ("专科", "硕士研究生") else 4) if mode == "普通全日制" else g.year - 3
    font = rng.choice(["song", "uming", "gbsn"])
    if lvl == "硕士研究生":
        prog = "完成了硕士研究生培养计划规定的全部课程"
        body = "研究生%s，性别%s，%s生，于%s至%s在本校%s专业学习，%s，成绩合格，毕业论文答辩通过，准予毕业。"
    else:
        yrs = "%s年制%s" % ("三" if lvl == "专科" else "四", lvl) if mode == "普通全日制" else "业余 %s" % lvl
        prog = yrs
        body = "学生%s，性别%s，%s生，于%s至%s在本校%s专业%s学习，修完教学计划规定的全部课程，成绩合格，准予毕业。"
    if classic:
        bd, s_, e_ = CN(b, False), CN(dt.date(start, 9, 1), False), CN(g, False)
    else:
        bd, s_, e_ = "%d年%d月" % (b.year, b.month), "%d年9月" % start, "%d年%d月" % (g.year, g.month)
    text = body % (f["name"], who["sex"], bd, s_, e_, f["major"], prog)
    sh.para(62, 72, 168, text, font, 13.5, 2.0)
    sh.text(62, 140, "校  名：%s" % f["school"], font, 12)
    sh.text(62, 150, "校（院）长：%s" % P.pick_name(rng, "男"), font, 12)
    sh.text(62, 160, "证书编号：%s" % r["no"], font, 11)
    sh.text(225, 160, CN(g) if classic else P.cn_date(g), font, 12.5, anchor="rs")
    sh.paste_ink(seal.round_seal(f["school"], rng, dpi / 25.4, 42, star=True, alpha=0.8), 190, 145)
    return sh.img


def degree(doc, rng, dpi, who):
    f, r = doc["fields"], doc["render"]
    g = _d(f["graduation_date"])
    sh = Sheet(250, 180, dpi, (252, 250, 244))
    color = rng.choice([(150, 40, 40), (30, 70, 120)])
    _frame(sh, rng, color)
    lvl = f["level"]
    sh.text(125, 40, "%s学位证书" % lvl, "song_bold", 24, color, "ms", spacing=3)
    _portrait(sh, 190, 58, 222, 100, rng, who["sex"], bg=(205, 220, 238))
    b = who["birth"]
    font = rng.choice(["song", "uming"])
    stage = "硕士研究生" if lvl == "硕士" else "本科"
    text = ("%s，%s，%d年%d月%d日生。在%s%s专业完成了%s学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，"
            "授予%s%s学位。" % (f["name"], who["sex"], b.year, b.month, b.day, f["school"], f["major"], stage,
                             r["discipline"], lvl))
    sh.para(28, 70, 155, text, font, 13.5, 2.0)
    sh.text(130, 140, f["school"], font, 12.5)
    sh.text(130, 150, "学位评定委员会主席 %s" % P.pick_name(rng, "男"), font, 11.5)
    sh.text(28, 160, "证书编号：%s" % r["no"], font, 11)
    classic = rng.random() < 0.5
    sh.text(130, 160, CN(g) if classic else P.cn_date(g), font, 12)
    sh.paste_ink(seal.round_seal(f["school"] + "学位评定委员会", rng, dpi / 25.4, 40, alpha=0.8), 170, 145)
    return sh.img


def xuexin(doc, rng, p, who):
    """教育部学历证书电子注册备案表 onto painter p."""
    f, r = doc["fields"], doc["render"]
    g = _d(f["graduation_date"])
    years = r.get("years", 4)
    start = dt.date(g.year - (years if f["study_mode"] == "普通全日制" else 3), 9, 1)
    p.text(105, 25, "教育部学历证书电子注册备案表", "hei_bold", 16, anchor="m")
    p.text(105, 33, "更新日期：%s" % P.cn_date(dt.date(2026, rng.randint(8, 11), rng.randint(1, 28)), "cn0"), "hei", 9,
           (90, 90, 90), "m")
    rows = [["姓名", f["name"], "性别", who["sex"]], ["出生日期", P.cn_date(who["birth"], "cn0"), "民族", "汉族"],
            ["证件号码", who["idn"], "学校名称", f["school"]],
            ["层次", f["level"], "专业", f["major"]], ["学制", "%d 年" % years,
                                                    "学历类别", "普通高等教育" if f["study_mode"] == "普通全日制" else "成人高等教育"],
            ["学习形式", f["study_mode"], "入学日期", P.cn_date(start, "cn0")],
            ["毕（结）业日期", P.cn_date(g, "cn0"), "毕（结）业", "毕业"],
            ["证书编号", r["no"], "校（院）长", P.pick_name(rng, "男")]]
    y = table(p, 25, 42, [28, 52, 28, 52], ["项目", "内容", "项目", "内容"], rows, size=9.5, row_h=11)
    p.text(25, y + 12, "在线验证码：%s" % r["code"], "hei_bold", 11)
    p.text(25, y + 20, "说明：本表仅证明学历证书已在教育部学籍学历信息管理平台注册备案，可登录学信网在线验证。", "hei", 8,
           (80, 80, 80))
    return 1


def marriage(doc, rng, dpi, who):
    f, r = doc["fields"], doc["render"]
    sh = Sheet(190, 130, dpi)
    _guilloche(sh, rng, tint=(250, 236, 232), line=(240, 205, 200))
    sh.line(95, 4, 95, 126, 0.4, (200, 150, 150))
    red = (170, 30, 30)
    font = rng.choice(["song", "hei"])
    sh.text(12, 22, "持证人", font, 11, red)
    sh.text(32, 22, f["holder_name"], font, 12)
    rd = _d(f["registration_date"])
    sh.text(12, 34, "登记日期", font, 11, red)
    sh.text(32, 34, P.cn_date(rd, "cn0"), font, 12)
    sh.text(12, 46, "结婚证字号", font, 11, red)
    sh.text(36, 46, r["no"], font, 11)
    sh.text(12, 58, "备  注", font, 11, red)
    sh.paste_ink(seal.round_seal("上海市%s民政局" % rng.choice(["浦东新区", "徐汇区", "闵行区", "杨浦区"]), rng,
                                 dpi / 25.4, 36, bottom="婚姻登记专用章"), 60, 95)
    sh.rect(103, 8, 182, 50, outline=None, fill=(200, 40, 40))
    _portrait(sh, 110, 12, 140, 50, rng, who["sex"], bg=(200, 40, 40))
    _portrait(sh, 142, 12, 172, 50, rng, r["spouse_sex"], bg=(200, 40, 40))
    y = 60
    people = [(who["name"], who["sex"], who["birth"], who["idn"]),
              (f["spouse_name"], r["spouse_sex"], r["spouse_birth"], f["spouse_id_number"])]
    if rng.random() < 0.5:
        people = people[::-1]
    for nm, sx, bd, idn in people:
        sh.text(103, y, "姓名", font, 9, red)
        sh.text(114, y, nm, font, 10.5)
        sh.text(145, y, "性别", font, 9, red)
        sh.text(155, y, sx, font, 10.5)
        sh.text(103, y + 7, "国籍", font, 9, red)
        sh.text(114, y + 7, "中国", font, 10.5)
        sh.text(135, y + 7, "出生日期", font, 9, red)
        sh.text(152, y + 7, bd.isoformat(), font, 10)
        sh.text(103, y + 14, "身份证件号", font, 9, red)
        sh.text(124, y + 14, idn, font, 10.5)
        y += 27
    return sh.img
