"""集体户口 户籍证明."""
from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator.canvas import Page, fmt_date
from samples.generator.documents.common import form_grid, label_value_page
from samples.generator.normal import iso, norm_text
from samples.generator.rendered import RenderedDocument


def _common(person, rng, ov):
    issue = ov.get("issue_date") or date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
    address = ov.get("hukou_address", person.hukou_address)
    fields = {"name": ov.get("name", person.name), "id_number": person.id_number, "address": norm_text(address), "issue_date": iso(issue)}
    return issue, address, fields


def paragraph(person, rng: random.Random, **ov):
    issue, address, fields = _common(person, rng, ov)
    page = Page()
    face = rng.choice(["serif", "sans"])
    page.text((page.width // 2, 300), "户籍证明", 96, face + "_bold", anchor="mt")
    body = (f"兹证明{fields['name']}，性别{person.sex}，公民身份号码{person.id_number}，"
            f"系我所辖区集体户口人员，户籍地址：{address}。特此证明。")
    y = page.wrapped((260, 620), body, 52, 1960, face, leading=1.9)
    page.text((1500, y + 300), f"{person.id_authority.replace('分局', '派出所')}", 48, face)
    page.text((1600, y + 420), fmt_date(issue, "cn"), 48, face)
    page.seal((1800, y + 330), 260, "户籍专用章", rng)
    return RenderedDocument.from_pages("collective_hukou_certificate", "paragraph", [page], fields)


def table(person, rng, **ov):
    issue, address, fields = _common(person, rng, ov)
    page = Page()
    page.text((page.width // 2, 260), "集体户口 户籍证明", 84, "hei", anchor="mt")
    rows = [[("姓名", fields["name"]), ("性别", person.sex)], [("公民身份号码", person.id_number)], [("户籍地址", address)],
            [("户别", "集体户")], [("出具日期", fmt_date(issue, "cn0"))]]
    bottom = form_grid(page, 200, 520, rows, [480, 800, 300, 500], 170, 46, "hei", "hei", rng)
    page.text((260, bottom + 100), "特此证明。", 46, "hei")
    page.seal((1700, bottom + 250), 250, "公安局户籍专用章", rng)
    return RenderedDocument.from_pages("collective_hukou_certificate", "table", [page], fields)


def listing(person, rng, **ov):
    issue, address, fields = _common(person, rng, ov)
    pairs = [("姓名", fields["name"]), ("公民身份号码", person.id_number), ("户口性质", "集体户口"), ("住址", address),
             ("出具日期", fmt_date(issue, "dash"))]
    page = label_value_page("户籍证明（集体户口）", pairs, rng, face="serif")
    page.seal((1800, 2200), 260, "派出所户籍专用章", rng)
    return RenderedDocument.from_pages("collective_hukou_certificate", "listing", [page], fields)


LAYOUTS = {"paragraph": paragraph, "table": table, "listing": listing}

DRAWS = {"collective_hukou_certificate": LAYOUTS}
