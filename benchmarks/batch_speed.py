"""Batch throughput: packets per minute, cold (empty OCR cache) and warm (cache filled), with 1 and 2 workers.

    .venv/bin/python benchmarks/batch_speed.py [--packets DIR] [--count 40] [--seed 11]

Generates the packets first when DIR does not hold any. Each run uses its own output folder; "cold" runs get an
empty cache directory of their own, "warm" runs reuse the cache a cold run filled. Prints one line per run."""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def generate(folder: Path, count: int, seed: int) -> None:
    subprocess.run([sys.executable, "-m", "samples.generate", "--out", str(folder), "--count", str(count), "--seed", str(seed)],
                   cwd=ROOT, check=True)
    for truth in folder.glob("*.truth.json"):  # the batch is given packets only
        truth.unlink()


def run(packets: Path, workers: int, cache: Path, label: str, count: int) -> None:
    out = Path(tempfile.mkdtemp(prefix="precheck-bench-out-"))
    env = dict(os.environ, PRECHECK_CACHE_DIR=str(cache))
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "precheck", "batch", str(packets), "--out", str(out), "--workers", str(workers),
                           "--as-of", "2026-11-22"], cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    results = len(list(out.glob("*.json"))) - len(list(out.glob("*.failed.json")))
    print(f"{label:<6} workers={workers}  {results}/{count} packets  {seconds:7.1f} s  {60 * results / seconds:6.2f} packets/min"
          f"  (exit {done.returncode})", flush=True)
    shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packets", type=Path, default=Path(tempfile.gettempdir()) / "precheck-bench-packets")
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if not any(args.packets.glob("*/")):
        generate(args.packets, args.count, args.seed)
    count = sum(1 for p in args.packets.iterdir() if p.is_dir())
    print(f"{count} packets in {args.packets}; {os.cpu_count()} CPUs")
    for workers in (1, 2):
        cache = Path(tempfile.mkdtemp(prefix="precheck-bench-cache-"))
        run(args.packets, workers, cache, "cold", count)
        run(args.packets, workers, cache, "warm", count)
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
