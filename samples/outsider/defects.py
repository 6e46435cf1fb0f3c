"""The realistic problems a packet can have, each tied to the SPEC §4 rule ids that must fire.

A defect is a small, named change to a clean story — the kind of thing that really happens: the permit still shows
the family's old house number, a clerk typed a look-alike character, the contract runs out next month, tax was
withheld by an agency (代缴), a month of tax is not on the print yet. `expectations` later checks that the rules a
defect declares are exactly the ones its drawn documents make fire.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable

from samples.outsider import people
from samples.outsider.dates import add_months, add_years, days, month_key, shift_month, tax_window
from samples.outsider.story import InsuranceRow, Story, _insurance, _tax_row, id_card_term_years


@dataclass(frozen=True)
class Defect:
    name: str
    rules: tuple[str, ...]
    area: str  # defects of one area are never combined (they would bend the same facts)
    apply: Callable[[random.Random, Story], None]
    first_only: bool = False
    hints: frozenset[str] = frozenset()


def _other_house_number(rng: random.Random, address: str) -> str:
    """The same address with the last number changed by a little: 38号 → 36号, 1503室 → 1505室."""
    matches = list(re.finditer(r"\d+", address))
    m = matches[-1] if not address.endswith("户") else matches[0]
    old = int(m.group())
    new = old + rng.choice((-2, -1, 1, 2, 10)) if old > 10 else old + rng.choice((1, 2, 3))
    return address[:m.start()] + str(new) + address[m.end():]


def permit_hukou_house_number(rng: random.Random, s: Story) -> None:
    s.permit.hukou_address = _other_house_number(rng, s.permit.hukou_address)


def permit_hukou_old_family_address(rng: random.Random, s: Story) -> None:
    """A collective-household holder whose permit still shows the family's village address."""
    s.permit.hukou_address = people.hukou_address(rng, s.person.region)


def _lookalike_on(kind: str) -> Callable[[random.Random, Story], None]:
    def apply(rng: random.Random, s: Story) -> None:
        wrong = people.lookalike_of(rng, s.person.name)
        if kind == "residence_permit":
            s.permit.name = wrong
        elif kind == "labour_contract":
            s.contracts[-1].employee_name = wrong
        elif kind == "tax_record":
            s.tax.name = wrong
        elif kind == "household_register_member":
            s.member.name = wrong
    return apply


def id_number_typo_on_contract(rng: random.Random, s: Story) -> None:
    s.contracts[-1].employee_id_number = people.other_valid_id(rng, s.person.id_number)


def id_number_typo_on_permit(rng: random.Random, s: Story) -> None:
    s.permit.id_number = people.other_valid_id(rng, s.person.id_number)


def _single_contract(s: Story, start: date, end) -> None:
    c = s.contracts[0]
    c.start, c.end, c.signing_date, c.renewal_of = start, end, start - days(3), None
    s.contracts = [c]


def contract_ends_soon(rng: random.Random, s: Story) -> None:
    end = s.as_of + days(rng.randint(5, 50))
    years = rng.choice((2, 3))
    _single_contract(s, add_years(end + days(1), -years), end)
    _reassign_tax_and_insurance(s)


def contract_already_ended(rng: random.Random, s: Story) -> None:
    end = s.as_of - days(rng.randint(10, 90))
    _single_contract(s, add_years(end + days(1), -rng.choice((1, 3))), end)
    _reassign_tax_and_insurance(s)


def contract_term_short(rng: random.Random, s: Story) -> None:
    """A new job on a trial-length contract: eleven months or less."""
    start = (s.as_of - days(rng.randint(100, 160))).replace(day=1)
    end = add_months(start, rng.choice((8, 10, 11))) - days(1)
    while end < add_months(s.as_of, 2) + days(5):
        end = add_months(end + days(1), 1) - days(1)
    _single_contract(s, start, end)
    s.contracts[0].probation_months = 1
    _reassign_tax_and_insurance(s)


def _reassign_tax_and_insurance(s: Story) -> None:
    start = month_key(s.contracts[0].start)
    for row in s.tax.rows if s.tax else []:
        if row.item == "工资薪金所得":
            row.agent = s.employer if row.period >= start else s.previous_employer
    for row in s.insurance.rows if s.insurance else []:
        row.employer = s.employer if row.month >= start else s.previous_employer


def tax_month_missing(rng: random.Random, s: Story) -> None:
    """A month between two jobs with no salary and so no tax row."""
    gone = rng.choice(tax_window(s.as_of)[:-1])
    s.tax.rows = [r for r in s.tax.rows if r.period != gone]


