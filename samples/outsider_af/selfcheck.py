"""python -m samples.outsider_af.selfcheck DIR

Checks every packet against its truth: the truth's keys, the files and their
page counts, that every truth value was drawn (and, in text PDFs, is in the
text layer) on a page of its document, that every drawn character has a glyph
in the font that drew it, and that the verdict, the expected rules and the
points follow from the truth values by SPEC §4/§6 (re-derived independently of
the generator's plan)."""
import datetime as dt
import json
import os
import sys
from collections import Counter

from . import fonts
from .norm import norm_text, parse_field

TOP = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
PAGE_KEYS = ["file", "page", "type", "capture", "rotation"]
DOC_KEYS = ["type", "layout", "pages", "fields", "rows"]
TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown"}
WARN = {"permit.too_recent", "field.unreadable", "quality.unreadable_page", "points.below_standard",
        "points.claim_unsupported"}


def D(s):
    return dt.date.fromisoformat(s)


def add_months(d, n):
    import calendar
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def id_ok(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] != s[17]:
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return True


def derive(t, layout_pages):
    """SPEC §4 and §6 applied to the truth values."""
    as_of = D(t["as_of"])
    docs = t["documents"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    g = lambda ty: by.get(ty, [None])[0]
    rules = set()
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if t["application"] == "first":
        if not (g("collective_hukou_certificate") or (g("household_register_cover") and g("household_register_member"))):
            rules.add("packet.missing_document")
    if any(not g(n) for n in need):
        rules.add("packet.missing_document")
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
        rules.add("identity.name_mismatch")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")
    if any(not id_ok(i) for i in ids):
        rules.add("identity.id_number_invalid")
    idc, pm, ct, tx, si = g("id_card"), g("residence_permit"), g("labour_contract"), g("tax_record"), \
        g("social_insurance_record")
    cover = g("household_register_cover") or g("collective_hukou_certificate")
    unreadable = False
    if pm:
        f = pm["fields"]
        if cover and norm_text(f["hukou_address"]) != norm_text(cover["fields"]["address"]):
            rules.add("address.hukou_mismatch")
        if "valid_until" in f:
            if D(f["valid_until"]) < as_of:
                rules.add("permit.expired")
        else:
            unreadable = True
        iss = D(f["issue_date"])
        n, cur = 0, iss + dt.timedelta(days=1)
        while cur <= as_of:
            n += cur.weekday() < 5
            cur += dt.timedelta(days=1)
        if n < 5:
            rules.add("permit.too_recent")
    if idc:
        f = idc["fields"]
        if "valid_until" not in f:
            unreadable = True
        elif f["valid_until"] != "long_term" and D(f["valid_until"]) < as_of:
            rules.add("id_card.expired")
        b = D(f["birth_date"])
        age = as_of.year - b.year - ((as_of.month, as_of.day) < (b.month, b.day))
        if age < 18 or age > 60:
            rules.add("applicant.age_out_of_range")
    if unreadable:
        rules.add("field.unreadable")
    if ct:
        f = ct["fields"]
        if not f["open_ended"]:
            s, e = D(f["start_date"]), D(f["end_date"])
            try:
                s1 = s.replace(year=s.year + 1)
            except ValueError:
                s1 = s.replace(year=s.year + 1, day=28)
            if e + dt.timedelta(days=1) < s1:
                rules.add("contract.term_too_short")
            if e < add_months(as_of, 2):
                rules.add("contract.ends_within_two_months")
    if tx:
        m0 = dt.date(as_of.year, as_of.month, 1)
        latest = add_months(m0, -1) if as_of.day >= 15 else add_months(m0, -2)
        win = [f"{add_months(latest, -k):%Y-%m}" for k in range(5, -1, -1)]
        have = {r["period"] for r in tx["rows"]}
        if any(m not in have for m in win):
            rules.add("tax.missing_months")
        last = max(have)
        if ct and norm_text(ct["fields"]["employer"]) not in {norm_text(r["withholding_agent"]) for r in tx["rows"]
                                                               if r["period"] == last}:
            rules.add("employer.mismatch")
    if si:
        m0 = dt.date(as_of.year, as_of.month, 1)
        reg = {r["month"] for r in si["rows"] if not r["back_payment"]}
        before = {f"{add_months(m0, -k):%Y-%m}" for k in range(1, 13)}
        if len(reg & before) < 6:
            rules.add("social_insurance.insufficient_months")
        if f"{m0:%Y-%m}" not in reg and f"{add_months(m0, -1):%Y-%m}" not in reg:
            rules.add("social_insurance.not_paying")
        last = max(r["month"] for r in si["rows"])
        if ct and norm_text(ct["fields"]["employer"]) not in {norm_text(r["employer"]) for r in si["rows"]
                                                               if r["month"] == last}:
            rules.add("employer.mismatch")
    for p, L in zip(t["pages"], layout_pages):
        if p["type"] == "unknown" and (p["capture"] == "dark" or not L["entries"]):
            rules.add("quality.unreadable_page")
    # points
    items = {}
    if idc:
        b = D(idc["fields"]["birth_date"])
        age = as_of.year - b.year - ((as_of.month, as_of.day) < (b.month, b.day))
        items["age"] = 0 if age > 60 else 5 if age >= 56 else min(30, 5 + 2 * (56 - age))
    dips = {d["fields"]["level"]: d for d in by.get("diploma", [])}
    degs = {d["fields"]["level"] for d in by.get("degree_certificate", [])}
    edu = 0
    if "硕士" in dips and "硕士" in degs or ("硕士" in degs and "硕士" not in dips):
        edu = 100
    elif "本科" in dips and "学士" in degs or ("学士" in degs and "本科" not in dips):
        edu = 90
    elif "本科" in dips:
        edu = 60
    elif "专科" in dips:
        edu = 50
    items["education"] = edu
    if ("学士" in degs and "本科" not in dips) or ("硕士" in degs and "硕士" not in dips):
        rules.add("points.claim_unsupported")
    for d in by.get("diploma", []):
        if d["fields"].get("study_mode", "普通全日制") != "普通全日制" and not d["fields"].get("online_record"):
            rules.add("points.claim_unsupported")
    if si:
        reg = sum(1 for r in si["rows"] if not r["back_payment"])
        if reg // 12:
            items["social_insurance_years"] = 3 * (reg // 12)
    est = sum(items.values())
    if est < 120:
        rules.add("points.below_standard")
    verdict = "fix" if rules - WARN else "review" if rules else "ready"
    return rules, verdict, est, items


def page_count(path):
    if path.lower().endswith(".pdf"):
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(path))
    from PIL import Image
    try:
        import pillow_heif
        pillow_heif.register_heif_opener()
    except ImportError:
        pass
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def pdf_text(path, page):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    return doc[page - 1].get_textpage().get_text_range()


def check_packet(root, pid):
    probs = []
    P = lambda m: probs.append(f"{pid}: {m}")
    t = json.load(open(os.path.join(root, pid + ".truth.json"), encoding="utf-8"))
    L = json.load(open(os.path.join(root, "_layout", pid + ".json"), encoding="utf-8"))["pages"]
    if list(t) != TOP:
        P(f"truth keys {list(t)}")
    if set(t["points"]) != {"standard", "estimate", "items"}:
        P("points keys")
    for p in t["pages"]:
        if list(p) != PAGE_KEYS or p["type"] not in TYPES:
            P(f"page entry {p}")
    for d in t["documents"]:
        if list(d) != DOC_KEYS:
            P(f"doc keys {list(d)}")
    pdir = os.path.join(root, pid)
    on_disk = set(os.listdir(pdir))
    files = Counter(p["file"] for p in t["pages"])
    if on_disk != set(files):
        P(f"files on disk {sorted(on_disk ^ set(files))} differ from truth")
    for f, n in files.items():
        if f in on_disk:
            got = page_count(os.path.join(pdir, f))
            pages = sorted(p["page"] for p in t["pages"] if p["file"] == f)
            if got != n or pages != list(range(1, n + 1)):
                P(f"{f}: {got} pages on disk, truth {pages}")
    if [(p["file"], p["page"]) for p in t["pages"]] != [(x["file"], x["page"]) for x in L]:
        P("layout log and truth pages disagree")
    # every page of a document lists it; every document page is typed as it
    for di, d in enumerate(t["documents"]):
        for pg in d["pages"]:
            tp = [p for p in t["pages"] if p["file"] == pg["file"] and p["page"] == pg["page"]]
            if not tp or tp[0]["type"] != d["type"]:
                P(f"doc {di} page {pg} not typed {d['type']}")
    # values drawn
    texts = {}
    nvals = 0
    for di, d in enumerate(t["documents"]):
        mine = [x for x in L if x["doc"] == di]
        ents = [e for x in mine for e in x["entries"] if e.get("doc") == di and not e.get("clipped")]
        for k, v in d["fields"].items():
            if isinstance(v, bool) and k != "open_ended":
                continue
            cand = [e for e in ents if e["field"] == k and "row" not in e]
            if not any(parse_field(k, e["text"]) == v for e in cand):
                P(f"doc {di} {d['type']}.{k}={v!r} not drawn ({[e['text'] for e in cand]})")
            nvals += 1
        for ri, r in enumerate(d["rows"]):
            for k, v in r.items():
                cand = [e for e in ents if e["field"] == k and e.get("row") == ri]
                if k == "back_payment" and not v:
                    if cand:
                        P(f"doc {di} row {ri} marked 补缴 but is regular")
                    continue
                if not any(parse_field(k, e["text"]) == v for e in cand):
                    P(f"doc {di} {d['type']} row {ri} {k}={v!r} not drawn ({[e['text'] for e in cand]})")
                nvals += 1
        # text-layer PDFs: the value is in the text layer
        for x in mine:
            if x["file"].lower().endswith(".pdf") and any(p["capture"] == "text_pdf" for p in t["pages"]
                                                          if p["file"] == x["file"]):
                key = (x["file"], x["page"])
                if key not in texts:
                    texts[key] = norm_text(pdf_text(os.path.join(pdir, x["file"]), x["page"]))
                for e in x["entries"]:
                    if e.get("doc") == di:
                        for ln in e.get("lines", [e["text"]]):
                            if norm_text(ln) not in texts[key]:
                                P(f"{x['file']} p{x['page']}: {ln!r} not in the text layer")
    # glyphs
    for x in L:
        for e in x["entries"]:
            if "fonts" in e:
                for ch in e["text"]:
                    if not any(fonts.has(k, ch) for k in e["fonts"]):
                        P(f"{x['file']}: {ch!r} has no glyph in {e['fonts']}")
    # verdict and rules
    rules, verdict, est, items = derive(t, L)
    if set(t["expected_rules"]) != rules:
        P(f"expected_rules {sorted(t['expected_rules'])} but SPEC gives {sorted(rules)}")
    if t["verdict"] != verdict:
        P(f"verdict {t['verdict']} but SPEC gives {verdict}")
    if t["points"]["estimate"] != est or t["points"]["items"] != items:
        P(f"points {t['points']} but SPEC gives {est} {items}")
    return probs, t, nvals


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    root = argv[0]
    try:
        import pillow_heif
        pillow_heif.register_heif_opener()
    except ImportError:
        pass
    pids = sorted(f[:-11] for f in os.listdir(root) if f.endswith(".truth.json"))
    probs = []
    verdicts, pages, rules, types, caps = Counter(), Counter(), Counter(), Counter(), Counter()
    nvals = 0
    if not os.path.exists(os.path.join(root, "_layout", "manifest.json")):
        probs.append("no _layout/manifest.json")
    for pid in pids:
        pr, t, n = check_packet(root, pid)
        probs += pr
        nvals += n
        verdicts[t["verdict"]] += 1
        pages[t["verdict"]] += len(t["pages"])
        for r in t["expected_rules"]:
            rules[r] += 1
        for p in t["pages"]:
            types[p["type"]] += 1
            caps[p["capture"]] += 1
    for r in ["packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
              "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "permit.too_recent",
              "id_card.expired", "applicant.age_out_of_range", "contract.term_too_short",
              "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
              "social_insurance.insufficient_months", "social_insurance.not_paying", "field.unreadable",
              "quality.unreadable_page", "points.below_standard", "points.claim_unsupported"]:
        if len(pids) >= 40 and rules[r] < 2:
            probs.append(f"rule {r} in {rules[r]} packets (< 2)")
    for p in probs:
        print("PROBLEM", p)
    print("rules:", dict(sorted(rules.items())))
    print("page types:", dict(sorted(types.items())))
    print("captures:", dict(sorted(caps.items())))
    print(f"values checked: {nvals}")
    print(f"packets: {len(pids)} ({', '.join(f'{v} {verdicts[v]}' for v in ('ready', 'review', 'fix'))}); "
          f"pages: {sum(pages.values())} ({', '.join(f'{v} {pages[v]}' for v in ('ready', 'review', 'fix'))})")
    print(f"problems: {len(probs)}")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
