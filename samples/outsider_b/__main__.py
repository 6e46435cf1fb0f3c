import argparse
from pathlib import Path

from samples.outsider_b.build import build

ap = argparse.ArgumentParser(prog="python -m samples.outsider_b", description="Draw an independent test set of packets.")
ap.add_argument("--out", required=True, type=Path)
ap.add_argument("--count", type=int, default=44)
ap.add_argument("--seed", type=int, default=2207)
a = ap.parse_args()
build(a.out, a.count, a.seed)
