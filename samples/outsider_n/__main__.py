import argparse
import os
import sys
import time


def _one(a):
    from .pack import render_packet
    idx, seed, out = a
    t = time.time()
    pid, n = render_packet(idx, seed, out)
    return pid, n, time.time() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="outsider_n", description="draw synthetic residence-permit points packets")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=4409)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, default=None, help="render only this packet index")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    tasks = [(i, a.seed, a.out) for i in range(a.count)] if a.only is None else [(a.only, a.seed, a.out)]
    total = 0
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.get_context("fork").Pool(a.jobs, maxtasksperchild=4) as pool:
            for pid, n, dtm in pool.imap_unordered(_one, tasks):
                total += n
                print("%s %3d pages %5.1fs" % (pid, n, dtm), flush=True)
    else:
        for t in tasks:
            pid, n, dtm = _one(t)
            total += n
            print("%s %3d pages %5.1fs" % (pid, n, dtm), flush=True)
    print("%d packets, %d pages, %.0fs" % (len(tasks), total, time.time() - t0))


if __name__ == "__main__":
    main()
