"""Where a check's time goes, per capture kind and per stage, on packets shaped like what people hand in (issue 20).

Not a test: it prints figures (the README's speed table comes from here).
    .venv/bin/python benchmarks/stage_speed.py [--packets DIR] [--count 12] [--seed 2026] [--batch]

The packets are an outsider set with truth files (phone photos at their real sizes, scans, screenshots, chat
recompressions, scanner-app and text-layer PDFs); DIR is generated with `samples.outsider_d` when it holds none.
Each packet is checked cold, as an applicant runs it: one fresh process, no OCR cache, report drawn as JSON and
HTML. The child process reports its own timings; the parent prints

- per capture kind (from the truth file): seconds per page to decode (and read a text layer), remove seals, detect,
  recognise, try other turns, and OCR in all;
- per packet: process start-up (interpreter and imports), model loading, each pipeline stage, the second looks
  inside extraction, the report, the wall time and the peak memory (VmHWM);
- with --batch: `precheck batch --workers 2` on the same packets with an empty cache (pages per minute), and a
  re-run with the cache full and the outputs removed (as a share of the cold run's time)."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OCR_STEPS = ("seals", "detection", "recognition", "orientation")


# ---- the child: one cold check, timed from inside -------------------------------------------------------------

def child(packet: Path, as_of: str, application: str) -> dict:
    entered = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from benchmarks.ocr_speed import peak_rss_mb
    from precheck.ocr.engines import open_engine
    from precheck.pipeline.run import CheckOptions, Stage
    from precheck.pipeline.stages import STAGES, run_check
    from precheck.reports.html import render_html

    imported = time.perf_counter()
    engine = TimedEngine(open_engine("rapidocr", use_cache=False))
    engine.warm_up()
    loaded = time.perf_counter()

    stage_seconds: dict[str, float] = {}

    def timed(stage: Stage) -> Stage:
        def run(the_run) -> None:
            started = time.perf_counter()
            stage.run(the_run)
            stage_seconds[stage.name] = time.perf_counter() - started
        return Stage(stage.name, run, stage.uses_engine)

    pages: list[dict] = []
    last = {"at": 0.0}

    def on_page(page) -> None:
        now = time.perf_counter()
        ocr = engine.last if page.source.value == "ocr" else None
        pages.append({"file": page.ref.file, "page": page.ref.page, "source": page.source.value,
                      "seconds": now - last["at"], "ocr": ocr})
        engine.last = None
        last["at"] = now

    options = CheckOptions(as_of=date.fromisoformat(as_of), application=application)
    started = time.perf_counter()
    last["at"] = started
    run = run_check(packet, options, engine, label=packet.name, on_page=on_page, keep_page_images=True,
                    stages=tuple(timed(s) for s in STAGES))
    checked = time.perf_counter()
    run.report.model_dump_json(indent=2)
    render_html(run.report, run.page_images)
    reported = time.perf_counter()
    stage_seconds["report"] = reported - checked + (checked - started - sum(stage_seconds.values()))
    return {"import": imported - entered, "models": loaded - imported, "stages": stage_seconds,
            "second_looks": engine.line_count, "second_look_seconds": engine.line_seconds,
            "pages": pages, "check": reported - started, "peak_mb": peak_rss_mb()}


class TimedEngine:
    """The engine, with the time of each page's reading kept (its steps as the engine timed them) and of the
    second looks counted."""

    def __init__(self, engine):
        self.engine, self.name, self.version = engine, engine.name, engine.version
        self.last = None
        self.line_count, self.line_seconds = 0, 0.0

    def warm_up(self) -> None:
        self.engine.warm_up()

    def recognize(self, image):
        result = self.engine.recognize(image)
        self.last = {"total": result.seconds, **result.timings}
        return result

    def read_line(self, crop):
        started = time.perf_counter()
        line = self.engine.read_line(crop)
        self.line_count += 1
        self.line_seconds += time.perf_counter() - started
        return line


# ---- the parent: one process per packet, then the tables ------------------------------------------------------

def check_cold(packet: Path, truth: dict) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, __file__, "--child", str(packet), "--as-of", truth["as_of"],
                           "--application", truth.get("application", "first")],
                          cwd=ROOT, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{packet.name}: the check failed\n{done.stderr[-2000:]}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = wall
    figures["startup"] = wall - figures["check"] - figures["models"]  # interpreter, imports, process exit
    return figures


def capture_kinds(truth: dict) -> dict[tuple[str, int], str]:
    return {(p["file"], p["page"]): p.get("capture", "?") for p in truth["pages"]}


def print_capture_table(per_kind: dict[str, list[dict]]) -> None:
    print("\nper capture kind, seconds per page (median / 90th percentile; OCR steps as the engine timed them)")
    header = f"{'capture':<22}{'pages':>6}{'decode+':>16}" + "".join(f"{s:>16}" for s in OCR_STEPS) + f"{'OCR all':>16}"
    print(header)
    everything = [p for pages in per_kind.values() for p in pages]
    for kind, pages in sorted(per_kind.items()) + [("all", everything)]:
        ocr = [p["ocr"] for p in pages if p["ocr"]]
        cells = [_spread([p["seconds"] - (p["ocr"]["total"] if p["ocr"] else 0.0) for p in pages])]
        cells += [_spread([o.get(step, 0.0) for o in ocr]) for step in OCR_STEPS]
        cells.append(_spread([o["total"] for o in ocr]))
        print(f"{kind:<22}{len(pages):>6}" + "".join(f"{c:>16}" for c in cells))
    print("decode+ = the page's time outside the OCR engine: decoding the file or reading its text layer, quality checks")


def print_packet_table(results: list[dict]) -> None:
    sys.path.insert(0, str(ROOT))
    from precheck.pipeline.stages import EXTRACT_FIELDS

    print("\nper packet (median / 90th percentile, seconds)")
    rows = {
        "start-up (interpreter, imports, exit)": [r["startup"] for r in results],
        "imports of the check": [r["import"] for r in results],
        "model loading": [r["models"] for r in results],
    }
    for name in results[0]["stages"]:
        rows[f"stage: {name}"] = [r["stages"].get(name, 0.0) for r in results]
        if name == EXTRACT_FIELDS:  # the stage that holds the second looks
            rows["  of which second looks"] = [r["second_look_seconds"] for r in results]
    rows["wall, one process, cold"] = [r["wall"] for r in results]
    for name, values in rows.items():
        print(f"  {name:<40}{_spread(values):>16}")
    looks = [r["second_looks"] for r in results]
    pages = [len(r["pages"]) for r in results]
    print(f"  pages per packet {statistics.median(pages):.0f} (median); second looks per packet {statistics.median(looks):.0f}")
    per_ten = [10 * r["wall"] / max(len(r["pages"]), 1) for r in results]
    print(f"  wall for 10 pages at each packet's rate: median {statistics.median(per_ten):.1f} s")
    print(f"  peak memory (VmHWM): median {statistics.median(r['peak_mb'] for r in results):.0f} MB, "
          f"max {max(r['peak_mb'] for r in results):.0f} MB")


def _spread(values: list[float]) -> str:
    if not values:
        return "—"
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return f"{statistics.median(ordered):.2f} / {p90:.2f}"


def run_batch(packets: list[Path], count_pages: int) -> None:
    """Cold (empty cache) then warm (cache full, outputs removed), two workers, as an office runs it."""
    cache, out = Path(tempfile.mkdtemp(prefix="precheck-bench-cache-")), Path(tempfile.mkdtemp(prefix="precheck-bench-out-"))
    source = Path(tempfile.mkdtemp(prefix="precheck-bench-packets-"))
    for folder in packets:  # the batch is given the packets only, without their truth files
        shutil.copytree(folder, source / folder.name)
    seconds = []
    try:
        for _ in ("cold", "warm"):
            shutil.rmtree(out, ignore_errors=True)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "precheck", "batch", str(source), "--out", str(out), "--workers", "2"],
                           cwd=ROOT, env=dict(os.environ, PRECHECK_CACHE_DIR=str(cache)), capture_output=True, check=False)
            seconds.append(time.perf_counter() - started)
    finally:
        for folder in (cache, out, source):
            shutil.rmtree(folder, ignore_errors=True)
    cold, warm = seconds
    print(f"\nbatch --workers 2: cold {cold:.0f} s for {count_pages} pages = {60 * count_pages / cold:.1f} pages/min; "
          f"warm re-run {warm:.0f} s = {100 * warm / cold:.0f}% of cold")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packets", type=Path, default=Path(tempfile.gettempdir()) / "precheck-stage-bench")
    parser.add_argument("--count", type=int, default=12)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--batch", action="store_true", help="also time `precheck batch --workers 2` cold and warm")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--as-of", help=argparse.SUPPRESS)
    parser.add_argument("--application", default="first", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.as_of, args.application)))
        return
    if not any(args.packets.glob("*.truth.json")):
        subprocess.run([sys.executable, "-m", "samples.outsider_d", "--out", str(args.packets), "--count", str(args.count),
                        "--seed", str(args.seed)], cwd=ROOT, check=True)
    truths = sorted(args.packets.glob("*.truth.json"))[: args.count]
    print(f"{len(truths)} packets in {args.packets}; {os.cpu_count()} CPUs; one cold process per packet")
    per_kind: dict[str, list[dict]] = defaultdict(list)
    results, folders = [], []
    for truth_file in truths:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        folders.append(truth_file.parent / truth_file.name.removesuffix(".truth.json"))
        figures = check_cold(folders[-1], truth)
        kinds = capture_kinds(truth)
        for page in figures["pages"]:
            per_kind[kinds.get((page["file"], page["page"]), "?")].append(page)
        results.append(figures)
        print(f"  {truth_file.name.removesuffix('.truth.json')}: {len(figures['pages'])} pages, {figures['wall']:.1f} s, "
              f"{figures['peak_mb']:.0f} MB", flush=True)
    print_capture_table(per_kind)
    print_packet_table(results)
    if args.batch:
        run_batch(folders, sum(len(r["pages"]) for r in results))


if __name__ == "__main__":
    main()
