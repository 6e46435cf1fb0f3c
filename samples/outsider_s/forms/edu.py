"""毕业证书, 学位证书 (dates in Chinese numerals) and the 学信网 电子注册备案表."""
from .. import data as D
from .. import deco
from ..sheet import Sheet
from .common import Doc, Page, a4, fmt, kv

YEARS_CN = {2.5: "二年半", 3: "三年", 4: "四年", 5: "五年"}


def diploma(w, rng):
    e = w.edu
    landscape = rng.random() < 0.5
    sh = Sheet(260, 185, bg=(252, 250, 243)) if landscape else Sheet(185, 260, bg=(252, 250, 243))
    W = sh.w
    sh.rect(6, 6, sh.w - 6, sh.h - 6, (170, 140, 80), None, 1.2)
    sh.rect(9, 9, sh.w - 9, sh.h - 9, (170, 140, 80), None, 0.4)
    adult = e.mode != "普通全日制"
    title_y = 38
    if adult:
        sh.text(W / 2, 24, "成人高等教育", "serif", 5.0, (120, 40, 40), anchor="m")
    sh.text(W / 2, title_y, "毕 业 证 书", "serif_b", 12, (150, 30, 30), anchor="m", spacing=3)
    sh.image(22, 50, 52, 90, deco.portrait(rng, 240, 320, (220, 232, 250)))
    lvl = {"本科": "本科", "专科": "专科", "硕士研究生": "硕士研究生"}[e.level]
    yrs = YEARS_CN.get(e.years, "四年")
    mode_txt = {"普通全日制": "", "成人教育": "（业余）", "函授": "（函授）", "业余": "（业余）"}[e.mode]
    bstr = D.cn_date(w.birth, day=False) if rng.random() < 0.6 else f"{w.birth.year}年{w.birth.month}月"
    enter = D.cn_date(e.enter, day=False)
    grad_m = D.cn_date(e.grad, day=False)
    if e.level == "硕士研究生":
        body = (f"研究生{w.name}，性别{w.sex}，{bstr}生，于{enter}至{grad_m}在{e.major}专业学习，"
                f"学制{yrs}，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。")
    else:
        body = (f"学生{w.name}，性别{w.sex}，{bstr}生，于{enter}至{grad_m}在本校{e.major}专业{yrs}制{lvl}{mode_txt}学习，"
                f"修完教学计划规定的全部课程，成绩合格，准予毕业。")
    font = rng.choice(["serif", "song", "kai", "ming", "lxgw"])
    x0 = 60 if not landscape else 62
    y = sh.para(x0, 60, W - x0 - 18, body, font, 5.2, 2.0, indent=11)
    sch_y = max(y + 20, sh.h - 58)
    sh.text(W - 30, sch_y, e.school, "serif_b", 6.2, anchor="r")
    sh.text(W - 82, sch_y + 14, "校（院）长：", font, 4.6)
    sh.text(W - 52, sch_y + 15, e.president, "kai", 6.5, (30, 30, 30), hand=1.7)
    sh.text(22, sh.h - 32, f"证书编号：{e.cert_no}", "sans", 3.6)
    gd = fmt(e.grad, "cnnum")
    sh.text(W - 30, sh.h - 20, gd, font, 5.0, anchor="r")
    sh.image(W - 88, sch_y - 30, W - 38, sch_y + 20, deco.seal(rng, e.school, ""), mode="multiply")
    f = {"name": w.name, "school": e.school, "major": e.major, "level": e.level, "graduation_date": e.grad.isoformat()}
    return Doc("diploma", "certificate_" + ("landscape" if landscape else "portrait"), [Page(sh, "cert")], f,
               attributes={"study_mode": e.mode})


