"""python -m samples.outsider_ad.selfcheck DIR — re-check truth files against the drawn facts and SPEC."""
import collections
import datetime as dt
import json
import os
import sys
import unicodedata

SPEC_RULES = {  # SPEC §4, id -> severity
    "packet.missing_document": "error", "identity.id_number_invalid": "error", "identity.name_mismatch": "error",
    "identity.id_number_mismatch": "error", "address.hukou_mismatch": "error", "permit.expired": "error",
    "permit.too_recent": "warning", "id_card.expired": "error", "applicant.age_out_of_range": "error",
    "contract.term_too_short": "error", "contract.ends_within_two_months": "error", "tax.missing_months": "error",
    "employer.mismatch": "error", "social_insurance.insufficient_months": "error", "social_insurance.not_paying": "error",
    "field.unreadable": "warning", "quality.unreadable_page": "warning", "points.below_standard": "warning",
    "points.claim_unsupported": "warning"}
TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member", "collective_hukou_certificate",
         "labour_contract", "tax_record", "social_insurance_record", "diploma", "degree_certificate", "marriage_certificate", "unknown"}
KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
CN_HOLIDAYS = {dt.date(2026, 10, d) for d in range(1, 8)}
CN_MAKEUP = {dt.date(2026, 10, 10), dt.date(2026, 9, 20)}


def n(s):
    return None if s is None else "".join(unicodedata.normalize("NFKC", s).split())


def day(s):
    return dt.date.fromisoformat(s)


def gb11643(x):
    if len(x) != 18 or not x[:17].isdigit():
        return False
    try:
        dt.date(int(x[6:10]), int(x[10:12]), int(x[12:14]))
    except ValueError:
        return False
    s = sum(int(c) * (2 ** (17 - i) % 11) for i, c in enumerate(x[:17]))
    return "10X98765432"[s % 11] == x[17]


