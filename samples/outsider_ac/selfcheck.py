"""Re-check every truth file in DIR against the re-drawn facts and the SPEC. Ends with `problems: N`."""
import argparse
import glob
import json
import os
import re
import sys
from . import facts, rules
from .rules import pd, add_months, add_years, tax_window, workdays_between, completed_age, norm

SPEC_RULES = set(rules.RULE_SEVERITY)
TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown"}
KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]


def page_count(path):
    ext = path.lower().rsplit(".", 1)[-1]
    if ext == "pdf":
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(path))
    from PIL import Image
    if ext == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
    im = Image.open(path)
    return getattr(im, "n_frames", 1)


def check(path, seed, probs):
    t = json.load(open(path, encoding="utf-8"))
    pid = t.get("packet")
    P = lambda m: probs.append("%s: %s" % (pid, m))
    if list(t) != KEYS:
        P("keys %s" % list(t))
    i = int(re.sub(r"\D", "", pid))
    p = facts.build(seed, i)
    # facts
    if t["as_of"] != p.as_of.isoformat() or t["application"] != p.application:
        P("as_of/application differ from drawn facts")
    if len(t["documents"]) != len(p.docs):
        P("document count differs from drawn facts")
    for td, fd in zip(t["documents"], p.docs):
        if td["type"] != fd["type"] or td["fields"] != fd["fields"]:
            P("document %s fields differ from drawn facts" % td["type"])
        if fd["rows"] and len(td["rows"]) != len(fd["rows"]):
            P("rows differ")
        if td["type"] not in TYPES:
            P("unknown type " + td["type"])
        if not td["pages"]:
            P("document %s has no page" % td["type"])
    # rules and verdict
    for r in t["expected_rules"]:
        if r not in SPEC_RULES:
            P("rule %s not in SPEC" % r)
    again = rules.evaluate(t)
    if again != sorted(t["expected_rules"]):
        P("expected_rules %s but recomputed %s" % (t["expected_rules"], again))
    sev = [rules.RULE_SEVERITY[r] for r in t["expected_rules"] if r in SPEC_RULES]
    v = "fix" if "error" in sev else "review" if "warning" in sev else "ready"
    if t["verdict"] != v:
        P("verdict %s inconsistent (%s)" % (t["verdict"], v))
    if t["verdict"] != p.intended:
        P("scenario %s meant %s, got %s" % (p.scenario, p.intended, t["verdict"]))
    miss = p.must - set(t["expected_rules"])
    extra = p.must_not & set(t["expected_rules"])
    if miss or extra:
        P("scenario %s boundary landed wrong side: missing %s, unwanted %s" % (p.scenario, miss, extra))
    # independent boundary arithmetic for the edge scenarios
    as_of = pd(t["as_of"])
    lc = [d for d in t["documents"] if d["type"] == "labour_contract"][0]["fields"]
    if "end_exact" in p.contract:
        want = add_months(as_of, 2).toordinal() + p.contract["end_exact"]
        if pd(lc["end_date"]).toordinal() != want:
            P("contract end not at the intended boundary")
    if p.contract.get("term_mode") == "exact_year" and pd(lc["end_date"]).toordinal() + 1 != add_years(pd(lc["start_date"]), 1).toordinal():
        P("term not exactly a year")
    pm = [d for d in t["documents"] if d["type"] == "residence_permit"][0]["fields"]
    if p.permit.get("valid_until") is not None and (pd(pm["valid_until"]) - as_of).days != p.permit["valid_until"]:
        P("permit validity not at boundary")
    if p.permit.get("issue"):
        n = workdays_between(pd(pm["issue_date"]), as_of)
        if (n >= 5) != ("permit.too_recent" not in t["expected_rules"]):
            P("too_recent inconsistent with %d working days" % n)
        # only decide boundaries on calendars we are sure of
        if not (as_of.year == 2025 or as_of.month in (3, 11)):
            P("too_recent boundary outside a certain calendar stretch")
    ic = [d for d in t["documents"] if d["type"] == "id_card"][0]["fields"]
    if ic["valid_until"] != "long_term":
        vf, vu = pd(ic["valid_from"]), pd(ic["valid_until"])
        a = completed_age(pd(ic["birth_date"]), vf)
        yrs = vu.year - vf.year
        if (vu.month, vu.day) != (vf.month, vf.day) or yrs != (5 if a < 16 else 10 if a <= 25 else 20):
            P("id card validity %s-%s does not fit age %d at issue" % (vf, vu, a))
    elif completed_age(pd(ic["birth_date"]), pd(ic["valid_from"])) < 46:
        P("long-term id card issued before 46")
    if not rules.id_valid(ic["id_number"]) or ic["id_number"][6:14] != ic["birth_date"].replace("-", ""):
        P("id number does not carry the birth date / check digit")
    # points §6
    pts = rules.points(t)
    if t["points"] != pts:
        P("points %s recomputed %s" % (t["points"], pts))
    it = t["points"]["items"]
    if sum(it.values()) != t["points"]["estimate"] or t["points"]["standard"] != 120:
        P("points sum")
    if (t["points"]["estimate"] < 120) != ("points.below_standard" in t["expected_rules"]):
        P("below_standard inconsistent")
    # pages
    pdir = os.path.join(os.path.dirname(path), pid)
    on_disk = set(os.listdir(pdir)) if os.path.isdir(pdir) else set()
    listed = {}
    for pg in t["pages"]:
        if set(pg) != {"file", "page", "type", "capture", "rotation"}:
            P("page keys")
        listed.setdefault(pg["file"], []).append(pg["page"])
        if pg["type"] not in TYPES:
            P("page type " + pg["type"])
    for fn, pages in listed.items():
        if fn not in on_disk:
            P("listed file missing: " + fn)
            continue
        n = page_count(os.path.join(pdir, fn))
        if sorted(pages) != list(range(1, n + 1)):
            P("%s has %d pages, truth lists %s" % (fn, n, pages))
    for fn in on_disk - set(listed):
        P("file not in truth: " + fn)
    for d in t["documents"]:
        for ref in d["pages"]:
            if not any(pg["file"] == ref["file"] and pg["page"] == ref["page"] and pg["type"] == d["type"] for pg in t["pages"]):
                P("document page %s not in pages" % ref)
    return t


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=9901)
    a = ap.parse_args(argv)
    probs = []
    files = sorted(glob.glob(os.path.join(a.dir, "*.truth.json")))
    from collections import Counter
    verdicts, rulec = Counter(), Counter()
    for f in files:
        try:
            t = check(f, a.seed, probs)
            verdicts[t["verdict"]] += 1
            rulec.update(t["expected_rules"])
        except Exception as e:  # noqa
            probs.append("%s: crashed %r" % (f, e))
    for pr in probs:
        print(pr)
    print("packets:", len(files), dict(verdicts))
    print("rules:", dict(rulec))
    print("problems: %d" % len(probs))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
