"""An independent reading of SPEC §4/§6 over a truth file's documents: which rules must fire, what points follow.
Used by the selfcheck to confirm each truth file's expected_rules, verdict and points agree with its own data."""
import datetime as dt
from .pools import id_valid
from .cal import D, add_months, add_years, tax_window, age_at, age_points, workdays_after

WARN = {"permit.too_recent", "field.unreadable", "quality.unreadable_page", "points.below_standard", "points.claim_unsupported"}


def evaluate(tr):
    as_of = D.fromisoformat(tr["as_of"])
    docs = tr["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    one = lambda t: by.get(t, [None])[0]
    fired = set()
    # required documents
    have = set(by)
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if tr["application"] == "first":
        if not ({"household_register_cover", "household_register_member"} <= have or "collective_hukou_certificate" in have):
            fired.add("packet.missing_document")
    if any(r not in have for r in req):
        fired.add("packet.missing_document")
    # identity
    names, ids = set(), set()
    for d in docs:
        f = d["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if k in f and d["type"] != "household_register_cover":
                names.add(f[k])
        for k in ("id_number", "employee_id_number"):
            if k in f:
                ids.add(f[k])
    if any(not id_valid(i) for i in ids):
        fired.add("identity.id_number_invalid")
    if len(names) > 1:
        fired.add("identity.name_mismatch")
    if len(ids) > 1:
        fired.add("identity.id_number_mismatch")
    unread = False
    rp = one("residence_permit")
    hk = one("household_register_cover") or one("collective_hukou_certificate")
    if rp:
        f = rp["fields"]
        if hk:
            if "hukou_address" not in f:
                unread = True
            elif f["hukou_address"] != hk["fields"]["address"]:
                fired.add("address.hukou_mismatch")
        if "valid_until" in f and D.fromisoformat(f["valid_until"]) < as_of:
            fired.add("permit.expired")
        if "issue_date" in f:
            if workdays_after(D.fromisoformat(f["issue_date"]), as_of) < 5:
                fired.add("permit.too_recent")
        else:
            unread = True
    ic = one("id_card")
    birth = None
    if ic:
        f = ic["fields"]
        if "valid_until" not in f:
            unread = True
        elif f["valid_until"] != "long_term" and D.fromisoformat(f["valid_until"]) < as_of:
            fired.add("id_card.expired")
        birth = D.fromisoformat(f["birth_date"])
        a = age_at(birth, as_of)
        if a < 18 or a > 60:
            fired.add("applicant.age_out_of_range")
    lc = one("labour_contract")
    if lc:
        f = lc["fields"]
        if not f.get("open_ended"):
            s, e = D.fromisoformat(f["start_date"]), D.fromisoformat(f["end_date"])
            if e + dt.timedelta(days=1) < add_years(s, 1):
                fired.add("contract.term_too_short")
            if e < add_months(as_of, 2):
                fired.add("contract.ends_within_two_months")
    tx = one("tax_record")
    if tx:
        periods = {r["period"] for r in tx["rows"]}
        if any(m not in periods for m in tax_window(as_of)):
            fired.add("tax.missing_months")
        if lc and tx["rows"]:
            last = max(periods)
            if lc["fields"]["employer"] not in {r["withholding_agent"] for r in tx["rows"] if r["period"] == last}:
                fired.add("employer.mismatch")
    si = one("social_insurance_record")
    si_years = None
    if si:
        rows = si["rows"]
        regular = {r["month"] for r in rows if not r["back_payment"]}
        am = D(as_of.year, as_of.month, 1)
        last12 = {f"{add_months(am, -k):%Y-%m}" for k in range(1, 13)}
        if len(regular & last12) < 6:
            fired.add("social_insurance.insufficient_months")
        if f"{am:%Y-%m}" not in regular and f"{add_months(am, -1):%Y-%m}" not in regular:
            fired.add("social_insurance.not_paying")
        if lc and rows:
            last = max(r["month"] for r in rows)
            if lc["fields"]["employer"] not in {r["employer"] for r in rows if r["month"] == last}:
                fired.add("employer.mismatch")
        si_years = len(regular) // 12 * 3
    if unread:
        fired.add("field.unreadable")
    if any(p["type"] == "unknown" and p["capture"] in ("blank", "dark", "thumbnail") for p in tr["pages"]):
        fired.add("quality.unreadable_page")
    # points
    items = {"age": age_points(age_at(birth, as_of))} if birth else {}
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    if dips or degs:
        lv = {d["fields"]["level"] for d in dips}
        dl = {d["fields"]["level"] for d in degs}
        if "硕士" in dl:
            edu = 100
        elif "学士" in dl:
            edu = 90
        elif "本科" in lv:
            edu = 60
        elif "专科" in lv:
            edu = 50
        else:
            edu = 0
        items["education"] = edu
        online = any(d["fields"].get("online_record") for d in dips)
        if degs and not dips:
            fired.add("points.claim_unsupported")
        if any(d["fields"].get("study_mode", "普通全日制") != "普通全日制" for d in dips) and not online:
            fired.add("points.claim_unsupported")
    if si_years is not None:
        items["social_insurance_years"] = si_years
    est = sum(items.values())
    if est < 120:
        fired.add("points.below_standard")
    verdict = "fix" if fired - WARN else ("review" if fired else "ready")
    return fired, verdict, {"standard": 120, "estimate": est, "items": items}
