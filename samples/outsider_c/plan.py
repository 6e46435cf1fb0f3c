"""Plan one packet: the applicant, the truth documents (fields as printed) and the planted defects.

A plan is redrawn until the rules computed from its truth documents (rules.py) are exactly the rules its defects
were meant to cause.
"""
from __future__ import annotations

import datetime as dt
import random

from dateutil.relativedelta import relativedelta

from . import rules as R
from .ids import typo_id_number
from .model import Facts, company, misspell, one_char_address, ym, ymd

DEFECTS: dict[str, tuple[str, list[str]]] = {
    # id: (group, intended rules)
    "hukou_address_one_char": ("hukou", ["address.hukou_mismatch"]),
    "missing_member_page": ("hukou", ["packet.missing_document"]),
    "missing_household_cover": ("hukou", ["packet.missing_document"]),
    "id_number_typo": ("idn", ["identity.id_number_invalid", "identity.id_number_mismatch"]),
    "name_misspelt": ("name", ["identity.name_mismatch"]),
    "permit_expired": ("permit", ["permit.expired"]),
    "permit_too_recent": ("permit", ["permit.too_recent"]),
    "missing_permit": ("permit", ["packet.missing_document"]),
    "id_card_expired": ("idcard", ["id_card.expired"]),
    "id_front_only": ("idcard", ["field.unreadable"]),
    "contract_ends_soon": ("contract", ["contract.ends_within_two_months"]),
    "contract_ended": ("contract", ["contract.ends_within_two_months"]),
    "contract_too_short": ("contract", ["contract.term_too_short"]),
    "missing_contract": ("contract", ["packet.missing_document"]),
    "tax_missing_month": ("tax", ["tax.missing_months"]),
    "tax_latest_not_printed": ("tax", ["tax.missing_months"]),
    "tax_by_agency": ("tax", ["employer.mismatch"]),
    "missing_tax_record": ("tax", ["packet.missing_document"]),
    "si_by_agency": ("si", ["employer.mismatch"]),
    "si_recent_back_payment": ("si", ["social_insurance.not_paying"]),
    "si_back_payment_only": ("si", ["social_insurance.insufficient_months", "social_insurance.not_paying"]),
    "si_too_few_months": ("si", ["social_insurance.insufficient_months"]),
    "adult_education_diploma": ("edu", ["points.below_standard", "points.claim_unsupported"]),
    "degree_without_diploma": ("edu", ["points.claim_unsupported"]),
    "no_education_papers": ("edu", ["points.below_standard"]),
    "older_applicant": ("edu", ["points.below_standard"]),
    "blank_back_page": ("blank", ["quality.unreadable_page"]),
}
RENEWAL_EXCLUDED = {"hukou_address_one_char", "missing_member_page", "missing_household_cover"}


def month_seq(a: str, b: str) -> list[str]:
    out, m = [], a
    while m <= b:
        out.append(m)
        m = R.month_add(m, 1)
    return out


def pick_defects(rng: random.Random, application: str, n: int, primary: str | None = None) -> list[str]:
    """n defects from distinct groups; primary (if given) is the first, so that a set covers every defect."""
    weights = {k: 1.0 for k in DEFECTS}
    for k in ("hukou_address_one_char", "id_number_typo", "name_misspelt", "contract_ends_soon", "tax_missing_month",
              "tax_by_agency", "si_by_agency", "adult_education_diploma", "degree_without_diploma"):
        weights[k] = 2.0
    out, groups = ([primary], {DEFECTS[primary][0]}) if primary and n else ([], set())
    while len(out) < n:
        cand = [k for k in DEFECTS if DEFECTS[k][0] not in groups
                and not (application == "renewal" and k in RENEWAL_EXCLUDED)]
        k = rng.choices(cand, [weights[c] for c in cand])[0]
        out.append(k)
        groups.add(DEFECTS[k][0])
    return out


