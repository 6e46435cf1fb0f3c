"""CLI: python -m samples.outsider_ag --out DIR --count 40 --seed 6203 --jobs 2 [--only 3 17]"""
import argparse
import json
import multiprocessing as mp
import os
import sys
import time

from . import fonts, gen, plan


def _one(args):
    out, entry, seed = args
    return gen.generate(out, entry, seed)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_ag",
                                 description="Draw synthetic 居住证积分 packets (applicants from all over China) with truth files.")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=6203)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, nargs="*", help="packet indices to (re)generate")
    a = ap.parse_args(argv)
    t0 = time.time()
    entries = plan.make(a.seed, a.count)
    if a.only:
        bad = [i for i in a.only if not 0 <= i < a.count]
        if bad:
            ap.error(f"--only indices out of range: {bad}")
        entries = [e for e in entries if e["index"] in set(a.only)]
    os.makedirs(os.path.join(a.out, "_layout"), exist_ok=True)
    work = [(a.out, e, a.seed) for e in entries]
    results = []
    if a.jobs > 1 and len(work) > 1:
        with mp.get_context("fork").Pool(a.jobs, maxtasksperchild=8) as pool:
            for r in pool.imap_unordered(_one, work):
                results.append(r)
                print(f"{r['packet']}: {r['verdict']:6s} {r['pages']:2d} pages", flush=True)
    else:
        for w in work:
            r = _one(w)
            results.append(r)
            print(f"{r['packet']}: {r['verdict']:6s} {r['pages']:2d} pages", flush=True)
    results.sort(key=lambda r: r["packet"])
    secs = round(time.time() - t0, 1)
    manifest = {"generator": "samples.outsider_ag", "seed": a.seed, "count": a.count, "seconds": secs,
                "jobs": a.jobs, "only": a.only or None, "packets": results,
                "font_packages": fonts.packages()}
    with open(os.path.join(a.out, "_layout", "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump(manifest, fh, ensure_ascii=False, indent=1)
    print(f"{len(results)} packets, {sum(r['pages'] for r in results)} pages in {secs} s -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
