"""Independent re-implementation of SPEC §4 rules and §6 points, computed only from truth documents."""
import datetime as dt
import re
import unicodedata
from dateutil.relativedelta import relativedelta
from .data import id_valid

try:
    import chinese_calendar as _cc
except Exception:  # pragma: no cover
    _cc = None

NAME_F = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
          "collective_hukou_certificate": "name", "labour_contract": "employee_name", "tax_record": "name",
          "social_insurance_record": "name", "diploma": "name", "degree_certificate": "name",
          "marriage_certificate": "holder_name"}
ID_F = {"id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
        "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number",
        "tax_record": "id_number", "social_insurance_record": "id_number"}
ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
          "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "id_card.expired",
          "applicant.age_out_of_range", "contract.term_too_short", "contract.ends_within_two_months",
          "tax.missing_months", "employer.mismatch", "social_insurance.insufficient_months",
          "social_insurance.not_paying"}
WARNINGS = {"permit.too_recent", "field.unreadable", "quality.unreadable_page", "points.below_standard",
            "points.claim_unsupported"}
NONFULL = ("成人", "自考", "自学考试", "网络", "函授", "业余", "开放")


def D(s):
    return dt.date.fromisoformat(s)


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return re.sub(r"\s+", "", s)


def ym(s):
    y, m = s.split("-")[:2]
    return int(y), int(m)


