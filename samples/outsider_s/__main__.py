import argparse
import sys
import time
from multiprocessing import Pool

from .packet import build_packet


def _one(args):
    out, seed, count, n = args
    t = time.time()
    pid, verdict, fired = build_packet(out, seed, count, n)
    return pid, verdict, fired, time.time() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="samples.outsider_s")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=9901)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, help="redraw packet N (1-based) only, identically")
    ap.add_argument("--selfcheck", action="store_true", help="run the self-check on --out afterwards")
    a = ap.parse_args(argv)
    import os
    os.makedirs(a.out, exist_ok=True)
    ns = [a.only] if a.only else list(range(1, a.count + 1))
    jobs = [(a.out, a.seed, a.count, n) for n in ns]
    tally = {}
    if a.jobs > 1 and len(jobs) > 1:
        with Pool(a.jobs) as pool:
            res = pool.imap_unordered(_one, jobs)
            for pid, verdict, fired, dtm in res:
                tally[verdict] = tally.get(verdict, 0) + 1
                print(f"{pid} {verdict:6s} {dtm:5.1f}s {' '.join(fired)}", flush=True)
    else:
        for j in jobs:
            pid, verdict, fired, dtm = _one(j)
            tally[verdict] = tally.get(verdict, 0) + 1
            print(f"{pid} {verdict:6s} {dtm:5.1f}s {' '.join(fired)}", flush=True)
    print("verdicts:", tally)
    if a.selfcheck:
        from .selfcheck import run
        sys.exit(1 if run(a.out, a.seed, a.count) else 0)


if __name__ == "__main__":
    main()
