import argparse
import os
import sys
import time
from multiprocessing import Pool


def _one(a):
    seed, i, out = a
    from .packet import draw
    t = time.time()
    tr = draw(seed, i, out)
    return i, tr["verdict"], tr["expected_rules"], time.time() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="samples.outsider_g")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=44)
    ap.add_argument("--seed", type=int, default=7751)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idx = a.only if a.only else list(range(a.count))
    jobs = [(a.seed, i, a.out) for i in idx]
    t0 = time.time()
    if a.jobs > 1:
        with Pool(a.jobs) as p:
            it = p.imap_unordered(_one, jobs)
            for i, v, r, dt_ in it:
                print(f"g{i:03d} {v:6s} {dt_:5.1f}s {','.join(r)}", flush=True)
    else:
        for j in jobs:
            i, v, r, dt_ = _one(j)
            print(f"g{i:03d} {v:6s} {dt_:5.1f}s {','.join(r)}", flush=True)
    print(f"done {len(idx)} packets in {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
