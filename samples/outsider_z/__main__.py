"""python -m samples.outsider_z --out DIR --count 40 --seed 9101 --jobs 2 [--only i j ...]"""
from __future__ import annotations

import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def _one(args):
    seed, index, out = args
    from .packet import build
    t = time.time()
    try:
        truth = build(seed, index, out)
    except Exception:  # report and go on with the other packets
        import traceback
        return index, time.time() - t, -1, traceback.format_exc()
    return index, time.time() - t, len(truth["pages"]), truth["verdict"]


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_z")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=9101)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idx = a.only if a.only else list(range(a.count))
    t0 = time.time()
    work = [(a.seed, i, a.out) for i in idx]
    if a.jobs <= 1:
        res = map(_one, work)
    else:
        ex = ProcessPoolExecutor(max_workers=a.jobs)
        res = ex.map(_one, work)
    n = failed = 0
    for i, dt, npages, verdict in res:
        n += 1
        if npages < 0:
            failed += 1
            print(f"z{i:03d}  FAILED\n{verdict}", flush=True)
            continue
        print(f"z{i:03d}  {npages:3d} pages  {verdict:6s}  {dt:5.1f}s", flush=True)
    print(f"built {n - failed} packets in {time.time() - t0:.1f}s -> {a.out}" + (f"; {failed} failed" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
