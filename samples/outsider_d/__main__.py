"""python -m samples.outsider_d --out DIR --count 44 --seed 4421"""
import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def _one(args):
    seed, index, out = args
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from .packet import build_packet
    t = time.time()
    name, verdict, n = build_packet(seed, index, out)
    return name, verdict, n, time.time() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_d")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=44)
    ap.add_argument("--seed", type=int, default=4421)
    ap.add_argument("--only", type=int, nargs="*", help="indices to (re)draw")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    if a.count > 44:
        ap.error("the schedule holds 44 packets")
    os.makedirs(a.out, exist_ok=True)
    idx = a.only if a.only else list(range(a.count))
    t0 = time.time()
    with ProcessPoolExecutor(max_workers=a.jobs) as ex:
        for name, verdict, n, dt_ in ex.map(_one, [(a.seed, i, a.out) for i in idx]):
            print("%s %-6s %2d pages %5.1fs" % (name, verdict, n, dt_), flush=True)
    print("done in %.1fs" % (time.time() - t0))


if __name__ == "__main__":
    sys.exit(main())
