"""python -m samples.outsider_y --out DIR --count 40 --seed 7301 --jobs 2 [--only 3 7]"""
from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def _one(args):
    seed, index, out = args
    from .packet import build
    t = time.perf_counter()
    truth = build(seed, index, out)
    return index, truth["verdict"], len(truth["pages"]), time.perf_counter() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_y")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7301)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idx = a.only if a.only else list(range(a.count))
    jobs = [(a.seed, i, a.out) for i in idx]
    t0 = time.perf_counter()
    results = []
    if a.jobs > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=a.jobs) as ex:
            for res in ex.map(_one, jobs):
                results.append(res)
                print(f"y{res[0]:03d} {res[1]:6s} pages={res[2]:2d} {res[3]:.1f}s", flush=True)
    else:
        for j in jobs:
            res = _one(j)
            results.append(res)
            print(f"y{res[0]:03d} {res[1]:6s} pages={res[2]:2d} {res[3]:.1f}s", flush=True)
    print(f"built {len(results)} packets, {sum(x[2] for x in results)} pages in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
