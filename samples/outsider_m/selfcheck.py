"""python -m outsider_m.selfcheck DIR — recompute rules/verdict/points from truth documents (ignoring defect tags)."""
import glob
import json
import os
import sys
from .rules import evaluate

DEFECT_RULE = {"hukou_address_one_char": "address.hukou_mismatch", "contract_ends_soon": "contract.ends_within_two_months",
               "contract_ended": "contract.ends_within_two_months", "contract_term_short": "contract.term_too_short",
               "tax_missing_month": "tax.missing_months", "tax_print_too_early": "tax.missing_months",
               "tax_paid_by_agency": "employer.mismatch", "tax_paid_by_other_company": "employer.mismatch",
               "si_paid_by_agency": "employer.mismatch", "name_mismatch": "identity.name_mismatch",
               "id_number_typo": "identity.id_number_mismatch", "permit_expired": "permit.expired",
               "id_card_expired": "id_card.expired", "missing_tax_record": "packet.missing_document",
               "missing_household_register": "packet.missing_document", "si_back_payment_only": "social_insurance.insufficient_months",
               "si_stopped": "social_insurance.not_paying", "points_below_standard": "points.below_standard",
               "permit_too_recent": "permit.too_recent", "degree_without_diploma": "points.claim_unsupported",
               "adult_diploma_without_xuexin": "points.claim_unsupported", "id_card_back_missing": "field.unreadable",
               "permit_card_without_hukou_address": "field.unreadable"}


def check(d):
    problems = []
    files = sorted(glob.glob(os.path.join(d, "*.truth.json")))
    for tf in files:
        t = json.load(open(tf, encoding="utf-8"))
        pid = t["packet"]
        ev = evaluate(t)
        if sorted(ev["rules"]) != sorted(t["expected_rules"]):
            problems.append("%s: rules %s != truth %s" % (pid, sorted(ev["rules"]), t["expected_rules"]))
        if ev["verdict"] != t["verdict"]:
            problems.append("%s: verdict %s != truth %s" % (pid, ev["verdict"], t["verdict"]))
        if ev["points"] != t["points"]:
            problems.append("%s: points %s != truth %s" % (pid, ev["points"], t["points"]))
        for df in t["defects"]:
            if DEFECT_RULE.get(df) not in ev["rules"]:
                problems.append("%s: defect %s not reflected by any rule" % (pid, df))
        if not t["defects"] and t["verdict"] != "ready":
            problems.append("%s: no defects but verdict %s" % (pid, t["verdict"]))
        # pages exist, documents reference listed pages, every listed page is referenced by a doc or is unknown
        pk = os.path.join(d, pid)
        listed = {(p["file"], p["page"]) for p in t["pages"]}
        for p in t["pages"]:
            if not os.path.exists(os.path.join(pk, p["file"])):
                problems.append("%s: missing file %s" % (pid, p["file"]))
        used = set()
        for doc in t["documents"]:
            if not doc["pages"]:
                problems.append("%s: document %s without pages" % (pid, doc["type"]))
            for p in doc["pages"]:
                if (p["file"], p["page"]) not in listed:
                    problems.append("%s: %s page %s not listed" % (pid, doc["type"], p))
                used.add((p["file"], p["page"]))
        for p in t["pages"]:
            if p["type"] != "unknown" and (p["file"], p["page"]) not in used:
                problems.append("%s: page %s:%d typed %s but in no document" % (pid, p["file"], p["page"], p["type"]))
        on_disk = set(os.listdir(pk)) if os.path.isdir(pk) else set()
        if on_disk != {p["file"] for p in t["pages"]}:
            problems.append("%s: files on disk differ from page list: %s" % (pid, sorted(on_disk ^ {p["file"] for p in t["pages"]})))
    return files, problems


def main():
    d = sys.argv[1]
    files, problems = check(d)
    for p in problems:
        print("PROBLEM", p)
    print("selfcheck: %d packets, %d problems" % (len(files), len(problems)))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
