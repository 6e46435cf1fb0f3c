"""上海市居住证: the card, or an information printout."""
from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator.canvas import CARD_300DPI, Page, fmt_date, DATE_STYLES
from samples.generator.documents.common import LABEL_BLUE, form_grid, label_value_page
from samples.generator.normal import iso, norm_text
from samples.generator.rendered import RenderedDocument


def _dates(rng, overrides):
    issue = overrides.get("issue_date") or date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
    valid_from = overrides.get("valid_from") or issue
    valid_until = overrides.get("valid_until") or valid_from.replace(year=valid_from.year + 3) - timedelta(days=1)
    return issue, valid_from, valid_until


def card(person, rng: random.Random, **ov):
    issue, valid_from, valid_until = _dates(rng, ov)
    name = ov.get("name", person.name)
    page = Page(CARD_300DPI, (226, 236, 248))
    page.text((505, 50), "上海市居住证", 56, "sans_bold", fill=(20, 60, 140), anchor="mt")
    page.photo_placeholder((730, 150, 960, 440), rng)
    s = 30
    page.text((60, 160), "姓名", s, "hei", fill=LABEL_BLUE)
    page.text((180, 156), name, 36, "hei")
    page.text((60, 230), "公民身份号码", s, "hei", fill=LABEL_BLUE)
    page.text((60, 272), person.id_number, 36, "sans")
    page.text((60, 350), "居住地址", s, "hei", fill=LABEL_BLUE)
    page.wrapped((190, 346), person.residence_address, 30, 520, "hei", leading=1.3)
    page.text((60, 520), "签发日期", s, "hei", fill=LABEL_BLUE)
    page.text((190, 516), fmt_date(issue, "dot"), 32, "hei")
    page.text((60, 575), "有效期至", s, "hei", fill=LABEL_BLUE)
    page.text((190, 571), fmt_date(valid_until, "dot"), 32, "hei")
    fields = {"name": name, "id_number": person.id_number, "residence_address": norm_text(person.residence_address),
              "issue_date": iso(issue), "valid_until": iso(valid_until)}
    return RenderedDocument.from_pages("residence_permit", "card", [page], fields)


def _fields(person, ov, issue, valid_from, valid_until):
    return {"name": ov.get("name", person.name), "id_number": person.id_number,
            "hukou_address": norm_text(ov.get("hukou_address", person.hukou_address)),
            "residence_address": norm_text(person.residence_address), "issue_date": iso(issue),
            "valid_from": iso(valid_from), "valid_until": iso(valid_until)}


def info_table(person, rng, **ov):
    issue, valid_from, valid_until = _dates(rng, ov)
    fields = _fields(person, ov, issue, valid_from, valid_until)
    style = rng.choice(DATE_STYLES)
    face = rng.choice(["sans", "serif"])
    page = Page()
    page.text((page.width // 2, 250), "上海市居住证信息", 80, face + "_bold", anchor="mt")
    page.text((page.width // 2, 400), f"查询日期：{fmt_date(issue + timedelta(days=rng.randint(30, 300)), 'dash')}", 40, face, anchor="mt")
    rows = [
        [("姓名", fields["name"]), ("性别", person.sex)],
        [("公民身份号码", person.id_number)],
        [(rng.choice(["常住户口所在地住址", "户籍地址"]), ov.get("hukou_address", person.hukou_address))],
        [("居住地住址", person.residence_address)],
        [("居住证号", f"31{rng.randint(10**14, 10**15 - 1)}")],
        [("签发日期", fmt_date(issue, style))],
        [("有效期限", f"{fmt_date(valid_from, style)}至{fmt_date(valid_until, style)}")],
    ]
    form_grid(page, 200, 560, rows, [560, 760, 300, 460], 150, 44, face, face, rng)
    page.seal((1750, 2000), 260, "上海市公安局人口管理办公室", rng)
    return RenderedDocument.from_pages("residence_permit", "info_table", [page], fields)


def info_list(person, rng, **ov):
    issue, valid_from, valid_until = _dates(rng, ov)
    fields = _fields(person, ov, issue, valid_from, valid_until)
    style = rng.choice(DATE_STYLES)
    pairs = [
        ("姓名", fields["name"]), ("公民身份号码", person.id_number),
        (rng.choice(["户籍地址", "常住户口所在地住址"]), ov.get("hukou_address", person.hukou_address)),
        ("居住地住址", person.residence_address), ("签发日期", fmt_date(issue, style)),
        ("有效期限", f"{fmt_date(valid_from, style)} 至 {fmt_date(valid_until, style)}"),
    ]
    page = label_value_page("上海市居住证 办理信息", pairs, rng, face=rng.choice(["hei", "serif"]), subtitle="（居住证信息打印页）")
    return RenderedDocument.from_pages("residence_permit", "info_list", [page], fields)


LAYOUTS = {"card": card, "info_table": info_table, "info_list": info_list}

DRAWS = {"residence_permit": LAYOUTS}