def tax_printed_too_early(rng: random.Random, s: Story) -> None:
    """The record was printed before the latest month of the window had been declared."""
    latest = tax_window(s.as_of)[-1]
    for row in s.tax.rows:
        if row.period == latest:
            row.declared_on = row.declared_on.replace(day=max(row.declared_on.day, 12))
            row.paid_on = row.declared_on + days(1)
    cut = min(r.declared_on for r in s.tax.rows if r.period == latest) - days(rng.randint(1, 8))
    s.tax.issue_date = cut
    s.tax.rows = [r for r in s.tax.rows if r.declared_on <= cut]
    s.tax.period_to = max(r.period for r in s.tax.rows)


def tax_withheld_by_agency(rng: random.Random, s: Story) -> None:
    agency = people.company(rng, agency=True)
    for row in s.tax.rows:
        if row.agent == s.employer:
            row.agent = agency
            row.office = f"国家税务总局上海市{agency.district}税务局"


def tax_from_a_new_employer(rng: random.Random, s: Story) -> None:
    """Changed job three months ago and handed in the old contract."""
    new = people.company(rng)
    cut = shift_month(tax_window(s.as_of)[-1], -2)
    for row in s.tax.rows:
        if row.period >= cut and row.item == "工资薪金所得":
            row.agent = new


def permit_expired(rng: random.Random, s: Story) -> None:
    until = s.as_of - days(rng.randint(3, 80))
    s.permit.valid_until = until
    s.permit.valid_from = s.permit.issue_date = add_years(until + days(1), -1)


def id_card_expired(rng: random.Random, s: Story) -> None:
    card = s.id_card
    for _ in range(200):
        until = s.as_of - days(rng.randint(5, 240))
        for years in (10, 20):
            start = add_years(until, -years)
            age = start.year - s.person.born.year - ((start.month, start.day) < (s.person.born.month, s.person.born.day))
            if age >= 16 and id_card_term_years(age) == years:
                card.valid_from, card.valid_until = start, until
                return
    raise ValueError("no expired ID card fits this age")


def age_over_sixty(rng: random.Random, s: Story) -> None:
    age = rng.randint(61, 63)
    born = add_years(s.as_of, -age) - days(rng.randint(1, 300))
    number = people.id_number(rng, s.person.region, born, s.person.female)
    s.person.born, s.person.id_number = born, number
    for doc in (s.id_card, s.permit, s.member, s.collective, s.tax, s.insurance, *s.contracts):
        if doc is None:
            continue
        for attr in ("id_number", "employee_id_number"):
            if hasattr(doc, attr):
                setattr(doc, attr, number)
        if hasattr(doc, "born"):
            doc.born = born
    s.id_card.valid_from = s.as_of - days(rng.randint(400, 3000))
    s.id_card.valid_until = "long_term"
    s.diploma = s.degree = None
    s.chsi_report = False
    if s.marriage is not None:
        s.marriage.holder_born, s.marriage.holder_id = born, number
        s.marriage.spouse_born = born + days(rng.randint(-700, 700))
        s.marriage.registration_date = add_years(born, 26)
        s.marriage.spouse_id = people.id_number(rng, rng.choice(people.REGIONS), s.marriage.spouse_born,
                                                s.marriage.spouse_sex == "女")


def _omit(*kinds: str) -> Callable[[random.Random, Story], None]:
    def apply(rng: random.Random, s: Story) -> None:
        s.omitted.update(kinds)
    return apply


def _ensure_insurance(rng: random.Random, s: Story):
    if s.insurance is None:
        s.insurance = _insurance(rng, s)
    return s.insurance


def insurance_back_payments(rng: random.Random, s: Story) -> None:
    """The last seven months were paid late in one go (补缴), nothing for the current months."""
    record = _ensure_insurance(rng, s)
    this_month = month_key(s.as_of)
    record.rows = [r for r in record.rows if r.month < this_month]
    for r in record.rows:
        if r.month >= shift_month(this_month, -7):
            r.back_payment = True


def insurance_stopped(rng: random.Random, s: Story) -> None:
    """The employer stopped paying three months ago."""
    record = _ensure_insurance(rng, s)
    stop = shift_month(month_key(s.as_of), -rng.randint(2, 4))
    record.rows = [r for r in record.rows if r.month <= stop]


def insurance_via_agency(rng: random.Random, s: Story) -> None:
    record = _ensure_insurance(rng, s)
    agency = people.company(rng, agency=True)
    for r in record.rows:
        if r.employer == s.employer:
            r.employer = agency


