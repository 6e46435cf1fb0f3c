"""户口簿 首页 (户主页) and 常住人口登记卡 (本人页): ruled forms, hand-filled-looking values, 户口专用章."""
from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator.canvas import Page, fmt_date
from samples.generator.documents.common import form_grid
from samples.generator.normal import iso, norm_text
from samples.generator.rendered import RenderedDocument

COVER_LAYOUTS = {
    # name: (label face, value face, column widths, household-type label)
    "grid_classic": ("serif", "kai", [330, 700, 330, 700], "户别"),
    "grid_printed": ("sans", "hei", [360, 660, 360, 680], "户 别"),
    "grid_wide": ("hei", "kai", [300, 820, 300, 640], "户别"),
}


def cover(person, rng: random.Random, layout: str, **ov):
    label_face, value_face, cols, type_label = COVER_LAYOUTS[layout]
    address = ov.get("hukou_address", person.hukou_address)
    issue = ov.get("issue_date") or date(2005, 1, 1) + timedelta(days=rng.randint(0, 6000))
    household_type = ov.get("household_type", "家庭户")
    page = Page()
    page.text((page.width // 2, 240), "常住人口登记簿" if layout == "grid_wide" else "户口簿", 90, "serif_bold", anchor="mt")
    page.text((page.width // 2, 400), "户 主 页", 56, label_face, anchor="mt")
    rows = [
        [(type_label, household_type), ("户主姓名", person.head_name)],
        [("户号", person.household_number), ("住址", address)],
        [("承办人签章", "张建华" if rng.random() < 0.5 else "李红梅"), ("签发日期", fmt_date(issue, rng.choice(["cn", "cn0"])))],
    ]
    bottom = form_grid(page, 150, 560, rows, cols, 210, 50, label_face, value_face, rng)
    page.text((200, bottom + 120), "户口登记机关", 44, label_face)
    page.seal((1650, bottom - 180), 270, f"{person.id_authority.replace('分局', '派出所')}户口专用章", rng)
    fields = {"household_type": household_type, "head_name": person.head_name, "household_number": person.household_number,
              "address": norm_text(address), "issue_date": iso(issue)}
    return RenderedDocument.from_pages("household_register_cover", layout, [page], fields)


MEMBER_LAYOUTS = {
    "card_classic": ("serif", "kai", [390, 470, 390, 530, 0]),
    "card_printed": ("sans", "hei", [400, 460, 400, 540, 0]),
    "card_dense": ("hei", "kai", [380, 500, 380, 500, 0]),
}


def member(person, rng: random.Random, layout: str, **ov):
    label_face, value_face, cols = MEMBER_LAYOUTS[layout]
    cols = [c for c in cols if c]
    name = ov.get("name", person.name)
    registered = ov.get("registration_date") or date(max(person.birth_date.year, 2000), 1, 1) + timedelta(days=rng.randint(0, 7000))
    employer = ov.get("employer", person.employer) if rng.random() < 0.6 else ""
    b = person.birth_date
    page = Page()
    page.text((page.width // 2, 230), "常住人口登记卡", 86, "serif_bold", anchor="mt")
    rows = [
        [("姓名", name), ("户主或与户主关系", person.relation_to_head)],
        [("曾用名", ""), ("性别", person.sex)],
        [("出生地", person.birthplace), ("民族", person.ethnicity)],
        [("籍贯", person.native_place), ("出生日期", f"{b.year}年{b.month}月{b.day}日")],
        [("本市（县）其他住址", "")],
        [("宗教信仰", ""), ("公民身份证件编号", person.id_number)],
        [("身高", f"{rng.randint(155, 185)}cm"), ("血型", rng.choice(["A型", "B型", "O型", "AB型"]))],
        [("文化程度", person.education), ("婚姻状况", person.marital_status)],
        [("兵役状况", "未服兵役"), ("服务处所", employer)],
        [("职业", "职员" if employer else "")],
        [("何时由何地迁来本市（县）", "")],
        [("何时由何地迁来本址", "")],
        [("登记日期", fmt_date(registered, "cn"))],
    ]
    bottom = form_grid(page, 130, 420, rows, cols, 170, 42, label_face, value_face, rng)
    page.text((200, bottom + 80), "承办人签章：", 42, label_face)
    page.seal((1800, bottom - 200), 250, f"{person.id_authority.replace('分局', '派出所')}户口专用章", rng)
    fields = {"name": name, "relation_to_head": person.relation_to_head, "sex": person.sex, "birthplace": person.birthplace,
              "ethnicity": person.ethnicity, "native_place": person.native_place, "birth_date": iso(b),
              "id_number": person.id_number, "education": person.education, "marital_status": person.marital_status,
              "employer": norm_text(employer) if employer else None, "registration_date": iso(registered)}
    fields = {k: v for k, v in fields.items() if v is not None}
    return RenderedDocument.from_pages("household_register_member", layout, [page], fields)


COVER = {name: (lambda p, r, _n=name, **ov: cover(p, r, _n, **ov)) for name in COVER_LAYOUTS}
MEMBER = {name: (lambda p, r, _n=name, **ov: member(p, r, _n, **ov)) for name in MEMBER_LAYOUTS}

DRAWS = {"household_register_cover": COVER, "household_register_member": MEMBER}
