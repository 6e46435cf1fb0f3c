import argparse
import os
import sys
import time
from multiprocessing import Pool


def _job(a):
    from .packet import generate_packet
    out, idx, seed, count = a
    t = time.time()
    pid, kind, verdict = generate_packet(out, idx, seed, count)
    return pid, kind, verdict, time.time() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="outsider_m")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=45)
    ap.add_argument("--seed", type=int, default=3301)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    jobs = [(a.out, i, a.seed, a.count) for i in range(a.count)]
    if a.jobs > 1:
        with Pool(a.jobs) as p:
            res = list(p.imap_unordered(_job, jobs))
    else:
        res = [_job(j) for j in jobs]
    for pid, kind, verdict, dt in sorted(res):
        print("%s %-18s %-7s %.1fs" % (pid, kind, verdict, dt))
    print("done: %d packets in %.0fs" % (len(res), time.time() - t0))


if __name__ == "__main__":
    main()
