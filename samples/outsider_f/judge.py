"""My reading of SPEC §4-§6: expected rule ids and the points from the documents of a packet."""
import datetime as dt

from .people import id_valid

ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
          "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "id_card.expired",
          "applicant.age_out_of_range", "contract.term_too_short", "contract.ends_within_two_months",
          "tax.missing_months", "employer.mismatch", "social_insurance.insufficient_months",
          "social_insurance.not_paying"}
NAME_KEYS = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
             "collective_hukou_certificate": "name", "labour_contract": "employee_name", "tax_record": "name",
             "social_insurance_record": "name", "diploma": "name", "degree_certificate": "name",
             "marriage_certificate": "holder_name"}
ID_KEYS = {"id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
           "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number",
           "tax_record": "id_number", "social_insurance_record": "id_number"}


def d(s):
    return dt.date.fromisoformat(s)


def add_months(day, n):
    y, m = divmod(day.month - 1 + n, 12)
    y, m = day.year + y, m + 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(day.day, last))


def month_add(ym, n):
    y, m = int(ym[:4]), int(ym[5:7])
    y, m = divmod(y * 12 + m - 1 + n, 12)
    return f"{y:04d}-{m + 1:02d}"


def tax_window(as_of):
    m = f"{as_of.year:04d}-{as_of.month:02d}"
    while True:
        m = month_add(m, -1)
        nxt = month_add(m, 1)
        if dt.date(int(nxt[:4]), int(nxt[5:]), 15) <= as_of:
            return [month_add(m, -k) for k in range(5, -1, -1)]


def age_at(birth, as_of):
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def norm(s):
    return "".join(str(s).split()).replace("（", "(").replace("）", ")")


def working_days_after(issue, as_of):
    """Working days d with issue < d <= as_of; the drawer keeps such dates in Nov/Dec 2026 (no holidays)."""
    n, day = 0, issue + dt.timedelta(days=1)
    while day <= as_of:
        n += day.weekday() < 5
        day += dt.timedelta(days=1)
    return n


def judge(docs, as_of, application, blank_pages=0):
    """docs: internal documents (with 'owner'); returns (sorted rule ids, points dict)."""
    mine = [x for x in docs if x.get("owner", "self") == "self"]
    by = {}
    for x in mine:
        by.setdefault(x["type"], []).append(x)
    one = {t: v[0]["fields"] for t, v in by.items()}
    rules = set()
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if application == "first" and not ({"household_register_cover", "household_register_member"} <= set(by)
                                       or "collective_hukou_certificate" in by):
        rules.add("packet.missing_document")
    if any(t not in by for t in need):
        rules.add("packet.missing_document")
    names, ids = set(), set()
    for x in mine:
        if x["type"] in NAME_KEYS and x["fields"].get(NAME_KEYS[x["type"]]):
            names.add(x["fields"][NAME_KEYS[x["type"]]])
        if x["type"] in ID_KEYS and x["fields"].get(ID_KEYS[x["type"]]):
            ids.add(x["fields"][ID_KEYS[x["type"]]])
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")
    if any(not id_valid(i) for i in ids):
        rules.add("identity.id_number_invalid")
    rp = one.get("residence_permit")
    home = one.get("household_register_cover") or one.get("collective_hukou_certificate")
    if rp and home and norm(rp["hukou_address"]) != norm(home["address"]):
        rules.add("address.hukou_mismatch")
    if rp and d(rp["valid_until"]) < as_of:
        rules.add("permit.expired")
    if rp and working_days_after(d(rp["issue_date"]), as_of) < 5:
        rules.add("permit.too_recent")
    idc = one.get("id_card")
    if idc and idc["valid_until"] != "long_term" and d(idc["valid_until"]) < as_of:
        rules.add("id_card.expired")
    birth = d(idc["birth_date"]) if idc else None
    if birth and not 18 <= age_at(birth, as_of) <= 60:
        rules.add("applicant.age_out_of_range")
    c = one.get("labour_contract")
    if c and not c["open_ended"]:
        start, end = d(c["start_date"]), d(c["end_date"])
        if end + dt.timedelta(days=1) < add_months(start, 12):
            rules.add("contract.term_too_short")
        if end < add_months(as_of, 2):
            rules.add("contract.ends_within_two_months")
    tax = by.get("tax_record", [{}])[0].get("rows")
    if tax is not None:
        have = {r["period"] for r in tax}
        if any(m not in have for m in tax_window(as_of)):
            rules.add("tax.missing_months")
    si = by.get("social_insurance_record", [{}])[0].get("rows")
    if c:
        employer = norm(c["employer"])
        for rows, key in ((tax, "withholding_agent"), (si, "employer")):
            if rows:
                last = max(r["period" if key == "withholding_agent" else "month"] for r in rows)
                payers = {norm(r[key]) for r in rows if r.get("period", r.get("month")) == last}
                if employer not in payers:
                    rules.add("employer.mismatch")
    if si is not None:
        m0 = f"{as_of.year:04d}-{as_of.month:02d}"
        paid = {r["month"] for r in si if not r["back_payment"]}
        if len({month_add(m0, -k) for k in range(1, 13)} & paid) < 6:
            rules.add("social_insurance.insufficient_months")
        if m0 not in paid and month_add(m0, -1) not in paid:
            rules.add("social_insurance.not_paying")
    if blank_pages:
        rules.add("quality.unreadable_page")
    points, unsupported = estimate(docs, by, birth, as_of, si)
    if unsupported:
        rules.add("points.claim_unsupported")
    if points["estimate"] < 120:
        rules.add("points.below_standard")
    return sorted(rules), points


