"""python -m samples.outsider_x --out DIR --count 40 --seed 5501 --jobs 2"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from pathlib import Path


def _one(args):
    seed, index, out = args
    from .packet import build
    t0 = time.time()
    t = build(seed, index, Path(out))
    return index, t["verdict"], t["application"], len(t["pages"]), time.time() - t0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_x")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=5501)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", type=int, nargs="*", help="build only these indices")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    idx = a.only if a.only else list(range(a.count))
    jobs = [(a.seed, i, str(out)) for i in idx]
    t0 = time.time()
    if a.jobs > 1:
        ctx = mp.get_context("fork")
        with ctx.Pool(a.jobs, maxtasksperchild=8) as pool:
            res = list(pool.imap_unordered(_one, jobs))
    else:
        res = [_one(j) for j in jobs]
    for i, v, app, n, dt_ in sorted(res):
        print(f"x{i:03d}  {v:6s} {app:7s} pages={n:2d}  {dt_:.1f}s")
    print(f"built {len(res)} packets in {time.time() - t0:.0f}s -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