def ym_add(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def is_workday(d):
    if _cc is not None:
        try:
            return _cc.is_workday(d)
        except Exception:
            pass
    return d.weekday() < 5


def tax_window(as_of):
    y, m = as_of.year, as_of.month
    # latest month M with 15th of M+1 <= as_of
    for k in range(0, 3):
        My, Mm = ym_add(y, m, -k)
        ny, nm = ym_add(My, Mm, 1)
        if dt.date(ny, nm, 15) <= as_of:
            break
    return ["%04d-%02d" % ym_add(My, Mm, -i) for i in range(5, -1, -1)]


def age_at(birth, as_of):
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def age_points(age):
    if age > 60 or age < 18:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def evaluate(truth):
    """Return dict(rules=set, verdict=str, points=dict, notes=list)."""
    as_of = D(truth["as_of"])
    app = truth.get("application", "first")
    docs = truth["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    first = lambda t: by.get(t, [None])[0]
    F = lambda t: (first(t) or {}).get("fields", {})
    rules = set()
    notes = []

    # missing documents
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    for t in req:
        if t not in by:
            rules.add("packet.missing_document"); notes.append("missing " + t)
    if app == "first":
        if not (("household_register_cover" in by and "household_register_member" in by)
                or "collective_hukou_certificate" in by):
            rules.add("packet.missing_document"); notes.append("missing household register")

    # identity
    ids, names = [], []
    for d in docs:
        f = d.get("fields", {})
        if d["type"] in ID_F and f.get(ID_F[d["type"]]):
            ids.append(f[ID_F[d["type"]]])
        if d["type"] in NAME_F and f.get(NAME_F[d["type"]]):
            names.append(norm(f[NAME_F[d["type"]]]))
        if d["type"] == "marriage_certificate" and f.get("spouse_id_number"):
            if not id_valid(f["spouse_id_number"]):
                rules.add("identity.id_number_invalid")
    if any(not id_valid(i) for i in ids):
        rules.add("identity.id_number_invalid")
    if len(set(ids)) > 1:
        rules.add("identity.id_number_mismatch")
    if len(set(names)) > 1:
        rules.add("identity.name_mismatch")

    # address
    rp = F("residence_permit")
    hk = F("household_register_cover").get("address") if "household_register_cover" in by else \
        F("collective_hukou_certificate").get("address") if "collective_hukou_certificate" in by else None
    if "residence_permit" in by and hk is not None:
        if not rp.get("hukou_address"):
            rules.add("field.unreadable"); notes.append("permit hukou_address missing")
        elif norm(rp["hukou_address"]) != norm(hk):
            rules.add("address.hukou_mismatch")

    # permit
    if "residence_permit" in by:
        if not rp.get("valid_until"):
            rules.add("field.unreadable"); notes.append("permit valid_until missing")
        elif D(rp["valid_until"]) < as_of:
            rules.add("permit.expired")
        if not rp.get("issue_date"):
            rules.add("field.unreadable"); notes.append("permit issue_date missing")
        else:
            iss = D(rp["issue_date"])
            n = sum(1 for k in range(1, (as_of - iss).days + 1) if is_workday(iss + dt.timedelta(days=k)))
            if n < 5:
                rules.add("permit.too_recent")

    # id card
    idc = F("id_card")
    if "id_card" in by:
        vu = idc.get("valid_until")
        if not vu:
            rules.add("field.unreadable"); notes.append("id_card valid_until missing")
        elif vu != "long_term" and D(vu) < as_of:
            rules.add("id_card.expired")

    # age
    birth = None
    if idc.get("birth_date"):
        birth = D(idc["birth_date"])
    else:
        for i in ids:
            if id_valid(i):
                birth = dt.date(int(i[6:10]), int(i[10:12]), int(i[12:14])); break
    age = age_at(birth, as_of) if birth else None
    if age is not None and (age < 18 or age > 60):
        rules.add("applicant.age_out_of_range")

    # contract
    lc = F("labour_contract")
    if "labour_contract" in by:
        if not lc.get("open_ended"):
            if not lc.get("start_date") or not lc.get("end_date"):
                rules.add("field.unreadable"); notes.append("contract term missing")
            else:
                s, e = D(lc["start_date"]), D(lc["end_date"])
                if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                    rules.add("contract.term_too_short")
                if e < as_of + relativedelta(months=2):
                    rules.add("contract.ends_within_two_months")

    # tax
    tr = first("tax_record")
    if tr is not None:
        periods = {r["period"] for r in tr.get("rows", [])}
        miss = [m for m in tax_window(as_of) if m not in periods]
        if miss:
            rules.add("tax.missing_months"); notes.append("tax missing " + ",".join(miss))
    emp = norm(lc.get("employer")) if lc.get("employer") else None
    if emp and tr is not None and tr.get("rows"):
        last = max(r["period"] for r in tr["rows"])
        agents = {norm(r["withholding_agent"]) for r in tr["rows"] if r["period"] == last}
        if emp not in agents:
            rules.add("employer.mismatch"); notes.append("tax agent %s" % agents)
    si = first("social_insurance_record")
    if si is not None and si.get("rows"):
        last = max(r["month"] for r in si["rows"])
        emps = {norm(r["employer"]) for r in si["rows"] if r["month"] == last}
        if emp and emp not in emps:
            rules.add("employer.mismatch"); notes.append("si employer %s" % emps)
        reg = {r["month"] for r in si["rows"] if not r.get("back_payment")}
        ay, am = as_of.year, as_of.month
        last12 = ["%04d-%02d" % ym_add(ay, am, -k) for k in range(1, 13)]
        if sum(1 for m in last12 if m in reg) < 6:
            rules.add("social_insurance.insufficient_months")
        if "%04d-%02d" % (ay, am) not in reg and "%04d-%02d" % ym_add(ay, am, -1) not in reg:
            rules.add("social_insurance.not_paying")

    # points
    items = {}
    unsupported = False
    if age is not None:
        items["age"] = age_points(age)
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    dlev = {}
    for d in dips:
        lv = d["fields"].get("level")
        if lv:
            dlev.setdefault(lv, []).append(d["fields"])
    glev = {d["fields"].get("level") for d in degs if d["fields"].get("level")}
    edu = 0
    pairs = [("博士研究生", "博士", 110), ("硕士研究生", "硕士", 100), ("本科", "学士", 90)]
    for dl, gl, p in pairs:
        if gl in glev:
            edu = max(edu, p)
            if dl not in dlev:
                unsupported = True; notes.append("degree %s without diploma" % gl)
    if "本科" in dlev:
        edu = max(edu, 60)
    if "专科" in dlev:
        edu = max(edu, 50)
    for lv, fl in dlev.items():
        nonfull = [f for f in fl if any(k in (f.get("study_mode") or "") for k in NONFULL)]
        if nonfull and not any(f.get("online_record") for f in fl):
            unsupported = True; notes.append("non-full-time %s diploma without 学信网 record" % lv)
    if edu:
        items["education"] = edu
    if si is not None:
        regm = {r["month"] for r in si.get("rows", []) if not r.get("back_payment")}
        y3 = (len(regm) // 12) * 3
        if y3:
            items["social_insurance_years"] = y3
    est = sum(items.values())
    if est < 120:
        rules.add("points.below_standard")
    if unsupported:
        rules.add("points.claim_unsupported")
    verdict = "fix" if rules & ERRORS else ("review" if rules else "ready")
    return {"rules": rules, "verdict": verdict,
            "points": {"standard": 120, "estimate": est, "items": items}, "notes": notes}
