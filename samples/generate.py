"""Generate sample packets: python -m samples.generate --out DIR [--count 40] [--seed 7] [--compact] [--defects a,b]"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

from samples.generator.packets import DEFECTS, make_packet


def main() -> None:
    parser = argparse.ArgumentParser(description="生成合成的积分申请材料包（含真值）/ generate synthetic packets with truth")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--compact", action="store_true", help="smaller images, for committing")
    parser.add_argument("--defects", help="这些缺陷放进每个材料包（逗号分隔）/ put these defects in every packet, "
                                          "comma-separated, to measure one rule's recall on many cases")
    args = parser.parse_args()
    defects = args.defects.split(",") if args.defects else None
    unknown = sorted(set(defects or ()) - set(DEFECTS))
    if unknown:
        parser.error(f"未知缺陷 unknown defects: {', '.join(unknown)}; 可用 known: {', '.join(sorted(DEFECTS))}")
    args.out.mkdir(parents=True, exist_ok=True)
    for number in range(args.count):
        rng = random.Random(f"{args.seed}/{number}")
        name = f"packet_{args.seed}_{number:03d}"
        make_packet(rng, name, args.out, defects=list(defects) if defects else None, compact=args.compact)
        print(name)


if __name__ == "__main__":
    main()
