"""Expected findings and points from the truth (my reading of SPEC §4 and §6)."""
import datetime as dt
from dateutil.relativedelta import relativedelta
from .ident import id_valid

D = dt.date.fromisoformat

# Chinese public holidays / make-up working days (only Nov/Dec matter for as-of dates drawn here)
HOLIDAYS = {dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 3), dt.date(2026, 10, 1),
            dt.date(2026, 10, 2), dt.date(2026, 10, 3), dt.date(2026, 10, 4), dt.date(2026, 10, 5),
            dt.date(2026, 10, 6), dt.date(2026, 10, 7)}
MAKEUP = set()


def working_days_between(a, b):
    """count d with a < d <= b that are Chinese working days"""
    n, d = 0, a + dt.timedelta(days=1)
    while d <= b:
        if d in MAKEUP or (d.weekday() < 5 and d not in HOLIDAYS):
            n += 1
        d += dt.timedelta(days=1)
    return n


def norm(s):
    out = []
    for c in "".join(str(s).split()):
        o = ord(c)
        if 0xFF01 <= o <= 0xFF5E:
            c = chr(o - 0xFEE0)
        out.append(c)
    return "".join(out)


def tax_window(as_of):
    ms = []
    y, m = as_of.year, as_of.month
    cur = dt.date(y, m, 1)
    for k in range(0, 14):
        mm = cur - relativedelta(months=k)
        if mm + relativedelta(months=1) + dt.timedelta(days=14) <= as_of:
            ms.append(mm.strftime("%Y-%m"))
        if len(ms) == 6:
            break
    return sorted(ms)


def age_at(birth, as_of):
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def age_points(age):
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def _docs(truth, t):
    return [d for d in truth["documents"] if d["type"] == t]


