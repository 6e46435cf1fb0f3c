import argparse
import os
import sys
import time
from multiprocessing import Pool


def _one(a):
    from .generate import make_packet
    return make_packet(*a)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_ac")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=9901)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    idx = a.only if a.only else range(a.count)
    jobs = [(a.seed, i, a.out) for i in idx]
    if a.jobs > 1:
        with Pool(min(a.jobs, 2)) as pool:
            res = pool.map(_one, jobs, chunksize=1)
    else:
        res = [_one(j) for j in jobs]
    for pid, v, n in res:
        print(pid, v, n, "pages")
    print("done %d packets in %.1fs" % (len(res), time.time() - t0))


if __name__ == "__main__":
    sys.exit(main())
