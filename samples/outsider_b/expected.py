"""The rule ids a packet must raise, computed from its truth documents by SPEC §4's definitions (written from the
SPEC text alone). Documents are truth entries: {"type", "fields", "rows", "extra"} with normalised values."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from samples.outsider.normalise import text
from samples.outsider_b.people import id_valid

REQUIRED_FIRST = ["id_card", "residence_permit", "labour_contract", "tax_record"]
APPLICANT_NAME = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
                  "collective_hukou_certificate": "name", "labour_contract": "employee_name", "tax_record": "name",
                  "social_insurance_record": "name", "diploma": "name", "degree_certificate": "name",
                  "marriage_certificate": "holder_name"}
APPLICANT_ID = {"id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
                "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number",
                "tax_record": "id_number", "social_insurance_record": "id_number"}


def _d(v):
    return date.fromisoformat(v)


def month_add(ym: str, k: int) -> str:
    y, m = int(ym[:4]), int(ym[5:7])
    t = y * 12 + m - 1 + k
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def tax_window(as_of: date) -> list[str]:
    """The six latest months M whose deadline (the 15th of M+1) is on or before as_of."""
    latest = month_add(f"{as_of:%Y-%m}", -1 if as_of.day >= 15 else -2)
    return [month_add(latest, -k) for k in range(5, -1, -1)]


def working_days_after(issue: date, as_of: date) -> int:
    import chinese_calendar
    n = 0
    d = issue + timedelta(days=1)
    while d <= as_of:
        if chinese_calendar.is_workday(d):
            n += 1
        d += timedelta(days=1)
    return n


def current_contract(docs):
    cs = [d for d in docs if d["type"] == "labour_contract"]
    if not cs:
        return None
    return max(cs, key=lambda d: (d["fields"].get("open_ended", False), d["fields"].get("end_date") or "9999"))


def age_at(birth: date, as_of: date) -> int:
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def age_points(age: int) -> int:
    if age > 60:
        return 0
    return min(30, 5 + 2 * max(0, 56 - age)) if age <= 60 else 0


def expected_rules(docs: list[dict], as_of: date, application: str, blank_pages: int) -> list[str]:
    rules: set[str] = set()
    types = {d["type"] for d in docs}
    by = lambda t: [d for d in docs if d["type"] == t]  # noqa: E731
    one = lambda t: (by(t) or [None])[0]  # noqa: E731

    # packet.missing_document
    required = list(REQUIRED_FIRST)
    missing = [t for t in required if t not in types]
    if application == "first":
        if not ({"household_register_cover", "household_register_member"} <= types
                or "collective_hukou_certificate" in types):
            missing.append("household_register")
    if missing:
        rules.add("packet.missing_document")

    # identity
    ids, names = set(), set()
    for d in docs:
        f = d["fields"]
        if d["type"] in APPLICANT_ID and f.get(APPLICANT_ID[d["type"]]):
            ids.add(f[APPLICANT_ID[d["type"]]])
        if d["type"] in APPLICANT_NAME and f.get(APPLICANT_NAME[d["type"]]):
            names.add(f[APPLICANT_NAME[d["type"]]])
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            if f.get(k) and not id_valid(f[k]):
                rules.add("identity.id_number_invalid")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")
    if len(names) > 1:
        rules.add("identity.name_mismatch")

    # address.hukou_mismatch
    permit = one("residence_permit")
    home = one("household_register_cover") or one("collective_hukou_certificate")
    if permit and home and permit["fields"].get("hukou_address") and home["fields"].get("address"):
        if text(permit["fields"]["hukou_address"]) != text(home["fields"]["address"]):
            rules.add("address.hukou_mismatch")

    if permit:
        if _d(permit["fields"]["valid_until"]) < as_of:
            rules.add("permit.expired")
        if working_days_after(_d(permit["fields"]["issue_date"]), as_of) < 5:
            rules.add("permit.too_recent")
    card = one("id_card")
    if card and card["fields"].get("valid_until") not in (None, "long_term"):
        if _d(card["fields"]["valid_until"]) < as_of:
            rules.add("id_card.expired")
    birth = None
    if card and card["fields"].get("birth_date"):
        birth = _d(card["fields"]["birth_date"])
    elif ids:
        n = sorted(ids)[0]
        birth = date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    if birth:
        a = age_at(birth, as_of)
        if a < 18 or a > 60:
            rules.add("applicant.age_out_of_range")

    # contract
    c = current_contract(docs)
    if c and not c["fields"].get("open_ended"):
        s, e = _d(c["fields"]["start_date"]), _d(c["fields"]["end_date"])
        if e + timedelta(days=1) < s + relativedelta(years=1):
            rules.add("contract.term_too_short")
        if e < as_of + relativedelta(months=2):
            rules.add("contract.ends_within_two_months")

    # tax
    tax_rows = [r for d in by("tax_record") for r in d["rows"]]
    if by("tax_record"):
        have = {r["period"] for r in tax_rows}
        if any(m not in have for m in tax_window(as_of)):
            rules.add("tax.missing_months")
    if c:
        emp = text(c["fields"]["employer"])
        if tax_rows:
            latest = max(r["period"] for r in tax_rows)
            if emp not in {text(r["withholding_agent"]) for r in tax_rows if r["period"] == latest}:
                rules.add("employer.mismatch")
        si_rows = [r for d in by("social_insurance_record") for r in d["rows"]]
        if si_rows:
            latest = max(r["month"] for r in si_rows)
            if emp not in {text(r["employer"]) for r in si_rows if r["month"] == latest}:
                rules.add("employer.mismatch")

    # social insurance
    si_rows = [r for d in by("social_insurance_record") for r in d["rows"]]
    if by("social_insurance_record"):
        am = f"{as_of:%Y-%m}"
        regular = {r["month"] for r in si_rows if not r["back_payment"]}
        last12 = {month_add(am, -k) for k in range(1, 13)}
        if len(regular & last12) < 6:
            rules.add("social_insurance.insufficient_months")
        if am not in regular and month_add(am, -1) not in regular:
            rules.add("social_insurance.not_paying")

    # points estimate: documents only (nothing is declared in these packets)
    pts = age_points(age_at(birth, as_of)) if birth else 0
    levels = {d["fields"].get("level") for d in by("diploma")}
    degrees = {d["fields"].get("level") for d in by("degree_certificate")}
    edu = 0
    if "专科" in levels:
        edu = 50
    if "本科" in levels:
        edu = 60
    if "学士" in degrees:
        edu = 90
    if "硕士研究生" in levels and "硕士" in degrees or "硕士" in degrees:
        edu = 100
    pts += edu
    regular_all = {r["month"] for r in si_rows if not r["back_payment"]}
    pts += 3 * (len(regular_all) // 12)
    if pts < 120:
        rules.add("points.below_standard")
    if by("degree_certificate") and not by("diploma"):
        rules.add("points.claim_unsupported")
    if any(d.get("extra", {}).get("kind") in ("adult", "self", "online") for d in by("diploma")):
        rules.add("points.claim_unsupported")

    if blank_pages:
        rules.add("quality.unreadable_page")
    return sorted(rules)