def evaluate(truth, blank_pages=0):
    as_of = D(truth["as_of"])
    app = truth["application"]
    F = []  # (rule, severity)

    def add(r, s):
        if (r, s) not in F:
            F.append((r, s))
    have = {d["type"] for d in truth["documents"]}
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    missing = [t for t in req if t not in have]
    if app == "first" and "collective_hukou_certificate" not in have:
        if "household_register_cover" not in have or "household_register_member" not in have:
            missing.append("household_register")
    if missing:
        add("packet.missing_document", "error")
    names, ids = set(), set()
    for d in truth["documents"]:
        f = d["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if k in f:
                names.add(norm(f[k]))
        for k in ("id_number", "employee_id_number"):
            if k in f:
                ids.add(f[k])
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            if k in f and not id_valid(f[k]):
                add("identity.id_number_invalid", "error")
    if len(names) > 1:
        add("identity.name_mismatch", "error")
    if len(ids) > 1:
        add("identity.id_number_mismatch", "error")
    rp = _docs(truth, "residence_permit")
    cov = _docs(truth, "household_register_cover") + _docs(truth, "collective_hukou_certificate")
    if rp and cov:
        a = rp[0]["fields"].get("hukou_address")
        b = cov[0]["fields"].get("address")
        if a is None or b is None:
            add("field.unreadable", "warning")
        elif norm(a) != norm(b):
            add("address.hukou_mismatch", "error")
    if rp:
        f = rp[0]["fields"]
        if "valid_until" not in f:
            add("field.unreadable", "warning")
        elif D(f["valid_until"]) < as_of:
            add("permit.expired", "error")
        if "issue_date" in f and working_days_between(D(f["issue_date"]), as_of) < 5:
            add("permit.too_recent", "warning")
    idc = _docs(truth, "id_card")
    birth = None
    if idc:
        f = idc[0]["fields"]
        if "valid_until" not in f:
            add("field.unreadable", "warning")
        elif f["valid_until"] != "long_term" and D(f["valid_until"]) < as_of:
            add("id_card.expired", "error")
        if "birth_date" in f:
            birth = D(f["birth_date"])
        elif "id_number" in f:
            s = f["id_number"]
            birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    if birth:
        age = age_at(birth, as_of)
        if age < 18 or age > 60:
            add("applicant.age_out_of_range", "error")
    lc = _docs(truth, "labour_contract")
    emp = None
    if lc:
        def endkey(d):
            f = d["fields"]
            if f.get("open_ended"):
                return "9999"
            return f.get("end_date", "0000")
        c = max(lc, key=endkey)["fields"]
        emp = c.get("employer")
        if c.get("open_ended"):
            pass
        elif "start_date" not in c or "end_date" not in c:
            add("field.unreadable", "warning")
        else:
            s, e = D(c["start_date"]), D(c["end_date"])
            if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                add("contract.term_too_short", "error")
            if e < as_of + relativedelta(months=2):
                add("contract.ends_within_two_months", "error")
    tx = _docs(truth, "tax_record")
    if tx:
        rows = [r for d in tx for r in d["rows"]]
        have_m = {r["period"] for r in rows}
        if any(m not in have_m for m in tax_window(as_of)):
            add("tax.missing_months", "error")
        if emp and rows:
            last = max(r["period"] for r in rows)
            agents = {norm(r["withholding_agent"]) for r in rows if r["period"] == last}
            if norm(emp) not in agents:
                add("employer.mismatch", "error")
    si = _docs(truth, "social_insurance_record")
    si_years = None
    if si:
        rows = [r for d in si for r in d["rows"]]
        if emp and rows:
            last = max(r["month"] for r in rows)
            es = {norm(r["employer"]) for r in rows if r["month"] == last}
            if norm(emp) not in es:
                add("employer.mismatch", "error")
        reg = {r["month"] for r in rows if not r["back_payment"]}
        m0 = dt.date(as_of.year, as_of.month, 1)
        last12 = {(m0 - relativedelta(months=k)).strftime("%Y-%m") for k in range(1, 13)}
        if len(reg & last12) < 6:
            add("social_insurance.insufficient_months", "error")
        if m0.strftime("%Y-%m") not in reg and (m0 - relativedelta(months=1)).strftime("%Y-%m") not in reg:
            add("social_insurance.not_paying", "error")
        si_years = len(reg) // 12 * 3
    if blank_pages:
        add("quality.unreadable_page", "warning")
    # points
    items = {}
    if birth:
        items["age"] = age_points(age_at(birth, as_of))
    dips = _docs(truth, "diploma")
    degs = _docs(truth, "degree_certificate")
    lv_d = {d["fields"].get("level") for d in dips}
    lv_g = {d["fields"].get("level") for d in degs}
    edu = 0
    if "博士研究生" in lv_d and "博士" in lv_g:
        edu = 110
    elif "硕士研究生" in lv_d and "硕士" in lv_g:
        edu = 100
    elif "本科" in lv_d and "学士" in lv_g:
        edu = 90
    elif "本科" in lv_d:
        edu = 60
    elif "专科" in lv_d:
        edu = 50
    if degs and not dips:
        edu = {"学士": 90, "硕士": 100, "博士": 110}[max(lv_g, key=lambda x: ["学士", "硕士", "博士"].index(x))]
        add("points.claim_unsupported", "warning")
    adult = [d for d in dips if d["fields"].get("study_mode") in ("成人教育", "业余", "函授", "自学考试", "网络教育")]
    if adult and not any(d["fields"].get("online_record") for d in dips):
        add("points.claim_unsupported", "warning")
    if edu:
        items["education"] = edu
    if si_years:
        items["social_insurance_years"] = si_years
    est = sum(items.values())
    if est < 120:
        add("points.below_standard", "warning")
    sev = {s for _, s in F}
    verdict = "fix" if "error" in sev else ("review" if "warning" in sev else "ready")
    return F, verdict, {"standard": 120, "estimate": est, "items": items}


# Decisions where SPEC leaves room (see README):
# * blank pages -> quality.unreadable_page warning (SPEC §4), although REAL-DOCUMENTS calls blank backs `unknown`;
# * a missing required document gives only packet.missing_document, no field.unreadable for rules it would feed;
# * a 学位证书 without its 毕业证书 is counted at the degree's level (学士 90, 硕士 100, 博士 110) with
#   points.claim_unsupported; an adult (函授/业余) diploma without a 学信网 备案表 likewise;
# * age points are 0 above 60 (the ladder in §6 stops at 60);
# * with several labour contracts (original + 续订书) the one ending last is the applicant's contract;
# * employer.mismatch uses the latest month that is on the tax / social-insurance print;
# * social_insurance_years = 3 x (regular, non-补缴 months in the record // 12);
# * permit.too_recent is only drawn with 1 working day, so 000's 5 and 004's 3 give the same answer.