def estimate(docs, by, birth, as_of, si):
    items, unsupported = {}, False
    if birth:
        age = age_at(birth, as_of)
        items["age"] = 5 if age >= 56 else min(30, 5 + 2 * (56 - age))
    dips = by.get("diploma", [])
    paper = [x for x in dips if not x["fields"].get("online_record")]
    online = [x for x in dips if x["fields"].get("online_record")]
    degrees = {x["fields"]["level"] for x in by.get("degree_certificate", [])}
    levels = {x["fields"]["level"] for x in dips}
    edu = 0
    if "专科" in levels:
        edu = 50
    if "本科" in levels:
        edu = 90 if "学士" in degrees else 60
    if "学士" in degrees and "本科" not in levels:
        edu, unsupported = max(edu, 90), True
    if "硕士研究生" in levels or "硕士" in degrees:
        edu = max(edu, 100)
        if not ("硕士研究生" in levels and "硕士" in degrees):
            unsupported = True
    if "博士研究生" in levels or "博士" in degrees:
        edu = max(edu, 110)
        if not ("博士研究生" in levels and "博士" in degrees):
            unsupported = True
    for x in paper:
        if x["fields"].get("study_mode", "普通全日制") != "普通全日制" and not any(
                o["fields"]["level"] == x["fields"]["level"] for o in online):
            unsupported = True
    if dips or degrees:
        items["education"] = edu
    if si is not None:
        items["social_insurance_years"] = 3 * (len({r["month"] for r in si if not r["back_payment"]}) // 12)
    spouse = [x for x in docs if x.get("owner") == "spouse"]
    mc = by.get("marriage_certificate")
    if mc and {"id_card", "household_register_cover"} <= {x["type"] for x in spouse}:
        cover = [x for x in spouse if x["type"] == "household_register_cover"][0]
        if cover["fields"]["address"].startswith("上海市"):
            years = age_at(d(mc[0]["fields"]["registration_date"]), as_of)
            items["spouse_shanghai_hukou"] = min(40, 4 * years)
    return {"standard": 120, "estimate": sum(items.values()), "items": items}, unsupported
