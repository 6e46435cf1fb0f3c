"""Re-validate every truth file of an outsider-l set (independent of the generator's rule tags).

usage: python check_l.py DIR
"""
import datetime as dt
import glob
import json
import os
import re
import sys
import unicodedata

import numpy as np
import chinese_calendar as cc
import pypdfium2 as pdfium
from dateutil.relativedelta import relativedelta
from PIL import Image, ImageOps

try:
    import pillow_heif
    pillow_heif.register_heif_opener()
except Exception:
    pass

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch", "identity.id_number_mismatch",
          "address.hukou_mismatch", "permit.expired", "id_card.expired", "applicant.age_out_of_range",
          "contract.term_too_short", "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
          "social_insurance.insufficient_months", "social_insurance.not_paying"}
WARN = {"permit.too_recent", "field.unreadable", "quality.unreadable_page", "points.below_standard", "points.claim_unsupported"}


def id_ok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s or ""):
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], W)) % 11] == s[17]


def uscc_ok(s):
    return all(c in USCC for c in s) and USCC[(31 - sum(USCC.index(c) * w for c, w in zip(s[:17], UW)) % 31) % 31] == s[17]


def norm(s):
    return unicodedata.normalize("NFKC", s).replace(" ", "")


def D(s):
    return dt.date.fromisoformat(s)


def madd(y, m, k):
    t = y * 12 + m - 1 + k
    return t // 12, t % 12 + 1


def count_pages(path):
    if path.lower().endswith(".pdf"):
        return len(pdfium.PdfDocument(path))
    im = Image.open(path)
    return getattr(im, "n_frames", 1)


def page_image(path, page):
    if path.lower().endswith(".pdf"):
        return pdfium.PdfDocument(path)[page - 1].render(scale=0.5).to_pil()
    im = Image.open(path)
    im.seek(page - 1)
    return ImageOps.exif_transpose(im.copy())


