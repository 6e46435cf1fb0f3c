"""python -m outsider_q --out DIR --count 40 --seed 7717 --jobs 2 [--only N]"""
import argparse
import json
import os
import shutil
import sys
import time
from multiprocessing import Pool

from .oracle import derive, expected_rules
from .scenarios import draw, SCENARIOS
from .render import render_packet

# tags that are defects (they cause findings); the others are noise that must not be flagged
DEFECT_RULES = {
    "address_digit": "address.hukou_mismatch", "address_missing_segment": "address.hukou_mismatch",
    "address_char": "address.hukou_mismatch", "address_room": "address.hukou_mismatch",
    "contract_ends_soon": "contract.ends_within_two_months", "contract_ended": "contract.ends_within_two_months",
    "contract_short": "contract.term_too_short", "tax_missing_month": "tax.missing_months",
    "tax_latest_missing": "tax.missing_months", "tax_other_payer": "employer.mismatch", "si_agency": "employer.mismatch",
    "si_back_payment": "social_insurance.not_paying", "si_insufficient": "social_insurance.insufficient_months",
    "permit_expired": "permit.expired", "id_expired": "id_card.expired", "missing_tax": "packet.missing_document",
    "missing_member": "packet.missing_document", "name_one_char": "identity.name_mismatch",
    "age61": "applicant.age_out_of_range", "id_mismatch": "identity.id_number_mismatch",
    "id_invalid": "identity.id_number_invalid", "permit_recent": "permit.too_recent",
    "permit_recent_holiday": "permit.too_recent", "edu_bachelor_only": "points.below_standard",
    "age44": "points.below_standard", "degree_no_diploma": "points.claim_unsupported",
    "adult_no_record": "points.claim_unsupported", "no_education": "points.below_standard",
    "college_only": "points.below_standard",
}


def build(args):
    n, seed, out = args
    t0 = time.time()
    name = "q%03d" % n
    folder = os.path.join(out, name)
    if os.path.exists(folder):
        shutil.rmtree(folder)
    P, rng = draw(n, seed)
    pages = render_packet(P, rng, folder)
    docs = []
    for x in P["docs"]:
        docs.append({"type": x["type"], "layout": x["layout"], "pages": x["pages"], "fields": x["fields"],
                     "rows": [{k: v for k, v in r.items() if not k.startswith("_")} for r in x["rows"]]})
    truth = {"packet": name, "as_of": P["as_of"].isoformat(), "application": P["application"],
             "defects": [t for t in SCENARIOS[(n - 1) % len(SCENARIOS)][2] if t in DEFECT_RULES],
             "expected_rules": [], "verdict": None, "points": None, "pages": pages, "documents": docs}
    findings, verdict, points = derive(truth)
    truth["expected_rules"] = expected_rules(findings)
    truth["verdict"] = verdict
    truth["points"] = points
    problems = []
    if verdict != P["verdict"]:
        problems.append("%s: verdict %s but scenario %s expects %s (%s)" % (name, verdict, P["sid"], P["verdict"], truth["expected_rules"]))
    for t in truth["defects"]:
        if DEFECT_RULES[t] not in truth["expected_rules"]:
            problems.append("%s: defect %s without rule %s" % (name, t, DEFECT_RULES[t]))
    with open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return name, P["sid"], verdict, len(pages), time.time() - t0, problems


def main(argv=None):
    ap = argparse.ArgumentParser(prog="outsider_q")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", default="7717")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", type=int, action="append")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    ns = a.only or list(range(1, a.count + 1))
    t0 = time.time()
    work = [(n, a.seed, a.out) for n in ns]
    if a.jobs > 1 and len(work) > 1:
        with Pool(a.jobs) as p:
            res = list(p.imap_unordered(build, work))
    else:
        res = [build(w) for w in work]
    res.sort()
    probs = []
    for name, sid, verdict, npages, dt_, pr in res:
        print("%s %-40s %-6s pages=%-3d %.1fs" % (name, sid, verdict, npages, dt_))
        probs += pr
    for p in probs:
        print("PROBLEM", p)
    print("%d packets in %.1fs" % (len(res), time.time() - t0))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
