"""社保缴费记录: monthly rows, employer, base, 补缴 marks."""
from __future__ import annotations

import random
from datetime import date

from samples.generator.canvas import fmt_date
from samples.generator.documents.common import table_pages
from samples.generator.months import months_ending
from samples.generator.normal import norm_text
from samples.generator.rendered import RenderedDocument

DEFAULT_AS_OF = date(2026, 11, 22)


def _rows(person, rng, ov):
    as_of = ov.get("as_of", DEFAULT_AS_OF)
    months = ov.get("si_months") or months_ending(as_of, rng.choice([12, 15, 18]))
    back = set(ov.get("back_payment_months", []))
    payer = ov.get("si_employer", person.employer)
    base = rng.randint(70, 250) * 100
    return [{"month": m, "employer": norm_text(payer), "base": f"{base}.00", "back_payment": m in back, "_printed": payer} for m in months], as_of


def _render(layout, person, rng, ov, title, header, widths, cell_fn, face):
    rows, as_of = _rows(person, rng, ov)
    name = ov.get("name", person.name)

    def head(page, number):
        page.text((page.width // 2, 240), title, 80, face, anchor="mt")
        page.text((160, 440), f"姓名：{name}", 42, face)
        page.text((1000, 440), f"公民身份号码：{person.id_number}", 42, face)
        page.text((160, 530), f"打印日期：{fmt_date(as_of, 'dash')}  第{number}页", 38, face)

    pages = table_pages(head, widths, header, [cell_fn(r) for r in rows], 36, face, rng, top=650)
    pages[-1].seal((1900, 3000), 230, "上海市社会保险事业管理中心", rng)
    clean = [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]
    return RenderedDocument.from_pages("social_insurance_record", layout, pages, {"name": name, "id_number": person.id_number}, clean)


def pension(person, rng: random.Random, **ov):
    return _render("pension", person, rng, ov, "上海市城镇职工基本养老保险缴费记录", ["缴费年月", "单位名称", "缴费基数", "缴费状态"],
                   [360, 1060, 380, 440], lambda r: [r["month"], r["_printed"], r["base"], "补缴" if r["back_payment"] else "正常缴费"], "sans")


def statement(person, rng, **ov):
    return _render("statement", person, rng, ov, "社会保险个人缴费情况", ["费款所属期", "参保单位", "缴费基数", "个人缴纳", "备注"],
                   [360, 980, 320, 300, 280],
                   lambda r: [r["month"].replace("-", ""), r["_printed"], r["base"], f"{float(r['base']) * 0.08:.2f}", "补缴" if r["back_payment"] else ""],
                   "hei")


def detail(person, rng, **ov):
    return _render("detail", person, rng, ov, "社保缴费记录明细", ["年月", "单位名称", "缴费基数", "养老", "医疗", "失业", "类型"],
                   [250, 900, 300, 220, 220, 200, 250],
                   lambda r: [r["month"], r["_printed"], r["base"], "已缴", "已缴", "已缴", "补缴" if r["back_payment"] else "正常"], "serif")


LAYOUTS = {"pension": pension, "statement": statement, "detail": detail}

DRAWS = {"social_insurance_record": LAYOUTS}
