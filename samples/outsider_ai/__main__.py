"""python -m samples.outsider_ai --out DIR --count N --seed S --jobs J [--only i j ...]"""
import argparse
import json
import multiprocessing as mp
import os
import sys
import time
import traceback

from . import packet

GENERATOR = "samples.outsider_ai"


def _one(args):
    i, seed, out = args
    try:
        return packet.build(i, seed, out)
    except Exception:
        return {"packet": "ai%03d" % i, "error": traceback.format_exc()}


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_ai", description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", default="9311")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    if a.count < 1 or a.jobs < 1:
        ap.error("--count and --jobs must be positive")
    idx = sorted(set(a.only)) if a.only else list(range(a.count))
    if any(i < 0 or i >= a.count for i in idx):
        ap.error("--only indices must lie in 0..count-1")
    os.makedirs(os.path.join(a.out, "_layout"), exist_ok=True)
    t0 = time.time()
    jobs = [(i, a.seed, a.out) for i in idx]
    results = []
    if a.jobs == 1 or len(jobs) == 1:
        for j in jobs:
            results.append(_one(j))
            print("%s %s" % (results[-1]["packet"], results[-1].get("verdict", "ERROR")), flush=True)
    else:
        with mp.get_context("fork").Pool(a.jobs, maxtasksperchild=8) as pool:
            for r in pool.imap_unordered(_one, jobs):
                results.append(r)
                print("%s %s" % (r["packet"], r.get("verdict", "ERROR")), flush=True)
    errors = [r for r in results if "error" in r]
    for r in errors:
        print("FAILED %s\n%s" % (r["packet"], r["error"]), file=sys.stderr)
    secs = round(time.time() - t0, 1)
    mpath = os.path.join(a.out, "_layout", "manifest.json")
    entries = {}
    if a.only and os.path.exists(mpath):
        try:
            old = json.load(open(mpath, encoding="utf-8"))
            if str(old.get("seed")) == str(a.seed) and old.get("count") == a.count:
                entries = {e["packet"]: e for e in old.get("packets", [])}
        except (OSError, ValueError):
            entries = {}
    for r in results:
        if "error" not in r:
            entries[r["packet"]] = {"packet": r["packet"], "verdict": r["verdict"], "pages": r["pages"],
                                    "files": r["files"], "title": r["title"]}
    manifest = {"generator": GENERATOR, "seed": a.seed, "count": a.count, "as_of": packet.AS_OF,
                "seconds": secs, "only": idx if a.only else None,
                "packets": [entries[k] for k in sorted(entries)]}
    with open(mpath, "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    print("wrote %d packets to %s in %.1f s%s" % (len(results) - len(errors), a.out, secs,
                                                 (", %d FAILED" % len(errors)) if errors else ""))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
