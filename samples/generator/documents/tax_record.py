"""个人所得税纳税记录 (national layout), 收入纳税明细 (扣缴义务人 column), and the older 纳税清单."""
from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

from samples.generator.canvas import fmt_date
from samples.generator.documents.common import table_pages
from samples.generator.months import declared_months
from samples.generator.normal import iso, norm_text
from samples.generator.rendered import RenderedDocument

DEFAULT_AS_OF = date(2026, 11, 22)


def _rows(person, rng, ov):
    as_of = ov.get("as_of", DEFAULT_AS_OF)
    months = ov.get("tax_months") or declared_months(as_of, rng.choice([6, 8, 12]))
    agent_default = ov.get("withholding_agent", person.employer)
    agents = ov.get("agent_by_month", {})
    rows = []
    for month in months:
        amount = ov.get("amounts", {}).get(month, round(rng.uniform(30, 2500), 2))
        rows.append({"period": month, "withholding_agent": norm_text(agents.get(month, agent_default)), "amount": f"{amount:.2f}",
                     "_agent_printed": agents.get(month, agent_default)})
    return rows, as_of


def _period_range(month: str) -> tuple[date, date]:
    y, m = map(int, month.split("-"))
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _declared(month: str, rng) -> date:
    start, end = _period_range(month)
    return end + timedelta(days=rng.randint(1, 14))


def _office(person, rng):
    return f"国家税务总局上海市{person.residence_address[3:6].rstrip('区') or '浦东新'}区税务局"


def national(person, rng: random.Random, **ov):
    rows, as_of = _rows(person, rng, ov)
    name = ov.get("name", person.name)
    issue = ov.get("issue_date") or as_of - timedelta(days=rng.randint(0, 10))
    face = rng.choice(["sans", "hei"])
    office = _office(person, rng)

    def head(page, number):
        page.text((page.width // 2, 200), "中华人民共和国", 56, face, anchor="mt")
        page.text((page.width // 2, 300), "个人所得税纳税记录", 84, face + "_bold" if face == "sans" else face, anchor="mt")
        page.text((160, 470), f"纳税人名称：{name}", 40, face)
        page.text((1250, 470), f"纳税人识别号：{person.id_number}", 40, face)
        page.text((160, 560), f"开具日期：{fmt_date(issue, 'cn0')}", 40, face)
        page.text((1250, 560), f"第 {number} 页", 40, face)

    table = []
    for row in rows:
        start, end = _period_range(row["period"])
        declared = _declared(row["period"], rng)
        table.append([fmt_date(declared, "dash"), row["amount"], fmt_date(declared + timedelta(days=2), "dash"), "工资薪金所得",
                      f"{fmt_date(start, 'dash')}至{fmt_date(end, 'dash')}", office, f"扣缴义务人：{row['_agent_printed']}"])
    header = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
    pages = table_pages(head, [250, 250, 250, 250, 330, 420, 490], header, table, 32, face, rng)
    pages[-1].seal((1900, 3000), 230, "国家税务总局上海市税务局", rng)
    return _done("national", pages, name, person, issue, rows)


def income_detail(person, rng, **ov):
    rows, as_of = _rows(person, rng, ov)
    name = ov.get("name", person.name)
    issue = ov.get("issue_date") or as_of - timedelta(days=rng.randint(0, 10))

    def head(page, number):
        page.text((page.width // 2, 250), "收入纳税明细", 84, "hei", anchor="mt")
        page.text((160, 450), f"姓名：{name}    身份证件号码：{person.id_number}", 40, "hei")
        page.text((160, 540), f"查询日期：{fmt_date(issue, 'dash')}", 40, "hei")

    table = [[row["period"].replace("-", "年", 1) + "月", "工资薪金", f"{rng.randint(80, 300) * 100}.00", row["_agent_printed"], row["amount"]]
             for row in rows]
    header = ["所得期间", "所得项目", "收入额", "扣缴义务人", "已申报税额"]
    pages = table_pages(head, [360, 300, 360, 900, 320], header, table, 36, "hei", rng)
    return _done("income_detail", pages, name, person, issue, rows)


def tax_list(person, rng, **ov):
    rows, as_of = _rows(person, rng, ov)
    name = ov.get("name", person.name)
    issue = ov.get("issue_date") or as_of - timedelta(days=rng.randint(0, 10))

    def head(page, number):
        page.text((page.width // 2, 250), "个人所得税纳税清单", 84, "serif_bold", anchor="mt")
        page.text((160, 450), f"纳税人姓名：{name}", 40, "serif")
        page.text((160, 530), f"身份证照号码：{person.id_number}", 40, "serif")
        page.text((1400, 530), f"打印日期：{fmt_date(issue, 'cn')}", 40, "serif")

    table = []
    for row in rows:
        start, end = _period_range(row["period"])
        table.append([f"{fmt_date(start, 'compact')}-{fmt_date(end, 'compact')}", "工资、薪金所得", row["_agent_printed"], row["amount"]])
    header = ["税款所属期", "所得项目", "扣缴义务人名称", "实缴金额"]
    pages = table_pages(head, [560, 400, 920, 360], header, table, 36, "serif", rng, top=650)
    pages[-1].seal((1900, 3000), 230, "国家税务总局上海市税务局", rng)
    return _done("tax_list", pages, name, person, issue, rows)


def _done(layout, pages, name, person, issue, rows):
    clean_rows = [{k: v for k, v in row.items() if not k.startswith("_")} for row in rows]
    fields = {"name": name, "id_number": person.id_number, "issue_date": iso(issue)}
    return RenderedDocument.from_pages("tax_record", layout, pages, fields, clean_rows)


LAYOUTS = {"national": national, "income_detail": income_detail, "tax_list": tax_list}

DRAWS = {"tax_record": LAYOUTS}
