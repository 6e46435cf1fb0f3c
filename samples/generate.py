"""Generate sample packets: python -m samples.generate --out DIR [--count 40] [--seed 7] [--compact]"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from samples.generator.packets import make_packet


def main() -> None:
    parser = argparse.ArgumentParser(description="生成合成的积分申请材料包（含真值）/ generate synthetic packets with truth")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--compact", action="store_true", help="smaller images, for committing")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for number in range(args.count):
        rng = random.Random(f"{args.seed}/{number}")
        name = f"packet_{args.seed}_{number:03d}"
        make_packet(rng, name, args.out, compact=args.compact)
        print(name)


if __name__ == "__main__":
    main()
