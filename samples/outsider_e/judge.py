"""My own reading of SPEC §4 and §6, applied to the true documents of a draw: the expected rules and points."""
import datetime as dt
import re

from dateutil.relativedelta import relativedelta

from .people import age_at, check_digit, months_back, tax_window, ym_str

APPLICANT_NAME = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
                  "collective_hukou_certificate": "name", "labour_contract": "employee_name", "tax_record": "name",
                  "social_insurance_record": "name", "diploma": "name", "degree_certificate": "name",
                  "marriage_certificate": "holder_name"}
APPLICANT_ID = {"id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
                "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number",
                "tax_record": "id_number", "social_insurance_record": "id_number"}


def norm(s):
    s = re.sub(r"\s+", "", s or "")
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


def id_valid(n):
    if not re.fullmatch(r"\d{17}[\dX]", n or ""):
        return False
    try:
        b = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return False
    return b.year >= 1900 and b <= dt.date(2026, 12, 31) and check_digit(n[:17]) == n[17]


def d(s):
    return dt.date.fromisoformat(s) if s else None


def judge(docs, as_of, application, blank_pages=0):
    rules = set()
    by = {}
    for doc in docs:
        by.setdefault(doc["type"], []).append(doc)
    one = {t: v[0]["fields"] for t, v in by.items()}
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if application == "first":
        has_booklet = "household_register_cover" in one and "household_register_member" in one
        if not (has_booklet or "collective_hukou_certificate" in one):
            rules.add("packet.missing_document")
    if any(t not in one for t in need):
        rules.add("packet.missing_document")
    names, ids = set(), set()
    for doc in docs:
        f = doc["fields"]
        k = APPLICANT_NAME.get(doc["type"])
        if k and f.get(k):
            names.add(norm(f[k]))
        k = APPLICANT_ID.get(doc["type"])
        if k and f.get(k):
            ids.add(f[k])
            if not id_valid(f[k]):
                rules.add("identity.id_number_invalid")
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")

    def field(t, k):
        if t not in one:
            return None
        v = one[t].get(k)
        if v is None:
            rules.add("field.unreadable")
        return v

    rp = one.get("residence_permit")
    if rp is not None:
        home = None
        if "household_register_cover" in one:
            home = field("household_register_cover", "address")
        elif "collective_hukou_certificate" in one:
            home = field("collective_hukou_certificate", "address")
        if home is not None or "household_register_cover" in one or "collective_hukou_certificate" in one:
            hk = field("residence_permit", "hukou_address")
            if hk and home and norm(hk) != norm(home):
                rules.add("address.hukou_mismatch")
        vu = field("residence_permit", "valid_until")
        if vu and d(vu) < as_of:
            rules.add("permit.expired")
        issue = field("residence_permit", "issue_date")
        if issue and 4 < (as_of - d(issue)).days < 40:
            raise ValueError("too_recent must be drawn clearly (issue within 4 days) or far away")
        if issue and (as_of - d(issue)).days <= 4:
            rules.add("permit.too_recent")
    if "id_card" in one:
        vu = field("id_card", "valid_until")
        if vu and vu != "long_term" and d(vu) < as_of:
            rules.add("id_card.expired")
        b = one["id_card"].get("birth_date")
        if b:
            a = age_at(d(b), as_of)
            if a < 18 or a > 60:
                rules.add("applicant.age_out_of_range")
    lc = one.get("labour_contract")
    if lc is not None:
        s, e = field("labour_contract", "start_date"), lc.get("end_date")
        if not lc.get("open_ended"):
            if e is None:
                rules.add("field.unreadable")
            elif s:
                if d(e) + dt.timedelta(days=1) < d(s) + relativedelta(years=1):
                    rules.add("contract.term_too_short")
            if e and d(e) < as_of + relativedelta(months=2):
                rules.add("contract.ends_within_two_months")
    employer = norm(lc.get("employer")) if lc else None
    if "tax_record" in one:
        rows = by["tax_record"][0]["rows"]
        have = {r["period"] for r in rows}
        if any(ym_str(m) not in have for m in tax_window(as_of)):
            rules.add("tax.missing_months")
        if rows and employer:
            latest = max(have)
            if employer not in {norm(r["withholding_agent"]) for r in rows if r["period"] == latest}:
                rules.add("employer.mismatch")
    si = None
    if "social_insurance_record" in one:
        rows = by["social_insurance_record"][0]["rows"]
        si = rows
        if rows and employer:
            latest = max(r["month"] for r in rows)
            if employer not in {norm(r["employer"]) for r in rows if r["month"] == latest}:
                rules.add("employer.mismatch")
        paid = {r["month"] for r in rows if not r["back_payment"]}
        cur = (as_of.year, as_of.month)
        if sum(ym_str(months_back(cur, k)) in paid for k in range(1, 13)) < 6:
            rules.add("social_insurance.insufficient_months")
        if ym_str(cur) not in paid and ym_str(months_back(cur, 1)) not in paid:
            rules.add("social_insurance.not_paying")
    if blank_pages:
        rules.add("quality.unreadable_page")

    # points (SPEC §6), only what the documents show
    items = {}
    if "id_card" in one and one["id_card"].get("birth_date"):
        a = age_at(d(one["id_card"]["birth_date"]), as_of)
        items["age"] = 5 if 56 <= a <= 60 else min(30, 5 + 2 * (56 - a)) if a < 56 else 0
    dip, deg = one.get("diploma"), one.get("degree_certificate")
    edu = 0
    if dip:
        lv = dip["level"]
        if "博士" in lv:
            edu = 110 if deg and "博士" in deg["level"] else 100
        elif "硕士" in lv:
            edu = 100 if deg and "硕士" in deg["level"] else 90
        elif "本科" in lv:
            edu = 90 if deg and "学士" in deg["level"] else 60
        elif "专科" in lv or "大专" in lv:
            edu = 50
        if dip.get("study_mode", "普通全日制") != "普通全日制":
            rules.add("points.claim_unsupported")
    elif deg:
        edu = {"学士": 90, "硕士": 100, "博士": 110}[deg["level"]]
        rules.add("points.claim_unsupported")
    if edu:
        items["education"] = edu
    if si:
        n = len({r["month"] for r in si if not r["back_payment"]})
        if n >= 12:
            items["social_insurance_years"] = 3 * (n // 12)
    est = sum(items.values())
    if est < 120:
        rules.add("points.below_standard")
    return sorted(rules), {"standard": 120, "estimate": est, "items": items}


ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
          "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "id_card.expired",
          "applicant.age_out_of_range", "contract.term_too_short", "contract.ends_within_two_months",
          "tax.missing_months", "employer.mismatch", "social_insurance.insufficient_months",
          "social_insurance.not_paying"}


def verdict(rules):
    return "fix" if set(rules) & ERRORS else "review" if rules else "ready"
