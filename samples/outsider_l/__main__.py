import argparse
import os
import random
import sys
import time
from multiprocessing import Pool

from . import model as M
from .packet import build


def _one(args):
    out, seed, i, scen = args
    rng = random.Random(seed * 100003 + i)
    name = f"l{i + 1:03d}"
    for attempt in range(20):
        try:
            plan = M.plan(rng, name, scen)
            break
        except RuntimeError:
            continue
    return build(out, plan, seed * 7919 + i * 31)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="outsider_l")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=45)
    ap.add_argument("--seed", type=int, default=1193)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, default=None, help="build only packet number N (1-based)")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    scen = M.scenario_list(a.count, random.Random(a.seed))
    tasks = [(a.out, a.seed, i, scen[i]) for i in range(a.count)]
    if a.only:
        tasks = [tasks[a.only - 1]]
    t0 = time.time()
    if a.jobs > 1:
        with Pool(a.jobs) as pool:
            for name, n in pool.imap_unordered(_one, tasks):
                print(f"{name}: {n} page entries  ({time.time() - t0:.0f}s)", flush=True)
    else:
        for t in tasks:
            name, n = _one(t)
            print(f"{name}: {n} page entries  ({time.time() - t0:.0f}s)", flush=True)


if __name__ == "__main__":
    main()