def plan(rng: random.Random, as_of: dt.date, application: str, defects: list[str]) -> dict:
    D = set(defects)
    family = rng.random() < 0.82
    f = Facts(rng, as_of, older="older_applicant" in D, family=family)
    docs: list[dict] = []
    cur_m = ym(as_of)

    # 居民身份证
    idc = {"type": "id_card", "fields": {
        "name": f.name, "sex": f.sex, "ethnicity": f.ethnicity, "birth_date": ymd(f.birth), "address": f.id_address,
        "id_number": f.id_number, "issuing_authority": f.id_office, "valid_from": ymd(f.id_valid_from),
        "valid_until": f.id_valid_until}}
    if "id_card_expired" in D:
        until = as_of - dt.timedelta(days=rng.randint(8, 150))
        age_then = R.completed_age(f.birth, until - relativedelta(years=10))
        yrs = 10 if age_then < 26 else 20
        idc["fields"]["valid_until"] = ymd(until)
        idc["fields"]["valid_from"] = ymd(until - relativedelta(years=yrs))
    if "id_front_only" in D:
        for k in ("issuing_authority", "valid_from", "valid_until"):
            idc["fields"].pop(k)
        idc["front_only"] = True
    docs.append(idc)

    # 上海市居住证
    p_issue, p_until = f.permit_issue, f.permit_until
    if "permit_expired" in D:
        p_until = as_of - dt.timedelta(days=rng.randint(3, 70))
        p_issue = p_until - relativedelta(years=1) + dt.timedelta(days=1)
    if "permit_too_recent" in D:
        back = rng.randint(1, 5)
        p_issue = as_of - dt.timedelta(days=back)
        while R.working_days_after(p_issue, as_of) >= 5:
            p_issue += dt.timedelta(days=1)
        p_until = p_issue + relativedelta(years=1) - dt.timedelta(days=1)
    permit = {"type": "residence_permit", "fields": {
        "name": f.name, "id_number": f.id_number, "hukou_address": f.hukou_address,
        "residence_address": f.residence_address, "issue_date": ymd(p_issue), "valid_from": ymd(p_issue),
        "valid_until": ymd(p_until)}, "office": f.sh_office}
    if "missing_permit" not in D:
        docs.append(permit)

    # 户口簿 / 集体户口
    if application == "first" or rng.random() < 0.3:
        if family:
            cover = {"type": "household_register_cover", "fields": {
                "household_type": rng.choice(["家庭户", "家庭户", "非农业家庭户口", "居民家庭户"]),
                "head_name": f.head_name, "household_number": f.household_number, "address": f.hukou_address,
                "issue_date": ymd(f.hukou_issue)}, "office": f.hukou_office, "station": f.police_station}
            edu_word = "大学本科" if not f.masters else "研究生"
            member = {"type": "household_register_member", "fields": {
                "name": f.name, "relation_to_head": f.relation, "sex": f.sex, "birthplace": f.native,
                "ethnicity": f.ethnicity, "native_place": f.native, "birth_date": ymd(f.birth),
                "id_number": f.id_number, "education": edu_word,
                "marital_status": "已婚" if f.married else "未婚",
                "registration_date": ymd(f.hukou_issue + dt.timedelta(days=rng.randint(0, 60)))},
                "office": f.hukou_office, "station": f.police_station}
            if rng.random() < 0.5:
                member["fields"]["employer"] = f.employer["name"]
            if "missing_household_cover" not in D:
                docs.append(cover)
            if "missing_member_page" not in D:
                docs.append(member)
        else:
            coll = {"type": "collective_hukou_certificate", "fields": {
                "name": f.name, "id_number": f.id_number, "address": f.hukou_address,
                "issue_date": ymd(as_of - dt.timedelta(days=rng.randint(10, 80)))},
                "office": f.police_station, "sex": f.sex, "birth": f.birth}
            if "missing_member_page" not in D and "missing_household_cover" not in D:
                docs.append(coll)
    if "hukou_address_one_char" in D:
        permit["fields"]["hukou_address"] = one_char_address(f.hukou_address, rng)

    # 劳动合同
    renewal_page = None
    start = dt.date(as_of.year, as_of.month, 1) - relativedelta(months=rng.randint(2, 30))
    open_ended = rng.random() < 0.25
    years = rng.choice([3, 3, 3, 5, 2])
    end = start + relativedelta(years=years) - dt.timedelta(days=1)
    if not open_ended and end < as_of + relativedelta(months=2) + dt.timedelta(days=10):
        if rng.random() < 0.5:  # a 续订书 extends the expired term
            renewal_page = {"old_start": start - relativedelta(years=3), "old_end": start - dt.timedelta(days=1)}
            start = start
        end = start + relativedelta(years=3) - dt.timedelta(days=1)
        years = 3
    if not open_ended and rng.random() < 0.3 and renewal_page is None and start < as_of - relativedelta(months=14):
        # an older contract renewed by a 续订书 of one page
        renewal_page = {"old_start": start - relativedelta(years=3), "old_end": start - dt.timedelta(days=1)}
    if "contract_ends_soon" in D or "contract_ended" in D:
        open_ended = False
        end = as_of + dt.timedelta(days=rng.randint(3, 50)) if "contract_ends_soon" in D else as_of - dt.timedelta(days=rng.randint(5, 90))
        years = rng.choice([2, 3])
        start = end + dt.timedelta(days=1) - relativedelta(years=years)
        renewal_page = None
    if "contract_too_short" in D:
        open_ended = False
        start = dt.date(as_of.year, as_of.month, 1) - relativedelta(months=rng.randint(2, 4))
        end = start + relativedelta(months=rng.randint(7, 11)) - dt.timedelta(days=1)
        if end < as_of + relativedelta(months=2) + dt.timedelta(days=3):
            end = start + relativedelta(months=11) - dt.timedelta(days=1)
        renewal_page = None
    sign = start - dt.timedelta(days=rng.randint(0, 12))
    emp = f.employer
    contract = {"type": "labour_contract", "fields": {
        "employer": emp["name"], "employee_name": f.name, "employee_id_number": f.id_number,
        "start_date": ymd(start), "open_ended": open_ended, "signing_date": ymd(sign)},
        "company": emp, "years": years, "residence": f.residence_address, "hukou": f.hukou_address}
    if not open_ended:
        contract["fields"]["end_date"] = ymd(end)
    if renewal_page:
        renewal_page["sign"] = start - dt.timedelta(days=rng.randint(3, 20))
        contract["renewal"] = renewal_page
        contract["fields"]["signing_date"] = ymd(renewal_page["sign"])
    if "missing_contract" not in D:
        docs.append(contract)
    job_change = ym(start) if (f.prev_employer and renewal_page is None) else None

    # 个人所得税纳税记录
    window = R.tax_window(as_of)
    last = window[-1]
    deadline = dt.date(int(R.month_add(last, 1)[:4]), int(R.month_add(last, 1)[5:]), 15)
    issue = deadline + dt.timedelta(days=rng.randint(0, max(0, (as_of - deadline).days)))
    if "tax_latest_not_printed" in D:
        issue = deadline - dt.timedelta(days=rng.randint(2, 9))
        last = R.month_add(last, -1)
    first_m = R.month_add(window[0], -rng.randint(0, 14))
    if job_change and job_change > first_m:
        first_m = min(first_m, R.month_add(job_change, -rng.randint(2, 5)))
    base_tax = rng.uniform(120, 3200)
    rows = []
    extra_payer = company(rng)["name"] if rng.random() < 0.25 else None
    agency_from = R.month_add(last, -rng.randint(3, 8))
    for m in month_seq(first_m, last):
        agent = emp["name"]
        code = emp["code"]
        if job_change and m < job_change:
            agent, code = f.prev_employer["name"], f.prev_employer["code"]
        if "tax_by_agency" in D and m >= agency_from:
            agent, code = f.agency, f.agency_code
        amt = 0.0 if rng.random() < 0.06 else round(base_tax * rng.uniform(0.85, 1.15), 2)
        rows.append({"period": m, "withholding_agent": agent, "amount": f"{amt:.2f}", "_code": code, "_item": "正常工资薪金所得"})
        if m.endswith("-01") or (m.endswith("-03") and rng.random() < 0.4):
            if rng.random() < 0.5:
                rows.append({"period": m, "withholding_agent": agent, "amount": f"{rng.uniform(300, 9000):.2f}",
                             "_code": code, "_item": "全年一次性奖金收入"})
        if extra_payer and rng.random() < 0.3 and m != last:
            rows.append({"period": m, "withholding_agent": extra_payer, "amount": f"{rng.uniform(40, 800):.2f}",
                         "_code": None, "_item": "劳务报酬所得"})
    if "tax_missing_month" in D:
        gone = rng.choice(window[1:-1])
        rows = [r for r in rows if r["period"] != gone]
    tax = {"type": "tax_record", "fields": {"name": f.name, "id_number": f.id_number, "issue_date": ymd(issue)},
           "rows": rows, "record_from": first_m, "record_to": last}
    if "missing_tax_record" not in D:
        docs.append(tax)

    # 社保缴费记录
    want_si = rng.random() < 0.55 or any(DEFECTS[k][0] == "si" for k in D)
    if want_si:
        si_last = cur_m if (as_of.day > 18 and rng.random() < 0.5) else R.month_add(cur_m, -1)
        si_first = R.month_add(si_last, -rng.randint(11, 35))
        if "si_too_few_months" in D:
            si_first = R.month_add(si_last, -rng.randint(2, 4))
        base = rng.choice([7460, 8000, 9500, 11000, 13500, 16800, 21000, 26000, 37302])
        srows = []
        for m in month_seq(si_first, si_last):
            e = emp["name"]
            if job_change and m < job_change:
                e = f.prev_employer["name"]
            if m.endswith("-07") and m != si_first:
                base = min(37302, round(base * rng.uniform(1.0, 1.12)))
            srows.append({"month": m, "employer": e, "base": f"{base:.2f}", "back_payment": False})
        if "si_by_agency" in D:
            k = rng.randint(3, 10)
            for r in srows[-k:]:
                r["employer"] = f.agency
        if "si_recent_back_payment" in D:
            if srows[-1]["month"] == cur_m:
                srows = srows[:-1]
            for r in srows[-rng.randint(2, 3):]:
                r["back_payment"] = True
        if "si_back_payment_only" in D:
            srows = srows[-rng.randint(6, 12):]
            for r in srows:
                r["back_payment"] = True
        elif rng.random() < 0.2 and len(srows) > 20:  # an old 补缴 month (trap, not a defect)
            srows[rng.randint(0, 4)]["back_payment"] = True
        docs.append({"type": "social_insurance_record", "fields": {"name": f.name, "id_number": f.id_number},
                     "rows": srows})

    # education
    edu = [] if "no_education_papers" in D else ["diploma", "degree"]
    if "degree_without_diploma" in D:
        edu = ["degree"]
    if "adult_education_diploma" in D:
        edu = ["adult"]
    for kind in edu:
        if kind == "adult":
            docs.append({"type": "diploma", "adult_education": True, "fields": {
                "name": f.name, "school": f.school, "major": f.major, "level": "本科",
                "graduation_date": ymd(f.grad_date + relativedelta(years=rng.randint(4, 8)))},
                "sex": f.sex, "birth": f.birth, "cert_no": f.cert_no})
        elif f.masters:
            lvl = "硕士研究生" if kind == "diploma" else f"{f.discipline}硕士"
            docs.append({"type": "diploma" if kind == "diploma" else "degree_certificate", "fields": {
                "name": f.name, "school": f.ms_school, "major": f.major, "level": lvl,
                "graduation_date": ymd(f.ms_grad)}, "sex": f.sex, "birth": f.birth,
                "cert_no": f.cert_no if kind == "diploma" else f.degree_no, "years": 3, "enrol": dt.date(f.ms_grad.year - 3, 9, 1)})
        else:
            lvl = "本科" if kind == "diploma" else f"{f.discipline}学士"
            docs.append({"type": "diploma" if kind == "diploma" else "degree_certificate", "fields": {
                "name": f.name, "school": f.school, "major": f.major, "level": lvl,
                "graduation_date": ymd(f.grad_date)}, "sex": f.sex, "birth": f.birth,
                "cert_no": f.cert_no if kind == "diploma" else f.degree_no, "years": 4, "enrol": f.enrol})
    if f.married and rng.random() < 0.8:
        docs.append({"type": "marriage_certificate", "fields": {
            "holder_name": f.name, "spouse_name": f.spouse_name, "spouse_id_number": f.spouse_id,
            "registration_date": ymd(f.marriage_date)}, "no": f.marriage_no, "sex": f.sex, "birth": f.birth,
            "spouse_sex": f.spouse_sex, "spouse_birth": f.spouse_birth, "id_number": f.id_number})

    # planted identity defects on one document
    if "id_number_typo" in D:
        cand = [x for x in docs if x["type"] in R.ID_FIELDS and x["type"] != "id_card"]
        x = rng.choice(cand)
        k = R.ID_FIELDS[x["type"]]
        x["fields"][k] = typo_id_number(x["fields"][k], rng)
        x["defect"] = "id_number_typo"
    if "name_misspelt" in D:
        cand = [x for x in docs if x["type"] in R.NAME_FIELDS and x["type"] != "id_card"]
        x = rng.choice(cand)
        k = R.NAME_FIELDS[x["type"]]
        x["fields"][k] = misspell(x["fields"][k], rng)
        x["defect"] = "name_misspelt"
    return {"facts": f, "docs": docs, "defects": defects, "as_of": as_of, "application": application}
