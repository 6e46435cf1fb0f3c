"""One applicant's situation as facts: who they are and what each of their documents says.

Every document keeps its own copy of the values it prints (a name, an ID number, an address), so a defect can make
one document differ from the others exactly as a clerk's slip or an outdated paper would. A story starts clean:
consistent across documents and valid on as_of; `defects` then bends it.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Optional, Union

from samples.outsider import people
from samples.outsider.dates import (add_months, add_years, completed_age, days, month_key, months_between,
                                    shift_month, tax_window)
from samples.outsider.people import Company, Region

LongTerm = str  # the literal "long_term"


@dataclass
class Person:
    name: str
    female: bool
    ethnicity: str
    born: date
    id_number: str
    region: Region
    hukou_address: str
    residence_address: str
    residence_district: str

    @property
    def sex(self) -> str:
        return "女" if self.female else "男"


@dataclass
class IdCard:
    name: str
    sex: str
    ethnicity: str
    born: date
    address: str
    id_number: str
    authority: str
    valid_from: date
    valid_until: Union[date, LongTerm]


@dataclass
class Permit:
    name: str
    sex: str
    id_number: str
    hukou_address: str
    residence_address: str
    issue_date: date
    valid_from: date
    valid_until: date
    office: str


@dataclass
class HouseholdCover:
    household_type: str
    head_name: str
    household_number: str
    address: str
    issue_date: date
    station: str


@dataclass
class HouseholdMember:
    name: str
    relation: str
    sex: str
    birthplace: str
    ethnicity: str
    native_place: str
    born: date
    id_number: str
    education: str
    marital_status: str
    employer: str  # 服务处所, "" when left blank
    occupation: str
    height: str
    registration_date: date
    moved_in: str
    station: str


@dataclass
class CollectiveCertificate:
    name: str
    sex: str
    id_number: str
    address: str
    issue_date: date
    station: str


@dataclass
class Contract:
    employer: Company
    employee_name: str
    employee_id_number: str
    employee_address: str
    start: date
    end: Optional[date]  # None: 无固定期限
    signing_date: date
    probation_months: int
    job: str
    renewal_of: Optional["Contract"] = None  # a 续订书 extends this contract

    @property
    def open_ended(self) -> bool:
        return self.end is None


@dataclass
class TaxRow:
    period: str  # YYYY-MM, the month of 税款所属期
    agent: Company
    amount: str  # "1234.56"
    item: str  # 工资薪金所得, 全年一次性奖金收入, 劳务报酬所得
    declared_on: date
    paid_on: date
    office: str
    income: str


@dataclass
class TaxRecord:
    name: str
    id_number: str
    issue_date: date
    period_from: str
    period_to: str
    rows: list[TaxRow]


@dataclass
class InsuranceRow:
    month: str
    employer: Company
    base: str  # "9860.00"
    back_payment: bool


@dataclass
class InsuranceRecord:
    name: str
    id_number: str
    printed_on: date
    rows: list[InsuranceRow]


@dataclass
class Diploma:
    name: str
    sex: str
    born: date
    school: str
    major: str
    level: str  # 本科, 专科, 硕士研究生
    years: int
    start: date
    graduation_date: date
    number: str
    self_study: bool
    president: str


@dataclass
class Degree:
    name: str
    sex: str
    born: date
    school: str
    major: str
    level: str  # 学士, 硕士
    discipline: str  # 工学, 管理学 …
    date: date
    number: str
    chairman: str


@dataclass
class Marriage:
    holder_name: str
    holder_sex: str
    holder_born: date
    holder_id: str
    spouse_name: str
    spouse_sex: str
    spouse_born: date
    spouse_id: str
    registration_date: date
    number: str
    registry: str


@dataclass
class Story:
    as_of: date
    application: str
    person: Person
    id_card: IdCard
    permit: Permit
    cover: Optional[HouseholdCover]
    member: Optional[HouseholdMember]
    collective: Optional[CollectiveCertificate]
    contracts: list[Contract]
    tax: Optional[TaxRecord]
    insurance: Optional[InsuranceRecord] = None
    diploma: Optional[Diploma] = None
    degree: Optional[Degree] = None
    chsi_report: bool = False
    marriage: Optional[Marriage] = None
    extras: list[str] = field(default_factory=list)
    previous_employer: Optional[Company] = None
    only_id_front: bool = False
    omitted: set[str] = field(default_factory=set)  # document kinds left out of the packet (a defect)

    @property
    def employer(self) -> Company:
        return self.contracts[-1].employer


JOBS = ("软件工程师", "销售代表", "会计", "行政专员", "仓储主管", "质检员", "设计师", "客服专员", "项目经理",
        "护士", "厨师", "机修工", "采购专员", "运营专员")
EDUCATION_WORDS = {"专科": "大学专科", "本科": "大学本科", "硕士研究生": "研究生"}


def make(rng: random.Random, as_of: date, application: str, hints: frozenset[str] = frozenset()) -> Story:
    """A clean story for one applicant on as_of. hints ask for what a planned defect needs (a name with a
    look-alike character, a collective household, a social-insurance record)."""
    female = rng.random() < 0.5
    age = rng.randint(23, 54)
    born = add_years(as_of, -age) - days(rng.randint(1, 360))
    region = rng.choice(people.REGIONS)
    name = people.person_name(rng, female, with_lookalike="lookalike_name" in hints)
    ethnicity = rng.choice(people.ETHNICITIES)
    number = people.id_number(rng, region, born, female)
    collective = ("collective" in hints) or (application == "first" and "booklet" not in hints
                                             and rng.random() < 0.15)
    hukou = people.collective_address(rng, region) if collective else people.hukou_address(rng, region)
    home, district = people.shanghai_address(rng)
    person = Person(name, female, ethnicity, born, number, region, hukou, home, district)

    story = Story(as_of, application, person, _id_card(rng, person, as_of, collective), _permit(rng, person, as_of),
                  None, None, None, [], None)
    if application == "first":
        if collective:
            story.collective = _collective(rng, person, as_of)
        else:
            story.cover, story.member = _household(rng, person, as_of)
    _employment(rng, story)
    if "insurance" in hints or rng.random() < 0.35:
        story.insurance = _insurance(rng, story)
    if rng.random() < 0.45:
        _education(rng, story)
    if age >= 25 and rng.random() < 0.3:
        story.marriage = _marriage(rng, person, as_of)
        if story.member is not None:
            story.member.marital_status = "已婚"
    if rng.random() < 0.45:
        story.extras = rng.sample(["receipt", "rental", "bank_slip", "blank"], rng.choice((1, 1, 2)))
    return story


def id_card_term_years(age_at_issue: int) -> Optional[int]:
    """Validity of a 居民身份证 by age at issue: 16–25 ten years, 26–45 twenty, 46 and over long-term."""
    if age_at_issue < 26:
        return 10
    if age_at_issue < 46:
        return 20
    return None


def _id_card(rng: random.Random, p: Person, as_of: date, collective: bool) -> IdCard:
    for _ in range(100):
        valid_from = as_of - days(rng.randint(200, 19 * 365))
        age_then = completed_age(p.born, valid_from)
        if age_then < 16:
            continue
        years = id_card_term_years(age_then)
        until: Union[date, str] = "long_term" if years is None else add_years(valid_from, years)
        if until == "long_term" or until > as_of + days(90):
            break
    address = p.hukou_address
    if collective or rng.random() < 0.2:
        address = people.hukou_address(rng, p.region)  # the card still shows an older address: not a defect
    return IdCard(p.name, p.sex, p.ethnicity, p.born, address, p.id_number, p.region.police, valid_from, until)


def _permit(rng: random.Random, p: Person, as_of: date) -> Permit:
    issued = as_of - days(rng.randint(40, 330))
    return Permit(p.name, p.sex, p.id_number, p.hukou_address, p.residence_address, issued, issued,
                  add_years(issued, 1) - days(1), people.permit_office(p.residence_district))


def _station(rng: random.Random, region: Region) -> str:
    town = rng.choice(region.towns)
    town = town[:-1] if town[-1] in "镇乡" else town
    return f"{region.police}{town}派出所"


def _household(rng: random.Random, p: Person, as_of: date) -> tuple[HouseholdCover, HouseholdMember]:
    station = _station(rng, p.region)
    is_head = completed_age(p.born, as_of) > 30 and rng.random() < 0.35
    if is_head:
        head, relation = p.name, "户主"
    else:
        head = p.name[0] + people.person_name(rng, False)[1:]
        relation = rng.choice(("长女", "次女", "女")) if p.female else rng.choice(("长子", "次子", "子"))
    cover = HouseholdCover(rng.choice(("家庭户", "家庭户", "非农业家庭户", "农业家庭户", "居民家庭户")), head,
                           f"{rng.randint(10000000, 99999999):09d}", p.hukou_address,
                           date(rng.randint(2008, 2023), rng.randint(1, 12), rng.randint(1, 28)), station)
    birthplace = f"{p.region.province}{p.region.city or p.region.district}"
    native = f"{p.region.province[:2]}{(p.region.city or p.region.district)[:-1]}"
    member = HouseholdMember(p.name, relation, p.sex, birthplace, p.ethnicity, native, p.born, p.id_number,
                             rng.choice(("初中", "高中", "中专", "大学专科", "大学本科")), "未婚",
                             rng.choice(("", "", "务工", "上海")), rng.choice(("", "职员", "工人", "")),
                             f"{rng.randint(158, 185)}", p.born + days(rng.randint(20, 400)),
                             rng.choice(("", "出生登记")), station)
    return cover, member


def _collective(rng: random.Random, p: Person, as_of: date) -> CollectiveCertificate:
    return CollectiveCertificate(p.name, p.sex, p.id_number, p.hukou_address, as_of - days(rng.randint(3, 60)),
                                 _station(rng, p.region))


def _contract(rng: random.Random, story: Story, employer: Company, start: date, years: Optional[int]) -> Contract:
    p = story.person
    end = None if years is None else add_years(start, years) - days(1)
    return Contract(employer, p.name, p.id_number, p.residence_address, start, end,
                    start - days(rng.randint(0, 12)), rng.choice((1, 2, 3, 6)), rng.choice(JOBS))


def _employment(rng: random.Random, story: Story) -> None:
    """A contract valid well beyond as_of + 2 months (renewed by a 续订书 when the first one ran out), and the tax
    record of the months its employer (and, before it, a previous one) withheld."""
    as_of = story.as_of
    employer = people.company(rng)
    start = as_of - days(rng.randint(120, 2200))
    start = start.replace(day=1) if rng.random() < 0.6 else start
    years = rng.choice((1, 2, 3, 3, 3, 5, None))
    first = _contract(rng, story, employer, start, years)
    story.contracts = [first]
    if first.end is not None and first.end < as_of + days(75):
        renewal_start = first.end + days(1)
        renewed = _contract(rng, story, employer, renewal_start, rng.choice((3, 3, 5, None)))
        if renewed.end is not None and renewed.end < as_of + days(75):
            renewed = _contract(rng, story, employer, renewal_start, None)
        renewed.renewal_of = first
        renewed.signing_date = renewal_start - days(rng.randint(5, 30))
        renewed.probation_months = 0
        story.contracts.append(renewed)
    story.previous_employer = people.company(rng)
    story.tax = _tax_record(rng, story)


def tax_office(company: Company) -> str:
    return f"国家税务总局上海市{company.district}税务局"


def _tax_row(rng: random.Random, period: str, agent: Company, item: str = "工资薪金所得",
             zero: bool = False) -> TaxRow:
    declared = add_months(date(int(period[:4]), int(period[5:]), 1), 1).replace(day=rng.randint(3, 15))
    income = rng.uniform(6500, 38000)
    amount = 0.0 if zero else max(0.0, (income - 5000) * rng.uniform(0.02, 0.09))
    return TaxRow(period, agent, f"{amount:.2f}", item, declared, declared + days(rng.randint(0, 4)),
                  tax_office(agent), f"{income:.2f}")


def _tax_record(rng: random.Random, story: Story) -> TaxRecord:
    window = tax_window(story.as_of)
    latest = window[-1]
    first_month = shift_month(latest, -rng.randint(5, 13))
    rows = []
    job_start = month_key(story.contracts[0].start)
    low_earner = rng.random() < 0.15
    for period in months_between(first_month, shift_month(latest, 1)):
        agent = story.employer if period >= job_start else story.previous_employer
        rows.append(_tax_row(rng, period, agent, zero=low_earner and rng.random() < 0.5))
    bonus_month = f"{story.as_of.year}-0{rng.choice((1, 2, 3))}"
    if first_month <= bonus_month and rng.random() < 0.35:
        rows.append(_tax_row(rng, bonus_month, rows[0].agent if bonus_month < job_start else story.employer,
                             "全年一次性奖金收入"))
    if rng.random() < 0.2:
        rows.append(_tax_row(rng, rng.choice(window[1:]), people.company(rng), "劳务报酬所得"))
    rows.sort(key=lambda r: (r.period, r.item != "工资薪金所得"))
    # printed after the latest window month was declared, on or before as_of
    latest_declared = max(r.declared_on for r in rows if r.period == latest)
    issue = latest_declared + days(rng.randint(1, max(1, (story.as_of - latest_declared).days)))
    issue = min(issue, story.as_of)
    rows = [r for r in rows if r.declared_on <= issue]
    p = story.person
    return TaxRecord(p.name, p.id_number, issue, first_month, max(r.period for r in rows), rows)


def insurance_base(rng: random.Random, year: int) -> str:
    return f"{rng.randint(7460, 36921):.2f}"


def _insurance(rng: random.Random, story: Story) -> InsuranceRecord:
    as_of = story.as_of
    printed = as_of - days(rng.randint(0, 6))
    last = month_key(printed) if printed.day >= 10 else shift_month(month_key(printed), -1)
    first = shift_month(last, -rng.randint(12, 30))
    job_start = month_key(story.contracts[0].start)
    rows, base_by_year = [], {}
    for month in months_between(first, last):
        # the base changes each July
        key = int(month[:4]) if int(month[5:]) >= 7 else int(month[:4]) - 1
        base_by_year.setdefault(key, insurance_base(rng, key))
        employer = story.employer if month >= job_start else story.previous_employer
        rows.append(InsuranceRow(month, employer, base_by_year[key], False))
    p = story.person
    return InsuranceRecord(p.name, p.id_number, printed, rows)


def _education(rng: random.Random, story: Story) -> None:
    p = story.person
    level = rng.choice(("本科", "本科", "本科", "专科", "硕士研究生"))
    years = {"本科": 4, "专科": 3, "硕士研究生": rng.choice((2, 3))}[level]
    entry_age = 18 + (4 if level == "硕士研究生" else 0) + rng.randint(0, 1)
    start = date(p.born.year + entry_age, 9, 1)
    if start.year + years >= story.as_of.year:
        start = date(story.as_of.year - years - 1, 9, 1)
    grad = date(start.year + years, rng.choice((6, 7)), 1)
    grad = grad.replace(day=rng.choice((20, 28, 30))) if grad.month == 6 else grad.replace(day=rng.choice((1, 1, 5)))
    school = rng.choice(people.SCHOOLS)
    major, discipline = rng.choice(people.MAJORS)
    self_study = level != "硕士研究生" and rng.random() < 0.12
    if self_study:
        grad = date(grad.year, rng.choice((6, 12)), 30)
    code = f"{rng.randint(10000, 14999)}"
    story.diploma = Diploma(p.name, p.sex, p.born, school, major, level, years, start, grad,
                            f"{code}{1 if level == '本科' else 2 if level == '专科' else 3}{grad.year}{rng.randint(5, 6)}{rng.randint(1, 99999):05d}"[:18],
                            self_study, people.person_name(rng, rng.random() < 0.3))
    if level in ("本科", "硕士研究生") and not self_study and rng.random() < 0.8:
        story.degree = Degree(p.name, p.sex, p.born, school, major, "学士" if level == "本科" else "硕士",
                              discipline, grad, f"{code}{grad.year}{rng.randint(1000000, 9999999)}",
                              people.person_name(rng, False))
    story.chsi_report = rng.random() < 0.4
    if story.member is not None:
        story.member.education = EDUCATION_WORDS[level]


def _marriage(rng: random.Random, p: Person, as_of: date) -> Marriage:
    spouse_female = not p.female
    spouse_born = p.born + days(rng.randint(-1500, 1500))
    region = rng.choice(people.REGIONS)
    reg = as_of - days(rng.randint(200, 11 * 365))
    reg = max(reg, add_years(p.born, 22) + days(30), add_years(spouse_born, 22) + days(30))
    if reg > as_of - days(30):
        reg = as_of - days(60)
    district = rng.choice(sorted(people.SHANGHAI_DISTRICTS)) if rng.random() < 0.4 else p.region.district
    return Marriage(p.name, p.sex, p.born, p.id_number, people.person_name(rng, spouse_female),
                    "女" if spouse_female else "男", spouse_born,
                    people.id_number(rng, region, spouse_born, spouse_female), reg,
                    f"J{p.region.code if district == p.region.district else '310115'}-{reg.year}-{rng.randint(1, 9999):06d}",
                    f"{district}民政局")


def applicant_age(story: Story) -> int:
    return completed_age(story.person.born, story.as_of)
