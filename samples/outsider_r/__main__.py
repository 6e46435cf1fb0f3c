"""python -m samples.outsider_r --out DIR --count 40 --seed 8803 --jobs 2 [--only N]"""
import argparse
import os
import sys
import time
from multiprocessing import Pool


def _one(args):
    i, seed, out = args
    from .packet import build
    t0 = time.time()
    t = build(i, seed, out)
    return i, t["verdict"], len(t["pages"]), round(time.time() - t0, 1)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="outsider_r")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=8803)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", type=int, default=None, help="redraw packet N only (identical to the full run)")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idx = [a.only] if a.only else list(range(1, a.count + 1))
    t0 = time.time()
    jobs = [(i, a.seed, a.out) for i in idx]
    if a.jobs > 1 and len(jobs) > 1:
        with Pool(a.jobs) as pool:
            res = list(pool.imap_unordered(_one, jobs))
    else:
        res = [_one(j) for j in jobs]
    for i, v, n, dt in sorted(res):
        print("r%03d %-6s %3d pages %5.1fs" % (i, v, n, dt))
    print("%d packets in %.1fs" % (len(res), time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
