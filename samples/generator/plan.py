"""The applicant of a packet and the papers that carry their points: education, social insurance, marriage, and the
spouse's Shanghai hukou. People and papers are chosen so that the points come out as the defects say: at least 120
and no unsupported claim in a packet without points defects (SPEC §6)."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from dateutil.relativedelta import relativedelta

from samples.generator.education import Paper, choose_education, finishing_age, papers
from samples.generator.months import months_ending
from samples.generator.people import Person, make_person, spouse_of
from samples.generator.points import completed_years, true_points

MAX_TRIES = 300
SHARE_SOCIAL_INSURANCE = 0.35
SOCIAL_INSURANCE_LENGTHS = (12, 12, 24, 36)  # months a record spans (REAL-DOCUMENTS: 12–36)
LONGEST_RECORD = 36
SHARE_MARRIAGE_CERTIFICATE = 0.5  # of married people
SHARE_SPOUSE_PAPERS = 0.4  # of those handing in the marriage certificate
MARRIAGE_AGE = 22
CLAIM_DEFECTS = ("degree_without_diploma", "adult_diploma_without_record", "postgraduate_without_degree")
# The 文化程度 a points defect needs: exactly one, or any but the one named.
EDUCATION_OF = {"only_dazhuan": "大学专科", "postgraduate_without_degree": "硕士研究生"}
NOT_EDUCATION_OF = {"degree_without_diploma": "大学专科", "adult_diploma_without_record": "大学专科"}


@dataclass
class PersonPlan:
    person: Person
    papers: list[Paper]
    si_months: int = 0  # 0: no social-insurance record
    married_on: Optional[date] = None
    marriage_certificate: bool = False
    spouse: Optional[Person] = None
    notes: list[str] = field(default_factory=list)


def plan_person(rng: random.Random, as_of: date, defects: list[str]) -> PersonPlan:
    for _ in range(MAX_TRIES):
        person = make_person(rng)
        education = _education_for(rng, completed_years(person.birth_date, as_of), defects)
        if education is None:
            continue
        person, married_on = _marriage(person.with_(education=education), rng, as_of)
        plan = PersonPlan(person, papers(person, rng, defects), _record_length(rng, defects), married_on)
        if married_on and rng.random() < SHARE_MARRIAGE_CERTIFICATE:
            plan.marriage_certificate = True
            if rng.random() < SHARE_SPOUSE_PAPERS:
                plan.spouse = spouse_of(person, rng)
        if _adjusted(plan, rng, as_of, defects):
            return plan
    raise RuntimeError(f"no person fits the defects {defects} after {MAX_TRIES} tries")


def _education_for(rng: random.Random, age: int, defects: list[str]) -> Optional[str]:
    education = choose_education(rng, age)
    for defect in defects:
        if defect in EDUCATION_OF:
            education = EDUCATION_OF[defect]
        elif NOT_EDUCATION_OF.get(defect) == education:
            education = "大学本科"
    return education if finishing_age(education) <= age else None


def _marriage(person: Person, rng: random.Random, as_of: date) -> tuple[Person, Optional[date]]:
    """The marriage registration date of a married person, at least MARRIAGE_AGE and before as-of; a person too young
    for that is unmarried."""
    earliest = person.birth_date + relativedelta(years=MARRIAGE_AGE)
    latest = as_of - timedelta(days=60)
    if not person.spouse_name or earliest >= latest:
        return person.with_(marital_status="未婚", spouse_name="", spouse_id_number=""), None
    return person, earliest + timedelta(days=rng.randint(0, (latest - earliest).days))


def _record_length(rng: random.Random, defects: list[str]) -> int:
    if "si_back_payments" in defects:
        return 12
    return rng.choice(SOCIAL_INSURANCE_LENGTHS) if rng.random() < SHARE_SOCIAL_INSURANCE else 0


def _adjusted(plan: PersonPlan, rng: random.Random, as_of: date, defects: list[str]) -> bool:
    """Move the papers that carry points so the estimate falls where the defects say; False when it cannot."""
    below = "only_dazhuan" in defects
    if below and _estimate(plan, as_of, defects)[0] >= 120:
        plan.spouse, plan.si_months = None, min(plan.si_months, 12)
    if not below and _estimate(plan, as_of, defects)[0] < 120 and plan.married_on:
        plan.marriage_certificate, plan.spouse = True, plan.spouse or spouse_of(plan.person, rng)
    if not below and _estimate(plan, as_of, defects)[0] < 120 and "si_back_payments" not in defects:
        plan.si_months = LONGEST_RECORD
    estimate, claims = _estimate(plan, as_of, defects)
    wants_claim = any(d in CLAIM_DEFECTS for d in defects)
    return (estimate < 120) == below and bool(claims) == wants_claim


def _estimate(plan: PersonPlan, as_of: date, defects: list[str]) -> tuple[int, list[str]]:
    points, claims = true_points(planned_documents(plan, as_of, defects), as_of)
    return points["estimate"], claims


def planned_documents(plan: PersonPlan, as_of: date, defects: list[str]) -> list[dict]:
    """The facts of the points papers as truth documents, before they are drawn."""
    person = plan.person
    documents = [{"type": "id_card", "fields": {"birth_date": person.birth_date.isoformat(), "id_number": person.id_number}}]
    for paper in plan.papers:
        doc_type = "degree_certificate" if paper.doc_type == "degree_certificate" else "diploma"
        documents.append({"type": doc_type, "fields": {"level": paper.level, "study_mode": paper.kind,
                                                       "online_record": paper.doc_type == "xuexin_record"}})
    if plan.si_months:
        months = months_ending(as_of, plan.si_months)
        back = set(months[:-1]) if "si_back_payments" in defects else set()
        documents.append({"type": "social_insurance_record", "fields": {},
                          "rows": [{"month": m, "back_payment": m in back} for m in months]})
    if plan.marriage_certificate:
        documents.append({"type": "marriage_certificate", "fields": {"spouse_id_number": person.spouse_id_number,
                                                                     "registration_date": plan.married_on.isoformat()}})
    if plan.spouse is not None:
        spouse = plan.spouse
        documents += [{"type": "id_card", "fields": {"birth_date": spouse.birth_date.isoformat(), "id_number": spouse.id_number}},
                      {"type": "household_register_cover", "fields": {"address": spouse.hukou_address}},
                      {"type": "household_register_member", "fields": {"id_number": spouse.id_number}}]
    return documents
