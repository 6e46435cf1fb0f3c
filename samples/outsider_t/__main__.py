import argparse
import os
import sys
import time
from multiprocessing import Pool


def _one(a):
    out, i, seed = a
    import time, traceback
    from .packet import build
    t0 = time.time()
    try:
        t = build(out, i, seed)
    except Exception:
        traceback.print_exc()
        return i, 0, "ERROR", [], dict(intended_verdict="?", intended_rules=[]), 0
    return i, len(t["pages"]), t["verdict"], t["expected_rules"], t["scenario"], time.time() - t0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="samples.outsider_t")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1107)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idx = a.only or list(range(1, a.count + 1))
    t0 = time.time()
    jobs = [(a.out, i, a.seed) for i in idx]
    # long packets first for better balance
    if a.jobs > 1:
        with Pool(a.jobs) as pool:
            res = pool.map(_one, jobs, chunksize=1)
    else:
        res = [_one(j) for j in jobs]
    bad = 0
    for i, n, v, r, sc, dt_ in sorted(res):
        ok = v == sc["intended_verdict"] and r == sc["intended_rules"]
        bad += not ok
        print(f"t{i:03d} {dt_:5.1f}s pages={n:3d} verdict={v:6s} rules={','.join(r) or '-'}{'' if ok else '  !! intended ' + str(sc)}")
    print(f"{len(res)} packets, {sum(x[1] for x in res)} pages, {time.time()-t0:.0f}s, mismatching scenarios: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
