"""SPEC §4 rules and §6 points, computed from a packet's truth (never from the tool under test)."""
import calendar
import datetime as dt
import re
import unicodedata

RULE_ORDER = [
    "packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
    "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "permit.too_recent",
    "id_card.expired", "applicant.age_out_of_range", "contract.term_too_short",
    "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
    "social_insurance.insufficient_months", "social_insurance.not_paying", "field.unreadable",
    "quality.unreadable_page", "points.below_standard", "points.claim_unsupported",
]
WARNINGS = {"permit.too_recent", "field.unreadable", "quality.unreadable_page",
            "points.below_standard", "points.claim_unsupported"}
UNREADABLE_CAPTURES = {"blank_page", "too_dark"}

# 2026 official arrangement (国务院办公厅): holidays and make-up working days (调休上班)
HOLIDAYS = set()
for a, b in [("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
             ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
             ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
             ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
             ("2026-10-01", "2026-10-07")]:
    d = dt.date.fromisoformat(a)
    while d <= dt.date.fromisoformat(b):
        HOLIDAYS.add(d)
        d += dt.timedelta(days=1)
MAKEUP = {dt.date.fromisoformat(s) for s in [
    "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
    "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]}


def is_workday(d):
    if d in MAKEUP:
        return True
    return d.weekday() < 5 and d not in HOLIDAYS


def workdays_between(start, end):
    """Number of working days d with start < d <= end."""
    n, d = 0, start + dt.timedelta(days=1)
    while d <= end and n < 30:
        n += is_workday(d)
        d += dt.timedelta(days=1)
    return n


def add_months(d, n):
    """python-dateutil relativedelta(months=n) semantics (clamps to the month's end)."""
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def month_str(y, m):
    return f"{y:04d}-{m:02d}"


def shift_month(ym, n):
    y, m = int(ym[:4]), int(ym[5:7])
    k = y * 12 + m - 1 + n
    return month_str(k // 12, k % 12 + 1)


def tax_window(as_of):
    """Six latest months M whose deadline (15th of M+1) is on or before as_of."""
    ym = month_str(as_of.year, as_of.month)
    last = shift_month(ym, -1) if as_of.day >= 15 else shift_month(ym, -2)
    return [shift_month(last, -k) for k in range(5, -1, -1)]


def age_at(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def age_points(age):
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


# ---- ID numbers (GB 11643) ----
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def check_char(first17):
    return CHECK[sum(int(c) * w for c, w in zip(first17, W)) % 11]


def make_id(area, birth, seq):
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + check_char(body)


def id_valid(s):
    if not re.fullmatch(r"\d{17}[\dX]", s or ""):
        return False
    try:
        b = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if b.year < 1900:
        return False
    return check_char(s[:17]) == s[17]


def norm(s):
    """SPEC §3 normalisation: white space removed, full-width ASCII made half-width."""
    s = unicodedata.normalize("NFKC", s or "") if s else ""
    return re.sub(r"\s+", "", s)


def d(s):
    return dt.date.fromisoformat(s)


# ---- documents ----
APPLICANT_NAME = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
                  "collective_hukou_certificate": "name", "labour_contract": "employee_name",
                  "tax_record": "name", "social_insurance_record": "name", "diploma": "name",
                  "degree_certificate": "name", "marriage_certificate": "holder_name"}
APPLICANT_ID = {"id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
                "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number",
                "tax_record": "id_number", "social_insurance_record": "id_number"}
EDU_POINTS = {"专科": 50, "本科": 60, "本科+学士": 90, "硕士": 100, "博士": 110}
ADULT_MODES = ("函授", "业余", "成人", "自学考试", "自考", "网络", "远程")


def first(docs, typ):
    for x in docs:
        if x["type"] == typ:
            return x
    return None


def evaluate(application, as_of, documents, pages):
    """Return (rules in SPEC order, verdict, points dict, notes)."""
    as_of = d(as_of)
    fired, notes = set(), []
    types = {x["type"] for x in documents}

    def fire(rule, why):
        fired.add(rule)
        notes.append(f"{rule}: {why}")

    # packet.missing_document
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if application == "first":
        if "collective_hukou_certificate" not in types:
            req += ["household_register_cover", "household_register_member"]
    for r in req:
        if r not in types:
            fire("packet.missing_document", r)

    # identity
    names, ids = [], []
    for x in documents:
        f = x["fields"]
        k = APPLICANT_NAME.get(x["type"])
        if k and f.get(k):
            names.append(norm(f[k]))
        k = APPLICANT_ID.get(x["type"])
        if k and f.get(k):
            ids.append(f[k])
            if not id_valid(f[k]):
                fire("identity.id_number_invalid", f"{x['type']} {f[k]}")
        if x["type"] == "marriage_certificate" and f.get("spouse_id_number") and not id_valid(f["spouse_id_number"]):
            fire("identity.id_number_invalid", "spouse")
    if len(set(names)) > 1:
        fire("identity.name_mismatch", "/".join(sorted(set(names))))
    if len(set(ids)) > 1:
        fire("identity.id_number_mismatch", "/".join(sorted(set(ids))))

    idc = first(documents, "id_card")
    rp = first(documents, "residence_permit")
    cover = first(documents, "household_register_cover") or first(documents, "collective_hukou_certificate")

    # address
    if rp and cover:
        a, b = rp["fields"].get("hukou_address"), cover["fields"].get("address")
        if not a or not b:
            fire("field.unreadable", "hukou address for address.hukou_mismatch")
        elif norm(a) != norm(b):
            fire("address.hukou_mismatch", f"{a} != {b}")
    # permit
    if rp:
        vu = rp["fields"].get("valid_until")
        if not vu:
            fire("field.unreadable", "permit valid_until")
        elif d(vu) < as_of:
            fire("permit.expired", vu)
        iss = rp["fields"].get("issue_date")
        if not iss:
            fire("field.unreadable", "permit issue_date")
        elif workdays_between(d(iss), as_of) < 5:
            fire("permit.too_recent", iss)
    # id card
    if idc:
        vu = idc["fields"].get("valid_until")
        if not vu:
            fire("field.unreadable", "id_card valid_until")
        elif vu != "long_term" and d(vu) < as_of:
            fire("id_card.expired", vu)
    # age
    birth = None
    if idc and idc["fields"].get("birth_date"):
        birth = d(idc["fields"]["birth_date"])
    elif ids and id_valid(ids[0]):
        birth = dt.date(int(ids[0][6:10]), int(ids[0][10:12]), int(ids[0][12:14]))
    age = None
    if birth is None:
        fire("field.unreadable", "birth date")
    else:
        age = age_at(birth, as_of)
        if age < 18 or age > 60:
            fire("applicant.age_out_of_range", str(age))
    # contract
    lc = first(documents, "labour_contract")
    if lc:
        f = lc["fields"]
        if not f.get("open_ended"):
            if not f.get("start_date") or not f.get("end_date"):
                fire("field.unreadable", "contract term")
            else:
                s, e = d(f["start_date"]), d(f["end_date"])
                if e + dt.timedelta(days=1) < add_years(s, 1):
                    fire("contract.term_too_short", f"{s}..{e}")
                if e < add_months(as_of, 2):
                    fire("contract.ends_within_two_months", f"{e} < {add_months(as_of, 2)}")
    # tax
    tx = first(documents, "tax_record")
    if tx:
        have = {r["period"] for r in tx["rows"]}
        miss = [m for m in tax_window(as_of) if m not in have]
        if miss:
            fire("tax.missing_months", ",".join(miss))
    # employer
    si = first(documents, "social_insurance_record")
    if lc and lc["fields"].get("employer"):
        emp = norm(lc["fields"]["employer"])
        if tx and tx["rows"]:
            last = max(r["period"] for r in tx["rows"])
            agents = {norm(r["withholding_agent"]) for r in tx["rows"] if r["period"] == last}
            if emp not in agents:
                fire("employer.mismatch", f"tax {last}: {agents}")
        if si and si["rows"]:
            last = max(r["month"] for r in si["rows"])
            emps = {norm(r["employer"]) for r in si["rows"] if r["month"] == last}
            if emp not in emps:
                fire("employer.mismatch", f"si {last}: {emps}")
    # social insurance
    si_regular = set()
    if si:
        si_regular = {r["month"] for r in si["rows"] if not r["back_payment"]}
        cur = month_str(as_of.year, as_of.month)
        prev12 = [shift_month(cur, -k) for k in range(1, 13)]
        n = sum(1 for m in prev12 if m in si_regular)
        if n < 6:
            fire("social_insurance.insufficient_months", str(n))
        if cur not in si_regular and shift_month(cur, -1) not in si_regular:
            fire("social_insurance.not_paying", cur)
    # quality
    for p in pages:
        if p.get("capture") in UNREADABLE_CAPTURES:
            fire("quality.unreadable_page", f"{p['file']} p{p['page']}")
    # points
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    dips = [x for x in documents if x["type"] == "diploma"]
    degs = [x for x in documents if x["type"] == "degree_certificate"]
    edu = None
    if dips or degs:
        lv = {x["fields"].get("level", "") for x in dips}
        dl = {x["fields"].get("level", "") for x in degs}
        if any("博士" in v for v in lv | dl):
            edu = "博士"
        elif any("硕士" in v for v in lv) or ("硕士" in dl):
            edu = "硕士"
        elif "学士" in dl:
            edu = "本科+学士"
        elif "本科" in lv:
            edu = "本科"
        elif any(("专科" in v or "大专" in v) for v in lv):
            edu = "专科"
        items["education"] = EDU_POINTS[edu] if edu else 0
        if degs and not dips:
            fire("points.claim_unsupported", "degree without diploma")
        online = any(x["fields"].get("online_record") for x in dips)
        for x in dips:
            if any(m in x["fields"].get("study_mode", "") for m in ADULT_MODES) and not online:
                fire("points.claim_unsupported", "adult-education diploma without 学籍 record")
    if si:
        items["social_insurance_years"] = 3 * (len(si_regular) // 12)
    est = sum(items.values())
    if est < 120:
        fire("points.below_standard", str(est))
    rules = [r for r in RULE_ORDER if r in fired]
    if any(r not in WARNINGS for r in rules):
        verdict = "fix"
    elif rules:
        verdict = "review"
    else:
        verdict = "ready"
    points = {"standard": 120, "estimate": est, "items": items}
    return rules, verdict, points, notes
