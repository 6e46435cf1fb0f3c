"""derive(truth): expected rules, verdict and points from a truth file's values,
by this set's own reading of SPEC §4-§6 (see README.md, "Reading SPEC").

Only documents with person == "applicant" are the applicant's papers; a
spouse's or another family member's papers are never compared with them
(except the spouse's papers that support spouse_shanghai_hukou)."""
from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from .common import completed_years, d, id_valid, month_add, month_of, norm

ERROR = {
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
    "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "id_card.expired",
    "applicant.age_out_of_range", "contract.term_too_short", "contract.ends_within_two_months",
    "tax.missing_months", "employer.mismatch", "social_insurance.insufficient_months",
    "social_insurance.not_paying",
}
WARNING = {"permit.too_recent", "field.unreadable", "quality.unreadable_page", "points.below_standard",
           "points.claim_unsupported"}

EDU_DECL = {"大专": 50, "本科": 60, "本科+学士": 90, "硕士": 100, "博士": 110}
TITLE_DECL = {"技能五级": 15, "技能四级": 30, "技能三级": 60, "初级职称": 60, "技能二级": 100, "中级职称": 100,
              "技能一级": 140, "高级职称": 140}
FULL_TIME = {"普通全日制", "全日制"}
STANDARD = 120


def tax_window(as_of: dt.date):
    """The six latest months M whose deadline (15th of M+1) is on or before as_of."""
    m = month_of(as_of)
    last = None
    for k in range(0, 4):
        cand = month_add(m, -k)
        nxt = month_add(cand, 1)
        if d(nxt + "-15") <= as_of:
            last = cand
            break
    return [month_add(last, -i) for i in range(5, -1, -1)]


def working_days_after(issue: dt.date, as_of: dt.date) -> int:
    import chinese_calendar
    n, day = 0, issue + dt.timedelta(days=1)
    while day <= as_of:
        if chinese_calendar.is_workday(day):
            n += 1
        day += dt.timedelta(days=1)
    return n


def age_points(age: int) -> int:
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def _date_or_none(s):
    try:
        return d(s)
    except Exception:
        return None


