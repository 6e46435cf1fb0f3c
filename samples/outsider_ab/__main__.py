"""python -m samples.outsider_ab --out DIR --count 40 --seed 8501 --jobs 2 [--only N]"""
import argparse
import json
import multiprocessing as mp
import os
import shutil
import sys
import time

from .packet import build
from .compose import write_packet
from .rules import evaluate

KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]


def make_truth(c, w):
    docs = []
    for d in c["docs"]:
        pages = w.doc_pages.get(d["key"])
        if not pages:
            raise RuntimeError(f"document {d['key']} has no pages")
        rows = [{k: v for k, v in r.items() if not k.startswith("_")} for r in d["rows"]]
        e = {"type": d["type"], "layout": d["layout"], "pages": pages, "fields": d["fields"], "rows": rows}
        if d["type"] == "tax_record":
            ids = {"employer": c["emp_uscc"], "prev_employer": c["prev_uscc"], "agency": c["agency_uscc"]}
            e["agent_ids"] = {c[k]: v for k, v in ids.items() if any(r["withholding_agent"] == c[k] for r in rows)}
        docs.append(e)
    t = {"packet": f"ab{c['idx']:03d}", "as_of": c["as_of"].isoformat(), "application": c["app"],
         "defects": list(c["defects"]) + (["blank_back_page"] if c["scenario"].get("blank_back") else []),
         "expected_rules": [], "verdict": None, "points": None, "pages": w.pages, "documents": docs}
    rules, verdict, points, notes = evaluate(t)
    t["expected_rules"], t["verdict"], t["points"] = rules, verdict, points
    if verdict != c["scenario"]["v"]:
        raise RuntimeError(f"packet {c['idx']}: verdict {verdict} != planned {c['scenario']['v']} ({rules}, {notes})")
    return {k: t[k] for k in KEYS}


def one(args):
    out, seed, idx, count = args
    t0 = time.time()
    c = build(seed, idx, count)
    name = f"ab{idx:03d}"
    pdir = os.path.join(out, name)
    if os.path.exists(pdir):
        shutil.rmtree(pdir)
    w = write_packet(c, pdir)
    truth = make_truth(c, w)
    with open(os.path.join(out, name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return name, truth["verdict"], len(os.listdir(pdir)), len(truth["pages"]), round(time.time() - t0, 1)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_ab")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=8501)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", type=int, action="append", help="redraw packet N only (repeatable)")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idxs = a.only or list(range(1, a.count + 1))
    jobs = [(a.out, a.seed, i, a.count) for i in idxs]
    t0 = time.time()
    if a.jobs > 1 and len(jobs) > 1:
        with mp.get_context("fork").Pool(a.jobs) as pool:
            for r in pool.imap_unordered(one, jobs):
                print(*r, flush=True)
    else:
        for j in jobs:
            print(*one(j), flush=True)
    print(f"done: {len(jobs)} packets in {time.time() - t0:.0f}s -> {a.out}")


if __name__ == "__main__":
    sys.exit(main())
