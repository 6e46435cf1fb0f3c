"""Generator-side evaluation of SPEC §4 rules and §6 points on the drawn documents."""
import calendar
import datetime as dt
import unicodedata

D = dt.date
# 2026 public holidays / make-up working days near the drawn dates (国务院办公厅 2026 安排)
HOLIDAYS = {D(2026, 10, d) for d in range(1, 8)} | {D(2026, 9, 25), D(2026, 9, 26), D(2026, 9, 27)}
MAKEUP = {D(2026, 9, 20), D(2026, 10, 10)}

SEVERITY = {
    "packet.missing_document": "error", "identity.id_number_invalid": "error", "identity.name_mismatch": "error",
    "identity.id_number_mismatch": "error", "address.hukou_mismatch": "error", "permit.expired": "error",
    "permit.too_recent": "warning", "id_card.expired": "error", "applicant.age_out_of_range": "error",
    "contract.term_too_short": "error", "contract.ends_within_two_months": "error", "tax.missing_months": "error",
    "employer.mismatch": "error", "social_insurance.insufficient_months": "error", "social_insurance.not_paying": "error",
    "field.unreadable": "warning", "quality.unreadable_page": "warning", "points.below_standard": "warning",
    "points.claim_unsupported": "warning",
}


def norm(s):
    if s is None:
        return None
    return "".join(unicodedata.normalize("NFKC", s).split())


def completed_age(b, on):
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def is_workday(d):
    if d in MAKEUP:
        return True
    return d.weekday() < 5 and d not in HOLIDAYS


def working_days_after(issue, as_of):
    n, d = 0, issue + dt.timedelta(days=1)
    while d <= as_of:
        n += is_workday(d)
        d += dt.timedelta(days=1)
    return n


def plus_two_months(d):
    m = d.month + 2
    y = d.year + (m - 1) // 12
    m = (m - 1) % 12 + 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def id_ok(n):
    from .dates_ids import id_valid
    return id_valid(n)


def age_points(age):
    if age < 18 or age > 60:
        return 0
    return min(30, 5 + 2 * max(0, 56 - age))


