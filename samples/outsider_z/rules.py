"""derive(truth) -> expected_rules, verdict, points, by this set's reading of
SPEC §4-§6. Only the truth's `as_of`, `application`, `declarations` and
`documents` are read. See README.md, "Reading of the SPEC", for the choices
made where the SPEC leaves room.
"""
from __future__ import annotations

import datetime as _dt

from .util import (add_months, completed_age, d, id_valid, month_add, month_range,
                   month_str, norm, working_days_after)

ERRORS = {
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
    "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired",
    "id_card.expired", "applicant.age_out_of_range", "contract.term_too_short",
    "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
    "social_insurance.insufficient_months", "social_insurance.not_paying",
}
WARNINGS = {
    "permit.too_recent", "field.unreadable", "quality.unreadable_page",
    "points.below_standard", "points.claim_unsupported",
}

STANDARD = 120

# (type, field) carrying the applicant's name / ID number
NAME_FIELDS = [
    ("id_card", "name"), ("residence_permit", "name"), ("household_register_member", "name"),
    ("collective_hukou_certificate", "name"), ("labour_contract", "employee_name"),
    ("tax_record", "name"), ("social_insurance_record", "name"), ("diploma", "name"),
    ("degree_certificate", "name"), ("marriage_certificate", "holder_name"),
]
ID_FIELDS = [
    ("id_card", "id_number"), ("residence_permit", "id_number"),
    ("household_register_member", "id_number"), ("collective_hukou_certificate", "id_number"),
    ("labour_contract", "employee_id_number"), ("tax_record", "id_number"),
    ("social_insurance_record", "id_number"),
]
ALL_ID_FIELDS = ID_FIELDS + [("marriage_certificate", "spouse_id_number")]

TITLE_POINTS = {"技能五级": 15, "技能四级": 30, "技能三级": 60, "技能二级": 100, "中级职称": 100,
                "技能一级": 140, "高级职称": 140}
EDU_DECLARED = {"大专": 50, "专科": 50, "本科": 60, "本科学士": 90, "硕士": 100, "博士": 110}
FULL_TIME = "普通全日制"


def _is_applicant(doc):
    return doc.get("person", "applicant") == "applicant"


def tax_window(as_of: _dt.date):
    """Six latest months M whose deadline (15th of M+1) is on or before as_of."""
    m = month_str(as_of)
    latest = month_add(m, -1) if as_of.day >= 15 else month_add(m, -2)
    return [month_add(latest, -k) for k in range(5, -1, -1)]


def age_points(age: int) -> int:
    if age < 18 or age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def _education(docs, as_of):
    """-> (points, unsupported: bool, level_word) from diplomas/degrees."""
    diplomas = [x for x in docs if x["type"] == "diploma"]
    degrees = [x for x in docs if x["type"] == "degree_certificate"]
    best = 0
    unsupported = False

    def has_dip(level):
        return [x for x in diplomas if x["fields"].get("level") == level]

    def dip_supported(dl):
        # full-time paper diploma, or any diploma backed by the 学信网 record (学籍 papers)
        for x in dl:
            if x["fields"].get("online_record"):
                return True
        return all(x["fields"].get("study_mode", FULL_TIME) == FULL_TIME for x in dl)

    for lvl, base, deg_lvl, with_deg in [("专科", 50, None, 50), ("本科", 60, "学士", 90),
                                          ("硕士研究生", None, "硕士", 100),
                                          ("博士研究生", None, "博士", 110)]:
        dl = has_dip(lvl)
        gl = [x for x in degrees if deg_lvl and x["fields"].get("level") == deg_lvl]
        pts = 0
        if dl and gl:
            pts = with_deg
        elif dl:
            pts = base or 0
            if base is None:  # a 研究生 diploma without its degree: counts as 本科 level at least
                pts = 90 if lvl == "硕士研究生" else 100
        elif gl:
            pts = with_deg  # degree without its diploma: counted, but unsupported
        if pts > best:
            best = pts
            unsupported = False
            if gl and not dl:
                unsupported = True
            if dl and not dip_supported(dl):
                unsupported = True
    return best, unsupported


