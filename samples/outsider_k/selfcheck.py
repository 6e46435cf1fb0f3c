"""Self-check of a written set: truth parses, pages exist and are all listed,
and the SPEC rules recomputed from the truth fields give the expected rules.

python -m samples.outsider_k.selfcheck /work/evalsets/outsider-k
"""
import datetime as dt
import json
import os
import sys

from dateutil.relativedelta import relativedelta
from PIL import Image

from .data import W as WEIGHTS, age_at, age_points, tax_window, working_days_after

try:
    import pillow_heif
    pillow_heif.register_heif_opener()
except Exception:
    pass


def n_pages(path):
    if path.lower().endswith(".pdf"):
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(path))
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def valid_id(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    if "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], WEIGHTS)) % 11] != s[17]:
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


def D(s):
    return dt.date.fromisoformat(s)


def rules(t):
    asof = D(t["as_of"])
    docs = t["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    err = set()
    have = set(by)
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if t["application"] == "first":
        if not ({"household_register_cover", "household_register_member"} <= have or "collective_hukou_certificate" in have):
            err.add("packet.missing_document")
    if any(n not in have for n in need):
        err.add("packet.missing_document")
    names, ids = set(), set()
    for d in docs:
        f = d["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if k in f:
                names.add(f[k])
        for k in ("id_number", "employee_id_number"):
            if k in f:
                ids.add(f[k])
    if len(names) > 1:
        err.add("identity.name_mismatch")
    if len(ids) > 1:
        err.add("identity.id_number_mismatch")
    if any(not valid_id(i) for i in ids):
        err.add("identity.id_number_invalid")
    rp = by.get("residence_permit", [{}])[0].get("fields", {})
    hk = None
    if "household_register_cover" in by:
        hk = by["household_register_cover"][0]["fields"]["address"]
    elif "collective_hukou_certificate" in by:
        hk = by["collective_hukou_certificate"][0]["fields"]["address"]
    if hk and rp.get("hukou_address") and hk != rp["hukou_address"]:
        err.add("address.hukou_mismatch")
    if rp.get("valid_until") and D(rp["valid_until"]) < asof:
        err.add("permit.expired")
    warn = set()
    if rp.get("issue_date") and working_days_after(D(rp["issue_date"]), asof) < 5:
        warn.add("permit.too_recent")
    for d in by.get("id_card", []):
        vu = d["fields"].get("valid_until")
        if vu and vu != "long_term" and D(vu) < asof:
            err.add("id_card.expired")
    ident = list(ids)[0] if ids else None
    if ident:
        b = dt.date(int(ident[6:10]), int(ident[10:12]), int(ident[12:14]))
        a = age_at(b, asof)
        if a < 18 or a > 60:
            err.add("applicant.age_out_of_range")
    for d in by.get("labour_contract", []):
        f = d["fields"]
        sd = D(f["start_date"])
        if not f.get("open_ended"):
            ed = D(f["end_date"])
            if ed + dt.timedelta(days=1) < sd + relativedelta(years=1):
                err.add("contract.term_too_short")
            if ed < asof + relativedelta(months=2):
                err.add("contract.ends_within_two_months")
    emp = by.get("labour_contract", [{}])[0].get("fields", {}).get("employer")
    for d in by.get("tax_record", []):
        months = {r["period"] for r in d["rows"]}
        if any(m not in months for m in tax_window(asof)):
            err.add("tax.missing_months")
        latest = max(months)
        agents = {r["withholding_agent"] for r in d["rows"] if r["period"] == latest}
        if emp and emp not in agents:
            err.add("employer.mismatch")
    for d in by.get("social_insurance_record", []):
        rows = d["rows"]
        latest = max(r["month"] for r in rows)
        if emp and emp not in {r["employer"] for r in rows if r["month"] == latest}:
            err.add("employer.mismatch")
        am = dt.date(asof.year, asof.month, 1)
        win = {f"{am - relativedelta(months=k):%Y-%m}" for k in range(1, 13)}
        reg = {r["month"] for r in rows if not r["back_payment"]}
        if len(reg & win) < 6:
            err.add("social_insurance.insufficient_months")
        if f"{am:%Y-%m}" not in reg and f"{am - relativedelta(months=1):%Y-%m}" not in reg:
            err.add("social_insurance.not_paying")
    return sorted(err), warn


def main(root):
    bad = 0
    truths = sorted(f for f in os.listdir(root) if f.endswith(".truth.json"))
    for tf in truths:
        pid = tf[:-len(".truth.json")]
        try:
            t = json.load(open(os.path.join(root, tf), encoding="utf-8"))
        except Exception as e:
            print(f"{pid}: truth does not parse: {e}")
            bad += 1
            continue
        problems = []
        listed = {(p["file"], p["page"]) for p in t["pages"]}
        if len(listed) != len(t["pages"]):
            problems.append("duplicate page entries")
        pdir = os.path.join(root, pid)
        actual = set()
        for fn in os.listdir(pdir):
            try:
                n = n_pages(os.path.join(pdir, fn))
            except Exception as e:
                problems.append(f"cannot open {fn}: {e}")
                continue
            actual |= {(fn, i + 1) for i in range(n)}
        for miss in sorted(listed - actual):
            problems.append(f"listed page does not exist: {miss}")
        for extra in sorted(actual - listed):
            problems.append(f"page not listed: {extra}")
        for d in t["documents"]:
            for pg in d["pages"]:
                if (pg["file"], pg["page"]) not in listed:
                    problems.append(f"document page not in pages: {pg}")
            if not d["pages"]:
                problems.append(f"document without pages: {d['type']}")
        err, warn = rules(t)
        if err != sorted(t["expected_rules"]):
            problems.append(f"rules recomputed {err} != expected {t['expected_rules']}")
        if "permit.too_recent" in warn and "permit.too_recent" not in t.get("expected_warnings", []):
            problems.append("permit.too_recent not expected")
        want_v = "fix" if t["expected_rules"] else ("review" if t.get("expected_warnings") else "ready")
        if want_v != t["verdict"]:
            problems.append(f"verdict {t['verdict']} != {want_v}")
        pts = t["points"]
        if pts["estimate"] != sum(pts["items"].values()):
            problems.append("points estimate != sum of items")
        if pts["estimate"] < 120 and "points.below_standard" not in t.get("expected_warnings", []):
            problems.append("below standard not flagged")
        if problems:
            bad += 1
            print(pid, *problems, sep="\n  ")
    print(f"{len(truths)} truth files, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
