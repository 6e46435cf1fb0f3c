"""python -m samples.outsider_af --out DIR --count 40 --seed 5519 --jobs 2"""
import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor

from . import plan


def _one(a):
    import pillow_heif
    pillow_heif.register_heif_opener()
    from .gen import make_packet
    return make_packet(*a)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_af")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=5519)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, nargs="*", help="generate only these packet indices")
    a = ap.parse_args(argv)
    t0 = time.time()
    os.makedirs(a.out, exist_ok=True)
    mp = plan.master_plan(a.seed, a.count)
    idx = a.only if a.only else range(a.count)
    jobs = [(a.out, a.seed, i, mp[i][0], mp[i][1]) for i in idx]
    res = []
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            for r in ex.map(_one, jobs):
                res.append(r)
                print(*r, flush=True)
    else:
        for j in jobs:
            res.append(_one(j))
            print(*res[-1], flush=True)
    secs = round(time.time() - t0, 1)
    os.makedirs(os.path.join(a.out, "_layout"), exist_ok=True)
    with open(os.path.join(a.out, "_layout", "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"generator": "samples.outsider_af", "seed": a.seed, "count": a.count, "seconds": secs,
                   "packets": [p for p, _ in res], "pages": sum(n for _, n in res)}, fh, ensure_ascii=False, indent=1)
    print(f"{len(res)} packets, {sum(n for _, n in res)} pages, {secs} s", file=sys.stderr)


if __name__ == "__main__":
    main()
