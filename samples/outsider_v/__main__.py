"""python -m samples.outsider_v --out DIR --count 40 --seed 3301 --jobs 2"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import sys
import time

from .runner import init_worker, one


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_v")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=3301)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="", help="comma-separated packet indices")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idx = [int(x) for x in a.only.split(",") if x] or list(range(a.count))
    t0 = time.time()
    # longest-first is unknown; interleave so both workers get a mix
    work = [(a.seed, i, a.count, a.out) for i in idx]
    if a.jobs > 1 and len(work) > 1:
        ctx = mp.get_context("spawn")
        with ctx.Pool(a.jobs, initializer=init_worker) as pool:
            results = list(pool.imap_unordered(one, work, chunksize=1))
    else:
        init_worker()
        results = [one(w) for w in work]
    for i, v, n, dt_ in sorted(results):
        print(f"v{i:03d} {v:6s} pages={n:3d} {dt_:6.1f}s")
    print(f"generated {len(results)} packets in {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