def derive(truth: dict) -> dict:
    as_of = d(truth["as_of"])
    app = truth.get("application", "first")
    docs = [x for x in truth["documents"] if x["type"] != "unknown"]
    mine = [x for x in docs if x.get("person", "applicant") == "applicant"]

    def of(t, who=None):
        src = mine if who is None else [x for x in docs if x.get("person") == who]
        return [x for x in src if x["type"] == t]

    rules = set()
    # ---- packet.missing_document
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    missing = [t for t in need if not of(t)]
    if app == "first" and not of("collective_hukou_certificate") and not (
            of("household_register_cover") and of("household_register_member")):
        missing.append("household_register")
    if missing:
        rules.add("packet.missing_document")

    # ---- identity
    for x in docs:
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            v = x["fields"].get(k)
            if v and not id_valid(v):
                rules.add("identity.id_number_invalid")
    names, ids = set(), set()
    for x in mine:
        f = x["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if f.get(k):
                names.add(norm(f[k]))
        if x["type"] == "marriage_certificate":
            continue
        for k in ("id_number", "employee_id_number"):
            if f.get(k):
                ids.add(f[k].upper())
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")

    # ---- address
    permits = of("residence_permit")
    hukou_addrs = [norm(x["fields"]["address"]) for x in of("household_register_cover") + of("collective_hukou_certificate")
                   if x["fields"].get("address")]
    for p in permits:
        ha = p["fields"].get("hukou_address")
        if ha and hukou_addrs and any(norm(ha) != a for a in hukou_addrs):
            rules.add("address.hukou_mismatch")

    # ---- permit
    for p in permits:
        f = p["fields"]
        vu = _date_or_none(f.get("valid_until", ""))
        if vu and vu < as_of:
            rules.add("permit.expired")
        iss = _date_or_none(f.get("issue_date", ""))
        if iss and working_days_after(iss, as_of) < 5:
            rules.add("permit.too_recent")

    # ---- id card / age
    birth = None
    for x in of("id_card"):
        vu = x["fields"].get("valid_until")
        if vu and vu != "long_term" and d(vu) < as_of:
            rules.add("id_card.expired")
        if x["fields"].get("birth_date"):
            birth = birth or d(x["fields"]["birth_date"])
    if birth is None:
        for x in mine:
            v = x["fields"].get("id_number") or x["fields"].get("employee_id_number")
            if v and id_valid(v):
                birth = dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
                break
    age = completed_years(birth, as_of) if birth else None
    if age is not None and (age < 18 or age > 60):
        rules.add("applicant.age_out_of_range")

    # ---- contract
    contracts = of("labour_contract")
    for c in contracts:
        f = c["fields"]
        if f.get("open_ended"):
            continue
        s0, e0 = _date_or_none(f.get("start_date", "")), _date_or_none(f.get("end_date", ""))
        if s0 and e0 and e0 + dt.timedelta(days=1) < s0 + relativedelta(years=1):
            rules.add("contract.term_too_short")
        if e0 and e0 < as_of + relativedelta(months=2):
            rules.add("contract.ends_within_two_months")

    # ---- tax
    taxes = of("tax_record")
    tax_rows = [rw for t in taxes for rw in t.get("rows", [])]
    if taxes:
        have = {rw["period"] for rw in tax_rows}
        if any(m not in have for m in tax_window(as_of)):
            rules.add("tax.missing_months")

    # ---- employer
    sis = of("social_insurance_record")
    si_rows = [rw for s in sis for rw in s.get("rows", [])]
    for c in contracts:
        emp = norm(c["fields"].get("employer", ""))
        if tax_rows:
            latest = max(rw["period"] for rw in tax_rows)
            agents = {norm(rw["withholding_agent"]) for rw in tax_rows if rw["period"] == latest}
            if emp not in agents:
                rules.add("employer.mismatch")
        if si_rows:
            latest = max(rw["month"] for rw in si_rows)
            emps = {norm(rw["employer"]) for rw in si_rows if rw["month"] == latest}
            if emp not in emps:
                rules.add("employer.mismatch")

    # ---- social insurance
    if sis:
        am = month_of(as_of)
        regular = {rw["month"] for rw in si_rows if not rw.get("back_payment")}
        last12 = [month_add(am, -k) for k in range(1, 13)]
        if sum(1 for m in last12 if m in regular) < 6:
            rules.add("social_insurance.insufficient_months")
        if am not in regular and month_add(am, -1) not in regular:
            rules.add("social_insurance.not_paying")

    # ---- points
    pts, unsupported = points(truth, mine, docs, as_of, age)
    if unsupported:
        rules.add("points.claim_unsupported")
    if pts["estimate"] < STANDARD:
        rules.add("points.below_standard")

    out_rules = sorted(rules)
    verdict = "fix" if rules & ERROR else "review" if rules & WARNING else "ready"
    return {"expected_rules": out_rules, "verdict": verdict, "points": pts}


def points(truth, mine, docs, as_of, age):
    decl = truth.get("declarations") or {}
    items = {}
    unsupported = []
    if age is not None:
        items["age"] = age_points(age)

    # education from documents
    dips = [x for x in mine if x["type"] == "diploma"]
    degs = [x for x in mine if x["type"] == "degree_certificate"]
    dip_levels = {x["fields"].get("level") for x in dips}
    deg_levels = {x["fields"].get("level") for x in degs}
    cand = []  # (points, supported)
    for x in dips:
        lv = x["fields"].get("level", "")
        adult = x["fields"].get("study_mode", "普通全日制") not in FULL_TIME and lv in ("专科", "大专", "本科")
        if lv in ("专科", "大专"):
            cand.append((50, not adult))
        elif lv == "本科":
            cand.append((90 if "学士" in deg_levels else 60, not adult))
        elif lv == "硕士研究生":
            cand.append((100 if "硕士" in deg_levels else 60, True))
        elif lv == "博士研究生":
            cand.append((110 if "博士" in deg_levels else 100, True))
    if "学士" in deg_levels and "本科" not in dip_levels:
        cand.append((90, False))
    if "硕士" in deg_levels and "硕士研究生" not in dip_levels:
        cand.append((100, False))
    if "博士" in deg_levels and "博士研究生" not in dip_levels:
        cand.append((110, False))
    edu = 0
    if cand:
        best = max(c[0] for c in cand)
        edu = best
        if not any(c[0] == best and c[1] for c in cand):
            unsupported.append("education")
        de = decl.get("education")
        if de and EDU_DECL[de] > edu:
            unsupported.append("education")
    elif decl.get("education"):
        edu = EDU_DECL[decl["education"]]
        unsupported.append("education")
    title = TITLE_DECL.get(decl.get("title_or_skill", ""), 0)
    if edu or title:
        if title > edu:
            items["title_or_skill"] = title
        else:
            items["education"] = edu

    # social insurance years
    if decl.get("social_insurance_months") is not None:
        v = 3 * (int(decl["social_insurance_months"]) // 12)
        if v:
            items["social_insurance_years"] = v
    else:
        sis = [x for x in mine if x["type"] == "social_insurance_record"]
        months = {rw["month"] for s in sis for rw in s.get("rows", []) if not rw.get("back_payment")}
        v = 3 * (len(months) // 12)
        if v:
            items["social_insurance_years"] = v

    if decl.get("shortage_major"):
        items["shortage_major"] = 30

    if decl.get("spouse_shanghai_hukou"):
        certs = [x for x in docs if x["type"] == "marriage_certificate"]
        reg = None
        for c in certs:
            v = _date_or_none(c["fields"].get("registration_date", ""))
            if v:
                reg = v
                break
        if reg is None:
            unsupported.append("spouse_shanghai_hukou")
        else:
            yrs = completed_years(reg, as_of)
            v = min(40, 4 * yrs)
            if v:
                items["spouse_shanghai_hukou"] = v
            sp_id = [x for x in docs if x["type"] == "id_card" and x.get("person") == "spouse"]
            sp_cover = [x for x in docs if x["type"] == "household_register_cover" and x.get("person") == "spouse"
                        and norm(x["fields"].get("address", "")).startswith("上海")]
            sp_member = [x for x in docs if x["type"] == "household_register_member" and x.get("person") == "spouse"]
            if not (sp_id and sp_cover and sp_member):
                unsupported.append("spouse_shanghai_hukou")

    if decl.get("fresh_graduate"):
        items["fresh_graduate"] = 10
        ok = False
        for x in dips:
            g = _date_or_none(x["fields"].get("graduation_date", ""))
            if g and as_of - relativedelta(years=1) <= g <= as_of and x["fields"].get("study_mode", "普通全日制") in FULL_TIME:
                ok = True
        if not ok:
            unsupported.append("fresh_graduate")
    if decl.get("suburban_work_years"):
        items["suburban_work"] = 2 * int(decl["suburban_work_years"])
    if decl.get("public_service_years"):
        items["public_service"] = 4 * int(decl["public_service_years"])
    if decl.get("high_base_tier"):
        items["high_base_social_insurance"] = int(decl["high_base_tier"])
    if decl.get("award"):
        items["award"] = int(decl["award"])
    items = {k: v for k, v in items.items() if v}
    return {"standard": STANDARD, "estimate": sum(items.values()), "items": items}, unsupported
