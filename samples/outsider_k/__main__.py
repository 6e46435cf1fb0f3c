"""Outsider set K, drawn by a helper who never saw the readers: python -m samples.outsider_k --out DIR --count 45 --seed 2207 --jobs 2"""
import argparse
import json
import os
import random
import sys
import time
from multiprocessing import Pool

FORMS = {
    "id": ["separate", "a4_stack", "a4_side", "with_permit", "front_only"],
    "permit": ["card_info", "info_grid2", "info_grid4", "info_list", "app", "card_only"],
    "hukou": ["printed", "hand", "open", "a4_both", "collective"],
    "contract": ["shanghai_model", "company_form", "renewal"],
    "tax": ["national", "income_detail_pdf", "app", "old_form", "national"],
    "si": ["pdf", "screens", "print", "none"],
    "edu": ["bachelor", "bachelor_chsi", "master", "doctor", "bachelor", "adult_chsi"],
}

DEFECT_PLAN = [
    ["missing_cover"], ["missing_tax"], ["missing_contract"], ["missing_id_card"], ["id_invalid"],
    ["name_mismatch"], ["id_mismatch"], ["hukou_addr"], ["permit_expired"], ["permit_recent"],
    ["idcard_expired"], ["age_over"], ["term_short"], ["contract_ending"], ["contract_ended"],
    ["tax_gap"], ["tax_print_early"], ["tax_agency"], ["si_agency"], ["employer_other"],
    ["si_insufficient"], ["si_not_paying"], ["unreadable_page"], ["low_points"], ["degree_only"],
    ["adult_no_chsi"], ["hukou_addr", "tax_gap"], ["permit_recent", "contract_ending"], ["no_diploma"],
    ["id_mismatch", "unreadable_page"],
]
WARN_ONLY = {"permit_recent", "unreadable_page", "low_points", "degree_only", "adult_no_chsi", "no_diploma"}


def plan(count, seed):
    rng = random.Random(seed)
    defects = [list(d) for d in DEFECT_PLAN]
    n_clean = max(0, count - len(defects)) if count >= len(defects) + 10 else count // 3
    defects = defects[:count - n_clean] + [[] for _ in range(n_clean)]
    rng.shuffle(defects)
    out = []
    offs = {k: rng.randrange(len(v)) for k, v in FORMS.items()}
    for i, d in enumerate(defects):
        forms = {k: v[(i + offs[k]) % len(v)] for k, v in FORMS.items()}
        has_error = any(x not in WARN_ONLY for x in d)
        if forms["id"] == "front_only" and not has_error:
            forms["id"] = "separate"
        forms["mismatch_where"] = rng.choice(["contract", "tax"])
        if "name_mismatch" in d and forms["tax"] == "app" and forms["mismatch_where"] == "tax":
            forms["mismatch_where"] = "contract"
        out.append((f"k{i:03d}", d, forms))
    return out


def work(args):
    pid, defects, forms, seed, out = args
    from .packet import Packet
    t = time.time()
    p = Packet(pid, seed, defects, forms, out).build()
    truth = p.finish()
    return pid, truth["verdict"], truth["expected_rules"], truth["expected_warnings"], time.time() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="samples.outsider_k")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=45)
    ap.add_argument("--seed", type=int, default=2207)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    jobs = [(pid, d, f, a.seed, a.out) for pid, d, f in plan(a.count, a.seed)]
    if a.only:
        keep = set(a.only.split(","))
        jobs = [j for j in jobs if j[0] in keep]
    t0 = time.time()
    with Pool(min(2, max(1, a.jobs))) as pool:
        for pid, verdict, errs, warns, dt in pool.imap_unordered(work, jobs):
            print(f"{pid} {verdict:6s} {dt:5.1f}s {','.join(errs)} | {','.join(warns)}", flush=True)
    print(f"done in {time.time() - t0:.0f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
