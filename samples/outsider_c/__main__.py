"""python -m samples.outsider_c --out DIR --count N --seed S"""
from __future__ import annotations

import argparse
import os
import time

from .packet import build


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_c")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=44)
    ap.add_argument("--seed", type=int, default=3313)
    ap.add_argument("--start", type=int, default=0, help="first packet index (to draw a slice of the set)")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    t0 = time.time()
    for i in range(a.start, a.start + a.count):
        t = build(a.out, f"c{i:03d}", a.seed, i)
        print(f"c{i:03d} {t['verdict']:6s} pages={len(t['pages']):2d} defects={','.join(t['defects']) or '-'} "
              f"rules={','.join(t['expected_rules']) or '-'} ({time.time() - t0:.0f}s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
