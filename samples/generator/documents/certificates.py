"""毕业证书, 学位证书, 结婚证."""
from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator.documents import Extra
from samples.generator.canvas import Page, fmt_date
from samples.generator.documents.common import label_value_page
from samples.generator.normal import iso
from samples.generator.rendered import RenderedDocument


def _grad(person):
    return date(person.birth_date.year + 22, 6, 30)


def diploma(person, rng: random.Random, style: str, **ov):
    grad = _grad(person)
    start = grad.replace(year=grad.year - 4, month=9, day=1)
    level = "本科" if "本科" in person.education or "专科" in person.education else "研究生"
    face = {"classic": "serif", "modern": "sans", "kai": "kai"}[style]
    page = Page(background=(250, 246, 236))
    page.text((page.width // 2, 300), "毕 业 证 书", 110, face if face == "kai" else face + "_bold", anchor="mt")
    page.photo_placeholder((260, 600, 700, 1180), rng)
    body = (f"学生{person.name}，性别{person.sex}，{person.birth_date.year}年{person.birth_date.month}月{person.birth_date.day}日生，"
            f"于{start.year}年{start.month}月至{grad.year}年{grad.month}月在本校{person.major}专业四年制{level}学习，"
            "修完教学计划规定的全部课程，成绩合格，准予毕业。")
    y = page.wrapped((820, 640), body, 54, 1450, face, leading=1.9)
    page.text((900, max(y + 200, 1900)), f"校名：{person.school}", 54, face)
    page.text((900, max(y + 320, 2020)), "校（院）长：王建国", 54, face)
    page.text((900, max(y + 440, 2140)), f"证书编号：{rng.randint(10**16, 10**17 - 1)}", 48, face)
    page.text((900, max(y + 560, 2260)), fmt_date(grad, "cn"), 54, face)
    page.seal((1900, 2250), 260, person.school, rng)
    fields = {"name": person.name, "school": person.school, "major": person.major, "level": level, "graduation_date": iso(grad)}
    return RenderedDocument.from_pages("diploma", style, [page], fields)


def degree(person, rng: random.Random, style: str, **ov):
    grad = _grad(person)
    level = {"classic": "学士", "modern": "学士", "master": "硕士"}[style]
    face = {"classic": "serif", "modern": "hei", "master": "sans"}[style]
    page = Page(background=(246, 248, 250))
    page.text((page.width // 2, 300), "学 士 学 位 证 书" if level == "学士" else "硕 士 学 位 证 书", 100, face, anchor="mt")
    page.photo_placeholder((260, 620, 700, 1200), rng)
    body = (f"{person.name}，{person.sex}，{person.birth_date.year}年{person.birth_date.month}月生。在{person.school}"
            f"{person.major}专业完成了{level}学位的学习，成绩合格。根据《中华人民共和国学位条例》的规定，授予工学{level}学位。")
    y = page.wrapped((820, 660), body, 54, 1450, face, leading=1.9)
    page.text((900, max(y + 200, 1900)), f"{person.school}学位评定委员会主席", 50, face)
    page.text((900, max(y + 320, 2020)), fmt_date(grad, "cn"), 54, face)
    page.text((900, max(y + 440, 2140)), f"证书编号：{rng.randint(10**15, 10**16 - 1)}", 46, face)
    page.seal((1900, 2200), 250, person.school, rng)
    fields = {"name": person.name, "school": person.school, "major": person.major, "level": level, "graduation_date": iso(grad)}
    return RenderedDocument.from_pages("degree_certificate", style, [page], fields)


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


DIPLOMA = {s: (lambda p, r, _s=s, **ov: diploma(p, r, _s, **ov)) for s in ("classic", "modern", "kai")}
DEGREE = {s: (lambda p, r, _s=s, **ov: degree(p, r, _s, **ov)) for s in ("classic", "modern", "master")}
MARRIAGE = {s: (lambda p, r, _s=s, **ov: marriage(p, r, _s, **ov)) for s in ("classic", "printed", "kai")}

DRAWS = {"diploma": DIPLOMA, "degree_certificate": DEGREE, "marriage_certificate": MARRIAGE}
EXTRAS = {"diploma": Extra(0.3), "marriage_certificate": Extra(0.3, lambda person: bool(person.spouse_name)),
          "degree_certificate": Extra(0.2)}
