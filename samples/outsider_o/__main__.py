import argparse
import os
import sys
import time
from multiprocessing import Pool

from .packet import build


def _one(a):
    idx, seed, out = a
    t = time.time()
    tr = build(idx, seed, out)
    return idx, tr['verdict'], len(tr['pages']), time.time() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog='outsider_o', description='draw synthetic 居住证积分 packets + truth')
    ap.add_argument('--out', required=True)
    ap.add_argument('--count', type=int, default=40)
    ap.add_argument('--seed', type=int, default=5521)
    ap.add_argument('--jobs', type=int, default=1)
    ap.add_argument('--only', type=int, help='draw only packet number N (1-based)')
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    idxs = [a.only] if a.only else list(range(1, a.count + 1))
    t0 = time.time()
    args = [(i, a.seed, a.out) for i in idxs]
    if a.jobs > 1 and len(args) > 1:
        with Pool(a.jobs) as p:
            res = list(p.imap_unordered(_one, args))
    else:
        res = [_one(x) for x in args]
    res.sort()
    for idx, v, n, t in res:
        print('o%03d  %-6s  %3d pages  %.1fs' % (idx, v, n, t))
    print('%d packets, %d pages in %.1fs' % (len(res), sum(r[2] for r in res), time.time() - t0))


if __name__ == '__main__':
    sys.exit(main())
