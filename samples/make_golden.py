"""Regenerate the committed golden packets and the demo packet: python -m samples.make_golden"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

from samples.generator.packets import make_packet

GOLDEN_DIR = Path(__file__).parent / "packets"
GOLDEN_SEED = 2026
GOLDEN_COUNT = 12
# The demo shows the two refusals HR sees most: a contract about to end and a missing tax month.
DEMO = ("demo_fix", ["contract_ends_soon", "tax_missing_month"])


def main() -> None:
    if GOLDEN_DIR.exists():
        shutil.rmtree(GOLDEN_DIR)
    GOLDEN_DIR.mkdir(parents=True)
    for number in range(GOLDEN_COUNT):
        make_packet(random.Random(f"{GOLDEN_SEED}/{number}"), f"golden_{number:02d}", GOLDEN_DIR, compact=True)
    name, defects = DEMO
    make_packet(random.Random(f"{GOLDEN_SEED}/demo"), name, GOLDEN_DIR, defects=defects, compact=True)
    print(f"written to {GOLDEN_DIR}")


if __name__ == "__main__":
    main()
