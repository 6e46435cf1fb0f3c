import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def _one(args):
    seed, n, out = args
    from .packet import build
    return build(seed, n, out)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m outsider_p", description="draw synthetic 居住证积分 packets")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=6607)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, default=None)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    ns = [a.only] if a.only else list(range(1, a.count + 1))
    t0 = time.time()
    jobs = [(a.seed, n, a.out) for n in ns]
    if a.jobs > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            res = list(ex.map(_one, jobs))
    else:
        res = [_one(j) for j in jobs]
    for pid, verdict, nfiles, npages in res:
        print("%s %-6s files=%d pages=%d" % (pid, verdict, nfiles, npages))
    print("done %d packets in %.0fs" % (len(res), time.time() - t0))


if __name__ == "__main__":
    sys.exit(main())
