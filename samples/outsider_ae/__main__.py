"""python -m samples.outsider_ae --out DIR --count N --seed S --jobs J"""
import argparse
import json
import os
import time
from concurrent.futures import ProcessPoolExecutor

from . import facts, packet


def _one(a):
    out, seed, i, defects = a
    return packet.make(out, os.path.join(out, "_layout"), seed, i, defects)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="samples.outsider_ae")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=4417)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    os.makedirs(os.path.join(a.out, "_layout"), exist_ok=True)
    t0 = time.time()
    plan = facts.plan(a.count, a.seed)
    jobs = [(a.out, a.seed, i, plan[i]) for i in range(a.count)]
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            res = list(ex.map(_one, jobs))
    else:
        res = [_one(j) for j in jobs]
    dt = time.time() - t0
    with open(os.path.join(a.out, "_layout", "manifest.json"), "w", encoding="utf-8") as fh:
        json.dump({"generator": "samples.outsider_ae", "seed": a.seed, "count": a.count, "seconds": round(dt, 1),
                   "packets": res}, fh, ensure_ascii=False, indent=1)
    bad = [r for r in res if r["rules"] != r["intended"]]
    for r in res:
        print(r["packet"], r["verdict"], ",".join(r["rules"]))
    print(f"wrote {len(res)} packets in {dt:.1f}s; {len(bad)} differ from intent")


if __name__ == "__main__":
    main()