def months_back(ym, k):
    y, m = int(ym[:4]), int(ym[5:7])
    t = y * 12 + (m - 1) - k
    return "%d-%02d" % (t // 12, t % 12 + 1)


def recompute(t):
    from dateutil.relativedelta import relativedelta
    as_of = day(t["as_of"])
    docs = collections.defaultdict(list)
    for d in t["documents"]:
        docs[d["type"]].append(d["fields"] | {"_rows": d["rows"]})
    got = set()
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if t["application"] == "first":
        if not docs["collective_hukou_certificate"] and not (docs["household_register_cover"] and docs["household_register_member"]):
            got.add("packet.missing_document")
    if [r for r in req if not docs[r]]:
        got.add("packet.missing_document")
    ids, names = [], []
    for ty, d in [(k, x) for k, v in docs.items() for x in v]:
        for key in ("id_number", "employee_id_number"):
            if d.get(key):
                ids.append(d[key])
        for key in ("name", "employee_name", "holder_name"):
            if d.get(key):
                names.append(n(d[key]))
        if d.get("spouse_id_number") and not gb11643(d["spouse_id_number"]):
            got.add("identity.id_number_invalid")
    if any(not gb11643(x) for x in ids):
        got.add("identity.id_number_invalid")
    if len(set(ids)) > 1:
        got.add("identity.id_number_mismatch")
    if len(set(names)) > 1:
        got.add("identity.name_mismatch")
    unread = any(v is None and not (k == "end_date" and d.get("open_ended")) for x in docs.values() for d in x for k, v in d.items())
    rp = docs["residence_permit"][0] if docs["residence_permit"] else None
    hk = (docs["household_register_cover"] or docs["collective_hukou_certificate"] or [None])[0]
    if rp and hk:
        if rp["hukou_address"] and hk["address"] and n(rp["hukou_address"]) != n(hk["address"]):
            got.add("address.hukou_mismatch")
    if rp:
        if rp["valid_until"] and day(rp["valid_until"]) < as_of:
            got.add("permit.expired")
        if rp["issue_date"]:
            i, c = day(rp["issue_date"]), 0
            for k in range(1, (as_of - i).days + 1):
                x = i + dt.timedelta(days=k)
                c += (x in CN_MAKEUP) or (x.weekday() < 5 and x not in CN_HOLIDAYS)
            if c < 5:
                got.add("permit.too_recent")
    idc = docs["id_card"][0] if docs["id_card"] else None
    if idc and idc["valid_until"] not in (None, "long_term") and day(idc["valid_until"]) < as_of:
        got.add("id_card.expired")
    bd = day(idc["birth_date"]) if idc else next((dt.date(int(x[6:10]), int(x[10:12]), int(x[12:14])) for x in ids if gb11643(x)), None)
    age = relativedelta(as_of, bd).years if bd else None
    if age is not None and (age < 18 or age > 60):
        got.add("applicant.age_out_of_range")
    cs = docs["labour_contract"]
    if cs:
        c = sorted(cs, key=lambda c: (c["open_ended"], c["end_date"] or "", c["start_date"]))[-1]
        if not c["open_ended"]:
            s, e = day(c["start_date"]), day(c["end_date"])
            if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                got.add("contract.term_too_short")
            if e < as_of + relativedelta(months=2):
                got.add("contract.ends_within_two_months")
        for src, per, who in (("tax_record", "period", "withholding_agent"), ("social_insurance_record", "month", "employer")):
            if docs[src] and docs[src][0]["_rows"]:
                rows = docs[src][0]["_rows"]
                latest = sorted(r[per] for r in rows)[-1]
                if n(c["employer"]) not in [n(r[who]) for r in rows if r[per] == latest]:
                    got.add("employer.mismatch")
    if docs["tax_record"]:
        # window: six latest months M with the 15th of M+1 on or before as-of
        m = dt.date(as_of.year, as_of.month, 1)
        win = []
        while len(win) < 6:
            dl = (m + relativedelta(months=1)).replace(day=15)
            if dl <= as_of:
                win.append(m.strftime("%Y-%m"))
            m -= relativedelta(months=1)
        have = {r["period"] for r in docs["tax_record"][0]["_rows"]}
        if set(win) - have:
            got.add("tax.missing_months")
    si_pts = None
    if docs["social_insurance_record"]:
        rows = docs["social_insurance_record"][0]["_rows"]
        reg = {r["month"] for r in rows if not r["back_payment"]}
        am = as_of.strftime("%Y-%m")
        if len([k for k in range(1, 13) if months_back(am, k) in reg]) < 6:
            got.add("social_insurance.insufficient_months")
        if am not in reg and months_back(am, 1) not in reg:
            got.add("social_insurance.not_paying")
        si_pts = len(reg) // 12 * 3
    items = {}
    if age is not None:
        items["age"] = 0 if (age < 18 or age > 60) else (30 if age <= 43 else (5 if age >= 56 else 5 + 2 * (56 - age)))
    dip = {d["level"]: d for d in docs["diploma"]}
    deg = {d["level"] for d in docs["degree_certificate"]}
    unsup = False
    if docs["diploma"] or docs["degree_certificate"]:
        e = 0
        if "专科" in dip: e = 50
        if "本科" in dip: e = 60
        if "学士" in deg: e = 90; unsup |= "本科" not in dip
        if "硕士" in deg: e = 100; unsup |= "硕士研究生" not in dip
        if "博士" in deg: e = 110; unsup |= "博士研究生" not in dip
        for d in docs["diploma"]:
            if any(w in d.get("study_mode", "") for w in ("成人", "自考", "网络")) and not any(x.get("online_record") and x["level"] == d["level"] for x in docs["diploma"]):
                unsup = True
        items["education"] = e
    if si_pts is not None:
        items["social_insurance_years"] = si_pts
    est = sum(items.values())
    if est < 120:
        got.add("points.below_standard")
    if unsup:
        got.add("points.claim_unsupported")
    if any(p["type"] == "unknown" and p["capture"] in ("photo_dark",) for p in t["pages"]) or any(p["type"] == "unknown" and "blank_page" in t["defects"] for p in t["pages"]):
        got.add("quality.unreadable_page")
    if unread:
        got.add("field.unreadable")
    return got, {"standard": 120, "estimate": est, "items": items}


def count_pages(path):
    low = path.lower()
    if low.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        return len(doc), doc
    from PIL import Image
    if low.endswith(".heic"):
        import pillow_heif
        pillow_heif.register_heif_opener()
    im = Image.open(path)
    return getattr(im, "n_frames", 1), None


def main():
    root = sys.argv[1]
    probs = []
    P = lambda pk, msg: probs.append("%s: %s" % (pk, msg))
    man = json.load(open(os.path.join(root, "_layout", "manifest.json")))
    seed = man["seed"]
    from . import facts, fonts
    stats = collections.Counter()
    caps, forms_, verd, rules_ = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    truths = sorted(f for f in os.listdir(root) if f.endswith(".truth.json"))
    for tf in truths:
        t = json.load(open(os.path.join(root, tf), encoding="utf-8"))
        pk = t["packet"]
        if list(t.keys()) != KEYS:
            P(pk, "keys %s" % list(t.keys()))
        if set(t["points"].keys()) != {"standard", "estimate", "items"}:
            P(pk, "points keys")
        for r in t["expected_rules"]:
            if r not in SPEC_RULES:
                P(pk, "rule not in SPEC: " + r)
        sev = {SPEC_RULES.get(r) for r in t["expected_rules"]}
        v = "fix" if "error" in sev else ("review" if "warning" in sev else "ready")
        if v != t["verdict"]:
            P(pk, "verdict %s but rules say %s" % (t["verdict"], v))
        got, pts = recompute(t)
        if got != set(t["expected_rules"]):
            P(pk, "rules recomputed %s != truth %s" % (sorted(got), t["expected_rules"]))
        if pts != t["points"]:
            P(pk, "points recomputed %s != truth %s" % (pts, t["points"]))
        # re-draw facts
        i = int(pk[2:])
        rng, F = facts.draw_packet(seed, i)
        docs = facts.build_documents(rng, F)
        if t["as_of"] != F["as_of"].isoformat() or t["application"] != F["application"]:
            P(pk, "as_of/application differ from drawn facts")
        if [(d["type"], d["fields"]) for d in docs] != [(d["type"], d["fields"]) for d in t["documents"]]:
            P(pk, "documents' fields differ from drawn facts")
        if [[{k: v for k, v in r.items() if not k.startswith("_")} for r in d["rows"]] for d in docs] != [d["rows"] for d in t["documents"]]:
            P(pk, "rows differ from drawn facts")
        for d in t["documents"]:
            if d["type"] not in TYPES:
                P(pk, "type " + d["type"])
            forms_["%s/%s" % (d["type"], d["layout"])] += 1
            if not d["pages"]:
                P(pk, "document %s has no pages" % d["type"])
            for k, val in d["fields"].items():
                if isinstance(val, str) and not fonts.can_render("song", val):
                    P(pk, "no font has a glyph of %r" % val)
            if d["type"] == "tax_record":
                for r in d["rows"]:
                    if len(r["period"]) != 7:
                        P(pk, "period format")
        # files and pages
        pdir = os.path.join(root, pk)
        files = sorted(os.listdir(pdir))
        listed = collections.defaultdict(set)
        for p in t["pages"]:
            listed[p["file"]].add(p["page"])
            caps[p["capture"]] += 1
            stats["pages"] += 1
            if p["rotation"] not in (0, 90, 180, 270):
                P(pk, "rotation")
            if p["type"] not in TYPES:
                P(pk, "page type")
        for f in files:
            if f not in listed:
                P(pk, "file left out of the truth: " + f)
                continue
            cnt, pdf = count_pages(os.path.join(pdir, f))
            if listed[f] != set(range(1, cnt + 1)):
                P(pk, "%s has %d pages, truth lists %s" % (f, cnt, sorted(listed[f])))
            if pdf is not None and any(p["capture"] == "text_pdf" for p in t["pages"] if p["file"] == f):
                txt = "".join(pdf[k].get_textpage().get_text_range() for k in range(cnt))
                txt = "".join(txt.split())
                for d in t["documents"]:
                    if any(pp["file"] == f for pp in d["pages"]):
                        for key in ("name", "id_number"):
                            if d["fields"].get(key) and d["fields"][key] not in txt:
                                P(pk, "%s: %s not in text layer" % (f, key))
        for f in listed:
            if f not in files:
                P(pk, "listed file missing: " + f)
        pageset = {(p["file"], p["page"]) for p in t["pages"]}
        for d in t["documents"]:
            for pp in d["pages"]:
                if (pp["file"], pp["page"]) not in pageset:
                    P(pk, "document page not in pages")
        # layout boxes
        lay = json.load(open(os.path.join(root, "_layout", pk + ".json"), encoding="utf-8"))
        nullish = any(v is None for d in t["documents"] for k, v in d["fields"].items() if not (k == "end_date" and d["fields"].get("open_ended")))
        for sp in lay["pages"]:
            if not sp["in_frame"]:
                P(pk, "%s p%d: page not wholly in the photo" % (sp["file"], sp["page"]))
            for b in sp["boxes"]:
                x0, y0, x1, y1 = b["box"]
                stats["boxes"] += 1
                if x0 < 0.005 or y0 < 0.005 or x1 > 0.995 or y1 > 0.995:
                    P(pk, "%s p%d: text off the page: %s %s" % (sp["file"], sp["page"], b["text"], b["box"]))
                if b["hidden"] and not nullish:
                    P(pk, "hidden value but truth has no unreadable field")
                if b["value"] and not b["hidden"]:
                    stats["value_boxes"] += 1
                    for cx, cy, rx, ry in sp["seals"]:
                        # nearest point of the box to the seal centre, in seal-radius units
                        dx = max(x0 - cx, 0, cx - x1) / rx
                        dy = max(y0 - cy, 0, cy - y1) / ry
                        if dx * dx + dy * dy < 0.92:
                            P(pk, "%s p%d: value under a seal: %s" % (sp["file"], sp["page"], b["text"]))
        verd[t["verdict"]] += 1
        for r in t["expected_rules"]:
            rules_[r] += 1
    for r in SPEC_RULES:
        if rules_[r] < 2:
            probs.append("rule %s raised in only %d packets" % (r, rules_[r]))
    for p in probs:
        print(p)
    print("packets:", len(truths), "pages:", stats["pages"], "text boxes:", stats["boxes"], "value boxes:", stats["value_boxes"])
    print("verdicts:", dict(verd))
    print("rules:", dict(sorted(rules_.items())))
    print("captures:", dict(sorted(caps.items())))
    print("documents by type/form:", dict(sorted(forms_.items())))
    print("problems: %d" % len(probs))


if __name__ == "__main__":
    main()
