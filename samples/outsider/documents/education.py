"""毕业证书, 学位证书 and the 学信网 教育部学历证书电子注册备案表. Certificates date their foot in Chinese numerals
(二〇一五年六月三十日) and put the level inside running text (四年制本科, 工学学士学位); 自考 diplomas say so."""
from __future__ import annotations

import random

from samples.outsider import marks
from samples.outsider.dates import cn_date, cn_year_month, ymd
from samples.outsider.documents.common import Drawn, DrawnPage, Style, face
from samples.outsider.sheet import GREY, Sheet
from samples.outsider.story import Degree, Diploma

CN_YEARS = "零一二三四五六七八九十"


def _frame(rng: random.Random, w: float, h: float) -> Sheet:
    s = Sheet(w, h, "certificate", rng.choice(((252, 250, 244), (246, 248, 252), (252, 247, 240))))
    tint = rng.choice(((190, 150, 80), (120, 60, 60), (60, 90, 140)))
    s.box(6, 6, w - 6, h - 6, stroke=tint, width=1.6)
    s.box(9, 9, w - 9, h - 9, stroke=tint, width=0.4)
    return s


def _year_month(d, chinese: bool) -> str:
    return cn_year_month(d) if chinese else f"{d.year}年{d.month}月"


def draw_diploma(rng: random.Random, d: Diploma) -> Drawn:
    W, H = 280.0, 200.0
    s = _frame(rng, W, H)
    st = Style.pick(rng, size=(13, 15))
    body = face(rng, rng.choice(("song", "kai")))
    chinese = rng.random() < 0.4
    if d.self_study:
        title = "高等教育自学考试毕业证书"
        text = (f"{d.name}，{d.sex}，{_year_month(d.born, chinese)}{d.born.day}日生，参加高等教育自学考试 {d.major} "
                f"专业（{d.level}）学习，全部课程考试合格，准予毕业。")
        foot = f"主考学校：{d.school}"
        layout = "diploma_self_study"
    elif d.level == "硕士研究生":
        title = "研究生毕业证书"
        text = (f"研究生 {d.name}，性别{d.sex}，{_year_month(d.born, chinese)}生，于{_year_month(d.start, chinese)}至"
                f"{_year_month(d.graduation_date, chinese)}在 {d.major} 专业学习，学制{CN_YEARS[d.years]}年，修完"
                f"硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。")
        foot = ""
        layout = "diploma_master"
    else:
        title = "毕业证书"
        text = (f"学生 {d.name}，性别{d.sex}，{_year_month(d.born, chinese)}生，于{_year_month(d.start, chinese)}至"
                f"{_year_month(d.graduation_date, chinese)}在本校 {d.major} 专业{CN_YEARS[d.years]}年制{d.level}学习，"
                f"修完教学计划规定的全部课程，成绩合格，准予毕业。")
        foot = ""
        layout = "diploma_regular"
    s.text(W / 2, 38, title, face(rng, rng.choice(("song_bold", "kai"))), 30 if len(title) < 6 else 24, (150, 30, 30),
           anchor="c", spacing=4 if len(title) < 6 else 1)
    s.picture(28, 60, 68, 112, marks.portrait(rng, d.sex == "女", (200, 215, 235)))
    y = s.paragraph(85, 72, text, body, st.size, 170, 2.0, indent=2)
    s.text(85, y + 10, f"校（院）长：{d.president}" if not d.self_study else foot, body, st.size)
    school_line = d.school if not d.self_study else "高等教育自学考试委员会"
    s.text(235, 158, school_line, body, st.size, anchor="r")
    s.text(235, 170, cn_date(d.graduation_date), body, st.size, anchor="r")
    s.text(28, 185, f"证书编号：{d.number}", face(rng, "hei"), 10)
    s.picture(180, 128, 230, 178, marks.seal(rng, d.school if not d.self_study else "高等教育自学考试委员会", "",
                                             48), multiply=True)
    fields = {"name": d.name, "school": d.school, "major": d.major, "level": d.level,
              "graduation_date": d.graduation_date.isoformat()}
    return Drawn("diploma", layout, [DrawnPage(s, fields)], "certificate")