def degree(w, rng):
    e = w.edu
    sh = Sheet(185, 260, bg=(250, 251, 246))
    sh.rect(7, 7, 178, 253, (40, 80, 140), None, 1.0)
    kind = "硕士" if e.degree == "硕士" else "学士"
    sh.text(92.5, 45, f"{kind} 学 位 证 书" if kind == "学士" else "硕 士 学 位 证 书", "serif_b", 11, (30, 50, 110), anchor="m", spacing=2)
    sh.image(25, 62, 55, 102, deco.portrait(rng, 240, 320, (230, 235, 245)))
    bstr = D.cn_date(w.birth, day=False)
    font = rng.choice(["serif", "song", "kai", "ming", "lxgw"])
    if kind == "学士":
        body = (f"{w.name}，{w.sex}，{bstr}生。在{e.school}{e.major}专业完成了本科学习计划，业已毕业，"
                f"经审核符合《中华人民共和国学位条例》的规定，授予{e.cat}学士学位。")
    else:
        body = (f"{w.name}，{w.sex}，{bstr}生。在{e.school}{e.major}专业学习，完成了硕士研究生培养计划，"
                f"通过论文答辩，经审核符合《中华人民共和国学位条例》的规定，授予{e.cat}硕士学位。")
    y = sh.para(62, 70, 105, body, font, 5.0, 2.05, indent=10)
    y = max(y, 150)
    sh.text(160, y + 25, e.school, "serif_b", 5.6, anchor="r")
    sh.text(160, y + 38, "学位评定委员会主席", font, 4.6, anchor="r")
    sh.text(118, y + 52, e.president, "kai", 6.5, (20, 20, 20), hand=1.7)
    sh.text(25, 230, f"证书编号：{e.degree_no}", "sans", 3.6)
    sh.text(160, 230, fmt(e.grad, "cnnum"), font, 4.8, anchor="r")
    sh.image(110, y + 5, 160, y + 55, deco.seal(rng, e.school, "学位评定委员会"), mode="multiply")
    f = {"name": w.name, "school": e.school, "major": e.major, "level": kind, "graduation_date": e.grad.isoformat()}
    return Doc("degree_certificate", "degree_" + kind, [Page(sh, "cert")], f)


def xuexin(w, rng):
    e = w.edu
    s = a4()
    s.rect(0, 0, 210, 16, None, (0, 120, 180))
    s.text(14, 11, "学信网  www.chsi.com.cn", "sans_b", 4.5, (255, 255, 255))
    s.text(105, 34, "教育部学历证书电子注册备案表", "sans_b", 7, anchor="m")
    upd = w.as_of - __import__("datetime").timedelta(days=rng.randint(3, 60))
    s.text(20, 46, f"更新日期：{fmt(upd, 'cn')}", "sans", 3.4, (80, 80, 80))
    s.image(150, 52, 185, 97, deco.portrait(rng, 210, 280, (250, 250, 250)))
    items = [("姓名", w.name), ("性别", w.sex), ("出生日期", fmt(w.birth, "cn")), ("民族", w.ethnicity + "族"),
             ("证件号码", w.id_number), ("学校名称", e.school),
             ("层次", e.level), ("专业", e.major), ("学制", f"{e.years:g}年"),
             ("学历类别", "普通高等教育" if e.mode == "普通全日制" else "成人高等教育"),
             ("学习形式", e.mode), ("入学日期", fmt(e.enter, "cn")), ("毕(结)业日期", fmt(e.grad, "cn")),
             ("毕(结)业", "毕业"), ("证书编号", e.cert_no), ("校(院)长姓名", e.president)]
    kv(s, rng, items, 20, 55, 125, rng.choice(["beside", "grid2"]), "sans", "sans", 3.6, (100, 100, 100), lead=2.0)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    s.text(20, 240, f"在线验证码：{code}", "sans_b", 4.0)
    s.text(20, 248, "报告在线验证有效期至：" + fmt(upd.replace(year=upd.year + 1) if not (upd.month == 2 and upd.day == 29) else upd, "cn"), "sans", 3.2, (80, 80, 80))
    s.image(150, 225, 185, 260, deco.qr(rng))
    s.image(0, 0, 210, 297, deco.watermark(rng, 210, 297, "学信网", (0, 120, 180), 40, angle=30))
    f = {"name": w.name, "school": e.school, "major": e.major, "level": e.level, "graduation_date": e.grad.isoformat()}
    return Doc("diploma", "xuexin", [Page(s, "a4", pdf_ok=True)], f, attributes={"study_mode": e.mode, "online_record": True})
