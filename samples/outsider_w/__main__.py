"""CLI: python -m samples.outsider_w --out DIR --count 40 --seed 4401 --jobs 2"""
import argparse
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def _one(args):
    seed, index, out = args
    from . import packet
    t = time.time()
    try:
        tr = packet.build(seed, index, out)
    except Exception:
        import traceback
        return index, "ERROR " + traceback.format_exc(), 0, time.time() - t
    return index, tr["verdict"], len(tr["pages"]), time.time() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="samples.outsider_w")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=4401)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idx = a.only if a.only else list(range(a.count))
    jobs = [(a.seed, i, a.out) for i in idx]
    t0 = time.time()
    if a.jobs <= 1:
        res = [_one(j) for j in jobs]
    else:
        with ProcessPoolExecutor(max_workers=a.jobs) as ex:
            res = []
            for r in ex.map(_one, jobs):
                print("w%03d %-6s %2d pages %.1fs" % (r[0], r[1][:6], r[2], r[3]), flush=True)
                res.append(r)
    errs = [r for r in res if r[1].startswith("ERROR")]
    for r in errs:
        print("w%03d failed:\n%s" % (r[0], r[1]))
    tot = {}
    for _, v, n, _ in res:
        tot.setdefault(v, [0, 0])
        tot[v][0] += 1
        tot[v][1] += n
    print("done in %.0fs: %s" % (time.time() - t0, ", ".join("%s %d packets / %d pages" % (k, v[0], v[1]) for k, v in sorted(tot.items()))))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
