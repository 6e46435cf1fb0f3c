"""python -m samples.outsider_u --out DIR --count 40 --seed 2207 --jobs 2 [--only N]"""
import argparse
import multiprocessing as mp
import os
import sys
import time


def _one(args):
    seed, index, out = args
    import logging
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from reportlab import rl_config
    rl_config.invariant = 1
    from .packet import make_packet
    from .textpdf import close_browser
    t0 = time.time()
    try:
        truth = make_packet(seed, index, out)
    finally:
        close_browser()
    return index, truth["verdict"], truth["recipe"], len(truth["pages"]), time.time() - t0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_u")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2207)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", type=int, action="append", help="redraw only packet N (repeatable)")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idx = a.only if a.only else list(range(a.count))
    tasks = [(a.seed, i, a.out) for i in idx]
    t0 = time.time()
    if a.jobs > 1 and len(tasks) > 1:
        with mp.get_context("fork").Pool(min(a.jobs, 2 if a.jobs >= 2 else 1), maxtasksperchild=8) as pool:
            for res in pool.imap_unordered(_one, tasks):
                print("u%03d %-7s %-28s %3d pages %5.1fs" % res, flush=True)
    else:
        for t in tasks:
            print("u%03d %-7s %-28s %3d pages %5.1fs" % _one(t), flush=True)
    print("done: %d packets in %.1fs -> %s" % (len(tasks), time.time() - t0, a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