def evaluate(docs, as_of, application, extras):
    from .dates_ids import window_months, month_add
    R = set()
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    one = lambda t: by.get(t, [None])[0]
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if application == "first":
        if not by.get("collective_hukou_certificate") and not (by.get("household_register_cover") and by.get("household_register_member")):
            R.add("packet.missing_document")
    if any(t not in by for t in need):
        R.add("packet.missing_document")
    # identity
    idfields = [("id_card", "id_number"), ("residence_permit", "id_number"), ("household_register_member", "id_number"),
                ("collective_hukou_certificate", "id_number"), ("labour_contract", "employee_id_number"),
                ("tax_record", "id_number"), ("social_insurance_record", "id_number")]
    namefields = [("id_card", "name"), ("residence_permit", "name"), ("household_register_member", "name"),
                  ("collective_hukou_certificate", "name"), ("labour_contract", "employee_name"), ("tax_record", "name"),
                  ("social_insurance_record", "name"), ("diploma", "name"), ("degree_certificate", "name"),
                  ("marriage_certificate", "holder_name")]
    ids = {d["fields"][f] for t, f in idfields for d in by.get(t, []) if d["fields"].get(f)}
    ids_all = ids | {d["fields"]["spouse_id_number"] for d in by.get("marriage_certificate", [])}
    if any(not id_ok(x) for x in ids_all):
        R.add("identity.id_number_invalid")
    if len(ids) > 1:
        R.add("identity.id_number_mismatch")
    names = {norm(d["fields"][f]) for t, f in namefields for d in by.get(t, []) if d["fields"].get(f)}
    if len(names) > 1:
        R.add("identity.name_mismatch")
    # address
    rp = one("residence_permit")
    cov = one("household_register_cover") or one("collective_hukou_certificate")
    if rp and cov and application == "first" or (rp and cov):
        a, b = rp["fields"].get("hukou_address"), cov["fields"].get("address")
        if a is None or b is None:
            R.add("field.unreadable")
        elif norm(a) != norm(b):
            R.add("address.hukou_mismatch")
    if rp:
        vu, iss = rp["fields"].get("valid_until"), rp["fields"].get("issue_date")
        if vu is None:
            R.add("field.unreadable")
        elif D.fromisoformat(vu) < as_of:
            R.add("permit.expired")
        if iss is None:
            R.add("field.unreadable")
        elif working_days_after(D.fromisoformat(iss), as_of) < 5:
            R.add("permit.too_recent")
    idc = one("id_card")
    if idc:
        vu = idc["fields"].get("valid_until")
        if vu is None:
            R.add("field.unreadable")
        elif vu != "long_term" and D.fromisoformat(vu) < as_of:
            R.add("id_card.expired")
    bd = idc["fields"]["birth_date"] if idc else None
    if bd is None:
        for x in ids:
            if id_ok(x):
                bd = "%s-%s-%s" % (x[6:10], x[10:12], x[12:14])
    age = completed_age(D.fromisoformat(bd), as_of) if bd else None
    if age is not None and not (18 <= age <= 60):
        R.add("applicant.age_out_of_range")
    # contract: the effective one is the latest-ending (a 续订书 extends the term)
    ctrs = by.get("labour_contract", [])
    if ctrs:
        c = max(ctrs, key=lambda d: (d["fields"]["open_ended"], d["fields"]["end_date"] or "9999", d["fields"]["start_date"]))["fields"]
        s = D.fromisoformat(c["start_date"])
        if not c["open_ended"]:
            e = D.fromisoformat(c["end_date"])
            from .dates_ids import add_years
            if e + dt.timedelta(days=1) < add_years(s, 1):
                R.add("contract.term_too_short")
            if e < plus_two_months(as_of):
                R.add("contract.ends_within_two_months")
        emp = norm(c["employer"])
        tax = one("tax_record")
        if tax and tax["rows"]:
            lm = max(r["period"] for r in tax["rows"])
            if emp not in {norm(r["withholding_agent"]) for r in tax["rows"] if r["period"] == lm}:
                R.add("employer.mismatch")
        si = one("social_insurance_record")
        if si and si["rows"]:
            lm = max(r["month"] for r in si["rows"])
            if emp not in {norm(r["employer"]) for r in si["rows"] if r["month"] == lm}:
                R.add("employer.mismatch")
    tax = one("tax_record")
    if tax:
        have = {r["period"] for r in tax["rows"]}
        if any(m not in have for m in window_months(as_of)):
            R.add("tax.missing_months")
    si = one("social_insurance_record")
    si_years = None
    if si:
        am = "%04d-%02d" % (as_of.year, as_of.month)
        reg = {r["month"] for r in si["rows"] if not r["back_payment"]}
        win = {month_add(am, -k) for k in range(1, 13)}
        if len(reg & win) < 6:
            R.add("social_insurance.insufficient_months")
        if am not in reg and month_add(am, -1) not in reg:
            R.add("social_insurance.not_paying")
        si_years = 3 * (len(reg) // 12)
    # points
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    dlev = {d["fields"]["level"] for d in dips}
    unsupported = False
    edu = None
    if dips or degs:
        cand = [0]
        if "专科" in dlev:
            cand.append(50)
        if "本科" in dlev:
            cand.append(60)
        for g in degs:
            lv = g["fields"]["level"]
            pts = {"学士": 90, "硕士": 100, "博士": 110}[lv]
            need_d = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[lv]
            if need_d not in dlev:
                unsupported = True
            cand.append(pts)
        edu = max(cand)
        for d in dips:
            mode = d["fields"].get("study_mode", "")
            if any(k in mode for k in ("成人", "自考", "自学考试", "网络")):
                if not any(x["fields"].get("online_record") and x["fields"]["level"] == d["fields"]["level"] for x in dips):
                    unsupported = True
        items["education"] = edu
    if si_years is not None:
        items["social_insurance_years"] = si_years
    est = sum(items.values())
    if est < 120:
        R.add("points.below_standard")
    if unsupported:
        R.add("points.claim_unsupported")
    if any(x in ("blank_page", "dark_page") for x in extras):
        R.add("quality.unreadable_page")
    for d in docs:
        for k, v in d["fields"].items():
            if v is None and not (k == "end_date" and d["fields"].get("open_ended")):
                R.add("field.unreadable")
    points = {"standard": 120, "estimate": est, "items": items}
    return sorted(R), points


def verdict(rules):
    sev = {SEVERITY[r] for r in rules}
    return "fix" if "error" in sev else ("review" if "warning" in sev else "ready")
