"""`precheck batch` locally and on Ray, at equal workers: packets per minute, Ray's overhead per packet, and whether
the two give the same JSON (apart from timings). Every run is cold (its own empty OCR cache), as a first pass over a
season's packets is; each mode runs twice, in the order local, Ray, Ray, local, and the figures are the means.

Two ways to meet Ray: `--ray local` starts Ray inside the command and stops it after (what one machine without a
cluster pays: Ray's own start-up, several seconds, on every batch), and `--ray auto` joins a Ray already running on
this machine (`ray start --head`, done before the clock starts, as an office that runs a cluster has done once), so
only connecting and the actors' start-up count.

    .venv/bin/python benchmarks/ray_speed.py [--packets DIR] [--count 8] [--workers 2,1] [--ray local,auto]

DIR defaults to the committed golden packets (samples/packets/golden_*); only the packet folders are given to the
batch, not the truth files."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from precheck.doors.batch.results import without_timings  # noqa: E402


RAY_CLI = Path(sys.executable).with_name("ray")


def batch(packets: Path, workers: int, ray: str = "") -> tuple[float, Path]:
    """One cold batch; ray is "" (the local pool), "local" (Ray started by the command) or "auto" (a running Ray)."""
    cache, out = Path(tempfile.mkdtemp(prefix="precheck-bench-cache-")), Path(tempfile.mkdtemp(prefix="precheck-bench-out-"))
    env = dict(os.environ, PRECHECK_CACHE_DIR=str(cache), RAY_USAGE_STATS_ENABLED="0")
    command = [sys.executable, "-m", "precheck", "batch", str(packets), "--out", str(out), "--workers", str(workers),
               "--as-of", "2026-11-22"] + (["--ray", ray] if ray else [])
    if ray == "auto":  # the actors inherit the running Ray's environment, so it is started with this run's cache
        subprocess.run([str(RAY_CLI), "start", "--head", f"--num-cpus={workers}", "--include-dashboard=false"],
                       env=env, capture_output=True, check=True)
    try:
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
        seconds = time.perf_counter() - started
    finally:
        if ray == "auto":
            subprocess.run([str(RAY_CLI), "stop", "--force"], env=env, capture_output=True, check=False)
    shutil.rmtree(cache, ignore_errors=True)
    return seconds, out


def same_json(one: Path, other: Path) -> tuple[int, int]:
    names = sorted(p.name for p in one.glob("*.json"))
    same = sum(without_timings(json.loads((one / n).read_text(encoding="utf-8")))
               == without_timings(json.loads((other / n).read_text(encoding="utf-8"))) for n in names
               if (other / n).exists())
    return same, len(names)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packets", type=Path, default=ROOT / "samples" / "packets")
    parser.add_argument("--count", type=int, default=8)
    parser.add_argument("--workers", default="2,1")
    parser.add_argument("--ray", default="local,auto", help="local: Ray started by each batch; auto: a running Ray")
    args = parser.parse_args()
    chosen = sorted(p for p in args.packets.iterdir() if p.is_dir() and (args.packets / f"{p.name}.truth.json").exists())
    chosen = chosen[: args.count] or sorted(p for p in args.packets.iterdir() if p.is_dir())[: args.count]
    packets = Path(tempfile.mkdtemp(prefix="precheck-bench-packets-"))
    for folder in chosen:
        shutil.copytree(folder, packets / folder.name)
    print(f"{len(chosen)} packets; {os.cpu_count()} CPUs; each run cold (empty OCR cache)")
    try:
        for workers, ray in ((int(w), r) for w in args.workers.split(",") for r in args.ray.split(",")):
            # local, Ray, Ray, local: a load that drifts during the runs weighs on both modes alike
            local, local_out = batch(packets, workers)
            on_ray, ray_out = batch(packets, workers, ray)
            same, total = same_json(local_out, ray_out)
            for folder in (local_out, ray_out):
                shutil.rmtree(folder, ignore_errors=True)
            again, ray_out = batch(packets, workers, ray)
            last, local_out = batch(packets, workers)
            local, on_ray = (local + last) / 2, (on_ray + again) / 2
            count = len(chosen)
            print(f"workers={workers}: local {local:6.1f} s ({60 * count / local:5.2f} packets/min) · "
                  f"Ray --ray {ray} {on_ray:6.1f} s ({60 * count / on_ray:5.2f} packets/min) · overhead "
                  f"{100 * (on_ray - local) / local:+.1f}% = {(on_ray - local) / count:+.1f} s per packet · "
                  f"JSON same apart from timings {same}/{total}", flush=True)
            for folder in (local_out, ray_out):
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(packets, ignore_errors=True)


if __name__ == "__main__":
    main()
