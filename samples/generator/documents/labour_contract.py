"""劳动合同 / 聘用合同: 3–6 pages, the term clause worded in several ways, a sealed signing page."""
from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator.canvas import Page, fmt_date
from samples.generator.normal import iso, norm_text
from samples.generator.rendered import RenderedDocument

CLAUSES = [
    ("工作内容和工作地点", "乙方同意根据甲方工作需要，在{dept}从事{job}岗位工作。工作地点为上海市。甲方可根据工作需要和乙方的能力，合理调整乙方的工作岗位。"),
    ("工作时间和休息休假", "甲方安排乙方执行标准工时制度，每日工作不超过八小时，每周工作不超过四十小时。乙方依法享有法定节假日、年休假、婚假、产假等假期。"),
    ("劳动报酬", "甲方每月{payday}日前以货币形式足额支付乙方上月工资，乙方月工资为人民币{salary}元。试用期工资不低于本市最低工资标准。"),
    ("社会保险和福利待遇", "甲乙双方按国家和本市规定参加社会保险，甲方为乙方办理有关社会保险手续，并承担相应社会保险义务。"),
    ("劳动保护、劳动条件和职业危害防护", "甲方按国家和本市有关劳动保护规定提供符合国家安全卫生标准的劳动作业场所和必要的劳动防护用品。"),
    ("劳动纪律", "乙方应当遵守甲方依法制定的规章制度，服从甲方的工作安排，按时完成工作任务。"),
    ("劳动合同的变更", "经甲乙双方协商一致，可以变更本合同约定的内容，变更应当采用书面形式。"),
    ("劳动合同的解除和终止", "甲乙双方解除或终止本合同，应当按照《中华人民共和国劳动合同法》的规定执行。"),
    ("经济补偿", "符合法律规定情形的，甲方应当依法向乙方支付经济补偿。"),
    ("劳动争议处理", "双方因履行本合同发生劳动争议的，可以协商解决；协商不成的，可以向劳动争议仲裁委员会申请仲裁。"),
    ("其他", "本合同未尽事宜，按国家和本市有关规定执行。本合同一式两份，甲乙双方各执一份，具有同等法律效力。"),
]
NUMERALS = "一二三四五六七八九十"
LAYOUTS_META = {
    "shanghai_model": ("上海市劳动合同书", "serif", "甲方（用人单位）", "乙方（劳动者）"),
    "company_form": ("劳动合同", "sans", "甲方（用人单位名称）", "乙方（员工姓名）"),
    "hire_contract": ("聘用合同", "hei", "聘用单位（甲方）", "受聘人员（乙方）"),
}


def numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    return "十" + NUMERALS[n - 11] if n < 20 else str(n)


def term_sentence(style: str, start: date, end: date | None, rng) -> str:
    if style == "open_ended":
        return f"本合同为无固定期限劳动合同，自{fmt_date(start, 'cn')}起履行。"
    if style == "range_dash":
        dash = rng.choice(["—", "-", "至"])
        return f"合同期限类型：固定期限。期限：{fmt_date(start, 'dot')}{dash}{fmt_date(end, 'dot')}。"
    return f"本合同为固定期限劳动合同，自{fmt_date(start, 'cn')}起至{fmt_date(end, 'cn')}止。"


def render(person, rng: random.Random, layout: str, **ov):
    title, face, party_a, party_b = LAYOUTS_META[layout]
    start = ov.get("start_date") or date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
    open_ended = ov.get("open_ended", rng.random() < 0.15)
    end = None if open_ended else (ov.get("end_date") or start.replace(year=start.year + rng.choice([2, 3, 3, 5])) - timedelta(days=1))
    style = "open_ended" if open_ended else ov.get("term_style") or rng.choice(["range_cn", "range_dash"])
    signing = ov.get("signing_date") or start - timedelta(days=rng.randint(0, 20))
    employer = ov.get("employer", person.employer)
    name = ov.get("name", person.name)
    pages_wanted = ov.get("pages") or rng.randint(3, 6)
    size, x, width = 48, 230, 2020

    pages = []
    cover = Page()
    cover.text((cover.width // 2, 300), title, 100, face + "_bold" if face != "hei" else "hei", anchor="mt")
    cover.text((cover.width // 2, 470), f"编号：HT{start.year}{rng.randint(1000, 9999)}", 42, face, anchor="mt")
    y = 760
    for label, value in ((party_a, employer), ("法定代表人", person.head_name[0] + "总"), ("注册地址", "上海市" + person.residence_address[3:12]),
                         (party_b, name), ("公民身份号码", person.id_number), ("户籍地址", person.hukou_address)):
        y = cover.wrapped((x, y), f"{label}：{value}", size, width, face) + 30
    y += 60
    y = cover.wrapped((x, y), "根据《中华人民共和国劳动合同法》和有关规定，甲乙双方经平等自愿、协商一致，签订本合同，共同遵守本合同所列条款。", size, width, face) + 40
    cover.text((x, y), "第一条 合同期限", size + 4, face)
    y = cover.wrapped((x, y + 90), term_sentence(style, start, end, rng), size, width, face) + 20
    if not open_ended and rng.random() < 0.5:
        cover.wrapped((x, y), "其中试用期自合同生效之日起三个月。", size, width, face)
    pages.append(cover)

    clauses = list(CLAUSES)
    per_page = max(1, round(len(clauses) / max(1, pages_wanted - 2)))
    number = 2
    fill = {"dept": rng.choice(["研发部", "财务部", "市场部", "运营部"]), "job": rng.choice(["软件工程师", "会计", "市场专员", "运营经理"]),
            "payday": rng.choice([10, 15, 20]), "salary": rng.randint(80, 300) * 100}
    while clauses and len(pages) < pages_wanted - 1:
        page = Page()
        y = 260
        for _ in range(per_page):
            if not clauses:
                break
            heading, text = clauses.pop(0)
            page.text((x, y), f"第{numeral(number)}条 {heading}", size + 4, face)
            y = page.wrapped((x, y + 90), text.format(**fill), size, width, face) + 60
            number += 1
        page.text((page.width // 2, 3350), f"第 {len(pages) + 1} 页", 36, face, anchor="mt")
        pages.append(page)
    last = Page()
    y = 260
    for heading, text in clauses:
        last.text((x, y), f"第{numeral(number)}条 {heading}", size + 4, face)
        y = last.wrapped((x, y + 90), text.format(**fill), size, width, face) + 60
        number += 1
    y = max(y + 120, 1500)
    last.text((x, y), "甲方（盖章）：", size, face)
    last.text((1300, y), "乙方（签字）：", size, face)
    last.text((1620, y - 10), name, 64, "kai", fill=(30, 30, 90))
    last.text((x, y + 200), "法定代表人或委托代理人：", size, face)
    last.text((x, y + 400), f"签订日期：{fmt_date(signing, 'cn')}", size, face)
    last.text((1300, y + 400), f"签订日期：{fmt_date(signing, 'cn')}", size, face)
    last.seal((620, y + 120), 280, employer, rng)
    pages.append(last)

    fields = {"employer": norm_text(employer), "employee_name": name, "employee_id_number": person.id_number,
              "start_date": iso(start), "end_date": iso(end) if end else None, "open_ended": open_ended,
              "signing_date": iso(signing)}
    fields = {k: v for k, v in fields.items() if v is not None}
    return RenderedDocument.from_pages("labour_contract", layout, pages, fields)


LAYOUTS = {name: (lambda p, r, _n=name, **ov: render(p, r, _n, **ov)) for name in LAYOUTS_META}

DRAWS = {"labour_contract": LAYOUTS}
