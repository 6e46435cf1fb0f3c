"""毕业证书, 学位证书, 结婚证."""
from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator.canvas import Page, fmt_date
from samples.generator.documents.common import form_grid, label_value_page
from samples.generator.education import FULL_TIME, LEVELS, stages
from samples.generator.normal import iso
from samples.generator.rendered import RenderedDocument


def _facts(person, ov) -> dict:
    """The level, school, major and dates a paper states: given by the packet's education plan, or the person's
    highest level when drawn alone."""
    if "level" in ov:
        return ov
    stage = stages(person, random.Random(person.id_number))[-1]
    return {"level": LEVELS[person.education][0], "school": stage.school, "major": stage.major, "start": stage.start,
            "graduation": stage.graduation, "kind": FULL_TIME, "degree": stage.degree}


def _years(start: date, end: date) -> str:
    return "二三四五六七"[max(0, min(5, round((end - start).days / 365) - 2))]


def diploma(person, rng: random.Random, style: str, **ov):
    facts = _facts(person, ov)
    level, kind, school, major = facts["level"], facts["kind"], facts["school"], facts["major"]
    start, grad = facts["start"], facts["graduation"]
    face = {"classic": "serif", "modern": "sans", "kai": "kai"}[style]
    page = Page(background=(250, 246, 236))
    page.text((page.width // 2, 300), "毕 业 证 书", 110, face if face == "kai" else face + "_bold", anchor="mt")
    if kind == "高等教育自学考试":
        page.text((page.width // 2, 470), kind, 60, face, anchor="mt")
    page.photo_placeholder((260, 600, 700, 1180), rng)
    born = f"{person.birth_date.year}年{person.birth_date.month}月{person.birth_date.day}日生"
    if kind == "高等教育自学考试":
        body = f"学生{person.name}，性别{person.sex}，{born}，参加高等教育自学考试{major}专业{level}考试，全部课程成绩合格，准予毕业。"
    else:
        how = {"成人高等教育": "以成人高等教育（业余）形式", "网络教育": "以网络教育形式"}.get(kind, "")
        body = (f"学生{person.name}，性别{person.sex}，{born}，于{start.year}年{start.month}月至{grad.year}年{grad.month}月"
                f"{how}在本校{major}专业{_years(start, grad)}年制{level}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = page.wrapped((820, 640), body, 54, 1450, face, leading=1.9)
    lines = [f"校名：{school}" if kind != "高等教育自学考试" else f"主考学校：{school}", "校（院）长：王建国"]
    mode_line = kind != "高等教育自学考试" and rng.random() < 0.4
    if mode_line:
        lines.append(f"学习形式：{kind}")
    lines += [f"证书编号：{rng.randint(10**16, 10**17 - 1)}", fmt_date(grad, "cn")]
    for number, line in enumerate(lines):
        page.text((900, max(y + 200 + 120 * number, 1900 + 120 * number)), line, 54 if number != len(lines) - 2 else 48, face)
    page.seal((1900, 2250), 260, school, rng)
    fields = {"name": person.name, "school": school, "major": major, "level": level, "graduation_date": iso(grad)}
    if kind != FULL_TIME or mode_line:
        fields["study_mode"] = kind  # the kind words, in the running text or on the 学习形式 line
    return RenderedDocument.from_pages("diploma", style, [page], fields)


# 门类 of each major, as the degree names it (授予工学学士学位).
DISCIPLINES = {"计算机科学与技术": "工学", "软件工程": "工学", "电子信息工程": "工学", "机械设计制造及其自动化": "工学",
               "会计学": "管理学", "市场营销": "管理学", "生物技术": "理学", "英语": "文学"}


def degree(person, rng: random.Random, style: str, **ov):
    facts = _facts(person, ov)
    level = ov["level"] if "level" in ov else (facts["degree"] or "学士")
    school, major, grad = facts["school"], facts["major"], facts["graduation"]
    face = {"classic": "serif", "modern": "hei", "master": "sans"}[style]
    page = Page(background=(246, 248, 250))
    page.text((page.width // 2, 300), " ".join(f"{level}学位证书"), 100, face, anchor="mt")
    page.photo_placeholder((260, 620, 700, 1200), rng)
    discipline = DISCIPLINES.get(major, "工学")
    body = (f"{person.name}，{person.sex}，{person.birth_date.year}年{person.birth_date.month}月生。在{school}"
            f"{major}专业完成了{level}学位的学习，成绩合格。根据《中华人民共和国学位条例》的规定，授予{discipline}{level}学位。")
    y = page.wrapped((820, 660), body, 54, 1450, face, leading=1.9)
    page.text((900, max(y + 200, 1900)), f"{school}学位评定委员会主席", 50, face)
    page.text((900, max(y + 320, 2020)), fmt_date(grad, "cn"), 54, face)
    page.text((900, max(y + 440, 2140)), f"证书编号：{rng.randint(10**15, 10**16 - 1)}", 46, face)
    page.seal((1900, 2200), 250, school, rng)
    fields = {"name": person.name, "school": school, "major": major, "level": level, "graduation_date": iso(grad)}
    return RenderedDocument.from_pages("degree_certificate", style, [page], fields)


# 学信网 备案表: 学历类别 of each kind of diploma, and its 学习形式 (none printed for 自考).
RECORD_CATEGORY = {FULL_TIME: "普通高等教育", "成人高等教育": "成人高等教育", "高等教育自学考试": "高等教育自学考试",
                   "网络教育": "网络教育"}
RECORD_MODE = {FULL_TIME: FULL_TIME, "成人高等教育": "业余", "网络教育": "网络教育"}


def xuexin_record(person, rng: random.Random, style: str = "xuexin", **ov):
    """教育部学历证书电子注册备案表: a labelled table printed from 学信网, with its 在线验证码."""
    facts = _facts(person, ov)
    kind, grad = facts["kind"], facts["graduation"]
    page = Page()
    page.text((page.width // 2, 220), "教育部学历证书电子注册备案表", 78, "sans_bold", anchor="mt")
    page.text((page.width // 2, 360), f"更新日期：{fmt_date(grad.replace(year=grad.year + rng.randint(2, 8)), 'cn0')}", 38, "sans",
              anchor="mt")
    mode = RECORD_MODE.get(kind)
    rows = [[("姓名", person.name), ("性别", person.sex)],
            [("出生日期", fmt_date(person.birth_date, "cn0")), ("民族", person.ethnicity + "族")],
            [("证件号码", person.id_number)],
            [("院校名称", facts["school"])],
            [("层次", facts["level"]), ("专业", facts["major"])],
            [("学制", f"{round((grad - facts['start']).days / 365)}年"), ("学历类别", RECORD_CATEGORY[kind])],
            [("学习形式", mode or ""), ("入学日期", fmt_date(facts["start"], "cn0"))],
            [("毕(结)业日期", fmt_date(grad, "cn0")), ("毕(结)业", "毕业")],
            [("证书编号", f"{rng.randint(10**16, 10**17 - 1)}"), ("校(院)长姓名", "王建国")]]
    bottom = form_grid(page, 150, 520, rows, [420, 760, 360, 640], 150, 44, "sans", "sans", rng)
    page.text((180, bottom + 100), f"在线验证码：{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))}", 42, "sans")
    page.photo_placeholder((1900, bottom + 60, 2250, bottom + 410), rng)
    page.text((180, bottom + 200), "说明：本表仅证明该学历证书已在教育部学历证书电子注册系统注册。", 36, "sans")
    fields = {"name": person.name, "school": facts["school"], "major": facts["major"], "level": facts["level"],
              "graduation_date": iso(grad), "study_mode": mode or kind, "online_record": True}
    return RenderedDocument.from_pages("diploma", style, [page], fields)


def marriage(person, rng: random.Random, style: str, **ov):
    spouse = person.spouse_name or "陈静"
    spouse_id = person.spouse_id_number or "320602199105061226"
    registered = ov.get("registration_date") or date(2018, 1, 1) + timedelta(days=rng.randint(0, 2500))
    face = {"classic": "serif", "printed": "sans", "kai": "kai"}[style]
    pairs = [("持证人", person.name), ("登记日期", fmt_date(registered, "cn0")), ("结婚证字号", f"J310104-{registered.year}-{rng.randint(1000, 9999):06d}"),
             ("备注", ""), ("姓名", person.name), ("性别", person.sex), ("国籍", "中国"), ("出生日期", fmt_date(person.birth_date, "cn0")),
             ("身份证件号", person.id_number), ("姓名", spouse), ("性别", "女" if person.sex == "男" else "男"), ("国籍", "中国"),
             ("身份证件号", spouse_id)]
    page = label_value_page("结婚证", pairs, rng, face=face if face != "kai" else "hei", value_face=face,
                            subtitle="中华人民共和国民政部监制")
    page.text((300, 3000), "申请结婚，经审查符合《中华人民共和国民法典》规定，予以登记，发给此证。", 40, "hei")
    page.seal((1800, 2900), 250, "上海市徐汇区民政局婚姻登记专用章", rng)
    fields = {"holder_name": person.name, "spouse_name": spouse, "spouse_id_number": spouse_id, "registration_date": iso(registered)}
    return RenderedDocument.from_pages("marriage_certificate", style, [page], fields)


DIPLOMA = {s: (lambda p, r, _s=s, **ov: diploma(p, r, _s, **ov)) for s in ("classic", "modern", "kai")} | {"xuexin": xuexin_record}
DEGREE = {s: (lambda p, r, _s=s, **ov: degree(p, r, _s, **ov)) for s in ("classic", "modern", "master")}
MARRIAGE = {s: (lambda p, r, _s=s, **ov: marriage(p, r, _s, **ov)) for s in ("classic", "printed", "kai")}

DRAWS = {"diploma": DIPLOMA, "degree_certificate": DEGREE, "marriage_certificate": MARRIAGE}
# Education papers and the marriage certificate are drawn by the packet's plan (samples.generator.education, .packets),
# which knows the person's education and marriage.