def draw_degree(rng: random.Random, g: Degree) -> Drawn:
    W, H = 280.0, 200.0
    s = _frame(rng, W, H)
    st = Style.pick(rng, size=(13, 15))
    body = face(rng, rng.choice(("song", "kai")))
    level_word = "学士" if g.level == "学士" else "硕士"
    s.text(W / 2, 38, f"{level_word}学位证书", face(rng, rng.choice(("song_bold", "kai"))), 28, (150, 30, 30),
           anchor="c", spacing=3)
    s.picture(28, 60, 68, 112, marks.portrait(rng, g.sex == "女", (200, 215, 235)))
    stage = "本科" if g.level == "学士" else "硕士研究生"
    text = (f"{g.name}，{g.sex}，{g.born.year}年{g.born.month}月{g.born.day}日生。在 {g.school} {g.major} 专业完成了"
            f"{stage}学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，授予 {g.discipline}{level_word} 学位。")
    y = s.paragraph(85, 72, text, body, st.size, 170, 2.0, indent=2)
    s.text(235, 150, g.school, body, st.size, anchor="r")
    s.text(235, 160, f"学位评定委员会主席　{g.chairman}", body, st.size, anchor="r")
    s.text(235, 172, cn_date(g.date), body, st.size, anchor="r")
    s.text(28, 185, f"证书编号：{g.number}", face(rng, "hei"), 10)
    s.picture(175, 125, 225, 175, marks.seal(rng, g.school, "学位评定委员会", 48), multiply=True)
    fields = {"name": g.name, "school": g.school, "major": g.major, "level": g.level,
              "graduation_date": g.date.isoformat()}
    return Drawn("degree_certificate", "degree_certificate", [DrawnPage(s, fields)], "certificate")


def draw_chsi(rng: random.Random, d: Diploma, id_number: str, pdf: bool) -> Drawn:
    """教育部学历证书电子注册备案表 from 学信网: the facts in a table, an online 验证码 and a QR code."""
    st = Style.pick(rng, pdf, size=(9.5, 10.5))
    s = Sheet(210, 297, "a4")
    s.text(105, 26, "教育部学历证书电子注册备案表", st.title, 17, anchor="c")
    s.text(190, 36, f"更新日期：{ymd(d.graduation_date.replace(year=2026, month=rng.randint(1, 9), day=rng.randint(1, 28)))}",
           st.body, 8.5, anchor="r")
    rows = [("姓名", d.name, "性别", d.sex), ("出生日期", ymd(d.born, "cjk", pad=True), "民族", "汉"),
            ("证件号码", id_number, "", ""), ("院校名称", d.self_study and "高等教育自学考试" or d.school, "", ""),
            ("层次", d.level, "专业", d.major), ("学制", f"{d.years}年", "学历类别",
                                               "高等教育自学考试" if d.self_study else "普通高等教育"),
            ("学习形式", "" if d.self_study else "普通全日制", "入学日期", ymd(d.start, "cjk", pad=True)),
            ("毕(结)业日期", ymd(d.graduation_date, "cjk", pad=True), "毕(结)业", "毕业"),
            ("证书编号", d.number, "", ""), ("校(院)长姓名", d.president, "", "")]
    y = 44.0
    xs = (18, 48, 108, 138, 160)
    for a, b, c, e in rows:
        s.box(xs[0], y, xs[1], y + 10, fill=(240, 244, 248), width=0.2)
        s.text(xs[0] + 2, y + 6.5, a, st.label, st.size - 1)
        if c:
            s.box(xs[1], y, xs[2], y + 10, width=0.2)
            s.box(xs[2], y, xs[3], y + 10, fill=(240, 244, 248), width=0.2)
            s.box(xs[3], y, xs[4], y + 10, width=0.2)
            s.text(xs[1] + 2, y + 6.5, b, st.value, st.size)
            s.text(xs[2] + 2, y + 6.5, c, st.label, st.size - 1)
            size = st.size
            while Sheet.width_of(e, st.value, size) > xs[4] - xs[3] - 3:
                size -= 0.5
            s.text(xs[3] + 1.5, y + 6.5, e, st.value, size)
        else:
            s.box(xs[1], y, xs[4], y + 10, width=0.2)
            s.text(xs[1] + 2, y + 6.5, b, st.value, st.size)
        y += 10
    s.picture(164, 44, 194, 84, marks.portrait(rng, d.sex == "女", (220, 230, 245)))
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    s.text(18, y + 14, f"在线验证码：{code}", st.title, 11)
    s.picture(160, y + 6, 190, y + 36, marks.qr_code(rng))
    s.text(18, y + 24, "说明：1. 本表仅证明学历证书已在教育部学历证书电子注册备案，可登录学信网输入在线验证码查询。", st.body, 8, GREY)
    s.text(18, y + 30, "2. 本表在线验证有效期内有效，逾期请重新申请。", st.body, 8, GREY)
    fields = {"name": d.name, "school": d.school, "major": d.major, "level": d.level,
              "graduation_date": d.graduation_date.isoformat()}
    if d.self_study:
        del fields["school"]
    return Drawn("diploma", "chsi_registration_record", [DrawnPage(s, fields)], "web")