CATALOGUE: tuple[Defect, ...] = (
    Defect("permit_hukou_house_number", ("address.hukou_mismatch",), "hukou", permit_hukou_house_number, True),
    Defect("permit_hukou_old_family_address", ("address.hukou_mismatch",), "hukou",
           permit_hukou_old_family_address, True, frozenset({"collective"})),
    Defect("name_lookalike_on_permit", ("identity.name_mismatch",), "name", _lookalike_on("residence_permit"),
           hints=frozenset({"lookalike_name"})),
    Defect("name_lookalike_on_contract", ("identity.name_mismatch",), "name", _lookalike_on("labour_contract"),
           hints=frozenset({"lookalike_name"})),
    Defect("name_lookalike_on_tax_record", ("identity.name_mismatch",), "name", _lookalike_on("tax_record"),
           hints=frozenset({"lookalike_name"})),
    Defect("name_lookalike_on_household_page", ("identity.name_mismatch",), "name",
           _lookalike_on("household_register_member"), True, frozenset({"lookalike_name", "booklet"})),
    Defect("id_number_typo_on_contract", ("identity.id_number_mismatch",), "id", id_number_typo_on_contract),
    Defect("id_number_typo_on_permit", ("identity.id_number_mismatch",), "id", id_number_typo_on_permit),
    Defect("contract_ends_within_two_months", ("contract.ends_within_two_months",), "contract", contract_ends_soon),
    Defect("contract_already_ended", ("contract.ends_within_two_months",), "contract", contract_already_ended),
    Defect("contract_term_under_one_year", ("contract.term_too_short",), "contract", contract_term_short),
    Defect("tax_month_missing", ("tax.missing_months",), "tax", tax_month_missing),
    Defect("tax_printed_before_latest_declaration", ("tax.missing_months",), "tax", tax_printed_too_early),
    Defect("tax_withheld_by_agency", ("employer.mismatch",), "tax", tax_withheld_by_agency),
    Defect("tax_from_new_employer_old_contract", ("employer.mismatch",), "tax", tax_from_a_new_employer),
    Defect("permit_expired", ("permit.expired",), "permit", permit_expired),
    Defect("id_card_expired", ("id_card.expired",), "id_card", id_card_expired),
    Defect("age_over_sixty", ("applicant.age_out_of_range",), "age", age_over_sixty),
    Defect("missing_household_register", ("packet.missing_document",), "missing",
           _omit("household_register_cover", "household_register_member", "collective_hukou_certificate"), True),
    Defect("missing_household_member_page", ("packet.missing_document",), "missing",
           _omit("household_register_member"), True, frozenset({"booklet"})),
    Defect("missing_tax_record", ("packet.missing_document",), "missing", _omit("tax_record")),
    Defect("missing_labour_contract", ("packet.missing_document",), "missing", _omit("labour_contract")),
    Defect("missing_residence_permit", ("packet.missing_document",), "missing", _omit("residence_permit")),
    Defect("insurance_back_payments", ("social_insurance.insufficient_months", "social_insurance.not_paying"),
           "insurance", insurance_back_payments, hints=frozenset({"insurance"})),
    Defect("insurance_stopped", ("social_insurance.not_paying",), "insurance", insurance_stopped,
           hints=frozenset({"insurance"})),
    Defect("insurance_paid_by_agency", ("employer.mismatch",), "insurance", insurance_via_agency,
           hints=frozenset({"insurance"})),
)

# areas whose defects would hide each other's effect (no contract → no employer check; no tax record → no months)
CONFLICTS = {("missing", "tax"), ("missing", "contract"), ("missing", "name"), ("missing", "id"),
             ("missing", "hukou"), ("missing", "permit"), ("contract", "tax"), ("contract", "insurance"),
             ("tax", "insurance"), ("age", "id_card"), ("age", "id"), ("name", "age")}


def compatible(a: Defect, b: Defect) -> bool:
    return a.area != b.area and (a.area, b.area) not in CONFLICTS and (b.area, a.area) not in CONFLICTS


def choose(rng: random.Random, application: str, how_many: int) -> list[Defect]:
    usable = [d for d in CATALOGUE if application == "first" or not d.first_only]
    first = rng.choice(usable)
    chosen = [first]
    if how_many > 1:
        others = [d for d in usable if compatible(first, d)]
        if others:
            chosen.append(rng.choice(others))
    return chosen


def by_name(name: str) -> Defect:
    return next(d for d in CATALOGUE if d.name == name)
