"""One packet: persona -> documents -> captured files -> truth JSON."""
import json
import os
import random
import shutil

from . import persona, plan, place, oracle
from .registry import Registry

AS_OF = "2026-12-07"

DEFECT_TAGS = [
    ("term", "short", "contract_term_under_one_year"), ("term", "ends_soon", "contract_ends_soon"),
    ("term", "expired", "contract_expired"), ("story", "agency_si", "social_insurance_paid_by_agency"),
    ("story", "agency_tax", "tax_withheld_by_agency"), ("story", "renamed", "employer_renamed_after_contract"),
    ("story", "si_lag", "social_insurance_still_at_previous_employer"), ("tax", "missing_month", "tax_month_missing"),
    ("tax", "print_early", "tax_record_stops_early"), ("si", "backpay", "social_insurance_back_payments"),
    ("si", "new", "social_insurance_few_months"), ("si", "ended", "social_insurance_stopped"),
    ("si", "cut_employer", "social_insurance_employer_cut_off"), ("permit_state", "recent", "permit_issued_recently"),
    ("permit_state", "expired", "permit_expired"), ("hukou_moved", True, "hukou_address_changed"),
    ("hukou", "cover_only", "member_page_missing"), ("idcard", "expired", "id_card_expired"),
    ("age", "61", "age_over_60"), ("age", "17", "age_under_18"),
    ("cover_term", "note", "contract_term_covered_by_sticky_note"), ("cover_term", "smear", "contract_term_smeared"),
    ("edu", "degree_only", "degree_without_diploma"), ("edu", "adult", "adult_diploma_without_xuexin_record"),
]


def defects(k, rules):
    out = [tag for key, val, tag in DEFECT_TAGS if k.get(key) == val]
    if k["hukou"] == "none" and k["application"] == "first":
        out.append("household_register_missing")
    for s in ("name_slip_contract", "name_slip_permit", "idn_typo_contract", "idn_typo_member"):
        if s in k["ident"]:
            out.append(s)
    if k["blank"] != "none":
        out.append("blank_pages")
    if k["permit"] == "card_only" and k["hukou"] in ("booklet", "cover_only", "collective"):
        out.append("permit_card_without_hukou_address")
    if "points.below_standard" in rules:
        out.append("points_below_standard")
    return out


def _clean_rows(rows):
    return [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]


def build(i, seed, outdir):
    rng = random.Random("%s-%d" % (seed, i))
    planned, title, knobs = plan.scenario(i)
    k, who, comp, docs = persona.build(knobs, rng)
    pid = "ai%03d" % i
    pdir = os.path.join(outdir, pid)
    if os.path.exists(pdir):
        shutil.rmtree(pdir)
    os.makedirs(pdir)
    reg = Registry(pdir, rng)
    ctx = place.Ctx(rng, reg, who, k)
    for d in docs:
        t = d["type"]
        if t == "id_card":
            place.id_card(ctx, d)
        elif t == "residence_permit":
            place.residence_permit(ctx, d)
        elif t in ("household_register_cover", "household_register_member", "collective_hukou_certificate"):
            place.household(ctx, d)
        elif t == "labour_contract":
            place.labour_contract(ctx, d)
        elif t == "tax_record":
            place.tax_record(ctx, d)
        elif t == "social_insurance_record":
            place.si_record(ctx, d)
        elif t in ("diploma", "degree_certificate"):
            place.education(ctx, d)
        elif t == "marriage_certificate":
            place.marriage(ctx, d)
    place.extras(ctx)
    place.flush_pool(ctx)
    files = sorted(reg.files, key=lambda f: f["name"])
    pages = []
    refs = {id(d): [] for d in docs}
    for f in files:
        for p in f["pages"]:
            pages.append({"file": f["name"], "page": p["page"], "type": p["type"], "capture": p["capture"],
                          "rotation": p.get("rotation", 0)})
            if p.get("doc") is not None:
                refs[id(p["doc"])].append((p["dpage"], f["name"], p["page"]))
    documents = []
    for d in docs:
        rr = sorted(refs[id(d)])
        seen, plist = set(), []
        for _, fn, pg in rr:
            if (fn, pg) not in seen:
                seen.add((fn, pg))
                plist.append({"file": fn, "page": pg})
        assert plist, "document %s has no page" % d["type"]
        documents.append({"type": d["type"], "layout": d["layout"] or "standard", "pages": plist,
                          "fields": d["fields"], "rows": _clean_rows(d["rows"])})
    truth = {"packet": pid, "as_of": AS_OF, "application": k["application"], "defects": [],
             "expected_rules": [], "verdict": None, "points": None, "pages": pages, "documents": documents}
    rules = oracle.evaluate(truth)
    pts, _ = oracle.points(truth)
    truth["expected_rules"] = rules
    truth["verdict"] = oracle.verdict(rules)
    truth["defects"] = defects(k, rules) if rules else []
    truth["points"] = pts
    if truth["verdict"] != planned:
        raise RuntimeError("%s: planned %s, drawn %s (%s)" % (pid, planned, truth["verdict"], rules))
    with open(os.path.join(outdir, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return {"packet": pid, "verdict": truth["verdict"], "pages": len(pages), "files": len(files),
            "title": title, "expected_rules": rules}
