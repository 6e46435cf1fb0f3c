import argparse
import multiprocessing as mp
import os
import time

from .packet import plan, build


def _one(a):
    out, pid, kind, seed = a
    t = time.time()
    r = build(out, pid, kind, seed)
    return r + (time.time() - t,)


def main():
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_j")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=45)
    ap.add_argument("--seed", type=int, default=1081)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    todo = [(a.out, pid, kind, seed) for pid, kind, seed in plan(a.count, a.seed)]
    if a.only:
        todo = [t for t in todo if t[1] in a.only.split(",")]
    jobs = max(1, min(2, a.jobs))
    t0 = time.time()
    if jobs == 1:
        res = map(_one, todo)
    else:
        pool = mp.Pool(jobs, maxtasksperchild=8)
        res = pool.imap_unordered(_one, todo)
    for pid, kind, E, W, v, dt_ in res:
        print(f"{pid} {kind:38s} {v:6s} E={','.join(E)} W={','.join(W)} {dt_:.1f}s", flush=True)
    print(f"total {time.time() - t0:.1f}s")


if __name__ == "__main__":
    main()