def evaluate(t, pdir):
    as_of = D(t["as_of"])
    docs = t["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    first = lambda k: by.get(k, [None])[0]
    rules = set()
    # missing
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    for r in req:
        if r not in by:
            rules.add("packet.missing_document")
    if t["application"] == "first":
        if not (("household_register_cover" in by and "household_register_member" in by) or "collective_hukou_certificate" in by):
            rules.add("packet.missing_document")
    # identity
    names, ids = set(), set()
    for d in docs:
        f = d["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if k in f:
                names.add(norm(f[k]))
        for k in ("id_number", "employee_id_number"):
            if k in f:
                ids.add(f[k])
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            if k in f and not id_ok(f[k]):
                rules.add("identity.id_number_invalid")
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")
    pm = first("residence_permit")
    cov = first("household_register_cover") or first("collective_hukou_certificate")
    if pm and cov and norm(pm["fields"]["hukou_address"]) != norm(cov["fields"]["address"]):
        rules.add("address.hukou_mismatch")
    if pm:
        if D(pm["fields"]["valid_until"]) < as_of:
            rules.add("permit.expired")
        iss = D(pm["fields"]["issue_date"])
        n = sum(1 for k in range(1, (as_of - iss).days + 1) if cc.is_workday(iss + dt.timedelta(days=k)))
        if n < 5:
            rules.add("permit.too_recent")
    idc = first("id_card")
    if idc:
        vu = idc["fields"].get("valid_until")
        if vu is None:
            rules.add("field.unreadable")
        elif vu != "long_term" and D(vu) < as_of:
            rules.add("id_card.expired")
        b = D(idc["fields"]["birth_date"])
        age = as_of.year - b.year - ((as_of.month, as_of.day) < (b.month, b.day))
        if age < 18 or age > 60:
            rules.add("applicant.age_out_of_range")
    # contract: the one with the latest start counts (a 续订书 extends the term)
    cs = by.get("labour_contract", [])
    if cs:
        c = max(cs, key=lambda d: d["fields"]["start_date"])["fields"]
        if not c.get("open_ended"):
            s, e = D(c["start_date"]), D(c["end_date"])
            if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                rules.add("contract.term_too_short")
            if e < as_of + relativedelta(months=2):
                rules.add("contract.ends_within_two_months")
    tax = first("tax_record")
    emp = norm(cs[0]["fields"]["employer"]) if cs else None
    if tax:
        ly, lm = madd(as_of.year, as_of.month, -1 if as_of.day >= 15 else -2)
        win = [f"{y:04d}-{m:02d}" for y, m in (madd(ly, lm, -k) for k in range(6))]
        have = {r["period"] for r in tax["rows"]}
        if any(w not in have for w in win):
            rules.add("tax.missing_months")
        last = max(have)
        if emp and emp not in {norm(r["withholding_agent"]) for r in tax["rows"] if r["period"] == last}:
            rules.add("employer.mismatch")
    si = first("social_insurance_record")
    si_years = 0
    if si:
        rows = si["rows"]
        last = max(r["month"] for r in rows)
        if emp and emp not in {norm(r["employer"]) for r in rows if r["month"] == last}:
            rules.add("employer.mismatch")
        reg = {r["month"] for r in rows if not r["back_payment"]}
        win = [f"{y:04d}-{m:02d}" for y, m in (madd(as_of.year, as_of.month, -k) for k in range(1, 13))]
        if sum(1 for w in win if w in reg) < 6:
            rules.add("social_insurance.insufficient_months")
        cur = [f"{y:04d}-{m:02d}" for y, m in (madd(as_of.year, as_of.month, -k) for k in (0, 1))]
        if not any(c in reg for c in cur):
            rules.add("social_insurance.not_paying")
        si_years = 3 * (len(reg) // 12)
    # points
    items = {}
    if idc:
        a = age
        items["age"] = 30 if a <= 43 else (5 + 2 * (56 - a) if a <= 55 else (5 if a <= 60 else 0))
    dl = {d["fields"]["level"] for d in by.get("diploma", [])}
    gl = {d["fields"]["level"] for d in by.get("degree_certificate", [])}
    if "硕士研究生" in dl and "硕士" in gl:
        items["education"] = 100
    elif "学士" in gl:
        items["education"] = 90
    elif "本科" in dl:
        items["education"] = 60
    elif "专科" in dl:
        items["education"] = 50
    if gl and not dl:
        rules.add("points.claim_unsupported")
    for d in by.get("diploma", []):
        if d["fields"].get("study_mode", "普通全日制") != "普通全日制" and not any(x["fields"].get("online_record") for x in by["diploma"]):
            rules.add("points.claim_unsupported")
    if si_years:
        items["social_insurance_years"] = si_years
    est = sum(items.values())
    if est < 120:
        rules.add("points.below_standard")
    # blank pages
    for p in t["pages"]:
        if p["type"] == "unknown":
            im = np.asarray(page_image(os.path.join(pdir, p["file"]), p["page"]).convert("L"), "float32")
            if im.std() < 12:
                rules.add("quality.unreadable_page")
    return rules, items, est


def check(path):
    errs = []
    t = json.load(open(path, encoding="utf-8"))
    pdir = os.path.join(os.path.dirname(path), t["packet"])
    # files and pages
    listed = {(p["file"], p["page"]) for p in t["pages"]}
    types_on = {}
    for p in t["pages"]:
        types_on.setdefault((p["file"], p["page"]), set()).add(p["type"])
    seen = set()
    for fn in sorted(os.listdir(pdir)):
        n = count_pages(os.path.join(pdir, fn))
        for i in range(1, n + 1):
            seen.add((fn, i))
            if (fn, i) not in listed:
                errs.append(f"page not listed: {fn} p{i}")
    for k in listed - seen:
        errs.append(f"listed page does not exist: {k}")
    dup = [(p["file"], p["page"], p["type"]) for p in t["pages"]]
    if len(dup) != len(set(dup)):
        errs.append("duplicate page entries")
    for d in t["documents"]:
        if not d["pages"]:
            errs.append(f"document without pages: {d['type']}")
        for pg in d["pages"]:
            if d["type"] not in types_on.get((pg["file"], pg["page"]), set()):
                errs.append(f"{d['type']} page {pg} not listed with that type")
        for k, v in d["fields"].items():
            if isinstance(v, str):
                if v != norm(v) and k not in ():
                    errs.append(f"field not normalised: {k}={v}")
                if k.endswith("date") or k in ("valid_from", "valid_until"):
                    if v != "long_term":
                        try:
                            D(v)
                        except ValueError:
                            errs.append(f"bad date {k}={v}")
        f = d["fields"]
        if d["type"] == "id_card":
            b = f["birth_date"].replace("-", "")
            if f["id_number"][6:14] != b:
                errs.append("birth date differs from ID number")
            if int(f["id_number"][16]) % 2 != (1 if f["sex"] == "男" else 0):
                errs.append("sex digit")
        if d["type"] == "household_register_member" and f["id_number"][6:14] != f["birth_date"].replace("-", ""):
            errs.append("member birth date vs id")
        if d["type"] == "tax_record":
            per = sorted({r["period"] for r in d["rows"]})
            months = [tuple(map(int, p.split("-"))) for p in per]
            gaps = [p for a, p in zip(months, months[1:]) if madd(a[0], a[1], 1) != p]
            if gaps and not any(x.startswith("tax_missing") for x in t["defects"]):
                errs.append(f"tax months not continuous: {gaps}")
            for r in d["rows"]:
                if not re.fullmatch(r"\d+\.\d\d", r["amount"]):
                    errs.append(f"amount form {r['amount']}")
        if d["type"] == "labour_contract" and not f.get("open_ended"):
            if f["signing_date"] > f["start_date"]:
                errs.append("signed after start")
    rules, items, est = evaluate(t, pdir)
    exp = set(t["expected_rules"])
    if rules != exp:
        errs.append(f"rules: expected {sorted(exp)} recomputed {sorted(rules)}")
    if items != t["points"]["items"] or est != t["points"]["estimate"]:
        errs.append(f"points: truth {t['points']} recomputed {items} {est}")
    v = "fix" if exp & ERRORS else ("review" if exp else "ready")
    if v != t["verdict"]:
        errs.append(f"verdict {t['verdict']} should be {v}")
    unk = exp - ERRORS - WARN
    if unk:
        errs.append(f"unknown rule ids {unk}")
    # USCC codes printed in text PDFs
    for fn in os.listdir(pdir):
        if fn.lower().endswith(".pdf"):
            doc = pdfium.PdfDocument(os.path.join(pdir, fn))
            for i in range(len(doc)):
                txt = doc[i].get_textpage().get_text_range()
                for code in re.findall(r"91[0-9A-Z]{16}", txt):
                    if not uscc_ok(code):
                        errs.append(f"bad USCC {code} in {fn}")
    return t, errs


def main():
    root = sys.argv[1]
    bad = 0
    stats = {"packets": 0, "pages": 0, "capture": {}, "type": {}, "verdict": {}}
    for path in sorted(glob.glob(os.path.join(root, "*.truth.json"))):
        t, errs = check(path)
        stats["packets"] += 1
        stats["pages"] += len({(p["file"], p["page"]) for p in t["pages"]})
        for p in t["pages"]:
            stats["capture"][p["capture"]] = stats["capture"].get(p["capture"], 0) + 1
            stats["type"][p["type"]] = stats["type"].get(p["type"], 0) + 1
        stats["verdict"][t["verdict"]] = stats["verdict"].get(t["verdict"], 0) + 1
        if errs:
            bad += 1
            print(t["packet"], t["defects"])
            for e in errs:
                print("   ", e)
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    print("packets with problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
