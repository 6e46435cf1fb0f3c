import argparse
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor

from .packet import write_packet


def _one(a):
    return write_packet(*a)


def main():
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_ad")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", default="6607")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    jobs = [(a.seed, i, a.out) for i in range(1, a.count + 1)]
    if a.jobs > 1:
        with ProcessPoolExecutor(min(a.jobs, 2)) as ex:
            res = list(ex.map(_one, jobs))
    else:
        res = [_one(j) for j in jobs]
    with open(os.path.join(a.out, "_layout", "manifest.json"), "w") as fh:
        json.dump({"generator": "samples.outsider_ad", "seed": a.seed, "count": a.count}, fh)
    print("wrote %d packets, %d pages in %.0fs" % (len(res), sum(n for _, n in res), time.time() - t0))


if __name__ == "__main__":
    main()