def derive(truth: dict) -> dict:
    as_of = d(truth["as_of"])
    app = truth.get("application", "first")
    decl = truth.get("declarations") or {}
    all_docs = truth["documents"]
    docs = [x for x in all_docs if _is_applicant(x)]
    by = {}
    for x in docs:
        by.setdefault(x["type"], []).append(x)
    rules = set()

    # ---- packet.missing_document
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if any(t not in by for t in need):
        rules.add("packet.missing_document")
    if app == "first":
        booklet = "household_register_cover" in by and "household_register_member" in by
        if not booklet and "collective_hukou_certificate" not in by:
            rules.add("packet.missing_document")

    # ---- identity
    for x in all_docs:
        for t, f in ALL_ID_FIELDS:
            v = x["fields"].get(f) if x["type"] == t else None
            if v and not id_valid(v):
                rules.add("identity.id_number_invalid")
    names = {norm(x["fields"][f]) for t, f in NAME_FIELDS for x in by.get(t, []) if x["fields"].get(f)}
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    ids = {x["fields"][f].upper() for t, f in ID_FIELDS for x in by.get(t, []) if x["fields"].get(f)}
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")

    # ---- address
    permits = by.get("residence_permit", [])
    homes = [x["fields"].get("address") for x in by.get("household_register_cover", []) + by.get("collective_hukou_certificate", [])]
    if permits and homes:
        for p in permits:
            ha = p["fields"].get("hukou_address")
            if not ha:
                rules.add("field.unreadable")
                continue
            for h in homes:
                if h and norm(h) != norm(ha):
                    rules.add("address.hukou_mismatch")

    # ---- permit
    for p in permits:
        vu, iss = p["fields"].get("valid_until"), p["fields"].get("issue_date")
        if not vu or not iss:
            rules.add("field.unreadable")
        if vu and d(vu) < as_of:
            rules.add("permit.expired")
        if iss and working_days_after(d(iss), as_of) < 5:
            rules.add("permit.too_recent")

    # ---- id card
    birth = None
    for c in by.get("id_card", []):
        vu = c["fields"].get("valid_until")
        if not vu:
            rules.add("field.unreadable")
        elif vu != "long_term" and d(vu) < as_of:
            rules.add("id_card.expired")
        if c["fields"].get("birth_date"):
            birth = d(c["fields"]["birth_date"])
    if birth is None:
        for t, f in ID_FIELDS:
            for x in by.get(t, []):
                v = x["fields"].get(f)
                if v and id_valid(v) and birth is None:
                    birth = _dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    age = completed_age(birth, as_of) if birth else None
    if age is not None and (age < 18 or age > 60):
        rules.add("applicant.age_out_of_range")

    # ---- contract: the contract in force is the one that ends last
    contracts = by.get("labour_contract", [])
    contract = None
    if contracts:
        def endkey(c):
            f = c["fields"]
            return "9999-12-31" if f.get("open_ended") else (f.get("end_date") or "0000-00-00")
        contract = max(contracts, key=endkey)
        f = contract["fields"]
        if not f.get("open_ended"):
            if not f.get("end_date") or not f.get("start_date"):
                rules.add("field.unreadable")
            else:
                s, e = d(f["start_date"]), d(f["end_date"])
                if e + _dt.timedelta(days=1) < add_months(s, 12):
                    rules.add("contract.term_too_short")
                if e < add_months(as_of, 2):
                    rules.add("contract.ends_within_two_months")

    # ---- tax
    taxes = by.get("tax_record", [])
    tax_rows = [r for t in taxes for r in t.get("rows", [])]
    if taxes:
        have = {r["period"] for r in tax_rows}
        if any(m not in have for m in tax_window(as_of)):
            rules.add("tax.missing_months")

    # ---- employer
    sis = by.get("social_insurance_record", [])
    si_rows = [r for s in sis for r in s.get("rows", [])]
    if contract and contract["fields"].get("employer"):
        emp = norm(contract["fields"]["employer"])
        if tax_rows:
            latest = max(r["period"] for r in tax_rows)
            agents = {norm(r["withholding_agent"]) for r in tax_rows if r["period"] == latest}
            if emp not in agents:
                rules.add("employer.mismatch")
        if si_rows:
            latest = max(r["month"] for r in si_rows)
            emps = {norm(r["employer"]) for r in si_rows if r["month"] == latest}
            if emp not in emps:
                rules.add("employer.mismatch")

    # ---- social insurance
    if sis:
        regular = {r["month"] for r in si_rows if not r.get("back_payment")}
        m = month_str(as_of)
        last12 = [month_add(m, -k) for k in range(1, 13)]
        if sum(1 for x in last12 if x in regular) < 6:
            rules.add("social_insurance.insufficient_months")
        if m not in regular and month_add(m, -1) not in regular:
            rules.add("social_insurance.not_paying")

    # ---- points
    items = {}
    unsupported = False
    items["age"] = age_points(age) if age is not None else 0

    edu, edu_unsup = _education(docs, as_of)
    if edu_unsup:
        unsupported = True
    if decl.get("education"):
        claimed = EDU_DECLARED[decl["education"]]
        if edu == 0:
            edu = claimed          # no document at all: the declared level, flagged
            unsupported = True
        elif claimed > edu:
            unsupported = True     # the documents contradict the claim: documents count
    title = TITLE_POINTS.get(decl.get("title_or_skill", ""), 0)
    if edu or title:
        if edu >= title:
            items["education"] = edu
        else:
            items["title_or_skill"] = title

    si_months = decl.get("social_insurance_months")
    if si_months is None and sis:
        si_months = len({r["month"] for r in si_rows if not r.get("back_payment")})
    if si_months and si_months // 12:
        items["social_insurance_years"] = 3 * (si_months // 12)

    if decl.get("shortage_major"):
        items["shortage_major"] = 30

    if decl.get("spouse_shanghai_hukou"):
        marr = by.get("marriage_certificate", [])
        spouse_docs = [x for x in all_docs if x.get("person") == "spouse"]
        st = {x["type"] for x in spouse_docs}
        papers = "id_card" in st and ("household_register_cover" in st or "household_register_member" in st)
        if marr and papers and marr[0]["fields"].get("registration_date"):
            yrs = completed_age(d(marr[0]["fields"]["registration_date"]), as_of)
            pts = min(40, 4 * yrs)
            if pts:
                items["spouse_shanghai_hukou"] = pts
        else:
            unsupported = True

    if decl.get("fresh_graduate"):
        ok = False
        for x in by.get("diploma", []):
            f = x["fields"]
            g = f.get("graduation_date")
            if g and f.get("study_mode", FULL_TIME) == FULL_TIME and add_months(as_of, -12) <= d(g) <= as_of:
                ok = True
        if ok:
            items["fresh_graduate"] = 10
        else:
            unsupported = True

    if decl.get("suburban_work_years"):
        items["suburban_work"] = 2 * int(decl["suburban_work_years"])
    if decl.get("public_service_years"):
        items["public_service"] = 4 * int(decl["public_service_years"])
    if decl.get("high_base_tier"):
        items["high_base_social_insurance"] = int(decl["high_base_tier"])
    if decl.get("award"):
        items["award"] = int(decl["award"])

    estimate = sum(items.values())
    if estimate < STANDARD:
        rules.add("points.below_standard")
    if unsupported:
        rules.add("points.claim_unsupported")

    expected = sorted(rules)
    if any(r in ERRORS for r in expected):
        verdict = "fix"
    elif expected:
        verdict = "review"
    else:
        verdict = "ready"
    return {
        "expected_rules": expected,
        "verdict": verdict,
        "points": {"standard": STANDARD, "estimate": estimate, "items": items},
    }
