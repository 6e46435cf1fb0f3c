"""python -m samples.outsider --out DIR --count N --seed S"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from samples.outsider.build import generate


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m samples.outsider",
                                     description="Write N test packets (DIR/NAME/ and DIR/NAME.truth.json).")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    started = time.monotonic()
    results = generate(args.out, args.count, args.seed, args.workers)
    clean = sum(1 for r in results if not r["expected_rules"])
    print(f"{len(results)} packets ({clean} clean) in {args.out} — {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
